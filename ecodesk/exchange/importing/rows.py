"""One row of a registration list into a participant, cleaned as a careful clerk would."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date, datetime, time
from operator import itemgetter
from typing import NoReturn

from ecodesk.exchange.importing.clerk import is_other_choice
from ecodesk.exchange.importing.columns import Column, is_remarks
from ecodesk.exchange.importing.headers import (
    NAME_PARTS,
    PERSON_NAMES,
    guess_field,
    normalise_header,
    unmarked,
)
from ecodesk.exchange.importing.reading import Cell
from ecodesk.services.participants import ParticipantInput
from ecodesk.services.thai_text import (
    clean_email,
    clean_phone,
    clean_text,
    clean_texts,
    fold_for_search,
    same_title,
    split_thai_name,
    split_title,
    thai_title,
)

# The ticks offices type: '√' from Excel's symbols, '☑' and '✔️' from a phone's keyboard.
_CONSENT_YES = frozenset(("ยินยอม", "ยอมรับ", "ยินยอมให้เก็บข้อมูล", "ใช่", "ได้", "yes", "y",
                          "agree", "true", "1", "✓", "✔", "√", "☑", "x", "/", "ok"))  # fmt: skip
_CONSENT_NO = frozenset(("ไม่ยินยอม", "ไม่ยอมรับ", "ไม่", "no", "n", "disagree", "false", "0",
                         "✗", "✘", "×", "☒"))  # fmt: skip
# A refusal anywhere wins over the consent words around it: a wrong 'yes' is a breach of the
# PDPA, a wrong 'no' only a question to ask. 'ไม่' counts when a consent verb follows it
# (ไม่ยินยอม, ไม่ได้ให้ความยินยอม, ไม่ประสงค์), not in 'ข้อมูลจะไม่ถูกเปิดเผย'.
_CONSENT_NO_RE = re.compile(
    r"^ไม่|ไม่\s*(?:ได้|ขอ)?\s*(?:ยินยอม|ยอม|อนุญาต|ตกลง|ประสงค์|ต้องการ|เห็นด้วย|ใช่|ให้|รับ)"
    r"|ปฏิเสธ|\b(?:no|not|never|disagree|decline|declined|refuse|refused|reject|rejected"
    r"|don'?t|doesn'?t|won'?t|dont)\b"
)
_CONSENT_YES_RE = re.compile(
    r"ยินยอม|ยอมรับ|อนุญาต|ตกลง|ยินดี|เห็นด้วย|^ใช่|^yes\b|\bagree|\bconsent|\baccept"
)


class RowError(ValueError):
    """A row that cannot become a participant; the message is the reason.

    ``kind`` ('no_name', 'date', 'number'), ``field`` and ``value`` let a front end say it
    in the user's language.
    """

    def __init__(self, message: str, kind: str, field: str = "", value: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.field = field
        self.value = value


def row_texts(rows: Sequence[Sequence[Cell]], wanted: Sequence[bool]) -> list[tuple[str, ...]]:
    """The rows' cells cleaned once, column by column: the ``wanted`` ones as text; of the
    others only what blank and note rows need: their text as typed, a number ('•' for anything
    else) counting as empty, so that a line numbered ahead in the ลำดับ column and left empty
    is blank. The rows are as wide as ``wanted``."""
    if not rows:
        return []
    columns = [
        clean_texts(column) if want else _unmapped_column(column)
        for column, want in zip(zip(*rows, strict=True), wanted, strict=True)
    ]
    return list(zip(*columns, strict=True))


_EMPTY_KINDS = frozenset((int, float, bool, type(None)))
_TEXT_KINDS = _EMPTY_KINDS | {str}


def _unmapped_column(cells: Sequence[Cell]) -> list[str]:
    kinds = set(map(type, cells))
    if kinds <= _EMPTY_KINDS:
        return [""] * len(cells)
    if not kinds & _TEXT_KINDS:  # dates and times only
        return ["•"] * len(cells)
    return [_unmapped(c) for c in cells]


def _unmapped(cell: Cell) -> str:
    if cell is None or isinstance(cell, int | float):
        return ""
    if isinstance(cell, str):
        text = cell.strip()
        return "" if text.isdigit() else text
    return "•"


# The words of a totals row (รวม, รวมทั้งสิ้น, รวมผู้เข้าร่วม, an allowance sheet's รวมเงิน, Total),
# or of a group's subtotal ('รวมหน่วยงาน', 'รวมภาคเอกชน', 'รวมสถานประกอบการ'), not a word that
# starts with them.
_TOTAL = (
    r"รวม(?:ทั้ง|จำนวน|เป็น|ผู้|เงิน|หน่วยงาน|ภาค|สถาน|กลุ่ม|ส่วน|องค์กร|(?![ก-ฮ\u0e30-\u0e4e]))"
    r"|total\b"
)
_TOTAL_RE = re.compile(_TOTAL, re.IGNORECASE)
# What a name cell under or beside the table holds when it is not a name: a count ('7 คน'), a
# signer's name in brackets, a sign-off line, the date of the data, a remark or a total.
_NOTE_NAME_RE = re.compile(
    r"[\d๐-๙]+\s?[ก-ฮa-z]|[(\[（]|ลงชื่อ|ลงนาม|หมายเหตุ|จำนวน|ข้อมูล\s?ณ|ณ\s?วันที่|note\s*:|" + _TOTAL,
    re.IGNORECASE,
)
# Looked for only in a name that ends with one of the words, which a test of its end rules out.
_COUNT_WORDS = ("คน", "ราย", "ท่าน", "รายการ", "person", "persons", "people")
_COUNT_UNITS = "|".join(_COUNT_WORDS)
_COUNT_RE = re.compile(rf"\s[\d๐-๙,]+\s*(?:{_COUNT_UNITS})$")
# A group's count in a cell of its own ('2 คน', '5 แห่ง', '12', '1,250'), never as long as a
# phone number.
_COUNT_CELL_RE = re.compile(rf"[\d๐-๙,]{{1,5}}\s*(?:{_COUNT_UNITS}|แห่ง)?")
# A sign-off position left alone on its line under the signer's name. Only words no Thai
# given name starts with: a one-word name alone on a row stays a participant.
_SIGN_OFF_WORDS = ("เจ้าหน้าที่", "หัวหน้า", "ผู้อำนวยการ", "ผู้จัดทำ", "ผู้รายงาน", "ผู้ตรวจสอบ",
                   "ผู้รับรอง", "ผู้อนุมัติ", "ผู้บันทึก", "ผู้ประสานงาน", "ตำแหน่ง", "*",
                   # The official who signs a letter's list, under their name in brackets.
                   "ผู้ว่าราชการ", "รองผู้ว่าราชการ", "ปฏิบัติราชการแทน", "นายอำเภอ", "ปลัดจังหวัด",
                   "อธิบดี", "รองอธิบดี", "ปลัดกระทรวง", "นายกเทศมนตรี", "นายกองค์การบริหาร",
                   "ปลัดองค์การบริหาร", "ปลัดเทศบาล")  # fmt: skip
# What a list types in the name column of a seat left vacant: no one ('ว่าง', '-').
_VACANT = frozenset(("-", "--", "---", "–", "—", ".", "ว่าง", "ตำแหน่งว่าง", "ไม่มี",
                     "ไม่มีผู้ดำรงตำแหน่ง"))  # fmt: skip
# A row labelled, in a column before the name, as someone other than a participant: the
# agency's coordinator or the clerk who made the list, named under it with a phone.
_OTHER_ROLE_LABELS = ("ผู้ประสาน", "ผู้ติดต่อ", "ผู้จัดทำ", "ผู้รายงาน", "ผู้บันทึก", "ผู้รับรอง",
                      "contact person", "coordinator", "Contact person", "Coordinator")  # fmt: skip


_DIGIT_RE = re.compile(r"\d")
# A registration cancelled, refused or declined: its person is not coming. A confirmation
# ('ยืนยันการเข้าร่วม') is answered no in many ways: 'ไม่ได้เข้าร่วม', 'ไม่สะดวก', 'ติดราชการ', 'ไม่'.
_CANCELLED_RE = re.compile(
    r"ยกเลิก|ไม่อนุมัติ|ไม่ผ่านการอนุมัติ|ปฏิเสธ|ไม่(?:ได้|สามารถ|สะดวก)?\s*(?:เข้า)?ร่วม|ไม่สะดวก"
    r"|ไม่ยืนยัน|ติดภารกิจ|ติดราชการ|^ไม่$|cancel|denied|reject|declin|withdr|^no$|not attend"
    r"|ไม่(?:ได้)?มา(?:ร่วม|$|\s)|unable|cannot|can't"
    # A ticket refunded ('Refunded', 'คืนเงินแล้ว'): its holder is not coming.
    r"|refund|คืนเงิน"
)
# A remark that says so ('ยกเลิก', 'ไม่มา', 'ติดราชการ'), not one about part of the day or a
# meal ('ไม่เข้าร่วมช่วงบ่าย', 'ไม่มา ช่วงเช้า', 'ไม่ร่วมรับประทานอาหาร'): the word alone, or
# before a bracket or a stop ('ยกเลิก (แจ้งทางโทรศัพท์)', 'ยกเลิก: ติดประชุม').
_CANCELLED_REMARK_RE = re.compile(
    r"^(?:ยกเลิก(?:แล้ว|การเข้าร่วม|การลงทะเบียน)?|ไม่(?:ได้)?มา(?:ร่วม)?|ไม่(?:ได้|สามารถ)?เข้าร่วม(?:ได้)?"
    r"|ติดราชการ|ติดภารกิจ|cancel(?:led|ed)?)(?=\s*(?:$|[(\[,.:;-]))"
)
# A first or name cell that starts so marks an example line; any cell that says only so.
# Every such cell starts with one of the marks (case-folded), which a batch is searched for.
_EXAMPLE_MARKS = ("ตัวอย่าง", "ตย", "e.g.", "example")
_EXAMPLE_RE = re.compile(r"ตัวอย่าง|ตย\.|e\.g\.|example(?=[\s:.]|$)", re.IGNORECASE)
_EXAMPLE_CELL_RE = re.compile(r"ตัวอย่างการกรอก|(?:ตัวอย่าง|ตย\.?|e\.g\.|example)\W*$", re.I)
# A sub-heading typed in the name column: a sector ('หน่วยงานภาครัฐ', 'ภาคเอกชน'), a group
# ('กลุ่มที่ 3 ภาคประชาชน'), numbered or not ('1. สถานประกอบการ'). Never a given name: 'ภาค'
# only before a sector's word (ภาคภูมิ is a name).
_HEADING_NUMBER = r"(?:[\d๐-๙]+|[ก-ฮ])[.)]\s*|กลุ่มที่\s*[\d๐-๙]+\s*[.:]?\s*"
_HEADING_RE = re.compile(
    rf"(?:{_HEADING_NUMBER})?(?:(?:หน่วยงาน)?ภาค(?:รัฐ|เอกชน|ประชาชน|ประชาสังคม|ธุรกิจ|อุตสาหกรรม"
    r"|การศึกษา|วิชาการ|ชุมชน|เกษตร|ราชการ|ท้องถิ่น|สื่อ|ส่วน|ีเครือข่าย)|หน่วยงาน(?:รัฐ|ราชการ"
    r"|เอกชน|ท้องถิ่น)|ส่วนราชการ|สถานประกอบการ|สถาบันการศึกษา|สถานศึกษา|รัฐวิสาหกิจ"
    r"|องค์กรปกครองส่วนท้องถิ่น|กลุ่ม)"
)
_HEADING_NUMBER_RE = re.compile(_HEADING_NUMBER)
# A group of people by their role, over its rows ('ครูผู้ควบคุมทีม', 'นักเรียน', 'วิทยากร'): role
# words only, perhaps with a count, so that a name after a role ('ครูสมศรี') is not one. No
# sector: a role is not a kind of organisation.
_ROLE_HEADING_RE = re.compile(
    r"(?:(?:ครู|อาจารย์|นักเรียน|นักศึกษา|ผู้ควบคุม|ผู้ฝึกสอน|ผู้ติดตาม|ที่ปรึกษา|พี่เลี้ยง|ทีม"
    r"|วิทยากร|คณะกรรมการ|คณะทำงาน|และ|/"
    # An office's staff by how they are employed ('ข้าราชการครู', 'ครูอัตราจ้าง', 'ผู้บริหาร
    # สถานศึกษา'), a health unit's village volunteers ('อสม.').
    r"|ผู้บริหาร|สถานศึกษา|ข้าราชการ|พนักงาน|ราชการ|ลูกจ้าง|ประจำ|ชั่วคราว|อัตราจ้าง|บุคลากร"
    r"|ทางการศึกษา|ผู้สอน|อสม\.?)\s*)+:?\s*(?:[(\[]?[\d๐-๙]+\s*(?:คน|ท่าน)[)\]]?)?"
)


# A line alone in the name column that no name starts so: the list's title repeated over each
# printed page ('รายชื่อผู้เข้าร่วม...', 'ใบลงชื่อ...'), or the organisation over its group of
# people ('สำนักงานอุตสาหกรรมจังหวัดลำปาง', 'บริษัท ปูนซีเมนต์ลำปาง จำกัด').
_TITLE_LINE = r"รายชื่อ|บัญชีรายชื่อ|บัญชีลงเวลา|ใบลงทะเบียน|ใบลงชื่อ|แบบลงทะเบียน|แบบตอบรับ|โครงการ"
# A line alone that names a province or district anywhere, which no name does: a place over
# the people from it ('อำเภอเกาะคา'), or a signer's position under their name in brackets
# ('อุตสาหกรรมจังหวัดลำปาง', 'สาธารณสุขอำเภอแม่เมาะ').
_PLACE_RE = re.compile(r"จังหวัด|อำเภอ|^ตำบล")
# An international seminar's list grouped by delegation: a country or a group over its people
# ('LAO PDR', 'VIET NAM', 'Resource Persons', 'สาธารณรัฐสังคมนิยมเวียดนาม', 'คณะผู้แทนกัมพูชา').
_COUNTRY = (
    r"cambodia|lao\s*pdr|laos|lao people's democratic republic|myanmar|viet\s*nam|thailand"
    r"|(?:people's republic of )?china|yunnan|guangxi|malaysia|singapore|indonesia|philippines"
    r"|brunei(?: darussalam)?|japan|(?:republic of )?korea|india|timor-leste|asean"
)
_DELEGATION_GROUP = (
    r"(?:head of )?delegations?|resource persons?|speakers?|observers?|secretariat|organi[sz]ers?"
    r"|organi[sz]ing committee|interpreters?|members?|participants?|guests?|moderators?"
    r"|facilitators?|of|the|and"
)
_DELEGATION_RE = re.compile(rf"(?:(?:{_COUNTRY}|{_DELEGATION_GROUP})[\s:,/&()-]*)+", re.IGNORECASE)
_FOREIGN_STATE_RE = re.compile(r"สาธารณรัฐ|ราชอาณาจักร|ประเทศ|สหภาพ|คณะผู้แทน")
_ORGANISATION_LINE = (
    r"สำนักงาน|บริษัท|บจก\.|หจก\.|ห้างหุ้นส่วน|เทศบาล|องค์การ|องค์กร|อบต\.|อบจ\.|โรงเรียน"
    r"|โรงพยาบาล|มหาวิทยาลัย|วิทยาลัย|สถาบัน|ศูนย์|สหกรณ์|วิสาหกิจ|มูลนิธิ|สมาคม|การไฟฟ้า|การประปา"
    # Units as lists abbreviate them: a health unit, a municipality, a school district, EGAT.
    r"|รพ\.|สสอ\.|สสจ\.|ทต\.|ทม\.|ทน\.|สพป\.|สพม\.|กฟผ\."
)
_LONE_LINE_RE = re.compile(f"{_TITLE_LINE}|{_ORGANISATION_LINE}")
_ORGANISATION_LINE_RE = re.compile(_ORGANISATION_LINE)


def parse_consent(value: Cell) -> bool | None:
    """PDPA consent as the person gave it: True, False, or None when the answer says neither."""
    if isinstance(value, bool):
        return value
    return _consent_of(clean_text(value))


# A consent column repeats a few answers over every row.
@functools.lru_cache(maxsize=1024)
def _consent_of(text: str) -> bool | None:
    # An emoji's variation selector ('✔️') is not part of the answer.
    text = text.casefold().replace("\u2019", "'").replace("\ufe0f", "")
    if not text:
        return None
    if text in _CONSENT_NO:
        return False
    if text in _CONSENT_YES:
        return True
    if _CONSENT_NO_RE.search(text):
        return False
    if _CONSENT_YES_RE.search(text):
        return True
    return None


_FIELD_NAMES = {"first_name": "first name", "last_name": "last name", "full_name": "name",
                "email": "e-mail"}  # fmt: skip
_TEXT_FIELDS = frozenset(("title", "first_name", "last_name", "full_name", "organisation",
                          "position", "sector", "email"))  # fmt: skip


class RowReader:
    """The participants that rows of one table hold; ``columns`` are its mapped columns.

    Which column holds which field is worked out once, not on every row.
    """

    def __init__(self, columns: Sequence[Column], source: str) -> None:
        self.source = source
        at = {c.field: c.index for c in columns}  # a later column of the same field wins
        # A field the table lacks reads the empty text put after the row's own (see person).
        self.fields = itemgetter(*(at.get(f, -1) for f in _READ_FIELDS))
        self.text_columns = [
            c for c in columns if c.field in _TEXT_FIELDS and at[c.field] == c.index
        ]
        self.names = [c for c in self.text_columns if c.field in PERSON_NAMES]
        self.read = [c.index for c in columns if c.field]
        self.phone = at.get("phone")
        self.status = at.get("status")
        # Remarks say more than a state: only one that begins with the word is read as one.
        self.cancelled_re = (
            _CANCELLED_REMARK_RE
            if any(c.index == self.status and is_remarks(unmarked(c.header)) for c in columns)
            else _CANCELLED_RE
        )
        self.header_keys = {normalise_header(c.header) for c in self.names} - {""}
        self.labels = [(c.index, normalise_header(c.header)) for c in columns if c.field]
        # The person's own position or organisation: 'ผู้ประสานงานเครือข่าย' there is no label.
        self.own = {c.index for c in columns if c.field in ("position", "organisation")}

    def cancelled(self, texts: Sequence[str]) -> str:
        """The registration's state when it says the person is not coming ('ยกเลิก',
        'denied'), else ''."""
        said = texts[self.status] if self.status is not None else ""
        return said if said and self.cancelled_re.search(said.casefold()) else ""

    def is_note(self, texts: Sequence[str], may_be_example: bool = True) -> bool:
        """A remark, total or sign-off line under or inside the table, not a person.

        Told from the row alone: an example line, a name column holding a count, a dotted
        signature line, a bracketed signer, a remark; a row whose only other cell says รวม;
        one lone cell outside the name columns ('หมายเหตุ: ข้อมูล ณ วันที่ ...'), or cells only
        in columns not read. ``may_be_example``: False when the row's batch holds no example
        line (see ``may_hold_examples``).
        """
        filled = len(texts) - texts.count("")
        if may_be_example and self._is_example(texts):
            return True
        at, name = next(((c.index, texts[c.index]) for c in self.names if texts[c.index]), (-1, ""))
        if not name:
            # Or only unread columns filled: the labels under a header ('เช้า | บ่าย' under
            # 'ลายมือชื่อ'), a tick in the signature column; or the header repeated where the
            # name's label stands over the title column ('ชื่อ - สกุล' over 'นาย | สมชาย ใจดี').
            return (
                filled == 1 or not any(texts[i] for i in self.read) or self._repeats_labels(texts)
            )
        name = _without_lead(name)
        if _NOTE_NAME_RE.match(name) or "..." in name or "__" in name or "…" in name:
            return True
        if name in _VACANT:
            return True
        # Most rows have nothing but a number (read as blank) before the name.
        before = texts[:at]
        if any(before) and any(
            t.startswith(_OTHER_ROLE_LABELS) for i, t in enumerate(before) if i not in self.own
        ):
            return True
        # A count after a word ('ลงทะเบียนทั้งหมด 25 คน', 'ยกเลิก 2 ราย'): a summary, no name.
        if name.endswith(_COUNT_WORDS) and _COUNT_RE.search(name):
            return True
        # What a name column's header says ('ชื่อ-สกุล', 'Full name'), looked for first: a
        # header repeated over each block of the list. Not 'ชื่อ' in 'เชื่อ', of names
        # ('สมชาย เชื่อมชัย', 'เชื่อม ศรีสุข').
        if (
            ("ชื่อ" in name and "เชื่อ" not in name) or (name.isascii() and "name" in name.lower())
        ) and self._is_header(name, texts, filled):
            return True
        # Sign-off lines, alone or side by side (two signers' 'ตำแหน่ง ...' under each other's).
        if name.startswith(_SIGN_OFF_WORDS) and all(
            t.startswith(_SIGN_OFF_WORDS) or _NOTE_NAME_RE.match(t)
            for i, t in enumerate(texts)
            if t and i != at
        ):
            return True
        if filled == 1:
            return _is_lone_line(name)
        if filled == 2:
            other = next(t for i, t in enumerate(texts) if t and i != at)
            # A total beside a count ('รวม' | '3'), not an organisation named so ('รวมกลุ่ม
            # วิสาหกิจชุมชน...', 'Total Access Communication') beside a person; or a heading
            # with the count of its group beside it ('อำเภอเกาะคา' | '2 คน').
            return (_TOTAL_RE.match(other) is not None and _DIGIT_RE.search(name) is not None) or (
                _COUNT_CELL_RE.fullmatch(other) is not None and _is_lone_line(name)
            )
        return False

    def _is_example(self, texts: Sequence[str]) -> bool:
        """A template's example line ('ตัวอย่าง' | 'นายสมชาย ใจดี' | ... | 'ตัวอย่างการกรอก'),
        often hidden: its first cell or its name starts with a word that says so, or another
        cell says only that, or 'ตัวอย่างการกรอก ...'. A remark that merely begins so
        ('ตัวอย่างเช่น ...') is a person's."""
        first = next((t for t in texts if t), "")
        if any(_EXAMPLE_RE.match(t) for t in (first, *(texts[c.index] for c in self.names))):
            return True
        return any(_EXAMPLE_CELL_RE.match(t) for t in texts if t)

    def _repeats_labels(self, texts: Sequence[str]) -> bool:
        """Whether every read cell the row fills, two at least, says its column's header."""
        said = [normalise_header(texts[i]) == label for i, label in self.labels if texts[i]]
        return len(said) > 1 and all(said)

    def _is_header(self, name: str, texts: Sequence[str], filled: int) -> bool:
        """A row that repeats the header (each block of a list under its own): its name cell
        says what its column's header says, or, without a digit anywhere, most of its cells
        name fields ('ลำดับ | ชื่อ - สกุล | หน่วยงาน | เบอร์โทร') and its name cell, with no
        title, a name field."""
        if normalise_header(name) in self.header_keys:
            return True
        if filled < 2 or guess_field(name) not in NAME_PARTS or split_title(name)[0]:
            return False
        if any(_DIGIT_RE.search(t) for t in texts):  # a phone, a date: a person's row
            return False
        labels = sum(guess_field(t) is not None for t in texts if t)
        return labels * 2 > filled

    def typed_columns(self, rows: Sequence[Sequence[Cell]]) -> list[Column]:
        """The text columns where some of ``rows`` hold a number or a date, which only those
        rows' cells need to be checked for."""
        return [
            c for c in self.text_columns if set(map(type, map(itemgetter(c.index), rows))) - _PLAIN
        ]

    def person(
        self, cells: Sequence[Cell], texts: Sequence[str], typed: Sequence[Column] | None = None
    ) -> ParticipantInput:
        """The participant a row holds, from its cells and their cleaned ``texts``; a row that
        holds none raises ``RowError``. ``typed``: the columns to check for numbers and dates
        (all text columns unless the caller knows better)."""
        for c in self.text_columns if typed is None else typed:
            _check_type(c, cells[c.index], texts[c.index])
        for c in self.names:
            if texts[c.index].isdigit():
                _not_a_name(c, texts[c.index])
        t = (*texts, "")
        title, first, last, full, organisation, position, sector, email, consent = self.fields(t)
        # Microsoft Forms ends each answer to a multiple-choice question with ';' ('ภาครัฐ;').
        title, sector = thai_title(title.removesuffix(";")), sector.removesuffix(";")
        # 'อื่นๆ' (other) chosen from a list of titles and none typed beside it (see
        # clerk.fill_other_answers) is no title.
        if title and is_other_choice(title):
            title = ""
        # The whole name typed in the title column, its cell merged over the name columns.
        if title and not (first or full):
            given, rest = split_title(title, cleaned=True)
            if rest and (given or " " in rest):
                title, full = "", title
        # A first-name column may hold the whole name, remark and nickname too.
        full, first = _bare_name(full), _bare_name(first)
        last = _without_remark(last)
        if full and not first:
            split = split_thai_name(full, cleaned=True)
            title, first, last = split.title or title, split.first, last or split.last
        elif first:
            # A first-name column that also carries the title, or the whole name; with a title
            # column the title typed again is dropped ('นางสาว' | 'น.ส.กัญญา'), the column's kept.
            typed_title, rest = split_title(first, cleaned=True)
            if typed_title and (not title or _typed_again(typed_title, title, first)):
                title, first = title or typed_title, rest
            if " " in first:
                if not last:
                    first, _, last = first.partition(" ")
                elif first.endswith(" " + last):  # the whole name, and the last name again
                    first = first[: -len(last) - 1]
            if " " in last:
                title, last = _whole_name_in_last(title, first, last)
        if not first:
            raise RowError("no name", "no_name")
        return ParticipantInput(
            first,
            last,
            title,
            organisation,
            position,
            sector,
            clean_phone(texts[self.phone]) if self.phone is not None else "",
            clean_email(email) if email else email,
            parse_consent(consent),
            self.source,
        )


