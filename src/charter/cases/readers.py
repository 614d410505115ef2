r"""Cases and call records from CSV files (or any rows), streamed; bad rows skipped and told.

Cases, one per row (a header row first; other columns are ignored):

=============  ========  ==========================================================
column         needed    holds
=============  ========  ==========================================================
guarantee      yes       the guarantee's id (``informative``)
received       yes       ISO 8601 with an offset (``2026-12-01T10:00:00+01:00``)
reference      no        the case's reference in your system
answered       no        when it was answered
suspensions    no        ``FROM/TO`` pairs, ``;`` between them; ``FROM/`` is still open
extensions     no        ``AT/PERIOD`` pairs (``2026-12-20T09:00+01:00/45 days``)
=============  ========  ==========================================================

Calls: ``channel`` (its id), ``waited`` (seconds, a decimal point allowed), ``answered``
(``true``/``false``, ``yes``/``no``, ``1``/``0``), and optionally ``at``.

A row that cannot be read is skipped and kept as a :class:`~charter.cases.reports.Problem`
with its line number; the others are read on. Times without an offset are refused unless
a ``timezone`` is given to read them in.

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
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from os import PathLike, fspath
from pathlib import Path
from typing import IO, Generic, TypeVar
from zoneinfo import ZoneInfo

from attrs import field, frozen

from charter.calendars.base import check_timezone
from charter.calendars.instants import check_supported_instant, wall_to_utc
from charter.cases.case import Case
from charter.cases.reports import Problem, Skipped
from charter.clock.events import Answered, Event, Extended, Resumed, Suspended
from charter.errors import CharterError, CharterTypeError, CharterValueError, NaiveDatetimeError
from charter.model.channels import check_id

__all__ = ["Call", "CallReader", "CaseReader", "Reader", "read_calls", "read_cases"]

T = TypeVar("T")
#: A row as read: text by column name (lower case).
Row = Mapping[str, str]
#: What a reader reads: a CSV file's path, an open text file, or rows as mappings (their
#: values text, or None or NaN for an empty one).
Source = str | PathLike[str] | IO[str] | Iterable[Mapping[str, object]]

_TRUE = frozenset({"true", "yes", "1"})
_FALSE = frozenset({"false", "no", "0"})


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
    ``line`` is the line of the last item read.
    """

    required: tuple[str, ...] = ()

    def __init__(
        self,
        source: Source,
        *,
        name: str | None = None,
        timezone: str | None = None,
        keep: int = 100,
    ) -> None:
        if isinstance(source, bytes | bytearray):
            raise CharterTypeError.expected("a path, a text file or rows", source)
        self._source = source
        self.name = name if name is not None else _name_of(source)
        self._zone = None if timezone is None else ZoneInfo(check_timezone(timezone))
        self._keep = keep
        self._problems: list[Problem] = []
        self._count = 0
        self._used = False
        self.line: int | None = None

    @property
    def skipped(self) -> Skipped:
        """The rows skipped so far: how many, and the first ``keep`` of them."""
        return Skipped(count=self._count, problems=tuple(self._problems))

    def __iter__(self) -> Iterator[T]:
        for line, item in self.numbered():
            self.line = line
            yield item

    def numbered(self) -> Iterator[tuple[int, T]]:
        """The items with the line each was read from (what iterating gives, numbered)."""
        if self._used:
            raise CharterValueError(f"{self.name} was read already: a reader reads once")
        self._used = True
        for line, row in self._rows():
            try:
                item = self._item(row)
            except CharterError as error:
                self.skip(line, row.get("reference") or None, str(error))
                continue
            yield line, item

    def skip(self, line: int | None, reference: str | None, message: str) -> None:
        """Count a skipped row (or item), listing it while fewer than ``keep`` are."""
        self._count += 1
        if len(self._problems) < self._keep:
            problem = Problem(source=self.name, line=line, reference=reference, message=message)
            self._problems.append(problem)

    def _item(self, row: Row) -> T:
        raise NotImplementedError

    def _rows(self) -> Iterator[tuple[int, Row]]:
        source = self._source
        if isinstance(source, str | PathLike):
            try:
                with Path(source).open(
                    encoding="utf-8-sig", errors="surrogateescape", newline=""
                ) as file:
                    yield from self._csv(file)
            except OSError as error:
                raise CharterValueError(
                    f"cannot read {fspath(source)}: {error.strerror or error}"
                ) from None
        elif hasattr(source, "read"):
            yield from self._csv(source)  # type: ignore[arg-type]
        elif isinstance(source, Iterable):
            for index, row in enumerate(source):
                if not isinstance(row, Mapping):
                    raise CharterTypeError.expected(f"a mapping as row {index}", row)
                line = index + 2  # as if a header were on line 1
                cleaned = _cleaned(row)
                if isinstance(cleaned, str):
                    self.skip(line, None, cleaned)
                else:
                    yield line, cleaned
        else:
            raise CharterTypeError.expected("a path, a text file or rows", source)

    def _csv(self, file: IO[str]) -> Iterator[tuple[int, Row]]:
        rows = csv.reader(file)  # lenient quotes: a stray one spoils its field, not the file
        header: list[str] | None = None
        line = 1
        while True:
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as error:
                self.skip(line, None, f"not CSV: {error}")
                line = rows.line_num + 1
                continue
            except UnicodeDecodeError as error:
                raise CharterValueError(
                    f"{self.name}:{line}: not UTF-8 ({error.reason}); pass the file's path, "
                    "or open it with errors='surrogateescape', to skip only the rows concerned"
                ) from None
            first, line = line, rows.line_num + 1
            if not row:
                continue  # a blank line
            if header is None:
                header = self._header(row, first)
                continue
            if not _utf8(row):
                self.skip(first, None, "not valid UTF-8")
            elif len(row) != len(header):
                message = f"{len(row)} fields where the header has {len(header)}"
                self.skip(first, None, message)
            else:
                yield first, dict(zip(header, row, strict=True))
        if header is None:
            raise CharterValueError(f"{self.name}: no header row (it needs {self._needs()})")

    def _header(self, row: list[str], line: int) -> list[str]:
        names = [name.strip().lower() for name in row]
        missing = [name for name in self.required if name not in names]
        if missing:
            raise CharterValueError(
                f"{self.name}:{line}: the header has no column {', '.join(missing)} "
                f"(it needs {self._needs()})"
            )
        duplicates = sorted({name for name in names if name and names.count(name) > 1})
        if duplicates:
            raise CharterValueError(
                f"{self.name}:{line}: the header names {', '.join(duplicates)} twice"
            )
        return names

    def _needs(self) -> str:
        return ", ".join(self.required)

    def instant(self, row: Row, column: str) -> datetime | None:
        """The instant in *column* of *row*, or ``None`` when it is empty or absent."""
        text = (row.get(column) or "").strip()
        return self._instant(text, column) if text else None

    def _instant(self, text: str, what: str) -> datetime:
        try:
            if len(text) <= 10 or not text.isprintable():  # a date alone, or control characters
                raise ValueError  # noqa: TRY301 - the same message as an unreadable one
            value = datetime.fromisoformat(text)
        except ValueError:
            raise CharterValueError(
                f"{what} {text!r} is not an ISO 8601 date and time such as 2026-12-01T10:00+01:00"
            ) from None
        if value.tzinfo is not None:
            return value
        if self._zone is None:
            raise NaiveDatetimeError(
                f"{what} {text!r} has no UTC offset: write it as 2026-12-01T10:00+01:00, "
                "or read the file with a timezone"
            )
        return wall_to_utc(self._zone, value).astimezone(self._zone)


