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
        DateSpan,
        DayOff,
        DayOffKind,
        EasterOffset,
        FixedDate,
        HolidayCalendar,
        HolidayRule,
        NthWeekday,
        RuleCalendar,
        Substitutes,
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
        Start,
        Started,
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
        MissingTextError,
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
        CloseEarly,
        ExtraHours,
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
        DeadlineText,
        describe_deadline,
        describe_hours,
        describe_period,
        render,
    )
    from charter.model import (
        Appointment,
        AuthenticSource,
        CalendarSpec,
        Channel,
        ChannelKind,
        Charter,
        ClientDuty,
        Contact,
        DataReuse,
        Email,
        EnterpriseNumber,
        ExtensionPolicy,
        Fee,
        Guarantee,
        GuaranteeKind,
        Indicator,
        LocalizedUrl,
        Organisation,
        PaymentMethod,
        PhoneNumber,
        PhoneRate,
        PostalAddress,
        QualityMonitoring,
        ReachabilityMetric,
        ReachabilityTarget,
        Referral,
        Share,
        TargetPeriod,
        Telephone,
        Url,
    )
    from charter.text import (
        LANGUAGES,
        LocalizedText,
    )


#: Where each public name lives; imported on first use, so that ``import charter`` and the
#: ``charter`` command load only what they need.
_WHERE = {
    # The charter and its documents
    "Charter": "charter.model",
    "load": "charter.io",
    "loads": "charter.io",
    "dump": "charter.io",
    "dumps": "charter.io",
    "json_schema": "charter.io.schema",
    "Limits": "charter.io",
    "examples": "charter",
    # The charter's parts
    "Organisation": "charter.model",
    "Contact": "charter.model",
    "PostalAddress": "charter.model",
    "PhoneNumber": "charter.model",
    "PhoneRate": "charter.model",
    "Telephone": "charter.model",
    "Email": "charter.model",
    "Url": "charter.model",
    "LocalizedUrl": "charter.model",
    "EnterpriseNumber": "charter.model",
    "Channel": "charter.model",
    "ChannelKind": "charter.model",
    "Appointment": "charter.model",
    "PaymentMethod": "charter.model",
    "CalendarSpec": "charter.model",
    "Guarantee": "charter.model",
    "GuaranteeKind": "charter.model",
    "ExtensionPolicy": "charter.model",
    "Fee": "charter.model",
    "Share": "charter.model",
    "ReachabilityTarget": "charter.model",
    "TargetPeriod": "charter.model",
    "ReachabilityMetric": "charter.model",
    "ClientDuty": "charter.model",
    "DataReuse": "charter.model",
    "AuthenticSource": "charter.model",
    "Referral": "charter.model",
    "QualityMonitoring": "charter.model",
    "Indicator": "charter.model",
    "LocalizedText": "charter.text",
    "LANGUAGES": "charter.text",
    # Holiday calendars and working calendars
    "HolidayCalendar": "charter.calendars",
    "RuleCalendar": "charter.calendars",
    "HolidayRule": "charter.calendars",
    "FixedDate": "charter.calendars",
    "EasterOffset": "charter.calendars",
    "NthWeekday": "charter.calendars",
    "DateSpan": "charter.calendars",
    "Substitutes": "charter.calendars",
    "Dates": "charter.calendars",
    "CLOSED": "charter.calendars",
    "CountryHolidays": "charter.calendars",
    "belgium": "charter.calendars",
    "calendar_by_id": "charter.calendars",
    "WorkingCalendar": "charter.calendars",
    "Weekday": "charter.calendars",
    "MONDAY_TO_FRIDAY": "charter.calendars",
    "DayOff": "charter.calendars",
    "DayOffKind": "charter.calendars",
    # Opening hours
    "OpeningHours": "charter.hours",
    "WeeklySchedule": "charter.hours",
    "TimeRange": "charter.hours",
    "Season": "charter.hours",
    "SpecialHours": "charter.hours",
    "ExtraHours": "charter.hours",
    "CloseEarly": "charter.hours",
    "MonthDay": "charter.hours",
    # Periods, counting rules and deadlines
    "Period": "charter.clock",
    "Unit": "charter.clock",
    "CountingRule": "charter.clock",
    "EU_1182_71": "charter.clock",
    "BE_JUDICIAL_CODE": "charter.clock",
    "SERVICE_STANDARD": "charter.clock",
    "DaysOff": "charter.clock",
    "EndOfPeriod": "charter.clock",
    "ExtensionBase": "charter.clock",
    "MonthEnd": "charter.clock",
    "Notification": "charter.clock",
    "deadline": "charter.clock",
    "deadline_before": "charter.clock",
    "Deadline": "charter.clock",
    "steps": "charter.clock",
    # Cases and compliance
    "Case": "charter.cases",
    "Started": "charter.clock",
    "Start": "charter.clock",
    "Suspended": "charter.clock",
    "Resumed": "charter.clock",
    "Extended": "charter.clock",
    "Answered": "charter.clock",
    "Status": "charter.cases",
    "CaseReport": "charter.cases",
    "compliance": "charter.cases",
    "ComplianceReport": "charter.cases",
    "read_cases": "charter.cases",
    "read_calls": "charter.cases",
    "Call": "charter.cases",
    # The citizen's words
    "render": "charter.language",
    "describe_hours": "charter.language",
    "describe_deadline": "charter.language",
    "DeadlineText": "charter.language",
    "describe_period": "charter.language",
    # Errors
    "CharterError": "charter.errors",
    "CharterValueError": "charter.errors",
    "CharterTypeError": "charter.errors",
    "CharterValidationError": "charter.errors",
    "Issue": "charter.errors",
    "NaiveDatetimeError": "charter.errors",
    "UnsupportedYearError": "charter.errors",
    "UnpublishedYearError": "charter.errors",
    "UnknownTimezoneError": "charter.errors",
    "PeriodError": "charter.errors",
    "RuleError": "charter.errors",
    "OpeningHoursError": "charter.errors",
    "OpeningHoursSyntaxError": "charter.errors",
    "CaseError": "charter.errors",
    "UnknownIdError": "charter.errors",
    "UnknownGuaranteeError": "charter.errors",
    "UnknownChannelError": "charter.errors",
    "UnknownCalendarError": "charter.errors",
    "UnknownExampleError": "charter.errors",
    "UnknownLanguageError": "charter.errors",
    "MissingDependencyError": "charter.errors",
    "MissingTextError": "charter.errors",
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
        "interop",
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


__all__ = [  # noqa: RUF022 - grouped by concept, in reading order, not sorted
    # The charter and its documents
    "Charter",
    "load",
    "loads",
    "dump",
    "dumps",
    "json_schema",
    "Limits",
    "examples",
    # The charter's parts
    "Organisation",
    "Contact",
    "PostalAddress",
    "PhoneNumber",
    "PhoneRate",
    "Telephone",
    "Email",
    "Url",
    "LocalizedUrl",
    "EnterpriseNumber",
    "Channel",
    "ChannelKind",
    "Appointment",
    "PaymentMethod",
    "CalendarSpec",
    "Guarantee",
    "GuaranteeKind",
    "ExtensionPolicy",
    "Fee",
    "Share",
    "ReachabilityTarget",
    "TargetPeriod",
    "ReachabilityMetric",
    "ClientDuty",
    "DataReuse",
    "AuthenticSource",
    "Referral",
    "QualityMonitoring",
    "Indicator",
    "LocalizedText",
    "LANGUAGES",
    # Holiday calendars and working calendars
    "HolidayCalendar",
    "RuleCalendar",
    "HolidayRule",
    "FixedDate",
    "EasterOffset",
    "NthWeekday",
    "DateSpan",
    "Substitutes",
    "Dates",
    "CLOSED",
    "CountryHolidays",
    "belgium",
    "calendar_by_id",
    "WorkingCalendar",
    "Weekday",
    "MONDAY_TO_FRIDAY",
    "DayOff",
    "DayOffKind",
    # Opening hours
    "OpeningHours",
    "WeeklySchedule",
    "TimeRange",
    "Season",
    "SpecialHours",
    "ExtraHours",
    "CloseEarly",
    "MonthDay",
    # Periods, counting rules and deadlines
    "Period",
    "Unit",
    "CountingRule",
    "EU_1182_71",
    "BE_JUDICIAL_CODE",
    "SERVICE_STANDARD",
    "DaysOff",
    "EndOfPeriod",
    "ExtensionBase",
    "MonthEnd",
    "Notification",
    "deadline",
    "deadline_before",
    "Deadline",
    "steps",
    # Cases and compliance
    "Case",
    "Started",
    "Start",
    "Suspended",
    "Resumed",
    "Extended",
    "Answered",
    "Status",
    "CaseReport",
    "compliance",
    "ComplianceReport",
    "read_cases",
    "read_calls",
    "Call",
    # The citizen's words
    "render",
    "describe_hours",
    "describe_deadline",
    "DeadlineText",
    "describe_period",
    # Errors
    "CharterError",
    "CharterValueError",
    "CharterTypeError",
    "CharterValidationError",
    "Issue",
    "NaiveDatetimeError",
    "UnsupportedYearError",
    "UnpublishedYearError",
    "UnknownTimezoneError",
    "PeriodError",
    "RuleError",
    "OpeningHoursError",
    "OpeningHoursSyntaxError",
    "CaseError",
    "UnknownIdError",
    "UnknownGuaranteeError",
    "UnknownChannelError",
    "UnknownCalendarError",
    "UnknownExampleError",
    "UnknownLanguageError",
    "MissingDependencyError",
    "MissingTextError",
    # The version
    "__version__",
]
