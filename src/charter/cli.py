"""The ``charter`` command. The only module that reads ``argv``, the clock, or prints.

Exit status: 0 success; 1 invalid data (a charter document, a CSV file, a case history)
or a failed check (``validate``); 2 a usage problem (an unknown option, guarantee or
channel, a malformed date). Every problem is one line on standard error,
``charter: error: ...``; ``--debug`` adds the traceback.

Whatever reaches the terminal passes through :func:`charter.cases._excerpt.for_terminal`
(text) or :func:`_json_text` (JSON): no control, bidi or line-break character from a
file, a charter or an argument is written raw (docs/design.md#limits-and-hostile-input).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast
from zoneinfo import ZoneInfo

from charter._version import __version__
from charter.cases._excerpt import UNSAFE_IN_LINES, for_terminal
from charter.errors import (
    MAX_YEAR,
    MIN_YEAR,
    CharterError,
    CharterValidationError,
    CharterValueError,
    Issue,
    UnknownCalendarError,
    UnsupportedYearError,
    excerpt,
)

if TYPE_CHECKING:
    from fractions import Fraction

    from charter.calendars import HolidayCalendar, WorkingCalendar
    from charter.cases import Amount, Case, CaseReport, ComplianceReport
    from charter.clock import Deadline, Event, Unit
    from charter.clock.steps import Step
    from charter.hours import OpeningHours
    from charter.io.limits import Limits
    from charter.model import Channel, Charter, Guarantee
    from charter.text import LocalizedText

__all__ = ["main"]

#: The bytes a case document (``status --case``) may hold; ``--max-case-bytes`` raises it.
MAX_CASE_BYTES = 1_000_000
#: The zone of the built-in calendars; also the one whose current year ``--year`` defaults to.
HOME_ZONE = "Europe/Brussels"
DEFAULT_CALENDAR = "be-legal"
_WEEKDAYS = ("mo", "tu", "we", "th", "fr", "sa", "su")
#: The languages of names and texts (as ``charter.text.LANGUAGES``, which a test checks).
_LANGUAGES = ("nl", "fr", "de", "en")
#: The locale each language is written in: Belgium's.
_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "de": "de_BE", "en": "en_BE"}
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class _UsageError(Exception):
    """A bad argument: exit status 2."""


class _CheckFailedError(Exception):
    """A check that failed, already reported: exit status 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_YEAR = re.compile(r"-?\d{1,4}")


# -- arguments ---------------------------------------------------------------------------------


def _iso_date(text: str) -> date:
    message = f"{text!r} is not a date in the form YYYY-MM-DD"
    if not _DATE.fullmatch(text):  # fromisoformat also takes 20261224 and 2026-W52-4
        raise argparse.ArgumentTypeError(message)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message) from None


def _year(text: str) -> int:
    if not _YEAR.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year")
    value = int(text)
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise argparse.ArgumentTypeError(str(UnsupportedYearError.for_year(value)))
    return value


def _workweek(text: str) -> frozenset[int]:
    """Parse ``mo-fr``, ``mo-sa`` or ``mo,tu,th``: two-letter English day names (Monday 0)."""
    days: set[int] = set()
    for part in text.lower().split(","):
        first, dash, last = part.strip().partition("-")
        if first not in _WEEKDAYS or (dash and last not in _WEEKDAYS):
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a work week such as 'mo-fr', 'mo-sa' or 'mo,we,fr'"
            )
        start, stop = _WEEKDAYS.index(first), _WEEKDAYS.index(last or first)
        span = (stop - start) % 7
        days.update((start + step) % 7 for step in range(span + 1))
    return frozenset(days)


def _count(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"{excerpt(text)} is not a whole number, 0 or more")
    return int(text)


def _positive(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{excerpt(text)} is not a whole number, 1 or more")
    return int(text)


def _instant(text: str, zone: str, what: str, notes: list[str]) -> datetime:
    """*text* as an instant: ISO 8601 with its offset, a local time in *zone*, or ``now``.

    A local time that the zone's clocks skip or show twice is refused: it names no one
    instant. A note says how a local time was read.
    """
    if text == "now":
        return datetime.now(ZoneInfo(zone))
    example = "2026-12-23T10:00+01:00, 2026-12-23T10:00 (in the charter's zone) or now"
    message = f"{what}: {text!r} is not a date and time such as {example}"
    if not _INSTANT.match(text) or not text.isprintable():
        raise _UsageError(message)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise _UsageError(message) from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _UsageError(f"{what}: {text} is outside the supported years {MIN_YEAR}-{MAX_YEAR}")
    if value.tzinfo is not None:
        return value
    tz = ZoneInfo(zone)
    first, second = value.replace(tzinfo=tz, fold=0), value.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        offsets = f"{_offset(first)} or {_offset(second)}"
        if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == value:
            raise _UsageError(
                f"{what}: {text} happens twice in {zone} (the clocks go back): write its "
                f"offset, {offsets}"
            )
        raise _UsageError(f"{what}: {text} does not exist in {zone} (the clocks go forward)")
    notes.append(f"{what} {text} read as {zone} time ({_offset(first)})")
    return first


def _offset(value: datetime) -> str:
    return value.isoformat()[-6:]


def _common(debug_only: bool = False) -> _Parser:  # noqa: FBT001, FBT002
    """The options every command takes: ``--debug``, and where the charter comes from."""
    parent = _Parser(add_help=False)
    # SUPPRESS: a command's own --debug must not reset one given before the command.
    parent.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print the traceback of an error too",
    )
    if not debug_only:
        source = parent.add_mutually_exclusive_group()
        source.add_argument("--charter", metavar="FILE", help="a .json or .toml charter document")
        source.add_argument(
            "--example", metavar="NAME", help="a bundled example (default: the default one)"
        )
        _limit_argument(parent)
    return parent


def _limit_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--limit",
        metavar="NAME=N",
        action="append",
        type=_limit,
        default=[],
        help="raise a limit of the charter document, e.g. max_bytes=5000000 "
        "(names: docs/documents.md); may be repeated",
    )


