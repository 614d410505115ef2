"""The deadline calculator: when must the service answer, and why (docs/design.md).

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from charter import EU_1182_71, WorkingCalendar, belgium
>>> calendar = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
>>> received = datetime(2026, 12, 15, 10, 30, tzinfo=ZoneInfo("Europe/Brussels"))
>>> d = deadline(received, "10 days", calendar=calendar, rule=EU_1182_71)
>>> d.last_day
datetime.date(2026, 12, 28)
>>> d.due
datetime.datetime(2026, 12, 29, 0, 0, tzinfo=zoneinfo.ZoneInfo(key='Europe/Brussels'))
>>> [type(step).__name__ for step in d.steps]
['Received', 'CountingStarts', 'RolledForward', 'EndsAt']

Over 500 lines on purpose: one computation. ``_Computation`` holds the state every
switch of a counting rule reads and changes (where counting starts, the days off, the
suspensions and extensions in force), and records each decision as a step in order; its
methods are short, but split across modules they would pass that state back and forth.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from attrs import frozen
from dateutil.relativedelta import relativedelta

from charter._deprecated import renamed_names
from charter._memo import Memo
from charter._records import builder
from charter.calendars.base import check_date
from charter.calendars.instants import check_instant, check_supported_instant, wall_to_utc
from charter.calendars.working import WorkingCalendar
from charter.clock.events import (
    Event,
    Extended,
    Resumed,
    Start,
    Started,
    Suspended,
    check_history,
)
from charter.clock.periods import CALENDAR_UNITS, Period, Unit, to_period
from charter.clock.rules import (
    SERVICE_STANDARD,
    CountingRule,
    DaysOff,
    EndOfPeriod,
    ExtensionBase,
    MonthEnd,
    Notification,
)
from charter.clock.service import service_due
from charter.clock.steps import (
    CountingFrom,
    CountingStarts,
    CutoffReason,
    EndsAt,
    ExtendedUntil,
    ExtensionCounted,
    JudicialVacation,
    MinimumWorkingDays,
    MovedPastCutoff,
    Received,
    RolledForward,
    Step,
    SuspensionCounted,
)
from charter.errors import (
    MAX_YEAR,
    MIN_YEAR,
    CaseError,
    CharterTypeError,
    CharterValueError,
    RuleError,
    UnsupportedYearError,
)
from charter.hours.model import OpeningHours

__all__ = [
    "DayMemo",
    "Deadline",
    "counted_from",
    "deadline",
    "general_deadline",
    "unchecked_deadline",
]

#: Renamed in this release; the old name works, with a DeprecationWarning, until the next.
_RENAMED = renamed_names(__name__, {"history_deadline": "unchecked_deadline"})


def __getattr__(name: str) -> object:
    return _RENAMED(name)


_ONE_DAY = timedelta(days=1)
_ZERO = timedelta()
_MEMO_DAYS = 4096  # days a memo remembers before it starts again
#: Days a calendar's memo of one rule and period remembers (``deadline``'s fast path).
_KEPT_DAYS = 1024

#: How a period in days ends, by the day counting starts: its steps, last day and due.
DayMemo = dict[date, tuple[tuple[Step, ...], date, datetime]]
_ALL_DAYS_OFF = DaysOff.NON_WORKING_DAYS
_NO_PARTS: dict[Unit, int] = {}  # never written to: replaced on the first extension
#: The judicial vacation, 1 July to 31 August (Judicial Code art. 50 §2), as (month, day).
_VACATION = ((7, 1), (8, 31))
_TIME_UNITS = {Unit.MINUTES: timedelta(minutes=1), Unit.HOURS: timedelta(hours=1)}


def _advance(days: WorkingCalendar, rule: CountingRule, d: date, n: int, unit: Unit) -> date:
    """*d* plus *n* *unit*, by calendar arithmetic (working days: the n-th after *d*).

    *days* is the rule's calendar of working days.
    """
    try:
        if unit is Unit.WORKING_DAYS:
            return days.add_working_days(d, n)
        if unit is Unit.DAYS:
            return check_date(d + timedelta(days=n), "the end of the period")
        if unit is Unit.WEEKS:
            return check_date(d + timedelta(weeks=n), "the end of the period")
        return check_date(_add_months(rule, d, n if unit is Unit.MONTHS else 12 * n))
    except (OverflowError, ValueError) as error:
        if isinstance(error, UnsupportedYearError):
            raise
        raise UnsupportedYearError(
            f"{Period(n, unit)} from {d.isoformat()} ends outside the supported years"
        ) from None


def _add_months(rule: CountingRule, d: date, months: int) -> date:
    if rule.months_from_first_day or rule.count_event_day:
        # Judicial Code art. 54: from the so-many-th (the first day counted) to the day
        # before the so-many-th; where that date does not exist, the month's last day.
        # Counting the event's day gives the same: 1 March + 1 month ends on 31 March.
        first = d + _ONE_DAY
        target: date = first + relativedelta(months=months)
        return target if target.day < first.day else target - _ONE_DAY
    clamped: date = d + relativedelta(months=months)
    if rule.month_end is MonthEnd.NEXT_DAY and clamped.day < d.day:
        return clamped + timedelta(days=d.day - clamped.day)
    return clamped


def _held(
    days: WorkingCalendar,
    required: int,
    first: date,
    last: date,
    paused: tuple[tuple[date, date], ...],
) -> date:
    """*last*, or the day that gives ``[first, last]`` *required* working days (art. 3(5)).

    The suspended working days (*paused*, ``(a, b]`` ranges) do not count.
    """
    before = first - _ONE_DAY
    counted = days.working_days_between(before, last)
    for a, b in paused:  # suspended working days do not count (art. 3(5)'s purpose)
        if a < last:
            counted -= days.working_days_between(a, min(b, last))
    if counted >= required:
        return last
    return days.add_working_days(last, required - counted)


@frozen(kw_only=True)
class Deadline:
    """When the answer is due, and the steps that explain it.

    ``due`` is exclusive: an answer strictly before it is on time. ``last_day`` is the
    local day the period ends on; ``period`` is the period asked for (extensions are in
    the steps, as ``ExtensionCounted``).
    """

    received: datetime
    period: Period
    rule: CountingRule
    due: datetime
    last_day: date
    steps: tuple[Step, ...]

    def is_met_by(self, answered: datetime) -> bool:
        """Whether an answer at *answered* is on time (strictly before ``due``)."""
        return check_instant(answered) < self.due


#: The units the fast path counts (:func:`_fast_deadline`): one unit of calendar days.
_DAY_UNITS = frozenset({Unit.DAYS, Unit.WORKING_DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS})
# The records of the fast path, built without ``__init__`` (charter._records): the
# values are the computation's own, checked already.
_new_deadline = builder(Deadline)
_received = builder(Received)
_counting_from = builder(CountingFrom)
_moved_past = builder(MovedPastCutoff)
_counting_starts = builder(CountingStarts)
_rolled = builder(RolledForward)
_minimum = builder(MinimumWorkingDays)
_ends_at = builder(EndsAt)
_suspension = builder(SuspensionCounted)


def _fast_unit(period: Period, rule: CountingRule) -> Unit | None:
    """The unit of a period the fast path counts under *rule*, or None: the general path.

    Decided by the rule's switches and the period, never by which rule it is: a period
    of one calendar unit, received (not notified on paper), no cut-off at the channel's
    hours, no end at close of business, no judicial vacation. None of these needs
    opening hours. The history must hold no change either (:func:`_unchanged`).
    """
    single = period.single
    if (
        single is None
        or single[1] not in _DAY_UNITS
        or rule.notification is not Notification.RECEIVED
        or rule.cutoff_outside_hours
        or rule.end is EndOfPeriod.CLOSE_OF_BUSINESS
        or rule.judicial_vacation
    ):
        return None
    return single[1]


def _kept_memo(calendar: WorkingCalendar, rule: CountingRule, period: Period) -> DayMemo:
    """The memo of how *period* under *rule* ends by its first day, kept by *calendar*.

    Without events, a period in days ends the same way for every receipt that starts
    counting on the same day (``_remembered``); the calendar keeps one memo per rule and
    period, as it keeps a year's working days (docs/design.md#limits).
    """
    key = ("deadline", id(rule), period.parts)
    kept = calendar.kept.get(key)
    if kept is None or kept[0] is not rule:  # type: ignore[index]
        kept = calendar.kept.put(key, (rule, Memo(_KEPT_DAYS)))
    return kept[1]  # type: ignore[index,no-any-return]


def _remember(
    memo: DayMemo, day: date, found: tuple[tuple[Step, ...], date, datetime]
) -> tuple[tuple[Step, ...], date, datetime]:
    """Remember *found* for *day* in *memo*, within its bounds; return it.

    A ``Memo`` forgets its oldest day; a plain dict (a caller's) starts again when full.
    """
    if isinstance(memo, Memo):
        memo.put(day, found)
        return found
    if len(memo) >= _MEMO_DAYS:
        memo.clear()
    memo[day] = found
    return found


def _unchanged(events: Sequence[Event]) -> bool:
    """Whether *events* hold no suspension and no extension: nothing moves the deadline."""
    for event in events:  # noqa: SIM110 - a loop: the history is short, mostly empty
        if isinstance(event, Suspended | Extended):
            return False
    return True


def _day_cutoffs(
    at: datetime, rule: CountingRule, calendar: WorkingCalendar, steps: list[Step]
) -> datetime:
    """The receipt after the rule's cut-off time and closed-day move, each one a step.

    A receipt on a working day at or after the cut-off counts as the next day, as if
    received in the night: a later receipt is never due earlier (Friday 18:00 counts as
    Saturday, not as Monday). Both paths of the computation take the receipt from here.
    """
    cutoff = rule.cutoff
    if cutoff is not None and at.time() >= cutoff and calendar.is_working_day(at.date()):
        at = calendar.midnight(check_date(at.date() + _ONE_DAY, "the next day"))
        steps.append(_moved_past(at.date(), at, CutoffReason.AFTER_CUTOFF_TIME))
    if rule.cutoff_non_working_day and not calendar.is_working_day(at.date()):
        at = calendar.midnight(calendar.add_working_days(at.date(), 0))
        steps.append(_moved_past(at.date(), at, CutoffReason.NON_WORKING_DAY))
    return at


def _fast_deadline(  # noqa: PLR0913, PLR0917 - the computation's whole input
    local: datetime,
    period: Period,
    unit: Unit,
    calendar: WorkingCalendar,
    rule: CountingRule,
    memo: DayMemo | None,
) -> Deadline:
    """The general path's deadline (:class:`_Computation`), without events, straight on.

    *local* is the receipt in the calendar's zone; *unit* is the period's, one that
    :func:`_fast_unit` accepts. The steps and results are those of the general path,
    decision for decision (tests/test_deadline_fast.py holds the two together).
    """
    steps: list[Step] = [_received(local)]
    at = _day_cutoffs(local, rule, calendar, steps)
    end = rule.end
    if memo is not None and end is not EndOfPeriod.SAME_TIME:
        day = at.date()
        found = memo.get(day)
        if found is None:
            mark = len(steps)
            last, due = _fast_days(at, period, unit, calendar, rule, steps)
            found = _remember(memo, day, (tuple(steps[mark:]), last, due))
        else:
            steps.extend(found[0])
        last, due = found[1], found[2]
    else:
        last, due = _fast_days(at, period, unit, calendar, rule, steps)
    return _new_deadline(local, period, rule, due, last, tuple(steps))


def _fast_days(  # noqa: PLR0913, PLR0917 - the computation's whole state
    start: datetime,
    period: Period,
    unit: Unit,
    calendar: WorkingCalendar,
    rule: CountingRule,
    steps: list[Step],
) -> tuple[date, datetime]:
    """``_Computation._day_due`` without events: the last day and due; steps to *steps*."""
    days = calendar if rule.days_off is _ALL_DAYS_OFF else rule.working_calendar(calendar)
    amount = period.parts[0][0]
    event_day = start.date()
    nominal_first = event_day if rule.count_event_day else event_day + _ONE_DAY
    if unit is Unit.WORKING_DAYS:  # counting starts on a working day
        first = days.add_working_days(nominal_first, 0)
        steps.append(_counting_starts(first, calendar.midnight(first), rule.days_off))
        last = days.add_working_days(first - _ONE_DAY, amount)
        steps.extend(days.days_off(nominal_first, last))  # a holiday before counting too
    else:
        first = nominal_first
        steps.append(_counting_starts(first, calendar.midnight(first), rule.days_off))
        last = _advance(days, rule, first - _ONE_DAY, amount, unit)
    if rule.roll_forward and not days.is_working_day(last):
        moved = days.add_working_days(last, 0)
        steps.append(_rolled(last, moved, days.day_off(last)))
        last = moved
    required = rule.min_working_days
    # Art. 3(5) holds a period of two days or more: not one of working days, nor one day.
    if required and unit is not Unit.WORKING_DAYS and (unit is not Unit.DAYS or amount >= 2):
        moved = _held(days, required, first, last, ())
        if moved != last:
            steps.append(_minimum(last, moved, required))
            last = moved
    end = rule.end
    if end is EndOfPeriod.END_OF_DAY:
        due = calendar.midnight(last + _ONE_DAY)
    else:  # the same time of day (the fast path takes no close of business)
        zone = calendar.zone
        due = wall_to_utc(zone, datetime.combine(last, start.time())).astimezone(zone)
    steps.append(_ends_at(due, last, end))
    return last, due


def _by_unit(parts: tuple[tuple[int, Unit], ...]) -> dict[Unit, int]:
    return {unit: amount for amount, unit in parts}


def _check_arguments(
    calendar: object, rule: object, hours: object
) -> tuple[WorkingCalendar, CountingRule, OpeningHours | None]:
    if not isinstance(calendar, WorkingCalendar):
        raise CharterTypeError.expected("a WorkingCalendar as calendar", calendar)
    if not isinstance(rule, CountingRule):
        raise CharterTypeError.expected("a CountingRule such as SERVICE_STANDARD", rule)
    if hours is not None and not isinstance(hours, OpeningHours):
        raise CharterTypeError.expected("OpeningHours or None as hours", hours)
    return calendar, rule, hours


class _Events:
    """The suspensions and extensions of a history, in the order they happened.

    *resume_at* closes a suspension still open at the end (the deadline if the clock ran
    again then); without it, an open suspension is refused.
    """

    def __init__(self, events: Iterable[Event], resume_at: datetime | None = None) -> None:
        self.suspensions: list[tuple[datetime, datetime]] = []
        self.extensions: list[Extended] = []
        #: Both, in the order they happened (a suspension where it started), each with the
        #: index of its event in the history.
        self.changes: list[tuple[int, Extended | tuple[datetime, datetime]]] = []
        open_at: tuple[int, Suspended] | None = None
        for index, event in enumerate(events):
            if isinstance(event, Suspended):
                open_at = (index, event)
            elif isinstance(event, Resumed) and open_at is not None:
                self._pause(open_at, event.at)
                open_at = None
            elif isinstance(event, Extended):
                self.extensions.append(event)
                self.changes.append((index, event))
        if open_at is not None:
            if resume_at is None:
                raise CaseError.at_event(
                    *open_at,
                    "not resumed: the deadline is not known until the clock runs again",
                )
            self._pause(open_at, resume_at)

    def _pause(self, suspended: tuple[int, Suspended], resumed: datetime) -> None:
        pause = (suspended[1].at, resumed)
        self.suspensions.append(pause)
        self.changes.append((suspended[0], pause))


def _needs_hours(period: Period, rule: CountingRule, hours: OpeningHours | None) -> None:
    if hours is None and rule.needs_hours(period):
        raise RuleError(
            f"{period} under rule {rule.name!r} needs the channel's opening hours: pass hours=..."
        )


def unchecked_deadline(  # noqa: PLR0913 - deadline()'s arguments, checked already
    received: datetime,
    period: Period,
    *,
    calendar: WorkingCalendar,
    rule: CountingRule,
    hours: OpeningHours | None,
    events: Sequence[Event],
    resume_at: datetime | None,
    notice_required: bool,
    memo: DayMemo | None = None,
    extension_limit: Period | None = None,
) -> Deadline:
    """:func:`deadline` for a history checked already (a ``Case``'s), without the checks.

    (Was ``history_deadline``: what sets it apart is the checks it leaves to its caller.)

    A suspension still open at the end is taken to end at *resume_at*; answers are
    ignored. For :mod:`charter.cases`, which evaluates millions of cases: *memo*, kept
    by the caller for one period, rule, calendar and hours, remembers how a period in
    days that starts counting on a given day ends, for histories without suspension or
    extension (most of them).
    """
    unit = _fast_unit(period, rule)
    if unit is not None and _unchanged(events):
        local = received.astimezone(calendar.zone)
        return _fast_deadline(local, period, unit, calendar, rule, memo)
    _needs_hours(period, rule, hours)
    computation = _Computation(
        received=received,
        period=period,
        calendar=calendar,
        rule=rule,
        hours=hours,
        events=_Events(events, resume_at),
        notice_required=notice_required,
        extension_limit=extension_limit,
    )
    computation.memo = memo
    return computation.run()


def deadline(  # noqa: PLR0913 - the public API's signature
    received: datetime,
    period: Period | str,
    *,
    calendar: WorkingCalendar,
    rule: CountingRule = SERVICE_STANDARD,
    hours: OpeningHours | None = None,
    events: Iterable[Event] = (),
    notice_required: bool = True,
    extension_limit: Period | str | None = None,
) -> Deadline:
    """The deadline for a question *received* at an instant, for *period* under *rule*.

    Args:
        received: when the question arrived (aware; any zone).
        period: a ``Period`` or its text (``"5 working days"``, ``"P1M"``).
        calendar: the working calendar; its zone is the one the days are counted in.
        rule: the counting rule (``SERVICE_STANDARD`` unless said otherwise).
        hours: the channel's opening hours, for service hours, a cut-off outside opening
            hours, or an end at close of business.
        events: suspensions, resumptions and extensions, in time order (answers are
            ignored here: :meth:`charter.Charter.evaluate` judges them).
        notice_required: whether an extension must be noticed before the deadline in
            force (docs/design.md); ``False`` accepts a late one.
        extension_limit: the most an extension may add; an extension *until* a date is
            refused if the date is later than this after the deadline in force (None: no
            limit is checked).
    """
    received = check_supported_instant(received, "received")
    if received.year in (MIN_YEAR, MAX_YEAR):  # the day in UTC may be outside the years
        check_date(received.astimezone(UTC).date(), "the receipt")
    period = to_period(period)
    calendar, rule, hours = _check_arguments(calendar, rule, hours)
    unit = _fast_unit(period, rule)
    if unit is None:  # the fast path's periods and rules need no opening hours
        _needs_hours(period, rule, hours)
    history = events if type(events) is tuple and not events else check_history(received, events)
    limit = None if extension_limit is None else to_period(extension_limit)
    for index, event in enumerate(history):
        if type(event) is Started:
            raise CaseError.at_event(
                index,
                event,
                "a start event: pass its instant as received (Charter.deadline does so for "
                "a guarantee that counts from it)",
            )
    if unit is not None and _unchanged(history):
        local = received.astimezone(calendar.zone)
        return _fast_deadline(
            local, period, unit, calendar, rule, _kept_memo(calendar, rule, period)
        )
    return _general(
        received, period, calendar, rule, hours, _Events(history), notice_required, limit
    )


def counted_from(found: Deadline, received: datetime, start: Start | None) -> Deadline:
    """*found*, a deadline counted from a *start* event, with the receipt as its own.

    *found* was computed from the instant of the start event (its ``received``); the
    deadline returned is received at *received*, and its explanation tells the receipt,
    then the event the period counts from (a ``CountingFrom`` step). With *start* None,
    the event has not happened: *found* was counted from an instant it might happen at,
    and no step says it happened.
    """
    zone = found.received.tzinfo
    local = received.astimezone(zone)
    first: list[Step] = [_received(local)]
    if start is not None:
        first.append(_counting_from(found.received, start))
    steps = (*first, *found.steps[1:])
    return _new_deadline(local, found.period, found.rule, found.due, found.last_day, steps)


def general_deadline(  # noqa: PLR0913 - deadline()'s arguments, checked already
    received: datetime,
    period: Period,
    *,
    calendar: WorkingCalendar,
    rule: CountingRule,
    hours: OpeningHours | None,
    events: Sequence[Event],
    notice_required: bool = True,
    resume_at: datetime | None = None,
    extension_limit: Period | None = None,
) -> Deadline:
    """:func:`deadline` by the general computation, whatever the history: no fast path.

    For the tests that hold the fast path to it; the arguments are checked already, the
    history too (a ``Case``'s or :func:`~charter.clock.events.check_history`'s).
    """
    _needs_hours(period, rule, hours)
    changes = _Events(events, resume_at)
    return _general(
        received, period, calendar, rule, hours, changes, notice_required, extension_limit
    )


def _general(  # noqa: PLR0913, PLR0917 - the computation's whole input
    received: datetime,
    period: Period,
    calendar: WorkingCalendar,
    rule: CountingRule,
    hours: OpeningHours | None,
    events: _Events,
    notice_required: bool,  # noqa: FBT001 - internal
    extension_limit: Period | None,
) -> Deadline:
    return _Computation(
        received=received,
        period=period,
        calendar=calendar,
        rule=rule,
        hours=hours,
        events=events,
        notice_required=notice_required,
        extension_limit=extension_limit,
    ).run()


class _Computation:
    """One deadline being computed; collects its steps in order."""

    __slots__ = (
        "calendar",
        "dated",
        "days",
        "events",
        "extension_limit",
        "hours",
        "local",
        "memo",
        "notice_required",
        "parts",
        "paused",
        "period",
        "rule",
        "steps",
        "unit",
        "zone",
    )

    def __init__(  # noqa: PLR0913 - the computation's whole state
        self,
        *,
        received: datetime,
        period: Period,
        calendar: WorkingCalendar,
        rule: CountingRule,
        hours: OpeningHours | None,
        events: _Events,
        notice_required: bool,
        extension_limit: Period | None = None,
    ) -> None:
        self.zone = calendar.zone
        self.local = received.astimezone(self.zone)
        self.period = period
        #: The period's unit; a compound period (calendar units only) moves by days.
        single = period.single
        self.unit = Unit.DAYS if single is None else single[1]
        self.calendar = calendar
        #: The calendar of the rule's working days (docs/deadlines.md#days-off): the working
        #: calendar itself, or Saturdays, Sundays and public holidays only.
        self.days = calendar if rule.days_off is _ALL_DAYS_OFF else rule.working_calendar(calendar)
        self.rule = rule
        self.hours = hours
        self.events = events
        self.notice_required = notice_required
        self.extension_limit = extension_limit
        #: Whether an extension until a date moved the last day: later extensions then
        #: count from the last day in force.
        self.dated = False
        self.memo: DayMemo | None = None
        self.steps: list[Step] = [_received(self.local)]
        #: The days not counted while suspended, as ``(a, b]`` ranges of local days.
        self.paused: tuple[tuple[date, date], ...] = ()
        #: The period and the extensions counted from the start, by unit (once extended).
        self.parts: dict[Unit, int] = _NO_PARTS

    def run(self) -> Deadline:
        start = self._receipt()
        if self.unit.is_time:
            due = self._time_due(start)
            last_day = (due - timedelta(microseconds=1)).astimezone(self.zone).date()
            self.steps.append(EndsAt(due=due, last_day=last_day, end=None))
        else:
            last_day, due = self._remembered(start)
        return _new_deadline(self.local, self.period, self.rule, due, last_day, tuple(self.steps))

    def _remembered(self, start: datetime) -> tuple[date, datetime]:
        """:meth:`_day_due`, from the memo where the result depends on the day alone.

        Without suspensions or extensions, a period in days ends the same way for every
        start on the same day (unless it ends at the same time of day).
        """
        memo = self.memo
        if memo is None or self.events.changes or self.rule.end is EndOfPeriod.SAME_TIME:
            return self._day_due(start)
        day = start.date()
        found = memo.get(day)
        if found is None:
            mark = len(self.steps)
            last_day, due = self._day_due(start)
            found = _remember(memo, day, (tuple(self.steps[mark:]), last_day, due))
        else:
            self.steps.extend(found[0])
        return found[1], found[2]

    # -- the receipt and its cut-offs -------------------------------------------------------

    def _receipt(self) -> datetime:
        """The instant the receipt counts at, after the rule's cut-offs (each is a step)."""
        at = self.local
        if self.rule.notification is not Notification.RECEIVED:
            at = self._notified(at)
        if self.rule.cutoff_outside_hours and self.hours is not None and not self.hours.is_open(at):
            opening = self.hours.next_open(at)
            if opening is None:
                raise CharterValueError("the channel never opens again: no deadline can start")
            at = opening
            self._moved(at, CutoffReason.OUTSIDE_HOURS)
        return _day_cutoffs(at, self.rule, self.calendar, self.steps)

    def _notified(self, at: datetime) -> datetime:
        """Judicial Code art. 53bis: the day a notification on paper counts as made."""
        if self.rule.notification is Notification.REGISTERED_WITH_RECEIPT:
            day, reason = at.date() + _ONE_DAY, CutoffReason.PRESENTED
        else:
            day, reason = self.days.add_working_days(at.date(), 3), CutoffReason.POSTED
        at = self.calendar.midnight(check_date(day, "the day of notification"))
        self._moved(at, reason)
        return at

    def _moved(self, at: datetime, reason: CutoffReason) -> None:
        self.steps.append(MovedPastCutoff(on=at.date(), at=at, reason=reason))

    # -- periods in days, weeks, months, years, working days --------------------------------

    def _advance(self, d: date, n: int, unit: Unit) -> date:
        """*d* plus *n* *unit*, by calendar arithmetic (working days: the n-th after *d*)."""
        return _advance(self.days, self.rule, d, n, unit)

    def _day_due(self, start: datetime) -> tuple[date, datetime]:
        event_day = start.date()
        nominal_first = event_day if self.rule.count_event_day else event_day + _ONE_DAY
        first = nominal_first
        if self.unit is Unit.WORKING_DAYS:  # counting starts on a working day
            first = self.days.add_working_days(first, 0)
        self.steps.append(
            _counting_starts(first, self.calendar.midnight(first), self.rule.days_off)
        )
        anchor = first - _ONE_DAY  # counting n from here ends on the n-th day
        total = self.period
        single = total.single
        if single is not None:
            last = self._advance(anchor, single[0], single[1])
        else:
            last = self._compound(anchor, _by_unit(total.parts))
        shift = 0  # days the suspensions moved the last day by, so far
        later: list[Step] = []
        for index, change in self.events.changes:
            if isinstance(change, Extended) and change.until is not None:
                in_force = self._due_in_force(first, last, start)
                current = self._last_in_force(first, last)
                last = self._extend_to(change, index=index, in_force=in_force, current=current)
                shift = 0  # the date is the notice's: earlier suspensions are in it
                later.append(ExtendedUntil(at=change.at, until=change.until))
                continue
            if isinstance(change, Extended):
                in_force = self._due_in_force(first, last, start)
                combined, last = self._extend(
                    change,
                    index=index,
                    in_force=in_force,
                    anchor=anchor,
                    total=total,
                    last=last,
                    shift=shift,
                )
                total = combined or total
                assert change.by is not None  # noqa: S101 - one of by and until
                later.append(ExtensionCounted(at=change.at, by=change.by, total=combined))
                continue
            suspended, resumed = change
            days, moved = self._suspend(suspended, resumed, first, last, start)
            if self.unit is Unit.WORKING_DAYS:
                shift += self.days.working_days_between(last, moved)
            else:
                shift += (moved - last).days
            last = moved
            later.append(_suspension(suspended, resumed, days, _ZERO))
        if self.unit is Unit.WORKING_DAYS:
            self._skipped(nominal_first, last)  # a holiday before counting starts too
        self.steps.extend(later)
        last = self._roll_forward(last)
        if self.rule.judicial_vacation:
            last = self._judicial_vacation(first, last)
        last = self._minimum_working_days(first, last)
        return self._end(last, start)

    def _suspend(
        self, suspended: datetime, resumed: datetime, first: date, last: date, start: datetime
    ) -> tuple[int, date]:
        """The days a suspension does not count, and the last day it gives."""
        in_force = self._due_in_force(first, last, start)
        counted = self._not_counted(suspended, resumed, first, last, in_force)
        if counted is None:
            return 0, last
        days, base = counted
        moved = self._shifted(base, days)
        if moved < resumed.astimezone(self.zone).date():
            # Never due before the resumption: its day is given back at least.
            moved = self._resumption_day(resumed)
        return days, moved

    def _judicial_vacation(self, first: date, last: date) -> date:
        """Art. 50 §2 with its step, where it applies; then art. 53 again."""
        september = self._vacation(first, last)
        if september is None:
            return last
        self.steps.append(JudicialVacation(from_day=last, to_day=september))
        return self._roll_forward(september)

    def _vacation(self, first: date, last: date) -> date | None:
        """Judicial Code art. 50 §2: 15 September, or None if the vacation plays no part.

        A period that starts and expires in the judicial vacation (1 July to 31 August),
        under a rule that says so, runs until 15 September. *last* is the expiry after
        art. 53 (docs/deadlines.md#judicial-vacation).
        """
        if not self.rule.judicial_vacation or first.year != last.year:
            return None
        if _VACATION[0] <= (first.month, first.day) and (last.month, last.day) <= _VACATION[1]:
            return date(last.year, 9, 15)
        return None

    def _extend(  # noqa: PLR0913 - the extension and the state it changes
        self,
        extension: Extended,
        *,
        index: int,
        in_force: datetime,
        anchor: date,
        total: Period,
        last: date,
        shift: int,
    ) -> tuple[Period | None, date]:
        """The combined period (None: not combined) and the last day after *extension*.

        docs/design.md: by default one combined period from the start; otherwise counted from
        the last day in force.
        """
        by = extension.by
        assert by is not None  # noqa: S101 - the caller took an extension until a date
        if by.is_time:
            raise RuleError(f"a period of {self.period} cannot be extended by {by}")
        self._check_notice(extension, index, in_force)
        if self.rule.extension_from is ExtensionBase.LAST_DAY or self.dated:
            return None, self._compound(self._in_force(last), _by_unit(by.parts))
        if self.parts is _NO_PARTS:
            self.parts = _by_unit(self.period.parts)
        for amount, unit in by.parts:
            self.parts[unit] = self.parts.get(unit, 0) + amount
        if len(total.parts) == len(by.parts) == 1 and by.unit is total.unit:
            total = Period(total.amount + by.amount, total.unit)
            advanced = self._advance(anchor, total.amount, total.unit)
            return total, self._shifted(advanced, shift)
        # Other units: the nominal end moves, never the rolled-forward day (art. 3(4) and
        # art. 53 move only the last day of the period, and the extended period has another
        # one): the period and its extensions count from the start as one, months first.
        combined = self._combined()
        return combined, self._shifted(self._compound(anchor, self.parts), shift)

    def _extend_to(
        self, extension: Extended, *, index: int, in_force: datetime, current: date
    ) -> date:
        """The last day after an extension until a date: that date (docs/deadlines.md).

        Noticed before the deadline in force (where notice is required), after *current*,
        the last day in force (rolled forward, the judicial vacation and the minimum of
        working days counted), and no later than the extension limit allows from it.
        """
        until = extension.until
        assert until is not None  # noqa: S101 - the caller checked
        self._check_notice(extension, index, in_force)
        if until <= current:
            message = (
                f"the date in the notice, {until}, is not after the last day in force, {current}"
            )
            raise CaseError.at_event(index, extension, message)
        limit = self.extension_limit
        if limit is not None:
            latest = self._compound(current, _by_unit(limit.parts))
            if until > latest:
                message = (
                    f"the date in the notice, {until}, is more than {limit} after the last "
                    f"day in force, {current} (at most {latest})"
                )
                raise CaseError.at_event(index, extension, message)
        self.dated = True
        return until

    def _combined(self) -> Period | None:
        """The period and its extensions as one period, if one can hold them.

        None for working days with calendar units.
        """
        if Unit.WORKING_DAYS in self.parts and len(self.parts) > 1:
            return None
        order = [(self.parts[unit], unit) for unit in CALENDAR_UNITS if unit in self.parts]
        if order:
            return Period.of(*order)
        return Period.of(*((amount, unit) for unit, amount in self.parts.items()))

    def _compound(self, d: date, parts: dict[Unit, int]) -> date:
        """*d* plus *parts*: years and months first, then weeks and days, then working days.

        The order of Regulation 1182/71 art. 3(2)(d) (docs/deadlines.md#suspension-and-extension).
        """
        months = 12 * parts.get(Unit.YEARS, 0) + parts.get(Unit.MONTHS, 0)
        days = 7 * parts.get(Unit.WEEKS, 0) + parts.get(Unit.DAYS, 0)
        working = parts.get(Unit.WORKING_DAYS, 0)
        if months:
            d = self._advance(d, months, Unit.MONTHS)
        if days:
            d = self._advance(d, days, Unit.DAYS)
        if working:
            d = self._advance(d, working, Unit.WORKING_DAYS)
        return d

    def _shifted(self, last: date, days: int) -> date:
        """*last* moved by *days* counting days (working days for a working-day period)."""
        if not days:
            return last
        unit = Unit.WORKING_DAYS if self.unit is Unit.WORKING_DAYS else Unit.DAYS
        return self._advance(last, days, unit)

    def _in_force(self, last: date) -> date:
        """The last day in force for a nominal *last*: rolled forward, without a step."""
        if not self.rule.roll_forward or self.days.is_working_day(last):
            return last
        return self.days.add_working_days(last, 0)

    def _due_in_force(self, first: date, last: date, start: datetime) -> datetime:
        """The due instant for a nominal *last* day, as the period's end would make it.

        Rolled forward and held to the minimum of working days, without steps.
        """
        return self._due_on(self._last_in_force(first, last), start)[1]

    def _last_in_force(self, first: date, last: date) -> date:
        """The last day in force for a nominal *last* day, without steps.

        Rolled forward, run on to 15 September in the judicial vacation, held to the
        minimum of working days.
        """
        last = self._in_force(last)
        september = self._vacation(first, last)
        if september is not None:
            last = self._in_force(september)
        return self._at_least(first, last)

    def _check_notice(self, extension: Extended, index: int, in_force: datetime) -> None:
        """An extension must be noticed before the deadline in force (docs/design.md)."""
        if self.notice_required and extension.at.astimezone(UTC) >= in_force.astimezone(UTC):
            raise CaseError.at_event(
                index,
                extension,
                f"noticed after the deadline in force (due {in_force.isoformat()})",
            )

    def _not_counted(
        self, suspended: datetime, resumed: datetime, first: date, last: date, in_force: datetime
    ) -> tuple[int, date] | None:
        """The counting days a suspension takes, and the last day they move (Awb 4:15).

        The days from the day after the suspension to the day of resumption do not count
        (docs/deadlines.md#suspension). Only counting days are taken: none before the first
        day counted, and a suspension that starts once the deadline in force has passed
        moves nothing. They move the nominal *last* day, unless the suspension starts after
        it, while the deadline was held open only by a roll-forward or the minimum of
        working days: then they move the last day in force, so that the time left when the
        clock stopped runs again after the resumption, and a later suspension never gives
        an earlier deadline. None: the suspension starts once the deadline has passed.
        """
        if suspended.astimezone(UTC) >= in_force.astimezone(UTC):  # not by wall clocks
            return None
        day = suspended.astimezone(self.zone).date()
        a = max(day, first - _ONE_DAY)
        b = resumed.astimezone(self.zone).date()
        if self.rule.count_resumption_day:  # "until the day on which": up to, not including
            b -= _ONE_DAY
        if b <= a:
            return 0, last
        base = last if day <= last else self._at_least(first, self._in_force(last))
        if self.unit is Unit.WORKING_DAYS:
            days = self.days.working_days_between(a, b)
        else:
            days = (b - a).days
        if days:
            self.paused = (*self.paused, (a, b))
        return days, base

    def _resumption_day(self, resumed: datetime) -> date:
        """The last day a suspension gives back at least: the day of resumption.

        For a period in working days, the first working day from it.
        """
        day = resumed.astimezone(self.zone).date()
        if self.unit is Unit.WORKING_DAYS:
            return self.days.add_working_days(day, 0)
        return day

    def _skipped(self, first: date, last: date) -> None:
        """A step for each holiday or closure on a weekday of the work week in the period."""
        self.steps.extend(self.days.days_off(first, last))

    def _roll_forward(self, last: date) -> date:
        if not self.rule.roll_forward or self.days.is_working_day(last):
            return last
        moved = self.days.add_working_days(last, 0)
        self.steps.append(_rolled(last, moved, self.days.day_off(last)))
        return moved

    def _minimum_working_days(self, first: date, last: date) -> date:
        """EU 1182/71 art. 3(5), with its step where it moves the last day."""
        moved = self._at_least(first, last)
        if moved != last:
            required = self.rule.min_working_days
            self.steps.append(MinimumWorkingDays(from_day=last, to_day=moved, required=required))
        return moved

    def _at_least(self, first: date, last: date) -> date:
        """EU 1182/71 art. 3(5): a period of two days or more holds enough working days.

        The period is the one counted, extensions included.
        """
        required = self.rule.min_working_days
        if not required or self.unit is Unit.WORKING_DAYS or self.dated:
            return last  # a date the service gave is kept as given
        parts = [self.period.parts, *(e.by.parts for e in self.events.extensions if e.by)]
        one_day = all(p[0][1] is Unit.DAYS and len(p) == 1 for p in parts)
        if one_day and sum(p[0][0] for p in parts) < 2:
            return last
        return _held(self.days, required, first, last, self.paused)

    def _end(self, last: date, start: datetime) -> tuple[date, datetime]:
        if self.dated:  # the date a notice gave: due by the end of that day
            due = self.calendar.midnight(last + _ONE_DAY)
            self.steps.append(_ends_at(due, last, EndOfPeriod.END_OF_DAY))
            return last, due
        day, due = self._due_on(last, start)
        if day != last:  # no business on the last day: the next day with business
            self.steps.append(_rolled(last, day, None))
        self.steps.append(_ends_at(due, day, self.rule.end))
        return day, due

    def _due_on(self, last: date, start: datetime) -> tuple[date, datetime]:
        """The day the period ends on and its due instant, by the rule's end; no steps."""
        end = self.rule.end
        if end is EndOfPeriod.END_OF_DAY:
            return last, self.calendar.midnight(last + _ONE_DAY)
        if end is EndOfPeriod.SAME_TIME:
            wall = datetime.combine(last, start.time())
            return last, wall_to_utc(self.zone, wall).astimezone(self.zone)
        return self._close_of_business(last)

    def _close_of_business(self, last: date) -> tuple[date, datetime]:
        assert self.hours is not None  # noqa: S101 - checked in deadline()
        day = last
        for _ in range(366):
            opened = list(
                self.hours.intervals(
                    self.calendar.midnight(day), self.calendar.midnight(day + _ONE_DAY)
                )
            )
            if opened:
                return day, opened[-1][1].astimezone(self.zone)
            day += _ONE_DAY
        raise CharterValueError(
            f"the channel is closed for a year from {last}: no close of business"
        )

    # -- periods in minutes, hours, service hours --------------------------------------------

    def _time_due(self, start: datetime) -> datetime:
        """The due instant of a period in minutes, hours or service hours.

        Extensions and suspensions are taken in the order they happened: an extension must
        be noticed before the deadline in force, and a suspension that starts once it has
        passed moves nothing.
        """
        unit = self.unit
        if unit in _TIME_UNITS and not self.rule.count_event_hour:
            start = self._next_whole(start, unit)
        self.steps.append(CountingStarts(on=start.date(), at=start))
        amount = self.period.amount
        pauses: list[tuple[datetime, datetime]] = []
        due, steps = self._time_in_force(start, amount, pauses)
        for index, change in self.events.changes:
            if isinstance(change, Extended):
                if change.by is None:
                    message = f"a period of {self.period} cannot be extended to a date"
                    raise RuleError(message)
                if change.by.is_compound or change.by.unit is not unit:
                    message = f"a period of {self.period} cannot be extended by {change.by}"
                    raise RuleError(message)
                self._check_notice(change, index, due)
                amount += change.by.amount
                total = Period(amount, unit)
                self.steps.append(ExtensionCounted(at=change.at, by=change.by, total=total))
            elif change[0].astimezone(UTC) < due.astimezone(UTC):
                pauses.append(change)  # after the deadline in force, it would move nothing
            due, steps = self._time_in_force(start, amount, pauses)
        self.steps.extend(steps)
        check_date(due.astimezone(self.zone).date(), "the end of the period")
        return due.astimezone(self.zone)

    def _time_in_force(
        self, start: datetime, amount: int, pauses: list[tuple[datetime, datetime]]
    ) -> tuple[datetime, list[SuspensionCounted]]:
        """The due instant of *amount* of the unit from *start*, *pauses* aside; their steps."""
        unit = self.unit
        if unit is Unit.SERVICE_HOURS:
            assert self.hours is not None  # noqa: S101 - checked in deadline()
            due, steps = service_due(self.hours, start, timedelta(hours=amount), pauses)
            return due.astimezone(self.zone), steps
        begin = start.astimezone(UTC)  # real instants: wall clocks repeat an hour in autumn
        try:
            due = begin + amount * _TIME_UNITS[unit]
        except OverflowError:
            raise UnsupportedYearError(f"{self.period} ends outside the supported years") from None
        steps = []
        for suspended, resumed in pauses:
            paused = max(resumed.astimezone(UTC) - max(suspended.astimezone(UTC), begin), _ZERO)
            due += paused
            steps.append(SuspensionCounted(suspended=suspended, resumed=resumed, time=paused))
        return due.astimezone(self.zone), steps

    def _next_whole(self, start: datetime, unit: Unit) -> datetime:
        """The start of the hour (minute) after the one the event happens in (EU 3(1)).

        That is the first instant after the event at which the local clock shows a whole
        hour (minute), whatever the clock did in between.
        """
        local = start.astimezone(self.zone)
        offset = local.utcoffset()
        step = _TIME_UNITS[unit]
        whole = local.replace(tzinfo=None, second=0, microsecond=0)
        if unit is Unit.HOURS:
            whole = whole.replace(minute=0)
        if offset is not None:
            candidate = (whole + step - offset).replace(tzinfo=UTC).astimezone(self.zone)
            if candidate.utcoffset() == offset:  # no clock change on the way: exact
                return candidate
        # The clock changes before the next whole unit: walk minute by minute to it.
        instant = start.astimezone(UTC).replace(second=0, microsecond=0)
        for _ in range(3 * 60):
            instant += timedelta(minutes=1)
            shown = instant.astimezone(self.zone)
            if shown.second == 0 and (unit is Unit.MINUTES or shown.minute == 0):
                return shown
        return wall_to_utc(self.zone, whole + step).astimezone(self.zone)  # offsets in seconds
