"""schema.org: the vocabulary's types, properties, domains and ranges; hours read back alone."""

from __future__ import annotations

import functools
import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import rdflib
from rdflib import RDF, RDFS

from charter import examples, render
from charter.errors import InteropError
from charter.hours import OpeningHours, Season, SpecialHours
from charter.hours.model import MonthDay
from charter.interop import to_schema_org
from charter.interop.schema_org import opening_hours_specification

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

VOCABULARY = Path(__file__).parent / "data" / "schema-org-30.0" / "schemaorg-current-https.ttl"
S = rdflib.Namespace("https://schema.org/")
BRUSSELS = ZoneInfo("Europe/Brussels")
YEAR = (date(2026, 1, 1), date(2026, 12, 31))


@functools.cache
def _vocabulary() -> rdflib.Graph:
    return rdflib.Graph().parse(VOCABULARY)


def _supers(graph: rdflib.Graph, kind: rdflib.term.Node) -> set[Any]:
    return set(graph.transitive_objects(kind, RDFS.subClassOf))


#: What a literal of each of schema.org's data types looks like.
_LEXICAL: dict[Any, str] = {
    S.Text: r".*",
    S.URL: r"https://\S+",
    S.Time: r"([01]\d|2[0-3]):[0-5]\d|24:00",
    S.Date: r"\d{4}-\d{2}-\d{2}",
    S.Duration: r"P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?",
}


def _range_holds(data: rdflib.Graph, value: rdflib.term.Node, ranges: set[Any]) -> bool:
    vocabulary = _vocabulary()
    if isinstance(value, rdflib.Literal):
        for kind in ranges:
            for datatype in _supers(vocabulary, kind) & set(_LEXICAL):
                if re.fullmatch(_LEXICAL[datatype], str(value)):
                    return True
        return False
    types = set(data.objects(value, RDF.type)) | set(vocabulary.objects(value, RDF.type))
    return any(_supers(vocabulary, t) & ranges for t in types)


def check_against_the_vocabulary(document: dict[str, Any]) -> rdflib.Graph:
    """Every type and property exists; each property is in its domain, with a value in range."""
    vocabulary = _vocabulary()
    data = rdflib.Graph().parse(data=json.dumps(document), format="json-ld")
    assert len(data) > 0
    for subject, predicate, value in data:
        if predicate == RDF.type:
            assert (value, RDF.type, RDFS.Class) in vocabulary, value
            continue
        assert (predicate, RDF.type, RDF.Property) in vocabulary, predicate
        domains = set(vocabulary.objects(predicate, S.domainIncludes))
        types = set(data.objects(subject, RDF.type))
        assert any(_supers(vocabulary, t) & domains for t in types), (predicate, types)
        ranges = set(vocabulary.objects(predicate, S.rangeIncludes))
        assert _range_holds(data, value, ranges), (predicate, value, ranges)
    return data


@pytest.mark.parametrize("name", examples.names())
def test_the_examples_speak_schema_org(name: str) -> None:
    document = to_schema_org(examples.load(name), start=YEAR[0], end=YEAR[1])
    data = check_against_the_vocabulary(document)
    assert len(set(data.subjects(RDF.type, S.GovernmentService))) == len(
        examples.load(name).guarantees
    )
    assert set(data.subjects(RDF.type, S.OpeningHoursSpecification))


def test_the_check_is_not_vacuous() -> None:
    document = to_schema_org(examples.load(), start=YEAR[0], end=YEAR[1])
    document["@graph"][1]["openingHours"] = "Mo-Fr 09:00-17:00"  # not a GovernmentService's
    with pytest.raises(AssertionError):
        check_against_the_vocabulary(document)
    document = to_schema_org(examples.load(), start=YEAR[0], end=YEAR[1])
    document["@graph"][0]["contactPoint"][0]["hoursAvailable"][0]["opens"] = "9 o'clock"
    with pytest.raises(AssertionError):
        check_against_the_vocabulary(document)


