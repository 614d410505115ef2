"""Fuzzing OpenStreetMap ``opening_hours`` values: hostile text, and bounded work per query.

Values from the whole grammar (``osm_values`` of ``test_hours_grammar_oracle.py``) are
mutated with OSM tokens and hostile characters (NUL, ESC, bidi overrides, Arabic-Indic
digits, no-break spaces, long numbers, deep repetition). ``from_osm`` must either read
a value or refuse it with ``OpeningHoursSyntaxError`` and a short, escaped message; what
it reads must answer every query and write itself back. The work of a query is counted
in days painted (``RuleSet.day``), never in wall-clock time: see ``_day_bound``.
Timings are ``benchmarks/bench_hostile.py``'s.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from importlib.resources import files
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import charter
from charter import CharterError, OpeningHours, OpeningHoursSyntaxError, belgium
from charter.hours import State
from charter.hours.rules import EasterDate, RuleSet
from test_hours_grammar_oracle import LAST_YEAR, MONTHS, Generated, osm_values

BRUSSELS = ZoneInfo("Europe/Brussels")
#: Instants are drawn in 2027-2029, the years the generated values name.
FIRST = datetime(2027, 1, 1, tzinfo=BRUSSELS)
MINUTES = 3 * 365 * 24 * 60
#: The longest message an error may have: 40 characters of the value either side of the
#: problem (escaped, so up to 6 characters each), the reason and the pointer line.
MAX_MESSAGE = 300

#: What mutations insert: the tokens of the grammar, and hostile text.
TOKENS = (
    *'0123456789:-,;+/[]" ',
    *("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"),
    *("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    *("PH", "easter", "off", "open", "closed", "unknown", "week", "24/7", "day", "days"),
    *("2027", "2200", "2201", "1899", "09:00", "24:00", "48:00", "||", "sunrise", "SH"),
)
HOSTILE = (
    "\x00",  # NUL
    "\x1b[2J",  # a terminal escape: clear the screen
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\x9b",  # CSI, a C1 control
    "\u0661\u0662",  # Arabic-Indic digits: 12
    "\u06f0\u06f9",  # extended Arabic-Indic digits
    "\uff11",  # a full-width digit
    "\u00a0",  # no-break space
    "\u2003",  # em space
    "\u3000",  # ideographic space
    "\r\n",
    "\ud800",  # a lone surrogate
    "9" * 40,  # a very long number
    "1" * 400,
)
_INSERTS = st.sampled_from(TOKENS) | st.sampled_from(HOSTILE)


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A generated value with up to five insertions, deletions, replacements, repeats.

    Rules are also repeated, dropped or swapped whole (mostly still readable), so that
    some mutated values are read and queried, not only refused.
    """
    text = draw(osm_values()).value
    for _ in range(draw(st.integers(0, 5))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(("insert", "delete", "replace", "repeat", "rules")))
        if kind == "insert":
            text = text[:at] + draw(_INSERTS) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 6)) :]
        elif kind == "replace":
            text = text[:at] + draw(_INSERTS) + text[at + draw(st.integers(1, 4)) :]
        elif kind == "repeat":  # a slice repeated: deep nesting, long lists
            width = draw(st.integers(1, 12))
            times = draw(st.sampled_from((2, 3, 50, 300)))
            text = text[:at] + text[at : at + width] * times + text[at + width :]
        else:
            rules = text.split("; ")
            rules = draw(st.lists(st.sampled_from(rules), min_size=1, max_size=2 * len(rules)))
            text = "; ".join(rules)
    return text


def _read(text: str) -> OpeningHours | None:
    """The hours of *text*, or None when refused; any other exception fails the test."""
    try:
        return OpeningHours.from_osm(text, timezone="Europe/Brussels", holidays=belgium.LEGAL)
    except OpeningHoursSyntaxError as error:
        refused = error
    _check_message(str(refused))
    assert isinstance(refused, CharterError)
    assert isinstance(refused, ValueError)
    assert refused.text == text
    return None


def _check_message(message: str) -> None:
    assert len(message) <= MAX_MESSAGE, (len(message), message[:400])
    # Two line breaks of its own (the excerpt and the pointer under it); nothing else raw.
    assert message.count("\n") == 2, message
    raw = [c for c in message if not c.isprintable() and c != "\n"]
    assert not raw, (raw, message)


def _queries(hours: OpeningHours, t: datetime) -> None:
    state = hours.state(t)
    assert hours.is_open(t) is (state is State.OPEN)
    following = hours.next_change(t)
    assert following is None or following > t
    week = list(hours.intervals(t, t + timedelta(days=7)))
    assert all(a < b for a, b in week)
    assert all(b <= a for (_, b), (a, _) in pairwise(week))
    year = hours.open_duration(t, t + timedelta(days=365))
    assert timedelta() <= year <= timedelta(days=365, hours=1)


@given(mutated(), st.integers(0, MINUTES))
def test_a_mutated_value_is_read_or_refused_with_a_short_plain_message(
    text: str, minute: int
) -> None:
    hours = _read(text)
    if hours is None:
        return
    _queries(hours, FIRST + timedelta(minutes=minute))
    again = OpeningHours.from_osm(
        hours.to_osm(), timezone="Europe/Brussels", holidays=belgium.LEGAL
    )
    assert again.rules == hours.rules, (text, hours.to_osm())


