"""Importing what registration systems export: a Microsoft Forms workbook, and files that are
something else under a list's name."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from ecodesk.db import Database
from ecodesk.exchange.importing.importer import import_file
from ecodesk.exchange.importing.reading import ImportFileError
from ecodesk.services.events import EventInfo, EventInput, create_event
from ecodesk.services.participants import list_participants


@pytest.fixture
def event(db: Database) -> EventInfo:
    return create_event(db, EventInput("EXP", "ส่งออก", date(2026, 12, 1), date(2026, 12, 1)))


_FORMS_HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]


def _forms_export(path: Path, questions: list[str], answers: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([*_FORMS_HEADER, *questions])
    when = datetime(2026, 11, 20, 9, 0)
    for number, (account_email, account_name, *rest) in enumerate(answers, 1):
        sheet.append([number, when, when, account_email, account_name, None, *rest])
    workbook.save(path)
    return path


def test_microsoft_forms_account_columns_are_not_the_participant(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # A secretary signed in registers her director; a form filled in without signing in
    # leaves the account 'anonymous' and its name blank.
    path = _forms_export(
        tmp_path / "forms.xlsx",
        ["ชื่อ-นามสกุล", "หน่วยงาน", "อีเมล"],
        [
            [
                "secretary@dip.go.th",
                "Wanida Kaewmanee",
                "นายประยูร แสงทอง",
                "กรมโรงงาน",
                "p@dip.go.th",
            ],
            ["secretary@dip.go.th", "Wanida Kaewmanee", "นางพรรณี สายทอง", "กรมโรงงาน", ""],
            ["anonymous", None, "นายสมชาย ใจดี", "อบต.บ้านดง", ""],
        ],
    )
    plan = import_file(db, event.id, path)
    assert plan.counts()["new"] == 3
    people = {
        (p.title, p.first_name, p.last_name, p.email) for p in list_participants(db, event.id)
    }
    assert people == {
        ("นาย", "ประยูร", "แสงทอง", "p@dip.go.th"),
        ("นาง", "พรรณี", "สายทอง", ""),
        ("นาย", "สมชาย", "ใจดี", ""),
    }


def test_microsoft_forms_account_e_mail_when_the_form_asks_none(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = _forms_export(
        tmp_path / "forms.xlsx",
        ["ชื่อ-นามสกุล", "หน่วยงาน"],
        [["thira@lampang.go.th", "Thira Khamma", "นายธีระ คำมา", "สอจ.ลำปาง"],
         ["anonymous", None, "นางสาวกัญญา ศรีสุข", "อบต.บ้านดง"]],
    )  # fmt: skip
    import_file(db, event.id, path)
    emails = {p.first_name: p.email for p in list_participants(db, event.id)}
    assert emails == {"ธีระ": "thira@lampang.go.th", "กัญญา": ""}


def test_microsoft_forms_account_columns_in_thai(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # Downloaded in Thai: the account is 'อีเมล' and 'ชื่อ', the form's own name question
    # 'ชื่อ' becomes 'ชื่อ2'.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["ID", "เวลาเริ่มต้น", "เวลาที่เสร็จสมบูรณ์", "อีเมล", "ชื่อ",
                  "ชื่อ2", "นามสกุล", "ตำแหน่ง", "อีเมลที่ติดต่อได้"])  # fmt: skip
    when = datetime(2026, 11, 20, 9, 0)
    sheet.append([1, when, when, "kanya@lpg.go.th", "กัญญา ศรีวงศ์", "อุดม", "สุวรรณรัตน์",
                  "อุตสาหกรรมจังหวัด", "udom@lpg.go.th"])  # fmt: skip
    sheet.append([2, when, when, "anonymous", None, "ธีระ", "จันทร์แก้ว", "นักวิชาการ",
                  "theera@example.org"])  # fmt: skip
    workbook.save(tmp_path / "forms.xlsx")
    import_file(db, event.id, tmp_path / "forms.xlsx")
    people = {
        (p.first_name, p.last_name, p.position, p.email) for p in list_participants(db, event.id)
    }
    assert people == {
        ("อุดม", "สุวรรณรัตน์", "อุตสาหกรรมจังหวัด", "udom@lpg.go.th"),
        ("ธีระ", "จันทร์แก้ว", "นักวิชาการ", "theera@example.org"),
    }


def test_a_name_question_split_into_its_boxes(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # Jotform names each box of its name question in brackets after the question.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Submission Date", "ชื่อ-นามสกุล (Prefix)", "ชื่อ-นามสกุล (First Name)",
                  "ชื่อ-นามสกุล (Last Name)", "หน่วยงาน", "Submission ID"])  # fmt: skip
    sheet.append(["Nov 12, 2026", "นางสาว", "ลลิตา", "ณ ลำปาง", "สสจ.ลำปาง", "5891234500012"])
    sheet.append(["Nov 12, 2026", "Mr.", "David", "Chen", "Asia Eco", "5891234500013"])
    workbook.save(tmp_path / "jotform.xlsx")
    import_file(db, event.id, tmp_path / "jotform.xlsx")
    people = {(p.title, p.first_name, p.last_name) for p in list_participants(db, event.id)}
    assert people == {("นางสาว", "ลลิตา", "ณ ลำปาง"), ("Mr.", "David", "Chen")}


def test_a_name_question_s_boxes_labelled_in_thai(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["วันที่ส่ง", "ชื่อ-นามสกุล (ชื่อจริง)", "ชื่อ-นามสกุล (นามสกุล)", "หน่วยงาน"])
    sheet.append(["12/11/2026", "มาลัย", "ณ เชียงใหม่", "ทต.แจ้ห่ม"])
    workbook.save(tmp_path / "jotform.xlsx")
    import_file(db, event.id, tmp_path / "jotform.xlsx")
    (person,) = list_participants(db, event.id)
    assert (person.first_name, person.last_name) == ("มาลัย", "ณ เชียงใหม่")


def test_a_form_s_questions_named_by_their_path_through_its_groups(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # KoboToolbox with XML headers: each question by its group and its own name.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["start", "group_info/prefix", "group_info/first_name", "group_info/last_name",
                  "group_info/organization", "group_people/p_name", "group_people/p_surname",
                  "group_consent/consent", "_uuid", "_index"])  # fmt: skip
    sheet.append(["2026-11-17", "นาย", "บุญเลิศ", "ใจมั่น", "สอจ.ลำพูน", "", "", "yes", "3f2a", 1])
    workbook.save(tmp_path / "kobo.xlsx")
    import_file(db, event.id, tmp_path / "kobo.xlsx")
    (person,) = list_participants(db, event.id)
    assert (person.title, person.first_name, person.last_name, person.organisation) == (
        "นาย", "บุญเลิศ", "ใจมั่น", "สอจ.ลำพูน",
    )  # fmt: skip
    assert person.consent is True


def test_a_surname_header_names_the_last_name_not_the_whole_name(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["p_prefix", "p_name", "p_surname", "Organisation"])
    sheet.append(["นาง", "วรรณา", "ทิพย์มณี", "เทศบาลตำบลแม่เมาะ"])
    workbook.save(tmp_path / "repeat.xlsx")
    import_file(db, event.id, tmp_path / "repeat.xlsx")
    (person,) = list_participants(db, event.id)
    assert (person.title, person.first_name, person.last_name) == ("นาง", "วรรณา", "ทิพย์มณี")


def test_a_whole_name_header_with_the_surname_first_names_the_whole_name(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["No.", "Surname, Name", "Organization"])
    sheet.append([1, "NGUYEN Van An", "MOIT"])
    workbook.save(tmp_path / "delegates.xlsx")
    (person,) = import_file(db, event.id, tmp_path / "delegates.xlsx", dry_run=True).to_import
    assert (person.first_name, person.last_name) == ("Van An", "NGUYEN")


def test_a_ticket_s_type_is_no_sector_and_a_refunded_ticket_is_not_imported(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Order No.", "Ticket Type", "First Name", "Last Name", "Company",
                  "Order Status", "Check-in Status", "Response Type"])  # fmt: skip
    sheet.append(["ZE-1", "Early Bird", "สมบัติ", "ใจกล้า", "บจก. ลำปางไบโอแมส", "Completed",
                  "Not checked-in", "completed"])  # fmt: skip
    sheet.append(["ZE-2", "Early Bird", "ปิยะนุช", "ดีมาก", "สนง.พลังงาน", "Refunded",
                  "Not checked-in", "completed"])  # fmt: skip
    sheet.append(["ZE-3", "บัตรทั่วไป", "รัชนี", "พรหมมา", "ทต.แม่เมาะ", "Cancelled",
                  "Checked-in", "completed"])  # fmt: skip
    workbook.save(tmp_path / "tickets.xlsx")
    plan = import_file(db, event.id, tmp_path / "tickets.xlsx")
    assert [r.status for r in plan.rows] == ["new", "cancelled", "cancelled"]
    (person,) = list_participants(db, event.id)
    assert (person.first_name, person.sector) == ("สมบัติ", "")


@pytest.mark.parametrize(
    "header",
    [
        ["Order No.", "Buyer First Name", "Buyer Last Name", "Buyer Phone",
         "Attendee First Name", "Attendee Last Name", "Attendee Phone", "Company"],
        ["หมายเลขคำสั่งซื้อ", "ชื่อผู้ซื้อ", "นามสกุลผู้ซื้อ", "เบอร์โทรศัพท์ผู้ซื้อ",
         "ชื่อผู้เข้าร่วมงาน", "นามสกุลผู้เข้าร่วมงาน", "เบอร์โทรศัพท์ผู้เข้าร่วมงาน", "หน่วยงาน"],
    ],
)  # fmt: skip
def test_a_ticket_s_holder_attends_and_its_buyer_when_no_holder_is_named(
    db: Database, event: EventInfo, tmp_path: Path, header: list[str]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    sheet.append(["EP1", "ศิริพร", "กันทะวงศ์", "0815551001", "ศิริพร", "กันทะวงศ์", "0815551001",
                  "บจก. ลำปางเซรามิก"])  # fmt: skip
    sheet.append(["EP1", "ศิริพร", "กันทะวงศ์", "0815551001", "ธนากร", "มั่นคง", "0815551002",
                  "บจก. ลำปางเซรามิก"])  # fmt: skip
    sheet.append(["EP2", "วิภาวดี", "แสงทอง", 815551003, None, None, None, "ทม.ลำปาง"])
    workbook.save(tmp_path / "tickets.xlsx")
    plan = import_file(db, event.id, tmp_path / "tickets.xlsx")
    assert plan.counts()["new"] == 3
    people = {
        (p.first_name, p.last_name, p.phone, p.organisation)
        for p in list_participants(db, event.id)
    }
    assert people == {
        ("ศิริพร", "กันทะวงศ์", "0815551001", "บจก. ลำปางเซรามิก"),
        ("ธนากร", "มั่นคง", "0815551002", "บจก. ลำปางเซรามิก"),
        ("วิภาวดี", "แสงทอง", "0815551003", "ทม.ลำปาง"),
    }


_SURVEYMONKEY = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
                 "Email Address", "First Name", "Last Name", "Custom Data 1"]  # fmt: skip


def test_surveymonkey_s_answer_row_under_its_questions(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # The second row names each question's answer; a choice's 'Other (please specify)' is a
    # column of its own; 'First Name' and 'Last Name' are an e-mail invitation's contact.
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([*_SURVEYMONKEY, "คำนำหน้าชื่อ", None, "ชื่อ-นามสกุล", "หน่วยงาน", "ภาคส่วน", None])
    sheet.append([*[None] * 9, "Response", "Other (please specify)", "Open-Ended Response",
                  "Open-Ended Response", "Response", "Other (please specify)"])  # fmt: skip
    meta = [114523456701, 432100001, "11/10/2026", "11/10/2026", "203.150.12.1", None, None]
    sheet.append([*meta, None, None, "นาย", None, "ชาตรี บุญมา", "บจก. ลำปางฟู้ด", "สถานประกอบการ"])
    sheet.append([*meta, None, None, None, "ว่าที่ร้อยตรี", "ณัฐวุฒิ แก้วเรือน", "ทสจ.ลำปาง",
                  None, "กลุ่มวิสาหกิจชุมชน"])  # fmt: skip
    workbook.save(tmp_path / "surveymonkey.xlsx")
    plan = import_file(db, event.id, tmp_path / "surveymonkey.xlsx")
    assert plan.header_row == 2
    people = {
        (p.title, p.first_name, p.last_name, p.organisation, p.sector)
        for p in list_participants(db, event.id)
    }
    assert people == {
        ("นาย", "ชาตรี", "บุญมา", "บจก. ลำปางฟู้ด", "สถานประกอบการ"),
        ("ว่าที่ร้อยตรี", "ณัฐวุฒิ", "แก้วเรือน", "ทสจ.ลำปาง", "กลุ่มวิสาหกิจชุมชน"),
    }


def test_surveymonkey_s_contact_question_in_its_boxes(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([*_SURVEYMONKEY, "ข้อมูลผู้ลงทะเบียน", None, None, None, None, "ตำแหน่ง"])
    sheet.append([*[None] * 9, "Name", "Company", "City/Town", "Email Address", "Phone Number",
                  "Open-Ended Response"])  # fmt: skip
    sheet.append([114523456801, 432100002, "11/10/2026", "11/10/2026", "171.96.1.1",
                  "invited@example.org", None, None, None, "นายอดิศร วงศ์ไชย", "บจก. ลำปางพาวเวอร์",
                  "ลำปาง", "adisorn@example.org", "0882000001", "วิศวกรไฟฟ้า"])  # fmt: skip
    workbook.save(tmp_path / "surveymonkey.xlsx")
    import_file(db, event.id, tmp_path / "surveymonkey.xlsx")
    (p,) = list_participants(db, event.id)
    assert (p.title, p.first_name, p.last_name, p.organisation, p.position, p.phone, p.email) == (
        "นาย", "อดิศร", "วงศ์ไชย", "บจก. ลำปางพาวเวอร์", "วิศวกรไฟฟ้า", "0882000001",
        "adisorn@example.org",
    )  # fmt: skip


def test_a_column_no_row_fills_gives_its_field_to_one_that_rows_fill(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # Zoom's 'องค์กร' left blank (not asked) beside the host's question 'หน่วยงาน/สังกัด'; a
    # coordinator's phone takes nothing from the participants' blank one.
    path = tmp_path / "zoom.csv"
    path.write_text(
        "ชื่อจริง,นามสกุล,โทรศัพท์,องค์กร,สถานะการอนุมัติ,หน่วยงาน/สังกัด,เบอร์โทรผู้ประสานงาน\n"
        "สมศรี,ทองใบ,,,อนุมัติแล้ว,สสอ.แม่เมาะ,0891230009\n"
        "ปิยะพงษ์,แสนเมือง,,,อนุมัติแล้ว,มหาวิทยาลัยเชียงใหม่,0891230009\n",
        encoding="utf-8",
    )
    import_file(db, event.id, path)
    people = {(p.first_name, p.organisation, p.phone) for p in list_participants(db, event.id)}
    assert people == {("สมศรี", "สสอ.แม่เมาะ", ""), ("ปิยะพงษ์", "มหาวิทยาลัยเชียงใหม่", "")}


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n(Name, Organisation) Tj\n%%EOF\n",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\nstream\n\x78\x9c\xab\xcd\xef\nendstream\n%%EOF\n",
    ],
)
def test_a_pdf_under_a_csv_name_is_refused(
    db: Database, event: EventInfo, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "รายชื่อผู้เข้าร่วม.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=r"รายชื่อผู้เข้าร่วม\.csv: this is a PDF"):
        import_file(db, event.id, path)
    assert list_participants(db, event.id) == []


def _list_sheet(sheet, people: list[str]) -> None:  # type: ignore[no-untyped-def]
    sheet.append(["ที่", "ชื่อ-นามสกุล", "หน่วยงาน", "เบอร์โทรศัพท์"])
    for number, name in enumerate(people, 1):
        sheet.append([number, name, "อบต.บ้านดง", f"08123479{number:02d}"])


def test_the_visible_list_is_imported_not_a_longer_hidden_copy(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    workbook.active.title = "รายชื่อ"
    _list_sheet(workbook.active, ["นายประพันธ์ ศรีเมือง", "นางบุษบา คำดี"])
    old = workbook.create_sheet("ข้อมูลเดิม")
    _list_sheet(old, ["นายวรวุฒิ ทองแท้", "นางลำดวน หอมจันทร์", "นางสาวจิราพร ใจบุญ"])
    old.sheet_state = "hidden"
    path = tmp_path / "รายชื่อ.xlsx"
    workbook.save(path)
    plan = import_file(db, event.id, path)
    assert plan.sheet == "รายชื่อ"
    assert {p.first_name for p in list_participants(db, event.id)} == {"ประพันธ์", "บุษบา"}


def test_a_list_on_a_hidden_sheet_alone_is_found(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    workbook = Workbook()
    hidden = workbook.create_sheet("Sheet2")
    _list_sheet(hidden, ["นายวรวุฒิ ทองแท้"])
    hidden.sheet_state = "hidden"
    path = tmp_path / "รายชื่อ.xlsx"
    workbook.save(path)
    assert import_file(db, event.id, path).sheet == "Sheet2"


def test_excel_s_owner_file_is_refused_naming_the_workbook_to_import(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    owner = tmp_path / "~$รายชื่อ.xlsx"
    user = b"somchai"
    owner.write_bytes(
        (bytes([len(user)]) + user.ljust(53) + "somchai".encode("utf-16-le")).ljust(165)
    )
    with pytest.raises(ImportFileError, match=r"~\$รายชื่อ.xlsx: this is the small file Excel keeps"):
        import_file(db, event.id, owner)


def test_an_other_please_specify_answer_fills_its_choice(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = _forms_export(
        tmp_path / "forms.xlsx",
        ["คำนำหน้าชื่อ", "คำนำหน้าอื่นๆ (โปรดระบุ)", "ชื่อ", "นามสกุล", "ภาคส่วน", "ภาคส่วนอื่น ๆ"],
        [
            ["anonymous", None, "อื่นๆ", "ว่าที่ร้อยตรี", "สมศักดิ์", "วงศ์ใหญ่", "ภาครัฐ", ""],
            ["anonymous", None, "นาย", "", "วิชัย", "รุ่งเรือง", "อื่น ๆ", "สื่อมวลชน"],
            ["anonymous", None, "นางสาว", "", "อัญชลี", "มณีวงศ์", "ภาคเอกชน", ""],
        ],
    )
    import_file(db, event.id, path)
    people = {(p.title, p.first_name, p.sector) for p in list_participants(db, event.id)}
    assert people == {
        ("ว่าที่ร้อยตรี", "สมศักดิ์", "ภาครัฐ"),
        ("นาย", "วิชัย", "สื่อมวลชน"),
        ("นางสาว", "อัญชลี", "ภาคเอกชน"),
    }


def test_microsoft_forms_multiple_choice_answers_lose_their_closing_semicolon(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = _forms_export(
        tmp_path / "forms.xlsx",
        ["คำนำหน้า", "ชื่อ-นามสกุล", "ภาคส่วน (เลือกได้มากกว่า 1 ข้อ)"],
        [["anonymous", None, "นาย;", "วีระพงษ์ ศรีสม", "ภาครัฐ;"],
         ["anonymous", None, "ดร.;", "สุรชัย มั่นคง", "สถาบันการศึกษา;ภาครัฐ;"]],
    )  # fmt: skip
    import_file(db, event.id, path)
    people = {(p.title, p.first_name, p.sector) for p in list_participants(db, event.id)}
    assert people == {("นาย", "วีระพงษ์", "ภาครัฐ"), ("ดร.", "สุรชัย", "สถาบันการศึกษา;ภาครัฐ")}


def test_consent_to_photographs_is_not_consent_to_personal_data(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = _forms_export(
        tmp_path / "forms.xlsx",
        [
            "ชื่อ-นามสกุล",
            "ข้าพเจ้ายินยอมให้ถ่ายภาพและเผยแพร่ภาพกิจกรรม",
            "ข้าพเจ้ายินยอมให้เก็บรวบรวมและใช้ข้อมูลส่วนบุคคลตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล",
        ],
        [["anonymous", None, "นายวิทยา คงมั่น", "ยินยอม", "ไม่ยินยอม"],
         ["anonymous", None, "นางกนกพร ดวงดี", "ไม่ยินยอม", "ยินยอม"]],
    )  # fmt: skip
    import_file(db, event.id, path)
    consent = {p.first_name: p.consent for p in list_participants(db, event.id)}
    assert consent == {"วิทยา": False, "กนกพร": True}


def test_consent_to_photographs_alone_is_no_answer_about_personal_data(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = _forms_export(
        tmp_path / "forms.xlsx",
        ["ชื่อ-นามสกุล", "Consent to photography"],
        [["anonymous", None, "นายวิทยา คงมั่น", "Yes"]],
    )
    import_file(db, event.id, path)
    assert [p.consent for p in list_participants(db, event.id)] == [None]


def test_a_cancelled_or_refused_registration_is_not_imported(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # A web system's export, and Zoom's with its approval status.
    web = tmp_path / "ระบบลงทะเบียน.csv"
    web.write_text(
        "เลขที่ลงทะเบียน,วันที่ลงทะเบียน,ชื่อ-สกุล,หน่วยงาน,สถานะ\n"
        "REG-0001,27/11/2569 09:15,นายสมชาย ใจดี,อบต.แม่เมาะ,ยืนยันแล้ว\n"
        "REG-0002,27/11/2569 09:20,นางสาวกัญญา ศรีสุข,เทศบาลตำบลแม่เมาะ,ยกเลิก\n"
        "REG-0003,27/11/2569 09:31,นายปิยะ ณ ลำปาง,สอจ.ลำปาง,รอยืนยัน\n",
        encoding="utf-8",
    )
    zoom = tmp_path / "zoom.csv"
    zoom.write_text(
        "First Name,Last Name,Email,Organization,Registration Time,Approval Status\n"
        "Anan,Suk,anan@example.org,EGAT,11/20/2026 10:00,approved\n"
        "Malee,Dee,malee@example.org,EGAT,11/20/2026 10:05,denied\n",
        encoding="utf-8",
    )
    plan = import_file(db, event.id, web)
    assert [(r.row, r.status) for r in plan.rows] == [(2, "new"), (3, "cancelled"), (4, "new")]
    assert plan.rows[1].person is not None and plan.rows[1].person.first_name == "กัญญา"
    assert plan.counts()["cancelled"] == 1
    assert "row 3: the registration says 'ยกเลิก': not imported" in "\n".join(plan.issues())
    plan = import_file(db, event.id, zoom)
    assert [r.status for r in plan.rows] == ["new", "cancelled"]
    names = sorted(p.first_name for p in list_participants(db, event.id))
    assert names == ["Anan", "ปิยะ", "สมชาย"]


def test_a_web_systems_csv_of_excel_text_cells_is_read_as_excel_shows_it(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    # Every cell written '="..."' so that Excel keeps leading zeros and long numbers.
    path = tmp_path / "export.csv"
    path.write_text(
        '="ลำดับ",="ชื่อ-นามสกุล",="หน่วยงาน",="ตำแหน่ง",="โทรศัพท์",="อีเมล"\n'
        '="1",="นายสุรชัย แก้วมูล",="บริษัท ""ลำปางคอนกรีต"" จำกัด",="=ผู้จัดการ",="0812226601",=""\n'
        '="2",="นางสาวจิตรา อินทร์ปัญญา",="อบต.พิชัย","=""ครู""&"" ""&""ชำนาญการ""",="0812226602",'
        '="jitra@example.org"\n',
        encoding="utf-8",
    )
    import_file(db, event.id, path)
    people = {p.first_name: p for p in list_participants(db, event.id)}
    suchai, jitra = people["สุรชัย"], people["จิตรา"]
    assert (suchai.title, suchai.last_name, suchai.phone, suchai.email) == (
        "นาย", "แก้วมูล", "0812226601", ""
    )  # fmt: skip
    assert suchai.organisation == 'บริษัท "ลำปางคอนกรีต" จำกัด'
    # The text inside stays as typed, and a formula that does more stays as written.
    assert suchai.position == "=ผู้จัดการ"
    assert jitra.position == '="ครู"&" "&"ชำนาญการ"'
    assert (jitra.organisation, jitra.email) == ("อบต.พิชัย", "jitra@example.org")
