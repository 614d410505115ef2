"""Periods that count from another event, and holding replies with a date (issue 20, items 2, 3).

The dates are worked by hand in the comments, in 2026-2027 and 2027-2028, on the federal
example's calendar: Belgian public holidays, its closures of 28 and 29 December 2026 and
27 to 30 December 2027.
"""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import jsonschema
import pytest

import charter
from charter import (
    Answered,
    Case,
    CaseError,
    CharterError,
    EndOfPeriod,
    Extended,
    Start,
    Started,
    Status,
    Suspended,
)
from charter.cases import compliance, read_cases
from charter.cli import main
from charter.clock.steps import CountingFrom, ExtendedUntil, Received
from charter.interop import from_cpsv_ap, to_cpsv_ap
from charter.interop.cpsv_ap import GUARANTEE_TERMS
from charter.io.cases import case_schema, loads_case
from charter.language import describe_deadline

B = ZoneInfo("Europe/Brussels")


def _at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=B)  # type: ignore[arg-type, misc]


def _names(en: str, nl: str, fr: str, de: str) -> dict[str, str]:
    return {"en": en, "nl": nl, "fr": fr, "de": de}


def _document() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(charter.dumps(charter.examples.load()))
    calendar = doc["guarantees"][0]["calendar"]
    doc["guarantees"] += [
        {
            "id": "payment",
            "kind": "payment",
            "description": _names("Payment", "Betaling", "Paiement", "Zahlung"),
            "period": "4 months",
            "calendar": calendar,
            "starts": "notified",
        },
        {
            "id": "decision",
            "kind": "decision",
            "description": _names("Decision", "Beslissing", "Décision", "Entscheidung"),
            "period": "30 working days",
            "calendar": calendar,
            "starts": "complete",
            "suspension_allowed": True,
        },
        {
            "id": "letters",
            "kind": "complaint",
            "description": _names("Complaints", "Klachten", "Plaintes", "Beschwerden"),
            "period": "45 days",
            "calendar": calendar,
            "extension": {"by": "45 days", "dated": True},
        },
    ]
    return doc


DOC = _document()
CHARTER = charter.loads(json.dumps(DOC))


def test_the_document_loads_round_trips_and_passes_the_schema() -> None:
    jsonschema.validate(DOC, charter.json_schema())
    assert CHARTER.guarantee("payment").starts is Start.NOTIFIED
    assert CHARTER.guarantee("decision").starts is Start.COMPLETE
    assert CHARTER.guarantee("informative").starts is Start.RECEIVED
    policy = CHARTER.guarantee("letters").extension
    assert policy is not None
    assert policy.dated
    assert charter.loads(charter.dumps(CHARTER)) == CHARTER
    assert charter.loads(charter.dumps(CHARTER, format="toml"), format="toml") == CHARTER
    # The defaults are not written: a document without them reads as before.
    written = json.loads(charter.dumps(CHARTER))
    assert "starts" not in written["guarantees"][0]


def test_an_unknown_start_event_is_refused_by_both() -> None:
    doc = _document()
    doc["guarantees"][-1]["starts"] = "decided"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, charter.json_schema())
    with pytest.raises(CharterError) as info:
        charter.loads(json.dumps(doc))
    assert "$.guarantees[10].starts" in str(info.value)


@pytest.mark.parametrize(
    ("received", "notified", "last_day"),
    [
        # 30 October + 4 months is "30 February", which 2027 does not have: its last day.
        (_at(2026, 9, 1, 10), _at(2026, 10, 30, 11), date(2027, 2, 28)),
        # 31 October 2027 + 4 months: 29 February, 2028 being a leap year.
        (_at(2027, 9, 1, 10), _at(2027, 10, 31, 11), date(2028, 2, 29)),
    ],
)
def test_a_payment_counts_from_the_notification(
    received: datetime, notified: datetime, last_day: date
) -> None:
    d = CHARTER.deadline("payment", received, [Started(at=notified)])
    assert d.last_day == last_day
    assert d.received == received  # the receipt; the step says what the period counts from
    assert d.steps[0] == Received(at=received)
    assert d.steps[1] == CountingFrom(at=notified, start=Start.NOTIFIED)


