"""ข้อเสนอแนะ: the open answers, grouped by question, blank answers left out."""

from __future__ import annotations

import math

from ecodesk.exchange.report import styles
from ecodesk.exchange.report.cells import SheetWriter, StyledColumn, display_width, row_height
from ecodesk.services.survey_stats import SurveyStats

SHEET = "ข้อเสนอแนะ"
TEXT_WIDTH = 100
# Thai characters that fit a line of the text column (a little under its width).
TEXT_CHARS_PER_LINE = 90


def write_comments(sheet: SheetWriter, stats: SurveyStats | None, event_name: str) -> None:
    sheet.set_widths([8, TEXT_WIDTH])
    sheet.title("ข้อเสนอแนะจากผู้ตอบแบบประเมิน", event_name)
    sheet.blank()
    header_row = sheet.header(["ลำดับ", "ข้อเสนอแนะ"])
    sheet.freeze(f"A{header_row + 1}")
    groups = [t for t in stats.texts if t.answers] if stats else []
    if not groups:
        sheet.append(["", "ไม่มีข้อเสนอแนะ"])
    numbers = StyledColumn(sheet.ws, styles.INTEGER)
    texts = StyledColumn(sheet.ws, styles.WRAP)
    append = sheet.ws.append
    heights = sheet.ws.row_dimensions
    line_height = row_height(sheet.font.size)
    for group in groups:
        sheet.append_styled(
            ["", f"{group.text} ({len(group.answers):,} ข้อความ)"],
            (styles.TOTAL_TEXT, styles.TOTAL_TEXT),
        )
        for number, answer in enumerate(group.answers, 1):
            lines = math.ceil(display_width(answer) / TEXT_CHARS_PER_LINE)
            if lines > 1:  # rows of wrapped text get their height: not every program fits it
                heights[sheet.rows + number].height = line_height * min(lines, 15)
            append([numbers(number), texts(answer)])
        sheet.rows += len(group.answers)
    sheet.repeat_rows(header_row, header_row)
