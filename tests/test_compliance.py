"""Compliance reports: counts, shares, response times, breaches, reachability, merging, readers."""

from __future__ import annotations

import io
import pickle
import re
from datetime import date, datetime, timedelta
from fractions import Fraction
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from casebook import CHARTER, at, histories, later
from charter import (
    Answered,
    Call,
    Case,
    CaseError,
    CharterTypeError,
    CharterValueError,
    ComplianceReport,
    NaiveDatetimeError,
    Status,
    Suspended,
    Unit,
    compliance,
    examples,
    read_calls,
    read_cases,
)
from charter.cases import Amount, Histogram, Problem, Skipped
from charter.cases.histograms import binned

AT = at(2026, 4, 1, 12)


def received(day: int, hour: int = 10) -> datetime:
    return at(2026, 3, day, hour)


def answered(case_day: int, answer: datetime, reference: str) -> Case:
    return Case(
        guarantee="wd",
        received=received(case_day),
        events=[Answered(at=answer)],
        reference=reference,
    )


# Ten-working-day cases received Monday 2 March (due Tuesday 17 March 00:00).
WD_CASES = [
    answered(2, at(2026, 3, 3, 9), "met-1"),  # day 1 of the period
    answered(2, at(2026, 3, 9, 9), "met-5"),  # day 5
    answered(2, at(2026, 3, 16, 23), "met-10"),  # day 10
    answered(2, at(2026, 3, 18, 9), "late-12"),  # day 12: a day late
    answered(2, at(2026, 3, 25, 9), "late-17"),  # day 17
    Case(guarantee="wd", received=received(2), reference="open-breached"),
    Case(guarantee="wd", received=received(30), reference="open-on-track"),
    Case(
        guarantee="wd",
        received=received(20),
        events=[Suspended(at=received(23))],
        reference="open-suspended",
    ),
]


def test_counts_shares_and_targets() -> None:
    report = compliance(CHARTER, WD_CASES, at=AT)
    wd = report.guarantee("wd")
    assert wd.counts == {
        Status.ON_TRACK: 1,
        Status.AT_RISK: 0,
        Status.BREACHED: 1,
        Status.SUSPENDED: 1,
        Status.NOT_STARTED: 0,
        Status.MET: 3,
        Status.LATE: 2,
    }
    assert wd.cases == report.cases == len(WD_CASES)
    assert wd.decided == 6
    assert wd.met_share == Fraction(3, 6)
    assert wd.passed is False  # the target is 90 %
    assert wd.unit is Unit.WORKING_DAYS
    # The other guarantees are there, with nothing counted.
    days = report.guarantee("days")
    assert days.cases == 0
    assert days.met_share is None
    assert days.passed is None
    assert [g.guarantee for g in report.guarantees] == [g.id for g in CHARTER.guarantees]


def test_response_times_in_the_guarantees_unit() -> None:
    wd = compliance(CHARTER, WD_CASES, at=AT).guarantee("wd")
    times = wd.response_times
    assert times.counts == ((1, 1), (5, 1), (10, 1), (12, 1), (17, 1))
    assert times.median == Amount.of(10, Unit.WORKING_DAYS)
    assert times.p90 == Amount.of(17, Unit.WORKING_DAYS)
    assert times.max == Amount.of(17, Unit.WORKING_DAYS)
    assert str(times.median) == "10 working days"


def test_service_hours_are_binned_by_the_minute() -> None:
    cases = [
        Case(guarantee="callback", received=at(2026, 3, 2, 10), events=[Answered(at=answered_at)])
        for answered_at in (at(2026, 3, 2, 10, 59, 30), at(2026, 3, 2, 13, 30), at(2026, 3, 3, 9))
    ]
    callback = compliance(CHARTER, cases, at=AT).guarantee("callback")
    # 59.5 minutes rounds up to 60; 10:00-12:00 and 13:00-13:30 make 150; to 9:00 the
    # next day, 10:00-12:00 and 13:00-17:00 make 360.
    assert callback.response_times.counts == ((60, 1), (150, 1), (360, 1))
    assert callback.response_times.median == Amount.of(Fraction(5, 2), Unit.SERVICE_HOURS)
    assert callback.counts[Status.MET] == 2
    assert callback.counts[Status.LATE] == 1


