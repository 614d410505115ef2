from datetime import date

import pytest
from dateutil.easter import easter

from charter import LANGUAGES, belgium

LEGAL_NAMES_NL = [
    "Nieuwjaar",
    "Paasmaandag",
    "Dag van de Arbeid",
    "Onze-Lieve-Heer-Hemelvaart",
    "Pinkstermaandag",
    "Nationale feestdag",
    "Onze-Lieve-Vrouw-Hemelvaart",
    "Allerheiligen",
    "Wapenstilstand",
    "Kerstmis",
]


def test_legal_holidays_equal_the_holidays_package_1975_to_2100() -> None:
    """The package's PUBLIC category has Easter Sunday and Whit Sunday too; we don't."""
    import holidays as holidays_package  # noqa: PLC0415 - the test-base extra has none

    years = range(1975, 2101)
    peer = holidays_package.country_holidays("BE", years=years, categories=holidays_package.PUBLIC)
    sundays = {easter(y) for y in years} | {
        date.fromordinal(easter(y).toordinal() + 49) for y in years
    }
    expected = set(peer) - sundays
    ours = {d for y in years for d in belgium.LEGAL.in_year(y)}
    assert ours == expected


def test_two_holidays_on_one_date_keep_both_names() -> None:
    short_years = [y for y in range(1900, 2201) if len(belgium.LEGAL.in_year(y)) != 10]
    assert short_years == [1913, 2008, 2160]  # Ascension on 1 May
    assert (
        belgium.LEGAL.name(date(2008, 5, 1), "nl")
        == "Dag van de Arbeid; Onze-Lieve-Heer-Hemelvaart"
    )


def test_the_2026_legal_holidays_by_name() -> None:
    assert list(belgium.LEGAL.in_year(2026, "nl").items()) == list(
        zip(
            [
                date(2026, 1, 1),
                date(2026, 4, 6),
                date(2026, 5, 1),
                date(2026, 5, 14),
                date(2026, 5, 25),
                date(2026, 7, 21),
                date(2026, 8, 15),
                date(2026, 11, 1),
                date(2026, 11, 11),
                date(2026, 12, 25),
            ],
            LEGAL_NAMES_NL,
            strict=True,
        )
    )


def test_federal_administration_is_legal_plus_three_days_in_every_year() -> None:
    for year in range(1900, 2201):
        federal = belgium.FEDERAL_ADMINISTRATION.in_year(year)
        legal = belgium.LEGAL.in_year(year)
        extra = {date(year, 11, 2), date(year, 11, 15), date(year, 12, 26)}
        assert set(federal) == set(legal) | extra, year
        assert set(legal).isdisjoint(extra)
        assert {d: federal[d] for d in legal} == dict(legal)
        assert federal[date(year, 11, 15)] == "King's Feast"


@pytest.mark.parametrize(
    ("calendar", "day", "nl"),
    [
        (belgium.FLEMISH_COMMUNITY, date(2027, 7, 11), "Feestdag van de Vlaamse Gemeenschap"),
        (belgium.FRENCH_COMMUNITY, date(2027, 9, 27), "Feestdag van de Franse Gemeenschap"),
        (
            belgium.GERMAN_SPEAKING_COMMUNITY,
            date(2027, 11, 15),
            "Feestdag van de Duitstalige Gemeenschap",
        ),
    ],
)
def test_community_days_hold_their_own_day_only(calendar: object, day: date, nl: str) -> None:
    assert getattr(calendar, "in_year")(2027, "nl") == {day: nl}  # noqa: B009


def test_community_day_joins_the_legal_holidays() -> None:
    flemish = belgium.LEGAL | belgium.FLEMISH_COMMUNITY
    assert len(flemish.in_year(2027)) == 11
    assert flemish.name(date(2027, 7, 11), "fr") == "Fête de la Communauté flamande"


def test_every_name_exists_in_every_language_and_differs_per_holiday() -> None:
    calendars = [
        belgium.FEDERAL_ADMINISTRATION,
        belgium.FLEMISH_COMMUNITY,
        belgium.FRENCH_COMMUNITY,
        belgium.GERMAN_SPEAKING_COMMUNITY,
    ]
    for calendar in calendars:
        assert set(calendar.title.languages) == set(LANGUAGES)
        for text in calendar.holidays(2027).values():
            assert set(text.languages) == set(LANGUAGES)
    for language in LANGUAGES:
        names = list(belgium.FEDERAL_ADMINISTRATION.in_year(2027, language).values())
        assert len(set(names)) == len(names) == 13


def test_years_before_1974_get_todays_list() -> None:
    """Documented: the calendars are proleptic, not historical."""
    assert len(belgium.LEGAL.in_year(1900)) == 10
    assert belgium.LEGAL.name(date(1900, 4, 16)) == "Easter Monday"
