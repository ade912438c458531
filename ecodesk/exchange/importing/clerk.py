"""Reading a list's cells as a clerk does: a form's 'other, please specify' answer in place
of its 'อื่นๆ', and a name header merged over the title, first and last name columns."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ecodesk.exchange.importing.columns import Column, not_the_people
from ecodesk.exchange.importing.headers import (
    IGNORE,
    NAME_FIELDS,
    field_candidates,
    match_field,
    normalise_header,
    spoken,
)
from ecodesk.exchange.importing.reading import Cell
from ecodesk.services.thai_text import TITLES, clean_text

_TITLE_KEYS = frozenset(t.casefold() for t in TITLES)

# The header a spreadsheet program gives a table's column that had none ('Column1', Thai
# Excel's 'คอลัมน์1'): no header of its own.
_PLACEHOLDER_RE = re.compile(r"(?:column|คอลัมน์)\s?\d+", re.IGNORECASE)


def map_as_a_clerk(columns: list[Column], data: Sequence[Sequence[Cell]]) -> None:
    """The guessed mapping corrected by what the rows under the header hold (see
    ``spread_merged_name`` and ``give_way_when_empty``)."""
    spread_merged_name(columns, data[:20])
    give_way_when_empty(columns, data)


def give_way_when_empty(columns: list[Column], data: Sequence[Sequence[Cell]]) -> None:
    """A column no row fills gives its field to the next column whose header names it too
    and that rows do fill: Zoom's 'Organization', not asked, beside the host's own question
    'หน่วยงาน/สังกัด'; an office phone left blank beside the mobile. A name stays where it is
    (see columns.guess_one), and a column about someone else (a coordinator, a ticket's buyer)
    takes nothing."""
    others: set[int] | None = None
    for column in columns:
        if column.field in ("", *NAME_FIELDS) or _filled(data, column.index):
            continue
        if others is None:
            others = not_the_people([c.header for c in columns])
        heir = next(
            (
                c
                for c in columns
                if not c.field
                and not c.stand_in
                and c.index not in others
                and c.person == column.person
                and column.field in {f for f, _ in field_candidates(c.header)}
                and _filled(data, c.index)
            ),
            None,
        )
        if heir is not None:
            heir.field, column.field = column.field, IGNORE


def _filled(data: Sequence[Sequence[Cell]], index: int) -> bool:
    # Most cells of an empty column are '' already: only the others are cleaned.
    return any(row[index] != "" and clean_text(row[index]) for row in data if index < len(row))


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
