"""Opening hours over long spans: open time summed by weekday and year, searches that skip.

The weekly form (``RuleSet.weekly``) lets ``open_duration`` sum whole days by weekday and
``next_change`` jump from one exceptional day to the next. Both are checked here against
the day-by-day path they replace (``intervals``, which walks every day), on values from
the whole grammar and on hand-picked ones.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from charter import Dates, OpeningHours, OpeningHoursSyntaxError, UnsupportedYearError, belgium
from charter.hours import Rule, State
from charter.hours.rules import RuleSet
from test_hours_grammar_oracle import Generated, osm_values
from test_hours_rules import _reachable, rule_lists

BRUSSELS = ZoneInfo("Europe/Brussels")
ORIGIN = datetime(2025, 1, 1, tzinfo=BRUSSELS)


def day_by_day(hours: OpeningHours, start: datetime, end: datetime) -> timedelta:
    """The open time within ``[start, end)``, from intervals walked a day at a time."""
    return sum(
        (b.astimezone(UTC) - a.astimezone(UTC) for a, b in hours.intervals(start, end)),
        timedelta(),
    )


def first_change(hours: OpeningHours, t: datetime, days: int) -> datetime | None:
    """The first instant after *t* within *days* days where the state changes, or None."""
    end = t + timedelta(days=days)
    edges = {t, end}
    for state in (State.OPEN, State.UNKNOWN):
        for a, b in hours.intervals(t, end, state=state):
            edges.update((a, b))
    now = hours.state(t)
    for edge in sorted(edges, key=lambda e: e.astimezone(UTC)):
        if edge > t and edge < end and hours.state(edge) is not now:
            return edge
    return None


def hours_of(value: str, *, holidays: bool = True) -> OpeningHours:
    return OpeningHours.from_osm(
        value, timezone="Europe/Brussels", holidays=belgium.LEGAL if holidays else Dates()
    )


def generated_hours(generated: Generated) -> OpeningHours:
    """The hours of a generated value; the forms charter refuses are not this test's."""
    try:
        return hours_of(generated.value)
    except OpeningHoursSyntaxError:
        assume(False)
        raise


@given(osm_values(), st.integers(0, 4 * 365 * 24 * 4), st.integers(0, 800 * 24 * 4))
def test_open_time_over_a_span_is_the_sum_of_its_days(
    generated: Generated, start: int, length: int
) -> None:
    hours = generated_hours(generated)
    a = ORIGIN + timedelta(minutes=15 * start)
    b = a + timedelta(minutes=15 * length)
    assert hours.open_duration(a, b) == day_by_day(hours, a, b), generated.value


@given(rule_lists(), st.integers(0, 4 * 365 * 24), st.integers(0, 500 * 24))
def test_open_time_of_rules_is_the_sum_of_their_days(
    rules: tuple[Rule, ...], start: int, length: int
) -> None:
    if not _reachable(rules):
        return
    hours = OpeningHours(
        timezone="Europe/Brussels", weekly=None, holidays=belgium.LEGAL, rules=rules
    )
    a = ORIGIN + timedelta(hours=start)
    b = a + timedelta(hours=length)
    assert hours.open_duration(a, b) == day_by_day(hours, a, b), hours.to_osm()


@given(osm_values(), st.integers(0, 4 * 365 * 24))
def test_the_next_change_is_the_first_one_day_by_day(generated: Generated, hour: int) -> None:
    hours = generated_hours(generated)
    t = ORIGIN + timedelta(hours=hour)
    found = hours.next_change(t)
    expected = first_change(hours, t, 400)
    if expected is None:
        assert found is None or found >= t + timedelta(days=400), generated.value
    else:
        assert found == expected, generated.value


@pytest.mark.parametrize(
    ("value", "weekly"),
    [
        ("Mo-Fr 09:00-17:00; PH off", True),
        ("Mo-Fr 09:00-17:00; PH +1 day 10:00-12:00", True),
        ("Mo-Su 00:00-24:00; easter -2 days off; Dec 24-Jan 02 off", True),
        ("Mo-Fr 09:00-17:00; 2027 Dec 24-31 off", True),
        ("Jul-Aug off; Mo-Fr 09:00-17:00", True),  # a week of its own in July and August
        ("2027+ Mo 10:00-12:00", True),  # a week of its own from 2027
        ("Mo[1] 10:00-12:00", False),  # the first Monday: not every week
        ("week 01-53/2 Mo 10:00-12:00", False),
        ("Jul 15-Sep 30 off", False),  # a long range of dates that are not whole months
    ],
)
def test_which_values_have_the_weekly_form(value: str, weekly: bool) -> None:  # noqa: FBT001
    rules = hours_of(value)._evaluator.rules  # noqa: SLF001 - the form is internal
    assert isinstance(rules, RuleSet)
    assert rules.weekly is weekly
    assert (rules.weekly_since == 1900) is weekly


def test_rules_that_end_leave_a_weekly_form_after_them() -> None:
    rules = hours_of("2029-2030 Su[4,-2] off; Mo-Fr 09:00-17:00; PH off")._evaluator.rules  # noqa: SLF001
    assert not rules.weekly
    assert rules.weekly_since == 2031
    assert hours_of("Mo[1] 10:00-12:00")._evaluator.rules.weekly_since is None  # noqa: SLF001
    assert hours_of("PH off; Mo-Fr 09:00-12:00")._evaluator.rules.weekly_since == 1900  # noqa: SLF001


