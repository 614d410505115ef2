"""The case clock: Case histories, policies, and Charter.evaluate (worked examples, properties)."""

from __future__ import annotations

import pickle
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from casebook import BRUSSELS, CHARTER, at, histories, instants, later
from charter import (
    Answered,
    Case,
    CaseError,
    CharterTypeError,
    CharterValueError,
    Extended,
    NaiveDatetimeError,
    Resumed,
    Status,
    Suspended,
    Unit,
    steps,
)
from charter.cases import Amount, CaseEvaluator, CaseReport, Measure, evaluate
from charter.cases.measure import measure_unit
from charter.clock import Event

MICROSECOND = timedelta(microseconds=1)

# The first suspension of the worked examples: Wednesday 14:00 to the next Monday 09:00.
SUSPENSION: list[Event] = [Suspended(at=at(2026, 3, 4, 14)), Resumed(at=at(2026, 3, 9, 9))]


def report(
    guarantee: str, received: datetime, events: Sequence[Event], when: datetime
) -> CaseReport:
    case = Case(guarantee=guarantee, received=received, events=events)
    return CHARTER.evaluate(case, at=when)


# -- worked examples ---------------------------------------------------------------------------


def test_a_suspension_counted_in_working_days() -> None:
    # Received Monday 2 March; 10 working days run Tuesday 3 to Monday 16 March. Suspended
    # Wednesday 4 (which still counts) to Monday 9: Thursday 5, Friday 6 and Monday 9 do
    # not count, so the last day moves three working days, to Thursday 19 March.
    r = report("wd", at(2026, 3, 2, 10), SUSPENSION, at(2026, 3, 10))
    assert r.deadline.last_day == date(2026, 3, 19)
    assert r.deadline.due == at(2026, 3, 20)
    counted = [s for s in r.deadline.steps if isinstance(s, steps.SuspensionCounted)]
    assert [s.days for s in counted] == [3]
    assert r.status is Status.ON_TRACK
    # From Tuesday 10 March 00:00: 10, 11, 12, 13, 16, 17, 18, 19 March.
    assert r.remaining == Amount.of(8, Unit.WORKING_DAYS)
    assert r.elapsed == Fraction(2, 10)


def test_a_suspension_counted_in_calendar_days() -> None:
    # 30 days under EU 1182/71 from Monday 2 March end on Wednesday 1 April; the same
    # suspension takes 5, 6, 7, 8 and 9 March: Monday 6 April, Easter Monday, rolls to
    # Tuesday 7 April.
    r = report("days", at(2026, 3, 2, 10), SUSPENSION, at(2026, 3, 10))
    assert r.deadline.last_day == date(2026, 4, 7)
    kinds = [type(s).__name__ for s in r.deadline.steps]
    assert kinds == ["Received", "CountingStarts", "SuspensionCounted", "RolledForward", "EndsAt"]
    counted = r.deadline.steps[2]
    assert isinstance(counted, steps.SuspensionCounted)
    assert counted.days == 5
    assert r.remaining.unit is Unit.DAYS
    assert r.remaining == Amount.of(29, Unit.DAYS)


def test_a_suspension_spanning_a_holiday() -> None:
    # Received Thursday 30 April; Friday 1 May is Labour Day, so counting starts Monday 4
    # May and the 10th working day is Monday 18 May (Ascension, 14 May, skipped).
    # Suspended Tuesday 12 to Monday 18 May: 13, 15 and 18 May do not count; 14 May was
    # not a working day anyway. Three working days on: Thursday 21 May.
    suspension: list[Event] = [Suspended(at=at(2026, 5, 12, 10)), Resumed(at=at(2026, 5, 18, 10))]
    plain = report("wd", at(2026, 4, 30, 10), [], at(2026, 5, 5))
    assert plain.deadline.last_day == date(2026, 5, 18)
    r = report("wd", at(2026, 4, 30, 10), suspension, at(2026, 5, 19))
    assert r.deadline.last_day == date(2026, 5, 21)
    counted = [s for s in r.deadline.steps if isinstance(s, steps.SuspensionCounted)]
    assert [s.days for s in counted] == [3]
    skipped = [s.date for s in r.deadline.steps if isinstance(s, steps.DayOff)]
    assert skipped == [date(2026, 5, 1), date(2026, 5, 14)]


