r"""The library's own phrases and Babel's formats, in one locale.

Babel formats every date, list and number (CLDR); the phrases CLDR does not have —
weekday ranges, the Belgian way of writing times, the sentences of an explanation — are
the library's own messages, in a gettext catalogue (``locale/<language>/LC_MESSAGES/
charter.po``; English is the source). See the README for updating the catalogue.

>>> m = Messages("nl_BE")
>>> m.clock(9 * 60), m.clock(13 * 60 + 30), Messages("fr_BE").clock(13 * 60 + 30)
('9.00', '13.30', '13\xa0h\xa030')
>>> m.count(5), m.count(30), m.list(["Bancontact", "cash"], style="or")
('vijf', '30', 'Bancontact of cash')

Every message has a note for its translators in the catalogue (a ``# Translators:``
comment right above it here, extracted with ``pybabel extract -c Translators:``).
"""

from __future__ import annotations

import gettext
import io
import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from typing import Literal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal, format_percent

from charter.errors import CharterTypeError, UnknownLanguageError
from charter.text import LANGUAGES, Register, to_register

__all__ = [
    "DOMAIN",
    "INFORMAL_DOMAIN",
    "NN_",
    "NPN_",
    "NP_",
    "N_",
    "Messages",
    "translations",
]

#: The catalogue's gettext domain.
DOMAIN = "charter"
#: The catalogue of the informal register: the messages that address the reader, said
#: informally (je, tu, du); every other message is the formal catalogue's.
INFORMAL_DOMAIN = "charter-informal"
_ELISION = re.compile(r"\b(d)e (?=[aeiouyàâéèêîôû])", re.IGNORECASE)


def N_(message: str) -> str:  # noqa: N802 - gettext's name for a marker
    """Mark *message* for the catalogue where it is looked up later (by ``gettext``)."""
    return message


def NP_(context: str, message: str) -> tuple[str, str]:  # noqa: N802
    """Mark *message* in a *context* for the catalogue (looked up later by ``pgettext``)."""
    return context, message


