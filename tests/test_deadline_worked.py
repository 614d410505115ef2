"""Worked tables for the counting rules' readings: each row cites its article.

Expected dates are worked out by hand from Regulation 1182/71 art. 2-3 and the Judicial
Code art. 50-55 (docs/deadlines.md), not by the library. Monday to Friday, Europe/Brussels.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

import charter
from charter import (
    BE_JUDICIAL_CODE,
    EU_1182_71,
    SERVICE_STANDARD,
    CountingRule,
    Dates,
    Extended,
    Notification,
    Period,
    PeriodError,
    Resumed,
    RuleError,
    Suspended,
    Unit,
    UnpublishedYearError,
    WorkingCalendar,
    belgium,
    deadline,
    deadline_before,
    steps,
)
from charter.calendars import eu
from charter.clock import Event
from charter.language.deadlines import describe_period
from strategies import INSTANTS

BRUSSELS = ZoneInfo("Europe/Brussels")
LEGAL = WorkingCalendar(holidays=belgium.LEGAL, timezone="Europe/Brussels")
FEDERAL = WorkingCalendar(holidays=belgium.FEDERAL_ADMINISTRATION, timezone="Europe/Brussels")
#: The federal calendar with the 2026 bridge days (circular), as closure days.
FEDERAL_2026 = WorkingCalendar(
    holidays=belgium.FEDERAL_ADMINISTRATION,
    timezone="Europe/Brussels",
    closures=Dates({date(2026, 5, 15): "brugdag", date(2026, 7, 20): "brugdag"}),
)
EU_IN_BELGIUM = EU_1182_71.replace(public_holidays="be-legal")


def at(year: int, month: int, day: int, hour: int = 10, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BRUSSELS)


class Row(NamedTuple):
    article: str
    rule: CountingRule
    calendar: WorkingCalendar
    received: datetime
    period: str
    last_day: date
    events: tuple[Event, ...] = ()


def check(row: Row) -> None:
    result = deadline(
        row.received, row.period, calendar=row.calendar, rule=row.rule, events=row.events
    )
    assert result.last_day == row.last_day
    # Every row here ends at 24:00 on its last day, local midnight in Brussels.
    midnight = datetime.combine(row.last_day + timedelta(days=1), datetime.min.time(), BRUSSELS)
    assert result.due.astimezone(UTC) == midnight.astimezone(UTC)
    ends = result.steps[-1]
    assert isinstance(ends, steps.EndsAt)
    assert (ends.due, ends.last_day) == (result.due, result.last_day)


# -- which days stop the clock ---------------------------------------------------------------

DAYS_OFF = [
    Row(
        "BE 53, KB 18.4.1974: 15 November is no legal holiday (federal calendar)",
        BE_JUDICIAL_CODE,
        FEDERAL,
        at(2027, 11, 5),
        "10 days",
        date(2027, 11, 15),
    ),
    Row(
        "EU 2(1), 3(4): the calendar's holidays, 15 November among them",
        EU_1182_71,
        FEDERAL,
        at(2027, 11, 5),
        "10 days",
        date(2027, 11, 16),
    ),
    Row(
        "EU 2(1), 3(4): Belgium's public holidays on the federal calendar",
        EU_IN_BELGIUM,
        FEDERAL,
        at(2027, 11, 5),
        "10 days",
        date(2027, 11, 15),
    ),
    Row(
        "service standard: 11 and 15 November are not working days (federal)",
        SERVICE_STANDARD,
        FEDERAL,
        at(2027, 11, 8),
        "5 working days",
        date(2027, 11, 17),
    ),
    Row(
        "BE 52-53: expiry on All Souls' Day, a federal day off",
        BE_JUDICIAL_CODE,
        FEDERAL,
        at(2027, 10, 22),
        "11 days",
        date(2027, 11, 2),
    ),
    Row(
        "BE 53: expiry on 26 December, a federal day off",
        BE_JUDICIAL_CODE,
        FEDERAL,
        at(2028, 12, 16),
        "10 days",
        date(2028, 12, 26),
    ),
    Row(
        "EU 2(1), 3(4): 26 December on the federal calendar moves on",
        EU_1182_71,
        FEDERAL,
        at(2028, 12, 16),
        "10 days",
        date(2028, 12, 27),
    ),
    Row(
        "BE 53: a bridge-day closure does not move an expiry",
        BE_JUDICIAL_CODE,
        FEDERAL_2026,
        at(2026, 4, 30),
        "15 days",
        date(2026, 5, 15),
    ),
    Row(
        "service standard: Ascension and the bridge day are skipped",
        SERVICE_STANDARD,
        FEDERAL_2026,
        at(2026, 5, 11),
        "5 working days",
        date(2026, 5, 20),
    ),
    Row(
        "EU 2(2), 3(3): working days skip Ascension, not the bridge-day closure",
        EU_1182_71,
        FEDERAL_2026,
        at(2026, 5, 13),
        "3 working days",
        date(2026, 5, 19),
    ),
]


@pytest.mark.parametrize("row", DAYS_OFF, ids=[row.article for row in DAYS_OFF])
def test_days_off(row: Row) -> None:
    check(row)


def test_the_steps_say_which_days_stop_the_clock() -> None:
    result = deadline(at(2027, 11, 5), "10 days", calendar=FEDERAL, rule=BE_JUDICIAL_CODE)
    (start,) = [s for s in result.steps if isinstance(s, steps.CountingStarts)]
    assert start.days_off is BE_JUDICIAL_CODE.days_off
    assert start.days_off.value == "public_holidays"
    rolled = deadline(at(2027, 11, 5), "10 days", calendar=FEDERAL, rule=EU_1182_71)
    (moved,) = [s for s in rolled.steps if isinstance(s, steps.RolledForward)]
    assert moved.reason is not None
    assert moved.reason.name is not None
    assert moved.reason.name["nl"] == "Koningsdag"


def test_a_rule_names_a_known_calendar_of_public_holidays() -> None:
    with pytest.raises(RuleError, match="public_holidays: unknown calendar 'be-nowhere'"):
        EU_1182_71.replace(public_holidays="be-nowhere")
    rule = CountingRule.from_mapping(
        {"name": "appeal", "days_off": "public_holidays", "public_holidays": "be-legal"}
    )
    assert rule.working_calendar(FEDERAL).is_working_day(date(2027, 11, 15))
    assert not SERVICE_STANDARD.working_calendar(FEDERAL).is_working_day(date(2027, 11, 15))
    assert SERVICE_STANDARD.working_calendar(FEDERAL) is FEDERAL
    with pytest.raises(RuleError, match="'weekends' is not one of"):
        CountingRule(name="odd", days_off="weekends")


# -- compound periods (Regulation 1182/71 art. 3(2)(d): months first, then days) -------------

COMPOUND = [
    Row(
        "EU 3(2)(c)-(d), 3(4): 1 month 15 days from 15 April 2027, Sunday to Monday",
        EU_1182_71,
        LEGAL,
        at(2027, 4, 15),
        "1 month 15 days",
        date(2027, 5, 31),
    ),
    Row(
        "BE 54, 52-53: 1 month (to 12 June) then 15 days, Sunday to Monday",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2027, 5, 12),
        "1 month 15 days",
        date(2027, 6, 28),
    ),
    Row(
        "EU 3(2)(c)-(d): P1M15D from 31 January 2028, clamped to 29 February first",
        EU_1182_71,
        LEGAL,
        at(2028, 1, 31),
        "P1M15D",
        date(2028, 3, 15),
    ),
    Row(
        "BE 54: P1M15D from 31 January 2028, to the eve of 1 March, then 15 days",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2028, 1, 31),
        "P1M15D",
        date(2028, 3, 15),
    ),
    Row(
        "EU 3(2)(c)-(d): a year and two weeks across 29 February 2028",
        EU_1182_71,
        LEGAL,
        at(2027, 3, 1),
        "1 year 2 weeks",
        date(2028, 3, 15),
    ),
    Row(
        "EU 3(4): 2 weeks 3 days ending on Whit Monday 2027",
        EU_1182_71,
        LEGAL,
        at(2027, 4, 30),
        "P2W3D",
        date(2027, 5, 18),
    ),
]


@pytest.mark.parametrize("row", COMPOUND, ids=[row.article for row in COMPOUND])
def test_compound_periods(row: Row) -> None:
    check(row)


def test_a_compound_period_is_its_extension_counted_from_the_start() -> None:
    # The defect's case: 1 month extended by 15 days is the compound period 1 month 15 days.
    extended = deadline(
        at(2027, 5, 12),
        "1 month",
        calendar=LEGAL,
        rule=BE_JUDICIAL_CODE,
        events=[Extended(at=at(2027, 5, 20), by="15 days")],
    )
    compound = deadline(at(2027, 5, 12), "1 month 15 days", calendar=LEGAL, rule=BE_JUDICIAL_CODE)
    assert extended.due == compound.due
    (counted,) = [s for s in extended.steps if isinstance(s, steps.ExtensionCounted)]
    assert counted.total == Period("1 month 15 days")


NO_ROLL = [
    EU_1182_71.replace(roll_forward=False, min_working_days=0),
    BE_JUDICIAL_CODE.replace(roll_forward=False),
    SERVICE_STANDARD.replace(roll_forward=False),
]


@given(
    st.sampled_from(NO_ROLL),
    INSTANTS,
    st.integers(0, 3),
    st.integers(1, 14),
    st.integers(0, 5),
    st.integers(0, 40),
)
def test_a_compound_period_is_its_parts_in_order(  # noqa: PLR0917
    rule: CountingRule, received: datetime, years: int, months: int, weeks: int, days: int
) -> None:
    # Nominal last days (no roll): the years and months, then the weeks and days from there.
    parts = [(years, Unit.YEARS), (months, Unit.MONTHS), (weeks, Unit.WEEKS), (days, Unit.DAYS)]
    period = Period.of(*((n, unit) for n, unit in parts if n))
    head = Period.of(*((n, unit) for n, unit in parts[:2] if n))
    whole = deadline(received, period, calendar=LEGAL, rule=rule)
    months_only = deadline(received, head, calendar=LEGAL, rule=rule)
    assert whole.last_day == months_only.last_day + timedelta(days=7 * weeks + days)
    rolled = deadline(received, period, calendar=LEGAL, rule=rule.replace(roll_forward=True))
    assert rolled.last_day == rule.working_calendar(LEGAL).add_working_days(whole.last_day, 0)


def test_compound_periods_in_documents_and_words() -> None:
    document = json.loads(charter.dumps(charter.examples.load()))
    document["guarantees"][2]["period"] = "P1M15D"
    loaded = charter.loads(json.dumps(document))
    assert loaded.guarantees[2].period == Period("1 month 15 days")
    assert json.loads(charter.dumps(loaded))["guarantees"][2]["period"] == "1 month 15 days"
    case = charter.Case(guarantee=loaded.guarantees[2].id, received=at(2027, 4, 15))
    report = loaded.evaluate(case, at=at(2027, 5, 1))
    assert report.deadline.last_day == date(2027, 5, 31)  # as the first compound row
    assert report.status is charter.Status.ON_TRACK
    assert describe_period(Period("P1M15D"), "nl_BE") == "een maand en 15 dagen"
    # After "within" or as an extension, each part in the case its preposition wants.
    compound = Period("P1M15D")
    assert describe_period(compound, "de_BE", form="within") == (
        "innerhalb von einem Monat und 15 Tagen"
    )
    assert describe_period(compound, "de_BE", form="by") == "um einen Monat und 15 Tage"
    assert describe_period(compound, "fr_BE", form="within") == (
        "dans un délai d'un mois et 15 jours"
    )
    assert describe_period(compound, "nl_BE", form="by", calendar_days=True) == (
        "met een maand en 15 kalenderdagen"
    )
    with pytest.raises(PeriodError, match="is a compound period: it has parts, not one unit"):
        _ = Period("1 month 15 days").unit


# -- backward periods: "at the latest N days before" (art. 3(4) second subparagraph) --------

BACKWARD = [
    Row(
        "EU 3(1), 3(2)(b): 10 days before a hearing on Mon 15 March 2027",
        EU_1182_71,
        LEGAL,
        at(2027, 3, 15, 9, 30),
        "10 days",
        date(2027, 3, 4),
    ),
    Row(
        "EU 3(4) 2nd subpara: a Saturday last day is not moved",
        EU_1182_71,
        LEGAL,
        at(2027, 3, 17),
        "10 days",
        date(2027, 3, 6),
    ),
    Row(
        "EU 3(4) 2nd subpara: 10 days before Whit Monday 2027, Ascension stays",
        EU_1182_71,
        LEGAL,
        at(2027, 5, 17),
        "10 days",
        date(2027, 5, 6),
    ),
    Row(
        "EU 3(2)(c) backwards: 1 month before 31 March 2027, clamped to 28 February",
        EU_1182_71,
        LEGAL,
        at(2027, 3, 31),
        "1 month",
        date(2027, 2, 27),
    ),
    Row(
        "EU 3(2)(c) backwards: 1 month before 30 March 2028 is 29 February",
        EU_1182_71,
        LEGAL,
        at(2028, 3, 30),
        "1 month",
        date(2028, 2, 28),
    ),
    Row(
        "EU 3(3) backwards: 5 working days before Mon 15 March 2027",
        EU_1182_71,
        LEGAL,
        at(2027, 3, 15),
        "5 working days",
        date(2027, 3, 7),
    ),
    Row(
        "BE 52: 8 days before a hearing on Tue 2 November 2027",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2027, 11, 2),
        "8 days",
        date(2027, 10, 24),
    ),
]


@pytest.mark.parametrize("row", BACKWARD, ids=[row.article for row in BACKWARD])
def test_backward_periods(row: Row) -> None:
    result = deadline_before(row.received, row.period, calendar=row.calendar, rule=row.rule)
    assert result.last_day == row.last_day
    assert result.due == LEGAL.midnight(row.last_day + timedelta(days=1))
    back, ends = result.steps
    assert isinstance(back, steps.CountedBack)
    assert back.period_starts == row.last_day + timedelta(days=1)
    assert (back.not_moved is None) == LEGAL.is_working_day(row.last_day)
    assert isinstance(ends, steps.EndsAt)


def test_hours_before_count_from_the_start_of_the_events_hour() -> None:
    # EU 3(1): the hour of the event (10:20) is not counted; 2 hours back from 10:00.
    result = deadline_before(at(2027, 5, 4, 10, 20), "2 hours", calendar=LEGAL)
    assert result.due == at(2027, 5, 4, 8)
    with pytest.raises(RuleError, match="cannot be counted back"):
        deadline_before(at(2027, 5, 4, 10, 20), "2 service hours", calendar=LEGAL)


@given(
    st.sampled_from([EU_1182_71, BE_JUDICIAL_CODE, SERVICE_STANDARD]),
    INSTANTS,
    st.integers(1, 60),
    st.integers(1, 30),
    st.sampled_from([Unit.DAYS, Unit.WORKING_DAYS, Unit.WEEKS, Unit.MONTHS]),
)
def test_a_backward_deadline_never_rolls_forward(
    rule: CountingRule, event: datetime, n: int, more: int, unit: Unit
) -> None:
    result = deadline_before(event, Period(n, unit), calendar=FEDERAL, rule=rule)
    longer = deadline_before(event, Period(n + more, unit), calendar=FEDERAL, rule=rule)
    day = event.astimezone(BRUSSELS).date()
    assert result.due <= FEDERAL.midnight(day)  # before the event's day, never after
    assert longer.due <= result.due  # a longer period is due earlier, never later
    (back,) = [s for s in result.steps if isinstance(s, steps.CountedBack)]
    assert back.period_starts == result.last_day + timedelta(days=1)
    if unit is Unit.DAYS:  # exactly n days back, whatever day the last one is
        assert result.last_day == day - timedelta(days=n + 1)


# -- start rules: Judicial Code art. 53bis ---------------------------------------------------

POSTED = BE_JUDICIAL_CODE.replace(notification=Notification.POSTED)
PRESENTED = BE_JUDICIAL_CODE.replace(notification=Notification.REGISTERED_WITH_RECEIPT)

START_RULES = [
    Row(
        "BE 53bis 2°, 52-53: posted Fri 5 March 2027, third working day Wed 10",
        POSTED,
        LEGAL,
        at(2027, 3, 5, 15),
        "15 days",
        date(2027, 3, 25),
    ),
    Row(
        "BE 53bis 1°, 52-53: registered letter presented Tue 9 March 2027",
        PRESENTED,
        LEGAL,
        at(2027, 3, 9, 11),
        "15 days",
        date(2027, 3, 25),
    ),
    Row(
        "BE 53bis 2°, 54: posted before Easter 2027, Easter Monday is no working day",
        POSTED,
        LEGAL,
        at(2027, 4, 1, 16),
        "1 month",
        date(2027, 5, 7),
    ),
    Row(
        "BE 53bis 2°, KB 18.4.1974: 15 November is a working day (federal calendar)",
        POSTED,
        FEDERAL,
        at(2027, 11, 12, 16),
        "15 days",
        date(2027, 12, 2),
    ),
    Row(
        "BE 53bis 1°: presented at 23:30 UTC on 8 March 2027, 9 March in Brussels",
        PRESENTED,
        LEGAL,
        datetime(2027, 3, 8, 23, 30, tzinfo=UTC),
        "15 days",
        date(2027, 3, 25),
    ),
]


@pytest.mark.parametrize("row", START_RULES, ids=[row.article for row in START_RULES])
def test_start_rules(row: Row) -> None:
    check(row)
    result = deadline(row.received, row.period, calendar=row.calendar, rule=row.rule)
    (moved,) = [s for s in result.steps if isinstance(s, steps.MovedPastCutoff)]
    expected = {
        Notification.POSTED: steps.CutoffReason.POSTED,
        Notification.REGISTERED_WITH_RECEIPT: steps.CutoffReason.PRESENTED,
    }
    assert moved.reason is expected[row.rule.notification]


# -- judicial vacation: Judicial Code art. 50 §2 ---------------------------------------------

APPEAL = BE_JUDICIAL_CODE.replace(judicial_vacation=True)

VACATION = [
    Row(
        "BE 50 §2, 54, 53: 1 month from 30 June 2027 ends Mon 2 August, so 15 September",
        APPEAL,
        LEGAL,
        at(2027, 6, 30),
        "1 month",
        date(2027, 9, 15),
    ),
    Row(
        "BE 50 §2: 15 days from 30 June 2027, starting 1 July, ending 15 July",
        APPEAL,
        LEGAL,
        at(2027, 6, 30),
        "15 days",
        date(2027, 9, 15),
    ),
    Row(
        "BE 50 §2: starts on 30 June 2027, before the vacation: not extended",
        APPEAL,
        LEGAL,
        at(2027, 6, 29),
        "15 days",
        date(2027, 7, 14),
    ),
    Row(
        "BE 50 §2: expires on 16 September 2027, after the vacation: not extended",
        APPEAL,
        LEGAL,
        at(2027, 8, 16),
        "1 month",
        date(2027, 9, 16),
    ),
    Row(
        "BE 50 §2, 53: 15 September 2029 is a Saturday, so Monday 17",
        APPEAL,
        LEGAL,
        at(2029, 7, 16),
        "15 days",
        date(2029, 9, 17),
    ),
    Row(
        "BE 53 then 50 §2: Sat 31 August 2030 moves to Mon 2 September, out of the vacation",
        APPEAL,
        LEGAL,
        at(2030, 8, 16),
        "15 days",
        date(2030, 9, 2),
    ),
    Row(
        "BE 50 §2 off (the preset): 1 month from 30 June 2027 ends Mon 2 August",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2027, 6, 30),
        "1 month",
        date(2027, 8, 2),
    ),
]


@pytest.mark.parametrize("row", VACATION, ids=[row.article for row in VACATION])
def test_judicial_vacation(row: Row) -> None:
    check(row)


def test_the_judicial_vacation_has_a_cliff() -> None:
    # Art. 50 §2 extends only a period that expires in the vacation: from 16 August 2027,
    # 15 days end on 31 August, extended to 15 September; 16 days end on 1 September, not
    # extended. A longer period (or a longer suspension) can end earlier: the law's cliff,
    # which monotonicity properties of this library leave out (docs/deadlines.md).
    shorter = deadline(at(2027, 8, 16), "15 days", calendar=LEGAL, rule=APPEAL)
    longer = deadline(at(2027, 8, 16), "16 days", calendar=LEGAL, rule=APPEAL)
    assert (shorter.last_day, longer.last_day) == (date(2027, 9, 15), date(2027, 9, 1))
    (vacation,) = [s for s in shorter.steps if isinstance(s, steps.JudicialVacation)]
    assert (vacation.from_day, vacation.to_day) == (date(2027, 8, 31), date(2027, 9, 15))


# -- suspension readings: up to and including, or up to the day of resumption ---------------

UNTIL_THE_DAY = SERVICE_STANDARD.replace(count_resumption_day=True)
EU_UNTIL_THE_DAY = EU_1182_71.replace(count_resumption_day=True)
PAUSE_2026 = (Suspended(at=at(2026, 3, 4)), Resumed(at=at(2026, 3, 10, 9)))
PAUSE_2027 = (Suspended(at=at(2027, 3, 3)), Resumed(at=at(2027, 3, 8, 9)))

SUSPENSION = [
    Row(
        "Awb 4:15 style, inclusive: 5, 6, 9 and 10 March 2026 do not count",
        SERVICE_STANDARD,
        LEGAL,
        at(2026, 3, 2),
        "5 working days",
        date(2026, 3, 13),
        PAUSE_2026,
    ),
    Row(
        "Awb 4:15 'tot de dag waarop': 10 March, the resumption, counts again",
        UNTIL_THE_DAY,
        LEGAL,
        at(2026, 3, 2),
        "5 working days",
        date(2026, 3, 12),
        PAUSE_2026,
    ),
    Row(
        "EU 3(2)(b) with a suspension, inclusive: 4 to 8 March 2027 do not count",
        EU_1182_71,
        LEGAL,
        at(2027, 3, 1),
        "10 days",
        date(2027, 3, 16),
        PAUSE_2027,
    ),
    Row(
        "EU 3(2)(b) with a suspension, 'until the day on which': 4 to 7 March",
        EU_UNTIL_THE_DAY,
        LEGAL,
        at(2027, 3, 1),
        "10 days",
        date(2027, 3, 15),
        PAUSE_2027,
    ),
    Row(
        "'until the day on which', resumed the day after: nothing is taken",
        EU_UNTIL_THE_DAY,
        LEGAL,
        at(2027, 3, 1),
        "10 days",
        date(2027, 3, 11),
        (Suspended(at=at(2027, 3, 3)), Resumed(at=at(2027, 3, 4, 9))),
    ),
]


@pytest.mark.parametrize("row", SUSPENSION, ids=[row.article for row in SUSPENSION])
def test_suspension_readings(row: Row) -> None:
    check(row)


# -- the EU institutions' holidays (art. 2(1)), and EU-versus-Belgian contrasts --------------

EU_BRUSSELS = WorkingCalendar(holidays=eu.INSTITUTIONS_BRUSSELS, timezone="Europe/Brussels")
AT_THE_COMMISSION = EU_1182_71.replace(public_holidays="eu-institutions-brussels")

CONTRASTS = [
    Row(
        "EU 2(1), 3(4): 9 May 2023 (Schuman) is an institutions' holiday",
        EU_1182_71,
        EU_BRUSSELS,
        at(2023, 5, 6),
        "3 days",
        date(2023, 5, 10),
    ),
    Row(
        "EU 2(1), 3(4): 9 May 2023 is no Belgian public holiday",
        EU_1182_71,
        LEGAL,
        at(2023, 5, 6),
        "3 days",
        date(2023, 5, 9),
    ),
    Row(
        "EU 2(1): the institutions' holidays named by the rule, on a Belgian calendar",
        AT_THE_COMMISSION,
        LEGAL,
        at(2023, 5, 6),
        "3 days",
        date(2023, 5, 10),
    ),
    Row(
        "EU 2(1), 3(4): Good Friday, the weekend and Easter Monday 2023 (institutions)",
        EU_1182_71,
        EU_BRUSSELS,
        at(2023, 4, 4),
        "3 days",
        date(2023, 4, 11),
    ),
    Row(
        "EU 2(1), 3(4): the day after Ascension 2023 (institutions)",
        EU_1182_71,
        EU_BRUSSELS,
        at(2023, 5, 16),
        "3 days",
        date(2023, 5, 22),
    ),
    Row(
        "EU 3(2)(c), 3(4): 1 month from 28 February 2027 ends on Easter Sunday, so Tuesday",
        EU_1182_71,
        LEGAL,
        at(2027, 2, 28),
        "1 month",
        date(2027, 3, 30),
    ),
    Row(
        "BE 54: 1 month from Sun 28 February 2027 runs from 1 March to 31 March",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2027, 2, 28),
        "1 month",
        date(2027, 3, 31),
    ),
    Row(
        "BE 53 (no art. 3(5)): 2 days from Christmas Eve 2026 end Mon 28 December",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2026, 12, 24),
        "2 days",
        date(2026, 12, 28),
    ),
    Row(
        "EU 3(1): received 23:30 UTC on 1 March 2026, 2 March in Brussels",
        EU_1182_71,
        LEGAL,
        datetime(2026, 3, 1, 23, 30, tzinfo=UTC),
        "3 days",
        date(2026, 3, 5),
    ),
    Row(
        "service standard: 23:30 UTC on Fri 6 March 2026 is Saturday in Brussels",
        SERVICE_STANDARD,
        LEGAL,
        datetime(2026, 3, 6, 23, 30, tzinfo=UTC),
        "5 working days",
        date(2026, 3, 13),
    ),
    Row(
        "BE 52: 22:30 UTC on 30 June 2027 is 1 July in Brussels (summer time)",
        BE_JUDICIAL_CODE,
        LEGAL,
        datetime(2027, 6, 30, 22, 30, tzinfo=UTC),
        "15 days",
        date(2027, 7, 16),
    ),
    Row(
        "EU 3(1): a receipt at 00:00 is on that day, which is not counted",
        EU_1182_71,
        LEGAL,
        at(2026, 3, 2, 0),
        "3 days",
        date(2026, 3, 5),
    ),
    Row(
        "service standard: a receipt at 00:00 on a Saturday makes Monday day 1",
        SERVICE_STANDARD,
        LEGAL,
        at(2026, 3, 7, 0),
        "5 working days",
        date(2026, 3, 13),
    ),
    Row(
        "EU 3(2)(c): 1 month from 29 February 2024 ends 29 March (Good Friday works)",
        EU_1182_71,
        LEGAL,
        at(2024, 2, 29),
        "1 month",
        date(2024, 3, 29),
    ),
    Row(
        "BE 54, 53: 1 month from 29 February 2024 to Easter Sunday, past Easter Monday",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2024, 2, 29),
        "1 month",
        date(2024, 4, 2),
    ),
    Row(
        "EU 3(2)(c): 1 year from 29 February 2028 ends 28 February 2029",
        EU_1182_71,
        LEGAL,
        at(2028, 2, 29),
        "1 year",
        date(2029, 2, 28),
    ),
    Row(
        "BE 54: 1 year from 29 February 2028, from 1 March to the eve of 1 March",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2028, 2, 29),
        "1 year",
        date(2029, 2, 28),
    ),
    Row(
        "EU 3(4): Ascension 2026 moves to Friday",
        EU_1182_71,
        LEGAL,
        at(2026, 5, 4),
        "10 days",
        date(2026, 5, 15),
    ),
    Row(
        "BE 53: Ascension 2026 moves to the bridge day, no legal holiday (federal)",
        BE_JUDICIAL_CODE,
        FEDERAL_2026,
        at(2026, 5, 4),
        "10 days",
        date(2026, 5, 15),
    ),
    Row(
        "BE 53: Whit Monday 2026 moves to Tuesday",
        BE_JUDICIAL_CODE,
        LEGAL,
        at(2026, 5, 4),
        "21 days",
        date(2026, 5, 26),
    ),
    Row(
        "EU 3(2)(c), 3(4): 1 month to Ascension 2028, then Friday",
        EU_1182_71,
        LEGAL,
        at(2028, 4, 25),
        "1 month",
        date(2028, 5, 26),
    ),
]


@pytest.mark.parametrize("row", CONTRASTS, ids=[row.article for row in CONTRASTS])
def test_contrasts(row: Row) -> None:
    check(row)


def test_a_year_without_published_institution_holidays_is_refused() -> None:
    with pytest.raises(UnpublishedYearError, match="no published holidays for 2026"):
        deadline(at(2026, 5, 4), "10 days", calendar=EU_BRUSSELS, rule=EU_1182_71)
    with pytest.raises(UnpublishedYearError, match=r"years held: 2014, 2023"):
        deadline(at(2026, 5, 4), "10 days", calendar=LEGAL, rule=AT_THE_COMMISSION)
    luxembourg, brussels = eu.INSTITUTIONS_LUXEMBOURG, eu.INSTITUTIONS_BRUSSELS
    assert len(luxembourg.in_year(2023)) == len(brussels.in_year(2023)) == 18
    assert luxembourg.name(date(2023, 6, 23)) == "Luxembourg National Holiday"
    assert brussels.name(date(2023, 6, 23)) is None


def test_there_are_at_least_40_worked_rows() -> None:
    tables = [DAYS_OFF, COMPOUND, BACKWARD, START_RULES, VACATION, SUSPENSION, CONTRASTS]
    rows = [row for table in tables for row in table]
    assert len(rows) >= 40
    assert len({row.article for row in rows}) == len(rows)
