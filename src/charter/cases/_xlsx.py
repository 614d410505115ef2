r"""Excel workbooks (``.xlsx``) as rows of typed cells, through openpyxl, streamed.

openpyxl reads the sheet a row at a time (``read_only=True``), each formula as the value
Excel stored when it last calculated it (``data_only=True``); a formula that was never
calculated, as in a file written by a program that does not calculate, would read as
empty, so the sheet is refused, naming the cell.
Rows are numbered as Excel shows them; empty rows are passed over as CSV's blank lines
are. A cell holding one of Excel's errors (``#N/A``, ``#VALUE!``, ...) in a column the
reader reads spoils its row. A number shown as a date alone (its format has no hours nor
seconds) is a date, without a time of day: not an instant.

openpyxl holds some of a workbook whole, so what it would hold is checked first, from
the archive's directory and by scanning the sheets' XML, and a workbook over a limit is
refused before openpyxl reads it:

- every part but the sheets (the shared strings, the styles, the workbook) unpacks to
  at most :data:`MAX_PART_BYTES` (what a zip archive says a part unpacks to is all it
  gives; a part that gives more is refused as corrupt);
- a row's XML in a sheet is at most ``max_line_bytes`` long, and the XML before its
  first row, or after its last, at most :data:`MAX_AROUND_ROWS_BYTES`;
- a sheet has at most :data:`MAX_ROWS` rows (Excel's own limit), numbered so too, and
  holds no DTD and no CDATA (Excel writes neither).

So a workbook that unpacks to gigabytes (a "zip bomb"), a row of a million cells or a
cell of a gigabyte is refused, and memory stays bounded. The dimension a sheet declares
(``A1:XFD1048576``, say) is not trusted: rows are as long as their cells.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from datetime import datetime
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, Self

import openpyxl
from openpyxl.styles.numbers import is_date_format
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from charter._excerpt import EXCERPT, capped, excerpt
from charter.cases._formats import Cell, Unreadable, unreadable_file
from charter.errors import CharterError, CharterValueError

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

__all__ = ["MAX_AROUND_ROWS_BYTES", "MAX_PART_BYTES", "MAX_ROWS", "Sheet"]

#: The bytes a part of a workbook other than a sheet may unpack to.
MAX_PART_BYTES = 64 * 1024 * 1024
#: The bytes of a sheet's XML before its first row, or after its last.
MAX_AROUND_ROWS_BYTES = 1024 * 1024
#: Excel's last row.
MAX_ROWS = 1_048_576
#: What a number format shows literally (quoted, escaped, in brackets), and what shows a
#: time of day (hours or seconds: minutes go with one of them).
_LITERAL = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
_TIME = re.compile("[hHsS]")
#: The archive's folder of sheets, whose parts are scanned rather than measured.
_SHEETS = "xl/worksheets/"
#: A row's start or end tag (any namespace prefix), or what Excel never writes.
_MARK = re.compile(
    rb"<(/?)(?:[A-Za-z_][\w.-]{0,40}:)?row(?=[\s/>])|<!(?:\[CDATA\[|DOCTYPE|ENTITY)"
    rb"|(<)(?:[A-Za-z_][\w.-]{0,40}:)?c(?=[\s/>])"
    rb"|(<)(?:[A-Za-z_][\w.-]{0,40}:)?f(?=[\s/>])"
    rb"|(<)(?:[A-Za-z_][\w.-]{0,40}:)?v(?=[\s/>])"
)
#: A cell's reference, in the attributes after its start tag: its column and row.
_REF = re.compile(rb'[^>]*?\sr\s*=\s*["\']([A-Z]{1,3})(\d{1,9})["\']')
#: A row's number, in the attributes after its start tag.
_NUMBER = re.compile(rb'[^>]*?\sr\s*=\s*["\'](\d{1,9})["\']')
#: How much of the sheet's XML is scanned at a time, and how much is kept to find a tag
#: cut between two reads.
_CHUNK = 1 << 20
_KEEP = 256
#: What an old Excel file (.xls, an OLE2 compound file) starts with.
_OLE2 = b"\xd0\xcf\x11\xe0"
_EXPECTED = "an Excel workbook (.xlsx)"


class Sheet:
    """The first sheet of a workbook (or the one named *sheet*), as a :class:`Table`.

    *file* is the workbook open for reading in binary; *shown* names it in errors;
    *max_row_bytes* is the most a row's XML may take.
    """

    def __init__(
        self, file: IO[bytes], *, shown: str, max_row_bytes: int, sheet: str | None
    ) -> None:
        self._file = file
        self._shown = shown
        self._max_row_bytes = max_row_bytes
        self._name = sheet
        self._book: Workbook | None = None
        self._values: Iterator[tuple[int, tuple[Any, ...]]] = iter(())

    def __enter__(self) -> Self:
        archive = self._archive()
        with archive:
            names = {info.filename for info in archive.infolist()}
            self._checked(archive, sorted(name for name in names if name.startswith(_SHEETS)))
            try:
                self._book = openpyxl.load_workbook(
                    self._file, read_only=True, data_only=True, keep_links=False
                )
            except MemoryError:
                raise
            except Exception as error:  # noqa: BLE001 - whatever openpyxl meets is the file's
                raise unreadable_file(self._shown, _EXPECTED, error) from None
            try:
                sheet = self._sheet(self._book)
                path = getattr(sheet, "_worksheet_path", "")
                self._checked(archive, [path] if path in names else [], rows=True)
            except BaseException:
                self._book.close()
                raise
        sheet.reset_dimensions()  # the declared size is not trusted: rows end at their last cell
        self._values = self._numbered(sheet)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._book is not None:
            self._book.close()

    def header(self) -> tuple[int | None, Sequence[object]]:
        """The first row that is not empty, without its empty cells at the end."""
        for number, cells in self._values:
            values = [cell.value for cell in cells]
            while values and values[-1] in {None, ""}:
                values.pop()
            return number, values
        raise CharterValueError(f"{self._shown}: the sheet is empty: no header row")

    def rows(self, used: Sequence[int]) -> Iterator[tuple[int, Sequence[Cell]]]:
        """The rows after the header that are not empty: their cells in the columns *used*."""
        for number, cells in self._values:
            width = len(cells)
            yield number, [_cell(cells[k]) if k < width else None for k in used]

    def _checked(self, archive: zipfile.ZipFile, sheets: list[str], *, rows: bool = False) -> None:
        """Check *archive*'s parts (or, with *rows*, its *sheets* whole), as the module says.

        Without *rows*, only what openpyxl reads of each sheet as it opens the workbook.
        """
        try:
            if not rows:
                _check_parts(archive, self._shown)
            for name in sheets:
                with archive.open(name) as part:
                    where = f"{self._shown}: sheet {capped(name, EXCERPT)}"
                    _scan(part, where, self._max_row_bytes, rows=rows)
        except CharterError:
            raise
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            RuntimeError,
            ValueError,
        ) as error:
            raise unreadable_file(self._shown, _EXPECTED, error) from None

    def _archive(self) -> zipfile.ZipFile:
        try:
            return zipfile.ZipFile(self._file)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            self._file.seek(0)
            start = self._file.read(len(_OLE2))
            why = (
                "it is an older Excel workbook (.xls): save it as .xlsx"
                if start == _OLE2
                else "it is not a zip archive, or not a whole one (is it a CSV file? then "
                "format='csv')"
            )
            raise CharterValueError(f"{self._shown}: not {_EXPECTED}: {why}") from None

    def _sheet(self, book: Workbook) -> ReadOnlyWorksheet:
        if self._name is None:
            sheets = book.worksheets
            if not sheets:
                raise CharterValueError(f"{self._shown}: the workbook has no worksheet")
            chosen = sheets[0]
        else:
            if self._name not in book.sheetnames:
                names = ", ".join(excerpt(name) for name in book.sheetnames[:10])
                raise CharterValueError(
                    f"{self._shown}: no sheet {excerpt(self._name)}; the workbook has {names}"
                )
            chosen = book[self._name]
        if not isinstance(chosen, ReadOnlyWorksheet):  # a chart sheet
            raise CharterValueError(
                f"{self._shown}: sheet {excerpt(chosen.title)} is a chart, not a worksheet"
            )
        return chosen

    def _numbered(self, sheet: ReadOnlyWorksheet) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """The rows that are not empty, with their numbers; openpyxl's errors the file's."""
        # The stubs type iter_rows for a Worksheet, which a ReadOnlyWorksheet borrows it from.
        cells = sheet.iter_rows()  # type: ignore[misc]
        number = 0
        while True:
            try:
                row = next(cells, None)
            except MemoryError:
                raise
            except Exception as error:  # noqa: BLE001 - whatever openpyxl meets is the file's
                where = f"{self._shown}:{number + 1}"
                raise unreadable_file(where, "a row Excel writes", error) from None
            if row is None:
                return
            number += 1
            if number > MAX_ROWS:  # openpyxl fills in the rows a number skips
                raise _past_last_row(self._shown, number)
            if any(cell.value is not None and cell.value != "" for cell in row):
                yield number, row


def _cell(cell: Any) -> Cell:  # noqa: ANN401 - a cell as openpyxl gives it
    """The value of *cell*: an error Excel shows unreadable; a date alone a date."""
    value = cell.value
    if cell.data_type == "e":
        return Unreadable(f"holds Excel's error {capped(str(value), EXCERPT)}")
    if isinstance(value, datetime) and _date_alone(cell):
        return value.date()  # a number shown as a date: its time is no one's
    return value  # type: ignore[no-any-return]  # what openpyxl gives is a Cell


def _date_alone(cell: Any) -> bool:  # noqa: ANN401 - a cell as openpyxl gives it
    """Whether *cell*'s number format shows a date without a time of day."""
    try:
        shown = str(cell.number_format)
    except (LookupError, AttributeError):  # a style the workbook does not have
        return False
    if not is_date_format(shown):
        return False
    return _TIME.search(_LITERAL.sub("", shown.split(";", maxsplit=1)[0])) is None


