"""Hostile input (issue 13): nothing lost, nothing unbounded.

Every document, however large, deep or strange, is read or refused with a
``CharterError``; every message quotes at most a short, escaped excerpt of the input.
"""

from __future__ import annotations

import importlib.util
import json
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest

import charter
from charter import (
    CharterError,
    CharterTypeError,
    CharterValidationError,
    Limits,
    UnknownTimezoneError,
    UnsupportedYearError,
    WorkingCalendar,
    belgium,
)
from charter.calendars import base
from charter.errors import OpeningHoursSyntaxError, excerpt
from test_io import MINIMAL

#: The longest message a single bad value may produce (an excerpt and some words).
SHORT = 300


def issues_of(text: str, **options: Any) -> list[tuple[str, str]]:
    with pytest.raises(CharterValidationError) as info:
        charter.loads(text, **options)
    return [(issue.path, issue.message) for issue in info.value.issues]


# -- messages quote an excerpt ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Europe/Brussels", "'Europe/Brussels'"),
        ("x" * 300, "'" + "x" * 48 + "'... (300 characters)"),
        ("\x1b[31m", r"'\x1b[31m'"),
        ("a\u202eb\u2066c", r"'a\u202eb\u2066c'"),
        ("\x00" * 100, "'" + r"\x00" * 12 + "'... (100 characters)"),
        (10**4000, "a whole number of 4001 digits"),
        (12, "12"),
        (None, "None"),
        ([[[["deep"]]]], "[[[...]]]"),
    ],
    ids=["zone", "long", "escape", "bidi", "nul", "huge", "int", "none", "nested"],
)
def test_an_excerpt_is_short_and_escaped(value: object, expected: str) -> None:
    assert excerpt(value) == expected


def test_an_excerpt_of_a_huge_integer_beyond_pythons_text_limit() -> None:
    assert excerpt(10**5000) == "a whole number of about 5001 digits"


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"organisation": {"name": "x", "enterprise_number": "1" * 100_000}}, "enterprise"),
        ({"organisation": {"name": "x", "website": "http://" + "x" * 100_000}}, "website"),
        ({"format": "y" * 100_000}, "format"),
        ({"guarantees": [{"period": "9" * 100_000}]}, "period"),
        ({"calendars": [{"id": "a", "holidays": "z" * 100_000}]}, "holidays"),
        ({"channels": [{"id": "c" * 100_000}]}, "id"),
        ({"languages": ["q" * 100_000]}, "languages"),
    ],
)
def test_long_bad_values_give_short_messages(change: dict[str, object], path: str) -> None:
    issues = issues_of(json.dumps({**MINIMAL, **change}))
    assert any(path in p for p, _ in issues), issues
    assert all(len(message) < SHORT for _, message in issues), issues


def test_many_unknown_keys_are_listed_in_part() -> None:
    document = json.dumps({**MINIMAL, **{f"key{k}": 1 for k in range(10_000)}})
    [(path, message)] = issues_of(document)
    assert path == "$"
    assert len(message) < SHORT
    assert message.endswith("and 9995 more")


def test_a_validation_error_lists_a_hundred_problems_and_keeps_them_all() -> None:
    document = json.dumps({**MINIMAL, "duties": [{"text": ""}] * 1000})
    with pytest.raises(CharterValidationError) as info:
        charter.loads(document)
    assert len(info.value.issues) == 1000
    assert str(info.value).endswith("... and 900 more (every one is in .issues)")


def test_a_syntax_error_in_long_opening_hours_shows_the_part_around_it() -> None:
    text = "Mo-Fr 09:00-17:00; " * 1000 + "Sa 25:00-26:00"
    error = OpeningHoursSyntaxError(text, len(text) - 8, "no such hour")
    _, shown, pointer = str(error).splitlines()
    assert len(shown) < 100
    assert shown[pointer.index("^")] == text[-8]


# -- time-zone names that are no file -----------------------------------------------------------


def test_a_huge_bad_time_zone_gives_a_short_message() -> None:
    document = json.dumps({**MINIMAL, "timezone": "Europe/" + "x" * 1_000_000})
    [(path, message)] = issues_of(document)
    assert path == "$.timezone"
    assert len(message) < SHORT
    assert message.startswith("unknown time zone 'Europe/xxx")
    assert "(1000007 characters)" in message