_PALI_GRADE_RE = re.compile(r"ป\.\s?ธ\.\s?[\d๐-๙]")


def _is_lone_line(name: str) -> bool:
    """Whether a name cell alone on its row is a line that names no one (see ``is_note``)."""
    return (
        _HEADING_RE.match(name) is not None
        or _ROLE_HEADING_RE.fullmatch(name) is not None
        or _LONE_LINE_RE.match(name) is not None
        or _FOREIGN_STATE_RE.match(name) is not None
        or (name.isascii() and _DELEGATION_RE.fullmatch(name) is not None)
        or (
            # A place, or a page's number or footer ('หน้า 2/3', 'พิมพ์เมื่อ 12/06/2568'): no
            # name has digits but a monk's Pali grade ('พระมหาสมปอง ป.ธ.9').
            (
                _PLACE_RE.search(name) is not None
                or (
                    _DIGIT_RE.search(_PALI_GRADE_RE.sub("", name)) is not None
                    and not name.isdigit()
                )
            )
            # Unless a titled name comes first: what follows it is the person's own office
            # ('นายสมหมาย ใจงาม ปลัดอำเภอแม่ทะ'), class ('ด.ช.ปิยะ ดีมาก ม.3/1') or phone.
            and not _is_titled_name(name)
        )
    )