def _cleaned(row: Mapping[str, object]) -> dict[str, str] | str:
    """*row* with text values ("" for None and NaN, a data frame's empty cell), or why not."""
    found: dict[str, str] = {}
    for key, value in row.items():
        if not isinstance(key, str):
            return f"column {key!r} is not named by text"
        if isinstance(value, str):
            found[key.strip().lower()] = value
        elif value is None or (isinstance(value, float) and math.isnan(value)):
            found[key.strip().lower()] = ""
        else:
            return f"column {key!r} holds {type(value).__name__} {value!r}, not text"
    return found


def _utf8(row: list[str]) -> bool:
    """Whether *row* was valid UTF-8 (read with ``surrogateescape``, bad bytes are not)."""
    if all(map(str.isascii, row)):
        return True
    try:
        "".join(row).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _name_of(source: object) -> str:
    if isinstance(source, str | PathLike):
        return Path(source).name
    name = getattr(source, "name", None)
    return Path(name).name if isinstance(name, str) else "rows"


def _required(row: Row, column: str) -> str:
    value = (row.get(column) or "").strip()
    if not value:
        raise CharterValueError(f"no {column}")
    return value


class CaseReader(Reader[Case]):
    """:class:`~charter.cases.case.Case` values from rows (see the module's columns)."""

    required = ("guarantee", "received")

    def _item(self, row: Row) -> Case:
        received = self._instant(_required(row, "received"), "received")
        events: list[Event] = []
        suspensions = _pairs(row, "suspensions")
        for number, pair in enumerate(suspensions, start=1):
            start, _, end = pair.partition("/")
            events.append(Suspended(at=self._instant(start.strip(), "a suspension")))
            if end.strip():
                events.append(Resumed(at=self._instant(end.strip(), "a resumption")))
            elif number < len(suspensions):
                raise CharterValueError(f"suspension {pair!r} has no end and is not the last")
        for pair in _pairs(row, "extensions"):
            at, slash, by = pair.partition("/")
            if not slash:
                raise CharterValueError(f"extension {pair!r} is not AT/PERIOD")
            events.append(Extended(at=self._instant(at.strip(), "an extension"), by=by.strip()))
        answered = self.instant(row, "answered")
        if answered is not None:
            events.append(Answered(at=answered))
        if len(events) > 1:
            events.sort(key=_when)  # stable: a suspension and its resumption keep their order
        return Case(
            guarantee=_required(row, "guarantee"),
            received=received,
            events=events,
            reference=(row.get("reference") or "").strip() or None,
        )


