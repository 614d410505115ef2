"""The grammar of the supported ``opening_hours`` subset: text to a list of rules.

:mod:`charter.hours.osm` turns the rules into the model; this module only reads them,
with the position of every token, and refuses what it does not know.
"""

from __future__ import annotations

import re
from datetime import date

from attrs import define, frozen

from charter.calendars.base import Weekday
from charter.errors import MAX_YEAR, MIN_YEAR, CharterError, OpeningHoursSyntaxError
from charter.hours.model import MonthDay
from charter.hours.ranges import DAY, TimeRange

__all__ = [
    "HOLIDAY",
    "LAYER_NAMES",
    "MONTHS",
    "SEASON",
    "SPECIAL",
    "WEEKDAYS",
    "WEEKLY",
    "Parser",
    "Rule",
]

WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>"[^"]*")
    | (?P<always>24/7)
    | (?P<time>\d{1,2}:\d{2})
    | (?P<number>\d+)
    | (?P<word>[A-Za-z]+)
    | (?P<fallback>\|\|)
    | (?P<punct>[;,\-])
    | (?P<other>.)
    """,
    re.VERBOSE,
)
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


@frozen
class Token:
    kind: str
    text: str
    position: int


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


def _tokens(text: str) -> list[Token]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind != "space":
            tokens.append(Token(kind, match.group(), match.start()))
    return tokens


class Parser:
    """A recursive-descent reader of the supported subset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.index = 0

    # -- helpers --------------------------------------------------------------------------

    def error(self, message: str, position: int | None = None) -> OpeningHoursSyntaxError:
        if position is None:
            token = self.peek()
            position = token.position if token else len(self.text)
        return OpeningHoursSyntaxError(self.text, position, message)

    def peek(self, ahead: int = 0) -> Token | None:
        index = self.index + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise self.error("unexpected end of the value")
        self.index += 1
        return token

    def at(self, kind: str, text: str | None = None, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == kind and (text is None or token.text == text)

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
