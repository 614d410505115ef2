"""A charter cites its sources: where its promises are published or set (issue 20)."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

import charter
from charter import CharterError
from charter.interop import from_cpsv_ap, to_cpsv_ap

CITED = [
    (
        "Decreet van 1 juni 2001 tot toekenning van een klachtrecht ten aanzien van "
        "bestuursinstellingen, art. 10"
    ),
    "https://www.example.be/klantencharter",
]


def _document(sources: object) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(charter.dumps(charter.examples.load()))
    doc["sources"] = sources
    return doc


def test_sources_load_round_trip_and_read_back_from_linked_data() -> None:
    doc = _document(CITED)
    jsonschema.validate(doc, charter.json_schema())
    c = charter.loads(json.dumps(doc))
    assert c.sources == tuple(CITED)
    assert charter.loads(charter.dumps(c)) == c
    assert charter.loads(charter.dumps(c, format="toml"), format="toml") == c
    assert from_cpsv_ap(json.loads(json.dumps(to_cpsv_ap(c)))).charter == c
    assert "klachtrecht" not in charter.render(c, locale="nl_BE")  # for the record only


@pytest.mark.parametrize(
    "sources", [[""], ["  "], ["two\nlines"], ["x" * 501], ["x"] * 51, "one text", [3]]
)
def test_a_bad_source_is_refused_by_both(sources: object) -> None:
    doc = _document(sources)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, charter.json_schema())
    with pytest.raises(CharterError, match=r"\$\.sources"):
        charter.loads(json.dumps(doc))
