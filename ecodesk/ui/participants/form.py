"""The participant form: a walk-in added at the desk, or a correction to someone listed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ecodesk.services import participants
from ecodesk.services.events import get_event
from ecodesk.services.participants import ParticipantError, ParticipantInput, ParticipantRow
from ecodesk.services.thai_text import THAI_TITLES
from ecodesk.ui.context import AppContext
from ecodesk.ui.participants.refusal import refusal

# The titles offered first; any other can be typed.
COMMON_TITLES = (
    "นาย",
    "นาง",
    "นางสาว",
    "ดร.",
    "ผศ.",
    "รศ.",
    "ผศ.ดร.",
    "ว่าที่ร้อยตรี",
    "Mr.",
    "Ms.",
    "Mrs.",
)


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class ParticipantDialog(QDialog):
    """Add (``row`` None, a walk-in) or edit a participant; saves through the service."""

    #: The participant's id, once saved (before the pages are told to reload).
    saved = Signal(object)

    def __init__(
        self, ctx: AppContext, row: ParticipantRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert ctx.event is not None
        self.ctx = ctx
        self.row = row
        self.saved_id: uuid.UUID | None = None
        event_id = ctx.event.id
        self.setWindowTitle(self.tr("Edit participant") if row else self.tr("Add walk-in"))
        self.setMinimumWidth(520)

        self.title = QComboBox()
        self.title.setEditable(True)
        known = participants.distinct_values(ctx.db, event_id, "title")
        titles = list(dict.fromkeys([*COMMON_TITLES, *known, *THAI_TITLES]))
        self.title.addItems(["", *titles])
        self.title.lineEdit().setPlaceholderText(self.tr("e.g. นาย, นางสาว, ดร."))
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setCompleter(
            _completer(participants.distinct_values(ctx.db, event_id, "organisation"), self)
        )
        self.position = QLineEdit()
        self.position.setCompleter(
            _completer(participants.distinct_values(ctx.db, event_id, "position"), self)
        )
        self.sector = QComboBox()
        self.sector.setEditable(True)
        # Read again: a sector typed for the last walk-in, or brought by an import, is the
        # event's now, though the event the window holds predates it.
        self.sector.addItems(["", *(s.name for s in get_event(ctx.db, event_id).sectors)])
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("08x-xxx-xxxx")
        self.email = QLineEdit()
        self.consent = QCheckBox(self.tr("Agrees to the use of personal data for this event"))

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow("", self.consent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if row:
            self._fill(row)
        self.first_name.setFocus()

    def _fill(self, row: ParticipantRow) -> None:
        self.title.setCurrentText(row.title)
        self.first_name.setText(row.first_name)
        self.last_name.setText(row.last_name)
        self.organisation.setText(row.organisation)
        self.position.setText(row.position)
        self.sector.setCurrentText(row.sector)
        self.phone.setText(row.phone)
        self.email.setText(row.email)
        self.consent.setChecked(bool(row.consent))

    def person(self) -> ParticipantInput:
        # A consent nobody recorded (a list without the question) stays unknown, not refused,
        # until the box is ticked.
        unknown = self.row is not None and self.row.consent is None
        consent = True if self.consent.isChecked() else None if unknown else False
        return ParticipantInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            title=self.title.currentText(),
            organisation=self.organisation.text(),
            position=self.position.text(),
            sector=self.sector.currentText(),
            phone=self.phone.text(),
            email=self.email.text(),
            consent=consent,
            source=self.row.source if self.row else "walk-in",
            is_walk_in=self.row.is_walk_in if self.row else True,
        )

    def save(self) -> None:
        assert self.ctx.event is not None
        # What is stored already passes as it is: an import keeps what it cannot read.
        kept = (self.row.phone, self.row.email) if self.row else ()
        try:
            person = participants.clean_input(self.person(), kept)
            if self.row:
                participants.update_participant(
                    self.ctx.db, self.row.id, person, desk=self.ctx.desk_name
                )
                self.saved_id = self.row.id
            else:
                self.saved_id = participants.add_participant(
                    self.ctx.db, self.ctx.event.id, person, desk=self.ctx.desk_name
                )
        except ParticipantError as exc:
            boxes = {"first_name": self.first_name, "phone": self.phone, "email": self.email}
            reason, field = refusal(exc, boxes)
            self.ctx.dialogs.warning(self, self.tr("Cannot save"), reason)
            field.setFocus()
            return
        self.saved.emit(self.saved_id)
        self.ctx.data_changed.emit("participants")
        self.accept()
