"""The many ways Thai offices and forms word the same column and the same answer."""

from __future__ import annotations

import pytest

from ecodesk.exchange.importing.columns import Column
from ecodesk.exchange.importing.mapping import guess_mapping
from ecodesk.exchange.importing.rows import RowReader, parse_consent
from ecodesk.services.thai_text import clean_texts


def _columns(*fields: str) -> list[Column]:
    return [Column(i, f, f) for i, f in enumerate(fields)]


def _fields(headers: list[str]) -> list[str]:
    return [c.field for c in guess_mapping(headers)]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["No.", "คำนำหน้า / Title", "ชื่อ / Name", "นามสกุล / Surname", "หน่วยงาน / Organization"],
            ["", "title", "first_name", "last_name", "organisation"],
        ),
        (
            ["ที่", "คำนำหน้าชื่อ\nTitle", "ชื่อ\nFirst name", "นามสกุล\nSurname", "อีเมล\nE-mail"],
            ["", "title", "first_name", "last_name", "email"],
        ),
        (["Surname / นามสกุล", "ชื่อ / First name"], ["last_name", "first_name"]),
        # Halves that name different fields are one column for both.
        (["ชื่อ/สกุล", "หน่วยงาน"], ["full_name", "organisation"]),
        (["ชื่อ-สกุล / Name-Surname", "หน่วยงาน"], ["full_name", "organisation"]),
    ],
)
def test_a_bilingual_header_names_what_both_its_halves_name(
    headers: list[str], expected: list[str]
) -> None:
    assert _fields(headers) == expected


@pytest.mark.parametrize(
    "other",
    ["ชื่อโครงการ", "ชื่อโครงการที่ท่านเข้าร่วม", "ชื่อกิจกรรม", "ชื่อหลักสูตร", "ชื่อ LINE", "ชื่อไลน์",
     "ชื่อบัญชี LINE"],
)  # fmt: skip
def test_the_name_of_a_project_or_a_line_account_is_not_the_persons(other: str) -> None:
    # The person's own header names the name less closely than 'ชื่อโครงการ' does.
    assert _fields([other, "ชื่อผู้เข้าร่วมอบรม", "หน่วยงาน"]) == ["", "first_name", "organisation"]
    assert _fields(["ชื่อ-สกุล ผู้ลงทะเบียน", other]) == ["full_name", ""]


