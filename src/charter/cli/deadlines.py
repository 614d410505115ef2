"""``charter deadline`` and ``charter deadlines``: promised reply dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from charter.cli.context import (
    LOCALES,
    Commands,
    Invocation,
    Parser,
    UsageError,
    event_arguments,
    events_from_options,
    guarantee_of,
    language_argument,
)

if TYPE_CHECKING:
    from datetime import datetime

    from charter.clock import Deadline
    from charter.model import Charter, Guarantee


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
        type=language_argument,
        metavar="LANG",
        help="explain in that language, in the words of a letter to the citizen "
        "(default: the steps, in English)",
    )
    deadline.add_argument(
        "--fallback",
        type=language_argument,
        metavar="LANG",
        help="with --lang: take the guarantee's description from LANG where it lacks the "
        "language (default: refuse)",
    )
    deadline.add_argument("--json", action="store_true", help="print JSON instead of text")
    deadline.set_defaults(run=run_deadline)

    deadlines = commands.add_parser(
        "deadlines", parents=[with_charter], help="the reply date of every guarantee"
    )
    deadlines.add_argument(
        "--received", required=True, metavar="WHEN", help="when the question arrived"
    )
    deadlines.add_argument("--json", action="store_true", help="print JSON instead of text")
    deadlines.set_defaults(run=run_deadlines)


def run_deadline(ctx: Invocation) -> None:
    """The reply date for one question, and how it was reached."""
    from charter.language.english import day_text, english, moment_text  # noqa: PLC0415
    from charter.language.steps import explain_step  # noqa: PLC0415 - Babel on use

    args = ctx.args
    if args.fallback is not None and args.lang is None:
        raise UsageError("--fallback is for --lang: the English steps take no text from the data")
    c = ctx.charter()
    g = guarantee_of(c, args.guarantee)
    zone = ZoneInfo(c.timezone)
    received = ctx.when(args.received, c.timezone, "--received")
    events = events_from_options(ctx, g, c.timezone)
    d = c.deadline(g.id, received, events)  # checks the history and that the guarantee allows it
    if args.lang is None:
        lines = [explain_step(step, zone) for step in d.steps]
    else:
        from charter.language import describe_deadline  # noqa: PLC0415

        text = describe_deadline(d, LOCALES[args.lang], kind=g.kind, register=c.register)
        lines = [*text.explanation, text.promise]
    if args.json:
        document = _deadline_json(g, d, c.timezone)
        if args.explain:
            document["explanation"] = lines
        ctx.json(document)
        return
    if args.lang is None:
        ctx.write(f"{g.id}: {english(g.description)} — {g.period} ({g.rule.name})")
        ctx.write(f"Received     {moment_text(received, zone)} ({c.timezone})")
        ctx.write(f"Answer by    {day_text(d.last_day)} (due before {moment_text(d.due, zone)})")
        heading = "How the date was reached:"
    else:
        heading = _header_in(ctx, c, g, d, args.lang, received)
    if args.explain:
        ctx.write()
        ctx.write(heading)
        for number, line in enumerate(lines, start=1):
            ctx.write(f"  {number}. {line}")


def _header_in(  # noqa: PLR0913, PLR0917 - the deadline and what it was asked for
    ctx: Invocation, c: Charter, g: Guarantee, d: Deadline, language: str, received: datetime
) -> str:
    """The deadline's first lines in *language*, as the letter below them; its heading."""
    from charter.language import describe_period  # noqa: PLC0415 - Babel on use
    from charter.language._texts import Texts  # noqa: PLC0415
    from charter.language.messages import Messages  # noqa: PLC0415

    m = Messages(LOCALES[language])
    zone = ZoneInfo(c.timezone)
    received, due = received.astimezone(zone), d.due.astimezone(zone)
    texts = Texts(language, ctx.args.fallback)
    title = texts.say(g.description, f"guarantees[{g.id}].description")
    texts.check()  # the header is in the language asked, or refused (see --fallback)
    if texts.fell_back and texts.fallback is not None:  # says which language it took
        title = f"{title} ({m.language_name(texts.fallback)})"
    period = describe_period(g.period, m)
    # Translators: the command's first line: a guarantee's id, its description, its period
    # ("informative: Antwoord op een informatieve vraag — vijf werkdagen").
    line = m.gettext("{id}: {description} — {period}")
    ctx.write(line.format(id=g.id, description=title, period=period))
    at = m.moment(received.date(), received.hour * 60 + received.minute, year=True)
    # Translators: a label of the command's output: when the question arrived ("Ontvangen:
    # woensdag 23 december 2026 om 10.00 uur"); {zone} is a time zone's name.
    ctx.write(m.gettext("Received: {moment} ({zone})").format(moment=at, zone=c.timezone))
    passes = m.moment(due.date(), due.hour * 60 + due.minute, year=True)
    # Translators: a label of the command's output: the last day to answer, then the
    # instant the period runs out ("de termijn verstrijkt op …", "le délai expire le …").
    answer = m.gettext("Answer by: {day} (the period runs out on {moment})")
    ctx.write(answer.format(day=m.full_date(d.last_day), moment=passes))
    # Translators: the heading of the numbered lines that explain the date.
    return m.gettext("How we reached the date:")


def _deadline_json(g: Guarantee, d: Deadline, zone: str) -> dict[str, Any]:
    """``charter.io.to_json(d)``, with the guarantee and the charter's zone."""
    from charter.io import to_json  # noqa: PLC0415

    form = to_json(d)
    return {
        "guarantee": g.id,
        "period": str(g.period),
        "rule": g.rule.name,
        "timezone": zone,
        "counts_from": g.starts.value,
        **{key: form[key] for key in ("received", "due", "last_day", "steps")},
    }


def run_deadlines(ctx: Invocation) -> None:
    """The reply date of every guarantee for one receipt."""
    from charter.clock import Start  # noqa: PLC0415

    c = ctx.charter()
    received = ctx.when(ctx.args.received, c.timezone, "--received")
    # A guarantee that counts from another event has no date until that event: its row
    # says which event, never a date counted from the receipt.
    rows = [
        (g, None if g.starts is not Start.RECEIVED else c.deadline(g.id, received))
        for g in c.guarantees
    ]
    if ctx.args.json:
        ctx.json(
            {
                "received": received.isoformat(),
                "deadlines": [
                    {
                        "guarantee": g.id,
                        "period": str(g.period),
                        "counts_from": g.starts.value,
                        "due": None if d is None else d.due.isoformat(),
                        "last_day": None if d is None else d.last_day.isoformat(),
                    }
                    for g, d in rows
                ],
            }
        )
        return
    width = max((len(g.id) for g, _ in rows), default=0)
    for g, d in rows:
        if d is None:
            what = f"counts from its start event ({g.starts.value}): give it to charter deadline"
            ctx.write(f"{g.id:<{width}}  {g.period!s:<16}  {what}")
            continue
        due = d.due.isoformat(timespec="minutes")
        ctx.write(f"{g.id:<{width}}  {g.period!s:<16}  due {due}  last day {d.last_day}")
