"""What every command shares: its invocation, its output, its arguments, its lookups.

Whatever reaches the terminal passes through :func:`charter._excerpt.for_terminal`
(text) or :func:`json_text` (JSON): no control, bidi or line-break character from a
file, a charter or an argument is written raw (docs/design.md#limits-and-hostile-input).
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, NoReturn, TextIO, TypeAlias
from zoneinfo import ZoneInfo

from charter._excerpt import UNSAFE_IN_LINES, for_terminal
from charter.calendars import Weekday
from charter.errors import (
    MAX_YEAR,
    MIN_YEAR,
    CharterError,
    CharterValueError,
    UnknownChannelError,
    UnknownGuaranteeError,
    UnsupportedYearError,
    excerpt,
)
from charter.text import LANGUAGES

if TYPE_CHECKING:
    from charter.clock import Event
    from charter.hours import OpeningHours
    from charter.io.limits import Limits
    from charter.model import Channel, Charter, Guarantee
    from charter.text import LocalizedText

#: What a command group's ``register`` adds its commands to.
Commands: TypeAlias = "argparse._SubParsersAction[Parser]"  # noqa: SLF001

#: The locale each of the library's languages (``charter.text.LANGUAGES``) is written in:
#: Belgium's.
LOCALES = {language: f"{language}_BE" for language in LANGUAGES}


class UsageError(Exception):
    """A bad argument: exit status 2."""


class CheckFailedError(Exception):
    """A check that failed, already reported: exit status 1."""


class Parser(argparse.ArgumentParser):
    """A parser whose usage errors are :class:`UsageError`, for ``main`` to report."""

    def error(self, message: str) -> NoReturn:
        """Raise *message* as a :class:`UsageError` (argparse would exit)."""
        raise UsageError(message)


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_YEAR = re.compile(r"-?\d{1,4}")

# -- arguments ---------------------------------------------------------------------------------


def iso_date(text: str) -> date:
    """An argument ``YYYY-MM-DD``, and nothing else ``date.fromisoformat`` takes."""
    message = f"{text!r} is not a date in the form YYYY-MM-DD"
    if not _DATE.fullmatch(text):  # fromisoformat also takes 20261224 and 2026-W52-4
        raise argparse.ArgumentTypeError(message)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message) from None


_LANGUAGE = re.compile(r"([A-Za-z]{2})(?:[-_]([A-Za-z]{2}))?")


def language_argument(text: str) -> str:
    """A language the command writes, as Python and Babel spell it: ``nl``, ``nl-BE``, ``nl_BE``.

    The texts are Belgian (``LOCALES``): a region other than BE is refused, not ignored.
    """
    known = ", ".join(LANGUAGES[:-1]) + f" or {LANGUAGES[-1]}"
    found = _LANGUAGE.fullmatch(text)
    language = found[1].lower() if found else None
    if found is None or language not in LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"{excerpt(text)} is not a language the command writes: {known} "
            "(nl-BE and nl_BE mean nl)"
        )
    region = found[2]
    if region is not None and region.upper() != "BE":
        raise argparse.ArgumentTypeError(
            f"{excerpt(text)}: the command writes Belgian texts; give {language} or {language}-BE"
        )
    return language


def year_argument(text: str) -> int:
    """An argument that is a supported year."""
    if not _YEAR.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a year")
    value = int(text)
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise argparse.ArgumentTypeError(str(UnsupportedYearError.for_year(value)))
    return value


def workweek_argument(text: str) -> frozenset[Weekday]:
    """Parse ``mo-fr``, ``mo-sa`` or ``mo,tu,th``: two-letter English day names, any case.

    The opening-hours reader parses the list (``Mo-Fr``, wrapping ``Fr-Mo`` too).
    """
    from charter.hours.ranges import parse_weekdays  # noqa: PLC0415

    try:
        return parse_weekdays(text.title())
    except CharterError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a work week such as 'mo-fr', 'mo-sa' or 'mo,we,fr'"
        ) from None


def count_argument(text: str) -> int:
    """An argument that is a whole number, 0 or more."""
    if not (text.isascii() and text.isdigit()):
        raise argparse.ArgumentTypeError(f"{excerpt(text)} is not a whole number, 0 or more")
    return int(text)


def positive_argument(text: str) -> int:
    """An argument that is a whole number, 1 or more."""
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{excerpt(text)} is not a whole number, 1 or more")
    return int(text)


def read_instant(text: str, zone: str, what: str, notes: list[str]) -> datetime:
    """*text* as an instant: ISO 8601 with its offset, a local time in *zone*, or ``now``.

    The library reads the text (:func:`charter.calendars.instants.parse_instant`); ``now`` is the
    command's alone. A note says how a local time was read.
    """
    from charter.calendars.instants import parse_instant  # noqa: PLC0415

    if text == "now":
        return datetime.now(ZoneInfo(zone))
    try:
        value, note = parse_instant(text, zone, example=_EXAMPLE)
    except CharterError as error:
        raise UsageError(f"{what}: {error}") from None
    if note is not None:
        notes.append(f"{what} {note}")
    return value


_EXAMPLE = "2026-12-23T10:00+01:00, 2026-12-23T10:00 (in the charter's zone) or now"


def common_options(debug_only: bool = False) -> Parser:  # noqa: FBT001, FBT002
    """The options every command takes: ``--debug``, and where the charter comes from."""
    parent = Parser(add_help=False)
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
        limit_argument(parent)
    return parent


def limit_argument(parser: argparse.ArgumentParser) -> None:
    """``--limit NAME=N``, which raises a limit of the charter document."""
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
    return name, positive_argument(value)


#: How the library says to raise a limit, and how the command says it.
_LIBRARY_HINT = re.compile(r"limits=charter\.Limits\((\w+)=\.\.\.\)")
_CASE_HINT = "load_case(..., max_bytes=...)"
_LOADS_HINT = "use charter.loads to read a document from a string"
_ZONE_HINT = "or read the file with a timezone"
_FALLBACK_HINT = "give fallback= a language"
_SPATIAL_HINT = "give spatial= (an IRI"
_START_HINT = "give start= "
_SPATIAL_TYPE = "expected spatial as "
#: How the library says to give a delimiter or an encoding (docs/cli.md says the flags).
_KEYWORD = re.compile(r"(delimiter|encoding)='([^']*)'")


def command_words(message: str) -> str:
    """*message* with the library's hints as the command's flags.

    ``limits=charter.Limits(NAME=...)`` is ``--limit NAME=N``; ``delimiter=';'`` and
    ``encoding='cp1252'`` are ``--delimiter`` and ``--encoding``; a reader's time zone is
    ``--local-times``; a language to take missing texts from, ``--fallback``; the area
    CPSV-AP needs, ``--spatial``.
    """
    return _KEYWORD.sub(
        _flag,
        _LIBRARY_HINT.sub(r"--limit \1=N", message)
        .replace(_CASE_HINT, "--max-case-bytes")
        .replace(_LOADS_HINT, "give --charter the path of a .json or .toml file")
        .replace(_ZONE_HINT, "or give --local-times")
        .replace(_FALLBACK_HINT, "give --fallback LANG")
        .replace(_SPATIAL_HINT, "give --spatial IRI (an IRI")
        .replace(_START_HINT, "give --start DATE ")
        .replace(_SPATIAL_TYPE, "expected --spatial as "),
    )


def _flag(match: re.Match[str]) -> str:
    value = match.group(2)
    if match.group(1) == "encoding":
        return f"--encoding {value}"
    return "--delimiter tab" if value == "\\t" else f"--delimiter '{value}'"


def event_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of a case's events: ``--started AT``, ``--suspend FROM TO``, ``--extend``."""
    parser.add_argument(
        "--started",
        metavar="AT",
        help=(
            "the event the guarantee counts from (a complete file, say) happened at AT; "
            "for a guarantee that does not count from the receipt"
        ),
    )
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
    parser.add_argument(
        "--extend-until",
        nargs=2,
        action="append",
        default=[],
        metavar=("AT", "DATE"),
        help="a notice at AT told the client the answer comes by DATE, YYYY-MM-DD (repeatable)",
    )


