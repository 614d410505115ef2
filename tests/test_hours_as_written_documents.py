"""Counter hours as services write them (issue 20, item 4): documents, deadlines, words.

For each of the five shapes a charter document that uses it: it loads, round-trips (JSON
and TOML), validates against the JSON Schema, answers open or closed on dates worked out
by hand in 2026 and 2027 (and 2028, whose 24 December is a Sunday), moves a deadline in
service hours as it should, and is said in Dutch, French, German and English, in the
rendered charter and by ``charter hours``. Bad values are refused with their path.
"""

from __future__ import annotations

import copy
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

import charter
from charter import CharterValidationError, describe_hours
from charter.cli import main
from charter.errors import InteropError
from test_schema import schema_accepts

BRUSSELS = ZoneInfo("Europe/Brussels")

PENSIONS = {
    "nl": "enkel pensioenen",
    "fr": "uniquement les pensions",
    "de": "nur Renten",
    "en": "pensions only",
}

#: The five shapes, as a document writes a counter's hours.
SHAPES: dict[str, dict[str, Any]] = {
    "first Thursday": {
        "weekly": {"Mo-Fr": "09:00-16:00"},
        "extra": [{"days": "Th", "nth": 1, "hours": "16:00-19:00"}],
        "calendar": "office",
    },
    "every other Saturday": {
        "weekly": {"Mo-Fr": "09:00-16:00"},
        "extra": [{"days": "Sa", "every_other_week": "2026-01-03", "hours": "09:00-12:00"}],
        "calendar": "office",
    },
    "evenings by appointment": {
        "weekly": {"Mo-Fr": "09:00-12:00"},
        "extra": [{"days": "Tu,Th", "hours": "17:00-19:00", "by_appointment": True}],
        "calendar": "office",
    },
    "pensions only": {
        "weekly": {"Mo-Fr": "09:00-12:00"},
        "extra": [{"days": "We", "hours": "13:00-16:00", "note": PENSIONS}],
        "calendar": "office",
    },
    "close early": {
        "weekly": {"Mo-Fr": "09:00-16:00"},
        "close_early": [
            {"start": "Dec 24", "closes": "12:00"},
            {"start": "Dec 31", "closes": "12:00"},
        ],
        "calendar": "office",
    },
}


def document(hours: dict[str, Any]) -> dict[str, Any]:
    """A commune's charter: one counter with *hours*, a callback in four service hours."""

    def text(nl: str, fr: str, de: str, en: str) -> dict[str, str]:
        return {"nl": nl, "fr": fr, "de": de, "en": en}

    return {
        "format": "charter/1",
        "organisation": {
            "name": text("Gemeente Voorbeeld", "Commune Exemple", "Gemeinde Beispiel", "Town")
        },
        "timezone": "Europe/Brussels",
        "languages": ["nl", "fr", "de", "en"],
        "calendars": [
            {
                "id": "office",
                "holidays": "be-legal",
                # The office closes on Friday 24 December 2027: a day off of its calendar.
                "closures": {
                    "2027-12-24": text("sluitingsdag", "jour de fermeture", "Schließtag", "closed")
                },
            }
        ],
        "channels": [
            {
                "id": "desk",
                "kind": "counter",
                "name": text("Loket", "Guichet", "Schalter", "Desk"),
                "hours": copy.deepcopy(hours),
            }
        ],
        "guarantees": [
            {
                "id": "callback",
                "kind": "callback",
                "description": text("Terugbellen", "Rappel", "Rückruf", "Callback"),
                "period": "4 service hours",
                "calendar": "office",
                "channels": ["desk"],
            }
        ],
        "valid_from": "2026-01-01",
    }


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


def load(shape: str) -> charter.Charter:
    return charter.loads(json.dumps(document(SHAPES[shape])))


# -- documents: load, round-trip, schema --------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_the_document_loads_round_trips_and_validates(shape: str) -> None:
    written = document(SHAPES[shape])
    assert schema_accepts(written)
    c = charter.loads(json.dumps(written))
    text = charter.dumps(c)
    assert charter.loads(text) == c
    assert charter.dumps(charter.loads(text)) == text  # canonical
    assert schema_accepts(json.loads(text))
    assert charter.loads(charter.dumps(c, format="toml"), format="toml") == c
    # Written back as parts, not as OpenStreetMap text (which would read back as rules).
    hours = json.loads(text)["channels"][0]["hours"]
    assert isinstance(hours, dict)
    assert "weekly" in hours