#: Names no IANA zone has: too long for a file name, or with characters no name has.
NO_ZONE_NAMES = ["x" * 300, "Europe/" + "x" * 5000, "../../etc/passwd", "Europe\\Brussels", "é"]


@pytest.mark.parametrize("name", NO_ZONE_NAMES)
def test_a_name_that_cannot_be_a_zone_is_an_unknown_time_zone(name: str) -> None:
    with pytest.raises(UnknownTimezoneError):
        WorkingCalendar(holidays=belgium.LEGAL, timezone=name)
    assert issues_of(json.dumps({**MINIMAL, "timezone": name}))[0][0] == "$.timezone"


@pytest.mark.skipif(importlib.util.find_spec("tzdata") is None, reason="needs tzdata")
def test_with_the_tzdata_package_a_long_name_is_no_os_error() -> None:
    name = "Europe/" + "x" * 56  # within the length checked cheaply: looked up
    with pytest.raises(UnknownTimezoneError):
        base.check_timezone(name)


def test_an_os_error_while_looking_up_a_zone_is_an_unknown_time_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unreadable(key: str) -> None:
        message = f"[Errno 36] File name too long: {key!r}"
        raise OSError(36, message)

    monkeypatch.setattr(base, "ZoneInfo", unreadable)
    with pytest.raises(UnknownTimezoneError, match="unknown time zone 'Europe/Brussels'"):
        base.check_timezone("Europe/Brussels")
    issues = issues_of(json.dumps(MINIMAL))
    assert [path for path, _ in issues] == ["$.timezone"]


# -- limits, checked before parsing -------------------------------------------------------------


def limit_issue(text: str, **options: Any) -> tuple[str, str]:
    [(path, message)] = issues_of(text, **options)
    assert "raise it with limits=charter.Limits(" in message, message
    return path, message


def test_the_default_limits() -> None:
    assert Limits() == Limits(
        max_bytes=2_000_000,
        max_depth=32,
        max_channels=10_000,
        max_guarantees=10_000,
        max_calendars=1_000,
        max_closures=10_000,
        max_rules=10_000,
    )


@pytest.mark.parametrize("value", [0, -1, True, 1.5, "10"])
def test_a_limit_is_a_positive_whole_number(value: object) -> None:
    with pytest.raises(CharterError):
        Limits(max_bytes=value)  # type: ignore[arg-type]


def test_limits_must_be_limits() -> None:
    with pytest.raises(CharterTypeError, match=r"expected charter\.Limits"):
        charter.loads(json.dumps(MINIMAL), limits={"max_bytes": 10})  # type: ignore[arg-type]


def test_a_document_over_the_size_limit_is_refused_before_it_is_parsed() -> None:
    text = json.dumps({**MINIMAL, "version": "v" * 2_000_000})
    path, message = limit_issue(text)
    assert path == "$"
    assert message.startswith("the document has 2 000 115 bytes, more than the limit of 2 000 000")
    assert "max_bytes=" in message
    big = charter.loads(text, limits=Limits(max_bytes=3_000_000))
    assert big.version == "v" * 2_000_000


def test_the_size_counts_bytes_not_characters() -> None:
    text = json.dumps({**MINIMAL, "version": "é" * 1_000_000}, ensure_ascii=False)
    assert len(text) < 2_000_000 < len(text.encode("utf-8"))
    assert "max_bytes" in limit_issue(text)[1]


