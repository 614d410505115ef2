"""Opening hours of a channel: weekly schedule, seasons, holidays, dated exceptions.

Precedence on one calendar day (``docs/hours.md``): a dated exception over the holiday rule over
a season over the weekly schedule with its extra hours. The source that governs a day
replaces the whole day, 00:00-24:00, including a part spilled in from the night before by a
source of lower precedence; its own ranges may spill into the next day. Closing early then
cuts whatever governs the day. :mod:`charter.hours.evaluate` turns this into intervals of
real instants.

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
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import Self
from zoneinfo import ZoneInfo

from attrs import field, frozen

from charter._checks import MINUTES_PER_DAY as DAY
from charter._checks import MONTHS, check_items, check_list
from charter._deprecated import warn_renamed
from charter.calendars.base import (
    HolidayCalendar,
    Weekday,
    check_date,
    check_timezone,
    to_weekdays,
)
from charter.errors import CharterError, CharterTypeError, OpeningHoursError, excerpt
from charter.hours.evaluate import HoursEvaluator
from charter.hours.ranges import DaysLike, TimeRange, WeeklySchedule, parse_weekdays, to_ranges
from charter.hours.rules import Rule, RuleSet, State
from charter.text import LocalizedText, TextLike, to_text

__all__ = ["CloseEarly", "ExtraHours", "MonthDay", "OpeningHours", "Season", "SpecialHours"]


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


def _check_days(what: str, start: date | MonthDay, end: date | MonthDay) -> None:
    """Refuse days from *start* to *end* that are not both dates or both month-days, or run back."""
    if type(start) is not type(end):
        raise OpeningHoursError(
            f"{what} from {start} to {end}: both ends must be dates, or both month-days"
        )
    if isinstance(start, date) and isinstance(end, date):
        check_date(start, "a special day")
        check_date(end, "a special day")
        if end < start:
            raise OpeningHoursError(f"{what} end {end} before they start {start}")
    if isinstance(start, MonthDay) and isinstance(end, MonthDay) and start != end:
        _check_yearly_period(what, start, end, months=False)


def _matches_days(start: date | MonthDay, end: date | MonthDay, d: date) -> bool:
    if isinstance(start, MonthDay) and isinstance(end, MonthDay):
        return _in_yearly_period(d, start, end)
    assert isinstance(start, date)  # noqa: S101 - both ends are dates here
    assert isinstance(end, date)  # noqa: S101
    return start <= d <= end


def _sort_key(start: date | MonthDay) -> tuple[int, int, int, int]:
    if isinstance(start, MonthDay):
        return (0, 0, start.month, start.day)
    return (1, start.year, start.month, start.day)


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
        _check_days("special hours", self.start, self.end)

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
        return _matches_days(self.start, self.end, d)

    def ranges_on(self, d: date) -> tuple[TimeRange, ...]:  # noqa: ARG002 - same on every day
        """The ranges on each of the days."""
        return self.hours

    def sort_key(self) -> tuple[int, int, int, int]:
        """Yearly ones first, by month-day; then dated ones by date (the order of precedence)."""
        return _sort_key(self.start)

    def days(self) -> Iterator[date]:
        """The dated days (only for dated special hours)."""
        start, end = self.start, self.end
        assert isinstance(start, date)  # noqa: S101 - only called on dated special hours
        assert isinstance(end, date)  # noqa: S101
        for offset in range((end - start).days + 1):
            yield start + timedelta(days=offset)


_NTH_WORDS = "1 to 5 (the first to the fifth) or -1 to -5 (the last to the fifth-to-last)"


def _extra_days(value: str | Iterable[Weekday | int]) -> frozenset[Weekday]:
    """``"Tu,Th"`` (as the weekly schedule's keys), or weekdays (``Weekday`` members, 0-6)."""
    try:
        days = parse_weekdays(value) if isinstance(value, str) else to_weekdays(value)
    except CharterError as error:
        raise OpeningHoursError(f"days: {error}") from None
    if not days:
        raise OpeningHoursError("days: name at least one weekday")
    return days


def _nth(value: int | Iterable[int]) -> tuple[int, ...]:
    """Occurrences of a weekday in its month: 1 (the first) to 5, -1 (the last) to -5."""
    items = (value,) if isinstance(value, int) else check_list(value, "occurrences in the month")
    for n in items:
        if isinstance(n, bool) or not isinstance(n, int) or not 1 <= abs(n) <= 5:
            raise OpeningHoursError(
                f"nth: {excerpt(n)} is not an occurrence in the month: {_NTH_WORDS}"
            )
    if len(set(items)) != len(items):
        twice = next(n for n in items if items.count(n) > 1)
        raise OpeningHoursError(f"nth: {twice} is given twice")
    return tuple(sorted(items, key=lambda n: (n < 0, abs(n))))


def _anchor(value: date | None) -> date | None:
    if value is None:
        return None
    try:
        return check_date(value, "every_other_week")
    except CharterError as error:
        raise OpeningHoursError(f"every_other_week: {error}") from None


def _weekday_name(day: int) -> str:
    return Weekday(day).name.title()


def _meet(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether an occurrence in *a* and one in *b* can fall on one day (``Th[1]``, ``Th[-5]``)."""
    for n in a:
        for m in b:
            if n == m:
                return True
            if (n > 0) != (m > 0) and abs(n) + abs(m) - 1 in (4, 5):  # 4 or 5 in the month
                return True
    return False


@frozen(kw_only=True)
class ExtraHours:
    """Hours added to the weekly schedule on some weekdays, each with its note and appointment.

    Every week, the n-th of those weekdays in the month, or every other week.

    ``ExtraHours(days="Th", nth=1, hours="16:00-19:00")`` keeps the counter open until 19:00
    on the first Thursday of the month, where the week closes it at 16:00;
    ``ExtraHours(days="Sa", every_other_week=date(2026, 1, 3), hours="09:00-12:00")`` opens
    every other Saturday, 3 January 2026 among them (the weeks run Monday to Sunday, and
    alternate before that date too); ``ExtraHours(days="Tu,Th", hours="17:00-19:00",
    by_appointment=True)`` adds evenings by appointment to the walk-in hours.

    Extra hours belong to the regular week: a season, a holiday and special hours replace
    them with the rest of the week on their days. Their ranges end by 24:00, and may not
    overlap the weekly hours of their days (give only the hours added), nor those of other
    extra hours that can fall on the same day.

    Args:
        days: the weekdays, ``"Tu,Th"`` as the weekly schedule writes them, or ``Weekday``
            members (0-6).
        hours: the ranges added on each of those days.
        nth: only the n-th of those weekdays in their month: 1 to 5, -1 (the last) to -5.
        every_other_week: only every other week, the week of this date (one of the days)
            among them.
        by_appointment: the added hours are for appointments only.
        note: what the hours are for ("pensions only"), in each language.
    """

    days: frozenset[Weekday] = field(converter=_extra_days)
    hours: tuple[TimeRange, ...] = field(converter=to_ranges)
    nth: tuple[int, ...] = field(default=(), converter=_nth)
    every_other_week: date | None = field(default=None, converter=_anchor)
    by_appointment: bool = False
    note: LocalizedText | None = field(default=None, converter=_text)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.by_appointment, bool):
            raise CharterTypeError.expected("by_appointment as True or False", self.by_appointment)
        if not self.hours:
            raise OpeningHoursError("hours: extra hours need at least one range")
        for r in self.hours:
            if r.spills:
                raise OpeningHoursError(
                    f"hours: {r} runs past midnight; extra hours end by 24:00 (hours past "
                    "midnight belong in the weekly schedule)"
                )
        if self.nth and self.every_other_week is not None:
            raise OpeningHoursError(
                "give nth or every_other_week, not both: the n-th weekday of the month "
                "does not alternate by week"
            )
        anchor = self.every_other_week
        if anchor is not None and anchor.weekday() not in self.days:
            days = ", ".join(_weekday_name(day) for day in sorted(self.days))
            raise OpeningHoursError(
                f"every_other_week: {anchor.isoformat()} is a {_weekday_name(anchor.weekday())}, "
                f"not one of the days ({days})"
            )

    @property
    def every_week(self) -> bool:
        """Whether the hours are added every week (neither ``nth`` nor ``every_other_week``)."""
        return not self.nth and self.every_other_week is None

    @property
    def cycle_start(self) -> date | None:
        """The Monday of the week of ``every_other_week`` (None: not every other week)."""
        anchor = self.every_other_week
        return None if anchor is None else anchor - timedelta(days=anchor.weekday())

    def matches(self, d: date) -> bool:
        """Whether the hours are added on *d* (as the week would; seasons and the rest aside)."""
        if d.weekday() not in self.days:
            return False
        if self.nth:
            forward = (d.day - 1) // 7 + 1
            backward = -((_calendar.monthrange(d.year, d.month)[1] - d.day) // 7 + 1)
            return forward in self.nth or backward in self.nth
        start = self.cycle_start
        return start is None or (d - start).days // 7 % 2 == 0

    def may_meet(self, other: ExtraHours) -> bool:
        """Whether these and *other* can be added on one day."""
        if not self.days & other.days:
            return False
        if self.nth and other.nth:
            return _meet(self.nth, other.nth)
        a, b = self.cycle_start, other.cycle_start
        return a is None or b is None or (a - b).days // 7 % 2 == 0


def _closing(value: time | str) -> time:
    """The time a day closes early: a ``time`` or ``"HH:MM"``, after 00:00, on the minute."""
    if isinstance(value, str):
        text = value.strip()
        hours, colon, minutes = text.partition(":")
        if not (colon and len(hours) == len(minutes) == 2 and (hours + minutes).isdigit()):
            raise OpeningHoursError(f"closes: {excerpt(value)} is not a time HH:MM")
        if int(hours) > 23 or int(minutes) > 59:
            raise OpeningHoursError(f"closes: {excerpt(value)} is not a time 00:01 to 23:59")
        value = time(int(hours), int(minutes))
    if not isinstance(value, time) or value.tzinfo is not None:
        raise CharterTypeError.expected("closes as a time HH:MM (datetime.time)", value)
    if value.second or value.microsecond:
        raise OpeningHoursError(f"closes: {value} is not on the minute")
    if value == time(0):
        raise OpeningHoursError(
            "closes: 00:00 closes the whole day: give special hours without hours instead"
        )
    return value


@frozen(kw_only=True)
class CloseEarly:
    """Closing early on a date or a range of dates: ``24 and 31 December until 12:00``.

    On each of the days the hours that would otherwise hold are cut at ``closes``: nothing
    is open from then to the end of the day. A day that is closed stays closed (24 December
    on a Sunday, or on a holiday), whatever governs it; the cut applies last, over special
    hours and holiday hours too. ``start``/``end`` are as for :class:`SpecialHours`.

    Hours that run past midnight cannot close early (their part after midnight would stay
    open): :class:`OpeningHours` refuses the two together.
    """

    start: date | MonthDay = field(converter=_bound)
    end: date | MonthDay = field(default=None, converter=_bound)
    closes: time = field(converter=_closing)
    note: LocalizedText | None = field(default=None, converter=_text)

    def __attrs_post_init__(self) -> None:
        if self.end is None:
            object.__setattr__(self, "end", self.start)
        _check_days("close early", self.start, self.end)

    @property
    def minute(self) -> int:
        """``closes`` in minutes after midnight."""
        return self.closes.hour * 60 + self.closes.minute

    @property
    def yearly(self) -> bool:
        """Whether the dates recur every year."""
        return isinstance(self.start, MonthDay)

    def matches(self, d: date) -> bool:
        """Whether *d* is one of the days."""
        return _matches_days(self.start, self.end, d)

    def sort_key(self) -> tuple[int, int, int, int]:
        """Yearly ones first, by month-day; then dated ones by date."""
        return _sort_key(self.start)

    def days(self) -> Iterator[date]:
        """The dated days (only for dated ones)."""
        start, end = self.start, self.end
        assert isinstance(start, date)  # noqa: S101 - only called on dated ones
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
    _no_overlap(items, "special hours")
    return items


def _no_overlap(items: Sequence[SpecialHours | CloseEarly], what: str) -> None:
    """Refuse two of *items* (sorted, yearly ones first) that name a day in common."""
    yearly: dict[tuple[int, int], SpecialHours | CloseEarly] = {}
    dated: dict[date, SpecialHours | CloseEarly] = {}

    def clash(a: SpecialHours | CloseEarly, b: SpecialHours | CloseEarly) -> OpeningHoursError:
        return OpeningHoursError(f"{what} {a.start}..{a.end} and {b.start}..{b.end} overlap")

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


def _extras(values: Iterable[ExtraHours]) -> tuple[ExtraHours, ...]:
    """Extra hours in the order given; two that can fall on one day may not overlap.

    Swept by start time, weekday by weekday: ranges that overlap and are all allowed to
    (they never fall on one day) are few, so the cost grows with the number of ranges.
    """
    items: tuple[ExtraHours, ...] = tuple(check_items(values, ExtraHours, "ExtraHours"))
    for day in Weekday:
        ranges = sorted(
            (r.start, r.end, index)
            for index, item in enumerate(items)
            if day in item.days
            for r in item.hours
        )
        active: list[tuple[int, int, int]] = []
        for start, end, index in ranges:
            active = [a for a in active if a[1] > start]
            for _, _, other in active:
                if other != index and items[other].may_meet(items[index]):
                    raise OpeningHoursError(
                        f"extra[{other}] and extra[{index}]: their hours overlap on a "
                        f"{_weekday_name(day)} they can both fall on"
                    )
            active.append((start, end, index))
    return items


def _close_early(values: Iterable[CloseEarly]) -> tuple[CloseEarly, ...]:
    items: tuple[CloseEarly, ...] = tuple(
        sorted(check_items(values, CloseEarly, "CloseEarly"), key=CloseEarly.sort_key)
    )
    _no_overlap(items, "close_early: days closing early")
    return items


def _day_pieces(days: tuple[tuple[TimeRange, ...], ...], day: int) -> list[tuple[int, int]]:
    """The minutes of weekday *day* the weekly *days* open (and the day before's spill)."""
    pieces = [(r.start, min(r.end, DAY)) for r in days[day]]
    pieces += [(0, r.end - DAY) for r in days[(day - 1) % 7] if r.spills]
    return pieces


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
        extra: hours added to the weekly schedule on some weekdays (the first Thursday of
            the month, every other Saturday, evenings by appointment), each with its own
            note and appointment (:class:`ExtraHours`).
        close_early: days that close early (:class:`CloseEarly`), applied over everything
            else; they never open a day that is closed.
        by_appointment: all the hours are those in which appointments can be made (for
            some hours only, :attr:`ExtraHours.by_appointment`).
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
    extra: tuple[ExtraHours, ...] = field(default=(), converter=_extras)
    close_early: tuple[CloseEarly, ...] = field(default=(), converter=_close_early)
    by_appointment: bool = False
    rules: tuple[Rule, ...] = field(default=(), converter=_rules)
    _evaluator: HoursEvaluator = field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        if self.holidays is None and self.holiday_hours:
            raise OpeningHoursError("holiday_hours are given but no holidays calendar")
        if self.weekly is None:
            if not self.rules:
                raise OpeningHoursError("give the weekly hours, or the rules (weekly=None)")
            parts = (self.seasons, self.holiday_hours, self.special, self.extra, self.close_early)
            if any(parts) or self.by_appointment:
                raise OpeningHoursError("hours given as rules have no parts: leave them out")
        else:
            if self.rules:
                raise OpeningHoursError(
                    "give either the parts or the rules (with weekly=None), not both"
                )
            self._check_extra(self.weekly)
            self._check_close_early(self.weekly)
            from charter.hours.osm import compile_parts  # noqa: PLC0415 - osm imports this

            object.__setattr__(self, "rules", compile_parts(self))
        evaluator = HoursEvaluator(self.timezone, RuleSet(self.rules, self.holidays))
        object.__setattr__(self, "_evaluator", evaluator)

    def _check_extra(self, weekly: WeeklySchedule) -> None:
        """Refuse extra hours that overlap the weekly hours of their days."""
        for index, item in enumerate(self.extra):
            for day in sorted(item.days):
                for a, b in _day_pieces(weekly.days, day):
                    clash = next((r for r in item.hours if r.start < b and a < r.end), None)
                    if clash is not None:
                        raise OpeningHoursError(
                            f"extra[{index}]: {clash} overlaps the weekly hours of "
                            f"{_weekday_name(day)}: give only the hours added"
                        )

    def _check_close_early(self, weekly: WeeklySchedule) -> None:
        """Refuse closing early with hours that run past midnight (they would stay open)."""
        if not self.close_early:
            return
        ranges = [r for day in weekly.days for r in day]
        ranges += [r for season in self.seasons for day in season.weekly.days for r in day]
        ranges += [*self.holiday_hours, *(r for item in self.special for r in item.hours)]
        past = next((r for r in ranges if r.spills), None)
        if past is not None:
            raise OpeningHoursError(
                f"close_early: the hours {past} run past midnight, and their part after it "
                "would stay open on a day that closes early: close early with such hours is "
                "not supported (give those days special hours)"
            )

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
