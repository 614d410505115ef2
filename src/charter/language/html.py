"""The charter as a web page: what :func:`charter.language.render` writes for ``"html"``.

A page a service can publish as it is: its language and region set, a skip link, headings
in order, the weekly hours as tables with row and column headers, the contact values as
links, and a small stylesheet of its own (no outside resources, no scripts, no fonts to
fetch) that reads well from a phone to a desktop and on paper. With ``fragment=True``
it is the charter alone, one ``<article class="charter">`` with its stylesheet inside,
every rule within ``.charter``, to paste into a page of a content management system.
Either may carry the charter as schema.org JSON-LD, in a ``<script
type="application/ld+json">`` data block that browsers do not run (docs/interop.md).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from importlib import resources

from charter._checks import check_flag
from charter.calendars.base import check_date
from charter.hours.model import OpeningHours
from charter.language._blocks import Items, Link, Paragraph, Section, Table
from charter.language.messages import Messages
from charter.model.contact import EMAIL_PATTERN, URL_PATTERN

__all__ = ["stylesheet", "write_html"]

#: What a link may lead to: a telephone number (E.164), an e-mail address, an https page.
#: The model's values have these shapes when they are read; a value built in Python past
#: the parsers that has not is shown, not linked.
_HREF = re.compile(
    rf"tel:(\+[1-9][0-9]{{7,14}}|1[0-9]{{3}})|mailto:{EMAIL_PATTERN}|{URL_PATTERN}", re.ASCII
)
#: The id of the page's main content, where the skip link leads.
_MAIN = "content"


@cache
def stylesheet(*, page: bool = True) -> str:
    """The page's stylesheet, its comments left out; ``page=False``: the charter's alone.

    The charter's rules (``charter.css``) are all within ``.charter``; a page adds its
    own (``page.css``): the font, the skip link, a dark scheme.
    """
    names = ("charter.css", "page.css") if page else ("charter.css",)
    files = resources.files(__package__)
    text = "".join(files.joinpath(name).read_text(encoding="utf-8") for name in names)
    lines = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL).splitlines()
    return "\n".join(line for line in lines if line.strip())


def write_html(
    sections: Iterable[Section],
    m: Messages,
    *,
    fragment: bool = False,
    today: date | None = None,
    linked_data: Mapping[str, object] | None = None,
) -> str:
    """*sections* as a web page in the language of *m*; see the module's documentation.

    *today* marks today's weekday in the hours tables, when the regular week holds on it.
    *linked_data* (schema.org JSON-LD) goes in a data block: in the page's head, or at the
    end of a fragment's article.
    """
    check_flag(fragment)
    if today is not None:
        check_date(today, "today")
    sections = list(sections)
    script = "" if linked_data is None else _data_block(linked_data)
    article = _article(sections, m, today, style=fragment, script=script if fragment else "")
    if fragment:
        return article
    title = sections[0].heading if sections else ""
    # Translators: the skip link, the page's first link, to its main content ("Naar de
    # inhoud", "Aller au contenu", "Zum Inhalt springen").
    skip = m.gettext("Skip to the content")
    e = _escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(_language_tag(m))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        f"<style>\n{stylesheet()}\n</style>",
        *([script] if script else []),
        "</head>",
        "<body>",
        f'<a class="skip" href="#{_MAIN}">{e(skip)}</a>',
        f'<main id="{_MAIN}">',
        article.rstrip("\n"),
        "</main>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


def _data_block(data: Mapping[str, object]) -> str:
    """JSON-LD in a ``<script>`` data block; ``<``, ``>``, ``&`` and all but ASCII escaped.

    No text of the charter can end the block, and its control and bidirectional
    characters are JSON escapes: as everywhere else in the page, shown, not obeyed.
    """
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    for character, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(character, escape)
    return f'<script type="application/ld+json">{text}</script>'


def _article(
    sections: list[Section], m: Messages, today: date | None, *, style: bool, script: str = ""
) -> str:
    e = _escape
    lang = f' lang="{e(_language_tag(m))}"' if style else ""
    out = [f'<article class="charter"{lang}>']
    if style:
        out.append(f"<style>\n{stylesheet(page=False)}\n</style>")
    for section in sections:
        out.append(f"<h{section.level}>{e(section.heading)}</h{section.level}>")
        for block in section.blocks:
            if isinstance(block, Paragraph):
                out.append(f"<p>{e(block.text)}</p>")
            elif isinstance(block, Items):
                if block.lines:
                    out.append("<ul>")
                    out.extend(f"<li>{_line(line)}</li>" for line in block.lines)
                    out.append("</ul>")
            else:
                out.extend(_table(block, today))
    if script:
        out.append(script)
    out.append("</article>")
    return "\n".join(out) + "\n"


def _table(table: Table, today: date | None) -> list[str]:
    e = _escape
    current = None
    if today is not None and table.hours is not None and _regular_week_on(table.hours, today):
        current = today.weekday()
    marked = ' aria-current="date"'
    rows = [
        f'<tr{marked if index == current else ""}><th scope="row">{e(day)}</th>'
        f"<td>{e(hours)}</td></tr>"
        for index, (day, hours) in enumerate(table.rows)
    ]
    first, second = table.header
    return [
        "<table>",
        f"<caption>{e(table.caption)}</caption>",
        f'<thead><tr><th scope="col">{e(first)}</th><th scope="col">{e(second)}</th></tr></thead>',
        "<tbody>",
        *rows,
        "</tbody>",
        "</table>",
    ]


def _regular_week_on(hours: OpeningHours, d: date) -> bool:
    """Whether the regular week governs *d*: no exception, holiday, season or early closing.

    Nor extra hours of some weeks only (the first Thursday, every other Saturday).

    On such a day, marking its weekday's row would say the regular hours hold: the words
    above the table say the exceptions instead.
    """
    return not (
        any(special.matches(d) for special in hours.special)
        or (hours.holidays is not None and hours.holidays.is_holiday(d))
        or any(season.matches(d) for season in hours.seasons)
        or any(not item.every_week and item.matches(d) for item in hours.extra)
        or any(early.matches(d) for early in hours.close_early)
    )


def _line(line: str | Link) -> str:
    """A line of a list, its contact value a link."""
    if isinstance(line, str):
        return _escape(line)
    shown = _escape(line.shown)
    if _HREF.fullmatch(line.href):
        shown = f'<a href="{_escape(line.href)}">{shown}</a>'
    return f"{_escape(line.before)}{shown}{_escape(line.after)}"


def _language_tag(m: Messages) -> str:
    """The BCP 47 tag of *m*'s locale, as HTML's ``lang`` takes it: ``nl-BE``, ``en``."""
    locale = m.locale
    return "-".join(part for part in (locale.language, locale.script, locale.territory) if part)


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
