"""Benchmark ``WorkingCalendar.add_working_days`` against numpy and the holidays package.

Run from the repository root::

    .venv/bin/python benchmarks/bench_workdays.py

All three peers compute the same thing for the Belgian legal holidays with a Monday to
Friday work week: the n-th working day after a date, the date itself not counted
(``numpy.busday_offset`` with ``roll="backward"``, ``holidays``' ``get_nth_working_day``).
The script first checks that they agree, then prints the median time per call for
n = 5, 20 and 250 (each call batch loops over the same 200 start dates spread over
2026-2027, with warm caches), the time to build a year's index on first use, and one
``PASS``/``FAIL`` line per target. It is informational: it always exits with status 0.

Every result line starts with a fixed word, so the output can be grepped:
``CHECK``, ``add_working_days``, ``index build``, ``PASS``/``FAIL``; ``#`` lines are context.
"""

from __future__ import annotations

import gc
import importlib.metadata
import platform
import statistics
from datetime import date, timedelta
from time import perf_counter_ns
from typing import TYPE_CHECKING

import holidays
import numpy as np
from _timing import REPEAT, TARGET_REPEAT_S, fmt_us, per_call, verdict

import charter
from charter import WorkingCalendar, belgium

if TYPE_CHECKING:
    from collections.abc import Callable

TIMEZONE = "Europe/Brussels"
NS = (5, 20, 250)
#: Years of the holiday lists given to numpy and to the holidays package.
PEER_YEARS = range(2000, 2101)
#: Start dates: 200 days spread evenly over 2026-2027 (weekends and holidays included).
START_COUNT = 200
START_FIRST = date(2026, 1, 1)
START_SPAN_DAYS = 730
#: timeit settings: 15 repeats, each sized to about TARGET_REPEAT_S seconds.
#: First-use index builds: fresh calendars, one year each, never used before in this
#: process (the peers' holiday lists cover 2000-2100 only, so these stay cold).
COLD_YEARS = range(1901, 1932)
#: Same, but with the holidays of the year already computed: the index alone.
WARM_HOLIDAY_YEARS = range(2170, 2201)
#: Targets.
MAX_N250_OVER_N5 = 1.5
MAX_INDEX_BUILD_US = 500.0  # "well under 1 ms": at most half of it


