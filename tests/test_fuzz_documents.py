"""Fuzzing charter documents (issue 13): the bundled examples, mutated.

Values, keys and structure are changed (a value replaced by a hostile one, a string edited a
character at a time, a key dropped, added or renamed, a subtree moved elsewhere), and the
texts themselves are cut and spliced. Whatever comes out:

- ``charter.loads`` returns a charter or raises a ``CharterError``, nothing else;
- for JSON, the JSON Schema accepts exactly what the loader accepts, save the rules only the
  loader checks (``LOADER_ONLY``): where the schema accepts a document the loader refuses,
  each of the loader's issues is one of those rules. (The schema is the JSON document's:
  TOML's native dates and times have no JSON form to check, so TOML is checked for the
  first property only.)

Strings are edited where grammars break: a space or a digit swapped for a look-alike, a
run of digits for a year or a bound of the schema, one character for a control or a bidi
override; each field of the document is as likely to be edited as any other.
"""

from __future__ import annotations

import copy
import json
import re
import tomllib
from collections.abc import Callable
from typing import Any, Literal

import tomli_w
from hypothesis import event, given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

import charter
from charter import CharterError, CharterValidationError, Issue
from charter.io.schema import LOADER_ONLY

VALIDATOR = Draft202012Validator(charter.json_schema(), format_checker=FormatChecker())

#: The examples in their canonical form, as JSON data and as TOML data.
BASES = [
    json.loads(charter.dumps(charter.examples.load(name))) for name in charter.examples.names()
]
TOML_BASES = [
    tomllib.loads(charter.dumps(charter.examples.load(name), format="toml"))
    for name in charter.examples.names()
]
TEXTS: list[tuple[str, Literal["json", "toml"]]] = [
    (charter.examples.text(name), "json" if name == "federal" else "toml")
    for name in charter.examples.names()
]


def _keys(node: object) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {key for value in node.values() for key in _keys(value)}
    if isinstance(node, list):
        return {key for value in node for key in _keys(value)}
    return set()


def _schema_names(node: object) -> set[str]:
    if isinstance(node, dict):
        names = set(node.get("properties", {}))
        return names | {name for value in node.values() for name in _schema_names(value)}
    if isinstance(node, list):
        return {name for value in node for name in _schema_names(value)}
    return set()


#: Every key the examples use and every field the schema knows.
FIELDS = sorted(set().union(*map(_keys, BASES)) | _schema_names(VALIDATOR.schema))

#: Characters that broke something once, or could: controls, bidi, surrogates, odd spaces
#: and digits, letters that change under lower(), and the punctuation of the value grammars.
ODD = (
    "\x00\x07\x08\x0b\x0c\x1b\x1f\x7f\x85\x9f\xa0\u1680\u2003\u200b\u200e\u202e\u2066\u2069"
    "\u3000\ufeff\ud800\udfff\u0665\uff11\u212a\u0130\u017f\t\n\r 0159.,:;%+-/()[]{}\"'\\#=PTDMé"
)
CHARACTERS = st.sampled_from(ODD) | st.characters(codec="utf-8")
WORDS = st.sampled_from(
    [
        "5 working days",
        "P1M",
        "PT4H",
        "4 service hours",
        "0 days",
        "90 %",
        "100 %",
        "0,5 %",
        "be-legal",
        "be-legal+be-flemish",
        "holidays:NL",
        "Europe/Brussels",
        "UTC",
        "24/7",
        "Mo-Fr 09:00-17:00; PH off",
        "Jul 01",
        "Dec 24",
        "2026-01-01",
        "1899-12-31",
        "2200-12-31",
        "16:00",
        "EU_1182_71",
        "SERVICE_STANDARD",
        "close_of_business",
        "same_time",
        "+32 2 123 45 67",
        "info@example.be",
        "https://example.be",
        "0203.201.340",
        "nl",
        "fr_BE",
        "federal",
        "phone",
        "counter",
        "business_counter",
        "decision",
        "charter/1",
    ]
)
STRINGS = st.text(CHARACTERS, max_size=10) | WORDS | st.sampled_from(FIELDS)


