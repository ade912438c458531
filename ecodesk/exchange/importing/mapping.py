"""Finding the header row and mapping its columns to participant fields.

Thai lists phrase headers many ways: 'ชื่อ-นามสกุล (โปรดระบุคำนำหน้า)', 'หน่วยงาน/สังกัด',
'เบอร์โทรศัพท์ที่ติดต่อได้'. A header is normalised (case-folded, words in brackets, spaces
and punctuation removed) and matched exactly first, then by the words it contains. When
several headers could name a field, the one those words describe best takes it
('ประเภทหน่วยงาน' rather than 'ประเภทสมาชิก' for the sector), not the leftmost.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

from ecodesk.exchange.importing.reading import (
    Cell,
    ImportFileError,
    Table,
    column_letter,
    read_tables,
)
from ecodesk.services.thai_text import TITLES, clean_text

# Field names, in the order the preview lists them.
FIELDS = (
    "title",
    "full_name",
    "first_name",
    "last_name",
    "organisation",
    "position",
    "sector",
    "phone",
    "email",
    "consent",
    "status",
)
IGNORE = ""
# The fields that name a person (one of them must be mapped), the name's parts, and with
# the title everything a name column may hold.
PERSON_NAMES = frozenset(("full_name", "first_name"))
NAME_PARTS = PERSON_NAMES | {"last_name"}
_NAME_FIELDS = NAME_PARTS | {"title"}
_TITLE_KEYS = frozenset(t.casefold() for t in TITLES)
# How far down a header may sit under title rows (only these rows are scored: a big sheet's
# header is found as fast as a small one's).
HEADER_SEARCH_ROWS = 60

_EXACT: dict[str, str] = {
    **dict.fromkeys(("ลำดับ", "ลำดับที่", "ที่", "no", "#", "ประทับเวลา", "timestamp"), IGNORE),
    # A rank ('ยศ': พ.ต.อ., ด.ต.) is the title of a police or military list.
    **dict.fromkeys(("คำนำหน้า", "คำนำหน้าชื่อ", "title", "prefix", "คำนำ", "ยศ"), "title"),
    **dict.fromkeys(
        (
            "ชื่อนามสกุล",
            "ชื่อสกุล",
            "ชื่อและนามสกุล",
            "name",
            "fullname",
            "ชื่อผู้เข้าร่วม",
            "ผู้เข้าร่วม",
            "รายชื่อผู้เข้าร่วม",
        ),
        "full_name",
    ),
    # The people named by what they come as, on a sign-in sheet or an agency's reply.
    **dict.fromkeys(
        (
            "ผู้เข้าร่วมประชุม",
            "ผู้เข้าร่วมอบรม",
            "ผู้เข้าร่วมสัมมนา",
            "ผู้เข้าร่วมโครงการ",
            "ผู้เข้าร่วมกิจกรรม",
            "ผู้เข้าประชุม",
            "ผู้เข้าอบรม",
            "ผู้เข้ารับการอบรม",
            "ผู้ลงทะเบียน",
            "ผู้แทน",
            "ผู้แทนหน่วยงาน",
            "participant",
            "attendee",
        ),
        "full_name",
    ),
    # 'ชื่อตัว' | 'ชื่อสกุล': the civil registry's given and family name.
    **dict.fromkeys(("ชื่อ", "ชื่อจริง", "ชื่อตัว", "firstname", "givenname"), "first_name"),
    **dict.fromkeys(("นามสกุล", "สกุล", "surname", "lastname", "familyname"), "last_name"),
    # 'ภาค' alone is a sector; inside a longer header ('ภาคเรียน') it is not.
    "ภาค": "sector",
    # An amount ('จำนวน (บาท)'), a label of an allowance sheet (see _CONTAINS).
    **dict.fromkeys(("จำนวน", "บาท"), IGNORE),
    # A monk's temple, a soldier's unit: where they come from. Inside a longer header
    # ('จังหวัด', 'หน่วยนับ') these words are not.
    **dict.fromkeys(("วัด", "หน่วย"), "organisation"),
    # A university's unit or faculty.
    **dict.fromkeys(("ส่วนงาน", "คณะ"), "organisation"),
    # A web system's or Zoom's state of each registration ('ยกเลิก', 'denied').
    **dict.fromkeys(("สถานะ", "status"), "status"),
}
# Tried in order on headers that match nothing exactly: the first field whose words all occur.
_CONTAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Columns of a sign-in sheet or a form that name a name but hold something else.
    (IGNORE, ("ลายมือ",)),
    (IGNORE, ("signature",)),
    (IGNORE, ("ชื่อเล่น",)),
    (IGNORE, ("nickname",)),
    # The name of the project, activity, course or topic a form asks about, or of a LINE
    # account: never the person's, whose own header may name it less closely
    # ('ชื่อผู้เข้าร่วมอบรม').
    (IGNORE, ("ชื่อโครงการ",)),
    (IGNORE, ("ชื่อกิจกรรม",)),
    (IGNORE, ("ชื่อหลักสูตร",)),
    (IGNORE, ("ชื่อเรื่อง",)),
    (IGNORE, ("ชื่อหัวข้อ",)),
    (IGNORE, ("ชื่อไลน์",)),
    (IGNORE, ("ชื่อในไลน์",)),
    (IGNORE, ("ชื่อline",)),
    (IGNORE, ("linename",)),
    (IGNORE, ("ชื่อบัญชี",)),
    (IGNORE, ("หมายเหตุ",)),
    # A seat ('ตำแหน่งที่นั่ง') is no position.
    (IGNORE, ("ที่นั่ง",)),
    (IGNORE, ("seat",)),
    # A food or diet choice ('ประเภทอาหาร') names a kind of meal, not of participant.
    (IGNORE, ("อาหาร",)),
    (IGNORE, ("food",)),
    (IGNORE, ("diet",)),
    (IGNORE, ("meal",)),
    ("sector", ("ประเภทหน่วยงาน",)),
    ("sector", ("ประเภทองค์กร",)),
    ("sector", ("type", "organi")),
    ("sector", ("kindof", "organi")),
    ("sector", ("กลุ่มเป้าหมาย",)),
    ("sector", ("กลุ่มผู้เข้าร่วม",)),
    # A form's question 'ท่านสังกัดภาคส่วนใด' asks for the sector, not the organisation.
    ("sector", ("ภาคส่วน",)),
    # The consent a participant's record holds is to the use of personal data; a form's
    # consent to photographs is something else, unless the question asks both at once.
    ("consent", ("ยินยอม", "ข้อมูล")),
    ("consent", ("pdpa",)),
    ("consent", ("personal", "data")),
    ("consent", ("personal", "information")),
    (IGNORE, ("ยินยอม", "ภาพ")),
    (IGNORE, ("ยินยอม", "วิดีโอ")),
    (IGNORE, ("ยินยอม", "วีดีโอ")),
    (IGNORE, ("consent", "photo")),
    (IGNORE, ("consent", "image")),
    (IGNORE, ("consent", "video")),
    ("consent", ("ยินยอม",)),
    ("consent", ("consent",)),
    # A form's PDPA question may name the law or the policy alone ('การคุ้มครองข้อมูลส่วนบุคคล
    # (PDPA)', its bracket dropped; 'I agree to the privacy policy').
    ("consent", ("คุ้มครองข้อมูล",)),
    ("consent", ("ความเป็นส่วนตัว",)),
    ("consent", ("privacy",)),
    ("status", ("สถานะ", "ลงทะเบียน")),
    ("status", ("สถานะ", "อนุมัติ")),
    ("status", ("registration", "status")),
    ("status", ("approval",)),
    # A confirmation ('ยืนยันการเข้าร่วม': 'ยืนยัน', 'ไม่สามารถเข้าร่วมได้') is the state too.
    ("status", ("ยืนยัน", "เข้าร่วม")),
    ("status", ("สถานะการเข้าร่วม",)),
    # The reply to an invitation ('สถานะการตอบรับ': 'ตอบรับ', 'ปฏิเสธ'), not the day of it.
    ("status", ("การตอบรับ",)),
    ("status", ("ตอบรับ", "เข้าร่วม")),
    ("email", ("อีเมล",)),
    ("email", ("mail",)),
    # The official Thai word for e-mail.
    ("email", ("ไปรษณีย์อิเล็กทรอนิกส์",)),
    ("phone", ("โทรศัพท์",)),
    ("phone", ("โทร",)),
    ("phone", ("มือถือ",)),
    ("phone", ("phone",)),
    ("phone", ("tel",)),
    ("phone", ("mobile",)),
    ("phone", ("contactnumber",)),
    ("phone", ("contactno",)),
    ("phone", ("เบอร์",)),
    # 'Contact number', 'Contact No.', 'หมายเลขติดต่อ': a number to call.
    ("phone", ("หมายเลขติดต่อ",)),
    # The payee of an allowance sheet is the participant ('ชื่อ - สกุล ผู้รับเงิน').
    ("full_name", ("ชื่อ", "ผู้รับเงิน")),
    ("full_name", ("ชื่อ", "สกุล")),
    ("full_name", ("name", "surname")),
    # How a person attends ('ประเภทการเข้าร่วม (Onsite/Online)') is no kind of participant.
    (IGNORE, ("การเข้าร่วม",)),
    # Nor is where a participant sleeps or how they travel ('ประเภทห้องพัก', 'ประเภทการเดินทาง'),
    # or how an employee is hired ('ประเภทการจ้าง', 'Emp. Type').
    (IGNORE, ("ห้องพัก",)),
    (IGNORE, ("ที่พัก",)),
    (IGNORE, ("ประเภทห้อง",)),
    (IGNORE, ("เดินทาง",)),
    (IGNORE, ("พาหนะ",)),
    (IGNORE, ("room",)),
    (IGNORE, ("accommodation",)),
    (IGNORE, ("travel",)),
    (IGNORE, ("การจ้าง",)),
    (IGNORE, ("ประเภทพนักงาน",)),
    (IGNORE, ("employment",)),
    (IGNORE, ("emp", "type")),
    # 'ประเภทกิจการ' is the kind of business, not the business.
    ("sector", ("ประเภท",)),
    ("organisation", ("หน่วยงาน",)),
    ("organisation", ("สังกัด",)),
    ("organisation", ("องค์กร",)),
    ("organisation", ("สถานที่ทำงาน",)),
    ("organisation", ("บริษัท",)),
    ("organisation", ("สถานประกอบการ",)),
    ("organisation", ("สถานศึกษา",)),
    ("organisation", ("โรงงาน",)),
    ("organisation", ("organi",)),
    ("organisation", ("agency",)),
    ("organisation", ("company",)),
    ("organisation", ("affiliation",)),
    ("organisation", ("institution",)),
    ("organisation", ("department",)),
    ("organisation", ("สถาบัน",)),
    ("organisation", ("ส่วนราชการ",)),
    ("organisation", ("โรงเรียน",)),
    ("organisation", ("ร้าน",)),
    ("organisation", ("กิจการ",)),
    ("organisation", ("ชุมชน",)),
    ("organisation", ("มาจาก",)),
    # A university's list names the institution ('สถาบัน'). Not 'ที่ทำงาน' alone: the work
    # phone ('เบอร์โทรที่ทำงาน') that loses the phone to the mobile would take it.
    ("organisation", ("institut",)),
    # Before the position: 'คำนำหน้าชื่อ/ตำแหน่งทางวิชาการ' asks for the title (ผศ.ดร.).
    ("title", ("คำนำหน้า",)),
    ("position", ("ตำแหน่ง",)),
    ("position", ("position",)),
    ("position", ("jobtitle",)),
    # A villager's occupation ('อาชีพ': เกษตรกร) where no column asks for the position.
    ("position", ("อาชีพ",)),
    ("position", ("occupation",)),
    ("sector", ("sector",)),
    ("sector", ("category",)),
    ("sector", ("type",)),
    ("last_name", ("นามสกุล",)),
    ("last_name", ("surname",)),
    ("first_name", ("ชื่อ",)),
    ("first_name", ("firstname",)),
    ("full_name", ("name",)),
    (IGNORE, ("ลำดับ",)),
    (IGNORE, ("timestamp",)),
    # Labels that name no field, last so that a header asking for a field still does
    # ('เบอร์โทรในเวลาราชการ'): the money of an allowance sheet ('จำนวนเงิน (บาท)', 'ค่าตอบแทน'),
    # when it was signed or the money received ('วัน/เดือน/ปี ที่รับเงิน', 'เวลามา'). Known
    # labels beside the name make a header of a sheet that names nothing else.
    (IGNORE, ("จำนวนเงิน",)),
    (IGNORE, ("ค่าตอบแทน",)),
    (IGNORE, ("เบี้ยเลี้ยง",)),
    (IGNORE, ("ค่าลงทะเบียน",)),
    (IGNORE, ("amount",)),
    (IGNORE, ("วันเดือนปี",)),
    (IGNORE, ("วันที่",)),
    (IGNORE, ("เวลา",)),
)
# Codes and numbers (a school's code, an ID card number) are not the names of things.
_CODE_RE = re.compile(r"^(?:รหัส|เลขที่|เลขบัตร|เลขประจำตัว)|\b(?:code|id)\b", re.IGNORECASE)
_EXACT_MATCH = 2.0
# The form's own name and e-mail questions take the field from the respondent's account
# columns (see _respondent_columns), which keep it only when the form asks for neither.
_RESPONDENT_MARKS = ("starttime", "completiontime")
_RESPONDENT_KEYS = frozenset(("email", "name"))
_RESPONDENT_QUALITY = 0.01
_ENGLISH_RE = re.compile(r"อังกฤษ|english|\(\s*eng?\.?\s*\)", re.IGNORECASE)
_ENGLISH_QUALITY = 0.1
# 'อีเมล / Line ID' and 'เบอร์โทรศัพท์ / ID Line' ask for an e-mail or a phone, not a code.
_CONTACT_RE = re.compile(r"อีเมล|mail|โทร|เบอร์|มือถือ|phone|mobile|tel")
# Columns about someone other than the participant: the agency's coordinator, the clerk who
# typed the row in, whom to call in an emergency, the supervisor who nominates the participant
# ('เบอร์โทรผู้ประสานงาน', 'ผู้บันทึกข้อมูล', 'เบอร์ติดต่อกรณีฉุกเฉิน', 'ชื่อ-สกุล ผู้บังคับบัญชา').
_OTHER_PERSON_RE = re.compile(
    r"ผู้ประสานงาน|ผู้บันทึก|ผู้กรอกข้อมูลแทน|ฉุกเฉิน|ผู้บังคับบัญชา|ผู้เสนอชื่อ"
    r"|coordinator|recordedby|emergency|supervisor"
)
_MOBILE_RE = re.compile(r"มือถือ|mobile|cell", re.IGNORECASE)
# More than a header's words can cover: the mobile wins however the office phone is named
# ('โทรศัพท์ (สำนักงาน)' covers all of its key once the bracket is dropped).
_MOBILE_PREFERENCE = 1.0
_CONTACT_FIELDS = frozenset(("phone", "email"))
# After a form's question number ('3. ที่อยู่หน่วยงาน').
_ADDRESS_RE = re.compile(r"[\d๐-๙]*ที่อยู่")
_OCCUPATION_QUALITY = 0.1
_OCCUPATION_RE = re.compile(r"อาชีพ|occupation")
_POSITION_RE = re.compile(r"ตำแหน่ง|position|jobtitle")
# A column given by its letter or number, not by its header.
_COLUMN_KEY_RE = re.compile(r"[A-Za-z]{1,3}|\d+")
_BRACKETS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOISE_RE = re.compile(r"[\s\-–—_.:/*,]+")


def normalise_header(text: object) -> str:
    header = _BRACKETS_RE.sub("", clean_text(text).casefold())
    return _NOISE_RE.sub("", header)


def guess_field(header: object) -> str | None:
    """The field a header names, IGNORE for a known column to skip, None when unknown."""
    return _match(header)[0]


def _match(header: object) -> tuple[str | None, float]:
    """The field a header names and how well: 2 for an exact name, else the share of the
    header its words cover ('ประเภทหน่วยงาน' names a sector better than 'ประเภทสมาชิก')."""
    candidates = _candidates(header)
    return candidates[0] if candidates else (None, 0.0)


def _candidates(header: object) -> list[tuple[str, float]]:
    """Every field a header may name, the likeliest first (see ``_match``); a column to skip
    has IGNORE alone. A name in English ('ชื่อ-นามสกุล (ภาษาอังกฤษ)', for a certificate)
    gives way to the same name in Thai, the desk's record, and is taken only without one."""
    found = _named_candidates(header)
    if not found and (mark := _person_mark(header)) is not None and mark[1] == _ATTENDEE_NAME:
        found = _named_candidates(_ATTENDEE_NAME)
    if found and _ENGLISH_RE.search(_spoken(header)):
        return [(f, q * _ENGLISH_QUALITY if f in _NAME_FIELDS else q) for f, q in found]
    return found


