"""``charter export``: the charter in the neighbours' formats (docs/interop.md).

CPSV-AP and schema.org JSON-LD, or an iCalendar feed of closures and special hours for
the dates ``--start`` to ``--end`` (required: the command reads no clock), to standard
output or ``--output FILE``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from charter.cli.context import Commands, Invocation, Parser, UsageError, channel_of, iso_date

if TYPE_CHECKING:
    from charter.model import Charter


def register(commands: Commands, with_charter: Parser) -> None:
    """Add ``export`` to *commands*."""
    export = commands.add_parser(
        "export",
        parents=[with_charter],
        help="the charter as CPSV-AP or schema.org JSON-LD, or as an iCalendar feed",
    )
    export.add_argument(
        "--format",
        required=True,
        choices=("cpsv-ap", "schema-org", "ical"),
        help="cpsv-ap, schema-org or ical",
    )
    export.add_argument(
        "--start", type=iso_date, metavar="DATE", help="the first day (YYYY-MM-DD; ical needs it)"
    )
    export.add_argument(
        "--end", type=iso_date, metavar="DATE", help="the last day (YYYY-MM-DD; ical needs it)"
    )
    export.add_argument("--channel", metavar="CHANNEL", help="ical: one channel's days only")
    export.add_argument(
        "--spatial", metavar="IRI", help="cpsv-ap: the area the organisation serves, an IRI"
    )
    export.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    export.set_defaults(run=run_export)


def run_export(ctx: Invocation) -> None:
    """The charter in another standard's format."""
    args = ctx.args
    if args.format == "ical" and (args.start is None or args.end is None):
        raise UsageError("--format ical needs --start and --end (YYYY-MM-DD)")
    if args.channel is not None and args.format != "ical":
        raise UsageError("--channel is for --format ical")
    if args.spatial is not None and args.format != "cpsv-ap":
        raise UsageError("--spatial is for --format cpsv-ap")
    c = ctx.charter()
    text = _export(c, ctx)
    if args.output is None:
        ctx.out.write(text)
        return
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as error:
        raise UsageError(f"cannot write {args.output}: {error.strerror or error}") from None


def _export(c: Charter, ctx: Invocation) -> str:
    from charter.cli.context import json_text  # noqa: PLC0415
    from charter.interop import to_cpsv_ap, to_ical, to_schema_org  # noqa: PLC0415

    args = ctx.args
    if args.format == "cpsv-ap":
        return json_text(to_cpsv_ap(c, spatial=args.spatial)) + "\n"
    if args.format == "schema-org":
        return json_text(to_schema_org(c, start=args.start, end=args.end)) + "\n"
    if args.channel is not None:
        channel_of(c, args.channel)  # an unknown channel is a usage error
    return to_ical(c, start=args.start, end=args.end, channel=args.channel)
