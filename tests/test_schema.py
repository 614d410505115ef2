"""The JSON Schema and the loader agree: both accept or both reject.

Valid documents: the examples and Hypothesis-generated charters. Invalid ones: generic
mutations of generated documents (a required key dropped, an unknown key added, a value
replaced by one no field accepts) and a catalogue of targeted mutations. Rules the schema
cannot express are in ``LOADER_ONLY``; documents breaking only those are listed by name.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

import charter
from charter import Charter, CharterValidationError
from charter.io.converter import PRESETS
from charter.io.schema import _NONBLANK as NONBLANK
from charter.io.schema import LOADER_ONLY, json_schema
from strategies import charters
from test_io import DOCUMENT

SCHEMA = json_schema()
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=FormatChecker())


def schema_accepts(document: object) -> bool:
    return bool(VALIDATOR.is_valid(document))


def loader_accepts(document: object) -> bool:
    try:
        charter.loads(json.dumps(document))
    except CharterValidationError:
        return False
    return True


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert charter.json_schema() == SCHEMA


def test_the_hand_written_document_passes_both() -> None:
    assert schema_accepts(DOCUMENT)
    assert loader_accepts(DOCUMENT)


@given(charters())
def test_generated_documents_pass_both(c: Charter) -> None:
    document = json.loads(charter.dumps(c))
    assert schema_accepts(document), list(VALIDATOR.iter_errors(document))[:3]
    assert loader_accepts(document)


def _objects(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    found: list[tuple[tuple[Any, ...], Any]] = []
    if isinstance(node, dict):
        found.append((path, node))
        for key, value in node.items():
            found.extend(_objects(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_objects(value, (*path, index)))
    return found


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found.append((*path, key))
            found.extend(_leaves(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.append((*path, index))
            found.extend(_leaves(value, (*path, index)))
    return found


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


@st.composite
def invalid_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A generated valid document broken in a way both the schema and the loader can see."""
    document: dict[str, Any] = json.loads(charter.dumps(draw(charters())))
    how = draw(st.sampled_from(["add_key", "replace_value", "drop_required"]))
    if how == "add_key":
        path, node = draw(st.sampled_from(_objects(document)))
        node["zzz_unknown_9"] = 1
    elif how == "replace_value":
        # A weekly schedule's days are the loader's to read (LOADER_ONLY: the days of
        # structured hours): an empty week given a made-up day is refused by it alone.
        leaves = [path for path in _leaves(document) if "weekly" not in path]
        path = draw(st.sampled_from(leaves))
        parent = _get(document, path[:-1])
        parent[path[-1]] = {"zz": []}
    else:
        required = ["format", "organisation", "timezone"]
        del document[draw(st.sampled_from(required))]
    return document


@given(invalid_documents())
def test_generated_invalid_documents_fail_both(document: dict[str, Any]) -> None:
    assert not schema_accepts(document)
    assert not loader_accepts(document)


def _set(path: tuple[Any, ...], value: object) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        _get(document, path[:-1])[path[-1]] = value

    return mutate


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(document: dict[str, Any]) -> None:
        del _get(document, path[:-1])[path[-1]]

    return mutate


