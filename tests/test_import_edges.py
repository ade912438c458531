"""Lists where a rule for one layout must not misread another: a remark that starts like an
example, a comment beside a choice, a header's bracketed words, sheets that are not the list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from ecodesk.db import Database
from ecodesk.exchange.importing.importer import import_file
from ecodesk.services.events import EventInfo, EventInput, create_event
from tests.lists import by_first_name, convert, write_workbook


@pytest.fixture
def event(db: Database) -> EventInfo:
    return create_event(db, EventInput("EDGE", "ขอบ", date(2026, 6, 1), date(2026, 6, 1)))


def test_a_remark_that_begins_like_an_example_is_a_persons(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "ความคาดหวัง.xlsx", {"Form": [
        ["ชื่อ-สกุล", "หน่วยงาน", "ความคาดหวัง"],
        ["นายสมชาย ใจดี", "อบต.แม่เมาะ", "ตัวอย่างเช่น การจัดการขยะในชุมชน"],
        ["นางสาวกัญญา ศรีสุข", "เทศบาลตำบลแม่เมาะ", "Example: a circular economy"],
    ]})  # fmt: skip
    import_file(db, event.id, path)
    assert sorted(by_first_name(db, event)) == ["กัญญา", "สมชาย"]


def test_a_comment_beside_the_sector_does_not_replace_it(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "ข้อเสนอแนะ.xlsx", {"Form": [
        ["ชื่อ-สกุล", "ภาคส่วน", "ข้อเสนอแนะอื่นๆ"],
        ["นายสมชาย ใจดี", "", "อยากให้จัดอีก"],
        ["นายธีระ คำมา", "อื่นๆ", "ขอเอกสารเพิ่ม"],
        ["นายวิชัย รุ่งเรือง", "ภาคเอกชน", "ดีมาก"],
    ]})  # fmt: skip
    import_file(db, event.id, path)
    people = by_first_name(db, event)
    assert [people[n].sector for n in ("สมชาย", "ธีระ", "วิชัย")] == ["", "อื่นๆ", "ภาคเอกชน"]


def test_words_in_a_headers_brackets_count(db: Database, event: EventInfo, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "วงเล็บ.xlsx", {"Form": [
        ["คำนำหน้าชื่อ", "คำนำหน้าชื่อ (อื่นๆ โปรดระบุ)", "ชื่อ-สกุล", "เบอร์โทรศัพท์มือถือ",
         "เบอร์โทรศัพท์ (กรณีฉุกเฉิน)", "Personal email"],
        ["อื่นๆ", "ผศ.ดร.", "สมพร ดีใจ", "0812345678", "0899999999", "somporn@example.org"],
        ["อื่นๆ", "", "วิไล มากมี", "", "0888888888", ""],
    ]})  # fmt: skip
    plan = import_file(db, event.id, path)
    people = by_first_name(db, event)
    # The title specified beside 'อื่นๆ'; 'อื่นๆ' alone is no title.
    assert (people["สมพร"].title, people["วิไล"].title) == ("ผศ.ดร.", "")
    # The emergency number is someone else's; a personal e-mail is an e-mail, not consent.
    assert (people["สมพร"].phone, people["วิไล"].phone) == ("0812345678", "")
    assert people["สมพร"].email == "somporn@example.org"
    assert "consent" not in {c.field for c in plan.columns}


def test_a_continuing_sheet_may_hold_a_remark_beside_the_list(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    header = ["ชื่อ-สกุล", "หน่วยงาน"]
    path = write_workbook(tmp_path / "แยกภาค.xlsx", {
        "ภาครัฐ": [header, ["นายธีระ คำมา", "อำเภอแม่เมาะ"]],
        "ภาคเอกชน": [header, ["นายวิชัย รุ่งเรือง", "บริษัท ก จำกัด", "", "มาแทนผู้จัดการ"]],
        # Those who cancelled, under the same header: named, never imported.
        "ยกเลิก": [header, ["นางวิไล มากมี", "สอจ.ลำปาง"]],
    })  # fmt: skip
    plan = import_file(db, event.id, path)
    assert (plan.also, plan.other_lists) == (["ภาคเอกชน"], {"ยกเลิก": 1})
    assert {n: p.sector for n, p in by_first_name(db, event).items()} == {
        "ธีระ": "ภาครัฐ", "วิชัย": "ภาคเอกชน"
    }  # fmt: skip


def test_a_lone_sheets_name_is_not_a_sector(db: Database, event: EventInfo, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "กลุ่ม.xlsx", {
        "กลุ่ม 1": [["ชื่อ-สกุล", "หน่วยงาน"], ["นายธีระ คำมา", "อำเภอแม่เมาะ"]]
    })  # fmt: skip
    import_file(db, event.id, path)
    assert by_first_name(db, event)["ธีระ"].sector == ""


def test_an_example_line_marked_without_the_dot_is_a_note(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = tmp_path / "แบบฟอร์ม.csv"
    path.write_text(
        "ลำดับ,ชื่อ-สกุล,หน่วยงาน\nตย,นายตัวอย่าง การกรอก,หน่วยงานตัวอย่าง\n1,นายสมชาย ใจดี,อบต.แม่เมาะ\n",
        encoding="utf-8",
    )
    plan = import_file(db, event.id, path)
    assert [r.status for r in plan.rows] == ["note", "new"]


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_a_list_that_starts_below_and_right_of_a1_is_told_by_the_sheets_own_rows(
    db: Database, event: EventInfo, tmp_path: Path, suffix: str
) -> None:
    """A list typed from C4 on: rows are named as the spreadsheet numbers them, and every
    column is read under its own header."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for r, row in enumerate(
        [["ชื่อ-สกุล", "หน่วยงาน", "โทรศัพท์"], ["นายสมชาย ใจดี", "อบต.แม่เมาะ", "0812345678"],
         ["12345", "อบต.บ้านดง", ""], ["นางสาวกัญญา ศรีสุข", "เทศบาลตำบลแม่เมาะ", "0898765432"]],
        start=4,
    ):  # fmt: skip
        for c, value in enumerate(row, start=3):
            sheet.cell(r, c, value)
    path = tmp_path / "รายชื่อ.xlsx"
    workbook.save(path)
    path = convert(path, suffix)
    plan = import_file(db, event.id, path)
    assert plan.header_row == 4
    assert [(c.letter, c.field) for c in plan.columns if c.field] == [
        ("C", "full_name"), ("D", "organisation"), ("E", "phone")
    ]  # fmt: skip
    assert [(r.row, r.status) for r in plan.rows] == [(5, "new"), (6, "error"), (7, "new")]
    people = by_first_name(db, event)
    assert (people["กัญญา"].organisation, people["กัญญา"].phone) == (
        "เทศบาลตำบลแม่เมาะ", "0898765432"
    )  # fmt: skip