def _limit(text: str) -> tuple[str, int]:
    import attrs  # noqa: PLC0415

    from charter.io.limits import Limits  # noqa: PLC0415

    name, equals, value = text.partition("=")
    names = [f.name for f in attrs.fields(Limits)]
    if not equals or name not in names:
        raise argparse.ArgumentTypeError(
            f"expected NAME=N with NAME one of {', '.join(names)}, got {excerpt(text)}"
        )
    return name, _positive(value)


#: How the library says to raise a limit, and how the command says it.
_LIBRARY_HINT = re.compile(r"limits=charter\.Limits\((\w+)=\.\.\.\)")


def _command_words(message: str) -> str:
    """*message* with the library's ``limits=charter.Limits(NAME=...)`` as the flag to use."""
    return _LIBRARY_HINT.sub(r"--limit \1=N", message)


def _calendar_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--calendar",
        default=DEFAULT_CALENDAR,
        metavar="ID",
        help=f"holiday calendar id; join ids with '+' (default: {DEFAULT_CALENDAR}; "
        "see 'charter calendars')",
    )


def _event_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--suspend",
        nargs=2,
        action="append",
        default=[],
        metavar=("FROM", "TO"),
        help="the clock stood still from FROM to TO (repeatable)",
    )
    parser.add_argument(
        "--extend",
        action="append",
        default=[],
        metavar="AT",
        help="extended at AT by the guarantee's extension (repeatable)",
    )


def _build_parser() -> argparse.ArgumentParser:  # noqa: PLR0915 - one place for all commands
    parser = _Parser(
        prog="charter",
        description="A public service's client charter as code.",
        parents=[_common(debug_only=True)],
    )
    parser.set_defaults(debug=False)
    parser.add_argument("--version", action="version", version=f"charter {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    with_charter, plain = _common(), _common(debug_only=True)

    deadline = commands.add_parser(
        "deadline", parents=[with_charter], help="the promised reply date for one question"
    )
    deadline.add_argument("guarantee", metavar="GUARANTEE", help="the guarantee's id")
    deadline.add_argument(
        "--received", required=True, metavar="WHEN", help="when the question arrived"
    )
    _event_arguments(deadline)
    deadline.add_argument("--explain", action="store_true", help="the steps behind the date")
    deadline.add_argument(
        "--lang",
        choices=_LANGUAGES,
        help="explain in nl, fr, de or en, in the words of a letter to the citizen "
        "(default: the steps, in English)",
    )
    deadline.add_argument("--json", action="store_true", help="print JSON instead of text")
    deadline.set_defaults(run=_run_deadline)

    deadlines = commands.add_parser(
        "deadlines", parents=[with_charter], help="the reply date of every guarantee"
    )
    deadlines.add_argument("--received", required=True, metavar="WHEN")
    deadlines.add_argument("--json", action="store_true", help="print JSON instead of text")
    deadlines.set_defaults(run=_run_deadlines)

    status = commands.add_parser(
        "status", parents=[with_charter], help="where one case stands against its promise"
    )
    status.add_argument("guarantee", nargs="?", metavar="GUARANTEE", help="the guarantee's id")
    status.add_argument("--case", metavar="FILE", help="the case as a JSON document")
    status.add_argument(
        "--max-case-bytes",
        type=_positive,
        default=MAX_CASE_BYTES,
        metavar="N",
        help=f"the most bytes the --case document may hold ({MAX_CASE_BYTES:,})",
    )
    status.add_argument("--received", metavar="WHEN", help="when the question arrived")
    _event_arguments(status)
    status.add_argument(
        "--suspended-since", metavar="FROM", help="the clock stopped at FROM and still is"
    )
    status.add_argument("--answered", metavar="AT", help="when it was answered")
    status.add_argument("--reference", metavar="REF", help="the case's reference")
    status.add_argument("--at", default="now", metavar="WHEN", help="when to judge (now)")
    status.add_argument("--json", action="store_true", help="print JSON instead of text")
    status.set_defaults(run=_run_status)

    report = commands.add_parser(
        "report", parents=[with_charter], help="compliance over cases (and calls) from CSV"
    )
    report.add_argument("cases", metavar="CASES.csv", help="the cases, a row each")
    report.add_argument("--calls", metavar="CALLS.csv", help="call records, a row each")
    report.add_argument("--at", default="now", metavar="WHEN", help="when to judge (now)")
    report.add_argument(
        "--local-times",
        action="store_true",
        help="read times without an offset in the charter's zone (refused otherwise)",
    )
    report.add_argument(
        "--keep", type=_count, default=100, metavar="N", help="breaches and rows listed (100)"
    )
    report.add_argument("--json", action="store_true", help="print JSON instead of text")
    report.set_defaults(run=_run_report)

    opened = commands.add_parser(
        "open", parents=[with_charter], help="whether a channel is open, and its next change"
    )
    opened.add_argument("channel", metavar="CHANNEL", help="the channel's id")
    opened.add_argument("--at", default="now", metavar="WHEN", help="when (now)")
    opened.add_argument("--json", action="store_true", help="print JSON instead of text")
    opened.set_defaults(run=_run_open)

    hours = commands.add_parser("hours", parents=[with_charter], help="a channel's hours")
    hours.add_argument("channel", metavar="CHANNEL", help="the channel's id")
    hours.add_argument("--json", action="store_true", help="print JSON instead of text")
    hours.set_defaults(run=_run_hours)

    rendered = commands.add_parser(
        "render", parents=[with_charter], help="the charter as a document for people"
    )
    rendered.add_argument(
        "--lang", choices=_LANGUAGES, default="nl", help="the language (default: nl)"
    )
    rendered.add_argument(
        "--format",
        choices=("markdown", "html", "text"),
        default="markdown",
        help="markdown (default), html (a complete page) or text",
    )
    rendered.set_defaults(run=_run_render)

    validate = commands.add_parser(
        "validate", parents=[plain], help="check charter documents; exit 1 if any is invalid"
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help=".json or .toml documents")
    validate.add_argument("--json", action="store_true", help="print JSON instead of text")
    _limit_argument(validate)
    validate.set_defaults(run=_run_validate)

    examples = commands.add_parser(
        "examples", parents=[plain], help="list the bundled examples, or print one"
    )
    examples.add_argument("name", nargs="?", metavar="NAME", help="the example to print")
    examples.set_defaults(run=_run_examples)

    calendars = commands.add_parser(
        "calendars", parents=[plain], help="list the built-in holiday calendar ids"
    )
    calendars.set_defaults(run=_run_calendars)

    schema = commands.add_parser(
        "schema", parents=[plain], help="print the JSON Schema of charter documents"
    )
    schema.set_defaults(run=_run_schema)

    holidays = commands.add_parser("holidays", parents=[plain], help="list the holidays of a year")
    _calendar_arguments(holidays)
    holidays.add_argument(
        "--year", type=_year, help=f"the year (default: the current year in {HOME_ZONE})"
    )
    holidays.add_argument(
        "--lang", choices=_LANGUAGES, default="en", help="language of the names (default: en)"
    )
    holidays.add_argument("--json", action="store_true", help="print JSON instead of text")
    holidays.set_defaults(run=_run_holidays)

    workdays = commands.add_parser("workdays", parents=[plain], help="working-day arithmetic")
    actions = workdays.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", parents=[plain], help="the N-th working day after DATE (N may be negative)"
    )
    add.add_argument("date", type=_iso_date, metavar="DATE")
    add.add_argument("n", type=int, metavar="N")
    between = actions.add_parser(
        "between", parents=[plain], help="the number of working days in (A, B]"
    )
    between.add_argument("a", type=_iso_date, metavar="A")
    between.add_argument("b", type=_iso_date, metavar="B")
    for action in (add, between):
        _calendar_arguments(action)
        action.add_argument(
            "--workweek",
            type=_workweek,
            default=frozenset(range(5)),
            help="days worked, such as 'mo-fr' (default) or 'mo-sa'",
        )
    add.set_defaults(run=_run_add)
    between.set_defaults(run=_run_between)
    return parser


