"""CPSV-AP: the official SHACL shapes, the round trip, hostile documents, the documented terms."""

from __future__ import annotations

import copy
import functools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pyshacl
import pytest
import rdflib
from hypothesis import HealthCheck, given, settings

import charter
from charter import examples
from charter.errors import InteropError
from charter.interop import NS, from_cpsv_ap, to_cpsv_ap
from charter.interop.cpsv_ap import CPSV_AP_CONTEXT, SPATIAL_BELGIUM, language_iri
from charter.model import Charter, Organisation
from strategies import charters

# rdflib's JSON-LD reader builds a ConjunctiveGraph, which rdflib itself deprecates.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

DATA = Path(__file__).parent / "data"
CPSV = DATA / "cpsv-ap-3.2.0"
DOCS = Path(__file__).parent.parent / "docs"


@functools.cache
def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(CPSV / "cpsv-ap-SHACL.ttl")


@functools.cache
def _official_context() -> dict[str, Any]:
    context: dict[str, Any] = json.loads((CPSV / "cpsv-ap.jsonld").read_text("utf-8"))["@context"]
    return context


def as_graph(document: dict[str, Any]) -> rdflib.Graph:
    """The document as RDF, CPSV-AP's published context read from the copy (no network)."""
    contexts = [_official_context() if c == CPSV_AP_CONTEXT else c for c in document["@context"]]
    local = {**document, "@context": contexts}
    return rdflib.Graph().parse(data=json.dumps(local), format="json-ld")


def violations(document: dict[str, Any]) -> str | None:
    """The SHACL report of the document against CPSV-AP's shapes; None when it conforms."""
    conforms, _, text = pyshacl.validate(as_graph(document), shacl_graph=_shapes())
    return None if conforms else str(text)


# -- the official shapes -------------------------------------------------------------------


@pytest.mark.parametrize("name", examples.names())
def test_the_examples_conform_to_the_official_shapes(name: str) -> None:
    c = examples.load(name)
    document = to_cpsv_ap(c, spatial=SPATIAL_BELGIUM)
    assert violations(document) is None
    graph = as_graph(document)
    cpsv, m8g = (
        rdflib.Namespace("http://purl.org/vocab/cpsv#"),
        rdflib.Namespace("http://data.europa.eu/m8g/"),
    )
    assert len(set(graph.subjects(rdflib.RDF.type, cpsv.PublicService))) == len(c.guarantees)
    assert len(set(graph.subjects(rdflib.RDF.type, m8g.Channel))) == len(c.channels)


def test_the_shapes_do_catch_a_service_without_a_name() -> None:
    # The check is not vacuous: a service without the name CPSV-AP requires is a violation.
    document = to_cpsv_ap(examples.load())
    broken = copy.deepcopy(document)
    del broken["charter:services"]["@list"][0]["PublicService.name"]
    report = violations(broken)
    assert report is not None
    assert "MinCountConstraintComponent" in report


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(charters())
def test_generated_charters_conform_and_read_back(c: Charter) -> None:
    document = to_cpsv_ap(c, spatial="http://publications.europa.eu/resource/authority/country/BEL")
    assert violations(document) is None
    reading = from_cpsv_ap(document)
    assert reading.charter == c
    assert reading.unread == ()


def test_the_processing_time_is_iso_8601_where_it_is_exact() -> None:
    services = to_cpsv_ap(examples.load())["charter:services"]["@list"]
    times = {s["PublicService.identifier"]: s.get("PublicService.processingTime") for s in services}
    assert times["substantive"] == "P30D"
    assert times["personal-data"] == "P1M"
    assert times["informative"] is None  # 5 working days: no ISO 8601 form
    assert times["callback"] is None  # 4 service hours
    periods = {s["PublicService.identifier"]: s["charter:period"] for s in services}
    assert periods["informative"] == "5 working days"
    assert periods["callback"] == "4 service hours"


def test_the_languages_are_the_eu_table_s_or_the_library_of_congress_s() -> None:
    assert language_iri("nl").endswith("/language/NLD")
    assert language_iri("en").endswith("/language/ENG")
    assert language_iri("pl") == "http://id.loc.gov/vocabulary/iso639-1/pl"
    assert language_iri("tzm") == "http://id.loc.gov/vocabulary/iso639-2/tzm"


def test_an_organisation_without_enterprise_number_needs_its_area() -> None:
    c = attrs.evolve(examples.load(), organisation=Organisation(name={"nl": "Dienst"}))
    with pytest.raises(InteropError) as caught:
        to_cpsv_ap(c)
    assert caught.value.issues[0].path == "$.organisation"
    assert "spatial=" in caught.value.issues[0].message
    document = to_cpsv_ap(
        c, spatial="http://publications.europa.eu/resource/authority/atu/BEL_REG_BRU"
    )
    org = document["charter:organisation"]
    assert org["PublicOrganization.spatial"][0]["@id"].endswith("BEL_REG_BRU")
    with pytest.raises(charter.CharterError):
        to_cpsv_ap(c, spatial="Brussels")


# -- the round trip --------------------------------------------------------------------------


@pytest.mark.parametrize("name", examples.names())
def test_the_examples_read_back_whole(name: str) -> None:
    c = examples.load(name)
    document = to_cpsv_ap(c, spatial=SPATIAL_BELGIUM)
    reading = from_cpsv_ap(json.loads(json.dumps(document)))  # through JSON text
    assert reading.charter == c
    assert charter.dumps(reading.charter) == charter.dumps(c)
    assert reading.unread == ()


