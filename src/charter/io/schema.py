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
from enum import Enum
from typing import Any, get_args, get_origin

import attrs

from charter.calendars.base import Weekday
from charter.calendars.rules import Dates
from charter.clock import rules as rules_module
from charter.clock.periods import Period
from charter.clock.rules import CountingRule
from charter.hours.model import OpeningHours
from charter.io.converter import PRESETS
from charter.model import channels as channels_module
from charter.model import charter as charter_module
from charter.model import contact as contact_module
from charter.model import guarantees as guarantees_module
from charter.model.channels import check_id
from charter.model.charter import Charter
from charter.model.contact import (
    EMAIL_PATTERN,
    URL_PATTERN,
    Email,
    EnterpriseNumber,
    PhoneNumber,
    Url,
)
from charter.model.guarantees import Share
from charter.text import LANGUAGES, LocalizedText

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
    "OPENING_HOURS_SYNTAX": "the opening_hours grammar, and the time ranges of structured hours",
    "TIME_ZONE": "the time zone is one of the IANA database",
    "CALENDAR_ID": "a holidays id names a known calendar (be-legal, holidays:DE-BY, ...)",
    "PHONE_LENGTH": "a telephone number has 8 to 15 digits",
    "RULE_SWITCHES": "the switches of an inline counting rule do not contradict each other",
}

_LANGUAGE = r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$"
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
_AMOUNT = "0*[1-9][0-9]{0,8}"
_PERIOD = rf"^(\s*{_AMOUNT}\s+({_UNITS})\s*|P{_AMOUNT}[YMWD]|PT{_AMOUNT}[HM])$"
_SHARE = r"^\s*0*(100([.,]0+)?|[1-9][0-9]?([.,][0-9]+)?|[.,][0-9]*[1-9][0-9]*)\s*%\s*$"


def _text() -> dict[str, Any]:
    nonblank = {"type": "string", "pattern": r"\S"}
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
            "holiday_hours": ranges,
            "by_appointment": {"type": "boolean"},
            "calendar": {"type": "string"},
        },
        "additionalProperties": False,
    }


def _rule_schema() -> dict[str, Any]:
    return {"oneOf": [{"enum": sorted(PRESETS)}, _object(CountingRule)]}


_SPECIAL: dict[object, Any] = {
    LocalizedText: _text,
    Period: lambda: {"type": "string", "pattern": _PERIOD},
    Share: lambda: {
        "oneOf": [
            {"type": "string", "pattern": _SHARE},
            {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        ]
    },
    date: lambda: {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    time: lambda: {"type": "string", "pattern": r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$"},
    EnterpriseNumber: lambda: {
        "type": "string",
        "pattern": r"^\s*(BE|be)?\s?[01][0-9]{3}[.\s]?[0-9]{3}[.\s]?[0-9]{3}\s*$",
    },
    PhoneNumber: lambda: {"type": "string", "pattern": r"^\s*\+[1-9][0-9\s./()-]{7,30}$"},
    Email: lambda: {"type": "string", "pattern": rf"^\s*{EMAIL_PATTERN}\s*$"},
    Url: lambda: {"type": "string", "pattern": rf"^\s*{URL_PATTERN}\s*$"},
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
        "propertyNames": {"format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "additionalProperties": _text(),
    },
    CountingRule: _rule_schema,
}

_ID = {"type": "string", "pattern": r"^[a-z0-9][a-z0-9_-]{0,63}$"}
#: Fields whose converter says more than their type: the schema of what they accept.
_CONVERTED: dict[object, dict[str, Any]] = {
    check_id: _ID,
    charter_module._languages: {"type": "array", "items": {"enum": list(LANGUAGES)}},  # noqa: SLF001
    rules_module._name: {"type": "string", "minLength": 1},  # noqa: SLF001
    rules_module._minimum: {"type": "integer", "minimum": 0},  # noqa: SLF001
    guarantees_module._times: {"type": "integer", "minimum": 1},  # noqa: SLF001
    guarantees_module._seconds: {"type": "integer", "minimum": 1},  # noqa: SLF001
    contact_module._nonempty: {"type": "string", "pattern": r"\S"},  # noqa: SLF001
    contact_module._country: {"type": "string", "pattern": r"^[A-Z]{2}$"},  # noqa: SLF001
    channels_module._languages: {  # noqa: SLF001
        "type": "array",
        "items": {"type": "string", "pattern": r"^[a-z]{2,3}$"},
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
        days = ["mo", "tu", "we", "th", "fr", "sa", "su"]
        return {"type": "array", "items": {"enum": days}, "uniqueItems": True}
    if attrs.has(kind):
        name = kind.__name__
        if name not in defs:
            defs[name] = {}  # a placeholder against recursion
            defs[name] = _object(kind, defs)
        return {"$ref": f"#/$defs/{name}"}
    message = f"no schema for {kind!r}"
    raise TypeError(message)


def _object(cls: type, defs: dict[str, Any] | None = None) -> dict[str, Any]:
    defs = {} if defs is None else defs
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for attribute in attrs.fields(cls):
        if not attribute.init:
            continue
        converted = _CONVERTED.get(attribute.converter)
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


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a charter document."""
    defs: dict[str, Any] = {}
    top = _object(Charter, defs)
    top["properties"] = {"format": {"const": "charter/1"}, **top["properties"]}
    top["required"] = ["format", *top.get("required", [])]
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Client charter (charter/1)",
        **top,
        "$defs": dict(sorted(defs.items())),
    }
    result: dict[str, Any] = _portable(schema)
    return result
