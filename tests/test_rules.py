from datetime import date, datetime

import pytest

from charter import (
    CharterTypeError,
    CharterValueError,
    Dates,
    EasterOffset,
    FixedDate,
    HolidayCalendar,
    LocalizedText,
    NthWeekday,
    RuleCalendar,
    UnsupportedYearError,
    Weekday,
)
from charter.calendars import UnionCalendar, union

# Western Easter Sundays, from published tables.
EASTER = {
    1900: date(1900, 4, 15),
    1974: date(1974, 4, 14),
    2000: date(2000, 4, 23),
    2008: date(2008, 3, 23),
    2011: date(2011, 4, 24),
    2025: date(2025, 4, 20),
    2026: date(2026, 4, 5),
    2027: date(2027, 3, 28),
    2038: date(2038, 4, 25),
    2200: date(2200, 4, 6),
}


@pytest.mark.parametrize(("year", "sunday"), EASTER.items())
def test_easter_offsets_count_from_easter_sunday(year: int, sunday: date) -> None:
    assert EasterOffset(days=0, name="Easter").date_in(year) == sunday
    assert EasterOffset(days=-2, name="Good Friday").date_in(year) == date.fromordinal(
        sunday.toordinal() - 2
    )


def test_fixed_date_and_leap_day() -> None:
    assert FixedDate(month=7, day=21, name="x").date_in(2027) == date(2027, 7, 21)
    leap = FixedDate(month=2, day=29, name="leap")
    assert [leap.date_in(y) for y in (1900, 2000, 2024, 2025)] == [
        None,
        date(2000, 2, 29),
        date(2024, 2, 29),
        None,
    ]


@pytest.mark.parametrize(
    ("rule", "year", "expected"),
    [
        (NthWeekday(month=11, weekday=Weekday.THURSDAY, n=4, name="x"), 2026, date(2026, 11, 26)),
        (NthWeekday(month=5, weekday=0, n=-1, name="x"), 2027, date(2027, 5, 31)),
        (NthWeekday(month=5, weekday=0, n=1, name="x"), 2027, date(2027, 5, 3)),
        (NthWeekday(month=2, weekday=0, n=5, name="x"), 2027, None),  # no fifth Monday
        (NthWeekday(month=3, weekday=Weekday.SUNDAY, n=-1, name="x"), 2026, date(2026, 3, 29)),
        (NthWeekday(month=12, weekday=Weekday.FRIDAY, n=-1, name="x"), 2026, date(2026, 12, 25)),
    ],
)
def test_nth_weekday(rule: NthWeekday, year: int, expected: date | None) -> None:
    assert rule.date_in(year) == expected


def test_validity_years_are_inclusive() -> None:
    rule = FixedDate(month=1, day=2, name="x", since=2000, until=2002)
    assert [rule.date_in(y) is not None for y in (1999, 2000, 2002, 2003)] == [
        False,
        True,
        True,
        False,
    ]
    assert EasterOffset(days=1, name="x", until=1999).date_in(2000) is None
    assert NthWeekday(month=1, weekday=0, n=1, name="x", since=2001).date_in(2000) is None


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: FixedDate(month=2, day=30, name="x"), "day 30 does not exist in month 2"),
        (lambda: FixedDate(month=13, day=1, name="x"), "month 13 is not a number 1-12"),
        (lambda: FixedDate(month=1, day=1, name="x", since=2001, until=2000), "since 2001"),
        (lambda: FixedDate(month=1, day=1, name="x", since=1800), "validity year 1800"),
        (lambda: EasterOffset(days=300, name="x"), "Easter offset 300"),
        (lambda: NthWeekday(month=1, weekday=0, n=0, name="x"), "n 0 is not"),
        (lambda: NthWeekday(month=1, weekday=7, n=1, name="x"), "weekday 7 is not"),
        (lambda: NthWeekday(month=1, weekday="mo", n=1, name="x"), "expected a weekday"),
    ],
)
def test_bad_rules_are_refused_with_the_value(build: object, message: str) -> None:
    with pytest.raises((CharterValueError, CharterTypeError), match=message):
        build()  # type: ignore[operator]


CALENDAR = RuleCalendar(
    name={"en": "Test", "nl": "Test"},
    rules=(
        FixedDate(month=12, day=25, name={"en": "Christmas", "nl": "Kerstmis"}),
        FixedDate(month=12, day=25, name={"en": "Feast", "nl": "Kerstmis"}),
        EasterOffset(days=1, name={"en": "Easter Monday", "nl": "Paasmaandag"}),
    ),
)


