"""How a CSV file is written: its delimiter (given, or found from its header) and encoding.

A file's delimiter is the one that splits its header into the columns a reader needs:
a comma, a semicolon (what Excel writes where the decimal sign is a comma, as on a
Belgian machine) or a tab. A header that two of them split into those columns is
refused as ambiguous, and one that none does is refused with what it was read as, and
the delimiter to give where another would have done.

A file's encoding is UTF-8 (a byte order mark or none) or Windows-1252 (``cp1252``, what
Excel's plain "CSV" writes on Windows). A byte the encoding does not allow is never
replaced: it spoils its row, and the problem names it (and, for UTF-8, suggests
``encoding='cp1252'``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence

from charter._excerpt import EXCERPT, capped
from charter.cases._csv import DELIMITERS, split
from charter.errors import CharterTypeError, CharterValueError

__all__ = [
    "ENCODINGS",
    "check_delimiter",
    "check_encoding",
    "choose_delimiter",
    "invalid_text",
    "named",
    "shown",
]

#: The encodings a reader reads, by their codec's name, and the codec that reads them.
ENCODINGS = {"utf-8": "utf-8-sig", "cp1252": "cp1252"}
_SHOWN = {"utf-8": "UTF-8", "cp1252": "Windows-1252"}
#: A character that stands for a byte the encoding does not allow (``surrogateescape``),
#: or a lone surrogate in text given as such.
_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(encoding: str) -> str:
    """*encoding* as a message names it: ``UTF-8``, ``Windows-1252``."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    return _SHOWN.get(name.removesuffix("-sig"), name)


def named(delimiter: str) -> str:
    """*delimiter* as a message says it: ``','``, ``';'`` or ``tab``."""
    return "tab" if delimiter == "\t" else repr(delimiter)


def _keyword(delimiter: str) -> str:
    return "delimiter='\\t'" if delimiter == "\t" else f"delimiter={delimiter!r}"


def check_delimiter(delimiter: str | None) -> str | None:
    """*delimiter* if it is one a reader reads, or None (found from the header)."""
    if delimiter is None or delimiter in DELIMITERS:
        return delimiter
    if not isinstance(delimiter, str):
        raise CharterTypeError.expected("',', ';', '\\t' or None as delimiter", delimiter)
    raise CharterValueError(
        "delimiter must be ',', ';' or '\\t' (tab), or None to find it from the header, "
        f"got {capped(repr(delimiter), EXCERPT)}"
    )


def check_encoding(encoding: str) -> str:
    """*encoding*'s name (``utf-8`` or ``cp1252``), if a reader reads it."""
    if not isinstance(encoding, str):
        raise CharterTypeError.expected("'utf-8' or 'cp1252' as encoding", encoding)
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        name = ""
    if name in ENCODINGS:
        return name
    raise CharterValueError(
        f"encoding must be 'utf-8' or 'cp1252' (Windows-1252), got {capped(repr(encoding), 60)}"
    )


def invalid_text(lines: Sequence[str | None], first: int, encoding: str) -> str | None:
    """What in *lines* (the first numbered *first*) is not valid *encoding*, or None."""
    for number, line in enumerate(lines, start=first):
        found = None if line is None or line.isascii() else _SURROGATE.search(line)
        if found is None:
            continue
        code = ord(found.group())
        byte = 0xDC80 <= code <= 0xDCFF  # the bytes surrogateescape keeps
        what = f"byte 0x{code - 0xDC00:02x}" if byte else f"a lone surrogate \\u{code:04x}"
        where = f" (line {number})" if number != first else ""
        hint = ""
        if byte and encoding == "utf-8":
            hint = " — is the file Windows-1252? (encoding='cp1252')"
        return f"not valid {shown(encoding)}: {what} at character {found.start() + 1}{where}{hint}"
    return None


def choose_delimiter(
    lines: Sequence[str | None], given: str | None, required: Sequence[str]
) -> tuple[str, list[str]] | str:
    """The delimiter of a header of *lines* and its column names, or why there is none.

    *given* is the delimiter the reader was given (None: find it); the header must name
    every column of *required*.
    """
    readings: dict[str, list[str]] = {}
    for delimiter in DELIMITERS:
        fields = split(lines, delimiter)
        if fields is not None:
            readings[delimiter] = [name.strip().lower() for name in fields]
    fit = [d for d, names in readings.items() if all(name in names for name in required)]
    if given is not None and given in fit:
        return given, readings[given]
    if given is None and len(fit) == 1:
        return fit[0], readings[fit[0]]
    if given is None and fit:
        both = " and with ".join(named(d) for d in fit)
        keywords = " or ".join(_keyword(d) for d in fit)
        return f"the header names the columns it needs read with {both}: say which ({keywords})"
    tried = given if given is not None else max(readings, key=lambda d: len(readings[d]))
    names = readings.get(tried, [])
    missing = ", ".join(name for name in required if name not in names)
    if fit:
        other = fit[0]
        return (
            f"the header has no column {missing}; it was read with {named(tried)} — is the "
            f"file separated by {named(other)}? ({_keyword(other)})"
        )
    needs = ", ".join(required)
    how = "" if given is not None else " (of ',', ';' and tab, the one that splits it most)"
    return (
        f"the header has no column {missing} (it needs {needs}); it was read with "
        f"{named(tried)}{how}"
    )
