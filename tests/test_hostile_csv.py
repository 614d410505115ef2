"""Hostile CSV: every row counted or skipped, every limit named, messages short and escaped."""

from __future__ import annotations

import io

from casebook import CHARTER, at
from charter import Case, compliance, read_cases
from charter.cases import Problem

AT = at(2026, 4, 1, 12)
HEADER = "reference,guarantee,received\n"


def test_control_characters_are_escaped_in_problems_and_breaches() -> None:
    hostile = "A-1\x1b[2J\x07\x00\x9b\u202e\u2066"
    text = (
        HEADER + hostile + ",wd,soon\x1b]0;title\x07\n" + hostile + ",wd,2026-03-02T10:00+01:00\n"
    )
    report = compliance(CHARTER, read_cases(io.StringIO(text)), at=AT)
    (problem,) = report.skipped.problems
    assert (
        problem.message
        == "received 'soon\\x1b]0;title\\x07' is not an ISO 8601 date and time such as "
        "2026-12-01T10:00+01:00"
    )
    assert problem.reference == "A-1\\x1b[2J\\x07\\x00\\x9b\\u202e\\u2066"
    (breach,) = report.guarantee("wd").breaches
    assert breach.reference == "A-1\\x1b[2J\\x07\\x00\\x9b\\u202e\\u2066"


def test_problems_keep_what_they_hold_short() -> None:
    problem = Problem(source="a\x1b.csv", line=1, reference="r" * 1000, message="m\x00" * 1000)
    assert problem.source == "a\\x1b.csv"
    assert problem.reference == "r" * 100 + "… (900 more characters)"
    assert problem.message.startswith("m\\x00m\\x00")
    assert problem.message.endswith("… (1,500 more characters)")
    stray = Case(guarantee="nope", received=at(2026, 3, 2, 10), reference="L" * 10_000)
    (kept,) = compliance(CHARTER, [stray], at=AT).skipped.problems
    assert len(kept.message) < 600
    assert kept.message.startswith("case 'LLL")
    assert kept.message.endswith(" more characters)")