def test_exceptional_days_are_the_holidays_the_windows_and_the_days_after() -> None:
    rules = hours_of("Mo-Fr 09:00-17:00; PH off; easter +1 day 10:00-11:00; Dec 24 off")
    days = rules._evaluator.rules.exceptional(2027)  # noqa: SLF001
    assert date(2027, 1, 1) in days  # New Year's Day
    assert date(2027, 1, 2) in days  # the day after (times past midnight)
    assert date(2027, 3, 29) in days  # Easter Monday: a holiday and easter +1 day
    assert date(2027, 12, 24) in days
    assert date(2027, 6, 9) not in days
    assert list(days) == sorted(days)
    assert all(d.year == 2027 for d in days)


@pytest.mark.parametrize(
    "value",
    [
        "Mo-Fr 09:00-17:00; PH off",
        "Mo-Su 22:00-02:00; PH off",  # past midnight, DST nights
        "Jul-Aug off; Mo-Fr 09:00-17:00",  # a week by month
        "2029+ Mo-Fr 22:00-02:00; Jul-Aug off",  # by year and month, past midnight
        "Mo[1] 10:00-12:00; PH off",  # not weekly: summed by day, then by year
        "Mo-Fr 08:00-18:00; easter +1 day off; Dec 24-Jan 02 off; PH off",
    ],
)
def test_two_centuries_of_open_time_are_exact(value: str) -> None:
    # A year typo in a case (answered 170 years after receipt) took up to a second here.
    hours = hours_of(value)
    start = datetime(2026, 11, 2, 10, 17, tzinfo=BRUSSELS)
    end = datetime(2196, 3, 29, 15, 45, tzinfo=BRUSSELS)
    total = hours.open_duration(start, end)
    years = [
        hours.open_duration(
            max(start, datetime(y, 1, 1, tzinfo=BRUSSELS)),
            min(end, datetime(y + 1, 1, 1, tzinfo=BRUSSELS)),
        )
        for y in range(2026, 2197)
    ]
    assert total == sum(years, timedelta())
    assert years[1] == day_by_day(
        hours, datetime(2027, 1, 1, tzinfo=BRUSSELS), datetime(2028, 1, 1, tzinfo=BRUSSELS)
    )
    assert hours.open_duration(end, start) == timedelta()


def test_a_search_that_finds_no_change_skips_to_the_exceptional_days(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # PH hours with a calendar that has no holidays never open; "easter Sa" never
    # happens. The search to the last supported year looks at a few days a year, not at
    # each of the 63 000 days up to 2200 (0.1 s each time before).
    calls = 0
    day = RuleSet.day

    def counted(self: RuleSet, d: date) -> object:
        nonlocal calls
        calls += 1
        return day(self, d)

    monkeypatch.setattr(RuleSet, "day", counted)
    start = datetime(2026, 12, 1, tzinfo=BRUSSELS)
    assert hours_of("PH 10:00-12:00", holidays=False).next_change(start) is None
    assert calls < 10
    calls = 0
    never = hours_of("easter Sa 10:00-12:00")
    assert never.next_change(start) is None
    assert calls < 3 * (2200 - 2026)
    calls = 0
    # The week depends on the year: from 2029 open day and night, holidays too.
    always = hours_of("2029+ Mo-Su,PH 00:00-24:00")
    assert always.next_change(datetime(2030, 2, 7, 7, 8, tzinfo=BRUSSELS)) is None
    assert calls < 40 * (2200 - 2030)  # the holidays and the days after, each year
    assert (
        never.open_duration(
            datetime(1900, 1, 1, tzinfo=BRUSSELS), datetime(2200, 12, 31, tzinfo=BRUSSELS)
        )
        == timedelta()
    )


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        # Found in review: the 1899 part of a range that wraps the year names 1-2 January
        # 1900, which the weekly form then summed as ordinary days.
        ("Mo-Su 10:00-12:00; Dec 24-Jan 02 off", date(1900, 1, 1), date(1900, 1, 10)),
        ("Mo-Su 20:00-04:00; Dec 24-Jan 02 off", date(1900, 1, 1), date(1901, 1, 1)),
        ("Dec 31-Jan 01 10:00-12:00", date(1900, 1, 1), date(1900, 3, 1)),
        ("Mo-Su 10:00-12:00; Dec 24-Jan 02 off", date(2200, 1, 1), date(2200, 12, 31)),
        # Easter and its far neighbours, across the turn of the year.
        (
            "Mo-Su 10:00-12:00; easter -100 days off; easter +100 days off",
            date(2026, 11, 1),
            date(2028, 1, 1),
        ),
        ("Mo-Su 22:00-02:00; easter -100 days off", date(1900, 1, 1), date(1902, 1, 1)),
        (
            "Mo-Su 10:00-12:00; PH -1 day off; PH +1 day 20:00-26:00",
            date(2199, 6, 1),
            date(2200, 12, 31),
        ),
    ],
)
def test_the_edges_of_the_range_and_of_the_grammar(value: str, start: date, end: date) -> None:
    hours = hours_of(value)
    a = datetime(start.year, start.month, start.day, tzinfo=BRUSSELS)
    b = datetime(end.year, end.month, end.day, tzinfo=BRUSSELS)
    assert hours.open_duration(a, b) == day_by_day(hours, a, b)


@pytest.mark.parametrize("value", ["24/7", "off", "Mo-Fr 09:00-17:00"])
def test_open_time_outside_the_supported_years_is_refused_as_every_query(value: str) -> None:
    # Found in review: the shortcuts for hours always or never open answered for 1850.
    hours = hours_of(value)
    for a, b in (
        (datetime(1850, 1, 1, tzinfo=BRUSSELS), datetime(1850, 2, 1, tzinfo=BRUSSELS)),
        (datetime(2199, 1, 1, tzinfo=BRUSSELS), datetime(2300, 1, 1, tzinfo=BRUSSELS)),
    ):
        with pytest.raises(UnsupportedYearError):
            hours.open_duration(a, b)
