"""The whole charter as a document for people: Markdown, HTML or plain text, in one language.

The sections follow a charter's elements: who we are, how to reach us (each channel with
its hours, languages, accessibility, payment methods), our promises, reachability,
referral, reuse of data we already hold, quality and complaints, what we expect of you.

>>> import charter
>>> text = render(charter.examples.load(), locale="nl_BE", format="text")
>>> print(text.splitlines()[0])
FOD Voorbeeldzaken: klantencharter
>>> "U krijgt binnen vijf werkdagen een antwoord op uw informatieve vraag." in text
True

A document is in one language: a text the charter lacks in it is not taken from another
language unless ``fallback=`` says which, and the document then says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

from attrs import evolve

from charter._checks import BAD_CHARACTERS, MINUTES_PER_DAY
from charter.calendars.base import Weekday, check_date
from charter.calendars.rules import DateSpan, EasterOffset, FixedDate, NthWeekday, YearlyRule
from charter.clock.events import Start
from charter.clock.periods import Period, Unit
from charter.errors import CharterTypeError, CharterValueError, InteropError
from charter.hours.model import OpeningHours
from charter.hours.ranges import TimeRange
from charter.language._blocks import Block as _Block
from charter.language._blocks import Items as _Items
from charter.language._blocks import Link as _Link
from charter.language._blocks import Paragraph as _Paragraph
from charter.language._blocks import Section as _Section
from charter.language._blocks import Table as _Table
from charter.language._rules import easter_day, ordinal, weekday_names
from charter.language._texts import Scope, Texts
from charter.language.deadlines import describe_period
from charter.language.hours import hours_text, week_cells
from charter.language.html import write_html
from charter.language.messages import N_, NN_, Messages
from charter.model.channels import Appointment, Channel, ChannelKind, PaymentMethod
from charter.model.charter import CalendarSpec, Charter
from charter.model.contact import PhoneNumber, PhoneRate
from charter.model.guarantees import (
    ClientDuty,
    Guarantee,
    GuaranteeKind,
    ReachabilityMetric,
    TargetPeriod,
)
from charter.text import LocalizedText

__all__ = ["Format", "render"]

#: The formats a charter renders to.
Format = Literal["markdown", "html", "text"]

# Control characters, bidi controls (which would reorder what follows them) and lone
# surrogates in user text (a charter built in Python; documents refuse them): shown, not
# obeyed.
_BAD = re.compile(BAD_CHARACTERS)
# What marks up anywhere in a line (CommonMark and GitHub's tables and strikethrough): code,
# emphasis, links and images, HTML, entities, table cells, strikethrough, the escape itself.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>&|~])")
# What marks up only at the start of a line: a list item (-, +, 1. or 1)), a heading, a
# setext underline. A phone number's + inside a line stays as it is.
_MARKDOWN_START = re.compile(r"^(\d+(?=[.)])|)([-+=#.)])")
# What closes a heading at the end of a line: a run of #.
_MARKDOWN_END = re.compile(r"(#+\s*)$")


def render(  # noqa: PLR0913 - the public API: a charter, then keywords
    c: Charter,
    *,
    locale: str = "nl_BE",
    format: Format = "markdown",  # noqa: A002 - the public API's name
    fallback: str | None = None,
    fragment: bool = False,
    today: date | None = None,
) -> str:
    """The charter *c* as a document in *locale*: ``"markdown"``, ``"html"`` or ``"text"``.

    HTML is a complete page (its language set, headings in order, the hours as tables
    with headers, the contact values as links, a stylesheet of its own, no outside
    resources); every text that comes from the charter is escaped in every format. Two
    keywords are the page's alone, which the other formats refuse: ``fragment=True`` gives
    the charter without the page around it, one ``<article class="charter">`` with its
    stylesheet, to paste into another page; ``today`` (a date) marks that weekday in the
    hours tables, where the regular week holds on it. No date, no mark: the page never
    reads the clock.

    The document is in the language of *locale* alone. If the charter is not written in
    it (:attr:`~charter.model.Charter.languages`), or a text lacks it, rendering fails
    with :class:`~charter.errors.MissingTextError`, naming every such text
    (``channels[desk].name``). *fallback*, a language code (``"en"``), takes those texts
    from that language instead, and the document says so in a sentence of its own.
    """
    if not isinstance(c, Charter):
        raise CharterTypeError.expected("a Charter", c)
    writers = {"markdown": _markdown, "text": _text}
    if format != "html" and format not in writers:
        raise CharterValueError(f"{format!r} is not a format: markdown, html or text")
    if format != "html" and (fragment is not False or today is not None):
        raise CharterValueError(
            f"fragment= and today= are for the HTML page: format={format!r} takes neither"
        )
    m = Messages(locale, c.register)
    texts = Texts(m.language, fallback)
    sections = _sections(c, m, texts)
    texts.check(written_in=c.languages)
    if texts.fell_back:
        sections[0] = _with_fallback_notice(sections[0], m, texts)
    if format == "html":
        data = _linked_data(c, today)
        return write_html(sections, m, fragment=fragment, today=today, linked_data=data)
    return writers[format](sections, m)


def _linked_data(c: Charter, today: date | None) -> dict[str, object] | None:
    """The page's schema.org JSON-LD, dated from *today* (docs/interop.md); None if unsayable."""
    from charter.interop.schema_org import to_schema_org  # noqa: PLC0415 - the page's alone

    if today is not None:
        check_date(today, "today")
    try:
        return to_schema_org(c, start=today)
    except InteropError:
        return None


# -- the content ---------------------------------------------------------------------------------


def _plain(text: str) -> str:
    """*text* on one line, its white space runs one space, its control characters shown.

    A description may hold line breaks; in a document they are spaces, as in HTML, so that
    no line of a text starts a heading, a list, a table or a fence of its own.
    """
    return _BAD.sub(lambda found: f"[U+{ord(found[0]):04X}]", " ".join(text.split()))


class _Writer:
    """What writing one document needs: its words, and the charter's texts in its language."""

    __slots__ = ("m", "texts")

    def __init__(self, m: Messages, texts: Texts) -> None:
        self.m, self.texts = m, texts

    def say(self, text: LocalizedText | str | None, path: str) -> str:
        """A charter's text (at *path*) in the document's language, made :func:`_plain`."""
        return _plain(self.texts.say(text, path))

    def sentence(self, text: LocalizedText | None, path: str) -> str:
        """:meth:`say`, ending as a sentence ends."""
        said = self.say(text, path).strip()
        return said if not said or said[-1] in ".!?" else f"{said}."


