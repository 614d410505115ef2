"""Contact details and the organisation: values checked when they are built.

>>> EnterpriseNumber.parse("BE 0123.456.749")
EnterpriseNumber('0123.456.749')
>>> PhoneNumber.parse("+32 2 123 45 67").e164
'+3221234567'

A street, a city and the organisation's website are the same in every language or one per
language:
a Brussels address is ``Voorbeeldstraat 1, 1000 Brussel`` to a Dutch reader and ``Rue de
l'Exemple 1, 1000 Bruxelles`` to a French one.

>>> address = PostalAddress(
...     street={"nl": "Voorbeeldstraat 1", "fr": "Rue de l'Exemple 1"},
...     postal_code="1000",
...     city={"nl": "Brussel", "fr": "Bruxelles"},
... )
>>> address.city["fr"]
'Bruxelles'
>>> PostalAddress(street="Dorpsplein 1", postal_code="1083", city="Ganshoren").city
'Ganshoren'
>>> site = Organisation(name="x", website={"nl": "https://e.be/nl", "fr": "https://e.be/fr"})
>>> site.website["fr"]
Url('https://e.be/fr')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from enum import Enum
from typing import Self, TypeAlias, TypeVar

from attrs import field, frozen

from charter._checks import check_items, check_optional_instance, matching, to_member
from charter.errors import CharterTypeError, CharterValueError, UnknownLanguageError, excerpt
from charter.text import LocalizedText, TextLike, one_line, to_line

__all__ = [
    "Contact",
    "Email",
    "EnterpriseNumber",
    "LocalizedUrl",
    "Organisation",
    "PhoneNumber",
    "PhoneRate",
    "PostalAddress",
    "Telephone",
    "Url",
]


def _string(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise CharterTypeError.expected(what, value)
    return value


#: The white space a written value may have around it and between its parts: ASCII's, as
#: the JSON Schema says (no-break and other Unicode spaces are refused).
SPACE = " \t\n\r\f\v"

_ENTERPRISE = re.compile(r"(BE|be)?\s?[01]\d{3}[.\s]?\d{3}[.\s]?\d{3}", re.ASCII)


@frozen(repr=False)
class EnterpriseNumber:
    """A Belgian enterprise number (KBO/BCE), its last two digits a mod-97 check.

    Written ``0123.456.749``; read with or without dots, spaces and the ``BE`` prefix.
    """

    value: str

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read ``0123.456.749``, ``0123456749`` or ``BE 0123 456 749``."""
        written = _string(text, "an enterprise number").strip(SPACE)
        if not _ENTERPRISE.fullmatch(written):
            raise CharterValueError(
                f"{excerpt(text)} is not an enterprise number: 10 digits starting with 0 or 1, "
                "written 0123.456.749 or 0123456749"
            )
        digits = re.sub(r"\D", "", written)
        if not re.fullmatch(r"[01]\d{9}", digits, flags=re.ASCII):
            raise CharterValueError(
                f"{excerpt(text)} is not an enterprise number: 10 digits starting with 0 or 1"
            )
        if 97 - int(digits[:8]) % 97 != int(digits[8:]):
            raise CharterValueError(
                f"{excerpt(text)} is not an enterprise number: wrong check digits"
            )
        return cls(f"{digits[:4]}.{digits[4:7]}.{digits[7:]}")

    def __str__(self) -> str:
        return self.value

    def __repr__(self) -> str:
        return f"EnterpriseNumber({self.value!r})"


@frozen(repr=False)
class PhoneNumber:
    """A telephone number, kept as written: international, Belgian national, or short.

    - international: ``+32 2 123 45 67`` (E.164: 8-15 digits);
    - Belgian national, with the trunk 0: ``02 123 45 67``, ``0800 12 345``,
      ``0470 12 34 56`` (a number without a country code is read as Belgian: its E.164
      form is ``+32`` and the digits after the 0);
    - a Belgian short number of four digits starting with 1: ``1700``, which has no
      international form (``e164`` is None; it is dialled as written).

    >>> PhoneNumber.parse("0800 12 345").e164
    '+3280012345'
    >>> PhoneNumber.parse("1700").dial
    '1700'
    """

    text: str
    e164: str | None

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read a number written with digits, spaces and ``+`` (see the class)."""
        if "(0)" in _string(text, "a telephone number"):
            raise CharterValueError(
                f"{excerpt(text)}: write the number without the trunk '(0)', "
                "such as '+32 2 123 45 67'"
            )
        compact = re.sub(r"[ \t\n\r\f\v./()-]", "", text)
        shown = " ".join(text.split())
        if compact.startswith("+320"):
            raise CharterValueError(
                f"{excerpt(text)}: write a Belgian number after +32 without its trunk 0, "
                "such as '+32 2 123 45 67'"
            )
        if re.fullmatch(r"\+[1-9][0-9]{7,14}", compact, flags=re.ASCII):
            return cls(shown, compact)
        if re.fullmatch(r"0[1-9][0-9]{7,8}", compact, flags=re.ASCII):
            return cls(shown, "+32" + compact[1:])
        if re.fullmatch(r"1[0-9]{3}", compact, flags=re.ASCII):
            return cls(shown, None)
        raise CharterValueError(
            f"{excerpt(text)} is not a telephone number: write it in international form "
            "('+32 2 123 45 67'), in Belgian national form ('02 123 45 67') or as a Belgian "
            "short number ('1700')"
        )

    @property
    def dial(self) -> str:
        """What a ``tel:`` link dials: the E.164 form, or a short number's digits."""
        return self.e164 if self.e164 is not None else re.sub(r"[^0-9]", "", self.text)

    def __repr__(self) -> str:
        return f"PhoneNumber({self.text!r})"