def _bounds(node: object) -> set[int]:
    """The numbers the schema bounds values and counts by."""
    words = ("minimum", "maximum", "maxItems", "maxProperties", "minLength", "minProperties")
    if isinstance(node, dict):
        found = {value for key, value in node.items() if key in words and isinstance(value, int)}
        return found.union(*map(_bounds, node.values()))
    if isinstance(node, list):
        return set().union(*map(_bounds, node))
    return set()


#: Each bound of the schema, one below and one above, and some numbers far out.
EDGES = sorted({b + d for b in _bounds(VALIDATOR.schema) for d in (-1, 0, 1)})
NUMBERS = (
    st.integers(-3, 12)
    | st.sampled_from([*EDGES, 10**9, 10**10, 10**4000, -(10**30)])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([0.0, -0.0, 1.0, 0.5, 1e-320, 1e308, 2.5])
)
#: White space, digits and letters that look like ASCII's, or are in other scripts.
SPACES = " \t\n\r\x0b\x0c\x1c\x85\xa0\u1680\u2003\u200b\u202f\u3000\ufeff"
DIGITS = "0123456789\u0665\u06f5\u0967\uff11\U0001d7d9\u00b2"
YEARS = ["0001", "1899", "1900", "2200", "2201", "9999", "0000"]
VALUES = st.recursive(
    st.none() | st.booleans() | NUMBERS | STRINGS,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(STRINGS, children, max_size=3)
    ),
    max_leaves=6,
)

Path = tuple[Any, ...]


def _nodes(node: object, path: Path = ()) -> list[tuple[Path, object]]:
    found: list[tuple[Path, object]] = [(path, node)]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_nodes(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_nodes(value, (*path, index)))
    return found


def _parent(document: Any, path: Path) -> Any:
    for step in path[:-1]:
        document = document[step]
    return document


def _edit_string(draw: st.DrawFn, text: str) -> str:
    how = draw(
        st.sampled_from(
            ["insert", "delete", "replace", "around", "case", "double", "space", "digit", "number"]
        )
    )
    if how in ("space", "digit", "number"):
        return _edit_parts(draw, text, how)
    at = draw(st.integers(0, len(text)))
    edits: dict[str, Callable[[], str]] = {
        "insert": lambda: text[:at] + draw(CHARACTERS) + text[at:],
        "delete": lambda: text[:at] + text[at + 1 :],
        "replace": lambda: text[:at] + draw(CHARACTERS) + text[at + 1 :],
        "around": lambda: draw(CHARACTERS) + text + draw(CHARACTERS),
        "case": lambda: text.upper() if draw(st.booleans()) else text.lower(),
        "double": lambda: text + text,
    }
    return edits[how]()


def _edit_parts(draw: st.DrawFn, text: str, how: str) -> str:
    """*text* with one space, digit or run of digits changed for a look-alike or an edge."""
    pattern = {"space": r"\s", "digit": r"[0-9]", "number": r"[0-9]+"}[how]
    places = [match.span() for match in re.finditer(pattern, text)]
    if not places:
        return text + draw(st.sampled_from(SPACES if how == "space" else DIGITS))
    start, end = draw(st.sampled_from(places))
    if how == "space":
        new = draw(st.sampled_from(SPACES))
    elif how == "digit":
        new = draw(st.sampled_from(DIGITS))
    else:
        run = text[start:end]
        new = draw(
            st.sampled_from([*YEARS, "0" * 8 + run, run + "0", "0", "1" * 12])
            | st.sampled_from(EDGES).map(str)
        )
    return text[:start] + new + text[end:]


def _edit_number(draw: st.DrawFn, number: float) -> object:
    how = draw(st.sampled_from(["edge", "plus", "minus", "scale", "float", "negate"]))
    if how == "edge":
        return draw(st.sampled_from(EDGES))
    if how == "plus":
        return number + 1
    if how == "minus":
        return number - 1
    if how == "scale":
        return number * draw(st.sampled_from([10, 1000, 10**6, 10**12]))
    if how == "float":
        return float(number) + draw(st.sampled_from([0.0, 0.5]))
    return -number


