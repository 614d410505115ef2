"""Small argument checks shared across the package (imports only charter.errors)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from charter.errors import CharterTypeError

__all__ = ["check_items", "check_list"]


def check_list(values: object, name: str) -> tuple[Any, ...]:
    """*values* as a tuple: any iterable but a string (*name*: what the list holds)."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise CharterTypeError.expected(f"a list of {name}", values)
    return tuple(values)


def check_items(values: object, kind: type, name: str) -> tuple[Any, ...]:
    """*values* as a tuple, each an instance of *kind* (*name* in the error message)."""
    items = check_list(values, name)
    for item in items:
        if not isinstance(item, kind):
            raise CharterTypeError.expected(name, item)
    return items
