"""Benchmark the ``charter`` command end to end, against ``python -c pass``.

Run from the repository root::

    .venv/bin/python benchmarks/bench_cli.py

Target (issue 7): ``charter deadline`` on the default example under 3 x the time of
``python -c pass``. For context it also times bare imports of the runtime dependencies the
design requires (attrs, cattrs, dateutil). Informational: always exits 0.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from _timing import verdict

RUNS = 21
TARGET_RATIO = 3.0
BIN = Path(sys.executable).parent


def wall_ms(argv: list[str]) -> float:
    """The median wall time of running *argv* to completion, in milliseconds."""
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 - fixed argv
        samples.append((time.perf_counter() - start) * 1e3)
    return statistics.median(samples)


def main() -> None:
    python, charter = str(BIN / "python"), str(BIN / "charter")
    rows = {
        "python -c pass": [python, "-c", "pass"],
        "python -c 'import attrs'": [python, "-c", "import attrs"],
        "python -c 'import attrs, cattrs, dateutil.relativedelta'": [
            python,
            "-c",
            "import attrs, cattrs, dateutil.relativedelta",
        ],
        "python -c 'import charter'": [python, "-c", "import charter"],
        "charter --version": [charter, "--version"],
        "charter holidays --year 2027": [charter, "holidays", "--year", "2027"],
        "charter deadline informative --received ... --explain": [
            charter,
            "deadline",
            "informative",
            "--received",
            "2026-12-23T10:00+01:00",
            "--explain",
        ],
    }
    print(f"# Python {sys.version.split()[0]}; median of {RUNS} runs each")
    times = {label: wall_ms(argv) for label, argv in rows.items()}
    base = times["python -c pass"]
    for label, ms in times.items():
        print(f"{label:58} {ms:7.1f} ms  {ms / base:5.1f} x")
    ratio = times["charter deadline informative --received ... --explain"] / base
    verdict(ratio <= TARGET_RATIO, f"charter deadline {ratio:.1f} x python -c pass <= 3 x")


if __name__ == "__main__":
    main()