def test_the_parts_as_written_back() -> None:
    hours = json.loads(charter.dumps(load("first Thursday")))["channels"][0]["hours"]
    assert hours["extra"] == [{"days": "Th", "hours": "16:00-19:00", "nth": 1}]
    hours = json.loads(charter.dumps(load("evenings by appointment")))["channels"][0]["hours"]
    assert hours["extra"] == [{"by_appointment": True, "days": "Tu,Th", "hours": "17:00-19:00"}]
    hours = json.loads(charter.dumps(load("close early")))["channels"][0]["hours"]
    assert hours["close_early"] == [
        {"closes": "12:00", "start": "Dec 24"},
        {"closes": "12:00", "start": "Dec 31"},
    ]
    several = copy.deepcopy(SHAPES["first Thursday"])
    several["extra"][0]["nth"] = [3, 1, -1]
    c = charter.loads(json.dumps(document(several)))
    assert json.loads(charter.dumps(c))["channels"][0]["hours"]["extra"][0]["nth"] == [1, 3, -1]


# -- open or closed, on dates worked out by hand ----------------------------------------------

ANSWERS = {
    "first Thursday": [
        (at(2026, 2, 5, 18, 30), True),  # the first Thursday of February
        (at(2026, 2, 12, 18, 30), False),  # the second
        (at(2026, 1, 1, 18), False),  # New Year's Day, the first Thursday of 2026
        (at(2027, 1, 7, 18, 59), True),  # the first Thursday of 2027
        (at(2027, 1, 7, 19), False),
        (at(2027, 5, 6, 18), False),  # Ascension Day 2027
    ],
    "every other Saturday": [
        (at(2026, 1, 3, 10), True),
        (at(2026, 1, 10, 10), False),
        (at(2026, 12, 26, 10), False),
        (at(2027, 1, 2, 10), True),  # ISO week 53 of 2026
        (at(2027, 1, 9, 10), False),  # ISO week 1 of 2027: odd as well, and closed
        (at(2027, 1, 16, 11, 59), True),
        (at(2027, 1, 16, 12), False),
    ],
    "evenings by appointment": [
        (at(2026, 3, 3, 18), True),  # a Tuesday
        (at(2026, 3, 4, 18), False),  # a Wednesday
        (at(2026, 3, 3, 14), False),
        (at(2027, 11, 11, 18), False),  # Armistice Day, a Thursday
        (at(2027, 11, 18, 17), True),
    ],
    "pensions only": [
        (at(2026, 3, 4, 14), True),  # a Wednesday
        (at(2026, 3, 5, 14), False),
        (at(2026, 11, 11, 14), False),  # Armistice Day, a Wednesday
        (at(2027, 3, 3, 13), True),
    ],
    "close early": [
        (at(2026, 12, 24, 11, 59), True),  # a Thursday
        (at(2026, 12, 24, 12), False),
        (at(2026, 12, 31, 14), False),
        (at(2026, 12, 30, 14), True),
        (at(2027, 12, 24, 10), False),  # a Friday, and a closure day: closed all day
        (at(2027, 12, 31, 11), True),  # a Friday
        (at(2027, 12, 31, 12), False),
        (at(2028, 12, 24, 10), False),  # a Sunday: it stays closed
    ],
}


@pytest.mark.parametrize(
    ("shape", "moment", "expected"),
    [
        (shape, moment, expected)
        for shape, answers in ANSWERS.items()
        for moment, expected in answers
    ],
)
def test_open_or_closed(shape: str, moment: datetime, expected: bool) -> None:  # noqa: FBT001
    hours = load(shape).channel("desk").hours
    assert hours is not None
    assert hours.is_open(moment) is expected


