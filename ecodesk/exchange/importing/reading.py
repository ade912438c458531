"""Reading a registration file into rows of cell values, whatever its format.

xlsx, xls and ods go through python-calamine (fast, and the same reader for all three);
CSV is decoded as UTF-8 (with or without a BOM), UTF-16 with a BOM, else cp874 (Thai Excel's
"CSV (Comma delimited)"), without asking the user which. A file is read as what its first
bytes say it is, whatever its name ends with: a CSV saved as '.xlsx', a workbook renamed
'.xls' or '.csv'; a web page that a web system saved as '.xls' is refused with what to do.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import python_calamine

from ecodesk.exchange.importing import ods
from ecodesk.exchange.importing.formulas import OLE_SIGNATURE, read_formulas

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
SUFFIXES = SPREADSHEET_SUFFIXES + CSV_SUFFIXES

Cell = object
# A merged range of cells, 0-based and inclusive: (first row, column), (last row, column).
Merge = tuple[tuple[int, int], tuple[int, int]]


class ImportFileError(Exception):
    """A file that cannot be imported at all; the message names it and says why.

    The message is the command line's, in English; ``reason`` (one of the names below, or
    '' for what only the command line meets) lets a window say it in its own language, of
    ``file`` (and ``sheet``, when it concerns one).
    """

    def __init__(self, message: str, reason: str = "", file: str = "", sheet: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.file = file
        self.sheet = sheet


# Why a file cannot be imported, for a window to word (``ImportFileError.reason``).
MISSING, UNSUPPORTED, EMPTY, LOCK_FILE, PDF, WEB_PAGE = (
    "missing", "unsupported", "empty", "lock_file", "pdf", "web_page"
)  # fmt: skip
PASSWORD, DAMAGED, ENCODING, NO_NAMES = "password", "damaged", "encoding", "no_names"
IN_USE = "in_use"


@dataclass
class Table:
    """One sheet's cells, rows of values (str, int, float, bool, date/datetime or '')."""

    file: str
    sheet: str
    rows: list[list[Cell]]
    encoding: str = ""
    # The workbook's other sheets that hold a list too, with the rows under their header.
    other_lists: dict[str, int] = field(default_factory=dict)
    # The other sheets that continue this list: the same header (one sheet per sector, say).
    continued: list[Table] = field(default_factory=list)
    hidden: bool = False  # a sheet the workbook hides
    # The ranges merged over more than one row (an organisation over the people it sends).
    merged_down: list[Merge] = field(default_factory=list)

    @property
    def same_layout(self) -> list[str]:
        """The names of the sheets that continue this list."""
        return [t.sheet for t in self.continued]


_ZIP = b"PK\x03\x04"  # xlsx, ods
# A PDF is text up to its first compressed stream: it must not pass for a CSV.
_PDF = b"%PDF-"
_HTML_MARKS = (b"<html", b"<!doctype html", b"<table")


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    path = Path(path)
    if _is_text(path):
        return [path.stem]
    return list(_open_workbook(path).sheet_names)


def _is_text(path: Path) -> bool:
    """Whether the file is read as CSV text (else as a workbook), by its first bytes.

    Refuses what cannot be read at all: a missing, empty or unknown file, a web page.
    """
    if not path.is_file():
        raise ImportFileError(f"{path.name}: no such file", MISSING, path.name)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportFileError(
            f"{path.name}: not a file EcoDesk can import (use xlsx, xls, ods or csv)",
            UNSUPPORTED,
            path.name,
        )
    try:
        with path.open("rb") as file:
            head = file.read(4096)
    except OSError as exc:  # open in Excel, which locks it on Windows; a drive gone
        raise ImportFileError(
            f"{path.name}: cannot be opened ({exc.strerror}); if it is open in another"
            " program (Excel), close it there and try again",
            IN_USE,
            path.name,
        ) from exc
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not start:
        raise ImportFileError(f"{path.name}: the file is empty", EMPTY, path.name)
    if head.startswith((_ZIP, OLE_SIGNATURE)):
        return False
    if path.name.startswith("~$"):
        raise ImportFileError(
            f"{path.name}: this is the small file Excel keeps beside a workbook while it is"
            " open (who has it open), not the list; import the workbook itself, the file"
            " without '~$'",
            LOCK_FILE,
            path.name,
        )
    if start.startswith(_PDF):
        raise ImportFileError(
            f"{path.name}: this is a PDF document saved under a spreadsheet's name, not a list"
            " EcoDesk can read; ask for the Excel or CSV file the list was printed from",
            PDF,
            path.name,
        )
    if start.startswith(b"<") and any(mark in head.lower() for mark in _HTML_MARKS):
        raise ImportFileError(
            f"{path.name}: this is a web page (HTML) saved under a spreadsheet's name, not a"
            " spreadsheet; open it in Excel and save it as an Excel workbook (.xlsx), then"
            " import that file",
            WEB_PAGE,
            path.name,
        )
    return (
        suffix in CSV_SUFFIXES or b"\x00" not in head or head.startswith((b"\xff\xfe", b"\xfe\xff"))
    )