def _is_titled_name(name: str) -> bool:
    """Whether a cell starts with a person's title, then a first and a last name."""
    title, rest = split_title(name)
    return bool(title) and " " in rest


def may_hold_examples(rows: Sequence[Sequence[str]]) -> bool:
    """Whether any cell of the rows starts as an example line's does (see ``_is_example``):
    substring tests of a whole batch rule out nearly every batch before a row is searched."""
    joined = "\x00" + "\x00".join(map("\x00".join, rows)).casefold()
    return any("\x00" + mark in joined for mark in _EXAMPLE_MARKS)


def sub_heading(texts: Sequence[str]) -> str:
    """The sector a sub-heading row names, for the people under it: 'หน่วยงานภาครัฐ', and
    'สถานประกอบการ' of '1. สถานประกอบการ', 'ภาคประชาชน' of 'กลุ่มที่ 3 ภาคประชาชน'; '' for any
    other row. Such a row is a note (see ``RowReader.is_note``)."""
    filled = [t for t in texts if t]
    if len(filled) != 1 or _HEADING_RE.match(filled[0]) is None:
        return ""
    number = _HEADING_NUMBER_RE.match(filled[0])
    return filled[0][number.end() :] if number else filled[0]


def organisation_heading(texts: Sequence[str]) -> str:
    """The organisation a heading row names for the people under it, a list grouped by
    organisation ('สำนักงานอุตสาหกรรมจังหวัดลำปาง' alone on its row); '' for any other row.
    Such a row is a note (see ``RowReader.is_note``)."""
    filled = [t for t in texts if t]
    return filled[0] if len(filled) == 1 and _ORGANISATION_LINE_RE.match(filled[0]) else ""


