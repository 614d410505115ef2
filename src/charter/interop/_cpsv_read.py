"""Reading CPSV-AP back: the JSON-LD :func:`~charter.interop.to_cpsv_ap` writes, as a charter.

The reader walks the document as written (compacted with :data:`~charter.interop.cpsv_ap.
CONTEXT`), not an RDF graph: it fetches no context, keeps the order of every list (the
order of a charter's channels and guarantees matters), and names each problem by its
JSON-LD path. From what it reads it builds the charter document, which the document
reader checks as it checks any (limits, values, references); the paths of its problems
are then the JSON-LD's. What the document says that the model cannot hold (a property of
another profile, a second name) is not read: :attr:`CpsvApReading.unread` lists it.

A document with another context (another producer's, or expanded JSON-LD) is compacted
with this one first, with a JSON-LD processor such as pyld.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from attrs import frozen

from charter.errors import CharterValidationError, InteropError, Issue, excerpt
from charter.interop.cpsv_ap import (
    CHANNEL_TERMS,
    CHARTER_TERMS,
    CONTACT_TERMS,
    CONTEXT,
    GUARANTEE_TERMS,
)
from charter.model.charter import Charter

__all__ = ["CpsvApReading", "from_cpsv_ap"]

#: Written from other fields, so not read: the area (from the enterprise number or given),
#: the node ids and types, a service's languages (the charter's), its contact points (its
#: channels'), its processing time (its period), a channel's hours as text (its hours).
_DERIVED = {
    "@id",
    "@type",
    "PublicOrganization.spatial",
    "PublicService.description",
    "PublicService.hasCompetentAuthority",
    "PublicService.language",
    "PublicService.contactPoint",
    "PublicService.processingTime",
    "Channel.openingHours",
    "Channel.availabilityRestriction",
}
_CHANNEL_KIND = "charter:channel/"


#: The parts of an address that may be written once per language.
_PER_LANGUAGE = frozenset({"street", "city"})


@frozen
class CpsvApReading:
    """What :func:`from_cpsv_ap` read: the charter, and the JSON-LD paths it did not read."""

    charter: Charter
    unread: tuple[str, ...]


def _fail(path: str, message: str) -> InteropError:
    return InteropError([Issue(path, message)])


def _key(path: str, key: str) -> str:
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


class _Node:
    """A JSON-LD node object at *path*; what is taken from it is marked read."""

    def __init__(self, data: object, path: str, kind: str) -> None:
        if not isinstance(data, dict):
            raise _fail(path, f"expected a {kind} node (an object), got {excerpt(data)}")
        if data.get("@type") != kind:
            raise _fail(_key(path, "@type"), f"expected {kind!r}, got {excerpt(data.get('@type'))}")
        self.data: dict[str, Any] = data
        self.path = path
        self.read: set[str] = set(_DERIVED)

    def at(self, key: str) -> str:
        return _key(self.path, key)

    def get(self, key: str) -> object:
        self.read.add(key)
        return self.data.get(key)

    def required(self, key: str) -> object:
        if key not in self.data:
            raise _fail(self.at(key), "required, and missing")
        return self.get(key)

    def string(self, key: str) -> str:
        value = self.required(key)
        if not isinstance(value, str):
            raise _fail(self.at(key), f"expected a string, got {excerpt(value)}")
        return value

    def text(self, key: str) -> dict[str, str]:
        """Language-tagged values, as a charter's localised text ``{"nl": ...}``."""
        value = self.required(key)
        if not isinstance(value, list) or not value:
            raise _fail(self.at(key), f"expected a list of tagged values, got {excerpt(value)}")
        found: dict[str, str] = {}
        for index, item in enumerate(value):
            where = f"{self.at(key)}[{index}]"
            if not isinstance(item, dict) or set(item) != {"@value", "@language"}:
                raise _fail(
                    where, f"expected {{'@value': ..., '@language': ...}}, got {excerpt(item)}"
                )
            text, language = item["@value"], item["@language"]
            if not isinstance(text, str) or not isinstance(language, str):
                raise _fail(where, "the value and its language are strings")
            if language in found:
                raise _fail(where, f"a second text in {excerpt(language)}")
            found[language] = text
        return found

    def items(self, key: str, *, listed: bool) -> list[tuple[str, object]]:
        """The values of *key*: a JSON-LD list (``{"@list": [...]}``) or an array."""
        value = self.get(key)
        where = self.at(key)
        if value is None:
            return []
        if listed:
            if not isinstance(value, dict) or set(value) != {"@list"}:
                raise _fail(where, f"expected {{'@list': [...]}}, got {excerpt(value)}")
            where, value = _key(where, "@list"), value["@list"]
        if not isinstance(value, list):
            raise _fail(where, f"expected a list, got {excerpt(value)}")
        return [(f"{where}[{index}]", item) for index, item in enumerate(value)]

    def unread(self) -> Iterator[str]:
        yield from (self.at(key) for key in self.data if key not in self.read)