def read_table(path: str | os.PathLike[str], sheet: str | None = None) -> Table:
    """The cells of ``sheet`` (default: the first sheet that has any data)."""
    for table in read_tables(path, sheet):
        return table
    raise ImportFileError(f"{Path(path).name}: every sheet is empty", EMPTY, Path(path).name)


def read_tables(path: str | os.PathLike[str], sheet: str | None = None) -> Iterator[Table]:
    """Each sheet that has any cells, in the workbook's order, read when asked for (only
    ``sheet``, even empty, when given); a CSV file is one table."""
    path = Path(path)
    if _is_text(path):
        yield _read_csv(path)
        return
    workbook = _open_workbook(path)
    names = list(workbook.sheet_names)
    if sheet is not None and sheet not in names:
        raise ImportFileError(f"{path.name}: no sheet named {sheet!r} (sheets: {', '.join(names)})")
    hidden = {
        m.name
        for m in workbook.sheets_metadata
        if m.visible != python_calamine.SheetVisibleEnum.Visible
    }
    for name in [sheet] if sheet is not None else names:
        # calamine parses without holding the interpreter lock: the formulas are looked for
        # meanwhile.
        with ThreadPoolExecutor(1) as pool:
            formulas = pool.submit(read_formulas, path, name, names.index(name))
            try:
                calamine_sheet = workbook.get_sheet_by_name(name)
                rows = _rows_of(calamine_sheet)
            except Exception as exc:  # calamine raises several unrelated types when damaged
                raise ImportFileError(
                    f"{path.name}, sheet {name}: cannot be read ({exc})", DAMAGED, path.name, name
                ) from exc
        if rows or sheet is not None:
            for (r, c), formula in formulas.result().items():
                if r < len(rows) and c < len(rows[r]):
                    rows[r][c] = formula
            merges = calamine_sheet.merged_cell_ranges
            if merges is None:  # calamine reads no merges from .ods
                merges = _ods_merges(path, name)
            down = [m for m in merges if m[1][0] > m[0][0]]
            yield Table(path.name, name, rows, hidden=name in hidden, merged_down=down)


def _rows_of(sheet: python_calamine.CalamineSheet) -> list[list[Cell]]:
    """The sheet's rows, numbered and lettered from A1 as the spreadsheet does.

    Taken one by one in a Python loop, which lets the window's thread run between rows:
    calamine's ``to_python`` converts them all in one call that holds the interpreter lock,
    0.4 s for 100,000 rows. calamine's rows start at row 1 but at the sheet's first used
    column; they are fresh lists, padded or patched in place later.
    """
    blank: list[Cell] = [""] * (sheet.start[1] if sheet.start else 0)
    rows: list[list[Cell]] = []
    for row in sheet.iter_rows():
        cells: list[Cell] = row  # type: ignore[assignment]
        rows.append(blank + cells if blank else cells)
    return rows


def _open_workbook(path: Path) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(os.fspath(path))
    except python_calamine.PasswordError as exc:
        raise ImportFileError(
            f"{path.name}: the file is protected by a password", PASSWORD, path.name
        ) from exc
    except Exception as exc:  # zip, xml and format errors all mean the same to the user
        by_content = _open_by_content(path)
        if by_content is not None:
            return by_content
        raise ImportFileError(
            f"{path.name}: cannot be read as a spreadsheet; it is damaged or incomplete, or"
            f" not a spreadsheet; open it in Excel and save it again ({exc})",
            DAMAGED,
            path.name,
        ) from exc


