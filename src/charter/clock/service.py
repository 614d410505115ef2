"""Service hours: time counted only while a channel is open (docs/design.md).

"Callback within 4 service hours" received on Friday at 15:00, with a channel open
Monday to Friday 09:00-17:00, is due on Monday at 11:00. Time suspended while the
service waits for the client is open time that does not count.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from charter.clock.steps import SuspensionCounted
from charter.errors import CharterValueError
from charter.hours.model import OpeningHours

__all__ = ["service_due"]

#: How far ahead service hours are looked for before giving up (never open enough).
HORIZON = timedelta(days=3 * 366)

_Pause = tuple[datetime, datetime]


def service_due(
    hours: OpeningHours,
    start: datetime,
    needed: timedelta,
    suspensions: list[_Pause],
) -> tuple[datetime, list[SuspensionCounted]]:
    """Where *needed* open time of *hours* from *start* is reached, skipping suspensions.

    Returns the instant (in the schedule's zone) and a step for each suspension that
    took open time.
    """
    pauses = [(a.astimezone(UTC), b.astimezone(UTC)) for a, b in suspensions]
    paused = dict.fromkeys(pauses, timedelta())
    left = needed
    for a, b in hours.intervals(start, start + HORIZON):
        closes = b.astimezone(UTC)
        for piece_start, piece_end in _minus(a.astimezone(UTC), closes, paused):
            if piece_end - piece_start >= left:
                _not_after(piece_start + left, closes, paused)
                zone = a.tzinfo
                steps = [
                    SuspensionCounted(
                        suspended=s.astimezone(zone), resumed=r.astimezone(zone), time=taken
                    )
                    for (s, r), taken in paused.items()
                    if taken  # the channel was closed all along: nothing to explain
                ]
                return (piece_start + left).astimezone(zone), steps
            left -= piece_end - piece_start
    raise CharterValueError(
        f"the channel is not open {needed} within three years of {start.isoformat()}"
    )


def _not_after(due: datetime, closes: datetime, paused: dict[_Pause, timedelta]) -> None:
    """Take back the open time a pause took after *due* (up to *closes*): it moved nothing."""
    for (a, b), taken in paused.items():
        after = min(b, closes) - max(a, due)
        if after > timedelta():
            paused[a, b] = taken - after


def _minus(start: datetime, end: datetime, paused: dict[_Pause, timedelta]) -> list[_Pause]:
    """``[start, end)`` without the pauses; the open time each pause took is added up."""
    pieces = [(start, end)]
    for pause in paused:
        a, b = pause
        kept: list[_Pause] = []
        for s, e in pieces:
            overlap = min(e, b) - max(s, a)
            if overlap <= timedelta():
                kept.append((s, e))
                continue
            paused[pause] += overlap
            if s < a:
                kept.append((s, a))
            if b < e:
                kept.append((b, e))
        pieces = kept
    return pieces
