"""Benchmark the batch path (``WorkingCalendar.add_working_days_array`` and friends) against numpy.

Run from the repository root::

    .venv/bin/python benchmarks/bench_batch.py

One million start dates spread over 2000-2049 and counts of -40 to 40 working days, for the
Belgian legal holidays and a Monday to Friday week: ``add_working_days_array`` against
``numpy.busday_offset`` on the same arrays (``roll="backward"`` for n > 0, ``"forward"``
otherwise: the same answers, checked first), and against a Python loop over the scalar
call. Then ``is_working_day_array`` against ``numpy.is_busday`` and
``working_days_between_array`` against ``numpy.busday_count`` (spans forward only: numpy
counts a backward span between other ends). Each time is the best of 5
runs, caches warm. Target (issue 19): the batch path within 1.5x numpy's time.

Lines start with ``CHECK``, ``batch``, ``PASS``/``FAIL``; ``#`` lines are context.
"""

from __future__ import annotations

import platform
import random
from datetime import date
from time import perf_counter

import numpy as np

import charter
from charter import WorkingCalendar, belgium

SIZE = 1_000_000
RUNS = 5
TARGET = 1.5


def best(run: object) -> float:
    """The best of RUNS timings of *run* (a callable), in seconds."""
    times = []
    for _ in range(RUNS):
        start = perf_counter()
        run()  # type: ignore[operator]
        times.append(perf_counter() - start)
    return min(times)


def main() -> None:
    """Check, time and print."""
    wc = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
    rng = random.Random(19)
    first, last = date(2000, 1, 1).toordinal(), date(2049, 12, 31).toordinal()
    starts = np.array(
        [date.fromordinal(rng.randint(first, last)) for _ in range(SIZE)], dtype="datetime64[D]"
    )
    ends = np.array(
        [date.fromordinal(rng.randint(first, last)) for _ in range(SIZE)], dtype="datetime64[D]"
    )
    # numpy's busday_count counts a backward span with other ends: compare forward spans.
    starts, ends = np.minimum(starts, ends), np.maximum(starts, ends)
    counts = np.array([rng.randint(-40, 40) for _ in range(SIZE)], dtype=np.int64)
    off = np.array([d for y in range(1999, 2052) for d in wc.holidays.holidays(y)], "datetime64[D]")
    calendar = np.busdaycalendar(weekmask="1111100", holidays=off)

    ahead = counts > 0

    def numpy_add() -> object:
        # numpy rolls a day off first: backward for n > 0, forward otherwise, as ours counts.
        out = np.empty_like(starts)
        out[ahead] = np.busday_offset(
            starts[ahead], counts[ahead], roll="backward", busdaycal=calendar
        )
        out[~ahead] = np.busday_offset(
            starts[~ahead], counts[~ahead], roll="forward", busdaycal=calendar
        )
        return out

    def numpy_count() -> object:
        # busday_count counts [a, b); ours counts (a, b]: the same after a day's shift.
        return np.busday_count(starts + 1, ends + 1, busdaycal=calendar)

    ours = wc.add_working_days_array(starts, counts)
    same = bool((ours == numpy_add()).all())
    same &= (wc.is_working_day_array(starts) == np.is_busday(starts, busdaycal=calendar)).all()
    same &= bool((wc.working_days_between_array(starts, ends) == numpy_count()).all())
    print(f"CHECK batch path equals numpy on {SIZE:,} cases: {'ok' if same else 'DIFFERENT'}")
    sample = slice(0, 100_000)
    loop_starts, loop_counts = starts[sample].tolist(), counts[sample].tolist()

    def loop() -> None:
        for d, n in zip(loop_starts, loop_counts, strict=True):
            wc.add_working_days(d, n)

    rows = [
        (
            "add_working_days_array",
            best(lambda: wc.add_working_days_array(starts, counts)),
            best(numpy_add),
        ),
        (
            "is_working_day_array",
            best(lambda: wc.is_working_day_array(starts)),
            best(lambda: np.is_busday(starts, busdaycal=calendar)),
        ),
        (
            "working_days_between_array",
            best(lambda: wc.working_days_between_array(starts, ends)),
            best(numpy_count),
        ),
    ]
    loop_s = best(loop) * SIZE / len(loop_starts)
    print(
        f"# {platform.python_implementation()} {platform.python_version()}, numpy {np.__version__}"
    )
    print(f"# charter {charter.__version__}, {platform.machine()}, {SIZE:,} dates, best of {RUNS}")
    verdicts = []
    for name, mine, theirs in rows:
        ratio = mine / theirs
        times = f"{mine * 1000:8.1f} ms   numpy {theirs * 1000:8.1f} ms"
        print(f"batch {name:<27} {times}   {ratio:4.2f}x")
        verdicts.append((name, ratio))
    print(f"batch scalar loop (Python, extrapolated) {loop_s * 1000:8.1f} ms")
    for name, ratio in verdicts:
        word = "PASS" if ratio <= TARGET else "FAIL"
        print(f"{word} {name} within {TARGET}x numpy ({ratio:.2f}x)")


if __name__ == "__main__":
    main()
