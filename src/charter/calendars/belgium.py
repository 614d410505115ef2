"""Belgian holiday calendars.

Sources:

- **Legal holidays** — Koninklijk besluit van 18 april 1974 / Arrêté royal du 18 avril 1974
  (implementing the law of 4 January 1974 on public holidays): New Year's Day, Easter
  Monday, Labour Day, Ascension Day, Whit Monday, National Day (21 July), Assumption Day,
  All Saints' Day, Armistice Day and Christmas Day.
- **Federal administration** — Koninklijk besluit van 19 november 1998 / Arrêté royal du
  19 novembre 1998 (leave of federal staff): the legal holidays plus 2 November,
  15 November (King's Feast) and 26 December. The compensation days between 27 and
  31 December and the bridge days are set each year by circular: they are data, added as
  closures (:class:`~charter.calendars.rules.Dates`) of a working calendar.
- **Community days** — set by each Community for its own administration: the holiday of
  the Flemish Community (11 July), of the French Community (27 September) and of the
  German-speaking Community (15 November), days off for the staff of those administrations.
  Each of these calendars holds only its own day: join it to the legal holidays with ``|``.
- **Region days** — the day of the Brussels-Capital Region, *Irisfeest / Fête de l'Iris*
  (8 May), a day off for the staff of the Brussels regional public services (Besluit van
  de Brusselse Hoofdstedelijke Regering / Arrêté du Gouvernement de la Région de
  Bruxelles-Capitale du 21 mars 2018, art. 186, which also gives them 2 November,
  15 November and 26 December: ``be-federal+be-brussels``); and the day of the Walloon
  Region, the third Sunday of September (décret du 23 juillet 1998 déterminant le jour de
  fête et les emblèmes propres à la Région wallonne, art. 1). The Walloon day is a Sunday:
  it closes what ``PH off`` closes and names the day, and moves no working day.

Years before the sources: the calendars apply today's rules to every supported year
(1900-2200), including years before 1974 or 1998 (a *proleptic* calendar). Deadlines are
computed under the law in force; a period that began before these decrees needs the
historical rules, which this module does not model.

>>> from datetime import date
>>> LEGAL.name(date(2027, 7, 21), "fr")
'Fête nationale'
>>> len(LEGAL.in_year(2027)), len(FEDERAL_ADMINISTRATION.in_year(2027))
(10, 13)
"""

from __future__ import annotations

from charter.calendars.base import Weekday
from charter.calendars.rules import EasterOffset, FixedDate, NthWeekday, RuleCalendar
from charter.text import LocalizedText

__all__ = [
    "BRUSSELS_REGION",
    "FEDERAL_ADMINISTRATION",
    "FLEMISH_COMMUNITY",
    "FRENCH_COMMUNITY",
    "GERMAN_SPEAKING_COMMUNITY",
    "LEGAL",
    "WALLOON_REGION",
]


def _name(nl: str, fr: str, de: str, en: str) -> LocalizedText:
    return LocalizedText({"nl": nl, "fr": fr, "de": de, "en": en})


