"""Exporting the default example in each of the neighbours' formats: each under 20 ms.

Run: python benchmarks/bench_interop.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import charter
from charter.interop import to_cpsv_ap, to_ical, to_schema_org

BUDGET_MS = 20.0


def _best(run: Callable[[], object], repeat: int = 30) -> float:
    run()  # warm: imports and caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    """Print each format's best time, and fail when one is over budget."""
    c = charter.examples.load()
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    runs: dict[str, Callable[[], object]] = {
        "cpsv-ap": lambda: to_cpsv_ap(c),
        "schema-org": lambda: to_schema_org(c, start=start, end=end),
        "ical (a year)": lambda: to_ical(c, start=start, end=end),
    }
    over = []
    for name, run in runs.items():
        ms = _best(run)
        print(f"{name:<14} {ms:6.2f} ms")
        if ms > BUDGET_MS:
            over.append(name)
    if over:
        raise SystemExit(f"over {BUDGET_MS} ms: {', '.join(over)}")


if __name__ == "__main__":
    main()
