"""Hostile input (issue 13): nothing lost, nothing unbounded.

Every document, however large, deep or strange, is read or refused with a
``CharterError``; every message quotes at most a short, escaped excerpt of the input.
"""

from __future__ import annotations

import importlib.util
import json
from typing import Any

import pytest

import charter
from charter import CharterValidationError, UnknownTimezoneError, WorkingCalendar, belgium
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
    document = json.dumps({**MINIMAL, "timezone": "\u202e" + "x" * 5_000_000})
    [(path, message)] = issues_of(document)
    assert path == "$.timezone"
    assert len(message) < SHORT
    assert message.startswith(r"unknown time zone '\u202exxx")
    assert "(5000001 characters)" in message


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