def test_breaches_most_overdue_first_and_kept_short() -> None:
    report = compliance(CHARTER, WD_CASES, at=AT, keep=2)
    breaches = report.guarantee("wd").breaches
    assert [b.reference for b in breaches] == ["open-breached", "late-17"]
    first = breaches[0]
    assert first.status is Status.BREACHED
    assert first.due == at(2026, 3, 17)
    assert first.overdue == AT - at(2026, 3, 17) - timedelta(hours=1)  # CET to CEST
    assert breaches[1].overdue == at(2026, 3, 25, 9) - at(2026, 3, 17)
    everything = compliance(CHARTER, WD_CASES, at=AT)
    assert len(everything.guarantee("wd").breaches) == 3
    assert compliance(CHARTER, WD_CASES, at=AT, keep=0).guarantee("wd").breaches == ()


def test_many_breaches_keep_the_worst() -> None:
    cases = [
        Case(guarantee="strict", received=at(2026, 3, 2, 10) + timedelta(days=d), reference=f"{d}")
        for d in range(20)
    ]
    report = compliance(CHARTER, cases, at=at(2026, 5, 1), keep=3)
    strict = report.guarantee("strict")
    assert strict.counts[Status.BREACHED] == 20
    assert [b.reference for b in strict.breaches] == ["0", "1", "2"]


def test_skipped_cases_are_counted_and_listed() -> None:
    bad_policy = Case(
        guarantee="strict",
        received=received(2),
        events=[Suspended(at=received(3))],
        reference="S-1",
    )
    cases: list[object] = [
        WD_CASES[0],
        Case(guarantee="nope", received=received(2), reference="N-1"),
        bad_policy,
        Case(guarantee="wd", received=at(2026, 5, 1), reference="F-1"),
        "not a case",
    ]
    report = compliance(CHARTER, cases, at=AT)
    assert report.cases == 1
    assert report.skipped.count == 4
    # Listed by reference (a plain list has no lines), the case without one last.
    assert [(p.source, p.line, p.reference) for p in report.skipped.problems] == [
        ("cases", None, "F-1"),
        ("cases", None, "N-1"),
        ("cases", None, "S-1"),
        ("cases", None, None),
    ]
    messages = [p.message for p in report.skipped.problems]
    assert "before the case was received" in messages[0]
    assert "no guarantee 'nope' in the charter" in messages[1]
    assert "allows no suspension" in messages[2]
    assert "expected a Case" in messages[3]
    assert str(report.skipped.problems[1]).startswith("cases: case 'N-1': no guarantee")


def test_skipped_lists_do_not_depend_on_the_split() -> None:
    stray = [
        Case(guarantee="nope", received=received(2), reference=f"N-{n}") for n in range(9, 0, -1)
    ]
    calls = [Call(channel="fax", waited=1, answered=True)]
    whole = compliance(CHARTER, stray, at=AT, calls=calls, keep=2)
    a = compliance(CHARTER, stray[:4], at=AT, keep=2)
    b = compliance(CHARTER, stray[4:], at=AT, calls=calls, keep=2)
    assert a + b == b + a == whole
    assert [(p.source, p.reference) for p in whole.skipped.problems] == [
        ("calls", None),
        ("cases", "N-1"),
    ]
    assert whole.skipped.count == 10


def test_reachability_from_call_records() -> None:
    calls = [
        Call(channel="phone", waited=12, answered=True),
        Call(channel="phone", waited=60, answered=True),  # within: at most 60 s
        Call(channel="phone", waited=60.5, answered=True),
        Call(channel="phone", waited=200, answered=False),
        Call(channel="phone", waited=5, answered=True, at=at(2026, 3, 2, 9)),
        Call(channel="email", waited=3600, answered=True),
        Call(channel="fax", waited=1, answered=True),
    ]
    report = compliance(CHARTER, [], at=AT, calls=calls)
    phone = report.channel("phone")
    assert (phone.calls, phone.answered, phone.abandoned, phone.within) == (5, 4, 1, 3)
    assert phone.share == Fraction(3, 5)
    assert phone.passed is False  # the target is 80 %
    assert phone.waits.counts == ((5, 1), (12, 1), (60, 1), (61, 1))
    assert (phone.median_wait, phone.p90_wait) == (12, 61)
    email = report.channel("email")
    assert (email.target, email.share, email.passed) == (None, None, None)
    assert [r.channel for r in report.reachability] == ["email", "phone"]
    assert report.skipped.count == 1
    assert "no channel 'fax' in the charter" in report.skipped.problems[0].message
    with pytest.raises(CharterValueError, match="no channel 'fax' in the report"):
        report.channel("fax")
    with pytest.raises(CharterValueError, match="no guarantee 'x' in the report"):
        report.guarantee("x")


