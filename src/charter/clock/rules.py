"""Counting rules: how a period runs from the event that starts it (docs/design.md).

A :class:`CountingRule` is a set of switches; three presets cite their sources:
:data:`EU_1182_71`, :data:`BE_JUDICIAL_CODE` and :data:`SERVICE_STANDARD`. Rules are data:
``CountingRule.from_mapping({...})`` builds one from a document.

>>> EU_1182_71.min_working_days
2
>>> SERVICE_STANDARD.cutoff_non_working_day, SERVICE_STANDARD.roll_forward
(False, False)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time
from enum import Enum
from functools import cache
from typing import Any, Self

from attrs import evolve, field, fields, frozen

from charter._checks import check_flag, to_member, whole_number
from charter._deprecated import warn_renamed
from charter.calendars.base import HolidayCalendar
from charter.calendars.registry import calendar_by_id
from charter.calendars.working import WorkingCalendar
from charter.clock.periods import Period, Unit
from charter.errors import CharterError, CharterTypeError, RuleError, excerpt, excerpts

__all__ = [
    "BE_JUDICIAL_CODE",
    "EU_1182_71",
    "SERVICE_STANDARD",
    "CountingRule",
    "DaysOff",
    "EndOfPeriod",
    "ExtensionBase",
    "MonthEnd",
    "Notification",
]


class EndOfPeriod(Enum):
    """Where a day-based period ends on its last day."""

    END_OF_DAY = "end_of_day"
    """At 24:00, the local midnight after the last day."""
    CLOSE_OF_BUSINESS = "close_of_business"
    """When the channel closes on the last day (needs opening hours)."""
    SAME_TIME = "same_time"
    """At the time of day of the event."""


class MonthEnd(Enum):
    """What a month or year period does when its end date does not exist (31 → February)."""

    LAST_DAY = "last_day"
    """End on the last day of the month: 2028-01-31 + 1 month → 2028-02-29."""
    NEXT_DAY = "next_day"
    """Run on into the next month: 2027-01-31 + 1 month → 2027-03-03."""


class ExtensionBase(Enum):
    """Where an extension is counted from."""

    START = "start"
    """One combined period from the original start: 1 month + 2 months = 3 months."""
    LAST_DAY = "last_day"
    """From the last day of the deadline in force."""


class DaysOff(Enum):
    """Which days a rule does not count as working days: they stop the clock, in its rolls.

    They are the days a last day moves past (Regulation 1182/71 art. 3(4), Judicial Code
    art. 53), the days a count in working days skips, and the days the minimum of working
    days (art. 3(5)) leaves out.
    """

    NON_WORKING_DAYS = "non_working_days"
    """Every day that is not a working day of the working calendar: its holidays, its
    closure days and the days outside its work week (a service standard's "working days")."""
    PUBLIC_HOLIDAYS = "public_holidays"
    """Saturdays, Sundays and public holidays only (Regulation 1182/71 art. 2; Judicial Code
    art. 53): the rule's ``public_holidays`` calendar, else the holidays of the working
    calendar; its closure days and work week play no part."""


class Notification(Enum):
    """What the instant given to a deadline is, and so the day the period counts from.

    Judicial Code art. 53bis: for a notification on paper, the period counts (for the
    addressee) from a day set by the way it was sent; callers give the instant of that
    way, not a receipt shifted by hand (docs/deadlines.md#start-rules).
    """

    RECEIVED = "received"
    """The instant is the event itself (a receipt): the period counts from its day."""
    REGISTERED_WITH_RECEIPT = "registered_with_receipt"
    """Art. 53bis 1°: a registered letter with acknowledgement of receipt; the instant is
    when it was presented at the address; the period counts from the day after."""
    POSTED = "posted"
    """Art. 53bis 2°: a registered or ordinary letter; the instant is when it was handed
    to the post; the period counts from the third working day after (unless the
    addressee proves otherwise: give the instant of receipt and ``RECEIVED`` then)."""


def _cutoff(value: time | None) -> time | None:
    if value is None:
        return None
    if not isinstance(value, time):
        raise CharterTypeError.expected("a time of day for the cut-off", value)
    if value.tzinfo is not None:
        raise RuleError(f"the cut-off {value} has a time zone: it is read in the calendar's zone")
    return value


#: The most working days a rule may require a period to hold.
MAX_MIN_WORKING_DAYS = 10_000


def _minimum(value: int) -> int:
    what = f"min_working_days must be a whole number 0 to {MAX_MIN_WORKING_DAYS}"
    return whole_number(value, 0, MAX_MIN_WORKING_DAYS, what, RuleError)


def _end(value: EndOfPeriod | str) -> EndOfPeriod:
    return to_member(EndOfPeriod, value, "one of", RuleError)


def _month_end(value: MonthEnd | str) -> MonthEnd:
    return to_member(MonthEnd, value, "one of", RuleError)


def _extension_from(value: ExtensionBase | str) -> ExtensionBase:
    return to_member(ExtensionBase, value, "one of", RuleError)


def _days_off(value: DaysOff | str) -> DaysOff:
    return to_member(DaysOff, value, "one of", RuleError)


@cache
def public_calendar(calendar_id: str) -> HolidayCalendar:
    """The holiday calendar of a rule's ``public_holidays`` id (looked up once)."""
    return calendar_by_id(calendar_id)


def _public_holidays(value: str | None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise CharterTypeError.expected("a calendar id such as 'be-legal', or None", value)
    try:
        public_calendar(value)
    except CharterError as error:
        raise RuleError(f"public_holidays: {error}") from None
    return value


def _notification(value: Notification | str) -> Notification:
    return to_member(Notification, value, "one of", RuleError)


def _name(value: str) -> str:
    if not isinstance(value, str) or not value:
        raise CharterTypeError.expected("a name for the rule", value)
    return value


def _source(value: str) -> str:
    if not isinstance(value, str):
        raise CharterTypeError.expected("a citation of the rule's source", value)
    return value


@frozen(kw_only=True)
class CountingRule:
    """How a period runs from its event; see docs/deadlines.md for each switch.

    Attributes:
        name: an identifier (``"EU_1182_71"``).
        count_event_day: whether the day of the event is the first day counted.
        count_event_hour: for hours and minutes, whether counting starts at the event
            itself (True) or at the start of the next whole hour or minute (False).
        cutoff: a receipt on a working day at or after this local time counts as received
            on the next day, as if it came in the night (on a closed day the time does not
            matter). With ``cutoff_non_working_day``, a next day that is closed moves on
            to the next working day.
        cutoff_non_working_day: a receipt on a non-working day counts as received on the
            next working day.
        cutoff_outside_hours: a receipt while the channel is closed counts as received at
            its next opening (needs opening hours).
        end: where the period ends on its last day.
        roll_forward: a last day that is not a working day moves to the next working day
            (never for periods in hours or minutes).
        min_working_days: a period of two days or more contains at least this many
            working days.
        month_end: what months and years do when the end date does not exist.
        months_from_first_day: months and years run from the first day counted to the day
            before the same date (Judicial Code art. 54), instead of ending on the same
            date as the event (Regulation 1182/71 art. 3(2)(c)).
        extension_from: where an extension is counted from.
        days_off: which days are not working days for the rule: every non-working day
            of the working calendar, or Saturdays, Sundays and public holidays only.
        public_holidays: with ``DaysOff.PUBLIC_HOLIDAYS``, the id of the calendar of public
            holidays (``"be-legal"``); None: the holidays of the working calendar.
        notification: what the instant given is (a receipt, a registered letter presented,
            a letter posted), and so the day the period counts from (art. 53bis).
        judicial_vacation: an appeal or opposition period that starts and expires between
            1 July and 31 August runs until 15 September (Judicial Code art. 50 §2).
        count_resumption_day: a suspension's day of resumption counts again ("until the day
            on which", Awb 4:15); by default it does not count.
        source: the legal or policy source, cited.
    """

    name: str = field(converter=_name)
    count_event_day: bool = field(default=False, converter=check_flag)
    count_event_hour: bool = field(default=True, converter=check_flag)
    cutoff: time | None = field(default=None, converter=_cutoff)
    cutoff_non_working_day: bool = field(default=False, converter=check_flag)
    cutoff_outside_hours: bool = field(default=False, converter=check_flag)
    end: EndOfPeriod = field(default=EndOfPeriod.END_OF_DAY, converter=_end)
    roll_forward: bool = field(default=True, converter=check_flag)
    min_working_days: int = field(default=0, converter=_minimum)
    month_end: MonthEnd = field(default=MonthEnd.LAST_DAY, converter=_month_end)
    extension_from: ExtensionBase = field(default=ExtensionBase.START, converter=_extension_from)
    months_from_first_day: bool = field(default=False, converter=check_flag)
    days_off: DaysOff = field(default=DaysOff.NON_WORKING_DAYS, converter=_days_off)
    public_holidays: str | None = field(default=None, converter=_public_holidays)
    notification: Notification = field(default=Notification.RECEIVED, converter=_notification)
    judicial_vacation: bool = field(default=False, converter=check_flag)
    count_resumption_day: bool = field(default=False, converter=check_flag)
    source: str = field(default="", converter=_source)

    def needs_hours(self, period: Period) -> bool:
        """Whether *period* under this rule needs a channel's opening hours.

        Service hours, a cut-off outside opening hours, or an end at the close of business
        of a period in days all do (docs/deadlines.md).
        """
        return (
            period.smallest_unit is Unit.SERVICE_HOURS
            or self.cutoff_outside_hours
            or (self.end is EndOfPeriod.CLOSE_OF_BUSINESS and not period.is_time)
        )

    def __attrs_post_init__(self) -> None:
        if self.end is EndOfPeriod.SAME_TIME and self.count_event_day:
            raise RuleError(
                f"rule {excerpt(self.name)}: a period that ends at the event's time of day counts "
                "whole days from the event, so it cannot also count the event's day"
            )

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> Self:
        """Build a rule from a document's mapping (``cutoff`` as ``"HH:MM"``)."""
        if not isinstance(data, Mapping):
            raise CharterTypeError.expected("a mapping of rule switches", data)
        known = {attribute.name for attribute in fields(cls)}
        unknown = sorted(set(data) - known, key=str)
        if unknown:
            names = excerpts(unknown)
            raise RuleError(f"unknown switches {names}; known: {', '.join(sorted(known))}")
        values = dict(data)
        if isinstance(values.get("cutoff"), str):
            text = str(values["cutoff"])
            if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?", text, re.ASCII):
                raise RuleError(f"cut-off {excerpt(text)} is not a time HH:MM")
            values["cutoff"] = time.fromisoformat(text)
        if "name" not in values:
            raise RuleError("a counting rule needs a name")
        return cls(**values)  # type: ignore[arg-type]

    def working_calendar(self, calendar: WorkingCalendar) -> WorkingCalendar:
        """The calendar of this rule's working days, for a deadline on *calendar*.

        *calendar* itself under ``DaysOff.NON_WORKING_DAYS``; under
        ``DaysOff.PUBLIC_HOLIDAYS``, Monday to Friday except the public holidays
        (``calendar.public_days``). See docs/deadlines.md#days-off.
        """
        if self.days_off is DaysOff.NON_WORKING_DAYS:
            return calendar
        if self.public_holidays is None:
            return calendar.public_days()
        return calendar.public_days(public_calendar(self.public_holidays))

    def replace(self, **changes: Any) -> Self:  # noqa: ANN401 - the switches, checked on build
        """A copy with some switches changed: ``SERVICE_STANDARD.replace(cutoff=time(16))``.

        As ``datetime.replace`` and ``dataclasses.replace`` do (was ``but``).
        """
        unknown = sorted(set(changes) - {attribute.name for attribute in fields(type(self))})
        if unknown:
            raise RuleError(f"unknown switches {', '.join(map(repr, unknown))}")
        return evolve(self, **changes)

    def but(self, **changes: Any) -> Self:  # noqa: ANN401 - the switches, checked on build
        """Deprecated: :meth:`replace`."""
        warn_renamed("CountingRule.but", "CountingRule.replace")
        return self.replace(**changes)


#: Regulation (EEC, Euratom) No 1182/71, art. 3: the event's day (or hour) is not counted
#: (3(1)); days run from the start of the first day to the end of the last (3(2)(b));
#: weeks, months and years end on the same weekday or date, or the last day of the month
#: (3(2)(c)); holidays and weekends count unless the period is in working days (3(3)); a
#: last day that is a holiday, Saturday or Sunday moves to the end of the next working
#: day, not for hours (3(4)); a period of two days or more has at least two working days
#: (3(5)). Working days are all days but public holidays, Saturdays and Sundays (art. 2):
#: the public holidays "of the place" are those of the working calendar given.
EU_1182_71 = CountingRule(
    name="EU_1182_71",
    count_event_day=False,
    count_event_hour=False,
    roll_forward=True,
    min_working_days=2,
    month_end=MonthEnd.LAST_DAY,
    days_off=DaysOff.PUBLIC_HOLIDAYS,
    source="Regulation (EEC, Euratom) No 1182/71, art. 3",
)

#: Belgian Judicial Code (Gerechtelijk Wetboek / Code judiciaire), art. 52-54: counted
#: from midnight to midnight from the day after the event (52); the expiry day is
#: included and moves to the next working day when it is a Saturday, Sunday or legal
#: holiday (53); months and years run "from the so-many-th to the day before the
#: so-many-th" (54): from the first day counted to the day before the same date. The
#: holidays are the legal holidays (KB/AR 18 April 1974), whatever the working calendar:
#: an administration's own days off (15 November) do not move an expiry.
BE_JUDICIAL_CODE = CountingRule(
    name="BE_JUDICIAL_CODE",
    count_event_day=False,
    count_event_hour=False,
    roll_forward=True,
    months_from_first_day=True,
    days_off=DaysOff.PUBLIC_HOLIDAYS,
    public_holidays="be-legal",
    source="Gerechtelijk Wetboek / Code judiciaire, art. 52-54",
)

#: What a charter means by "within N days" or "within N working days", read plainly: the
#: day of receipt is not counted, so from a Saturday "1 working day" is the Monday and
#: "30 days" from Saturday 31 October is Monday 30 November; a period in days, weeks or
#: months ends at the end of its last day, even a Saturday (no roll forward); hour periods
#: run from the receipt itself. A time-of-day cut-off (``cutoff``) and moving a receipt on
#: a closed day (``cutoff_non_working_day``) are switches a charter sets when it says so.
SERVICE_STANDARD = CountingRule(
    name="SERVICE_STANDARD",
    count_event_day=False,
    count_event_hour=True,
    cutoff_non_working_day=False,
    roll_forward=False,
    source="service standard of a client charter (docs/deadlines.md)",
)
