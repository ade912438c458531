"""One row of a registration list into a participant, cleaned as a careful clerk would."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from ecodesk.exchange.importing.mapping import Column
from ecodesk.exchange.importing.reading import Cell
from ecodesk.services.participants import ParticipantInput, name_key
from ecodesk.services.thai_text import (
    clean_phone,
    clean_text,
    fold_for_search,
    split_thai_name,
    split_title,
)

_NAME_FIELDS = frozenset(("full_name", "first_name"))
_NOTE_WORDS = ("หมายเหตุ", "รวม", "note", "total", "*")
_CONSENT_YES = frozenset(("ยินยอม", "ยอมรับ", "ยินยอมให้เก็บข้อมูล", "ใช่", "yes", "y", "agree",
                          "true", "1", "✓", "✔", "x", "/"))  # fmt: skip
_CONSENT_NO = frozenset(("ไม่ยินยอม", "ไม่ยอมรับ", "ไม่", "no", "n", "disagree", "false", "0"))


class RowError(ValueError):
    """A row that cannot become a participant; the message is the reason."""


def is_blank(cells: Sequence[Cell]) -> bool:
    return all(clean_text(c) == "" for c in cells)


def is_note(cells: Sequence[Cell], columns: Sequence[Column]) -> bool:
    """A remark under or inside the table ('หมายเหตุ: ข้อมูล ณ วันที่ ...'), not a person."""
    filled = [i for i, c in enumerate(cells) if clean_text(c)]
    if len(filled) != 1:
        return False
    i = filled[0]
    if i >= len(columns) or columns[i].field not in _NAME_FIELDS:
        return True
    return clean_text(cells[i]).casefold().startswith(_NOTE_WORDS)


def _text(value: Cell, field: str) -> str:
    if isinstance(value, datetime | date | time):
        raise RowError(f"{field}: a date ({value}) where text was expected")
    return clean_text(value)


def parse_consent(value: Cell) -> bool | None:
    if isinstance(value, bool):
        return value
    text = clean_text(value).casefold()
    if not text:
        return None
    if text in _CONSENT_NO or text.startswith("ไม่"):
        return False
    if text in _CONSENT_YES or "ยินยอม" in text or "ยอมรับ" in text or text.startswith("agree"):
        return True
    return None


def person_from_cells(
    cells: Sequence[Cell], columns: Sequence[Column], source: str
) -> ParticipantInput:
    values: dict[str, Cell] = {c.field: cells[c.index] for c in columns if c.field}
    title = _text(values.get("title", ""), "title")
    first = _text(values.get("first_name", ""), "first name")
    last = _text(values.get("last_name", ""), "last name")
    full = _text(values.get("full_name", ""), "name")
    if full and not first:
        name = split_thai_name(full)
        title, first, last = name.title or title, name.first, last or name.last
    elif first:
        # A first-name column that also carries the title, or the whole name.
        if not title:
            title, first = split_title(first)
        if not last and " " in first:
            first, _, last = first.partition(" ")
    if not first:
        raise RowError("no name")
    if isinstance(values.get("first_name"), int | float) or isinstance(
        values.get("full_name"), int | float
    ):
        raise RowError(f"name: a number ({first}) where a name was expected")
    return ParticipantInput(
        first_name=first,
        last_name=last,
        title=title,
        organisation=_text(values.get("organisation", ""), "organisation"),
        position=_text(values.get("position", ""), "position"),
        sector=_text(values.get("sector", ""), "sector"),
        phone=clean_phone(values.get("phone", "")),
        email=_text(values.get("email", ""), "e-mail"),
        consent=parse_consent(values.get("consent", "")),
        source=source,
    )


def identity(first: str, last: str, phone: str, email: str, organisation: str) -> tuple[str, str]:
    """Who a row is: the same name with the same phone (else e-mail, else organisation)."""
    contact = phone or email.casefold() or "org:" + fold_for_search(organisation)
    return name_key(first, last), contact
