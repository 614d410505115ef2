"""The grammar of OpenStreetMap ``opening_hours``: text to an ordered list of rules.

:mod:`charter.hours.rules` evaluates the rules; this module only reads them, with the
position of every token, and refuses what it does not read exactly: sun times, school
holidays, fallback rules (``||``), points in time and repeating times (``/``), and the
few forms that OSM tools read in more than one way (each refused with the reason).

Selectors come in the order of the specification: years, months and dates, week
numbers, an optional ``:``, ``PH`` and weekdays, times, then the state and a comment.

Over 500 lines on purpose: one grammar, one reader. Each selector's reader is short, and
they share the token stream and its positions (every refusal names one); the list of
what is refused sits beside the forms it is told apart from.
"""

from __future__ import annotations

import calendar as _calendar
import functools
import re
from collections.abc import Collection
from datetime import date, timedelta
from typing import NamedTuple

from charter._checks import MINUTES_PER_DAY as DAY
from charter._checks import MONTHS, WEEKDAYS
from charter.errors import MAX_YEAR, MIN_YEAR, OpeningHoursSyntaxError
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
    WeekdayRange,
    WeekRange,
    YearRange,
)

__all__ = ["PARSED_TEXTS", "Parser", "Token", "TokenReader", "parse_rules", "tokenize"]

#: How many texts :func:`parse_rules` remembers the rules of.
PARSED_TEXTS = 1024

_TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>"[^"]*")
    | (?P<always>24/7)
    | (?P<time>\d{1,2}:\d{2})
    | (?P<number>\d+)
    | (?P<word>[A-Za-z]+)
    | (?P<fallback>\|\|)
    | (?P<punct>[;,\-:+/\[\]])
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL | re.ASCII,  # ASCII: no Arabic-Indic digits or Unicode spaces
)
_UNSUPPORTED_WORDS = {
    "sunrise": "sun times",
    "sunset": "sun times",
    "dawn": "sun times",
    "dusk": "sun times",
    "SH": "school holidays",
}
_STATES = {
    "open": State.OPEN,
    "closed": State.CLOSED,
    "off": State.CLOSED,
    "unknown": State.UNKNOWN,
}
#: The largest day offset on a weekday (``Sa[-1] +6 days``) and on Easter.
_MAX_WEEKDAY_OFFSET = 6
_MAX_EASTER_OFFSET = 100


class Token(NamedTuple):
    """A token: its kind (a group of the token pattern), its text and where it starts."""

    kind: str
    text: str
    position: int


def tokenize(text: str) -> list[Token]:
    """The tokens of *text*, spaces left out."""
    return [
        Token(match.lastgroup or "other", match.group(), match.start())
        for match in _TOKEN.finditer(text)
        if match.lastgroup != "space"
    ]


@functools.lru_cache(maxsize=PARSED_TEXTS)
def parse_rules(text: str) -> tuple[Rule, ...]:
    """The rules of *text*, or ``OpeningHoursSyntaxError`` with the position and reason.

    The rules of the last :data:`PARSED_TEXTS` texts read are remembered (rules are
    immutable): a charter's channels often share their hours, and structured hours are
    compiled through their text.
    """
    return tuple(Parser(text).rules())


