"""Benchmark compliance over a CSV file of cases: one process, then Dask's schedulers.

Run from the repository root::

    .venv/bin/python benchmarks/bench_compliance_dask.py [--rows 1000000] [--workers 2]

Writes *rows* cases of the mix of ``bench_cases.py`` to a temporary CSV file, then
computes the compliance report over it: in this process (read and evaluated case by
case), on Dask's process scheduler and on its thread scheduler with *workers* workers,
one report per block of the file (four blocks per worker, ``docs/cases.md``), added up.
Prints the seconds, the speed-up over one process, and whether each report equals the
one process's (the lines of skipped rows aside). Informational: always exits 0; result
lines start with ``compliance``, ``PASS`` or ``FAIL``.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

import dask
from _timing import fmt_us, verdict
from bench_cases import AT, write_csv
from dask.bytes import read_bytes

import charter
from charter import Charter, ComplianceReport, compliance, examples, read_cases

#: Blocks per worker: enough to even out the load, few enough that each block's
#: start (a fresh evaluator's memos, the charter unpickled) stays small.
BLOCKS_PER_WORKER = 4
SPEEDUP_TARGET = 1.7


def block_size(path: Path, workers: int) -> int:
    """The block size that gives each worker ``BLOCKS_PER_WORKER`` blocks of *path*."""
    return max(1 << 20, path.stat().st_size // (workers * BLOCKS_PER_WORKER))


def report_of_block(block: bytes, header: str | None, service: Charter) -> ComplianceReport:
    """The report of one block of the CSV file (every block but the first lacks the header)."""
    text = block.decode("utf-8", errors="surrogateescape")
    if header is not None:
        text = f"{header}\n{text}"
    return compliance(service, read_cases(io.StringIO(text), name="cases.csv"), at=AT)


def on_dask(path: Path, service: Charter, scheduler: str, workers: int) -> ComplianceReport:
    header = path.read_text(encoding="utf-8").partition("\n")[0]
    size = block_size(path, workers)
    _, (blocks,) = read_bytes(str(path), delimiter=b"\n", blocksize=size, sample=False)
    reports = [
        dask.delayed(report_of_block)(block, None if index == 0 else header, service)
        for index, block in enumerate(blocks)
    ]
    # chunksize=1: one block per submission (Dask batches six by default, which leaves
    # a worker idle while another works through six blocks).
    (total,) = dask.compute(
        dask.delayed(sum)(reports), scheduler=scheduler, num_workers=workers, chunksize=1
    )
    return total  # type: ignore[no-any-return]


def same(a: ComplianceReport, b: ComplianceReport) -> bool:
    """Whether two reports agree (the lines of skipped rows aside: each block has its own)."""
    return (
        a.guarantees == b.guarantees
        and a.cases == b.cases
        and a.skipped.count == b.skipped.count
        and a.reachability == b.reachability
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rows, workers = args.rows, args.workers
    print(
        f"# charter {charter.__version__}, Python {sys.version.split()[0]}, dask {dask.__version__}"
    )
    print(
        f"# {os.cpu_count()} cores; {rows:,} cases of the mix of bench_cases.py; {workers} workers"
    )
    service = examples.load()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.csv"
        write_csv(path, rows)
        start = time.perf_counter()
        single = compliance(service, read_cases(path), at=AT)
        one = time.perf_counter() - start
        print(
            f"compliance one process        {one:7.1f} s   {fmt_us(one / rows):>9} per case"
            f"   ({single.cases:,} evaluated, {single.skipped.count:,} skipped)"
        )
        speedups = {}
        for scheduler in ("processes", "threads"):
            start = time.perf_counter()
            total = on_dask(path, service, scheduler, workers)
            seconds = time.perf_counter() - start
            speedups[scheduler] = one / seconds
            print(
                f"compliance dask {scheduler:9} x{workers} {seconds:7.1f} s   "
                f"{one / seconds:5.2f}x one process   "
                f"(blocks of {block_size(path, workers) / 1e6:.1f} MB; "
                f"{'the same report' if same(total, single) else 'ANOTHER REPORT'})"
            )
            verdict(same(total, single), f"{scheduler}: the report equals the one process's")
    verdict(
        speedups["processes"] >= SPEEDUP_TARGET,
        f"processes x{workers}: {speedups['processes']:.2f}x >= {SPEEDUP_TARGET}x one process",
    )


if __name__ == "__main__":
    main()
