"""Worked legal examples: each row names the rule, the input, the result and the article.

Belgian legal holidays, Monday to Friday, Europe/Brussels. Expected dates are worked out
by hand from the texts (see ../shared/reference/legal-rules.md), not by the library.
"""

from datetime import UTC, date, datetime, time
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest

from charter import (
    BE_JUDICIAL_CODE,
    EU_1182_71,
    SERVICE_STANDARD,
    CountingRule,
    EndOfPeriod,
    Extended,
    OpeningHours,
    WorkingCalendar,
    belgium,
    deadline,
)

BRUSSELS = ZoneInfo("Europe/Brussels")
CALENDAR = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
OFFICE = OpeningHours.from_osm("Mo-Fr 09:00-17:00", timezone="Europe/Brussels")
CUTOFF_16 = SERVICE_STANDARD.replace(cutoff=time(16))
CLOSE_OF_BUSINESS = SERVICE_STANDARD.replace(end=EndOfPeriod.CLOSE_OF_BUSINESS)


def at(*args: int) -> datetime:
    year, month, day, *rest = args
    hour, minute = [*rest, 0, 0][:2]
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


class Row(NamedTuple):
    article: str
    rule: CountingRule
    received: datetime
    period: str
    last_day: date
    due: datetime
    extension: str | None = None


