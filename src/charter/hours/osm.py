"""Read and write OpenStreetMap ``opening_hours`` values, for the subset the model expresses.

Read: weekday lists and ranges (``Mo-Fr``, ``Sa,Su``, wrapping ``Fr-Mo``), time ranges
(several, past midnight, ``24:00``), ``24/7``, ``off``/``closed``, ``PH off`` and
``PH 10:00-12:00``, month ranges for seasons (``Jul-Aug Mo-Fr 10:00-16:00``), dated
exceptions (``Dec 24 09:00-12:00``, ``2026 Aug 03-2026 Aug 14 off "summer closure"``),
comments; ``;`` rules replace the days they name, ``,`` rules add to them. Rules come in
the model's order of precedence: weekly rules, seasons, ``PH``, then dated exceptions.

Anything else — fallback rules (``||``), open ends (``+``), sun times, week numbers,
school holidays, a rule order the model cannot represent — raises
:class:`~charter.errors.OpeningHoursSyntaxError` naming the position. Nothing is read
approximately.

>>> from charter import belgium
>>> hours = parse_osm(
...     "Mo-Fr 09:00-17:00; PH off", timezone="Europe/Brussels", holidays=belgium.LEGAL
... )
>>> write_osm(hours)
'Mo-Fr 09:00-17:00; PH off'
>>> try:
...     parse_osm("Mo-Fr 09:00-17:00 || Sa off", timezone="Europe/Brussels")
... except OpeningHoursSyntaxError as error:
...     print(error.position, str(error).splitlines()[0])
18 fallback rules ('||') are not supported at position 18:
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from charter.calendars.base import HolidayCalendar, Weekday
from charter.errors import (
    CharterError,
    OpeningHoursError,
    OpeningHoursSyntaxError,
    UnknownTimezoneError,
)
from charter.hours._osm_syntax import (
    HOLIDAY,
    LAYER_NAMES,
    MONTHS,
    SEASON,
    SPECIAL,
    WEEKDAYS,
    WEEKLY,
    Parser,
    Rule,
)
from charter.hours.model import MonthDay, OpeningHours, Season, SpecialHours
from charter.hours.ranges import DAY, TimeRange

__all__ = ["parse_osm", "write_osm"]

#: The start of the message when ``PH`` is used without a holiday calendar.
PH_NEEDS_CALENDAR = "'PH' needs a holiday calendar"


# -- from rules to the model ----------------------------------------------------------------


_Keyed = dict[tuple[int, int], TimeRange]


def _survivors(rules: Sequence[Rule]) -> tuple[list[_Keyed], list[_Keyed]]:
    """Per weekday, the ranges that survive OSM's rule order: its own, and spills into it.

    A ``;`` rule clears the days it names (spills into them included); a ``,`` rule adds.
    Ranges are keyed by (rule, range) so that a spill can be matched with its origin.
    """
    own: list[_Keyed] = [{} for _ in Weekday]
    spill: list[_Keyed] = [{} for _ in Weekday]
    for number, rule in enumerate(rules):
        days = rule.weekdays if rule.weekdays is not None else frozenset(Weekday)
        for day in days:
            if not rule.additive:
                own[day].clear()
                spill[day].clear()
            own[day].update(((number, i), r) for i, r in enumerate(rule.ranges))
        for day in days:
            spill[(day + 1) % 7].update(
                ((number, i), r) for i, r in enumerate(rule.ranges) if r.spills
            )
    return own, spill


def _week_pattern(rules: Sequence[Rule], parser: Parser) -> tuple[tuple[TimeRange, ...], ...]:
    """The weekly pattern that the OSM rules produce, with ``;``/``,`` and spills exact."""
    own, spill = _survivors(rules)
    pieces: list[list[tuple[int, int]]] = [[] for _ in Weekday]
    for day in Weekday:
        after, before = (day + 1) % 7, (day - 1) % 7
        # A range keeps its part past midnight only where that part survived the next day.
        pieces[day].extend(
            (r.start, r.end if key in spill[after] else min(r.end, DAY))
            for key, r in own[day].items()
        )
        # A surviving spill whose own day was replaced stays as this day's morning.
        pieces[day].extend(
            (0, r.end - DAY) for key, r in spill[day].items() if key not in own[before]
        )
    try:
        return tuple(_union(day_pieces) for day_pieces in pieces)
    except CharterError as error:
        raise parser.error(str(error), rules[0].position) from None


def _union(pieces: Iterable[tuple[int, int]]) -> tuple[TimeRange, ...]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return tuple(TimeRange(a, b) for a, b in merged)


def _day_ranges(rules: Sequence[Rule], parser: Parser) -> tuple[TimeRange, ...]:
    """The ranges of a group of rules that all name the same days (PH, or one date)."""
    found: list[tuple[int, int]] = []
    for rule in rules:
        if not rule.additive:
            if found and any(b > DAY for _, b in found):
                raise parser.error(
                    "this rule replaces a range that runs past midnight: not supported",
                    rule.position,
                )
            found = []
        found.extend((r.start, r.end) for r in rule.ranges)
    return _union(found)


def _note(rules: Sequence[Rule], parser: Parser) -> str | None:
    notes = {rule.comment for rule in rules if rule.comment is not None}
    if len(notes) > 1:
        raise parser.error("one period has two different comments", rules[-1].position)
    return notes.pop() if notes else None


def _groups(rules: list[Rule], parser: Parser) -> list[list[Rule]]:
    """Consecutive rules of one layer and one date selector."""
    groups: list[list[Rule]] = []
    for rule in rules:
        previous = groups[-1][-1] if groups else None
        if previous is not None and rule.layer < previous.layer:
            raise parser.error(
                f"{LAYER_NAMES[rule.layer]} after {LAYER_NAMES[previous.layer]} cannot be "
                "represented: write weekly rules, then seasons, then 'PH', then dated rules",
                rule.position,
            )
        if previous is not None and (rule.layer, rule.period) == (previous.layer, previous.period):
            groups[-1].append(rule)
            continue
        if previous is not None and rule.additive and rule.layer != WEEKLY:
            raise parser.error(
                "an added (',') rule that does not replace its days cannot be represented "
                "here: use ';'",
                rule.position,
            )
        if any(g[0].layer == rule.layer and g[0].period == rule.period for g in groups):
            raise parser.error("the same days are given again after other rules", rule.position)
        groups.append([rule])
    return groups


def _weekly_comment(rules: Sequence[Rule], parser: Parser) -> bool:
    """Whether the weekly rules say "by appointment" (all of them with hours, or none)."""
    for rule in rules:
        if rule.comment is not None and rule.comment.strip().lower() != "by appointment":
            raise parser.error(
                'the only comment a weekly rule may carry is "by appointment"', rule.position
            )
        if rule.comment is not None and not rule.ranges and len(rules) > 1:
            raise parser.error('"by appointment" on a closed day says nothing', rule.position)
    marked = [rule.comment is not None for rule in rules if rule.ranges]
    if any(marked) and not all(marked):
        raise parser.error('"by appointment" must be on every weekly rule', rules[0].position)
    return any(rule.comment is not None for rule in rules)


def _season(
    rules: Sequence[Rule],
    weekly: tuple[tuple[TimeRange, ...], ...],
    earlier: Sequence[Season],
    parser: Parser,
) -> Season:
    """A season from its rules; weekdays they leave out keep the weekly hours (OSM).

    That copy is exact only when no earlier hours run past midnight into such a day: in
    OSM the weekly or an earlier season's rule would still spill into it.
    """
    named = frozenset().union(*(r.weekdays or frozenset(Weekday) for r in rules))
    pattern = list(_week_pattern(rules, parser))
    unnamed = [day for day in Weekday if day not in named]
    earlier_days = [day for season in earlier for day in season.weekly.days]
    if unnamed and any(r.spills for day in (*weekly, *earlier_days) for r in day):
        raise parser.error(
            f"the season leaves {unnamed[0].name.title()} to the weekly hours, and hours that "
            "run past midnight could spill into it: name every weekday in the season (for "
            "example with 'Mo-Su off' first)",
            rules[0].position,
        )
    for day in unnamed:
        pattern[day] = weekly[day]
    first = rules[0]
    assert isinstance(first.start, MonthDay)  # noqa: S101 - the period of a season rule
    assert isinstance(first.end, MonthDay)  # noqa: S101
    note = _note(rules, parser)
    try:
        return Season(start=first.start, end=first.end, weekly=tuple(pattern), note=note)
    except OpeningHoursError as error:
        raise parser.error(str(error), first.position) from None


def _holiday_hours(
    groups: Sequence[Sequence[Rule]], holidays: HolidayCalendar | None, parser: Parser
) -> tuple[HolidayCalendar | None, tuple[TimeRange, ...]]:
    found = [group for group in groups if group[0].layer == HOLIDAY]
    if not found:
        return None, ()
    group = found[0]
    if holidays is None:
        raise parser.error(f"{PH_NEEDS_CALENDAR}: pass holidays=... to from_osm", group[0].position)
    if any(rule.comment for rule in group):
        raise parser.error("a comment on a 'PH' rule is not supported", group[0].position)
    return holidays, _day_ranges(group, parser)


def _special(group: Sequence[Rule], parser: Parser) -> SpecialHours:
    first = group[0]
    hours, note = _day_ranges(group, parser), _note(group, parser)
    try:
        return SpecialHours(start=first.start, end=first.end, hours=hours, note=note)
    except OpeningHoursError as error:
        raise parser.error(str(error), first.position) from None


def _spills(items: Iterable[Season | SpecialHours]) -> bool:
    for item in items:
        days = item.weekly.days if isinstance(item, Season) else (item.hours,)
        if any(r.spills for day in days for r in day):
            return True
    return False


def parse_osm(text: str, *, timezone: str, holidays: HolidayCalendar | None = None) -> OpeningHours:
    """Read *text* into :class:`OpeningHours` exactly, or raise ``OpeningHoursSyntaxError``."""
    if not isinstance(text, str):
        raise OpeningHoursSyntaxError(repr(text), 0, "expected the opening_hours value as a string")
    parser = Parser(text)
    groups = _groups(parser.rules(), parser)
    weekly_rules = [r for g in groups if g[0].layer == WEEKLY for r in g]
    weekly = _week_pattern(weekly_rules, parser)
    season_groups = [g for g in groups if g[0].layer == SEASON]
    special_groups = [g for g in groups if g[0].layer == SPECIAL]
    seasons: list[Season] = []
    for group in season_groups:
        seasons.append(_season(group, weekly, seasons, parser))
    special = [_special(group, parser) for group in special_groups]
    calendar, holiday_hours = _holiday_hours(groups, holidays, parser)
    try:
        hours = OpeningHours(
            timezone=timezone,
            weekly=weekly,
            seasons=seasons,
            holidays=calendar,
            holiday_hours=holiday_hours,
            special=special,
            by_appointment=_weekly_comment(weekly_rules, parser),
        )
    except (OpeningHoursSyntaxError, UnknownTimezoneError):
        raise
    except CharterError as error:
        raise parser.error(str(error), 0) from None
    for parsed, built, rules in (
        (seasons, hours.seasons, season_groups),
        (special, hours.special, special_groups),
    ):
        if _spills(parsed) and list(parsed) != list(built):
            raise parser.error(
                "rules with hours past midnight must come in date order to be represented",
                rules[0][0].position,
            )
    return hours


# -- writing --------------------------------------------------------------------------------


def _weekday_list(days: Iterable[Weekday]) -> str:
    ordered = sorted(days)
    runs: list[list[int]] = []
    for day in ordered:
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{WEEKDAYS[run[0]]}-{WEEKDAYS[run[-1]]}")
        else:
            parts.extend(WEEKDAYS[day] for day in run)
    return ",".join(parts)


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
        f"{prefix}{_weekday_list(group)} {_ranges(ranges)}{suffix}" for ranges, group in groups
    ]
    return (", " if additive else "; ").join(rules)


def _quoted(note: str) -> str:
    if '"' in note:
        raise OpeningHoursSyntaxError(note, note.index('"'), "a note for OSM cannot hold '\"'")
    return f' "{note}"'


def _period(start: MonthDay, end: MonthDay) -> str:
    if start.day == 1 and end.is_month_end:
        if start.month == end.month:
            return MONTHS[start.month - 1]
        return f"{MONTHS[start.month - 1]}-{MONTHS[end.month - 1]}"
    return f"{start}-{end}"


def _dates(item: SpecialHours) -> str:
    def one(value: date | MonthDay) -> str:
        if isinstance(value, MonthDay):
            return str(value)
        return f"{value.year} {MONTHS[value.month - 1]} {value.day:02d}"

    return one(item.start) if item.start == item.end else f"{one(item.start)}-{one(item.end)}"


def write_osm(hours: OpeningHours, *, language: str = "en") -> str:
    """The OpenStreetMap ``opening_hours`` value of *hours*; notes in *language*."""
    suffix = ' "by appointment"' if hours.by_appointment else ""
    rules: list[str] = []
    if hours.weekly.is_always_open:
        rules.append(f"24/7{suffix}")
    else:
        rules.append(_week_rules(hours.weekly.days, "", suffix) or f"off{suffix}")
    for season in hours.seasons:
        period = _period(season.start, season.end)
        reset = f"{period} off" if " " not in period else f"{period} Mo-Su off"
        note = _quoted(season.note[language]) if season.note else ""
        parts = [reset + note, _week_rules(season.weekly.days, f"{period} ", "")]
        rules.append("; ".join(part for part in parts if part))
    if hours.holidays is not None:
        rules.append(f"PH {_ranges(hours.holiday_hours)}")
    for item in hours.special:
        note = _quoted(item.note[language]) if item.note else ""
        rules.append(f"{_dates(item)} {_ranges(item.hours)}{note}")
    if rules[0] == "off" and len(rules) > 1:
        del rules[0]  # "off" first adds nothing when other rules follow
    return "; ".join(rules)
