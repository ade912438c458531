"""The survey form as respondents see it: one page per aspect, big touch targets.

Used by the kiosk and by the editor's preview, so the preview is exactly the kiosk form.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecodesk.services.survey_definition import (
    AFTER,
    BEFORE,
    SCALE_LABELS,
    Page,
    Question,
    SurveyDefinition,
    is_blank,
)

KIOSK_STYLE = """
QWidget#kioskForm, QWidget#kioskForm QWidget { font-size: 22px; }
QLabel#partTitle { font-size: 30px; font-weight: bold; }
QLabel#aspectTitle { font-size: 26px; font-weight: bold; color: #1B5E20; }
QLabel#notice { color: #37474F; }
QLabel#problem { color: white; background: #C62828; padding: 10px; border-radius: 6px; }
QPushButton[choice="true"] { min-height: 64px; min-width: 96px; padding: 6px 14px;
    border: 2px solid #90A4AE; border-radius: 10px; background: #FAFAFA; }
QPushButton[choice="true"]:checked { background: #2E7D32; color: white; border-color: #1B5E20; }
QPushButton#nextButton, QPushButton#backButton, QPushButton#submitButton {
    min-height: 72px; min-width: 200px; font-size: 26px; border-radius: 12px; }
QPushButton#submitButton, QPushButton#nextButton { background: #1565C0; color: white; }
QPushButton#backButton { border: 2px solid #90A4AE; background: #FAFAFA; }
QPushButton#backButton:disabled { color: #B0BEC5; border-color: #CFD8DC; }
QFrame[missing="true"] { border: 3px solid #C62828; border-radius: 8px; }
"""


class _Choices(QWidget):
    """A row of big checkable buttons; clicking the chosen one again clears it."""

    changed = Signal()

    def __init__(self, labels: list[str], values: list[Any], name: str, exclusive: bool) -> None:
        super().__init__()
        self._values = values
        self._exclusive = exclusive
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        per_row = 5 if len(labels) <= 5 else 3
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setObjectName(f"{name}_{value}" if isinstance(value, int) else f"{name}_{i}")
            button.clicked.connect(lambda _c=False, b=button: self._clicked(b))
            layout.addWidget(button, i // per_row, i % per_row)
            self.buttons.append(button)

    def _clicked(self, button: QAbstractButton) -> None:
        if self._exclusive and button.isChecked():
            for other in self.buttons:
                if other is not button:
                    other.setChecked(False)
        self.changed.emit()

    def value(self) -> Any:
        chosen = [v for b, v in zip(self.buttons, self._values, strict=True) if b.isChecked()]
        if self._exclusive:
            return chosen[0] if chosen else None
        return chosen

    def clear(self) -> None:
        for b in self.buttons:
            b.setChecked(False)


class QuestionWidget(QFrame):
    """One question with its input; ``value()`` is in the form ``check_response`` accepts."""

    changed = Signal()

    def __init__(self, question: Question, number: int) -> None:
        super().__init__()
        self.question = question
        self.setObjectName(f"q_{question.key}")
        layout = QVBoxLayout(self)
        star = " *" if question.required else ""
        title = QLabel(f"{number}. {question.text}{star}")
        title.setWordWrap(True)
        layout.addWidget(title)
        self._inputs: dict[str, _Choices] = {}
        self._edit: QLineEdit | QPlainTextEdit | None = None
        levels = list(SCALE_LABELS)
        labels = [f"{lv}\n{SCALE_LABELS[lv]}" for lv in levels]
        if question.kind == "rating":
            self._add_choices("", labels, levels, True, layout)
        elif question.kind == "before_after":
            grid = QGridLayout()
            for row, (side, caption) in enumerate(
                ((BEFORE, self.tr("Before")), (AFTER, self.tr("After")))
            ):
                grid.addWidget(QLabel(caption), row, 0)
                choices = self._make_choices(side, labels, levels, True)
                grid.addWidget(choices, row, 1)
            layout.addLayout(grid)
        elif question.kind in ("single", "multiple"):
            self._add_choices(
                "", list(question.options), list(question.options), question.kind == "single",
                layout,
            )  # fmt: skip
        elif question.kind == "long_text":
            self._edit = QPlainTextEdit()
            self._edit.setFixedHeight(110)
            self._edit.textChanged.connect(self.changed)
            layout.addWidget(self._edit)
        else:
            self._edit = QLineEdit()
            if question.kind == "number":
                self._edit.setValidator(QDoubleValidator(self._edit))
            self._edit.textChanged.connect(self.changed)
            layout.addWidget(self._edit)
        if self._edit is not None:
            self._edit.setObjectName(f"{question.key}_edit")

    def _make_choices(
        self, side: str, labels: list[str], values: list[Any], exclusive: bool
    ) -> _Choices:
        name = f"{self.question.key}_{side}" if side else self.question.key
        choices = _Choices(labels, values, name, exclusive)
        choices.changed.connect(self.changed)
        self._inputs[side] = choices
        return choices

    def _add_choices(
        self, side: str, labels: list[str], values: list[Any], exclusive: bool, layout: Any
    ) -> None:
        layout.addWidget(self._make_choices(side, labels, values, exclusive))

    def value(self) -> Any:
        if self.question.kind == "before_after":
            pair = {side: c.value() for side, c in self._inputs.items() if c.value() is not None}
            return pair or None
        if self._inputs:
            value = self._inputs[""].value()
            return None if is_blank(value) else value
        if isinstance(self._edit, QPlainTextEdit):
            text = self._edit.toPlainText().strip()
        else:
            assert self._edit is not None
            text = self._edit.text().strip()
        if not text:
            return None
        return float(text.replace(",", "")) if self.question.kind == "number" else text

    def is_answered(self) -> bool:
        value = self.value()
        if self.question.kind == "before_after":
            return isinstance(value, dict) and len(value) == 2
        return not is_blank(value)

    def mark_missing(self, missing: bool) -> None:
        self.setProperty("missing", missing)
        self.style().unpolish(self)
        self.style().polish(self)

    def clear(self) -> None:
        for c in self._inputs.values():
            c.clear()
        if self._edit is not None:
            self._edit.clear()


class FormPage(QScrollArea):
    def __init__(self, page: Page, first_number: int, notice: str) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        title = QLabel(page.part.title)
        title.setObjectName("partTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        if notice:
            label = QLabel(notice)
            label.setObjectName("notice")
            label.setWordWrap(True)
            layout.addWidget(label)
        if page.part.description:
            layout.addWidget(QLabel(page.part.description))
        if page.aspect:
            aspect = QLabel(page.aspect)
            aspect.setObjectName("aspectTitle")
            layout.addWidget(aspect)
        self.questions = [QuestionWidget(q, first_number + i) for i, q in enumerate(page.questions)]
        for w in self.questions:
            layout.addWidget(w)
        layout.addStretch(1)
        self.setWidget(body)


class SurveyForm(QWidget):
    """The paged form with a progress indicator; emits ``submitted`` with the answers."""

    submitted = Signal(dict)
    # Any answer changed (the kiosk's idle timer listens).
    touched = Signal()

    def __init__(self, definition: SurveyDefinition, notice: str = "") -> None:
        super().__init__()
        self.setObjectName("kioskForm")
        self.setStyleSheet(KIOSK_STYLE)
        self.definition = definition
        self.stack = QStackedWidget()
        self.pages: list[FormPage] = []
        number = 1
        part = None
        for i, page in enumerate(definition.pages()):
            if page.part is not part:  # items are numbered within their part
                part, number = page.part, 1
            first_notice = "\n".join(t for t in (definition.instructions, notice) if t)
            form_page = FormPage(page, number, first_notice if i == 0 else "")
            number += len(page.questions)
            for q in form_page.questions:
                q.changed.connect(self.touched)
            self.pages.append(form_page)
            self.stack.addWidget(form_page)

        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.pages))
        self.progress.setFormat("")
        self.progress.setFixedHeight(14)
        self.page_label = QLabel()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.clicked.connect(self.submit)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.page_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.problem)
        layout.addLayout(nav)
        self._show(0)

    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        last = index == len(self.pages) - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.submit_button.setVisible(last)
        self.progress.setValue(index + 1)
        self.page_label.setText(
            self.tr("Page %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self.pages)))
        )
        self.problem.hide()

    def _page_complete(self, page: FormPage) -> bool:
        missing = [q for q in page.questions if q.question.required and not q.is_answered()]
        for q in page.questions:
            q.mark_missing(q in missing)
        if missing:
            names = ", ".join(q.question.text for q in missing[:3])
            self.problem.setText(
                self.tr("Please answer every question marked *: %1").replace("%1", names)
            )
            self.problem.show()
            page.ensureWidgetVisible(missing[0])
            return False
        self.problem.hide()
        return True

    def next(self) -> None:
        if self._page_complete(self.pages[self.index]) and self.index < len(self.pages) - 1:
            self._show(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self._show(self.index - 1)

    def answers(self) -> dict[str, Any]:
        return {
            q.question.key: q.value()
            for page in self.pages
            for q in page.questions
            if q.value() is not None
        }

    def submit(self) -> None:
        for i, page in enumerate(self.pages):
            if not self._page_complete(page):
                self._show(i)
                self._page_complete(page)
                return
        self.submitted.emit(self.answers())

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def reset(self) -> None:
        for page in self.pages:
            for q in page.questions:
                q.clear()
                q.mark_missing(False)
            page.verticalScrollBar().setValue(0)
        self._show(0)
