from datetime import date

import pytest

from peers import WITHOUT_HOLIDAYS

if WITHOUT_HOLIDAYS:  # the test-base extra leaves the package out: nothing here can run
    pytest.importorskip("holidays", reason="the test-base extra leaves the package out")
import holidays as holidays_package

from charter import (
    CharterTypeError,
    CharterValueError,
    CountryHolidays,
    HolidayCalendar,
    UnknownLanguageError,
    UnsupportedYearError,
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
    ("options", "error", "message"),
    [
        ({"country": "XX"}, CharterValueError, "no calendar for country 'XX'"),
        ({"country": "DE", "subdiv": "ZZ"}, CharterValueError, "subdivision 'ZZ'"),
        (
            {"country": "BE", "categories": ("foo",)},
            CharterValueError,
            "Category is not supported: foo",
        ),
        ({"country": "BE", "categories": 5}, CharterTypeError, "category names"),
        ({"country": 5}, CharterTypeError, "a country code"),
        ({"country": None}, CharterTypeError, "a country code"),
        ({"country": "DE", "subdiv": 9}, CharterTypeError, "a country code"),
    ],
)
def test_bad_codes_fail_at_construction(
    options: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        CountryHolidays(**options)  # type: ignore[arg-type]


def test_years_the_package_does_not_know_are_refused_not_empty() -> None:
    belgian = CountryHolidays(country="BE")
    assert len(belgian.in_year(2100)) > 0
    with pytest.raises(UnsupportedYearError, match="knows BE for 1901-2100 only, not 2150"):
        belgian.in_year(2150)
    with pytest.raises(UnsupportedYearError, match="DE-BY"):
        CountryHolidays(country="DE", subdiv="BY").is_holiday(date(1900, 1, 1))
