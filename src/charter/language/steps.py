"""The steps of a deadline in plain English: one function a step type.

``charter deadline --explain`` prints these lines; a letter to the citizen says the steps
in its own language with :func:`charter.language.describe_deadline`. A new step type in
:mod:`charter.clock.steps` gets its sentence here, as one more registered function (a
test fails for a step type without one).

>>> from datetime import date, datetime
>>> from zoneinfo import ZoneInfo
>>> from charter.clock.steps import CountingStarts
>>> brussels = ZoneInfo("Europe/Brussels")
>>> start = datetime(2026, 12, 24, tzinfo=brussels)
>>> explain_step(CountingStarts(on=start.date(), at=start), brussels)
'Counting starts on Thursday 24 December 2026.'
"""

from __future__ import annotations

from functools import singledispatch
from zoneinfo import ZoneInfo

from charter.clock.events import Start
from charter.clock.rules import EndOfPeriod
from charter.clock.steps import (
    CountedBack,
    CountingFrom,
    CountingStarts,
    CutoffReason,
    DayOff,
    EndsAt,
    ExtendedUntil,
    ExtensionCounted,
    JudicialVacation,
    MinimumWorkingDays,
    MovedPastCutoff,
    Received,
    RolledForward,
    Step,
    SuspensionCounted,
)
from charter.errors import CharterTypeError
from charter.language.english import day_text, duration_text, english, moment_text, plural

__all__ = ["explain_step"]


@singledispatch
def explain_step(step: Step, zone: ZoneInfo) -> str:  # noqa: ARG001 - refuses a non-step
    """*step* as one English sentence, its instants in *zone*."""
    raise CharterTypeError.expected("a step of charter.clock.steps", step)


@explain_step.register
def _received(step: Received, zone: ZoneInfo) -> str:
    return f"Received on {moment_text(step.at, zone)}."


#: What each start event is, after "Counting from" (English).
START_EVENTS = {
    Start.COMPLETE: "the file being complete",
    Start.ACKNOWLEDGED: "the acknowledgement of receipt",
    Start.ADMISSIBLE: "the declaration of admissibility",
    Start.NOTIFIED: "the notification of the decision",
    Start.RECEIVED: "the receipt",
}


@explain_step.register
def _counting_from(step: CountingFrom, zone: ZoneInfo) -> str:
    return f"The period counts from {START_EVENTS[step.start]}, on {moment_text(step.at, zone)}."


_CUTOFF_REASONS = {
    CutoffReason.AFTER_CUTOFF_TIME: "after the day's cut-off time",
    CutoffReason.NON_WORKING_DAY: "on a day that is not a working day",
    CutoffReason.OUTSIDE_HOURS: "outside opening hours",
    CutoffReason.PRESENTED: "as a registered letter presented",
    CutoffReason.POSTED: "as a letter handed to the post",
}


@explain_step.register
def _moved_past_cutoff(step: MovedPastCutoff, zone: ZoneInfo) -> str:
    why = _CUTOFF_REASONS[step.reason]
    return f"Received {why}: it counts as received on {moment_text(step.at, zone)}."


@explain_step.register
def _counting_starts(step: CountingStarts, zone: ZoneInfo) -> str:
    # days_off is not said: the DayOff and RolledForward steps name the days it skips.
    local = step.at.astimezone(zone)
    at = f" at {local:%H:%M}" if (local.hour, local.minute) != (0, 0) else ""
    return f"Counting starts on {day_text(step.on)}{at}."


@explain_step.register
def _day_off(step: DayOff, zone: ZoneInfo) -> str:  # noqa: ARG001 - a day has no zone
    name = english(step.name) or "not a working day"
    return f"{day_text(step.date)} does not count: {name} ({step.kind.value.replace('_', ' ')})."


@explain_step.register
def _extension_counted(step: ExtensionCounted, zone: ZoneInfo) -> str:
    how = (
        f"{step.total} in all, counted from the start"
        if step.total is not None
        else "counted from the last day"
    )
    return f"Extended by {step.by} on {moment_text(step.at, zone)}: {how}."


@explain_step.register
def _extended_until(step: ExtendedUntil, zone: ZoneInfo) -> str:
    return (
        f"Extended on {moment_text(step.at, zone)} by a notice: the answer is due by "
        f"{day_text(step.until)}."
    )


@explain_step.register
def _suspension_counted(step: SuspensionCounted, zone: ZoneInfo) -> str:
    taken = plural(step.days, "day") if not step.time else duration_text(step.time)
    return (
        f"Suspended from {moment_text(step.suspended, zone)} to "
        f"{moment_text(step.resumed, zone)}: {taken} not counted."
    )


@explain_step.register
def _rolled_forward(step: RolledForward, zone: ZoneInfo) -> str:  # noqa: ARG001
    reason = f" ({english(step.reason.name)})" if step.reason and step.reason.name else ""
    return (
        f"{day_text(step.from_day)} is not a working day{reason}: the last day moves to "
        f"{day_text(step.to_day)}."
    )


@explain_step.register
def _judicial_vacation(step: JudicialVacation, zone: ZoneInfo) -> str:  # noqa: ARG001
    return (
        "The period started and would end in the judicial vacation (1 July to 31 August): "
        f"the last day moves from {day_text(step.from_day)} to {day_text(step.to_day)} "
        "(Judicial Code art. 50 §2)."
    )


@explain_step.register
def _minimum_working_days(step: MinimumWorkingDays, zone: ZoneInfo) -> str:  # noqa: ARG001
    return (
        f"The period must hold {step.required} working days: the last day moves from "
        f"{day_text(step.from_day)} to {day_text(step.to_day)}."
    )


@explain_step.register
def _counted_back(step: CountedBack, zone: ZoneInfo) -> str:
    sentence = (
        f"Counted back from {moment_text(step.event, zone)}: the period starts on "
        f"{day_text(step.period_starts)}."
    )
    if step.not_moved is None:
        return sentence
    off = step.not_moved
    name = english(off.name) or off.kind.value.replace("_", " ")
    return (
        f"{sentence} The last day, {day_text(off.date)}, is not a working day ({name}); "
        "a period counted back does not move it."
    )


@explain_step.register
def _ends_at(step: EndsAt, zone: ZoneInfo) -> str:
    if step.end is EndOfPeriod.END_OF_DAY:
        return f"The period ends on {day_text(step.last_day)} at 24:00."
    return f"The period ends on {moment_text(step.due, zone)}."
