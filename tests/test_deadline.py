import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from charter import (
    EU_1182_71,
    SERVICE_STANDARD,
    Answered,
    CaseError,
    CharterTypeError,
    CharterValueError,
    CountingRule,
    Dates,
    EndOfPeriod,
    Extended,
    NaiveDatetimeError,
    OpeningHours,
    Period,
    PeriodError,
    Resumed,
    RuleError,
    Suspended,
    Unit,
    WorkingCalendar,
    belgium,
    deadline,
    steps,
)
from charter.clock import Event
from charter.clock.rules import BE_JUDICIAL_CODE, ExtensionBase, MonthEnd
from strategies import INSTANTS, working_calendars

BRUSSELS = ZoneInfo("Europe/Brussels")
CALENDAR = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
OFFICE = OpeningHours.from_osm(
    "Mo-Fr 09:00-17:00; PH off", timezone="Europe/Brussels", holidays=belgium.LEGAL
)


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


# -- periods ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period", "written"),
    [
        ("5 working days", Period(5, Unit.WORKING_DAYS), "5 working days"),
        ("1 working day", Period(1, Unit.WORKING_DAYS), "1 working day"),
        ("1 month", Period(1, Unit.MONTHS), "1 month"),
        ("4 service hours", Period(4, Unit.SERVICE_HOURS), "4 service hours"),
        ("P5D", Period(5, Unit.DAYS), "5 days"),
        ("P2W", Period(2, Unit.WEEKS), "2 weeks"),
        ("P1M", Period(1, Unit.MONTHS), "1 month"),
        ("P1Y", Period(1, Unit.YEARS), "1 year"),
        ("PT4H", Period(4, Unit.HOURS), "4 hours"),
        ("PT30M", Period(30, Unit.MINUTES), "30 minutes"),
        (" 10  Days ", Period(10, Unit.DAYS), "10 days"),
    ],
)
def test_periods_read_and_write(text: str, period: Period, written: str) -> None:
    assert Period.parse(text) == period
    assert str(period) == written
    assert Period.parse(str(period)) == period


def test_iso_forms() -> None:
    assert Period(1, Unit.MONTHS).iso() == "P1M"
    assert Period(4, Unit.HOURS).iso() == "PT4H"
    assert Period(30, Unit.MINUTES).iso() == "PT30M"
    assert Period(2, Unit.WEEKS).iso() == "P2W"
    with pytest.raises(PeriodError, match="has no ISO 8601 form; write it as '5 working days'"):
        Period(5, Unit.WORKING_DAYS).iso()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("P5WD", "working days have no ISO 8601 form: write '5 working days'"),
        ("5 werkdagen", "'5 werkdagen' is not a period: write an amount and a unit"),
        ("0 days", "a period must be positive, got 0"),
        ("P0D", "a period must be positive, got 0"),
        ("P1DT4H", "'P1DT4H' is not an ISO 8601 period such as"),
        ("P2M1Y", "is not an ISO 8601 period"),
        ("15 days 1 month", "write each unit once, the larger first"),
        ("1 month 2 working days", "is not a period"),
        ("1 month 0 days", "a period must be positive, got 0"),
        ("five days", "is not a period"),
        ("-3 days", "is not a period"),
    ],
)
def test_bad_periods(text: str, message: str) -> None:
    with pytest.raises(PeriodError, match=message):
        Period.parse(text)


def test_bad_period_values() -> None:
    with pytest.raises(PeriodError, match="positive, got -1"):
        Period(-1, Unit.DAYS)
    with pytest.raises(CharterTypeError, match="whole number"):
        Period(1.5, Unit.DAYS)  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="a Unit"):
        Period(1, "days")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="a period such as"):
        Period.parse(5)  # type: ignore[arg-type]


# -- rules --------------------------------------------------------------------------------------


