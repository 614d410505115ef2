"""Reachability metrics and several ombudsmen (issue 20, items 7 and 11), end to end.

Each metric in a document that uses it: it loads, round-trips, passes the JSON Schema,
renders in every language with a sentence fit for its channel, and is measured from
call records (hand-worked numbers). Bad input is refused with its path.
"""

from __future__ import annotations

import copy
import io
import json
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from jsonschema import Draft202012Validator, FormatChecker

import charter
from charter import (
    Charter,
    CharterError,
    CharterValidationError,
    QualityMonitoring,
    ReachabilityMetric,
    ReachabilityTarget,
)
from charter.cases import Call, ComplianceReport, compliance
from charter.cli import main
from charter.io import to_json

VALIDATOR = Draft202012Validator(charter.json_schema(), format_checker=FormatChecker())
NBSP = "\u00a0"

CHANNELS: list[dict[str, Any]] = [
    {
        "id": "phone",
        "kind": "telephone",
        "name": {"nl": "Infolijn", "fr": "Ligne info", "de": "Infotelefon", "en": "Info line"},
        "contact": {"phone": "+32 2 123 45 67"},
    },
    {
        "id": "chat",
        "kind": "chat",
        "name": {"nl": "Chat", "fr": "Chat", "de": "Chat", "en": "Chat"},
    },
    {
        "id": "desk",
        "kind": "counter",
        "name": {"nl": "Loket", "fr": "Guichet", "de": "Schalter", "en": "Desk"},
    },
    {
        "id": "email",
        "kind": "email",
        "name": {"nl": "E-mail", "fr": "E-mail", "de": "E-Mail", "en": "E-mail"},
        "contact": {"email": "info@example.be"},
    },
    {
        "id": "form",
        "kind": "web_form",
        "name": {"nl": "Formulier", "fr": "Formulaire", "de": "Formular", "en": "Form"},
    },
]

#: The ombudsmen of a municipality in Flanders: federal, regional, and one of a sector.
OMBUDSMEN = [
    {
        "nl": "de federale Ombudsman",
        "fr": "le Médiateur fédéral",
        "de": "der Föderale Ombudsmann",
        "en": "the Federal Ombudsman",
    },
    {
        "nl": "de Vlaamse Ombudsman",
        "fr": "le Médiateur flamand",
        "de": "der Flämische Ombudsmann",
        "en": "the Flemish Ombudsman",
    },
    {
        "nl": "de Ombudsman voor Energie",
        "fr": "le Service de médiation de l'énergie",
        "de": "der Ombudsdienst für Energie",
        "en": "the Energy Ombudsman",
    },
]


def document(*targets: dict[str, Any], quality: dict[str, Any] | None = None) -> dict[str, Any]:
    """A charter document with these reachability targets (and quality monitoring)."""
    found: dict[str, Any] = {
        "format": "charter/1",
        "organisation": {
            "name": {
                "nl": "Gemeente Voorbeeld",
                "fr": "Commune Exemple",
                "de": "Gemeinde Beispiel",
                "en": "Example Municipality",
            }
        },
        "timezone": "Europe/Brussels",
        "channels": copy.deepcopy(CHANNELS),
        "reachability": list(targets),
    }
    if quality is not None:
        found["quality"] = quality
    return found


def loaded(data: dict[str, Any]) -> Charter:
    """The charter of *data*, checked: the schema accepts it, and it round-trips."""
    assert VALIDATOR.is_valid(data), [e.message for e in VALIDATOR.iter_errors(data)][:3]
    c = charter.loads(json.dumps(data))
    written = charter.dumps(c)
    assert charter.loads(written) == c
    assert charter.dumps(charter.loads(written)) == written
    assert VALIDATOR.is_valid(json.loads(written))
    assert charter.loads(charter.dumps(c, format="toml"), format="toml") == c
    return c


def refused(data: dict[str, Any]) -> list[str]:
    """The issues of a document both the loader and the schema refuse."""
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(CharterValidationError) as raised:
        charter.loads(json.dumps(data))
    return [str(issue) for issue in raised.value.issues]


# -- the model and the documents ----------------------------------------------------------------


