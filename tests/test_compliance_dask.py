"""The compliance report computed over CSV partitions on Dask's local scheduler.

The pattern a distributed engine uses: one report per partition, added up. The result
equals the report of one process over the whole file (the lines of skipped rows aside:
each partition counts its own lines).
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import dask
import pytest
from dask.bytes import read_bytes

from casebook import CHARTER, at, report_of_block, write_cases_csv
from charter import ComplianceReport, Status, compliance, examples, read_cases

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from bench_cases import KINDS, case_row

AT = at(2026, 9, 1, 12)


def test_partitions_on_dask_give_the_single_process_report(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    write_cases_csv(path, 3000, bad_every=97)
    header = path.read_text(encoding="utf-8").splitlines()[0]
    _, blocks = read_bytes(str(path), delimiter=b"\n", blocksize=20_000, sample=False)
    (partitions,) = blocks
    assert len(partitions) >= 4  # the file is really split
    reports = [
        dask.delayed(report_of_block)(block, None if index == 0 else header, AT, CHARTER)
        for index, block in enumerate(partitions)
    ]
    (merged,) = dask.compute(dask.delayed(sum)(reports), scheduler="processes", num_workers=2)
    single = compliance(CHARTER, read_cases(path), at=AT)
    assert isinstance(merged, ComplianceReport)
    assert merged.guarantees == single.guarantees
    assert merged.reachability == single.reachability
    assert merged.cases + merged.skipped.count == 3000
    assert merged.skipped.count == single.skipped.count == 3000 // 97
    assert sorted(p.reference or "" for p in merged.skipped.problems) == sorted(
        p.reference or "" for p in single.skipped.problems
    )
    assert single.guarantee("wd").cases > 100


def blocks_for(path: Path, workers: int) -> int:
    """The block size docs/cases.md recommends: four blocks per worker (1 MB at least there;
    here, for a small file, at least 4 KB)."""
    return max(4096, path.stat().st_size // (4 * workers))


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_process_scheduler_by_worker_count_gives_the_single_process_report(
    tmp_path: Path, workers: int
) -> None:
    """The blocks docs/cases.md recommends, on processes: the report of one process.

    The example's charter (working days, days, a month, service hours; suspensions and
    extensions allowed) and cases of every kind, a few unreadable.
    """
    path = tmp_path / "cases.csv"
    header = "reference,guarantee,received,answered,suspensions,extensions"
    rng = random.Random(workers)
    lines = [header] + [
        case_row(rng, number, *rng.choice([(g, shape) for g, shape, _ in KINDS.values()]))
        for number in range(1500)
    ]
    lines[77] = "R-bad,informative,not a date,,,"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    service = examples.load()
    at_ = datetime(2026, 12, 1, 12, tzinfo=ZoneInfo("Europe/Brussels"))
    _, (blocks,) = read_bytes(
        str(path), delimiter=b"\n", blocksize=blocks_for(path, workers), sample=False
    )
    assert len(blocks) == 4 * workers
    reports = [
        dask.delayed(report_of_block)(block, None if index == 0 else header, at_, service)
        for index, block in enumerate(blocks)
    ]
    total = dask.delayed(sum)(reports)  # one block per submission, as docs/cases.md says
    (merged,) = dask.compute(total, scheduler="processes", num_workers=workers, chunksize=1)
    single = compliance(service, read_cases(path), at=at_)
    assert merged.guarantees == single.guarantees
    assert merged.cases == single.cases == 1499
    assert merged.skipped.count == single.skipped.count == 1
    counts = {g.guarantee: g.cases for g in single.guarantees}
    assert min(counts[g] for g, _, _ in KINDS.values()) > 50  # every kind had its cases
    suspended = sum(g.counts[Status.SUSPENDED] for g in single.guarantees)
    assert suspended > 0