def fallback_notice(m: Messages, fallback: str) -> str:
    """The sentence that says a document's texts missing in its language are in *fallback*."""
    # Translators: said once in a document some of whose texts exist in another language
    # only; {language} is the document's language, {fallback} the other one, by their
    # names ("Nederlands", "Engels": "in het {language}"; French "en {language}"; German
    # "auf {language}").
    notice = m.gettext(
        "Some texts of this charter do not exist in {language}; they are given here in {fallback}."
    )
    return notice.format(language=m.language_name(m.language), fallback=m.language_name(fallback))


def _with_fallback_notice(first: _Section, m: Messages, texts: Texts) -> _Section:
    """The first section, with the sentence that says which texts are in another language."""
    assert texts.fallback is not None  # noqa: S101 - only a fallback falls back
    notice = fallback_notice(m, texts.fallback)
    blocks = (*first.blocks[:1], _Paragraph(notice), *first.blocks[1:])
    return evolve(first, blocks=blocks)


def _sections(c: Charter, m: Messages, texts: Texts) -> list[_Section]:
    w = _Writer(m, texts)
    name = w.say(c.organisation.name, "organisation.name")
    about: list[str | _Link] = []
    if c.organisation.enterprise_number is not None:
        # Translators: a label; the Belgian enterprise number (KBO, BCE).
        label = m.gettext("Enterprise number: {number}")
        about.append(label.format(number=c.organisation.enterprise_number))
    if c.organisation.website is not None:
        url = texts.url(c.organisation.website, "organisation.website")
        # Translators: a label; the organisation's website.
        about.append(_linked(m.gettext("Website: {url}"), "url", url, url))
    if c.valid_from is not None:
        # Translators: {date} is "1 January 2026" (French "est d'application à partir du
        # {date}", German "ab dem {date}").
        valid = m.gettext("This charter applies from {date}.")
        about.append(valid.format(date=m.day_month_year(c.valid_from)))
    # Translators: the title of the document; {organisation} is the service's name.
    title = m.gettext("{organisation}: client charter").format(organisation=name)
    # Translators: the charter's first sentence.
    intro = m.gettext(
        "In this charter you read what you can expect from us and what we expect of you."
    )
    sections = [_Section(1, title, (_Paragraph(intro), _Items(tuple(about))))]
    # Translators: a heading.
    sections.append(_Section(2, m.gettext("How to reach us"), ()))
    sections.extend(_channel(channel, w) for channel in c.channels)
    sections.append(_promises(c, w))
    sections.extend(_days_closed(c, w))
    if c.reachability:
        sections.append(_reachability(c, w))
    if c.referral is not None:
        statement = w.sentence(c.referral.statement, "referral.statement")
        # Translators: a heading: the referral of a question to the competent service.
        heading = m.gettext("Referral to the right service")
        sections.append(_Section(2, heading, (_Paragraph(statement),)))
    if c.data_reuse is not None:
        sections.append(_data_reuse(c, w))
    if c.quality is not None:
        # Translators: a heading.
        sections.append(_Section(2, m.gettext("Quality and complaints"), _quality(c, w)))
    if c.duties:
        lines = tuple(_duty(duty, index, w, c) for index, duty in enumerate(c.duties))
        # Translators: a heading: the client's duties.
        sections.append(_Section(2, m.gettext("What we expect of you"), (_Items(lines),)))
    return sections


# -- channels -------------------------------------------------------------------------------------

#: How each kind of channel is open: a counter is open, a phone reachable, a site available.
_OPEN = {
    # Translators: a label; the hours a counter (or the post room) is open.
    "open": N_("Open: {hours}"),
    # Translators: a label; the hours a phone line, a chat or a video call is answered
    # ("Bereikbaar", "Joignable", "Erreichbar").
    "reachable": N_("Reachable: {hours}"),
    # Translators: a label; the hours an online service (a form, e-mail, an app) is
    # available ("Beschikbaar", "Disponible", "Verfügbar").
    "available": N_("Available: {hours}"),
}
_OPEN_BY_KIND = {
    ChannelKind.COUNTER: "open",
    ChannelKind.BUSINESS_COUNTER: "open",
    ChannelKind.POST: "open",
    ChannelKind.TELEPHONE: "reachable",
    ChannelKind.CHAT: "reachable",
    ChannelKind.VIDEO: "reachable",
    ChannelKind.EMAIL: "available",
    ChannelKind.WEB_FORM: "available",
    ChannelKind.WEBSITE: "available",
    ChannelKind.APP: "available",
    ChannelKind.FAX: "available",
    ChannelKind.SOCIAL_MEDIA: "reachable",
}


def hours_line(channel: Channel, m: Messages, scope: Scope) -> str:
    """A channel's hours in words, labelled by its kind: ``Open: …``, ``Reachable: …``.

    Its notes come from *scope* (``channels[desk].hours.``); the channel has hours.
    """
    assert channel.hours is not None  # noqa: S101 - only a channel with hours has the line
    hours = hours_text(channel.hours, m, scope)
    return m.gettext(_OPEN[_OPEN_BY_KIND[channel.kind]]).format(hours=hours)


def _channel(channel: Channel, w: _Writer) -> _Section:
    m = w.m
    where = f"channels[{channel.id}]"
    name = w.say(channel.name, f"{where}.name")
    lines = _contact_lines(channel, w)
    scope = Scope(w.texts, f"{where}.hours.", mark=False)
    if channel.hours is not None:
        lines.append(hours_line(channel, m, scope))
    if channel.languages:
        names = [m.language_name(language) for language in channel.languages]
        # Translators: a label; the languages a channel serves in.
        lines.append(m.gettext("Languages: {languages}").format(languages=m.list(names)))
    lines.extend(_service_lines(channel, w))
    blocks: list[_Block] = [_Items(tuple(lines))]
    # Hours that are rules alone have no week to show: their words above say them.
    hours = channel.hours
    if hours is not None and hours.weekly is not None and _tabled(hours):
        rows = tuple(
            (m.weekday(day).capitalize(), cell or m.gettext("closed"))
            for day, cell in enumerate(week_cells(hours, m, scope))
        )
        # Translators: the caption of a channel's table of hours, a label: "Opening hours:
        # Reception".
        caption = m.gettext("Opening hours: {channel}").format(channel=name)
        # Translators: the header of the table of hours' first column, the day.
        day = m.gettext("Day")
        # Translators: the header of the table of hours' second column, its hours
        # ("Openingsuren", "Horaire", "Öffnungszeiten").
        header = (day, m.gettext("Hours"))
        blocks.append(_Table(caption, header, rows, channel.hours))
    return _Section(3, name, tuple(blocks))