@pytest.mark.parametrize(
    ("complete", "last_day"),
    [
        # Friday 18 December 2026: counting starts Monday 21. Working days 21-24 (4), not
        # 25 (Christmas), 28 and 29 (closures), 30-31 (6), not 1 January, 4-29 January
        # (26), 1-4 February (30).
        (_at(2026, 12, 18, 11), date(2027, 2, 4)),
        # Friday 17 December 2027: 20-24 (5), not 27-30 (closures), 31 (6), 3-28 January
        # (26), 31 January to 3 February (30).
        (_at(2027, 12, 17, 11), date(2028, 2, 3)),
    ],
)
def test_a_decision_counts_from_the_complete_file(complete: datetime, last_day: date) -> None:
    received = complete.replace(day=1)
    assert CHARTER.deadline("decision", received, [Started(at=complete)]).last_day == last_day
    # Counted from the receipt, it would be weeks earlier.
    assert CHARTER.deadline("informative", received).last_day < last_day


def test_a_suspension_after_the_start_moves_the_date() -> None:
    events: list[charter.clock.Event] = [
        Started(at=_at(2026, 12, 18, 11)),
        Suspended(at=_at(2027, 1, 5, 9)),
        # Back on Monday 11 January: 6, 7, 8 and 11 January do not count (by default the
        # day of resumption does not either): four working days, 4 February moves to 10.
        charter.Resumed(at=_at(2027, 1, 11, 9)),
    ]
    d = CHARTER.deadline("decision", _at(2026, 12, 1, 10), events)
    assert d.last_day == date(2027, 2, 10)


def test_without_its_start_event_there_is_no_deadline_yet() -> None:
    with pytest.raises(CaseError, match=r"counts from its start event \(notified\)"):
        CHARTER.deadline("payment", _at(2026, 9, 1, 10))


@pytest.mark.parametrize(
    ("guarantee", "events", "message"),
    [
        ("informative", [Started(at=_at(2026, 12, 2))], "counts from the receipt"),
        (
            "decision",
            [Suspended(at=_at(2026, 12, 2)), Started(at=_at(2026, 12, 3))],
            "started after a suspension",
        ),
        (
            "decision",
            [Started(at=_at(2026, 12, 2)), Started(at=_at(2026, 12, 3))],
            "started a second time",
        ),
    ],
)
def test_a_start_event_out_of_place_is_refused(
    guarantee: str, events: list[Any], message: str
) -> None:
    with pytest.raises(CaseError, match=message) as info:
        CHARTER.deadline(guarantee, _at(2026, 12, 1, 10), events)
    assert info.value.index is not None


def test_a_suspension_before_the_start_event_is_refused() -> None:
    case = Case(
        guarantee="decision",
        received=_at(2026, 12, 1, 10),
        events=[Suspended(at=_at(2026, 12, 2))],
    )
    with pytest.raises(CaseError, match="its clock was not running yet"):
        CHARTER.evaluate(case, at=_at(2026, 12, 5))


def test_the_public_calculator_refuses_a_start_event() -> None:
    calendar = CHARTER.calendar("federal")
    with pytest.raises(CaseError, match="pass its instant as received"):
        charter.deadline(
            _at(2026, 12, 1, 10),
            "4 months",
            calendar=calendar,
            events=[Started(at=_at(2026, 12, 2))],
        )


# -- the case clock ---------------------------------------------------------------------------


def test_a_case_waits_for_its_start_event() -> None:
    case = Case(guarantee="payment", received=_at(2026, 9, 1, 10))
    report = CHARTER.evaluate(case, at=_at(2026, 10, 1, 12))
    assert report.status is Status.NOT_STARTED
    assert report.status.is_open
    assert not report.status.is_failure
    # The date it would have if the decision were notified now: 1 October + 4 months.
    assert report.deadline.last_day == date(2027, 2, 1)
    assert report.elapsed == 0
    started = Case(
        guarantee="payment",
        received=case.received,
        events=[Started(at=_at(2026, 10, 30, 11)), Answered(at=_at(2027, 2, 28, 23))],
    )
    assert started.started == _at(2026, 10, 30, 11)
    assert CHARTER.evaluate(started, at=_at(2026, 10, 15)).status is Status.NOT_STARTED
    assert CHARTER.evaluate(started, at=_at(2026, 11, 2)).status is Status.ON_TRACK
    assert CHARTER.evaluate(started, at=_at(2027, 3, 1)).status is Status.MET
    late = Case(
        guarantee="payment",
        received=case.received,
        events=[Started(at=_at(2026, 10, 30, 11)), Answered(at=_at(2027, 3, 1, 0, 1))],
    )
    assert CHARTER.evaluate(late, at=_at(2027, 3, 2)).status is Status.LATE


