"""The one cattrs converter for charter documents, and the paths of its errors.

Documents are written by hand, so every value has a readable form: periods as
``"5 working days"``, shares as ``"90 %"``, localised texts as ``{"nl": …, "en": …}``,
counting rules as a preset name or a mapping of switches, opening hours as an
OpenStreetMap string (``{"osm": …, "calendar": …}`` where ``PH`` needs a calendar).
Reading is strict: unknown keys, wrong types and bad values are all reported, each with
its JSON path.

Over 500 lines on purpose, for now: every hook of the document's types sits beside the
converter that registers it; the opening-hours hooks (about 200 lines) are the part to
move out first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, cast, get_args, get_origin

import attrs
from attrs import fields, frozen
from cattrs import Converter
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, override

from charter._checks import WEEKDAYS, WORKWEEK_DAYS, member_values
from charter._deprecated import renamed_names, warn_renamed
from charter.calendars.base import HolidayCalendar, Weekday, check_date
from charter.calendars.rules import (
    CLOSED,
    Dates,
    DateSpan,
    EasterOffset,
    FixedDate,
    NthWeekday,
    YearlyRule,
)
from charter.clock.periods import Period
from charter.clock.rules import BE_JUDICIAL_CODE, EU_1182_71, SERVICE_STANDARD, CountingRule
from charter.errors import (
    CharterError,
    CharterValidationError,
    Issue,
    OpeningHoursError,
    OpeningHoursSyntaxError,
    excerpt,
    excerpts,
)
from charter.hours.model import (
    CloseEarly,
    ExtraHours,
    MonthDay,
    OpeningHours,
    Season,
    SpecialHours,
)
from charter.hours.osm import PH_NEEDS_CALENDAR, write_osm
from charter.hours.ranges import TimeRange, WeeklySchedule, format_weekdays, to_ranges
from charter.io.limits import written_path
from charter.model.charter import CalendarSpec
from charter.model.contact import (
    Email,
    EnterpriseNumber,
    LocalizedUrl,
    PhoneNumber,
    Place,
    Url,
    WebAddress,
)
from charter.model.guarantees import ReachabilityTarget, Share, euro, wait_seconds
from charter.text import LocalizedText

__all__ = ["DocumentScope", "issues_of", "make_converter", "scoped", "shared_converter"]

#: Renamed in this release; the old name works, with a DeprecationWarning, until the next.
_RENAMED = renamed_names(__name__, {"Context": "DocumentScope"})


def __getattr__(name: str) -> object:
    return _RENAMED(name)


PRESETS: Mapping[str, CountingRule] = {
    rule.name: rule for rule in (EU_1182_71, BE_JUDICIAL_CODE, SERVICE_STANDARD)
}


class DocumentError(CharterError, ValueError):
    """A value of the wrong kind in a document (carried to its path by the converter)."""


@frozen(kw_only=True)
class DocumentScope:
    """What reading opening hours needs: the charter's zone and working calendars.

    The zone and calendars in scope wherever the document writes opening hours (was
    ``Context``, a word the command and the case evaluator used for other things).
    """

    timezone: str | None
    calendars: Mapping[str, CalendarSpec]
    #: Calendar ids the document declares, built or not (a broken one is reported there).
    declared: frozenset[str] = frozenset()


_Hook = Callable[[object, object], object]


def _strict(kind: type, name: str) -> _Hook:
    def structure(value: object, _: object) -> object:
        if type(value) is not kind:
            raise DocumentError(f"expected {name}, got {type(value).__name__} {excerpt(value)}")
        return value

    return structure


def _whole(value: object, _: object) -> int:
    """A whole number; ``1.0`` is one too (JSON Schema says so)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if type(value) is not int:
        raise DocumentError(f"expected a whole number, got {type(value).__name__} {excerpt(value)}")
    return value


def _text(value: object, _: object) -> LocalizedText:
    # Lone surrogates and control characters are refused before (charter.io.limits).
    if isinstance(value, str):
        return LocalizedText({"en": value})
    if not isinstance(value, Mapping):
        raise DocumentError(f"expected a text or {{'nl': ..., 'fr': ...}}, got {excerpt(value)}")
    return LocalizedText(value)


def _place(value: object, _: object) -> Place:
    """A street or a city: a plain string is the same in every language."""
    if isinstance(value, str):
        return value
    if not isinstance(value, Mapping):
        raise DocumentError(f"expected a text or {{'nl': ..., 'fr': ...}}, got {excerpt(value)}")
    return LocalizedText(value)


def _web_address(value: object, _: object) -> WebAddress | None:
    """A web address: one for every language (a string), or one per language."""
    if value is None:
        return None
    if isinstance(value, str):
        return Url.parse(value)
    if not isinstance(value, Mapping):
        message = f"expected an https address or {{'nl': ..., 'fr': ...}}, got {excerpt(value)}"
        raise DocumentError(message)
    return LocalizedUrl(value)


def _parse(parse: Callable[[str], object], name: str) -> _Hook:
    def structure(value: object, _: object) -> object:
        if not isinstance(value, str):
            kind = type(value).__name__
            raise DocumentError(f"expected {name} as a string, got {kind} {excerpt(value)}")
        return parse(value)

    return structure


