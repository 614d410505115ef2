"""Working days over arrays: element for element the scalar answers, and numpy's where it agrees."""

import random
from datetime import date, datetime, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charter import (
    CharterTypeError,
    CharterValueError,
    Dates,
    MissingDependencyError,
    UnsupportedYearError,
    WorkingCalendar,
    belgium,
)
from charter.calendars import Weekday

BRUSSELS = "Europe/Brussels"
#: Calendars with holidays, closures, extra working days and other work weeks.
CALENDARS = {
    "legal": WorkingCalendar(holidays=belgium.LEGAL, timezone=BRUSSELS),
    "federal, closures": WorkingCalendar(
        holidays=belgium.FEDERAL_ADMINISTRATION,
        timezone=BRUSSELS,
        closures={date(2026, 12, 28): "x", date(2028, 2, 29): "leap", date(2031, 5, 2): "y"},
        extra_working_days=Dates({date(2027, 1, 2): "Saturday worked"}),
    ),
    "Monday to Saturday": WorkingCalendar(
        holidays=belgium.LEGAL,
        timezone=BRUSSELS,
        workweek=[Weekday.MONDAY, *range(1, 6)],
    ),
    "one day a week": WorkingCalendar(
        holidays=belgium.LEGAL, timezone=BRUSSELS, workweek=[Weekday.WEDNESDAY]
    ),
}
FIRST, LAST = date(1990, 1, 1).toordinal(), date(2110, 12, 31).toordinal()


def _days(values: list[date]) -> np.ndarray:
    return np.array(values, dtype="datetime64[D]")


def _cases(seed: int, size: int) -> tuple[list[date], list[int], list[date]]:
    rng = random.Random(seed)
    leap_days = [date(y, 2, 29) for y in range(1992, 2100, 4)]
    starts = [
        rng.choice(leap_days) if rng.random() < 0.05 else date.fromordinal(rng.randint(FIRST, LAST))
        for _ in range(size)
    ]
    counts = [
        rng.choice([0, 1, -1, rng.randint(-30, 30), rng.randint(-2000, 2000)]) for _ in range(size)
    ]
    ends = [date.fromordinal(rng.randint(FIRST, LAST)) for _ in range(size)]
    return starts, counts, ends


@pytest.mark.parametrize("name", CALENDARS)
def test_the_batch_path_equals_the_scalar_path_on_100_000_seeded_cases(name: str) -> None:
    wc = CALENDARS[name]
    starts, counts, ends = _cases(sum(map(ord, name)), 25_000)
    added = wc.add_working_days_array(_days(starts), np.array(counts))
    assert added.dtype == np.dtype("datetime64[D]")
    assert added.tolist() == [
        wc.add_working_days(d, n) for d, n in zip(starts, counts, strict=True)
    ]
    working = wc.is_working_day_array(_days(starts))
    assert working.tolist() == [wc.is_working_day(d) for d in starts]
    between = wc.working_days_between_array(_days(starts), _days(ends))
    assert between.dtype == np.int64
    assert between.tolist() == [
        wc.working_days_between(a, b) for a, b in zip(starts, ends, strict=True)
    ]


@settings(max_examples=300)
@given(
    name=st.sampled_from(sorted(CALENDARS)),
    starts=st.lists(st.dates(date(1900, 1, 1), date(2200, 12, 31)), min_size=1, max_size=20),
    n=st.integers(-3000, 3000),
)
def test_the_batch_path_equals_the_scalar_path_or_refuses_alike(
    name: str, starts: list[date], n: int
) -> None:
    wc = CALENDARS[name]
    expected: list[date | None] = []
    for d in starts:
        try:
            expected.append(wc.add_working_days(d, n))
        except UnsupportedYearError:
            expected.append(None)
    if None in expected:
        with pytest.raises(UnsupportedYearError, match="outside the supported years"):
            wc.add_working_days_array(_days(starts), n)
    else:
        assert wc.add_working_days_array(_days(starts), n).tolist() == expected
    assert wc.is_working_day_array(starts).tolist() == [wc.is_working_day(d) for d in starts]
    firsts = starts[:1] * len(starts)
    assert wc.working_days_between_array(firsts, starts).tolist() == [
        wc.working_days_between(starts[0], d) for d in starts
    ]


