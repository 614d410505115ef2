"""charter: a public service's client charter as data and code.

The public API, importable from ``charter`` itself. Everything else is reachable through
the sub-packages but may change without notice.

>>> from datetime import date
>>> import charter
>>> from charter import belgium
>>> wc = charter.WorkingCalendar(
...     holidays=belgium.FEDERAL_ADMINISTRATION, timezone="Europe/Brussels"
... )
>>> wc.add_working_days(date(2026, 12, 24), 3)
datetime.date(2026, 12, 30)
"""

from charter._version import __version__
from charter.calendars import (
    CLOSED,
    MONDAY_TO_FRIDAY,
    CountryHolidays,
    Dates,
    DayOff,
    DayOffKind,
    EasterOffset,
    FixedDate,
    HolidayCalendar,
    HolidayRule,
    NthWeekday,
    RuleCalendar,
    Weekday,
    WorkingCalendar,
    belgium,
    calendar_by_id,
)
from charter.errors import (
    CharterError,
    CharterTypeError,
    CharterValidationError,
    CharterValueError,
    Issue,
    MissingDependencyError,
    NaiveDatetimeError,
    OpeningHoursError,
    OpeningHoursSyntaxError,
    UnknownCalendarError,
    UnknownLanguageError,
    UnknownTimezoneError,
    UnsupportedYearError,
)
from charter.hours import (
    MonthDay,
    OpeningHours,
    Season,
    SpecialHours,
    TimeRange,
    WeeklySchedule,
)
from charter.text import LANGUAGES, LocalizedText

__all__ = [
    "CLOSED",
    "LANGUAGES",
    "MONDAY_TO_FRIDAY",
    "CharterError",
    "CharterTypeError",
    "CharterValidationError",
    "CharterValueError",
    "CountryHolidays",
    "Dates",
    "DayOff",
    "DayOffKind",
    "EasterOffset",
    "FixedDate",
    "HolidayCalendar",
    "HolidayRule",
    "Issue",
    "LocalizedText",
    "MissingDependencyError",
    "MonthDay",
    "NaiveDatetimeError",
    "NthWeekday",
    "OpeningHours",
    "OpeningHoursError",
    "OpeningHoursSyntaxError",
    "RuleCalendar",
    "Season",
    "SpecialHours",
    "TimeRange",
    "UnknownCalendarError",
    "UnknownLanguageError",
    "UnknownTimezoneError",
    "UnsupportedYearError",
    "Weekday",
    "WeeklySchedule",
    "WorkingCalendar",
    "__version__",
    "belgium",
    "calendar_by_id",
]
