"""Benchmark ``charter.deadline``: one deadline with its steps, and a million in a loop.

Run from the repository root::

    .venv/bin/python benchmarks/bench_deadline.py

Measures the median time of one ``deadline(...)`` call with its steps (SERVICE_STANDARD,
5 and 250 working days, federal holidays, received instants spread over 2026-2027: about
240 days, which the calendar remembers after the first batch), the same for receipts each
on a day of its own (3 000 days: more than the calendar remembers, so each deadline is
worked out afresh), then times 1 000 000 calls in a plain loop. Targets: under 10 µs per
deadline, under 10 s for the million. Informational: always exits 0; result lines start with
``deadline``, ``loop``, ``PASS`` or ``FAIL``.
"""

from __future__ import annotations

import platform
import time
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from _timing import per_call, verdict

import charter
from charter import SERVICE_STANDARD, Period, Unit, WorkingCalendar, belgium, deadline

BRUSSELS = ZoneInfo("Europe/Brussels")
CALENDAR = WorkingCalendar(holidays=belgium.FEDERAL_ADMINISTRATION, timezone="Europe/Brussels")
RECEIVED = [
    datetime(2026, 1, 1, 9, tzinfo=BRUSSELS) + timedelta(minutes=347 * k) for k in range(1000)
]
#: Receipts each on a day of its own, more days than a calendar remembers per rule and
#: period (1 024): every deadline is worked out afresh, none remembered.
DISTINCT_DAYS = [
    datetime(2020, 1, 1, 9, tzinfo=BRUSSELS) + timedelta(days=k, minutes=37 * k)
    for k in range(3000)
]
PER_CALL_TARGET_US = 10.0
LOOP_TARGET_S = 10.0
LOOP_CALLS = 1_000_000


def main() -> None:
    print(f"# charter {charter.__version__}, Python {platform.python_version()}")
    print(f"# SERVICE_STANDARD, federal holidays; {len(RECEIVED)} received instants in 2026-2027")
    results: dict[int, float] = {}
    for n in (5, 250):
        period = Period(n, Unit.WORKING_DAYS)

        def batch(period: Period = period) -> None:
            for received in RECEIVED:
                deadline(received, period, calendar=CALENDAR, rule=SERVICE_STANDARD)

        results[n] = per_call(batch, len(RECEIVED)) * 1e6
        example = deadline(RECEIVED[0], period, calendar=CALENDAR)
        print(
            f"deadline n={n:<4} {results[n]:6.2f} µs per call ({len(example.steps)} steps "
            f"for the first)"
        )
    period = Period(5, Unit.WORKING_DAYS)

    def afresh() -> None:
        for received in DISTINCT_DAYS:
            deadline(received, period, calendar=CALENDAR, rule=SERVICE_STANDARD)

    cold = per_call(afresh, len(DISTINCT_DAYS)) * 1e6
    print(f"deadline n=5    {cold:6.2f} µs per call, each receipt on a day of its own (afresh)")
    start = time.perf_counter()
    for k in range(LOOP_CALLS):
        deadline(RECEIVED[k % len(RECEIVED)], period, calendar=CALENDAR)
    loop = time.perf_counter() - start
    print(f"loop 1 000 000 deadlines (5 working days) in {loop:.2f} s")
    for n, value in results.items():
        verdict(
            value <= PER_CALL_TARGET_US, f"n={n}: {value:.2f} µs <= {PER_CALL_TARGET_US:.0f} µs"
        )
    verdict(loop <= LOOP_TARGET_S, f"1 000 000 deadlines in {loop:.2f} s <= {LOOP_TARGET_S:.0f} s")


if __name__ == "__main__":
    main()