def test_numpy_agrees_where_its_rules_are_ours() -> None:
    # numpy's busday_offset rolls a day off first: ours equals roll="backward" for n > 0 and
    # roll="forward" for n <= 0, with the same holidays and work week.
    wc = CALENDARS["federal, closures"]
    rng = random.Random(7)
    starts = _days([date.fromordinal(rng.randint(FIRST, LAST - 4000)) for _ in range(20_000)])
    off = _days(
        [d for y in range(1989, 2125) for d in wc.holidays.holidays(y)]
        + [d for y in range(1989, 2125) for d in wc.closures.holidays(y)]
    )
    # numpy has no extra working days: leave the calendar's one out of the comparison.
    plain = WorkingCalendar(holidays=wc.holidays, timezone=BRUSSELS, closures=wc.closures)
    for n in (-40, -1, 0, 1, 5, 250):
        roll = "backward" if n > 0 else "forward"
        theirs = np.busday_offset(starts, n, roll=roll, weekmask="1111100", holidays=off)  # type: ignore[call-overload]
        assert (plain.add_working_days_array(starts, n) == theirs).all(), n


def test_dates_come_as_numpy_days_finer_units_at_midnight_or_date_objects() -> None:
    wc = CALENDARS["legal"]
    expected = [date(2026, 12, 28)]
    assert wc.add_working_days_array(np.array(["2026-12-24"], "datetime64[D]"), 1).tolist() == (
        expected
    )
    at_midnight = np.array(["2026-12-24T00:00"], "datetime64[ns]")
    assert wc.add_working_days_array(at_midnight, 1).tolist() == expected
    assert wc.add_working_days_array([date(2026, 12, 24)], 1).tolist() == expected
    assert wc.add_working_days_array(date(2026, 12, 24), 1).tolist() == expected[0]
    assert wc.add_working_days_array(np.array([], "datetime64[D]"), 1).tolist() == []
    grid = wc.add_working_days_array(_days([date(2026, 12, 24)] * 3), np.array([[1], [2]]))
    assert grid.shape == (2, 3)


@pytest.mark.parametrize(
    ("dates", "error", "message"),
    [
        (np.array(["2026-12-24T10:30"], "datetime64[m]"), CharterValueError, "not a whole day"),
        (np.array(["2026-12", "NaT"], "datetime64[D]"), CharterValueError, r"dates\[1\] is NaT"),
        (np.array(["2026-12"], "datetime64[M]"), CharterValueError, "holds no day"),
        (np.array(["1899-12-31"], "datetime64[D]"), UnsupportedYearError, r"dates\[0\] 1899"),
        ([date(2026, 1, 1), datetime(2026, 1, 2, 10, 0)], CharterTypeError, "a datetime"),
        (["2026-12-24"], CharterTypeError, "an array of <U10"),
        ("2026-12-24", CharterTypeError, "not a time or a text"),
        (np.array([20261224]), CharterTypeError, "an array of int64"),
    ],
)
def test_what_is_not_a_day_is_refused_with_its_position(
    dates: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        CALENDARS["legal"].add_working_days_array(dates, 1)


@pytest.mark.parametrize("n", [1.0, True, "1", np.array([1.5])])
def test_a_count_must_be_whole(n: object) -> None:
    with pytest.raises(CharterTypeError, match=r"n: expected|integer"):
        CALENDARS["legal"].add_working_days_array(_days([date(2026, 1, 5)]), n)


def test_a_result_past_the_supported_years_names_its_start() -> None:
    wc = CALENDARS["legal"]
    starts = _days([date(2026, 1, 5), date(2200, 12, 20)])
    with pytest.raises(UnsupportedYearError, match="30 working days from 2200-12-20"):
        wc.add_working_days_array(starts, 30)
    with pytest.raises(UnsupportedYearError, match="1900-01-02"):
        wc.add_working_days_array(_days([date(1900, 1, 2)]), -5)


def test_a_large_count_reaches_only_the_years_it_needs() -> None:
    wc = CALENDARS["legal"]
    start = date(1950, 3, 1)
    far = wc.add_working_days_array(_days([start]), 60_000)[0]
    assert far == np.datetime64(wc.add_working_days(start, 60_000))
    assert wc.add_working_days_array(_days([start]), 0).tolist() == [start + timedelta(0)]


def test_without_numpy_the_batch_path_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "numpy", None)
    with pytest.raises(MissingDependencyError, match=r"charter\[numpy\]"):
        CALENDARS["legal"].is_working_day_array([date(2026, 1, 5)])


