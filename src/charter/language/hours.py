"""Opening hours in words: ``van maandag tot vrijdag van 9.00 tot 12.00 uur``.

>>> from charter import OpeningHours, belgium
>>> hours = OpeningHours.from_osm(
...     "Mo-Fr 09:00-12:00,13:00-16:00; PH off",
...     timezone="Europe/Brussels",
...     holidays=belgium.LEGAL,
... )
>>> print(describe_hours(hours, "nl_BE"))
van maandag tot vrijdag van 9.00 tot 12.00 uur en van 13.00 tot 16.00 uur; gesloten op feestdagen
>>> print(describe_hours(hours, "fr_BE"))
du lundi au vendredi de 9 h à 12 h et de 13 h à 16 h ; fermé les jours fériés

Days with the same hours are said together, in a run of three or more as a range, else by
name: ``maandag, woensdag en vrijdag``, ``zaterdag en zondag``. A note on a season or a
special day is a text of its own, in the language asked for or refused
(:class:`~charter.errors.MissingTextError`), unless ``fallback=`` names a language to take
it from: the words then say which language it is in.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Sequence
from datetime import date

from charter._checks import MINUTES_PER_DAY
from charter.errors import CharterTypeError
from charter.hours.model import CloseEarly, ExtraHours, MonthDay, OpeningHours, Season, SpecialHours
from charter.hours.ranges import TimeRange, WeeklySchedule
from charter.language._rules import (
    describe_rules,
    month_span,
    on_weekdays,
    ordinal,
    weekday_names,
)
from charter.language._texts import Scope, Texts
from charter.language.messages import NN_, Messages
from charter.text import LocalizedText

__all__ = ["describe_hours", "hours_text", "ranges_of", "week_cells"]

_LEAP_YEAR = 2028  # month-days are shown in a year where 29 February exists


def describe_hours(
    hours: OpeningHours, locale: str | Messages, *, fallback: str | None = None
) -> str:
    """*hours* in the words of *locale*: the weekly hours, seasons, holidays, special days.

    Closed days are left out; parts are joined with ``;``. Hours without parts (rules
    alone, ``weekly`` None) are said one rule after another, each as it applies on the
    days it names (:mod:`charter.language._rules`). A note the language lacks (an
    OpenStreetMap comment is English) is refused, naming it, unless *fallback* is a
    language it has: it is then said in that language, and the words say so.
    """
    if not isinstance(hours, OpeningHours):
        raise CharterTypeError.expected("OpeningHours", hours)
    m = locale if isinstance(locale, Messages) else Messages(locale)
    texts = Texts(m.language, fallback)
    text = hours_text(hours, m, Scope(texts))
    texts.check()
    return text


def hours_text(hours: OpeningHours, m: Messages, scope: Scope) -> str:
    """*hours* in words, their notes from *scope* (``channels[desk].hours.``)."""
    if hours.weekly is None:  # rules alone (``Th[1] 09:00-20:00``): one clause per rule
        return describe_rules(hours.rules, hours.holidays, m, scope)
    say = _Say(m, scope, appointment=hours.by_appointment)
    # A week closed but for its extra hours ("every other Saturday") is said by them alone.
    parts = [] if hours.weekly.is_closed and hours.extra else [_weekly(hours.weekly, say)]
    parts.extend(_extra(item, index, hours.weekly, say) for index, item in enumerate(hours.extra))
    for index, season in enumerate(hours.seasons):
        parts.append(_season(season, index, say))
    if hours.holidays is not None:
        if hours.holiday_hours:
            ranges = ranges_of(hours.holiday_hours, m)
            # Translators: hours on public holidays; {hours} is "from 10:00 to 12:00".
            text = m.gettext("on public holidays {hours}").format(hours=ranges)
            parts.append(say.open(text))
        else:
            # Translators: a part of opening hours, after "; ".
            parts.append(m.gettext("closed on public holidays"))
    parts.extend(_specials(hours.special, say))
    parts.extend(_early(hours.close_early, say))
    # Translators: what separates the parts of opening hours ("…; closed on public
    # holidays"); French puts a narrow no-break space before ";".
    return m.gettext("; ").join(part for part in parts if part)


class _Say:
    """What saying one channel's hours needs: the words, the notes, appointments."""

    __slots__ = ("appointment", "m", "scope")

    def __init__(self, m: Messages, scope: Scope, *, appointment: bool) -> None:
        self.m, self.scope, self.appointment = m, scope, appointment

    def open(self, text: str) -> str:
        """*text*, a part that opens, with "(by appointment)" where the hours need one."""
        return self._appointment(text) if self.appointment else text

    def noted(self, text: str, note: LocalizedText | None, path: str) -> str:
        """*text* with its *note* (at *path*) in brackets, if it has one."""
        if note is None:
            return text
        found, language = self.scope.pick(note, path)
        if not found:
            return text
        if language is not None:
            # Translators: a note that exists in another language only, said in it: "closed
            # on 24 December (Christmas Eve, in English)". {language} is the language's
            # name ("Engels", "anglais", "Englisch": add "het", "en", "auf").
            message = self.m.gettext("{text} ({note}, in {language})")
            return message.format(text=text, note=found, language=self.m.language_name(language))
        # Translators: a note on a season or a special day: "closed on 24 December
        # (Christmas Eve)".
        return self.m.gettext("{text} ({note})").format(text=text, note=found)

    def marked(self, text: str, note: LocalizedText | None, path: str, *, appointment: bool) -> str:
        """*text* with its note and "by appointment" (*appointment*, or the hours' own)."""
        if not (appointment or self.appointment):
            return self.noted(text, note, path)
        found, language = self.scope.pick(note, path)
        if not found:
            return self._appointment(text)
        if language is not None:
            # Translators: a note in another language only, then "by appointment": "Tuesday
            # from 17:00 to 19:00 (pensions only, in English, by appointment)".
            message = self.m.gettext("{text} ({note}, in {language}, by appointment)")
            return message.format(text=text, note=found, language=self.m.language_name(language))
        # Translators: hours for one purpose, by appointment only: "Tuesday from 17:00 to
        # 19:00 (pensions only, by appointment)" ("(enkel pensioenen, op afspraak)").
        return self.m.gettext("{text} ({note}, by appointment)").format(text=text, note=found)

    def _appointment(self, text: str) -> str:
        # Translators: hours open by appointment only: "Tuesday from 9:00 to 12:00 (by
        # appointment)" ("(op afspraak)", "(sur rendez-vous)", "(nur nach
        # Terminvereinbarung)").
        return self.m.gettext("{text} (by appointment)").format(text=text)