def _named_candidates(header: object) -> list[tuple[str, float]]:
    key = normalise_header(header)
    if not key:
        return []
    if key in _EXACT:
        return [(_EXACT[key], _EXACT_MATCH)]
    if (field := _bilingual_field(header)) is not None:
        return [(field, _EXACT_MATCH)]
    if _CODE_RE.search(clean_text(header)) and not _CONTACT_RE.search(key):
        return [(IGNORE, 0.0)]
    found: dict[str, float] = {}
    for field, words in _CONTAINS:
        if field not in found and all(w in key for w in words):
            if field == IGNORE:
                return [(IGNORE, 0.0)] if not found else list(found.items())
            found[field] = sum(map(len, words)) / len(key)
    # Of phone columns ('เบอร์โทรศัพท์ (สำนักงาน)', 'โทรศัพท์มือถือ') the mobile reaches the
    # person at the desk.
    if "phone" in found and _MOBILE_RE.search(_spoken(header)):
        found["phone"] += _MOBILE_PREFERENCE
    # An address asked for, the agency's too ('ที่อยู่หน่วยงาน'), is not the organisation (a
    # question for both, 'หน่วยงาน/ที่อยู่', is); it may be a form's 'ที่อยู่อีเมล'.
    if _ADDRESS_RE.match(key):
        found = {f: q for f, q in found.items() if f in _CONTACT_FIELDS}
        if not found:
            return [(IGNORE, 0.0)]
    # An occupation gives way to any column that asks for the position itself.
    if "position" in found and _OCCUPATION_RE.search(key) and not _POSITION_RE.search(key):
        found["position"] *= _OCCUPATION_QUALITY
    return list(found.items())


