"""Case and call files as Excel workbooks and Parquet files: one reader, the same answers as CSV."""

from __future__ import annotations

import io
import json
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.chart import BarChart, Reference

from casebook import BRUSSELS, CHARTER, at, histories
from charter import (
    Answered,
    Case,
    CharterTypeError,
    CharterValueError,
    Extended,
    MissingDependencyError,
    Resumed,
    Suspended,
    compliance,
    read_calls,
    read_cases,
)
from charter.calendars.instants import wall_to_utc
from charter.cli import main

AT = at(2027, 7, 1, 12)
CASE_HEADER = ["reference", "guarantee", "received", "answered", "suspensions", "extensions"]
NAIVE = "has no UTC offset: write it as 2026-12-01T10:00+01:00, or read the file with a timezone"


def xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """A workbook whose first sheet holds *rows*, the first the header."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def parquet(path: Path, columns: dict[str, object]) -> Path:
    """A Parquet file of *columns* (lists of values, or Arrow arrays)."""
    pq.write_table(pa.table(columns), path)
    return path


def csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    path.write_text("".join(",".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


def brussels_us(*walls: datetime | None) -> pa.Array:  # type: ignore[type-arg]
    """Brussels wall times as a Parquet column of instants (timestamp[us, tz=...])."""
    instants = [None if w is None else w.replace(tzinfo=BRUSSELS) for w in walls]
    return pa.array(instants, type=pa.timestamp("us", tz="Europe/Brussels"))


def problems(reader: object) -> list[str]:
    return [str(p) for p in reader.skipped.problems]  # type: ignore[attr-defined]


# -- good rows and bad rows, each format -------------------------------------------------------


def test_a_workbook_s_rows_are_numbered_as_excel_shows_them(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "cases.xlsx",
        [
            ["Reference", "Guarantee", "Received", "Answered", "Notes"],
            ["A-1", "wd", "2026-03-02T10:00+01:00", datetime(2026, 3, 3, 15), "text as text"],
            ["A-2", "wd", 45000.5, None],
            [],
            [1234, "wd", datetime(2026, 3, 3, 10), None, 7],
            ["A-5", "wd", "2026-03-02T10:00+01:00", "#N/A"],
            ["A-6", True, "2026-03-02T10:00+01:00"],
            ["A-7", "wd", date(2026, 3, 2)],
        ],
    )
    reader = read_cases(path, timezone="Europe/Brussels")
    assert reader.format == "xlsx"
    assert [(line, c.reference) for line, c in reader.numbered()] == [(2, "A-1"), (5, "1234")]
    assert problems(reader) == [
        "cases.xlsx:3: received holds a number 45000.5, not a date and time",
        "cases.xlsx:6: answered holds Excel's error #N/A",
        "cases.xlsx:7: guarantee holds a boolean TRUE, not text",
        "cases.xlsx:8: received holds a date without a time 2026-03-02, not a date and time",
    ]
    assert reader.line == 5
    assert reader.lines == range(5, 6)
    rows_in = 6  # row 4 is empty: no row, as a blank line in CSV
    assert 2 + reader.skipped.count == rows_in


def test_a_naive_excel_datetime_is_refused_without_a_timezone(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "cases.xlsx",
        [["guarantee", "received"], ["wd", datetime(2026, 3, 3, 10)]],
    )
    reader = read_cases(path)
    assert list(reader) == []
    assert problems(reader) == [
        f"cases.xlsx:2: received 2026-03-03T10:00:00 (a date and time cell) {NAIVE}"
    ]
    (case,) = read_cases(path, timezone=BRUSSELS)
    assert case.received == at(2026, 3, 3, 10)
    assert case.received.utcoffset() == timedelta(hours=1)


def test_calls_from_a_workbook(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "calls.xlsx",
        [
            ["channel", "waited", "answered", "at"],
            ["phone", 12.5, True, "2026-03-02T10:00+01:00"],
            ["phone", 30, False],
            ["phone", "45.5", "yes"],
            ["phone", 20, 1],
            ["phone", datetime(2026, 3, 2, 10), True],
            ["phone", 10, 2],
            ["phone", 10, "maybe"],
            ["phone", -1, True],
            [None, 10, True],
        ],
    )
    reader = read_calls(path)
    assert [(c.waited, c.answered) for c in reader] == [
        (12.5, True),
        (30.0, False),
        (45.5, True),
        (20.0, True),
    ]
    assert [(p.line, p.message) for p in reader.skipped.problems] == [
        (6, "waited holds a date and time 2026-03-02T10:00:00, not a number of seconds"),
        (7, "answered holds a number 2, not true or false"),
        (8, "answered 'maybe' is not true or false"),
        (9, "seconds waited must be 0 or more, got -1.0"),
        (10, "no channel"),
    ]


def test_cases_from_a_parquet_file(tmp_path: Path) -> None:
    path = parquet(
        tmp_path / "cases.parquet",
        {
            "reference": ["P-1", "P-2", None, "P-4"],
            "guarantee": ["wd", "wd", "wd", None],
            "received": brussels_us(datetime(2026, 3, 2, 10), None, datetime(2026, 3, 4, 9), None),
            "answered": ["2026-03-05T12:00+01:00", None, "tomorrow", None],
            "suspensions": pa.array([None, None, None, None], type=pa.string()),
            "notes": [[1], [], [2, 3], None],  # a nested column the reader does not read
        },
    )
    reader = read_cases(path)
    assert reader.format == "parquet"
    cases = [(line, c.reference, c.received, c.answered) for line, c in reader.numbered()]
    assert cases == [(2, "P-1", at(2026, 3, 2, 10), at(2026, 3, 5, 12))]
    assert problems(reader) == [
        "cases.parquet:3: no received",
        (
            "cases.parquet:4: answered 'tomorrow' is not an ISO 8601 date and time such as "
            "2026-12-01T10:00+01:00"
        ),
        "cases.parquet:5: no received",
    ]
    assert len(cases) + reader.skipped.count == 4


def test_calls_from_a_parquet_file(tmp_path: Path) -> None:
    path = parquet(
        tmp_path / "calls.parquet",
        {
            "channel": pa.array(["phone"] * 5).dictionary_encode(),
            "waited": [12.5, float("nan"), 3.0, 7.0, 1e308 * 10],
            "answered": [True, True, None, False, True],
        },
    )
    reader = read_calls(path)
    assert [(c.waited, c.answered) for c in reader] == [(12.5, True), (7.0, False)]
    assert [(p.line, p.message) for p in reader.skipped.problems] == [
        (3, "no waited"),
        (4, "no answered"),
        (6, "seconds waited must be 0 or more, got inf"),
    ]
    whole = parquet(
        tmp_path / "whole.parquet",
        {"channel": ["phone"], "waited": pa.array([60], pa.int16()), "answered": [1]},
    )
    assert [c.waited for c in read_calls(whole)] == [60.0]


def test_a_column_of_a_type_it_cannot_hold_spoils_each_row(tmp_path: Path) -> None:
    path = parquet(
        tmp_path / "cases.parquet",
        {
            "guarantee": ["wd", "wd", "wd"],
            "received": [45000.5, None, 1.0],
            "reference": pa.array([b"R-1", b"R-2", None]),
        },
    )
    reader = read_cases(path)
    assert list(reader) == []
    assert problems(reader) == [
        "cases.parquet:2: reference holds a value of type binary",
        "cases.parquet:3: reference holds a value of type binary",
        "cases.parquet:4: received holds a number 1.0, not a date and time",
    ]


def test_parquet_timestamps_are_read_exactly_or_refused(tmp_path: Path) -> None:
    nanos = 1_772_442_000_000_000_000  # 2026-03-02T09:00Z in nanoseconds
    path = parquet(
        tmp_path / "cases.parquet",
        {
            "guarantee": ["wd"] * 5,
            "received": pa.array(
                [nanos, nanos + 1_000, nanos + 1, None, nanos], pa.timestamp("ns", tz="UTC")
            ),
            "answered": pa.array([None, None, None, None, 10**15], pa.timestamp("s", tz="+01:00")),
        },
    )
    reader = read_cases(path)
    received = [c.received for c in reader]
    assert received == [
        datetime(2026, 3, 2, 9, tzinfo=UTC),
        datetime(2026, 3, 2, 9, 0, 0, 1, tzinfo=UTC),
    ]
    assert problems(reader) == [
        (
            "cases.parquet:4: received holds the timestamp 1772442000000000001 ns, finer than "
            "a microsecond"
        ),
        "cases.parquet:5: no received",
        (  # Parquet has no seconds: written in milliseconds
            "cases.parquet:6: answered holds the timestamp 1000000000000000000 ms, outside the "
            "years 1-9999"
        ),
    ]


# -- times without an offset: one rule, whatever the format --------------------------------


WALLS = [
    datetime(2026, 3, 29, 2, 30),  # in the spring gap: moved past it
    datetime(2026, 10, 25, 2, 30),  # in the autumn fold: the earlier offset
    datetime(2026, 6, 1, 12),
]


def _naive_files(tmp_path: Path) -> list[Path]:
    header = ["guarantee", "received"]
    rows = [["wd", wall.isoformat()] for wall in WALLS]
    return [
        csv(tmp_path / "cases.csv", [header, *rows]),
        xlsx(tmp_path / "cases.xlsx", [header, *(["wd", wall] for wall in WALLS)]),
        parquet(
            tmp_path / "cases.parquet",
            {"guarantee": ["wd"] * 3, "received": pa.array(WALLS, pa.timestamp("ms"))},
        ),
    ]


def test_the_spring_gap_and_the_autumn_fold_are_read_as_csv_reads_them(tmp_path: Path) -> None:
    expected = [
        "2026-03-29T03:00:00+02:00",
        "2026-10-25T02:30:00+02:00",
        "2026-06-01T12:00:00+02:00",
    ]
    for path in _naive_files(tmp_path):
        received = [c.received.isoformat() for c in read_cases(path, timezone="Europe/Brussels")]
        assert received == expected, path.name
        refused = read_cases(path)
        assert list(refused) == []
        assert refused.skipped.count == 3
        assert all(NAIVE in p.message for p in refused.skipped.problems)


def test_a_wall_time_far_outside_the_years_is_a_skipped_row(tmp_path: Path) -> None:
    text = "guarantee,received\nwd,0001-01-01T00:30\nwd,9999-12-31T23:30\n"
    reader = read_cases(io.StringIO(text), timezone="Asia/Tokyo")
    assert list(reader) == []
    assert [p.message for p in reader.skipped.problems] == [
        "received '0001-01-01T00:30': year 1 is outside the supported years 1900-2200",
        "received '9999-12-31T23:30': year 9999 is outside the supported years 1900-2200",
    ]
    path = parquet(
        tmp_path / "cases.parquet",
        {"guarantee": ["wd"], "received": pa.array([datetime(1, 1, 1)], pa.timestamp("us"))},
    )
    reader = read_cases(path, timezone="Asia/Tokyo")
    assert list(reader) == []
    assert reader.skipped.count == 1


# -- the same rows in each format: the same report -------------------------------------------


def _text(t: datetime | None) -> str:
    return "" if t is None else t.isoformat()


def _wall_or_text(t: datetime | None) -> datetime | str | None:
    """A workbook's cell for *t*: a naive Brussels wall time where that is exact, else text."""
    if t is None:
        return None
    wall = t.astimezone(BRUSSELS).replace(tzinfo=None)
    earlier, later = (wall.replace(tzinfo=BRUSSELS, fold=f).utcoffset() for f in (0, 1))
    if earlier != later:  # the autumn's repeated hour: as text, with its offset
        return t.isoformat()
    return wall if wall_to_utc(BRUSSELS, wall) == t.astimezone(UTC) else t.isoformat()


