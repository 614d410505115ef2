import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import charter
from charter import Charter, CharterError, CharterValidationError, Issue, loads
from strategies import charters
from test_model import _charter

MINIMAL: dict[str, Any] = {
    "format": "charter/1",
    "organisation": {"name": {"nl": "Gemeente"}},
    "timezone": "Europe/Brussels",
}

DOCUMENT: dict[str, Any] = {
    "format": "charter/1",
    "organisation": {
        "name": {
            "nl": "FOD Voorbeeld",
            "fr": "SPF Exemple",
            "de": "FÖD Beispiel",
            "en": "FPS Example",
        },
        "enterprise_number": "0203.201.340",
        "website": "https://www.example.be",
    },
    "timezone": "Europe/Brussels",
    "languages": ["nl", "fr", "de", "en"],
    "calendars": [
        {
            "id": "federal",
            "holidays": "be-federal",
            "closures": {"2026-12-28": {"nl": "Compensatiedag", "en": "Compensation day"}},
        },
        {
            "id": "six-days",
            "holidays": "be-legal",
            "workweek": ["mo", "tu", "we", "th", "fr", "sa"],
        },
    ],
    "channels": [
        {
            "id": "phone",
            "kind": "telephone",
            "name": {"nl": "Contactcenter", "en": "Contact centre"},
            "contact": {"phone": "+32 2 123 45 67"},
            "hours": {"osm": "Mo-Fr 09:00-17:00; PH off", "calendar": "federal"},
            "languages": ["nl", "fr"],
        },
        {"id": "email", "kind": "email", "name": "E-mail", "contact": {"email": "info@example.be"}},
        {"id": "site", "kind": "website", "name": "Website", "hours": "24/7"},
    ],
    "guarantees": [
        {
            "id": "info",
            "kind": "informative_question",
            "description": "Questions",
            "period": "5 working days",
            "calendar": "federal",
            "channels": ["email"],
            "target": "90 %",
        },
        {
            "id": "callback",
            "kind": "callback",
            "description": "Callback",
            "period": "4 service hours",
            "calendar": "federal",
            "channels": ["phone"],
        },
        {
            "id": "gdpr",
            "kind": "decision",
            "description": "Access",
            "period": "P1M",
            "rule": "EU_1182_71",
            "calendar": "federal",
            "extension": {"by": "2 months"},
            "legal_maximum": "1 month",
        },
        {
            "id": "complaint",
            "kind": "complaint",
            "description": "Complaints",
            "period": "45 days",
            "calendar": "six-days",
            "rule": {"name": "flemish", "cutoff": "16:00", "roll_forward": False},
        },
    ],
    "reachability": [{"channel": "phone", "share": "80 %", "within_seconds": 120}],
    "duties": [{"text": "Send what we ask", "period": "15 days"}],
    "valid_from": "2026-01-01",
    "version": "2026.1",
}


def test_the_rich_charter_round_trips() -> None:
    rich = _charter()
    text = charter.dumps(rich)
    assert charter.loads(text) == rich
    assert charter.dumps(charter.loads(text)) == text  # canonical
    assert json.loads(text)["format"] == "charter/1"


def test_a_hand_written_document() -> None:
    c = loads(json.dumps(DOCUMENT))
    assert c.channels[0].hours is not None
    assert c.channels[0].hours.holidays is not None
    assert c.guarantees[3].rule.cutoff is not None
    assert c.calendar("federal").day_off(__import__("datetime").date(2026, 12, 28)) is not None
    again = loads(charter.dumps(c))
    assert again == c
    written = json.loads(charter.dumps(c))
    assert written["guarantees"][2]["rule"] == "EU_1182_71"
    assert written["guarantees"][2]["period"] == "1 month"
    assert written["guarantees"][3]["rule"] == {
        "cutoff": "16:00",
        "name": "flemish",
        "roll_forward": False,
    }
    assert written["channels"][0]["hours"] == {
        "calendar": "federal",
        "osm": "Mo-Fr 09:00-17:00; PH off",
    }
    assert written["channels"][2]["hours"] == "24/7"