def test_rules_from_data() -> None:
    rule = CountingRule.from_mapping(
        {
            "name": "complaints",
            "cutoff": "16:00",
            "cutoff_non_working_day": True,
            "end": "close_of_business",
        }
    )
    assert rule.cutoff == time(16)
    assert rule.end is EndOfPeriod.CLOSE_OF_BUSINESS
    assert rule == SERVICE_STANDARD.replace(
        name="complaints",
        cutoff=time(16),
        cutoff_non_working_day=True,
        roll_forward=True,
        end=EndOfPeriod.CLOSE_OF_BUSINESS,
        source="",
        count_event_hour=True,
    )


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (
            {"name": "x", "end": "same_time", "count_event_day": True},
            RuleError,
            "cannot also count the event's day",
        ),
        ({"name": "x", "end": "noon"}, RuleError, "'noon' is not one of 'end_of_day'"),
        ({"name": "x", "cutoff": "4pm"}, RuleError, "cut-off '4pm' is not a time"),
        ({"name": "x", "min_working_days": -1}, RuleError, "min_working_days"),
        ({"name": "x", "roll_forward": "yes"}, CharterTypeError, "true or false"),
        ({"name": "x", "cut_off": "16:00"}, RuleError, "unknown switches 'cut_off'"),
        ({"name": "x", "month_end": "never"}, RuleError, "'never' is not one of"),
    ],
)
def test_contradictory_or_bad_rules(
    data: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        CountingRule.from_mapping(data)


def test_a_cutoff_with_a_zone_is_refused() -> None:
    with pytest.raises(RuleError, match="has a time zone"):
        SERVICE_STANDARD.replace(cutoff=time(16, tzinfo=UTC))


def test_month_end_running_on() -> None:
    rule = EU_1182_71.replace(month_end=MonthEnd.NEXT_DAY, roll_forward=False)
    assert deadline(at(2027, 1, 31, 9), "1 month", calendar=CALENDAR, rule=rule).last_day == date(
        2027, 3, 3
    )


def test_same_time_end() -> None:
    rule = BE_JUDICIAL_CODE.replace(end=EndOfPeriod.SAME_TIME)
    result = deadline(at(2026, 3, 2, 14, 30), "3 days", calendar=CALENDAR, rule=rule)
    assert result.due == at(2026, 3, 5, 14, 30)


# -- suspension and extension ------------------------------------------------------------------


def test_suspension_in_working_days_moves_by_the_working_days_not_counted() -> None:
    events: list[Event] = [Suspended(at=at(2026, 3, 4, 10)), Resumed(at=at(2026, 3, 10, 9))]
    plain = deadline(at(2026, 3, 2, 10), "5 working days", calendar=CALENDAR)
    paused = deadline(at(2026, 3, 2, 10), "5 working days", calendar=CALENDAR, events=events)
    # 5, 6, 9 and 10 March do not count (the day after the suspension to the resumption).
    assert plain.last_day == date(2026, 3, 9)
    assert paused.last_day == date(2026, 3, 13)
    suspension = [s for s in paused.steps if isinstance(s, steps.SuspensionCounted)]
    assert [s.days for s in suspension] == [4]


def test_suspension_in_calendar_days_and_two_suspensions() -> None:
    events: list[Event] = [
        Suspended(at=at(2026, 5, 10, 10)),
        Resumed(at=at(2026, 5, 12, 10)),
        Suspended(at=at(2026, 5, 20, 10)),
        Resumed(at=at(2026, 5, 21, 10)),
    ]
    result = deadline(
        at(2026, 5, 4, 10), "1 month", calendar=CALENDAR, rule=EU_1182_71, events=events
    )
    assert result.last_day == date(2026, 6, 8)  # 4 June + 3 days = Sunday 7 June → Monday


def test_suspension_in_hours_is_added_exactly() -> None:
    events: list[Event] = [Suspended(at=at(2026, 5, 4, 10, 30)), Resumed(at=at(2026, 5, 4, 11, 15))]
    result = deadline(at(2026, 5, 4, 10), "2 hours", calendar=CALENDAR, events=events)
    assert result.due == at(2026, 5, 4, 12, 45)


def test_suspension_in_service_hours_skips_the_open_time_suspended() -> None:
    events: list[Event] = [Suspended(at=at(2026, 7, 20, 9, 30)), Resumed(at=at(2026, 7, 20, 14))]
    result = deadline(
        at(2026, 7, 17, 15), "4 service hours", calendar=CALENDAR, hours=OFFICE, events=events
    )
    assert result.due == at(
        2026, 7, 20, 15, 30
    )  # 2 h Friday, 0.5 h Monday morning, then 14:00-15:30
    (suspension,) = [s for s in result.steps if isinstance(s, steps.SuspensionCounted)]
    assert suspension.time == timedelta(hours=4, minutes=30)


def test_a_pause_after_the_service_deadline_takes_nothing() -> None:
    # 2 service hours from Monday 09:00 end at 11:00; a pause later that afternoon, in the
    # same opening, moves nothing and explains nothing.
    events: list[Event] = [Suspended(at=at(2026, 5, 4, 15)), Resumed(at=at(2026, 5, 4, 16))]
    result = deadline(
        at(2026, 5, 4, 9), "2 service hours", calendar=CALENDAR, hours=OFFICE, events=events
    )
    assert result.due == at(2026, 5, 4, 11)
    assert not [s for s in result.steps if isinstance(s, steps.SuspensionCounted)]
    # Half of it before the deadline: that half counts, the rest does not.
    events = [Suspended(at=at(2026, 5, 4, 10)), Resumed(at=at(2026, 5, 4, 12))]
    result = deadline(
        at(2026, 5, 4, 9), "2 service hours", calendar=CALENDAR, hours=OFFICE, events=events
    )
    (suspension,) = [s for s in result.steps if isinstance(s, steps.SuspensionCounted)]
    assert result.due == at(2026, 5, 4, 13)  # 09-10, then 12-13
    assert suspension.time == timedelta(hours=2)


def test_extension_from_the_last_day() -> None:
    rule = EU_1182_71.replace(extension_from=ExtensionBase.LAST_DAY)
    events = [Extended(at=at(2026, 5, 20), by="15 days")]
    result = deadline(at(2026, 5, 4, 10), "1 month", calendar=CALENDAR, rule=rule, events=events)
    assert result.last_day == date(2026, 6, 19)


def test_extension_of_hours_in_hours_only() -> None:
    events = [Extended(at=at(2026, 5, 4, 11), by="2 hours")]
    assert deadline(at(2026, 5, 4, 10), "2 hours", calendar=CALENDAR, events=events).due == at(
        2026, 5, 4, 14
    )
    with pytest.raises(RuleError, match="cannot be extended by 1 day"):
        deadline(
            at(2026, 5, 4, 10),
            "2 hours",
            calendar=CALENDAR,
            events=[Extended(at=at(2026, 5, 4, 11), by="1 day")],
        )
    with pytest.raises(RuleError, match="cannot be extended by 2 hours"):
        deadline(
            at(2026, 5, 4, 10),
            "2 days",
            calendar=CALENDAR,
            events=[Extended(at=at(2026, 5, 4, 11), by="2 hours")],
        )


@pytest.mark.parametrize(
    ("events", "index", "message"),
    [
        ([Suspended(at=at(2026, 5, 5))], 0, "): not resumed"),
        (
            [Resumed(at=at(2026, 5, 5))],
            0,
            "event 0 (Resumed at 2026-05-05T00:00:00+02:00): resumed while not suspended",
        ),
        (
            [Suspended(at=at(2026, 5, 5)), Suspended(at=at(2026, 5, 6))],
            1,
            "event 1 (Suspended at 2026-05-06T00:00:00+02:00): suspended while already",
        ),
        (
            [Suspended(at=at(2026, 5, 3))],
            0,
            "event 0 (Suspended at 2026-05-03T00:00:00+02:00): before the receipt",
        ),
        (
            [Answered(at=at(2026, 5, 6)), Extended(at=at(2026, 5, 5), by="1 day")],
            1,
            "event 1 (Extended at 2026-05-05T00:00:00+02:00): before the receipt or the event",
        ),
        (
            [Answered(at=at(2026, 5, 6)), Extended(at=at(2026, 5, 7), by="1 day")],
            1,
            "event 1 (Extended at 2026-05-07T00:00:00+02:00): after the answer",
        ),
    ],
)
def test_bad_histories(events: list[object], index: int, message: str) -> None:
    with pytest.raises(CaseError, match=re.escape(message)) as caught:
        deadline(at(2026, 5, 4, 10), "5 working days", calendar=CALENDAR, events=events)  # type: ignore[arg-type]
    assert caught.value.index == index
    assert isinstance(caught.value, CharterValueError)


# -- bad input ---------------------------------------------------------------------------------


def test_bad_arguments() -> None:
    with pytest.raises(NaiveDatetimeError, match="naive datetime"):
        deadline(datetime(2026, 5, 4, 10), "5 working days", calendar=CALENDAR)
    with pytest.raises(NaiveDatetimeError, match="expected an aware datetime, got date"):
        deadline(date(2026, 5, 4), "5 working days", calendar=CALENDAR)  # type: ignore[arg-type]
    with pytest.raises(PeriodError, match="positive"):
        deadline(at(2026, 5, 4), "0 working days", calendar=CALENDAR)
    with pytest.raises(PeriodError, match="'5 fortnights' is not a period"):
        deadline(at(2026, 5, 4), "5 fortnights", calendar=CALENDAR)
    with pytest.raises(CharterTypeError, match="a WorkingCalendar"):
        deadline(at(2026, 5, 4), "5 days", calendar=belgium.LEGAL)  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="a CountingRule"):
        deadline(at(2026, 5, 4), "5 days", calendar=CALENDAR, rule="EU_1182_71")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="OpeningHours or None"):
        deadline(at(2026, 5, 4), "5 days", calendar=CALENDAR, hours="Mo-Fr 09:00-17:00")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="a Period or a period such as"):
        deadline(at(2026, 5, 4), 5, calendar=CALENDAR)  # type: ignore[arg-type]
    with pytest.raises(RuleError, match="needs the channel's opening hours"):
        deadline(at(2026, 5, 4), "4 service hours", calendar=CALENDAR)
    with pytest.raises(RuleError, match="needs the channel's opening hours"):
        deadline(
            at(2026, 5, 4),
            "2 working days",
            calendar=CALENDAR,
            rule=SERVICE_STANDARD.replace(end=EndOfPeriod.CLOSE_OF_BUSINESS),
        )


