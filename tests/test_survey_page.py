"""The Surveys page: results that follow new responses, the editor, the kiosk button."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from ecodesk.db import Database
from ecodesk.services import survey_answers, surveys
from ecodesk.services.events import EventInfo
from ecodesk.services.survey_definition import dumps, loads
from ecodesk.services.survey_template import eco_industrial_town, plausible_responses
from ecodesk.ui.surveys.page import SurveysPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, ctx, demo_event: EventInfo) -> Iterator[SurveysPage]:  # type: ignore[no-untyped-def]
    ctx.set_event(demo_event.id)
    widget = SurveysPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    qtbot.waitUntil(lambda: widget.results._task is None)
    yield widget
    widget.results.wait()


def click(qtbot, root, name: str) -> None:  # type: ignore[no-untyped-def]
    button = root.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_results_follow_new_responses(qtbot, page: SurveysPage, ctx, db: Database) -> None:  # type: ignore[no-untyped-def]
    assert page.survey is not None
    assert page.results.stats is not None and page.results.stats.responses == 0
    answers = plausible_responses(page.survey.definition, 12, random.Random(1))
    survey_answers.load_responses(db, page.survey.id, answers)
    with qtbot.waitSignal(page.results.computed):
        ctx.data_changed.emit("surveys")
    stats = page.results.stats
    assert stats is not None and stats.responses == 12
    first_aspect = page.results.ratings.rows[0]
    assert first_aspect[0] == "ด้านกระบวนการ/ขั้นตอน"
    assert first_aspect[8] == f"{stats.aspects[0].mean:.2f}"
    assert page.results.ratings.rows[-1][8] == f"{stats.overall_mean:.2f}"
    assert len(page.results.pairs.rows) == 5  # four topics and the overall row
    assert "12" in page.heading.text()
    # Band set C chosen on screen is kept in the event for the report.
    page.results.bands.setCurrentIndex(2)
    with qtbot.waitSignal(page.results.computed):
        page.results.bands.activated.emit(2)
    assert ctx.event.settings["survey_bands"] == "C"
    assert page.results.stats.band_set == "C"


def test_editing_a_survey_with_answers_saves_a_new_version(
    qtbot, page: SurveysPage, ctx, db: Database, demo_event: EventInfo
) -> None:  # type: ignore[no-untyped-def]
    survey = page.survey
    survey_answers.submit_response(
        db, survey.id, {"sex": "ชาย"}, channel="paper", enforce_required=False
    )
    editor = page.editor
    part3 = editor.tree.topLevelItem(2)
    editor.tree.setCurrentItem(part3)
    click(qtbot, editor, "addQuestion")
    text = editor.findChild(QLineEdit, "questionText")
    text.clear()
    qtbot.keyClicks(text, "Would you come again")
    key = editor.findChild(QLineEdit, "questionKey")
    key.clear()
    qtbot.keyClicks(key, "again")
    editor.question_form.kind.setCurrentIndex(editor.question_form.kind.findData("single"))
    editor.question_form.options.setPlainText("yes\nno")
    click(qtbot, editor, "moveUp")
    click(qtbot, editor, "save")
    assert ctx.dialogs.shown[-1][0] == "info"  # saved as version 2
    saved = surveys.active_survey(db, demo_event.id)
    assert saved is not None and saved.version == 2
    part = saved.definition.parts[2]
    assert [q.key for q in part.questions][-2:] == ["again", "other"]
    assert part.questions[-2].options == ["yes", "no"]
    assert page.survey.id == saved.id


def test_a_broken_definition_is_refused_with_the_place(
    qtbot, page: SurveysPage, ctx, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    editor = page.editor
    editor.tree.setCurrentItem(editor.tree.topLevelItem(1).child(0))
    key = editor.findChild(QLineEdit, "questionKey")
    key.clear()
    qtbot.keyClicks(key, "process2")
    click(qtbot, editor, "save")
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "warning" and "process2" in text and "twice" in text
    assert surveys.active_survey(db, ctx.event.id).version == 1
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]")
    editor.import_file(bad)
    assert "bad.json" in ctx.dialogs.shown[-1][2]
    good = tmp_path / "good.json"
    form = eco_industrial_town()
    form.title = "แบบใหม่"
    good.write_text(dumps(form), encoding="utf-8")
    editor.import_file(good)
    assert editor.title_edit.text() == "แบบใหม่"
    assert loads(dumps(editor.definition)).title == "แบบใหม่"


def test_preview_is_the_kiosk_form_and_stores_nothing(qtbot, page: SurveysPage, db) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, page.editor, "preview")
    dialog = page.editor.preview_dialog
    assert dialog.isVisible()
    form = dialog.findChild(QPushButton, "nextButton")
    assert form is not None
    dialog.close()
    assert surveys.active_survey(db, page.ctx.event.id).response_count == 0


def test_kiosk_needs_a_pin(qtbot, page: SurveysPage, ctx) -> None:  # type: ignore[no-untyped-def]
    page.pin_edit.clear()
    click(qtbot, page, "startKiosk")
    assert ctx.dialogs.shown[-1][0] == "warning" and page.kiosk is None
    qtbot.keyClicks(page.pin_edit, "2565")
    click(qtbot, page, "startKiosk")
    assert page.kiosk is not None and page.kiosk.isVisible()
    pin = page.kiosk.findChild(QLineEdit, "pinEdit")
    page.kiosk.ask_pin()
    qtbot.keyClicks(pin, "2565")
    qtbot.keyClick(pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.kiosk is None)


def test_responses_from_another_desk_appear_on_the_next_poll(
    qtbot, page: SurveysPage, db: Database
) -> None:  # type: ignore[no-untyped-def]
    survey_answers.submit_response(
        db, page.survey.id, {"sex": "หญิง"}, channel="web", enforce_required=False
    )
    assert page.results.stats.responses == 0  # no signal from another desk
    with qtbot.waitSignal(page.results.computed):
        page.results._poll()
    assert page.results.stats.responses == 1


def test_saving_an_unanswered_survey_rebuilds_the_paper_grid(
    qtbot, page: SurveysPage, db: Database
) -> None:  # type: ignore[no-untyped-def]
    editor = page.editor
    editor.tree.setCurrentItem(editor.tree.topLevelItem(2).child(3))  # 'other'
    click(qtbot, editor, "remove")
    click(qtbot, editor, "save")
    assert page.survey.version == 1  # no answers yet: changed in place
    assert page.paper is not None
    assert "other" not in page.paper.fields and "liked" in page.paper.fields
