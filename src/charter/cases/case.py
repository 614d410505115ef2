"""A case: a question received under a guarantee, and what happened to it since.

A ``Case`` checks that its history can be (events in time order, none before the
receipt, a resumption only while suspended, nothing after the answer); whether the
guarantee allows it (suspension, extensions) is checked against the charter, when the
case is evaluated.

>>> from datetime import UTC, datetime
>>> from zoneinfo import ZoneInfo
>>> from charter import Resumed, Suspended
>>> brussels = ZoneInfo("Europe/Brussels")
>>> case = Case(
...     guarantee="substantive",
...     received=datetime(2026, 12, 1, 10, tzinfo=brussels),
...     events=[
...         Suspended(at=datetime(2026, 12, 3, 9, tzinfo=brussels)),
...         Resumed(at=datetime(2026, 12, 8, 9, tzinfo=brussels)),
...     ],
...     reference="2026/0042",
... )
>>> case.answered is None, case.suspended
(True, False)
>>> from charter import CaseError
>>> try:
...     Case(guarantee="info", received=case.received, events=[Resumed(at=case.received)])
... except CaseError as error:
...     print(error.index, "-", error)
0 - event 0 (Resumed at 2026-12-01T10:00:00+01:00): resumed while not suspended
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from attrs import field, frozen

from charter._checks import check_id
from charter._records import builder
from charter.calendars.instants import check_instant, check_supported_instant
from charter.clock.events import Answered, Event, Resumed, Started, Suspended, check_history
from charter.errors import MAX_YEAR, MIN_YEAR, CaseError, CharterTypeError
from charter.model.guarantees import Guarantee

__all__ = ["Case", "check_policy", "read_case"]


def _events(values: Iterable[Event]) -> tuple[Event, ...]:
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise CharterTypeError.expected("an iterable of case events", values)
    return tuple(values)


def _received(value: datetime) -> datetime:
    return check_supported_instant(value, "received")


def _reference(value: str | None) -> str | None:
    if value is not None and not isinstance(value, str):
        raise CharterTypeError.expected("a text or None as reference", value)
    return value


@frozen(kw_only=True)
class Case:
    """A question received under guarantee *guarantee*, with its events in time order."""

    guarantee: str = field(converter=check_id)
    received: datetime = field(converter=_received)
    events: tuple[Event, ...] = field(default=(), converter=_events)
    reference: str | None = field(default=None, converter=_reference)

    def __attrs_post_init__(self) -> None:
        try:
            check_history(self.received, self.events)
        except CaseError as error:
            raise error.for_case(self.reference) from None

    @property
    def answered(self) -> datetime | None:
        """When the case was answered, or ``None``."""
        last = self.events[-1] if self.events else None
        return last.at if isinstance(last, Answered) else None

    @property
    def suspended(self) -> bool:
        """Whether the case's last suspension is still open (the answer aside)."""
        for event in reversed(self.events):
            if isinstance(event, Suspended | Resumed):
                return isinstance(event, Suspended)
        return False

    @property
    def started(self) -> datetime | None:
        """When the event the guarantee counts from happened, if it is not the receipt.

        The instant of the case's :class:`~charter.clock.events.Started` event, or None.
        """
        for event in self.events:
            if type(event) is Started:
                return event.at
        return None

    def known_at(self, at: datetime) -> tuple[Event, ...]:
        """The events that had happened at *at* (a prefix of :attr:`events`)."""
        # In UTC, not by wall clocks: autumn repeats an hour.
        return self.known_before(check_instant(at).astimezone(UTC))

    def known_before(self, at_utc: datetime) -> tuple[Event, ...]:
        """:meth:`known_at` for an instant in UTC (for callers that convert it once)."""
        events = self.events
        count = len(events)
        while count and events[count - 1].at > at_utc:  # two zones: compared as instants
            count -= 1
        return events if count == len(events) else events[:count]


def check_policy(guarantee: Guarantee, events: Iterable[Event]) -> None:
    """Whether *guarantee* allows *events*: see :meth:`~charter.model.Guarantee.check_events`."""
    if not isinstance(guarantee, Guarantee):
        raise CharterTypeError.expected("a Guarantee", guarantee)
    guarantee.check_events(events)


#: A case of values a reader checked as it read them (see :func:`read_case`).
_case = builder(Case, checked_by_caller=True)


def read_case(
    guarantee: str,
    received: datetime,
    events: tuple[Event, ...],
    reference: str | None,
    ids: set[str],
) -> Case:
    """The ``Case`` of a row a reader read: what ``Case(...)`` checks, checked once.

    *received* and the events' instants are aware and within the supported years, and
    *reference* is a text or None: the reader read them so. What is left is checked
    here, in the order ``Case`` checks it: the guarantee's id (once per id: *ids* holds
    those checked already) and the history.
    """
    if guarantee not in ids:
        ids.add(check_id(guarantee))
    if not MIN_YEAR <= received.year <= MAX_YEAR:
        check_supported_instant(received, "received")  # raises, as Case(received=...) does
    try:
        check_history(received, events)
    except CaseError as error:
        raise error.for_case(reference) from None
    return _case(guarantee, received, events, reference)