def test_a_channel_with_a_target_and_no_calls() -> None:
    phone = compliance(CHARTER, [], at=AT).channel("phone")
    assert (phone.calls, phone.share, phone.passed, phone.median_wait) == (0, None, None, None)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"cases": "cases.csv"}, CharterTypeError, "an iterable of cases"),
        ({"calls": 3}, CharterTypeError, "an iterable of calls"),
        ({"keep": -1}, CharterValueError, "keep must be a whole number"),
        ({"keep": True}, CharterValueError, "keep must be a whole number"),
        ({"charter": "charter"}, CharterTypeError, "a Charter"),
        ({"at": datetime(2026, 4, 1)}, NaiveDatetimeError, "naive"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], error: type[Exception], message: str) -> None:
    arguments: dict[str, object] = {"charter": CHARTER, "cases": [], "at": AT} | kwargs
    with pytest.raises(error, match=re.escape(message)):
        compliance(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"channel": "Phone"}, CharterValueError, "is not an id"),
        ({"waited": -1}, CharterValueError, "0 or more"),
        ({"waited": float("nan")}, CharterValueError, "0 or more"),
        ({"waited": "12"}, CharterTypeError, "seconds waited as a number"),
        ({"answered": "yes"}, CharterTypeError, "true or false"),
        ({"at": datetime(2026, 4, 1)}, NaiveDatetimeError, "naive"),
    ],
)
def test_bad_calls(kwargs: dict[str, object], error: type[Exception], message: str) -> None:
    values: dict[str, object] = {"channel": "phone", "waited": 1, "answered": True} | kwargs
    with pytest.raises(error, match=re.escape(message)):
        Call(**values)  # type: ignore[arg-type]


# -- merging -----------------------------------------------------------------------------------


def test_reports_add_up() -> None:
    calls = [Call(channel="phone", waited=w, answered=w < 100) for w in (5, 50, 70, 150)]
    whole = compliance(CHARTER, WD_CASES, at=AT, calls=calls)
    parts = [
        compliance(CHARTER, WD_CASES[:3], at=AT, calls=calls[:1]),
        compliance(CHARTER, WD_CASES[3:5], at=AT),
        compliance(CHARTER, WD_CASES[5:], at=AT, calls=calls[1:]),
    ]
    assert parts[0] + parts[1] + parts[2] == whole
    assert sum(parts) == whole
    assert pickle.loads(pickle.dumps(whole)) == whole  # noqa: S301 - our own data


def test_reports_that_do_not_add_up() -> None:
    report = compliance(CHARTER, WD_CASES, at=AT)
    with pytest.raises(CharterValueError, match="different instants"):
        report + compliance(CHARTER, WD_CASES, at=at(2026, 4, 2))
    other = ComplianceReport(at=AT, keep=100, guarantees=report.guarantees[:1])
    with pytest.raises(CharterValueError, match="different guarantees"):
        report + other
    with pytest.raises(TypeError):
        report + 1  # type: ignore[operator]
    # The same instant in another zone is the same instant.
    assert (
        report + compliance(CHARTER, [], at=AT.astimezone(datetime.now().astimezone().tzinfo))
        == report
    )


def test_histograms() -> None:
    empty = Histogram(unit=Unit.DAYS, step=86_400_000_000)
    assert (empty.total, empty.median, empty.max) == (0, None, None)
    h = Histogram.of(Unit.DAYS, [3, 1, 2, 2])
    assert h.total == 4
    assert h.quantile(Fraction(1, 4)) == Amount.of(1, Unit.DAYS)
    assert h.quantile(1) == Amount.of(3, Unit.DAYS)
    with pytest.raises(CharterValueError, match="a quantile is above 0"):
        h.quantile(0)
    with pytest.raises(CharterValueError, match="different histogram units"):
        h + Histogram.of(Unit.HOURS, [1])


