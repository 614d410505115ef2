"""The command as a newcomer reads it: listings, formats in every help, plain English."""

import argparse
import io
import json
import re
from fractions import Fraction

import pytest

from charter import dumps, examples
from charter.cases.measure import Amount
from charter.cli import _build_parser, main
from charter.clock import Unit
from charter.language.english import plural


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out), out.getvalue()


def _commands(
    parser: argparse.ArgumentParser, prefix: str = ""
) -> list[tuple[str, argparse.ArgumentParser]]:
    found = []
    for action in parser._actions:  # noqa: SLF001
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for name, command in action.choices.items():
                found.append((f"{prefix}{name}", command))
                found.extend(_commands(command, f"{prefix}{name} "))
    return found


COMMANDS = _commands(_build_parser())


# -- charter guarantees, charter channels ------------------------------------------------------


@pytest.mark.parametrize("example", ["federal", "commune", "municipal"])
def test_guarantees_lists_every_guarantee_with_its_period_and_rule(example: str) -> None:
    c = examples.load(example)
    code, out = run("guarantees", "--example", example)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "guarantee",
        "kind",
        "period",
        "counting",
        "extension",
        "target",
        "promise",
    ]
    assert len(lines) == 1 + len(c.guarantees)
    for line, g in zip(lines[1:], c.guarantees, strict=True):
        assert line.startswith(f"{g.id} ")
        assert f"  {g.period}  " in line
        assert f"  {g.rule.name}  " in line
        assert line.endswith(g.description.best("en"))


@pytest.mark.parametrize("example", ["federal", "commune", "municipal"])
def test_channels_lists_every_channel_with_its_hours(example: str) -> None:
    c = examples.load(example)
    code, out = run("channels", "--example", example)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1 + len(c.channels)
    for line, channel in zip(lines[1:], c.channels, strict=True):
        assert line.startswith(f"{channel.id} ")
        hours = "-" if channel.hours is None else channel.hours.to_osm()
        assert line.endswith(f"  {hours}")


def test_the_listings_json_is_the_document_s_own_form() -> None:
    c = examples.load()
    document = json.loads(dumps(c))
    for command in ("guarantees", "channels"):
        code, out = run(command, "--json")
        assert code == 0
        assert json.loads(out) == {"timezone": c.timezone, command: document[command]}


def test_a_channel_is_listed_with_the_first_way_to_reach_it() -> None:
    _, out = run("channels")
    rows = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert "  +32 2 555 00 00  " in rows["contact-centre"]
    # The street and the city are given per language; the listing names them.
    assert "Rue de l'Exemple 1" in rows["reception"]
    assert ", 1000 " in rows["reception"]
    assert "  info@fod-voorbeeld.example.be  " in rows["email"]
    assert "  required  " in rows["reception"]
    assert rows["email"].endswith("  -")


# -- formats in every --help -------------------------------------------------------------------


def test_the_parser_has_every_command() -> None:
    names = {name for name, _ in COMMANDS}
    assert {"deadline", "status", "report", "guarantees", "channels", "workdays add"} <= names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_help_says_the_format_of_the_values_it_takes(
    name: str, command: argparse.ArgumentParser
) -> None:
    shown = command.format_help()
    metavars = set(re.findall(r"(?<![=\w])(WHEN|FROM|TO|AT|DATE|A|B|N)\b", command.format_usage()))
    if metavars & {"WHEN", "FROM", "TO", "AT"}:
        assert "2026-12-23T10:00+01:00 with its offset" in " ".join(shown.split()), name
        assert "or now" in shown, name
    if metavars & {"DATE", "A", "B"}:
        assert "YYYY-MM-DD" in shown, name
    if "N" in metavars:
        assert "N is a whole number" in " ".join(shown.split()), name
    for action in command._actions:  # noqa: SLF001
        if not isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            assert action.help, (name, action.dest)


def test_the_format_is_said_in_the_singular_for_one_value() -> None:
    shown = " ".join(dict(COMMANDS)["open"].format_help().split())
    assert "WHEN is a time in ISO 8601" in shown
    shown = " ".join(dict(COMMANDS)["workdays between"].format_help().split())
    assert "A and B are dates in the form YYYY-MM-DD" in shown


# -- plain English: singulars, answered cases, suspended ones ----------------------------------


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [
        (Fraction(1), Unit.WORKING_DAYS, "1 working day"),
        (Fraction(999, 1000), Unit.WORKING_DAYS, "1 working day"),
        (Fraction(-1), Unit.DAYS, "-1 day"),
        (Fraction(101, 100), Unit.SERVICE_HOURS, "1.01 service hours"),
        (Fraction(0), Unit.DAYS, "0 days"),
        (Fraction(2), Unit.DAYS, "2 days"),
    ],
)
def test_an_amount_is_singular_when_it_shows_one(value: Fraction, unit: Unit, shown: str) -> None:
    assert str(Amount.of(value, unit)) == shown


