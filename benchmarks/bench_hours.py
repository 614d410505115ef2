"""Benchmark ``OpeningHours.is_open``, ``next_change`` and ``intervals`` against opening-hours-py.

Run from the repository root, with the benchmark-only dependency installed::

    .venv/bin/pip install "opening-hours-py>=2.1"
    .venv/bin/python benchmarks/bench_hours.py

Both libraries read the same OpenStreetMap ``opening_hours`` values for a place in
Europe/Brussels and answer for the same instants (aware datetimes in Europe/Brussels,
handed unchanged to both). opening-hours-py is built with ``timezone=`` and
``country="BE"``; its Belgian public holidays include Easter Sunday, which is no legal
holiday, so charter is given ``belgium.LEGAL`` plus Easter Sunday: both then close on the
same ``PH`` days (checked first, with the answers of both for every timed instant; DST
days are left out of the timed set, where a wall-clock time may legitimately be read
differently).

The script prints the median time per call of ``is_open`` and ``next_change`` per
schedule and over all schedules (200 instants spread over 2026, caches warm, median of
timeit repeats), the time to list one week of open ``intervals`` (Monday 00:00 to the
next Monday 00:00, local) warm, cold on objects built beforehand, and cold including
``from_osm``, and one ``PASS``/``FAIL`` line per target. It is informational: it always
exits with status 0.

Every result line starts with a fixed word, so the output can be grepped:
``CHECK``, ``is_open``, ``next_change``, ``intervals week``, ``PASS``/``FAIL``;
``#`` lines are context.
"""

from __future__ import annotations

import gc
import importlib.metadata
import platform
import statistics
from datetime import UTC, date, datetime, timedelta
from time import perf_counter_ns
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import opening_hours as ohpy
from _timing import REPEAT, TARGET_REPEAT_S, fmt_us, per_call, verdict

import charter
from charter import OpeningHours, belgium
from charter.calendars.rules import EasterOffset, RuleCalendar

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from charter.calendars.base import HolidayCalendar

