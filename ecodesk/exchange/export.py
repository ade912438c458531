"""Participants export for another system: xlsx, or CSV as UTF-8 with a BOM for Thai Excel.

The columns are those the importer maps (``exchange.importing.headers``), with the header on
the first row, so that importing an export gives back the same people: nothing is lost.
Phone numbers are text (the leading 0 stays); names that begin with = + - @ stay text in the
workbook. The CSV keeps every value exactly as stored.
"""

from __future__ import annotations

import csv
import os
import uuid
from pathlib import Path

from openpyxl import Workbook

from ecodesk.db import Database
from ecodesk.exchange.report import styles
from ecodesk.exchange.report.atomic import replacing
from ecodesk.exchange.report.cells import SheetWriter, discard, safe
from ecodesk.services.events import get_event
from ecodesk.services.participants import ParticipantRow, list_participants
from ecodesk.services.progress import NO_PROGRESS, Progress

HEADER = (
    "ลำดับ",
    "คำนำหน้า",
    "ชื่อ",
    "นามสกุล",
    "หน่วยงาน",
    "ตำแหน่ง",
    "ภาคส่วน",
    "โทรศัพท์",
    "อีเมล",
    "ความยินยอม",
)
CONSENT_TEXT = {True: "ยินยอม", False: "ไม่ยินยอม", None: ""}
FORMATS = (".xlsx", ".csv")
PROGRESS_EVERY = 5000


class ExportError(ValueError):
    """An export that cannot be made as asked; the message names the file."""


def _values(number: int, p: ParticipantRow) -> list[object]:
    return [
        number, p.title, p.first_name, p.last_name, p.organisation, p.position, p.sector,
        p.phone, p.email, CONSENT_TEXT[p.consent],
    ]  # fmt: skip


def _write_csv(people: list[ParticipantRow], path: Path, progress: Progress) -> None:
    # utf-8-sig writes the BOM by which Excel recognises UTF-8.
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number, p in enumerate(people, 1):
            writer.writerow(_values(number, p))
            if number % PROGRESS_EVERY == 0:
                progress.update(number, len(people), "")


def _write_xlsx(
    people: list[ParticipantRow], path: Path, font: styles.FontChoice, progress: Progress
) -> None:
    wb = Workbook(write_only=True)
    styles.register_styles(wb, font)
    try:
        _write_rows(SheetWriter(wb, "ผู้เข้าร่วม", font, landscape=True), people, progress)
        wb.save(path)
    except BaseException:
        discard(wb)
        raise


def _write_rows(sheet: SheetWriter, people: list[ParticipantRow], progress: Progress) -> None:
    sheet.fit_widths((_values(n, p) for n, p in enumerate(people, 1)), [len(h) for h in HEADER])
    sheet.freeze("A2")
    sheet.header(HEADER)
    ws = sheet.ws
    for number, p in enumerate(people, 1):
        ws.append([safe(ws, v) for v in _values(number, p)])
        if number % PROGRESS_EVERY == 0:
            progress.update(number, len(people), "")
    sheet.rows += len(people)
    sheet.autofilter(1, sheet.rows, len(HEADER))
    sheet.repeat_rows(1, 1)


def export_participants(
    db: Database,
    event_id: uuid.UUID,
    path: str | os.PathLike[str],
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write the event's participants (Thai dictionary order) to ``path``; returns the count.

    The file appears only when complete: a cancel or a failure leaves any earlier file as it was.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{target.name}: export to a .xlsx or .csv file")
    if not target.parent.is_dir():
        raise ExportError(f"{target.parent}: no such folder")
    progress.update(0, None, "")
    event = get_event(db, event_id)
    people = list_participants(db, event.id)
    with replacing(target) as temp:
        if suffix == ".csv":
            _write_csv(people, temp, progress)
        else:
            _write_xlsx(people, temp, styles.FontChoice.from_settings(event.settings), progress)
    progress.update(len(people), len(people), "")
    return len(people)
