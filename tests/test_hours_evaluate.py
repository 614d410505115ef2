from datetime import UTC, date, datetime, timedelta, timezone
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charter import (
    MonthDay,
    NaiveDatetimeError,
    OpeningHours,
    Season,
    SpecialHours,
    UnsupportedYearError,
    WeeklySchedule,
    belgium,
)
from strategies import INSTANTS, opening_hours

BRUSSELS = ZoneInfo("Europe/Brussels")


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


def osm(text: str) -> OpeningHours:
    return OpeningHours.from_osm(text, timezone="Europe/Brussels", holidays=belgium.LEGAL)


NIGHTLY = osm("Mo-Su 22:00-04:00")


def test_a_night_over_the_spring_change_lasts_five_hours() -> None:
    assert NIGHTLY.open_duration(at(2025, 3, 29, 12), at(2025, 3, 30, 12)) == timedelta(hours=5)


def test_a_night_over_the_autumn_change_lasts_seven_hours() -> None:
    assert NIGHTLY.open_duration(at(2025, 10, 25, 12), at(2025, 10, 26, 12)) == timedelta(hours=7)


def test_a_time_in_the_spring_gap_is_the_first_instant_after_it() -> None:
    hours = osm("Mo-Su 02:30-05:00")
    (start, end), *_ = hours.intervals(at(2025, 3, 30), at(2025, 3, 31))
    assert start.astimezone(UTC) == datetime(2025, 3, 30, 1, 0, tzinfo=UTC)  # 03:00 CEST
    assert end.astimezone(UTC) == datetime(2025, 3, 30, 3, 0, tzinfo=UTC)
    assert not hours.is_open(datetime(2025, 3, 30, 0, 59, tzinfo=UTC))
    assert osm("Mo-Su 02:00-02:45").open_duration(at(2025, 3, 30), at(2025, 3, 31)) == timedelta()


def test_an_ambiguous_autumn_time_takes_the_earlier_offset() -> None:
    hours = osm("Mo-Su 01:00-02:30")
    first, *_ = hours.intervals(at(2025, 10, 26), at(2025, 10, 27))
    assert first[1].astimezone(UTC) == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # 02:30 CEST
    assert not hours.is_open(datetime(2025, 10, 26, 1, 15, tzinfo=UTC))  # 02:15 CET


def test_design_example_holiday_replaces_the_night_before_but_spills_on() -> None:
    """docs/design.md#opening-hours-rules: with `Mo-Su 18:00-03:00; PH off` and Monday a holiday."""
    hours = osm("Mo-Su 18:00-03:00; PH off")
    easter_monday = date(2026, 4, 6)
    assert belgium.LEGAL.is_holiday(easter_monday)
    assert not hours.is_open(at(2026, 4, 6, 1))  # Sunday night's part on Monday is gone
    assert not hours.is_open(at(2026, 4, 6, 20))
    assert hours.is_open(at(2026, 4, 7, 1))  # Monday night's part on Tuesday stays
    assert hours.is_open(at(2026, 4, 5, 23))


def test_precedence_special_over_holiday_over_season_over_weekly() -> None:
    hours = OpeningHours(
        timezone="Europe/Brussels",
        weekly=WeeklySchedule.parse({"Mo-Su": "09:00-17:00"}),
        seasons=[Season(start=MonthDay(7, 1), end=MonthDay(8, 31), weekly={1: "10:00-12:00"})],
        holidays=belgium.LEGAL,
        holiday_hours="11:00-12:00",
        special=[SpecialHours(start=date(2026, 7, 21), hours="14:00-15:00")],
    )
    assert hours.is_open(at(2026, 6, 30, 16))  # weekly
    assert not hours.is_open(at(2026, 7, 7, 16))  # season: Tuesdays 10-12 only
    assert hours.is_open(at(2026, 7, 7, 11))
    assert not hours.is_open(at(2026, 7, 8, 11))  # season leaves Wednesday closed
    assert hours.is_open(at(2025, 7, 21, 11, 30))  # holiday hours (a Monday, in the season)
    assert not hours.is_open(at(2026, 7, 21, 11, 30))  # special hours replace the holiday
    assert hours.is_open(at(2026, 7, 21, 14, 30))


def test_next_change_open_close() -> None:
    office = osm("Mo-Fr 09:00-17:00; PH off")
    assert office.next_change(at(2026, 7, 20, 18)) == at(2026, 7, 22, 9)  # 21 July skipped
    assert office.next_change(at(2026, 7, 22, 9)) == at(2026, 7, 22, 17)
    assert office.next_open(at(2026, 7, 22, 10)) == at(2026, 7, 22, 10)
    assert office.next_close(at(2026, 7, 22, 10)) == at(2026, 7, 22, 17)
    assert office.next_close(at(2026, 7, 22, 18)) == at(2026, 7, 22, 18)
    assert office.next_open(at(2026, 7, 22, 18)) == at(2026, 7, 23, 9)


def test_merged_across_midnight() -> None:
    hours = osm("Mo 22:00-24:00, Tu 00:00-02:00")
    assert list(hours.intervals(at(2026, 7, 20), at(2026, 7, 22))) == [
        (at(2026, 7, 20, 22), at(2026, 7, 21, 2))
    ]
    assert hours.next_change(at(2026, 7, 20, 23)) == at(2026, 7, 21, 2)


