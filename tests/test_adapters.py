from datetime import date

import holidays as holidays_package
import pytest

from charter import (
    CharterValueError,
    CountryHolidays,
    HolidayCalendar,
    UnknownLanguageError,
    belgium,
)


def test_a_country_and_subdivision_in_several_languages() -> None:
    bavaria = CountryHolidays(country="DE", subdiv="BY")
    assert isinstance(bavaria, HolidayCalendar)
    assert bavaria.name(date(2027, 1, 6), "de") == "Heilige Drei Könige"
    assert bavaria.name(date(2027, 1, 6), "en") == "Epiphany"
    assert not CountryHolidays(country="DE", subdiv="BE").is_holiday(date(2027, 1, 6))


def test_dates_equal_the_package_for_many_years() -> None:
    ours = CountryHolidays(country="NL")
    for year in range(1990, 2041):
        assert set(ours.in_year(year)) == set(holidays_package.country_holidays("NL", years=year))


def test_belgium_through_the_package_has_all_four_languages() -> None:
    adapted = CountryHolidays(country="BE")
    christmas = adapted.holidays(2027)[date(2027, 12, 25)]
    assert {christmas[lang] for lang in ("nl", "fr", "de")} == {"Kerstmis", "Noël", "Weihnachten"}
    assert set(adapted.in_year(2027)) >= set(belgium.LEGAL.in_year(2027))


def test_a_country_without_translations_has_its_default_language_only() -> None:
    us = CountryHolidays(country="US", categories="public")
    assert us.categories == ("public",)
    assert us.name(date(2027, 7, 5), "en") == "Independence Day (observed)"
    with pytest.raises(UnknownLanguageError, match="'nl'; available: en"):
        us.name(date(2027, 7, 5), "nl")


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"country": "XX"}, "no calendar for country 'XX'"),
        ({"country": "DE", "subdiv": "ZZ"}, "subdivision 'ZZ'"),
    ],
)
def test_unknown_codes_fail_at_construction(options: dict[str, str], message: str) -> None:
    with pytest.raises(CharterValueError, match=message):
        CountryHolidays(**options)
