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
from datetime import UTC, date, datetime
from enum import Enum

from attrs import field, frozen

from charter.calendars.base import check_date
from charter.calendars.instants import check_supported_instant
from charter.clock.periods import Period, to_period
from charter.errors import CaseError, CharterTypeError, CharterValueError
from charter.text import LocalizedText, TextLike, to_text

__all__ = [
    "Answered",
    "Event",
    "Extended",
    "Resumed",
    "Start",
    "Started",
    "Suspended",
    "check_history",
]


class Start(Enum):
    """The event a guarantee's period counts from (docs/deadlines.md#start-events).

    ``RECEIVED``, the default, is the receipt of the question itself; the others are a
    :class:`Started` event in the case's history.
    """

    RECEIVED = "received"
    """The question, request or complaint was received."""
    COMPLETE = "complete"
    """The file is complete: the last document the service asked for came in."""
    ACKNOWLEDGED = "acknowledged"
    """The acknowledgement of receipt was sent."""
    ADMISSIBLE = "admissible"
    """The request or complaint was declared admissible."""
    NOTIFIED = "notified"
    """The decision was notified (a payment due within a period of it, say)."""


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
class Started:
    """The event the guarantee counts from happened (a :class:`Start` other than the receipt).

    The file became complete, say: the period counts from *at*, not from the receipt.
    """

    at: datetime = field(converter=_instant)


def _optional_period(value: Period | str | None) -> Period | None:
    return None if value is None else to_period(value)


def _until(value: date | None) -> date | None:
    return None if value is None else check_date(value, "an extension until")


@frozen(kw_only=True)
class Extended:
    """The deadline is extended (the notice given to the client at *at*).

    Either *by* a period, or *until* a date: a holding reply that tells the client the
    date of the answer, which is then due by the end of that day (docs/deadlines.md
    #extension-to-a-date).
    """

    at: datetime = field(converter=_instant)
    by: Period | None = field(default=None, converter=_optional_period)
    until: date | None = field(default=None, converter=_until)
    reason: LocalizedText | None = field(default=None, converter=_reason)

    def __attrs_post_init__(self) -> None:
        if (self.by is None) == (self.until is None):
            raise CharterValueError("an extension is either by a period or until a date: give one")


@frozen(kw_only=True)
class Answered:
    """The service answered: the case is closed."""

    at: datetime = field(converter=_instant)


#: Any case event.
Event = Started | Suspended | Resumed | Extended | Answered
_EVENTS = (Started, Suspended, Resumed, Extended, Answered)


def check_history(received: datetime, events: Iterable[Event]) -> tuple[Event, ...]:
    """The events of a case received at *received*, checked to make a possible history.

    Events are in time order (compared in UTC: wall clocks repeat an hour in autumn),
    none before the receipt; one start event at most, and no suspension or extension
    before it; a resumption only while suspended, no suspension while suspended; nothing
    after the answer. A suspension may still be open at the end, and
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
    changed = started = False
    for index, event in enumerate(found):
        if not isinstance(event, _EVENTS):
            raise CharterTypeError.expected(f"a case event at index {index}", event)
        at = event.at.astimezone(UTC)
        problem = _problem(event, at < previous, suspended=suspended, answered=answered)
        if problem is None and type(event) is Started:
            problem = _start_problem(started=started, changed=changed)
            started = True
        if problem is not None:
            raise CaseError.at_event(index, event, problem)
        previous = at
        if isinstance(event, (Suspended, Resumed)):
            suspended = isinstance(event, Suspended)
            changed = True
        elif type(event) is Extended:
            changed = True
        answered = isinstance(event, Answered)
    return found


def _start_problem(*, started: bool, changed: bool) -> str | None:
    if started:
        return "started a second time"
    if changed:
        return "started after a suspension or an extension: the clock was not running yet"
    return None


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
