"""The on-screen badge preview: the same painter as the PDF and the printer, on an image
sized to the widget."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ecodesk.printing.badge_painter import paint_badge
from ecodesk.printing.layouts import Layout
from ecodesk.services.badges import Badge, BadgeSet

MM_PER_INCH = 25.4
METRES_PER_INCH = 0.0254


def render_badge(badge: Badge, badge_set: BadgeSet, layout: Layout, width_px: int) -> QImage:
    """The badge as an image ``width_px`` wide, painted by the printing code."""
    dpi = width_px / layout.badge_w * MM_PER_INCH
    image = QImage(
        width_px, max(1, round(layout.badge_h / MM_PER_INCH * dpi)), QImage.Format.Format_RGB32
    )
    image.setDotsPerMeterX(round(dpi / METRES_PER_INCH))
    image.setDotsPerMeterY(round(dpi / METRES_PER_INCH))
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint_badge(painter, badge, badge_set, layout)
    painter.end()
    return image


class BadgePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(280, 200))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._content: tuple[Badge, BadgeSet, Layout] | None = None
        self._image: QImage | None = None

    def show_badge(self, badge: Badge | None, badge_set: BadgeSet | None, layout: Layout) -> None:
        self._content = (badge, badge_set, layout) if badge and badge_set else None
        self._image = None
        self.update()

    def image(self) -> QImage | None:
        """The rendered badge at the widget's current size (None when nothing is shown)."""
        if self._content is None:
            return None
        badge, badge_set, layout = self._content
        scale = min((self.width() - 16) / layout.badge_w, (self.height() - 16) / layout.badge_h)
        width = max(40, int(layout.badge_w * scale * self.devicePixelRatioF()))
        if self._image is None or self._image.width() != width:
            self._image = render_badge(badge, badge_set, layout, width)
            self._image.setDevicePixelRatio(self.devicePixelRatioF())
        return self._image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        image = self.image()
        if image is None:
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), self.tr("No badge to show")
            )
            return
        size = image.deviceIndependentSize()
        target = QRectF(
            (self.width() - size.width()) / 2,
            (self.height() - size.height()) / 2,
            size.width(),
            size.height(),
        )
        painter.fillRect(target.adjusted(2, 2, 2, 2), QColor(0, 0, 0, 60))
        painter.drawImage(target, image)
