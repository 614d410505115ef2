from datetime import date, time

import pytest

from charter import (
    CharterTypeError,
    MonthDay,
    OpeningHours,
    OpeningHoursError,
    Season,
    SpecialHours,
    TimeRange,
    UnknownTimezoneError,
    Weekday,
    WeeklySchedule,
    belgium,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "spills"),
    [
        ("09:00-12:00", 540, 720, False),
        ("22:00-02:00", 1320, 1560, True),
        ("00:00-24:00", 0, 1440, False),
        ("18:00-24:00", 1080, 1440, False),
        ("23:59-00:00", 1439, 1440, False),
        ("12:00-11:59", 720, 2159, True),
    ],
)
def test_time_ranges(text: str, start: int, end: int, *, spills: bool) -> None:
    r = TimeRange.parse(text)
    assert (r.start, r.end, r.spills) == (start, end, spills)
    assert str(r) == text.replace("23:59-00:00", "23:59-24:00")
    assert TimeRange.parse(str(r)) == r


def test_time_range_of_times() -> None:
    assert TimeRange.of(time(22), time(2)) == TimeRange.parse("22:00-02:00")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("09:00", "not a time range"),
        ("09:00-09:00", "is empty"),
        ("24:00-02:00", "starts at 24:00"),
        ("25:00-26:00", "not a time between"),
        ("09:60-10:00", "not a time between"),
        ("9h-12h", "not a time HH:MM"),
    ],
)
def test_bad_time_ranges(text: str, message: str) -> None:
    with pytest.raises(OpeningHoursError, match=message):
        TimeRange.parse(text)


@pytest.mark.parametrize(
    ("start", "end"), [(-1, 10), (1440, 1500), (600, 600), (600, 2041), (60, 1500)]
)
def test_bad_minutes(start: int, end: int) -> None:
    with pytest.raises(OpeningHoursError):
        TimeRange(start, end)


def test_minutes_must_be_ints() -> None:
    with pytest.raises(CharterTypeError, match="a minute of the day"):
        TimeRange("09:00", 720)  # type: ignore[arg-type]


def test_weekly_schedule_parse_join_and_order() -> None:
    weekly = WeeklySchedule.parse(
        {"Mo-Fr": "13:00-17:00,09:00-12:00", "Sa": "10:00-11:00,11:00-12:00"}
    )
    assert weekly.on(Weekday.MONDAY) == (TimeRange(540, 720), TimeRange(780, 1020))
    assert weekly.on(5) == (TimeRange(600, 720),)  # touching ranges are joined
    assert weekly.on(Weekday.SUNDAY) == ()
    assert WeeklySchedule({0: ["09:00-12:00"]}) == WeeklySchedule.parse({"Mo": "09:00-12:00"})
    assert WeeklySchedule.parse({"Fr-Mo": "10:00-12:00"}).on(Weekday.SUNDAY)
    assert WeeklySchedule.always().is_always_open
    assert WeeklySchedule({}).is_closed


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: WeeklySchedule.parse({"Mo": "09:00-12:00,11:00-13:00"}), "overlap"),
        (
            lambda: WeeklySchedule.parse({"Mo-Fr": "09:00-12:00", "Fr": "13:00-14:00"}),
            "Friday is given twice",
        ),
        (lambda: WeeklySchedule.parse({"Monday": "09:00-12:00"}), "not a weekday list"),
    ],
)
def test_bad_weekly_schedules(build: object, message: str) -> None:
    with pytest.raises(OpeningHoursError, match=message):
        build()  # type: ignore[operator]


def test_weekly_schedule_refuses_other_types() -> None:
    with pytest.raises(CharterTypeError, match="mapping of weekday"):
        WeeklySchedule(["09:00-12:00"])  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="time ranges"):
        WeeklySchedule({0: 5})  # type: ignore[arg-type]


def test_month_days() -> None:
    assert str(MonthDay(12, 24)) == "Dec 24"
    assert MonthDay(2, 29).is_month_end
    assert not MonthDay(2, 28).is_month_end
    assert MonthDay.of(date(2026, 7, 21)) == MonthDay(7, 21)
    with pytest.raises(OpeningHoursError, match="02-30 is not a day of the year"):
        MonthDay(2, 30)
    with pytest.raises(OpeningHoursError, match="13-01"):
        MonthDay(13, 1)
    with pytest.raises(CharterTypeError):
        MonthDay("12", 1)  # type: ignore[arg-type]


def test_seasons_wrap_the_year_and_feb_29_ends_on_the_28th() -> None:
    winter = Season(start=MonthDay(11, 1), end=MonthDay(2, 29), weekly={0: ["10:00-12:00"]})
    assert winter.matches(date(2026, 12, 31))
    assert winter.matches(date(2027, 2, 28))
    assert not winter.matches(date(2027, 3, 1))
    assert not winter.matches(date(2026, 10, 31))
    with pytest.raises(OpeningHoursError, match="single day"):
        Season(start=MonthDay(7, 1), end=MonthDay(7, 1), weekly={})


