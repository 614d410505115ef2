"""The events of a case that move its deadline: suspension, resumption, extension, answer.

They are inputs to :func:`charter.deadline` (DESIGN §7, §11); :mod:`charter.cases`
validates whole case histories.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> Extended(at=datetime(2026, 5, 4, 9, tzinfo=ZoneInfo("Europe/Brussels")), by="2 months").by
Period(2, Unit.MONTHS)
"""

from __future__ import annotations

from datetime import datetime

from attrs import field, frozen

from charter.calendars.instants import check_instant
from charter.clock.periods import Period, to_period
from charter.text import LocalizedText, TextLike, to_text

__all__ = ["Answered", "Event", "Extended", "Resumed", "Suspended"]


def _reason(value: TextLike | None) -> LocalizedText | None:
    return None if value is None else to_text(value)


def _instant(value: datetime) -> datetime:
    return check_instant(value)


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
