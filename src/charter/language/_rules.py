"""Opening hours that are rules alone, in words: one clause per rule, in the rules' order.

Hours read from OpenStreetMap text that is not a weekly schedule with exceptions
(``Th[1] 09:00-20:00``, ``week 01-53/2``, ``easter +1 day off``) have no parts to describe;
:func:`describe_rules` says each rule as it applies on the days it names:

- a rule that gives the hours of its days (after ``;``, replacing what came before on
  those days; or any rule without times, which sets its whole days) says them after a
  colon when it names days that earlier rules open, or days that are not plain weekdays:
  ``op de eerste donderdag van de maand: van 9.00 tot 20.00 uur``;
- closing rules in a row that name single dates only are said together: ``gesloten op 24
  en 26 december``;
- a rule that adds times to earlier hours on some of its days (after ``,``, or a rule
  without days after one with days) says so: ``ook …``;
- a closing rule (``off``) says what it closes: ``gesloten in juli en augustus``,
  ``gesloten op maandag van 12.00 tot 13.00 uur``;
- unknown times say that they are not fixed; ``"by appointment"`` says so after the
  rule's hours; another comment is the rule's note, quoted. A comment is English text
  (OpenStreetMap has no way to say its language): in another language it is missing
  (:class:`~charter.language._texts.Texts`), unless a fallback takes it as written.

>>> from charter.hours._osm_syntax import parse_rules
>>> from charter.language.messages import Messages
>>> rules = parse_rules("Mo-Fr 09:00-17:00; Th[1] 09:00-20:00; Jul,Aug off")
>>> for clause in describe_rules(rules, None, Messages("nl_BE")).split("; "):
...     print(clause)
van maandag tot vrijdag van 9.00 tot 17.00 uur
op de eerste donderdag van de maand: van 9.00 tot 20.00 uur
gesloten in juli en augustus

Over 500 lines on purpose: one clause per rule kind in four languages, with the grammar
each needs, is one piece of writing; split by language it would repeat the rule logic.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Sequence
from datetime import date, timedelta
from functools import cache

from attrs import evolve

from charter._checks import MINUTES_PER_DAY as DAY
from charter.calendars.base import HolidayCalendar
from charter.hours.rules import (
    DateItem,
    DateRange,
    DayItem,
    EasterDate,
    HolidayDay,
    MonthRange,
    Rule,
    Span,
    State,
    WeekCycle,
    WeekdayRange,
    WeekRange,
    YearRange,
)
from charter.language._texts import Scope, Texts
from charter.language.messages import N_, NN_, Messages
from charter.text import LocalizedText

__all__ = [
    "describe_rules",
    "easter_day",
    "month_span",
    "on_weekdays",
    "ordinal",
    "weekday_names",
]

_APPOINTMENT = "by appointment"
# Days on which two rules are compared (do they name a day in common?): 2025-2028, with a
# leap year, a year of 53 ISO weeks and Easter on four dates.
_WINDOW_START, _WINDOW_DAYS = date(2025, 1, 1), 4 * 365 + 1

_ORDINALS = {
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    1: N_("first"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    2: N_("second"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    3: N_("third"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    4: N_("fourth"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    5: N_("fifth"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    -1: N_("last"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    -2: N_("second-to-last"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    -3: N_("third-to-last"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    -4: N_("fourth-to-last"),
    # Translators: an ordinal in "on the {nth} {weekday} of the month" ("eerste", French
    # "le premier" with its article, German "ersten" in the dative).
    -5: N_("fifth-to-last"),
}

_EASTER = {
    # Translators: a day of the Easter cycle, as a day the hours name ("gesloten {…}").
    -3: N_("on Maundy Thursday"),
    # Translators: a day of the Easter cycle, as a day the hours name ("gesloten {…}").
    -2: N_("on Good Friday"),
    # Translators: a day of the Easter cycle, as a day the hours name ("gesloten {…}").
    -1: N_("on Holy Saturday"),
    # Translators: a day of the Easter cycle, as a day the hours name ("gesloten {…}").
    0: N_("on Easter Sunday"),
    # Translators: a day of the Easter cycle, as a day the hours name ("gesloten {…}").
    1: N_("on Easter Monday"),
    # Translators: a day of the Easter cycle, as a day the hours name ("gesloten {…}").
    39: N_("on Ascension Day"),
    # Translators: a day of the Easter cycle, as a day the hours name ("gesloten {…}").
    49: N_("on Whit Sunday"),
    # Translators: a day of the Easter cycle, as a day the hours name ("gesloten {…}").
    50: N_("on Whit Monday"),
}
# Translators: days after Easter Sunday; the singular is never used (one day after is
# Easter Monday); {n} is a word from two to twelve ("drie dagen na paaszondag").
_EASTER_AFTER = NN_("{n} day after Easter Sunday", "{n} days after Easter Sunday")
# Translators: as above, before Easter Sunday (one day before is Holy Saturday).
_EASTER_BEFORE = NN_("{n} day before Easter Sunday", "{n} days before Easter Sunday")

_HOLIDAY = {
    # Translators: the days the hours name ("op feestdagen", "les jours fériés").
    0: N_("on public holidays"),
    # Translators: the days the hours name ("la veille d'un jour férié").
    -1: N_("on the day before a public holiday"),
    # Translators: the days the hours name ("le lendemain d'un jour férié").
    1: N_("on the day after a public holiday"),
}
# Translators: the days the hours name; the singular is never used (one day after is
# "the day after"); {n} is a word from two to twelve.
_HOLIDAY_AFTER = NN_("{n} day after a public holiday", "{n} days after a public holiday")
# Translators: as above, before a public holiday.
_HOLIDAY_BEFORE = NN_("{n} day before a public holiday", "{n} days before a public holiday")

# Translators: the days the hours name: "three days after the first Thursday of the
# month"; {nth} is an ordinal ("first"), {weekday} a weekday; the singular is never used.
_NTH_AFTER = NN_(
    "{n} day after the {nth} {weekday} of the month",
    "{n} days after the {nth} {weekday} of the month",
)
# Translators: as above, before.
_NTH_BEFORE = NN_(
    "{n} day before the {nth} {weekday} of the month",
    "{n} days before the {nth} {weekday} of the month",
)


def describe_rules(
    rules: Sequence[Rule], holidays: HolidayCalendar | None, m: Messages, scope: Scope | None = None
) -> str:
    """The *rules* in the words of *m*: one clause per rule, joined as the hours are.

    *scope* hands out the comments (English), at ``rules[i].comment`` within it, and notes
    what is missing.
    """
    scope = Scope(Texts(m.language)) if scope is None else scope
    appointment = _all_by_appointment(rules)
    days = [_named_days(rule, holidays) for rule in rules]
    clauses = []
    for index, rule in enumerate(rules):
        if index > 0 and _single_closed_dates(rule) and _single_closed_dates(rules[index - 1]):
            continue  # said with the first of its run
        shared = rule.state is not State.CLOSED and any(
            days[index] & days[before] and _share_a_year(rule, rules[before])
            for before in range(index)
            if rules[before].state is not State.CLOSED
        )
        merged = _with_following_dates(rules, index)
        # A rule without times sets its whole days, whether it replaces or not.
        sets_days = _replaces(rules, index) or not rule.spans
        clause = _clause(merged, m, shared=shared, sets_days=sets_days, appointment=appointment)
        clauses.append(_commented(merged, clause, m, scope, f"rules[{index}].comment"))
    # Translators: what separates the parts of opening hours ("…; closed on public
    # holidays"); French puts a narrow no-break space before ";".
    return m.gettext("; ").join(clause for clause in clauses if clause)


def _single_closed_dates(rule: Rule) -> bool:
    """A closing rule that names single dates alone (``Dec 24 off``)."""
    return (
        rule.state is State.CLOSED
        and bool(rule.dates)
        and not (rule.years or rule.weeks or rule.holidays or rule.days or rule.spans)
        and rule.comment is None
        and all(isinstance(item, DateRange) and item.start == item.end for item in rule.dates)
    )


def _with_following_dates(rules: Sequence[Rule], index: int) -> Rule:
    """The rule at *index*, with the dates of the closing rules of single dates after it."""
    rule = rules[index]
    if not _single_closed_dates(rule):
        return rule
    dates = list(rule.dates)
    for following in rules[index + 1 :]:
        if not _single_closed_dates(following):
            break
        dates.extend(following.dates)
    return evolve(rule, dates=tuple(dates))


def _commented(rule: Rule, text: str, m: Messages, scope: Scope, path: str) -> str:
    """*text*, the clause of *rule*, with its comment: appointments, notes, what is unsure."""
    if _is_appointment(rule.comment):
        # Translators: hours open by appointment only: "Tuesday from 9:00 to 12:00 (by
        # appointment)" ("(op afspraak)", "(sur rendez-vous)", "(nur nach
        # Terminvereinbarung)").
        return m.gettext("{text} (by appointment)").format(text=text)
    if rule.comment is not None:
        note, language = scope.pick(LocalizedText({"en": rule.comment}), path)
        if not note:
            return text
        if language is not None:
            # Translators: a comment of the hours that exists in another language only,
            # quoted as written: "Saturday from 10:00 to 12:00 (“Christmas market”, in
            # English)"; {language} is the language's name ("Engels", "anglais").
            message = m.gettext("{text} (“{note}”, in {language})")
            return message.format(text=text, note=note, language=m.language_name(language))
        # Translators: a comment of the hours, quoted as written: "Saturday from 10:00 to
        # 12:00 (“Christmas market”)".
        return m.gettext("{text} (“{note}”)").format(text=text, note=note)
    if rule.state is State.UNKNOWN and any(not span.open_end for span in rule.spans):
        # Translators: hours given, but not for sure ("(onder voorbehoud)").
        return m.gettext("{text} (to be confirmed)").format(text=text)
    return text


def _is_appointment(comment: str | None) -> bool:
    return comment is not None and comment.strip().lower() == _APPOINTMENT


def _all_by_appointment(rules: Sequence[Rule]) -> bool:
    """Whether every rule that opens has times and says "by appointment" (as written)."""
    opening = [rule for rule in rules if rule.state is not State.CLOSED]
    return bool(opening) and all(rule.spans and _is_appointment(rule.comment) for rule in opening)


# -- a rule and its neighbours ------------------------------------------------------------


def _replaces(rules: Sequence[Rule], index: int) -> bool:
    """Whether the rule replaces the rules before it on its days (``charter.hours.rules``)."""
    rule = rules[index]
    if rule.state is State.CLOSED or rule.additional:
        return False
    if rule.has_selectors:
        return True
    return rule.state is State.OPEN and index > 0 and not rules[index - 1].has_selectors


@cache
def _window() -> tuple[date, ...]:
    return tuple(_WINDOW_START + timedelta(days=n) for n in range(_WINDOW_DAYS))


def _named_days(rule: Rule, holidays: HolidayCalendar | None) -> int:
    """The days of the window that *rule* names, as the bits of a number.

    Two rules name a day in common when their numbers share a bit. Years are left out
    here (they may lie outside the window) and compared apart.
    """
    if rule.state is State.CLOSED:
        return 0
    rule = evolve(rule, years=())
    return int("".join("1" if rule.matches(d, holidays) else "0" for d in _window()), 2)


def _share_a_year(a: Rule, b: Rule) -> bool:
    if not a.years or not b.years:
        return True
    first = max(min(item.first for item in rule.years) for rule in (a, b))
    last = max((item.last or item.first) + 1 for rule in (a, b) for item in rule.years)
    return any(
        any(item.matches(year) for item in a.years) and any(item.matches(year) for item in b.years)
        for year in range(first, last + 1)
    )


def _clause(rule: Rule, m: Messages, *, shared: bool, sets_days: bool, appointment: bool) -> str:
    """*rule*, its dates merged with those said with it.

    *shared*: an earlier rule opens a day of it; *sets_days*: it gives its days' hours.
    """
    if rule.state is State.CLOSED:
        return _closed(rule, m)
    text = _opening(rule, m, colon=sets_days and shared, appointment=appointment)
    if shared and not sets_days:
        # Translators: hours that add to those said before ("ook woensdag van 14.00 tot
        # 16.00 uur").
        text = m.gettext("also {text}").format(text=text)
    return text


def _opening(rule: Rule, m: Messages, *, colon: bool, appointment: bool) -> str:
    """An open or unknown rule: its days, then its hours (or what is known of them)."""
    statement = not rule.spans and rule.state is State.UNKNOWN and not appointment
    if statement:
        # Translators: days whose hours are not known.
        what = m.gettext("opening hours not known")
    elif rule.spans and rule.spans != (Span(0, DAY),):
        what = _spans(rule.spans, m, closed=False)
    elif not rule.has_selectors:
        # Translators: open every day and night ("24 uur op 24, 7 dagen op 7", "24 h/24,
        # 7 j/7", "rund um die Uhr").
        return m.gettext("every day, around the clock")
    else:
        # Translators: open the whole of the days said ("zaterdag de hele dag").
        what = m.gettext("around the clock")
    plain = [item for item in rule.days if _plain(item)]
    special = len(plain) != len(rule.days)
    when = _wide(rule, m)
    if special or colon or statement:
        if rule.days:
            when.append(_days(rule.days, m))
    elif not when:
        # Translators: every day of the week ("elke dag", "tous les jours", "täglich").
        days = _plain_days(plain, m) if plain else m.gettext("every day")
        # Translators: days and their hours: "Monday to Friday from 9:00 to 12:00".
        return m.gettext("{days} {hours}").format(days=days, hours=what)
    elif plain:
        what = m.gettext("{days} {hours}").format(days=_plain_days(plain, m), hours=what)
    if not when:  # no selector: every day
        if statement and not colon:
            return what
        when.append(m.gettext("every day"))
    # Translators: a part of the hours that applies when or where {when} says: "on the
    # first Thursday of the month: from 9:00 to 20:00".
    return m.gettext("{when}: {what}").format(when=", ".join(when), what=what)


def _closed(rule: Rule, m: Messages) -> str:
    """A closing rule: ``gesloten in juli``, ``in juli: gesloten op maandag``."""
    spans = () if rule.spans == (Span(0, DAY),) else rule.spans  # 24/7 off: the whole day
    wide = _wide(rule, m)
    when = [_days(rule.days, m)] if rule.days else []
    if not when and not spans:
        when, wide = wide, []
    if not when:
        if not spans:
            # Translators: closed, every day the rule names.
            return m.gettext("closed")
        when.append(m.gettext("every day"))
    if spans:
        hours = _spans(spans, m, closed=True)
        # Translators: closed at times: "closed on Monday from 12:00 to 13:00" (German puts
        # "geschlossen" last).
        text = m.gettext("closed {when} {hours}").format(when=", ".join(when), hours=hours)
    else:
        # Translators: closed on the days said: "closed in July", "closed on 25 December".
        text = m.gettext("closed {when}").format(when=", ".join(when))
    if wide:
        text = m.gettext("{when}: {what}").format(when=", ".join(wide), what=text)
    return text


# -- times -------------------------------------------------------------------------------


def _clock(minute: int, m: Messages) -> str:
    return m.clock(minute - DAY if minute > DAY else minute)


def _spans(spans: Sequence[Span], m: Messages, *, closed: bool) -> str:
    """The times of a rule: ``van 9.00 tot 12.00 uur en vanaf 17.00 uur, sluitingsuur niet vast``.

    An open end (``17:00+``) has no closing time; ``10:00-14:00+`` is open until 14:00 and
    perhaps longer. A closing rule closes up to the end OSM tools assume for an open end.
    """
    parts: list[str] = []
    index = 0
    while index < len(spans):
        span = spans[index]
        following = spans[index + 1] if index + 1 < len(spans) else None
        if closed or not span.open_end:
            if (
                not closed
                and following is not None
                and following.open_end
                and following.start % DAY == span.end % DAY
            ):
                parts.append(
                    # Translators: open from {start} to {end}, perhaps longer ("10:00-14:00+").
                    m.gettext("from {start} to {end}, possibly later").format(
                        start=_clock(span.start, m), end=_clock(span.end, m)
                    )
                )
                index += 2
                continue
            parts.append(
                # Translators: a time range; {start} and {end} are "9.00" and "12.00" (Dutch
                # adds "uur" after {end}, German "Uhr").
                m.gettext("from {start} to {end}").format(
                    start=_clock(span.start, m), end=_clock(span.end, m)
                )
            )
        else:
            parts.append(
                # Translators: open from {start}, closing time open ("17:00+").
                m.gettext("from {start}, closing time not fixed").format(
                    start=_clock(span.start, m)
                )
            )
        index += 1
    return m.list(parts)


# -- days --------------------------------------------------------------------------------


def _plain(item: DayItem) -> bool:
    return isinstance(item, WeekdayRange) and not item.nth


def _weekdays(items: Sequence[DayItem]) -> list[list[int]]:
    """The weekdays of plain weekday items as runs of days in a row (``Fr-Mo`` is one run)."""
    named: set[int] = set()
    for item in items:
        assert isinstance(item, WeekdayRange)  # noqa: S101 - plain items only
        day = item.first
        named.add(day)
        while day != item.last:
            day = (day + 1) % 7
            named.add(day)
    if len(named) == 7:
        return [list(range(7))]
    first = min(day for day in named if (day - 1) % 7 not in named)
    runs: list[list[int]] = []
    for step in range(7):
        day = (first + step) % 7
        if day not in named:
            continue
        if runs and (runs[-1][-1] + 1) % 7 == day:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def _recurring(day: int, m: Messages) -> str:
    """A weekday that comes back every week, as a list of days says it (French ``le lundi``)."""
    # Translators: a weekday that comes back every week, in a list of days ("maandag";
    # French "le lundi": "le lundi et le mercredi de 9 h à 12 h").
    return m.pgettext("a recurring weekday", "{weekday}").format(weekday=m.weekday(day))


def _say_runs(runs: Sequence[Sequence[int]], m: Messages) -> str:
    """Runs of weekdays in a row: three or more as a range, others by name."""
    names: list[str] = []
    for run in runs:
        if len(run) > 2:
            first, last = m.weekday(run[0]), m.weekday(run[-1])
            # Translators: a range of weekdays before their hours ("van maandag tot
            # vrijdag", "du lundi au vendredi", "Montag bis Freitag").
            names.append(m.gettext("{first} to {last}").format(first=first, last=last))
        else:
            names.extend(_recurring(day, m) for day in run)
    return m.list(names)


def weekday_names(days: Sequence[int], m: Messages) -> str:
    """Weekdays (Monday 0) in the week's order: ``van maandag tot woensdag en vrijdag``."""
    runs: list[list[int]] = []
    for day in sorted(days):
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return _say_runs(runs, m)


