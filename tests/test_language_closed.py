"""The rendered charter's days closed: recurring rules, dated closures, replacement days.

Issue 20: a charter's own days off were never shown. Each expected text below is written
by hand, in the style of docs/language.md#how-the-words-are-made.
"""

from __future__ import annotations

import copy
import itertools
import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest

import charter
from charter import MissingTextError, examples, render

NBSP = "\u00a0"


def _names(nl: str, fr: str, de: str, en: str) -> dict[str, str]:
    return {"nl": nl, "fr": fr, "de": de, "en": en}


#: Every shape of rule, each with and without its years; a dated closure; replacement days.
DOCUMENT: dict[str, Any] = {
    "format": "charter/1",
    "timezone": "Europe/Brussels",
    "languages": ["nl", "fr", "de", "en"],
    "organisation": {
        "name": _names("Dienst Voorbeeld", "Service Exemple", "Dienst Beispiel", "Example Service")
    },
    "calendars": [
        {
            "id": "office",
            "holidays": "be-legal",
            "substitutes": True,
            "recurring": [
                {
                    "date": "12-24",
                    "name": _names("Kerstavond", "Veille de Noël", "Heiligabend", "Christmas Eve"),
                },
                {
                    "from": "12-27",
                    "to": "12-31",
                    "since": 2027,
                    "name": _names(
                        "Eindejaarsverlof",
                        "Congé de fin d'année",
                        "Jahresendurlaub",
                        "End-of-year leave",
                    ),
                },
                {
                    "easter": -48,
                    "until": 2030,
                    "name": _names(
                        "Carnavalsmaandag", "Lundi de carnaval", "Rosenmontag", "Carnival Monday"
                    ),
                },
                {
                    "month": 9,
                    "weekday": "fr",
                    "nth": -1,
                    "since": 2027,
                    "until": 2030,
                    "name": _names(
                        "Personeelsdag", "Journée du personnel", "Personaltag", "Staff day"
                    ),
                },
                {
                    "easter": 1,
                    "name": _names(
                        "Paasmaandag", "Lundi de Pâques", "Ostermontag", "Easter Monday"
                    ),
                },
            ],
            "closures": {
                "2026-05-15": _names("Brugdag", "Jour de pont", "Brückentag", "Bridge day")
            },
        }
    ],
}

EXPECTED = {
    "nl_BE": """## Sluitingsdagen

Naast de feestdagen zijn we op deze dagen gesloten:

- Kerstavond: elk jaar op 24 december
- Eindejaarsverlof: elk jaar van 27 tot en met 31 december, vanaf 2027
- Carnavalsmaandag: elk jaar 48 dagen voor paaszondag, tot en met 2030
- Personeelsdag: elk jaar op de laatste vrijdag van september, van 2027 tot en met 2030
- Paasmaandag: elk jaar op paasmaandag
- Brugdag: vrijdag 15 mei 2026

Valt een feestdag op zaterdag of zondag, dan zijn we de eerstvolgende werkdag gesloten.
""",
    "fr_BE": f"""## Jours de fermeture

Outre les jours fériés, nous sommes fermés les jours suivants{NBSP}:

- Veille de Noël{NBSP}: chaque année le 24 décembre
- Congé de fin d'année{NBSP}: chaque année du 27 au 31 décembre, à partir de 2027
- Lundi de carnaval{NBSP}: chaque année 48 jours avant le dimanche de Pâques, jusqu'en 2030
- Journée du personnel{NBSP}: chaque année le dernier vendredi de septembre, de 2027 à 2030
- Lundi de Pâques{NBSP}: chaque année le lundi de Pâques
- Jour de pont{NBSP}: vendredi 15 mai 2026

Lorsqu'un jour férié tombe un samedi ou un dimanche, nous sommes fermés le jour ouvrable suivant.
""",
    "de_BE": """## Schließtage

Außer an Feiertagen sind wir an folgenden Tagen geschlossen:

- Heiligabend: jedes Jahr am 24. Dezember
- Jahresendurlaub: jedes Jahr vom 27. bis zum 31. Dezember, ab 2027
- Rosenmontag: jedes Jahr 48 Tage vor Ostersonntag, bis 2030
- Personaltag: jedes Jahr am letzten Freitag im September, von 2027 bis 2030
- Ostermontag: jedes Jahr am Ostermontag
- Brückentag: Freitag, 15. Mai 2026

Fällt ein Feiertag auf einen Samstag oder einen Sonntag, sind wir stattdessen am nächsten \
Werktag geschlossen.
""",
    "en": """## Days we are closed

Besides public holidays, we are closed on these days:

- Christmas Eve: every year on 24 December
- End-of-year leave: every year from 27 to 31 December, from 2027 on
- Carnival Monday: every year 48 days before Easter Sunday, until 2030
- Staff day: every year on the last Friday of September, from 2027 to 2030
- Easter Monday: every year on Easter Monday
- Bridge day: Friday 15 May 2026

If a public holiday falls on Saturday or Sunday, we are closed on the next working day instead.
""",
}


