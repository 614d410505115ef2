from datetime import date

import pytest
from hypothesis import given

from charter import (
    MonthDay,
    OpeningHours,
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


def osm(text: str) -> OpeningHours:
    return OpeningHours.from_osm(text, timezone="Europe/Brussels", holidays=belgium.LEGAL)


@given(opening_hours())
def test_round_trip(hours: OpeningHours) -> None:
    assert osm(hours.to_osm()) == hours


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Mo-Fr 09:00-17:00; PH off", "Mo-Fr 09:00-17:00; PH off"),
        ("Mo,Tu,We,Th,Fr 09:00-17:00", "Mo-Fr 09:00-17:00"),
        ("Fr-Mo 10:00-12:00", "Mo,Fr-Su 10:00-12:00"),
        (
            "Mo-Fr 09:00-12:00,13:00-17:00, Sa 10:00-12:00",
            "Mo-Fr 09:00-12:00,13:00-17:00; Sa 10:00-12:00",
        ),
        ("Mo-Su 00:00-24:00", "24/7"),
        ("24/7; PH off", "24/7; PH off"),
        ("closed", "off"),
        ("10:00-12:00", "Mo-Su 10:00-12:00"),
        ("Mo-Fr", "Mo-Fr 00:00-24:00"),
        ("Mo-Fr 22:00-26:00", "Mo-Fr 22:00-02:00"),
        ("Fr 22:00-02:00; Sa 10:00-12:00", "Fr 22:00-24:00; Sa 10:00-12:00"),
        ("Sa 10:00-12:00; Fr 22:00-02:00", "Sa 10:00-12:00; Fr 22:00-02:00"),
        ("Mo-Su 18:00-03:00", "Mo-Su 18:00-03:00"),
        ("Mo-Fr 09:00-17:00; We 09:00-12:00", "Mo,Tu,Th,Fr 09:00-17:00; We 09:00-12:00"),
        ("Mo-Fr 09:00-17:00; PH 10:00-12:00", "Mo-Fr 09:00-17:00; PH 10:00-12:00"),
        ("Jul-Aug Mo-Fr 10:00-16:00", "Jul-Aug off; Jul-Aug Mo-Fr 10:00-16:00"),
        (
            "Mo-Sa 09:00-17:00; Jul-Aug Mo-Fr 10:00-16:00",
            "Mo-Sa 09:00-17:00; Jul-Aug off; Jul-Aug Mo-Fr 10:00-16:00; Jul-Aug Sa 09:00-17:00",
        ),
        ("Jul 15-Aug 15 Mo 10:00-12:00", "Jul 15-Aug 15 Mo-Su off; Jul 15-Aug 15 Mo 10:00-12:00"),
        ("Dec 24 09:00-12:00", "Dec 24 09:00-12:00"),
        ("Dec 24-26 off", "Dec 24-Dec 26 off"),
        ("2026 Aug 03-14 off", "2026 Aug 03-2026 Aug 14 off"),
        (
            '2026 Aug 03-2026 Aug 14 off "summer closure"',
            '2026 Aug 03-2026 Aug 14 off "summer closure"',
        ),
        (
            "Mo-Fr 08:00-18:00; Jul 20 off, Jul 20 10:00-11:00",
            "Mo-Fr 08:00-18:00; Jul 20 10:00-11:00",
        ),
        ("Mo-Fr 09:00-17:00, Tu off", "Mo,We-Fr 09:00-17:00"),
        ("Mo-Fr 09:00-17:00, PH off", "Mo-Fr 09:00-17:00; PH off"),
        ("10:00-12:00; 14:00-16:00", "Mo-Su 14:00-16:00"),
        ("Mo-Fr 10:00-12:00; 24/7", "24/7"),
        ("Mo 10:00-12:00; off", "off"),
        ('Mo-Fr 09:00-17:00 "by appointment"', 'Mo-Fr 09:00-17:00 "by appointment"'),
        ('off "by appointment"', 'off "by appointment"'),
        ("PH off", "PH off"),
    ],
)
def test_read_and_write(text: str, written: str) -> None:
    hours = osm(text)
    assert hours.to_osm() == written
    assert osm(written) == hours


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
        ("Mo-Fr 09:00+", 11, "open ends ('+') are not supported"),
        ("Mo-Fr sunrise-sunset", 6, "sun times ('sunrise') are not supported"),
        ("Mo-Fr 09:00-sunset", 12, "sun times ('sunset') are not supported"),
        ("week 01-10 Mo 09:00-12:00", 0, "week numbers ('week') are not supported"),
        ("SH off", 0, "school holidays ('SH') are not supported"),
        ("Mo[1] 09:00-12:00", 2, "'[' (nth weekdays, offsets) is not supported"),
        ("easter off", 0, "Easter dates ('easter') are not supported"),
        ("Mo-Fr 09:00-17:00 open", 18, "the 'open' keyword ('open') are not supported"),
        (
            "Mo-Fr 09:00-17:00; PH off; Sa 10:00-12:00",
            27,
            "a weekly rule after a 'PH' rule cannot be represented",
        ),
        ("Dec 24 off; Mo-Fr 09:00-17:00", 12, "a weekly rule after a dated rule"),
        ("PH off; Jul-Aug Mo 10:00-12:00", 8, "a season rule after a 'PH' rule"),
        ("Mo,PH off", 3, "'PH' combined with weekdays is not supported"),
        ("PH,Mo off", 0, "'PH' combined with weekdays is not supported"),
        ("Dec PH off", 4, "'PH' with dates is not supported"),
        ("2026 Aug 03 Mo off", 12, "dated rules with weekdays are not supported"),
        ("2026 Jul-Aug off", 5, "a month range with a year is not supported"),
        ("2026 off", 5, "expected a month after the year"),
        ("Dec 24,Dec 31 off", 6, "lists of dates are not supported"),
        ("Dec 32 off", 0, "Dec 32 is not a date"),
        ("2026 Feb 29 off", 5, "Feb 29 is not a date"),
        ("Dec 24-2026 Dec 26 off", 7, "a yearly date cannot end on a dated one"),
        ("Mo 25:00-26:00", 3, "'25:00' is not a start time"),
        ("Mo 10:00-49:00", 9, "'49:00' is not an end time"),
        ("Mo 10:00", 8, "expected '-' and an end time"),
        ("Mo 10:00-11", 9, "expected an end time HH:MM"),
        ("Mo 10:00-10:00", 3, "is empty"),
        ("Mo 09:00-17:00;", 15, "expected a rule after the separator"),
        ("", 0, "the value is empty"),
        (
            'Mo-Fr 09:00-17:00 "call first"',
            0,
            'the only comment a weekly rule may carry is "by appointment"',
        ),
        (
            'Mo 09:00-12:00 "by appointment"; Tu 10:00-11:00',
            0,
            '"by appointment" must be on every weekly rule',
        ),
        ('PH off "closed"', 0, "a comment on a 'PH' rule is not supported"),
        ('Dec 24 off "a"; Dec 24 10:00-11:00 "b"', 16, "two different comments"),
        ("Mo-Fr 09:00-17:00; PH off, Dec 24 10:00-12:00", 27, "an added (',') rule"),
        ("Dec 24 off; Dec 25 off; Dec 24 10:00-11:00", 24, "the same days are given again"),
        ("Dec 24 20:00-02:00; Dec 24 10:00-11:00", 20, "replaces a range that runs past midnight"),
        ("Jul-Aug Mo 10:00-12:00; Aug-Sep Mo 10:00-12:00", 0, "overlap"),
        (
            "Mo 20:00-02:00; Jul-Aug Mo 10:00-12:00",
            16,
            "leaves Tuesday to the weekly hours, and hours that run past midnight",
        ),
        ("Jun Mo-Su 22:00-02:00; Jul Su 09:00-10:00", 23, "could spill into it"),
        ("Mo-Su 10:00-12:00; Feb 28-Feb 29 off", 26, "a range ending on Feb 29 runs into Mar 01"),
        ("Mo 10:00-12:00; Jul 01-Jun 30 off", 16, "covers the whole year"),
        ("Jan-Dec Mo 10:00-12:00", 0, "covers the whole year"),
        ("Mo-Fr 09:00-17:00; 10:00-12:00", 19, "a rule without days after a rule with days"),
        ("Mo, 06:00-12:00", 4, "a rule without days after a rule with days"),
        ('Mo-Fr 09:00-17:00; Sa off "by appointment"', 19, '"by appointment" on a closed day'),
        ("Mo 10:00-12:00; 0999 Dec 31 off", 21, "year 999 is outside the supported years"),
        ("2026 Dec 25 20:00-02:00; Dec 24 off", 0, "must come in date order"),
        ("Mo-Fr 09:00-17:00; Dec 24 off; 2026 Dec 24 10:00-12:00", 0, "overlap"),
        ("Mo ~ 10:00", 3, "unexpected '~'"),
        ("Mo-Fr 09:00-17:00 Sa", 18, "unexpected 'Sa'"),
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
    quoted = OpeningHours(
        timezone="Europe/Brussels", special=[SpecialHours(start=date(2026, 8, 3), note='say "hi"')]
    )
    with pytest.raises(OpeningHoursSyntaxError, match="cannot hold"):
        quoted.to_osm()