#: One target a metric, the document's form and the model's.
METRICS: dict[ReachabilityMetric, tuple[dict[str, Any], ReachabilityTarget]] = {
    ReachabilityMetric.ANSWERED_WITHIN: (
        {"channel": "phone", "share": "80 %", "within": "2 minutes"},
        ReachabilityTarget(channel="phone", share="80 %", within_seconds=120),
    ),
    ReachabilityMetric.ANSWER_RATE: (
        {"channel": "phone", "metric": "answer_rate", "share": "85 %"},
        ReachabilityTarget(channel="phone", metric="answer_rate", share="85 %"),
    ),
    ReachabilityMetric.ABANDONMENT_RATE: (
        {"channel": "phone", "metric": "abandonment_rate", "share": "5 %"},
        ReachabilityTarget(channel="phone", metric="abandonment_rate", share="5 %"),
    ),
    ReachabilityMetric.AVERAGE_WAIT: (
        {"channel": "phone", "metric": "average_wait", "within_seconds": 120},
        ReachabilityTarget(channel="phone", metric="average_wait", within_seconds=120),
    ),
    ReachabilityMetric.RINGS: (
        {"channel": "phone", "metric": "rings", "share": "80 %", "rings": 3},
        ReachabilityTarget(channel="phone", metric="rings", share="80 %", rings=3),
    ),
}


@pytest.mark.parametrize("metric", list(ReachabilityMetric))
def test_each_metric_loads_and_round_trips(metric: ReachabilityMetric) -> None:
    written, model = METRICS[metric]
    c = loaded(document(written))
    assert c.reachability == (model,)
    assert c.reachability[0].metric is metric


def test_a_document_of_before_loads_as_it_did() -> None:
    data = document({"channel": "phone", "share": "80 %", "within_seconds": 120})
    c = loaded(data)
    assert c.reachability[0].metric is ReachabilityMetric.ANSWERED_WITHIN
    assert json.loads(charter.dumps(c))["reachability"] == data["reachability"]


@pytest.mark.parametrize(
    ("within", "seconds"),
    [
        ("2 minutes", 120),
        ("90 seconds", 90),
        ("1 minute 30 seconds", 90),
        ("1 MINUTE", 60),
        ("24 hours", 86_400),
        ("1 day 2 hours 3 minutes 4 seconds", 93_784),
        ("PT15M", 900),
        ("PT1M30S", 90),
        ("P1DT12H", 129_600),
        ("366 days", 366 * 86_400),
    ],
)
def test_a_wait_in_words_is_written_back_in_seconds(within: str, seconds: int) -> None:
    c = loaded(document({"channel": "desk", "share": "80 %", "within": within}))
    assert c.reachability[0].within_seconds == seconds
    assert json.loads(charter.dumps(c))["reachability"][0]["within_seconds"] == seconds


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (
            {"metric": "answer_rate"},
            ["$.reachability[0].share: the metric 'answer_rate' needs a share, such as '80 %'"],
        ),
        (
            {"metric": "average_wait", "share": "80 %"},
            [
                (
                    "$.reachability[0].share: the metric 'average_wait' takes no share: it uses "
                    "within_seconds"
                ),
                (
                    "$.reachability[0].within_seconds: the metric 'average_wait' needs a wait: "
                    "within_seconds, or in a document within, such as '2 minutes'"
                ),
            ],
        ),
        (
            {"metric": "answer_rate", "share": "85 %", "within": "2 minutes"},
            ["$.reachability[0].within: the metric 'answer_rate' takes no within: it uses share"],
        ),
        (
            {"metric": "abandonment_rate", "share": "5 %", "within_seconds": 60},
            [
                (
                    "$.reachability[0].within_seconds: the metric 'abandonment_rate' takes no "
                    "within_seconds: it uses share"
                )
            ],
        ),
        (
            {"metric": "rings", "share": "80 %"},
            ["$.reachability[0].rings: the metric 'rings' needs rings, a number of rings"],
        ),
        (
            {"metric": "rings", "share": "80 %", "rings": 21},
            ["$.reachability[0].rings: rings must be a whole number from 1 to 20, got 21"],
        ),
        (
            {"share": "80 %", "rings": 3, "within_seconds": 60},
            [
                (
                    "$.reachability[0].rings: the metric 'answered_within' takes no rings: it uses "
                    "share and within_seconds"
                )
            ],
        ),
        (
            {"share": "80 %", "within": "2 minutes", "within_seconds": 120},
            ["$.reachability[0].within: write the wait once: within or within_seconds, not both"],
        ),
        (
            {"share": "80 %", "within": "2 minuten"},
            [
                (
                    "$.reachability[0].within: '2 minuten' is not a wait: write amounts of days, "
                    "hours, minutes and seconds, larger first, such as '2 minutes' or '1 minute 30 "
                    "seconds', or ISO 8601 such as 'PT2M'"
                )
            ],
        ),
        (
            {"metric": "answered-within", "share": "80 %", "within_seconds": 60},
            [
                (
                    "$.reachability[0].metric: 'answered-within' is not one of 'answered_within', "
                    "'answer_rate', 'abandonment_rate', 'average_wait', 'rings'"
                )
            ],
        ),
    ],
)
def test_a_metric_without_what_it_needs_or_with_what_it_refuses(
    target: dict[str, Any], expected: list[str]
) -> None:
    assert refused(document({"channel": "phone", **target})) == expected