def _fields(case: Case) -> tuple[datetime | None, str, str]:
    """A case's answer, and its suspensions and extensions as the columns write them."""
    answered = None
    suspensions: list[str] = []
    extensions: list[str] = []
    since: datetime | None = None
    for event in case.events:
        if isinstance(event, Suspended):
            since = event.at
        elif isinstance(event, Resumed):
            suspensions.append(f"{_text(since)}/{event.at.isoformat()}")
            since = None
        elif isinstance(event, Extended):
            extensions.append(f"{event.at.isoformat()}/{event.by}")
        elif isinstance(event, Answered):
            answered = event.at
    if since is not None:
        suspensions.append(f"{since.isoformat()}/")
    return answered, ";".join(suspensions), ";".join(extensions)


def _write_all(folder: Path, cases: Sequence[Case | None]) -> list[Path]:
    """*cases* as CSV, a workbook and a Parquet file; None is a row without received."""
    rows: list[tuple[str | None, str, datetime | None, datetime | None, str, str]] = []
    for number, case in enumerate(cases):
        if case is None:
            rows.append((f"X-{number}", "wd", None, None, "", ""))
            continue
        answered, suspensions, extensions = _fields(case)
        rows.append(
            (case.reference, case.guarantee, case.received, answered, suspensions, extensions)
        )
    csv_rows = [[r or "", g, _text(t), _text(a), s, e] for r, g, t, a, s, e in rows]
    columns = list(zip(*rows, strict=True)) if rows else [()] * 6
    instants = pa.timestamp("us", tz="Europe/Brussels")
    return [
        csv(folder / "cases.csv", [CASE_HEADER, *csv_rows]),
        xlsx(
            folder / "cases.xlsx",
            [
                CASE_HEADER,
                *([r, g, _wall_or_text(t), _wall_or_text(a), s, e] for r, g, t, a, s, e in rows),
            ],
        ),
        parquet(
            folder / "cases.parquet",
            {
                "reference": pa.array(columns[0], pa.string()),
                "guarantee": pa.array(columns[1], pa.string()),
                "received": pa.array(columns[2], instants),
                "answered": pa.array(columns[3], instants),
                "suspensions": pa.array(columns[4], pa.string()),
                "extensions": pa.array(columns[5], pa.string()),
            },
        ),
    ]


