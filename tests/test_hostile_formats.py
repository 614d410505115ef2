"""Hostile workbooks and Parquet files: a clear error or skipped rows, and memory kept bounded."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charter import CharterError, CharterValueError, read_calls, read_cases
from charter.cases import _parquet

MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
SST_TYPE = (
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
HEADER = (
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>guarantee</t></is></c>'
    b'<c r="B1" t="inlineStr"><is><t>received</t></is></c></row>'
)
GOOD_ROW = (
    b'<row r="2"><c r="A2" t="inlineStr"><is><t>wd</t></is></c>'
    b'<c r="B2" t="inlineStr"><is><t>2026-03-02T10:00+01:00</t></is></c></row>'
)
MiB = 1024 * 1024


def _base() -> dict[str, bytes]:
    """The parts of a workbook openpyxl writes, its sheet aside."""
    book = openpyxl.Workbook()
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


BASE = _base()


def write_workbook(
    target: Path | io.BytesIO,
    rows: Iterable[bytes],
    *,
    dimension: bytes = b"A1:B2",
    before_rows: bytes = b"",
    parts: dict[str, Iterable[bytes]] | None = None,
) -> None:
    """Write to *target* a workbook whose sheet holds *rows* (XML, a piece at a time)."""
    given = dict(parts or {})
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in BASE.items():
            if name == "xl/worksheets/sheet1.xml" or name in given:
                continue
            typed = name == "[Content_Types].xml" and "xl/sharedStrings.xml" in given
            archive.writestr(name, data.replace(b"</Types>", SST_TYPE) if typed else data)
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(b"<worksheet " + MAIN + b'><dimension ref="' + dimension + b'"/>')
            sheet.write(before_rows + b"<sheetData>")
            for piece in rows:
                sheet.write(piece)
            sheet.write(b"</sheetData></worksheet>")
        for name, pieces in given.items():
            with archive.open(name, "w") as part:
                for piece in pieces:
                    part.write(piece)


def workbook(path: Path, rows: Iterable[bytes], **how: Any) -> Path:
    """:func:`write_workbook` to *path*, and the path."""
    write_workbook(path, rows, **how)
    return path


def repeated(piece: bytes, size: int) -> Iterator[bytes]:
    """*piece* over and over, *size* bytes in all, a megabyte at a time."""
    block = piece * (MiB // len(piece))
    for _ in range(size // len(block)):
        yield block


def peak(read: Callable[[], object]) -> tuple[object, int]:
    """What *read* gives (or the error it raises), and the memory it took at its peak."""
    tracemalloc.start()
    try:
        result: object = read()
    except CharterError as error:
        result = error
    finally:
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return result, top


# -- workbooks ---------------------------------------------------------------------------------


def test_shared_strings_are_read_as_excel_writes_them(tmp_path: Path) -> None:
    sst = (
        b"<sst " + MAIN + b' count="4" uniqueCount="4"><si><t>guarantee</t></si>'
        b"<si><t>received</t></si><si><t>wd</t></si><si><t>2026-03-02T10:00+01:00</t></si></sst>"
    )
    rows = [
        b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>',
        b'<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="s"><v>3</v></c></row>',
        b'<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="s"><v>99</v></c></row>',
    ]
    path = workbook(tmp_path / "cases.xlsx", rows, parts={"xl/sharedStrings.xml": [sst]})
    reader = read_cases(path)
    with pytest.raises(CharterValueError, match=r"cases.xlsx:4: not a row Excel writes"):
        list(reader.numbered())
    assert reader.line == 3


def test_a_zip_bomb_of_shared_strings_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    strings = [b"<sst " + MAIN + b">", *repeated(b"<si><t>x</t></si>", 70 * MiB), b"</sst>"]
    path = workbook(tmp_path / "bomb.xlsx", [HEADER], parts={"xl/sharedStrings.xml": strings})
    assert path.stat().st_size < MiB
    started = time.perf_counter()
    error, top = peak(lambda: list(read_cases(path)))
    assert isinstance(error, CharterValueError)
    assert re.fullmatch(
        r"bomb.xlsx: part 'xl/sharedStrings.xml' of the workbook unpacks to 73,[\d,]+ bytes, "
        r"more than 67,108,864: save the sheet as CSV",
        str(error),
    )
    assert top < 8 * MiB
    assert time.perf_counter() - started < 5


def test_a_declared_million_columns_is_not_trusted(tmp_path: Path) -> None:
    path = workbook(tmp_path / "wide.xlsx", [HEADER, GOOD_ROW], dimension=b"A1:XFD1048576")
    result, top = peak(lambda: [c.guarantee for c in read_cases(path)])
    assert result == ["wd"]  # rows end at their last cell, not at column XFD
    assert top < 8 * MiB
    million = workbook(tmp_path / "million.xlsx", [HEADER, GOOD_ROW], dimension=b"A1:BDWGN3")
    with pytest.raises(
        CharterValueError,
        match=r"million.xlsx: not an Excel workbook \(.xlsx\): A1:BDWGN3 is not a valid coord",
    ):
        list(read_cases(million))
    past = workbook(
        tmp_path / "past.xlsx", [HEADER, b'<row r="2"><c r="BDWGN2"><v>1</v></c></row>']
    )
    with pytest.raises(
        CharterValueError,
        match=r"past.xlsx:2: not a row Excel writes: 'BDWGN'",  # past the last column, ZZZ
    ):
        list(read_cases(past))


def test_a_header_of_too_many_columns_stops_the_reading(tmp_path: Path) -> None:
    cells = b"".join(b'<c r="%s1"><v>%d</v></c>' % (_column(k).encode(), k) for k in range(1, 2001))
    path = workbook(tmp_path / "wide.xlsx", [b'<row r="1">' + cells + b"</row>"])
    with pytest.raises(
        CharterValueError,
        match=r"wide.xlsx:1: the header has 2,000 columns, more than 1,024 \(max_columns\)",
    ):
        list(read_cases(path, max_line_bytes=100_000))


def _column(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def test_a_row_over_max_line_bytes_refuses_the_workbook(tmp_path: Path) -> None:
    note = b'<c r="C2" t="inlineStr"><is><t>' + b"n" * 100_000 + b"</t></is></c>"
    row = GOOD_ROW.replace(b"</row>", note + b"</row>")
    path = workbook(tmp_path / "long.xlsx", [HEADER, row])
    with pytest.raises(
        CharterValueError,
        match=(
            r"long.xlsx: sheet xl/worksheets/sheet1.xml: row 2 takes more than 65,536 bytes of "
            r"XML \(max_line_bytes\)"
        ),
    ):
        list(read_cases(path))
    assert len(list(read_cases(path, max_line_bytes=200_000))) == 1


def test_a_gigantic_cell_is_refused_without_being_held(tmp_path: Path) -> None:
    rows = [HEADER, b'<row r="2"><c r="A2" t="inlineStr"><is><t>', *repeated(b"x", 200 * MiB)]
    path = workbook(tmp_path / "huge.xlsx", [*rows, b"</t></is></c></row>"])
    error, top = peak(lambda: list(read_cases(path)))
    assert isinstance(error, CharterValueError)
    assert "row 2 takes more than 65,536 bytes of XML (max_line_bytes)" in str(error)
    assert top < 8 * MiB


def test_xml_outside_the_rows_is_bounded(tmp_path: Path) -> None:
    columns = b"<cols>" + b'<col min="1" max="1" width="9"/>' * 40_000 + b"</cols>"
    path = workbook(tmp_path / "cols.xlsx", [HEADER, GOOD_ROW], before_rows=columns)
    with pytest.raises(
        CharterValueError, match="more than 1,048,576 bytes of XML outside its rows"
    ):
        list(read_cases(path))


def test_rows_past_excel_s_last_row_are_refused(tmp_path: Path) -> None:
    late = workbook(tmp_path / "late.xlsx", [HEADER, GOOD_ROW.replace(b'r="2"', b'r="1048577"')])
    with pytest.raises(CharterValueError, match=r"row 1,048,577 is past Excel's last row"):
        list(read_cases(late))
    floated = workbook(tmp_path / "float.xlsx", [HEADER, GOOD_ROW.replace(b'r="2"', b'r="2e6"')])
    with pytest.raises(
        CharterValueError, match=r"float.xlsx: row 1,048,577 is past Excel's last row, 1,048,576"
    ):
        list(read_cases(floated))


@pytest.mark.parametrize("piece", [b"<![CDATA[x]]>", b'<!DOCTYPE x [<!ENTITY a "b">]>'])
def test_a_dtd_or_cdata_is_refused(tmp_path: Path, piece: bytes) -> None:
    path = workbook(tmp_path / "dtd.xlsx", [HEADER, piece, GOOD_ROW])
    with pytest.raises(CharterValueError, match="holds a DTD or CDATA: not a sheet Excel writes"):
        list(read_cases(path))


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, Path]:
    """A small workbook's bytes, and where to write a damaged copy of it."""
    buffer = io.BytesIO()
    write_workbook(buffer, [HEADER, GOOD_ROW])
    return buffer.getvalue(), tmp_path_factory.mktemp("damaged") / "damaged.xlsx"


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_a_damaged_workbook_is_refused_or_read_never_a_crash(
    small: tuple[bytes, Path], data: st.DataObject
) -> None:
    whole, damaged = small
    original = bytearray(whole)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(original) - 1))
        original[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(len(original) // 2, len(original)))
    damaged.write_bytes(bytes(original[:cut]))
    reader = read_cases(damaged)
    try:
        cases = list(reader)
    except CharterError:
        return
    assert len(cases) + reader.skipped.count <= 2


# -- Parquet files -----------------------------------------------------------------------------


def test_a_nested_column_read_stops_the_reading(tmp_path: Path) -> None:
    path = tmp_path / "nested.parquet"
    received = pa.array([["2026-03-02T10:00+01:00"]])
    pq.write_table(pa.table({"guarantee": ["wd"], "received": received}), path)
    with pytest.raises(
        CharterValueError,
        match=(
            r"nested.parquet: column received is of a nested type \(list<element: string>\): "
            r"it needs text, numbers, booleans or timestamps"
        ),
    ):
        list(read_cases(path))
    structs = tmp_path / "structs.parquet"
    channel = pa.array([{"id": "phone"}])
    pq.write_table(pa.table({"channel": channel, "waited": [1], "answered": [True]}), structs)
    with pytest.raises(CharterValueError, match="column channel is of a nested type"):
        list(read_calls(structs))


def test_a_row_group_too_large_stops_the_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.parquet"
    received = [f"{k:0100d}" for k in range(1000)]
    pq.write_table(pa.table({"guarantee": ["wd"] * 1000, "received": received}), path)
    monkeypatch.setattr(_parquet, "MAX_GROUP_BYTES", 10_000)
    with pytest.raises(
        CharterValueError, match=r"big.parquet: row group 0 unpacks the columns read to [\d,]+ byt"
    ):
        list(read_cases(path))


def test_parquet_values_of_other_types(tmp_path: Path) -> None:
    path = tmp_path / "calls.parquet"
    table = pa.table(
        {
            "channel": ["phone", "phone", "phone"],
            "waited": pa.array([Decimal("12.50"), Decimal(3), None], pa.decimal128(10, 2)),
            "answered": [True, True, True],
            "at": pa.array([date(2026, 3, 2), None, None], pa.date32()),
        }
    )
    pq.write_table(table, path)
    reader = read_calls(path)
    assert [(line, c.waited) for line, c in reader.numbered()] == [(3, 3.0)]
    assert [str(p) for p in reader.skipped.problems] == [
        "calls.parquet:2: at holds a value of type date32[day]",
        "calls.parquet:4: no waited",
    ]


@pytest.mark.parametrize("zone", ["+01:00", "Europe/Brussels", "Mars/Base", "+99:99", "UTC"])
def test_a_timestamp_s_zone_shows_it_never_changes_it(tmp_path: Path, zone: str) -> None:
    path = tmp_path / "cases.parquet"
    instant = datetime(2026, 3, 2, 9, tzinfo=UTC)
    received = pa.array([instant.replace(tzinfo=None)], pa.timestamp("us", tz=zone))
    pq.write_table(pa.table({"guarantee": ["wd"], "received": received}), path)
    (case,) = read_cases(path)
    assert case.received == instant


def test_a_timestamp_at_the_edge_of_the_years_spoils_its_row(tmp_path: Path) -> None:
    path = tmp_path / "cases.parquet"
    last = 253_402_300_799  # 9999-12-31T23:59:59Z, in seconds
    received = pa.array([last], pa.timestamp("s", tz="+01:00"))
    pq.write_table(pa.table({"guarantee": ["wd"], "received": received}), path)
    reader = read_cases(path)
    assert list(reader) == []
    assert reader.skipped.problems[0].message == (
        "received holds the timestamp 9999-12-31T23:59:59Z, at the edge of the years"
    )


def test_damaged_data_in_a_sound_parquet_file_stops_the_reading(tmp_path: Path) -> None:
    path = tmp_path / "cases.parquet"
    received = [f"2026-03-02T10:{k % 60:02d}:{k * 7 % 60:02d}Z" for k in range(5000)]
    table = pa.table({"guarantee": ["wd"] * 5000, "received": received})
    pq.write_table(table, path, row_group_size=1000, compression="zstd")
    damaged = bytearray(path.read_bytes())
    damaged[60:400] = bytes(340)  # the first pages; the file's footer is whole
    path.write_bytes(bytes(damaged))
    with pytest.raises(CharterValueError, match=r"cases.parquet:2: not a Parquet file: ZSTD"):
        list(read_cases(path))


def test_a_damaged_sheet_part_is_refused(tmp_path: Path) -> None:
    path = workbook(tmp_path / "cases.xlsx", [HEADER, GOOD_ROW * 50])
    with zipfile.ZipFile(path) as archive:
        sheet = archive.getinfo("xl/worksheets/sheet1.xml")
    data = bytearray(path.read_bytes())
    start = sheet.header_offset + 30 + len(sheet.filename)  # past the part's local header
    data[start + 20 : start + 60] = bytes(40)
    path.write_bytes(bytes(data))
    with pytest.raises(CharterValueError, match=r"cases.xlsx: not an Excel workbook \(.xlsx\): "):
        list(read_cases(path))


def test_a_header_s_empty_cells_at_its_end_are_no_columns(tmp_path: Path) -> None:
    header = HEADER.replace(
        b"</row>", b'<c r="C1" t="inlineStr"><is><t></t></is></c><c r="D1"/></row>'
    )
    path = workbook(tmp_path / "cases.xlsx", [header, GOOD_ROW])
    assert len(list(read_cases(path, max_columns=2))) == 1


def test_a_number_too_large_for_seconds_spoils_its_row(tmp_path: Path) -> None:
    header = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>channel</t></is></c>'
        b'<c r="B1" t="inlineStr"><is><t>waited</t></is></c>'
        b'<c r="C1" t="inlineStr"><is><t>answered</t></is></c></row>'
    )
    row = (
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>phone</t></is></c>'
        b'<c r="B2"><v>1' + b"0" * 400 + b'</v></c><c r="C2" t="b"><v>1</v></c></row>'
    )
    reader = read_calls(workbook(tmp_path / "calls.xlsx", [header, row]))
    assert list(reader) == []
    assert [p.message for p in reader.skipped.problems] == [
        "waited a whole number of 401 digits is too large"
    ]


def _row(number: int, *cells: tuple[str, str]) -> bytes:
    return (
        f'<row r="{number}">'
        + "".join(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>' for ref, text in cells)
        + "</row>"
    ).encode()


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [_row(2, ("A2", "wd"), ("B2", "2026-03-02T10:00+01:00")), _row(2, ("A2", "wd"))],
            "row 2 comes after row 2",
        ),
        (
            [_row(2, ("A2", "wd")), _row(4, ("A4", "wd")), _row(3, ("A3", "wd"))],
            "row 3 comes after row 4",
        ),
        (
            [_row(2, ("B2", "2026-03-02T10:00+01:00"), ("A2", "wd"))],
            "cell A2 in row 2 is not after the cell before it",
        ),
        (
            [_row(2, ("A2", "wd"), ("B3", "2026-03-02T10:00+01:00"))],
            "cell B3 in row 2 is not after the cell before it",
        ),
    ],
)
def test_rows_and_cells_out_of_order_are_refused_not_lost(
    tmp_path: Path, rows: list[bytes], message: str
) -> None:
    # openpyxl would drop a row numbered below the one before it, and the cells of a row
    # written before a cell to their left: the sheet is refused instead.
    path = workbook(tmp_path / "order.xlsx", [HEADER, *rows])
    with pytest.raises(CharterValueError, match=message):
        list(read_cases(path))


