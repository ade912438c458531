"""Pages to a PDF file or a printer: the same painting, a different device.

Runs without widgets, so it can work on a background thread and from the command line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from ecodesk.printing.badge_painter import BadgePainter
from ecodesk.printing.fonts import register_fonts
from ecodesk.printing.layouts import Layout
from ecodesk.services.badges import BadgeSet
from ecodesk.services.progress import NO_PROGRESS, Progress

PDF_RESOLUTION = 600
T = TypeVar("T")
# (painter, items of this page, page number from 1, page count)
PagePainter = Callable[[QPainter, Sequence[T], int, int], None]


# The application made by ``ensure_gui`` lives as long as the process.
_keep: list[QGuiApplication] = []


def ensure_gui() -> None:
    """A QGuiApplication (fonts need one) and the bundled Sarabun font.

    From the command line there may be no display: Qt then paints offscreen.
    """
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _keep.append(QGuiApplication(sys.argv[:1]))
    register_fonts()


def page_layout(width_mm: float, height_mm: float) -> QPageLayout:
    size = QPageSize(
        QSizeF(width_mm, height_mm),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_mm > height_mm
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def paint_pages(
    device: QPagedPaintDevice,
    items: Sequence[T],
    per_page: int,
    paint_page: PagePainter[T],
    progress: Progress = NO_PROGRESS,
    message: str = "",
) -> int:
    """Paint ``items`` ``per_page`` at a time, one page each; return the page count."""
    pages = max(1, -(-len(items) // per_page))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting (is the file writable, the printer ready?)")
    try:
        for page in range(pages):
            if page:
                device.newPage()
            chunk = items[page * per_page : (page + 1) * per_page]
            paint_page(painter, chunk, page + 1, pages)
            progress.update(min((page + 1) * per_page, len(items)), len(items), message)
    finally:
        painter.end()
    return pages


def _paint_pdf(
    path: Path, title: str, width_mm: float, height_mm: float, paint: Callable[[QPdfWriter], int]
) -> int:
    writer = QPdfWriter(str(path))
    try:
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("EcoDesk")
        writer.setPageLayout(page_layout(width_mm, height_mm))
        return paint(writer)
    finally:
        del writer  # the file is complete and closed only once the writer is gone


def write_pdf(
    path: str | os.PathLike[str],
    title: str,
    width_mm: float,
    height_mm: float,
    paint: Callable[[QPdfWriter], int],
) -> int:
    """Write through a temporary file so a cancelled or failed run leaves no half PDF."""
    ensure_gui()
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        pages = _paint_pdf(partial, title, width_mm, height_mm, paint)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(target)
    return pages


def _badge_pages(
    device: QPagedPaintDevice, badge_set: BadgeSet, layout: Layout, progress: Progress
) -> int:
    painter = BadgePainter(badge_set, layout, device)
    return paint_pages(
        device, badge_set.badges, layout.per_page, painter.paint_page, progress, "ป้ายชื่อ"
    )


def write_badges_pdf(
    path: str | os.PathLike[str],
    badge_set: BadgeSet,
    layout: Layout,
    progress: Progress = NO_PROGRESS,
) -> int:
    """The badges as a PDF with the bundled font embedded; returns the page count."""
    return write_pdf(
        path,
        f"ป้ายชื่อ · {badge_set.event_name}",
        layout.page_w,
        layout.page_h,
        lambda writer: _badge_pages(writer, badge_set, layout, progress),
    )


def prepare_printer(printer: QPrinter, layout: Layout) -> None:
    """Page size of the layout, painted from the paper's corner (before the print dialog)."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(layout.page_w, layout.page_h))


def print_badges(
    printer: QPrinter, badge_set: BadgeSet, layout: Layout, progress: Progress = NO_PROGRESS
) -> int:
    """Print on a chosen printer (after ``prepare_printer`` and the print dialog)."""
    ensure_gui()
    printer.setFullPage(True)
    printer.setDocName(f"ป้ายชื่อ · {badge_set.event_name}")
    return _badge_pages(printer, badge_set, layout, progress)
