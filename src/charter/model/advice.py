"""Validation warnings: what a charter may legally say but probably does not mean.

A warning is an :class:`~charter.errors.Issue` (a path and a plain message), like a
problem, but the charter still loads: ``Charter.warnings()`` lists them and
``charter validate`` prints them (``--strict`` makes them fail). See
docs/documents.md#warnings.

- **Dated days off that run out**: a calendar's dated closures, or a channel's dated
  special days, end in a year while the charter is still valid after it (or has no end
  date). From the next year on those days count as working days, silently.
- **A rule that changes the plain reading** of its period: a receipt on a closed day
  moved to the next working day before counting, a last day on a weekend moved on.
  The legal presets (``EU_1182_71``, ``BE_JUDICIAL_CODE``) are what the law says and
  are not warned about.
- **Hours that contradict their channel or calendar**: special hours that open on a
  holiday of the hours' own calendar, hours by appointment on a channel that needs
  none, a guarantee counting the days of one calendar on a channel that closes on the
  days of another.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

from charter.clock.periods import Unit
from charter.clock.rules import BE_JUDICIAL_CODE, EU_1182_71, CountingRule
from charter.errors import MAX_YEAR, Issue, excerpt
from charter.hours.model import MonthDay, OpeningHours
from charter.model.channels import Appointment

if TYPE_CHECKING:
    from charter.model.charter import Charter
    from charter.model.guarantees import Guarantee

__all__ = ["charter_warnings"]

#: Units read as calendar time, whose last day a roll forward can move.
_CALENDAR_UNITS = frozenset({Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS})
#: Units counted in days, whose first day a receipt moved past a closed day shifts.
_DAY_UNITS = _CALENDAR_UNITS | {Unit.WORKING_DAYS}
#: The legal presets: the law's reading, not a service's.
_LEGAL = (EU_1182_71, BE_JUDICIAL_CODE)
#: How many years of a yearly special day are checked against the holidays.
_YEARS_CHECKED = 5
#: The most days of one dated special period checked one by one.
_DAYS_CHECKED = 366


def charter_warnings(c: Charter) -> tuple[Issue, ...]:
    """Every warning about charter *c*, in document order."""
    return tuple(_all(c))


def _all(c: Charter) -> Iterator[Issue]:
    for index, spec in enumerate(c.calendars):
        if spec.closures.entries:
            last = spec.closures.entries[-1][0].year
            where = f"$.calendars[{index}].closures"
            yield from _runs_out(c, where, "closure days are dated", last)
    for index, channel in enumerate(c.channels):
        where = f"$.channels[{index}]"
        hours = channel.hours
        if hours is None:
            continue
        if hours.by_appointment and channel.appointment is Appointment.NOT_NEEDED:
            yield Issue(
                f"{where}.appointment",
                "the hours are by appointment, and the channel says no appointment is needed",
            )
        dated = [day for special in hours.special for day in _bounds(special.start, special.end)]
        if dated:
            yield from _runs_out(c, f"{where}.hours", "special days are dated", max(dated).year)
        early = [day for item in hours.close_early for day in _bounds(item.start, item.end)]
        if early:
            what = "days closing early are dated"
            yield from _runs_out(c, f"{where}.hours.close_early", what, max(early).year)
        yield from _opens_holidays(c, f"{where}.hours", hours)
    channels = {channel.id: channel for channel in c.channels}
    for index, g in enumerate(c.guarantees):
        where = f"$.guarantees[{index}]"
        yield from _plain_reading(f"{where}.rule", g)
        yield from _other_calendar(c, where, g, channels)


def _bounds(start: date | MonthDay, end: date | MonthDay | None) -> list[date]:
    return [bound for bound in (start, end) if isinstance(bound, date)]


def _runs_out(c: Charter, where: str, what: str, last: int) -> Iterator[Issue]:
    if c.valid_until is not None and c.valid_until.year <= last:
        return
    until = (
        "the charter has no end date (valid_until)"
        if c.valid_until is None
        else f"the charter is valid until {c.valid_until.isoformat()}"
    )
    yield Issue(
        where,
        f"{what} up to {last} and {until}: from {last + 1} on, none of these days is "
        "known (add next year's, make them recurring, or set valid_until)",
    )


def _plain_reading(where: str, g: Guarantee) -> Iterator[Issue]:
    rule: CountingRule = g.rule
    if rule in _LEGAL:
        return
    units = {unit for _, unit in g.period.parts}
    name = excerpt(rule.name)
    if rule.cutoff_non_working_day and units & _DAY_UNITS:
        yield Issue(
            where,
            f"rule {name} moves a receipt on a closed day to the next working day before "
            f"counting: {g.period} from a Saturday then starts a day later than read "
            "(cutoff_non_working_day)",
        )
    if rule.roll_forward and units & _CALENDAR_UNITS:
        yield Issue(
            where,
            f"rule {name} moves a last day that is not a working day to the next working day: "
            f"{g.period} can end later than read (roll_forward)",
        )


def _opens_holidays(c: Charter, where: str, hours: OpeningHours) -> Iterator[Issue]:
    calendar = hours.holidays
    if calendar is None:
        return
    for k, special in enumerate(hours.special):
        if not special.hours:
            continue  # a closure: no contradiction
        for day in _special_days(c, special.start, special.end):
            name = calendar.name(day)
            if name is not None:
                yield Issue(
                    f"{where}.special[{k}]",
                    f"special hours open on {day.isoformat()}, a day off of the hours' "
                    f"calendar ({excerpt(name)}): the service is open on a holiday",
                )
                break


def _special_days(
    c: Charter, start: date | MonthDay, end: date | MonthDay | None
) -> Iterable[date]:
    """The days a special period covers.

    Dated ones as they are; yearly ones in the years the charter is valid (at most a few,
    from ``valid_from``; none without it).
    """
    if isinstance(start, date):
        last = end if isinstance(end, date) else start
        count = min((last - start).days + 1, _DAYS_CHECKED)
        return [start + timedelta(days=n) for n in range(count)]
    if c.valid_from is None:
        return []
    first_year = c.valid_from.year
    last_year = first_year + _YEARS_CHECKED - 1
    if c.valid_until is not None:
        last_year = min(last_year, c.valid_until.year)
    last_year = min(last_year, MAX_YEAR)
    stop = end if isinstance(end, MonthDay) else start
    days: list[date] = []
    for year in range(first_year, last_year + 1):
        days.extend(_yearly(year, start, stop))
    return days


def _yearly(year: int, start: MonthDay, stop: MonthDay) -> list[date]:
    days: list[date] = []
    month, day = start.month, start.day
    for _ in range(_DAYS_CHECKED):
        with contextlib.suppress(ValueError):  # 29 February in a common year
            days.append(date(year, month, day))
        if (month, day) == (stop.month, stop.day):
            break
        following = date(2000, month, day) + timedelta(days=1)
        month, day = following.month, following.day
    return days


def _other_calendar(
    c: Charter, where: str, g: Guarantee, channels: Mapping[str, object]
) -> Iterator[Issue]:
    own = next(spec for spec in c.calendars if spec.id == g.calendar)
    days_off = own.days_off()
    for k, channel_id in enumerate(g.channels):
        channel = channels.get(channel_id)
        hours = getattr(channel, "hours", None)
        if not isinstance(hours, OpeningHours) or hours.holidays is None:
            continue
        if hours.holidays != days_off:
            yield Issue(
                f"{where}.channels[{k}]",
                f"the guarantee counts the working days of calendar {excerpt(g.calendar)}, "
                f"and channel {excerpt(channel_id)} closes on the days off of another calendar",
            )