# -- found in review: dtypes read as other days, counts that wrap, masks, shapes --------------


def test_a_day_multiplier_or_another_byte_order_reads_the_same_days() -> None:
    wc = CALENDARS["legal"]
    plain = np.array(["2026-12-24", "2026-12-26"], dtype="datetime64[D]")
    expected = wc.add_working_days_array(plain, 1).tolist()
    assert wc.add_working_days_array(plain.astype(">M8[D]"), 1).tolist() == expected
    two_days = np.array(["2026-12-24"], dtype="datetime64[2D]")  # a step of two days
    day = two_days.astype("datetime64[D]")[0].item()
    assert wc.add_working_days_array(two_days, 1).tolist() == [wc.add_working_days(day, 1)]
    assert wc.is_working_day_array(two_days).tolist() == [wc.is_working_day(day)]


def test_a_count_that_does_not_fit_is_refused_not_wrapped() -> None:
    wc = CALENDARS["legal"]
    days = _days([date(2026, 12, 24)])
    with pytest.raises(UnsupportedYearError, match="past the supported years"):
        wc.add_working_days_array(days, np.array([2**64 - 1], dtype=np.uint64))
    with pytest.raises(UnsupportedYearError, match="past the supported years"):
        wc.add_working_days_array(days, 2**70)
    assert wc.add_working_days_array(days, np.array([1], dtype=np.uint8)).tolist() == [
        date(2026, 12, 28)
    ]


def test_a_masked_date_or_count_is_refused() -> None:
    wc = CALENDARS["legal"]
    masked = np.ma.masked_array(_days([date(2026, 12, 24), date(2026, 12, 26)]), [False, True])
    with pytest.raises(CharterValueError, match=r"dates\[1\] is masked"):
        wc.add_working_days_array(masked, 1)
    counts = np.ma.masked_array([1, 2], mask=[True, False])
    with pytest.raises(CharterValueError, match=r"n\[0\] is masked"):
        wc.add_working_days_array(_days([date(2026, 12, 24)] * 2), counts)
    unmasked = np.ma.masked_array(_days([date(2026, 12, 24)]), [False])
    assert wc.is_working_day_array(unmasked).tolist() == [True]


def test_shapes_that_do_not_go_together_and_ragged_or_empty_lists() -> None:
    wc = CALENDARS["legal"]
    with pytest.raises(CharterValueError, match=r"shapes \(2,\) and \(3,\)"):
        wc.add_working_days_array(_days([date(2026, 1, 5)] * 2), np.array([1, 2, 3]))
    with pytest.raises(CharterValueError, match="do not go together"):
        wc.working_days_between_array(_days([date(2026, 1, 5)] * 2), _days([date(2026, 1, 9)] * 3))
    with pytest.raises(CharterValueError, match="not an array of dates"):
        wc.is_working_day_array([[date(2026, 1, 5)], [date(2026, 1, 6), date(2026, 1, 7)]])
    assert wc.add_working_days_array([], 1).tolist() == []
    assert wc.is_working_day_array([]).tolist() == []
