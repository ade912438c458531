"""The participants table: a Qt model over the event's participants, sorted in Thai
dictionary order, filtered as the user types.

The model sorts and filters itself instead of going through a QSortFilterProxyModel: with
100,000 people a proxy calls back into Python for every row on every keystroke (and for every
comparison when sorting), which is far slower than narrowing a list of positions with the
search index and sorting once on precomputed keys.
"""

from __future__ import annotations

import uuid
from collections import deque
from datetime import datetime
from itertools import compress, repeat
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ecodesk.services.events import SittingInfo
from ecodesk.services.participants import ParticipantRow, possible_duplicates
from ecodesk.services.search import ParticipantIndex
from ecodesk.services.thai_text import thai_sort_key
from ecodesk.services.tokens import format_short_code

ID_ROLE = Qt.ItemDataRole.UserRole + 1

CODE, NAME, ORGANISATION, POSITION, SECTOR, PHONE = range(6)
_TEXT_ATTR = {ORGANISATION: "organisation", POSITION: "position", SECTOR: "sector", PHONE: "phone"}
# Columns narrower than a long value: their tooltip shows it whole.
_ELIDED = frozenset((NAME, ORGANISATION, POSITION))
_DUPLICATE_BACKGROUND = QColor("#FFF3C4")
_LATEST = datetime.max

Index = QModelIndex | QPersistentModelIndex


class ParticipantTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ParticipantRow] = []
        self.sittings: tuple[SittingInfo, ...] = ()
        self.index_ = ParticipantIndex([], [])
        self._duplicates: set[uuid.UUID] = set()
        self._order: list[int] = []
        self._visible: list[int] = []
        self._query = ""
        self._sort: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)

    # --- loading, filtering, sorting --------------------------------------------------------

    def set_rows(
        self,
        rows: list[ParticipantRow],
        sittings: tuple[SittingInfo, ...] = (),
        index: ParticipantIndex | None = None,
        duplicates: set[uuid.UUID] | None = None,
    ) -> None:
        """Show these rows (already in Thai name order), keeping the sort and the filter.

        ``index`` and ``duplicates`` may be built beforehand, off the GUI thread.
        """
        self.beginResetModel()
        self.rows = rows
        self.sittings = sittings
        self.index_ = index if index is not None else ParticipantIndex.from_rows(rows)
        self._duplicates = duplicates if duplicates is not None else possible_duplicates(rows)
        self._order = self._sorted(*self._sort)
        self._visible = self._filtered(self._query)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Keep the rows the search text finds (all of them for an empty text)."""
        self.beginResetModel()
        self._query = text
        self._visible = self._filtered(text)
        self.endResetModel()

    def _filtered(self, text: str) -> list[int]:
        if not text.strip():
            return list(self._order)
        found = self.index_.positions(text)
        if self._sort == (NAME, Qt.SortOrder.AscendingOrder):
            # Rows are stored in name order, so the index answers in display order already.
            return found
        mask = bytearray(len(self.rows))
        deque(map(mask.__setitem__, found, repeat(1)), maxlen=0)
        return list(compress(self._order, map(mask.__getitem__, self._order)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = self._sorted(column, order)
        self._visible = self._filtered(self._query)
        self.layoutChanged.emit()

    def _sort_keys(self, column: int) -> list[Any] | None:
        """Each row's key for ``column``; None for the name, the order the rows come in.

        Keys are listed, not computed in a callback per comparison or per row: a click on a
        header of an event of many thousands is answered at once.
        """
        rows = self.rows
        if column == NAME:
            return None
        if column == CODE:
            return [r.short_code for r in rows]
        if column == PHONE:
            # Digits, in their own order: no dictionary key to compute for each of thousands.
            return [r.phone for r in rows]
        if column in _TEXT_ATTR:
            values = [getattr(r, _TEXT_ATTR[column]) for r in rows]
            # One key per distinct value: thousands of people share a few organisations.
            keys = {v: thai_sort_key(v) for v in set(values)}
            return [keys[v] for v in values]
        sitting = self._sitting(column)
        if sitting is not None:
            return [r.checkins.get(sitting.id, _LATEST) for r in rows]
        duplicates = self._duplicates
        return [(r.id in duplicates, r.is_walk_in) for r in rows]

    def _sorted(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._sort_keys(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if keys is None:  # the rows arrive in Thai name order already
            return list(range(len(self.rows) - 1, -1, -1) if descending else range(len(self.rows)))
        # Stable, either way: rows with the same value stay in name order.
        return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)

    def _sitting(self, column: int) -> SittingInfo | None:
        at = column - PHONE - 1
        return self.sittings[at] if 0 <= at < len(self.sittings) else None

    # --- reading ---------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.rows)

    def row_at(self, row: int) -> ParticipantRow:
        return self.rows[self._visible[row]]

    def row_of(self, participant_id: uuid.UUID) -> int | None:
        for view_row, i in enumerate(self._visible):
            if self.rows[i].id == participant_id:
                return view_row
        return None

    def is_possible_duplicate(self, row: ParticipantRow) -> bool:
        return row.id in self._duplicates

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PHONE + len(self.sittings) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation != Qt.Orientation.Horizontal or role not in shown:
            return None
        fixed = {
            CODE: self.tr("Code"),
            NAME: self.tr("Name"),
            ORGANISATION: self.tr("Organisation"),
            POSITION: self.tr("Position"),
            SECTOR: self.tr("Sector"),
            PHONE: self.tr("Phone"),
        }
        if section in fixed:
            return fixed[section]
        sitting = self._sitting(section)
        return sitting.name if sitting else self.tr("Note")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self._duplicates:
            return _DUPLICATE_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and row.id in self._duplicates:
            return self.tr("Possible duplicate: someone else has the same name. Check and decide.")
        if role == Qt.ItemDataRole.ToolTipRole and column in _ELIDED:
            return self._display(row, column)  # whole, where the column cuts it short
        return None

    def _display(self, row: ParticipantRow, column: int) -> str:
        if column == CODE:
            return format_short_code(row.short_code)
        if column == NAME:
            return row.full_name
        if column in _TEXT_ATTR:
            return str(getattr(row, _TEXT_ATTR[column]))
        sitting = self._sitting(column)
        if sitting is not None:
            at = row.checkins.get(sitting.id)
            return at.strftime("%H:%M") if at else ""
        notes = []
        if row.id in self._duplicates:
            notes.append(self.tr("duplicate?"))  # short: the tooltip says what to do
        if row.is_walk_in:
            notes.append(self.tr("walk-in"))
        return ", ".join(notes)
