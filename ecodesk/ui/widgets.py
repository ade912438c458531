"""Small widgets shared by several pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from ecodesk.services.thai_dates import format_date


class BeDateEdit(QToolButton):
    """A date picker that shows the chosen date in Buddhist Era (16 มิถุนายน 2565)."""

    date_changed = Signal(object)

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = value or date.today()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.setMenu(menu)
        self._show()

    def date(self) -> date:
        return self._date

    def set_date(self, value: date) -> None:
        self._date = value
        self._show()
        self.date_changed.emit(value)

    def _picked(self, qdate: QDate) -> None:
        self.menu().hide()
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))

    def _show(self) -> None:
        lang = "en" if QLocale().language() == QLocale.Language.English else "th"
        self.setText(format_date(self._date, lang=lang))
        self.calendar.setSelectedDate(QDate(self._date.year, self._date.month, self._date.day))


class PlaceholderPage(QWidget):
    """A page whose feature is not in this release yet: it says what will come, nothing fake."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


def hbox(*widgets: QWidget, stretch_last: bool = False) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    if not stretch_last:
        row.addStretch(1)
    return row


def ask_save_path(
    parent: QWidget, title: str, file_name: str, file_filter: str, suffix: str
) -> Path | None:
    """Ask where to save, starting in the home folder; the answer always ends in ``suffix``."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / file_name), file_filter)
    return Path(path).with_suffix(suffix) if path else None
