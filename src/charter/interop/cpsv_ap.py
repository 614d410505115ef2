"""The charter as CPSV-AP 3.2 JSON-LD, for public-service catalogues (docs/interop.md).

The Core Public Service Vocabulary Application Profile is what the EU Single Digital
Gateway and the regional product catalogues exchange. The charter becomes:

- its organisation, a ``m8g:PublicOrganisation`` (names, enterprise number, its area);
- each guarantee, a ``cpsv:PublicService`` of that organisation, with its
  ``m8g:processingTime`` where ISO 8601 says the period exactly;
- each channel, a ``m8g:Channel`` (its kind as a concept, its name, its opening hours as
  ``time:TemporalEntity`` nodes), its contact details a ``m8g:ContactPoint``.

The document uses the vocabulary's own JSON-LD context, and a context of its own for
the extension namespace :data:`NS`, which carries what CPSV-AP cannot say (a period in
working days, a counting rule, a target share, the hours exactly, ...), each term
documented in docs/interop.md. Nothing is dropped: :func:`charter.interop.from_cpsv_ap`
reads the charter back whole.

>>> import charter
>>> from charter.interop import to_cpsv_ap
>>> data = to_cpsv_ap(charter.examples.load())
>>> data["charter:services"]["@list"][2]["PublicService.processingTime"]
'P30D'
>>> data["charter:services"]["@list"][1]["charter:period"]
'5 working days'
"""

from __future__ import annotations

from typing import Any

from charter.errors import CharterTypeError, InteropError, Issue, OpeningHoursError
from charter.hours.model import OpeningHours, SpecialHours
from charter.interop._common import JsonLd, iso_duration, tagged
from charter.io import _data as document_of  # the charter document's own form of each part
from charter.model.channels import Channel
from charter.model.charter import Charter
from charter.model.contact import PostalAddress
from charter.model.guarantees import Guarantee
from charter.text import LocalizedText

__all__ = [
    "CONTEXT",
    "CPSV_AP_CONTEXT",
    "EXTENSION_CONTEXT",
    "NS",
    "SPATIAL_BELGIUM",
    "language_iri",
    "to_cpsv_ap",
]

#: The extension namespace: what CPSV-AP cannot say (docs/interop.md lists every term).
NS = "https://w3id.org/charter/ns#"
#: The JSON-LD context CPSV-AP 3.2.0 publishes (the SEMICeu/CPSV-AP release).
CPSV_AP_CONTEXT = "https://semiceu.github.io/CPSV-AP/releases/3.2.0/context/cpsv-ap.jsonld"
#: The extension namespace's terms, as a JSON-LD 1.1 context.
EXTENSION_CONTEXT: dict[str, Any] = {
    "@version": 1.1,
    "charter": NS,
    "locn": "http://www.w3.org/ns/locn#",
    "locn:address": {"@type": "@id"},
    "charter:organisation": {"@type": "@id"},
    "charter:channels": {"@container": "@list", "@type": "@id"},
    "charter:services": {"@container": "@list", "@type": "@id"},
    "charter:contactPoint": {"@type": "@id"},
    "charter:website": {"@type": "@id"},
    "charter:websites": {"@type": "@json"},
    "charter:languages": {"@container": "@list"},
    "charter:paymentMethods": {"@container": "@list"},
    "charter:partner": {"@container": "@language"},
    "charter:validFrom": {"@type": "http://www.w3.org/2001/XMLSchema#date"},
    "charter:validUntil": {"@type": "http://www.w3.org/2001/XMLSchema#date"},
    "charter:suspensionAllowed": {"@type": "http://www.w3.org/2001/XMLSchema#boolean"},
    **{
        f"charter:{name}": {"@type": "@json"}
        for name in (
            "accessibility",
            "calendars",
            "countingRule",
            "dataReuse",
            "duties",
            "extension",
            "fee",
            "hours",
            "quality",
            "reachability",
            "referral",
            "sources",
            "phones",
        )
    },
}
#: The context of the documents: CPSV-AP's, then the extension's.
CONTEXT: list[Any] = [CPSV_AP_CONTEXT, EXTENSION_CONTEXT]
#: Belgium in the EU's table of countries, the area of an organisation with an enterprise number.
SPATIAL_BELGIUM = "http://publications.europa.eu/resource/authority/country/BEL"

#: The charter's languages in the EU's table of languages; any other ISO 639 code is
#: written as the Library of Congress's IRI for it.
_EU_LANGUAGES = {"nl": "NLD", "fr": "FRA", "de": "DEU", "en": "ENG"}
_EU_LANGUAGE = "http://publications.europa.eu/resource/authority/language/"

