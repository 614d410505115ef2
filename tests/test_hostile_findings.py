"""Regression tests for the hostile-input audit's findings that have no better home.

Where each numbered finding is tested:

1. a broken quote in a case CSV: ``test_hostile_csv.py``;
2. unbounded reads: ``test_hostile.py`` (documents), ``test_hostile_cli.py`` (the command);
3. TOML dotted keys and nesting: ``test_hostile.py``;
4. quadratic opening hours: ``test_hours_rules.py`` (10 000 dated closures) and
   ``benchmarks/bench_hostile.py``;
5. service hours over a long span, constant channels: here and ``test_hours_spans.py``;
6. ``Charter.deadline`` and the guarantee's policy: here;
7. messages that echo input: ``test_hostile.py``;
8. compliance memory: ``test_compliance.py`` (bounded histograms);
9. terminal escapes: ``test_hostile_cli.py``;
10. schema and loader: ``test_fuzz_documents.py`` and ``test_schema.py``;
11. ``OSError`` from a zone name: ``test_hostile.py``;
12. the smaller ones: pickles here; OSM digits and spaces in ``test_hours_rules.py``;
    the byte-order mark and absurd values in ``test_hostile.py``; duplicate keys in a
    case document in ``test_hostile_cli.py``.
"""

from __future__ import annotations

import copy
import pickle
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest

from charter import Answered, Case, CaseError, Extended, Period, Resumed, Suspended, examples
from charter._memo import Memo
from charter.clock.events import Event
from charter.hours.rules import RuleSet

BRUSSELS = ZoneInfo("Europe/Brussels")
RECEIVED = datetime(2026, 11, 2, 10, tzinfo=BRUSSELS)
FEDERAL = examples.load("federal")


# -- 6. Charter.deadline checks the history against the guarantee ---------------------------------


@pytest.mark.parametrize(
    ("guarantee", "events", "message"),
    [
        (
            "complaint",
            [Extended(at=RECEIVED + timedelta(days=1), by=Period.parse("999 days"))],
            "may be extended by at most 45 days",
        ),
        (
            "complaint",
            [
                Extended(at=RECEIVED + timedelta(days=1), by=Period.parse("10 days")),
                Extended(at=RECEIVED + timedelta(days=2), by=Period.parse("10 days")),
            ],
            "may be extended once only",
        ),
        (
            "informative",
            [Extended(at=RECEIVED + timedelta(days=1), by=Period.parse("5 days"))],
            "allows no extension",
        ),
        (
            "informative",
            [
                Suspended(at=RECEIVED + timedelta(days=1)),
                Resumed(at=RECEIVED + timedelta(days=30)),
            ],
            "allows no suspension",
        ),
    ],
    ids=["too-long", "too-often", "no-extension", "no-suspension"],
)
def test_the_deadline_refuses_what_the_guarantee_does_not_allow(
    guarantee: str, events: list[object], message: str
) -> None:
    # The audit moved a complaint's date by 999 days where 45 once is allowed, and by a
    # suspension on a guarantee that allows none; evaluate() and the command refused both.
    with pytest.raises(CaseError, match=message) as caught:
        FEDERAL.deadline(guarantee, RECEIVED, events)  # type: ignore[arg-type]
    assert caught.value.index == len(events) - 1 or "no suspension" in message


def test_the_deadline_takes_what_the_guarantee_allows() -> None:
    extended = FEDERAL.deadline(
        "complaint",
        RECEIVED,
        [Extended(at=RECEIVED + timedelta(days=1), by=Period.parse("45 days"))],
    )
    plain = FEDERAL.deadline("complaint", RECEIVED)
    assert extended.last_day > plain.last_day
    pause: list[Event] = [
        Suspended(at=RECEIVED + timedelta(days=1)),
        Resumed(at=RECEIVED + timedelta(days=8)),
    ]
    suspended = FEDERAL.deadline("substantive", RECEIVED, iter(pause))  # read once, checked
    assert suspended.last_day > FEDERAL.deadline("substantive", RECEIVED).last_day


# -- 12. a warm charter pickles without what it remembered ---------------------------------------


def test_a_warm_charter_pickles_as_small_as_a_cold_one() -> None:
    # The audit's charter pickled to 1.8 MB after normal use, 47 MB after every day was
    # asked: the memos of calendars, hours and the case evaluator went with it.
    # Without its end date, so that five years of questions can be asked of it.
    c = attrs.evolve(examples.load("federal"), valid_until=None)
    cold = pickle.dumps(c)
    hours = [channel.hours for channel in c.channels if channel.hours is not None]
    for day in range(0, 2_000, 3):
        when = RECEIVED + timedelta(days=day)
        for g in c.guarantees:
            c.deadline(g.id, when)
        c.evaluate(Case(guarantee="informative", received=when), when + timedelta(days=9))
        for h in hours:
            h.is_open(when)
            h.next_change(when)
    warm = pickle.dumps(c)
    assert len(warm) == len(cold)
    again = pickle.loads(warm)  # noqa: S301 - our own pickle
    assert again == c
    copied = copy.deepcopy(c)
    assert len(pickle.dumps(copied)) == len(cold)
    for other in (again, copied):  # the memos come back empty and work
        when = RECEIVED + timedelta(days=400)
        assert other.deadline("complaint", when) == c.deadline("complaint", when)
        case = Case(guarantee="substantive", received=when)
        assert other.evaluate(case, when + timedelta(days=3)) == c.evaluate(
            case, when + timedelta(days=3)
        )
        for mine, theirs in zip(
            hours, [ch.hours for ch in other.channels if ch.hours], strict=True
        ):
            assert theirs.next_change(when) == mine.next_change(when)
            assert theirs.is_open(when) == mine.is_open(when)


def test_a_memo_is_bounded_and_forgets_its_oldest_first() -> None:
    memo: Memo[int, int] = Memo(3)
    for n in range(10):
        memo.put(n, n)
    assert list(memo) == [7, 8, 9]
    assert pickle.loads(pickle.dumps(memo)) == {}  # noqa: S301
    assert copy.copy(memo) == {}


# -- 5. service hours over a long span -----------------------------------------------------------


def test_a_response_170_years_late_is_measured_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    # A year typo in one CSV row: the callback answered in 2196. The response time is
    # the open time of the contact centre over those years (figure of the day-by-day
    # sum this replaced), found without painting each of the 62 000 days.
    c = examples.load("federal")
    answered = RECEIVED.replace(year=2196)
    painted = 0
    day = RuleSet.day

    def counted(self: RuleSet, d: date) -> object:
        nonlocal painted
        painted += 1
        return day(self, d)

    monkeypatch.setattr(RuleSet, "day", counted)
    case = Case(guarantee="callback", received=RECEIVED, events=[Answered(at=answered)])
    report = c.evaluate(case, answered + timedelta(days=1))
    # 341 048 hours before the example dated its 2027 closures (five days of eight hours).
    assert str(report.response) == "341008 service hours"
    assert painted < 10_000
