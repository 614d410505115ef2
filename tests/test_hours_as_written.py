"""Counter hours as services write them (issue 20, item 4): the model and its evaluation.

Five shapes, each built as :class:`~charter.OpeningHours` parts and answered on dates
worked out by hand across 2026 and 2027 (and 2028, whose 24 December is a Sunday):

- the first Thursday of the month until 19:00 (``ExtraHours(nth=1)``);
- every other Saturday (``ExtraHours(every_other_week=...)``): strictly every other week,
  also over the end of 2026, a year of 53 ISO weeks;
- walk-in hours plus evenings by appointment (``ExtraHours(by_appointment=True)``);
- a note on some hours ("pensions only", ``ExtraHours(note=...)``);
- 24 and 31 December until 12:00 (``CloseEarly``), which never opens a closed day.

Where an OpenStreetMap value says the same, opening_hours.js agrees (the ``oracle``).
"""

from __future__ import annotations

import pickle
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from charter import (
    CloseEarly,
    Dates,
    ExtraHours,
    MonthDay,
    OpeningHours,
    OpeningHoursError,
    SpecialHours,
    Weekday,
    WeeklySchedule,
    belgium,
)
from charter.errors import CharterTypeError
from oracle_client import Oracle

BRUSSELS = ZoneInfo("Europe/Brussels")
ZONE = "Europe/Brussels"


def at(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


def week(text: str) -> WeeklySchedule:
    return WeeklySchedule.parse({"Mo-Fr": text})


#: Open until 19:00 on the first Thursday of the month (closed on holidays).
FIRST_THURSDAY = OpeningHours(
    timezone=ZONE,
    weekly=week("09:00-16:00"),
    holidays=belgium.LEGAL,
    extra=[ExtraHours(days="Th", nth=1, hours="16:00-19:00")],
)
#: Every other Saturday morning, 3 January 2026 among them.
OTHER_SATURDAY = OpeningHours(
    timezone=ZONE,
    weekly=week("09:00-16:00"),
    holidays=belgium.LEGAL,
    extra=[ExtraHours(days="Sa", every_other_week=date(2026, 1, 3), hours="09:00-12:00")],
)
#: Walk-in in the morning, Tuesday and Thursday evenings by appointment.
EVENINGS = OpeningHours(
    timezone=ZONE,
    weekly=week("09:00-12:00"),
    holidays=belgium.LEGAL,
    extra=[ExtraHours(days="Tu,Th", hours="17:00-19:00", by_appointment=True)],
)
PENSIONS = {
    "nl": "enkel pensioenen",
    "fr": "uniquement les pensions",
    "de": "nur Renten",
    "en": "pensions only",
}
#: Wednesday afternoons for pensions only.
NOTED = OpeningHours(
    timezone=ZONE,
    weekly=week("09:00-12:00"),
    holidays=belgium.LEGAL,
    extra=[ExtraHours(days="We", hours="13:00-16:00", note=PENSIONS)],
)
#: Closing at 12:00 on 24 and 31 December.
CHRISTMAS = OpeningHours(
    timezone=ZONE,
    weekly=week("09:00-16:00"),
    holidays=belgium.LEGAL,
    close_early=[
        CloseEarly(start=MonthDay(12, 24), closes="12:00"),
        CloseEarly(start=MonthDay(12, 31), closes=time(12)),
    ],
)


# -- the first Thursday of the month --------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2026, 2, 5, 18, 30), True),  # the first Thursday of February 2026
        (at(2026, 2, 5, 19), False),  # until 19:00: closed at 19:00
        (at(2026, 2, 12, 18, 30), False),  # the second Thursday
        (at(2026, 2, 4, 18, 30), False),  # a Wednesday
        (at(2026, 1, 1, 18), False),  # the first Thursday of 2026 is New Year's Day
        (at(2026, 12, 3, 18), True),
        (at(2027, 1, 7, 18), True),  # the first Thursday of 2027
        (at(2027, 1, 7, 10), True),  # the week's hours too
        (at(2027, 5, 6, 18), False),  # Ascension Day 2027, a first Thursday
        (at(2027, 5, 13, 18), False),
        (at(2027, 12, 2, 18, 59), True),
    ],
)
def test_the_first_thursday_until_19(moment: datetime, expected: bool) -> None:  # noqa: FBT001
    assert FIRST_THURSDAY.is_open(moment) is expected