def _share(value: object, _: object) -> Share:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise DocumentError(f"expected a share such as '90 %', got {excerpt(value)}")
    return Share.parse(value)


def _euro(value: object, _: object) -> Decimal:
    if isinstance(value, float) and value.is_integer():  # 20.0 is a whole number too
        value = int(value)
    if isinstance(value, float):
        raise DocumentError(
            f"write an amount in euro with decimals as text, such as '20.50', not the number "
            f"{excerpt(value)}: a number with decimals is not read exactly"
        )
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise DocumentError(f"expected an amount in euro such as '20.00', got {excerpt(value)}")
    return euro(value)


def _unshare(share: Share) -> object:
    """``"90 %"`` where that reads back exactly, else the number itself."""
    text = str(share)
    try:
        exact = Share.parse(text) == share
    except CharterError:
        exact = False
    return text if exact else share.value


def _date(value: object, _: object) -> date:
    """A date 'YYYY-MM-DD' (or a TOML local date), in the supported years 1900-2200."""
    if type(value) is date:  # a TOML local date, 2026-01-01 unquoted
        return check_date(value)
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value, re.ASCII):
        raise DocumentError(f"expected a date 'YYYY-MM-DD', got {excerpt(value)}")
    try:
        found = date.fromisoformat(value)
    except ValueError:
        raise DocumentError(f"{excerpt(value)} is not a date 'YYYY-MM-DD'") from None
    return check_date(found)


_MONTH_DAY = re.compile(r"(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])", re.ASCII)
#: The keys of a recurring closure day, by the kind of rule each shape makes.
_RECURRING_SHAPES = {
    "date": ("date",),
    "from": ("from", "to"),
    "easter": ("easter",),
    "nth": ("month", "weekday", "nth"),
}
_RECURRING_COMMON = ("name", "since", "until")


def _month_day(value: object, key: str) -> tuple[int, int]:
    if not isinstance(value, str) or not _MONTH_DAY.fullmatch(value):
        raise DocumentError(f"{key}: expected a day of the year 'MM-DD', got {excerpt(value)}")
    month, day = int(value[:2]), int(value[3:])
    try:
        date(2000, month, day)  # a leap year: 02-29 exists
    except ValueError:
        raise DocumentError(f"{key}: {excerpt(value)} is not a day of the year") from None
    return (month, day)


def _recurring(value: object, _: object) -> YearlyRule:
    """A closure day every year, in one of four shapes.

    ``{"date": "05-08"}``, ``{"from": "12-27", "to": "12-31"}``, ``{"easter": -48}`` or
    ``{"month": 2, "weekday": "monday", "nth": 1}``, each with an optional ``name``,
    ``since`` and ``until`` (years, inclusive).
    """
    if not isinstance(value, Mapping):
        raise DocumentError(f"expected a recurring closure as a mapping, got {excerpt(value)}")
    shapes = [key for key in _RECURRING_SHAPES if key in value]
    if len(shapes) != 1:
        raise DocumentError(
            "a recurring closure has one of 'date', 'from' and 'to', 'easter', or 'month', "
            f"'weekday' and 'nth'; got the keys {excerpts(sorted(map(str, value)))}"
        )
    allowed = {*_RECURRING_SHAPES[shapes[0]], *_RECURRING_COMMON}
    unknown = sorted(str(key) for key in value if key not in allowed)
    if unknown:
        raise DocumentError(
            f"unknown keys {excerpts(unknown)}; known: {', '.join(sorted(allowed))}"
        )
    missing = [key for key in _RECURRING_SHAPES[shapes[0]] if key not in value]
    if missing:
        raise DocumentError(f"missing {', '.join(map(repr, missing))}")
    common: dict[str, Any] = {
        "name": _text(value["name"], None) if "name" in value else CLOSED,
        "since": None if value.get("since") is None else _whole(value["since"], None),
        "until": None if value.get("until") is None else _whole(value["until"], None),
    }
    if "date" in value:
        month, day = _month_day(value["date"], "date")
        return FixedDate(month=month, day=day, **common)
    if "from" in value:
        first, last = _month_day(value["from"], "from"), _month_day(value["to"], "to")
        return DateSpan(first=first, last=last, **common)
    if "easter" in value:
        return EasterOffset(days=_whole(value["easter"], None), **common)
    weekday = value["weekday"]
    if not isinstance(weekday, str) or weekday not in WORKWEEK_DAYS:
        raise DocumentError(
            f"weekday: {excerpt(weekday)} is not a weekday: one of {', '.join(WORKWEEK_DAYS)}"
        )
    return NthWeekday(
        month=_whole(value["month"], None),
        weekday=Weekday(WORKWEEK_DAYS.index(weekday)),
        n=_whole(value["nth"], None),
        **common,
    )


