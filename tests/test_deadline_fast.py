"""The fast path of a deadline without events equals the general computation.

``deadline`` computes a deadline without suspension or extension straight on, with the
day it starts remembered by the calendar (charter.clock.deadline._fast_deadline); the
general computation (``general_deadline``) takes every history. They must agree on every
answer: the due instant, the last day and every step (``==``), or the same error. The
rules here are the presets and variants of their switches (the fast path is chosen by
the switches, never by which preset a rule is).
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from charter import (
    BE_JUDICIAL_CODE,
    EU_1182_71,
    SERVICE_STANDARD,
    Answered,
    CharterError,
    CountingRule,
    Dates,
    Deadline,
    EndOfPeriod,
    MonthEnd,
    Period,
    Unit,
    WorkingCalendar,
    belgium,
    deadline,
)
from charter.clock.deadline import _fast_unit, general_deadline, unchecked_deadline
from strategies import working_calendars

BRUSSELS = ZoneInfo("Europe/Brussels")

#: The presets, and variants of every switch the fast path reads.
RULES = [
    EU_1182_71,
    BE_JUDICIAL_CODE,
    SERVICE_STANDARD,
    SERVICE_STANDARD.replace(cutoff=time(16)),
    SERVICE_STANDARD.replace(cutoff=time(0, 1), cutoff_non_working_day=False),
    SERVICE_STANDARD.replace(cutoff_non_working_day=False, roll_forward=False),
    SERVICE_STANDARD.replace(cutoff_non_working_day=False),
    SERVICE_STANDARD.replace(roll_forward=False),
    SERVICE_STANDARD.replace(count_event_day=True, min_working_days=3),
    SERVICE_STANDARD.replace(end=EndOfPeriod.SAME_TIME),
    EU_1182_71.replace(cutoff=time(12, 30), month_end=MonthEnd.NEXT_DAY),
    EU_1182_71.replace(end=EndOfPeriod.SAME_TIME, roll_forward=False),
    EU_1182_71.replace(public_holidays="be-legal", min_working_days=5),
    BE_JUDICIAL_CODE.replace(cutoff=time(17), cutoff_non_working_day=True),
    BE_JUDICIAL_CODE.replace(count_event_day=True, days_off="non_working_days"),
]
UNITS = [Unit.DAYS, Unit.WORKING_DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS, Unit.HOURS]
#: Amounts by unit: small ones (the minimum of working days, one day) and large ones.
AMOUNTS = {
    Unit.DAYS: (1, 2, 3, 10, 15, 30, 400),
    Unit.WORKING_DAYS: (1, 2, 5, 20, 250, 700),
    Unit.WEEKS: (1, 2, 6, 52),
    Unit.MONTHS: (1, 2, 3, 13),
    Unit.YEARS: (1, 2),
    Unit.HOURS: (1, 4, 48),
}
CALENDARS = [
    WorkingCalendar(holidays=belgium.FEDERAL_ADMINISTRATION, timezone="Europe/Brussels"),
    WorkingCalendar(
        holidays=belgium.LEGAL,
        timezone="Europe/Brussels",
        workweek=(1, 2, 3, 4, 5),  # Tuesday to Saturday
        closures=Dates({date(2026, 5, 15): "bridge day", date(2026, 12, 31): "year end"}),
        extra_working_days=Dates({date(2026, 12, 27): "move"}),
    ),
    # Midnight does not exist on some days in São Paulo (the clocks went forward at 00:00).
    WorkingCalendar(holidays=Dates(), timezone="America/Sao_Paulo"),
]
ZONES = [BRUSSELS, ZoneInfo("America/Sao_Paulo"), ZoneInfo("Asia/Tokyo"), UTC]


def outcome(compute: object) -> Deadline | tuple[str, str]:
    """The deadline *compute* gives, or its error as (type, message)."""
    try:
        return compute()  # type: ignore[operator,no-any-return]
    except CharterError as error:
        return type(error).__name__, str(error)


def both(
    received: datetime, period: Period, calendar: WorkingCalendar, rule: CountingRule
) -> tuple[Deadline | tuple[str, str], Deadline | tuple[str, str]]:
    """The public call's answer (fast where it may be) and the general computation's."""
    fast = outcome(lambda: deadline(received, period, calendar=calendar, rule=rule))
    general = outcome(
        lambda: general_deadline(
            received, period, calendar=calendar, rule=rule, hours=None, events=()
        )
    )
    return fast, general


def test_the_fast_path_is_chosen_by_the_switches_not_the_preset() -> None:
    five = Period(5, Unit.WORKING_DAYS)
    for rule in (SERVICE_STANDARD, EU_1182_71, BE_JUDICIAL_CODE):
        assert _fast_unit(five, rule) is Unit.WORKING_DAYS
        copy = CountingRule.from_mapping({"name": "mine", **_switches(rule)})
        assert _fast_unit(five, copy) is Unit.WORKING_DAYS
        assert _fast_unit(five, rule.replace(judicial_vacation=True)) is None
        assert _fast_unit(five, rule.replace(notification="posted")) is None
        assert _fast_unit(five, rule.replace(cutoff_outside_hours=True)) is None
        assert _fast_unit(five, rule.replace(end="close_of_business")) is None
    assert _fast_unit(Period(4, Unit.HOURS), SERVICE_STANDARD) is None
    assert _fast_unit(Period("1 month 15 days"), EU_1182_71) is None


def _switches(rule: CountingRule) -> dict[str, object]:
    names = ("count_event_day", "cutoff", "cutoff_non_working_day", "roll_forward")
    more = ("min_working_days", "month_end", "months_from_first_day", "days_off", "end")
    return {name: getattr(rule, name) for name in names + more} | {
        "public_holidays": rule.public_holidays
    }


def test_bulk_seeded_fast_equals_general() -> None:
    """12 000 random cases: every rule, unit, calendar; receipts 1900-2200 and near now."""
    rng = random.Random(19)
    paths: Counter[str] = Counter()
    for _ in range(12_000):
        rule = rng.choice(RULES)
        unit = rng.choice(UNITS)
        period = Period(rng.choice(AMOUNTS[unit]), unit)
        calendar = rng.choice(CALENDARS)
        zone = rng.choice(ZONES)
        where = rng.random()
        if where < 0.8:  # mostly near now, where days repeat and the memo answers
            day = date(2025, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        elif where < 0.9:  # anywhere in the supported years
            day = date(1900, 1, 2) + timedelta(days=rng.randrange(109_500))
        else:  # near their end, where a period may end outside them
            day = date(2200, 12, 30) - timedelta(days=rng.randrange(800))
        local = datetime.combine(day, time(rng.randrange(24), rng.choice((0, 1, 30, 59))))
        received = local.replace(tzinfo=zone)
        fast, general = both(received, period, calendar, rule)
        assert fast == general, (received, period, rule.name, calendar.timezone)
        paths["fast" if _fast_unit(period, rule) else "general"] += 1
        paths["error" if isinstance(fast, tuple) else "answer"] += 1
    # The comparison is worth something: most cases took the fast path and found a date.
    assert paths["fast"] > 8_000
    assert paths["answer"] > 10_000
    assert paths["error"] > 0  # and the errors near 1900 and 2200 agree too


def test_a_remembered_day_gives_the_same_steps_to_every_receipt_of_it() -> None:
    calendar = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
    period = Period(5, Unit.WORKING_DAYS)
    first = deadline(datetime(2026, 12, 24, 9, tzinfo=BRUSSELS), period, calendar=calendar)
    again = deadline(datetime(2026, 12, 24, 15, tzinfo=BRUSSELS), period, calendar=calendar)
    assert first.steps[1:] == again.steps[1:]
    assert again.received.hour == 15
    assert again.steps[0].at == again.received  # type: ignore[union-attr]
    general = general_deadline(
        again.received, period, calendar=calendar, rule=SERVICE_STANDARD, hours=None, events=()
    )
    assert again == general
    assert [type(s).__name__ for s in again.steps].count("DayOff") == 2  # Christmas, New Year


def test_every_receipt_of_a_day_against_one_memo() -> None:
    """Receipts through the day (before and after a cut-off, on days off) share a memo."""
    calendar = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
    start = datetime(2026, 12, 17, tzinfo=UTC)
    moved = 0
    for rule in RULES:
        for period in (Period(5, Unit.WORKING_DAYS), Period(10, Unit.DAYS)):
            for step in range(0, 21 * 24 * 60, 83):  # three weeks, Christmas in them
                received = (start + timedelta(minutes=step)).astimezone(BRUSSELS)
                fast, general = both(received, period, calendar, rule)
                assert fast == general, (received, period, rule)
                assert isinstance(fast, Deadline)
                moved += type(fast.steps[1]).__name__ == "MovedPastCutoff"
    assert moved > 1000


def test_the_cases_memo_gives_the_general_answers() -> None:
    """``unchecked_deadline`` with a case's memo, answered or not, as ``Charter.evaluate``."""
    rng = random.Random(6)
    memo: dict[date, object] = {}
    calendar = CALENDARS[1]
    period = Period(10, Unit.DAYS)
    for _ in range(2000):
        received = datetime(2026, 1, 1, tzinfo=BRUSSELS) + timedelta(
            minutes=rng.randrange(400 * 24 * 60)
        )
        events = [Answered(at=received + timedelta(days=3))] if rng.random() < 0.5 else []
        fast = unchecked_deadline(
            received,
            period,
            calendar=calendar,
            rule=EU_1182_71,
            hours=None,
            events=events,
            resume_at=None,
            notice_required=True,
            memo=memo,  # type: ignore[arg-type]
        )
        general = general_deadline(
            received, period, calendar=calendar, rule=EU_1182_71, hours=None, events=events
        )
        assert fast == general
    assert 300 < len(memo) <= 401


@given(
    calendar=working_calendars(),
    rule=st.sampled_from(RULES),
    unit=st.sampled_from(UNITS),
    amount=st.integers(1, 400),
    received=st.datetimes(
        min_value=datetime(2023, 1, 1),
        max_value=datetime(2029, 12, 31),
        timezones=st.sampled_from(ZONES),
    ),
)
def test_fast_equals_general(
    calendar: WorkingCalendar, rule: CountingRule, unit: Unit, amount: int, received: datetime
) -> None:
    fast, general = both(received, Period(amount, unit), calendar, rule)
    assert fast == general
