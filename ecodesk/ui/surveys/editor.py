"""The survey editor: parts and questions in a tree, a form for the selected one, a preview.

Edits change a working copy; Save stores it (a new version when the survey has answers).
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ecodesk.services import surveys
from ecodesk.services.survey_definition import (
    DefinitionError,
    Part,
    Question,
    SurveyDefinition,
    dumps,
    loads,
)
from ecodesk.ui.context import AppContext
from ecodesk.ui.surveys.form_view import SurveyForm
from ecodesk.ui.surveys.question_form import PartForm, QuestionForm

# Tree items carry the Part or Question they show.
ROLE = Qt.ItemDataRole.UserRole


class SurveyEditor(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.survey: surveys.SurveyInfo | None = None
        self.definition = SurveyDefinition(self.tr("Satisfaction survey"), parts=[])

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("surveyTitle")
        self.title_edit.textEdited.connect(self._title_edited)
        self.instructions_edit = QPlainTextEdit()
        self.instructions_edit.setFixedHeight(60)
        self.instructions_edit.textChanged.connect(self._instructions_edited)
        self.link_box = QCheckBox(
            self.tr("Link answers to participants (respondents are told; default anonymous)")
        )
        head = QFormLayout()
        head.addRow(self.tr("Title"), self.title_edit)
        head.addRow(self.tr("Instructions"), self.instructions_edit)
        head.addRow("", self.link_box)

        self.tree = QTreeWidget()
        self.tree.setObjectName("surveyTree")
        self.tree.setHeaderLabels(
            [self.tr("Parts and questions"), self.tr("Kind"), self.tr("Aspect")]
        )
        self.tree.setColumnWidth(0, 380)
        self.tree.currentItemChanged.connect(self._selected)
        self.part_form = PartForm()
        self.part_form.changed.connect(self._refresh_labels)
        self.preview_dialog: QDialog | None = None
        self.question_form = QuestionForm()
        self.question_form.changed.connect(self._refresh_labels)
        self.forms = QStackedWidget()
        self.forms.addWidget(QWidget())
        self.forms.addWidget(self.part_form)
        self.forms.addWidget(self.question_form)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.forms)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        buttons = QHBoxLayout()
        for name, label, slot in (
            ("addPart", self.tr("Add part"), self.add_part),
            ("addQuestion", self.tr("Add question"), self.add_question),
            ("moveUp", self.tr("Move up"), lambda: self.move(-1)),
            ("moveDown", self.tr("Move down"), lambda: self.move(1)),
            ("remove", self.tr("Remove"), self.remove),
            ("preview", self.tr("Preview"), self.preview),
            ("importJson", self.tr("Import JSON…"), self.import_json),
            ("exportJson", self.tr("Export JSON…"), self.export_json),
            ("save", self.tr("Save"), self.save),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if name == "remove":
                buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # --- loading and the tree -------------------------------------------------------------

    def load(self, survey: surveys.SurveyInfo | None) -> None:
        self.survey = survey
        if survey is not None:
            self.set_definition(copy.deepcopy(survey.definition))
            self.link_box.setChecked(survey.link_respondents)
        else:
            self.set_definition(SurveyDefinition(self.tr("Satisfaction survey"), parts=[]))

    def set_definition(self, definition: SurveyDefinition) -> None:
        self.definition = definition
        self.title_edit.setText(definition.title)
        self.instructions_edit.blockSignals(True)
        self.instructions_edit.setPlainText(definition.instructions)
        self.instructions_edit.blockSignals(False)
        self._rebuild()

    def _rebuild(self, select: object | None = None) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for part in self.definition.parts:
            part_item = QTreeWidgetItem([part.title])
            part_item.setData(0, ROLE, part)
            self.tree.addTopLevelItem(part_item)
            chosen = part_item if part is select else chosen
            for q in part.questions:
                kind = self.question_form.kind_names[q.kind]
                child = QTreeWidgetItem([self._question_label(q), kind, q.aspect])
                child.setData(0, ROLE, q)
                part_item.addChild(child)
                chosen = child if q is select else chosen
            part_item.setExpanded(True)
        self.tree.blockSignals(False)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        else:
            self.forms.setCurrentIndex(0)

    @staticmethod
    def _question_label(q: Question) -> str:
        return f"{q.text}{' *' if q.required else ''}  [{q.key}]"

    def _selected(self, item: QTreeWidgetItem | None, _old: QTreeWidgetItem | None = None) -> None:
        target = item.data(0, ROLE) if item else None
        if isinstance(target, Part):
            self.part_form.edit(target)
            self.forms.setCurrentWidget(self.part_form)
        elif isinstance(target, Question):
            aspects = list(dict.fromkeys(q.aspect for q in self.definition.questions() if q.aspect))
            self.question_form.edit(target, aspects)
            self.forms.setCurrentWidget(self.question_form)
        else:
            self.forms.setCurrentIndex(0)

    def _refresh_labels(self) -> None:
        item = self.tree.currentItem()
        target = item.data(0, ROLE) if item else None
        if isinstance(target, Part):
            item.setText(0, target.title)
        elif isinstance(target, Question):
            item.setText(0, self._question_label(target))
            item.setText(1, self.question_form.kind_names.get(target.kind, target.kind))
            item.setText(2, target.aspect)

    def _title_edited(self, text: str) -> None:
        self.definition.title = text

    def _instructions_edited(self) -> None:
        self.definition.instructions = self.instructions_edit.toPlainText()

    def _current(self) -> tuple[Part | None, Question | None]:
        item = self.tree.currentItem()
        target = item.data(0, ROLE) if item else None
        if isinstance(target, Question):
            part = item.parent().data(0, ROLE)
            return part, target
        return (target if isinstance(target, Part) else None), None

    # --- structure ------------------------------------------------------------------------

    def add_part(self) -> None:
        number = len(self.definition.parts) + 1
        part = Part(self.tr("Part %1").replace("%1", str(number)))
        self.definition.parts.append(part)
        self._rebuild(part)

    def add_question(self) -> None:
        part, question = self._current()
        if part is None:
            if not self.definition.parts:
                self.add_part()
            part = self.definition.parts[-1]
        taken = set(self.definition.keys())
        n = len(taken) + 1
        while f"q{n}" in taken:
            n += 1
        new = Question(
            f"q{n}", "rating", self.tr("New question"),
            required=True, aspect=question.aspect if question else "",
        )  # fmt: skip
        at = part.questions.index(question) + 1 if question else len(part.questions)
        part.questions.insert(at, new)
        self._rebuild(new)

    def move(self, step: int) -> None:
        part, question = self._current()
        if question is not None and part is not None:
            items: list = part.questions
            target: object = question
        elif part is not None:
            items, target = self.definition.parts, part
        else:
            return
        i = items.index(target)
        j = i + step
        if 0 <= j < len(items):
            items[i], items[j] = items[j], items[i]
            self._rebuild(target)

    def remove(self) -> None:
        part, question = self._current()
        if question is not None and part is not None:
            part.questions.remove(question)
            self._rebuild(part)
        elif part is not None:
            if part.questions and not self.ctx.dialogs.confirm(
                self, self.tr("Remove part"),
                self.tr("Remove “%1” and its %2 questions?").replace("%1", part.title)
                .replace("%2", str(len(part.questions))),
            ):  # fmt: skip
                return
            self.definition.parts.remove(part)
            self._rebuild()

    # --- preview, files, saving -----------------------------------------------------------

    def _sectors(self) -> list[str]:
        return [s.name for s in self.ctx.event.sectors] if self.ctx.event else []

    def preview(self) -> None:
        """The form exactly as the kiosk shows it; answers are not stored."""
        dialog = QDialog(self)
        dialog.setObjectName("surveyPreview")
        dialog.setWindowTitle(self.tr("Preview: answers are not stored"))
        form = SurveyForm(self.definition.with_sectors(self._sectors()))
        form.submitted.connect(lambda _a: dialog.accept())
        layout = QVBoxLayout(dialog)
        layout.addWidget(form)
        dialog.resize(1000, 760)
        self.preview_dialog = dialog
        dialog.open()

    def import_json(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import survey"), "", self.tr("Survey (*.json)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            definition = loads(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, DefinitionError) as exc:
            self.ctx.dialogs.warning(self, self.tr("Import survey"), f"{path.name}: {exc}")
            return
        self.set_definition(definition.with_sectors(self._sectors()))

    def export_json(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export survey"), "survey.json", self.tr("Survey (*.json)")
        )
        if path:
            try:
                Path(path).write_text(dumps(self.definition), encoding="utf-8")
            except OSError as exc:
                self.ctx.dialogs.warning(self, self.tr("Export survey"), f"{path}: {exc}")

    def save(self) -> bool:
        if self.ctx.event is None:
            return False
        try:
            saved = surveys.save_survey(
                self.ctx.db, self.ctx.event.id, self.definition,
                family=self.survey.family if self.survey else None,
                link_respondents=self.link_box.isChecked(), desk=self.ctx.desk_name,
            )  # fmt: skip
        except DefinitionError as exc:
            self.ctx.dialogs.warning(self, self.tr("Survey not saved"), str(exc))
            return False
        if self.survey is not None and saved.version != self.survey.version:
            self.ctx.dialogs.info(
                self, self.tr("Survey saved"),
                self.tr("The survey already had answers, so it was saved as version %1. "
                        "Earlier answers keep the questions they answered.")
                .replace("%1", str(saved.version)),
            )  # fmt: skip
        self.survey = saved
        self.ctx.data_changed.emit("surveys")
        return True