#: Mutations both reject.
BOTH_REJECT = {
    "no format": _drop(("format",)),
    "another format": _set(("format",), "charter/2"),
    "no organisation": _drop(("organisation",)),
    "no timezone": _drop(("timezone",)),
    "a number as name": _set(("organisation", "name"), 5),
    "a blank name": _set(("organisation", "name"), " "),
    "a language that is no code": _set(("organisation", "name"), {"english": "x"}),
    "a blank text": _set(("organisation", "name"), {"en": " "}),
    "a website over http": _set(("organisation", "website"), "http://example.be"),
    "an enterprise number of 9 digits": _set(("organisation", "enterprise_number"), "0203.201.34"),
    "a number as version": _set(("version",), 1),
    "an unknown charter language": _set(("languages",), ["nl", "it"]),
    "languages as a string": _set(("languages",), "nl"),
    "a date that does not exist": _set(("valid_from",), "2026-02-30"),
    "a date as a number": _set(("valid_from",), 20260101),
    "calendars as an object": _set(("calendars",), {"id": "x"}),
    "an id in capitals": _set(("calendars", 0, "id"), "Federal"),
    "a calendar without holidays": _drop(("calendars", 0, "holidays")),
    "a weekday that is none": _set(("calendars", 1, "workweek"), ["mon"]),
    "a closure on 30 February": _set(("calendars", 0, "closures"), {"2026-02-30": "x"}),
    "a kind of channel that is none": _set(("channels", 0, "kind"), "telegram"),
    "a phone number in no form": _set(("channels", 0, "contact", "phone"), "2 123 45 67"),
    "an e-mail without @": _set(("channels", 1, "contact", "email"), "info(at)example.be"),
    "hours as a number": _set(("channels", 0, "hours"), 9),
    "hours with an unknown key": _set(("channels", 0, "hours"), {"osm": "24/7", "colour": 1}),
    "an unknown payment method": _set(("channels", 0, "payment_methods"), ["bitcoin"]),
    "a period in Dutch": _set(("guarantees", 0, "period"), "5 werkdagen"),
    "a period of zero": _set(("guarantees", 0, "period"), "0 days"),
    "a period as a number": _set(("guarantees", 0, "period"), 5),
    "a share above 100 %": _set(("guarantees", 0, "target"), "190 %"),
    "a share of 0 %": _set(("guarantees", 0, "target"), "0 %"),
    "an unknown preset": _set(("guarantees", 0, "rule"), "EU"),
    "an unknown end of period": _set(("guarantees", 3, "rule", "end"), "noon"),
    "an unknown switch": _set(("guarantees", 3, "rule", "cut_off"), "16:00"),
    "a string as a flag": _set(("guarantees", 0, "suspension_allowed"), "yes"),
    "a kind of guarantee that is none": _set(("guarantees", 0, "kind"), "poem"),
    "seconds as a fraction": _set(("reachability", 0, "within_seconds"), 1.5),
    "seconds as a flag": _set(("reachability", 0, "within_seconds"), True),
    "an unknown key in a channel": _set(("channels", 0, "colour"), "blue"),
}

#: Mutations only the loader rejects, each with the LOADER_ONLY rule it breaks.
LOADER_REJECTS = {
    "REFERENCES": _set(("guarantees", 0, "calendar"), "flemish"),
    "UNIQUE_IDS": _set(("channels", 1, "id"), "phone"),
    "HOURS_NEEDED": _drop(("channels", 0, "hours")),
    "LEGAL_MAXIMUM": _set(("guarantees", 2, "period"), "45 days"),
    "VALIDITY_ORDER": _set(("valid_until",), "2025-01-01"),
    "BUSINESS_COUNTER_PARTNER": _set(("channels", 1, "kind"), "business_counter"),
    "CHECK_DIGITS": _set(("organisation", "enterprise_number"), "0203.201.341"),
    "OPENING_HOURS_SYNTAX": _set(("channels", 0, "hours", "osm"), "Mo-Fr 09:00-17:00 || Sa off"),
    "TIME_ZONE": _set(("timezone",), "Europe/Brussel"),
    "CALENDAR_ID": _set(("calendars", 0, "holidays"), "be-legl"),
    "PHONE_LENGTH": _set(("channels", 0, "contact", "phone"), "+32 2 123 45 67 89 01 23 4"),
    "RULE_SWITCHES": _set(("guarantees", 3, "rule", "end"), "same_time"),
    "SIZE": _set(("version",), "v" * 2_000_000),
    "HOURS_RULES": _set(("channels", 0, "hours", "osm"), "; ".join(["Mo 09:00-10:00"] * 10_001)),
    "RECURRING_ORDER": _set(("calendars", 0, "recurring"), [{"from": "12-31", "to": "12-27"}]),
    "WAIT_LENGTH": _set(
        ("reachability", 0), {"channel": "phone", "share": "80 %", "within": "366 days 1 second"}
    ),
    "METRIC_CHANNEL": _set(
        ("reachability", 0), {"channel": "email", "metric": "rings", "share": "80 %", "rings": 3}
    ),
    "FIELD_DEPENDENCIES": _set(("guarantees", 1, "target_per"), "quarter"),
}