@pytest.mark.parametrize(
    ("shape", "received", "due"),
    [
        # One hour on Thursday before 16:00, three more until 19:00 on the first Thursday.
        ("first Thursday", at(2026, 2, 5, 15), at(2026, 2, 5, 19)),
        ("first Thursday", at(2026, 2, 12, 15), at(2026, 2, 13, 12)),
        # Saturday morning counts in the weeks it opens only.
        ("every other Saturday", at(2026, 1, 16, 15), at(2026, 1, 17, 12)),
        ("every other Saturday", at(2026, 1, 9, 15), at(2026, 1, 12, 12)),
        # Received on New Year's Day: three hours on Saturday 2 January, one on Monday.
        ("every other Saturday", at(2027, 1, 1, 10), at(2027, 1, 4, 10)),
        # One hour on Tuesday morning, two in the evening, one on Wednesday.
        ("evenings by appointment", at(2026, 3, 3, 11), at(2026, 3, 4, 10)),
        # Two hours on 24 December 2026, then Christmas, a weekend, and Monday 28 December.
        ("close early", at(2026, 12, 24, 10), at(2026, 12, 28, 11)),
        ("close early", at(2026, 12, 23, 15), at(2026, 12, 24, 12)),
    ],
)
def test_deadlines_in_service_hours(shape: str, received: datetime, due: datetime) -> None:
    deadline = load(shape).deadline("callback", received)
    assert deadline.due.astimezone(BRUSSELS) == due


# -- bad documents, each problem at its path ----------------------------------------------------

HOURS = "$.channels[0].hours"


@pytest.mark.parametrize(
    ("part", "value", "path", "message", "schema"),
    [
        (
            "extra",
            [{"days": "Su", "every_other_week": "2026-01-03", "hours": "09:00-12:00"}],
            ".extra[0].every_other_week",
            "2026-01-03 is a Saturday, not one of the days (Sunday)",
            True,
        ),
        (
            "extra",
            [{"days": "Th", "nth": 7, "hours": "16:00-19:00"}],
            ".extra[0].nth",
            "7 is not",
            False,
        ),
        (
            "extra",
            [{"days": "Th", "nth": [], "hours": "16:00-19:00"}],
            ".extra[0].nth",
            "at least",
            False,
        ),
        (
            "extra",
            [{"days": "Th", "nth": [2, 2], "hours": "16:00-19:00"}],
            ".extra[0].nth",
            "twice",
            False,
        ),
        (
            "extra",
            [{"days": "Th", "nth": True, "hours": "16:00-19:00"}],
            ".extra[0].nth",
            "whole",
            False,
        ),
        (
            "extra",
            [{"days": "Th", "nth": 1, "hours": "09:00-19:00"}],
            ".extra[0]",
            "09:00-19:00 overlaps the weekly hours of Thursday: give only the hours added",
            True,
        ),
        (
            "extra",
            [{"days": "Thu", "hours": "16:00-19:00"}],
            ".extra[0].days",
            "'Thu' is not",
            True,
        ),
        ("extra", [{"days": ["Th"], "hours": "16:00-19:00"}], ".extra[0].days", "expected", False),
        ("extra", [{"days": "Th", "hours": "16:00"}], ".extra[0].hours", "not a time range", True),
        ("extra", [{"days": "Th", "hours": 16}], ".extra[0].hours", "expected ranges", False),
        ("extra", [{"hours": "16:00-19:00"}], ".extra[0].days", "required field missing", False),
        (
            "extra",
            [{"days": "Sa", "hours": "09:00-12:00", "weeks": 2}],
            ".extra[0]",
            "unknown",
            False,
        ),
        (
            "extra",
            [{"days": "Sa", "hours": "09:00-12:00", "nth": 1, "every_other_week": "2026-01-03"}],
            ".extra[0]",
            "give nth or every_other_week, not both",
            False,
        ),
        (
            "extra",
            [{"days": "Sa", "hours": "09:00-12:00", "every_other_week": "3 Jan"}],
            ".extra[0].every_other_week",
            "expected a date",
            False,
        ),
        (
            "extra",
            [{"days": "Sa", "hours": "09:00-12:00", "by_appointment": "yes"}],
            ".extra[0].by_appointment",
            "expected true or false",
            False,
        ),
        (
            "extra",
            [{"days": "Sa", "hours": "09:00-12:00", "note": 5}],
            ".extra[0].note",
            "expected a text",
            False,
        ),
        ("extra", {"days": "Sa"}, ".extra", "expected a list", False),
        ("extra", ["Sa 09:00-12:00"], ".extra[0]", "expected an object", False),
        (
            "extra",
            [
                {"days": "Sa", "every_other_week": "2026-01-03", "hours": "09:00-12:00"},
                {"days": "Sa", "every_other_week": "2026-01-17", "hours": "11:00-13:00"},
            ],
            ".extra[1]",
            "extra[0] and extra[1]: their hours overlap on a Saturday they can both fall on",
            True,
        ),
        (
            "close_early",
            [{"start": "Dec 24", "closes": "00:00"}],
            ".close_early[0].closes",
            "closes the whole day",
            True,
        ),
        (
            "close_early",
            [{"start": "Dec 24", "closes": "12.00"}],
            ".close_early[0].closes",
            "is not a time HH:MM",
            True,
        ),
        (
            "close_early",
            [{"start": "Dec 24", "closes": 12}],
            ".close_early[0].closes",
            "expected a time",
            False,
        ),
        (
            "close_early",
            [{"start": "Dec 24"}],
            ".close_early[0].closes",
            "required field missing",
            False,
        ),
        (
            "close_early",
            [{"start": "Dec 32", "closes": "12:00"}],
            ".close_early[0].start",
            "not a day of the year",
            True,
        ),
        (
            "close_early",
            [{"start": "Dec 24", "end": None, "closes": "12:00"}],
            ".close_early[0].end",
            "expected a date",
            False,
        ),
        (
            "close_early",
            [
                {"start": "Dec 20", "end": "Dec 31", "closes": "12:00"},
                {"start": "2026-12-24", "closes": "15:00"},
            ],
            ".close_early",
            "days closing early Dec 20..Dec 31 and 2026-12-24..2026-12-24 overlap",
            True,
        ),
    ],
)
def test_bad_parts_are_refused_at_their_path(
    part: str,
    value: object,
    path: str,
    message: str,
    schema: bool,  # noqa: FBT001
) -> None:
    hours = {"weekly": {"Mo-Fr": "09:00-16:00"}, part: value}
    written = document(hours)
    with pytest.raises(CharterValidationError) as info:
        charter.loads(json.dumps(written))
    issues = [(issue.path, issue.message) for issue in info.value.issues]
    assert any(p == HOURS + path and message in m for p, m in issues), issues
    # What the schema can say, it refuses too; the rest is the loader's (OPENING_HOURS_SYNTAX).
    assert schema_accepts(written) is schema