def test_cells_without_references_are_read_in_order(tmp_path: Path) -> None:
    row = (
        b'<row><c t="inlineStr"><is><t>wd</t></is></c>'
        b'<c t="inlineStr"><is><t>2026-03-02T10:00+01:00</t></is></c></row>'
    )
    reader = read_cases(workbook(tmp_path / "plain.xlsx", [HEADER, row]))
    assert [case.guarantee for case in reader] == ["wd"]
    assert reader.skipped.count == 0


def test_int96_timestamps_are_refused_as_ambiguous(tmp_path: Path) -> None:
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    when = pa.array([datetime(2026, 12, 1, 9)], pa.timestamp("ns"))
    table = pa.table({"guarantee": ["wd"], "received": when})
    path = tmp_path / "spark.parquet"
    pq.write_table(table, path, use_deprecated_int96_timestamps=True)
    with pytest.raises(CharterValueError, match="holds INT96 timestamps"):
        list(read_cases(path, timezone="Europe/Brussels"))


def test_a_formula_never_calculated_is_refused_not_read_as_empty(tmp_path: Path) -> None:
    uncalculated = (
        b'<row r="2"><c r="A2" t="inlineStr"><is><t>wd</t></is></c>'
        b'<c r="B2" t="str"><f>"2026-03-02T10:00+01:00"</f></c></row>'
    )
    path = workbook(tmp_path / "formula.xlsx", [HEADER, uncalculated])
    with pytest.raises(CharterValueError, match="cell B2 holds a formula Excel never calculated"):
        list(read_cases(path))
    calculated = uncalculated.replace(b"</f></c>", b"</f><v>2026-03-02T10:00+01:00</v></c>")
    reader = read_cases(workbook(tmp_path / "calculated.xlsx", [HEADER, calculated]))
    assert [case.guarantee for case in reader] == ["wd"]


def test_a_value_repeated_in_every_row_is_held_once(tmp_path: Path) -> None:
    import pyarrow as pa  # noqa: PLC0415
    import pyarrow.parquet as pq  # noqa: PLC0415

    # A few kilobytes on disk: one 100 KB text in a dictionary, 20 000 rows pointing at it.
    # Decoded row by row it would take 2 GB; read as a dictionary, 100 KB.
    repeated = pa.DictionaryArray.from_arrays(pa.array([0] * 20_000, pa.int32()), ["x" * 100_000])
    received = pa.array(["2026-12-01T10:00+01:00"] * 20_000)
    path = tmp_path / "repeated.parquet"
    pq.write_table(pa.table({"guarantee": repeated, "received": received}), path)
    assert path.stat().st_size < 64 * 1024
    script = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from charter import read_cases\n"
        "reader = read_cases(sys.argv[1])\n"
        "print(len(list(reader)), reader.skipped.count)\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (done.returncode, done.stdout) == (0, "0 20000\n"), done.stderr[-2000:]