def _extra(item: ExtraHours, index: int, weekly: WeeklySchedule, say: _Say) -> str:
    """Hours added on some weekdays: ``elke eerste donderdag van de maand tot 19.00 uur``.

    Said as "until" when they go on from the end of the week's hours on each of their
    days, with no note nor appointment of their own; as "also" where their days have
    weekly hours otherwise.
    """
    m = say.m
    days = sorted(item.days)
    ranges = item.hours
    plain = not item.by_appointment and item.note is None
    until = (
        plain
        and len(ranges) == 1
        and all(any(r.end == ranges[0].start for r in weekly.days[day]) for day in days)
    )
    if until:
        # Translators: open longer than the week's hours say, until {end} ("tot 19.00 uur",
        # "jusqu'à 19 h", "bis 19.00 Uhr"); {end} is "19.00".
        hours = m.gettext("until {end}").format(end=m.clock(ranges[0].end))
    else:
        hours = ranges_of(ranges, m)
    if item.nth:
        nth = m.list([ordinal(n, m) for n in item.nth])
        weekdays = m.list([m.weekday(day) for day in days])
        # Translators: the days extra hours are added on: "every first Thursday of the
        # month" ("elke eerste donderdag van de maand", "le premier jeudi du mois", "am
        # ersten Donnerstag im Monat"); {nth} is an ordinal ("first", French "le premier"),
        # {weekday} one or more weekdays.
        when = m.gettext("every {nth} {weekday} of the month").format(nth=nth, weekday=weekdays)
    elif item.every_other_week is not None:
        if len(days) == 1:
            # Translators: the day extra hours are added on, every other week ("om de twee
            # weken op zaterdag", "un samedi sur deux", "jeden zweiten Samstag").
            message = m.gettext("every other {weekday}")
            when = message.format(weekday=m.weekday(days[0]))
        else:
            # Translators: the days extra hours are added on, every other week; {days} is
            # "on Friday and Saturday" ("om de twee weken op vrijdag en zaterdag", "une
            # semaine sur deux le vendredi et le samedi", "alle zwei Wochen am Freitag und
            # Samstag").
            message = m.gettext("every other week {days}")
            when = message.format(days=on_weekdays(days, m))
    else:
        when = weekday_names(days, m)
    if item.every_other_week is not None:
        # Translators: which weeks "every other" counts, after the days: one of them, "3
        # January 2026" ("om de twee weken op zaterdag (onder meer op 3 januari 2026)", "un
        # samedi sur deux (notamment le 3 janvier 2026)", "jeden zweiten Samstag (unter
        # anderem am 3. Januar 2026)").
        message = m.gettext("{text} (including {date})")
        when = message.format(text=when, date=m.day_month_year(item.every_other_week))
    text = m.gettext("{days} {hours}").format(days=when, hours=hours)
    if not until and any(weekly.days[day] for day in days):
        # Translators: hours that add to those said before ("ook woensdag van 14.00 tot
        # 16.00 uur").
        text = m.gettext("also {text}").format(text=text)
    return say.marked(text, item.note, f"extra[{index}].note", appointment=item.by_appointment)