def test_a_wait_in_words_longer_than_a_year_is_refused_by_the_loader() -> None:
    data = document({"channel": "email", "share": "80 %", "within": "367 days"})
    assert VALIDATOR.is_valid(data)  # LOADER_ONLY["WAIT_LENGTH"]
    with pytest.raises(CharterValidationError) as raised:
        charter.loads(json.dumps(data))
    assert [str(issue) for issue in raised.value.issues] == [
        "$.reachability[0].within: '367 days' is longer than 366 days, the longest wait"
    ]


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (
            {"channel": "email", "metric": "rings", "share": "80 %", "rings": 3},
            (
                "$.reachability[1].metric: 'rings' fits a channel of kind 'telephone' or 'video'; "
                "channel 'email' is of kind 'email'"
            ),
        ),
        (
            {"channel": "form", "metric": "abandonment_rate", "share": "5 %"},
            (
                "$.reachability[1].metric: 'abandonment_rate' fits a channel of kind 'telephone', "
                "'video', 'chat', 'counter' or 'business_counter'; channel 'form' is of kind "
                "'web_form'"
            ),
        ),
    ],
)
def test_a_metric_that_does_not_fit_its_channel(target: dict[str, Any], expected: str) -> None:
    data = document({"channel": "phone", "share": "80 %", "within_seconds": 60}, target)
    assert VALIDATOR.is_valid(data)  # LOADER_ONLY["METRIC_CHANNEL"]
    with pytest.raises(CharterValidationError) as raised:
        charter.loads(json.dumps(data))
    assert [str(issue) for issue in raised.value.issues] == [expected]


def test_the_metric_is_checked_in_python_too() -> None:
    with pytest.raises(CharterValidationError) as raised:
        ReachabilityTarget(channel="phone", metric="average_wait", share="80 %")
    assert [issue.path for issue in raised.value.issues] == ["$.share", "$.within_seconds"]
    with pytest.raises(CharterError, match="is not a reachability metric: 'answered_within'"):
        ReachabilityTarget(channel="phone", metric="fast", share="80 %")


def test_several_ombudsmen_load_and_round_trip() -> None:
    c = loaded(document(quality={"ombudsmen": OMBUDSMEN}))
    assert c.quality is not None
    assert [text["nl"] for text in c.quality.ombudsmen] == [
        "de federale Ombudsman",
        "de Vlaamse Ombudsman",
        "de Ombudsman voor Energie",
    ]
    assert c.quality.ombudsman is None
    assert c.quality.all_ombudsmen == c.quality.ombudsmen


def test_one_ombudsman_loads_as_before() -> None:
    c = loaded(document(quality={"ombudsman": OMBUDSMEN[0]}))
    assert c.quality is not None
    assert c.quality.ombudsmen == ()
    assert c.quality.all_ombudsmen == (c.quality.ombudsman,)
    assert json.loads(charter.dumps(c))["quality"] == {"ombudsman": OMBUDSMEN[0]}


def test_ombudsmen_are_named_in_one_place() -> None:
    data = document(quality={"ombudsman": OMBUDSMEN[0], "ombudsmen": OMBUDSMEN[1:]})
    assert refused(data) == [
        (
            "$.quality.ombudsmen: name the ombudsmen in one place: ombudsmen (a list), or "
            "ombudsman for one, not both"
        )
    ]
    with pytest.raises(CharterValidationError, match="in one place"):
        QualityMonitoring(ombudsman="A", ombudsmen=["B"])
    assert refused(document(quality={"ombudsmen": [OMBUDSMEN[0], 7]})) == [
        "$.quality.ombudsmen[1]: expected a text or {'nl': ..., 'fr': ...}, got 7"
    ]


# -- the rendered charter ------------------------------------------------------------------------

LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_BE"}


def lines(c: Charter, language: str) -> list[str]:
    """The rendered charter's lines, as plain text shows them (list items without "- ")."""
    page = charter.render(c, locale=LOCALES[language], format="text")
    return [line.strip().removeprefix("- ") for line in page.splitlines()]


