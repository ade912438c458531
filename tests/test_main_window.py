"""The main window offscreen: Thai by default, pages, language switch, the event form."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ecodesk.services import events as events_service
from ecodesk.ui.app import Application, install_excepthook, prepare_qapplication
from ecodesk.ui.event_form import EventDialog
from ecodesk.ui.main_window import MainWindow
from tests.keyboard import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qapp, tmp_path: Path) -> Iterator[Application]:  # type: ignore[no-untyped-def]
    application = Application(
        prepare_qapplication(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    yield application
    application.set_language("en")


def _args(db: Path, **kw: object) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), demo=kw.get("demo", False), lang=kw.get("lang"))


def _nav_labels(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_opens_in_thai_on_the_demo_event_and_switches_pages(app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = app.build_window(_args(tmp_path / "d.sqlite3", demo=True))
    qtbot.addWidget(window)
    window.show()
    assert _nav_labels(window) == ["ผู้เข้าร่วม", "ป้ายชื่อ", "ลงทะเบียนเข้างาน", "แบบประเมิน", "รายงาน"]
    assert window.ctx.event is not None and window.ctx.event.code == "EIT2565"
    assert "16 มิถุนายน 2565" in window.event_label.text()
    assert "ผู้เข้าร่วม 120 คน" in window.event_label.text()
    assert QApplication.font().family() == "Sarabun"
    for row in range(window.nav.count()):
        qtbot.mouseClick(
            window.nav.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.nav.visualItemRect(window.nav.item(row)).center(),
        )
        assert window.stack.currentIndex() == row


def test_language_switch_to_english_and_back(app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = app.build_window(_args(tmp_path / "d.sqlite3", demo=True))
    qtbot.addWidget(window)
    window.nav.setCurrentRow(2)
    window.language_actions["en"].trigger()
    assert _nav_labels(window)[:2] == ["Participants", "Badges"]
    assert window.nav.currentRow() == 2, "the page stays where the user was"
    assert "16 June 2022" in window.event_label.text()
    assert app.settings.value("ui/language") == "en"
    window.language_actions["th"].trigger()
    assert _nav_labels(window)[0] == "ผู้เข้าร่วม"


def test_create_an_event_through_the_form(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog(ctx.db)
    qtbot.addWidget(dialog)
    type_text(dialog.name, "สัมมนาเครือข่ายอุตสาหกรรมสีเขียว")
    type_text(dialog.code, "grn66")
    type_text(dialog.venue, "โรงแรมเวียงลคอร")
    type_text(dialog.sittings()[0].name, "ภาคเช้า")
    dialog.sectors()[0].target.setValue(25)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    created = events_service.get_event(ctx.db, "GRN66")
    assert created.name == "สัมมนาเครือข่ายอุตสาหกรรมสีเขียว"
    assert created.venue == "โรงแรมเวียงลคอร"
    assert [s.name for s in created.sittings] == ["ภาคเช้า"]
    assert created.sectors[0].target == 25
    assert len(created.sectors) == len(events_service.DEFAULT_SECTORS)


def test_a_mistake_in_the_form_is_explained_and_nothing_is_saved(ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EventDialog(ctx.db)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "งานทดสอบ")
    type_text(dialog.code, "รหัสไทย")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text().startswith("Code")
    assert events_service.list_events(ctx.db) == []


def test_window_geometry_and_database_are_remembered(app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "remembered.sqlite3"
    window = app.build_window(_args(db))
    qtbot.addWidget(window)
    window.resize(1111, 777)
    window.close()
    saved = app.settings.value("window/geometry")
    assert saved is not None
    assert app.settings.value("db/last") == f"sqlite:///{db}"
    again = app.build_window(argparse.Namespace(db=None, demo=False, lang=None))
    qtbot.addWidget(again)
    assert again.ctx.db.path == db
    # Without saved geometry a window opens at 1280 wide; the offscreen screen clamps the
    # restored 1111 to what fits, so the proof is that the default was not used.
    assert again.width() != 1280


def test_an_unexpected_error_shows_a_dialog_naming_the_log(
    qapp, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import sys

    from ecodesk.logging_setup import log_file, setup_logging

    setup_logging()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(100, close_box)
    try:
        raise RuntimeError("printer went away")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert seen and "printer went away" in seen[0]
    assert str(log_file()) in seen[0]
    assert "printer went away" in log_file().read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_participants_table_shows_its_short_columns_whole_at_1366_pixels(
    app, qtbot, tmp_path: Path, lang: str
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.db.models import Participant
    from ecodesk.services.participants import ParticipantInput, add_participant

    window = app.build_window(_args(tmp_path / "d.sqlite3", demo=True, lang=lang))
    qtbot.addWidget(window)
    pid = add_participant(
        window.ctx.db, window.ctx.event.id, ParticipantInput("ทองใบ", "ใจดี", is_walk_in=True)
    )
    with window.ctx.db.session() as session:  # the widest code there can be
        session.get(Participant, pid).short_code = "MMMMMM"
    window.resize(1366, 768)
    window.show()
    page = window.pages["participants"]
    page.reload()
    qtbot.waitUntil(lambda: page.model.total == 121)
    view, model = page.view, page.model
    note = model.columnCount() - 1
    # The notes (possible duplicate, walk-in) end inside the table, not past its edge.
    end = view.columnViewportPosition(note) + view.sizeHintForColumn(note)
    assert end <= view.viewport().width(), (end, view.viewport().width())
    # Codes, sectors, phones and check-in times are never cut short (names, organisations
    # and positions may be: their tooltip holds them whole).
    for column in range(note):
        if column not in (1, 2, 3):
            assert view.columnWidth(column) >= view.sizeHintForColumn(column), column


def test_a_change_on_the_participants_page_does_not_wait_for_the_hidden_badges_page(
    app, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.services.participants import ParticipantInput, insert_participants
    from ecodesk.ui.participants.form import ParticipantDialog

    window = app.build_window(_args(tmp_path / "d.sqlite3", demo=True))
    qtbot.addWidget(window)
    people = [ParticipantInput(f"สมชาย{i}", "ใจดี", "นาย", "เทศบาลตำบลแม่เมาะ") for i in range(5000)]
    with window.ctx.db.session() as session:
        insert_participants(session, window.ctx.event.id, people)
    window.show()
    participants, badges = window.pages["participants"], window.pages["badges"]
    participants.reload()
    qtbot.waitUntil(lambda: participants.model.total == 5120, timeout=20000)
    dialog = ParticipantDialog(window.ctx, None, participants)
    qtbot.addWidget(dialog)
    type_text(dialog.first_name, "ทองใบ")
    dialog.save()
    # Saved at once: the badges of five thousand people are read when their page shows.
    assert all(b.first_name != "ทองใบ" for b in badges.model.badges)
    window.nav.setCurrentRow(1)
    assert any(b.first_name == "ทองใบ" for b in badges.model.badges)


def test_ctrl_f_and_ctrl_n_work_from_the_start_on_the_participants_page(
    app, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = app.build_window(_args(tmp_path / "d.sqlite3", demo=True))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.pages["participants"]
    window.event_combo.setFocus()  # where the window opens: no click into the page yet
    qtbot.keyClick(window.event_combo, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    window.event_combo.setFocus()
    qtbot.keyClick(window.event_combo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form_dialog is not None and page.form_dialog.isVisible()
    page.form_dialog.reject()
    # On another page, they are not the Participants page's.
    window.nav.setCurrentRow(1)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not page.search.hasFocus()


def test_at_1920_pixels_the_spare_width_shows_organisations_whole(
    app, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = app.build_window(_args(tmp_path / "d.sqlite3", demo=True))
    qtbot.addWidget(window)
    window.resize(1920, 1040)
    window.show()
    page = window.pages["participants"]
    qtbot.waitUntil(lambda: page.model.total == 120)
    view, model = page.view, page.model
    qtbot.waitUntil(lambda: view.columnWidth(2) >= view.sizeHintForColumn(2))
    note = model.columnCount() - 1
    end = view.columnViewportPosition(note) + view.sizeHintForColumn(note)
    assert end <= view.viewport().width()
    # Back to a smaller window, the columns fit it again.
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: view.columnWidth(2) < view.sizeHintForColumn(2))
    end = view.columnViewportPosition(note) + view.sizeHintForColumn(note)
    assert end <= view.viewport().width()