def test_two_suspensions() -> None:
    second: list[Event] = [Suspended(at=at(2026, 3, 11, 9)), Resumed(at=at(2026, 3, 12, 15))]
    r = report("wd", at(2026, 3, 2, 10), SUSPENSION + second, at(2026, 3, 13))
    counted = [s.days for s in r.deadline.steps if isinstance(s, steps.SuspensionCounted)]
    assert counted == [3, 1]
    assert r.deadline.last_day == date(2026, 3, 20)


def test_an_extension_counted_from_the_start() -> None:
    # 1 month from Friday 30 January ends on 28 February (a Saturday: Monday 2 March);
    # extended by 2 months, one combined period of 3 months: Thursday 30 April.
    extension = [Extended(at=at(2026, 2, 20), by="2 months")]
    r = report("month", at(2026, 1, 30, 10), extension, at(2026, 3, 1))
    assert r.deadline.last_day == date(2026, 4, 30)
    counted = [s for s in r.deadline.steps if isinstance(s, steps.ExtensionCounted)]
    assert [str(s.total) for s in counted] == ["3 months"]


def test_an_extension_counted_from_the_original_last_day() -> None:
    # From the last day in force, Monday 2 March: 2 May, a Saturday, rolls to Monday 4 May.
    extension = [Extended(at=at(2026, 2, 20), by="2 months")]
    r = report("month-last", at(2026, 1, 30, 10), extension, at(2026, 3, 1))
    assert r.deadline.last_day == date(2026, 5, 4)
    counted = [s for s in r.deadline.steps if isinstance(s, steps.ExtensionCounted)]
    assert [s.total for s in counted] == [None]


def test_answered_exactly_at_due_is_late_and_a_microsecond_before_is_met() -> None:
    due = CHARTER.deadline("wd", at(2026, 3, 2, 10)).due
    late = report("wd", at(2026, 3, 2, 10), [Answered(at=due)], due + timedelta(days=1))
    assert late.status is Status.LATE
    assert late.remaining == Amount(0, Unit.WORKING_DAYS)
    met = report("wd", at(2026, 3, 2, 10), [Answered(at=due - MICROSECOND)], due)
    assert met.status is Status.MET
    assert met.answered == due - MICROSECOND
    assert met.response == Amount.of(10, Unit.WORKING_DAYS)


def test_the_at_risk_threshold() -> None:
    # 10 working days, warning at 80 %: at risk from the start of Friday 13 March, when
    # Friday 13 and Monday 16 March are all that is left.
    start_of_friday = at(2026, 3, 13)
    risky = report("wd", at(2026, 3, 2, 10), [], start_of_friday)
    assert (risky.status, risky.elapsed) == (Status.AT_RISK, Fraction(4, 5))
    before = report("wd", at(2026, 3, 2, 10), [], start_of_friday - MICROSECOND)
    assert before.status is Status.ON_TRACK
    assert before.elapsed < Fraction(4, 5)
    # Over a weekend nothing elapses in working days.
    saturday = report("wd", at(2026, 3, 2, 10), [], at(2026, 3, 7, 15))
    monday = report("wd", at(2026, 3, 2, 10), [], at(2026, 3, 9))
    assert saturday.remaining == monday.remaining == Amount.of(6, Unit.WORKING_DAYS)


def test_a_custom_warning_share() -> None:
    # "strict" warns at 50 %: 5 working days from Monday 2 March, half used at noon on
    # Thursday 5 March (Tuesday, Wednesday, half of Thursday... counted from Tuesday).
    r = report("strict", at(2026, 3, 2, 10), [], at(2026, 3, 5, 12))
    assert r.elapsed == Fraction(1, 2)
    assert r.status is Status.AT_RISK


def test_a_case_still_suspended_at_the_instant() -> None:
    case = Case(guarantee="wd", received=at(2026, 3, 2, 10), events=SUSPENSION[:1])
    r = CHARTER.evaluate(case, at=at(2026, 3, 10, 12))
    assert r.status is Status.SUSPENDED
    assert r.suspended_since == at(2026, 3, 4, 14)
    # The deadline if the clock ran again now: 5, 6, 9 and 10 March not counted.
    assert r.deadline.last_day == date(2026, 3, 20)
    assert r.remaining == Amount.of(Fraction(17, 2), Unit.WORKING_DAYS)
    # Long after, still suspended: still not breached, the deadline keeps moving.
    later = CHARTER.evaluate(case, at=at(2026, 6, 1))
    assert later.status is Status.SUSPENDED
    assert later.deadline.due > at(2026, 6, 1)