def test_a_file_over_the_size_limit_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_text(json.dumps(MINIMAL), encoding="utf-8")

    def unread(*_: object, **__: object) -> bytes:
        raise AssertionError("read")

    monkeypatch.setattr(Path, "open", unread)
    monkeypatch.setattr(Path, "read_bytes", unread)
    with pytest.raises(CharterValidationError, match="max_bytes"):
        charter.load(path, limits=Limits(max_bytes=10))


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="a system without /dev/zero")
def test_an_endless_file_is_read_up_to_the_limit_and_refused(tmp_path: Path) -> None:
    # Finding 2: a document whose size the system does not know (a device, a pipe) was
    # read until memory ran out. Its size is 0 to stat; the read stops one byte past the limit.
    endless = tmp_path / "endless.json"
    endless.symlink_to("/dev/zero")
    with pytest.raises(CharterValidationError, match="goes on past the limit of 1 000 bytes"):
        charter.load(endless, limits=Limits(max_bytes=1_000))
    started = time.perf_counter()
    with pytest.raises(CharterValidationError, match=r"max_bytes=\.\.\."):
        charter.load(endless)
    assert time.perf_counter() - started < 30  # 2 MB read, not forever


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("[" * 100_000, "json", "objects and arrays nested 100 000 deep"),
        ('{"a": ' * 33 + "1" + "}" * 33, "json", "nested 33 deep"),
        ("x = " + "[" * 40 + "]" * 40, "toml", "nested 40 deep"),
        ("a" + ".a" * 999 + " = 1", "toml", "a dotted key or table name of 1 000 parts"),
        ("[a" + ".a" * 99 + "]", "toml", "of 100 parts"),
        ("[[a" + ' . "a"' * 99 + "]]", "toml", "of 100 parts"),
        ("x = {" + "a." * 40 + "b = 1}", "toml", "of 41 parts"),
    ],
    ids=[
        "json-100000",
        "json-33",
        "toml-arrays",
        "toml-key",
        "toml-table",
        "toml-quoted",
        "inline",
    ],
)
def test_nesting_and_dotted_keys_over_the_limit(text: str, kind: str, found: str) -> None:
    path, message = limit_issue(text, format=kind)
    assert path == "$"
    assert found in message
    assert (
        "more than the limit of 32: raise it with limits=charter.Limits(max_depth=...)" in message
    )


def test_a_dotted_key_of_40_000_parts_is_refused_at_once() -> None:
    text = (
        f'format = "charter/1"\ntimezone = "UTC"\norganisation.name = "x"\n{"a." * 40_000}b = 1\n'
    )
    start = time.perf_counter()
    assert "40 001 parts" in limit_issue(text, format="toml")[1]
    assert time.perf_counter() - start < 1


def test_toml_nested_deeper_than_its_brackets_show_is_refused_with_a_path() -> None:
    inner = "1"
    for _ in range(6):
        inner = "{" + ".".join(["k"] * 6) + " = " + inner + "}"
    path, message = limit_issue(f"x = {inner}", format="toml")
    assert path.startswith("$.x.k.k.k")
    assert "nested more than 32 deep" in message


def test_nesting_within_a_raised_limit_reaches_the_reader() -> None:
    text = '{"a": ' * 40 + "1" + "}" * 40
    document = json.dumps(MINIMAL)[:-1] + ', "x": ' + text + "}"
    [(path, message)] = issues_of(document, limits=Limits(max_depth=50))
    assert (path, message) == ("$", "unknown fields 'x'")


def _many(key: str, count: int, item: Any) -> str:
    return json.dumps({**MINIMAL, key: [item] * count})


@pytest.mark.parametrize(
    ("key", "limit", "noun"),
    [
        ("channels", "max_channels", "channels"),
        ("guarantees", "max_guarantees", "guarantees"),
        ("calendars", "max_calendars", "calendars"),
    ],
)
def test_counts_over_their_limits(key: str, limit: str, noun: str) -> None:
    path, message = limit_issue(_many(key, 4, {}), limits=Limits(**{limit: 3}))
    assert path == f"$.{key}"
    assert message.startswith(f"4 {noun}, more than the limit of 3")
    assert f"{limit}=" in message
    assert all(limit not in m for _, m in issues_of(_many(key, 3, {}), limits=Limits(**{limit: 3})))


def test_the_default_count_limits() -> None:
    for key, count in (("channels", 10_001), ("guarantees", 10_001), ("calendars", 1_001)):
        assert limit_issue(_many(key, count, 0))[0] == f"$.{key}"


def test_closure_days_over_their_limit() -> None:
    closures = {f"2026-{m:02d}-{d:02d}": "x" for m in range(1, 13) for d in range(1, 29)}
    calendar = {"id": "c", "holidays": "be-legal", "closures": closures}
    text = json.dumps({**MINIMAL, "calendars": [calendar]})
    path, message = limit_issue(text, limits=Limits(max_closures=300))
    assert path == "$.calendars[0].closures"
    assert message.startswith("336 closure days, more than the limit of 300")
    assert charter.loads(text).calendars[0].closures.entries


