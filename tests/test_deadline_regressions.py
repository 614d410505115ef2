"""Regressions from the review of the legal counting (hand-worked, each citing its article).

Belgian legal holidays, Monday to Friday, Europe/Brussels.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import assume, given
from hypothesis import strategies as st

from charter import (
    BE_JUDICIAL_CODE,
    EU_1182_71,
    SERVICE_STANDARD,
    CountingRule,
    Extended,
    Period,
    Resumed,
    Suspended,
    Unit,
    WorkingCalendar,
    belgium,
    deadline,
    steps,
)
from charter.clock import Event
from strategies import INSTANTS, working_calendars

BRUSSELS = ZoneInfo("Europe/Brussels")
CALENDAR = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


# -- an extension in another unit moves the nominal end, not the rolled-forward day -------------


def test_judicial_code_month_extended_by_days_counts_from_the_nominal_end() -> None:
    # Art. 54: 1 month from Wed 12 May 2027 ends on the eve of 13 June, Sat 12 June (no longer
    # an expiry once extended, art. 55); + 15 days = Sun 27 June; art. 53: Mon 28 June.
    events = [Extended(at=at(2027, 5, 20, 9), by="15 days")]
    result = deadline(
        at(2027, 5, 12, 10), "1 month", calendar=CALENDAR, rule=BE_JUDICIAL_CODE, events=events
    )
    assert result.last_day == date(2027, 6, 28)
    assert result.due == at(2027, 6, 29)
    rolled = [s for s in result.steps if isinstance(s, steps.RolledForward)]
    assert [(s.from_day, s.to_day) for s in rolled] == [(date(2027, 6, 27), date(2027, 6, 28))]


def test_eu_month_extended_by_weeks_counts_from_the_nominal_end() -> None:
    # Art. 3(2)(c): 1 month from Thu 15 April 2027 ends Sat 15 May; + 2 weeks = Sat 29 May;
    # art. 3(4): Mon 31 May (one roll, at the end).
    events = [Extended(at=at(2027, 4, 20, 9), by="2 weeks")]
    result = deadline(
        at(2027, 4, 15, 10), "1 month", calendar=CALENDAR, rule=EU_1182_71, events=events
    )
    assert result.last_day == date(2027, 5, 31)
    assert result.due == at(2027, 6, 1)


def test_days_extended_by_a_month_count_the_month_first() -> None:
    # Art. 3(2)(d) order: 15 days from Fri 15 Jan 2027 extended by 1 month is 1 month then
    # 15 days: 15 Feb + 15 days = Tue 2 March (not 30 Jan + 1 month = 28 Feb).
    events = [Extended(at=at(2027, 1, 20, 9), by="1 month")]
    result = deadline(
        at(2027, 1, 15, 10), "15 days", calendar=CALENDAR, rule=EU_1182_71, events=events
    )
    assert result.last_day == date(2027, 3, 2)


# -- suspension: art. 3(5) counts only the days that run; never due before the resumption ------


def test_two_days_suspended_keep_two_working_days_after_the_resumption() -> None:
    # 2 days from Mon 2 March 2026, suspended that day, resumed Fri 6 March: 3-6 March do not
    # count, so the two days are Sat 7 and Sun 8; art. 3(4) gives Mon 9, and art. 3(5)'s
    # two working days (of the days that run) give Tue 10 March.
    events: list[Event] = [Suspended(at=at(2026, 3, 2, 11)), Resumed(at=at(2026, 3, 6, 10))]
    result = deadline(
        at(2026, 3, 2, 10), "2 days", calendar=CALENDAR, rule=EU_1182_71, events=events
    )
    assert result.last_day == date(2026, 3, 10)
    (minimum,) = [s for s in result.steps if isinstance(s, steps.MinimumWorkingDays)]
    assert (minimum.from_day, minimum.to_day) == (date(2026, 3, 9), date(2026, 3, 10))


def test_a_suspension_while_rolled_forward_is_never_due_before_the_resumption() -> None:
    # 10 days from Tue 15 Dec 2026: nominal Fri 25 (Christmas), in force to Mon 28 (art. 3(4)).
    # Suspended Sat 26, resumed Tue 29 09:00: the two days left when the clock stopped (27, 28)
    # run again after 29, which does not count: Thu 31 Dec, due 1 January 00:00.
    events: list[Event] = [Suspended(at=at(2026, 12, 26, 10)), Resumed(at=at(2026, 12, 29, 9))]
    result = deadline(
        at(2026, 12, 15, 10), "10 days", calendar=CALENDAR, rule=EU_1182_71, events=events
    )
    assert result.due == at(2027, 1, 1)
    assert result.due > at(2026, 12, 29, 9)
    # Suspending a day earlier (on the nominal last day) gives 30 December: not later.
    earlier: list[Event] = [Suspended(at=at(2026, 12, 25, 10)), Resumed(at=at(2026, 12, 29, 9))]
    before = deadline(
        at(2026, 12, 15, 10), "10 days", calendar=CALENDAR, rule=EU_1182_71, events=earlier
    )
    assert before.due == at(2026, 12, 30)


def test_the_minimum_of_working_days_in_force_gives_the_suspended_days_back() -> None:
    # 2 days from Fri 4 Dec 2026: in force to Tue 8 (art. 3(4), 3(5)). Suspended Tue 8, resumed
    # Thu 10: 9 and 10 do not count, so the deadline runs to Thu 10, after the resumption.
    events: list[Event] = [Suspended(at=at(2026, 12, 8, 10)), Resumed(at=at(2026, 12, 10, 10))]
    result = deadline(
        at(2026, 12, 4, 10), "2 days", calendar=CALENDAR, rule=EU_1182_71, events=events
    )
    assert result.last_day == date(2026, 12, 10)


def test_working_days_resumed_on_a_saturday_end_on_a_working_day_after_it() -> None:
    # 5 working days from Mon 2 March 2026 end Mon 9. Suspended that Monday, resumed Sat 14:
    # 10-13 March do not count (4 working days: Fri 13), yet the clock ran again on Saturday:
    # the deadline gives back the day of resumption, the next working day, Mon 16 March.
    events: list[Event] = [Suspended(at=at(2026, 3, 9, 10)), Resumed(at=at(2026, 3, 14, 10))]
    result = deadline(at(2026, 3, 2, 10), "5 working days", calendar=CALENDAR, events=events)
    assert result.last_day == date(2026, 3, 16)


RULES = st.sampled_from(
    [
        SERVICE_STANDARD,
        EU_1182_71,
        BE_JUDICIAL_CODE,
        SERVICE_STANDARD.replace(count_resumption_day=True),
        EU_1182_71.replace(count_resumption_day=True),
    ]
)
# Not BE_JUDICIAL_CODE.replace(judicial_vacation=True): art. 50 §2 has a cliff (see
# test_the_judicial_vacation_has_a_cliff in test_deadline_worked.py).
DAY_PERIODS = st.builds(
    Period,
    st.integers(1, 40),
    st.sampled_from([Unit.DAYS, Unit.WORKING_DAYS, Unit.WEEKS, Unit.MONTHS]),
)


def _paused(  # noqa: PLR0917 - one suspension
    calendar: WorkingCalendar,
    rule: CountingRule,
    period: Period,
    received: datetime,
    start: datetime,
    length: timedelta,
) -> datetime:
    events: list[Event] = [Suspended(at=start), Resumed(at=start + length)]
    found = deadline(received, period, calendar=calendar, rule=rule, events=events)
    return found.due.astimezone(UTC)


CALENDAR_DAY_PERIODS = st.builds(
    Period, st.integers(1, 40), st.sampled_from([Unit.DAYS, Unit.WEEKS, Unit.MONTHS])
)


#: Rules without a minimum of working days: with one (EU 1182/71 art. 3(5)), a suspension
#: moved from a Friday to a Saturday takes no working day from the period any more, and
#: the period may need one working day less (see the test after this one).
NO_MINIMUM = st.sampled_from(
    [
        SERVICE_STANDARD,
        EU_1182_71.replace(min_working_days=0),
        EU_1182_71.replace(min_working_days=0, count_resumption_day=True),
        BE_JUDICIAL_CODE,
    ]
)


@given(
    working_calendars(),
    NO_MINIMUM,
    CALENDAR_DAY_PERIODS,
    INSTANTS,
    st.integers(0, 30 * 24 * 60),
    st.integers(1, 20),
    st.integers(0, 10),
    st.integers(0, 23 * 60),
)
def test_a_later_suspension_of_the_same_days_is_never_earlier(  # noqa: PLR0917
    calendar: WorkingCalendar,
    rule: CountingRule,
    period: Period,
    received: datetime,
    wait: int,
    later: int,
    days: int,
    minutes: int,
) -> None:
    # The same suspension (same length in days, same times of day) some days later. In a
    # period of calendar days every day taken counts, so it takes as many: never earlier.
    # (In working days a suspension moved over a weekend takes fewer working days.)
    plain = deadline(received, period, calendar=calendar, rule=rule).due.astimezone(UTC)
    first = (received.astimezone(UTC) + timedelta(minutes=wait)).astimezone(BRUSSELS)
    second = datetime.combine(first.date() + timedelta(days=later), first.time(), BRUSSELS)
    assume(second.astimezone(UTC) < plain)  # after the deadline in force it moves nothing
    resumed = datetime.combine(first.date() + timedelta(days=days), time(), BRUSSELS)
    span = resumed + timedelta(minutes=minutes) - first
    assume(span > timedelta())
    one = _paused(calendar, rule, period, received, first, span)
    two = _paused(calendar, rule, period, received, second, span)
    assert plain <= one <= two


def test_with_a_minimum_a_suspension_on_a_weekend_day_takes_no_working_day() -> None:
    # EU 1182/71, 2 days from Thu 9 January 2025 (legal holidays): Fri 10 and Sat 11, to
    # Mon 13 (art. 3(4)), holding Fri 10 and Mon 13 (art. 3(5)). A day's suspension on the
    # Friday leaves Sat 11 and Sun 12 to run, no working day: two more, Mon 13 and Tue 14.
    # The same suspension a day later, on the Saturday, leaves Friday counted: Mon 13.
    received = at(2025, 1, 9)
    friday: list[Event] = [Suspended(at=at(2025, 1, 9, 23)), Resumed(at=at(2025, 1, 10, 23))]
    saturday: list[Event] = [Suspended(at=at(2025, 1, 10, 23)), Resumed(at=at(2025, 1, 11, 23))]
    on_friday = deadline(received, "2 days", calendar=CALENDAR, rule=EU_1182_71, events=friday)
    later = deadline(received, "2 days", calendar=CALENDAR, rule=EU_1182_71, events=saturday)
    assert (on_friday.last_day, later.last_day) == (date(2025, 1, 14), date(2025, 1, 13))


@given(
    working_calendars(),
    RULES,
    DAY_PERIODS,
    INSTANTS,
    st.integers(0, 30 * 24 * 60),
    st.integers(1, 10 * 24 * 60),
    st.integers(1, 10 * 24 * 60),
)
def test_a_longer_suspension_is_never_earlier_nor_due_before_the_resumption(  # noqa: PLR0917
    calendar: WorkingCalendar,
    rule: CountingRule,
    period: Period,
    received: datetime,
    wait: int,
    length: int,
    more: int,
) -> None:
    plain = deadline(received, period, calendar=calendar, rule=rule).due.astimezone(UTC)
    start = received.astimezone(UTC) + timedelta(minutes=wait)
    assume(start < plain)
    short = _paused(calendar, rule, period, received, start, timedelta(minutes=length))
    long = _paused(calendar, rule, period, received, start, timedelta(minutes=length + more))
    assert plain <= short <= long
    assert long > start + timedelta(minutes=length + more)


# -- issue 20, item 9: the default rule reads a period as people do --------------------------

FEDERAL = WorkingCalendar(holidays=belgium.FEDERAL_ADMINISTRATION, timezone="Europe/Brussels")


def test_thirty_calendar_days_from_a_saturday_end_thirty_days_later() -> None:
    # Sat 31 Oct 2026; Sun 1 Nov and Mon 2 Nov are days off. "Within 30 days" is 30 Nov,
    # not 3 December (the receipt moved to Tue 3 Nov, then 30 days).
    result = deadline(at(2026, 10, 31, 10), "30 days", calendar=FEDERAL)
    assert result.last_day == date(2026, 11, 30)
    assert not [s for s in result.steps if isinstance(s, steps.MovedPastCutoff)]


def test_one_working_day_from_a_saturday_is_the_next_working_day() -> None:
    # Mon 2 Nov 2026 is a federal day off: the next working day is Tue 3 Nov, not Wed 4 Nov.
    result = deadline(at(2026, 10, 31, 10), "1 working day", calendar=FEDERAL)
    assert result.last_day == FEDERAL.add_working_days(date(2026, 10, 31), 1) == date(2026, 11, 3)


def test_a_calendar_period_ending_on_a_saturday_ends_there() -> None:
    # Mon 2 Nov 2026 + 12 days = Sat 14 Nov: the plain reading does not move it.
    result = deadline(at(2026, 11, 2, 10), "12 days", calendar=FEDERAL)
    assert result.last_day == date(2026, 11, 14)
    assert not [s for s in result.steps if isinstance(s, steps.RolledForward)]
    # A charter that wants the roll says so in its rule.
    rolled = deadline(
        at(2026, 11, 2, 10),
        "12 days",
        calendar=FEDERAL,
        rule=SERVICE_STANDARD.replace(roll_forward=True),
    )
    assert rolled.last_day == date(2026, 11, 16)


@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.integers(1, 400))
def test_working_days_from_any_day_match_add_working_days(day: date, n: int) -> None:
    received = datetime(day.year, day.month, day.day, 10, tzinfo=BRUSSELS)
    result = deadline(received, Period(n, Unit.WORKING_DAYS), calendar=FEDERAL)
    assert result.last_day == FEDERAL.add_working_days(day, n)


@given(st.dates(date(2000, 1, 1), date(2100, 12, 31)), st.integers(1, 400))
def test_calendar_days_from_any_day_are_plain_date_arithmetic(day: date, n: int) -> None:
    received = datetime(day.year, day.month, day.day, 10, tzinfo=BRUSSELS)
    result = deadline(received, Period(n, Unit.DAYS), calendar=FEDERAL)
    assert result.last_day == day + timedelta(days=n)