# -- shared pieces -----------------------------------------------------------------------------


class Invocation:
    """One run of the command: its arguments, its output, the notes it gathered.

    Every ``run_*`` function takes it (as ``ctx``).
    """

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
        from charter.cli import _cache  # noqa: PLC0415 - only the commands that need one
        from charter.errors import UnknownExampleError  # noqa: PLC0415

        if self.args.charter is not None:
            from charter.io import load  # noqa: PLC0415

            return load(self.args.charter, limits=self.limits())
        try:
            return _cache.example(self.args.example)
        except UnknownExampleError as error:
            raise UsageError(str(error)) from None

    def when(self, text: str, zone: str, what: str) -> datetime:
        """The instant argument *text* (option *what*), local times read in *zone*."""
        return read_instant(text, zone, what, self.notes)

    def write(self, text: str = "") -> None:
        """Write one line, escaping what could act on the terminal or break the line."""
        self.out.write(for_terminal(text) + "\n")

    def table(self, rows: Sequence[Sequence[str]], *, numbers: bool = False) -> None:
        """*rows* in columns, two spaces apart; with *numbers*, all but the first right-aligned."""
        widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
        for row in rows:
            cells = [
                cell.rjust(width) if numbers and k else cell.ljust(width)
                for k, (cell, width) in enumerate(zip(row, widths, strict=True))
            ]
            self.write("  ".join(cells).rstrip())

    def document(self, text: str) -> None:
        """Write a text of several lines (a rendered charter), escaped as ``write`` does."""
        self.out.write(for_terminal(text, lines=True))

    def json(self, document: object) -> None:
        """Write *document* as JSON (:func:`json_text`)."""
        self.out.write(json_text(document) + "\n")


