"""Paper entry: a clerk keys paper forms into a dense grid with the keyboard only.

Every rating and single choice is one cell: a digit answers it and moves on, 0 or Space
leaves it blank, Backspace steps back. Text answers follow in fields; Enter saves the form
and starts the next. A blank on paper is kept as a blank (it is counted in the statistics).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ecodesk.services import survey_answers, surveys
from ecodesk.services.survey_definition import AFTER, BEFORE, Question, ResponseError
from ecodesk.ui.context import AppContext

# Thai digits, and the digit keys of the Thai Kedmanee layout (a clerk may forget to switch).
DIGIT_ALIASES = {
    **{chr(0x0E50 + d): d for d in range(10)},
    "ๅ": 1, "/": 2, "-": 3, "ภ": 4, "ถ": 5, "ุ": 6, "ึ": 7, "ค": 8, "ต": 9, "จ": 0,
}  # fmt: skip

CELL_STYLE = "border: 1px solid #B0BEC5; min-width: 34px; font-size: 18px; padding: 2px;"
CURRENT_STYLE = "border: 3px solid #1565C0; background: #E3F2FD; min-width: 34px; font-size: 18px;"


@dataclass(frozen=True)
class Cell:
    question: Question
    # '' for a rating or choice, 'before'/'after' for one side of a pair.
    side: str
    label: str

    @property
    def maximum(self) -> int:
        return len(self.question.options) if self.question.kind == "single" else 5


def digit_of(event: QKeyEvent) -> int | None:
    text = event.text()
    if text.isdigit() and text.isascii():
        return int(text)
    return DIGIT_ALIASES.get(text)


class CellGrid(QFrame):
    """The digit cells; keeps the cursor and the values, emits ``finished`` after the last."""

    finished = Signal()
    save_requested = Signal()

    def __init__(self, cells: list[Cell], rows: list[tuple[str, list[int]]]) -> None:
        super().__init__()
        self.cells = cells
        self.values: list[int | None] = [None] * len(cells)
        self.cursor = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setObjectName("cellGrid")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(3)
        self._labels: list[QLabel] = [QLabel() for _ in cells]
        for r, (title, indexes) in enumerate(rows):
            heading = QLabel(title)
            heading.setMaximumWidth(260)
            heading.setToolTip(title)
            grid.addWidget(heading, r * 2 + 1, 0)
            for c, i in enumerate(indexes):
                caption = QLabel(cells[i].label)
                caption.setStyleSheet("color: #607D8B; font-size: 11px;")
                caption.setToolTip(cells[i].question.text)
                grid.addWidget(caption, r * 2, c + 1, Qt.AlignmentFlag.AlignCenter)
                label = self._labels[i]
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                label.setToolTip(cells[i].question.text)
                grid.addWidget(label, r * 2 + 1, c + 1)
        grid.setColumnStretch(grid.columnCount(), 1)
        self._paint()

    def _paint(self) -> None:
        for i, label in enumerate(self._labels):
            value = self.values[i]
            label.setText("·" if value is None else str(value))
            label.setStyleSheet(
                CURRENT_STYLE if i == self.cursor and self.hasFocus() else CELL_STYLE
            )

    def move(self, index: int) -> None:
        self.cursor = max(0, min(index, len(self.cells) - 1))
        self._paint()

    def clear(self) -> None:
        self.values = [None] * len(self.cells)
        self.move(0)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        self._paint()

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self._paint()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
            return
        if key == Qt.Key.Key_Backspace:
            self.move(self.cursor - 1)
            self.values[self.cursor] = None
            self._paint()
            return
        if key == Qt.Key.Key_Left:
            self.move(self.cursor - 1)
            return
        if key == Qt.Key.Key_Right:
            self.move(self.cursor + 1)
            return
        digit = 0 if key == Qt.Key.Key_Space else digit_of(event)
        if digit is None or digit > self.cells[self.cursor].maximum:
            super().keyPressEvent(event)
            return
        self.values[self.cursor] = digit or None
        if self.cursor == len(self.cells) - 1:
            self._paint()
            self.finished.emit()
        else:
            self.move(self.cursor + 1)

    def fill(self, answers: dict[str, Any]) -> None:
        """Show a saved response again (to correct it)."""
        for i, cell in enumerate(self.cells):
            q, value = cell.question, answers.get(cell.question.key)
            if cell.side:
                value = value.get(cell.side) if isinstance(value, dict) else None
            elif q.kind == "single":
                value = q.options.index(value) + 1 if value in q.options else None
            self.values[i] = int(value) if value is not None else None
        self.move(0)

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for cell, value in zip(self.cells, self.values, strict=True):
            if value is None:
                continue
            q = cell.question
            if q.kind == "single":
                out[q.key] = q.options[value - 1]
            elif cell.side:
                out.setdefault(q.key, {})[cell.side] = value
            else:
                out[q.key] = value
        return out


class PaperEntry(QWidget):
    """The paper-entry screen of one survey, with a running count of forms entered."""

    saved = Signal()

    def __init__(self, ctx: AppContext, survey: surveys.SurveyInfo) -> None:
        super().__init__()
        self.ctx = ctx
        self.survey = survey
        self.entered = 0
        # The form saved last, which Ctrl+Z takes back for correction.
        self._last: tuple[uuid.UUID, dict[str, Any]] | None = None
        cells, rows, legend = self._layout(survey)
        self.grid = CellGrid(cells, rows)
        self.grid.finished.connect(self._after_grid)
        self.grid.save_requested.connect(self.save)

        self.fields: dict[str, QLineEdit] = {}
        fields_box = QWidget()
        fields = QGridLayout(fields_box)
        fields.setContentsMargins(0, 0, 0, 0)
        for r, q in enumerate(q for q in survey.definition.questions() if self._is_field(q)):
            edit = QLineEdit()
            edit.setObjectName(f"field_{q.key}")
            if q.kind == "multiple":
                edit.setPlaceholderText(self.tr("option numbers, e.g. 13"))
            edit.returnPressed.connect(self.save)
            fields.addWidget(QLabel(q.text), r, 0)
            fields.addWidget(edit, r, 1)
            self.fields[q.key] = edit

        self.count_label = QLabel()
        self.count_label.setObjectName("paperCount")
        self.count_label.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.message = QLabel()
        self.message.setObjectName("paperMessage")
        self.message.setWordWrap(True)
        help_text = QLabel(
            self.tr(
                "Digits answer and move on · 0 or Space leaves blank · Backspace steps back · "
                "Tab to the text fields · Enter saves and starts the next form"
            )
        )
        help_text.setWordWrap(True)
        legend_label = QLabel(legend)
        legend_label.setWordWrap(True)
        legend_label.setStyleSheet("color: #455A64;")

        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(legend_label)
        body.addWidget(self.grid)
        body.addWidget(fields_box)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.count_label)
        layout.addWidget(scroll, 1)
        self.undo_button = QPushButton(self.tr("Take back the last form (Ctrl+Z)"))
        self.undo_button.setObjectName("paperUndo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_last)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo_button)
        layout.addLayout(bottom)
        self._show_count()
        self.setFocusProxy(self.grid)

    @staticmethod
    def _is_field(q: Question) -> bool:
        return q.kind in ("multiple", "number", "text", "long_text") or (
            q.kind == "single" and len(q.options) > 9
        )

    def _layout(
        self, survey: surveys.SurveyInfo
    ) -> tuple[list[Cell], list[tuple[str, list[int]]], str]:
        cells: list[Cell] = []
        rows: list[tuple[str, list[int]]] = []
        legend: list[str] = []
        for page in survey.definition.pages():
            indexes: list[int] = []
            for n, q in enumerate(page.questions, 1):
                if q.kind == "single" and not self._is_field(q):
                    options = " ".join(f"{i}={o}" for i, o in enumerate(q.options, 1))
                    legend.append(f"{q.text}: {options}")
                    indexes.append(len(cells))
                    cells.append(Cell(q, "", q.text if len(q.text) <= 10 else q.key))
                elif q.kind == "rating":
                    indexes.append(len(cells))
                    cells.append(Cell(q, "", str(n)))
                elif q.kind == "before_after":
                    for side, mark in ((BEFORE, self.tr("B")), (AFTER, self.tr("A"))):
                        indexes.append(len(cells))
                        cells.append(Cell(q, side, f"{n}{mark}"))
            if indexes:
                rows.append((page.aspect or page.part.title, indexes))
        return cells, rows, "\n".join(legend)

    def _after_grid(self) -> None:
        if self.fields:
            next(iter(self.fields.values())).setFocus()

    def answers(self) -> dict[str, Any]:
        answers = self.grid.answers()
        for key, edit in self.fields.items():
            text = edit.text().strip()
            if not text:
                continue
            q = self.survey.definition.question(key)
            if q.kind == "multiple":
                picked = [int(c) for c in text if c.isdigit() and 1 <= int(c) <= len(q.options)]
                answers[key] = [q.options[i - 1] for i in picked]
            else:
                answers[key] = text
        return answers

    def save(self) -> None:
        answers = self.answers()
        if not answers:
            self.message.setText(self.tr("Nothing typed yet: the form was not saved."))
            self.grid.setFocus()
            return
        try:
            response_id = survey_answers.submit_response(
                self.ctx.db, self.survey.id, answers, channel="paper",
                desk=self.ctx.desk_name, enforce_required=False,
            )  # fmt: skip
        except ResponseError as exc:
            self.message.setText(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self.entered += 1
        self._last = (response_id, answers)
        self.undo_button.setEnabled(True)
        self.message.setText(self.tr("Form %1 saved.").replace("%1", str(self.entered)))
        self.clear()
        self._show_count()
        self.ctx.data_changed.emit("surveys")
        self.saved.emit()

    def undo_last(self) -> None:
        """Withdraw the form saved last and show it again for correction."""
        if self._last is None:
            return
        response_id, answers = self._last
        self._last = None
        self.undo_button.setEnabled(False)
        survey_answers.withdraw_response(self.ctx.db, response_id, desk=self.ctx.desk_name)
        self.entered -= 1
        self.clear()
        self.grid.fill(answers)
        for key, edit in self.fields.items():
            value = answers.get(key)
            q = self.survey.definition.question(key)
            if q.kind == "multiple" and isinstance(value, list):
                edit.setText("".join(str(q.options.index(v) + 1) for v in value))
            elif value is not None:
                edit.setText(f"{value:g}" if isinstance(value, float) else str(value))
        self.message.setText(self.tr("The last form was taken back: correct it and press Enter."))
        self._show_count()
        self.ctx.data_changed.emit("surveys")

    def clear(self) -> None:
        self.grid.clear()
        for edit in self.fields.values():
            edit.clear()
        self.grid.setFocus()

    def _show_count(self) -> None:
        total = surveys.get_survey(self.ctx.db, self.survey.id).response_count
        self.count_label.setText(
            self.tr("Forms entered here: %1 · responses to this survey: %2")
            .replace("%1", str(self.entered))
            .replace("%2", str(total))
        )
