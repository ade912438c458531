"""Finding the list in a file: the sheet that holds it, its header row (one row or two), and
the other sheets that continue it."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from itertools import zip_longest
from pathlib import Path

from ecodesk.exchange.importing.headers import (
    EXACT_MATCH,
    IGNORE,
    NAME_FIELDS,
    PERSON_NAMES,
    guess_field,
    match_field,
    names_a_person,
    normalise_header,
)
from ecodesk.exchange.importing.pages import layout
from ecodesk.exchange.importing.people import find_people
from ecodesk.exchange.importing.reading import EMPTY, Cell, ImportFileError, Table, read_tables
from ecodesk.services.thai_text import clean_text

# How far down a header may sit under title rows (only these rows are scored: a big sheet's
# header is found as fast as a small one's).
HEADER_SEARCH_ROWS = 60

# A column given by its letter or number, not by its header.
_COLUMN_KEY_RE = re.compile(r"[A-Za-z]{1,3}|\d+")


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
    raise ImportFileError(f"{Path(path).name}: every sheet is empty", EMPTY, Path(path).name)


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
    if _is_answer_row(lower) and _looks_like_labels(upper, all_known=False):
        return _with_answer_row(upper, lower)
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
    if _score(merged) > max(_score(upper), _score(lower)):
        return merged
    # Or it numbers the people the upper row alone does not.
    return merged if find_people(merged) and not find_people(upper) else None


# What SurveyMonkey writes under each question, in the second row of its header: the answer
# to a question with one ('Response', 'Open-Ended Response'), else the choice or the box of
# each column ('Other (please specify)', 'ช่วงเช้า', 'Name', 'Phone Number').
_ANSWER_LABELS = frozenset(("response", "open-ended response"))


def _is_answer_row(row: Sequence[Cell]) -> bool:
    return any(isinstance(c, str) and c.strip().casefold() in _ANSWER_LABELS for c in row)


def _with_answer_row(upper: Sequence[Cell], lower: Sequence[Cell]) -> list[Cell]:
    """A header whose lower row names each question's answer (see _ANSWER_LABELS) as one row:
    a question's own header over its answer; the box of a question asked in several ('Name',
    'Company' of a contact question; 'คำนำหน้า', 'ชื่อ', 'นามสกุล' under 'ชื่อ-นามสกุล') where
    it names a field and the question names none or a name; else the question with the choice
    ('ภาคส่วน Other (please specify)', which clerk.fill_other_answers reads)."""
    merged: list[Cell] = []
    question: Cell = ""
    for up, low in zip_longest(upper, lower, fillvalue=""):
        if clean_text(up):
            question = up
        answer = clean_text(low)
        if not answer or answer.casefold() in _ANSWER_LABELS:
            merged.append(question)
        elif guess_field(low) and guess_field(question) in (None, IGNORE, *NAME_FIELDS):
            merged.append(low)
        else:
            merged.append(f"{clean_text(question)} {answer}")
    return merged


def _looks_like_labels(row: Sequence[Cell], all_known: bool = True) -> bool:
    """Two or more texts and no numbers or dates (with ``all_known``, every one a known
    header): a header row, not a title line or a participant whose organisation happens to
    contain a header's word ('หน่วยงานภาครัฐ')."""
    cells = [c for c in row if c != "" and c is not None]
    if len(cells) < 2 or not all(isinstance(c, str) for c in cells):
        return False
    return not all_known or all(guess_field(c) is not None or names_a_person(c) for c in cells)