def test_a_channel_that_never_opens() -> None:
    closed = OpeningHours(timezone="Europe/Brussels")
    with pytest.raises(CharterValueError, match="not open 4:00:00 within three years"):
        deadline(at(2026, 5, 4), "4 service hours", calendar=CALENDAR, hours=closed)
    with pytest.raises(CharterValueError, match="never opens again"):
        deadline(
            at(2026, 5, 4),
            "2 days",
            calendar=CALENDAR,
            hours=closed,
            rule=SERVICE_STANDARD.replace(cutoff_outside_hours=True),
        )
    with pytest.raises(CharterValueError, match="closed for a year"):
        deadline(
            at(2026, 5, 4),
            "2 days",
            calendar=CALENDAR,
            hours=closed,
            rule=SERVICE_STANDARD.replace(end=EndOfPeriod.CLOSE_OF_BUSINESS),
        )


def test_outside_hours_cutoff_and_the_steps() -> None:
    rule = SERVICE_STANDARD.replace(cutoff_outside_hours=True)
    result = deadline(
        at(2026, 7, 20, 18), "1 working day", calendar=CALENDAR, rule=rule, hours=OFFICE
    )
    kinds = [type(step).__name__ for step in result.steps]
    assert kinds == ["Received", "MovedPastCutoff", "CountingStarts", "EndsAt"]
    moved = result.steps[1]
    assert isinstance(moved, steps.MovedPastCutoff)
    assert (moved.at, moved.reason) == (at(2026, 7, 22, 9), steps.CutoffReason.OUTSIDE_HOURS)
    assert result.last_day == date(2026, 7, 23)
    assert result.is_met_by(at(2026, 7, 23, 23, 59))
    assert not result.is_met_by(at(2026, 7, 24))


