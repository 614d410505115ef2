"""Hostile CSV: every row counted or skipped, every limit named, messages short and escaped."""

from __future__ import annotations

import io
import re
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebook import CHARTER, at, hostile_csv
from charter import (
    Case,
    CharterTypeError,
    CharterValueError,
    compliance,
    read_calls,
    read_cases,
)
from charter.cases import Problem, Reader
from charter.cases.readers import TextFile

AT = at(2026, 4, 1, 12)
HEADER = "reference,guarantee,received\n"
GOOD = "wd,2026-03-02T10:00+01:00"


class Trickle:
    """A text file that gives at most *step* characters a read, to cut lines anywhere."""

    def __init__(self, text: str, step: int) -> None:
        self._text = text
        self._step = step
        self._at = 0

    def read(self, size: int = -1) -> str:
        take = self._step if size < 0 else min(size, self._step)
        piece = self._text[self._at : self._at + take]
        self._at += len(piece)
        return piece


class Endless:
    """A text file with one line of *size* characters, then a good row."""

    def __init__(self, size: int) -> None:
        self._left = size
        self._tail = "\nR-2," + GOOD + "\n"

    def read(self, size: int = -1) -> str:
        if self._left:
            take = min(size, self._left)
            self._left -= take
            return "x" * take
        tail, self._tail = self._tail, ""
        return tail


class _Chain:
    """Text files read one after the other."""

    def __init__(self, *files: TextFile) -> None:
        self._files = list(files)

    def read(self, size: int = -1) -> str:
        while self._files:
            piece = self._files[0].read(size)
            if piece:
                return piece
            self._files.pop(0)
        return ""


def physical(text: str) -> list[str]:
    """The contents of *text*'s lines, cut at CRLF, LF or a lone CR (the rule in the docs)."""
    parts = re.split(r"\r\n|\r|\n", text)
    return parts[:-1] if parts[-1] == "" else parts


def accounted(reader: Reader[Case], lines: list[str], max_line_bytes: int) -> int:
    """Check that every line after the header is in one row, counted or skipped, or blank.

    Returns how many rows were counted.
    """
    owner: dict[int, str] = {}
    counted = 0
    for first, _ in reader.numbered():
        span = reader.lines
        assert span is not None
        assert span[0] == first == reader.line
        assert lines[first - 1]  # a row starts on a line that is not blank
        counted += 1
        for number in span:
            assert number not in owner
            owner[number] = "counted"
    skipped = reader.skipped
    assert skipped.count == len(skipped.problems)
    for problem in skipped.problems:
        assert problem.line is not None
        assert problem.line not in owner
        owner[problem.line] = "skipped"
    assert set(owner) <= set(range(2, len(lines) + 1))
    for number, content in enumerate(lines[1:], start=2):
        if content:
            assert number in owner, f"line {number} ({content!r}) is lost"
        else:
            assert owner.get(number) != "skipped"
        if len(content.encode("utf-8", "surrogateescape")) > max_line_bytes:
            assert owner[number] == "skipped"
    # Rows in = rows counted + rows skipped, and a skipped row is one line.
    rows_in = sum(1 for number in owner if lines[number - 1])
    in_counted = sum(1 for n, who in owner.items() if who == "counted" and lines[n - 1])
    assert rows_in == in_counted + skipped.count
    return counted


def limited(source: Trickle | io.TextIOWrapper) -> Reader[Case]:
    """A reader with small limits, so that short files reach them."""
    return read_cases(source, keep=10_000, max_line_bytes=64, max_field_bytes=40, max_row_lines=3)


@given(hostile_csv(), st.integers(min_value=1, max_value=70), st.booleans())
def test_every_line_of_a_hostile_file_is_accounted_for(
    data: bytes,
    step: int,
    trickle: bool,  # noqa: FBT001 - drawn by Hypothesis
) -> None:
    text = data.decode("utf-8-sig", errors="surrogateescape")
    source: Trickle | io.TextIOWrapper
    if trickle:
        source = Trickle(text, step)
    else:
        source = io.TextIOWrapper(
            io.BytesIO(data), encoding="utf-8-sig", errors="surrogateescape", newline=""
        )
    reader = limited(source)
    lines = physical(text.removeprefix("\ufeff"))
    counted = accounted(reader, lines, 64)
    for problem in reader.skipped.problems:
        assert len(problem.message) < 600
        assert problem.message.isprintable()
    again = limited(Trickle(text, step))
    report = compliance(CHARTER, again, at=AT, keep=10_000)
    assert report.cases + report.skipped.count == counted + reader.skipped.count


