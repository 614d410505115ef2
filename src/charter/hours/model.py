"""Opening hours of a channel: weekly schedule, seasons, holidays, dated exceptions.

Precedence on one calendar day (``docs/hours.md``): a dated exception over the holiday rule over
a season over the weekly schedule. The source that governs a day replaces the whole day,
00:00-24:00, including a part spilled in from the night before by a source of lower
precedence; its own ranges may spill into the next day. :mod:`charter.hours.evaluate`
turns this into intervals of real instants.

>>> from charter import belgium
>>> hours = OpeningHours(
...     timezone="Europe/Brussels",
...     weekly=WeeklySchedule.parse({"Mo-Fr": "09:00-12:00,13:00-16:00"}),
...     holidays=belgium.LEGAL,
...     special=(SpecialHours(start=MonthDay(12, 24), hours="09:00-12:00", note="Christmas Eve"),),
... )
>>> hours.to_osm()
'Mo-Fr 09:00-12:00,13:00-16:00; PH off; Dec 24 09:00-12:00 open "Christmas Eve"'

The parts compile to an ordered list of rules (:mod:`charter.hours.rules`), which is
what every query evaluates: hours read from OpenStreetMap text with rules that are not
such parts (``Th[1] 18:00-20:00``, ``week 01-53/2 Sa 10:00-12:00``) are rules alone.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import Self
from zoneinfo import ZoneInfo

from attrs import field, frozen

from charter._checks import MONTHS, check_items
from charter._deprecated import warn_renamed
from charter.calendars.base import HolidayCalendar, check_date, check_timezone
from charter.errors import CharterTypeError, OpeningHoursError
from charter.hours.evaluate import HoursEvaluator
from charter.hours.ranges import DaysLike, TimeRange, WeeklySchedule, to_ranges
from charter.hours.rules import Rule, RuleSet, State
from charter.text import LocalizedText, TextLike, to_text

__all__ = ["MonthDay", "OpeningHours", "Season", "SpecialHours"]


@frozen(order=True, repr=False)
class MonthDay:
    """A day of the year without a year: ``MonthDay(12, 24)``. 29 February is allowed."""

    month: int
    day: int

    def __attrs_post_init__(self) -> None:
        if isinstance(self.month, bool) or not isinstance(self.month, int):
            raise CharterTypeError.expected("a month number", self.month)
        if isinstance(self.day, bool) or not isinstance(self.day, int):
            raise CharterTypeError.expected("a day number", self.day)
        if (
            not 1 <= self.month <= 12
            or not 1 <= self.day <= _calendar.monthrange(2000, self.month)[1]
        ):
            raise OpeningHoursError(f"{self.month:02d}-{self.day:02d} is not a day of the year")

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``"Dec 24"`` (English month abbreviation, day of the month)."""
        if not isinstance(text, str):
            raise CharterTypeError.expected("a day of the year such as 'Dec 24'", text)
        month, _, day = text.strip().partition(" ")
        if month not in MONTHS or not day.strip().isdigit():
            raise OpeningHoursError(f"{text!r} is not a day of the year such as 'Dec 24'")
        return cls(MONTHS.index(month) + 1, int(day))

    @classmethod
    def of(cls, d: date) -> Self:
        """The month and day of *d*."""
        if not isinstance(d, date):
            raise CharterTypeError.expected("a date", d)
        return cls(d.month, d.day)

    @property
    def is_month_end(self) -> bool:
        """Whether this is the last day of its month (29 February for February)."""
        return self.day == _calendar.monthrange(2000, self.month)[1]

    def __str__(self) -> str:
        return f"{MONTHS[self.month - 1]} {self.day:02d}"

    def __repr__(self) -> str:
        return f"MonthDay({self.month}, {self.day})"


def _in_yearly_period(d: date, start: MonthDay, end: MonthDay) -> bool:
    """Whether *d* lies in the yearly period start..end (both included; may wrap the year).

    A period ending on 29 February ends on 28 February in other years.
    """
    md = (d.month, d.day)
    first, last = (start.month, start.day), (end.month, end.day)
    if first <= last:
        return first <= md <= last
    return md >= first or md <= last


def _day_before(md: MonthDay, year: int) -> tuple[int, int]:
    day = min(md.day, _calendar.monthrange(year, md.month)[1])
    before = date(year, md.month, day) - timedelta(days=1)
    return before.month, before.day


