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

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from charter._version import __version__

if TYPE_CHECKING:
    from charter import (
        examples,
    )
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
        DaysOff,
        Deadline,
        EndOfPeriod,
        Extended,
        ExtensionBase,
        MonthEnd,
        Notification,
        Period,
        Resumed,
        Suspended,
        Unit,
        deadline,
        deadline_before,
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
        UnknownChannelError,
        UnknownExampleError,
        UnknownGuaranteeError,
        UnknownIdError,
        UnknownLanguageError,
        UnknownTimezoneError,
        UnpublishedYearError,
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
    from charter.io import (
        Limits,
        dump,
        dumps,
        load,
        loads,
    )
    from charter.io.schema import (
        json_schema,
    )
    from charter.language import (
        describe_deadline,
        describe_hours,
        render,
    )
    from charter.model import (
        Charter,
    )
    from charter.text import (
        LANGUAGES,
        LocalizedText,
    )

#: Where each public name lives; imported on first use, so that ``import charter`` and the
#: ``charter`` command load only what they need.
_WHERE = {
    "Answered": "charter.clock",
    "BE_JUDICIAL_CODE": "charter.clock",
    "CLOSED": "charter.calendars",
    "Call": "charter.cases",
    "Case": "charter.cases",
    "CaseError": "charter.errors",
    "CaseReport": "charter.cases",
    "Charter": "charter.model",
    "CharterError": "charter.errors",
    "CharterTypeError": "charter.errors",
    "CharterValidationError": "charter.errors",
    "CharterValueError": "charter.errors",
    "ComplianceReport": "charter.cases",
    "CountingRule": "charter.clock",
    "CountryHolidays": "charter.calendars",
    "Dates": "charter.calendars",
    "DayOff": "charter.calendars",
    "DayOffKind": "charter.calendars",
    "DaysOff": "charter.clock",
    "Deadline": "charter.clock",
    "EU_1182_71": "charter.clock",
    "EasterOffset": "charter.calendars",
    "EndOfPeriod": "charter.clock",
    "Extended": "charter.clock",
    "ExtensionBase": "charter.clock",
    "FixedDate": "charter.calendars",
    "HolidayCalendar": "charter.calendars",
    "HolidayRule": "charter.calendars",
    "Issue": "charter.errors",
    "Limits": "charter.io",
    "LANGUAGES": "charter.text",
    "LocalizedText": "charter.text",
    "MONDAY_TO_FRIDAY": "charter.calendars",
    "MissingDependencyError": "charter.errors",
    "MonthDay": "charter.hours",
    "MonthEnd": "charter.clock",
    "Notification": "charter.clock",
    "NaiveDatetimeError": "charter.errors",
    "NthWeekday": "charter.calendars",
    "OpeningHours": "charter.hours",
    "OpeningHoursError": "charter.errors",
    "OpeningHoursSyntaxError": "charter.errors",
    "Period": "charter.clock",
    "PeriodError": "charter.errors",
    "Resumed": "charter.clock",
    "RuleCalendar": "charter.calendars",
    "RuleError": "charter.errors",
    "SERVICE_STANDARD": "charter.clock",
    "Season": "charter.hours",
    "SpecialHours": "charter.hours",
    "Status": "charter.cases",
    "Suspended": "charter.clock",
    "TimeRange": "charter.hours",
    "Unit": "charter.clock",
    "UnknownCalendarError": "charter.errors",
    "UnknownChannelError": "charter.errors",
    "UnknownGuaranteeError": "charter.errors",
    "UnknownIdError": "charter.errors",
    "UnknownExampleError": "charter.errors",
    "UnknownLanguageError": "charter.errors",
    "UnknownTimezoneError": "charter.errors",
    "UnpublishedYearError": "charter.errors",
    "UnsupportedYearError": "charter.errors",
    "Weekday": "charter.calendars",
    "WeeklySchedule": "charter.hours",
    "WorkingCalendar": "charter.calendars",
    "belgium": "charter.calendars",
    "calendar_by_id": "charter.calendars",
    "compliance": "charter.cases",
    "deadline": "charter.clock",
    "deadline_before": "charter.clock",
    "describe_deadline": "charter.language",
    "describe_hours": "charter.language",
    "render": "charter.language",
    "dump": "charter.io",
    "dumps": "charter.io",
    "examples": "charter",
    "json_schema": "charter.io.schema",
    "load": "charter.io",
    "loads": "charter.io",
    "read_calls": "charter.cases",
    "read_cases": "charter.cases",
    "steps": "charter.clock",
}


#: The sub-packages and modules reachable as attributes (``charter.clock``), loaded on use.
_SUBMODULES = frozenset(
    {
        "calendars",
        "cases",
        "cli",
        "clock",
        "errors",
        "examples",
        "hours",
        "io",
        "language",
        "model",
        "text",
    }
)


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None and name not in _SUBMODULES:
        message = f"module 'charter' has no attribute {name!r}"
        raise AttributeError(message)
    if module is None or module == "charter":  # a sub-package or module of charter
        value: object = importlib.import_module(f"charter.{name}")
    else:
        value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__) | _SUBMODULES)


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
    "DaysOff",
    "Deadline",
    "EasterOffset",
    "EndOfPeriod",
    "Extended",
    "ExtensionBase",
    "FixedDate",
    "HolidayCalendar",
    "HolidayRule",
    "Issue",
    "Limits",
    "LocalizedText",
    "MissingDependencyError",
    "MonthDay",
    "MonthEnd",
    "NaiveDatetimeError",
    "Notification",
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
    "UnknownChannelError",
    "UnknownExampleError",
    "UnknownGuaranteeError",
    "UnknownIdError",
    "UnknownLanguageError",
    "UnknownTimezoneError",
    "UnpublishedYearError",
    "UnsupportedYearError",
    "Weekday",
    "WeeklySchedule",
    "WorkingCalendar",
    "__version__",
    "belgium",
    "calendar_by_id",
    "compliance",
    "deadline",
    "deadline_before",
    "describe_deadline",
    "describe_hours",
    "dump",
    "dumps",
    "examples",
    "json_schema",
    "load",
    "loads",
    "read_calls",
    "read_cases",
    "render",
    "steps",
]