def _unrecurring(rule: YearlyRule) -> dict[str, object]:
    shape: dict[str, object]
    if isinstance(rule, FixedDate):
        shape = {"date": f"{rule.month:02d}-{rule.day:02d}"}
    elif isinstance(rule, DateSpan):
        shape = {
            "from": "{:02d}-{:02d}".format(*rule.first),
            "to": "{:02d}-{:02d}".format(*rule.last),
        }
    elif isinstance(rule, EasterOffset):
        shape = {"easter": rule.days}
    elif isinstance(rule, NthWeekday):
        shape = {"month": rule.month, "weekday": WORKWEEK_DAYS[rule.weekday], "nth": rule.n}
    else:  # pragma: no cover - CalendarSpec holds these four kinds only
        message = f"a recurring closure of kind {type(rule).__name__} has no document form"
        raise DocumentError(message)
    shape["name"] = dict(rule.name)
    for key in ("since", "until"):
        year = getattr(rule, key)
        if year is not None:
            shape[key] = year
    return shape


def _rule(value: object, _: object) -> CountingRule:
    """A preset's name, or a mapping of switches: named, or starting from a preset (``base``).

    ``base`` starts from the preset's switches, and those given replace them. A rule that
    changes its base names itself (a preset's name is the preset's alone, and a rule named
    as one would be written back as that name and refused); ``base`` alone is the preset.
    """
    if isinstance(value, str):
        if value not in PRESETS:
            raise DocumentError(f"unknown rule {excerpt(value)}; presets: {', '.join(PRESETS)}")
        return PRESETS[value]
    if not isinstance(value, Mapping):
        raise DocumentError(
            f"expected a preset name or a mapping of switches, got {excerpt(value)}"
        )
    switches = dict(value)
    based = "base" in switches
    base = switches.pop("base", None)
    if based and not isinstance(base, str):
        raise DocumentError(f"expected base as a preset's name, got {excerpt(base)}")
    if based and base not in PRESETS:
        raise DocumentError(f"unknown base {excerpt(base)}; presets: {', '.join(PRESETS)}")
    if isinstance(switches.get("min_working_days"), float):  # 2.0 is a whole number too
        switches["min_working_days"] = _whole(switches["min_working_days"], None)
    name = switches.get("name")
    if isinstance(name, str) and name in PRESETS:
        raise DocumentError(
            f"an inline rule cannot be named {excerpt(name)}, a preset's name: give it "
            "its own name, and 'base' to start from the preset"
        )
    if not isinstance(base, str):
        return CountingRule.from_mapping(switches)
    if "name" not in switches and switches:
        raise DocumentError(
            f"a rule that changes its base {excerpt(base)} needs a name of its own: add "
            "'name' (a preset's name is the preset's alone; 'base' alone is the preset)"
        )
    return CountingRule.from_mapping({**_switches(PRESETS[base]), **switches})


def _switches(rule: CountingRule) -> dict[str, object]:
    """Every switch of *rule* as document data (enums by value, the cut-off as text)."""
    data: dict[str, object] = {}
    for attribute in fields(CountingRule):
        value = getattr(rule, attribute.name)
        data[attribute.name] = getattr(value, "value", value)
    if rule.cutoff is not None:
        spec = "seconds" if rule.cutoff.second or rule.cutoff.microsecond else "minutes"
        data["cutoff"] = rule.cutoff.isoformat(timespec=spec)
    return data


def _unrule(rule: CountingRule) -> object:
    if PRESETS.get(rule.name) == rule:
        return rule.name
    switches = _switches(rule)
    defaults = {a.name: getattr(a.default, "value", a.default) for a in fields(CountingRule)}
    data = {k: v for k, v in switches.items() if k == "name" or v != defaults.get(k)}
    return dict(sorted(data.items()))


def _member(value: object, kind: type[Enum]) -> Enum:
    """A member of *kind* by its value; a message that lists the values otherwise."""
    try:
        return kind(value)
    except ValueError:
        raise DocumentError(f"{excerpt(value)} is not one of {member_values(kind)}") from None


def _workweek(value: object, _: object) -> frozenset[Weekday]:
    if isinstance(value, str) or not isinstance(value, list):
        raise DocumentError(
            f"expected a list of weekdays such as ['mo', 'tu'], got {excerpt(value)}"
        )
    days: set[Weekday] = set()
    for day in value:
        if not isinstance(day, str) or day.lower() not in WORKWEEK_DAYS:
            raise DocumentError(
                f"{excerpt(day)} is not a weekday: one of {', '.join(WORKWEEK_DAYS)}"
            )
        days.add(Weekday(WORKWEEK_DAYS.index(day.lower())))
    return frozenset(days)


def _closures(value: object, _: object) -> Dates:
    if not isinstance(value, Mapping):
        raise DocumentError(f"expected closures as {{'YYYY-MM-DD': reason}}, got {excerpt(value)}")
    return Dates({_date(day, None): _text(reason, None) for day, reason in value.items()})


def _unclosures(value: Dates) -> dict[str, object]:
    return {d.isoformat(): dict(text) for d, text in value.entries}


_STRUCTURED = {
    "weekly",
    "seasons",
    "special",
    "extra",
    "close_early",
    "holiday_hours",
    "by_appointment",
    "calendar",
}
#: The keys of an item of ``extra``, and of ``close_early``; the first two are required.
_EXTRA = ("days", "hours", "nth", "every_other_week", "by_appointment", "note")
_CLOSE_EARLY = ("start", "closes", "end", "note")
#: A message of the hours' model that names where within the hours it applies.
_WHERE = re.compile(r"(?:(extra\[\d+\]) and )?(extra\[\d+\]|close_early): ")