# -- shared pieces -----------------------------------------------------------------------------


class _Context:
    """What a command works with: its arguments, its output, the notes it gathered."""

    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        self.args = args
        self.out = out
        self.notes: list[str] = []

    def limits(self) -> Limits:
        """The document limits, raised by ``--limit NAME=N``."""
        from charter.io.limits import Limits  # noqa: PLC0415

        return Limits(**dict(self.args.limit))

    def charter(self) -> Charter:
        """The charter named by ``--charter`` or ``--example`` (the default example)."""
        from charter import examples  # noqa: PLC0415 - only the commands that need one
        from charter.errors import UnknownExampleError  # noqa: PLC0415
        from charter.io import load  # noqa: PLC0415

        if self.args.charter is not None:
            return load(self.args.charter, limits=self.limits())
        try:
            return examples.load(self.args.example)
        except UnknownExampleError as error:
            raise _UsageError(str(error)) from None

    def when(self, text: str, zone: str, what: str) -> datetime:
        return _instant(text, zone, what, self.notes)

    def write(self, text: str = "") -> None:
        """Write one line, escaping what could act on the terminal or break the line."""
        self.out.write(for_terminal(text) + "\n")

    def document(self, text: str) -> None:
        """Write a text of several lines (a rendered charter), escaped as ``write`` does."""
        self.out.write(for_terminal(text, lines=True))

    def json(self, document: object) -> None:
        self.out.write(_json_text(document) + "\n")


def _json_text(document: object) -> str:
    r"""*document* as JSON, every character that could act on a terminal as a \u escape.

    ``json.dumps`` escapes the C0 controls; DEL, the C1 controls, bidi controls, lone
    surrogates and U+2028/U+2029 it would write raw. Outside strings JSON is ASCII, so
    each such character is inside a string, where ``\uXXXX`` is the same character.
    """
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return UNSAFE_IN_LINES.sub(lambda found: f"\\u{ord(found[0]):04x}", text)


def _guarantee(c: Charter, guarantee_id: str) -> Guarantee:
    for g in c.guarantees:
        if g.id == guarantee_id:
            return g
    known = ", ".join(g.id for g in c.guarantees)
    raise _UsageError(f"no guarantee {guarantee_id!r} in the charter; it has: {known}")


def _english(text: LocalizedText | None) -> str:
    return "" if text is None else text.best("en")


def _day(d: date) -> str:
    return f"{_DAY_NAMES[d.weekday()]} {d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


def _moment(t: datetime, zone: ZoneInfo) -> str:
    local = t.astimezone(zone)
    return f"{_day(local.date())} at {local:%H:%M}"


def _amount(value: float) -> str:
    return f"{round(value, 2):g}"


def _events(
    ctx: _Context, g: Guarantee, zone: str, *, open_since: str | None = None
) -> list[Event]:
    """The events given as options, in time order: suspensions, extensions."""
    from charter.clock import Extended, Resumed, Suspended  # noqa: PLC0415

    args = ctx.args
    found: list[Event] = []
    for start, end in args.suspend:
        found.append(Suspended(at=ctx.when(start, zone, "--suspend FROM")))
        found.append(Resumed(at=ctx.when(end, zone, "--suspend TO")))
    for at in args.extend:
        if g.extension is None:
            raise CharterValueError(f"guarantee {g.id!r} allows no extension")
        found.append(Extended(at=ctx.when(at, zone, "--extend"), by=g.extension.by))
    if open_since is not None:
        found.append(Suspended(at=ctx.when(open_since, zone, "--suspended-since")))
    found.sort(key=lambda event: event.at.astimezone(UTC))
    return found


# -- deadline, deadlines -----------------------------------------------------------------------