def _tabled(hours: OpeningHours) -> bool:
    """Whether a week is worth a table: open some day, and not day and night every day."""
    assert hours.weekly is not None  # noqa: S101 - only hours with parts have a week
    days = hours.weekly.days
    weekly = any(item.every_week for item in hours.extra)
    return (weekly or any(days)) and set(days) != {(TimeRange(0, MINUTES_PER_DAY),)}


def _contact_lines(channel: Channel, w: _Writer) -> list[str | _Link]:
    m, contact = w.m, channel.contact
    where = f"channels[{channel.id}].contact"
    lines: list[str | _Link] = []
    if contact.phone is not None and channel.kind is ChannelKind.FAX:
        # Translators: a label; a fax number.
        fax = m.gettext("Fax: {number}").format(number=_plain(contact.phone.text))
        rate = contact.phone_rate
        lines.append(fax if rate is None else f"{fax} ({m.gettext(_RATES[rate])})")
    elif contact.phone is not None:
        lines.append(_phone_line(None, contact.phone, contact.phone_rate, m))
    for k, extra in enumerate(contact.phones):
        what = None if extra.label is None else w.say(extra.label, f"{where}.phones[{k}].label")
        lines.append(_phone_line(what, extra.number, extra.rate, m))
    if contact.email is not None:
        address = contact.email.address
        # Translators: a label.
        label = m.gettext("E-mail: {address}")
        lines.append(_linked(label, "address", address, f"mailto:{address}"))
    if contact.url is not None:
        if channel.kind is ChannelKind.WEB_FORM:
            # Translators: a label; the address of a web form ("Formulier", "Adresse").
            label = m.gettext("Form: {url}")
        elif channel.kind is ChannelKind.SOCIAL_MEDIA:
            # Translators: a label; the service's page on a social network ("Pagina", "Page",
            # "Seite").
            label = m.gettext("Page: {url}")
        else:
            label = m.gettext("Website: {url}")
        url = contact.url.address
        lines.append(_linked(label, "url", url, url))
    if contact.address is not None:
        a = contact.address
        # Translators: a label; a postal address, its street and city in the reader's
        # language ("Rue de l'Exemple 1, 1000 Bruxelles").
        address = m.gettext("Address: {street}, {postal_code} {city}")
        street = w.say(a.street, f"{where}.address.street")
        city = w.say(a.city, f"{where}.address.city")
        lines.append(address.format(street=street, postal_code=_plain(a.postal_code), city=city))
    return lines


_RATES = {
    # Translators: after a telephone number, in brackets: a call is free of charge.
    PhoneRate.FREE: N_("free of charge"),
    # Translators: after a telephone number, in brackets: the caller's normal rate
    # ("normaal tarief", "tarif normal", "normaler Tarif").
    PhoneRate.NORMAL: N_("normal rate"),
    # Translators: after a telephone number, in brackets: a number charged above the normal
    # rate ("betalend nummer", "numéro payant", "kostenpflichtige Nummer").
    PhoneRate.PAID: N_("paid number"),
}


def _phone_line(what: str | None, phone: PhoneNumber, rate: PhoneRate | None, m: Messages) -> _Link:
    """``Telephone (what): number (rate)``, the number linked to what it dials."""
    if what is None:
        # Translators: a label.
        line = _linked(m.gettext("Telephone: {number}"), "number", phone.text, "")
    else:
        # Translators: a label, with what the number is for ("Telefoon (ondernemingen): …",
        # "Téléphone (entreprises) : …", "Telefon (Unternehmen): …").
        message = m.gettext("Telephone ({label}): {number}")
        before, _, after = message.partition("{number}")
        line = _Link(before.format(label=what), phone.text, "", after.format())
    after = line.after if rate is None else f"{line.after} ({m.gettext(_RATES[rate])})"
    return evolve(line, href=f"tel:{phone.dial}", after=after)


def _linked(message: str, key: str, shown: str, href: str) -> _Link:
    """*message* with *shown* in its one placeholder *key*, linked to *href*."""
    before, _, after = message.partition(f"{{{key}}}")
    return _Link(before.format(), shown, href, after.format())


_PAYMENTS = {
    # Translators: a payment method in a list ("Payment methods: cash or Bancontact").
    PaymentMethod.CASH: N_("cash"),
    # Translators: a payment method in a list: a credit card ("kredietkaart", "carte de
    # crédit", "Kreditkarte"); Bancontact, a debit card, is another.
    PaymentMethod.CARD: N_("credit card"),
    # Translators: a payment method in a list, a brand name.
    PaymentMethod.BANCONTACT: N_("Bancontact"),
    # Translators: a payment method in a list.
    PaymentMethod.TRANSFER: N_("bank transfer"),
    # Translators: a payment method in a list ("online betaling", "paiement en ligne").
    PaymentMethod.ONLINE: N_("online payment"),
    # Translators: a payment method in a list ("mobiele betaling", "paiement mobile").
    PaymentMethod.MOBILE: N_("mobile payment"),
    # Translators: a payment method in a list ("cheque", "chèque", "Scheck").
    PaymentMethod.CHEQUE: N_("cheque"),
    # Translators: a payment method in a list: a direct debit ("domiciliëring",
    # "domiciliation", "Domizilierung" as Belgian German says it).
    PaymentMethod.DIRECT_DEBIT: N_("direct debit"),
}


def _service_lines(channel: Channel, w: _Writer) -> list[str]:
    m = w.m
    lines: list[str] = []
    appointment = {
        # Translators: a channel that takes appointments.
        Appointment.POSSIBLE: N_("You can make an appointment."),
        # Translators: a channel open by appointment only ("Nur nach Terminvereinbarung.").
        Appointment.REQUIRED: N_("Only by appointment."),
    }.get(channel.appointment)
    if appointment is not None:
        lines.append(m.gettext(appointment))
    if channel.payment_methods:
        methods = [m.gettext(_PAYMENTS[method]) for method in channel.payment_methods]
        # Translators: a label; {methods} is a list of alternatives, "cash or Bancontact".
        label = m.gettext("Payment methods: {methods}")
        lines.append(label.format(methods=m.list(methods, style="or")))
    if channel.partner is not None:
        partner = w.say(channel.partner, f"channels[{channel.id}].partner")
        # Translators: a label; the organisation that runs the channel with us.
        lines.append(m.gettext("Partner: {partner}").format(partner=partner))
    lines.extend(
        w.sentence(text, f"channels[{channel.id}].accessibility[{index}]")
        for index, text in enumerate(channel.accessibility)
    )
    return lines