def test_counts_are_singular_for_one() -> None:
    assert plural(1, "case") == "1 case"
    assert plural(0, "case") == "0 cases"
    assert plural(1200, "row") == "1,200 rows"


def test_a_report_of_one_case_says_one_case(tmp_path: object) -> None:
    from pathlib import Path  # noqa: PLC0415

    path = Path(str(tmp_path)) / "cases.csv"
    path.write_text(
        "guarantee,received,answered\n"
        "informative,2026-12-01T10:00+01:00,2026-12-02T10:00+01:00\n"
        "informative,yesterday,\n",
        encoding="utf-8",
    )
    code, out = run("report", str(path), "--at", "2026-12-20T10:00+01:00")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Compliance on Sunday 20 December 2026 at 10:00: 1 case, 1 skipped"
    assert "Skipped: 1 row" in lines
    assert not any("1 cases" in line or "1 rows" in line for line in lines)


def test_an_answered_case_shows_its_response_time_against_the_promise() -> None:
    code, out = run(
        "status",
        "informative",
        "--received",
        "2026-12-01T10:00+01:00",
        "--answered",
        "2026-12-03T10:00+01:00",
        "--at",
        "2026-12-04T10:00+01:00",
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "informative: met as of Friday 4 December 2026 at 10:00"
    assert lines[-1] == "Response     2 working days, of 5 working days allowed"
    assert not any(line.startswith("Time ") or " left " in line for line in lines)


def test_a_late_answer_says_by_how_much() -> None:
    _, out = run(
        "status",
        "substantive",
        "--received",
        "2026-11-01T10:00+01:00",
        "--answered",
        "2026-12-03T10:00+01:00",
        "--at",
        "2026-12-04T10:00+01:00",
    )
    assert out.splitlines()[-1] == "Response     32 days, of 30 days allowed: 2 days over"


def test_a_quick_callback_is_one_service_hour() -> None:
    _, out = run(
        "status",
        "callback",
        "--received",
        "2026-12-01T10:00+01:00",
        "--answered",
        "2026-12-01T11:00+01:00",
        "--at",
        "2026-12-04T10:00+01:00",
    )
    assert out.splitlines()[-1] == "Response     1 service hour, of 4 service hours allowed"


def test_a_suspended_case_says_what_its_date_assumes() -> None:
    _, out = run(
        "status",
        "substantive",
        "--received",
        "2026-11-27T10:00+01:00",
        "--suspended-since",
        "2026-11-30T10:00+01:00",
        "--at",
        "2026-12-01T10:00+01:00",
    )
    lines = out.splitlines()
    assert lines[0] == "substantive: suspended as of Tuesday 1 December 2026 at 10:00"
    assert lines[3] == (
        "Suspended    since Monday 30 November 2026 at 10:00; the date above holds if the "
        "clock starts again on Tuesday 1 December 2026 at 10:00"
    )
    assert "ran again now" not in out


def test_one_working_day_left_is_singular() -> None:
    # Received on Friday 11 December; counting starts Monday 14; due end of Friday 18.
    _, out = run(
        "status",
        "informative",
        "--received",
        "2026-12-11T10:00+01:00",
        "--at",
        "2026-12-18T00:00+01:00",
    )
    assert "Time         1 working day left of 5 working days; 80% used" in out.splitlines()


def test_the_calendars_line_up() -> None:
    _, out = run("calendars")
    starts = {re.search(r"  +", line).end() for line in out.splitlines()}  # type: ignore[union-attr]
    assert len(starts) == 1
    assert len(out.splitlines()) >= 8


# -- languages as Python spells them, and the charter's own first --------------------------


@pytest.mark.parametrize("spelled", ["fr", "FR", "fr-BE", "fr_BE", "fr_be", "Fr-bE"])
def test_lang_takes_the_language_as_python_and_babel_spell_it(spelled: str) -> None:
    code, out = run("render", "--lang", spelled)
    assert code == 0
    assert out.startswith("# SPF Affaires exemplaires")


@pytest.mark.parametrize(
    ("spelled", "message"),
    [
        ("es", "'es' is not a language the command writes: nl, fr, de or en"),
        ("fr-FR", "'fr-FR': the command writes Belgian texts; give fr or fr-BE"),
        ("nl_BE.UTF-8", "is not a language the command writes"),
        ("", "is not a language the command writes"),
    ],
)
def test_lang_refuses_what_the_command_does_not_write(
    spelled: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run("deadline", "informative", "--received", "now", "--lang", spelled)
    assert code == 2
    assert message in capsys.readouterr().err


def test_holidays_take_the_same_spellings() -> None:
    _, out = run("holidays", "--year", "2027", "--lang", "de_BE")
    assert out.splitlines()[0] == "2027-01-01  Neujahr"


def test_render_speaks_the_charter_s_first_language_by_default(tmp_path: object) -> None:
    from pathlib import Path  # noqa: PLC0415

    document = json.loads(dumps(examples.load()))
    document["languages"] = ["fr", "nl", "de", "en"]
    path = Path(str(tmp_path)) / "fr-first.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    _, out = run("render", "--charter", str(path))
    assert out.startswith("# SPF Affaires exemplaires")
    _, out = run("render")
    assert out.startswith("# FOD Voorbeeldzaken")


# -- the command speaks the language asked ---------------------------------------------------


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "nl",
            [
                "informative: Antwoord op een informatieve vraag — vijf werkdagen",
                "Ontvangen: woensdag 23 december 2026 om 10.00 uur (Europe/Brussels)",
                (
                    "Antwoord uiterlijk: dinsdag 5 januari 2027 (de termijn verstrijkt op "
                    "woensdag 6 januari 2027 om 0.00 uur)"
                ),
                "",
                "Zo komen we tot die datum:",
            ],
        ),
        (
            "fr",
            [
                "informative\u00a0: Réponse à une demande d'information — cinq jours ouvrables",
                "Date de réception\u00a0: mercredi 23 décembre 2026 à 10\u00a0h (Europe/Brussels)",
                (
                    "Date limite de réponse\u00a0: mardi 5 janvier 2027 (le délai expire le "
                    "mercredi 6 janvier 2027 à 0\u00a0h)"
                ),
                "",
                "Comment nous arrivons à cette date\u00a0:",
            ],
        ),
        (
            "de",
            [
                "informative: Antwort auf eine Informationsanfrage — fünf Werktage",
                "Eingang: Mittwoch, 23. Dezember 2026 um 10.00 Uhr (Europe/Brussels)",
                (
                    "Antwort spätestens: Dienstag, 5. Januar 2027 (die Frist läuft am Mittwoch, "
                    "6. Januar 2027 um 0.00 Uhr ab)"
                ),
                "",
                "So ergibt sich das Datum:",
            ],
        ),
    ],
)
def test_deadline_explained_in_a_language_is_in_that_language_throughout(
    language: str, lines: list[str]
) -> None:
    code, out = run(
        "deadline",
        "informative",
        "--received",
        "2026-12-23T10:00+01:00",
        "--explain",
        "--lang",
        language,
    )
    assert code == 0
    shown = out.splitlines()
    assert shown[:5] == lines
    english = re.compile(r"\b(Received|Answer by|due before|How the date was reached)\b")
    assert not any(english.search(line) for line in shown)


