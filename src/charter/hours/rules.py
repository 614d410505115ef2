"""Opening hours as an ordered list of rules, evaluated day by day as OpenStreetMap reads them.

This is the form every :class:`~charter.hours.OpeningHours` is evaluated in: a value read
with ``from_osm`` keeps its rules as written, and the structured form (weekly schedule,
seasons, holidays, dated exceptions) compiles to rules. The semantics are those of the
OpenStreetMap specification as opening_hours.js implements them (``docs/hours.md#rules``):

- A rule *names* a day when every kind of selector it has (years, months and dates, week
  numbers, ``PH``, weekdays) names it; within one kind, any item may.
- A rule written after ``;`` that names a day and says *open* or *unknown* replaces the
  rules before it on that day. A rule after ``,`` adds to them, and a closing rule
  (``off``) never replaces: it closes the times it gives (the whole day without times).
  A rule with no selector at all replaces only when the rule before it has none either.
- Rules that name a day are then applied in order: each sets its state on its times (or
  on the whole day), so a later rule wins where it speaks.
- Hours past midnight (``Fr 22:00-02:00``) belong to the day they start on; their part
  after midnight is applied on the next day, right after the rule itself, as long as no
  later rule replaces that next day.
- An open end (``17:00+``) is *unknown* from its start until 24:00, or for ten hours
  from 17:00 and eight hours from 22:00 (the closing time OSM tools assume).

>>> from datetime import date
>>> from charter.hours._osm_syntax import parse_rules
>>> rules = parse_rules("Mo-Fr 09:00-17:00; Mo 12:00-13:00 off; Jan,Feb off")
>>> [str(r) for r in rules]
['Mo-Fr 09:00-17:00', 'Mo 12:00-13:00 off', 'Jan,Feb off']
>>> RuleSet(rules).day(date(2027, 3, 1))  # a Monday in March: closed over lunch
((540, 720, <State.OPEN: 'open'>), (780, 1020, <State.OPEN: 'open'>))
>>> RuleSet(rules).day(date(2027, 1, 4))  # a Monday in January
()

Over 500 lines on purpose, for now: the rule items, a rule, and ``RuleSet``'s day by day
reading are one semantics (docs/design.md#opening-hours-rules), kept where they can be
read together; the weekly form (``_WeeklyForm``) and the per-day search are the part to
move out first, once the work on them in progress has settled.
"""

from __future__ import annotations

import calendar as _calendar
import enum
import functools
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta

from attrs import field, frozen
from dateutil.easter import easter

from charter._checks import MINUTES_PER_DAY as DAY
from charter._checks import MONTHS, WEEKDAYS
from charter._deprecated import warn_renamed
from charter._memo import Memo
from charter.calendars.base import HolidayCalendar
from charter.errors import MAX_YEAR, MIN_YEAR, OpeningHoursError

__all__ = [
    "NO_OSM_CYCLE",
    "DateRange",
    "EasterDate",
    "HolidayDay",
    "MonthRange",
    "Rule",
    "RuleSet",
    "Span",
    "State",
    "WeekCycle",
    "WeekRange",
    "WeekdayRange",
    "YearRange",
]

_ONE_DAY = timedelta(days=1)


class State(enum.Enum):
    """What a rule says of its times: open, closed, or unknown (``unknown``, a bare comment)."""

    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"

    __hash__ = object.__hash__  # Enum's __hash__ is Python code; members are singletons


@functools.lru_cache(maxsize=512)  # the supported years, 1900-2200, and some room
def _easter(year: int) -> date:
    return easter(year)


def _days(n: int) -> str:
    return f"{'+' if n > 0 else '-'}{abs(n)} day{'s' if abs(n) != 1 else ''}"


def _hm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


# -- selectors ------------------------------------------------------------------------------


@frozen
class YearRange:
    """``2027``, ``2027-2030``, ``2026-2030/2``, ``2027+`` (``last`` None: no end)."""

    first: int
    last: int | None
    step: int = 1

    def matches(self, year: int) -> bool:
        """Whether *year* is one of the years."""
        if year < self.first or (self.last is not None and year > self.last):
            return False
        return (year - self.first) % self.step == 0

    def __str__(self) -> str:
        if self.last is None:
            return f"{self.first}+"
        if self.last == self.first:
            return str(self.first)
        return f"{self.first}-{self.last}" + (f"/{self.step}" if self.step != 1 else "")


