"""Finding the header row and mapping its columns to participant fields (a header's words
are read in ``headers``).

When several headers could name a field, the one those words describe best takes it
('ประเภทหน่วยงาน' rather than 'ประเภทสมาชิก' for the sector), not the leftmost.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path

from ecodesk.exchange.importing.headers import (
    ATTENDEE_RE,
    EXACT_MATCH,
    FIELDS,
    IGNORE,
    NAME_FIELDS,
    PERSON_NAMES,
    field_candidates,
    guess_field,
    match_field,
    names_a_person,
    normalise_header,
    person_mark,
    spoken,
    unmarked,
)
from ecodesk.exchange.importing.reading import (
    Cell,
    ImportFileError,
    Table,
    column_letter,
    read_tables,
)
from ecodesk.services.thai_text import TITLES, clean_text

_TITLE_KEYS = frozenset(t.casefold() for t in TITLES)
# How far down a header may sit under title rows (only these rows are scored: a big sheet's
# header is found as fast as a small one's).
HEADER_SEARCH_ROWS = 60

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

# A column given by its letter or number, not by its header.
_COLUMN_KEY_RE = re.compile(r"[A-Za-z]{1,3}|\d+")


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
        own = [unmarked(cell) if people.get(i) == person else None for i, cell in enumerate(header)]
        for c in _guess_one(own):
            if people.get(c.index) == person:
                columns[c.index].field, columns[c.index].person = c.field, person
    return columns


# What each person of a row has of their own; the rest of a row they share.
_PERSONAL = NAME_FIELDS | {"position", "phone", "email"}


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


def _score(row: Sequence[Cell]) -> float:
    """How much a row looks like the header: the fields it names (one of them a name);
    a lone name column counts when every other cell is a known label (a sign-in sheet's
    'ที่ | ชื่อ-สกุล | ลายมือชื่อ') or stands alone, never a title line that merely contains
    'ชื่อ'."""
    matches = [match_field(c) for c in row if isinstance(c, str)]
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
        and match_field(cells[0]) == ("full_name", EXACT_MATCH)
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
                f"{clean_text(low)} {clean_text(above)}" if names_a_person(above) else low
            )
        elif names_a_person(low) and guess_field(above) is not None:
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
    return not all_known or all(guess_field(c) is not None or names_a_person(c) for c in cells)


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
        said = spoken(other.header)
        if other.field or not _OTHER_HEADER_RE.search(said):
            continue
        field, _ = match_field(other.header)
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
