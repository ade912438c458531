"""The window's font: the bundled Sarabun, so Thai is shaped the same on every computer."""

from __future__ import annotations

from PySide6.QtGui import QFont

from ecodesk.printing.fonts import FAMILY, register_fonts

__all__ = ["FAMILY", "register_fonts", "ui_font"]


def ui_font(point_size: float = 11) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    return font