def _reports_agree(folder: Path, cases: Sequence[Case | None]) -> None:
    paths = _write_all(folder, cases)
    reports = [
        compliance(CHARTER, read_cases(path, name="cases", timezone=BRUSSELS), at=AT)
        for path in paths
    ]
    assert reports[0].cases + reports[0].skipped.count == len(cases)
    assert reports[1] == reports[0], "a workbook's report differs from the CSV's"
    assert reports[2] == reports[0], "a Parquet file's report differs from the CSV's"


def _random_cases(seed: int, count: int) -> list[Case | None]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, tzinfo=UTC)
    cases: list[Case | None] = []
    for number in range(count):
        if rng.random() < 0.05:
            cases.append(None)
            continue
        gid = rng.choice(["wd", "days", "strict", "hours", "nope"])
        received = start + timedelta(minutes=rng.randrange(0, 300 * 24 * 60))
        events = []
        if rng.random() < 0.7:
            events.append(Answered(at=received + timedelta(minutes=rng.randrange(1, 40 * 1440))))
        reference = None if rng.random() < 0.1 else f"C-{number}"
        cases.append(Case(guarantee=gid, received=received, events=events, reference=reference))
    return cases


def test_the_same_rows_make_the_same_report_in_every_format(tmp_path: Path) -> None:
    _reports_agree(tmp_path, _random_cases(seed=17, count=300))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(histories() | st.none(), max_size=8))
