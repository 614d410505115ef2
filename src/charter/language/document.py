"""The whole charter as a document for people: Markdown, HTML or plain text, in one language.

The sections follow a charter's elements: who we are, how to reach us (each channel with
its hours, languages, accessibility, payment methods), our promises, reachability,
referral, reuse of data you already gave, quality and complaints, what we ask of you.

>>> import charter
>>> text = render(charter.examples.load(), locale="nl_BE", format="text")
>>> print(text.splitlines()[0])
FOD Voorbeeldzaken: klantencharter
>>> "U krijgt binnen 5 werkdagen een antwoord op uw informatieve vraag." in text
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Literal

from charter._checks import BAD_CHARACTERS, MINUTES_PER_DAY
from charter.calendars.base import check_date
from charter.clock.periods import Period
from charter.errors import CharterTypeError, CharterValueError, InteropError
from charter.hours.ranges import TimeRange
from charter.language._blocks import Block as _Block
from charter.language._blocks import Items as _Items
from charter.language._blocks import Link as _Link
from charter.language._blocks import Paragraph as _Paragraph
from charter.language._blocks import Section as _Section
from charter.language._blocks import Table as _Table
from charter.language.deadlines import describe_period
from charter.language.hours import describe_hours, ranges_of
from charter.language.html import write_html
from charter.language.messages import N_, Messages
from charter.model.channels import Appointment, Channel, PaymentMethod
from charter.model.charter import Charter
from charter.model.guarantees import Guarantee, GuaranteeKind
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


def render(
    c: Charter,
    *,
    locale: str = "nl_BE",
    format: Format = "markdown",  # noqa: A002 - the public API's name
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
    m = Messages(locale)
    if format == "html":
        data = _linked_data(c, today)
        return write_html(_sections(c, m), m, fragment=fragment, today=today, linked_data=data)
    return writers[format](_sections(c, m), m)


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


def _say(text: LocalizedText | None, m: Messages) -> str:
    """A charter's text in the language (or the nearest), made :func:`_plain`."""
    if text is None:
        return ""
    return _plain(text.best(m.language))


def _plain(text: str) -> str:
    """*text* on one line, its white space runs one space, its control characters shown.

    A description may hold line breaks; in a document they are spaces, as in HTML, so that
    no line of a text starts a heading, a list, a table or a fence of its own.
    """
    return _BAD.sub(lambda found: f"[U+{ord(found[0]):04X}]", " ".join(text.split()))


def _sections(c: Charter, m: Messages) -> list[_Section]:
    name = _say(c.organisation.name, m)
    about: list[str | _Link] = []
    if c.organisation.enterprise_number is not None:
        about.append(
            m.gettext("Enterprise number {number}").format(number=c.organisation.enterprise_number)
        )
    if c.organisation.website is not None:
        address = c.organisation.website.address
        about.append(_linked(m.gettext("Website: {url}"), "url", address, address))
    if c.valid_from is not None:
        about.append(
            m.gettext("This charter applies from {date}.").format(date=m.full_date(c.valid_from))
        )
    sections = [
        _Section(
            1,
            m.gettext("{organisation}: client charter").format(organisation=name),
            (
                _Paragraph(
                    m.gettext(
                        "This charter says what you can expect from us, and what we ask of you."
                    )
                ),
                _Items(tuple(about)),
            ),
        )
    ]
    sections.append(_Section(2, m.gettext("How to reach us"), ()))
    sections.extend(_channel(channel, m) for channel in c.channels)
    promises = tuple(_promise(g, m) for g in c.guarantees)
    sections.append(_Section(2, m.gettext("Our promises"), (_Items(promises),)))
    if c.reachability:
        channels = {channel.id: channel for channel in c.channels}
        lines = tuple(
            m.ngettext(
                "{channel}: {share} of calls are answered within {seconds} second.",
                "{channel}: {share} of calls are answered within {seconds} seconds.",
                target.within_seconds,
            ).format(
                share=m.percent(target.share.exact),
                channel=_say(channels[target.channel].name, m),
                seconds=target.within_seconds,
            )
            for target in c.reachability
        )
        sections.append(_Section(2, m.gettext("Reachability"), (_Items(lines),)))
    if c.referral is not None:
        sections.append(
            _Section(
                2,
                m.gettext("The right service"),
                (_Paragraph(_sentence(_say(c.referral.statement, m))),),
            )
        )
    if c.data_reuse is not None:
        sources = tuple(_say(source.name, m) for source in c.data_reuse.sources)
        blocks: list[_Block] = [_Paragraph(_sentence(_say(c.data_reuse.statement, m)))]
        if sources:
            blocks.append(_Paragraph(m.gettext("We consult:")))
            blocks.append(_Items(sources))
        sections.append(_Section(2, m.gettext("Data you already gave us"), tuple(blocks)))
    if c.quality is not None:
        sections.append(_Section(2, m.gettext("Quality and complaints"), _quality(c, m)))
    if c.duties:
        lines = tuple(_duty(duty.text, duty.period, duty.consequence, m) for duty in c.duties)
        sections.append(_Section(2, m.gettext("What we ask of you"), (_Items(lines),)))
    return sections


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else f"{text}."


