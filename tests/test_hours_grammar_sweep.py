"""The seeded sweep of the generative differential test against opening_hours.js.

The grammar, the comparison and the Hypothesis test are in tests/test_hours_grammar_oracle.py;
this sweep is a file of its own so that, with ``-n``, it runs beside that test rather than
after it (a file's tests run in one worker).
"""

from __future__ import annotations

import random
from datetime import timedelta

from oracle_client import Oracle
from test_hours_grammar_oracle import (
    _FIRST,
    _MINUTES,
    RANDOM_INSTANTS,
    SWEEP,
    RandomSource,
    _check,
    generate,
)


def test_seeded_values_agree_with_opening_hours_js(oracle: Oracle) -> None:
    """The same check over seeded values: Hypothesis draws simpler values, and repeats them."""
    failures: list[str] = []
    compared = 0
    for seed in range(SWEEP):
        rng = random.Random(seed)
        extra = [
            _FIRST + timedelta(minutes=rng.randrange(_MINUTES)) for _ in range(RANDOM_INSTANTS)
        ]
        try:
            compared += _check(oracle, generate(RandomSource(seed)), rng, extra)
        except AssertionError as error:
            failures.append(f"seed {seed}: {str(error).splitlines()[0]}")
    assert not failures, "\n".join([f"{len(failures)} of {SWEEP} values differ:", *failures])
    assert compared >= SWEEP // 2