def test_skipped_lists_keep_the_first() -> None:
    a = Skipped(count=2, problems=(Problem(source="b", line=1, reference=None, message="x"),))
    b = Skipped(count=1, problems=(Problem(source="a", line=9, reference=None, message="y"),))
    merged = a.add(b, keep=1)
    assert merged.count == 3
    assert [p.source for p in merged.problems] == ["a"]


@given(st.lists(histories(), max_size=12), st.data())
def test_merging_is_associative_and_matches_one_run(cases: list[Case], data: st.DataObject) -> None:
    when = at(2026, 9, 1)
    valid = [c for c in cases if c.received <= when]
    cut = sorted(data.draw(st.lists(st.integers(0, len(valid)), min_size=2, max_size=2)))
    a, b, c = valid[: cut[0]], valid[cut[0] : cut[1]], valid[cut[1] :]
    keep = data.draw(st.integers(min_value=0, max_value=3))
    whole = compliance(CHARTER, valid, at=when, keep=keep)
    ra, rb, rc = (compliance(CHARTER, part, at=when, keep=keep) for part in (a, b, c))
    assert (ra + rb) + rc == ra + (rb + rc) == whole
    # The counts add up to the cases; skipped ones (late extensions drawn) aside.
    assert whole.cases + whole.skipped.count == len(valid)


@given(histories(), st.integers(min_value=0, max_value=400 * 24))
def test_one_case_report_agrees_with_evaluate(case: Case, hours: int) -> None:
    when = later(case.received, timedelta(hours=hours))
    try:
        expected = CHARTER.evaluate(case, at=when)
    except CaseError:
        assume(False)
        raise
    report = compliance(CHARTER, [case], at=when).guarantee(case.guarantee)
    assert report.counts[expected.status] == 1
    assert report.cases == 1
    assert len(report.breaches) == int(expected.status.is_failure)


# -- readers -----------------------------------------------------------------------------------

CASES_CSV = """\
reference,guarantee,received,answered,suspensions,extensions,ignored
A-1,wd,2026-03-02T10:00:00+01:00,2026-03-09T09:00:00+01:00,,,x
A-2,wd,2026-03-02T10:00:00+01:00,,2026-03-04T14:00+01:00/2026-03-09T09:00+01:00;2026-03-11T09:00+01:00/,,
A-3,month,2026-01-30T10:00:00+01:00,,,2026-02-20T00:00+01:00/2 months,
A-4,wd,2026-03-02 10:00,,,,
A-5,wd,2026-03-02,,,,
"A-6
with a line break",wd,2026-03-02T10:00:00+01:00,,,,

A-7,wd,2026-03-02T10:00:00+01:00,,2026-03-04T14:00+01:00/;2026-03-05T14:00+01:00/2026-03-06T09:00+01:00,,
A-8,wd,2026-03-02T10:00:00+01:00,,,2026-03-04T14:00+01:00,
A-9,wd
,wd,2026-03-02T10:00:00+01:00,,,,
A-10,nope,2026-03-02T10:00:00+01:00,,,,
A-11,,2026-03-02T10:00:00+01:00,,,,
"""


def test_reading_cases_from_csv() -> None:
    reader = read_cases(io.StringIO(CASES_CSV), name="cases.csv")
    cases = list(reader)
    assert [c.reference for c in cases] == [
        "A-1",
        "A-2",
        "A-3",
        "A-6\nwith a line break",
        None,
        "A-10",
    ]
    a2 = cases[1]
    assert [type(e).__name__ for e in a2.events] == ["Suspended", "Resumed", "Suspended"]
    assert a2.suspended
    a3 = cases[2]
    assert [str(getattr(e, "by", "")) for e in a3.events] == ["2 months"]
    skipped = reader.skipped
    assert skipped.count == 6
    lines = {p.line: p.message for p in skipped.problems}
    assert lines == {
        5: "received '2026-03-02 10:00' has no UTC offset: write it as "
        "2026-12-01T10:00+01:00, or read the file with a timezone",
        6: "received '2026-03-02' is not an ISO 8601 date and time such as 2026-12-01T10:00+01:00",
        10: "suspension '2026-03-04T14:00+01:00/' has no end and is not the last",
        11: "extension '2026-03-04T14:00+01:00' is not AT/PERIOD or AT/DATE",
        12: "2 fields where the header has 7",
        15: "no guarantee",
    }
    assert [p.reference for p in skipped.problems if p.line == 10] == ["A-7"]