def test_an_online_meeting_is_not_a_line_account() -> None:
    headers = ["ชื่อ-สกุล", "อีเมลสำหรับส่งลิงก์ประชุมออนไลน์"]
    assert _fields(headers) == ["full_name", "email"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # An address, the agency's too, is not the organisation, with or without one beside it.
        (["ชื่อ-สกุล", "3. ที่อยู่หน่วยงาน", "ตำแหน่ง"], ["full_name", "", "position"]),
        (["ชื่อ-สกุล", "ที่อยู่หน่วยงาน", "ชื่อหน่วยงาน"], ["full_name", "", "organisation"]),
        (["ชื่อ-สกุล", "ที่อยู่ (สำหรับส่งเอกสาร)", "ที่อยู่อีเมล"], ["full_name", "", "email"]),
        (["ชื่อ-สกุล", "ที่อยู่/เบอร์โทรศัพท์"], ["full_name", "phone"]),
        # A question for both still gives the organisation.
        (["ชื่อ-สกุล", "หน่วยงาน/ที่อยู่"], ["full_name", "organisation"]),
        # How a person attends is not the sector.
        (["ชื่อ-สกุล", "ประเภทการเข้าร่วม (Onsite/Online)"], ["full_name", ""]),
        (["ชื่อ-สกุล", "ประเภทผู้เข้าร่วม"], ["full_name", "sector"]),
        # A confirmation of attendance says whether the registration stands.
        (["ชื่อ-สกุล", "ยืนยันการเข้าร่วม"], ["full_name", "status"]),
        (["ชื่อ-สกุล", "สถานะการเข้าร่วม"], ["full_name", "status"]),
        # So does the reply to an invitation, not the day it came.
        (["ชื่อ-สกุล", "สถานะการตอบรับ", "วันที่ตอบรับ"], ["full_name", "status", ""]),
        (["ชื่อ-สกุล", "ตอบรับการเข้าร่วม"], ["full_name", "status"]),
        # A seat is no position.
        (["ชื่อ-สกุล", "ตำแหน่งที่นั่ง"], ["full_name", ""]),
        (["ชื่อ-สกุล", "ตำแหน่งที่นั่ง", "ตำแหน่ง"], ["full_name", "", "position"]),
    ],
)
def test_columns_that_only_look_like_a_field(headers: list[str], expected: list[str]) -> None:
    assert _fields(headers) == expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["ลำดับ", "ยศ", "ชื่อ", "นามสกุล", "ตำแหน่ง", "สังกัด"],
         ["", "title", "first_name", "last_name", "position", "organisation"]),
        (["คำนำหน้าชื่อ/ตำแหน่งทางวิชาการ", "ชื่อ", "นามสกุล", "ตำแหน่ง"],
         ["title", "first_name", "last_name", "position"]),
        (["ชื่อ-สกุล", "สถาบัน", "ไปรษณีย์อิเล็กทรอนิกส์"], ["full_name", "organisation", "email"]),
        (["ชื่อ-สกุล", "สถานที่ทำงาน"], ["full_name", "organisation"]),
        # A monk's temple; not the province ('จังหวัด').
        (["ชื่อ/ฉายา", "วัด", "จังหวัด"], ["first_name", "organisation", ""]),
        (["ยศ - ชื่อ - ชื่อสกุล", "ตำแหน่ง", "หน่วย"], ["full_name", "position", "organisation"]),
        # The work phone that loses the phone to the mobile is not the organisation.
        (["ชื่อ-สกุล", "หน่วยงานที่สังกัด", "เบอร์โทรที่ทำงาน", "มือถือ"],
         ["full_name", "organisation", "", "phone"]),
        (["Name", "Surname", "Institution", "Contact number", "I agree to the privacy policy"],
         ["full_name", "last_name", "organisation", "phone", "consent"]),
        (["ชื่อ-สกุล", "8. การคุ้มครองข้อมูลส่วนบุคคล (PDPA) *"], ["full_name", "consent"]),
        (["ชื่อ-สกุล", "ข้าพเจ้ายอมรับนโยบายความเป็นส่วนตัว"], ["full_name", "consent"]),
        # The photograph question stays apart from the personal data one.
        (["ชื่อ-สกุล", "ยินยอมให้ถ่ายภาพ", "ความยินยอม PDPA"], ["full_name", "", "consent"]),
        # An occupation is the position where nothing else asks for it, wherever it stands.
        (["ชื่อ-สกุล", "อาชีพ", "ที่อยู่"], ["full_name", "position", ""]),
        (["ชื่อ-สกุล", "อาชีพ", "ตำแหน่ง"], ["full_name", "", "position"]),
        (["ชื่อ-สกุล", "อาชีพ", "ตำแหน่งปัจจุบัน"], ["full_name", "", "position"]),
        # A participant's standing as a category is no registration state.
        (["ชื่อ-สกุล", "สถานะผู้เข้าร่วม"], ["full_name", ""]),
    ],
)  # fmt: skip
def test_other_words_offices_use_for_a_field(headers: list[str], expected: list[str]) -> None:
    assert _fields(headers) == expected


@pytest.mark.parametrize(
    ("answer", "title"),
    [
        ("นาย (Mr.)", "นาย"),
        ("นางสาว/Miss", "นางสาว"),
        ("Mr./นาย", "นาย"),
        ("Mrs. / นาง", "นาง"),
        ("นางสาว (Ms.)", "นางสาว"),
        ("ดร. (Dr.)", "ดร."),
        # Not a pair of one title in two languages: as typed.
        ("นาง(สาว)", "นาง(สาว)"),
        ("นาย/นาง/นางสาว", "นาย/นาง/นางสาว"),
        ("Mr./Dr.", "Mr./Dr."),
        ("นาย", "นาย"),
    ],
)
def test_a_title_chosen_in_two_languages_is_kept_in_thai(answer: str, title: str) -> None:
    reader = RowReader(_columns("title", "first_name", "last_name"), "list.xlsx")
    cells = [answer, "สมชาย", "ใจดี"]
    assert reader.person(cells, tuple(clean_texts(cells))).title == title


@pytest.mark.parametrize(
    ("answer", "consent"),
    [
        ("√", True),
        ("☑", True),
        ("✔️", True),
        ("ได้", True),
        ("เห็นด้วย", True),
        ("ยินดีให้ข้อมูล", True),
        ("×", False),
        ("ไม่ได้", False),
        ("ไม่เห็นด้วย", False),
        ("ไม่ยินดี", False),
    ],
)
def test_consent_as_offices_and_phones_tick_or_word_it(answer: str, consent: bool) -> None:
    assert parse_consent(answer) is consent


