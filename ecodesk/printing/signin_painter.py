"""The sign-in sheet painted on A4: heading, the table of 25 rows, certifiers, page x / y.

One painting function for the preview, the PDF and the printer, like the badges.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPagedPaintDevice, QPaintDevice, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from ecodesk.printing.layouts import Box
from ecodesk.printing.output import page_layout, paint_pages, write_pdf
from ecodesk.printing.text_fit import draw_fitted, fit_text
from ecodesk.services.progress import NO_PROGRESS, Progress
from ecodesk.services.signin_sheet import SigninRow, SigninSheet

PAGE_W, PAGE_H = 210.0, 297.0
LEFT, RIGHT, TOP, BOTTOM = 12.0, 10.0, 10.0, 10.0
ROWS_PER_PAGE = 25
# 25 rows of 8 mm leave room for the heading above and the certifiers below.
ROW_H = 8.0
HEAD_ROW_H = 12.0
FOOTER_H = 30.0
MIN_SIGNATURE_W = 22.0
GROUP_FILL = QColor("#EEEEEE")


@dataclass(frozen=True)
class _Column:
    heading: str
    width: float
    key: str  # number, name, position, organisation, signature, remark


def columns(sittings: Sequence[str]) -> list[_Column]:
    """Widths (mm) across the printable width; signature columns get at least 22 mm each."""
    usable = PAGE_W - LEFT - RIGHT
    number_w, remark_w = 10.0, 16.0
    flexible = {"name": 44.0, "position": 30.0, "organisation": 40.0}
    signatures = [f"ลายมือชื่อ\n({s})" for s in sittings] or ["ลายมือชื่อ"]
    signature_w = max(
        usable - number_w - remark_w - sum(flexible.values()), MIN_SIGNATURE_W * len(signatures)
    )
    scale = (usable - number_w - remark_w - signature_w) / sum(flexible.values())
    return [
        _Column("ลำดับ", number_w, "number"),
        _Column("ชื่อ–นามสกุล", flexible["name"] * scale, "name"),
        _Column("ตำแหน่ง", flexible["position"] * scale, "position"),
        _Column("หน่วยงาน", flexible["organisation"] * scale, "organisation"),
        *(_Column(h, signature_w / len(signatures), "signature") for h in signatures),
        _Column("หมายเหตุ", remark_w, "remark"),
    ]


class SigninPainter:
    def __init__(self, sheet: SigninSheet, device: QPaintDevice) -> None:
        self.sheet = sheet
        self.device = device
        self.px = device.logicalDpiX() / 25.4
        self.columns = columns(sheet.sittings)

    def _rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(x * self.px, y * self.px, w * self.px, h * self.px)

    def _text(self, painter: QPainter, text: str, box: Box) -> None:
        if not text:
            return
        rect = self._rect(box.x, box.y, box.w, box.h)
        draw_fitted(
            painter, fit_text(text, box, self.device, rect.width(), rect.height()), rect, box
        )

    def _centred(
        self,
        painter: QPainter,
        text: str,
        y: float,
        h: float,
        pt: float,
        bold: bool = False,
        lines: int = 1,
    ) -> None:
        width = PAGE_W - LEFT - RIGHT
        self._text(
            painter, text, Box(LEFT, y, width, h, pt, pt * 0.7, lines, bold, "center", "middle")
        )

    def _heading(self, painter: QPainter) -> float:
        s = self.sheet
        y = TOP
        self._centred(painter, s.title, y, 7, 15, bold=True)
        y += 7
        self._centred(painter, s.event_name, y, 11, 13, bold=True, lines=2)
        y += 11
        when = f"วันที่ {s.date_text}" + (f"   เวลา {s.time_text}" if s.time_text else "")
        self._centred(painter, when, y, 5.5, 12)
        y += 5.5
        place = "   ".join(
            p
            for p in (
                f"ณ {s.venue}" if s.venue else "",
                f"จัดโดย {s.organiser}" if s.organiser else "",
            )
            if p
        )
        self._centred(painter, place, y, 5.5, 12, lines=1)
        return y + 7.5

    def _table(self, painter: QPainter, rows: Sequence[SigninRow], top: float) -> float:
        thin = QPen(QColor("black"), 0.2 * self.px)
        painter.setPen(thin)
        x = LEFT
        for col in self.columns:
            painter.drawRect(self._rect(x, top, col.width, HEAD_ROW_H))
            self._text(
                painter,
                col.heading,
                Box(
                    x + 0.8,
                    top + 0.5,
                    col.width - 1.6,
                    HEAD_ROW_H - 1,
                    11,
                    7,
                    2,
                    True,
                    "center",
                    "middle",
                ),
            )
            x += col.width
        y = top + HEAD_ROW_H
        width = sum(c.width for c in self.columns)
        for row in rows:
            if row.group:
                painter.fillRect(self._rect(LEFT, y, width, ROW_H), GROUP_FILL)
                painter.drawRect(self._rect(LEFT, y, width, ROW_H))
                self._text(
                    painter,
                    row.group,
                    Box(LEFT + 2, y, width - 4, ROW_H, 11, 7, 1, True, "left", "middle"),
                )
                y += ROW_H
                continue
            x = LEFT
            for col in self.columns:
                painter.drawRect(self._rect(x, y, col.width, ROW_H))
                text = {
                    "number": str(row.number),
                    "name": row.name,
                    "position": row.position,
                    "organisation": row.organisation,
                }.get(col.key, "")
                align = "center" if col.key == "number" else "left"
                # A name breaks only between words, never inside a surname.
                wrap = "spaces" if col.key == "name" else "words"
                cell = Box(x + 1, y, col.width - 2, ROW_H, 11, 7, 2, False, align, "middle", wrap)
                self._text(painter, text, cell)
                x += col.width
            y += ROW_H
        return y

    def _footer(self, painter: QPainter, page: int, pages: int) -> None:
        certifiers = self.sheet.certifiers
        top = PAGE_H - BOTTOM - FOOTER_H
        usable = PAGE_W - LEFT - RIGHT
        width = usable / max(len(certifiers), 1)
        dots = "." * 40
        for n, c in enumerate(certifiers):
            x = LEFT + n * width
            lines = (
                f"ลงชื่อ {dots} {c.role}",
                f"({c.name})" if c.name else f"({dots})",
                f"ตำแหน่ง {c.position}" if c.position else f"ตำแหน่ง {dots}",
            )
            for i, line in enumerate(lines):
                self._text(
                    painter,
                    line,
                    Box(x, top + 4 + i * 6.5, width, 6.5, 12, 8, 1, False, "center", "middle"),
                )
        self._text(
            painter,
            f"หน้า {page} / {pages}",
            Box(LEFT, PAGE_H - BOTTOM - 5, usable, 5, 10, 8, 1, False, "right", "middle"),
        )

    def paint_page(
        self, painter: QPainter, rows: Sequence[SigninRow], page: int, pages: int
    ) -> None:
        painter.setPen(QColor("black"))
        top = self._heading(painter)
        self._table(painter, rows, top)
        self._footer(painter, page, pages)


def _paint(device: QPagedPaintDevice, sheet: SigninSheet, progress: Progress) -> int:
    painter = SigninPainter(sheet, device)
    return paint_pages(
        device, sheet.rows, ROWS_PER_PAGE, painter.paint_page, progress, "ใบลงทะเบียน"
    )


def write_signin_pdf(
    path: str | os.PathLike[str], sheet: SigninSheet, progress: Progress = NO_PROGRESS
) -> int:
    return write_pdf(
        path,
        f"{sheet.title} · {sheet.event_name}",
        PAGE_W,
        PAGE_H,
        lambda w: _paint(w, sheet, progress),
    )


def prepare_printer(printer: QPrinter) -> None:
    """A4 portrait from the paper's corner (before the print dialog)."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(PAGE_W, PAGE_H))


def print_signin_sheet(
    printer: QPrinter, sheet: SigninSheet, progress: Progress = NO_PROGRESS
) -> int:
    printer.setFullPage(True)
    printer.setDocName(f"{sheet.title} · {sheet.event_name}")
    return _paint(printer, sheet, progress)
