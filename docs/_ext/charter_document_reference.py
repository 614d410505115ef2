# ruff: noqa: INP001
# (docs/_ext is not a package: docs/conf.py puts it on sys.path.)
"""The document reference (docs/document-reference.md), generated when the docs are built.

Every table comes from what the loader itself uses, so that the page cannot say other
than the code:

- the fields, their types, which are required, and the values allowed (enums, ranges,
  the most entries a list may have): the JSON Schema, ``charter.json_schema()``;
- the defaults: the model's attrs fields, written as a document writes them (by the
  converter ``charter.dumps`` uses);
- the examples: the bundled example charters (``charter.examples``), which the test
  suite loads; where they have none, an example written here and checked when the page
  is generated (read as the loader reads the field);
- the descriptions of fields: the ``Attributes:`` section of the model class's docstring,
  where it has one; the words for each kind of value (a period, a share, ...) are below.

The page holds the line ``{charter-document-reference}`` in a fenced block; the
``source-read`` handler puts the generated Markdown in its place. ``document_reference()``
gives that Markdown without Sphinx (``tests/test_docs_reference.py`` checks it covers
every property of the schema).
"""

from __future__ import annotations

import inspect
import json
import re
import tomllib
import types
import typing
from collections.abc import Iterator
from datetime import date, time
from typing import TYPE_CHECKING, Any

import attrs

import charter
from charter import examples
from charter._checks import ID_PATTERN
from charter.calendars.rules import YearlyRule
from charter.io.converter import DocumentScope, make_converter
from charter.io.schema import LOADER_ONLY
from charter.text import LINE_BREAKS

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: The fenced block the generated tables replace.
PLACEHOLDER = "```{charter-document-reference}\n```"

#: Each kind of value a field may hold: its anchor, its title and what it is.
VALUE_KINDS: dict[str, tuple[str, str]] = {
    "text": (
        "Text",
        (
            'A text in one or more languages, keyed by language code: `{"nl": "...", "fr": '
            '"..."}`; a plain string is read as English. No text is blank.'
        ),
    ),
    "line": (
        "One-line text",
        "A [text](#text) without a line break in any language: a name or a title.",
    ),
    "id": (
        "Id",
        (
            f"Lower-case letters, digits, `-` and `_`, at most 64: `{ID_PATTERN}`. Ids are "
            "unique within their list; an id that names a calendar, channel or guarantee "
            "must name one the document defines."
        ),
    ),
    "period": (
        "Period",
        (
            'An amount and a unit: `"5 working days"`, `"1 month"`, `"4 service hours"`, a '
            'compound `"1 month 15 days"`, or ISO 8601 `"P1M"`, `"PT4H"` '
            "([deadlines](deadlines.md#periods))."
        ),
    ),
    "share": (
        "Share",
        'A share above 0 % and at most 100 %: `"90 %"`, `"87,5 %"`, or a number such as `0.9`.',
    ),
    "date": ("Date", "A calendar day, `YYYY-MM-DD`, from 1900 to 2200."),
    "time": ("Time", "A local time of day, `HH:MM` or `HH:MM:SS`."),
    "zone": ("Time zone", 'An IANA time zone name: `"Europe/Brussels"`.'),
    "calendar-id": (
        "Holiday calendar id",
        (
            'A holiday calendar by id: `"be-legal"`, `"be-federal"`, several joined by `+` '
            '(`"be-legal+be-flemish"`), or another country through the `holidays` package '
            '(`"holidays:NL"`, extra `charter[holidays]`; [calendars](calendars.md)).'
        ),
    ),
    "closures": (
        "Closure days",
        (
            "The organisation's own closure days: a mapping of [date](#date) to the "
            "[text](#text) that names it."
        ),
    ),
    "recurring": (
        "Recurring closure day",
        (
            "A closure day every year, in one of four shapes "
            "([below](#recurring-closure-days); [calendars](calendars.md#closure-days-every-year))."
        ),
    ),
    "enterprise-number": (
        "Enterprise number",
        (
            'A Belgian enterprise number (KBO/BCE): `"0123.456.749"`, with or without dots '
            "and `BE`; its check digits are checked."
        ),
    ),
    "phone": (
        "Telephone number",
        'An international number: `"+32 2 555 00 00"` (8 to 15 digits, no trunk "(0)").',
    ),
    "email": ("E-mail address", '`"info@example.be"`.'),
    "url": ("Web address", 'An `https://` address: `"https://www.example.be/contact"`.'),
    "hours": (
        "Opening hours",
        (
            "OpenStreetMap `opening_hours` text, alone or with the calendar its `PH` means, "
            "or the hours as their parts ([below](#opening-hours-as-their-parts); "
            "[opening hours](hours.md))."
        ),
    ),
    "rule": (
        "Counting rule",
        (
            "A preset's name, or switches ([below](#counting-rule-switches); "
            "[deadlines](deadlines.md#counting-rules))."
        ),
    ),
}

