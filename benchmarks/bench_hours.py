"""Benchmark ``OpeningHours`` (rules read from OSM values) against opening-hours-py.

Run from the repository root, with the benchmark dependencies installed::

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/bench_hours.py

Both libraries read the same OpenStreetMap ``opening_hours`` values (``VALUES``) for a
place in Europe/Brussels and answer for the same instants (aware datetimes in
Europe/Brussels, handed unchanged to both). charter gets ``holidays=belgium.LEGAL``;
opening-hours-py gets ``timezone=`` and ``country="BE"``. The peer's Belgian ``PH`` days
also hold Easter Sunday, which is no legal holiday; no value here opens on a Sunday, so
both close on the same days: the script checks that the holiday lists agree from Monday
to Saturday, and that both give the same ``is_open``, ``next_change`` and a year of open
``intervals`` for every value, on every timed instant (timed instants avoid 00:00-03:59
local, where DST gaps and folds are, and which opening-hours-py refuses or reads
differently).

Per value, side by side with opening-hours-py, and the ratio charter / peer:

- ``parse``: ``OpeningHours.from_osm`` vs ``opening_hours.OpeningHours(...)``, per call,
  charter's cache of texts read emptied each time; ``parse again``: the same text again
  (charter remembers the rules of the last texts it read);
- ``first is_open``: the first ``is_open`` on a day the object was never asked about, on
  a warm object: one object walks forward one day per call from FIRST_DAY (REPEAT
  batches of FIRST_BATCH_DAYS days, median batch; the holiday years of the walk are
  computed beforehand, since the calendar is shared and computes each year once);
- ``warm is_open`` / ``warm next_change``: WARM_COUNT instants of one day, asked again
  and again (median of timeit repeats);
- ``intervals year``: ``list(intervals(...))`` over YEAR on a new object each call (built
  beforehand; ``incl. parse``: built inside the timed call). opening-hours-py yields every
  interval (closed ones too) as it does natively; charter yields the open ones, merged.

The first-query batches and the ``intervals`` samples of both libraries are timed in
turn (charter, peer, charter, ...) with the GC off, so that load from other processes
falls on both alike.

Then the memory: in a fresh interpreter per measurement, one object answers 10 000 or
100 000 ``is_open`` queries, each on a day never asked before (from 1 January 1900
forward; wrapping within the supported years 1900-2200 if it had to), and the growth of
the process's peak resident memory (Linux VmHWM) over the queries is printed. The
per-day caches are bounded (``CACHE_DAYS`` days), so both growths should match.

Targets, one ``PASS``/``FAIL`` line each: the libraries agree; parse and the first query
on a new day no slower than opening-hours-py on every value; memory flat (100 000 queries
grow the peak within MEMORY_SLACK_MB of 10 000). Warm paths are reported, with no target.
It is informational: it always exits with status 0.

Every result line starts with a fixed word, so the output can be grepped: ``CHECK``,
``parse``, ``first is_open``, ``warm is_open``, ``warm next_change``, ``intervals year``,
``memory``, ``PASS``/``FAIL``; ``#`` lines are context.
"""

from __future__ import annotations

import argparse
import gc
import importlib.metadata
import platform
import resource
import statistics
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from time import perf_counter_ns
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import opening_hours as ohpy
from _timing import REPEAT, TARGET_REPEAT_S, fmt_us, per_call, verdict

import charter
from charter import OpeningHours, belgium
from charter.errors import MAX_YEAR, MIN_YEAR
from charter.hours._osm_syntax import parse_rules
from charter.hours.evaluate import CACHE_DAYS

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