def test_toml_native_dates_are_read_and_datetimes_refused() -> None:
    head = 'format = "charter/1"\ntimezone = "Europe/Brussels"\n'
    body = '[organisation]\nname = { nl = "X" }\n'
    c = charter.loads(head + "valid_from = 2026-01-01\n" + body, format="toml")
    assert c.valid_from == date(2026, 1, 1)
    with pytest.raises(CharterValidationError) as caught:
        charter.loads(head + "valid_from = 2026-01-01T09:00:00Z\n" + body, format="toml")
    assert [i.path for i in caught.value.issues] == ["$.valid_from"]
    assert "expected a date 'YYYY-MM-DD'" in caught.value.issues[0].message


def test_toml_documents(tmp_path: Path) -> None:
    toml = """
format = "charter/1"
timezone = "Europe/Brussels"

[organisation]
name = { nl = "Gemeente Voorbeeld", fr = "Commune Exemple" }

[[calendars]]
id = "municipal"
holidays = "be-legal+be-flemish"

[[channels]]
id = "desk"
kind = "counter"
name = { nl = "Loket" }
hours = { osm = "Mo-Fr 09:00-12:00; We 13:00-19:00; PH off", calendar = "municipal" }

[[guarantees]]
id = "certificate"
kind = "decision"
description = { nl = "Attest" }
period = "3 working days"
calendar = "municipal"
channels = ["desk"]
"""
    path = tmp_path / "municipal.toml"
    path.write_text(toml, encoding="utf-8")
    c = charter.load(path)
    assert c.organisation.name["fr"] == "Commune Exemple"
    out = tmp_path / "municipal.json"
    charter.dump(c, out)
    assert charter.load(out) == c
    out_toml = tmp_path / "again.toml"
    charter.dump(c, out_toml)
    assert charter.load(out_toml) == c
    rich = _charter()
    assert charter.loads(charter.dumps(rich, format="toml"), format="toml") == rich


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ('{"format": "charter/1",', [("$", "not JSON")]),
        ("[1, 2]", [("$", "expected an object at the top, got list")]),
        ('"charter"', [("$", "expected an object at the top")]),
        ("[" * 100_000, [("$", "nested 100 000 deep, more than the limit of 32")]),
        ('{"x": ' + "1" * 5000 + "}", [("$", "not a readable document")]),
        ({**MINIMAL, "format": "charter/2"}, [("$.format", "unsupported format 'charter/2'")]),
        (
            {k: v for k, v in MINIMAL.items() if k != "format"},
            [("$.format", "required field missing")],
        ),
        (
            {k: v for k, v in MINIMAL.items() if k != "organisation"},
            [("$.organisation", "required field missing")],
        ),
        (
            {**MINIMAL, "timezone": "Europe/Brussel"},
            [("$.timezone", "unknown time zone 'Europe/Brussel'")],
        ),
        ({**MINIMAL, "timezone": 5}, [("$.timezone", "expected a string, got int 5")]),
        ({**MINIMAL, "colour": "blue"}, [("$", "unknown fields 'colour'")]),
        ({**MINIMAL, "organisation": {"name": 5}}, [("$.organisation.name", "expected a text")]),
        (
            {**MINIMAL, "organisation": {"name": {"english": "x"}}},
            [("$.organisation.name", "'english' is not a language code")],
        ),
        (
            {**MINIMAL, "organisation": {"name": {"en": ""}}},
            [("$.organisation.name", "the 'en' text is empty")],
        ),
        (
            {**MINIMAL, "organisation": {"name": "x", "enterprise_number": "0203.201.341"}},
            [("$.organisation.enterprise_number", "wrong check digits")],
        ),
        (
            {**MINIMAL, "organisation": {"name": "x", "enterprise_number": 203201340}},
            [("$.organisation.enterprise_number", "as a string")],
        ),
        (
            {**MINIMAL, "organisation": {"name": "x", "website": "http://example.be"}},
            [("$.organisation.website", "not an https address")],
        ),
        ({**MINIMAL, "languages": ["nl", "it"]}, [("$.languages", "one of nl, fr, de, en")]),
        ({**MINIMAL, "languages": "nl"}, [("$.languages", "")]),
        ({**MINIMAL, "valid_from": "2026-13-01"}, [("$.valid_from", "is not a date")]),
        ({**MINIMAL, "valid_from": 20260101}, [("$.valid_from", "expected a date")]),
        ({**MINIMAL, "version": 1}, [("$.version", "expected a string, got int 1")]),
        ({**MINIMAL, "calendars": {"id": "x"}}, [("$.calendars", "")]),
        (
            {**MINIMAL, "calendars": [{"id": "x"}]},
            [("$.calendars[0].holidays", "required field missing")],
        ),
        (
            {**MINIMAL, "calendars": [{"id": "x", "holidays": "be-legl"}]},
            [("$.calendars[0].holidays", "unknown calendar 'be-legl'")],
        ),
        (
            {**MINIMAL, "calendars": [{"id": "X", "holidays": "be-legal"}]},
            [("$.calendars[0].id", "'X' is not an id")],
        ),
        (
            {**MINIMAL, "calendars": [{"id": "x", "holidays": "be-legal", "workweek": ["mon"]}]},
            [("$.calendars[0].workweek", "'mon' is not a weekday")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [{"id": "x", "holidays": "be-legal", "closures": {"2026-02-30": "x"}}],
            },
            [("$.calendars[0].closures", "'2026-02-30' is not a date")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [
                    {"id": "x", "holidays": "be-legal"},
                    {"id": "x", "holidays": "be-legal"},
                ],
            },
            [("$.calendars[1].id", "duplicate id 'x'")],
        ),
        (
            {
                **MINIMAL,
                "data_reuse": {
                    "statement": "We consult the registers.",
                    "sources": [{"id": "rn", "name": "RN"}, {"id": "rn", "name": "RN bis"}],
                },
            },
            [("$.data_reuse.sources[1].id", "duplicate id 'rn'")],
        ),
        (
            {
                **MINIMAL,
                "quality": {
                    "indicators": [
                        {"id": "q", "description": "One"},
                        {"id": "q", "description": "Two"},
                    ]
                },
            },
            [("$.quality.indicators[1].id", "duplicate id 'q'")],
        ),
        (
            {**MINIMAL, "channels": [{"id": "p", "kind": "telegram", "name": "x"}]},
            [("$.channels[0].kind", "")],
        ),
        (
            {
                **MINIMAL,
                "channels": [
                    {
                        "id": "p",
                        "kind": "telephone",
                        "name": "x",
                        "contact": {"phone": "2 123 45 67"},
                    }
                ],
            },
            [("$.channels[0].contact.phone", "international form")],
        ),
        (
            {
                **MINIMAL,
                "channels": [
                    {
                        "id": "p",
                        "kind": "email",
                        "name": "x",
                        "contact": {"email": "info(at)example.be"},
                    }
                ],
            },
            [("$.channels[0].contact.email", "not an e-mail address")],
        ),
        (
            {
                **MINIMAL,
                "channels": [
                    {
                        "id": "p",
                        "kind": "counter",
                        "name": "x",
                        "contact": {"address": {"street": "Wetstraat 1", "city": "Brussel"}},
                    }
                ],
            },
            [("$.channels[0].contact.address.postal_code", "required field missing")],
        ),
        (
            {
                **MINIMAL,
                "channels": [
                    {
                        "id": "p",
                        "kind": "counter",
                        "name": "x",
                        "hours": "Mo-Fr 09:00-17:00 || Sa off",
                    }
                ],
            },
            [("$.channels[0].hours", "fallback rules ('||') are not supported at position 18")],
        ),
        (
            {
                **MINIMAL,
                "channels": [
                    {
                        "id": "p",
                        "kind": "counter",
                        "name": "x",
                        "hours": "Mo-Fr 09:00-17:00; PH off",
                    }
                ],
            },
            [("$.channels[0].hours", "'PH' needs a holiday calendar: write {'osm'")],
        ),
        (
            {
                **MINIMAL,
                "channels": [
                    {
                        "id": "p",
                        "kind": "counter",
                        "name": "x",
                        "hours": {"osm": "PH off", "calendar": "nope"},
                    }
                ],
            },
            [("$.channels[0].hours", "no calendar 'nope'")],
        ),
        (
            {
                **MINIMAL,
                "channels": [
                    {
                        "id": "p",
                        "kind": "counter",
                        "name": "x",
                        "hours": {"osm": "24/7", "colour": 1},
                    }
                ],
            },
            [("$.channels[0].hours", "unknown fields 'colour'")],
        ),
        (
            {**MINIMAL, "channels": [{"id": "p", "kind": "counter", "name": "x", "hours": 9}]},
            [("$.channels[0].hours", "expected an opening_hours string")],
        ),
        (
            {**MINIMAL, "channels": [{"id": "p", "kind": "business_counter", "name": "x"}]},
            [("$.channels[0].partner", "names its partner")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "5 werkdagen",
                        "calendar": "c",
                    }
                ],
            },
            [("$.guarantees[0].period", "'5 werkdagen' is not a period")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "0 days",
                        "calendar": "c",
                    }
                ],
            },
            [("$.guarantees[0].period", "positive")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {"id": "g", "kind": "mail", "description": "x", "period": 5, "calendar": "c"}
                ],
            },
            [("$.guarantees[0].period", "as a string")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "1 day",
                        "calendar": "c",
                        "rule": "EU",
                    }
                ],
            },
            [("$.guarantees[0].rule", "unknown rule 'EU'")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "1 day",
                        "calendar": "c",
                        "rule": {"name": "r", "end": "noon"},
                    }
                ],
            },
            [("$.guarantees[0].rule", "'noon' is not one of")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "1 day",
                        "calendar": "c",
                        "target": "190 %",
                    }
                ],
            },
            [("$.guarantees[0].target", "at most 100 %")],
        ),
        (
            {
                **MINIMAL,
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "1 day",
                        "calendar": "c",
                        "suspension_allowed": "yes",
                    }
                ],
            },
            [("$.guarantees[0].suspension_allowed", "expected true or false")],
        ),
        (
            {
                **MINIMAL,
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "1 day",
                        "calendar": "c",
                        "channels": ["p"],
                    }
                ],
            },
            [
                ("$.guarantees[0].calendar", "no calendar 'c'"),
                ("$.guarantees[0].channels[0]", "no channel 'p'"),
            ],
        ),
        (
            json.dumps(
                {
                    **MINIMAL,
                    "reachability": [{"channel": "p", "share": "80 %", "within_seconds": 0}],
                }
            ).replace('"within_seconds": 0', '"within_seconds": 1e400'),
            [("$.reachability[0].within_seconds", "expected a whole number, got float inf")],
        ),
        (
            json.dumps({**MINIMAL, "version": 1e400}),  # Python writes "Infinity": not JSON
            [("$", "Infinity is not a number JSON allows")],
        ),
        (
            {
                **MINIMAL,
                "reachability": [{"channel": "p", "share": "80 %", "within_seconds": True}],
            },
            [("$.reachability[0].within_seconds", "expected a whole number, got bool")],
        ),
    ],
)
def test_malformed_documents_report_each_path(
    document: object, expected: list[tuple[str, str]]
) -> None:
    text = document if isinstance(document, str) else json.dumps(document)
    with pytest.raises(CharterValidationError) as info:
        loads(text)
    found = [(issue.path, issue.message) for issue in info.value.issues]
    for path, fragment in expected:
        assert any(p == path and fragment in m for p, m in found), found


