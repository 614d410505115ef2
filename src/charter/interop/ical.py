"""iCalendar (RFC 5545): the charter's days off and special hours, a case's promised date.

Built with the ``icalendar`` package (the extra ``charter[interop]``), imported on first
use. Every event's UID is a digest of what it is (the organisation, the calendar or the
channel, the date, the kind of day, the hours), so a feed published again updates the
events subscribers already have instead of adding them twice; ``DTSTAMP``, which RFC 5545
requires, comes from the data too (the first day of the range, a deadline's receipt): the
feeds read no clock, and the same charter and range give the same file.

>>> import charter
>>> from datetime import date
>>> from charter.interop import to_ical
>>> feed = to_ical(charter.examples.load(), start=date(2026, 12, 24), end=date(2026, 12, 31))
>>> feed.count("BEGIN:VEVENT"), "BEGIN:VTIMEZONE" in feed
(4, True)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from types import ModuleType
from typing import Any
from zoneinfo import ZoneInfo

from charter.calendars.base import check_date
from charter.clock.deadline import Deadline
from charter.errors import CharterTypeError, InteropError, Issue, MissingDependencyError
from charter.hours.ranges import TimeRange
from charter.interop._common import MAX_DAYS, check_window
from charter.interop._days import check_sayable, dates, exceptions
from charter.model.channels import Channel
from charter.model.charter import Charter
from charter.model.guarantees import GuaranteeKind
from charter.text import LocalizedText, Register

__all__ = ["MAX_DAYS", "deadline_to_ical", "to_ical"]

_PRODID = "-//charter//charter.interop//EN"


def _icalendar() -> ModuleType:
    try:
        import icalendar  # noqa: PLC0415 - an optional extra, imported on use
    except ImportError:  # pragma: no cover - the test environment has the extra
        raise MissingDependencyError.for_extra("icalendar", "interop") from None
    return icalendar


def _uid(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32] + "@charter"


def _names(text: LocalizedText, languages: Iterable[str]) -> str:
    """*text* in each of *languages* it has (its own if none), different ones joined by ' / '."""
    chosen = [text[code] for code in languages if code in text.languages] or [
        text[code] for code in text.languages
    ]
    return " / ".join(dict.fromkeys(chosen))


def to_ical(c: Charter, *, start: date, end: date, channel: str | None = None) -> str:
    """The days off and special hours from *start* to *end* (both included), as iCalendar.

    Without *channel*: each of the charter's calendars' holidays and closure days (an
    all-day event each), and every channel's special days and hours on holidays. With a
    channel id: that channel's own view, each day a special day or a holiday governs, an
    all-day event when it is closed, an event for each range of hours when it is open. A
    channel asked for by id must have hours with their parts (hours held as OpenStreetMap
    rules beyond them are refused; without a channel, such hours have no days to list).
    """
    if not isinstance(c, Charter):
        raise CharterTypeError.expected("a Charter", c)
    start, end = check_date(start, "start"), check_date(end, "end")
    check_window(start, end)
    ical = _icalendar()
    feed = ical.Calendar()
    feed.add("prodid", _PRODID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", _names(c.organisation.name, c.languages))
    feed.add("x-wr-timezone", c.timezone)
    feed.add_component(_timezone(ical, c.timezone, start, end))
    stamp = datetime.combine(start, time(), tzinfo=UTC)
    owner = _owner(c)
    if channel is None:
        for event in _days_off(c, start, end):
            feed.add_component(_event(ical, event, stamp))
        # Hours held as OpenStreetMap rules have no special days of their own to list.
        chosen = [(i, ch) for i, ch in enumerate(c.channels) if ch.hours and ch.hours.structured]
    else:
        found = c.channel(channel)
        chosen = [(c.channels.index(found), found)]
    for index, ch in chosen:
        for event in _channel_days(c, ch, index, start, end, every=channel is not None):
            feed.add_component(_event(ical, {**event, "uid": _uid(owner, *event["uid"])}, stamp))
    text: str = feed.to_ical().decode("utf-8")
    return text


def _timezone(ical: ModuleType, zone: str, start: date, end: date) -> Any:  # noqa: ANN401 - icalendar's
    """The ``VTIMEZONE`` of *zone*, its transitions from *start* to *end* (and a day on)."""
    return ical.Timezone.from_tzid(zone, first_date=start, last_date=end + timedelta(days=2))


def _owner(c: Charter) -> str:
    """Who publishes: the enterprise number, or the organisation's names."""
    number = c.organisation.enterprise_number
    if number is not None:
        return number.value
    return "|".join(f"{code}={c.organisation.name[code]}" for code in c.organisation.name.languages)


def _days_off(c: Charter, start: date, end: date) -> Iterable[dict[str, Any]]:
    owner = _owner(c)
    for spec in c.calendars:
        working = c.calendar(spec.id)
        for kind, calendar in (("holiday", working.holidays), ("closure", working.closures)):
            for d in dates(start, end):
                name = calendar.holidays(d.year).get(d)
                if name is not None:
                    yield {
                        "uid": _uid(owner, "calendar", spec.id, d.isoformat(), kind),
                        "summary": _names(name, c.languages),
                        "day": d,
                        "category": kind,
                    }


