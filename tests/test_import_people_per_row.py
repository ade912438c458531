"""Forms that register several people in one row: an agency's attendees numbered
('ชื่อ-สกุล ผู้เข้าร่วมคนที่ 1', 'ตำแหน่ง คนที่ 1', ...), or a registrant with followers."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ecodesk.cli import main
from ecodesk.db import Database
from ecodesk.exchange.importing.importer import DUPLICATE, ERROR, import_file
from ecodesk.exchange.importing.mapping import guess_mapping
from ecodesk.services.events import EventInfo, EventInput, create_event
from tests.lists import by_first_name, write_workbook

AGENCY_HEADER = [
    "ประทับเวลา", "ชื่อหน่วยงาน", "ชื่อ-สกุล ผู้เข้าร่วมคนที่ 1", "ตำแหน่ง คนที่ 1",
    "เบอร์โทร คนที่ 1", "ชื่อ-สกุล ผู้เข้าร่วมคนที่ 2", "ตำแหน่ง (คนที่ 2)", "เบอร์โทร (คนที่ 2)",
    "ประเภทหน่วยงาน",
]  # fmt: skip


@pytest.fixture
def event(db: Database) -> EventInfo:
    return create_event(db, EventInput("MANY", "หลายคน", date(2026, 6, 1), date(2026, 6, 1)))


@pytest.fixture
def agency_form(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "ตอบรับ.xlsx", {"การตอบแบบฟอร์ม 1": [
        AGENCY_HEADER,
        ["1/6/2565 9:00:00", "เทศบาลตำบลแม่เมาะ", "นายธีระ คำมา", "ปลัดเทศบาล", "081-234-6003",
         "นางวิไล มากมี", "นักวิเคราะห์นโยบายและแผน", "0812346005", "ภาครัฐ"],
        ["1/6/2565 9:05:00", "บริษัท ลำปางเซรามิก จำกัด", "นายวิชัย รุ่งเรือง", "ผู้จัดการโรงงาน",
         "0812346004", "", "", "", "ภาคเอกชน"],
        ["1/6/2565 9:07:00", "โรงเรียนแม่เมาะวิทยา", "นางสาวกัญญา ศรีสุข", "ครู", "0812346006",
         "นายธีระ คำมา", "ปลัดเทศบาล", "0812346003", "สถานศึกษา"],
        ["1/6/2565 9:09:00", "อบต.บ้านดง", "นายสมชาย ใจดี", "นายก อบต.", "0891112222", "",
         "ปลัด อบต.", "0893334444", "ภาครัฐ"],
    ]})  # fmt: skip


def test_each_attendee_of_a_row_is_a_participant_of_their_own(
    db: Database, event: EventInfo, agency_form: Path
) -> None:
    plan = import_file(db, event.id, agency_form)
    people = by_first_name(db, event)
    assert sorted(people) == ["กัญญา", "ธีระ", "วิชัย", "วิไล", "สมชาย"]
    # Each with their own position and phone; the agency and its sector are both's.
    vilai, teera = people["วิไล"], people["ธีระ"]
    assert (vilai.title, vilai.last_name, vilai.position, vilai.phone) == (
        "นาง", "มากมี", "นักวิเคราะห์นโยบายและแผน", "0812346005",
    )  # fmt: skip
    assert (teera.position, teera.phone) == ("ปลัดเทศบาล", "0812346003")
    assert vilai.organisation == teera.organisation == "เทศบาลตำบลแม่เมาะ"
    assert vilai.sector == teera.sector == "ภาครัฐ"
    # The same person sent again by another agency is imported once, and the messages say
    # which person of which row.
    assert (
        f"{agency_form.name}, sheet การตอบแบบฟอร์ม 1, row 4, person 2: the same person as row 2, person 1: skipped"
        in plan.issues()
    )
    assert [r.status for r in plan.rows if (r.row, r.part) == (4, 2)] == [DUPLICATE]
    # A second attendee left out entirely is no one; one given a position but no name is
    # reported, by row and person.
    assert [(r.row, r.part, r.status) for r in plan.rows if r.status == ERROR] == [(5, 2, ERROR)]
    assert plan.imported == 5


def test_importing_the_form_again_changes_nothing(
    db: Database, event: EventInfo, agency_form: Path
) -> None:
    import_file(db, event.id, agency_form)
    again = import_file(db, event.id, agency_form)
    assert again.imported == 0 and len(by_first_name(db, event)) == 5


def test_a_registrant_and_the_followers_they_bring(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "ผู้ติดตาม.xlsx", {"Sheet1": [
        ["ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "ตำแหน่ง", "โทรศัพท์", "ผู้ติดตาม 1", "ผู้ติดตาม 2"],
        [1, "นายสมชาย ใจดี", "อบต.บ้านดง", "นายก อบต.", "0891112222", "นางสมศรี ใจดี", "นายสมหมาย ดีใจ"],
        [2, "นางมาลี สุขใจ", "รพ.สต.บ้านดง", "พยาบาลวิชาชีพ", "0893334444", "", ""],
    ]})  # fmt: skip
    import_file(db, event.id, path)
    people = by_first_name(db, event)
    assert sorted(people) == ["มาลี", "สมชาย", "สมศรี", "สมหมาย"]
    # Followers come from the registrant's agency, but the position and phone are the
    # registrant's own.
    somsri = people["สมศรี"]
    assert (somsri.title, somsri.last_name, somsri.organisation) == ("นาง", "ใจดี", "อบต.บ้านดง")
    assert (somsri.position, somsri.phone) == ("", "")
    assert people["สมชาย"].phone == "0891112222"


def test_attendees_named_in_columns_of_their_own_and_one_contact_for_the_row(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "รายชื่อหน่วยงาน.xlsx", {"Sheet1": [
        ["ที่", "หน่วยงาน", "ผู้เข้าร่วม 1", "ผู้เข้าร่วม 2", "ผู้เข้าร่วม 3", "โทรศัพท์"],
        [1, "สำนักงานอุตสาหกรรมจังหวัดลำปาง", "นายธนากร มั่นคง", "น.ส.ปวีณา แสงทอง", "",
         "054-265-050"],
    ]})  # fmt: skip
    import_file(db, event.id, path)
    people = by_first_name(db, event)
    assert sorted(people) == ["ธนากร", "ปวีณา"]
    # The agency's number, given once, is how to reach either of them.
    assert people["ปวีณา"].title == "น.ส."
    assert people["ธนากร"].phone == people["ปวีณา"].phone == "054265050"


def test_each_attendee_s_other_title_is_their_own(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "คำนำหน้า.xlsx", {"Sheet1": [
        ["หน่วยงาน", "คำนำหน้า คนที่ 1", "คำนำหน้าอื่นๆ (โปรดระบุ) คนที่ 1", "ชื่อ-สกุล คนที่ 1",
         "คำนำหน้า คนที่ 2", "คำนำหน้าอื่นๆ (โปรดระบุ) คนที่ 2", "ชื่อ-สกุล คนที่ 2"],
        ["อบต.บ้านดง", "นาย", "", "สมชาย ใจดี", "อื่นๆ", "ว่าที่ร้อยตรี", "ณัฐพล ศรีวงศ์"],
        ["สสอ.แม่เมาะ", "อื่นๆ", "ดร.", "ปิยะ ณ ลำปาง", "อื่นๆ", "พ.ต.ท.", "สมศักดิ์ มั่นคง"],
    ]})  # fmt: skip
    import_file(db, event.id, path)
    titles = {first: p.title for first, p in by_first_name(db, event).items()}
    assert titles == {"สมชาย": "นาย", "ณัฐพล": "ว่าที่ร้อยตรี", "ปิยะ": "ดร.", "สมศักดิ์": "พ.ต.ท."}


def test_an_attendee_answered_with_dashes_is_no_one(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "ถ้ามี.xlsx", {"Sheet1": [
        ["หน่วยงาน", "ชื่อ-สกุล คนที่ 1", "ตำแหน่ง คนที่ 1", "ชื่อ-สกุล คนที่ 2 (ถ้ามี)",
         "ตำแหน่ง คนที่ 2 (ถ้ามี)"],
        ["บริษัท ไทยเซรามิก จำกัด", "นายวีระ ทองคำ", "เจ้าหน้าที่ความปลอดภัย", "-", "-"],
        ["ชุมชนบ้านหัวฝาย", "นางบัวผัน คำมา", "ประธานชุมชน", "ไม่มี", ""],
    ]})  # fmt: skip
    plan = import_file(db, event.id, path)
    assert sorted(by_first_name(db, event)) == ["บัวผัน", "วีระ"]
    assert [(r.row, r.part) for r in plan.rows] == [(2, 1), (3, 1)]


@pytest.mark.parametrize(
    ("header", "people", "fields"),
    [
        # The account that filled the form in is no attendee.
        (["ID", "Start time", "Completion time", "Email", "Name", "หน่วยงาน", "Attendee 1 Name",
          "Attendee 1 Email", "Attendee 2 Name", "Attendee 2 Email"], [0, 0, 0, 0, 0, 0, 1, 1, 2, 2],
         ["", "", "", "", "", "organisation", "full_name", "email", "full_name", "email"]),
        # Nor is it a registrant before a question that repeats its header ('Name2').
        (["ID", "Start time", "Completion time", "Email", "Name", "Name2", "Organization",
          "Email2"], [0] * 8, ["", "", "", "", "", "full_name", "organisation", "email"]),
    ],
)  # fmt: skip
def test_a_microsoft_forms_account_is_none_of_the_people(
    header: list[str], people: list[int], fields: list[str]
) -> None:
    columns = guess_mapping(header)
    assert [c.person for c in columns] == people
    assert [c.field for c in columns] == fields


def test_a_header_over_two_rows_with_each_attendee_merged_over_their_columns(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "ตอบรับ.xlsx", {"Sheet1": [
        ["ที่", "หน่วยงาน", "ผู้เข้าร่วมคนที่ 1", "", "คนที่ 2", ""],
        ["", "", "ชื่อ-สกุล", "ตำแหน่ง", "ชื่อ-สกุล", "ตำแหน่ง"],
        [1, "อบต.บ้านสา", "นายทองดี มีสุข", "นายก อบต.", "นางทองใบ มีสุข", "ปลัด อบต."],
    ]})  # fmt: skip
    plan = import_file(db, event.id, path)
    people = by_first_name(db, event)
    assert {first: p.position for first, p in people.items()} == {
        "ทองดี": "นายก อบต.", "ทองใบ": "ปลัด อบต.",
    }  # fmt: skip
    assert [c.person for c in plan.columns] == [0, 0, 1, 1, 2, 2]


def test_each_attendee_s_header_merged_over_their_title_and_name_columns(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {"Sheet1": [
        ["หน่วยงาน", "ผู้เข้าร่วม 1", "", "", "ผู้เข้าร่วม 2", "", ""],
        ["อบต.บ้านดง", "นาย", "สมชาย", "ใจดี", "นาง", "สมศรี", "ใจงาม"],
        ["อบต.นาสัก", "นาง", "มาลี", "ดีใจ", "", "", ""],
    ]})  # fmt: skip
    import_file(db, event.id, path)
    people = by_first_name(db, event)
    assert {first: (p.title, p.last_name) for first, p in people.items()} == {
        "สมชาย": ("นาย", "ใจดี"), "สมศรี": ("นาง", "ใจงาม"), "มาลี": ("นาง", "ดีใจ"),
    }  # fmt: skip


def test_attendees_numbered_under_the_header_that_names_them(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "รายชื่อ.xlsx", {"Sheet1": [
        ["ที่", "หน่วยงาน", "รายชื่อผู้เข้าร่วม", "", "", "เบอร์โทร"],
        ["", "", "คนที่ 1", "คนที่ 2", "คนที่ 3", ""],
        [1, "อบต.บ้านดง", "นายสมชาย ใจดี", "นางสมศรี ใจงาม", "", "0812345678"],
    ]})  # fmt: skip
    plan = import_file(db, event.id, path)
    people = by_first_name(db, event)
    assert {first: p.last_name for first, p in people.items()} == {"สมชาย": "ใจดี", "สมศรี": "ใจงาม"}
    assert [(r.row, r.part) for r in plan.rows] == [(3, 1), (3, 2)]


@pytest.mark.parametrize(
    ("header", "people"),
    [
        (["ชื่อ-สกุล", "โทรศัพท์ 1", "โทรศัพท์ 2"], [0, 0, 0]),  # one person's two phones
        (["ชื่อ-สกุล", "จำนวนคนที่เข้าร่วม", "หน่วยงาน"], [0, 0, 0]),
        # Two coordinators of the registrant's agency are not attendees.
        (["ชื่อ-สกุล", "หน่วยงาน", "ชื่อผู้ประสานงาน 1", "โทรผู้ประสานงาน 1", "ชื่อผู้ประสานงาน 2"],
         [0, 0, 0, 0, 0]),
        # An attendee who is also the coordinator is an attendee.
        (["หน่วยงาน", "ผู้เข้าร่วมคนที่ 1 (ผู้ประสานงาน) - ชื่อ-สกุล", "ผู้เข้าร่วมคนที่ 2 - ชื่อ-สกุล"],
         [0, 1, 2]),
        (["Organisation", "Participant 1 name", "Participant 1 email", "Participant 2 name",
          "Participant 2 email"], [0, 1, 1, 2, 2]),
        (["หน่วยงาน", "ชื่อ-สกุล 1", "ตำแหน่ง 1", "ชื่อ-สกุล 2", "ตำแหน่ง 2"], [0, 1, 1, 2, 2]),
        (["หน่วยงาน", "ผู้เข้าร่วม (1)", "ผู้เข้าร่วม (2)"], [0, 1, 2]),
        (["หน่วยงาน", "ผู้เข้าร่วมลำดับที่ 1", "ผู้เข้าร่วมลำดับที่ 2"], [0, 1, 2]),
        # A form's section per attendee copied without a number, and a sign-in sheet printed
        # two lists side by side: each name header repeated is the next person.
        (["หน่วยงาน", "ชื่อ-นามสกุล", "ตำแหน่ง", "เพิ่มผู้เข้าร่วมหรือไม่", "ชื่อ-นามสกุล", "ตำแหน่ง"],
         [0, 1, 1, 0, 2, 2]),
        (["ที่", "ชื่อ-สกุล", "หน่วยงาน", "ที่", "ชื่อ-สกุล", "หน่วยงาน"], [0, 1, 1, 1, 2, 2]),
        # A coordinator named beside the attendees is none of them.
        (["หน่วยงาน", "ชื่อผู้ประสานงาน", "เบอร์โทรผู้ประสานงาน", "ผู้เข้าร่วม 1", "ผู้เข้าร่วม 2"],
         [0, 0, 0, 1, 2]),
        # Only the names numbered: the position after each is that attendee's.
        (["หน่วยงาน", "ผู้เข้าร่วม 1", "ตำแหน่ง", "ผู้เข้าร่วม 2", "ตำแหน่ง", "โทรศัพท์"],
         [0, 1, 1, 2, 2, 0]),
    ],
)  # fmt: skip
def test_which_columns_number_the_people_of_a_row(header: list[str], people: list[int]) -> None:
    assert [c.person for c in guess_mapping(header)] == people


def test_the_cli_names_the_person_of_the_row(
    db_path: Path, event: EventInfo, agency_form: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(db_path), "import", str(agency_form), "--dry-run", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["would_import"] == 5
    persons = {c["header"]: c["person"] for c in report["columns"]}
    assert persons["ชื่อ-สกุล ผู้เข้าร่วมคนที่ 2"] == 2 and persons["ชื่อหน่วยงาน"] is None
    duplicate = next(i for i in report["issues"] if i["status"] == DUPLICATE)
    assert (duplicate["row"], duplicate["person"]) == (4, 2)
    assert duplicate["where"].endswith("row 4, person 2")


def test_an_attendee_left_out_of_the_mapping_leaves_the_others_as_they_are(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "ตอบรับ.xlsx", {"Sheet1": [
        ["หน่วยงาน", "ชื่อ-สกุล คนที่ 1", "ชื่อ-สกุล คนที่ 2", "ชื่อ-สกุล คนที่ 3"],
        ["อบต.บ้านดง", "นายสมชาย ใจดี", "นายธีระ คำมา", "นางวิไล มากมี"],
    ]})  # fmt: skip
    plan = import_file(db, event.id, path, overrides={"C": "ignore"})
    assert [(r.part, r.person.first_name) for r in plan.rows if r.person] == [
        (1, "สมชาย"), (3, "วิไล"),
    ]  # fmt: skip


@pytest.mark.parametrize("nobody", ["ไม่มีผู้ติดตาม", "ไม่มี ผู้ติดตาม", "(ว่าง)", "-"])
def test_a_follower_answered_as_none_is_no_one(
    nobody: str, db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "ผู้ติดตาม.xlsx", {"Sheet1": [
        ["ชื่อ-สกุล", "หน่วยงาน", "ผู้ติดตาม 1", "ผู้ติดตาม 2"],
        ["นายสมชาย ใจดี", "อบต.บ้านดง", "นางสมศรี ใจดี", nobody],
    ]})  # fmt: skip
    plan = import_file(db, event.id, path)
    assert sorted(by_first_name(db, event)) == ["สมชาย", "สมศรี"]
    assert plan.issues() == []


def test_a_year_after_the_attendees_word_numbers_no_one() -> None:
    header = ["ชื่อ-สกุล", "ตำแหน่ง", "หน่วยงาน", "ชื่อ-สกุล ผู้เข้าร่วมโครงการ 2568"]
    assert [c.person for c in guess_mapping(header)] == [0, 0, 0, 0]


def test_each_attendees_remark_may_cancel_that_attendee_alone(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "ตอบรับ.xlsx", {"Sheet1": [
        ["หน่วยงาน", "ชื่อ-สกุล คนที่ 1", "หมายเหตุ คนที่ 1", "ชื่อ-สกุล คนที่ 2", "หมายเหตุ คนที่ 2"],
        ["อบต.บ้านดง", "นายสมชาย ใจดี", "ไม่เข้าร่วมช่วงบ่าย", "นายธีระ คำมา", "ยกเลิก"],
    ]})  # fmt: skip
    plan = import_file(db, event.id, path)
    assert [(r.part, r.status) for r in plan.rows] == [(1, "new"), (2, "cancelled")]
