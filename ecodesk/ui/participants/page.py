"""The Participants page: the registry table with instant search, walk-ins, editing,
delete with undo, and importing registration lists."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecodesk.exchange.importing import importer
from ecodesk.exchange.importing.columns import Column
from ecodesk.exchange.importing.reading import Table
from ecodesk.services import participants
from ecodesk.services.events import EventInfo
from ecodesk.services.progress import Progress
from ecodesk.services.search import ParticipantIndex
from ecodesk.services.tokens import SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH, format_short_code
from ecodesk.ui.context import AppContext
from ecodesk.ui.participants.form import ParticipantDialog
from ecodesk.ui.participants.import_dialog import ImportDialog
from ecodesk.ui.participants.import_errors import why_unread
from ecodesk.ui.participants.table_model import (
    NAME,
    ORGANISATION,
    PHONE,
    POSITION,
    ParticipantTableModel,
)
from ecodesk.ui.tasks import Task, run_task

# What the background load hands the table: rows, their search index, possible duplicates.
Loaded = tuple[list[participants.ParticipantRow], ParticipantIndex, set[uuid.UUID]]
SITTING_WIDTH = 65  # a check-in time, 'HH:MM'; the sitting's whole name is in the tooltip
# The organisation's and position's widths in a 1366-pixel window, and as wide as the table's
# spare width lets them grow (to show most whole); the note column keeps what the note needs.
NARROW = {ORGANISATION: 220, POSITION: 150}
WIDE = {ORGANISATION: 380, POSITION: 240}
NOTE_WIDTH = 130


class ParticipantsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.tasks: list[Task] = []
        self.deleted: list[uuid.UUID] = []
        self.import_dialog: ImportDialog | None = None
        self.select_after_load: uuid.UUID | None = None
        self.form_dialog: ParticipantDialog | None = None
        self._generation = 0

        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(self.tr("Search name, organisation, phone or code (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        self.import_button = QPushButton(self.tr("Import list…"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.add_button = QPushButton(self.tr("Add walk-in…"))
        self.add_button.clicked.connect(self.add_walk_in)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.count)
        for button in (self.import_button, self.add_button, self.edit_button, self.delete_button):
            tools.addWidget(button)

        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_bar = QHBoxLayout()
        undo_bar.addWidget(self.undo_label)
        undo_bar.addWidget(self.undo_button)
        undo_bar.addStretch(1)
        self._show_undo(False)

        self.model = ParticipantTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("participantTable")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(28)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # A long sitting name ends in '…' rather than being cut at both ends.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Narrow enough that two sittings' check-ins (see _size_sittings) and the note
        # (possible duplicate, walk-in) show beside them in a 1366-pixel window; a long name,
        # organisation or position is elided, and whole in its tooltip; a code, never.
        widths = (self._code_width(), 192, NARROW[ORGANISATION], NARROW[POSITION], 120, 95)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        self._sittings_sized = 0
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(undo_bar)
        layout.addWidget(self.view, 1)

        # Search and add while this page shows, wherever the focus is (the event chooser, as
        # the window opens): a hidden page's keys do not count, so other pages keep theirs.
        for keys, action in (
            (QKeySequence(QKeySequence.StandardKey.Find), self.focus_search),
            (QKeySequence("Ctrl+N"), self.add_walk_in),
        ):
            QShortcut(keys, self, activated=action).setContext(Qt.ShortcutContext.WindowShortcut)
        # Only where the focus is: Delete and Enter on the table, Esc in the search box (Enter
        # on a row opens it, Esc empties the search).
        for keys, target, action in (
            (QKeySequence(Qt.Key.Key_Delete), self.view, self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), self.view, self.edit_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.view, self.edit_selected),
            (QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear),
        ):
            shortcut = QShortcut(keys, target, activated=action)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.search.returnPressed.connect(self._search_enter)

        ctx.event_changed.connect(self._event_changed)
        ctx.data_changed.connect(self._data_changed)
        self.reload()

    # --- loading ---------------------------------------------------------------------------

    def _event_changed(self, _event: EventInfo | None) -> None:
        self.deleted = []
        self._show_undo(False)
        self.reload()

    def _data_changed(self, kind: str) -> None:
        if kind in ("participants", "checkins", "event"):
            self.reload()

    def reload(self) -> None:
        """Read the event's participants off the GUI thread (a big event takes a moment)."""
        event = self.ctx.event
        for button in (self.import_button, self.add_button, self.edit_button, self.delete_button):
            button.setEnabled(event is not None)
        if event is None:
            self._generation += 1
            self.model.set_rows([])
            self._show_count()
            return
        db = self.ctx.db
        # Several reloads may overlap (an import, then a check-in): only the latest counts.
        self._generation += 1
        generation = self._generation

        def load(_progress: Progress) -> Loaded:
            rows = participants.list_participants(db, event.id)
            return rows, ParticipantIndex.from_rows(rows), participants.possible_duplicates(rows)

        def loaded(found: Loaded) -> None:
            if generation == self._generation:
                rows, index, duplicates = found
                self.model.set_rows(rows, event.sittings, index, duplicates)
                self._size_sittings()
                self._share_spare_width()
                self._filter(self.search.text())
                self._select_saved()

        self._start(run_task(self, "", load, loaded, self._load_failed, show_dialog=False))

    def _code_width(self) -> int:
        """Wide enough for the widest code there can be ('MMM-MMM' in most fonts)."""
        metrics = self.view.fontMetrics()
        widest = max(SHORT_CODE_ALPHABET, key=metrics.horizontalAdvance)
        return metrics.horizontalAdvance(format_short_code(widest * SHORT_CODE_LENGTH)) + 8

    def _size_sittings(self) -> None:
        """A sitting's column holds a time: narrow, when the sittings change (a width the
        clerk set stays through the reloads)."""
        columns = self.model.columnCount()
        if columns != self._sittings_sized:
            for column in range(PHONE + 1, columns - 1):
                self.view.setColumnWidth(column, SITTING_WIDTH)
            self._sittings_sized = columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_spare_width()

    def _share_spare_width(self) -> None:
        """Width the table has beyond its columns (a 1920-pixel screen) shows organisations,
        then positions, whole instead of widening the note column at the end; a narrower
        window takes it back."""
        header = self.view.horizontalHeader()
        note = self.model.columnCount() - 1
        fixed = sum(header.sectionSize(c) for c in range(note) if c not in NARROW)
        scrollbar = self.view.verticalScrollBar().sizeHint().width()
        width = self.view.width() - 2 * self.view.frameWidth() - scrollbar
        spare = width - fixed - NOTE_WIDTH - sum(NARROW.values())
        for column, narrow in NARROW.items():
            grown = max(0, min(WIDE[column] - narrow, spare))
            header.resizeSection(column, narrow + grown)
            spare -= grown

    def _select_saved(self) -> None:
        if self.select_after_load is None:
            return
        row = self.model.row_of(self.select_after_load)
        self.select_after_load = None
        if row is not None:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def _start(self, task: Task) -> None:
        self.tasks.append(task)
        task.done.connect(lambda: self.tasks.remove(task))

    def _load_failed(self, exc: BaseException) -> None:
        self.ctx.dialogs.error(self, self.tr("Cannot read the participants"), str(exc))

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = (
            self.tr("%1 participants").replace("%1", f"{total:,}")
            if shown == total
            else self.tr("%1 of %2").replace("%1", f"{shown:,}").replace("%2", f"{total:,}")
        )
        self.count.setText(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_enter(self) -> None:
        if self.model.rowCount() == 1:
            self.view.selectRow(0)
            self.edit_selected()

    # --- selection and editing -------------------------------------------------------------

    def selected_rows(self) -> list[participants.ParticipantRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def add_walk_in(self) -> None:
        if self.ctx.event is None:
            return
        self._open_form(None)

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if self.ctx.event is None or not rows:
            return
        self._open_form(rows[0])

    def _open_form(self, row: participants.ParticipantRow | None) -> None:
        self.form_dialog = ParticipantDialog(self.ctx, row, self)
        self.form_dialog.saved.connect(self._select_when_loaded)
        self.form_dialog.open()

    def _select_when_loaded(self, participant_id: uuid.UUID) -> None:
        """Show the person just saved once the table has read them back."""
        self.select_after_load = participant_id

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = ", ".join(r.full_name for r in rows[:3]) + ("…" if len(rows) > 3 else "")
        question = self.tr("Delete %1 participant(s): %2?").replace("%1", str(len(rows)))
        if not self.ctx.dialogs.confirm(self, self.tr("Delete"), question.replace("%2", names)):
            return
        self.deleted = [r.id for r in rows]
        participants.delete_participants(self.ctx.db, self.deleted, desk=self.ctx.desk_name)
        self.undo_label.setText(self.tr("Deleted %1 participant(s).").replace("%1", str(len(rows))))
        self._show_undo(True)
        self.ctx.data_changed.emit("participants")

    def undo_delete(self) -> None:
        if not self.deleted:
            return
        participants.restore_participants(self.ctx.db, self.deleted, desk=self.ctx.desk_name)
        self.select_after_load = self.deleted[0]
        self.deleted = []
        self._show_undo(False)
        self.ctx.data_changed.emit("participants")

    def _show_undo(self, visible: bool) -> None:
        self.undo_label.setVisible(visible)
        self.undo_button.setVisible(visible)

    # --- import ----------------------------------------------------------------------------

    def choose_import_file(self) -> None:
        start = str(self.ctx.settings.value("import/folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a registration list"),
            start,
            self.tr("Registration lists (*.xlsx *.xls *.ods *.csv);;All files (*)"),
        )
        if path:
            self.ctx.settings.setValue("import/folder", str(Path(path).parent))
            self.open_import(Path(path))

    def open_import(self, path: Path) -> None:
        """Read the file off the GUI thread, then show what was found for checking."""

        assert self.ctx.event is not None
        db, event_id = self.ctx.db, self.ctx.event.id

        def read(progress: Progress) -> tuple[Table, int, list[Column], importer.Registered]:
            found = importer.read_and_map(path, as_a_clerk=False)
            known = importer.registered(db, event_id)
            progress.update(1, 1)  # a Cancel pressed meanwhile: no dialog opens
            return (*found, known)

        def opened(found: tuple[Table, int, list[Column], importer.Registered]) -> None:
            table, header, columns, known = found
            self.import_dialog = ImportDialog(self.ctx, path, table, header, columns, known, self)
            self.import_dialog.open()

        def failed(exc: BaseException) -> None:
            reason = why_unread(exc)
            self.ctx.dialogs.warning(
                self,
                self.tr("Cannot import this file"),
                reason + "\n" + self.tr("Nothing was imported."),
            )

        title = self.tr("Reading %1").replace("%1", path.name)
        self._start(run_task(self, title, read, opened, failed))