# -- promises -------------------------------------------------------------------------------------


def _working_days(c: Charter) -> set[str]:
    """The calendars of the promises and duties counted in working days or hours."""
    units = {Unit.WORKING_DAYS, Unit.SERVICE_HOURS}
    found = {g.calendar for g in c.guarantees if {u for _, u in g.period.parts} & units}
    if any(d.period is not None and d.period.unit in units for d in c.duties):
        found.update(spec.id for spec in c.calendars)
    return found


def _promises(c: Charter, w: _Writer) -> _Section:
    m = w.m
    calendars = _working_days(c)
    calendar_days = bool(calendars)
    lines = tuple(_promise(g, w, calendar_days=calendar_days) for g in c.guarantees)
    blocks: list[_Block] = [_Items(lines)]
    definitions: list[str] = []
    for spec in c.calendars:
        if spec.id in calendars:
            definition = _working_day(spec.workweek, spec.has_closures, m)
            if definition not in definitions:
                definitions.append(definition)
    blocks.extend(_Paragraph(definition) for definition in definitions)
    # Translators: a heading ("Onze engagementen", "Nos engagements", "Unsere Zusagen").
    return _Section(2, m.gettext("Our promises"), tuple(blocks))


def _working_day(workweek: frozenset[Weekday], closures: bool, m: Messages) -> str:  # noqa: FBT001
    """What a working day is, said once: the work week, less holidays (and closures)."""
    days = weekday_names([int(day) for day in workweek], m)
    if closures:
        # Translators: the definition of a working day, said once in a document that
        # counts in them; {days} is "Monday to Friday" (Dutch "maandag tot en met vrijdag",
        # French "du lundi au vendredi").
        message = N_(
            "Working days are {days}, except public holidays and the days the service is closed."
        )
    else:
        # Translators: as above, for a service without closure days of its own.
        message = N_("Working days are {days}, except public holidays.")
    return m.gettext(message).format(days=days)


_PROMISES = {
    # Translators: a promise; {within} is the period with its preposition ("binnen vijf
    # werkdagen", "dans un délai de cinq jours ouvrables", "innerhalb von fünf Werktagen").
    GuaranteeKind.ACKNOWLEDGEMENT: N_("You receive an acknowledgement of receipt {within}."),
    # Translators: a promise; {within} as above.
    GuaranteeKind.INFORMATIVE_QUESTION: N_(
        "You receive an answer to your informative question {within}."
    ),
    # Translators: a promise; {within} as above.
    GuaranteeKind.SUBSTANTIVE_QUESTION: N_(
        "You receive an answer to your substantive question {within}."
    ),
    # Translators: a promise of a decision on a request (the GDPR's "information on action
    # taken" too): the citizen receives an answer; {within} as above.
    GuaranteeKind.DECISION: N_("You receive an answer {within}."),
    # Translators: a promise; {within} as above.
    GuaranteeKind.COMPLAINT: N_("We handle your complaint {within}."),
    # Translators: a promise; {within} as above.
    GuaranteeKind.REFERRAL: N_(
        "If your question is for another service, we forward it to that service {within}."
    ),
    # Translators: a promise; {within} is in working hours ("binnen vier werkuren").
    GuaranteeKind.CALLBACK: N_("We call you back {within}."),
    # Translators: a promise ("uw brief", "votre courrier", "Ihr Schreiben").
    GuaranteeKind.MAIL: N_("We answer your letter {within}."),
    # Translators: a promise ("Nous effectuons le paiement …").
    GuaranteeKind.PAYMENT: N_("We pay {within}."),
    # Translators: a promise ("Wijzigingen staan {within} op onze website.").
    GuaranteeKind.WEBSITE_FRESHNESS: N_("Changes appear on our website {within}."),
    # Translators: a promise: the appointment itself takes place within the period ("Uw
    # afspraak vindt {within} plaats.", "Votre rendez-vous a lieu {within}.", "Ihr Termin
    # findet {within} statt.").
    GuaranteeKind.APPOINTMENT: N_("Your appointment takes place {within}."),
    # Translators: a promise about the wait at the counter, from arrival; {within} is the
    # period with its preposition ("binnen vijftien minuten", "dans un délai de quinze
    # minutes", "innerhalb von fünfzehn Minuten").
    GuaranteeKind.WAITING_TIME: N_("At the counter, we help you {within}."),
    # Translators: a promise that a document or product is ready (for pick-up or sent), not
    # a decision ("Uw document is {within} klaar.", "Votre document est prêt {within}.",
    # "Ihr Dokument liegt {within} bereit.").
    GuaranteeKind.READY: N_("Your document is ready {within}."),
}

#: A target that holds in each calendar month, quarter or year.
_TARGET_PER = {
    # Translators: as "We keep to this period in at least {share} of cases.", the share
    # reached in each calendar month ("in minstens 95 % van de gevallen, elke maand").
    TargetPeriod.MONTH: N_("We keep to this period in at least {share} of cases, every month."),
    # Translators: as above, in each calendar quarter ("elk kwartaal", "chaque trimestre",
    # "in jedem Quartal").
    TargetPeriod.QUARTER: N_("We keep to this period in at least {share} of cases, every quarter."),
    # Translators: as above, in each calendar year.
    TargetPeriod.YEAR: N_("We keep to this period in at least {share} of cases, every year."),
}

#: When a period counts from another event than the receipt.
_STARTS = {
    # Translators: after a promise whose period counts from a complete file ("De termijn
    # loopt vanaf de dag waarop uw dossier volledig is.", "Le délai court à partir du jour
    # où votre dossier est complet.", "Die Frist läuft ab dem Tag, an dem Ihre Akte
    # vollständig ist.").
    Start.COMPLETE: N_("The period runs from the day your file is complete."),
    # Translators: as above, from the day we send the acknowledgement of receipt.
    Start.ACKNOWLEDGED: N_("The period runs from the day we send the acknowledgement of receipt."),
    # Translators: as above, from the day we declare the request admissible.
    Start.ADMISSIBLE: N_("The period runs from the day we declare your request admissible."),
    # Translators: as above, from the day we notify the decision to the citizen.
    Start.NOTIFIED: N_("The period runs from the day we notify you of the decision."),
}

