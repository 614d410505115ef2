"""Time ranges and weekly schedules: wall-clock hours, before any date or zone.

A :class:`TimeRange` is half-open, ``[start, end)``, in minutes after the local midnight
of the day it belongs to. It may run past midnight (``22:00-02:00``: the part after
midnight lies on the next calendar day) and may end at ``24:00``. A
:class:`WeeklySchedule` gives each weekday its ranges.

>>> TimeRange.parse("22:00-02:00")
TimeRange('22:00-02:00')
>>> TimeRange.parse("09:00-24:00").end
1440
>>> WeeklySchedule.parse({"Mo-Fr": "09:00-12:00,13:00-17:00"}).on(Weekday.FRIDAY)
(TimeRange('09:00-12:00'), TimeRange('13:00-17:00'))
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import time
from typing import Self

from attrs import field, frozen

from charter._checks import MINUTES_PER_DAY as DAY
from charter._checks import WEEKDAYS
from charter.calendars.base import Weekday, to_weekday
from charter.errors import CharterTypeError, OpeningHoursError

__all__ = ["TimeRange", "WeeklySchedule", "format_minute", "format_weekdays", "parse_weekdays"]


_TIME = re.compile(r"(\d{1,2}):(\d{2})")


def format_minute(minute: int) -> str:
    """``HH:MM`` for a minute of the day, ``24:00`` for the end of the day."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _parse_minute(text: str) -> int:
    match = _TIME.fullmatch(text.strip())
    if match is None:
        raise OpeningHoursError(f"{text!r} is not a time HH:MM")
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise OpeningHoursError(f"{text!r} is not a time between 00:00 and 24:00")
    return hours * 60 + minutes