def week_cells(hours: OpeningHours, m: Messages, scope: Scope) -> tuple[str, ...]:
    """Each weekday's hours as a table's cell says them ("" when closed).

    The weekly ranges, then the extra hours added every week on that day, each with its note
    and appointment, then those added on some weeks only, said whole ("om de twee weken op
    zaterdag ..."), so that no cell says "closed" of a day that opens in some weeks.

    The words (:func:`hours_text`) say the rest: seasons, holidays, special days and early
    closing.
    """
    weekly = hours.weekly
    assert weekly is not None  # noqa: S101 - only hours with parts have a week
    say = _Say(m, scope, appointment=False)
    cells = []
    for day, ranges in enumerate(weekly.days):
        parts = [ranges_of(ranges, m)] if ranges else []
        for index, item in enumerate(hours.extra):
            if day not in item.days:
                continue
            if item.every_week:
                text = ranges_of(item.hours, m)
                path = f"extra[{index}].note"
                parts.append(say.marked(text, item.note, path, appointment=item.by_appointment))
            else:
                parts.append(_extra(item, index, weekly, say))
        cells.append(m.list(parts))
    return tuple(cells)


def _weekly(weekly: WeeklySchedule, say: _Say) -> str:
    """The days with the same hours together (in the week's order), then their hours."""
    m = say.m
    if set(weekly.days) == {(TimeRange(0, MINUTES_PER_DAY),)}:
        # Translators: open every day and night ("24 uur op 24, 7 dagen op 7", "24 h/24,
        # 7 j/7", "rund um die Uhr").
        return say.open(m.gettext("every day, around the clock"))
    groups: dict[tuple[TimeRange, ...], list[int]] = {}
    for day, ranges in enumerate(weekly.days):
        if ranges:
            groups.setdefault(ranges, []).append(day)
    parts = []
    for ranges, days in groups.items():
        # Translators: days and their hours: "Monday to Friday from 9:00 to 12:00"; {days}
        # may be a range or a list of weekdays.
        text = m.gettext("{days} {hours}").format(
            days=weekday_names(days, m), hours=ranges_of(ranges, m)
        )
        parts.append(say.open(text))
    if not parts:
        # Translators: opening hours that never open.
        return m.gettext("closed")
    return m.gettext("; ").join(parts)