# Where a bilingual header puts its second language: 'นามสกุล / Surname', 'ชื่อ\nFirst name'.
_HALVES_RE = re.compile(r"\s*[/\n]\s*")


def _bilingual_field(header: object) -> str | None:
    """The field both halves of a bilingual header name exactly ('นามสกุล / Surname' is the
    last name, though 'surname' holds 'name'); None when they differ ('ชื่อ/สกุล' is the
    whole name) or either is not an exact name."""
    if not isinstance(header, str) or ("/" not in header and "\n" not in header):
        return None
    fields = {_EXACT.get(normalise_header(half)) for half in _HALVES_RE.split(header.strip())}
    return fields.pop() if len(fields) == 1 and None not in fields else None


@dataclass
class Column:
    index: int
    header: str
    field: str  # IGNORE when not imported
    # Of a row that registers several people (see ``guess_mapping``), which one the column
    # is about: 1, 2, ...; 0 for a row's one person, or a column all of them share.
    person: int = 0

    @property
    def letter(self) -> str:
        return column_letter(self.index)


def guess_mapping(header: Sequence[Cell]) -> list[Column]:
    """Each column with the field it most likely holds (see ``_guess_one``).

    A form that registers an agency's attendees together numbers them: 'ชื่อ-สกุล
    ผู้เข้าร่วมคนที่ 1', 'ตำแหน่ง คนที่ 1', ..., 'ชื่อ-สกุล คนที่ 2', or a registrant's own
    columns followed by 'ผู้ติดตาม 1', 'ผู้ติดตาม 2'. Each numbered person's columns are mapped
    on their own and marked with the person (``Column.person``); the columns without a number
    are shared by all of them (the organisation), but a registrant's name, title, position,
    phone and e-mail are the registrant's, person 1.
    """
    people = _people(header)
    apart = {*people, *_not_the_people(header)} if people else set()
    columns = _guess_one([None if i in apart else cell for i, cell in enumerate(header)])
    for c, cell in zip(columns, header, strict=True):
        c.header = clean_text(cell)
    if not people:
        return columns
    if any(c.field in PERSON_NAMES for c in columns):
        for c in columns:
            if c.field in _PERSONAL:
                c.person = 1
    for person in set(people.values()):
        own = [
            _unmarked(cell) if people.get(i) == person else None for i, cell in enumerate(header)
        ]
        for c in _guess_one(own):
            if people.get(c.index) == person:
                columns[c.index].field, columns[c.index].person = c.field, person
    return columns