@pytest.mark.parametrize(
    "hours",
    [
        "; ".join(["Mo 09:00-12:00"] * 11),
        {"osm": "Mo 09:00-10:00, Tu 09:00-10:00 || " + "; ".join(["We off"] * 9)},
        {"weekly": {"Mo": "09:00-12:00"}, "special": [{"start": "Dec 24"}] * 10},
        {"seasons": [{"start": "Jan 01", "end": "Jun 30", "weekly": {"Mo": "09:00-12:00"}}] * 6},
    ],
    ids=["semicolons", "commas-and-fallback", "special-days", "seasons"],
)
def test_opening_hours_rules_over_their_limit(hours: object) -> None:
    channel = {"id": "desk", "kind": "counter", "name": "Desk", "hours": hours}
    text = json.dumps({**MINIMAL, "channels": [channel]})
    path, message = limit_issue(text, limits=Limits(max_rules=10))
    assert path == "$.channels[0].hours"
    assert message.startswith("opening hours of more than 10 rules together")


def test_opening_hours_rules_are_counted_across_the_document() -> None:
    channel = {"id": "desk", "kind": "counter", "name": "Desk", "hours": "Mo 09:00-12:00"}
    channels = [{**channel, "id": f"desk-{k}"} for k in range(11)]
    path, _ = limit_issue(
        json.dumps({**MINIMAL, "channels": channels}), limits=Limits(max_rules=10)
    )
    assert path == "$.channels[10].hours"


def test_a_comment_in_opening_hours_is_not_counted() -> None:
    hours = 'Mo 09:00-12:00 "by appointment; call first, or mail"'
    channel = {"id": "desk", "kind": "counter", "name": "Desk", "hours": hours}
    text = json.dumps({**MINIMAL, "channels": [channel]})
    assert charter.loads(text, limits=Limits(max_rules=1)).channels[0].hours is not None


# -- what a document may hold -------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["json", "toml"])
def test_a_byte_order_mark_is_ignored(kind: Literal["json", "toml"], tmp_path: Path) -> None:
    text = charter.examples.text("federal" if kind == "json" else "municipal")
    assert charter.loads("\ufeff" + text, format=kind) == charter.loads(text, format=kind)
    path = tmp_path / f"bom.{kind}"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert charter.load(path) == charter.loads(text, format=kind)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_has_no_nan_nor_infinity(constant: str) -> None:
    text = json.dumps(MINIMAL)[:-1] + f', "version": {constant}}}'
    assert issues_of(text) == [("$", f"{constant} is not a number JSON allows")]


def test_a_number_of_thousands_of_digits_is_named_so() -> None:
    text = json.dumps(MINIMAL)[:-1] + ', "version": ' + "1" * 5000 + "}"
    assert issues_of(text) == [("$", "not a readable document: a number of more than 4300 digits")]


@pytest.mark.parametrize(
    ("character", "kind"),
    [
        ("\x1b", "the control character \\x1b"),
        ("\x07", "the control character \\x07"),
        ("\x00", "the control character \\x00"),
        ("\x85", "the control character \\x85"),
        ("\x7f", "the control character \\x7f"),
        ("\u202e", "the bidirectional control \\u202e"),
        ("\u2066", "the bidirectional control \\u2066"),
        ("\ud800", "a lone surrogate \\ud800"),
    ],
    ids=["ESC", "BEL", "NUL", "NEL", "DEL", "RLO", "LRI", "surrogate"],
)
def test_control_characters_are_refused_with_their_paths(character: str, kind: str) -> None:
    document = {
        **MINIMAL,
        "organisation": {"name": {"nl": f"Gemeente{character}"}},
        "version": "2026",
        "channels": [{"id": "d", "kind": "counter", "name": "D", "hours": f"Mo {character}"}],
    }
    escaped = kind.rsplit(" ", 1)[1]
    issues = issues_of(json.dumps(document))
    assert [path for path, _ in issues] == ["$.organisation.name.nl", "$.channels[0].hours"]
    assert issues[0][1] == f"'Gemeente{escaped}' holds {kind} at position 8: {_why(character)}"
    assert issues[1][1].startswith(f"'Mo {escaped}' holds {kind} at position 3")


def _why(character: str) -> str:
    if "\ud800" <= character <= "\udfff":
        return "not Unicode text"
    if "\u202a" <= character <= "\u2069":
        return "it can make a text read otherwise than it is"
    return "documents hold none but tab and line breaks"


