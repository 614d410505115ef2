"""A case against its guarantee at an instant: on track, at risk, breached, suspended, met, late.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> import charter
>>> c = charter.examples.load()
>>> brussels = ZoneInfo("Europe/Brussels")
>>> case = Case(guarantee="informative", received=datetime(2026, 12, 23, 10, tzinfo=brussels))
>>> report = c.evaluate(case, at=datetime(2027, 1, 5, 9, tzinfo=brussels))
>>> report.status, report.deadline.last_day
(<Status.AT_RISK: 'at_risk'>, datetime.date(2027, 1, 5))
>>> str(report.remaining), report.elapsed
('0.62 working days', Fraction(7, 8))
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from enum import Enum
from fractions import Fraction
from typing import NamedTuple

from attrs import frozen

from charter._deprecated import renamed_names, warn_renamed
from charter._records import builder
from charter.calendars.instants import check_instant
from charter.calendars.working import WorkingCalendar
from charter.cases.case import Case
from charter.cases.measure import TICKS, Amount, Measure, microseconds
from charter.clock.deadline import DayMemo, Deadline, counted_from, unchecked_deadline
from charter.clock.events import Answered, Event, Resumed, Start, Suspended
from charter.clock.periods import Unit
from charter.clock.rules import EndOfPeriod
from charter.clock.steps import CountingStarts, ExtensionCounted, SuspensionCounted
from charter.errors import CaseError, CharterTypeError
from charter.hours.model import OpeningHours
from charter.model.charter import Charter
from charter.model.guarantees import Guarantee

__all__ = ["CaseEvaluator", "CaseReport", "Outcome", "Status", "evaluate"]

#: Renamed in this release; the old names work, with a DeprecationWarning, until the next.
_RENAMED = renamed_names(__name__, {"Evaluator": "CaseEvaluator"})


def __getattr__(name: str) -> object:
    return _RENAMED(name)


_ONE_DAY = timedelta(days=1)


class Status(Enum):
    """Where a case stands against its guarantee."""

    # Members are singletons compared by identity: hash them so too (Enum's own __hash__
    # runs Python code, and compliance counts statuses millions of times).
    __hash__ = object.__hash__

    ON_TRACK = "on_track"
    """Open, and less than the guarantee's warning share of its time used."""
    AT_RISK = "at_risk"
    """Open, the warning share of its time used, the deadline not passed."""
    BREACHED = "breached"
    """Open, and the deadline has passed."""
    SUSPENDED = "suspended"
    """Open, the clock stopped (waiting for the client) before the deadline."""
    NOT_STARTED = "not_started"
    """Open, and the event the guarantee counts from (a complete file, say) has not happened."""
    MET = "met"
    """Answered before the deadline (or while the clock stood still)."""
    LATE = "late"
    """Answered at or after the deadline."""

    @property
    def is_open(self) -> bool:
        """Whether the case is still waiting for its answer."""
        return self not in (Status.MET, Status.LATE)

    @property
    def is_failure(self) -> bool:
        """Whether the promise was broken (``BREACHED`` or ``LATE``)."""
        return self in (Status.BREACHED, Status.LATE)


@frozen(kw_only=True)
class CaseReport:
    """A case at an instant ``at``: its status, its deadline and how much time is left.

    ``remaining`` is the time from ``at`` (or the answer) to the deadline, in the
    guarantee's unit (negative once past); ``allowed`` the time the period allows in
    that unit, suspensions aside; ``elapsed`` the share of it used. While the case is
    suspended, the deadline is the one it would have if the clock ran again at ``at``;
    before the event its guarantee counts from (``NOT_STARTED``), the one it would have
    if that event happened at ``at``.
    ``response`` is, for an answered case, the time it took in the guarantee's unit,
    suspensions left out: for days, the day of the period the answer came on (0 before
    counting started).
    """

    case: Case
    at: datetime
    status: Status
    deadline: Deadline
    remaining: Amount
    allowed: Amount
    answered: datetime | None = None
    suspended_since: datetime | None = None
    response: Amount | None = None

    @property
    def elapsed(self) -> Fraction:
        """The share of the time allowed that was used.

        0 before counting starts, 1 at the deadline, above 1 past it.
        """
        return _share(self.allowed.ticks, self.remaining.ticks)