def _past_last_row(shown: str, number: int) -> CharterValueError:
    return CharterValueError(
        f"{shown}: row {number:,} is past Excel's last row, {MAX_ROWS:,}: not a sheet Excel writes"
    )


def _check_parts(archive: zipfile.ZipFile, shown: str) -> None:
    """Refuse a workbook a part of which (the sheets aside) unpacks to too much."""
    for info in archive.infolist():
        if info.filename.startswith(_SHEETS) or info.file_size <= MAX_PART_BYTES:
            continue
        raise CharterValueError(
            f"{shown}: part {excerpt(info.filename)} of the workbook unpacks to "
            f"{info.file_size:,} bytes, more than {MAX_PART_BYTES:,}: save the sheet as CSV"
        )


def _scan(part: IO[bytes], where: str, max_row_bytes: int, *, rows: bool) -> None:
    """Refuse the sheet *part* if a row's XML, or the XML around its rows, is too long.

    Also refused: rows or cells out of order, and a formula Excel never calculated (read
    with its cached values, openpyxl would give it as an empty cell). With *rows* false,
    only the XML before its first row is scanned.
    """
    scan = _SheetScan(where, max_row_bytes)
    held = b""  # what is kept of the last read, to find a tag cut between two reads
    start = 0  # where *held* starts in the part
    while True:
        chunk = part.read(_CHUNK)
        text = held + chunk
        end = len(text) if not chunk else max(len(text) - _KEEP, 0)
        for found in _MARK.finditer(text, 0, len(text)):
            if found.start() >= end:
                break
            if not scan.mark(found, text, start + found.start()) and not rows:
                return
        # A row (or the XML around the rows) already too long is refused here, not at the
        # next tag, which a gigantic cell may put hundreds of megabytes further on.
        scan.stretch(start + len(text))
        if not chunk:
            scan.cell_ends()
            return
        held, start = text[end:], start + end