def test_close_early_with_hours_past_midnight_is_refused() -> None:
    hours = {
        "weekly": {"Mo-Fr": "09:00-16:00", "Sa": "20:00-02:00"},
        "close_early": [{"start": "Dec 24", "closes": "12:00"}],
    }
    with pytest.raises(CharterValidationError) as info:
        charter.loads(json.dumps(document(hours)))
    (issue,) = info.value.issues
    assert issue.path == HOURS + ".close_early"
    assert issue.message.startswith("the hours 20:00-02:00 run past midnight")


# -- warnings ---------------------------------------------------------------------------------


def test_dated_days_closing_early_that_run_out_are_warned_about() -> None:
    hours = {
        "weekly": {"Mo-Fr": "09:00-16:00"},
        "close_early": [{"start": "2026-12-24", "end": "2026-12-31", "closes": "12:00"}],
    }
    written = document(hours)
    written["calendars"][0]["closures"] = {}

    def warnings(data: dict[str, Any]) -> list[tuple[str, str]]:
        return [(w.path, w.message) for w in charter.loads(json.dumps(data)).warnings()]

    ((path, message),) = warnings(written)
    assert path == HOURS + ".close_early"
    assert message.startswith("days closing early are dated up to 2026 and the charter has no")
    assert warnings({**written, "valid_until": "2026-12-31"}) == []
    every_year = document(SHAPES["close early"])
    every_year["calendars"][0]["closures"] = {}
    assert warnings(every_year) == []  # every year: nothing runs out


