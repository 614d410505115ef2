"""``charter.io.to_json`` gives the documents the command's ``--json`` prints, byte for byte."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import charter
from charter import Case, Resumed, Suspended
from charter.cases import compliance, read_calls, read_cases
from charter.cli import main
from charter.cli.context import json_text
from charter.io import to_json

DATA = Path(__file__).parent.parent / "docs" / "data"
BRUSSELS = ZoneInfo("Europe/Brussels")
SERVICE = charter.examples.load()
AT = "2027-02-01T00:00+01:00"


def printed(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), out) == 0
    return out.getvalue()


def test_a_deadline_and_its_steps() -> None:
    argv = ("deadline", "substantive", "--received", "2026-12-01T10:00+01:00")
    events = ("--suspend", "2026-12-03T09:00+01:00", "2026-12-08T14:00+01:00")
    received = datetime(2026, 12, 1, 10, tzinfo=BRUSSELS)
    d = SERVICE.deadline(
        "substantive",
        received,
        [
            Suspended(at=datetime(2026, 12, 3, 9, tzinfo=BRUSSELS)),
            Resumed(at=datetime(2026, 12, 8, 14, tzinfo=BRUSSELS)),
        ],
    )
    g = SERVICE.guarantee("substantive")
    form = to_json(d)
    document = {
        "guarantee": g.id,
        "period": form["period"],
        "rule": form["rule"],
        "timezone": SERVICE.timezone,
        "counts_from": g.starts.value,
        **{key: form[key] for key in ("received", "due", "last_day", "steps")},
    }
    assert printed(*argv, *events, "--json") == json_text(document) + "\n"
    assert [to_json(step) for step in d.steps] == form["steps"]


def test_a_case_report() -> None:
    received = datetime(2026, 12, 1, 10, tzinfo=BRUSSELS)
    case = Case(
        guarantee="substantive",
        received=received,
        events=[
            Suspended(at=datetime(2026, 12, 3, 9, tzinfo=BRUSSELS)),
            Resumed(at=datetime(2026, 12, 8, 14, tzinfo=BRUSSELS)),
        ],
        reference="S-9",
    )
    report = SERVICE.evaluate(case, at=datetime.fromisoformat(AT))
    argv = ("status", "substantive", "--received", "2026-12-01T10:00+01:00", "--at", AT)
    events = ("--suspend", "2026-12-03T09:00+01:00", "2026-12-08T14:00+01:00")
    shown = printed(*argv, *events, "--reference", "S-9", "--json")
    assert shown == json_text(to_json(report)) + "\n"
    assert json.loads(shown) == to_json(report)


def test_a_compliance_report() -> None:
    at = datetime(2026, 11, 24, 12, tzinfo=BRUSSELS)
    cases = read_cases(DATA / "cases.csv")
    calls = read_calls(DATA / "calls.csv")
    report = compliance(SERVICE, cases, at=at, calls=calls)
    shown = printed(
        "report", str(DATA / "cases.csv"), "--calls", str(DATA / "calls.csv"),
        "--at", "2026-11-24T12:00+01:00", "--json",
    )  # fmt: skip
    assert shown == json_text(to_json(report)) + "\n"


def test_anything_else_is_refused() -> None:
    with pytest.raises(charter.CharterError, match="a Deadline"):
        to_json(object())
