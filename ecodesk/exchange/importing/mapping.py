"""Mapping a header row's columns to participant fields, and the user's corrections by
column (``--map``).

When several headers could name a field, the one those words describe best takes it
('ประเภทหน่วยงาน' rather than 'ประเภทสมาชิก' for the sector), not the leftmost. A row may
register several people, each mapped on their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ecodesk.exchange.importing.headers import (
    ATTENDEE_RE,
    EXACT_MATCH,
    FIELDS,
    IGNORE,
    NAME_FIELDS,
    PERSON_NAMES,
    field_candidates,
    match_field,
    normalise_header,
    person_mark,
    spoken,
    unmarked,
)
from ecodesk.exchange.importing.reading import Cell, column_letter
from ecodesk.services.thai_text import clean_text

# The form's own name and e-mail questions take the field from the respondent's account
# columns (see _respondent_columns), which keep it only when the form asks for neither.
_RESPONDENT_MARKS = ("starttime", "completiontime")
_RESPONDENT_KEYS = frozenset(("email", "name"))
_RESPONDENT_QUALITY = 0.01

# Columns about someone other than the participant: the agency's coordinator, the clerk who
# typed the row in, whom to call in an emergency, the supervisor who nominates the participant
# ('เบอร์โทรผู้ประสานงาน', 'ผู้บันทึกข้อมูล', 'เบอร์ติดต่อกรณีฉุกเฉิน', 'ชื่อ-สกุล ผู้บังคับบัญชา').
_OTHER_PERSON_RE = re.compile(
    r"ผู้ประสานงาน|ผู้บันทึก|ผู้กรอกข้อมูลแทน|ฉุกเฉิน|ผู้บังคับบัญชา|ผู้เสนอชื่อ"
    r"|coordinator|recordedby|emergency|supervisor"
)


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
    people = find_people(header)
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
        own = [unmarked(cell) if people.get(i) == person else None for i, cell in enumerate(header)]
        for c in _guess_one(own):
            if people.get(c.index) == person:
                columns[c.index].field, columns[c.index].person = c.field, person
    return columns


# What each person of a row has of their own; the rest of a row they share.
_PERSONAL = NAME_FIELDS | {"position", "phone", "email"}


def find_people(header: Sequence[Cell]) -> dict[int, int]:
    """Of a header that numbers the people a row registers, or repeats each one's columns
    (see _repeated_sections), each such column's person (1, 2, ... in the order of their
    numbers; from 2 after a registrant named in columns of their own); empty for a row of
    one person. A number counts where it numbers a name: 'โทรศัพท์ 1', 'โทรศัพท์ 2' beside
    one name column are one person's two phones, and 'ชื่อผู้ประสานงาน 2' is a coordinator's
    (see ``_OTHER_PERSON_RE``)."""
    marks = {
        i: m
        for i, cell in enumerate(header)
        if (m := person_mark(cell)) is not None
        # A coordinator's own numbered columns, unless they say the coordinator attends
        # ('ผู้เข้าร่วมคนที่ 1 (ผู้ประสานงาน)').
        and not (_OTHER_PERSON_RE.search(m[1]) and not ATTENDEE_RE.search(spoken(cell)))
    }
    numbers = sorted(
        {
            n
            for n, rest in marks.values()
            if any(f in PERSON_NAMES for f, _ in field_candidates(rest))
        }
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
    said = [None if i in marks else spoken(cell) for i, cell in enumerate(header)]
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
    said = [spoken(cell) for cell in header]
    name = next(
        (s for i, s in enumerate(said) if s and match_field(header[i])[0] in PERSON_NAMES), None
    )
    if name is None or said.count(name) < 2:
        return {}
    return {i: k + 1 for k, i in enumerate(i for i, s in enumerate(said) if s == name)}


def _not_the_people(header: Sequence[Cell]) -> set[int]:
    """The columns about none of the people a row registers: the account that filled the
    form in (see _respondent_columns), a coordinator (see _other_person_columns), told from
    the whole header, whose numbered columns name the people."""
    options = [field_candidates(cell) for cell in header]
    return {*_respondent_columns(header), *_other_person_columns(header, options)}


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
    options = [field_candidates(cell) for cell in header]
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
        if _OTHER_PERSON_RE.search(spoken(cell)) or _OTHER_PERSON_RE.search(normalise_header(cell))
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
        if quality[first.index] == EXACT_MATCH and _FAMILY_NAME_RE.fullmatch(full.header):
            full.field = "last_name"
            return
        # A whole name beside a lone 'ชื่อ...' column: the weaker names someone else
        # ('ชื่อผู้ประสานงาน', the coordinator's name).
        weaker = first if quality[first.index] <= quality[full.index] else full
        weaker.field = IGNORE


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