def test_several_problems_at_once() -> None:
    document = {**MINIMAL, "timezone": "Mars/Base", "version": 2, "colour": 1, "languages": ["xx"]}
    with pytest.raises(CharterValidationError) as info:
        loads(json.dumps(document))
    paths = {issue.path for issue in info.value.issues}
    assert {"$.timezone", "$.version", "$", "$.languages"} <= paths


def test_files(tmp_path: Path) -> None:
    bad = tmp_path / "charter.json"
    bad.write_bytes(b'{"format": "charter/1", "x": "\xff"}')
    with pytest.raises(CharterValidationError, match="is not UTF-8"):
        charter.load(bad)
    with pytest.raises(CharterValidationError, match=r"expected a \.json or \.toml file"):
        charter.load(tmp_path / "charter.yaml")
    with pytest.raises(CharterValidationError, match="cannot read"):
        charter.load(tmp_path / "missing.json")
    with pytest.raises(CharterValidationError, match="not TOML"):
        charter.loads("format = ", format="toml")


@given(charters())
def test_generated_charters_round_trip(c: Charter) -> None:
    assert charter.loads(charter.dumps(c)) == c


def test_structured_opening_hours() -> None:
    structured = {
        "weekly": {"Mo-Fr": "09:00-12:00,13:00-16:00", "Sa": "10:00-12:00"},
        "seasons": [
            {
                "start": "Jul 01",
                "end": "Aug 31",
                "weekly": {"Mo-Fr": "09:00-13:00"},
                "note": "summer",
            }
        ],
        "special": [
            {"start": "Dec 24", "hours": "09:00-12:00", "note": "Christmas Eve"},
            {
                "start": "2026-08-03",
                "end": "2026-08-14",
                "note": {"nl": "zomersluiting", "en": "summer closure"},
            },
        ],
        "holiday_hours": "10:00-11:00",
        "calendar": "federal",
    }
    document = {
        **DOCUMENT,
        "channels": [{**DOCUMENT["channels"][0], "hours": structured}, *DOCUMENT["channels"][1:]],
    }
    c = loads(json.dumps(document))
    hours = c.channels[0].hours
    assert hours is not None
    assert hours.seasons[0].note is not None
    assert hours.special[1].note is not None
    assert hours.special[1].note["nl"] == "zomersluiting"
    assert str(hours.holiday_hours[0]) == "10:00-11:00"
    assert schema_accepts_document(document)


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ({"weekly": {"Monday": "09:00-12:00"}}, "not a weekday list"),
        ({"weekly": {"Mo": "09:00-12:00"}, "colour": 1}, "unknown fields 'colour'"),
        (
            {"weekly": {}, "seasons": [{"start": "July 1", "end": "Aug 31"}]},
            "not a day of the year",
        ),
        ({"weekly": {}, "special": [{"start": 20260803}]}, "expected a date 'YYYY-MM-DD' or a day"),
        ({"weekly": {}, "special": [{"end": "Dec 24"}]}, "each item needs a start"),
        ({"weekly": {}, "by_appointment": "yes"}, "expected true or false"),
    ],
)
def test_bad_structured_opening_hours(hours: dict[str, object], message: str) -> None:
    document = {
        **DOCUMENT,
        "channels": [{**DOCUMENT["channels"][0], "hours": hours}, *DOCUMENT["channels"][1:]],
    }
    with pytest.raises(CharterValidationError) as info:
        loads(json.dumps(document))
    assert any(
        i.path == "$.channels[0].hours" and message in i.message for i in info.value.issues
    ), info.value.issues