# What each person of a row has of their own; the rest of a row they share.
_PERSONAL = _NAME_FIELDS | {"position", "phone", "email"}
# The number of one of the people a row registers: after 'คนที่', 'ท่านที่', 'รายที่' or
# 'ลำดับที่' ('ชื่อ-สกุล ผู้เข้าร่วมคนที่ 2', 'ตำแหน่ง (คนที่ 2)', 'ผู้เข้าร่วมลำดับที่ 2'),
# after a word for an attendee ('ผู้เข้าร่วม 3', 'Participant 2 email'), or ending a header,
# bracketed or not ('ชื่อ-สกุล 2', 'ผู้เข้าร่วม (2)').
_ATTENDEE_WORDS = r"ผู้เข้าร่วม(?:ประชุม|อบรม|สัมมนา|โครงการ|งาน)?|ผู้ติดตาม|participant|attendee|guest"
_ATTENDEE_RE = re.compile(_ATTENDEE_WORDS)
# What a header that names only an attendee ('ผู้เข้าร่วม 2') asks for.
_ATTENDEE_NAME = "ชื่อ-สกุล"
_PERSON_NO_RE = re.compile(
    rf"(?P<who>{_ATTENDEE_WORDS})?\s*(?:คนที่|ท่านที่|รายที่|ลำดับที่)\s*(?P<n>[0-9๐-๙]{{1,2}})"
    rf"|(?P<who2>{_ATTENDEE_WORDS})\s*(?:no\.?|#)?\s*(?P<n2>[0-9๐-๙]{{1,2}})"
    r"|[(\[]?\s*(?P<n3>[0-9๐-๙]{1,2})\s*[)\]]?$"
)


