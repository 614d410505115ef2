"""Differential tests of the full OSM opening_hours grammar against opening_hours.js.

Values are generated from the grammar charter reads (``docs/hours.md``): years (single,
ranges, steps, ``2027+``, lists), months and month ranges, dates, date ranges and lists
(with or without a year), ``easter`` with offsets, an optional ``:``, week numbers,
weekdays (ranges, lists, ``Th[1]``, ``Sa[-1] +1 day``), ``PH`` with offsets, unioned with
weekdays and intersected with them, time ranges (several, past midnight, extended past
24:00), open ends, the states, comments and ``24/7``, in rules joined with ``; `` and
``, ``. Only values opening_hours.js reads without a warning are kept; years are 2027 or
later, since it warns about dates in the past.

For each value charter either refuses it (``OpeningHoursSyntaxError``) or agrees with the
oracle on the state (open, unknown) and on the next change of that state (within 40 days,
in UTC), at random instants in 2027-2029, around the DST changes, and at instants in the
days the value names (its years' ends, months, dates, weeks, Easter, nth weekdays, public
holidays) at noon, midnight and a minute either side of its own boundaries. Values come
from Hypothesis (shrunk on failure) and from a seeded sweep (wider; every difference in
it is listed). A last test checks that charter refuses few of them.

opening_hours.js's ``getNextChange`` also stops where only the comment changes; charter's
``next_change`` is about the state alone, so the oracle is asked again from there until
the state (open, unknown) changes. And it passes over some changes that its own
``getState`` shows (the end of a single year: ``2029 00:00-24:00``; nth weekdays with an
offset: ``Mo[1] -1 day``): where its next change comes later than charter's, charter's is
checked against ``getState`` on both sides of it instead (see ``_passed_over``).

Excluded, as in ``test_hours_oracle.py`` (documented in docs/hours.md): ``GAP_RULE`` and
``FOLD_RULE`` (a boundary strictly inside 02:00-03:00, on the DST days and the day before)
and ``JS_SPRING_SPILL`` (values with hours past midnight, on the spring-forward Sunday and
the Monday after).
"""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

from dateutil.easter import easter
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from charter import OpeningHours, belgium
from charter.errors import OpeningHoursSyntaxError
from charter.hours import State
from oracle_client import Oracle, OracleError

BRUSSELS = ZoneInfo("Europe/Brussels")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
#: Month lengths of a common year: a yearly 29 February may not end a range in charter.
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: Years written in values (none in the past, or opening_hours.js warns).
FIRST_YEAR, LAST_YEAR = 2027, 2030
#: Years in which instants are drawn.
PROBE_YEARS = (2027, 2028, 2029)
SPRING_DAYS = frozenset({date(2027, 3, 28), date(2028, 3, 26), date(2029, 3, 25)})
AUTUMN_DAYS = frozenset({date(2027, 10, 31), date(2028, 10, 29), date(2029, 10, 28)})
#: How far ahead next_change is compared (half a minute more: changes are on whole minutes).
HORIZON = timedelta(days=40, seconds=30)
#: Instants compared per value: drawn from the days it names, and uniformly in PROBE_YEARS.
NAMED_INSTANTS = 24
DST_SAMPLE = 3
RANDOM_INSTANTS = 6

_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "dev")
#: Hypothesis examples (shrunk on failure), and seeded values swept (wider, reproducible).
EXAMPLES = {"ci": 1500, "dev": 300}.get(_PROFILE, 300)
SWEEP = {"ci": 3000, "dev": 300}.get(_PROFILE, 300)


# -- the grammar, over any source of choices ------------------------------------------------


class Source(Protocol):
    """Where the grammar's choices come from: Hypothesis (shrinkable) or a seeded Random."""

    def integer(self, low: int, high: int) -> int:
        """An integer in ``[low, high]``; simpler choices are nearer ``low``."""
        ...

    def chance(self, percent: int) -> bool:
        """True with about ``percent`` % probability; False is the simpler choice."""
        ...


class DrawSource:
    """Choices drawn by Hypothesis, which shrinks them towards the simplest value."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw

    def integer(self, low: int, high: int) -> int:
        return self._draw(st.integers(low, high))

    def chance(self, percent: int) -> bool:
        return self._draw(st.integers(0, 99)) >= 100 - percent


class RandomSource:
    """Choices from a seeded Random: a fixed, reproducible sample."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def integer(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)

    def chance(self, percent: int) -> bool:
        return self._rng.randrange(100) < percent