#: Each metric on each kind of channel it fits, in each language: the sentence, exact.
SENTENCES: list[tuple[dict[str, Any], dict[str, str]]] = [
    (
        {"channel": "phone", "share": "80 %", "within": "2 minutes"},
        {
            "nl": "Infolijn: 80% van de oproepen wordt binnen twee minuten beantwoord.",
            "fr": f"Ligne info{NBSP}: 80{NBSP}% des appels reçoivent une réponse dans un délai "
            "de deux minutes.",
            "de": f"Infotelefon: 80{NBSP}% der Anrufe werden innerhalb von zwei Minuten "
            "angenommen.",
            "en": "Info line: 80% of calls are answered within two minutes.",
        },
    ),
    (
        {"channel": "phone", "metric": "answer_rate", "share": "85 %"},
        {
            "nl": "Infolijn: minstens 85% van de oproepen wordt beantwoord.",
            "fr": f"Ligne info{NBSP}: au moins 85{NBSP}% des appels reçoivent une réponse.",
            "de": f"Infotelefon: Mindestens 85{NBSP}% der Anrufe werden angenommen.",
            "en": "Info line: at least 85% of calls are answered.",
        },
    ),
    (
        {"channel": "phone", "metric": "abandonment_rate", "share": "5 %"},
        {
            "nl": "Infolijn: hoogstens 5% van de bellers haakt in voordat we opnemen.",
            "fr": f"Ligne info{NBSP}: au maximum 5{NBSP}% des appelants raccrochent avant "
            "d'avoir obtenu une réponse.",
            "de": f"Infotelefon: Höchstens 5{NBSP}% der Anrufenden legen auf, bevor ihr Anruf "
            "angenommen wird.",
            "en": "Info line: at most 5% of callers hang up before they are answered.",
        },
    ),
    (
        {"channel": "phone", "metric": "average_wait", "within_seconds": 120},
        {
            "nl": "Infolijn: oproepen worden gemiddeld binnen twee minuten beantwoord.",
            "fr": f"Ligne info{NBSP}: en moyenne, les appels reçoivent une réponse dans un délai "
            "de deux minutes.",
            "de": "Infotelefon: Anrufe werden im Durchschnitt innerhalb von zwei Minuten "
            "angenommen.",
            "en": "Info line: on average, calls are answered within two minutes.",
        },
    ),
    (
        {"channel": "phone", "metric": "rings", "share": "80 %", "rings": 3},
        {
            "nl": "Infolijn: 80% van de oproepen wordt binnen drie belsignalen opgenomen.",
            "fr": f"Ligne info{NBSP}: 80{NBSP}% des appels sont décrochés en trois sonneries au "
            "plus.",
            "de": f"Infotelefon: 80{NBSP}% der Anrufe werden innerhalb von drei Klingeltönen "
            "angenommen.",
            "en": "Info line: 80% of calls are answered within three rings.",
        },
    ),
    (
        {"channel": "phone", "metric": "rings", "share": "50 %", "rings": 1},
        {
            "nl": "Infolijn: 50% van de oproepen wordt bij het eerste belsignaal opgenomen.",
            "fr": f"Ligne info{NBSP}: 50{NBSP}% des appels sont décrochés dès la première "
            "sonnerie.",
            "de": f"Infotelefon: 50{NBSP}% der Anrufe werden beim ersten Klingelton angenommen.",
            "en": "Info line: 50% of calls are answered at the first ring.",
        },
    ),
    (
        {"channel": "chat", "metric": "answer_rate", "share": "90 %"},
        {
            "nl": "Chat: minstens 90% van de chatgesprekken wordt beantwoord.",
            "fr": f"Chat{NBSP}: au moins 90{NBSP}% des conversations reçoivent une réponse.",
            "de": f"Chat: Mindestens 90{NBSP}% der Chats werden beantwortet.",
            "en": "Chat: at least 90% of chats are answered.",
        },
    ),
    (
        {"channel": "chat", "metric": "abandonment_rate", "share": "10 %"},
        {
            "nl": "Chat: hoogstens 10% van de chatgesprekken wordt afgebroken voordat we "
            "antwoorden.",
            "fr": f"Chat{NBSP}: au maximum 10{NBSP}% des conversations sont abandonnées avant "
            "d'avoir reçu une réponse.",
            "de": f"Chat: Höchstens 10{NBSP}% der Chats werden abgebrochen, bevor sie beantwortet "
            "werden.",
            "en": "Chat: at most 10% of chats are abandoned before they are answered.",
        },
    ),
    (
        {"channel": "chat", "metric": "average_wait", "within": "45 seconds"},
        {
            "nl": "Chat: chatgesprekken worden gemiddeld binnen 45 seconden beantwoord.",
            "fr": f"Chat{NBSP}: en moyenne, les conversations reçoivent une réponse dans un délai "
            "de 45 secondes.",
            "de": "Chat: Chats werden im Durchschnitt innerhalb von 45 Sekunden beantwortet.",
            "en": "Chat: on average, chats are answered within 45 seconds.",
        },
    ),
    (
        {"channel": "desk", "share": "80 %", "within": "15 minutes"},
        {
            "nl": "Loket: 80% van de bezoekers wordt binnen 15 minuten geholpen.",
            "fr": f"Guichet{NBSP}: 80{NBSP}% des visiteurs sont pris en charge dans un délai de "
            "15 minutes.",
            "de": f"Schalter: 80{NBSP}% der Besucher werden innerhalb von 15 Minuten bedient.",
            "en": "Desk: 80% of visitors are served within 15 minutes.",
        },
    ),
    (
        {"channel": "desk", "metric": "answer_rate", "share": "95 %"},
        {
            "nl": "Loket: minstens 95% van de bezoekers wordt geholpen.",
            "fr": f"Guichet{NBSP}: au moins 95{NBSP}% des visiteurs sont pris en charge.",
            "de": f"Schalter: Mindestens 95{NBSP}% der Besucher werden bedient.",
            "en": "Desk: at least 95% of visitors are served.",
        },
    ),
    (
        {"channel": "desk", "metric": "abandonment_rate", "share": "5 %"},
        {
            "nl": "Loket: hoogstens 5% van de bezoekers vertrekt zonder geholpen te zijn.",
            "fr": f"Guichet{NBSP}: au maximum 5{NBSP}% des visiteurs repartent sans avoir été "
            "pris en charge.",
            "de": f"Schalter: Höchstens 5{NBSP}% der Besucher gehen, ohne bedient worden zu sein.",
            "en": "Desk: at most 5% of visitors leave before they are served.",
        },
    ),
    (
        {"channel": "desk", "metric": "average_wait", "within": "10 minutes"},
        {
            "nl": "Loket: bezoekers worden gemiddeld binnen tien minuten geholpen.",
            "fr": f"Guichet{NBSP}: en moyenne, les visiteurs sont pris en charge dans un délai de "
            "dix minutes.",
            "de": "Schalter: Besucher werden im Durchschnitt innerhalb von zehn Minuten bedient.",
            "en": "Desk: on average, visitors are served within ten minutes.",
        },
    ),
    (
        {"channel": "email", "share": "80 %", "within": "24 hours"},
        {
            "nl": "E-mail: 80% van de e-mails wordt binnen 24 uur beantwoord.",
            "fr": f"E-mail{NBSP}: 80{NBSP}% des e-mails reçoivent une réponse dans un délai de "
            "24 heures.",
            "de": f"E-Mail: 80{NBSP}% der E-Mails werden innerhalb von 24 Stunden beantwortet.",
            "en": "E-mail: 80% of e-mails are answered within 24 hours.",
        },
    ),
    (
        {"channel": "email", "metric": "answer_rate", "share": "99 %"},
        {
            "nl": "E-mail: minstens 99% van de e-mails wordt beantwoord.",
            "fr": f"E-mail{NBSP}: au moins 99{NBSP}% des e-mails reçoivent une réponse.",
            "de": f"E-Mail: Mindestens 99{NBSP}% der E-Mails werden beantwortet.",
            "en": "E-mail: at least 99% of e-mails are answered.",
        },
    ),
    (
        {"channel": "email", "metric": "average_wait", "within": "1 hour"},
        {
            "nl": "E-mail: e-mails worden gemiddeld binnen een uur beantwoord.",
            "fr": f"E-mail{NBSP}: en moyenne, les e-mails reçoivent une réponse dans un délai "
            "d'une heure.",
            "de": "E-Mail: E-Mails werden im Durchschnitt innerhalb einer Stunde beantwortet.",
            "en": "E-mail: on average, e-mails are answered within one hour.",
        },
    ),
    (
        {"channel": "form", "share": "90 %", "within": "3 days"},
        {
            "nl": "Formulier: 90% van de berichten wordt binnen drie dagen beantwoord.",
            "fr": f"Formulaire{NBSP}: 90{NBSP}% des messages reçoivent une réponse dans un délai "
            "de trois jours.",
            "de": f"Formular: 90{NBSP}% der Nachrichten werden innerhalb von drei Tagen "
            "beantwortet.",
            "en": "Form: 90% of messages are answered within three days.",
        },
    ),
    (
        {"channel": "form", "metric": "answer_rate", "share": "99 %"},
        {
            "nl": "Formulier: minstens 99% van de berichten wordt beantwoord.",
            "fr": f"Formulaire{NBSP}: au moins 99{NBSP}% des messages reçoivent une réponse.",
            "de": f"Formular: Mindestens 99{NBSP}% der Nachrichten werden beantwortet.",
            "en": "Form: at least 99% of messages are answered.",
        },
    ),
    (
        {"channel": "form", "metric": "average_wait", "within_seconds": 150},
        {
            "nl": "Formulier: berichten worden gemiddeld binnen 150 seconden beantwoord.",
            "fr": f"Formulaire{NBSP}: en moyenne, les messages reçoivent une réponse dans un "
            "délai de 150 secondes.",
            "de": "Formular: Nachrichten werden im Durchschnitt innerhalb von 150 Sekunden "
            "beantwortet.",
            "en": "Form: on average, messages are answered within 150 seconds.",
        },
    ),
]


