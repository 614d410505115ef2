"""Benchmark charter documents: load the default example, a big charter, and import.

Run from the repository root::

    .venv/bin/python benchmarks/bench_documents.py

Targets: loading and validating the default example under 20 ms; a charter with 1 000
channels and 1 000 guarantees under 1 s; ``import charter`` under 150 ms (a fresh
interpreter, median of several). Informational: always exits 0.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from _timing import verdict

import charter
from charter import examples

LOAD_TARGET_MS = 20.0
BIG_TARGET_S = 1.0
IMPORT_TARGET_MS = 150.0


def big_document(count: int) -> str:
    """A valid document with *count* channels and *count* guarantees."""
    document = json.loads(charter.dumps(examples.load()))
    template_channel = document["channels"][0]
    template_guarantee = document["guarantees"][1]
    document["channels"] = [{**template_channel, "id": f"channel-{k}"} for k in range(count)]
    document["guarantees"] = [
        {**template_guarantee, "id": f"guarantee-{k}", "channels": [f"channel-{k}"]}
        for k in range(count)
    ]
    document["reachability"] = []
    document["referral"] = None
    document["quality"] = None
    return json.dumps(document)


def median_ms(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1e3)
    return statistics.median(samples)


def main() -> None:
    text = examples.text()
    charter.loads(text)  # warm: imports, caches of the built-in calendars
    load_ms = median_ms(lambda: charter.loads(text), 30)
    print(f"load default example {load_ms:.1f} ms (median of 30)")
    big = big_document(1000)
    big_s = median_ms(lambda: charter.loads(big), 3) / 1e3
    print(f"load 1 000 channels + 1 000 guarantees {big_s:.2f} s (median of 3)")
    imports = []
    for _ in range(5):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import charter"],
            capture_output=True,
            text=True,
            check=True,
        )
        last = done.stderr.strip().splitlines()[-1]
        imports.append(int(last.split("|")[1]) / 1e3)
    import_ms = statistics.median(imports)
    print(f"import charter {import_ms:.0f} ms (median of 5 fresh interpreters)")
    verdict(
        load_ms <= LOAD_TARGET_MS, f"default example {load_ms:.1f} ms <= {LOAD_TARGET_MS:.0f} ms"
    )
    verdict(big_s <= BIG_TARGET_S, f"1 000 + 1 000 in {big_s:.2f} s <= {BIG_TARGET_S:.0f} s")
    verdict(
        import_ms <= IMPORT_TARGET_MS, f"import {import_ms:.0f} ms <= {IMPORT_TARGET_MS:.0f} ms"
    )


if __name__ == "__main__":
    main()
