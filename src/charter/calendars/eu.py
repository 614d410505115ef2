"""The public holidays of the EU institutions, as published year by year.

Regulation 1182/71 art. 2(1): the public holidays of a period are those "of the Member
State or of the institution where the act is to be done". The EU institutions' holidays
are not a fixed rule: the Commission adopts the list for staff in Brussels and in
Luxembourg each year, and the Official Journal publishes it. They enter here as data,
year by year, each citing its decision; a year without published data is refused
(:class:`~charter.errors.UnpublishedYearError`), never guessed.

Years held (docs/calendars.md#eu-institutions):

- **2014**: Commission Decision of 21 December 2012 (OJ C 39, 12.2.2013, 2013/C 39/03);
  Luxembourg: the same days as Brussels.
- **2023**: Commission Decision of 25 May 2021 (OJ C 201 I, 28.5.2021, 2021/C 201 I/02);
  23 June for staff in Luxembourg, 21 July for staff in Brussels.

For another year, build a ``PublishedCalendar`` with the years you hold, or give that
year's published dates as a working calendar's holidays (``Dates``). The end-of-year
days are listed as published, a span of dates (its Saturday and Sunday included).

>>> from datetime import date
>>> INSTITUTIONS_BRUSSELS.name(date(2023, 5, 19))
'Day after Ascension Day'
>>> len(INSTITUTIONS_BRUSSELS.in_year(2023)), len(INSTITUTIONS_LUXEMBOURG.in_year(2023))
(18, 18)
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType

from attrs import field, frozen

from charter._memo import Memo
from charter.calendars.base import CalendarBase, YearHolidays, year_cache
from charter.errors import CharterTypeError, UnpublishedYearError
from charter.text import LocalizedText, to_text

__all__ = ["INSTITUTIONS_BRUSSELS", "INSTITUTIONS_LUXEMBOURG", "PublishedCalendar"]


def _years(value: Mapping[int, Mapping[date, LocalizedText]]) -> Mapping[int, YearHolidays]:
    if not isinstance(value, Mapping):
        raise CharterTypeError.expected("a mapping of year to {date: name}", value)
    years: dict[int, YearHolidays] = {}
    for year, days in value.items():
        checked = {d: to_text(name) for d, name in days.items()}
        if any(d.year != year for d in checked):
            message = f"the holidays listed for {year} must all fall in {year}"
            raise UnpublishedYearError(message)
        years[year] = MappingProxyType(dict(sorted(checked.items())))
    return MappingProxyType(dict(sorted(years.items())))


@frozen
class PublishedCalendar(CalendarBase):
    """A holiday calendar published year by year: only the years it holds are answered.

    Asking for another year raises :class:`~charter.errors.UnpublishedYearError`.
    """

    title: LocalizedText = field(converter=to_text, alias="name")
    years: Mapping[int, YearHolidays] = field(converter=_years, eq=False)
    source: str = ""
    _cache: Memo[int, YearHolidays] = field(
        factory=year_cache, init=False, repr=False, eq=False, hash=False
    )

    def _compute(self, year: int) -> Mapping[date, LocalizedText]:
        found = self.years.get(year)
        if found is None:
            held = ", ".join(str(y) for y in self.years) or "none"
            raise UnpublishedYearError(
                f"{self.title['en']}: no published holidays for {year} (years held: {held}); "
                "they are published yearly: give that year's dates as Dates"
            )
        return found


def _name(nl: str, fr: str, de: str, en: str) -> LocalizedText:
    return LocalizedText({"nl": nl, "fr": fr, "de": de, "en": en})


_NEW_YEAR = _name("Nieuwjaar", "Jour de l'An", "Neujahr", "New Year's Day")
_AFTER_NEW_YEAR = _name(
    "Dag na Nieuwjaar", "Lendemain du Jour de l'An", "Tag nach Neujahr", "Day after New Year's Day"
)
_MAUNDY = _name("Witte Donderdag", "Jeudi saint", "Gründonnerstag", "Maundy Thursday")
_GOOD_FRIDAY = _name("Goede Vrijdag", "Vendredi saint", "Karfreitag", "Good Friday")
_EASTER_MONDAY = _name("Paasmaandag", "Lundi de Pâques", "Ostermontag", "Easter Monday")
_LABOUR = _name("Dag van de Arbeid", "Fête du Travail", "Tag der Arbeit", "Labour Day")
_SCHUMAN = _name(
    "Verjaardag van de Verklaring van Robert Schuman (1950)",
    "Anniversaire de la déclaration de Robert Schuman (1950)",
    "Jahrestag der Erklärung von Robert Schuman (1950)",
    "Anniversary of the Declaration by Robert Schuman in 1950",
)
_ASCENSION = _name("Hemelvaartsdag", "Ascension", "Christi Himmelfahrt", "Ascension Day")
_AFTER_ASCENSION = _name(
    "Dag na Hemelvaartsdag",
    "Lendemain de l'Ascension",
    "Tag nach Christi Himmelfahrt",
    "Day after Ascension Day",
)
_WHIT_MONDAY = _name("Pinkstermaandag", "Lundi de Pentecôte", "Pfingstmontag", "Whit Monday")
_LUXEMBOURG = _name(
    "Nationale feestdag van Luxemburg",
    "Fête nationale luxembourgeoise",
    "Luxemburgischer Nationalfeiertag",
    "Luxembourg National Holiday",
)
_BELGIUM = _name(
    "Nationale feestdag van België",
    "Fête nationale belge",
    "Belgischer Nationalfeiertag",
    "Belgian National Holiday",
)
_ASSUMPTION = _name("Onze-Lieve-Vrouw-Hemelvaart", "Assomption", "Mariä Himmelfahrt", "Assumption")
_ALL_SAINTS = _name("Allerheiligen", "Toussaint", "Allerheiligen", "All Saints' Day")
_ALL_SOULS = _name("Allerzielen", "Jour des Morts", "Allerseelen", "All Souls' Day")
_END_OF_YEAR = _name("Eindejaarsdagen", "Jours de fin d'année", "Jahresendtage", "End-of-year days")


def _span(first: date, last: date) -> dict[date, LocalizedText]:
    return {first + timedelta(days=k): _END_OF_YEAR for k in range((last - first).days + 1)}


#: 2014, OJ C 39, 12.2.2013 (2013/C 39/03): the same days in Brussels and Luxembourg.
_2014 = {
    date(2014, 1, 1): _NEW_YEAR,
    date(2014, 1, 2): _AFTER_NEW_YEAR,
    date(2014, 4, 17): _MAUNDY,
    date(2014, 4, 18): _GOOD_FRIDAY,
    date(2014, 4, 21): _EASTER_MONDAY,
    date(2014, 5, 1): _LABOUR,
    date(2014, 5, 9): _SCHUMAN,
    date(2014, 5, 29): _ASCENSION,
    date(2014, 5, 30): _AFTER_ASCENSION,
    date(2014, 6, 9): _WHIT_MONDAY,
    date(2014, 7, 21): _BELGIUM,
    date(2014, 8, 15): _ASSUMPTION,
    **_span(date(2014, 12, 24), date(2014, 12, 31)),
}

#: 2023, OJ C 201 I, 28.5.2021 (2021/C 201 I/02), the days of both places.
_2023 = {
    date(2023, 1, 2): _AFTER_NEW_YEAR,
    date(2023, 4, 6): _MAUNDY,
    date(2023, 4, 7): _GOOD_FRIDAY,
    date(2023, 4, 10): _EASTER_MONDAY,
    date(2023, 5, 1): _LABOUR,
    date(2023, 5, 9): _SCHUMAN,
    date(2023, 5, 18): _ASCENSION,
    date(2023, 5, 19): _AFTER_ASCENSION,
    date(2023, 5, 29): _WHIT_MONDAY,
    date(2023, 8, 15): _ASSUMPTION,
    date(2023, 11, 1): _ALL_SAINTS,
    date(2023, 11, 2): _ALL_SOULS,
    **_span(date(2023, 12, 25), date(2023, 12, 29)),
}

_SOURCE = (
    "Commission decisions on the public holidays of the EU institutions: for 2014 of "
    "21 December 2012 (OJ C 39, 12.2.2013); for 2023 of 25 May 2021 (OJ C 201 I, 28.5.2021)"
)

#: The public holidays of the EU institutions for staff in Brussels (2014 and 2023 only).
INSTITUTIONS_BRUSSELS = PublishedCalendar(
    name=_name(
        "Feestdagen van de EU-instellingen (Brussel)",
        "Jours fériés des institutions de l'UE (Bruxelles)",
        "Feiertage der EU-Organe (Brüssel)",
        "EU institutions' public holidays (Brussels)",
    ),
    years={2014: _2014, 2023: {**_2023, date(2023, 7, 21): _BELGIUM}},
    source=_SOURCE,
)

#: The public holidays of the EU institutions for staff in Luxembourg (2014 and 2023 only).
INSTITUTIONS_LUXEMBOURG = PublishedCalendar(
    name=_name(
        "Feestdagen van de EU-instellingen (Luxemburg)",
        "Jours fériés des institutions de l'UE (Luxembourg)",
        "Feiertage der EU-Organe (Luxemburg)",
        "EU institutions' public holidays (Luxembourg)",
    ),
    years={2014: _2014, 2023: {**_2023, date(2023, 6, 23): _LUXEMBOURG}},
    source=_SOURCE,
)
