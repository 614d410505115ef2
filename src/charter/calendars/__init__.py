"""Holiday calendars and working calendars (docs/design.md).

- :mod:`~charter.calendars.base`: the :class:`HolidayCalendar` protocol and unions;
- :mod:`~charter.calendars.rules`: declarative rules and :class:`Dates`;
- :mod:`~charter.calendars.belgium`: the Belgian calendars, with their legal sources;
- :mod:`~charter.calendars.eu`: the EU institutions' public holidays, year by year;
- :mod:`~charter.calendars.working`: :class:`WorkingCalendar` and working-day arithmetic;
- :mod:`~charter.calendars.adapters`: other countries through the ``holidays`` package;
- :mod:`~charter.calendars.registry`: calendars by id.
"""

from charter.calendars import belgium, eu
from charter.calendars.adapters import CountryHolidays
from charter.calendars.base import CalendarBase, HolidayCalendar, UnionCalendar, Weekday
from charter.calendars.registry import BUILT_IN, calendar_by_id
from charter.calendars.rules import (
    CLOSED,
    Dates,
    DateSpan,
    EasterOffset,
    FixedDate,
    HolidayRule,
    NthWeekday,
    RuleCalendar,
    Substitutes,
    union,
)
from charter.calendars.working import MONDAY_TO_FRIDAY, DayOff, DayOffKind, WorkingCalendar

__all__ = [
    "BUILT_IN",
    "CLOSED",
    "MONDAY_TO_FRIDAY",
    "CalendarBase",
    "CountryHolidays",
    "DateSpan",
    "Dates",
    "DayOff",
    "DayOffKind",
    "EasterOffset",
    "FixedDate",
    "HolidayCalendar",
    "HolidayRule",
    "NthWeekday",
    "RuleCalendar",
    "Substitutes",
    "UnionCalendar",
    "Weekday",
    "WorkingCalendar",
    "belgium",
    "calendar_by_id",
    "eu",
    "union",
]