def test_a_suspension_after_the_deadline_leaves_the_case_breached() -> None:
    events: list[Event] = [Suspended(at=at(2026, 3, 18, 9))]  # the deadline was 17 March 00:00
    r = report("wd", at(2026, 3, 2, 10), events, at(2026, 3, 20))
    assert r.status is Status.BREACHED
    assert r.deadline.due == at(2026, 3, 17)
    resumed = [*events, Resumed(at=at(2026, 3, 19, 9))]
    assert report("wd", at(2026, 3, 2, 10), resumed, at(2026, 3, 20)).status is Status.BREACHED


def test_an_answer_while_suspended_is_met() -> None:
    events: list[Event] = [Suspended(at=at(2026, 3, 4, 14)), Answered(at=at(2026, 4, 20))]
    r = report("wd", at(2026, 3, 2, 10), events, at(2026, 5, 1))
    assert r.status is Status.MET
    assert r.suspended_since == at(2026, 3, 4, 14)


def test_breached_and_late_with_their_remaining_time() -> None:
    r = report("wd", at(2026, 3, 2, 10), [], at(2026, 3, 18, 12))
    assert r.status is Status.BREACHED
    assert r.remaining == Amount.of(Fraction(-3, 2), Unit.WORKING_DAYS)
    assert r.elapsed == Fraction(23, 20)
    late = report("wd", at(2026, 3, 2, 10), [Answered(at=at(2026, 3, 18, 12))], at(2026, 4, 1))
    assert late.status is Status.LATE
    assert late.response == Amount.of(12, Unit.WORKING_DAYS)


def test_service_hours_stay_service_hours() -> None:
    # 4 service hours from Monday 10:00 on a Mo-Fr 09-12, 13-17 line, suspended 11:00 to
    # 14:00: 10-11 and 14-17 count, due 17:00; at 15:00, 2 service hours are left.
    events: list[Event] = [Suspended(at=at(2026, 3, 2, 11)), Resumed(at=at(2026, 3, 2, 14))]
    r = report("callback", at(2026, 3, 2, 10), events, at(2026, 3, 2, 15))
    assert r.deadline.due == at(2026, 3, 2, 17)
    assert r.remaining == Amount.of(2, Unit.SERVICE_HOURS)
    assert r.elapsed == Fraction(1, 2)
    answered: list[Event] = [*events, Answered(at=at(2026, 3, 3, 9, 30))]
    done = report("callback", at(2026, 3, 2, 10), answered, at(2026, 3, 4))
    assert done.status is Status.LATE
    assert done.response == Amount.of(Fraction(9, 2), Unit.SERVICE_HOURS)


def test_hours_are_real_time_across_the_spring_change() -> None:
    # 48 hours under EU 1182/71 from Saturday 28 March 2026 10:20: counted from 11:00;
    # the night to Sunday loses an hour, so they end on Monday at 12:00 on the clock.
    r = report("hours", at(2026, 3, 28, 10, 20), [], at(2026, 3, 29, 10))
    assert r.deadline.due == at(2026, 3, 30, 12)
    assert r.remaining.unit is Unit.HOURS
    assert r.remaining == Amount.of(26, Unit.HOURS)


def test_events_after_the_instant_do_not_count() -> None:
    case = Case(
        guarantee="wd",
        received=at(2026, 3, 2, 10),
        events=[*SUSPENSION, Answered(at=at(2026, 3, 12))],
    )
    assert CHARTER.evaluate(case, at=at(2026, 3, 5)).status is Status.SUSPENDED
    assert CHARTER.evaluate(case, at=at(2026, 3, 10)).status is Status.ON_TRACK
    assert CHARTER.evaluate(case, at=at(2026, 3, 12)).status is Status.MET


def test_a_late_extension_is_accepted_where_no_notice_is_required() -> None:
    # 5 working days end on Monday 9 March; extended on Thursday 12 March all the same:
    # 10 working days from the start end on Monday 16 March.
    events: list[Event] = [Extended(at=at(2026, 3, 12), by="5 working days")]
    r = report("late-notice", at(2026, 3, 2, 10), events, at(2026, 3, 12, 12))
    assert r.status is Status.ON_TRACK
    assert r.deadline.last_day == date(2026, 3, 16)
    # Where notice is required, the same is refused.
    late = [Extended(at=at(2026, 3, 20), by="1 working day")]
    with pytest.raises(CaseError, match="noticed after the deadline in force"):
        CHARTER.deadline("wd", at(2026, 3, 2, 10), late)


