"""Shared test set-up: Hypothesis profiles (HYPOTHESIS_PROFILE=ci|dev, default dev)."""

import os

from hypothesis import HealthCheck, settings

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