def test_the_first_thursday_is_one_interval_and_the_next_change_is_19() -> None:
    day = list(FIRST_THURSDAY.intervals(at(2026, 2, 5, 0), at(2026, 2, 6, 0)))
    assert day == [(at(2026, 2, 5, 9), at(2026, 2, 5, 19))]
    assert FIRST_THURSDAY.next_close(at(2026, 2, 5, 10)) == at(2026, 2, 5, 19)
    assert FIRST_THURSDAY.next_close(at(2026, 2, 12, 10)) == at(2026, 2, 12, 16)
    assert FIRST_THURSDAY.next_open(at(2026, 2, 5, 19)) == at(2026, 2, 6, 9)
    # A month: four Thursdays of 7 hours, one of 10 (1 to 28 February 2027 has 20
    # working days and no holiday).
    month = FIRST_THURSDAY.open_duration(at(2027, 2, 1, 0), at(2027, 3, 1, 0))
    assert month == timedelta(hours=20 * 7 + 3)


# -- every other Saturday ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 3), True),  # the date given
        (date(2026, 1, 10), False),
        (date(2026, 1, 17), True),
        (date(2025, 12, 20), True),  # before it too: the weeks alternate both ways
        (date(2025, 12, 27), False),
        (date(2026, 12, 26), False),  # 51 weeks after the week of 3 January
        (date(2027, 1, 2), True),  # 52 weeks after, in ISO week 53 of 2026 (odd)
        (date(2027, 1, 9), False),  # ISO week 1 of 2027 (odd too): still every other
        (date(2027, 1, 16), True),
        (date(2027, 12, 18), True),
        (date(2028, 1, 1), False),  # a Saturday of the weeks, but New Year's Day
        (date(2028, 1, 15), True),
    ],
)
def test_every_other_saturday_alternates_strictly(day: date, expected: bool) -> None:  # noqa: FBT001
    morning = datetime.combine(day, time(10), tzinfo=BRUSSELS)
    assert OTHER_SATURDAY.is_open(morning) is expected
    assert not OTHER_SATURDAY.is_open(morning + timedelta(hours=2))  # until 12:00


def test_every_other_saturday_from_a_friday() -> None:
    assert OTHER_SATURDAY.next_open(at(2026, 1, 9, 16)) == at(2026, 1, 12, 9)
    assert OTHER_SATURDAY.next_open(at(2026, 1, 16, 16)) == at(2026, 1, 17, 9)
    assert OTHER_SATURDAY.next_change(at(2026, 12, 31, 16)) == at(2027, 1, 2, 9)
    assert OTHER_SATURDAY.next_change(at(2027, 1, 2, 12)) == at(2027, 1, 4, 9)


def test_every_other_week_may_name_several_days() -> None:
    hours = OpeningHours(
        timezone=ZONE,
        extra=[ExtraHours(days="Fr,Sa", every_other_week=date(2026, 1, 2), hours="18:00-20:00")],
    )
    opened = [day for day in range(1, 32) if hours.is_open(at(2026, 1, day, 19))]
    assert opened == [2, 3, 16, 17, 30, 31]


# -- walk-in hours and evenings by appointment ----------------------------------------------


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2026, 3, 3, 10), True),  # Tuesday morning, walk-in
        (at(2026, 3, 3, 13), False),
        (at(2026, 3, 3, 18), True),  # Tuesday evening, by appointment
        (at(2026, 3, 4, 18), False),  # Wednesday evening
        (at(2026, 3, 5, 17), True),
        (at(2026, 5, 14, 18), False),  # Ascension Day 2026, a Thursday
        (at(2027, 11, 11, 18), False),  # Armistice Day 2027, a Thursday
        (at(2027, 11, 18, 18, 59), True),
    ],
)
def test_evenings_by_appointment(moment: datetime, expected: bool) -> None:  # noqa: FBT001
    assert EVENINGS.is_open(moment) is expected


def test_appointments_belong_to_their_hours_not_the_channel() -> None:
    assert not EVENINGS.by_appointment
    assert [item.by_appointment for item in EVENINGS.extra] == [True]
    assert EVENINGS.to_osm() == (
        'Mo-Fr 09:00-12:00, Tu,Th 17:00-19:00 open "by appointment"; PH off'
    )
    # The hours of a channel by appointment keep their meaning: all of them are.
    whole = OpeningHours(timezone=ZONE, weekly=week("09:00-12:00"), by_appointment=True)
    assert whole.to_osm() == 'Mo-Fr 09:00-12:00 open "by appointment"'
    assert whole.is_open(at(2026, 3, 3, 10))


