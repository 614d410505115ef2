"""Names renamed in issue 15: each old name still works for one release, and warns."""

from __future__ import annotations

import importlib

import pytest

import charter
from charter.cases import CaseEvaluator
from charter.clock.deadline import unchecked_deadline
from charter.hours.evaluate import HoursEvaluator
from charter.io.converter import DocumentScope, make_converter

#: (module, old name, the object the new name gives)
RENAMED_NAMES = [
    ("charter.cases", "Evaluator", CaseEvaluator),
    ("charter.cases.status", "Evaluator", CaseEvaluator),
    ("charter.hours.evaluate", "Evaluator", HoursEvaluator),
    ("charter.clock.deadline", "history_deadline", unchecked_deadline),
    ("charter.io.converter", "Context", DocumentScope),
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


def test_a_counting_rule_replace_and_but_warns() -> None:
    from datetime import time  # noqa: PLC0415

    changed = charter.SERVICE_STANDARD.replace(cutoff=time(16))
    assert changed.cutoff == time(16)
    with pytest.warns(DeprecationWarning, match=r"CountingRule.but is deprecated.*replace"):
        assert charter.SERVICE_STANDARD.but(cutoff=time(16)) == changed


def test_seasons_and_special_hours_match_days_and_names_warns() -> None:
    from datetime import date  # noqa: PLC0415

    from charter.hours import MonthDay, Season, SpecialHours, WeeklySchedule  # noqa: PLC0415

    season = Season(
        start=MonthDay.parse("Jul 1"),
        end=MonthDay.parse("Aug 31"),
        weekly=WeeklySchedule.parse({"Mo": "09:00-12:00"}),
    )
    special = SpecialHours(start=date(2026, 8, 14), end=date(2026, 8, 14))
    for value, day in ((season, date(2026, 7, 20)), (special, date(2026, 8, 14))):
        assert value.matches(day)
        with pytest.warns(DeprecationWarning, match=rf"{type(value).__name__}.names"):
            assert value.names(day)


def test_an_osm_rule_matches_a_day_and_names_is_the_same_method() -> None:
    from datetime import date  # noqa: PLC0415

    from charter.hours.rules import Rule  # noqa: PLC0415

    hours = charter.OpeningHours.from_osm("Mo-Fr 09:00-12:00", timezone="Europe/Brussels")
    rule = hours.rules[0]
    assert rule.matches(date(2026, 5, 4), None)
    assert not rule.matches(date(2026, 5, 3), None)
    with pytest.warns(DeprecationWarning, match="Rule.matches"):
        assert Rule.names(rule, date(2026, 5, 4), None)


def test_make_converter_context_keyword_warns() -> None:
    scope = DocumentScope(timezone="Europe/Brussels", calendars={})
    with pytest.warns(DeprecationWarning, match=r"make_converter\(context=...\)"):
        converter = make_converter(context=scope)
    hours = converter.structure("Mo 09:00-12:00", charter.OpeningHours)
    assert hours.to_osm() == "Mo 09:00-12:00"
