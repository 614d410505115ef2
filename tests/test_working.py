import random
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from charter import (
    CharterTypeError,
    CharterValueError,
    Dates,
    DayOffKind,
    NthWeekday,
    RuleCalendar,
    UnknownTimezoneError,
    UnsupportedYearError,
    Weekday,
    WorkingCalendar,
    belgium,
)
from strategies import NEAR_2026, WORKWEEKS, working_calendars

BRUSSELS = "Europe/Brussels"
FEDERAL = WorkingCalendar(
    holidays=belgium.FEDERAL_ADMINISTRATION,
    timezone=BRUSSELS,
    closures=Dates({date(2026, 5, 15): "Bridge day", date(2026, 7, 20): "Bridge day"}),
)
LEGAL = WorkingCalendar(holidays=belgium.LEGAL, timezone=BRUSSELS)


@pytest.mark.parametrize(
    ("start", "n", "expected", "why"),
    [
        (date(2026, 12, 26), 1, date(2026, 12, 28), "from a Saturday, 1 is the Monday"),
        (date(2026, 12, 24), 1, date(2026, 12, 28), "Christmas Friday, then the weekend"),
        (date(2026, 12, 28), 0, date(2026, 12, 28), "0 from a working day is that day"),
        (date(2026, 12, 26), 0, date(2026, 12, 28), "0 from a Saturday is the Monday"),
        (date(2026, 12, 28), -1, date(2026, 12, 24), "backwards over the weekend and Christmas"),
        (date(2026, 12, 27), -1, date(2026, 12, 24), "backwards from a Sunday"),
        (date(2026, 12, 31), 1, date(2027, 1, 4), "over New Year and a weekend"),
        (date(2027, 1, 4), -1, date(2026, 12, 31), "backwards over New Year"),
        (date(2026, 12, 24), 250, date(2027, 12, 21), "250 working days (numpy agrees)"),
        (date(2026, 3, 2), 5, date(2026, 3, 9), "a plain week"),
        (date(2026, 4, 3), 1, date(2026, 4, 7), "Easter Monday 2026"),
    ],
)
def test_add_working_days_worked_examples(start: date, n: int, expected: date, why: str) -> None:
    assert LEGAL.add_working_days(start, n) == expected, why


def test_closures_and_the_federal_days() -> None:
    assert FEDERAL.add_working_days(date(2026, 5, 13), 1) == date(2026, 5, 18)  # Ascension, bridge
    assert FEDERAL.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 28)
    assert FEDERAL.add_working_days(date(2026, 10, 30), 1) == date(2026, 11, 3)  # 2 Nov
    assert FEDERAL.next_working_day(date(2026, 7, 17)) == date(2026, 7, 22)
    assert FEDERAL.previous_working_day(date(2026, 7, 22)) == date(2026, 7, 17)


def test_day_off_says_why() -> None:
    bridge = FEDERAL.day_off(date(2026, 5, 15))
    assert bridge is not None
    assert (bridge.kind, bridge.name and bridge.name["en"]) == (DayOffKind.CLOSURE, "Bridge day")
    christmas = FEDERAL.day_off(date(2026, 12, 25))
    assert christmas is not None
    assert christmas.kind is DayOffKind.HOLIDAY
    assert christmas.name is not None
    assert christmas.name["nl"] == "Kerstmis"
    sunday = FEDERAL.day_off(date(2026, 12, 27))
    assert sunday is not None
    assert (sunday.kind, sunday.name) == (DayOffKind.REST_DAY, None)
    assert FEDERAL.day_off(date(2026, 12, 28)) is None


def test_extra_working_days_override_weekends_and_holidays() -> None:
    wc = WorkingCalendar(
        holidays=belgium.LEGAL,
        timezone=BRUSSELS,
        extra_working_days={date(2026, 12, 26): "Open Saturday", date(2026, 12, 25): "On duty"},
    )
    assert wc.is_working_day(date(2026, 12, 26))
    assert wc.is_working_day(date(2026, 12, 25))
    assert wc.add_working_days(date(2026, 12, 24), 2) == date(2026, 12, 26)
    assert wc.day_off(date(2026, 12, 26)) is None


