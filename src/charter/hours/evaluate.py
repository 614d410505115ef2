"""Opening hours on real instants: rules evaluated per local day, DST gaps and folds.

:class:`~charter.hours.rules.RuleSet` gives the state of every wall-clock minute of a
local day; this module turns those minutes into instants in the zone
(``docs/design.md``): a local time in a spring-forward gap is the first instant after
the gap; an ambiguous autumn time takes the earlier offset. Durations come from the
instants, never from 24-hour days.

Per-day results are cached in bounded caches (:data:`CACHE_DAYS` days each, the oldest
dropped first), so a long-running process that asks about many days holds flat memory.

Over 500 lines on purpose: a day's instants, the search for the next change and the open
time over a span are one evaluator, and their fast paths (the weekly form) must agree
with the day-by-day one they stand for (``tests/test_hours_spans.py``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from charter._checks import MINUTES_PER_DAY as DAY
from charter._deprecated import renamed_names
from charter._memo import Memo
from charter.calendars.instants import check_instant, wall_to_utc
from charter.errors import MAX_YEAR, MIN_YEAR, UnsupportedYearError
from charter.hours.rules import DateRange, EasterDate, RuleSet, Segments, Span, State

__all__ = ["CACHE_DAYS", "CACHE_RUNS", "Day", "HoursEvaluator"]

#: Renamed in this release; the old name works, with a DeprecationWarning, until the next.
_RENAMED = renamed_names(__name__, {"Evaluator": "HoursEvaluator"})


def __getattr__(name: str) -> object:
    return _RENAMED(name)


_ONE_DAY = timedelta(days=1)
_FIRST = date(MIN_YEAR, 1, 1)
_LAST = date(MAX_YEAR, 12, 31)
#: Without holidays and Easter, days that no dated rule names repeat: every date falls
#: again on every weekday, in every ISO week structure, within 28 years (40 across a
#: century year that is not a leap year), 29 February included.
_QUIET_YEARS = 41
#: How many days each per-day cache holds.
CACHE_DAYS = 4096
#: How many runs of days with a known next change are kept, per state.
CACHE_RUNS = 1024
_MINUTES = tuple(timedelta(minutes=minute) for minute in range(DAY + 1))
#: A minute in microseconds.
_MINUTE = 60_000_000
#: The years whose figures an evaluator remembers: every supported year, and some room.
_YEARS = 512


class Day:
    """One local day: its times that are not closed, as UTC instants, and its bounds."""

    __slots__ = ("end", "ends", "start", "starts", "states")

    def __init__(
        self,
        start: datetime,
        end: datetime,
        starts: tuple[datetime, ...],
        ends: tuple[datetime, ...],
        states: tuple[State, ...],
    ) -> None:
        self.start = start
        self.end = end
        self.starts = starts
        self.ends = ends
        self.states = states

    def state_at(self, utc: datetime) -> State:
        """The state at *utc* (within the day)."""
        i = bisect_right(self.starts, utc) - 1
        if i >= 0 and utc < self.ends[i]:
            return self.states[i]
        return State.CLOSED

    @property
    def first_state(self) -> State:
        """The state at the first instant of the day."""
        if self.starts and self.starts[0] <= self.start:
            return self.states[0]
        return State.CLOSED

    def changes(self) -> Iterator[tuple[datetime, State]]:
        """The instants inside the day where the state may change, with the state after."""
        count = len(self.starts)
        for i in range(count):
            if self.starts[i] > self.start:
                yield self.starts[i], self.states[i]
            end = self.ends[i]
            if end < self.end and (i + 1 == count or self.starts[i + 1] != end):
                yield end, State.CLOSED


class _Runs:
    """Runs of days with the same next change: ``(first, last, answer)``, disjoint, sorted.

    At most :data:`CACHE_RUNS` are kept. One list, replaced or grown in single steps, so
    that threads sharing the hours never see a half-made run.
    """

    __slots__ = ("items",)

    def __init__(self) -> None:
        self.items: list[tuple[date, date, datetime | None]] = []

    def get(self, d: date) -> tuple[bool, datetime | None]:
        items = self.items
        i = bisect_right(items, d, key=_first) - 1
        if i >= 0 and d <= items[i][1]:
            return True, items[i][2]
        return False, None

    def add(self, first: date, last: date, answer: datetime | None) -> None:
        if len(self.items) >= CACHE_RUNS:
            self.items = []
        items = self.items
        items.insert(bisect_right(items, first, key=_first), (first, last, answer))


def _first(run: tuple[date, date, datetime | None]) -> date:
    return run[0]


class HoursEvaluator:
    """Answers queries on instants for a :class:`RuleSet` in a zone (was ``Evaluator``)."""

    __slots__ = (
        "_always_open",
        "_days",
        "_horizon_year",
        "_never_open",
        "_runs",
        "_shifts",
        "_week",
        "_years",
        "rules",
        "zone",
    )

    def __init__(self, timezone: str, rules: RuleSet) -> None:
        self.zone = ZoneInfo(timezone)
        self.rules = rules
        self._days: Memo[date, Day] = Memo(CACHE_DAYS)
        self._runs: dict[State, _Runs] = {state: _Runs() for state in State}
        self._horizon_year = _horizon_year(rules)
        self._never_open = _never_open(rules)
        self._always_open = _always_open(rules)
        # The weekly form's weekdays (see RuleSet.weekly): their segments, and their open
        # time in microseconds; the days of a year whose midnights differ in offset; the
        # open time of each whole year. Made on first use.
        self._week: Memo[tuple[int, ...], tuple[tuple[Segments, ...], tuple[int, ...]]] = Memo(
            _YEARS
        )
        self._shifts: Memo[int, tuple[date, ...]] = Memo(_YEARS)
        self._years: Memo[int, int] = Memo(_YEARS)

    def __reduce__(self) -> tuple[type[HoursEvaluator], tuple[str, RuleSet]]:
        """Pickled as its zone and rules: what it remembered is worked out again."""
        return (HoursEvaluator, (self.zone.key, self.rules))

    # -- one day ----------------------------------------------------------------------------

    def _to_utc(self, d: date, minute: int) -> datetime:
        """The instant of wall-clock *minute* on *d* (the gap and fold rules of docs/design.md)."""
        if minute >= DAY:
            d, minute = d + _ONE_DAY, minute - DAY
        hour, minute = divmod(minute, 60)
        return wall_to_utc(self.zone, datetime(d.year, d.month, d.day, hour, minute))  # noqa: DTZ001

    def day(self, d: date) -> Day:
        """The local day *d* as instants, cached."""
        found = self._days.get(d)
        if found is not None:
            return found
        if not _FIRST <= d <= _LAST:
            raise UnsupportedYearError.for_date(d)
        segments = self.rules.day(d)
        midnight = datetime(d.year, d.month, d.day)  # noqa: DTZ001 - a wall-clock time
        following = midnight + _ONE_DAY
        offset = self.zone.utcoffset(midnight)
        # The same offset at both midnights (fold=0: the earlier one): no transition in
        # between (a zone changes its offset at most once a day), so each minute of the
        # day is midnight plus that many minutes. Otherwise each time follows the gap and
        # fold rules of docs/design.md.
        if offset is not None and offset == self.zone.utcoffset(following):
            start = (midnight - offset).replace(tzinfo=UTC)
            day = Day(
                start,
                start + _ONE_DAY,
                tuple(start + _MINUTES[a] for a, _, _ in segments),
                tuple(start + _MINUTES[b] for _, b, _ in segments),
                tuple(state for _, _, state in segments),
            )
            self._days.put(d, day)
            return day
        start, end = self._to_utc(d, 0), self._to_utc(d, DAY)
        starts: list[datetime] = []
        ends: list[datetime] = []
        states: list[State] = []
        for a, b, state in segments:
            first, last = self._to_utc(d, a), self._to_utc(d, b)
            if first < last:  # a range inside a DST gap has no instant
                starts.append(first)
                ends.append(last)
                states.append(state)
        day = Day(start, end, tuple(starts), tuple(ends), tuple(states))
        self._days.put(d, day)
        return day

    # -- instants ---------------------------------------------------------------------------

    def _utc_and_date(self, t: datetime) -> tuple[datetime, date]:
        try:
            local = check_instant(t).astimezone(self.zone)
        except OverflowError:  # an instant at the very end of datetime's range
            raise UnsupportedYearError.for_date(t.date()) from None
        return t.astimezone(UTC), local.date()

    def state(self, t: datetime) -> State:
        """The state at *t*."""
        utc, d = self._utc_and_date(t)
        return self.day(d).state_at(utc)

    def is_open(self, t: datetime) -> bool:
        """Whether *t* lies in an open interval."""
        utc, d = self._utc_and_date(t)
        day = self.day(d)
        i = bisect_right(day.starts, utc) - 1
        return i >= 0 and utc < day.ends[i] and day.states[i] is State.OPEN

    def next_change(self, t: datetime) -> datetime | None:
        """The first instant after *t* where the state (open, closed, unknown) changes."""
        utc, d = self._utc_and_date(t)
        day = self.day(d)
        starts, ends, states = day.starts, day.ends, day.states
        i = bisect_right(starts, utc)
        if i and utc < ends[i - 1]:  # inside a segment: does its end change the state?
            state, end = states[i - 1], ends[i - 1]
            following = states[i] if i < len(starts) and starts[i] == end else State.CLOSED
            if end < day.end and following is not state:
                return end.astimezone(self.zone)
        elif i < len(starts):  # closed, and a segment starts later the same day
            return starts[i].astimezone(self.zone)
        else:
            state = State.CLOSED
        for instant, after in day.changes():
            if instant > utc and after is not state:
                return instant.astimezone(self.zone)
        found = self._run(d + _ONE_DAY, state) if d < _LAST else None
        return None if found is None else found.astimezone(self.zone)

    def _run(self, d: date, state: State) -> datetime | None:
        """The first instant from the start of day *d* whose state is not *state*; None: never.

        The days passed on the way (wholly in *state*) have the same answer: they are
        remembered as one run, so a later question on any of them is a lookup.
        """
        if (state is State.CLOSED and self._never_open) or (
            state is State.OPEN and self._always_open
        ):
            return None
        runs = self._runs[state]
        horizon = self._horizon(d)
        whole = () if state is State.CLOSED else ((0, DAY, state),)
        first = d
        found: datetime | None = None
        while d <= horizon:
            known, answer = runs.get(d)
            if known:
                found = answer
                break
            if self.rules.day(d) == whole:  # wholly in the state: no instants needed
                d = self._next_unlike(d, whole, horizon)
                continue
            day = self.day(d)
            if day.end <= day.start:  # a day with no instants (Samoa skipped 30 December 2011)
                d += _ONE_DAY
                continue
            if day.first_state is not state:
                found = day.start
                break
            change = next((i for i, after in day.changes() if after is not state), None)
            if change is not None:
                found = change
                break
            d += _ONE_DAY
        if d > first:
            runs.add(first, d - _ONE_DAY, found)
        return found

    def _next_unlike(self, d: date, whole: Segments, horizon: date) -> date:
        """The day after *d*; where every weekday is *whole*, the next day that is not.

        In the weekly form only the exceptional days can differ from their weekday: when
        all seven are wholly in one state, only those are looked at (a year at a time, or
        a month where the week depends on the month), and a search to the last supported
        year costs a few steps a year instead of a step a day. *horizon* + 1 day: none.
        """
        rules = self.rules
        following = d + _ONE_DAY
        since = rules.weekly_since
        if since is None or following.year < since:
            return following
        end = horizon + _ONE_DAY
        while following < end:
            year, month = following.year, following.month
            if any(s != whole for s in self._week_of(year, month)[0]):
                return following
            if rules.by_month and month < 12:
                stop = date(year, month + 1, 1)
            else:
                stop = date(year + 1, 1, 1)
            days = rules.exceptional(year)
            i = bisect_left(days, following)
            while i < len(days) and days[i] < stop:  # exceptional days: each looked at
                if days[i] >= end or rules.exceptional_day(days[i]) != whole:
                    return min(days[i], end)
                i += 1
            if stop.year > MAX_YEAR:
                break
            following = stop
        return end

    def _week_of(self, year: int, month: int) -> tuple[tuple[Segments, ...], tuple[int, ...]]:
        """The segments of each weekday of *month* (weekly form) and their open microseconds."""
        rules = self.rules
        signature = rules.signature(year, month)
        week = self._week.get(signature)
        if week is None:
            segments = tuple(rules.weekday(year, month, weekday) for weekday in range(7))
            micros = tuple(_open_minutes(s) * _MINUTE for s in segments)
            week = self._week.put(signature, (segments, micros))
        return week

    # -- open time ----------------------------------------------------------------------------

    def open_time(self, start: datetime, end: datetime) -> int:
        """The open time within ``[start, end)`` in microseconds, on real instants.

        The whole days between the first and the last are summed by weekday, exceptional
        days and days of a change of offset aside, and whole years are remembered: the
        cost does not grow with the span in the weekly form (see :meth:`RuleSet.weekly`),
        and grows by day only the first time otherwise.
        """
        low, first = self._utc_and_date(start)
        high, last = self._utc_and_date(end)
        for d in (first, last):  # as every other query, shortcuts included
            if not _FIRST <= d <= _LAST:
                raise UnsupportedYearError.for_date(d)
        if high <= low or self._never_open:
            return 0
        if self._always_open:
            return _micro(high - low)
        if first == last:
            return self._open_in(first, low, high)
        total = self._open_in(first, low, high) + self._open_in(last, low, high)
        d = first + _ONE_DAY
        while d < last:  # whole days: by year
            year_end = date(d.year, 12, 31)
            if d.month == 1 and d.day == 1 and year_end < last:
                total += self._year(d.year)
                d = year_end + _ONE_DAY
                continue
            stop = min(year_end, last - _ONE_DAY)
            total += self._open_days(d, stop)
            d = stop + _ONE_DAY
        return total

    def _open_in(self, d: date, low: datetime, high: datetime) -> int:
        """The open time of the local day *d* within ``[low, high)`` (UTC), in microseconds."""
        day = self.day(d)
        total = timedelta()
        for a, b, state in zip(day.starts, day.ends, day.states, strict=True):
            if state is State.OPEN and b > low and a < high:
                total += min(b, high) - max(a, low)
        return _micro(total)

    def _year(self, year: int) -> int:
        found = self._years.get(year)
        if found is None:
            found = self._years.put(year, self._open_days(date(year, 1, 1), date(year, 12, 31)))
        return found

    def _open_days(self, first: date, last: date) -> int:
        """The open time of the whole local days first..last (one year), in microseconds."""
        rules = self.rules
        shifts = self._offset_changes(first.year)
        since = rules.weekly_since
        if since is None or first.year < since:
            total = 0
            d = first
            while d <= last:
                total += self._whole_day(d, shifts)
                d += _ONE_DAY
            return total
        total = 0
        d = first
        while d <= last:  # by month where the week depends on it, else at once
            if rules.by_month and d.month < 12:
                stop = min(last, date(d.year, d.month + 1, 1) - _ONE_DAY)
            else:
                stop = last
            week = self._week_of(d.year, d.month)[1]
            weeks, rest = divmod((stop - d).days + 1, 7)
            start = d.weekday()
            total += weeks * sum(week) + sum(week[(start + i) % 7] for i in range(rest))
            d = stop + _ONE_DAY
        for d in set(rules.exceptional(first.year)) | set(shifts):
            if first <= d <= last:
                week = self._week_of(d.year, d.month)[1]
                total += self._whole_day(d, shifts) - week[d.weekday()]
        return total

    def _whole_day(self, d: date, shifts: tuple[date, ...]) -> int:
        """The open time of the whole local day *d*, in microseconds."""
        if d in shifts:  # an offset changes within the day: the instants tell
            day = self.day(d)
            return self._open_in(d, day.start, day.end)
        return _open_minutes(self.rules.exceptional_day(d)) * _MINUTE

    def _offset_changes(self, year: int) -> tuple[date, ...]:
        """The days of *year* whose two midnights have different offsets (DST days)."""
        found = self._shifts.get(year)
        if found is not None:
            return found
        offset = self.zone.utcoffset
        days: list[date] = []
        midnight = datetime(year, 1, 1)  # noqa: DTZ001 - a wall-clock time
        before = offset(midnight)
        while midnight.year == year:  # every day: a zone's rules may change at any date
            following = midnight + _ONE_DAY
            after = offset(following)
            if after != before:
                days.append(midnight.date())
            midnight, before = following, after
        return self._shifts.put(year, tuple(days))

    def _horizon(self, d: date) -> date:
        if self.rules.plain_week:
            return min(_LAST, d + timedelta(days=8))
        if self._horizon_year is None:
            return _LAST
        year = min(MAX_YEAR, max(d.year, self._horizon_year) + _QUIET_YEARS)
        return date(year, 12, 31)

    def _stream(self, first: date, last: date, state: State) -> Iterator[tuple[datetime, datetime]]:
        """Merged intervals (UTC) in *state* of the local days first..last."""
        current: tuple[datetime, datetime] | None = None
        d = first
        while d <= last:
            day = self.day(d)
            for start, end, found in zip(day.starts, day.ends, day.states, strict=True):
                if found is not state:
                    continue
                if current is not None and start <= current[1]:
                    current = (current[0], max(end, current[1]))
                    continue
                if current is not None:
                    yield current
                current = (start, end)
            d += _ONE_DAY
        if current is not None:
            yield current

    def intervals(
        self, start: datetime, end: datetime, state: State = State.OPEN
    ) -> Iterator[tuple[datetime, datetime]]:
        """The intervals in *state* within ``[start, end)``, merged, in the zone."""
        low, first = self._utc_and_date(start)
        high, last = self._utc_and_date(end)
        for a, b in self._stream(first, last, state):
            clipped = max(a, low), min(b, high)
            if clipped[0] < clipped[1]:
                yield clipped[0].astimezone(self.zone), clipped[1].astimezone(self.zone)


def _open_minutes(segments: Segments) -> int:
    """The open minutes of a day's *segments*."""
    return sum(b - a for a, b, state in segments if state is State.OPEN)