def _bound(value: object) -> date | MonthDay:
    """A special day: ``YYYY-MM-DD`` (that year) or ``Dec 24`` (every year)."""
    if isinstance(value, str) and value[:1].isdigit():
        return _date(value, None)
    if not isinstance(value, str):
        raise DocumentError(
            f"expected a date 'YYYY-MM-DD' or a day such as 'Dec 24', got {excerpt(value)}"
        )
    return MonthDay.parse(value)


def _structured_hours(
    value: Mapping[str, Any], timezone: str, holidays: HolidayCalendar | None
) -> OpeningHours:
    """Opening hours written as their parts instead of OpenStreetMap text."""
    unknown = sorted(set(value) - _STRUCTURED, key=str)
    if unknown:
        raise DocumentError(f"unknown fields {excerpts(unknown)}")
    seasons = [
        Season(
            start=MonthDay.parse(season["start"]),
            end=MonthDay.parse(season["end"]),
            weekly=WeeklySchedule.parse(season.get("weekly", {})),
            note=None if season.get("note") is None else _text(season["note"], None),
        )
        for season in _records(value.get("seasons", []), {"start", "end", "weekly", "note"})
    ]
    special = [
        SpecialHours(
            start=_bound(item["start"]),
            end=None if item.get("end") is None else _bound(item["end"]),
            hours=item.get("hours", ()),
            note=None if item.get("note") is None else _text(item["note"], None),
        )
        for item in _records(value.get("special", []), {"start", "end", "hours", "note"})
    ]
    if "holiday_hours" in value and holidays is None:
        raise DocumentError("holiday_hours need a calendar: say which ('calendar': ...)")
    appointment = value.get("by_appointment", False)
    if not isinstance(appointment, bool):
        raise DocumentError(f"by_appointment: expected true or false, got {excerpt(appointment)}")
    extra = _items(value, "extra", _extra)
    close_early = _items(value, "close_early", _close_early)
    try:
        return OpeningHours(
            timezone=timezone,
            weekly=WeeklySchedule.parse(value.get("weekly", {})),
            seasons=seasons,
            holidays=holidays,
            holiday_hours=value.get("holiday_hours", ()) if holidays is not None else (),
            special=special,
            extra=extra,
            close_early=close_early,
            by_appointment=appointment,
        )
    except OpeningHoursError as error:
        message = str(error)
        found = _WHERE.match(message)
        if found is None:
            raise
        if found[1] is None:  # one item: the message goes on after its name
            message = message[found.end() :]
        raise CharterValidationError([Issue(f"$.{found[2]}", message)]) from None


_Item = Callable[[Mapping[str, Any], str], object]


def _items(value: Mapping[str, Any], key: str, read: _Item) -> list[Any]:
    """The items of the list at *key*, each read by *read*; every problem with its path."""
    items = value.get(key, [])
    if not isinstance(items, list):
        raise CharterValidationError([Issue(f"$.{key}", f"expected a list, got {excerpt(items)}")])
    found: list[object] = []
    issues: list[Issue] = []
    for index, item in enumerate(items):
        where = f"$.{key}[{index}]"
        if not isinstance(item, Mapping):
            issues.append(Issue(where, f"expected an object, got {excerpt(item)}"))
            continue
        try:
            found.append(read(item, where))
        except CharterValidationError as error:
            issues.extend(error.issues)
    if issues:
        raise CharterValidationError(issues)
    return found


def _fields(item: Mapping[str, Any], where: str, keys: tuple[str, ...]) -> None:
    """Refuse unknown keys of *item* and a missing one of its first two *keys*."""
    unknown = sorted((k for k in item if k not in keys), key=str)
    if unknown:
        raise CharterValidationError(
            [Issue(where, f"unknown fields {excerpts(unknown)}; known: {', '.join(keys)}")]
        )
    missing = [key for key in keys[:2] if key not in item]
    if missing:
        raise CharterValidationError(
            [Issue(f"{where}.{key}", "required field missing") for key in missing]
        )


def _built(where: str, keys: tuple[str, ...], build: Callable[[], object]) -> object:
    """``build()``; a problem is reported at the field its message names (``nth: ...``)."""
    try:
        return build()
    except CharterError as error:
        message = str(error).split("\n", 1)[0]
        key, colon, rest = message.partition(": ")
        if colon and key in keys:
            raise CharterValidationError([Issue(f"{where}.{key}", rest)]) from None
        raise CharterValidationError([Issue(where, message)]) from None


