r"""Cases and call records from CSV, Excel or Parquet files (or any rows), streamed.

Bad rows are skipped and told. Cases, one per row (a header row first; other columns are
ignored):

=============  ========  ==========================================================
column         needed    holds
=============  ========  ==========================================================
guarantee      yes       the guarantee's id (``informative``)
received       yes       ISO 8601 with an offset (``2026-12-01T10:00:00+01:00``)
reference      no        the case's reference in your system
answered       no        when it was answered
started        no        when the event the guarantee counts from happened (a
                         complete file, say), for a guarantee that does not count
                         from the receipt
suspensions    no        ``FROM/TO`` pairs, ``;`` between them; ``FROM/`` is still open
extensions     no        ``AT/PERIOD`` pairs (``2026-12-20T09:00+01:00/45 days``), or
                         ``AT/DATE`` for a notice that gives the date of the answer
                         (``2026-12-20T09:00+01:00/2027-01-29``)
=============  ========  ==========================================================

Calls: ``channel`` (its id), ``waited`` (seconds, a decimal point allowed), ``answered``
(``true``/``false``, ``yes``/``no``, ``1``/``0``), and optionally ``at``.

A row that cannot be read is skipped and kept as a :class:`~charter.cases.reports.Problem`
with its line number; the others are read on. Every line after the header is blank or in
exactly one row, counted or skipped: a row is one line, or several while a quoted field
is open, and one that cannot be read is a single line (see :mod:`charter.cases._csv`).
Limits are checked before a row is read (see :func:`read_cases`). Times without an
offset are refused unless a ``timezone`` is given to read them in. Fields are separated
by the comma, semicolon or tab that splits the header into the columns needed (or by the
``delimiter`` given); a file is UTF-8 unless ``encoding='cp1252'`` says it is
Windows-1252 (see :mod:`charter.cases._dialect`).

A path ending in ``.xlsx`` is an Excel workbook (:mod:`charter.cases._xlsx`), one in
``.parquet`` a Parquet file (:mod:`charter.cases._parquet`), or ``format=`` says which.
Their cells may be typed (a date and time, a number, a boolean: see
:mod:`charter.cases._cells`); a row is numbered as Excel shows it, or, in a Parquet
file, its index + 2, and every row is counted or skipped as a CSV file's is.

>>> import io
>>> text = (
...     "reference,guarantee,received,answered\n"
...     "A-1,informative,2026-12-01T10:00+01:00,2026-12-03T15:00+01:00\n"
...     "A-2,informative,yesterday,\n"
...     "A-3,informative,2026-12-02T09:30+01:00,\n"
... )
>>> reader = read_cases(io.StringIO(text), name="cases.csv")
>>> [case.reference for case in reader]
['A-1', 'A-3']
>>> print(reader.skipped.problems[0])
cases.csv:3: received 'yesterday' is not an ISO 8601 date and time such as 2026-12-01T10:00+01:00

Over 500 lines on purpose: one reader, two row kinds, three formats. ``Reader`` (limits,
skipping and telling, the lines each row spans) is most of it, and ``CaseReader`` and
``CallReader`` are short subclasses of it; the CSV text itself is
:mod:`charter.cases._csv`, the typed formats :mod:`charter.cases._formats` and the
modules it names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from os import PathLike, fspath
from pathlib import Path
from typing import IO, Generic, Protocol, TypeVar
from zoneinfo import ZoneInfo

from attrs import field, frozen

from charter._checks import check_id
from charter._excerpt import EXCERPT, capped, excerpt
from charter._records import builder
from charter.calendars.base import check_date, check_timezone
from charter.calendars.instants import check_supported_instant, wall_to_utc
from charter.cases._cells import (
    Row,
    flag,
    pairs,
    required,
    said_reference,
    seconds,
    text_of,
    too_long,
)
from charter.cases._csv import Limits, NotTextError, Rows, physical_lines, utf8_size
from charter.cases._csv import Row as CsvRow
from charter.cases._dialect import (
    ENCODINGS,
    check_delimiter,
    check_encoding,
    choose_delimiter,
    invalid_text,
    shown,
)
from charter.cases._formats import (
    Format,
    Table,
    check_format,
    check_names,
    format_of,
    need,
    typed_rows,
)
from charter.cases.case import Case, read_case
from charter.cases.reports import Problem, Skipped
from charter.clock.events import Answered, Event, Extended, Resumed, Started, Suspended
from charter.clock.periods import to_period
from charter.errors import (
    MAX_YEAR,
    MIN_YEAR,
    CharterError,
    CharterTypeError,
    CharterValueError,
    NaiveDatetimeError,
    UnsupportedYearError,
)

__all__ = [
    "MAX_COLUMNS",
    "MAX_FIELD_BYTES",
    "MAX_LINE_BYTES",
    "MAX_ROW_LINES",
    "Call",
    "CallReader",
    "CaseReader",
    "Reader",
    "read_calls",
    "read_cases",
]

T = TypeVar("T")


class TextFile(Protocol):
    """An open text file, or anything that reads text as one does."""

    def read(self, size: int = -1, /) -> str:
        """At most *size* characters, "" at the end."""
        ...


#: What a reader reads: a file's path (CSV, Excel or Parquet), an open text file (CSV), or
#: rows as mappings (their values text, or None or NaN for an empty one).
Readable = str | PathLike[str] | TextFile | Iterable[Mapping[str, object]]

#: The bytes a line may hold, its line ending aside.
MAX_LINE_BYTES = 65_536
#: The bytes a field the reader reads may hold (the columns it ignores are not measured).
MAX_FIELD_BYTES = 16_384
#: The lines a row may span (while a quoted field is open).
MAX_ROW_LINES = 100
#: The columns a header may name.
MAX_COLUMNS = 1_024

#: UTF-8's byte order mark, read as Windows-1252.
_BOM_READ_AS_CP1252 = "\ufeff".encode().decode("cp1252")
#: The typed formats, as messages name them.
_FORMAT_NAMES = {"xlsx": "an Excel workbook", "parquet": "a Parquet file"}


def _waited(value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CharterTypeError.expected("seconds waited as a number", value)
    if not math.isfinite(value) or value < 0:
        raise CharterValueError(f"seconds waited must be 0 or more, got {value!r}")
    return value


def _answered(value: bool) -> bool:  # noqa: FBT001 - a converter takes the value as it comes
    if not isinstance(value, bool):
        raise CharterTypeError.expected("true or false as answered", value)
    return value


def _optional_instant(value: datetime | None) -> datetime | None:
    return None if value is None else check_supported_instant(value, "a call at")


@frozen(kw_only=True)
class Call:
    """A call (or chat) on a channel: how long the caller waited, and whether answered."""

    channel: str = field(converter=check_id)
    waited: float = field(converter=_waited)
    answered: bool = field(converter=_answered)
    at: datetime | None = field(default=None, converter=_optional_instant)


class Reader(Generic[T]):
    """Items read from rows, once; the rows that cannot be read are skipped and told.

    ``skipped`` summarises them (how many, the first ``keep`` with their lines);
    ``line`` is the first line of the last item read, ``lines`` all its lines (several
    when a quoted field spans lines; a workbook's or a Parquet file's row is one). The
    limits, ``delimiter``, ``encoding``, ``format`` and ``sheet`` are those of
    :func:`read_cases`; ``delimiter`` is the one found once a CSV file's header is read,
    ``format`` the one the file is read as (``'csv'``, ``'xlsx'`` or ``'parquet'``; None
    for rows given as mappings).
    """

    #: The columns a row must have.
    required: tuple[str, ...] = ()
    #: Every column the reader reads (the others are ignored).
    columns: tuple[str, ...] = ()

    def __init__(  # noqa: PLR0913 - the limits are keywords of their own
        self,
        source: Readable,
        *,
        name: str | None = None,
        timezone: str | ZoneInfo | None = None,
        keep: int = 100,
        delimiter: str | None = None,
        encoding: str = "utf-8",
        max_line_bytes: int = MAX_LINE_BYTES,
        max_field_bytes: int = MAX_FIELD_BYTES,
        max_row_lines: int = MAX_ROW_LINES,
        max_columns: int = MAX_COLUMNS,
        format: Format | None = None,  # noqa: A002 - the public keyword
        sheet: str | None = None,
    ) -> None:
        if isinstance(source, bytes | bytearray):
            raise CharterTypeError.expected("a path, a text file or rows", source)
        self._source = source
        self.name = name if name is not None else _name_of(source)
        self._shown = capped(self.name, EXCERPT)  # the name as errors show it
        self._zone = None if timezone is None else ZoneInfo(check_timezone(timezone))
        self._keep = keep
        self.delimiter = check_delimiter(delimiter)
        self.encoding = check_encoding(encoding)
        self.format = format_of(source, check_format(format))
        self.sheet = self._check_typed(delimiter, sheet)
        self.limits = Limits(
            max_line_bytes=max_line_bytes,
            max_field_bytes=max_field_bytes,
            max_row_lines=max_row_lines,
            max_columns=max_columns,
        )
        self._problems: list[Problem] = []
        self._count = 0
        self._used = False
        self._reread = False
        self.line: int | None = None
        self.lines: range | None = None
        #: The guarantee ids checked already (a file names a few, in every row).
        self._ids: set[str] = set()

    def _check_typed(self, delimiter: str | None, sheet: str | None) -> str | None:
        """*sheet*, if the keywords given fit the format; its package imported now."""
        typed = self.format in {"xlsx", "parquet"}
        if typed and (delimiter is not None or self.encoding != "utf-8"):
            keyword = "delimiter" if delimiter is not None else "encoding"
            raise CharterValueError(
                f"{self._shown} is read as {_FORMAT_NAMES[str(self.format)]}: {keyword} is for "
                "CSV files only"
            )
        if sheet is not None and self.format != "xlsx":
            raise CharterValueError(f"{self._shown}: sheet is for Excel workbooks (.xlsx) only")
        if sheet is not None and not isinstance(sheet, str):
            raise CharterTypeError.expected("a sheet's name as sheet", sheet)
        if self.format in {"xlsx", "parquet"}:
            need(self.format)
        return sheet

    @property
    def skipped(self) -> Skipped:
        """The rows skipped so far: how many, and the first ``keep`` of them."""
        return Skipped(count=self._count, problems=tuple(self._problems))

    def __iter__(self) -> Iterator[T]:
        for _, item in self.numbered():
            yield item

    def numbered(self) -> Iterator[tuple[int, T]]:
        """The items with the line each was read from (what iterating gives, numbered)."""
        if self._used:
            raise CharterValueError(f"{self._shown} was read already: a reader reads once")
        self._used = True
        for first, last, row in self._rows():
            if isinstance(row, str):
                self._fail(first, last, None, row)
                continue
            try:
                item = self._item(row)
            except CharterError as error:
                self._fail(first, last, said_reference(row), str(error))
                continue
            self.line, self.lines = first, range(first, last + 1)
            yield first, item

    def _fail(self, first: int, last: int, reference: str | None, message: str) -> None:
        """Skip the row of lines *first* to *last*; one over several lines is read again."""
        if last == first:
            self.skip(first, reference, message)
            return
        self._reread = True
        self.skip(
            first,
            None,
            f"{message} (lines {first}-{last} read as one row, a quoted field over them: this "
            "line is skipped alone, and the next ones are read again)",
        )

    def skip(self, line: int | None, reference: str | None, message: str) -> None:
        """Count a skipped row (or item), listing it while fewer than ``keep`` are."""
        self._count += 1
        if len(self._problems) < self._keep:
            problem = Problem(source=self.name, line=line, reference=reference, message=message)
            self._problems.append(problem)

    def _item(self, row: Row) -> T:
        raise NotImplementedError

    def _rows(self) -> Iterator[tuple[int, int, Row | str]]:
        """Rows as (first line, last line, the row or why it cannot be read)."""
        source = self._source
        if isinstance(source, str | PathLike):
            try:
                if self.format in {"xlsx", "parquet"}:
                    with Path(source).open("rb") as binary:
                        table = self._table(binary)
                        yield from typed_rows(
                            table, self._shown, self.required, self.columns, self.limits
                        )
                    return
                with Path(source).open(
                    encoding=ENCODINGS[self.encoding], errors="surrogateescape", newline=""
                ) as file:
                    yield from self._csv(file)
            except OSError as error:
                raise CharterValueError(
                    f"cannot read {fspath(source)}: {error.strerror or error}"
                ) from None
        elif hasattr(source, "read"):
            yield from self._csv(source)  # type: ignore[arg-type]  # what reads is a TextFile
        elif isinstance(source, Iterable):
            for index, row in enumerate(source):
                if not isinstance(row, Mapping):
                    raise CharterTypeError.expected(f"a mapping as row {index}", row)
                line = index + 2  # as if a header were on line 1
                yield line, line, _cleaned(row, self.limits, self.columns)
        else:
            raise CharterTypeError.expected("a path, a text file or rows", source)

    def _csv(self, file: TextFile) -> Iterator[tuple[int, int, Row | str]]:
        seen = 0  # the last line read, for a decoding error
        head = ""  # the first characters read, up to a byte order mark's length

        def read(size: int) -> str:
            nonlocal head
            try:
                text = file.read(size)
            except UnicodeDecodeError as error:
                raise CharterValueError(
                    f"{self._shown}: not {shown(self.encoding)} after line {seen} "
                    f"({error.reason}); "
                    "pass the file's path, or open it with errors='surrogateescape', to skip "
                    "only the rows concerned"
                ) from None
            if not isinstance(text, str):
                raise CharterTypeError(
                    f"{self._shown}: expected a file open in text mode, read "
                    f"{type(text).__name__}: pass the file's path, or open it with "
                    "encoding='utf-8'"
                )
            if len(head) < len(_BOM_READ_AS_CP1252) and text:
                head += text[: len(_BOM_READ_AS_CP1252) - len(head)]
                self._check_start(head)
            return text

        limits = self.limits
        rows = Rows(physical_lines(read, limits.max_line_bytes), limits, self.delimiter or ",")
        header: list[str] | None = None
        try:
            for row in rows:
                seen = row.last
                if header is None:
                    header = self._header(row)
                    rows.delimiter = self.delimiter or ","
                    used = [k for k, name in enumerate(header) if name in self.columns]
                    continue
                found = _fields(row, header, used, limits.max_field_bytes, self.encoding)
                self._reread = False
                yield row.first, row.last, found
                if self._reread:
                    rows.reread(row)
        except NotTextError as error:
            raise CharterValueError(f"{self._shown}:{error.line}: {error}") from None
        if header is None:
            raise CharterValueError(f"{self._shown}: no header row (it needs {self._needs()})")

    def _table(self, file: IO[bytes]) -> Table:
        if self.format == "xlsx":
            from charter.cases._xlsx import Sheet  # noqa: PLC0415 - openpyxl only when read

            return Sheet(
                file, shown=self._shown, max_row_bytes=self.limits.max_line_bytes, sheet=self.sheet
            )
        from charter.cases._parquet import ParquetTable  # noqa: PLC0415 - pyarrow when read

        return ParquetTable(file, shown=self._shown)

    def _check_start(self, text: str) -> None:
        """Refuse a UTF-8 file (its byte order mark, *text* its start) read as Windows-1252."""
        if self.encoding == "cp1252" and text == _BOM_READ_AS_CP1252:
            raise CharterValueError(
                f"{self._shown}:1: the file starts with UTF-8's byte order mark, but is "
                "read as Windows-1252: read it as UTF-8 (encoding='utf-8')"
            )

    def _header(self, row: CsvRow) -> list[str]:
        where = f"{self._shown}:{row.first}"
        if row.fields is None:
            raise CharterValueError(f"{where}: the header cannot be read: {row.problem}")
        nul = _nul(row)
        if nul is not None:
            raise CharterValueError(f"{where}: the header {nul}: not a text file")
        invalid = invalid_text(row.lines, row.first, self.encoding)
        if invalid is not None:
            raise CharterValueError(f"{where}: the header is {invalid}")
        chosen = choose_delimiter(row.lines, self.delimiter, self.required)
        if isinstance(chosen, str):
            raise CharterValueError(f"{where}: {chosen}")
        self.delimiter, names = chosen
        check_names(names, where, "the header", self.limits.max_columns)
        return names

    def _needs(self) -> str:
        return ", ".join(self.required)

    def instant(self, row: Row, column: str) -> datetime | None:
        """The instant in *column* of *row*, or ``None`` when it is empty or absent.

        Text is ISO 8601; a date and time cell (a workbook's, a Parquet timestamp) is read
        as it is, one without an offset as text without one.
        """
        value = row.get(column)
        if isinstance(value, datetime):
            if value.utcoffset() is not None:
                return value
            return self._local(value, column, f"{value.isoformat()} (a date and time cell)")
        text = text_of(row, column, "a date and time")
        return self._instant(text, column) if text else None

    def _instant(self, text: str, what: str) -> datetime:
        try:
            if len(text) <= 10 or not text.isprintable():  # a date alone, or control characters
                raise ValueError  # noqa: TRY301 - the same message as an unreadable one
            value = datetime.fromisoformat(text)
        except ValueError:
            raise CharterValueError(
                f"{what} {excerpt(text)} is not an ISO 8601 date and time such as "
                "2026-12-01T10:00+01:00"
            ) from None
        if value.tzinfo is not None:
            return value
        return self._local(value, what, excerpt(text))

    def _local(self, wall: datetime, what: str, shown: str) -> datetime:
        """The instant of the wall-clock time *wall* in the reader's zone, or why none.

        The one rule for a time without an offset, whatever the format: refused without
        a zone; in the spring gap, moved past it; in the autumn fold, the earlier offset.
        """
        if self._zone is None:
            raise NaiveDatetimeError(
                f"{what} {shown} has no UTC offset: write it as 2026-12-01T10:00+01:00, "
                "or read the file with a timezone"
            )
        if not MIN_YEAR <= wall.year <= MAX_YEAR:  # far outside, zones would overflow
            raise UnsupportedYearError.for_year(wall.year, f"{what} {shown}: year")
        return wall_to_utc(self._zone, wall).astimezone(self._zone)


def _cleaned(row: Mapping[str, object], limits: Limits, columns: tuple[str, ...]) -> Row | str:
    """*row* with text values ("" for None and NaN, a data frame's empty cell), or why not."""
    if len(row) > limits.max_columns:
        return f"{len(row):,} columns, more than {limits.max_columns:,} (max_columns)"
    found: dict[str, str] = {}
    for key, value in row.items():
        if not isinstance(key, str):
            return f"column {capped(repr(key), EXCERPT)} is not named by text"
        name = key.strip().lower()
        if isinstance(value, str):
            found[name] = value
            if name in columns and utf8_size(value)[0] > limits.max_field_bytes:
                return too_long(name, limits.max_field_bytes)
        elif value is None or (isinstance(value, float) and math.isnan(value)):
            found[name] = ""
        else:
            shown = capped(repr(value), EXCERPT)
            return f"column {excerpt(key)} holds {type(value).__name__} {shown}, not text"
    return found


def _fields(
    row: CsvRow, header: list[str], used: list[int], max_bytes: int, encoding: str
) -> Row | str:
    """*row* by column name, or why it cannot be: its limits checked before it is read."""
    fields = row.fields
    if fields is None:
        return row.problem or ""
    nul = _nul(row)
    if nul is not None:
        return f"the line {nul}: a CSV file is text"
    ascii_only = all(line is not None and line.isascii() for line in row.lines)
    if not ascii_only:
        invalid = invalid_text(row.lines, row.first, encoding)
        if invalid is not None:
            return invalid
    if len(fields) != len(header):
        return f"{len(fields):,} fields where the header has {len(header):,}"
    if not ascii_only or sum(len(line or "") for line in row.lines) > max_bytes:
        for k in used:  # else no field can be too long
            if utf8_size(fields[k])[0] > max_bytes:
                return too_long(header[k], max_bytes)
    return dict(zip(header, fields, strict=True))


def _nul(row: CsvRow) -> str | None:
    """Where the first line of *row* holding a NUL holds it, said for a message; else None."""
    for number, line in enumerate(row.lines, start=row.first):
        at = -1 if line is None else line.find("\x00")
        if at >= 0:
            where = f" (line {number})" if number != row.first else ""
            return f"holds a NUL byte at character {at + 1}{where}"
    return None


def _name_of(source: object) -> str:
    if isinstance(source, str | PathLike):
        return Path(source).name
    name = getattr(source, "name", None)
    return Path(name).name if isinstance(name, str) else "rows"


class CaseReader(Reader[Case]):
    """:class:`~charter.cases.case.Case` values from rows (see the module's columns)."""

    required = ("guarantee", "received")
    columns = (
        "reference",
        "guarantee",
        "received",
        "answered",
        "started",
        "suspensions",
        "extensions",
    )

    def _extensions(self, row: Row) -> list[Event]:
        """The extensions of the ``extensions`` column: ``AT/PERIOD`` or ``AT/DATE`` pairs."""
        found: list[Event] = []
        for pair in pairs(row, "extensions"):
            at, slash, by = pair.partition("/")
            if not slash:
                raise CharterValueError(f"extension {excerpt(pair)} is not AT/PERIOD or AT/DATE")
            noticed = _event_at(self._instant(at.strip(), "an extension"))
            found.append(_extension(noticed, by.strip(), pair))
        return found

    def _item(self, row: Row) -> Case:
        # What Case(...) and its events check, in their order, each value checked once.
        received = self.instant(row, "received")
        if received is None:
            raise CharterValueError("no received")
        events: list[Event] = []
        started = self.instant(row, "started")
        if started is not None:
            events.append(_new_started(_event_at(started)))
        suspensions = pairs(row, "suspensions")
        for number, pair in enumerate(suspensions, start=1):
            start, _, end = pair.partition("/")
            events.append(
                _new_suspended(_event_at(self._instant(start.strip(), "a suspension")), None)
            )
            if end.strip():
                events.append(_new_resumed(_event_at(self._instant(end.strip(), "a resumption"))))
            elif number < len(suspensions):
                raise CharterValueError(
                    f"suspension {excerpt(pair)} has no end and is not the last"
                )
        events.extend(self._extensions(row))
        answered = self.instant(row, "answered")
        if answered is not None:
            events.append(_new_answered(_event_at(answered)))
        if len(events) > 1:
            events.sort(key=_when)  # stable: a suspension and its resumption keep their order
        guarantee = required(row, "guarantee")
        reference = text_of(row, "reference", "text") or None
        return read_case(guarantee, received, tuple(events), reference, self._ids)


#: Events of instants the reader read (aware) and checked (:func:`_event_at`).
_new_suspended = builder(Suspended, checked_by_caller=True)
_new_resumed = builder(Resumed, checked_by_caller=True)
_new_extended = builder(Extended, checked_by_caller=True)
_new_started = builder(Started, checked_by_caller=True)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
#: What starts as a date does (2027-2-20, 2027-02-20T00:00): refused as a date, not a period.
_DATE_LIKE = re.compile(r"\d{4}-", re.ASCII)


def _extension(noticed: datetime, written: str, pair: str) -> Extended:
    """An extension noticed at *noticed*, by a period or (``2027-01-29``) until a date.

    A period's problem reads as ``Extended(by=...)``'s; a date's names the *pair*.
    """
    if _DATE.fullmatch(written):
        try:
            until = date.fromisoformat(written)
        except ValueError:
            message = f"extension {excerpt(pair)}: {excerpt(written)} is not a date that exists"
            raise CharterValueError(message) from None
        return _new_extended(noticed, None, check_date(until, "an extension until"), None)
    if _DATE_LIKE.match(written):
        raise CharterValueError(
            f"extension {excerpt(pair)}: {excerpt(written)} is neither a period such as "
            "'45 days' nor a date YYYY-MM-DD"
        )
    return _new_extended(noticed, to_period(written), None, None)


_new_answered = builder(Answered, checked_by_caller=True)


def _event_at(at: datetime) -> datetime:
    """An event's instant read from a row (aware), checked as the event's class would."""
    if MIN_YEAR <= at.year <= MAX_YEAR:
        return at
    return check_supported_instant(at, "an event at")  # raises, as Suspended(at=...) does


def _when(event: Event) -> float:
    return event.at.timestamp()


class CallReader(Reader[Call]):
    """:class:`Call` records from rows: ``channel``, ``waited``, ``answered``, ``at``."""

    required = ("channel", "waited", "answered")
    columns = ("channel", "waited", "answered", "at")

    def _item(self, row: Row) -> Call:
        return Call(
            channel=required(row, "channel"),
            waited=seconds(row),
            answered=flag(row),
            at=self.instant(row, "at"),
        )


def read_cases(  # noqa: PLR0913 - the limits are keywords of their own
    source: Readable,
    *,
    timezone: str | ZoneInfo | None = None,
    name: str | None = None,
    keep: int = 100,
    delimiter: str | None = None,
    encoding: str = "utf-8",
    max_line_bytes: int = MAX_LINE_BYTES,
    max_field_bytes: int = MAX_FIELD_BYTES,
    max_row_lines: int = MAX_ROW_LINES,
    max_columns: int = MAX_COLUMNS,
    format: Format | None = None,  # noqa: A002 - the name every reader of files uses
    sheet: str | None = None,
) -> CaseReader:
    r"""Read cases from a file (CSV, Excel or Parquet) or from rows (mappings).

    Streams: one row at a time. *timezone* reads times written without an offset in
    that zone (a time in the spring gap moves past it, an autumn one takes the earlier
    offset); *name* names the source in problems; *keep* is how many skipped rows are
    listed (all are counted).

    *source* is a path, an open text file (CSV) or an iterable of mappings. A path is
    read by its suffix: ``.xlsx`` an Excel workbook, ``.parquet`` a Parquet file,
    anything else CSV; *format* (``"csv"``, ``"xlsx"`` or ``"parquet"``) says instead.
    A workbook is read from its first worksheet, or the one named *sheet*, its formulas
    as the values Excel last calculated; its rows are numbered as Excel shows them. A
    Parquet file's rows are numbered their index + 2, as if a header were line 1. Their
    cells may be typed: a date and time (without an offset, read as text without one
    is), a number of seconds for ``waited``, a boolean for ``answered``; a value of a
    type the column cannot hold spoils its row. They need the extras ``excel``
    (openpyxl) and ``parquet`` (pyarrow).

    *delimiter* separates a CSV file's fields: ``","``, ``";"`` or ``"\t"``; by default
    (None) it is the one that splits the header into the columns needed (a header that
    two split so, or none, is refused). *encoding* is a CSV file's: ``"utf-8"`` (a byte
    order mark or none) or ``"cp1252"`` (Windows-1252, as Excel's plain CSV on Windows);
    for an open text file, the one it was opened with, which problems name. A byte the
    encoding does not allow spoils its row (the header's, the file), never replaced.

    The limits are checked before a row is read, and a row over one is skipped and
    told, the limit named: *max_line_bytes* (65 536) a line's bytes, its ending aside
    (a workbook's row: its XML, over which the workbook is refused); *max_field_bytes*
    (16 384) the bytes of a field the reader reads; *max_row_lines* (100) the lines a
    row may span while a quoted field is open; *max_columns* (1 024) the header's
    columns (a header with more stops the reading).
    """
    return CaseReader(
        source,
        timezone=timezone,
        name=name,
        keep=keep,
        delimiter=delimiter,
        encoding=encoding,
        max_line_bytes=max_line_bytes,
        max_field_bytes=max_field_bytes,
        max_row_lines=max_row_lines,
        max_columns=max_columns,
        format=format,
        sheet=sheet,
    )


def read_calls(  # noqa: PLR0913 - the limits are keywords of their own
    source: Readable,
    *,
    timezone: str | ZoneInfo | None = None,
    name: str | None = None,
    keep: int = 100,
    delimiter: str | None = None,
    encoding: str = "utf-8",
    max_line_bytes: int = MAX_LINE_BYTES,
    max_field_bytes: int = MAX_FIELD_BYTES,
    max_row_lines: int = MAX_ROW_LINES,
    max_columns: int = MAX_COLUMNS,
    format: Format | None = None,  # noqa: A002 - the name every reader of files uses
    sheet: str | None = None,
) -> CallReader:
    """Read call records from a file (CSV, Excel or Parquet) or rows, as :func:`read_cases`."""
    return CallReader(
        source,
        timezone=timezone,
        name=name,
        keep=keep,
        delimiter=delimiter,
        encoding=encoding,
        max_line_bytes=max_line_bytes,
        max_field_bytes=max_field_bytes,
        max_row_lines=max_row_lines,
        max_columns=max_columns,
        format=format,
        sheet=sheet,
    )