@dataclass
class Generated:
    """A generated value and the local days it names (where instants are looked at)."""

    value: str
    days: list[date] = field(default_factory=list)


_T = TypeVar("_T")


def _pick(src: Source, items: tuple[_T, ...] | list[_T]) -> _T:
    return items[src.integer(0, len(items) - 1)]


def _month_days(month: int) -> int:
    return MONTH_DAYS[month - 1]


def _around(day: date) -> list[date]:
    return [day - timedelta(days=1), day, day + timedelta(days=1)]


def _years(src: Source, days: list[date]) -> str:
    first = src.integer(FIRST_YEAR, LAST_YEAR - 1)
    second = src.integer(first + 1, LAST_YEAR)
    kind = src.integer(0, 4)
    named = [first, second]
    if kind == 0:
        text, named = f"{first}", [first]
    elif kind == 1:
        text = f"{first}-{second}"
    elif kind == 2:
        text = f"{first}-{second}/{src.integer(2, 3)}"
    elif kind == 3:
        text = f"{first}+"
    else:
        text = f"{first},{second}"
    for year in named:
        days.extend([date(year - 1, 12, 31), date(year, 1, 1), date(year, 12, 31)])
    return text


def _month_item(src: Source, days: list[date]) -> str:
    first = src.integer(1, 12)
    months = [first]
    text = MONTHS[first - 1]
    if src.chance(50):
        last = src.integer(1, 12)
        if last != first:
            text += f"-{MONTHS[last - 1]}"
            months.append(last)
    for year in PROBE_YEARS:
        for month in months:
            days.extend([date(year, month, 1), date(year, month, _month_days(month))])
    return text


def _day(src: Source, month: int, low: int = 1) -> int:
    """A day of the month from ``low``; often the last (month ends are where tools slip)."""
    if src.chance(20):
        return _month_days(month)
    return src.integer(low, _month_days(month))


def _month_date(src: Source) -> tuple[int, int]:
    month = src.integer(1, 12)
    return month, _day(src, month)


def _date_text(month: int, day: int) -> str:
    return f"{MONTHS[month - 1]} {day:02d}"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _yearly(days: list[date], month: int, day: int) -> None:
    for year in PROBE_YEARS:
        found = _safe_date(year, month, day)
        if found is not None:
            days.extend(_around(found))


def _dated(days: list[date], year: int, month: int, day: int) -> None:
    found = _safe_date(year, month, day)
    if found is not None:
        days.extend(_around(found))


def _offset(src: Source, largest: int) -> tuple[str, int]:
    amount = src.integer(1, largest)
    sign = -1 if src.chance(50) else 1
    unit = "day" if amount == 1 else "days"
    return f" {'+' if sign > 0 else '-'}{amount} {unit}", sign * amount


def _easter_item(src: Source, days: list[date], *, with_year: bool) -> str:
    year = src.integer(FIRST_YEAR, LAST_YEAR) if with_year else None
    text = "easter" if year is None else f"{year} easter"
    shift = 0
    if src.chance(50):
        suffix, shift = _offset(src, 3)
        text += suffix
    for probe in PROBE_YEARS if year is None else (year,):
        days.extend(_around(easter(probe) + timedelta(days=shift)))
    return text


def _date_item(src: Source, days: list[date], *, with_year: bool) -> str:
    kind = src.integer(0, 6 if with_year else 3)
    if kind == 3:
        return _easter_item(src, days, with_year=with_year and src.chance(15))
    if kind in {0, 1, 2}:
        month, day = _month_date(src)
        text = _date_text(month, day)
        _yearly(days, month, day)
        if kind == 1 and day < _month_days(month):
            last = _day(src, month, day + 1)
            text += f"-{last:02d}"
            _yearly(days, month, last)
        elif kind == 2:
            month2, day2 = _month_date(src)
            if (month2, day2) != (month, day):
                text += f"-{_date_text(month2, day2)}"
                _yearly(days, month2, day2)
        return text
    year = src.integer(FIRST_YEAR, LAST_YEAR)
    month, day = _month_date(src)
    text = f"{year} {_date_text(month, day)}"
    _dated(days, year, month, day)
    if kind == 5 and day < _month_days(month):
        last = _day(src, month, day + 1)
        text += f"-{last:02d}"
        _dated(days, year, month, last)
    elif kind == 6:
        first = date(year, month, day)
        end = first + timedelta(days=src.integer(1, 400))
        if end.year <= LAST_YEAR:
            text += f"-{end.year} {_date_text(end.month, end.day)}"
            days.extend(_around(end))
    return text