TIMEZONE = "Europe/Brussels"
ZONE = ZoneInfo(TIMEZONE)
#: opening-hours-py's country code for its public-holiday calendar.
COUNTRY = "BE"
#: (label, OpenStreetMap opening_hours value).
SCHEDULES = (
    ("office", "Mo-Fr 09:00-12:00,13:00-17:00; PH off"),
    ("24/7", "24/7; PH off"),
    ("night", "Mo-Su 22:00-04:00"),
    ("seasonal", "Mo-Sa 09:00-17:00; Jul-Aug Mo-Fr 10:00-16:00"),
    ("shop", "Mo-Fr 08:30-18:00; Sa 09:00-13:00; PH off"),
    ("closures", "Mo-Fr 09:00-17:00; PH off; 2026 Aug 03-2026 Aug 14 off; Dec 24 09:00-12:00"),
)
#: Timed instants: INSTANT_COUNT local times, INSTANT_STEP apart from INSTANT_FIRST (so
#: they cover 2026 at varied times of day, never on a boundary), DST days skipped.
INSTANT_COUNT = 200
INSTANT_FIRST = datetime(2026, 1, 1, 0, 7)  # noqa: DTZ001 - a wall-clock time, zoned below
INSTANT_STEP = timedelta(minutes=365 * 1440 // INSTANT_COUNT)
#: Weeks listed by ``intervals``: every third Monday of 2026.
WEEK_FIRST = date(2026, 1, 5)
WEEK_MONDAYS = tuple(WEEK_FIRST + timedelta(weeks=k) for k in range(0, 52, 3))
#: Years in which the public-holiday lists of both libraries are compared.
CHECK_YEARS = range(2025, 2029)
#: Cold ``intervals`` samples per schedule (fresh objects, one week each).
COLD_SAMPLES = 60
#: Target.
MAX_INTERVALS_WEEK_US = 50.0


def holiday_calendar() -> HolidayCalendar:
    """The Belgian legal holidays plus Easter Sunday: opening-hours-py's ``PH`` days for BE."""
    easter_sunday = RuleCalendar(
        name="Easter Sunday", rules=[EasterOffset(days=0, name="Easter Sunday")]
    )
    return belgium.LEGAL | easter_sunday


def dst_days(years: Iterable[int]) -> set[date]:
    """The local days of *years* on which the zone's UTC offset changes."""
    days: set[date] = set()
    for year in years:
        d = date(year, 1, 1)
        while d.year == year:
            midnight = datetime(d.year, d.month, d.day, tzinfo=ZONE)
            if midnight.utcoffset() != (midnight + timedelta(days=1)).utcoffset():
                days.add(d)
            d += timedelta(days=1)
    return days


def timed_instants() -> list[datetime]:
    """The instants of every timed ``is_open``/``next_change`` batch (aware, local)."""
    skipped = dst_days({INSTANT_FIRST.year})
    instants: list[datetime] = []
    wall = INSTANT_FIRST
    while len(instants) < INSTANT_COUNT:
        if wall.date() not in skipped:
            instants.append(wall.replace(tzinfo=ZONE))
        wall += INSTANT_STEP
    return instants


def boundary_instants() -> list[datetime]:
    """Extra instants for the agreement check only: boundaries, midnights, holidays."""
    walls = [
        datetime(2026, 5, 11, 9, 0),  # noqa: DTZ001 - opening time
        datetime(2026, 5, 11, 12, 0),  # noqa: DTZ001 - lunch
        datetime(2026, 5, 11, 17, 0),  # noqa: DTZ001 - closing time
        datetime(2026, 5, 13, 23, 59),  # noqa: DTZ001 - the eve of Ascension
        datetime(2026, 5, 14, 0, 0),  # noqa: DTZ001 - Ascension, at midnight
        datetime(2026, 4, 4, 12, 0),  # noqa: DTZ001 - before Easter Sunday and Monday
        datetime(2026, 6, 30, 18, 0),  # noqa: DTZ001 - before the Jul-Aug season
        datetime(2026, 8, 31, 16, 30),  # noqa: DTZ001 - the last day of the season
        datetime(2026, 7, 31, 17, 30),  # noqa: DTZ001 - before the summer closure
        datetime(2026, 12, 23, 18, 0),  # noqa: DTZ001 - before Christmas Eve hours
        datetime(2026, 12, 31, 22, 30),  # noqa: DTZ001 - across the year end
        datetime(2026, 3, 27, 23, 0),  # noqa: DTZ001 - the Friday night before DST
    ]
    return [wall.replace(tzinfo=ZONE) for wall in walls]


def check_holiday_lists(calendar: HolidayCalendar) -> bool:
    """Whether opening-hours-py's BE ``PH`` days are the calendar's in CHECK_YEARS."""
    peer = ohpy.OpeningHours("PH", timezone=ZONE, country=COUNTRY)
    ok = True
    for year in CHECK_YEARS:
        ours = set(calendar.in_year(year))
        noon = datetime(year, 1, 1, 12, tzinfo=ZONE)
        theirs: set[date] = set()
        for offset in range(366):
            t = noon + timedelta(days=offset)
            if t.year == year and peer.is_open(t):
                theirs.add(t.date())
        for d in sorted(ours ^ theirs):
            ok = False
            side = "charter" if d in ours else "opening-hours-py"
            print(f"MISMATCH holiday list: {d} is a holiday for {side} only")
    return ok


def check_answers(
    pairs: list[tuple[str, OpeningHours, ohpy.OpeningHours]], instants: list[datetime]
) -> tuple[bool, int]:
    """Whether both give the same ``is_open`` and ``next_change``; and the count of cases."""
    ok, cases = True, 0
    for label, ours, theirs in pairs:
        for t in instants:
            cases += 1
            open_ours, open_theirs = ours.is_open(t), theirs.is_open(t)
            next_ours, next_theirs = ours.next_change(t), theirs.next_change(t)
            if open_ours != open_theirs or next_ours != next_theirs:
                ok = False
                print(
                    f"MISMATCH {label} at {t.isoformat()}: charter is_open={open_ours} "
                    f"next_change={next_ours}   opening-hours-py is_open={open_theirs} "
                    f"next_change={next_theirs}"
                )
    return ok, cases


def week_bounds(monday: date) -> tuple[datetime, datetime]:
    """Monday 00:00 to the next Monday 00:00, local."""
    start = datetime(monday.year, monday.month, monday.day, tzinfo=ZONE)
    end_day = monday + timedelta(weeks=1)
    return start, datetime(end_day.year, end_day.month, end_day.day, tzinfo=ZONE)


def peer_open_intervals(
    theirs: ohpy.OpeningHours, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """opening-hours-py's open intervals in ``[start, end)``, adjacent ones merged."""
    merged: list[tuple[datetime, datetime]] = []
    for a, b, state, _comment in theirs.intervals(start, end):
        if state != ohpy.State.OPEN:
            continue
        if merged and merged[-1][1] == a:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


def check_intervals(pairs: list[tuple[str, OpeningHours, ohpy.OpeningHours]]) -> tuple[bool, int]:
    """Whether both list the same open intervals for every timed week; and the count."""
    ok, cases = True, 0
    for label, ours, theirs in pairs:
        for monday in WEEK_MONDAYS:
            start, end = week_bounds(monday)
            cases += 1
            # Compared as UTC instants: equal instants may carry different offsets' labels.
            mine = [(a.astimezone(UTC), b.astimezone(UTC)) for a, b in ours.intervals(start, end)]
            peer = [
                (a.astimezone(UTC), b.astimezone(UTC))
                for a, b in peer_open_intervals(theirs, start, end)
            ]
            if mine != peer:
                ok = False
                print(f"MISMATCH intervals {label}, week of {monday}:")
                print(f"    charter          {[(a.isoformat(), b.isoformat()) for a, b in mine]}")
                print(f"    opening-hours-py {[(a.isoformat(), b.isoformat()) for a, b in peer]}")
    return ok, cases


def calls(
    methods: Iterable[Callable[[datetime], object]], instants: list[datetime]
) -> Callable[[], None]:
    """One call of each method per instant."""
    bound = tuple(methods)

    def run() -> None:
        for method in bound:
            for t in instants:
                method(t)

    return run


def queries(
    pair: tuple[str, OpeningHours, ohpy.OpeningHours], name: str
) -> tuple[Callable[[datetime], object], Callable[[datetime], object]]:
    """The bound method *name* (``is_open`` or ``next_change``) of charter and the peer."""
    _, ours, theirs = pair
    if name == "is_open":
        return ours.is_open, theirs.is_open
    return ours.next_change, theirs.next_change


def charter_weeks(ours: OpeningHours, weeks: list[tuple[datetime, datetime]]) -> Callable[[], None]:
    """One ``list(intervals(...))`` per week."""
    intervals = ours.intervals

    def run() -> None:
        for start, end in weeks:
            list(intervals(start, end))

    return run


def peer_weeks(
    theirs: ohpy.OpeningHours, weeks: list[tuple[datetime, datetime]]
) -> Callable[[], None]:
    """One ``list(intervals(...))`` per week (every state, as the library yields them)."""
    intervals = theirs.intervals

    def run() -> None:
        for start, end in weeks:
            list(intervals(start, end))

    return run


def cold_week_us(
    text: str, calendar: HolidayCalendar, weeks: list[tuple[datetime, datetime]]
) -> tuple[float, float]:
    """Median µs of one week of ``intervals`` on fresh objects: built beforehand; with parse.

    The holiday calendar's years are already computed (it is shared and warm).
    """
    built = [
        OpeningHours.from_osm(text, timezone=TIMEZONE, holidays=calendar)
        for _ in range(COLD_SAMPLES)
    ]
    empty: list[float] = []
    with_parse: list[float] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for i, ours in enumerate(built):
            start, end = weeks[i % len(weeks)]
            t0 = perf_counter_ns()
            list(ours.intervals(start, end))
            empty.append((perf_counter_ns() - t0) / 1e3)
        for i in range(COLD_SAMPLES):
            start, end = weeks[i % len(weeks)]
            t0 = perf_counter_ns()
            fresh = OpeningHours.from_osm(text, timezone=TIMEZONE, holidays=calendar)
            list(fresh.intervals(start, end))
            with_parse.append((perf_counter_ns() - t0) / 1e3)
    finally:
        if gc_was_enabled:
            gc.enable()
    return statistics.median(empty), statistics.median(with_parse)


def main() -> None:
    """Check agreement, time both libraries per call and charter's week listing."""
    print(
        f"# charter {charter.__version__}, "
        f"opening-hours-py {importlib.metadata.version('opening-hours-py')}, "
        f"Python {platform.python_version()}"
    )
    print(
        f"# {len(SCHEDULES)} schedules in {TIMEZONE}; {INSTANT_COUNT} instants over 2026 "
        f"(DST days skipped); {len(WEEK_MONDAYS)} weeks; median of {REPEAT} repeats of "
        f"~{TARGET_REPEAT_S * 1e3:.0f} ms"
    )
    for label, text in SCHEDULES:
        print(f"# {label:<9} {text}")

    calendar = holiday_calendar()
    pairs = [
        (
            label,
            OpeningHours.from_osm(text, timezone=TIMEZONE, holidays=calendar),
            ohpy.OpeningHours(text, timezone=ZONE, country=COUNTRY),
        )
        for label, text in SCHEDULES
    ]
    instants = timed_instants()
    weeks = [week_bounds(monday) for monday in WEEK_MONDAYS]

    lists_ok = check_holiday_lists(calendar)
    print(
        f"CHECK holiday lists ({CHECK_YEARS.start}-{CHECK_YEARS.stop - 1}, belgium.LEGAL + "
        f"Easter Sunday vs country={COUNTRY}) {'agree' if lists_ok else 'DIFFER'}"
    )
    answers_ok, answer_cases = check_answers(pairs, [*instants, *boundary_instants()])
    print(
        f"CHECK is_open and next_change {'agree' if answers_ok else 'DIFFER'} "
        f"({answer_cases} cases)"
    )
    intervals_ok, interval_cases = check_intervals(pairs)
    print(f"CHECK intervals {'agree' if intervals_ok else 'DIFFER'} ({interval_cases} weeks)")

    n = len(instants)
    totals: dict[str, tuple[float, float]] = {}
    for name in ("is_open", "next_change"):
        bound = [queries(pair, name) for pair in pairs]
        for (label, _, _), (ours_q, theirs_q) in zip(pairs, bound, strict=True):
            mine = per_call(calls([ours_q], instants), n)
            peer = per_call(calls([theirs_q], instants), n)
            print(
                f"{name:<11} {label:<9} charter {fmt_us(mine):>10}   "
                f"opening-hours-py {fmt_us(peer):>10}"
            )
        mine = per_call(calls([q for q, _ in bound], instants), n * len(bound))
        peer = per_call(calls([q for _, q in bound], instants), n * len(bound))
        totals[name] = (mine, peer)
        print(
            f"{name:<11} {'all':<9} charter {fmt_us(mine):>10}   "
            f"opening-hours-py {fmt_us(peer):>10}"
        )

    worst_warm = 0.0
    for (label, ours, theirs), (_, text) in zip(pairs, SCHEDULES, strict=True):
        warm = per_call(charter_weeks(ours, weeks), len(weeks))
        peer = per_call(peer_weeks(theirs, weeks), len(weeks))
        cold_us, cold_parse_us = cold_week_us(text, calendar, weeks)
        worst_warm = max(worst_warm, warm)
        print(
            f"intervals week {label:<9} charter warm {fmt_us(warm):>10}   "
            f"cold {cold_us:.1f} µs   cold incl. from_osm {cold_parse_us:.1f} µs   "
            f"opening-hours-py warm {fmt_us(peer):>10}"
        )

    verdict(
        lists_ok and answers_ok and intervals_ok,
        "charter and opening-hours-py give the same holidays, answers and intervals",
    )
    for name, (mine, peer) in totals.items():
        verdict(
            mine <= peer,
            f"{name}: charter {fmt_us(mine)} <= opening-hours-py {fmt_us(peer)} per call",
        )
    verdict(
        worst_warm * 1e6 <= MAX_INTERVALS_WEEK_US,
        f"intervals, one week, warm, slowest schedule {fmt_us(worst_warm)} "
        f"<= {MAX_INTERVALS_WEEK_US:.0f} µs",
    )


if __name__ == "__main__":
    main()
