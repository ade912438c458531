"""The Reports page: choose the sheets and options, then save the workbook with progress.

Also exports the participant list for another system. The choices (band set, KPI method,
font) are kept in the event's settings so the next report and the survey results agree.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ecodesk.exchange.export import ExportError, export_participants
from ecodesk.exchange.report import (
    FONT_CHOICES,
    SECTIONS,
    FontChoice,
    ReportError,
    ReportOptions,
    ReportResult,
    build_report,
)
from ecodesk.services import survey_stats
from ecodesk.services.events import EventInfo, update_settings
from ecodesk.services.progress import Progress
from ecodesk.ui.context import AppContext
from ecodesk.ui.tasks import Task, run_task
from ecodesk.ui.widgets import ask_save_path


class ReportsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.last_saved: Path | None = None
        self._build()
        ctx.event_changed.connect(self._event_changed)
        self._event_changed(ctx.event)

    # --- layout ---------------------------------------------------------------------------

    def _section_labels(self) -> dict[str, str]:
        return {
            "summary": self.tr("Attendance by sitting, sector and sex, with a chart"),
            "participants": self.tr("One row per participant with check-in times"),
            "evaluation": self.tr("Survey tables: items, aspects, before/after, KPI"),
            "comments": self.tr("Open answers grouped by question"),
            "raw": self.tr("One row per survey response, for re-analysis"),
        }

    def _build(self) -> None:
        heading = QLabel("<h2>" + self.tr("Reports") + "</h2>")
        intro = QLabel(
            self.tr(
                "One Excel workbook for the officials, in Thai, ready to print and to copy from."
            )
        )
        intro.setWordWrap(True)

        sections = QGroupBox(self.tr("Sheets"))
        box = QVBoxLayout(sections)
        self.section_boxes: dict[str, QCheckBox] = {}
        for key, label in self._section_labels().items():
            check = QCheckBox(f"{SECTIONS[key]}: {label}")
            check.setChecked(True)
            check.setObjectName(f"section_{key}")
            check.toggled.connect(self._update_buttons)
            self.section_boxes[key] = check
            box.addWidget(check)

        self.bands = QComboBox()
        for key, source in survey_stats.BAND_SOURCES.items():
            self.bands.addItem(self.tr("Set %1 (%2)").replace("%1", key).replace("%2", source), key)
        self.kpi = QComboBox()
        self.kpi.addItem(self.tr("Mean ÷ 5 × 100"), "mean")
        self.kpi.addItem(self.tr("Share of answers at 4 or 5"), "top2")
        self.font_name = QComboBox()
        self.font_name.setEditable(True)
        self.font_name.addItems(list(FONT_CHOICES))
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 36)
        options = QGroupBox(self.tr("Options"))
        form = QFormLayout(options)
        form.addRow(self.tr("Interpretation bands:"), self.bands)
        form.addRow(self.tr("Satisfaction KPI:"), self.kpi)
        font_row = QHBoxLayout()
        font_row.addWidget(self.font_name, 1)
        font_row.addWidget(self.font_size)
        form.addRow(self.tr("Font in the workbook:"), font_row)

        self.save_button = QPushButton(self.tr("Save report…"))
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(self.ask_and_save)
        self.export_button = QPushButton(self.tr("Export participants…"))
        self.export_button.setObjectName("exportParticipants")
        self.export_button.clicked.connect(self.ask_and_export)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(sections)
        layout.addWidget(options)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # --- state --------------------------------------------------------------------------

    def _event_changed(self, event: EventInfo | None) -> None:
        settings = event.settings if event else {}
        self._select(self.bands, str(settings.get("survey_bands", survey_stats.DEFAULT_BANDS)))
        self._select(self.kpi, str(settings.get("survey_kpi", survey_stats.DEFAULT_KPI)))
        font = FontChoice.from_settings(dict(settings))
        self.font_name.setCurrentText(font.name)
        self.font_size.setValue(font.size)
        self.status.clear()
        self._update_buttons()

    @staticmethod
    def _select(combo: QComboBox, data: str) -> None:
        index = combo.findData(data)
        combo.setCurrentIndex(max(index, 0))

    def _update_buttons(self) -> None:
        idle = self.task is None and self.ctx.event is not None
        self.save_button.setEnabled(idle and bool(self.sections()))
        self.export_button.setEnabled(idle)

    def sections(self) -> list[str]:
        return [key for key, check in self.section_boxes.items() if check.isChecked()]

    def options(self) -> ReportOptions:
        return ReportOptions(
            sections=self.sections(),
            band_set=str(self.bands.currentData()),
            kpi_method=str(self.kpi.currentData()),
            font=FontChoice(self.font_name.currentText().strip() or FONT_CHOICES[0],
                            self.font_size.value()),
        )  # fmt: skip

    # --- saving -------------------------------------------------------------------------

    def ask_and_save(self) -> None:
        event = self.ctx.event
        if event is None:
            return
        path = ask_save_path(
            self,
            self.tr("Save report"),
            f"รายงาน_{event.code}.xlsx",
            self.tr("Excel workbook (*.xlsx)"),
            ".xlsx",
        )
        if path:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Write the workbook to ``path`` in the background; the result is shown when done."""
        event = self.ctx.event
        if event is None or self.task is not None:
            return
        options = self.options()
        font = options.font or FontChoice()
        update_settings(
            self.ctx.db, event.id, survey_bands=options.band_set, survey_kpi=options.kpi_method,
            report_font=font.name, report_font_size=font.size,
        )  # fmt: skip
        self.ctx.data_changed.emit("event")
        db = self.ctx.db

        def work(progress: Progress) -> ReportResult:
            return build_report(db, event.id, path, options, progress)

        self._start(self.tr("Saving the report…"), work, self._saved)

    def ask_and_export(self) -> None:
        event = self.ctx.event
        if event is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export participants"),
            str(Path.home() / f"ผู้เข้าร่วม_{event.code}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)"),
        )
        if path:
            target = Path(path)
            if target.suffix.lower() not in (".xlsx", ".csv"):
                target = target.with_suffix(".csv" if "csv" in chosen.casefold() else ".xlsx")
            self.export_to(target)

    def export_to(self, path: Path) -> None:
        event = self.ctx.event
        if event is None or self.task is not None:
            return
        db = self.ctx.db

        def work(progress: Progress) -> tuple[Path, int]:
            return path, export_participants(db, event.id, path, progress)

        self._start(self.tr("Exporting participants…"), work, self._exported)

    def _start(
        self, title: str, work: Callable[[Progress], Any], done: Callable[[Any], None]
    ) -> None:
        self.task = run_task(self, title, work, done, self._failed, self._cancelled)
        self._update_buttons()

    def _finish(self) -> None:
        self.task = None
        self._update_buttons()

    def _saved(self, result: ReportResult) -> None:
        self._finish()
        self.last_saved = result.path
        self.status.setText(
            self.tr("Saved %1 (%2 participants, %3 responses).")
            .replace("%1", str(result.path))
            .replace("%2", f"{result.participants:,}")
            .replace("%3", f"{result.responses:,}")
        )
        self.ctx.dialogs.info(self, self.tr("Report saved"), str(result.path))

    def _exported(self, result: tuple[Path, int]) -> None:
        self._finish()
        path, count = result
        self.last_saved = path
        self.status.setText(
            self.tr("Exported %1 participants to %2.")
            .replace("%1", f"{count:,}")
            .replace("%2", str(path))
        )
        self.ctx.dialogs.info(self, self.tr("Participants exported"), str(path))

    def _cancelled(self) -> None:
        self._finish()
        self.status.setText(self.tr("Cancelled: no file was written."))

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, ReportError | ExportError):
            text = str(exc)
        elif isinstance(exc, PermissionError):
            text = self.tr("%1 cannot be written: is it open in Excel? Close it and save again.")
            # os.replace names the target second; a plain open names it first.
            text = text.replace("%1", str(exc.filename2 or exc.filename or ""))
        elif isinstance(exc, OSError):
            text = f"{exc.filename or ''}: {exc.strerror or exc}"
        else:
            self.ctx.dialogs.error(
                self, self.tr("Report failed"), self.tr("The file could not be written."),
                f"{type(exc).__name__}: {exc}",
            )  # fmt: skip
            return
        self.ctx.dialogs.warning(self, self.tr("Report not saved"), text)
