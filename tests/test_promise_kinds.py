"""Kinds of promise beyond an answer: an appointment, the wait at the counter, a document
ready (issue 20, item 6). Each loads, round-trips, passes the schema, gives its date and
is said in each language as a Belgian service writes it."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import jsonschema
import pytest

import charter
from charter import GuaranteeKind
from charter.language import describe_deadline

BRUSSELS = ZoneInfo("Europe/Brussels")


def _service() -> charter.Charter:
    doc = json.loads(charter.dumps(charter.examples.load()))
    names = {
        "visit": {"nl": "Afspraak", "fr": "Rendez-vous", "de": "Termin", "en": "Appointment"},
        "queue": {"nl": "Wachttijd", "fr": "Attente", "de": "Wartezeit", "en": "Waiting"},
        "card": {"nl": "Kaart", "fr": "Carte", "de": "Karte", "en": "Card"},
    }
    kinds = {"visit": ("appointment", "5 working days"), "queue": ("waiting_time", "15 minutes")}
    kinds["card"] = ("ready", "3 weeks")
    doc["guarantees"] += [
        {
            "id": gid,
            "kind": kind,
            "description": names[gid],
            "period": period,
            "calendar": "federal",
        }
        for gid, (kind, period) in kinds.items()
    ]
    jsonschema.validate(doc, charter.json_schema())
    c = charter.loads(json.dumps(doc))
    assert charter.loads(charter.dumps(c)) == c
    assert charter.loads(charter.dumps(c, format="toml"), format="toml") == c
    return c


SERVICE = _service()
RECEIVED = datetime(2026, 12, 22, 10, tzinfo=BRUSSELS)


def test_the_dates_of_each_kind() -> None:
    # Tue 22 Dec 2026, federal: 25/26 Dec off, 28/29 Dec closed, 1 Jan off.
    assert SERVICE.deadline("visit", RECEIVED).last_day == date(2027, 1, 4)
    assert SERVICE.deadline("queue", RECEIVED).due == datetime(
        2026, 12, 22, 10, 15, tzinfo=BRUSSELS
    )
    assert SERVICE.deadline("card", RECEIVED).last_day == date(2027, 1, 12)
    # A year later: Wed 22 Dec 2027, 25/26 Dec on a weekend, closed 27-30 Dec.
    later = datetime(2027, 12, 22, 10, tzinfo=BRUSSELS)
    assert SERVICE.deadline("visit", later).last_day == date(2028, 1, 4)


@pytest.mark.parametrize(
    ("locale", "promised", "promises"),
    [
        (
            "nl_BE",
            [
                "Afspraak. Uw afspraak vindt binnen vijf werkdagen plaats.",
                "Wachttijd. Aan het loket helpen we u binnen 15 minuten.",
                "Kaart. Uw document is binnen drie weken klaar.",
            ],
            [
                "Uw afspraak vindt uiterlijk op maandag 4 januari 2027 plaats.",
                "We helpen u uiterlijk op dinsdag 22 december 2026 om 10.15 uur.",
                "Uw document is uiterlijk op dinsdag 12 januari 2027 klaar.",
            ],
        ),
        (
            "fr_BE",
            [
                "Rendez-vous. Votre rendez-vous a lieu dans un délai de cinq jours ouvrables.",
                "Attente. Au guichet, nous vous recevons dans un délai de 15 minutes.",
                "Carte. Votre document est prêt dans un délai de trois semaines.",
            ],
            [
                "Votre rendez-vous aura lieu au plus tard le lundi 4 janvier 2027.",
                "Nous vous recevrons au plus tard le mardi 22 décembre 2026 à 10\u00a0h\u00a015.",
                "Votre document sera prêt au plus tard le mardi 12 janvier 2027.",
            ],
        ),
        (
            "de_BE",
            [
                "Termin. Ihr Termin findet innerhalb von fünf Werktagen statt.",
                "Wartezeit. Am Schalter sind Sie innerhalb von 15 Minuten an der Reihe.",
                "Karte. Ihr Dokument liegt innerhalb von drei Wochen bereit.",
            ],
            [
                "Ihr Termin findet spätestens am Montag, 4. Januar 2027 statt.",
                "Sie sind spätestens am Dienstag, 22. Dezember 2026 um 10.15 Uhr an der Reihe.",
                "Ihr Dokument liegt spätestens am Dienstag, 12. Januar 2027 bereit.",
            ],
        ),
        (
            "en",
            [
                "Appointment. Your appointment takes place within five working days.",
                "Waiting. At the counter, we help you within 15 minutes.",
                "Card. Your document is ready within three weeks.",
            ],
            [
                "Your appointment will take place by Monday 4 January 2027 at the latest.",
                "We will help you by Tuesday 22 December 2026 at 10:15 at the latest.",
                "Your document will be ready by Tuesday 12 January 2027 at the latest.",
            ],
        ),
    ],
)
def test_each_kind_is_said_in_each_language(
    locale: str, promised: list[str], promises: list[str]
) -> None:
    lines = charter.render(SERVICE, locale=locale).splitlines()
    for line in promised:
        assert f"- {line}" in lines
    for gid, expected in zip(("visit", "queue", "card"), promises, strict=True):
        d = SERVICE.deadline(gid, RECEIVED)
        assert describe_deadline(d, locale, kind=SERVICE.guarantee(gid).kind).promise == expected


def test_the_kinds_are_in_the_schema() -> None:
    kinds = charter.json_schema()["$defs"]["Guarantee"]["properties"]["kind"]["enum"]
    assert {"appointment", "waiting_time", "ready"} <= set(kinds)
    assert GuaranteeKind("ready") is GuaranteeKind.READY
