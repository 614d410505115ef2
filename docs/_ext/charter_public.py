# ruff: noqa: INP001
# (docs/_ext is not a package: docs/conf.py puts it on sys.path.)
"""charter's public modules and names: what the API reference (docs/api.md) must document.

A module is public when it is ``charter`` itself, one of the sub-packages ``charter``
makes reachable as attributes (``charter.clock``), the home of a name ``charter`` exports
(``charter.io.schema`` for ``json_schema``), or a module that a public ``__all__`` names
(``charter.calendars.belgium``). Its public names are its ``__all__``.

The docs build (docs/_ext/charter_api.py) and ``tests/test_docs_reference.py`` both use
this list: the build fails on a public name it did not document, and the test on a name
the page does not cover.
"""

from __future__ import annotations

import importlib
import types

import charter


def public_modules() -> list[str]:
    """The public modules' names: ``charter`` first, then in the order they are found."""
    found: list[str] = []
    pending = [
        "charter",
        # charter's own tables of its sub-packages and of where its names live:
        *(f"charter.{name}" for name in sorted(charter._SUBMODULES)),  # noqa: SLF001
        *sorted(set(charter._WHERE.values()) - {"charter"}),  # noqa: SLF001
    ]
    while pending:
        name = pending.pop(0)
        if name in found:
            continue
        found.append(name)
        module = importlib.import_module(name)
        for member in getattr(module, "__all__", ()):
            value = getattr(module, member)
            if isinstance(value, types.ModuleType):
                pending.append(value.__name__)
    return found


def public_names() -> dict[str, list[str]]:
    """Each public module's ``__all__``, by the module's name."""
    return {
        name: list(getattr(importlib.import_module(name), "__all__", ()))
        for name in public_modules()
    }
