"""Item models of the desk: the last check-ins (with undo) and the people a search finds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ecodesk.services.checkin import Person, RecentCheckIn

Index = QModelIndex | QPersistentModelIndex
UNDONE_COLOUR = QColor("#9E9E9E")
LINK_COLOUR = QColor("#1565C0")


class RecentModel(QAbstractTableModel):
    """The latest check-ins of the sitting, newest first; the last column undoes one."""

    TIME, NAME, ORGANISATION, METHOD, DESK, UNDO = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RecentCheckIn] = []

    def set_rows(self, rows: list[RecentCheckIn]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def method_label(self, method: str) -> str:
        return {
            "scan": self.tr("Scanner"),
            "webcam": self.tr("Webcam"),
            "search": self.tr("Search"),
            "walk-in": self.tr("Walk-in"),
        }.get(method, method)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Time"),
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("How"),
            self.tr("Desk"),
            "",
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        undone = row.undone_at is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.UNDO:
                return self.tr("Undone") if undone else self.tr("Undo")
            return (
                row.at.strftime("%H:%M:%S"),
                row.person.full_name,
                row.person.organisation,
                self.method_label(row.method),
                row.desk,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if undone:
                return QBrush(UNDONE_COLOUR)
            return QBrush(LINK_COLOUR) if column == self.UNDO else None
        if role == Qt.ItemDataRole.FontRole and (undone or column == self.UNDO):
            font = QFont()
            font.setStrikeOut(undone and column != self.UNDO)
            font.setUnderline(not undone and column == self.UNDO)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.UNDO and not undone:
            return self.tr("Undo this check-in (the record is kept, marked undone)")
        return None


class MatchesModel(QAbstractListModel):
    """People a search found: name, organisation and sector on one line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Person] = []

    def set_rows(self, rows: list[Person]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [row.full_name, row.organisation, row.sector]
            return "  ·  ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
