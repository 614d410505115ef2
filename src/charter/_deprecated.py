"""Old names kept for one release after a rename: they work, and say what to use instead.

A module whose public name was renamed serves the old one through its ``__getattr__``
(:func:`renamed_names`); a renamed method or keyword keeps a small shim that calls
:func:`warn_renamed`. Each rename is listed in the changelog, with the release that
drops the old name. It imports only the standard library, so every layer may use it.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Mapping

__all__ = ["renamed_names", "warn_renamed"]


def warn_renamed(old: str, new: str, *, stacklevel: int = 3) -> None:
    """Warn that *old* was renamed *new* (a :class:`DeprecationWarning`, at the caller's caller)."""
    warnings.warn(
        f"{old} is deprecated and will be removed in the next release: use {new}",
        DeprecationWarning,
        stacklevel=stacklevel,
    )


def renamed_names(module: str, renamed: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` that serves each old name of *renamed* as its new one.

    >>> import charter.cases.status as status
    >>> import warnings
    >>> with warnings.catch_warnings(record=True):
    ...     warnings.simplefilter("always")
    ...     status.Evaluator is status.CaseEvaluator
    True
    """

    def old_name(name: str) -> object:
        new = renamed.get(name)
        if new is None:
            message = f"module {module!r} has no attribute {name!r}"
            raise AttributeError(message)
        warn_renamed(f"{module}.{name}", f"{module}.{new}")
        return getattr(sys.modules[module], new)

    return old_name
