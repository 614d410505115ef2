"""The blocks a charter document is made of, which every writer reads.

:mod:`charter.language.document` builds them from a charter; it writes them as Markdown
and plain text, and :mod:`charter.language.html` as a web page.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["Block", "Items", "Paragraph", "Section", "Table"]


@frozen
class Items:
    """A bulleted list."""

    lines: tuple[str, ...]


@frozen
class Paragraph:
    """A paragraph."""

    text: str


@frozen
class Table:
    """A table of two columns: a caption, the column headers, a row header and a cell each."""

    caption: str
    header: tuple[str, str]
    rows: tuple[tuple[str, str], ...]


Block = Items | Paragraph | Table


@frozen
class Section:
    """A heading of *level* (1 to 6) and the blocks under it."""

    level: int
    heading: str
    blocks: tuple[Block, ...]
