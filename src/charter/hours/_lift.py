"""The structured form of an ``opening_hours`` value, where the value has one.

A value read with ``from_osm`` is evaluated as its rules (:mod:`charter.hours.rules`).
When it is also a weekly schedule with seasons, ``PH`` hours and dated exceptions, the
structured form is kept beside the rules for the documents, the tables and the words:
this module reads that form with the grammar of that form alone, and
:func:`charter.hours.osm.parse_osm` keeps it only when it compiles back to exactly the
rules read. Nothing here decides how a value is evaluated.

Over 500 lines on purpose: one grammar, one reader. The structured form's syntax and the
checks that it compiles back exactly are read in one pass; split, each half would need
the other's positions and states.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from attrs import define

from charter._checks import MINUTES_PER_DAY as DAY
from charter._checks import MONTHS, WEEKDAYS
from charter.calendars.base import HolidayCalendar, Weekday
from charter.errors import (
    MAX_YEAR,
    MIN_YEAR,
    CharterError,
    OpeningHoursError,
    OpeningHoursSyntaxError,
)
from charter.hours._osm_syntax import Token, TokenReader
from charter.hours.model import MonthDay, Season, SpecialHours
from charter.hours.ranges import TimeRange

__all__ = ["lift"]

_UNSUPPORTED_WORDS = {
    "sunrise": "sun times",
    "sunset": "sun times",
    "dawn": "sun times",
    "dusk": "sun times",
    "week": "week numbers",
    "easter": "Easter dates",
    "SH": "school holidays",
    "unknown": "the 'unknown' state",
    "open": "the 'open' keyword",
}

WEEKLY, SEASON, HOLIDAY, SPECIAL = range(4)
LAYER_NAMES = ("a weekly rule", "a season rule", "a 'PH' rule", "a dated rule")


@define
class Rule:
    position: int
    additive: bool
    layer: int = WEEKLY
    period: tuple[object, ...] | None = None  # the date selector, compared between rules
    start: date | MonthDay | None = None
    end: date | MonthDay | None = None
    weekdays: frozenset[Weekday] | None = None
    ranges: tuple[TimeRange, ...] = ()
    comment: str | None = None
    selector: int | None = None  # where its dates or weekdays start; None: it has none


class Parser(TokenReader):
    """A recursive-descent reader of the structured form's grammar."""

    def unsupported(self, token: Token) -> OpeningHoursSyntaxError:
        if token.kind == "fallback":
            return self.error("fallback rules ('||') are not supported", token.position)
        if token.kind == "word" and token.text in _UNSUPPORTED_WORDS:
            feature = _UNSUPPORTED_WORDS[token.text]
            return self.error(f"{feature} ({token.text!r}) are not supported", token.position)
        if token.text == "+":
            return self.error("open ends ('+') are not supported", token.position)
        if token.text in "[]()":
            return self.error(
                f"{token.text!r} (nth weekdays, offsets) is not supported", token.position
            )
        return self.error(f"unexpected {token.text!r}", token.position)

    # -- the grammar -----------------------------------------------------------------------

    def rules(self) -> list[Rule]:
        if not self.tokens:
            raise self.error("the value is empty", 0)
        rules = [self.rule(additive=False)]
        while self.peek() is not None:
            token = self.take()
            if token.kind == "punct" and token.text in ";,":
                rule = self.rule(additive=token.text == ",")
                if rule.selector is None and rule.ranges and rules[-1].selector is not None:
                    # opening_hours.js adds such a rule to every day instead of replacing
                    # them: a reading the model cannot hold. Naming the days is exact.
                    # (24/7 and a bare "off" do replace every day, as read here.)
                    raise self.error(
                        "a rule without days after a rule with days is read differently by "
                        "OSM tools: name its days (for example 'Mo-Su 10:00-12:00')",
                        rule.position,
                    )
                rules.append(rule)
            else:
                raise self.unsupported(token)
        return rules

    def rule(self, *, additive: bool) -> Rule:
        token = self.peek()
        if token is None:
            raise self.error("expected a rule after the separator")
        rule = Rule(position=token.position, additive=additive)
        if token.kind == "always":
            self.index += 1
            rule.weekdays = frozenset(Weekday)
            rule.ranges = (TimeRange(0, DAY),)
            rule.selector = token.position  # names every day, like Mo-Su
            self.comment(rule)
            return rule
        selected = self.dates(rule)
        selected = self.weekdays(rule) or selected
        rule.selector = token.position if selected else None
        if self.at("word", "off") or self.at("word", "closed"):
            self.index += 1
        elif self.at("time"):
            rule.ranges = self.times()
        elif selected:
            rule.ranges = (TimeRange(0, DAY),)  # a selector alone: open all day (OSM)
        else:
            token = self.peek()
            raise self.unsupported(token) if token else self.error("expected a rule")
        self.comment(rule)
        if additive and not rule.ranges:
            rule.additive = False  # an added "off" closes its days, as a ";" rule does
        return rule

    def comment(self, rule: Rule) -> None:
        if rule.ranges and self.at("word", "open") and self.at("comment", ahead=1):
            self.index += 1  # "open" before a note: the hours stay open
        if self.at("comment"):
            rule.comment = self.take().text[1:-1]

    def dates(self, rule: Rule) -> bool:
        year = self.year()
        token = self.peek()
        if token is None or token.kind != "word" or token.text not in MONTHS:
            if year is not None:
                raise self.error("expected a month after the year")
            return False
        month = self.month()
        day = self.day()
        if day is None:
            self.month_range(rule, year, month, token.position)
        else:
            self.date_range(rule, year, self.month_day(year, month, day, token.position))
        return True

    def month_range(self, rule: Rule, year: int | None, month: int, position: int) -> None:
        """``Jul`` or ``Jul-Aug``: the period of a season."""
        last_month = month
        if self.at("punct", "-") and self.at("word", ahead=1):
            self.index += 1
            last_month = self.month()
        if year is not None:
            raise self.error("a month range with a year is not supported", position)
        rule.layer = SEASON
        rule.start = MonthDay(month, 1)
        rule.end = MonthDay(last_month, _month_end(last_month))
        rule.period = ("months", month, last_month)

    def date_range(self, rule: Rule, year: int | None, first: date | MonthDay) -> None:
        """``Dec 24``, ``Dec 24-26``, ``2026 Aug 03-2026 Aug 14``: special days."""
        last = first
        if self.at("punct", "-"):
            self.index += 1
            token = self.peek()
            position = token.position if token else len(self.text)
            last_year = self.year()
            if last_year is not None and year is None:
                raise self.error("a yearly date cannot end on a dated one", position)
            month = self.month() if self.at("word") else first.month
            day = self.day()
            if day is None:
                raise self.error("expected a day of the month")
            last = self.month_day(last_year or year, month, day, position)
            if last == MonthDay(2, 29):
                raise self.error(
                    "a range ending on Feb 29 runs into Mar 01 in other years in OSM tools: "
                    "end it on Feb 28, or use whole months (Nov-Feb)",
                    position,
                )
        following = self.peek(1)
        if (
            self.at("punct", ",")
            and following is not None
            and (following.kind == "number" or following.text in MONTHS)
        ):
            raise self.error("lists of dates are not supported: write one rule per date")
        rule.start, rule.end = first, last
        rule.layer = SPECIAL
        rule.period = ("dates", first, last)

    def year(self) -> int | None:
        token = self.peek()
        if token is not None and token.kind == "number" and len(token.text) == 4:
            self.index += 1
            return int(token.text)
        return None

    def month(self) -> int:
        token = self.take()
        if token.kind != "word" or token.text not in MONTHS:
            raise self.error("expected a month such as 'Jul'", token.position)
        return MONTHS.index(token.text) + 1

    def day(self) -> int | None:
        token = self.peek()
        if token is not None and token.kind == "number" and len(token.text) <= 2:
            self.index += 1
            return int(token.text)
        return None

    def month_day(self, year: int | None, month: int, day: int, position: int) -> date | MonthDay:
        if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
            message = f"year {year} is outside the supported years {MIN_YEAR}-{MAX_YEAR}"
            raise self.error(message, position)
        try:
            return MonthDay(month, day) if year is None else date(year, month, day)
        except (CharterError, ValueError):
            raise self.error(f"{MONTHS[month - 1]} {day:02d} is not a date", position) from None

    def weekdays(self, rule: Rule) -> bool:
        token = self.peek()
        if token is None or token.kind != "word" or token.text in ("off", "closed"):
            return False
        if token.text == "PH":
            self.holiday(rule, token)
            return True
        if token.text not in WEEKDAYS:
            raise self.unsupported(token)
        rule.weekdays = self.weekday_list()
        if self.at("other", "["):
            raise self.unsupported(self.take())
        if rule.layer == SPECIAL:
            if isinstance(rule.start, date):
                raise self.error("dated rules with weekdays are not supported", token.position)
            rule.layer = SEASON  # month-days with weekdays: a season
        return True

    def holiday(self, rule: Rule, token: Token) -> None:
        self.index += 1
        if self.at("punct", ",") and self.at("word", ahead=1):
            raise self.error("'PH' combined with weekdays is not supported", token.position)
        if rule.layer != WEEKLY:
            raise self.error("'PH' with dates is not supported", token.position)
        rule.layer = HOLIDAY

    def weekday_list(self) -> frozenset[Weekday]:
        days: set[Weekday] = set()
        while True:
            first = self.weekday()
            last = first
            if self.at("punct", "-"):
                self.index += 1
                last = self.weekday()
            days.update(Weekday((first + step) % 7) for step in range((last - first) % 7 + 1))
            following = self.peek(1)
            if not self.at("punct", ",") or following is None or following.kind != "word":
                return frozenset(days)
            if following.text == "PH":
                raise self.error("'PH' combined with weekdays is not supported", following.position)
            if following.text not in WEEKDAYS:
                return frozenset(days)
            self.index += 1

    def weekday(self) -> int:
        token = self.take()
        if token.kind != "word" or token.text not in WEEKDAYS:
            raise self.error("expected a weekday such as 'Mo'", token.position)
        return WEEKDAYS.index(token.text)

    def times(self) -> tuple[TimeRange, ...]:
        found: list[TimeRange] = []
        while True:
            start = self.take()
            if start.kind != "time":
                raise self.error("expected a time HH:MM", start.position)
            if not self.at("punct", "-"):
                token = self.peek()
                if token is not None and token.text == "+":
                    raise self.unsupported(token)
                raise self.error("expected '-' and an end time")
            self.index += 1
            end = self.take()
            if end.kind != "time":
                if end.kind == "word":
                    raise self.unsupported(end)
                raise self.error("expected an end time HH:MM", end.position)
            found.append(self.time_range(start, end))
            if self.at("other", "+"):
                raise self.unsupported(self.take())
            if not (self.at("punct", ",") and self.at("time", ahead=1)):
                return tuple(found)
            self.index += 1

    def time_range(self, start: Token, end: Token) -> TimeRange:
        a, b = _minutes(start.text), _minutes(end.text)
        if a is None or a >= DAY:
            raise self.error(f"{start.text!r} is not a start time 00:00-23:59", start.position)
        if b is None or b > 2 * DAY:
            raise self.error(f"{end.text!r} is not an end time", end.position)
        if b <= a and b <= DAY and not (a == 0 and b == DAY):
            b += DAY  # 22:00-02:00 runs past midnight
        try:
            return TimeRange(a, b)
        except CharterError as error:
            raise self.error(str(error), start.position) from None


