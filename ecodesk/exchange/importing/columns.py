"""Which field each column of one person's header holds.

When several headers could name a field, the one those words describe best takes it
('ประเภทหน่วยงาน' rather than 'ประเภทสมาชิก' for the sector), not the leftmost. Columns about
the account that filled a form in, or about a coordinator, are no participant's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ecodesk.exchange.importing.headers import (
    EXACT_MATCH,
    IGNORE,
    NAME_FIELDS,
    PERSON_NAMES,
    field_candidates,
    normalise_header,
    spoken,
)
from ecodesk.exchange.importing.reading import Cell, column_letter
from ecodesk.services.thai_text import clean_text

# The form's own name and e-mail questions take the field from the respondent's columns (see
# _respondent_columns), which keep it only when the form asks for neither. Each export's are
# told by the columns beside them: Microsoft Forms names them in the language of the account
# that downloads the answers; SurveyMonkey gives an e-mail invitation's contact.
_RESPONDENTS = (
    (("starttime", "completiontime"), frozenset(("email", "name"))),
    (("เวลาเริ่มต้น", "เวลาที่เสร็จสมบูรณ์"), frozenset(("อีเมล", "ชื่อ"))),
    (("respondentid", "collectorid"), frozenset(("emailaddress", "firstname", "lastname"))),
)
_RESPONDENT_QUALITY = 0.01

# Columns about someone other than the participant: the agency's coordinator, the clerk who
# typed the row in, whom to call in an emergency, the supervisor who nominates the participant
# ('เบอร์โทรผู้ประสานงาน', 'ผู้บันทึกข้อมูล', 'เบอร์ติดต่อกรณีฉุกเฉิน', 'ชื่อ-สกุล ผู้บังคับบัญชา'),
# the interpreter who comes with a foreign delegate ('ชื่อล่าม', 'เบอร์โทรศัพท์ล่าม'), the head of
# the office who nominates the participant ('ชื่อ-สกุล ผู้บริหารท้องถิ่น', 'หัวหน้าส่วนราชการ').
OTHER_PERSON_RE = re.compile(
    r"ผู้ประสานงาน|ผู้บันทึก|ผู้กรอกข้อมูลแทน|ฉุกเฉิน|ผู้บังคับบัญชา|ผู้เสนอชื่อ|ล่าม"
    r"|ผู้บริหารท้องถิ่น|หัวหน้าส่วนราชการ|หัวหน้าหน่วยงาน|ผู้ลงนาม"
    r"|coordinator|recordedby|emergency|supervisor|interpreter"
)


# The buyer of a ticket beside its holder: ticketing platforms put both in one row ('Buyer
# First Name' | 'Attendee First Name', 'ชื่อผู้ซื้อ' | 'ชื่อผู้เข้าร่วมงาน', 'Purchaser Name' |
# 'Ticket Holder Name'). The holder attends; a ticket whose holder is left blank is the buyer's
# own (see ``Column.stand_in``).
BUYER_RE = re.compile(r"ผู้ซื้อ|ผู้สั่งซื้อ|buyer|purchaser")


@dataclass
class Column:
    index: int
    header: str
    field: str  # IGNORE when not imported
    # Of a row that registers several people (see ``guess_mapping``), which one the column
    # is about: 1, 2, ...; 0 for a row's one person, or a column all of them share.
    person: int = 0
    # Of a buyer's column beside the ticket holder's (see BUYER_RE), the field it gives in a
    # row that names no holder: the buyer attends then.
    stand_in: str = IGNORE

    @property
    def letter(self) -> str:
        return column_letter(self.index)


def not_the_people(header: Sequence[Cell]) -> set[int]:
    """The columns about none of the people a row registers: the account that filled the
    form in (see _respondent_columns), a coordinator (see _other_person_columns), told from
    the whole header, whose numbered columns name the people."""
    options = [field_candidates(cell) for cell in header]
    return {*_respondent_columns(header), *_other_person_columns(header, options)}


def guess_one(header: Sequence[Cell]) -> list[Column]:
    """Each column with the field it most likely holds; a field goes to the column whose
    header names it best (the leftmost of equals), and a column that loses it takes the next
    field its header names ('อีเมล / เบอร์โทร' beside a form's own 'ที่อยู่อีเมล' holds the
    phone), but never a part of a name: a second name column names someone else."""
    options: list[Sequence[tuple[str, float]]] = [field_candidates(cell) for cell in header]
    respondent = _respondent_columns(header)
    # The respondent's name, whole or in parts, gives way to any name the form asks for.
    asked = any(
        f in PERSON_NAMES
        for i, found in enumerate(options)
        if i not in respondent
        for f, _ in found
    )
    for i in respondent:
        options[i] = [
            (field, q * _RESPONDENT_QUALITY)
            for field, q in options[i]
            if not (asked and field in NAME_FIELDS)
        ]
    for i in _other_person_columns(header, options):
        options[i] = [(IGNORE, 0.0)]
    buyer = _buyer_columns(header, options)
    for i in buyer:
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
            if not field or (tried[i] > 1 and field in NAME_FIELDS):
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
    if buyer:
        for c in guess_one([cell if i in buyer else None for i, cell in enumerate(header)]):
            columns[c.index].stand_in = c.field if c.index in buyer else IGNORE
    return columns


def _name_columns(options: Sequence[Sequence[tuple[str, float]]]) -> set[int]:
    """The columns whose header may name a person's name, whole or first."""
    return {i for i, found in enumerate(options) for f, _ in found if f in PERSON_NAMES}


