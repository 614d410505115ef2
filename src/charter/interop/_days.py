"""The days of opening hours in a range of dates, as the other standards need them.

schema.org and iCalendar have no yearly rules and no public-holiday placeholder (``PH``):
they need the dated days. This module finds them, from the structured hours (their parts,
``docs/hours.md``), with the precedence of the model: a special day over a holiday over a
season over the weekly schedule. Hours held only as OpenStreetMap rules
(``Th[1] 18:00-20:00``) have no such parts, and hours by appointment say something these
standards cannot: both are refused, with the charter's path.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Literal

from attrs import frozen

from charter.errors import InteropError, Issue
from charter.hours.model import OpeningHours, Season
from charter.hours.ranges import TimeRange
from charter.text import LocalizedText

__all__ = ["DatedDay", "check_sayable", "dates", "exceptions", "season_spans"]

Source = Literal["special", "holiday"]


@frozen
class DatedDay:
    """A day a special day or a holiday governs: its ranges (none: closed) and its name."""

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
    """The days from *start* to *end* a special day or a holiday governs, in date order."""
    for d in dates(start, end):
        special = next((s for s in hours.special if s.matches(d)), None)
        if special is not None:
            yield DatedDay(d, "special", special.hours, special.note)
            continue
        if hours.holidays is not None:
            name = hours.holidays.holidays(d.year).get(d)
            if name is not None:
                yield DatedDay(d, "holiday", hours.holiday_hours, name)


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
