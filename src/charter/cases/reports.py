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

from datetime import UTC, datetime, timedelta
from fractions import Fraction

from attrs import evolve, field, frozen

from charter._excerpt import capped, escaped
from charter.cases.histograms import Histogram
from charter.cases.status import Status
from charter.clock.periods import Unit
from charter.errors import CharterTypeError, CharterValueError
from charter.model.guarantees import ReachabilityTarget, Share

__all__ = [  # Histogram is charter.cases.histograms', named here too
    "Breach",
    "GuaranteeReport",
    "Histogram",
    "Problem",
    "ReachabilityReport",
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


@frozen(kw_only=True, unsafe_hash=False)
class GuaranteeReport:
    """The cases of one guarantee: counts by status, response times, the worst breaches.

    ``met_share`` is the share of decided cases (met, late, or open past the deadline)
    that were met; cases still open within their time are not decided yet. ``passed``
    compares it with the guarantee's target.
    """

    guarantee: str
    unit: Unit
    target: Share | None
    counts: dict[Status, int] = field(converter=_counts)
    response_times: Histogram
    breaches: tuple[Breach, ...] = ()

    @property
    def cases(self) -> int:
        """How many cases were evaluated."""
        return sum(self.counts.values())

    @property
    def decided(self) -> int:
        """Cases met, late, or open past their deadline."""
        counts = self.counts
        return counts[Status.MET] + counts[Status.LATE] + counts[Status.BREACHED]

    @property
    def met_share(self) -> Fraction | None:
        """The share of decided cases that were met, or ``None`` when none is decided."""
        decided = self.decided
        return Fraction(self.counts[Status.MET], decided) if decided else None

    @property
    def passed(self) -> bool | None:
        """Whether ``met_share`` reaches the target (``None``: no target or nothing decided)."""
        share = self.met_share
        if share is None or self.target is None:
            return None
        return share >= self.target.exact

    def add(self, other: GuaranteeReport, keep: int) -> GuaranteeReport:
        """Both reports as one, the first *keep* breaches listed."""
        _same("guarantees", (self.guarantee, self.unit), (other.guarantee, other.unit))
        _same("targets", self.target, other.target)
        counts = {status: self.counts[status] + other.counts[status] for status in Status}
        breaches = sorted((*self.breaches, *other.breaches), key=Breach.key)[:keep]
        return evolve(
            self,
            counts=counts,
            response_times=self.response_times + other.response_times,
            breaches=tuple(breaches),
        )


@frozen(kw_only=True)
class ReachabilityReport:
    """The calls on one channel: how many, how many answered, how many within the target.

    ``waits`` holds the waits of answered calls, in whole seconds (rounded up).
    """

    channel: str
    target: ReachabilityTarget | None
    calls: int
    answered: int
    within: int
    waits: Histogram

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
    def abandoned(self) -> int:
        """Calls not answered."""
        return self.calls - self.answered

    @property
    def share(self) -> Fraction | None:
        """The share of all calls answered within the target wait (``None``: no calls)."""
        if self.target is None or not self.calls:
            return None
        return Fraction(self.within, self.calls)

    @property
    def passed(self) -> bool | None:
        """Whether ``share`` reaches the target share (``None``: no target or no calls)."""
        share = self.share
        if share is None or self.target is None or self.target.share is None:
            return None
        return share >= self.target.share.exact

    def __add__(self, other: ReachabilityReport) -> ReachabilityReport:
        if not isinstance(other, ReachabilityReport):
            return NotImplemented
        _same("channels", self.channel, other.channel)
        _same("reachability targets", self.target, other.target)
        return evolve(
            self,
            calls=self.calls + other.calls,
            answered=self.answered + other.answered,
            within=self.within + other.within,
            waits=self.waits + other.waits,
        )