# -- in words: describe_hours and the rendered charter --------------------------------------

NNBSP, NBSP = "\u202f", "\u00a0"
WORDS = {
    "first Thursday": {
        "nl_BE": "van maandag tot vrijdag van 9.00 tot 16.00 uur; elke eerste donderdag van "
        "de maand tot 19.00 uur; gesloten op feestdagen",
        "fr_BE": f"du lundi au vendredi de 9{NBSP}h à 16{NBSP}h{NNBSP}; le premier jeudi du mois "
        f"jusqu'à 19{NBSP}h{NNBSP}; fermé les jours fériés",
        "de_BE": "Montag bis Freitag von 9.00 bis 16.00 Uhr; am ersten Donnerstag im Monat bis "
        "19.00 Uhr; an Feiertagen geschlossen",
        "en": "Monday to Friday from 9:00 to 16:00; every first Thursday of the month until "
        "19:00; closed on public holidays",
    },
    "every other Saturday": {
        "nl_BE": "van maandag tot vrijdag van 9.00 tot 16.00 uur; om de twee weken op zaterdag "
        "(onder meer op 3 januari 2026) van 9.00 tot 12.00 uur; gesloten op feestdagen",
        "fr_BE": f"du lundi au vendredi de 9{NBSP}h à 16{NBSP}h{NNBSP}; un samedi sur deux "
        f"(notamment le 3 janvier 2026) de 9{NBSP}h à 12{NBSP}h{NNBSP}; fermé les jours fériés",
        "de_BE": "Montag bis Freitag von 9.00 bis 16.00 Uhr; jeden zweiten Samstag (unter anderem "
        "am 3. Januar 2026) von 9.00 bis 12.00 Uhr; an Feiertagen geschlossen",
        "en": "Monday to Friday from 9:00 to 16:00; every other Saturday (including 3 January "
        "2026) from 9:00 to 12:00; closed on public holidays",
    },
    "evenings by appointment": {
        "nl_BE": "van maandag tot vrijdag van 9.00 tot 12.00 uur; ook dinsdag en donderdag van "
        "17.00 tot 19.00 uur (op afspraak); gesloten op feestdagen",
        "fr_BE": f"du lundi au vendredi de 9{NBSP}h à 12{NBSP}h{NNBSP}; également le mardi et le "
        f"jeudi de 17{NBSP}h à 19{NBSP}h (sur rendez-vous){NNBSP}; fermé les jours fériés",
        "de_BE": "Montag bis Freitag von 9.00 bis 12.00 Uhr; außerdem Dienstag und Donnerstag "
        "von 17.00 bis 19.00 Uhr (nur nach Terminvereinbarung); an Feiertagen geschlossen",
        "en": "Monday to Friday from 9:00 to 12:00; also Tuesday and Thursday from 17:00 to "
        "19:00 (by appointment); closed on public holidays",
    },
    "pensions only": {
        "nl_BE": "van maandag tot vrijdag van 9.00 tot 12.00 uur; ook woensdag van 13.00 tot "
        "16.00 uur (enkel pensioenen); gesloten op feestdagen",
        "fr_BE": f"du lundi au vendredi de 9{NBSP}h à 12{NBSP}h{NNBSP}; également le mercredi de "
        f"13{NBSP}h à 16{NBSP}h (uniquement les pensions){NNBSP}; fermé les jours fériés",
        "de_BE": "Montag bis Freitag von 9.00 bis 12.00 Uhr; außerdem Mittwoch von 13.00 bis "
        "16.00 Uhr (nur Renten); an Feiertagen geschlossen",
        "en": "Monday to Friday from 9:00 to 12:00; also Wednesday from 13:00 to 16:00 (pensions "
        "only); closed on public holidays",
    },
    "close early": {
        "nl_BE": "van maandag tot vrijdag van 9.00 tot 16.00 uur; gesloten op feestdagen; op 24 "
        "en 31 december gesloten vanaf 12.00 uur",
        "fr_BE": f"du lundi au vendredi de 9{NBSP}h à 16{NBSP}h{NNBSP}; fermé les jours "
        f"fériés{NNBSP}; fermé à partir de 12{NBSP}h les 24 et 31 décembre",
        "de_BE": "Montag bis Freitag von 9.00 bis 16.00 Uhr; an Feiertagen geschlossen; am 24. "
        "und 31. Dezember ab 12.00 Uhr geschlossen",
        "en": "Monday to Friday from 9:00 to 16:00; closed on public holidays; closed from "
        "12:00 on 24 and 31 December",
    },
}
LABELS = {"nl_BE": "Open: ", "fr_BE": f"Ouvert{NBSP}: ", "de_BE": "Geöffnet: ", "en": "Open: "}


