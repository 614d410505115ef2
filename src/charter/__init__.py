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

from charter import examples
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
from charter.cases import (
    Call,
    Case,
    CaseReport,
    ComplianceReport,
    Status,
    compliance,
    read_calls,
    read_cases,
)
from charter.clock import (
    BE_JUDICIAL_CODE,
    EU_1182_71,
    SERVICE_STANDARD,
    Answered,
    CountingRule,
    Deadline,
    EndOfPeriod,
    Extended,
    ExtensionBase,
    MonthEnd,
    Period,
    Resumed,
    Suspended,
    Unit,
    deadline,
    steps,
)
from charter.errors import (
    CaseError,
    CharterError,
    CharterTypeError,
    CharterValidationError,
    CharterValueError,
    Issue,
    MissingDependencyError,
    NaiveDatetimeError,
    OpeningHoursError,
    OpeningHoursSyntaxError,
    PeriodError,
    RuleError,
    UnknownCalendarError,
    UnknownExampleError,
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
from charter.io import dump, dumps, load, loads
from charter.io.schema import json_schema
from charter.model import Charter
from charter.text import LANGUAGES, LocalizedText

__all__ = [
    "BE_JUDICIAL_CODE",
    "CLOSED",
    "EU_1182_71",
    "LANGUAGES",
    "MONDAY_TO_FRIDAY",
    "SERVICE_STANDARD",
    "Answered",
    "Call",
    "Case",
    "CaseError",
    "CaseReport",
    "Charter",
    "CharterError",
    "CharterTypeError",
    "CharterValidationError",
    "CharterValueError",
    "ComplianceReport",
    "CountingRule",
    "CountryHolidays",
    "Dates",
    "DayOff",
    "DayOffKind",
    "Deadline",
    "EasterOffset",
    "EndOfPeriod",
    "Extended",
    "ExtensionBase",
    "FixedDate",
    "HolidayCalendar",
    "HolidayRule",
    "Issue",
    "LocalizedText",
    "MissingDependencyError",
    "MonthDay",
    "MonthEnd",
    "NaiveDatetimeError",
    "NthWeekday",
    "OpeningHours",
    "OpeningHoursError",
    "OpeningHoursSyntaxError",
    "Period",
    "PeriodError",
    "Resumed",
    "RuleCalendar",
    "RuleError",
    "Season",
    "SpecialHours",
    "Status",
    "Suspended",
    "TimeRange",
    "Unit",
    "UnknownCalendarError",
    "UnknownExampleError",
    "UnknownLanguageError",
    "UnknownTimezoneError",
    "UnsupportedYearError",
    "Weekday",
    "WeeklySchedule",
    "WorkingCalendar",
    "__version__",
    "belgium",
    "calendar_by_id",
    "compliance",
    "deadline",
    "dump",
    "dumps",
    "examples",
    "json_schema",
    "load",
    "loads",
    "read_calls",
    "read_cases",
    "steps",
]