def test_naive_times_read_in_a_zone() -> None:
    text = "guarantee,received\nwd,2026-03-02 10:00\nwd,2026-03-29T02:30\nwd,2026-10-25T02:30\n"
    cases = list(read_cases(io.StringIO(text), timezone="Europe/Brussels"))
    assert [c.received for c in cases] == [
        at(2026, 3, 2, 10),
        at(2026, 3, 29, 3),  # in the spring gap: the first instant after it
        at(2026, 10, 25, 2, 30),  # ambiguous: the earlier offset (CEST)
    ]
    assert cases[2].received.utcoffset() == timedelta(hours=2)


def test_compliance_over_a_csv_names_its_lines(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_text(CASES_CSV, encoding="utf-8")
    report = compliance(CHARTER, read_cases(path), at=AT)
    assert report.cases == 5
    assert report.skipped.count == 7
    problems = {p.line: p for p in report.skipped.problems}
    assert problems[14].source == "cases.csv"
    assert problems[14].reference == "A-10"
    assert "no guarantee 'nope'" in problems[14].message


def test_bytes_that_are_not_utf8_and_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(
        b"\xef\xbb\xbfguarantee,received,reference\n"
        b"wd,2026-03-02T10:00+01:00,caf\xe9\n"
        b"wd,2026-03-02T10:00+01:00,ok\n"
    )
    reader = read_cases(path)
    assert [c.reference for c in reader] == ["ok"]
    assert [(p.line, p.message) for p in reader.skipped.problems] == [
        (
            2,
            (
                "not valid UTF-8: byte 0xe9 at character 30 — is the file Windows-1252? "
                "(encoding='cp1252')"
            ),
        )
    ]


def test_rows_as_mappings() -> None:
    rows: list[dict[str, str | None]] = [
        {"guarantee": "wd", "received": "2026-03-02T10:00+01:00", "reference": "M-1"},
        {"guarantee": "wd", "received": None},
    ]
    reader = read_cases(rows)
    assert [c.reference for c in reader] == ["M-1"]
    assert [(p.source, p.line, p.message) for p in reader.skipped.problems] == [
        ("rows", 3, "no received")
    ]
    with pytest.raises(CharterTypeError, match="a mapping as row 0"):
        list(read_cases(["guarantee,received"]))  # type: ignore[list-item]


def test_a_reader_reads_once_and_counts_all_it_skips() -> None:
    text = "guarantee,received\n" + "wd,never\n" * 5
    reader = read_cases(io.StringIO(text), keep=2)
    assert list(reader) == []
    assert reader.skipped.count == 5
    assert [p.line for p in reader.skipped.problems] == [2, 3]
    with pytest.raises(CharterValueError, match="read already"):
        list(reader)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "rows: no header row (it needs guarantee, received)"),
        ("\n\n", "no header row"),
        (
            "reference,received\nA,2026-03-02T10:00+01:00\n",
            "rows:1: the header has no column guarantee",
        ),
        ("guarantee,received,Guarantee\n", "rows:1: the header names guarantee twice"),
    ],
)
def test_files_that_cannot_be_read(text: str, message: str) -> None:
    with pytest.raises(CharterValueError, match=re.escape(message)):
        list(read_cases(io.StringIO(text), name="rows"))


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CharterValueError, match=r"cannot read .*missing\.csv: No such file"):
        list(read_cases(tmp_path / "missing.csv"))
    with pytest.raises(CharterTypeError, match="a path, a text file or rows"):
        read_cases(b"guarantee,received\n")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="a path, a text file or rows"):
        list(read_cases(42))  # type: ignore[arg-type]