@pytest.mark.parametrize("name", BOTH_REJECT)
def test_targeted_mutations_fail_both(name: str) -> None:
    document = copy.deepcopy(DOCUMENT)
    BOTH_REJECT[name](document)
    assert not schema_accepts(document), name
    assert not loader_accepts(document), name


@pytest.mark.parametrize("name", LOADER_REJECTS)
def test_what_only_the_loader_checks_is_listed_by_name(name: str) -> None:
    assert name in LOADER_ONLY
    document = copy.deepcopy(DOCUMENT)
    if name == "RULE_SWITCHES":
        _set(("guarantees", 3, "rule", "count_event_day"), True)(document)
    LOADER_REJECTS[name](document)
    assert schema_accepts(document), (
        name,
        [e.message for e in VALIDATOR.iter_errors(document)][:3],
    )
    assert not loader_accepts(document), name


def test_every_loader_only_rule_has_an_example() -> None:
    assert set(LOADER_REJECTS) == set(LOADER_ONLY)


# -- where they used to disagree (issue 13) -----------------------------------------------------

_GUARANTEE = ("guarantees", 0)
_PHONE = ("channels", 0, "contact", "phone")
_WEEKLY = {"weekly": {"Mo-Fr": "09:00-17:00"}}
_ADDRESS = ("channels", 1, "contact", "address")