def on_weekdays(days: Sequence[int], m: Messages) -> str:
    """Weekdays (Monday 0) after a preposition: ``op dinsdag en donderdag``, ``le samedi``."""
    return _on_weekdays([WeekdayRange(day, day) for day in sorted(days)], m)


def _plain_days(items: Sequence[DayItem], m: Messages) -> str:
    """Plain weekdays as the weekly hours say them: ``van maandag tot vrijdag``, ``elke dag``."""
    runs = _weekdays(items)
    if len(runs[0]) == 7:
        return m.gettext("every day")
    return _say_runs(runs, m)


def _on_weekdays(items: Sequence[DayItem], m: Messages) -> str:
    """Plain weekdays after a preposition: ``van maandag tot vrijdag en op zondag``."""
    runs = _weekdays(items)
    if len(runs[0]) == 7:
        return m.gettext("every day")
    phrases: list[str] = []
    single: list[str] = []
    place = -1
    for run in runs:
        if len(run) > 2:
            first, last = m.weekday(run[0]), m.weekday(run[-1])
            # Translators: a range of weekdays after a verb ("gesloten van maandag tot
            # vrijdag", "fermé du lundi au vendredi").
            phrases.append(m.gettext("from {first} to {last}").format(first=first, last=last))
            continue
        if not single:
            place = len(phrases)
            phrases.append("")
        single.extend(_recurring(day, m) for day in run)
    if single:
        # Translators: single weekdays after a verb ("op maandag", "am Montag"; French has
        # the article in "a recurring weekday" already: "{weekdays}").
        phrases[place] = m.gettext("on {weekdays}").format(weekdays=m.list(single))
    return m.list(phrases)


