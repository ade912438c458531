"""Table models of the survey results: rows of display values built from ``SurveyStats``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ecodesk.services.survey_stats import ItemStats, SurveyStats

Index = QModelIndex | QPersistentModelIndex
SUMMARY_BRUSH = QBrush(QColor("#E8F5E9"))


def num(x: float | None, digits: int = 2) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


class RowsModel(QAbstractTableModel):
    """Read-only rows of text; rows flagged as summaries are bold on a tinted background."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self.headers = headers
        self.rows: list[list[str]] = []
        self.summary: set[int] = set()

    def set_rows(self, rows: list[list[str]], summary: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.summary = summary or set()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if index.row() in self.summary:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return SUMMARY_BRUSH
        return None


def item_row(label: str, i: ItemStats) -> list[str]:
    cells = [f"{c} ({p:.1f}%)" if i.n else "-" for c, p in zip(i.counts, i.percents, strict=True)]
    return [label, *cells, str(i.n), str(i.blanks), num(i.mean), num(i.sd), i.level,
            str(i.rank) if i.rank else "-"]  # fmt: skip


def rating_rows(stats: SurveyStats, overall: str) -> tuple[list[list[str]], set[int]]:
    """Items under their aspect row, then the overall row (as Thai report tables show them)."""
    rows: list[list[str]] = []
    summary: set[int] = set()
    number = 1
    for aspect in stats.aspects:
        summary.add(len(rows))
        rows.append([aspect.title, "", "", "", "", "", str(aspect.n), "", num(aspect.mean),
                     num(aspect.sd), aspect.level, str(aspect.rank) if aspect.rank else "-"])  # fmt: skip
        for item in aspect.items:
            rows.append(item_row(f"  {number}. {item.text}", item))
            number += 1
    for item in stats.loose_items:
        rows.append(item_row(f"{number}. {item.text}", item))
        number += 1
    summary.add(len(rows))
    rows.append([overall, "", "", "", "", "", str(stats.overall_n), "", num(stats.overall_mean),
                 num(stats.overall_sd), stats.overall_level, ""])  # fmt: skip
    return rows, summary


def before_after_rows(stats: SurveyStats, overall: str) -> tuple[list[list[str]], set[int]]:
    rows = [
        [p.text, str(p.before.n), num(p.before.mean), num(p.before.sd), p.before.level,
         str(p.after.n), num(p.after.mean), num(p.after.sd), p.after.level, num(p.gain)]
        for p in stats.before_after
    ]  # fmt: skip
    if not rows:
        return rows, set()
    rows.append([overall, "", num(stats.before_mean), "", "", "", num(stats.after_mean), "", "",
                 num(stats.gain)])  # fmt: skip
    return rows, {len(rows) - 1}


def choice_rows(stats: SurveyStats, blanks: str) -> tuple[list[list[str]], set[int]]:
    rows: list[list[str]] = []
    summary: set[int] = set()
    for c in stats.choices:
        summary.add(len(rows))
        rows.append([c.text, str(c.n), ""])
        rows += [[f"  {o}", str(n), f"{p:.1f}"] for o, n, p in c.options]
        if c.blanks:
            rows.append([f"  {blanks}", str(c.blanks), ""])
    return rows, summary


def sector_rows(stats: SurveyStats, total: str) -> tuple[list[list[str]], set[int]]:
    rate = stats.response_rate
    if rate is None:
        return [], set()
    rows = [
        [s.sector, str(s.attended), str(s.responses), str(s.completions), num(s.rate, 1)]
        for s in rate.by_sector
    ]
    rows.append([total, str(rate.attended), str(rate.responses), "", num(rate.rate, 1)])
    return rows, {len(rows) - 1}