@pytest.mark.parametrize("language", LOCALES)
@pytest.mark.parametrize(
    ("target", "expected"),
    SENTENCES,
    ids=[f"{target['channel']}-{target.get('metric', 'within')}" for target, _ in SENTENCES],
)
def test_each_metric_is_said_for_its_channel(
    target: dict[str, Any], expected: dict[str, str], language: str
) -> None:
    c = loaded(document(target))
    assert expected[language] in lines(c, language)


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (1, "binnen een seconde"),
        (59, "binnen 59 seconden"),
        (60, "binnen een minuut"),
        (90, "binnen 90 seconden"),
        (3_600, "binnen een uur"),
        (5_400, "binnen 90 minuten"),
        (86_400, "binnen 24 uur"),
        (2 * 86_400, "binnen 48 uur"),
        (3 * 86_400, "binnen drie dagen"),
        (366 * 86_400, "binnen 366 dagen"),
    ],
)
def test_a_wait_is_said_in_the_largest_unit_it_is_a_whole_number_of(
    seconds: int, expected: str
) -> None:
    c = loaded(document({"channel": "email", "share": "80 %", "within_seconds": seconds}))
    assert f"E-mail: 80% van de e-mails wordt {expected} beantwoord." in lines(c, "nl")


def test_a_wait_in_days_is_in_calendar_days_where_promises_count_working_days() -> None:
    data = document({"channel": "form", "share": "90 %", "within": "3 days"})
    data["calendars"] = [{"id": "legal", "holidays": "be-legal"}]
    data["guarantees"] = [
        {
            "id": "info",
            "kind": "informative_question",
            "description": {"nl": "Vragen", "fr": "Questions", "de": "Fragen", "en": "Questions"},
            "period": "5 working days",
            "calendar": "legal",
        }
    ]
    found = lines(loaded(data), "nl")
    assert "Formulier: 90% van de berichten wordt binnen drie kalenderdagen beantwoord." in found