class _Prepared:
    """What evaluating a case of one guarantee needs, worked out once."""

    __slots__ = (
        "calendar",
        "counted_from",
        "end_of_day",
        "extension_limit",
        "guarantee",
        "hours",
        "is_time",
        "measure",
        "memo",
        "notice_required",
        "warning",
    )

    def __init__(self, charter: Charter, guarantee: Guarantee) -> None:
        self.guarantee = guarantee
        self.calendar: WorkingCalendar = charter.calendar(guarantee.calendar)
        self.hours: OpeningHours | None = charter.hours_for(guarantee.id)
        self.measure = Measure(
            guarantee.period.smallest_unit, calendar=self.calendar, hours=self.hours
        )
        exact = guarantee.warning.exact
        #: The warning share as (numerator, denominator): compared in whole numbers.
        self.warning = (exact.numerator, exact.denominator)
        #: Whether the guarantee's unit measures elapsed time, and its periods end at 24:00.
        self.is_time = self.measure.unit.is_time
        self.end_of_day = guarantee.rule.end is EndOfPeriod.END_OF_DAY
        extension = guarantee.extension
        self.notice_required = extension is None or extension.notice_required
        self.extension_limit = guarantee.extension_limit
        #: The event the period counts from, where it is not the receipt.
        self.counted_from = None if guarantee.starts is Start.RECEIVED else guarantee.starts
        self.memo: DayMemo = {}


class CaseEvaluator:
    """Evaluates cases against one charter; works out what each guarantee needs once.

    (Was ``Evaluator``, a name it shared with opening hours' evaluator.)

    ``Charter.evaluate`` keeps one on the charter; :func:`charter.compliance` makes one
    per report.
    """

    __slots__ = ("_charter", "_contexts")

    def __init__(self, charter: Charter) -> None:
        if not isinstance(charter, Charter):
            raise CharterTypeError.expected("a Charter", charter)
        self._charter = charter
        self._contexts: dict[str, _Prepared] = {}

    def _context(self, case: Case) -> _Prepared:
        found = self._contexts.get(case.guarantee)
        if found is None:
            guarantee = self._charter._by_id.get(case.guarantee)  # noqa: SLF001 - one package
            if guarantee is None:
                message = f"no guarantee {case.guarantee!r} in the charter"
                raise CaseError(message).for_case(case.reference)
            found = self._contexts[case.guarantee] = _Prepared(self._charter, guarantee)
        return found

    def __call__(self, case: Case, at: datetime) -> CaseReport:
        """The report of *case* at *at* (see :func:`evaluate`)."""
        at = check_instant(at)
        o = self.outcome(case, at, at.astimezone(UTC))
        unit = o.unit
        response = o.response
        return _report(  # the fields of CaseReport, in order: its values built here
            case,
            at,
            o.status,
            o.deadline,
            _amount(o.remaining, unit),
            _amount(o.allowed, unit),
            o.answered,
            o.suspended_since,
            None if response is None else _amount(response, unit),
        )

    def outcome(self, case: Case, at: datetime, at_utc: datetime) -> Outcome:
        """The figures of :meth:`__call__`, unwrapped; *at* checked, *at_utc* in UTC."""
        if not isinstance(case, Case):
            raise CharterTypeError.expected("a Case", case)
        context = self._context(case)
        if at_utc < case.received:  # two zones: compared as instants
            message = (
                f"evaluated at {at.isoformat()}, before the case was received at "
                f"{case.received.isoformat()}"
            )
            raise CaseError(message).for_case(case.reference)
        if self._charter.valid_until is not None:
            outside = self._charter.outside_validity(case.received)
            if outside is not None:
                raise CaseError(outside).for_case(case.reference)
        known = case.known_before(at_utc)
        try:
            context.guarantee.check_events(known)
            return self._outcome(context, case, at, at_utc, known)
        except CaseError as error:
            raise error.for_case(case.reference) from None

    def _outcome(
        self,
        context: _Prepared,
        case: Case,
        at: datetime,
        at_utc: datetime,
        known: tuple[Event, ...],
    ) -> Outcome:
        answered = known[-1].at if known and isinstance(known[-1], Answered) else None
        end = at if answered is None else answered
        suspended_since = _open_suspension(known)
        g = context.guarantee
        start, after = g.counting_from(case.received, known)
        not_started = start is None
        if start is None:  # the deadline it would have if the period started at *at*
            if answered is not None:
                raise CaseError(f"answered before its start event: {g.not_started()}")
            start = at
        d = unchecked_deadline(  # the case checked its history; an open suspension ends now
            start,
            g.period,
            calendar=context.calendar,
            rule=g.rule,
            hours=context.hours,
            events=after,
            resume_at=end,
            notice_required=context.notice_required,
            memo=context.memo,
            extension_limit=context.extension_limit,
        )
        if context.counted_from is not None:
            d = counted_from(d, case.received, None if not_started else context.counted_from)
        measure = context.measure
        unit = measure.unit
        is_time = context.is_time
        start, not_counted, total = _counting(d, unit, is_time=is_time)
        if is_time:
            # The due instant is where the time allowed (the period, extensions included)
            # runs out, suspensions aside: what is left is measured, what was used follows.
            allowed = total
            remaining = measure.ticks(end, d.due)
            used = allowed - remaining
        else:
            # Counting starts at the start of its first day; it mostly ends at 24:00.
            ends = measure.end_of_day(d.last_day) if context.end_of_day else measure.position(d.due)
            first = start.date()  # counting starts at midnight in the calendar's zone
            allowed = ends - measure.end_of_day(first - _ONE_DAY) - not_counted
            remaining = ends - measure.position(end)
            used = allowed - remaining
        response = None
        if answered is not None:
            by_day = not is_time  # for days, the day of the period the answer came on
            response = _response(context, first, answered, not_counted) if by_day else max(0, used)
        share, whole = context.warning  # at risk once used / allowed >= warning
        status = _status(
            at=at_utc,
            due=d.due,
            answered=answered,
            suspended_since=suspended_since,
            at_risk=used * whole >= share * allowed,
        )
        if not_started:
            status = Status.NOT_STARTED
        return Outcome(status, d, unit, remaining, allowed, answered, suspended_since, response)