#: Extensions: allowed once, or several times.
# Translators: the extension of a promise's period; the singular is for an extension allowed
# once ("eenmalig", "une seule fois", "einmalig"), the plural for {n} times ({n} a word:
# "twee keer"); {by} is the extension with its preposition ("met 45 kalenderdagen", "de 45
# jours calendrier", "um 45 Kalendertage").
_EXTENSIONS = NN_(
    "If we need more time, we may extend this period once {by}.",
    "If we need more time, we may extend this period up to {n} times, each time {by}.",
)


def _promise(g: Guarantee, w: _Writer, *, calendar_days: bool) -> str:
    m = w.m
    within = describe_period(g.period, m, form="within", calendar_days=calendar_days)
    text = m.gettext(_PROMISES[g.kind]).format(within=within)
    if g.starts is not Start.RECEIVED:
        text += " " + m.gettext(_STARTS[g.starts])
    if g.target is not None:
        # Translators: the share of cases in which the promise is kept ("in minstens 95%
        # van de gevallen", "dans au moins 95 % des cas", "in mindestens 95 % der Fälle").
        target = m.gettext("We keep to this period in at least {share} of cases.")
        if g.target_per is not None:
            target = m.gettext(_TARGET_PER[g.target_per])
        text += " " + target.format(share=m.percent(g.target.exact))
    if g.extension is not None and g.extension.dated:
        by = describe_period(g.extension.by, m, form="by", calendar_days=calendar_days)
        # Translators: a holding reply instead of the answer, sent before the period ends;
        # {by} is the most the period is extended by, with its preposition ("met 45
        # kalenderdagen", "de 45 jours calendrier", "um 45 Kalendertage").
        text += " " + m.gettext(
            "If we need more time for your file, we tell you before this period ends on which "
            "date you will have our answer; the period is then extended {by} at most."
        ).format(by=by)
    elif g.extension is not None:
        by = describe_period(g.extension.by, m, form="by", calendar_days=calendar_days)
        times = g.extension.times
        extension = m.ngettext(*_EXTENSIONS, times).format(n=m.count(times), by=by)
        text += " " + extension
        if g.extension.notice_required:
            # Translators: an extension is announced before the period ends.
            text += " " + m.gettext("We tell you so beforehand.")
    if g.fee is not None:
        text += " " + _fee(g, w)
    return f"{w.sentence(g.description, f'guarantees[{g.id}].description')} {text}"


def _fee(g: Guarantee, w: _Writer) -> str:
    m = w.m
    fee = g.fee
    assert fee is not None  # noqa: S101 - the caller checked
    if fee.amount == 0:
        # Translators: the service costs the client nothing ("Dit is gratis.", "Ce service
        # est gratuit.", "Dieser Dienst ist kostenlos.").
        return m.gettext("This service is free of charge.")
    amount = m.euro(fee.amount)
    if fee.per is None:
        # Translators: what the service costs; {amount} is "€ 20,00" ("Dit kost {amount}.",
        # "Le prix est de {amount}.", "Dies kostet {amount}.").
        return m.gettext("It costs {amount}.").format(amount=amount)
    per = w.say(fee.per, f"guarantees[{g.id}].fee.per")
    # Translators: as above, with what the amount is for; {per} is the document's own text
    # ("per attest", "par attestation", "pro Bescheinigung").
    return m.gettext("It costs {amount} {per}.").format(amount=amount, per=per)


# What a channel's reachability counts, by its kind: calls, chats, visitors, e-mails or,
# on the other channels, messages.
_CALLS, _CHATS, _VISITORS, _EMAILS, _MESSAGES = "calls", "chats", "visitors", "e-mails", "messages"
_COUNTED = {
    ChannelKind.TELEPHONE: _CALLS,
    ChannelKind.VIDEO: _CALLS,
    ChannelKind.CHAT: _CHATS,
    ChannelKind.COUNTER: _VISITORS,
    ChannelKind.BUSINESS_COUNTER: _VISITORS,
    ChannelKind.EMAIL: _EMAILS,
}
_Metric = ReachabilityMetric
#: Each metric's sentence, by what the channel counts; {channel} is the channel's name as
#: a label, {share} a percentage ("80%", "80 %"), {within} a wait with its preposition
#: ("binnen twee minuten", "dans un délai de deux minutes", "innerhalb von zwei Minuten").
#: Rings are counted on calls alone, and only people who wait in line give up (the charter
#: refuses the other pairs).
_TARGETS: dict[tuple[str, ReachabilityMetric], str] = {
    # Translators: a reachability target, a label with the channel's name; {within}
    # is "within two minutes" ("binnen twee minuten", "dans un délai de deux
    # minutes", "innerhalb von zwei Minuten").
    (_CALLS, _Metric.ANSWERED_WITHIN): N_("{channel}: {share} of calls are answered {within}."),
    # Translators: an answer rate, the share of calls answered however long they waited
    # ("minstens 85% van de oproepen wordt beantwoord"; German capitalises the sentence
    # after the colon: "Mindestens 85 % der Anrufe werden angenommen.").
    (_CALLS, _Metric.ANSWER_RATE): N_("{channel}: at least {share} of calls are answered."),
    # Translators: an abandonment rate, a maximum: the share of callers who give up waiting
    # ("hoogstens 5% van de bellers haakt in voordat we opnemen", "au maximum 5 % des
    # appelants raccrochent avant d'avoir obtenu une réponse").
    (_CALLS, _Metric.ABANDONMENT_RATE): N_(
        "{channel}: at most {share} of callers hang up before they are answered."
    ),
    # Translators: an average wait, a maximum: on average, calls wait no longer than {within}
    # ("oproepen worden gemiddeld binnen twee minuten beantwoord", "en moyenne, les appels
    # reçoivent une réponse dans un délai de deux minutes").
    (_CALLS, _Metric.AVERAGE_WAIT): N_("{channel}: on average, calls are answered {within}."),
    # Translators: as for calls, for a chat: its conversations are answered.
    (_CHATS, _Metric.ANSWERED_WITHIN): N_("{channel}: {share} of chats are answered {within}."),
    # Translators: an answer rate of a chat ("minstens 85% van de chatgesprekken").
    (_CHATS, _Metric.ANSWER_RATE): N_("{channel}: at least {share} of chats are answered."),
    # Translators: an abandonment rate of a chat, a maximum: the share of conversations the
    # user leaves before an answer.
    (_CHATS, _Metric.ABANDONMENT_RATE): N_(
        "{channel}: at most {share} of chats are abandoned before they are answered."
    ),
    # Translators: an average wait of a chat, a maximum.
    (_CHATS, _Metric.AVERAGE_WAIT): N_("{channel}: on average, chats are answered {within}."),
    # Translators: a reachability target of a counter: visitors are served (helped) within
    # the wait ("80% van de bezoekers wordt binnen vijftien minuten geholpen", "80 % des
    # visiteurs sont pris en charge dans un délai de quinze minutes").
    (_VISITORS, _Metric.ANSWERED_WITHIN): N_("{channel}: {share} of visitors are served {within}."),
    # Translators: the share of a counter's visitors served, however long they waited.
    (_VISITORS, _Metric.ANSWER_RATE): N_("{channel}: at least {share} of visitors are served."),
    # Translators: the share of a counter's visitors who leave before they are served, a
    # maximum.
    (_VISITORS, _Metric.ABANDONMENT_RATE): N_(
        "{channel}: at most {share} of visitors leave before they are served."
    ),
    # Translators: the average wait at a counter, a maximum.
    (_VISITORS, _Metric.AVERAGE_WAIT): N_("{channel}: on average, visitors are served {within}."),
    # Translators: a reachability target of an e-mail address.
    (_EMAILS, _Metric.ANSWERED_WITHIN): N_("{channel}: {share} of e-mails are answered {within}."),
    # Translators: the share of e-mails answered.
    (_EMAILS, _Metric.ANSWER_RATE): N_("{channel}: at least {share} of e-mails are answered."),
    # Translators: the average time e-mails wait for their answer, a maximum.
    (_EMAILS, _Metric.AVERAGE_WAIT): N_("{channel}: on average, e-mails are answered {within}."),
    # Translators: a reachability target of another channel (a form, the post, an app,
    # social media): its messages are answered.
    (_MESSAGES, _Metric.ANSWERED_WITHIN): N_(
        "{channel}: {share} of messages are answered {within}."
    ),
    # Translators: the share of a channel's messages answered.
    (_MESSAGES, _Metric.ANSWER_RATE): N_("{channel}: at least {share} of messages are answered."),
    # Translators: the average time a channel's messages wait for their answer, a maximum.
    (_MESSAGES, _Metric.AVERAGE_WAIT): N_("{channel}: on average, messages are answered {within}."),
}
# Translators: calls picked up within so many rings; the singular is for the first ring,
# Dutch "bij het eerste belsignaal", French "dès la première sonnerie", German "beim ersten
# Klingelton"; the plural for {n} rings, {n} a word: "binnen drie belsignalen", "en trois
# sonneries au plus", "innerhalb von drei Klingeltönen".
_RINGS = NN_(
    "{channel}: {share} of calls are answered at the first ring.",
    "{channel}: {share} of calls are answered within {n} rings.",
)


