"""Small argument checks shared across the package (imports only charter.errors)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from charter.errors import CharterTypeError, excerpt

__all__ = ["BAD_CHARACTERS", "check_items", "check_list", "plain_problem"]

#: Characters no text of a charter holds: C0 controls but tab, line feed and carriage
#: return; DEL and the C1 controls; the bidirectional embeddings, overrides and isolates
#: (U+202A-U+202E, U+2066-U+2069), which can make a text read otherwise than it is
#: stored; lone surrogates, which are no Unicode text. Documents holding them are refused
#: when they are read, and the JSON Schema says so too (docs/documents.md); a charter
#: built in Python may hold them, and its rendered documents escape them.
BAD_CHARACTERS = (
    "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069\\ud800-\\udfff]"
)
_BAD = re.compile(BAD_CHARACTERS)


def plain_problem(text: str) -> str | None:
    """What is wrong with *text* if it holds a character no text may, else None."""
    found = _BAD.search(text)
    if found is None:
        return None
    character, position = found[0], found.start()
    if "\ud800" <= character <= "\udfff":
        kind, why = "a lone surrogate", "not Unicode text"
    elif "\u202a" <= character <= "\u2069":
        kind, why = "the bidirectional control", "it can make a text read otherwise than it is"
    else:
        kind, why = "the control character", "documents hold none but tab and line breaks"
    escaped = repr(character)[1:-1]
    return f"{excerpt(text)} holds {kind} {escaped} at position {position}: {why}"


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