# -- properties -------------------------------------------------------------------------------

RULES = st.sampled_from(
    [
        SERVICE_STANDARD,
        EU_1182_71,
        BE_JUDICIAL_CODE,
        SERVICE_STANDARD.replace(cutoff=time(16)),
        SERVICE_STANDARD.replace(end=EndOfPeriod.CLOSE_OF_BUSINESS),
        SERVICE_STANDARD.replace(cutoff_outside_hours=True),
        EU_1182_71.replace(count_event_day=True),
        EU_1182_71.replace(extension_from=ExtensionBase.LAST_DAY),
    ]
)
DAY_PERIODS = st.builds(
    Period,
    st.integers(1, 60),
    st.sampled_from([Unit.DAYS, Unit.WORKING_DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS]),
)
PERIODS = DAY_PERIODS | st.builds(
    Period, st.integers(1, 48), st.sampled_from([Unit.HOURS, Unit.MINUTES, Unit.SERVICE_HOURS])
)


@given(working_calendars(), RULES, PERIODS, INSTANTS, st.integers(0, 5 * 24 * 60))
def test_due_never_decreases_when_received_increases(
    calendar: WorkingCalendar, rule: CountingRule, period: Period, received: datetime, minutes: int
) -> None:
    later = received.astimezone(UTC) + timedelta(minutes=minutes)  # real time, not wall time
    first = deadline(received, period, calendar=calendar, rule=rule, hours=OFFICE)
    second = deadline(later, period, calendar=calendar, rule=rule, hours=OFFICE)
    assert first.due.astimezone(UTC) <= second.due.astimezone(UTC)