def test_rule_calendar_queries() -> None:
    assert isinstance(CALENDAR, HolidayCalendar)
    assert CALENDAR.title["nl"] == "Test"
    assert CALENDAR.is_holiday(date(2026, 12, 25))
    assert not CALENDAR.is_holiday(date(2026, 12, 24))
    assert CALENDAR.name(date(2026, 12, 25)) == "Christmas; Feast"  # both names, in order
    assert CALENDAR.name(date(2026, 12, 25), "nl") == "Kerstmis"  # the same name once
    assert CALENDAR.name(date(2026, 12, 24)) is None
    assert list(CALENDAR.in_year(2026, "nl").items()) == [
        (date(2026, 4, 6), "Paasmaandag"),
        (date(2026, 12, 25), "Kerstmis"),
    ]
    assert CALENDAR.holidays(2026) is CALENDAR.holidays(2026)  # cached


def test_rule_calendar_refuses_what_is_not_a_rule() -> None:
    with pytest.raises(CharterTypeError, match="expected a holiday rule"):
        RuleCalendar(name="x", rules=("25 December",))  # type: ignore[arg-type]


def test_dates_with_names_and_without() -> None:
    named = Dates({date(2026, 5, 15): "Bridge day", date(2027, 1, 2): {"nl": "Brugdag"}})
    assert named.name(date(2026, 5, 15)) == "Bridge day"
    assert named.in_year(2027, "nl") == {date(2027, 1, 2): "Brugdag"}
    assert named.in_year(2025) == {}
    plain = Dates([date(2026, 12, 28), date(2026, 12, 28)])
    assert plain.name(date(2026, 12, 28), "fr") == "Fermé"
    assert len(plain.entries) == 1
    custom = Dates([date(2026, 12, 28)], name={"en": "Compensation day"})
    assert custom.name(date(2026, 12, 28)) == "Compensation day"
    assert Dates() == Dates([])
    assert Dates([date(2026, 1, 2)]) == Dates([date(2026, 1, 2)])


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ([datetime(2026, 1, 2, 9)], CharterTypeError, r"not datetime\), got datetime"),
        (["2026-01-02"], CharterTypeError, "got str '2026-01-02'"),
        ([date(1899, 12, 31)], UnsupportedYearError, "1899-12-31 is outside"),
        ("2026-01-02", CharterTypeError, "expected a mapping of date to name"),
    ],
)
def test_dates_refuses_what_is_not_a_supported_date(
    value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        Dates(value)  # type: ignore[arg-type]


def test_union_joins_names_and_flattens() -> None:
    a = Dates({date(2026, 1, 2): "A"})
    b = Dates({date(2026, 1, 2): "B", date(2026, 1, 3): "B"})
    c = Dates({date(2026, 1, 4): "C"})
    joined = a | b | c
    assert joined.in_year(2026) == {
        date(2026, 1, 2): "A; B",
        date(2026, 1, 3): "B",
        date(2026, 1, 4): "C",
    }
    assert getattr(joined, "calendars") == (a, b, c)  # noqa: B009 - not on the protocol
    assert union(a, b, c).in_year(2026) == joined.in_year(2026)
    assert union().in_year(2026) == {}


def test_union_with_something_else_is_refused() -> None:
    with pytest.raises(TypeError):
        Dates() | {date(2026, 1, 2)}  # type: ignore[operator]


@pytest.mark.parametrize("year", [1899, 2201])
def test_years_outside_the_range_are_refused(year: int) -> None:
    with pytest.raises(UnsupportedYearError, match=f"year {year} is outside .* 1900-2200"):
        CALENDAR.in_year(year)
    with pytest.raises(UnsupportedYearError, match=f"{year}-01-01 is outside"):
        CALENDAR.is_holiday(date(year, 1, 1))


def test_calendars_of_something_else_are_refused() -> None:
    with pytest.raises(CharterTypeError, match="a tuple of holiday rules, got int 5"):
        RuleCalendar(name="x", rules=5)  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="an iterable of holiday calendars"):
        UnionCalendar(calendars=5)  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="integer year, got list"):
        CALENDAR.holidays([2020])  # type: ignore[arg-type]
    with pytest.raises(CharterTypeError, match="integer year, got float"):
        CALENDAR.holidays(2026.0)  # type: ignore[arg-type]


def test_a_datetime_is_not_a_date() -> None:
    with pytest.raises(CharterTypeError, match="expected a date"):
        CALENDAR.is_holiday(datetime(2026, 12, 25, 10))
    with pytest.raises(CharterTypeError, match="integer year"):
        CALENDAR.in_year("2026")  # type: ignore[arg-type]
    assert isinstance(CALENDAR.holidays(2026)[date(2026, 12, 25)], LocalizedText)
