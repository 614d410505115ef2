"""Declarative holiday rules and the calendars built from them.

A rule says which date a holiday falls on in a given year: a fixed date
(:class:`FixedDate`), a number of days from Easter Sunday (:class:`EasterOffset`), the
n-th weekday of a month (:class:`NthWeekday`). Each can be limited to the years it is
valid (``since``/``until``, both inclusive). A :class:`RuleCalendar` is a named tuple of
rules; :class:`Dates` is a calendar of explicit dates (closure days, bridge days).

>>> from datetime import date
>>> calendar = RuleCalendar(
...     name="Example",
...     rules=(
...         FixedDate(month=1, day=1, name="New Year's Day"),
...         EasterOffset(days=1, name="Easter Monday"),
...         NthWeekday(month=5, weekday=Weekday.MONDAY, n=-1, name="Last Monday of May"),
...     ),
... )
>>> for day, name in calendar.in_year(2027).items():
...     print(day, name)
2027-01-01 New Year's Day
2027-03-29 Easter Monday
2027-05-31 Last Monday of May
"""

from __future__ import annotations

from calendar import isleap
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from typing import Protocol

from attrs import field, frozen
from dateutil.easter import easter
from dateutil.relativedelta import relativedelta, weekday

from charter._memo import Memo
from charter.calendars.base import (
    CalendarBase,
    HolidayCalendar,
    UnionCalendar,
    Weekday,
    YearHolidays,
    check_date,
    check_year,
    merge_names,
    to_weekday,
    to_weekdays,
    year_cache,
)
from charter.errors import MAX_YEAR, MIN_YEAR, CharterTypeError, CharterValueError, excerpt
from charter.text import LocalizedText, TextLike, to_text

__all__ = [
    "CLOSED",
    "DateSpan",
    "Dates",
    "EasterOffset",
    "FixedDate",
    "HolidayRule",
    "NthWeekday",
    "RuleCalendar",
    "Substitutes",
]

#: The name :class:`Dates` gives to dates listed without one.
CLOSED = LocalizedText({"nl": "Gesloten", "fr": "Fermé", "de": "Geschlossen", "en": "Closed"})


class HolidayRule(Protocol):
    """A rule that puts a named holiday on zero or one date of a year."""

    @property
    def name(self) -> LocalizedText:
        """The holiday's name."""
        ...

    def date_in(self, year: int) -> date | None:
        """The holiday's date in *year*, or None if it has none that year."""
        ...


def _optional_year(value: int | None) -> int | None:
    return None if value is None else check_year(value, "validity year")


@frozen(kw_only=True)
class _Validity:
    """The years a rule applies: ``since`` and ``until`` are inclusive, None is open."""

    since: int | None = field(default=None, converter=_optional_year)
    until: int | None = field(default=None, converter=_optional_year)

    def __attrs_post_init__(self) -> None:
        if self.since is not None and self.until is not None and self.since > self.until:
            raise CharterValueError(f"since {self.since} is after until {self.until}")

    def applies(self, year: int) -> bool:
        """Whether the rule is valid in *year*."""
        return (self.since is None or self.since <= year) and (
            self.until is None or year <= self.until
        )