def test_a_csv_that_breaks_the_csv_rules() -> None:
    # A stray quote spoils its own field only; a line over max_line_bytes is reported,
    # and the rows after it are read.
    huge = "x" * 200_000
    text = (
        f'guarantee,received\nwd,"2026-03-02T10:00+01:00"x\nwd,{huge}\nwd,2026-03-03T10:00+01:00\n'
    )
    reader = read_cases(io.StringIO(text))
    assert [c.received for c in reader] == [at(2026, 3, 3, 10)]
    problems = [(p.line, p.message[:40]) for p in reader.skipped.problems]
    assert problems == [
        (2, "received '2026-03-02T10:00+01:00x' is no"),
        (3, "the line is longer than 65,536 bytes (ma"),
    ]


def test_hostile_values_are_skipped_rows() -> None:
    text = (
        "guarantee,received,answered\n"
        "wd,0001-01-01T00:30+01:00,\n"
        "wd,2026-03-02T10:00+01:00,9999-12-31T23:30-01:00\n"
        "wd,2026-03-02T10:00+01:00,\n"
    )
    reader = read_cases(io.StringIO(text))
    assert len(list(reader)) == 1
    messages = [p.message for p in reader.skipped.problems]
    assert "outside the supported years" in messages[0]
    assert "outside the supported years" in messages[1]
    rows: list[dict[object, object]] = [
        {"guarantee": "wd", "received": "2026-03-02T10:00+01:00", "answered": float("nan")},
        {"guarantee": "wd", "received": "2026-03-02T10:00+01:00", "answered": 3.5},
        {"guarantee": "wd", "received": "2026-03-02T10:00+01:00", 7: "x"},
    ]
    reader = read_cases(rows)  # type: ignore[arg-type]
    assert len(list(reader)) == 1
    assert [p.message for p in reader.skipped.problems] == [
        "column 'answered' holds float 3.5, not text",
        "column 7 is not named by text",
    ]


def test_a_strict_text_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"guarantee,received,reference\nwd,2026-03-02T10:00+01:00,caf\xe9\n")
    with path.open(encoding="utf-8") as file, pytest.raises(CharterValueError, match="not UTF-8"):
        list(read_cases(file))


def test_reading_calls() -> None:
    text = (
        "channel,waited,answered,at\n"
        "phone,12.5,yes,2026-03-02T09:01+01:00\n"
        "phone,70,FALSE,\n"
        "phone,soon,true,\n"
        "phone,5,maybe,\n"
        "phone,-3,1,\n"
        ",5,1,\n"
    )
    reader = read_calls(io.StringIO(text), name="calls.csv")
    report = compliance(CHARTER, [], at=AT, calls=reader)
    phone = report.channel("phone")
    assert (phone.calls, phone.answered, phone.within) == (2, 1, 1)
    assert phone.waits.counts == ((13, 1),)
    assert [(p.source, p.line, p.message) for p in report.skipped.problems] == [
        ("calls.csv", 4, "waited 'soon' is not a number of seconds"),
        ("calls.csv", 5, "answered 'maybe' is not true or false"),
        ("calls.csv", 6, "seconds waited must be 0 or more, got -3.0"),
        ("calls.csv", 7, "no channel"),
    ]


def test_calls_on_unknown_channels_name_their_line() -> None:
    text = "channel,waited,answered\nphone,1,1\nfax,2,1\n"
    report = compliance(CHARTER, [], at=AT, calls=read_calls(io.StringIO(text), name="c.csv"))
    assert [(p.line, p.message) for p in report.skipped.problems] == [
        (3, "no channel 'fax' in the charter")
    ]
    assert report.channel("phone").calls == 1
    other = compliance(CHARTER, [], at=AT, calls=["call"])
    assert other.skipped.problems[0].message == "expected a Call, got str"


def test_quantiles_read_a_float_as_written() -> None:
    h = Histogram.of(Unit.DAYS, range(1, 11))
    assert h.quantile(0.9) == h.p90 == Amount.of(9, Unit.DAYS)