@frozen
class MonthRange:
    """``Jul`` or ``Nov-Feb`` (months 1-12; a range may wrap the year)."""

    first: int
    last: int

    def matches(self, d: date) -> bool:
        """Whether *d* lies in the months."""
        if self.first <= self.last:
            return self.first <= d.month <= self.last
        return d.month >= self.first or d.month <= self.last

    def __str__(self) -> str:
        first = MONTHS[self.first - 1]
        return first if self.first == self.last else f"{first}-{MONTHS[self.last - 1]}"


@frozen
class DateRange:
    """A date or a range of dates, every year or in given years.

    ``Dec 24``, ``Dec 24-26``, ``Dec 24-Jan 02`` (every year), ``2027 Dec 24``, ``2027 Aug
    02-2027 Aug 20`` (that year). ``start`` and ``end`` are ``(year or None, month, day)``,
    both with a year or both without; a yearly range may wrap the year.
    """

    start: tuple[int | None, int, int]
    end: tuple[int | None, int, int]

    def matches(self, d: date) -> bool:
        """Whether *d* lies in the range (both ends included)."""
        if self.start[0] is not None:
            return self.start <= (d.year, d.month, d.day) <= self.end
        md, first, last = (d.month, d.day), self.start[1:], self.end[1:]
        if first <= last:
            return first <= md <= last
        return md >= first or md <= last

    def __str__(self) -> str:
        year, month, day = self.start
        text = f"{'' if year is None else f'{year} '}{MONTHS[month - 1]} {day:02d}"
        if self.end == self.start:
            return text
        end_year, end_month, end_day = self.end
        if end_year is not None:
            return f"{text}-{end_year} {MONTHS[end_month - 1]} {end_day:02d}"
        if end_month == month and year is None and end_day > day and (month, end_day) != (2, 28):
            return f"{text}-{end_day:02d}"
        return f"{text}-{MONTHS[end_month - 1]} {end_day:02d}"


@frozen
class EasterDate:
    """``easter``, ``easter +1 day``, ``easter -2 days``: Easter Sunday and its neighbours.

    ``year`` restricts it to one year; the grammar does not read that form (OSM tools
    read ``2027 easter`` as 28 March in later years too), but the rules can hold it.
    """

    year: int | None = None
    offset: int = 0

    def matches(self, d: date) -> bool:
        """Whether *d* is the day."""
        if self.year is not None and d.year != self.year:
            return False
        return d == _easter(d.year) + timedelta(days=self.offset)

    def __str__(self) -> str:
        text = "easter" if self.year is None else f"{self.year} easter"
        return text + (f" {_days(self.offset)}" if self.offset else "")


@frozen
class WeekRange:
    """ISO 8601 week numbers: ``week 01``, ``week 10-20``, ``week 01-53/2``."""

    first: int
    last: int
    step: int = 1

    def matches(self, week: int) -> bool:
        """Whether ISO week number *week* is one of the weeks."""
        return self.first <= week <= self.last and (week - self.first) % self.step == 0

    def __str__(self) -> str:
        if self.first == self.last:
            return f"{self.first:02d}"
        return f"{self.first:02d}-{self.last:02d}" + (f"/{self.step}" if self.step != 1 else "")


@frozen
class WeekCycle:
    """Every other week, counted from the week (Monday to Sunday) of ``anchor``, both ways.

    Structured hours alone hold it (``ExtraHours.every_other_week``): the OSM grammar counts
    weeks by their ISO number, and those do not alternate where a year has 53 weeks (week 53
    of 2026 and week 1 of 2027 are both odd), so it has no OSM text (:data:`NO_OSM_CYCLE`).
    ``anchor`` is the Monday of a week that is one of them.
    """

    anchor: date
    step: int = 2

    def matches(self, d: date) -> bool:
        """Whether *d* lies in one of the weeks."""
        return (d - self.anchor).days // 7 % self.step == 0

    def __str__(self) -> str:
        return f"every {self.step} weeks from {self.anchor.isoformat()}"


#: Why a rule with a :class:`WeekCycle` is not written as OSM text.
NO_OSM_CYCLE = (
    "every other week counted from a date has no OpenStreetMap form: OSM counts weeks by "
    "their ISO number, which does not alternate over a year of 53 weeks (2026 ends in week "
    "53 and 2027 starts in week 1, both odd)"
)


