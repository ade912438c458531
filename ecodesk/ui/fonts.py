"""The bundled Sarabun font: registered at start and used for Thai text."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from ecodesk.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "Sarabun"


def register_fonts() -> str:
    """Add the bundled Sarabun files to Qt's font database; return the family name."""
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path)
    return FAMILY


def ui_font(point_size: float = 11) -> QFont:
    font = QFont(FAMILY)
    font.setPointSizeF(point_size)
    return font