_READ_FIELDS = ("title", "first_name", "last_name", "full_name", "organisation", "position",
                "sector", "email", "consent")  # fmt: skip
_PLAIN = frozenset((str, type(None)))


def _check_type(column: Column, raw: Cell, text: str) -> None:
    if isinstance(raw, datetime | date | time):
        name = _FIELD_NAMES.get(column.field, column.field)
        raise RowError(
            f"{name}: a date ({text}) where text was expected", "date", column.field, text
        )
    if column.field in PERSON_NAMES and text and isinstance(raw, int | float):
        _not_a_name(column, text)


def _not_a_name(column: Column, text: str) -> NoReturn:
    raise RowError(
        f"name: a number ({text}) where a name was expected", "number", column.field, text
    )


_CLOSING = frozenset(")]）")
_REMARK_RE = re.compile(r"\s*[(\[（][^()\[\]（）]*[)\]）]$")
_NICKNAME_RE = re.compile(r"\s*[\"“][^\"“”]*[\"”]\s*")


def _without_remark(name: str) -> str:
    """A name without the remark after it ('(ผู้แทน)', '(แทน นายก อบต.)', a nickname in
    brackets): not part of the last name a badge prints and a re-import matches on."""
    return _REMARK_RE.sub("", name) if name[-1:] in _CLOSING else name


