"""``charter calendars``, ``holidays`` and ``workdays``: holiday calendars, working days."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from charter.cli.context import (
    Commands,
    Invocation,
    Parser,
    UsageError,
    iso_date,
    language_argument,
    workweek_argument,
    year_argument,
)
from charter.errors import CharterError, UnknownCalendarError

if TYPE_CHECKING:
    from charter.calendars import HolidayCalendar, WorkingCalendar

#: The zone of the built-in calendars; also the one whose current year ``--year`` defaults to.
HOME_ZONE = "Europe/Brussels"
DEFAULT_CALENDAR = "be-legal"


def register(commands: Commands, plain: Parser) -> None:
    """Add ``calendars``, ``holidays`` and ``workdays`` to *commands*."""
    calendars = commands.add_parser(
        "calendars", parents=[plain], help="list the built-in holiday calendar ids"
    )
    calendars.set_defaults(run=run_calendars)

    holidays = commands.add_parser("holidays", parents=[plain], help="list the holidays of a year")
    _calendar_arguments(holidays)
    holidays.add_argument(
        "--year", type=year_argument, help=f"the year (default: the current year in {HOME_ZONE})"
    )
    holidays.add_argument(
        "--lang",
        type=language_argument,
        default="en",
        metavar="LANG",
        help="language of the names (default: en)",
    )
    holidays.add_argument("--json", action="store_true", help="print JSON instead of text")
    holidays.set_defaults(run=run_holidays)

    workdays = commands.add_parser("workdays", parents=[plain], help="working-day arithmetic")
    actions = workdays.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", parents=[plain], help="the N-th working day after DATE (N may be negative)"
    )
    add.add_argument("date", type=iso_date, metavar="DATE", help="the day to count from")
    add.add_argument("n", type=int, metavar="N", help="the working days to add (or take away)")
    between = actions.add_parser(
        "between", parents=[plain], help="the number of working days in (A, B]"
    )
    between.add_argument("a", type=iso_date, metavar="A", help="the day after which to count")
    between.add_argument("b", type=iso_date, metavar="B", help="the last day counted")
    for action in (add, between):
        _calendar_arguments(action)
        action.add_argument(
            "--workweek",
            type=workweek_argument,
            default=frozenset(range(5)),
            help="days worked, such as 'mo-fr' (default) or 'mo-sa'",
        )
    add.set_defaults(run=run_add)
    between.set_defaults(run=run_between)


def _calendar_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--calendar",
        default=DEFAULT_CALENDAR,
        metavar="ID",
        help=f"holiday calendar id; join ids with '+' (default: {DEFAULT_CALENDAR}; "
        "see 'charter calendars')",
    )


def run_calendars(ctx: Invocation) -> None:
    """List the built-in holiday calendar ids."""
    from charter.calendars import BUILT_IN  # noqa: PLC0415

    rows = [(calendar_id, calendar.title["en"]) for calendar_id, calendar in BUILT_IN.items()]
    rows.append(("holidays:CC[-SUB]", "a country (subdivision) of the holidays package"))
    ctx.table(rows)


def _calendar(calendar_id: str) -> HolidayCalendar:
    from charter.calendars import calendar_by_id  # noqa: PLC0415

    try:
        return calendar_by_id(calendar_id)
    except UnknownCalendarError as error:
        raise UsageError(str(error)) from None


def run_holidays(ctx: Invocation) -> None:
    """List the holidays of a year."""
    args = ctx.args
    calendar = _calendar(args.calendar)
    year: int = args.year if args.year is not None else datetime.now(ZoneInfo(HOME_ZONE)).year
    try:
        names = calendar.in_year(year, args.lang)
    except CharterError as error:  # the holidays package does not cover the year
        raise UsageError(str(error)) from None
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


def run_add(ctx: Invocation) -> None:
    """The N-th working day after a date."""
    ctx.write(_working_calendar(ctx.args).add_working_days(ctx.args.date, ctx.args.n).isoformat())


def run_between(ctx: Invocation) -> None:
    """The number of working days in (A, B]."""
    ctx.write(f"{_working_calendar(ctx.args).working_days_between(ctx.args.a, ctx.args.b)}")