@pytest.mark.parametrize(
    ("language", "lead", "first"),
    [
        (
            "nl",
            (
                "Bent u niet tevreden over de behandeling van uw klacht? Dan kunt u terecht bij "
                "een van deze ombudsdiensten:"
            ),
            "de federale Ombudsman",
        ),
        (
            "fr",
            (
                "Si le traitement de votre plainte ne vous satisfait pas, vous pouvez vous "
                f"adresser à l'un de ces services de médiation{NBSP}:"
            ),
            "le Médiateur fédéral",
        ),
        (
            "de",
            (
                "Sind Sie mit der Bearbeitung Ihrer Beschwerde nicht zufrieden? Dann können Sie "
                "sich an einen dieser Ombudsdienste wenden:"
            ),
            "der Föderale Ombudsmann",
        ),
        (
            "en",
            (
                "Not satisfied with how we handled your complaint? You can turn to one of these "
                "ombudsmen:"
            ),
            "the Federal Ombudsman",
        ),
    ],
)
def test_several_ombudsmen_are_listed(language: str, lead: str, first: str) -> None:
    found = lines(loaded(document(quality={"ombudsmen": OMBUDSMEN})), language)
    start = found.index(lead)
    assert found[start + 2 : start + 5] == [text[language] for text in OMBUDSMEN]
    assert found[start + 2] == first


