"""Case and call files as people have them: ',' ';' or tab between fields, UTF-8 or cp1252."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from casebook import CHARTER, at
from charter import CharterTypeError, CharterValueError, compliance, read_calls, read_cases
from charter.cli import main

AT = at(2026, 4, 1, 12)
ROWS = [
    ["reference", "guarantee", "received", "notes"],
    ["A-1", "wd", "2026-03-02T10:00+01:00", "Réponse envoyée"],
    ["A-2", "wd", "yesterday", "é"],
    ["A-3", "wd", "2026-03-03T10:00+01:00", "ok"],
]
CALLS = [
    ["channel", "waited", "answered"],
    ["phone", "12.5", "yes"],
    ["phone", "soon", "no"],
]
SEPARATORS = {",": ",", ";": ";", "\t": "tab"}
NOT_A_DATE = "received 'yesterday' is not an ISO 8601 date and time such as 2026-12-01T10:00+01:00"


def written(rows: list[list[str]], delimiter: str) -> str:
    return "".join(delimiter.join(row) + "\r\n" for row in rows)


@pytest.mark.parametrize("given", [None, "given"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_good_and_bad_rows_for_each_delimiter_and_encoding(
    tmp_path: Path, delimiter: str, encoding: str, given: str | None
) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(written(ROWS, delimiter).encode(encoding))
    say = delimiter if given else None
    reader = read_cases(path, delimiter=say, encoding=encoding)
    assert [(line, c.reference) for line, c in reader.numbered()] == [(2, "A-1"), (4, "A-3")]
    assert reader.delimiter == delimiter
    assert [str(p) for p in reader.skipped.problems] == [f"cases.csv:3: {NOT_A_DATE}"]
    calls = tmp_path / "calls.csv"
    calls.write_bytes(written(CALLS, delimiter).encode(encoding))
    call_reader = read_calls(calls, delimiter=say, encoding=encoding)
    assert [call.waited for call in call_reader] == [12.5]
    assert [(p.line, p.message) for p in call_reader.skipped.problems] == [
        (3, "waited 'soon' is not a number of seconds")
    ]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_command_reads_each_delimiter_and_encoding(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "cases.csv"
    rows = [[cell.replace("wd", "informative") for cell in row] for row in ROWS]
    path.write_bytes(written(rows, delimiter).encode("cp1252"))
    out = io.StringIO()
    argv = ["report", str(path), "--at", "2026-04-01T12:00+02:00"]
    assert main([*argv, "--encoding", "cp1252"], out) == 0
    assert f"  cases.csv:3: {NOT_A_DATE}" in out.getvalue()
    assert "2 cases, 1 skipped" in out.getvalue()
    out = io.StringIO()
    flag = ["--delimiter", SEPARATORS[delimiter], "--encoding", "cp1252"]
    assert main([*argv, *flag], out) == 0
    assert "2 cases, 1 skipped" in out.getvalue()


def test_quoted_fields_hold_the_other_delimiter() -> None:
    text = (
        "reference;guarantee;received;suspensions\n"
        '"A,1";wd;2026-03-02T10:00+01:00;"2026-03-03T10:00+01:00/2026-03-04T10:00+01:00;'
        '2026-03-05T10:00+01:00/"\n'
        "B;wd;2026-03-02T10:00+01:00;2026-03-03T10:00+01:00/;2026-03-04T10:00+01:00/\n"
    )
    reader = read_cases(io.StringIO(text))
    (case,) = list(reader)
    assert case.reference == "A,1"
    assert [type(e).__name__ for e in case.events] == ["Suspended", "Resumed", "Suspended"]
    assert [(p.line, p.message) for p in reader.skipped.problems] == [
        (3, "5 fields where the header has 4")  # the pairs' ';' not quoted
    ]
    commas = 'reference,guarantee,received\n"A;1",wd,2026-03-02T10:00+01:00\n'
    assert [c.reference for c in read_cases(io.StringIO(commas))] == ["A;1"]


@pytest.mark.parametrize(
    ("header", "delimiter", "message"),
    [
        (
            "guarantee;received",
            ",",
            (
                "the header has no column guarantee, received; it was read with ',' — is the file "
                "separated by ';'? (delimiter=';')"
            ),
        ),
        (
            "guarantee\treceived",
            ";",
            (
                "the header has no column guarantee, received; it was read with ';' — is the file "
                "separated by tab? (delimiter='\\t')"
            ),
        ),
        (
            "garantie;ontvangen;referentie",
            None,
            (
                "the header has no column guarantee, received (it needs guarantee, received); it "
                "was read with ';' (of ',', ';' and tab, the one that splits it most)"
            ),
        ),
        (
            "guarantee,received;x",
            ";",
            (
                "the header has no column guarantee, received (it needs guarantee, received); "
                "it was read with ';'"
            ),
        ),
        (
            "guarantee;received;x,guarantee,received",
            None,
            (
                "the header names the columns it needs read with ',' and with ';': say which "
                "(delimiter=',' or delimiter=';')"
            ),
        ),
    ],
)
def test_a_header_no_delimiter_reads(header: str, delimiter: str | None, message: str) -> None:
    source = io.StringIO(header + "\n")
    with pytest.raises(CharterValueError, match=re.escape(f"cases.csv:1: {message}")):
        list(read_cases(source, name="cases.csv", delimiter=delimiter))


def test_the_command_names_its_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cases.csv"
    path.write_text("guarantee;received\n", encoding="utf-8")
    assert main(["report", str(path), "--delimiter", ","], io.StringIO()) == 1
    assert capsys.readouterr().err == (
        "charter: error: cases.csv:1: the header has no column guarantee, received; it was "
        "read with ',' — is the file separated by ';'? (--delimiter ';')\n"
    )
    path.write_text("guarantee\treceived\n", encoding="utf-8")
    assert main(["report", str(path), "--delimiter", ";"], io.StringIO()) == 1
    assert capsys.readouterr().err.endswith("(--delimiter tab)\n")
    path.write_bytes("réf;guarantee;received\n".encode("cp1252"))
    assert main(["report", str(path)], io.StringIO()) == 1
    assert capsys.readouterr().err == (
        "charter: error: cases.csv:1: the header is not valid UTF-8: byte 0xe9 at character 2 "
        "— is the file Windows-1252? (--encoding cp1252)\n"
    )
    path.write_bytes(
        "guarantee;received;notes\ninformative;2026-03-02T10:00+01:00;é\n".encode("cp1252")
    )
    out = io.StringIO()
    argv = ["report", str(path), "--at", "2026-04-01T12:00+02:00"]
    assert main(argv, out) == 0
    assert (
        "  cases.csv:2: not valid UTF-8: byte 0xe9 at character 36 — is the file "
        "Windows-1252? (--encoding cp1252)"
    ) in out.getvalue()
    assert "charter: error: argument --delimiter: invalid choice: '|'" in _usage(path, capsys)


def _usage(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["report", str(path), "--delimiter", "|"], io.StringIO()) == 2
    return capsys.readouterr().err


def test_a_cp1252_file_read_as_utf8_and_the_other_way(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(written(ROWS, ";").encode("cp1252"))
    reader = read_cases(path)
    assert [c.reference for c in reader] == ["A-3"]  # nothing replaced: the rows are skipped
    assert [str(p) for p in reader.skipped.problems] == [
        (
            "cases.csv:2: not valid UTF-8: byte 0xe9 at character 32 — is the file Windows-1252? "
            "(encoding='cp1252')"
        ),
        (
            "cases.csv:3: not valid UTF-8: byte 0xe9 at character 18 — is the file Windows-1252? "
            "(encoding='cp1252')"
        ),
    ]
    path.write_bytes(b"\xef\xbb\xbf" + written(ROWS, ";").encode("utf-8"))
    with pytest.raises(
        CharterValueError,
        match=re.escape(
            "cases.csv:1: the file starts with UTF-8's byte order mark, but is read as "
            "Windows-1252: read it as UTF-8 (encoding='utf-8')"
        ),
    ):
        list(read_cases(path, encoding="cp1252"))
    path.write_bytes(b"guarantee;received;notes\nwd;2026-03-02T10:00+01:00;\x81\n")
    reader = read_cases(path, encoding="windows-1252")
    assert reader.encoding == "cp1252"
    assert list(reader) == []
    assert [str(p) for p in reader.skipped.problems] == [
        "cases.csv:2: not valid Windows-1252: byte 0x81 at character 27"
    ]


def test_a_strict_text_file_names_its_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(b"guarantee;received\nwd;2026-03-02T10:00+01:00\n\x81\n")
    with (
        path.open(encoding="cp1252") as file,
        pytest.raises(
            CharterValueError, match=re.escape("cases.csv: not Windows-1252 after line 0")
        ),
    ):
        list(read_cases(file, encoding="cp1252"))


@pytest.mark.parametrize(
    ("keywords", "error", "message"),
    [
        ({"delimiter": "|"}, CharterValueError, "delimiter must be ',', ';' or '\\t' (tab)"),
        ({"delimiter": b";"}, CharterTypeError, "',', ';', '\\t' or None as delimiter"),
        ({"encoding": "latin-1"}, CharterValueError, "encoding must be 'utf-8' or 'cp1252'"),
        ({"encoding": 1252}, CharterTypeError, "'utf-8' or 'cp1252' as encoding"),
    ],
)
def test_delimiter_and_encoding_are_checked(
    keywords: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        read_calls(io.StringIO(""), **keywords)  # type: ignore[arg-type]


def test_compliance_over_a_semicolon_file_counts_every_row() -> None:
    text = written(ROWS, ";")
    report = compliance(CHARTER, read_cases(io.StringIO(text)), at=AT)
    assert (report.cases, report.skipped.count) == (2, 1)
