"""Paper entry typed with the keyboard only, and how much faster it is than the kiosk."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import func, select

from ecodesk.db import Database
from ecodesk.db.models import Answer
from ecodesk.services import surveys
from ecodesk.services.events import EventInfo
from ecodesk.services.survey_stats import survey_statistics
from ecodesk.ui.surveys.kiosk import KioskWindow
from ecodesk.ui.surveys.paper_entry import PaperEntry
from tests.test_survey_kiosk import answer_whole_form

pytestmark = pytest.mark.gui

# Keystroke-Level Model (Card, Moran & Newell 1980): a keystroke of an average skilled
# typist 0.28 s; pointing with the mouse or a finger 1.1 s plus press and release 0.2 s.
KEYSTROKE_S = 0.28
POINT_AND_CLICK_S = 1.1 + 0.2


@pytest.fixture
def survey(db: Database, demo_event: EventInfo) -> surveys.SurveyInfo:
    found = surveys.active_survey(db, demo_event.id)
    assert found is not None
    return found


@pytest.fixture
def entry(qtbot, ctx, survey) -> PaperEntry:  # type: ignore[no-untyped-def]
    widget = PaperEntry(ctx, survey)
    qtbot.addWidget(widget)
    widget.show()
    widget.grid.setFocus()
    return widget


# sex age education sector | 4 process | 4 speaker | 5 venue | 4 × before,after | 4 use
FORM_A = "23215454555544 43232434125445"
FORM_B = "10354444444444444121212124444"


def type_form(qtbot, entry: PaperEntry, keys: str) -> int:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(entry.grid, keys)
    return len(keys)


def test_two_paper_forms_typed_and_counted(
    qtbot, entry: PaperEntry, db: Database, demo_event: EventInfo
) -> None:  # type: ignore[no-untyped-def]
    type_form(qtbot, entry, FORM_A)
    liked = entry.findChild(QLineEdit, "field_liked")
    assert liked.hasFocus()  # the grid is done: on to the text fields
    liked.insert("วิทยากรดีมาก")  # Thai text comes through the input method
    qtbot.keyClick(liked, Qt.Key.Key_Return)
    assert entry.entered == 1 and entry.grid.hasFocus() and entry.grid.cursor == 0
    type_form(qtbot, entry, FORM_B)
    entry.grid.setFocus()
    qtbot.keyClick(entry.grid, Qt.Key.Key_Return)
    assert entry.entered == 2
    assert "2" in entry.count_label.text()

    stats = survey_statistics(db, demo_event.id)
    assert stats is not None and stats.responses == 2
    venue = stats.aspects[2]
    # Space and 0 left the third venue item of form A and form B's age blank.
    assert [i.n for i in venue.items] == [2, 2, 1, 2, 2]
    assert venue.items[2].blanks == 1
    age = next(c for c in stats.choices if c.key == "age")
    assert (age.n, age.blanks) == (1, 1)
    sex = next(c for c in stats.choices if c.key == "sex")
    assert [o[:2] for o in sex.options] == [("ชาย", 1), ("หญิง", 1), ("ไม่ประสงค์ระบุ", 0)]
    sector = next(c for c in stats.choices if c.key == "sector")
    assert sector.options[0][:2] == (demo_event.sectors[0].name, 1)
    assert sector.options[4][:2] == (demo_event.sectors[4].name, 1)
    pair = stats.before_after[0]
    assert (pair.before.mean, pair.after.mean) == (1.5, 2.5)
    assert stats.texts[0].answers == ("วิทยากรดีมาก",)


def test_backspace_steps_back_and_wrong_digits_are_ignored(qtbot, entry: PaperEntry) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(entry.grid, "2")
    qtbot.keyClicks(entry.grid, "9")  # sex has three options: ignored
    assert entry.grid.cursor == 1
    qtbot.keyClick(entry.grid, Qt.Key.Key_Backspace)
    assert entry.grid.cursor == 0 and entry.answers() == {}
    # A Thai digit (QTest types Latin-1 only, so the key event is sent as the keyboard would).
    QApplication.sendEvent(
        entry.grid, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "๒")
    )
    assert entry.answers() == {"sex": "หญิง"}


def test_an_empty_form_is_not_saved(qtbot, entry: PaperEntry) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(entry.grid, Qt.Key.Key_Return)
    assert entry.entered == 0
    assert entry.message.text()


def test_paper_entry_is_at_least_three_times_faster_than_the_kiosk(
    qtbot, entry: PaperEntry, ctx, survey
) -> None:  # type: ignore[no-untyped-def]
    keys = type_form(qtbot, entry, FORM_A)
    entry.grid.setFocus()
    qtbot.keyClick(entry.grid, Qt.Key.Key_Return)
    keys += 1
    assert entry.entered == 1
    kiosk = KioskWindow(ctx, survey, "1234")
    qtbot.addWidget(kiosk)
    kiosk.show()
    clicks = answer_whole_form(qtbot, kiosk)
    assert kiosk.screens.currentIndex() == 2
    assert (keys, clicks) == (30, 36)
    assert clicks * POINT_AND_CLICK_S >= 3 * keys * KEYSTROKE_S


def test_the_last_form_can_be_taken_back_and_corrected(
    qtbot, entry: PaperEntry, db: Database, demo_event: EventInfo
) -> None:  # type: ignore[no-untyped-def]
    type_form(qtbot, entry, FORM_A)
    liked = entry.findChild(QLineEdit, "field_liked")
    liked.insert("ดี")
    qtbot.keyClick(liked, Qt.Key.Key_Return)
    assert survey_statistics(db, demo_event.id).responses == 1
    qtbot.keyClick(entry.grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert survey_statistics(db, demo_event.id).responses == 0
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Answer)) == 0
    assert entry.answers()["sex"] == "หญิง" and liked.text() == "ดี"
    qtbot.keyClicks(entry.grid, "1")  # sex was wrong: ชาย
    qtbot.keyClick(entry.grid, Qt.Key.Key_Return)
    stats = survey_statistics(db, demo_event.id)
    assert stats is not None and stats.responses == 1
    sex = next(c for c in stats.choices if c.key == "sex")
    assert [o[1] for o in sex.options] == [1, 0, 0]
    assert stats.aspects[0].items[0].mean == 5.0  # the rest kept as typed
    assert entry.entered == 1