#: A file's bytes with its commas and semicolons swapped: the same file, separated by ';'.
SEMICOLONS = bytes.maketrans(b",;", b";,")


@given(hostile_csv(), st.integers(min_value=1, max_value=70), st.sampled_from([",", ";"]))
def test_every_line_of_a_hostile_semicolon_or_cp1252_file_is_accounted_for(
    data: bytes, step: int, delimiter: str
) -> None:
    if delimiter == ";":
        data = data.translate(SEMICOLONS)
    text = data.decode("cp1252", errors="surrogateescape")

    def reader() -> Reader[Case]:
        return read_cases(
            Trickle(text, step),
            delimiter=delimiter,
            encoding="cp1252",
            keep=10_000,
            max_line_bytes=64,
            max_field_bytes=40,
            max_row_lines=3,
        )

    if data.startswith(b"\xef\xbb\xbf"):  # UTF-8's byte order mark: not read as cp1252
        with pytest.raises(CharterValueError, match="byte order mark"):
            list(reader())
        return
    first = reader()
    counted = accounted(first, physical(text), 64)
    for problem in first.skipped.problems:
        assert problem.message.isprintable()
        assert "encoding='cp1252'" not in problem.message
    report = compliance(CHARTER, reader(), at=AT, keep=10_000)
    assert report.cases + report.skipped.count == counted + first.skipped.count


# -- rows in = rows counted + rows skipped -----------------------------------------------------


def test_an_unclosed_quote_spoils_its_own_line_only() -> None:
    text = (
        "reference,guarantee,received\n"
        'A-1,informative,"2026-03-02T10:00+01:00\n'
        "A-2,informative,2026-03-02T10:00+01:00\n"
        "A-3,informative,2026-03-02T10:00+01:00\n"
        "A-4,informative,2026-03-02T10:00+01:00\n"
    ).replace("informative", "wd")
    reader = read_cases(io.StringIO(text), name="cases.csv")
    assert [c.reference for c in reader] == ["A-2", "A-3", "A-4"]
    assert [str(p) for p in reader.skipped.problems] == [
        (
            "cases.csv:2: a quote opened on this line is not closed by the end of the file "
            "(the next lines are read on)"
        )
    ]
    report = compliance(CHARTER, read_cases(io.StringIO(text)), at=AT)
    assert (report.cases, report.skipped.count) == (3, 1)


def test_a_row_swallowed_by_a_stray_quote_is_read_again() -> None:
    # The stray quote on line 2 closes on line 5's first quote: lines 2-5 make one row,
    # which cannot be read; line 2 is skipped alone, and lines 3 to 5 are rows again.
    text = (
        HEADER + 'A-1,wd,"2026-03-02T10:00+01:00\n'
        "A-2,wd,2026-03-02T10:00+01:00\n"
        "A-3,wd,2026-03-02T10:00+01:00\n"
        'A-4,wd,"2026-03-02T10:00+01:00"\n'
    )
    reader = read_cases(io.StringIO(text))
    assert [(line, c.reference) for line, c in reader.numbered()] == [
        (3, "A-2"),
        (4, "A-3"),
        (5, "A-4"),
    ]
    (problem,) = reader.skipped.problems
    assert problem.line == 2
    assert problem.message.startswith("received '2026-03-02T10:00+01:00\\nA-2,wd,")
    assert problem.message.endswith(
        "(lines 2-5 read as one row, a quoted field over them: this line is skipped alone, "
        "and the next ones are read again)"
    )


def test_a_quoted_field_over_lines_is_one_row() -> None:
    text = HEADER + '"A-1\r\nsecond line\n\nfourth",wd,2026-03-02T10:00+01:00\nA-2,' + GOOD
    reader = read_cases(io.StringIO(text, newline=""))
    assert [(line, c.reference) for line, c in reader.numbered()] == [
        (2, "A-1\r\nsecond line\n\nfourth"),
        (6, "A-2"),
    ]
    assert reader.lines == range(6, 7)
    assert reader.skipped.count == 0


def test_a_quote_open_longer_than_max_row_lines() -> None:
    text = HEADER + '"A-1\n2\n3\n4",wd,2026-03-02T10:00+01:00\n'
    reader = read_cases(io.StringIO(text), max_row_lines=3)
    assert [(line, c.reference) for line, c in reader.numbered()] == [(5, '4"')]
    assert [(p.line, p.message) for p in reader.skipped.problems] == [
        (
            2,
            (
                "a quote opened on this line is not closed within 3 lines (max_row_lines) "
                "(the next lines are read on)"
            ),
        ),
        (3, "1 fields where the header has 3"),
        (4, "1 fields where the header has 3"),
    ]
    assert [c.reference for c in read_cases(io.StringIO(text), max_row_lines=4)] == ["A-1\n2\n3\n4"]