# -- an independent reading of OpeningHoursSpecification --------------------------------------

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _minute(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


class Reading:
    """schema.org's hours as the docs state the conventions, read without the library."""

    def __init__(self, specs: list[dict[str, Any]]) -> None:
        self.specs = specs

    def _applies(self, spec: dict[str, Any], d: date) -> bool:
        if "validFrom" in spec and not spec["validFrom"] <= d.isoformat() <= spec["validThrough"]:
            return False
        return "dayOfWeek" not in spec or _WEEKDAYS[d.weekday()] in spec["dayOfWeek"]

    def _length(self, spec: dict[str, Any]) -> float:
        if "validFrom" not in spec:
            return float("inf")
        return (
            date.fromisoformat(spec["validThrough"]) - date.fromisoformat(spec["validFrom"])
        ).days

    def governing(self, d: date) -> list[dict[str, Any]]:
        found = [spec for spec in self.specs if self._applies(spec, d)]
        if not found:
            return []
        shortest = min(self._length(spec) for spec in found)
        return [spec for spec in found if self._length(spec) == shortest]

    def is_open(self, d: date, minute: int) -> bool:
        for spec in self.governing(d):
            opens, closes = _minute(spec["opens"]), _minute(spec["closes"])
            if opens == closes == 0:
                continue  # closed all day
            end = closes if closes > opens else closes + 1440
            if opens <= minute < end:
                return True
        for spec in self.governing(d - timedelta(days=1)):  # spilled from the day before
            opens, closes = _minute(spec["opens"]), _minute(spec["closes"])
            if not opens == closes == 0 and closes <= opens and minute < closes:
                return True
        return False


def _hours() -> OpeningHours:
    from charter import belgium  # noqa: PLC0415

    return OpeningHours(
        timezone="Europe/Brussels",
        weekly={0: "09:00-12:00,13:00-16:00", 2: "09:00-12:00,13:00-19:00", 4: "08:30-12:30"},
        seasons=[
            Season(
                start=MonthDay(7, 1),
                end=MonthDay(8, 31),
                weekly={0: "10:00-12:00", 3: "10:00-15:00"},
            )
        ],
        holidays=belgium.LEGAL,
        holiday_hours="10:00-12:00",
        special=[
            SpecialHours(start=MonthDay(12, 24), hours="09:00-12:00", note="Christmas Eve"),
            SpecialHours(start=date(2026, 3, 29), hours="09:00-11:00"),
            SpecialHours(start=date(2026, 10, 25), end=date(2026, 10, 26)),
            SpecialHours(start=date(2026, 5, 13), hours="20:00-23:00"),
        ],
    )


@pytest.mark.parametrize("which", ["built", "rules", "federal", "municipal"])
def test_the_hours_read_back_alone_are_the_model_s(which: str) -> None:
    if which == "built":
        hours = _hours()
    elif which == "rules":  # no parts: each weekday's usual hours, and every other day dated
        osm = "Mo-Fr 09:00-12:00; Th[1] 18:00-20:00; Sa 22:00-02:00"
        hours = OpeningHours.from_osm(osm, timezone="Europe/Brussels")
        assert not hours.structured
    else:
        hours = next(ch.hours for ch in examples.load(which).channels if ch.hours is not None)
    reading = Reading(opening_hours_specification(hours, YEAR))
    day = YEAR[0]
    checked = 0
    while day <= YEAR[1]:
        for minute in range(0, 1440, 30):
            at = datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=BRUSSELS)
            if day == date(2026, 3, 29) and 120 <= minute < 180:
                continue  # no such wall time
            assert reading.is_open(day, minute) == hours.is_open(at), (day, minute)
            checked += 1
        day += timedelta(days=1)
    assert checked > 17_000


def test_dated_days_need_a_window() -> None:
    c = examples.load("municipal")  # no valid_from, and PH off
    with pytest.raises(InteropError) as caught:
        to_schema_org(c)
    assert caught.value.issues[0].path == "$.channels[0].hours"
    assert to_schema_org(examples.load())["@graph"][0]["contactPoint"][0]["hoursAvailable"]
    with pytest.raises(InteropError, match="3 years"):
        to_schema_org(c, start=date(2026, 1, 1), end=date(2030, 1, 1))


def test_hours_schema_org_cannot_say_are_refused() -> None:
    open_end = OpeningHours.from_osm("Mo-Fr 09:00-17:00,17:00+", timezone="Europe/Brussels")
    with pytest.raises(InteropError, match="cannot say"):
        opening_hours_specification(open_end, YEAR)
    by_appointment = OpeningHours(
        timezone="Europe/Brussels", weekly={0: "09:00-12:00"}, by_appointment=True
    )
    with pytest.raises(InteropError, match="appointment"):
        opening_hours_specification(by_appointment, YEAR)


# -- in the page ----------------------------------------------------------------------------


def test_the_page_embeds_the_json_ld_and_no_text_can_end_its_script() -> None:
    import attrs  # noqa: PLC0415

    from charter.model import Organisation  # noqa: PLC0415

    c = examples.load()
    hostile = attrs.evolve(
        c, organisation=Organisation(name={"nl": "</script><script>alert(1)</script> & <!--"})
    )
    page = render(hostile, locale="nl_BE", format="html", today=date(2026, 3, 5))
    head = page.split("</head>")[0]
    start = head.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    block = head[start : head.index("</script>", start)]
    assert "<" not in block
    data = json.loads(block)
    assert data == to_schema_org(hostile, start=date(2026, 3, 5))
    assert data["@graph"][0]["name"][0]["@value"].startswith("</script>")
    fragment = render(c, locale="fr_BE", format="html", fragment=True)
    assert fragment.count('<script type="application/ld+json">') == 1
    assert fragment.endswith("</script>\n</article>\n")


def test_a_page_whose_hours_cannot_be_dated_has_no_json_ld() -> None:
    page = render(examples.load("municipal"), locale="nl_BE", format="html")
    assert "<script" not in page
    dated = render(
        examples.load("municipal"), locale="nl_BE", format="html", today=date(2026, 3, 5)
    )
    assert dated.count('<script type="application/ld+json">') == 1


def test_a_long_validity_needs_no_window_or_is_cut_to_three_years() -> None:
    import attrs  # noqa: PLC0415

    from charter.interop.schema_org import MAX_DAYS, window_of  # noqa: PLC0415

    c = attrs.evolve(examples.load(), valid_until=date(2030, 12, 31))
    window = window_of(c, None, None)
    assert window is not None
    assert window[0] == c.valid_from
    assert (window[1] - window[0]).days == MAX_DAYS - 1  # three years, no more
    assert to_schema_org(c)["@graph"]  # not refused
    weekly = OpeningHours(timezone="Europe/Brussels", weekly={0: "09:00-12:00"})
    plain = attrs.evolve(
        c,
        channels=tuple(
            attrs.evolve(channel, hours=weekly if channel.hours is not None else None)
            for channel in c.channels
        ),
    )
    assert window_of(plain, None, None) is None  # no hours need dates: no window at all
    assert to_schema_org(plain)["@graph"]