def _pairs(row: Row, column: str) -> list[str]:
    text = row.get(column)
    if not text or text.isspace():
        return []
    return [part.strip() for part in text.split(";") if part and not part.isspace()]


def _when(event: Event) -> float:
    return event.at.timestamp()


class CallReader(Reader[Call]):
    """:class:`Call` records from rows: ``channel``, ``waited``, ``answered``, ``at``."""

    required = ("channel", "waited", "answered")

    def _item(self, row: Row) -> Call:
        text = _required(row, "waited")
        try:
            waited = float(text)
        except ValueError:
            raise CharterValueError(f"waited {text!r} is not a number of seconds") from None
        flag = _required(row, "answered").lower()
        if flag not in _TRUE | _FALSE:
            raise CharterValueError(f"answered {flag!r} is not true or false")
        return Call(
            channel=_required(row, "channel"),
            waited=waited,
            answered=flag in _TRUE,
            at=self.instant(row, "at"),
        )


def read_cases(
    source: Source, *, timezone: str | None = None, name: str | None = None, keep: int = 100
) -> CaseReader:
    """Read cases from a CSV file (a path or an open text file) or from rows (mappings).

    Streams: one row at a time. *timezone* reads times written without an offset in
    that zone (DESIGN §4: a time in the spring gap moves past it, an autumn one takes
    the earlier offset); *name* names the source in problems; *keep* is how many
    skipped rows are listed (all are counted).
    """
    return CaseReader(source, timezone=timezone, name=name, keep=keep)


def read_calls(
    source: Source, *, timezone: str | None = None, name: str | None = None, keep: int = 100
) -> CallReader:
    """Read call records from a CSV file or rows, as :func:`read_cases` reads cases."""
    return CallReader(source, timezone=timezone, name=name, keep=keep)