@pytest.mark.parametrize("value", ["off", "24/7", "Mo-Su 00:00-24:00; Dec 24 00:00-24:00"])
def test_nothing_ever_changes(value: str) -> None:
    assert osm(value).next_change(at(2026, 1, 1)) is None


def test_a_schedule_open_only_on_one_dated_day_far_away() -> None:
    hours = osm("off; 2031 Jan 02 10:00-12:00")
    assert hours.next_change(at(2026, 1, 1)) == at(2031, 1, 2, 10)
    assert hours.next_change(at(2031, 1, 2, 12)) is None


def test_any_aware_input_is_accepted_and_answers_are_in_the_zone() -> None:
    office = osm("Mo-Fr 09:00-17:00")
    utc_plus_5 = timezone(timedelta(hours=5))
    assert office.is_open(datetime(2026, 7, 22, 12, tzinfo=utc_plus_5))  # 09:00 Brussels
    change = office.next_change(datetime(2026, 7, 22, 12, tzinfo=utc_plus_5))
    assert change == at(2026, 7, 22, 17)
    assert change is not None
    assert change.tzinfo == BRUSSELS


def test_naive_and_out_of_range_instants_are_refused() -> None:
    with pytest.raises(
        NaiveDatetimeError, match=r"naive datetime datetime.datetime\(2026, 7, 22, 10, 0\)"
    ):
        NIGHTLY.is_open(datetime(2026, 7, 22, 10))
    with pytest.raises(NaiveDatetimeError, match="got date"):
        NIGHTLY.is_open(date(2026, 7, 22))  # type: ignore[arg-type]
    with pytest.raises(UnsupportedYearError, match="2201-01-01"):
        NIGHTLY.is_open(at(2201, 1, 1, 10))


# -- properties -----------------------------------------------------------------------------------


@given(opening_hours(extras=True), INSTANTS, st.integers(1, 10 * 24 * 60))
def test_intervals_are_sorted_disjoint_half_open_and_inside(
    hours: OpeningHours, start: datetime, minutes: int
) -> None:
    end = start + timedelta(minutes=minutes)
    found = [(a.astimezone(UTC), b.astimezone(UTC)) for a, b in hours.intervals(start, end)]
    for a, b in found:
        assert start <= a < b <= end
    for (_, b1), (a2, _) in pairwise(found):
        assert b1 < a2  # merged: never touching
    total = sum((b - a for a, b in found), timedelta())
    assert hours.open_duration(start, end) == total


@given(opening_hours(extras=True), INSTANTS)
def test_is_open_iff_inside_an_interval(hours: OpeningHours, t: datetime) -> None:
    window = list(hours.intervals(t - timedelta(days=2), t + timedelta(days=2)))
    # In UTC: datetimes of one ZoneInfo compare by wall clock, wrong in the DST gap.
    utc = t.astimezone(UTC)
    inside = any(a.astimezone(UTC) <= utc < b.astimezone(UTC) for a, b in window)
    assert hours.is_open(t) == inside


@given(opening_hours(extras=True), INSTANTS)
def test_next_change_is_the_first_boundary_after(hours: OpeningHours, t: datetime) -> None:
    utc = t.astimezone(UTC)  # compared in UTC: one ZoneInfo's datetimes compare by wall clock
    change = hours.next_change(t)
    window = hours.intervals(t - timedelta(days=3), t + timedelta(days=60))
    horizon = (t + timedelta(days=60)).astimezone(UTC)
    boundaries = sorted(
        edge.astimezone(UTC)
        for a, b in window
        for edge in (a, b)
        if utc < edge.astimezone(UTC) < horizon
    )
    if boundaries:
        assert change is not None
        assert change.astimezone(UTC) == boundaries[0]
    else:
        assert change is None or change.astimezone(UTC) >= horizon
    if change is not None:
        instant = change.astimezone(UTC)
        assert hours.is_open(instant) != hours.is_open(instant - timedelta(microseconds=1))


def test_a_yearly_rule_on_a_weekday_may_recur_only_after_eleven_years() -> None:
    hours = osm("Dec 31-Jan 01 Mo 10:00-12:00; Jan 01 off")  # Mondays that are 31 December
    assert hours.next_change(at(2018, 12, 31, 13)) == at(2029, 12, 31, 10)


def test_a_day_that_does_not_exist_is_no_change() -> None:
    apia = ZoneInfo("Pacific/Apia")  # skipped 30 December 2011
    always = OpeningHours.from_osm("24/7", timezone="Pacific/Apia")
    assert always.next_change(datetime(2011, 12, 29, 12, tzinfo=apia)) is None
    nights = OpeningHours.from_osm("Mo-Su 20:00-04:00", timezone="Pacific/Apia")
    change = nights.next_change(datetime(2011, 12, 29, 21, tzinfo=apia))
    assert change == datetime(2011, 12, 31, 4, tzinfo=apia)


def test_the_end_of_datetimes_range_is_an_unsupported_year() -> None:
    with pytest.raises(UnsupportedYearError, match="9999-12-31"):
        NIGHTLY.is_open(datetime(9999, 12, 31, 23, tzinfo=UTC))