def _dates(src: Source, days: list[date], *, with_year: bool) -> str:
    items = [_date_item(src, days, with_year=with_year)]
    while len(items) < 3 and src.chance(35):
        if src.chance(25):
            items.append(_month_item(src, days))
        else:
            items.append(_date_item(src, days, with_year=with_year))
    return ",".join(items)


def _months(src: Source, days: list[date]) -> str:
    items = [_month_item(src, days)]
    while len(items) < 3 and src.chance(30):
        items.append(_month_item(src, days))
    return ",".join(items)


def _week_days(days: list[date], week: int) -> None:
    for year in PROBE_YEARS:
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        days.extend([monday - timedelta(days=1), monday, monday + timedelta(days=6)])


def _weeks(src: Source, days: list[date]) -> str:
    items: list[str] = []
    while not items or (len(items) < 3 and src.chance(25)):
        first = src.integer(1, 53)
        _week_days(days, first)
        if src.chance(50) and first < 53:
            last = src.integer(first + 1, 53)
            _week_days(days, last)
            step = f"/{src.integer(2, 4)}" if src.chance(40) else ""
            items.append(f"{first:02d}-{last:02d}{step}")
        else:
            items.append(f"{first:02d}")
    return "week " + ",".join(items)


def _nth_days(days: list[date], weekday: int, nth: int, shift: int) -> None:
    for year in PROBE_YEARS:
        for month in (1, 3, 6, 10, 12):
            found = _nth_weekday(year, month, weekday, nth)
            if found is not None:
                days.extend(_around(found + timedelta(days=shift)))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    candidates = [
        date(year, month, d)
        for d in range(1, _days_in(year, month) + 1)
        if date(year, month, d).weekday() == weekday
    ]
    index = nth - 1 if nth > 0 else nth
    if -len(candidates) <= index < len(candidates):
        return candidates[index]
    return None