def _load(document: str | dict[str, Any]) -> charter.Charter:
    if isinstance(document, dict):
        return charter.loads(json.dumps(document), format="json")
    return charter.loads(document, format="toml")


def _section(document: str, heading: str) -> str:
    """The Markdown section under the level-2 *heading*, up to the next one."""
    start = document.index(f"## {heading}\n")
    following = document.find("\n## ", start + 1)
    return document[start : None if following < 0 else following + 1]


@pytest.mark.parametrize("locale", EXPECTED)
def test_every_shape_of_closure_day_in_each_language(locale: str) -> None:
    document = render(_load(DOCUMENT), locale=locale)
    heading = EXPECTED[locale].splitlines()[0].removeprefix("## ")
    assert _section(document, heading) == EXPECTED[locale]


def test_the_section_follows_the_promises() -> None:
    headings = re.findall(r"^## (.*)$", render(examples.load(), locale="nl_BE"), re.MULTILINE)
    assert headings[headings.index("Onze engagementen") + 1] == "Sluitingsdagen"


class _Tags(HTMLParser):
    """The page's tags in order, with the text of each heading and list item."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.texts: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        self.tags.append(tag)
        self._open = tag

    def handle_data(self, data: str) -> None:
        if self._open in {"h2", "h3", "li", "p"} and data.strip():
            self.texts.append((self._open, data))

    def handle_endtag(self, tag: str) -> None:  # noqa: ARG002
        self._open = None


@pytest.mark.parametrize("locale", ["nl_BE", "fr_BE", "de_BE"])
def test_the_page_has_a_heading_a_lead_a_list_and_the_replacement_days(locale: str) -> None:
    page = render(_load(DOCUMENT), locale=locale, format="html")
    tags = _Tags()
    tags.feed(page)
    expected = EXPECTED[locale].splitlines()
    heading = expected[0].removeprefix("## ")
    start = tags.texts.index(("h2", heading))
    items = [line.removeprefix("- ") for line in expected if line.startswith("- ")]
    last = expected[-1]
    assert tags.texts[start : start + 3 + len(items)] == [
        ("h2", heading),
        ("p", expected[2]),
        *(("li", item) for item in items),
        ("p", last),
    ]
    headings = [int(tag[1]) for tag in tags.tags if re.fullmatch(r"h[1-6]", tag)]
    assert all(b - a <= 1 for a, b in itertools.pairwise(headings))
    after = tags.tags[tags.tags.index("h2", tags.tags.index("h1")) :]
    assert "ul" in after


ONE_YEAR = """
format = "charter/1"
timezone = "Europe/Brussels"
languages = ["nl"]
organisation = { name = { nl = "Dienst Voorbeeld" } }

[[calendars]]
id = "office"
holidays = "be-legal"
recurring = [
  { from = "12-24", to = "12-25", name = { nl = "Kerstverlof" } },
  { date = "06-30", since = 2027, until = 2027, name = { nl = "Verhuisdag" } },
  { from = "06-30", to = "07-02", since = 2028, until = 2028, name = { nl = "Inventaris" } },
  { from = "08-13", to = "08-14", since = 2029, until = 2029, name = { nl = "Opruimdagen" } },
  { month = 2, weekday = "fr", nth = 5, since = 2027, until = 2027, name = { nl = "Nooit" } },
  { easter = 40, since = 2027, until = 2027, name = { nl = "Brugdag" } },
]
"""


def test_two_neighbouring_days_and_rules_of_one_year() -> None:
    # Two neighbouring days are a list, not a span; a rule of one year is said as that
    # year's dates, as a dated closure is; one that puts no day in its year (February 2027
    # has no fifth Friday) adds no line.
    section = _section(render(_load(ONE_YEAR), locale="nl_BE"), "Sluitingsdagen")
    assert section.splitlines()[4:] == [
        "- Kerstverlof: elk jaar op 24 en 25 december",
        "- Verhuisdag: woensdag 30 juni 2027",
        "- Inventaris: van 30 juni tot en met 2 juli 2028",
        "- Opruimdagen: 13 en 14 augustus 2029",
        "- Brugdag: vrijdag 7 mei 2027",
    ]


SEVERAL = """
format = "charter/1"
timezone = "Europe/Brussels"
languages = ["nl"]
organisation = { name = { nl = "Dienst Voorbeeld" } }