@pytest.mark.parametrize(
    "emergency", ["เบอร์ติดต่อกรณีฉุกเฉิน", "Emergency contact number", "เบอร์โทรผู้ติดต่อฉุกเฉิน"]
)
def test_the_phone_to_call_in_an_emergency_is_someone_elses(emergency: str) -> None:
    assert _fields(["ชื่อ-สกุล", emergency, "อีเมล"]) == ["full_name", "", "email"]


def test_the_supervisor_who_nominates_a_participant_is_someone_else() -> None:
    headers = ["ชื่อ-สกุล ผู้เข้ารับการอบรม", "ตำแหน่ง", "ชื่อ-สกุล ผู้บังคับบัญชา",
               "ตำแหน่งผู้บังคับบัญชา", "เบอร์โทรผู้บังคับบัญชา", "อีเมลผู้บังคับบัญชา"]  # fmt: skip
    assert _fields(headers) == ["full_name", "position", "", "", "", ""]


@pytest.mark.parametrize(
    "headers",
    [
        ["ชื่อ-สกุล", "โทรศัพท์ (สำนักงาน)", "โทรศัพท์มือถือ"],
        ["ชื่อ-สกุล", "4) โทรศัพท์ (สำนักงาน)", "5) โทรศัพท์มือถือ"],
        ["ชื่อ-สกุล", "เบอร์โทรศัพท์", "เบอร์โทรศัพท์มือถือที่ติดต่อได้"],
        ["ชื่อ-สกุล", "Tel.", "Mobile phone"],
    ],
)
def test_the_mobile_is_the_phone_however_the_office_one_is_named(headers: list[str]) -> None:
    assert _fields(headers) == ["full_name", "", "phone"]


@pytest.mark.parametrize(
    ("answer", "cancelled"),
    [
        *((no, True) for no in ("ไม่สะดวกเข้าร่วม", "ไม่ได้เข้าร่วม", "ไม่ร่วม", "ไม่ยืนยัน", "ติดภารกิจ",
                                "ติดราชการ", "ไม่", "ไม่มา", "No", "Not attending", "Unable to attend")),
        *((yes, False) for yes in ("ยืนยัน", "เข้าร่วม", "ยืนยันเข้าร่วม", "รอยืนยัน", "ไม่ระบุ", "Yes",
                                   "Confirmed", "Attending")),
    ],
)  # fmt: skip
def test_a_confirmation_answered_no_is_a_registration_not_coming(
    answer: str, cancelled: bool
) -> None:
    reader = RowReader(_columns("full_name", "status"), "list.xlsx")
    assert bool(reader.cancelled(("นายสมชาย ใจดี", answer))) is cancelled


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["คำนำหน้าชื่อ", "ชื่อ", "ชื่อสกุล", "สังกัดกอง"],
         ["title", "first_name", "last_name", "organisation"]),
        (["ชื่อ", "ชื่อสกุล *", "หน่วยงาน"], ["first_name", "last_name", "organisation"]),
        (["คำนำหน้านาม", "ชื่อตัว", "ชื่อสกุล"], ["title", "first_name", "last_name"]),
        # Written apart it is the whole name; so is 'ชื่อสกุล' beside a name that is not the
        # person's own.
        (["ชื่อสกุล", "ชื่อ Facebook"], ["full_name", ""]),
        (["ชื่อ - สกุล", "ชื่อผู้พักร่วม"], ["full_name", ""]),
    ],
)  # fmt: skip
def test_the_family_name_as_personnel_systems_head_it(
    headers: list[str], expected: list[str]
) -> None:
    # The civil registry's word for the family name is 'ชื่อสกุล'.
    assert _fields(headers) == expected


@pytest.mark.parametrize(
    "header",
    ["ประเภทห้องพัก", "ประเภทการเดินทาง", "ประเภทการจ้าง", "ประเภทพนักงาน", "Emp. Type",
     "Employee type", "Room type"],
)  # fmt: skip
def test_a_room_a_journey_or_a_hiring_is_no_kind_of_participant(header: str) -> None:
    assert _fields(["ชื่อ-สกุล", header]) == ["full_name", ""]
    assert _fields(["ชื่อ-สกุล", header, "ประเภทหน่วยงาน"]) == ["full_name", "", "sector"]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        # Words that make a label known (an allowance sheet's money, dates and times) or that
        # say a column is not a field never hide the field a header asks for.
        ("เบอร์โทรที่ติดต่อได้ในเวลาราชการ", "phone"),
        ("ยืนยันการเข้าร่วมวันที่ 20 พ.ย.", "status"),
        ("บทบาท/ตำแหน่ง", "position"),
        ("Employer / Organization", "organisation"),
        ("จำนวนเงิน (บาท)", ""),
    ],
)
def test_labels_that_name_no_field_hide_none(header: str, field: str) -> None:
    assert _fields(["ชื่อ-สกุล", header]) == ["full_name", field]