TIMEZONE = "Europe/Brussels"
ZONE = ZoneInfo(TIMEZONE)
#: opening-hours-py's country code for its public-holiday calendar.
COUNTRY = "BE"
HOLIDAYS = belgium.LEGAL
#: (label, OpenStreetMap opening_hours value).
VALUES = (
    ("office", "Mo-Fr 09:00-12:00,13:00-16:00; PH off"),
    ("shop", "Mo-Fr 08:30-17:00; Sa 09:00-12:00; Jul,Aug off; PH off"),
    (
        "selectors",
        "Mo-Fr 09:00-17:00; Th[1] 09:00-20:00; week 01-53/2 Sa 10:00-12:00; easter +1 day off",
    ),
    ("24/7", "24/7"),
)
#: First query on a new day: REPEAT batches of FIRST_BATCH_DAYS consecutive days each,
#: one instant per day, walking forward from FIRST_DAY (2000-2041).
FIRST_DAY = date(2000, 1, 3)
FIRST_BATCH_DAYS = 1000
#: Warm queries: WARM_COUNT instants of WARM_DAY (a first Thursday of the month), from
#: 04:07 every 29 minutes.
WARM_DAY = date(2026, 3, 5)
WARM_COUNT = 40
#: Parses per timed batch.
PARSE_BATCH = 10
#: The year listed by ``intervals``, and the fresh objects timed per library and value.
YEAR = 2026
YEAR_SAMPLES = 21
#: Memory: queries per fresh interpreter, from MEMORY_FIRST on; the target's slack.
MEMORY_COUNTS = (10_000, 100_000)
MEMORY_FIRST = date(MIN_YEAR, 1, 1)
SUPPORTED_DAYS = (date(MAX_YEAR, 12, 31) - MEMORY_FIRST).days + 1
MEMORY_SLACK_MB = 4.0
#: Years whose holiday lists are compared (Monday to Saturday).
CHECK_YEARS = range(2000, 2042)

#: Local times of the walks: 04:00 to 23:59, varied from day to day.
_FIRST_MINUTE = 4 * 60
_MINUTES = 20 * 60
_MINUTE_STEP = 293


def build(text: str) -> OpeningHours:
    """charter's hours for *text*."""
    return OpeningHours.from_osm(text, timezone=TIMEZONE, holidays=HOLIDAYS)


def build_cold(text: str) -> OpeningHours:
    """charter's hours for *text*, read as if for the first time (the text cache emptied)."""
    parse_rules.cache_clear()
    return OpeningHours.from_osm(text, timezone=TIMEZONE, holidays=HOLIDAYS)


def build_peer(text: str) -> ohpy.OpeningHours:
    """opening-hours-py's hours for *text*."""
    return ohpy.OpeningHours(text, timezone=ZONE, country=COUNTRY)