class _Reader:
    """Builds the charter document, remembering where in the JSON-LD each part came from."""

    def __init__(self) -> None:
        self.origins: list[tuple[str, str]] = []  # (document path, JSON-LD path)
        self.unread: list[str] = []

    def copy(self, node: _Node, target: dict[str, Any], doc: str, terms: dict[str, str]) -> None:
        for field, term in terms.items():
            if term not in node.data:
                continue
            value = node.get(term)
            if isinstance(value, dict) and set(value) == {"@list"}:
                value = value["@list"]
            target[field] = value
            self.origins.append((f"{doc}.{field}", node.at(term)))

    def done(self, node: _Node) -> None:
        self.unread.extend(node.unread())

    def charter(self, data: object) -> dict[str, Any]:
        if isinstance(data, dict) and data.get("@context") != CONTEXT:
            given = data.get("@context")
            message = (
                f"not the context to_cpsv_ap writes ({excerpt(given)}): compact the document "
                "with charter.interop.cpsv_ap.CONTEXT first"
            )
            raise _fail("$['@context']", message)
        root = _Node(data, "$", "charter:Charter")
        root.read.add("@context")
        document: dict[str, Any] = {"format": "charter/1"}
        self.copy(root, document, "$", CHARTER_TERMS)
        document["organisation"] = self.organisation(root)
        document["channels"] = [
            self.channel(path, item, f"$.channels[{index}]")
            for index, (path, item) in enumerate(root.items("charter:channels", listed=True))
        ]
        document["guarantees"] = [
            self.guarantee(path, item, f"$.guarantees[{index}]")
            for index, (path, item) in enumerate(root.items("charter:services", listed=True))
        ]
        self.done(root)
        return document

    def organisation(self, root: _Node) -> dict[str, Any]:
        node = _Node(
            root.required("charter:organisation"),
            root.at("charter:organisation"),
            "PublicOrganization",
        )
        found: dict[str, Any] = {"name": node.text("PublicOrganization.preferredLabel")}
        self.origins.append(("$.organisation.name", node.at("PublicOrganization.preferredLabel")))
        self.copy(
            node,
            found,
            "$.organisation",
            {"enterprise_number": "Agent.identifier", "website": "charter:website"},
        )
        if "charter:websites" in node.data:  # one per language, as the document writes them
            if "website" in found:
                raise _fail(node.at("charter:websites"), "a website given twice")
            self.copy(node, found, "$.organisation", {"website": "charter:websites"})
        self.done(node)
        return found

    def channel(self, path: str, data: object, doc: str) -> dict[str, Any]:
        node = _Node(data, path, "Channel")
        found: dict[str, Any] = {"id": node.string("Channel.identifier")}
        self.origins.append((f"{doc}.id", node.at("Channel.identifier")))
        kind = node.required("Channel.type")
        concept = kind.get("@id") if isinstance(kind, dict) else None
        if not isinstance(concept, str) or not concept.startswith(_CHANNEL_KIND):
            raise _fail(
                node.at("Channel.type"),
                f"expected a charter:channel/… concept, got {excerpt(kind)}",
            )
        found["kind"] = concept.removeprefix(_CHANNEL_KIND)
        self.origins.append((f"{doc}.kind", node.at("Channel.type")))
        found["name"] = node.text("Channel.description")
        self.origins.append((f"{doc}.name", node.at("Channel.description")))
        point = node.get("charter:contactPoint")
        if point is not None:
            found["contact"] = self.contact(
                _Node(point, node.at("charter:contactPoint"), "ContactPoint"), f"{doc}.contact"
            )
        self.copy(node, found, doc, CHANNEL_TERMS)
        self.done(node)
        return found

    def contact(self, node: _Node, doc: str) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for field, key in (
            ("phone", "ContactPoint.hasTelephone"),
            ("email", "ContactPoint.hasEmail"),
            ("url", "ContactPoint.contactPage"),
        ):
            if key not in node.data:
                continue
            values = node.items(key, listed=False)
            if len(values) != 1:
                raise _fail(node.at(key), "expected one value: the model holds one")
            where, value = values[0]
            if field == "url":
                value = value.get("@id") if isinstance(value, dict) else None
            found[field] = value
            self.origins.append((f"{doc}.{field}", where))
        self.copy(node, found, doc, CONTACT_TERMS)
        if "locn:address" in node.data:
            found["address"] = self.address(
                _Node(node.get("locn:address"), node.at("locn:address"), "Address"),
                f"{doc}.address",
            )
        self.done(node)
        return found

    def per_language(self, values: list[tuple[str, Any]], where: str) -> dict[str, Any]:
        """Language-tagged values as the document writes a text: ``{"nl": ..., "fr": ...}``."""
        found: dict[str, Any] = {}
        for at, value in values:
            language = value.get("@language") if isinstance(value, dict) else None
            if not isinstance(language, str) or language == "und" or language in found:
                raise _fail(at, "expected one value in each language, each tagged")
            found[language] = value.get("@value")
        del where
        return found

    def address(self, node: _Node, doc: str) -> dict[str, Any]:
        found: dict[str, Any] = {}
        parts = {
            "street": "Address.thoroughfare",
            "postal_code": "Address.postCode",
            "city": "Address.postName",
            "country": "Address.administrativeUnitLevel1",
        }
        for field, key in parts.items():
            values = node.items(key, listed=False)
            if not values or (len(values) != 1 and field not in _PER_LANGUAGE):
                raise _fail(node.at(key), "expected one value")
            where, value = values[0]
            if len(values) > 1 or (isinstance(value, dict) and value.get("@language") != "und"):
                value = self.per_language(values, node.at(key))
            elif isinstance(value, dict):
                value = value.get("@value")
            found[field] = value
            self.origins.append((f"{doc}.{field}", where))
        self.done(node)
        return found

    def guarantee(self, path: str, data: object, doc: str) -> dict[str, Any]:
        node = _Node(data, path, "PublicService")
        found: dict[str, Any] = {"id": node.string("PublicService.identifier")}
        self.origins.append((f"{doc}.id", node.at("PublicService.identifier")))
        found["description"] = node.text("PublicService.name")
        self.origins.append((f"{doc}.description", node.at("PublicService.name")))
        channels = []
        for where, item in node.items("PublicService.hasChannel", listed=False):
            ref = item.get("@id") if isinstance(item, dict) else None
            if not isinstance(ref, str) or not ref.startswith("_:channel-"):
                raise _fail(where, f"expected a reference to a channel, got {excerpt(item)}")
            channels.append(ref.removeprefix("_:channel-"))
        if channels:
            found["channels"] = channels
            self.origins.append((f"{doc}.channels", node.at("PublicService.hasChannel")))
        self.copy(node, found, doc, GUARANTEE_TERMS)
        if "period" not in found:
            raise _fail(node.at("charter:period"), "required, and missing")
        self.done(node)
        return found

    def where(self, path: str) -> str:
        """The JSON-LD path of the document path *path* (the longest known prefix's)."""
        best = ("$", "$")
        for doc, origin in self.origins:
            if (path == doc or path.startswith((f"{doc}.", f"{doc}["))) and len(doc) > len(best[0]):
                best = (doc, origin)
        return best[1] + path[len(best[0]) :]


def from_cpsv_ap(data: object) -> CpsvApReading:
    """The charter in CPSV-AP JSON-LD *data* (as :func:`to_cpsv_ap` writes it), and what is unread.

    A document that is no such charter raises :class:`~charter.errors.InteropError`,
    every problem with its JSON-LD path (``$['charter:services']['@list'][0]['charter:period']``).
    """
    from charter.io import loads  # noqa: PLC0415 - the document reader checks what was read

    reader = _Reader()
    document = reader.charter(data)
    try:
        text = json.dumps(document, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError) as error:  # a value JSON has not, a cycle
        raise _fail("$", f"not JSON data: {excerpt(str(error))}") from None
    try:
        c = loads(text)
    except CharterValidationError as error:
        issues = [Issue(reader.where(issue.path), issue.message) for issue in error.issues]
        raise InteropError(issues) from None
    return CpsvApReading(c, tuple(reader.unread))