def _run_deadline(ctx: _Context) -> None:
    from charter.cases import Case  # noqa: PLC0415

    args = ctx.args
    c = ctx.charter()
    g = _guarantee(c, args.guarantee)
    zone = ZoneInfo(c.timezone)
    received = ctx.when(args.received, c.timezone, "--received")
    events = _events(ctx, g, c.timezone)
    case = Case(guarantee=g.id, received=received, events=events)
    d = c.deadline(g.id, received, case.events)  # checks the guarantee allows the events
    if args.lang is None:
        lines = [_explained(step, zone) for step in d.steps]
    else:
        from charter.language import describe_deadline  # noqa: PLC0415 - Babel only for --lang

        text = describe_deadline(d, _LOCALES[args.lang])
        lines = [*text.explanation, text.promise]
    if args.json:
        document = _deadline_json(g, d, c.timezone)
        if args.explain:
            document["explanation"] = lines
        ctx.json(document)
        return
    ctx.write(f"{g.id}: {_english(g.description)} — {g.period} ({g.rule.name})")
    ctx.write(f"Received     {_moment(received, zone)} ({c.timezone})")
    ctx.write(f"Answer by    {_day(d.last_day)} (due before {_moment(d.due, zone)})")
    if args.explain:
        ctx.write()
        ctx.write("How the date was reached:")
        for number, line in enumerate(lines, start=1):
            ctx.write(f"  {number}. {line}")


def _deadline_json(g: Guarantee, d: Deadline, zone: str) -> dict[str, Any]:
    return {
        "guarantee": g.id,
        "period": str(g.period),
        "rule": g.rule.name,
        "timezone": zone,
        "received": d.received.isoformat(),
        "due": d.due.isoformat(),
        "last_day": d.last_day.isoformat(),
        "steps": [_step_json(step) for step in d.steps],
    }


def _run_deadlines(ctx: _Context) -> None:
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
        return f"Received on {_moment(step.at, zone)}."
    if isinstance(step, steps.MovedPastCutoff):
        why = {
            steps.CutoffReason.AFTER_CUTOFF_TIME: "after the day's cut-off time",
            steps.CutoffReason.NON_WORKING_DAY: "on a day that is not a working day",
            steps.CutoffReason.OUTSIDE_HOURS: "outside opening hours",
            steps.CutoffReason.PRESENTED: "as a registered letter presented",
            steps.CutoffReason.POSTED: "as a letter handed to the post",
        }[step.reason]
        return f"Received {why}: it counts as received on {_moment(step.at, zone)}."
    if isinstance(step, steps.CountingStarts):
        local = step.at.astimezone(zone)
        at = f" at {local:%H:%M}" if (local.hour, local.minute) != (0, 0) else ""
        return f"Counting starts on {_day(step.on)}{at}."
    if isinstance(step, steps.DayOff):
        name = _english(step.name) or "not a working day"
        return f"{_day(step.date)} does not count: {name} ({step.kind.value.replace('_', ' ')})."
    if isinstance(step, steps.ExtensionCounted):
        how = (
            f"{step.total} in all, counted from the start"
            if step.total is not None
            else "counted from the last day"
        )
        return f"Extended by {step.by} on {_moment(step.at, zone)}: {how}."
    if isinstance(step, steps.SuspensionCounted):
        taken = _plural(step.days, "day") if not step.time else _duration(step.time)
        return (
            f"Suspended from {_moment(step.suspended, zone)} to "
            f"{_moment(step.resumed, zone)}: {taken} not counted."
        )
    if isinstance(step, steps.RolledForward):
        reason = f" ({_english(step.reason.name)})" if step.reason and step.reason.name else ""
        return (
            f"{_day(step.from_day)} is not a working day{reason}: the last day moves to "
            f"{_day(step.to_day)}."
        )
    if isinstance(step, steps.MinimumWorkingDays):
        return (
            f"The period must hold {step.required} working days: the last day moves from "
            f"{_day(step.from_day)} to {_day(step.to_day)}."
        )
    if isinstance(step, steps.EndsAt):
        if step.end is EndOfPeriod.END_OF_DAY:
            return f"The period ends on {_day(step.last_day)} at 24:00."
        return f"The period ends on {_moment(step.due, zone)}."
    return type(step).__name__  # pragma: no cover - every step is named above


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _duration(value: timedelta) -> str:
    minutes = round(value.total_seconds() / 60)
    hours, minutes = divmod(minutes, 60)
    parts = [_plural(hours, "hour")] if hours else []
    if minutes or not parts:
        parts.append(_plural(minutes, "minute"))
    return " ".join(parts)


def _step_json(step: Step) -> dict[str, Any]:
    """A step as JSON: its kind in snake case, then its fields."""
    import attrs  # noqa: PLC0415 - only where steps are printed

    name = re.sub(r"(?<!^)(?=[A-Z])", "_", type(step).__name__).lower()
    document: dict[str, Any] = {"step": name}
    for attribute in attrs.fields(type(step)):
        document[attribute.name] = _plain(getattr(step, attribute.name))
    return document


def _plain(value: object) -> object:  # noqa: PLR0911 - one case a type
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Enum):
        return value.value
    from charter.text import LocalizedText  # noqa: PLC0415 - only where steps are printed

    if isinstance(value, LocalizedText):
        return dict(value)
    import attrs  # noqa: PLC0415

    if attrs.has(type(value)):
        kind = cast("type[attrs.AttrsInstance]", type(value))
        return {a.name: _plain(getattr(value, a.name)) for a in attrs.fields(kind)}
    return str(value)


# -- status ------------------------------------------------------------------------------------


