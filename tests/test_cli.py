import io
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from charter import belgium, examples, load
from charter.cli import main


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def test_holidays_text() -> None:
    code, out = run("holidays", "--year", "2027")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 10
    assert lines[0] == "2027-01-01  New Year's Day"
    assert lines[-1] == "2027-12-25  Christmas Day"


def test_holidays_json_in_dutch_for_a_joined_calendar() -> None:
    code, out = run(
        "holidays",
        "--year",
        "2027",
        "--calendar",
        "be-federal+be-flemish",
        "--lang",
        "nl",
        "--json",
    )
    assert code == 0
    document = json.loads(out)
    assert (document["calendar"], document["year"], document["language"]) == (
        "be-federal+be-flemish",
        2027,
        "nl",
    )
    assert len(document["holidays"]) == 14
    assert {"date": "2027-07-11", "name": "Feestdag van de Vlaamse Gemeenschap"} in document[
        "holidays"
    ]


def test_holidays_default_to_the_current_year_in_brussels() -> None:
    code, out = run("holidays", "--json")
    assert code == 0
    year = datetime.now(ZoneInfo("Europe/Brussels")).year
    document = json.loads(out)
    assert document["year"] in (year, year + 1)  # the test may straddle New Year
    assert [h["date"] for h in document["holidays"]] == [
        d.isoformat() for d in belgium.LEGAL.in_year(document["year"])
    ]


def test_workdays_add_and_between() -> None:
    assert run("workdays", "add", "2026-12-24", "1") == (0, "2026-12-28\n")
    assert run("workdays", "add", "2026-12-28", "-1") == (0, "2026-12-24\n")
    assert run("workdays", "add", "2026-12-24", "1", "--workweek", "mo-sa") == (0, "2026-12-26\n")
    assert run("workdays", "add", "2026-05-13", "1", "--calendar", "be-federal") == (
        0,
        "2026-05-15\n",
    )
    assert run("workdays", "between", "2026-12-24", "2026-12-31") == (0, "4\n")


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("mo-fr", "2027-01-04"),
        ("sa-su", "2027-01-02"),
        ("fr,sa", "2027-01-02"),
        ("we", "2027-01-06"),
    ],
)
def test_workweek_spellings(spec: str, expected: str) -> None:
    assert run("workdays", "add", "2026-12-31", "1", "--workweek", spec) == (0, expected + "\n")