def test_an_answer_without_its_start_event_is_refused() -> None:
    case = Case(
        guarantee="payment", received=_at(2026, 9, 1, 10), events=[Answered(at=_at(2026, 9, 2))]
    )
    with pytest.raises(CaseError, match="answered before its start event"):
        CHARTER.evaluate(case, at=_at(2026, 9, 3))


CSV = """reference,guarantee,received,started,extensions,answered
P-1,payment,2026-09-01T10:00+02:00,,,
P-2,payment,2026-09-01T10:00+02:00,2026-10-30T11:00+01:00,,2027-02-20T10:00+01:00
P-3,payment,2026-09-01T10:00+02:00,,,2026-09-02T10:00+02:00
L-1,letters,2026-12-01T10:00+01:00,,2027-01-10T09:00+01:00/2027-02-20,2027-02-19T10:00+01:00
L-2,letters,2026-12-01T10:00+01:00,,2027-01-10T09:00+01:00/2027-03-02,
"""


def test_a_report_counts_every_case() -> None:
    cases = read_cases(io.StringIO(CSV))
    report = compliance(CHARTER, cases, at=_at(2027, 3, 10))
    payment = report.guarantee("payment")
    letters = report.guarantee("letters")
    assert payment.counts[Status.NOT_STARTED] == 1
    assert payment.counts[Status.MET] == 1
    assert letters.counts[Status.MET] == 1
    # P-3 (answered before its start) and L-2 (a date beyond the limit) are skipped.
    assert report.skipped.count == 2
    reasons = " ".join(problem.message for problem in report.skipped.problems)
    assert "answered before its start event" in reasons
    assert "more than 45 days after the last day in force" in reasons
    assert report.cases + report.skipped.count == 5


# -- holding replies with a date ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("received", "in_force", "latest"),
    [
        # 1 December 2026 + 45 days: 15 January 2027; + 45 days more: 1 March 2027.
        (_at(2026, 12, 1, 10), date(2027, 1, 15), date(2027, 3, 1)),
        # 20 November 2027 + 45 days: 4 January 2028; + 45 days more: 18 February 2028.
        (_at(2027, 11, 20, 10), date(2028, 1, 4), date(2028, 2, 18)),
    ],
)
def test_a_notice_moves_the_date_to_the_one_it_gives(
    received: datetime, in_force: date, latest: date
) -> None:
    assert CHARTER.deadline("letters", received).last_day == in_force
    noticed = datetime.combine(in_force, datetime.min.time(), B).replace(hour=9)
    d = CHARTER.deadline("letters", received, [Extended(at=noticed, until=latest)])
    assert d.last_day == latest
    assert d.due == datetime.combine(latest + timedelta(days=1), datetime.min.time(), B)
    assert ExtendedUntil(at=noticed, until=latest) in d.steps
    with pytest.raises(CaseError, match=f"at most {latest.isoformat()}"):
        CHARTER.deadline(
            "letters",
            received,
            [Extended(at=noticed, until=date.fromordinal(latest.toordinal() + 1))],
        )
    late = noticed.replace(hour=0) + timedelta(days=1)
    with pytest.raises(CaseError, match="noticed after the deadline in force"):
        CHARTER.deadline("letters", received, [Extended(at=late, until=latest)])
    with pytest.raises(CaseError, match="is not after the last day in force"):
        CHARTER.deadline("letters", received, [Extended(at=noticed, until=in_force)])


def test_a_notice_is_one_of_the_extensions_allowed() -> None:
    received = _at(2026, 12, 1, 10)
    events = [
        Extended(at=_at(2027, 1, 5, 9), until=date(2027, 1, 30)),
        Extended(at=_at(2027, 1, 20, 9), until=date(2027, 2, 10)),
    ]
    with pytest.raises(CaseError, match="may be extended once only"):
        CHARTER.deadline("letters", received, events)


