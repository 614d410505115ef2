"""Channels: the ways a citizen reaches the service, with their hours and policies.

>>> from charter.model.contact import Contact
>>> from charter.hours import OpeningHours
>>> phone = Channel(
...     id="contact-centre",
...     kind=ChannelKind.TELEPHONE,
...     name={"nl": "Contactcenter", "en": "Contact centre"},
...     contact=Contact(phone="+32 2 123 45 67"),
...     hours=OpeningHours.from_osm("Mo-Fr 09:00-17:00", timezone="Europe/Brussels"),
... )
>>> phone.hours.to_osm()
'Mo-Fr 09:00-17:00'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import Enum

from attrs import field, frozen

from charter._checks import check_list
from charter.errors import (
    CharterTypeError,
    CharterValidationError,
    CharterValueError,
    Issue,
    excerpt,
)
from charter.hours.model import OpeningHours
from charter.model.contact import Contact
from charter.text import LocalizedText, TextLike, to_line, to_optional_line, to_text

__all__ = ["Appointment", "Channel", "ChannelKind", "PaymentMethod", "check_id"]

_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}", re.ASCII)


def check_id(value: str) -> str:
    """An identifier: lower-case letters, digits, ``-`` and ``_``, at most 64 characters."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise CharterValueError(
            f"{excerpt(value)} is not an id: lower-case letters, digits, '-' and '_' "
            "(such as 'phone')"
        )
    return value


class ChannelKind(Enum):
    """The kinds of channel a charter describes."""

    COUNTER = "counter"
    TELEPHONE = "telephone"
    EMAIL = "email"
    WEB_FORM = "web_form"
    CHAT = "chat"
    POST = "post"
    VIDEO = "video"
    APP = "app"
    BUSINESS_COUNTER = "business_counter"
    """An *ondernemingsloket* / *guichet d'entreprises*, run by a partner."""
    WEBSITE = "website"


class Appointment(Enum):
    """Whether a visit or call needs an appointment."""

    NOT_NEEDED = "not_needed"
    POSSIBLE = "possible"
    REQUIRED = "required"


class PaymentMethod(Enum):
    """How a client can pay at a channel."""

    CASH = "cash"
    CARD = "card"
    BANCONTACT = "bancontact"
    TRANSFER = "transfer"
    ONLINE = "online"
    MOBILE = "mobile"


def _texts(values: Iterable[TextLike]) -> tuple[LocalizedText, ...]:
    return tuple(to_text(value) for value in check_list(values, "texts"))


def _languages(values: Iterable[str]) -> tuple[str, ...]:
    found = check_list(values, "language codes")
    for language in found:
        if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}", language):
            raise CharterValueError(f"{excerpt(language)} is not a language code such as 'nl'")
    return found


def _payments(values: Iterable[PaymentMethod | str]) -> tuple[PaymentMethod, ...]:
    found: list[PaymentMethod] = []
    for value in check_list(values, "payment methods"):
        try:
            found.append(value if isinstance(value, PaymentMethod) else PaymentMethod(value))
        except ValueError:
            choices = ", ".join(repr(m.value) for m in PaymentMethod)
            raise CharterValueError(
                f"{excerpt(value)} is not a payment method: {choices}"
            ) from None
    return tuple(found)


def _kind(value: ChannelKind | str) -> ChannelKind:
    try:
        return value if isinstance(value, ChannelKind) else ChannelKind(value)
    except ValueError:
        choices = ", ".join(repr(k.value) for k in ChannelKind)
        raise CharterValueError(f"{excerpt(value)} is not a kind of channel: {choices}") from None


def _appointment(value: Appointment | str) -> Appointment:
    try:
        return value if isinstance(value, Appointment) else Appointment(value)
    except ValueError:
        raise CharterValueError(f"{excerpt(value)} is not an appointment policy") from None


def _hours(value: OpeningHours | None) -> OpeningHours | None:
    if value is not None and not isinstance(value, OpeningHours):
        raise CharterTypeError.expected(
            "OpeningHours (OpeningHours.from_osm reads an opening_hours string)", value
        )
    return value


@frozen(kw_only=True)
class Channel:
    """A channel: its kind, contact details, opening hours, languages and policies."""

    id: str = field(converter=check_id)
    kind: ChannelKind = field(converter=_kind)
    name: LocalizedText = field(converter=to_line)
    contact: Contact = field(factory=Contact)
    hours: OpeningHours | None = field(default=None, converter=_hours)
    languages: tuple[str, ...] = field(default=(), converter=_languages)
    accessibility: tuple[LocalizedText, ...] = field(default=(), converter=_texts)
    appointment: Appointment = field(default=Appointment.NOT_NEEDED, converter=_appointment)
    payment_methods: tuple[PaymentMethod, ...] = field(default=(), converter=_payments)
    partner: LocalizedText | None = field(default=None, converter=to_optional_line)

    def __attrs_post_init__(self) -> None:
        if self.kind is ChannelKind.BUSINESS_COUNTER and self.partner is None:
            message = f"channel {excerpt(self.id)}: a business counter names its partner"
            raise CharterValidationError([Issue("$.partner", message)])
