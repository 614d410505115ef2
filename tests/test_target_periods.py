"""Targets that hold in each calendar month, quarter or year (issue 20, item 10)."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from fractions import Fraction
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema
import pytest

import charter
from charter import Answered, Case, CharterError, Status
from charter.cases import compliance
from charter.cli import main
from charter.io import to_json
from charter.model import TargetPeriod
from charter.model.guarantees import target_period_of

B = ZoneInfo("Europe/Brussels")
AT = datetime(2027, 12, 31, 12, tzinfo=B)


def _document(per: str | None = "quarter") -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(charter.dumps(charter.examples.load()))
    informative = next(g for g in doc["guarantees"] if g["id"] == "informative")
    informative["target"] = "90 %"
    if per is not None:
        informative["target_per"] = per
    return doc


CHARTER = charter.loads(json.dumps(_document()))


def _case(received: datetime, answered_after: timedelta, reference: str) -> Case:
    return Case(
        guarantee="informative",
        received=received,
        events=[Answered(at=received + answered_after)],
        reference=reference,
    )


def _cases() -> list[Case]:
    day, late = timedelta(days=1), timedelta(days=40)
    q4_2026 = [  # two met, one late: 2 of 3, below 90 %
        _case(datetime(2026, 10, 5, 10, tzinfo=B), day, "A1"),
        _case(datetime(2026, 11, 9, 10, tzinfo=B), day, "A2"),
        # 31 December at 23:30 in Brussels is 22:30 UTC: still the fourth quarter here.
        _case(datetime(2026, 12, 31, 23, 30, tzinfo=B), late, "A3"),
    ]
    q1_2027 = [  # ten met
        _case(datetime(2027, 1, 4 + n, 10, tzinfo=B), day, f"B{n}") for n in range(10)
    ]
    q4_2027 = [  # one met, one still open within its time at AT: not decided
        _case(datetime(2027, 10, 4, 10, tzinfo=B), day, "C1"),
        Case(guarantee="informative", received=datetime(2027, 12, 30, 9, tzinfo=B)),
    ]
    return [*q4_2026, *q1_2027, *q4_2027]


@pytest.mark.parametrize(
    ("day", "per", "first", "last"),
    [
        (date(2026, 12, 31), TargetPeriod.QUARTER, date(2026, 10, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), TargetPeriod.QUARTER, date(2027, 1, 1), date(2027, 3, 31)),
        (date(2027, 6, 30), TargetPeriod.QUARTER, date(2027, 4, 1), date(2027, 6, 30)),
        (date(2028, 2, 10), TargetPeriod.MONTH, date(2028, 2, 1), date(2028, 2, 29)),
        (date(2027, 2, 10), TargetPeriod.MONTH, date(2027, 2, 1), date(2027, 2, 28)),
        (date(2027, 12, 5), TargetPeriod.MONTH, date(2027, 12, 1), date(2027, 12, 31)),
        (date(2027, 7, 14), TargetPeriod.YEAR, date(2027, 1, 1), date(2027, 12, 31)),
    ],
)
def test_the_calendar_period_of_a_day(
    day: date, per: TargetPeriod, first: date, last: date
) -> None:
    assert target_period_of(day, per) == (first, last)


def test_the_document_loads_round_trips_and_passes_the_schema() -> None:
    doc = _document()
    jsonschema.validate(doc, charter.json_schema())
    assert CHARTER.guarantee("informative").target_per is TargetPeriod.QUARTER
    assert charter.loads(charter.dumps(CHARTER)) == CHARTER
    assert charter.loads(charter.dumps(CHARTER, format="toml"), format="toml") == CHARTER


def test_a_period_without_a_target_or_of_an_unknown_kind_is_refused() -> None:
    doc = _document()
    informative = next(g for g in doc["guarantees"] if g["id"] == "informative")
    index = doc["guarantees"].index(informative)
    del informative["target"]
    with pytest.raises(CharterError, match="target_per needs a target") as info:
        charter.loads(json.dumps(doc))
    assert f"$.guarantees[{index}]" in str(info.value)
    bad = _document(per="week")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, charter.json_schema())
    with pytest.raises(CharterError, match=rf"\$\.guarantees\[{index}\]\.target_per"):
        charter.loads(json.dumps(bad))


def test_every_quarter_must_reach_the_target() -> None:
    report = compliance(CHARTER, _cases(), at=AT).guarantee("informative")
    assert report.target_per is TargetPeriod.QUARTER
    assert [(p.first, p.last) for p in report.periods] == [
        (date(2026, 10, 1), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 3, 31)),
        (date(2027, 10, 1), date(2027, 12, 31)),
    ]
    q4_2026, q1_2027, q4_2027 = report.periods
    assert (q4_2026.cases, q4_2026.decided, q4_2026.met_share) == (3, 3, Fraction(2, 3))
    assert q4_2026.passed(report.target) is False
    assert (q1_2027.cases, q1_2027.met_share) == (10, Fraction(1))
    assert q1_2027.passed(report.target) is True
    assert (q4_2027.cases, q4_2027.decided, q4_2027.counts[Status.ON_TRACK]) == (2, 1, 1)
    # Over all the cases, 13 of 14 decided were met (above 90 %); the first quarter was not.
    assert report.met_share == Fraction(13, 14)
    assert report.passed is False


def test_without_a_period_the_target_holds_over_all_the_cases() -> None:
    plain = charter.loads(json.dumps(_document(per=None)))
    report = compliance(plain, _cases(), at=AT).guarantee("informative")
    assert report.periods == ()
    assert report.passed is True


def test_reports_over_parts_add_up_to_the_whole() -> None:
    cases = _cases()
    whole = compliance(CHARTER, cases, at=AT)
    parts = [compliance(CHARTER, cases[k::3], at=AT) for k in range(3)]
    assert sum(parts) == whole
    assert parts[2] + parts[0] + parts[1] == whole


def test_the_json_form_and_the_command_show_each_period(
    tmp_path: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    form = to_json(compliance(CHARTER, _cases(), at=AT))
    informative = next(g for g in form["guarantees"] if g["guarantee"] == "informative")
    assert informative["target_per"] == "quarter"
    assert informative["passed"] is False
    assert informative["periods"][0] == {
        "first": "2026-10-01",
        "last": "2026-12-31",
        "cases": 3,
        "counts": {**{s.value: 0 for s in Status}, "met": 2, "late": 1},
        "met_share": 0.666667,
        "passed": False,
    }
    path = tmp_path / "charter.json"
    path.write_text(json.dumps(_document()), encoding="utf-8")
    rows = ["reference,guarantee,received,answered"]
    for case in _cases():
        answered = "" if case.answered is None else case.answered.isoformat()
        rows.append(f"{case.reference},informative,{case.received.isoformat()},{answered}")
    cases = tmp_path / "cases.csv"
    cases.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = io.StringIO()
    code = main(["report", str(cases), "--charter", str(path), "--at", AT.isoformat()], out)
    assert code == 0, capsys.readouterr().err
    text = out.getvalue()
    assert "90 % per quarter FAIL" in text
    assert "Per period (the target holds in each):" in text
    assert "informative  2026-10-01 to 2026-12-31  3      3        66.7% FAIL" in text
    assert "informative  2027-01-01 to 2027-03-31  10     10       100.0% pass" in text


@pytest.mark.parametrize(
    ("locale", "sentence"),
    [
        ("nl_BE", "We halen die termijn elk kwartaal in minstens 90% van de gevallen."),
        ("fr_BE", "Nous respectons ce délai chaque trimestre dans au moins 90\u00a0% des cas."),
        ("de_BE", "Wir halten diese Frist in jedem Quartal in mindestens 90\u00a0% der Fälle ein."),
        ("en", "We keep to this period in at least 90% of cases, every quarter."),
    ],
)
def test_said_in_each_language(locale: str, sentence: str) -> None:
    assert sentence in charter.render(CHARTER, locale=locale)