# -- bounded work ---------------------------------------------------------------------------------

#: Days a query on a new object may paint, whatever the hours: ``is_open`` one day (two
#: for room), ``intervals`` over 7 days the 8 local days they touch, ``open_duration``
#: over a year its 366 days (hours that repeat weekly need fewer: whole days are summed
#: by weekday). Measured over 3 000 generated values at 3 instants each: 1, 7 and 365.
IS_OPEN_DAYS = 2
WEEK_DAYS = 9
YEAR_DAYS = 368
#: ``next_change`` on hours that name nothing but weekdays looks at most 8 days ahead.
PLAIN_WEEK_DAYS = 10
#: After the last year a value names, days repeat within 41 years (every date falls on
#: every weekday and ISO week again: charter.hours.evaluate), so a search for a change in
#: hours without holidays or Easter stops there: from 2027-2029 at most the days to the
#: end of LAST_YEAR + 41, about 16 000 (measured: 16 310). A walk to 2200 is 63 000.
QUIET_YEARS = 41


def _uses_movable_days(hours: OpeningHours) -> bool:
    """Whether the hours name holidays or Easter, which move from year to year."""
    return any(
        rule.uses_holidays or any(isinstance(item, EasterDate) for item in rule.dates)
        for rule in hours.rules
    )


def _next_change_bound(hours: OpeningHours, t: datetime) -> int | None:
    """The most days ``next_change(t)`` may paint on a new object; None: not bounded here.

    Hours that repeat every week but for a few days (the weekly form, docs/hours.md
    "Long spans") paint the days of a week and then only their exceptional days, up to
    2200: a search that finds nothing paints a few days a year, never each day. Measured
    over 3 000 generated values: at most 7 540, for a value with many exceptional days.
    """
    rules = hours._evaluator.rules  # noqa: SLF001 - the form is internal
    if rules.plain_week:
        return PLAIN_WEEK_DAYS
    if rules.weekly:
        exceptional = sum(len(rules.exceptional(year)) for year in range(t.year, 2201))
        return 2 * exceptional + 2 * PLAIN_WEEK_DAYS
    if not _uses_movable_days(hours):
        horizon = date(max(t.year, LAST_YEAR) + QUIET_YEARS, 12, 31)
        return (horizon - t.date()).days + PLAIN_WEEK_DAYS
    # Hours that are not weekly (an nth weekday, week numbers, a long range of dates) and
    # name holidays or Easter have no quiet horizon: a search that finds nothing walks
    # every day to 2200 once (docs/hours.md, "Long spans"); the benchmark reports it.
    return None


