"""The badge list: a table model over the event's badges and a proxy that filters it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ecodesk.services.badges import Badge, name_order
from ecodesk.services.thai_dates import format_datetime
from ecodesk.services.thai_text import fold_for_search, thai_sort_key

NAME, ORGANISATION, SECTOR, CODE, PRINTED = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1

ALL, NOT_PRINTED, PRINTED_ONLY = "all", "not_printed", "printed"

Index = QModelIndex | QPersistentModelIndex


class BadgeTableModel(QAbstractTableModel):
    """The badges in display order: the model sorts itself on keys made once per column.

    A proxy calling back into Python for every comparison takes seconds for a few thousand
    people; one Python sort on precomputed Thai sort keys takes milliseconds.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.badges: list[Badge] = []
        self._search: list[str] = []
        self._sort: tuple[int, bool] = (NAME, False)

    def set_badges(self, badges: list[Badge] | tuple[Badge, ...]) -> None:
        self.beginResetModel()
        self.badges = self._sorted(list(badges), *self._sort)
        self._index_search()
        self.endResetModel()

    def _index_search(self) -> None:
        self._search = [
            fold_for_search(f"{b.full_name} {b.organisation} {b.sector} {b.short_code}")
            for b in self.badges
        ]

    def search_text(self, row: int) -> str:
        return self._search[row]

    @staticmethod
    def _key(b: Badge, column: int) -> tuple[object, ...]:
        """Thai dictionary order of the column, then by name."""
        if column == NAME:
            return name_order(b)
        if column == PRINTED:
            return (b.printed_at.isoformat() if b.printed_at else "", *name_order(b))
        text = (b.full_name, b.organisation, b.sector, b.code_text)[column]
        return (thai_sort_key(text), *name_order(b))

    def _sorted(self, badges: list[Badge], column: int, descending: bool) -> list[Badge]:
        return sorted(badges, key=lambda b: self._key(b, column), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < 0:
            return
        self.layoutAboutToBeChanged.emit()
        old = {b.participant_id: n for n, b in enumerate(self.badges)}
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.badges = self._sorted(self.badges, *self._sort)
        self._index_search()
        moved = {old[b.participant_id]: n for n, b in enumerate(self.badges)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [self.index(moved[i.row()], i.column()) for i in persistent],
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.badges)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Sector"),
            self.tr("Code"),
            self.tr("Badge printed"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self.badges[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PRINTED:
                return format_datetime(b.printed_at) if b.printed_at else self.tr("not yet")
            return (b.full_name, b.organisation, b.sector, b.code_text)[col]
        if role == ID_ROLE:
            return b.participant_id
        if role == Qt.ItemDataRole.DecorationRole and col == SECTOR:
            return QColor(b.colour)
        if role == Qt.ItemDataRole.ForegroundRole and col == PRINTED and b.printed_at is None:
            return QColor("#B71C1C")
        return None

    def badge(self, row: int) -> Badge:
        return self.badges[row]

    def row_of(self, participant_id: uuid.UUID) -> int:
        for n, b in enumerate(self.badges):
            if b.participant_id == participant_id:
                return n
        return -1


class BadgeFilterProxy(QSortFilterProxyModel):
    """Search text (Thai-aware folding) and printed / not printed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._printed = ALL

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = fold_for_search(text.strip())
        self.endFilterChange()

    def set_printed(self, which: str) -> None:
        self.beginFilterChange()
        self._printed = which
        self.endFilterChange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the source model's: the proxy keeps its order and only filters."""
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, BadgeTableModel)
        badge = model.badge(source_row)
        if self._printed == NOT_PRINTED and badge.printed_at is not None:
            return False
        if self._printed == PRINTED_ONLY and badge.printed_at is None:
            return False
        return not self._text or self._text in model.search_text(source_row)
