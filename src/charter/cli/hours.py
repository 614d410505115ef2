"""``charter open`` and ``charter hours``: a channel's opening hours."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from charter.calendars import Weekday
from charter.cli.context import Commands, Invocation, Parser, channel_of
from charter.errors import MAX_YEAR, CharterValueError

if TYPE_CHECKING:
    from charter.hours import OpeningHours
    from charter.model import Channel, Charter


def register(commands: Commands, with_charter: Parser) -> None:
    """Add ``open`` and ``hours`` to *commands*."""
    opened = commands.add_parser(
        "open", parents=[with_charter], help="whether a channel is open, and its next change"
    )
    opened.add_argument("channel", metavar="CHANNEL", help="the channel's id")
    opened.add_argument("--at", default="now", metavar="WHEN", help="when (now)")
    opened.add_argument("--json", action="store_true", help="print JSON instead of text")
    opened.set_defaults(run=run_open)

    hours = commands.add_parser("hours", parents=[with_charter], help="a channel's hours")
    hours.add_argument("channel", metavar="CHANNEL", help="the channel's id")
    hours.add_argument("--json", action="store_true", help="print JSON instead of text")
    hours.set_defaults(run=run_hours)


def _channel_hours(c: Charter, channel_id: str) -> tuple[Channel, OpeningHours]:
    channel = channel_of(c, channel_id)
    if channel.hours is None:
        raise CharterValueError(f"channel {channel.id!r} has no opening hours")
    return channel, channel.hours


def run_open(ctx: Invocation) -> None:
    """Whether a channel is open at an instant, and its next change."""
    from charter.language.english import moment_text  # noqa: PLC0415 - Babel on use

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
    ctx.write(f"{channel.id} is {state} on {moment_text(at, zone)} ({c.timezone}).")
    if change is None:
        ctx.write(f"It stays {state} (as far as the supported years go, to {MAX_YEAR}).")
    elif state == "unknown" or hours.state(change).value == "unknown":
        ctx.write(f"It is {hours.state(change).value} from {moment_text(change, zone)}.")
    else:
        verb = "closes" if state == "open" else "opens"
        ctx.write(f"It {verb} on {moment_text(change, zone)}.")


def run_hours(ctx: Invocation) -> None:
    """A channel's hours."""
    from charter.language.english import english  # noqa: PLC0415 - Babel on use

    c = ctx.charter()
    channel, hours = _channel_hours(c, ctx.args.channel)
    weekly = (
        None
        if hours.weekly is None
        else {
            Weekday(day).name.lower(): [str(r) for r in ranges]
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
    ctx.write(f"{channel.id} ({english(channel.name)}), {hours.timezone}")
    ctx.write(f"opening_hours: {hours.to_osm()}")
    if weekly is None:
        ctx.write("  (rules beyond a weekly schedule: see opening_hours above)")
        return
    for day, ranges in weekly.items():
        ctx.write(f"  {day.title():<10} {', '.join(ranges) or 'closed'}")
    if hours.seasons or hours.special or hours.holidays is not None:
        ctx.write("  (seasons, holidays and special days: see opening_hours above)")