# -- a note on some hours ---------------------------------------------------------------------


def test_a_note_on_some_hours() -> None:
    assert NOTED.is_open(at(2026, 3, 4, 14))
    assert not NOTED.is_open(at(2026, 3, 3, 14))
    assert not NOTED.is_open(at(2026, 11, 11, 14))  # Armistice Day 2026, a Wednesday
    assert NOTED.is_open(at(2027, 3, 3, 15, 59))
    assert NOTED.extra[0].note is not None
    assert NOTED.extra[0].note["fr"] == "uniquement les pensions"
    assert NOTED.to_osm(language="nl") == (
        'Mo-Fr 09:00-12:00, We 13:00-16:00 open "enkel pensioenen"; PH off'
    )
    both = ExtraHours(days="Tu", hours="17:00-19:00", by_appointment=True, note=PENSIONS)
    hours = OpeningHours(timezone=ZONE, weekly=week("09:00-12:00"), extra=[both])
    assert (
        hours.to_osm() == 'Mo-Fr 09:00-12:00, Tu 17:00-19:00 open "pensions only, by appointment"'
    )


# -- closing early on 24 and 31 December -------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(2026, 12, 24, 11, 59), True),  # a Thursday
        (at(2026, 12, 24, 12), False),
        (at(2026, 12, 24, 15), False),
        (at(2026, 12, 23, 15), True),
        (at(2026, 12, 31, 11), True),  # a Thursday
        (at(2026, 12, 31, 12, 30), False),
        (at(2027, 12, 24, 10), True),  # a Friday
        (at(2027, 12, 24, 13), False),
        (at(2027, 12, 31, 13), False),
        (at(2028, 12, 24, 10), False),  # a Sunday: it stays closed
        (at(2028, 12, 31, 10), False),  # a Sunday
    ],
)
def test_close_early_on_24_and_31_december(moment: datetime, expected: bool) -> None:  # noqa: FBT001
    assert CHRISTMAS.is_open(moment) is expected


def test_close_early_never_opens_a_holiday() -> None:
    # An organisation that closes on 24 December 2027 (a day off of its calendar).
    days_off = belgium.LEGAL | Dates({date(2027, 12, 24): "Christmas Eve closure"})
    hours = OpeningHours(
        timezone=ZONE,
        weekly=week("09:00-16:00"),
        holidays=days_off,
        close_early=[CloseEarly(start=MonthDay(12, 24), closes="12:00")],
    )
    assert not hours.is_open(at(2027, 12, 24, 10))
    assert hours.is_open(at(2026, 12, 24, 10))
    # Holiday hours that open are cut too: the cut applies over everything.
    open_holidays = OpeningHours(
        timezone=ZONE,
        weekly=week("09:00-16:00"),
        holidays=days_off,
        holiday_hours="10:00-14:00",
        close_early=[CloseEarly(start=MonthDay(12, 24), closes="12:00")],
    )
    assert list(open_holidays.intervals(at(2027, 12, 24, 0), at(2027, 12, 25, 0))) == [
        (at(2027, 12, 24, 10), at(2027, 12, 24, 12))
    ]


def test_close_early_cuts_special_hours_and_the_extra_ones() -> None:
    hours = OpeningHours(
        timezone=ZONE,
        weekly=week("09:00-16:00"),
        special=[SpecialHours(start=date(2026, 12, 31), hours="08:00-14:00")],
        extra=[ExtraHours(days="Th", hours="16:00-19:00")],
        close_early=[
            CloseEarly(start=MonthDay(12, 24), closes="17:00"),
            CloseEarly(start=MonthDay(12, 31), closes="12:00"),
        ],
    )
    assert list(hours.intervals(at(2026, 12, 24, 0), at(2026, 12, 25, 0))) == [
        (at(2026, 12, 24, 9), at(2026, 12, 24, 17))
    ]
    assert list(hours.intervals(at(2026, 12, 31, 0), at(2027, 1, 1, 0))) == [
        (at(2026, 12, 31, 8), at(2026, 12, 31, 12))
    ]
    assert hours.to_osm() == (
        "Mo-Fr 09:00-16:00, Th 16:00-19:00; 2026 Dec 31 08:00-14:00; "
        "Dec 24 17:00-24:00 off; Dec 31 12:00-24:00 off"
    )