#: The kind of value of each of the model's types (their checks say more than a string).
_KINDS_BY_TYPE: dict[object, str] = {
    charter.LocalizedText: "text",
    charter.Period: "period",
    charter.Share: "share",
    date: "date",
    time: "time",
    charter.Dates: "closures",
    YearlyRule: "recurring",
    charter.EnterpriseNumber: "enterprise-number",
    charter.PhoneNumber: "phone",
    charter.Email: "email",
    charter.Url: "url",
    charter.OpeningHours: "hours",
    charter.CountingRule: "rule",
}
#: Strings whose meaning their type does not say, by class and field.
_KINDS_BY_FIELD = {
    ("Charter", "timezone"): "zone",
    ("CalendarSpec", "holidays"): "calendar-id",
    ("hours", "every_other_week"): "date",
}
#: Fields that hold the id of another part of the document, by field name.
_REFERENCES = {
    "calendar": "CalendarSpec",
    "channel": "Channel",
    "channels": "Channel",
    "guarantee": "Guarantee",
}
#: Examples of fields the bundled examples leave out (each is read as the loader reads it).
_MORE_EXAMPLES: dict[tuple[str, str], object] = {
    ("Charter", "valid_until"): "2026-12-31",
    ("AuthenticSource", "data"): {"en": "Your address and your family composition"},
    ("CalendarSpec", "workweek"): ["mo", "tu", "we", "th"],
    ("Channel", "partner"): {"nl": "Ondernemingsloket Voorbeeld"},
    ("ExtensionPolicy", "notice_required"): False,
    ("Guarantee", "warning"): "75 %",
    ("Referral", "inform_client"): False,
}
#: What the parts of opening hours written as parts are (the model has no class for them).
_HOURS_PARTS = {
    "weekly": 'each weekday or range of weekdays (`"Mo-Fr"`, `"Sa"`) with its time ranges '
    '(`"09:00-12:00,13:00-16:00"`, or a list of them); a day left out is closed',
    "seasons": "periods of the year with their own weekly hours",
    "special": "days or ranges of days with their own hours (none: closed)",
    "holiday_hours": "the hours on the calendar's holidays (none: closed)",
    "extra": "hours added to the weekly ones on some weekdays: the first Thursday of the "
    "month, every other Saturday, evenings by appointment ([hours](hours.md#hours-as-"
    "counters-write-them))",
    "close_early": "days or ranges of days that close early (never opening a closed day)",
    "by_appointment": "whether the channel is open by appointment only",
    "calendar": "the id of the charter calendar whose days off are holidays",
    "start": 'the first day: a date (`"2026-12-24"`) or every year (`"Dec 24"`)',
    "end": "the last day, in the same form (none: the first day only)",
    "hours": "the time ranges, as in `weekly`",
    "note": "a [text](#text) said with these hours",
    "osm": "the hours as OpenStreetMap `opening_hours` text",
}
#: What the keys of extra hours and of an early closing are, where another part's differ.
_EXTRA_PARTS = {
    **_HOURS_PARTS,
    "days": 'the weekdays, as `weekly` writes them: `"Th"`, `"Tu,Th"`, `"Mo-Fr"`',
    "hours": "the time ranges added on each of those days, as in `weekly`, ending by 24:00",
    "nth": "only the n-th of those weekdays in their month: 1 to 5, -1 (the last) to -5; one "
    "or a list",
    "every_other_week": "only every other week (Monday to Sunday): the week of this date, "
    "one of the days, and every second week before and after it",
    "by_appointment": "whether these hours are by appointment only (the others not)",
    "note": "a [text](#text) said with them: what the hours are for, or why the days close",
    "closes": 'the time the days close, `"HH:MM"`, after `"00:00"`',
}
#: What each key of a recurring closure day is.
_RECURRING_KEYS = {
    "date": 'the day of the year, `"MM-DD"`: `"05-08"`',
    "from": 'the first day of a span, `"MM-DD"`: `"12-27"`',
    "to": 'the last day of the span, `"MM-DD"`, in the same year: `"12-31"`',
    "easter": "days after Easter Sunday (negative: before): `-48` is Carnival Monday",
    "month": "the month of an n-th weekday, 1 to 12",
    "weekday": "the weekday, as the work week writes it: `mo` to `su`",
    "nth": "which one: 1 to 5 from the start of the month, -1 to -5 from its end",
    "name": "a [text](#text) that names the day (none: Closed)",
    "since": "the first year it applies (none: every year before too)",
    "until": "the last year it applies (none: every year after too)",
}
#: What the switch ``base`` (the schema's, not a field) is.
_BASE = "the preset whose switches the others change, instead of a `name`"

