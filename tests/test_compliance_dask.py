"""The compliance report computed over CSV partitions on Dask's local scheduler.

The pattern a distributed engine uses: one report per partition, added up. The result
equals the report of one process over the whole file (the lines of skipped rows aside:
each partition counts its own lines).
"""

from __future__ import annotations

from pathlib import Path

import dask
from dask.bytes import read_bytes

from casebook import CHARTER, at, report_of_block, write_cases_csv
from charter import ComplianceReport, compliance, read_cases

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
