"""The parts of a compliance report: exact, mergeable aggregates.

Every part adds up with ``+``: counts add, histograms add point by point (see
:mod:`charter.cases.histograms` for when they bin, and how), and the lists
that are kept short (breaches, skipped rows) keep the same first entries whatever the
order the parts were added in. So a report over cases split across partitions, added
up, equals the report over all of them.

>>> from charter import Unit
>>> a = Histogram.of(Unit.WORKING_DAYS, [1, 2, 2, 5])
>>> b = Histogram.of(Unit.WORKING_DAYS, [3])
>>> str((a + b).median), str((a + b).p90), str((a + b).max)
('2 working days', '5 working days', '5 working days')
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

from attrs import evolve, field, frozen

from charter._excerpt import capped, escaped
from charter.cases.histograms import Histogram
from charter.cases.status import Status
from charter.clock.periods import Unit
from charter.errors import CharterTypeError, CharterValueError
from charter.model.guarantees import ReachabilityMetric, ReachabilityTarget, Share, TargetPeriod

__all__ = [  # Histogram is charter.cases.histograms', named here too
    "Breach",
    "GuaranteeReport",
    "Histogram",
    "PeriodCounts",
    "Problem",
    "ReachabilityReport",
    "ReachabilityResult",
    "Skipped",
]


def _same(what: str, a: object, b: object) -> None:
    if a != b:
        raise CharterValueError(f"cannot add reports with different {what}: {a} and {b}")


def _printable(value: str | None) -> str | None:
    return None if value is None else escaped(value)


def _short(value: str | None) -> str | None:
    return None if value is None else capped(value, _REFERENCE)


#: How many characters of a reference a problem keeps (a breach keeps it whole).
_REFERENCE = 100


@frozen(kw_only=True)
class Breach:
    r"""A case that broke its promise: answered late, or open past its deadline.

    ``overdue`` is the real time from the deadline to the answer (or to the report's
    instant, for an open case). ``reference`` is the case's, escaped for a terminal:
    a character that is not printable (a control character, a bidi override) is written
    as its escape, ``\x1b`` or ``\u202e``.
    """

    guarantee: str
    reference: str | None = field(converter=_printable)
    received: datetime
    due: datetime
    status: Status
    overdue: timedelta

    def key(self) -> tuple[timedelta, bool, str, datetime, datetime, str]:
        """The order breaches are listed in: the most overdue first, then by reference."""
        return (
            -self.overdue,
            self.reference is None,
            self.reference or "",
            self.received.astimezone(UTC),
            self.due.astimezone(UTC),
            self.status.value,
        )


@frozen(kw_only=True)
class Problem:
    """A row or case that was skipped, where it was, and why.

    Not an :class:`~charter.errors.Issue` (a path into one document and a message): a
    skipped row has a file, a line and a case reference, it is ordered by them so that
    reports add up the same, and it keeps only a capped, escaped excerpt of what came
    from outside.

    What it holds came from outside, so it is kept printable and short: characters
    that are not printable are escaped; the reference is cut at 100 characters, the
    source's name and the message at 500, each cut marked with how much was left out.
    """

    source: str = field(converter=capped)
    line: int | None
    reference: str | None = field(converter=_short)
    message: str = field(converter=capped)

    def key(self) -> tuple[str, int, bool, str, str]:
        """The order problems are listed in: by source, line, reference."""
        line = -1 if self.line is None else self.line
        return (self.source, line, self.reference is None, self.reference or "", self.message)

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


@frozen(kw_only=True)
class Skipped:
    """How many rows or cases were skipped, and the first ``keep`` of them."""

    count: int = 0
    problems: tuple[Problem, ...] = ()

    def add(self, other: Skipped, keep: int) -> Skipped:
        """Both, the first *keep* problems listed."""
        listed = sorted((*self.problems, *other.problems), key=Problem.key)[:keep]
        return Skipped(count=self.count + other.count, problems=tuple(listed))


def _counts(value: dict[Status, int]) -> dict[Status, int]:
    if not isinstance(value, dict):
        raise CharterTypeError.expected("counts by Status", value)
    return {status: value.get(status, 0) for status in Status}


def _decided(counts: dict[Status, int]) -> int:
    return counts[Status.MET] + counts[Status.LATE] + counts[Status.BREACHED]


def _met_share(counts: dict[Status, int]) -> Fraction | None:
    decided = _decided(counts)
    return Fraction(counts[Status.MET], decided) if decided else None


def _reaches(share: Fraction | None, target: Share | None) -> bool | None:
    if share is None or target is None:
        return None
    return share >= target.exact


class _Counted:
    """What counts by status say: how many cases, how many decided, the share met."""

    counts: dict[Status, int]

    @property
    def cases(self) -> int:
        """How many cases were evaluated."""
        return sum(self.counts.values())

    @property
    def decided(self) -> int:
        """Cases met, late, or open past their deadline."""
        return _decided(self.counts)

    @property
    def met_share(self) -> Fraction | None:
        """The share of decided cases that were met, or ``None`` when none is decided."""
        return _met_share(self.counts)


@frozen(kw_only=True, unsafe_hash=False)
class PeriodCounts(_Counted):
    """The cases of one guarantee received in one calendar period (``first`` to ``last``)."""

    first: date
    last: date
    counts: dict[Status, int] = field(converter=_counts)

    def passed(self, target: Share | None) -> bool | None:
        """Whether ``met_share`` reaches *target* (``None``: no target or nothing decided)."""
        return _reaches(self.met_share, target)


def _periods(values: tuple[PeriodCounts, ...]) -> tuple[PeriodCounts, ...]:
    return tuple(sorted(values, key=lambda period: period.first))


@frozen(kw_only=True, unsafe_hash=False)
class GuaranteeReport(_Counted):
    """The cases of one guarantee: counts by status, response times, the worst breaches.

    ``met_share`` is the share of decided cases (met, late, or open past the deadline)
    that were met; cases still open within their time are not decided yet. ``passed``
    compares it with the guarantee's target. For a target that holds in each calendar
    period (``target_per``: a month, a quarter, a year), ``periods`` holds the counts of
    each period the cases were received in, and ``passed`` is whether every period with
    decided cases reaches the target.
    """

    guarantee: str
    unit: Unit
    target: Share | None
    counts: dict[Status, int] = field(converter=_counts)
    response_times: Histogram
    breaches: tuple[Breach, ...] = ()
    target_per: TargetPeriod | None = None
    periods: tuple[PeriodCounts, ...] = field(default=(), converter=_periods)

    @property
    def passed(self) -> bool | None:
        """Whether the target is reached (``None``: no target or nothing decided).

        Over all the cases, or in every period with decided cases where ``target_per``
        says so.
        """
        if self.target_per is None:
            return _reaches(self.met_share, self.target)
        verdicts = [p.passed(self.target) for p in self.periods if p.decided]
        return None if not verdicts or self.target is None else all(verdicts)

    def add(self, other: GuaranteeReport, keep: int) -> GuaranteeReport:
        """Both reports as one, the first *keep* breaches listed."""
        _same("guarantees", (self.guarantee, self.unit), (other.guarantee, other.unit))
        _same("targets", (self.target, self.target_per), (other.target, other.target_per))
        counts = {status: self.counts[status] + other.counts[status] for status in Status}
        breaches = sorted((*self.breaches, *other.breaches), key=Breach.key)[:keep]
        periods = {p.first: p for p in self.periods}
        for p in other.periods:
            mine = periods.get(p.first)
            if mine is not None:
                added = {status: mine.counts[status] + p.counts[status] for status in Status}
                p = evolve(mine, counts=added)  # noqa: PLW2901 - the period, added up
            periods[p.first] = p
        return evolve(
            self,
            counts=counts,
            response_times=self.response_times + other.response_times,
            breaches=tuple(breaches),
            periods=tuple(periods.values()),
        )


#: Microseconds a second: the exact sum of waits is kept in them.
MICROSECONDS = 1_000_000

#: Why a metric has no figure although there are calls: what the records do not hold.
RINGS_UNMEASURED = "not measurable from call records: they hold the seconds waited, not the rings"


@frozen(kw_only=True)
class ReachabilityResult:
    """One reachability target measured on its channel's calls.

    ``share`` is the share of calls measured (answered within the wait, answered, or
    abandoned, as the metric says); ``average_wait`` the mean wait of answered calls in
    seconds, for an average-wait target. ``passed`` compares them with the target (an
    abandonment rate and an average wait are maxima). Where there is no figure,
    ``passed`` is None and ``note`` says why: no calls, no call answered, or what the
    call records do not hold (rings).
    """

    target: ReachabilityTarget
    share: Fraction | None = None
    average_wait: Fraction | None = None
    passed: bool | None = None
    note: str | None = None


@frozen(kw_only=True)
class ReachabilityReport:
    """The calls on one channel (chats, visits, e-mails): how many, how many answered.

    A call not answered was abandoned: the records say no more. ``targets`` are the
    channel's, in the charter's order; ``in_time`` counts, for each, the calls answered
    within its wait (0 for a target without one). ``waits`` holds the waits of answered
    calls in whole seconds (rounded up), ``waited`` their exact sum in microseconds.
    :attr:`results` measures each target.
    """

    channel: str
    targets: tuple[ReachabilityTarget, ...] = ()
    calls: int
    answered: int
    in_time: tuple[int, ...] = ()
    waits: Histogram
    waited: int = 0

    @property
    def target(self) -> ReachabilityTarget | None:
        """The channel's first target (the only one, as a rule), or None."""
        return self.targets[0] if self.targets else None

    @property
    def within(self) -> int:
        """The calls answered within the first target's wait (0 without one)."""
        return self.in_time[0] if self.in_time else 0

    def wait(self, q: Fraction | float) -> int | None:
        """The nearest-rank *q*-quantile of the answered calls' waits, in seconds."""
        found = self.waits.quantile(q)
        return None if found is None else found.ticks // self.waits.step

    @property
    def median_wait(self) -> int | None:
        """The median wait of answered calls, in seconds."""
        return self.wait(Fraction(1, 2))

    @property
    def p90_wait(self) -> int | None:
        """The 90th percentile wait of answered calls, in seconds."""
        return self.wait(Fraction(9, 10))

    @property
    def average_wait(self) -> Fraction | None:
        """The mean wait of answered calls, in seconds, exactly (``None``: none answered)."""
        return Fraction(self.waited, self.answered * MICROSECONDS) if self.answered else None

    @property
    def abandoned(self) -> int:
        """Calls not answered."""
        return self.calls - self.answered

    @property
    def answer_rate(self) -> Fraction | None:
        """The share of calls answered (``None``: no calls)."""
        return Fraction(self.answered, self.calls) if self.calls else None

    @property
    def abandonment_rate(self) -> Fraction | None:
        """The share of calls abandoned (``None``: no calls)."""
        return Fraction(self.abandoned, self.calls) if self.calls else None

    @property
    def results(self) -> tuple[ReachabilityResult, ...]:
        """Each target measured, in the order of :attr:`targets`."""
        return tuple(
            self._result(target, in_time)
            for target, in_time in zip(self.targets, self.in_time, strict=True)
        )

    def _result(self, target: ReachabilityTarget, in_time: int) -> ReachabilityResult:
        metric = target.metric
        if metric is ReachabilityMetric.RINGS:
            return ReachabilityResult(target=target, note=RINGS_UNMEASURED)
        if not self.calls:
            return ReachabilityResult(target=target, note="no calls")
        if metric is ReachabilityMetric.AVERAGE_WAIT:
            mean, most = self.average_wait, target.within_seconds
            if mean is None or most is None:
                return ReachabilityResult(target=target, note="no call answered")
            return ReachabilityResult(target=target, average_wait=mean, passed=mean <= most)
        counted = {
            ReachabilityMetric.ANSWERED_WITHIN: in_time,
            ReachabilityMetric.ANSWER_RATE: self.answered,
            ReachabilityMetric.ABANDONMENT_RATE: self.abandoned,
        }[metric]
        share, promised = Fraction(counted, self.calls), target.share
        assert promised is not None  # noqa: S101 - each of these metrics needs its share
        if metric is ReachabilityMetric.ABANDONMENT_RATE:  # a maximum
            passed = share <= promised.exact
        else:
            passed = share >= promised.exact
        return ReachabilityResult(target=target, share=share, passed=passed)

    @property
    def share(self) -> Fraction | None:
        """The first target's measured share (``None``: no target, no calls, or no share)."""
        results = self.results
        return results[0].share if results else None

    @property
    def passed(self) -> bool | None:
        """Whether every target is met: False if one is not, None if one has no figure."""
        verdicts = [result.passed for result in self.results]
        if False in verdicts:
            return False
        if not verdicts or None in verdicts:
            return None
        return True

    def __add__(self, other: ReachabilityReport) -> ReachabilityReport:
        if not isinstance(other, ReachabilityReport):
            return NotImplemented
        _same("channels", self.channel, other.channel)
        _same("reachability targets", self.targets, other.targets)
        return evolve(
            self,
            calls=self.calls + other.calls,
            answered=self.answered + other.answered,
            in_time=tuple(a + b for a, b in zip(self.in_time, other.in_time, strict=True)),
            waits=self.waits + other.waits,
            waited=self.waited + other.waited,
        )