def _extra(item: Mapping[str, Any], where: str) -> ExtraHours:
    """Extra hours: ``{"days": "Th", "nth": 1, "hours": "16:00-19:00"}`` and the rest."""
    _fields(item, where, _EXTRA)
    days = item["days"]
    if not isinstance(days, str):
        issue = Issue(f"{where}.days", f"expected weekdays such as 'Tu,Th', got {excerpt(days)}")
        raise CharterValidationError([issue])
    nth = item.get("nth", [])
    if "nth" in item and nth == []:
        issue = Issue(f"{where}.nth", "name at least one occurrence in the month, or leave nth out")
        raise CharterValidationError([issue])
    nth = nth if isinstance(nth, list) else [nth]
    flag = item.get("by_appointment", False)
    if not isinstance(flag, bool):
        issue = Issue(f"{where}.by_appointment", f"expected true or false, got {excerpt(flag)}")
        raise CharterValidationError([issue])
    built = _built(
        where,
        _EXTRA,
        lambda: ExtraHours(
            days=days,
            hours=_hours_of(item["hours"], "hours"),
            nth=[_whole_at(n, "nth") for n in nth],
            every_other_week=(
                _date_at(item["every_other_week"], "every_other_week")
                if "every_other_week" in item
                else None
            ),
            by_appointment=flag,
            note=_note_at(item),
        ),
    )
    assert isinstance(built, ExtraHours)  # noqa: S101 - built just above
    return built


def _close_early(item: Mapping[str, Any], where: str) -> CloseEarly:
    """A day that closes early: ``{"start": "Dec 24", "closes": "12:00"}``, with ``end``."""
    _fields(item, where, _CLOSE_EARLY)
    closes = item["closes"]
    built = _built(
        where,
        _CLOSE_EARLY,
        lambda: CloseEarly(
            start=_bound_at(item["start"], "start"),
            end=_bound_at(item["end"], "end") if "end" in item else None,
            closes=closes if isinstance(closes, str) else _not_a_time(closes),
            note=_note_at(item),
        ),
    )
    assert isinstance(built, CloseEarly)  # noqa: S101 - built just above
    return built


def _note_at(item: Mapping[str, Any]) -> LocalizedText | None:
    if "note" not in item:
        return None
    try:
        return _text(item["note"], None)
    except CharterError as error:
        raise DocumentError(f"note: {error}") from None


def _not_a_time(value: object) -> str:
    raise DocumentError(f"closes: expected a time 'HH:MM', got {excerpt(value)}")


def _hours_of(value: object, key: str) -> tuple[TimeRange, ...]:
    if not isinstance(value, str | list) or not all(isinstance(v, str) for v in value):
        message = f"expected ranges such as '16:00-19:00', got {excerpt(value)}"
        raise DocumentError(f"{key}: {message}")
    try:
        return to_ranges(value)
    except CharterError as error:
        raise DocumentError(f"{key}: {error}") from None


def _whole_at(value: object, key: str) -> int:
    try:
        return _whole(value, None)
    except DocumentError as error:
        raise DocumentError(f"{key}: {error}") from None


def _date_at(value: object, key: str) -> date:
    try:
        return _date(value, None)
    except CharterError as error:
        raise DocumentError(f"{key}: {error}") from None


def _bound_at(value: object, key: str) -> date | MonthDay:
    try:
        return _bound(value)
    except CharterError as error:
        raise DocumentError(f"{key}: {error}") from None


