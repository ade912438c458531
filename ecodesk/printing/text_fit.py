"""Fitting text into a box: shrink, then wrap at word boundaries, never clip.

Thai has no spaces between words; Qt's line-break finder knows Thai word boundaries, so a
long organisation name wraps between words. Only when a single word is wider than the box
at the smallest preferred size is it broken between characters (never inside a cluster of
a consonant and its marks).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF, QGlyphRun, QPaintDevice, QPainter, QTextLayout

from ecodesk.printing.fonts import FAMILY
from ecodesk.printing.layouts import Box

# Below this nothing is legible on a badge; text is never made smaller.
FLOOR_PT = 4.0
SHRINK_STEP = 0.92


@dataclass(frozen=True)
class FittedText:
    """Lines at one size; shaped once into glyph runs when the text recurs (``runs``)."""

    font: QFont
    lines: tuple[str, ...]
    line_height: float  # device pixels
    ascent: float
    widths: tuple[float, ...]
    runs: tuple[tuple[QGlyphRun, ...], ...] | None  # per line, from the line's top-left


def _shape(text: str, font: QFont, device: QPaintDevice) -> tuple[QGlyphRun, ...]:
    layout = QTextLayout(text, font, device)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e9)
    line.setPosition(QPointF(0, 0))
    layout.endLayout()
    return tuple(layout.glyphRuns())


Measure = Callable[[str], float]


def _scaled_measure(font: QFont, device: QPaintDevice) -> Callable[[float], Measure]:
    """Widths at any size from one measurement per string at the largest size.

    Unhinted outlines scale linearly, so trying smaller sizes needs no new text shaping.
    """
    fm = QFontMetricsF(font, device)
    widths: dict[str, float] = {}

    def base(text: str) -> float:
        width = widths.get(text)
        if width is None:
            width = widths[text] = fm.horizontalAdvance(text)
        return width

    def at(scale: float) -> Measure:
        return lambda text: base(text) * scale

    return at


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
    measure: Measure,
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
                part, measure, width, max_lines, break_words=break_words, spaces_only=spaces_only
            )
            if wrapped is None:
                return None
            lines.extend(wrapped)
        return lines if len(lines) <= max_lines else None
    if measure(text) <= width:
        return [text]
    if spaces_only:
        pieces = [m.group() for m in re.finditer(r"\S+\s*", text)]
    else:
        pieces = _pieces(text, QTextBoundaryFinder.BoundaryType.Line)
    lines = []
    current = ""
    for piece in pieces:
        candidate = current + piece
        if measure(candidate.rstrip()) <= width:
            current = candidate
            continue
        if current:
            lines.append(current.rstrip())
            current = ""
        if measure(piece.rstrip()) <= width:
            current = piece
            continue
        if not break_words:
            return None
        for cluster in _pieces(piece, QTextBoundaryFinder.BoundaryType.Grapheme):
            if current and measure((current + cluster).rstrip()) > width:
                lines.append(current.rstrip())
                current = ""
            current += cluster
    if current.strip():
        lines.append(current.rstrip())
    return lines if len(lines) <= max_lines else None


def fit_text(
    text: str, box: Box, device: QPaintDevice, width: float, height: float, *, shape: bool = True
) -> FittedText:
    """The largest size from ``box.font_pt`` down at which ``text`` fits ``width`` × ``height``.

    Down to ``box.min_pt`` only word boundaries are used; below it words may break too.
    ``shape`` keeps the glyph runs, worth it for a text drawn many times.
    """
    largest = make_font(box.font_pt, box.bold, box.font)
    measure_at = _scaled_measure(largest, device)
    base_height = QFontMetricsF(largest, device).height()
    # Widths are scaled, not measured: a hair of margin keeps rounding from overflowing.
    room = width * 0.998
    pt = box.font_pt
    while True:
        scale = pt / box.font_pt
        measure = measure_at(scale)
        lines = wrap(
            text,
            measure,
            room,
            box.lines,
            break_words=pt < box.min_pt,
            spaces_only=box.wrap == "spaces",
        )
        if lines is not None and len(lines) * base_height * scale <= height * 1.001:
            break
        if pt <= FLOOR_PT:
            # Smallest legible size: wrap without a line limit rather than lose text.
            lines = wrap(text, measure, room, 10_000, break_words=True) or [text]
            break
        pt = max(pt * SHRINK_STEP, FLOOR_PT)
    font = make_font(pt, box.bold, box.font)
    fm = QFontMetricsF(font, device)
    return FittedText(
        font,
        tuple(lines),
        fm.height(),
        fm.ascent(),
        tuple(measure(line) for line in lines),
        tuple(_shape(line, font, device) for line in lines) if shape else None,
    )


def draw_fitted(painter: QPainter, fitted: FittedText, rect: QRectF, box: Box) -> None:
    """Draw the fitted lines in ``rect``, aligned as the box says."""
    block = len(fitted.lines) * fitted.line_height
    top = rect.top()
    if box.valign == "middle":
        top += (rect.height() - block) / 2
    elif box.valign == "bottom":
        top += rect.height() - block
    if fitted.runs is None:
        painter.setFont(fitted.font)
    for n, (line, width) in enumerate(zip(fitted.lines, fitted.widths, strict=True)):
        x = rect.left()
        if box.align == "center":
            x += (rect.width() - width) / 2
        elif box.align == "right":
            x += rect.width() - width
        line_top = top + n * fitted.line_height
        if fitted.runs is None:
            painter.drawText(QPointF(x, line_top + fitted.ascent), line)
        else:
            for run in fitted.runs[n]:
                painter.drawGlyphRun(QPointF(x, line_top), run)
