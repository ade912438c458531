"""The badges page: choose who, choose a layout, see the badge, save a PDF or print.

Printing a thousand badges runs in the background with progress and cancel; the badges are
recorded as printed when the PDF or the print job is complete.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecodesk.printing.layouts import DEFAULT_LAYOUT, Layout, get_layout, load_layouts
from ecodesk.services import badges as badges_service
from ecodesk.services.badges import BadgeSet
from ecodesk.services.events import EventInfo, update_settings
from ecodesk.ui.badges.jobs import PrintJobs
from ecodesk.ui.badges.models import (
    ALL,
    CODE,
    ID_ROLE,
    NAME,
    NOT_PRINTED,
    ORGANISATION,
    PRINTED_ONLY,
    SECTOR,
    BadgeFilterProxy,
    BadgeTableModel,
)
from ecodesk.ui.badges.preview import BadgePreview
from ecodesk.ui.badges.signin_panel import SigninPanel
from ecodesk.ui.context import AppContext
from ecodesk.ui.widgets import ask_save_path

SELECTED = "selected"


class BadgesPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.badge_set: BadgeSet | None = None
        self._stale = False  # changed while hidden: read again when next shown
        self.jobs = PrintJobs(self, ctx.dialogs)
        self.jobs.busy_changed.connect(lambda _busy: self._update())
        self._build()
        ctx.event_changed.connect(self._event_changed)
        ctx.data_changed.connect(self._data_changed)
        self._event_changed(ctx.event)

    # --- assembly -------------------------------------------------------------------------

    def _build(self) -> None:
        self.layout_choice = QComboBox()
        for lay in load_layouts().values():
            self.layout_choice.addItem(lay.title, lay.name)
        saved = str(self.ctx.settings.value("badges/layout", DEFAULT_LAYOUT))
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(saved)))
        self.layout_choice.currentIndexChanged.connect(self._layout_changed)

        self.show_choice = QComboBox()
        self.show_choice.addItem(self.tr("Everyone"), ALL)
        self.show_choice.addItem(self.tr("Badge not printed yet"), NOT_PRINTED)
        self.show_choice.addItem(self.tr("Badge printed"), PRINTED_ONLY)
        self.show_choice.currentIndexChanged.connect(self._show_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, organisation or code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)

        self.model = BadgeTableModel(self)
        self.proxy = BadgeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((NAME, 220), (ORGANISATION, 200), (SECTOR, 120), (CODE, 80)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.preview = BadgePreview()
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.count_label = QLabel()

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Selected participants"), SELECTED)
        self.scope.addItem(self.tr("Everyone not printed yet"), NOT_PRINTED)
        self.scope.addItem(self.tr("Everyone"), ALL)
        self.scope.setCurrentIndex(self.scope.findData(NOT_PRINTED))
        self.save_button = QPushButton(self.tr("Save badges PDF…"))
        self.save_button.clicked.connect(self.ask_and_save)
        self.print_button = QPushButton(self.tr("Print badges…"))
        self.print_button.clicked.connect(self.print_badges)
        self.preview_button = QPushButton(self.tr("Preview sheets…"))
        self.preview_button.clicked.connect(self.preview_badges)
        self.reissue_button = QPushButton(self.tr("Reissue lost badge…"))
        self.reissue_button.clicked.connect(self.reissue_selected)
        self.logo_button = QPushButton(self.tr("Event logo…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button = QPushButton(self.tr("No logo"))
        self.clear_logo_button.clicked.connect(lambda: self.set_logo(""))

        self.signin = SigninPanel(self.ctx, self.jobs)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Layout:")))
        filters.addWidget(self.layout_choice)
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.show_choice)
        filters.addWidget(self.search, 1)

        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.preview, 1)
        side_box.addWidget(self.legend)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.clear_logo_button)
        logo_row.addStretch(1)
        logo_row.addWidget(self.reissue_button)
        side_box.addLayout(logo_row)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 420])

        actions = QHBoxLayout()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Badges for:")))
        actions.addWidget(self.scope)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)

        box = QVBoxLayout(self)
        box.addLayout(filters)
        box.addWidget(splitter, 1)
        box.addLayout(actions)
        box.addWidget(self.signin)

    # --- data -----------------------------------------------------------------------------

    def badge_layout(self) -> Layout:
        return get_layout(str(self.layout_choice.currentData()))

    def _event_changed(self, event: EventInfo | None) -> None:
        self.signin.set_event(event)
        self._reload_when_shown()

    def _data_changed(self, kind: str) -> None:
        if kind in ("participants", "event", "badges"):
            if kind == "event":
                self.signin.set_event(self.ctx.event)
            self._reload_when_shown()

    def _reload_when_shown(self) -> None:
        """Read now if the page shows, else when it next does: a walk-in, an import or another
        event chosen on another page of an event of thousands does not wait seconds for badges
        nobody is looking at."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        event = self.ctx.event
        selected = self.selected_ids()
        self.badge_set = badges_service.badge_set(self.ctx.db, event.id) if event else None
        self.model.set_badges(self.badge_set.badges if self.badge_set else [])
        self._select(selected)
        self.legend.setText(self._legend_html())
        self._update()

    def _legend_html(self) -> str:
        if self.badge_set is None:
            return ""
        items = [
            f'<span style="color:{colour}">■</span>&nbsp;{name}'
            for name, colour in self.badge_set.legend
        ]
        return self.tr("Band colours:") + " " + " &nbsp; ".join(items)

    def _select(self, ids: list[uuid.UUID]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for pid in ids:
            row = self.model.row_of(pid)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(
                        index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                    )

    def selected_ids(self) -> list[uuid.UUID]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(index, ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def _update(self) -> None:
        shown = self.proxy.rowCount()
        total = self.model.rowCount()
        waiting = sum(1 for b in self.model.badges if b.printed_at is None)
        self.count_label.setText(
            self.tr("%1 shown of %2 · %3 badges not printed yet")
            .replace("%1", str(shown))
            .replace("%2", str(total))
            .replace("%3", str(waiting))
        )
        busy = self.jobs.busy
        has_event = self.ctx.event is not None
        for w in (
            self.save_button,
            self.print_button,
            self.preview_button,
            self.logo_button,
            self.clear_logo_button,
        ):
            w.setEnabled(has_event and not busy)
        self.reissue_button.setEnabled(len(self.selected_ids()) == 1 and not busy)
        self._show_preview()

    def _show_preview(self) -> None:
        if self.badge_set is None or not self.model.badges:
            self.preview.show_badge(None, None, self.badge_layout())
            return
        ids = self.selected_ids()
        row = self.model.row_of(ids[0]) if ids else -1
        if row < 0 and self.proxy.rowCount():
            row = self.proxy.mapToSource(self.proxy.index(0, 0)).row()
        badge = self.model.badge(row) if row >= 0 else None
        self.preview.show_badge(badge, self.badge_set, self.badge_layout())

    def _layout_changed(self) -> None:
        self.ctx.settings.setValue("badges/layout", self.layout_choice.currentData())
        self._show_preview()

    def _show_changed(self) -> None:
        self.proxy.set_printed(str(self.show_choice.currentData()))
        self._update()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update()

    def _selection_changed(self) -> None:
        self._update()

    # --- which badges ------------------------------------------------------------------------

    def chosen(self) -> BadgeSet | None:
        """The badges the scope names, in the list's order (sort by sector to print a sector
        together); None (after saying why) when there are none."""
        if self.badge_set is None:
            return None
        scope = self.scope.currentData()
        rows: Iterable[int] = range(self.model.rowCount())
        if scope == SELECTED:
            wanted = set(self.selected_ids())
            rows = [r for r in rows if self.model.badge(r).participant_id in wanted]
        elif scope == NOT_PRINTED:
            rows = [r for r in rows if self.model.badge(r).printed_at is None]
        badges = [self.model.badge(r) for r in rows]
        if not badges:
            self.ctx.dialogs.info(
                self,
                self.tr("No badges to print"),
                self.tr("Select participants in the list, or choose another “Badges for”."),
            )
            return None
        return self.badge_set.with_badges(badges)

    # --- output ------------------------------------------------------------------------------

    def ask_and_save(self) -> None:
        event = self.ctx.event
        if event is None:
            return
        path = ask_save_path(
            self, self.tr("Save badges"), f"ป้ายชื่อ_{event.code}.pdf", self.tr("PDF (*.pdf)"), ".pdf"
        )
        if path:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        from ecodesk.printing.output import write_badges_pdf

        chosen = self.chosen()
        if chosen is None:
            return
        layout = self.badge_layout()
        self.jobs.start(
            self.tr("Writing %n badge(s)…", "", len(chosen.badges)),
            lambda progress: write_badges_pdf(path, chosen, layout, progress),
            lambda pages: self._printed(
                chosen,
                self.tr("Saved %1 (%2 pages).").replace("%1", str(path)).replace("%2", str(pages)),
            ),
        )

    def print_badges(self) -> None:
        from ecodesk.printing.output import prepare_printer, print_badges

        chosen = self.chosen()
        if chosen is None:
            return
        layout = self.badge_layout()
        self.jobs.print(
            self.tr("Printing %n badge(s)…", "", len(chosen.badges)),
            lambda p: prepare_printer(p, layout),
            lambda printer, progress: print_badges(printer, chosen, layout, progress),
            lambda printer: self._printed(
                chosen, self.tr("Sent to %1.").replace("%1", printer.printerName())
            ),
        )

    def preview_badges(self) -> None:
        from ecodesk.printing.output import prepare_printer, print_badges

        chosen = self.chosen()
        if chosen is not None:
            layout = self.badge_layout()
            self.jobs.preview(
                lambda p: prepare_printer(p, layout), lambda p: print_badges(p, chosen, layout)
            )

    def _printed(self, chosen: BadgeSet, message: str) -> None:
        badges_service.mark_printed(
            self.ctx.db, (b.participant_id for b in chosen.badges), desk=self.ctx.desk_name
        )
        self.ctx.data_changed.emit("badges")
        self.ctx.dialogs.info(
            self,
            self.tr("Badges done"),
            self.tr("%n badge(s) recorded as printed.", "", len(chosen.badges)) + "\n" + message,
        )

    # --- badge identity and logo ---------------------------------------------------------

    def reissue_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        badge = self.model.badge(self.model.row_of(ids[0]))
        question = (
            self.tr("Give %1 a new badge? The old badge (code %2) will no longer check in.")
            .replace("%1", badge.full_name)
            .replace("%2", badge.code_text)
        )
        if not self.ctx.dialogs.confirm(self, self.tr("Reissue badge"), question):
            return
        new = badges_service.reissue_badge(
            self.ctx.db, badge.participant_id, desk=self.ctx.desk_name
        )
        self.ctx.data_changed.emit("badges")
        self.ctx.dialogs.info(
            self,
            self.tr("Badge reissued"),
            self.tr("New code %1. Print the new badge now.").replace("%1", new.code_text),
        )

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Event logo"), str(Path.home()), self.tr("Images (*.png *.svg *.jpg)")
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str) -> None:
        from ecodesk.printing.badge_painter import Logo

        event = self.ctx.event
        if event is None:
            return
        if path and not Logo(path).usable:
            self.ctx.dialogs.warning(
                self,
                self.tr("Event logo"),
                self.tr("%1 is not a PNG, JPEG or SVG image that can be read.").replace("%1", path),
            )
            return
        update_settings(self.ctx.db, event.id, **{badges_service.LOGO_SETTING: path})
        self.ctx.reload_event()
