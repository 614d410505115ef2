"""CSV text to rows, with every line accounted for and every limit checked before parsing.

The reading is in two layers. :func:`physical_lines` cuts text into lines (LF, CRLF or
a lone CR ends one), never holding more than ``max_line_bytes`` of a line: a longer one
is dropped as it is read and told as such. :class:`Rows` puts lines together into rows
(one line, or several while a quoted field is open) and splits them into fields, as the
``csv`` module's default dialect does, with a comma, a semicolon or a tab between fields
(a quote after a field's start is an ordinary character; one after a closing quote is
too).

The rule that keeps a file's rows countable: **every line after the header belongs to
exactly one row, or is blank.** A quote left open at the end of the file, or after
``max_row_lines`` lines, or before an over-long line, is a problem of the line it was
opened on alone, and the rows are read on from the next line; so is a row over several
lines that turns out not to be readable (:meth:`Rows.reread`). A row that cannot be
read is therefore always a single line.

A CSV file is text, and text holds no NUL: a line that holds one is not read (its row is
skipped by the reader), and a run of NULs longer than a line may be stops the reading
(:class:`NotTextError`): it is binary data, such as ``/dev/zero``, where reading on
would find no rows, maybe never an end.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import NamedTuple

from attrs import frozen

from charter.errors import CharterTypeError, CharterValueError

__all__ = [
    "DELIMITERS",
    "Limits",
    "NotTextError",
    "Row",
    "Rows",
    "physical_lines",
    "split",
    "utf8_size",
]

#: What may separate fields: a comma, a semicolon (Excel where the decimal sign is a
#: comma, as in Belgium), a tab.
DELIMITERS = (",", ";", "\t")

#: How many characters are read at a time.
_CHUNK = 1 << 16
#: A line: up to a LF, a CRLF, a lone CR, or the end of the text.
_LINE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+\Z")
#: The characters other than CR and LF that ``str.splitlines`` ends a line at.
_ODD = re.compile("[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_BOM = "\ufeff"


class NotTextError(CharterValueError):
    """More NULs in a row than a line may hold: binary data, not a CSV file's text.

    :attr:`line` is the number of the line (1 the first), once :class:`Rows` knows it.
    """

    line: int | None = None


def _dropped(text: str, max_bytes: int) -> None:
    """Drop *text*, more than *max_bytes* of a line too long; refused if it is all NUL."""
    if not text.strip("\x00"):
        raise NotTextError(
            f"more than {max_bytes:,} NUL bytes in a row, more than a line may hold "
            "(max_line_bytes): not a text file"
        )


def _kept(line: str, max_bytes: int) -> str | None:
    """*line* if it holds at most *max_bytes* (its ending aside), else None (dropped)."""
    return line if utf8_size(line)[0] - _ending(line) <= max_bytes else None


def _limit(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CharterTypeError.expected(f"a whole number as {name}", value)
    if value < 1:
        raise CharterValueError(f"{name} must be 1 or more, got {value!r}")
    return value


@frozen(kw_only=True)
class Limits:
    """What a reader accepts before it parses: the keywords of ``read_cases``."""

    max_line_bytes: int
    max_field_bytes: int
    max_row_lines: int
    max_columns: int

    def __attrs_post_init__(self) -> None:
        for name in ("max_line_bytes", "max_field_bytes", "max_row_lines", "max_columns"):
            _limit(getattr(self, name), name)


def utf8_size(text: str) -> tuple[int, bool]:
    """The bytes *text* takes in UTF-8, and whether it is valid UTF-8.

    Invalid bytes read with ``surrogateescape`` count one byte each, other lone
    surrogates three.
    """
    if text.isascii():
        return len(text), True
    try:
        return len(text.encode("utf-8")), True
    except UnicodeEncodeError:
        pass
    try:
        return len(text.encode("utf-8", "surrogateescape")), False
    except UnicodeEncodeError:
        return len(text.encode("utf-8", "surrogatepass")), False


def _ending(line: str) -> int:
    """How long *line*'s line ending is: 0, 1 or 2."""
    if line.endswith("\r\n"):
        return 2
    return 1 if line.endswith(("\n", "\r")) else 0


def _split(text: str) -> list[str]:
    """*text* cut after each LF, CRLF or lone CR; the last piece is what follows the last."""
    if _ODD.search(text) is None:  # splitlines also cuts at these
        lines = text.splitlines(keepends=True)
    else:
        lines = [match.group() for match in _LINE.finditer(text)]
    if not lines or _ending(lines[-1]):
        lines.append("")
    return lines


def physical_lines(read: Callable[[int], str], max_bytes: int) -> Iterator[str | None]:
    """The lines of the text *read* gives, each with its ending; a leading BOM dropped.

    Reads a chunk at a time and holds at most *max_bytes* of a line: a line longer than
    that (in bytes as UTF-8, its ending aside) is dropped as it is read and comes as None;
    a part of it dropped that is all NUL raises :class:`NotTextError`.
    """
    rest = ""
    dropping = False  # inside a line already too long: its text is thrown away
    first = True
    while True:
        chunk = read(_CHUNK)
        if first and chunk:
            first = False
            chunk = chunk.removeprefix(_BOM)
        text = rest + chunk if rest else chunk
        lines = _split(text)
        rest = lines.pop()
        if chunk and lines and lines[-1].endswith("\r") and not rest:
            rest = lines.pop()  # a CR at the end of what was read: a LF may follow
        start = 0
        if dropping and lines:  # the end of a line too long
            dropping, start = False, 1
            yield None
        if text.isascii() and max(map(len, lines), default=0) <= max_bytes:
            yield from islice(lines, start, None)  # the common chunk: nothing too long
        else:
            for line in islice(lines, start, None):
                yield _kept(line, max_bytes)
        if not chunk:
            if rest or dropping:
                yield None if dropping else _kept(rest, max_bytes)
            return
        if len(rest) - rest.endswith("\r") > max_bytes:  # keep a CR: it may end the line
            _dropped(rest, max_bytes)
            dropping, rest = True, rest[-1] if rest.endswith("\r") else ""


