"""Compliance: how a charter's promises were kept over many cases and calls.

One pass over the cases (any iterable, a CSV reader included): only per-guarantee
aggregates are kept, so memory does not grow with the number of cases. Reports add up
with ``+``, so the work splits across processes or machines.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> import charter
>>> from charter.cases import Case, compliance
>>> c = charter.examples.load()
>>> brussels = ZoneInfo("Europe/Brussels")
>>> cases = [
...     Case(guarantee="informative", received=datetime(2026, 12, d, 10, tzinfo=brussels))
...     for d in (1, 2, 3)
... ]
>>> report = compliance(c, cases, at=datetime(2026, 12, 9, 12, tzinfo=brussels))
>>> info = report.guarantee("informative")
>>> info.counts[charter.Status.BREACHED], info.counts[charter.Status.AT_RISK], info.met_share
(1, 1, Fraction(0, 1))
>>> half = compliance(c, cases[:1], at=report.at) + compliance(c, cases[1:], at=report.at)
>>> half == report
True
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from attrs import evolve, field, frozen

from charter.calendars.base import check_date
from charter.calendars.instants import check_instant
from charter.cases.case import Case
from charter.cases.histograms import EXACT_UP_TO, Histogram, Tally, bin_ticks
from charter.cases.measure import ceil_to, measure_unit
from charter.cases.readers import Call, Reader
from charter.cases.reports import (
    MICROSECONDS,
    Breach,
    GuaranteeReport,
    PeriodCounts,
    Problem,
    ReachabilityReport,
    Skipped,
)
from charter.cases.status import CaseEvaluator, Outcome, Status
from charter.clock.periods import Unit
from charter.errors import (
    CharterError,
    CharterTypeError,
    CharterValueError,
    UnknownChannelError,
    UnknownGuaranteeError,
)
from charter.model.charter import Charter
from charter.model.guarantees import Guarantee, ReachabilityTarget, target_period_of

__all__ = ["ComplianceReport", "compliance"]

#: A floor no breach reaches: with keep=0, no breach is listed.
_NEVER = timedelta.max

#: How many cases are read before they are evaluated (memory stays flat: a block at a time).
_BLOCK = 64
#: Waits are kept in whole seconds: bins of a second, as ticks of a minute.
_WAIT_UNIT = Unit.MINUTES
_SECOND = 1_000_000


@frozen(kw_only=True)
class ComplianceReport:
    """Every guarantee's and every channel's figures at the instant ``at``.

    ``guarantees`` follow the charter's order; ``reachability`` lists the channels with
    a target or with calls, by id; ``skipped`` the cases and rows that could not be
    evaluated or read. ``keep`` is how many breaches (the most overdue) and skipped
    rows are listed; the counts are always complete. ``window`` is the first and last day
    of receipt counted (either None: open), ``outside`` how many cases were received
    outside it, ``calls_outside`` how many calls were made outside it: every case and
    call read is counted, skipped or outside.
    """

    at: datetime
    keep: int
    guarantees: tuple[GuaranteeReport, ...]
    reachability: tuple[ReachabilityReport, ...] = ()
    skipped: Skipped = field(factory=Skipped)
    window: tuple[date | None, date | None] | None = None
    outside: int = 0
    calls_outside: int = 0

    @property
    def cases(self) -> int:
        """How many cases were evaluated (the skipped ones aside)."""
        return sum(g.cases for g in self.guarantees)

    def guarantee(self, guarantee_id: str) -> GuaranteeReport:
        """The report of guarantee *guarantee_id*."""
        for report in self.guarantees:
            if report.guarantee == guarantee_id:
                return report
        known = [report.guarantee for report in self.guarantees]
        raise UnknownGuaranteeError.for_lookup(
            guarantee_id, known, where="in the report", path="$.guarantees"
        )

    def channel(self, channel_id: str) -> ReachabilityReport:
        """The reachability report of channel *channel_id*."""
        for report in self.reachability:
            if report.channel == channel_id:
                return report
        known = [report.channel for report in self.reachability]
        raise UnknownChannelError.for_lookup(
            channel_id, known, where="in the report", path="$.reachability"
        )

    def __add__(self, other: ComplianceReport) -> ComplianceReport:
        if not isinstance(other, ComplianceReport):
            return NotImplemented
        if self.at.astimezone(UTC) != other.at.astimezone(UTC):
            raise CharterValueError(
                f"cannot add reports at different instants: {self.at.isoformat()} and "
                f"{other.at.isoformat()}"
            )
        if self.window != other.window:
            raise CharterValueError(
                f"cannot add reports over different windows: {_window_text(self.window)} and "
                f"{_window_text(other.window)}"
            )
        ours = [g.guarantee for g in self.guarantees]
        theirs = [g.guarantee for g in other.guarantees]
        if ours != theirs:
            raise CharterValueError(
                f"cannot add reports of different guarantees: {ours} and {theirs}"
            )
        keep = min(self.keep, other.keep)
        channels = {r.channel: r for r in self.reachability}
        for report in other.reachability:
            mine = channels.get(report.channel)
            channels[report.channel] = report if mine is None else mine + report
        return evolve(
            self,
            keep=keep,
            guarantees=tuple(
                a.add(b, keep) for a, b in zip(self.guarantees, other.guarantees, strict=True)
            ),
            reachability=tuple(channels[key] for key in sorted(channels)),
            skipped=self.skipped.add(other.skipped, keep),
            outside=self.outside + other.outside,
            calls_outside=self.calls_outside + other.calls_outside,
        )

    def __radd__(self, other: object) -> ComplianceReport:
        if other == 0:  # sum(reports) starts from 0
            return self
        return NotImplemented


class _Tally:
    """The running figures of one guarantee."""

    __slots__ = (
        "breaches",
        "counts",
        "floor",
        "guarantee",
        "keep",
        "periods",
        "responses",
        "step",
        "unit",
        "zone",
    )

    def __init__(self, guarantee: Guarantee, keep: int, exact_up_to: int, zone: ZoneInfo) -> None:
        self.guarantee = guarantee
        self.zone = zone
        #: The counts by period (its first and last day), where the target holds per period:
        #: at most one entry a month of the supported years.
        self.periods: dict[tuple[date, date], Counter[Status]] = {}
        self.unit = measure_unit(guarantee.period.smallest_unit)
        self.step = bin_ticks(self.unit)
        self.keep = keep
        self.counts: Counter[Status] = Counter()
        self.responses = Tally(exact_up_to)
        self.breaches: list[Breach] = []
        #: Once the list is full, the least overdue breach it keeps: a breach less overdue
        #: than that is counted but not listed.
        self.floor: timedelta | None = None

    def add(self, case: Case, outcome: Outcome, at: datetime) -> None:
        status = outcome.status
        self.counts[status] += 1
        per = self.guarantee.target_per
        if per is not None:
            key = target_period_of(case.received.astimezone(self.zone).date(), per)
            found = self.periods.get(key)
            if found is None:
                found = self.periods[key] = Counter()
            found[status] += 1
        if outcome.response is not None:
            self.responses.add(ceil_to(outcome.response, self.step))
        if status is Status.BREACHED or status is Status.LATE:
            end = outcome.answered if outcome.answered is not None else at
            due = outcome.deadline.due
            overdue = end.astimezone(UTC) - due.astimezone(UTC)
            if self.floor is not None and overdue < self.floor:
                return  # less overdue than every breach kept: it would not be listed
            self.breaches.append(
                Breach(
                    guarantee=self.guarantee.id,
                    reference=case.reference,
                    received=case.received,
                    due=due,
                    status=status,
                    overdue=overdue,
                )
            )
            if len(self.breaches) > 2 * self.keep:  # keep the list short as it grows
                self.breaches = self._first()
                self.floor = self.breaches[-1].overdue if self.breaches else _NEVER

    def _first(self) -> list[Breach]:
        return sorted(self.breaches, key=Breach.key)[: self.keep]

    def report(self) -> GuaranteeReport:
        return GuaranteeReport(
            guarantee=self.guarantee.id,
            unit=self.unit,
            target=self.guarantee.target,
            counts=dict(self.counts),
            response_times=self.responses.histogram(Histogram, self.unit, self.step),
            breaches=tuple(self._first()),
            target_per=self.guarantee.target_per,
            periods=tuple(
                PeriodCounts(first=first, last=last, counts=dict(counts))
                for (first, last), counts in self.periods.items()
            ),
        )


class _Calls:
    """The running figures of one channel's calls."""

    __slots__ = ("answered", "calls", "channel", "in_time", "limits", "targets", "waited", "waits")

    def __init__(
        self, channel: str, targets: tuple[ReachabilityTarget, ...], exact_up_to: int
    ) -> None:
        self.channel = channel
        self.targets = targets
        self.calls = self.answered = self.waited = 0
        self.waits = Tally(exact_up_to)
        self.in_time = [0] * len(targets)
        #: The waits the targets count calls answered within, by the target's place.
        self.limits = [
            (index, target.within_seconds)
            for index, target in enumerate(targets)
            if target.within_seconds is not None
        ]

    def add(self, call: Call) -> None:
        self.calls += 1
        if not call.answered:
            return
        self.answered += 1
        self.waits.add(math.ceil(call.waited))
        self.waited += round(call.waited * MICROSECONDS)
        for index, wait in self.limits:
            if call.waited <= wait:
                self.in_time[index] += 1

    def report(self, unit_step: int) -> ReachabilityReport:
        return ReachabilityReport(
            channel=self.channel,
            targets=self.targets,
            calls=self.calls,
            answered=self.answered,
            in_time=tuple(self.in_time),
            waits=self.waits.histogram(Histogram, _WAIT_UNIT, unit_step),
            waited=self.waited,
        )