def NN_(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802
    """Mark a singular and plural pair for the catalogue (looked up later by ``ngettext``)."""
    return singular, plural


def NPN_(context: str, singular: str, plural: str) -> tuple[str, str, str]:  # noqa: N802
    """Mark a pair in a *context* (a grammatical case, say) for ``npgettext``."""
    return context, singular, plural


#: The sign languages a Belgian channel may serve in, which CLDR does not name.
_SIGN_LANGUAGES = {
    # Translators: a language's name, in the list of the languages a channel serves in
    # (ISO 639-3 vgt: "Vlaamse Gebarentaal", "langue des signes flamande", "Flämische
    # Gebärdensprache"); lower case where the language writes language names so.
    "vgt": N_("Flemish Sign Language"),
    # Translators: a language's name, in the list of the languages a channel serves in
    # (ISO 639-3 sfb, LSFB: "Frans-Belgische Gebarentaal", "langue des signes de
    # Belgique francophone").
    "sfb": N_("French Belgian Sign Language"),
    # Translators: a language's name, in the list of the languages a channel serves in
    # (ISO 639-3 gsg, DGS, used in the German-speaking Community: "Duitse Gebarentaal",
    # "langue des signes allemande", "Deutsche Gebärdensprache").
    "gsg": N_("German Sign Language"),
}

#: One to twelve, as running text writes a count (one is said by each phrase's own
#: singular, in its gender and case: "een maand", "d'une semaine", "eines Monats").
_NUMBERS = {
    # Translators: a count in running text ("within two working days"); 2 to 12 are words.
    2: N_("two"),
    # Translators: a count in running text ("within three working days").
    3: N_("three"),
    # Translators: a count in running text ("within four working hours").
    4: N_("four"),
    # Translators: a count in running text ("within five working days").
    5: N_("five"),
    # Translators: a count in running text ("within six months").
    6: N_("six"),
    # Translators: a count in running text ("within seven days").
    7: N_("seven"),
    # Translators: a count in running text ("within eight days").
    8: N_("eight"),
    # Translators: a count in running text ("within nine days").
    9: N_("nine"),
    # Translators: a count in running text ("within ten calendar days").
    10: N_("ten"),
    # Translators: a count in running text ("within eleven days").
    11: N_("eleven"),
    # Translators: a count in running text ("within twelve months").
    12: N_("twelve"),
}


@lru_cache(maxsize=2 * len(LANGUAGES))
def translations(language: str, register: Register = Register.FORMAL) -> gettext.NullTranslations:
    """The catalogue of *language* in *register* (English needs none); read once, kept.

    The ``.po`` files are the package data; they are compiled in memory, so no generated
    ``.mo`` file is kept in the repository. The informal register's catalogue holds only
    the messages that address the reader, and falls back to the formal one.
    """
    if language == "en":
        return gettext.NullTranslations()
    if register is Register.FORMAL:
        return _compiled(language, DOMAIN)
    informal = _compiled(language, INFORMAL_DOMAIN)
    informal.add_fallback(translations(language))
    return informal


def _compiled(language: str, domain: str) -> gettext.GNUTranslations:
    path = resources.files(__package__).joinpath(f"locale/{language}/LC_MESSAGES/{domain}.po")
    with path.open("rb") as file:
        catalog = read_po(file, locale=language, domain=domain)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


class Messages:
    """Phrases and formats for *locale* (``"nl_BE"``, ``"fr_BE"``, ``"de_BE"``, ``"en"``).

    *register*: how the sentences address the reader, formally (the default: u, vous,
    Sie) or informally (je, tu, du).
    """

    __slots__ = ("_translations", "language", "locale", "register")

    def __init__(self, locale: str, register: Register | str = Register.FORMAL) -> None:
        if not isinstance(locale, str):
            raise CharterTypeError.expected("a locale such as 'nl_BE'", locale)
        try:
            self.locale = Locale.parse(locale.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            raise UnknownLanguageError(f"{locale!r} is not a locale such as 'nl_BE'") from None
        self.language = self.locale.language
        if self.language not in LANGUAGES:
            raise UnknownLanguageError.for_language(self.language, LANGUAGES)
        self.register = to_register(register)
        self._translations = translations(self.language, self.register)

    def gettext(self, message: str) -> str:
        """*message* in the locale's language."""
        return self._translations.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        """*singular* or *plural* for *n*, by the language's plural rules."""
        return self._translations.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        """*message* in a *context*: one English text that other languages write otherwise."""
        return self._translations.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        """:meth:`ngettext` in a *context*: German puts a period after "within" in the dative."""
        return self._translations.npgettext(context, singular, plural, n)

    def count(self, n: int) -> str:
        """*n* as running text writes a count: two to twelve in words, others in digits.

        One is not here: each phrase says it in its own singular, with its gender and case.
        """
        if n in _NUMBERS:
            return self.gettext(_NUMBERS[n])
        return str(format_decimal(n, locale=self.locale))

    def full_date(self, d: date) -> str:
        """A date in full: ``zaterdag 26 december 2026``."""
        # Translators: a CLDR date pattern, "Saturday 26 December 2026".
        return self._format(d, N_("EEEE d MMMM y"))

    def weekday_date(self, d: date) -> str:
        """A weekday, day and month: ``maandag 28 december``."""
        # Translators: a CLDR date pattern, "Monday 28 December".
        return self._format(d, N_("EEEE d MMMM"))

    def day_month(self, d: date) -> str:
        """A day and month: ``1 januari``."""
        # Translators: a CLDR date pattern, "1 January".
        return self._format(d, N_("d MMMM"))

    def day_month_year(self, d: date) -> str:
        """A day, month and year without the weekday: ``24 december 2027``."""
        # Translators: a CLDR date pattern, "24 December 2027".
        return self._format(d, N_("d MMMM y"))

    def day_of_month(self, d: date) -> str:
        """The day of the month alone, as it stands before a month: ``24``, ``1er``, ``24.``."""
        # Translators: a CLDR date pattern, the day alone before a month: "24" in "24 and
        # 31 December" (German "24.").
        return self._format(d, N_("d"))

    def _format(self, d: date, pattern: str, *, translated: bool = False) -> str:
        """*d* by the language's CLDR *pattern* (the catalogue's); French writes ``1er``."""
        found = pattern if translated else self.gettext(pattern)
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

    def list(self, items: Sequence[str], *, style: Literal["standard", "or"] = "standard") -> str:
        """*items* as a list in the language: ``a, b en c``; ``style="or"``: ``a, b of c``."""
        return str(format_list(list(items), style=style, locale=self.locale)) if items else ""

    def date_list(
        self,
        days: Sequence[date],
        patterns: tuple[tuple[str, str], tuple[str, str]] | None = None,
        *,
        years: bool = False,
    ) -> str:
        """Days in the order given, each month said once: ``24, 31 december en 2 januari``.

        *patterns*: a day alone and a day with its month, as the sentence the list stands
        in writes them (:func:`NP_` pairs; German gives each day its article: ``der 28. und
        der 29. Dezember``). By default ``d`` and ``d MMMM``. *years*: with the year, said
        once for the days of one year (``24 en 31 december 2026``).
        """
        names: list[str] = []
        for index, day in enumerate(days):
            following = days[index + 1] if index + 1 < len(days) else None
            same_year = following is not None and following.year == day.year
            same_month = same_year and following is not None and following.month == day.month
            if patterns is not None:
                pattern = self.pgettext(*patterns[0 if same_month else 1])
                names.append(self._format(day, pattern, translated=True))
            elif same_month:
                names.append(self.day_of_month(day))
            elif same_year or not years:
                names.append(self.day_month(day))
            else:
                names.append(self.day_month_year(day))
        return self.list(names)

    def month_year(self, d: date) -> str:
        """A month and its year: ``juli 2026``."""
        # Translators: a CLDR date pattern, a month and its year: "July 2026".
        return self._format(d, N_("MMMM y"))

    def moment(self, d: date, minutes: int, *, year: bool = False) -> str:
        """A day and a time of it: ``woensdag 23 december om 14.30 uur``; *year*: with it."""
        day = self.full_date(d) if year else self.weekday_date(d)
        # Translators: a day and a time on it, "Wednesday 23 December at 14:30"; {time} is
        # "14.30" (Dutch adds "uur", German "Uhr").
        return self.gettext("{date} at {time}").format(date=day, time=self.clock(minutes))

    def percent(self, share: Fraction) -> str:
        """A share as a percentage: ``90 %``, ``87,5 %``; English ``87.5%``.

        English takes its numbers from plain English: Belgian English (``en_BE``) in CLDR
        writes a decimal comma, which an English reader takes for a thousands separator.
        """
        exact = Decimal(share.numerator) / Decimal(share.denominator)
        locale = Locale("en") if self.language == "en" else self.locale
        return str(format_percent(exact, locale=locale, decimal_quantization=False))

    def euro(self, amount: Decimal) -> str:
        """An amount in euro: ``€ 20,00`` (Dutch), ``20,00 €`` (French, German)."""
        locale = Locale("en") if self.language == "en" else self.locale
        return str(format_currency(amount, "EUR", locale=locale))

    def language_name(self, code: str) -> str:
        """The name of language *code* in this language: ``Nederlands``, ``néerlandais``.

        Belgium's sign languages (``vgt``, ``sfb``, ``gsg``), which CLDR does not name, are
        named by the catalogue; a language CLDR names but has no locale for is named from
        this language's list; one it does not name at all is its code.
        """
        if code in _SIGN_LANGUAGES:
            return self.gettext(_SIGN_LANGUAGES[code])
        try:
            return str(Locale.parse(code).get_display_name(self.locale))
        except (UnknownLocaleError, ValueError):
            return str(self.locale.languages.get(code, code))

    def clock(self, minutes: int) -> str:
        """A time of day, *minutes* after midnight, as the language writes it (9.00, 9 h)."""
        hour, minute = divmod(minutes, 60)
        if minute == 0:
            # Translators: a time on the hour, "9.00" (the phrases around it add "uur" or
            # "Uhr"); French "9 h", with no-break spaces so that it never breaks.
            return self.gettext("{hour}:00").format(hour=hour)
        # Translators: a time, "9.30"; French "9 h 30", with no-break spaces.
        return self.gettext("{hour}:{minute}").format(hour=hour, minute=f"{minute:02d}")
