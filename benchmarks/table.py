"""The benchmark table of docs/performance.md, from one run on this machine.

Run from the repository root::

    .venv/bin/python benchmarks/table.py            # prints the table
    .venv/bin/python benchmarks/table.py --write    # rewrites it in docs/performance.md

Each row times one task with charter and with each peer that does the same task:
numpy, holidays, workalendar, pandas and opening-hours-py (the extra ``bench``). A peer
that is not installed says so in its cells; one that does not do the task has ``—``.
Ratios are the peer's time over charter's, from the same run (above 1: charter is
faster). Before timing, each peer's answers are checked against charter's on the same
inputs; a cell whose answers differ says so. Times are medians of warmed batches
(``_timing.per_call``); the machine is named under the table.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import platform
import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from _timing import fmt_us, per_call

import charter
from charter import (
    SERVICE_STANDARD,
    OpeningHours,
    Period,
    Unit,
    WorkingCalendar,
    belgium,
    compliance,
    deadline,
    examples,
    read_cases,
)

if TYPE_CHECKING:
    from collections.abc import Callable

PAGE = Path(__file__).parents[1] / "docs" / "performance.md"
START, END = "<!-- table:start -->", "<!-- table:end -->"
PEERS = ("numpy", "holidays", "workalendar", "pandas", "opening-hours-py")
MODULES = {
    "numpy": "numpy",
    "holidays": "holidays",
    "workalendar": "workalendar.europe",
    "pandas": "pandas",
    "opening-hours-py": "opening_hours",
}
ZONE = ZoneInfo("Europe/Brussels")
CALENDAR = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
YEARS = range(2000, 2101)
#: 200 start dates over 2026-2027, working days and days off alike.
STARTS = [date(2026, 1, 1) + timedelta(days=k * 730 // 200) for k in range(200)]
HOURS_TEXT = "Mo-Fr 09:00-12:00,13:00-16:00; PH off"
#: 40 instants of a Thursday, 04:07 every 29 minutes (no clock change that day).
INSTANTS = [datetime(2026, 3, 5, 4, 7, tzinfo=ZONE) + timedelta(minutes=29 * k) for k in range(40)]
ARRAY_SIZE = 1_000_000
CASES = 20_000


def fmt(seconds: float) -> str:
    """Seconds in µs, or in ms from a millisecond."""
    return f"{seconds * 1e3:.1f} ms" if seconds >= 1e-3 else fmt_us(seconds)


def peer(name: str) -> ModuleType | None:
    """The peer's module, or None when it is not installed."""
    try:
        return importlib.import_module(MODULES[name])
    except ImportError:
        return None


def timed(batch: Callable[[], object], calls: int) -> float:
    """Seconds per call: the median of warmed batches."""
    return per_call(batch, calls)


class Row:
    """One task: charter's time and each peer's (None: not this peer's task)."""

    def __init__(self, what: str, mine: float, unit: str = "per call") -> None:
        self.what, self.mine, self.unit = what, mine, unit
        self.cells: dict[str, str] = {}

    def peer(self, name: str, seconds: float | None, *, agrees: bool = True) -> None:
        if seconds is None:
            self.cells[name] = "not installed"
            return
        cell = f"{fmt(seconds)} ({seconds / self.mine:.2g}×)"
        self.cells[name] = cell if agrees else f"{cell}, other answers"

    def markdown(self) -> str:
        cells = [self.cells.get(name, "—") for name in PEERS]
        mine = f"{fmt(self.mine)} {self.unit}".strip()
        return f"| {self.what} | {mine} | " + " | ".join(cells) + " |"


def add_working_days() -> Row:
    """The 5th working day after a date (Belgian legal holidays, Monday to Friday)."""
    add = CALENDAR.add_working_days
    ours = [add(d, 5) for d in STARTS]
    row = Row("5th working day after a date", timed(lambda: [add(d, 5) for d in STARTS], 200))
    off = sorted(d for year in YEARS for d in belgium.LEGAL.in_year(year))
    np = peer("numpy")
    if np is None:
        row.peer("numpy", None)
    else:
        cal = np.busdaycalendar(weekmask="1111100", holidays=np.array(off, dtype="datetime64[D]"))
        starts64 = [np.datetime64(d, "D") for d in STARTS]
        offset = np.busday_offset

        def numpy_run() -> list[Any]:  # numpy.datetime64, from a module found at run time
            return [offset(d, 5, roll="backward", busdaycal=cal) for d in starts64]

        theirs = [d.astype(object) for d in numpy_run()]
        row.peer("numpy", timed(numpy_run, 200), agrees=theirs == ours)
    hol = peer("holidays")
    if hol is None:
        row.peer("holidays", None)
    else:
        be = hol.country_holidays("BE", years=YEARS, categories=hol.PUBLIC)
        theirs = [be.get_nth_working_day(d, 5) for d in STARTS]
        row.peer(
            "holidays",
            timed(lambda: [be.get_nth_working_day(d, 5) for d in STARTS], 200),
            agrees=theirs == ours,
        )
    work = peer("workalendar")
    if work is None:
        row.peer("workalendar", None)
    else:
        belgian = work.Belgium()
        theirs = [belgian.add_working_days(d, 5) for d in STARTS]
        row.peer(
            "workalendar",
            timed(lambda: [belgian.add_working_days(d, 5) for d in STARTS], 200),
            agrees=theirs == ours,
        )
    pd = peer("pandas")
    if pd is None:
        row.peer("pandas", None)
    else:
        # Counted from the day before the first working day from d: charter's meaning.
        five = pd.offsets.CustomBusinessDay(5, holidays=off)
        stamps = [pd.Timestamp(d) for d in STARTS]
        theirs = [(s + five).date() for s in stamps]
        row.peer("pandas", timed(lambda: [s + five for s in stamps], 200), agrees=theirs == ours)
    return row


