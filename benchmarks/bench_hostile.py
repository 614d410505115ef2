"""The scale figures of the hostile-input audit (issue 13), measured again.

Run from the repository root, with the benchmark dependencies installed::

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/bench_hostile.py [--quick]

``--quick`` samples fewer OSM values and counts fewer waits and responses (a minute or
so instead of about three); the targets are the same.

Four parts, each a family of result lines starting with a fixed word:

- ``closures``: an OSM value ``Mo-Fr 09:00-17:00; PH off`` followed by N dated closures
  (``2027 Jan 04 off; 2027 Jan 05 off; ...``, consecutive days from 4 January 2027, so
  10 000 of them close every day up to May 2054), for N = 10 and 10 000: ``parse``
  (``from_osm``, the text cache emptied), ``first is_open`` (a new day each call, median
  per call over a walk of FIRST_DAYS days in 2040, inside the closures), ``warm
  is_open`` and ``warm next_change`` (the same instants asked again), ``next_change``
  on a new object before the closures (December 2026) and inside them (March 2040: the
  next change is the end of the closures, so every closed day up to it is looked at
  once), ``intervals year`` (2040 on a new object). Then ``closures document``: the same
  hours as a charter document (the bundled example, its calendar holding N closure days
  that ``PH off`` closes): ``charter.loads``, the channel's queries, and the command
  ``charter open contact-centre --charter FILE --at ...`` as a subprocess (the audit:
  8.5 s for 8 000 closures).
- ``span``: ``open_duration`` from November 2026 to March 2196 on a new object
  (``cold``) and asked again (``warm``), for a weekly value, a weekly value with Easter
  and dated exceptions, one whose week depends on the month, and a non-weekly one
  (summed day by day the first time,
  docs/hours.md "Long spans"); ``Charter.evaluate`` of a case of the bundled example's
  ``callback`` guarantee (4 service hours) answered 170 years after receipt, on a newly
  loaded charter and again (the audit: 0.5-0.9 s); ``next_change`` from December 2026
  on values that never change again.
- ``waits`` / ``responses``: a compliance report over N call records whose waits are
  all distinct (``waits``), and over N ``callback`` cases answered after N distinct
  service-hour times (``responses``), each in a fresh interpreter: the growth of the
  peak resident memory (Linux VmHWM) over the report, its time, and the report's
  figures, which must still add up (calls = answered + abandoned = the histogram's
  total). The audit: 169 MB at 1 M distinct waits, 23 MB at 10 000, before histograms
  were bounded.
- ``osm``: OSM_VALUES values of the grammar test's generator
  (``generate(RandomSource(seed))`` of tests/test_hours_grammar_oracle.py, seeds 0, 1,
  ...), each read with ``holidays=belgium.LEGAL`` (the refused ones counted), then on the
  new object, at INSTANTS instants each: ``is_open``, ``next_change``, ``intervals``
  over 7 days, ``open_duration`` over a year, each call timed alone with the GC off.
  Printed: the worst query, the 99th percentile, and the worst value; the worst query is
  then timed again three times on new objects (fastest kept), so that a pause of the
  shared machine is told from a slow query.

Targets, one ``PASS``/``FAIL`` line each: 10 000 closures cost each query within
CLOSURE_FACTOR of 10; 170-year evaluation cold under 100 ms and warm under 1 ms, and
the same for two centuries of open time of the weekly values; searches that find no
change under OSM_TARGET_MS; 1 M distinct waits (and the responses) grow the peak within
MEMORY_SLACK_MB of 10 000; no OSM query over OSM_TARGET_MS (re-timed). It is
informational: it always exits with status 0. ``#`` lines are context.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from importlib.resources import files
from pathlib import Path
from time import perf_counter_ns
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from _timing import fmt_us, per_call, verdict

import charter
from charter import (
    Answered,
    Call,
    Case,
    Dates,
    OpeningHours,
    OpeningHoursSyntaxError,
    Status,
    belgium,
    compliance,
    examples,
)
from charter.hours._osm_syntax import parse_rules

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_hours_grammar_oracle import RandomSource, generate

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from charter.calendars.base import HolidayCalendar

TIMEZONE = "Europe/Brussels"
ZONE = ZoneInfo(TIMEZONE)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: Closures: the counts compared, the first closed day, the walk of new days.
CLOSURES = (10, 10_000)
FIRST_CLOSED = date(2027, 1, 4)
FIRST_DAYS = 400
WALK_FROM = date(2040, 1, 2)
BEFORE = datetime(2026, 12, 1, 10, tzinfo=ZONE)
INSIDE = datetime(2040, 3, 5, 10, tzinfo=ZONE)
CLOSURE_FACTOR = 3.0

#: Two centuries (170 years: a year typo in a case).
SPAN_START = datetime(2026, 11, 2, 10, 17, tzinfo=ZONE)
SPAN_END = datetime(2196, 3, 29, 15, 45, tzinfo=ZONE)
SPAN_VALUES = (
    ("weekly", "Mo-Fr 09:00-17:00; PH off", True),
    (
        "weekly+dates",
        "Mo-Fr 09:00-17:00; PH off; easter +1 day off; Dec 24-Jan 02 off; 2027 Dec 24 off",
        True,
    ),
    ("monthly", "Jul-Aug off; Mo-Fr 09:00-17:00; PH off", True),
    ("non-weekly", "Mo-Fr 09:00-17:00; Mo[1] 18:00-20:00; PH off", False),
)
NEVER_VALUES = (
    ("PH, no holidays", "PH 10:00-12:00", Dates()),
    ("easter Sa", "easter Sa 10:00-12:00", belgium.LEGAL),
    ("24/7", "24/7", None),
    ("off", "off", None),
)
EVALUATE_COLD_MS = 100.0
EVALUATE_WARM_MS = 1.0

#: Compliance memory: the counts compared (the larger one --quick makes smaller).
WAITS = (10_000, 1_000_000)
WAITS_QUICK = (10_000, 200_000)
RESPONSES = (10_000, 200_000)
RESPONSES_QUICK = (10_000, 50_000)
MEMORY_SLACK_MB = 5.0
AT = datetime(2199, 1, 1, tzinfo=ZONE)

#: OSM queries: values sampled, instants per value (2027-2029), the target.
OSM_VALUES = 2_000
OSM_VALUES_QUICK = 500
INSTANTS = 3
OSM_TARGET_MS = 50.0
_PROBE_FIRST = datetime(2027, 1, 1, tzinfo=ZONE)
_PROBE_MINUTES = 3 * 365 * 24 * 60


def fmt_ms(seconds: float) -> str:
    """Seconds as milliseconds with about three significant digits."""
    ms = seconds * 1e3
    return f"{ms:.3f} ms" if ms < 1 else f"{ms:.2f} ms" if ms < 100 else f"{ms:.0f} ms"


def timed(call: Callable[[], object]) -> tuple[float, object]:
    """Seconds of one call, with the GC off, and its result."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        t0 = perf_counter_ns()
        result = call()
        return (perf_counter_ns() - t0) / 1e9, result
    finally:
        if enabled:
            gc.enable()


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB (Linux VmHWM: this program's own)."""
    status = Path("/proc/self/status")
    if status.exists():
        for row in status.read_text().splitlines():
            if row.startswith("VmHWM:"):
                return int(row.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# -- 10 000 dated closures ----------------------------------------------------------------


def closed_days(count: int) -> list[date]:
    """*count* consecutive days from FIRST_CLOSED."""
    return [FIRST_CLOSED + timedelta(days=i) for i in range(count)]


def closures_value(count: int) -> str:
    """``Mo-Fr 09:00-17:00; PH off`` and *count* dated closures."""
    dated = [f"{d.year} {MONTHS[d.month - 1]} {d.day:02d} off" for d in closed_days(count)]
    return "; ".join(["Mo-Fr 09:00-17:00", "PH off", *dated])


def build(text: str, holidays: HolidayCalendar | None = belgium.LEGAL) -> OpeningHours:
    """The hours of *text* in Brussels."""
    return OpeningHours.from_osm(text, timezone=TIMEZONE, holidays=holidays)


def walk(first: date, count: int) -> list[datetime]:
    """An instant in the afternoon of each of *count* days from *first*."""
    return [
        datetime(d.year, d.month, d.day, 10 + i % 7, 13, tzinfo=ZONE)
        for i, d in enumerate(first + timedelta(days=k) for k in range(count))
    ]


def hours_queries(label: str, make: Callable[[], OpeningHours]) -> dict[str, float]:
    """Time the queries of one set of hours; print them; the seconds by query."""
    found: dict[str, float] = {}
    answers: dict[str, str] = {}
    hours = make()
    instants = walk(WALK_FROM, FIRST_DAYS)
    hours.is_open(instants[0] - timedelta(days=1))  # imports and the holiday year: not timed
    seconds, _ = timed(lambda: [hours.is_open(t) for t in instants])
    found["first is_open"] = seconds / len(instants)
    found["warm is_open"] = per_call(lambda: [hours.is_open(t) for t in instants], len(instants))
    for where, t in (("before", BEFORE), ("inside", INSIDE)):
        fresh = make()
        fresh.is_open(t)
        seconds, answer = timed(lambda fresh=fresh, t=t: fresh.next_change(t))  # type: ignore[misc]
        found[f"next_change {where}"] = seconds
        answers[where] = answer.date().isoformat() if isinstance(answer, datetime) else "None"
    found["warm next_change"] = per_call(lambda: [hours.next_change(t) for t in instants[:50]], 50)
    fresh = make()
    a, b = datetime(2040, 1, 1, tzinfo=ZONE), datetime(2041, 1, 1, tzinfo=ZONE)
    found["intervals year"], _ = timed(lambda: list(fresh.intervals(a, b)))
    for what in ("first is_open", "warm is_open", "warm next_change"):
        print(f"closures {label:<22} {what:<18} {fmt_us(found[what]):>9} per call")
    for where, shown in answers.items():
        print(
            f"closures {label:<22} next_change {where:<6} "
            f"{fmt_ms(found[f'next_change {where}']):>9}  (new object; -> {shown})"
        )
    print(f"closures {label:<22} intervals year     {fmt_ms(found['intervals year']):>9}  (2040)")
    return found


def channel_hours(service: charter.Charter, channel: str = "contact-centre") -> OpeningHours:
    """The opening hours of *channel*."""
    hours = next(c.hours for c in service.channels if c.id == channel)
    assert hours is not None  # noqa: S101 - the example's channels have hours
    return hours


def closures_document(count: int) -> str:
    """The bundled example with *count* closure days in its calendar, as JSON."""
    data: dict[str, Any] = json.loads(
        files("charter.examples").joinpath("federal.json").read_text(encoding="utf-8")
    )
    data["calendars"][0]["closures"] = {d.isoformat(): "Closed" for d in closed_days(count)}
    return json.dumps(data)


def bench_closures() -> bool:
    """The closures lines; whether each query costs about the same with 10 000."""
    per_count: dict[int, dict[str, float]] = {}
    for count in CLOSURES:
        text = closures_value(count)
        parses = []
        for _ in range(3):
            parse_rules.cache_clear()
            seconds, _ = timed(lambda text=text: build(text))  # type: ignore[misc]
            parses.append(seconds)
        label = f"{count:,} in OSM"
        print(
            f"closures {label:<22} parse              {fmt_ms(statistics.median(parses)):>9}"
            f"  ({len(text):,} characters, {count + 2:,} rules)"
        )
        per_count[count] = hours_queries(label, lambda text=text: build(text))  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as folder:
        for count in CLOSURES:
            document = closures_document(count)
            seconds, loaded = timed(lambda document=document: charter.loads(document))  # type: ignore[misc]
            assert isinstance(loaded, charter.Charter)  # noqa: S101 - what loads returns
            label = f"{count:,} in document"
            print(
                f"closures {label:<22} charter.loads      {fmt_ms(seconds):>9}"
                f"  ({len(document):,} bytes)"
            )

            hours_queries(label, lambda document=document: channel_hours(charter.loads(document)))  # type: ignore[misc]
            path = Path(folder) / f"closures-{count}.json"
            path.write_text(document, encoding="utf-8")
            command = [
                str(Path(sys.executable).with_name("charter")),
                "open",
                "contact-centre",
                "--charter",
                str(path),
                "--at",
                INSIDE.isoformat(),
            ]
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603 - our command
            seconds = time.perf_counter() - start
            said = (done.stdout.splitlines() or done.stderr.splitlines() or [""])[-1]
            print(
                f"closures {label:<22} charter open       {fmt_ms(seconds):>9}"
                f"  (status {done.returncode}: {said.strip()})"
            )
    small, big = (per_count[n] for n in CLOSURES)
    compared = ("first is_open", "warm is_open", "warm next_change", "intervals year")
    ratios = {what: big[what] / small[what] for what in compared}
    worst = max(ratios, key=lambda k: ratios[k])
    print(
        "# closures ratios 10 000 / 10: "
        + ", ".join(f"{what} {ratio:.2f}" for what, ratio in ratios.items())
    )
    verdict(
        ratios[worst] <= CLOSURE_FACTOR,
        f"10 000 closures: each query within {CLOSURE_FACTOR:.0f}x of 10 closures "
        f"(worst {worst} {ratios[worst]:.2f}x)",
    )
    return ratios[worst] <= CLOSURE_FACTOR


# -- spans of two centuries ---------------------------------------------------------------


def bench_spans() -> None:
    """The span lines and their verdicts."""
    worst_cold = worst_warm = 0.0
    for label, text, weekly in SPAN_VALUES:
        hours = build(text)
        cold, total = timed(lambda hours=hours: hours.open_duration(SPAN_START, SPAN_END))  # type: ignore[misc]
        warm = per_call(lambda hours=hours: hours.open_duration(SPAN_START, SPAN_END), 1)  # type: ignore[misc]
        print(
            f"span open_duration {label:<13} cold {fmt_ms(cold):>9}   warm {fmt_ms(warm):>9}"
            f"   ({total}; {text})"
        )
        if weekly:
            worst_cold, worst_warm = max(worst_cold, cold), max(worst_warm, warm)
    case = Case(
        guarantee="callback", received=SPAN_START, events=[Answered(at=SPAN_END)], reference="Y"
    )
    at = SPAN_END + timedelta(days=1)
    colds = []
    for _ in range(3):
        service = examples.load()
        seconds, report = timed(lambda service=service: service.evaluate(case, at))  # type: ignore[misc]
        colds.append(seconds)
    cold = statistics.median(colds)
    warm = per_call(lambda: service.evaluate(case, at), 1)
    assert isinstance(report, charter.CaseReport)  # noqa: S101 - what evaluate returns
    print(
        f"span evaluate callback     cold {fmt_ms(cold):>9}   warm {fmt_ms(warm):>9}"
        f"   (median of 3 new charters; {report.status.value}, response {report.response})"
    )
    never_worst = 0.0
    for label, text, holidays in NEVER_VALUES:
        hours = build(text, holidays)
        seconds, answer = timed(lambda hours=hours: hours.next_change(BEFORE))  # type: ignore[misc]
        never_worst = max(never_worst, seconds)
        print(f"span next_change {label:<15} {fmt_ms(seconds):>9}   (-> {answer}; {text})")
    verdict(
        cold * 1e3 <= EVALUATE_COLD_MS and warm * 1e3 <= EVALUATE_WARM_MS,
        f"170-year evaluate: cold {fmt_ms(cold)} <= {EVALUATE_COLD_MS:.0f} ms, "
        f"warm {fmt_ms(warm)} <= {EVALUATE_WARM_MS:.0f} ms",
    )
    verdict(
        worst_cold * 1e3 <= EVALUATE_COLD_MS and worst_warm * 1e3 <= EVALUATE_WARM_MS,
        f"two centuries of open time, weekly values: cold {fmt_ms(worst_cold)} <= "
        f"{EVALUATE_COLD_MS:.0f} ms, warm {fmt_ms(worst_warm)} <= {EVALUATE_WARM_MS:.0f} ms",
    )
    verdict(
        never_worst * 1e3 <= OSM_TARGET_MS,
        f"next_change on values that never change: worst {fmt_ms(never_worst)} "
        f"<= {OSM_TARGET_MS:.0f} ms",
    )


# -- compliance memory --------------------------------------------------------------------


def waits_child(count: int) -> None:
    """In a fresh interpreter: a report over *count* calls, waits all distinct."""
    service = examples.load()
    compliance(service, [], at=AT, calls=[Call(channel="contact-centre", waited=1, answered=True)])
    before = peak_rss_mb()
    calls = (
        Call(channel="contact-centre", waited=n + 0.5, answered=n % 10 != 0) for n in range(count)
    )
    start = time.perf_counter()
    report = compliance(service, [], at=AT, calls=calls)
    seconds = time.perf_counter() - start
    grown = peak_rss_mb() - before
    reach = report.channel("contact-centre")
    share = reach.share
    print(
        json.dumps(
            {
                "grown": grown,
                "seconds": seconds,
                "bins": len(reach.waits.counts),
                "binned": reach.waits.binned,
                "adds_up": reach.calls == count
                and reach.answered + reach.abandoned == reach.calls
                and reach.waits.total == reach.answered,
                "figures": f"{reach.calls:,} calls, {reach.answered:,} answered, "
                f"{reach.within:,} within {reach.target.within_seconds if reach.target else '-'}"
                f" s, share {float(share or 0):.6f}, median wait {reach.median_wait} s",
            }
        )
    )


def open_minutes(hours: OpeningHours, first: datetime) -> Iterator[datetime]:
    """Every open minute of *hours* from *first* on, in order."""
    end = datetime(2199, 1, 1, tzinfo=ZONE)
    for a, b in hours.intervals(first, end):
        minute = a
        while minute < b:
            yield minute
            minute += timedelta(minutes=1)


def responses_child(count: int) -> None:
    """In a fresh interpreter: a report over *count* callback cases, responses distinct."""
    service = examples.load()
    hours = channel_hours(service)
    received = datetime(2026, 11, 2, 9, tzinfo=ZONE)  # a Monday, at opening time
    compliance(service, [Case(guarantee="callback", received=received)], at=AT)
    before = peak_rss_mb()
    answers = open_minutes(hours, received + timedelta(minutes=1))
    cases = (
        Case(guarantee="callback", received=received, events=[Answered(at=next(answers))])
        for _ in range(count)
    )
    start = time.perf_counter()
    report = compliance(service, cases, at=AT)
    seconds = time.perf_counter() - start
    grown = peak_rss_mb() - before
    tally = report.guarantee("callback")
    counts = tally.counts
    print(
        json.dumps(
            {
                "grown": grown,
                "seconds": seconds,
                "bins": len(tally.response_times.counts),
                "binned": tally.response_times.binned,
                "adds_up": tally.cases == count == tally.response_times.total
                and counts[Status.MET] + counts[Status.LATE] == count,
                "figures": f"{tally.cases:,} cases, {counts[Status.MET]:,} met, "
                f"{counts[Status.LATE]:,} late, met share {float(tally.met_share or 0):.6f}, "
                f"median {tally.response_times.median}, max {tally.response_times.max}",
            }
        )
    )


def run_child(kind: str, count: int) -> dict[str, Any]:
    """A child's figures, from a fresh interpreter."""
    done = subprocess.run(  # noqa: S603 - this script, with fixed arguments
        [sys.executable, __file__, f"--{kind}-child", str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def bench_memory(kind: str, counts: tuple[int, int]) -> None:
    """The lines of *kind* (``waits`` or ``responses``) and their verdict."""
    grown = []
    adds_up = True
    for count in counts:
        found = run_child(kind, count)
        grown.append(found["grown"])
        adds_up = adds_up and found["adds_up"]
        print(
            f"{kind:<9} {count:>9,} distinct: peak +{found['grown']:6.1f} MB"
            f"   {found['seconds']:6.2f} s   {found['bins']:,} bins"
            f"{' (binned)' if found['binned'] else ''}   {found['figures']}"
            f"   adds up: {'yes' if found['adds_up'] else 'NO'}"
        )
    small, big = counts
    verdict(
        grown[1] - grown[0] <= MEMORY_SLACK_MB and adds_up,
        f"{kind}: {big:,} distinct grow the peak {grown[1]:.1f} MB, {small:,} "
        f"{grown[0]:.1f} MB (within {MEMORY_SLACK_MB:.0f} MB), and the report adds up",
    )


# -- OSM queries over generated values ----------------------------------------------------


def queries(hours: OpeningHours, t: datetime) -> list[tuple[str, Callable[[], object]]]:
    """The timed queries at *t*."""
    week, year = t + timedelta(days=7), t + timedelta(days=365)
    return [
        ("is_open", lambda: hours.is_open(t)),
        ("next_change", lambda: hours.next_change(t)),
        ("intervals 7 days", lambda: list(hours.intervals(t, week))),
        ("open_duration year", lambda: hours.open_duration(t, year)),
    ]


def probe(seed: int) -> list[datetime]:
    """The instants at which value *seed* is asked."""
    rng = random.Random(seed)
    return [
        _PROBE_FIRST + timedelta(minutes=rng.randrange(_PROBE_MINUTES)) for _ in range(INSTANTS)
    ]


def run_queries(text: str, seed: int, upto: int | None = None) -> list[tuple[float, str]]:
    """On a new object: each query at each instant of *seed*, timed (the first *upto*)."""
    hours = build(text)
    found: list[tuple[float, str]] = []
    for t in probe(seed):
        for name, query in queries(hours, t):
            seconds, _ = timed(query)
            found.append((seconds, f"{name} at {t.isoformat()}"))
            if upto is not None and len(found) > upto:
                return found
    return found


def bench_osm(count: int) -> None:
    """The osm lines and their verdict."""
    refused = 0
    parses: list[float] = []
    times: list[float] = []
    worst: tuple[float, str, str, int, int] = (0.0, "", "", 0, 0)
    for seed in range(count):
        text = generate(RandomSource(seed)).value
        parse_rules.cache_clear()
        try:
            seconds, _ = timed(lambda text=text: build(text))  # type: ignore[misc]
        except OpeningHoursSyntaxError:
            refused += 1
            continue
        parses.append(seconds)
        for index, (seconds, what) in enumerate(run_queries(text, seed)):
            times.append(seconds)
            if seconds > worst[0]:
                worst = (seconds, what, text, seed, index)
    times.sort()
    p99 = times[int(len(times) * 0.99)]
    seconds, what, text, seed, index = worst
    again = min(run_queries(text, seed, upto=index)[index][0] for _ in range(3))
    print(
        f"osm values {count:,}: {count - refused:,} read, {refused:,} refused "
        f"(OpeningHoursSyntaxError); {len(times):,} queries"
    )
    print(
        f"osm parse   worst {fmt_ms(max(parses)):>9}   median {fmt_ms(statistics.median(parses))}"
    )
    print(
        f"osm queries worst {fmt_ms(seconds):>9}   p99 {fmt_ms(p99):>9}   median "
        f"{fmt_ms(statistics.median(times))}   worst re-timed {fmt_ms(again)}"
    )
    print(f"osm worst   {what} (seed {seed}): {text}")
    verdict(
        again * 1e3 <= OSM_TARGET_MS,
        f"no OSM query over {OSM_TARGET_MS:.0f} ms (worst {fmt_ms(seconds)}, "
        f"re-timed {fmt_ms(again)}; p99 {fmt_ms(p99)})",
    )


# -- main ---------------------------------------------------------------------------------


def main() -> None:
    """Each part in turn; the children when called as one."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer values, waits and cases")
    parser.add_argument("--waits-child", type=int)
    parser.add_argument("--responses-child", type=int)
    args = parser.parse_args()
    if args.waits_child:
        waits_child(args.waits_child)
        return
    if args.responses_child:
        responses_child(args.responses_child)
        return
    start = time.perf_counter()
    print(
        f"# charter {charter.__version__}, Python {platform.python_version()}"
        f"{', --quick' if args.quick else ''}; hours in {TIMEZONE}, holidays belgium.LEGAL"
    )
    bench_closures()
    bench_spans()
    bench_memory("waits", WAITS_QUICK if args.quick else WAITS)
    bench_memory("responses", RESPONSES_QUICK if args.quick else RESPONSES)
    bench_osm(OSM_VALUES_QUICK if args.quick else OSM_VALUES)
    print(f"# {time.perf_counter() - start:.0f} s in all")


if __name__ == "__main__":
    main()
