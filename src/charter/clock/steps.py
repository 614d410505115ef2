"""The steps that explain a deadline: one typed record per decision, in order.

A holiday or closure that a count in working days skips is a
:class:`~charter.calendars.working.DayOff` (its date, its kind and its name).

Every due date can be explained to a citizen from its steps, in any language: the
records hold dates, instants, periods and localised names, never sentences.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import Enum

from attrs import frozen

from charter.calendars.working import DayOff
from charter.clock.events import Start
from charter.clock.periods import Period
from charter.clock.rules import DaysOff, EndOfPeriod

__all__ = [
    "CountedBack",
    "CountingFrom",
    "CountingStarts",
    "CutoffReason",
    "DayOff",
    "EndsAt",
    "ExtendedUntil",
    "ExtensionCounted",
    "JudicialVacation",
    "MinimumWorkingDays",
    "MovedPastCutoff",
    "Received",
    "RolledForward",
    "Step",
    "SuspensionCounted",
]


class CutoffReason(Enum):
    """Why a receipt counts as received later."""

    AFTER_CUTOFF_TIME = "after_cutoff_time"
    NON_WORKING_DAY = "non_working_day"
    OUTSIDE_HOURS = "outside_hours"
    PRESENTED = "presented"
    """A registered letter: the day after it was presented counts (art. 53bis 1°)."""
    POSTED = "posted"
    """A letter handed to the post: its third working day after counts (art. 53bis 2°)."""


@frozen(kw_only=True)
class Received:
    """The question was received at this instant (in the calendar's zone)."""

    at: datetime


@frozen(kw_only=True)
class CountingFrom:
    """The period counts from *start*, which happened at *at*, not from the receipt."""

    at: datetime
    start: Start


@frozen(kw_only=True)
class MovedPastCutoff:
    """The receipt counts as received at *at* (on *on*), for *reason*."""

    on: date
    at: datetime
    reason: CutoffReason


@frozen(kw_only=True)
class CountingStarts:
    """Counting starts on the day *on* (for hours: at the instant *at*).

    *days_off*: which days the rule does not count as working days (its rolls, working
    days and minimum); None for a period in hours or minutes.
    """

    on: date
    at: datetime
    days_off: DaysOff | None = None


@frozen(kw_only=True)
class SuspensionCounted:
    """The clock stood still from *suspended* to *resumed*; *not_counted* days or time."""

    suspended: datetime
    resumed: datetime
    days: int = 0
    time: timedelta = timedelta()


@frozen(kw_only=True)
class ExtensionCounted:
    """The deadline was extended by *by* (noticed at *at*); *total* counts from the start."""

    at: datetime
    by: Period
    total: Period | None


@frozen(kw_only=True)
class ExtendedUntil:
    """The deadline was extended until the day *until* by a notice sent at *at*."""

    at: datetime
    until: date


@frozen(kw_only=True)
class RolledForward:
    """The last day moved from *from_day* to *to_day*: *reason* (None: the channel is closed)."""

    from_day: date
    to_day: date
    reason: DayOff | None


@frozen(kw_only=True)
class JudicialVacation:
    """The period runs on from *from_day* to *to_day*, 15 September (art. 50 §2).

    An appeal or opposition period that started and expired in the judicial vacation.
    """

    from_day: date
    to_day: date


@frozen(kw_only=True)
class MinimumWorkingDays:
    """The period was lengthened to hold *required* working days."""

    from_day: date
    to_day: date
    required: int


@frozen(kw_only=True)
class CountedBack:
    """A period counted back from *event*: its first day is *period_starts*.

    The act is due before that day. *not_moved*: the last day (the day before) is not a
    working day, and stays where it is: Regulation 1182/71 art. 3(4) does not apply to a
    period counted backwards (docs/deadlines.md#backward-periods).
    """

    event: datetime
    period_starts: date
    not_moved: DayOff | None


@frozen(kw_only=True)
class EndsAt:
    """The period ends at *due* (exclusive), on the last day *last_day*."""

    due: datetime
    last_day: date
    end: EndOfPeriod | None


#: Any step.
Step = (
    Received
    | CountingFrom
    | MovedPastCutoff
    | CountingStarts
    | DayOff
    | SuspensionCounted
    | ExtensionCounted
    | ExtendedUntil
    | RolledForward
    | JudicialVacation
    | MinimumWorkingDays
    | CountedBack
    | EndsAt
)
