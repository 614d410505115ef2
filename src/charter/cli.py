"""The ``charter`` command. The only module that reads ``argv`` or prints.

Every problem with the arguments exits with status 2 and one line on standard error,
``charter: error: ...``; no input gives a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime
from typing import NoReturn, TextIO
from zoneinfo import ZoneInfo

from charter._version import __version__
from charter.calendars import BUILT_IN, HolidayCalendar, Weekday, WorkingCalendar, calendar_by_id
from charter.calendars.base import check_year
from charter.calendars.working import MONDAY_TO_FRIDAY
from charter.errors import CharterError
from charter.text import LANGUAGES

__all__ = ["main"]

#: The zone of the built-in calendars; also the one whose current year ``--year`` defaults to.
HOME_ZONE = "Europe/Brussels"
DEFAULT_CALENDAR = "be-legal"
_WEEKDAYS = {day.name[:2].lower(): day for day in Weekday}


class _UsageError(Exception):
    """A bad argument, reported by the parser as a usage error."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"-?\d{1,4}")


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
    try:
        return check_year(value)
    except CharterError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _instant(text: str) -> datetime:
    message = f"{text!r} is not an instant with its offset, such as 2026-12-23T10:00+01:00"
    if not _DATE.match(text) or "T" not in text:
        raise argparse.ArgumentTypeError(message)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message) from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise argparse.ArgumentTypeError(message)
    return value


def _workweek(text: str) -> frozenset[Weekday]:
    """Parse ``mo-fr``, ``mo-sa`` or ``mo,tu,th``: two-letter English day names."""
    days: set[Weekday] = set()
    for part in text.lower().split(","):
        first, dash, last = part.strip().partition("-")
        if first not in _WEEKDAYS or (dash and last not in _WEEKDAYS):
            raise argparse.ArgumentTypeError(
                f"{text!r} is not a work week such as 'mo-fr', 'mo-sa' or 'mo,we,fr'"
            )
        start, stop = _WEEKDAYS[first], _WEEKDAYS[last or first]
        span = (stop - start) % 7
        days.update(Weekday((start + step) % 7) for step in range(span + 1))
    return frozenset(days)


def _calendar_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--calendar",
        default=DEFAULT_CALENDAR,
        metavar="ID",
        help=f"holiday calendar id; join ids with '+' (default: {DEFAULT_CALENDAR}; "
        "see 'charter calendars')",
    )


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="charter", description="A public service's client charter as code.")
    parser.add_argument("--version", action="version", version=f"charter {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    calendars = commands.add_parser("calendars", help="list the built-in holiday calendar ids")
    calendars.set_defaults(run=_run_calendars)

    schema = commands.add_parser("schema", help="print the JSON Schema of charter documents")
    schema.set_defaults(run=_run_schema)

    holidays = commands.add_parser("holidays", help="list the holidays of a year")
    _calendar_arguments(holidays)
    holidays.add_argument(
        "--year", type=_year, help=f"the year (default: the current year in {HOME_ZONE})"
    )
    holidays.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the names (default: en)"
    )
    holidays.add_argument("--json", action="store_true", help="print JSON instead of text")
    holidays.set_defaults(run=_run_holidays)

    deadlines = commands.add_parser(
        "deadlines", help="the reply date of every guarantee of a charter, for one receipt"
    )
    deadlines.add_argument(
        "--received",
        type=_instant,
        required=True,
        metavar="INSTANT",
        help="when the question arrived, with its offset: 2026-12-23T10:00+01:00",
    )
    source = deadlines.add_mutually_exclusive_group()
    source.add_argument("--charter", metavar="FILE", help="a .json or .toml charter document")
    source.add_argument(
        "--example", metavar="NAME", help="a bundled example (default: the default example)"
    )
    deadlines.add_argument("--json", action="store_true", help="print JSON instead of text")
    deadlines.set_defaults(run=_run_deadlines)

    workdays = commands.add_parser("workdays", help="working-day arithmetic")
    actions = workdays.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="the N-th working day after DATE (N may be negative)")
    add.add_argument("date", type=_iso_date, metavar="DATE")
    add.add_argument("n", type=int, metavar="N")
    between = actions.add_parser("between", help="the number of working days in (A, B]")
    between.add_argument("a", type=_iso_date, metavar="A")
    between.add_argument("b", type=_iso_date, metavar="B")
    for action in (add, between):
        _calendar_arguments(action)
        action.add_argument(
            "--workweek",
            type=_workweek,
            default=MONDAY_TO_FRIDAY,
            help="days worked, such as 'mo-fr' (default) or 'mo-sa'",
        )
    add.set_defaults(run=_run_add)
    between.set_defaults(run=_run_between)
    return parser


def _run_schema(_args: argparse.Namespace, out: TextIO) -> None:
    from charter.io.schema import json_schema  # noqa: PLC0415 - only this command needs it

    out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


def _run_deadlines(args: argparse.Namespace, out: TextIO) -> None:
    from charter import examples  # noqa: PLC0415 - only this command needs documents
    from charter.io import load  # noqa: PLC0415

    charter = load(args.charter) if args.charter is not None else examples.load(args.example)
    rows = [(g, charter.deadline(g.id, args.received)) for g in charter.guarantees]
    if args.json:
        document = {
            "received": args.received.isoformat(),
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
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    width = max((len(g.id) for g, _ in rows), default=0)
    for g, d in rows:
        due = d.due.isoformat(timespec="minutes")
        out.write(f"{g.id:<{width}}  {g.period!s:<16}  due {due}  last day {d.last_day}\n")


def _run_calendars(_args: argparse.Namespace, out: TextIO) -> None:
    out.writelines(
        f"{calendar_id:<20} {calendar.title['en']}\n" for calendar_id, calendar in BUILT_IN.items()
    )
    out.write(f"{'holidays:CC[-SUB]':<20} a country (subdivision) of the holidays package\n")


def _run_holidays(args: argparse.Namespace, out: TextIO) -> None:
    calendar: HolidayCalendar = calendar_by_id(args.calendar)
    year: int = args.year if args.year is not None else datetime.now(ZoneInfo(HOME_ZONE)).year
    names = calendar.in_year(year, args.lang)
    if args.json:
        document = {
            "calendar": args.calendar,
            "year": year,
            "language": args.lang,
            "holidays": [{"date": d.isoformat(), "name": name} for d, name in names.items()],
        }
        out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return
    out.writelines(f"{d.isoformat()}  {name}\n" for d, name in names.items())


def _working_calendar(args: argparse.Namespace) -> WorkingCalendar:
    return WorkingCalendar(
        holidays=calendar_by_id(args.calendar), timezone=HOME_ZONE, workweek=args.workweek
    )


def _run_add(args: argparse.Namespace, out: TextIO) -> None:
    out.write(_working_calendar(args).add_working_days(args.date, args.n).isoformat() + "\n")


def _run_between(args: argparse.Namespace, out: TextIO) -> None:
    out.write(f"{_working_calendar(args).working_days_between(args.a, args.b)}\n")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command with *argv* (default: the process's arguments); return the exit code."""
    out = sys.stdout if out is None else out
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
        args.run(args, out)
    except (_UsageError, CharterError) as error:
        message = " ".join(str(error).split())
        sys.stderr.write(f"charter: error: {message}\n")
        return 2
    except OSError as error:  # a closed pipe, a full disk: the output could not be written
        sys.stderr.write(f"charter: error: cannot write the output: {error.strerror or error}\n")
        return 1
    return 0