def _days(items: Sequence[DayItem], m: Messages) -> str:
    """The day selector after a preposition: weekdays, their nth in the month, ``PH``."""
    phrases: list[str] = []
    plain = [item for item in items if _plain(item)]
    for item in items:
        if _plain(item):
            if item is plain[0]:
                phrases.append(_on_weekdays(plain, m))
        elif isinstance(item, HolidayDay):
            phrases.append(_holiday(item, m))
        else:
            phrases.append(_nth(item, m))
    return m.list(phrases)


def _nth(item: WeekdayRange, m: Messages) -> str:
    """``op de eerste donderdag van de maand``, ``op de dag na de laatste zaterdag …``."""
    nth = m.list([m.gettext(_ORDINALS[n]) for n in item.nth])
    weekday = m.weekday(item.first)
    if item.offset == 0:
        # Translators: the days the hours name: "on the first Thursday of the month";
        # {nth} is an ordinal ("first", French "le premier"), {weekday} a weekday.
        message = m.gettext("on the {nth} {weekday} of the month")
    elif item.offset == 1:
        # Translators: as above, the day after.
        message = m.gettext("on the day after the {nth} {weekday} of the month")
    elif item.offset == -1:
        # Translators: as above, the day before.
        message = m.gettext("on the day before the {nth} {weekday} of the month")
    else:
        count = abs(item.offset)
        message = m.ngettext(*(_NTH_AFTER if item.offset > 0 else _NTH_BEFORE), count)
        return message.format(n=m.count(count), nth=nth, weekday=weekday)
    return message.format(nth=nth, weekday=weekday)


