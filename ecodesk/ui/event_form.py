"""The event form: name, code, dates (shown in B.E.), venue, organiser, sittings, sectors."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ecodesk.db import Database
from ecodesk.services import events
from ecodesk.services.thai_dates import format_date
from ecodesk.ui.widgets import BeDateEdit


class _Row(QWidget):
    removed = Signal(QWidget)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))

    def finish(self) -> None:
        self.layout_.addWidget(self.remove_button)


class SittingRow(_Row):
    def __init__(self, days: list[date], sitting: events.SittingInfo | None = None) -> None:
        super().__init__()
        self.sitting_id = sitting.id if sitting else None
        self.name = QLineEdit(sitting.name if sitting else "")
        self.name.setPlaceholderText(self.tr("e.g. Morning lecture"))
        self.day = QComboBox()
        self.set_days(days, sitting.starts_at.date() if sitting else None)
        self.start = QTimeEdit(QTime(8, 30))
        self.end = QTimeEdit(QTime(12, 0))
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        if sitting:
            self.start.setTime(QTime(sitting.starts_at.hour, sitting.starts_at.minute))
            self.end.setTime(QTime(sitting.ends_at.hour, sitting.ends_at.minute))
        self.kind = QComboBox()
        kinds = {
            "half_day": self.tr("Half day"),
            "day": self.tr("Full day"),
            "study_visit": self.tr("Study visit"),
        }
        for key, label in kinds.items():
            self.kind.addItem(label, key)
        if sitting:
            self.kind.setCurrentIndex(max(0, self.kind.findData(sitting.kind)))
        for w in (self.name, self.day, self.start, QLabel("–"), self.end, self.kind):
            self.layout_.addWidget(w)
        self.layout_.setStretch(0, 3)
        self.finish()

    def set_days(self, days: list[date], keep: date | None = None) -> None:
        keep = keep or self.day.currentData()
        self.day.clear()
        for d in days:
            self.day.addItem(format_date(d, short=True), d)
        index = self.day.findData(keep) if keep else 0
        self.day.setCurrentIndex(max(0, index))

    def value(self) -> events.SittingInput:
        day: date = self.day.currentData()
        start, end = self.start.time(), self.end.time()
        return events.SittingInput(
            name=self.name.text(),
            starts_at=datetime.combine(day, time(start.hour(), start.minute())),
            ends_at=datetime.combine(day, time(end.hour(), end.minute())),
            kind=self.kind.currentData(),
            id=self.sitting_id,
        )


class SectorRow(_Row):
    def __init__(self, sector: events.SectorInfo | None = None, name: str = "") -> None:
        super().__init__()
        self.sector_id = sector.id if sector else None
        self.name = QLineEdit(sector.name if sector else name)
        self.target = QSpinBox()
        self.target.setRange(0, 100_000)
        self.target.setPrefix(self.tr("target "))
        self.target.setValue(sector.target if sector else 0)
        self.colour = sector.colour if sector else ""
        self.colour_button = QPushButton(self.tr("Colour"))
        self.colour_button.clicked.connect(self._pick_colour)
        self._show_colour()
        for w in (self.name, self.target, self.colour_button):
            self.layout_.addWidget(w)
        self.layout_.setStretch(0, 3)
        self.finish()

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour or "#607D8B"), self)
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def _show_colour(self) -> None:
        if self.colour:
            self.colour_button.setStyleSheet(f"background-color: {self.colour}; color: white;")

    def value(self) -> events.SectorInput:
        return events.SectorInput(
            self.name.text(), self.target.value(), self.colour, self.sector_id
        )


class EventDialog(QDialog):
    """Create or edit an event; saving goes through the events service."""

    def __init__(
        self, db: Database, event: events.EventInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.editing = event
        self.saved: events.EventInfo | None = None
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        self.setMinimumWidth(760)

        self.name = QLineEdit(event.name if event else "")
        self.code = QLineEdit(event.code if event else "")
        self.code.setPlaceholderText(self.tr("2–12 letters or digits, printed in every badge QR"))
        today = date.today()
        self.start = BeDateEdit(event.start_date if event else today)
        self.end = BeDateEdit(event.end_date if event else today)
        self.venue = QLineEdit(event.venue if event else "")
        self.organiser = QLineEdit(event.organiser if event else "")
        form = QFormLayout()
        form.addRow(self.tr("Event name"), self.name)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Organiser"), self.organiser)

        self.sitting_box = QGroupBox(self.tr("Sittings (the units people check in to)"))
        self.sitting_rows = QVBoxLayout(self.sitting_box)
        add_sitting = QPushButton(self.tr("Add sitting"))
        add_sitting.clicked.connect(lambda: self._add_sitting(None))
        self.sitting_rows.addWidget(add_sitting)

        self.sector_box = QGroupBox(self.tr("Sectors and target counts"))
        self.sector_rows = QVBoxLayout(self.sector_box)
        add_sector = QPushButton(self.tr("Add sector"))
        add_sector.clicked.connect(lambda: self._add_sector(None))
        self.sector_rows.addWidget(add_sector)

        if event:
            for s in event.sittings:
                self._add_sitting(s)
            for se in event.sectors:
                self._add_sector(se)
        else:
            self._add_sitting(None)
            for name in events.DEFAULT_SECTORS:
                self._add_sector(None, name)

        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sitting_box)
        layout.addWidget(self.sector_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.start.date_changed.connect(self._days_changed)
        self.end.date_changed.connect(self._days_changed)

    def _days(self) -> list[date]:
        start, end = self.start.date(), self.end.date()
        count = max(0, (end - start).days) + 1
        return [start + timedelta(days=i) for i in range(min(count, 31))]

    def _days_changed(self, _value: object) -> None:
        for row in self.sittings():
            row.set_days(self._days())

    def _add_sitting(self, sitting: events.SittingInfo | None) -> SittingRow:
        row = SittingRow(self._days(), sitting)
        row.removed.connect(self._remove)
        self.sitting_rows.insertWidget(self.sitting_rows.count() - 1, row)
        return row

    def _add_sector(self, sector: events.SectorInfo | None, name: str = "") -> SectorRow:
        row = SectorRow(sector, name)
        row.removed.connect(self._remove)
        self.sector_rows.insertWidget(self.sector_rows.count() - 1, row)
        return row

    def _remove(self, row: QWidget) -> None:
        row.setParent(None)
        row.deleteLater()

    def sittings(self) -> list[SittingRow]:
        return self.sitting_box.findChildren(SittingRow)

    def sectors(self) -> list[SectorRow]:
        return self.sector_box.findChildren(SectorRow)

    def value(self) -> events.EventInput:
        return events.EventInput(
            code=self.code.text(),
            name=self.name.text(),
            start_date=self.start.date(),
            end_date=self.end.date(),
            venue=self.venue.text(),
            organiser=self.organiser.text(),
            sittings=[r.value() for r in self.sittings()],
            sectors=[r.value() for r in self.sectors()],
        )

    def save(self) -> None:
        data = self.value()
        try:
            if self.editing:
                self.saved = events.update_event(self.db, self.editing.id, data)
            else:
                self.saved = events.create_event(self.db, data)
        except events.EventError as exc:
            self.error.setText(self._explain(str(exc)))
            self.error.show()
            return
        self.accept()

    def _explain(self, message: str) -> str:
        field, _, detail = message.partition(":")
        labels = {
            "name": self.tr("Event name"),
            "code": self.tr("Code"),
            "end_date": self.tr("Last day"),
            "sittings": self.tr("Sittings"),
            "sectors": self.tr("Sectors"),
        }
        return f"{labels.get(field, field)}: {detail.strip()}"

    @property
    def event_id(self) -> uuid.UUID | None:
        return self.saved.id if self.saved else None