_SCHEMA: dict[str, Any] = charter.json_schema()
_CONVERTER = make_converter(DocumentScope(timezone="Europe/Brussels", calendars={}))


# -- the model's classes and the bundled examples -------------------------------------------


def _classes() -> dict[str, type]:
    """The model's classes by name: those the schema defines, and the charter itself."""
    found: dict[str, type] = {}

    def visit(kind: object) -> None:
        for argument in typing.get_args(kind):
            visit(argument)
        if isinstance(kind, type) and attrs.has(kind) and kind.__name__ not in found:
            found[kind.__name__] = kind
            for field in attrs.fields(kind):
                if field.init:
                    visit(typing.get_type_hints(kind)[field.name])

    visit(charter.Charter)
    return {name: kind for name, kind in found.items() if name in {"Charter", *_SCHEMA["$defs"]}}


def _target(node: dict[str, Any]) -> str | None:
    """The name of the object a schema node refers to, itself or as its items."""
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    options = [node.get("items", {}), *node.get("anyOf", ()), *node.get("oneOf", ())]
    return next(filter(None, (_target(option) for option in options if option)), None)


def _schema_of(name: str) -> dict[str, Any]:
    return _SCHEMA if name == "Charter" else _SCHEMA["$defs"][name]


def _documents() -> Iterator[Any]:
    """The bundled examples, as data."""
    for name in examples.names():
        text = examples.text(name)
        yield json.loads(text) if text.lstrip().startswith("{") else tomllib.loads(text)


def _example_values() -> dict[tuple[str, str], list[object]]:
    """Every value of each field in the bundled examples, by class and field."""
    found: dict[tuple[str, str], list[object]] = {}

    def walk(value: object, name: str) -> None:
        if not isinstance(value, dict):
            return
        properties = _schema_of(name)["properties"]
        for key, item in value.items():
            found.setdefault((name, key), []).append(item)
            inner = _target(properties.get(key, {}))
            for each in item if isinstance(item, list) else [item]:
                if inner is not None:
                    walk(each, inner)

    for document in _documents():
        walk(document, "Charter")
    return found


# -- words for types, defaults and examples ---------------------------------------------------


def _link(name: str) -> str:
    return f"[{name}](#{name.lower()})"


def _kind_link(kind: str) -> str:
    title = VALUE_KINDS[kind][0]
    return f"[{title.lower()}](#{_anchor(title)})"


def _anchor(title: str) -> str:
    return re.sub(r"[^a-z0-9_ -]", "", title.lower()).replace(" ", "-")


def _plain(hint: object) -> object:
    """*hint* without ``None``: ``Period | None`` is ``Period``."""
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    is_union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    return arguments[0] if is_union and len(arguments) == 1 else hint


def _without_null(node: dict[str, Any]) -> dict[str, Any]:
    options = [o for o in node.get("anyOf", ()) if o != {"type": "null"}]
    return options[0] if "anyOf" in node and len(options) == 1 else node


def _holds(node: object, value: str) -> bool:
    """Whether *value* is a string somewhere in *node*."""
    if isinstance(node, dict):
        return any(_holds(item, value) for item in node.values())
    if isinstance(node, list):
        return any(_holds(item, value) for item in node)
    return node == value


def _is_text(node: dict[str, Any]) -> bool:
    """Whether *node* is a localised text: a string, or strings by language."""
    options = node.get("oneOf", ())
    return len(options) == 2 and "propertyNames" in options[1]