def _check_yearly_period(what: str, start: MonthDay, end: MonthDay, *, months: bool) -> None:
    """Refuse yearly periods that OSM tools read otherwise (or not at all).

    A period of month-days ending on 29 February runs into 1 March in other years in
    opening_hours.js; only whole months (``Nov-Feb``) end on the month's last day. A
    period that covers the whole year matches no day there.
    """
    if end == MonthDay(2, 29) and not months:
        raise OpeningHoursError(
            f"{what} {start}-{end} ends on 29 February, which OSM tools run into 1 March in "
            "other years: end it on 28 February, or use whole months (Nov-Feb)"
        )
    # The day before the start, in a leap year and in another: Mar 01-Feb 28 is the
    # whole of 2001 (and OSM tools then match no day at all).
    befores = {_day_before(start, year) for year in (2000, 2001)}
    if (end.month, end.day) in befores:
        raise OpeningHoursError(
            f"{what} {start}-{end} covers the whole year: use the weekly schedule instead"
        )


def _text(value: TextLike | None) -> LocalizedText | None:
    """A note: OSM comments cannot hold '"', so a note cannot either (it could not be written)."""
    if value is None:
        return None
    text = to_text(value)
    for language in text.languages:
        if '"' in text[language]:
            raise OpeningHoursError(
                f"the {language} note holds '\"', which an OSM comment cannot: use „ “ or ' '"
            )
    return text


def _weekly(value: WeeklySchedule | DaysLike) -> WeeklySchedule:
    if isinstance(value, WeeklySchedule):
        return value
    return WeeklySchedule(value)


def _weekly_or_none(value: WeeklySchedule | DaysLike | None) -> WeeklySchedule | None:
    return None if value is None else _weekly(value)


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(check_items(value, Rule, "a Rule"))


@frozen(kw_only=True)
class Season:
    """A weekly schedule that replaces the regular one every year from ``start`` to ``end``.

    Both ends are included; the period may wrap the year (``MonthDay(11, 1)`` to
    ``MonthDay(2, 29)``). Days of the season that its schedule leaves out are closed.
    """

    start: MonthDay
    end: MonthDay
    weekly: WeeklySchedule = field(converter=_weekly)
    note: LocalizedText | None = field(default=None, converter=_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.start, MonthDay) or not isinstance(self.end, MonthDay):
            raise CharterTypeError.expected("MonthDay start and end", (self.start, self.end))
        if self.start == self.end:
            raise OpeningHoursError(
                f"season {self.start}-{self.end} is a single day: use SpecialHours"
            )
        _check_yearly_period("season", self.start, self.end, months=self.start.day == 1)

    def matches(self, d: date) -> bool:
        """Whether *d* falls in the season."""
        return _in_yearly_period(d, self.start, self.end)

    def names(self, d: date) -> bool:
        """Deprecated: :meth:`matches`."""
        warn_renamed("Season.names", "Season.matches")
        return self.matches(d)

    def ranges_on(self, d: date) -> tuple[TimeRange, ...]:
        """The season's ranges on *d*."""
        return self.weekly.days[d.weekday()]


def _bound(value: date | MonthDay | None) -> date | MonthDay | None:
    if value is None or isinstance(value, MonthDay):
        return value
    if isinstance(value, datetime) or not isinstance(value, date):
        raise CharterTypeError.expected("a date or a MonthDay", value)
    return value


@frozen(kw_only=True)
class SpecialHours:
    """Special hours, or a closure, on a date or a range of dates, with a note.

    ``start``/``end`` are both dates (that year only) or both ``MonthDay`` (every year);
    ``end`` defaults to ``start``. No ``hours`` means closed. Special hours replace every
    other rule on their days, holidays included.
    """

    start: date | MonthDay = field(converter=_bound)
    end: date | MonthDay = field(default=None, converter=_bound)
    hours: tuple[TimeRange, ...] = field(default=(), converter=to_ranges)
    note: LocalizedText | None = field(default=None, converter=_text)

    def __attrs_post_init__(self) -> None:
        if self.end is None:
            object.__setattr__(self, "end", self.start)
        if type(self.start) is not type(self.end):
            raise OpeningHoursError(
                f"special hours from {self.start} to {self.end}: both ends must be dates, "
                "or both month-days"
            )
        if isinstance(self.start, date) and isinstance(self.end, date):
            check_date(self.start, "a special day")
            check_date(self.end, "a special day")
            if self.end < self.start:
                raise OpeningHoursError(
                    f"special hours end {self.end} before they start {self.start}"
                )
        if (
            isinstance(self.start, MonthDay)
            and isinstance(self.end, MonthDay)
            and self.start != self.end
        ):
            _check_yearly_period("special hours", self.start, self.end, months=False)

    @property
    def closed(self) -> bool:
        """Whether these are closure days."""
        return not self.hours

    @property
    def yearly(self) -> bool:
        """Whether the dates recur every year."""
        return isinstance(self.start, MonthDay)

    def names(self, d: date) -> bool:
        """Deprecated: :meth:`matches`."""
        warn_renamed("SpecialHours.names", "SpecialHours.matches")
        return self.matches(d)

    def matches(self, d: date) -> bool:
        """Whether *d* is one of the days."""
        start, end = self.start, self.end
        if isinstance(start, MonthDay) and isinstance(end, MonthDay):
            return _in_yearly_period(d, start, end)
        assert isinstance(start, date)  # noqa: S101 - both ends are dates here
        assert isinstance(end, date)  # noqa: S101
        return start <= d <= end

    def ranges_on(self, d: date) -> tuple[TimeRange, ...]:  # noqa: ARG002 - same on every day
        """The ranges on each of the days."""
        return self.hours

    def sort_key(self) -> tuple[int, int, int, int]:
        """Yearly ones first, by month-day; then dated ones by date (the order of precedence)."""
        if isinstance(self.start, MonthDay):
            return (0, 0, self.start.month, self.start.day)
        assert isinstance(self.start, date)  # noqa: S101 - checked in __attrs_post_init__
        return (1, self.start.year, self.start.month, self.start.day)

    def days(self) -> Iterator[date]:
        """The dated days (only for dated special hours)."""
        start, end = self.start, self.end
        assert isinstance(start, date)  # noqa: S101 - only called on dated special hours
        assert isinstance(end, date)  # noqa: S101
        for offset in range((end - start).days + 1):
            yield start + timedelta(days=offset)