def _channel_days(  # noqa: PLR0913 - the channel, where it is, the range, which days
    c: Charter, ch: Channel, index: int, start: date, end: date, *, every: bool
) -> Iterable[dict[str, Any]]:
    """The channel's days; unless *every*, not the holidays it is closed on (the calendar's)."""
    hours = ch.hours
    if hours is None:
        message = f"channel {ch.id!r} has no opening hours"
        raise InteropError([Issue(f"$.channels[{index}].hours", message)])
    check_sayable(hours, f"$.channels[{index}].hours", "iCalendar")
    zone = ZoneInfo(c.timezone)
    for day in exceptions(hours, start, end):
        if not every and day.source == "holiday" and not day.ranges:
            continue
        summary = _names(ch.name, c.languages)
        if day.name is not None:
            summary = f"{summary}: {_names(day.name, c.languages)}"
        key = ("channel", ch.id, day.day.isoformat(), day.source)
        if not day.ranges:
            yield {
                "uid": (*key, "closed"),
                "summary": summary,
                "day": day.day,
                "category": "closed",
            }
        for r in day.ranges:
            begin, finish = _instants(day.day, r, zone)
            yield {
                "uid": (*key, str(r)),
                "summary": summary,
                "start": begin,
                "end": finish,
                "category": "open",
            }


def _instants(d: date, r: TimeRange, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The range *r* of day *d* as wall-clock times in *zone* (its end may be the next day)."""
    begin = datetime.combine(d, time(r.start // 60, r.start % 60), tzinfo=zone)
    later = d + timedelta(days=r.end // 1440)
    finish = datetime.combine(later, time(r.end % 1440 // 60, r.end % 60), tzinfo=zone)
    return begin, finish


def _event(ical: ModuleType, event: dict[str, Any], stamp: datetime) -> Any:  # noqa: ANN401 - icalendar's Event
    found = ical.Event()
    found.add("uid", event["uid"])
    found.add("dtstamp", stamp)
    found.add("summary", event["summary"])
    if "day" in event:
        found.add("dtstart", event["day"])
        found.add("dtend", event["day"] + timedelta(days=1))
        found.add("transp", "TRANSPARENT")
    else:
        found.add("dtstart", event["start"])
        found.add("dtend", event["end"])
    found.add("categories", [event["category"]])
    return found


def deadline_to_ical(  # noqa: PLR0913 - the public API: a deadline, then keywords
    d: Deadline,
    *,
    locale: str | None = None,
    guarantee: str | None = None,
    reference: str | None = None,
    kind: GuaranteeKind | str | None = None,
    register: Register | str = Register.FORMAL,
) -> str:
    """The deadline *d* as an iCalendar event at the instant it falls due, explained.

    The event starts (and, with no duration, ends) at ``d.due``, in the zone of the
    question's receipt. Its description explains the date: in English, a sentence a step
    (as ``charter deadline --explain``), or with *locale* (``"nl_BE"``) in the words the
    citizen reads (:func:`charter.language.describe_deadline`, its promise said as *kind*
    promises: an answer, a callback, a decision...; in the charter's *register*), the
    promise as its summary.

    The event's UID is made of the case: *guarantee* (its id) and *reference* (the case's
    reference in your system), with the receipt and the date. Give them: two cases received
    at the same instant under promises of the same length are otherwise one event to an
    agenda.
    """
    if not isinstance(d, Deadline):
        raise CharterTypeError.expected("a Deadline", d)
    for name, value in (("guarantee", guarantee), ("reference", reference)):
        if value is not None and not isinstance(value, str):
            raise CharterTypeError.expected(f"a text or None as {name}", value)
    zone = d.received.tzinfo if isinstance(d.received.tzinfo, ZoneInfo) else ZoneInfo("UTC")
    if locale is None:
        from charter.language.steps import explain_step  # noqa: PLC0415 - Babel on use

        summary = f"Reply due: {d.period}"
        description = "\n".join(explain_step(step, zone) for step in d.steps)
    else:
        from charter.language.deadlines import describe_deadline  # noqa: PLC0415

        words = describe_deadline(d, locale, kind=kind, register=register)
        summary, description = words.promise, "\n".join((*words.explanation, words.promise))
    ical = _icalendar()
    feed = ical.Calendar()
    feed.add("prodid", _PRODID)
    feed.add("version", "2.0")
    event = ical.Event()
    identity = (
        guarantee or "",
        reference or "",
        d.received.isoformat(),
        str(d.period),
        d.rule.name,
        d.due.isoformat(),
    )
    event.add("uid", _uid("deadline", *identity))
    event.add("dtstamp", d.received.astimezone(UTC))
    event.add("dtstart", d.due.astimezone(zone))
    event.add("summary", summary)
    event.add("description", description)
    if zone.key != "UTC":
        first, last = d.received.astimezone(zone).date(), d.due.astimezone(zone).date()
        feed.add_component(_timezone(ical, zone.key, first, last))
    feed.add_component(event)
    text: str = feed.to_ical().decode("utf-8")
    return text