def start_dates() -> list[date]:
    """The start dates of every timed batch."""
    return [
        START_FIRST + timedelta(days=i * START_SPAN_DAYS // START_COUNT) for i in range(START_COUNT)
    ]


def numpy_calendar() -> np.busdaycalendar:
    """A numpy business-day calendar with the Belgian legal holidays of PEER_YEARS."""
    days = [d for year in PEER_YEARS for d in belgium.LEGAL.in_year(year)]
    return np.busdaycalendar(weekmask="1111100", holidays=np.array(days, dtype="datetime64[D]"))


def holidays_calendar() -> holidays.HolidayBase:
    """The holidays package's Belgian public holidays of PEER_YEARS."""
    return holidays.country_holidays("BE", years=PEER_YEARS, categories=holidays.PUBLIC)


def check_holiday_lists(peer: holidays.HolidayBase) -> bool:
    """Whether both sources give the same Monday-to-Friday holidays in PEER_YEARS."""
    ours = {d for year in PEER_YEARS for d in belgium.LEGAL.in_year(year) if d.weekday() < 5}
    theirs = {d for d in peer if d.weekday() < 5 and d.year in PEER_YEARS}
    for d in sorted(ours - theirs):
        print(f"MISMATCH holiday list: {d} is a charter holiday, not a `holidays` one")
    for d in sorted(theirs - ours):
        print(f"MISMATCH holiday list: {d} is a `holidays` holiday, not a charter one")
    return ours == theirs


def check_agreement(
    wc: WorkingCalendar, cal: np.busdaycalendar, peer: holidays.HolidayBase, starts: list[date]
) -> tuple[bool, int]:
    """Whether the three give the same date for every start date and n; and the count."""
    special = [
        date(2026, 1, 1),  # a holiday (Thursday)
        date(2026, 4, 4),  # the Saturday before Easter Monday
        date(2026, 4, 5),  # Easter Sunday
        date(2026, 12, 24),  # before Christmas
        date(2026, 12, 31),  # across the year end
        date(2027, 7, 20),  # before National Day
    ]
    ok, cases = True, 0
    for start in [*special, *starts]:
        for n in NS:
            ours = wc.add_working_days(start, n)
            theirs_np = date.fromisoformat(
                str(np.busday_offset(np.datetime64(start, "D"), n, roll="backward", busdaycal=cal))
            )
            theirs_h = peer.get_nth_working_day(start, n)
            cases += 1
            if not ours == theirs_np == theirs_h:
                ok = False
                print(
                    f"MISMATCH add_working_days({start}, {n}): charter {ours}   "
                    f"numpy {theirs_np}   holidays {theirs_h}"
                )
    return ok, cases


def charter_batch(wc: WorkingCalendar, starts: list[date], n: int) -> Callable[[], None]:
    """One call of ``add_working_days`` per start date."""
    add = wc.add_working_days

    def run() -> None:
        for d in starts:
            add(d, n)

    return run


def numpy_batch(cal: np.busdaycalendar, starts: list[date], n: int) -> Callable[[], None]:
    """One scalar ``busday_offset`` call per start date (given as datetime64, its own type)."""
    starts64 = [np.datetime64(d, "D") for d in starts]
    offset = np.busday_offset

    def run() -> None:
        for d in starts64:
            offset(d, n, roll="backward", busdaycal=cal)

    return run


def holidays_batch(peer: holidays.HolidayBase, starts: list[date], n: int) -> Callable[[], None]:
    """One ``get_nth_working_day`` call per start date."""
    nth = peer.get_nth_working_day

    def run() -> None:
        for d in starts:
            nth(d, n)

    return run


def first_use_us(years: range, *, holidays_cached: bool) -> float:
    """Median µs of the first ``is_working_day`` of a year, on a fresh calendar each time."""
    samples: list[float] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for year in years:
            if holidays_cached:
                belgium.LEGAL.holidays(year)
            wc = WorkingCalendar(holidays=belgium.LEGAL, timezone=TIMEZONE)
            d = date(year, 6, 1)
            t0 = perf_counter_ns()
            wc.is_working_day(d)
            samples.append((perf_counter_ns() - t0) / 1e3)
    finally:
        if gc_was_enabled:
            gc.enable()
    return statistics.median(samples)


def main() -> None:
    """Check agreement, time the three peers and the first-use index, print the targets."""
    print(
        f"# charter {charter.__version__}, numpy {np.__version__}, "
        f"holidays {importlib.metadata.version('holidays')}, Python {platform.python_version()}"
    )
    print(
        f"# Belgian legal holidays, Mon-Fri; {START_COUNT} start dates over 2026-2027; "
        f"median of {REPEAT} repeats of ~{TARGET_REPEAT_S * 1e3:.0f} ms"
    )

    # First use of the cold years must come before anything could touch them.
    cold_us = first_use_us(COLD_YEARS, holidays_cached=False)
    warm_us = first_use_us(WARM_HOLIDAY_YEARS, holidays_cached=True)

    wc = WorkingCalendar(holidays=belgium.LEGAL, timezone=TIMEZONE)
    cal = numpy_calendar()
    peer = holidays_calendar()
    starts = start_dates()

    lists_ok = check_holiday_lists(peer)
    print(
        f"CHECK holiday lists (Mon-Fri, {PEER_YEARS.start}-{PEER_YEARS.stop - 1}) "
        f"{'agree' if lists_ok else 'DIFFER'}"
    )
    agree, cases = check_agreement(wc, cal, peer, starts)
    print(f"CHECK results {'agree' if agree else 'DIFFER'} ({cases} cases, n in {NS})")

    timings: dict[int, tuple[float, float, float]] = {}
    for n in NS:
        ours = per_call(charter_batch(wc, starts, n), len(starts))
        theirs_np = per_call(numpy_batch(cal, starts, n), len(starts))
        theirs_h = per_call(holidays_batch(peer, starts, n), len(starts))
        timings[n] = (ours, theirs_np, theirs_h)
        print(
            f"add_working_days n={n:<5} charter {fmt_us(ours):>10}   "
            f"numpy {fmt_us(theirs_np):>10}   holidays {fmt_us(theirs_h):>10}"
        )

    print(
        f"index build (first use, holidays computed too) {cold_us:.1f} µs   "
        f"median of {len(COLD_YEARS)} years {COLD_YEARS.start}-{COLD_YEARS.stop - 1}"
    )
    print(
        f"index build (first use, holidays already cached) {warm_us:.1f} µs   "
        f"median of {len(WARM_HOLIDAY_YEARS)} years "
        f"{WARM_HOLIDAY_YEARS.start}-{WARM_HOLIDAY_YEARS.stop - 1}"
    )

    verdict(lists_ok and agree, "charter, numpy and holidays give the same dates")
    for n, (ours, theirs_np, _) in timings.items():
        verdict(
            ours <= theirs_np,
            f"n={n}: charter {fmt_us(ours)} <= numpy scalar {fmt_us(theirs_np)}",
        )
    ratio = timings[250][0] / timings[5][0]
    verdict(
        ratio <= MAX_N250_OVER_N5,
        f"n=250 / n=5 = {ratio:.2f} <= {MAX_N250_OVER_N5}",
    )
    verdict(
        cold_us <= MAX_INDEX_BUILD_US,
        f"index build on first use {cold_us:.1f} µs <= {MAX_INDEX_BUILD_US:.0f} µs "
        "(well under 1 ms)",
    )


if __name__ == "__main__":
    main()