_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
#: The shape of an e-mail address and of an https address; the JSON schema uses them too.
EMAIL_PATTERN = rf"[A-Za-z0-9.!#$%&'*+/=?^_`{{|}}~-]+@(?:{_LABEL}\.)+[A-Za-z]{{2,}}"
#: A port, 1 to 65535, without leading zeros.
_PORT = "(?:[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])"
#: A character of a path: not a space, a control character, nor a bidi control.
_PATH = "[^\\x00-\\x20\\x7f-\\x9f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]"
URL_PATTERN = rf"https://{_LABEL}(?:\.{_LABEL})+(?::{_PORT})?(?:/{_PATH}*)?"
_EMAIL = re.compile(EMAIL_PATTERN, re.ASCII)


@frozen(repr=False)
class Email:
    """An e-mail address, ``info@example.be``."""

    address: str

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read an address (no display name, no spaces)."""
        if not _EMAIL.fullmatch(_string(text, "an e-mail address").strip(SPACE)):
            raise CharterValueError(
                f"{excerpt(text)} is not an e-mail address such as 'info@example.be'"
            )
        return cls(text.strip(SPACE))

    def __repr__(self) -> str:
        return f"Email({self.address!r})"


_URL = re.compile(URL_PATTERN, re.ASCII)


@frozen(repr=False)
class Url:
    """An ``https://`` address."""

    address: str

    @classmethod
    def parse(cls, text: str) -> Self:
        """Read an https URL (plain http is refused: a public service serves https)."""
        if not _URL.fullmatch(_string(text, "a web address").strip(SPACE)):
            raise CharterValueError(
                f"{excerpt(text)} is not an https address such as 'https://example.be'"
            )
        return cls(text.strip(SPACE))

    def __repr__(self) -> str:
        return f"Url({self.address!r})"


def _url_pairs(value: Mapping[str, Url | str]) -> tuple[tuple[str, Url], ...]:
    if not isinstance(value, Mapping):
        raise CharterTypeError.expected("a mapping of language to https address", value)
    # A LocalizedText checks the language codes and that no address is empty.
    written = LocalizedText(
        {language: url.address if isinstance(url, Url) else url for language, url in value.items()}
    )
    return tuple((language, Url.parse(written[language])) for language in written.languages)


