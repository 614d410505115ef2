"""Periods counted back from an event: "at the latest 10 days before the hearing".

The period runs backwards from the event, whose day is not counted (Regulation 1182/71
art. 3(1)): 10 days before a hearing on Monday 15 March 2027 are 5 to 14 March, so the act
is due before they begin, by 4 March at 24:00. Art. 3(4) does **not** apply to a period
counted backwards (its second subparagraph): a last day that is a Saturday, Sunday or
holiday stays where it is, and never moves forward, which would shorten the time before
the event. See docs/deadlines.md#backward-periods.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from charter import WorkingCalendar, belgium
>>> calendar = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
>>> hearing = datetime(2027, 3, 15, 9, 30, tzinfo=ZoneInfo("Europe/Brussels"))
>>> d = deadline_before(hearing, "10 days", calendar=calendar)
>>> d.last_day, d.due.isoformat()
(datetime.date(2027, 3, 4), '2027-03-05T00:00:00+01:00')
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from charter.calendars.base import check_date
from charter.calendars.instants import check_supported_instant
from charter.calendars.working import WorkingCalendar
from charter.clock.deadline import Deadline
from charter.clock.periods import Period, Unit, to_period
from charter.clock.rules import EU_1182_71, CountingRule
from charter.clock.steps import CountedBack, EndsAt, Step
from charter.errors import CharterTypeError, RuleError, UnsupportedYearError

__all__ = ["deadline_before"]

_ONE_DAY = timedelta(days=1)
_TIME = {Unit.MINUTES: timedelta(minutes=1), Unit.HOURS: timedelta(hours=1)}


def deadline_before(
    event: datetime,
    period: Period | str,
    *,
    calendar: WorkingCalendar,
    rule: CountingRule = EU_1182_71,
) -> Deadline:
    """When an act is due that must come at least *period* before *event*.

    ``due`` is exclusive, as for :func:`charter.deadline`: an act strictly before it is in
    time. The event's day is not counted unless the rule counts it (``count_event_day``);
    the period's days are counted back from the day before; the act is due at the start of
    the period's first day, so ``last_day`` is the day before it. A last day that is not a
    working day is not moved (art. 3(4) second subparagraph), and the rule's cut-offs,
    roll-forward and minimum of working days play no part. Working days are the rule's
    (``rule.working_calendar(calendar)``). Hours and minutes count back on real instants
    from the start of the event's hour (minute), the event's own not counted. Service
    hours are refused.
    """
    event = check_supported_instant(event, "event")
    period = to_period(period)
    if not isinstance(calendar, WorkingCalendar):
        raise CharterTypeError.expected("a WorkingCalendar as calendar", calendar)
    if not isinstance(rule, CountingRule):
        raise CharterTypeError.expected("a CountingRule such as EU_1182_71", rule)
    local = event.astimezone(calendar.zone)
    if period.is_time:
        return _hours_before(local, period, calendar, rule)
    days = rule.working_calendar(calendar)
    anchor = local.date() + (_ONE_DAY if rule.count_event_day else timedelta())
    try:
        start = _back(anchor, period, days)
        last_day = check_date(start - _ONE_DAY, "the last day")
    except (OverflowError, ValueError) as error:
        if isinstance(error, UnsupportedYearError):
            raise
        raise UnsupportedYearError(
            f"{period} before {local.date().isoformat()} starts outside the supported years"
        ) from None
    due = calendar.midnight(start)
    off = days.day_off(last_day)
    steps: tuple[Step, ...] = (
        CountedBack(event=local, period_starts=start, not_moved=off),
        EndsAt(due=due, last_day=last_day, end=None),
    )
    return Deadline(
        received=local, period=period, rule=rule, due=due, last_day=last_day, steps=steps
    )


def _back(anchor: date, period: Period, days: WorkingCalendar) -> date:
    """The first day of *period* counted back from the day before *anchor*.

    Years and months first (to the same date, or the month's last day where it does not
    exist), then weeks and days, then working days: the mirror of counting forward.
    """
    months = days_back = working = 0
    for amount, unit in period.parts:
        if unit in (Unit.YEARS, Unit.MONTHS):
            months += amount * (12 if unit is Unit.YEARS else 1)
        elif unit in (Unit.WEEKS, Unit.DAYS):
            days_back += amount * (7 if unit is Unit.WEEKS else 1)
        else:
            working += amount
    start = anchor
    if months:
        start = start - relativedelta(months=months)
    if days_back:
        start -= timedelta(days=days_back)
    if working:
        start = days.add_working_days(start, -working)
    return check_date(start, "the start of the period")


def _hours_before(
    local: datetime, period: Period, calendar: WorkingCalendar, rule: CountingRule
) -> Deadline:
    unit = period.unit
    if unit not in _TIME:
        raise RuleError(f"{period} cannot be counted back from an event: use hours or days")
    begin = local
    if not rule.count_event_hour:  # the event's hour (minute) is not counted: art. 3(1)
        begin = local.replace(second=0, microsecond=0)  # the fold is kept
        if unit is Unit.HOURS:
            begin = begin.replace(minute=0)
    start = begin.astimezone(UTC)  # real instants: wall clocks repeat an hour in autumn
    due = (start - period.amount * _TIME[unit]).astimezone(calendar.zone)
    last_day = (due - timedelta(microseconds=1)).date()
    steps: tuple[Step, ...] = (
        CountedBack(event=local, period_starts=due.date(), not_moved=None),
        EndsAt(due=due, last_day=last_day, end=None),
    )
    return Deadline(
        received=local, period=period, rule=rule, due=due, last_day=last_day, steps=steps
    )