def _channel(channel: Channel, m: Messages) -> _Section:
    lines = _contact_lines(channel, m)
    if channel.hours is not None:
        lines.append(m.gettext("Open: {hours}").format(hours=describe_hours(channel.hours, m)))
    if channel.languages:
        names = [m.language_name(language) for language in channel.languages]
        lines.append(m.gettext("Languages: {languages}").format(languages=m.list(names)))
    lines.extend(_service_lines(channel, m))
    blocks: list[_Block] = [_Items(tuple(lines))]
    # Hours that are rules alone have no week to show: their words above say them.
    weekly = None if channel.hours is None else channel.hours.weekly
    if weekly is not None and _tabled(weekly.days):
        rows = tuple(
            (m.weekday(day).capitalize(), ranges_of(ranges, m) or m.gettext("closed"))
            for day, ranges in enumerate(weekly.days)
        )
        caption = m.gettext("Opening hours of {channel}").format(channel=_say(channel.name, m))
        header = (m.gettext("Day"), m.gettext("Hours"))
        blocks.append(_Table(caption, header, rows, channel.hours))
    return _Section(3, _say(channel.name, m), tuple(blocks))


def _tabled(days: tuple[tuple[TimeRange, ...], ...]) -> bool:
    """Whether a week is worth a table: open some day, and not day and night every day."""
    return any(days) and set(days) != {(TimeRange(0, MINUTES_PER_DAY),)}


def _contact_lines(channel: Channel, m: Messages) -> list[str | _Link]:
    contact = channel.contact
    lines: list[str | _Link] = []
    if contact.phone is not None:
        phone = contact.phone
        tel = f"tel:{phone.e164}"
        lines.append(_linked(m.gettext("Telephone: {number}"), "number", phone.text, tel))
    if contact.email is not None:
        address = contact.email.address
        mailto = f"mailto:{address}"
        lines.append(_linked(m.gettext("E-mail: {address}"), "address", address, mailto))
    if contact.url is not None:
        url = contact.url.address
        lines.append(_linked(m.gettext("Website: {url}"), "url", url, url))
    if contact.address is not None:
        a = contact.address
        where = m.gettext("Address: {street}, {postal_code} {city}")
        parts = {"street": a.street, "postal_code": a.postal_code, "city": a.city}
        lines.append(where.format(**{key: _plain(value) for key, value in parts.items()}))
    return lines


def _linked(message: str, key: str, shown: str, href: str) -> _Link:
    """*message* with *shown* in its one placeholder *key*, linked to *href*."""
    before, _, after = message.partition(f"{{{key}}}")
    return _Link(before.format(), shown, href, after.format())