def test_tabs_and_line_breaks_are_text() -> None:
    document = {
        **MINIMAL,
        "organisation": {"name": "Gemeente\tVoorbeeld"},
        "referral": {"statement": "We send it on.\r\nWe tell you."},
    }
    c = charter.loads(json.dumps(document))
    assert c.organisation.name["en"] == "Gemeente\tVoorbeeld"
    assert c.referral is not None
    assert c.referral.statement["en"].endswith("\r\nWe tell you.")


def test_a_control_character_in_a_key_or_in_toml_is_refused() -> None:
    document = {**MINIMAL, "organisation": {"name": {"n\x1bl": "x"}}}
    [(path, message)] = issues_of(json.dumps(document))
    assert path == "$.organisation.name"
    assert message.startswith("the key 'n\\x1bl' holds the control character")
    toml = 'format = "charter/1"\ntimezone = "UTC"\norganisation.name = "a\\u202Eb"\n'
    assert issues_of(toml, format="toml")[0][0] == "$.organisation.name"
    raw = json.dumps(MINIMAL, ensure_ascii=False).replace("Gemeente", "Gemeente\u202e")
    assert issues_of(raw)[0][0] == "$.organisation.name.nl"


# -- absurd values ------------------------------------------------------------------------------

TARGET = {"channel": "phone", "share": "80 %", "within_seconds": 120}
PHONE = {"id": "phone", "kind": "telephone", "name": "Phone", "hours": "24/7"}


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            {"channels": [PHONE], "reachability": [{**TARGET, "within_seconds": 10**4000}]},
            "$.reachability[0].within_seconds",
            "at most 31622400 (366 days), got a whole number of 4001 digits",
        ),
        (
            {"channels": [PHONE], "reachability": [{**TARGET, "within_seconds": 366 * 86400 + 1}]},
            "$.reachability[0].within_seconds",
            "at most 31622400 (366 days), got 31622401",
        ),
        (
            {"valid_from": "0001-01-01"},
            "$.valid_from",
            "date 0001-01-01 is outside the supported years 1900-2200",
        ),
        (
            {"valid_until": "9999-12-31"},
            "$.valid_until",
            "date 9999-12-31 is outside the supported years 1900-2200",
        ),
        (
            {"calendars": [{"id": "c", "holidays": "be-legal", "closures": {"1899-12-31": "x"}}]},
            "$.calendars[0].closures",
            "date 1899-12-31 is outside the supported years 1900-2200",
        ),
        (
            {
                "channels": [
                    {
                        **PHONE,
                        "hours": {
                            "weekly": {"Mo": "09:00-12:00"},
                            "special": [{"start": "2201-01-01"}],
                        },
                    }
                ]
            },
            "$.channels[0].hours",
            "date 2201-01-01 is outside the supported years 1900-2200",
        ),
    ],
    ids=["seconds-huge", "seconds-year", "valid-from", "valid-until", "closure", "special-day"],
)
def test_absurd_values_are_refused_with_the_supported_range(
    change: dict[str, object], path: str, message: str
) -> None:
    issues = issues_of(json.dumps({**MINIMAL, **change}))
    assert any(p == path and message in m for p, m in issues), issues


def test_absurd_counts_in_rules_and_extensions() -> None:
    guarantee = {
        "id": "g",
        "kind": "decision",
        "description": "x",
        "period": "5 days",
        "calendar": "c",
        "rule": {"name": "r", "min_working_days": 10_001},
        "extension": {"by": "5 days", "times": 101},
    }
    calendar = {"id": "c", "holidays": "be-legal"}
    issues = issues_of(json.dumps({**MINIMAL, "calendars": [calendar], "guarantees": [guarantee]}))
    assert [p for p, _ in issues] == [
        "$.guarantees[0].rule",
        "$.guarantees[0].extension.times",
    ]
    assert "min_working_days must be a whole number 0 to 10000, got 10001" in issues[0][1]
    assert "at least 1 and at most 100, got 101" in issues[1][1]


def test_a_charters_validity_dates_are_checked_in_python_too() -> None:
    c = charter.examples.load()
    with pytest.raises(UnsupportedYearError):
        attrs.evolve(c, valid_from=date(1, 1, 1))
    with pytest.raises(CharterTypeError):
        attrs.evolve(c, valid_until=datetime(2026, 1, 1, tzinfo=UTC))