@frozen(repr=False)
class LocalizedUrl(Mapping[str, Url]):
    """One https address per language (a site with a page per language), keyed like a text.

    Where the address is the same in every language, a :class:`Url` is written instead.
    """

    _pairs: tuple[tuple[str, Url], ...] = field(converter=_url_pairs, alias="addresses")

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages this address has, sorted."""
        return tuple(language for language, _ in self._pairs)

    def __getitem__(self, language: str) -> Url:
        for key, url in self._pairs:
            if key == language:
                return url
        raise UnknownLanguageError.for_language(language, self.languages)

    def __iter__(self) -> Iterator[str]:
        return iter(self.languages)

    def __len__(self) -> int:
        return len(self._pairs)

    def __repr__(self) -> str:
        return f"LocalizedUrl({ {language: url.address for language, url in self._pairs}!r})"


#: A web address: the same in every language (:class:`Url`), or one per language.
WebAddress: TypeAlias = Url | LocalizedUrl


def _nonempty(value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise CharterValueError(f"expected a non-empty text, got {excerpt(value)}")
    return one_line(value).strip()


#: What a country is: an ISO 3166 alpha-2 code.
COUNTRY_CODE = r"[A-Z]{2}"


def _country(value: str) -> str:
    return matching(value, COUNTRY_CODE, "country {value} is not an ISO 3166 code such as 'BE'")


#: A street or a city: one text for every language (a plain string), or one per language.
Place: TypeAlias = str | LocalizedText


def _place(value: TextLike) -> Place:
    """A plain string is the same in every language; a mapping gives one line per language."""
    if isinstance(value, str):
        return _nonempty(value)
    if not isinstance(value, Mapping):
        raise CharterTypeError.expected("a text or {'nl': ..., 'fr': ...}", value)
    return to_line(value)


@frozen(kw_only=True)
class PostalAddress:
    """A postal address; ``country`` is an ISO 3166 alpha-2 code.

    ``street`` and ``city`` are a plain string, the same in every language, or a text per
    language (``{"nl": "Brussel", "fr": "Bruxelles", "de": "Brüssel"}``): documents for
    people write them in the reader's language.
    """

    street: Place = field(converter=_place)
    postal_code: str = field(converter=_nonempty)
    city: Place = field(converter=_place)
    country: str = field(default="BE", converter=_country)


_Parsed = TypeVar("_Parsed", "PhoneNumber", "Email", "Url", "EnterpriseNumber")


def _parsed(value: object, kind: type[_Parsed], what: str) -> _Parsed | None:
    """None, an instance of *kind*, or its text (read by ``kind.parse``)."""
    if value is None or isinstance(value, kind):
        return value
    if isinstance(value, str):
        return kind.parse(value)
    raise CharterTypeError.expected(what, value)


def _phone(value: PhoneNumber | str | None) -> PhoneNumber | None:
    return _parsed(value, PhoneNumber, "a telephone number")


def _email(value: Email | str | None) -> Email | None:
    return _parsed(value, Email, "an e-mail address")


def _url(value: Url | str | None) -> Url | None:
    return _parsed(value, Url, "an https address")


def _website(value: WebAddress | Mapping[str, Url | str] | str | None) -> WebAddress | None:
    """None, a :class:`Url` (or its text), or one address per language."""
    if isinstance(value, LocalizedUrl):
        return value
    if isinstance(value, Mapping):
        return LocalizedUrl(value)
    return _parsed(value, Url, "an https address or {'nl': ..., 'fr': ...}")


def _address(value: PostalAddress | None) -> PostalAddress | None:
    return check_optional_instance(value, PostalAddress, "a PostalAddress")


class PhoneRate(Enum):
    """What a call costs the caller."""

    FREE = "free"
    """Free of charge (a Belgian 0800 number)."""
    NORMAL = "normal"
    """The caller's normal rate."""
    PAID = "paid"
    """A number charged above the normal rate (070, 078, 090x in Belgium)."""


def _rate(value: PhoneRate | str | None) -> PhoneRate | None:
    return None if value is None else to_member(PhoneRate, value, "a telephone rate:")


def _required_phone(value: PhoneNumber | str) -> PhoneNumber:
    found = _phone(value)
    if found is None:
        raise CharterTypeError.expected("a telephone number", value)
    return found


def _optional_label(value: TextLike | None) -> LocalizedText | None:
    return None if value is None else to_line(value)


@frozen(kw_only=True)
class Telephone:
    """Another number of a channel: what it is for, and what a call costs."""

    number: PhoneNumber = field(converter=_required_phone)
    label: LocalizedText | None = field(default=None, converter=_optional_label)
    rate: PhoneRate | None = field(default=None, converter=_rate)


def _phones(values: Iterable[Telephone]) -> tuple[Telephone, ...]:
    return check_items(values, Telephone, "a Telephone")


@frozen(kw_only=True)
class Contact:
    """How a channel is reached; each part optional, each checked.

    Attributes:
        phone: the channel's telephone number.
        phone_rate: what a call to ``phone`` costs (free, normal rate, paid).
        phones: more numbers, each with what it is for and its rate (a short number,
            a line for companies).
        email: the e-mail address.
        url: the https address (of a web form, a chat, the website).
        address: the postal address.
    """

    phone: PhoneNumber | None = field(default=None, converter=_phone)
    phone_rate: PhoneRate | None = field(default=None, converter=_rate)
    phones: tuple[Telephone, ...] = field(default=(), converter=_phones)
    email: Email | None = field(default=None, converter=_email)
    url: Url | None = field(default=None, converter=_url)
    address: PostalAddress | None = field(default=None, converter=_address)

    def __attrs_post_init__(self) -> None:
        if self.phone_rate is not None and self.phone is None:
            raise CharterValueError("phone_rate is the rate of phone, and there is no phone")


def _enterprise(value: EnterpriseNumber | str | None) -> EnterpriseNumber | None:
    return _parsed(value, EnterpriseNumber, "an enterprise number")


@frozen(kw_only=True)
class Organisation:
    """The public service: its name in each language, its enterprise number, its website."""

    name: LocalizedText = field(converter=to_line)
    enterprise_number: EnterpriseNumber | None = field(default=None, converter=_enterprise)
    website: WebAddress | None = field(default=None, converter=_website)
