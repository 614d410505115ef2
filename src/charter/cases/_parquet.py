"""Parquet files as rows of typed cells, through pyarrow, a batch of rows at a time.

Only the columns the reader reads are decoded (``ParquetFile.iter_batches(columns=...)``),
so a column of any type the reader ignores costs nothing. A row is numbered its index
plus 2, as if a header were line 1 (as rows given as mappings are).

Cells are read exactly: text as text, whole numbers, floating-point numbers and decimals
as numbers, booleans as booleans, timestamps to the microsecond (one with a time zone
is an instant, with the offset its zone had then; one without, a wall-clock time). A
timestamp with nanoseconds that a ``datetime`` cannot hold, or outside the years it can,
spoils its row. A column the
reader reads that holds values of another type (dates, durations, bytes) spoils every
row with a value in it; one of a nested type (lists, structs, maps) stops the reading, as
a value of it has no size limit.

pyarrow decodes a row group's columns whole: a row group whose columns read unpack to
more than :data:`MAX_GROUP_BYTES` (as the file's metadata says) stops the reading too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from types import TracebackType
from typing import IO, Any, Self
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.parquet as pq

from charter._excerpt import EXCERPT, capped
from charter.cases._formats import Cell, Unreadable, unreadable_file
from charter.errors import CharterValueError

__all__ = ["BATCH_ROWS", "MAX_GROUP_BYTES", "ParquetTable"]

#: How many rows are decoded at a time.
BATCH_ROWS = 4096
#: The bytes the columns read of one row group may unpack to.
MAX_GROUP_BYTES = 256 * 1024 * 1024
_EXPECTED = "a Parquet file"
_EPOCH = datetime(1970, 1, 1)  # noqa: DTZ001 - naive: the epoch of naive timestamps
#: A timestamp's unit, as microseconds per unit (or, for nanoseconds, how many in one).
_PER_UNIT = {"s": 1_000_000, "ms": 1_000, "us": 1}


class ParquetTable:
    """A Parquet file as a :class:`~charter.cases._formats.Table`; *shown* names it."""

    def __init__(self, file: IO[bytes], *, shown: str) -> None:
        self._file = file
        self._shown = shown
        self._parquet: pq.ParquetFile | None = None

    def __enter__(self) -> Self:
        try:
            self._parquet = pq.ParquetFile(self._file)
        except (pa.ArrowException, OSError) as error:
            raise unreadable_file(self._shown, _EXPECTED, error) from None
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._parquet is not None:
            self._parquet.close()

    @property
    def _file_read(self) -> pq.ParquetFile:
        assert self._parquet is not None  # noqa: S101 - entered before it is read
        return self._parquet

    def header(self) -> tuple[int | None, Sequence[object]]:
        """No row number, and the names of the file's columns."""
        return None, self._file_read.schema_arrow.names

    def rows(self, used: Sequence[int]) -> Iterator[tuple[int, Sequence[Cell]]]:
        """Every row, numbered its index + 2: its cells in the columns *used*."""
        parquet = self._file_read
        schema = parquet.schema_arrow
        names = [schema.names[k] for k in used]
        physical = {
            parquet.schema.column(k).path: parquet.schema.column(k).physical_type
            for k in range(len(parquet.schema))
        }
        for name in names:
            kind = schema.field(name).type
            if physical.get(name) == "INT96":
                raise CharterValueError(
                    f"{self._shown}: column {capped(name, EXCERPT)} holds INT96 timestamps, "
                    "which one writer means as UTC and another as local time: write it as a "
                    "timestamp with its time zone (or as text with an offset)"
                )
            if _nested(kind):
                raise CharterValueError(
                    f"{self._shown}: column {capped(name, EXCERPT)} is of a nested type "
                    f"({capped(str(kind), EXCERPT)}): it needs text, numbers, booleans or "
                    "timestamps"
                )
        self._check_groups(parquet, names)
        errors = (pa.ArrowException, OSError)
        # Text columns are read as dictionaries: a value repeated in every row is held once,
        # not once a row (the size checked above counts a dictionary page once too).
        texts = [name for name in names if _text(schema.field(name).type)]
        if texts:
            try:
                parquet = pq.ParquetFile(self._file, read_dictionary=texts)
            except errors as error:
                raise unreadable_file(self._shown, _EXPECTED, error) from None
        number = 2
        try:
            batches = parquet.iter_batches(batch_size=BATCH_ROWS, columns=names)
            while True:
                batch = next(batches, None)
                if batch is None:
                    return
                columns = [_cells(batch.column(k)) for k in range(len(names))]
                for cells in zip(*columns, strict=True):
                    yield number, cells
                    number += 1
        except errors as error:
            raise unreadable_file(f"{self._shown}:{number}", _EXPECTED, error) from None

    def _check_groups(self, parquet: pq.ParquetFile, names: list[str]) -> None:
        metadata = parquet.metadata
        for group in range(metadata.num_row_groups):
            columns = metadata.row_group(group)
            size = sum(
                columns.column(k).total_uncompressed_size
                for k in range(columns.num_columns)
                if columns.column(k).path_in_schema in names
            )
            if size > MAX_GROUP_BYTES:
                raise CharterValueError(
                    f"{self._shown}: row group {group} unpacks the columns read to {size:,} "
                    f"bytes, more than {MAX_GROUP_BYTES:,}: write it in smaller row groups"
                )