def json_text(document: object) -> str:
    r"""*document* as JSON, every character that could act on a terminal as a \u escape.

    ``json.dumps`` escapes the C0 controls; DEL, the C1 controls, bidi controls, lone
    surrogates and U+2028/U+2029 it would write raw. Outside strings JSON is ASCII, so
    each such character is inside a string, where ``\uXXXX`` is the same character.
    """
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return UNSAFE_IN_LINES.sub(lambda found: f"\\u{ord(found[0]):04x}", text)


def guarantee_of(c: Charter, guarantee_id: str) -> Guarantee:
    """``c.guarantee(guarantee_id)``; an unknown id is a usage error (exit 2)."""
    try:
        return c.guarantee(guarantee_id)
    except UnknownGuaranteeError as error:
        raise UsageError(str(error)) from None


def channel_of(c: Charter, channel_id: str) -> Channel:
    """``c.channel(channel_id)``; an unknown id is a usage error (exit 2)."""
    try:
        return c.channel(channel_id)
    except UnknownChannelError as error:
        raise UsageError(str(error)) from None


def osm_text(hours: OpeningHours, say: Callable[[LocalizedText, str], str]) -> str:
    """*hours* as OpenStreetMap text, each note as *say* gives it (from the note and its path).

    ``OpeningHours.to_osm`` writes every note in one language and refuses a note that lacks
    it; the command says each in the language it speaks, or takes it from another.
    """
    from attrs import evolve  # noqa: PLC0415

    from charter.hours import OpeningHours  # noqa: PLC0415
    from charter.text import LocalizedText  # noqa: PLC0415

    if hours.weekly is None:  # rules alone: their comments are the value's own text
        return hours.to_osm()

    def one(note: LocalizedText | None, path: str) -> LocalizedText | None:
        return None if note is None else LocalizedText({"en": say(note, path)})

    said = OpeningHours(
        timezone=hours.timezone,
        weekly=hours.weekly,
        seasons=[
            evolve(s, note=one(s.note, f"seasons[{i}].note")) for i, s in enumerate(hours.seasons)
        ],
        holidays=hours.holidays,
        holiday_hours=hours.holiday_hours,
        special=[
            evolve(s, note=one(s.note, f"special[{i}].note")) for i, s in enumerate(hours.special)
        ],
        extra=[evolve(e, note=one(e.note, f"extra[{i}].note")) for i, e in enumerate(hours.extra)],
        close_early=[
            evolve(c, note=one(c.note, f"close_early[{i}].note"))
            for i, c in enumerate(hours.close_early)
        ],
        by_appointment=hours.by_appointment,
    )
    return said.to_osm(language="en")


def events_from_options(
    ctx: Invocation, g: Guarantee, zone: str, *, open_since: str | None = None
) -> list[Event]:
    """The events given as options, in time order: start, suspensions, extensions."""
    from charter.clock import Extended, Resumed, Started, Suspended  # noqa: PLC0415

    args = ctx.args
    found: list[Event] = []
    if args.started is not None:
        found.append(Started(at=ctx.when(args.started, zone, "--started")))
    for start, end in args.suspend:
        found.append(Suspended(at=ctx.when(start, zone, "--suspend FROM")))
        found.append(Resumed(at=ctx.when(end, zone, "--suspend TO")))
    for at in args.extend:
        if g.extension is None:
            raise CharterValueError(f"guarantee {g.id!r} allows no extension")
        found.append(Extended(at=ctx.when(at, zone, "--extend"), by=g.extension.by))
    for at, day in args.extend_until:
        try:
            until = iso_date(day)
        except argparse.ArgumentTypeError as error:
            raise UsageError(f"--extend-until DATE: {error}") from None
        found.append(Extended(at=ctx.when(at, zone, "--extend-until AT"), until=until))
    if open_since is not None:
        found.append(Suspended(at=ctx.when(open_since, zone, "--suspended-since")))
    found.sort(key=lambda event: event.at.astimezone(UTC))
    return found
