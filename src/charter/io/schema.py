"""The JSON Schema (draft 2020-12) of charter documents, derived from the model.

Each attrs class of the model becomes an object schema from its fields: their types,
which are required (no default), and the checks their converters make where a schema
can say them (patterns, enums, ranges). What a schema cannot say is checked by the
loader only; :data:`LOADER_ONLY` names those rules.

>>> schema = json_schema()
>>> schema["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> sorted(schema["required"])
['format', 'organisation', 'timezone']
"""

from __future__ import annotations

import types
import typing
from datetime import date, time
from decimal import Decimal
from enum import Enum
from typing import Any, get_args, get_origin

import attrs

from charter import text as text_module
from charter._checks import (
    BAD_CHARACTERS,
    ID_PATTERN,
    WORKWEEK_DAYS,
    check_id,
    check_ids,
    check_optional_id,
)
from charter.calendars.base import Weekday
from charter.calendars.rules import Dates, YearlyRule
from charter.clock.periods import Period
from charter.clock.rules import MAX_MIN_WORKING_DAYS, CountingRule
from charter.errors import MAX_YEAR, MIN_YEAR
from charter.hours.model import OpeningHours
from charter.io.converter import PRESETS
from charter.io.limits import Limits
from charter.model.channels import LANGUAGE_CODE, Channel
from charter.model.charter import MAX_SOURCE_CHARS, MAX_SOURCES, CalendarSpec, Charter
from charter.model.contact import (
    COUNTRY_CODE,
    EMAIL_PATTERN,
    URL_PATTERN,
    Email,
    EnterpriseNumber,
    LocalizedUrl,
    PhoneNumber,
    PostalAddress,
    Url,
)
from charter.model.guarantees import (
    FEE_PATTERN,
    MAX_EXTENSIONS,
    MAX_FEE,
    MAX_RINGS,
    MAX_WAIT_SECONDS,
    METRIC_FIELDS,
    ExtensionPolicy,
    QualityMonitoring,
    ReachabilityMetric,
    ReachabilityTarget,
    Share,
)
from charter.text import LANGUAGES, LINE_BREAKS, LocalizedText

__all__ = ["LOADER_ONLY", "json_schema"]

#: Rules the loader checks and the schema cannot express, by name (docs/documents.md).
LOADER_ONLY = {
    "REFERENCES": "ids that name calendars, channels and guarantees exist",
    "UNIQUE_IDS": "ids are unique within their list",
    "HOURS_NEEDED": "service hours need a channel with opening hours",
    "LEGAL_MAXIMUM": "a service norm is not longer than its legal maximum",
    "VALIDITY_ORDER": "valid_until is not before valid_from",
    "BUSINESS_COUNTER_PARTNER": "a business counter names its partner",
    "CHECK_DIGITS": "an enterprise number's mod-97 check digits",
    "OPENING_HOURS_SYNTAX": (
        "the opening_hours grammar, and the time ranges and days of structured hours"
    ),
    "TIME_ZONE": "the time zone is one of the IANA database",
    "CALENDAR_ID": "a holidays id names a known calendar (be-legal, holidays:DE-BY, ...)",
    "PHONE_LENGTH": (
        "a telephone number has 8 to 15 digits after its + (no trunk 0 after +32), 9 or 10 "
        "with a Belgian trunk 0, or is a short number of 4"
    ),
    "RULE_SWITCHES": "the switches of an inline counting rule do not contradict each other",
    "SIZE": "the document is no larger than Limits.max_bytes",
    "HOURS_RULES": "the opening hours hold no more rules together than Limits.max_rules",
    "RECURRING_ORDER": (
        "a recurring span of days off does not end before it starts, nor a rule's since "
        "year come after its until year"
    ),
    "WAIT_LENGTH": "a wait written in words (within) is at most 366 days",
    "METRIC_CHANNEL": (
        "a reachability metric fits its channel's kind: rings are a telephone's or a video "
        "call's, an abandonment rate needs people who wait in line (telephone, video, chat, "
        "counter)"
    ),
    "FIELD_DEPENDENCIES": (
        "a guarantee's target_per needs its target, a duty's counted_from its period, and a "
        "dated extension policy is one notice (times 1, notice_required)"
    ),
}

