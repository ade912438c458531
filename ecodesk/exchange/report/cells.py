"""Writing cells safely and sheets that print well, on openpyxl's write-only worksheets.

Safety: openpyxl turns any str beginning with '=' into a live formula and a str such as '#N/A'
into an error value. Every text that could be taken so is written as a string cell; Excel then
shows it as typed, whatever it begins with (= + - @). Characters that XML cannot hold (control
characters pasted from other programs) are dropped rather than failing the whole workbook.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ecodesk.exchange.report import styles

_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")
# First characters after which openpyxl would not keep a str as plain text.
_RISKY_FIRST = frozenset("=#")
MIN_WIDTH, MAX_WIDTH = 5.0, 60.0
# How many rows of a long list decide its column widths.
WIDTH_SAMPLE = 3000
# Excel's code for A4 paper (Worksheet.PAPERSIZE_A4, missing on write-only sheets).
PAPER_A4 = "9"


def discard(wb: Workbook) -> None:
    """Close and delete the temporary files of an unsaved write-only workbook (after a cancel)."""
    for ws in wb._sheets:
        rows = getattr(ws, "_rows", None)
        writer = getattr(ws, "_writer", None)
        if rows is not None:
            rows.close()
        if writer is not None:
            writer.close()
            Path(writer.out).unlink(missing_ok=True)


def row_height(font_size: int) -> float:
    """Points of a row that holds one line of Thai text at ``font_size``."""
    return round(font_size * 1.55, 2)


def xml_safe(value: str) -> str:
    """``value`` without the control characters that XML cannot hold."""
    return _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value


def text_cell(ws: WriteOnlyWorksheet, value: str, style: str | None = None) -> WriteOnlyCell:
    """A cell that holds ``value`` as text, never as a formula or an error."""
    cell = WriteOnlyCell(ws)
    if style:
        cell.style = style
    cell.value = xml_safe(value)
    cell.data_type = "s"
    return cell


def safe(ws: WriteOnlyWorksheet, value: Any) -> Any:
    """``value`` as it can be appended: risky text wrapped in a text cell, the rest unchanged."""
    if type(value) is str and value and (value[0] in _RISKY_FIRST or _ILLEGAL.search(value)):
        return text_cell(ws, value)
    return value


def styled(ws: WriteOnlyWorksheet, value: Any, style: str) -> WriteOnlyCell:
    """A cell with a named style; text stays text."""
    if isinstance(value, str):
        return text_cell(ws, value, style)
    cell = WriteOnlyCell(ws)
    cell.style = style
    cell.value = value
    return cell


class StyledColumn:
    """One styled cell reused for every row of a long list.

    A write-only row is serialised as it is appended, so the same cell can carry the next
    row's value: the style is looked up once instead of once per cell.
    """

    def __init__(self, ws: WriteOnlyWorksheet, style: str) -> None:
        self.cell = WriteOnlyCell(ws)
        self.cell.style = style

    def __call__(self, value: Any) -> WriteOnlyCell | None:
        if value is None:
            return None
        cell = self.cell
        if isinstance(value, str):
            cell.value = xml_safe(value)
            cell.data_type = "s"
        else:
            cell.value = value
        return cell


def display_width(text: str) -> int:
    """Columns a text takes on screen: Thai vowel and tone marks above and below take none."""
    return sum(1 for ch in text if unicodedata.combining(ch) == 0 and ch != "\u200b")


def _width(value: Any) -> float:
    if value is None:
        return 0.0
    if isinstance(value, str):
        return max((display_width(line) for line in value.splitlines()), default=0)
    if isinstance(value, float):
        return len(f"{value:,.2f}")
    return len(str(value))


class SheetWriter:
    """A write-only sheet: safe appends, styled rows, widths, freeze, filter and print set-up.

    Everything that Excel stores before the rows (widths, frozen panes) must be set before the
    first row is written: call ``set_widths`` and ``freeze`` first.
    """

    def __init__(
        self, wb: Workbook, title: str, font: styles.FontChoice, *, landscape: bool = False
    ) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(title)
        self.rows = 0
        self.font = font
        self.widths: list[float] = []
        # Thai text needs taller rows than Excel's default: room for vowels above and below.
        self.ws.sheet_format.defaultRowHeight = row_height(font.size)
        self._print_setup(landscape)

    # --- before the rows ----------------------------------------------------------------

    def set_widths(self, widths: Sequence[float]) -> None:
        self.widths = [min(MAX_WIDTH, max(MIN_WIDTH, w)) for w in widths]
        for index, width in enumerate(self.widths, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = width

    def fit_widths(self, rows: Iterable[Sequence[Any]], minimum: Sequence[float] = ()) -> None:
        """Widths that fit the longest value of each column (a sample of long lists)."""
        widest: list[float] = list(minimum)
        for n, row in enumerate(rows):
            if n >= WIDTH_SAMPLE:
                break
            for i, value in enumerate(row):
                if i >= len(widest):
                    widest.append(0.0)
                widest[i] = max(widest[i], _width(value))
        self.set_widths([w * 1.1 + 2 for w in widest])

    def freeze(self, cell: str) -> None:
        self.ws.freeze_panes = cell

    # --- rows ---------------------------------------------------------------------------

    def append(self, values: Sequence[Any]) -> None:
        """A row of plain values (text made safe)."""
        ws = self.ws
        self.ws.append([safe(ws, v) for v in values])
        self.rows += 1

    def append_styled(self, values: Sequence[Any], style: str | Sequence[str | None]) -> None:
        """A row with one style for every cell, or one per cell (None: plain)."""
        each = [style] * len(values) if isinstance(style, str) else list(style)
        ws = self.ws
        self.ws.append(
            [
                safe(ws, v) if s is None else styled(ws, v, s)
                for v, s in zip(values, each, strict=True)
            ]
        )
        self.rows += 1

    def blank(self, count: int = 1) -> None:
        for _ in range(count):
            self.ws.append([])
            self.rows += 1

    def title(self, text: str, *more: str) -> None:
        """A bold title row and plain lines under it."""
        self.append_styled([text], styles.TITLE)
        for line in more:
            self.append_styled([line], styles.SUBTITLE)

    def header(self, names: Sequence[str]) -> int:
        """A header row, tall enough for its wrapped names; returns its row number."""
        lines = max(
            (
                math.ceil(display_width(name) * 1.1 / max(width - 1, 1))
                for name, width in zip(names, self.widths, strict=False)
            ),
            default=1,
        )
        if lines > 1:
            self.ws.row_dimensions[self.rows + 1].height = row_height(self.font.size) * lines
        self.append_styled(list(names), styles.HEADER)
        return self.rows

    def merge(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        ref = f"{get_column_letter(first_col)}{first_row}:{get_column_letter(last_col)}{last_row}"
        self.ws.merged_cells.add(ref)

    # --- list and print -----------------------------------------------------------------

    def autofilter(self, header_row: int, last_row: int, last_col: int) -> None:
        self.ws.auto_filter.ref = (
            f"A{header_row}:{get_column_letter(last_col)}{max(last_row, header_row)}"
        )

    def repeat_rows(self, first: int, last: int) -> None:
        """Print these rows at the top of every page."""
        self.ws.print_title_rows = f"{first}:{last}"

    def _print_setup(self, landscape: bool) -> None:
        """A4, one page wide, page numbers in the footer (set before the rows: Excel reads
        the fit-to-page flag from the sheet's head)."""
        ws = self.ws
        ws.page_setup.paperSize = PAPER_A4
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.print_options.horizontalCentered = True
        ws.oddFooter.center.text = "หน้า &P / &N"
        ws.oddFooter.right.text = "&A"