def test_calendars_lists_the_ids() -> None:
    code, out = run("calendars")
    assert code == 0
    assert out.splitlines()[0].split() == ["be-legal", "Legal", "holidays"]
    assert "holidays:CC[-SUB]" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["holidays", "--calendar", "nope"], "unknown calendar 'nope'; known: be-federal"),
        (["holidays", "--year", "1800"], "argument --year: year 1800 is outside"),
        (["holidays", "--year", "twenty"], "argument --year: 'twenty' is not a year"),
        (["holidays", "--lang", "it"], "argument --lang: invalid choice: 'it'"),
        (["workdays", "add", "2026-13-01", "1"], "'2026-13-01' is not a date in the form"),
        (["workdays", "add", "20261224", "1"], "'20261224' is not a date in the form YYYY-MM-DD"),
        (["workdays", "add", "2026-W52-4", "1"], "'2026-W52-4' is not a date"),
        (["holidays", "--year", "2_027"], "'2_027' is not a year"),
        (["workdays", "add", "2026-12-01", "1", "--workweek", "mo-"], "'mo-' is not a work week"),
        (
            ["holidays", "--calendar", "holidays:BE", "--year", "2150"],
            "knows BE for 1901-2100 only",
        ),
        (["workdays", "add", "2026-12-01", "x"], "argument N: invalid int value: 'x'"),
        (["workdays", "add", "2200-12-01", "100"], "100 working days from 2200-12-01 fall outside"),
        (["workdays", "add", "2026-12-01", "1", "--workweek", "xx"], "'xx' is not a work week"),
        (["workdays"], "the following arguments are required: ACTION"),
        ([], "the following arguments are required: COMMAND"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["deadlines"], "the following arguments are required: --received"),
        (["deadlines", "--received", "2026-12-23T10:00"], "is not an instant with its offset"),
        (["deadlines", "--received", "2026-12-23"], "'2026-12-23' is not an instant"),
        (["deadlines", "--received", "2026-12-23T25:00Z"], "'2026-12-23T25:00Z' is not an"),
        (["deadlines", "--received", "now"], "'now' is not an instant"),
        (
            ["deadlines", "--received", "2026-12-23T10:00Z", "--example", "x", "--charter", "a"],
            "not allowed with argument",
        ),
        (["deadlines", "--received", "2026-12-23T10:00Z", "--example", "nope"], "unknown example"),
        (
            ["deadlines", "--received", "2026-12-23T10:00Z", "--charter", "missing.json"],
            "$: cannot read missing.json",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(*argv)
    err = capsys.readouterr().err
    assert (code, out) == (2, "")
    assert err.startswith("charter: error: ")
    assert err.count("\n") == 1
    assert message in err


class _Full(io.StringIO):
    def write(self, _text: str) -> int:
        raise OSError(28, "No space left on device")


def test_output_that_cannot_be_written_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["holidays", "--year", "2027"], _Full()) == 1
    assert (
        capsys.readouterr().err
        == "charter: error: cannot write the output: No space left on device\n"
    )


def test_the_installed_command_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "charter", "holidays", "--year", "2027", "--lang", "fr"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "2027-07-21  Fête nationale" in done.stdout


def test_schema_prints_the_json_schema() -> None:
    code, out = run("schema")
    assert code == 0
    from charter import json_schema  # noqa: PLC0415

    assert json.loads(out) == json_schema()


def test_deadlines_of_the_default_example() -> None:
    code, out = run("deadlines", "--received", "2026-12-23T10:00+01:00")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()}
    c = examples.load()
    assert set(lines) == {g.id for g in c.guarantees}
    received = datetime(2026, 12, 23, 10, tzinfo=ZoneInfo("Europe/Brussels"))
    for g in c.guarantees:
        d = c.deadline(g.id, received)
        assert f"due {d.due.isoformat(timespec='minutes')}" in lines[g.id]
        assert f"last day {d.last_day}" in lines[g.id]
    # Christmas and the two closure days between: the acknowledgement falls on the 30th.
    assert "due 2026-12-31T00:00+01:00  last day 2026-12-30" in lines["acknowledgement"]


def test_deadlines_json_for_a_charter_file(tmp_path: Path) -> None:
    path = tmp_path / "municipal.toml"
    path.write_text(examples.text("municipal"), encoding="utf-8")
    code, out = run(
        "deadlines", "--received", "2026-12-23T09:00Z", "--charter", str(path), "--json"
    )
    assert code == 0
    document = json.loads(out)
    assert document["received"] == "2026-12-23T09:00:00+00:00"
    c = load(path)
    received = datetime(2026, 12, 23, 9, tzinfo=ZoneInfo("UTC"))
    assert document["deadlines"] == [
        {
            "guarantee": g.id,
            "period": str(g.period),
            "due": c.deadline(g.id, received).due.isoformat(),
            "last_day": c.deadline(g.id, received).last_day.isoformat(),
        }
        for g in c.guarantees
    ]


def test_deadlines_report_a_broken_document_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "charter/1", "timezone": "Mars/Base"}', encoding="utf-8")
    code, out = run("deadlines", "--received", "2026-12-23T09:00Z", "--charter", str(path))
    err = capsys.readouterr().err
    assert (code, out) == (2, "")
    assert err.count("\n") == 1
    assert "$.timezone" in err
    assert "$.organisation: required field missing" in err