def _number(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def _words(node: dict[str, Any], hint: object = None, where: tuple[str, str] = ("", "")) -> str:
    """What *node* (of field *where*, typed *hint*) holds, in words, with links."""
    node, hint = _without_null(node), _plain(hint)
    if "$ref" in node:
        return _link(_target(node) or "")
    if "enum" in node:
        return "one of " + ", ".join(f"`{value}`" for value in node["enum"])
    if "const" in node:
        return f"`{json.dumps(node['const'])}`"
    if node.get("type") == "array":
        item_hint = (typing.get_args(hint) or (None,))[0]
        words = f"list of {_words(node['items'], item_hint, where)}"
        return words + (f", at most {_number(node['maxItems'])}" if "maxItems" in node else "")
    return _value_words(node, hint, where)


def _value_words(node: dict[str, Any], hint: object, where: tuple[str, str]) -> str:
    """What a single value holds: a kind of value (a period, ...), a reference, or a type."""
    if node.get("type") == "string" and where[1] in _REFERENCES:
        return f"{_kind_link('id')} of a {_link(_REFERENCES[where[1]])}"
    kind = _kind(node, hint, where)
    if kind is not None:
        return _kind_link(kind)
    if node.get("type") == "string" and _holds(node, LINE_BREAKS):
        return "text, on one line"
    return _primitive(node)


def _kind(node: dict[str, Any], hint: object, where: tuple[str, str]) -> str | None:
    """The kind of value (a key of ``VALUE_KINDS``) *node* holds, if it is one."""
    kind = _KINDS_BY_FIELD.get(where) or _KINDS_BY_TYPE.get(hint)
    if kind is None and _is_text(node):
        kind = "text"
    if kind == "text" and _holds(node, LINE_BREAKS):
        kind = "line"
    if kind is None and node.get("pattern", "").startswith(f"^{ID_PATTERN}"):
        kind = "id"
    return kind


def _primitive(node: dict[str, Any]) -> str:
    kind = node.get("type")
    if kind == "boolean":
        return "`true` or `false`"
    if kind == "integer":
        return f"whole number, {_number(node['minimum'])} to {_number(node['maximum'])}"
    if kind == "string":
        pattern = node.get("pattern", "")
        match = re.fullmatch(r"\^(.{1,24})\(\?!\[\\s\\S\]\)", pattern)
        return f"text matching `{match[1]}`" if match else "text"
    if kind == "object" and "properties" in node:
        return "object (below)"
    if kind == "object":
        return f"mapping of text to {_words(node['additionalProperties'])}"
    options = node.get("oneOf") or node.get("anyOf") or ()
    return " or ".join(dict.fromkeys(_words(option) for option in options)) or "any value"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _short(value: object, limit: int = 60) -> str:
    """*value* as JSON, cut to about *limit* characters."""
    if isinstance(value, dict) and len(value) > 2:
        head = ", ".join(f"{_json(k)}: {_json(v)}" for k, v in list(value.items())[:2])
        text = "{" + head + ", …}"
    elif isinstance(value, list) and len(value) > 3:
        text = "[" + ", ".join(_json(v) for v in value[:3]) + ", …]"
    else:
        text = _json(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _code(text: str) -> str:
    """*text* as code in a table cell."""
    return "`" + text.replace("|", "\\|") + "`"


def _default(field: attrs.Attribute[Any] | None, hint: object) -> str:
    if field is None or field.default is attrs.NOTHING:
        return ""
    default = field.default
    value = default.factory() if isinstance(default, attrs.Factory) else default  # type: ignore[call-arg,misc]
    if value is None:
        return "not set"
    return _code(_json(_CONVERTER.unstructure(value, hint)))


def _checked(field: attrs.Attribute[Any], hint: object, value: object) -> object:
    """*value*, once read as the loader reads the field: a wrong example fails the build."""
    structured = _CONVERTER.structure(value, hint)
    if field.converter is not None:
        field.converter(structured)  # type: ignore[operator]
    return value


def _example(
    where: tuple[str, str],
    node: dict[str, Any],
    field: attrs.Attribute[Any] | None,
    hint: object,
    found: dict[tuple[str, str], list[object]],
) -> str:
    if _target(node) is not None and "enum" not in node:
        return ""  # an object, or a list of objects: its own table has examples
    values = [value for value in found.get(where, ()) if value not in ([], {}, "")]
    if values:
        return _code(_short(min(values, key=lambda value: len(_json(value)))))
    if where in _MORE_EXAMPLES and field is not None:
        return _code(_short(_checked(field, hint, _MORE_EXAMPLES[where])))
    return ""


def _docstring_fields(kind: type) -> dict[str, str]:
    """The descriptions of a class's ``Attributes:`` section (Google style), by name."""
    doc = inspect.getdoc(kind) or ""
    section = re.search(r"^Attributes:\n((?:    .*\n?|\n)+)", doc, flags=re.MULTILINE)
    fields: dict[str, str] = {}
    name = None
    for line in section[1].splitlines() if section else ():
        entry = re.match(r"    (\w+): (.*)", line)
        if entry:
            name = entry[1]
            fields[name] = entry[2]
        elif name is not None and line.strip():
            fields[name] += " " + line.strip()
    return {key: value.replace("``", "`") for key, value in fields.items()}


# -- the tables ---------------------------------------------------------------------------------


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table, leaving out a last column that is empty in every row."""
    if rows and all(not row[-1] for row in rows):
        header, rows = header[:-1], [row[:-1] for row in rows]
    return [_row(header), _row(["---"] * len(header)), *(_row(row) for row in rows), ""]


def _summary(kind: type) -> str:
    """The first paragraph of *kind*'s docstring, its reST roles and literals as Markdown."""
    first = (inspect.getdoc(kind) or "").split("\n\n", 1)[0].replace("\n", " ")
    first = re.sub(r":\w+:`~?([^`]+)`", r"`\1`", first)
    return first.replace("``", "`")


def _object_table(name: str, found: dict[tuple[str, str], list[object]]) -> list[str]:
    kind = _classes()[name]
    schema = _schema_of(name)
    hints = typing.get_type_hints(kind)
    fields = attrs.fields_dict(kind)
    described = _docstring_fields(kind)
    rows = []
    for key, node in schema["properties"].items():
        where = (name, key)
        field, hint = fields.get(key), hints.get(key)
        required = "yes" if key in schema.get("required", ()) else "no"
        rows.append(
            [
                f"`{key}`",
                _words(node, hint, where),
                required,
                _default(field, hint),
                _example(where, node, field, hint, found),
                described.get(key, ""),
            ]
        )
    header = ["Field", "Type", "Required", "Default", "Example", "What it is"]
    return _table(header, rows)


def _sections() -> dict[str, str]:
    """The objects, in the order a reader meets them from the top of the document.

    Each with where it is first met: ``"channels"`` of ``"Charter"`` reads "Each entry of
    ``channels`` in the document".
    """
    order = {"Charter": "The top level of a document."}
    for name in list(order):
        _add_inner(name, order)
    return order


def _add_inner(name: str, order: dict[str, str]) -> None:
    parent = "the document" if name == "Charter" else _link(name)
    for key, node in _schema_of(name)["properties"].items():
        inner = _target(node)
        if inner is None or inner in order:
            continue
        each = "Each entry of" if _without_null(node).get("type") == "array" else "The value of"
        order[inner] = f"{each} `{key}` in {parent}."
        _add_inner(inner, order)


def _rule_table() -> list[str]:
    rule = _SCHEMA["$defs"]["Guarantee"]["properties"]["rule"]["oneOf"]
    presets, switches = rule[0]["enum"], rule[1]["properties"]
    kind = charter.CountingRule
    hints, fields = typing.get_type_hints(kind), attrs.fields_dict(kind)
    described = _docstring_fields(kind)
    rows = [
        [
            f"`{key}`",
            _words(node, hints.get(key)),
            _default(fields.get(key), hints.get(key)),
            described[key] if key in fields else _BASE,
        ]
        for key, node in switches.items()
    ]
    lines = [
        "## Counting rule switches",
        "",
        (
            f"A guarantee's `rule` is a preset's name ({', '.join(f'`{p}`' for p in presets)}) "
            "or a mapping of switches: a `name` of its own and the switches that differ from "
            "the defaults below, or a `base` preset and the switches that differ from it."
        ),
        "",
    ]
    return lines + _table(["Switch", "Type", "Default", "What it says"], rows)


def _hours_tables() -> list[str]:
    hours = _without_null(_SCHEMA["$defs"]["Channel"]["properties"]["hours"])["oneOf"]
    text, with_calendar, parts = hours
    if text["type"] != "string":
        message = f"the first form of opening hours is no longer text: {text}"
        raise TypeError(message)
    lines = [
        "## Opening hours as their parts",
        "",
        (
            "A channel's `hours` are OpenStreetMap text, that text with the calendar its `PH` "
            "means, or the hours as their parts ([opening hours](hours.md#the-model))."
        ),
        "",
        "With a calendar:",
        "",
    ]
    lines += _parts_table(with_calendar)
    lines += ["As their parts:", ""]
    lines += _parts_table(parts)
    for key, title in (("seasons", "Each season"), ("special", "Each special day")):
        lines += [f"{title}:", ""]
        lines += _parts_table(parts["properties"][key]["items"])
    for key, title in (("extra", "Each extra hours"), ("close_early", "Each early closing")):
        lines += [f"{title}:", ""]
        lines += _parts_table(parts["properties"][key]["items"], _EXTRA_PARTS)
    return lines


def _parts_table(node: dict[str, Any], words: dict[str, str] = _HOURS_PARTS) -> list[str]:
    required = set(node.get("required", ()))
    rows = [
        [
            f"`{key}`",
            _words(value, where=("hours", key)),
            "yes" if key in required else "no",
            words[key],
        ]
        for key, value in node["properties"].items()
    ]
    return _table(["Key", "Type", "Required", "What it is"], rows)


def _recurring_table() -> list[str]:
    spec = _SCHEMA["$defs"]["CalendarSpec"]["properties"]["recurring"]["items"]["oneOf"]
    lines = [
        "## Recurring closure days",
        "",
        (
            "Each entry of a calendar's `recurring` is one of four shapes, each with an "
            "optional `name`, `since` and `until`: a date (`date`), a span (`from` and `to`), "
            "an Easter offset (`easter`), or an n-th weekday (`month`, `weekday`, `nth`)."
        ),
        "",
    ]
    rows: dict[str, list[str]] = {}
    for shape in spec:
        required = set(shape["required"])
        for key, node in shape["properties"].items():
            rows.setdefault(
                key,
                [
                    f"`{key}`",
                    _words(node),
                    "yes" if key in required else "no",
                    _RECURRING_KEYS[key],
                ],
            )
    return lines + _table(
        ["Key", "Type", "Required in its shape", "What it is"], list(rows.values())
    )


def _value_kinds(found: dict[tuple[str, str], list[object]]) -> list[str]:
    lines = ["## Kinds of values", ""]
    for kind, (title, words) in VALUE_KINDS.items():
        lines += [f"### {title}", "", words, ""]
        seen = _examples_of(kind, found)
        if seen:
            lines += ["From the bundled examples: " + ", ".join(map(_code, seen)) + ".", ""]
    return lines


def _examples_of(kind: str, found: dict[tuple[str, str], list[object]]) -> list[str]:
    """Up to three short examples of a kind of value, from the bundled examples."""
    classes = _classes()
    shown: list[str] = []
    for (name, key), values in sorted(found.items()):
        if name not in classes or key not in _schema_of(name)["properties"]:
            continue
        node = _schema_of(name)["properties"][key]
        hint = typing.get_type_hints(classes[name]).get(key)
        if f"(#{_anchor(VALUE_KINDS[kind][0])})" not in _words(node, hint, (name, key)):
            continue
        for value in values:
            for each in value if isinstance(value, list) else [value]:
                text = _short(each, 48)
                if not isinstance(each, list) and text not in shown and len(shown) < 3:
                    shown.append(text)
    return shown


def document_reference() -> str:
    """The generated part of docs/document-reference.md, in MyST Markdown."""
    found = _example_values()
    lines: list[str] = []
    for name, where in _sections().items():
        title = "The document" if name == "Charter" else name
        lines += [f"## {title}", "", f"{where} {_summary(_classes()[name])}", ""]
        lines += _object_table(name, found)
    lines += _rule_table() + _hours_tables() + _recurring_table() + _value_kinds(found)
    lines += ["## What only the loader checks", ""]
    lines += ["The JSON Schema cannot say these; `charter.load` and `charter.loads` check them:"]
    lines += ["", *(f"- {rule} (`{name}`)." for name, rule in LOADER_ONLY.items()), ""]
    return "\n".join(lines)


def _source_read(_app: Sphinx, _docname: str, source: list[str]) -> None:
    if PLACEHOLDER in source[0]:
        source[0] = source[0].replace(PLACEHOLDER, document_reference())


def setup(app: Sphinx) -> dict[str, Any]:
    """Put the generated tables in the page."""
    app.connect("source-read", _source_read)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
