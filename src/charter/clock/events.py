"""The events of a case that move its deadline: suspension, resumption, extension, answer.

They are inputs to :func:`charter.deadline` (docs/design.md); :mod:`charter.cases`
validates whole case histories.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> Extended(at=datetime(2026, 5, 4, 9, tzinfo=ZoneInfo("Europe/Brussels")), by="2 months").by
Period(2, Unit.MONTHS)
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from attrs import field, frozen

from charter.calendars.instants import check_supported_instant
from charter.clock.periods import Period, to_period
from charter.errors import CaseError, CharterTypeError
from charter.text import LocalizedText, TextLike, to_text

__all__ = ["Answered", "Event", "Extended", "Resumed", "Suspended", "check_history"]


def _reason(value: TextLike | None) -> LocalizedText | None:
    return None if value is None else to_text(value)


def _instant(value: datetime) -> datetime:
    return check_supported_instant(value, "an event at")


@frozen(kw_only=True)
class Suspended:
    """The clock stops: the service waits for the client (a missing document, say)."""

    at: datetime = field(converter=_instant)
    reason: LocalizedText | None = field(default=None, converter=_reason)


@frozen(kw_only=True)
class Resumed:
    """The clock runs again: the client answered, or the time given to them ran out."""

    at: datetime = field(converter=_instant)


@frozen(kw_only=True)
class Extended:
    """The deadline is extended by a period (the notice given to the client)."""

    at: datetime = field(converter=_instant)
    by: Period = field(converter=to_period)
    reason: LocalizedText | None = field(default=None, converter=_reason)


@frozen(kw_only=True)
class Answered:
    """The service answered: the case is closed."""

    at: datetime = field(converter=_instant)


#: Any case event.
Event = Suspended | Resumed | Extended | Answered
_EVENTS = (Suspended, Resumed, Extended, Answered)


def check_history(received: datetime, events: Iterable[Event]) -> tuple[Event, ...]:
    """The events of a case received at *received*, checked to make a possible history.

    Events are in time order (compared in UTC: wall clocks repeat an hour in autumn),
    none before the receipt; a resumption only while suspended, no suspension while
    suspended; nothing after the answer. A suspension may still be open at the end, and
    the answer may come while suspended. Raises :class:`~charter.errors.CaseError`
    naming the event's index.
    """
    if type(events) is tuple:
        found: tuple[Event, ...] = events
    elif isinstance(events, str | bytes) or not isinstance(events, Iterable):
        raise CharterTypeError.expected("an iterable of case events", events)
    else:
        found = tuple(events)
    previous = received.astimezone(UTC)
    suspended = False
    answered = False
    for index, event in enumerate(found):
        if not isinstance(event, _EVENTS):
            raise CharterTypeError.expected(f"a case event at index {index}", event)
        at = event.at.astimezone(UTC)
        problem = _problem(event, at < previous, suspended=suspended, answered=answered)
        if problem is not None:
            raise CaseError.at_event(index, event, problem)
        previous = at
        if isinstance(event, (Suspended, Resumed)):
            suspended = isinstance(event, Suspended)
        answered = isinstance(event, Answered)
    return found


def _problem(event: Event, early: bool, *, suspended: bool, answered: bool) -> str | None:  # noqa: FBT001
    """What is wrong with *event* after the history so far, if anything."""
    if early:
        return "before the receipt or the event before it"
    if answered:
        return "after the answer, which closed the case"
    if suspended and isinstance(event, Suspended):
        return "suspended while already suspended"
    if not suspended and isinstance(event, Resumed):
        return "resumed while not suspended"
    return None