def test_close_early_over_a_range_of_dates() -> None:
    hours = OpeningHours(
        timezone=ZONE,
        weekly=week("09:00-16:00"),
        close_early=[CloseEarly(start=date(2026, 7, 20), end=date(2026, 7, 24), closes="15:30")],
    )
    assert hours.is_open(at(2026, 7, 17, 15, 45))
    assert not hours.is_open(at(2026, 7, 22, 15, 45))
    assert hours.is_open(at(2026, 7, 27, 15, 45))
    assert hours.to_osm() == "Mo-Fr 09:00-16:00; 2026 Jul 20-2026 Jul 24 15:30-24:00 off"


# -- writing OpenStreetMap text, and what it cannot say ------------------------------------


def test_to_osm_reads_back_the_same_hours() -> None:
    for hours in (FIRST_THURSDAY, EVENINGS, NOTED, CHRISTMAS):
        again = OpeningHours.from_osm(hours.to_osm(), timezone=ZONE, holidays=belgium.LEGAL)
        start = at(2026, 1, 1, 0)
        end = at(2028, 1, 1, 0)
        assert list(again.intervals(start, end)) == list(hours.intervals(start, end))
    assert FIRST_THURSDAY.to_osm() == "Mo-Fr 09:00-16:00, Th[1] 16:00-19:00; PH off"
    assert CHRISTMAS.to_osm() == (
        "Mo-Fr 09:00-16:00; PH off; Dec 24 12:00-24:00 off; Dec 31 12:00-24:00 off"
    )


def test_every_other_week_from_a_date_has_no_osm_form() -> None:
    with pytest.raises(OpeningHoursError, match=r"^extra\[0\]: every other week counted from a"):
        OTHER_SATURDAY.to_osm()
    # ISO week numbers do not alternate over the end of 2026: week 53, then week 1.
    assert date(2027, 1, 2).isocalendar().week % 2 == date(2027, 1, 9).isocalendar().week % 2


# -- the opening_hours.js oracle, where an OSM value says the same --------------------------


def _instants(days: list[date]) -> list[datetime]:
    return [
        datetime.combine(d, time(), tzinfo=BRUSSELS) + timedelta(minutes=30 * k)
        for d in days
        for k in range(14, 42)
    ]


def _agree(oracle: Oracle, value: str, hours: OpeningHours, days: list[date]) -> None:
    for t in _instants(days):
        is_open, unknown = oracle.state(value, t)
        assert (hours.is_open(t), unknown) == (is_open, False), (value, t.isoformat())
        ours = hours.next_change(t)
        theirs = oracle.next_change(value, t, t + timedelta(days=40))
        assert ours is not None
        assert ours.astimezone(UTC) == theirs, (value, t.isoformat())


def _thursdays_and_christmas() -> list[date]:
    thursdays = [date(2026, 1, 1) + timedelta(days=7 * k) for k in range(105)]
    christmas = [date(y, 12, d) for y in (2026, 2027, 2028) for d in (23, 24, 25, 31)]
    return [*thursdays[::3], *thursdays[:6], *christmas, date(2027, 5, 6)]


@pytest.mark.parametrize(
    ("value", "hours"),
    [
        ("Mo-Fr 09:00-16:00, Th[1] 16:00-19:00; PH off", FIRST_THURSDAY),
        ('Mo-Fr 09:00-12:00, Tu,Th 17:00-19:00 open "by appointment"; PH off', EVENINGS),
        ('Mo-Fr 09:00-12:00, We 13:00-16:00 open "pensions only"; PH off', NOTED),
        ("Mo-Fr 09:00-16:00; PH off; Dec 24 12:00-24:00 off; Dec 31 12:00-24:00 off", CHRISTMAS),
    ],
)
def test_the_oracle_agrees(oracle: Oracle, value: str, hours: OpeningHours) -> None:
    assert hours.to_osm() == value
    days = _thursdays_and_christmas()
    _agree(oracle, value, hours, days + [d - timedelta(days=1) for d in days])


def test_the_oracle_agrees_on_every_other_saturday_where_iso_weeks_alternate(
    oracle: Oracle,
) -> None:
    # From ISO week 1 of 2027 to ISO week 52 of 2031 no year has 53 weeks: there, every
    # other Saturday from 3 January 2026 is the even weeks, as OSM can say.
    value = "Mo-Fr 09:00-16:00, week 02-52/2 Sa 09:00-12:00; PH off"
    saturdays = [date(2027, 1, 9) + timedelta(days=7 * k) for k in range(0, 255, 5)]
    saturdays += [date(2027, 1, 9), date(2027, 1, 16), date(2028, 1, 1), date(2031, 12, 27)]
    for saturday in saturdays:
        assert date(2027, 1, 4) <= saturday <= date(2031, 12, 28)
    _agree(oracle, value, OTHER_SATURDAY, saturdays)


