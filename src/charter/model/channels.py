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

from collections.abc import Iterable
from enum import Enum

from attrs import field, frozen

from charter._checks import (
    check_id,
    check_instance,
    check_list,
    check_optional_instance,
    matching,
    to_member,
)
from charter.errors import CharterValidationError, Issue, excerpt
from charter.hours.model import OpeningHours
from charter.model.contact import Contact
from charter.text import LocalizedText, TextLike, to_line, to_optional_line, to_text

__all__ = ["Appointment", "Channel", "ChannelKind", "PaymentMethod"]

# check_id lives in charter._checks (the id rule is not the channels'); it stays
# importable from here for one release.


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
    FAX = "fax"
    """A fax number (the contact's ``phone``)."""
    SOCIAL_MEDIA = "social_media"
    """A page on a social network where the service answers messages (the contact's ``url``)."""


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
    CHEQUE = "cheque"
    DIRECT_DEBIT = "direct_debit"


def _texts(values: Iterable[TextLike]) -> tuple[LocalizedText, ...]:
    return tuple(to_text(value) for value in check_list(values, "texts"))


#: What a channel's language is: an ISO 639 code such as ``nl`` (any, not only the charter's).
LANGUAGE_CODE = r"[a-z]{2,3}"


def _languages(values: Iterable[str]) -> tuple[str, ...]:
    message = "{value} is not a language code such as 'nl'"
    return tuple(matching(v, LANGUAGE_CODE, message) for v in check_list(values, "language codes"))


def _payments(values: Iterable[PaymentMethod | str]) -> tuple[PaymentMethod, ...]:
    return tuple(
        to_member(PaymentMethod, value, "a payment method:")
        for value in check_list(values, "payment methods")
    )


def _kind(value: ChannelKind | str) -> ChannelKind:
    return to_member(ChannelKind, value, "a kind of channel:")


def _appointment(value: Appointment | str) -> Appointment:
    return to_member(Appointment, value, "an appointment policy:")


def _contact(value: Contact) -> Contact:
    return check_instance(value, Contact, "a Contact")


def _hours(value: OpeningHours | None) -> OpeningHours | None:
    what = "OpeningHours (OpeningHours.from_osm reads an opening_hours string)"
    return check_optional_instance(value, OpeningHours, what)


@frozen(kw_only=True)
class Channel:
    """A channel: its kind, contact details, opening hours, languages and policies."""

    id: str = field(converter=check_id)
    kind: ChannelKind = field(converter=_kind)
    name: LocalizedText = field(converter=to_line)
    contact: Contact = field(factory=Contact, converter=_contact)
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