#: Values the schema and the loader read alike, each: (where, value, accepted).
AGREE: dict[str, tuple[tuple[Any, ...], object, bool]] = {
    "period, no-break space": ((*_GUARANTEE, "period"), "5\u00a0days", False),
    "period, 10 digits": ((*_GUARANTEE, "period"), "0000000001 days", False),
    "period, 9 digits": ((*_GUARANTEE, "period"), "000000001 days", True),
    "period, compound": ((*_GUARANTEE, "period"), " 1 WEEK\t2 days ", True),
    "period, compound ISO": ((*_GUARANTEE, "period"), "P1W2D", True),
    "period, compound, smaller first": ((*_GUARANTEE, "period"), "2 days 1 week", False),
    "period, compound ISO, smaller first": ((*_GUARANTEE, "period"), "P2D1W", False),
    "period, compound, a unit twice": ((*_GUARANTEE, "period"), "1 day 1 day", False),
    "period, compound, a zero part": ((*_GUARANTEE, "period"), "1 week 0 days", False),
    "period, compound, working days": ((*_GUARANTEE, "period"), "1 week 2 working days", False),
    "period, compound, no space": ((*_GUARANTEE, "period"), "1 week2 days", False),
    "period, ISO date and time": ((*_GUARANTEE, "period"), "P1DT1H", False),
    "period, ISO, 10 digits": ((*_GUARANTEE, "period"), "P0000000001D", False),
    "period, Kelvin sign": ((*_GUARANTEE, "period"), "5 WEE\u212aS", False),
    "period, Arabic digits": ((*_GUARANTEE, "period"), "\u0665 days", False),
    "period, tab": ((*_GUARANTEE, "period"), "5\tworking  days ", True),
    "share, no-break space": ((*_GUARANTEE, "target"), "90\u00a0%", False),
    "share, leading zeros": ((*_GUARANTEE, "target"), "0000090 %", False),
    "share, 3 digits": ((*_GUARANTEE, "target"), "090 %", True),
    "share, no integer part": ((*_GUARANTEE, "target"), ".5 %", False),
    "share, 100 and a hair": ((*_GUARANTEE, "target"), "100.0000000000000001 %", False),
    "share, 100.000000": ((*_GUARANTEE, "target"), "100,000000 %", True),
    "share, six decimals": ((*_GUARANTEE, "target"), "0.000001 %", True),
    "share, seven decimals": ((*_GUARANTEE, "target"), "0.0000001 %", False),
    "share, zero": ((*_GUARANTEE, "target"), "000,000 %", False),
    "enterprise, no-break space": (
        ("organisation", "enterprise_number"),
        "BE\u00a00203.201.340",
        False,
    ),
    "enterprise, em space around": (
        ("organisation", "enterprise_number"),
        "\u20030203.201.340",
        False,
    ),
    "enterprise, spaces": (("organisation", "enterprise_number"), " BE 0203 201 340\n", True),
    "phone, parenthesised": (_PHONE, "(+32) 2 123 45 67", True),
    "phone, trunk": (_PHONE, "+32 (0)2 123 45 67", False),
    "phone, no-break space": (_PHONE, "+32\u00a02 123 45 67", False),
    "phone, many separators": (_PHONE, "+3 2 . 2 / 1 2 3 - 4 5 . 6 7 / ( 8 ) - 9", True),
    "e-mail, no-break space": (("channels", 1, "contact", "email"), "info@example.be\u00a0", False),
    "url, path with a no-break space": (
        ("organisation", "website"),
        "https://www.example.be/a\u00a0b",
        True,
    ),
    "closure in 1899": (("calendars", 0, "closures"), {"1899-12-31": "x"}, False),
    "closure in 2200": (("calendars", 0, "closures"), {"2200-12-31": "x"}, True),
    "valid from year 1": (("valid_from",), "0001-01-01", False),
    "valid until 2201": (("valid_until",), "2201-01-01", False),
    "date in full-width digits": (("valid_from",), "\uff12\uff10\uff12\uff16-01-01", False),
    "cut-off in full-width digits": (
        ("guarantees", 3, "rule", "cutoff"),
        "\uff11\uff16:00",
        False,
    ),
    "lone surrogate": (("version",), "2026\ud800", False),
    "escape": (("version",), "\x1b[31m", False),
    "bell": (("organisation", "name", "nl"), "FOD\x07", False),
    "next line": (("organisation", "name", "nl"), "FOD\x85", False),
    "right-to-left override": (("channels", 1, "name"), "E-mail\u202e", False),
    "tab in a name": (("organisation", "name", "nl"), "FOD\tVoorbeeld", True),
    "line break in a name": (("organisation", "name", "nl"), "FOD\r\n# Hacked", False),
    "line break at a name's end": (("organisation", "name", "nl"), "FOD\n", False),
    "line separator in a channel's name": (("channels", 1, "name"), "E-mail\u2028x", False),
    "line breaks in a description": ((*_GUARANTEE, "description"), "Questions\r\n\nAll", True),
    "website, port 65535": (("organisation", "website"), "https://www.example.be:65535/", True),
    "website, port 65536": (("organisation", "website"), "https://www.example.be:65536", False),
    "website, port 99999": (("organisation", "website"), "https://www.example.be:99999", False),
    "website, port 0": (("organisation", "website"), "https://www.example.be:0", False),
    "website, path with a control": (("organisation", "website"), "https://e.be/\x9b2J", False),
    "website, path with a bidi": (("organisation", "website"), "https://e.be/\u202e", False),
    "website, path with non-ASCII": (("organisation", "website"), "https://e.be/café", True),
    "website per language": (
        ("organisation", "website"),
        {"nl": "https://www.example.be/nl", "fr": "https://www.example.be/fr"},
        True,
    ),
    "website per language, one over http": (
        ("organisation", "website"),
        {"nl": "https://www.example.be/nl", "fr": "http://www.example.be/fr"},
        False,
    ),
    "website per language, none": (("organisation", "website"), {}, False),
    "website per language, a key that is no language": (
        ("organisation", "website"),
        {"dutch": "https://www.example.be/nl"},
        False,
    ),
    "address, street and city per language": (
        _ADDRESS,
        {
            "street": {"nl": "Voorbeeldstraat 1", "fr": "Rue de l'Exemple 1"},
            "postal_code": "1000",
            "city": {"nl": "Brussel", "fr": "Bruxelles", "de": "Brüssel"},
        },
        True,
    ),
    "address, street as one string": (
        _ADDRESS,
        {"street": "Dorpsplein 1", "postal_code": "1083", "city": "Ganshoren"},
        True,
    ),
    "address, a line break in a city": (
        _ADDRESS,
        {"street": "Dorpsplein 1", "postal_code": "1083", "city": {"nl": "Gans\nhoren"}},
        False,
    ),
    "address, a blank street": (
        _ADDRESS,
        {"street": {"fr": " "}, "postal_code": "1083", "city": "Ganshoren"},
        False,
    ),
    "address, no street at all": (
        _ADDRESS,
        {"street": {}, "postal_code": "1083", "city": "Ganshoren"},
        False,
    ),
    "address, a city as a number": (
        _ADDRESS,
        {"street": "Dorpsplein 1", "postal_code": "1083", "city": 1083},
        False,
    ),
    "zero-width space": (("organisation", "name", "nl"), "FOD\u200b", True),
    "ideographic space only": (("organisation", "name", "nl"), "\u3000", False),
    "key with a control": (("channels", 2, "hours"), {"weekly": {"Mo\x1b": "09:00-17:00"}}, False),
    "seconds, 4001 digits": (("reachability", 0, "within_seconds"), 10**4000, False),
    "seconds, a year": (("reachability", 0, "within_seconds"), 366 * 86400, True),
    "101 extensions": ((*_GUARANTEE[:1], 2, "extension", "times"), 101, False),
    "min_working_days 10 001": (("guarantees", 3, "rule", "min_working_days"), 10_001, False),
    "10 001 channels": (("channels",), [{"id": "x"}] * 10_001, False),
    "a guarantee's channel id with a space": ((*_GUARANTEE, "channels"), ["\u00a0email"], False),
    "no language at all": (("languages",), [], False),
    "one language": (("languages",), ["fr"], True),
    "an indicator's guarantee id with a space": (
        ("quality",),
        {"indicators": [{"id": "on-time", "description": "On time", "guarantee": "info "}]},
        False,
    ),
    "an indicator's guarantee id": (
        ("quality",),
        {"indicators": [{"id": "on-time", "description": "On time", "guarantee": "info"}]},
        True,
    ),
    "a referral's guarantee id in capitals": (
        ("referral",),
        {"statement": "We pass it on", "guarantee": "Info"},
        False,
    ),
    "a rule from a base preset": (
        ("guarantees", 3, "rule"),
        {"base": "EU_1182_71", "name": "mine", "cutoff": "16:00"},
        True,
    ),
    "a rule that is its base": (("guarantees", 3, "rule"), {"base": "EU_1182_71"}, True),
    # Loaded, it was named as its preset and written back as an inline rule of that name,
    # which both refuse (issue 20).
    "a rule that changes its base without a name": (
        ("guarantees", 3, "rule"),
        {"base": "EU_1182_71", "cutoff": "16:00"},
        False,
    ),
    "a rule that restates its base without a name": (
        ("guarantees", 3, "rule"),
        {"base": "EU_1182_71", "min_working_days": 2},
        False,
    ),
    "a base of null": (("guarantees", 3, "rule"), {"base": None, "name": "mine"}, False),
    "a base that is a list": (("guarantees", 3, "rule"), {"base": [], "name": "mine"}, False),
    "a name that is a list": (("guarantees", 3, "rule"), {"name": [], "base": "EU_1182_71"}, False),
    "an inline rule named as a preset": (("guarantees", 3, "rule"), {"name": "EU_1182_71"}, False),
    "a rule neither named nor based": (("guarantees", 3, "rule"), {"cutoff": "16:00"}, False),
    "min_working_days 2.0": (("guarantees", 3, "rule", "min_working_days"), 2.0, True),
    "10 001 closures": (
        ("calendars", 0, "closures"),
        {(date(1950, 1, 1) + timedelta(k)).isoformat(): "x" for k in range(10_001)},
        False,
    ),
}


