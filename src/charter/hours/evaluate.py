"""Opening hours on real instants: calendar-day semantics, DST gaps and folds.

The sources of a schedule come in order of precedence (weekly, seasons, holidays,
special hours). On a local calendar day ``d``:

- the *governing* source is the last one that names ``d``; its ranges, cut at 24:00,
  are the day's own hours;
- every source from the governing one on that named the day before adds the part of its
  ranges that ran past midnight (a lower source's spill is replaced with the day).

Wall-clock minutes then become instants in the zone (DESIGN §4): a local time in a
spring-forward gap is the first instant after the gap; an ambiguous autumn time takes the
earlier offset. Durations come from the instants, never from 24-hour days.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from charter.calendars.instants import check_instant, wall_to_utc
from charter.errors import MAX_YEAR, MIN_YEAR, UnsupportedYearError
from charter.hours.ranges import DAY, TimeRange

__all__ = ["Evaluator", "Source"]

_ONE_DAY = timedelta(days=1)
_FIRST = date(MIN_YEAR, 1, 1)
_LAST = date(MAX_YEAR, 12, 31)
#: Without holidays, a schedule that has not changed for this long after its last dated
#: rule never changes again: every date falls again on every weekday within it (28 years,
#: 40 across a century year that is not a leap year), 29 February included.
_QUIET_YEARS = 41


class Day:
    """One local day's open intervals as UTC instants, and the instant the day ends."""

    __slots__ = ("end", "ends", "starts")

    def __init__(
        self, starts: tuple[datetime, ...], ends: tuple[datetime, ...], end: datetime
    ) -> None:
        self.starts = starts
        self.ends = ends
        self.end = end

    @property
    def open_at_end(self) -> bool:
        """Whether the day is open up to its last instant (so it may run on into the next)."""
        return bool(self.ends) and self.ends[-1] >= self.end


class Source(Protocol):
    """A source of hours: which days it names, and its ranges on a day."""

    def names(self, d: date) -> bool:
        """Whether the source names the local day *d*."""
        ...

    def ranges_on(self, d: date) -> tuple[TimeRange, ...]:
        """The source's ranges on *d* (meaningful when it names *d*)."""
        ...


