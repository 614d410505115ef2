"""Days off every year, regional calendars, replacement days, validity and warnings (issue 20).

Every date below is worked by hand from a calendar of the year named.
"""

from __future__ import annotations

import io
import json
import tomllib
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import jsonschema
import pytest
import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

import charter
from charter import (
    Case,
    CharterError,
    CharterValidationError,
    CharterValueError,
    Dates,
    DateSpan,
    EasterOffset,
    FixedDate,
    NthWeekday,
    RuleCalendar,
    Substitutes,
    Weekday,
    WorkingCalendar,
    belgium,
    deadline,
)
from charter.calendars.registry import calendar_by_id
from charter.cli import main
from charter.errors import CaseError

BRUSSELS = ZoneInfo("Europe/Brussels")
WORKWEEK = frozenset(Weekday(d) for d in range(5))


def at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, tzinfo=BRUSSELS)


def document(**calendar: object) -> dict[str, Any]:
    """A small charter whose one calendar has *calendar*'s keys."""
    return {
        "format": "charter/1",
        "timezone": "Europe/Brussels",
        "languages": ["nl", "fr", "de", "en"],
        "organisation": {"name": {"nl": "Dienst", "fr": "Service", "de": "Dienst", "en": "Office"}},
        "calendars": [{"id": "office", "holidays": "be-federal", **calendar}],
        "channels": [
            {
                "id": "desk",
                "kind": "counter",
                "name": {"nl": "Loket", "fr": "Guichet", "de": "Schalter", "en": "Desk"},
                "hours": {"osm": "Mo-Fr 09:00-17:00; PH off", "calendar": "office"},
            }
        ],
        "guarantees": [
            {
                "id": "answer",
                "kind": "informative_question",
                "description": {"nl": "Antwoord", "fr": "Réponse", "de": "Antwort", "en": "Answer"},
                "period": "1 working day",
                "calendar": "office",
                "channels": ["desk"],
            }
        ],
    }


NAMED = {"nl": "Sluiting", "fr": "Fermeture", "de": "Schließung", "en": "Closure"}
EVERY_YEAR = [
    {"from": "12-27", "to": "12-31", "name": NAMED},
    {"date": "05-08", "since": 2027},
    {"easter": -48, "name": NAMED},  # Carnival Monday
    {"month": 9, "weekday": "fr", "nth": -1, "until": 2027, "name": NAMED},
]


# -- the document form ----------------------------------------------------------------------------


def test_recurring_days_load_round_trip_and_validate_against_the_schema() -> None:
    data = document(recurring=EVERY_YEAR, substitutes=True)
    jsonschema.validate(data, charter.json_schema())
    c = charter.loads(json.dumps(data))
    spec = c.calendars[0]
    assert spec.recurring == (
        DateSpan(first=(12, 27), last=(12, 31), name=NAMED),
        FixedDate(month=5, day=8, since=2027, name=charter.CLOSED),
        EasterOffset(days=-48, name=NAMED),
        NthWeekday(month=9, weekday=Weekday.FRIDAY, n=-1, until=2027, name=NAMED),
    )
    assert spec.substitutes
    assert charter.loads(charter.dumps(c)) == c
    assert charter.loads(charter.dumps(c, format="toml"), format="toml") == c
    jsonschema.validate(json.loads(charter.dumps(c)), charter.json_schema())
    toml = tomli_w.dumps(tomllib.loads(charter.dumps(c, format="toml")))
    assert charter.loads(toml, format="toml") == c


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"date": "13-01"}, "date: expected a day of the year 'MM-DD', got '13-01'"),
        ({"date": "02-30"}, "date: '02-30' is not a day of the year"),
        ({"from": "12-27"}, "missing 'to'"),
        ({"from": "12-31", "to": "12-27"}, "write a span across New Year as two"),
        ({"date": "05-08", "easter": 1}, "a recurring closure has one of"),
        ({"name": "Closed"}, "a recurring closure has one of"),
        ({"date": "05-08", "every": 2}, "unknown keys 'every'"),
        ({"easter": 400}, "Easter offset 400 is not a number of days -80..250"),
        ({"month": 2, "weekday": "monday", "nth": 1}, "'monday' is not a weekday: one of mo"),
        ({"month": 2, "weekday": "Mo", "nth": 1}, "'Mo' is not a weekday: one of mo"),
        ({"date": "12-1\u0665"}, "date: expected a day of the year 'MM-DD'"),
        ({"month": 2, "weekday": "mo", "nth": 0}, "n 0 is not 1..5"),
        ({"date": "05-08", "since": 2030, "until": 2027}, "since 2030 is after until 2027"),
        ("05-08", "expected a recurring closure as a mapping"),
    ],
)
def test_a_wrong_recurring_day_is_refused_by_the_loader_and_the_schema(
    entry: object, message: str
) -> None:
    data = document(recurring=[entry])
    with pytest.raises(CharterValidationError) as info:
        charter.loads(json.dumps(data))
    assert [(i.path, message in i.message) for i in info.value.issues] == [
        ("$.calendars[0].recurring[0]", True)
    ], info.value.issues
    if "since 2030" in message or "across New Year" in message:
        return  # an order is the loader's alone (LOADER_ONLY["RECURRING_ORDER"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, charter.json_schema())


