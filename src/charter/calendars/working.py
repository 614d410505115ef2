"""Working calendars: which local days count as working days, and arithmetic on them.

A :class:`WorkingCalendar` joins a holiday calendar, a work week, the organisation's own
closure days, exceptional extra working days and the organisation's time zone. A day is a
working day when it is an extra working day, or when its weekday is in the work week and
it is neither a holiday nor a closure day.

Day arithmetic (:meth:`WorkingCalendar.add_working_days`,
:meth:`WorkingCalendar.working_days_between`) uses a sorted index of each year's working
days, built on first use and cached, and binary search in it: the cost does not grow
with the number of days added, only with the number of year boundaries crossed.

>>> from datetime import date, datetime
>>> from charter import belgium
>>> wc = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
>>> wc.add_working_days(date(2026, 12, 24), 1)  # Christmas and the weekend are skipped
datetime.date(2026, 12, 28)
>>> wc.working_days_between(date(2026, 12, 24), date(2026, 12, 31))
4
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Hashable, Iterable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from attrs import field, frozen

from charter._memo import Memo
from charter.calendars.base import (
    CACHE_YEARS,
    HolidayCalendar,
    Weekday,
    check_date,
    check_timezone,
    check_year,
    to_weekdays,
)
from charter.calendars.instants import wall_to_utc
from charter.calendars.rules import Dates
from charter.errors import (
    CharterTypeError,
    CharterValueError,
    UnsupportedYearError,
)
from charter.text import LocalizedText, TextLike

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from charter.calendars.batch import DateArray, DatesLike

__all__ = ["MONDAY_TO_FRIDAY", "DayOff", "DayOffKind", "WorkingCalendar"]

#: How many days' midnights a calendar remembers: every supported day, 1900-2200.
CACHE_MIDNIGHTS = 1 << 17
#: How many calendars of public holidays a calendar remembers its law's working days for.
CACHE_PUBLIC = 64
#: How many memos of other modules a calendar keeps (see ``WorkingCalendar.kept``).
CACHE_KEPT = 16

#: The default work week.
MONDAY_TO_FRIDAY = frozenset(
    {Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY}
)


class DayOffKind(Enum):
    """Why a day is not a working day, in order of precedence."""

    CLOSURE = "closure"
    """A closure day of the organisation (a bridge day, a move)."""
    HOLIDAY = "holiday"
    """A holiday of the holiday calendar."""
    REST_DAY = "rest_day"
    """A weekday outside the work week (Saturday and Sunday by default)."""


@frozen(kw_only=True)
class DayOff:
    """A day that is not a working day, and why: a closure or holiday has a name."""

    date: date
    kind: DayOffKind
    name: LocalizedText | None = None


def _holiday_calendar(value: object) -> HolidayCalendar:
    if not isinstance(value, HolidayCalendar):
        raise CharterTypeError.expected("a HolidayCalendar (for example belgium.LEGAL)", value)
    return value


def _listed(value: Dates | Mapping[date, TextLike] | Iterable[date]) -> Dates:
    return value if isinstance(value, Dates) else Dates(value)


def _dates(value: HolidayCalendar | Mapping[date, TextLike] | Iterable[date]) -> HolidayCalendar:
    return value if isinstance(value, HolidayCalendar) else _listed(value)


def _workweek(value: Iterable[Weekday | int]) -> frozenset[Weekday]:
    days = to_weekdays(value)
    if not days:
        raise CharterValueError("the work week is empty: name at least one weekday (Monday = 0)")
    return days


def _count(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise CharterTypeError.expected("an integer number of working days", n)
    return n


@frozen(kw_only=True)
class WorkingCalendar:
    """Working days of an organisation, in its time zone.

    Args:
        holidays: the holiday calendar (for example ``belgium.FEDERAL_ADMINISTRATION``).
        timezone: the organisation's zone, an IANA name or a ``ZoneInfo`` built from one
            (held as its name); dates are local days there.
        workweek: the weekdays worked, as ``Weekday`` members or numbers 0-6 (Monday = 0).
        closures: the organisation's own closure days, with reasons: a holiday calendar,
            usually ``Dates({date: reason})``, or a mapping of date to reason.
        extra_working_days: days worked although they fall outside the work week or on a
            holiday, with reasons (``Dates`` or a mapping); never a closure day too.
    """

    holidays: HolidayCalendar = field(converter=_holiday_calendar)
    timezone: str = field(converter=check_timezone)
    workweek: frozenset[Weekday] = field(default=MONDAY_TO_FRIDAY, converter=_workweek)
    closures: HolidayCalendar = field(factory=Dates, converter=_dates)
    extra_working_days: Dates = field(factory=Dates, converter=_listed)
    # Memos (they pickle empty): a year's working days and days off, a day's midnight.
    _index: Memo[int, tuple[int, ...]] = field(
        factory=lambda: Memo(CACHE_YEARS), init=False, repr=False, eq=False, hash=False
    )
    _off: Memo[int, tuple[tuple[date, ...], tuple[DayOff, ...]]] = field(
        factory=lambda: Memo(CACHE_YEARS), init=False, repr=False, eq=False, hash=False
    )
    _midnights: Memo[date, datetime] = field(
        factory=lambda: Memo(CACHE_MIDNIGHTS), init=False, repr=False, eq=False, hash=False
    )
    _public: Memo[int, tuple[HolidayCalendar, WorkingCalendar]] = field(
        factory=lambda: Memo(CACHE_PUBLIC), init=False, repr=False, eq=False, hash=False
    )
    _kept: Memo[Hashable, object] = field(
        factory=lambda: Memo(CACHE_KEPT), init=False, repr=False, eq=False, hash=False
    )

    def __attrs_post_init__(self) -> None:
        for d, _ in self.extra_working_days.entries:
            if self.closures.is_holiday(d):
                raise CharterValueError(
                    f"{d.isoformat()} is both a closure day and an extra working day"
                )

    @property
    def kept(self) -> Memo[Hashable, object]:
        """Memos that other modules keep with this calendar, under keys of their own.

        The deadline calculator remembers there how a period ends by the day counting
        starts (:mod:`charter.clock.deadline`). Like the calendar's own memos, they are
        no part of its value: left out of ``==`` and ``repr``, pickled empty, and
        bounded (``CACHE_KEPT`` entries, the oldest dropped first).
        """
        return self._kept

    @property
    def zone(self) -> ZoneInfo:
        """The organisation's time zone."""
        return ZoneInfo(self.timezone)

    def public_days(self, holidays: HolidayCalendar | None = None) -> WorkingCalendar:
        """The working days of the law: Monday to Friday, except public holidays.

        Regulation 1182/71 art. 2 and Judicial Code art. 53 count Saturdays, Sundays and
        public holidays as the only days off: *holidays* (by default this calendar's
        holidays), in this calendar's zone, without its closure days, extra working days
        or work week. Built once per holiday calendar, then cached.

        >>> from charter import belgium
        >>> federal = WorkingCalendar(
        ...     holidays=belgium.FEDERAL_ADMINISTRATION, timezone="Europe/Brussels"
        ... )
        >>> federal.public_days(belgium.LEGAL).is_working_day(date(2027, 11, 15))
        True
        """
        holidays = self.holidays if holidays is None else _holiday_calendar(holidays)
        found = self._public.get(id(holidays))
        if found is not None:
            return found[1]
        if (
            holidays is self.holidays
            and self.workweek == MONDAY_TO_FRIDAY
            and isinstance(self.closures, Dates)
            and not self.closures.entries
            and not self.extra_working_days.entries
        ):
            public = self
        else:
            public = WorkingCalendar(holidays=holidays, timezone=self.timezone)
        self._public.put(id(holidays), (holidays, public))  # holding it keeps its id its own
        return public

    # -- the per-year index --------------------------------------------------------------

    def _days(self, year: int) -> tuple[int, ...]:
        """The ordinals of the working days of *year*, sorted (built once, then cached)."""
        days = self._index.get(year)
        if days is None:
            days = self._build(check_year(year))
            self._index.put(year, days)
        return days

    def _build(self, year: int) -> tuple[int, ...]:
        off = {d.toordinal() for d in self.holidays.holidays(year)}
        off.update(d.toordinal() for d in self.closures.holidays(year))
        extra = {d.toordinal() for d in self.extra_working_days.holidays(year)}
        worked = [weekday in self.workweek for weekday in Weekday]
        first, last = date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        # date.fromordinal(1) is a Monday, so (ordinal + 6) % 7 is date.weekday().
        return tuple(
            o
            for o in range(first, last + 1)
            if o in extra or (worked[(o + 6) % 7] and o not in off)
        )

    # -- queries ----------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """Whether *d* is a working day."""
        d = check_date(d)
        days = self._days(d.year)
        o = d.toordinal()
        i = bisect_left(days, o)
        return i < len(days) and days[i] == o

    def day_off(self, d: date) -> DayOff | None:
        """Why *d* is not a working day (closure, then holiday, then rest day), or None."""
        if self.is_working_day(d):
            return None
        closure = self.closures.holidays(d.year).get(d)
        if closure is not None:
            return DayOff(date=d, kind=DayOffKind.CLOSURE, name=closure)
        holiday = self.holidays.holidays(d.year).get(d)
        if holiday is not None:
            return DayOff(date=d, kind=DayOffKind.HOLIDAY, name=holiday)
        return DayOff(date=d, kind=DayOffKind.REST_DAY)

    def days_off(self, first: date, last: date) -> list[DayOff]:
        """The holidays and closures in ``[first, last]`` that fall on work-week days.

        These are the days a count in working days skips by name; rest days (weekends)
        and holidays that fall on them are left out.
        """
        first, last = check_date(first), check_date(last)
        found: list[DayOff] = []
        for year in range(first.year, last.year + 1):
            days, reasons = self._off_in(year)
            found.extend(reasons[bisect_left(days, first) : bisect_right(days, last)])
        return found

    def _off_in(self, year: int) -> tuple[tuple[date, ...], tuple[DayOff, ...]]:
        cached = self._off.get(year)
        if cached is None:
            candidates = set(self.holidays.holidays(year)) | set(self.closures.holidays(year))
            reasons = [
                reason
                for d in sorted(candidates)
                if d.weekday() in self.workweek and (reason := self.day_off(d)) is not None
            ]
            cached = (tuple(r.date for r in reasons), tuple(reasons))
            self._off.put(year, cached)
        return cached

    def midnight(self, d: date) -> datetime:
        """The instant the local day *d* starts, in the calendar's zone (cached)."""
        found = self._midnights.get(d)
        if found is None:
            wall = datetime(d.year, d.month, d.day)  # noqa: DTZ001 - a wall-clock time
            found = wall_to_utc(self.zone, wall).astimezone(self.zone)
            self._midnights.put(d, found)
        return found

    def add_working_days(self, d: date, n: int) -> date:
        """The *n*-th working day after *d*, *d* itself not counted.

        From a Saturday, 1 working day is the Monday. A negative *n* counts backwards the
        same way; ``n == 0`` gives *d* if it is a working day, else the next working day.
        A result outside the supported years raises ``UnsupportedYearError``.
        """
        if type(d) is not date:
            d = check_date(d)
        if type(n) is not int:
            n = _count(n)
        o = d.toordinal()
        year = d.year
        try:
            days = self._days(year)
        except UnsupportedYearError:
            raise UnsupportedYearError.for_date(d) from None
        try:
            if n < 0:
                i = bisect_left(days, o) + n
                while i < 0:
                    year -= 1
                    days = self._days(year)
                    i += len(days)
            else:
                i = bisect_right(days, o) + n - 1 if n else bisect_left(days, o)
                while i >= len(days):
                    i -= len(days)
                    year += 1
                    days = self._days(year)
        except UnsupportedYearError:
            raise UnsupportedYearError.for_result(d, n) from None
        return date.fromordinal(days[i])

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after *d*."""
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before *d*."""
        return self.add_working_days(d, -1)

    # -- over arrays (the extra numpy; charter.calendars.batch) -------------------------

    def add_working_days_array(self, dates: DatesLike, n: object) -> DateArray:
        """:meth:`add_working_days` for each of *dates* and *n* (an int or an array).

        *dates* is a ``datetime64`` array of whole days or a sequence of ``date``; the
        result is ``datetime64[D]``, element for element the scalar answer (see
        :mod:`charter.calendars.batch`). Needs the extra ``numpy``.
        """
        from charter.calendars import batch  # noqa: PLC0415 - numpy on use

        return batch.add_working_days(self, dates, n)

    def is_working_day_array(self, dates: DatesLike) -> npt.NDArray[np.bool_]:
        """:meth:`is_working_day` for each of *dates*: a boolean array."""
        from charter.calendars import batch  # noqa: PLC0415 - numpy on use

        return batch.is_working_day(self, dates)

    def working_days_between_array(self, a: DatesLike, b: DatesLike) -> npt.NDArray[np.int64]:
        """:meth:`working_days_between` for each pair of *a* and *b* (broadcast)."""
        from charter.calendars import batch  # noqa: PLC0415 - numpy on use

        return batch.working_days_between(self, a, b)

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days in ``(a, b]``; negative when *b* is before *a*.

        ``working_days_between(d, add_working_days(d, n)) == n`` for every ``n >= 1``.
        """
        a, b = check_date(a), check_date(b)
        if b < a:
            return -self.working_days_between(b, a)
        days_a, days_b = self._days(a.year), self._days(b.year)
        count = bisect_right(days_b, b.toordinal()) - bisect_right(days_a, a.toordinal())
        for year in range(a.year, b.year):
            count += len(self._days(year))
        return count