def test_a_list_of_one_ombudsman_reads_as_one_ombudsman() -> None:
    one = lines(loaded(document(quality={"ombudsman": OMBUDSMEN[1]})), "nl")
    listed = lines(loaded(document(quality={"ombudsmen": OMBUDSMEN[1:2]})), "nl")
    sentence = (
        "Bent u niet tevreden over de behandeling van uw klacht? Dan kunt u terecht bij de "
        "ombudsdienst: de Vlaamse Ombudsman."
    )
    assert sentence in one
    assert one == listed


def test_an_ombudsman_missing_in_the_language_is_named_by_its_place() -> None:
    c = loaded(document(quality={"ombudsmen": [OMBUDSMEN[0], {"nl": "de Vlaamse Ombudsman"}]}))
    with pytest.raises(charter.MissingTextError, match=r"quality\.ombudsmen\[1\]"):
        charter.render(c, locale="fr_BE")


# -- measuring ----------------------------------------------------------------------------------

AT = datetime(2026, 6, 1, 12, tzinfo=ZoneInfo("Europe/Brussels"))

#: Every metric on the phone, and a counter's, a chat's and the e-mail's targets.
MEASURED = document(
    {"channel": "phone", "share": "80 %", "within": "2 minutes"},
    {"channel": "phone", "metric": "answer_rate", "share": "75 %"},
    {"channel": "phone", "metric": "abandonment_rate", "share": "5 %"},
    {"channel": "phone", "metric": "average_wait", "within": "2 minutes"},
    {"channel": "phone", "metric": "rings", "share": "80 %", "rings": 3},
    {"channel": "desk", "share": "80 %", "within": "15 minutes"},
    {"channel": "desk", "metric": "abandonment_rate", "share": "30 %"},
    {"channel": "desk", "metric": "average_wait", "within": "10 minutes"},
    {"channel": "chat", "metric": "answer_rate", "share": "90 %"},
    {"channel": "email", "metric": "average_wait", "within": "8 hours"},
)
#: Eight calls on the phone: six answered (20, 45, 110, 130, 61.5 and 300 seconds), two
#: abandoned; four visits at the desk: three served (after 300, 600 and 1 200 seconds), one
#: left after 900; one e-mail, not answered; a call on a channel the charter lacks.
CALLS = [
    *(Call(channel="phone", waited=w, answered=True) for w in (20, 45, 110, 130)),
    Call(channel="phone", waited=400, answered=False),
    Call(channel="phone", waited=10, answered=False),
    *(Call(channel="phone", waited=w, answered=True) for w in (61.5, 300)),
    *(Call(channel="desk", waited=w, answered=True) for w in (300, 600, 1200)),
    Call(channel="desk", waited=900, answered=False),
    Call(channel="email", waited=7200, answered=False),
    Call(channel="fax", waited=1, answered=True),
]


def _measured() -> ComplianceReport:
    return compliance(loaded(MEASURED), [], at=AT, calls=CALLS)


def test_each_metric_is_measured_on_the_phone() -> None:
    phone = _measured().channel("phone")
    assert (phone.calls, phone.answered, phone.abandoned) == (8, 6, 2)
    assert phone.in_time == (4, 0, 0, 4, 0)  # 20, 45, 110 and 61.5 within 120 seconds
    within, rate, abandonment, average, rings = phone.results
    # 4 of the 8 calls answered within two minutes: 50 %, below the 80 % promised.
    assert (within.share, within.passed, within.note) == (Fraction(1, 2), False, None)
    # 6 of 8 answered: 75 %, the promise exactly.
    assert (rate.share, rate.passed) == (Fraction(3, 4), True)
    # 2 of 8 abandoned: 25 %, above the 5 % at most promised.
    assert (abandonment.share, abandonment.passed) == (Fraction(1, 4), False)
    # (20 + 45 + 110 + 130 + 61.5 + 300) / 6 = 666.5 / 6 = 111.08 seconds, at most 120.
    assert (average.average_wait, average.share, average.passed) == (Fraction(1333, 12), None, True)
    assert phone.average_wait == Fraction(1333, 12)
    # Rings: the records hold seconds. No figure is made up.
    assert (rings.share, rings.average_wait, rings.passed) == (None, None, None)
    assert (
        rings.note
        == "not measurable from call records: they hold the seconds waited, not the rings"
    )
    assert phone.passed is False  # not every target is met
    assert (phone.answer_rate, phone.abandonment_rate) == (Fraction(3, 4), Fraction(1, 4))


