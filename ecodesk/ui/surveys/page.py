"""The Surveys page: results, paper entry, the form editor, and starting the kiosk."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ecodesk.services import surveys
from ecodesk.services.events import EventInfo
from ecodesk.ui.context import AppContext
from ecodesk.ui.surveys.editor import SurveyEditor
from ecodesk.ui.surveys.kiosk import KioskWindow
from ecodesk.ui.surveys.paper_entry import PaperEntry
from ecodesk.ui.surveys.results import ResultsView

PIN_KEY = "surveys/kiosk_pin"
BADGE_KEY = "surveys/kiosk_badge"


class SurveysPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.survey: surveys.SurveyInfo | None = None
        self.kiosk: KioskWindow | None = None
        self.paper: PaperEntry | None = None

        self.heading = QLabel()
        self.heading.setObjectName("surveyHeading")
        self.heading.setWordWrap(True)
        self.template_button = QPushButton(self.tr("Use the built-in form"))
        self.template_button.clicked.connect(self.use_template)
        self.pin_edit = QLineEdit(str(ctx.settings.value(PIN_KEY, "")))
        self.pin_edit.setObjectName("kioskPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setPlaceholderText(self.tr("staff PIN"))
        self.pin_edit.setMaximumWidth(120)
        self.badge_box = QCheckBox(self.tr("Badge scan starts the form (one response each)"))
        self.badge_box.setChecked(ctx.settings.value(BADGE_KEY, "false") in (True, "true"))
        self.kiosk_button = QPushButton(self.tr("Start kiosk"))
        self.kiosk_button.setObjectName("startKiosk")
        self.kiosk_button.clicked.connect(self.start_kiosk)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.template_button)
        top.addWidget(QLabel(self.tr("PIN:")))
        top.addWidget(self.pin_edit)
        top.addWidget(self.badge_box)
        top.addWidget(self.kiosk_button)

        self.results = ResultsView(ctx)
        self.paper_holder = QWidget()
        self.paper_layout = QVBoxLayout(self.paper_holder)
        self.paper_layout.setContentsMargins(0, 0, 0, 0)
        self.editor = SurveyEditor(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.results, self.tr("Results"))
        self.tabs.addTab(self.paper_holder, self.tr("Paper entry"))
        self.tabs.addTab(self.editor, self.tr("Form"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        ctx.event_changed.connect(self._event_changed)
        ctx.data_changed.connect(self._data_changed)
        self._event_changed(ctx.event)

    def _event_changed(self, _event: EventInfo | None) -> None:
        self._load()

    def _data_changed(self, kind: str) -> None:
        if kind in ("surveys", "event"):
            self._load()

    def _load(self) -> None:
        event = self.ctx.event
        survey = surveys.active_survey(self.ctx.db, event.id) if event else None
        changed = _shape(survey) != _shape(self.survey)
        self.survey = survey
        has_survey = survey is not None
        self.template_button.setVisible(event is not None and not has_survey)
        self.kiosk_button.setEnabled(has_survey)
        self.paper_holder.setEnabled(has_survey)
        if survey is None:
            self.heading.setText(
                self.tr("No survey yet: use the built-in form or build one under “Form”.")
                if event
                else self.tr("Choose or create an event first.")
            )
        else:
            privacy = (
                self.tr("answers linked to names") if survey.link_respondents
                else self.tr("anonymous")
            )  # fmt: skip
            self.heading.setText(
                f"<b>{survey.title}</b> · "
                + self.tr("version %1 · %2 · %3 responses")
                .replace("%1", str(survey.version))
                .replace("%2", privacy)
                .replace("%3", str(survey.response_count))
            )
        if changed:
            self._rebuild_paper()
            self.editor.load(survey)

    def _rebuild_paper(self) -> None:
        if self.paper is not None:
            self.paper.setParent(None)
            self.paper.deleteLater()
            self.paper = None
        if self.survey is not None:
            self.paper = PaperEntry(self.ctx, self.survey)
            self.paper_layout.addWidget(self.paper)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.paper_holder and self.paper is not None:
            self.paper.grid.setFocus()

    def use_template(self) -> None:
        if self.ctx.event is None:
            return
        surveys.attach_template(self.ctx.db, self.ctx.event.id, desk=self.ctx.desk_name)
        self.ctx.data_changed.emit("surveys")

    def start_kiosk(self) -> None:
        if self.survey is None:
            return
        pin = self.pin_edit.text().strip()
        if len(pin) < 4 or not pin.isdigit():
            self.ctx.dialogs.warning(
                self, self.tr("Kiosk"),
                self.tr("Set a staff PIN of at least 4 digits first: it is needed to leave the "
                        "kiosk."),
            )  # fmt: skip
            self.pin_edit.setFocus()
            return
        self.ctx.settings.setValue(PIN_KEY, pin)
        self.ctx.settings.setValue(BADGE_KEY, self.badge_box.isChecked())
        self.kiosk = KioskWindow(
            self.ctx, self.survey, pin, require_badge=self.badge_box.isChecked()
        )
        self.kiosk.closed.connect(self._kiosk_closed)
        self.kiosk.showFullScreen()

    def _kiosk_closed(self) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
            self.kiosk = None
        self._load()


def _shape(survey: surveys.SurveyInfo | None) -> tuple[object, ...] | None:
    """What the paper grid and the editor are built from (not the response count)."""
    if survey is None:
        return None
    return survey.id, survey.definition, survey.link_respondents