class _Skips:
    """Problems met while evaluating: all counted, the first ``keep`` (by key) listed.

    The first by :meth:`Problem.key`, not the first met, so that reports add up the same
    whichever way the work was split.
    """

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self.count = 0
        self.problems: list[Problem] = []

    def add(self, problem: Problem) -> None:
        self.count += 1
        self.problems.append(problem)
        if len(self.problems) > 2 * self.keep:  # keep the list short as it grows
            self.problems = sorted(self.problems, key=Problem.key)[: self.keep]

    def skipped(self, *sources: object) -> Skipped:
        found = Skipped(count=self.count, problems=tuple(self.problems))
        for source in sources:
            if isinstance(source, Reader):
                found = found.add(source.skipped, self.keep)
        return found.add(Skipped(), self.keep)  # sorted, the first keep


def _within(at: datetime, window: tuple[date | None, date | None], zone: ZoneInfo) -> bool:
    """Whether the instant *at* falls on a day of *window*, in *zone*."""
    day = at.astimezone(zone).date()
    first, last = window
    return (first is None or first <= day) and (last is None or day <= last)


def _window_text(window: tuple[date | None, date | None] | None) -> str:
    if window is None:
        return "no window"
    first, last = window
    return f"{first or '…'} to {last or '…'}"


def _window(
    value: tuple[date | None, date | None] | None,
) -> tuple[date | None, date | None] | None:
    """The window of receipt days, checked: two dates (either None), first not after last."""
    if value is None:
        return None
    if not isinstance(value, tuple) or len(value) != 2:
        raise CharterTypeError.expected("a window (first day, last day), either None", value)
    first, last = (None if day is None else check_date(day, "a day of the window") for day in value)
    if first is not None and last is not None and last < first:
        raise CharterValueError(f"the window ends on {last}, before it starts on {first}")
    if first is None and last is None:
        return None
    return (first, last)