def _season(season: Season, index: int, say: _Say) -> str:
    m = say.m
    when = _whole_months(season.start, season.end, m)
    if when is None:
        start, end = _span(season.start, season.end, m)
        # Translators: a period of the year, both days included ("van 1 juli tot en met 15
        # augustus"); {start} is "1 July", or "1" when the month is the same as {end}'s.
        when = m.pgettext("dates", "from {start} to {end}").format(start=start, end=end)
    # Translators: a part of the hours that applies when or where {when} says: "in July
    # and August: Monday from 9:00 to 12:00".
    text = m.gettext("{when}: {what}").format(when=when, what=_weekly(season.weekly, say))
    return say.noted(text, season.note, f"seasons[{index}].note")


def _day(value: date | MonthDay) -> date:
    return value if isinstance(value, date) else date(_LEAP_YEAR, value.month, value.day)


def _whole_months(start: date | MonthDay, end: date | MonthDay, m: Messages) -> str | None:
    """``in juli en augustus``, ``van april tot en met juni 2027``: None if not whole months."""
    first, last = _day(start), _day(end)
    if first.day != 1 or last.day != monthrange(last.year, last.month)[1]:
        return None
    dated = isinstance(start, date)
    if dated and (last.year - first.year) * 12 + last.month - first.month > 11:
        return None  # a year or more: said as dates
    months = month_span(first.month, last.month)
    if dated and first.year != last.year:
        names = [m.month_year(first), m.month_year(last)]
    else:
        names = [m.month(month) for month in months]
        if dated:
            names[-1] = m.month_year(last)
    if len(months) > 2 or (dated and first.year != last.year):
        # Translators: a span of months, both included ("van april tot en met juni").
        text = m.gettext("from {first_month} to {last_month}")
        return m.elide(text.format(first_month=names[0], last_month=names[-1]))
    # Translators: one or two whole months ("in juli en augustus", "en juillet", "im Juli").
    return m.gettext("in {months}").format(months=m.list(names))


def _span(start: date | MonthDay, end: date | MonthDay, m: Messages) -> tuple[str, str]:
    """The first and last day of a span of days, the month and year said once if shared."""
    first, last = _day(start), _day(end)
    dated = isinstance(start, date)
    if (first.year, first.month) == (last.year, last.month):
        opening = m.day_of_month(first)
    elif first.year == last.year or not dated:
        opening = m.day_month(first)
    else:
        opening = m.day_month_year(first)
    return opening, m.day_month_year(last) if dated else m.day_month(last)


# -- special days ---------------------------------------------------------------------------------

_Group = list[tuple[int, SpecialHours]]


def _specials(specials: Sequence[SpecialHours], say: _Say) -> list[str]:
    """Special days in their order; single days with the same hours and note said together."""
    parts: list[str | _Group] = []
    groups: dict[tuple[tuple[TimeRange, ...], LocalizedText | None, bool], _Group] = {}
    for index, special in enumerate(specials):
        if special.end != special.start:
            parts.append(_special_span(special, index, say))
            continue
        key = (special.hours, special.note, isinstance(special.start, date))
        if key not in groups:
            groups[key] = []
            parts.append(groups[key])
        groups[key].append((index, special))
    return [part if isinstance(part, str) else _special_days(part, say) for part in parts]


def _special_span(special: SpecialHours, index: int, say: _Say) -> str:
    m = say.m
    months = _whole_months(special.start, special.end, m)
    hours = ranges_of(special.hours, m) if special.hours else None
    if months is not None and hours is not None:
        text = say.open(m.gettext("{when}: {what}").format(when=months, what=hours))
    elif months is not None:
        # Translators: closed in whole months ("gesloten in juli", "im Juli geschlossen").
        text = m.gettext("closed {when}").format(when=months)
    else:
        start, end = _span(special.start, special.end, m)
        if hours is None:
            # Translators: closed on a span of days, both included ("gesloten van 24 tot en
            # met 31 december 2026"); {start} is "24" or "24 December".
            text = m.gettext("closed from {start} to {end}").format(start=start, end=end)
        else:
            # Translators: other hours on a span of days, both included; {hours} is "from
            # 10:00 to 11:00".
            text = m.gettext("from {start} to {end}: {hours}").format(
                start=start, end=end, hours=hours
            )
            text = say.open(text)
    return say.noted(text, special.note, f"special[{index}].note")