ROWS = [
    # -- Regulation 1182/71, art. 3 --------------------------------------------------------
    Row(
        "EU 3(1), 3(2)(b), 3(4): Christmas then the weekend",
        EU_1182_71,
        at(2026, 12, 15, 10),
        "10 days",
        date(2026, 12, 28),
        at(2026, 12, 29),
    ),
    Row(
        "EU 3(1), 3(2)(b): plain days",
        EU_1182_71,
        at(2026, 3, 2, 10),
        "3 days",
        date(2026, 3, 5),
        at(2026, 3, 6),
    ),
    Row(
        "EU 3(2)(c): weeks end on the same weekday",
        EU_1182_71,
        at(2026, 3, 3, 10),
        "2 weeks",
        date(2026, 3, 17),
        at(2026, 3, 18),
    ),
    Row(
        "EU 3(2)(c): months end on the same date",
        EU_1182_71,
        at(2026, 3, 16, 10),
        "1 month",
        date(2026, 4, 16),
        at(2026, 4, 17),
    ),
    Row(
        "EU 3(2)(c): month-end clamping, leap year",
        EU_1182_71,
        at(2028, 1, 31, 10),
        "1 month",
        date(2028, 2, 29),
        at(2028, 3, 1),
    ),
    Row(
        "EU 3(2)(c), 3(4): clamped to a Sunday",
        EU_1182_71,
        at(2027, 1, 31, 10),
        "1 month",
        date(2027, 3, 1),
        at(2027, 3, 2),
    ),
    Row(
        "EU 3(2)(c): a year from 29 February",
        EU_1182_71,
        at(2024, 2, 29, 10),
        "1 year",
        date(2025, 2, 28),
        at(2025, 3, 1),
    ),
    Row(
        "EU 3(4): last day a Saturday",
        EU_1182_71,
        at(2026, 3, 4, 10),
        "3 days",
        date(2026, 3, 9),
        at(2026, 3, 10),
    ),
    Row(
        "EU 3(4): last day a Sunday",
        EU_1182_71,
        at(2026, 3, 5, 10),
        "3 days",
        date(2026, 3, 9),
        at(2026, 3, 10),
    ),
    Row(
        "EU 3(4): last day Easter Monday",
        EU_1182_71,
        at(2026, 4, 2, 10),
        "4 days",
        date(2026, 4, 7),
        at(2026, 4, 8),
    ),
    Row(
        "EU 3(5): two working days at least",
        EU_1182_71,
        at(2026, 12, 18, 10),
        "2 days",
        date(2026, 12, 22),
        at(2026, 12, 23),
    ),
    Row(
        "EU 3(4), 3(5): Christmas, weekend, two working days",
        EU_1182_71,
        at(2026, 12, 24, 10),
        "2 days",
        date(2026, 12, 29),
        at(2026, 12, 30),
    ),
    Row(
        "EU 3(1), 3(2)(a): the event's hour is not counted",
        EU_1182_71,
        at(2026, 5, 4, 10, 20),
        "2 hours",
        date(2026, 5, 4),
        at(2026, 5, 4, 13),
    ),
    Row(
        "EU 3(4): hours never move to a working day",
        EU_1182_71,
        at(2026, 5, 9, 23, 30),
        "1 hour",
        date(2026, 5, 10),
        at(2026, 5, 10, 1),
    ),
    Row(
        "EU 3(3): working days skip Christmas and the weekend",
        EU_1182_71,
        at(2026, 12, 24, 10),
        "3 working days",
        date(2026, 12, 30),
        at(2026, 12, 31),
    ),
    # -- Belgian Judicial Code, art. 52-54 ---------------------------------------------------
    Row(
        "BE 52-53: Saturday expiry moves to Monday",
        BE_JUDICIAL_CODE,
        at(2026, 12, 11, 10),
        "15 days",
        date(2026, 12, 28),
        at(2026, 12, 29),
    ),
    Row(
        "BE 53: expiry on 21 July moves on",
        BE_JUDICIAL_CODE,
        at(2026, 7, 6, 10),
        "15 days",
        date(2026, 7, 22),
        at(2026, 7, 23),
    ),
    Row(
        "BE 52: midnight to midnight from the day after",
        BE_JUDICIAL_CODE,
        at(2026, 3, 2, 23, 59),
        "8 days",
        date(2026, 3, 10),
        at(2026, 3, 11),
    ),
    Row(
        "BE 54: months, to a Saturday, then Monday",
        BE_JUDICIAL_CODE,
        at(2026, 1, 14, 10),
        "1 month",
        date(2026, 2, 16),
        at(2026, 2, 17),
    ),
    Row(
        "BE 54: from the 1st to the day before the 1st",
        BE_JUDICIAL_CODE,
        at(2027, 2, 28, 10),
        "1 month",
        date(2027, 3, 31),
        at(2027, 4, 1),
    ),
    Row(
        "BE 54, 53: to 31 October, a Saturday, then past All Saints' Sunday",
        BE_JUDICIAL_CODE,
        at(2026, 9, 30, 10),
        "1 month",
        date(2026, 11, 2),
        at(2026, 11, 3),
    ),
    Row(
        "EU 3(2)(c): the event's day counted, months end the day before",
        EU_1182_71.replace(count_event_day=True),
        at(2026, 3, 1, 10),
        "1 month",
        date(2026, 3, 31),
        at(2026, 4, 1),
    ),
    Row(
        "EU 3(5) on the extended period: 1 day + 1 day",
        EU_1182_71,
        at(2026, 12, 18, 10),
        "1 day",
        date(2026, 12, 22),
        at(2026, 12, 23),
        "1 day",
    ),
    Row(
        "EU 3(1): the first hour after the event in the repeated autumn hour",
        EU_1182_71,
        at(2026, 10, 25, 2, 30),  # 02:30 CEST, the first pass
        "1 hour",
        date(2026, 10, 25),
        datetime(2026, 10, 25, 2, 0, tzinfo=UTC),  # 03:00 CET
    ),
    # -- GDPR art. 12(3), counted by Regulation 1182/71 --------------------------------------
    Row(
        "GDPR 12(3): one month",
        EU_1182_71,
        at(2026, 5, 4, 10),
        "1 month",
        date(2026, 6, 4),
        at(2026, 6, 5),
    ),
    Row(
        "GDPR 12(3): plus two months, counted from receipt",
        EU_1182_71,
        at(2026, 5, 4, 10),
        "1 month",
        date(2026, 8, 4),
        at(2026, 8, 5),
        "2 months",
    ),
    # -- SERVICE_STANDARD ---------------------------------------------------------------------
    Row(
        "service standard: five working days",
        SERVICE_STANDARD,
        at(2026, 3, 2, 10),
        "5 working days",
        date(2026, 3, 9),
        at(2026, 3, 10),
    ),
    Row(
        "service standard: after the 16:00 cut-off",
        CUTOFF_16,
        at(2026, 3, 2, 17),
        "5 working days",
        date(2026, 3, 10),
        at(2026, 3, 11),
    ),
    Row(
        "service standard: exactly at the cut-off",
        CUTOFF_16,
        at(2026, 3, 2, 16),
        "5 working days",
        date(2026, 3, 10),
        at(2026, 3, 11),
    ),
    Row(
        "service standard: received on a Saturday, Monday is day 1",
        SERVICE_STANDARD,
        at(2026, 3, 7, 10),
        "5 working days",
        date(2026, 3, 13),
        at(2026, 3, 14),
    ),
    Row(
        "service standard: received on Easter Monday, Tuesday is day 1",
        SERVICE_STANDARD,
        at(2026, 4, 6, 10),
        "5 working days",
        date(2026, 4, 13),
        at(2026, 4, 14),
    ),
    Row(
        "a charter that moves a Saturday receipt to Monday says so",
        SERVICE_STANDARD.replace(cutoff_non_working_day=True),
        at(2026, 3, 7, 10),
        "5 working days",
        date(2026, 3, 16),
        at(2026, 3, 17),
    ),
    Row(
        "service standard: 30 days from Saturday 31 October is Monday 30 November",
        SERVICE_STANDARD,
        at(2026, 10, 31, 10),
        "30 days",
        date(2026, 11, 30),
        at(2026, 12, 1),
    ),
    Row(
        "service standard: 1 month from Sunday 1 November ends Tuesday 1 December",
        SERVICE_STANDARD,
        at(2026, 11, 1, 10),
        "1 month",
        date(2026, 12, 1),
        at(2026, 12, 2),
    ),
    Row(
        "service standard: 6 days from Sunday 1 November end on Saturday 7 November",
        SERVICE_STANDARD,
        at(2026, 11, 1, 10),
        "6 days",
        date(2026, 11, 7),
        at(2026, 11, 8),
    ),
    Row(
        "service standard: a cut-off time on a Saturday changes nothing",
        CUTOFF_16,
        at(2026, 3, 7, 17),
        "5 working days",
        date(2026, 3, 13),
        at(2026, 3, 14),
    ),
    Row(
        "service standard: over Christmas and New Year",
        SERVICE_STANDARD,
        at(2026, 12, 24, 16),
        "5 working days",
        date(2027, 1, 4),
        at(2027, 1, 5),
    ),
    Row(
        "service standard: ends at close of business",
        CLOSE_OF_BUSINESS,
        at(2026, 3, 2, 10),
        "2 working days",
        date(2026, 3, 4),
        at(2026, 3, 4, 17),
    ),
    Row(
        "service standard: 4 service hours from Friday 15:00",
        SERVICE_STANDARD,
        at(2026, 7, 17, 15),
        "4 service hours",
        date(2026, 7, 20),
        at(2026, 7, 20, 11),
    ),
    # -- across the DST changes: local midnight and closing time, exactly -------------------
    Row(
        "EU 3(4) across the spring change",
        EU_1182_71,
        at(2026, 3, 26, 10),
        "3 days",
        date(2026, 3, 30),
        at(2026, 3, 31),
    ),
    Row(
        "EU 3(4) across the autumn change",
        EU_1182_71,
        at(2026, 10, 22, 10),
        "3 days",
        date(2026, 10, 26),
        at(2026, 10, 27),
    ),
    Row(
        "close of business across the spring change",
        CLOSE_OF_BUSINESS,
        at(2026, 3, 27, 10),
        "1 working day",
        date(2026, 3, 30),
        at(2026, 3, 30, 17),
    ),
    Row(
        "service hours across the spring change",
        SERVICE_STANDARD,
        at(2026, 3, 27, 15),
        "4 service hours",
        date(2026, 3, 30),
        at(2026, 3, 30, 11),
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[row.article for row in ROWS])
def test_worked_example(row: Row) -> None:
    events = [Extended(at=row.received, by=row.extension)] if row.extension else []
    result = deadline(
        row.received, row.period, calendar=CALENDAR, rule=row.rule, hours=OFFICE, events=events
    )
    assert result.last_day == row.last_day
    assert result.due.astimezone(UTC) == row.due.astimezone(UTC)
    assert result.due.utcoffset() == row.due.astimezone(BRUSSELS).utcoffset()  # the DST side
    assert result.due.tzinfo == BRUSSELS


def test_there_are_at_least_25_rows() -> None:
    assert len(ROWS) >= 25
    assert len({row.article for row in ROWS}) == len(ROWS)
