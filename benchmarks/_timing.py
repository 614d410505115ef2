"""Shared by the benchmark scripts: the median time per call of a warmed batch, verdicts."""

from __future__ import annotations

import statistics
import timeit
from time import perf_counter_ns
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

#: Repeats per measurement, and the wall time each repeat aims at.
REPEAT = 15
TARGET_REPEAT_S = 0.03


def fmt_us(seconds: float) -> str:
    """Seconds as microseconds with about three significant digits."""
    us = seconds * 1e6
    if us < 10:
        return f"{us:.2f} µs"
    if us < 100:
        return f"{us:.1f} µs"
    return f"{us:.0f} µs"


def per_call(batch: Callable[[], object], calls_per_batch: int) -> float:
    """Median seconds per call: batch warmed once, then REPEAT repeats of ~30 ms each."""
    batch()  # warm caches
    t0 = perf_counter_ns()
    batch()
    one = max((perf_counter_ns() - t0) / 1e9, 1e-9)
    number = max(1, round(TARGET_REPEAT_S / one))
    runs = timeit.Timer(batch).repeat(repeat=REPEAT, number=number)
    return statistics.median(runs) / (number * calls_per_batch)


def verdict(ok: bool, text: str) -> None:  # noqa: FBT001 - a verdict is a boolean
    """One greppable target line: ``PASS ...`` or ``FAIL ...``."""
    print(f"{'PASS' if ok else 'FAIL'} {text}")
