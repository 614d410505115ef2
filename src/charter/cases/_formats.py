"""Which format a case file is in, and what the typed formats (Excel, Parquet) share.

A path is read by its suffix (``.xlsx`` an Excel workbook, ``.parquet`` a Parquet file,
anything else CSV) unless ``format=`` says. The typed formats hold cells that are not
all text: numbers, booleans, dates and times. A :class:`Table` gives the reader a header
(the column names) and then the cells of the columns it reads, a row at a time, each
row with its number; a value a format cannot give exactly comes as :class:`Unreadable`,
which spoils its row alone.

The packages that read them are optional (``pip install 'charter[excel]'``,
``'charter[parquet]'``) and imported only when such a file is read.
"""

from __future__ import annotations

import importlib
import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from os import PathLike
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Literal, Protocol, Self

from charter._excerpt import EXCERPT, capped
from charter.cases._csv import Limits, utf8_size
from charter.errors import CharterTypeError, CharterValueError, MissingDependencyError, excerpt

__all__ = [
    "FORMATS",
    "Cell",
    "Format",
    "Row",
    "Table",
    "Unreadable",
    "check_format",
    "check_names",
    "format_of",
    "kind_of",
    "need",
    "typed_rows",
    "unreadable_file",
]

#: What a reader reads a file as.
Format = Literal["csv", "xlsx", "parquet"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx", "parquet")
#: The suffixes that say a file is not CSV, and what they say it is.
_SUFFIXES: dict[str, Format] = {".xlsx": "xlsx", ".parquet": "parquet"}
#: The optional package each typed format needs: its module, its name, the extra.
_PACKAGES = {
    "xlsx": ("openpyxl", "openpyxl", "excel"),
    "parquet": ("pyarrow", "pyarrow", "parquet"),
}


class Unreadable:
    """A cell whose value cannot be read exactly: *why* says so, after the column's name."""

    __slots__ = ("why",)

    def __init__(self, why: str) -> None:
        self.why = why


#: A cell as a typed format holds it (None: empty).
Cell = str | bool | int | float | datetime | date | time | timedelta | Unreadable | None
#: A row as read: its cells by column name (lower case); text, from a CSV file.
Row = Mapping[str, Cell]


class Table(Protocol):
    """A typed file's rows: its header first, then the cells of the columns read."""

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def header(self) -> tuple[int | None, Sequence[object]]:
        """The header's row number (None: the file has no such row) and its names."""
        ...

    def rows(self, used: Sequence[int]) -> Iterator[tuple[int, Sequence[Cell]]]:
        """Each row's number and its cells in the columns *used* (indexes into the header)."""
        ...


def check_format(value: object) -> Format | None:
    """*value* if it is a format a reader reads, or None (by the file's suffix)."""
    if value is None:
        return None
    for known in FORMATS:
        if value == known:
            return known
    if not isinstance(value, str):
        raise CharterTypeError.expected("'csv', 'xlsx', 'parquet' or None as format", value)
    raise CharterValueError(
        "format must be 'csv', 'xlsx' or 'parquet', or None to go by the file's suffix, "
        f"got {capped(repr(value), EXCERPT)}"
    )


def format_of(source: object, given: Format | None) -> Format | None:
    """The format *source* is read as: *given*, or its path's suffix; None for rows."""
    if isinstance(source, str | PathLike):
        if given is not None:
            return given
        return _SUFFIXES.get(Path(source).suffix.lower(), "csv")
    if hasattr(source, "read"):
        if given not in {None, "csv"}:
            raise CharterValueError(
                f"format={given!r} reads a file by its path: pass the path, not an open file"
            )
        return "csv"
    if given is not None:
        raise CharterValueError(f"format={given!r} is for a file's path, not for rows")
    return None


def need(file_format: Format) -> ModuleType:
    """The package that reads *file_format* (imported now), or a MissingDependencyError."""
    module, package, extra = _PACKAGES[file_format]
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError.for_extra(package, extra) from None


def unreadable_file(shown: str, expected: str, why: object) -> CharterValueError:
    """The error for the file *shown* that is not *expected*, *why* its reader's error."""
    while isinstance(why, BaseException) and why.__cause__ is not None:
        why = why.__cause__  # openpyxl wraps what it met in a message that names the path
    said = capped(str(why) or type(why).__name__, EXCERPT)
    return CharterValueError(f"{shown}: not {expected}: {said}")


def kind_of(value: object) -> str:  # noqa: PLR0911 - a sentence a kind
    """*value* as a message names it: ``a number 12.5``, ``a date 2026-12-01``."""
    if isinstance(value, bool):
        return f"a boolean {str(value).upper()}"
    if isinstance(value, int | float):
        shown = excerpt(value)  # a long whole number: "a whole number of 401 digits"
        return shown if shown.startswith("a ") else f"a number {shown}"
    if isinstance(value, datetime):
        return f"a date and time {value.isoformat()}"
    if isinstance(value, date):
        return f"a date without a time {value.isoformat()}"
    if isinstance(value, time):
        return f"a time of day without a date {value.isoformat()}"
    if isinstance(value, timedelta):
        return f"a duration {value}"
    return f"a {type(value).__name__} {excerpt(value)}"


def check_names(names: list[str], where: str, header: str, max_columns: int) -> None:
    """Refuse a header of more than *max_columns* columns, or naming one twice.

    *where* is where the header is (``cases.csv:1``), *header* what it is (``the header``).
    """
    if len(names) > max_columns:
        raise CharterValueError(
            f"{where}: {header} has {len(names):,} columns, more than {max_columns:,} (max_columns)"
        )
    counts = Counter(names)
    duplicates = sorted(name for name, count in counts.items() if name and count > 1)
    if duplicates:
        named = ", ".join(capped(name, EXCERPT) for name in duplicates)
        raise CharterValueError(f"{where}: {header} names {named} twice")


def typed_rows(
    table: Table, shown: str, required: Sequence[str], columns: Sequence[str], limits: Limits
) -> Iterator[tuple[int, int, Row | str]]:
    """The rows of *table* as a reader reads them (first and last line, the row or why not).

    *shown* names the file; the header must name the *required* columns, and the cells
    of the *columns* read are checked against *limits*.
    """
    with table:
        number, raw = table.header()
        header = "the header" if number is not None else "the file"
        where = shown if number is None else f"{shown}:{number}"
        names = [_column_name(name) for name in raw]
        check_names(names, where, header, limits.max_columns)
        missing = ", ".join(name for name in required if name not in names)
        if missing:
            needs = ", ".join(required)
            raise CharterValueError(f"{where}: {header} has no column {missing} (it needs {needs})")
        used = [k for k, name in enumerate(names) if name in columns]
        chosen = [names[k] for k in used]
        for line, cells in table.rows(used):
            yield line, line, _typed_row(chosen, cells, limits.max_field_bytes)


def _column_name(value: object) -> str:
    """A typed file's header cell as a column's name: ``""`` for an empty one."""
    if value is None:
        return ""
    return (value if isinstance(value, str) else str(value)).strip().lower()


def _typed_row(names: list[str], cells: Sequence[Cell], max_bytes: int) -> Row | str:
    """The cells of a typed file's row by column name (NaN empty), or why not read."""
    row: dict[str, Cell] = {}
    for name, value in zip(names, cells, strict=True):
        if isinstance(value, str):
            if len(value) * 4 > max_bytes and utf8_size(value)[0] > max_bytes:
                return f"{name} is longer than {max_bytes:,} bytes (max_field_bytes)"
        elif isinstance(value, Unreadable):
            return f"{name} {value.why}"
        elif isinstance(value, float) and math.isnan(value):
            value = None  # noqa: PLW2901 - NaN is an empty cell
        row[name] = value
    return row