class _SheetScan:
    """What :func:`_scan` knows of a sheet so far: the row and cell it is in."""

    def __init__(self, where: str, max_row_bytes: int) -> None:
        self.where, self.max_row_bytes = where, max_row_bytes
        self.last = 0  # where the last row tag starts
        self.in_row = False
        self.number = self.count = self.column = 0
        self.formula: str | None = None  # the cell in hand, if it holds a formula
        self.valued = False  # whether the cell in hand has a value

    def mark(self, found: re.Match[bytes], text: bytes, at: int) -> bool:
        """Take the tag *found* at *at*; False for a row's tag.

        The first row's tag ends a scan of the XML before the rows.
        """
        if found.group(3) is not None:  # a formula in the cell in hand
            self.formula = f"{_column_letters(self.column)}{self.number}"
            return True
        if found.group(4) is not None:  # its (cached) value
            self.valued = True
            return True
        if found.group(2) is not None:  # a cell: after the one before it, in its row
            self.cell_ends()
            self.column = _cell_column(text, found.end(), self.where, self.number, self.column)
            return True
        self.cell_ends()
        self.stretch(at)
        if found.group(1) is None:
            raise CharterValueError(f"{self.where} holds a DTD or CDATA: not a sheet Excel writes")
        self.last, self.in_row = at, not found.group(1)
        if self.in_row:
            self.count += 1
            self.number = _row_number(text, found.end(), self.where, self.number, self.count)
            self.column = 0
        return False

    def cell_ends(self) -> None:
        """Refuse the cell in hand if it holds a formula without a value."""
        if self.formula is not None and not self.valued:
            raise CharterValueError(
                f"{self.where}: cell {self.formula} holds a formula Excel never calculated, "
                "so it has no value to read: open the workbook in Excel and save it, or "
                "write the value"
            )
        self.formula, self.valued = None, False

    def stretch(self, at: int) -> None:
        _check_stretch(self.where, at - self.last, self.in_row, self.number, self.max_row_bytes)