# -- the dates, across years ----------------------------------------------------------------------


def test_recurring_days_are_days_off_every_year() -> None:
    c = charter.loads(json.dumps(document(recurring=EVERY_YEAR)))
    wc = c.calendar("office")
    off = {year: set(wc.closures.in_year(year)) for year in (2026, 2027, 2028)}
    assert off[2026] == {
        date(2026, 2, 16),  # Carnival Monday: Easter 5 April 2026 - 48 days
        date(2026, 9, 25),  # the last Friday of September
        *(date(2026, 12, d) for d in range(27, 32)),
    }
    assert off[2027] == {
        date(2027, 2, 8),  # Easter 28 March 2027 - 48 days
        date(2027, 5, 8),  # from 2027 on
        date(2027, 9, 24),  # until 2027
        *(date(2027, 12, d) for d in range(27, 32)),
    }
    assert off[2028] == {
        date(2028, 2, 28),
        date(2028, 5, 8),
        *(date(2028, 12, d) for d in range(27, 32)),
    }
    # The deadline skips them: Thu 24 Dec 2026, federal 25/26 Dec, closed 27-31 Dec, 1 Jan.
    assert c.deadline("answer", at(2026, 12, 24)).last_day == date(2027, 1, 4)
    assert c.deadline("answer", at(2027, 12, 24)).last_day == date(2028, 1, 3)
    assert c.deadline("answer", at(2028, 2, 25)).last_day == date(2028, 2, 29)  # Fri → Tue
    # The desk's PH off closes them too.
    desk = c.channel("desk").hours
    assert desk is not None
    assert not desk.is_open(at(2027, 12, 28))
    assert desk.is_open(at(2027, 12, 23))
    assert not desk.is_open(at(2027, 2, 8))


def test_replacement_days_follow_a_holiday_on_a_weekend() -> None:
    c = charter.loads(json.dumps(document(substitutes=True)))
    wc = c.calendar("office")
    replaced = wc.closures.in_year(2027, "nl")
    assert replaced == {
        date(2027, 5, 3): "Vervangingsdag voor Dag van de Arbeid",  # Sat 1 May
        date(2027, 8, 16): "Vervangingsdag voor Onze-Lieve-Vrouw-Hemelvaart",  # Sun 15 Aug
        date(2027, 12, 27): "Vervangingsdag voor Kerstmis",  # Sat 25 Dec
        date(2027, 12, 28): "Vervangingsdag voor Tweede Kerstdag",  # Sun 26 Dec
    }
    # Sun 1 Nov 2026: Mon 2 Nov is a federal day off itself, so Tue 3 Nov.
    assert date(2026, 11, 3) in wc.closures.in_year(2026)
    # Sat 26 Dec 2026 (federal): Mon 28 Dec.
    assert date(2026, 12, 28) in wc.closures.in_year(2026)
    assert c.deadline("answer", at(2027, 4, 30)).last_day == date(2027, 5, 4)


def test_replacement_days_skip_closure_days_and_cross_new_year() -> None:
    closed = Dates([date(2027, 12, 27), date(2027, 12, 28), date(2027, 12, 29)])
    days = Substitutes(of=belgium.FEDERAL_ADMINISTRATION, workweek=WORKWEEK, closed=closed)
    assert set(days.in_year(2027)) >= {date(2027, 12, 30), date(2027, 12, 31)}
    christmas_and_more = Dates(
        {date(2027, 12, 25): "A", date(2027, 12, 26): "B", date(2027, 12, 31): "C"}
    )
    spill = Substitutes(of=christmas_and_more, workweek=WORKWEEK, closed=closed)
    assert list(spill.in_year(2027)) == [date(2027, 12, 30)]
    assert list(spill.in_year(2028)) == [date(2028, 1, 3)]