@given(working_calendars(), RULES, DAY_PERIODS, INSTANTS, st.integers(1, 30))
def test_a_longer_period_is_never_earlier(
    calendar: WorkingCalendar, rule: CountingRule, period: Period, received: datetime, more: int
) -> None:
    longer = Period(period.amount + more, period.unit)
    first = deadline(received, period, calendar=calendar, rule=rule, hours=OFFICE)
    second = deadline(received, longer, calendar=calendar, rule=rule, hours=OFFICE)
    assert first.due.astimezone(UTC) <= second.due.astimezone(UTC)


@given(working_calendars(), st.integers(1, 300), INSTANTS)
def test_service_standard_working_days_end_on_a_working_day(
    calendar: WorkingCalendar, n: int, received: datetime
) -> None:
    result = deadline(received, Period(n, Unit.WORKING_DAYS), calendar=calendar)
    assert calendar.is_working_day(result.last_day)
    start = next(s for s in result.steps if isinstance(s, steps.CountingStarts))
    assert calendar.working_days_between(start.on - timedelta(days=1), result.last_day) == n


@given(
    working_calendars(),
    RULES,
    DAY_PERIODS,
    INSTANTS,
    st.integers(0, 20 * 24 * 60),
    st.integers(1, 20 * 24 * 60),
)
def test_a_suspension_never_makes_due_earlier(  # noqa: PLR0917 - drawn by Hypothesis
    calendar: WorkingCalendar,
    rule: CountingRule,
    period: Period,
    received: datetime,
    wait: int,
    length: int,
) -> None:
    plain = deadline(received, period, calendar=calendar, rule=rule, hours=OFFICE)
    suspended = received.astimezone(UTC) + timedelta(minutes=wait)  # real time
    assume(suspended < plain.due)
    events: list[Event] = [
        Suspended(at=suspended),
        Resumed(at=suspended + timedelta(minutes=length)),
    ]
    paused = deadline(received, period, calendar=calendar, rule=rule, hours=OFFICE, events=events)
    assert plain.due.astimezone(UTC) <= paused.due.astimezone(UTC)


@given(working_calendars(), RULES, DAY_PERIODS, INSTANTS, st.integers(1, 12))
def test_an_extension_never_makes_due_earlier(
    calendar: WorkingCalendar, rule: CountingRule, period: Period, received: datetime, more: int
) -> None:
    plain = deadline(received, period, calendar=calendar, rule=rule, hours=OFFICE)
    events: list[Event] = [Extended(at=received, by=Period(more, period.unit))]
    extended = deadline(received, period, calendar=calendar, rule=rule, hours=OFFICE, events=events)
    assert plain.due.astimezone(UTC) <= extended.due.astimezone(UTC)