def _days_in(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _nth(src: Source) -> tuple[str, list[int]]:
    def one() -> int:
        return src.integer(1, 5) if src.chance(70) else -src.integer(1, 2)

    first = one()
    kind = src.integer(0, 2)
    if kind == 1:
        second = one()
        if second != first:
            return f"{first},{second}", [first, second]
    if kind == 2 and 1 <= first < 5:
        last = src.integer(first + 1, 5)
        return f"{first}-{last}", list(range(first, last + 1))
    return f"{first}", [first]


def _weekdays(src: Source, days: list[date]) -> str:
    items: list[str] = []
    while not items or (len(items) < 3 and src.chance(30)):
        first = src.integer(0, 6)
        kind = src.integer(0, 2)
        if kind == 1:
            last = src.integer(0, 6)
            if last != first:
                items.append(f"{WEEKDAYS[first]}-{WEEKDAYS[last]}")
                continue
        if kind == 2:
            nth, numbers = _nth(src)
            text = f"{WEEKDAYS[first]}[{nth}]"
            shift = 0
            if not items and src.chance(30):
                suffix, shift = _offset(src, 2)
                text += suffix
                items.append(text)
                for number in numbers:
                    _nth_days(days, first, number, shift)
                break  # an offset ends the weekdays
            items.append(text)
            for number in numbers:
                _nth_days(days, first, number, shift)
            continue
        items.append(WEEKDAYS[first])
    return ",".join(items)


def _holidays(src: Source, days: list[date]) -> str:
    text = "PH"
    shift = 0
    if src.chance(25):
        shift = 1 if src.chance(50) else -1
        text += " +1 day" if shift > 0 else " -1 day"
    for year in PROBE_YEARS:
        holidays = list(belgium.LEGAL.in_year(year))
        for _ in range(2):
            days.extend(_around(_pick(src, holidays) + timedelta(days=shift)))
    return text


def _small(src: Source, days: list[date]) -> str:
    kind = src.integer(0, 4)
    if kind == 0:
        return _weekdays(src, days)
    holidays = _holidays(src, days)
    if kind == 1:
        return holidays
    weekdays = _weekdays(src, days)
    if kind == 2 and (holidays == "PH" or src.chance(20)):
        return f"{holidays},{weekdays}"  # a list after 'PH +1 day': refused by charter today
    if kind in {2, 3}:
        return f"{weekdays},{holidays}"
    return f"{holidays} {weekdays}"


def _hm(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def _clock(src: Source) -> int:
    """A start time: mostly on the quarter, sometimes any five minutes."""
    if src.chance(30):
        return src.integer(0, 287) * 5
    return src.integer(0, 95) * 15


def _time_range(src: Source) -> str:
    start = _clock(src)
    kind = src.integer(0, 3)
    if kind == 1:  # past midnight
        end = _clock(src)
        if end != start:
            return f"{_hm(start)}-{_hm(end)}"
    if kind == 2:  # extended past 24:00
        end = 1440 + src.integer(1, 24) * 30
        if end - 1440 < start:
            return f"{_hm(start)}-{_hm(end)}"
    if kind == 3 and start > 0:
        return f"{_hm(start)}-24:00"
    end = start + src.integer(1, (1440 - start) // 15) * 15 if start < 1425 else 1440
    return f"{_hm(start)}-{_hm(end)}"


def _times(src: Source) -> str:
    ranges = [_time_range(src)]
    while len(ranges) < 3 and src.chance(30):
        ranges.append(_time_range(src))
    if src.chance(12):  # an open end, always last
        if src.chance(20):  # after a range ('10:00-14:00+'): refused by charter today
            ranges[-1] += "+"
        else:
            ranges.append(f"{_hm(_clock(src))}+")
    return ",".join(ranges)


_STATES = ("open", "closed", "off", "unknown")
_COMMENTS = ('"on call"', '"by appointment"', '"summer"')


def _wide(src: Source, days: list[date]) -> list[str]:
    """Years, then months or dates, then week numbers; each may be left out."""
    parts: list[str] = []
    years = src.chance(20)
    if years:
        parts.append(_years(src, days))
    if src.chance(30):
        parts.append(_months(src, days))
    elif src.chance(30):
        parts.append(_dates(src, days, with_year=not years))
    if src.chance(12):
        parts.append(_weeks(src, days))
    return parts


def _modifier(src: Source, *, timed: bool) -> list[str]:
    """A state and a comment; a rule without times mostly says its state."""
    parts: list[str] = []
    if src.chance(30 if timed else 75):
        parts.append(_pick(src, _STATES))
    if src.chance(12):
        parts.append(_pick(src, _COMMENTS))
    return parts


_NTH_FIRST = re.compile(r"[A-Z][a-z]\[")


def _rule(src: Source, days: list[date], *, first: bool) -> str:
    if src.chance(4):  # 24/7 after selectors makes opening_hours.js warn
        return " ".join(["24/7", *_modifier(src, timed=True)])
    wide = _wide(src, days)
    small = _small(src, days) if src.chance(65) else ""
    if not (first or wide or small) and src.chance(70):
        small = _small(src, days)  # a rule with no selector after ';' warns: overwrites all
    times = _times(src) if src.chance(85) else ""
    tail = [times] if times else []
    tail += _modifier(src, timed=bool(times))
    if not (wide or small or tail):
        tail = [_times(src)]
    if wide and (small or tail):
        # Th[1] right after a month or a date reads as a date ('Mar Su[-1]'); ':' parts them.
        moving = _NTH_FIRST.match(small) is not None and not wide[-1].startswith(("week", "2"))
        if src.chance(85 if moving else 25):
            wide[-1] += ":"
    return " ".join([*wide, *([small] if small else []), *tail])


def generate(src: Source) -> Generated:
    """A value of one to four rules, and the days it names."""
    found = Generated("")
    rules = [_rule(src, found.days, first=True)]
    while len(rules) < 4 and src.chance(55):
        separator = ", " if src.chance(30) else "; "
        rules.append(separator + _rule(src, found.days, first=False))
    found.value = "".join(rules)
    return found


@st.composite
def osm_values(draw: st.DrawFn) -> Generated:
    """Values from the whole grammar charter reads, with the days they name."""
    return generate(DrawSource(draw))


# -- exclusions (see test_hours_oracle.py and docs/hours.md) -------------------------------

_TIME = re.compile(r"(\d\d):(\d\d)(\+?)")
_RANGE = re.compile(r"(\d\d):(\d\d)-(\d\d):(\d\d)")
_OPEN_END = re.compile(r"(?<!-)(?<!\d\d:\d\d-)(\d\d):(\d\d)\+")


def _minutes(value: str) -> list[int]:
    """Every time written in the value, in minutes (past 24:00 as written)."""
    return [int(h) * 60 + int(m) for h, m, _ in _TIME.findall(value)]


def _open_end_closes(value: str) -> list[int]:
    """Where open ends are assumed to close (8 h from 22:00, 10 h from 17:00, else 24:00)."""
    found = []
    for h, m in _OPEN_END.findall(value):
        start = int(h) * 60 + int(m)
        found.append(start + 480 if start >= 1320 else start + 600 if start >= 1020 else 1440)
    return found


def _boundaries(value: str) -> list[int]:
    return _minutes(value) + _open_end_closes(value)


def _gap_rule(value: str) -> bool:
    """GAP_RULE and FOLD_RULE: a boundary strictly inside 02:00-03:00."""
    return any(120 < m % 1440 < 180 for m in _boundaries(value))


def _past_midnight(value: str) -> bool:
    """Hours past midnight as written: a range ending at or before its start, or past 24:00."""
    if any(m > 1440 for m in _open_end_closes(value)):
        return True
    return any(
        (int(c), int(d)) <= (int(a), int(b)) or int(c) * 60 + int(d) > 1440
        for a, b, c, d in _RANGE.findall(value)
    )


def _excluded(value: str, local: date) -> bool:
    """Whether the local day is left out of the comparison for this value."""
    nearby = {local, local + timedelta(days=1)}
    if _gap_rule(value) and nearby & (SPRING_DAYS | AUTUMN_DAYS):
        return True
    spill = {day + timedelta(days=k) for day in SPRING_DAYS for k in (0, 1)}
    return _past_midnight(value) and local in spill


# -- the comparison ------------------------------------------------------------------------


def _model(value: str) -> OpeningHours:
    return OpeningHours.from_osm(value, timezone="Europe/Brussels", holidays=belgium.LEGAL)


def _pair(state: State) -> tuple[bool, bool]:
    return state is State.OPEN, state is State.UNKNOWN


def _oracle_next(oracle: Oracle, value: str, t: datetime, limit: datetime) -> datetime | None:
    """opening_hours.js's next change of (open, unknown) after ``t``, ignoring comments."""
    before = oracle.state(value, t)
    moment = t
    for _ in range(100):
        following = oracle.next_change(value, moment, limit)
        if following is None or oracle.state(value, following) != before:
            return following
        moment = following
    raise AssertionError(f"opening_hours.js changes only its comment 100 times: {value!r}")


#: Instants around the DST changes, compared for every value (unless excluded).
DST_INSTANTS = tuple(
    datetime.combine(day + timedelta(days=k), time(hour, minute), tzinfo=BRUSSELS)
    for day in sorted(SPRING_DAYS | AUTUMN_DAYS)
    for k in (-1, 0, 1)
    for hour, minute in ((0, 0), (1, 59), (3, 0), (12, 0), (23, 59))
)


def _instants(found: Generated, rng: random.Random, extra: list[datetime]) -> list[datetime]:
    """Instants in the days the value names, at its boundaries; then DST and random ones."""
    probe = [d for d in dict.fromkeys(found.days) if PROBE_YEARS[0] <= d.year <= PROBE_YEARS[-1]]
    minutes = {0, 720, 1439}
    for m in _boundaries(found.value):
        minutes.update({(m - 1) % 1440, m % 1440, (m + 1) % 1440})
    ordered = sorted(minutes)
    found_instants: list[datetime] = []
    for _ in range(NAMED_INSTANTS if probe else 0):
        day = rng.choice(probe)
        minute = rng.choice(ordered)
        wall = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=BRUSSELS)
        found_instants.append(wall.astimezone(UTC))
    found_instants += [t.astimezone(UTC) for t in rng.sample(DST_INSTANTS, DST_SAMPLE)]
    return found_instants + extra


def _charter_next(value: str, hours: OpeningHours, t: datetime, limit: datetime) -> datetime | None:
    """charter's next change of state after ``t`` if before ``limit``, in UTC.

    Found first from the open and unknown intervals up to ``limit``; when there is one,
    ``next_change`` must give it. (When there is none, ``next_change`` is not asked: for
    values that never change again it searches for decades, which is too slow here.)
    """
    bounds: list[datetime] = []
    for state in (State.OPEN, State.UNKNOWN):
        for interval in hours.intervals(t, limit, state=state):
            bounds += [x.astimezone(UTC) for x in interval]
    first = min((x for x in bounds if t < x < limit), default=None)
    if first is not None:
        ours = hours.next_change(t)
        mismatch = ours is None or ours.astimezone(UTC) != first
        assert not mismatch, (
            f"charter's next_change of {value!r} after {t.isoformat()} is "
            f"{ours and ours.isoformat()}, its intervals change at {first.isoformat()}"
        )
    return first


def _passed_over(
    oracle: Oracle, value: str, hours: OpeningHours, t: datetime, ours: datetime
) -> bool:
    """Whether opening_hours.js's getState shows charter's change at ``ours``.

    opening_hours.js's ``getNextChange`` passes over some changes that its own
    ``getState`` shows (the end of a single year, ``2029 00:00-24:00``; nth weekdays with
    an offset, ``Mo[1] -1 day``). Where its next change is later than charter's (or none),
    charter's is accepted if getState agrees on both sides of it: the state of ``t`` until
    a minute before, charter's state from it.
    """
    before = oracle.state(value, t)
    after = oracle.state(value, ours)
    return (
        after != before
        and after == _pair(hours.state(ours))
        and (oracle.state(value, ours - timedelta(minutes=1)) == before)
    )


def _compare(oracle: Oracle, value: str, hours: OpeningHours, t: datetime) -> None:
    """Check the state at ``t`` and the next change after it (unless the day is excluded)."""
    if _excluded(value, t.astimezone(BRUSSELS).date()):
        return
    theirs_state = oracle.state(value, t)
    ours_state = _pair(hours.state(t))
    assert ours_state == theirs_state, (
        f"state of {value!r} at {t.isoformat()}: charter {ours_state}, "
        f"opening_hours.js {theirs_state} (open, unknown)"
    )
    limit = t + HORIZON
    ours = _charter_next(value, hours, t, limit)
    theirs = _oracle_next(oracle, value, t, limit)
    if ours != theirs:
        earlier = min(x for x in (ours, theirs) if x is not None)
        if _excluded(value, earlier.astimezone(BRUSSELS).date()):
            return
        if ours is not None and _passed_over(oracle, value, hours, t, ours):
            return
        raise AssertionError(
            f"next change of {value!r} after {t.isoformat()}: charter "
            f"{ours and ours.isoformat()}, opening_hours.js {theirs and theirs.isoformat()}"
        )


def _read(oracle: Oracle, value: str) -> bool:
    """Whether opening_hours.js reads the value without an error or a warning."""
    try:
        return not oracle.warnings(value)
    except OracleError:
        return False


_FIRST = datetime(PROBE_YEARS[0], 1, 1, tzinfo=UTC)
_MINUTES = (datetime(PROBE_YEARS[-1] + 1, 1, 1, tzinfo=UTC) - _FIRST) // timedelta(minutes=1)
_RANDOM_INSTANT = st.integers(0, _MINUTES - 1).map(lambda m: _FIRST + timedelta(minutes=m))


def _check(oracle: Oracle, found: Generated, rng: random.Random, extra: list[datetime]) -> bool:
    """Compare charter with opening_hours.js on one value; False if it is not compared.

    Not compared: values opening_hours.js warns about or cannot evaluate ("The movable
    day easter plus 3 days is not in the year of the movable day anymore"), and values
    charter refuses with OpeningHoursSyntaxError (any other error fails).
    """
    value = found.value
    if not _read(oracle, value):
        return False
    try:
        hours = _model(value)
    except OpeningHoursSyntaxError:
        return False
    try:
        for t in _instants(found, rng, extra):
            _compare(oracle, value, hours, t)
    except OracleError:
        return False
    return True


@settings(max_examples=EXAMPLES)
@given(
    found=osm_values(),
    seed=st.integers(0, 2**32 - 1),
    extra=st.lists(_RANDOM_INSTANT, min_size=RANDOM_INSTANTS, max_size=RANDOM_INSTANTS),
)
def test_charter_refuses_or_agrees_with_opening_hours_js(
    oracle: Oracle, found: Generated, seed: int, extra: list[datetime]
) -> None:
    assume(_check(oracle, found, random.Random(seed), extra))


# -- charter must read most of what is generated -------------------------------------------

SAMPLE = 400


def _sample() -> Iterator[str]:
    for seed in range(SAMPLE):
        yield generate(RandomSource(seed)).value


def test_charter_reads_most_generated_values(oracle: Oracle) -> None:
    kept = [value for value in _sample() if _read(oracle, value)]
    refused: list[str] = []
    for value in kept:
        try:
            _model(value)
        except OpeningHoursSyntaxError:
            refused.append(value)
    assert len(kept) >= SAMPLE // 2, f"opening_hours.js reads only {len(kept)} of {SAMPLE}"
    # Refused today, in a few values: an open end after a range ('10:00-14:00+'), a list
    # after 'PH +1 day', '2027 easter', an nth weekday moved out of its month.
    assert len(refused) <= len(kept) // 10, (len(refused), len(kept), refused[:10])