def test_breaches_without_a_reference_and_with_an_empty_one_are_told_apart() -> None:
    none = Case(guarantee="strict", received=received(2), reference=None)
    empty = Case(guarantee="strict", received=received(2), reference="")
    a = compliance(CHARTER, [none], at=AT, keep=1)
    b = compliance(CHARTER, [empty], at=AT, keep=1)
    assert a + b == b + a
    assert [x.reference for x in (a + b).guarantee("strict").breaches] == [""]


@given(st.lists(histories(), max_size=30), st.integers(min_value=0, max_value=4))
def test_the_breaches_listed_are_the_most_overdue(cases: list[Case], keep: int) -> None:
    when = at(2026, 9, 1)
    valid = [c for c in cases if c.received <= when]
    short = compliance(CHARTER, valid, at=when, keep=keep)
    everything = compliance(CHARTER, valid, at=when, keep=10**6)
    for kept, whole in zip(short.guarantees, everything.guarantees, strict=True):
        assert kept.breaches == whole.breaches[:keep]
        assert kept.counts == whole.counts


# -- histograms: exact while small, bounded past exact_up_to -----------------------------------


@given(st.integers(min_value=0, max_value=10**15))
def test_a_bin_edge_is_a_little_above_its_value_and_stays_put(value: int) -> None:
    edge = binned(value)
    assert value <= edge <= value + value / 128
    assert binned(edge) == edge
    if value < 256:
        assert edge == value


@given(
    st.lists(st.integers(min_value=0, max_value=5000), max_size=40),
    st.data(),
    st.integers(min_value=1, max_value=12),
)
def test_histograms_add_up_the_same_however_split(
    values: list[int], data: st.DataObject, exact_up_to: int
) -> None:
    cut = sorted(data.draw(st.lists(st.integers(0, len(values)), min_size=2, max_size=2)))
    parts = [values[: cut[0]], values[cut[0] : cut[1]], values[cut[1] :]]
    a, b, c = (Histogram.of(Unit.DAYS, part, exact_up_to=exact_up_to) for part in parts)
    whole = Histogram.of(Unit.DAYS, values, exact_up_to=exact_up_to)
    assert (a + b) + c == a + (b + c) == (c + a) + b == whole
    assert whole.total == len(values)
    assert whole.binned == (len(set(values)) > exact_up_to)
    exact = Histogram.of(Unit.DAYS, values, exact_up_to=10**6)
    assert whole.max == exact.max
    for q in (Fraction(1, 2), Fraction(9, 10), Fraction(1, 7)):
        found, true = whole.quantile(q), exact.quantile(q)
        assert (found is None) == (true is None)
        if found is not None and true is not None:
            assert true.value <= found.value <= true.value * Fraction(129, 128)


def test_a_million_distinct_waits_take_a_few_bins() -> None:
    calls = (Call(channel="phone", waited=n + 0.5, answered=True) for n in range(200_000))
    waits = compliance(CHARTER, [], at=AT, calls=calls).channel("phone").waits
    assert waits.binned
    assert waits.total == 200_000
    assert len(waits.counts) < 256 + 128 * 11  # 256 exact, 128 bins a doubling up to 2**18
    assert waits.max == Amount.of(Fraction(200_000, 60), Unit.MINUTES)  # exact: 200 000 s


def test_reports_bin_past_exact_up_to_and_still_add_up() -> None:
    calls = [Call(channel="phone", waited=w, answered=True) for w in (300, 301, 302, 303)]
    whole = compliance(CHARTER, [], at=AT, calls=calls, exact_up_to=3)
    waits = whole.channel("phone").waits
    assert (waits.binned, waits.counts, waits.top) == (True, ((300, 1), (302, 2), (304, 1)), 303)
    assert whole.channel("phone").p90_wait == 303  # the last bin, but never above the max
    halves = [
        compliance(CHARTER, [], at=AT, calls=part, exact_up_to=3) for part in (calls[:2], calls[2:])
    ]
    assert not halves[0].channel("phone").waits.binned
    assert sum(halves) == whole
    with pytest.raises(CharterValueError, match="exact up to different numbers of values: 3 and"):
        whole + compliance(CHARTER, [], at=AT)
    with pytest.raises(CharterValueError, match="exact_up_to must be 1 or more, got 0"):
        compliance(CHARTER, [], at=AT, exact_up_to=0)
    with pytest.raises(CharterTypeError, match="a whole number as exact_up_to"):
        Histogram(unit=Unit.DAYS, step=1, exact_up_to=2.5)  # type: ignore[arg-type]