def reference_replacements(
    holidays: dict[date, str], workweek: frozenset[int], closed: set[date], first: date, last: date
) -> dict[date, str]:
    """Day by day: each holiday outside the work week waits for the next free working day."""
    waiting: list[str] = []
    found: dict[date, str] = {}
    day = first
    while day <= last:
        if day in holidays and day.weekday() not in workweek:
            waiting.append(holidays[day])
        elif day.weekday() in workweek and day not in holidays and day not in closed and waiting:
            found[day] = f"Replacement day for {waiting.pop(0)}"
        day += timedelta(days=1)
    return found


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1900, 2200),
    st.sets(st.integers(0, 6), min_size=1, max_size=6),
    st.sets(st.integers(0, 40), max_size=8),
)
def test_replacement_days_equal_a_day_by_day_reference(
    year: int, workdays: set[int], closed_days: set[int]
) -> None:
    holidays = belgium.FEDERAL_ADMINISTRATION
    workweek = frozenset(workdays)
    # Closure days in the last weeks of the year before, where replacements pile up.
    start = date(max(year - 1, 1900), 12, 1)
    closed = {start + timedelta(days=n) for n in closed_days}
    closed = {d for d in closed if d.year <= 2200}
    days = Substitutes(of=holidays, workweek=workweek, closed=Dates(sorted(closed)))
    first = date(max(year - 1, 1900), 1, 1)
    named = {
        d: holidays.name(d) or "" for y in range(first.year, year + 1) for d in holidays.in_year(y)
    }
    expected = reference_replacements(named, workweek, closed, first, date(year, 12, 31))
    assert dict(days.in_year(year)) == {d: n for d, n in expected.items() if d.year == year}


def test_the_walloon_day_on_a_sunday_gets_no_replacement() -> None:
    days = Substitutes(of=calendar_by_id("be-federal+be-walloon"), workweek=WORKWEEK)
    assert date(2026, 9, 21) not in days.in_year(2026)  # the Monday after 20 September
    assert date(2026, 11, 3) in days.in_year(2026)  # All Saints' on Sunday 1 November still


def test_a_year_closed_throughout_leaves_no_replacement_and_returns_at_once() -> None:
    everything = RuleCalendar(name="x", rules=(DateSpan(first=(1, 1), last=(12, 31), name="x"),))
    days = Substitutes(of=belgium.LEGAL, workweek=WORKWEEK, closed=everything)
    assert dict(days.in_year(2027)) == {}


def test_replacement_days_need_holidays_for_every_year() -> None:
    data = document(substitutes=True)
    data["calendars"][0]["holidays"] = "eu-institutions-brussels"
    with pytest.raises(CharterValidationError) as info:
        charter.loads(json.dumps(data))
    (issue,) = info.value.issues
    assert issue.path.startswith("$.calendars[0]")
    assert "published year by year" in issue.message
    with pytest.raises(CharterError, match="a holiday calendar"):
        Substitutes(of="be-legal", workweek=WORKWEEK)  # type: ignore[arg-type]
    with pytest.raises(CharterError):
        Substitutes(of=belgium.LEGAL, workweek=frozenset({7}))


def test_iris_day_is_a_day_off_of_the_brussels_region() -> None:
    wc = WorkingCalendar(holidays=calendar_by_id("be-federal+be-brussels"), timezone=BRUSSELS)
    assert deadline(at(2026, 5, 7), "1 working day", calendar=wc).last_day == date(2026, 5, 11)
    assert deadline(at(2027, 5, 6), "1 working day", calendar=wc).last_day == date(2027, 5, 7)
    federal = WorkingCalendar(holidays=belgium.FEDERAL_ADMINISTRATION, timezone=BRUSSELS)
    assert deadline(at(2026, 5, 7), "1 working day", calendar=federal).last_day == date(2026, 5, 8)


