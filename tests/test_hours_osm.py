from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given

from charter import (
    MonthDay,
    OpeningHours,
    OpeningHoursError,
    OpeningHoursSyntaxError,
    Season,
    SpecialHours,
    TimeRange,
    UnknownTimezoneError,
    Weekday,
    WeeklySchedule,
    belgium,
)
from strategies import opening_hours

BRUSSELS = ZoneInfo("Europe/Brussels")


def osm(text: str) -> OpeningHours:
    return OpeningHours.from_osm(text, timezone="Europe/Brussels", holidays=belgium.LEGAL)


@given(opening_hours())
def test_round_trip(hours: OpeningHours) -> None:
    assert osm(hours.to_osm()) == hours


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # Values that are a weekly schedule with exceptions keep that form and write it.
        ("Mo-Fr 09:00-17:00; PH off", "Mo-Fr 09:00-17:00; PH off"),
        ("Mo-Su 00:00-24:00", "Mo-Su 00:00-24:00"),
        ("00:00-24:00", "24/7"),
        ("Jul-Aug: off; Jul-Aug Mo-Fr 10:00-16:00", "Jul-Aug: off; Jul-Aug Mo-Fr 10:00-16:00"),
        ("24/7; PH off", "24/7; PH off"),
        ("Mo-Fr 09:00-17:00; PH 10:00-12:00", "Mo-Fr 09:00-17:00; PH 10:00-12:00"),
        ("Jul-Aug off; Jul-Aug Mo-Fr 10:00-16:00", "Jul-Aug off; Jul-Aug Mo-Fr 10:00-16:00"),
        ("2026 Aug 03-2026 Aug 14 off", "2026 Aug 03-2026 Aug 14 off"),
        ('Mo-Fr 09:00-17:00 open "by appointment"', 'Mo-Fr 09:00-17:00 open "by appointment"'),
        ("PH off", "PH off"),
        # Every other value keeps its rules, written in their normal form.
        ("Mo,Tu,We,Th,Fr 09:00-17:00", "Mo,Tu,We,Th,Fr 09:00-17:00"),
        ("Fr-Mo 10:00-12:00", "Fr-Mo 10:00-12:00"),
        ("closed", "off"),
        ("10:00-12:00", "10:00-12:00"),
        ("Mo-Fr", "Mo-Fr open"),
        ("Mo-Fr 22:00-26:00", "Mo-Fr 22:00-02:00"),
        ("Mo-Fr 09:00-17:00; Jan,Feb off", "Mo-Fr 09:00-17:00; Jan,Feb off"),
        ("Mo-Fr 09:00-17:00, Tu off", "Mo-Fr 09:00-17:00, Tu off"),
        ("Mo-Fr 09:00-17:00; Mo 12:00-13:00 closed", "Mo-Fr 09:00-17:00; Mo 12:00-13:00 off"),
        ("Th[1] 18:00-20:00", "Th[1] 18:00-20:00"),
        ("Mo[1,3,-1] 18:00-20:00", "Mo[1,3,-1] 18:00-20:00"),
        ("Mo[1,2,3] 18:00-20:00", "Mo[1-3] 18:00-20:00"),
        ("Sa[-1] +1 day 10:00-12:00", "Sa[-1] +1 day 10:00-12:00"),
        ("week 01-53/2 Sa 10:00-12:00", "week 01-53/2 Sa 10:00-12:00"),
        ("week 1,3 Sa 10:00-12:00", "week 01,03 Sa 10:00-12:00"),
        ("easter +1 day off", "easter +1 day off"),
        ("Mo 00:00+", "Mo 00:00-24:00"),
        ("Dec 24-26,Dec 31 off", "Dec 24-26,Dec 31 off"),
        ("Feb 25-Feb 28 off", "Feb 25-Feb 28 off"),
        ("Jul,Aug,Dec 24 off", "Jul,Aug,Dec 24 off"),
        ("Dec 24-Jan 02 09:00-12:00", "Dec 24-Jan 02 09:00-12:00"),
        ("2027 Dec 24-2028 Jan 02 off", "2027 Dec 24-2028 Jan 02 off"),
        ("2027-2029/2 Jul,Aug off", "2027-2029/2 Jul,Aug off"),
        ("2027+ Nov-Feb Sa 10:00-12:00", "2027+ Nov-Feb Sa 10:00-12:00"),
        ("Mar 01-Jul 31: Mo 10:00-12:00", "Mar 01-Jul 31: Mo 10:00-12:00"),
        ("Sa,PH 10:00-12:00", "Sa,PH 10:00-12:00"),
        ("PH Mo-Fr 10:00-12:00", "PH Mo-Fr 10:00-12:00"),
        ("PH -1 day 09:00-12:00", "PH -1 day 09:00-12:00"),
        ("Mo 17:00+", "Mo 17:00+"),
        ("Mo 10:00-14:00,14:00+", "Mo 10:00-14:00,14:00+"),
        ("unknown", "unknown"),
        ('24/7 "on call"', '24/7 "on call"'),
        ('""', '""'),
        ("week 38, week 40 10:00-12:00", "week 38,40 10:00-12:00"),
        ("Mo 10:00-12:00,11:00-13:00", "Mo 10:00-12:00,11:00-13:00"),
        ("Su[1] -1 day 10:00-12:00", "Su[1] -1 day 10:00-12:00"),
        ('Mo-Fr 09:00-17:00 "call first"', 'Mo-Fr 09:00-17:00 "call first"'),
        ('Mo-Fr 09:00-17:00 unknown "call first"', 'Mo-Fr 09:00-17:00 "call first"'),
        ("Mo-Fr 09:00-17:00, 2027 Dec 24 off", "Mo-Fr 09:00-17:00, 2027 Dec 24 off"),
        ("Mo 10:00-12:00 open, 14:00-16:00", "Mo 10:00-12:00 open, 14:00-16:00"),
    ],
)
def test_read_and_write(text: str, written: str) -> None:
    hours = osm(text)
    assert hours.to_osm() == written
    assert osm(written).rules == hours.rules