# Translators: closed on one or more days ("gesloten op 24 en 31 december"; French "fermé
# le 24 décembre", "fermé les 24 et 31 décembre").
_CLOSED_ON = NN_("closed on {dates}", "closed on {dates}")
# Translators: other hours on one or more days ("op 24 en 31 december van 9.00 tot 12.00
# uur"; French "le 24 décembre", "les 24 et 31 décembre").
_HOURS_ON = NN_("on {dates} {hours}", "on {dates} {hours}")


def _special_days(group: _Group, say: _Say) -> str:
    """Single days with the same hours and note: ``gesloten op 24 en 31 december``."""
    m = say.m
    days = [special.start for _, special in group]
    dates = m.date_list([_day(day) for day in days], years=isinstance(days[0], date))
    first = group[0][1]
    if first.hours:
        text = m.ngettext(*_HOURS_ON, len(days)).format(
            dates=dates, hours=ranges_of(first.hours, m)
        )
        text = say.open(text)
    else:
        text = m.ngettext(*_CLOSED_ON, len(days)).format(dates=dates)
    text = say.noted(text, first.note, f"special[{group[0][0]}].note")
    for index, special in group[1:]:  # the same note: each text is asked for, said once
        if special.note is not None:
            say.scope.pick(special.note, f"special[{index}].note")
    return text


# Translators: closing early on one or more days ("op 24 en 31 december gesloten vanaf
# 12.00 uur"; French "fermé à partir de 12 h le 24 décembre", "… les 24 et 31 décembre";
# German "am 24. und 31. Dezember ab 12.00 Uhr geschlossen"); {time} is "12.00".
_EARLY_ON = NN_("closed from {time} on {dates}", "closed from {time} on {dates}")


def _early(items: Sequence[CloseEarly], say: _Say) -> list[str]:
    """Days that close early, single days with the same time and note said together."""
    m = say.m
    parts: list[str | list[tuple[int, CloseEarly]]] = []
    groups: dict[tuple[int, LocalizedText | None, bool], list[tuple[int, CloseEarly]]] = {}
    for index, item in enumerate(items):
        if item.end != item.start:
            start, end = _span(item.start, item.end, m)
            # Translators: the hours of days that close early, after "from 24 to 31 December:"
            # ("gesloten vanaf 12.00 uur", "fermé à partir de 12 h", "ab 12.00 Uhr
            # geschlossen"); {time} is "12.00".
            closed = m.gettext("closed from {time}").format(time=m.clock(item.minute))
            text = m.gettext("from {start} to {end}: {hours}").format(
                start=start, end=end, hours=closed
            )
            parts.append(say.noted(text, item.note, f"close_early[{index}].note"))
            continue
        key = (item.minute, item.note, isinstance(item.start, date))
        if key not in groups:
            groups[key] = []
            parts.append(groups[key])
        groups[key].append((index, item))
    said = []
    for part in parts:
        if isinstance(part, str):
            said.append(part)
            continue
        first = part[0][1]
        days = [_day(item.start) for _, item in part]
        dates = m.date_list(days, years=isinstance(first.start, date))
        text = m.ngettext(*_EARLY_ON, len(days)).format(time=m.clock(first.minute), dates=dates)
        said.append(say.noted(text, first.note, f"close_early[{part[0][0]}].note"))
        for index, item in part[1:]:  # the same note: each text is asked for, said once
            if item.note is not None:
                say.scope.pick(item.note, f"close_early[{index}].note")
    return said


def ranges_of(ranges: tuple[TimeRange, ...], m: Messages) -> str:
    """A day's ranges in words: ``van 9.00 tot 12.00 uur en van 13.00 tot 16.00 uur``."""
    return m.list(
        [
            # Translators: a time range; {start} and {end} are "9.00" and "12.00" (Dutch adds
            # "uur" after {end}, German "Uhr").
            m.gettext("from {start} to {end}").format(
                start=m.clock(r.start),
                end=m.clock(r.end if r.end <= MINUTES_PER_DAY else r.end - MINUTES_PER_DAY),
            )
            for r in ranges
        ]
    )