_LANGUAGE = r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"
# Patterns spell their classes out: in Python \s and \d are Unicode, in ECMA 262 \d is
# ASCII and \s is Unicode; the loader reads ASCII digits and ASCII white space.
#: ASCII white space, as the loader's parsers read it (re.ASCII's \s).
_SPACE = r"[ \t\n\r\f\v]"
#: Anything but white space as Python's str.strip() sees it (a test checks the list).
_NONBLANK = r"[^\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
#: A date in the supported years 1900-2200 (the format "date" checks the day exists).
_DATE = r"^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$"
_UNIT_WORDS = (
    "minutes?",
    "hours?",
    "service +hours?",
    "days?",
    "working +days?",
    "workdays?",
    "weeks?",
    "months?",
    "years?",
)


def _any_case(pattern: str) -> str:
    """*pattern* matching letters in either case (JSON Schema patterns have no flags)."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in pattern)


_UNITS = "|".join(_any_case(word) for word in _UNIT_WORDS)
#: 1 to 9 digits, not all zeros.
_AMOUNT = "(?![0-9]{10})0*[1-9][0-9]*"
_YEARS, _MONTHS, _WEEKS, _DAYS = (
    rf"{_AMOUNT}{_SPACE}+{_any_case(word)}" for word in ("years?", "months?", "weeks?", "days?")
)
_AND = f"{_SPACE}+"
#: A compound period in words: years, months, weeks, days, each at most once, larger first.
_COMPOUND = (
    rf"({_YEARS}({_AND}{_MONTHS})?({_AND}{_WEEKS})?({_AND}{_DAYS})?"
    rf"|{_MONTHS}({_AND}{_WEEKS})?({_AND}{_DAYS})?|{_WEEKS}({_AND}{_DAYS})?)"
)
_ISO_DATE = rf"P(?=[0-9])({_AMOUNT}Y)?({_AMOUNT}M)?({_AMOUNT}W)?({_AMOUNT}D)?"
_PERIOD = (
    rf"^({_SPACE}*{_AMOUNT}{_SPACE}+({_UNITS}){_SPACE}*|{_SPACE}*{_COMPOUND}{_SPACE}*"
    rf"|{_ISO_DATE}|PT{_AMOUNT}[HM])$"
)
#: Above 0 % and at most 100 %: 1 to 3 digits, 1 to 6 after the decimal sign.
_PERCENT = (
    "(100([.,]0{1,6})?"
    "|(0?[1-9][0-9]|0{0,2}[1-9])([.,][0-9]{1,6})?"
    "|0{1,3}[.,](?=[0-9]{0,5}[1-9])[0-9]{1,6})"
)
_SHARE = rf"^{_SPACE}*{_PERCENT}{_SPACE}*%{_SPACE}*$"
#: A wait in words (days, hours, minutes, seconds, larger first) or in ISO 8601.
_WAIT_DAYS, _WAIT_HOURS, _WAIT_MINUTES, _WAIT_SECONDS = (
    rf"{_AMOUNT}{_SPACE}+{_any_case(word)}" for word in ("days?", "hours?", "minutes?", "seconds?")
)
_WAIT_WORDS = (
    rf"({_WAIT_DAYS}({_AND}{_WAIT_HOURS})?({_AND}{_WAIT_MINUTES})?({_AND}{_WAIT_SECONDS})?"
    rf"|{_WAIT_HOURS}({_AND}{_WAIT_MINUTES})?({_AND}{_WAIT_SECONDS})?"
    rf"|{_WAIT_MINUTES}({_AND}{_WAIT_SECONDS})?|{_WAIT_SECONDS})"
)
_WAIT_ISO = rf"P(?=[0-9T])({_AMOUNT}D)?(T(?=[0-9])({_AMOUNT}H)?({_AMOUNT}M)?({_AMOUNT}S)?)?"
_WAIT = rf"^({_SPACE}*{_WAIT_WORDS}{_SPACE}*|{_WAIT_ISO})$"
#: A telephone number's characters, "+" first; its 8-15 digits the loader counts.
_PHONE_SEPARATOR = r"[ \t\n\r\f\v./()-]"
_PHONE = (
    r"^(?![0-9+ \t\n\r\f\v./()-]*\(0\))"  # no trunk "(0)"
    rf"{_PHONE_SEPARATOR}*(\+{_PHONE_SEPARATOR}*[1-9]|0{_PHONE_SEPARATOR}*[1-9]|1)"
    r"[0-9 \t\n\r\f\v./()-]*$"
)


def _text() -> dict[str, Any]:
    nonblank = {"type": "string", "pattern": _NONBLANK}
    return {
        "oneOf": [
            nonblank,
            {
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": _LANGUAGE},
                "additionalProperties": nonblank,
            },
        ]
    }


def _line() -> dict[str, Any]:
    """A text of one line (a name, a title): no line break in any language."""
    line = {"type": "string", "pattern": _NONBLANK, "not": {"pattern": LINE_BREAKS}}
    return {
        "oneOf": [
            line,
            {
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": _LANGUAGE},
                "additionalProperties": line,
            },
        ]
    }


def _structured_hours() -> dict[str, Any]:
    """Opening hours as their parts: weekly ranges by weekdays, seasons, special days."""
    ranges = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
    weekly = {"type": "object", "additionalProperties": ranges}
    note = _text()
    day = {"type": "string", "minLength": 1}
    return {
        "type": "object",
        "properties": {
            "weekly": weekly,
            "seasons": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"start": day, "end": day, "weekly": weekly, "note": note},
                    "required": ["start", "end"],
                    "additionalProperties": False,
                },
            },
            "special": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "start": day,
                        "end": day,
                        "hours": ranges,
                        "note": note,
                    },
                    "required": ["start"],
                    "additionalProperties": False,
                },
            },
            "extra": {"type": "array", "items": _extra_hours(ranges, note)},
            "close_early": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "start": day,
                        "end": day,
                        "closes": {"type": "string", "minLength": 1},
                        "note": note,
                    },
                    "required": ["start", "closes"],
                    "additionalProperties": False,
                },
            },
            "holiday_hours": ranges,
            "by_appointment": {"type": "boolean"},
            "calendar": {"type": "string"},
        },
        "additionalProperties": False,
    }


def _extra_hours(ranges: dict[str, Any], note: dict[str, Any]) -> dict[str, Any]:
    """Hours added on some weekdays: every week, the n-th of the month or every other week."""
    nth = {"type": "integer", "minimum": -5, "maximum": 5, "not": {"const": 0}}
    return {
        "type": "object",
        "properties": {
            "days": {"type": "string", "minLength": 1},
            "hours": ranges,
            "nth": {
                "oneOf": [
                    nth,
                    {"type": "array", "items": nth, "minItems": 1, "uniqueItems": True},
                ]
            },
            "every_other_week": _SPECIAL[date](),
            "by_appointment": {"type": "boolean"},
            "note": note,
        },
        "required": ["days", "hours"],
        "not": {"required": ["nth", "every_other_week"]},
        "additionalProperties": False,
    }


def _rule_schema() -> dict[str, Any]:
    """A preset's name, or switches: named (not as a preset), or a ``base`` preset alone.

    A rule that starts from a ``base`` and changes it needs a name of its own, as the
    loader says (``charter.io.converter._rule``).
    """
    presets = sorted(PRESETS)
    inline = _object(CountingRule)
    name = {**inline["properties"]["name"], "not": {"enum": presets}}
    inline["properties"] = {**inline["properties"], "name": name, "base": {"enum": presets}}
    del inline["required"]
    inline["anyOf"] = [{"required": ["name"]}, {"required": ["base"], "maxProperties": 1}]
    return {"oneOf": [{"enum": presets}, inline]}


#: The counts the schema states, at the loader's default limits.
_LIMITS = Limits()
_COUNTED = {
    "calendars": "max_calendars",
    "channels": "max_channels",
    "guarantees": "max_guarantees",
}

#: A day of the year, ``MM-DD``, that exists (29 February does, in leap years).
_MONTH_DAY = (
    "^((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])"
    "|(0[469]|11)-(0[1-9]|[12][0-9]|30)"
    "|02-(0[1-9]|1[0-9]|2[0-9]))$"
)


def _recurring_schema() -> dict[str, Any]:
    """A closure day every year: a date, a span of dates, an Easter offset, an n-th weekday."""
    year = {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR}
    some_year = {"anyOf": [year, {"type": "null"}]}
    common = {"name": _text(), "since": some_year, "until": some_year}
    day = {"type": "string", "pattern": _MONTH_DAY}
    shapes: list[dict[str, Any]] = [
        {"date": day},
        {"from": day, "to": day},
        {"easter": {"type": "integer", "minimum": -80, "maximum": 250}},
        {
            "month": {"type": "integer", "minimum": 1, "maximum": 12},
            "weekday": {"enum": list(WORKWEEK_DAYS)},
            "nth": {"type": "integer", "minimum": -5, "maximum": 5, "not": {"const": 0}},
        },
    ]
    return {
        "oneOf": [
            {
                "type": "object",
                "properties": {**shape, **common},
                "required": list(shape),
                "additionalProperties": False,
            }
            for shape in shapes
        ]
    }


_SPECIAL: dict[object, Any] = {
    Decimal: lambda: {
        "anyOf": [
            {"type": "string", "pattern": f"^{FEE_PATTERN}$"},
            {"type": "integer", "minimum": 0, "maximum": int(MAX_FEE)},  # 9 999 999
        ]
    },
    YearlyRule: _recurring_schema,
    LocalizedText: _text,
    Period: lambda: {"type": "string", "pattern": _PERIOD},
    Share: lambda: {
        "oneOf": [
            {"type": "string", "pattern": _SHARE},
            {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        ]
    },
    date: lambda: {"type": "string", "format": "date", "pattern": _DATE},
    time: lambda: {"type": "string", "pattern": r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"},
    EnterpriseNumber: lambda: {
        "type": "string",
        "pattern": (
            rf"^{_SPACE}*(BE|be)?{_SPACE}?[01][0-9]{{3}}[.{_SPACE[1:-1]}]?[0-9]{{3}}"
            rf"[.{_SPACE[1:-1]}]?[0-9]{{3}}{_SPACE}*$"
        ),
    },
    PhoneNumber: lambda: {"type": "string", "pattern": _PHONE},
    Email: lambda: {"type": "string", "pattern": rf"^{_SPACE}*{EMAIL_PATTERN}{_SPACE}*$"},
    Url: lambda: {"type": "string", "pattern": rf"^{_SPACE}*{URL_PATTERN}{_SPACE}*$"},
    LocalizedUrl: lambda: {
        "type": "object",
        "minProperties": 1,
        "propertyNames": {"pattern": _LANGUAGE},
        "additionalProperties": _SPECIAL[Url](),
    },
    OpeningHours: lambda: {
        "oneOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "properties": {
                    "osm": {"type": "string", "minLength": 1},
                    "calendar": {"type": "string"},
                },
                "required": ["osm"],
                "additionalProperties": False,
            },
            _structured_hours(),
        ]
    },
    Dates: lambda: {
        "type": "object",
        "propertyNames": {"format": "date", "pattern": _DATE},
        "additionalProperties": _text(),
        "maxProperties": _LIMITS.max_closures,
    },
    CountingRule: _rule_schema,
}

_ID = {"type": "string", "pattern": f"^{ID_PATTERN}$"}
_ONE_LINE = {"type": "string", "pattern": _NONBLANK, "not": {"pattern": LINE_BREAKS}}
#: Converters shared across the model that say more than their field's type.
_CONVERTED: dict[object, dict[str, Any]] = {
    check_id: _ID,
    check_ids: {"type": "array", "items": _ID},
    check_optional_id: {"anyOf": [_ID, {"type": "null"}]},
    text_module.to_line: _line(),
    text_module.to_optional_line: {"anyOf": [_line(), {"type": "null"}]},
}
#: Fields whose own check says more than their type, by class and field name.
_FIELDS: dict[tuple[type, str], dict[str, Any]] = {
    (Charter, "languages"): {"type": "array", "items": {"enum": list(LANGUAGES)}, "minItems": 1},
    (Charter, "sources"): {
        "type": "array",
        "items": {**_ONE_LINE, "maxLength": MAX_SOURCE_CHARS},
        "maxItems": MAX_SOURCES,
    },
    (CountingRule, "name"): {"type": "string", "minLength": 1},
    (CalendarSpec, "recurring"): {
        "type": "array",
        "items": _recurring_schema(),
        "maxItems": _LIMITS.max_closures,
    },
    (CountingRule, "min_working_days"): {
        "type": "integer",
        "minimum": 0,
        "maximum": MAX_MIN_WORKING_DAYS,
    },
    (ExtensionPolicy, "times"): {"type": "integer", "minimum": 1, "maximum": MAX_EXTENSIONS},
    (ReachabilityTarget, "within_seconds"): {
        "anyOf": [
            {"type": "integer", "minimum": 1, "maximum": MAX_WAIT_SECONDS},
            {"type": "null"},
        ]
    },
    (ReachabilityTarget, "rings"): {
        "anyOf": [{"type": "integer", "minimum": 1, "maximum": MAX_RINGS}, {"type": "null"}]
    },
    (PostalAddress, "street"): _line(),
    (PostalAddress, "postal_code"): _ONE_LINE,
    (PostalAddress, "city"): _line(),
    (PostalAddress, "country"): {"type": "string", "pattern": f"^{COUNTRY_CODE}$"},
    (Channel, "languages"): {
        "type": "array",
        "items": {"type": "string", "pattern": f"^{LANGUAGE_CODE}$"},
    },
}
_PRIMITIVES: dict[object, dict[str, Any]] = {
    str: {"type": "string"},
    bool: {"type": "boolean"},
    int: {"type": "integer"},
    float: {"type": "number"},
}


def _type(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN401 - a type
    if kind in _SPECIAL:
        schema: dict[str, Any] = _SPECIAL[kind]()
        return schema
    if kind in _PRIMITIVES:
        return dict(_PRIMITIVES[kind])
    if isinstance(kind, type) and issubclass(kind, Enum):
        return {"enum": [member.value for member in kind]}
    return _composite(kind, defs)


def _composite(kind: Any, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: ANN401 - a type
    origin, args = get_origin(kind), get_args(kind)
    if origin in (typing.Union, types.UnionType):
        options = [_type(arg, defs) for arg in args if arg is not type(None)]
        nullable = type(None) in args
        schema = options[0] if len(options) == 1 else {"anyOf": options}
        return {"anyOf": [schema, {"type": "null"}]} if nullable else schema
    if origin is tuple:
        return {"type": "array", "items": _type(args[0], defs)}
    if origin is frozenset and args == (Weekday,):
        return {"type": "array", "items": {"enum": list(WORKWEEK_DAYS)}, "uniqueItems": True}
    if attrs.has(kind):
        name = kind.__name__
        if name not in defs:
            defs[name] = {}  # a placeholder against recursion
            defs[name] = _object(kind, defs)
        return {"$ref": f"#/$defs/{name}"}
    message = f"no schema for {kind!r}"
    raise TypeError(message)


def _given(name: str) -> dict[str, Any]:
    """The object has *name*, and not null."""
    return {"required": [name], "properties": {name: {"not": {"type": "null"}}}}


def _metrics(schema: dict[str, Any]) -> None:
    """A reachability target: its wait in words (within), and the fields each metric needs.

    A metric needs some of share, a wait (within_seconds or within, not both) and rings,
    and refuses the others; without a metric, it is answered_within.
    """
    schema["properties"]["within"] = {"type": "string", "pattern": _WAIT}
    wait = {"anyOf": [_given("within_seconds"), {"required": ["within"]}]}
    field_rules = {"share": _given("share"), "within_seconds": wait, "rings": _given("rings")}
    rules: list[dict[str, Any]] = [{"not": {"required": ["within", "within_seconds"]}}]
    for metric, needed in METRIC_FIELDS.items():
        condition: dict[str, Any] = {"properties": {"metric": {"const": metric.value}}}
        if metric is not ReachabilityMetric.ANSWERED_WITHIN:  # the default, when none is given
            condition["required"] = ["metric"]
        then = [rule if name in needed else {"not": rule} for name, rule in field_rules.items()]
        rules.append({"if": condition, "then": {"allOf": then}})
    schema["allOf"] = rules


def _ombudsmen(schema: dict[str, Any]) -> None:
    """Quality monitoring names its ombudsmen in one place: ombudsman or ombudsmen."""
    both = _given("ombudsman")
    both["required"].append("ombudsmen")
    both["properties"]["ombudsmen"] = {"minItems": 1}
    schema["not"] = both


#: What an object says beyond its fields, one field by another, by class.
_ACROSS_FIELDS = {ReachabilityTarget: _metrics, QualityMonitoring: _ombudsmen}


def _object(cls: type, defs: dict[str, Any] | None = None) -> dict[str, Any]:
    defs = {} if defs is None else defs
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for attribute in attrs.fields(cls):
        if not attribute.init:
            continue
        converted = _FIELDS.get((cls, attribute.name)) or _CONVERTED.get(attribute.converter)
        properties[attribute.name] = converted or _type(hints[attribute.name], defs)
        if attribute.default is attrs.NOTHING:
            required.append(attribute.name)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    if cls in _ACROSS_FIELDS:
        _ACROSS_FIELDS[cls](schema)
    return schema


def _portable(node: Any) -> Any:  # noqa: ANN401 - JSON-like data
    r"""End every pattern with ``(?![\s\S])`` instead of ``$``.

    In Python ``$`` also matches before a final newline, where the loader's checks do not.
    """
    if isinstance(node, dict):
        return {
            key: value[:-1] + r"(?![\s\S])"
            if key == "pattern" and isinstance(value, str) and value.endswith("$")
            else _portable(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_portable(item) for item in node]
    return node


def _plain(node: Any) -> Any:  # noqa: ANN401 - JSON-like data
    """Refuse the characters no text may hold in every string and every free key."""
    if isinstance(node, list):
        return [_plain(item) for item in node]
    if not isinstance(node, dict):
        return node
    plain = {key: _plain(value) for key, value in node.items()}
    clean = {"not": {"pattern": BAD_CHARACTERS}}
    if plain.get("type") == "string" and "not" in plain:
        plain["allOf"] = [*plain.get("allOf", []), clean]
    elif plain.get("type") == "string":
        plain = {**plain, **clean}
    free = plain.get("additionalProperties", True) is not False
    if plain.get("type") == "object" and free and "propertyNames" not in plain:
        plain["propertyNames"] = clean
    return plain


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a charter document, with the default limits."""
    defs: dict[str, Any] = {}
    top = _object(Charter, defs)
    top["properties"] = {"format": {"const": "charter/1"}, **top["properties"]}
    top["required"] = ["format", *top.get("required", [])]
    for key, limit in _COUNTED.items():
        top["properties"][key]["maxItems"] = getattr(_LIMITS, limit)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Client charter (charter/1)",
        **top,
        "$defs": dict(sorted(defs.items())),
    }
    result: dict[str, Any] = _portable(_plain(schema))
    return result
