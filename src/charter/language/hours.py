"""Opening hours in words: ``maandag tot vrijdag van 9.00 tot 12.00 uur; gesloten op feestdagen``.

>>> from charter import OpeningHours, belgium
>>> hours = OpeningHours.from_osm(
...     "Mo-Fr 09:00-12:00,13:00-16:00; PH off",
...     timezone="Europe/Brussels",
...     holidays=belgium.LEGAL,
... )
>>> print(describe_hours(hours, "nl_BE"))
maandag tot vrijdag van 9.00 tot 12.00 uur en van 13.00 tot 16.00 uur; gesloten op feestdagen
>>> print(describe_hours(hours, "fr_BE"))
du lundi au vendredi de 9 h à 12 h et de 13 h à 16 h ; fermé les jours fériés
"""

from __future__ import annotations

from datetime import date

from charter._checks import MINUTES_PER_DAY
from charter.errors import CharterTypeError
from charter.hours.model import MonthDay, OpeningHours, SpecialHours
from charter.hours.ranges import TimeRange, WeeklySchedule
from charter.language._rules import describe_rules
from charter.language.messages import Messages

__all__ = ["describe_hours", "ranges_of"]

_LEAP_YEAR = 2028  # month-days are shown in a year where 29 February exists


def describe_hours(hours: OpeningHours, locale: str | Messages) -> str:
    """*hours* in the words of *locale*: the weekly hours, seasons, holidays, special days.

    Days with the same hours in a row are one range of days (``monday to friday``);
    closed days are left out; parts are joined with ``;``. Hours without parts (rules
    alone, ``weekly`` None) are said one rule after another, each as it applies on the
    days it names (:mod:`charter.language._rules`).
    """
    if not isinstance(hours, OpeningHours):
        raise CharterTypeError.expected("OpeningHours", hours)
    m = locale if isinstance(locale, Messages) else Messages(locale)
    if hours.weekly is None:  # rules alone (``Th[1] 09:00-20:00``): one clause per rule
        return describe_rules(hours.rules, hours.holidays, m)
    parts = [_weekly(hours.weekly, m)]
    for season in hours.seasons:
        text = m.gettext("from {start} to {end}: {hours}").format(
            start=_month_day(season.start, m),
            end=_month_day(season.end, m),
            hours=_weekly(season.weekly, m),
        )
        parts.append(text)
    if hours.holidays is not None:
        if hours.holiday_hours:
            ranges = ranges_of(hours.holiday_hours, m)
            parts.append(m.gettext("on public holidays {hours}").format(hours=ranges))
        else:
            parts.append(m.gettext("closed on public holidays"))
    parts.extend(_special(special, m) for special in hours.special)
    text = m.gettext("; ").join(part for part in parts if part)
    if hours.by_appointment:
        text = m.gettext("by appointment: {hours}").format(hours=text)
    return text


def _weekly(weekly: WeeklySchedule, m: Messages) -> str:
    """Each run of consecutive weekdays with the same hours, then its hours."""
    runs: list[tuple[int, int, tuple[TimeRange, ...]]] = []
    for day, ranges in enumerate(weekly.days):
        if runs and runs[-1][2] == ranges and runs[-1][1] == day - 1:
            runs[-1] = (runs[-1][0], day, ranges)
        else:
            runs.append((day, day, ranges))
    if runs == [(0, 6, (TimeRange(0, MINUTES_PER_DAY),))]:
        return m.gettext("every day, around the clock")
    parts = []
    for first, last, ranges in runs:
        if not ranges:
            continue
        if (first, last) == (0, 6):
            days = m.gettext("every day")
        elif first == last:
            days = m.weekday(first)
        else:
            days = m.gettext("{first} to {last}").format(
                first=m.weekday(first), last=m.weekday(last)
            )
        parts.append(m.gettext("{days} {hours}").format(days=days, hours=ranges_of(ranges, m)))
    return m.gettext("; ").join(parts) if parts else m.gettext("closed")


def ranges_of(ranges: tuple[TimeRange, ...], m: Messages) -> str:
    """A day's ranges in words: ``van 9.00 tot 12.00 uur en van 13.00 tot 16.00 uur``."""
    return m.list(
        [
            m.gettext("from {start} to {end}").format(
                start=m.clock(r.start),
                end=m.clock(r.end if r.end <= MINUTES_PER_DAY else r.end - MINUTES_PER_DAY),
            )
            for r in ranges
        ]
    )


def _month_day(value: MonthDay, m: Messages) -> str:
    return m.day_month(date(_LEAP_YEAR, value.month, value.day))


def _bound(value: date | MonthDay, m: Messages) -> str:
    return m.full_date(value) if isinstance(value, date) else _month_day(value, m)


def _special(special: SpecialHours, m: Messages) -> str:
    start = _bound(special.start, m)
    ranges = ranges_of(special.hours, m) if special.hours else None
    if special.end is not None and special.end != special.start:
        end = _bound(special.end, m)
        if ranges is None:
            text = m.gettext("closed from {start} to {end}").format(start=start, end=end)
        else:
            text = m.gettext("from {start} to {end}: {hours}").format(
                start=start, end=end, hours=ranges
            )
    elif ranges is None:
        text = m.gettext("closed on {date}").format(date=start)
    else:
        text = m.gettext("on {date} {hours}").format(date=start, hours=ranges)
    if special.note is not None and m.language in special.note:
        text = m.gettext("{text} ({note})").format(text=text, note=special.note[m.language])
    return text
