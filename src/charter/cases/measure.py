"""Time in a guarantee's own unit: working days stay working days, service hours service hours.

A guarantee in working days is measured in working days (a Saturday adds nothing); one in
days, weeks, months or years in calendar days; one in minutes or hours in real time; one
in service hours in the time its channel is open. Measures are exact fractions.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> from charter import Unit, WorkingCalendar, belgium
>>> calendar = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
>>> measure = Measure(Unit.WORKING_DAYS, calendar=calendar)
>>> brussels = ZoneInfo("Europe/Brussels")
>>> friday_noon = datetime(2026, 12, 18, 12, tzinfo=brussels)
>>> tuesday = datetime(2026, 12, 22, tzinfo=brussels)
>>> str(measure.between(friday_noon, tuesday))
'1.5 working days'
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from fractions import Fraction

from attrs import frozen

from charter.calendars.working import WorkingCalendar
from charter.clock.periods import Unit
from charter.errors import CharterTypeError
from charter.hours.model import OpeningHours

__all__ = ["TICKS", "Amount", "Measure", "ceil_to", "measure_unit", "microseconds"]

_ONE_DAY = timedelta(days=1)
_DAY = 86_400_000_000
_PLACES = 4096  # instants a Measure remembers before it starts again
#: How many ticks (millionths of a second of its nominal length) one of a unit holds.
TICKS = {
    Unit.MINUTES: 60_000_000,
    Unit.HOURS: 3_600_000_000,
    Unit.SERVICE_HOURS: 3_600_000_000,
    Unit.DAYS: _DAY,
    Unit.WORKING_DAYS: _DAY,
}


def measure_unit(unit: Unit) -> Unit:
    """The unit a guarantee in *unit* is measured in (weeks, months, years: days)."""
    if unit.is_time or unit is Unit.WORKING_DAYS:
        return unit
    return Unit.DAYS


@frozen(repr=False, order=True)
class Amount:
    """An amount of a unit, kept exactly as a whole number of ticks.

    A tick is a millionth of a second of the unit's nominal length: an hour holds
    3 600 000 000, a day or a working day 86 400 000 000 (a 23- or 25-hour day too,
    its ticks stretched). ``value`` is the amount as a fraction; ``str`` rounds it to
    two decimals. Negative amounts are time past a deadline.
    """

    ticks: int
    unit: Unit

    @classmethod
    def of(cls, value: Fraction | int, unit: Unit) -> Amount:
        """The amount *value* of *unit* (rounded down to a whole tick)."""
        return cls(math.floor(value * TICKS[unit]), unit)

    @property
    def value(self) -> Fraction:
        """The amount in its unit, exactly."""
        return Fraction(self.ticks, TICKS[self.unit])

    def __str__(self) -> str:
        number = f"{round(self.ticks / TICKS[self.unit], 2):g}"
        name = self.unit.singular if abs(self.ticks) == TICKS[self.unit] else self.unit.value
        return f"{number} {name}"

    def __repr__(self) -> str:
        return f"Amount.of({self.value!r}, Unit.{self.unit.name})"

    def __float__(self) -> float:
        return self.ticks / TICKS[self.unit]


def microseconds(delta: timedelta) -> int:
    """*delta* in whole microseconds."""
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


class Measure:
    """Measures time between instants in *unit* (see :func:`measure_unit`).

    ``calendar`` gives the working days and the local days; ``hours`` the open time
    for service hours.
    """

    __slots__ = ("_bases", "_calendar", "_days", "_hours", "_places", "unit")

    def __init__(
        self, unit: Unit, *, calendar: WorkingCalendar, hours: OpeningHours | None = None
    ) -> None:
        if not isinstance(unit, Unit):
            raise CharterTypeError.expected("a Unit", unit)
        self.unit = measure_unit(unit)
        if self.unit is Unit.SERVICE_HOURS and hours is None:
            raise CharterTypeError.expected("OpeningHours to measure service hours", hours)
        self._calendar = calendar
        self._hours = hours
        #: Each local day's first instant (UTC) and length; a cache bounded by the days used.
        self._days: dict[date, tuple[datetime, int]] = {}
        #: Instants placed (a report places one ``at``, and a few due dates, many times).
        self._places: dict[datetime, int] = {}
        #: Working days before each year, counted from the first year measured.
        self._bases: dict[int, int] = {}

    def between(self, start: datetime, end: datetime) -> Amount:
        """The time from *start* to *end* in the unit; negative when *end* comes first."""
        return Amount(self.ticks(start, end), self.unit)

    def ticks(self, start: datetime, end: datetime) -> int:
        """:meth:`between` as a number of ticks."""
        return self.ticks_to(end, start)[0]

    def ticks_to(self, end: datetime, *starts: datetime) -> list[int]:
        """The ticks from each of *starts* to *end* (*end* worked out once)."""
        unit = self.unit
        if unit is Unit.SERVICE_HOURS:
            return [self._open_ticks(start, end) for start in starts]
        if unit.is_time:
            b = end.astimezone(UTC)
            return [microseconds(b - start.astimezone(UTC)) for start in starts]
        position = self._position(end)
        return [position - self._position(start) for start in starts]

    def _open_ticks(self, start: datetime, end: datetime) -> int:
        assert self._hours is not None  # noqa: S101 - checked in __init__
        if end < start:
            return -self._open_ticks(end, start)
        return microseconds(self._hours.open_duration(start, end))

    def _position(self, t: datetime) -> int:
        """Ticks of counting time from a fixed origin to *t*: differences are measures."""
        # Keyed in UTC: one zone's datetimes compare (and hash) by wall clock, fold aside.
        key = t.astimezone(UTC)
        position = self._places.get(key)
        if position is None:
            if len(self._places) >= _PLACES:
                self._places.clear()
            position = self._places[key] = self._place(t)
        return position

    def _place(self, t: datetime) -> int:
        """The counting days up to *t*'s day (included), less what is left of that day."""
        local = t.astimezone(self._calendar.zone)
        day = local.date()
        if self.unit is Unit.DAYS:
            counted = day.toordinal() * _DAY
        else:
            counted = self._rank(day) * _DAY
            if not self._calendar.is_working_day(day):
                return counted
        if not (local.hour or local.minute or local.second or local.microsecond or local.fold):
            return counted - _DAY  # the day's first instant: a wall clock never shows a gap
        return counted - _DAY + self._elapsed(local, day)

    def _rank(self, day: date) -> int:
        """The working days from the first year measured up to *day* (included)."""
        year = day.year
        base = self._bases.get(year)
        if base is None:
            base = self._base(year)
        jan_1 = date(year, 1, 1)
        calendar = self._calendar
        return base + calendar.working_days_between(jan_1, day) + calendar.is_working_day(jan_1)

    def _base(self, year: int) -> int:
        """The working days of the years from the first year measured up to *year*."""
        bases = self._bases
        if not bases:
            bases[year] = 0
        low, high = min(bases), max(bases)
        while year > high:
            bases[high + 1] = bases[high] + self._in_year(high)
            high += 1
        while year < low:
            bases[low - 1] = bases[low] - self._in_year(low - 1)
            low -= 1
        return bases[year]

    def _in_year(self, year: int) -> int:
        first, last = date(year, 1, 1), date(year, 12, 31)
        calendar = self._calendar
        return calendar.working_days_between(first, last) + calendar.is_working_day(first)

    def _elapsed(self, t: datetime, day: date) -> int:
        """The ticks of the local *day* elapsed at *t* (days last 23 to 25 hours).

        Differences of datetimes in two zones are real time; in one zone, Python would
        take the wall clocks.
        """
        bounds = self._days.get(day)
        if bounds is None:
            start = self._calendar.midnight(day).astimezone(UTC)
            following = self._calendar.midnight(day + _ONE_DAY).astimezone(UTC)
            bounds = self._days[day] = (start, microseconds(following - start))
        start, length = bounds
        elapsed = microseconds(t - start)
        return elapsed if length == _DAY else elapsed * _DAY // length


def ceil_to(ticks: int, step: int) -> int:
    """The number of *step*s needed to cover *ticks* (at least 0)."""
    return max(0, -(-ticks // step))
