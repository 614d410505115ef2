"""A row's cells read as what its columns hold: text, numbers of seconds, true or false.

A CSV file's cells are text; a workbook's or a Parquet file's may be typed, and a value
of a type its column cannot hold spoils its row, said plainly (``received holds a number
45000.5, not a date and time``). Instants are the reader's own (they need its zone).
"""

from __future__ import annotations

from charter._excerpt import excerpt
from charter.cases._formats import Row, kind_of
from charter.errors import CharterValueError

__all__ = [
    "Row",
    "flag",
    "pairs",
    "required",
    "said_reference",
    "seconds",
    "text_of",
    "too_long",
]


_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})


def text_of(row: Row, column: str, what: str) -> str:
    """The text in *column* of *row*, stripped ("" if empty); a value of another type refused.

    *what* is what the column holds, for the message (``a date and time``).
    """
    value = row.get(column)
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if column == "reference" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # a reference kept as a number: its digits
    raise CharterValueError(f"{column} holds {kind_of(value)}, not {what}")


def said_reference(row: Row) -> str | None:
    """The reference a problem of *row* names, if it has one it can read."""
    try:
        return text_of(row, "reference", "text") or None
    except CharterValueError:
        return None


def too_long(column: str, limit: int) -> str:
    return f"{column} is longer than {limit:,} bytes (max_field_bytes)"


def required(row: Row, column: str, what: str = "text") -> str:
    value = text_of(row, column, what)
    if not value:
        raise CharterValueError(f"no {column}")
    return value


def pairs(row: Row, column: str) -> list[str]:
    text = text_of(row, column, "text")
    if not text:
        return []
    return [part.strip() for part in text.split(";") if part and not part.isspace()]


def seconds(row: Row) -> float:
    """The seconds waited: a number, or text that writes one."""
    value = row.get("waited")
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(value)
        except OverflowError:
            raise CharterValueError(f"waited {kind_of(value)} is too large") from None
    text = required(row, "waited", "a number of seconds")
    try:
        return float(text)
    except ValueError:
        raise CharterValueError(f"waited {excerpt(text)} is not a number of seconds") from None


def flag(row: Row) -> bool:
    """Whether the call was answered: a boolean, 1 or 0, or text that says so."""
    value = row.get("answered")
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in {0, 1}:
        return value == 1
    flag = required(row, "answered", "true or false").lower()
    if flag not in _TRUE | _FALSE:
        raise CharterValueError(f"answered {excerpt(flag)} is not true or false")
    return flag in _TRUE
