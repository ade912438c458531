"""The workbook's look: one font for everything, named styles registered once per workbook.

Cells that need no more than the font are left unstyled: the workbook's Normal style carries
the font, so the big lists cost no style look-up per cell.
"""

from __future__ import annotations

from copy import copy
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.styles.borders import DEFAULT_BORDER
from openpyxl.styles.named_styles import NamedStyleList
from openpyxl.utils.indexed_list import IndexedList

from ecodesk.services.thai_dates import EXCEL_BE_DATE, EXCEL_BE_DATETIME

DEFAULT_FONT_NAME = "TH SarabunPSK"
DEFAULT_FONT_SIZE = 16
#: Fonts offered for the workbook: what Thai government PCs have, and the bundled open one.
FONT_CHOICES = ("TH SarabunPSK", "TH Sarabun New", "Sarabun")
THAI_CHARSET = 222

# Style names, so that sheets ask for a style by meaning.
TITLE = "ed_title"
SUBTITLE = "ed_subtitle"
HEADER = "ed_header"
TEXT = "ed_text"
WRAP = "ed_wrap"
INTEGER = "ed_integer"
DECIMAL = "ed_decimal"
LABEL = "ed_label"
TOTAL_TEXT = "ed_total_text"
TOTAL_INTEGER = "ed_total_integer"
TOTAL_DECIMAL = "ed_total_decimal"
NOTE = "ed_note"
DATETIME = "ed_datetime"
DATE = "ed_date"


@dataclass(frozen=True)
class FontChoice:
    name: str = DEFAULT_FONT_NAME
    size: int = DEFAULT_FONT_SIZE

    @classmethod
    def from_settings(cls, settings: dict[str, object]) -> FontChoice:
        name = str(settings.get("report_font") or DEFAULT_FONT_NAME)
        try:
            size = int(str(settings.get("report_font_size") or DEFAULT_FONT_SIZE))
        except ValueError:
            size = DEFAULT_FONT_SIZE
        return cls(name, size if 8 <= size <= 36 else DEFAULT_FONT_SIZE)


def _set_default_font(wb: Workbook, font: Font) -> None:
    """Make ``font`` the workbook's Normal font: every unstyled cell and column width uses it."""
    wb._fonts = IndexedList([font])
    wb._named_styles = NamedStyleList()
    wb.add_named_style(
        NamedStyle(name="Normal", font=copy(font), border=copy(DEFAULT_BORDER), builtinId=0)
    )


def register_styles(wb: Workbook, choice: FontChoice) -> None:
    """Set the font and add the named styles the sheets use."""
    base = Font(name=choice.name, sz=choice.size, charset=THAI_CHARSET)
    bold = Font(name=choice.name, sz=choice.size, bold=True, charset=THAI_CHARSET)
    _set_default_font(wb, base)
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_fill = PatternFill("solid", fgColor="D9E2F3")
    total_fill = PatternFill("solid", fgColor="F2F2F2")
    top = Alignment(vertical="top")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)

    def add(name: str, **kwargs: object) -> None:
        kwargs.setdefault("font", base)
        wb.add_named_style(NamedStyle(name=name, **kwargs))  # type: ignore[arg-type]

    add(TITLE, font=Font(name=choice.name, sz=choice.size + 4, bold=True, charset=THAI_CHARSET))
    add(SUBTITLE, font=bold)
    add(HEADER, font=bold, fill=header_fill, border=box, alignment=centre)
    add(TEXT, border=box, alignment=top)
    add(WRAP, border=box, alignment=Alignment(vertical="top", wrap_text=True))
    add(INTEGER, border=box, number_format="#,##0", alignment=top)
    add(DECIMAL, border=box, number_format="0.00", alignment=top)
    add(LABEL, font=bold)
    add(TOTAL_TEXT, font=bold, fill=total_fill, border=box)
    add(TOTAL_INTEGER, font=bold, fill=total_fill, border=box, number_format="#,##0")
    add(TOTAL_DECIMAL, font=bold, fill=total_fill, border=box, number_format="0.00")
    add(NOTE, font=Font(name=choice.name, sz=choice.size, italic=True, charset=THAI_CHARSET))
    # Borderless: the long lists have no boxes, which would add a style to every cell.
    add(DATETIME, number_format=EXCEL_BE_DATETIME)
    add(DATE, number_format=EXCEL_BE_DATE)