def test_the_python_calendar_takes_spans() -> None:
    calendar = RuleCalendar(
        name="Closed", rules=(DateSpan(first=(2, 27), last=(3, 1), name="Inventory"),)
    )
    assert list(calendar.in_year(2028)) == [
        date(2028, 2, 27),
        date(2028, 2, 28),
        date(2028, 2, 29),
        date(2028, 3, 1),
    ]
    assert list(calendar.in_year(2027)) == [date(2027, 2, 27), date(2027, 2, 28), date(2027, 3, 1)]
    with pytest.raises(CharterError, match="does not exist in month 2"):
        DateSpan(first=(2, 30), last=(3, 1), name="x")


def test_since_and_until_may_be_null_in_both_the_loader_and_the_schema() -> None:
    data = document(recurring=[{"date": "05-08", "since": None, "until": None}])
    jsonschema.validate(data, charter.json_schema())
    (rule,) = charter.loads(json.dumps(data)).calendars[0].recurring
    assert rule == FixedDate(month=5, day=8, name=charter.CLOSED)


# -- counting rules read a later receipt as never due earlier ----------------------------------

FEDERAL = WorkingCalendar(holidays=belgium.FEDERAL_ADMINISTRATION, timezone=BRUSSELS)
RULES = [
    charter.SERVICE_STANDARD,
    charter.SERVICE_STANDARD.replace(cutoff=time(17)),
    charter.SERVICE_STANDARD.replace(cutoff=time(16), cutoff_non_working_day=True),
    charter.SERVICE_STANDARD.replace(cutoff_non_working_day=True, roll_forward=True),
    charter.EU_1182_71,
    charter.BE_JUDICIAL_CODE,
]


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(datetime(2026, 1, 1), datetime(2028, 12, 31)),
    st.integers(1, 96 * 60),
    st.sampled_from(RULES),
    st.sampled_from(["1 working day", "5 working days", "3 days", "30 days", "1 month"]),
)
def test_a_later_receipt_is_never_due_earlier(
    first: datetime, minutes: int, rule: charter.CountingRule, period: str
) -> None:
    early = first.replace(tzinfo=BRUSSELS)
    late = early + timedelta(minutes=minutes)
    a = deadline(early, period, calendar=FEDERAL, rule=rule)
    b = deadline(late, period, calendar=FEDERAL, rule=rule)
    assert a.due <= b.due, (rule.name, period, early, late)


def test_a_receipt_after_the_cutoff_on_a_friday_counts_as_the_saturday() -> None:
    rule = charter.SERVICE_STANDARD.replace(cutoff=time(17))
    friday = deadline(at(2026, 10, 16, 18), "1 working day", calendar=FEDERAL, rule=rule)
    saturday = deadline(at(2026, 10, 17, 10), "1 working day", calendar=FEDERAL, rule=rule)
    assert friday.last_day == saturday.last_day == date(2026, 10, 19)


# -- validity --------------------------------------------------------------------------------------


def test_a_question_received_after_the_charter_ends_is_refused() -> None:
    c = attrs.evolve(charter.examples.load(), valid_until=date(2026, 12, 31))
    assert c.deadline("informative", at(2026, 12, 31, 23)).last_day == date(2027, 1, 8)
    with pytest.raises(
        CharterValueError, match="valid until 2026-12-31: a question received on 2027-01-01"
    ):
        c.deadline("informative", datetime(2026, 12, 31, 23, 30, tzinfo=ZoneInfo("UTC")))
    late = Case(guarantee="informative", received=at(2027, 1, 4), reference="L-1")
    with pytest.raises(CaseError, match="case 'L-1': the charter is valid until"):
        c.evaluate(late, at(2027, 1, 5))
    early = Case(guarantee="informative", received=at(2026, 12, 30), reference="E-1")
    report = charter.compliance(c, [early, late], at=at(2027, 1, 20))
    info = report.guarantee("informative")
    assert sum(info.counts.values()) == 1
    assert report.skipped.count == 1


# -- warnings ---------------------------------------------------------------------------------


def warnings_of(data: dict[str, Any]) -> list[tuple[str, str]]:
    return [(w.path, w.message) for w in charter.loads(json.dumps(data)).warnings()]


def test_dated_closures_that_run_out_are_warned_about() -> None:
    dated = document(closures={"2026-05-15": "Bridge day"})
    (found,) = warnings_of(dated)
    assert found[0] == "$.calendars[0].closures"
    assert "dated up to 2026 and the charter has no end date" in found[1]
    assert "from 2027 on" in found[1]
    assert warnings_of({**dated, "valid_until": "2026-12-31"}) == []
    (later,) = warnings_of({**dated, "valid_until": "2027-06-30"})
    assert "the charter is valid until 2027-06-30" in later[1]
    assert warnings_of(document(recurring=EVERY_YEAR)) == []