def test_a_saturday_work_week() -> None:
    wc = WorkingCalendar(holidays=belgium.LEGAL, timezone=BRUSSELS, workweek=range(6))
    assert wc.workweek == frozenset(Weekday) - {Weekday.SUNDAY}
    assert wc.add_working_days(date(2026, 12, 24), 1) == date(2026, 12, 26)


def test_working_days_between_counts_the_half_open_range() -> None:
    assert LEGAL.working_days_between(date(2026, 12, 24), date(2026, 12, 31)) == 4
    assert LEGAL.working_days_between(date(2026, 12, 31), date(2026, 12, 24)) == -4
    assert LEGAL.working_days_between(date(2026, 12, 26), date(2026, 12, 26)) == 0
    assert LEGAL.working_days_between(date(2026, 12, 25), date(2026, 12, 28)) == 1
    assert (
        LEGAL.working_days_between(date(2025, 12, 31), date(2027, 12, 31)) == 507
    )  # numpy.busday_count


def test_the_zone_is_kept() -> None:
    assert FEDERAL.zone == ZoneInfo(BRUSSELS)
    assert FEDERAL.timezone == BRUSSELS


# -- against numpy.busday_offset --------------------------------------------------------------


def _numpy_weekmask(workweek: frozenset[Weekday]) -> str:
    return "".join("1" if day in workweek else "0" for day in Weekday)


def test_add_working_days_agrees_with_numpy_on_10000_random_cases() -> None:
    """numpy rolls backward for n >= 1 and forward for n <= -1: the same semantics as ours."""
    rng = random.Random(20261127)
    checked = 0
    for _ in range(50):
        workweek = frozenset(rng.sample(list(Weekday), rng.randint(1, 7)))
        base = date(rng.randint(1905, 2190), 1, 1)
        holidays = {base + timedelta(days=rng.randint(-1200, 1200)) for _ in range(60)}
        closures = {base + timedelta(days=rng.randint(-1200, 1200)) for _ in range(15)}
        if rng.random() < 0.3:
            holidays |= {
                d for y in range(base.year - 4, base.year + 5) for d in belgium.LEGAL.in_year(y)
            }
        wc = WorkingCalendar(
            holidays=Dates(holidays), timezone=BRUSSELS, workweek=workweek, closures=closures
        )
        calendar = np.busdaycalendar(
            weekmask=_numpy_weekmask(workweek),
            holidays=np.array(sorted(holidays | closures), dtype="datetime64[D]"),
        )
        for _ in range(200):
            start = base + timedelta(days=rng.randint(-400, 400))
            n = rng.choice([k for k in range(-300, 301) if k != 0])
            roll: Literal["backward", "forward"] = "backward" if n >= 1 else "forward"
            expected = np.busday_offset(np.datetime64(start, "D"), n, roll=roll, busdaycal=calendar)
            assert wc.add_working_days(start, n) == expected.astype(date), (start, n, workweek)
            checked += 1
    assert checked == 10_000


# -- properties ---------------------------------------------------------------------------------


@given(working_calendars(), NEAR_2026, st.integers(-300, 300))
def test_the_result_is_a_working_day(wc: WorkingCalendar, d: date, n: int) -> None:
    assert wc.is_working_day(wc.add_working_days(d, n))


@given(working_calendars(), NEAR_2026, st.integers(1, 300))
def test_between_undoes_add(wc: WorkingCalendar, d: date, n: int) -> None:
    assert wc.working_days_between(d, wc.add_working_days(d, n)) == n


@given(working_calendars(), NEAR_2026, NEAR_2026, st.integers(-300, 300))
def test_monotonic_in_the_start_date(wc: WorkingCalendar, a: date, b: date, n: int) -> None:
    a, b = min(a, b), max(a, b)
    assert wc.add_working_days(a, n) <= wc.add_working_days(b, n)


@given(working_calendars(), NEAR_2026, st.integers(1, 200), st.integers(1, 200))
def test_additions_compose(wc: WorkingCalendar, d: date, a: int, b: int) -> None:
    assert wc.add_working_days(wc.add_working_days(d, a), b) == wc.add_working_days(d, a + b)