def test_the_report_pickles() -> None:
    r = report("wd", at(2026, 3, 2, 10), SUSPENSION, at(2026, 3, 10))
    assert pickle.loads(pickle.dumps(r)) == r  # noqa: S301 - our own data


# -- histories and policies --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("guarantee", "events", "index", "message"),
    [
        ("strict", [Suspended(at=at(2026, 3, 3))], 0, "guarantee 'strict' allows no suspension"),
        (
            "strict",
            [Extended(at=at(2026, 3, 3), by="5 working days")],
            0,
            "guarantee 'strict' allows no extension",
        ),
        (
            "wd",
            [
                Extended(at=at(2026, 3, 3), by="10 working days"),
                Extended(at=at(2026, 3, 4), by="10 working days"),
            ],
            1,
            "guarantee 'wd' may be extended once only",
        ),
        (
            "month",
            [Extended(at=at(2026, 3, 3), by="2 months")] * 2
            + [Extended(at=at(2026, 3, 4), by="1 month")],
            2,
            "may be extended 2 times only",
        ),
        (
            "wd",
            [Extended(at=at(2026, 3, 3), by="11 working days")],
            0,
            "may be extended by at most 10 working days",
        ),
        (
            "wd",
            [Extended(at=at(2026, 3, 3), by="10 days")],
            0,
            "may be extended by at most 10 working days",
        ),
        (
            "wd",
            [Extended(at=at(2026, 3, 17), by="10 working days")],
            0,
            (
                "event 0 (Extended at 2026-03-17T00:00:00+01:00): noticed after the deadline in "
                "force (due 2026-03-17T00:00:00+01:00)"
            ),
        ),
    ],
)
def test_what_a_guarantee_does_not_allow(
    guarantee: str, events: list[Event], index: int, message: str
) -> None:
    case = Case(guarantee=guarantee, received=at(2026, 3, 2, 10), events=events, reference="R-7")
    with pytest.raises(CaseError, match=re.escape(message)) as caught:
        CHARTER.evaluate(case, at=at(2026, 4, 1))
    assert caught.value.index == index
    assert caught.value.reference == "R-7"
    assert str(caught.value).startswith("case 'R-7': event ")


@pytest.mark.parametrize(
    ("events", "index", "message"),
    [
        ([Resumed(at=at(2026, 3, 3))], 0, "resumed while not suspended"),
        (
            [Suspended(at=at(2026, 3, 3)), Suspended(at=at(2026, 3, 4))],
            1,
            "suspended while already suspended",
        ),
        ([Suspended(at=at(2026, 3, 1))], 0, "before the receipt"),
        (
            [Suspended(at=at(2026, 3, 4)), Resumed(at=at(2026, 3, 3))],
            1,
            "before the receipt or the event before it",
        ),
        ([Answered(at=at(2026, 3, 3)), Answered(at=at(2026, 3, 4))], 1, "after the answer"),
    ],
)
def test_impossible_histories(events: list[Event], index: int, message: str) -> None:
    with pytest.raises(CaseError, match=re.escape(message)) as caught:
        Case(guarantee="wd", received=at(2026, 3, 2, 10), events=events, reference="X")
    assert caught.value.index == index
    assert str(caught.value).startswith(f"case 'X': event {index} (")


def test_history_order_is_compared_in_real_time() -> None:
    # 02:30 CEST comes before 02:10 CET on 25 October 2026: the wall clock goes back.
    first = datetime(2026, 10, 25, 2, 30, tzinfo=BRUSSELS)
    second = datetime(2026, 10, 25, 2, 10, fold=1, tzinfo=BRUSSELS)
    case = Case(
        guarantee="wd",
        received=at(2026, 10, 24),
        events=[Suspended(at=first), Resumed(at=second)],
    )
    assert case.known_at(datetime(2026, 10, 25, 2, 20, fold=1, tzinfo=BRUSSELS)) == (
        Suspended(at=first),
        Resumed(at=second),
    )
    assert case.known_at(datetime(2026, 10, 25, 2, 20, tzinfo=BRUSSELS)) == ()
    with pytest.raises(CaseError, match="before the receipt or the event before it"):
        Case(
            guarantee="wd",
            received=at(2026, 10, 24),
            events=[Suspended(at=second), Resumed(at=first)],
        )


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"guarantee": "Not An Id"}, CharterValueError, "is not an id"),
        ({"received": datetime(2026, 3, 2)}, NaiveDatetimeError, "naive"),
        ({"events": "suspended"}, CharterTypeError, "iterable of case events"),
        ({"events": [object()]}, CharterTypeError, "a case event at index 0"),
        ({"reference": 42}, CharterTypeError, "a text or None as reference"),
    ],
)
def test_bad_cases(kwargs: dict[str, object], error: type[Exception], message: str) -> None:
    values: dict[str, object] = {"guarantee": "wd", "received": at(2026, 3, 2)} | kwargs
    with pytest.raises(error, match=re.escape(message)):
        Case(**values)  # type: ignore[arg-type]