@pytest.mark.parametrize("header", ["เบอร์โทรศัพท์ / ID Line", "Tel. / LINE ID", "มือถือ (ID Line)"])
def test_a_phone_asked_with_a_line_id_is_the_phone(header: str) -> None:
    assert _fields(["ชื่อ-สกุล", header, "LINE ID"]) == ["full_name", "phone", ""]


def test_remarks_are_read_for_a_cancellation_where_no_column_gives_the_state() -> None:
    assert _fields(["ชื่อ-สกุล", "หมายเหตุ"]) == ["full_name", "status"]
    assert _fields(["ชื่อ-สกุล", "สถานะ", "หมายเหตุ"]) == ["full_name", "status", ""]


@pytest.mark.parametrize(
    ("remark", "cancelled"),
    [
        *((no, True) for no in ("ยกเลิก", "ยกเลิกแล้ว", "ยกเลิก (แจ้งทางโทรศัพท์)", "ไม่มา",
                                "ไม่เข้าร่วม", "ติดราชการ", "Cancelled", "ยกเลิก: ติดประชุม")),
        # A substitute, or a remark about part of the day or a meal, typed with a space too.
        *((yes, False) for yes in ("แทน นายก อบต.", "มาแทนนายสมชาย", "ไม่เข้าร่วมช่วงบ่าย",
                                   "ไม่ร่วมรับประทานอาหาร", "ไม่ทานเนื้อวัว", "ยกเลิกห้องพัก",
                                   "ไม่เข้าร่วม ช่วงบ่าย", "ไม่มา ช่วงเช้า", "ยกเลิก อาหารกลางวัน",
                                   "ติดราชการ ช่วงบ่าย")),
    ],
)  # fmt: skip
def test_a_remark_cancels_only_when_it_says_so(remark: str, cancelled: bool) -> None:
    columns = [Column(0, "ชื่อ-สกุล", "full_name"), Column(1, "หมายเหตุ", "status")]
    reader = RowReader(columns, "list.xlsx")
    assert bool(reader.cancelled(("นายสมชาย ใจดี", remark))) is cancelled


@pytest.mark.parametrize(
    "headers",
    [
        ["Name (EN)", "Name (TH)", "Position"],
        ["ชื่อ-สกุล (EN)", "ชื่อ-สกุล (TH)", "Position"],
        ["ชื่อ-นามสกุล (Eng.)", "ชื่อ-นามสกุล", "Position"],
    ],
)
def test_a_name_in_english_gives_way_to_the_thai_one_before_or_after_it(
    headers: list[str],
) -> None:
    assert _fields(headers) == ["", "full_name", "position"]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["ที่", "ผู้เข้าร่วมประชุม", "ตำแหน่ง", "ลายมือชื่อ"], ["", "full_name", "position", ""]),
        (["ลำดับ", "หน่วยงาน", "ผู้แทนหน่วยงาน", "โทรศัพท์"], ["", "organisation", "full_name", "phone"]),
        (["No.", "Attendee", "Organization"], ["", "full_name", "organisation"]),
        (["ผู้เข้ารับการอบรม", "ส่วนงาน"], ["full_name", "organisation"]),
        (["ชื่อ-สกุล", "คณะ"], ["full_name", "organisation"]),
        # A substitute's column beside the name is someone else.
        (["ชื่อ-สกุล", "ผู้แทน (กรณีไม่สามารถเข้าร่วมได้)"], ["full_name", ""]),
        # The payee's signature is not the payee's name.
        (["ที่", "ชื่อ - สกุล ผู้รับเงิน", "จำนวนเงิน", "ลงชื่อผู้รับเงิน"], ["", "full_name", "", ""]),
    ],
)
def test_a_name_column_headed_by_what_its_people_come_as(
    headers: list[str], expected: list[str]
) -> None:
    assert _fields(headers) == expected