@pytest.mark.parametrize(("shape", "locale"), [(s, locale) for s in WORDS for locale in LABELS])
def test_said_in_four_languages(shape: str, locale: str) -> None:
    c = load(shape)
    hours = c.channel("desk").hours
    assert hours is not None
    sentence = WORDS[shape][locale]
    assert describe_hours(hours, locale) == sentence
    rendered = charter.render(c, locale=locale)
    assert f"- {LABELS[locale]}{sentence}\n" in rendered


def test_extra_hours_alone_and_on_several_days() -> None:
    hours = charter.OpeningHours(
        timezone="Europe/Brussels",
        extra=[
            charter.ExtraHours(
                days="Fr,Sa", every_other_week=at(2026, 1, 2, 0).date(), hours="18:00-20:00"
            ),
            charter.ExtraHours(days="Tu,Th", nth=[1, -1], hours="10:00-12:00", note=PENSIONS),
        ],
    )
    said = {locale: describe_hours(hours, locale) for locale in LABELS}
    assert said["nl_BE"] == (
        "om de twee weken op vrijdag en zaterdag (onder meer op 2 januari 2026) van 18.00 tot "
        "20.00 uur; elke eerste en laatste dinsdag en donderdag van de maand van 10.00 tot "
        "12.00 uur (enkel pensioenen)"
    )
    assert said["fr_BE"] == (
        f"une semaine sur deux le vendredi et le samedi (notamment le 2 janvier 2026) de "
        f"18{NBSP}h à 20{NBSP}h{NNBSP}; le premier et le dernier mardi et jeudi du mois de "
        f"10{NBSP}h à 12{NBSP}h (uniquement les pensions)"
    )
    assert said["de_BE"] == (
        "alle zwei Wochen am Freitag und Samstag (unter anderem am 2. Januar 2026) von 18.00 "
        "bis 20.00 Uhr; am ersten und letzten Dienstag und Donnerstag im Monat von 10.00 bis "
        "12.00 Uhr (nur Renten)"
    )
    assert said["en"] == (
        "every other week on Friday and Saturday (including 2 January 2026) from 18:00 to "
        "20:00; every first and last Tuesday and Thursday of the month from 10:00 to 12:00 "
        "(pensions only)"
    )


def test_the_table_shows_the_hours_added_every_week() -> None:
    rendered = charter.render(load("evenings by appointment"), locale="nl_BE")
    assert "| Dinsdag | van 9.00 tot 12.00 uur en van 17.00 tot 19.00 uur (op afspraak) |" in (
        rendered
    )
    assert "| Woensdag | van 9.00 tot 12.00 uur |" in rendered
    rendered = charter.render(load("pensions only"), locale="fr_BE")
    assert (
        f"| Mercredi | de 9{NBSP}h à 12{NBSP}h et de 13{NBSP}h à 16{NBSP}h (uniquement les "
        "pensions) |"
    ) in rendered
    # The first Thursday is not every Thursday: the table gives the week's hours, then the
    # hours of some weeks said whole, never "closed" or the week's alone.
    rendered = charter.render(load("first Thursday"), locale="de_BE")
    assert (
        "| Donnerstag | von 9.00 bis 16.00 Uhr und am ersten Donnerstag im Monat bis 19.00 Uhr |"
    ) in rendered


def test_the_html_page_marks_today_only_where_the_week_holds() -> None:
    c = load("first Thursday")
    first = charter.render(c, locale="nl_BE", format="html", today=at(2026, 2, 5, 0).date())
    second = charter.render(c, locale="nl_BE", format="html", today=at(2026, 2, 12, 0).date())
    assert "<tr aria-current" not in first
    assert '<tr aria-current="date"><th scope="row">Donderdag</th>' in second