def _bare_name(name: str) -> str:
    """A whole name without its remark, nor a nickname in quotes ('นาย "หนุ่ม" ประเสริฐ
    ทองคำ'), nor the list's number or a remark before it ('1. นายสมชาย ใจดี', '(แทน)
    นายสมชาย ใจดี')."""
    name = _without_lead(_without_remark(name))
    return _NICKNAME_RE.sub(" ", name).strip() if '"' in name or "“" in name else name


# What a name cell may hold before the name: the line's number ('1.', '๑)', '12 '), a
# remark in brackets ('(แทน)', '[VIP]'), or a mark ('*') a footnote explains.
_OPENING = frozenset("([（*")
_LEAD_RE = re.compile(r"(?:[\d๐-๙]{1,4}\s*[.)]?|[(\[（][^()\[\]（）]*[)\]）]|\*+)\s*")


def _without_lead(name: str) -> str:
    """A name without the number, remark or mark before it when a titled name follows ('1
    นายสมชาย ใจดี', '(แทน) นายสมชาย ใจดี', '*นางสาวพิมพ์ ใจงาม'); else the name as it is: '7 คน' is a count,
    '(นายสมชาย ใจดี)' a signer's name under a signature line."""
    if not (name[:1].isdigit() or name[:1] in _OPENING):  # most names: nothing before them
        return name
    lead = _LEAD_RE.match(name)
    # '(ลงชื่อ) นายสมชาย ใจดี' is a signature line.
    if lead is None or (name[0] in "([（" and _NOTE_NAME_RE.match(name, 1)):
        return name
    title, given = split_title(name[lead.end() :])
    return name[lead.end() :] if title and given else name


