"""Fax and social media channels (issue 20, item 11)."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

import charter

NAMES = {
    "fax": {"nl": "Fax", "fr": "Fax", "de": "Fax", "en": "Fax"},
    "social": {"nl": "Facebook", "fr": "Facebook", "de": "Facebook", "en": "Facebook"},
}


def _service() -> charter.Charter:
    doc: dict[str, Any] = json.loads(charter.dumps(charter.examples.load()))
    doc["channels"] += [
        {
            "id": "fax",
            "kind": "fax",
            "name": NAMES["fax"],
            "contact": {"phone": "02 555 00 01"},
        },
        {
            "id": "social",
            "kind": "social_media",
            "name": NAMES["social"],
            "contact": {"url": "https://www.facebook.com/voorbeeld"},
            "hours": {"osm": "Mo-Fr 09:00-16:00; PH off", "calendar": "federal"},
        },
    ]
    jsonschema.validate(doc, charter.json_schema())
    c = charter.loads(json.dumps(doc))
    assert charter.loads(charter.dumps(c)) == c
    return c


SERVICE = _service()


@pytest.mark.parametrize(
    ("locale", "fax", "page", "reachable"),
    [
        (
            "nl_BE",
            "- Fax: 02 555 00 01",
            "- Pagina: https://www.facebook.com/voorbeeld",
            "- Bereikbaar: ",
        ),
        (
            "fr_BE",
            "- Fax\u00a0: 02 555 00 01",
            "- Page\u00a0: https://www.facebook.com/voorbeeld",
            "- Joignable\u00a0: ",
        ),
        (
            "de_BE",
            "- Fax: 02 555 00 01",
            "- Seite: https://www.facebook.com/voorbeeld",
            "- Erreichbar: ",
        ),
        (
            "en",
            "- Fax: 02 555 00 01",
            "- Page: https://www.facebook.com/voorbeeld",
            "- Reachable: ",
        ),
    ],
)
def test_fax_and_social_media_are_said_in_each_language(
    locale: str, fax: str, page: str, reachable: str
) -> None:
    lines = charter.render(SERVICE, locale=locale).splitlines()
    assert fax in lines
    assert page in lines
    after = lines[lines.index(page) :]
    assert any(line.startswith(reachable) for line in after[:3])


def test_a_fax_number_is_not_a_telephone_link() -> None:
    page = charter.render(SERVICE, locale="nl_BE", format="html")
    assert "tel:+3225550001" not in page
    assert "https://www.facebook.com/voorbeeld" in page