#: A report and an amount of figures the evaluator worked out (charter._records).
_report = builder(CaseReport)
_amount = builder(Amount)


class Outcome(NamedTuple):
    """A case's figures at an instant, in ticks of ``unit`` (see :class:`CaseReport`)."""

    status: Status
    deadline: Deadline
    unit: Unit
    remaining: int
    allowed: int
    answered: datetime | None
    suspended_since: datetime | None
    response: int | None

    @property
    def open_since(self) -> datetime | None:
        """Deprecated: :attr:`suspended_since` (``CaseReport`` calls it so too)."""
        warn_renamed("Outcome.open_since", "Outcome.suspended_since")
        return self.suspended_since


def _share(allowed: int, remaining: int) -> Fraction:
    """The share of *allowed* used when *remaining* is left (at least 0)."""
    if allowed <= 0:  # nothing allowed: all used once nothing is left
        return Fraction(1 if remaining <= 0 else 0)
    return Fraction(max(allowed - remaining, 0), allowed)


def _status(
    *,
    at: datetime,
    due: datetime,
    answered: datetime | None,
    suspended_since: datetime | None,
    at_risk: bool,
) -> Status:
    """The status (docs/design.md): an answer (or a stopped clock) before *due* keeps the promise.

    *at* is in UTC: compared with *due* (in the calendar's zone) as instants.
    """
    if answered is not None:
        clock = suspended_since if suspended_since is not None else answered
        return Status.MET if clock.astimezone(UTC) < due else Status.LATE
    if suspended_since is not None:
        return Status.SUSPENDED if suspended_since.astimezone(UTC) < due else Status.BREACHED
    if at >= due:
        return Status.BREACHED
    return Status.AT_RISK if at_risk else Status.ON_TRACK


def _open_suspension(events: tuple[Event, ...]) -> datetime | None:
    """When the suspension still open at the end of *events* began, if one is."""
    for event in reversed(events):
        if isinstance(event, Suspended):
            return event.at
        if isinstance(event, Resumed):
            return None
    return None


def _counting(d: Deadline, unit: Unit, *, is_time: bool) -> tuple[datetime, int, int]:
    """Where counting started, the ticks of *unit* the suspensions took, and the period's.

    The period's ticks count its extensions (for time units; day units are measured).
    *is_time*: whether *unit* measures elapsed time.
    """
    start = d.received
    not_counted = 0
    # Day units are measured (a compound period has no one amount); time units add up.
    amount = d.period.amount if is_time else 0
    for step in d.steps:
        if isinstance(step, CountingStarts):
            start = step.at
        elif isinstance(step, SuspensionCounted):
            not_counted += microseconds(step.time) if is_time else step.days * TICKS[unit]
        elif is_time and isinstance(step, ExtensionCounted) and step.total is not None:
            amount = step.total.amount
    return start, not_counted, amount * TICKS[unit]


def _response(context: _Prepared, first: date, answered: datetime, not_counted: int) -> int:
    """The day of the period an answer came on, suspended days aside (0: before it), in ticks."""
    measure = context.measure
    day = answered.astimezone(context.calendar.zone).date()
    if day < first:
        return 0
    days = measure.end_of_day(day) - measure.end_of_day(first - _ONE_DAY)
    return max(0, days - not_counted)


def evaluate(charter: Charter, case: Case, at: datetime) -> CaseReport:
    """The status of *case* at the instant *at*, against its guarantee in *charter*.

    Only the events that had happened at *at* count: evaluating a closed case at an
    earlier instant replays its history. The guarantee must allow the case's suspensions
    and extensions (:class:`~charter.errors.CaseError` names the event otherwise), and
    *at* must not come before the receipt.
    """
    return CaseEvaluator(charter)(case, at)
