"""Peers of the differential tests that a run may leave out, and how a test says it needs one."""

import os

import pytest

from charter.errors import MissingDependencyError

#: The extra the suite was installed with: ``test`` (every peer), or ``test-base``, without
#: the ``holidays`` package (.ci/matrix runs so, on python-dateutil 4, which it excludes).
#: Only then is a test that needs the package skipped; anywhere else its absence fails it.
WITHOUT_HOLIDAYS = os.environ.get("CHARTER_TEST_EXTRA") == "test-base"
#: For a test whose failure without the package would not say so (an exit code, a message).
NEEDS_HOLIDAYS = pytest.mark.skipif(
    WITHOUT_HOLIDAYS, reason="needs the holidays package, which the test-base extra leaves out"
)
#: How a failed example of the docs (Sybil) says the package was missing.
_MISSING_IN_AN_EXAMPLE = "MissingDependencyError: this needs the 'holidays' package"


def needs_holidays(error: BaseException) -> bool:
    """Whether *error* (or one it came from or holds) says the holidays package is missing."""
    if isinstance(error, MissingDependencyError) and "'holidays'" in str(error):
        return True
    if isinstance(error, ModuleNotFoundError) and error.name == "holidays":
        return True
    if type(error).__name__ == "SybilFailure" and _MISSING_IN_AN_EXAMPLE in str(error):
        return True
    if isinstance(error, BaseExceptionGroup):
        return any(needs_holidays(inner) for inner in error.exceptions)
    return any(
        inner is not None and needs_holidays(inner)
        for inner in (error.__cause__, error.__context__)
    )
