"""Rows that register several people: which columns are whose (numbered 'ชื่อ-สกุล คนที่ 2',
'ผู้ติดตาม 1', or each one's columns repeated), and the columns each person is read from."""

from __future__ import annotations

from collections.abc import Sequence

from ecodesk.exchange.importing.columns import OTHER_PERSON_RE, Column, guess_one, not_the_people
from ecodesk.exchange.importing.headers import (
    ATTENDEE_RE,
    PERSON_NAMES,
    field_candidates,
    match_field,
    person_mark,
    spoken,
)
from ecodesk.exchange.importing.reading import Cell


def find_people(header: Sequence[Cell]) -> dict[int, int]:
    """Of a header that numbers the people a row registers, or repeats each one's columns
    (see _repeated_sections), each such column's person (1, 2, ... in the order of their
    numbers; from 2 after a registrant named in columns of their own); empty for a row of
    one person. A number counts where it numbers a name: 'โทรศัพท์ 1', 'โทรศัพท์ 2' beside
    one name column are one person's two phones, and 'ชื่อผู้ประสานงาน 2' is a coordinator's
    (see ``OTHER_PERSON_RE``)."""
    marks = {
        i: m
        for i, cell in enumerate(header)
        if (m := person_mark(cell)) is not None
        # A coordinator's own numbered columns, unless they say the coordinator attends
        # ('ผู้เข้าร่วมคนที่ 1 (ผู้ประสานงาน)').
        and not (OTHER_PERSON_RE.search(m[1]) and not ATTENDEE_RE.search(spoken(cell)))
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
        apart = {*marks, *not_the_people(header)}
        unnumbered = [None if i in apart else cell for i, cell in enumerate(header)]
        registrant = any(c.field in PERSON_NAMES for c in guess_one(unnumbered))
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


def person_columns(columns: Sequence[Column]) -> list[tuple[int, list[Column]]]:
    """Each person of a row with the columns they are read from, in order: ``[(0,
    columns)]`` for a row of one person; else a person's own columns and the shared ones,
    but for a field the person has a column of (a contact given once for the row is each
    person's who gives none). A person none of whose columns is given is no one."""
    people = sorted({c.person for c in columns if c.person})
    if not people:
        return [(0, list(columns))]
    views = []
    for person in people:
        own = [c for c in columns if c.person == person]
        fields = {c.field for c in own}
        views.append((person, own + [c for c in columns if not c.person and c.field not in fields]))
    return views
