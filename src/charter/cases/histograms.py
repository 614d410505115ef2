"""Histograms of response times and waits: exact while small, bounded however many values.

A histogram counts values on a grid (whole days, minutes, seconds). While it holds at
most ``exact_up_to`` distinct values (10 000 unless said) it is exact. Past that it is
**binned**: values from 256 grid steps up are rounded up to one of 128 bins per doubling
(256 to 511 by 2, 512 to 1 023 by 4, and so on), so its size no longer grows with the
data. The counts, and ``max``, stay exact; the median and other quantiles are then at
most 1/128 (0.8 %) above the exact ones.

Histograms add with ``+``: counts add, and the sum is binned exactly when the values of
all its parts together are more than ``exact_up_to`` distinct ones, so the sum does not
depend on how the values were split or in what order the parts were added.

>>> from charter import Unit
>>> a = Histogram.of(Unit.WORKING_DAYS, [1, 2, 2, 5])
>>> b = Histogram.of(Unit.WORKING_DAYS, [3])
>>> str((a + b).median), str((a + b).p90), str((a + b).max)
('2 working days', '5 working days', '5 working days')
>>> days = Histogram.of(Unit.DAYS, range(1, 1002), exact_up_to=100)
>>> days.binned, len(days.counts), days.total, str(days.median), str(days.max)
(True, 507, 1001, '502 days', '1001 days')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from fractions import Fraction
from typing import Self, TypeVar

from attrs import Factory, evolve, field, frozen

from charter.cases.measure import TICKS, Amount, ceil_to
from charter.clock.periods import Unit
from charter.errors import CharterTypeError, CharterValueError

__all__ = ["EXACT_UP_TO", "Histogram", "Tally", "bin_ticks", "binned"]

#: How many distinct values a histogram keeps exactly before it bins them.
EXACT_UP_TO = 10_000
#: Values below 2**_BITS grid steps are never rounded; above, 2**(_BITS - 1) bins a doubling.
_BITS = 8
#: The grid of a response-time histogram: whole days for day units, minutes for time.
_MINUTE = 60_000_000


H = TypeVar("H", bound="Histogram")


def bin_ticks(unit: Unit) -> int:
    """The width, in ticks, of a response-time histogram's grid for *unit*."""
    return _MINUTE if unit.is_time else TICKS[unit]


def binned(value: int) -> int:
    """*value* (grid steps, 0 or more) rounded up to the upper edge of its bin.

    Rounding an edge gives the edge: a value is never moved twice.
    """
    shift = value.bit_length() - _BITS
    if shift <= 0:
        return value
    return -(-value >> shift) << shift


def _coarse(counts: Counter[int]) -> Counter[int]:
    found: Counter[int] = Counter()
    for value, count in counts.items():
        found[binned(value)] += count
    return found


def _exact_up_to(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CharterTypeError.expected("a whole number as exact_up_to", value)
    if value < 1:
        raise CharterValueError(f"exact_up_to must be 1 or more, got {value!r}")
    return value


def _top(histogram: Histogram) -> int | None:
    return histogram.counts[-1][0] if histogram.counts else None


@frozen(kw_only=True)
class Histogram:
    """How many values fell at each point of a grid: ``step`` ticks of ``unit`` a point.

    A value is counted at the point that covers it, rounded up: a response of 2 h 10 min
    on a grid of minutes is 130 minutes. Quantiles are nearest-rank (the smallest value
    with at least that share of the values at or below it), exact on the grid while
    ``binned`` is false (see the module). ``top`` is the largest value, exact even when
    binned.
    """

    unit: Unit
    step: int
    counts: tuple[tuple[int, int], ...] = ()
    exact_up_to: int = field(default=EXACT_UP_TO, converter=_exact_up_to)
    binned: bool = False
    top: int | None = field(default=Factory(_top, takes_self=True))

    @classmethod
    def of(
        cls,
        unit: Unit,
        values: Iterable[int | Fraction],
        step: int | None = None,
        exact_up_to: int = EXACT_UP_TO,
    ) -> Self:
        """The histogram of *values*, amounts of *unit* (whole days, or minutes for time)."""
        width = bin_ticks(unit) if step is None else step
        tally = Tally(exact_up_to)
        for value in values:
            tally.add(ceil_to(int(value * TICKS[unit]), width))
        return tally.histogram(cls, unit, width)

    @property
    def total(self) -> int:
        """How many values were counted."""
        return sum(count for _, count in self.counts)

    def quantile(self, q: Fraction | float) -> Amount | None:
        """The nearest-rank *q*-quantile (0 < q <= 1), or ``None`` when nothing was counted."""
        if not 0 < q <= 1:
            raise CharterValueError(f"a quantile is above 0 and at most 1, got {q!r}")
        total = self.total
        if not total or self.top is None:
            return None
        share = Fraction(str(q)) if isinstance(q, float) else Fraction(q)  # 0.9 as written
        rank = max(1, -(-share * total // 1))
        seen = 0
        for grid, count in self.counts:
            seen += count
            if seen >= rank:
                return Amount(min(grid, self.top) * self.step, self.unit)
        raise AssertionError  # pragma: no cover - seen reaches total

    @property
    def median(self) -> Amount | None:
        """The nearest-rank median."""
        return self.quantile(Fraction(1, 2))

    @property
    def p90(self) -> Amount | None:
        """The nearest-rank 90th percentile."""
        return self.quantile(Fraction(9, 10))

    @property
    def max(self) -> Amount | None:
        """The largest value (on the grid), exact."""
        return None if self.top is None else Amount(self.top * self.step, self.unit)

    def __add__(self, other: Histogram) -> Histogram:
        if not isinstance(other, Histogram):
            return NotImplemented
        if (self.unit, self.step) != (other.unit, other.step):
            raise CharterValueError(
                f"cannot add reports with different histogram units: {(self.unit, self.step)} "
                f"and {(other.unit, other.step)}"
            )
        if self.exact_up_to != other.exact_up_to:
            raise CharterValueError(
                f"cannot add histograms exact up to different numbers of values: "
                f"{self.exact_up_to} and {other.exact_up_to}"
            )
        merged = Counter(dict(self.counts))
        merged.update(dict(other.counts))
        coarse = self.binned or other.binned or len(merged) > self.exact_up_to
        if coarse:
            merged = _coarse(merged)
        tops = [top for top in (self.top, other.top) if top is not None]
        return evolve(
            self,
            counts=tuple(sorted(merged.items())),
            binned=coarse,
            top=max(tops, default=None),
        )


class Tally:
    """A histogram being counted, a value at a time; binned once past *exact_up_to* values."""

    __slots__ = ("binned", "counts", "exact_up_to", "top")

    def __init__(self, exact_up_to: int = EXACT_UP_TO) -> None:
        self.exact_up_to = _exact_up_to(exact_up_to)
        self.counts: Counter[int] = Counter()
        self.binned = False
        self.top = -1

    def add(self, value: int) -> None:
        """Count *value* (grid steps, 0 or more)."""
        self.top = max(self.top, value)
        counts = self.counts
        if self.binned:
            counts[binned(value)] += 1
            return
        counts[value] += 1
        if len(counts) > self.exact_up_to:
            self.counts = _coarse(counts)
            self.binned = True

    def histogram(self, kind: type[H], unit: Unit, step: int) -> H:
        """What was counted, as a histogram of *unit* on a grid of *step* ticks."""
        return kind(
            unit=unit,
            step=step,
            counts=tuple(sorted(self.counts.items())),
            exact_up_to=self.exact_up_to,
            binned=self.binned,
            top=self.top if self.counts else None,
        )
