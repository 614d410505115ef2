"""The command against hostile input: bounded reads, one-line errors, nothing raw on a terminal."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import charter
from charter._checks import BAD_CHARACTERS
from charter.cli import main
from charter.errors import CharterValidationError, Issue

#: What may not reach a terminal raw: control characters (C0, DEL, C1), bidi controls,
#: lone surrogates; a line of the command's holds no line break either.
RAW = re.compile(f"{BAD_CHARACTERS}|[\\r\\u2028\\u2029]")
PAYLOAD = "\x1b[2J\x07\x00\x9b\u202e"
CASE = {"guarantee": "informative", "received": "2026-12-01T10:00+01:00"}
AT = "2027-01-01T00:00+01:00"
HEADER = "reference,guarantee,received\n"
ROW = ",informative,2026-12-01T10:00+01:00\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(list(argv), out)
    return code, out.getvalue(), capsys.readouterr().err


def clean(text: str) -> bool:
    """Whether *text* holds nothing that could act on a terminal."""
    return RAW.search(text) is None


def bounded(*argv: str, memory: int = 1 << 30, seconds: float = 60) -> tuple[int, str]:
    """Run the command in a process of its own, its memory and time bounded."""

    def limit() -> None:  # pragma: no cover - runs in the child
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    done = subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "charter", *argv],
        capture_output=True,
        text=True,
        timeout=seconds,
        preexec_fn=limit,
        check=False,
    )
    return done.returncode, done.stderr


# -- A: reads bounded, whatever the file --------------------------------------------------------


@pytest.fixture
def zero(tmp_path: Path) -> Path:
    """A symbolic link to /dev/zero: endless NUL bytes, of no size the system knows."""
    link = tmp_path / "zero"
    link.symlink_to("/dev/zero")
    return link


def test_a_case_document_is_read_up_to_its_limit(
    zero: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for path in ("/dev/zero", str(zero)):
        code, out, err = run(capsys, "status", "--case", path, "--at", AT)
        assert (code, out) == (1, "")
        assert err.count("\n") == 1
        assert "has more than 1,000,000 bytes, the limit for a case document" in err
        assert "raise it with --max-case-bytes" in err


def test_a_case_document_over_a_limit_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE))
    size = path.stat().st_size
    code, _, err = run(capsys, "status", "--case", str(path), "--max-case-bytes", str(size - 1))
    assert code == 1
    assert f"has more than {size - 1:,} bytes" in err
    code, out, _ = run(
        capsys, "status", "--case", str(path), "--max-case-bytes", str(size), "--at", AT
    )
    assert code == 0
    assert out.startswith("informative: ")
    code, _, err = run(capsys, "status", "--case", str(path), "--max-case-bytes", "0")
    assert code == 2
    assert "'0' is not a whole number, 1 or more" in err


def test_a_case_document_from_an_endless_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("wb") as pipe:
            try:
                while True:
                    pipe.write(b" " * 65_536)
            except BrokenPipeError:  # the reader had enough
                pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    code, _, err = run(capsys, "status", "--case", str(fifo), "--max-case-bytes", "100000")
    writer.join(timeout=30)
    assert not writer.is_alive()
    assert code == 1
    assert "has more than 100,000 bytes" in err


def test_the_command_s_reads_of_dev_zero_end(zero: Path, tmp_path: Path) -> None:
    cases = tmp_path / "cases.csv"
    cases.write_text(HEADER + "A-1" + ROW)
    message = "more than 65,536 NUL bytes in a row, more than a line may hold (max_line_bytes)"
    for argv in (
        ("report", str(zero), "--at", AT),
        ("report", str(cases), "--calls", "/dev/zero", "--at", AT),
    ):
        code, err = bounded(*argv)
        assert code == 1
        assert err.startswith("charter: error: zero:1: " if argv[1] == str(zero) else "charter")
        assert message in err
        assert err.count("\n") == 1
    code, err = bounded("status", "--case", str(zero), "--at", AT)
    assert code == 1
    assert "the limit for a case document" in err


def test_a_charter_document_that_is_dev_zero(tmp_path: Path) -> None:
    link = tmp_path / "zero.json"
    link.symlink_to("/dev/zero")
    good = Path(charter.examples.__file__).parent / "federal.json"
    code, err = bounded("open", "contact-centre", "--at", AT, "--charter", str(link))
    assert code == 1
    assert "max_bytes" in err
    assert err.count("\n") == 1
    done = subprocess.run(  # noqa: S603 - our own module
        [sys.executable, "-m", "charter", "validate", str(link), str(good)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert f"{good}: valid" in done.stdout
    assert "max_bytes" in done.stdout


def test_validate_reports_every_file_whatever_refuses_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = charter.io.load

    def load(path: str, limits: charter.Limits) -> charter.Charter:
        if path.startswith("zero"):
            raise CharterValidationError([Issue("$", "more than 2 000 000 bytes (max_bytes)")])
        if path.startswith("odd"):
            raise charter.CharterError("refused otherwise")
        return real(path, limits=limits)

    monkeypatch.setattr(charter.io, "load", load)
    good = str(Path(charter.examples.__file__).parent / "federal.json")
    code, out, err = run(capsys, "validate", "zero.json", "odd.json", good)
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "zero.json: 1 problem",
        "  $: more than 2 000 000 bytes (max_bytes)",
        "odd.json: 1 problem",
        "  $: refused otherwise",
        f"{good}: valid",
    ]


def test_nul_in_a_csv_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cases.csv"
    rows = ["A-1" + ROW, "A-\x002" + ROW, "A-3" + ROW, "\x00" * 100 + "\n", "A-5" + ROW]
    path.write_text(HEADER + "".join(rows))
    code, out, _ = run(capsys, "report", str(path), "--at", AT, "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["cases"], report["skipped"]["count"]) == (3, 2)  # rows in: 5
    assert [(p["line"], p["message"]) for p in report["skipped"]["problems"]] == [
        (3, "the line holds a NUL byte at character 3: a CSV file is text"),
        (5, "the line holds a NUL byte at character 1: a CSV file is text"),
    ]
    path.write_text("refer\x00ence,guarantee,received\n" + "A-1" + ROW)
    code, _, err = run(capsys, "report", str(path), "--at", AT)
    assert code == 1
    assert err == (
        "charter: error: cases.csv:1: the header holds a NUL byte at character 6: not a text file\n"
    )


# -- B: a case document names each key once ------------------------------------------------------


def test_a_case_document_with_a_key_given_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.json"
    path.write_text(
        '{"guarantee": "informative", "received": "2026-12-01T10:00+01:00", "events": '
        '[{"event": "answered", "at": "2026-12-02T10:00+01:00", "at": "2026-12-30T10:00+01:00"}],'
        ' "guarantee": "substantive"}'
    )
    code, out, err = run(capsys, "status", "--case", str(path), "--at", AT)
    assert (code, out) == (1, "")
    assert err == (
        "charter: error: 2 problems: $.guarantee: given twice in one object: name it once "
        "$.events[0].at: given twice in one object: name it once\n"
    )


# -- C: nothing raw on a terminal --------------------------------------------------------------


def test_a_case_s_reference_reaches_the_terminal_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({**CASE, "reference": PAYLOAD}))
    code, out, err = run(capsys, "status", "--case", str(path), "--at", AT)
    assert code == 0
    assert clean(out + err)
    assert out.startswith("\\x1b[2J\\x07\\x00\\x9b\\u202e informative: breached")
    code, out, _ = run(capsys, "status", "--case", str(path), "--at", AT, "--json")
    assert code == 0
    assert clean(out)
    assert json.loads(out)["reference"] == PAYLOAD  # escaped, not changed
    code, out, _ = run(
        capsys, "status", "informative", "--received", CASE["received"], "--at", AT,
        "--reference", PAYLOAD,
    )  # fmt: skip
    assert code == 0
    assert clean(out)
    path.write_text(json.dumps({**CASE, "guarantee": PAYLOAD * 20}))
    code, out, err = run(capsys, "status", "--case", str(path), "--at", AT)
    assert code == 1
    assert clean(err)
    assert len(err) < 300


def test_a_report_s_listings_reach_the_terminal_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = PAYLOAD.replace("\x00", "")  # a NUL skips its row: tested above
    name = f"cases{hostile}.csv"
    path = tmp_path / name
    path.write_text(
        HEADER + hostile + ROW + hostile + ",informative,soon" + hostile + "\nB\u2028" + ROW
    )
    for extra in ((), ("--json",)):
        code, out, err = run(capsys, "report", str(path), "--at", AT, *extra)
        assert code == 0
        assert clean(out + err)
    assert "Most overdue" in out or json.loads(out)["guarantees"]
    code, out, err = run(capsys, "report", str(path), "--at", AT)
    assert "  informative  \\x1b[2J\\x07\\x9b\\u202e  breached" in out
    assert "cases\\x1b[2J\\x07\\x9b\\u202e.csv:3: received 'soon\\x1b" in out
    code, _, err = run(capsys, "report", str(tmp_path / f"missing{hostile}.csv"), "--at", AT)
    assert code == 1
    assert clean(err)


def test_validate_and_errors_reach_the_terminal_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = PAYLOAD.replace("\x00", "")  # no file name holds a NUL
    path = tmp_path / f"bad{hostile}.json"
    document = json.loads(charter.examples.text())
    document["organisation"]["name"]["en"] = PAYLOAD
    path.write_text(json.dumps(document))
    for extra in ((), ("--json",)):
        code, out, err = run(capsys, "validate", str(path), *extra)
        assert code == 1
        assert clean(out + err)
        assert "\\x1b" in out
    for argv in (
        ("deadline", PAYLOAD, "--received", "now"),
        ("open", PAYLOAD),
        ("hours", PAYLOAD),
        ("deadline", "informative", "--received", PAYLOAD),
        ("status", "--case", str(tmp_path / f"none{hostile}.json")),
        ("--charter", PAYLOAD),
    ):
        code, out, err = run(capsys, *argv)
        assert code in {1, 2}
        assert out == ""
        assert err.startswith("charter: error: ")
        assert err.count("\n") == 1
        assert clean(err), argv


def test_a_comment_in_opening_hours_reaches_the_terminal_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(charter.examples.text())
    centre = next(c for c in document["channels"] if c["id"] == "contact-centre")
    centre["hours"] = {"osm": 'Mo-Fr 09:00-17:00 "line one\r\n# line two\u2028three"'}
    path = tmp_path / "charter.json"
    path.write_text(json.dumps(document))
    for command in ("hours", "open"):
        for extra in ((), ("--json",)):
            code, out, err = run(
                capsys, command, "contact-centre", "--charter", str(path), "--at", AT, *extra
            ) if command == "open" else run(  # the comment is English, as OSM's are
                capsys, command, "contact-centre", "--charter", str(path), "--lang", "en", *extra
            )  # fmt: skip
            assert code == 0, err
            assert clean(out + err)
            assert not any(line.startswith("# line two") for line in out.splitlines())


def test_a_line_break_in_a_name_is_refused_and_a_description_s_is_rendered_safely(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(charter.examples.text())
    document["organisation"]["name"]["nl"] = "A\n# Hacked\nB"
    path = tmp_path / "charter.json"
    path.write_text(json.dumps(document))
    code, _, err = run(capsys, "render", "--charter", str(path))
    assert code == 1
    assert "$.organisation.name: 'A\\n# Hacked\\nB' holds a line break at position 1" in err
    document = json.loads(charter.examples.text())
    injected = "Open.\n# Hacked\n=====\n- item\n| a | b |\n```\n1. one\n\n    code"
    document["guarantees"][0]["description"] = {"nl": injected, "en": injected}
    document["referral"]["statement"] = {"nl": injected, "en": injected}
    path.write_text(json.dumps(document))
    for form in ("markdown", "text"):
        code, out, err = run(capsys, "render", "--charter", str(path), "--format", form)
        assert code == 0, err
        assert clean(out)
        assert "Hacked" in out
        for line in out.splitlines():
            assert "Hacked" not in line or not line.lstrip().startswith("#"), line
            assert line not in {"=====", "- item", "```", "1. one", "    code"}, line
            assert not line.startswith("| a"), line


def test_a_document_limit_is_raised_with_limit_and_named_by_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zero = tmp_path / "zero.toml"
    zero.symlink_to("/dev/zero")
    good = str(Path(charter.examples.__file__).parent / "federal.json")
    code, out, _ = run(capsys, "validate", "--limit", "max_channels=3", good)
    assert code == 1
    assert "5 channels, more than the limit of 3: raise it with --limit max_channels=N" in out
    assert "charter.Limits" not in out  # the command names its flag, not a Python argument
    code, out, _ = run(capsys, "validate", "--limit", "max_channels=5", good)
    assert (code, out) == (0, f"{good}: valid\n")
    code, _, err = run(capsys, "open", "email", "--charter", str(zero), "--at", AT)
    assert code == 1
    assert err.endswith(
        "goes on past the limit of 2 000 000 bytes: raise it with --limit max_bytes=N\n"
    )
    code, _, err = run(
        capsys, "open", "email", "--charter", str(zero), "--limit", "max_bytes=10", "--at", AT
    )
    assert "past the limit of 10 bytes" in err


@pytest.mark.parametrize("value", ["max_bytes", "max_byte=10", "max_bytes=0", "max_bytes=x"])
def test_a_bad_limit_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", "--limit", value, "x.json")
    assert (code, out) == (2, "")
    assert "--limit" in err
    assert err.count("\n") == 1


def test_a_skipped_row_names_the_command_s_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = tmp_path / "naive.csv"
    cases.write_text(HEADER + "A-1,informative,2026-11-02T10:00\n", encoding="utf-8")
    code, out, _ = run(capsys, "report", str(cases), "--at", AT)
    assert code == 0
    assert "or give --local-times" in out
    assert "timezone" not in out  # the Python keyword is not the command's word