def compliance(  # noqa: PLR0913 - the limits are keywords of their own
    charter: Charter,
    cases: Iterable[object],
    *,
    at: datetime,
    calls: Iterable[object] = (),
    keep: int = 100,
    exact_up_to: int = EXACT_UP_TO,
    received_between: tuple[date | None, date | None] | None = None,
) -> ComplianceReport:
    """The compliance report of *charter* over *cases* (and *calls*) at the instant *at*.

    Each case is evaluated at *at* (see :meth:`~charter.model.Charter.evaluate`); one that cannot be
    (an unknown guarantee, a history its guarantee does not allow, received after *at*)
    is skipped, counted, and listed in ``skipped`` with its reference and, for a reader
    (:func:`~charter.cases.read_cases`) passed as *cases* itself, its line and the rows the
    reader could not read. (A reader wrapped in another iterable keeps its skipped rows
    to itself: to read several files, add up one report per file.) Calls count for the
    channel they were made on.

    *received_between* (first day, last day; either None for an open end) counts only the
    cases received on those days, in the charter's zone: the others are counted in
    ``outside``, so that a month's report can read a year's file. Every case read is then
    evaluated, skipped or outside.

    Memory depends on the charter and on *keep* and *exact_up_to*, not on the data:
    each histogram (response times, waits) is exact up to *exact_up_to* distinct values
    (10 000), and binned beyond (see :mod:`charter.cases.histograms`).
    """
    at = check_instant(at)
    if not isinstance(charter, Charter):
        raise CharterTypeError.expected("a Charter", charter)
    if isinstance(keep, bool) or not isinstance(keep, int) or keep < 0:
        raise CharterValueError(f"keep must be a whole number, 0 or more, got {keep!r}")
    window = _window(received_between)
    evaluate = CaseEvaluator(charter)
    Tally(exact_up_to)  # checks it
    zone = ZoneInfo(charter.timezone)
    tallies = {g.id: _Tally(g, keep, exact_up_to, zone) for g in charter.guarantees}
    skips = _Skips(keep)
    outside = _tally_cases(evaluate, cases, at, tallies, skips, window, zone)
    targets: dict[str, list[ReachabilityTarget]] = {}
    for target in charter.reachability:
        targets.setdefault(target.channel, []).append(target)
    channels = {
        channel: _Calls(channel, tuple(found), exact_up_to) for channel, found in targets.items()
    }
    known = {channel.id for channel in charter.channels}
    calls_outside = 0
    for call in _iterable(calls, "calls"):
        line, source = _where(calls, "calls")
        if not isinstance(call, Call):
            message = f"expected a Call, got {type(call).__name__}"
            skips.add(Problem(source=source, line=line, reference=None, message=message))
        elif window is not None and call.at is None:
            message = "the call has no time (at): a report over a window of days needs one"
            skips.add(Problem(source=source, line=line, reference=None, message=message))
        elif window is not None and not _within(call.at, window, zone):  # type: ignore[arg-type]
            calls_outside += 1
        elif call.channel not in known:
            message = f"no channel {call.channel!r} in the charter"
            skips.add(Problem(source=source, line=line, reference=None, message=message))
        else:
            tally = channels.get(call.channel)
            if tally is None:
                tally = channels[call.channel] = _Calls(call.channel, (), exact_up_to)
            tally.add(call)
    return ComplianceReport(
        at=at,
        keep=keep,
        guarantees=tuple(tally.report() for tally in tallies.values()),
        reachability=tuple(channels[key].report(_SECOND) for key in sorted(channels)),
        skipped=skips.skipped(cases, calls),
        window=window,
        outside=outside,
        calls_outside=calls_outside,
    )