def _holiday(item: HolidayDay, m: Messages) -> str:
    if item.offset in _HOLIDAY:
        return m.gettext(_HOLIDAY[item.offset])
    count = abs(item.offset)
    message = m.ngettext(*(_HOLIDAY_AFTER if item.offset > 0 else _HOLIDAY_BEFORE), count)
    return message.format(n=m.count(count))


# -- years, months, dates, weeks -------------------------------------------------------------


def _wide(rule: Rule, m: Messages) -> list[str]:
    """The selectors a rule's days must lie in: years, months and dates, weeks, ``PH``."""
    found: list[str] = []
    if rule.years:
        found.append(_years(rule.years, m))
    if rule.dates:
        found.append(_dates(rule.dates, m))
    if rule.weeks:
        found.append(m.list([_week_item(item, m) for item in rule.weeks]))
    if rule.holidays:
        found.append(m.list([_holiday(item, m) for item in rule.holidays]))
    return found


def _years(items: Sequence[YearRange], m: Messages) -> str:
    phrases: list[str] = []
    single: list[str] = []
    place = -1
    for item in items:
        if item.last is None:
            # Translators: the years the hours apply in: "from 2030 on".
            phrases.append(m.gettext("from {first_year} on").format(first_year=item.first))
        elif item.last == item.first:
            if not single:
                place = len(phrases)
                phrases.append("")
            single.append(str(item.first))
        elif item.step == 1:
            phrases.append(
                # Translators: the years the hours apply in, both included ("van 2026 tot en
                # met 2028").
                m.gettext("from {first_year} to {last_year}").format(
                    first_year=item.first, last_year=item.last
                )
            )
        else:
            phrases.append(
                # Translators: {step} is a word ("two"): "every two years from 2026 to 2030".
                m.gettext("every {step} years from {first_year} to {last_year}").format(
                    step=m.count(item.step), first_year=item.first, last_year=item.last
                )
            )
    if single:
        # Translators: the years the hours apply in: "in 2027", "in 2027 and 2029" (German
        # "im Jahr 2027", "in den Jahren 2027 und 2029").
        years = m.ngettext("in {years}", "in {years}", len(single))
        phrases[place] = years.format(years=m.list(single))
    return m.list(phrases)


