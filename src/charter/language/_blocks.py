"""The blocks a charter document is made of, which every writer reads.

:mod:`charter.language.document` builds them from a charter; it writes them as Markdown
and plain text, and :mod:`charter.language.html` as a web page.
"""

from __future__ import annotations

from attrs import frozen

from charter.hours.model import OpeningHours

__all__ = ["Block", "Items", "Link", "Paragraph", "Section", "Table"]


@frozen
class Link:
    """A line that shows a contact value, such as ``Telephone: +32 2 555 00 00``.

    The page links *shown* to *href* (``tel:``, ``mailto:`` or ``https:``); the other
    formats write the line as its text, ``str(link)``.
    """

    before: str
    shown: str
    href: str
    after: str

    def __str__(self) -> str:
        return f"{self.before}{self.shown}{self.after}"


@frozen
class Items:
    """A bulleted list; a line may be a :class:`Link`."""

    lines: tuple[str | Link, ...]


@frozen
class Paragraph:
    """A paragraph."""

    text: str


@frozen
class Table:
    """A table of two columns: a caption, the column headers, a row header and a cell each.

    A table of *hours* has their regular week in its rows, Monday first.
    """

    caption: str
    header: tuple[str, str]
    rows: tuple[tuple[str, str], ...]
    hours: OpeningHours | None = None


Block = Items | Paragraph | Table


@frozen
class Section:
    """A heading of *level* (1 to 6) and the blocks under it."""

    level: int
    heading: str
    blocks: tuple[Block, ...]
