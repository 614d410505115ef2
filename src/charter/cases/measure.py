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
_SHORT_SPAN = 62  # days of service hours summed day by day (longer: by the hours, by week)
_ANCHOR_YEAR = 2000  # working days are ranked from the start of this year
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
        name = self.unit.singular if number in {"1", "-1"} else self.unit.value  # as shown
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

    __slots__ = (
        "_bases",
        "_calendar",
        "_days",
        "_hours",
        "_last",
        "_open_days",
        "_places",
        "_ranks",
        "unit",
    )

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
        #: Each local day's openings (service hours only).
        self._open_days: dict[date, tuple[int, list[tuple[datetime, datetime]]]] = {}
        #: The last instant placed, and its position.
        self._last: tuple[datetime | None, int] = (None, 0)
        #: Working days up to each day, and before each year, counted from 1 January 2000.
        self._ranks: dict[date, int] = {}
        self._bases: dict[int, int] = {}

    def between(self, start: datetime, end: datetime) -> Amount:
        """The time from *start* to *end* in the unit; negative when *end* comes first."""
        return Amount(self.ticks(start, end), self.unit)

    def ticks(self, start: datetime, end: datetime) -> int:
        """:meth:`between` as a number of ticks."""
        unit = self.unit
        if unit is Unit.SERVICE_HOURS:
            return self._open_ticks(start, end)
        if unit.is_time:
            return microseconds(end.astimezone(UTC) - start.astimezone(UTC))
        return self.position(end) - self.position(start)

    def _open_ticks(self, start: datetime, end: datetime) -> int:
        """The open time from *start* to *end*, day by day (each day's openings cached)."""
        a, b = start.astimezone(UTC), end.astimezone(UTC)
        if b < a:
            return -self._open_ticks(end, start)
        zone = self._calendar.zone
        a_day, b_day = a.astimezone(zone).date(), b.astimezone(zone).date()
        if (b_day - a_day).days > _SHORT_SPAN:  # summed by weekday and year, not day by day
            assert self._hours is not None  # noqa: S101 - checked in __init__
            return microseconds(self._hours.open_duration(a, b))
        total = self._open_before(b, b_day) - self._open_before(a, a_day)
        day = a_day
        while day < b_day:
            total += self._openings(day)[0]
            day += _ONE_DAY
        return total

    def _open_before(self, t: datetime, day: date) -> int:
        """The open time of the local *day* before the instant *t* (in UTC)."""
        total = 0
        for opens, close in self._openings(day)[1]:
            if opens >= t:
                break
            total += microseconds(min(close, t) - opens)
        return total

    def _openings(self, day: date) -> tuple[int, list[tuple[datetime, datetime]]]:
        """The local *day*'s open time and openings, in UTC and in order (cached)."""
        found = self._open_days.get(day)
        if found is None:
            assert self._hours is not None  # noqa: S101 - checked in __init__
            if len(self._open_days) >= _PLACES:
                self._open_days.clear()
            midnight = self._calendar.midnight
            openings = [
                (opens.astimezone(UTC), close.astimezone(UTC))
                for opens, close in self._hours.intervals(midnight(day), midnight(day + _ONE_DAY))
            ]
            total = sum(microseconds(close - opens) for opens, close in openings)
            found = self._open_days[day] = (total, openings)
        return found

    def position(self, t: datetime) -> int:
        """Ticks of counting time from a fixed origin to *t*: differences are measures.

        For day units only (time units measure directly).
        """
        last, found = self._last
        if t is last:  # a report places its instant once per case
            return found
        # Keyed in UTC: one zone's datetimes compare (and hash) by wall clock, fold aside.
        key = t.astimezone(UTC)
        position = self._places.get(key)
        if position is None:
            if len(self._places) >= _PLACES:
                self._places.clear()
            position = self._places[key] = self._place(t)
        self._last = (t, position)
        return position

    def end_of_day(self, day: date) -> int:
        """:meth:`position` at the end of the local *day* (24:00)."""
        if self.unit is Unit.DAYS:
            return day.toordinal() * _DAY
        rank = self._ranks.get(day)
        if rank is None:
            if len(self._ranks) >= _PLACES:
                self._ranks.clear()
            rank = self._ranks[day] = self._rank(day)
        return rank * _DAY

    def _place(self, t: datetime) -> int:
        """The counting days up to *t*'s day (included), less what is left of that day."""
        local = t.astimezone(self._calendar.zone)
        day = local.date()
        counted = self.end_of_day(day)
        if self.unit is Unit.WORKING_DAYS and not self._calendar.is_working_day(day):
            return counted
        if not (local.hour or local.minute or local.second or local.microsecond or local.fold):
            return counted - _DAY  # the day's first instant: a wall clock never shows a gap
        return counted - _DAY + self._elapsed(local, day)

    def _rank(self, day: date) -> int:
        """The working days from 1 January 2000 up to *day* (included; negative before)."""
        jan_1 = date(day.year, 1, 1)
        calendar = self._calendar
        within = calendar.working_days_between(jan_1, day) + calendar.is_working_day(jan_1)
        return self._base(day.year) + within

    def _base(self, year: int) -> int:
        """The working days from 1 January 2000 to the start of *year* (cached per year).

        Built from the neighbouring year, never by walking the cache, so that threads
        sharing a measure only ever add entries that agree.
        """
        found = self._bases.get(year)
        if found is None:
            if year > _ANCHOR_YEAR:
                found = self._base(year - 1) + self._in_year(year - 1)
            elif year < _ANCHOR_YEAR:
                found = self._base(year + 1) - self._in_year(year)
            else:
                found = 0
            self._bases[year] = found
        return found

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
