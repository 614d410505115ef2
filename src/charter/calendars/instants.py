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

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from charter.errors import (
    MAX_YEAR,
    MIN_YEAR,
    CharterValueError,
    NaiveDatetimeError,
    UnsupportedYearError,
    excerpt,
)

__all__ = ["check_instant", "check_supported_instant", "parse_instant", "wall_to_utc"]

_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
#: An instant as a message offers one: with its offset, or local in the charter's zone.
INSTANT_EXAMPLE = "2026-12-23T10:00+01:00 or 2026-12-23T10:00 (in the charter's zone)"


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


def parse_instant(
    text: str, timezone: str | None, *, example: str = INSTANT_EXAMPLE
) -> tuple[datetime, str | None]:
    """*text*, ISO 8601, as an instant, and a note if it was read as local time.

    A time with its offset is that instant. A local time is read in *timezone*, unless it
    is ``None`` (then it is refused), or the zone's clocks skip it or show it twice (it
    names no one instant). The note says how a local time was read. *example* is what the
    message of a malformed text offers instead.
    """
    message = f"{excerpt(text)} is not a date and time such as {example}"
    if not _INSTANT.match(text) or not text.isprintable():
        raise CharterValueError(message)
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise CharterValueError(message) from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise CharterValueError(f"{text} is outside the supported years {MIN_YEAR}-{MAX_YEAR}")
    if value.tzinfo is not None:
        return value, None
    if timezone is None:
        raise CharterValueError(f"{text} has no offset: write one, such as +01:00")
    tz = ZoneInfo(timezone)
    first, second = value.replace(tzinfo=tz, fold=0), value.replace(tzinfo=tz, fold=1)
    if first.utcoffset() != second.utcoffset():
        if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == value:
            raise CharterValueError(
                f"{text} happens twice in {timezone} (the clocks go back): write its "
                f"offset, {_offset(first)} or {_offset(second)}"
            )
        raise CharterValueError(f"{text} does not exist in {timezone} (the clocks go forward)")
    return first, f"{text} read as {timezone} time ({_offset(first)})"


def _offset(value: datetime) -> str:
    return value.isoformat()[-6:]