def _person_mark(header: object) -> tuple[int, str] | None:
    """The number of the person a header is about and the header without it ('ผู้เข้าร่วม
    3' is that person's name); None for a header with no such number."""
    said = _spoken(header)
    found = _PERSON_NO_RE.search(said)
    if found is None:
        return None
    rest = (said[: found.start()] + " " + said[found.end() :]).strip()
    if not normalise_header(rest) and (found["who"] or found["who2"]):
        rest = _ATTENDEE_NAME
    return int(found["n"] or found["n2"] or found["n3"]), rest


def _names_a_person(header: Cell) -> bool:
    """Whether a header says only which person of a row it is about ('คนที่ 1', 'ผู้เข้าร่วม
    คนที่ 2', 'ผู้ติดตาม 1'), not a bare number."""
    said = _spoken(header)
    found = _PERSON_NO_RE.search(said)
    rest = said[: found.start()] + said[found.end() :] if found else said
    return found is not None and not found["n3"] and not normalise_header(rest)


def _people(header: Sequence[Cell]) -> dict[int, int]:
    """Of a header that numbers the people a row registers, or repeats each one's columns
    (see _repeated_sections), each such column's person (1, 2, ... in the order of their
    numbers; from 2 after a registrant named in columns of their own); empty for a row of
    one person. A number counts where it numbers a name: 'โทรศัพท์ 1', 'โทรศัพท์ 2' beside
    one name column are one person's two phones, and 'ชื่อผู้ประสานงาน 2' is a coordinator's
    (see ``_OTHER_PERSON_RE``)."""
    marks = {
        i: m
        for i, cell in enumerate(header)
        if (m := _person_mark(cell)) is not None
        # A coordinator's own numbered columns, unless they say the coordinator attends
        # ('ผู้เข้าร่วมคนที่ 1 (ผู้ประสานงาน)').
        and not (_OTHER_PERSON_RE.search(m[1]) and not _ATTENDEE_RE.search(_spoken(cell)))
    }
    numbers = sorted(
        {n for n, rest in marks.values() if any(f in PERSON_NAMES for f, _ in _candidates(rest))}
    )
    if numbers:
        # A registrant is named in a column of the form's own, not the account's that filled
        # it in (Microsoft Forms' 'Name', beside its question 'Name2') or the coordinator's.
        apart = {*marks, *_not_the_people(header)}
        unnumbered = [None if i in apart else cell for i, cell in enumerate(header)]
        registrant = any(c.field in PERSON_NAMES for c in _guess_one(unnumbered))
        if len(numbers) < 2 and not registrant:
            return {}
        person = {n: k + 1 + registrant for k, n in enumerate(numbers)}
        found = {i: person[n] for i, (n, _) in marks.items() if n in person}
    else:
        marks = {}
        found = _repeated_sections(header)
    # Only the names numbered ('ผู้เข้าร่วม 1 | ตำแหน่ง | ผู้เข้าร่วม 2 | ตำแหน่ง'), or none
    # (see _repeated_sections): a header repeated without a number is the person's whose
    # column comes before it.
    said = [None if i in marks else _spoken(cell) for i, cell in enumerate(header)]
    whose = 0
    for i, text in enumerate(said):
        whose = found.get(i, whose)
        if whose and text and said.count(text) > 1:
            found[i] = whose
    return found


def _repeated_sections(header: Sequence[Cell]) -> dict[int, int]:
    """A form's section per attendee copied without a number ('ชื่อ-นามสกุล | ตำแหน่ง |
    ชื่อ-นามสกุล | ตำแหน่ง'): the name header each section repeats, and its person (1, 2,
    ...); empty when no name header repeats."""
    said = [_spoken(cell) for cell in header]
    name = next((s for i, s in enumerate(said) if s and _match(header[i])[0] in PERSON_NAMES), None)
    if name is None or said.count(name) < 2:
        return {}
    return {i: k + 1 for k, i in enumerate(i for i, s in enumerate(said) if s == name)}


def _not_the_people(header: Sequence[Cell]) -> set[int]:
    """The columns about none of the people a row registers: the account that filled the
    form in (see _respondent_columns), a coordinator (see _other_person_columns), told from
    the whole header, whose numbered columns name the people."""
    options = [_candidates(cell) for cell in header]
    return {*_respondent_columns(header), *_other_person_columns(header, options)}


def _unmarked(header: Cell) -> Cell:
    """A header without the number of the person it is about (see ``_person_mark``)."""
    mark = _person_mark(header)
    return header if mark is None else mark[1]


def person_columns(columns: Sequence[Column]) -> list[list[Column]]:
    """The columns each person of a row is read from, in order: ``[columns]`` for a row of
    one person; else a person's own columns and the shared ones, but for a field the person
    has a column of (a contact given once for the row is each person's who gives none)."""
    people = sorted({c.person for c in columns if c.person})
    if not people:
        return [list(columns)]
    views = []
    for person in people:
        own = [c for c in columns if c.person == person]
        fields = {c.field for c in own}
        views.append(own + [c for c in columns if not c.person and c.field not in fields])
    return views


