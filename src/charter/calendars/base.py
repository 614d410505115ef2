"""The holiday-calendar protocol, its shared implementation, and unions of calendars.

A holiday calendar answers three questions about local calendar days: is this date a
holiday, what is it called, and which holidays does a year have. Anything with the
methods of :class:`HolidayCalendar` can be used where charter expects a calendar;
:class:`CalendarBase` implements them all from one method, :meth:`CalendarBase._compute`,
and caches each year it computed.
"""

from __future__ import annotations

import re
import zoneinfo
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import IntEnum
from types import MappingProxyType
from typing import Protocol, runtime_checkable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from attrs import field, frozen

from charter._checks import check_list
from charter._memo import Memo
from charter.errors import (
    MAX_YEAR,
    MIN_YEAR,
    CharterTypeError,
    CharterValueError,
    UnknownTimezoneError,
    UnsupportedYearError,
    excerpt,
)
from charter.text import LocalizedText

__all__ = [
    "CalendarBase",
    "HolidayCalendar",
    "UnionCalendar",
    "Weekday",
    "check_date",
    "check_timezone",
    "check_year",
    "to_weekdays",
]

#: The holidays of one year: date → name, sorted by date.
YearHolidays = Mapping[date, LocalizedText]


class Weekday(IntEnum):
    """A day of the week, numbered as ``date.weekday()`` does (Monday = 0)."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


def to_weekday(value: object) -> Weekday:
    """Return *value* (a ``Weekday`` or a number 0-6, Monday = 0) as a ``Weekday``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise CharterTypeError.expected("a weekday (Weekday or 0-6, Monday = 0)", value)
    if not 0 <= value <= 6:
        raise CharterValueError(f"weekday {excerpt(value)} is not a number 0-6 (Monday = 0)")
    return Weekday(value)


def to_weekdays(values: Iterable[Weekday | int]) -> frozenset[Weekday]:
    """Return *values* as a set of ``Weekday``; each must be a ``Weekday`` or 0-6."""
    return frozenset(to_weekday(value) for value in check_list(values, "weekdays"))


def check_year(year: object, what: str = "year") -> int:
    """Return *year* if it is an int within the supported years, else raise."""
    if not isinstance(year, int) or isinstance(year, bool):
        raise CharterTypeError.expected(f"an integer {what}", year)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise UnsupportedYearError.for_year(year, what)
    return year


#: Names the tz database accepts that are no place's zone: "localtime" is the host's own.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})

#: The longest zone name looked up (the longest IANA name has 32 characters).
MAX_TIMEZONE_LENGTH = 64
#: What an IANA name can be: ASCII letters, digits, '_', '+' and '-', parts joined by '/'.
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)*")


def check_timezone(value: object) -> str:
    """Return the IANA name of the zone *value* gives, else raise.

    *value* is an IANA name (``"Europe/Brussels"``) or a :class:`zoneinfo.ZoneInfo`
    built from one (``ZoneInfo("Europe/Brussels")``), which gives its name: documents and
    ``repr`` s hold the name. A ``ZoneInfo`` read from a file has no name and is refused,
    as is anything else. The host's own zone (``localtime``) is refused: no zone is ever
    guessed. A name that cannot be an IANA name (too long, or with other characters) is
    refused before any file is looked for.
    """
    if isinstance(value, zoneinfo.ZoneInfo):  # the class itself, not the name looked up below
        if value.key is None:
            raise UnknownTimezoneError.for_keyless()
        value = value.key
    elif not isinstance(value, str):
        raise UnknownTimezoneError.for_value(value)
    if value in _NOT_ZONES or len(value) > MAX_TIMEZONE_LENGTH or not _ZONE_NAME.fullmatch(value):
        raise UnknownTimezoneError.for_name(value)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: the tzdata package opens files by name ("File name too long", ...).
        raise UnknownTimezoneError.for_name(value) from None
    return value


def check_date(value: object, what: str = "a date") -> date:
    """Return *value* if it is a ``date`` (not a ``datetime``) in the supported years."""
    if type(value) is not date and (not isinstance(value, date) or isinstance(value, datetime)):
        raise CharterTypeError.expected(f"{what} (datetime.date, not datetime)", value)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise UnsupportedYearError.for_date(value)
    return value


