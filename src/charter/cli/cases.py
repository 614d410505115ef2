"""``charter status`` and ``charter report``: one case against its promise, many cases."""

from __future__ import annotations

import io
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO
from zoneinfo import ZoneInfo

from charter.cases._excerpt import for_terminal
from charter.cli.context import (
    Commands,
    Context,
    Parser,
    UsageError,
    count_argument,
    day_text,
    duration_text,
    event_arguments,
    events_from_options,
    guarantee_of,
    moment_text,
    positive_argument,
    read_instant,
)
from charter.errors import (
    CharterError,
    CharterValidationError,
    CharterValueError,
    Issue,
    excerpt,
)

if TYPE_CHECKING:
    from fractions import Fraction

    from charter.cases import Amount, Case, CaseReport, ComplianceReport
    from charter.clock import Event, Unit
    from charter.model import Charter

#: The bytes a case document (``status --case``) may hold; ``--max-case-bytes`` raises it.
MAX_CASE_BYTES = 1_000_000


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
        "--keep",
        type=count_argument,
        default=100,
        metavar="N",
        help="breaches and rows listed (100)",
    )
    report.add_argument("--json", action="store_true", help="print JSON instead of text")
    report.set_defaults(run=run_report)


def run_status(ctx: Context) -> None:
    """Where one case stands against its promise."""
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
    ctx.write(f"{who}{g.id}: {report.status.value.replace('_', ' ')} at {moment_text(at, zone)}")
    ctx.write(f"Received     {moment_text(case.received, zone)} ({c.timezone})")
    ctx.write(f"Answer by    {day_text(report.deadline.last_day)}")
    if report.answered is not None:
        ctx.write(f"Answered     {moment_text(report.answered, zone)}")
    if report.suspended_since is not None:
        ctx.write(
            f"Suspended    since {moment_text(report.suspended_since, zone)} (the date is "
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


def _case_from_options(ctx: Context, c: Charter) -> Case:
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


_EVENT_KINDS = ("suspended", "resumed", "extended", "answered")


def _case_from_file(ctx: Context, c: Charter) -> Case:
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
        raise UsageError(f"give either --case FILE or the case as options, not both: {given[0]}")
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
            return read_instant(value, c.timezone, path, notes)
        except UsageError as error:
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


def run_report(ctx: Context) -> None:
    """Compliance over cases (and calls) read from CSV."""
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


def _report_text(ctx: Context, report: ComplianceReport, zone: ZoneInfo) -> None:
    from charter.cases import Status  # noqa: PLC0415

    ctx.write(
        f"Compliance on {moment_text(report.at, zone)}: {report.cases:,} cases, "
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
                f"due before {moment_text(b.due, zone)}, {_duration_days(b.overdue)} over"
            )
    if report.skipped.problems:
        ctx.write()
        ctx.write(f"Skipped ({report.skipped.count:,}; the first {len(report.skipped.problems)}):")
        for problem in report.skipped.problems:
            ctx.write(f"  {problem}")


def _duration_days(value: timedelta) -> str:
    if value >= timedelta(days=1):
        return f"{value.total_seconds() / 86400:.1f} days"
    return duration_text(value)


def _table(ctx: Context, rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[k]) for row in rows) for k in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.ljust(width) if k == 0 else cell.rjust(width)
            for k, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        ctx.write("  ".join(cells).rstrip())


def _amount(value: float) -> str:
    return f"{round(value, 2):g}"
