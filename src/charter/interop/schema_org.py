"""The charter as schema.org JSON-LD, for search engines and web pages (docs/interop.md).

The organisation is a ``GovernmentOrganization`` whose ``contactPoint`` is each channel
(its telephone, e-mail, address of its page, languages, and ``hoursAvailable``); each
guarantee is a ``GovernmentService`` it provides, reached through ``ServiceChannel``
nodes with the guarantee's ``processingTime`` where ISO 8601 can say it exactly.

schema.org has no yearly rules and no public holidays: the seasons, holidays and special
days are written as dated ``OpeningHoursSpecification`` nodes for a window of dates
(``start``/``end``, by default the charter's validity). Its conventions, which the docs
spell out: ``closes`` at or before ``opens`` runs past midnight, ``24:00`` is the end of
the day, and ``opens`` = ``closes`` = ``00:00`` is closed all day.

>>> import charter
>>> from charter.interop import to_schema_org
>>> data = to_schema_org(charter.examples.load())
>>> [node["@type"] for node in data["@graph"]][:2]
['GovernmentOrganization', 'GovernmentService']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from attrs import evolve

from charter.calendars.base import check_date
from charter.errors import CharterTypeError, InteropError, Issue
from charter.hours.model import OpeningHours
from charter.hours.ranges import TimeRange, WeeklySchedule, format_minute
from charter.hours.rules import State
from charter.interop._common import MAX_DAYS, JsonLd, check_window, iso_duration, tagged
from charter.interop._days import check_sayable, dates, exceptions, season_spans
from charter.model.channels import Channel, ChannelKind
from charter.model.charter import Charter
from charter.model.contact import PostalAddress, Url
from charter.model.guarantees import Guarantee

__all__ = ["CONTEXT", "MAX_DAYS", "opening_hours_specification", "to_schema_org"]

#: The context of the documents: schema.org's vocabulary, days of the week as its IRIs.
#: Written inline (not ``"https://schema.org"``), so that no reader fetches anything.
CONTEXT: dict[str, Any] = {
    "@vocab": "https://schema.org/",
    "dayOfWeek": {"@type": "@vocab"},
}
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_CLOSED = {"opens": "00:00", "closes": "00:00"}


def to_schema_org(c: Charter, *, start: date | None = None, end: date | None = None) -> JsonLd:
    """The charter *c* as schema.org JSON-LD (a ``@graph``); see the module's documentation.

    *start* and *end* (both included) bound the dated days written: by default the
    charter's ``valid_from`` and ``valid_until``, or a year from *start* when the charter
    has no end. Hours with seasons, holidays or special days need a start; hours that
    schema.org cannot say (unknown times in OpenStreetMap rules) raise
    :class:`~charter.errors.InteropError` with the charter's path. Hours by appointment
    are left out: schema.org cannot say that they need one.
    """
    if not isinstance(c, Charter):
        raise CharterTypeError.expected("a Charter", c)
    window = window_of(c, start, end)
    org = _organisation(c, window)
    services = [_service(c, g) for g in c.guarantees]
    return {"@context": CONTEXT, "@graph": [org, *services]}


def window_of(c: Charter, start: date | None, end: date | None) -> tuple[date, date] | None:
    """The dates the dated days are written for; None when no channel needs any."""
    start = c.valid_from if start is None else check_date(start, "start")
    given_end = end is not None
    if end is not None:
        end = check_date(end, "end")
    elif c.valid_until is not None:
        end = c.valid_until
    elif start is not None:
        end = _a_year_from(start)
    needed = [
        f"$.channels[{index}].hours"
        for index, channel in enumerate(c.channels)
        if channel.hours is not None and _dated(channel.hours)
    ]
    if not needed:
        return None
    if start is not None and end is not None and not given_end:
        end = min(end, start + timedelta(days=MAX_DAYS - 1))  # a long validity: three years
    if start is None or end is None:
        if needed:
            message = (
                "seasons, holidays and special days are written as dates: give start= "
                "(the charter has no valid_from)"
            )
            raise InteropError([Issue(needed[0], message)])
        return None
    check_window(start, end)
    return start, end


def _a_year_from(d: date) -> date:
    try:
        return d.replace(year=d.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        return date(d.year + 1, 2, 28)


def _dated(hours: OpeningHours) -> bool:
    return not hours.structured or bool(
        hours.seasons or hours.special or hours.holidays or hours.extra or hours.close_early
    )


def _organisation(c: Charter, window: tuple[date, date] | None) -> JsonLd:
    o = c.organisation
    node: JsonLd = {"@id": "_:organisation", "@type": "GovernmentOrganization"}
    node["name"] = tagged(o.name)
    if isinstance(o.website, Url):
        node["url"] = o.website.address
    elif o.website is not None:  # one per language: each, once
        node["url"] = list(dict.fromkeys(o.website[language].address for language in o.website))
    if o.enterprise_number is not None:
        node["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "BE enterprise number (KBO/BCE)",
            "value": o.enterprise_number.value,
        }
    points = [_contact_point(channel, index, window) for index, channel in enumerate(c.channels)]
    if points:
        node["contactPoint"] = points
    return node


def _contact_point(channel: Channel, index: int, window: tuple[date, date] | None) -> JsonLd:
    node: JsonLd = {"@id": f"_:channel-{channel.id}", "@type": "ContactPoint"}
    node["name"] = tagged(channel.name)
    node["contactType"] = channel.kind.value
    contact = channel.contact
    if contact.phone is not None:
        node["telephone"] = contact.phone.text
    if contact.email is not None:
        node["email"] = contact.email.address
    if contact.url is not None:
        node["url"] = contact.url.address
    if channel.languages:
        node["availableLanguage"] = list(channel.languages)
    # Hours by appointment are left out: schema.org cannot say that they need one, and as
    # opening hours they would tell a reader to walk in (docs/interop.md).
    if channel.hours is not None and not channel.hours.by_appointment:
        try:
            node["hoursAvailable"] = opening_hours_specification(channel.hours, window)
        except InteropError as error:
            where = f"$.channels[{index}].hours"
            raise InteropError(
                [Issue(where + i.path[1:], i.message) for i in error.issues]
            ) from None
    return node


def _service(c: Charter, g: Guarantee) -> JsonLd:
    node: JsonLd = {"@id": f"_:guarantee-{g.id}", "@type": "GovernmentService"}
    node["name"] = tagged(g.description)
    node["serviceType"] = g.kind.value
    node["provider"] = {"@id": "_:organisation"}
    channels = [_service_channel(c.channel(channel_id), g) for channel_id in g.channels]
    if channels:
        node["availableChannel"] = channels
    return node


def _service_channel(channel: Channel, g: Guarantee) -> JsonLd:
    node: JsonLd = {"@type": "ServiceChannel", "name": tagged(channel.name)}
    if channel.languages:
        node["availableLanguage"] = list(channel.languages)
    duration = iso_duration(g.period)
    if duration is not None:
        node["processingTime"] = duration
    contact = channel.contact
    if contact.phone is not None:
        node["servicePhone"] = {"@id": f"_:channel-{channel.id}"}
    if contact.url is not None:
        node["serviceUrl"] = contact.url.address
    if contact.address is not None:
        address = _address(contact.address)
        if channel.kind is ChannelKind.POST:
            node["servicePostalAddress"] = address
        else:
            node["serviceLocation"] = {"@type": "Place", "address": address}
    return node


def _address(a: PostalAddress) -> JsonLd:
    return {
        "@type": "PostalAddress",
        "streetAddress": a.street if isinstance(a.street, str) else tagged(a.street),
        "postalCode": a.postal_code,
        "addressLocality": a.city if isinstance(a.city, str) else tagged(a.city),
        "addressCountry": a.country,
    }


# -- opening hours -------------------------------------------------------------------------


def opening_hours_specification(
    hours: OpeningHours, window: tuple[date, date] | None
) -> list[JsonLd]:
    """*hours* as ``OpeningHoursSpecification`` nodes: the week, then the dated days.

    Seasons, holidays and special days are written for the dates of *window* (None: the
    hours must have none). The hours must have their parts and not be by appointment.
    """
    if any(item.by_appointment for item in hours.extra):  # walk-in hours only
        walk_in = [item for item in hours.extra if not item.by_appointment]
        hours = evolve(hours, extra=walk_in, rules=())  # the parts compile anew
    if not hours.structured or hours.extra:  # the first Thursday: no week says it
        if window is None:
            message = "hours held as rules or with extra hours need a window of dates"
            raise InteropError([Issue("$", message)])
        return _day_by_day(hours, window)
    check_sayable(hours, "$", "schema.org")
    assert hours.weekly is not None  # noqa: S101 - check_sayable refused hours without parts
    specs = _week(hours.weekly)
    if window is None:
        if _dated(hours):
            raise InteropError([Issue("$", "dated days need a window of dates")])
        return specs
    start, end = window
    for season in hours.seasons:
        for first, last in season_spans(season, start, end):
            valid = {"validFrom": first.isoformat(), "validThrough": last.isoformat()}
            specs.extend(spec | valid for spec in _week(season.weekly, closed_days=True))
    for day in exceptions(hours, start, end):
        valid = {"validFrom": day.day.isoformat(), "validThrough": day.day.isoformat()}
        for spec in _ranges(day.ranges):
            specs.append({"@type": "OpeningHoursSpecification", **spec, **valid})
    return specs


def _day_by_day(hours: OpeningHours, window: tuple[date, date]) -> list[JsonLd]:
    """Hours held as rules: each weekday's most frequent ranges, and every other day dated.

    Within the window every day is exact (the rules evaluated on real instants); beyond it
    readers see the week alone.
    """
    if hours.by_appointment:
        check_sayable(hours, "$", "schema.org")
    zone = ZoneInfo(hours.timezone)
    first, last = window
    start = datetime.combine(first, time(), tzinfo=zone)
    end = datetime.combine(last + timedelta(days=1), time(), tzinfo=zone)
    if next(hours.intervals(start, end, state=State.UNKNOWN), None) is not None:
        message = "unknown times (a comment, an open end): schema.org cannot say them"
        raise InteropError([Issue("$", message)])
    days: dict[date, list[TimeRange]] = {d: [] for d in dates(first, last)}
    for begin, finish in hours.intervals(start, end):
        for d, a, b in _local_days(begin.astimezone(zone), finish.astimezone(zone)):
            days[d].append(TimeRange(a, b))
    usual = [
        Counter(tuple(ranges) for d, ranges in days.items() if d.weekday() == day).most_common(1)
        for day in range(7)
    ]
    week = WeeklySchedule(tuple(found[0][0] if found else () for found in usual))
    specs = _week(week)
    for d, ranges in days.items():
        if tuple(ranges) != week.days[d.weekday()]:
            valid = {"validFrom": d.isoformat(), "validThrough": d.isoformat()}
            specs.extend(
                {"@type": "OpeningHoursSpecification", **t, **valid} for t in _ranges(ranges)
            )
    return specs


def _local_days(begin: datetime, finish: datetime) -> Iterator[tuple[date, int, int]]:
    """An interval as (day, first minute, last minute) pieces, cut at each local midnight."""
    while begin < finish:
        day_end = datetime.combine(begin.date() + timedelta(days=1), time(), tzinfo=begin.tzinfo)
        piece = min(finish, day_end)
        last = 1440 if piece.date() > begin.date() else piece.hour * 60 + piece.minute
        yield begin.date(), begin.hour * 60 + begin.minute, last
        begin = piece


def _week(weekly: WeeklySchedule, *, closed_days: bool = False) -> list[JsonLd]:
    """One node per time range, naming the days that have it; with *closed_days*, theirs too."""
    by_range: dict[TimeRange, list[str]] = {}
    closed: list[str] = []
    for index, ranges in enumerate(weekly.days):
        for r in ranges:
            by_range.setdefault(r, []).append(_DAYS[index])
        if not ranges:
            closed.append(_DAYS[index])
    specs = [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": days, **_times(r)}
        for r, days in sorted(by_range.items())
    ]
    if closed_days and closed:
        specs.append({"@type": "OpeningHoursSpecification", "dayOfWeek": closed, **_CLOSED})
    return specs


def _ranges(ranges: Iterable[TimeRange]) -> list[dict[str, str]]:
    found = [_times(r) for r in ranges]
    return found or [_CLOSED]


def _times(r: TimeRange) -> dict[str, str]:
    """``opens`` and ``closes``: past midnight, ``closes`` is the next day's time."""
    end = r.end if r.end <= 1440 else r.end - 1440
    return {"opens": format_minute(r.start), "closes": format_minute(end)}