def test_what_the_model_cannot_hold_is_reported_unread() -> None:
    document = to_cpsv_ap(examples.load())
    service = document["charter:services"]["@list"][0]
    service["PublicService.keyword"] = [{"@value": "attest", "@language": "nl"}]
    document["charter:organisation"]["PublicOrganization.homepage"] = "https://example.be"
    reading = from_cpsv_ap(document)
    assert reading.charter == examples.load()
    assert reading.unread == (
        '$["charter:organisation"]["PublicOrganization.homepage"]',
        '$["charter:services"]["@list"][0]["PublicService.keyword"]',
    )


def _broken(change: str) -> dict[str, Any]:  # noqa: C901 - one change a case
    document = to_cpsv_ap(examples.load())
    services = document["charter:services"]["@list"]
    channels = document["charter:channels"]["@list"]
    if change == "period":
        services[1]["charter:period"] = "5 werkdagen"
    elif change == "no-period":
        del services[1]["charter:period"]
    elif change == "name":
        services[0]["PublicService.name"] = "Attest"
    elif change == "type":
        channels[0]["@type"] = "Service"
    elif change == "kind":
        channels[0]["Channel.type"] = {"@id": "https://example.org/phone"}
    elif change == "list":
        document["charter:channels"] = channels
    elif change == "reference":
        services[0]["PublicService.hasChannel"][0] = {"@id": "_:channel-fax"}
    elif change == "phone":
        channels[0]["charter:contactPoint"]["ContactPoint.hasTelephone"] = ["+32 2", "+32 3"]
    elif change == "rule":
        services[2]["charter:countingRule"] = {"name": "x", "cutoff": "25:00"}
    elif change == "context":
        document["@context"] = "https://example.org/context.jsonld"
    return document


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ("period", '$["charter:services"]["@list"][1]["charter:period"]', "is not a period"),
        ("no-period", '$["charter:services"]["@list"][1]["charter:period"]', "missing"),
        ("name", '$["charter:services"]["@list"][0]["PublicService.name"]', "tagged values"),
        ("type", '$["charter:channels"]["@list"][0]["@type"]', "expected 'Channel'"),
        ("kind", '$["charter:channels"]["@list"][0]["Channel.type"]', "charter:channel/"),
        ("list", '$["charter:channels"]', "@list"),
        (
            "reference",
            '$["charter:services"]["@list"][0]["PublicService.hasChannel"]',
            "no channel 'fax'",
        ),
        (
            "phone",
            '$["charter:channels"]["@list"][0]["charter:contactPoint"]["ContactPoint.hasTelephone"]',
            "one value",
        ),
        ("rule", '$["charter:services"]["@list"][2]["charter:countingRule"]', "cut-off"),
        ("context", "$['@context']", "compact the document"),
    ],
)
def test_a_document_that_is_no_charter_is_refused_with_its_json_ld_path(
    change: str, path: str, words: str
) -> None:
    with pytest.raises(InteropError) as caught:
        from_cpsv_ap(_broken(change))
    assert any(i.path.startswith(path) and words in i.message for i in caught.value.issues), (
        caught.value.issues
    )


@pytest.mark.parametrize(
    "data",
    [None, [], "text", {"@context": []}, {"@type": "charter:Charter"}, {"x": float("nan")}],
)
def test_hostile_input_raises_only_interop_errors(data: object) -> None:
    with pytest.raises(InteropError):
        from_cpsv_ap(data)


def test_a_cycle_or_a_value_json_has_not_is_refused() -> None:
    document = to_cpsv_ap(examples.load())
    looped: list[object] = []
    looped.append(looped)
    document["charter:duties"] = looped
    with pytest.raises(InteropError, match="not JSON data"):
        from_cpsv_ap(document)
    document["charter:duties"] = {1, 2}
    with pytest.raises(InteropError, match="not JSON data"):
        from_cpsv_ap(document)


def test_a_huge_document_meets_the_loader_s_limits() -> None:
    document = to_cpsv_ap(examples.load())
    document["charter:duties"] = [{"text": "x"}] * 5 + [{"text": "y" * 2_100_000}]
    with pytest.raises(InteropError):
        from_cpsv_ap(document)


# -- the extension namespace -----------------------------------------------------------------


def _extension_terms(document: dict[str, Any]) -> set[str]:
    graph = as_graph(document)
    found = set()
    for triple in graph:
        for term in triple:
            if isinstance(term, rdflib.URIRef) and str(term).startswith(NS):
                found.add("charter:" + str(term).removeprefix(NS))
    return found


def test_every_extension_term_is_documented() -> None:
    page = (DOCS / "interop.md").read_text("utf-8")
    documented = set(re.findall(r"`(charter:[A-Za-z/_{}]+)`", page))
    used = set()
    for name in examples.names():
        used |= _extension_terms(to_cpsv_ap(examples.load(name), spatial=SPATIAL_BELGIUM))
    kinds = {term for term in used if term.startswith("charter:channel/")}
    assert kinds  # channel kinds are concepts of the namespace
    assert "charter:channel/{kind}" in documented
    assert used - kinds <= documented, sorted(used - kinds - documented)
    terms = {t for t in to_cpsv_ap(examples.load())["@context"][1] if t.startswith("charter:")}
    assert terms <= documented, sorted(terms - documented)


def test_import_charter_loads_neither_rdflib_nor_icalendar() -> None:
    probe = (
        "import sys, charter, charter.interop; "
        "print(sorted(m for m in ('rdflib', 'icalendar', 'pyld', 'pyshacl') if m in sys.modules))"
    )
    found = subprocess.run(  # noqa: S603 - this interpreter, a fixed probe
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert found.strip() == "[]"
