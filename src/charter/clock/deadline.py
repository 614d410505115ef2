"""The deadline calculator: when must the service answer, and why (DESIGN §7).

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
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from attrs import frozen
from dateutil.relativedelta import relativedelta

from charter.calendars.instants import check_instant, wall_to_utc
from charter.calendars.working import WorkingCalendar
from charter.clock.events import Answered, Event, Extended, Resumed, Suspended
from charter.clock.periods import Period, Unit
from charter.clock.rules import SERVICE_STANDARD, CountingRule, EndOfPeriod, ExtensionBase, MonthEnd
from charter.clock.steps import (
    CountingStarts,
    CutoffReason,
    EndsAt,
    ExtensionCounted,
    MinimumWorkingDays,
    MovedPastCutoff,
    Received,
    RolledForward,
    Step,
    SuspensionCounted,
)
from charter.errors import CharterTypeError, CharterValueError, RuleError
from charter.hours.model import OpeningHours

__all__ = ["Deadline", "deadline"]

_ONE_DAY = timedelta(days=1)
_TIME_UNITS = {Unit.MINUTES: timedelta(minutes=1), Unit.HOURS: timedelta(hours=1)}
#: How far ahead service hours are looked for before giving up (never open enough).
_SERVICE_HORIZON = timedelta(days=3 * 366)


@frozen(kw_only=True)
class Deadline:
    """When the answer is due, and the steps that explain it.

    ``due`` is exclusive: an answer strictly before it is on time. ``last_day`` is the
    local day the period ends on; ``period`` is the period counted (extensions included).
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


def _period(value: Period | str) -> Period:
    if isinstance(value, Period):
        return value
    if isinstance(value, str):
        return Period.parse(value)
    raise CharterTypeError.expected("a Period or a period such as '5 working days'", value)


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
    """The suspensions and extensions of a history, checked for order and pairing."""

    def __init__(self, events: Iterable[Event], received: datetime) -> None:
        self.suspensions: list[tuple[datetime, datetime]] = []
        self.extensions: list[Extended] = []
        suspended: datetime | None = None
        previous = received
        for index, event in enumerate(events):
            if not isinstance(event, Suspended | Resumed | Extended | Answered):
                raise CharterTypeError.expected(f"a case event at index {index}", event)
            if event.at < previous:
                raise CharterValueError(
                    f"event {index} ({type(event).__name__} at {event.at.isoformat()}) is "
                    "before the receipt or the event before it"
                )
            previous = event.at
            if isinstance(event, Suspended):
                if suspended is not None:
                    raise CharterValueError(f"event {index}: suspended while already suspended")
                suspended = event.at
            elif isinstance(event, Resumed):
                if suspended is None:
                    raise CharterValueError(f"event {index}: resumed while not suspended")
                self.suspensions.append((suspended, event.at))
                suspended = None
            elif isinstance(event, Extended):
                self.extensions.append(event)
        if suspended is not None:
            raise CharterValueError(
                f"suspended at {suspended.isoformat()} and not resumed: the deadline is not "
                "known until the clock runs again"
            )


def deadline(  # noqa: PLR0913 - the signature of DESIGN §11
    received: datetime,
    period: Period | str,
    *,
    calendar: WorkingCalendar,
    rule: CountingRule = SERVICE_STANDARD,
    hours: OpeningHours | None = None,
    events: Iterable[Event] = (),
) -> Deadline:
    """The deadline for a question *received* at an instant, for *period* under *rule*.

    Args:
        received: when the question arrived (aware; any zone).
        period: a ``Period`` or its text (``"5 working days"``, ``"P1M"``).
        calendar: the working calendar; its zone is the one the days are counted in.
        rule: the counting rule (``SERVICE_STANDARD`` unless said otherwise).
        hours: the channel's opening hours, for service hours, a cut-off outside opening
            hours, or an end at close of business.
        events: suspensions, resumptions and extensions, in time order.
    """
    received = check_instant(received)
    period = _period(period)
    calendar, rule, hours = _check_arguments(calendar, rule, hours)
    needs_hours = (
        period.unit is Unit.SERVICE_HOURS
        or rule.cutoff_outside_hours
        or (rule.end is EndOfPeriod.CLOSE_OF_BUSINESS and not period.unit.is_time)
    )
    if needs_hours and hours is None:
        raise RuleError(
            f"{period} under rule {rule.name!r} needs the channel's opening hours: pass hours=..."
        )
    return _Computation(
        received=received,
        period=period,
        calendar=calendar,
        rule=rule,
        hours=hours,
        events=_Events(events, received),
    ).run()


