"""The check-in screen driven as the desk uses it: scans typed by a scanner, names typed by a
person, clicks on matches and undo, badges shown to the webcam path; then the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from sqlalchemy import select

from ecodesk.db import Database
from ecodesk.db.models import CheckIn, Participant, RevokedToken
from ecodesk.printing.badge_painter import paint_badge
from ecodesk.printing.layouts import get_layout
from ecodesk.services import badges
from ecodesk.services.clock import now
from ecodesk.services.events import EventInfo
from ecodesk.services.keyboard_layout import us_to_kedmanee
from ecodesk.services.participants import ParticipantInput, add_participant
from ecodesk.services.tokens import format_short_code, make_payload
from ecodesk.ui.checkin.models import RecentModel
from ecodesk.ui.checkin.page import CheckInPage
from tests.keyboard import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, ctx, demo_event: EventInfo) -> CheckInPage:  # type: ignore[no-untyped-def]
    ctx.desk_name = "โต๊ะหน้า"
    ctx.set_event(demo_event.id)
    widget = CheckInPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.other_day.setChecked(True)  # the demo event is in 2022
    qtbot.waitUntil(lambda: len(widget.search.index) == demo_event.participant_count)
    return widget


def people(db: Database) -> list[Participant]:
    with db.session() as session:
        return list(session.scalars(select(Participant).order_by(Participant.id)))


def checkins(db: Database) -> list[CheckIn]:
    with db.session() as session:
        return list(session.scalars(select(CheckIn).order_by(CheckIn.checked_in_at)))


def scan(qtbot, page: CheckInPage, text: str) -> None:  # type: ignore[no-untyped-def]
    """A scanner: every key at once, then Enter."""
    type_text(page.input, text)
    qtbot.keyClick(page.input, Qt.Key.Key_Return)


def type_slowly(qtbot, page: CheckInPage, text: str) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        type_text(page.input, char)
        qtbot.wait(60)


def test_scans_in_us_and_thai_layouts_check_in(qtbot, page: CheckInPage, db: Database) -> None:  # type: ignore[no-untyped-def]
    a, b = people(db)[:2]
    scan(qtbot, page, make_payload("EIT2565", a.token))
    assert page.result_panel.kind == "ok"
    assert page.result_panel.name.text().endswith(a.last_name)
    assert page.sounds.last_played == "ok"
    assert page.input.text() == "" and page.input.hasFocus()

    scan(qtbot, page, us_to_kedmanee(make_payload("EIT2565", b.token)))
    assert page.result_panel.kind == "ok"
    rows = checkins(db)
    assert [(r.participant_id, r.method, r.desk) for r in rows] == [
        (a.id, "scan", "โต๊ะหน้า"),
        (b.id, "scan", "โต๊ะหน้า"),
    ]
    qtbot.waitUntil(lambda: page.numbers.total.text().startswith("2 "))
    assert page.recent.rows[0].person.id == b.id

    scan(qtbot, page, make_payload("EIT2565", a.token))
    assert page.result_panel.kind == "already"
    assert page.sounds.last_played == "already"
    assert "โต๊ะหน้า" in page.result_panel.headline.text()
    assert len(checkins(db)) == 2


def test_refused_badges_are_red_and_nothing_is_written(
    qtbot, page: CheckInPage, db: Database
) -> None:  # type: ignore[no-untyped-def]
    person, old = people(db)[:2]
    with db.session() as session:
        session.add(
            RevokedToken(
                participant_id=old.id, token="Y" * 26, short_code="YYYYYY", revoked_at=now()
            )
        )
    for text, says in (
        (make_payload("EIT2565", "0" * 26), "Unknown code"),
        (make_payload("OTHER", person.token), "another event (OTHER)"),
        (make_payload("EIT2565", "Y" * 26), "Reissued badge"),
        ("ECD-garbage-from-a-bottle", "Unknown code"),
    ):
        scan(qtbot, page, text)
        assert page.result_panel.kind == "error", text
        assert says in page.result_panel.headline.text()
        assert page.sounds.last_played == "error"
    page.other_day.setChecked(False)
    assert page.day_warning.isVisible()
    scan(qtbot, page, make_payload("EIT2565", person.token))
    assert page.result_panel.headline.text().startswith("Wrong day")
    assert page.result_panel.name.text().endswith(person.last_name)
    assert checkins(db) == []


def test_typed_short_code_and_name_search(qtbot, page: CheckInPage, db: Database) -> None:  # type: ignore[no-untyped-def]
    everyone = people(db)
    # Someone whose first two letters start another person's first name too, so that two
    # letters list several people.
    b = next(
        p
        for p in everyone
        if any(o.id != p.id and o.first_name[:2] == p.first_name[:2] for o in everyone)
    )
    # A name typed slowly lists matches as it goes.
    type_slowly(qtbot, page, b.first_name[:3])
    qtbot.waitUntil(lambda: page.search.view.isVisible())
    assert any(r.id == b.id for r in page.search.matches.rows)

    # Down moves the highlight; Enter checks in the highlighted one, not the first.
    page.input.clear()
    type_slowly(qtbot, page, b.first_name[:2])
    qtbot.waitUntil(lambda: len(page.search.matches.rows) >= 2)
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    second = page.search.matches.rows[1]
    assert page.search.chosen() == second.id
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert page.result_panel.kind == "ok"
    assert page.result_panel.name.text() == second.full_name

    # The short code typed by hand, lower case with its dash.
    a = next(p for p in everyone if p.id != second.id)
    type_slowly(qtbot, page, format_short_code(a.short_code).lower())
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert page.result_panel.kind == "ok"
    assert [(r.participant_id, r.method) for r in checkins(db)] == [
        (second.id, "search"),
        (a.id, "search"),
    ]

    type_slowly(qtbot, page, "ไม่มีใครชื่อนี้")
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert page.result_panel.kind == "error"
    assert len(checkins(db)) == 2


def test_a_click_on_a_match_checks_in(qtbot, page: CheckInPage, db: Database) -> None:  # type: ignore[no-untyped-def]
    person = people(db)[3]
    type_slowly(qtbot, page, person.organisation[:8])
    qtbot.waitUntil(lambda: page.search.view.isVisible())
    row = next(i for i, r in enumerate(page.search.matches.rows) if r.id == person.id)
    rect = page.search.view.visualRect(page.search.matches.index(row, 0))
    qtbot.mouseClick(page.search.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    [stored] = checkins(db)
    assert (stored.participant_id, stored.method) == (person.id, "search")


def test_undo_from_the_list_then_check_in_again(qtbot, page: CheckInPage, db: Database) -> None:  # type: ignore[no-untyped-def]
    person = people(db)[0]
    scan(qtbot, page, make_payload("EIT2565", person.token))
    cell = page.recent_view.visualRect(page.recent.index(0, RecentModel.UNDO))
    qtbot.mouseClick(page.recent_view.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert page.ctx.dialogs.shown[-1][0] == "confirm"
    [row] = checkins(db)
    assert row.undone_at is not None and row.undone_by == "โต๊ะหน้า"
    assert page.recent.rows[0].undone_at is not None
    assert page.numbers.total.text().startswith("0 ")
    assert page.input.hasFocus()

    scan(qtbot, page, make_payload("EIT2565", person.token))
    assert page.result_panel.kind == "ok"
    assert len(checkins(db)) == 2


def badge_image(db: Database, participant_id, dpi: int = 150) -> QImage:  # type: ignore[no-untyped-def]
    """The real badge, painted as it prints, on a white picture."""
    badge_set = badges.badge_for(db, participant_id)
    layout = get_layout("a6")
    px = dpi / 25.4
    image = QImage(int(layout.badge_w * px), int(layout.badge_h * px), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(int(dpi / 0.0254))
    image.setDotsPerMeterY(int(dpi / 0.0254))
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_badge(painter, badge_set.badges[0], badge_set, layout)
    painter.end()
    return image


def photographed(image: QImage) -> QImage:
    """Held a little crooked in front of a webcam, on a grey desk, at webcam resolution."""
    tilted = image.transformed(QTransform().rotate(8), Qt.TransformationMode.SmoothTransformation)
    frame = QImage(640, 480, QImage.Format.Format_RGB32)
    frame.fill(QColor("#8a8f94"))
    painter = QPainter(frame)
    small = tilted.scaledToHeight(440, Qt.TransformationMode.SmoothTransformation)
    painter.drawImage(QPoint((640 - small.width()) // 2, 20), small)
    painter.end()
    return frame


def test_webcam_path_reads_a_photographed_badge_once(
    qtbot, page: CheckInPage, db: Database
) -> None:  # type: ignore[no-untyped-def]
    person = people(db)[2]
    frame = photographed(badge_image(db, person.id))
    page.camera.handle_image(frame)
    assert page.result_panel.kind == "ok"
    page.camera.handle_image(frame)  # the same badge still in view: not read again
    assert page.result_panel.kind == "ok"
    [row] = checkins(db)
    assert (row.participant_id, row.method) == (person.id, "webcam")
    page.camera.handle_image(QImage(640, 480, QImage.Format.Format_RGB32))
    assert len(checkins(db)) == 1


def test_no_camera_is_said_not_failed(page: CheckInPage) -> None:
    assert not page.camera_button.isEnabled()
    assert page.camera_button.text() == "Webcam: no camera found"
    assert "No camera" in page.camera.status.text()


def test_walk_in_registers_checks_in_and_prints(
    qtbot, page: CheckInPage, db: Database, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.ui.checkin.walk_in import PDF, WalkInDialog

    page.ctx.settings.setValue("checkin/walk_in_pdf_folder", str(tmp_path / "badges"))
    page.ctx.settings.setValue("checkin/walk_in_printer", PDF)
    dialog = WalkInDialog(page.ctx, page.desk(), page)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text()  # no name: refused, nothing saved
    assert len(people(db)) == 120

    dialog.title.setCurrentText("นางสาว")
    type_text(dialog.first_name, "มาใหม่")
    type_text(dialog.last_name, "หน้างาน")
    type_text(dialog.organisation, "โรงเรียนบ้านดง")
    dialog.sector.setCurrentText("สถาบันการศึกษา")
    type_text(dialog.phone, "081-234-5678")
    dialog.show()
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)  # Enter in a field saves
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.checkin is not None and dialog.checkin.person is not None
    page.show_result(dialog.checkin)

    new = next(p for p in people(db) if p.first_name == "มาใหม่")
    assert (new.is_walk_in, new.title, new.last_name) == (True, "นางสาว", "หน้างาน")
    assert new.badge_printed_at is not None
    [row] = checkins(db)
    assert (row.participant_id, row.method, row.desk) == (new.id, "walk-in", "โต๊ะหน้า")
    pdf = tmp_path / "badges" / f"walk-in-{new.short_code}.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert page.result_panel.kind == "ok"
    qtbot.waitUntil(lambda: page.numbers.walk_ins.text().endswith("1"))
    # The walk-in can be found by name straight away.
    type_slowly(qtbot, page, "มาใหม่")
    qtbot.waitUntil(lambda: [r.id for r in page.search.matches.rows] == [new.id])


def test_walk_in_with_a_mistyped_phone_is_told_so(qtbot, page: CheckInPage, db: Database) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.ui.checkin.walk_in import NO_PRINT, WalkInDialog

    page.ctx.settings.setValue("checkin/walk_in_printer", NO_PRINT)
    dialog = WalkInDialog(page.ctx, page.desk(), page)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    type_text(dialog.first_name, "มาใหม่")
    type_text(dialog.phone, "08123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "08123" in dialog.error.text() and dialog.focusWidget() is dialog.phone
    assert len(people(db)) == 120 and dialog.first_name.text() == "มาใหม่"


def test_the_chosen_sitting_gets_the_check_in(qtbot, page: CheckInPage, db: Database) -> None:  # type: ignore[no-untyped-def]
    morning, afternoon = page.ctx.event.sittings
    person = people(db)[0]
    page.sitting_combo.setCurrentIndex(page.sitting_combo.findData(str(morning.id)))
    scan(qtbot, page, make_payload("EIT2565", person.token))
    page.sitting_combo.setCurrentIndex(page.sitting_combo.findData(str(afternoon.id)))
    assert page.input.hasFocus()
    scan(qtbot, page, make_payload("EIT2565", person.token))
    assert page.result_panel.kind == "ok"
    assert [r.sitting_id for r in checkins(db)] == [morning.id, afternoon.id]


def test_undo_answered_no_changes_nothing(qtbot, page: CheckInPage, db: Database) -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, page, make_payload("EIT2565", people(db)[0].token))
    page.ctx.dialogs.answer = False
    page.undo(page.recent.rows[0].id)
    assert page.ctx.dialogs.shown[-1][0] == "confirm"
    assert checkins(db)[0].undone_at is None


def test_without_an_event_the_desk_says_so(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    widget = CheckInPage(ctx)
    qtbot.addWidget(widget)
    assert not widget.input.isEnabled()
    assert widget.result_panel.headline.text() == "Choose or create an event first."


def test_a_sector_brought_by_an_import_is_offered_to_a_walk_in(
    qtbot, page: CheckInPage, db: Database
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.ui.checkin.walk_in import NO_PRINT, WalkInDialog

    # Since the desk opened, someone was added with a sector the event did not have.
    add_participant(db, page.ctx.event.id, ParticipantInput("ใหม่", "มาก", sector="วิสาหกิจชุมชน"))
    page.ctx.settings.setValue("checkin/walk_in_printer", NO_PRINT)
    dialog = WalkInDialog(page.ctx, page.desk(), page)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.sector.findText("วิสาหกิจชุมชน") >= 0
