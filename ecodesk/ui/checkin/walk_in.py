"""The walk-in form: register, check in and print the badge in one action."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ecodesk.printing.layouts import load_layouts
from ecodesk.printing.output import prepare_printer, print_badges, write_badges_pdf
from ecodesk.services import badges
from ecodesk.services.checkin import CheckInDesk, CheckInResult
from ecodesk.services.events import get_event
from ecodesk.services.participants import (
    ParticipantError,
    ParticipantInput,
    add_participant,
    clean_input,
)
from ecodesk.services.thai_text import THAI_TITLES
from ecodesk.ui.context import AppContext
from ecodesk.ui.participants.refusal import refusal

log = logging.getLogger(__name__)

NO_PRINT, PDF = "", "pdf:"
WALK_IN_LAYOUT = "roll-62"
COMMON_TITLES = ("นาย", "นาง", "นางสาว", "ดร.", "ผศ.ดร.", "Mr.", "Ms.")


class WalkInDialog(QDialog):
    """After ``exec()``, ``checkin`` holds the check-in of the person registered."""

    def __init__(self, ctx: AppContext, desk: CheckInDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.desk = desk
        self.checkin: CheckInResult | None = None
        self.setWindowTitle(self.tr("Walk-in"))
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(list(dict.fromkeys((*COMMON_TITLES, *THAI_TITLES))))
        self.title.setCurrentText("")
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.sector = QComboBox()
        # Read again: a sector an import brought since the desk opened is the event's now.
        self.sector.addItems([s.name for s in get_event(desk.db, desk.event.id).sectors])
        self.phone = QLineEdit()
        self.printer = QComboBox()
        self.printer.addItem(self.tr("Do not print"), NO_PRINT)
        self.printer.addItem(self.tr("PDF file in %1").replace("%1", str(self.pdf_folder())), PDF)
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self._select(self.printer, ctx.settings.value("checkin/walk_in_printer", PDF))
        self.layout_choice = QComboBox()
        for choice in load_layouts().values():
            self.layout_choice.addItem(choice.title, choice.name)
        self._select(
            self.layout_choice, ctx.settings.value("checkin/walk_in_layout", WALK_IN_LAYOUT)
        )
        self.error = QLabel()
        self.error.setStyleSheet("color: #C62828;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Print badge on"), self.printer)
        form.addRow(self.tr("Badge layout"), self.layout_choice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Register, check in and print"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        # Enter in any field saves: the default is set once the buttons belong to the dialog.
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.title.setFocus()

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def pdf_folder(self) -> Path:
        default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(str(self.ctx.settings.value("checkin/walk_in_pdf_folder", default)))

    def person(self) -> ParticipantInput:
        return ParticipantInput(
            title=self.title.currentText(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            organisation=self.organisation.text(),
            sector=self.sector.currentText(),
            phone=self.phone.text(),
            source="walk-in",
            is_walk_in=True,
        )

    def save(self) -> None:
        try:
            person = clean_input(self.person())
        except ParticipantError as exc:
            log.info("walk-in refused: %s", exc)
            text, box = refusal(exc, {"first_name": self.first_name, "phone": self.phone})
            self.error.setText(text)
            box.setFocus()
            return
        event_id = self.desk.event.id
        participant_id = add_participant(self.ctx.db, event_id, person, desk=self.ctx.desk_name)
        self.checkin = self.desk.check_in_participant(participant_id, "walk-in")
        self.ctx.data_changed.emit("participants")
        self.ctx.settings.setValue("checkin/walk_in_printer", self.printer.currentData())
        self.ctx.settings.setValue("checkin/walk_in_layout", self.layout_choice.currentData())
        self.print_badge(participant_id)
        self.accept()

    def print_badge(self, participant_id: object) -> None:
        """Print on the chosen printer; a failure is said, the registration stays."""
        target = self.printer.currentData()
        if target == NO_PRINT:
            return
        layouts = load_layouts()
        layout = layouts.get(self.layout_choice.currentData()) or next(iter(layouts.values()))
        try:
            badge_set = badges.badge_for(self.ctx.db, participant_id)  # type: ignore[arg-type]
            if target == PDF:
                folder = self.pdf_folder()
                folder.mkdir(parents=True, exist_ok=True)
                code = badge_set.badges[0].short_code
                write_badges_pdf(folder / f"walk-in-{code}.pdf", badge_set, layout)
            else:
                printer = QPrinter(
                    QPrinterInfo.printerInfo(str(target)), QPrinter.PrinterMode.HighResolution
                )
                prepare_printer(printer, layout)
                print_badges(printer, badge_set, layout)
            badges.mark_printed(self.ctx.db, [badge_set.badges[0].participant_id])
        except Exception as exc:
            log.exception("walk-in badge not printed")
            self.ctx.dialogs.warning(
                self,
                self.tr("Badge not printed"),
                self.tr(
                    "The person is registered and checked in, but the badge could not be "
                    "printed (%1). Print it from the Badges page."
                ).replace("%1", str(exc)),
            )