def _minute(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CharterTypeError.expected("a minute of the day (int)", value)
    return value


@frozen(repr=False, order=True)
class TimeRange:
    """``[start, end)`` in minutes after midnight; ``end`` may pass midnight (up to +24 h).

    ``start`` is 0-1439. ``end`` is after ``start`` and at most 24 hours later; an end
    past 1440 runs into the next calendar day. Only ``00:00-24:00`` lasts a full day.
    """

    start: int = field(converter=_minute)
    end: int = field(converter=_minute)

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start < DAY:
            raise OpeningHoursError(f"start minute {self.start} is not within 0-1439")
        if not self.start < self.end <= self.start + DAY or (
            self.end - self.start == DAY and self.start
        ):
            raise OpeningHoursError(
                f"{format_minute(self.start)}-{format_minute(self.end % DAY)} is empty or "
                "longer than a day"
            )

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``HH:MM-HH:MM``; an end before the start runs past midnight."""
        if not isinstance(text, str):
            raise CharterTypeError.expected("a time range 'HH:MM-HH:MM'", text)
        first, dash, last = text.partition("-")
        if not dash:
            raise OpeningHoursError(f"{text!r} is not a time range HH:MM-HH:MM")
        start, end = _parse_minute(first), _parse_minute(last)
        if start == DAY:
            raise OpeningHoursError(f"{text!r} starts at 24:00")
        if end <= start and not (start == 0 and end == DAY):
            if end == start:
                raise OpeningHoursError(f"{text!r} is empty")
            end += DAY
        return cls(start, end)

    @classmethod
    def of(cls, start: time, end: time) -> Self:
        """The range from *start* to *end* (``time`` values; an end ≤ start passes midnight)."""
        if not isinstance(start, time) or not isinstance(end, time):
            raise CharterTypeError.expected("two datetime.time values", (start, end))
        return cls.parse(f"{start:%H:%M}-{end:%H:%M}")

    @property
    def spills(self) -> bool:
        """Whether the range runs past midnight into the next calendar day."""
        return self.end > DAY

    def __str__(self) -> str:
        end = self.end if self.end <= DAY else self.end - DAY
        return f"{format_minute(self.start)}-{format_minute(end)}"

    def __repr__(self) -> str:
        return f"TimeRange({str(self)!r})"


def to_ranges(value: Iterable[TimeRange | str] | str) -> tuple[TimeRange, ...]:
    """Ranges of one day, sorted; overlapping ranges raise, touching ones are joined."""
    if isinstance(value, str):
        value = value.split(",") if value.strip() else []
    if not isinstance(value, Iterable):
        raise CharterTypeError.expected("time ranges", value)
    ranges = sorted(TimeRange.parse(r) if isinstance(r, str) else _range(r) for r in value)
    joined: list[TimeRange] = []
    for current in ranges:
        if joined and current.start < joined[-1].end:
            raise OpeningHoursError(f"{joined[-1]} and {current} overlap")
        if joined and current.start == joined[-1].end:
            merged = TimeRange(joined[-1].start, current.end)
            joined[-1] = merged
        else:
            joined.append(current)
    return tuple(joined)


def _range(value: object) -> TimeRange:
    if not isinstance(value, TimeRange):
        raise CharterTypeError.expected("a TimeRange or 'HH:MM-HH:MM'", value)
    return value


def parse_weekdays(text: str) -> frozenset[Weekday]:
    """``Mo-Fr``, ``Sa,Su``, ``Fr-Mo`` (wrapping): two-letter English day names."""
    days: set[Weekday] = set()
    for part in text.split(","):
        first, dash, last = part.strip().partition("-")
        if first not in WEEKDAYS or (dash and last not in WEEKDAYS):
            raise OpeningHoursError(f"{text!r} is not a weekday list such as 'Mo-Fr' or 'Sa,Su'")
        start = WEEKDAYS.index(first)
        stop = WEEKDAYS.index(last) if dash else start
        days.update(Weekday((start + step) % 7) for step in range((stop - start) % 7 + 1))
    return frozenset(days)


def format_weekdays(days: Iterable[Weekday]) -> str:
    """Weekdays as :func:`parse_weekdays` reads them: runs of three or more as a range.

    ``Mo-Fr``, ``Tu,Th``, ``Mo,Tu``; in the week's order, Monday first.
    """
    runs: list[list[int]] = []
    for day in sorted(set(days)):
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{WEEKDAYS[run[0]]}-{WEEKDAYS[run[-1]]}")
        else:
            parts.extend(WEEKDAYS[day] for day in run)
    return ",".join(parts)


_Ranges = Iterable[TimeRange | str] | str
#: What ``WeeklySchedule`` takes: weekday (member or 0-6) → ranges, or seven tuples.
DaysLike = Mapping[Weekday, _Ranges] | Mapping[int, _Ranges] | tuple[tuple[TimeRange, ...], ...]


def _days(value: DaysLike) -> tuple[tuple[TimeRange, ...], ...]:
    if isinstance(value, tuple) and len(value) == 7 and all(isinstance(v, tuple) for v in value):
        days = tuple(to_ranges(v) for v in value)
    elif isinstance(value, Mapping):
        found: dict[Weekday, tuple[TimeRange, ...]] = {}
        for key, ranges in value.items():
            day = to_weekday(key)
            if day in found:
                raise OpeningHoursError(f"{day.name.title()} is given twice")
            found[day] = to_ranges(ranges)
        days = tuple(found.get(day, ()) for day in Weekday)
    else:
        raise CharterTypeError.expected("a mapping of weekday to time ranges", value)
    return days


@frozen
class WeeklySchedule:
    """The ranges of each weekday: ``WeeklySchedule({Weekday.MONDAY: ["09:00-12:00"]})``.

    Keys are ``Weekday`` members or numbers 0-6 (Monday = 0); values are ``TimeRange``
    objects or ``"HH:MM-HH:MM"`` strings. A weekday left out is closed. The ranges of one
    day may not overlap (touching ones are joined); a range past midnight belongs to the
    day it starts on.
    """

    days: tuple[tuple[TimeRange, ...], ...] = field(converter=_days)

    @classmethod
    def parse(cls, value: Mapping[str, str]) -> Self:
        """From ``{"Mo-Fr": "09:00-12:00,13:00-17:00", "Sa": "10:00-12:00"}``."""
        if not isinstance(value, Mapping):
            raise CharterTypeError.expected("a mapping such as {'Mo-Fr': '09:00-17:00'}", value)
        found: dict[Weekday, str] = {}
        for key, ranges in value.items():
            if not isinstance(key, str):
                raise CharterTypeError.expected("weekdays such as 'Mo-Fr' as keys", key)
            for day in parse_weekdays(key):
                if day in found:
                    raise OpeningHoursError(f"{day.name.title()} is given twice")
                found[day] = ranges
        return cls(found)

    @classmethod
    def always(cls) -> Self:
        """Open day and night, every day."""
        return cls(dict.fromkeys(Weekday, "00:00-24:00"))

    def on(self, weekday: Weekday | int) -> tuple[TimeRange, ...]:
        """The ranges of *weekday*."""
        return self.days[to_weekday(weekday)]

    @property
    def is_always_open(self) -> bool:
        """Whether every day is open 00:00-24:00."""
        return all(day == (TimeRange(0, DAY),) for day in self.days)

    @property
    def is_closed(self) -> bool:
        """Whether no day has any range."""
        return not any(self.days)