def test_a_later_suspension_moves_the_date_of_the_notice() -> None:
    guarantee = CHARTER.guarantee("letters")
    assert guarantee.extension_limit == charter.Period.parse("45 days")
    calendar = CHARTER.calendar("federal")
    events: list[charter.clock.Event] = [
        Extended(at=_at(2027, 1, 5, 9), until=date(2027, 2, 1)),
        Suspended(at=_at(2027, 1, 10, 9)),
        # 11 to 14 January: four days do not count; 1 February moves to 5 February.
        charter.Resumed(at=_at(2027, 1, 14, 9)),
    ]
    d = charter.deadline(_at(2026, 12, 1, 10), "45 days", calendar=calendar, events=events)
    assert d.last_day == date(2027, 2, 5)


def test_an_extension_is_by_a_period_or_until_a_date() -> None:
    with pytest.raises(CharterError, match="either by a period or until a date"):
        Extended(at=_at(2027, 1, 5, 9))
    with pytest.raises(CharterError, match="either by a period or until a date"):
        Extended(at=_at(2027, 1, 5, 9), by="3 days", until=date(2027, 2, 1))
    with pytest.raises(CharterError, match=r"datetime\.date"):
        Extended(at=_at(2027, 1, 5, 9), until=_at(2027, 2, 1))


def test_a_period_in_hours_is_not_extended_to_a_date() -> None:
    calendar = CHARTER.calendar("federal")
    with pytest.raises(charter.RuleError, match="cannot be extended to a date"):
        charter.deadline(
            _at(2027, 1, 5, 9),
            "4 hours",
            calendar=calendar,
            events=[Extended(at=_at(2027, 1, 5, 10), until=date(2027, 1, 8))],
        )


# -- documents, words and the command -------------------------------------------------------------


def test_case_documents_hold_both_events() -> None:
    text = json.dumps(
        {
            "guarantee": "letters",
            "received": "2026-12-01T10:00+01:00",
            "events": [
                {"event": "extended", "at": "2027-01-10T09:00+01:00", "until": "2027-02-20"},
            ],
        }
    )
    jsonschema.validate(json.loads(text), case_schema())
    case = loads_case(text, charter=CHARTER)
    assert case.events == (Extended(at=_at(2027, 1, 10, 9), until=date(2027, 2, 20)),)
    started = {"guarantee": "payment", "received": "2026-09-01T10:00+02:00"}
    started["events"] = [{"event": "started", "at": "2026-10-30T11:00+01:00"}]  # type: ignore[assignment]
    jsonschema.validate(started, case_schema())
    assert loads_case(json.dumps(started), charter=CHARTER).started == _at(2026, 10, 30, 11)
    for both in ({}, {"by": "3 days", "until": "2027-02-20"}):
        event = {"event": "extended", "at": "2027-01-10T09:00+01:00", **both}
        document = {"guarantee": "letters", "received": "2026-12-01T10:00+01:00"}
        document["events"] = [event]  # type: ignore[assignment]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(document, case_schema())
        with pytest.raises(CharterError, match="either by a period or until a date"):
            loads_case(json.dumps(document), charter=CHARTER)


@pytest.mark.parametrize(
    ("locale", "starts", "notice", "complete", "until"),
    [
        (
            "nl_BE",
            "De termijn loopt vanaf de dag waarop we u de beslissing meedelen.",
            "De termijn wordt dan ten hoogste met 45 kalenderdagen verlengd.",
            "Uw dossier was volledig op vrijdag 18 december 2026. De termijn loopt vanaf die dag.",
            "uiterlijk op maandag 1 maart 2027 krijgt",
        ),
        (
            "fr_BE",
            "Le délai court à partir du jour où nous vous notifions la décision.",
            "Le délai est alors prolongé de 45 jours calendrier au maximum.",
            "Votre dossier était complet le vendredi 18 décembre 2026.",
            "au plus tard le lundi 1er mars 2027",
        ),
        (
            "de_BE",
            "Die Frist läuft ab dem Tag, an dem wir Ihnen die Entscheidung zustellen.",
            "Die Frist verlängert sich dann höchstens um 45 Kalendertage.",
            "Ihre Akte war am Freitag, 18. Dezember 2026 vollständig.",
            "spätestens am Montag, 1. März 2027 erhalten",
        ),
        (
            "en",
            "The period runs from the day we notify you of the decision.",
            "the period is then extended by 45 calendar days at most.",
            "Your file was complete on Friday 18 December 2026; the period counts from then.",
            "by Monday 1 March 2027.",
        ),
    ],
)
def test_said_in_each_language(
    locale: str, starts: str, notice: str, complete: str, until: str
) -> None:
    rendered = charter.render(CHARTER, locale=locale)
    assert starts in rendered
    assert notice in rendered
    decision = CHARTER.deadline("decision", _at(2026, 12, 1, 10), [Started(at=_at(2026, 12, 18))])
    explained = " ".join(describe_deadline(decision, locale).explanation)
    assert complete in explained
    letters = CHARTER.deadline(
        "letters", _at(2026, 12, 1, 10), [Extended(at=_at(2027, 1, 5, 9), until=date(2027, 3, 1))]
    )
    explained = " ".join(describe_deadline(letters, locale).explanation)
    assert until in explained


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue(), capsys.readouterr().err


