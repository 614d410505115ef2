"""``charter deadline`` and ``charter deadlines``: promised reply dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from charter.cli.context import (
    LANGUAGES,
    LOCALES,
    Commands,
    Context,
    Parser,
    day_text,
    duration_text,
    english,
    event_arguments,
    events_from_options,
    guarantee_of,
    moment_text,
    plural,
)

if TYPE_CHECKING:
    from charter.clock import Deadline
    from charter.clock.steps import Step
    from charter.model import Guarantee


def register(commands: Commands, with_charter: Parser) -> None:
    """Add ``deadline`` and ``deadlines`` to *commands*."""
    deadline = commands.add_parser(
        "deadline", parents=[with_charter], help="the promised reply date for one question"
    )
    deadline.add_argument("guarantee", metavar="GUARANTEE", help="the guarantee's id")
    deadline.add_argument(
        "--received", required=True, metavar="WHEN", help="when the question arrived"
    )
    event_arguments(deadline)
    deadline.add_argument("--explain", action="store_true", help="the steps behind the date")
    deadline.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="explain in nl, fr, de or en, in the words of a letter to the citizen "
        "(default: the steps, in English)",
    )
    deadline.add_argument("--json", action="store_true", help="print JSON instead of text")
    deadline.set_defaults(run=run_deadline)

    deadlines = commands.add_parser(
        "deadlines", parents=[with_charter], help="the reply date of every guarantee"
    )
    deadlines.add_argument("--received", required=True, metavar="WHEN")
    deadlines.add_argument("--json", action="store_true", help="print JSON instead of text")
    deadlines.set_defaults(run=run_deadlines)


def run_deadline(ctx: Context) -> None:
    """The reply date for one question, and how it was reached."""
    from charter.cases import Case  # noqa: PLC0415

    args = ctx.args
    c = ctx.charter()
    g = guarantee_of(c, args.guarantee)
    zone = ZoneInfo(c.timezone)
    received = ctx.when(args.received, c.timezone, "--received")
    events = events_from_options(ctx, g, c.timezone)
    case = Case(guarantee=g.id, received=received, events=events)
    d = c.deadline(g.id, received, case.events)  # checks the guarantee allows the events
    if args.lang is None:
        lines = [_explained(step, zone) for step in d.steps]
    else:
        from charter.language import describe_deadline  # noqa: PLC0415 - Babel only for --lang

        text = describe_deadline(d, LOCALES[args.lang])
        lines = [*text.explanation, text.promise]
    if args.json:
        document = _deadline_json(g, d, c.timezone)
        if args.explain:
            document["explanation"] = lines
        ctx.json(document)
        return
    ctx.write(f"{g.id}: {english(g.description)} — {g.period} ({g.rule.name})")
    ctx.write(f"Received     {moment_text(received, zone)} ({c.timezone})")
    ctx.write(f"Answer by    {day_text(d.last_day)} (due before {moment_text(d.due, zone)})")
    if args.explain:
        ctx.write()
        ctx.write("How the date was reached:")
        for number, line in enumerate(lines, start=1):
            ctx.write(f"  {number}. {line}")


def _deadline_json(g: Guarantee, d: Deadline, zone: str) -> dict[str, Any]:
    """``charter.io.to_json(d)``, with the guarantee and the charter's zone."""
    from charter.io import to_json  # noqa: PLC0415

    form = to_json(d)
    return {
        "guarantee": g.id,
        "period": str(g.period),
        "rule": g.rule.name,
        "timezone": zone,
        **{key: form[key] for key in ("received", "due", "last_day", "steps")},
    }


def run_deadlines(ctx: Context) -> None:
    """The reply date of every guarantee for one receipt."""
    c = ctx.charter()
    received = ctx.when(ctx.args.received, c.timezone, "--received")
    rows = [(g, c.deadline(g.id, received)) for g in c.guarantees]
    if ctx.args.json:
        ctx.json(
            {
                "received": received.isoformat(),
                "deadlines": [
                    {
                        "guarantee": g.id,
                        "period": str(g.period),
                        "due": d.due.isoformat(),
                        "last_day": d.last_day.isoformat(),
                    }
                    for g, d in rows
                ],
            }
        )
        return
    width = max((len(g.id) for g, _ in rows), default=0)
    for g, d in rows:
        due = d.due.isoformat(timespec="minutes")
        ctx.write(f"{g.id:<{width}}  {g.period!s:<16}  due {due}  last day {d.last_day}")


def _explained(step: Step, zone: ZoneInfo) -> str:  # noqa: C901, PLR0911 - one case a step
    """One step in English (the localised texts come with ``charter.language``)."""
    from charter.clock import steps  # noqa: PLC0415
    from charter.clock.rules import EndOfPeriod  # noqa: PLC0415

    if isinstance(step, steps.Received):
        return f"Received on {moment_text(step.at, zone)}."
    if isinstance(step, steps.MovedPastCutoff):
        why = {
            steps.CutoffReason.AFTER_CUTOFF_TIME: "after the day's cut-off time",
            steps.CutoffReason.NON_WORKING_DAY: "on a day that is not a working day",
            steps.CutoffReason.OUTSIDE_HOURS: "outside opening hours",
            steps.CutoffReason.PRESENTED: "as a registered letter presented",
            steps.CutoffReason.POSTED: "as a letter handed to the post",
        }[step.reason]
        return f"Received {why}: it counts as received on {moment_text(step.at, zone)}."
    if isinstance(step, steps.CountingStarts):
        local = step.at.astimezone(zone)
        at = f" at {local:%H:%M}" if (local.hour, local.minute) != (0, 0) else ""
        return f"Counting starts on {day_text(step.on)}{at}."
    if isinstance(step, steps.DayOff):
        name = english(step.name) or "not a working day"
        return (
            f"{day_text(step.date)} does not count: {name} ({step.kind.value.replace('_', ' ')})."
        )
    if isinstance(step, steps.ExtensionCounted):
        how = (
            f"{step.total} in all, counted from the start"
            if step.total is not None
            else "counted from the last day"
        )
        return f"Extended by {step.by} on {moment_text(step.at, zone)}: {how}."
    if isinstance(step, steps.SuspensionCounted):
        taken = plural(step.days, "day") if not step.time else duration_text(step.time)
        return (
            f"Suspended from {moment_text(step.suspended, zone)} to "
            f"{moment_text(step.resumed, zone)}: {taken} not counted."
        )
    if isinstance(step, steps.RolledForward):
        reason = f" ({english(step.reason.name)})" if step.reason and step.reason.name else ""
        return (
            f"{day_text(step.from_day)} is not a working day{reason}: the last day moves to "
            f"{day_text(step.to_day)}."
        )
    if isinstance(step, steps.MinimumWorkingDays):
        return (
            f"The period must hold {step.required} working days: the last day moves from "
            f"{day_text(step.from_day)} to {day_text(step.to_day)}."
        )
    if isinstance(step, steps.EndsAt):
        if step.end is EndOfPeriod.END_OF_DAY:
            return f"The period ends on {day_text(step.last_day)} at 24:00."
        return f"The period ends on {moment_text(step.due, zone)}."
    return type(step).__name__  # pragma: no cover - every step is named above
