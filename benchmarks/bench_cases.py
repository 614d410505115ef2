"""Benchmark the case clock: Charter.evaluate per case, and compliance over a CSV file.

Run from the repository root::

    .venv/bin/python benchmarks/bench_cases.py [--rows 1000000]

Targets (issue 6): ``evaluate`` under 20 µs per case; compliance over 1 000 000 cases
read from CSV under 30 s in one process, its peak memory not growing with the number of
rows (the same run over a tenth of the rows peaks within 25 MB of it). The CSV runs are
fresh interpreters, so each peak is its own. Informational: always exits 0.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

from _timing import fmt_us, per_call, verdict

import charter
from charter import Call, Case, Status, compliance, examples, read_cases

EVALUATE_TARGET_US = 20.0
COMPLIANCE_TARGET_S = 30.0
MEMORY_SLACK_MB = 25.0
MIX_CASES = 50_000
BRUSSELS = ZoneInfo("Europe/Brussels")
AT = datetime(2026, 12, 1, 12, tzinfo=BRUSSELS)
HEADER = "reference,guarantee,received,answered,suspensions,extensions"

#: The kinds of case of the default example: guarantee, shape, and weight in the mix (%).
#: Most questions are answered without the clock stopping; one in five is suspended,
#: still waiting for the client, or extended.
KINDS = {
    "working days, answered": ("acknowledgement", "answered", 35),
    "working days, open": ("informative", "open", 10),
    "days, answered": ("substantive", "answered", 15),
    "days, suspended": ("substantive", "suspended", 5),
    "days, resumed": ("substantive", "resumed", 10),
    "days, extended": ("complaint", "extended", 5),
    "month, answered": ("personal-data", "answered", 10),
    "service hours, answered": ("callback", "answered", 10),
}


def case_row(rng: random.Random, number: int, guarantee: str, shape: str) -> str:
    """One CSV row of a case of the default example, received in 2026 before ``AT``."""
    start = datetime(2026, 1, 5, tzinfo=UTC)
    received = start + timedelta(minutes=rng.randrange(0, 320 * 24 * 60))
    answered = suspensions = extensions = ""
    if shape == "answered":
        answered = (received + timedelta(minutes=rng.randrange(1, 20 * 24 * 60))).isoformat()
    elif shape in ("suspended", "resumed"):
        begin = received + timedelta(minutes=rng.randrange(1, 5 * 24 * 60))
        end = begin + timedelta(minutes=rng.randrange(1, 10 * 24 * 60))
        suspensions = f"{begin.isoformat()}/" + (end.isoformat() if shape == "resumed" else "")
    elif shape == "extended":
        notice = received + timedelta(minutes=rng.randrange(1, 20 * 24 * 60))
        extensions = f"{notice.isoformat()}/45 days"
    return f"R-{number},{guarantee},{received.isoformat()},{answered},{suspensions},{extensions}"


def rows(count: int, *, seed: int, equal: bool = False) -> list[str]:
    """*count* CSV rows drawn from the mix (or from every kind equally)."""
    rng = random.Random(seed)
    kinds = [(g, shape) for g, shape, _ in KINDS.values()]
    weights = [1 if equal else w for _, _, w in KINDS.values()]
    drawn = rng.choices(kinds, weights=weights, k=count)
    return [case_row(rng, number, g, shape) for number, (g, shape) in enumerate(drawn)]


def write_csv(path: Path, count: int, *, seed: int = 6, equal: bool = False) -> None:
    """*count* cases drawn from the mix, written 10 000 rows at a time."""
    with path.open("w", encoding="utf-8", newline="") as file:
        file.write(HEADER + "\n")
        for first in range(0, count, 10_000):
            chunk = rows(min(10_000, count - first), seed=seed + first, equal=equal)
            file.write("\n".join(chunk) + "\n")


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    Linux's VmHWM belongs to the running program; ``ru_maxrss`` would carry the parent's
    peak over ``fork`` and ``exec``.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(path: str) -> None:
    """In a fresh interpreter: compliance over *path*; prints seconds, peak MB, cases."""
    c = examples.load()
    start = time.perf_counter()
    report = compliance(c, read_cases(path), at=AT)
    elapsed = time.perf_counter() - start
    peak_mb = peak_rss_mb()
    breached = sum(g.counts[Status.BREACHED] for g in report.guarantees)
    print(f"{elapsed:.3f} {peak_mb:.1f} {report.cases} {report.skipped.count} {breached}")


def rss_mb() -> float:
    """This process's resident memory now, in MB (0 where /proc is missing)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def waits_child(count: int) -> None:
    """In a fresh interpreter: compliance over *count* calls, each wait distinct."""
    c = examples.load()
    calls = (Call(channel="contact-centre", waited=n + 0.5, answered=True) for n in range(count))
    before = rss_mb()
    report = compliance(c, [], at=AT, calls=calls)
    peak = peak_rss_mb()
    bins = len(report.channel("contact-centre").waits.counts)
    print(f"{peak - before:.1f} {bins}")