# -- refused, each naming where -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ExtraHours(days="Th", nth=6, hours="16:00-19:00"), r"^nth: 6 is not an occ"),
        (lambda: ExtraHours(days="Th", nth=0, hours="16:00-19:00"), r"^nth: 0 is not"),
        (lambda: ExtraHours(days="Th", nth=[1, 1], hours="16:00-19:00"), r"^nth: 1 is given twice"),
        (lambda: ExtraHours(days="Thursday", hours="16:00-19:00"), r"^days: 'Thursday' is not"),
        (lambda: ExtraHours(days=[], hours="16:00-19:00"), r"^days: name at least one"),
        (lambda: ExtraHours(days="Th", hours=""), r"^hours: extra hours need at least one"),
        (lambda: ExtraHours(days="Th", hours="22:00-02:00"), r"^hours: 22:00-02:00 runs past"),
        (
            lambda: ExtraHours(days="Su", every_other_week=date(2026, 1, 3), hours="09:00-12:00"),
            r"^every_other_week: 2026-01-03 is a Saturday, not one of the days \(Sunday\)",
        ),
        (
            lambda: ExtraHours(
                days="Sa", nth=1, every_other_week=date(2026, 1, 3), hours="09:00-12:00"
            ),
            r"^give nth or every_other_week, not both",
        ),
        (lambda: CloseEarly(start=MonthDay(12, 24), closes="00:00"), r"^closes: 00:00 closes the"),
        (lambda: CloseEarly(start=MonthDay(12, 24), closes="12h"), r"^closes: '12h' is not a time"),
        (lambda: CloseEarly(start=MonthDay(12, 24), closes="24:00"), r"^closes: '24:00' is not"),
        (
            lambda: CloseEarly(start=MonthDay(12, 24), closes=time(12, 0, 30)),
            r"^closes: 12:00:30 is not on the minute",
        ),
        (
            lambda: CloseEarly(start=date(2026, 12, 31), end=date(2026, 12, 24), closes="12:00"),
            r"^close early end 2026-12-24 before they start 2026-12-31",
        ),
        (
            lambda: OpeningHours(
                timezone=ZONE,
                weekly=week("09:00-16:00"),
                extra=[ExtraHours(days="Th", nth=1, hours="09:00-19:00")],
            ),
            r"^extra\[0\]: 09:00-19:00 overlaps the weekly hours of Thursday: give only the",
        ),
        (
            lambda: OpeningHours(
                timezone=ZONE,
                weekly=WeeklySchedule.parse({"We": "22:00-02:00"}),
                extra=[ExtraHours(days="Th", hours="01:00-03:00")],
            ),
            r"^extra\[0\]: 01:00-03:00 overlaps the weekly hours of Thursday",
        ),
        (
            lambda: OpeningHours(
                timezone=ZONE,
                extra=[
                    ExtraHours(days="Th", nth=1, hours="16:00-19:00"),
                    ExtraHours(days="Th", nth=[2], hours="16:00-19:00"),
                    ExtraHours(days="Th", nth=[-5], hours="18:00-20:00"),
                ],
            ),
            r"^extra\[0\] and extra\[2\]: their hours overlap on a Thursday they can both",
        ),
        (
            lambda: OpeningHours(
                timezone=ZONE,
                extra=[
                    ExtraHours(days="Sa", every_other_week=date(2026, 1, 3), hours="09:00-12:00"),
                    ExtraHours(days="Sa", every_other_week=date(2026, 1, 17), hours="11:00-13:00"),
                ],
            ),
            r"^extra\[0\] and extra\[1\]: their hours overlap on a Saturday",
        ),
        (
            lambda: OpeningHours(
                timezone=ZONE,
                weekly=WeeklySchedule.parse({"Fr": "20:00-02:00"}),
                close_early=[CloseEarly(start=MonthDay(12, 24), closes="12:00")],
            ),
            r"^close_early: the hours 20:00-02:00 run past midnight",
        ),
        (
            lambda: OpeningHours(
                timezone=ZONE,
                close_early=[
                    CloseEarly(start=MonthDay(12, 20), end=MonthDay(12, 31), closes="12:00"),
                    CloseEarly(start=date(2026, 12, 24), closes="15:00"),
                ],
            ),
            r"^close_early: days closing early Dec 20..Dec 31 and 2026-12-24..2026-12-24 over",
        ),
        (
            lambda: OpeningHours(
                timezone=ZONE,
                weekly=None,
                rules=FIRST_THURSDAY.rules,
                extra=[ExtraHours(days="Th", hours="16:00-19:00")],
            ),
            r"^hours given as rules have no parts",
        ),
    ],
)
def test_bad_parts_are_refused_naming_where(make: object, message: str) -> None:
    assert callable(make)
    with pytest.raises(OpeningHoursError, match=message):
        make()


