"""The HTML page, read as HTML: its language, links, stylesheet, fragment and today's row.

The same pages in a real browser, with the accessibility rules checked: test_html_page.py.
"""

from html.parser import HTMLParser

import attrs
import pytest

from charter import examples
from charter.language import render
from charter.model import Contact, Email, PhoneNumber, Url


@pytest.mark.parametrize(
    ("locale", "tag"),
    [("nl_BE", "nl-BE"), ("fr_BE", "fr-BE"), ("de_BE", "de-BE"), ("en_BE", "en-BE"), ("en", "en")],
)
def test_the_page_says_its_language_and_region(locale: str, tag: str) -> None:
    page = render(examples.load(), locale=locale, format="html")
    assert f'<html lang="{tag}">' in page


class _Links(HTMLParser):
    """Each link of a page: its target and the text it shows."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self._open = dict(attrs).get("href") or ""
            self.links.append((self._open, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            href, text = self.links[-1]
            self.links[-1] = (href, text + data)


def _links(page: str) -> list[tuple[str, str]]:
    parser = _Links()
    parser.feed(page)
    parser.close()
    return [(href, text) for href, text in parser.links if not href.startswith("#")]


def test_the_contact_values_are_links_that_show_where_they_lead() -> None:
    # Each link shows its address, so a printed page needs no address after it.
    assert _links(render(examples.load(), locale="nl_BE", format="html")) == [
        ("https://www.fod-voorbeeld.example.be", "https://www.fod-voorbeeld.example.be"),
        ("tel:+3225550000", "+32 2 555 00 00"),
        ("mailto:info@fod-voorbeeld.example.be", "info@fod-voorbeeld.example.be"),
        (
            "https://www.fod-voorbeeld.example.be/contact",
            "https://www.fod-voorbeeld.example.be/contact",
        ),
    ]


def test_free_text_is_never_a_link_and_the_other_formats_have_none() -> None:
    c = examples.load()
    said = "Bel +32 2 555 00 00 of mail info@example.be, zie https://example.be"
    c = attrs.evolve(c, organisation=attrs.evolve(c.organisation, name={"nl": said, "en": said}))
    page = render(c, locale="nl_BE", format="html")
    assert [href for href, _ in _links(page)] == [
        "https://www.fod-voorbeeld.example.be",
        "tel:+3225550000",
        "mailto:info@fod-voorbeeld.example.be",
        "https://www.fod-voorbeeld.example.be/contact",
    ]
    for form in ("markdown", "text"):
        document = render(c, locale="nl_BE", format=form)
        assert "Telefoon: +32 2 555 00 00\n" in document
        assert "](" not in document
        assert "<" not in document


@pytest.mark.parametrize(
    "contact",
    [
        Contact(url=Url("javascript:alert(1)")),
        Contact(email=Email('x@example.be" onclick="alert(1)')),
        Contact(phone=PhoneNumber("+32 2 555 00 00", "+32'><script>")),
    ],
)
def test_a_value_built_past_its_parser_is_shown_not_linked(contact: Contact) -> None:
    c = examples.load()
    channel = attrs.evolve(c.channels[0], contact=contact)
    page = render(attrs.evolve(c, channels=(channel, *c.channels[1:])), locale="en", format="html")
    assert [href for href, _ in _links(page)] == [
        "https://www.fod-voorbeeld.example.be",
        "mailto:info@fod-voorbeeld.example.be",
        "https://www.fod-voorbeeld.example.be/contact",
    ]
    assert "<script>" not in page
    assert 'onclick="' not in page
