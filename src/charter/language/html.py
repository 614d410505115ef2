"""The charter as a web page: what :func:`charter.language.render` writes for ``"html"``."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from charter.language._blocks import Items, Link, Paragraph, Section
from charter.language.messages import Messages
from charter.model.contact import EMAIL_PATTERN, URL_PATTERN

#: What a link may lead to: a telephone number (E.164), an e-mail address, an https page.
#: The model's values have these shapes when they are read; a value built in Python past
#: the parsers that has not is shown, not linked.
_HREF = re.compile(rf"tel:\+[1-9]\d{{7,14}}|mailto:{EMAIL_PATTERN}|{URL_PATTERN}", re.ASCII)

__all__ = ["write_html"]


def write_html(sections: Iterable[Section], m: Messages) -> str:
    """*sections* as a complete web page in the language of *m*."""
    e = _escape
    sections = list(sections)
    title = sections[0].heading if sections else ""
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{e(_language_tag(m))}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        "</head>",
        "<body>",
        "<main>",
    ]
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
                out.append("<table>")
                out.append(f"<caption>{e(block.caption)}</caption>")
                out.append(
                    f'<thead><tr><th scope="col">{e(block.header[0])}</th>'
                    f'<th scope="col">{e(block.header[1])}</th></tr></thead>'
                )
                out.append("<tbody>")
                out.extend(
                    f'<tr><th scope="row">{e(day)}</th><td>{e(hours)}</td></tr>'
                    for day, hours in block.rows
                )
                out.append("</tbody>")
                out.append("</table>")
    out.extend(["</main>", "</body>", "</html>"])
    return "\n".join(out) + "\n"


def _language_tag(m: Messages) -> str:
    """The BCP 47 tag of *m*'s locale, as HTML's ``lang`` takes it: ``nl-BE``, ``en``."""
    locale = m.locale
    return "-".join(part for part in (locale.language, locale.script, locale.territory) if part)


def _line(line: str | Link) -> str:
    """A line of a list, its contact value a link."""
    if isinstance(line, str):
        return _escape(line)
    shown = _escape(line.shown)
    if _HREF.fullmatch(line.href):
        shown = f'<a href="{_escape(line.href)}">{shown}</a>'
    return f"{_escape(line.before)}{shown}{_escape(line.after)}"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)
