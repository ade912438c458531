"""Importing the shared sample registration files: every field as truth.json says, duplicates,
re-import, broken files and rows, dry runs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ecodesk.db import Database
from ecodesk.db.models import Participant
from ecodesk.exchange.importing.headers import guess_field
from ecodesk.exchange.importing.importer import (
    DELETED,
    DUPLICATE,
    ERROR,
    EXISTING,
    POSSIBLE_DUPLICATE,
    import_file,
)
from ecodesk.exchange.importing.reading import ImportFileError
from ecodesk.services.events import EventInfo, EventInput, create_event
from ecodesk.services.participants import (
    delete_participants,
    list_participants,
    restore_participants,
)

FIELDS = {
    "title": "title",
    "first": "first_name",
    "last": "last_name",
    "org": "organisation",
    "sector": "sector",
    "position": "position",
    "phone": "phone",
    "email": "email",
}
SAMPLE_FILES = [
    ("truth.json", "registration.xlsx"),
    ("truth.json", "sheet_with_title.xlsx"),
    ("truth.json", "walkins_cp874.csv"),
    ("truth.json", "walkins_utf8bom.csv"),
    ("legacy/truth.json", "office_list.xls"),
    ("legacy/truth.json", "forms_export.ods"),
]


@pytest.fixture
def event(db: Database) -> EventInfo:
    return create_event(db, EventInput("IMP", "นำเข้า", date(2022, 6, 16), date(2022, 6, 16)))


def _count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Participant)) or 0


@pytest.mark.parametrize(("truth_name", "file_name"), SAMPLE_FILES)
def test_every_row_becomes_its_clean_record(
    db: Database, event: EventInfo, samples: Path, truth_name: str, file_name: str
) -> None:
    truth_path = samples / truth_name
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    path = truth_path.parent / file_name
    plan = import_file(db, event.id, path)
    expected = [truth["people"][i] for i in truth["files"][file_name]]
    stored = list_participants(db, event.id)
    assert len(stored) == len(expected)
    # Fields the file has a column for; the truth holds the whole record of each person.
    present = {c.field for c in plan.columns} | {"first_name", "last_name", "title"}
    by_key = {(r.first_name, r.last_name, r.phone): r for r in stored}
    for person in expected:
        row = by_key[(person["first"], person["last"], person["phone"])]
        for key, attr in FIELDS.items():
            if attr in present:
                assert getattr(row, attr) == person[key], (file_name, key, person)


def test_duplicate_submission_once_same_name_people_both_kept(
    db: Database, event: EventInfo, samples: Path
) -> None:
    plan = import_file(db, event.id, samples / "registration.xlsx")
    dup = [r for r in plan.rows if r.status == DUPLICATE]
    assert len(dup) == 1 and "row 5" in dup[0].message
    possible = [r for r in plan.rows if r.status == POSSIBLE_DUPLICATE]
    assert {r.row for r in possible} == {7, 8}
    names = [r.full_name for r in list_participants(db, event.id)]
    assert names.count("นายปิยะนุช ทาแก้ว") == 1 and names.count("นางปิยะนุช ทาแก้ว") == 1


def test_reimport_changes_nothing(db: Database, event: EventInfo, samples: Path) -> None:
    import_file(db, event.id, samples / "sheet_with_title.xlsx")
    before = {(r.id, r.token) for r in list_participants(db, event.id)}
    again = import_file(db, event.id, samples / "sheet_with_title.xlsx")
    assert again.counts()[EXISTING] == 20 and again.imported == 0
    assert {(r.id, r.token) for r in list_participants(db, event.id)} == before


def test_a_person_deleted_at_the_desk_is_not_brought_back_by_importing_again(
    db: Database, event: EventInfo, samples: Path
) -> None:
    path = samples / "sheet_with_title.xlsx"
    import_file(db, event.id, path)
    gone = list_participants(db, event.id)[0]
    delete_participants(db, [gone.id])
    again = import_file(db, event.id, path)
    deleted = [r for r in again.rows if r.status == DELETED]
    assert again.imported == 0 and len(deleted) == 1
    assert deleted[0].person and deleted[0].person.first_name == gone.first_name
    assert f"row {deleted[0].row}: deleted at the desk" in "\n".join(again.issues())
    assert gone.id not in {r.id for r in list_participants(db, event.id)}
    # Brought back at the desk, the person is registered again, once.
    restore_participants(db, [gone.id])
    assert import_file(db, event.id, path).counts()[EXISTING] == 20


def test_an_edited_list_imported_again_adds_only_new_people(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    header = "ชื่อ-สกุล,หน่วยงาน,โทรศัพท์,อีเมล\n"
    first = tmp_path / "รายชื่อ.csv"
    first.write_text(
        header + "นายสมชาย ใจดี,เทศบาลตำบลแม่เมาะ,0811111111,\n"
        "นางสาวกัญญา ศรีสุข,บริษัท ก จำกัด,0822222222,kanya@example.org\n",
        encoding="utf-8",
    )
    import_file(db, event.id, first)
    edited = tmp_path / "รายชื่อ (แก้ไข).csv"
    edited.write_text(
        header + "นายสมชาย ใจดี,เทศบาลตำบลแม่เมาะ,0899999999,\n"  # phone corrected
        "ดร.กัญญา ศรีสุข,บริษัท ข จำกัด,0833333333,Kanya@example.org\n"  # moved, same e-mail
        "นายสมชาย ใจดี,โรงเรียนบ้านดง,0844444444,\n",  # someone else with the same name
        encoding="utf-8",
    )
    plan = import_file(db, event.id, edited)
    assert [r.status for r in plan.rows] == [EXISTING, EXISTING, POSSIBLE_DUPLICATE]
    assert plan.imported == 1 and _count(db) == 3


def test_people_under_a_sub_heading_take_its_sector(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = tmp_path / "รายชื่อตามภาค.csv"
    path.write_text(
        "ลำดับ,ชื่อ-สกุล,หน่วยงาน\n"
        ",หน่วยงานภาครัฐ,\n1,นายสมชาย ใจดี,เทศบาลตำบลแม่เมาะ\n2,นางสมศรี มีสุข,อบต.บ้านดง\n"
        ",ภาคเอกชน,\n3,นายธีระ คำมา,บริษัท ก จำกัด\n",
        encoding="utf-8",
    )
    plan = import_file(db, event.id, path)
    assert plan.counts()["note"] == 2 and plan.imported == 3
    sectors = {r.first_name: r.sector for r in list_participants(db, event.id)}
    assert sectors == {"สมชาย": "หน่วยงานภาครัฐ", "สมศรี": "หน่วยงานภาครัฐ", "ธีระ": "ภาคเอกชน"}


def test_people_under_an_organisation_heading_take_it_where_they_have_none(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = tmp_path / "รายชื่อตามหน่วยงาน.csv"
    path.write_text(
        "ลำดับ,ชื่อ-สกุล,ตำแหน่ง,หน่วยงาน\n"
        ",สำนักงานอุตสาหกรรมจังหวัดลำปาง,,\n1,นายสมชาย ใจดี,อุตสาหกรรมจังหวัด,\n"
        ",รวม 1 คน,,\n"
        ",บริษัท ปูนซีเมนต์ลำปาง จำกัด,,\n2,นางสมศรี มีสุข,วิศวกร,\n3,นายธีระ คำมา,,อบต.บ้านดง\n",
        encoding="utf-8",
    )
    plan = import_file(db, event.id, path)
    assert plan.counts()["note"] == 3 and plan.imported == 3
    places = {r.first_name: r.organisation for r in list_participants(db, event.id)}
    assert places == {
        "สมชาย": "สำนักงานอุตสาหกรรมจังหวัดลำปาง",
        "สมศรี": "บริษัท ปูนซีเมนต์ลำปาง จำกัด",
        "ธีระ": "อบต.บ้านดง",
    }


def test_dry_run_writes_nothing(db: Database, event: EventInfo, samples: Path) -> None:
    plan = import_file(db, event.id, samples / "walkins_cp874.csv", dry_run=True)
    assert len(plan.to_import) == 19 and plan.encoding == "cp874"
    assert _count(db) == 0


def test_broken_file_is_refused_and_nothing_changes(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    broken = tmp_path / "รายชื่อ.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(ImportFileError, match=r"รายชื่อ\.xlsx"):
        import_file(db, event.id, broken)
    assert _count(db) == 0


def test_bad_rows_are_reported_and_the_rest_imported(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(
        "ชื่อ-สกุล,หน่วยงาน,เบอร์โทร\n"
        "นายสมชาย ใจดี,อบต.แม่เมาะ,0812345678\n"
        ",ไม่มีชื่อ,0811111111\n"
        "นางสาวเพ็ญศรี  สุขเกษม ,=1+1,๐๘๑-๒๒๒-๓๓๓๓\n",
        encoding="utf-8",
    )
    plan = import_file(db, event.id, csv_file)
    errors = [r for r in plan.rows if r.status == ERROR]
    assert [(r.row, r.message) for r in errors] == [(3, "no name")]
    assert plan.issues() == ["list.csv, sheet list, row 3: no name"]
    rows = {r.first_name: r for r in list_participants(db, event.id)}
    assert rows["เพ็ญศรี"].organisation == "=1+1"
    assert rows["เพ็ญศรี"].phone == "0812223333"
    assert rows["สมชาย"].source == "list.csv"


def test_mapping_can_be_overridden(db: Database, event: EventInfo, tmp_path: Path) -> None:
    csv_file = tmp_path / "odd.csv"
    csv_file.write_text("คนที่มา;ที่ทำงาน\nนายสมชาย ใจดี;อบต.แม่เมาะ\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="--map"):
        import_file(db, event.id, csv_file)
    import_file(db, event.id, csv_file, overrides={"A": "full_name", "ที่ทำงาน": "organisation"})
    (row,) = list_participants(db, event.id)
    assert (row.title, row.first_name, row.organisation) == ("นาย", "สมชาย", "อบต.แม่เมาะ")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("ชื่อ-นามสกุล (โปรดระบุคำนำหน้า)", "full_name"),
        ("หน่วยงาน/สังกัด", "organisation"),
        ("เบอร์โทรศัพท์ที่ติดต่อได้", "phone"),
        ("ประเภทผู้เข้าร่วม", "sector"),
        ("ประเภทหน่วยงาน", "sector"),
        ("ลายมือชื่อ (เช้า)", ""),
        ("ชื่อเล่น", ""),
        ("Email Address", "email"),
        ("First Name", "first_name"),
        ("Last name", "last_name"),
        ("Organization", "organisation"),
        ("Job Title", "position"),
        ("Mobile", "phone"),
        ("เบอร์ติดต่อ", "phone"),
        ("ชื่อสถานประกอบการ", "organisation"),
        ("ยศ/คำนำหน้า", "title"),
        ("ท่านยินยอมให้เก็บและใช้ข้อมูลส่วนบุคคลเพื่อการจัดสัมมนาครั้งนี้", "consent"),
    ],
)
def test_headers_map_to_fields(header: str, field: str) -> None:
    assert (guess_field(header) or "") == field


def test_header_below_title_rows_on_a_later_sheet(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    cover = workbook.active
    cover.title = "คำชี้แจง"
    cover.append(["โปรดกรอกรายชื่อในแผ่นงานถัดไป"])
    sheet = workbook.create_sheet("รายชื่อ")
    sheet.append(["รายชื่อผู้เข้าร่วมประชุม"])
    sheet.merge_cells("A1:E1")
    sheet.append([])
    sheet.append(["ที่", "ชื่อ - สกุล", "ตำแหน่ง", "หน่วยงาน", "ลายมือชื่อ"])
    sheet.append([1, "ว่าที่ร.ต.สมปอง  ดีงาม", "ครู", "โรงเรียนแม่เมาะวิทยา", ""])
    sheet.append([])
    sheet.append([2, "Ms.Anna Smith", "Advisor", "Eco-Town Advisory Office", ""])
    sheet.append(["รวม 2 คน"])
    path = tmp_path / "ประชุม.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    assert (plan.sheet, plan.header_row) == ("รายชื่อ", 3)
    rows = {r.first_name: r for r in list_participants(db, event.id)}
    assert (rows["สมปอง"].title, rows["สมปอง"].last_name) == ("ว่าที่ร.ต.", "ดีงาม")
    assert (rows["Anna"].title, rows["Anna"].organisation) == ("Ms.", "Eco-Town Advisory Office")
    assert plan.counts()["note"] == 1


def test_cancelled_import_leaves_the_database_unchanged(
    db: Database, event: EventInfo, samples: Path
) -> None:
    from ecodesk.services.progress import Cancelled, Progress

    stop = Progress()
    stop.cancelled = True
    with pytest.raises(Cancelled):
        import_file(db, event.id, samples / "registration.xlsx", progress=stop)
    assert _count(db) == 0


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp874", "utf-16"])
def test_csv_encodings_are_detected(
    db: Database, event: EventInfo, tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "walkins.csv"
    separator = "\t" if encoding == "utf-16" else ","
    text = separator.join(["ชื่อ-สกุล", "หน่วยงาน"]) + "\n"
    text += separator.join(["นางสาวเกศินี โพธิ์ทอง", "เทศบาลตำบลแม่เมาะ"]) + "\n"
    path.write_bytes(text.encode(encoding))
    import_file(db, event.id, path)
    (row,) = list_participants(db, event.id)
    assert (row.title, row.first_name, row.last_name, row.organisation) == (
        "นางสาว", "เกศินี", "โพธิ์ทอง", "เทศบาลตำบลแม่เมาะ",
    )  # fmt: skip


def test_name_header_merged_over_title_first_and_last(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ลำดับ", "ชื่อ - สกุล", None, None, "หน่วยงาน", "ลายมือชื่อ"])
    sheet.merge_cells("B1:D1")
    sheet.append([1, "นาย", "ประสิทธิ์", "ณ ลำปาง", "เทศบาลตำบลแม่เมาะ", None])
    sheet.append([2, "ผศ.ดร.", "วิไล", "ใจงาม", "มหาวิทยาลัยราชภัฏลำปาง", None])
    path = tmp_path / "ใบลงชื่อ.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    assert [c.field for c in plan.columns[1:4]] == ["title", "first_name", "last_name"]
    rows = sorted((r.title, r.first_name, r.last_name) for r in list_participants(db, event.id))
    assert rows == [("นาย", "ประสิทธิ์", "ณ ลำปาง"), ("ผศ.ดร.", "วิไล", "ใจงาม")]


def test_two_row_header(db: Database, event: EventInfo, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ที่", "ชื่อ-สกุล", None, None, "ตำแหน่ง", "หน่วยงาน"])
    sheet.append([None, "คำนำหน้า", "ชื่อ", "นามสกุล", None, None])
    sheet.merge_cells("B1:D1")
    sheet.merge_cells("E1:E2")
    sheet.append([1, "นางสาว", "อรุณี", "แสนคำ", "นักวิชาการ", "อบต.แม่เมาะ"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    assert plan.header_row == 2 and plan.counts()["new"] == 1
    (row,) = list_participants(db, event.id)
    assert (row.title, row.first_name, row.last_name, row.position, row.organisation) == (
        "นางสาว", "อรุณี", "แสนคำ", "นักวิชาการ", "อบต.แม่เมาะ",
    )  # fmt: skip
