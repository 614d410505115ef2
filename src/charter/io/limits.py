"""How large and how deep a document charter reads: :class:`Limits`, checked before parsing.

A charter document is small: a few kilobytes, nested a few levels. The limits keep a
hostile or broken document from costing minutes or gigabytes: its size, its nesting and
TOML's dotted keys are measured on the text, before any parser runs (Python's own TOML
parser takes minutes on a dotted key of 40 000 parts); the counts of channels,
guarantees, calendars, closure days and opening-hours rules on the parsed data, before
any of them is built. Each limit has a default that a real charter stays far below, and
a keyword to raise it:

>>> import charter
>>> huge = charter.Limits(max_bytes=50_000_000, max_channels=100_000)
>>> huge.max_bytes, huge.max_depth
(50000000, 32)

The characters no text may hold (:data:`charter._checks.BAD_CHARACTERS`: control
characters but tab and line breaks, bidirectional overrides, lone surrogates) are looked
for here too, in every string and key of the document, with their paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import accumulate
from typing import Any, Literal

from attrs import field, frozen

from charter._checks import BAD_CHARACTERS, plain_problem
from charter.errors import (
    CharterTypeError,
    CharterValidationError,
    CharterValueError,
    Issue,
    excerpt,
)

__all__ = ["LimitError", "Limits", "check_data", "check_size", "check_text", "written_path"]


class LimitError(CharterValueError):
    """A value given as a limit is not a positive whole number."""


def _positive(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CharterTypeError.expected("a whole number as a limit", value)
    if value < 1:
        raise LimitError(f"a limit must be at least 1, got {excerpt(value)}")
    return value


@frozen(kw_only=True)
class Limits:
    """The most a document may hold; raise one by passing a larger value.

    Attributes:
        max_bytes: the document's size in bytes (UTF-8).
        max_depth: how deep objects and arrays nest; in TOML each part of a dotted key
            or of a table header counts as a level too.
        max_channels: entries in ``channels``.
        max_guarantees: entries in ``guarantees``.
        max_calendars: entries in ``calendars``.
        max_closures: closure days of one calendar (dated, and recurring apart).
        max_rules: opening-hours rules in the whole document, counting each part of an
            OpenStreetMap value separated by ``;``, ``,`` or ``||`` (outside comments), and
            each weekly entry, season, special day, extra hours and early closing of hours
            written as parts.
    """

    max_bytes: int = field(default=2_000_000, converter=_positive)
    max_depth: int = field(default=32, converter=_positive)
    max_channels: int = field(default=10_000, converter=_positive)
    max_guarantees: int = field(default=10_000, converter=_positive)
    max_calendars: int = field(default=1_000, converter=_positive)
    max_closures: int = field(default=10_000, converter=_positive)
    max_rules: int = field(default=10_000, converter=_positive)

    def exceeded(self, name: str, found: str) -> str:
        """The message for limit *name*, exceeded by what was *found*."""
        limit: int = getattr(self, name)
        return f"{found}, more than the limit of {_number(limit)}: {self.hint(name)}"

    @staticmethod
    def hint(name: str) -> str:
        """How to raise limit *name*."""
        return f"raise it with limits=charter.Limits({name}=...)"


_BAD = re.compile(BAD_CHARACTERS)
#: An escape that may write such a character in a JSON or TOML string (or a harmless one).
_BAD_ESCAPE = re.compile(
    r"\\[bf]|\\(?:u|U0000)(?:00[01]|007f|008|009|202[a-e]|206[6-9]|d[89a-f])", re.IGNORECASE
)


# -- the text, before parsing --------------------------------------------------------------------

_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
_TOML_SKIPPED = re.compile(
    r'"""(?:[^"\\]++|\\.|"(?!""))*+"""+'  # multi-line basic strings
    r"|'''.*?'''+"  # multi-line literal strings
    r'|"(?:[^"\\\n]++|\\.)*+"'  # basic strings
    r"|'[^'\n]*+'"  # literal strings
    r"|#[^\n]*+",  # comments
    re.DOTALL,
)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]++")
_DEPTH = {"[": 1, "{": 1, "]": -1, "}": -1}
#: A run of key parts joined by dots, quoted parts already blanked to "".
_DOTTED = re.compile(r'(?<![\w"-])(?:[\w-]++|"")(?:[ \t]*+\.[ \t]*+(?:[\w-]++|""))++', re.ASCII)


def _size(text: str, limits: Limits) -> int | None:
    """The size of *text* in UTF-8 where it is over the limit, else None."""
    if len(text) > limits.max_bytes:
        return len(text)  # at least
    if len(text) * 4 <= limits.max_bytes:
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    return size if size > limits.max_bytes else None


def check_size(size: int, limits: Limits, *, at_least: bool = False) -> None:
    """Refuse a document of *size* bytes (a file's, before it is read) over the limit.

    With *at_least*, *size* is what was read of a file that may hold more.
    """
    if size <= limits.max_bytes:
        return
    if at_least:
        raise _refuse(
            f"the document goes on past the limit of {_number(limits.max_bytes)} bytes: "
            + limits.hint("max_bytes")
        )
    raise _refuse(limits.exceeded("max_bytes", f"the document has {_number(size)} bytes"))


def _refuse(message: str) -> CharterValidationError:
    return CharterValidationError([Issue("$", message)])


def check_text(text: str, format: Literal["json", "toml"], limits: Limits) -> bool:  # noqa: A002
    """Refuse *text* if its size, its nesting or (TOML) a dotted key is over the limits.

    Strings and comments are blanked first; what is left is measured with regular
    expressions, in time proportional to the text. Returns whether the parsed data needs
    :func:`check_data` to walk it: whether it may hold a character no text may hold, or
    (TOML, where keys nest too) be nested deeper than the limit.
    """
    size = _size(text, limits)
    if size is not None:
        raise _refuse(limits.exceeded("max_bytes", f"the document has {_number(size)} bytes"))
    skeleton = (_JSON_STRING if format == "json" else _TOML_SKIPPED).sub('""', text)
    parts = 1
    if format == "toml":
        for match in _DOTTED.finditer(skeleton):
            parts = max(parts, match[0].count(".") + 1)
            if parts > limits.max_depth:
                found = f"a dotted key or table name of {_number(parts)} parts"
                raise _refuse(limits.exceeded("max_depth", found))
    brackets = _NOT_BRACKETS.sub("", skeleton)
    deepest = max(accumulate(_DEPTH[c] for c in brackets), default=0)
    if deepest > limits.max_depth:
        found = f"objects and arrays nested {_number(deepest)} deep"
        raise _refuse(limits.exceeded("max_depth", found))
    # In TOML each level of brackets may hold dotted keys, under a dotted table name.
    deeper = format == "toml" and (deepest + 1) * (parts + 1) + 1 > limits.max_depth
    return deeper or bool(_BAD.search(text) or _BAD_ESCAPE.search(text))


def _number(value: int) -> str:
    return f"{value:,}".replace(",", " ")


# -- the data, before it is read -------------------------------------------------------------------

_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

#: A path as a chain of (parent, step) pairs, written out only for an issue.
_Path = tuple["_Path", object] | None


def written_path(path: _Path) -> str:
    """*path*, a chain of ``(parent, key)`` pairs, as a JSON path: ``$.events[0].at``."""
    steps: list[str] = []
    while path is not None:
        path, key = path
        if isinstance(key, int):
            steps.append(f"[{key}]")
        elif isinstance(key, str) and _PLAIN_KEY.fullmatch(key):
            steps.append(f".{key}")
        else:
            steps.append(f"[{excerpt(key)}]")
    return "$" + "".join(reversed(steps))


def _walk(data: object, limits: Limits) -> Iterator[Issue]:
    """Each string (value or key) holding a character no text may; too deep raises."""
    stack: list[tuple[object, _Path, int]] = [(data, None, 0)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, str):
            bad = _BAD.search(node)
            if bad is not None:
                yield Issue(written_path(path), plain_problem(node) or "")
            continue
        if not isinstance(node, dict | list):
            continue
        if depth >= limits.max_depth:
            found = f"objects and arrays nested more than {limits.max_depth} deep"
            issue = Issue(written_path(path), limits.exceeded("max_depth", found))
            raise CharterValidationError([issue])
        items = list(node.items() if isinstance(node, dict) else enumerate(node))
        for key, _ in items:
            if isinstance(key, str) and _BAD.search(key) is not None:
                yield Issue(written_path(path), f"the key {plain_problem(key)}")
        stack.extend((value, (path, key), depth + 1) for key, value in reversed(items))


_LISTS = (
    ("channels", "max_channels", "channels"),
    ("guarantees", "max_guarantees", "guarantees"),
    ("calendars", "max_calendars", "calendars"),
)
_OSM_COMMENT = re.compile(r'"[^"]*"')
_OSM_SEPARATOR = re.compile(r";|,|\|\|")


def _counts(data: Mapping[str, Any], limits: Limits) -> Iterator[Issue]:
    for key, name, noun in _LISTS:
        value = data.get(key)
        if isinstance(value, list) and len(value) > getattr(limits, name):
            yield Issue(f"$.{key}", limits.exceeded(name, f"{_number(len(value))} {noun}"))
    calendars = data.get("calendars")
    for index, calendar in enumerate(calendars if isinstance(calendars, list) else []):
        closures = calendar.get("closures") if isinstance(calendar, dict) else None
        if isinstance(closures, dict) and len(closures) > limits.max_closures:
            found = f"{_number(len(closures))} closure days"
            yield Issue(f"$.calendars[{index}].closures", limits.exceeded("max_closures", found))
        recurring = calendar.get("recurring") if isinstance(calendar, dict) else None
        if isinstance(recurring, list) and len(recurring) > limits.max_closures:
            found = f"{_number(len(recurring))} recurring closure days"
            yield Issue(f"$.calendars[{index}].recurring", limits.exceeded("max_closures", found))
    yield from _rules(data, limits)


def _rules(data: Mapping[str, Any], limits: Limits) -> Iterator[Issue]:
    channels = data.get("channels")
    total = 0
    for index, channel in enumerate(channels if isinstance(channels, list) else []):
        hours = channel.get("hours") if isinstance(channel, dict) else None
        total += _rule_count(hours)
        if total > limits.max_rules:
            found = f"opening hours of more than {_number(limits.max_rules)} rules together"
            yield Issue(f"$.channels[{index}].hours", limits.exceeded("max_rules", found))
            return


def _rule_count(hours: object) -> int:
    """The rules of one opening-hours value, counted without reading it (see Limits)."""
    if isinstance(hours, dict) and isinstance(hours.get("osm"), str):
        hours = hours["osm"]
    if isinstance(hours, str):
        return len(_OSM_SEPARATOR.findall(_OSM_COMMENT.sub("", hours))) + 1
    if not isinstance(hours, dict):
        return 0
    count = 0
    for key in ("weekly", "seasons", "special", "extra", "close_early"):
        part = hours.get(key)
        count += len(part) if isinstance(part, dict | list) else 0
    seasons = hours.get("seasons")
    for season in seasons if isinstance(seasons, list) else []:
        weekly = season.get("weekly") if isinstance(season, dict) else None
        count += len(weekly) if isinstance(weekly, dict) else 0
    return count


def check_data(data: Mapping[str, Any], limits: Limits, *, walk: bool) -> None:
    """Refuse parsed *data* before it is read if it is over a limit or holds bad text.

    Counts over their limits; nesting too deep; every string and key holding a character
    no text may, each with its path. Only where *walk* (as :func:`check_text` says) is
    every node visited.
    """
    over = list(_counts(data, limits))
    if over:
        raise CharterValidationError(over)
    issues = list(_walk(data, limits)) if walk else []
    if issues:
        raise CharterValidationError(issues)