def _buyer_columns(
    header: Sequence[Cell], options: Sequence[Sequence[tuple[str, float]]]
) -> set[int]:
    """The columns about the buyer of a ticket (see BUYER_RE), when other columns name the
    participants; an order list that names only the buyer keeps them."""
    buyer = {i for i, cell in enumerate(header) if cell and BUYER_RE.search(normalise_header(cell))}
    return buyer if _name_columns(options) - buyer else set()


# A remarks column ('หมายเหตุ', 'Remarks').
_REMARKS_RE = re.compile(r"หมายเหตุ|remarks?|notes?")


def is_remarks(header: object) -> bool:
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
    """The columns of a form export that name who filled the form in, not whom it registers,
    ahead of the questions: Microsoft Forms puts the signed-in account ('Email', 'Name';
    'anonymous' when not signed in) beside 'Start time' and 'Completion time' ('อีเมล', 'ชื่อ'
    beside 'เวลาเริ่มต้น' and 'เวลาที่เสร็จสมบูรณ์' in Thai); SurveyMonkey the contact it sent
    an invitation to ('Email Address', 'First Name', 'Last Name') beside 'Respondent ID' and
    'Collector ID'. A question of the same name later (SurveyMonkey's contact question) is the
    form's own."""
    keys = [normalise_header(cell) for cell in header]
    for marks, names in _RESPONDENTS:
        if all(any(k.startswith(mark) for k in keys) for mark in marks):
            first = {k: i for i, k in reversed(list(enumerate(keys))) if k in names}
            return sorted(first.values())
    return []


def _other_person_columns(
    header: Sequence[Cell], options: Sequence[Sequence[tuple[str, float]]]
) -> list[int]:
    """The columns about a coordinator or a clerk (see OTHER_PERSON_RE), when another column
    names the participants; a list of the coordinators themselves keeps them, and a list of
    executives with their coordinators ('ชื่อ-สกุล ผู้บริหารท้องถิ่น' | 'ชื่อผู้ประสานงาน' |
    'เบอร์โทรผู้ประสานงาน') the columns about whom its first name column names."""
    whom = {i: _other_person(cell) for i, cell in enumerate(header)}
    other = [i for i, who in whom.items() if who]
    names = _name_columns(options)
    if not other or names - set(other):
        return other
    if not names:
        return []
    listed = whom[min(names)]
    return [i for i in other if whom[i] != listed]


def _other_person(header: Cell) -> str:
    """Whom other than the participant a header names ('ผู้ประสานงาน', 'ล่าม'); '' for none."""
    found = OTHER_PERSON_RE.search(spoken(header)) or OTHER_PERSON_RE.search(
        normalise_header(header)
    )
    return found.group() if found else ""


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
        if quality[first.index] == EXACT_MATCH and _FAMILY_NAME_RE.fullmatch(full.header):
            full.field = "last_name"
            return
        # A whole name beside a lone 'ชื่อ...' column: the weaker names someone else
        # ('ชื่อผู้ประสานงาน', the coordinator's name).
        weaker = first if quality[first.index] <= quality[full.index] else full
        weaker.field = IGNORE
