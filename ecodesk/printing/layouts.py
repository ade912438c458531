"""Badge layouts as data: one JSON file per layout in ``resources/layouts/``.

A layout gives the page, the badge size, the grid of badges on the page and where each
element of a badge goes (millimetres from the badge's top-left corner). Adding a layout is
adding a file; the painter knows nothing of particular layouts.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ecodesk.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_LAYOUT = "a4-8"
ELEMENTS = ("band", "event", "date", "logo", "name", "organisation", "qr", "code")
REQUIRED_ELEMENTS = ("name", "qr", "code")
ALIGNMENTS = ("left", "center", "right")
VALIGNMENTS = ("top", "middle", "bottom")
WRAPS = ("words", "spaces")


class LayoutError(ValueError):
    """A layout file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Box:
    """A rectangle in millimetres, with the text settings of the element drawn in it."""

    x: float
    y: float
    w: float
    h: float
    font_pt: float = 10.0
    min_pt: float = 6.0
    lines: int = 1
    bold: bool = False
    align: str = "left"
    valign: str = "top"
    # "spaces": wrap only between words separated by spaces (names: never split a surname);
    # "words": also between Thai words, which are written without spaces.
    wrap: str = "words"
    # A family the printing computer has (bundled: Sarabun); a missing one falls back.
    font: str = "Sarabun"


@dataclass(frozen=True)
class Layout:
    name: str
    title: str
    page_w: float
    page_h: float
    badge_w: float
    badge_h: float
    columns: int
    rows: int
    gap_x: float
    gap_y: float
    cut_marks: bool
    legend: bool
    elements: dict[str, Box]
    order: int = 0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def margin_x(self) -> float:
        """Left margin: the grid is centred on the page."""
        return (self.page_w - self.columns * self.badge_w - (self.columns - 1) * self.gap_x) / 2

    @property
    def margin_y(self) -> float:
        return (self.page_h - self.rows * self.badge_h - (self.rows - 1) * self.gap_y) / 2

    def slot(self, index: int) -> tuple[float, float]:
        """Top-left corner (mm) of the badge at ``index`` on its page, row by row."""
        row, col = divmod(index % self.per_page, self.columns)
        return (
            self.margin_x + col * (self.badge_w + self.gap_x),
            self.margin_y + row * (self.badge_h + self.gap_y),
        )


def _number(data: dict[str, Any], key: str, where: str, default: float | None = None) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise LayoutError(f"{where}.{key}: expected a number of millimetres, got {value!r}")
    return float(value)


def _box(data: Any, where: str) -> Box:
    if not isinstance(data, dict):
        raise LayoutError(f"{where}: expected an object with x, y, w, h")
    align = data.get("align", "left")
    if align not in ALIGNMENTS:
        raise LayoutError(f"{where}.align: one of {', '.join(ALIGNMENTS)}")
    valign = data.get("valign", "top")
    if valign not in VALIGNMENTS:
        raise LayoutError(f"{where}.valign: one of {', '.join(VALIGNMENTS)}")
    wrap = data.get("wrap", "words")
    if wrap not in WRAPS:
        raise LayoutError(f"{where}.wrap: one of {', '.join(WRAPS)}")
    box = Box(
        x=_number(data, "x", where),
        y=_number(data, "y", where),
        w=_number(data, "w", where),
        h=_number(data, "h", where),
        font_pt=_number(data, "font_pt", where, 10.0),
        min_pt=_number(data, "min_pt", where, 6.0),
        lines=int(_number(data, "lines", where, 1)),
        bold=bool(data.get("bold", False)),
        align=align,
        valign=valign,
        wrap=wrap,
        font=str(data.get("font", "Sarabun")),
    )
    if box.w <= 0 or box.h <= 0 or box.lines < 1:
        raise LayoutError(f"{where}: width, height and lines must be above zero")
    return box


def parse_layout(name: str, data: Any) -> Layout:
    """Check a layout description and turn it into a ``Layout``."""
    if not isinstance(data, dict):
        raise LayoutError(f"{name}: expected a JSON object")
    try:
        page, badge, gap = data["page"], data["badge"], data.get("gap", {})
        elements = data["elements"]
    except KeyError as exc:
        raise LayoutError(f"{name}: missing {exc.args[0]!r}") from exc
    if not isinstance(elements, dict):
        raise LayoutError(f"{name}.elements: expected an object")
    unknown = set(elements) - set(ELEMENTS)
    if unknown:
        raise LayoutError(f"{name}.elements: unknown {', '.join(sorted(unknown))}")
    missing = [e for e in REQUIRED_ELEMENTS if e not in elements]
    if missing:
        raise LayoutError(f"{name}.elements: missing {', '.join(missing)}")
    layout = Layout(
        name=name,
        title=str(data.get("title", name)),
        page_w=_number(page, "width", f"{name}.page"),
        page_h=_number(page, "height", f"{name}.page"),
        badge_w=_number(badge, "width", f"{name}.badge"),
        badge_h=_number(badge, "height", f"{name}.badge"),
        columns=int(_number(data, "columns", name, 1)),
        rows=int(_number(data, "rows", name, 1)),
        gap_x=_number(gap, "x", f"{name}.gap", 0),
        gap_y=_number(gap, "y", f"{name}.gap", 0),
        cut_marks=bool(data.get("cut_marks", False)),
        legend=bool(data.get("legend", False)),
        elements={key: _box(box, f"{name}.elements.{key}") for key, box in elements.items()},
        order=int(data.get("order", 0)),
    )
    if layout.per_page < 1:
        raise LayoutError(f"{name}: columns and rows must be at least 1")
    if layout.margin_x < 0 or layout.margin_y < 0:
        raise LayoutError(f"{name}: {layout.per_page} badges do not fit on the page")
    for key, box in layout.elements.items():
        if box.x + box.w > layout.badge_w + 0.01 or box.y + box.h > layout.badge_h + 0.01:
            raise LayoutError(f"{name}.elements.{key}: reaches outside the badge")
    return layout


def load_layout_file(path: Path) -> Layout:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LayoutError(f"{path.name}: {exc}") from exc
    return parse_layout(path.stem, data)


@cache
def load_layouts(folder: Path | None = None) -> dict[str, Layout]:
    """Every usable layout in the folder (default: the bundled ones), in menu order.

    A broken file is logged and left out, so one bad description does not stop printing.
    """
    layouts = []
    for path in sorted((folder or resource_path("layouts")).glob("*.json")):
        try:
            layouts.append(load_layout_file(path))
        except LayoutError as exc:
            log.warning("layout left out: %s", exc)
    return {lay.name: lay for lay in sorted(layouts, key=lambda lay: (lay.order, lay.name))}


def get_layout(name: str | None = None) -> Layout:
    layouts = load_layouts()
    try:
        return layouts[name or DEFAULT_LAYOUT]
    except KeyError:
        raise LayoutError(f"no layout named {name!r} (layouts: {', '.join(layouts)})") from None
