"""Read and write OpenStreetMap ``opening_hours`` values, exactly or not at all.

Reading gives the value's rules (:mod:`charter.hours.rules`), evaluated as
opening_hours.js evaluates them; anything the grammar does not read exactly — sun
times, school holidays, fallback rules (``||``), points in time — raises
:class:`~charter.errors.OpeningHoursSyntaxError` naming the position. Where the value
is also a weekly schedule with seasons, ``PH`` hours and dated exceptions, that
structured form is kept too (``hours.weekly`` and the rest; None where there is none).

Writing gives the rules back; for structured hours, the value their parts compile to.

>>> from charter import belgium
>>> hours = parse_osm(
...     "Mo-Fr 09:00-17:00; PH off", timezone="Europe/Brussels", holidays=belgium.LEGAL
... )
>>> write_osm(hours)
'Mo-Fr 09:00-17:00; PH off'
>>> hours.weekly is not None
True
>>> first_thursday = parse_osm("Mo-Fr 09:00-17:00; Th[1] 09:00-20:00", timezone="Europe/Brussels")
>>> first_thursday.weekly is None, write_osm(first_thursday)
(True, 'Mo-Fr 09:00-17:00; Th[1] 09:00-20:00')
>>> try:
...     parse_osm("Mo-Fr 09:00-17:00 || Sa off", timezone="Europe/Brussels")
... except OpeningHoursSyntaxError as error:
...     print(error.position, str(error).splitlines()[0])
18 fallback rules ('||') are not supported at position 18:
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from zoneinfo import ZoneInfo

from charter._checks import MINUTES_PER_DAY as DAY
from charter._checks import MONTHS, WEEKDAYS
from charter.calendars.base import HolidayCalendar, Weekday, check_timezone
from charter.errors import OpeningHoursError, OpeningHoursSyntaxError
from charter.hours._lift import lift
from charter.hours._osm_syntax import Parser, parse_rules
from charter.hours.model import CloseEarly, ExtraHours, MonthDay, OpeningHours, SpecialHours
from charter.hours.ranges import TimeRange, format_weekdays
from charter.hours.rules import (
    NO_OSM_CYCLE,
    EasterDate,
    HolidayDay,
    Rule,
    Span,
    State,
    WeekCycle,
    WeekdayRange,
    write_rules,
)

__all__ = ["PH_NEEDS_CALENDAR", "parse_osm", "write_osm"]

#: The start of the message when ``PH`` is used without a holiday calendar.
PH_NEEDS_CALENDAR = "'PH' needs a holiday calendar"


def parse_osm(
    text: str, *, timezone: str | ZoneInfo, holidays: HolidayCalendar | None = None
) -> OpeningHours:
    """Read *text* into :class:`OpeningHours` exactly, or raise ``OpeningHoursSyntaxError``.

    *timezone* is an IANA name or a ``ZoneInfo`` built from one.
    """
    timezone = check_timezone(timezone)
    if not isinstance(text, str):
        shown = f"<{type(text).__name__}>"
        raise OpeningHoursSyntaxError(shown, 0, "expected the opening_hours value as a string")
    rules = parse_rules(text)
    uses_holidays = any(rule.uses_holidays for rule in rules)
    if uses_holidays and holidays is None:
        parser = Parser(text)
        parser.rules()
        position = next(p for r, p in zip(rules, parser.positions, strict=True) if r.uses_holidays)
        raise parser.error(f"{PH_NEEDS_CALENDAR}: pass holidays=... to from_osm", position)
    if all(map(_structurable, rules)):
        structured = _structured(rules, text, timezone, holidays)
        if structured is not None:
            return structured
    return OpeningHours(
        timezone=timezone, weekly=None, holidays=holidays if uses_holidays else None, rules=rules
    )


def _structured(
    rules: tuple[Rule, ...], text: str, timezone: str, holidays: HolidayCalendar | None
) -> OpeningHours | None:
    """The hours as parts, if *text* is exactly such parts (None: it is not)."""
    parts = _weekly_parts(rules, holidays) or lift(text, holidays)
    if parts is None:
        return None
    try:
        structured = OpeningHours(timezone=timezone, **parts)
    except OpeningHoursError:  # overlapping times of one rule (OSM joins them), say
        return None
    written = _write_parts(structured, language="en")
    return structured if written == text or parse_rules(written) == rules else None


def _weekly_parts(
    rules: tuple[Rule, ...], holidays: HolidayCalendar | None
) -> dict[str, object] | None:
    """The parts of the commonest values at once: weekday rules, then perhaps ``PH``.

    None for anything else (ranges past midnight, ``,`` rules, comments, ...): the
    grammar of the structured form reads those. Either way the caller checks that the
    parts write back to the same rules.
    """
    week: list[tuple[TimeRange, ...]] = [()] * 7
    holiday_hours: tuple[TimeRange, ...] | None = None
    for index, rule in enumerate(rules):
        if index == 0 and rule.always and rule.comment is None and rule.state is State.OPEN:
            week = [(TimeRange(0, DAY),)] * 7
            continue
        ranges = _day_ranges(rule)
        if ranges is None:
            return None
        if rule.days == (HolidayDay(),) and index == len(rules) - 1:
            holiday_hours = ranges
            continue
        if not rule.plain_week:
            return None
        for item in rule.days:
            assert isinstance(item, WeekdayRange)  # noqa: S101 - plain week: weekdays only
            for step in range((item.last - item.first) % 7 + 1):
                week[(item.first + step) % 7] = ranges
    return {
        "weekly": tuple(week),
        "holidays": None if holiday_hours is None else holidays,
        "holiday_hours": holiday_hours or (),
    }


def _day_ranges(rule: Rule) -> tuple[TimeRange, ...] | None:
    """The ranges of a plain rule with days (None: not such a rule)."""
    if rule.additional or rule.comment is not None or not rule.days:
        return None
    if any(span.spills or span.open_end for span in rule.spans):
        return None
    if rule.state is State.CLOSED and rule.spans:
        return None
    try:
        return tuple(TimeRange(span.start, span.end) for span in rule.spans)
    except OpeningHoursError:
        return None


def _structurable(rule: Rule) -> bool:
    """Whether *rule* could be part of a structured form (a quick test before the real one)."""
    if rule.years or rule.weeks or rule.holidays or rule.state is State.UNKNOWN:
        return False
    if len(rule.dates) > 1:  # each season or special period has one period
        return False
    if any(span.open_end for span in rule.spans) or (rule.state is State.CLOSED and rule.spans):
        return False
    if any(isinstance(item, EasterDate) for item in rule.dates):
        return False
    return all(
        (isinstance(item, HolidayDay) and not item.offset)
        or (isinstance(item, WeekdayRange) and not item.nth)
        for item in rule.days
    )


def compile_parts(hours: OpeningHours) -> tuple[Rule, ...]:
    """The rules of structured *hours*: the value their parts write, read back.

    Extra hours are rules of their own (every other week has no OSM text to read back).
    """
    rules: list[Rule] = []
    texts: list[str] = []
    for piece, _ in _pieces(hours, language=None):
        if isinstance(piece, str):
            texts.append(piece)
            continue
        if texts:
            rules.extend(parse_rules("; ".join(texts)))
            texts = []
        rules.append(piece)
    if texts:
        rules.extend(parse_rules("; ".join(texts)))
    return tuple(rules)


def write_osm(hours: OpeningHours, *, language: str = "en") -> str:
    """The OpenStreetMap ``opening_hours`` value of *hours*; notes in *language*.

    Extra hours every other week from a date have no OSM form: refused
    (:class:`~charter.errors.OpeningHoursError`, naming them).
    """
    if hours.weekly is None:
        return write_rules(hours.rules)
    return _write_parts(hours, language=language)


# -- the structured form ----------------------------------------------------------------------


def _ranges(ranges: Iterable[TimeRange]) -> str:
    return ",".join(str(r) for r in ranges) or "off"


_Group = tuple[tuple[TimeRange, ...], list[Weekday]]


def _spills_into(a: _Group, b: _Group) -> bool:
    """Whether a range of group *a* runs past midnight into a day of group *b*."""
    return any(r.spills for r in a[0]) and any((day + 1) % 7 in b[1] for day in a[1])


def _rule_order(groups: list[_Group]) -> tuple[list[_Group], bool]:
    """The groups in an order where ``;`` is exact, or in weekday order with ``,``.

    ``;`` replaces the days a rule names, so a group whose range runs past midnight into
    another group's day must come after that group. Where spills go round in a circle no
    order works, and the rules are joined with ``,`` (which adds instead of replacing).
    """
    ordered: list[_Group] = []
    waiting = list(groups)
    while waiting:
        ready = [g for g in waiting if not any(_spills_into(g, o) for o in waiting if o is not g)]
        if not ready:
            return groups, True
        ordered.append(ready[0])
        waiting.remove(ready[0])
    return ordered, False


def _week_rules(days: tuple[tuple[TimeRange, ...], ...], prefix: str, suffix: str) -> str:
    """Weekday groups with equal hours, as rules (see :func:`_rule_order`)."""
    found: dict[tuple[TimeRange, ...], list[Weekday]] = {}
    for day in Weekday:
        if days[day]:
            found.setdefault(days[day], []).append(day)
    groups, additive = _rule_order(sorted(found.items(), key=lambda item: item[1][0]))
    rules = [
        f"{prefix}{format_weekdays(group)} {_ranges(ranges)}{suffix}" for ranges, group in groups
    ]
    return (", " if additive else "; ").join(rules)


def _quoted(note: str) -> str:
    return f' "{note}"'


def _period(start: MonthDay, end: MonthDay) -> str:
    if start.day == 1 and end.is_month_end:
        if start.month == end.month:
            return MONTHS[start.month - 1]
        return f"{MONTHS[start.month - 1]}-{MONTHS[end.month - 1]}"
    return f"{start}-{end}"


def _dates(item: SpecialHours | CloseEarly) -> str:
    def one(value: date | MonthDay) -> str:
        if isinstance(value, MonthDay):
            return str(value)
        return f"{value.year} {MONTHS[value.month - 1]} {value.day:02d}"

    return one(item.start) if item.start == item.end else f"{one(item.start)}-{one(item.end)}"


_APPOINTMENT = "by appointment"


def _weekday_items(days: Iterable[Weekday]) -> tuple[WeekdayRange, ...]:
    """Weekdays as rule items: runs of three or more as a range (``Mo-We``), others alone."""
    return tuple(
        WeekdayRange(WEEKDAYS.index(part[:2]), WEEKDAYS.index(part[-2:]))
        for part in format_weekdays(days).split(",")
    )


def _extra_rule(item: ExtraHours, comment: str | None) -> Rule:
    """The rule of extra hours: added (after ``,``) to the week's on their days."""
    if item.nth:
        days = tuple(WeekdayRange(int(day), int(day), nth=item.nth) for day in sorted(item.days))
    else:
        days = _weekday_items(item.days)
    start = item.cycle_start
    return Rule(
        additional=True,
        weeks=() if start is None else (WeekCycle(start),),
        days=days,
        spans=tuple(Span(r.start, r.end) for r in item.hours),
        comment=comment,
    )