def _guess_one(header: Sequence[Cell]) -> list[Column]:
    """Each column with the field it most likely holds; a field goes to the column whose
    header names it best (the leftmost of equals), and a column that loses it takes the next
    field its header names ('อีเมล / เบอร์โทร' beside a form's own 'ที่อยู่อีเมล' holds the
    phone), but never a part of a name: a second name column names someone else."""
    options = [_candidates(cell) for cell in header]
    for i in _respondent_columns(header):
        options[i] = [(field, q * _RESPONDENT_QUALITY) for field, q in options[i]]
    for i in _other_person_columns(header, options):
        options[i] = [(IGNORE, 0.0)]
    tried = [0] * len(options)
    holder: dict[str, int] = {}
    quality: dict[int, float] = {}
    waiting = list(range(len(options)))
    while waiting:
        i = waiting.pop(0)
        while tried[i] < len(options[i]):
            field, q = options[i][tried[i]]
            tried[i] += 1
            if not field or (tried[i] > 1 and field in _NAME_FIELDS):
                break
            other = holder.get(field)
            if other is not None and (quality[other], -other) >= (q, -i):
                continue
            holder[field], quality[i] = i, q
            if other is not None:
                waiting.append(other)
            break
    chosen = {i: field for field, i in holder.items()}
    columns = [Column(i, clean_text(cell), chosen.get(i, IGNORE)) for i, cell in enumerate(header)]
    _drop_conflicting_name_fields(columns, quality)
    _remarks_as_status(columns)
    return columns


# A remarks column ('หมายเหตุ', 'Remarks').
_REMARKS_RE = re.compile(r"หมายเหตุ|remarks?|notes?")


def is_remarks(header: str) -> bool:
    """Whether a column holds remarks, which a list without a status column uses for it."""
    return _REMARKS_RE.fullmatch(normalise_header(header)) is not None


def _remarks_as_status(columns: list[Column]) -> None:
    """Without a status column, an office list says in its remarks that a registration is
    cancelled ('ยกเลิก', 'ไม่มา'): the remarks are read for that, and nothing else."""
    if any(c.field == "status" for c in columns):
        return
    remarks = next((c for c in columns if not c.field and is_remarks(c.header)), None)
    if remarks is not None:
        remarks.field = "status"


def _respondent_columns(header: Sequence[Cell]) -> list[int]:
    """The columns of a form export that name who filled the form in, not whom it registers:
    Microsoft Forms puts the signed-in account ('Email', 'Name'; 'anonymous' when not signed
    in) beside 'Start time' and 'Completion time', ahead of the questions."""
    keys = [normalise_header(cell) for cell in header]
    if not all(any(k.startswith(mark) for k in keys) for mark in _RESPONDENT_MARKS):
        return []
    return [i for i, k in enumerate(keys) if k in _RESPONDENT_KEYS]


def _other_person_columns(
    header: Sequence[Cell], options: Sequence[list[tuple[str, float]]]
) -> list[int]:
    """The columns about a coordinator or a clerk (see _OTHER_PERSON_RE), when another column
    names the participants; a list of the coordinators themselves keeps them."""
    other = [
        i
        for i, cell in enumerate(header)
        if _OTHER_PERSON_RE.search(_spoken(cell)) or _OTHER_PERSON_RE.search(normalise_header(cell))
    ]
    names = {i for i, found in enumerate(options) for f, _ in found if f in PERSON_NAMES}
    return other if names - set(other) else []


_FAMILY_NAME_RE = re.compile(r"ชื่อสกุล\s*\*?")


def _drop_conflicting_name_fields(columns: list[Column], quality: dict[int, float]) -> None:
    by_field = {c.field: c for c in columns if c.field}
    # With separate first/last name columns a combined 'name' column is something else.
    if "full_name" in by_field and {"first_name", "last_name"} <= by_field.keys():
        by_field["full_name"].field = IGNORE
    elif "full_name" in by_field and "first_name" in by_field:
        full, first = by_field["full_name"], by_field["first_name"]
        # 'ชื่อ' | 'ชื่อสกุล' (one word, as the civil registry and personnel systems write
        # it): the family name, not the whole name.
        if quality[first.index] == _EXACT_MATCH and _FAMILY_NAME_RE.fullmatch(full.header):
            full.field = "last_name"
            return
        # A whole name beside a lone 'ชื่อ...' column: the weaker names someone else
        # ('ชื่อผู้ประสานงาน', the coordinator's name).
        weaker = first if quality[first.index] <= quality[full.index] else full
        weaker.field = IGNORE


def _score(row: Sequence[Cell]) -> float:
    """How much a row looks like the header: the fields it names (one of them a name);
    a lone name column counts when every other cell is a known label (a sign-in sheet's
    'ที่ | ชื่อ-สกุล | ลายมือชื่อ') or stands alone, never a title line that merely contains
    'ชื่อ'."""
    matches = [_match(c) for c in row if isinstance(c, str)]
    fields = {field for field, _ in matches if field}
    if not fields & PERSON_NAMES:
        return 0
    if len(fields) == 1 and _is_lone_name_header(row):
        return 1.5
    if len(fields) == 1 and _looks_like_labels(row):
        quality = max(q for field, q in matches if field)
        return 1.5 if quality >= 0.5 else 0
    return len(fields)


def _is_lone_name_header(row: Sequence[Cell]) -> bool:
    """A list of names alone: one cell, exactly a name header ('ชื่อ-นามสกุล'), not a title
    line ('รายชื่อผู้เข้าร่วม')."""
    cells = [c for c in row if c != "" and c is not None]
    return (
        len(cells) == 1
        and _match(cells[0]) == ("full_name", _EXACT_MATCH)
        and not normalise_header(cells[0]).startswith("รายชื่อ")
    )