def _replace(draw: st.DrawFn, document: Any, path: Path, node: object) -> None:
    if isinstance(node, str) and draw(st.booleans()):
        value: object = _edit_string(draw, node)
    elif isinstance(node, int | float) and not isinstance(node, bool) and draw(st.booleans()):
        value = _edit_number(draw, node)
    elif draw(st.booleans()):
        value = copy.deepcopy(draw(st.sampled_from(_nodes(document)))[1])  # moved elsewhere
    else:
        value = draw(VALUES)
    _parent(document, path)[path[-1]] = value


def _add(draw: st.DrawFn, document: Any, node: object) -> None:
    value = (
        draw(VALUES)
        if draw(st.booleans())
        else copy.deepcopy(draw(st.sampled_from(_nodes(document)))[1])
    )
    if isinstance(node, dict):
        node[draw(STRINGS)] = value
    elif isinstance(node, list):
        duplicate: bool = bool(node) and draw(st.booleans())  # a duplicate id, say
        node.insert(draw(st.integers(0, len(node))), node[0] if duplicate else value)


def _edit_leaf(draw: st.DrawFn, document: Any) -> None:
    """Edit one string or number of the document, or one key, in place."""
    leaves: dict[str, list[tuple[Path, object]]] = {}  # by field: each field as likely
    for path, node in _nodes(document):
        if path and isinstance(node, str | int | float):
            field = next((step for step in reversed(path) if isinstance(step, str)), "")
            leaves.setdefault(field, []).append((path, node))
    keys = [n for _, n in _nodes(document) if isinstance(n, dict) and n]
    if keys and (not leaves or draw(st.integers(0, 4)) == 0):
        node = draw(st.sampled_from(keys))
        key = draw(st.sampled_from(sorted(node)))
        node[_edit_string(draw, key)] = node.pop(key)
    elif leaves:
        path, leaf = draw(st.sampled_from(leaves[draw(st.sampled_from(sorted(leaves)))]))
        edited: object = leaf
        if isinstance(leaf, str):
            edited = _edit_string(draw, leaf)
        elif isinstance(leaf, int | float) and not isinstance(leaf, bool):
            edited = _edit_number(draw, leaf)
        _parent(document, path)[path[-1]] = edited


def _mutate(draw: st.DrawFn, document: Any) -> Any:
    how = draw(st.sampled_from(["edit", "edit", "edit", "replace", "delete", "add", "rename"]))
    if how == "edit":
        _edit_leaf(draw, document)
        return document
    path, node = draw(st.sampled_from(_nodes(document)))
    if not path:  # the whole document
        return draw(VALUES) if how == "replace" else document
    parent = _parent(document, path)
    if how == "replace":
        _replace(draw, document, path, node)
    elif how == "delete":
        del parent[path[-1]]
    elif how == "add":
        _add(draw, document, node if isinstance(node, dict | list) else parent)
    elif isinstance(parent, dict):  # rename
        parent[draw(st.sampled_from(FIELDS)) if draw(st.booleans()) else draw(STRINGS)] = (
            parent.pop(path[-1])
        )
    return document


@st.composite
def mutated(draw: st.DrawFn, bases: list[Any]) -> Any:
    document = copy.deepcopy(draw(st.sampled_from(bases)))
    for _ in range(draw(st.integers(1, 3))):
        document = _mutate(draw, document)
    return document


def _outcome(text: str, kind: Literal["json", "toml"]) -> tuple[Issue, ...] | None:
    """The loader's issues, or None when it loads; anything but a CharterError escapes."""
    try:
        loaded = charter.loads(text, format=kind)
    except CharterValidationError as error:
        return error.issues or (Issue("$", "no issues"),)
    except CharterError as error:  # pragma: no cover - loads reports issues; still allowed
        return (Issue("$", str(error)),)
    assert isinstance(loaded, charter.Charter)
    return None


