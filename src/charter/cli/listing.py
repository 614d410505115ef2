"""``charter guarantees`` and ``charter channels``: what a charter promises, and where.

The text is a table a line each; ``--json`` gives each guarantee or channel in the form
the charter document writes it (docs/documents.md), so that a script reads the same
fields it would write.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from charter.cli.context import Commands, Invocation, Parser, osm_text

if TYPE_CHECKING:
    from charter.model import Channel, Charter, Guarantee


def register(commands: Commands, with_charter: Parser) -> None:
    """Add ``guarantees`` and ``channels`` to *commands*."""
    guarantees = commands.add_parser(
        "guarantees",
        parents=[with_charter],
        help="the charter's promises: ids, periods, counting rules, targets",
    )
    guarantees.add_argument("--json", action="store_true", help="print JSON instead of text")
    guarantees.set_defaults(run=run_guarantees)

    channels = commands.add_parser(
        "channels",
        parents=[with_charter],
        help="the charter's channels: ids, kinds, contacts, opening hours",
    )
    channels.add_argument("--json", action="store_true", help="print JSON instead of text")
    channels.set_defaults(run=run_channels)


def _document(c: Charter, key: str) -> list[dict[str, Any]]:
    """The entries of *key* (``guarantees``, ``channels``) as the charter's document has them."""
    from charter.io import dumps  # noqa: PLC0415

    entries: list[dict[str, Any]] = json.loads(dumps(c))[key]
    return entries


def run_guarantees(ctx: Invocation) -> None:
    """The charter's guarantees, a line each."""
    c = ctx.charter()
    if ctx.args.json:
        ctx.json({"timezone": c.timezone, "guarantees": _document(c, "guarantees")})
        return
    rows: list[tuple[str, ...]] = [
        ("guarantee", "kind", "period", "counting", "extension", "target", "promise")
    ]
    rows.extend(_guarantee_row(g) for g in c.guarantees)
    ctx.table(rows)


def _guarantee_row(g: Guarantee) -> tuple[str, ...]:
    from charter.language.english import english, plural  # noqa: PLC0415 - Babel on use

    extension = "-"
    if g.extension is not None:
        times = "once" if g.extension.times == 1 else plural(g.extension.times, "time")
        extension = f"{g.extension.by}, {times}"
    target = "-" if g.target is None else str(g.target)
    return (
        g.id,
        g.kind.value,
        str(g.period),
        g.rule.name,
        extension,
        target,
        english(g.description),
    )


def run_channels(ctx: Invocation) -> None:
    """The charter's channels, a line each."""
    c = ctx.charter()
    if ctx.args.json:
        ctx.json({"timezone": c.timezone, "channels": _document(c, "channels")})
        return
    rows: list[tuple[str, ...]] = [
        ("channel", "kind", "name", "contact", "appointment", "opening hours")
    ]
    rows.extend(_channel_row(channel) for channel in c.channels)
    ctx.table(rows)


def _channel_row(channel: Channel) -> tuple[str, ...]:
    from charter.language.english import english  # noqa: PLC0415 - Babel on use

    # The table's working English: each note in English, else in a language it has.
    hours = "-" if channel.hours is None else osm_text(channel.hours, lambda note, _: english(note))
    appointment = channel.appointment.value.replace("_", " ")
    return (
        channel.id,
        channel.kind.value,
        english(channel.name),
        _reach(channel),
        appointment,
        hours,
    )


def _reach(channel: Channel) -> str:
    """How the channel is reached: its phone, e-mail, web address or postal address."""
    contact = channel.contact
    if contact.phone is not None:
        return contact.phone.text
    if contact.email is not None:
        return contact.email.address
    if contact.url is not None:
        return contact.url.address
    if contact.address is not None:
        from charter.language.english import english  # noqa: PLC0415 - Babel on use
        from charter.text import to_text  # noqa: PLC0415

        a = contact.address
        return f"{english(to_text(a.street))}, {a.postal_code} {english(to_text(a.city))}"
    return "-"