@frozen
class WeekdayRange:
    """Weekdays, or one weekday's occurrences in its month.

    ``Mo-Fr`` (wrapping ``Fr-Mo``); ``Th[1]``, ``Sa[-1]``, ``Mo[1,3]``, ``Mo[2-3]``,
    optionally moved by whole days (``Sa[-1] +1 day``).
    """

    first: int
    last: int
    nth: tuple[int, ...] = ()
    offset: int = 0

    def matches(self, d: date) -> bool:
        """Whether *d* is one of the days."""
        if not self.nth:
            weekday = d.weekday()
            if self.first <= self.last:
                return self.first <= weekday <= self.last
            return weekday >= self.first or weekday <= self.last
        origin = d - timedelta(days=self.offset) if self.offset else d
        if origin.weekday() != self.first:
            return False
        forward = (origin.day - 1) // 7 + 1
        backward = -((_calendar.monthrange(origin.year, origin.month)[1] - origin.day) // 7 + 1)
        return forward in self.nth or backward in self.nth

    def __str__(self) -> str:
        first = WEEKDAYS[self.first]
        if not self.nth:
            return first if self.first == self.last else f"{first}-{WEEKDAYS[self.last]}"
        runs: list[list[int]] = []
        for n in self.nth:
            if runs and n == runs[-1][-1] + 1 and n > 0 and runs[-1][-1] > 0:
                runs[-1].append(n)
            else:
                runs.append([n])
        parts = [str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs]
        text = f"{first}[{','.join(parts)}]"
        return text + (f" {_days(self.offset)}" if self.offset else "")


@frozen
class HolidayDay:
    """``PH`` (a day off of the calendar), ``PH +1 day`` (the day after one), ``PH -1 day``."""

    offset: int = 0

    def matches(self, d: date, holidays: HolidayCalendar | None) -> bool:
        """Whether *d* is the day (never, without a calendar)."""
        if holidays is None:
            return False
        day = d - timedelta(days=self.offset) if self.offset else d
        return MIN_YEAR <= day.year <= MAX_YEAR and holidays.is_holiday(day)

    def __str__(self) -> str:
        return "PH" + (f" {_days(self.offset)}" if self.offset else "")


DateItem = MonthRange | DateRange | EasterDate
DayItem = WeekdayRange | HolidayDay
WeekItem = WeekRange | WeekCycle


@frozen
class Span:
    """Times of a day in minutes: ``[start, end)``; ``end`` up to 2880 runs into the next day.

    An ``open_end`` span comes from ``17:00+``: its state is unknown, and it ends where
    OSM tools assume a closing time.
    """

    start: int
    end: int
    open_end: bool = False

    @property
    def spills(self) -> bool:
        """Whether the span runs past midnight into the next day."""
        return self.end > DAY


def _spans_text(spans: Sequence[Span]) -> str:
    return ",".join(
        f"{_hm(span.start)}+" if span.open_end else f"{_hm(span.start)}-{_hm(span.end)}"
        for span in spans
    )


@frozen
class Rule:
    """One rule of an ``opening_hours`` value: its selectors, times, state and comment.

    Args:
        additional: written after ``,`` (adds to the rules before it instead of replacing).
        years, dates, weeks: the wide selectors (each a union of its items).
        holidays: ``PH`` items that a day must also be (``PH Mo-Fr``: holidays on weekdays).
        days: weekdays and ``PH`` items, a union (``Sa,PH``).
        spans: the times; none means the whole day.
        state: open, closed or unknown.
        comment: the comment, without its quotes.
        always: written ``24/7``.
        colon: written with ``:`` after the wide selectors.
    """

    additional: bool = False
    years: tuple[YearRange, ...] = ()
    dates: tuple[DateItem, ...] = ()
    weeks: tuple[WeekItem, ...] = ()
    holidays: tuple[HolidayDay, ...] = ()
    days: tuple[DayItem, ...] = ()
    spans: tuple[Span, ...] = ()
    state: State = State.OPEN
    comment: str | None = None
    always: bool = field(default=False, eq=False)  # as bare 00:00-24:00
    colon: bool = field(default=False, eq=False)  # for readability only
    _plain_week: bool = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        plain = not (self.years or self.dates or self.weeks or self.holidays) and all(
            isinstance(item, WeekdayRange) and not item.nth for item in self.days
        )
        object.__setattr__(self, "_plain_week", plain)

    @property
    def has_selectors(self) -> bool:
        """Whether the rule names particular days (``24/7`` and bare times name every day)."""
        return bool(self.years or self.dates or self.weeks or self.holidays or self.days)

    @property
    def uses_holidays(self) -> bool:
        """Whether the rule has a ``PH`` selector."""
        return bool(self.holidays) or any(isinstance(i, HolidayDay) for i in self.days)

    @property
    def plain_week(self) -> bool:
        """Whether the rule names days by plain weekdays only (it repeats every week)."""
        return self._plain_week

    def matches(self, d: date, holidays: HolidayCalendar | None) -> bool:
        """Whether the rule names the local day *d* (was ``names``: a predicate, not a noun)."""
        if self._plain_week:
            return not self.days or any(item.matches(d) for item in self.days)  # type: ignore[call-arg]
        if self.years and not any(item.matches(d.year) for item in self.years):
            return False
        if self.dates and not any(item.matches(d) for item in self.dates):
            return False
        if self.weeks:
            week = d.isocalendar()[1]
            if not any(
                item.matches(week) if isinstance(item, WeekRange) else item.matches(d)
                for item in self.weeks
            ):
                return False
        if self.holidays and not any(item.matches(d, holidays) for item in self.holidays):
            return False
        return not self.days or any(_day_item(item, d, holidays) for item in self.days)

    def names(self, d: date, holidays: HolidayCalendar | None) -> bool:
        """Deprecated: :meth:`matches`."""
        warn_renamed("Rule.names", "Rule.matches")
        return self.matches(d, holidays)

    def __str__(self) -> str:
        words = ["24/7"] if self.always else self._selector_words()
        words.extend(self._modifier_words(bare=not words))
        return " ".join(words)

    def _selector_words(self) -> list[str]:
        wide = []
        if self.years:
            wide.append(",".join(map(str, self.years)))
        if self.dates:
            wide.append(",".join(map(str, self.dates)))
        if self.weeks:
            wide.append("week " + ",".join(map(str, self.weeks)))
        words = [" ".join(wide) + (":" if self.colon else "")] if wide else []
        words.extend(",".join(map(str, part)) for part in (self.holidays, self.days) if part)
        if self.spans:
            words.append(_spans_text(self.spans))
        return words

    def _modifier_words(self, *, bare: bool) -> list[str]:
        """The state and comment; ``open`` only where leaving it out would read otherwise."""
        words = []
        if self.state is State.CLOSED:
            words.append("off")
        elif self.state is State.UNKNOWN and self.comment is None:
            words.append("unknown")
        elif self.state is State.OPEN and (
            self.comment is not None or bare or not (self.spans or self.always)
        ):
            words.append("open")
        if self.comment is not None:
            words.append(f'"{self.comment}"')
        return words


def _day_item(item: DayItem, d: date, holidays: HolidayCalendar | None) -> bool:
    if isinstance(item, HolidayDay):
        return item.matches(d, holidays)
    return item.matches(d)


def write_rules(rules: Iterable[Rule]) -> str:
    """The ``opening_hours`` text of *rules* (``;`` or ``,`` before each after the first).

    A rule every other week from a date (:class:`WeekCycle`) has no such text: refused.

    A rule after ``,`` that starts with a time could be read as more times of the rule
    before it; that rule's state is then written out (``open``), which ends it.
    """
    text = ""
    previous: Rule | None = None
    for rule in rules:
        if any(isinstance(item, WeekCycle) for item in rule.weeks):
            raise OpeningHoursError(NO_OSM_CYCLE)
        written = str(rule)
        if previous is not None:
            if rule.additional and _continues(previous, rule):
                text += " open" if previous.state is State.OPEN else ""
            text += (", " if rule.additional else "; ") + written
        else:
            text = written
        previous = rule
    return text


def _continues(previous: Rule, rule: Rule) -> bool:
    """Whether ``previous, rule`` would read *rule*'s start as part of *previous*."""
    ends_with_times = (
        bool(previous.spans)
        and not previous.always
        and previous.comment is None
        and previous.state is State.OPEN
    )
    starts_with_time = not rule.has_selectors and not rule.always and bool(rule.spans)
    return ends_with_times and starts_with_time


# -- evaluation -----------------------------------------------------------------------------

#: A day's times that are not closed: sorted, disjoint ``(start, end, state)`` in 0-1440.
Segments = tuple[tuple[int, int, State], ...]


@frozen
class _Internal:
    """A rule as evaluated: itself on its day, or its part after midnight on the next day."""

    rule: Rule
    wrapped: bool
    parts: tuple[tuple[int, int, State], ...]  # the times on the day, states applied
    resets_alone: bool  # replaces the rules before it whatever the rule before it is
    resets_after_bare: bool  # replaces them when the rule before has no selector


def _parts(rule: Rule, *, wrapped: bool) -> tuple[tuple[int, int, State], ...]:
    parts: list[tuple[int, int, State]] = []
    for span in rule.spans:
        state = rule.state
        if span.open_end and state is not State.CLOSED:
            state = State.UNKNOWN
        if wrapped:
            if span.end > DAY:
                parts.append((0, span.end - DAY, state))
        elif span.start < DAY:
            parts.append((span.start, min(span.end, DAY), state))
    return tuple(parts)


def _internal(rules: Sequence[Rule]) -> tuple[_Internal, ...]:
    found: list[_Internal] = []
    for rule in rules:
        replaces = rule.state is not State.CLOSED and not rule.additional
        found.append(
            _Internal(
                rule,
                wrapped=False,
                parts=_parts(rule, wrapped=False),
                resets_alone=replaces and rule.has_selectors,
                resets_after_bare=replaces and rule.state is State.OPEN,
            )
        )
        if any(span.spills for span in rule.spans):
            found.append(
                _Internal(
                    rule,
                    wrapped=True,
                    parts=_parts(rule, wrapped=True),
                    resets_alone=False,
                    resets_after_bare=False,
                )
            )
    return tuple(found)


def _paint(segments: list[tuple[int, int, State]], a: int, b: int, state: State) -> None:
    """Set ``[a, b)`` to *state* in *segments*, a cover of the day by sorted pieces."""
    if a >= b:
        return
    result: list[tuple[int, int, State]] = []
    for start, end, current in segments:
        if end <= a or start >= b:
            result.append((start, end, current))
            continue
        if start < a:
            result.append((start, a, current))
        if end > b:
            result.append((b, end, current))
    result.append((a, b, state))
    result.sort(key=lambda piece: piece[0])
    segments[:] = result


#: How many distinct sets of rules a :class:`RuleSet` remembers the painted day of.
_PAINTED = 1024
#: How many years' exceptional days a :class:`RuleSet` remembers: every supported year.
_YEARS = 512
#: How many months' signatures a RuleSet remembers: every supported month (1900-2200).
_MONTHS = 4096
#: A yearly date range of at most this many days counts its days as exceptional.
_ANNUAL_DAYS = 62
#: A rule set's weeks are painted from days 8-14 of a month: the day before is in the month.
_SAMPLE_DAY = 8


@frozen
class _WeeklyForm:
    """How a rule set repeats every week but for a few days (see RuleSet.weekly).

    ``offsets``: those of the ``PH`` items; ``weekly``: the rules that name days by
    weekdays (and holidays), perhaps within years and whole months; ``annual``: the
    rules confined to a few dates a year (Easter and its neighbours, ``Dec 24-26``),
    whose days are exceptional; ``monthly``: whether a weekly rule names years or months
    (the week then depends on the month); ``by_month``: whether one names months (else
    the week changes only with the year); ``wraps``: whether times run past midnight;
    ``since``: the first year it holds (rules of other kinds that end before it aside).
    """

    offsets: frozenset[int]
    weekly: tuple[int, ...]
    annual: tuple[int, ...]
    monthly: bool
    by_month: bool
    wraps: bool
    since: int = MIN_YEAR


def _weekly_form(
    internal: Sequence[_Internal], everyday: Sequence[int], since: int = MIN_YEAR
) -> _WeeklyForm | None:
    offsets: set[int] = set()
    weekly: list[int] = []
    annual: list[int] = []
    monthly = by_month = False
    for index in everyday:
        rule = internal[index].rule
        if rule.plain_week:
            weekly.append(index)
            continue
        if rule.years and all(item.last is not None and item.last < since for item in rule.years):
            continue  # over before the form holds
        if rule.dates and all(_annual(item) for item in rule.dates):
            annual.append(index)  # a few days a year, whatever else it asks of them
            continue
        if rule.weeks:
            return None
        if not all(isinstance(item, MonthRange) for item in rule.dates):
            return None
        for item in rule.days:
            if isinstance(item, HolidayDay):
                offsets.add(item.offset)
            elif item.nth:
                return None
        offsets.update(item.offset for item in rule.holidays)
        monthly = monthly or bool(rule.years or rule.dates)
        by_month = by_month or bool(rule.dates)
        weekly.append(index)
    wraps = any(item.wrapped for item in internal)
    return _WeeklyForm(
        frozenset(offsets), tuple(weekly), tuple(annual), monthly, by_month, wraps, since
    )


def _later_weekly_form(
    internal: Sequence[_Internal], everyday: Sequence[int]
) -> _WeeklyForm | None:
    """The weekly form of the years after the last that a rule's years bound, if any.

    ``2029-2030 Su[4,-2] off; Mo-Fr 09:00-17:00``: from 2031 the week repeats.
    """
    ends = [
        item.last
        for index in everyday
        for item in internal[index].rule.years
        if item.last is not None
    ]
    if not ends or max(ends) >= MAX_YEAR:
        return None
    return _weekly_form(internal, everyday, max(ends) + 1)


def _annual(item: DateItem) -> bool:
    """Whether *item* names at most a few days a year: Easter's, or a short yearly range."""
    if isinstance(item, EasterDate):
        return True
    return isinstance(item, DateRange) and item.start[0] is None and _length(item) <= _ANNUAL_DAYS


def _length(item: DateRange) -> int:
    """The days of a yearly range (in a leap year)."""
    first = date(2000, *item.start[1:])
    last = date(2000, *item.end[1:])
    return (last - first).days + 1 if first <= last else (last - first).days + 367


def _annual_days(item: DateItem, year: int) -> Iterator[date]:
    """The days of *year* and the years around it that *item* (see :func:`_annual`) names.

    The years beyond the supported ones count too: ``Dec 24-Jan 02`` of 1899 names
    1 and 2 January 1900.
    """
    for y in range(year - 1, year + 2):
        if isinstance(item, EasterDate):
            if item.year in (None, y):
                yield _easter(y) + timedelta(days=item.offset)
            continue
        assert isinstance(item, DateRange)  # noqa: S101 - see _annual
        month, day = item.start[1:]
        d = date(y, month, min(day, _calendar.monthrange(y, month)[1]))
        for _ in range(_length(item) + 2):
            if item.matches(d):
                yield d
            d += _ONE_DAY


#: Rules that name days of a window shorter than this are found by day, not scanned.
_INDEXED_DAYS = 400


def _window(rule: Rule) -> tuple[date, date] | None:
    """The first and last day *rule* may name, where its years or dates bound them."""
    bounds: list[tuple[date, date]] = []
    if rule.years and all(item.last is not None for item in rule.years):
        first = min(item.first for item in rule.years)
        last = max(item.last for item in rule.years if item.last is not None)
        bounds.append((date(first, 1, 1), date(last, 12, 31)))
    if rule.dates and all(_dated(item) for item in rule.dates):
        starts = [_first_day(item) for item in rule.dates]
        ends = [_last_day(item) for item in rule.dates]
        bounds.append((min(starts), max(ends)))
    if not bounds:
        return None
    return max(b[0] for b in bounds), min(b[1] for b in bounds)


def _dated(item: DateItem) -> bool:
    if isinstance(item, DateRange):
        return item.start[0] is not None
    return isinstance(item, EasterDate) and item.year is not None


def _first_day(item: DateItem) -> date:
    if isinstance(item, DateRange):
        return date(*item.start)  # type: ignore[arg-type]
    assert isinstance(item, EasterDate)  # noqa: S101 - see _dated
    assert item.year is not None  # noqa: S101
    return _easter(item.year) + timedelta(days=item.offset)


def _last_day(item: DateItem) -> date:
    if isinstance(item, DateRange):
        return date(*item.end)  # type: ignore[arg-type]
    return _first_day(item)


def _weekday_mask(rule: Rule) -> int:
    """The weekdays a plain-week rule names, as bits (Monday = bit 0)."""
    if not rule.days:
        return 0x7F
    mask = 0
    for item in rule.days:
        assert isinstance(item, WeekdayRange)  # noqa: S101 - plain week: weekdays only
        length = (item.last - item.first) % 7 + 1
        for step in range(length):
            mask |= 1 << ((item.first + step) % 7)
    return mask


class RuleSet:
    """Rules ready for evaluation: the state of every minute of a local day."""

    __slots__ = (
        "_alike",
        "_bare_before",
        "_dated",
        "_dated_days",
        "_everyday",
        "_exceptional",
        "_form",
        "_internal",
        "_masks",
        "_painted",
        "_ph",
        "_signatures",
        "holidays",
        "plain_week",
        "rules",
    )

    def __init__(self, rules: Sequence[Rule], holidays: HolidayCalendar | None = None) -> None:
        self.rules = tuple(rules)
        self.holidays = holidays
        self._internal = _internal(self.rules)
        self._bare_before = tuple(
            index > 0 and not self._internal[index - 1].rule.has_selectors
            for index in range(len(self._internal))
        )
        self._masks = tuple(
            _weekday_mask(item.rule) if item.rule.plain_week else None for item in self._internal
        )
        self._painted: Memo[tuple[int, ...], Segments] = Memo(_PAINTED)
        #: Whether every rule names days by plain weekdays (the days repeat every week).
        self.plain_week = all(rule.plain_week for rule in self.rules)
        # Rules that name only the days of a short window (2027 Dec 24-26) are looked up
        # by day, so that a day costs the same with ten thousand dated closures.
        self._everyday: tuple[int, ...] = ()
        self._dated: dict[date, list[int]] = {}
        everyday: list[int] = []
        for index, item in enumerate(self._internal):
            window = _window(item.rule)
            if window is None or (window[1] - window[0]).days >= _INDEXED_DAYS:
                everyday.append(index)
                continue
            first = window[0] + (_ONE_DAY if item.wrapped else timedelta())
            for offset in range((window[1] - window[0]).days + 1):
                self._dated.setdefault(first + timedelta(days=offset), []).append(index)
        self._everyday = tuple(everyday)
        self._dated_days = tuple(sorted(self._dated))
        self._form = _weekly_form(self._internal, self._everyday) or _later_weekly_form(
            self._internal, self._everyday
        )
        self._exceptional: Memo[int, tuple[date, ...]] = Memo(_YEARS)
        self._alike: Memo[tuple[object, ...], Segments] = Memo(_PAINTED)
        self._signatures: Memo[tuple[int, int], tuple[int, ...]] = Memo(_MONTHS)
        offsets = sorted(self._form.offsets) if self._form is not None else ()
        self._ph = tuple(HolidayDay(offset=o) for o in offsets)

    @property
    def weekly(self) -> bool:
        """Whether the days repeat every week but for a few: see :meth:`exceptional`.

        True when every rule names days by weekdays (``Mo-Fr``) and holidays (``PH``,
        ``PH +1 day``), perhaps within years and whole months (``2029+``, ``Jul-Aug``),
        or is confined to a few days a year (a short window of dates, Easter and its
        neighbours, ``Dec 24-26``): a day that is not :meth:`exceptional` is then painted
        as its weekday in its month's :meth:`signature`.
        """
        return self._form is not None and self._form.since == MIN_YEAR

    @property
    def weekly_since(self) -> int | None:
        """The first year the weekly form holds, if it does from some year on.

        Rules of other kinds that end by a year (``2029-2030 Su[4,-2] off``) leave a
        weekly form after it; before that year each day is painted on its own.
        """
        return None if self._form is None else self._form.since

    @property
    def by_month(self) -> bool:
        """Whether the week depends on the month, not only on the year (weekly form)."""
        return self._form is not None and self._form.by_month

    def signature(self, year: int, month: int) -> tuple[int, ...]:
        """The rules that paint the ordinary days of *month* in *year* (weekly form)."""
        form = self._form
        assert form is not None  # noqa: S101 - documented
        if not form.monthly:
            return form.weekly
        found = self._signatures.get((year, month))
        if found is not None:
            return found
        first = date(year, month, 1)
        return self._signatures.put(
            (year, month),
            tuple(
                index
                for index in form.weekly
                if (rule := self._internal[index].rule).plain_week
                or (
                    (not rule.years or any(item.matches(year) for item in rule.years))
                    and (not rule.dates or any(item.matches(first) for item in rule.dates))
                )
            ),
        )

    def weekday(self, year: int, month: int, weekday: int) -> Segments:
        """The times of an ordinary day of *weekday* (Monday 0) in *month* of *year*.

        Ordinary: not :meth:`exceptional`. Painted on that weekday among days 8-14 of the
        month, by the rules of the month's :meth:`signature`. The weekly form's methods
        hold from the year :attr:`weekly_since` on.
        """
        first = date(year, month, _SAMPLE_DAY)
        sample = first + timedelta(days=(weekday - first.weekday()) % 7)
        return self._day(sample, None, None, self.signature(year, month))

    def exceptional(self, year: int) -> tuple[date, ...]:
        """The days of *year* that may differ from their weekday's times, sorted (weekly form).

        The days of the short windows and of the rules confined to a few dates a year,
        the days a ``PH`` item with its offset names, and the day after each (for times
        past midnight); where the week depends on the month and times run past
        midnight, the first day of each month too.
        """
        found = self._exceptional.get(year)
        if found is not None:
            return found
        form = self._form
        assert form is not None  # noqa: S101 - documented
        days = set(
            self._dated_days[
                bisect_left(self._dated_days, date(year, 1, 1)) : bisect_right(
                    self._dated_days, date(year, 12, 31)
                )
            ]
        )
        first, last = date(year, 1, 1), date(year, 12, 31)
        named = self._named_once_a_year(form, year)
        if year == form.since > MIN_YEAR:  # times past midnight of the rules that ended
            named.add(date(year, 1, 1) - _ONE_DAY)
        if form.monthly and form.wraps:
            # Times past midnight from the last day of a month whose rules differ from
            # the next month's: the first day of the next month is painted by both.
            months = range(1, 13) if form.by_month else (1,)
            for month in months:
                last_of_before = date(year, month, 1) - _ONE_DAY
                if last_of_before.year < MIN_YEAR or self.signature(
                    last_of_before.year, last_of_before.month
                ) != self.signature(year, month):
                    named.add(last_of_before)
        for d in named:
            for after in (d, d + _ONE_DAY):  # the day, and the next for times past midnight
                if first <= after <= last:
                    days.add(after)
        return self._exceptional.put(year, tuple(sorted(days)))

    def _named_once_a_year(self, form: _WeeklyForm, year: int) -> set[date]:
        """The days around *year* that the annual rules and the ``PH`` items name."""
        named: set[date] = set()
        for index in form.annual:
            for item in self._internal[index].rule.dates:
                named.update(_annual_days(item, year))
        if self.holidays is not None and form.offsets:
            for holidays_year in range(max(MIN_YEAR, year - 1), min(MAX_YEAR, year + 1) + 1):
                for holiday in self.holidays.holidays(holidays_year):
                    named.update(holiday + timedelta(days=o) for o in form.offsets)
        return named

    def exceptional_day(self, d: date) -> Segments:
        """:meth:`day` for a day of the weekly form, remembered by what it depends on.

        In the weekly form a day's rules are settled by the signatures of its month and
        of the day before's, its weekday, which of it and the day before are holidays
        at each ``PH`` offset, and what the annual rules say of them: days alike in
        these are painted alike, and the holidays of two centuries cost a few lookups
        each. Days with dated rules, and the first day of the form, are painted anew.
        """
        form = self._form
        if (
            form is None
            or d.year < form.since
            or (d.year == form.since and d.month == 1 and d.day == 1)
            or (self._dated and d in self._dated)
        ):
            return self.day(d)
        before = d - _ONE_DAY
        key = (
            self.signature(d.year, d.month),
            self.signature(before.year, before.month),
            d.weekday(),
            self._holiday_flags(d),
            self._holiday_flags(before),
            tuple(
                self._internal[i].rule.matches(
                    before if self._internal[i].wrapped else d, self.holidays
                )
                for i in form.annual
            ),
        )
        found = self._alike.get(key)
        if found is None:
            found = self._alike.put(key, self.day(d))
        return found

    def _holiday_flags(self, d: date) -> tuple[bool, ...]:
        """Whether *d* is a holiday at each ``PH`` offset of *form* (as HolidayDay asks)."""
        holidays = self.holidays
        if holidays is None:
            return ()
        return tuple(item.matches(d, holidays) for item in self._ph)

    def day(self, d: date) -> Segments:
        """The times of the local day *d* that are open or unknown, in minutes 0-1440."""
        dated = self._dated.get(d) if self._dated else None
        return self._day(d, self.holidays, dated, self._everyday)

    def _day(
        self,
        d: date,
        holidays: HolidayCalendar | None,
        dated: list[int] | None,
        indices: Iterable[int],
    ) -> Segments:
        """:meth:`day` with the *holidays*, the *dated* rules of *d* and the other rules given."""
        weekday = d.weekday()
        before = d - _ONE_DAY
        before_weekday = (weekday - 1) % 7
        masks = self._masks
        internal = self._internal
        if dated:
            indices = sorted((*indices, *dated))
        active: list[int] = []
        for index in indices:
            item = internal[index]
            mask = masks[index]
            if mask is not None:
                if not mask >> (before_weekday if item.wrapped else weekday) & 1:
                    continue
            elif not item.rule.matches(before if item.wrapped else d, holidays):
                continue
            if item.resets_alone or (item.resets_after_bare and self._bare_before[index]):
                active.clear()
            active.append(index)
        key = tuple(active)
        found = self._painted.get(key)
        if found is None:
            found = self._painted.put(key, self._paint(key))
        return found

    def _paint(self, active: tuple[int, ...]) -> Segments:
        """The segments painted by the internal rules *active*, in order."""
        segments: list[tuple[int, int, State]] = [(0, DAY, State.CLOSED)]
        for index in active:
            item = self._internal[index]
            if not item.rule.spans:
                segments = [(0, DAY, item.rule.state)]
                continue
            for a, b, state in item.parts:
                _paint(segments, a, b, state)
        merged: list[tuple[int, int, State]] = []
        for a, b, state in segments:
            if state is State.CLOSED:
                continue
            if merged and merged[-1][1] == a and merged[-1][2] is state:
                merged[-1] = (merged[-1][0], b, state)
            else:
                merged.append((a, b, state))
        return tuple(merged)