def test_special_hours() -> None:
    eve = SpecialHours(start=MonthDay(12, 24), hours="09:00-12:00", note="Christmas Eve")
    assert eve.end == MonthDay(12, 24)
    assert eve.yearly
    assert not eve.closed
    assert eve.note is not None
    assert eve.note["en"] == "Christmas Eve"
    closure = SpecialHours(start=date(2026, 8, 3), end=date(2026, 8, 14))
    assert closure.closed
    assert closure.matches(date(2026, 8, 14))
    assert not closure.matches(date(2027, 8, 3))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"start": date(2026, 8, 3), "end": MonthDay(8, 14)}, "both ends must be dates"),
        ({"start": date(2026, 8, 14), "end": date(2026, 8, 3)}, "end 2026-08-03 before"),
        ({"start": "2026-08-03"}, "expected a date or a MonthDay"),
    ],
)
def test_bad_special_hours(options: dict[str, object], message: str) -> None:
    with pytest.raises((OpeningHoursError, CharterTypeError), match=message):
        SpecialHours(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("special", "message"),
    [
        (
            [
                SpecialHours(start=date(2026, 8, 3), end=date(2026, 8, 14)),
                SpecialHours(start=date(2026, 8, 14)),
            ],
            "overlap",
        ),
        (
            [
                SpecialHours(start=MonthDay(12, 24)),
                SpecialHours(start=date(2026, 12, 20), end=date(2026, 12, 31)),
            ],
            "overlap",
        ),
        (
            [
                SpecialHours(start=MonthDay(12, 20), end=MonthDay(1, 5)),
                SpecialHours(start=MonthDay(1, 1)),
            ],
            "overlap",
        ),
    ],
)
def test_contradictory_special_hours(special: list[SpecialHours], message: str) -> None:
    with pytest.raises(OpeningHoursError, match=message):
        OpeningHours(timezone="Europe/Brussels", special=special)


def test_overlapping_seasons_and_other_contradictions() -> None:
    summer = Season(start=MonthDay(7, 1), end=MonthDay(8, 31), weekly={})
    august = Season(start=MonthDay(8, 1), end=MonthDay(9, 30), weekly={})
    with pytest.raises(OpeningHoursError, match="seasons Jul 01-Aug 31 and Aug 01-Sep 30 overlap"):
        OpeningHours(timezone="Europe/Brussels", seasons=[summer, august])
    with pytest.raises(OpeningHoursError, match="no holidays calendar"):
        OpeningHours(timezone="Europe/Brussels", holiday_hours="10:00-12:00")
    with pytest.raises(UnknownTimezoneError):
        OpeningHours(timezone="Mars/Olympus")
    with pytest.raises(CharterTypeError, match="HolidayCalendar"):
        OpeningHours(timezone="Europe/Brussels", holidays="be-legal")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="SpecialHours"):
        OpeningHours(timezone="Europe/Brussels", special=["Dec 24 off"])  # type: ignore[list-item]
    with pytest.raises(CharterTypeError, match="a Season"):
        OpeningHours(timezone="Europe/Brussels", seasons=["Jul-Aug"])  # type: ignore[list-item]


def test_special_hours_are_kept_in_order_of_precedence() -> None:
    hours = OpeningHours(
        timezone="Europe/Brussels",
        holidays=belgium.LEGAL,
        special=[SpecialHours(start=date(2026, 1, 2)), SpecialHours(start=MonthDay(12, 24))],
    )
    assert [s.start for s in hours.special] == [MonthDay(12, 24), date(2026, 1, 2)]


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Season(start=MonthDay(8, 16), end=MonthDay(2, 29), weekly={}),
            "ends on 29 February",
        ),
        (lambda: SpecialHours(start=MonthDay(2, 28), end=MonthDay(2, 29)), "ends on 29 February"),
        (
            lambda: Season(start=MonthDay(7, 1), end=MonthDay(6, 30), weekly={}),
            "covers the whole year",
        ),
        (
            lambda: Season(start=MonthDay(1, 1), end=MonthDay(12, 31), weekly={}),
            "covers the whole year",
        ),
        (lambda: SpecialHours(start=MonthDay(3, 1), end=MonthDay(2, 29)), "whole year|29 February"),
        (lambda: SpecialHours(start=date(1899, 12, 31)), "1899-12-31 is outside"),
    ],
)
def test_yearly_periods_osm_tools_read_otherwise_are_refused(build: object, message: str) -> None:
    with pytest.raises((OpeningHoursError, ValueError), match=message):
        build()  # type: ignore[operator]


def test_a_winter_season_of_whole_months_may_end_on_29_february() -> None:
    winter = Season(start=MonthDay(11, 1), end=MonthDay(2, 29), weekly={})
    assert winter.end == MonthDay(2, 29)


def test_many_yearly_exceptions_are_checked_quickly() -> None:
    days = [MonthDay(m, d) for m in range(1, 13) for d in range(1, 29)]
    hours = OpeningHours(
        timezone="Europe/Brussels", special=[SpecialHours(start=md) for md in days]
    )
    assert len(hours.special) == 336
    with pytest.raises(OpeningHoursError, match="overlap"):
        OpeningHours(
            timezone="Europe/Brussels",
            special=[SpecialHours(start=md) for md in [*days, MonthDay(5, 5)]],
        )


def test_wrong_types_are_charter_errors() -> None:
    with pytest.raises(CharterTypeError):
        MonthDay.of("x")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError):
        WeeklySchedule.parse(None)  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError):
        WeeklySchedule.parse({1: "09:00-10:00"})  # type: ignore[dict-item]
    with pytest.raises(CharterTypeError):
        OpeningHours(timezone="Europe/Brussels", seasons=None)  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError):
        OpeningHours(timezone="Europe/Brussels", special=1)  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError):
        TimeRange.of("x", time(1))  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError):
        Season(start=(7, 1), end=MonthDay(8, 31), weekly={})  # type: ignore[arg-type]
