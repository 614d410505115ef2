"""The bundled examples from real charters' promises (issue 20): city, allowances, ostbelgien.

Each loads, reads back, passes the schema, says nothing the validator warns about and cites
its sources; its golden renders are in tests/golden (tests/test_language.py). The dates
below are worked by hand in the comments, over two years each.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import jsonschema
import pytest

import charter
from charter import CaseError, Extended, Started

B = ZoneInfo("Europe/Brussels")
REAL = ("city", "allowances", "ostbelgien")


def _at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=B)  # type: ignore[arg-type, misc]


@pytest.mark.parametrize("name", REAL)
def test_each_loads_cites_its_sources_and_warns_of_nothing(name: str) -> None:
    c = charter.examples.load(name)
    jsonschema.validate(json.loads(charter.examples.text(name)), charter.json_schema())
    assert charter.loads(charter.dumps(c)) == c
    assert c.sources
    assert c.warnings() == ()
    assert c.valid_until is not None
    assert c.valid_until.year - c.valid_from.year >= 1  # type: ignore[union-attr]
    for language in c.languages:  # the whole text is its golden file's
        assert c.organisation.name[language] in charter.render(c, locale=f"{language}_BE")


CITY = charter.examples.load("city")
ALLOWANCES = charter.examples.load("allowances")
OSTBELGIEN = charter.examples.load("ostbelgien")


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        (_at(2027, 1, 9, 10), True),  # the Saturday the document names
        (_at(2027, 1, 16, 10), False),  # the next: every other week
        (_at(2027, 1, 23, 10), True),
        (_at(2028, 1, 8, 10), True),  # 52 weeks after 9 January 2027: an even count
        (_at(2028, 1, 15, 10), False),
        (_at(2027, 3, 4, 10), False),  # a Thursday
        (_at(2027, 3, 3, 18, 30), True),  # a Wednesday evening, by appointment
        (_at(2027, 12, 24, 11), True),  # Friday 24 December, before noon
        (_at(2027, 12, 24, 12, 30), False),  # and after
        (_at(2027, 12, 31, 11), True),
        (_at(2027, 12, 31, 13), False),
        (_at(2028, 12, 24, 10), False),  # a Sunday: closing early opens nothing
        (_at(2028, 7, 11, 10), False),  # a Tuesday: the Flemish Community's day
    ],
)
def test_the_city_counter_keeps_its_hours(moment: datetime, open_: bool) -> None:  # noqa: FBT001
    hours = CITY.channel("loket").hours
    assert hours is not None
    assert hours.is_open(moment) is open_


def test_the_city_closes_the_working_day_after_a_holiday_on_a_weekend() -> None:
    days = CITY.calendar("stad")
    # 11 July 2027 and Christmas 2027 fall on a Sunday and a Saturday; New Year 2028 on a
    # Saturday: the next working day is a day off.
    assert not days.is_working_day(date(2027, 7, 12))
    assert not days.is_working_day(date(2027, 12, 27))
    assert not days.is_working_day(date(2028, 1, 3))
    assert days.is_working_day(date(2027, 7, 13))


@pytest.mark.parametrize(
    ("received", "last_day"),
    [
        # Friday 24 December 2027: 25 and 26 (weekend), 27 (for Christmas on a Saturday)
        # off; 28, 29, 30, 31 December (4), 1 January a Saturday, 3 January off for it,
        # 4 January (5).
        (_at(2027, 12, 24, 10), date(2028, 1, 4)),
        # Friday 22 December 2028: 25 (Christmas) and 26 (closure) off; 27, 28, 29 (3),
        # 1 January 2029 off, 2 and 3 January (5).
        (_at(2028, 12, 22, 10), date(2029, 1, 3)),
    ],
)
def test_the_city_answers_questions_in_working_days(received: datetime, last_day: date) -> None:
    assert CITY.deadline("vraag", received).last_day == last_day


def test_a_city_complaint_may_be_extended_once() -> None:
    received = _at(2027, 10, 15, 10)
    # 15 October + 45 days: 29 November; extended by 45 days, 90 from the start: 13 January.
    assert CITY.deadline("klacht", received).last_day == date(2027, 11, 29)
    extended = [Extended(at=_at(2027, 11, 20, 9), by="45 days")]
    assert CITY.deadline("klacht", received, extended).last_day == date(2028, 1, 13)
    twice = [*extended, Extended(at=_at(2027, 12, 20, 9), by="45 days")]
    with pytest.raises(CaseError, match="may be extended once only"):
        CITY.deadline("klacht", received, twice)


@pytest.mark.parametrize(
    ("notified", "last_day"),
    [
        (_at(2027, 10, 29, 10), date(2028, 2, 29)),  # four months: 29 February, a leap year
        (_at(2028, 10, 31, 10), date(2029, 2, 28)),  # "31 February" is its last day
    ],
)
def test_allowances_are_paid_within_four_months_of_the_decision(
    notified: datetime, last_day: date
) -> None:
    received = notified.replace(month=9, day=1)
    assert ALLOWANCES.deadline("paiement", received, [Started(at=notified)]).last_day == last_day
    assert OSTBELGIEN.deadline("zahlung", received, [Started(at=notified)]).last_day == last_day


def test_an_allowances_complaint_may_get_a_dated_notice() -> None:
    received = _at(2027, 12, 1, 10)
    # 45 days: Saturday 15 January 2028 (no roll forward); the notice may give up to 45
    # days more: 29 February.
    assert ALLOWANCES.deadline("plainte", received).last_day == date(2028, 1, 15)
    notice = Extended(at=_at(2028, 1, 10, 9), until=date(2028, 2, 29))
    assert ALLOWANCES.deadline("plainte", received, [notice]).last_day == date(2028, 2, 29)
    later = Extended(at=_at(2028, 1, 10, 9), until=date(2028, 3, 1))
    with pytest.raises(CaseError, match="at most 2028-02-29"):
        ALLOWANCES.deadline("plainte", received, [later])
    # The decision: four months from the receipt.
    assert ALLOWANCES.deadline("decision", _at(2027, 11, 30, 10)).last_day == date(2028, 3, 30)


@pytest.mark.parametrize(
    ("received", "last_day"),
    [
        # Monday 1 February 2027: 2-5 February (4), Carnival Monday 8 February off (Easter
        # 28 March less 48 days), 9-12 (8), 15-19 (13), 22 and 23 February (15).
        (_at(2027, 2, 1, 10), date(2027, 2, 23)),
        # Monday 21 February 2028: 22-25 (4), Carnival Monday 28 February off (Easter 16
        # April less 48 days), 29 February (5), 1-3 March (8), 6-10 (13), 13 and 14 (15).
        (_at(2028, 2, 21, 10), date(2028, 3, 14)),
    ],
)
def test_ostbelgien_counts_letters_around_carnival(received: datetime, last_day: date) -> None:
    assert OSTBELGIEN.deadline("schreiben", received).last_day == last_day


def test_ostbelgien_closes_on_the_community_s_day() -> None:
    days = OSTBELGIEN.calendar("ostbelgien")
    assert not days.is_working_day(date(2027, 11, 15))  # a Monday
    assert not days.is_working_day(date(2028, 11, 15))  # a Wednesday
    assert days.is_working_day(date(2028, 11, 16))
