r"""Text from outside, made safe to print: escaped, and cut short.

A value read from a file may hold anything: terminal escape sequences (ESC, BEL, the C1
controls), NUL, bidi overrides (U+202A-U+202E, U+2066-U+2069) that reorder what a
terminal shows, or twenty megabytes. What reaches a message or a report's listing is
escaped (every character Python's ``repr`` would escape: ``\x1b``, ``\u202e``, ``\x00``)
and, for values quoted in a message, cut to a short excerpt that says how long the value
was.

>>> escaped("A-1\x1b[2J")
'A-1\\x1b[2J'
>>> print(excerpt("x" * 100_000, 8))
'xxxxxxxx…' (100,000 characters)

What a terminal shows (the command's lines, its messages, a rendered document) goes
through :func:`for_terminal`, which escapes only what could act on the terminal or on
the layout, and leaves text (accents, no-break spaces) as it is:

>>> for_terminal("Caf\u00e9 90\u202f%\x9b2J\u202e\nnext")
'Café 90\u202f%\\x9b2J\\u202e\\nnext'
"""

from __future__ import annotations

import re

from charter._checks import BAD_CHARACTERS

__all__ = ["EXCERPT", "MESSAGE", "UNSAFE_IN_LINES", "capped", "escaped", "excerpt", "for_terminal"]

#: How many characters of a value a message quotes.
EXCERPT = 60
#: How many characters a problem's message and reference keep (a cap for what others wrote).
MESSAGE = 500


def escaped(text: str) -> str:
    """*text* with every character that is not printable written as an escape."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)


def _escape(character: str) -> str:
    return character.encode("unicode_escape").decode("ascii")


#: What no text may hold (control characters, bidi controls, lone surrogates), and the
#: line breaks: what would act on a terminal, or break a line into two.
_UNSAFE = re.compile(f"{BAD_CHARACTERS}|[\\t\\n\\r\\u2028\\u2029]")
#: The same, but tab and line feed: for a text of several lines.
UNSAFE_IN_LINES = re.compile(f"{BAD_CHARACTERS}|[\\r\\u2028\\u2029]")


def for_terminal(text: str, *, lines: bool = False) -> str:
    """*text* with the characters that could act on a terminal written as escapes.

    Control characters (ESC, BEL, NUL, the C1 controls), bidi controls, lone surrogates
    and line breaks; with *lines*, a text of several lines, tab and line feed are kept.
    """
    unsafe = UNSAFE_IN_LINES if lines else _UNSAFE
    if unsafe.search(text) is None:
        return text
    return unsafe.sub(lambda found: _escape(found[0]), text)


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """*text* quoted as ``repr`` does, its first *limit* characters when it is longer."""
    if len(text) <= limit:
        return repr(text)
    return f"{text[:limit] + '…'!r} ({len(text):,} characters)"


def capped(text: str, limit: int = MESSAGE) -> str:
    """*text* escaped, and cut at *limit* characters with a note of how much was left out."""
    if len(text) > limit:
        text = f"{text[:limit]}… ({len(text) - limit:,} more characters)"
    return escaped(text)