@pytest.mark.parametrize("name", AGREE)
def test_schema_and_loader_agree_where_they_used_to_differ(name: str) -> None:
    where, value, accepted = AGREE[name]
    document = copy.deepcopy(DOCUMENT)
    _set(where, value)(document)
    assert schema_accepts(document) is accepted, name
    assert loader_accepts(document) is accepted, name


def test_the_schemas_blank_is_pythons() -> None:
    blank = "".join(chr(c) for c in range(0x110000) if chr(c).isspace())
    assert all(not re.search(NONBLANK, c) for c in blank)
    assert re.sub(NONBLANK, "", "".join(map(chr, range(0x3001)))) == blank


# -- inline counting rules, key by key (issue 20) -------------------------------------------


def _rule_schema_node(node: Any) -> dict[str, Any]:
    """The schema of an inline rule: the object with a ``base``."""
    if isinstance(node, dict):
        if "base" in node.get("properties", {}):
            return node
        children = list(node.values())
    elif isinstance(node, list):
        children = node
    else:
        children = []
    for child in children:
        found = _rule_schema_node(child)
        if found:
            return found
    return {}


#: What the schema says of each key of an inline rule.
RULE_PROPERTIES: dict[str, Any] = _rule_schema_node(SCHEMA)["properties"]
#: Every key an inline rule may have, as the schema says; the loader must agree on each.
RULE_KEYS = sorted(RULE_PROPERTIES)
#: Values for any key: right and wrong types, bounds, the presets' names, enum members.
RULE_VALUES: list[object] = [
    None,
    True,
    False,
    0,
    2,
    2.0,
    2.5,
    -1,
    10_000,
    10_001,
    "",
    "mine",
    "16:00",
    "16:00:30",
    "24:00",
    "EU_1182_71",
    "BE_JUDICIAL_CODE",
    "SERVICE_STANDARD",
    [],
    {},
    *sorted({member for prop in RULE_PROPERTIES.values() for member in prop.get("enum", [])}),
]
#: A calendar id is the loader's to check (LOADER_ONLY: CALENDAR_ID): known ones only.
HOLIDAY_VALUES: list[object] = [None, "be-legal", "be-legal+be-flemish", 5, [], True]
#: How the one contradiction between switches shows (LOADER_ONLY: RULE_SWITCHES).
CONTRADICTION = "so it cannot also count the event's day"
#: What only the loader sees in a rule: that contradiction, and a switch that needs the
#: opening hours the guarantee's channels lack (LOADER_ONLY: HOURS_NEEDED).
LOADER_ONLY_IN_RULES = (CONTRADICTION, "needs opening hours, and none of its channels has any")