def schema_accepts_document(document: object) -> bool:
    from jsonschema import Draft202012Validator, FormatChecker  # noqa: PLC0415

    return bool(
        Draft202012Validator(charter.json_schema(), format_checker=FormatChecker()).is_valid(
            document
        )
    )


@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=5),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=5), children, max_size=3)
        ),
        max_leaves=12,
    )
)
def test_any_json_value_is_a_validation_error_or_a_charter(value: object) -> None:
    for document in (
        value,
        {**MINIMAL, "channels": value},
        {**MINIMAL, "guarantees": value},
        {**MINIMAL, "organisation": value},
    ):
        issues = _issues_or_none(json.dumps(document))
        assert issues is None or (
            issues and all(i.path.startswith("$") and i.message for i in issues)
        )


def _issues_or_none(text: str) -> tuple[Issue, ...] | None:
    """The issues of a document that does not load; None when it loads (as a Charter)."""
    try:
        assert isinstance(loads(text), Charter)
    except CharterValidationError as error:
        return error.issues
    return None


# -- found in review ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, True, 0, 1.5, "federal", {"id": "x"}])
def test_calendars_of_any_shape_are_a_validation_error(value: object) -> None:
    with pytest.raises(CharterValidationError) as info:
        loads(json.dumps({**MINIMAL, "calendars": value}))
    assert [i.path for i in info.value.issues] == ["$.calendars"]