def test_a_rule_that_changes_the_plain_reading_is_warned_about() -> None:
    data = document()
    data["guarantees"][0]["rule"] = {
        "base": "SERVICE_STANDARD",
        "name": "moved",
        "cutoff_non_working_day": True,
    }
    (found,) = warnings_of(data)
    assert found[0] == "$.guarantees[0].rule"
    assert "moves a receipt on a closed day" in found[1]
    data["guarantees"][0]["period"] = "30 days"
    data["guarantees"][0]["rule"] = {
        "base": "SERVICE_STANDARD",
        "name": "rolled",
        "roll_forward": True,
    }
    (found,) = warnings_of(data)
    assert "can end later than read (roll_forward)" in found[1]
    data["guarantees"][0]["rule"] = "EU_1182_71"  # the law's reading: no warning
    assert warnings_of(data) == []
    data["guarantees"][0]["period"] = "4 hours"
    data["guarantees"][0]["rule"] = {"base": "SERVICE_STANDARD", "name": "r", "roll_forward": True}
    assert warnings_of(data) == []  # hours never roll


def test_hours_that_contradict_their_channel_or_calendar_are_warned_about() -> None:
    data = document()
    desk = data["channels"][0]
    desk["hours"] = {
        "weekly": {"Mo-Fr": "09:00-12:00"},
        "special": [{"start": "2026-12-25", "hours": "10:00-12:00"}],
        "by_appointment": True,
        "calendar": "office",
    }
    data["valid_until"] = "2026-12-31"
    found = warnings_of(data)
    assert [path for path, _ in found] == [
        "$.channels[0].appointment",
        "$.channels[0].hours.special[0]",
    ]
    assert "open on 2026-12-25, a day off of the hours' calendar ('Christmas Day')" in found[1][1]
    data["channels"][0]["appointment"] = "required"
    data["calendars"].append({"id": "other", "holidays": "be-legal"})
    data["guarantees"][0]["calendar"] = "other"
    found = warnings_of(data)
    assert [path for path, _ in found] == [
        "$.channels[0].hours.special[0]",
        "$.guarantees[0].channels[0]",
    ]
    assert "counts the working days of calendar 'other'" in found[1][1]


def validate(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["validate", *argv], out)
    return code, out.getvalue()


def test_validate_prints_warnings_and_strict_fails_on_them(tmp_path: Path) -> None:
    path = tmp_path / "dated.json"
    path.write_text(json.dumps(document(closures={"2026-05-15": "Bridge day"})), encoding="utf-8")
    code, printed = validate(str(path))
    assert code == 0
    assert printed.splitlines()[0] == f"{path}: valid, 1 warning"
    assert printed.splitlines()[1].startswith("  warning: $.calendars[0].closures: ")
    assert validate("--strict", str(path))[0] == 1
    code, printed = validate("--json", str(path))
    (result,) = json.loads(printed)
    assert (code, result["valid"]) == (0, True)
    assert [w["path"] for w in result["warnings"]] == ["$.calendars[0].closures"]


def test_warnings_never_look_past_2200_nor_quote_a_whole_name(tmp_path: Path) -> None:
    data = document()
    data["valid_from"] = "2199-01-01"
    data["channels"][0]["hours"] = {
        "weekly": {"Mo-Fr": "09:00-12:00"},
        "special": [{"start": "Dec 24", "hours": "10:00-12:00"}],
        "calendar": "office",
    }
    assert warnings_of(data) == []
    path = tmp_path / "late.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert validate(str(path)) == (0, f"{path}: valid\n")
    data = document(recurring=[{"date": "12-24", "name": "x" * 50_000}])
    data["valid_from"] = "2026-01-01"
    data["channels"][0]["hours"] = {
        "weekly": {"Mo-Fr": "09:00-12:00"},
        "special": [{"start": "Dec 24", "hours": "10:00-12:00"}],
        "calendar": "office",
    }
    (found,) = warnings_of(data)
    assert len(found[1]) < 300


def test_the_bundled_examples_have_no_warnings() -> None:
    for name in charter.examples.names():
        assert charter.examples.load(name).warnings() == (), name
