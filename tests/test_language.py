"""Charters in people's words: hours and deadlines in nl, fr, de and en; the catalogue."""

from __future__ import annotations

import html
import itertools
import os
import re
import subprocess
import sys
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from charter import (
    EU_1182_71,
    SERVICE_STANDARD,
    CharterTypeError,
    CharterValueError,
    Dates,
    Extended,
    MissingTextError,
    MonthDay,
    OpeningHours,
    Period,
    Resumed,
    Season,
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
                "van maandag tot vrijdag van 9.00 tot 12.00 uur en van 13.00 tot 16.00 uur; "
                "gesloten op feestdagen"
            ),
        ),
        (
            "fr_BE",
            (
                f"du lundi au vendredi de 9{NBSP}h à 12{NBSP}h et de 13{NBSP}h à 16{NBSP}h{NNBSP}; "
                "fermé les jours fériés"
            ),
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
    # Two days with the same hours together; a whole season is its months (X5, X18).
    assert describe_hours(hours, "nl_BE") == (
        "maandag en woensdag van 8.30 tot 12.30 uur; zaterdag van 10.00 tot 12.00 uur; in juli "
        "en augustus: maandag van 9.00 tot 12.00 uur; op feestdagen van 10.00 tot 12.00 uur; op "
        "24 december van 9.00 tot 12.00 uur; gesloten op 31 december"
    )
    assert describe_hours(hours, "fr_BE").startswith(
        f"le lundi et le mercredi de 8{NBSP}h{NBSP}30 à 12{NBSP}h{NBSP}30{NNBSP}; le samedi"
    )
    assert f"en juillet et août{NBSP}: le lundi de 9{NBSP}h à 12{NBSP}h" in describe_hours(
        hours, "fr_BE"
    )
    assert "im Juli und August: Montag von 9.00 bis 12.00 Uhr" in describe_hours(hours, "de_BE")


def test_round_the_clock_every_day_night_hours_and_appointments() -> None:
    always = OpeningHours.from_osm("24/7", timezone="Europe/Brussels")
    assert describe_hours(always, "nl_BE") == "24 uur op 24, 7 dagen op 7"
    assert describe_hours(always, "fr_BE") == f"24{NBSP}h/24, 7{NBSP}j/7"
    assert describe_hours(always, "de_BE") == "rund um die Uhr"
    night = OpeningHours.from_osm("Mo-Su 22:00-02:00", timezone="Europe/Brussels")
    assert describe_hours(night, "fr_BE") == f"du lundi au dimanche de 22{NBSP}h à 2{NBSP}h"
    closed = OpeningHours(timezone="Europe/Brussels")
    assert describe_hours(closed, "en") == "closed"
    appointments = OpeningHours.from_osm(
        'Tu 14:00-16:00 "by appointment"', timezone="Europe/Brussels"
    )
    assert describe_hours(appointments, "nl_BE") == "dinsdag van 14.00 tot 16.00 uur (op afspraak)"


# -- deadlines ---------------------------------------------------------------------------------

# A charter that moves a receipt on a closed day to the next working day, so the sentence
# that says so is tested in each language.
SATURDAY = deadline(
    at(2026, 12, 26, 11),
    "5 working days",
    calendar=CALENDAR,
    rule=SERVICE_STANDARD.replace(cutoff_non_working_day=True),
)


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        (
            "nl_BE",
            (
                "We hebben uw vraag ontvangen op zaterdag 26 december 2026. Dat is geen werkdag; "
                "uw vraag geldt daarom als ontvangen op maandag 28 december. De termijn begint te "
                "lopen op dinsdag 29 december. Vrijdag 1 januari is een feestdag. U krijgt "
                "uiterlijk op dinsdag 5 januari 2027 een antwoord."
            ),
        ),
        (
            "fr_BE",
            (
                "Votre demande nous est parvenue le samedi 26 décembre 2026. Ce jour n'étant pas "
                "un jour ouvrable, votre demande est considérée comme reçue le lundi 28 décembre. "
                "Le délai court à partir du mardi 29 décembre. Le 1er janvier est un jour férié. "
                "Vous recevrez une réponse au plus tard le mardi 5 janvier 2027."
            ),
        ),
        (
            "de_BE",
            (
                "Ihre Anfrage ist am Samstag, 26. Dezember 2026 eingegangen. Da dies kein Werktag "
                "ist, gilt Ihre Anfrage als am Montag, 28. Dezember eingegangen. Die Frist beginnt "
                "am Dienstag, 29. Dezember. Der 1. Januar ist ein Feiertag. Sie erhalten "
                "spätestens am Dienstag, 5. Januar 2027 eine Antwort."
            ),
        ),
        (
            "en",
            (
                "We received your question on Saturday 26 December 2026. That is not a working "
                "day, so your question counts as received on Monday 28 December. The period starts "
                "on Tuesday 29 December. 1 January is a public holiday. You will receive an answer "
                "by Tuesday 5 January 2027 at the latest."
            ),
        ),
    ],
)
def test_a_deadline_explained(locale: str, expected: str) -> None:
    assert str(describe_deadline(SATURDAY, locale)) == expected


def test_closure_days_before_the_count_are_told_before_it() -> None:
    closed = WorkingCalendar(
        holidays=belgium.LEGAL,
        timezone="Europe/Brussels",
        closures=Dates([date(2026, 12, 28), date(2026, 12, 29)]),
    )
    plain = deadline(at(2026, 12, 26, 11), "5 working days", calendar=closed)
    assert str(describe_deadline(plain, "nl_BE")) == (
        "We hebben uw vraag ontvangen op zaterdag 26 december 2026. Op 28 en 29 december is de "
        "dienst gesloten. De termijn begint te lopen op woensdag 30 december. Vrijdag 1 januari "
        "is een feestdag. U krijgt uiterlijk op woensdag 6 januari 2027 een antwoord."
    )