@given(working_calendars(), RULES, PERIODS, INSTANTS)
def test_the_steps_agree_with_the_result(
    calendar: WorkingCalendar, rule: CountingRule, period: Period, received: datetime
) -> None:
    result = deadline(received, period, calendar=calendar, rule=rule, hours=OFFICE)
    first, *middle, last = result.steps
    assert isinstance(first, steps.Received)
    assert first.at == received
    assert isinstance(last, steps.EndsAt)
    assert (last.due, last.last_day) == (result.due, result.last_day)
    starts = [s for s in middle if isinstance(s, steps.CountingStarts)]
    assert len(starts) == 1
    assert starts[0].days_off is (None if period.unit.is_time else rule.days_off)
    calendar = rule.working_calendar(calendar)  # the rule's working days
    for step in middle:
        if isinstance(step, steps.RolledForward):
            assert step.to_day > step.from_day
            assert not calendar.is_working_day(step.from_day) or step.reason is None
        if isinstance(step, steps.DayOff):
            assert received.astimezone(calendar.zone).date() < step.date <= result.last_day
            assert not calendar.is_working_day(step.date)
            assert step.date.weekday() in calendar.workweek
            assert step.name is not None
    if period.unit is Unit.WORKING_DAYS:
        skipped = {s.date for s in middle if isinstance(s, steps.DayOff)}
        moved = [s for s in middle if isinstance(s, steps.MovedPastCutoff)]
        event_day = moved[-1].on if moved else received.astimezone(calendar.zone).date()
        expected = {
            event_day + timedelta(days=k)
            for k in range(1, (result.last_day - event_day).days + 1)
            if (event_day + timedelta(days=k)).weekday() in calendar.workweek
            and not calendar.is_working_day(event_day + timedelta(days=k))
        }
        assert skipped == expected


# -- found in review ----------------------------------------------------------------------------


def test_a_suspension_after_the_deadline_moves_nothing() -> None:
    events: list[Event] = [Suspended(at=at(2026, 3, 20)), Resumed(at=at(2026, 3, 25))]
    result = deadline(at(2026, 3, 2, 10), "5 working days", calendar=CALENDAR, events=events)
    assert result.last_day == date(2026, 3, 9)
    (suspension,) = [s for s in result.steps if isinstance(s, steps.SuspensionCounted)]
    assert suspension.days == 0


def test_a_suspension_before_counting_starts_moves_nothing() -> None:
    rule = SERVICE_STANDARD.replace(cutoff=time(16))
    # Friday 17:00 is after the cut-off: it counts as Saturday, and Monday 9 is day 1.
    events: list[Event] = [Suspended(at=at(2026, 3, 6, 18)), Resumed(at=at(2026, 3, 8, 20))]
    plain = deadline(at(2026, 3, 6, 17), "5 working days", calendar=CALENDAR, rule=rule)
    paused = deadline(
        at(2026, 3, 6, 17), "5 working days", calendar=CALENDAR, rule=rule, events=events
    )
    assert plain.last_day == paused.last_day == date(2026, 3, 13)


def test_an_hour_suspension_across_the_autumn_change_counts_real_time() -> None:
    rule = SERVICE_STANDARD.replace(cutoff_non_working_day=False)
    suspended = datetime(2026, 10, 24, 23, tzinfo=BRUSSELS)  # 21:00Z
    resumed = datetime(2026, 10, 25, 2, tzinfo=UTC)  # 03:00 CET
    for zone in (BRUSSELS, UTC):
        events: list[Event] = [
            Suspended(at=suspended.astimezone(zone)),
            Resumed(at=resumed.astimezone(zone)),
        ]
        result = deadline(
            at(2026, 10, 24, 22), "2 hours", calendar=CALENDAR, rule=rule, events=events
        )
        assert result.due.astimezone(UTC) == datetime(2026, 10, 25, 3, tzinfo=UTC)


def test_eu_minutes_in_the_repeated_autumn_hour() -> None:
    received = datetime(2026, 10, 25, 1, 0, 30, tzinfo=UTC)  # 02:00:30 CET, the second pass
    result = deadline(received, "1 minute", calendar=CALENDAR, rule=EU_1182_71)
    assert result.due.astimezone(UTC) == datetime(2026, 10, 25, 1, 2, tzinfo=UTC)