def _week_item(item: WeekRange | WeekCycle, m: Messages) -> str:
    if isinstance(item, WeekRange):
        return _weeks(item, m)
    # Translators: the weeks the hours apply in: every other week, counted from the week
    # of {date} ("3 January 2026"): "om de twee weken, waaronder de week van 3 januari 2026".
    message = m.gettext("every other week, the week of {date} among them")
    return message.format(date=m.day_month_year(item.anchor))


def _weeks(item: WeekRange, m: Messages) -> str:
    first, last = item.first, item.last
    if first == last:
        # Translators: an ISO week the hours apply in ("in week 5").
        return m.gettext("in week {week}").format(week=first)
    if item.step == 1:
        # Translators: ISO weeks the hours apply in, both included.
        return m.gettext("from week {first_week} to week {last_week}").format(
            first_week=first, last_week=last
        )
    if item.step == 2:
        if (first, last) == (1, 53):
            # Translators: the ISO weeks the hours apply in.
            return m.gettext("in odd ISO weeks")
        if first == 2 and last >= 52:
            # Translators: the ISO weeks the hours apply in.
            return m.gettext("in even ISO weeks")
        message = (
            # Translators: the ISO weeks the hours apply in, both ends included.
            N_("in the odd weeks from week {first_week} to week {last_week}")
            if first % 2
            # Translators: the ISO weeks the hours apply in, both ends included.
            else N_("in the even weeks from week {first_week} to week {last_week}")
        )
        return m.gettext(message).format(first_week=first, last_week=last)
    # Translators: {step} is a word ("three"): "every three weeks from week 1 to week 53".
    return m.gettext("every {step} weeks from week {first_week} to week {last_week}").format(
        step=m.count(item.step), first_week=first, last_week=last
    )