#: The presets' names, which 'base' takes and 'name' may not.
PRESET_NAMES = sorted(PRESETS)


@st.composite
def inline_rules(draw: st.DrawFn) -> dict[str, object]:
    rule: dict[str, object] = {}
    odd: list[object] = [None, "", "mine", 5, [], {}]
    if draw(st.booleans()):
        rule["base"] = draw(st.sampled_from([*PRESET_NAMES, *odd]))
    if draw(st.booleans()):
        rule["name"] = draw(st.sampled_from([*PRESET_NAMES, *odd, "complaints"]))
    others = [key for key in [*RULE_KEYS, "cut_off"] if key not in ("base", "name")]
    for key in draw(st.lists(st.sampled_from(others), max_size=3)):
        if key == "public_holidays":
            rule[key] = draw(st.sampled_from(HOLIDAY_VALUES))
            continue
        good = st.sampled_from(_good_values(RULE_PROPERTIES.get(key, {})) or RULE_VALUES)
        rule[key] = draw(st.one_of(good, good, st.sampled_from(RULE_VALUES)))
    return rule


def _good_values(schema: dict[str, Any]) -> list[object]:
    """Values the schema accepts for a switch: its members, its type's, a time for a pattern."""
    if "enum" in schema:
        return list(schema["enum"])
    types = {schema.get("type"), *(part.get("type") for part in schema.get("anyOf", []))}
    found: list[object] = []
    if "boolean" in types:
        found += [True, False]
    if "integer" in types:
        found += [0, 2, schema.get("maximum", 10)]
    if "string" in types:
        patterned = any("pattern" in part for part in [schema, *schema.get("anyOf", [])])
        found.append("16:00" if patterned else "a source")
    if "null" in types:
        found.append(None)
    return found


def _rule_issues(document: dict[str, Any]) -> list[str] | None:
    try:
        charter.loads(json.dumps(document))
    except CharterValidationError as error:
        return [issue.message for issue in error.issues]
    return None