def run_child(path: Path) -> tuple[float, float, int, int]:
    done = subprocess.run(  # noqa: S603 - this script, on a file it wrote
        [sys.executable, __file__, "--child", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, peak, cases, skipped, _ = done.stdout.split()
    return float(seconds), float(peak), int(cases), int(skipped)


def bench_waits(count: int) -> None:
    """The memory of a report over *count* distinct waits, in a fresh interpreter."""
    done = subprocess.run(  # noqa: S603 - this script
        [sys.executable, __file__, "--waits-child", str(count)],
        capture_output=True,
        text=True,
        check=True,
    )
    grown, bins = done.stdout.split()
    print(
        f"compliance {count:>9,} calls, every wait distinct: {float(grown):.0f} MB more at the"
        f" peak than before, {int(bins):,} bins in the waits' histogram"
    )


def cases_of(lines: list[str]) -> list[Case]:
    names = HEADER.split(",")
    found = read_cases([dict(zip(names, line.split(","), strict=True)) for line in lines])
    return [case for case in found if case.received <= AT]


def evaluate_all(c: charter.Charter, cases: list[Case]) -> None:
    for case in cases:
        c.evaluate(case, AT)


def bench_evaluate() -> float:
    """Each kind on its own (warm), then the mix interleaved; returns the mix's seconds."""
    c = examples.load()
    for label, (guarantee, shape, _) in KINDS.items():
        rng = random.Random(3)
        cases = cases_of([case_row(rng, n, guarantee, shape) for n in range(300)])
        seconds = per_call(partial(evaluate_all, c, cases), len(cases))
        print(f"evaluate  {label:26} {fmt_us(seconds):>9} per case (300 cases, warm)")
    mixed = cases_of(rows(MIX_CASES, seed=4))
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        for case in mixed:
            c.evaluate(case, AT)
        runs.append((time.perf_counter() - start) / len(mixed))
    seconds = sorted(runs)[1]
    print(
        f"evaluate  {'the mix, interleaved':26} {fmt_us(seconds):>9} per case "
        f"({len(mixed):,} distinct cases, median of 3 passes)"
    )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--child")
    parser.add_argument("--waits-child", type=int)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    if args.waits_child:
        waits_child(args.waits_child)
        return
    print(f"# charter {charter.__version__}, Python {sys.version.split()[0]}")
    print(f"# the default example; cases of {len(KINDS)} kinds; at {AT.isoformat()}")
    weights = ", ".join(f"{label} {weight} %" for label, (_, _, weight) in KINDS.items())
    print(f"# the mix: {weights}")
    mix = bench_evaluate()
    small_rows = args.rows // 10
    with tempfile.TemporaryDirectory() as folder:
        small, big, equal = (Path(folder) / f"{name}.csv" for name in ("small", "big", "equal"))
        write_csv(small, small_rows)
        write_csv(big, args.rows)
        write_csv(equal, small_rows, equal=True)
        size_mb = big.stat().st_size / 1e6
        small_s, small_mb, _, _ = run_child(small)
        big_s, big_mb, cases, skipped = run_child(big)
        equal_s, _, _, _ = run_child(equal)
    print(f"compliance {small_rows:>9,} cases from CSV {small_s:6.1f} s   peak {small_mb:5.0f} MB")
    print(
        f"compliance {args.rows:>9,} cases from CSV {big_s:6.1f} s   peak {big_mb:5.0f} MB"
        f"   ({size_mb:.0f} MB file, {cases:,} evaluated, {skipped:,} skipped,"
        f" {fmt_us(big_s / args.rows)} per case)"
    )
    print(
        f"compliance {small_rows:>9,} cases, every kind equally often (43 % with events):"
        f" {equal_s:.1f} s, {fmt_us(equal_s / small_rows)} per case"
    )
    bench_waits(args.rows)
    verdict(
        mix * 1e6 <= EVALUATE_TARGET_US, f"evaluate {fmt_us(mix)} <= {EVALUATE_TARGET_US:.0f} µs"
    )
    verdict(
        big_s <= COMPLIANCE_TARGET_S,
        f"compliance over {args.rows:,} cases {big_s:.1f} s <= {COMPLIANCE_TARGET_S:.0f} s",
    )
    verdict(
        big_mb - small_mb <= MEMORY_SLACK_MB,
        f"peak memory {big_mb:.0f} MB for {args.rows:,} rows vs {small_mb:.0f} MB for "
        f"{small_rows:,}: within {MEMORY_SLACK_MB:.0f} MB",
    )


if __name__ == "__main__":
    main()