def find_header(rows: Sequence[Sequence[Cell]]) -> int | None:
    """The index of the header row: the first of the best-scoring rows near the top that
    name a participant's name and more (see ``_score``); None when no row does. Of a
    header over two rows (see ``header_below``) it is the upper row."""
    best: int | None = None
    best_score: float = 1
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = _score(row)
        if score > best_score:
            best, best_score = i, score
    if best and header_below(rows, best - 1) is not None:
        return best - 1
    return best


def find_mapped_header(rows: Sequence[Sequence[Cell]], keys: Iterable[str]) -> int:
    """The header row of a sheet whose names column has a header of its own, when the user
    says which column holds what (``--map``): the first row near the top holding one of the
    headers given, else the one naming the most fields, else the first row."""
    wanted = {normalise_header(k) for k in keys if not _COLUMN_KEY_RE.fullmatch(k.strip())}
    wanted.discard("")
    best, most = 0, 1
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if wanted & {normalise_header(c) for c in row if isinstance(c, str)}:
            return i
        named = len({f for f in map(guess_field, row) if f})
        if named > most:
            best, most = i, named
    return best


def read_list_sheet(path: str | os.PathLike[str]) -> Table:
    """The sheet that holds the list: of the sheets with a header, the one whose header
    names the most fields, then with the most rows under it (the first of equals), so a
    cover or instructions sheet is passed over, and a visible sheet before a hidden one (an
    older copy or the raw data the list was made from); else the first sheet that has any
    data.

    The other visible sheets under the same header continue the list (one sheet per sector)
    and are kept in its ``continued``, unless their name says they show how to fill it in
    ('ตัวอย่าง') or hold those cancelled or waiting; the other sheets with rows under a header
    that names as many fields are named in its ``other_lists``."""
    # Each sheet, how well its header names the fields and how many rows lie under it, and
    # what its header says.
    sheets: list[tuple[Table, tuple[float, int], tuple[str, ...]]] = []
    for table in read_tables(path):
        found = header_rows(table.rows)
        if found is None:
            sheets.append((table, (0, 0), ()))
        else:
            end, cells = found
            sheets.append((table, (_score(cells), len(table.rows) - end - 1), layout(cells)))
    listed = [s for s in sheets if s[1][0]]
    if listed:
        best, (best_score, _), best_layout = max(listed, key=lambda s: (not s[0].hidden, *s[1]))
        others = [
            (table, rows, same)
            for table, (score, rows), same in sheets
            if table is not best and score >= best_score and rows
        ]
        best.continued = [
            table
            for table, _, same in others
            if same == best_layout
            and not table.hidden
            and not _EXAMPLE_SHEET_RE.search(table.sheet)
        ]
        best.other_lists = {t.sheet: rows for t, rows, _ in others if t not in best.continued}
        return best
    if sheets:
        return sheets[0][0]
    raise ImportFileError(f"{Path(path).name}: every sheet is empty")


# A sheet that shows how to fill the list in, or holds those cancelled or waiting: never
# part of the list.
_EXAMPLE_SHEET_RE = re.compile(
    r"ตัวอย่าง|วิธี|คำอธิบาย|คำชี้แจง|ยกเลิก|สำรอง|example|sample|template|cancel|waiting", re.I
)


def header_rows(rows: Sequence[Sequence[Cell]]) -> tuple[int, list[Cell]] | None:
    """Where a sheet's header ends (the lower row of a header over two) and its cells as
    one row; None when no row is a header."""
    header = find_header(rows)
    if header is None:
        return None
    two_rows = header_below(rows, header)
    return (header, list(rows[header])) if two_rows is None else (header + 1, two_rows)


def layout(header: Sequence[Cell]) -> tuple[str, ...]:
    """What a header says column by column, as two sheets of one list share it."""
    labels = [normalise_header(c) for c in header]
    while labels and not labels[-1]:
        labels.pop()
    return tuple(labels)


def header_below(rows: Sequence[Sequence[Cell]], header: int) -> list[Cell] | None:
    """The header spread over rows ``header`` and the one below ('ชื่อ-สกุล' merged above
    'คำนำหน้า | ชื่อ | นามสกุล', 'ช่องทางติดต่อ' above 'โทรศัพท์ | E-mail'), as one row when
    together they name more fields than either; None when the header is one row.

    Each column's header comes from the row that names a field: the lower where it does,
    else the upper (a merged upper cell reaches over the lower labels beside it).
    """
    if header + 1 >= len(rows):
        return None
    upper, lower = rows[header], rows[header + 1]
    if not (_looks_like_labels(upper, all_known=False) and _looks_like_labels(lower)):
        return None
    merged: list[Cell] = []
    spread: Cell = ""
    for up, low in zip_longest(upper, lower, fillvalue=""):
        if clean_text(up):
            spread = up
        elif not clean_text(low):
            spread = ""
        above = up if clean_text(up) else spread
        if guess_field(low) is not None:
            # Under a person of the row merged over their columns, that person's: 'ตำแหน่ง'
            # under 'คนที่ 2' is 'ตำแหน่ง คนที่ 2' (see guess_mapping).
            merged.append(
                f"{clean_text(low)} {clean_text(above)}" if _names_a_person(above) else low
            )
        elif _names_a_person(low) and guess_field(above) is not None:
            # The people of a row under the header that names them ('รายชื่อผู้เข้าร่วม'
            # merged over 'คนที่ 1 | คนที่ 2'): each one's name.
            merged.append(f"{clean_text(above)} {clean_text(low)}")
        elif guess_field(above) is not None or not clean_text(low):
            merged.append(above)
        else:
            merged.append(low)
    numbers = bool(_people(merged)) and not _people(upper)
    if _score(merged) <= max(_score(upper), _score(lower)) and not numbers:
        return None
    return merged