def test_render_refuses_a_language_the_charter_lacks_in_the_command_s_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _ = run("render", "--example", "municipal", "--lang", "fr")
    assert code == 1
    err = capsys.readouterr().err
    assert "organisation.name" in err
    assert "give --fallback LANG" in err
    assert "fallback=" not in err
    code, out = run("render", "--example", "municipal", "--lang", "fr", "--fallback", "nl")
    assert code == 0
    assert "ils figurent ici en néerlandais" in out


def test_an_export_that_needs_an_area_names_the_flag(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("export", "--example", "municipal", "--format", "cpsv-ap")
    assert code == 1
    err = capsys.readouterr().err
    assert "give --spatial IRI" in err
    assert "spatial=" not in err


def test_export_messages_name_flags(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("export", "--format", "cpsv-ap", "--spatial", "foo")
    assert code == 1
    assert "expected --spatial as an http(s) IRI" in capsys.readouterr().err
    code, _ = run("export", "--format", "schema-org", "--example", "municipal")
    assert code == 1
    err = capsys.readouterr().err
    assert "give --start DATE" in err
    assert "start=" not in err


def test_a_deadline_header_never_mixes_languages(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["deadline", "certificate", "--example", "municipal", "--received"]
    code, _ = run(*argv, "2026-12-01T10:00+01:00", "--lang", "de")
    assert code == 1
    err = capsys.readouterr().err
    assert "guarantees[certificate].description" in err
    assert "give --fallback LANG" in err
    code, out = run(*argv, "2026-12-01T10:00+01:00", "--lang", "de", "--fallback", "nl")
    assert code == 0
    assert out.splitlines()[0] == (
        "certificate: Uittreksel of attest (Niederländisch) — drei Werktage"
    )


def test_a_fallback_without_a_language_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("deadline", "informative", "--received", "now", "--fallback", "nl")
    assert code == 2
    assert "--fallback is for --lang" in capsys.readouterr().err
