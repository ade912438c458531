"""The sign-in sheet controls: which day or sitting, order, save as PDF or print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from ecodesk.services.events import EventInfo
from ecodesk.services.signin_sheet import SigninSheet, signin_sheet
from ecodesk.services.thai_dates import format_date
from ecodesk.ui.badges.jobs import PrintJobs
from ecodesk.ui.context import AppContext
from ecodesk.ui.widgets import ask_save_path


class SigninPanel(QGroupBox):
    def __init__(self, ctx: AppContext, jobs: PrintJobs) -> None:
        super().__init__()
        self.ctx = ctx
        self.jobs = jobs
        self.setTitle(self.tr("Sign-in sheet (ใบลงทะเบียน)"))
        self.which = QComboBox()
        self.which.setMinimumWidth(280)
        self.by_sector = QCheckBox(self.tr("Group by sector"))
        self.save_button = QPushButton(self.tr("Save sign-in sheet PDF…"))
        self.save_button.clicked.connect(self.ask_and_save)
        self.print_button = QPushButton(self.tr("Print sign-in sheet…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.clicked.connect(self.preview_sheet)
        row = QHBoxLayout(self)
        row.addWidget(QLabel(self.tr("Signature columns:")))
        row.addWidget(self.which)
        row.addWidget(self.by_sector)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)

    def set_event(self, event: EventInfo | None) -> None:
        self.which.clear()
        if event is not None:
            days = sorted({s.starts_at.date() for s in event.sittings}) or [event.start_date]
            for day in days:
                label = self.tr("All sittings of %1").replace("%1", format_date(day))
                self.which.addItem(label, ("day", day))
            for s in event.sittings:
                self.which.addItem(
                    f"{s.name} ({format_date(s.starts_at.date(), short=True)})",
                    ("sitting", str(s.id)),
                )
        for w in (
            self.which,
            self.by_sector,
            self.preview_button,
            self.save_button,
            self.print_button,
        ):
            w.setEnabled(event is not None)

    def sheet(self) -> SigninSheet:
        event = self.ctx.event
        assert event is not None
        kind, value = self.which.currentData() or ("day", None)
        return signin_sheet(
            self.ctx.db,
            event.id,
            day=value if kind == "day" and isinstance(value, date) else None,
            sitting=str(value) if kind == "sitting" else None,
            by_sector=self.by_sector.isChecked(),
        )

    def ask_and_save(self) -> None:
        event = self.ctx.event
        if event is None:
            return
        path = ask_save_path(
            self,
            self.tr("Save sign-in sheet"),
            f"ใบลงทะเบียน_{event.code}.pdf",
            self.tr("PDF (*.pdf)"),
            ".pdf",
        )
        if path:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        from ecodesk.printing.signin_painter import write_signin_pdf

        sheet = self.sheet()
        self.jobs.start(
            self.tr("Writing the sign-in sheet…"),
            lambda progress: write_signin_pdf(path, sheet, progress),
            lambda pages: self.ctx.dialogs.info(
                self,
                self.tr("Sign-in sheet saved"),
                self.tr("%1 (%2 people, %3 pages)")
                .replace("%1", str(path))
                .replace("%2", str(sheet.people))
                .replace("%3", str(pages)),
            ),
        )

    def print_sheet(self) -> None:
        from ecodesk.printing.signin_painter import prepare_printer, print_signin_sheet

        if self.ctx.event is None:
            return
        sheet = self.sheet()
        self.jobs.print(
            self.tr("Printing the sign-in sheet…"),
            prepare_printer,
            lambda printer, progress: print_signin_sheet(printer, sheet, progress),
            lambda _printer: None,
        )

    def preview_sheet(self) -> None:
        from ecodesk.printing.signin_painter import prepare_printer, print_signin_sheet

        if self.ctx.event is not None:
            sheet = self.sheet()
            self.jobs.preview(prepare_printer, lambda printer: print_signin_sheet(printer, sheet))