def _tally_cases(  # noqa: PLR0913, PLR0917 - the pass's whole state
    evaluate: CaseEvaluator,
    cases: Iterable[object],
    at: datetime,
    tallies: dict[str, _Tally],
    skips: _Skips,
    window: tuple[date | None, date | None] | None,
    zone: ZoneInfo,
) -> int:
    """Evaluate *cases*, keeping only the tallies; return how many fell outside *window*.

    A block at a time: reading a few cases, then evaluating them, is quicker than both in
    turn, case by case.
    """
    outside = 0
    at_utc = at.astimezone(UTC)
    outcome = evaluate.outcome
    numbered: Iterator[tuple[int | None, object]]
    if isinstance(cases, Reader):
        source, numbered = cases.name, cases.numbered()
    else:
        source, numbered = "cases", ((None, case) for case in _iterable(cases, "cases"))
    while block := list(islice(numbered, _BLOCK)):
        for line, case in block:
            if (
                window is not None
                and isinstance(case, Case)
                and not _within(case.received, window, zone)
            ):
                outside += 1
                continue
            try:
                found = outcome(case, at, at_utc)  # type: ignore[arg-type]  # checked there
            except CharterError as error:
                reference = getattr(case, "reference", None)
                reference = reference if isinstance(reference, str) else None
                problem = Problem(source=source, line=line, reference=reference, message=str(error))
                skips.add(problem)
                continue
            tallies[case.guarantee].add(case, found, at)  # type: ignore[attr-defined, arg-type]
    return outside


def _iterable(values: Iterable[object], what: str) -> Iterable[object]:
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise CharterTypeError.expected(f"an iterable of {what}", values)
    return values


def _where(source: object, what: str) -> tuple[int | None, str]:
    """The line of the item just read (from a reader), and the source's name.

    Items of a plain iterable have no line: a case is known by its reference, so that
    reports over parts of a list add up to the report over all of it.
    """
    if isinstance(source, Reader):
        return source.line, source.name
    return None, what