def _run_status(ctx: _Context) -> None:
    args = ctx.args
    c = ctx.charter()
    case = _case_from_file(ctx, c) if args.case is not None else _case_from_options(ctx, c)
    at = ctx.when(args.at, c.timezone, "--at")
    report = c.evaluate(case, at=at)
    if args.json:
        ctx.json(_status_json(report))
        return
    zone = ZoneInfo(c.timezone)
    g = c.guarantee(case.guarantee)
    who = f"{case.reference} " if case.reference else ""
    ctx.write(f"{who}{g.id}: {report.status.value.replace('_', ' ')} at {_moment(at, zone)}")
    ctx.write(f"Received     {_moment(case.received, zone)} ({c.timezone})")
    ctx.write(f"Answer by    {_day(report.deadline.last_day)}")
    if report.answered is not None:
        ctx.write(f"Answered     {_moment(report.answered, zone)}")
    if report.suspended_since is not None:
        ctx.write(
            f"Suspended    since {_moment(report.suspended_since, zone)} (the date is "
            "the one if the clock ran again now)"
        )
    remaining = report.remaining
    left = "left" if remaining.ticks >= 0 else "overdue"
    shown = _amount(abs(float(remaining)))
    ctx.write(
        f"Time         {shown} {remaining.unit.value} {left} of {report.allowed}; "
        f"{float(report.elapsed):.0%} used"
    )


def _status_json(report: CaseReport) -> dict[str, Any]:
    def amount(value: Amount | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {"value": round(float(value), 6), "unit": value.unit.value}

    case = report.case
    return {
        "guarantee": case.guarantee,
        "reference": case.reference,
        "received": case.received.isoformat(),
        "at": report.at.isoformat(),
        "status": report.status.value,
        "due": report.deadline.due.isoformat(),
        "last_day": report.deadline.last_day.isoformat(),
        "remaining": amount(report.remaining),
        "allowed": amount(report.allowed),
        "elapsed": round(float(report.elapsed), 6),
        "answered": None if report.answered is None else report.answered.isoformat(),
        "suspended_since": (
            None if report.suspended_since is None else report.suspended_since.isoformat()
        ),
        "response": amount(report.response),
    }


def _case_from_options(ctx: _Context, c: Charter) -> Case:
    from charter.cases import Case  # noqa: PLC0415
    from charter.clock import Answered  # noqa: PLC0415

    args = ctx.args
    if args.guarantee is None or args.received is None:
        raise _UsageError("give GUARANTEE and --received, or --case FILE")
    g = _guarantee(c, args.guarantee)
    events = _events(ctx, g, c.timezone, open_since=args.suspended_since)
    if args.answered is not None:
        events.append(Answered(at=ctx.when(args.answered, c.timezone, "--answered")))
    received = ctx.when(args.received, c.timezone, "--received")
    return Case(guarantee=g.id, received=received, events=events, reference=args.reference)


_EVENT_KINDS = ("suspended", "resumed", "extended", "answered")


def _case_from_file(ctx: _Context, c: Charter) -> Case:
    """A case from a JSON document (see docs/cli.md); every problem with its path."""
    args = ctx.args
    given = [
        option
        for option, value in (
            ("GUARANTEE", args.guarantee),
            ("--received", args.received),
            ("--suspend", args.suspend),
            ("--suspended-since", args.suspended_since),
            ("--extend", args.extend),
            ("--answered", args.answered),
            ("--reference", args.reference),
        )
        if value
    ]
    if given:
        raise _UsageError(f"give either --case FILE or the case as options, not both: {given[0]}")
    document = _case_json(Path(args.case), args.max_case_bytes)
    problems: list[Issue] = []
    case = _case_document(document, c, problems, ctx.notes)
    if problems or case is None:
        raise CharterValidationError(problems)
    return case


def _case_json(path: Path, limit: int) -> object:
    """The JSON of the case document at *path*: at most *limit* bytes, no key given twice.

    At most ``limit + 1`` bytes are read, so a pipe or a device (``/dev/zero``) costs the
    limit, not its length.
    """
    shown = excerpt(str(path))
    try:
        with path.open("rb") as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise CharterValidationError(
            [Issue("$", f"cannot read {shown}: {error.strerror or error}")]
        ) from None
    if len(data) > limit:
        raise CharterValidationError(
            [
                Issue(
                    "$",
                    f"{shown} has more than {limit:,} bytes, the limit for a case document: "
                    "raise it with --max-case-bytes",
                )
            ]
        )
    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=_Pairs)
    except UnicodeDecodeError as error:
        raise CharterValidationError(
            [Issue("$", f"{shown} is not UTF-8 (byte {error.start})")]
        ) from None
    except (ValueError, RecursionError) as error:  # ValueError: JSON too
        reason = "nested too deeply" if isinstance(error, RecursionError) else str(error)
        raise CharterValidationError([Issue("$", f"{shown} is not JSON: {reason}")]) from None
    twice = list(_duplicates(document))
    if twice:
        raise CharterValidationError(twice)
    return document