def test_round_trips_keep_every_language_share_and_second() -> None:
    hours = {
        "weekly": {"Mo-Fr": "09:00-17:00"},
        "special": [
            {
                "start": "2026-08-03",
                "end": "2026-08-14",
                "note": {"nl": "zomersluiting", "fr": "fermeture"},
            }
        ],
    }
    document = {
        **DOCUMENT,
        "channels": [{**DOCUMENT["channels"][0], "hours": hours}, *DOCUMENT["channels"][1:]],
        "guarantees": [
            {**DOCUMENT["guarantees"][0], "target": "87,5 %"},
            {**DOCUMENT["guarantees"][1], "target": 0.123456789},
            DOCUMENT["guarantees"][2],
            {**DOCUMENT["guarantees"][3], "rule": {"name": "x", "cutoff": "16:00:30"}},
        ],
    }
    c = loads(json.dumps(document))
    for text in (charter.dumps(c), charter.dumps(c, format="toml")):
        again = loads(text, format="json" if text.startswith("{") else "toml")
        assert again == c
    written = json.loads(charter.dumps(c))
    assert written["channels"][0]["hours"]["special"][0]["note"] == {
        "nl": "zomersluiting",
        "fr": "fermeture",
    }
    assert written["guarantees"][0]["target"] == "87.5 %"
    assert written["guarantees"][1]["target"] == 0.123456789
    assert written["guarantees"][3]["rule"]["cutoff"] == "16:00:30"


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"version": "\ud800"}, "$.version", "holds a lone surrogate"),
        ({"organisation": {"name": {"nl": "x\ud800"}}}, "$.organisation.name.nl", "lone surrogate"),
        (
            {
                "channels": [
                    {
                        "id": "p",
                        "kind": "telephone",
                        "name": "x",
                        "contact": {"phone": "+32 (0)2 555 00 00"},
                    }
                ]
            },
            "$.channels[0].contact.phone",
            "without the trunk '(0)'",
        ),
        (
            {
                "channels": [
                    {
                        "id": "p",
                        "kind": "counter",
                        "name": "x",
                        "hours": {"weekly": {}, "holiday_hours": "10:00-11:00"},
                    }
                ]
            },
            "$.channels[0].hours",
            "holiday_hours need a calendar",
        ),
        (
            {
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "1 day",
                        "calendar": "c",
                        "rule": {"name": "SERVICE_STANDARD", "cutoff": "16:00"},
                    }
                ],
            },
            "$.guarantees[0].rule",
            "cannot be named 'SERVICE_STANDARD'",
        ),
        (
            {
                "calendars": [{"id": "c", "holidays": "be-legal"}],
                "guarantees": [
                    {
                        "id": "g",
                        "kind": "mail",
                        "description": "x",
                        "period": "1 day",
                        "calendar": "c",
                        "rule": {"name": "x", "base": "EU"},
                    }
                ],
            },
            "$.guarantees[0].rule",
            "unknown base 'EU'",
        ),
    ],
)
def test_more_malformed_documents(change: dict[str, object], path: str, message: str) -> None:
    with pytest.raises(CharterValidationError) as info:
        loads(json.dumps({**MINIMAL, **change}))
    assert any(i.path == path and message in i.message for i in info.value.issues), (
        info.value.issues
    )


