"""Instants and wall clocks (docs/design.md): aware datetimes in, the gap and fold rules out.

- :func:`check_instant` refuses naive datetimes (and anything that is not a datetime).
- :func:`wall_to_utc` turns a local wall-clock time into an instant: a time in the
  spring-forward gap becomes the first instant after the gap, an ambiguous autumn time
  takes the earlier offset.

>>> from zoneinfo import ZoneInfo
>>> brussels = ZoneInfo("Europe/Brussels")
>>> wall_to_utc(brussels, datetime(2025, 3, 30, 2, 30))  # in the gap: 03:00 CEST
datetime.datetime(2025, 3, 30, 1, 0, tzinfo=datetime.timezone.utc)
>>> wall_to_utc(brussels, datetime(2025, 10, 26, 2, 30))  # ambiguous: the earlier, CEST
datetime.datetime(2025, 10, 26, 0, 30, tzinfo=datetime.timezone.utc)
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from charter.errors import MAX_YEAR, MIN_YEAR, NaiveDatetimeError, UnsupportedYearError, excerpt

__all__ = ["check_instant", "check_supported_instant", "wall_to_utc"]


def check_instant(value: object) -> datetime:
    """Return *value* if it is an aware ``datetime``; raise ``NaiveDatetimeError`` otherwise."""
    if not isinstance(value, datetime):
        raise NaiveDatetimeError(
            f"expected an aware datetime, got {type(value).__name__} {excerpt(value)}"
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError.for_value(value)
    return value


def check_supported_instant(value: object, what: str = "instant") -> datetime:
    """:func:`check_instant`, and its year within the supported years (1900-2200).

    Far outside them, converting between zones would overflow ``datetime``.
    """
    value = check_instant(value)
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise UnsupportedYearError.for_year(value.year, f"{what} {value.isoformat()}: year")
    return value


def wall_to_utc(zone: ZoneInfo, wall: datetime) -> datetime:
    """The instant (in UTC) of the naive local *wall* time in *zone* (docs/design.md)."""
    local = wall.replace(tzinfo=zone, fold=0)  # fold=0: the earlier offset when ambiguous
    utc = local.astimezone(UTC)
    back = utc.astimezone(zone)
    if (back.day, back.hour, back.minute, back.second) == (
        wall.day,
        wall.hour,
        wall.minute,
        wall.second,
    ):
        return utc
    return _end_of_gap(zone, wall)  # the wall time does not exist


def _end_of_gap(zone: ZoneInfo, wall: datetime) -> datetime:
    """The first instant after the spring-forward gap that swallows *wall*."""
    after = wall.replace(tzinfo=zone).astimezone(UTC)  # the offset before: past the gap
    before = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)  # the offset after
    low, high = min(before, after), max(before, after)
    offset = high.astimezone(zone).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == offset:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0) if high.microsecond else high
