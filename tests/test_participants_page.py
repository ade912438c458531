"""The Participants page driven like a desk clerk would: type to search, sort, add a walk-in,
edit, delete and undo, import a file through the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView
from sqlalchemy import event, select

from ecodesk.db.models import AuditEntry
from ecodesk.services.participants import (
    ParticipantInput,
    add_participant,
    get_participant,
    list_participants,
)
from ecodesk.services.thai_text import thai_sort_key
from ecodesk.ui.participants.form import ParticipantDialog
from ecodesk.ui.participants.page import ParticipantsPage
from ecodesk.ui.participants.table_model import NAME, ORGANISATION
from tests.keyboard import type_text
from tests.lists import write_workbook

pytestmark = pytest.mark.gui


@pytest.fixture
def page(ctx, demo_event, qtbot):  # type: ignore[no-untyped-def]
    add_participant(
        ctx.db, demo_event.id, ParticipantInput("แก้วมณีรัตน์", "ศรีวิชัย", "นาง", "ร้านกาแฟดอยพระบาท")
    )
    ctx.set_event(demo_event.id)
    widget = ParticipantsPage(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.total == 121)
    return widget


def _names(page: ParticipantsPage) -> list[str]:
    return [page.model.row_at(r).first_name for r in range(page.model.rowCount())]


def test_thai_order_by_default_search_as_you_type_and_sort(page: ParticipantsPage) -> None:
    names = _names(page)
    assert names == sorted(names, key=thai_sort_key)
    type_text(page.search, "แกวมณีรัตน")
    assert [page.model.row_at(r).full_name for r in range(page.model.rowCount())] == [
        "นางแก้วมณีรัตน์ ศรีวิชัย"
    ]
    assert "1" in page.count.text() and "121" in page.count.text()
    page.search.clear()
    assert page.model.rowCount() == 121
    page.view.sortByColumn(ORGANISATION, Qt.SortOrder.DescendingOrder)
    orgs = [page.model.row_at(r).organisation for r in range(page.model.rowCount())]
    assert orgs == sorted(orgs, key=thai_sort_key, reverse=True)
    page.view.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert _names(page) == names


def test_walk_in_form_saves_cleaned_values_with_completion(
    ctx, page: ParticipantsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page.add_button.click()
    dialog = page.form_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.organisation.completer().model().rowCount() > 5
    dialog.title.setCurrentText("ดร.")
    type_text(dialog.first_name, " สมศรี ")
    type_text(dialog.last_name, "มีสุข")
    type_text(dialog.organisation, "ร้านกาแฟดอยพระบาท")
    type_text(dialog.phone, "๐๘๑-๒๓๔-๕๖๗๘")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: page.model.total == 122)
    row = next(r for r in list_participants(ctx.db, ctx.event.id) if r.last_name == "มีสุข")
    assert [r.id for r in page.selected_rows()] == [row.id]  # shown and selected at once
    assert (row.title, row.first_name, row.phone, row.is_walk_in) == (
        "ดร.",
        "สมศรี",
        "0812345678",
        True,
    )


def test_a_sector_typed_for_a_walk_in_is_offered_to_the_next(
    ctx, page: ParticipantsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page.add_button.click()
    dialog = page.form_dialog
    assert dialog is not None
    type_text(dialog.first_name, "ทองใบ")
    dialog.sector.setCurrentText("ภาคประชาสังคม")
    dialog.save()
    qtbot.waitUntil(lambda: page.model.total == 122)
    page.add_button.click()
    assert page.form_dialog is not dialog
    offered = [page.form_dialog.sector.itemText(i) for i in range(page.form_dialog.sector.count())]
    assert "ภาคประชาสังคม" in offered


@pytest.mark.parametrize(
    ("field", "wrong", "right"),
    [("phone", "08123", "081-234-5678"), ("email", "thongbai at gmail", "thongbai@example.org")],
)
def test_a_mistyped_phone_or_e_mail_is_named_and_nothing_typed_is_lost(
    ctx, page: ParticipantsPage, qtbot, field: str, wrong: str, right: str
) -> None:  # type: ignore[no-untyped-def]
    page.add_button.click()
    dialog = page.form_dialog
    assert dialog is not None
    type_text(dialog.first_name, "ทองใบ")
    type_text(dialog.organisation, "วิสาหกิจชุมชนบ้านดง")
    type_text(getattr(dialog, field), wrong)
    dialog.save()
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "warning" and wrong in text
    assert dialog.isVisible() and dialog.focusWidget() is getattr(dialog, field)
    assert (dialog.first_name.text(), dialog.organisation.text()) == ("ทองใบ", "วิสาหกิจชุมชนบ้านดง")
    assert len(list_participants(ctx.db, ctx.event.id)) == 121
    getattr(dialog, field).setText(right)
    dialog.save()
    qtbot.waitUntil(lambda: page.model.total == 122)


def test_editing_another_field_leaves_a_consent_nobody_recorded_unknown(
    ctx, page: ParticipantsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    pid = add_participant(ctx.db, ctx.event.id, ParticipantInput("ทองใบ", consent=None))
    dialog = ParticipantDialog(ctx, get_participant(ctx.db, pid), page)
    qtbot.addWidget(dialog)
    dialog.position.setText("ผู้ใหญ่บ้าน")
    dialog.save()
    qtbot.waitUntil(lambda: not page.tasks)
    assert get_participant(ctx.db, pid).consent is None
    with ctx.db.session() as s:
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.entity_id == pid, AuditEntry.action == "edit")
        ).one()
    assert entry.detail["before"] == {"position": ""}
    # Ticked, it is recorded.
    dialog = ParticipantDialog(ctx, get_participant(ctx.db, pid), page)
    qtbot.addWidget(dialog)
    dialog.consent.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not page.tasks)
    assert get_participant(ctx.db, pid).consent is True


def test_empty_name_is_refused_with_a_message(ctx, page: ParticipantsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ParticipantDialog(ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.save()
    assert ctx.dialogs.shown[-1][0] == "warning"
    assert dialog.isVisible() is False and dialog.result() == 0
    assert len(list_participants(ctx.db, ctx.event.id)) == 121


def test_edit_delete_and_undo(ctx, page: ParticipantsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    type_text(page.search, "แก้วมณีรัตน์")
    page.view.selectRow(0)
    target = page.selected_rows()[0]
    dialog = ParticipantDialog(ctx, target, page)
    qtbot.addWidget(dialog)
    dialog.position.setText("เจ้าของร้าน")
    dialog.save()
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.row_at(0).position == "เจ้าของร้าน"
    )
    page.view.selectRow(0)
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.total == 120)
    assert page.undo_button.isVisibleTo(page)
    page.undo_button.click()
    qtbot.waitUntil(lambda: page.model.total == 121)
    with ctx.db.session() as s:
        actions = set(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == target.id)))
    assert {"edit", "delete", "restore"} <= actions


def test_import_through_the_dialog(ctx, page: ParticipantsPage, qtbot, samples: Path) -> None:  # type: ignore[no-untyped-def]
    page.open_import(samples / "sheet_with_title.xlsx")
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    assert dialog is not None
    assert dialog.header_row.value() == 4
    assert dialog.preview.rowCount() == 21  # 20 people and the note under the table
    first = dialog.preview.rows[0].person
    assert first is not None and (first.first_name, first.phone) == ("ปิยะนุช", "0931925449")
    # Not importing the position column shows at once in the preview.
    position_box = dialog.field_boxes[4]
    position_box.setCurrentIndex(0)
    assert dialog.preview.rows[0].person.position == ""  # type: ignore[union-attr]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.total == 141, timeout=10000)
    assert ctx.dialogs.shown[-1][0] == "info"
    imported = [
        r for r in list_participants(ctx.db, ctx.event.id) if r.source == "sheet_with_title.xlsx"
    ]
    assert len(imported) == 20 and all(r.position == "" for r in imported)


def test_sheets_of_one_list_import_together_unless_unticked(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    header = ["ชื่อ-สกุล", "โทรศัพท์"]
    path = write_workbook(tmp_path / "แยกภาค.xlsx", {
        "ภาครัฐ": [header, ["นายธีระ คำมา", "0812346003"], ["นางวิไล มากมี", "0812346005"]],
        "ภาคเอกชน": [header, ["นายวิชัย รุ่งเรือง", "0812346004"], ["นายธีระ คำมา", "0812346003"]],
    })  # fmt: skip

    def open_dialog():  # type: ignore[no-untyped-def]
        page.import_dialog = None
        page.open_import(path)
        qtbot.waitUntil(lambda: page.import_dialog is not None)
        return page.import_dialog

    dialog = open_dialog()
    assert dialog.together.isVisibleTo(dialog) and "ภาคเอกชน" in dialog.together.text()
    # The preview shows the sector the sheet's name gives, as the import stores it.
    assert dialog.preview.rows[0].person.sector == "ภาครัฐ"  # type: ignore[union-attr]
    # Unticked, the sheet shown comes alone, and its name is no sector.
    dialog.together.setChecked(False)
    assert dialog.preview.rows[0].person.sector == ""  # type: ignore[union-attr]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.total == 123, timeout=10000)
    dialog = open_dialog()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.total == 124, timeout=10000)
    kind, _title, text = ctx.dialogs.shown[-1]
    # A row of the second sheet is named with its sheet.
    assert kind == "info" and "ภาคเอกชน" in text
    # A sheet chosen by hand is read off the GUI thread, and comes alone; nothing can be
    # imported under the last sheet's columns meanwhile.
    dialog = open_dialog()
    dialog.sheet.setCurrentText("ภาคเอกชน")
    assert not dialog.import_button.isEnabled()
    dialog.together.toggle()  # the preview planned again meanwhile does not enable it
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.table.sheet == "ภาคเอกชน")
    assert not dialog.together.isVisibleTo(dialog) and dialog.import_button.isEnabled()
    # Back on the sheet found first, the others come with it again.
    dialog.sheet.setCurrentText("ภาครัฐ")
    qtbot.waitUntil(lambda: dialog.table.sheet == "ภาครัฐ")
    assert dialog.together.isVisibleTo(dialog)


def test_broken_file_gets_a_message_not_a_crash(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "list.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0 broken")
    page.open_import(broken)
    qtbot.waitUntil(lambda: bool(ctx.dialogs.shown))
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "warning" and "list.xls" in text
    assert page.model.total == 121


def test_column_mapped_by_hand_has_its_merged_cells_filled_in_the_preview(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # 'ส่งโดย' (sent by) is not a header the program knows: the clerk maps it to the
    # organisation, whose cell is merged down over the three people it sends.
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {"รายชื่อ": [
        ["ชื่อ-สกุล", "ส่งโดย", "โทรศัพท์"],
        ["นายธีระ คำมา", "เทศบาลตำบลแม่เมาะ", "0812346003"],
        ["นางวิไล มากมี", None, "0812346005"],
        ["นายวิชัย รุ่งเรือง", None, "0812346004"],
    ]})  # fmt: skip
    workbook = load_workbook(path)
    workbook.active.merge_cells("B2:B4")
    workbook.save(path)
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    assert [r.person.organisation for r in dialog.preview.rows] == ["", "", ""]  # type: ignore[union-attr]
    box = dialog.field_boxes[1]
    box.setCurrentIndex(box.findData("organisation"))
    # The preview shows what the import stores: the organisation on all three.
    assert [r.person.organisation for r in dialog.preview.rows] == ["เทศบาลตำบลแม่เมาะ"] * 3  # type: ignore[union-attr]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.total == 124, timeout=10000)
    stored = {r.first_name: r.organisation for r in list_participants(ctx.db, ctx.event.id)}
    assert [stored[n] for n in ("ธีระ", "วิไล", "วิชัย")] == ["เทศบาลตำบลแม่เมาะ"] * 3


def test_a_form_that_registers_several_people_a_row(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_workbook(tmp_path / "ตอบรับ.xlsx", {"Form": [
        ["ชื่อหน่วยงาน", "ชื่อ-สกุล คนที่ 1", "ตำแหน่ง คนที่ 1", "ชื่อ-สกุล คนที่ 2", "ตำแหน่ง คนที่ 2"],
        ["เทศบาลตำบลแม่เมาะ", "นายธีระ คำมา", "ปลัดเทศบาล", "นางวิไล มากมี", "นักวิเคราะห์"],
    ]})  # fmt: skip
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    # Whose each column is shows beside its field.
    grid = dialog.mapping_grid
    assert grid.itemAtPosition(3, 3).widget().text() == "Person 2"
    assert [dialog.words.row_number(r) for r in dialog.preview.rows] == [
        "2 (person 1)",
        "2 (person 2)",
    ]
    # The second person's position not imported leaves the first's as it was.
    dialog.field_boxes[4].setCurrentIndex(0)
    assert dialog.field_boxes[2].currentData() == "position"
    assert [r.person.position for r in dialog.preview.rows] == ["ปลัดเทศบาล", ""]  # type: ignore[union-attr]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.total == 123, timeout=10000)
    stored = {r.first_name: r.position for r in list_participants(ctx.db, ctx.event.id)}
    assert (stored["ธีระ"], stored["วิไล"]) == ("ปลัดเทศบาล", "")


def test_a_sheet_that_holds_no_list_is_refused_and_the_list_stays_shown(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {
        "รายชื่อ": [["ชื่อ-สกุล", "โทรศัพท์"], ["นายธีระ คำมา", "0812346003"]],
        "หมายเหตุ": [["ส่งรายชื่อภายในวันที่ 10 มิถุนายน 2565"]],
    })  # fmt: skip
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    dialog.sheet.setCurrentText("หมายเหตุ")
    qtbot.waitUntil(lambda: bool(ctx.dialogs.shown))
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "warning" and "หมายเหตุ" in text
    assert dialog.sheet.currentText() == "รายชื่อ" and dialog.import_button.isEnabled()
    assert [r.person.first_name for r in dialog.preview.rows] == ["ธีระ"]  # type: ignore[union-attr]


def test_changing_the_mapping_reads_no_participants_again(
    ctx, page: ParticipantsPage, qtbot, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    # The event's participants are read once, off the GUI thread, with the file: a change
    # of the mapping replans the preview without reading them again (a long wait on an
    # event of many thousands).
    page.open_import(samples / "sheet_with_title.xlsx")
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", seen)
    try:
        dialog.field_boxes[4].setCurrentIndex(0)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", seen)
    assert dialog.preview.rows[0].person.position == ""  # type: ignore[union-attr]
    assert not [s for s in statements if "FROM participants" in s]


def test_long_names_cut_short_by_their_column_show_whole_in_a_tooltip(
    ctx, page: ParticipantsPage
) -> None:  # type: ignore[no-untyped-def]
    model = page.model
    row = next(r for r in range(model.rowCount()) if len(model.row_at(r).organisation) > 30)
    tip = model.data(model.index(row, ORGANISATION), Qt.ItemDataRole.ToolTipRole)
    assert tip == model.row_at(row).organisation
    # A sitting's whole name, where the header ends it in '…'.
    sittings = [s.name for s in ctx.event.sittings]
    tips = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        for c in range(model.columnCount())
    ]
    assert set(sittings) <= set(tips)


def test_attendees_numbered_over_a_header_of_two_rows_import_from_the_dialog(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {"Sheet1": [
        ["ที่", "หน่วยงาน", "รายชื่อผู้เข้าร่วม", "", "", "เบอร์โทร"],
        ["", "", "คนที่ 1", "คนที่ 2", "คนที่ 3", ""],
        [1, "อบต.บ้านดง", "นายอาทิตย์ ฟ้าใส", "นางจันทร์เพ็ญ ดาวเด่น", "", "0812345678"],
    ]})  # fmt: skip
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    assert [dialog.words.row_number(r) for r in dialog.preview.rows] == [
        "3 (person 1)",
        "3 (person 2)",
    ]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.total == 123, timeout=10000)
    stored = {r.first_name: r.organisation for r in list_participants(ctx.db, ctx.event.id)}
    assert stored["อาทิตย์"] == stored["จันทร์เพ็ญ"] == "อบต.บ้านดง"


def test_a_file_that_cannot_be_imported_is_explained_in_the_window_language(
    qapp, ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.ui.i18n import install_translators, remove_translators

    broken = tmp_path / "รายชื่อเสีย.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook after all")
    budget = write_workbook(tmp_path / "งบประมาณ.xlsx", {"งบ": [
        ["รายการ", "จำนวนเงิน"], ["ค่าอาหารว่าง", 3500],
    ]})  # fmt: skip
    translators = install_translators(qapp, "th")
    try:
        for path, said in ((broken, "ไฟล์เสีย"), (budget, "ไม่พบคอลัมน์ชื่อผู้เข้าร่วม")):
            shown = len(ctx.dialogs.shown)
            page.open_import(path)
            qtbot.waitUntil(lambda: len(ctx.dialogs.shown) > shown)  # noqa: B023
            kind, _title, text = ctx.dialogs.shown[-1]
            # In Thai, naming the file, and no advice meant for the command line.
            assert kind == "warning" and path.name in text and said in text
            assert "--" not in text and "sheet" not in text
    finally:
        remove_translators(qapp, translators)
    assert page.import_dialog is None and page.model.total == 121


def test_a_list_imported_again_says_nothing_changed_and_rows_to_look_at_come_first(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    people = [[f"นายสมชาย ทดสอบ{i}", f"08123450{i:02d}"] for i in range(40)]
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {"รายชื่อ": [["ชื่อ-สกุล", "โทรศัพท์"], *people]})

    def import_it() -> str:
        shown = len(ctx.dialogs.shown)
        page.import_dialog = None
        page.open_import(path)
        qtbot.waitUntil(lambda: page.import_dialog is not None)
        page.import_dialog.import_button.click()  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: len(ctx.dialogs.shown) > shown, timeout=10000)
        return ctx.dialogs.shown[-1][2]

    assert import_it().startswith("Imported 40 participants.")
    text = import_it()
    assert text.startswith("Everyone in this list is registered in this event already")
    assert "Row" not in text  # not forty lines saying the same
    assert len(list_participants(ctx.db, ctx.event.id)) == 161
    # A row to correct, added under forty already registered, is not lost past the cut.
    write_workbook(path, {"รายชื่อ": [["ชื่อ-สกุล", "โทรศัพท์"], *people, [45678, "0812345999"]]})
    lines = import_it().splitlines()
    assert lines[0] == "No one was added: nothing was changed."
    assert lines[3].startswith("Row 42: ")


def test_keyboard_only_enter_opens_the_row_and_esc_clears_the_search(
    ctx, page: ParticipantsPage, qtbot
) -> None:  # type: ignore[no-untyped-def]
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.focus_search()
    type_text(page.search, "สม")
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and page.search.hasFocus()
    assert page.model.rowCount() == 121
    # Down to the table, a row chosen with the arrows, Enter: the person's form.
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    chosen = page.selected_rows()
    assert len(chosen) == 1
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = page.form_dialog
    assert dialog is not None and dialog.isVisible() and dialog.row == chosen[0]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_undo_shows_the_participant_brought_back(ctx, page: ParticipantsPage, qtbot) -> None:  # type: ignore[no-untyped-def]
    page.view.selectRow(60)
    target = page.selected_rows()[0]
    page.delete_selected()
    qtbot.waitUntil(lambda: page.model.total == 120)
    page.undo_button.click()
    qtbot.waitUntil(lambda: page.model.total == 121)
    # Chosen again, where the clerk was: a mistaken delete is undone without a search.
    assert [r.id for r in page.selected_rows()] == [target.id]


def test_sorting_a_big_event_by_any_column_keeps_the_window_responsive(
    ctx, demo_event, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.services.participants import insert_participants
    from ecodesk.ui.participants import table_model

    organisations = [f"เทศบาลตำบลแม่{n}" for n in ("เมาะ", "ทะ", "พริก", "ตีบ")] * 5
    people = [
        ParticipantInput(f"สมชาย{i}", "ใจดี", "นาย", organisations[i % 20], "เจ้าหน้าที่",
                         phone=f"08{i:08d}")
        for i in range(20_000)
    ]  # fmt: skip
    with ctx.db.session() as session:
        insert_participants(session, demo_event.id, people)
    ctx.set_event(demo_event.id)
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.total == 20_120, timeout=20000)
    keyed: list[str] = []

    def counted(text: str) -> object:
        keyed.append(text)
        return thai_sort_key(text)

    monkeypatch.setattr(table_model, "thai_sort_key", counted)
    for column in range(page.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            page.view.horizontalHeader().setSortIndicator(column, order)  # as a click does
    # A click on a header is answered at once: a Thai key is made once for each organisation,
    # position or sector, not for each of 20,000 rows (more than half a second by phone).
    distinct = {getattr(page.model.row_at(r), a) for r in range(page.model.rowCount())
                for a in ("organisation", "position", "sector")}  # fmt: skip
    assert len(keyed) <= 2 * len(distinct) < 200
    page.view.sortByColumn(ORGANISATION, Qt.SortOrder.DescendingOrder)
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    orgs = [r.organisation for r in shown]
    assert orgs == sorted(orgs, key=thai_sort_key, reverse=True)


def test_the_import_dialog_of_a_long_list_opens_at_once(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.exchange.importing import importer
    from ecodesk.ui.participants.import_dialog import PREVIEW_MEASURED, ImportDialog

    header = ["ลำดับ", "ชื่อ-นามสกุล", "หน่วยงาน", "ตำแหน่ง", "เบอร์โทรศัพท์", "อีเมล"]
    rows = [
        [i, f"นางสาวพิมพ์ชนก{i} บุญประเสริฐ", f"องค์การบริหารส่วนตำบลแม่เมาะ {i}",
         "นักวิชาการสิ่งแวดล้อมชำนาญการ", f"08{i:08d}", f"pimchanok{i}@example.org"]
        for i in range(1, 3001)
    ]  # fmt: skip
    path = write_workbook(tmp_path / "รายชื่อยาว.xlsx", {"Sheet1": [header, *rows]})
    table, found, columns = importer.read_and_map(path, as_a_clerk=False)
    known = importer.registered(ctx.db, ctx.event.id)
    dialog = ImportDialog(ctx, path, table, found, columns, known, page)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.preview.rowCount() == 200
    # The preview's columns are sized from its first rows, once, not from every row shown at
    # every change: with a Thai font, measuring 200 rows of 11 columns held the window still
    # for half a second.
    columns_header = dialog.preview_view.horizontalHeader()
    assert columns_header.resizeContentsPrecision() == PREVIEW_MEASURED < 200
    # The whole value, where a column cuts it short, is in its tooltip; and the clerk can
    # widen a column.
    index = dialog.preview.index(150, 6)
    assert dialog.preview.data(index, Qt.ItemDataRole.ToolTipRole) == rows[150][2]
    resize = dialog.preview_view.horizontalHeader().sectionResizeMode(6)
    assert resize == QHeaderView.ResizeMode.Interactive


def test_cancel_while_a_file_or_sheet_is_read_is_honoured(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    header = ["ชื่อ-สกุล", "โทรศัพท์"]
    path = write_workbook(tmp_path / "แยกภาค.xlsx", {
        "ภาครัฐ": [header, ["นายธีระ คำมา", "0812346003"]],
        "ภาคเอกชน": [["ชื่อ", "หน่วยงาน"], ["วิชัย", "หอการค้าจังหวัดลำปาง"]],
    })  # fmt: skip
    page.open_import(path)
    page.tasks[-1].cancel()  # the Cancel of 'Reading แยกภาค.xlsx'
    qtbot.waitUntil(lambda: not page.tasks)
    assert page.import_dialog is None and not ctx.dialogs.shown
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    dialog.sheet.setCurrentText("ภาคเอกชน")
    dialog.task.cancel()  # the Cancel of 'Reading sheet ภาคเอกชน'
    qtbot.waitUntil(lambda: dialog.reading is None)
    # The sheet shown before stays, and can be imported.
    assert dialog.sheet.currentText() == dialog.table.sheet == "ภาครัฐ"
    assert dialog.import_button.isEnabled() and not ctx.dialogs.shown


def test_the_import_dialog_fits_the_screen_it_opens_on(
    ctx, page: ParticipantsPage, qtbot, samples: Path
) -> None:  # type: ignore[no-untyped-def]
    page.open_import(samples / "sheet_with_title.xlsx")
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    free = page.screen().availableGeometry()
    # Room left for the title bar above it: the buttons at its foot are never off screen.
    assert dialog.width() <= free.width() and dialog.height() + 60 <= free.height()
    assert dialog.import_button.isVisible()


def test_a_form_question_as_long_as_a_paragraph_leaves_its_field_box_in_sight(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    question = (
        "ท่านยินยอมให้โครงการเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลของท่าน ได้แก่ ชื่อ นามสกุล"
        " หน่วยงาน ตำแหน่ง เบอร์โทรศัพท์ และอีเมล เพื่อวัตถุประสงค์ในการจัดกิจกรรม การติดต่อประสานงาน"
        " และการรายงานผลการดำเนินงานต่อหน่วยงานผู้ให้ทุน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล"
        " พ.ศ. 2562 หรือไม่"
    )
    path = write_workbook(tmp_path / "แบบฟอร์ม.xlsx", {"การตอบแบบฟอร์ม 1": [
        ["ประทับเวลา", "ชื่อ - นามสกุล", question],
        ["15/6/2565, 9:01:22", "นายธีระ คำมา", "ยินยอม"],
    ]})  # fmt: skip
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    qtbot.waitExposed(dialog)
    scroll = dialog.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    box = dialog.field_boxes[2]
    assert box.currentData() == "consent"
    right = box.mapTo(scroll.viewport(), box.rect().topRight()).x()
    assert right <= scroll.viewport().width()
    # The question whole, in the tooltip of its shortened label.
    label = dialog.mapping_grid.itemAtPosition(2, 1).widget()
    assert label.toolTip() == question and label.text() != question


def test_the_preview_shows_the_consent_that_will_be_stored(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_workbook(tmp_path / "แบบฟอร์ม.xlsx", {"Form": [
        ["ชื่อ - นามสกุล", "ยินยอมให้ใช้ข้อมูลส่วนบุคคล"],
        ["นายธีระ คำมา", "ยินยอม"], ["นางวิไล มากมี", "ไม่ยินยอม"], ["นายวิชัย รุ่งเรือง", ""],
    ]})  # fmt: skip
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    preview = page.import_dialog.preview
    column = preview.columnCount() - 1
    assert preview.headerData(column, Qt.Orientation.Horizontal) == "Consent (PDPA)"
    shown = [preview.data(preview.index(r, column)) for r in range(3)]
    assert shown == ["agrees", "refuses", ""]


def test_a_long_list_says_how_many_rows_it_has_and_how_many_came(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    rows = [[f"นายสมชาย ทดสอบ{i}", f"08{i:08d}"] for i in range(1500)]
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {"Sheet1": [["ชื่อ-สกุล", "โทรศัพท์"], *rows]})
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    # The preview shows 200 rows: the clerk is told the list holds more, and how many.
    assert dialog.summary.text().startswith("In the first 200 of 1,500 rows:")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(ctx.dialogs.shown), timeout=20000)
    assert ctx.dialogs.shown[-1][2].startswith("Imported 1,500 participants.\nnew 1,500")


def test_a_file_the_system_will_not_open_is_explained_not_named_by_its_error(
    qapp, ctx, page: ParticipantsPage, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {"รายชื่อ": [["ชื่อ-สกุล"], ["นายธีระ คำมา"]]})
    # As a list open in Excel on Windows, which locks it: the system refuses to open it (the
    # administrator running the tests here is refused nothing, so the refusal is played).
    real_open = Path.open

    def locked(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    page.open_import(path)
    qtbot.waitUntil(lambda: bool(ctx.dialogs.shown))
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "warning" and "รายชื่อ.xlsx" in text and "Excel" in text
    assert "Error" not in text and "Errno" not in text


def test_a_file_spoilt_between_the_preview_and_the_import_is_explained(
    ctx, page: ParticipantsPage, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {"รายชื่อ": [
        ["ชื่อ-สกุล", "โทรศัพท์"], ["นายธีระ คำมา", "0812346003"],
    ]})  # fmt: skip
    page.open_import(path)
    qtbot.waitUntil(lambda: page.import_dialog is not None)
    dialog = page.import_dialog
    path.write_bytes(b"PK\x03\x04 saved half-way")  # saved again from Excel meanwhile
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(ctx.dialogs.shown), timeout=10000)
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "error" and "Nothing was imported." in text and "รายชื่อ.xlsx" in text
    assert "damaged or incomplete, or is not a spreadsheet" in text  # the window's words
    assert "EOCD" not in text
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert page.model.total == 121
