"""Case documents (``charter.io.cases``): the loader and its JSON Schema agree.

Generated histories in order pass both; each mutation a schema can see fails both.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import charter
from charter import CharterValidationError
from charter.cli.cases import MAX_CASE_BYTES as COMMAND_LIMIT
from charter.io.cases import MAX_CASE_BYTES, case_schema, load_case, loads_case

SERVICE = charter.examples.load()
SCHEMA = case_schema()
VALIDATOR = Draft202012Validator(SCHEMA)
DOCUMENT = {
    "guarantee": "substantive",
    "received": "2026-12-01T10:00+01:00",
    "reference": "S-9",
    "events": [
        {"event": "suspended", "at": "2026-12-03T09:00+01:00", "reason": {"en": "a payslip"}},
        {"event": "resumed", "at": "2026-12-08T14:00+01:00"},
        {"event": "extended", "at": "2026-12-20T09:00+01:00", "by": "45 days"},
        {"event": "answered", "at": "2027-01-04T12:00+01:00"},
    ],
}


def schema_accepts(document: object) -> bool:
    return bool(VALIDATOR.is_valid(document))


def loader_accepts(document: object) -> bool:
    try:
        loads_case(json.dumps(document), charter=SERVICE)
    except CharterValidationError:
        return False
    return True


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


def test_the_documented_case_passes_both() -> None:
    assert schema_accepts(DOCUMENT)
    case = loads_case(json.dumps(DOCUMENT), charter=SERVICE)
    assert [type(e).__name__ for e in case.events] == [
        "Suspended",
        "Resumed",
        "Extended",
        "Answered",
    ]
    assert case.reference == "S-9"


def test_the_command_and_the_library_share_the_limit() -> None:
    assert COMMAND_LIMIT == MAX_CASE_BYTES


def _at(start: datetime, minutes: int, offset: int) -> str:
    zone = UTC if offset == 0 else None
    moment = start + timedelta(minutes=minutes)
    if zone is UTC:
        return moment.strftime("%Y-%m-%dT%H:%MZ")
    return moment.strftime("%Y-%m-%dT%H:%M") + f"+{offset:02d}:00"


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    """A case in order: received, optionally suspended and resumed, extended, answered."""
    start = datetime(2026, 1, 1) + timedelta(days=draw(st.integers(0, 700)))
    offset = draw(st.sampled_from([0, 1, 2]))
    minutes = sorted(draw(st.lists(st.integers(1, 60 * 24 * 20), min_size=4, max_size=4)))
    kinds = draw(st.sampled_from([[], ["answered"], ["suspended", "resumed"], ["extended"]]))
    events: list[dict[str, Any]] = []
    for kind, at in zip(kinds, minutes, strict=False):
        event: dict[str, Any] = {"event": kind, "at": _at(start, at, offset)}
        if kind == "extended":
            event["by"] = "45 days"
        events.append(event)
    document: dict[str, Any] = {
        "guarantee": "substantive",
        "received": _at(start, 0, offset),
        "events": events,
    }
    if draw(st.booleans()):
        document["reference"] = draw(st.text(max_size=8))
    return document


@given(documents())
def test_generated_cases_pass_both(document: dict[str, Any]) -> None:
    assert schema_accepts(document)
    assert loader_accepts(document)


MUTATIONS = {
    "no guarantee": lambda d: d.pop("guarantee"),
    "no received": lambda d: d.pop("received"),
    "an unknown field": lambda d: d.update(colour="red"),
    "received a number": lambda d: d.update(received=3),
    "received a word": lambda d: d.update(received="yesterday"),
    "received out of range": lambda d: d.update(received="2201-01-01T10:00Z"),
    "a bad guarantee id": lambda d: d.update(guarantee="Not An Id!"),
    "reference a number": lambda d: d.update(reference=5),
    "events an object": lambda d: d.update(events={}),
    "an event a string": lambda d: d["events"].__setitem__(0, "suspended"),
    "an unknown event kind": lambda d: d["events"][0].update(event="paused"),
    "an event without at": lambda d: d["events"][1].pop("at"),
    "an event with an unknown field": lambda d: d["events"][1].update(colour="red"),
    "an extension without by": lambda d: d["events"][2].pop("by"),
    "an extension by no period": lambda d: d["events"][2].update(by="soon"),
    "a reason on an answer": lambda d: d["events"][3].update(reason="done"),
}


@pytest.mark.parametrize("name", MUTATIONS)
def test_targeted_mutations_fail_both(name: str) -> None:
    document = copy.deepcopy(DOCUMENT)
    MUTATIONS[name](document)
    assert not schema_accepts(document)
    assert not loader_accepts(document)


@given(documents(), st.sampled_from(sorted(MUTATIONS)))
def test_generated_mutations_fail_both(document: dict[str, Any], name: str) -> None:
    document = {**copy.deepcopy(DOCUMENT), **document}
    document["events"] = copy.deepcopy(DOCUMENT["events"])
    MUTATIONS[name](document)
    assert not schema_accepts(document)
    assert not loader_accepts(document)


def test_every_problem_has_its_path() -> None:
    document = {
        "guarantee": "nope",
        "received": "yesterday",
        "colour": "red",
        "events": [{"event": "paused", "at": "x"}, {"event": "extended", "at": 3}],
    }
    with pytest.raises(CharterValidationError) as caught:
        loads_case(json.dumps(document), charter=SERVICE)
    paths = {issue.path for issue in caught.value.issues}
    assert paths == {
        "$.guarantee",
        "$.received",
        "$.colour",
        "$.events[0].event",
        "$.events[1].at",
    }


def test_a_local_time_needs_a_charter_and_exists_once_in_its_zone() -> None:
    local = json.dumps({"guarantee": "informative", "received": "2026-12-01T10:00"})
    with pytest.raises(CharterValidationError, match="has no offset"):
        loads_case(local)
    notes: list[str] = []
    case = loads_case(local, charter=SERVICE, notes=notes)
    assert case.received.isoformat() == "2026-12-01T10:00:00+01:00"
    assert notes == ["2026-12-01T10:00 read as Europe/Brussels time (+01:00)"]
    twice = local.replace("2026-12-01T10:00", "2026-10-25T02:30")
    with pytest.raises(CharterValidationError, match="happens twice"):
        loads_case(twice, charter=SERVICE)


def test_keys_given_twice_and_history_out_of_order() -> None:
    with pytest.raises(CharterValidationError) as caught:
        loads_case('{"guarantee": "a", "events": [{"at": 1, "at": 2}], "guarantee": "b"}')
    assert [i.path for i in caught.value.issues] == ["$.guarantee", "$.events[0].at"]
    resumed = {**DOCUMENT, "events": [{"event": "resumed", "at": "2026-12-02T10:00Z"}]}
    with pytest.raises(CharterValidationError) as caught:
        loads_case(json.dumps(resumed))
    assert caught.value.issues[0].path == "$.events[0]"


def test_a_file_is_read_up_to_its_limit(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    assert load_case(path, charter=SERVICE).reference == "S-9"
    with pytest.raises(CharterValidationError, match="max_bytes"):
        load_case(path, max_bytes=10)
    path.write_bytes(b"\xff")
    with pytest.raises(CharterValidationError, match="is not UTF-8"):
        load_case(path)
    with pytest.raises(CharterValidationError, match="cannot read"):
        load_case(tmp_path / "none.json")