def test_the_command_takes_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "charter.json"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    given = ("--charter", str(path), "--received")
    code, out, err = _cli(
        capsys,
        "deadline",
        "payment",
        *given,
        "2026-09-01T10:00",
        "--started",
        "2026-10-30T11:00",
        "--explain",
    )
    assert code == 0, err
    assert "Answer by    Sunday 28 February 2027" in out
    assert "The period counts from the notification of the decision" in out
    code, out, err = _cli(capsys, "deadline", "payment", *given, "2026-09-01T10:00")
    assert code == 1
    assert "counts from its start event (notified)" in err
    notice = ("--extend-until", "2027-01-10T09:00")
    code, out, err = _cli(
        capsys,
        "deadline",
        "letters",
        *given,
        "2026-12-01T10:00",
        *notice,
        "2027-02-20",
        "--explain",
    )
    assert code == 0, err
    assert "Answer by    Saturday 20 February 2027" in out
    assert "the answer is due by Saturday 20 February 2027" in out
    code, out, err = _cli(
        capsys, "deadline", "letters", *given, "2026-12-01T10:00", *notice, "20 February"
    )
    assert code == 2
    assert "--extend-until DATE" in err


def test_the_linked_data_export_reads_back_every_field_of_a_guarantee() -> None:
    written_apart = {"id", "description", "channels"}  # identifier, title, channels
    names = {a.name for a in attrs.fields(charter.model.Guarantee)}
    assert names - written_apart == set(GUARANTEE_TERMS)
    doc = _document()
    doc["guarantees"][-1]["fee"] = {"amount": "12.50"}
    c = charter.loads(json.dumps(doc))
    reading = from_cpsv_ap(json.loads(json.dumps(to_cpsv_ap(c))))
    assert reading.charter == c


SENT = {
    "en": "the date the assessment was sent",
    "nl": "de verzenddatum van het aanslagbiljet",
    "fr": "la date d'envoi de l'avertissement-extrait de rôle",
    "de": "das Versanddatum des Steuerbescheids",
}


@pytest.mark.parametrize(
    ("locale", "line"),
    [
        ("nl_BE", "Begin van de termijn: de verzenddatum van het aanslagbiljet."),
        (
            "fr_BE",
            "Point de départ du délai\u00a0: la date d'envoi de l'avertissement-extrait de rôle.",
        ),
        ("de_BE", "Fristbeginn: das Versanddatum des Steuerbescheids."),
        ("en", "Start of the period: the date the assessment was sent."),
    ],
)
def test_a_duty_says_what_its_period_runs_from(locale: str, line: str) -> None:
    doc = _document()
    doc["duties"][0]["period"] = "3 months"
    doc["duties"][0]["counted_from"] = SENT
    jsonschema.validate(doc, charter.json_schema())
    c = charter.loads(json.dumps(doc))
    assert c.duties[0].counted_from == charter.text.LocalizedText(SENT)
    assert charter.loads(charter.dumps(c)) == c
    assert charter.loads(charter.dumps(c, format="toml"), format="toml") == c
    assert line in charter.render(c, locale=locale)