def test_suspension_extension_closures_and_rolling_forward() -> None:
    c = examples.load()
    received = at(2026, 12, 23, 10)
    info = describe_deadline(c.deadline("informative", received), "nl_BE")
    assert "Op 28 en 29 december is de dienst gesloten." in info.explanation
    assert "Vrijdag 25 december en vrijdag 1 januari zijn feestdagen." in info.explanation
    fr = describe_deadline(c.deadline("informative", received), "fr_BE")
    assert "Les 25 décembre et 1er janvier sont des jours fériés." in fr.explanation
    assert "Les 28 et 29 décembre sont des jours de fermeture du service." in fr.explanation
    de = describe_deadline(c.deadline("informative", received), "de_BE")
    assert "Der 25. Dezember und der 1. Januar sind Feiertage." in de.explanation
    assert "Der 28. und der 29. Dezember sind Schließtage." in de.explanation
    events: list[Event] = [Suspended(at=at(2026, 12, 3, 9)), Resumed(at=at(2026, 12, 8, 14))]
    suspended = describe_deadline(c.deadline("substantive", at(2026, 12, 1, 10), events), "de_BE")
    assert suspended.explanation[-1] == (
        "Vom Donnerstag, 3. Dezember bis zum Dienstag, 8. Dezember haben wir auf Ihre Antwort "
        "gewartet; diese fünf Tage werden nicht mitgezählt."
    )
    extended = c.deadline(
        "complaint", at(2026, 12, 1, 10), [Extended(at=at(2026, 12, 20), by="45 days")]
    )
    assert "Op zondag 20 december hebben we de termijn met 45 kalenderdagen verlengd." in (
        describe_deadline(extended, "nl_BE").explanation
    )
    rolled = deadline(at(2026, 12, 15, 10), "10 days", calendar=CALENDAR, rule=EU_1182_71)
    assert (
        f"Le vendredi 25 décembre est un jour férié{NNBSP}; le délai expire donc le lundi "
        "28 décembre." in describe_deadline(rolled, "fr_BE").explanation
    )
    text = describe_deadline(rolled, "en")
    assert "Friday 25 December is a public holiday, so the period ends on Monday 28 December." in (
        text.explanation
    )
    friday = deadline(at(2026, 12, 4, 10), "2 days", calendar=CALENDAR, rule=EU_1182_71)
    assert (
        "Eine Frist von zwei oder mehr Tagen umfasst mindestens zwei Werktage; die Frist endet "
        "daher am Dienstag, 8. Dezember." in describe_deadline(friday, "de_BE").explanation
    )


def test_a_promise_with_its_time_and_service_hours_suspended() -> None:
    c = examples.load()
    events: list[Event] = [
        Suspended(at=at(2026, 12, 23, 10)),
        Resumed(at=at(2026, 12, 23, 11, 30)),
    ]
    # The example's callback allows no suspension: the calculator, given its terms, does.
    g = c.guarantee("callback")
    callback = deadline(
        at(2026, 12, 23, 9),
        g.period,
        calendar=c.calendar(g.calendar),
        rule=g.rule,
        hours=c.hours_for(g.id),
        events=events,
    )
    fr = describe_deadline(callback, "fr_BE")
    assert fr.promise == (
        f"Vous recevrez une réponse au plus tard le mercredi 23 décembre 2026 à 14{NBSP}h{NBSP}30."
    )
    nl = describe_deadline(callback, "nl_BE", kind="callback")
    assert nl.promise == "We bellen u uiterlijk op woensdag 23 december 2026 om 14.30 uur terug."
    # A period in hours says its times; a wait within one day says its date once (X7, X8).
    assert nl.explanation == (
        "We hebben uw vraag ontvangen op woensdag 23 december 2026 om 9.00 uur.",
        "De termijn begint te lopen op woensdag 23 december om 9.00 uur.",
        (
            "Op woensdag 23 december van 10.00 tot 11.30 uur wachtten we op uw antwoord; die tijd "
            "(een uur en 30 minuten) telt niet mee."
        ),
    )


def test_periods_in_words_with_each_language_s_plurals() -> None:
    assert describe_period(Period(1, Unit.WORKING_DAYS), "nl_BE") == "een werkdag"
    assert describe_period(Period(5, Unit.WORKING_DAYS), "nl_BE") == "vijf werkdagen"
    assert describe_period(Period(1, Unit.MONTHS), "fr_BE") == "un mois"
    assert describe_period(Period(2, Unit.YEARS), "fr_BE") == "deux ans"
    assert describe_period(Period(13, Unit.YEARS), "fr_BE") == "13 ans"
    assert describe_period(Period(4, Unit.SERVICE_HOURS), "de_BE") == (
        "vier Stunden (während unserer Öffnungszeiten)"
    )
    french = Messages("fr_BE")
    # CLDR's French: "one" is 0 and 1, "many" is a million, "other" the rest.
    assert [french.ngettext("one day", "{n} days", n).format(n=n) for n in (0, 1, 2)] == [
        "un jour",
        "un jour",
        "2 jours",
    ]
    assert french.ngettext("one day", "{n} days", 1_000_000) == "{n} jours"


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