def instant(d: date, minute: int) -> datetime:
    """Wall-clock *minute* of *d* in the zone, moved on by hours until it is neither in a
    DST gap nor in a fold (so both libraries read it the same way)."""
    for _ in range(24):
        hour, rest = divmod(minute, 60)
        wall = datetime(d.year, d.month, d.day, hour % 24, rest)  # noqa: DTZ001 - zoned below
        wall += timedelta(days=hour // 24)
        t = wall.replace(tzinfo=ZONE)
        back = t.astimezone(UTC).astimezone(ZONE).replace(tzinfo=None)
        if back == wall and wall.replace(tzinfo=ZONE, fold=1).utcoffset() == t.utcoffset():
            return t
        minute += 60
    msg = f"no unambiguous time found on {d}"
    raise ValueError(msg)


def walk(first: date, count: int) -> Iterator[datetime]:
    """One instant on each of *count* days from *first*, wrapping within the supported years."""
    start = (first - MEMORY_FIRST).days
    for i in range(count):
        d = MEMORY_FIRST + timedelta(days=(start + i) % SUPPORTED_DAYS)
        yield instant(d, _FIRST_MINUTE + (i * _MINUTE_STEP) % _MINUTES)


def first_batches() -> list[list[datetime]]:
    """The instants of the first-query walk, in REPEAT batches of consecutive days."""
    instants = list(walk(FIRST_DAY, REPEAT * FIRST_BATCH_DAYS))
    return [instants[k : k + FIRST_BATCH_DAYS] for k in range(0, len(instants), FIRST_BATCH_DAYS)]


def warm_instants() -> list[datetime]:
    """The instants of the warm batches: all on WARM_DAY."""
    return [instant(WARM_DAY, 4 * 60 + 7 + 29 * k) for k in range(WARM_COUNT)]


def year_bounds() -> tuple[datetime, datetime]:
    """1 January of YEAR 00:00 to 1 January of the next year 00:00, local."""
    return datetime(YEAR, 1, 1, tzinfo=ZONE), datetime(YEAR + 1, 1, 1, tzinfo=ZONE)


def boundary_instants() -> list[datetime]:
    """Extra instants for the agreement check only: boundaries and special days."""
    walls = [
        (date(2026, 3, 2), 9 * 60),  # a Monday: opening time
        (date(2026, 3, 2), 12 * 60),  # lunch
        (date(2026, 3, 2), 16 * 60),  # closing time of "office"
        (date(2026, 3, 2), 17 * 60),  # closing time of the others
        (date(2026, 3, 5), 19 * 60 + 59),  # the first Thursday of March: late hours
        (date(2026, 3, 12), 19 * 60),  # the second Thursday: closed
        (date(2026, 3, 7), 11 * 60),  # Saturdays of both week parities
        (date(2026, 3, 14), 11 * 60),
        (date(2026, 4, 4), 12 * 60),  # before Easter Sunday and Monday
        (date(2026, 4, 6), 10 * 60),  # Easter Monday
        (date(2026, 5, 13), 23 * 60 + 59),  # the eve of Ascension
        (date(2026, 6, 30), 18 * 60),  # before the Jul,Aug closure
        (date(2026, 8, 31), 8 * 60),  # after it
        (date(2026, 12, 31), 22 * 60 + 30),  # across the year end
        (date(2027, 1, 1), 12 * 60),  # New Year's Day
    ]
    return [instant(d, minute) for d, minute in walls]


# -- agreement ----------------------------------------------------------------------------


def check_holiday_lists() -> bool:
    """Whether opening-hours-py's BE ``PH`` days are belgium.LEGAL's, Monday to Saturday."""
    peer = build_peer("PH")
    ok = True
    for year in CHECK_YEARS:
        ours = {d for d in HOLIDAYS.in_year(year) if d.weekday() < 6}
        noon = datetime(year, 1, 1, 12, tzinfo=ZONE)
        theirs: set[date] = set()
        for offset in range(366):
            t = noon + timedelta(days=offset)
            if t.year == year and t.weekday() < 6 and peer.is_open(t):
                theirs.add(t.date())
        for d in sorted(ours ^ theirs):
            ok = False
            side = "charter" if d in ours else "opening-hours-py"
            print(f"MISMATCH holiday list: {d} is a holiday for {side} only")
    return ok


def _utc(t: datetime | None) -> datetime | None:
    return None if t is None else t.astimezone(UTC)


def check_answers(instants: list[datetime]) -> tuple[bool, int]:
    """Whether both give the same ``is_open`` and ``next_change``; and the count of cases.

    Fresh objects: the timed ones stay cold.
    """
    ok, cases = True, 0
    for label, text in VALUES:
        ours, theirs = build(text), build_peer(text)
        for t in instants:
            cases += 1
            open_ours, open_theirs = ours.is_open(t), theirs.is_open(t)
            next_ours, next_theirs = ours.next_change(t), theirs.next_change(t)
            if open_ours != open_theirs or _utc(next_ours) != _utc(next_theirs):
                ok = False
                print(
                    f"MISMATCH {label} at {t.isoformat()}: charter is_open={open_ours} "
                    f"next_change={next_ours}   opening-hours-py is_open={open_theirs} "
                    f"next_change={next_theirs}"
                )
    return ok, cases


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


def check_intervals() -> bool:
    """Whether both list the same open intervals over YEAR, for every value."""
    ok = True
    start, end = year_bounds()
    for label, text in VALUES:
        # Compared as UTC instants: equal instants may carry different offsets' labels.
        mine = [
            (a.astimezone(UTC), b.astimezone(UTC)) for a, b in build(text).intervals(start, end)
        ]
        peer = [
            (a.astimezone(UTC), b.astimezone(UTC))
            for a, b in peer_open_intervals(build_peer(text), start, end)
        ]
        if mine != peer:
            ok = False
            only_mine, only_peer = sorted(set(mine) - set(peer)), sorted(set(peer) - set(mine))
            print(f"MISMATCH intervals {label} {YEAR}: {len(mine)} vs {len(peer)} intervals")
            for side, only in (("charter", only_mine), ("opening-hours-py", only_peer)):
                shown = [(a.isoformat(), b.isoformat()) for a, b in only[:3]]
                print(f"    {side} only: {shown}")
    return ok


# -- timing -------------------------------------------------------------------------------


def timed_rounds(runs: Sequence[Callable[[int], object]], count: int) -> list[list[float]]:
    """Seconds of each ``run(i)``, for i in range(count), with the GC off.

    Round i times every run once, in turn, so that noise from other processes falls on
    all of them alike.
    """
    seconds: list[list[float]] = [[] for _ in runs]
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        for i in range(count):
            for run, found in zip(runs, seconds, strict=True):
                t0 = perf_counter_ns()
                run(i)
                found.append((perf_counter_ns() - t0) / 1e9)
    finally:
        if gc_was_enabled:
            gc.enable()
    return seconds


def parse_batch(make: Callable[[str], object], text: str) -> Callable[[], None]:
    """PARSE_BATCH builds of *text*."""

    def run() -> None:
        for _ in range(PARSE_BATCH):
            make(text)

    return run


def first_query_s(
    methods: Sequence[Callable[[datetime], bool]], batches: list[list[datetime]]
) -> list[float]:
    """Median seconds per call of each ``is_open`` over the batches, asked in order."""

    def walker(is_open: Callable[[datetime], bool]) -> Callable[[int], None]:
        def run(k: int) -> None:
            for t in batches[k]:
                is_open(t)

        return run

    rounds = timed_rounds([walker(m) for m in methods], len(batches))
    return [statistics.median(found) / len(batches[0]) for found in rounds]


def warm_batch(
    method: Callable[[datetime], object], instants: list[datetime]
) -> Callable[[], None]:
    """One call per instant."""

    def run() -> None:
        for t in instants:
            method(t)

    return run


def year_ms(text: str) -> tuple[float, float, float, float]:
    """Median ms of a year of ``intervals`` on fresh objects: charter, peer, then both
    again with the object built inside the timed call."""
    start, end = year_bounds()
    ours = [build(text) for _ in range(YEAR_SAMPLES)]
    theirs = [build_peer(text) for _ in range(YEAR_SAMPLES)]
    results = timed_rounds(
        [
            lambda i: list(ours[i].intervals(start, end)),
            lambda i: list(theirs[i].intervals(start, end)),
            lambda _: list(build(text).intervals(start, end)),
            lambda _: list(build_peer(text).intervals(start, end)),
        ],
        YEAR_SAMPLES,
    )
    mine, peer, mine_parse, peer_parse = (statistics.median(r) * 1e3 for r in results)
    return mine, peer, mine_parse, peer_parse


def line(what: str, label: str, mine: str, peer: str, ratio: float) -> None:
    """One result line: charter, opening-hours-py, and charter / peer."""
    print(
        f"{what:<16} {label:<15} charter {mine:>9}   opening-hours-py {peer:>9}   "
        f"ratio {ratio:6.2f}"
    )


def fmt_ms(ms: float) -> str:
    """Milliseconds with about three significant digits."""
    return f"{ms:.3f} ms" if ms < 1 else f"{ms:.2f} ms"


# -- memory -------------------------------------------------------------------------------


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    Linux's VmHWM belongs to the running program; ``ru_maxrss`` would carry the parent's
    peak over ``fork`` and ``exec``.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for row in status.read_text().splitlines():
            if row.startswith("VmHWM:"):
                return int(row.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def memory_child(index: int, count: int) -> None:
    """In a fresh interpreter: *count* ``is_open`` on distinct days; prints the peaks in MB.

    The instants are made one at a time, so the process holds only what the library keeps.
    """
    hours = build(VALUES[index][1])
    hours.is_open(instant(MEMORY_FIRST, 12 * 60))  # warm: imports, one day, one holiday year
    before = peak_rss_mb()
    opened = sum(hours.is_open(t) for t in walk(MEMORY_FIRST + timedelta(days=1), count))
    print(f"{before:.2f} {peak_rss_mb():.2f} {opened}")


def run_memory_child(index: int, count: int) -> tuple[float, float]:
    """The peak before the queries and its growth over them, in MB, in a fresh interpreter."""
    done = subprocess.run(  # noqa: S603 - this script, with fixed arguments
        [sys.executable, __file__, "--memory-child", str(index), str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    before, after, _ = done.stdout.split()
    return float(before), float(after) - float(before)


# -- main ---------------------------------------------------------------------------------


def main() -> None:  # noqa: PLR0915 - one straight report
    """Check agreement, time both libraries, measure charter's memory."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--memory-child", nargs=2, type=int, metavar=("VALUE", "COUNT"))
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child)
        return

    print(
        f"# charter {charter.__version__}, "
        f"opening-hours-py {importlib.metadata.version('opening-hours-py')}, "
        f"Python {platform.python_version()}"
    )
    print(
        f"# {len(VALUES)} values in {TIMEZONE}, holidays belgium.LEGAL vs country={COUNTRY}; "
        f"per_call: median of {REPEAT} repeats of ~{TARGET_REPEAT_S * 1e3:.0f} ms; "
        "ratio = charter / opening-hours-py"
    )
    for label, text in VALUES:
        print(f"# {label:<9} {text}")

    batches = first_batches()
    warm = warm_instants()
    last_day = FIRST_DAY + timedelta(days=REPEAT * FIRST_BATCH_DAYS - 1)
    print(
        f"# first is_open: {REPEAT} batches of {FIRST_BATCH_DAYS} new days ({FIRST_DAY} to "
        f"{last_day}), one object per library and value; warm: {WARM_COUNT} instants of "
        f"{WARM_DAY}; intervals: {YEAR}, {YEAR_SAMPLES} fresh objects"
    )

    lists_ok = check_holiday_lists()
    print(
        f"CHECK holiday lists ({CHECK_YEARS.start}-{CHECK_YEARS.stop - 1}, Monday to Saturday, "
        f"belgium.LEGAL vs country={COUNTRY}) {'agree' if lists_ok else 'DIFFER'}"
    )
    checked = [t for batch in batches for t in batch] + warm + boundary_instants()
    answers_ok, answer_cases = check_answers(checked)
    print(
        f"CHECK is_open and next_change {'agree' if answers_ok else 'DIFFER'} "
        f"({answer_cases} cases)"
    )
    intervals_ok = check_intervals()
    print(f"CHECK intervals {YEAR} {'agree' if intervals_ok else 'DIFFER'}")

    parse: dict[str, float] = {}
    for label, text in VALUES:
        mine = per_call(parse_batch(build_cold, text), PARSE_BATCH)
        peer = per_call(parse_batch(build_peer, text), PARSE_BATCH)
        parse[label] = mine / peer
        line("parse", label, fmt_us(mine), fmt_us(peer), mine / peer)
        again = per_call(parse_batch(build, text), PARSE_BATCH)
        line("parse again", label, fmt_us(again), fmt_us(peer), again / peer)

    for year in range(FIRST_DAY.year, last_day.year + 1):
        HOLIDAYS.in_year(year)
    first: dict[str, float] = {}
    for label, text in VALUES:
        ours, theirs = build(text), build_peer(text)
        before = instant(FIRST_DAY - timedelta(days=1), 12 * 60)
        ours.is_open(before)  # warm: a day that is not in the walk
        theirs.is_open(before)
        mine, peer = first_query_s([ours.is_open, theirs.is_open], batches)
        first[label] = mine / peer
        line("first is_open", label, fmt_us(mine), fmt_us(peer), mine / peer)

    for name in ("is_open", "next_change"):
        for label, text in VALUES:
            ours, theirs = build(text), build_peer(text)
            mine_q = ours.is_open if name == "is_open" else ours.next_change
            peer_q = theirs.is_open if name == "is_open" else theirs.next_change
            mine = per_call(warm_batch(mine_q, warm), WARM_COUNT)
            peer = per_call(warm_batch(peer_q, warm), WARM_COUNT)
            line(f"warm {name}", label, fmt_us(mine), fmt_us(peer), mine / peer)

    for label, text in VALUES:
        mine_ms, peer_ms, mine_parse_ms, peer_parse_ms = year_ms(text)
        line("intervals year", label, fmt_ms(mine_ms), fmt_ms(peer_ms), mine_ms / peer_ms)
        line(
            "intervals year",
            f"{label} +parse",
            fmt_ms(mine_parse_ms),
            fmt_ms(peer_parse_ms),
            mine_parse_ms / peer_parse_ms,
        )

    small, big = MEMORY_COUNTS
    worst_extra = 0.0
    for index, (label, _) in enumerate(VALUES):
        base, grow_small = run_memory_child(index, small)
        _, grow_big = run_memory_child(index, big)
        worst_extra = max(worst_extra, grow_big - grow_small)
        print(
            f"memory           {label:<15} peak RSS growth over {small:,} is_open on new days "
            f"{grow_small:6.2f} MB   over {big:,} {grow_big:6.2f} MB   "
            f"(peak before the queries {base:.1f} MB; CACHE_DAYS {CACHE_DAYS})"
        )

    verdict(
        lists_ok and answers_ok and intervals_ok,
        "charter and opening-hours-py give the same holidays (Mo-Sa), answers and intervals",
    )
    worst = max(parse, key=lambda k: parse[k])
    verdict(
        parse[worst] <= 1,
        f"parse: charter <= opening-hours-py on every value (worst ratio {parse[worst]:.2f}, "
        f"{worst})",
    )
    worst = max(first, key=lambda k: first[k])
    verdict(
        first[worst] <= 1,
        f"first is_open on a new day: charter <= opening-hours-py on every value "
        f"(worst ratio {first[worst]:.2f}, {worst})",
    )
    verdict(
        worst_extra <= MEMORY_SLACK_MB,
        f"memory flat: {big:,} queries grow the peak at most {worst_extra:.2f} MB more "
        f"than {small:,} (<= {MEMORY_SLACK_MB:.0f} MB)",
    )


if __name__ == "__main__":
    main()
