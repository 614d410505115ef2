"""Charters in people's words: hours and deadlines in nl, fr, de and en; the catalogue."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from charter import (
    EU_1182_71,
    CharterTypeError,
    CharterValueError,
    Extended,
    OpeningHours,
    Period,
    Resumed,
    Suspended,
    Unit,
    UnknownLanguageError,
    WorkingCalendar,
    belgium,
    deadline,
    examples,
)
from charter.clock import Event
from charter.language import Messages, describe_deadline, describe_hours, describe_period, render

BRUSSELS = ZoneInfo("Europe/Brussels")
ROOT = Path(__file__).parent.parent
LOCALE = ROOT / "src" / "charter" / "language" / "locale"
CALENDAR = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
NNBSP, NBSP = "\u202f", "\u00a0"


def at(*args: int) -> datetime:
    return datetime(*args).replace(tzinfo=BRUSSELS)  # type: ignore[arg-type]


OFFICE = OpeningHours.from_osm(
    "Mo-Fr 09:00-12:00,13:00-16:00; PH off", timezone="Europe/Brussels", holidays=belgium.LEGAL
)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "nl_BE",
            (
                "maandag tot vrijdag van 9.00 tot 12.00 uur en van 13.00 tot 16.00 uur; "
                "gesloten op feestdagen"
            ),
        ),
        (
            "fr_BE",
            f"du lundi au vendredi de 9 h à 12 h et de 13 h à 16 h{NNBSP}; fermé les jours fériés",
        ),
        (
            "de_BE",
            (
                "Montag bis Freitag von 9.00 bis 12.00 Uhr und von 13.00 bis 16.00 Uhr; "
                "an Feiertagen geschlossen"
            ),
        ),
        (
            "en",
            (
                "Monday to Friday from 9:00 to 12:00 and from 13:00 to 16:00; "
                "closed on public holidays"
            ),
        ),
    ],
)
def test_office_hours(locale: str, expected: str) -> None:
    assert describe_hours(OFFICE, locale) == expected


def test_hours_with_seasons_special_days_and_half_hours() -> None:
    hours = OpeningHours.from_osm(
        "Mo,We 08:30-12:30; Sa 10:00-12:00; Jul-Aug off; Jul-Aug Mo 09:00-12:00; "
        "PH 10:00-12:00; Dec 24 09:00-12:00; Dec 31 off",
        timezone="Europe/Brussels",
        holidays=belgium.LEGAL,
    )
    assert describe_hours(hours, "nl_BE") == (
        "maandag van 8.30 tot 12.30 uur; woensdag van 8.30 tot 12.30 uur; zaterdag van 10.00 "
        "tot 12.00 uur; van 1 juli tot 31 augustus: maandag van 9.00 tot 12.00 uur; op "
        "feestdagen van 10.00 tot 12.00 uur; op 24 december van 9.00 tot 12.00 uur; "
        "gesloten op 31 december"
    )
    assert describe_hours(hours, "fr_BE").startswith(
        f"lundi de 8 h 30 à 12 h 30{NNBSP}; mercredi de 8 h 30 à 12 h 30"
    )
    assert f"du 1er juillet au 31 août{NBSP}: lundi de 9 h à 12 h" in describe_hours(hours, "fr_BE")
    assert "vom 1. Juli bis zum 31. August: Montag von 9.00 bis 12.00 Uhr" in describe_hours(
        hours, "de_BE"
    )


def test_round_the_clock_every_day_night_hours_and_appointments() -> None:
    always = OpeningHours.from_osm("24/7", timezone="Europe/Brussels")
    assert describe_hours(always, "nl_BE") == "elke dag, dag en nacht"
    assert describe_hours(always, "de_BE") == "täglich rund um die Uhr"
    night = OpeningHours.from_osm("Mo-Su 22:00-02:00", timezone="Europe/Brussels")
    assert describe_hours(night, "fr_BE") == "tous les jours de 22 h à 2 h"
    closed = OpeningHours(timezone="Europe/Brussels")
    assert describe_hours(closed, "en") == "closed"
    appointments = OpeningHours.from_osm(
        'Tu 14:00-16:00 "by appointment"', timezone="Europe/Brussels"
    )
    assert describe_hours(appointments, "nl_BE") == "op afspraak: dinsdag van 14.00 tot 16.00 uur"


# -- deadlines ---------------------------------------------------------------------------------

SATURDAY = deadline(at(2026, 12, 26, 11), "5 working days", calendar=CALENDAR)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "nl_BE",
            (
                "Uw vraag kwam binnen op zaterdag 26 december 2026. Dat is geen werkdag: ze "
                "geldt als "
                "ontvangen op maandag 28 december. We tellen vanaf dinsdag 29 december. 1 "
                "januari is "
                "een feestdag. U krijgt uiterlijk op dinsdag 5 januari 2027 een antwoord."
            ),
        ),
        (
            "fr_BE",
            (
                "Votre question nous est parvenue le samedi 26 décembre 2026. Ce n'est pas un jour "
                f"ouvrable{NBSP}: elle est considérée comme reçue le lundi 28 décembre. Nous "
                "comptons "
                "à partir du mardi 29 décembre. Le 1er janvier est un jour férié. Vous recevrez "
                "une "
                "réponse au plus tard le mardi 5 janvier 2027."
            ),
        ),
        (
            "de_BE",
            (
                "Ihre Anfrage ist am Samstag, 26. Dezember 2026 eingegangen. Das ist kein "
                "Werktag: Sie "
                "gilt als am Montag, 28. Dezember eingegangen. Wir zählen ab Dienstag, 29. "
                "Dezember. "
                "Der 1. Januar ist ein Feiertag. Sie erhalten spätestens am Dienstag, 5. Januar "
                "2027 "
                "eine Antwort."
            ),
        ),
        (
            "en",
            (
                "Your question arrived on Saturday 26 December 2026. That is not a working day: it "
                "counts as received on Monday 28 December. We count from Tuesday 29 December. "
                "1 January is a public holiday. You will receive an answer by Tuesday 5 January "
                "2027 "
                "at the latest."
            ),
        ),
    ],
)
def test_a_deadline_explained(locale: str, expected: str) -> None:
    assert str(describe_deadline(SATURDAY, locale)) == expected


def test_suspension_extension_closures_and_rolling_forward() -> None:
    c = examples.load()
    received = at(2026, 12, 23, 10)
    info = describe_deadline(c.deadline("informative", received), "nl_BE")
    assert "28 december en 29 december zijn sluitingsdagen van de dienst." in info.explanation
    assert "25 december en 1 januari zijn feestdagen." in info.explanation
    fr = describe_deadline(c.deadline("informative", received), "fr_BE")
    assert "Les 25 décembre et 1er janvier sont des jours fériés." in fr.explanation
    events: list[Event] = [Suspended(at=at(2026, 12, 3, 9)), Resumed(at=at(2026, 12, 8, 14))]
    suspended = describe_deadline(c.deadline("substantive", at(2026, 12, 1, 10), events), "de_BE")
    assert suspended.explanation[-1] == (
        "Wir haben vom Donnerstag, 3. Dezember bis zum Dienstag, 8. Dezember auf Sie gewartet: "
        "5 Tage werden nicht gezählt."
    )
    extended = c.deadline(
        "complaint", at(2026, 12, 1, 10), [Extended(at=at(2026, 12, 20), by="45 days")]
    )
    assert "Op zondag 20 december werd de termijn verlengd met 45 dagen." in (
        describe_deadline(extended, "nl_BE").explanation
    )
    rolled = deadline(at(2026, 12, 15, 10), "10 days", calendar=CALENDAR, rule=EU_1182_71)
    assert (
        f"Le vendredi 25 décembre n'est pas un jour ouvrable{NNBSP}; le dernier jour est donc "
        "le lundi 28 décembre." in describe_deadline(rolled, "fr_BE").explanation
    )
    text = describe_deadline(rolled, "en")
    assert "Friday 25 December is not a working day, so the last day is Monday 28 December." in (
        text.explanation
    )
    friday = deadline(at(2026, 12, 4, 10), "2 days", calendar=CALENDAR, rule=EU_1182_71)
    assert (
        "Die Frist umfasst mindestens 2 Werktage; der letzte Tag ist daher Dienstag, 8. Dezember."
        in describe_deadline(friday, "de_BE").explanation
    )


def test_a_promise_with_its_time_and_service_hours_suspended() -> None:
    c = examples.load()
    events: list[Event] = [
        Suspended(at=at(2026, 12, 23, 10)),
        Resumed(at=at(2026, 12, 23, 11, 30)),
    ]
    callback = c.deadline("callback", at(2026, 12, 23, 9), events)
    fr = describe_deadline(callback, "fr_BE")
    assert fr.promise == (
        "Vous recevrez une réponse au plus tard le mercredi 23 décembre 2026 à 14 h 30."
    )
    nl = describe_deadline(callback, "nl_BE")
    assert (
        nl.promise == "U krijgt uiterlijk op woensdag 23 december 2026 om 14.30 uur een antwoord."
    )
    assert nl.explanation[-1] == (
        "We wachtten op u van woensdag 23 december tot woensdag 23 december: die tijd "
        "(1 uur en 30 minuten) telt niet mee."
    )


def test_periods_in_words_with_each_language_s_plurals() -> None:
    assert describe_period(Period(1, Unit.WORKING_DAYS), "nl_BE") == "1 werkdag"
    assert describe_period(Period(5, Unit.WORKING_DAYS), "nl_BE") == "5 werkdagen"
    assert describe_period(Period(1, Unit.MONTHS), "fr_BE") == "1 mois"
    assert describe_period(Period(2, Unit.YEARS), "fr_BE") == "2 ans"
    assert describe_period(Period(4, Unit.SERVICE_HOURS), "de_BE") == "4 Servicestunden"
    french = Messages("fr_BE")
    # CLDR's French: "one" is 0 and 1, "many" is a million, "other" the rest.
    assert [french.ngettext("{n} day", "{n} days", n).format(n=n) for n in (0, 1, 2)] == [
        "0 jour",
        "1 jour",
        "2 jours",
    ]
    assert french.ngettext("{n} day", "{n} days", 1_000_000) == "{n} jours"


@pytest.mark.parametrize(
    ("locale", "error"),
    [
        ("xx", UnknownLanguageError),
        ("it_IT", UnknownLanguageError),
        ("", UnknownLanguageError),
        (42, CharterTypeError),
    ],
)
def test_unknown_locales(locale: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        describe_hours(OFFICE, locale)  # type: ignore[arg-type]


def test_what_is_not_hours_or_a_deadline() -> None:
    with pytest.raises(CharterTypeError, match="OpeningHours"):
        describe_hours("Mo-Fr 09:00-17:00", "nl_BE")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="a Deadline"):
        describe_deadline("tomorrow", "nl_BE")  # type: ignore[arg-type]


def test_import_charter_does_not_load_babel() -> None:
    probe = "import sys, charter; charter.Case; charter.deadline; print('babel' in sys.modules)"
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed probe
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert done.stdout == "False\n"


# -- the catalogue -----------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _catalogue(language: str) -> object:
    path = LOCALE / language / "LC_MESSAGES" / "charter.po"
    with path.open("rb") as file:
        return read_po(file, locale=language)


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_message_is_translated(language: str) -> None:
    with (LOCALE / "charter.pot").open("rb") as file:
        template = read_po(file)
    catalogue = _catalogue(language)
    wanted = {m.id for m in template if m.id}
    found = {m.id: m for m in catalogue if m.id}  # type: ignore[attr-defined]
    assert set(found) == wanted
    assert not list(catalogue.obsolete)  # type: ignore[attr-defined]
    assert not catalogue.fuzzy  # type: ignore[attr-defined]
    for message_id, message in found.items():
        assert not message.fuzzy, message_id
        singular = message_id[0] if isinstance(message_id, tuple) else message_id
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(message_id, tuple):
            assert len(strings) == catalogue.num_plurals, message_id  # type: ignore[attr-defined]
        for text in strings:
            assert text, f"{language}: no translation of {singular!r}"
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(singular)), text


def test_the_template_holds_every_message_of_the_code() -> None:
    extracted = {
        message
        for _, _, message, _, _ in extract_from_dir(
            str(ROOT / "src" / "charter" / "language"),
            method_map=[("**.py", "python")],
            keywords={
                "gettext": None,
                "ngettext": (1, 2),
                "npgettext": ((1, "c"), 2, 3),
                "N_": None,
                "NN_": (1, 2),
                "NPN_": ((1, "c"), 2, 3),
            },
        )
    }
    with (LOCALE / "charter.pot").open("rb") as file:
        template = {m.id for m in read_po(file) if m.id}
    assert extracted == template


def test_special_periods_with_their_notes() -> None:
    from datetime import date  # noqa: PLC0415

    from charter import MonthDay, SpecialHours  # noqa: PLC0415

    hours = OpeningHours(
        timezone="Europe/Brussels",
        weekly={0: ["09:00-12:00"]},
        special=[
            SpecialHours(
                start=date(2026, 12, 24),
                end=date(2026, 12, 31),
                note={"nl": "kerstverlof", "fr": "congé de Noël"},
            ),
            SpecialHours(start=MonthDay(7, 20), end=MonthDay(7, 22), hours=["10:00-11:00"]),
        ],
    )
    assert describe_hours(hours, "nl_BE") == (
        "maandag van 9.00 tot 12.00 uur; van 20 juli tot 22 juli: van 10.00 tot 11.00 uur; "
        "gesloten van donderdag 24 december 2026 tot donderdag 31 december 2026 (kerstverlof)"
    )
    assert "fermé du jeudi 24 décembre 2026 au jeudi 31 décembre 2026 (congé de Noël)" in (
        describe_hours(hours, "fr_BE")
    )
    assert "(kerstverlof)" not in describe_hours(hours, "de_BE")  # no German note


# -- the whole charter -------------------------------------------------------------------------

GOLDEN = ROOT / "tests" / "golden"
FORMATS = {"markdown": "md", "html": "html", "text": "txt"}


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
@pytest.mark.parametrize("form", ["markdown", "html", "text"])
def test_the_default_example_matches_its_golden_file(language: str, form: str) -> None:
    # The golden files are the reviewed documents; CHARTER_UPDATE_GOLDEN=1 rewrites them
    # after a deliberate change (and the change is read again before it is committed).
    locale = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_BE"}[language]
    rendered = render(examples.load(), locale=locale, format=form)  # type: ignore[arg-type]
    path = GOLDEN / f"federal.{language}.{FORMATS[form]}"
    if os.environ.get("CHARTER_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


class _Outline(HTMLParser):
    """What an accessible page must have: its language, headings in order, table headers."""

    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.headings: list[int] = []
        self.tables = 0
        self.header_cells = 0
        self.outside: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.lang = found.get("lang")
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "table":
            self.tables += 1
        if tag == "th":
            self.header_cells += 1
        if tag == "script":
            self.scripts += 1
        self.outside.extend(v for k, v in attrs if k in ("src", "href") and v)


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_the_html_page_is_complete_and_accessible(language: str) -> None:
    page = render(examples.load(), locale=f"{language}_BE", format="html")
    outline = _Outline()
    outline.feed(page)
    outline.close()
    assert page.startswith("<!DOCTYPE html>\n")
    assert outline.lang == language
    assert outline.headings[0] == 1
    assert outline.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(outline.headings))
    assert outline.tables == 2
    assert outline.header_cells == 2 * (2 + 7)  # two column headers, seven row headers
    assert outline.outside == []
    assert outline.scripts == 0


def test_hostile_text_comes_out_escaped() -> None:
    from charter.model import Organisation  # noqa: PLC0415

    c = examples.load()
    hostile = "<script>alert('x')</script> \"quoted\" & \u202eevil"
    attacked = attrs.evolve(c, organisation=Organisation(name={"nl": hostile, "en": hostile}))
    page = render(attacked, locale="nl_BE", format="html")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &quot;quoted&quot; &amp;" in page
    assert "\u202e" not in page
    assert "[U+202E]evil" in page
    markdown = render(attacked, locale="nl_BE", format="markdown")
    assert "\\<script\\>" in markdown
    assert "\u202e" not in render(attacked, locale="nl_BE", format="text")


def test_render_refuses_what_it_cannot_do() -> None:
    with pytest.raises(CharterValueError, match="'pdf' is not a format"):
        render(examples.load(), locale="nl_BE", format="pdf")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="a Charter"):
        render("charter.json", locale="nl_BE")  # type: ignore[arg-type]
    with pytest.raises(UnknownLanguageError):
        render(examples.load(), locale="es_ES")