def _yearly_days(start: MonthDay, end: MonthDay) -> Iterator[tuple[int, int]]:
    """The (month, day) pairs of a yearly period, 29 February included."""
    d = date(2000, start.month, start.day)
    while True:
        yield d.month, d.day
        if (d.month, d.day) == (end.month, end.day):
            return
        d = d + timedelta(days=1) if (d.month, d.day) != (12, 31) else date(2000, 1, 1)


def _special(values: Iterable[SpecialHours]) -> tuple[SpecialHours, ...]:
    items: tuple[SpecialHours, ...] = tuple(
        sorted(check_items(values, SpecialHours, "SpecialHours"), key=SpecialHours.sort_key)
    )
    yearly: dict[tuple[int, int], SpecialHours] = {}
    dated: dict[date, SpecialHours] = {}

    def clash(a: SpecialHours, b: SpecialHours) -> OpeningHoursError:
        return OpeningHoursError(f"special hours {a.start}..{a.end} and {b.start}..{b.end} overlap")

    for item in items:
        if isinstance(item.start, MonthDay) and isinstance(item.end, MonthDay):
            for md in _yearly_days(item.start, item.end):
                if md in yearly:
                    raise clash(yearly[md], item)
                yearly[md] = item
            continue
        for count, d in enumerate(item.days()):
            if d in dated:
                raise clash(dated[d], item)
            if count < 366 and (d.month, d.day) in yearly:
                raise clash(yearly[d.month, d.day], item)
            dated[d] = item
    return items


def _seasons(values: Iterable[Season]) -> tuple[Season, ...]:
    items: tuple[Season, ...] = tuple(
        sorted(check_items(values, Season, "a Season"), key=lambda s: s.start)
    )
    claimed: dict[tuple[int, int], Season] = {}
    for item in items:
        for md in _yearly_days(item.start, item.end):
            other = claimed.get(md)
            if other is not None:
                raise OpeningHoursError(
                    f"seasons {other.start}-{other.end} and {item.start}-{item.end} overlap"
                )
            claimed[md] = item
    return items


def _holidays(value: HolidayCalendar | None) -> HolidayCalendar | None:
    if value is not None and not isinstance(value, HolidayCalendar):
        raise CharterTypeError.expected("a HolidayCalendar or None", value)
    return value


