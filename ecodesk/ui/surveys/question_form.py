"""The editor's forms for one part and for one question; they edit the dataclass in place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ecodesk.services.survey_definition import (
    OPTIONS_FROM_SECTORS,
    QUESTION_KINDS,
    Part,
    Question,
)


class PartForm(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.part: Part | None = None
        self.title = QLineEdit()
        self.title.setObjectName("partTitleEdit")
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        form = QFormLayout(self)
        form.addRow(self.tr("Part title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        self.title.textEdited.connect(self._store)
        self.description.textChanged.connect(self._store)

    def edit(self, part: Part) -> None:
        self.part = None
        self.title.setText(part.title)
        self.description.setPlainText(part.description)
        self.part = part

    def _store(self) -> None:
        if self.part is None:
            return
        self.part.title = self.title.text()
        self.part.description = self.description.toPlainText()
        self.changed.emit()


class QuestionForm(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.question: Question | None = None
        self.kind_names = {
            "rating": self.tr("5-level rating"),
            "before_after": self.tr("Before/after rating pair"),
            "single": self.tr("Single choice"),
            "multiple": self.tr("Multiple choice"),
            "number": self.tr("Number"),
            "text": self.tr("Short text"),
            "long_text": self.tr("Long text"),
        }
        self.text = QLineEdit()
        self.text.setObjectName("questionText")
        self.key = QLineEdit()
        self.key.setObjectName("questionKey")
        self.kind = QComboBox()
        self.kind.setObjectName("questionKind")
        for kind in QUESTION_KINDS:
            self.kind.addItem(self.kind_names[kind], kind)
        self.aspect = QComboBox()
        self.aspect.setObjectName("questionAspect")
        self.aspect.setEditable(True)
        self.required = QCheckBox(self.tr("An answer is required"))
        self.required.setObjectName("questionRequired")
        self.options = QPlainTextEdit()
        self.options.setObjectName("questionOptions")
        self.options.setPlaceholderText(self.tr("one option per line"))
        self.from_sectors = QCheckBox(self.tr("Options are the event's sectors"))
        self.minimum = QDoubleSpinBox()
        self.maximum = QDoubleSpinBox()
        for spin in (self.minimum, self.maximum):
            spin.setRange(-1e9, 1e9)
            spin.setSpecialValueText(self.tr("none"))
            spin.setValue(spin.minimum())
        form = QFormLayout(self)
        form.addRow(self.tr("Question"), self.text)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Aspect"), self.aspect)
        form.addRow("", self.required)
        form.addRow(self.tr("Options"), self.options)
        form.addRow("", self.from_sectors)
        form.addRow(self.tr("Minimum"), self.minimum)
        form.addRow(self.tr("Maximum"), self.maximum)
        form.addRow(self.tr("Key (in files and reports)"), self.key)
        self.text.textEdited.connect(self._store)
        self.key.textEdited.connect(self._store)
        self.kind.currentIndexChanged.connect(self._store)
        self.aspect.editTextChanged.connect(self._store)
        self.required.toggled.connect(self._store)
        self.options.textChanged.connect(self._store)
        self.from_sectors.toggled.connect(self._store)
        self.minimum.valueChanged.connect(self._store)
        self.maximum.valueChanged.connect(self._store)

    def edit(self, question: Question, aspects: list[str]) -> None:
        self.question = None  # no stores while the fields are filled
        self.text.setText(question.text)
        self.key.setText(question.key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(question.kind)))
        self.aspect.clear()
        self.aspect.addItems(["", *aspects])
        self.aspect.setEditText(question.aspect)
        self.required.setChecked(question.required)
        self.from_sectors.setChecked(question.options_from == OPTIONS_FROM_SECTORS)
        self.options.setPlainText("\n".join(question.options))
        for spin, value in ((self.minimum, question.minimum), (self.maximum, question.maximum)):
            spin.setValue(spin.minimum() if value is None else value)
        self.question = question
        self._enable()

    def _enable(self) -> None:
        kind = self.kind.currentData()
        choice = kind in ("single", "multiple")
        self.options.setEnabled(choice and not self.from_sectors.isChecked())
        self.from_sectors.setEnabled(choice)
        self.minimum.setEnabled(kind == "number")
        self.maximum.setEnabled(kind == "number")

    def _store(self) -> None:
        self._enable()
        q = self.question
        if q is None:
            return
        q.text = self.text.text()
        q.key = self.key.text().strip()
        q.kind = str(self.kind.currentData())
        q.aspect = self.aspect.currentText().strip()
        q.required = self.required.isChecked()
        q.options_from = OPTIONS_FROM_SECTORS if self.from_sectors.isChecked() else ""
        if not q.options_from:
            q.options = [o.strip() for o in self.options.toPlainText().splitlines() if o.strip()]
        q.minimum = None if self.minimum.value() == self.minimum.minimum() else self.minimum.value()
        q.maximum = None if self.maximum.value() == self.maximum.minimum() else self.maximum.value()
        self.changed.emit()
