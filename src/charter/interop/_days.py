"""The days of opening hours in a range of dates, as the other standards need them.

schema.org and iCalendar have no yearly rules and no public-holiday placeholder (``PH``):
they need the dated days. This module finds them, from the structured hours (their parts,
``docs/hours.md``), with the precedence of the model: a special day over a holiday over a
season over the weekly schedule, and a day that closes early cut at its time (its walk-in
hours: extra hours by appointment are none). Hours held only as OpenStreetMap rules
(``Th[1] 18:00-20:00``) have no such parts, and hours by appointment say something these
standards cannot: both are refused, with the charter's path.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Literal

from attrs import frozen

from charter._checks import MINUTES_PER_DAY as DAY
from charter.errors import InteropError, Issue
from charter.hours.model import OpeningHours, Season
from charter.hours.ranges import TimeRange
from charter.text import LocalizedText

__all__ = ["DatedDay", "check_sayable", "dates", "exceptions", "season_spans"]

Source = Literal["special", "holiday", "early"]


@frozen
class DatedDay:
    """A day a special day, a holiday or an early closing governs: its ranges, its name.

    No ranges: closed.
    """

    day: date
    source: Source
    ranges: tuple[TimeRange, ...]
    name: LocalizedText | None


def check_sayable(hours: OpeningHours, path: str, standard: str) -> None:
    """Refuse hours *standard* cannot say: rules without parts, or hours by appointment."""
    if not hours.structured:
        message = (
            f"the opening hours {hours.to_osm()!r} are OpenStreetMap rules beyond a weekly "
            f"schedule, seasons, holidays and special days: {standard} cannot say them"
        )
        raise InteropError([Issue(path, message)])
    if hours.by_appointment:
        message = f"opening hours by appointment: {standard} has no way to say so"
        raise InteropError([Issue(path, message)])


def dates(start: date, end: date) -> Iterator[date]:
    """Each date from *start* to *end*, both included."""
    for offset in range((end - start).days + 1):
        yield start + timedelta(days=offset)


def exceptions(hours: OpeningHours, start: date, end: date) -> Iterator[DatedDay]:
    """The days from *start* to *end* a special day, a holiday or an early closing governs.

    In date order; a special day or a holiday that closes early has its ranges cut.
    """
    for d in dates(start, end):
        early = next((c for c in hours.close_early if c.matches(d)), None)
        cut = DAY if early is None else early.minute
        special = next((s for s in hours.special if s.matches(d)), None)
        if special is not None:
            yield DatedDay(d, "special", _cut(special.hours, cut), special.note)
            continue
        if hours.holidays is not None:
            name = hours.holidays.holidays(d.year).get(d)
            if name is not None:
                yield DatedDay(d, "holiday", _cut(hours.holiday_hours, cut), name)
                continue
        if early is not None:
            yield DatedDay(d, "early", _cut(_regular(hours, d), cut), early.note)


def _regular(hours: OpeningHours, d: date) -> tuple[TimeRange, ...]:
    """The walk-in ranges of *d* by its season or the week with its extra hours."""
    assert hours.weekly is not None  # noqa: S101 - hours with parts only
    season = next((s for s in hours.seasons if s.matches(d)), None)
    if season is not None:
        return season.ranges_on(d)
    pieces = sorted(
        (r.start, r.end)
        for r in (
            *hours.weekly.days[d.weekday()],
            *(r for e in hours.extra if not e.by_appointment and e.matches(d) for r in e.hours),
        )
    )
    merged: list[tuple[int, int]] = []
    for a, b in pieces:  # the extra hours may go on from the week's (16:00-19:00)
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return tuple(TimeRange(a, b) for a, b in merged)


def _cut(ranges: tuple[TimeRange, ...], minute: int) -> tuple[TimeRange, ...]:
    """*ranges* up to *minute* (none run past midnight where a day closes early)."""
    return tuple(TimeRange(r.start, min(r.end, minute)) for r in ranges if r.start < minute)


def season_spans(season: Season, start: date, end: date) -> Iterator[tuple[date, date]]:
    """The runs of consecutive days from *start* to *end* that *season* covers."""
    first: date | None = None
    last = start
    for d in dates(start, end):
        if season.matches(d):
            first = d if first is None else first
            last = d
        elif first is not None:
            yield first, last
            first = None
    if first is not None:
        yield first, last
