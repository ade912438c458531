"""Print and PDF jobs of the badges page: one at a time, off the GUI thread, with progress,
cancel and the printer dialog; whole-page previews through the same painting functions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from ecodesk.services.progress import Progress
from ecodesk.ui.dialogs import UserDialogs
from ecodesk.ui.tasks import Task, run_task

Prepare = Callable[[QPrinter], object]


class PrintJobs(QObject):
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget, dialogs: UserDialogs) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.dialogs = dialogs
        self.task: Task | None = None
        # The printer must outlive the background job that paints on it.
        self._printer: QPrinter | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(
        self, title: str, work: Callable[[Progress], Any], done: Callable[[Any], None]
    ) -> None:
        if self.task is not None:
            return

        def finished(result: Any) -> None:
            self._finish()
            done(result)

        self.task = run_task(
            self.parent_widget, title, work, finished, self._failed, self._cancelled
        )
        self.busy_changed.emit(True)

    def print(
        self,
        title: str,
        prepare: Prepare,
        paint: Callable[[QPrinter, Progress], Any],
        done: Callable[[QPrinter], None],
    ) -> None:
        """Ask for a printer (system dialog), then paint on it in the background."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare(printer)
        if QPrintDialog(printer, self.parent_widget).exec() != QPrintDialog.DialogCode.Accepted:
            return
        self._printer = printer
        self.start(title, lambda progress: paint(printer, progress), lambda _pages: done(printer))

    def preview(self, prepare: Prepare, paint: Callable[[QPrinter], object]) -> None:
        """Whole pages on screen, painted by the same function as the PDF and the printer."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare(printer)
        dialog = QPrintPreviewDialog(printer, self.parent_widget)
        dialog.resize(1100, 850)
        dialog.paintRequested.connect(paint)
        dialog.exec()

    def _finish(self) -> None:
        self.task = None
        self._printer = None
        self.busy_changed.emit(False)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.dialogs.error(self.parent_widget, self.tr("Not printed"), str(exc))

    def _cancelled(self) -> None:
        self._finish()
        self.dialogs.info(
            self.parent_widget,
            self.tr("Cancelled"),
            self.tr("Nothing was saved or recorded as printed."),
        )