class DayCounter:
    """Counts ``RuleSet.day`` calls: the days painted."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.days = 0
        day = RuleSet.day

        def counted(rules: RuleSet, d: date) -> object:
            self.days += 1
            return day(rules, d)

        monkeypatch.setattr(RuleSet, "day", counted)

    def __call__(self, query: Any) -> int:
        """The days *query* paints."""
        self.days = 0
        query()
        return self.days


@contextmanager
def counting() -> Iterator[DayCounter]:
    """A day counter, for the time of the block (Hypothesis runs a test many times)."""
    with pytest.MonkeyPatch.context() as patch:
        yield DayCounter(patch)


@pytest.fixture
def counter() -> Iterator[DayCounter]:
    with counting() as found:
        yield found


def _hours(generated: Generated) -> OpeningHours:
    hours = _read(generated.value)
    assume(hours is not None)
    assert hours is not None
    return hours


@given(osm_values(), st.integers(0, MINUTES))
def test_each_query_paints_a_bounded_number_of_days(generated: Generated, minute: int) -> None:
    t = FIRST + timedelta(minutes=minute)
    hours = _hours(generated)
    with counting() as counter:
        _check_work(counter, generated.value, hours, t)


def _check_work(counter: DayCounter, value: str, hours: OpeningHours, t: datetime) -> None:

    def new() -> OpeningHours:
        return OpeningHours.from_osm(value, timezone="Europe/Brussels", holidays=belgium.LEGAL)

    assert counter(lambda: new().is_open(t)) <= IS_OPEN_DAYS
    week = new()
    assert counter(lambda: list(week.intervals(t, t + timedelta(days=7)))) <= WEEK_DAYS
    year = new()
    assert counter(lambda: year.open_duration(t, t + timedelta(days=365))) <= YEAR_DAYS
    bound = _next_change_bound(hours, t)
    searched = new()
    painted = counter(lambda: searched.next_change(t))
    if bound is not None:
        assert painted <= bound, (value, painted, bound)


@pytest.mark.parametrize(
    "value",
    [
        "Mo-Fr 09:00-17:00; PH off",  # plain week and holidays: weekly form
        "PH 10:00-12:00; easter Sa 10:00-12:00",  # weekly form, never open
        "2029+ Mo-Su 00:00-24:00",  # a week from 2029 on
        "Jul-Aug off; Mo-Fr 09:00-17:00",
    ],
)
def test_a_search_that_finds_nothing_paints_within_its_bound(
    counter: DayCounter, value: str
) -> None:
    hours = OpeningHours.from_osm(value, timezone="Europe/Brussels", holidays=belgium.LEGAL)
    t = datetime(2030, 2, 7, 7, 8, tzinfo=BRUSSELS)
    bound = _next_change_bound(hours, t)
    assert bound is not None
    assert counter(lambda: hours.next_change(t)) <= bound
    assert bound < 20_000  # never a walk to 2200


def test_a_search_in_hours_with_holidays_that_never_change_is_bounded(
    counter: DayCounter,
) -> None:
    # From 2029 on this is open day and night. Found by the fuzz suite: as the value
    # names holidays and a year, it had no weekly form and no quiet horizon, and
    # next_change painted each of the 62 419 days to 2200 (0.13 s; 0.4 s for the
    # generated value it was found in, '...; 24/7, 2029+ Mo-Su,PH 08:15-30:30'). The
    # weekly form now takes years and months: only the exceptional days are looked at.
    hours = OpeningHours.from_osm(
        "2029+ Mo-Su,PH 00:00-24:00", timezone="Europe/Brussels", holidays=belgium.LEGAL
    )
    t = datetime(2030, 2, 7, 7, 8, tzinfo=BRUSSELS)
    assert counter(lambda: hours.next_change(t)) <= 20_000


# -- the audit's hostile values -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Mo-Fr \u0660\u0669:\u0660\u0660-17:00",  # Arabic-Indic digits
        "Mo-Fr 09:00-\u06f1\u06f7:00",  # extended Arabic-Indic digits
        "Mo-Fr\u00a009:00-17:00",  # no-break space
        "Mo-Fr 09:00-17:00;\u2003PH off",  # em space
        "Mo-Fr 09:00-17:00\u202e; PH off",  # bidi override
        "Mo-Fr 09:00-17:00\x00",
        "Mo-Fr 09:00-17:00 \x1b[2J",
    ],
)
def test_unicode_digits_spaces_and_controls_are_refused(value: str) -> None:
    with pytest.raises(OpeningHoursSyntaxError) as caught:
        OpeningHours.from_osm(value, timezone="Europe/Brussels", holidays=belgium.LEGAL)
    _check_message(str(caught.value))


@pytest.mark.parametrize(
    "value",
    [
        "Mo-Fr " + "9" * 100_000,
        "Mo-Fr 09:00-17:00" + " " * 100_000 + "\x00",
        "\u202e" * 100_000,
        "Mo-Fr 09:00-17:00; " * 5_000 + "nonsense",
    ],
    ids=["long-number", "spaces-then-nul", "bidi", "many-rules"],
)
def test_a_hundred_thousand_characters_give_a_short_message(value: str) -> None:
    with pytest.raises(OpeningHoursSyntaxError) as caught:
        OpeningHours.from_osm(value, timezone="Europe/Brussels", holidays=belgium.LEGAL)
    message = str(caught.value)
    _check_message(message)
    assert caught.value.text == value  # the value is kept whole, the message is not


def _document(osm: str) -> str:
    data: dict[str, Any] = json.loads(
        files("charter.examples").joinpath("federal.json").read_text(encoding="utf-8")
    )
    data["channels"][0]["hours"]["osm"] = osm
    return json.dumps(data)


def test_a_megabyte_value_is_refused_by_the_limits_of_documents(counter: DayCounter) -> None:
    value = "; ".join(f"2027 Jan {d:02d} off" for d in range(1, 32))
    value = "; ".join([value] * 2_100)  # 65 100 rules, 1 MB
    assert len(value) > 1_000_000
    with pytest.raises(charter.CharterValidationError, match="max_rules") as caught:
        charter.loads(_document(value))
    assert len(str(caught.value)) <= MAX_MESSAGE
    assert counter.days == 0  # refused before any hours were built


def test_the_largest_document_value_answers_within_the_work_bound(counter: DayCounter) -> None:
    # 9 000 dated closures, under max_rules: a day costs what it costs with a few.
    start = date(2027, 1, 4)
    closed = [start + timedelta(days=k) for k in range(9_000)]
    value = "; ".join(
        ["Mo-Fr 09:00-17:00", "PH off"]
        + [f"{d.year} {MONTHS[d.month - 1]} {d.day} off" for d in closed]
    )
    loaded = charter.loads(_document(value))
    hours = loaded.channels[0].hours
    assert hours is not None
    t = datetime(2030, 3, 5, 10, tzinfo=BRUSSELS)
    assert counter(lambda: hours.is_open(t)) <= IS_OPEN_DAYS
    assert not hours.is_open(t)
    assert counter(lambda: list(hours.intervals(t, t + timedelta(days=7)))) <= WEEK_DAYS
    # The next change is after the end of the closures (2051): each closed day is looked
    # at once, then the run is remembered.
    following = hours.next_change(t)
    assert following is not None
    assert closed[-1] < following.date() <= closed[-1] + timedelta(days=4)
    assert counter(lambda: hours.next_change(t)) <= IS_OPEN_DAYS  # then remembered