def test_evaluating_before_the_receipt_or_an_unknown_guarantee() -> None:
    case = Case(guarantee="wd", received=at(2026, 3, 2, 10), reference="R-1")
    with pytest.raises(CaseError, match=r"case 'R-1': evaluated at 2026-03-02T09:00:00\+01:00"):
        CHARTER.evaluate(case, at=at(2026, 3, 2, 9))
    unknown = Case(guarantee="nope", received=at(2026, 3, 2, 10))
    with pytest.raises(CaseError, match="no guarantee 'nope' in the charter"):
        CHARTER.evaluate(unknown, at=at(2026, 3, 3))
    with pytest.raises(NaiveDatetimeError):
        CHARTER.evaluate(case, at=datetime(2026, 3, 3))
    with pytest.raises(CharterTypeError, match="a Case"):
        CHARTER.evaluate("R-1", at=at(2026, 3, 3))  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="a Charter"):
        CaseEvaluator("charter")  # type: ignore[arg-type]


def test_case_properties() -> None:
    case = Case(guarantee="wd", received=at(2026, 3, 2, 10), events=SUSPENSION[:1])
    assert case.suspended
    assert case.answered is None
    done = Case(
        guarantee="wd",
        received=at(2026, 3, 2, 10),
        events=[*SUSPENSION, Extended(at=at(2026, 3, 10), by="1 working day")],
    )
    assert not done.suspended
    answered = Case(guarantee="wd", received=at(2026, 3, 2), events=[Answered(at=at(2026, 3, 3))])
    assert answered.answered == at(2026, 3, 3)
    assert not answered.suspended


# -- measures ----------------------------------------------------------------------------------


def test_measure_units() -> None:
    assert measure_unit(Unit.MONTHS) is Unit.DAYS
    assert measure_unit(Unit.WEEKS) is Unit.DAYS
    assert measure_unit(Unit.WORKING_DAYS) is Unit.WORKING_DAYS
    assert measure_unit(Unit.SERVICE_HOURS) is Unit.SERVICE_HOURS
    calendar = CHARTER.calendar("legal")
    with pytest.raises(CharterTypeError, match="OpeningHours"):
        Measure(Unit.SERVICE_HOURS, calendar=calendar)
    with pytest.raises(CharterTypeError, match="a Unit"):
        Measure("days", calendar=calendar)  # type: ignore[arg-type]


def test_days_of_23_and_25_hours_are_whole_days() -> None:
    measure = Measure(Unit.DAYS, calendar=CHARTER.calendar("legal"))
    spring = measure.between(at(2026, 3, 29), at(2026, 3, 30))
    autumn = measure.between(at(2026, 10, 25), at(2026, 10, 26))
    assert spring == autumn == Amount.of(1, Unit.DAYS)
    # Noon on the 23-hour day: 11 of its 23 hours have passed (to a tick).
    noon = measure.between(at(2026, 3, 29), at(2026, 3, 29, 12))
    assert noon.ticks == 11 * 86_400_000_000 // 23
    assert measure.between(at(2026, 3, 30), at(2026, 3, 29)) == Amount.of(-1, Unit.DAYS)


def test_amounts_print_and_compare() -> None:
    assert str(Amount.of(1, Unit.WORKING_DAYS)) == "1 working day"
    assert str(Amount.of(Fraction(-3, 2), Unit.HOURS)) == "-1.5 hours"
    assert repr(Amount.of(Fraction(1, 3), Unit.DAYS)).startswith("Amount.of(Fraction(")
    assert float(Amount.of(Fraction(1, 4), Unit.DAYS)) == 0.25
    assert Amount.of(1, Unit.DAYS) < Amount.of(2, Unit.DAYS)