#: The fields of a guarantee (its document form) that go to the extension, by term.
GUARANTEE_TERMS = {
    "kind": "charter:kind",
    "period": "charter:period",
    "rule": "charter:countingRule",
    "calendar": "charter:calendar",
    "target": "charter:target",
    "warning": "charter:warning",
    "suspension_allowed": "charter:suspensionAllowed",
    "extension": "charter:extension",
    "legal_maximum": "charter:legalMaximum",
    "legal_source": "charter:legalSource",
    "fee": "charter:fee",
    "starts": "charter:starts",
    "target_per": "charter:targetPer",
}
#: The fields of a channel that go to the extension, by term.
CHANNEL_TERMS = {
    "hours": "charter:hours",
    "languages": "charter:languages",
    "accessibility": "charter:accessibility",
    "appointment": "charter:appointment",
    "payment_methods": "charter:paymentMethods",
    "partner": "charter:partner",
}
#: The fields of a channel's contact that go to the extension, by term.
CONTACT_TERMS = {
    "phone_rate": "charter:phoneRate",
    "phones": "charter:phones",
}
#: The fields of the charter that go to the extension, by term.
CHARTER_TERMS = {
    "timezone": "charter:timezone",
    "languages": "charter:languages",
    "version": "charter:version",
    "valid_from": "charter:validFrom",
    "valid_until": "charter:validUntil",
    "calendars": "charter:calendars",
    "reachability": "charter:reachability",
    "duties": "charter:duties",
    "data_reuse": "charter:dataReuse",
    "referral": "charter:referral",
    "quality": "charter:quality",
    "sources": "charter:sources",
    "register": "charter:register",
}


def language_iri(code: str) -> str:
    """The IRI of the language *code* (``nl``): the EU's table, or the Library of Congress's."""
    if code in _EU_LANGUAGES:
        return _EU_LANGUAGE + _EU_LANGUAGES[code]
    part = "iso639-1" if len(code) == 2 else "iso639-2"
    return f"http://id.loc.gov/vocabulary/{part}/{code}"


def to_cpsv_ap(c: Charter, *, spatial: str | None = None) -> JsonLd:
    """The charter *c* as CPSV-AP 3.2 JSON-LD; see the module's documentation.

    *spatial* is the IRI of the area the organisation serves (CPSV-AP requires one), such
    as ``http://publications.europa.eu/resource/authority/country/BEL``. Left out, it is
    Belgium for an organisation with an enterprise number (a Belgian register), and
    :class:`~charter.errors.InteropError` otherwise.
    """
    if not isinstance(c, Charter):
        raise CharterTypeError.expected("a Charter", c)
    document = document_of(c)
    root: JsonLd = {"@context": CONTEXT, "@id": "_:charter", "@type": "charter:Charter"}
    root["charter:organisation"] = _organisation(c, document["organisation"], spatial)
    for field, term in CHARTER_TERMS.items():
        if field in document:
            root[term] = document[field]
    root["charter:channels"] = {
        "@list": [
            _channel(channel, raw)
            for channel, raw in zip(c.channels, document.get("channels", []), strict=True)
        ]
    }
    root["charter:services"] = {
        "@list": [
            _service(c, g, raw)
            for g, raw in zip(c.guarantees, document.get("guarantees", []), strict=True)
        ]
    }
    return root


def _organisation(c: Charter, raw: JsonLd, spatial: str | None) -> JsonLd:
    o = c.organisation
    if spatial is None:
        if o.enterprise_number is None:
            message = (
                "CPSV-AP needs the area the organisation serves: give spatial= (an IRI "
                "such as the EU's country table's), or the enterprise number of a Belgian one"
            )
            raise InteropError([Issue("$.organisation", message)])
        spatial = SPATIAL_BELGIUM
    elif not isinstance(spatial, str) or not spatial.startswith(("http://", "https://")):
        raise CharterTypeError.expected("spatial as an http(s) IRI", spatial)
    node: JsonLd = {"@id": "_:organisation", "@type": "PublicOrganization"}
    node["PublicOrganization.preferredLabel"] = tagged(o.name)
    node["PublicOrganization.spatial"] = [{"@id": spatial, "@type": "Location"}]
    if "enterprise_number" in raw:
        node["Agent.identifier"] = raw["enterprise_number"]
    if isinstance(raw.get("website"), str):
        node["charter:website"] = raw["website"]
    elif "website" in raw:  # one per language: the document's own form, {"nl": "https://…"}
        node["charter:websites"] = raw["website"]
    return node