#: "{date} and {weekday} instead of {day}" in a translator comment: placeholders a
#: translation may use in place of the message's own.
ALTERNATIVE = re.compile(r"((?:\{[a-z_]+\}(?:,? and |, )?)+) instead of \{([a-z_]+)\}")


def _alternatives(comments: list[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for used, instead in ALTERNATIVE.findall(" ".join(comments)):
        found.setdefault(instead, set()).update(PLACEHOLDER.findall(used))
    return found


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
def test_every_message_is_translated(language: str) -> None:
    with (LOCALE / "charter.pot").open("rb") as file:
        template = read_po(file)
    catalogue = _catalogue(language)
    wanted = {(m.context, m.id) for m in template if m.id}
    found = {(m.context, m.id): m for m in catalogue if m.id}  # type: ignore[attr-defined]
    assert set(found) == wanted
    assert not list(catalogue.obsolete)  # type: ignore[attr-defined]
    assert not catalogue.fuzzy  # type: ignore[attr-defined]
    for (_, message_id), message in found.items():
        assert not message.fuzzy, message_id
        ids = message_id if isinstance(message_id, tuple) else (message_id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if isinstance(message_id, tuple):
            assert len(strings) == catalogue.num_plurals, message_id  # type: ignore[attr-defined]
        alternatives = _alternatives(message.auto_comments)
        # The first form translates the singular (one: its count said as a word, without
        # {n}); the others the plural.
        for index, text in enumerate(strings):
            assert text, f"{language}: no translation of {ids[0]!r}"
            source = ids[min(index, len(ids) - 1)]
            given = set(PLACEHOLDER.findall(source))
            offered = set().union(*alternatives.values()) if alternatives else set()
            used = set(PLACEHOLDER.findall(text))
            assert used <= given | offered, (text, source)
            for placeholder in given - used:
                assert alternatives.get(placeholder.strip("{}"), {"?"}) <= used, (text, source)


def test_every_message_has_a_note_for_its_translators() -> None:
    with (LOCALE / "charter.pot").open("rb") as file:
        template = [m for m in read_po(file) if m.id]
    assert [m.id for m in template if not m.auto_comments] == []
    for language in ("nl", "fr", "de"):
        catalogue = {(m.context, m.id): m for m in _catalogue(language) if m.id}  # type: ignore[attr-defined]
        for message in template:
            assert catalogue[message.context, message.id].auto_comments == message.auto_comments


def test_the_template_holds_every_message_of_the_code() -> None:
    extracted = {
        (context, message)
        for package in ("language", "cli")
        for _, _, message, _, context in extract_from_dir(
            str(ROOT / "src" / "charter" / package),
            method_map=[("**.py", "python")],
            keywords={
                "gettext": None,
                "ngettext": (1, 2),
                "pgettext": ((1, "c"), 2),
                "npgettext": ((1, "c"), 2, 3),
                "N_": None,
                "NN_": (1, 2),
                "NP_": ((1, "c"), 2),
                "NPN_": ((1, "c"), 2, 3),
            },
        )
    }
    with (LOCALE / "charter.pot").open("rb") as file:
        template = {(m.context, m.id) for m in read_po(file) if m.id}
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
    # Date spans "tot en met", the month said once (N-C13, X6).
    assert describe_hours(hours, "nl_BE") == (
        "maandag van 9.00 tot 12.00 uur; van 20 tot en met 22 juli: van 10.00 tot 11.00 uur; "
        "gesloten van 24 tot en met 31 december 2026 (kerstverlof)"
    )
    assert "fermé du 24 au 31 décembre 2026 (congé de Noël)" in describe_hours(hours, "fr_BE")
    # No German note: refused, or said in the fallback language, which the words name.
    with pytest.raises(MissingTextError, match=r"1 text lacks 'de': special\[1\]\.note"):
        describe_hours(hours, "de_BE")
    assert describe_hours(hours, "de_BE", fallback="nl").endswith(
        "vom 24. bis zum 31. Dezember 2026 geschlossen (kerstverlof, auf Niederländisch)"
    )


# -- the whole charter -------------------------------------------------------------------------

GOLDEN = ROOT / "tests" / "golden"
FORMATS = {"markdown": "md", "html": "html", "text": "txt"}


def _golden(path: Path, rendered: str) -> None:
    # The golden files are the reviewed documents; CHARTER_UPDATE_GOLDEN=1 rewrites them
    # after a deliberate change (and the change is read again before it is committed).
    if os.environ.get("CHARTER_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


#: The examples with golden renders, each in its languages: the default example, the
#: commune (periods of one, days two by two, lists of dates, an appointment-only counter
#: with a partner, every payment method, seconds), and the examples from real charters.
GOLDEN_EXAMPLES = [
    *(
        (example, language)
        for example in ("federal", "commune")
        for language in ("nl", "fr", "de", "en")
    ),
    ("allowances", "fr"),
    ("city", "nl"),
    ("ostbelgien", "de"),
    ("ostbelgien", "fr"),
]


@pytest.mark.parametrize(("example", "language"), GOLDEN_EXAMPLES)
@pytest.mark.parametrize("form", ["markdown", "html", "text"])
def test_the_default_example_matches_its_golden_file(
    example: str, language: str, form: str
) -> None:
    locale = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_BE"}[language]
    rendered = render(examples.load(example), locale=locale, format=form)  # type: ignore[arg-type]
    _golden(GOLDEN / f"{example}.{language}.{FORMATS[form]}", rendered)


#: Belgium's sign languages, which validate accepts as a channel's languages and CLDR does
#: not name (issue 20: render raised UnknownLocaleError on them), by their names.
SIGN_LANGUAGES = {
    "nl": ("Vlaamse Gebarentaal", "Frans-Belgische Gebarentaal", "Duitse Gebarentaal"),
    "fr": (
        "langue des signes flamande",
        "langue des signes de Belgique francophone",
        "langue des signes allemande",
    ),
    "de": (
        "Flämische Gebärdensprache",
        "Französisch-belgische Gebärdensprache",
        "Deutsche Gebärdensprache",
    ),
    "en": ("Flemish Sign Language", "French Belgian Sign Language", "German Sign Language"),
}


@pytest.mark.parametrize("language", SIGN_LANGUAGES)
@pytest.mark.parametrize("form", FORMATS)
def test_sign_languages_are_rendered_by_their_names(language: str, form: str) -> None:
    c = examples.load()
    desk = c.channels[0]
    signed = attrs.evolve(desk, languages=(*desk.languages, "vgt", "sfb", "gsg"))
    c = attrs.evolve(c, channels=(signed, *c.channels[1:]))
    rendered = html.unescape(render(c, locale=f"{language}_BE", format=form))  # type: ignore[arg-type]
    m = Messages(f"{language}_BE")
    label = m.list([*map(m.language_name, desk.languages), *SIGN_LANGUAGES[language]])
    assert label in rendered
    if form != "html":  # the page's linked data names the languages by their codes
        assert not re.search(r"\b(vgt|sfb|gsg)\b", rendered)


#: A season's note in each language, and how the rendered charter says the season with it.
SEASON_NOTES = {
    "nl": ("zomeruren", "in juli en augustus: maandag van 10.00 tot 12.00 uur (zomeruren)"),
    "fr": (
        "horaire d'été",
        f"en juillet et août{NBSP}: le lundi de 10{NBSP}h à 12{NBSP}h (horaire d'été)",
    ),
    "de": ("Sommerzeiten", "im Juli und August: Montag von 10.00 bis 12.00 Uhr (Sommerzeiten)"),
    "en": ("summer hours", "in July and August: Monday from 10:00 to 12:00 (summer hours)"),
}


@pytest.mark.parametrize("language", SEASON_NOTES)
@pytest.mark.parametrize("form", ["markdown", "html"])
def test_season_notes_appear_in_the_rendered_charter(language: str, form: str) -> None:
    # Issue 20 reported season notes missing from the rendered text; they are said after
    # the season, in the document's language alone.
    c = examples.load()
    desk = next(channel for channel in c.channels if channel.hours is not None)
    assert desk.hours is not None
    season = Season(
        start=MonthDay(7, 1),
        end=MonthDay(8, 31),
        weekly={0: ["10:00-12:00"]},
        note={code: note for code, (note, _) in SEASON_NOTES.items()},
    )
    hours = attrs.evolve(desk.hours, rules=(), seasons=(season,))
    channels = tuple(attrs.evolve(ch, hours=hours) if ch is desk else ch for ch in c.channels)
    rendered = render(attrs.evolve(c, channels=channels), locale=f"{language}_BE", format=form)  # type: ignore[arg-type]
    said = SEASON_NOTES[language][1]
    assert said in html.unescape(rendered)
    others = [other for code, (other, _) in SEASON_NOTES.items() if code != language]
    assert not any(other in html.unescape(rendered) for other in others)


def test_a_charter_in_dutch_only_is_refused_in_french_and_rendered_with_a_fallback() -> None:
    municipal = examples.load("municipal")
    with pytest.raises(MissingTextError) as refused:
        render(municipal, locale="fr_BE")
    _golden(GOLDEN / "municipal.fr.refused.txt", f"{refused.value}\n")
    rendered = render(municipal, locale="fr_BE", format="markdown", fallback="nl")
    _golden(GOLDEN / "municipal.fr-from-nl.md", rendered)


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
        if tag == "script" and found.get("type") != "application/ld+json":
            self.scripts += 1  # a data block (the schema.org JSON-LD) runs nothing
        # What the page would load (a link to the service's website is not loaded).
        self.outside.extend(v for k, v in attrs if (k == "src" or tag == "link") and v)


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_the_html_page_is_complete_and_accessible(language: str) -> None:
    page = render(examples.load(), locale=f"{language}_BE", format="html")
    outline = _Outline()
    outline.feed(page)
    outline.close()
    assert page.startswith("<!DOCTYPE html>\n")
    assert outline.lang == f"{language}-BE"
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


# -- hours that are rules alone ----------------------------------------------------------------

RULES = {
    # Each value: the holiday calendar, then the words in nl, fr, de and en.
    "Mo-Fr 09:00-17:00; Th[1] 09:00-20:00": (
        None,
        (
            "van maandag tot vrijdag van 9.00 tot 17.00 uur; op de eerste donderdag van de "
            "maand: van 9.00 tot 20.00 uur"
        ),
        (
            f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; le premier jeudi du "
            f"mois{NBSP}: de 9{NBSP}h à 20{NBSP}h"
        ),
        (
            "Montag bis Freitag von 9.00 bis 17.00 Uhr; am ersten Donnerstag des Monats: von "
            "9.00 bis 20.00 Uhr"
        ),
        (
            "Monday to Friday from 9:00 to 17:00; on the first Thursday of the month: from 9:00 "
            "to 20:00"
        ),
    ),
    "Mo-Fr 09:00-17:00; Sa[-1] 10:00-12:00": (
        None,
        (
            "van maandag tot vrijdag van 9.00 tot 17.00 uur; op de laatste zaterdag van de "
            "maand: van 10.00 tot 12.00 uur"
        ),
        (
            f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; le dernier samedi du "
            f"mois{NBSP}: de 10{NBSP}h à 12{NBSP}h"
        ),
        (
            "Montag bis Freitag von 9.00 bis 17.00 Uhr; am letzten Samstag des Monats: von 10.00 "
            "bis 12.00 Uhr"
        ),
        (
            "Monday to Friday from 9:00 to 17:00; on the last Saturday of the month: from 10:00 "
            "to 12:00"
        ),
    ),
    "Mo[1,3] 09:00-12:00": (
        None,
        "op de eerste en derde maandag van de maand: van 9.00 tot 12.00 uur",
        f"le premier et le troisième lundi du mois{NBSP}: de 9{NBSP}h à 12{NBSP}h",
        "am ersten und dritten Montag des Monats: von 9.00 bis 12.00 Uhr",
        "on the first and third Monday of the month: from 9:00 to 12:00",
    ),
    "Sa[-1] +1 day 10:00-12:00": (
        None,
        "op de dag na de laatste zaterdag van de maand: van 10.00 tot 12.00 uur",
        f"le jour qui suit le dernier samedi du mois{NBSP}: de 10{NBSP}h à 12{NBSP}h",
        "am Tag nach dem letzten Samstag des Monats: von 10.00 bis 12.00 Uhr",
        "on the day after the last Saturday of the month: from 10:00 to 12:00",
    ),
    "Th[2] -2 days 10:00-11:00": (
        None,
        "twee dagen voor de tweede donderdag van de maand: van 10.00 tot 11.00 uur",
        f"deux jours avant le deuxième jeudi du mois{NBSP}: de 10{NBSP}h à 11{NBSP}h",
        "zwei Tage vor dem zweiten Donnerstag des Monats: von 10.00 bis 11.00 Uhr",
        "two days before the second Thursday of the month: from 10:00 to 11:00",
    ),
    "Mo-Fr 09:00-17:00; Jul,Aug off": (
        None,
        "van maandag tot vrijdag van 9.00 tot 17.00 uur; gesloten in juli en augustus",
        f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; fermé en juillet et août",
        "Montag bis Freitag von 9.00 bis 17.00 Uhr; im Juli und August geschlossen",
        "Monday to Friday from 9:00 to 17:00; closed in July and August",
    ),
    "Mo-Fr 09:00-17:00; Apr-Jun off; Oct-Dec Sa off": (
        None,
        (
            "van maandag tot vrijdag van 9.00 tot 17.00 uur; gesloten van april tot en met juni; "
            "van oktober tot en met december: gesloten op zaterdag"
        ),
        (
            f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; fermé d'avril à juin{NNBSP}; "
            f"d'octobre à décembre{NBSP}: fermé le samedi"
        ),
        (
            "Montag bis Freitag von 9.00 bis 17.00 Uhr; von April bis Juni geschlossen; von "
            "Oktober bis Dezember: am Samstag geschlossen"
        ),
        (
            "Monday to Friday from 9:00 to 17:00; closed from April to June; from October to "
            "December: closed on Saturday"
        ),
    ),
    "week 01-53/2 Sa 10:00-12:00": (
        None,
        "in de oneven weken: zaterdag van 10.00 tot 12.00 uur",
        f"les semaines impaires{NBSP}: le samedi de 10{NBSP}h à 12{NBSP}h",
        "in ungeraden Kalenderwochen: Samstag von 10.00 bis 12.00 Uhr",
        "in odd ISO weeks: Saturday from 10:00 to 12:00",
    ),
    "week 10-20 Mo 08:00-09:00": (
        None,
        "van week 10 tot en met week 20: maandag van 8.00 tot 9.00 uur",
        f"de la semaine 10 à la semaine 20{NBSP}: le lundi de 8{NBSP}h à 9{NBSP}h",
        "von Kalenderwoche 10 bis 20: Montag von 8.00 bis 9.00 Uhr",
        "from week 10 to week 20: Monday from 8:00 to 9:00",
    ),
    "Mo-Fr 09:00-17:00; easter +1 day off": (
        None,
        "van maandag tot vrijdag van 9.00 tot 17.00 uur; gesloten op paasmaandag",
        f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; fermé le lundi de Pâques",
        "Montag bis Freitag von 9.00 bis 17.00 Uhr; am Ostermontag geschlossen",
        "Monday to Friday from 9:00 to 17:00; closed on Easter Monday",
    ),
    "easter -2 days off; easter +39 days off": (
        None,
        "gesloten op Goede Vrijdag; gesloten op Onze-Lieve-Heer-Hemelvaart",
        f"fermé le Vendredi saint{NNBSP}; fermé le jour de l'Ascension",
        "am Karfreitag geschlossen; an Christi Himmelfahrt geschlossen",
        "closed on Good Friday; closed on Ascension Day",
    ),
    "2027 Dec 24-26 off; Dec 24,Dec 31 09:00-12:00; May 01,May 08 off": (
        None,
        (
            "gesloten van 24 tot en met 26 december 2027; op 24 en 31 december: van 9.00 tot "
            "12.00 uur; gesloten op 1 en 8 mei"
        ),
        (
            f"fermé du 24 au 26 décembre 2027{NNBSP}; les 24 et 31 décembre{NBSP}: de 9{NBSP}h à "
            f"12{NBSP}h{NNBSP}; fermé les 1er et 8 mai"
        ),
        (
            "vom 24. bis zum 26. Dezember 2027 geschlossen; am 24. und 31. Dezember: von 9.00 "
            "bis 12.00 Uhr; am 1. und 8. Mai geschlossen"
        ),
        (
            "closed from 24 to 26 December 2027; on 24 and 31 December: from 9:00 to 12:00; "
            "closed on 1 and 8 May"
        ),
    ),
    "Dec 24-Jan 02 off; Aug 01-15 off": (
        None,
        "gesloten van 24 december tot en met 2 januari; gesloten van 1 tot en met 15 augustus",
        f"fermé du 24 décembre au 2 janvier{NNBSP}; fermé du 1er au 15 août",
        "vom 24. Dezember bis zum 2. Januar geschlossen; vom 1. bis zum 15. August geschlossen",
        "closed from 24 December to 2 January; closed from 1 to 15 August",
    ),
    "2027,2029 Mo 10:00-12:00; 2030+ Tu 10:00-11:00; 2026-2028 We 10:00-12:00": (
        None,
        (
            "in 2027 en 2029: maandag van 10.00 tot 12.00 uur; vanaf 2030: dinsdag van 10.00 tot "
            "11.00 uur; van 2026 tot en met 2028: woensdag van 10.00 tot 12.00 uur"
        ),
        (
            f"en 2027 et 2029{NBSP}: le lundi de 10{NBSP}h à 12{NBSP}h{NNBSP}; à partir de "
            f"2030{NBSP}: le mardi de 10{NBSP}h à 11{NBSP}h{NNBSP}; de 2026 à 2028{NBSP}: le "
            f"mercredi de 10{NBSP}h à 12{NBSP}h"
        ),
        (
            "in den Jahren 2027 und 2029: Montag von 10.00 bis 12.00 Uhr; ab 2030: Dienstag von "
            "10.00 bis 11.00 Uhr; von 2026 bis 2028: Mittwoch von 10.00 bis 12.00 Uhr"
        ),
        (
            "in 2027 and 2029: Monday from 10:00 to 12:00; from 2030 on: Tuesday from 10:00 to "
            "11:00; from 2026 to 2028: Wednesday from 10:00 to 12:00"
        ),
    ),
    "Sa,PH 10:00-12:00": (
        belgium.LEGAL,
        "op zaterdag en op feestdagen: van 10.00 tot 12.00 uur",
        f"le samedi et les jours fériés{NBSP}: de 10{NBSP}h à 12{NBSP}h",
        "am Samstag und an Feiertagen: von 10.00 bis 12.00 Uhr",
        "on Saturday and on public holidays: from 10:00 to 12:00",
    ),
    "Mo-Fr 09:00-17:00; PH -1 day 09:00-12:00; PH off": (
        belgium.LEGAL,
        (
            "van maandag tot vrijdag van 9.00 tot 17.00 uur; op de dag voor een feestdag: van "
            "9.00 tot 12.00 uur; gesloten op feestdagen"
        ),
        (
            f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; la veille d'un jour "
            f"férié{NBSP}: de 9{NBSP}h à 12{NBSP}h{NNBSP}; fermé les jours fériés"
        ),
        (
            "Montag bis Freitag von 9.00 bis 17.00 Uhr; am Tag vor einem Feiertag: von 9.00 bis "
            "12.00 Uhr; an Feiertagen geschlossen"
        ),
        (
            "Monday to Friday from 9:00 to 17:00; on the day before a public holiday: from 9:00 "
            "to 12:00; closed on public holidays"
        ),
    ),
    "Mo-Fr 09:00-17:00; PH Mo-Fr off": (
        belgium.LEGAL,
        (
            "van maandag tot vrijdag van 9.00 tot 17.00 uur; op feestdagen: gesloten van maandag "
            "tot vrijdag"
        ),
        (
            f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; les jours fériés{NBSP}: fermé "
            "du lundi au vendredi"
        ),
        (
            "Montag bis Freitag von 9.00 bis 17.00 Uhr; an Feiertagen: von Montag bis Freitag "
            "geschlossen"
        ),
        "Monday to Friday from 9:00 to 17:00; on public holidays: closed from Monday to Friday",
    ),
    "Mo 17:00+": (
        None,
        "maandag vanaf 17.00 uur, sluitingsuur niet vast",
        f"le lundi à partir de 17{NBSP}h, heure de fermeture non fixée",
        "Montag ab 17.00 Uhr, Ende offen",
        "Monday from 17:00, closing time not fixed",
    ),
    "Mo 10:00-14:00,14:00+; Tu unknown; We 10:00-12:00 unknown": (
        None,
        (
            "maandag van 10.00 tot 14.00 uur, mogelijk langer; op dinsdag: openingsuren niet "
            "bekend; woensdag van 10.00 tot 12.00 uur (onder voorbehoud)"
        ),
        (
            f"le lundi de 10{NBSP}h à 14{NBSP}h, peut-être plus tard{NNBSP}; le mardi{NBSP}: "
            f"horaire inconnu{NNBSP}; le mercredi de 10{NBSP}h à 12{NBSP}h (sous réserve)"
        ),
        (
            "Montag von 10.00 bis 14.00 Uhr, eventuell länger; am Dienstag: Öffnungszeiten "
            "unbekannt; Mittwoch von 10.00 bis 12.00 Uhr (unter Vorbehalt)"
        ),
        (
            "Monday from 10:00 to 14:00, possibly later; on Tuesday: opening hours not known; "
            "Wednesday from 10:00 to 12:00 (to be confirmed)"
        ),
    ),
    "Mo-Fr 09:00-17:00; Mo 12:00-13:00 off": (
        None,
        (
            "van maandag tot vrijdag van 9.00 tot 17.00 uur; gesloten op maandag van 12.00 tot "
            "13.00 uur"
        ),
        (
            f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; fermé le lundi de 12{NBSP}h à "
            f"13{NBSP}h"
        ),
        "Montag bis Freitag von 9.00 bis 17.00 Uhr; am Montag von 12.00 bis 13.00 Uhr geschlossen",
        "Monday to Friday from 9:00 to 17:00; closed on Monday from 12:00 to 13:00",
    ),
    "Mo-Fr 09:00-17:00; We 09:00-12:00": (
        None,
        "van maandag tot vrijdag van 9.00 tot 17.00 uur; op woensdag: van 9.00 tot 12.00 uur",
        (
            f"du lundi au vendredi de 9{NBSP}h à 17{NBSP}h{NNBSP}; le mercredi{NBSP}: de "
            f"9{NBSP}h à 12{NBSP}h"
        ),
        "Montag bis Freitag von 9.00 bis 17.00 Uhr; am Mittwoch: von 9.00 bis 12.00 Uhr",
        "Monday to Friday from 9:00 to 17:00; on Wednesday: from 9:00 to 12:00",
    ),
    "Mo-Fr 09:00-12:00, We 14:00-16:00": (
        None,
        "van maandag tot vrijdag van 9.00 tot 12.00 uur; ook woensdag van 14.00 tot 16.00 uur",
        (
            f"du lundi au vendredi de 9{NBSP}h à 12{NBSP}h{NNBSP}; également le mercredi de "
            f"14{NBSP}h à 16{NBSP}h"
        ),
        "Montag bis Freitag von 9.00 bis 12.00 Uhr; außerdem Mittwoch von 14.00 bis 16.00 Uhr",
        "Monday to Friday from 9:00 to 12:00; also Wednesday from 14:00 to 16:00",
    ),
    "Mo-Tu,Fr-Su 10:00-11:00; 24/7 off": (
        None,
        "van vrijdag tot dinsdag van 10.00 tot 11.00 uur; gesloten",
        f"du vendredi au mardi de 10{NBSP}h à 11{NBSP}h{NNBSP}; fermé",
        "Freitag bis Dienstag von 10.00 bis 11.00 Uhr; geschlossen",
        "Friday to Tuesday from 10:00 to 11:00; closed",
    ),
}


@pytest.mark.parametrize("text", list(RULES))
def test_rules_alone_in_words(text: str) -> None:
    holidays, *expected = RULES[text]
    hours = OpeningHours.from_osm(text, timezone="Europe/Brussels", holidays=holidays)
    assert hours.weekly is None
    found = [describe_hours(hours, locale) for locale in ("nl_BE", "fr_BE", "de_BE", "en")]
    assert found == expected


def test_rules_alone_by_appointment_and_around_the_clock() -> None:
    appointments = OpeningHours.from_osm(
        'Tu 14:00-16:00 "by appointment"; Th 09:00-12:00 "by appointment"',
        timezone="Europe/Brussels",
    )
    assert appointments.weekly is None
    assert describe_hours(appointments, "fr_BE") == (
        f"le mardi de 14{NBSP}h à 16{NBSP}h (sur rendez-vous){NNBSP}; "
        f"le jeudi de 9{NBSP}h à 12{NBSP}h (sur rendez-vous)"
    )
    mixed = OpeningHours.from_osm(
        'Mo 09:00-12:00; Tu 14:00-16:00 "by appointment"', timezone="Europe/Brussels"
    )
    assert describe_hours(mixed, "nl_BE") == (
        "maandag van 9.00 tot 12.00 uur; dinsdag van 14.00 tot 16.00 uur (op afspraak)"
    )
    always = OpeningHours.from_osm("24/7; Su off", timezone="Europe/Brussels")
    assert describe_hours(always, "de_BE") == "rund um die Uhr; am Sonntag geschlossen"


# English words of the rule phrases, none of which nl, fr or de writes.
ENGLISH = re.compile(
    r"\b(?:from|to|on|the|of|month|first|last|closed|also|every|day|days|week|weeks|odd|"
    r"public|holidays?|Easter|Monday|Thursday|Saturday|July|not|known|fixed|time)\b"
)


@pytest.mark.parametrize("language", ["nl", "fr", "de"])
@pytest.mark.parametrize("form", ["markdown", "html", "text"])
def test_a_charter_with_rules_alone_renders_them_in_words_without_a_table(
    language: str, form: str
) -> None:
    c = examples.load()
    hours = OpeningHours.from_osm(
        "Mo-Fr 09:00-17:00; Th[1] 09:00-20:00; Sa[-1] 10:00-12:00; Jul,Aug off; "
        "easter +1 day off; week 01-53/2 Sa 10:00-12:00; Mo 12:00-13:00 off; Fr 17:00+",
        timezone="Europe/Brussels",
    )
    channels = tuple(
        attrs.evolve(channel, hours=hours) if channel.hours is not None else channel
        for channel in c.channels
    )
    locale = f"{language}_BE"
    page = render(attrs.evolve(c, channels=channels), locale=locale, format=form)  # type: ignore[arg-type]
    words = describe_hours(hours, locale)
    shown = {"html": html.unescape(page), "markdown": page.replace("\\", "")}.get(form, page)
    if form == "text":  # plain text has the no-break space every font has
        words = words.replace(NNBSP, NBSP)
    assert words in shown
    assert "<table" not in page
    assert "| --- | --- |" not in page
    assert Messages(locale).gettext("Opening hours: {channel}").split("{")[0] not in page
    english = ENGLISH.findall(words)
    assert english == [], english
    # the structured example still has its two tables
    assert render(c, locale=locale, format="html").count("<table") == 2


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "Mo-Fr 10:00-12:00; Sa open; 12:00-13:00 off",
            [
                "van maandag tot vrijdag van 10.00 tot 12.00 uur",
                "zaterdag dag en nacht",
                "gesloten elke dag van 12.00 tot 13.00 uur",
            ],
        ),
        (
            "Mo-Fr 09:00-17:00; Jul Mo-Su off; Mo,We,Fr-Su 12:00-13:00 off",
            [
                "van maandag tot vrijdag van 9.00 tot 17.00 uur",
                "in juli: gesloten elke dag",
                "gesloten op woensdag en van vrijdag tot maandag van 12.00 tot 13.00 uur",
            ],
        ),
        (
            (
                "week 05 Mo 10:00-11:00; week 02-52/2 Tu 10:00-11:00; week 10-20/2 We 10:00-11:00; "
                "week 11-21/2 Th 10:00-11:00; week 01-53/3 Fr 10:00-11:00"
            ),
            [
                "in week 5: maandag van 10.00 tot 11.00 uur",
                "in de even weken: dinsdag van 10.00 tot 11.00 uur",
                "in de even weken van week 10 tot en met week 20: woensdag van 10.00 tot 11.00 uur",
                (
                    "in de oneven weken van week 11 tot en met week 21: donderdag van 10.00 tot "
                    "11.00 uur"
                ),
                "om de drie weken, van week 1 tot en met week 53: vrijdag van 10.00 tot 11.00 uur",
            ],
        ),
        (
            (
                "2026-2030/2 Mo 10:00-12:00; easter +3 days off; easter -1 day off; "
                "Th[1] -1 day 10:00-11:00; PH +1 day off"
            ),
            [
                "om de twee jaar, van 2026 tot en met 2030: maandag van 10.00 tot 12.00 uur",
                "gesloten drie dagen na paaszondag",
                "gesloten op paaszaterdag",
                "op de dag voor de eerste donderdag van de maand: van 10.00 tot 11.00 uur",
                "gesloten op de dag na een feestdag",
            ],
        ),
        (
            "2026 Dec 30-2027 Jan 02 off; 2027 Jan 30-2027 Feb 02 off; easter off",
            [
                "gesloten van 30 december 2026 tot en met 2 januari 2027",
                "gesloten van 30 januari tot en met 2 februari 2027",
                "gesloten op paaszondag",
            ],
        ),
        (
            "Mo-Fr 10:00-11:00; Sa[-2],Su[-3] 10:00-11:00; Mo[-4],Tu[-5] 10:00-11:00",
            [
                "van maandag tot vrijdag van 10.00 tot 11.00 uur",
                (
                    "op de voorlaatste zaterdag van de maand en op de op twee na laatste "
                    "zondag van de maand: van 10.00 tot 11.00 uur"
                ),
                (
                    "op de op drie na laatste maandag van de maand en op de op vier na laatste "
                    "dinsdag van de maand: van 10.00 tot 11.00 uur"
                ),
            ],
        ),
    ],
)
def test_more_rules_in_dutch(text: str, clauses: list[str]) -> None:
    hours = OpeningHours.from_osm(text, timezone="Europe/Brussels", holidays=belgium.LEGAL)
    assert hours.weekly is None
    assert describe_hours(hours, "nl_BE") == "; ".join(clauses)


# -- Markdown that a Markdown reader shows as written ------------------------------------------

MARKUP = [
    *"\\`*_[]<>&|~#+-=.)!(0123456789 abc:;/é",
    *("&amp;", "&#35;", "&#x23;", "~~", "**", "__", "1.", "1)", "<b>", "[a](b)", "![a](b)"),
    *("`x`", "<http://a.be>", "  ", "---", "***", "===", "> ", "    "),
]


def _shown_texts(page: str) -> list[str]:
    """The texts a Markdown reader (CommonMark, tables and strikethrough) shows of *page*."""
    from markdown_it import MarkdownIt  # noqa: PLC0415 - the test extra's reader

    parsed = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(page)
    shown = []
    for token in parsed:
        if token.type == "inline":
            children = token.children or []
            assert all(child.type == "text" for child in children), (page, children)
            shown.append("".join(child.content for child in children))
    return shown


@settings(max_examples=400)
@given(
    text=st.lists(st.sampled_from(MARKUP), min_size=1, max_size=8)
    .map(lambda pieces: "".join(pieces).strip())
    .filter(lambda text: text and "\n" not in text)
)
def test_markdown_shows_every_text_as_written_and_marks_nothing_up(text: str) -> None:
    from charter.language.document import _md  # noqa: PLC0415

    assume("  " not in text)  # a reader folds runs of spaces: not a question of escaping
    for page in (f"- {_md(text)}\n", f"# {_md(text)}\n", f"{_md(text)}\n"):
        assert _shown_texts(page) == [text], page
    table = f"| a | b |\n| --- | --- |\n| {_md(text)} | x |\n"
    assert _shown_texts(table) == ["a", "b", text, "x"], table


def test_markdown_leaves_a_phone_number_and_brackets_unescaped() -> None:
    page = render(examples.load(), locale="nl_BE", format="markdown")
    assert "Telefoon: +32 2 555 00 00" in page
    assert "\\+" not in page
    assert "\\(" not in page