@given(inline_rules())
def test_schema_and_loader_agree_on_every_inline_rule(rule: dict[str, object]) -> None:
    # The keys of an inline rule, each with right and wrong values, with and without a
    # name or a base: where the schema and the loader disagreed on 'base' unseen. What
    # both accept is written back as a document both accept again, the same charter.
    document = copy.deepcopy(DOCUMENT)
    document["guarantees"][3]["rule"] = rule
    issues = _rule_issues(document)
    if not schema_accepts(document):
        assert issues is not None, rule
    elif issues is not None:  # what the schema cannot see, and nothing else
        unexplained = [i for i in issues if not any(why in i for why in LOADER_ONLY_IN_RULES)]
        assert not unexplained, (rule, issues)
    else:
        loaded = charter.loads(json.dumps(document))
        again = json.loads(charter.dumps(loaded))
        assert schema_accepts(again), (rule, again["guarantees"][3]["rule"])
        assert _rule_issues(again) is None, (rule, again["guarantees"][3]["rule"])
        assert charter.loads(json.dumps(again)) == loaded


def test_the_inline_rule_strategy_reaches_every_key_and_the_contradiction() -> None:
    assert {"base", "name", "cutoff", "end", "min_working_days"} <= set(RULE_KEYS)
    contradiction = {"name": "mine", "end": "same_time", "count_event_day": True}
    document = copy.deepcopy(DOCUMENT)
    document["guarantees"][3]["rule"] = contradiction
    assert schema_accepts(document)
    issues = _rule_issues(document)
    assert issues is not None
    assert CONTRADICTION in issues[0]


# -- reachability metrics and ombudsmen (issue 20) --------------------------------------------

_PHONE_TARGET = {"channel": "phone"}
#: Reachability targets on the telephone channel (or another), each: accepted by both?
TARGETS: dict[str, tuple[dict[str, object], bool]] = {
    "answered within, no metric": ({"share": "80 %", "within_seconds": 120}, True),
    "answered within, named": (
        {"metric": "answered_within", "share": "80 %", "within_seconds": 120},
        True,
    ),
    "answered within, a wait in words": ({"share": "80 %", "within": "2 minutes"}, True),
    "answered within, a compound wait": (
        {"share": "80 %", "within": " 1 Minute 30 seconds "},
        True,
    ),
    "answered within, an ISO wait": ({"share": "80 %", "within": "P1DT2H3M4S"}, True),
    "answered within, 366 days in words": ({"share": "80 %", "within": "366 days"}, True),
    "answered within, no share": ({"within_seconds": 120}, False),
    "answered within, a share of null": ({"share": None, "within_seconds": 120}, False),
    "answered within, no wait": ({"share": "80 %"}, False),
    "answered within, a wait of null": ({"share": "80 %", "within_seconds": None}, False),
    "answered within, rings": ({"share": "80 %", "within_seconds": 120, "rings": 3}, False),
    "answered within, rings of null": (
        {"share": "80 %", "within_seconds": 120, "rings": None},
        True,
    ),
    "the wait twice": ({"share": "80 %", "within_seconds": 120, "within": "2 minutes"}, False),
    "the wait twice, one null": (
        {"share": "80 %", "within_seconds": None, "within": "PT2M"},
        False,
    ),
    "a wait of null in words": ({"share": "80 %", "within": None}, False),
    "a wait as a number in words": ({"share": "80 %", "within": 120}, False),
    "a wait in Dutch": ({"share": "80 %", "within": "2 minuten"}, False),
    "a wait, smaller unit first": ({"share": "80 %", "within": "30 seconds 1 minute"}, False),
    "a wait, a unit twice": ({"share": "80 %", "within": "1 minute 1 minute"}, False),
    "a wait of zero": ({"share": "80 %", "within": "0 seconds"}, False),
    "a wait with a zero part": ({"share": "80 %", "within": "1 minute 0 seconds"}, False),
    "a wait, ISO without a part": ({"share": "80 %", "within": "PT"}, False),
    "a wait, ISO in months": ({"share": "80 %", "within": "P1M"}, False),
    "a wait, ISO, 10 digits": ({"share": "80 %", "within": "PT0000000001S"}, False),
    "a wait, no-break space": ({"share": "80 %", "within": "2\u00a0minutes"}, False),
    "a wait, abbreviated": ({"share": "80 %", "within": "2 min"}, False),
    "answer rate": ({"metric": "answer_rate", "share": "85 %"}, True),
    "answer rate, no share": ({"metric": "answer_rate"}, False),
    "answer rate, a wait": ({"metric": "answer_rate", "share": "85 %", "within": "PT2M"}, False),
    "answer rate, a wait in seconds": (
        {"metric": "answer_rate", "share": "85 %", "within_seconds": 120},
        False,
    ),
    "abandonment rate": ({"metric": "abandonment_rate", "share": "5 %"}, True),
    "abandonment rate, rings": ({"metric": "abandonment_rate", "share": "5 %", "rings": 2}, False),
    "average wait": ({"metric": "average_wait", "within_seconds": 120}, True),
    "average wait in words": ({"metric": "average_wait", "within": "2 minutes"}, True),
    "average wait, a share": (
        {"metric": "average_wait", "share": "80 %", "within_seconds": 120},
        False,
    ),
    "average wait, a share of null": (
        {"metric": "average_wait", "share": None, "within_seconds": 120},
        True,
    ),
    "average wait, no wait": ({"metric": "average_wait"}, False),
    "rings": ({"metric": "rings", "share": "80 %", "rings": 3}, True),
    "rings, twenty": ({"metric": "rings", "share": "80 %", "rings": 20}, True),
    "rings, 21": ({"metric": "rings", "share": "80 %", "rings": 21}, False),
    "rings, 0": ({"metric": "rings", "share": "80 %", "rings": 0}, False),
    "rings, 2.0": ({"metric": "rings", "share": "80 %", "rings": 2.0}, True),
    "rings, 2.5": ({"metric": "rings", "share": "80 %", "rings": 2.5}, False),
    "rings, no rings": ({"metric": "rings", "share": "80 %"}, False),
    "rings, a wait": ({"metric": "rings", "share": "80 %", "rings": 3, "within": "PT9S"}, False),
    "a metric that is none": ({"metric": "rings_within", "share": "80 %", "rings": 3}, False),
    "a metric of null": ({"metric": None, "share": "80 %", "within_seconds": 120}, False),
}


