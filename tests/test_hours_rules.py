"""Opening hours as rules: worked examples per construct, and properties of the rule list.

The differential tests against opening_hours.js are in test_hours_oracle.py and
test_hours_grammar_oracle.py; these examples are worked by hand from the OSM
specification, with DST Sundays and 29 February.
"""

from __future__ import annotations

import itertools
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charter import (
    CharterTypeError,
    OpeningHours,
    OpeningHoursError,
    OpeningHoursSyntaxError,
    belgium,
)
from charter.hours import Rule, State
from charter.hours._osm_syntax import parse_rules
from charter.hours.evaluate import CACHE_DAYS
from charter.hours.rules import (
    DateRange,
    EasterDate,
    HolidayDay,
    MonthRange,
    Span,
    WeekdayRange,
    WeekRange,
    YearRange,
    write_rules,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


def osm(text: str) -> OpeningHours:
    return OpeningHours.from_osm(text, timezone="Europe/Brussels", holidays=belgium.LEGAL)


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


def open_days(hours: OpeningHours, first: date, count: int, hour: int = 11) -> list[date]:
    """The days from *first* on which *hours* is open at *hour* o'clock."""
    days = [first + timedelta(days=n) for n in range(count)]
    return [d for d in days if hours.is_open(at(d.year, d.month, d.day, hour))]


# -- worked examples, one construct each ---------------------------------------------------


def test_first_thursday_of_the_month() -> None:
    hours = osm("Mo-Fr 09:00-17:00; Th[1] 09:00-20:00")
    assert hours.is_open(at(2027, 1, 7, 19))  # the first Thursday of January 2027
    assert not hours.is_open(at(2027, 1, 14, 19))
    assert hours.is_open(at(2027, 4, 1, 19))  # 1 April is a Thursday
    assert hours.next_change(at(2027, 1, 7, 17)) == at(2027, 1, 7, 20)


def test_last_saturday_and_the_day_after_it() -> None:
    hours = osm("Sa[-1] 10:00-12:00; Sa[-1] +1 day 14:00-16:00")
    assert open_days(hours, date(2027, 7, 1), 40) == [date(2027, 7, 31)]
    assert open_days(hours, date(2027, 7, 1), 40, hour=15) == [date(2027, 8, 1)]
    assert open_days(hours, date(2028, 2, 1), 30) == [date(2028, 2, 26)]


def test_nth_weekday_lists_and_ranges() -> None:
    hours = osm("Mo[1,3,-1] 10:00-12:00")
    assert open_days(hours, date(2027, 3, 1), 31) == [
        date(2027, 3, 1),
        date(2027, 3, 15),
        date(2027, 3, 29),
    ]
    assert open_days(osm("Tu[2-3] 10:00-12:00"), date(2027, 6, 1), 30) == [
        date(2027, 6, 8),
        date(2027, 6, 15),
    ]


def test_every_other_week_uses_iso_week_numbers() -> None:
    hours = osm("week 01-53/2 Sa 10:00-12:00")
    saturdays = open_days(hours, date(2026, 12, 19), 28)
    # 2026 has 53 ISO weeks: Saturday 2 January 2027 is in week 53, 9 January in week 1.
    assert saturdays == [date(2026, 12, 19), date(2027, 1, 2), date(2027, 1, 9)]


def test_easter_and_its_neighbours() -> None:
    hours = OpeningHours.from_osm(
        "Mo-Fr 09:00-17:00; easter -2 days off; easter +1 day off", timezone="Europe/Brussels"
    )
    assert not hours.is_open(at(2027, 3, 26, 10))  # Good Friday
    assert not hours.is_open(at(2027, 3, 29, 10))  # Easter Monday
    assert hours.is_open(at(2027, 3, 30, 10))
    assert hours.is_open(at(2028, 3, 29, 10))  # Easter 2028 is 16 April


def test_months_and_date_lists() -> None:
    hours = osm("Mo-Su 09:00-17:00; Jul,Aug off; Dec 24-26,Dec 31 off")
    assert not hours.is_open(at(2027, 7, 15, 10))
    assert not hours.is_open(at(2027, 8, 31, 10))
    assert hours.is_open(at(2027, 9, 1, 10))
    assert open_days(hours, date(2027, 12, 22), 12) == [
        date(2027, 12, 22),
        date(2027, 12, 23),
        date(2027, 12, 27),
        date(2027, 12, 28),
        date(2027, 12, 29),
        date(2027, 12, 30),
        date(2028, 1, 1),
        date(2028, 1, 2),
    ]


def test_a_date_range_across_new_year_and_a_range_of_years() -> None:
    hours = osm("Mo-Su 09:00-17:00; 2027-2029/2 Dec 30-Jan 02 off")
    # The year selector names the day's own year: 2 January 2027 is in 2027.
    assert not hours.is_open(at(2027, 1, 2, 10))
    assert hours.is_open(at(2028, 1, 2, 10))
    assert not hours.is_open(at(2027, 12, 31, 10))
    assert hours.is_open(at(2028, 12, 31, 10))
    assert not hours.is_open(at(2029, 12, 31, 10))


def test_29_february() -> None:
    leap = osm("Mo-Su 09:00-17:00; 2028 Feb 29 off")
    assert not leap.is_open(at(2028, 2, 29, 10))
    assert leap.is_open(at(2028, 3, 1, 10))
    starting = osm("Mo-Su 09:00-17:00; Feb 29-Mar 02 off")  # from Mar 01 in other years
    assert open_days(starting, date(2027, 2, 27), 5) == [
        date(2027, 2, 27),
        date(2027, 2, 28),
        date(2027, 3, 3),
    ]
    assert open_days(starting, date(2028, 2, 27), 5) == [date(2028, 2, 27), date(2028, 2, 28)]
    alone = osm("Feb 29 10:00-12:00")  # only in leap years
    assert open_days(alone, date(2027, 1, 1), 3 * 366) == [date(2028, 2, 29)]


def test_public_holidays_with_weekdays_and_offsets() -> None:
    union = osm("Sa,PH 10:00-12:00")
    assert union.is_open(at(2027, 7, 21, 11))  # a Wednesday holiday
    assert union.is_open(at(2027, 7, 24, 11))  # a Saturday
    assert not union.is_open(at(2027, 7, 22, 11))
    both = osm("PH Mo-Fr 10:00-12:00")
    assert both.is_open(at(2027, 7, 21, 11))
    assert not both.is_open(at(2027, 5, 1, 11))  # Labour Day 2027 is a Saturday
    eve = osm("PH -1 day 09:00-12:00")
    assert eve.is_open(at(2027, 7, 20, 10))
    assert not eve.is_open(at(2027, 7, 21, 10))


def test_off_with_times_closes_only_those_times() -> None:
    hours = osm("Mo-Fr 09:00-17:00; Mo 12:00-13:00 off")
    assert list(hours.intervals(at(2027, 3, 1), at(2027, 3, 2))) == [
        (at(2027, 3, 1, 9), at(2027, 3, 1, 12)),
        (at(2027, 3, 1, 13), at(2027, 3, 1, 17)),
    ]


def test_a_replacing_rule_and_an_added_rule() -> None:
    replaced = osm("Mo-Fr 09:00-17:00; We 10:00-12:00")
    assert not replaced.is_open(at(2027, 3, 3, 15))
    added = osm("Mo-Fr 09:00-17:00, We 18:00-20:00")
    assert added.is_open(at(2027, 3, 3, 15))
    assert added.is_open(at(2027, 3, 3, 19))
    bare = osm("Mo-Fr 09:00-12:00; 14:00-16:00")  # a rule without days adds to every day
    assert bare.is_open(at(2027, 3, 3, 10))
    assert bare.is_open(at(2027, 3, 6, 15))


def test_unknown_and_open_ends() -> None:
    hours = osm('Mo-Fr 09:00-17:00; Sa 10:00-12:00 "call first"; Fr 18:00+')
    assert hours.state(at(2027, 3, 6, 11)) is State.UNKNOWN
    assert not hours.is_open(at(2027, 3, 6, 11))
    assert hours.state(at(2027, 3, 5, 23)) is State.UNKNOWN  # 18:00+ runs ten hours
    assert hours.state(at(2027, 3, 6, 3, 59)) is State.UNKNOWN
    assert hours.state(at(2027, 3, 6, 4)) is State.CLOSED
    assert hours.next_change(at(2027, 3, 5, 17)) == at(2027, 3, 5, 18)  # closed to unknown
    assert list(hours.intervals(at(2027, 3, 5), at(2027, 3, 7), state=State.UNKNOWN)) == [
        (at(2027, 3, 5, 18), at(2027, 3, 6, 4)),
        (at(2027, 3, 6, 10), at(2027, 3, 6, 12)),
    ]
    assert osm("Mo 10:00-12:00,14:00+").state(at(2027, 3, 1, 23, 59)) is State.UNKNOWN
    assert osm("Mo 23:00+").state(at(2027, 3, 2, 6, 59)) is State.UNKNOWN
    with pytest.raises(CharterTypeError, match=r"State.OPEN or State.UNKNOWN"):
        hours.intervals(at(2027, 3, 5), at(2027, 3, 7), state=State.CLOSED)


def test_night_hours_on_dst_sundays() -> None:
    hours = osm("Sa 22:00-02:00; Su[-1] 01:00-04:00")
    # Spring: the last Sunday of March 2027 (28th) skips 02:00-03:00.
    assert hours.is_open(at(2027, 3, 28, 1, 30))
    assert hours.open_duration(at(2027, 3, 28), at(2027, 3, 29)) == timedelta(hours=2)
    # Autumn: 31 October 2027 repeats 02:00-03:00, so 01:00-04:00 lasts four hours.
    assert hours.open_duration(at(2027, 10, 31), at(2027, 11, 1)) == timedelta(hours=4)


def test_a_yearly_pattern_with_no_end_finds_its_next_change() -> None:
    hours = osm("2027+ Jul off; Mo-Su 00:00-24:00")
    assert hours.next_change(at(2027, 8, 1, 12)) is None
    always_but_july = osm("Mo-Su 00:00-24:00; 2027+ Jul off")
    assert always_but_july.next_change(at(2027, 8, 1, 12)) == at(2028, 7, 1)


def test_per_day_caches_are_bounded() -> None:
    hours = osm("Mo-Fr 09:00-17:00; Th[1] 18:00-20:00")
    start = at(2000, 1, 1, 10)
    for n in range(CACHE_DAYS + 500):
        hours.is_open(start + timedelta(days=n))
    assert len(hours._evaluator._days) <= CACHE_DAYS  # noqa: SLF001 - the bound itself


def test_rules_without_parts_and_parts_without_rules() -> None:
    rules = parse_rules("Th[1] 10:00-12:00")
    hours = OpeningHours(timezone="Europe/Brussels", weekly=None, rules=rules)
    assert hours.rules == rules
    assert not hours.structured
    with pytest.raises(OpeningHoursError, match="give the weekly hours, or the rules"):
        OpeningHours(timezone="Europe/Brussels", weekly=None)
    with pytest.raises(OpeningHoursError, match="not both"):
        OpeningHours(timezone="Europe/Brussels", rules=rules)
    with pytest.raises(OpeningHoursError, match="have no parts"):
        OpeningHours(timezone="Europe/Brussels", weekly=None, rules=rules, by_appointment=True)
    with pytest.raises(CharterTypeError):
        OpeningHours(timezone="Europe/Brussels", weekly=None, rules=["Mo 10:00-12:00"])  # type: ignore[list-item]


# -- properties -----------------------------------------------------------------------------

_MINUTES = st.integers(0, 95).map(lambda n: n * 15)


@st.composite
def spans(draw: st.DrawFn) -> tuple[Span, ...]:
    found = []
    for start in sorted(draw(st.sets(_MINUTES, min_size=1, max_size=3))):
        if start and draw(st.integers(0, 5)) == 0:  # 00:00+ is read as 00:00-24:00
            found.append(Span(start, _close(start), open_end=True))
            break
        found.append(Span(start, start + draw(st.integers(1, 96)) * 15))
    return tuple(found)


def _close(start: int) -> int:
    return start + 480 if start >= 1320 else start + 600 if start >= 1020 else 1440


_WEEKDAY_ITEMS = st.one_of(
    st.builds(WeekdayRange, st.integers(0, 6), st.integers(0, 6)),
    st.builds(
        lambda day, nth, offset: WeekdayRange(day, day, nth, offset),
        st.integers(0, 6),
        st.sets(st.sampled_from([1, 2, 3, 4, 5, -1, -2]), min_size=1).map(
            lambda s: tuple(sorted(s, key=lambda n: (n < 0, abs(n))))
        ),
        st.sampled_from([0, 0, 1, -1, 2]),
    ),
)
_DATE_ITEMS = st.one_of(
    st.builds(MonthRange, st.integers(1, 12), st.integers(1, 12)),
    st.builds(
        lambda m, d, m2, d2: DateRange((None, m, d), (None, m2, d2)),
        st.integers(1, 12),
        st.integers(1, 28),
        st.integers(1, 12),
        st.integers(1, 28),
    ),
    st.builds(
        lambda y, m, d, days: DateRange(
            (y, m, d), ((e := date(y, m, d) + timedelta(days=days)).year, e.month, e.day)
        ),
        st.integers(2026, 2030),
        st.integers(1, 12),
        st.integers(1, 28),
        st.integers(0, 60),
    ),
    st.builds(EasterDate, st.just(None), st.integers(-3, 50)),
)


@st.composite
def rule_lists(draw: st.DrawFn) -> tuple[Rule, ...]:
    rules = []
    for index in range(draw(st.integers(1, 4))):
        if draw(st.integers(0, 9)) == 0:
            rule = Rule(additional=index > 0 and draw(st.booleans()), spans=(Span(0, 1440),))
            rules.append(rule)
            continue
        state = draw(st.sampled_from(list(State)))
        comment = draw(st.sampled_from([None, None, "note"]))
        if state is State.UNKNOWN and comment is None and draw(st.booleans()):
            comment = "ask"
        rules.append(
            Rule(
                additional=index > 0 and draw(st.booleans()),
                years=tuple(
                    draw(
                        st.lists(
                            st.builds(
                                lambda a, n, s: YearRange(
                                    a, None if n < 0 else a + n, s if n > 0 else 1
                                ),
                                st.integers(2026, 2030),
                                st.integers(-1, 4),
                                st.integers(1, 2),
                            ),
                            max_size=1,
                        )
                    )
                ),
                dates=tuple(draw(st.lists(_DATE_ITEMS, max_size=2))),
                weeks=tuple(
                    draw(
                        st.lists(
                            st.builds(WeekRange, st.just(1), st.just(53), st.just(2)), max_size=1
                        )
                    )
                ),
                holidays=tuple(draw(st.lists(st.just(HolidayDay(0)), max_size=1))),
                days=tuple(
                    draw(
                        st.lists(
                            st.one_of(_WEEKDAY_ITEMS, st.builds(HolidayDay, st.integers(-1, 1))),
                            max_size=2,
                        )
                    )
                ),
                spans=draw(st.one_of(st.just(()), spans())),
                state=state,
                comment=comment,
            )
        )
    return tuple(rules)


def _leaves_month(item: WeekdayRange) -> bool:
    """Whether the grammar refuses *item*: moved, it may leave its month."""
    return any(
        (n > 0 and item.offset > 0 and 7 * n + item.offset > 28)
        or (n < 0 and item.offset < 0 and -7 * n - item.offset > 28)
        for n in item.nth
    )


def _refused_dates(rule: Rule) -> bool:
    """Dates the grammar refuses, or reads as another but equal form."""
    single_year = len(rule.years) == 1 and rule.years[0].first == rule.years[0].last
    if single_year and rule.dates and not isinstance(rule.dates[0], MonthRange):
        return True  # "2027 Dec 24" is a date of 2027, which means the same
    kinds = [isinstance(item, MonthRange) for item in rule.dates]
    for i, month in enumerate(kinds):
        if month and not all(kinds[:i]) and not all(kinds[i:]):
            return True  # refused: a date after a month after a date
    for dates in rule.dates:
        if isinstance(dates, DateRange) and dates.start[0] is None and dates.end != dates.start:
            first, last = date(2001, *dates.start[1:]), date(2001, *dates.end[1:])
            if last < first and first.month == last.month:
                return True  # "Mar 02-01": refused, the days run backwards
            if (first - last).days in (1, -364):
                return True  # refused: the whole year, which OSM tools read as no day
    return False


def _reachable(rules: tuple[Rule, ...]) -> bool:
    """Rules the grammar can write: PH before weekdays only as its own list, and so on."""
    for rule in rules:
        weekdays = [item for item in rule.days if isinstance(item, WeekdayRange)]
        if any(map(_leaves_month, weekdays)) or _refused_dates(rule):
            return False
        if any(isinstance(item, HolidayDay) and item.offset for item in rule.days[:-1]):
            return False  # refused: OSM tools read a list after 'PH -1 day' as nothing
        if rule.holidays and (
            not rule.days or any(isinstance(item, HolidayDay) for item in rule.days)
        ):
            return False
    return True


@given(rule_lists())
def test_written_rules_read_back_as_the_same_rules(rules: tuple[Rule, ...]) -> None:
    if not _reachable(rules):
        return
    text = write_rules(rules)
    assert parse_rules(text) == rules, text


@given(rule_lists(), st.integers(0, 3 * 365 * 24))
def test_intervals_are_sorted_disjoint_and_half_open(rules: tuple[Rule, ...], hour: int) -> None:
    if not _reachable(rules):
        return
    hours = OpeningHours(
        timezone="Europe/Brussels", weekly=None, holidays=belgium.LEGAL, rules=rules
    )
    start = datetime(2027, 1, 1, tzinfo=UTC) + timedelta(hours=hour)
    end = start + timedelta(days=9)
    found = list(hours.intervals(start, end))
    for a, b in found:
        assert start <= a < b <= end
        assert hours.is_open(a)
        assert not hours.is_open(b) or b == end
        if a > start:
            assert not hours.is_open(a - timedelta(microseconds=1))
    for (_, b), (a, _) in itertools.pairwise(found):
        assert b < a
    again = OpeningHours.from_osm(
        hours.to_osm(), timezone="Europe/Brussels", holidays=belgium.LEGAL
    )
    assert list(again.intervals(start, end)) == found
    change = hours.next_change(start)
    if change is not None and change < end:
        before = hours.state(change - timedelta(microseconds=1))
        assert hours.state(change) is not before


# -- hostile values ---------------------------------------------------------------------------


def test_ten_thousand_dated_closures_cost_a_day_what_a_few_do() -> None:
    days = [date(2027, 1, 1) + timedelta(days=3 * n) for n in range(10_000)]
    closures = "; ".join(f"{d.year} {d:%b} {d.day:02d} off" for d in days)
    hours = osm(f"Mo-Fr 09:00-17:00; Th[1] 18:00-20:00; {closures}")
    assert hours.rules[2].dates == (DateRange((2027, 1, 1), (2027, 1, 1)),)
    assert len(hours._evaluator.rules._everyday) == 2  # noqa: SLF001 - the index itself
    assert not hours.is_open(at(2027, 1, 1, 10))  # a closure
    assert hours.is_open(at(2027, 1, 5, 10))  # between closures
    assert not hours.is_open(at(2027, 1, 7, 10))  # closed again (every third day)


@pytest.mark.parametrize(
    "value",
    [
        "Mo \u0661\u0660:00-12:00",  # Arabic-Indic digits
        "Mo\u00a010:00-12:00",  # a no-break space
        "Mo 10:00-12:00\u2028",  # a line separator
        "Mo[1\uff11] 10:00-12:00",  # a fullwidth digit
    ],
)
def test_only_ascii_digits_and_spaces_are_read(value: str) -> None:
    with pytest.raises(OpeningHoursSyntaxError):
        osm(value.encode().decode("unicode_escape"))


def test_errors_quote_a_short_escaped_excerpt() -> None:
    long = "Mo 10:00-12:00; " * 5000 + "Mo \x1b[31m"
    with pytest.raises(OpeningHoursSyntaxError) as info:
        osm(long)
    message = str(info.value)
    assert len(message) < 300
    assert "\\x1b" in message
    assert "\x1b" not in message
    assert info.value.position == len(long) - 5
    excerpt, pointer = message.splitlines()[1:3]
    assert pointer.index("^") == excerpt.index("\\x1b")
    with pytest.raises(OpeningHoursSyntaxError) as info:
        osm("week " + "9" * 5000)
    assert len(str(info.value)) < 300
    with pytest.raises(OpeningHoursSyntaxError) as info:
        osm("x" * 100_000)
    assert len(str(info.value)) < 300


def test_values_that_never_change_answer_at_once() -> None:
    for value in ("24/7; PH open", "open; Sa 00:00-24:00", "Mo off; PH off"):
        assert osm(value).next_change(at(2027, 1, 5, 12)) is None, value
    assert osm("24/7; Sa 10:00-12:00").next_change(at(2027, 1, 5, 12)) == at(2027, 1, 9)
    rare = osm("easter Sa 10:00-12:00")  # Easter is never a Saturday
    assert rare.next_change(at(2027, 1, 5, 12)) is None
    assert rare._evaluator._runs[State.CLOSED].items  # noqa: SLF001 - remembered as one run
    assert rare.next_change(at(2150, 6, 1, 12)) is None


def test_threads_sharing_hours_get_the_answers_of_one() -> None:
    value = "Mo-Fr 09:00-17:00; Th[1] 18:00-20:00; PH off; easter +1 day off"
    instants = [at(2027, 1, 1) + timedelta(hours=7 * n) for n in range(3000)]
    alone = osm(value)
    expected = [(alone.state(t), alone.next_change(t)) for t in instants]
    shared = osm(value)

    def ask(offset: int) -> list[tuple[State, datetime | None]]:
        order = instants[offset:] + instants[:offset]
        found = {t: (shared.state(t), shared.next_change(t)) for t in order}
        return [found[t] for t in instants]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(ask, range(0, 3000, 375)))
    assert all(result == expected for result in results)