# -- charter hours ----------------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def test_charter_hours_shows_them(tmp_path: Path) -> None:
    path = tmp_path / "evenings.json"
    path.write_text(json.dumps(document(SHAPES["evenings by appointment"])), encoding="utf-8")
    code, out = run("hours", "desk", "--charter", str(path), "--lang", "fr")
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[1]
        == 'opening_hours: Mo-Fr 09:00-12:00, Tu,Th 17:00-19:00 open "by appointment"; PH off'
    )
    assert "  Mardi     09:00-12:00, 17:00-19:00 (sur rendez-vous)" in lines
    assert "  Mercredi  09:00-12:00" in lines
    assert lines[-1] == f"Ouvert{NBSP}: " + WORDS["evenings by appointment"]["fr_BE"]
    code, out = run("hours", "desk", "--charter", str(path), "--json")
    assert json.loads(out)["extra"] == [
        {
            "days": ["tuesday", "thursday"],
            "hours": ["17:00-19:00"],
            "by_appointment": True,
        }
    ]


def test_charter_hours_says_why_there_is_no_osm_text(tmp_path: Path) -> None:
    path = tmp_path / "saturdays.json"
    path.write_text(json.dumps(document(SHAPES["every other Saturday"])), encoding="utf-8")
    code, out = run("hours", "desk", "--charter", str(path))
    assert code == 0
    lines = out.splitlines()
    assert lines[1].startswith(
        "opening_hours: none (extra[0]: every other week counted from a date has no "
        "OpenStreetMap form"
    )
    assert lines[-1] == "Open: " + WORDS["every other Saturday"]["nl_BE"]
    code, out = run("hours", "desk", "--charter", str(path), "--json", "--lang", "de")
    found = json.loads(out)
    assert found["opening_hours"] is None
    assert found["extra"][0]["every_other_week"] == "2026-01-03"
    path = tmp_path / "christmas.json"
    path.write_text(json.dumps(document(SHAPES["close early"])), encoding="utf-8")
    code, out = run("hours", "desk", "--charter", str(path), "--json")
    assert json.loads(out)["close_early"] == [
        {"start": "Dec 24", "end": "Dec 24", "closes": "12:00"},
        {"start": "Dec 31", "end": "Dec 31", "closes": "12:00"},
    ]


# -- the neighbours' formats ------------------------------------------------------------------


def test_schema_org_says_the_days_and_leaves_out_appointments() -> None:
    from charter.interop.schema_org import opening_hours_specification  # noqa: PLC0415

    hours = load("first Thursday").channel("desk").hours
    assert hours is not None
    window = (at(2026, 2, 1, 0).date(), at(2026, 2, 28, 0).date())
    specs = opening_hours_specification(hours, window)
    thursday = [s for s in specs if s.get("validFrom") == "2026-02-05"]
    assert [(s["opens"], s["closes"]) for s in thursday] == [("09:00", "19:00")]
    # Walk-in hours only: the evenings by appointment would tell a reader to walk in.
    hours = load("evenings by appointment").channel("desk").hours
    assert hours is not None
    specs = opening_hours_specification(hours, window)
    assert all(s.get("closes") != "19:00" for s in specs), specs
    with pytest.raises(InteropError, match="window of dates"):
        opening_hours_specification(hours, None)


def test_icalendar_lists_the_days_that_close_early() -> None:
    from charter.interop import to_ical  # noqa: PLC0415

    c = load("close early")
    feed = to_ical(
        c, start=at(2026, 12, 24, 0).date(), end=at(2027, 12, 31, 0).date(), channel="desk"
    )
    assert "DTSTART;TZID=Europe/Brussels:20261224T090000" in feed
    assert "DTEND;TZID=Europe/Brussels:20261224T120000" in feed
    assert "DTEND;TZID=Europe/Brussels:20271231T120000" in feed
    assert "DTSTART;VALUE=DATE:20271224" in feed  # a closure day: closed, all day
    assert "DTSTART;TZID=Europe/Brussels:20271224T090000" not in feed