def _column_letters(column: int) -> str:
    """A column's letters (1 is A, 27 is AA)."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _row_number(text: bytes, after: int, where: str, previous: int, count: int) -> int:
    """The number of the row whose tag ends at *after*; refused unless after *previous*."""
    given = _NUMBER.match(text, after, after + 200)
    number = int(given.group(1)) if given else previous + 1
    if number <= previous:
        raise _out_of_order(where, f"row {number:,} comes after row {previous:,}")
    if max(number, count) > MAX_ROWS:
        raise _past_last_row(where, max(number, count))
    return number


def _cell_column(text: bytes, after: int, where: str, row: int, column: int) -> int:
    """The column of the cell whose tag ends at *after*; refused unless after *column*.

    openpyxl reads a row's cells in the order written and sizes the row by the last one:
    a cell written before one to its left, or carrying another row's number, would be lost
    without a word, so such a sheet is refused.
    """
    given = _REF.match(text, after, after + 200)
    if given is None:
        return column + 1  # no reference: the next cell
    letters, number = given.group(1), int(given.group(2))
    found = 0
    for letter in letters:
        found = found * 26 + letter - 64
    if number != row or found <= column:
        cell = f"{letters.decode()}{number}"
        raise _out_of_order(where, f"cell {cell} in row {row:,} is not after the cell before it")
    return found


def _out_of_order(where: str, what: str) -> CharterValueError:
    return CharterValueError(
        f"{where}: {what}; Excel writes rows and cells in order, and read out of order "
        "some would be lost"
    )


def _check_stretch(where: str, size: int, in_row: bool, number: int, max_row_bytes: int) -> None:  # noqa: FBT001
    if in_row and size > max_row_bytes:
        raise CharterValueError(
            f"{where}: row {number:,} takes more than {max_row_bytes:,} bytes of XML "
            "(max_line_bytes)"
        )
    if not in_row and size > MAX_AROUND_ROWS_BYTES:
        raise CharterValueError(
            f"{where}: more than {MAX_AROUND_ROWS_BYTES:,} bytes of XML outside its rows"
        )
