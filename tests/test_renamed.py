"""Names renamed in issue 15: each old name still works for one release, and warns."""

from __future__ import annotations

import importlib

import pytest

import charter
from charter.cases import CaseEvaluator
from charter.hours.evaluate import HoursEvaluator

#: (module, old name, the object the new name gives)
RENAMED_NAMES = [
    ("charter.cases", "Evaluator", CaseEvaluator),
    ("charter.cases.status", "Evaluator", CaseEvaluator),
    ("charter.hours.evaluate", "Evaluator", HoursEvaluator),
]


@pytest.mark.parametrize(("module", "old", "new"), RENAMED_NAMES)
def test_an_old_name_works_and_warns(module: str, old: str, new: object) -> None:
    with pytest.warns(DeprecationWarning, match=rf"{module}\.{old} is deprecated"):
        found = getattr(importlib.import_module(module), old)
    assert found is new


@pytest.mark.parametrize("module", sorted({module for module, _, _ in RENAMED_NAMES}))
def test_an_unknown_name_is_still_an_attribute_error(module: str) -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        getattr(importlib.import_module(module), "Nope")  # noqa: B009 - the point


def test_an_outcome_says_suspended_since_and_open_since_warns() -> None:
    from datetime import datetime  # noqa: PLC0415
    from zoneinfo import ZoneInfo  # noqa: PLC0415

    from charter.cases import Case  # noqa: PLC0415

    brussels = ZoneInfo("Europe/Brussels")
    c = charter.examples.load()
    case = Case(
        guarantee="substantive",
        received=datetime(2026, 12, 1, 10, tzinfo=brussels),
        events=(charter.Suspended(at=datetime(2026, 12, 2, 10, tzinfo=brussels)),),
    )
    at = datetime(2026, 12, 3, 10, tzinfo=brussels)
    outcome = CaseEvaluator(c).outcome(case, at, at)
    assert outcome.suspended_since == datetime(2026, 12, 2, 10, tzinfo=brussels)
    with pytest.warns(DeprecationWarning, match="Outcome.open_since"):
        assert outcome.open_since == outcome.suspended_since
