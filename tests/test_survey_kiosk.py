"""The kiosk driven as a participant would: touch the answers, submit, walk away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from sqlalchemy import func, select

from ecodesk.db import Database
from ecodesk.db.models import Answer, Participant, Response, SurveyCompletion
from ecodesk.services import surveys
from ecodesk.services.events import EventInfo
from ecodesk.services.survey_stats import survey_statistics
from ecodesk.ui.surveys.kiosk import KioskWindow

pytestmark = pytest.mark.gui
PIN = "2565"


def click(qtbot, kiosk: KioskWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    button = kiosk.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_page(qtbot, kiosk: KioskWindow, rating: int = 4) -> int:  # type: ignore[no-untyped-def]
    """Answer every question of the page shown; returns the clicks it took."""
    clicks = 0
    for q in kiosk.form.pages[kiosk.form.index].questions:
        kind, key = q.question.kind, q.question.key
        if kind == "rating":
            names = [f"{key}_{rating}"]
        elif kind == "before_after":
            names = [f"{key}_before_2", f"{key}_after_{rating}"]
        elif kind in ("single", "multiple"):
            names = [f"{key}_0"]
        else:
            names = []
        for name in names:
            click(qtbot, kiosk, name)
            clicks += 1
    return clicks


def answer_whole_form(qtbot, kiosk: KioskWindow, rating: int = 4) -> int:  # type: ignore[no-untyped-def]
    clicks = 0
    for _ in range(len(kiosk.form.pages) - 1):
        clicks += fill_page(qtbot, kiosk, rating)
        click(qtbot, kiosk, "nextButton")
        clicks += 1
    clicks += fill_page(qtbot, kiosk, rating)
    click(qtbot, kiosk, "submitButton")
    return clicks + 1


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def survey(db: Database, demo_event: EventInfo) -> surveys.SurveyInfo:
    found = surveys.active_survey(db, demo_event.id)
    assert found is not None  # the demo carries the built-in form
    return found


@pytest.fixture
def kiosk(qtbot, ctx, survey: surveys.SurveyInfo) -> KioskWindow:  # type: ignore[no-untyped-def]
    window = KioskWindow(ctx, survey, PIN)
    qtbot.addWidget(window)
    window.show()
    return window


def test_two_people_answer_and_the_statistics_see_them(
    qtbot, kiosk: KioskWindow, db: Database, demo_event: EventInfo, ctx
) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(ctx.data_changed):
        answer_whole_form(qtbot, kiosk, rating=5)
    assert kiosk.screens.currentIndex() == 2  # thank-you screen
    click(qtbot, kiosk, "nextPerson")
    assert kiosk.form.index == 0 and kiosk.form.answers() == {}
    answer_whole_form(qtbot, kiosk, rating=4)
    stats = survey_statistics(db, demo_event.id)
    assert stats is not None and stats.responses == 2
    assert stats.aspects[0].items[0].mean == 4.5
    assert stats.before_after[0].gain == pytest.approx(2.5)
    with db.session() as s:
        assert s.scalars(select(Response.channel).distinct()).all() == ["kiosk"]
        sexes = s.scalars(select(Answer.value_text).where(Answer.question_key == "sex")).all()
    assert sexes == ["ชาย", "ชาย"]


def test_required_answers_are_enforced_with_a_message(
    qtbot, kiosk: KioskWindow, db: Database
) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, kiosk, "nextButton")  # the respondent part is optional
    assert kiosk.form.index == 1
    click(qtbot, kiosk, "process1_5")
    click(qtbot, kiosk, "nextButton")
    assert kiosk.form.index == 1  # three answers are missing
    assert kiosk.form.problem.isVisible()
    assert "การลงทะเบียนสะดวก" in kiosk.form.problem.text()
    fill_page(qtbot, kiosk)
    click(qtbot, kiosk, "nextButton")
    assert kiosk.form.index == 2 and not kiosk.form.problem.isVisible()
    assert count(db, Response) == 0


def test_idle_timeout_clears_a_half_filled_form(qtbot, ctx, survey) -> None:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(ctx, survey, PIN, idle_seconds=0.2)
    qtbot.addWidget(kiosk)
    kiosk.show()
    click(qtbot, kiosk, "sex_1")
    click(qtbot, kiosk, "nextButton")
    assert kiosk.form.index == 1
    qtbot.waitUntil(lambda: kiosk.form.index == 0, timeout=2000)
    assert kiosk.form.answers() == {}


def test_leaving_needs_the_staff_pin(qtbot, kiosk: KioskWindow) -> None:  # type: ignore[no-untyped-def]
    kiosk.close()
    assert kiosk.isVisible()
    assert kiosk.screens.currentIndex() == 3
    pin = kiosk.findChild(QLineEdit, "pinEdit")
    qtbot.keyClicks(pin, "1111")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert kiosk.isVisible()
    click(qtbot, kiosk, "pinCancel")
    assert kiosk.screens.currentIndex() == 1
    click(qtbot, kiosk, "staffButton")
    with qtbot.waitSignal(kiosk.closed):
        qtbot.keyClicks(pin, PIN)
        qtbot.keyClick(pin, Qt.Key.Key_Return)
    assert not kiosk.isVisible()


def test_badge_scan_allows_one_anonymous_response(
    qtbot, ctx, survey, db: Database, demo_event: EventInfo
) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        person = s.scalars(select(Participant).limit(1)).one()
        payload = f"ECD:{demo_event.code}:{person.token}"
    kiosk = KioskWindow(ctx, survey, PIN, require_badge=True)
    qtbot.addWidget(kiosk)
    kiosk.show()
    badge = kiosk.findChild(QLineEdit, "badgeEdit")
    qtbot.keyClicks(badge, "ECD:XX:NOTABADGE")
    qtbot.keyClick(badge, Qt.Key.Key_Return)
    message = kiosk.findChild(QLabel, "startMessage")
    assert kiosk.screens.currentIndex() == 0 and message.text()
    qtbot.keyClicks(badge, payload)
    qtbot.keyClick(badge, Qt.Key.Key_Return)
    assert kiosk.screens.currentIndex() == 1
    answer_whole_form(qtbot, kiosk)
    kiosk.next_person()
    qtbot.keyClicks(badge, payload)
    qtbot.keyClick(badge, Qt.Key.Key_Return)
    assert kiosk.screens.currentIndex() == 0
    assert "already" in message.text() or "แล้ว" in message.text()
    assert count(db, Response) == 1 and count(db, SurveyCompletion) == 1
    with db.session() as s:
        assert s.scalars(select(Response.participant_id)).one() is None


def test_the_kiosk_speaks_thai(qtbot, qapp, ctx, survey) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "th")
    try:
        kiosk = KioskWindow(ctx, survey, PIN)
        qtbot.addWidget(kiosk)
        assert kiosk.form.submit_button.text() == "ส่งแบบประเมิน"
        assert kiosk.form.next_button.text() == "ถัดไป"
        assert kiosk.form.page_label.text() == "หน้า 1 / 7"
    finally:
        remove_translators(qapp, translators)