def test_a_rule_from_a_base_preset() -> None:
    rule = {"name": "standard-16h", "base": "SERVICE_STANDARD", "cutoff": "16:00"}
    document = {**DOCUMENT, "guarantees": [{**DOCUMENT["guarantees"][0], "rule": rule}]}
    c = loads(json.dumps(document))
    assert c.guarantees[0].rule.roll_forward is False  # kept from the preset
    assert c.guarantees[0].rule.source == charter.SERVICE_STANDARD.source
    assert loads(charter.dumps(c)) == c


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(CharterValidationError, match="the key 'timezone' is given twice"):
        loads(
            '{"format": "charter/1", "organisation": {"name": "x"}, '
            '"timezone": "UTC", "timezone": "Europe/Brussels"}'
        )


def test_a_broken_calendar_or_zone_is_reported_once_where_it_is_written() -> None:
    document = {
        **DOCUMENT,
        "calendars": [
            {**DOCUMENT["calendars"][0], "holidays": "be-legl"},
            DOCUMENT["calendars"][1],
        ],
    }
    with pytest.raises(CharterValidationError) as info:
        loads(json.dumps(document))
    assert [i.path for i in info.value.issues] == ["$.calendars[0].holidays"]
    with pytest.raises(CharterValidationError) as info:
        loads(json.dumps({**DOCUMENT, "timezone": "Mars/Base"}))
    assert [i.path for i in info.value.issues] == ["$.timezone"]


