"""Name search at the desk: the people a typed query finds, listed as the clerk types.

The index of the event's participants is read in the background (seconds for 100,000); the
list never takes the keyboard, the desk's input drives it (Up/Down, Enter).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from ecodesk.db import Database
from ecodesk.services.checkin import Person, people, read_code
from ecodesk.services.progress import Progress
from ecodesk.services.search import ParticipantIndex
from ecodesk.ui.checkin.models import MatchesModel
from ecodesk.ui.dialogs import UserDialogs
from ecodesk.ui.tasks import Task, run_task

SEARCH_DELAY_MS = 150
MAX_MATCHES = 50


class SearchPanel(QWidget):
    # A match was clicked: its participant id.
    picked = Signal(object)
    # A search found this many people.
    found = Signal(int)

    def __init__(self, db: Database, dialogs: UserDialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.dialogs = dialogs
        self.index = ParticipantIndex([], [])
        self._event_id: uuid.UUID | None = None
        self._task: Task | None = None
        self._query = ""
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(lambda: self.search(self._query))
        self.matches = MatchesModel(self)
        self.view = QListView()
        self.view.setModel(self.matches)
        self.view.setMaximumHeight(180)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.clicked.connect(self._clicked)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.view)
        self.show_matches([], 0)

    # --- the index -----------------------------------------------------------------------

    def load(self, event_id: uuid.UUID | None) -> None:
        """Read the event's participants again (another event, a walk-in, an import)."""
        self._event_id = event_id
        if event_id is None:
            self.index = ParticipantIndex([], [])
            return
        db = self.db

        def read(_progress: Progress) -> ParticipantIndex:
            return ParticipantIndex.load(db, event_id)

        self._task = run_task(
            self,
            "",
            read,
            lambda index: self._loaded(event_id, index),
            on_error=self._failed,
            show_dialog=False,
        )

    def _loaded(self, event_id: uuid.UUID, index: ParticipantIndex) -> None:
        self._task = None
        # The event may have changed while the index was read.
        if event_id == self._event_id:
            self.index = index
            if self._query:
                self.search(self._query)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.dialogs.error(
            self,
            self.tr("Search not available"),
            self.tr("The list of participants could not be read: %1").replace("%1", str(exc)),
        )

    @property
    def loading(self) -> bool:
        return self._task is not None

    def finish(self) -> None:
        """Let a background read end before the program does (Qt aborts on a live thread)."""
        if self._task is not None:
            thread: QThread = self._task.thread  # type: ignore[assignment]  # Task's own QThread
            thread.quit()
            thread.wait()

    # --- searching -----------------------------------------------------------------------

    def search_later(self, text: str) -> None:
        """Search once typing pauses: a scanner's burst ends before this fires."""
        self._query = text
        self.timer.start()

    def catch_up(self, text: str) -> None:
        """Enter came: search now if the list has not caught up with the typing yet."""
        if self.timer.isActive() or text != self._query:
            self.timer.stop()
            self.search(text)

    def search(self, text: str) -> None:
        self._query = text = text.strip()
        if not text or (read_code(text) is not None and text.upper().startswith("ECD")):
            self.show_matches([], 0)
            return
        found = self.index.search(text)
        self.show_matches(people(self.db, found[:MAX_MATCHES]), len(found))
        self.found.emit(len(found))

    def clear(self) -> None:
        self.timer.stop()
        self._query = ""
        self.show_matches([], 0)

    def show_matches(self, rows: list[Person], total: int) -> None:
        chosen = self.chosen()
        self.matches.set_rows(rows)
        self.view.setVisible(bool(rows))
        if rows:
            # Keep the highlighted person while the list narrows around them.
            ids = [r.id for r in rows]
            self.view.setCurrentIndex(
                self.matches.index(ids.index(chosen) if chosen in ids else 0, 0)
            )
        if total > len(rows):
            self.count.setText(
                self.tr("%1 found, the first %2 shown: type more to narrow")
                .replace("%1", str(total))
                .replace("%2", str(len(rows)))
            )
        else:
            self.count.setText(self.tr("%n found", "", total) if total else "")
        self.count.setVisible(bool(total))

    def chosen(self) -> uuid.UUID | None:
        if not self.matches.rows:
            return None
        index = self.view.currentIndex()
        return self.matches.rows[index.row() if index.isValid() else 0].id

    def move_highlight(self, step: int) -> None:
        if not self.matches.rows:
            return
        row = max(0, min(len(self.matches.rows) - 1, self.view.currentIndex().row() + step))
        self.view.setCurrentIndex(self.matches.index(row, 0))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.picked.emit(self.matches.rows[index.row()].id)