def _micro(value: timedelta) -> int:
    """*value* in microseconds."""
    return (value.days * 86_400 + value.seconds) * 1_000_000 + value.microseconds


#: The spans of a rule that names the whole day: none, or 00:00-24:00 (``24/7``).
_WHOLE = ((), (Span(0, DAY),))


def _never_open(rules: RuleSet) -> bool:
    """Whether no day is ever open: no rule opens after the last that closes every day."""
    closing = -1
    for index, rule in enumerate(rules.rules):
        if not rule.has_selectors and rule.state is State.CLOSED and rule.spans in _WHOLE:
            closing = index  # "off", "24/7 off": the whole of every day closed
    return all(rule.state is State.CLOSED for rule in rules.rules[closing + 1 :])


def _always_open(rules: RuleSet) -> bool:
    """Whether every day is open all day: a first rule for every day, all rules open all day."""
    whole = (Span(0, DAY),)
    first = rules.rules[0]
    return not first.has_selectors and all(
        rule.state is State.OPEN and rule.spans in ((), whole) for rule in rules.rules
    )


def _horizon_year(rules: RuleSet) -> int | None:
    """The last year a rule names, if days repeat after it (see :data:`_QUIET_YEARS`).

    None when they may not: holidays and Easter move from year to year.
    """
    year = 1900
    for rule in rules.rules:
        if rule.uses_holidays or any(isinstance(item, EasterDate) for item in rule.dates):
            return None
        for years in rule.years:
            year = max(year, years.first if years.last is None else years.last)
        for dates in rule.dates:
            if isinstance(dates, DateRange) and dates.end[0] is not None:
                year = max(year, dates.end[0])
    return year
