"""The ``charter`` command: in process through ``main``, and end to end as the installed script."""

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from charter import Resumed, Suspended, belgium, examples, load
from charter.cli import main
from charter.cli.cases import _Progress
from charter.clock import Event
from peers import NEEDS_HOLIDAYS

BRUSSELS = ZoneInfo("Europe/Brussels")
SCRIPT = Path(sys.executable).parent / "charter"
BASH = shutil.which("bash") or "/bin/bash"


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def script(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The installed console script, in a process of its own."""
    return subprocess.run(  # noqa: S603 - our own installed script
        [str(SCRIPT), *argv], capture_output=True, text=True, check=False, input=stdin
    )


# -- end to end: every command, as a newcomer runs it ------------------------------------------


def test_the_script_is_installed() -> None:
    assert SCRIPT.exists(), "pip install -e . installs the charter script beside python"


def test_deadline_with_its_explanation() -> None:
    done = script("deadline", "informative", "--received", "2026-12-23T10:00+01:00", "--explain")
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    assert lines[0].startswith("informative: ")
    assert lines[2] == (
        "Answer by    Tuesday 5 January 2027 (due before Wednesday 6 January 2027 at 00:00)"
    )
    assert "  3. Friday 25 December 2026 does not count: Christmas Day (holiday)." in lines
    assert "  7. The period ends on Tuesday 5 January 2027 at 24:00." in lines


def test_deadline_json_is_the_library_s_answer() -> None:
    done = script(
        "deadline",
        "substantive",
        "--received",
        "2026-12-01T10:00",
        "--suspend",
        "2026-12-03T09:00",
        "2026-12-08T14:00",
        "--json",
    )
    assert done.returncode == 0
    assert done.stderr.splitlines() == [
        "charter: note: --received 2026-12-01T10:00 read as Europe/Brussels time (+01:00)",
        "charter: note: --suspend FROM 2026-12-03T09:00 read as Europe/Brussels time (+01:00)",
        "charter: note: --suspend TO 2026-12-08T14:00 read as Europe/Brussels time (+01:00)",
    ]
    document = json.loads(done.stdout)
    events: list[Event] = [
        Suspended(at=datetime(2026, 12, 3, 9, tzinfo=BRUSSELS)),
        Resumed(at=datetime(2026, 12, 8, 14, tzinfo=BRUSSELS)),
    ]
    received = datetime(2026, 12, 1, 10, tzinfo=BRUSSELS)
    expected = examples.load().deadline("substantive", received, events)
    assert document["due"] == expected.due.isoformat()
    assert document["last_day"] == "2027-01-05"
    assert [s["step"] for s in document["steps"]] == [
        "received",
        "counting_starts",
        "suspension_counted",
        "ends_at",
    ]
    assert document["steps"][2]["days"] == 5
    assert set(document) == {
        "guarantee",
        "period",
        "rule",
        "timezone",
        "counts_from",
        "received",
        "due",
        "last_day",
        "steps",
    }


def test_deadlines_for_every_guarantee() -> None:
    done = script("deadlines", "--received", "2026-12-23T10:00+01:00")
    assert done.returncode == 0
    assert "acknowledgement            2 working days    due 2026-12-31T00:00+01:00" in done.stdout


def test_status_of_one_case() -> None:
    done = script(
        "status",
        "informative",
        "--received",
        "2026-12-23T10:00+01:00",
        "--at",
        "2027-01-05T12:00+01:00",
        "--reference",
        "Q-1",
    )
    assert done.returncode == 0
    assert done.stdout.splitlines() == [
        "Q-1 informative: at risk as of Tuesday 5 January 2027 at 12:00",
        "Received     Wednesday 23 December 2026 at 10:00 (Europe/Brussels)",
        "Answer by    Tuesday 5 January 2027",
        "Time         0.5 working days left of 5 working days; 90% used",
    ]


def test_status_from_a_case_file(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text(
        json.dumps(
            {
                "guarantee": "substantive",
                "received": "2026-12-01T10:00+01:00",
                "reference": "S-9",
                "events": [
                    {"event": "suspended", "at": "2026-12-03T09:00+01:00"},
                    {"event": "resumed", "at": "2026-12-08T14:00+01:00"},
                    {"event": "answered", "at": "2027-01-04T12:00+01:00"},
                ],
            }
        ),
        encoding="utf-8",
    )
    done = script("status", "--case", str(path), "--at", "2027-02-01T00:00+01:00", "--json")
    assert done.returncode == 0
    document = json.loads(done.stdout)
    assert (document["status"], document["reference"], document["last_day"]) == (
        "met",
        "S-9",
        "2027-01-05",
    )
    assert document["response"] == {"value": 29.0, "unit": "days"}


def test_report_over_csv_files(tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text(
        "reference,guarantee,received,answered\n"
        "A,informative,2026-11-02T10:00+01:00,2026-11-04T12:00+01:00\n"
        "B,informative,2026-11-03T10:00+01:00,\n"
        "C,informative,not a date,\n",
        encoding="utf-8",
    )
    calls = tmp_path / "calls.csv"
    calls.write_text("channel,waited,answered\ncontact-centre,30,yes\n", encoding="utf-8")
    done = script(
        "report", str(cases), "--calls", str(calls), "--at", "2026-11-24T12:00+01:00", "--json"
    )
    assert (done.returncode, done.stderr) == (0, "")
    document = json.loads(done.stdout)
    info = next(g for g in document["guarantees"] if g["guarantee"] == "informative")
    assert info["counts"]["met"] == info["counts"]["breached"] == 1
    assert info["met_share"] == 0.5
    assert document["reachability"][0]["within_target"] == 1
    assert document["skipped"]["count"] == 1
    assert document["skipped"]["problems"][0]["line"] == 4
    text = script("report", str(cases), "--at", "2026-11-24T12:00+01:00")
    assert text.returncode == 0
    assert "informative                    2    1     0         1     0      50.0%  90 % FAIL" in (
        text.stdout
    )
    assert "  cases.csv:4: received 'not a date' is not an ISO 8601" in text.stdout


def test_open_and_hours() -> None:
    done = script("open", "contact-centre", "--at", "2026-12-23T18:00+01:00")
    assert (done.returncode, done.stdout) == (
        0,
        (
            "contact-centre is closed on Wednesday 23 December 2026 at 18:00 (Europe/Brussels).\n"
            "It opens on Thursday 24 December 2026 at 09:00.\n"
        ),
    )
    as_json = json.loads(
        script("open", "contact-centre", "--at", "2026-12-24T10:00Z", "--json").stdout
    )
    assert as_json == {
        "channel": "contact-centre",
        "at": "2026-12-24T10:00:00+00:00",
        "open": True,
        "state": "open",
        "next_change": "2026-12-24T17:00:00+01:00",
        "next_state": "closed",
    }
    hours = script("hours", "contact-centre")  # the charter's first language, Dutch
    assert hours.returncode == 0
    assert "contact-centre (Contactcenter), Europe/Brussels" in hours.stdout
    assert "opening_hours: Mo-Fr 09:00-17:00; PH off" in hours.stdout
    assert "  Zaterdag   gesloten" in hours.stdout
    english = script("hours", "contact-centre", "--lang", "en")
    assert "  Saturday   closed" in english.stdout
    hours_json = json.loads(script("hours", "contact-centre", "--json").stdout)
    assert hours_json["weekly"]["monday"] == ["09:00-17:00"]
    assert hours_json["language"] == "nl"


#: A counter whose name and notes are Dutch and French only, and who signs in the three
#: Belgian sign languages (issue 20).
NO_ENGLISH = """
format = "charter/1"
version = "2026"
timezone = "Europe/Brussels"
languages = ["nl", "fr"]

[organisation]
name = { nl = "Gemeente Voorbeeldegem", fr = "Commune d'Exemple" }

[[calendars]]
id = "municipal"
holidays = "be-legal"

[[channels]]
id = "desk"
kind = "counter"
name = { nl = "Loket", fr = "Guichet" }
languages = ["nl", "fr", "vgt", "sfb", "gsg"]

[channels.hours]
weekly = { "Mo-Tu" = "09:00-12:00" }
calendar = "municipal"

[[channels.hours.seasons]]
start = "Jul 01"
end = "Aug 31"
weekly = { "Mo" = "10:00-12:00" }
note = { nl = "zomeruren", fr = "horaire d'été" }

[[channels.hours.special]]
start = "Dec 24"
hours = "09:00-11:00"
note = { nl = "Kerstavond", fr = "veille de Noël" }

[[guarantees]]
id = "question"
kind = "informative_question"
description = { nl = "Antwoord op uw vraag", fr = "Réponse à votre demande" }
period = "10 working days"
calendar = "municipal"
channels = ["desk"]
"""


def test_hours_speak_the_charters_language_not_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "no-english.toml"
    path.write_text(NO_ENGLISH, encoding="utf-8")
    charter = ["--charter", str(path)]
    code, out = run("hours", "desk", *charter)  # was exit 1: "no text in language 'en'"
    assert code == 0, capsys.readouterr().err
    lines = out.splitlines()
    assert lines[0] == "desk (Loket), Europe/Brussels"
    assert lines[1] == (
        'opening_hours: Mo,Tu 09:00-12:00; Jul-Aug off "zomeruren"; Jul-Aug Mo 10:00-12:00; '
        'PH off; Dec 24 09:00-11:00 open "Kerstavond"'
    )
    assert lines[2:5] == [
        "  Maandag    09:00-12:00",
        "  Dinsdag    09:00-12:00",
        "  Woensdag   gesloten",
    ]
    assert lines[-1] == (
        "Open: maandag en dinsdag van 9.00 tot 12.00 uur; in juli en augustus: maandag van "
        "10.00 tot 12.00 uur (zomeruren); gesloten op feestdagen; op 24 december van 9.00 tot "
        "11.00 uur (Kerstavond)"
    )
    code, out = run("hours", "desk", *charter, "--lang", "fr-BE")
    assert code == 0
    assert out.startswith("desk (Guichet), Europe/Brussels\n")
    assert "horaire d'été" in out
    assert "zomeruren" not in out
    assert "  Mercredi  fermé" in out
    code, out = run("hours", "desk", *charter, "--json", "--lang", "fr")
    document = json.loads(out)
    assert (document["language"], document["weekly"]["monday"]) == ("fr", ["09:00-12:00"])
    assert '"veille de Noël"' in document["opening_hours"]


def test_hours_in_a_language_the_charter_lacks_refuse_or_fall_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "no-english.toml"
    path.write_text(NO_ENGLISH, encoding="utf-8")
    charter = ["--charter", str(path)]
    for language in ("en", "de"):
        code, out = run("hours", "desk", *charter, "--lang", language)
        err = capsys.readouterr().err
        assert (code, out) == (1, "")
        assert f"the charter is not written in {language!r}" in err
        assert "channels[desk].name, channels[desk].hours.seasons[0].note" in err
        assert "give --fallback LANG" in err
    code, out = run("hours", "desk", *charter, "--lang", "en", "--fallback", "nl")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "desk (Loket), Europe/Brussels"
    assert "  Wednesday  closed" in lines
    assert lines[-2].startswith("Open: Monday and Tuesday from 9:00 to 12:00; in July and August")
    assert "(zomeruren)" in lines[-2]
    assert lines[-1] == (
        "Some texts of this charter do not exist in English; they are given here in Dutch."
    )


def test_channels_lists_notes_without_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "no-english.toml"
    path.write_text(NO_ENGLISH, encoding="utf-8")
    code, out = run("channels", "--charter", str(path))  # was exit 1: no English note
    assert code == 0, capsys.readouterr().err
    assert 'Jul-Aug off "' in out
    assert 'Dec 24 09:00-11:00 open "' in out


def test_validate(tmp_path: Path) -> None:
    good = tmp_path / "good.toml"
    good.write_text(examples.text("municipal"), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "charter/1", "timezone": "Mars/Base"}', encoding="utf-8")
    ok = script("validate", str(good))
    assert (ok.returncode, ok.stdout) == (0, f"{good}: valid\n")
    failed = script("validate", str(good), str(bad), str(tmp_path / "missing.json"))
    assert failed.returncode == 1
    lines = failed.stdout.splitlines()
    assert lines[0] == f"{good}: valid"
    assert lines[1].startswith(f"{bad}: ")
    assert any(line.startswith("  $.timezone: ") for line in lines)
    assert f"  $: cannot read {tmp_path / 'missing.json'}: No such file or directory" in lines
    as_json = json.loads(script("validate", str(bad), "--json").stdout)
    assert as_json[0]["valid"] is False
    assert {"path": "$.organisation", "message": "required field missing"} in as_json[0]["problems"]


def test_examples_schema_holidays_workdays_calendars() -> None:
    listed = script("examples")
    assert listed.stdout == (
        "allowances\ncity\ncommune\nfederal  (the default)\nmunicipal\nostbelgien\n"
    )
    printed = script("examples", "municipal")
    assert printed.stdout == examples.text("municipal")
    schema = json.loads(script("schema").stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    holidays = script("holidays", "--year", "2027", "--lang", "fr")
    assert "2027-07-21  Fête nationale" in holidays.stdout
    assert script("workdays", "add", "2026-12-24", "1").stdout == "2026-12-28\n"
    assert "be-legal" in script("calendars").stdout


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["deadline", "nope", "--received", "now"], 2, "no guarantee 'nope' in the charter"),
        (["open", "fax"], 2, "no channel 'fax' in the charter; known: 'contact-centre', 'email'"),
        (["hours", "fax"], 2, "no channel 'fax'"),
        (["open", "email"], 1, "channel 'email' has no opening hours"),
        (
            ["deadline", "informative", "--received", "23/12/2026"],
            2,
            "--received: '23/12/2026' is not a date and time",
        ),
        (
            ["deadline", "informative", "--received", "2026-10-25T02:30"],
            2,
            (
                "2026-10-25T02:30 happens twice in Europe/Brussels (the clocks go back): write "
                "its offset, +02:00 or +01:00"
            ),
        ),
        (
            ["deadline", "informative", "--received", "2026-03-29T02:30"],
            2,
            "2026-03-29T02:30 does not exist in Europe/Brussels",
        ),
        (
            ["deadline", "informative", "--received", "now", "--charter", "missing.json"],
            1,
            "$: cannot read missing.json",
        ),
        (
            ["deadline", "informative", "--received", "now", "--extend", "2026-12-24T10:00Z"],
            1,
            "guarantee 'informative' allows no extension",
        ),
        (
            [
                "deadline",
                "substantive",
                "--received",
                "2026-12-02T10:00Z",
                "--suspend",
                "2026-12-01T10:00Z",
                "2026-12-03T10:00Z",
            ],
            1,
            "event 0 (Suspended at 2026-12-01T10:00:00+00:00): before the receipt",
        ),
        (["report", "missing.csv"], 1, "cannot read missing.csv"),
        (["examples", "nope"], 2, "unknown example 'nope'"),
        (["status", "informative"], 2, "give GUARANTEE and --received, or --case FILE"),
        (["frobnicate"], 2, "invalid choice: 'frobnicate'"),
        ([], 2, "the following arguments are required: COMMAND"),
    ],
)
def test_bad_input_exits_with_one_line(argv: list[str], code: int, message: str) -> None:
    done = script(*argv)
    assert (done.returncode, done.stdout) == (code, "")
    assert done.stderr.startswith("charter: error: ")
    assert done.stderr.count("\n") == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr


def test_an_invalid_charter_and_a_csv_with_bad_rows(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "charter/1", "timezone": "Mars/Base"}', encoding="utf-8")
    done = script("deadline", "informative", "--received", "now", "--charter", str(broken))
    assert done.returncode == 1
    assert "$.timezone" in done.stderr
    assert done.stderr.count("\n") == 1
    no_header = tmp_path / "no-header.csv"
    no_header.write_text("a,b\n1,2\n", encoding="utf-8")
    done = script("report", str(no_header))
    assert (done.returncode, done.stdout) == (1, "")
    assert "no-header.csv:1: the header has no column guarantee, received" in done.stderr


def test_debug_shows_the_traceback() -> None:
    done = script("--debug", "open", "email")
    assert done.returncode == 1
    assert done.stderr.startswith("Traceback (most recent call last):")
    assert done.stderr.endswith("charter: error: channel 'email' has no opening hours\n")
    after = script("open", "email", "--debug")
    assert after.stderr.startswith("Traceback")


# -- in process: details -----------------------------------------------------------------------


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
    year = datetime.now(BRUSSELS).year
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
    ("argv", "code", "message"),
    [
        (
            ["holidays", "--calendar", "nope"],
            2,
            "unknown calendar 'nope'; known: be-brussels, be-federal",
        ),
        (["holidays", "--year", "1800"], 2, "argument --year: year 1800 is outside"),
        (["holidays", "--year", "twenty"], 2, "argument --year: 'twenty' is not a year"),
        (["holidays", "--lang", "it"], 2, "argument --lang: 'it' is not a language the command"),
        (["workdays", "add", "2026-13-01", "1"], 2, "'2026-13-01' is not a date in the form"),
        (["workdays", "add", "20261224", "1"], 2, "'20261224' is not a date in the form"),
        (["workdays", "add", "2026-W52-4", "1"], 2, "'2026-W52-4' is not a date"),
        (["holidays", "--year", "2_027"], 2, "'2_027' is not a year"),
        (["workdays", "add", "2026-12-01", "1", "--workweek", "mo-"], 2, "'mo-' is not a work"),
        pytest.param(
            ["holidays", "--calendar", "holidays:BE", "--year", "2150"],
            2,
            "knows BE for 1901-2100 only",
            marks=NEEDS_HOLIDAYS,
        ),
        (["workdays", "add", "2026-12-01", "x"], 2, "argument N: invalid int value: 'x'"),
        (
            ["workdays", "add", "2200-12-01", "100"],
            1,
            "100 working days from 2200-12-01 fall outside",
        ),
        (["workdays", "add", "2026-12-01", "1", "--workweek", "xx"], 2, "'xx' is not a work"),
        (["workdays"], 2, "the following arguments are required: ACTION"),
        (["deadlines"], 2, "the following arguments are required: --received"),
        (["deadlines", "--received", "2026-12-23"], 2, "'2026-12-23' is not a date and time"),
        (["deadlines", "--received", "2026-12-23T25:00Z"], 2, "'2026-12-23T25:00Z' is not a"),
        (
            ["deadlines", "--received", "2026-12-23T10:00Z", "--example", "x", "--charter", "a"],
            2,
            "not allowed with argument",
        ),
        (["deadlines", "--received", "2026-12-23T10:00Z", "--example", "nope"], 2, "unknown"),
        (["report", "x.csv", "--keep", "-1"], 2, "argument --keep: '-1' is not a whole number"),
        (["status", "--case", "c.json", "informative"], 2, "give either --case FILE or"),
    ],
)
def test_errors_exit_with_one_line(
    argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run(*argv)
    err = capsys.readouterr().err
    assert (status, out) == (code, "")
    assert err.startswith("charter: error: ")
    assert err.count("\n") == 1
    assert message in err


def test_local_times_and_now(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run("deadlines", "--received", "2026-12-23T10:00", "--json")
    assert code == 0
    assert json.loads(out)["received"] == "2026-12-23T10:00:00+01:00"
    assert "read as Europe/Brussels time (+01:00)" in capsys.readouterr().err
    # The commune's charter has no end date: "now" stays within it in any year.
    code, out = run("deadlines", "--received", "now", "--json", "--example", "commune")
    received = datetime.fromisoformat(json.loads(out)["received"])
    assert abs((datetime.now(BRUSSELS) - received).total_seconds()) < 60


def test_a_case_file_with_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.json"
    path.write_text(
        json.dumps(
            {
                "guarantee": "nope",
                "received": "yesterday",
                "colour": "red",
                "events": [{"event": "paused", "at": "x"}, {"event": "extended", "at": 3}],
            }
        ),
        encoding="utf-8",
    )
    assert run("status", "--case", str(path)) == (1, "")
    err = capsys.readouterr().err
    for part in (
        "$.colour: unknown field",
        "$.guarantee: no guarantee 'nope'",
        "$.received: 'yesterday' is not a date and time",
        "$.events[0].event: one of started, suspended, resumed, extended, answered",
        "$.events[1].at: an instant",
    ):
        assert part in err
    path.write_text("[", encoding="utf-8")
    assert run("status", "--case", str(path)) == (1, "")
    assert "is not JSON" in capsys.readouterr().err
    assert run("status", "--case", str(tmp_path / "none.json")) == (1, "")
    assert "cannot read" in capsys.readouterr().err
    path.write_text(
        json.dumps(
            {
                "guarantee": "informative",
                "received": "2026-12-01T10:00Z",
                "events": [{"event": "resumed", "at": "2026-12-02T10:00Z"}],
            }
        ),
        encoding="utf-8",
    )
    assert run("status", "--case", str(path)) == (1, "")
    assert "$.events[0]: event 0 (Resumed at" in capsys.readouterr().err


def test_progress_on_a_terminal(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    rows = ["guarantee,received"] + ["informative,2026-11-02T10:00+01:00"] * 45_000
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    stream = io.StringIO()
    progress = _Progress(path, stream, "utf-8-sig")
    read = []
    while block := progress.read(65_536):
        read.append(block)
    progress.close()
    assert "".join(read) == path.read_text(encoding="utf-8")
    shown = stream.getvalue()
    assert "\rreading cases.csv:  50%" in shown
    assert "\rreading cases.csv: 100%" in shown
    assert shown.endswith("\r")


class _Full(io.StringIO):
    def write(self, _text: str) -> int:
        raise OSError(28, "No space left on device")


def test_output_that_cannot_be_written_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["holidays", "--year", "2027"], _Full()) == 1
    assert (
        capsys.readouterr().err
        == "charter: error: cannot write the output: No space left on device\n"
    )


def test_an_unexpected_error_is_one_line_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("charter.cli.calendars.run_calendars", broken)
    assert run("calendars") == (1, "")
    assert capsys.readouterr().err == (
        "charter: error: internal error: ZeroDivisionError: division by zero "
        "(--debug shows where)\n"
    )


def test_python_m_charter_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "charter", "holidays", "--year", "2027", "--lang", "fr"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert "2027-07-21  Fête nationale" in done.stdout


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
            "counts_from": "received",
            "due": c.deadline(g.id, received).due.isoformat(),
            "last_day": c.deadline(g.id, received).last_day.isoformat(),
        }
        for g in c.guarantees
    ]


@pytest.mark.parametrize(
    "argv",
    [["render"], ["holidays"], ["deadline", "informative", "--received", "now", "--explain"]],
)
def test_the_command_offers_the_library_s_languages(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from charter.text import LANGUAGES  # noqa: PLC0415

    assert main([*argv, "--lang", "xx"], io.StringIO()) == 2
    choices = ", ".join(LANGUAGES[:-1]) + f" or {LANGUAGES[-1]}"
    assert f"'xx' is not a language the command writes: {choices}" in capsys.readouterr().err


def test_more_hostile_input(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(
        json.dumps({"guarantee": "informative", "received": "2026-12-01T10:00+01:00"}),
        encoding="utf-8",
    )
    both = script("status", "--case", str(case), "--answered", "2026-12-02T10:00+01:00")
    assert (both.returncode, both.stdout) == (2, "")
    assert "not both: --answered" in both.stderr
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    nested = script("status", "--case", str(deep))
    assert nested.returncode == 1
    assert "is not JSON: nested too deeply" in nested.stderr
    far = script("status", "informative", "--received", "now", "--at", "9999-12-31T00:00Z")
    assert far.returncode == 2
    assert "--at: 9999-12-31T00:00Z is outside the supported years 1900-2200" in far.stderr
    nul = script("deadline", "informative", "--received", "2026-12-01T10:00\x01+05:00")
    assert nul.returncode == 2


def test_abbreviated_debug_still_traces() -> None:
    done = script("open", "email", "--deb")
    assert done.returncode == 1
    assert done.stderr.startswith("Traceback")


def test_a_reader_that_goes_away_and_a_closed_output() -> None:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    piped = subprocess.run(  # noqa: S603 - our own script, in bash for its pipe
        [BASH, "-c", f"'{SCRIPT}' holidays --year 2027 | true; echo ${{PIPESTATUS[0]}}"],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert (piped.stdout, piped.stderr) == ("1\n", "")
    closed = subprocess.run(  # noqa: S603 - our own script, in bash for its redirection
        [BASH, "-c", f"'{SCRIPT}' holidays --year 2027 >&-"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert closed.returncode == 1
    assert closed.stderr == "charter: error: cannot write the output: standard output is closed\n"


def test_an_output_that_cannot_spell_the_text() -> None:
    environment = dict(os.environ, PYTHONIOENCODING="ascii")
    done = subprocess.run(  # noqa: S603 - our own installed script
        [str(SCRIPT), "holidays", "--year", "2027", "--lang", "fr"],
        capture_output=True,
        text=True,
        check=False,
        env=environment,
    )
    assert done.returncode == 0
    assert "2027-07-21  F\\xeate nationale" in done.stdout


def test_deadline_explained_in_the_citizen_s_language() -> None:
    done = script(
        "deadline",
        "informative",
        "--received",
        "2026-12-26T11:00+01:00",
        "--explain",
        "--lang",
        "nl",
    )
    assert done.returncode == 0
    assert "  1. We hebben uw vraag ontvangen op zaterdag 26 december 2026." in done.stdout
    assert "  5. U krijgt uiterlijk op woensdag 6 januari 2027 een antwoord." in done.stdout
    as_json = script(
        "deadline",
        "informative",
        "--received",
        "2026-12-26T11:00+01:00",
        "--explain",
        "--lang",
        "de",
        "--json",
    )
    explanation = json.loads(as_json.stdout)["explanation"]
    assert explanation[-1] == "Sie erhalten spätestens am Mittwoch, 6. Januar 2027 eine Antwort."
    bad = script("deadline", "informative", "--received", "now", "--lang", "it")
    assert bad.returncode == 2
    assert "argument --lang: 'it' is not a language the command writes" in bad.stderr


def test_render_the_charter() -> None:
    done = script("render", "--lang", "fr", "--format", "html")
    assert done.returncode == 0
    assert done.stdout.startswith('<!DOCTYPE html>\n<html lang="fr-BE">')
    markdown = script("render")
    assert markdown.stdout.startswith("# FOD Voorbeeldzaken: klantencharter\n")
    bad = script("render", "--format", "pdf")
    assert bad.returncode == 2
    assert "argument --format: invalid choice: 'pdf'" in bad.stderr


def test_a_document_given_as_the_charter_path_is_told_in_flags(
    capsys: pytest.CaptureFixture[str],
) -> None:
    document = '{"format": "charter/1"}'
    arguments = ["deadline", "informative", "--received", "2026-12-23T10:00+01:00"]
    assert main([*arguments, "--charter", document]) == 1
    err = capsys.readouterr().err
    assert "looks like the document itself" in err
    assert "give --charter the path of a .json or .toml file" in err
    assert "charter.loads" not in err


def test_report_over_a_window_of_receipt_days() -> None:
    argv = ["report", "docs/data/cases.csv", "--at", "2026-11-24T12:00+01:00", "--json"]
    code, out = run(*argv, "--from", "2026-11-03", "--until", "2026-11-10")
    found = json.loads(out)
    assert code == 0
    assert found["window"] == {"first": "2026-11-03", "last": "2026-11-10"}
    everything = json.loads(run(*argv)[1])
    assert everything["window"] is None
    assert everything["outside"] == 0
    # Nothing lost: each row is counted, skipped or outside the window.
    assert found["cases"] + found["skipped"]["count"] + found["outside"] == (
        everything["cases"] + everything["skipped"]["count"]
    )
    assert found["outside"] == 2
    code, out = run(*argv[:-1], "--from", "2026-11-10", "--until", "2026-11-03")
    assert (code, out) == (2, "")


def test_each_command_is_registered_by_the_module_named_for_it() -> None:
    from charter.cli import COMMAND_MODULES, _build_parser  # noqa: PLC0415 - the table itself

    every = _build_parser()
    choices = next(
        action.choices
        for action in every._actions  # noqa: SLF001 - argparse lists sub-parsers nowhere else
        if isinstance(action, argparse._SubParsersAction)  # noqa: SLF001
    )
    assert set(choices) == set(COMMAND_MODULES)
    for word in COMMAND_MODULES:
        alone = _build_parser([word])
        found = next(
            action.choices
            for action in alone._actions  # noqa: SLF001
            if isinstance(action, argparse._SubParsersAction)  # noqa: SLF001
        )
        assert word in found
        assert set(found) < set(COMMAND_MODULES)  # the others are not built
        assert found[word].format_help() == choices[word].format_help()


def test_an_unknown_command_still_lists_every_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = run("deadlin")
    assert (code, out) == (2, "")
    err = capsys.readouterr().err
    assert all(f"'{word}'" in err for word in ("deadline", "render", "workdays", "export"))
