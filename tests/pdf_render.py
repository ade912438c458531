"""Reading back the PDFs we write: pages as images, their text, and the QR codes on them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import zxingcpp
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from ecodesk.services.tokens import parse_code


class Pdf:
    def __init__(self, path: Path) -> None:
        self.doc = QPdfDocument()
        self.doc.load(str(path))
        assert self.doc.status() == QPdfDocument.Status.Ready, f"{path} does not open as a PDF"

    @property
    def pages(self) -> int:
        return self.doc.pageCount()

    def size_mm(self, page: int = 0) -> tuple[float, float]:
        size = self.doc.pagePointSize(page)
        return size.width() * 25.4 / 72, size.height() * 25.4 / 72

    def text(self, page: int) -> str:
        return self.doc.getAllText(page).text()

    def skeleton(self, page: int) -> str:
        return skeleton(self.text(page))

    def image(self, page: int, dpi: int = 150) -> np.ndarray:
        w_mm, h_mm = self.size_mm(page)
        size = QSize(round(w_mm / 25.4 * dpi), round(h_mm / 25.4 * dpi))
        rendered = self.doc.render(page, size)
        # Pages render on a transparent background: put them on white paper.
        paper = QImage(rendered.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return grey_array(paper)

    def qr_texts(self, page: int, dpi: int = 150) -> list[str]:
        """Badge payloads read from the page. At low resolution the reader now and then
        "finds" a short code in printed text; what is not a payload is no badge and left out
        (a badge read wrongly still shows as its payload missing)."""
        found = zxingcpp.read_barcodes(self.image(page, dpi), formats=zxingcpp.BarcodeFormat.QRCode)
        return sorted(r.text for r in found if getattr(parse_code(r.text), "token", None))


def skeleton(text: str) -> str:
    """Thai consonants, Latin letters and digits only.

    Text extracted from a PDF can lose or reorder Thai vowels and tone marks (their glyphs
    are shaped forms without a one-to-one character), while the consonants come back intact.
    """
    return "".join(c for c in text if "\u0e01" <= c <= "\u0e2e" or (c.isascii() and c.isalnum()))


def grey_array(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = np.frombuffer(image.constBits(), dtype=np.uint8)
    rows = data.reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width()].copy()


def embedded_fonts(path: Path) -> list[tuple[str, bool]]:
    """(font name, embedded) per font, by pdffonts when installed, else from the PDF objects."""
    if shutil.which("pdffonts"):
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
        fonts = []
        for line in out.stdout.splitlines()[2:]:
            parts = line.split()
            # name type... encoding emb sub uni object ID
            fonts.append((parts[0], parts[-5] == "yes"))
        return fonts
    raw = path.read_bytes()
    return [("Sarabun", b"/FontFile2" in raw)] if b"Sarabun" in raw else []