def _channel(channel: Channel, raw: JsonLd) -> JsonLd:
    node: JsonLd = {"@id": f"_:channel-{channel.id}", "@type": "Channel"}
    node["Channel.identifier"] = channel.id
    kind = {"@id": f"charter:channel/{channel.kind.value}", "@type": "Concept"}
    node["Channel.type"] = kind
    node["Channel.description"] = tagged(channel.name)
    point = _contact_point(channel, raw.get("contact"))
    if point is not None:
        node["charter:contactPoint"] = point
    if channel.hours is not None:
        node["Channel.openingHours"] = [_temporal(_described(channel.hours))]
        specials = [
            _temporal([_notation(_special(s)), *([] if s.note is None else tagged(s.note))])
            for s in channel.hours.special
        ]
        if specials:
            node["Channel.availabilityRestriction"] = specials
    for field, term in CHANNEL_TERMS.items():
        if field in raw:
            value = raw[field]
            node[term] = {"@list": value} if term.endswith(("languages", "Methods")) else value
    return node


def _temporal(described: list[JsonLd]) -> JsonLd:
    node: JsonLd = {"@type": "TemporalEntity"}
    if described:
        node["TemporalEntity.description"] = described
    return node


def _notation(text: str) -> JsonLd:
    """A value in a notation, not a language: BCP 47's ``zxx``."""
    return {"@value": text, "@language": "zxx"}


def _described(hours: OpeningHours) -> list[JsonLd]:
    """The OpenStreetMap value, in each language all its notes have (``zxx`` without notes).

    None for hours OpenStreetMap cannot say (every other week from a date): the exact hours
    are in the extension (``charter:hours``) either way.
    """
    notes = [s.note for s in hours.seasons if s.note is not None]
    notes += [s.note for s in hours.special if s.note is not None]
    notes += [e.note for e in hours.extra if e.note is not None]
    notes += [c.note for c in hours.close_early if c.note is not None]
    try:
        if not notes:
            return [_notation(hours.to_osm())]
        shared = [code for code in notes[0].languages if all(code in n.languages for n in notes)]
        return [{"@value": hours.to_osm(language=code), "@language": code} for code in shared]
    except OpeningHoursError:
        return []


def _special(s: SpecialHours) -> str:
    days = str(s.start) if s.start == s.end else f"{s.start}-{s.end}"
    return f"{days} {','.join(map(str, s.hours)) or 'off'}"


def _contact_point(channel: Channel, raw: JsonLd | None = None) -> JsonLd | None:
    """The channel's contact point; *raw*, the contact's document form, adds the rest.

    CPSV-AP's contact point holds one telephone number and no rate: the rate and the
    other numbers go to the extension (``charter:phoneRate``, ``charter:phones``).
    """
    contact = channel.contact
    node: JsonLd = {"@id": f"_:contact-{channel.id}", "@type": "ContactPoint"}
    if contact.phone is not None:
        node["ContactPoint.hasTelephone"] = [contact.phone.text]
    for field, term in CONTACT_TERMS.items():
        if raw is not None and field in raw:
            node[term] = raw[field]
    if contact.email is not None:
        node["ContactPoint.hasEmail"] = [contact.email.address]
    if contact.url is not None:
        node["ContactPoint.contactPage"] = [{"@id": contact.url.address, "@type": "Document"}]
    if contact.address is not None:
        node["locn:address"] = _address(contact.address)
    return node if len(node) > 2 else None


def _address(a: PostalAddress) -> JsonLd:
    """The address, its street and city in each language they are written in.

    Written once, they are in no language (``und``); written per language (Brussel,
    Bruxelles, Brüssel), each value is tagged with its language.
    """
    return {
        "@type": "Address",
        "Address.thoroughfare": _in_languages(a.street),
        "Address.postCode": [a.postal_code],
        "Address.postName": _in_languages(a.city),
        "Address.administrativeUnitLevel1": [{"@value": a.country, "@language": "und"}],
    }


def _in_languages(part: str | LocalizedText) -> list[JsonLd]:
    if isinstance(part, str):
        return [{"@value": part, "@language": "und"}]
    return tagged(part)


def _service(c: Charter, g: Guarantee, raw: JsonLd) -> JsonLd:
    node: JsonLd = {"@id": f"_:guarantee-{g.id}", "@type": "PublicService"}
    node["PublicService.identifier"] = g.id
    node["PublicService.name"] = tagged(g.description)
    node["PublicService.description"] = tagged(g.description)
    node["PublicService.hasCompetentAuthority"] = [{"@id": "_:organisation"}]
    duration = iso_duration(g.period)
    if duration is not None:
        node["PublicService.processingTime"] = duration
    node["PublicService.language"] = [
        {"@id": language_iri(code), "@type": "LinguisticSystem"} for code in c.languages
    ]
    if g.channels:
        node["PublicService.hasChannel"] = [{"@id": f"_:channel-{i}"} for i in g.channels]
        points = [f"_:contact-{i}" for i in g.channels if _contact_point(c.channel(i))]
        if points:
            node["PublicService.contactPoint"] = [{"@id": point} for point in points]
    for field, term in GUARANTEE_TERMS.items():
        if field in raw:
            node[term] = raw[field]
    return node
