"""Names a package serves from its modules on first use: ``import`` stays light.

A package lists where each of its names lives; the module is imported the first time the
name is asked for, and the name is then kept on the package, so later lookups are plain
attribute reads.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping

__all__ = ["lazy_names"]


def lazy_names(
    package: str,
    where: Mapping[str, str],
    otherwise: Callable[[str], object] | None = None,
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of *package*, whose names live in *where*.

    *where* maps a name to its module, relative to the package (``"status"``); a name not
    in it goes to *otherwise* (a deprecated name, say), or is an ``AttributeError``.
    """

    def __getattr__(name: str) -> object:  # noqa: N807 - a module's own hook
        module = where.get(name)
        if module is None:
            if otherwise is not None:
                return otherwise(name)
            message = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(message)
        value: object = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:  # noqa: N807 - a module's own hook
        return sorted(set(vars(sys.modules[package])) | set(where))

    return __getattr__, __dir__
