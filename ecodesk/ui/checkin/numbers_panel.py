"""Live numbers of the sitting: in against registered, by sector against target, walk-ins, rate."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QProgressBar, QWidget

from ecodesk.services.checkin_numbers import LiveNumbers


class NumbersPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Live numbers"))
        self.total = QLabel()
        font = self.total.font()
        font.setPointSize(20)
        font.setBold(True)
        self.total.setFont(font)
        self.total_bar = QProgressBar()
        self.walk_ins = QLabel()
        self.rate = QLabel()
        self.grid = QGridLayout(self)
        self.grid.addWidget(self.total, 0, 0, 1, 3)
        self.grid.addWidget(self.total_bar, 1, 0, 1, 3)
        self.grid.addWidget(self.walk_ins, 2, 0, 1, 3)
        self.grid.addWidget(self.rate, 3, 0, 1, 3)
        self._sector_rows: list[tuple[QLabel, QProgressBar, QLabel]] = []

    def show_numbers(self, numbers: LiveNumbers) -> None:
        self.total.setText(
            self.tr("%1 of %2 checked in")
            .replace("%1", str(numbers.checked_in))
            .replace("%2", str(numbers.registered))
        )
        self.total_bar.setRange(0, max(numbers.registered, 1))
        self.total_bar.setValue(numbers.checked_in)
        self.walk_ins.setText(self.tr("Walk-ins: %1").replace("%1", str(numbers.walk_ins)))
        self.rate.setText(
            self.tr("Last 10 minutes: %1").replace("%1", str(numbers.last_10_minutes))
        )
        self._sectors(numbers)

    def _sectors(self, numbers: LiveNumbers) -> None:
        while len(self._sector_rows) > len(numbers.by_sector):
            for old in self._sector_rows.pop():
                old.deleteLater()
        while len(self._sector_rows) < len(numbers.by_sector):
            row = 4 + len(self._sector_rows)
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setMaximumHeight(12)
            widgets = (QLabel(), bar, QLabel())
            for column, widget in enumerate(widgets):
                self.grid.addWidget(widget, row, column)
            self._sector_rows.append(widgets)
        for (name, bar, figure), sector in zip(self._sector_rows, numbers.by_sector, strict=True):
            name.setText(sector.name)
            goal = sector.target or sector.registered
            bar.setRange(0, max(goal, 1))
            bar.setValue(min(sector.checked_in, max(goal, 1)))
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {sector.colour}; }}")
            if sector.target:
                figure.setText(
                    self.tr("%1 / target %2")
                    .replace("%1", str(sector.checked_in))
                    .replace("%2", str(sector.target))
                )
            else:
                figure.setText(
                    self.tr("%1 / %2 registered")
                    .replace("%1", str(sector.checked_in))
                    .replace("%2", str(sector.registered))
                )
