"""charter._records.builder: the same records as __init__, and never for a class that checks."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from attrs import field, frozen

from charter._records import builder
from charter.clock.events import Suspended
from charter.clock.rules import EndOfPeriod
from charter.clock.steps import EndsAt, SuspensionCounted


def test_a_built_record_equals_the_one_init_makes() -> None:
    due = datetime(2027, 1, 5, tzinfo=UTC)
    made = builder(EndsAt)(due, date(2027, 1, 4), EndOfPeriod.END_OF_DAY)
    assert made == EndsAt(due=due, last_day=date(2027, 1, 4), end=EndOfPeriod.END_OF_DAY)
    assert hash(made) == hash(
        EndsAt(due=due, last_day=date(2027, 1, 4), end=EndOfPeriod.END_OF_DAY)
    )
    assert repr(made).startswith("EndsAt(due=")
    with pytest.raises(AttributeError):
        made.due = due  # type: ignore[misc]  # still frozen


def test_every_field_is_given() -> None:
    build = builder(SuspensionCounted)
    at = datetime(2027, 1, 5, tzinfo=UTC)
    with pytest.raises(TypeError):
        build(at, at, 3)  # the default of `time` is not the builder's to fill


@frozen(kw_only=True)
class _Checked:
    value: int = field(converter=int)


@frozen(kw_only=True)
class _After:
    value: int

    def __attrs_post_init__(self) -> None:
        pass


@pytest.mark.parametrize("cls", [_Checked, _After, Suspended])
def test_a_class_that_checks_or_converts_is_refused(cls: type) -> None:
    with pytest.raises(TypeError, match="checks or converts"):
        builder(cls)
    assert callable(builder(cls, checked_by_caller=True))  # a caller that checks, says so
