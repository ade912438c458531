"""The import dialog: what was found in the file (sheet, header row, the mapping it guessed,
editable) and a preview of the rows exactly as they will be stored, then the import itself
with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecodesk.exchange.importing import importer
from ecodesk.exchange.importing.clerk import map_as_a_clerk
from ecodesk.exchange.importing.columns import Column
from ecodesk.exchange.importing.headers import FIELDS, IGNORE, PERSON_NAMES
from ecodesk.exchange.importing.importer import ImportPlan, RowOutcome
from ecodesk.exchange.importing.mapping import give_field, guess_mapping
from ecodesk.exchange.importing.reading import Table, sheet_names
from ecodesk.services.progress import Progress
from ecodesk.services.thai_text import clean_text
from ecodesk.ui.context import AppContext
from ecodesk.ui.participants.import_errors import why_unread
from ecodesk.ui.participants.import_preview import PreviewModel
from ecodesk.ui.participants.import_words import ImportWords
from ecodesk.ui.tasks import Task, run_task

PREVIEW_ROWS = 200
PREVIEW_MEASURED = 30  # rows the preview's column widths are taken from
HEADER_WIDTH = 320  # pixels of a column's header shown beside its field box


class ImportDialog(QDialog):
    """Opened on a file already read (off the GUI thread) with its guessed mapping, and what
    the event has already (``known``, read with it: the preview is planned against it at
    every change of the mapping)."""

    def __init__(
        self,
        ctx: AppContext,
        path: Path,
        table: Table,
        header: int,
        columns: list[Column],
        known: importer.Registered,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert ctx.event is not None
        self.ctx = ctx
        self.path = path
        self.known = known
        self.table = table
        self.found = table
        self.columns = columns
        self.result_plan: ImportPlan | None = None
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Import %1").replace("%1", path.name))
        # No larger than the screen leaves free: on a 1366 x 768 laptop, under its title bar
        # and above the taskbar, Import and Cancel stay in sight.
        free = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(1180, free.width() - 40), min(720, free.height() - 80))
        self.words = ImportWords(self)

        self.sheet = QComboBox()
        self.sheet.addItems(sheet_names(path))
        self.sheet.setCurrentText(table.sheet)
        self.sheet.currentTextChanged.connect(self._sheet_changed)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, max(1, len(table.rows)))
        self.header_row.setValue(header + 1)
        self.found_header = header + 1
        self.reading: str | None = None  # the sheet being read, off the GUI thread
        self.header_row.valueChanged.connect(self._header_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet")))
        top.addWidget(self.sheet, 1)
        top.addWidget(QLabel(self.tr("Header row")))
        top.addWidget(self.header_row)
        self.encoding = QLabel()
        top.addWidget(self.encoding)

        self.mapping_box = QGroupBox(self.tr("Columns: what each one holds"))
        self.mapping_grid = QGridLayout(self.mapping_box)
        self.mapping_grid.setColumnStretch(4, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping_box)
        scroll.setMaximumHeight(230)

        words = self.words
        self.preview = PreviewModel(words.labels, words.statuses, self.reason, words.row_number)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview)
        self.preview_view.verticalHeader().hide()
        # Sized to the first rows once per plan, and widened by hand: measuring the Thai text
        # of every row shown, at every change, held the window still for half a second.
        columns = self.preview_view.horizontalHeader()
        columns.setResizeContentsPrecision(PREVIEW_MEASURED)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Sheets that continue the list under the same header (one per sector) come along.
        self.together = QCheckBox()
        self.together.setChecked(True)
        self.together.toggled.connect(self.refresh_preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll)
        layout.addWidget(QLabel(self.tr("Preview: the rows as they will be stored")))
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.together)
        layout.addWidget(self.buttons)
        self._show_table()

    # --- mapping and preview ---------------------------------------------------------------

    def _show_table(self) -> None:
        self.together.setVisible(bool(self.table.same_layout))
        self.together.setText(
            self.tr(
                "Also import sheets %1: they continue the list under the same columns."
            ).replace("%1", ", ".join(self.table.same_layout))
        )
        self.encoding.setText(
            self.tr("Text encoding: %1").replace("%1", self.table.encoding)
            if self.table.encoding
            else ""
        )
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        first = self.header_row.value()
        sample = self.table.rows[first] if first < len(self.table.rows) else []
        self.field_boxes: list[QComboBox] = []
        for i, column in enumerate(self.columns):
            box = QComboBox()
            box.addItem(self.tr("(do not import)"), IGNORE)
            for field in FIELDS:
                box.addItem(self.words.labels[field], field)
            box.setCurrentIndex(max(0, box.findData(column.field)))
            box.currentIndexChanged.connect(lambda _i, c=column, b=box: self._field_changed(c, b))
            example = clean_text(sample[i]) if i < len(sample) else ""
            # Of a row that registers several people, whose the column is.
            whose = self.tr("Person %1").replace("%1", str(column.person)) if column.person else ""
            self.mapping_grid.addWidget(QLabel(column.letter), i, 0)
            self.mapping_grid.addWidget(self._header_label(column.header), i, 1)
            self.mapping_grid.addWidget(box, i, 2)
            self.mapping_grid.addWidget(QLabel(whose), i, 3)
            self.mapping_grid.addWidget(QLabel(example[:60]), i, 4)
            self.field_boxes.append(box)
        self.refresh_preview()

    def _header_label(self, header: str) -> QLabel:
        """A column's header, cut short where a form's question runs to a paragraph (whole in
        the tooltip): the field boxes beside it stay in sight."""
        label = QLabel()
        label.setText(
            label.fontMetrics().elidedText(header or "—", Qt.TextElideMode.ElideRight, HEADER_WIDTH)
        )
        label.setToolTip(header)
        return label

    def _field_changed(self, column: Column, box: QComboBox) -> None:
        # Taking a field here frees it elsewhere: that column's box says so too.
        for other in give_field(self.columns, column, box.currentData()):
            other_box = self.field_boxes[self.columns.index(other)]
            other_box.blockSignals(True)
            other_box.setCurrentIndex(0)
            other_box.blockSignals(False)
        self.refresh_preview()

    def _header_changed(self, row: int) -> None:
        self.columns = guess_mapping(self.table.rows[row - 1])
        map_as_a_clerk(self.columns, self.table.rows[row:])
        self._show_table()

    def _sheet_changed(self, name: str) -> None:
        path = self.path

        def read(progress: Progress) -> tuple[Table, int, list[Column]]:
            found = importer.read_and_map(path, name, as_a_clerk=False)
            progress.update(1, 1)  # a Cancel pressed meanwhile: the last sheet stays
            return found

        # Nothing is imported under the last sheet's columns while this one is read, and of
        # two sheets chosen in turn, only the last one's reading counts.
        self.reading = name
        self.import_button.setEnabled(False)
        self.task = run_task(
            self, self.tr("Reading sheet %1").replace("%1", name), read,
            lambda found: self._sheet_read(name, found),
            lambda exc: self._sheet_failed(name, exc),
            lambda: self._sheet_failed(name, None),
        )  # fmt: skip

    def _sheet_failed(self, name: str, exc: BaseException | None) -> None:
        """The sheet shown before stays; why the one chosen could not be read, unless the
        reading was cancelled (``exc`` None)."""
        if name != self.reading:
            return
        self.reading = None
        if exc is not None:
            self.ctx.dialogs.warning(self, self.tr("Cannot read this sheet"), why_unread(exc))
        self.sheet.blockSignals(True)
        self.sheet.setCurrentText(self.table.sheet)
        self.sheet.blockSignals(False)
        # The preview is the sheet's still, replanned at every change meanwhile.
        self.import_button.setEnabled(self._can_import())

    def _sheet_read(self, name: str, found: tuple[Table, int, list[Column]]) -> None:
        if name != self.reading:
            return
        self.reading = None
        table, header, columns = found
        if name == self.found.sheet:  # the sheet found by itself, with those that continue it
            table.continued, table.other_lists = self.found.continued, self.found.other_lists
        self.table, self.columns = table, columns
        self.header_row.blockSignals(True)
        self.header_row.setRange(1, max(1, len(table.rows)))
        self.header_row.setValue(header + 1)
        self.found_header = header + 1
        self.header_row.blockSignals(False)
        self._show_table()

    def together_sheets(self) -> list[str]:
        """The sheets to import with the one shown: those that continue it, unless unticked."""
        return self.table.same_layout if self.together.isChecked() else []

    def overrides(self) -> dict[str, str]:
        return {c.letter: c.field or "ignore" for c in self.columns}

    def _has_names(self) -> bool:
        return any(c.field in PERSON_NAMES for c in self.columns)

    def _can_import(self) -> bool:
        return self._has_names() and self.reading is None

    def refresh_preview(self) -> None:
        assert self.ctx.event is not None
        self.import_button.setEnabled(self._can_import())
        if not self._has_names():
            self.preview.set_plan(None)
            self.summary.setText(self.tr("Choose the column that holds the names."))
            return
        header = self.header_row.value() - 1
        # The cells as the file has them, read again under the mapping as it stands now: a
        # column mapped by hand gets its merged cells and 'other' answers filled as the
        # import will fill them.
        rows = [list(r) for r in self.table.rows[: header + 1 + PREVIEW_ROWS]]
        shown = Table(self.table.file, self.table.sheet, rows, merged_down=self.table.merged_down)
        importer.read_as_a_clerk(shown, header, self.columns)
        plan = importer.plan_rows(
            self.ctx.db, self.ctx.event.id, shown, header, self.columns,
            known=self.known, several_sheets=bool(self.together_sheets()),
        )  # fmt: skip
        self.preview.set_plan(plan)
        self.preview_view.resizeColumnsToContents()
        data_rows = len(self.table.rows) - header - 1
        scope = (
            self.tr("In the first %1 of %2 rows:")
            .replace("%1", str(PREVIEW_ROWS))
            .replace("%2", f"{data_rows:,}")
            if data_rows > PREVIEW_ROWS
            else self.tr("In this file:")
        )
        others = [
            self.tr("Sheet %1 also holds a list (%2 rows): choose it above to import it too.")
            .replace("%1", name)
            .replace("%2", str(rows))
            for name, rows in self.table.other_lists.items()
        ]
        self.summary.setText("\n".join([f"{scope} {self.words.summary_text(plan)}", *others]))

    # --- import ----------------------------------------------------------------------------

    def run_import(self) -> None:
        assert self.ctx.event is not None
        event_id, db, desk = self.ctx.event.id, self.ctx.db, self.ctx.desk_name
        path, sheet = self.path, self.sheet.currentText()
        # The header row is the import's to find again unless the clerk chose another: found,
        # it may be the lower of two rows, whose upper one numbers the people of a row.
        chosen = self.header_row.value()
        header = None if chosen == self.found_header else chosen
        also = self.together_sheets()
        overrides = self.overrides()
        self.import_button.setEnabled(False)

        def work(progress: Progress) -> ImportPlan:
            return importer.import_file(
                db, event_id, path, sheet=sheet, also=also, overrides=overrides,
                header_row=header, desk=desk, progress=progress,
            )  # fmt: skip

        self.task = run_task(
            self, self.tr("Importing %1").replace("%1", path.name), work,
            self._imported, self._failed, self._cancelled,
        )  # fmt: skip

    def _imported(self, plan: ImportPlan) -> None:
        self.result_plan = plan
        self.ctx.data_changed.emit("participants")
        # The rows to look at first; those only registered already (a list imported again)
        # last, and not one by one when that is the whole list.
        skipped = sorted(
            (r for r in plan.rows if r.status != importer.NEW),
            key=lambda r: r.status == importer.EXISTING,
        )
        again = not plan.imported and all(
            r.status in (importer.EXISTING, importer.NOTE) for r in plan.rows
        )
        # Only the lines shown are worded: a list of thousands may skip thousands.
        shown = [] if again else skipped[:30]
        issues = [self.words.where(r.sheet, r.row, r.part) + ": " + self.reason(r) for r in shown]
        details = "\n".join(issues) + ("\n…" if len(skipped) > 30 and not again else "")
        if again:
            text = self.tr(
                "Everyone in this list is registered in this event already: nothing was changed."
            )
        elif not plan.imported:
            text = self.tr("No one was added: nothing was changed.")
        else:
            text = self.tr("Imported %1 participants.").replace("%1", f"{plan.imported:,}")
        self.ctx.dialogs.info(
            self,
            self.tr("Import finished"),
            f"{text}\n{self.words.summary_text(plan)}\n\n{details}".strip(),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self.ctx.dialogs.error(
            self,
            self.tr("Import failed"),
            self.tr("Nothing was imported.") + "\n" + why_unread(exc),
        )

    def _cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.ctx.dialogs.info(self, self.tr("Import cancelled"), self.tr("Nothing was imported."))

    def reason(self, outcome: RowOutcome) -> str:
        """Why a row is not simply imported; a row of the sheet shown is named without it."""
        return self.words.reason(outcome, self.table.sheet)