def _service_lines(channel: Channel, m: Messages) -> list[str]:
    lines: list[str] = []
    appointment = {
        Appointment.POSSIBLE: N_("You can make an appointment."),
        Appointment.REQUIRED: N_("Only by appointment."),
    }.get(channel.appointment)
    if appointment is not None:
        lines.append(m.gettext(appointment))
    if channel.payment_methods:
        methods = [m.gettext(_PAYMENTS[method]) for method in channel.payment_methods]
        lines.append(m.gettext("You can pay by {methods}.").format(methods=m.list(methods)))
    if channel.partner is not None:
        partner = _say(channel.partner, m)
        lines.append(m.gettext("Together with {partner}.").format(partner=partner))
    lines.extend(_sentence(_say(text, m)) for text in channel.accessibility)
    return lines


def _promise(g: Guarantee, m: Messages) -> str:
    text = m.gettext(_PROMISES[g.kind]).format(period=describe_period(g.period, m, within=True))
    if g.target is not None:
        text += " " + m.gettext("We keep this promise for at least {share} of questions.").format(
            share=m.percent(g.target.exact)
        )
    if g.extension is not None:
        text += " " + m.gettext(
            "If we need more time, we may extend it by {period}; we tell you beforehand."
        ).format(period=describe_period(g.extension.by, m))
    return f"{_sentence(_say(g.description, m))} {text}"


def _quality(c: Charter, m: Messages) -> tuple[_Block, ...]:
    quality = c.quality
    assert quality is not None  # noqa: S101 - checked by the caller
    blocks: list[_Block] = []
    if quality.indicators:
        blocks.append(_Paragraph(m.gettext("We measure:")))
        blocks.append(_Items(tuple(_say(i.description, m) for i in quality.indicators)))
    if quality.reporting_cycle is not None:
        cycle = describe_period(quality.reporting_cycle, m)
        blocks.append(_Paragraph(m.gettext("Reporting period: {period}.").format(period=cycle)))
    if quality.complaint_procedure is not None:
        blocks.append(_Paragraph(_sentence(_say(quality.complaint_procedure, m))))
    if quality.ombudsman is not None:
        blocks.append(
            _Paragraph(
                m.gettext(
                    "If you are not satisfied with how we handled your complaint, you can turn "
                    "to: {ombudsman}."
                ).format(ombudsman=_say(quality.ombudsman, m))
            )
        )
    return tuple(blocks)


def _duty(
    text: LocalizedText, period: Period | None, consequence: LocalizedText | None, m: Messages
) -> str:
    line = _say(text, m)
    if period is not None:
        within = m.gettext("{duty} within {period}")
        line = within.format(duty=line, period=describe_period(period, m))
    line = _sentence(line)
    if consequence is not None:
        line += " " + _sentence(_say(consequence, m))
    return line


_PROMISES = {
    GuaranteeKind.ACKNOWLEDGEMENT: N_("You receive an acknowledgement of receipt within {period}."),
    GuaranteeKind.INFORMATIVE_QUESTION: N_(
        "You receive an answer to your informative question within {period}."
    ),
    GuaranteeKind.SUBSTANTIVE_QUESTION: N_(
        "You receive an answer to your substantive question within {period}."
    ),
    GuaranteeKind.DECISION: N_("You receive a decision within {period}."),
    GuaranteeKind.COMPLAINT: N_("We handle your complaint within {period}."),
    GuaranteeKind.REFERRAL: N_(
        "If your question is for another service, we forward it within {period}."
    ),
    GuaranteeKind.CALLBACK: N_("We call you back within {period}."),
    GuaranteeKind.MAIL: N_("We answer your letter within {period}."),
    GuaranteeKind.PAYMENT: N_("We pay within {period}."),
    GuaranteeKind.WEBSITE_FRESHNESS: N_("We update our website within {period}."),
}

_PAYMENTS = {
    PaymentMethod.CASH: N_("cash"),
    PaymentMethod.CARD: N_("card"),
    PaymentMethod.BANCONTACT: N_("Bancontact"),
    PaymentMethod.TRANSFER: N_("bank transfer"),
    PaymentMethod.ONLINE: N_("online payment"),
    PaymentMethod.MOBILE: N_("mobile payment"),
}


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
    return "\n".join(out).rstrip() + "\n"