@given(working_calendars(), NEAR_2026, st.integers(1, 300))
def test_backwards_undoes_forwards_from_a_working_day(wc: WorkingCalendar, d: date, n: int) -> None:
    start = wc.add_working_days(d, 0)
    assert wc.add_working_days(wc.add_working_days(start, n), -n) == start
    assert wc.working_days_between(start, wc.add_working_days(start, -n)) == -n


def _worked(wc: WorkingCalendar, d: date) -> bool:
    """The definition of a working day, straight from the calendar's parts (no index)."""
    if wc.extra_working_days.is_holiday(d):
        return True
    return (
        d.weekday() in wc.workweek
        and not wc.holidays.is_holiday(d)
        and not wc.closures.is_holiday(d)
    )


@given(working_calendars(), NEAR_2026, st.integers(-40, 40))
def test_agrees_with_a_day_by_day_walk(wc: WorkingCalendar, d: date, n: int) -> None:
    step = timedelta(days=1 if n >= 0 else -1)
    walked, count = d, 0
    if n == 0:
        while not _worked(wc, walked):
            walked += step
    while count < abs(n):
        walked += step
        count += _worked(wc, walked)
    assert wc.add_working_days(d, n) == walked
    assert wc.is_working_day(d) == _worked(wc, d)


@given(WORKWEEKS)
def test_workweek_accepts_numbers_and_members(days: frozenset[Weekday]) -> None:
    as_numbers = WorkingCalendar(
        holidays=Dates(), timezone=BRUSSELS, workweek=[int(d) for d in days]
    )
    assert as_numbers.workweek == days


# -- bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: LEGAL.add_working_days(datetime(2026, 1, 5, 9), 1),
            CharterTypeError,
            "got datetime",
        ),
        (
            lambda: LEGAL.add_working_days("2026-01-05", 1),  # type: ignore[arg-type]
            CharterTypeError,
            "got str '2026-01-05'",
        ),
        (
            lambda: LEGAL.add_working_days(date(2026, 1, 5), 1.0),  # type: ignore[arg-type]
            CharterTypeError,
            "got float 1.0",
        ),
        (lambda: LEGAL.add_working_days(date(2026, 1, 5), True), CharterTypeError, "got bool True"),
        (lambda: LEGAL.add_working_days(date(1899, 12, 31), 1), UnsupportedYearError, "1899-12-31"),
        (
            lambda: LEGAL.add_working_days(date(2200, 12, 1), 30),
            UnsupportedYearError,
            "30 working days from 2200-12-01 fall outside the supported years 1900-2200",
        ),
        (
            lambda: LEGAL.add_working_days(date(1900, 1, 3), -5),
            UnsupportedYearError,
            "-5 working days from 1900-01-03",
        ),
        (lambda: LEGAL.is_working_day(datetime(2026, 1, 5)), CharterTypeError, "got datetime"),
        (
            lambda: LEGAL.working_days_between(date(2026, 1, 1), date(2201, 1, 1)),
            UnsupportedYearError,
            "2201-01-01",
        ),
    ],
)
def test_bad_arguments_name_the_value(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"workweek": ()}, CharterValueError, "the work week is empty"),
        ({"workweek": "mo-fr"}, CharterTypeError, "expected a list of weekdays, got str"),
        ({"workweek": [7]}, CharterValueError, "weekday 7 is not a number 0-6"),
        (
            {"timezone": "Europe/Brussel"},
            UnknownTimezoneError,
            "unknown time zone 'Europe/Brussel'",
        ),
        ({"timezone": "../etc"}, UnknownTimezoneError, "'../etc'"),
        ({"timezone": None}, UnknownTimezoneError, "None"),
        ({"holidays": "be-legal"}, CharterTypeError, "expected a HolidayCalendar"),
        (
            {"closures": {date(2026, 12, 26): "x"}, "extra_working_days": [date(2026, 12, 26)]},
            CharterValueError,
            "2026-12-26 is both a closure day and an extra working day",
        ),
    ],
)
def test_bad_calendars_are_refused(
    options: dict[str, object], error: type[Exception], message: str
) -> None:
    arguments: dict[str, object] = {"holidays": belgium.LEGAL, "timezone": BRUSSELS, **options}
    with pytest.raises(error, match=message):
        WorkingCalendar(**arguments)  # type: ignore[arg-type]


