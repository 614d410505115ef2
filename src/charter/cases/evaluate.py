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

from datetime import UTC, datetime
from enum import Enum
from fractions import Fraction

from attrs import frozen

from charter.calendars.instants import check_instant
from charter.calendars.working import WorkingCalendar
from charter.cases.case import Case, check_policy
from charter.cases.measure import TICKS, Amount, Measure, microseconds
from charter.clock.deadline import Deadline, deadline
from charter.clock.events import Answered, Event, Resumed, Suspended
from charter.clock.periods import Unit
from charter.clock.steps import CountingStarts, SuspensionCounted
from charter.errors import CaseError, CharterTypeError
from charter.hours.model import OpeningHours
from charter.model.charter import Charter
from charter.model.guarantees import Guarantee

__all__ = ["CaseReport", "Evaluator", "Status", "evaluate"]


class Status(Enum):
    """Where a case stands against its guarantee."""

    ON_TRACK = "on_track"
    """Open, and less than the guarantee's warning share of its time used."""
    AT_RISK = "at_risk"
    """Open, the warning share of its time used, the deadline not passed."""
    BREACHED = "breached"
    """Open, and the deadline has passed."""
    SUSPENDED = "suspended"
    """Open, the clock stopped (waiting for the client) before the deadline."""
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
    guarantee's unit (negative once past); ``elapsed`` the share of the time allowed
    that was used (0 before counting starts, above 1 once past). While the case is
    suspended, the deadline is the one it would have if the clock ran again at ``at``.
    ``response`` is, for an answered case, the time it took in the guarantee's unit,
    suspensions left out: for days, the day of the period the answer came on (0 before
    counting started).
    """

    case: Case
    at: datetime
    status: Status
    deadline: Deadline
    remaining: Amount
    elapsed: Fraction
    answered: datetime | None = None
    suspended_since: datetime | None = None
    response: Amount | None = None


class _Context:
    """What evaluating a case of one guarantee needs, worked out once."""

    __slots__ = ("calendar", "guarantee", "hours", "measure", "notice_required", "warning")

    def __init__(self, charter: Charter, guarantee: Guarantee) -> None:
        self.guarantee = guarantee
        self.calendar: WorkingCalendar = charter.calendar(guarantee.calendar)
        self.hours: OpeningHours | None = charter.hours_for(guarantee.id)
        self.measure = Measure(guarantee.period.unit, calendar=self.calendar, hours=self.hours)
        # The share as written ("80 %"), exactly: not the binary float nearest to 0.8.
        self.warning = Fraction(repr(guarantee.warning.value))
        extension = guarantee.extension
        self.notice_required = extension is None or extension.notice_required


class Evaluator:
    """Evaluates cases against one charter; works out each guarantee's context once.

    ``Charter.evaluate`` makes one per call; :func:`charter.compliance` one per report.
    """

    __slots__ = ("_charter", "_contexts")

    def __init__(self, charter: Charter) -> None:
        if not isinstance(charter, Charter):
            raise CharterTypeError.expected("a Charter", charter)
        self._charter = charter
        self._contexts: dict[str, _Context] = {}

    def _context(self, case: Case) -> _Context:
        found = self._contexts.get(case.guarantee)
        if found is None:
            guarantee = self._charter._by_id.get(case.guarantee)  # noqa: SLF001 - one package
            if guarantee is None:
                message = f"no guarantee {case.guarantee!r} in the charter"
                raise CaseError(message).for_case(case.reference)
            found = self._contexts[case.guarantee] = _Context(self._charter, guarantee)
        return found

    def __call__(self, case: Case, at: datetime) -> CaseReport:
        """The report of *case* at *at* (see :func:`evaluate`)."""
        at = check_instant(at)
        if not isinstance(case, Case):
            raise CharterTypeError.expected("a Case", case)
        context = self._context(case)
        at_utc = at.astimezone(UTC)
        if at_utc < case.received.astimezone(UTC):
            message = (
                f"evaluated at {at.isoformat()}, before the case was received at "
                f"{case.received.isoformat()}"
            )
            raise CaseError(message).for_case(case.reference)
        known = case.known_at(at)
        try:
            check_policy(context.guarantee, known)
            return self._report(context, case, at, known)
        except CaseError as error:
            raise error.for_case(case.reference) from None

    def _report(
        self, context: _Context, case: Case, at: datetime, known: tuple[Event, ...]
    ) -> CaseReport:
        answered = known[-1].at if known and isinstance(known[-1], Answered) else None
        end = at if answered is None else answered
        body = list(known[:-1] if answered is not None else known)
        open_since = _open_suspension(body)
        if open_since is not None:  # the deadline if the clock ran again now
            body.append(Resumed(at=end))
        g = context.guarantee
        d = deadline(
            case.received,
            g.period,
            calendar=context.calendar,
            rule=g.rule,
            hours=context.hours,
            events=body,
            notice_required=context.notice_required,
        )
        due = d.due.astimezone(UTC)
        measure = context.measure
        start, not_counted = _counting(d, measure.unit)
        remaining, allowed = measure.ticks_to(d.due, end, start)
        allowed -= not_counted
        used = allowed - remaining
        if allowed <= 0:
            elapsed = Fraction(1 if end.astimezone(UTC) >= due else 0)
        else:
            elapsed = Fraction(max(used, 0), allowed)
        if answered is not None:
            clock = open_since if open_since is not None else answered
            status = Status.MET if clock.astimezone(UTC) < due else Status.LATE
        elif open_since is not None:
            status = Status.SUSPENDED if open_since.astimezone(UTC) < due else Status.BREACHED
        elif at.astimezone(UTC) >= due:
            status = Status.BREACHED
        elif elapsed >= context.warning:
            status = Status.AT_RISK
        else:
            status = Status.ON_TRACK
        response = None
        if answered is not None:
            response = _response(context, start, answered, not_counted)
        return CaseReport(
            case=case,
            at=at,
            status=status,
            deadline=d,
            remaining=Amount(remaining, measure.unit),
            elapsed=elapsed,
            answered=answered,
            suspended_since=open_since,
            response=response,
        )


def _open_suspension(events: list[Event]) -> datetime | None:
    """When the suspension still open at the end of *events* began, if one is."""
    for event in reversed(events):
        if isinstance(event, Suspended):
            return event.at
        if isinstance(event, Resumed):
            return None
    return None


def _counting(d: Deadline, unit: Unit) -> tuple[datetime, int]:
    """Where counting started, and the ticks of *unit* the suspensions took."""
    start = d.received
    not_counted = 0
    for step in d.steps:
        if isinstance(step, CountingStarts):
            start = step.at
        elif isinstance(step, SuspensionCounted):
            not_counted += microseconds(step.time) if unit.is_time else step.days * TICKS[unit]
    return start, not_counted


def _response(context: _Context, start: datetime, answered: datetime, not_counted: int) -> Amount:
    unit = context.measure.unit
    if unit.is_time:
        took = context.measure.ticks(start, answered) - not_counted
        return Amount(max(0, took), unit)
    first = start.astimezone(context.calendar.zone).date()
    day = answered.astimezone(context.calendar.zone).date()
    if day < first:
        return Amount(0, unit)
    if unit is Unit.WORKING_DAYS:
        days = context.calendar.working_days_between(first, day)
        days += context.calendar.is_working_day(first)
    else:
        days = (day - first).days + 1
    return Amount(max(0, days * TICKS[unit] - not_counted), unit)


def evaluate(charter: Charter, case: Case, at: datetime) -> CaseReport:
    """The status of *case* at the instant *at*, against its guarantee in *charter*.

    Only the events that had happened at *at* count: evaluating a closed case at an
    earlier instant replays its history. The guarantee must allow the case's suspensions
    and extensions (:class:`~charter.errors.CaseError` names the event otherwise), and
    *at* must not come before the receipt.
    """
    return Evaluator(charter)(case, at)
