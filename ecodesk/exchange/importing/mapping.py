"""Mapping a header row's columns to participant fields, each numbered person's on their
own, and the user's corrections by column (``--map``)."""

from __future__ import annotations

from collections.abc import Sequence

from ecodesk.exchange.importing.columns import Column, guess_one, not_the_people
from ecodesk.exchange.importing.headers import (
    FIELDS,
    IGNORE,
    NAME_FIELDS,
    normalise_header,
    unmarked,
)
from ecodesk.exchange.importing.people import find_people
from ecodesk.exchange.importing.reading import Cell
from ecodesk.services.thai_text import clean_text


def guess_mapping(header: Sequence[Cell]) -> list[Column]:
    """Each column with the field it most likely holds (see ``guess_one``).

    A form that registers an agency's attendees together numbers them: 'ชื่อ-สกุล
    ผู้เข้าร่วมคนที่ 1', 'ตำแหน่ง คนที่ 1', ..., 'ชื่อ-สกุล คนที่ 2', or a registrant's own
    columns followed by 'ผู้ติดตาม 1', 'ผู้ติดตาม 2'. Each numbered person's columns are mapped
    on their own and marked with the person (``Column.person``); the columns without a number
    are shared by all of them (the organisation), but a registrant's name, title, position,
    phone and e-mail are the registrant's, person 1.
    """
    people = find_people(header)
    apart = {*people, *not_the_people(header)} if people else set()
    columns = guess_one([None if i in apart else cell for i, cell in enumerate(header)])
    for c, cell in zip(columns, header, strict=True):
        c.header = clean_text(cell)
    if not people:
        return columns
    # Numbered from 2: find_people found a registrant named in columns of their own.
    if min(people.values()) > 1:
        for c in columns:
            if c.field in _PERSONAL:
                c.person = 1
    for person in set(people.values()):
        own = [unmarked(cell) if people.get(i) == person else None for i, cell in enumerate(header)]
        for c in guess_one(own):
            if people.get(c.index) == person:
                columns[c.index].field, columns[c.index].person = c.field, person
    return columns


# What each person of a row has of their own; the rest of a row they share.
_PERSONAL = NAME_FIELDS | {"position", "phone", "email"}


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
        give_field(columns, target, IGNORE if field == "ignore" else field)


def give_field(columns: list[Column], target: Column, field: str) -> list[Column]:
    """Map ``target`` to ``field``: a field is one column's (of each person, where a row
    registers several), so the column that had it loses it. Returns the columns that did."""
    losing = [
        c
        for c in columns
        if field and c is not target and c.field == field and c.person == target.person
    ]
    for c in losing:
        c.field = IGNORE
    target.field = field
    return losing


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
