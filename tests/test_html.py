"""The HTML page, read as HTML: its language, links, stylesheet, fragment and today's row.

The same pages in a real browser, with the accessibility rules checked: test_html_page.py.
"""

import pytest

from charter import examples
from charter.language import render


@pytest.mark.parametrize(
    ("locale", "tag"),
    [("nl_BE", "nl-BE"), ("fr_BE", "fr-BE"), ("de_BE", "de-BE"), ("en_BE", "en-BE"), ("en", "en")],
)
def test_the_page_says_its_language_and_region(locale: str, tag: str) -> None:
    page = render(examples.load(), locale=locale, format="html")
    assert f'<html lang="{tag}">' in page
