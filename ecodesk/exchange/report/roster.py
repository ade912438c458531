"""รายชื่อผู้เข้าร่วม: one row per participant in Thai dictionary order, check-in per sitting."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from ecodesk.exchange.report import styles
from ecodesk.exchange.report.cells import SheetWriter, StyledColumn, safe
from ecodesk.exchange.report.data import ReportData
from ecodesk.services.progress import Progress
from ecodesk.services.thai_dates import format_date_range

SHEET = "รายชื่อผู้เข้าร่วม"
WALK_IN_MARK = "✓"
HEADER_ROW = 3
PROGRESS_EVERY = 2000


def header(data: ReportData) -> list[str]:
    return [
        "ลำดับ",
        "ชื่อ–นามสกุล",
        "ตำแหน่ง",
        "หน่วยงาน",
        "ภาคส่วน",
        *(f"เวลาลงทะเบียน {s.name}" for s in data.event.sittings),
        "ลงทะเบียนหน้างาน",
    ]


def write_roster(
    sheet: SheetWriter, data: ReportData, progress: Progress, done: int, total: int
) -> int:
    """Write the list; returns the progress count after it."""
    entries = data.roster
    names = header(data)
    sample = ((None, e.full_name, e.position, e.organisation, e.sector) for e in entries)
    times = len(data.event.sittings)
    sheet.fit_widths(sample, [len(str(len(entries))) + 1, 16, 10, 10, 10])
    widths = sheet.ws.column_dimensions
    for i in range(times):
        widths[get_column_letter(6 + i)].width = 24
    widths[get_column_letter(6 + times)].width = 16
    sheet.freeze(f"C{HEADER_ROW + 1}")
    event = data.event
    sheet.title(
        f"รายชื่อผู้เข้าร่วม {event.name}",
        f"วันที่ {format_date_range(event.start_date, event.end_date)}  สถานที่ {event.venue}",
    )
    sheet.header(names)

    ws = sheet.ws
    time_cells = [StyledColumn(ws, styles.DATETIME) for _ in range(times)]
    append = ws.append
    for number, e in enumerate(entries, 1):
        row: list[object] = [
            number,
            safe(ws, e.full_name),
            safe(ws, e.position),
            safe(ws, e.organisation),
            safe(ws, e.sector),
        ]
        row += [column(when) for column, when in zip(time_cells, e.checkins, strict=True)]
        row.append(WALK_IN_MARK if e.is_walk_in else None)
        append(row)
        if number % PROGRESS_EVERY == 0:
            progress.update(done + number, total, "รายชื่อผู้เข้าร่วม")
    sheet.rows += len(entries)
    last_col = len(names)
    sheet.autofilter(HEADER_ROW, sheet.rows, last_col)
    sheet.repeat_rows(HEADER_ROW, HEADER_ROW)
    return done + len(entries)
