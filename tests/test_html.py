"""The HTML page, read as HTML: its language, links, stylesheet, fragment and today's row.

The same pages in a real browser, with the accessibility rules checked: test_html_page.py.
"""

import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import attrs
import pytest

from charter import MonthDay, OpeningHours, Season, SpecialHours, WeeklySchedule, examples
from charter.errors import CharterTypeError, CharterValueError, UnsupportedYearError
from charter.language import render
from charter.language.html import stylesheet
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


# -- the stylesheet and the skip link ------------------------------------------------------


def test_the_page_has_a_skip_link_to_its_main_content_and_a_stylesheet_of_its_own() -> None:
    page = render(examples.load(), locale="fr_BE", format="html")
    assert '<a class="skip" href="#content">Aller au contenu</a>\n<main id="content">' in page
    assert page.count("<style>") == 1
    assert page.index("<style>") < page.index("</head>")
    assert "/*" not in page
    for outside in ("<link", "@import", "url(", "@font-face", " src="):
        assert outside not in page
    # The one script is data (schema.org JSON-LD), in the head: nothing a browser runs.
    assert page.count("<script") == 1
    assert page.index('<script type="application/ld+json">') < page.index("</head>")


def test_the_stylesheet_is_small_and_the_charter_s_rules_stay_within_the_charter() -> None:
    # Pages are pasted into other sites: the stylesheet must stay a few KB.
    assert len(stylesheet().encode()) < 4096
    alone = stylesheet(page=False)
    selectors = re.findall(r"([^{}@]+)\{", re.sub(r"@media[^{]*\{", "", alone))
    assert len(selectors) > 20
    for group in selectors:
        for selector in group.split(","):
            assert selector.strip().startswith(".charter"), selector
    assert alone in stylesheet()


def test_the_stylesheet_has_what_a_published_page_needs() -> None:
    css = stylesheet()
    for needed in (
        "max-width: 70ch",
        ":focus-visible",
        "@media print",
        "tbody tr:nth-child(even)",
        'tr[aria-current="date"]',
        "prefers-color-scheme: dark",
    ):
        assert needed in css, needed


# -- fragment=True ---------------------------------------------------------------------------


@pytest.mark.parametrize(("locale", "tag"), [("nl_BE", "nl-BE"), ("de_BE", "de-BE")])
def test_a_fragment_is_one_article_with_its_scoped_stylesheet(locale: str, tag: str) -> None:
    page = render(examples.load(), locale=locale, format="html")
    fragment = render(examples.load(), locale=locale, format="html", fragment=True)
    assert fragment.startswith(f'<article class="charter" lang="{tag}">\n<style>\n')
    assert fragment.endswith("</article>\n")
    assert fragment.count("<article") == 1
    for tag_name in ("<!DOCTYPE", "<html", "<head", "<body", "<main", 'class="skip"'):
        assert tag_name not in fragment
    assert f"<style>\n{stylesheet(page=False)}\n</style>" in fragment
    # The content is the page's, word for word; the page's data block closes the fragment.
    body, data = fragment.split("</style>\n", 1)[1].split('<script type="application/ld+json">')
    assert body in page.replace('<article class="charter">\n', "")
    assert data.endswith("</script>\n</article>\n")
    script = '<script type="application/ld+json">' + data.removesuffix("\n</article>\n")
    assert script in page


def test_fragment_and_today_are_the_page_s_alone() -> None:
    c = examples.load()
    for form in ("markdown", "text"):
        with pytest.raises(CharterValueError, match="for the HTML page"):
            render(c, format=form, fragment=True)
        with pytest.raises(CharterValueError, match="for the HTML page"):
            render(c, format=form, today=date(2026, 3, 5))
    with pytest.raises(CharterTypeError, match="true or false"):
        render(c, format="html", fragment="yes")  # type: ignore[arg-type]


# -- today= ----------------------------------------------------------------------------------


def _marked(page: str) -> list[str]:
    return re.findall(r'<tr aria-current="date"><th scope="row">([^<]*)</th>', page)


def test_no_date_no_mark_the_page_never_reads_the_clock() -> None:
    assert "<tr aria-current" not in render(examples.load(), format="html")
    assert "<tr aria-current" not in render(examples.load(), format="html", fragment=True)


@pytest.mark.parametrize("form", ["page", "fragment"])
def test_today_marks_its_weekday_in_each_hours_table(form: str) -> None:
    thursday = date(2026, 3, 5)
    page = render(examples.load(), format="html", fragment=form == "fragment", today=thursday)
    assert _marked(page) == ["Donderdag", "Donderdag"]
    sunday = render(examples.load(), locale="fr_BE", format="html", today=date(2026, 3, 8))
    assert _marked(sunday) == ["Dimanche", "Dimanche"]


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 12, 25),  # Christmas: a holiday of the hours' calendar
        date(2026, 5, 15),  # a bridge day of the service
        date(2026, 7, 21),  # the National Day
    ],
)
def test_today_marks_nothing_on_a_day_the_regular_week_does_not_hold(day: date) -> None:
    # Marking Friday's row on Christmas would say the service is open.
    assert _marked(render(examples.load(), format="html", today=day)) == []


def test_today_marks_nothing_in_a_season_or_on_special_days() -> None:
    c = examples.load()
    counter = c.channels[0]
    assert counter.hours is not None
    summer = Season(
        start=MonthDay(7, 1),
        end=MonthDay(8, 31),
        weekly=WeeklySchedule.parse({"Mo-Fr": "09:00-12:00"}),
    )
    special = SpecialHours(
        start=date(2026, 3, 5), hours="09:00-12:00", note={"nl": "Personeelsdag", "en": "Staff day"}
    )
    hours = OpeningHours(
        timezone=counter.hours.timezone,
        weekly=counter.hours.weekly,
        holidays=counter.hours.holidays,
        seasons=(summer,),
        special=(special,),
    )
    c = attrs.evolve(c, channels=(attrs.evolve(counter, hours=hours), *c.channels[1:]))
    # The contact centre's table is marked on a regular day, the reception's always.
    assert _marked(render(c, format="html", today=date(2026, 3, 12))) == ["Donderdag"] * 2
    assert _marked(render(c, format="html", today=date(2026, 3, 5))) == ["Donderdag"]
    assert _marked(render(c, format="html", today=date(2026, 7, 9))) == ["Donderdag"]


@pytest.mark.parametrize(
    ("today", "error"),
    [
        (datetime(2026, 3, 5, 9, tzinfo=UTC), CharterTypeError),
        ("2026-03-05", CharterTypeError),
        (date(1200, 3, 5), UnsupportedYearError),
    ],
)
def test_today_is_a_date(today: object, error: type[Exception]) -> None:
    with pytest.raises(error, match=r"today|1200"):
        render(examples.load(), format="html", today=today)  # type: ignore[arg-type]