class Row(NamedTuple):
    """A row: its lines (several when a quoted field spans them), its fields or why none."""

    first: int
    lines: tuple[str | None, ...]
    fields: list[str] | None
    problem: str | None

    @property
    def last(self) -> int:
        """The number of its last line."""
        return self.first + len(self.lines) - 1


class _Fields:
    """The fields of a row, fed a line at a time; knows whether a quoted field is open."""

    __slots__ = ("delimiter", "fields", "open", "pieces")

    def __init__(self, delimiter: str) -> None:
        self.delimiter = delimiter
        self.fields: list[str] = []
        self.pieces: list[str] = []
        self.open = False

    def feed(self, text: str, ending: str) -> bool:
        """Read *text* (a line without its *ending*); whether a quoted field is still open."""
        pos = 0
        if self.open:
            pos = self._quoted(text, 0, ending)
        elif text.startswith('"'):
            pos = self._quoted(text, 1, ending)
        while pos >= 0:  # after a field's start, or its closing quote: on to the delimiter
            comma = text.find(self.delimiter, pos)
            if comma < 0:
                self._end(text[pos:])
                return False
            self._end(text[pos:comma])
            pos = comma + 1
            if text.startswith('"', pos):
                pos = self._quoted(text, pos + 1, ending)
        return True

    def _quoted(self, text: str, pos: int, ending: str) -> int:
        """Read a quoted field from *pos*: where it closes (after the quote), or -1 if open."""
        while True:
            quote = text.find('"', pos)
            if quote < 0:
                self.pieces.append(text[pos:] + ending)
                self.open = True
                return -1
            if text.startswith('"', quote + 1):  # "" is a quote
                self.pieces.append(text[pos : quote + 1])
                pos = quote + 2
                continue
            self.pieces.append(text[pos:quote])
            self.open = False
            return quote + 1

    def _end(self, tail: str) -> None:
        if self.pieces:
            self.pieces.append(tail)
            self.fields.append("".join(self.pieces))
            self.pieces = []
        else:
            self.fields.append(tail)


def split(lines: Sequence[str | None], delimiter: str) -> list[str] | None:
    """The fields of *lines* read with *delimiter*, or None if they do not make one row.

    They make one row when a quoted field left open holds them together up to the last,
    and none is left open at its end.
    """
    fields = _Fields(delimiter)
    for number, line in enumerate(lines, start=1):
        if line is None:
            return None
        content = line.rstrip("\r\n")
        if fields.feed(content, line[len(content) :]) != (number < len(lines)):
            return None
    return fields.fields


class Rows:
    """The rows of *lines*: blank lines passed over, each other line in exactly one row.

    Fields are split at *delimiter*, which may change between rows (once the header
    says which it is).

    A row whose quoted field is still open at the end of a line goes on over the next
    lines, up to *max_row_lines* lines in all; a quote still open then (or at the end
    of the file, or before a line too long) makes a problem of its first line alone,
    and reading goes on from the line after it. ``reread`` does the same for a row over
    several lines that its reader could not read.
    """

    def __init__(self, lines: Iterator[str | None], limits: Limits, delimiter: str = ",") -> None:
        self._lines = lines
        self.delimiter = delimiter
        self._limits = limits
        self._back: deque[str | None] = deque()
        self._number = 0  # of the last line taken

    def _next(self) -> str | None:
        """The next line, None for one too long, "" at the end (a line is never empty)."""
        self._number += 1
        if self._back:
            return self._back.popleft()
        try:
            return next(self._lines, "")
        except NotTextError as error:
            error.line = self._number
            raise

    def reread(self, row: Row) -> None:
        """Read the lines of *row* after its first again, as rows of their own."""
        self._back.extendleft(reversed(row.lines[1:]))
        self._number = row.first

    def __iter__(self) -> Iterator[Row]:
        while (line := self._next()) != "":
            if line is None:
                message = f"the line is longer than {self._limits.max_line_bytes:,} bytes"
                yield Row(self._number, (None,), None, f"{message} (max_line_bytes)")
                continue
            text = line.rstrip("\r\n")
            if not text:
                continue  # a blank line
            if '"' not in text:  # the common row: no quotes at all
                yield Row(self._number, (line,), text.split(self.delimiter), None)
            else:
                yield self._row(line, text)

    def _row(self, line: str, text: str) -> Row:
        first = self._number
        fields = _Fields(self.delimiter)
        if not fields.feed(text, line[len(text) :]):
            return Row(first, (line,), fields.fields, None)
        lines: list[str | None] = [line]
        while True:
            if len(lines) == self._limits.max_row_lines:
                why = f"within {len(lines)} lines (max_row_lines)"
                break
            following = self._next()
            if following == "":
                why = "by the end of the file"
                break
            if following is None:
                lines.append(None)
                why = f"before line {self._number}, which is too long"
                break
            lines.append(following)
            content = following.rstrip("\r\n")
            if not fields.feed(content, following[len(content) :]):
                return Row(first, tuple(lines), fields.fields, None)
        self.reread(Row(first, tuple(lines), None, None))
        message = f"a quote opened on this line is not closed {why} (the next lines are read on)"
        return Row(first, (line,), None, message)