@pytest.mark.parametrize("name", TARGETS)
def test_schema_and_loader_agree_on_every_metric(name: str) -> None:
    target, accepted = TARGETS[name]
    document = copy.deepcopy(DOCUMENT)
    document["reachability"] = [{**_PHONE_TARGET, **target}]
    assert schema_accepts(document) is accepted, (name, list(VALIDATOR.iter_errors(document))[:2])
    assert loader_accepts(document) is accepted, name


_FEDERAL = {"nl": "de federale Ombudsman", "fr": "le Médiateur fédéral"}
#: Quality monitoring and its ombudsmen, each: accepted by both?
OMBUDSMEN: dict[str, tuple[dict[str, object], bool]] = {
    "one ombudsman": ({"ombudsman": _FEDERAL}, True),
    "one ombudsman as a string": ({"ombudsman": "the Federal Ombudsman"}, True),
    "several": ({"ombudsmen": [_FEDERAL, {"nl": "de Vlaamse Ombudsman"}, "Ombudsman"]}, True),
    "a list of one": ({"ombudsmen": [_FEDERAL]}, True),
    "an empty list": ({"ombudsmen": []}, True),
    "both": ({"ombudsman": _FEDERAL, "ombudsmen": [{"nl": "de Vlaamse Ombudsman"}]}, False),
    "both, the list empty": ({"ombudsman": _FEDERAL, "ombudsmen": []}, True),
    "both, the one null": ({"ombudsman": None, "ombudsmen": [_FEDERAL]}, True),
    "a list as one text": ({"ombudsmen": "the Federal Ombudsman"}, False),
    "a list of null": ({"ombudsmen": None}, False),
    "a blank one in the list": ({"ombudsmen": [_FEDERAL, " "]}, False),
    "a number in the list": ({"ombudsmen": [_FEDERAL, 3]}, False),
}


@pytest.mark.parametrize("name", OMBUDSMEN)
def test_schema_and_loader_agree_on_the_ombudsmen(name: str) -> None:
    quality, accepted = OMBUDSMEN[name]
    document = {**copy.deepcopy(DOCUMENT), "quality": quality}
    assert schema_accepts(document) is accepted, (name, list(VALIDATOR.iter_errors(document))[:2])
    assert loader_accepts(document) is accepted, name