def test_a_quote_open_before_a_line_too_long() -> None:
    text = HEADER + '"A-1,wd,2026-03-02T10:00+01:00\n' + "x" * 80 + "\nA-2," + GOOD + "\n"
    reader = read_cases(io.StringIO(text), max_line_bytes=64)
    assert [(line, c.reference) for line, c in reader.numbered()] == [(4, "A-2")]
    assert [(p.line, p.message) for p in reader.skipped.problems] == [
        (
            2,
            (
                "a quote opened on this line is not closed before line 3, which is too long "
                "(the next lines are read on)"
            ),
        ),
        (3, "the line is longer than 64 bytes (max_line_bytes)"),
    ]


def test_line_endings_lf_crlf_and_lone_cr_and_blank_lines() -> None:
    text = "guarantee,received,reference\r" + GOOD + ",a\r\n\r\n" + GOOD + ",b\n\r" + GOOD + ",c"
    reader = read_cases(io.StringIO(text, newline=""))
    assert [(line, c.reference) for line, c in reader.numbered()] == [(2, "a"), (4, "b"), (6, "c")]


def test_a_byte_order_mark_in_a_text_file_and_out_of_place(tmp_path: Path) -> None:
    text = "\ufeffreference,guarantee,received\nA-1," + GOOD + "\n\ufeffA-2," + GOOD + "\n"
    cases = list(read_cases(io.StringIO(text)))
    assert [c.reference for c in cases] == ["A-1", "\ufeffA-2"]  # data, as it was written
    path = tmp_path / "bom.csv"
    path.write_text("\ufeff" + text, encoding="utf-8")  # two: the file's, and the text's
    assert len(list(read_cases(path))) == 2


def test_lone_surrogates_in_a_text_file() -> None:
    text = HEADER + "A-\ud800," + GOOD + "\n" + "A-2," + GOOD + "\n"
    reader = read_cases(io.StringIO(text), max_line_bytes=33)  # the surrogate is 3 bytes
    assert [c.reference for c in reader] == ["A-2"]
    assert [(p.line, p.message) for p in reader.skipped.problems] == [
        (2, "not valid UTF-8: a lone surrogate \\ud800 at character 3")
    ]


