"""One way to run long work off the GUI thread: progress dialog, cancel, callbacks on the GUI thread.

The work is a plain function taking a ``Progress`` (from ``ecodesk.services.progress``); it
must not touch widgets. Its result or exception comes back through ``on_done``/``on_error``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ecodesk.services.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class _SignalProgress(Progress):
    def __init__(self, signal: Any) -> None:
        self._signal = signal

    def report(self, done: int, total: int | None, message: str) -> None:
        self._signal.emit(done, -1 if total is None else total, message)


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.progress = _SignalProgress(self.progressed)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:
            log.exception("background task failed")
            self.failed.emit(exc)
        else:
            self.finished.emit(result)


class Task(QObject):
    """A running background job; keep a reference until ``done`` is emitted."""

    done = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        fn: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        *,
        show_dialog: bool = True,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._on_cancel = on_cancel
        self.thread = QThread(self)
        self.worker = _Worker(fn)
        self.worker.moveToThread(self.thread)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
            self.dialog.setWindowTitle(title)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
        self.worker.progressed.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.thread.started.connect(self.worker.run)
        # A window closed while the work runs (the program quitting mid-import) takes this
        # task and its thread with it: the work is cancelled and waited for first, as Qt
        # cannot destroy a running thread.
        if parent is not None:
            parent.destroyed.connect(self._stop)
        self.thread.start()

    def _stop(self) -> None:
        self.cancel()
        self.thread.quit()
        self.thread.wait()

    def cancel(self) -> None:
        self.worker.progress.cancelled = True

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is None:
            return
        if total >= 0:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))
        if message:
            self.dialog.setLabelText(message)

    def _close(self) -> None:
        self.thread.quit()
        self.thread.wait()
        if self.dialog is not None:
            self.dialog.close()
        self.done.emit()

    def _finished(self, result: Any) -> None:
        self._close()
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if self._on_error:
            self._on_error(exc)

    def _cancelled(self) -> None:
        self._close()
        if self._on_cancel:
            self._on_cancel()


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    *,
    show_dialog: bool = True,
) -> Task:
    return Task(parent, title, fn, on_done, on_error, on_cancel, show_dialog=show_dialog)
