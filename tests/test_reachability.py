"""Reachability metrics and several ombudsmen (issue 20, items 7 and 11), end to end.

Each metric in a document that uses it: it loads, round-trips, passes the JSON Schema,
renders in every language with a sentence fit for its channel, and is measured from
call records (hand-worked numbers). Bad input is refused with its path.
"""

from __future__ import annotations

import copy
import json
from typing import Any

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

VALIDATOR = Draft202012Validator(charter.json_schema(), format_checker=FormatChecker())
NBSP = "\u00a0"

CHANNELS: list[dict[str, Any]] = [
    {
        "id": "phone",
        "kind": "telephone",
        "name": {"nl": "Infolijn", "fr": "Ligne info", "de": "Infotelefon", "en": "Info line"},
        "contact": {"phone": "+32 2 123 45 67"},
    },
    {"id": "chat", "kind": "chat", "name": "Chat"},
    {
        "id": "desk",
        "kind": "counter",
        "name": {"nl": "Loket", "fr": "Guichet", "de": "Schalter", "en": "Desk"},
    },
    {"id": "email", "kind": "email", "name": "E-mail", "contact": {"email": "info@example.be"}},
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
