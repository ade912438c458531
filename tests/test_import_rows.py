"""One row of a registration list: consent answers, remarks and totals around the table, the
title typed again in the first-name column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ecodesk.db import Database
from ecodesk.exchange.importing.columns import Column
from ecodesk.exchange.importing.headers import IGNORE
from ecodesk.exchange.importing.importer import import_file
from ecodesk.exchange.importing.reading import Cell
from ecodesk.exchange.importing.rows import (
    RowError,
    RowReader,
    contact_key,
    organisation_heading,
    parse_consent,
    row_texts,
    sub_heading,
)
from ecodesk.services.events import EventInput, create_event

REFUSALS = [
    "ไม่ยินยอม",
    "ข้าพเจ้าไม่ยินยอม",
    "ข้าพเจ้าไม่ยินยอมให้ใช้ข้อมูลส่วนบุคคล",
    "ไม่ ยินยอม",
    "ไม่ได้ยินยอม",
    "ไม่ให้ความยินยอม",
    "ข้าพเจ้าไม่ได้ให้ความยินยอม",
    "ไม่ยอมรับ",
    "ไม่อนุญาต",
    "ไม่อนุญาตให้เผยแพร่ภาพและข้อมูล",
    "ไม่ตกลง",
    "ไม่ประสงค์ให้เก็บข้อมูล",
    "ไม่ต้องการ",
    "ไม่เห็นด้วย",
    "ไม่ใช่",
    "ไม่",
    "ปฏิเสธ",
    "No",
    "no",
    "N",
    "No, I do not agree",
    "I do not agree",
    "I don't agree",
    "I don\u2019t agree",
    "I disagree",
    "Disagree",
    "Not agree",
    "I do not consent",
    "I decline",
    "false",
    "0",
    False,
]
CONSENTS = [
    "ยินยอม",
    "ข้าพเจ้ายินยอม",
    "ข้าพเจ้ายินยอมให้ใช้ข้อมูลส่วนบุคคล",
    "ยินยอมให้เก็บข้อมูล",
    "ยินยอม (ข้อมูลจะไม่ถูกเปิดเผยต่อบุคคลภายนอก)",
    "ยอมรับ",
    "อนุญาต",
    "ตกลง",
    "ใช่",
    "Yes",
    "yes",
    "Y",
    "Yes, I agree",
    "YES I AGREE",
    "I agree",
    "Agree",
    "I consent",
    "I accept",
    "true",
    "1",
    1,
    "✓",
    True,
]


@pytest.mark.parametrize("answer", REFUSALS)
def test_a_refusal_is_never_stored_as_consent(answer: object) -> None:
    assert parse_consent(answer) is False


@pytest.mark.parametrize("answer", CONSENTS)
def test_consent_in_thai_and_english(answer: object) -> None:
    assert parse_consent(answer) is True


@pytest.mark.parametrize("answer", ["", None, "อื่น ๆ", "maybe", "None"])
def test_an_answer_that_says_neither_is_unknown(answer: object) -> None:
    assert parse_consent(answer) is None


def _columns(*fields: str) -> list[Column]:
    return [Column(i, f, f) for i, f in enumerate(fields)]


# ลำดับ | คำนำหน้า | ชื่อ | นามสกุล | หน่วยงาน, as an office types its list.
OFFICE = _columns(IGNORE, "title", "first_name", "last_name", "organisation")
# ลำดับ | ชื่อ-สกุล | หน่วยงาน | ลายมือชื่อ, a sign-in sheet.
SIGN_IN = _columns(IGNORE, "full_name", "organisation", IGNORE)


def _texts(cells: list[Cell], columns: list[Column]) -> list[str]:
    return list(row_texts([cells], [c.field != IGNORE for c in columns])[0])


@pytest.mark.parametrize(
    ("cells", "columns"),
    [
        (["รวมทั้งสิ้น", None, "7 คน", None, None], OFFICE),
        (["รวม", None, "7 คน", None, None], OFFICE),
        (["รวม", 3, None, None], SIGN_IN),
        (["Total", "12 persons", None, None], SIGN_IN),
        ([None, "รวมทั้งสิ้น", "7 คน", None], SIGN_IN),
        ([None, "รวม 7 คน", None, None], SIGN_IN),
        ([None, "จำนวนผู้เข้าร่วม 7 คน", None, None], SIGN_IN),
        (["รวม 2 คน", None, None, None], SIGN_IN),
        ([None, "ข้อมูล ณ วันที่ 15 มิถุนายน 2565", None, None], SIGN_IN),
        ([None, "ลงชื่อ..............................ผู้จัดทำ", None, None], SIGN_IN),
        ([None, "ลงชื่อ", None, None], SIGN_IN),
        ([None, "..................................", None, None], SIGN_IN),
        ([None, "______________ ผู้รับรอง", None, None], SIGN_IN),
        ([None, "(นางสาวอรทัย ใจซื่อ)", None, None], SIGN_IN),
        ([None, "(ลงชื่อ) นางสาวอรทัย ใจซื่อ", None, None], SIGN_IN),
        ([None, "* ผู้ไม่ได้ลงทะเบียนล่วงหน้า", None, None], SIGN_IN),
        ([None, "(นางสาวอรทัย ใจซื่อ) ผู้รายงาน", None, None], SIGN_IN),
        ([None, "( นายสมชาย ใจดี )", "ผู้อำนวยการกอง", None], SIGN_IN),
        ([None, "เจ้าหน้าที่ธุรการ", None, None], SIGN_IN),
        ([None, "หัวหน้าฝ่ายบริหารงานทั่วไป", None, None], SIGN_IN),
        ([None, "หมายเหตุ: ผู้ไม่ได้ลงทะเบียนล่วงหน้า ลงชื่อที่โต๊ะ", None, None], SIGN_IN),
        (["หมายเหตุ: ผู้ไม่ได้ลงทะเบียนล่วงหน้า", None, None, None, None], OFFICE),
        ([None, None, None, None, "ลงชื่อ...........ผู้รายงาน"], OFFICE),
        ([None, "Note: walk-ins sign at the desk", None, None], SIGN_IN),
        ([None, "รวมผู้เข้าร่วมทั้งสิ้น 6 คน", None, None], SIGN_IN),
        ([None, "ลงทะเบียนทั้งหมด 25 คน", None, None], SIGN_IN),
        ([None, "ยกเลิก 2 ราย", None, None], SIGN_IN),
        ([None, "ยืนยันแล้ว 1,024 คน", None, None], SIGN_IN),
        (["ตัวอย่าง", "นาย", "สมชาย", "ใจดี", "สำนักงาน ก"], OFFICE),
        (["Example", "Mr.", "John", "Smith", "Office"], OFFICE),
        ([None, "นายสมชาย ใจดี", "สำนักงาน ก", "ตัวอย่างการกรอก ห้ามลบ"], SIGN_IN),
        ([None, "ตำแหน่ง นักวิชาการเกษตร", None, "ตำแหน่ง เกษตรจังหวัดลำปาง"], SIGN_IN),
        ([None, "เจ้าหน้าที่โครงการ", None, "หัวหน้าส่วนราชการ"], SIGN_IN),
        # A group's subtotal, its count in a column of its own or none.
        ([None, "รวมหน่วยงาน", None, None], SIGN_IN),
        ([None, "รวมภาคเอกชน", None, "2"], _columns(IGNORE, "full_name", "organisation", "phone")),
        ([None, "รวมสถานประกอบการ 4 ราย", None, None], SIGN_IN),
        # What a PDF converter leaves in the name column on every page: the title, the page
        # number, the footer, and the organisation over its group of people.
        ([None, "รายชื่อผู้เข้าร่วมสัมมนา จังหวัดลำปาง (ต่อ)", None, None], SIGN_IN),
        ([None, "หน้า 2 / 3", None, None], SIGN_IN),
        ([None, "- ๒ -", None, None], SIGN_IN),
        ([None, "พิมพ์จากระบบลงทะเบียน เมื่อ 12/06/2568", None, None], SIGN_IN),
        ([None, "สำนักงานอุตสาหกรรมจังหวัดลำปาง", None, None], SIGN_IN),
        ([None, "บริษัท ปูนซีเมนต์ลำปาง จำกัด", None, None], SIGN_IN),
        # A letter's list signed by an official: the position line under the bracketed name;
        # its coordinator named under it, labelled in the ลำดับ column.
        ([None, "ผู้ว่าราชการจังหวัดลำปาง", None, None], SIGN_IN),
        ([None, "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทน", None, None], SIGN_IN),
        ([None, "นายอำเภอแม่เมาะ", None, None], SIGN_IN),
        (["ผู้ประสานงาน", "นางสาวสุนันทา ใจบุญ", "อำเภอแม่เมาะ", None], SIGN_IN),
        # A seat left vacant in a nomination list.
        ([2, "ว่าง", "อบต.บ้านสา", None], SIGN_IN),
        ([3, "-", "อบต.บ้านสา", None], SIGN_IN),
        # A province's list grouped by อำเภอ, the heading typed in the name column.
        ([None, "อำเภอเกาะคา", None, None], SIGN_IN),
        ([None, "อำเภอเกาะคา", None, "2 คน"], SIGN_IN),
        ([None, "หน่วยงานภาครัฐ", "12", None], SIGN_IN),
        # An international seminar's delegations and groups.
        ([None, "LAO PDR", None, None], SIGN_IN),
        ([None, "VIET NAM", None, None], SIGN_IN),
        ([None, "Resource Persons", None, None], SIGN_IN),
        ([None, "Delegation of Cambodia", None, None], SIGN_IN),
        ([None, "สาธารณรัฐสังคมนิยมเวียดนาม", None, None], SIGN_IN),
        ([None, "คณะผู้แทนราชอาณาจักรกัมพูชา", None, None], SIGN_IN),
        # A provincial or district officer's position under their name.
        ([None, "อุตสาหกรรมจังหวัดลำปาง", None, None], SIGN_IN),
        ([None, "สาธารณสุขอำเภอแม่เมาะ", None, None], SIGN_IN),
        (
            [None, None, None, "เช้า", "บ่าย"],
            _columns(IGNORE, "full_name", "organisation", IGNORE, IGNORE),
        ),
    ],
)
def test_totals_remarks_and_sign_off_lines_are_notes(
    cells: list[Cell], columns: list[Column]
) -> None:
    assert RowReader(columns, "").is_note(_texts(cells, columns))


@pytest.mark.parametrize(
    ("cells", "columns"),
    [
        ([1, "นาย", "สมชาย", "ใจดี", "อบต.แม่เมาะ"], OFFICE),
        ([2, None, "สมปอง", None, None], OFFICE),
        ([None, "สมปอง", None, None], SIGN_IN),
        ([3, "นายรวมพล ศรีสุข", "อบต.นาสัก", None], SIGN_IN),
        ([4, "นางนวล ทองดี", "ชุมชนบ้านดง", None], SIGN_IN),
        ([5, "Note Chaiyaporn", "CMU", None], SIGN_IN),
        ([6, "Mr. Total Smith", "UNDP", None], SIGN_IN),
        ([7, "สมชาย ใจดี (ต้น)", "อบต.นาสัก", None], SIGN_IN),
        ([8, "เจษฎา แสนดี", None, None], SIGN_IN),
        ([9, "หัทยา มีสุข", "รวมใจการช่าง", None], SIGN_IN),
        ([10, "จำนงค์ ศรีสุข", "อบต.นาสัก", None], SIGN_IN),
        ([11, "สมศรี ตัวอย่างดี", "ร้านตัวอย่าง", None], SIGN_IN),
        ([12, "Jane Example", "example@gmail.com", None], SIGN_IN),
        ([None, "พิมพ์ชนก ใจดี", None, None], SIGN_IN),
        ([None, "Mg Aung", None, None], SIGN_IN),
        ([None, "Guest Chaiya", None, None], SIGN_IN),
        ([None, "China", "Lampang Ceramics", None], SIGN_IN),
        ([13, "นายบัญชา รวมพล", "สำนักงานเกษตรอำเภอ", None], SIGN_IN),
        ([14, "นายอำนาจ ปัญญาวงศ์", "ที่ทำการปกครองอำเภอแม่เมาะ", None], SIGN_IN),
        ([None, "สมปอง", None, "2 คน"], SIGN_IN),
        ([None, "สมปอง ใจดี", "0812345678"], _columns(IGNORE, "full_name", "phone")),
        # A monk's Pali grade holds a digit; a phone beside a name is no group's count.
        ([None, "พระมหาสมปอง ป.ธ.9", "0812345678"], _columns(IGNORE, "full_name", "phone")),
        ([None, "พระมหาสมปอง ป.ธ.๙", None, None], SIGN_IN),
        ([None, "สมพร ผู้ประสานงาน", None, "ผู้ประสานงาน"], SIGN_IN),
        # A sign-in sheet's name typed with the person's office, class or phone after it.
        ([1, "นายสมหมาย ใจงาม ปลัดอำเภอแม่ทะ", None, None], SIGN_IN),
        ([2, "นางสาวสมศรี มีสุข สาธารณสุขอำเภอแม่เมาะ", None, None], SIGN_IN),
        ([3, "ด.ช.ปิยะ ดีมาก ม.3/1", None, None], SIGN_IN),
        ([4, "นายประเสริฐ ทองคำ 081-234-5678", None, None], SIGN_IN),
        # An organisation whose name starts as a total's word does.
        ([5, "นางสาวรวมใจ สุขดี", "รวมกลุ่มวิสาหกิจชุมชนบ้านนา", None], SIGN_IN),
        ([6, "Mr. John Smith", "Total Access Communication PCL", None], SIGN_IN),
        # 'ชื่อ' (name), as a header says it, inside 'เชื่อ' of a name without a title.
        ([7, "สมชาย เชื่อมชัย", "โรงเรียนบ้านนา", None], SIGN_IN),
        ([8, "เชื่อม ศรีสุข", "โรงเรียนบ้านนา", None], SIGN_IN),
        # The list's number typed in the name cell.
        ([None, "1 นายสมชาย ใจดี", "อบต.นาสัก", None], SIGN_IN),
        ([None, "๒.นางสาวสมศรี มีสุข", None, None], SIGN_IN),
        # A remark in brackets before the name.
        ([None, "(แทน) นายสมชาย ใจดี", "อบต.นาสัก", None], SIGN_IN),
        ([None, "*นางสาวพิมพ์ ใจงาม", None, None], SIGN_IN),
        # A position before the name that starts as a coordinator's label does.
        (
            [1, "ผู้ประสานงานเครือข่าย", "นายสมชาย ใจดี", "0812345678"],
            _columns(IGNORE, "position", "full_name", "phone"),
        ),
    ],
)
def test_people_are_not_notes(cells: list[Cell], columns: list[Column]) -> None:
    assert not RowReader(columns, "").is_note(_texts(cells, columns))


@pytest.mark.parametrize("number", [8, 8.0, "8", " 8 ", "๘"])
def test_a_line_numbered_ahead_and_left_empty_is_blank(number: Cell) -> None:
    assert not any(_texts([number, None, "", None, None], OFFICE))


def test_a_phone_without_a_name_is_an_error_not_a_note() -> None:
    columns = _columns(IGNORE, "full_name", "phone", IGNORE)
    cells: list[Cell] = [5, None, "0812345678", "มาแทน"]
    assert not RowReader(columns[1:3], "").is_note(_texts(cells, columns))


def test_a_number_or_a_date_in_the_name_column_is_an_error_not_a_note() -> None:
    for cell in ("12", 12, date(2022, 6, 16)):
        cells: list[Cell] = [11, cell, "เทศบาลตำบลแม่เมาะ", None]
        texts = _texts(cells, SIGN_IN)
        assert not RowReader(SIGN_IN, "").is_note(texts)
        with pytest.raises(RowError):
            RowReader(SIGN_IN[1:3], "list.xlsx").person(cells, texts)


@pytest.mark.parametrize(
    "name",
    ["1 นายสมชาย ใจดี", "1. นายสมชาย ใจดี", "๑)นายสมชาย ใจดี", "(ผู้แทน) นายสมชาย ใจดี", "*นายสมชาย ใจดี"],
)
def test_the_lists_number_or_a_remark_before_a_name_is_not_part_of_it(name: str) -> None:
    cells: list[Cell] = [None, name, "อบต.นาสัก", None]
    person = RowReader(SIGN_IN, "list.xlsx").person(cells, _texts(cells, SIGN_IN))
    assert (person.title, person.first_name, person.last_name) == ("นาย", "สมชาย", "ใจดี")


def test_whole_name_typed_over_merged_title_and_name_columns() -> None:
    reader = RowReader(OFFICE[1:], "list.xlsx")
    cells: list[Cell] = [3, "นางสาวกัญญา ศรีสุข", None, None, "บริษัท ลำปางเซรามิก จำกัด"]
    person = reader.person(cells, _texts(cells, OFFICE))
    assert (person.title, person.first_name, person.last_name) == ("นางสาว", "กัญญา", "ศรีสุข")
    cells = [4, "นาย", None, None, "อบต.บ้านดง"]  # a title and no name
    with pytest.raises(RowError):
        reader.person(cells, _texts(cells, OFFICE))


def test_office_list_with_totals_and_sign_off_imports_only_the_people(
    db: Database, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["รายชื่อผู้เข้าร่วมสัมมนา"])
    sheet.append(["ลำดับ", "ชื่อ - สกุล", "หน่วยงาน", "ลายมือชื่อ"])
    sheet.append([1, "นายสมชาย ใจดี", "อบต.แม่เมาะ", None])
    sheet.append([2, "นางสาวเกศินี โพธิ์ทอง", "เทศบาลตำบลแม่เมาะ", None])
    sheet.append([3])  # numbered ahead, left empty
    sheet.append([4])
    sheet.append(["รวม", "2 คน"])
    sheet.append([None, "ข้อมูล ณ วันที่ 15 มิถุนายน 2565"])
    sheet.append([None, "ลงชื่อ..............................ผู้จัดทำ"])
    sheet.append([None, "(นางสาวอรทัย ใจซื่อ)"])
    sheet.append([None, "เจ้าหน้าที่ธุรการ"])
    path = tmp_path / "รายชื่อ.xlsx"
    workbook.save(path)
    event = create_event(db, EventInput("ROWS", "สัมมนา", date(2022, 6, 16), date(2022, 6, 16)))
    plan = import_file(db, event.id, path, dry_run=True)
    assert [(r.row, r.status) for r in plan.rows] == [
        (3, "new"), (4, "new"), (7, "note"), (8, "note"), (9, "note"), (10, "note"), (11, "note"),
    ]  # fmt: skip


# ประทับเวลา | คำนำหน้า | ชื่อ | นามสกุล, as a Google Form asks for a name.
FORM = _columns(IGNORE, "title", "first_name", "last_name")


@pytest.mark.parametrize(
    ("title", "first", "expected"),
    [
        ("นางสาว", "น.ส.กัญญา", ("นางสาว", "กัญญา", "ศรีสุข")),
        ("น.ส.", "นางสาวกัญญา", ("น.ส.", "กัญญา", "ศรีสุข")),
        ("ผศ.", "ผู้ช่วยศาสตราจารย์ปิยะ", ("ผศ.", "ปิยะ", "ศรีสุข")),
        # The title column's abbreviation typed without its dots.
        ("นส", "นางสาวกัญญา", ("นส", "กัญญา", "ศรีสุข")),
        ("ผศ", "ผู้ช่วยศาสตราจารย์ปิยะ", ("ผศ", "ปิยะ", "ศรีสุข")),
        ("นาย", "นาย ธีรวัฒน์", ("นาย", "ธีรวัฒน์", "ศรีสุข")),
        ("นาย", "นายธีรวัฒน์", ("นาย", "ธีรวัฒน์", "ศรีสุข")),
        ("ดร.", "ผศ.ดร. ปิยะ", ("ดร.", "ปิยะ", "ศรีสุข")),
        (None, "ผู้ช่วยศาสตราจารย์ ดร.สมพงษ์", ("ผู้ช่วยศาสตราจารย์ ดร.", "สมพงษ์", "ศรีสุข")),
        (None, "น.ส.กัญญา", ("น.ส.", "กัญญา", "ศรีสุข")),
        ("นาย", "พระพาย", ("นาย", "พระพาย", "ศรีสุข")),
        ("นาง", "สมศรี", ("นาง", "สมศรี", "ศรีสุข")),
    ],
)
def test_title_typed_again_in_the_first_name_column(
    title: str | None, first: str, expected: tuple[str, str, str]
) -> None:
    cells: list[Cell] = [None, title, first, "ศรีสุข"]
    person = RowReader(FORM[1:], "form.xlsx").person(cells, _texts(cells, FORM))
    assert (person.title, person.first_name, person.last_name) == expected


def test_people_without_a_phone_are_told_apart_by_e_mail_and_organisation(
    db: Database, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ชื่อ-สกุล", "หน่วยงาน", "เบอร์โทร", "อีเมล"])
    sheet.append(["นายสมชาย ใจดี", "เทศบาลตำบลแม่เมาะ", "-", None])
    sheet.append(["นายสมชาย ใจดี", "บริษัท ลำปางเซรามิก จำกัด", "–", None])
    sheet.append(["นางสุดา มีสุข", "อบต.บ้านดง", "ไม่มี", "suda@a.th"])
    sheet.append(["นางสาวสุดา มีสุข", "อบต.บ้านดง", "ไม่มี", "suda2@b.th"])
    sheet.append(["นายอนุชา วงศ์คำ", "อบต.สบป้าด", "ไม่ระบุ", None])
    sheet.append(["นายอนุชา วงศ์คำ", "อบต.สบป้าด", "n/a", None])
    path = tmp_path / "รายชื่อ.xlsx"
    workbook.save(path)
    event = create_event(db, EventInput("NOPH", "สัมมนา", date(2022, 6, 16), date(2022, 6, 16)))
    plan = import_file(db, event.id, path, dry_run=True)
    assert [r.status for r in plan.rows] == [
        "possible_duplicate", "possible_duplicate", "possible_duplicate", "possible_duplicate",
        "new", "duplicate",
    ]  # fmt: skip
    assert {r.person.phone for r in plan.rows if r.person} == {""}


def test_a_phone_without_digits_does_not_name_a_person() -> None:
    assert contact_key("0812345678", "a@b.th", "อบต.") == "0812345678"
    assert contact_key("ติดต่อผ่านหน่วยงาน", "A@b.th", "อบต.") == "a@b.th"
    assert contact_key("ติดต่อผ่านหน่วยงาน", "", "อบต.บ้านดง") == contact_key("", "", "อบต.บ้านดง")


# ลำดับ | ชื่อ-สกุล | หน่วยงาน | ตำแหน่ง | โทรศัพท์, one block of a list that repeats its header.
BLOCK = [
    Column(i, header, field)
    for i, (header, field) in enumerate(
        [("ลำดับ", IGNORE), ("ชื่อ-สกุล", "full_name"), ("หน่วยงาน", "organisation"),
         ("ตำแหน่ง", "position"), ("โทรศัพท์", "phone")]
    )
]  # fmt: skip


@pytest.mark.parametrize(
    "cells",
    [
        ["ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "ตำแหน่ง", "โทรศัพท์"],
        ["ลำดับ", "ชื่อ - สกุล", "หน่วยงาน", "ตำแหน่ง", "เบอร์โทร"],
        ["ที่", "ชื่อ - นามสกุล", "สังกัด", None, "มือถือ"],
        [None, "ชื่อ-สกุล", None, None, None],
        [None, "Full name", "Organisation", "Position", None],
    ],
)
def test_a_header_repeated_inside_the_list_is_a_note(cells: list[Cell]) -> None:
    fields = [c.field for c in BLOCK]
    assert RowReader([c for c in BLOCK if c.field], "").is_note(_texts(cells, _columns(*fields)))


@pytest.mark.parametrize(
    "cells",
    [
        [1, "สมชาย ชื่อดี", "หน่วยงาน ก", "ตำแหน่ง ก", "0812345678"],
        [None, "นายสมชาย ชื่อดี", "หน่วยงาน ก", "ตำแหน่ง ก", None],
        [2, "Mr. Nameer Khan", "UNDP", "Officer", "0812345679"],
        [3, "นางสาวสุนันทา ศรีสกุล", "บริษัท ลำปางเซรามิก จำกัด", None, None],
    ],
)
def test_people_in_a_list_with_repeated_headers_are_people(cells: list[Cell]) -> None:
    fields = [c.field for c in BLOCK]
    reader = RowReader([c for c in BLOCK if c.field], "")
    assert not reader.is_note(_texts(cells, _columns(*fields)))


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("หน่วยงานภาครัฐ", "หน่วยงานภาครัฐ"),
        ("ภาคเอกชน", "ภาคเอกชน"),
        ("1. สถานประกอบการ", "สถานประกอบการ"),
        ("กลุ่มที่ 3 ภาคประชาชน", "ภาคประชาชน"),
        ("ก. สถาบันการศึกษา", "สถาบันการศึกษา"),
        ("กลุ่มเกษตรกร", "กลุ่มเกษตรกร"),
    ],
)
def test_a_sub_heading_in_the_name_column_is_a_note_naming_a_sector(name: str, sector: str) -> None:
    texts = _texts([None, name, None, None], SIGN_IN)
    assert RowReader(SIGN_IN, "").is_note(texts)
    assert sub_heading(texts) == sector


@pytest.mark.parametrize("name", ["รพ.สต.บ้านท่าสี", "สสอ.แม่เมาะ", "ทต.แม่เมาะ", "สพป.ลำปาง เขต 1"])
def test_an_abbreviated_unit_alone_in_the_name_column_heads_its_people(name: str) -> None:
    texts = _texts([None, name, None, None], SIGN_IN)
    assert RowReader(SIGN_IN, "").is_note(texts)
    assert organisation_heading(texts) == name


@pytest.mark.parametrize(
    "name",
    [
        "ครูผู้ควบคุมทีม", "นักเรียน", "ครูและนักเรียน", "อาจารย์ที่ปรึกษา", "วิทยากร", "นักเรียน (5 คน)",
        "ผู้บริหาร", "ผู้บริหารสถานศึกษา", "ข้าราชการครู", "ครูอัตราจ้าง", "พนักงานราชการ",
        "ลูกจ้างประจำ", "บุคลากรทางการศึกษา", "อสม.", "อสม. (12 คน)",
    ],
)  # fmt: skip
def test_a_group_by_role_in_the_name_column_is_a_note_naming_no_sector(name: str) -> None:
    texts = _texts([None, name, None, None], SIGN_IN)
    assert RowReader(SIGN_IN, "").is_note(texts)
    assert sub_heading(texts) == ""


@pytest.mark.parametrize(
    "name", ["ภาคภูมิ", "ภาคิน ศรีสุข", "สถาพร", "กล้า", "ภาคภูมิ ใจดี", "ครูสมศรี", "ทีมงาม"]
)
def test_a_one_word_name_alone_on_its_row_is_a_person(name: str) -> None:
    texts = _texts([5, name, None, None], SIGN_IN)
    assert not RowReader(SIGN_IN, "").is_note(texts)
    assert sub_heading(texts) == ""


def test_a_list_in_blocks_imports_only_the_people(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "โทรศัพท์"])
    sheet.append([None, "หน่วยงานภาครัฐ"])
    sheet.append([1, "นายสมพงษ์ ทองดี", "อบต.บ้านดง", "0812340001"])
    sheet.append(["ลำดับ", "ชื่อ - สกุล", "หน่วยงาน", "เบอร์โทร"])
    sheet.append([None, "1. สถานประกอบการ"])
    sheet.append([1, "นายอนันต์ ศรีเมือง", "บริษัท เอสซีจี จำกัด", "0812340004"])
    path = tmp_path / "รายชื่อ.xlsx"
    workbook.save(path)
    event = create_event(db, EventInput("BLOCK", "สัมมนา", date(2022, 6, 16), date(2022, 6, 16)))
    plan = import_file(db, event.id, path, dry_run=True)
    assert [(r.row, r.status) for r in plan.rows] == [
        (2, "note"), (3, "new"), (4, "note"), (5, "note"), (6, "new"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "amount", "when"),
    [
        ("ชื่อ - สกุล", "จำนวนเงิน (บาท)", "วันที่รับเงิน"),
        ("ชื่อ - สกุล ผู้รับเงิน", "จำนวน (บาท)", "วัน/เดือน/ปี ที่รับเงิน"),
        ("ชื่อผู้รับเงิน", "ค่าตอบแทน", "เวลา"),
    ],
)
def test_an_allowance_sheet_imports_only_the_people(
    db: Database, tmp_path: Path, name: str, amount: str, when: str
) -> None:
    from openpyxl import Workbook

    # The evidence for an allowance paid: the money, the ID number, a signature, a total.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["หลักฐานการจ่ายค่าตอบแทนผู้เข้าร่วมประชุม"])
    sheet.append(["ลำดับ", name, "เลขประจำตัวประชาชน", "ที่อยู่", amount, "ลายมือชื่อผู้รับเงิน", when])
    sheet.append([1, "นายบุญมา ใจดี", "3520100111111", "12 ม.5 ต.บ้านดง", 300, None])
    sheet.append([2, "นางคำแสน ทองสุข", "3520100111112", "45 ม.5 ต.บ้านดง", 300, None])
    sheet.append([None, "รวมเงินทั้งสิ้น", None, None, 600, None])
    sheet.append([None, "(หกร้อยบาทถ้วน)", None, None, None, None])
    path = tmp_path / "ค่าตอบแทน.xlsx"
    workbook.save(path)
    event = create_event(db, EventInput("PAID", "ประชาคม", date(2026, 11, 20), date(2026, 11, 20)))
    plan = import_file(db, event.id, path, dry_run=True)
    assert [(r.row, r.status) for r in plan.rows] == [
        (3, "new"),
        (4, "new"),
        (5, "note"),
        (6, "note"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("นายสมชาย ใจดี (ผู้แทน)", ("นาย", "สมชาย", "ใจดี")),
        ("นายอนุชา วงศ์คำ (แทน นายก อบต.)", ("นาย", "อนุชา", "วงศ์คำ")),
        ("สมชาย ใจดี (ต้น)", ("", "สมชาย", "ใจดี")),
        ("นายสุริยา ณ ลำปาง [ผู้แทน]", ("นาย", "สุริยา", "ณ ลำปาง")),
        # A nickname in quotes, wherever it stands.
        ('นาย "หนุ่ม" ประเสริฐ ทองคำ', ("นาย", "ประเสริฐ", "ทองคำ")),
        ("นางสาวสุดา “แอน” มีสุข", ("นางสาว", "สุดา", "มีสุข")),
        ('ประเสริฐ ทองคำ "หนุ่ม"', ("", "ประเสริฐ", "ทองคำ")),
    ],
)
@pytest.mark.parametrize("field", ["full_name", "first_name"])
def test_a_remark_after_the_name_is_not_part_of_the_last_name(
    name: str, expected: tuple[str, str, str], field: str
) -> None:
    # A name column headed 'ชื่อ' ('ชื่อ/ฉายา') may hold the whole name too.
    columns = _columns(IGNORE, field, "organisation", IGNORE)
    cells: list[Cell] = [1, name, "อบต.บ้านดง", None]
    person = RowReader(columns[1:3], "list.xlsx").person(cells, _texts(cells, columns))
    assert (person.title, person.first_name, person.last_name) == expected


@pytest.mark.parametrize(
    ("title", "first", "last", "expected"),
    [
        ("นางสาว", "กัญญา ศรีสุข", "ศรีสุข", ("นางสาว", "กัญญา", "ศรีสุข")),
        ("นาย", "ธนากร", "นายธนากร มั่นคง", ("นาย", "ธนากร", "มั่นคง")),
        (None, "ธนากร", "นาย ธนากร มั่นคง", ("นาย", "ธนากร", "มั่นคง")),
        ("นาย", "สุริยา", "ณ ลำปาง", ("นาย", "สุริยา", "ณ ลำปาง")),
        ("นาย", "สมชาย", "ใจดี (ผู้แทน)", ("นาย", "สมชาย", "ใจดี")),
    ],
)
def test_a_whole_name_typed_into_one_box_of_a_split_form(
    title: str | None, first: str, last: str, expected: tuple[str, str, str]
) -> None:
    cells: list[Cell] = [None, title, first, last]
    person = RowReader(FORM[1:], "form.xlsx").person(cells, _texts(cells, FORM))
    assert (person.title, person.first_name, person.last_name) == expected
