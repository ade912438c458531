"""ข้อเสนอแนะ: the open answers, grouped by question, blank answers left out."""

from __future__ import annotations

from ecodesk.exchange.report import styles
from ecodesk.exchange.report.cells import SheetWriter
from ecodesk.services.survey_stats import SurveyStats

SHEET = "ข้อเสนอแนะ"


def write_comments(sheet: SheetWriter, stats: SurveyStats | None, event_name: str) -> None:
    sheet.set_widths([8, 100])
    sheet.title("ข้อเสนอแนะจากผู้ตอบแบบประเมิน", event_name)
    sheet.blank()
    header_row = sheet.header(["ลำดับ", "ข้อเสนอแนะ"])
    sheet.freeze(f"A{header_row + 1}")
    texts = [t for t in stats.texts if t.answers] if stats else []
    if not texts:
        sheet.append(["", "ไม่มีข้อเสนอแนะ"])
    for group in texts:
        sheet.append_styled(
            ["", f"{group.text} ({len(group.answers):,} ข้อความ)"],
            (styles.TOTAL_TEXT, styles.TOTAL_TEXT),
        )
        for number, answer in enumerate(group.answers, 1):
            sheet.append_styled([number, answer], (styles.INTEGER, styles.WRAP))
    sheet.repeat_rows(header_row, header_row)
