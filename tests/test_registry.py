from datetime import date

import pytest

from charter import CountryHolidays, UnknownCalendarError, belgium, calendar_by_id
from charter.calendars import BUILT_IN


def test_built_in_ids() -> None:
    assert calendar_by_id("be-legal") is belgium.LEGAL
    assert calendar_by_id("be-federal") is belgium.FEDERAL_ADMINISTRATION
    assert set(BUILT_IN) == {
        "be-legal",
        "be-federal",
        "be-flemish",
        "be-french",
        "be-german-speaking",
        "be-brussels",
        "be-walloon",
        "eu-institutions-brussels",
        "eu-institutions-luxembourg",
    }


def test_region_days() -> None:
    brussels = calendar_by_id("be-federal+be-brussels")
    # The Brussels regional staff's days off (statute of 21 March 2018, art. 186): the legal
    # holidays, 2 and 15 November, 26 December, and Iris Day.
    assert len(brussels.in_year(2027)) == 14
    assert brussels.name(date(2027, 5, 8), "nl") == "Irisfeest"
    assert brussels.name(date(2026, 5, 8), "fr") == "Fête de l'Iris"
    walloon = calendar_by_id("be-walloon")
    # The third Sunday of September (décret du 23 juillet 1998).
    assert list(walloon.in_year(2026)) == [date(2026, 9, 20)]
    assert list(walloon.in_year(2027)) == [date(2027, 9, 19)]
    assert list(walloon.in_year(2028)) == [date(2028, 9, 17)]
    for year in range(1999, 2100):
        (day,) = walloon.in_year(year)
        assert (day.month, day.weekday()) == (9, 6)
        assert 15 <= day.day <= 21


def test_joined_ids_give_the_union() -> None:
    joined = calendar_by_id("be-legal + be-flemish")
    assert joined.in_year(2027) == (belgium.LEGAL | belgium.FLEMISH_COMMUNITY).in_year(2027)
    assert joined.name(date(2027, 7, 11)) == "Flemish Community Day"


def test_holidays_package_ids() -> None:
    assert calendar_by_id("holidays:DE-BY") == CountryHolidays(country="DE", subdiv="BY")
    assert calendar_by_id("holidays:NL") == CountryHolidays(country="NL")


@pytest.mark.parametrize(
    ("calendar_id", "message"),
    [
        ("be-legl", "unknown calendar 'be-legl'; known: be-brussels, be-federal, be-flemish"),
        ("be-legal+", "unknown calendar ''"),
        ("", "unknown calendar '': expected an id such as 'be-legal'"),
        ("holidays:XX", "unknown calendar 'holidays:XX': the holidays package has no calendar"),
    ],
)
def test_unknown_ids_name_the_id_and_the_choices(calendar_id: str, message: str) -> None:
    with pytest.raises(UnknownCalendarError, match=message) as info:
        calendar_by_id(calendar_id)
    assert isinstance(info.value, KeyError)
