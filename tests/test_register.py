"""The informal register (je, tu, du) as a charter setting (issue 20, item 11)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo

import jsonschema
import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

import charter
from charter import CharterError
from charter.language import describe_deadline
from charter.language.messages import Messages
from charter.text import Register

B = ZoneInfo("Europe/Brussels")
#: The formal pronouns of each language, and the informal ones.
FORMAL = {
    "nl": r"\b(u|uw|U|Uw)\b",
    "fr": r"\b(vous|votre|vos|Vous|Votre|Vos)\b(?<!rendez-vous)",
    "de": r"\b(Sie|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres|Ihnen)\b",
}
INFORMAL = {
    "nl": r"\b(je|jij|jou|jouw|Je|Jij|Ben)\b",
    "fr": r"\b(tu|te|t'|ton|ta|tes|toi|Tu|Ton|Ta)\b|\bt'",
    "de": r"\b(du|dich|dir|dein|deine|deinem|deinen|deiner|Du|Dein|Deine|Bist)\b",
}
YOU = re.compile(r"\b(you|your|You|Your)\b")
PLACEHOLDER = re.compile(r"\{\w+\}")


def _catalog(language: str, domain: str) -> Catalog:
    path = resources.files("charter.language").joinpath(
        f"locale/{language}/LC_MESSAGES/{domain}.po"
    )
    with path.open("rb") as file:
        return read_po(file, locale=language)


def _strings(value: str | tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, tuple | list) else (value,)


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_the_informal_catalogue_follows_the_formal_one(language: str) -> None:
    formal = _catalog(language, "charter")
    informal = _catalog(language, "charter-informal")
    for message in informal:
        if not message.id:
            continue
        found = formal.get(message.id, context=message.context)
        assert found is not None, f"{message.id!r} is not a message of charter.po"
        for ours, theirs in zip(_strings(message.string), _strings(found.string), strict=True):
            assert ours, f"{message.id!r} has no informal text"
            assert sorted(PLACEHOLDER.findall(ours)) == sorted(PLACEHOLDER.findall(theirs))
            assert not re.search(FORMAL[language], ours), ours
            assert re.search(INFORMAL[language], ours), ours
    # Every message that addresses the reader formally has its informal form.
    for message in formal:
        ids = _strings(message.id) if message.id else ()
        said = _strings(message.string) if message.string else ()
        if not any(YOU.search(i) for i in ids):
            continue
        if any(re.search(FORMAL[language], s) for s in said):
            assert informal.get(message.id, context=message.context) is not None, message.id


def _document(register: str | None) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(charter.dumps(charter.examples.load()))
    if register is not None:
        doc["register"] = register
    return doc


INFORMAL_CHARTER = charter.loads(json.dumps(_document("informal")))


def test_the_register_loads_round_trips_and_passes_the_schema() -> None:
    doc = _document("informal")
    jsonschema.validate(doc, charter.json_schema())
    assert INFORMAL_CHARTER.register is Register.INFORMAL
    assert charter.examples.load().register is Register.FORMAL
    assert charter.loads(charter.dumps(INFORMAL_CHARTER)) == INFORMAL_CHARTER
    assert "register" not in json.loads(charter.dumps(charter.examples.load()))
    bad = _document("casual")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, charter.json_schema())
    with pytest.raises(CharterError, match=r"\$\.register"):
        charter.loads(json.dumps(bad))
    with pytest.raises(CharterError, match="not a register"):
        Messages("nl_BE", "casual")


@pytest.mark.parametrize(
    ("locale", "formal", "informal"),
    [
        (
            "nl_BE",
            "In dit charter leest u wat u van ons mag verwachten en wat we van u verwachten.",
            "In dit charter lees je wat je van ons mag verwachten en wat we van jou verwachten.",
        ),
        (
            "fr_BE",
            "Cette charte précise ce que vous pouvez attendre de nous",
            "Cette charte précise ce que tu peux attendre de nous et ce que nous attendons de toi.",
        ),
        (
            "de_BE",
            "In dieser Charta erfahren Sie, was Sie von uns erwarten können",
            "In dieser Charta erfährst du, was du von uns erwarten kannst und was wir von dir",
        ),
        ("en", "In this charter you read", "In this charter you read"),
    ],
)
def test_the_charter_speaks_in_its_register(locale: str, formal: str, informal: str) -> None:
    said = charter.render(INFORMAL_CHARTER, locale=locale)
    assert informal in said
    if formal != informal:
        assert formal not in said
        assert formal in charter.render(charter.examples.load(), locale=locale)


@pytest.mark.parametrize(
    ("locale", "received", "promise"),
    [
        ("nl_BE", "We hebben je vraag ontvangen op", "Je krijgt uiterlijk op"),
        ("fr_BE", "Ta demande nous est parvenue le", "Tu recevras une réponse au plus tard le"),
        ("de_BE", "Deine Anfrage ist am", "Du erhältst spätestens am"),
    ],
)
def test_an_explanation_speaks_in_the_register_asked(
    locale: str, received: str, promise: str
) -> None:
    d = INFORMAL_CHARTER.deadline("informative", datetime(2026, 12, 23, 10, tzinfo=B))
    text = describe_deadline(d, locale, register="informal")
    assert text.explanation[0].startswith(received)
    assert text.promise.startswith(promise)
    formal = describe_deadline(d, locale)
    assert not formal.explanation[0].startswith(received)
