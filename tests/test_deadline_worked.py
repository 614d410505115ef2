"""Worked tables for the counting rules' readings: each row cites its article.

Expected dates are worked out by hand from Regulation 1182/71 art. 2-3 and the Judicial
Code art. 50-55 (docs/deadlines.md), not by the library. Monday to Friday, Europe/Brussels.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest

from charter import (
    BE_JUDICIAL_CODE,
    EU_1182_71,
    SERVICE_STANDARD,
    CountingRule,
    Dates,
    RuleError,
    WorkingCalendar,
    belgium,
    deadline,
    steps,
)
from charter.clock import Event

BRUSSELS = ZoneInfo("Europe/Brussels")
LEGAL = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
FEDERAL = WorkingCalendar(holidays=belgium.FEDERAL_ADMINISTRATION, timezone="Europe/Brussels")
#: The federal calendar with the 2026 bridge days (circular), as closure days.
FEDERAL_2026 = WorkingCalendar(
    holidays=belgium.FEDERAL_ADMINISTRATION,
    timezone="Europe/Brussels",
    closures=Dates({date(2026, 5, 15): "brugdag", date(2026, 7, 20): "brugdag"}),
)
EU_IN_BELGIUM = EU_1182_71.but(public_holidays="be-legal")


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


class Row(NamedTuple):
    article: str
    rule: CountingRule
    calendar: WorkingCalendar
    received: datetime
    period: str
    last_day: date
    events: tuple[Event, ...] = ()


def check(row: Row) -> None:
    result = deadline(
        row.received, row.period, calendar=row.calendar, rule=row.rule, events=row.events
    )
    assert result.last_day == row.last_day
    # Every row here ends at 24:00 on its last day, local midnight in Brussels.
    midnight = datetime.combine(row.last_day + timedelta(days=1), datetime.min.time(), BRUSSELS)
    assert result.due.astimezone(UTC) == midnight.astimezone(UTC)
    ends = result.steps[-1]
    assert isinstance(ends, steps.EndsAt)
    assert (ends.due, ends.last_day) == (result.due, result.last_day)


# -- which days stop the clock ---------------------------------------------------------------

DAYS_OFF = [
    Row(
        "BE 53, KB 18.4.1974: 15 November is no legal holiday (federal calendar)",
        BE_JUDICIAL_CODE,
        FEDERAL,
        at(2027, 11, 5),
        "10 days",
        date(2027, 11, 15),
    ),
    Row(
        "EU 2(1), 3(4): the calendar's holidays, 15 November among them",
        EU_1182_71,
        FEDERAL,
        at(2027, 11, 5),
        "10 days",
        date(2027, 11, 16),
    ),
    Row(
        "EU 2(1), 3(4): Belgium's public holidays on the federal calendar",
        EU_IN_BELGIUM,
        FEDERAL,
        at(2027, 11, 5),
        "10 days",
        date(2027, 11, 15),
    ),
    Row(
        "service standard: 11 and 15 November are not working days (federal)",
        SERVICE_STANDARD,
        FEDERAL,
        at(2027, 11, 8),
        "5 working days",
        date(2027, 11, 17),
    ),
    Row(
        "BE 52-53: expiry on All Souls' Day, a federal day off",
        BE_JUDICIAL_CODE,
        FEDERAL,
        at(2027, 10, 22),
        "11 days",
        date(2027, 11, 2),
    ),
    Row(
        "BE 53: expiry on 26 December, a federal day off",
        BE_JUDICIAL_CODE,
        FEDERAL,
        at(2028, 12, 16),
        "10 days",
        date(2028, 12, 26),
    ),
    Row(
        "EU 2(1), 3(4): 26 December on the federal calendar moves on",
        EU_1182_71,
        FEDERAL,
        at(2028, 12, 16),
        "10 days",
        date(2028, 12, 27),
    ),
    Row(
        "BE 53: a bridge-day closure does not move an expiry",
        BE_JUDICIAL_CODE,
        FEDERAL_2026,
        at(2026, 4, 30),
        "15 days",
        date(2026, 5, 15),
    ),
    Row(
        "service standard: Ascension and the bridge day are skipped",
        SERVICE_STANDARD,
        FEDERAL_2026,
        at(2026, 5, 11),
        "5 working days",
        date(2026, 5, 20),
    ),
    Row(
        "EU 2(2), 3(3): working days skip Ascension, not the bridge-day closure",
        EU_1182_71,
        FEDERAL_2026,
        at(2026, 5, 13),
        "3 working days",
        date(2026, 5, 19),
    ),
]


@pytest.mark.parametrize("row", DAYS_OFF, ids=[row.article for row in DAYS_OFF])
def test_days_off(row: Row) -> None:
    check(row)


def test_the_steps_say_which_days_stop_the_clock() -> None:
    result = deadline(at(2027, 11, 5), "10 days", calendar=FEDERAL, rule=BE_JUDICIAL_CODE)
    (start,) = [s for s in result.steps if isinstance(s, steps.CountingStarts)]
    assert start.days_off is BE_JUDICIAL_CODE.days_off
    assert start.days_off.value == "public_holidays"
    rolled = deadline(at(2027, 11, 5), "10 days", calendar=FEDERAL, rule=EU_1182_71)
    (moved,) = [s for s in rolled.steps if isinstance(s, steps.RolledForward)]
    assert moved.reason is not None
    assert moved.reason.name is not None
    assert moved.reason.name["nl"] == "Koningsdag"


def test_a_rule_names_a_known_calendar_of_public_holidays() -> None:
    with pytest.raises(RuleError, match="public_holidays: unknown calendar 'be-nowhere'"):
        EU_1182_71.but(public_holidays="be-nowhere")
    rule = CountingRule.from_mapping(
        {"name": "appeal", "days_off": "public_holidays", "public_holidays": "be-legal"}
    )
    assert rule.working_calendar(FEDERAL).is_working_day(date(2027, 11, 15))
    assert not SERVICE_STANDARD.working_calendar(FEDERAL).is_working_day(date(2027, 11, 15))
    assert SERVICE_STANDARD.working_calendar(FEDERAL) is FEDERAL
    with pytest.raises(RuleError, match="'weekends' is not one of"):
        CountingRule(name="odd", days_off="weekends")