def _whole_name_in_last(title: str, first: str, last: str) -> tuple[str, str]:
    """The title and last name when the last-name box holds the whole name ('ธนากร' |
    'นายธนากร มั่นคง'): the title it carries where none is given, the last name after the
    first; else the two as they are ('ณ ลำปาง' is a last name)."""
    typed_title, rest = split_title(last, cleaned=True)
    if rest.startswith(first + " "):
        return title or typed_title, rest[len(first) + 1 :]
    return title, last


def _typed_again(typed: str, title: str, first: str) -> bool:
    """Whether the title at the start of a first name is one typed again over a title column,
    not the start of the name itself: the same title (written out or abbreviated: 'น.ส.' |
    'นางสาวกัญญา'), an abbreviation, or set apart by a space ('นาง' | 'นางนวล' drops it,
    'นาย' | 'พระพาย' does not)."""
    return same_title(typed, title) or typed.endswith(".") or first.startswith(typed + " ")


def contact_key(phone: str, email: str, organisation: str) -> str:
    """Who a row is, besides the name: the phone when it holds a number ('ติดต่อผ่านหน่วยงาน'
    tells two people apart no better than a blank), else the e-mail, else the organisation."""
    if phone and _DIGIT_RE.search(phone):
        return phone
    return email.casefold() or "org:" + fold_for_search(organisation)