# -- errors that teach (issue 17) ---------------------------------------------------------------


def _problems(read: Callable[[], object]) -> list[tuple[str, str]]:
    with pytest.raises(CharterValidationError) as caught:
        read()
    return [(issue.path, issue.message) for issue in caught.value.issues]


def test_a_bad_kind_lists_the_kinds_in_a_document_and_in_python() -> None:
    data = json.loads(charter.dumps(charter.examples.load()))
    data["guarantees"][0]["kind"] = "call-back"
    kinds = (
        "'acknowledgement', 'informative_question', 'substantive_question', 'decision', "
        "'complaint', 'referral', 'callback', 'mail', 'payment', 'website_freshness', "
        "'appointment', 'waiting_time', 'ready'"
    )
    assert _problems(lambda: charter.loads(json.dumps(data))) == [
        ("$.guarantees[0].kind", f"'call-back' is not one of {kinds}")
    ]
    guarantee = charter.examples.load().guarantees[0]
    with pytest.raises(CharterError) as caught:
        attrs.evolve(guarantee, kind="call-back")
    assert str(caught.value) == f"'call-back' is not a kind of guarantee: {kinds}"


def test_load_given_the_document_itself_says_so_without_quoting_it() -> None:
    text = charter.dumps(charter.examples.load())
    [(path, message)] = _problems(lambda: charter.load(text))
    assert path == "$"
    assert message == (
        "expected a path, got a text that looks like the document itself "
        f"('{{\\n  \"calendars\": [\\n   '... ({len(text)} characters)): "
        "use charter.loads to read a document from a string"
    )
    toml = charter.dumps(charter.examples.load(), format="toml")
    [(_, message)] = _problems(lambda: charter.load(toml))
    assert "looks like the document itself" in message
    assert len(message) < 200


TOML_HINT = "(it looks like TOML: read it with format='toml')"


def test_loads_given_toml_says_not_json_and_names_the_format() -> None:
    toml = charter.dumps(charter.examples.load(), format="toml")
    assert _problems(lambda: charter.loads(toml)) == [
        ("$", "not JSON: Expecting value at line 1 column 1 " + TOML_HINT)
    ]
    assert _problems(lambda: charter.loads('{"format": "charter/1",')) == [
        ("$", "not JSON: Expecting property name enclosed in double quotes at line 1 column 24")
    ]