# -- a window of receipt days (issue 20, item 10) ------------------------------------------


def _window_cases() -> list[Case]:
    zone = ZoneInfo("Europe/Brussels")
    return [
        Case(
            guarantee="informative",
            received=datetime(2026, 10, 28 + n, 23, 30, tzinfo=zone)
            if n < 4
            else datetime(2026, 11, n - 3, 10, tzinfo=zone),
            reference=f"W-{n}",
        )
        for n in range(12)
    ]


def test_a_window_counts_only_the_cases_received_on_its_days() -> None:
    c = examples.load()
    cases = _window_cases()
    at = datetime(2026, 12, 20, 12, tzinfo=ZoneInfo("Europe/Brussels"))
    # 31 October 23:30 in Brussels is 22:30 UTC: the day is the zone's.
    november = compliance(c, cases, at=at, received_between=(date(2026, 11, 1), date(2026, 11, 5)))
    assert (november.cases, november.outside, november.skipped.count) == (5, 7, 0)
    assert november.window == (date(2026, 11, 1), date(2026, 11, 5))
    assert november.cases + november.outside + november.skipped.count == len(cases)
    open_end = compliance(c, cases, at=at, received_between=(date(2026, 11, 1), None))
    assert (open_end.cases, open_end.outside) == (8, 4)
    everything = compliance(c, cases, at=at)
    assert (everything.cases, everything.outside, everything.window) == (12, 0, None)
    assert compliance(c, cases, at=at, received_between=(None, None)).window is None


def test_reports_over_one_window_add_up_and_over_two_do_not() -> None:
    c = examples.load()
    cases = _window_cases()
    at = datetime(2026, 12, 20, 12, tzinfo=ZoneInfo("Europe/Brussels"))
    window = (date(2026, 11, 1), date(2026, 11, 5))
    whole = compliance(c, cases, at=at, received_between=window)
    halves = compliance(c, cases[:6], at=at, received_between=window) + compliance(
        c, cases[6:], at=at, received_between=window
    )
    assert halves == whole
    with pytest.raises(CharterValueError, match="cannot add reports over different windows"):
        whole + compliance(c, cases, at=at)


@pytest.mark.parametrize(
    ("window", "error", "message"),
    [
        ((date(2026, 11, 5), date(2026, 11, 1)), CharterValueError, "ends on 2026-11-01, before"),
        ((date(2026, 11, 5),), CharterTypeError, "a window (first day, last day)"),
        ("2026-11", CharterTypeError, "a window"),
        ((date(2026, 11, 5), "2026-12-01"), CharterTypeError, "a day of the window"),
    ],
)
def test_a_wrong_window_is_refused(window: object, error: type[Exception], message: str) -> None:
    at = datetime(2026, 12, 20, 12, tzinfo=ZoneInfo("Europe/Brussels"))
    with pytest.raises(error, match=re.escape(message)):
        compliance(examples.load(), [], at=at, received_between=window)  # type: ignore[arg-type]


def test_a_window_counts_only_the_calls_made_on_its_days() -> None:
    c = examples.load()
    zone = ZoneInfo("Europe/Brussels")
    calls = [
        Call(
            channel="contact-centre",
            waited=30,
            answered=True,
            at=datetime(2026, m, 10, tzinfo=zone),
        )
        for m in (1, 2, 3)
    ]
    untimed = Call(channel="contact-centre", waited=30, answered=True)
    at = datetime(2026, 12, 20, 12, tzinfo=zone)
    february = (date(2026, 2, 1), date(2026, 2, 28))
    report = compliance(c, [], at=at, calls=[*calls, untimed], received_between=february)
    assert report.channel("contact-centre").calls == 1
    assert report.calls_outside == 2
    assert report.skipped.count == 1  # a call without its time cannot be placed
    assert "needs one" in report.skipped.problems[0].message
    assert compliance(c, [], at=at, calls=[*calls, untimed]).channel("contact-centre").calls == 4
