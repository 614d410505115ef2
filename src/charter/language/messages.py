"""The library's own phrases and Babel's formats, in one locale.

Babel formats every date, list and number (CLDR); the phrases CLDR does not have —
weekday ranges, the Belgian way of writing times, the sentences of an explanation — are
the library's own messages, in a gettext catalogue (``locale/<language>/LC_MESSAGES/
charter.po``; English is the source). See the README for updating the catalogue.

>>> m = Messages("nl_BE")
>>> m.clock(9 * 60), m.clock(13 * 60 + 30), Messages("fr_BE").clock(13 * 60 + 30)
('9.00', '13.30', '13 h 30')
"""

from __future__ import annotations

import gettext
import io
import re
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_percent

from charter.errors import CharterTypeError, UnknownLanguageError
from charter.text import LANGUAGES

__all__ = ["DOMAIN", "NN_", "NPN_", "N_", "Messages", "translations"]

#: The catalogue's gettext domain.
DOMAIN = "charter"
_ELISION = re.compile(r"\b(d)e (?=[aeiouyàâéèêîôû])", re.IGNORECASE)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for a marker
    """Mark *message* for the catalogue where it is looked up later (by ``gettext``)."""
    return message


def NN_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """Mark a singular and plural pair for the catalogue (looked up later by ``ngettext``)."""
    return singular, plural


def NPN_(context: str, singular: str, plural: str) -> tuple[str, str, str]:  # noqa: N802
    """Mark a pair in a *context* (a grammatical case, say) for ``npgettext``."""
    return context, singular, plural


@lru_cache(maxsize=len(LANGUAGES))
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of *language* (English, the source, needs none); read once, kept.

    The ``.po`` files are the package data; they are compiled in memory, so no generated
    ``.mo`` file is kept in the repository.
    """
    if language == "en":
        return gettext.NullTranslations()
    path = resources.files(__package__).joinpath(f"locale/{language}/LC_MESSAGES/{DOMAIN}.po")
    with path.open("rb") as file:
        catalog = read_po(file, locale=language, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


class Messages:
    """Phrases and formats for *locale* (``"nl_BE"``, ``"fr_BE"``, ``"de_BE"``, ``"en"``)."""

    __slots__ = ("_translations", "language", "locale")

    def __init__(self, locale: str) -> None:
        if not isinstance(locale, str):
            raise CharterTypeError.expected("a locale such as 'nl_BE'", locale)
        try:
            self.locale = Locale.parse(locale.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            raise UnknownLanguageError(f"{locale!r} is not a locale such as 'nl_BE'") from None
        self.language = self.locale.language
        if self.language not in LANGUAGES:
            raise UnknownLanguageError.for_language(self.language, LANGUAGES)
        self._translations = translations(self.language)

    def gettext(self, message: str) -> str:
        """*message* in the locale's language."""
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """*singular* or *plural* for *n*, by the language's plural rules."""
        return self._translations.ngettext(singular, plural, n)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        """:meth:`ngettext` in a *context*: German puts a period after "within" in the dative."""
        return self._translations.npgettext(context, singular, plural, n)

    def full_date(self, d: date) -> str:
        """A date in full: ``zaterdag 26 december 2026``."""
        return self._format(d, N_("EEEE d MMMM y"))

    def weekday_date(self, d: date) -> str:
        """A weekday, day and month: ``maandag 28 december``."""
        return self._format(d, N_("EEEE d MMMM"))

    def day_month(self, d: date) -> str:
        """A day and month: ``1 januari``."""
        return self._format(d, N_("d MMMM"))

    def day_month_year(self, d: date) -> str:
        """A day, month and year without the weekday: ``24 december 2027``."""
        return self._format(d, N_("d MMMM y"))

    def day_of_month(self, d: date) -> str:
        """The day of the month alone, as it stands before a month: ``24``, ``1er``, ``24.``."""
        return self._format(d, N_("d"))

    def _format(self, d: date, pattern: str) -> str:
        """*d* by the language's CLDR *pattern* (the catalogue's); French writes ``1er``."""
        found = self.gettext(pattern)
        if self.language == "fr" and d.day == 1:
            found = "d'er'" if found == "d" else found.replace("d ", "d'er' ", 1)
        return str(format_date(d, found, locale=self.locale))

    def weekday(self, index: int) -> str:
        """The name of weekday *index* (Monday 0)."""
        return str(self.locale.days["format"]["wide"][index])

    def month(self, index: int) -> str:
        """The name of month *index* (January 1) as running text writes it: ``juli``."""
        return str(self.locale.months["format"]["wide"][index])

    def elide(self, text: str) -> str:
        """*text* with French elision of ``de`` before a vowel: ``de avril`` is ``d'avril``."""
        return _ELISION.sub(r"\1'", text) if self.language == "fr" else text

    def list(self, items: list[str]) -> str:
        """*items* as a list in the language: ``a, b en c``."""
        return str(format_list(items, locale=self.locale)) if items else ""

    def percent(self, share: Fraction) -> str:
        """A share as a percentage: ``90 %``, ``87,5 %``."""
        exact = Decimal(share.numerator) / Decimal(share.denominator)
        return str(format_percent(exact, locale=self.locale, decimal_quantization=False))

    def language_name(self, code: str) -> str:
        """The name of language *code* in this language: ``Nederlands``, ``néerlandais``."""
        return str(Locale.parse(code).get_display_name(self.locale))

    def clock(self, minutes: int) -> str:
        """A time of day, *minutes* after midnight, as the language writes it (9.00, 9 h)."""
        hour, minute = divmod(minutes, 60)
        if minute == 0:
            return self.gettext("{hour}:00").format(hour=hour)
        return self.gettext("{hour}:{minute}").format(hour=hour, minute=f"{minute:02d}")