class _Computation:
    """One deadline being computed; collects its steps in order."""

    def __init__(  # noqa: PLR0913 - the computation's whole state
        self,
        *,
        received: datetime,
        period: Period,
        calendar: WorkingCalendar,
        rule: CountingRule,
        hours: OpeningHours | None,
        events: _Events,
    ) -> None:
        self.zone = calendar.zone
        self.local = received.astimezone(self.zone)
        self.period = period
        self.calendar = calendar
        self.rule = rule
        self.hours = hours
        self.events = events
        self.steps: list[Step] = [Received(at=self.local)]

    def run(self) -> Deadline:
        start = self._receipt()
        if self.period.unit.is_time:
            due = self._time_due(start)
            last_day = (due - timedelta(microseconds=1)).astimezone(self.zone).date()
            self.steps.append(EndsAt(due=due, last_day=last_day, end=None))
        else:
            last_day, due = self._day_due(start)
        return Deadline(
            received=self.local,
            period=self.period,
            rule=self.rule,
            due=due,
            last_day=last_day,
            steps=tuple(self.steps),
        )

    # -- the receipt and its cut-offs -------------------------------------------------------

    def _receipt(self) -> datetime:
        """The instant the receipt counts at, after the rule's cut-offs (each is a step)."""
        at = self.local
        if self.rule.cutoff_outside_hours and self.hours is not None and not self.hours.is_open(at):
            opening = self.hours.next_open(at)
            if opening is None:
                raise CharterValueError("the channel never opens again: no deadline can start")
            at = opening
            self._moved(at, CutoffReason.OUTSIDE_HOURS)
        if self.rule.cutoff is not None and at.time() >= self.rule.cutoff:
            at = self.calendar.midnight(self.calendar.add_working_days(at.date(), 1))
            self._moved(at, CutoffReason.AFTER_CUTOFF_TIME)
        if self.rule.cutoff_non_working_day and not self.calendar.is_working_day(at.date()):
            at = self.calendar.midnight(self.calendar.add_working_days(at.date(), 0))
            self._moved(at, CutoffReason.NON_WORKING_DAY)
        return at

    def _moved(self, at: datetime, reason: CutoffReason) -> None:
        self.steps.append(MovedPastCutoff(on=at.date(), at=at, reason=reason))

    # -- periods in days, weeks, months, years, working days --------------------------------

    def _advance(self, d: date, period: Period) -> date:
        """*d* plus *period*, by calendar arithmetic (working days: the n-th after *d*)."""
        n, unit = period.amount, period.unit
        if unit is Unit.WORKING_DAYS:
            return self.calendar.add_working_days(d, n)
        if unit is Unit.DAYS:
            return d + timedelta(days=n)
        if unit is Unit.WEEKS:
            return d + timedelta(weeks=n)
        months = n if unit is Unit.MONTHS else 12 * n
        clamped: date = d + relativedelta(months=months)
        if self.rule.month_end is MonthEnd.NEXT_DAY and clamped.day < d.day:
            return clamped + timedelta(days=d.day - clamped.day)
        return clamped

    def _day_due(self, start: datetime) -> tuple[date, datetime]:
        event_day = start.date()
        first = event_day if self.rule.count_event_day else event_day + _ONE_DAY
        self.steps.append(CountingStarts(on=first, at=self.calendar.midnight(first)))
        anchor = first - _ONE_DAY  # counting n from here ends on the n-th day
        total = self.period
        last = self._advance(anchor, total)
        later: list[Step] = []
        for extension in self.events.extensions:
            if extension.by.unit.is_time:
                raise RuleError(f"a period of {total} cannot be extended by {extension.by}")
            if self.rule.extension_from is ExtensionBase.START and extension.by.unit is total.unit:
                total = Period(total.amount + extension.by.amount, total.unit)
                last = self._advance(anchor, total)
                later.append(ExtensionCounted(at=extension.at, by=extension.by, total=total))
            else:
                last = self._advance(last, extension.by)
                later.append(ExtensionCounted(at=extension.at, by=extension.by, total=None))
        for suspended, resumed in self.events.suspensions:
            days = self._not_counted(suspended, resumed)
            if self.period.unit is Unit.WORKING_DAYS:
                last = self.calendar.add_working_days(last, days)
            else:
                last += timedelta(days=days)
            later.append(SuspensionCounted(suspended=suspended, resumed=resumed, days=days))
        if self.period.unit is Unit.WORKING_DAYS:
            self._skipped(first, last)
        self.steps.extend(later)
        last = self._roll_forward(last)
        last = self._minimum_working_days(first, last)
        return last, self._end(last, start)

    def _not_counted(self, suspended: datetime, resumed: datetime) -> int:
        """Days from the day after the suspension to the day of resumption (Awb 4:15)."""
        a = suspended.astimezone(self.zone).date()
        b = resumed.astimezone(self.zone).date()
        if self.period.unit is Unit.WORKING_DAYS:
            return self.calendar.working_days_between(a, b)
        return (b - a).days

    def _skipped(self, first: date, last: date) -> None:
        """A step for each holiday or closure on a weekday of the work week in the period."""
        self.steps.extend(self.calendar.days_off(first, last))

    def _roll_forward(self, last: date) -> date:
        if not self.rule.roll_forward or self.calendar.is_working_day(last):
            return last
        moved = self.calendar.add_working_days(last, 0)
        self.steps.append(
            RolledForward(from_day=last, to_day=moved, reason=self.calendar.day_off(last))
        )
        return moved

    def _minimum_working_days(self, first: date, last: date) -> date:
        """EU 1182/71 art. 3(5): a period of two days or more holds enough working days."""
        required = self.rule.min_working_days
        unit, amount = self.period.unit, self.period.amount
        if not required or (unit is Unit.DAYS and amount < 2) or unit is Unit.WORKING_DAYS:
            return last
        before = first - _ONE_DAY
        if self.calendar.working_days_between(before, last) >= required:
            return last
        moved = self.calendar.add_working_days(before, required)
        self.steps.append(MinimumWorkingDays(from_day=last, to_day=moved, required=required))
        return moved

    def _end(self, last: date, start: datetime) -> datetime:
        end = self.rule.end
        if end is EndOfPeriod.END_OF_DAY:
            due = self.calendar.midnight(last + _ONE_DAY)
        elif end is EndOfPeriod.SAME_TIME:
            wall = datetime.combine(last, start.time())
            due = wall_to_utc(self.zone, wall).astimezone(self.zone)
        else:
            last, due = self._close_of_business(last)
        self.steps.append(EndsAt(due=due, last_day=last, end=end))
        return due

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
                if day != last:
                    self.steps.append(RolledForward(from_day=last, to_day=day, reason=None))
                return day, opened[-1][1].astimezone(self.zone)
            day += _ONE_DAY
        raise CharterValueError(
            f"the channel is closed for a year from {last}: no close of business"
        )

    # -- periods in minutes, hours, service hours --------------------------------------------

    def _time_due(self, start: datetime) -> datetime:
        unit = self.period.unit
        if unit in _TIME_UNITS and not self.rule.count_event_hour:
            start = self._next_whole(start, unit)
        self.steps.append(CountingStarts(on=start.date(), at=start))
        amount = self.period.amount
        for extension in self.events.extensions:
            if extension.by.unit is not unit:
                raise RuleError(f"a period of {self.period} cannot be extended by {extension.by}")
            amount += extension.by.amount
            self.steps.append(
                ExtensionCounted(at=extension.at, by=extension.by, total=Period(amount, unit))
            )
        if unit is Unit.SERVICE_HOURS:
            return self._service_due(start, timedelta(hours=amount))
        due = start.astimezone(UTC) + amount * _TIME_UNITS[unit]
        for suspended, resumed in self.events.suspensions:
            if suspended < due:
                paused = resumed - max(suspended, start)
                due += max(paused, timedelta())
                self.steps.append(
                    SuspensionCounted(suspended=suspended, resumed=resumed, time=paused)
                )
        return due.astimezone(self.zone)

    def _next_whole(self, start: datetime, unit: Unit) -> datetime:
        """The start of the next whole hour or minute, in local wall-clock time."""
        wall = start.replace(tzinfo=None, second=0, microsecond=0)
        if unit is Unit.HOURS:
            wall = wall.replace(minute=0)
        return wall_to_utc(self.zone, wall + _TIME_UNITS[unit]).astimezone(self.zone)

    def _service_due(self, start: datetime, needed: timedelta) -> datetime:
        """Where *needed* open time of the channel is reached, skipping suspensions."""
        assert self.hours is not None  # noqa: S101 - checked in deadline()
        pauses = [(a.astimezone(UTC), b.astimezone(UTC)) for a, b in self.events.suspensions]
        paused = {pause: timedelta() for pause in pauses}
        left = needed
        for a, b in self.hours.intervals(start, start + _SERVICE_HORIZON):
            for piece_start, piece_end in _minus(
                a.astimezone(UTC), b.astimezone(UTC), pauses, paused
            ):
                if piece_end - piece_start >= left:
                    self._pause_steps(paused)
                    return (piece_start + left).astimezone(self.zone)
                left -= piece_end - piece_start
        raise CharterValueError(
            f"the channel is not open {needed} within three years of {start.isoformat()}"
        )

    def _pause_steps(self, paused: dict[tuple[datetime, datetime], timedelta]) -> None:
        for (a, b), time_paused in paused.items():
            self.steps.append(
                SuspensionCounted(
                    suspended=a.astimezone(self.zone),
                    resumed=b.astimezone(self.zone),
                    time=time_paused,
                )
            )


def _minus(
    start: datetime,
    end: datetime,
    pauses: list[tuple[datetime, datetime]],
    paused: dict[tuple[datetime, datetime], timedelta],
) -> list[tuple[datetime, datetime]]:
    """``[start, end)`` without the pauses; the open time each pause took is added up."""
    pieces = [(start, end)]
    for pause in pauses:
        a, b = pause
        kept: list[tuple[datetime, datetime]] = []
        for s, e in pieces:
            overlap = min(e, b) - max(s, a)
            if overlap <= timedelta():
                kept.append((s, e))
                continue
            paused[pause] += overlap
            if s < a:
                kept.append((s, a))
            if b < e:
                kept.append((b, e))
        pieces = kept
    return pieces
