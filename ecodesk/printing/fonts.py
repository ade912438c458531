"""The bundled Sarabun font, registered once for the window, the PDFs and the printer."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from ecodesk.resources import resource_path

log = logging.getLogger(__name__)

FAMILY = "Sarabun"


def register_fonts() -> str:
    """Add the bundled Sarabun files to Qt's font database (once); return the family name."""
    if FAMILY in QFontDatabase.families():
        return FAMILY
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not load font %s", path)
    return FAMILY