def _looks_like_labels(row: Sequence[Cell], all_known: bool = True) -> bool:
    """Two or more texts and no numbers or dates (with ``all_known``, every one a known
    header): a header row, not a title line or a participant whose organisation happens to
    contain a header's word ('หน่วยงานภาครัฐ')."""
    cells = [c for c in row if c != "" and c is not None]
    if len(cells) < 2 or not all(isinstance(c, str) for c in cells):
        return False
    return not all_known or all(guess_field(c) is not None or _names_a_person(c) for c in cells)


def apply_overrides(columns: list[Column], overrides: dict[str, str]) -> None:
    """Set fields by column: the key is a header, a letter (C) or a 1-based number. A field
    is one column's (of each person, where a row registers several)."""
    for key, field in overrides.items():
        if field not in FIELDS and field not in ("ignore", IGNORE):
            raise ValueError(f"--map {key}={field}: unknown field (fields: {', '.join(FIELDS)})")
        target = _find_column(columns, key)
        if target is None:
            headers = ", ".join(f"{c.letter}={c.header}" for c in columns if c.header)
            raise ValueError(f"--map {key}={field}: no such column (columns: {headers})")
        value = IGNORE if field == "ignore" else field
        for c in columns:
            if value and c.field == value and c.person == target.person:
                c.field = IGNORE
        target.field = value


def _find_column(columns: list[Column], key: str) -> Column | None:
    key = key.strip()
    for c in columns:
        if c.header == key or normalise_header(c.header) == normalise_header(key):
            return c
    if key.isdigit() and 1 <= int(key) <= len(columns):
        return columns[int(key) - 1]
    for c in columns:
        if c.letter == key.upper():
            return c
    return None


# The header a spreadsheet program gives a table's column that had none ('Column1', Thai
# Excel's 'คอลัมน์1'): no header of its own.
_PLACEHOLDER_RE = re.compile(r"(?:column|คอลัมน์)\s?\d+", re.IGNORECASE)


def spread_merged_name(columns: list[Column], data: Sequence[Sequence[Cell]]) -> None:
    """A 'ชื่อ-สกุล' header merged over the title, first and last name columns.

    Sign-in style sheets put one header over two or three columns; the columns after it have
    no header of their own (or the 'Column1' an Excel table puts there) but hold data. The
    first of them becomes the title when the named column holds only titles, else the names
    split first / last. Of a row that registers several people, each one's name header
    ('ผู้เข้าร่วม 1', 'ผู้เข้าร่วม 2') is spread over that person's columns.
    """
    for at, column in enumerate(columns):
        if column.field != "full_name":
            continue
        following = []
        for other in columns[at + 1 : at + 3]:
            if (other.header and not _PLACEHOLDER_RE.fullmatch(other.header)) or other.field:
                break
            following.append(other)
        filled = [r for r in data if any(clean_text(r[c.index]) for c in following)]
        if not following or not filled:
            continue
        values = {clean_text(r[column.index]) for r in filled} - {""}
        if values and all(v.casefold() in _TITLE_KEYS for v in values):
            fields = ["title", "first_name", "last_name"]
        else:
            fields = ["first_name", "last_name"]
        for c, field in zip([column, *following], fields, strict=False):
            c.field, c.person = field, column.person


# A choice that sends the answer to a question of its own ('อื่นๆ (โปรดระบุ)'), normalised.
_OTHER_CHOICES = frozenset(("อื่นๆ", "อื่น", "other", "others"))
# The fields a form asks as a choice with an 'other' answer.
_CHOICE_FIELDS = frozenset(("title", "sector"))
_OTHER_HEADER_RE = re.compile(r"อื่น|other|ระบุ|specify")
# What a header that is the 'other' question alone says ('อื่นๆ (โปรดระบุ)', 'โปรดระบุ',
# 'Other, please specify'): such a question belongs to the choice right before it.
_OTHER_WORDS_RE = re.compile(r"อื่น|ๆ|โปรด|ระบุ|other|please|specify|[\W_]")


def fill_other_answers(columns: Sequence[Column], data: Sequence[list[Cell]]) -> None:
    """A form's 'other, please specify' question beside a choice ('คำนำหน้าชื่อ' then
    'คำนำหน้าอื่นๆ (โปรดระบุ)', 'ภาคส่วน' then 'ภาคส่วนอื่นๆ', or a bare 'โปรดระบุ' right
    after the choice): where the choice is 'อื่นๆ' or left blank, the answer typed there is
    the value, as a clerk reads it."""
    for other in columns:
        said = _spoken(other.header)
        if other.field or not _OTHER_HEADER_RE.search(said):
            continue
        field, _ = _match(other.header)
        # Of a row that registers several people, the choice of the same person.
        choice = next(
            (c for c in columns if field and c.field == field and c.person == other.person), None
        )
        before = columns[other.index - 1] if other.index else None
        bare = choice is None and not _OTHER_WORDS_RE.sub("", said)
        if bare and before is not None and before.field in _CHOICE_FIELDS:
            choice = before
        if choice is None:
            continue
        for row in data:
            typed = row[other.index]
            # A blank choice takes it only from a question that names the field.
            if clean_text(typed) and (
                is_other_choice(row[choice.index])
                or (not bare and not clean_text(row[choice.index]))
            ):
                row[choice.index] = typed


def is_other_choice(answer: object) -> bool:
    """Whether a choice answered is 'อื่นๆ' (other), which the form asks to specify."""
    return normalise_header(answer) in _OTHER_CHOICES


def _spoken(header: object) -> str:
    """A header as a search for words reads it: brackets kept ('โทรศัพท์ (กรณีฉุกเฉิน)')."""
    return clean_text(header).casefold()
