"""The check-in screen, built for a queue: one input that keeps focus, a large result, a sound.

A fast burst of keys ending in Enter is a scanner; slower typing searches names as it goes.
Only widgets that must take the keyboard do; everything else is clicked, so the input keeps
the focus and the next scan always lands in it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ecodesk.services.checkin import (
    CheckInDesk,
    CheckInResult,
    Status,
    read_code,
)
from ecodesk.services.checkin_numbers import registered_by_sector
from ecodesk.services.clock import now
from ecodesk.services.events import EventInfo, SittingInfo
from ecodesk.services.thai_dates import format_date
from ecodesk.ui.checkin.camera import CameraPanel, cameras
from ecodesk.ui.checkin.models import RecentModel
from ecodesk.ui.checkin.numbers_panel import NumbersPanel
from ecodesk.ui.checkin.result_panel import ResultPanel, kind_of
from ecodesk.ui.checkin.scan_input import ScanLineEdit
from ecodesk.ui.checkin.search_panel import SearchPanel
from ecodesk.ui.checkin.sounds import Sounds
from ecodesk.ui.checkin.walk_in import WalkInDialog
from ecodesk.ui.context import AppContext

RECENT_COUNT = 20
# Other desks check people in too: their check-ins show up within this time.
REFRESH_MS = 15_000
SIDE_WIDTH = 360
REFRESH_SOON_MS = 250


def _no_focus(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class CheckInPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._registered: dict[uuid.UUID | None, int] = {}
        self.sounds = Sounds(self)
        self._build()
        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self.refresh_timer.start()
        # After a check-in the numbers follow a moment later, so the result shows at once
        # and a run of scans refreshes them once.
        self.soon_timer = QTimer(self, singleShot=True, interval=REFRESH_SOON_MS)
        self.soon_timer.timeout.connect(self.refresh)
        ctx.event_changed.connect(self.set_event)
        ctx.data_changed.connect(self._data_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.search.finish)
        self.set_event(ctx.event)

    # --- assembly -------------------------------------------------------------------------

    def _build(self) -> None:
        self.sitting_combo = QComboBox()
        self.sitting_combo.setMinimumWidth(200)
        self.sitting_combo.currentIndexChanged.connect(self._sitting_changed)
        self.other_day = QCheckBox(self.tr("Accept check-ins on another day"))
        self.other_day.toggled.connect(self._sitting_changed)
        self.day_warning = QLabel()
        self.day_warning.setStyleSheet("color: #B71C1C; font-weight: bold;")
        self.day_warning.setWordWrap(True)
        self.desk_label = QLabel()
        self.camera_button = QPushButton()
        self.camera_button.setCheckable(True)
        self.camera_button.toggled.connect(self.show_camera)
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.walk_in_button.clicked.connect(self.walk_in)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sitting:")))
        top.addWidget(self.sitting_combo, 1)
        top.addWidget(self.camera_button)
        top.addWidget(self.walk_in_button)

        self.input = ScanLineEdit()
        self.input.setObjectName("checkinInput")
        font = QFont(self.input.font())
        font.setPointSize(20)
        self.input.setFont(font)
        self.input.setPlaceholderText(
            self.tr("Scan a badge, or type a name, organisation, phone or badge code")
        )
        self.input.submitted.connect(self.submit)

        self.result_panel = ResultPanel()
        self.search = SearchPanel(self.ctx.db, self.ctx.dialogs)
        self.search.picked.connect(self._picked)
        # The last result belongs to the previous person; this one is being looked up.
        self.search.found.connect(lambda count: self.result_panel.show_idle() if count else None)
        self.input.moved.connect(self.search.move_highlight)
        self.input.textEdited.connect(self.search.search_later)

        self.recent = RecentModel(self)
        self.recent_view = QTableView()
        self.recent_view.setModel(self.recent)
        self.recent_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.recent_view.verticalHeader().hide()
        header = self.recent_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecentModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RecentModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.recent_view.clicked.connect(self._recent_clicked)

        self.numbers = NumbersPanel()
        self.camera = CameraPanel()
        self.camera.decoded.connect(lambda text: self.check_in_text(text, "webcam"))
        self.camera.hide()

        left = QVBoxLayout()
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_warning, 1)
        day_row.addWidget(self.other_day)
        left.addLayout(top)
        left.addLayout(day_row)
        left.addWidget(self.input)
        left.addWidget(self.search)
        left.addWidget(self.result_panel, 2)
        left.addWidget(QLabel(self.tr("Last check-ins")))
        left.addWidget(self.recent_view, 2)
        side = QWidget()
        side.setFixedWidth(SIDE_WIDTH)
        right = QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.desk_label)
        right.addWidget(self.numbers)
        right.addWidget(self.camera, 1)
        right.addStretch(0)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(side)
        _no_focus(
            self.sitting_combo, self.other_day, self.camera_button, self.walk_in_button,
            self.recent_view, self.camera.chooser,
        )  # fmt: skip
        self._camera_availability()

    def _camera_availability(self) -> None:
        found = bool(cameras())
        self.camera_button.setEnabled(found)
        self.camera_button.setText(
            self.tr("Webcam") if found else self.tr("Webcam: no camera found")
        )

    # --- event, sitting, desk ------------------------------------------------------------

    def set_event(self, event: EventInfo | None) -> None:
        self.sitting_combo.blockSignals(True)
        self.sitting_combo.clear()
        if event is not None:
            for sitting in event.sittings:
                day = format_date(sitting.starts_at.date(), short=True)
                self.sitting_combo.addItem(f"{sitting.name} · {day}", str(sitting.id))
            current = event.current_sitting()
            if current is not None:
                self.sitting_combo.setCurrentIndex(self.sitting_combo.findData(str(current.id)))
        self.sitting_combo.blockSignals(False)
        self.reload_participants()
        self._sitting_changed()

    def sitting(self) -> SittingInfo | None:
        event, data = self.ctx.event, self.sitting_combo.currentData()
        if event is None or not data:
            return None
        return next((s for s in event.sittings if str(s.id) == data), None)

    def desk(self) -> CheckInDesk | None:
        sitting = self.sitting()
        if self.ctx.event is None or sitting is None:
            return None
        return CheckInDesk(
            self.ctx.db,
            self.ctx.event,
            sitting,
            self.ctx.desk_name,
            allow_other_day=self.other_day.isChecked(),
        )

    def _sitting_changed(self, *_args: object) -> None:
        sitting = self.sitting()
        ready = sitting is not None
        self.input.setEnabled(ready)
        self.walk_in_button.setEnabled(ready)
        day = sitting.starts_at.date() if sitting else None
        other_day = day is not None and day != now().date()
        self.other_day.setVisible(other_day)
        if day is not None and other_day and not self.other_day.isChecked():
            self.day_warning.setText(
                self.tr(
                    "This sitting is on %1, not today: check-ins are refused as wrong day."
                ).replace("%1", format_date(day))
            )
        else:
            self.day_warning.clear()
        self.day_warning.setVisible(bool(self.day_warning.text()))
        if self.ctx.event is None:
            self.result_panel.show_message("idle", self.tr("Choose or create an event first."))
        elif not ready:
            self.result_panel.show_message("idle", self.tr("This event has no sittings yet."))
        else:
            self.result_panel.show_idle()
        self.refresh()
        self.input.setFocus()

    def reload_participants(self) -> None:
        event_id = self.ctx.event.id if self.ctx.event else None
        self._registered = registered_by_sector(self.ctx.db, event_id) if event_id else {}
        self.search.load(event_id)

    def _data_changed(self, kind: str) -> None:
        if kind == "participants":
            self.reload_participants()
        if kind in ("participants", "checkins"):
            self.soon_timer.start()

    def refresh(self) -> None:
        """The last check-ins and the live numbers, from every desk."""
        self.desk_label.setText(self.tr("Desk: %1").replace("%1", self.ctx.desk_name))
        desk = self.desk()
        if desk is None:
            self.recent.set_rows([])
            return
        self.recent.set_rows(desk.recent(RECENT_COUNT))
        self.numbers.show_numbers(desk.numbers(registered=self._registered))

    # --- checking in -----------------------------------------------------------------------

    def submit(self, text: str, is_scan: bool) -> None:
        """Enter in the input: a scan checks in; typed text picks a code or the chosen match."""
        text = text.strip()
        desk = self.desk()
        if not text or desk is None:
            return
        if is_scan:
            self.show_result(desk.check_in_text(text, "scan"))
            return
        self.search.catch_up(text)
        chosen = self.search.chosen()
        if read_code(text) is not None:
            result = desk.check_in_text(text, "search")
            if result.status is not Status.UNKNOWN or result.person or chosen is None:
                self.show_result(result)
                return
        if chosen is not None:
            self.show_result(desk.check_in_participant(chosen, "search"))
            return
        if self.search.loading:
            self.result_panel.show_message(
                "idle", self.tr("The list of names is still loading: try again in a moment.")
            )
            return
        self.sounds.play("error")
        self.result_panel.show_message(
            "error", self.tr("No one found"), self.tr("Nothing matches “%1”.").replace("%1", text)
        )

    def check_in_text(self, text: str, method: str) -> None:
        desk = self.desk()
        if desk is not None:
            self.show_result(desk.check_in_text(text, method))

    def show_result(self, result: CheckInResult) -> None:
        """Shown only now: the service returned after its commit."""
        self.result_panel.show_result(result)
        self.sounds.play(kind_of(result.status))
        self.input.clear()
        self.search.clear()
        desk = self.desk()
        if desk is not None:
            # The list at once (its undo is the next thing the clerk may need).
            self.recent.set_rows(desk.recent(RECENT_COUNT))
        self.soon_timer.start()
        if result.status is Status.OK:
            self.ctx.data_changed.emit("checkins")
        self.input.setFocus()

    def _picked(self, participant_id: uuid.UUID) -> None:
        desk = self.desk()
        if desk is not None:
            self.show_result(desk.check_in_participant(participant_id, "search"))

    # --- undo, walk-ins, camera ---------------------------------------------------------

    def _recent_clicked(self, index: QModelIndex) -> None:
        if index.column() == RecentModel.UNDO:
            self.undo(self.recent.rows[index.row()].id)
        self.input.setFocus()

    def undo(self, checkin_id: uuid.UUID) -> None:
        desk = self.desk()
        row = next((r for r in self.recent.rows if r.id == checkin_id), None)
        if desk is None or row is None or row.undone_at is not None:
            return
        question = self.tr("Undo the check-in of %1 at %2?")
        question = question.replace("%1", row.person.full_name)
        question = question.replace("%2", row.at.strftime("%H:%M"))
        if not self.ctx.dialogs.confirm(self, self.tr("Undo check-in"), question):
            return
        desk.undo(checkin_id)
        self.result_panel.show_message("already", self.tr("Check-in undone"), row.person.full_name)
        self.refresh()
        self.ctx.data_changed.emit("checkins")

    def walk_in(self) -> None:
        desk = self.desk()
        if desk is None:
            return
        dialog = WalkInDialog(self.ctx, desk, self)
        if dialog.exec() and dialog.checkin is not None:
            self.show_result(dialog.checkin)
        self.input.setFocus()

    def show_camera(self, on: bool) -> None:
        self.camera.setVisible(on)
        if on:
            self.camera.start()
        else:
            self.camera.stop()
        self.input.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._camera_availability()
        self.refresh()
        self.input.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.camera_button.setChecked(False)
        super().hideEvent(event)