def test_an_int_subclass_is_a_count() -> None:
    assert LEGAL.add_working_days(date(2026, 3, 2), Weekday.FRIDAY) == date(2026, 3, 6)


def test_the_edges_of_the_supported_years() -> None:
    assert LEGAL.add_working_days(date(2200, 12, 30), 1) == date(2200, 12, 31)  # a Wednesday
    assert LEGAL.add_working_days(date(1900, 1, 3), -1) == date(1900, 1, 2)
    assert LEGAL.working_days_between(date(1900, 1, 1), date(2200, 12, 31)) > 75_000
    with pytest.raises(UnsupportedYearError):
        LEGAL.add_working_days(date(2200, 12, 31), 1)
    with pytest.raises(UnsupportedYearError):
        LEGAL.add_working_days(date(1900, 1, 2), -1)  # 1 January 1900 is a holiday


def test_a_year_without_working_days_is_crossed() -> None:
    sundays_2027 = Dates(
        [
            date(2027, 1, 3) + timedelta(weeks=k)
            for k in range(53)
            if (date(2027, 1, 3) + timedelta(weeks=k)).year == 2027
        ]
    )
    wc = WorkingCalendar(
        holidays=Dates(), timezone=BRUSSELS, workweek=[Weekday.SUNDAY], closures=sundays_2027
    )
    assert wc.add_working_days(date(2026, 12, 27), 1) == date(2028, 1, 2)
    assert wc.add_working_days(date(2028, 1, 2), -1) == date(2026, 12, 27)
    assert wc.working_days_between(date(2026, 12, 27), date(2028, 1, 2)) == 1


def test_closures_from_a_rule_calendar() -> None:
    staff_day = RuleCalendar(
        name="Staff day",
        rules=(NthWeekday(month=6, weekday=Weekday.FRIDAY, n=-1, name="Staff day"),),
    )
    wc = WorkingCalendar(holidays=belgium.LEGAL, timezone=BRUSSELS, closures=staff_day)
    assert not wc.is_working_day(date(2026, 6, 26))
    assert wc.add_working_days(date(2026, 6, 25), 1) == date(2026, 6, 29)
    off = wc.day_off(date(2026, 6, 26))
    assert off is not None
    assert off.kind is DayOffKind.CLOSURE


def test_the_hosts_zone_is_not_a_zone() -> None:
    with pytest.raises(UnknownTimezoneError, match="'localtime'"):
        WorkingCalendar(holidays=belgium.LEGAL, timezone="localtime")


def test_no_holidays_and_whole_week() -> None:
    wc = WorkingCalendar(holidays=Dates(), timezone="UTC", workweek=list(Weekday))
    assert wc.add_working_days(date(2026, 1, 1), 365) == date(2027, 1, 1)
    assert wc.working_days_between(date(2026, 1, 1), date(2027, 1, 1)) == 365


def test_days_off_lists_holidays_and_closures_on_work_week_days() -> None:
    found = FEDERAL.days_off(date(2026, 12, 20), date(2027, 1, 5))
    assert [(d.date, d.kind) for d in found] == [
        (date(2026, 12, 25), DayOffKind.HOLIDAY),
        (date(2027, 1, 1), DayOffKind.HOLIDAY),
    ]  # 26 December 2026 is a Saturday: a rest day anyway
    assert [d.date for d in FEDERAL.days_off(date(2026, 5, 1), date(2026, 5, 31))] == [
        date(2026, 5, 1),
        date(2026, 5, 14),
        date(2026, 5, 15),
        date(2026, 5, 25),
    ]
    assert FEDERAL.days_off(date(2026, 6, 1), date(2026, 6, 30)) == []


def test_midnight_is_the_start_of_the_local_day() -> None:
    assert FEDERAL.midnight(date(2026, 3, 29)) == datetime(2026, 3, 29, tzinfo=ZoneInfo(BRUSSELS))
    assert FEDERAL.midnight(date(2026, 3, 29)).utcoffset() == timedelta(hours=1)
    assert FEDERAL.midnight(date(2026, 3, 30)).utcoffset() == timedelta(hours=2)
    assert FEDERAL.midnight(date(2026, 3, 30)) is FEDERAL.midnight(date(2026, 3, 30))