def test_wrong_types_are_refused() -> None:
    with pytest.raises(CharterTypeError, match="by_appointment"):
        ExtraHours(days="Th", hours="16:00-19:00", by_appointment="yes")  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="closes"):
        CloseEarly(start=MonthDay(12, 24), closes=1200)  # type: ignore[arg-type]
    with pytest.raises(OpeningHoursError, match="every_other_week"):
        ExtraHours(days="Th", hours="16:00-19:00", every_other_week="2026-01-01")  # type: ignore[arg-type]
    with pytest.raises(OpeningHoursError, match=r"every_other_week: .*2201"):
        ExtraHours(days="Sa", hours="09:00-12:00", every_other_week=date(2201, 1, 1))


def test_allowed_side_by_side() -> None:
    # The first and the last Thursday never fall on one day (the fifth from the end can).
    OpeningHours(
        timezone=ZONE,
        extra=[
            ExtraHours(days="Th", nth=1, hours="16:00-19:00"),
            ExtraHours(days="Th", nth=-1, hours="16:00-19:00"),
        ],
    )
    # Every other Saturday in the other weeks.
    OpeningHours(
        timezone=ZONE,
        extra=[
            ExtraHours(days="Sa", every_other_week=date(2026, 1, 3), hours="09:00-12:00"),
            ExtraHours(days="Sa", every_other_week=date(2026, 1, 10), hours="10:00-13:00"),
        ],
    )
    # Extra hours going on from the week's (touching) and a close early next to a closure.
    OpeningHours(
        timezone=ZONE,
        weekly=week("09:00-16:00"),
        extra=[ExtraHours(days=[Weekday.THURSDAY], hours="16:00-19:00")],
        special=[SpecialHours(start=date(2026, 12, 20), end=date(2026, 12, 31))],
        close_early=[CloseEarly(start=MonthDay(12, 24), closes="12:00")],
    )


def test_parts_keep_their_values_and_pickle() -> None:
    item = ExtraHours(days="Th,Tu", nth=[-1, 1], hours="16:00-19:00")
    assert item.days == frozenset({Weekday.TUESDAY, Weekday.THURSDAY})
    assert item.nth == (1, -1)
    assert item.matches(date(2026, 2, 3))  # the first Tuesday of February
    assert item.matches(date(2026, 2, 26))  # the last Thursday
    assert not item.matches(date(2026, 2, 12))
    early = CloseEarly(start=MonthDay(12, 24), closes="12:30")
    assert (early.closes, early.minute, early.end, early.yearly) == (
        time(12, 30),
        750,
        MonthDay(12, 24),
        True,
    )
    for hours in (FIRST_THURSDAY, OTHER_SATURDAY, EVENINGS, NOTED, CHRISTMAS):
        again = pickle.loads(pickle.dumps(hours))  # noqa: S301 - our own object
        assert again == hours
        assert again.is_open(at(2027, 1, 2, 10)) == hours.is_open(at(2027, 1, 2, 10))


def test_hours_held_as_rules_say_every_other_week() -> None:
    from charter.language._rules import describe_rules  # noqa: PLC0415
    from charter.language.messages import Messages  # noqa: PLC0415

    rules = OTHER_SATURDAY.rules
    assert str(rules[1]) == "week every 2 weeks from 2025-12-29 Sa 09:00-12:00"  # not OSM
    said = describe_rules(rules, belgium.LEGAL, Messages("nl_BE")).split("; ")
    assert said[1] == (
        "om de twee weken, waaronder de week van 29 december 2025: zaterdag van 9.00 tot 12.00 uur"
    )
    said = describe_rules(rules, belgium.LEGAL, Messages("de_BE")).split("; ")
    assert said[1] == (
        "alle zwei Wochen, darunter die Woche vom 29. Dezember 2025: Samstag von 9.00 bis 12.00 Uhr"
    )
