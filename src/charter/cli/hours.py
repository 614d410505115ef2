"""``charter open`` and ``charter hours``: a channel's opening hours."""

from __future__ import annotations

from datetime import date
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
from charter.errors import MAX_YEAR, CharterValueError, OpeningHoursError

if TYPE_CHECKING:
    from charter.hours import CloseEarly, ExtraHours, MonthDay, OpeningHours
    from charter.language._texts import Texts
    from charter.language.messages import Messages
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


def _every_week(hours: OpeningHours, day: int, m: Messages, texts: Texts) -> list[str]:
    """The extra hours *hours* add every week on *day*, each with its note and appointment."""
    found = []
    for index, item in enumerate(hours.extra):
        if not item.every_week or day not in item.days:
            continue
        text = ", ".join(map(str, item.hours))
        note = None if item.note is None else texts.say(item.note, f"extra[{index}].note")
        if note and item.by_appointment:
            # Translators: hours for one purpose, by appointment only: "Tuesday from 17:00 to
            # 19:00 (pensions only, by appointment)" ("(enkel pensioenen, op afspraak)").
            text = m.gettext("{text} ({note}, by appointment)").format(text=text, note=note)
        elif note:
            # Translators: a note on a season or a special day: "closed on 24 December
            # (Christmas Eve)".
            text = m.gettext("{text} ({note})").format(text=text, note=note)
        elif item.by_appointment:
            # Translators: hours open by appointment only: "Tuesday from 9:00 to 12:00 (by
            # appointment)" ("(op afspraak)", "(sur rendez-vous)", "(nur nach
            # Terminvereinbarung)").
            text = m.gettext("{text} (by appointment)").format(text=text)
        found.append(text)
    return found


def _extra_json(item: ExtraHours, index: int, texts: Texts) -> dict[str, object]:
    """Extra hours as ``--json`` gives them: as a document writes them, the note said."""
    found: dict[str, object] = {
        "days": [Weekday(day).name.lower() for day in sorted(item.days)],
        "hours": [str(r) for r in item.hours],
    }
    if item.nth:
        found["nth"] = list(item.nth)
    if item.every_other_week is not None:
        found["every_other_week"] = item.every_other_week.isoformat()
    found["by_appointment"] = item.by_appointment
    if item.note is not None:
        found["note"] = texts.say(item.note, f"extra[{index}].note")
    return found


def _early_json(item: CloseEarly, index: int, texts: Texts) -> dict[str, object]:
    """A day closing early as ``--json`` gives it: its days, the time, the note said."""
    found: dict[str, object] = {"start": _day(item.start), "end": _day(item.end)}
    found["closes"] = f"{item.closes:%H:%M}"
    if item.note is not None:
        found["note"] = texts.say(item.note, f"close_early[{index}].note")
    return found


def _day(value: date | MonthDay) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


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
    said = Texts(language, texts.fallback)
    try:
        written: str | None = osm_text(hours, said.say)
        refused = ""
    except OpeningHoursError as error:  # every other week from a date: no OSM form
        written, refused = None, str(error)
    weekly = (
        None
        if hours.weekly is None
        else {
            Weekday(day).name.lower(): [str(r) for r in ranges]
            for day, ranges in enumerate(hours.weekly.days)
        }
    )
    if ctx.args.json:
        document: dict[str, object] = {
            "channel": channel.id,
            "language": language,
            "timezone": hours.timezone,
            "opening_hours": written,
            "weekly": weekly,
        }
        if hours.extra:
            document["extra"] = [_extra_json(item, i, said) for i, item in enumerate(hours.extra)]
        if hours.close_early:
            document["close_early"] = [
                _early_json(item, i, said) for i, item in enumerate(hours.close_early)
            ]
        ctx.json(document)
        return
    ctx.write(f"{channel.id} ({name}), {hours.timezone}")
    ctx.write(
        f"opening_hours: {written}" if written is not None else f"opening_hours: none ({refused})"
    )
    if hours.weekly is not None:
        days = [m.weekday(day).capitalize() for day in range(7)]
        width = max(map(len, days))
        for index, (day, ranges) in enumerate(zip(days, hours.weekly.days, strict=True)):
            cells = [", ".join(map(str, ranges))] if ranges else []
            cells += _every_week(hours, index, m, said)
            ctx.write(f"  {day:<{width}}  {', '.join(cells) or m.gettext('closed')}")
    ctx.write(words)
    if texts.fell_back and texts.fallback is not None:
        ctx.write(fallback_notice(m, texts.fallback))