#: How each rule only the loader checks shows in its issues.
LOADER_ONLY_ISSUES: dict[str, Callable[[Issue], bool]] = {
    "REFERENCES": lambda i: bool(re.match(r"no (channel|calendar|guarantee) ", i.message)),
    "UNIQUE_IDS": lambda i: i.message.startswith("duplicate id "),
    "HOURS_NEEDED": lambda i: "needs opening hours" in i.message,
    "LEGAL_MAXIMUM": lambda i: "longer than the legal maximum" in i.message,
    "VALIDITY_ORDER": lambda i: i.path == "$.valid_until" and "is before valid_from" in i.message,
    "BUSINESS_COUNTER_PARTNER": lambda i: "names its partner" in i.message,
    "CHECK_DIGITS": lambda i: i.message.endswith("wrong check digits"),
    "OPENING_HOURS_SYNTAX": lambda i: ".hours" in i.path,
    "TIME_ZONE": lambda i: i.path == "$.timezone",
    "CALENDAR_ID": lambda i: i.path.endswith(".holidays"),
    "PHONE_LENGTH": lambda i: i.path.endswith(".phone"),
    "RULE_SWITCHES": lambda i: (
        i.path.endswith(".rule") and "so it cannot also count the event's day" in i.message
    ),
    "SIZE": lambda i: "Limits(max_bytes=" in i.message,
    "HOURS_RULES": lambda i: "Limits(max_rules=" in i.message,
    "RECURRING_ORDER": lambda i: (
        ".recurring[" in i.path
        and ("before it starts" in i.message or "is after until" in i.message)
    ),
    "WAIT_LENGTH": lambda i: i.path.endswith(".within") and "is longer than 366 days" in i.message,
    "METRIC_CHANNEL": lambda i: (
        i.path.endswith(".metric") and " fits a channel of kind " in i.message
    ),
    "FIELD_DEPENDENCIES": lambda i: (
        "target_per needs a target" in i.message
        or "counted_from needs a period" in i.message
        or "a dated extension is" in i.message
    ),
}


def test_every_loader_only_rule_is_recognised() -> None:
    assert set(LOADER_ONLY_ISSUES) == set(LOADER_ONLY)


@given(mutated(BASES))
def test_mutated_json_is_read_or_refused_as_the_schema_says(document: Any) -> None:
    issues = _outcome(json.dumps(document), "json")
    event(f"loader {'refuses' if issues else 'accepts'}")
    if not VALIDATOR.is_valid(document):
        assert issues is not None, [e.message[:200] for e in VALIDATOR.iter_errors(document)][:3]
    elif issues is not None:
        unexplained = [
            issue
            for issue in issues
            if not any(rule(issue) for rule in LOADER_ONLY_ISSUES.values())
        ]
        assert not unexplained, unexplained


def _toml(document: Any) -> str | None:
    if not isinstance(document, dict):  # the top of a TOML document is a table
        return None
    try:
        return tomli_w.dumps(document)
    except TypeError:  # TOML has no null
        return None


@given(mutated(TOML_BASES))
def test_mutated_toml_is_read_or_refused(document: Any) -> None:
    text = _toml(document)
    if text is not None:
        _outcome(text, "toml")


@st.composite
def spliced(draw: st.DrawFn) -> tuple[str, Literal["json", "toml"]]:
    text, kind = draw(st.sampled_from(TEXTS))
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 40)))
        how = draw(st.sampled_from(["cut", "insert", "copy", "repeat"]))
        if how == "cut":
            text = text[:start] + text[end:]
        elif how == "insert":
            text = text[:start] + draw(st.text(CHARACTERS, max_size=8) | STRINGS) + text[start:]
        elif how == "copy":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + text[start:end] + text[at:]
        else:
            text = text[:start] + text[start:end] * draw(st.integers(2, 200)) + text[end:]
    return text, kind


@given(spliced())
def test_spliced_texts_are_read_or_refused(case: tuple[str, Literal["json", "toml"]]) -> None:
    _outcome(*case)