def test_the_module_function_and_the_method_agree() -> None:
    case = Case(guarantee="days", received=at(2026, 3, 2, 10), events=SUSPENSION)
    assert evaluate(CHARTER, case, at(2026, 3, 20)) == CHARTER.evaluate(case, at(2026, 3, 20))


# -- properties --------------------------------------------------------------------------------


def _evaluable(case: Case, when: datetime) -> CaseReport:
    try:
        return CHARTER.evaluate(case, at=when)
    except CaseError as error:  # an extension drawn after its deadline
        assume("noticed after the deadline" not in str(error))
        raise


@given(histories(), st.lists(st.integers(min_value=0, max_value=200 * 24), max_size=6))
def test_without_new_events_a_breach_is_never_undone(case: Case, hours: list[int]) -> None:
    start = max([case.received, *(e.at for e in case.events)])
    seen_breach = False
    for offset in sorted(hours):
        r = _evaluable(case, later(start, timedelta(hours=offset)))
        if seen_breach:
            assert r.status is Status.BREACHED
        seen_breach = seen_breach or r.status is Status.BREACHED
        if r.status.is_open:
            assert r.answered is None


@given(
    histories(),
    st.integers(min_value=0, max_value=40 * 24 * 60),
    st.integers(min_value=0, max_value=20 * 24 * 60),
)
def test_a_suspension_never_makes_the_deadline_earlier(
    case: Case, start_minutes: int, length_minutes: int
) -> None:
    g = CHARTER.guarantee(case.guarantee)
    assume(g.suspension_allowed and not case.suspended)
    body = [e for e in case.events if not isinstance(e, Answered)]
    last = max([case.received, *(e.at for e in body)])
    begin = later(last, timedelta(minutes=start_minutes))
    end = later(begin, timedelta(minutes=length_minutes))
    added = [*body, Suspended(at=begin), Resumed(at=end)]
    try:
        before = CHARTER.deadline(case.guarantee, case.received, body)
    except CaseError as error:
        assume("noticed after the deadline" not in str(error))
        raise
    after = CHARTER.deadline(case.guarantee, case.received, added)
    assert after.due >= before.due


@given(histories(), instants)
def test_a_report_is_consistent(case: Case, when: datetime) -> None:
    assume(when.astimezone(UTC) >= case.received.astimezone(UTC))  # instants, not wall clocks
    r = _evaluable(case, when)
    assert r.remaining.unit is measure_unit(CHARTER.guarantee(case.guarantee).period.unit)
    assert r.elapsed >= 0
    if r.status is Status.BREACHED and r.suspended_since is None:
        assert r.remaining.ticks <= 0
    if r.status in (Status.ON_TRACK, Status.AT_RISK):
        assert r.remaining.ticks >= 0
        assert when.astimezone(UTC) < r.deadline.due.astimezone(UTC)
    if r.status is Status.MET and r.suspended_since is None:
        assert r.answered is not None
        assert r.answered.astimezone(UTC) < r.deadline.due.astimezone(UTC)
    assert (r.response is not None) == (r.answered is not None)


@given(st.lists(histories(), min_size=1, max_size=8), instants)
def test_evaluate_gives_the_deadline_of_the_calculator(cases: list[Case], when: datetime) -> None:
    # Charter.evaluate remembers how periods end by day; each answer must still be the one
    # the public calculator gives for the same history.
    evaluator = CaseEvaluator(CHARTER)
    for case in cases:
        # In UTC: Python compares two datetimes of one zone by their wall clocks.
        assume(when.astimezone(UTC) >= case.received.astimezone(UTC))
        known = case.known_at(when)
        body = [e for e in known if not isinstance(e, Answered)]
        if body and isinstance(body[-1], Suspended):
            end = known[-1].at if len(known) > len(body) else when
            body.append(Resumed(at=end))
        try:
            expected = CHARTER.deadline(case.guarantee, case.received, body)
        except CaseError as error:
            assume("noticed after the deadline" not in str(error))
            raise
        assert evaluator(case, when).deadline == expected


@pytest.mark.parametrize("guarantee", ["wd", "days", "month", "strict"])
def test_remembered_endings_match_fresh_ones(guarantee: str) -> None:
    shared = CaseEvaluator(CHARTER)
    start = at(2026, 12, 21)  # Christmas week and the turn of the year
    for hour in range(0, 24 * 14, 5):
        received = later(start, timedelta(hours=hour))
        case = Case(guarantee=guarantee, received=received)
        when = later(received, timedelta(days=3))
        assert shared(case, when) == CaseEvaluator(CHARTER)(case, when)
