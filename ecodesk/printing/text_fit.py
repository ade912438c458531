"""Fitting text into a box: shrink, then wrap at word boundaries, never clip.

Thai has no spaces between words; Qt's line-break finder knows Thai word boundaries, so a
long organisation name wraps between words. Only when a single word is wider than the box
at the smallest preferred size is it broken between characters (never inside a cluster of
a consonant and its marks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QPainter

from ecodesk.printing.layouts import Box

FAMILY = "Sarabun"
# Below this nothing is legible on a badge; text is never made smaller.
FLOOR_PT = 4.0
SHRINK_STEP = 0.92


@dataclass(frozen=True)
class FittedText:
    font: QFont
    lines: tuple[str, ...]
    line_height: float  # device pixels
    ascent: float
    widths: tuple[float, ...]


def _fitted(font: QFont, fm: QFontMetricsF, lines: list[str]) -> FittedText:
    widths = tuple(fm.horizontalAdvance(line) for line in lines)
    return FittedText(font, tuple(lines), fm.height(), fm.ascent(), widths)


@lru_cache(maxsize=64)
def make_font(pt: float, bold: bool = False, family: str = FAMILY) -> QFont:
    font = QFont(family)
    font.setPointSizeF(pt)
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    # Vector output: no hinting, so that metrics scale exactly with the size.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _pieces(text: str, kind: QTextBoundaryFinder.BoundaryType) -> list[str]:
    finder = QTextBoundaryFinder(kind, text)
    cuts = [0]
    pos = finder.toNextBoundary()
    while pos != -1:
        cuts.append(pos)
        pos = finder.toNextBoundary()
    return [text[a:b] for a, b in pairwise(cuts) if b > a]


def wrap(
    text: str,
    fm: QFontMetricsF,
    width: float,
    max_lines: int,
    *,
    break_words: bool,
    spaces_only: bool = False,
) -> list[str] | None:
    """Greedy wrap into at most ``max_lines`` lines no wider than ``width``; None if it cannot.

    A newline in the text always starts a new line.
    """
    if "\n" in text:
        lines: list[str] = []
        for part in text.split("\n"):
            wrapped = wrap(
                part, fm, width, max_lines, break_words=break_words, spaces_only=spaces_only
            )
            if wrapped is None:
                return None
            lines.extend(wrapped)
        return lines if len(lines) <= max_lines else None
    if fm.horizontalAdvance(text) <= width:
        return [text]
    if spaces_only:
        pieces = [m.group() for m in re.finditer(r"\S+\s*", text)]
    else:
        pieces = _pieces(text, QTextBoundaryFinder.BoundaryType.Line)
    lines = []
    current = ""
    for piece in pieces:
        candidate = current + piece
        if fm.horizontalAdvance(candidate.rstrip()) <= width:
            current = candidate
            continue
        if current:
            lines.append(current.rstrip())
            current = ""
        if fm.horizontalAdvance(piece.rstrip()) <= width:
            current = piece
            continue
        if not break_words:
            return None
        for cluster in _pieces(piece, QTextBoundaryFinder.BoundaryType.Grapheme):
            if current and fm.horizontalAdvance((current + cluster).rstrip()) > width:
                lines.append(current.rstrip())
                current = ""
            current += cluster
    if current.strip():
        lines.append(current.rstrip())
    return lines if len(lines) <= max_lines else None


def fit_text(text: str, box: Box, device: QPaintDevice, width: float, height: float) -> FittedText:
    """The largest size from ``box.font_pt`` down at which ``text`` fits ``width`` × ``height``.

    Down to ``box.min_pt`` only word boundaries are used; below it words may break too.
    """
    pt = box.font_pt
    while True:
        font = make_font(pt, box.bold, box.font)
        fm = QFontMetricsF(font, device)
        lines = wrap(
            text,
            fm,
            width,
            box.lines,
            break_words=pt < box.min_pt,
            spaces_only=box.wrap == "spaces",
        )
        if lines is not None and len(lines) * fm.height() <= height * 1.001:
            return _fitted(font, fm, lines)
        if pt <= FLOOR_PT:
            # Smallest legible size: wrap without a line limit rather than lose text.
            return _fitted(font, fm, wrap(text, fm, width, 10_000, break_words=True) or [text])
        pt = max(pt * SHRINK_STEP, FLOOR_PT)


def draw_fitted(painter: QPainter, fitted: FittedText, rect: QRectF, box: Box) -> None:
    """Draw the fitted lines in ``rect``, aligned as the box says.

    Lines are placed at their baseline rather than laid out again in a rectangle: a badge
    run draws thousands of them.
    """
    painter.setFont(fitted.font)
    block = len(fitted.lines) * fitted.line_height
    top = rect.top()
    if box.valign == "middle":
        top += (rect.height() - block) / 2
    elif box.valign == "bottom":
        top += rect.height() - block
    for n, (line, width) in enumerate(zip(fitted.lines, fitted.widths, strict=True)):
        x = rect.left()
        if box.align == "center":
            x += (rect.width() - width) / 2
        elif box.align == "right":
            x += rect.width() - width
        painter.drawText(QPointF(x, top + n * fitted.line_height + fitted.ascent), line)
