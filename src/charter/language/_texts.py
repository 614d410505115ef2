"""A document's texts in its one language: none taken silently from another.

A citizen reads a document in one language (docs/language.md#one-language-per-document).
:class:`Texts` hands out each text of the data in that language; a text that lacks it is
taken from the *fallback* language, if one was given, and noted, or else noted as missing.
When the document is built, :meth:`Texts.check` refuses it if anything is missing, naming
every text at once (:class:`~charter.errors.MissingTextError`).

>>> from charter.text import LocalizedText
>>> texts = Texts("fr", fallback="nl")
>>> texts.say(LocalizedText({"nl": "Loket", "fr": "Guichet"}), "channels[desk].name")
'Guichet'
>>> texts.say(LocalizedText({"nl": "Breng uw identiteitskaart mee"}), "duties[0].text")
'Breng uw identiteitskaart mee'
>>> texts.fell_back
['duties[0].text']
"""

from __future__ import annotations

from collections.abc import Iterable

from charter.errors import MissingTextError, UnknownLanguageError
from charter.model.contact import LocalizedUrl, Url
from charter.text import LANGUAGES, LocalizedText

__all__ = ["Scope", "Texts", "check_fallback"]


def check_fallback(fallback: str | None) -> str | None:
    """*fallback* if it is None or one of :data:`~charter.text.LANGUAGES`."""
    if fallback is not None and fallback not in LANGUAGES:
        raise UnknownLanguageError(
            f"fallback {fallback!r} is not a language code: one of {', '.join(LANGUAGES)}"
        )
    return fallback


class Texts:
    """The texts of one document in *language*, with *fallback* for those that lack it."""

    __slots__ = ("fallback", "fell_back", "language", "missing")

    def __init__(self, language: str, fallback: str | None = None) -> None:
        self.language = language
        self.fallback = check_fallback(fallback)
        #: Where a text was taken from the fallback language.
        self.fell_back: list[str] = []
        #: Where a text has neither the language nor the fallback.
        self.missing: list[str] = []

    def say(self, text: LocalizedText | str | None, path: str) -> str:
        """*text* in the language (a plain string is the same in every language)."""
        return self.pick(text, path)[0]

    def pick(self, text: LocalizedText | str | None, path: str) -> tuple[str, str | None]:
        """*text* in the language, and the fallback language if it was taken from it.

        A text missing in both is ``""`` (and noted: :meth:`check` refuses the document).
        """
        if text is None or isinstance(text, str):
            return text or "", None
        if self.language in text:
            return text[self.language], None
        if self.fallback is not None and self.fallback in text:
            if path not in self.fell_back:  # a text said twice (a channel's name) is one
                self.fell_back.append(path)
            return text[self.fallback], self.fallback
        if path not in self.missing:
            self.missing.append(path)
        return "", None

    def url(self, address: Url | LocalizedUrl, path: str) -> str:
        """A web address in the language: the same for all, or the language's own."""
        if isinstance(address, Url):
            return address.address
        texts = LocalizedText({language: url.address for language, url in address.items()})
        return self.say(texts, path)

    def check(self, written_in: Iterable[str] | None = None) -> None:
        """Refuse the document if a text is missing (or it is not in *written_in*).

        A charter *written_in* other languages is refused unless a fallback was given.
        """
        languages = None if written_in is None else tuple(written_in)
        foreign = languages is not None and self.language not in languages
        if self.missing or (foreign and self.fallback is None):
            raise MissingTextError.for_texts(
                self.language,
                self.missing,
                fallback=self.fallback,
                written_in=languages if foreign else None,
            )


class Scope:
    """A part of a document's data: its *texts*, at *path* (``channels[desk].hours.``).

    *mark*: a text taken from the fallback language says which language it is in (words
    standing alone); a document says it once instead.
    """

    __slots__ = ("mark", "path", "texts")

    def __init__(self, texts: Texts, path: str = "", *, mark: bool = True) -> None:
        self.texts, self.path, self.mark = texts, path, mark

    def pick(self, text: LocalizedText | None, path: str) -> tuple[str, str | None]:
        """:meth:`Texts.pick`, at *path* within this part; the language only if marked."""
        found, language = self.texts.pick(text, self.path + path)
        return found, language if self.mark else None