def _open_by_content(path: Path) -> python_calamine.CalamineWorkbook | None:
    """The workbook read as what its content is (an xlsx renamed '.xls'); None when that
    fails too: the first error then says more."""
    try:
        with path.open("rb") as file:
            return python_calamine.CalamineWorkbook.from_filelike(file)
    except Exception:  # calamine raises several unrelated types
        return None


# A cell merged over more than one row ('1' is a merge across only).
_ODS_ROWS_SPANNED_RE = re.compile(rb'number-rows-spanned="(?!1")')


def _ods_merges(path: Path, sheet: str) -> list[Merge]:
    """The merged ranges of an .ods sheet that reach over more than one row."""
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read("content.xml")
        if not _ODS_ROWS_SPANNED_RE.search(data):
            return []
        found: list[Merge] = []
        for row, column, cell in ods.cells(ElementTree.fromstring(data), sheet):
            rows = int(cell.get(f"{ods.TABLE}number-rows-spanned", "1"))
            if rows > 1:
                columns = int(cell.get(f"{ods.TABLE}number-columns-spanned", "1"))
                found.append(((row, column), (row + rows - 1, column + columns - 1)))
    # A damaged file: without its merges, read as calamine reads it.
    except (zipfile.BadZipFile, KeyError, ValueError, ElementTree.ParseError):
        return []
    return found


def fill_merged_down(table: Table, below: int, columns: set[int]) -> None:
    """Give every row under a cell merged down over several rows (an organisation over the
    people it sends, a sector over its block) that cell's value, as a clerk reads it, in
    ``columns`` and under the row ``below`` (the header)."""
    rows = table.rows
    for (top, column), (bottom, _) in table.merged_down:
        if top > below and column in columns and top < len(rows):
            value = rows[top][column]
            for r in range(top + 1, min(bottom + 1, len(rows))):
                if rows[r][column] == "":
                    rows[r][column] = value


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp874"), "cp874"
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            f"{name}: the text is neither UTF-8 nor Thai (cp874/TIS-620); "
            "save it again as 'CSV UTF-8' from Excel",
            ENCODING,
            name,
        ) from exc


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(
            f"{path.name}: not a text file; it cannot be read as CSV", DAMAGED, path.name
        )
    text, encoding = decode_text(data, path.name)
    sample = text[:8192]
    # Only the delimiter is sniffed: the sniffer's guess of quoting can be wrong on a file
    # with few quoted cells, and every spreadsheet program quotes the Excel way.
    try:
        delimiter = csv.Sniffer().sniff(sample, ",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    # Universal newlines: Excel for Mac ends lines with CR alone. A cell is never longer than
    # the file, so the limit of cell length is the file's.
    reader = csv.reader(io.StringIO(text, newline=None), csv.excel, delimiter=delimiter)
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))
    try:
        rows: list[list[Cell]] = [list(r) for r in reader]
    except csv.Error as exc:
        raise ImportFileError(
            f"{path.name}, line {reader.line_num}: cannot be read as CSV ({exc}); open it in"
            " Excel and save it again as 'CSV UTF-8'",
            DAMAGED,
            path.name,
        ) from exc
    if '="' in text:
        _show_as_excel(rows)
    return Table(path.name, path.stem, rows, encoding)


# '="0812345678"': how web systems write a cell so that Excel shows it as the text inside
# (a leading 0, a long number, any text), doubled quotes standing for one.
_EXCEL_TEXT_RE = re.compile(r'="((?:[^"]|"")*)"')


def _show_as_excel(rows: list[list[Cell]]) -> None:
    """Each cell written '="text"' as the text Excel shows for it; a formula that does more
    ('="ครู"&" "&"ชำนาญการ"') stays as written."""
    for row in rows:
        for i, cell in enumerate(row):
            if (
                isinstance(cell, str)
                and cell.startswith('="')
                and (text := _EXCEL_TEXT_RE.fullmatch(cell)) is not None
            ):
                row[i] = text.group(1).replace('""', '"')


def column_letter(index: int) -> str:
    """0 -> 'A', 27 -> 'AB', as a spreadsheet names its columns."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def pad(rows: Sequence[list[Cell]]) -> int:
    """Make every row as wide as the widest; returns that width."""
    width = max(map(len, rows), default=0)
    for r in [r for r in rows if len(r) < width]:
        r.extend([""] * (width - len(r)))
    return width
