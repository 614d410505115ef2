"""Small checks, converters and vocabularies shared across the package.

The one home of what several modules need alike: the weekday and month abbreviations, the
minutes of a day, the id rule, and the converters that model classes give their fields
(a flag, a whole number in a range, an enum member, a list of something, an instance of a
class). It imports only :mod:`charter.errors`, so every layer may use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum
from typing import Any, TypeVar

from charter.errors import CharterError, CharterTypeError, CharterValueError, excerpt

__all__ = [
    "BAD_CHARACTERS",
    "ID_PATTERN",
    "MINUTES_PER_DAY",
    "MONTHS",
    "WEEKDAYS",
    "WORKWEEK_DAYS",
    "check_flag",
    "check_id",
    "check_ids",
    "check_instance",
    "check_items",
    "check_list",
    "check_optional_instance",
    "check_optional_text",
    "check_text",
    "matching",
    "plain_problem",
    "to_member",
    "whole_number",
]

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

#: The OpenStreetMap abbreviations of the weekdays, Monday first (``date.weekday()``'s
#: order); documents write them in lower case (``WORKWEEK_DAYS``).
WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
#: The same, in lower case, as a charter document's work week writes them.
WORKWEEK_DAYS = tuple(day.lower() for day in WEEKDAYS)
#: The OpenStreetMap abbreviations of the months, January first.
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: Minutes in a day: wall-clock times are minutes after midnight, ``24:00`` is this.
MINUTES_PER_DAY = 1440

#: What an id is: lower-case letters, digits, ``-`` and ``_``, at most 64 characters.
ID_PATTERN = r"[a-z0-9][a-z0-9_-]{0,63}"
_ID = re.compile(ID_PATTERN, re.ASCII)

E = TypeVar("E", bound=Enum)
T = TypeVar("T")


def check_id(value: str) -> str:
    """*value* if it is an id: lower-case letters, digits, ``-`` and ``_``, at most 64."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise CharterValueError(
            f"{excerpt(value)} is not an id: lower-case letters, digits, '-' and '_' "
            "(such as 'phone')"
        )
    return value


def check_optional_id(value: str | None) -> str | None:
    """*value* if it is None or an id (:func:`check_id`)."""
    return None if value is None else check_id(value)


def check_ids(values: Iterable[str]) -> tuple[str, ...]:
    """*values* as a tuple of ids (:func:`check_id`)."""
    return tuple(check_id(value) for value in check_list(values, "ids"))


def check_flag(value: bool) -> bool:  # noqa: FBT001 - a converter takes the value as it comes
    """*value* if it is ``True`` or ``False`` (not 1, not ``"yes"``)."""
    if not isinstance(value, bool):
        raise CharterTypeError.expected("true or false", value)
    return value


def check_text(value: object, what: str = "a text") -> str:
    """*value* if it is a string (*what*: what the message says was expected)."""
    if not isinstance(value, str):
        raise CharterTypeError.expected(what, value)
    return value


def check_optional_text(value: str | None) -> str | None:
    """*value* if it is a string or None."""
    return None if value is None else check_text(value, "a text or None")


def check_instance(value: object, kind: type[T], what: str) -> T:
    """*value* if it is an instance of *kind* (*what*: its name in the message)."""
    if not isinstance(value, kind):
        raise CharterTypeError.expected(what, value)
    return value


def check_optional_instance(value: object, kind: type[T], what: str) -> T | None:
    """As :func:`check_instance`, None accepted too."""
    return None if value is None else check_instance(value, kind, what)


def whole_number(
    value: object, low: int, high: int, what: str, error: type[CharterError] = CharterValueError
) -> int:
    """*value* if it is an ``int`` (never a ``bool``) from *low* to *high* inclusive.

    *what* begins the message: ``"min_working_days must be a whole number 0 to 10000"``.
    """
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise error(f"{what}, got {excerpt(value)}")
    return value


def matching(value: object, pattern: str, message: str) -> str:
    """*value* if *pattern* matches it whole (ASCII); *message* quotes it as ``{value}``."""
    if not isinstance(value, str) or not re.fullmatch(pattern, value, re.ASCII):
        raise CharterValueError(message.format(value=excerpt(value)))
    return value


def to_member(
    kind: type[E], value: object, what: str, error: type[CharterError] = CharterValueError
) -> E:
    """*value* as a member of the enum *kind*: a member, or its value (``"telephone"``).

    The message reads ``'fax' is not {what} 'counter', 'telephone', ...``.
    """
    if isinstance(value, kind):
        return value
    try:
        return kind(value)
    except ValueError:
        raise error(f"{excerpt(value)} is not {what} {member_values(kind)}") from None


def member_values(kind: type[Enum]) -> str:
    """The values of the enum *kind*, quoted, as a message lists the allowed ones."""
    return ", ".join(repr(member.value) for member in kind)


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
