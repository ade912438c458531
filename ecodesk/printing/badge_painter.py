"""The one function that paints a badge, and the page of badges around it.

Used alike by the on-screen preview, the PDF writer and the printer: coordinates come from
the layout in millimetres and are turned into device pixels with the device's resolution.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPaintDevice,
    QPainter,
    QPen,
)
from PySide6.QtSvg import QSvgRenderer

from ecodesk.printing.layouts import Box, Layout
from ecodesk.printing.qr import RUN_KEY_BASE, qr_matrices, qr_matrix, run_keys, run_keys_many
from ecodesk.printing.text_fit import FittedText, draw_fitted, fit_text
from ecodesk.services.badges import Badge, BadgeSet

log = logging.getLogger(__name__)

MM_PER_INCH = 25.4
CUT_MARK_MM = 5.0
CUT_MARK_GAP_MM = 1.5
# Printers leave the outer few millimetres blank; marks stop short of it.
PAGE_EDGE_MM = 2.0
LEGEND_HEIGHT_MM = 5.5
OUTLINE = QColor("#C8C8C8")
BLACK = QColor("black")
LEGEND_TITLE = "สีแถบตามภาคส่วน:"
SHARED_ELEMENTS = frozenset({"event", "date", "band", "organisation", "legend", "code"})
FITTED_CACHE_SIZE = 2000


class _RunRects(dict[int, QRectF]):
    """A run of dark QR modules as a rectangle in module units, made once per distinct run."""

    def __missing__(self, key: int) -> QRectF:
        rest, length = divmod(key, RUN_KEY_BASE)
        row, col = divmod(rest, RUN_KEY_BASE)
        rect = self[key] = QRectF(col, row, length, 1)
        return rect


_RUN_RECTS = _RunRects()


def _text_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on the band colour."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("black") if luminance > 150 else QColor("white")


class Logo:
    """An event logo, PNG or SVG, drawn inside a box keeping its proportions."""

    def __init__(self, path: str) -> None:
        self.svg: QSvgRenderer | None = None
        self.image: QImage | None = None
        if not path:
            return
        if not Path(path).is_file():
            log.warning("badge logo %s not found; badges print without it", path)
        elif path.lower().endswith(".svg"):
            renderer = QSvgRenderer(path)
            self.svg = renderer if renderer.isValid() else None
        else:
            image = QImage(path)
            self.image = None if image.isNull() else image

    @property
    def usable(self) -> bool:
        return self.svg is not None or self.image is not None

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        if self.svg is not None:
            size = self.svg.defaultSize().toSizeF()
        elif self.image is not None:
            size = self.image.size().toSizeF()
        else:
            return
        scaled = size.scaled(rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(QPointF(0, 0), scaled)
        target.moveCenter(rect.center())
        if self.svg is not None:
            self.svg.render(painter, target)
        elif self.image is not None:
            painter.drawImage(target, self.image)


class BadgePainter:
    """Paints the badges of one ``BadgeSet`` with one layout on one device.

    Holds what all badges share (fitted heading, logo, fonts) so a run of a thousand badges
    fits the heading once.
    """

    def __init__(self, badge_set: BadgeSet, layout: Layout, device: QPaintDevice) -> None:
        self.set = badge_set
        self.layout = layout
        self.device = device
        self.px = device.logicalDpiX() / MM_PER_INCH
        self.logo = Logo(badge_set.logo)
        self._fitted: dict[tuple[str, str], FittedText] = {}
        self._code_sizes: dict[str, tuple[FittedText, QFontMetricsF]] = {}
        self._band_colours: dict[str, tuple[QColor, QColor]] = {}
        band = layout.elements.get("band")
        self._band_box = replace(band, align="center", valign="middle") if band else None

    def rect(self, x_mm: float, y_mm: float, w_mm: float, h_mm: float) -> QRectF:
        return QRectF(x_mm * self.px, y_mm * self.px, w_mm * self.px, h_mm * self.px)

    def _box_rect(self, box: Box, x: float, y: float) -> QRectF:
        return self.rect(x + box.x, y + box.y, box.w, box.h)

    def _fit(self, key: str, text: str, box: Box, rect: QRectF) -> FittedText:
        """Texts that recur on many badges (heading, sector, organisation) are fitted and
        shaped once; names and codes, different on every badge, are not kept."""
        if key not in SHARED_ELEMENTS:
            return fit_text(text, box, self.device, rect.width(), rect.height(), shape=False)
        fitted = self._fitted.get((key, text))
        if fitted is None:
            if len(self._fitted) >= FITTED_CACHE_SIZE:
                self._fitted.clear()  # keeps memory flat on very long runs
            fitted = fit_text(text, box, self.device, rect.width(), rect.height())
            self._fitted[(key, text)] = fitted
        return fitted

    def _text(self, painter: QPainter, key: str, text: str, x: float, y: float) -> None:
        box = self.layout.elements.get(key)
        if box is None or not text:
            return
        rect = self._box_rect(box, x, y)
        fitted = self._code(text, box, rect) if key == "code" else self._fit(key, text, box, rect)
        draw_fitted(painter, fitted, rect, box)

    def _code(self, text: str, box: Box, rect: QRectF) -> FittedText:
        """Short codes all have one length: the size that fits the widest possible code fits
        every code, so it is found once."""
        widest = re.sub(r"[^-]", "W", text)
        sized = self._code_sizes.get(widest)
        if sized is None:
            fitted = self._fit("code", widest, box, rect)
            sized = self._code_sizes[widest] = (fitted, QFontMetricsF(fitted.font, self.device))
        fitted, metrics = sized
        return replace(fitted, lines=(text,), widths=(metrics.horizontalAdvance(text),), runs=None)

    def _band(self, painter: QPainter, badge: Badge, x: float, y: float) -> None:
        box = self.layout.elements.get("band")
        if box is None:
            return
        rect = self._box_rect(box, x, y)
        colour, text_colour = self._colours(badge.colour)
        painter.fillRect(rect, colour)
        if badge.sector and self._band_box is not None:
            painter.setPen(text_colour)
            centred = self._band_box
            inner = rect.adjusted(rect.width() * 0.03, 0, -rect.width() * 0.03, 0)
            draw_fitted(painter, self._fit("band", badge.sector, centred, inner), inner, centred)
            painter.setPen(BLACK)

    def _colours(self, name: str) -> tuple[QColor, QColor]:
        """A sector colour and the text colour that reads on it, made once per colour."""
        found = self._band_colours.get(name)
        if found is None:
            colour = QColor(name)
            found = self._band_colours[name] = (colour, _text_colour(colour))
        return found

    def _qr(self, painter: QPainter, keys: list[int], size: int, x: float, y: float) -> None:
        box = self.layout.elements["qr"]
        rect = self._box_rect(box, x, y)
        module = min(rect.width(), rect.height()) / size
        # Runs of dark modules as vector rectangles in module units, scaled by the painter:
        # crisp at any print resolution, and far smaller in a PDF than one path.
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BLACK)
        painter.translate(
            rect.center().x() - module * size / 2, rect.center().y() - module * size / 2
        )
        painter.scale(module, module)
        painter.drawRects([_RUN_RECTS[key] for key in keys])
        painter.restore()

    def paint(
        self,
        painter: QPainter,
        badge: Badge,
        x_mm: float = 0.0,
        y_mm: float = 0.0,
        qr: tuple[list[int], int] | None = None,
    ) -> None:
        """Paint one badge with its top-left corner at (x_mm, y_mm) of the device.

        ``qr`` is the code's (run keys, size) when made already for a whole page.
        """
        painter.setPen(BLACK)
        self._band(painter, badge, x_mm, y_mm)
        self._text(painter, "event", self.set.event_name, x_mm, y_mm)
        self._text(painter, "date", self.set.event_dates, x_mm, y_mm)
        logo_box = self.layout.elements.get("logo")
        if logo_box is not None:
            self.logo.draw(painter, self._box_rect(logo_box, x_mm, y_mm))
        self._text(painter, "name", badge.full_name, x_mm, y_mm)
        self._text(painter, "organisation", badge.organisation, x_mm, y_mm)
        if qr is None:
            matrix = qr_matrix(badge.payload)
            qr = (run_keys(matrix), matrix.shape[0])
        self._qr(painter, *qr, x_mm, y_mm)
        self._text(painter, "code", badge.code_text, x_mm, y_mm)

    def paint_page(self, painter: QPainter, badges: Sequence[Badge], page: int, pages: int) -> None:
        """One sheet: cut marks, each badge in its slot, the sector legend and page number."""
        lay = self.layout
        slots = [lay.slot(index) for index in range(len(badges))]
        if lay.cut_marks:
            painter.setPen(QPen(QColor("black"), 0.2 * self.px))
            painter.drawLines(self._cut_lines)
            painter.setPen(QPen(OUTLINE, 0.15 * self.px))
            painter.drawRects([self.rect(x, y, lay.badge_w, lay.badge_h) for x, y in slots])
        matrices = qr_matrices([b.payload for b in badges])
        page_keys = run_keys_many(matrices)
        for badge, (x, y), keys, matrix in zip(badges, slots, page_keys, matrices, strict=True):
            self.paint(painter, badge, x, y, (keys, matrix.shape[0]))
        if lay.legend:
            self._legend(painter, page, pages)

    @cached_property
    def _cut_lines(self) -> list[QLineF]:
        """Short lines in the margins along every cut; below the legend when there is one."""
        lay = self.layout
        lines: list[QLineF] = []
        step_x, step_y = lay.badge_w + lay.gap_x, lay.badge_h + lay.gap_y
        xs = {lay.margin_x + c * step_x + e for c in range(lay.columns) for e in (0, lay.badge_w)}
        ys = {lay.margin_y + r * step_y + e for r in range(lay.rows) for e in (0, lay.badge_h)}
        grid_bottom = lay.page_h - lay.margin_y
        top_end = lay.margin_y - CUT_MARK_GAP_MM
        bottom_start = grid_bottom + CUT_MARK_GAP_MM
        if lay.legend:
            bottom_start += LEGEND_HEIGHT_MM
        for x in xs:
            reach = min(CUT_MARK_MM, top_end - PAGE_EDGE_MM)
            if reach > 0:
                lines.append(QLineF(self._pt(x, top_end - reach), self._pt(x, top_end)))
            reach = min(CUT_MARK_MM, lay.page_h - PAGE_EDGE_MM - bottom_start)
            if reach > 0:
                lines.append(QLineF(self._pt(x, bottom_start), self._pt(x, bottom_start + reach)))
        left_end = lay.margin_x - CUT_MARK_GAP_MM
        right_start = lay.page_w - lay.margin_x + CUT_MARK_GAP_MM
        reach = min(CUT_MARK_MM, left_end - PAGE_EDGE_MM)
        if reach > 0:
            for y in ys:
                lines.append(QLineF(self._pt(left_end - reach, y), self._pt(left_end, y)))
                lines.append(QLineF(self._pt(right_start, y), self._pt(right_start + reach, y)))
        return lines

    def _pt(self, x_mm: float, y_mm: float) -> QPointF:
        return QPointF(x_mm * self.px, y_mm * self.px)

    def _legend(self, painter: QPainter, page: int, pages: int) -> None:
        """Sector colours and the page number, just under the grid of badges."""
        lay = self.layout
        y = lay.page_h - lay.margin_y + 1.0
        height = LEGEND_HEIGHT_MM - 1.0
        width = lay.page_w - 2 * lay.margin_x
        painter.setPen(QColor("black"))
        x = lay.margin_x
        for text, colour in ((LEGEND_TITLE, None), *self.set.legend):
            if colour is not None:
                swatch = height * 0.7
                painter.fillRect(
                    self.rect(x, y + (height - swatch) / 2, swatch, swatch), QColor(colour)
                )
                x += swatch + 1
            box = Box(x, y, width, height, 8, 8, valign="middle")
            fitted = self._fit("legend", text, box, self.rect(x, y, width, height))
            draw_fitted(painter, fitted, self.rect(x, y, width, height), box)
            x += fitted.widths[0] / self.px + 3
        box = Box(lay.margin_x, y, width, height, 8, 8, align="right", valign="middle")
        rect = self.rect(lay.margin_x, y, width, height)
        draw_fitted(painter, self._fit("legend", f"หน้า {page} / {pages}", box, rect), rect, box)


def paint_badge(
    painter: QPainter,
    badge: Badge,
    badge_set: BadgeSet,
    layout: Layout,
    x_mm: float = 0,
    y_mm: float = 0,
) -> None:
    """Paint a single badge; for many, keep one ``BadgePainter`` instead."""
    BadgePainter(badge_set, layout, painter.device()).paint(painter, badge, x_mm, y_mm)
