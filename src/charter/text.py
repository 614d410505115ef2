"""Localised text: one user-facing text in several languages.

Every text a citizen may read (a holiday's name, a closure's reason, later a channel's
description) is a :class:`LocalizedText`. It never guesses a language: asking for one
it does not have raises :class:`~charter.errors.UnknownLanguageError`.

>>> name = LocalizedText({"nl": "Kerstmis", "fr": "Noël", "de": "Weihnachten", "en": "Christmas"})
>>> name["fr"]
'Noël'
>>> name.languages
('de', 'en', 'fr', 'nl')
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from enum import Enum
from typing import TypeAlias

from attrs import field, frozen

from charter._checks import to_member
from charter.errors import CharterTypeError, CharterValueError, UnknownLanguageError, excerpt

__all__ = [
    "LANGUAGES",
    "LINE_BREAKS",
    "LocalizedText",
    "Register",
    "TextLike",
    "to_line",
    "to_register",
    "to_text",
]

#: The languages of a Belgian charter, in the order documents list them.
LANGUAGES = ("nl", "fr", "de", "en")


class Register(Enum):
    """How a charter addresses the reader: formally (u, vous, Sie) or informally (je, tu, du).

    English says "you" either way. The informal register changes only the library's own
    sentences; the charter's texts (its duties, its notes) are written in its register by
    its authors (docs/language.md#the-informal-register).
    """

    FORMAL = "formal"
    INFORMAL = "informal"


def to_register(value: Register | str) -> Register:
    """*value* as a :class:`~charter.text.Register`: ``"formal"`` or ``"informal"``."""
    return to_member(Register, value, "a register:")


#: The characters that end a line, as ``str.splitlines`` reads them (a regular expression,
#: the JSON Schema's too): no name or title holds one (docs/documents.md).
LINE_BREAKS = "[\\n\\v\\f\\r\\x1c-\\x1e\\x85\\u2028\\u2029]"
_BREAK = re.compile(LINE_BREAKS)

_LANGUAGE = re.compile(r"[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*")


def _freeze(texts: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    if not isinstance(texts, Mapping):
        raise CharterTypeError.expected("a mapping of language to text", texts)
    for language in texts:
        if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
            raise CharterValueError(
                f"language {excerpt(language)} is not a language code such as 'nl' or 'fr_BE'"
            )
    pairs = tuple(sorted(texts.items()))
    if not pairs:
        raise CharterValueError("a localised text needs at least one language")
    for language, text in pairs:
        if not isinstance(text, str):
            raise CharterTypeError.expected(f"a string for language {excerpt(language)}", text)
        if not text.strip():
            raise CharterValueError(f"the {excerpt(language)} text is empty")
    return pairs


@frozen(repr=False)
class LocalizedText(Mapping[str, str]):
    """A text in one or more languages, keyed by language code (``nl``, ``fr``, ``de``, ``en``).

    It is an immutable, hashable mapping. Building it checks that every language code
    looks like one and that no text is empty.
    """

    _pairs: tuple[tuple[str, str], ...] = field(converter=_freeze, alias="texts")

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this text has, sorted."""
        return tuple(language for language, _ in self._pairs)

    def __getitem__(self, language: str) -> str:
        for key, text in self._pairs:
            if key == language:
                return text
        raise UnknownLanguageError.for_language(language, self.languages)

    def __iter__(self) -> Iterator[str]:
        return iter(self.languages)

    def __len__(self) -> int:
        return len(self._pairs)

    def best(self, language: str) -> str:
        """The text in *language*, else in English, else in its first language.

        For readers who should get some text rather than an error: the command's working
        English, logs. Not for a citizen's document, which is in one language:
        :func:`charter.render` refuses a text that lacks it, or takes it from the language
        its ``fallback=`` names and says so.

        >>> LocalizedText({"nl": "Onthaal", "en": "Reception"}).best("fr")
        'Reception'
        """
        for wanted in (language, "en"):
            for key, text in self._pairs:
                if key == wanted:
                    return text
        return self._pairs[0][1]

    def joined(self, other: LocalizedText) -> LocalizedText:
        """Both texts, ``"; "``-separated per language (two holidays on one date).

        A language only one of them has keeps that one's text; equal texts stay single.

        >>> a = LocalizedText({"en": "Labour Day", "nl": "Dag van de Arbeid"})
        >>> a.joined(LocalizedText({"en": "Ascension Day"}))["en"]
        'Labour Day; Ascension Day'
        """
        texts = dict(self._pairs)
        for language, text in other._pairs:
            mine = texts.get(language)
            texts[language] = text if mine is None or mine == text else f"{mine}; {text}"
        return LocalizedText(texts)

    def __repr__(self) -> str:
        return f"LocalizedText({dict(self._pairs)!r})"

    def __str__(self) -> str:
        return " / ".join(text for _, text in self._pairs)


#: What a parameter that takes a text accepts: a plain string is taken as English.
TextLike: TypeAlias = LocalizedText | Mapping[str, str] | str


def to_text(value: TextLike) -> LocalizedText:
    """Convert *value* to a :class:`LocalizedText`; a plain string is English.

    >>> to_text("Annual closure")["en"]
    'Annual closure'
    """
    if isinstance(value, LocalizedText):
        return value
    if isinstance(value, str):
        return LocalizedText({"en": value})
    return LocalizedText(value)


def one_line(text: str) -> str:
    """*text*, refused if it holds a line break: a name, a title, a street is one line."""
    found = _BREAK.search(text)
    if found is not None:
        raise CharterValueError(
            f"{excerpt(text)} holds a line break at position {found.start()}: a name is one line"
        )
    return text


def to_line(value: TextLike) -> LocalizedText:
    r"""*value* as :func:`to_text` converts it, each of its texts one line (:func:`one_line`).

    >>> try:
    ...     to_line({"nl": "Onthaal", "en": "Reception\n# Hacked"})
    ... except CharterValueError as error:
    ...     print(error)
    'Reception\n# Hacked' holds a line break at position 9: a name is one line
    """
    text = to_text(value)
    for language in text.languages:
        one_line(text[language])
    return text


def to_optional_line(value: TextLike | None) -> LocalizedText | None:
    """:func:`to_line`, and None for None."""
    return None if value is None else to_line(value)