def test_a_counter_s_visits_are_measured_as_calls() -> None:
    desk = _measured().channel("desk")
    assert (desk.calls, desk.answered, desk.abandoned) == (4, 3, 1)
    within, abandonment, average = desk.results
    assert (within.share, within.passed) == (Fraction(1, 2), False)  # 300 and 600 of 900 s
    assert (abandonment.share, abandonment.passed) == (Fraction(1, 4), True)  # at most 30 %
    assert (average.average_wait, average.passed) == (Fraction(700), False)  # 2 100 / 3 > 600


def test_a_metric_without_calls_or_without_an_answer_has_no_figure() -> None:
    report = _measured()
    (chat,) = report.channel("chat").results
    assert (chat.share, chat.passed, chat.note) == (None, None, "no calls")
    email = report.channel("email")
    (average,) = email.results
    assert (average.average_wait, average.passed, average.note) == (None, None, "no call answered")
    assert email.passed is None


def test_every_call_read_is_counted_once_or_skipped() -> None:
    report = _measured()
    counted = sum(r.calls for r in report.reachability)
    assert counted + report.skipped.count + report.calls_outside == len(CALLS)
    assert [r.channel for r in report.reachability] == ["chat", "desk", "email", "phone"]


def test_reports_over_parts_add_up_to_the_report_over_all_calls() -> None:
    c = loaded(MEASURED)
    whole = compliance(c, [], at=AT, calls=CALLS)
    first, second, third = (compliance(c, [], at=AT, calls=CALLS[k::3]) for k in range(3))
    added = first + second + third
    assert added == whole
    assert added.channel("phone").results == whole.channel("phone").results
    assert added.channel("phone").waited == 666_500_000  # microseconds, exactly


def test_the_json_form_gives_each_target() -> None:
    phone = next(r for r in to_json(_measured())["reachability"] if r["channel"] == "phone")
    assert (phone["calls"], phone["answered"], phone["abandoned"]) == (8, 6, 2)
    assert phone["average_wait_seconds"] == 111.083333
    assert (phone["within_target"], phone["target_seconds"], phone["share"]) == (4, 120, 0.5)
    assert phone["passed"] is False
    assert [
        (t["metric"], t["within_target"], t["share"], t["average_wait_seconds"], t["passed"])
        for t in phone["targets"]
    ] == [
        ("answered_within", 4, 0.5, None, False),
        ("answer_rate", None, 0.75, None, True),
        ("abandonment_rate", None, 0.25, None, False),
        ("average_wait", 4, None, 111.083333, True),
        ("rings", None, None, None, None),
    ]
    assert phone["targets"][4]["target_rings"] == 3
    assert phone["targets"][4]["note"].startswith("not measurable from call records")


def test_the_command_gives_a_row_a_target(tmp_path: Path) -> None:
    path = tmp_path / "charter.json"
    path.write_text(json.dumps(MEASURED), encoding="utf-8")
    calls = tmp_path / "calls.csv"
    rows = [f"{call.channel},{call.waited},{'yes' if call.answered else 'no'}" for call in CALLS]
    calls.write_text("channel,waited,answered\n" + "\n".join(rows) + "\n", encoding="utf-8")
    cases = tmp_path / "cases.csv"
    cases.write_text("guarantee,received\n", encoding="utf-8")
    out = io.StringIO()
    argv = ["report", str(cases), "--charter", str(path), "--calls", str(calls)]
    assert main([*argv, "--at", "2026-06-01T12:00+02:00"], out) == 0
    table = out.getvalue().split("\n\nchannel")[1].split("\n\n")[0].splitlines()
    assert [" ".join(line.split()) for line in table] == [
        "calls answered measured target",
        "chat 0 0 - 90 % answered",
        "desk 4 3 50.0% 80 % in 900 s FAIL",
        "desk 4 3 25.0% at most 30 % abandoned pass",
        "desk 4 3 mean 700.0 s mean wait at most 600 s FAIL",
        "email 1 0 - mean wait at most 28800 s",
        "phone 8 6 50.0% 80 % in 120 s FAIL",
        "phone 8 6 75.0% 75 % answered pass",
        "phone 8 6 25.0% at most 5 % abandoned FAIL",
        "phone 8 6 mean 111.1 s mean wait at most 120 s pass",
        "phone 8 6 not measurable 80 % in 3 rings",
    ]
