"""The main window: assembles the pages, the event chooser and the menus. No rules live here."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecodesk import __version__
from ecodesk.logging_setup import log_dir
from ecodesk.resources import resource_path
from ecodesk.services import events as events_service
from ecodesk.services.thai_dates import format_date_range
from ecodesk.ui.badges.page import BadgesPage
from ecodesk.ui.checkin.page import CheckInPage
from ecodesk.ui.context import AppContext
from ecodesk.ui.event_form import EventDialog
from ecodesk.ui.participants.page import ParticipantsPage
from ecodesk.ui.reports.page import ReportsPage
from ecodesk.ui.surveys.page import SurveysPage
from ecodesk.ui.widgets import PlaceholderPage

PageFactory = Callable[[AppContext], QWidget]


class MainWindow(QMainWindow):
    def __init__(
        self, ctx: AppContext, switch_language: Callable[[str], None] | None = None
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self._switch_language = switch_language
        self.setWindowTitle("EcoDesk")
        self.setWindowIcon(QIcon(str(resource_path("icons", "ecodesk.svg"))))
        self.setMinimumSize(QSize(1000, 640))
        self._build()
        geometry = ctx.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        ctx.event_changed.connect(self._event_changed)
        ctx.data_changed.connect(self._data_changed)

    # --- assembly -------------------------------------------------------------------------

    def page_specs(self) -> list[tuple[str, str, PageFactory]]:
        """(key, navigation label, factory) for every page, in navigation order."""
        return [
            ("participants", self.tr("Participants"), ParticipantsPage),
            ("badges", self.tr("Badges"), BadgesPage),
            ("checkin", self.tr("Check-in"), CheckInPage),
            ("surveys", self.tr("Surveys"), SurveysPage),
            ("reports", self.tr("Reports"), ReportsPage),
        ]  # fmt: skip

    def _placeholder(self, title: str, text: str) -> PageFactory:
        return lambda _ctx: PlaceholderPage(title, text)

    def _build(self) -> None:
        self.menuBar().clear()
        self._build_menus()

        self.event_combo = QComboBox()
        self.event_combo.setMinimumWidth(420)
        self.event_combo.currentIndexChanged.connect(self._combo_changed)
        self.new_event_button = QPushButton(self.tr("New event…"))
        self.new_event_button.clicked.connect(self.new_event)
        self.edit_event_button = QPushButton(self.tr("Edit event…"))
        self.edit_event_button.clicked.connect(self.edit_event)
        self.event_label = QLabel()
        self.event_label.setObjectName("eventSummary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Event:")))
        top.addWidget(self.event_combo, 1)
        top.addWidget(self.new_event_button)
        top.addWidget(self.edit_event_button)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.nav.setIconSize(QSize(24, 24))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for key, label, factory in self.page_specs():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(180, 44))
            self.nav.addItem(item)
            page = factory(self.ctx)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.event_label)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", self.ctx.db.describe()))
        self.reload_events(self.ctx.event.id if self.ctx.event else None)
        self.nav.setCurrentRow(0)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.triggered.connect(self.close)

        event_menu = bar.addMenu(self.tr("&Event"))
        event_menu.addAction(self.tr("New event…")).triggered.connect(self.new_event)
        event_menu.addAction(self.tr("Edit event…")).triggered.connect(self.edit_event)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.tr("Desk name…")).triggered.connect(self.ask_desk_name)
        language_menu = settings_menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        current = str(self.ctx.settings.value("ui/language", "th"))
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("th", "ไทย"), ("en", "English")):
            action = language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_actions[code] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("Open log folder")).triggered.connect(self.open_log_folder)
        help_menu.addAction(self.tr("About EcoDesk")).triggered.connect(self.about)

    # --- events -------------------------------------------------------------------------

    def reload_events(self, select: uuid.UUID | None = None) -> None:
        found = events_service.list_events(self.ctx.db)
        self.event_combo.blockSignals(True)
        self.event_combo.clear()
        for e in found:
            self.event_combo.addItem(f"{e.name} ({e.code})", str(e.id))
        index = self.event_combo.findData(str(select)) if select else (0 if found else -1)
        self.event_combo.setCurrentIndex(index if index >= 0 else (0 if found else -1))
        self.event_combo.blockSignals(False)
        self.edit_event_button.setEnabled(bool(found))
        self._combo_changed()

    def _combo_changed(self, _index: int = 0) -> None:
        data = self.event_combo.currentData()
        event_id = uuid.UUID(data) if data else None
        if self.ctx.event is None or self.ctx.event.id != event_id:
            self.ctx.set_event(event_id)
        else:
            self._event_changed(self.ctx.event)

    def _event_changed(self, event: events_service.EventInfo | None) -> None:
        if event is None:
            self.event_label.setText(self.tr("No event yet: create one with “New event…”."))
            return
        lang = str(self.ctx.settings.value("ui/language", "th"))
        when = format_date_range(event.start_date, event.end_date, lang=lang)
        people = self.tr("%n participant(s)", "", event.participant_count)
        self.event_label.setText(f"<b>{event.name}</b> · {when} · {event.venue} · {people}")

    def _data_changed(self, kind: str) -> None:
        if kind in ("participants", "event") and self.ctx.event:
            self.ctx.event = events_service.get_event(self.ctx.db, self.ctx.event.id)
            self._event_changed(self.ctx.event)

    def new_event(self) -> None:
        dialog = EventDialog(self.ctx.db, None, self)
        if dialog.exec() and dialog.event_id:
            self.reload_events(dialog.event_id)

    def edit_event(self) -> None:
        if self.ctx.event is None:
            return
        dialog = EventDialog(self.ctx.db, self.ctx.event, self)
        if dialog.exec() and dialog.event_id:
            self.reload_events(dialog.event_id)
            self.ctx.reload_event()

    # --- settings -----------------------------------------------------------------------

    def ask_desk_name(self) -> None:
        name, ok = QInputDialog.getText(
            self, self.tr("Desk name"), self.tr("Name of this desk (recorded with each check-in):"),
            text=self.ctx.desk_name,
        )  # fmt: skip
        if ok and name.strip():
            self.ctx.desk_name = name

    def set_language(self, code: str) -> None:
        self.ctx.settings.setValue("ui/language", code)
        if self._switch_language:
            self._switch_language(code)
        current = self.nav.currentRow()
        self._build()
        self.nav.setCurrentRow(current)

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def about(self) -> None:
        self.ctx.dialogs.info(
            self,
            self.tr("About EcoDesk"),
            self.tr("EcoDesk %1: the registration desk of a seminar, offline.").replace(
                "%1", __version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
