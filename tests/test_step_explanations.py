"""The English step table (``charter deadline --explain``): every step type has its sentence."""

from __future__ import annotations

import inspect
import typing
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest

from charter import BE_JUDICIAL_CODE, CharterTypeError, Period, WorkingCalendar, belgium, deadline
from charter.calendars.working import DayOff, DayOffKind
from charter.clock import steps
from charter.clock.backward import deadline_before
from charter.clock.rules import EndOfPeriod
from charter.language.steps import explain_step
from charter.text import LocalizedText

BRUSSELS = ZoneInfo("Europe/Brussels")
LEGAL = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
STEP_TYPES = typing.get_args(steps.Step)


def test_every_step_class_is_a_step() -> None:
    defined = {
        cls
        for _, cls in inspect.getmembers(steps, inspect.isclass)
        if attrs.has(cls) and cls.__module__ in (steps.__name__, steps.DayOff.__module__)
    }
    assert defined == set(STEP_TYPES)


@pytest.mark.parametrize("kind", STEP_TYPES, ids=[kind.__name__ for kind in STEP_TYPES])
def test_every_step_type_has_its_sentence(kind: type) -> None:
    assert explain_step.dispatch(kind) is not explain_step.dispatch(object)


def test_what_is_not_a_step_is_refused() -> None:
    with pytest.raises(CharterTypeError, match=r"a step of charter\.clock\.steps"):
        explain_step("Received", BRUSSELS)  # type: ignore[arg-type]


def test_a_period_in_the_judicial_vacation() -> None:
    event = datetime(2027, 8, 16, tzinfo=BRUSSELS)
    d = deadline(
        event, "15 days", calendar=LEGAL, rule=BE_JUDICIAL_CODE.replace(judicial_vacation=True)
    )
    (vacation,) = [s for s in d.steps if isinstance(s, steps.JudicialVacation)]
    assert explain_step(vacation, BRUSSELS) == (
        "The period started and would end in the judicial vacation (1 July to 31 August): the "
        "last day moves from Tuesday 31 August 2027 to Wednesday 15 September 2027 (Judicial "
        "Code art. 50 §2)."
    )


@pytest.mark.parametrize(
    ("event", "period", "expected"),
    [
        (
            datetime(2027, 5, 4, 10, 20, tzinfo=BRUSSELS),
            "2 hours",
            (
                "Counted back from Tuesday 4 May 2027 at 10:20: the period starts on Tuesday "
                "4 May 2027."
            ),
        ),
        (
            datetime(2027, 5, 10, 9, tzinfo=BRUSSELS),
            "7 days",
            (
                "Counted back from Monday 10 May 2027 at 09:00: the period starts on Monday 3 May "
                "2027. The last day, Sunday 2 May 2027, is not a working day (rest day); a "
                "period counted back does not move it."
            ),
        ),
    ],
)
def test_a_period_counted_back(event: datetime, period: str, expected: str) -> None:
    d = deadline_before(event, period, calendar=LEGAL)
    assert explain_step(d.steps[0], BRUSSELS) == expected


def test_a_deadline_in_english_steps() -> None:
    d = deadline(datetime(2026, 12, 23, 10, tzinfo=BRUSSELS), "5 working days", calendar=LEGAL)
    assert [explain_step(step, BRUSSELS) for step in d.steps] == [
        "Received on Wednesday 23 December 2026 at 10:00.",
        "Counting starts on Thursday 24 December 2026.",
        "Friday 25 December 2026 does not count: Christmas Day (holiday).",
        "The period ends on Thursday 31 December 2026 at 24:00.",
    ]


AT = datetime(2026, 12, 23, 10, tzinfo=BRUSSELS)
MIDNIGHT = datetime(2026, 12, 24, tzinfo=BRUSSELS)
CHRISTMAS = date(2026, 12, 25)
SENTENCES = [
    (
        steps.MovedPastCutoff(on=MIDNIGHT.date(), at=MIDNIGHT, reason=steps.CutoffReason.POSTED),
        (
            "Received as a letter handed to the post: it counts as received on Thursday 24 "
            "December 2026 at 00:00."
        ),
    ),
    (
        steps.ExtensionCounted(at=AT, by=Period("10 days"), total=None),
        "Extended by 10 days on Wednesday 23 December 2026 at 10:00: counted from the last day.",
    ),
    (
        steps.ExtensionCounted(at=AT, by=Period("10 days"), total=Period("1 month 10 days")),
        (
            "Extended by 10 days on Wednesday 23 December 2026 at 10:00: 1 month 10 days in all, "
            "counted from the start."
        ),
    ),
    (
        steps.SuspensionCounted(
            suspended=AT, resumed=AT + timedelta(minutes=90), time=timedelta(minutes=90)
        ),
        (
            "Suspended from Wednesday 23 December 2026 at 10:00 to Wednesday 23 December 2026 at "
            "11:30: 1 hour 30 minutes not counted."
        ),
    ),
    (
        steps.RolledForward(
            from_day=CHRISTMAS,
            to_day=date(2026, 12, 28),
            reason=DayOff(
                date=CHRISTMAS,
                kind=DayOffKind.HOLIDAY,
                name=LocalizedText({"nl": "Kerstmis", "en": "Christmas Day"}),
            ),
        ),
        (
            "Friday 25 December 2026 is not a working day (Christmas Day): the last day moves to "
            "Monday 28 December 2026."
        ),
    ),
    (
        steps.MinimumWorkingDays(from_day=CHRISTMAS, to_day=date(2026, 12, 29), required=2),
        (
            "The period must hold 2 working days: the last day moves from Friday 25 December 2026 "
            "to Tuesday 29 December 2026."
        ),
    ),
    (
        steps.EndsAt(due=AT, last_day=AT.date(), end=EndOfPeriod.SAME_TIME),
        "The period ends on Wednesday 23 December 2026 at 10:00.",
    ),
]


@pytest.mark.parametrize(
    ("step", "expected"), SENTENCES, ids=[type(s).__name__ for s, _ in SENTENCES]
)
def test_a_step_in_english(step: steps.Step, expected: str) -> None:
    assert explain_step(step, BRUSSELS) == expected