def _dates(items: Sequence[DateItem], m: Messages) -> str:
    """Months, dates and Easter days: ``in juli en augustus``, ``op 24 en 31 december``."""
    phrases: list[str] = []
    months: list[int] = []
    days: list[tuple[int | None, int, int]] = []
    places: dict[str, int] = {}

    def hold(kind: str) -> None:
        if kind not in places:
            places[kind] = len(phrases)
            phrases.append("")

    for item in items:
        if isinstance(item, MonthRange) and len(month_span(item.first, item.last)) > 2:
            phrases.append(_month_range(item, m))
        elif isinstance(item, MonthRange) or (isinstance(item, DateRange) and _whole_month(item)):
            hold("months")
            months.extend(_months(item))
        elif isinstance(item, DateRange) and item.start == item.end:
            hold("days")
            days.append(item.start)
        elif isinstance(item, DateRange):
            phrases.append(_date_range(item, m))
        else:
            phrases.append(_easter(item, m))
    if months:
        names = m.list([m.month(month) for month in months])
        # Translators: one or two whole months ("in juli en augustus", "en juillet", "im Juli").
        phrases[places["months"]] = m.gettext("in {months}").format(months=names)
    if days:
        # Translators: one or more dates ("op 24 en 31 december"; French "le 24 décembre",
        # "les 24 et 31 décembre").
        phrases[places["days"]] = m.ngettext("on {dates}", "on {dates}", len(days)).format(
            dates=_date_list(days, m)
        )
    return m.list(phrases)


