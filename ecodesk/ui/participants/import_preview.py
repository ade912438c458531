"""The import dialog's preview: the planned rows, what will happen to each and the values
that will be stored."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ecodesk.exchange.importing import importer
from ecodesk.exchange.importing.importer import ImportPlan, RowOutcome

_STATUS_COLOURS = {
    importer.POSSIBLE_DUPLICATE: QColor("#FFF3C4"),
    importer.DUPLICATE: QColor("#E0E0E0"),
    importer.EXISTING: QColor("#E0E0E0"),
    importer.DELETED: QColor("#E0E0E0"),
    importer.ERROR: QColor("#FFCDD2"),
    importer.NOTE: QColor("#EEEEEE"),
    importer.CANCELLED: QColor("#E0E0E0"),
}
_PREVIEW_FIELDS = ("title", "first_name", "last_name", "organisation", "position", "sector",
                   "phone", "email", "consent")  # fmt: skip

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """Planned rows: sheet row, what will happen to it, the values that will be stored."""

    def __init__(
        self,
        labels: dict[str, str],
        statuses: dict[str, str],
        reason: Callable[[RowOutcome], str],
        where: Callable[[RowOutcome], str],
    ) -> None:
        super().__init__()
        self.rows: list[RowOutcome] = []
        self._labels = labels
        self._statuses = statuses
        self._reason = reason
        self._where = where

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.rows = plan.rows if plan else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_PREVIEW_FIELDS) + 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [self.tr("Row"), self.tr("Will be"), self.tr("Why")]
        names += [self._labels[f] for f in _PREVIEW_FIELDS]
        return names[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        outcome = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return _STATUS_COLOURS.get(outcome.status)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return self._where(outcome)
        if column == 1:
            return self._statuses[outcome.status]
        if column == 2:
            return self._reason(outcome)
        if outcome.person is None:
            return ""
        value = getattr(outcome.person, _PREVIEW_FIELDS[column - 3])
        if isinstance(value, bool) or value is None:  # the consent: unknown when not asked
            return "" if value is None else self.tr("agrees") if value else self.tr("refuses")
        return str(value)