def test_close_of_business_last_day_agrees_with_its_steps() -> None:
    four_days = OpeningHours.from_osm("Mo-Th 09:00-17:00", timezone="Europe/Brussels")
    rule = SERVICE_STANDARD.replace(end=EndOfPeriod.CLOSE_OF_BUSINESS)
    result = deadline(
        at(2026, 3, 2, 10), "4 working days", calendar=CALENDAR, rule=rule, hours=four_days
    )
    ends = result.steps[-1]
    assert isinstance(ends, steps.EndsAt)
    assert result.last_day == ends.last_day == date(2026, 3, 9)
    assert result.due == at(2026, 3, 9, 17)


def test_an_extension_after_the_deadline_is_refused() -> None:
    late = [Extended(at=at(2026, 9, 20), by="2 months")]
    with pytest.raises(CharterValueError, match="after the deadline in force"):
        deadline(at(2026, 5, 4, 10), "1 month", calendar=CALENDAR, rule=EU_1182_71, events=late)


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda: deadline(at(2026, 5, 4), Period(10**9, Unit.DAYS), calendar=CALENDAR),
            CharterValueError,
            "outside the supported years",
        ),
        (
            lambda: deadline(at(2026, 5, 4), Period(10**8, Unit.MONTHS), calendar=CALENDAR),
            CharterValueError,
            "outside the supported years",
        ),
        (
            lambda: deadline(at(2026, 5, 4), Period(10**9, Unit.MINUTES), calendar=CALENDAR),
            CharterValueError,
            "3927-08-31 is outside",
        ),
        (
            lambda: deadline(at(2026, 5, 4), Period(10**9, Unit.HOURS), calendar=CALENDAR),
            CharterValueError,
            "outside the supported years",
        ),
        (
            lambda: deadline(datetime(9999, 12, 31, 23, tzinfo=UTC), "1 day", calendar=CALENDAR),
            CharterValueError,
            "9999-12-31",
        ),
        (
            lambda: deadline(at(2026, 5, 4), "1 day", calendar=CALENDAR, events=None),  # type: ignore[arg-type]
            CharterTypeError,
            "an iterable of case events",
        ),
        (
            lambda: deadline(at(2026, 5, 4), "1 day", calendar=CALENDAR, events=5),  # type: ignore[arg-type]
            CharterTypeError,
            "an iterable of case events",
        ),
        (lambda: CountingRule.from_mapping({}), RuleError, "needs a name"),
        (lambda: CountingRule.from_mapping({1: 2, "x": 3}), RuleError, "unknown switches"),  # type: ignore[dict-item]
        (lambda: SERVICE_STANDARD.replace(bad=1), RuleError, "unknown switches 'bad'"),
        (lambda: CountingRule(name=5), CharterTypeError, "a name for the rule"),  # type: ignore[arg-type]
        (lambda: CountingRule(name="x", source=5), CharterTypeError, "citation"),  # type: ignore[arg-type]
        (lambda: Period.parse("５ days"), PeriodError, "is not a period"),
        (lambda: Period.parse("1" * 5000 + " days"), PeriodError, "is not a period"),
    ],
)
def test_more_bad_input(call: object, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        call()  # type: ignore[operator]


def test_a_suspension_on_the_last_day_or_while_rolled_forward_counts() -> None:
    on_last_day: list[Event] = [Suspended(at=at(2026, 3, 9, 10)), Resumed(at=at(2026, 3, 11, 10))]
    result = deadline(at(2026, 3, 2, 10), "5 working days", calendar=CALENDAR, events=on_last_day)
    assert result.last_day == date(2026, 3, 11)
    rolled: list[Event] = [Suspended(at=at(2026, 3, 7, 10)), Resumed(at=at(2026, 3, 11, 10))]
    eu = deadline(at(2026, 3, 4, 10), "3 days", calendar=CALENDAR, rule=EU_1182_71, events=rolled)
    assert eu.last_day == date(2026, 3, 11)  # Saturday 7 March + 4 days


def test_an_extension_before_the_deadline_in_force_is_accepted() -> None:
    on_time = [
        Extended(at=at(2026, 3, 9, 10), by="3 days")
    ]  # nominal Saturday 7, in force Monday 9
    eu = deadline(at(2026, 3, 4, 10), "3 days", calendar=CALENDAR, rule=EU_1182_71, events=on_time)
    assert eu.last_day == date(2026, 3, 10)  # 6 days from the event
    during: list[Event] = [
        Suspended(at=at(2026, 3, 3, 10)),
        Resumed(at=at(2026, 3, 6, 10)),
        Extended(at=at(2026, 3, 11, 10), by="2 working days"),
    ]
    result = deadline(at(2026, 3, 2, 10), "5 working days", calendar=CALENDAR, events=during)
    assert result.last_day == date(2026, 3, 16)  # 12 March in force, then two more


def test_article_3_5_counts_an_extension_from_the_last_day_too() -> None:
    rule = EU_1182_71.replace(extension_from=ExtensionBase.LAST_DAY)
    events = [Extended(at=at(2026, 12, 18, 11), by="1 day")]
    result = deadline(at(2026, 12, 18, 10), "1 day", calendar=CALENDAR, rule=rule, events=events)
    assert result.last_day == date(2026, 12, 22)


def test_eu_hours_with_a_half_hour_clock_change() -> None:
    lord_howe = WorkingCalendar(holidays=Dates(), timezone="Australia/Lord_Howe")
    received = datetime(2026, 4, 4, 15, 15, tzinfo=UTC)  # 01:45, the second pass
    result = deadline(received, "1 hour", calendar=lord_howe, rule=EU_1182_71)
    start = next(s for s in result.steps if isinstance(s, steps.CountingStarts))
    assert start.at.astimezone(UTC) == datetime(2026, 4, 4, 15, 30, tzinfo=UTC)  # 02:00
    assert result.due.astimezone(UTC) == datetime(2026, 4, 4, 16, 30, tzinfo=UTC)


def test_the_deadline_in_force_holds_the_minimum_of_working_days() -> None:
    # 2 days from Friday 4 December 2026 under EU 1182/71: Sunday rolls to Monday, and two
    # working days make it Tuesday 8 December (due Wednesday 00:00). On that Tuesday the
    # deadline is still in force: an extension may be noticed, a suspension counts.
    received = at(2026, 12, 4, 10)
    plain = deadline(received, "2 days", calendar=CALENDAR, rule=EU_1182_71)
    assert plain.due == at(2026, 12, 9)
    extended = [Extended(at=at(2026, 12, 8, 10), by="1 day")]
    deadline(received, "2 days", calendar=CALENDAR, rule=EU_1182_71, events=extended)
    events: list[Event] = [Suspended(at=at(2026, 12, 8, 10)), Resumed(at=at(2026, 12, 10, 10))]
    paused = deadline(received, "2 days", calendar=CALENDAR, rule=EU_1182_71, events=events)
    (counted,) = [s for s in paused.steps if isinstance(s, steps.SuspensionCounted)]
    assert counted.days == 2


def test_hours_check_the_notice_and_take_events_in_order() -> None:
    received = at(2026, 5, 4, 10)  # 4 hours: due 14:00
    late = [Extended(at=at(2026, 5, 4, 20), by="4 hours")]
    with pytest.raises(CaseError, match="noticed after the deadline in force"):
        deadline(received, "4 hours", calendar=CALENDAR, events=late)
    allowed = deadline(received, "4 hours", calendar=CALENDAR, events=late, notice_required=False)
    assert allowed.due == at(2026, 5, 4, 18)
    # A suspension after the deadline moves nothing, even if an extension comes later.
    events: list[Event] = [
        Suspended(at=at(2026, 5, 4, 15)),
        Resumed(at=at(2026, 5, 4, 16)),
        Extended(at=at(2026, 5, 4, 16, 30), by="4 hours"),
    ]
    result = deadline(received, "4 hours", calendar=CALENDAR, events=events, notice_required=False)
    assert result.due == at(2026, 5, 4, 18)
    assert not [s for s in result.steps if isinstance(s, steps.SuspensionCounted)]
    # Service hours too: 2 service hours from 09:00 end at 11:00.
    with pytest.raises(CaseError, match="noticed after the deadline in force"):
        deadline(
            at(2026, 5, 4, 9),
            "2 service hours",
            calendar=CALENDAR,
            hours=OFFICE,
            events=[Extended(at=at(2026, 5, 4, 12), by="1 service hour")],
        )