def _months(item: MonthRange | DateRange) -> list[int]:
    if isinstance(item, DateRange):
        return [item.start[1]]
    return month_span(item.first, item.last)


def _month_range(item: MonthRange, m: Messages) -> str:
    first, last = m.month(item.first), m.month(item.last)
    # Translators: a span of months, both included ("van april tot en met juni").
    text = m.gettext("from {first_month} to {last_month}")
    return m.elide(text.format(first_month=first, last_month=last))


def month_span(first: int, last: int) -> list[int]:
    """The months from *first* to *last* (January 1), over the year's end if need be."""
    months = [first]
    while months[-1] != last:
        months.append(months[-1] % 12 + 1)
    return months


def _whole_month(item: DateRange) -> bool:
    """A range of every year that is one whole month (``Jul 01-Jul 31``)."""
    (year, month, day), end = item.start, item.end
    return year is None and end == (None, month, monthrange(2028, month)[1]) and day == 1


def _day(value: tuple[int | None, int, int]) -> date:
    year, month, day = value
    return date(2028 if year is None else year, month, day)  # 2028: 29 February exists


def _full(value: tuple[int | None, int, int], m: Messages) -> str:
    """``24 december`` every year, ``24 december 2027`` in one year."""
    return m.day_month(_day(value)) if value[0] is None else m.day_month_year(_day(value))