def _extra_comment(item: ExtraHours, language: str | None, *, appointment: bool) -> str | None:
    """The comment of extra hours: their note, and "by appointment" where they need one."""
    if language is None:
        return None
    note = item.note[language] if item.note else None
    if item.by_appointment or appointment:
        return _APPOINTMENT if note is None else f"{note}, {_APPOINTMENT}"
    return note


def _write_parts(hours: OpeningHours, *, language: str | None) -> str:
    """The value of structured *hours*; notes in *language* (None: without notes)."""
    text = ""
    for piece, index in _pieces(hours, language=language):
        if isinstance(piece, Rule):
            if any(isinstance(item, WeekCycle) for item in piece.weeks):
                raise OpeningHoursError(f"extra[{index}]: {NO_OSM_CYCLE}")
            text = f"{text}, {piece}" if text else str(piece)
        else:
            text = f"{text}; {piece}" if text else piece
    return text


def _pieces(hours: OpeningHours, *, language: str | None) -> list[tuple[str | Rule, int]]:
    """The value of structured *hours* in order, notes in *language* (None: none).

    The text of rules after ``;``, and the rule of each extra hours (after ``,``) with its
    index (-1 for the others).
    """
    assert hours.weekly is not None  # noqa: S101 - only structured hours have parts
    suffix = ""
    if hours.by_appointment:
        suffix = f' open "{_APPOINTMENT}"' if language is not None else " open"
    rules: list[str] = []
    if hours.weekly.is_always_open:
        rules.append(f"24/7{suffix}")
    else:
        closed = f'off "{_APPOINTMENT}"' if hours.by_appointment and language else "off"
        rules.append(_week_rules(hours.weekly.days, "", suffix) or closed)
    extra = [
        (_extra_rule(item, _extra_comment(item, language, appointment=hours.by_appointment)), i)
        for i, item in enumerate(hours.extra)
    ]
    for season in hours.seasons:
        period = _period(season.start, season.end)
        reset = f"{period} off" if " " not in period else f"{period} Mo-Su off"
        note = _quoted(season.note[language]) if season.note and language else ""
        parts = [reset + note, _week_rules(season.weekly.days, f"{period} ", "")]
        rules.append("; ".join(part for part in parts if part))
    if hours.holidays is not None:
        rules.append(f"PH {_ranges(hours.holiday_hours)}")
    for item in hours.special:
        note = _quoted(item.note[language]) if item.note and language else ""
        state = " open" if note and item.hours else ""
        rules.append(f"{_dates(item)} {_ranges(item.hours)}{state}{note}")
    for early in hours.close_early:  # closes the rest of the day, never opens it
        note = _quoted(early.note[language]) if early.note and language else ""
        rules.append(f"{_dates(early)} {early.closes:%H:%M}-24:00 off{note}")
    pieces: list[tuple[str | Rule, int]] = [(rules[0], -1), *extra]
    pieces.extend((rule, -1) for rule in rules[1:])
    if pieces[0][0] == "off" and len(pieces) > 1:
        del pieces[0]  # "off" first adds nothing when other rules follow
    return pieces
