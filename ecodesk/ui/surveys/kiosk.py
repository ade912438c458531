"""Kiosk mode: the full-screen form for participants, reset after each response.

Leaving needs the staff PIN. An idle timeout clears a half-filled form. With badge scanning
on, a scan starts the form and a participant can answer once; the completion is stored apart
from the answers unless the organiser chose to link them (and the form says so).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ecodesk.services import survey_answers, surveys
from ecodesk.services.survey_definition import ResponseError
from ecodesk.ui.context import AppContext
from ecodesk.ui.surveys.form_view import KIOSK_STYLE, SurveyForm

SCREEN_STYLE = """
QPushButton#nextPerson, QPushButton#pinCancel { font-size: 24px; min-height: 64px;
    min-width: 280px; border: 2px solid #90A4AE; border-radius: 10px; background: #FAFAFA; }
QLabel#startMessage { color: #C62828; }
"""
IDLE_SECONDS = 90
THANKS_SECONDS = 6


def _big_label(text: str, size: int = 30) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(f"font-size: {size}px;")
    return label


class KioskWindow(QWidget):
    """The kiosk; ``closed`` is emitted after the staff PIN let it close."""

    closed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        survey: surveys.SurveyInfo,
        pin: str,
        *,
        require_badge: bool = False,
        idle_seconds: float = IDLE_SECONDS,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.survey = survey
        self._pin = pin
        self.require_badge = require_badge
        self._unlocked = False
        self._respondent: survey_answers.Respondent | None = None
        self._before_pin = 1
        self.setWindowTitle(survey.title)
        self.setStyleSheet(KIOSK_STYLE + SCREEN_STYLE)
        self.submitted_count = 0

        if survey.link_respondents:
            notice = self.tr("Your name is recorded with your answers.")
        else:
            notice = self.tr("Your answers are anonymous.")
        self.form = SurveyForm(survey.definition, notice)
        self.form.submitted.connect(self._submit)

        self.screens = QStackedWidget()
        self.screens.addWidget(self._build_start(notice))
        self.screens.addWidget(self.form)
        self.screens.addWidget(self._build_thanks())
        self.screens.addWidget(self._build_pin())

        staff = QPushButton(self.tr("Staff"))
        staff.setObjectName("staffButton")
        staff.setFlat(True)
        staff.clicked.connect(self.ask_pin)
        title = QLabel(survey.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 20px; color: #455A64;")
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(staff)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.screens, 1)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, activated=self.ask_pin)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(int(idle_seconds * 1000))
        self.idle_timer.timeout.connect(self.idle_reset)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_SECONDS * 1000)
        self.thanks_timer.timeout.connect(self.next_person)
        self.form.touched.connect(self.idle_timer.start)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.next_person()

    # --- screens ------------------------------------------------------------------------

    def _build_start(self, notice: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(_big_label(self.tr("Please scan your badge to begin"), 36))
        layout.addWidget(_big_label(notice, 22))
        self.badge_edit = QLineEdit()
        self.badge_edit.setObjectName("badgeEdit")
        self.badge_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge_edit.setPlaceholderText(self.tr("or type the code under the QR"))
        self.badge_edit.setStyleSheet("font-size: 28px; padding: 10px;")
        self.badge_edit.returnPressed.connect(self._badge_scanned)
        layout.addWidget(self.badge_edit)
        self.start_message = _big_label("", 24)
        self.start_message.setObjectName("startMessage")
        layout.addWidget(self.start_message)
        layout.addStretch(2)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(_big_label(self.tr("Thank you for your answers!"), 44))
        again = QPushButton(self.tr("Next person"))
        again.setObjectName("nextPerson")
        again.clicked.connect(self.next_person)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    def _build_pin(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(_big_label(self.tr("Staff PIN to leave kiosk mode"), 28))
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.setStyleSheet("font-size: 28px; padding: 8px;")
        self.pin_edit.setMaximumWidth(320)
        self.pin_edit.returnPressed.connect(self._check_pin)
        layout.addWidget(self.pin_edit, 0, Qt.AlignmentFlag.AlignCenter)
        self.pin_message = _big_label("", 22)
        layout.addWidget(self.pin_message)
        cancel = QPushButton(self.tr("Back to the form"))
        cancel.setObjectName("pinCancel")
        cancel.clicked.connect(self._pin_cancelled)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        return page

    # --- flow ---------------------------------------------------------------------------

    def next_person(self) -> None:
        """Clear everything and wait for the next respondent."""
        self.thanks_timer.stop()
        self.idle_timer.stop()
        self._respondent = None
        self.form.reset()
        self.badge_edit.clear()
        self.start_message.clear()
        if self.require_badge:
            self.screens.setCurrentIndex(0)
            self.badge_edit.setFocus()
        else:
            self.screens.setCurrentIndex(1)

    def idle_reset(self) -> None:
        """Nobody touched the kiosk for a while: drop a half-filled form."""
        if self.screens.currentIndex() in (1, 3):
            self.next_person()

    def _badge_scanned(self) -> None:
        text = self.badge_edit.text()
        self.badge_edit.clear()
        person = survey_answers.find_respondent(self.ctx.db, self.survey.event_id, text)
        if person is None:
            self.start_message.setText(
                self.tr("This badge is not of this event. Please ask the staff.")
            )
            return
        if survey_answers.has_answered(self.ctx.db, self.survey.family, person.id):
            self.start_message.setText(self.tr("You have already answered. Thank you!"))
            return
        self._respondent = person
        self.screens.setCurrentIndex(1)
        self.idle_timer.start()

    def _submit(self, answers: dict[str, Any]) -> None:
        try:
            survey_answers.submit_response(
                self.ctx.db, self.survey.id, answers, channel="kiosk",
                participant_id=self._respondent.id if self._respondent else None,
                desk=self.ctx.desk_name,
            )  # fmt: skip
        except survey_answers.AlreadyAnswered:
            self.next_person()
            self.start_message.setText(self.tr("You have already answered. Thank you!"))
            return
        except ResponseError as exc:
            self.form.show_problem(str(exc))
            return
        self.submitted_count += 1
        self.ctx.data_changed.emit("surveys")
        self.idle_timer.stop()
        self.screens.setCurrentIndex(2)
        self.thanks_timer.start()

    # --- leaving ------------------------------------------------------------------------

    def ask_pin(self) -> None:
        self.pin_edit.clear()
        self.pin_message.clear()
        self._before_pin = self.screens.currentIndex()
        self.screens.setCurrentIndex(3)
        self.pin_edit.setFocus()
        self.idle_timer.start()

    def _pin_cancelled(self) -> None:
        self.screens.setCurrentIndex(self._before_pin)

    def _check_pin(self) -> None:
        if self.pin_edit.text().strip() == self._pin:
            self._unlocked = True
            self.close()
        else:
            self.pin_edit.clear()
            self.pin_message.setText(self.tr("Wrong PIN."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type()
            in (
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.TouchBegin,
            )
            and self.idle_timer.isActive()
        ):
            self.idle_timer.start()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            self.ask_pin()
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.idle_timer.stop()
        self.thanks_timer.stop()
        super().closeEvent(event)
        self.closed.emit()