#: The ten legal holidays (KB/AR 18 April 1974).
LEGAL = RuleCalendar(
    name=_name(
        "Wettelijke feestdagen", "Jours fériés légaux", "Gesetzliche Feiertage", "Legal holidays"
    ),
    rules=(
        FixedDate(
            month=1, day=1, name=_name("Nieuwjaar", "Jour de l'An", "Neujahr", "New Year's Day")
        ),
        EasterOffset(
            days=1, name=_name("Paasmaandag", "Lundi de Pâques", "Ostermontag", "Easter Monday")
        ),
        FixedDate(
            month=5,
            day=1,
            name=_name("Dag van de Arbeid", "Fête du Travail", "Tag der Arbeit", "Labour Day"),
        ),
        EasterOffset(
            days=39,
            name=_name(
                "Onze-Lieve-Heer-Hemelvaart", "Ascension", "Christi Himmelfahrt", "Ascension Day"
            ),
        ),
        EasterOffset(
            days=50,
            name=_name("Pinkstermaandag", "Lundi de Pentecôte", "Pfingstmontag", "Whit Monday"),
        ),
        FixedDate(
            month=7,
            day=21,
            name=_name("Nationale feestdag", "Fête nationale", "Nationalfeiertag", "National Day"),
        ),
        FixedDate(
            month=8,
            day=15,
            name=_name(
                "Onze-Lieve-Vrouw-Hemelvaart", "Assomption", "Mariä Himmelfahrt", "Assumption Day"
            ),
        ),
        FixedDate(
            month=11,
            day=1,
            name=_name("Allerheiligen", "Toussaint", "Allerheiligen", "All Saints' Day"),
        ),
        FixedDate(
            month=11,
            day=11,
            name=_name("Wapenstilstand", "Armistice", "Waffenstillstand", "Armistice Day"),
        ),
        FixedDate(month=12, day=25, name=_name("Kerstmis", "Noël", "Weihnachten", "Christmas Day")),
    ),
)

#: The legal holidays and the federal administration's own days off (KB/AR 19 Nov 1998).
FEDERAL_ADMINISTRATION = RuleCalendar(
    name=_name(
        "Feestdagen federale overheid",
        "Jours fériés de l'administration fédérale",
        "Feiertage der Föderalverwaltung",
        "Federal administration holidays",
    ),
    rules=(
        *LEGAL.rules,
        FixedDate(
            month=11,
            day=2,
            name=_name("Allerzielen", "Jour des Morts", "Allerseelen", "All Souls' Day"),
        ),
        FixedDate(
            month=11,
            day=15,
            name=_name("Koningsdag", "Fête du Roi", "Festtag des Königs", "King's Feast"),
        ),
        FixedDate(
            month=12,
            day=26,
            name=_name(
                "Tweede Kerstdag", "Lendemain de Noël", "Zweiter Weihnachtstag", "Boxing Day"
            ),
        ),
    ),
)


def _community_day(month: int, day: int, name: LocalizedText) -> RuleCalendar:
    return RuleCalendar(name=name, rules=(FixedDate(month=month, day=day, name=name),))


#: 11 July, holiday of the Flemish Community (a day off for the staff of its administration).
FLEMISH_COMMUNITY = _community_day(
    7,
    11,
    _name(
        "Feestdag van de Vlaamse Gemeenschap",
        "Fête de la Communauté flamande",
        "Feiertag der Flämischen Gemeinschaft",
        "Flemish Community Day",
    ),
)

#: 27 September, holiday of the French Community (a day off for the staff of its administration).
FRENCH_COMMUNITY = _community_day(
    9,
    27,
    _name(
        "Feestdag van de Franse Gemeenschap",
        "Fête de la Communauté française",
        "Feiertag der Französischen Gemeinschaft",
        "French Community Day",
    ),
)

#: 15 November, holiday of the German-speaking Community (a day off for its staff).
GERMAN_SPEAKING_COMMUNITY = _community_day(
    11,
    15,
    _name(
        "Feestdag van de Duitstalige Gemeenschap",
        "Fête de la Communauté germanophone",
        "Feiertag der Deutschsprachigen Gemeinschaft",
        "German-speaking Community Day",
    ),
)

#: 8 May, Iris Day, the Brussels-Capital Region's day (a day off for its regional staff).
BRUSSELS_REGION = _community_day(
    5,
    8,
    _name("Irisfeest", "Fête de l'Iris", "Irisfest", "Iris Day"),
)

_WALLOON_DAY = _name(
    "Feestdag van het Waals Gewest",
    "Fête de la Région wallonne",
    "Feiertag der Wallonischen Region",
    "Walloon Region Day",
)

#: The third Sunday of September, the Walloon Region's day (décret du 23 juillet 1998).
WALLOON_REGION = RuleCalendar(
    name=_WALLOON_DAY,
    rules=(NthWeekday(month=9, weekday=Weekday.SUNDAY, n=3, name=_WALLOON_DAY),),
)