def _records(value: object, allowed: set[str]) -> list[Mapping[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise DocumentError(f"expected a list of objects, got {excerpt(value)}")
    for item in value:
        unknown = sorted(set(item) - allowed, key=str)
        if unknown:
            raise DocumentError(f"unknown fields {excerpts(unknown)}")
        if "start" not in item:
            raise DocumentError("each item needs a start")
    return value


def _osm_hours(text: str, timezone: str, holidays: HolidayCalendar | None) -> OpeningHours:
    try:
        return OpeningHours.from_osm(text, timezone=timezone, holidays=holidays)
    except OpeningHoursSyntaxError as error:
        if holidays is None and str(error).startswith(PH_NEEDS_CALENDAR):
            message = f"{PH_NEEDS_CALENDAR}: write {{'osm': ..., 'calendar': '<id>'}}"
            raise DocumentError(message) from None
        raise


def _hours(scope: DocumentScope) -> Callable[[object, object], OpeningHours]:
    def structure(value: object, _: object) -> OpeningHours:
        calendar_id = None
        structured: Mapping[str, Any] | None = None
        if isinstance(value, Mapping) and "osm" not in value:
            structured, calendar_id = value, value.get("calendar")
        elif isinstance(value, Mapping):
            unknown = sorted(set(value) - {"osm", "calendar"}, key=str)
            if unknown:
                raise DocumentError(f"unknown fields {excerpts(unknown)}")
            calendar_id, value = value.get("calendar"), value.get("osm")
        if structured is None and not isinstance(value, str):
            expected = "an opening_hours string or {'osm': ..., 'calendar': ...}"
            raise DocumentError(f"expected {expected}, got {excerpt(value)}")
        # A broken time zone or calendar is reported where it is written; the hours are
        # still read (in UTC, without days off) so that their own problems are found too.
        timezone = scope.timezone or "UTC"
        holidays: HolidayCalendar | None = None
        if calendar_id is not None:
            spec = scope.calendars.get(calendar_id) if isinstance(calendar_id, str) else None
            if spec is not None:
                holidays = spec.days_off()
            elif calendar_id in scope.declared:
                holidays = Dates()
            else:
                raise DocumentError(f"no calendar {excerpt(calendar_id)} for the opening hours")
        if structured is not None:
            return _structured_hours(structured, timezone, holidays)
        assert isinstance(value, str)  # noqa: S101 - checked above
        return _osm_hours(value, timezone, holidays)

    return structure


def _english_notes(hours: OpeningHours) -> bool:
    notes = [s.note for s in hours.seasons] + [s.note for s in hours.special]
    return all(note is None or note.languages == ("en",) for note in notes)


def _osm_reads_back(hours: OpeningHours) -> bool:
    """Whether *hours* written as OSM text read back as the same parts.

    Not with extra hours or early closing: read back, those are rules alone.
    """
    return _english_notes(hours) and not (hours.extra or hours.close_early)


def _ranges(ranges: Iterable[object]) -> str:
    return ",".join(str(r) for r in ranges)


def _week(days: tuple[tuple[object, ...], ...]) -> dict[str, str]:
    return {WEEKDAYS[d]: _ranges(ranges) for d, ranges in enumerate(days) if ranges}


def _parts(hours: OpeningHours) -> dict[str, object]:
    """Opening hours as their parts (the form that keeps notes in every language)."""
    assert hours.weekly is not None  # noqa: S101 - only hours with parts are written so
    parts: dict[str, object] = {"weekly": _week(hours.weekly.days)}
    if hours.seasons:
        parts["seasons"] = [
            {"start": str(s.start), "end": str(s.end), "weekly": _week(s.weekly.days)}
            | ({"note": dict(s.note)} if s.note else {})
            for s in hours.seasons
        ]
    if hours.special:
        parts["special"] = [
            {"start": _day(s.start)}
            | ({"end": _day(s.end)} if s.end != s.start else {})
            | ({"hours": _ranges(s.hours)} if s.hours else {})
            | ({"note": dict(s.note)} if s.note else {})
            for s in hours.special
        ]
    if hours.extra:
        parts["extra"] = [_unextra(item) for item in hours.extra]
    if hours.close_early:
        parts["close_early"] = [
            {"start": _day(c.start)}
            | ({"end": _day(c.end)} if c.end != c.start else {})
            | {"closes": f"{c.closes:%H:%M}"}
            | ({"note": dict(c.note)} if c.note else {})
            for c in hours.close_early
        ]
    if hours.holiday_hours:
        parts["holiday_hours"] = _ranges(hours.holiday_hours)
    if hours.by_appointment:
        parts["by_appointment"] = True
    return parts


def _unextra(item: ExtraHours) -> dict[str, object]:
    found: dict[str, object] = {"days": format_weekdays(item.days), "hours": _ranges(item.hours)}
    if item.nth:
        found["nth"] = item.nth[0] if len(item.nth) == 1 else list(item.nth)
    if item.every_other_week is not None:
        found["every_other_week"] = item.every_other_week.isoformat()
    if item.by_appointment:
        found["by_appointment"] = True
    if item.note:
        found["note"] = dict(item.note)
    return found


def _day(value: date | MonthDay) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _unhours(scope: DocumentScope) -> Callable[[OpeningHours], object]:
    def unstructure(hours: OpeningHours) -> object:
        calendar_id = None
        if hours.holidays is not None:
            calendar_id = next(
                (
                    name
                    for name, spec in scope.calendars.items()
                    if scope.timezone and spec.days_off() == hours.holidays
                ),
                None,
            )
            if calendar_id is None:
                message = "the opening hours' holidays are none of the charter's calendars"
                raise DocumentError(message)
        if hours.weekly is not None and not _osm_reads_back(hours):  # OSM text: one language
            parts = _parts(hours)
            return parts if calendar_id is None else {**parts, "calendar": calendar_id}
        text = write_osm(hours)
        return text if calendar_id is None else {"osm": text, "calendar": calendar_id}

    return unstructure


def _checked_fields(converter: Converter) -> Callable[[type], _Hook]:
    """Structure attrs classes field by field, running each field's own check there.

    A model class checks its fields in attrs converters when it is built; run here, a
    bad value is reported at its field's path instead of at the object's.
    """

    def factory(cls: type) -> _Hook:
        overrides: dict[str, Any] = {}
        for attribute in fields(cls):
            check = attribute.converter
            if attribute.init and callable(check):
                overrides[attribute.name] = override(struct_hook=_then(converter, check))
        hook: object = make_dict_structure_fn(
            cls, converter, _cattrs_forbid_extra_keys=True, **overrides
        )
        return cast("_Hook", hook)

    return factory


def _then(converter: Converter, check: Callable[[object], object]) -> _Hook:
    def structure(value: object, kind: Any) -> object:  # noqa: ANN401 - a type, from cattrs
        return check(converter.structure(value, kind))

    return structure


def _reachability(converter: Converter) -> _Hook:
    """A reachability target, whose wait may be written in words: ``"within": "2 minutes"``.

    ``within`` is read as ``within_seconds`` (which is what a charter writes back); a
    problem with the wait is reported at the key the document wrote.
    """
    generated = _checked_fields(converter)(ReachabilityTarget)

    def structure(value: object, kind: object) -> object:
        if not isinstance(value, Mapping) or "within" not in value:
            return generated(value, kind)
        data = dict(value)
        text = data.pop("within")
        written = "within_seconds" not in data  # the wait is the one within says
        problem: CharterError | None = None
        if not written:
            problem = DocumentError("write the wait once: within or within_seconds, not both")
        else:
            try:
                data["within_seconds"] = wait_seconds(text)
            except CharterError as error:
                problem = error
                data["within_seconds"] = 1  # a wait is written: the metric's check holds
        try:
            target = generated(data, kind)
        except ClassValidationError as error:  # the metric's check among them (cattrs 24.2+)
            found = [
                CharterValidationError(_as_within(sub.issues))
                if written and isinstance(sub, CharterValidationError)
                else sub
                for sub in error.exceptions
            ]
            if problem is not None:
                found.insert(0, _at_field(problem, "within"))
            raise ClassValidationError(error.message, found, error.cl) from None
        except CharterValidationError as error:  # the metric's check, raised as it is
            issues = _as_within(error.issues) if written else error.issues
            if problem is not None:
                issues = (Issue("$.within", str(problem)), *issues)
            raise CharterValidationError(issues) from None
        if problem is not None:
            found = [_at_field(problem, "within")]
            message = "while reading a reachability target"
            raise ClassValidationError(message, found, ReachabilityTarget)
        return target

    return structure


def _at_field(error: Exception, name: str) -> Exception:
    """*error*, noted as the field *name*'s (the path a cattrs error tree gives it)."""
    note = AttributeValidationNote(f"Structuring field {name}", name, str)
    error.__notes__ = [*getattr(error, "__notes__", []), note]
    return error


def _as_within(issues: Iterable[Issue]) -> tuple[Issue, ...]:
    """*issues*, those of the wait at the key the document wrote it under (within)."""
    return tuple(
        Issue("$.within", issue.message.replace("takes no within_seconds", "takes no within"))
        if issue.path == "$.within_seconds"
        else issue
        for issue in issues
    )


def _is_tuple(kind: object) -> bool:
    args = get_args(kind)
    return get_origin(kind) is tuple and len(args) == 2 and args[1] is Ellipsis


def _tuples(converter: Converter) -> Callable[[type], _Hook]:
    """Lists in the document become tuples; anything but a list is refused (not iterated)."""

    def factory(kind: type) -> _Hook:
        item = get_args(kind)[0]

        def structure(value: object, _: object) -> object:
            if not isinstance(value, list):
                raise DocumentError(f"expected a list, got {type(value).__name__} {excerpt(value)}")
            found: list[object] = []
            errors: list[Exception] = []
            for index, element in enumerate(value):
                try:
                    found.append(converter.structure(element, item))
                except Exception as error:  # noqa: BLE001 - collected, reported with its path
                    note = IterableValidationNote(f"@ index {index}", index, item)
                    error.__notes__ = [*getattr(error, "__notes__", []), note]
                    errors.append(error)
            if errors:
                raise IterableValidationError(f"while reading {kind}", errors, kind)
            return tuple(found)

        return structure

    return factory


def make_converter(
    scope: DocumentScope | None = None, *, context: DocumentScope | None = None
) -> Converter:
    """The converter for charter documents; *scope* reads and writes opening hours.

    (*context* is the old name of *scope*: deprecated, it warns.)
    """
    if context is not None:
        warn_renamed("make_converter(context=...)", "make_converter(scope=...)")
        scope = context if scope is None else scope
    converter = Converter(forbid_extra_keys=True, omit_if_default=True)
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(int, _whole)
    converter.register_structure_hook(LocalizedText, _text)
    converter.register_unstructure_hook(LocalizedText, dict)
    converter.register_structure_hook_func(lambda kind: kind == Place, _place)
    is_web = lambda kind: kind in (WebAddress, WebAddress | None)  # noqa: E731 - a predicate
    converter.register_structure_hook_func(is_web, _web_address)
    converter.register_unstructure_hook(
        LocalizedUrl, lambda urls: {language: url.address for language, url in urls.items()}
    )
    parsed: tuple[tuple[type, Callable[[str], object], str], ...] = (
        (Period, Period.parse, "a period such as '5 working days'"),
        (PhoneNumber, PhoneNumber.parse, "a telephone number"),
        (Email, Email.parse, "an e-mail address"),
        (Url, Url.parse, "an https address"),
        (EnterpriseNumber, EnterpriseNumber.parse, "an enterprise number"),
    )
    for kind, parse, name in parsed:
        converter.register_structure_hook(kind, _parse(parse, name))
    converter.register_unstructure_hook(Period, str)
    converter.register_unstructure_hook(PhoneNumber, lambda phone: phone.text)
    converter.register_unstructure_hook(Email, lambda email: email.address)
    converter.register_unstructure_hook(Url, lambda url: url.address)
    converter.register_unstructure_hook(EnterpriseNumber, str)
    converter.register_structure_hook(Share, _share)
    converter.register_structure_hook(Decimal, _euro)
    converter.register_unstructure_hook(Decimal, str)
    converter.register_unstructure_hook(Share, _unshare)
    converter.register_structure_hook(date, _date)
    converter.register_unstructure_hook(date, date.isoformat)
    # By class, not by predicate: cattrs before 26.1 dispatches enums by class first, so a
    # predicate hook never ran there (and its message did not list the values).
    converter.register_structure_hook(Enum, _member)
    converter.register_structure_hook(CountingRule, _rule)
    converter.register_unstructure_hook(CountingRule, _unrule)
    is_workweek = lambda kind: kind == frozenset[Weekday]  # noqa: E731 - a predicate
    converter.register_structure_hook_func(is_workweek, _workweek)
    converter.register_unstructure_hook_func(
        is_workweek, lambda days: [WORKWEEK_DAYS[day] for day in sorted(days)]
    )
    converter.register_structure_hook(Dates, _closures)
    converter.register_unstructure_hook(Dates, _unclosures)
    is_recurring = lambda kind: kind == YearlyRule  # noqa: E731 - a predicate
    converter.register_structure_hook_func(is_recurring, _recurring)
    converter.register_unstructure_hook_func(is_recurring, _unrecurring)
    if scope is not None:
        converter.register_structure_hook(OpeningHours, _hours(scope))
        converter.register_unstructure_hook(OpeningHours, _unhours(scope))
    converter.register_structure_hook_factory(_is_tuple, _tuples(converter))
    converter.register_structure_hook_factory(attrs.has, _checked_fields(converter))
    converter.register_structure_hook(ReachabilityTarget, _reachability(converter))
    return converter


#: The scope of the document being read or written by the process's converter: set by
#: :func:`scoped` for the length of one call, in this thread or task alone.
_SCOPE: ContextVar[DocumentScope | None] = ContextVar("charter_document_scope", default=None)


def _scoped_hours(value: object, kind: object) -> OpeningHours:
    return _hours(_in_force())(value, kind)


def _scoped_unhours(hours: OpeningHours) -> object:
    return _unhours(_in_force())(hours)


def _in_force() -> DocumentScope:
    scope = _SCOPE.get()
    if scope is None:  # pragma: no cover - every reader and writer sets it
        message = "opening hours are read and written within a document's scope"
        raise DocumentError(message)
    return scope


@functools.cache
def shared_converter() -> Converter:
    """The process's one converter for charter documents, built on first use.

    cattrs generates the code that structures each class once, into the converter: one
    converter for every document keeps that work. The scope of the document in hand (its
    zone and calendars, for opening hours) comes from :func:`scoped`, not from the
    converter, so documents read at once in several threads do not share it.
    """
    converter = make_converter()
    converter.register_structure_hook(OpeningHours, _scoped_hours)
    converter.register_unstructure_hook(OpeningHours, _scoped_unhours)
    return converter


@contextmanager
def scoped(scope: DocumentScope) -> Iterator[Converter]:
    """The process's converter, reading and writing opening hours in *scope* meanwhile."""
    token = _SCOPE.set(scope)
    try:
        yield shared_converter()
    finally:
        _SCOPE.reset(token)


def issues_of(
    error: BaseException, path: str = "$", *, each_unknown: bool = False
) -> Iterable[Issue]:
    """The problems in a cattrs error tree, each with its JSON path.

    Unknown keys of one object are one issue at the object's path, or with *each_unknown*
    one issue each at the key's path (``$.colour: unknown field``).
    """
    # Not cattrs' transform_error, on purpose, though this walks the same tree the same
    # way (group_exceptions, ``.name`` for a field, ``[index]`` for an item). It returns
    # one string per leaf, "{message} @ {path}", where an issue is (path, message): a
    # message that quotes a document's text may itself hold " @ ", so the pair could not
    # be split back. And one leaf here may be several issues with paths of their own (a
    # CharterValidationError's issues, each unknown key at its own path, written as
    # limits.written_path quotes keys), which its format_exception (one leaf, one
    # string) cannot express.
    if isinstance(error, ClassValidationError | IterableValidationError):
        with_notes, without_notes = error.group_exceptions()
        for sub, note in with_notes:
            name = getattr(note, "name", None)
            step = f".{name}" if name is not None else f"[{getattr(note, 'index', '?')}]"
            yield from issues_of(sub, path + step, each_unknown=each_unknown)
        for sub in without_notes:
            yield from issues_of(sub, path, each_unknown=each_unknown)
    elif isinstance(error, CharterValidationError):
        for issue in error.issues:
            yield Issue(path + issue.path.removeprefix("$"), issue.message)
    elif isinstance(error, ForbiddenExtraKeysError):
        yield from _unknown(error, path, each=each_unknown)
    elif isinstance(error, KeyError) and not isinstance(error, CharterError):
        yield Issue(path, "required field missing")
    elif isinstance(error, CharterError | ValueError):
        yield Issue(path, _plain(str(error).split("\n", 1)[0]))
    else:
        yield Issue(path, "expected an object or a list of another shape")


def _unknown(error: ForbiddenExtraKeysError, path: str, *, each: bool) -> Iterator[Issue]:
    keys = sorted(error.extra_fields, key=str)
    if not each:
        yield Issue(path, f"unknown fields {excerpts(keys)}")
        return
    for key in keys:
        yield Issue(path + written_path((None, key)).removeprefix("$"), "unknown field")


#: The longest message an issue keeps: a safety net for messages that quote more than an
#: excerpt of the input (each message of this package quotes at most one).
_LONGEST_MESSAGE = 400


def _plain(message: str) -> str:
    """*message* cut to a bounded length, its unprintable characters escaped."""
    if len(message) > _LONGEST_MESSAGE:
        message = message[:_LONGEST_MESSAGE] + "..."
    if message.isprintable():
        return message
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)
