"""One row of a registration list into a participant, cleaned as a careful clerk would."""

from __future__ import annotations

import functools
import re
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
                          "true", "1", "✓", "✔", "x", "/", "ok"))  # fmt: skip
_CONSENT_NO = frozenset(("ไม่ยินยอม", "ไม่ยอมรับ", "ไม่", "no", "n", "disagree", "false", "0",
                         "✗", "✘"))  # fmt: skip
# A refusal anywhere wins over the consent words around it: a wrong 'yes' is a breach of the
# PDPA, a wrong 'no' only a question to ask. 'ไม่' counts when a consent verb follows it
# (ไม่ยินยอม, ไม่ได้ให้ความยินยอม, ไม่ประสงค์), not in 'ข้อมูลจะไม่ถูกเปิดเผย'.
_CONSENT_NO_RE = re.compile(
    r"^ไม่|ไม่\s*(?:ได้|ขอ)?\s*(?:ยินยอม|ยอม|อนุญาต|ตกลง|ประสงค์|ต้องการ|เห็นด้วย|ใช่|ให้|รับ)"
    r"|ปฏิเสธ|\b(?:no|not|never|disagree|decline|declined|refuse|refused|reject|rejected"
    r"|don'?t|doesn'?t|won'?t|dont)\b"
)
_CONSENT_YES_RE = re.compile(r"ยินยอม|ยอมรับ|อนุญาต|ตกลง|^ใช่|^yes\b|\bagree|\bconsent|\baccept")


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


def cell_texts(cells: Sequence[Cell], wanted: Sequence[bool]) -> list[str]:
    """The row's cells cleaned once: the ``wanted`` ones as text; of the others only
    whether they hold anything ('•'), which is all that blank and note rows need."""
    return [clean_text(c) if want else _presence(c) for c, want in zip(cells, wanted, strict=True)]


def _presence(cell: Cell) -> str:
    empty = cell is None or (isinstance(cell, str) and not cell.strip())
    return "" if empty else "•"


def is_note(texts: Sequence[str], columns: Sequence[Column]) -> bool:
    """A remark under or inside the table ('หมายเหตุ: ข้อมูล ณ วันที่ ...'), not a person."""
    filled = [i for i, t in enumerate(texts) if t]
    if len(filled) != 1:
        return False
    i = filled[0]
    if i >= len(columns) or columns[i].field not in _NAME_FIELDS:
        return True
    return texts[i].casefold().startswith(_NOTE_WORDS)


def parse_consent(value: Cell) -> bool | None:
    """PDPA consent as the person gave it: True, False, or None when the answer says neither."""
    if isinstance(value, bool):
        return value
    return _consent_of(clean_text(value))


# A consent column repeats a few answers over every row.
@functools.lru_cache(maxsize=1024)
def _consent_of(text: str) -> bool | None:
    text = text.casefold().replace("\u2019", "'")
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


def person_from_cells(
    cells: Sequence[Cell], texts: Sequence[str], columns: Sequence[Column], source: str
) -> ParticipantInput:
    """The participant a row holds; ``columns`` are the mapped ones, ``texts`` the cleaned cells."""
    values: dict[str, str] = {}
    for c in columns:
        raw = cells[c.index]
        if c.field in _TEXT_FIELDS:
            if isinstance(raw, datetime | date | time):
                name = _FIELD_NAMES.get(c.field, c.field)
                raise RowError(
                    f"{name}: a date ({texts[c.index]}) where text was expected",
                    "date",
                    c.field,
                    texts[c.index],
                )
            if c.field in _NAME_FIELDS and isinstance(raw, int | float) and texts[c.index]:
                raise RowError(
                    f"name: a number ({texts[c.index]}) where a name was expected",
                    "number",
                    c.field,
                    texts[c.index],
                )
        values[c.field] = texts[c.index]
    get = values.get
    title, first, last, full = (
        get("title", ""),
        get("first_name", ""),
        get("last_name", ""),
        get("full_name", ""),
    )
    if full and not first:
        split = split_thai_name(full)
        title, first, last = split.title or title, split.first, last or split.last
    elif first:
        # A first-name column that also carries the title, or the whole name.
        if not title:
            title, first = split_title(first)
        if not last and " " in first:
            first, _, last = first.partition(" ")
    if not first:
        raise RowError("no name", "no_name")
    phone_column = next((c.index for c in columns if c.field == "phone"), None)
    return ParticipantInput(
        first_name=first,
        last_name=last,
        title=title,
        organisation=get("organisation", ""),
        position=get("position", ""),
        sector=get("sector", ""),
        phone=clean_phone(cells[phone_column]) if phone_column is not None else "",
        email=get("email", ""),
        consent=parse_consent(get("consent", "")),
        source=source,
    )


def identity(first: str, last: str, phone: str, email: str, organisation: str) -> tuple[str, str]:
    """Who a row is: the same name with the same phone (else e-mail, else organisation)."""
    contact = phone or email.casefold() or "org:" + fold_for_search(organisation)
    return name_key(first, last), contact