def test_any_histories_make_the_same_report_in_every_format(cases: list[Case | None]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _reports_agree(Path(folder), cases)


# -- the format: by suffix, or said; the keywords that go with it ---------------------------


def test_the_format_goes_by_the_suffix_or_is_said(tmp_path: Path) -> None:
    rows = [["guarantee", "received"], ["wd", "2026-03-02T10:00+01:00"]]
    workbook = xlsx(tmp_path / "export.dat", rows)
    with pytest.raises(CharterValueError, match=r"export.dat:1: the header"):
        list(read_cases(workbook))  # read as CSV, by its suffix: binary
    assert [c.guarantee for c in read_cases(workbook, format="xlsx")] == ["wd"]
    upper = xlsx(tmp_path / "CASES.XLSX", rows)
    assert read_cases(upper).format == "xlsx"
    assert read_cases(tmp_path / "cases.csv").format == "csv"
    assert read_cases(io.StringIO("")).format == "csv"
    assert read_cases([]).format is None
    with pytest.raises(CharterValueError, match="format must be 'csv', 'xlsx' or 'parquet'"):
        read_cases(workbook, format="xls")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="as format, got int 1"):
        read_cases(workbook, format=1)  # type: ignore[arg-type]
    with pytest.raises(CharterValueError, match="format='xlsx' reads a file by its path"):
        read_cases(io.StringIO(""), format="xlsx")
    with pytest.raises(CharterValueError, match="format='parquet' is for a file's path"):
        read_cases([], format="parquet")