def _nested(kind: pa.DataType) -> bool:
    return pa.types.is_nested(kind)


def _cells(column: pa.Array[Any]) -> list[Cell]:
    """The values of *column* as cells: None for a null."""
    types = pa.types
    kind = column.type
    if isinstance(column, pa.DictionaryArray):  # each value once, whatever the rows
        values = _cells(column.dictionary)
        return [None if k is None else values[k] for k in column.indices.to_pylist()]
    if isinstance(kind, pa.TimestampType):
        return _instants(column.cast(pa.int64()).to_pylist(), kind.unit, kind.tz)
    if types.is_decimal(kind):
        # As the number a CSV reader reads from the decimal's text: the nearest float.
        return [None if value is None else float(value) for value in column.to_pylist()]
    readable = (
        types.is_string(kind)
        or types.is_large_string(kind)
        or _is_string_view(kind)
        or types.is_boolean(kind)
        or types.is_integer(kind)
        or types.is_float32(kind)
        or types.is_float64(kind)
        or types.is_null(kind)
    )
    if readable:
        return column.to_pylist()  # text, numbers, booleans
    other = Unreadable(f"holds a value of type {capped(str(kind), EXCERPT)}")
    return [None if null else other for null in column.is_null().to_pylist()]


def _text(kind: pa.DataType) -> bool:
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def _is_string_view(kind: pa.DataType) -> bool:
    """Whether *kind* is text as a view (pyarrow 16 on; none before)."""
    check = getattr(pa.types, "is_string_view", None)
    return check is not None and bool(check(kind))


def _instants(ticks: list[int | None], unit: str, zone: str | None) -> list[Cell]:
    """Timestamps of *unit* since the epoch as datetimes: aware in *zone*, or naive."""
    tz = None if zone is None else _zone(zone)
    cells: list[Cell] = []
    for tick in ticks:
        if tick is None:
            cells.append(None)
            continue
        if unit == "ns":
            micros, nanos = divmod(tick, 1000)
            if nanos:
                cells.append(Unreadable(f"holds the timestamp {tick} ns, finer than a microsecond"))
                continue
        else:
            micros = tick * _PER_UNIT[unit]
        try:
            wall = _EPOCH + timedelta(microseconds=micros)
        except OverflowError:
            cells.append(Unreadable(f"holds the timestamp {tick} {unit}, outside the years 1-9999"))
            continue
        cells.append(wall if tz is None else _aware(wall, tz))
    return cells


def _aware(utc_wall: datetime, tz: timezone | ZoneInfo) -> Cell:
    """The instant *utc_wall* (UTC) with the offset *tz* has then, as text with one reads."""
    try:
        shown = utc_wall.replace(tzinfo=UTC).astimezone(tz)
    except OverflowError:
        return Unreadable(f"holds the timestamp {utc_wall.isoformat()}Z, at the edge of the years")
    offset = shown.utcoffset()
    # A fixed offset, not the zone: an instant in the autumn's repeated hour would compare
    # unequal to the same instant in any other zone (PEP 495).
    return shown if offset is None else shown.replace(tzinfo=timezone(offset))


def _zone(name: str) -> timezone | ZoneInfo:
    """The zone a timestamp column names: an IANA name, an offset (``+01:00``), or UTC."""
    if name[:1] in {"+", "-"}:
        try:
            return datetime.fromisoformat(f"2000-01-01T00:00{name}").tzinfo or UTC  # type: ignore[return-value]
        except ValueError:
            return UTC
    try:
        return ZoneInfo(name)
    except (ValueError, OSError, LookupError):
        return UTC  # the instant is exact whatever zone shows it