def _month(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
        raise CharterValueError(f"month {excerpt(value)} is not a number 1-12")
    return value


@frozen(kw_only=True)
class FixedDate(_Validity):
    """A holiday on the same date every year (21 July). 29 February falls in leap years only."""

    month: int = field(converter=_month)
    day: int = field()
    name: LocalizedText = field(converter=to_text)

    @day.validator
    def _check_day(self, _attribute: object, value: int) -> None:
        try:
            date(2000, self.month, value)  # a leap year, so 29 February is allowed
        except (TypeError, ValueError):
            raise CharterValueError(
                f"day {excerpt(value)} does not exist in month {self.month}"
            ) from None

    def date_in(self, year: int) -> date | None:
        """The date in *year*, or None before ``since``, after ``until`` or on a missing 29 Feb."""
        if not self.applies(year) or (self.month == 2 and self.day == 29 and not isleap(year)):
            return None
        return date(year, self.month, self.day)


def _easter_days(value: int) -> int:
    # Easter Sunday falls between 22 March and 25 April: these bounds keep every
    # offset inside the Easter's own year.
    if isinstance(value, bool) or not isinstance(value, int) or not -80 <= value <= 250:
        raise CharterValueError(f"Easter offset {excerpt(value)} is not a number of days -80..250")
    return value


@frozen(kw_only=True)
class EasterOffset(_Validity):
    """A holiday a number of days after (or before) Western Easter Sunday.

    Easter Monday is ``days=1``, Ascension ``days=39``, Whit Monday ``days=50``. Easter
    is computed by :func:`dateutil.easter.easter` (the Gregorian computus).
    """

    days: int = field(converter=_easter_days)
    name: LocalizedText = field(converter=to_text)

    def date_in(self, year: int) -> date | None:
        """The date in *year*, or None outside the rule's years."""
        if not self.applies(year):
            return None
        return easter(year) + timedelta(days=self.days)


def _nth(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value == 0 or abs(value) > 5:
        raise CharterValueError(
            f"n {excerpt(value)} is not 1..5 (from the start) or -1..-5 (from the end)"
        )
    return value


@frozen(kw_only=True)
class NthWeekday(_Validity):
    """A holiday on the n-th given weekday of a month (``n=-1``: the last one).

    When a month has no fifth such weekday, ``n=5`` gives no holiday that year.
    """

    month: int = field(converter=_month)
    weekday: Weekday = field(converter=to_weekday)
    n: int = field(converter=_nth)
    name: LocalizedText = field(converter=to_text)

    def date_in(self, year: int) -> date | None:
        """The date in *year*, or None outside the rule's years or when there is none."""
        if not self.applies(year):
            return None
        anchor = date(year, self.month, 1) if self.n > 0 else date(year, self.month, 28)
        step = relativedelta(day=1 if self.n > 0 else 31, weekday=weekday(self.weekday, self.n))
        found: date = anchor + step
        return found if found.month == self.month else None


def _month_day(value: tuple[int, int]) -> tuple[int, int]:
    if not isinstance(value, tuple) or len(value) != 2:
        raise CharterTypeError.expected("a (month, day) pair such as (12, 27)", value)
    month, day = value
    _month(month)
    try:
        date(2000, month, day)  # a leap year, so 29 February is allowed
    except (TypeError, ValueError):
        raise CharterValueError(f"day {excerpt(day)} does not exist in month {month}") from None
    return (month, day)


@frozen(kw_only=True)
class DateSpan(_Validity):
    """Days off on the same dates every year, ``first`` to ``last`` inclusive.

    ``DateSpan(first=(12, 27), last=(12, 31), name="Compensation days")``: 27 to
    31 December. A span stays within one year (write one across New Year as two spans);
    29 February counts in leap years only.

    >>> span = DateSpan(first=(12, 27), last=(12, 31), name="Closed")
    >>> [d.day for d in span.dates_in(2027)]
    [27, 28, 29, 30, 31]
    """

    first: tuple[int, int] = field(converter=_month_day)
    last: tuple[int, int] = field(converter=_month_day)
    name: LocalizedText = field(converter=to_text)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.last < self.first:
            raise CharterValueError(
                f"the span ends on {self.last[1]:02d}/{self.last[0]:02d}, before it starts on "
                f"{self.first[1]:02d}/{self.first[0]:02d}: write a span across New Year as two"
            )

    def dates_in(self, year: int) -> tuple[date, ...]:
        """The span's dates in *year* (none outside the rule's years)."""
        if not self.applies(year):
            return ()
        days: list[date] = []
        month, day = self.first
        while (month, day) <= self.last:
            if not (month == 2 and day == 29 and not isleap(year)):
                days.append(date(year, month, day))
            following = date(2000, month, day) + timedelta(days=1)
            if following.year != 2000:
                break
            month, day = following.month, following.day
        return tuple(days)


#: A rule of a calendar: one date a year (``date_in``) or several (``dates_in``).
YearlyRule = HolidayRule | DateSpan


def rule_dates(rule: YearlyRule, year: int) -> tuple[date, ...]:
    """The dates *rule* puts in *year*."""
    if isinstance(rule, DateSpan):
        return rule.dates_in(year)
    found = rule.date_in(year)
    return () if found is None else (found,)


def _rules(values: Iterable[YearlyRule]) -> tuple[YearlyRule, ...]:
    if not isinstance(values, Iterable):
        raise CharterTypeError.expected("a tuple of holiday rules", values)
    rules = tuple(values)
    for rule in rules:
        dated = isinstance(rule, DateSpan) or callable(getattr(rule, "date_in", None))
        if not dated or not isinstance(getattr(rule, "name", None), LocalizedText):
            raise CharterTypeError.expected("a holiday rule (FixedDate, EasterOffset, ...)", rule)
    return rules


@frozen(kw_only=True)
class RuleCalendar(CalendarBase):
    """A titled holiday calendar made of rules; two holidays on one date have both names.

    The constructor takes the title as ``name=``; it is read back as :attr:`title`, since
    ``name(d)`` is the method that names the holiday on a date.
    """

    title: LocalizedText = field(converter=to_text, alias="name")
    rules: tuple[YearlyRule, ...] = field(converter=_rules)
    _cache: Memo[int, YearHolidays] = field(
        factory=year_cache, init=False, repr=False, eq=False, hash=False
    )

    def _compute(self, year: int) -> Mapping[date, LocalizedText]:
        return merge_names((d, rule.name) for rule in self.rules for d in rule_dates(rule, year))


def _entries(
    dates: Mapping[date, TextLike] | Iterable[date], default: LocalizedText
) -> tuple[tuple[date, LocalizedText], ...]:
    if isinstance(dates, Mapping):
        pairs = [(check_date(d, "a listed date"), to_text(name)) for d, name in dates.items()]
    elif isinstance(dates, Iterable) and not isinstance(dates, (str, bytes)):
        pairs = [(check_date(d, "a listed date"), default) for d in dates]
    else:
        raise CharterTypeError.expected("a mapping of date to name, or dates", dates)
    return tuple(sorted(dict(pairs).items()))


@frozen(init=False)
class Dates(CalendarBase):
    """A holiday calendar of explicit dates, named one by one or all alike.

    ``Dates({date(2026, 5, 15): "Bridge day"})`` or ``Dates([date(2026, 5, 15)])`` (named
    :data:`CLOSED` unless ``name`` says otherwise). Use it for closure days, bridge days
    and the yearly compensation days.

    >>> closures = Dates({date(2026, 5, 15): "Bridge day"})
    >>> closures.name(date(2026, 5, 15))
    'Bridge day'
    >>> Dates([date(2026, 12, 28)]).name(date(2026, 12, 28), "nl")
    'Gesloten'
    """

    entries: tuple[tuple[date, LocalizedText], ...]
    _cache: Memo[int, YearHolidays] = field(repr=False, eq=False, hash=False)

    def __init__(
        self,
        dates: Mapping[date, TextLike] | Iterable[date] = (),
        *,
        name: TextLike = CLOSED,
    ) -> None:
        self.__attrs_init__(_entries(dates, to_text(name)), year_cache())

    def _compute(self, year: int) -> Mapping[date, LocalizedText]:
        return {d: text for d, text in self.entries if d.year == year}


def union(*calendars: HolidayCalendar) -> HolidayCalendar:
    """All *calendars* joined (the same as ``a | b | ...``); one is itself; none: no holidays."""
    if not calendars:
        return Dates()
    result = calendars[0]
    for calendar in calendars[1:]:
        result = result | calendar
    return result


#: How far after a holiday its replacement day is looked for.
_SEARCH_DAYS = 366


def _calendar(value: HolidayCalendar) -> HolidayCalendar:
    if not isinstance(value, HolidayCalendar):
        raise CharterTypeError.expected("a holiday calendar", value)
    return value


def _weekend_by_rule(
    calendar: HolidayCalendar, workweek: frozenset[Weekday], year: int
) -> Iterator[date]:
    """The days of *calendar* that its rules always put outside *workweek*.

    A day kept on a Sunday by its rule (the Walloon Region's third Sunday of September)
    is no day off lost: it gets no replacement day.
    """
    if isinstance(calendar, UnionCalendar):
        for part in calendar.calendars:
            yield from _weekend_by_rule(part, workweek, year)
    elif isinstance(calendar, RuleCalendar):
        for rule in calendar.rules:
            if isinstance(rule, NthWeekday) and rule.weekday not in workweek:
                found = rule.date_in(year)
                if found is not None:
                    yield found


#: How a replacement day is named, from the name of the holiday it replaces.
_REPLACEMENT = {
    "nl": "Vervangingsdag voor {}",
    "fr": "Jour de remplacement pour {}",
    "de": "Ersatztag für {}",
    "en": "Replacement day for {}",
}


def _replacement(name: LocalizedText) -> LocalizedText:
    return LocalizedText(
        {
            language: _REPLACEMENT.get(language, _REPLACEMENT["en"]).format(name[language])
            for language in name.languages
        }
    )


@frozen(kw_only=True)
class Substitutes(CalendarBase):
    """Replacement days: a holiday on a day outside the work week moves to a working day.

    Each holiday of ``of`` that falls outside ``workweek`` is replaced by the first
    following day of the work week that is neither a holiday, nor a day of ``closed``, nor
    the replacement of an earlier holiday: Christmas on a Saturday and 26 December on a
    Sunday give Monday 27 and Tuesday 28 December. The replacement of a late-December
    holiday may fall in January.

    >>> from charter.calendars import belgium
    >>> from charter.calendars.base import Weekday
    >>> workweek = frozenset(Weekday(d) for d in range(5))
    >>> days = Substitutes(of=belgium.FEDERAL_ADMINISTRATION, workweek=workweek)
    >>> days.in_year(2027)[date(2027, 12, 27)]
    'Replacement day for Christmas Day'
    >>> days.in_year(2027)[date(2027, 12, 28)]
    'Replacement day for Boxing Day'
    """

    of: HolidayCalendar = field(converter=_calendar)
    workweek: frozenset[Weekday] = field(converter=to_weekdays)
    closed: HolidayCalendar = field(factory=Dates, converter=_calendar)
    _cache: Memo[int, YearHolidays] = field(
        factory=year_cache, init=False, repr=False, eq=False, hash=False
    )

    @workweek.validator
    def _check_workweek(self, _attribute: object, value: frozenset[Weekday]) -> None:
        if not value:
            raise CharterValueError("a work week needs at least one day for replacement days")

    def _compute(self, year: int) -> Mapping[date, LocalizedText]:
        years = [y for y in (year - 1, year) if MIN_YEAR <= y <= MAX_YEAR]
        off: dict[date, LocalizedText] = {}
        weekend_days: set[date] = set()
        for y in years:
            off.update(self.of.holidays(y))
            weekend_days.update(_weekend_by_rule(self.of, self.workweek, y))
        taken: dict[date, LocalizedText] = {}
        for holiday, name in sorted(off.items()):
            if holiday.weekday() in self.workweek or holiday in weekend_days:
                continue
            day = holiday + timedelta(days=1)
            for _ in range(_SEARCH_DAYS):
                if day.weekday() in self.workweek and day not in taken and not self._off(day, off):
                    taken[day] = _replacement(name)
                    break
                day += timedelta(days=1)
            # Closed for a whole year after the holiday: no day is left to replace it.
        return {d: name for d, name in taken.items() if d.year == year}

    def _off(self, day: date, known: Mapping[date, LocalizedText]) -> bool:
        if day in known:
            return True
        if day.year > MAX_YEAR:  # a replacement after 2200 is not asked for
            return False
        return self.of.is_holiday(day) or self.closed.is_holiday(day)