def _minutes(text: str) -> int | None:
    hours, _, minutes = text.partition(":")
    if int(minutes) > 59:
        return None
    return int(hours) * 60 + int(minutes)


def _month_end(month: int) -> int:
    return 29 if month == 2 else (30 if month in (4, 6, 9, 11) else 31)


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
    seen: set[tuple[int, object]] = set()
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
        if (rule.layer, rule.period) in seen:
            raise parser.error("the same days are given again after other rules", rule.position)
        seen.add((rule.layer, rule.period))
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
        raise parser.error("PH needs a calendar", group[0].position)
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


def lift(text: str, holidays: HolidayCalendar | None) -> dict[str, Any] | None:
    """The structured parts of *text* (``OpeningHours`` keywords), or None if it has none."""
    try:
        parser = Parser(text)
        groups = _groups(parser.rules(), parser)
        weekly_rules = [r for g in groups if g[0].layer == WEEKLY for r in g]
        weekly = _week_pattern(weekly_rules, parser)
        seasons: list[Season] = []
        for group in (g for g in groups if g[0].layer == SEASON):
            seasons.append(_season(group, weekly, seasons, parser))
        special = [_special(group, parser) for group in groups if group[0].layer == SPECIAL]
        calendar, holiday_hours = _holiday_hours(groups, holidays, parser)
        return {
            "weekly": weekly,
            "seasons": seasons,
            "holidays": calendar,
            "holiday_hours": holiday_hours,
            "special": special,
            "by_appointment": _weekly_comment(weekly_rules, parser),
        }
    except CharterError:
        return None