@frozen(kw_only=True)
class OpeningHours:
    """When a channel is open, in its zone.

    Opening hours are an ordered list of rules (:attr:`rules`), evaluated as the
    OpenStreetMap specification and opening_hours.js read them (``docs/hours.md``).
    They are given either as their parts — a weekly schedule, seasons, holidays and
    dated exceptions, with the precedence of the module documentation — which compile
    to rules, or as rules read from an OSM value (:meth:`from_osm`). Hours read from OSM
    keep their parts too where the value is exactly such a structure; otherwise
    ``weekly`` is None and the parts are empty.

    Args:
        timezone: the zone the hours are read in: an IANA name, or a ``ZoneInfo`` built
            from one (held as its name).
        weekly: the regular weekly schedule (closed every day if left out); None for
            hours given as ``rules``.
        seasons: yearly periods with their own weekly schedule; they may not overlap.
        holidays: a holiday calendar; its days follow ``holiday_hours`` (closed by default).
            For hours given as rules, the calendar their ``PH`` names.
        holiday_hours: the hours on holidays, when ``holidays`` is given.
        special: special hours and closures on dates; they may not overlap.
        by_appointment: the hours are those in which appointments can be made.
        rules: the rules, for hours that are not given as parts (``weekly=None``). For
            hours given as parts, the rules they compile to (leave it out).
    """

    timezone: str = field(converter=check_timezone)
    weekly: WeeklySchedule | None = field(
        factory=lambda: WeeklySchedule({}), converter=_weekly_or_none
    )
    seasons: tuple[Season, ...] = field(default=(), converter=_seasons)
    holidays: HolidayCalendar | None = field(default=None, converter=_holidays)
    holiday_hours: tuple[TimeRange, ...] = field(default=(), converter=to_ranges)
    special: tuple[SpecialHours, ...] = field(default=(), converter=_special)
    by_appointment: bool = False
    rules: tuple[Rule, ...] = field(default=(), converter=_rules)
    _evaluator: HoursEvaluator = field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.holidays is None and self.holiday_hours:
            raise OpeningHoursError("holiday_hours are given but no holidays calendar")
        if self.weekly is None:
            if not self.rules:
                raise OpeningHoursError("give the weekly hours, or the rules (weekly=None)")
            if self.seasons or self.holiday_hours or self.special or self.by_appointment:
                raise OpeningHoursError("hours given as rules have no parts: leave them out")
        else:
            if self.rules:
                raise OpeningHoursError(
                    "give either the parts or the rules (with weekly=None), not both"
                )
            from charter.hours.osm import compile_parts  # noqa: PLC0415 - osm imports this

            object.__setattr__(self, "rules", compile_parts(self))
        evaluator = HoursEvaluator(self.timezone, RuleSet(self.rules, self.holidays))
        object.__setattr__(self, "_evaluator", evaluator)

    @property
    def structured(self) -> bool:
        """Whether the hours have their parts (a weekly schedule and exceptions)."""
        return self.weekly is not None

    @classmethod
    def always(cls, *, timezone: str | ZoneInfo) -> Self:
        """Open day and night (``24/7``)."""
        return cls(timezone=timezone, weekly=WeeklySchedule.always())

    @classmethod
    def from_osm(
        cls, text: str, *, timezone: str | ZoneInfo, holidays: HolidayCalendar | None = None
    ) -> OpeningHours:
        """Read an OpenStreetMap ``opening_hours`` value (see :mod:`charter.hours.osm`)."""
        from charter.hours.osm import parse_osm  # noqa: PLC0415 - osm imports this module

        return parse_osm(text, timezone=timezone, holidays=holidays)

    def to_osm(self, *, language: str = "en") -> str:
        """Write the OpenStreetMap ``opening_hours`` value; notes in *language*."""
        from charter.hours.osm import write_osm  # noqa: PLC0415 - osm imports this module

        return write_osm(self, language=language)

    # -- queries on instants (charter.hours.evaluate) ------------------------------------

    def state(self, t: datetime) -> State:
        """The state at the instant *t*: ``State.OPEN``, ``CLOSED`` or ``UNKNOWN``.

        Unknown times are those a rule marks ``unknown`` or with a comment alone, and
        open ends (``17:00+``): see ``docs/hours.md#unknown``.
        """
        return self._evaluator.state(t)

    def is_open(self, t: datetime) -> bool:
        """Whether the channel is open at the instant *t* (aware); unknown is not open."""
        return self._evaluator.is_open(t)

    def next_change(self, t: datetime) -> datetime | None:
        """The first instant after *t* at which the state changes; None if it never does.

        The state is open, closed or unknown: a change between closed and unknown counts.
        """
        return self._evaluator.next_change(t)

    def next_open(self, t: datetime) -> datetime | None:
        """The earliest instant at or after *t* at which it is open (None: never again)."""
        moment: datetime | None = t
        while moment is not None and not self.is_open(moment):
            moment = self.next_change(moment)
        return moment

    def next_close(self, t: datetime) -> datetime | None:
        """The earliest instant at or after *t* at which it is not open (None: never again)."""
        return self.next_change(t) if self.is_open(t) else t

    def intervals(
        self, start: datetime, end: datetime, *, state: State = State.OPEN
    ) -> Iterator[tuple[datetime, datetime]]:
        """The open intervals within ``[start, end)``: merged, sorted, half-open, in the zone.

        With ``state=State.UNKNOWN``, the unknown intervals instead.
        """
        if not isinstance(state, State) or state is State.CLOSED:
            raise CharterTypeError.expected("State.OPEN or State.UNKNOWN", state)
        return self._evaluator.intervals(start, end, state)

    def open_duration(self, start: datetime, end: datetime) -> timedelta:
        """How long it is open within ``[start, end)``, on real instants.

        (Subtracting two datetimes of the same ``ZoneInfo`` gives their wall-clock
        difference; this sums real elapsed time, so a DST night counts 5 or 7 hours.)
        Whole days are summed by weekday where the hours repeat every week but for
        holidays and dated exceptions, so that two centuries cost about as much as a year.
        """
        return timedelta(microseconds=self._evaluator.open_time(start, end))
