"""Shared test set-up: Hypothesis profiles (HYPOTHESIS_PROFILE=ci|dev, default dev), the oracle."""

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from oracle_client import Oracle, oracle_available

settings.register_profile(
    "dev", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci",
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def oracle() -> Iterator[Oracle]:
    """opening_hours.js, running in node; skipped without node, except in CI, where it fails."""
    reason = oracle_available()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"the opening_hours.js oracle must run in CI: {reason}")
        pytest.skip(reason)
    with Oracle() as running:
        yield running
