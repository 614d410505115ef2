"""``charter open`` and ``charter hours``: a channel's opening hours."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from charter.calendars import Weekday
from charter.cli.context import (
    LOCALES,
    Commands,
    Invocation,
    Parser,
    channel_of,
    language_argument,
    osm_text,
)
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
    hours.add_argument(
        "--lang",
        type=language_argument,
        metavar="LANG",
        help="the language of the channel's name, its notes and the days "
        "(default: the charter's first language)",
    )
    hours.add_argument(
        "--fallback",
        type=language_argument,
        metavar="LANG",
        help="take the texts the channel lacks in the language from LANG, and say so "
        "(default: refuse)",
    )
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
    """A channel's hours, in the charter's language (or ``--lang``) alone.

    Its name and its notes are the charter's texts in that language: one it lacks is
    refused, or taken from ``--fallback`` and a last line says so, as ``render`` does.
    """
    from charter.language._texts import Scope, Texts  # noqa: PLC0415 - Babel on use
    from charter.language.document import fallback_notice, hours_line  # noqa: PLC0415
    from charter.language.messages import Messages  # noqa: PLC0415

    c = ctx.charter()
    channel, hours = _channel_hours(c, ctx.args.channel)
    language = ctx.args.lang or c.languages[0]
    m = Messages(LOCALES[language])
    texts = Texts(language, ctx.args.fallback)
    where = f"channels[{channel.id}]"
    name = texts.say(channel.name, f"{where}.name")
    words = hours_line(channel, m, Scope(texts, f"{where}.hours.", mark=False))
    texts.check(written_in=c.languages)  # in the language asked, or refused (see --fallback)
    # The notes as the words above said them: the same texts, none missing any more.
    written = osm_text(hours, lambda note, path: Texts(language, texts.fallback).say(note, path))
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
                "language": language,
                "timezone": hours.timezone,
                "opening_hours": written,
                "weekly": weekly,
            }
        )
        return
    ctx.write(f"{channel.id} ({name}), {hours.timezone}")
    ctx.write(f"opening_hours: {written}")
    if hours.weekly is not None:
        days = [m.weekday(day).capitalize() for day in range(7)]
        width = max(map(len, days))
        for day, ranges in zip(days, hours.weekly.days, strict=True):
            ctx.write(f"  {day:<{width}}  {', '.join(map(str, ranges)) or m.gettext('closed')}")
    ctx.write(words)
    if texts.fell_back and texts.fallback is not None:
        ctx.write(fallback_notice(m, texts.fallback))