[[calendars]]
id = "office"
holidays = "be-legal"
recurring = [ { date = "12-24", name = { nl = "Kerstavond" } } ]

[[calendars]]
id = "phone"
holidays = "be-legal"
substitutes = true

[[calendars]]
id = "plain"
holidays = "be-legal"

[[calendars]]
id = "deadlines"
holidays = "be-legal"
closures = { 2027-05-07 = { nl = "Brugdag" } }

[[calendars]]
id = "unused"
holidays = "be-legal"
closures = { 2027-05-14 = { nl = "Nergens" } }

[[channels]]
id = "desk"
kind = "counter"
name = { nl = "Loket" }
hours = { osm = "Mo-Fr 09:00-12:00; PH off", calendar = "office" }

[[channels]]
id = "tel"
kind = "telephone"
name = { nl = "Telefoon" }
hours = { osm = "Mo-Fr 09:00-12:00; PH off", calendar = "phone" }

[[channels]]
id = "line"
kind = "telephone"
name = { nl = "Infolijn" }
hours = { osm = "Mo-Fr 09:00-12:00; PH off", calendar = "phone" }

[[channels]]
id = "chat"
kind = "chat"
name = { nl = "Chat" }
hours = { osm = "Mo-Fr 09:00-12:00; PH off", calendar = "plain" }

[[guarantees]]
id = "info"
kind = "informative_question"
description = { nl = "Informatieve vragen" }
period = "5 working days"
calendar = "deadlines"
"""


def test_several_calendars_each_say_what_they_close() -> None:
    # Each list is headed by the channels whose hours close on it, or, used by promises
    # alone, by what it counts in; a calendar without days off of its own, or used by
    # nothing, adds nothing.
    section = _section(render(_load(SEVERAL), locale="nl_BE"), "Sluitingsdagen")
    assert section == (
        "## Sluitingsdagen\n\n"
        "### Loket\n\n"
        "Naast de feestdagen zijn we op deze dagen gesloten:\n\n"
        "- Kerstavond: elk jaar op 24 december\n\n"
        "### Telefoon en Infolijn\n\n"
        "Valt een feestdag op zaterdag of zondag, dan zijn we de eerstvolgende werkdag "
        "gesloten.\n\n"
        "### Voor de berekening van onze termijnen\n\n"
        "Naast de feestdagen zijn we op deze dagen gesloten:\n\n"
        "- Brugdag: vrijdag 7 mei 2027\n"
    )


def test_no_section_without_days_off_of_the_charter_s_own() -> None:
    document = render(examples.load("municipal"), locale="nl_BE")
    assert "Sluitingsdagen" not in document
    plain = SEVERAL.split('[[calendars]]\nid = "phone"', maxsplit=1)[0].replace(
        'recurring = [ { date = "12-24", name = { nl = "Kerstavond" } } ]', ""
    )
    assert "Sluitingsdagen" not in render(_load(plain), locale="nl_BE")


def test_a_name_missing_in_the_language_is_refused_or_taken_from_the_fallback() -> None:
    dutch_only = copy.deepcopy(DOCUMENT)
    office = dutch_only["calendars"][0]
    del office["recurring"][0]["name"]["fr"]
    del office["closures"]["2026-05-15"]["fr"]
    c = _load(dutch_only)
    with pytest.raises(MissingTextError) as refused:
        render(c, locale="fr_BE")
    assert refused.value.paths == (
        "calendars[office].recurring[0].name",
        "calendars[office].closures[2026-05-15]",
    )
    document = render(c, locale="fr_BE", fallback="nl")
    assert f"- Kerstavond{NBSP}: chaque année le 24 décembre\n" in document
    assert f"- Brugdag{NBSP}: vendredi 15 mai 2026\n" in document
    assert "ils figurent ici en néerlandais" in document


def test_a_list_headed_by_channels_names_a_missing_text_once() -> None:
    # The channels' names head the lists of several calendars too; a name missing in the
    # language is one missing text. The names of a calendar nothing uses are not asked for.
    c = _load(SEVERAL.replace('name = { nl = "Nergens" }', 'name = { fr = "Nulle part" }'))
    with pytest.raises(MissingTextError) as refused:
        render(c, locale="fr_BE")
    paths = refused.value.paths
    assert len(paths) == len(set(paths))
    assert "channels[desk].name" in paths
    assert not any(path.startswith("calendars[unused]") for path in paths)
