"""Telephone numbers as services write them: national, short, several, and their rate
(issue 20, item 5)."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest

import charter
from charter import CharterError, CharterValidationError
from charter.model import PhoneNumber, PhoneRate, Telephone


@pytest.mark.parametrize(
    ("text", "e164", "dial"),
    [
        ("+32 2 123 45 67", "+3221234567", "+3221234567"),
        ("02 123 45 67", "+3221234567", "+3221234567"),
        ("0800 12 345", "+3280012345", "+3280012345"),
        ("0470/12.34.56", "+32470123456", "+32470123456"),
        ("078 15 15 15", "+3278151515", "+3278151515"),
        ("1700", None, "1700"),
        ("17 18", None, "1718"),
    ],
)
def test_numbers_in_each_form(text: str, e164: str | None, dial: str) -> None:
    number = PhoneNumber.parse(text)
    assert (number.e164, number.dial) == (e164, dial)
    assert number.text == " ".join(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "123",
        "0123",
        "02 123 45",
        "0800 12 345 678 9",
        "2 123 45 67",
        "17000",
        "+0 2 123 45 67",
        "02 (0)123 45 67",
        "1７00",
    ],
)
def test_a_number_in_no_form_is_refused_by_both(text: str) -> None:
    with pytest.raises(CharterError):
        PhoneNumber.parse(text)
    doc = _document(phone=text)
    with pytest.raises(CharterValidationError) as info:
        charter.loads(json.dumps(doc))
    assert [i.path for i in info.value.issues] == ["$.channels[0].contact.phone"]
    schema_refuses = not _schema_accepts(doc)
    # The count of digits is the loader's alone (LOADER_ONLY["PHONE_LENGTH"]).
    digits = re.sub(r"[^0-9]", "", text)
    assert schema_refuses or (text.isascii() and digits[:1] in "01" and "(0)" not in text)


def _document(**contact: object) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(charter.dumps(charter.examples.load()))
    doc["channels"][0]["contact"] = contact
    return doc


def _schema_accepts(doc: dict[str, Any]) -> bool:
    try:
        jsonschema.validate(doc, charter.json_schema())
    except jsonschema.ValidationError:
        return False
    return True


LINE = {"nl": "Vlaamse Infolijn", "fr": "ligne info", "de": "Infolinie", "en": "info line"}
SEVERAL = _document(
    phone="0800 12 345",
    phone_rate="free",
    phones=[
        {"number": "1700", "label": LINE, "rate": "normal"},
        {"number": "070 22 33 44", "rate": "paid"},
    ],
)


def test_several_numbers_load_round_trip_and_pass_the_schema() -> None:
    assert _schema_accepts(SEVERAL)
    c = charter.loads(json.dumps(SEVERAL))
    contact = c.channels[0].contact
    assert contact.phone_rate is PhoneRate.FREE
    assert contact.phones == (
        Telephone(number=PhoneNumber.parse("1700"), label=LINE, rate=PhoneRate.NORMAL),
        Telephone(number="070 22 33 44", rate="paid"),
    )
    assert charter.loads(charter.dumps(c)) == c
    assert charter.loads(charter.dumps(c, format="toml"), format="toml") == c


@pytest.mark.parametrize(
    ("locale", "lines"),
    [
        (
            "nl_BE",
            [
                "- Telefoon: 0800 12 345 (gratis)",
                "- Telefoon (Vlaamse Infolijn): 1700 (normaal tarief)",
                "- Telefoon: 070 22 33 44 (betalend nummer)",
            ],
        ),
        (
            "fr_BE",
            [
                "- Téléphone\u00a0: 0800 12 345 (gratuit)",
                "- Téléphone (ligne info)\u00a0: 1700 (tarif normal)",
                "- Téléphone\u00a0: 070 22 33 44 (numéro payant)",
            ],
        ),
        (
            "de_BE",
            [
                "- Telefon: 0800 12 345 (kostenlos)",
                "- Telefon (Infolinie): 1700 (normaler Tarif)",
                "- Telefon: 070 22 33 44 (kostenpflichtige Nummer)",
            ],
        ),
        (
            "en",
            [
                "- Telephone: 0800 12 345 (free of charge)",
                "- Telephone (info line): 1700 (normal rate)",
                "- Telephone: 070 22 33 44 (paid number)",
            ],
        ),
    ],
)
def test_numbers_and_rates_are_said_in_each_language(locale: str, lines: list[str]) -> None:
    c = charter.loads(json.dumps(SEVERAL))
    rendered = charter.render(c, locale=locale).splitlines()
    start = rendered.index(lines[0])
    assert rendered[start : start + 3] == lines


def test_the_page_dials_each_number() -> None:
    c = charter.loads(json.dumps(SEVERAL))
    page = charter.render(c, locale="nl_BE", format="html")
    assert re.findall(r'href="tel:([^"]*)"', page)[:3] == ["+3280012345", "1700", "+3270223344"]


def test_a_label_with_braces_is_shown_as_written() -> None:
    doc = _document(phones=[{"number": "1700", "label": dict.fromkeys(LINE, "{number} {x}")}])
    c = charter.loads(json.dumps(doc))
    assert "- Telefoon ({number} {x}): 1700" in charter.render(c, locale="nl_BE").splitlines()


def test_a_trunk_zero_after_32_and_a_rate_without_a_number_are_refused() -> None:
    with pytest.raises(CharterError, match="without its trunk 0"):
        PhoneNumber.parse("+32 0 2 123 45 67")
    with pytest.raises(CharterError, match="there is no phone"):
        charter.Contact(phone_rate="paid")