def _merge(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pieces.sort()
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        if merged and a <= merged[-1][1]:
            if b > merged[-1][1]:
                merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


class Evaluator:
    """Answers queries on instants for an ordered tuple of sources, caching each day."""

    __slots__ = ("_days", "_next_open", "_quiet_after", "_run_end", "sources", "zone")

    def __init__(
        self, timezone: str, sources: tuple[Source, ...], *, quiet_after: date | None = None
    ) -> None:
        self.zone = ZoneInfo(timezone)
        self.sources = sources
        self._days: dict[date, Day] = {}
        self._quiet_after = quiet_after
        # Per-day memos for next_change (see there): a schedule is queried on many days.
        self._next_open: dict[date, datetime | None] = {}
        self._run_end: dict[date, datetime | None] = {}

    # -- one day ----------------------------------------------------------------------------

    def pieces(self, d: date) -> list[tuple[int, int]]:
        """The open minutes of the local day *d*: sorted, disjoint ``(start, end)`` in 0-1440."""
        sources = self.sources
        governing = 0
        for index in range(len(sources) - 1, 0, -1):
            if sources[index].names(d):
                governing = index
                break
        found = [(r.start, min(r.end, DAY)) for r in sources[governing].ranges_on(d)]
        if d > _FIRST:
            before = d - _ONE_DAY
            for source in sources[governing:]:
                if source.names(before):
                    found.extend((0, r.end - DAY) for r in source.ranges_on(before) if r.end > DAY)
        return _merge(found)

    def _to_utc(self, d: date, minute: int) -> datetime:
        """The instant of wall-clock *minute* on *d* (DESIGN §4's gap and fold rules)."""
        if minute >= DAY:
            d, minute = d + _ONE_DAY, minute - DAY
        hour, minute = divmod(minute, 60)
        return wall_to_utc(self.zone, datetime(d.year, d.month, d.day, hour, minute))  # noqa: DTZ001

    def day(self, d: date) -> Day:
        """The open intervals of the local day *d* as UTC instants, cached."""
        found = self._days.get(d)
        if found is None:
            if not _FIRST <= d <= _LAST:
                raise UnsupportedYearError.for_date(d)
            starts: list[datetime] = []
            ends: list[datetime] = []
            for a, b in self.pieces(d):
                start, end = self._to_utc(d, a), self._to_utc(d, b)
                if start < end:  # a range inside a DST gap has no instant
                    starts.append(start)
                    ends.append(end)
            found = Day(tuple(starts), tuple(ends), self._to_utc(d, DAY))
            self._days[d] = found
        return found

    # -- instants ---------------------------------------------------------------------------

    def _utc_and_date(self, t: datetime) -> tuple[datetime, date]:
        try:
            local = check_instant(t).astimezone(self.zone)
        except OverflowError:  # an instant at the very end of datetime's range
            raise UnsupportedYearError.for_date(t.date()) from None
        return t.astimezone(UTC), local.date()

    def is_open(self, t: datetime) -> bool:
        """Whether *t* lies in an open interval."""
        utc, d = self._utc_and_date(t)
        day = self.day(d)
        i = bisect_right(day.starts, utc) - 1
        return i >= 0 and utc < day.ends[i]

    def _stream(self, first: date, last: date) -> Iterator[tuple[datetime, datetime]]:
        """Merged open intervals (UTC) of the local days first..last."""
        current: tuple[datetime, datetime] | None = None
        d = first
        while d <= last:
            day = self.day(d)
            for start, end in zip(day.starts, day.ends, strict=True):
                if current is not None and start <= current[1]:
                    current = (current[0], max(end, current[1]))
                    continue
                if current is not None:
                    yield current
                current = (start, end)
            d += _ONE_DAY
        if current is not None:
            yield current

    def _horizon(self, d: date) -> date:
        if self._quiet_after is None:
            return _LAST
        start = max(d, self._quiet_after)
        return min(_LAST, date(min(MAX_YEAR, start.year + _QUIET_YEARS), 12, 31))

    def next_change(self, t: datetime) -> datetime | None:
        """The first boundary of an open interval strictly after *t*, or None."""
        utc, d = self._utc_and_date(t)
        day = self.day(d)
        i = bisect_right(day.starts, utc)
        if i and utc < day.ends[i - 1]:  # open at t
            end = day.ends[i - 1]
            if end < day.end:  # closes within the day
                return end.astimezone(self.zone)
            change = self._memo(self._run_end, d, self._find_run_end)
        elif i < len(day.starts):  # closed, and opens later the same day
            return day.starts[i].astimezone(self.zone)
        else:
            change = self._memo(self._next_open, d, self._find_next_open)
        return None if change is None else change.astimezone(self.zone)

    def _memo(
        self,
        memo: dict[date, datetime | None],
        d: date,
        find: Callable[[date], datetime | None],
    ) -> datetime | None:
        if d in memo:
            return memo[d]
        found = memo[d] = find(d)
        return found

    def _following(self, d: date) -> Iterator[tuple[date, Day]]:
        """The days after *d*, up to the horizon after which nothing changes."""
        horizon = self._horizon(d)
        while d < horizon:
            d += _ONE_DAY
            yield d, self.day(d)

    def _find_next_open(self, d: date) -> datetime | None:
        """The first opening after the day *d* (closed at its end), or None.

        Every closed day passed on the way gets the same answer in the memo.
        """
        passed: list[date] = []
        found: datetime | None = None
        for day_date, day in self._following(d):
            if day.starts:
                found = day.starts[0]
                break
            if day_date in self._next_open:
                found = self._next_open[day_date]
                break
            passed.append(day_date)
        for day_date in passed:
            self._next_open[day_date] = found
        return found

    def _find_run_end(self, d: date) -> datetime | None:
        """Where the opening that reaches the end of day *d* ends; None: never (to the horizon).

        Every whole open day passed on the way gets the same answer in the memo.
        """
        previous_end = self.day(d).end
        passed: list[date] = []
        found: datetime | None = None
        for day_date, day in self._following(d):
            if day.end <= previous_end:
                continue  # a day with no instants (Samoa skipped 30 December 2011)
            if not day.starts or day.starts[0] > previous_end:
                found = previous_end  # closed from the start of this day
                break
            if not day.open_at_end or len(day.starts) > 1:
                found = day.ends[0]
                break
            if day_date in self._run_end:
                found = self._run_end[day_date]
                break
            passed.append(day_date)
            previous_end = day.end
        for day_date in passed:
            self._run_end[day_date] = found
        return found

    def intervals(self, start: datetime, end: datetime) -> Iterator[tuple[datetime, datetime]]:
        """The open intervals within ``[start, end)``, merged, in the zone."""
        low, first = self._utc_and_date(start)
        high, last = self._utc_and_date(end)
        for a, b in self._stream(first, last):
            clipped = max(a, low), min(b, high)
            if clipped[0] < clipped[1]:
                yield clipped[0].astimezone(self.zone), clipped[1].astimezone(self.zone)