class _Pairs(dict[str, Any]):
    """An object of a case document, that remembers the keys it was given twice."""

    def __init__(self, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(pairs)
        self.twice = [key for key, count in Counter(k for k, _ in pairs).items() if count > 1]


def _duplicates(document: object) -> Iterator[Issue]:
    """Each key given twice in an object of *document*, with its JSON path."""
    from charter.io.limits import _written  # noqa: PLC0415 - one way to write paths

    stack: list[tuple[object, Any]] = [(document, None)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, _Pairs):
            for key in node.twice:
                yield Issue(_written((path, key)), "given twice in one object: name it once")
            stack.extend((value, (path, key)) for key, value in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend((value, (path, index)) for index, value in reversed(list(enumerate(node))))


def _case_document(  # noqa: C901
    document: object, c: Charter, problems: list[Any], notes: list[str]
) -> Case | None:
    from charter.cases import Case  # noqa: PLC0415
    from charter.clock import Answered, Extended, Resumed, Suspended  # noqa: PLC0415

    if not isinstance(document, dict):
        problems.append(Issue("$", "a case is an object with guarantee, received and events"))
        return None
    unknown = set(document) - {"guarantee", "received", "reference", "events"}
    problems.extend(Issue(f"$.{key}", "unknown field") for key in sorted(unknown))

    def instant(path: str, value: object) -> datetime | None:
        if not isinstance(value, str):
            problems.append(Issue(path, "an instant such as 2026-12-23T10:00+01:00"))
            return None
        try:
            return _instant(value, c.timezone, path, notes)
        except _UsageError as error:
            problems.append(Issue(path, str(error).partition(": ")[2]))
            return None

    guarantee = document.get("guarantee")
    if not isinstance(guarantee, str) or guarantee not in {g.id for g in c.guarantees}:
        problems.append(Issue("$.guarantee", f"no guarantee {excerpt(guarantee)} in the charter"))
    received = instant("$.received", document.get("received"))
    reference = document.get("reference")
    if reference is not None and not isinstance(reference, str):
        problems.append(Issue("$.reference", "a text, or null"))
    events: list[Event] = []
    raw = document.get("events", [])
    if not isinstance(raw, list):
        problems.append(Issue("$.events", "a list of events"))
        raw = []
    for index, item in enumerate(raw):
        path = f"$.events[{index}]"
        kind = item.get("event") if isinstance(item, dict) else None
        if kind not in _EVENT_KINDS:
            problems.append(Issue(f"{path}.event", f"one of {', '.join(_EVENT_KINDS)}"))
            continue
        at = instant(f"{path}.at", item.get("at"))
        if at is None:
            continue
        try:
            if kind == "extended":
                events.append(Extended(at=at, by=item.get("by")))
            else:
                events.append(
                    {"suspended": Suspended, "resumed": Resumed, "answered": Answered}[kind](at=at)
                )
        except CharterError as error:
            problems.append(Issue(f"{path}.by", str(error)))
    if problems or received is None or not isinstance(guarantee, str):
        return None
    try:
        return Case(guarantee=guarantee, received=received, events=events, reference=reference)
    except CharterError as error:
        event = getattr(error, "index", None)
        problems.append(Issue("$.events" if event is None else f"$.events[{event}]", str(error)))
        return None


# -- report ------------------------------------------------------------------------------------


class _Progress:
    """A text file read in blocks, telling the terminal how far reading has got."""

    def __init__(self, path: Path, stream: TextIO) -> None:
        self._raw = path.open("rb")
        self._size = max(path.stat().st_size, 1)
        self._text = io.TextIOWrapper(
            self._raw, encoding="utf-8-sig", errors="surrogateescape", newline=""
        )
        self._stream = stream
        self._shown = -1.0
        self.name = path.name

    def read(self, size: int = -1) -> str:
        text = self._text.read(size)
        share = min(self._raw.tell() / self._size, 1)
        if not text:
            self._stream.write("\r" + " " * 60 + "\r")
            self._stream.flush()
        elif share - self._shown >= 0.01:
            self._shown = share
            self._stream.write(f"\rreading {for_terminal(self.name)}: {share:4.0%}")
            self._stream.flush()
        return text

    def close(self) -> None:
        self._text.close()


def _source(path_text: str, *, progress: bool) -> tuple[Any, Callable[[], None]]:
    """What ``read_cases`` reads: the path, or a file that shows progress on a terminal."""
    path = Path(path_text)
    if not progress:
        return path, lambda: None
    try:
        wrapped = _Progress(path, sys.stderr)
    except OSError as error:
        raise CharterValueError(f"cannot read {path}: {error.strerror}") from None
    return wrapped, wrapped.close


def _run_report(ctx: _Context) -> None:
    from charter.cases import compliance, read_calls, read_cases  # noqa: PLC0415

    args = ctx.args
    c = ctx.charter()
    at = ctx.when(args.at, c.timezone, "--at")
    zone = c.timezone if args.local_times else None
    progress = sys.stderr.isatty()  # the bar goes to stderr, the report to stdout
    source, close = _source(args.cases, progress=progress)
    try:
        cases = read_cases(source, timezone=zone, name=Path(args.cases).name, keep=args.keep)
        calls = () if args.calls is None else read_calls(args.calls, timezone=zone, keep=args.keep)
        report = compliance(c, cases, at=at, calls=calls, keep=args.keep)
    finally:
        close()
    if args.json:
        ctx.json(_report_json(report))
        return
    _report_text(ctx, report, ZoneInfo(c.timezone))


def _report_json(report: ComplianceReport) -> dict[str, Any]:
    from charter.cases import Status  # noqa: PLC0415

    def amount(value: Amount | Fraction | None) -> float | None:
        return None if value is None else round(float(value), 6)

    share = amount

    return {
        "at": report.at.isoformat(),
        "cases": report.cases,
        "guarantees": [
            {
                "guarantee": g.guarantee,
                "unit": g.unit.value,
                "cases": g.cases,
                "counts": {status.value: g.counts[status] for status in Status},
                "met_share": share(g.met_share),
                "target": None if g.target is None else g.target.value,
                "passed": g.passed,
                "response_times": {
                    "median": amount(g.response_times.median),
                    "p90": amount(g.response_times.p90),
                    "max": amount(g.response_times.max),
                    "histogram": [
                        [round(grid * g.response_times.step / _ticks(g.unit), 6), count]
                        for grid, count in g.response_times.counts
                    ],
                },
                "breaches": [
                    {
                        "reference": b.reference,
                        "status": b.status.value,
                        "received": b.received.isoformat(),
                        "due": b.due.isoformat(),
                        "overdue_seconds": b.overdue.total_seconds(),
                    }
                    for b in g.breaches
                ],
            }
            for g in report.guarantees
        ],
        "reachability": [
            {
                "channel": r.channel,
                "calls": r.calls,
                "answered": r.answered,
                "within_target": r.within,
                "target_seconds": None if r.target is None else r.target.within_seconds,
                "target_share": None if r.target is None else r.target.share.value,
                "share": share(r.share),
                "passed": r.passed,
                "median_wait_seconds": r.median_wait,
                "p90_wait_seconds": r.p90_wait,
            }
            for r in report.reachability
        ],
        "skipped": {
            "count": report.skipped.count,
            "problems": [
                {"source": p.source, "line": p.line, "reference": p.reference, "message": p.message}
                for p in report.skipped.problems
            ],
        },
    }


def _ticks(unit: Unit) -> int:
    from charter.cases.measure import TICKS  # noqa: PLC0415

    return TICKS[unit]


def _report_text(ctx: _Context, report: ComplianceReport, zone: ZoneInfo) -> None:
    from charter.cases import Status  # noqa: PLC0415

    ctx.write(
        f"Compliance on {_moment(report.at, zone)}: {report.cases:,} cases, "
        f"{report.skipped.count:,} skipped"
    )
    header = ("guarantee", "cases", "met", "late", "breached", "open", "met share", "target")
    rows = [header]
    for g in report.guarantees:
        counts = g.counts
        still_open = counts[Status.ON_TRACK] + counts[Status.AT_RISK] + counts[Status.SUSPENDED]
        share = "-" if g.met_share is None else f"{float(g.met_share):.1%}"
        target = "-" if g.target is None else str(g.target)
        verdict = {True: " pass", False: " FAIL", None: ""}[g.passed]
        rows.append(
            (
                g.guarantee,
                f"{g.cases:,}",
                f"{counts[Status.MET]:,}",
                f"{counts[Status.LATE]:,}",
                f"{counts[Status.BREACHED]:,}",
                f"{still_open:,}",
                share,
                target + verdict,
            )
        )
    _table(ctx, rows)
    times = [
        (
            g.guarantee,
            str(g.response_times.median),
            str(g.response_times.p90),
            str(g.response_times.max),
        )
        for g in report.guarantees
        if g.response_times.total
    ]
    if times:
        ctx.write()
        _table(ctx, [("response time", "median", "90 %", "max"), *times])
    if report.reachability:
        ctx.write()
        calls = [("channel", "calls", "answered", "in time", "share", "target")]
        for r in report.reachability:
            target = "-" if r.target is None else f"{r.target.share} in {r.target.within_seconds} s"
            verdict = {True: " pass", False: " FAIL", None: ""}[r.passed]
            share = "-" if r.share is None else f"{float(r.share):.1%}"
            calls.append(
                (
                    r.channel,
                    f"{r.calls:,}",
                    f"{r.answered:,}",
                    f"{r.within:,}",
                    share,
                    target + verdict,
                )
            )
        _table(ctx, calls)
    worst = [b for g in report.guarantees for b in g.breaches[:3]]
    if worst:
        ctx.write()
        ctx.write("Most overdue (up to 3 a guarantee):")
        for b in worst:
            ctx.write(
                f"  {b.guarantee}  {b.reference or '(no reference)'}  {b.status.value}  "
                f"due before {_moment(b.due, zone)}, {_duration_days(b.overdue)} over"
            )
    if report.skipped.problems:
        ctx.write()
        ctx.write(f"Skipped ({report.skipped.count:,}; the first {len(report.skipped.problems)}):")
        for problem in report.skipped.problems:
            ctx.write(f"  {problem}")


def _duration_days(value: timedelta) -> str:
    if value >= timedelta(days=1):
        return f"{value.total_seconds() / 86400:.1f} days"
    return _duration(value)


def _table(ctx: _Context, rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(width) if k == 0 else cell.rjust(width)
            for k, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        ctx.write("  ".join(cells).rstrip())


# -- open, hours -------------------------------------------------------------------------------


def _channel_hours(c: Charter, channel_id: str) -> tuple[Channel, OpeningHours]:
    for channel in c.channels:
        if channel.id == channel_id:
            if channel.hours is None:
                raise CharterValueError(f"channel {channel_id!r} has no opening hours")
            return channel, channel.hours
    known = ", ".join(channel.id for channel in c.channels)
    raise _UsageError(f"no channel {channel_id!r} in the charter; it has: {known}")


def _run_open(ctx: _Context) -> None:
    c = ctx.charter()
    channel, hours = _channel_hours(c, ctx.args.channel)
    at = ctx.when(ctx.args.at, c.timezone, "--at")
    zone = ZoneInfo(c.timezone)
    state = hours.state(at).value
    change = hours.next_change(at)
    if ctx.args.json:
        ctx.json(
            {
                "channel": channel.id,
                "at": at.isoformat(),
                "open": state == "open",
                "state": state,
                "next_change": None if change is None else change.isoformat(),
                "next_state": None if change is None else hours.state(change).value,
            }
        )
        return
    ctx.write(f"{channel.id} is {state} on {_moment(at, zone)} ({c.timezone}).")
    if change is None:
        ctx.write(f"It stays {state} (as far as the supported years go, to {MAX_YEAR}).")
    elif state == "unknown" or hours.state(change).value == "unknown":
        ctx.write(f"It is {hours.state(change).value} from {_moment(change, zone)}.")
    else:
        verb = "closes" if state == "open" else "opens"
        ctx.write(f"It {verb} on {_moment(change, zone)}.")


def _run_hours(ctx: _Context) -> None:
    c = ctx.charter()
    channel, hours = _channel_hours(c, ctx.args.channel)
    weekly = (
        None
        if hours.weekly is None
        else {
            _DAY_NAMES[day].lower(): [str(r) for r in ranges]
            for day, ranges in enumerate(hours.weekly.days)
        }
    )
    if ctx.args.json:
        ctx.json(
            {
                "channel": channel.id,
                "timezone": hours.timezone,
                "opening_hours": hours.to_osm(),
                "weekly": weekly,
            }
        )
        return
    ctx.write(f"{channel.id} ({_english(channel.name)}), {hours.timezone}")
    ctx.write(f"opening_hours: {hours.to_osm()}")
    if weekly is None:
        ctx.write("  (rules beyond a weekly schedule: see opening_hours above)")
        return
    for day, ranges in weekly.items():
        ctx.write(f"  {day.title():<10} {', '.join(ranges) or 'closed'}")
    if hours.seasons or hours.special or hours.holidays is not None:
        ctx.write("  (seasons, holidays and special days: see opening_hours above)")


# -- validate, examples, schema, calendars, holidays, workdays ---------------------------------


def _run_render(ctx: _Context) -> None:
    from charter.language import render  # noqa: PLC0415 - Babel only for this command

    c = ctx.charter()
    ctx.document(render(c, locale=_LOCALES[ctx.args.lang], format=ctx.args.format))


def _run_validate(ctx: _Context) -> None:
    from charter.io import load  # noqa: PLC0415

    results = []
    for name in ctx.args.files:
        try:
            load(name, limits=ctx.limits())
        except CharterValidationError as error:
            issues = [Issue(i.path, _command_words(i.message)) for i in error.issues]
            results.append((name, issues))
        except CharterError as error:  # any other refusal is this file's, not the command's
            results.append((name, [Issue("$", _command_words(str(error)))]))
        else:
            results.append((name, []))
    if ctx.args.json:
        ctx.json(
            [
                {
                    "file": name,
                    "valid": not issues,
                    "problems": [{"path": i.path, "message": i.message} for i in issues],
                }
                for name, issues in results
            ]
        )
    else:
        for name, issues in results:
            if not issues:
                ctx.write(f"{name}: valid")
                continue
            ctx.write(f"{name}: {_plural(len(issues), 'problem')}")
            for issue in issues:
                ctx.write(f"  {issue}")
    if any(issues for _, issues in results):
        raise _CheckFailedError


def _run_examples(ctx: _Context) -> None:
    from charter import examples  # noqa: PLC0415
    from charter.errors import UnknownExampleError  # noqa: PLC0415

    if ctx.args.name is None:
        for name in examples.names():
            ctx.write(name + ("  (the default)" if name == examples.DEFAULT else ""))
        return
    try:
        ctx.document(examples.text(ctx.args.name))
    except UnknownExampleError as error:
        raise _UsageError(str(error)) from None


def _run_schema(ctx: _Context) -> None:
    from charter.io.schema import json_schema  # noqa: PLC0415 - only this command needs it

    ctx.json(json_schema())


def _run_calendars(ctx: _Context) -> None:
    from charter.calendars import BUILT_IN  # noqa: PLC0415

    for calendar_id, calendar in BUILT_IN.items():
        ctx.write(f"{calendar_id:<20} {calendar.title['en']}")
    ctx.write(f"{'holidays:CC[-SUB]':<20} a country (subdivision) of the holidays package")


def _calendar(calendar_id: str) -> HolidayCalendar:
    from charter.calendars import calendar_by_id  # noqa: PLC0415

    try:
        return calendar_by_id(calendar_id)
    except UnknownCalendarError as error:
        raise _UsageError(str(error)) from None


def _run_holidays(ctx: _Context) -> None:
    args = ctx.args
    calendar = _calendar(args.calendar)
    year: int = args.year if args.year is not None else datetime.now(ZoneInfo(HOME_ZONE)).year
    try:
        names = calendar.in_year(year, args.lang)
    except CharterError as error:  # the holidays package does not cover the year
        raise _UsageError(str(error)) from None
    if args.json:
        ctx.json(
            {
                "calendar": args.calendar,
                "year": year,
                "language": args.lang,
                "holidays": [{"date": d.isoformat(), "name": name} for d, name in names.items()],
            }
        )
        return
    for d, name in names.items():
        ctx.write(f"{d.isoformat()}  {name}")


def _working_calendar(args: argparse.Namespace) -> WorkingCalendar:
    from charter.calendars import WorkingCalendar  # noqa: PLC0415

    return WorkingCalendar(
        holidays=_calendar(args.calendar), timezone=HOME_ZONE, workweek=args.workweek
    )


def _run_add(ctx: _Context) -> None:
    ctx.write(_working_calendar(ctx.args).add_working_days(ctx.args.date, ctx.args.n).isoformat())


def _run_between(ctx: _Context) -> None:
    ctx.write(f"{_working_calendar(ctx.args).working_days_between(ctx.args.a, ctx.args.b)}")


# -- main --------------------------------------------------------------------------------------


def _one_line(error: BaseException) -> str:
    """The message of *error* on one line, nothing in it able to act on the terminal."""
    return for_terminal(" ".join(_command_words(str(error)).split()))


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:  # noqa: PLR0911
    """Run the command with *argv* (default: the process's arguments); return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in arguments
    try:
        args = _build_parser().parse_args(arguments)
        debug = args.debug
        target = _output(out)
        ctx = _Context(args, target)
        args.run(ctx)
        target.flush()  # inside: a closed pipe shows here, not at exit
        for note in ctx.notes:
            sys.stderr.write(f"charter: note: {for_terminal(note)}\n")
    except _CheckFailedError:
        return 1
    except _UsageError as error:
        return _fail(error, 2, debug=debug)
    except CharterError as error:
        return _fail(error, 1, debug=debug)
    except BrokenPipeError:  # the reader went away (| head): nothing more to say
        _silence_stdout()
        return 1
    except OSError as error:  # a full disk, a closed output: the output could not be written
        message = f"cannot write the output: {error.strerror or error}"
        return _fail(error, 1, debug=debug, message=message)
    except KeyboardInterrupt:
        sys.stderr.write("charter: interrupted\n")
        return 130
    except Exception as error:  # noqa: BLE001 - a bug: said in one line, traced with --debug
        message = f"internal error: {type(error).__name__}: {error} (--debug shows where)"
        return _fail(error, 1, debug=debug, message=message)
    return 0


def _output(out: TextIO | None) -> TextIO:
    """Where to write: *out*, or standard output, which must be open.

    Characters the terminal's encoding lacks are written as escapes, not an error.
    """
    if out is not None:
        return out
    if sys.stdout is None:
        raise OSError(9, "standard output is closed")
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="backslashreplace")
    return sys.stdout


def _silence_stdout() -> None:
    """Point standard output at the null device, so that exit does not flush into a closed pipe."""
    try:
        import os  # noqa: PLC0415

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # pragma: no cover - no file descriptor
        pass


def _fail(error: BaseException, code: int, *, debug: bool, message: str | None = None) -> int:
    if debug:
        traceback.print_exception(error, file=sys.stderr)
    sys.stderr.write(f"charter: error: {for_terminal(message or _one_line(error))}\n")
    return code
