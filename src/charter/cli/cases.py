"""``charter status`` and ``charter report``: one case against its promise, many cases."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from datetime import timedelta
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from charter._excerpt import for_terminal
from charter.cli.context import (
    Commands,
    Invocation,
    Parser,
    UsageError,
    command_words,
    count_argument,
    event_arguments,
    events_from_options,
    guarantee_of,
    iso_date,
    positive_argument,
)
from charter.errors import (
    CharterValueError,
)

if TYPE_CHECKING:
    from charter.cases import Case, ComplianceReport, ReachabilityResult
    from charter.cases.measure import Amount
    from charter.model import Charter, ReachabilityTarget

#: The command's words for the delimiters, and the library's.
_DELIMITERS = {",": ",", ";": ";", "tab": "\t"}
#: The bytes a case document (``status --case``) may hold; ``--max-case-bytes`` raises it.
MAX_CASE_BYTES = 1_000_000  # as charter.io.cases.MAX_CASE_BYTES, which a test checks


def register(commands: Commands, with_charter: Parser) -> None:
    """Add ``status`` and ``report`` to *commands*."""
    status = commands.add_parser(
        "status", parents=[with_charter], help="where one case stands against its promise"
    )
    status.add_argument("guarantee", nargs="?", metavar="GUARANTEE", help="the guarantee's id")
    status.add_argument("--case", metavar="FILE", help="the case as a JSON document")
    status.add_argument(
        "--max-case-bytes",
        type=positive_argument,
        default=MAX_CASE_BYTES,
        metavar="N",
        help=f"the most bytes the --case document may hold ({MAX_CASE_BYTES:,})",
    )
    status.add_argument("--received", metavar="WHEN", help="when the question arrived")
    event_arguments(status)
    status.add_argument(
        "--suspended-since", metavar="FROM", help="the clock stopped at FROM and still is"
    )
    status.add_argument("--answered", metavar="AT", help="when it was answered")
    status.add_argument("--reference", metavar="REF", help="the case's reference")
    status.add_argument("--at", default="now", metavar="WHEN", help="when to judge (now)")
    status.add_argument("--json", action="store_true", help="print JSON instead of text")
    status.set_defaults(run=run_status)

    report = commands.add_parser(
        "report",
        parents=[with_charter],
        help="compliance over cases (and calls) from CSV, Excel or Parquet files",
    )
    report.add_argument(
        "cases", metavar="CASES", help="the cases, a row each (.csv, .xlsx or .parquet)"
    )
    report.add_argument(
        "--calls", metavar="CALLS", help="call records, a row each (.csv, .xlsx or .parquet)"
    )
    report.add_argument("--at", default="now", metavar="WHEN", help="when to judge (now)")
    report.add_argument(
        "--delimiter",
        choices=sorted(_DELIMITERS),
        help="what separates a CSV file's fields (default: the one that splits the header "
        "into the columns needed)",
    )
    report.add_argument(
        "--encoding",
        choices=("utf-8", "cp1252"),
        default="utf-8",
        help="the CSV files' encoding: utf-8 (default) or cp1252 (Windows-1252)",
    )
    report.add_argument(
        "--local-times",
        action="store_true",
        help="read times without an offset in the charter's zone (refused otherwise)",
    )
    report.add_argument(
        "--keep",
        type=count_argument,
        default=100,
        metavar="N",
        help="breaches and rows listed (100)",
    )
    report.add_argument(
        "--from",
        dest="first",
        type=iso_date,
        metavar="DATE",
        help="count only cases received on or after this day (in the charter's zone)",
    )
    report.add_argument(
        "--until",
        dest="last",
        type=iso_date,
        metavar="DATE",
        help="count only cases received on or before this day (in the charter's zone)",
    )
    report.add_argument("--json", action="store_true", help="print JSON instead of text")
    report.set_defaults(run=run_report)


def run_status(ctx: Invocation) -> None:
    """Where one case stands against its promise."""
    from charter.cases import Status  # noqa: PLC0415
    from charter.io import to_json  # noqa: PLC0415
    from charter.language.english import day_text, moment_text  # noqa: PLC0415 - Babel on use

    args = ctx.args
    c = ctx.charter()
    case = _case_from_file(ctx, c) if args.case is not None else _case_from_options(ctx, c)
    at = ctx.when(args.at, c.timezone, "--at")
    report = c.evaluate(case, at=at)
    if args.json:
        ctx.json(to_json(report))
        return
    zone = ZoneInfo(c.timezone)
    g = c.guarantee(case.guarantee)
    who = f"{case.reference} " if case.reference else ""
    status = report.status.value.replace("_", " ")
    ctx.write(f"{who}{g.id}: {status} as of {moment_text(at, zone)}")
    ctx.write(f"Received     {moment_text(case.received, zone)} ({c.timezone})")
    ctx.write(f"Answer by    {day_text(report.deadline.last_day)}")
    if report.suspended_since is not None:
        ctx.write(
            f"Suspended    since {moment_text(report.suspended_since, zone)}; the date above "
            f"holds if the clock starts again on {moment_text(at, zone)}"
        )
    if report.status is Status.NOT_STARTED:
        ctx.write(
            f"Not started  the period counts from its start event ({g.starts.value}); the "
            f"date above holds if it happens on {moment_text(at, zone)}"
        )
    if report.answered is not None and report.response is not None:
        ctx.write(f"Answered     {moment_text(report.answered, zone)}")
        ctx.write(f"Response     {_response(report.response, report.allowed)}")
        return
    from charter.cases.measure import Amount  # noqa: PLC0415

    remaining = report.remaining
    left = "left" if remaining.ticks >= 0 else "overdue"
    shown = Amount(abs(remaining.ticks), remaining.unit)
    ctx.write(f"Time         {shown} {left} of {report.allowed}; {float(report.elapsed):.0%} used")


def _response(response: Amount, allowed: Amount) -> str:
    """The time an answer took against the time allowed: ``2 working days, of 5 … allowed``."""
    from charter.cases.measure import Amount  # noqa: PLC0415

    over = response.ticks - allowed.ticks
    said = f"{response}, of {allowed} allowed"
    if over > 0:
        return f"{said}: {Amount(over, response.unit)} over"
    return said


def _case_from_options(ctx: Invocation, c: Charter) -> Case:
    from charter.cases import Case  # noqa: PLC0415
    from charter.clock import Answered  # noqa: PLC0415

    args = ctx.args
    if args.guarantee is None or args.received is None:
        raise UsageError("give GUARANTEE and --received, or --case FILE")
    g = guarantee_of(c, args.guarantee)
    events = events_from_options(ctx, g, c.timezone, open_since=args.suspended_since)
    if args.answered is not None:
        events.append(Answered(at=ctx.when(args.answered, c.timezone, "--answered")))
    received = ctx.when(args.received, c.timezone, "--received")
    return Case(guarantee=g.id, received=received, events=events, reference=args.reference)


def _case_from_file(ctx: Invocation, c: Charter) -> Case:
    """The case of the ``--case`` document (docs/cases.md); every problem with its path."""
    from charter.io.cases import load_case  # noqa: PLC0415

    args = ctx.args
    given = [
        option
        for option, value in (
            ("GUARANTEE", args.guarantee),
            ("--received", args.received),
            ("--suspend", args.suspend),
            ("--suspended-since", args.suspended_since),
            ("--started", args.started),
            ("--extend", args.extend),
            ("--extend-until", args.extend_until),
            ("--answered", args.answered),
            ("--reference", args.reference),
        )
        if value
    ]
    if given:
        raise UsageError(f"give either --case FILE or the case as options, not both: {given[0]}")
    notes: list[str] = []
    case = load_case(args.case, charter=c, max_bytes=args.max_case_bytes, notes=notes)
    ctx.notes.extend(f"--case {note}" for note in notes)
    return case


class _Progress:
    """A text file read in blocks, telling the terminal how far reading has got."""

    def __init__(self, path: Path, stream: TextIO, encoding: str) -> None:
        self._raw = path.open("rb")
        self._size = max(path.stat().st_size, 1)
        self._text = io.TextIOWrapper(
            self._raw, encoding=encoding, errors="surrogateescape", newline=""
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


def _source(path_text: str, *, progress: bool, encoding: str) -> tuple[Any, Callable[[], None]]:
    """What ``read_cases`` reads: the path, or a CSV file that shows progress on a terminal."""
    from charter.cases._dialect import ENCODINGS  # noqa: PLC0415
    from charter.cases._formats import format_of  # noqa: PLC0415

    path = Path(path_text)
    if not progress or format_of(path, None) != "csv":  # a workbook is read by its path
        return path, lambda: None
    try:
        wrapped = _Progress(path, sys.stderr, ENCODINGS[encoding])
    except OSError as error:
        raise CharterValueError(f"cannot read {path}: {error.strerror}") from None
    return wrapped, wrapped.close


def run_report(ctx: Invocation) -> None:
    """Compliance over cases (and calls) read from CSV, Excel or Parquet files."""
    from charter.cases import compliance, read_calls, read_cases  # noqa: PLC0415
    from charter.cases._formats import format_of  # noqa: PLC0415
    from charter.io import to_json  # noqa: PLC0415

    args = ctx.args
    for given in (args.cases, args.calls):
        kind = None if given is None else format_of(given, None)
        if kind in {"xlsx", "parquet"} and (args.delimiter or args.encoding != "utf-8"):
            flag = "--delimiter" if args.delimiter else "--encoding"
            what = "an Excel workbook" if kind == "xlsx" else "a Parquet file"
            raise UsageError(
                f"{flag} is for CSV files only, and {Path(given).name} is {what}: leave it out"
            )
    c = ctx.charter()
    at = ctx.when(args.at, c.timezone, "--at")
    zone = c.timezone if args.local_times else None
    progress = sys.stderr.isatty()  # the bar goes to stderr, the report to stdout
    source, close = _source(args.cases, progress=progress, encoding=args.encoding)
    how = {
        "timezone": zone,
        "keep": args.keep,
        "delimiter": None if args.delimiter is None else _DELIMITERS[args.delimiter],
        "encoding": args.encoding,
    }
    try:
        cases = read_cases(source, name=Path(args.cases).name, **how)
        calls = () if args.calls is None else read_calls(args.calls, **how)
        if args.first is not None and args.last is not None and args.last < args.first:
            raise UsageError(f"--until {args.last} is before --from {args.first}")
        window = None if args.first is None and args.last is None else (args.first, args.last)
        report = compliance(c, cases, at=at, calls=calls, keep=args.keep, received_between=window)
    except CharterValueError as error:
        said = command_words(str(error))
        if said == str(error):
            raise
        raise CharterValueError(said) from None
    finally:
        close()
    if args.json:
        ctx.json(to_json(report))
        return
    _report_text(ctx, report, ZoneInfo(c.timezone))


def _report_text(ctx: Invocation, report: ComplianceReport, zone: ZoneInfo) -> None:
    """The compliance report as text: a section after another, a blank line between."""
    from charter.language.english import day_text, moment_text, plural  # noqa: PLC0415

    ctx.write(
        f"Compliance on {moment_text(report.at, zone)}: {plural(report.cases, 'case')}, "
        f"{report.skipped.count:,} skipped"
    )
    if report.window is not None:
        first, last = report.window
        since = "" if first is None else f" from {day_text(first)}"
        until = "" if last is None else f" until {day_text(last)}"
        others = plural(report.outside, "other case")
        what = "the cases received"
        if report.calls_outside or any(r.calls for r in report.reachability):
            others += f" and {plural(report.calls_outside, 'other call')}"
            what = "the cases received and the calls made"
        ctx.write(f"Counting {what}{since}{until}: {others} not counted")
    ctx.table(_guarantee_rows(report), numbers=True)
    _periods(ctx, report)
    _response_times(ctx, report)
    _reachability(ctx, report)
    _most_overdue(ctx, report, zone)
    _skipped(ctx, report)


def _verdict(passed: bool | None) -> str:  # noqa: FBT001 - a target's verdict, or none
    return {True: " pass", False: " FAIL", None: ""}[passed]


def _share(share: Fraction | None) -> str:
    return "-" if share is None else f"{float(share):.1%}"


def _guarantee_rows(report: ComplianceReport) -> list[tuple[str, ...]]:
    """A row a guarantee: its cases by status, its share met, its target and verdict."""
    from charter.cases import Status  # noqa: PLC0415

    rows: list[tuple[str, ...]] = [
        ("guarantee", "cases", "met", "late", "breached", "open", "met share", "target")
    ]
    for g in report.guarantees:
        counts = g.counts
        # Open and not breached: the clock runs, stands still, or has not started yet.
        still_open = sum(
            counts[status]
            for status in (Status.ON_TRACK, Status.AT_RISK, Status.SUSPENDED, Status.NOT_STARTED)
        )
        target = "-" if g.target is None else str(g.target)
        if g.target_per is not None:
            target += f" per {g.target_per.value}"
        rows.append(
            (
                g.guarantee,
                f"{g.cases:,}",
                f"{counts[Status.MET]:,}",
                f"{counts[Status.LATE]:,}",
                f"{counts[Status.BREACHED]:,}",
                f"{still_open:,}",
                _share(g.met_share),
                target + _verdict(g.passed),
            )
        )
    return rows


def _periods(ctx: Invocation, report: ComplianceReport) -> None:
    """For a target per month, quarter or year: a row a period, with its verdict."""
    rows: list[tuple[str, ...]] = []
    for g in report.guarantees:
        for p in g.periods:
            verdict = _verdict(p.passed(g.target)) if p.decided else " (none decided)"
            rows.append(
                (
                    g.guarantee,
                    f"{p.first.isoformat()} to {p.last.isoformat()}",
                    f"{p.cases:,}",
                    f"{p.decided:,}",
                    _share(p.met_share) + verdict,
                )
            )
    if rows:
        ctx.write()
        ctx.write("Per period (the target holds in each):")
        ctx.table([("guarantee", "received", "cases", "decided", "met share"), *rows])


def _response_times(ctx: Invocation, report: ComplianceReport) -> None:
    """The median, 90th percentile and longest response, a guarantee with answers a row."""
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
        ctx.table([("response time", "median", "90 %", "max"), *times], numbers=True)


def _reachability(ctx: Invocation, report: ComplianceReport) -> None:
    """A row a target (a channel without one: a row): its calls, what was measured, the verdict."""
    if not report.reachability:
        return
    calls = [("channel", "calls", "answered", "measured", "target")]
    for r in report.reachability:
        counts = (r.channel, f"{r.calls:,}", f"{r.answered:,}")
        if not r.results:
            calls.append((*counts, "-", "-"))
        for result in r.results:
            target = _target_text(result.target) + _verdict(result.passed)
            calls.append((*counts, _measured(result), target))
    ctx.write()
    ctx.table(calls, numbers=True)


def _target_text(target: ReachabilityTarget) -> str:
    """A reachability target in a few words: ``80 % in 120 s``, ``at most 5 % abandoned``."""
    from charter.model import ReachabilityMetric  # noqa: PLC0415 - on use

    metric = target.metric
    if metric is ReachabilityMetric.ANSWER_RATE:
        return f"{target.share} answered"
    if metric is ReachabilityMetric.ABANDONMENT_RATE:
        return f"at most {target.share} abandoned"
    if metric is ReachabilityMetric.AVERAGE_WAIT:
        return f"mean wait at most {target.within_seconds} s"
    if metric is ReachabilityMetric.RINGS:
        return f"{target.share} in {target.rings} rings"
    return f"{target.share} in {target.within_seconds} s"


def _measured(result: ReachabilityResult) -> str:
    """What a target measured: a share, a mean wait, or why there is none to measure."""
    from charter.cases.reports import RINGS_UNMEASURED  # noqa: PLC0415 - on use

    if result.average_wait is not None:
        return f"mean {float(result.average_wait):.1f} s"
    if result.share is not None:
        return _share(result.share)
    return "not measurable" if result.note == RINGS_UNMEASURED else "-"


def _most_overdue(ctx: Invocation, report: ComplianceReport, zone: ZoneInfo) -> None:
    """The first three breaches of each guarantee, with their due instant and delay."""
    from charter.language.english import moment_text  # noqa: PLC0415 - Babel on use

    worst = [b for g in report.guarantees for b in g.breaches[:3]]
    if not worst:
        return
    ctx.write()
    ctx.write("Most overdue (up to 3 a guarantee):")
    for b in worst:
        ctx.write(
            f"  {b.guarantee}  {b.reference or '(no reference)'}  {b.status.value}  "
            f"due before {moment_text(b.due, zone)}, {_duration_days(b.overdue)} over"
        )


def _skipped(ctx: Invocation, report: ComplianceReport) -> None:
    """The rows skipped (the first ``--keep``), each with its problem."""
    skipped = report.skipped
    if not skipped.problems:
        return
    from charter.language.english import plural  # noqa: PLC0415 - Babel on use

    ctx.write()
    shown = len(skipped.problems)
    rows = plural(skipped.count, "row")
    ctx.write(f"Skipped: {rows}" + ("" if shown == skipped.count else f", the first {shown} here"))
    for problem in skipped.problems:
        ctx.write(f"  {command_words(str(problem))}")


def _duration_days(value: timedelta) -> str:
    from charter.language.english import duration_text  # noqa: PLC0415 - Babel on use

    if value >= timedelta(days=1):
        days = f"{value.total_seconds() / 86400:.1f}"
        return "1 day" if days == "1.0" else f"{days} days"
    return duration_text(value)
