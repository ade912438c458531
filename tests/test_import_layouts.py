"""Importing registration lists laid out in less common ways: computed cells, header names
that compete for a field, headers over two rows, a cover sheet before the list."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from ecodesk.db import Database
from ecodesk.exchange.importing.importer import import_file
from ecodesk.exchange.importing.reading import ImportFileError
from ecodesk.services.events import EventInfo, EventInput, create_event
from ecodesk.services.participants import list_participants
from tests.lists import by_first_name, convert, write_workbook


@pytest.fixture
def event(db: Database) -> EventInfo:
    return create_event(db, EventInput("LAY", "รูปแบบ", date(2022, 6, 16), date(2022, 6, 16)))


def _store_values(path: Path, values: dict[str, str]) -> None:
    """Give formula cells the text values a spreadsheet program stores after computing them
    (openpyxl writes formulas without values)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    for ref, value in values.items():
        sheet, found = re.subn(
            rf'<c r="{ref}"([^>]*)>(<f>[^<]*</f>)<v\s*/>',
            rf'<c r="{ref}"\1 t="str">\2<v>{value}</v>',
            sheet,
        )
        assert found == 1, ref
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_computed_cells_give_their_values_typed_formulas_stay_text(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ชื่อ-สกุล", "หน่วยงาน", "ตำแหน่ง"])
    sheet.append(['=ข้อมูลดิบ!A2&" "&ข้อมูลดิบ!B2', "=VLOOKUP(1,หน่วยงาน!A2:B3,2,FALSE())", "=1+1"])
    sheet.append(["นางมาลัย ใจกล้า", '=HYPERLINK("http://example.org","คลิก")', "ครู"])
    workbook.create_sheet("ข้อมูลดิบ").append(["ชื่อ", "สกุล"])
    workbook.create_sheet("หน่วยงาน").append(["รหัส", "หน่วยงาน"])
    path = tmp_path / "สูตร.xlsx"
    workbook.save(path)
    _store_values(path, {"A2": "นายมานพ ใจกล้า", "B2": "เทศบาลนครลำปาง", "C2": "2", "B3": "คลิก"})
    import_file(db, event.id, path)
    people = by_first_name(db, event)
    assert (people["มานพ"].title, people["มานพ"].last_name) == ("นาย", "ใจกล้า")
    assert people["มานพ"].organisation == "เทศบาลนครลำปาง"
    # What the clerk typed: a formula that reads no cell.
    assert people["มานพ"].position == "=1+1"
    assert people["มาลัย"].organisation == '=HYPERLINK("http://example.org","คลิก")'


def test_typed_formulas_of_an_xls_stay_text(db: Database, event: EventInfo, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "รายชื่อ"
    sheet.append(["ชื่อ-สกุล", "หน่วยงาน", "ตำแหน่ง"])
    sheet.append(["นางมาลัย ใจกล้า", '=HYPERLINK("http://example.org","คลิก")', "=1+1"])
    sheet.append(["นายมานพ ใจกล้า", "=B4", '="ครู"&" "&"ชำนาญการ"'])
    sheet.append(["", "เทศบาลนครลำปาง", ""])
    source = tmp_path / "สูตร.xlsx"
    workbook.save(source)
    import_file(db, event.id, convert(source, "xls"))
    people = by_first_name(db, event)
    assert people["มาลัย"].organisation == '=HYPERLINK("http://example.org","คลิก")'
    assert people["มาลัย"].position == "=1+1"
    # A formula that reads a cell gives its value.
    assert people["มานพ"].organisation == "เทศบาลนครลำปาง"
    assert people["มานพ"].position == '="ครู"&" "&"ชำนาญการ"'


def test_formula_never_computed_is_shown_as_written(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ชื่อ-สกุล", "หน่วยงาน"])
    sheet.append(["นายมานพ ใจกล้า", "=ข้อมูลดิบ!C2"])
    path = tmp_path / "ไม่คำนวณ.xlsx"
    workbook.save(path)
    import_file(db, event.id, path)
    assert by_first_name(db, event)["มานพ"].organisation == "=ข้อมูลดิบ!C2"


@pytest.mark.parametrize(
    "header",
    [
        "ส่วนราชการ", "ชื่อโรงเรียน", "ชื่อร้าน/กิจการ", "ชื่อชุมชน/กลุ่ม", "มาจาก",
        # A local government's or a health office's unit, named by its kind.
        "ชื่อ อปท.", "อปท.", "หน่วยบริการ", "ชื่อโรงพยาบาล", "รพ.สต.",
    ],
)  # fmt: skip
def test_headers_that_name_the_organisation(
    db: Database, event: EventInfo, tmp_path: Path, header: str
) -> None:
    path = write_workbook(tmp_path / "list.xlsx", {"Sheet": [
        ["ชื่อ นามสกุล", "ตำแหน่ง", header, "ประเภทกิจการ", "เบอร์ติดต่อ"],
        ["นายก้อง ฟ้าใส", "ครู", "บ้านดง", "ค้าปลีก", "0812345678"],
    ]})  # fmt: skip
    import_file(db, event.id, path)
    (person,) = list_participants(db, event.id)
    assert (person.organisation, person.sector) == ("บ้านดง", "ค้าปลีก")


@pytest.mark.parametrize(
    "headers",
    [
        ["Name - Surname", "Institution", "Contact number"],
        ["Given name", "Department", "Contact No."],
        ["ชื่อ-สกุล ผู้เข้าร่วม", "สถาบัน", "หมายเลขติดต่อ"],
    ],
)
def test_organisation_and_phone_headers_of_english_and_thai_forms(
    db: Database, event: EventInfo, tmp_path: Path, headers: list[str]
) -> None:
    path = write_workbook(tmp_path / "list.xlsx", {"Sheet": [
        headers, ["นายก้อง ฟ้าใส", "วิทยาลัยเทคนิคลำปาง", "0812345678"]
    ]})  # fmt: skip
    import_file(db, event.id, path)
    (person,) = list_participants(db, event.id)
    assert (person.organisation, person.phone) == ("วิทยาลัยเทคนิคลำปาง", "0812345678")


@pytest.mark.parametrize(
    ("headers", "row", "expected"),
    [
        # A code column before the name of the school.
        (
            ["ที่", "รหัสสถานศึกษา", "ชื่อสถานศึกษา", "ชื่อ-สกุล"],
            [1, "1052140101", "โรงเรียนบ้านดง", "นางสายสุนีย์ คำมา"],
            {"organisation": "โรงเรียนบ้านดง"},
        ),
        # A food-type question before the participant's group.
        (
            ["ชื่อ", "สกุล", "ชื่อหน่วยงาน", "ประเภทอาหาร", "กลุ่มเป้าหมาย", "ชื่อผู้ประสานงาน"],
            ["สายสุนีย์", "คำมา", "ชุมชนบ้านดง", "ฮาลาล", "ภาคประชาชน", "นางสาวสมใจ ดีมาก"],
            {"organisation": "ชุมชนบ้านดง", "sector": "ภาคประชาชน", "last_name": "คำมา"},
        ),
        # The type of organisation is the sector, not a second organisation.
        (
            ["ชื่อ-สกุล", "หน่วยงาน", "ประเภทอาหาร", "กลุ่มผู้เข้าร่วม"],
            ["นายก้อง ฟ้าใส", "อำเภอแม่เมาะ", "มังสวิรัติ", "หน่วยงานภาครัฐ"],
            {"organisation": "อำเภอแม่เมาะ", "sector": "หน่วยงานภาครัฐ"},
        ),
        (
            ["ชื่อ-สกุล", "Meal preference", "ภาค"],
            ["นายก้อง ฟ้าใส", "Halal", "เอกชน"],
            {"sector": "เอกชน"},
        ),
        # Two phones: the mobile reaches the person at the desk; e-mail or a Line ID is the
        # e-mail column.
        (
            ["ผู้เข้าร่วม", "เบอร์โทรศัพท์ (สำนักงาน)", "เบอร์โทรศัพท์ (มือถือ)", "อีเมล์ / Line ID"],
            ["นายก้อง ฟ้าใส", "054123456", "0812345678", "kong@example.org"],
            {"first_name": "ก้อง", "phone": "0812345678", "email": "kong@example.org"},
        ),
        # A form's own e-mail column takes the e-mail; the question that asks for either
        # holds the phone.
        (
            ["ชื่อ-สกุล", "อีเมล / เบอร์โทรศัพท์ที่ติดต่อได้", "ที่อยู่อีเมล"],
            ["นายก้อง ฟ้าใส", "0812345678", "kong@example.org"],
            {"phone": "0812345678", "email": "kong@example.org"},
        ),
        # A form's question for the sector beside the organisation.
        (
            ["ชื่อ-นามสกุล", "หน่วยงาน", "ท่านสังกัดภาคส่วนใด"],
            ["นายก้อง ฟ้าใส", "บ้านดง", "ภาคประชาชน"],
            {"organisation": "บ้านดง", "sector": "ภาคประชาชน"},
        ),
        (
            ["First name", "Last name", "Organization", "Type of organization", "Member ID"],
            ["Karen", "Lee", "Thai-German Chamber", "Private sector", "A-17"],
            {"organisation": "Thai-German Chamber", "sector": "Private sector"},
        ),
        # A unit's short form gives way to its name in full, wherever it stands.
        (
            ["ชื่อ", "นามสกุล", "สังกัด (ชื่อย่อ)", "หน่วยงาน"],
            ["ชาตรี", "บุญเรือง", "อฟม-ห.", "ฝ่ายการผลิตเหมืองแม่เมาะ"],
            {"organisation": "ฝ่ายการผลิตเหมืองแม่เมาะ"},
        ),
        # An international list's position.
        (
            ["Name", "Designation", "Ministry/Agency", "Country"],
            ["Mr. John Smith", "Vice Minister", "Ministry of Industry", "Lao PDR"],
            {"position": "Vice Minister", "organisation": "Ministry of Industry"},
        ),
        (
            ["ชื่อ-สกุล", "ชื่อย่อหน่วยงาน"],
            ["นายชาตรี บุญเรือง", "อฟม-ห."],
            {"organisation": "อฟม-ห."},
        ),
    ],
)
def test_each_field_takes_the_header_that_names_it_best(
    db: Database,
    event: EventInfo,
    tmp_path: Path,
    headers: list[str],
    row: list[object],
    expected: dict[str, str],
) -> None:
    workbook = Workbook()
    workbook.active.append(headers)
    workbook.active.append(row)
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    import_file(db, event.id, path)
    (person,) = list_participants(db, event.id)
    assert {field: getattr(person, field) for field in expected} == expected


def test_header_over_two_rows_upper_cells_merged_down_or_across(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["รายชื่อผู้เข้าร่วมศึกษาดูงาน"])
    sheet.merge_cells("A1:G1")
    sheet.append(["ที่", "ชื่อ - สกุล", None, None, "หน่วยงาน", "ข้อมูลติดต่อ", None])
    sheet.append([None, "คำนำหน้า", "ชื่อ", "นามสกุล", None, "โทรศัพท์", "อีเมล"])
    for cells in ("A2:A3", "B2:D2", "E2:E3", "F2:G2"):
        sheet.merge_cells(cells)
    sheet.append([1, "นาย", "ประยุทธ", "ศรีเมือง", "อบต.แม่เมาะ", "0812345731", "p@mm.go.th"])
    path = tmp_path / "สองแถว.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    assert plan.header_row == 3 and plan.counts()["new"] == 1
    (row,) = list_participants(db, event.id)
    assert (row.title, row.first_name, row.organisation, row.phone, row.email) == (
        "นาย", "ประยุทธ", "อบต.แม่เมาะ", "0812345731", "p@mm.go.th",
    )  # fmt: skip


def test_header_over_two_rows_with_places_under_a_merged_label(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ที่", "ชื่อ-สกุล", None, None, "ชื่อ อปท.", "ที่ตั้ง", None, "โทรศัพท์"])
    sheet.append([None, "คำนำหน้า", "ชื่อ", "สกุล", None, "ตำบล", "อำเภอ", None])
    for cells in ("A1:A2", "B1:D1", "E1:E2", "F1:G1", "H1:H2"):
        sheet.merge_cells(cells)
    sheet.append([1, "นาง", "ศรีนวล", "ขันแก้ว", "อบต.ทุ่งฮั้ว", "ทุ่งฮั้ว", "วังเหนือ", "0897770002"])
    path = tmp_path / "อปท.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    assert [r.row for r in plan.rows] == [3]
    (row,) = list_participants(db, event.id)
    assert (row.title, row.first_name, row.last_name, row.organisation) == (
        "นาง", "ศรีนวล", "ขันแก้ว", "อบต.ทุ่งฮั้ว",
    )  # fmt: skip


def test_lower_header_row_with_only_contact_labels(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "ตำแหน่ง", "ช่องทางติดต่อ", None])
    sheet.append([None, None, None, None, "โทรศัพท์", "E-mail"])
    for cells in ("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"):
        sheet.merge_cells(cells)
    sheet.append([1, "นายประยงค์ ใจเย็น", "อบต.บ้านดง", "ปลัด", "0812345741", "p@bd.go.th"])
    path = tmp_path / "ติดต่อ.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    assert [r.row for r in plan.rows] == [3]
    (row,) = list_participants(db, event.id)
    assert (row.first_name, row.position, row.phone, row.email) == (
        "ประยงค์", "ปลัด", "0812345741", "p@bd.go.th",
    )  # fmt: skip


def test_first_participant_is_never_read_as_a_second_header_row(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(
        "ชื่อ-สกุล,ประเภท,เบอร์โทร,\nนายสมชาย ใจดี,หน่วยงานภาครัฐ,0812345678,อีเมล\n",
        encoding="utf-8",
    )
    plan = import_file(db, event.id, csv_file)
    assert plan.header_row == 1
    (row,) = list_participants(db, event.id)
    assert (row.first_name, row.sector) == ("สมชาย", "หน่วยงานภาครัฐ")


def test_list_sheet_chosen_over_a_cover_sheet_and_an_example_sheet(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    cover = workbook.active
    cover.title = "ข้อมูลโครงการ"
    cover.append(["แบบฟอร์มรายชื่อผู้เข้าร่วมโครงการ"])
    cover.append([])
    cover.append(["ชื่อโครงการ", "สัมมนาเมืองอุตสาหกรรมเชิงนิเวศ", "หน่วยงานผู้จัด", "สอจ.ลำปาง"])
    cover.append(["วันที่", "16 มิถุนายน 2565", "สถานที่", "อาคารประชาสัมพันธ์แม่เมาะ"])
    example = workbook.create_sheet("ตัวอย่าง")
    example.append(["ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "ตำแหน่ง"])
    example.append([1, "นายตัวอย่าง การกรอก", "หน่วยงานตัวอย่าง", "ตำแหน่งตัวอย่าง"])
    names = workbook.create_sheet("รายชื่อ")
    names.append(["ลำดับ", "ชื่อ-สกุล", "หน่วยงาน", "ตำแหน่ง"])
    names.append([1, "นายเอกชัย ทองคำ", "บริษัท ลำปางเซรามิก จำกัด", "วิศวกร"])
    names.append([2, "นางสาวจิราพร บุญยืน", "เทศบาลตำบลบ้านดง", "นักวิชาการ"])
    path = tmp_path / "แบบฟอร์ม.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    # The example sheet holds a list too (of one row): the plan says so; the cover does not.
    assert (plan.sheet, plan.other_lists) == ("รายชื่อ", {"ตัวอย่าง": 1})
    assert sorted(by_first_name(db, event)) == ["จิราพร", "เอกชัย"]


def test_sign_in_list_with_only_a_name_column(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    csv_file = tmp_path / "ลงชื่อ.csv"
    csv_file.write_text(
        "รายชื่อผู้เข้าร่วมประชุม,,\nที่,ชื่อ-สกุล,ลายมือชื่อ\n1,นายสมพร ดีใจ,\n2,นางสมหญิง ดีใจ,\n",
        encoding="utf-8",
    )
    plan = import_file(db, event.id, csv_file)
    assert plan.header_row == 2
    people = by_first_name(db, event)
    assert sorted(people) == ["สมพร", "สมหญิง"] and people["สมพร"].title == "นาย"


def test_list_of_names_alone(db: Database, event: EventInfo, tmp_path: Path) -> None:
    csv_file = tmp_path / "list.csv"
    csv_file.write_text("ชื่อ-นามสกุล\nนายสมพร ดีใจ\nนางสมหญิง ดีใจ\n", encoding="utf-8")
    import_file(db, event.id, csv_file)
    assert sorted(by_first_name(db, event)) == ["สมพร", "สมหญิง"]


@pytest.mark.parametrize(
    "text",
    [
        # A title line that merely contains 'ชื่อ', beside a known label.
        "รายชื่อผู้เข้าร่วมประชุม,ที่\nนายสมพร ดีใจ,1\n",
        # A name column alone says nothing about the rest of the row.
        "ชื่อ-สกุล,ห้อง\nนายสมพร ดีใจ,301\n",
        # A title line above a table whose header is not known.
        "รายชื่อผู้เข้าร่วม\nคนที่มา,ห้อง\nนายสมพร ดีใจ,301\n",
    ],
)
def test_lone_name_header_needs_known_labels_beside_it(
    db: Database, event: EventInfo, tmp_path: Path, text: str
) -> None:
    csv_file = tmp_path / "list.csv"
    csv_file.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError, match="no header row"):
        import_file(db, event.id, csv_file)


def test_header_under_a_long_block_of_instructions(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    for n in range(44):
        workbook.active.append([f"ข้อ {n + 1}: กรอกข้อมูลให้ครบทุกช่อง"])
    workbook.active.append(["ที่", "ชื่อ-สกุล", "หน่วยงาน"])
    workbook.active.append([1, "นายวิชัย มากมี", "สอจ.ลำปาง"])
    path = tmp_path / "ยาว.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    assert plan.header_row == 45
    assert by_first_name(db, event)["วิชัย"].organisation == "สอจ.ลำปาง"


def _workbook_file(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.append(["ชื่อ-สกุล", "หน่วยงาน"])
    workbook.active.append(["นายวิชัย มากมี", "สอจ.ลำปาง"])
    workbook.save(path)
    return path


def test_file_read_as_what_it_is_whatever_its_name(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    _workbook_file(tmp_path / "a.xlsx").rename(tmp_path / "เปลี่ยนชื่อ.xls")
    (tmp_path / "ข้อความ.xlsx").write_text(
        "ชื่อ-สกุล,หน่วยงาน\nนางวิไล มากมี,สอจ.ลำปาง\n", encoding="utf-8-sig"
    )
    import_file(db, event.id, tmp_path / "เปลี่ยนชื่อ.xls")
    import_file(db, event.id, tmp_path / "ข้อความ.xlsx")
    people = by_first_name(db, event)
    assert (people["วิชัย"].organisation, people["วิไล"].organisation) == ("สอจ.ลำปาง",) * 2


def test_csv_from_excel_for_mac_and_a_very_long_cell(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    mac = tmp_path / "แมค.csv"
    mac.write_bytes("ชื่อ-สกุล,หน่วยงาน\rนายวิชัย มากมี,สอจ.ลำปาง\r".encode("cp874"))
    long = tmp_path / "ยาว.csv"
    long.write_text(f"ชื่อ-สกุล,หมายเหตุ\nนางวิไล มากมี,{'ก' * 200_000}\n", encoding="utf-8")
    import_file(db, event.id, mac)
    import_file(db, event.id, long)
    people = by_first_name(db, event)
    assert (people["วิชัย"].organisation, people["วิไล"].last_name) == ("สอจ.ลำปาง", "มากมี")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("ว่าง.xlsx", b"", "the file is empty"),
        ("ว่าง.csv", b"\xef\xbb\xbf\r\n", "the file is empty"),
        (
            "ระบบ.xls",
            "<html><body><table><tr><td>ชื่อ-สกุล</td></tr></table></body></html>".encode(),
            r"web page \(HTML\).*save it as an Excel workbook \(\.xlsx\)",
        ),
        ("ขาด.xlsx", b"PK\x03\x04\x14\x00\x00\x00 cut short", "damaged or incomplete"),
    ],
)
def test_unreadable_file_says_what_it_is(
    db: Database, event: EventInfo, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=rf"^{re.escape(name)}: .*{message}"):
        import_file(db, event.id, path)
    assert list_participants(db, event.id) == []


def _sector_workbook(path: Path) -> None:
    """A summary sheet, then one sheet per sector under the same header, a hidden old copy
    and a sheet showing how to fill the list in."""
    workbook = Workbook()
    summary = workbook.active
    summary.title = "สรุป"
    summary.append(["ภาคส่วน", "จำนวน"])
    summary.append(["ภาครัฐ", 3])
    header = ["ลำดับ", "คำนำหน้า", "ชื่อ", "นามสกุล", "หน่วยงาน", "โทรศัพท์"]
    sheets = {
        "ภาครัฐ": [
            [1, "นาย", "ประยุทธ", "ศรีเมือง", "อบต.แม่เมาะ", "0812346001"],
            [2, "นาย", "ธีระ", "คำมา", "สำนักงานอุตสาหกรรมจังหวัดลำปาง", "0812346003"],
        ],
        "ภาคเอกชน": [
            [1, "นาย", "วิชัย", "รุ่งเรือง", "บริษัท ลำปางเซรามิก จำกัด", "0812346004"],
            # Sent by both: the same person as on the first sheet.
            [2, "นาย", "ธีระ", "คำมา", "สำนักงานอุตสาหกรรมจังหวัดลำปาง", "0812346003"],
        ],
        "ตัวอย่างการกรอก": [[1, "นาย", "ตัวอย่าง", "การกรอก", "หน่วยงาน", "0800000000"]],
        "ฉบับเก่า": [[1, "นาย", "ร่าง", "เดิม", "หน่วยงาน", "0800000001"]],
    }
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in [header, *rows]:
            sheet.append(row)
    workbook["ฉบับเก่า"].sheet_state = "hidden"
    workbook.save(path)


def test_one_sheet_per_sector_is_one_list(db: Database, event: EventInfo, tmp_path: Path) -> None:
    path = tmp_path / "แยกภาค.xlsx"
    _sector_workbook(path)
    plan = import_file(db, event.id, path)
    assert (plan.sheet, plan.also) == ("ภาครัฐ", ["ภาคเอกชน"])
    # The example and the hidden copy are named, never imported.
    assert plan.other_lists == {"ตัวอย่างการกรอก": 1, "ฉบับเก่า": 1}
    people = by_first_name(db, event)
    assert {n: p.sector for n, p in people.items()} == {
        "ประยุทธ": "ภาครัฐ", "ธีระ": "ภาครัฐ", "วิชัย": "ภาคเอกชน"
    }  # fmt: skip
    (twice,) = [r for r in plan.rows if r.status == "duplicate"]
    assert (twice.sheet, twice.row, twice.other_sheet, twice.other_row) == ("ภาคเอกชน", 3, "", 3)
    assert plan.issues() == [
        f"{path.name}, sheet ภาคเอกชน, row 3: the same person as sheet ภาครัฐ, row 3: skipped"
    ]
    # Again: nothing changes.
    again = import_file(db, event.id, path)
    assert again.imported == 0 and len(by_first_name(db, event)) == 3


def test_a_sheet_chosen_is_imported_alone_and_one_laid_out_otherwise_is_refused(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = tmp_path / "แยกภาค.xlsx"
    _sector_workbook(path)
    plan = import_file(db, event.id, path, sheet="ภาคเอกชน")
    assert plan.also == [] and sorted(by_first_name(db, event)) == ["ธีระ", "วิชัย"]
    with pytest.raises(ImportFileError, match="sheet สรุป: its columns are not those of sheet"):
        import_file(db, event.id, path, sheet="ภาครัฐ", also=["สรุป"])
    assert sorted(by_first_name(db, event)) == ["ธีระ", "วิชัย"]


def test_the_thai_name_is_taken_before_the_english_one_beside_it(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ที่", "ชื่อ-นามสกุล (ภาษาอังกฤษ)", "ชื่อ-นามสกุล (ภาษาไทย)", "หน่วยงาน"])
    sheet.append([1, "Mr. Somchai Jaidee", "นายสมชาย ใจดี", "เทศบาลนครลำปาง"])
    path = tmp_path / "ลงทะเบียน.xlsx"
    workbook.save(path)
    import_file(db, event.id, path)
    (person,) = list_participants(db, event.id)
    assert (person.title, person.first_name, person.last_name) == ("นาย", "สมชาย", "ใจดี")


def test_a_name_in_english_alone_is_still_the_name(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    workbook.active.append(["First name (English)", "Last name (English)", "Organisation"])
    workbook.active.append(["Anna", "Schmidt", "GIZ Thailand"])
    path = tmp_path / "guests.xlsx"
    workbook.save(path)
    import_file(db, event.id, path)
    (person,) = list_participants(db, event.id)
    assert (person.first_name, person.last_name) == ("Anna", "Schmidt")


_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
<office:body><office:spreadsheet><table:table table:name="Sheet1">{rows}</table:table>
</office:spreadsheet></office:body></office:document-content>"""


def _write_ods(path: Path, rows: list[list[tuple[str, int, int] | str | None]]) -> None:
    """A one-sheet .ods; a cell is a text, None for a cell covered by a merge, or (text,
    rows, columns) for a merged cell."""
    xml = []
    for row in rows:
        cells = []
        for cell in row:
            if cell is None:
                cells.append("<table:covered-table-cell/>")
                continue
            text, down, across = cell if isinstance(cell, tuple) else (cell, 1, 1)
            span = (
                f' table:number-rows-spanned="{down}" table:number-columns-spanned="{across}"'
                if (down, across) != (1, 1)
                else ""
            )
            cells.append(
                f'<table:table-cell office:value-type="string"{span}><text:p>{text}</text:p>'
                "</table:table-cell>"
            )
        xml.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest'
        ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", _ODS_CONTENT.format(rows="".join(xml)))


def test_organisation_and_sector_merged_down_reach_every_person_under_them(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["รายชื่อผู้เข้าร่วม"])
    sheet.merge_cells("A1:D1")
    sheet.append(["ภาคส่วน", "หน่วยงาน", "ชื่อ-สกุล", "ตำแหน่ง"])
    sheet.append(["ภาครัฐ", "อบต.บ้านดง", "นายสมชาย ใจดี", "ปลัด"])
    sheet.append([None, None, "นางมาลี แก้วมณี", "นักวิชาการ"])
    sheet.append([None, "เทศบาลตำบลแม่เมาะ", "นายวีระ ศรีวงศ์", "ปลัด"])
    sheet.append(["ภาคเอกชน", "บริษัท ลำปางเซรามิก จำกัด", "นายวิชัย รุ่งเรือง", "ผู้จัดการ"])
    sheet.append([None, None, "นางพรรณี สายทอง", None])
    for cells in ("A3:A5", "B3:B4", "A6:A7", "B6:B7", "D6:D7"):
        sheet.merge_cells(cells)
    xlsx = tmp_path / "รวมเซลล์.xlsx"
    workbook.save(xlsx)
    ods = tmp_path / "รวมเซลล์.ods"
    _write_ods(
        ods,
        [
            [("รายชื่อผู้เข้าร่วม", 1, 4), None, None, None],
            ["ภาคส่วน", "หน่วยงาน", "ชื่อ-สกุล", "ตำแหน่ง"],
            [("ภาครัฐ", 3, 1), ("อบต.บ้านดง", 2, 1), "นายสมชาย ใจดี", "ปลัด"],
            [None, None, "นางมาลี แก้วมณี", "นักวิชาการ"],
            [None, "เทศบาลตำบลแม่เมาะ", "นายวีระ ศรีวงศ์", "ปลัด"],
            [("ภาคเอกชน", 2, 1), ("บริษัท ลำปางเซรามิก จำกัด", 2, 1), "นายวิชัย รุ่งเรือง",
             ("ผู้จัดการ", 2, 1)],
            [None, None, "นางพรรณี สายทอง", None],
        ],
    )  # fmt: skip
    for path in (xlsx, ods):
        plan = import_file(db, event.id, path, dry_run=True)
        people = {p.first_name: p for p in plan.to_import}
        assert [(people[n].organisation, people[n].sector) for n in ("สมชาย", "มาลี", "วีระ")] == [
            ("อบต.บ้านดง", "ภาครัฐ"),
            ("อบต.บ้านดง", "ภาครัฐ"),
            ("เทศบาลตำบลแม่เมาะ", "ภาครัฐ"),
        ], path.name
        assert (people["พรรณี"].organisation, people["พรรณี"].sector) == (
            "บริษัท ลำปางเซรามิก จำกัด",
            "ภาคเอกชน",
        )
        assert people["พรรณี"].position == "ผู้จัดการ"
        assert plan.counts()["new"] == 5


def test_coordinator_and_clerk_columns_are_not_the_participants(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ลำดับ", "ชื่อหน่วยงาน", "ชื่อ-สกุล", "ตำแหน่ง", "ชื่อผู้ประสานงาน",
                  "เบอร์โทรผู้ประสานงาน", "ผู้บันทึกข้อมูล"])  # fmt: skip
    sheet.append([1, "อบต.บ้านดง", "นายสมชาย ใจดี", "ปลัด", "นางสาวอรุณี วงศ์ดี",
                  "081-999-0001", "นางเยาวดี"])  # fmt: skip
    path = tmp_path / "ผู้ประสานงาน.xlsx"
    workbook.save(path)
    (person,) = import_file(db, event.id, path, dry_run=True).to_import
    assert (person.first_name, person.organisation, person.phone) == ("สมชาย", "อบต.บ้านดง", "")
    # A list of the coordinators themselves is theirs.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["หน่วยงาน", "ชื่อ-สกุลผู้ประสานงาน", "เบอร์โทรผู้ประสานงาน"])
    sheet.append(["อบต.บ้านดง", "นางสาวอรุณี วงศ์ดี", "081-999-0001"])
    workbook.save(path)
    (person,) = import_file(db, event.id, path, dry_run=True).to_import
    assert (person.first_name, person.phone) == ("อรุณี", "0819990001")


def test_the_nominating_executive_named_beside_the_nominee_is_not_the_participant(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "nominees.xlsx", {"Sheet": [
        ["ที่", "ชื่อ อปท.", "ชื่อ-สกุล ผู้บริหารท้องถิ่น", "ชื่อ-สกุล ผู้เข้ารับการอบรม", "ตำแหน่ง"],
        [1, "อบต.นาสัก", "นายบุญมี คำแสน", "นางสาวอรวรรณ ธรรมวงศ์", "นักวิเคราะห์นโยบายและแผน"],
    ]})  # fmt: skip
    (person,) = import_file(db, event.id, path, dry_run=True).to_import
    assert (person.first_name, person.organisation) == ("อรวรรณ", "อบต.นาสัก")


def test_the_name_of_someone_of_a_unit_is_the_persons_not_the_units(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "representatives.xlsx", {"Sheet": [
        ["ลำดับ", "ชื่อหน่วยบริการ", "ชื่อผู้แทนหน่วยบริการ", "ตำแหน่ง", "โทรศัพท์"],
        [1, "รพ.สต.บ้านท่าสี", "นางสาวสุดา มีสุข", "นักวิชาการสาธารณสุข", "0812345678"],
    ]})  # fmt: skip
    (person,) = import_file(db, event.id, path, dry_run=True).to_import
    assert (person.first_name, person.organisation) == ("สุดา", "รพ.สต.บ้านท่าสี")
    path = write_workbook(tmp_path / "staff.xlsx", {"Sheet": [
        ["ที่", "ชื่อเจ้าหน้าที่โรงพยาบาล", "ตำแหน่ง", "เบอร์โทร"],
        [1, "นายสมชาย ใจดี", "พยาบาลวิชาชีพ", "0812345678"],
    ]})  # fmt: skip
    (person,) = import_file(db, event.id, path, dry_run=True).to_import
    assert (person.first_name, person.last_name, person.organisation) == ("สมชาย", "ใจดี", "")


def test_a_list_of_executives_with_their_coordinators_is_the_executives(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "executives.xlsx", {"Sheet": [
        ["ที่", "ชื่อ-สกุล ผู้บริหารท้องถิ่น", "ตำแหน่ง", "อปท.", "ชื่อผู้ประสานงาน",
         "เบอร์โทรผู้ประสานงาน"],
        [1, "นายบุญมี คำแสน", "นายกเทศมนตรีตำบลแม่เมาะ", "ทต.แม่เมาะ", "นางสาวสุดา มีสุข",
         "0812345678"],
    ]})  # fmt: skip
    (person,) = import_file(db, event.id, path, dry_run=True).to_import
    assert (person.first_name, person.organisation, person.phone) == ("บุญมี", "ทต.แม่เมาะ", "")


def test_a_foreign_delegates_interpreter_columns_are_not_the_delegates(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "delegates.xlsx", {"Sheet": [
        ["No.", "Name - Surname", "Organization", "ชื่อล่าม", "เบอร์โทรศัพท์ล่าม"],
        [1, "Mr. Khamphanh SOUVANNAVONG", "MOIC", "นายวิชัย ภาษาดี", "0891234567"],
    ]})  # fmt: skip
    (person,) = import_file(db, event.id, path, dry_run=True).to_import
    assert (person.last_name, person.organisation, person.phone) == ("SOUVANNAVONG", "MOIC", "")


def test_title_answered_other_is_the_one_typed_beside_it(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["คำนำหน้าชื่อ", "อื่นๆ (โปรดระบุ)", "ชื่อ", "นามสกุล"])
    sheet.append(["นาย", "", "สมชาย", "ศรีสุข"])
    sheet.append(["อื่นๆ", "ว่าที่ ร.ต.หญิง", "สุนันทา", "คำดี"])
    sheet.append(["อื่น ๆ", "ผศ.ดร.", "วิไลวรรณ", "ศรีวงศ์"])
    path = tmp_path / "คำนำหน้าอื่นๆ.xlsx"
    workbook.save(path)
    titles = {p.first_name: p.title for p in import_file(db, event.id, path).to_import}
    assert titles == {"สมชาย": "นาย", "สุนันทา": "ว่าที่ ร.ต.หญิง", "วิไลวรรณ": "ผศ.ดร."}
    # Without a column to type it in, 'อื่นๆ' is no title.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["คำนำหน้า", "ชื่อ", "นามสกุล"])
    sheet.append(["อื่นๆ", "มานพ", "ใจกล้า"])
    workbook.save(path)
    (person,) = import_file(db, event.id, path, dry_run=True).to_import
    assert person.title == ""


def test_excel_table_column_placeholders_after_the_name_header_hold_the_name(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # An Excel table cannot keep 'ชื่อ-สกุล' merged over three columns: it names the two
    # after it 'คอลัมน์1', 'คอลัมน์2' ('Column1' in English Excel).
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ลำดับ", "ชื่อ-สกุล", "คอลัมน์1", "Column2", "หน่วยงาน"])
    sheet.append([1, "นางสาว", "กัญญา", "ศรีสุข", "อบต.บ้านดง"])
    sheet.append([2, "ดร.", "ปิยะ", "ณ ลำปาง", "มหาวิทยาลัยราชภัฏลำปาง"])
    path = tmp_path / "ตาราง.xlsx"
    workbook.save(path)
    people = [
        (p.title, p.first_name, p.last_name) for p in import_file(db, event.id, path).to_import
    ]
    assert people == [("นางสาว", "กัญญา", "ศรีสุข"), ("ดร.", "ปิยะ", "ณ ลำปาง")]


def test_a_sign_in_sheet_per_day_typed_again_with_two_sara_e_is_the_same_person(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # Day 2's clerk typed 'แ' as two sara e: on screen the same name, and the same person.
    header = ["ที่", "ชื่อ - นามสกุล", "หน่วยงาน", "ลายมือชื่อ"]
    path = write_workbook(tmp_path / "ลงชื่อ.xlsx", {
        "วันที่ 1": [header, [1, "นางสมใจ แก้วมณี", "บริษัท ปูนลำปาง จำกัด", None]],
        "วันที่ 2": [header, [1, "นางสมใจ เเก้วมณี", "บริษัท ปูนลำปาง จำกัด", None]],
    })  # fmt: skip
    plan = import_file(db, event.id, path)
    assert [r.status for r in plan.rows] == ["new", "duplicate"]


@pytest.mark.parametrize(
    ("phone", "fax"),
    [
        ("เบอร์โทร", "โทรสาร"),
        ("เบอร์โทรศัพท์ที่ติดต่อได้", "โทรสาร (Fax)"),
        ("Tel.", "Fax"),
        ("โทรศัพท์/โทรสาร", "เบอร์โทรสาร"),
    ],
)
def test_a_fax_column_beside_the_phone_is_not_the_phone(
    db: Database, event: EventInfo, tmp_path: Path, phone: str, fax: str
) -> None:
    path = write_workbook(tmp_path / "list.xlsx", {"Sheet": [
        ["ชื่อ-สกุล", "หน่วยงาน", phone, fax],
        ["นายก้อง ฟ้าใส", "สำนักงานอุตสาหกรรมจังหวัดลำปาง", "081-234-5601", "054-265047"],
    ]})  # fmt: skip
    import_file(db, event.id, path)
    (person,) = list_participants(db, event.id)
    assert person.phone == "0812345601"


HEADER = ["ลำดับ", "ชื่อ-นามสกุล", "ตำแหน่ง", "หน่วยงาน", "โทรศัพท์"]
PAGE_1 = [[1, "นายวีระพงษ์ ศรีสุข", "อุตสาหกรรมจังหวัด", "สอจ.ลำปาง", "0812345601"]]
PAGE_2 = [[2, "นางสาวปวีณา คำดี", "นักวิชาการ", "สอจ.ลำปาง", "0812345602"]]


def _people(db: Database, event: EventInfo) -> list[tuple[str, str, str]]:
    rows = list_participants(db, event.id)
    return sorted((r.first_name, r.position, r.phone) for r in rows)


def test_a_converted_pdf_page_a_column_over_on_the_same_sheet(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # Page 2's table, its header repeated, starts a column further right than page 1's.
    path = write_workbook(tmp_path / "pdf.xlsx", {"Table 1": [
        HEADER, *PAGE_1, ["", "", "", "", "", "หน้า 2/2"],
        ["", *HEADER], *(["", *row] for row in PAGE_2),
    ]})  # fmt: skip
    plan = import_file(db, event.id, path)
    assert plan.counts()["error"] == 0
    assert _people(db, event) == [
        ("ปวีณา", "นักวิชาการ", "0812345602"),
        ("วีระพงษ์", "อุตสาหกรรมจังหวัด", "0812345601"),
    ]


def test_a_converted_pdf_page_a_column_over_on_a_sheet_of_its_own(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "pdf.xlsx", {
        "Page 1": [HEADER, *PAGE_1],
        "Page 2": [["", *HEADER], *(["", *row] for row in PAGE_2)],
    })  # fmt: skip
    plan = import_file(db, event.id, path)
    assert plan.also == ["Page 2"]
    assert _people(db, event) == [
        ("ปวีณา", "นักวิชาการ", "0812345602"),
        ("วีระพงษ์", "อุตสาหกรรมจังหวัด", "0812345601"),
    ]


@pytest.mark.parametrize("over", [0, 1])
def test_a_converted_pdf_with_the_title_in_a_cell_of_its_own_and_its_header_repeated(
    db: Database, event: EventInfo, tmp_path: Path, over: int
) -> None:
    # 'ชื่อ - นามสกุล' over the title and the name; page 2's header repeated, ``over`` columns
    # further right.
    header = ["ที่", "ชื่อ - นามสกุล", "", "หน่วยงาน"]
    path = write_workbook(tmp_path / "pdf.xlsx", {"Sheet": [
        header,
        [1, "นาย", "วีระพงษ์ ศรีสุข", "สอจ.ลำปาง"],
        [2, "นางสาว", "ปวีณา คำดี", "สอจ.ลำปาง"],
        [""] * over + header,
        [""] * over + [3, "นาง", "สมใจ แก้วมณี", "บริษัท ปูนลำปาง จำกัด"],
    ]})  # fmt: skip
    plan = import_file(db, event.id, path)
    assert [r.status for r in plan.rows] == ["new", "new", "note", "new"]
    people = sorted((r.title, r.first_name, r.last_name) for r in list_participants(db, event.id))
    assert people == [
        ("นาง", "สมใจ", "แก้วมณี"), ("นางสาว", "ปวีณา", "คำดี"), ("นาย", "วีระพงษ์", "ศรีสุข"),
    ]  # fmt: skip


@pytest.mark.parametrize("tag", [b"<f>", b'<f t="shared" ref="B2:B9" si="0">', None])
@pytest.mark.parametrize("cut", [0, 1, 2, 3])
def test_a_formula_is_found_wherever_it_falls_in_a_long_sheet(
    tmp_path: Path, tag: bytes | None, cut: int
) -> None:
    """A big sheet's XML is searched for formulas a megabyte at a time: one lying across the
    edge of two is found, and a sheet without any is told so."""
    from ecodesk.exchange.importing.formulas import _holds_formulas

    filler = b"<row><c><v>1</v></c></row>"
    body = filler * ((1 << 20) // len(filler) + 1)
    at = (1 << 20) - cut
    text = body[:at] + (tag or b"") + body[at:]
    path = tmp_path / "sheet.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", text)
    with zipfile.ZipFile(path) as archive:
        assert _holds_formulas(archive, "xl/worksheets/sheet1.xml") is (tag is not None)