def _reachability(c: Charter, w: _Writer) -> _Section:
    m = w.m
    channels = {channel.id: channel for channel in c.channels}
    calendar_days = bool(_working_days(c))
    lines = []
    for target in c.reachability:
        channel = channels[target.channel]
        share = "" if target.share is None else m.percent(target.share.exact)
        name = w.say(channel.name, f"channels[{target.channel}].name")
        if target.metric is ReachabilityMetric.RINGS:
            rings = target.rings
            assert rings is not None  # noqa: S101 - the metric needs it
            message = m.ngettext(*_RINGS, rings)
            lines.append(message.format(channel=name, share=share, n=m.count(rings)))
            continue
        seconds = target.within_seconds
        within = "" if seconds is None else _wait(seconds, m, calendar_days=calendar_days)
        message = m.gettext(_TARGETS[_COUNTED.get(channel.kind, _MESSAGES), target.metric])
        lines.append(message.format(channel=name, share=share, within=within))
    # Translators: a heading: how fast calls are answered.
    return _Section(2, m.gettext("Reachability"), (_Items(tuple(lines)),))


def _wait(seconds: int, m: Messages, *, calendar_days: bool) -> str:
    """A wait with its preposition, as people say it: ``binnen twee minuten``, ``binnen 24 uur``.

    In the largest unit it is a whole number of: days from three days up, hours, minutes,
    else seconds (``binnen 90 seconden``).
    """
    if seconds % 86_400 == 0 and seconds >= 3 * 86_400:
        period = Period(seconds // 86_400, Unit.DAYS)
    elif seconds % 3_600 == 0:
        period = Period(seconds // 3_600, Unit.HOURS)
    elif seconds % 60 == 0:
        period = Period(seconds // 60, Unit.MINUTES)
    else:
        # Translators: a wait with its preposition, in seconds ("binnen 90 seconden",
        # "dans un délai de 90 secondes", "innerhalb von 90 Sekunden").
        within = m.ngettext("within one second", "within {n} seconds", seconds)
        return within.format(n=m.count(seconds))
    return describe_period(period, m, form="within", calendar_days=calendar_days)


# -- days closed ----------------------------------------------------------------------------------


def _days_closed(c: Charter, w: _Writer) -> list[_Section]:
    """The organisation's own days off, from each calendar that has any.

    A charter of one calendar has one list. With several, each list is headed by the
    channels whose hours close on it (or, used by promises alone, says it counts in their
    periods), so that no list is taken for another's; a calendar nothing uses is left out.
    """
    m = w.m
    several = len(c.calendars) > 1
    parts: list[_Section] = []
    for spec in c.calendars:
        if not spec.has_closures:
            continue
        if not several:
            blocks = _closed_blocks(spec, w)
            if blocks:
                parts.append(_Section(2, _closed_heading(m), blocks))
            continue
        days_off = spec.days_off()
        channels = [
            w.say(channel.name, f"channels[{channel.id}].name")
            for channel in c.channels
            if channel.hours is not None and channel.hours.holidays == days_off
        ]
        if channels:
            heading = m.list(channels)
        elif any(g.calendar == spec.id for g in c.guarantees):
            # Translators: a heading, under "Days we are closed": the days off of a calendar
            # that no channel's hours use, only the promises' counts ("Voor de berekening van
            # onze termijnen", "Pour le calcul de nos délais", "Für die Berechnung unserer
            # Fristen").
            heading = m.gettext("For counting our periods")
        else:
            continue
        blocks = _closed_blocks(spec, w)
        if blocks:
            parts.append(_Section(3, heading, blocks))
    if not parts or parts[0].level == 2:
        return parts
    return [_Section(2, _closed_heading(m), ()), *parts]


def _closed_heading(m: Messages) -> str:
    # Translators: a heading: the organisation's own days off, besides public holidays
    # ("Sluitingsdagen", "Jours de fermeture", "Schließtage").
    return m.gettext("Days we are closed")


def _closed_blocks(spec: CalendarSpec, w: _Writer) -> tuple[_Block, ...]:
    """One calendar's days off: a lead, a line per rule and per date; its replacement days."""
    m = w.m
    where = f"calendars[{spec.id}]"
    # Translators: an item of the list of days closed, a label: {name} is the day's name
    # from the charter ("Kerstavond"), {when} when it falls ("elk jaar op 24 december",
    # "vrijdag 15 mei 2026").
    item = m.gettext("{name}: {when}")
    lines: list[str | _Link] = []
    for index, rule in enumerate(spec.recurring):
        when = _rule_when(rule, m)
        if when is not None:
            name = w.say(rule.name, f"{where}.recurring[{index}].name")
            lines.append(item.format(name=name, when=when))
    for day, text in spec.closures.entries:
        name = w.say(text, f"{where}.closures[{day.isoformat()}]")
        lines.append(item.format(name=name, when=m.full_date(day)))
    blocks: list[_Block] = []
    if lines:
        # Translators: before the list of the organisation's own days off ("Naast de
        # feestdagen zijn we op deze dagen gesloten:"; French "Outre les jours fériés, …").
        lead = m.gettext("Besides public holidays, we are closed on these days:")
        blocks.extend((_Paragraph(lead), _Items(tuple(lines))))
    rest = [day for day in range(7) if Weekday(day) not in spec.workweek]
    if spec.substitutes and rest:
        # Translators: a weekday a public holiday falls on, in an "or" list after "falls
        # on" (Dutch "{weekday}": "op zaterdag of zondag"; French "un {weekday}": "tombe un
        # samedi ou un dimanche"; German "einen {weekday}").
        falls_on = m.pgettext("a weekday a holiday falls on", "{weekday}")
        named = [falls_on.format(weekday=m.weekday(index)) for index in rest]
        # Translators: replacement days; {days} is "Saturday or Sunday" (see the weekday a
        # holiday falls on): "Valt een feestdag op zaterdag of zondag, dan zijn we de
        # eerstvolgende werkdag gesloten."
        message = m.gettext(
            "If a public holiday falls on {days}, we are closed on the next working day instead."
        )
        blocks.append(_Paragraph(message.format(days=m.list(named, style="or"))))
    return tuple(blocks)


# Translators: one or more dates ("op 24 en 31 december"; French "le 24 décembre",
# "les 24 et 31 décembre").
_ON_DATES = NN_("on {dates}", "on {dates}")


def _rule_when(rule: YearlyRule, m: Messages) -> str | None:
    """When a closure rule falls: every year, within its years; in its one year, the date.

    None for a rule of one year that puts no day in it (a fifth Friday that year lacks).
    """
    since, until = getattr(rule, "since", None), getattr(rule, "until", None)
    if since is not None and since == until:
        return _in_one_year(rule, since, m)
    if isinstance(rule, FixedDate | DateSpan):
        days = _every_year(rule)
        if len(days) > 2:  # two neighbouring days are a list, "op 24 en 25 december"
            when = _span(days[0], days[-1], m, year=False)
        else:
            when = m.ngettext(*_ON_DATES, len(days)).format(dates=m.date_list(days))
    elif isinstance(rule, EasterOffset):
        when = easter_day(rule.days, m)
    elif isinstance(rule, NthWeekday):
        # Translators: a day closed every year: "on the last Friday of September" ("op de
        # laatste vrijdag van september", "le dernier vendredi de septembre", "am letzten
        # Freitag im September"); {nth} is an ordinal as in "on the {nth} {weekday} of the
        # month".
        message = m.gettext("on the {nth} {weekday} of {month}")
        when = m.elide(
            message.format(
                nth=ordinal(rule.n, m), weekday=m.weekday(rule.weekday), month=m.month(rule.month)
            )
        )
    else:  # a rule of another kind: its name says when
        when = ""
    # Translators: a day closed every year; {when} is "on 24 December", "from 27 to 31
    # December", "on Easter Monday" ("elk jaar op 24 december", "chaque année le 24
    # décembre", "jedes Jahr am 24. Dezember").
    every = m.gettext("every year {when}").format(when=when).strip()
    if since is None and until is None:
        return every
    if until is None:
        # Translators: the first year a day is closed ("vanaf 2027", "à partir de 2027").
        years = m.gettext("from {first_year} on").format(first_year=since)
    elif since is None:
        # Translators: the last year a day is closed, included ("tot en met 2030", "jusqu'en
        # 2030", "bis 2030").
        years = m.gettext("until {last_year}").format(last_year=until)
    else:
        # Translators: the years a day is closed, both included ("van 2027 tot en met 2030").
        years = m.gettext("from {first_year} to {last_year}").format(
            first_year=since, last_year=until
        )
    # Translators: a day closed every year and the years it is: "every year on 24 December,
    # from 2027" ("elk jaar op 24 december, vanaf 2027").
    return m.gettext("{when}, {years}").format(when=every, years=years)


def _every_year(rule: FixedDate | DateSpan) -> list[date]:
    """The days of *rule* in a leap year (2028), where 29 February exists."""
    if isinstance(rule, FixedDate):
        return [date(2028, rule.month, rule.day)]
    first, last = date(2028, *rule.first), date(2028, *rule.last)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _in_one_year(rule: YearlyRule, year: int, m: Messages) -> str | None:
    """A rule of one year said as that year's dates, as a dated closure is."""
    if isinstance(rule, DateSpan):
        days = rule.dates_in(year)
        if len(days) == 2:  # two neighbouring days are a list
            return m.date_list(days, years=True)
        return None if not days else _span(days[0], days[-1], m, year=True)
    found = rule.date_in(year)
    return None if found is None else m.full_date(found)


def _span(first: date, last: date, m: Messages, *, year: bool) -> str:
    """``van 27 tot en met 31 december`` (*year*: ``… 31 december 2027``; one day: its date)."""
    if first == last:
        return m.full_date(first)
    start = m.day_of_month(first) if first.month == last.month else m.day_month(first)
    end = m.day_month_year(last) if year else m.day_month(last)
    # Translators: a span of dates, both included ("van 24 tot en met 26 december", "du 24
    # au 26 décembre"); {first_day} is "24" or "24 December".
    message = m.gettext("from {first_day} to {last_day}")
    return m.elide(message.format(first_day=start, last_day=end))


# -- the rest -------------------------------------------------------------------------------------


def _data_reuse(c: Charter, w: _Writer) -> _Section:
    m = w.m
    reuse = c.data_reuse
    assert reuse is not None  # noqa: S101 - checked by the caller
    sources = tuple(
        w.say(source.name, f"data_reuse.sources[{source.id}].name") for source in reuse.sources
    )
    blocks: list[_Block] = [_Paragraph(w.sentence(reuse.statement, "data_reuse.statement"))]
    if sources:
        # Translators: before the list of the registers consulted ("Wir nutzen dazu:").
        blocks.append(_Paragraph(m.gettext("We consult:")))
        blocks.append(_Items(sources))
    # Translators: a heading: the "only once" principle ("Gegevens die de overheid al
    # heeft", "Données dont nous disposons déjà", "Daten, die uns bereits vorliegen").
    return _Section(2, m.gettext("Data we already hold"), tuple(blocks))


def _quality(c: Charter, w: _Writer) -> tuple[_Block, ...]:
    m = w.m
    quality = c.quality
    assert quality is not None  # noqa: S101 - checked by the caller
    blocks: list[_Block] = []
    if quality.indicators:
        # Translators: before the list of the quality indicators.
        blocks.append(_Paragraph(m.gettext("We measure:")))
        indicators = tuple(
            w.say(i.description, f"quality.indicators[{i.id}].description")
            for i in quality.indicators
        )
        blocks.append(_Items(indicators))
    if quality.reporting_cycle is not None:
        blocks.append(_Paragraph(_reporting(quality.reporting_cycle, m)))
    if quality.complaint_procedure is not None:
        procedure = w.sentence(quality.complaint_procedure, "quality.complaint_procedure")
        blocks.append(_Paragraph(procedure))
    where = "quality.ombudsman" if quality.ombudsman is not None else "quality.ombudsmen[{}]"
    ombudsmen = [
        w.say(text, where.format(index)) for index, text in enumerate(quality.all_ombudsmen)
    ]
    if len(ombudsmen) == 1:
        # Translators: a label after the question; {ombudsman} is the ombudsman's name as
        # the charter writes it, with its article ("de federale Ombudsman").
        message = m.gettext(
            "Not satisfied with how we handled your complaint? You can turn to the "
            "ombudsman: {ombudsman}."
        )
        blocks.append(_Paragraph(message.format(ombudsman=ombudsmen[0])))
    elif ombudsmen:
        # Translators: as above, before the list of several ombudsmen (federal, regional, of
        # a sector), each as the charter names it ("Dan kunt u terecht bij een van deze
        # ombudsdiensten:", "vous pouvez vous adresser à l'un de ces services de médiation :").
        lead = m.gettext(
            "Not satisfied with how we handled your complaint? You can turn to one of these "
            "ombudsmen:"
        )
        blocks.extend((_Paragraph(lead), _Items(tuple(ombudsmen))))
    return tuple(blocks)


def _reporting(cycle: Period, m: Messages) -> str:
    """How often the service reports on its charter (``We rapporteren jaarlijks.``)."""
    if cycle == Period(1, Unit.YEARS):
        # Translators: the charter is reported on once a year ("We rapporteren jaarlijks.",
        # "Périodicité du rapport : annuelle.", "Berichtszeitraum: ein Jahr.").
        return m.gettext("We report once a year.")
    # Translators: a label; {period} is the period alone ("zes maanden", "six mois").
    return m.gettext("Reporting period: {period}.").format(period=describe_period(cycle, m))


def _duty(duty: ClientDuty, index: int, w: _Writer, c: Charter) -> str:
    m = w.m
    line = w.say(duty.text, f"duties[{index}].text")
    if duty.period is not None:
        calendar_days = bool(_working_days(c))
        within = describe_period(duty.period, m, form="within", calendar_days=calendar_days)
        period = describe_period(duty.period, m, calendar_days=calendar_days)
        # Translators: a duty of the client and its period: "Send us the documents {within}"
        # where {within} is "within 15 calendar days". A language that cannot put the
        # period after the sentence may use {period} instead of {within}, the period alone,
        # in a label: "(Frist: {period})".
        line = m.gettext("{duty} {within}").format(duty=line, within=within, period=period)
    line = _sentence(line)
    if duty.counted_from is not None:
        event = w.say(duty.counted_from, f"duties[{index}].counted_from")
        # Translators: a label after a duty: the event its period runs from, as the charter
        # writes it ("Begin van de termijn: de verzenddatum van het aanslagbiljet.").
        line += " " + _sentence(m.gettext("Start of the period: {event}").format(event=event))
    if duty.consequence is not None:
        line += " " + w.sentence(duty.consequence, f"duties[{index}].consequence")
    return line


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else f"{text}."


# -- the writers ---------------------------------------------------------------------------------


def _markdown(sections: Iterable[_Section], m: Messages) -> str:  # noqa: ARG001 - one signature
    out: list[str] = []
    for section in sections:
        out.append(f"{'#' * section.level} {_md(section.heading)}")
        out.append("")
        for block in section.blocks:
            if isinstance(block, _Paragraph):
                out.extend([_md(block.text), ""])
            elif isinstance(block, _Items):
                if block.lines:
                    out.extend([*(f"- {_md(str(line))}" for line in block.lines), ""])
            else:
                out.append(f"| {_md(block.header[0])} | {_md(block.header[1])} |")
                out.append("| --- | --- |")
                out.extend(f"| {_md(day)} | {_md(hours)} |" for day, hours in block.rows)
                out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md(text: str) -> str:
    """*text* as Markdown shows it: no character of it marks up, nor starts a block."""
    escaped = _MARKDOWN_END.sub(r"\\\1", _MARKDOWN.sub(r"\\\1", text))
    return _MARKDOWN_START.sub(r"\1\\\2", escaped)


def _text(sections: Iterable[_Section], m: Messages) -> str:  # noqa: ARG001 - one signature
    out: list[str] = []
    for section in sections:
        underline = {1: "=", 2: "-"}.get(section.level)
        out.append(section.heading)
        if underline:
            out.append(underline * len(section.heading))
        out.append("")
        for block in section.blocks:
            if isinstance(block, _Paragraph):
                out.extend([block.text, ""])
            elif isinstance(block, _Items):
                if block.lines:
                    out.extend([*(f"  - {line}" for line in block.lines), ""])
            else:
                width = max(len(day) for day, _ in block.rows)
                out.extend(f"  {day:<{width}}  {hours}" for day, hours in block.rows)
                out.append("")
    # Plain text is read in mail and terminal fonts too, some of which have no narrow
    # no-break space (French before ";" and in "95 %"): the no-break space every font has.
    return "\n".join(out).rstrip().replace(_NARROW_NO_BREAK, _NO_BREAK) + "\n"


_NARROW_NO_BREAK, _NO_BREAK = "\u202f", "\u00a0"
