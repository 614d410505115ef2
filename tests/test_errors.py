from pathlib import Path

import pytest

import charter
from charter import (
    CharterError,
    CharterTypeError,
    CharterValidationError,
    CharterValueError,
    Issue,
    MissingDependencyError,
    NaiveDatetimeError,
    UnknownCalendarError,
    UnknownLanguageError,
    UnknownTimezoneError,
    UnsupportedYearError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (CharterValueError, ValueError),
        (CharterTypeError, TypeError),
        (NaiveDatetimeError, ValueError),
        (UnsupportedYearError, ValueError),
        (UnknownTimezoneError, ValueError),
        (UnknownCalendarError, KeyError),
        (UnknownLanguageError, KeyError),
        (MissingDependencyError, ImportError),
        (CharterValidationError, ValueError),
    ],
)
def test_every_leaf_is_a_charter_error_and_a_builtin(error: type[Exception], builtin: type) -> None:
    assert issubclass(error, CharterError)
    assert issubclass(error, builtin)


def test_validation_error_lists_every_issue() -> None:
    issues = [
        Issue("$.channels[2].hours.monday[0]", "end 12:00 is before start 13:00"),
        Issue("$.guarantees[0].period", "'5 werkdagen' is not a period"),
    ]
    error = CharterValidationError(issues)
    assert error.issues == tuple(issues)
    assert str(error) == (
        "2 problems:\n"
        "  $.channels[2].hours.monday[0]: end 12:00 is before start 13:00\n"
        "  $.guarantees[0].period: '5 werkdagen' is not a period"
    )
    assert str(CharterValidationError(issues[:1])).startswith("1 problem:\n")


def test_messages_are_built_with_the_value() -> None:
    assert "datetime.datetime(2026, 1, 1, 0, 0)" in str(
        NaiveDatetimeError.for_value(__import__("datetime").datetime(2026, 1, 1))
    )
    assert str(MissingDependencyError.for_extra("holidays", "holidays")) == (
        "this needs the 'holidays' package: pip install 'charter[holidays]'"
    )
    assert str(CharterError()) == ""


def test_the_public_api_is_grouped_by_concept_and_importable() -> None:
    names = [name for name in charter.__all__ if name != "__version__"]
    assert len(names) == len(set(names))
    # Grouped by concept (docs/architecture.md), a comment naming each group.
    source = Path(charter.__file__).read_text(encoding="utf-8")
    listed = source[source.index("__all__ = [") :]
    groups = [line.strip() for line in listed.splitlines() if line.strip().startswith("# ")]
    assert "# Errors" in groups
    assert len(groups) >= 8
    for name in charter.__all__:
        assert getattr(charter, name) is not None
    assert charter.__version__.count(".") >= 2