def _date_list(days: Sequence[tuple[int | None, int, int]], m: Messages) -> str:
    """Days in the order given, each month said once: ``24, 31 december en 2 januari``."""
    names: list[str] = []
    for index, value in enumerate(days):
        following = days[index + 1] if index + 1 < len(days) else None
        if following is not None and following[:2] == value[:2]:
            names.append(m.day_of_month(_day(value)))
        else:
            names.append(_full(value, m))
    return m.list(names)


def _date_range(item: DateRange, m: Messages) -> str:
    """``van 24 tot en met 26 december``, ``du 24 décembre au 2 janvier``."""
    start, end = item.start, item.end
    if start[:2] == end[:2]:
        first = m.day_of_month(_day(start))
    elif start[0] == end[0]:
        first = m.day_month(_day(start))
    else:
        first = _full(start, m)
    # Translators: a span of dates, both included ("van 24 tot en met 26 december", "du 24
    # au 26 décembre"); {first_day} is "24" or "24 December".
    return m.gettext("from {first_day} to {last_day}").format(
        first_day=first, last_day=_full(end, m)
    )


def _easter(item: EasterDate, m: Messages) -> str:
    text = easter_day(item.offset, m)
    return text if item.year is None else f"{text} {item.year}"


def easter_day(offset: int, m: Messages) -> str:
    """A day *offset* days after Easter Sunday: ``op paasmaandag``, ``48 dagen voor paaszondag``."""
    if offset in _EASTER:
        return m.gettext(_EASTER[offset])
    count = abs(offset)
    text = m.ngettext(*(_EASTER_AFTER if offset > 0 else _EASTER_BEFORE), count)
    return text.format(n=m.count(count))


def ordinal(n: int, m: Messages) -> str:
    """The *n*-th (-1: the last) as "on the {nth} {weekday}" says it: ``eerste``, ``le dernier``."""
    return m.gettext(_ORDINALS[n])