class TokenReader:
    """Tokens of a text with a cursor, and errors that point into the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0

    def error(self, message: str, position: int | None = None) -> OpeningHoursSyntaxError:
        if position is None:
            token = self.peek()
            position = token.position if token else len(self.text)
        return OpeningHoursSyntaxError(self.text, position, message)

    def peek(self, ahead: int = 0) -> Token | None:
        try:
            return self.tokens[self.index + ahead]
        except IndexError:
            return None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise self.error("unexpected end of the value")
        self.index += 1
        return token

    def at(self, kind: str, text: str | None = None, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == kind and (text is None or token.text == text)


class Parser(TokenReader):
    """A recursive-descent reader of ``opening_hours`` values.

    After :meth:`rules`, :attr:`positions` holds where each rule starts in the text.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.positions: list[int] = []

    # -- helpers --------------------------------------------------------------------------

    def at_word(self, words: Collection[str], ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == "word" and token.text in words

    def at_year(self, ahead: int = 0) -> bool:
        token = self.peek(ahead)
        return token is not None and token.kind == "number" and len(token.text) == 4

    def unsupported(self, token: Token) -> OpeningHoursSyntaxError:
        if token.kind == "fallback":
            return self.error("fallback rules ('||') are not supported", token.position)
        if token.kind == "word" and token.text in _UNSUPPORTED_WORDS:
            feature = _UNSUPPORTED_WORDS[token.text]
            return self.error(f"{feature} are not supported ({token.text!r})", token.position)
        if token.text == "/":
            return self.error("repeating times ('/') are not supported", token.position)
        if token.text == '"':
            return self.error("a comment is not closed with '\"'", token.position)
        if token.kind == "time":
            return self.error(
                f"unexpected time {_short(token.text)}: times come after the days",
                token.position,
            )
        return self.error(f"unexpected {_short(token.text)}", token.position)

    # -- rules -----------------------------------------------------------------------------

    def rules(self) -> list[Rule]:
        if not self.tokens:
            raise self.error("the value is empty", 0)
        rules = [self.rule(additional=False)]
        while self.peek() is not None:
            token = self.take()
            if token.kind == "punct" and token.text in ";,":
                rules.append(self.rule(additional=token.text == ","))
            else:
                raise self.unsupported(token)
        return rules

    def rule(self, *, additional: bool) -> Rule:
        token = self.peek()
        if token is None:
            raise self.error("expected a rule after the separator")
        self.positions.append(token.position)
        if token.kind == "always":
            self.index += 1
            state, comment = self.modifier()
            return Rule(
                additional=additional,
                spans=(Span(0, DAY),),
                state=state or (State.UNKNOWN if comment is not None else State.OPEN),
                comment=comment,
                always=True,
            )
        years = self.years()
        dates = self.dates()
        weeks = self.weeks()
        colon = False
        if (years or dates or weeks) and self.at("punct", ":"):
            self.index += 1
            colon = True
        holidays, days = self.day_selectors()
        spans = self.spans()
        state, comment = self.modifier()
        if not (years or dates or weeks or days or spans or state) and comment is None:
            following = self.peek()
            if following is None:
                raise self.error("expected a rule")
            raise self.unsupported(following)
        return Rule(
            additional=additional,
            years=years,
            dates=dates,
            weeks=weeks,
            holidays=holidays,
            days=days,
            spans=spans,
            state=state or (State.UNKNOWN if comment is not None else State.OPEN),
            comment=comment,
            colon=colon,
        )

    def modifier(self) -> tuple[State | None, str | None]:
        state = None
        if self.at_word(_STATES):
            state = _STATES[self.take().text]
        comment = None
        if self.at("comment"):
            comment = self.take().text[1:-1]
        return state, comment

    # -- years ------------------------------------------------------------------------------

    def year_value(self) -> int:
        token = self.take()
        if token.kind != "number" or len(token.text) != 4:
            raise self.error("expected a year such as 2027", token.position)
        year = int(token.text)
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise self.error(
                f"year {year} is outside the supported years {MIN_YEAR}-{MAX_YEAR}",
                token.position,
            )
        return year

    def starts_date(self, ahead: int = 0) -> bool:
        """Whether a year at *ahead* starts a date (``2027 Dec 24``; ``2027 easter``, refused)."""
        if self.at_word(("easter",), ahead + 1):
            return True
        return self.at_word(MONTHS, ahead + 1) and self.at("number", ahead=ahead + 2)

    def years(self) -> tuple[YearRange, ...]:
        if not self.at_year() or self.starts_date():
            return ()
        found: list[YearRange] = []
        while True:
            position = self.peek().position  # type: ignore[union-attr]
            first = self.year_value()
            last: int | None = first
            step = 1
            if self.at("punct", "+"):
                self.index += 1
                last = None
            elif self.at("punct", "-"):
                self.index += 1
                last = self.year_value()
                if last < first:
                    raise self.error(f"the years {first}-{last} run backwards", position)
                if last == first:
                    raise self.error(f"write the year once: {first}", position)
                if self.at("punct", "/"):
                    self.index += 1
                    step = self.number(1, 1000, "a step in years")
            found.append(YearRange(first, last, step))
            if not (self.at("punct", ",") and self.at_year(1)):
                return tuple(found)
            self.index += 1

    def number(self, low: int, high: int, what: str) -> int:
        token = self.take()
        if token.kind != "number" or len(token.text) > 6 or not low <= int(token.text) <= high:
            raise self.error(f"expected {what} from {low} to {high}", token.position)
        return int(token.text)

    # -- months and dates ---------------------------------------------------------------------

    def at_date_item(self, ahead: int = 0) -> bool:
        if self.at_word(MONTHS, ahead) or self.at_word(("easter",), ahead):
            return True
        return self.at_year(ahead) and self.starts_date(ahead)

    def dates(self) -> tuple[DateItem, ...]:
        if not self.at_date_item():
            return ()
        found: list[DateItem] = []
        while True:
            position = self.peek().position  # type: ignore[union-attr]
            item = self.date_item()
            months = [i for i, f in enumerate(found) if isinstance(f, MonthRange)]
            if (
                not isinstance(item, MonthRange)
                and months
                and any(not isinstance(f, MonthRange) for f in found[: months[-1]])
            ):
                raise self.error(
                    "a date after a month that follows a date is read as no day by OSM tools: "
                    "put the months first (Feb,Jan 05,Mar 07)",
                    position,
                )
            found.append(item)
            if not self.at("punct", ","):
                return tuple(found)
            if not self.at_date_item(1):
                following = self.peek(1)
                if (
                    following is not None
                    and following.kind == "word"
                    and following.text
                    in (
                        *WEEKDAYS,
                        "PH",
                    )
                ):
                    raise self.error(
                        "a ',' between dates and days is read in more than one way: write a space",
                        self.peek().position,  # type: ignore[union-attr]
                    )
                return tuple(found)
            self.index += 1

    def date_item(self) -> DateItem:
        position = self.peek().position  # type: ignore[union-attr]
        year = self.year_value() if self.at_year() else None
        if self.at_word(("easter",)):
            if year is not None:
                raise self.error(
                    "Easter in a given year is read as the same date in later years by OSM "
                    "tools: write the date (2027 Mar 28)",
                    position,
                )
            self.index += 1
            offset = self.day_offset(_MAX_EASTER_OFFSET) if self.at_offset() else 0
            if self.at("punct", "-") and not self.at_offset():
                raise self.error("ranges from or to Easter are not supported", position)
            return EasterDate(year, offset)
        month = self.month()
        if not self.at("number") or self.at_year():
            if year is not None:  # pragma: no cover - a year before a month is a year selector
                raise self.error("expected a day after the month", position)
            last = month
            if self.at("punct", "-") and self.at_word(MONTHS, 1):
                self.index += 1
                last = self.month()
            self.no_date_extras()
            return MonthRange(month, last)
        start = (year, month, self.day_of(year, month))
        end = start
        if self.at("punct", "-") and not self.at_offset():
            self.index += 1
            end = self.date_end(start, position)
        self.no_date_extras()
        return DateRange(start, end)

    def date_end(
        self, start: tuple[int | None, int, int], position: int
    ) -> tuple[int | None, int, int]:
        year, month, day = start
        if self.at("number") and not self.at_year():
            end_position = self.peek().position  # type: ignore[union-attr]
            end = (year, month, self.day_of(year, month, end=True))
            if end[2] == day:
                raise self.error(f"write the day once: {MONTHS[month - 1]} {day:02d}", end_position)
            if (month, end[2]) == (2, 28):
                raise self.error(
                    f"OSM tools read Feb {day:02d}-28 as no day in common years: write "
                    f"Feb {day:02d}-Feb 28",
                    end_position,
                )
            if end[2] < day:
                raise self.error(
                    f"the days {day:02d}-{end[2]:02d} run backwards: write the month of the end",
                    end_position,
                )
            return end
        if self.at_year():
            if year is None:
                raise self.error("a range of days every year cannot end in a given year", position)
            end_year = self.year_value()
            end_month = self.month()
            end = (end_year, end_month, self.day_of(end_year, end_month))
            if end < start:  # both ends have a year here
                raise self.error("the dates run backwards", position)
            return end
        if year is not None:
            raise self.error(
                "a range from a date of a given year needs the year of its end too "
                "(2027 Dec 24-2028 Jan 02)",
                position,
            )
        end_month = self.month()
        end = (None, end_month, self.day_of(None, end_month, end=True))
        # The day before the start, in a leap year and in another (Feb 29 is Mar 01 there).
        befores = {_day_before(month, day, leap) for leap in (True, False)}
        if end[1:] in befores:
            raise self.error(
                "a yearly range that ends the day before it starts is read as no day at all "
                "by OSM tools: leave the dates out",
                position,
            )
        return end

    def no_date_extras(self) -> None:
        token = self.peek()
        if token is None:
            return
        if self.at_offset():
            raise self.error("day offsets on dates are only supported on Easter", token.position)
        if token.text in ("+", "/"):
            raise self.error(
                f"{token.text!r} after a date (open or repeating date ranges) is not supported",
                token.position,
            )

    def month(self) -> int:
        token = self.take()
        if token.kind != "word" or token.text not in MONTHS:
            raise self.error("expected a month such as 'Jul'", token.position)
        return MONTHS.index(token.text) + 1

    def day_of(self, year: int | None, month: int, *, end: bool = False) -> int:
        token = self.take()
        if token.kind != "number" or len(token.text) > 2:
            raise self.error("expected a day of the month", token.position)
        day = int(token.text)
        if year is None and end and (month, day) == (2, 29):
            raise self.error(
                "a range ending on Feb 29 every year runs into Mar 01 in other years in OSM "
                "tools: give the year, or end it on Feb 28",
                token.position,
            )
        last = _calendar.monthrange(2000 if year is None else year, month)[1]
        if not 1 <= day <= last:
            text = f"{'' if year is None else f'{year} '}{MONTHS[month - 1]} {day:02d}"
            raise self.error(f"{text} is not a date", token.position)
        if year is not None:
            date(year, month, day)  # within the supported years: checked by year_value
        return day

    # -- weeks --------------------------------------------------------------------------------

    def weeks(self) -> tuple[WeekRange, ...]:
        if not self.at_word(("week",)):
            return ()
        self.index += 1
        found: list[WeekRange] = []
        while True:
            token = self.peek()
            position = token.position if token else len(self.text)
            first = self.number(1, 53, "a week number")
            last, step = first, 1
            if self.at("punct", "-"):
                self.index += 1
                last = self.number(1, 53, "a week number")
                if last < first:
                    raise self.error(f"the weeks {first:02d}-{last:02d} run backwards", position)
                if self.at("punct", "/"):
                    self.index += 1
                    step = self.number(1, 53, "a step in weeks")
            found.append(WeekRange(first, last, step))
            if self.at("punct", ",") and self.at_word(("week",), 1) and self.at("number", ahead=2):
                self.index += 2  # OSM tools read "week 38, week 40" as one list
                continue
            if not (self.at("punct", ",") and self.at("number", ahead=1)):
                return tuple(found)
            self.index += 1

    # -- PH and weekdays ------------------------------------------------------------------------

    def at_day_item(self, ahead: int = 0) -> bool:
        return self.at_word((*WEEKDAYS, "PH", "SH"), ahead)

    def day_selectors(self) -> tuple[tuple[HolidayDay, ...], tuple[DayItem, ...]]:
        if not self.at_day_item():
            return (), ()
        first = self.day_list()
        if all(isinstance(item, HolidayDay) for item in first) and self.at_word(WEEKDAYS):
            second = self.day_list()
            if any(isinstance(item, HolidayDay) for item in second):
                raise self.error("'PH' comes once, before the weekdays")
            holidays = tuple(item for item in first if isinstance(item, HolidayDay))
            return holidays, tuple(second)
        if self.at_day_item():
            token = self.peek()
            assert token is not None  # noqa: S101 - at_day_item saw it
            raise self.error(
                "weekdays before 'PH' are read in more than one way: write 'PH Mo-Fr'",
                token.position,
            )
        return (), tuple(first)

    def day_list(self) -> list[DayItem]:
        found: list[DayItem] = []
        while True:
            found.append(self.day_item())
            if not (self.at("punct", ",") and self.at_day_item(1)):
                return found
            last = found[-1]
            if isinstance(last, HolidayDay) and last.offset:
                raise self.error(
                    f"a list after '{last}' is read as nothing by OSM tools: put '{last}' "
                    "last (Mo,PH -1 day)"
                )
            self.index += 1

    def day_item(self) -> DayItem:
        token = self.take()
        if token.text in _UNSUPPORTED_WORDS:
            raise self.unsupported(token)
        if token.text == "PH":
            offset = self.day_offset(1) if self.at_offset() else 0
            return HolidayDay(offset)
        first = WEEKDAYS.index(token.text)
        if self.at("punct", "["):
            nth = self.nth()
            following = self.peek()
            position = following.position if following else len(self.text)
            offset = self.day_offset(_MAX_WEEKDAY_OFFSET) if self.at_offset() else 0
            for n in nth:
                if (n > 0 and offset > 0 and 7 * n + offset > 28) or (
                    n < 0 and offset < 0 and -7 * n - offset > 28
                ):
                    raise self.error(
                        f"{WEEKDAYS[first]}[{n}] moved by {offset:+d} "
                        f"day{'s' if abs(offset) != 1 else ''} may leave its month, which OSM "
                        "tools read in more than one way",
                        position,
                    )
            return WeekdayRange(first, first, nth, offset)
        last = first
        if self.at("punct", "-") and self.at_word(WEEKDAYS, 1):
            self.index += 1
            last = WEEKDAYS.index(self.take().text)
            if self.at("punct", "["):
                raise self.error(
                    "'[…]' on a range of weekdays is not supported: give one weekday",
                    self.peek().position,  # type: ignore[union-attr]
                )
        return WeekdayRange(first, last)

    def nth(self) -> tuple[int, ...]:
        self.index += 1  # '['
        found: set[int] = set()
        while True:
            negative = self.at("punct", "-")
            if negative:
                self.index += 1
            first = self.number(1, 5, "a week of the month")
            if negative:
                found.add(-first)
            elif self.at("punct", "-") and self.at("number", ahead=1):
                self.index += 1
                last = self.number(1, 5, "a week of the month")
                if last < first:
                    raise self.error("the weeks of the month run backwards")
                found.update(range(first, last + 1))
            else:
                found.add(first)
            token = self.take()
            if token.text == "]":
                return tuple(sorted(found, key=lambda n: (n < 0, abs(n))))
            if token.text != ",":
                raise self.error("expected ',' or ']'", token.position)

    def at_offset(self) -> bool:
        return (
            (self.at("punct", "+") or self.at("punct", "-"))
            and self.at("number", ahead=1)
            and self.at_word(("day", "days"), 2)
        )

    def day_offset(self, largest: int) -> int:
        sign = -1 if self.take().text == "-" else 1
        amount = self.number(1, largest, "a number of days")
        unit = self.take()
        if (unit.text == "day") != (amount == 1):
            raise self.error(f"write '{amount} day{'s' if amount != 1 else ''}'", unit.position)
        return sign * amount

    # -- times --------------------------------------------------------------------------------

    def spans(self) -> tuple[Span, ...]:
        if not self.at("time"):
            return ()
        found: list[Span] = []
        while True:
            if found and found[-1].open_end:
                raise self.error(
                    "an open end ('+') must be the last time of its rule: OSM tools read "
                    "times after it in more than one way"
                )
            found.extend(self.span())
            if not (self.at("punct", ",") and self.at("time", ahead=1)):
                break
            self.index += 1
        return tuple(found)

    def span(self) -> list[Span]:  # a list: one day a span may stand for several
        start_token = self.take()
        start = self.minute(start_token, end=False)
        if self.at("punct", "+"):
            self.index += 1
            if start == 0:  # OSM tools read 00:00+ as open all day, not as an open end
                return [Span(0, DAY)]
            return [Span(start, _guessed_close(start), open_end=True)]
        if not self.at("punct", "-"):
            token = self.peek()
            if token is not None and token.text == "/":
                raise self.unsupported(token)
            raise self.error(
                "a point in time is not supported: give a range such as 10:00-12:00",
                start_token.position,
            )
        self.index += 1
        end_token = self.take()
        if end_token.kind != "time":
            if end_token.kind == "word" and end_token.text in _UNSUPPORTED_WORDS:
                raise self.unsupported(end_token)
            raise self.error("expected an end time HH:MM", end_token.position)
        end = self.minute(end_token, end=True)
        if end <= start:
            end += DAY  # at most 23:59 + 24:00: never past midnight twice
        spans = [Span(start, end)]
        if self.at("punct", "/"):
            raise self.unsupported(self.take())
        if self.at("punct", "+"):
            raise self.error(
                "an open end after a range ('10:00-14:00+') is read in two ways by OSM tools "
                "(unknown at 14:00, closed a minute later): write '10:00-14:00,14:00+'"
            )
        return spans

    def minute(self, token: Token, *, end: bool) -> int:
        if token.kind != "time":
            raise self.error("expected a time HH:MM", token.position)
        hours, _, minutes = token.text.partition(":")
        value = int(hours) * 60 + int(minutes)
        if int(minutes) > 59 or (not end and value >= DAY) or value > 2 * DAY:
            what = "an end time up to 48:00" if end else "a start time 00:00-23:59"
            raise self.error(f"{token.text!r} is not {what}", token.position)
        return value


def _day_before(month: int, day: int, leap: bool) -> tuple[int, int]:  # noqa: FBT001
    year = 2000 if leap else 2001
    first = date(year, 3, 1) if (month, day) == (2, 29) and not leap else date(year, month, day)
    before = first - timedelta(days=1)
    return before.month, before.day


def _short(text: str) -> str:
    """*text* quoted for a message: at most 20 characters of it."""
    return repr(text) if len(text) <= 20 else f"{text[:20]!r}…"


def _guessed_close(start: int) -> int:
    """Where OSM tools end an open end from *start*: 8 h from 22:00, 10 h from 17:00, else 24:00."""
    if start >= 22 * 60:
        return start + 8 * 60
    if start >= 17 * 60:
        return start + 10 * 60
    return DAY