def test_invalid_utf8_in_a_row_over_lines(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(
        HEADER.encode() + b'"A-1\n\xff",wd,2026-03-02T10:00+01:00\nA-2,' + GOOD.encode()
    )
    reader = read_cases(path)
    assert [c.reference for c in reader] == ["A-2"]
    hint = " — is the file Windows-1252? (encoding='cp1252')"
    assert [(p.line, p.message) for p in reader.skipped.problems] == [
        (
            2,
            (
                f"not valid UTF-8: byte 0xff at character 1 (line 3){hint} (lines 2-3 read as "
                "one row, a quoted field over them: this line is skipped alone, and the next "
                "ones are read again)"
            ),
        ),
        (3, f"not valid UTF-8: byte 0xff at character 1{hint}"),
    ]


# -- limits, checked before parsing -------------------------------------------------------------


def test_a_line_too_long_is_skipped_and_reading_resumes() -> None:
    text = HEADER + "A-1," + GOOD + ",".join("x" * 30 for _ in range(4)) + "\nA-2," + GOOD + "\n"
    reader = read_cases(io.StringIO(text), max_line_bytes=100)
    assert [c.reference for c in reader] == ["A-2"]
    assert [str(p) for p in reader.skipped.problems] == [
        "rows:2: the line is longer than 100 bytes (max_line_bytes)"
    ]
    assert len(list(read_cases(io.StringIO(text), max_line_bytes=200))) == 1  # now 5 fields


def test_line_limits_count_bytes_not_characters() -> None:
    reference = "é" * 20  # 40 bytes
    text = f"{HEADER}{reference},{GOOD}\n"
    assert len(list(read_cases(io.StringIO(text), max_line_bytes=66))) == 1
    reader = read_cases(io.StringIO(text), max_line_bytes=65)
    assert list(reader) == []
    assert reader.skipped.count == 1


def test_an_endless_line_takes_bounded_memory() -> None:
    chained = _Chain(io.StringIO(HEADER), Endless(20_000_000))
    tracemalloc.start()
    try:
        found = list(read_cases(chained, name="endless.csv"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [c.reference for c in found] == ["R-2"]
    assert peak < 2_000_000  # a 20 MB line, read through a window of 64 KiB


def test_a_field_too_long_names_its_column_and_its_limit() -> None:
    text = "reference,guarantee,received,notes\n" + "A-1," + GOOD + "," + "n" * 100 + "\n"
    text += "é" * 30 + "," + GOOD + ",\n"
    reader = read_cases(io.StringIO(text), max_field_bytes=50)
    assert [c.reference for c in reader] == ["A-1"]  # notes: a column the reader ignores
    assert [str(p) for p in reader.skipped.problems] == [
        "rows:3: reference is longer than 50 bytes (max_field_bytes)"
    ]
    assert len(list(read_cases(io.StringIO(text), max_field_bytes=60))) == 2
    rows = [{"guarantee": "wd", "received": "2026-03-02T10:00+01:00", "reference": "r" * 51}]
    reader = read_cases(rows, max_field_bytes=50)
    assert list(reader) == []
    assert (
        reader.skipped.problems[0].message == "reference is longer than 50 bytes (max_field_bytes)"
    )


def test_too_many_columns() -> None:
    text = HEADER.rstrip("\n") + ",x" * 10 + "\n"
    with pytest.raises(
        CharterValueError, match=r"rows:1: the header has 13 columns, more than 12 \(max_columns\)"
    ):
        list(read_cases(io.StringIO(text), max_columns=12))
    rows = [{"guarantee": "wd", "received": "2026-03-02T10:00+01:00", "a": "", "b": ""}]
    reader = read_calls(rows, max_columns=3)
    assert list(reader) == []
    assert reader.skipped.problems[0].message == "4 columns, more than 3 (max_columns)"


@pytest.mark.parametrize(
    ("limits", "error", "message"),
    [
        ({"max_line_bytes": 0}, CharterValueError, "max_line_bytes must be 1 or more, got 0"),
        ({"max_row_lines": -1}, CharterValueError, "max_row_lines must be 1 or more"),
        ({"max_field_bytes": "big"}, CharterTypeError, "a whole number as max_field_bytes"),
        ({"max_columns": True}, CharterTypeError, "a whole number as max_columns"),
    ],
)
def test_limits_are_checked(
    limits: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        read_cases(io.StringIO(HEADER), **limits)  # type: ignore[arg-type]


def test_a_binary_file_and_a_hostile_name(tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_bytes(HEADER.encode())
    with path.open("rb") as file, pytest.raises(CharterTypeError, match="open in text mode"):
        list(read_cases(file))  # type: ignore[arg-type]
    with pytest.raises(CharterValueError, match=re.escape("a\\x1b[2J.csv: no header row")):
        list(read_cases(io.StringIO(""), name="a\x1b[2J.csv"))


def test_a_header_that_cannot_be_read() -> None:
    with pytest.raises(CharterValueError, match="rows:1: the header cannot be read: the line is"):
        list(read_cases(io.StringIO("guarantee,received," + "x" * 100 + "\n"), max_line_bytes=50))
    with pytest.raises(CharterValueError, match="rows:1: the header cannot be read: a quote"):
        list(read_cases(io.StringIO('guarantee,"received\n')))


# -- short, escaped messages --------------------------------------------------------------------


def test_a_huge_value_is_quoted_as_a_short_excerpt() -> None:
    huge = "2026-03-02T10:00+01:00" + "9" * 2_000_000
    text = HEADER + "A-1,wd," + huge + "\n"
    reader = read_cases(io.StringIO(text), max_line_bytes=3_000_000, max_field_bytes=3_000_000)
    assert list(reader) == []
    (problem,) = reader.skipped.problems
    assert problem.message == (
        f"received '2026-03-02T10:00+01:00{'9' * 38}…' "
        "(2,000,022 characters) is not an ISO 8601 date and time such as 2026-12-01T10:00+01:00"
    )


def test_control_characters_are_escaped_in_problems_and_breaches() -> None:
    hostile = "A-1\x1b[2J\x07\x9b\u202e\u2066"  # a NUL: see below
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
    assert problem.reference == "A-1\\x1b[2J\\x07\\x9b\\u202e\\u2066"
    (breach,) = report.guarantee("wd").breaches
    assert breach.reference == "A-1\\x1b[2J\\x07\\x9b\\u202e\\u2066"


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
    assert "(10000 characters)" in kept.message  # the case's own excerpt of its reference