def test_the_misread_months_are_read_as_written() -> None:
    january = osm("Mo-Fr 09:00-17:00; Jan,Feb off")
    assert not january.is_open(datetime(2027, 1, 9, 3, tzinfo=BRUSSELS))
    assert not january.is_open(datetime(2027, 1, 11, 10, tzinfo=BRUSSELS))
    assert not january.is_open(datetime(2027, 2, 26, 10, tzinfo=BRUSSELS))
    assert january.is_open(datetime(2027, 3, 1, 10, tzinfo=BRUSSELS))
    october = osm("Su-Fr 06:30-09:00; Feb,Oct off")
    assert not october.is_open(datetime(2027, 2, 26, 11, 35, tzinfo=BRUSSELS))
    assert not october.is_open(datetime(2027, 2, 26, 7, tzinfo=BRUSSELS))
    assert not october.is_open(datetime(2027, 10, 4, 7, tzinfo=BRUSSELS))
    assert october.is_open(datetime(2027, 3, 1, 7, tzinfo=BRUSSELS))
    assert october.next_change(datetime(2027, 2, 26, 11, 35, tzinfo=BRUSSELS)) == datetime(
        2027, 3, 1, 6, 30, tzinfo=BRUSSELS
    )


def test_the_model_read() -> None:
    hours = osm(
        'Mo-Fr 09:00-12:00,13:00-16:00; Jul-Aug off "summer hours"; Jul-Aug Tu 10:00-12:00; '
        'PH off; Dec 24 09:00-12:00; 2026 Aug 03-2026 Aug 14 off "summer closure"'
    )
    assert hours.weekly == WeeklySchedule.parse({"Mo-Fr": "09:00-12:00,13:00-16:00"})
    assert hours.seasons == (
        Season(
            start=MonthDay(7, 1),
            end=MonthDay(8, 31),
            weekly={Weekday.TUESDAY: "10:00-12:00"},
            note="summer hours",
        ),
    )
    assert hours.holidays is belgium.LEGAL
    assert hours.holiday_hours == ()
    assert hours.special == (
        SpecialHours(start=MonthDay(12, 24), hours=(TimeRange(540, 720),)),
        SpecialHours(start=date(2026, 8, 3), end=date(2026, 8, 14), note="summer closure"),
    )