def test_a_duty_without_a_period_runs_from_nothing() -> None:
    doc = _document()
    doc["duties"][0].pop("period", None)
    doc["duties"][0]["counted_from"] = SENT
    with pytest.raises(CharterError, match="counted_from needs a period") as info:
        charter.loads(json.dumps(doc))
    assert "$.duties[0]" in str(info.value)
    doc["duties"][0]["period"] = "3 months"
    doc["duties"][0]["counted_from"] = {"en": "two\nlines"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, charter.json_schema())
    with pytest.raises(CharterError, match=r"\$\.duties\[0\]\.counted_from"):
        charter.loads(json.dumps(doc))


# -- found in review: the last day in force is the one the rule gives, all of it -------------


def test_a_notice_date_is_after_the_last_day_the_rule_gives() -> None:
    calendar = CHARTER.calendar("federal")
    vacation = charter.BE_JUDICIAL_CODE.replace(judicial_vacation=True)
    received = _at(2027, 7, 5, 10)
    # 30 days from 5 July end in the judicial vacation: in force until 15 September.
    assert charter.deadline(received, "30 days", calendar=calendar, rule=vacation).last_day == (
        date(2027, 9, 15)
    )
    early = [Extended(at=_at(2027, 8, 1), until=date(2027, 9, 10))]
    with pytest.raises(CaseError, match="not after the last day in force, 2027-09-15"):
        charter.deadline(received, "30 days", calendar=calendar, rule=vacation, events=early)
    minimum = charter.EU_1182_71.replace(min_working_days=5)
    # Two days from Thursday 7 January 2027 hold five working days: Thursday 14 January.
    thursday = _at(2027, 1, 7, 10)
    assert charter.deadline(thursday, "2 days", calendar=calendar, rule=minimum).last_day == (
        date(2027, 1, 14)
    )
    with pytest.raises(CaseError, match="not after the last day in force, 2027-01-14"):
        charter.deadline(
            thursday,
            "2 days",
            calendar=calendar,
            rule=minimum,
            events=[Extended(at=_at(2027, 1, 8), until=date(2027, 1, 12))],
        )


def test_a_notice_date_is_due_by_the_end_of_that_day_whatever_the_rule() -> None:
    calendar = CHARTER.calendar("federal")
    same_time = charter.SERVICE_STANDARD.replace(name="same time", end=EndOfPeriod.SAME_TIME)
    notice = [Extended(at=_at(2027, 1, 6), until=date(2027, 1, 20))]
    d = charter.deadline(
        _at(2027, 1, 5, 15, 30), "5 days", calendar=calendar, rule=same_time, events=notice
    )
    assert d.due == _at(2027, 1, 21)
    assert d.is_met_by(_at(2027, 1, 20, 16))


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        ({"by": "45 days", "dated": True, "times": 2}, "times must be 1"),
        ({"by": "45 days", "dated": True, "notice_required": False}, "notice_required"),
    ],
)
def test_a_dated_extension_is_one_notice(policy: dict[str, Any], message: str) -> None:
    doc = _document()
    doc["guarantees"][-1]["extension"] = policy
    with pytest.raises(CharterError, match=message) as info:
        charter.loads(json.dumps(doc))
    assert "$.guarantees[10].extension" in str(info.value)


def test_the_command_lists_and_tracks_a_case_before_its_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "charter.json"
    path.write_text(json.dumps(DOC), encoding="utf-8")
    given = ("--charter", str(path))
    code, out, err = _cli(capsys, "deadlines", *given, "--received", "2026-09-01T10:00")
    assert code == 0, err
    line = next(row for row in out.splitlines() if row.startswith("payment"))
    assert "counts from its start event (notified)" in line
    assert "due" not in line
    code, out, err = _cli(
        capsys,
        "status",
        "payment",
        *given,
        "--received",
        "2026-09-01T10:00",
        "--at",
        "2026-10-01T12:00",
    )
    assert code == 0, err
    assert "payment: not started as of" in out
    assert "Not started  the period counts from its start event (notified)" in out
    case = tmp_path / "case.json"
    case.write_text(
        json.dumps({"guarantee": "payment", "received": "2026-09-01T10:00+02:00"}),
        encoding="utf-8",
    )
    code, out, err = _cli(
        capsys,
        "status",
        *given,
        "--case",
        str(case),
        "--started",
        "2026-10-30T11:00",
        "--at",
        "2026-11-01T12:00",
    )
    assert code == 2
    assert "not both: --started" in err