def test_a_sheet_is_chosen_by_name(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Notes"
    first.append(["nothing", "here"])
    cases = book.create_sheet("Cases")
    cases.append(["guarantee", "received"])
    cases.append(["wd", "2026-03-02T10:00+01:00"])
    chart = BarChart()
    chart.add_data(Reference(cases, min_col=1, min_row=1, max_row=2))
    book.create_chartsheet("Chart").add_chart(chart)
    path = tmp_path / "book.xlsx"
    book.save(path)
    assert [c.guarantee for c in read_cases(path, sheet="Cases")] == ["wd"]
    with pytest.raises(CharterValueError, match=r"book.xlsx:1: the header has no column guarantee"):
        list(read_cases(path))
    with pytest.raises(CharterValueError, match="no sheet 'Calls'; the workbook has 'Notes', "):
        list(read_cases(path, sheet="Calls"))
    with pytest.raises(CharterValueError, match="sheet 'Chart' is a chart, not a worksheet"):
        list(read_cases(path, sheet="Chart"))
    with pytest.raises(CharterValueError, match="sheet is for Excel workbooks"):
        read_cases(tmp_path / "cases.parquet", sheet="Cases")
    with pytest.raises(CharterTypeError, match="a sheet's name as sheet"):
        read_cases(path, sheet=1)  # type: ignore[arg-type]


def test_delimiter_and_encoding_are_for_csv_only(tmp_path: Path) -> None:
    with pytest.raises(CharterValueError, match="an Excel workbook: delimiter is for CSV files"):
        read_cases(tmp_path / "cases.xlsx", delimiter=";")
    with pytest.raises(CharterValueError, match="a Parquet file: encoding is for CSV files only"):
        read_calls(tmp_path / "calls.parquet", encoding="cp1252")


def test_the_header_is_checked_as_csv_s_is(tmp_path: Path) -> None:
    wide = xlsx(tmp_path / "wide.xlsx", [[f"c{k}" for k in range(30)] + ["guarantee", "received"]])
    with pytest.raises(
        CharterValueError, match=r"wide.xlsx:1: the header has 32 columns, more than 20"
    ):
        list(read_cases(wide, max_columns=20))
    twice = xlsx(tmp_path / "twice.xlsx", [[], ["guarantee", "Received", " received "]])
    with pytest.raises(CharterValueError, match=r"twice.xlsx:2: the header names received twice"):
        list(read_cases(twice))
    missing = parquet(tmp_path / "missing.parquet", {"guarantee": ["wd"]})
    with pytest.raises(
        CharterValueError,
        match=r"missing.parquet: the file has no column received \(it needs guarantee, received\)",
    ):
        list(read_cases(missing))
    many = parquet(tmp_path / "many.parquet", {f"c{k}": [1] for k in range(25)})
    with pytest.raises(CharterValueError, match=r"many.parquet: the file has 25 columns, more"):
        list(read_cases(many, max_columns=20))
    empty = xlsx(tmp_path / "empty.xlsx", [])
    with pytest.raises(CharterValueError, match=r"empty.xlsx: the sheet is empty: no header row"):
        list(read_cases(empty))
    headed = xlsx(tmp_path / "headed.xlsx", [[None, 5, "guarantee", "received", None, None]])
    assert list(read_cases(headed)) == []


def test_a_field_over_max_field_bytes_spoils_its_row(tmp_path: Path) -> None:
    long = "R" * 40
    workbook = xlsx(
        tmp_path / "cases.xlsx",
        [["reference", "guarantee", "received", "notes"], [long, "wd", "2026-03-02T10:00Z", long]],
    )
    table = parquet(
        tmp_path / "cases.parquet",
        {"reference": [long], "guarantee": ["wd"], "received": ["2026-03-02T10:00Z"]},
    )
    for path in (workbook, table):
        reader = read_cases(path, max_field_bytes=20)
        assert list(reader) == []
        assert [p.message for p in reader.skipped.problems] == [
            "reference is longer than 20 bytes (max_field_bytes)"
        ]
    assert len(list(read_cases(workbook, max_field_bytes=40))) == 1


def test_a_formula_reads_as_the_value_excel_last_calculated(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "cases.xlsx",
        [["guarantee", "received", "answered"], ["wd", "2026-03-02T10:00Z", "=B2+1"]],
    )
    (case,) = read_cases(path)  # openpyxl writes no calculated value: the formula is empty
    assert case.answered is None


# -- files that are not what they say, and a missing extra ----------------------------------


def test_a_file_that_is_not_a_workbook_or_a_parquet_file_is_refused(tmp_path: Path) -> None:
    text = "guarantee,received\nwd,2026-03-02T10:00Z\n"
    renamed = tmp_path / "cases.xlsx"
    renamed.write_text(text, encoding="utf-8")
    with pytest.raises(
        CharterValueError, match=r"cases.xlsx: not an Excel workbook \(.xlsx\): it is not a zip"
    ):
        list(read_cases(renamed))
    assert len(list(read_cases(renamed, format="csv"))) == 1
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    with pytest.raises(CharterValueError, match=r"an older Excel workbook \(.xls\): save it"):
        list(read_cases(old))
    good = xlsx(tmp_path / "good.xlsx", [["guarantee", "received"]]).read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(CharterValueError, match=r"cut.xlsx: not an Excel workbook"):
        list(read_cases(cut))
    other = tmp_path / "other.xlsx"
    with __import__("zipfile").ZipFile(other, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(CharterValueError, match=r"other.xlsx: not an Excel workbook"):
        list(read_cases(other))
    renamed_parquet = tmp_path / "cases.parquet"
    renamed_parquet.write_text(text, encoding="utf-8")
    with pytest.raises(
        CharterValueError, match=r"cases.parquet: not a Parquet file: Parquet magic"
    ):
        list(read_cases(renamed_parquet))
    whole = parquet(tmp_path / "whole.parquet", {"guarantee": ["wd"], "received": ["x"]})
    cut_parquet = tmp_path / "cut.parquet"
    cut_parquet.write_bytes(whole.read_bytes()[:-20])
    with pytest.raises(CharterValueError, match=r"cut.parquet: not a Parquet file"):
        list(read_cases(cut_parquet))
    with pytest.raises(CharterValueError, match=r"cannot read .*missing.xlsx: No such file"):
        list(read_cases(tmp_path / "missing.xlsx"))


@pytest.mark.parametrize(
    "missing", [("openpyxl", "xlsx", "excel"), ("pyarrow", "parquet", "parquet")]
)
def test_a_missing_extra_says_what_to_install(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    missing: tuple[str, str, str],
) -> None:
    module, suffix, extra = missing
    monkeypatch.setitem(sys.modules, module, None)  # as if it were not installed
    hint = f"pip install 'charter[{extra}]'"
    with pytest.raises(MissingDependencyError, match=re.escape(f"{module}' package: {hint}")):
        read_cases(tmp_path / f"cases.{suffix}")
    with pytest.raises(MissingDependencyError):
        read_calls(tmp_path / f"calls.{suffix}")
    assert main(["report", str(tmp_path / f"cases.{suffix}")], io.StringIO()) == 1
    assert hint in capsys.readouterr().err
    assert len(list(read_cases(io.StringIO("guarantee,received\n")))) == 0  # CSV needs neither


def test_importing_charter_imports_neither_package() -> None:
    code = (
        "import sys, charter, charter.cases, charter.cli\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'openpyxl', 'pyarrow'}))"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert done.stdout == "[]\n"


# -- the command -------------------------------------------------------------------------------


def _command_files(tmp_path: Path) -> tuple[Path, Path]:
    cases = xlsx(
        tmp_path / "cases.xlsx",
        [
            ["reference", "guarantee", "received", "answered"],
            ["A", "informative", "2026-11-02T10:00+01:00", datetime(2026, 11, 4, 12)],
            ["B", "informative", datetime(2026, 11, 3, 10), None],
            ["C", "informative", "not a date", None],
        ],
    )
    calls = parquet(
        tmp_path / "calls.parquet",
        {"channel": ["contact-centre", "contact-centre"], "waited": [30, 400], "answered": [1, 0]},
    )
    return cases, calls


def test_the_command_reports_over_a_workbook_and_a_parquet_file(tmp_path: Path) -> None:
    cases, calls = _command_files(tmp_path)
    argv = ["report", str(cases), "--calls", str(calls), "--at", "2026-11-24T12:00+01:00"]
    out = io.StringIO()
    assert main([*argv, "--local-times", "--json"], out) == 0
    document = json.loads(out.getvalue())
    info = next(g for g in document["guarantees"] if g["guarantee"] == "informative")
    assert info["counts"]["met"] == info["counts"]["breached"] == 1
    assert document["reachability"][0]["calls"] == 2
    assert document["skipped"]["count"] == 1
    assert document["skipped"]["problems"][0]["line"] == 4
    out = io.StringIO()
    assert main(argv, out) == 0
    text = out.getvalue()
    assert "0 cases, 3 skipped" in text  # without --local-times, no naive time is read
    assert (
        "  cases.xlsx:3: received 2026-11-03T10:00:00 (a date and time cell) has no UTC offset: "
        "write it as 2026-12-01T10:00+01:00, or give --local-times"
    ) in text


def test_the_installed_command_reads_a_workbook(tmp_path: Path) -> None:
    cases, _ = _command_files(tmp_path)
    script = Path(sys.executable).parent / "charter"
    done = subprocess.run(  # noqa: S603 - our own installed script
        [str(script), "report", str(cases), "--at", "2026-11-24T12:00+01:00", "--local-times"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "  cases.xlsx:4: received 'not a date' is not an ISO 8601" in done.stdout


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        (["--delimiter", ";"], "--delimiter is for CSV files only, and cases.xlsx is an Excel"),
        (["--encoding", "cp1252"], "--encoding is for CSV files only, and cases.xlsx is an Excel"),
    ],
)
def test_the_command_refuses_csv_flags_for_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], said: str
) -> None:
    cases, calls = _command_files(tmp_path)
    assert main(["report", str(cases), *flags], io.StringIO()) == 2
    assert said in capsys.readouterr().err
    plain = csv(tmp_path / "cases.csv", [["guarantee", "received"]])
    assert main(["report", str(plain), "--calls", str(calls), *flags], io.StringIO()) == 2
    assert "and calls.parquet is a Parquet file: leave it out" in capsys.readouterr().err


def test_time_cells_and_durations_are_not_instants(tmp_path: Path) -> None:
    path = xlsx(
        tmp_path / "cases.xlsx",
        [["guarantee", "received", "answered"], ["wd", "2026-03-02T10:00Z", time(10, 30)]],
    )
    reader = read_cases(path)
    assert list(reader) == []
    assert problems(reader) == [
        "cases.xlsx:2: answered holds a time of day without a date 10:30:00, not a date and time"
    ]


def test_numbers_durations_and_references_a_workbook_holds(tmp_path: Path) -> None:
    cases = xlsx(
        tmp_path / "cases.xlsx",
        [
            ["reference", "guarantee", "received", "suspensions"],
            [12.5, "wd", "2026-03-02T10:00Z"],
            ["R-2", "wd", timedelta(hours=1, minutes=30)],
            ["R-3", "wd", "2026-03-02T10:00Z", datetime(2026, 3, 3, 10)],
        ],
    )
    reader = read_cases(cases, timezone=BRUSSELS)
    assert list(reader) == []
    said = [(p.line, p.reference, p.message) for p in reader.skipped.problems]
    # openpyxl 3.1.0 reads a duration cell as a time of day: refused either way
    said[1] = (
        3,
        "R-2",
        said[1][2].replace("a time of day without a date 01:30:00", "a duration 1:30:00"),
    )
    assert said == [
        (2, None, "reference holds a number 12.5, not text"),
        (3, "R-2", "received holds a duration 1:30:00, not a date and time"),
        (4, "R-3", "suspensions holds a date and time 2026-03-03T10:00:00, not text"),
    ]
