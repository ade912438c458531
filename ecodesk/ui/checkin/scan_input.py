"""The one input field of the desk: a scanner's burst of keys, or a person typing a name."""

from __future__ import annotations

import itertools
import statistics
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

# Scanners type a character every 2-20 ms; people need 80 ms or more between keys.
BURST_GAP_S = 0.035
MIN_SCAN_LENGTH = 6


class ScanLineEdit(QLineEdit):
    """Emits ``submitted(text, is_scan)`` on Enter; Up/Down move the search selection."""

    submitted = Signal(str, bool)
    moved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key_times: list[float] = []

    def is_burst(self) -> bool:
        times = self._key_times
        if len(times) < MIN_SCAN_LENGTH:
            return False
        gaps = [b - a for a, b in itertools.pairwise(times)]
        # The median forgives one late key (a busy GUI thread) in a real scan.
        return statistics.median(gaps) <= BURST_GAP_S

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text, scan = self.text(), self.is_burst()
            self._key_times.clear()
            self.submitted.emit(text, scan)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape:
            self.clear()
        if not self.text():
            self._key_times.clear()
        if event.text() and event.text().isprintable():
            self._key_times.append(time.monotonic())
        super().keyPressEvent(event)

    def clear(self) -> None:
        self._key_times.clear()
        super().clear()