def test_without_a_ph_rule_the_calendar_is_not_kept() -> None:
    assert osm("Mo-Fr 09:00-17:00").holidays is None


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("Mo-Fr 09:00-17:00 || Sa off", 18, "fallback rules ('||') are not supported"),
        ("Mo-Fr sunrise-sunset", 6, "sun times are not supported ('sunrise')"),
        ("Mo-Fr 09:00-sunset", 12, "sun times are not supported ('sunset')"),
        ("SH off", 0, "school holidays are not supported ('SH')"),
        ("Sa,SH off", 3, "school holidays are not supported ('SH')"),
        ("Mo 10:00-14:00+", 14, "an open end after a range ('10:00-14:00+') is read in two ways"),
        ("Mo 17:00+,10:00-12:00", 10, "an open end ('+') must be the last time of its rule"),
        ("Mo 10:00", 3, "a point in time is not supported"),
        ("Mo 10:00-12:00/01:00", 14, "repeating times ('/') are not supported"),
        ("Mo 10:00-11", 9, "expected an end time HH:MM"),
        ("Mo 25:00-26:00", 3, "'25:00' is not a start time"),
        ("Mo 10:00-49:00", 9, "'49:00' is not an end time"),
        ("Mo 09:00-17:00;", 15, "expected a rule after the separator"),
        ("", 0, "the value is empty"),
        ("Mo ~ 10:00", 3, "unexpected '~'"),
        ("Mo-Fr 09:00-17:00 Sa", 18, "unexpected 'Sa'"),
        ('Mo 10:00-12:00 "note', 15, "a comment is not closed"),
        ("Mo[1]-Fr 10:00", 5, "unexpected '-'"),
        ("Mo-Fr[1] 10:00-12:00", 5, "'[…]' on a range of weekdays is not supported"),
        ("Mo[6] 10:00-12:00", 3, "expected a week of the month from 1 to 5"),
        ("Mo[3-1] 10:00-12:00", 6, "the weeks of the month run backwards"),
        ("Mo[1 10:00-12:00", 5, "expected ',' or ']'"),
        ("Sa[-1] +7 days 10:00-12:00", 8, "expected a number of days from 1 to 6"),
        ("Sa[-1] +2 day 10:00-12:00", 10, "write '2 days'"),
        ("PH +2 days off", 4, "expected a number of days from 1 to 1"),
        ("Mo PH off", 3, "weekdays before 'PH' are read in more than one way"),
        ("PH Sa,PH off", 9, "'PH' comes once, before the weekdays"),
        ("easter-easter +1 day off", 0, "ranges from or to Easter are not supported"),
        ("2027 easter off", 0, "Easter in a given year is read as the same date in later years"),
        ("PH -1 day,Mo off", 9, "a list after 'PH -1 day' is read as nothing by OSM tools"),
        ("Dec 25 +1 day off", 7, "day offsets on dates are only supported on Easter"),
        ("Dec 25+ off", 6, "open or repeating date ranges"),
        ("Jan,Mo 10:00-12:00", 3, "a ',' between dates and days is read in more than one way"),
        ("Dec 32 off", 4, "Dec 32 is not a date"),
        ("Apr 31 off", 4, "Apr 31 is not a date"),
        ("2027 Feb 29 off", 9, "2027 Feb 29 is not a date"),
        ("Feb 28-29 off", 7, "a range ending on Feb 29 every year runs into Mar 01"),
        ("Jan 01-Feb 29 off", 11, "a range ending on Feb 29 every year runs into Mar 01"),
        ("Dec 24-2027 Dec 26 off", 0, "a range of days every year cannot end in a given year"),
        ("2027 Dec 24-Jan 02 off", 0, "needs the year of its end too"),
        ("2027 Dec 24-2026 Jan 02 off", 0, "the dates run backwards"),
        ("Dec 26-24 off", 7, "the days 26-24 run backwards"),
        ("2028-2027 off", 0, "the years 2028-2027 run backwards"),
        ("2027-2027 Dec 24 off", 0, "write the year once: 2027"),
        ("Dec 24-24 off", 7, "write the day once: Dec 24"),
        ("Feb 25-28 off", 7, "OSM tools read Feb 25-28 as no day in common years"),
        ("Jan 05,Feb,Mar 07 off", 11, "a date after a month that follows a date"),
        ("Dec 25-Dec 24 10:00-12:00", 0, "a yearly range that ends the day before it starts"),
        ("Mar 01-Feb 28 off", 0, "a yearly range that ends the day before it starts"),
        ("Su[5] +1 day 10:00-12:00", 6, "Su[5] moved by +1 day may leave its month"),
        ("Su[-5] -1 day 10:00-12:00", 7, "Su[-5] moved by -1 day may leave its month"),
        ("Sa[4] +1 day 10:00-12:00", 6, "Sa[4] moved by +1 day may leave its month"),
        ("Mo 10:00-12:00 +", 15, "an open end after a range"),
        ("0999 Dec 31 off", 0, "year 999 is outside the supported years"),
        ("2027-2030/0 off", 10, "expected a step in years from 1 to 1000"),
        ("week 00 off", 5, "expected a week number from 1 to 53"),
        ("week 10-05 off", 5, "the weeks 10-05 run backwards"),
        ("Jan Mo 10:00-12:00 Feb", 19, "unexpected 'Feb'"),
    ],
)
def test_what_cannot_be_read_exactly_is_refused_with_its_position(
    text: str, position: int, message: str
) -> None:
    with pytest.raises(OpeningHoursSyntaxError) as info:
        osm(text)
    assert info.value.position == position, str(info.value)
    assert message in str(info.value)
    assert info.value.text == text


def test_ph_needs_a_calendar() -> None:
    with pytest.raises(OpeningHoursSyntaxError, match="'PH' needs a holiday calendar") as info:
        OpeningHours.from_osm("Mo-Fr 09:00-17:00; PH off", timezone="Europe/Brussels")
    assert info.value.position == 19
    assert str(info.value).endswith("Mo-Fr 09:00-17:00; PH off\n                     ^")


def test_other_bad_arguments() -> None:
    with pytest.raises(UnknownTimezoneError):
        OpeningHours.from_osm("Mo 10:00-12:00", timezone="Europe/Brusel")
    with pytest.raises(
        OpeningHoursSyntaxError, match="expected the opening_hours value as a string"
    ):
        OpeningHours.from_osm(None, timezone="Europe/Brussels")  # type: ignore[arg-type]


def test_notes_in_another_language_and_quotes() -> None:
    hours = OpeningHours(
        timezone="Europe/Brussels",
        special=[
            SpecialHours(
                start=date(2026, 8, 3), note={"nl": "zomersluiting", "en": "summer closure"}
            )
        ],
    )
    assert hours.to_osm(language="nl") == '2026 Aug 03 off "zomersluiting"'
    with pytest.raises(OpeningHoursError, match="an OSM comment cannot"):
        SpecialHours(start=date(2026, 8, 3), note={"en": "ok", "nl": 'zeg "hallo"'})