@runtime_checkable
class HolidayCalendar(Protocol):
    """What charter needs of a holiday calendar.

    Names are localised: ``name(d, "nl")`` is the Dutch name. The language defaults to
    English, the language the library's own texts are written in, never to a locale
    read from the environment.
    """

    def holidays(self, year: int) -> YearHolidays:
        """The holidays of *year*, sorted by date, with their localised names."""
        ...

    def is_holiday(self, d: date) -> bool:
        """Whether *d* is a holiday."""
        ...

    def name(self, d: date, language: str = "en") -> str | None:
        """The name of the holiday on *d* in *language*, or None if *d* is no holiday."""
        ...

    def in_year(self, year: int, language: str = "en") -> Mapping[date, str]:
        """The holidays of *year*, sorted by date, named in *language*."""
        ...

    def __or__(self, other: HolidayCalendar) -> HolidayCalendar:
        """A calendar with the holidays of both (names joined on a shared date)."""
        ...


class CalendarBase(ABC):
    """Implements :class:`HolidayCalendar` from :meth:`_compute`, caching each year.

    Subclasses are frozen attrs classes with a ``_cache`` field (see
    :func:`year_cache`); the cache is a memo of a pure function, not shared state.
    """

    __slots__ = ()
    _cache: Memo[int, YearHolidays]

    @abstractmethod
    def _compute(self, year: int) -> Mapping[date, LocalizedText]:
        """Compute the holidays of *year* (already checked to be supported)."""

    def holidays(self, year: int) -> YearHolidays:
        """The holidays of *year*, sorted by date, with their localised names."""
        found = self._cache.get(check_year(year))
        if found is None:
            computed = self._compute(year)
            found = MappingProxyType(dict(sorted(computed.items())))
            self._cache.put(year, found)
        return found

    def is_holiday(self, d: date) -> bool:
        """Whether *d* is a holiday."""
        return check_date(d) in self.holidays(d.year)

    def name(self, d: date, language: str = "en") -> str | None:
        """The name of the holiday on *d* in *language*, or None if *d* is no holiday."""
        text = self.holidays(check_date(d).year).get(d)
        return None if text is None else text[language]

    def in_year(self, year: int, language: str = "en") -> Mapping[date, str]:
        """The holidays of *year*, sorted by date, named in *language*."""
        return {d: text[language] for d, text in self.holidays(year).items()}

    def __or__(self, other: HolidayCalendar) -> HolidayCalendar:
        """A calendar with the holidays of both; on a shared date the names are joined."""
        if not isinstance(other, HolidayCalendar):
            return NotImplemented
        return UnionCalendar(calendars=(self, other))


def merge_names(pairs: Iterable[tuple[date, LocalizedText]]) -> dict[date, LocalizedText]:
    """Date → name, joining the names of holidays that share a date, in order."""
    merged: dict[date, LocalizedText] = {}
    for d, text in pairs:
        known = merged.get(d)
        merged[d] = text if known is None else known.joined(text)
    return merged


#: How many years a calendar remembers: every supported year (1900-2200), and some room.
CACHE_YEARS = 512


def year_cache() -> Memo[int, YearHolidays]:
    """A fresh per-instance cache (use as ``field(factory=year_cache, ...)``).

    It pickles empty: it is rebuilt on use, and its read-only views do not pickle.
    """
    return Memo(CACHE_YEARS)


def _flatten(calendars: Iterable[HolidayCalendar]) -> tuple[HolidayCalendar, ...]:
    if not isinstance(calendars, Iterable):
        raise CharterTypeError.expected("an iterable of holiday calendars", calendars)
    flat: list[HolidayCalendar] = []
    for calendar in calendars:
        if isinstance(calendar, UnionCalendar):
            flat.extend(calendar.calendars)
        elif isinstance(calendar, HolidayCalendar):
            flat.append(calendar)
        else:
            raise CharterTypeError.expected("a HolidayCalendar", calendar)
    return tuple(flat)


@frozen
class UnionCalendar(CalendarBase):
    """The holidays of several calendars; where two share a date, both names are kept.

    Built with ``|``: ``belgium.LEGAL | belgium.FLEMISH_COMMUNITY``.
    """

    calendars: tuple[HolidayCalendar, ...] = field(converter=_flatten)
    _cache: Memo[int, YearHolidays] = field(
        factory=year_cache, init=False, repr=False, eq=False, hash=False
    )

    def _compute(self, year: int) -> Mapping[date, LocalizedText]:
        return merge_names(
            (d, text) for calendar in self.calendars for d, text in calendar.holidays(year).items()
        )