def add_working_days_array() -> Row:
    """One million dates, each with its own number of working days (the batch path)."""
    np = peer("numpy")
    rng = random.Random(19)
    first, last = date(2000, 1, 1).toordinal(), date(2049, 12, 31).toordinal()
    starts = [date.fromordinal(rng.randint(first, last)) for _ in range(ARRAY_SIZE)]
    counts = [rng.randint(1, 40) for _ in range(ARRAY_SIZE)]
    if np is None:  # the batch path needs numpy: the scalar loop then
        add = CALENDAR.add_working_days
        pairs = list(zip(starts, counts, strict=True))[:100_000]
        row = Row(
            "1 000 000 dates + n working days (a loop)",
            timed(lambda: [add(d, n) for d, n in pairs], len(pairs)) * ARRAY_SIZE,
            "",
        )
        row.peer("numpy", None)
        return row
    dates = np.array(starts, dtype="datetime64[D]")
    n = np.array(counts, dtype=np.int64)
    off = np.array(
        [d for y in range(1999, 2052) for d in belgium.LEGAL.in_year(y)], "datetime64[D]"
    )
    cal = np.busdaycalendar(weekmask="1111100", holidays=off)
    ours = CALENDAR.add_working_days_array(dates, n)
    theirs = np.busday_offset(dates, n, roll="backward", busdaycal=cal)
    row = Row(
        "1 000 000 dates + n working days (arrays)",
        timed(lambda: CALENDAR.add_working_days_array(dates, n), 1),
        "",
    )
    row.peer(
        "numpy",
        timed(lambda: np.busday_offset(dates, n, roll="backward", busdaycal=cal), 1),
        agrees=bool((ours == theirs).all()),
    )
    return row


def is_open() -> Row:
    """Whether an office is open at an instant (warm: the day evaluated already)."""
    hours = OpeningHours.from_osm(HOURS_TEXT, timezone="Europe/Brussels", holidays=belgium.LEGAL)
    ours = [hours.is_open(t) for t in INSTANTS]
    row = Row(
        "is an office open at an instant", timed(lambda: [hours.is_open(t) for t in INSTANTS], 40)
    )
    oh = peer("opening-hours-py")
    if oh is None:
        row.peer("opening-hours-py", None)
    else:
        theirs_hours = oh.OpeningHours(HOURS_TEXT, timezone=ZONE, country="BE")
        theirs = [theirs_hours.is_open(t) for t in INSTANTS]
        row.peer(
            "opening-hours-py",
            timed(lambda: [theirs_hours.is_open(t) for t in INSTANTS], 40),
            agrees=theirs == ours,
        )
    return row


def one_deadline() -> Row:
    """A deadline with its steps: 5 working days, a service standard."""
    period = Period(5, Unit.WORKING_DAYS)
    received = [
        datetime(2026, 1, 1, 9, tzinfo=ZONE) + timedelta(minutes=347 * k) for k in range(1000)
    ]

    def run() -> None:
        for r in received:
            deadline(r, period, calendar=CALENDAR, rule=SERVICE_STANDARD)

    return Row("a deadline with its steps", timed(run, len(received)))


def evaluate_and_compliance() -> tuple[Row, Row]:
    """``Charter.evaluate`` on the mix of bench_cases.py; compliance read from CSV."""
    from bench_cases import AT, rows  # noqa: PLC0415 - the benchmark's mix of cases

    service = examples.load()
    lines = rows(CASES, seed=4)
    text = "reference,guarantee,received,answered,suspensions,extensions\n" + "\n".join(lines)
    cases = [c for c in read_cases(io.StringIO(text)) if c.received <= AT]

    def run() -> None:
        for case in cases:
            service.evaluate(case, AT)

    evaluate = Row("`Charter.evaluate`, a mix of cases", timed(run, len(cases)), "per case")
    read = Row(
        "compliance from CSV (read and evaluate)",
        timed(lambda: compliance(service, read_cases(io.StringIO(text)), at=AT), CASES),
        "per case",
    )
    return evaluate, read


def machine() -> str:
    """The machine's CPU model, cores, Python and platform."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.partition(":")[2].strip()
                break
    return (
        f"{model}, {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()}, {platform.system()} {platform.machine()}"
    )


def versions() -> str:
    found = []
    for name in PEERS:
        module = peer(name)
        if module is None:
            found.append(f"{name} not installed")
            continue
        from importlib.metadata import version  # noqa: PLC0415

        dist = {"workalendar": "workalendar", "opening-hours-py": "opening_hours_py"}.get(
            name, name
        )
        found.append(f"{name} {version(dist)}")
    return ", ".join(found)


def table() -> str:
    rows = [add_working_days(), add_working_days_array(), is_open(), one_deadline()]
    rows.extend(evaluate_and_compliance())
    head = "| task | charter | " + " | ".join(PEERS) + " |"
    rule = "|---|---|" + "---|" * len(PEERS)
    lines = [head, rule, *(row.markdown() for row in rows)]
    stamp = datetime.now(UTC).date().isoformat()
    lines += [
        "",
        f"Measured {stamp} on {machine()}; charter {charter.__version__}; {versions()}.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help=f"rewrite the table in {PAGE.name}")
    args = parser.parse_args()
    text = table()
    if not args.write:
        print(text)
        return
    page = PAGE.read_text(encoding="utf-8")
    before, start, rest = page.partition(START)
    _, end, after = rest.partition(END)
    if not start or not end:
        sys.exit(f"{PAGE} has no {START} ... {END} section")
    PAGE.write_text(f"{before}{START}\n{text}\n{END}{after}", encoding="utf-8")
    print(f"wrote the table in {PAGE}")


if __name__ == "__main__":
    main()
