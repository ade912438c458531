"""สรุปผล: the event, attendance per sitting, by sector against target, by sex, and a chart."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference

from ecodesk.exchange.report import styles
from ecodesk.exchange.report.cells import SheetWriter
from ecodesk.exchange.report.data import ReportData
from ecodesk.services.attendance import UNKNOWN_SEX, GroupCount
from ecodesk.services.thai_dates import format_datetime

SHEET = "สรุปผล"
SECTOR_HEADER = (
    "ภาคส่วน",
    "เป้าหมาย (คน)",
    "ลงทะเบียน (คน)",
    "เข้าร่วม (คน)",
    "ร้อยละของเป้าหมาย",
    "ร้อยละของผู้ลงทะเบียน",
)
SEX_HEADER = ("เพศ (จากคำนำหน้าชื่อ)", "ลงทะเบียน (คน)", "เข้าร่วม (คน)", "ร้อยละการเข้าร่วม")
SURVEY_SEX_KEY = "sex"
ROW_STYLES = (
    styles.TEXT,
    styles.INTEGER,
    styles.INTEGER,
    styles.INTEGER,
    styles.DECIMAL,
    styles.DECIMAL,
)
TOTAL_STYLES = (
    styles.TOTAL_TEXT,
    styles.TOTAL_INTEGER,
    styles.TOTAL_INTEGER,
    styles.TOTAL_INTEGER,
    styles.TOTAL_DECIMAL,
    styles.TOTAL_DECIMAL,
)

# The sex table has the sector table's columns without the target.
SEX_STYLES = (ROW_STYLES[0], *ROW_STYLES[2:5])
SEX_TOTAL_STYLES = (TOTAL_STYLES[0], *TOTAL_STYLES[2:5])


def _percent(part: int, whole: int) -> float | None:
    return part * 100 / whole if whole else None


def _info_rows(sheet: SheetWriter, data: ReportData) -> None:
    event = data.event
    label = styles.LABEL
    sheet.append_styled(["ชื่อกิจกรรม", event.name], [label, None])
    sheet.append_styled(["วันที่", event.start_date], [label, styles.DATE])
    if event.end_date != event.start_date:
        sheet.append_styled(["ถึงวันที่", event.end_date], [label, styles.DATE])
    sheet.append_styled(["สถานที่", event.venue], [label, None])
    sheet.append_styled(["หน่วยงานผู้จัด", event.organiser], [label, None])
    sheet.blank()


def _attendance_rows(sheet: SheetWriter, data: ReportData) -> None:
    s = data.attendance
    sheet.append_styled(["ผลการเข้าร่วม", "จำนวน (คน)", "ร้อยละ"], styles.HEADER)
    rows: list[tuple[str, int, float | None]] = [("ผู้ลงทะเบียนทั้งหมด", s.registered, None)]
    if s.target:
        rows.insert(0, ("เป้าหมาย", s.target, None))
    rows.append(("ผู้เข้าร่วม (อย่างน้อยหนึ่งช่วง)", s.attended, s.rate))
    for sitting in s.sittings:
        when = format_datetime(sitting.starts_at)
        rows.append((f"ผู้เข้าร่วม {sitting.name} ({when})", sitting.attended,
                     _percent(sitting.attended, s.registered)))  # fmt: skip
    rows.append(("ผู้ลงทะเบียนหน้างาน (walk-in)", s.walk_ins, _percent(s.walk_ins, s.registered)))
    for name, count, percent in rows:
        sheet.append_styled([name, count, percent], (styles.TEXT, styles.INTEGER, styles.DECIMAL))
    sheet.append_styled(["ร้อยละคิดจากผู้ลงทะเบียนทั้งหมด"], styles.NOTE)
    sheet.blank()


def _group_row(g: GroupCount, with_target: bool) -> list[object]:
    if with_target:
        return [g.name, g.target, g.registered, g.attended, g.percent_of_target, g.percent_attended]
    return [g.name, g.registered, g.attended, g.percent_attended]


def _sector_table(sheet: SheetWriter, data: ReportData) -> tuple[int, int]:
    """The table by sector; returns the first and last data rows (for the chart)."""
    s = data.attendance
    sheet.append_styled(["ผลการเข้าร่วมจำแนกตามภาคส่วน"], styles.SUBTITLE)
    sheet.header(SECTOR_HEADER)
    first = sheet.rows + 1
    for g in s.sectors:
        sheet.append_styled(_group_row(g, True), ROW_STYLES)
    last = sheet.rows
    sheet.append_styled(
        ["รวม", s.target, s.registered, s.attended, _percent(s.attended, s.target), s.rate],
        TOTAL_STYLES,
    )
    sheet.blank()
    return first, last


def _sex_tables(sheet: SheetWriter, data: ReportData) -> None:
    s = data.attendance
    if any(g.name != UNKNOWN_SEX for g in s.sexes):
        sheet.append_styled(["ผลการเข้าร่วมจำแนกตามเพศ"], styles.SUBTITLE)
        sheet.header(SEX_HEADER)
        for g in s.sexes:
            sheet.append_styled(_group_row(g, False), SEX_STYLES)
        sheet.append_styled(["รวม", s.registered, s.attended, s.rate], SEX_TOTAL_STYLES)
        sheet.append_styled(["คำนำหน้าที่ไม่บอกเพศ (เช่น ดร. ผศ.) นับเป็น ไม่ระบุ"], styles.NOTE)
        sheet.blank()
    stats = data.survey
    choices = stats.choices if stats else ()
    answered = next((c for c in choices if c.key == SURVEY_SEX_KEY or c.text == "เพศ"), None)
    if answered and answered.n:
        sheet.append_styled(["ผู้ตอบแบบประเมินจำแนกตามเพศ"], styles.SUBTITLE)
        sheet.header(("เพศ (จากแบบประเมิน)", "จำนวน (คน)", "ร้อยละ"))
        for option, count, percent in answered.options:
            sheet.append_styled(
                [option, count, percent], (styles.TEXT, styles.INTEGER, styles.DECIMAL)
            )
        sheet.append_styled(
            ["รวม", answered.n, 100.0],
            (styles.TOTAL_TEXT, styles.TOTAL_INTEGER, styles.TOTAL_DECIMAL),
        )
        sheet.blank()


def _chart(sheet: SheetWriter, first: int, last: int) -> None:
    if last < first:
        return
    chart = BarChart()
    chart.type = "col"
    chart.title = "ผู้เข้าร่วมเทียบกับเป้าหมาย จำแนกตามภาคส่วน"
    chart.y_axis.title = "คน"
    chart.y_axis.majorGridlines = None
    chart.height = 9
    chart.width = 18
    header = first - 1
    target = Reference(sheet.ws, min_col=2, min_row=header, max_row=last)
    attended = Reference(sheet.ws, min_col=4, min_row=header, max_row=last)
    chart.add_data(target, titles_from_data=True)
    chart.add_data(attended, titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=first, max_row=last))
    # Axes shown explicitly: recent Excel hides axes whose 'delete' flag is left unset.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    sheet.ws.add_chart(chart, f"A{sheet.rows + 2}")


def write_summary(sheet: SheetWriter, data: ReportData) -> None:
    sheet.set_widths([44, 18, 18, 20, 20, 22])
    sheet.title("สรุปผลการจัดกิจกรรม", data.event.name)
    sheet.blank()
    _info_rows(sheet, data)
    _attendance_rows(sheet, data)
    first, last = _sector_table(sheet, data)
    _sex_tables(sheet, data)
    _chart(sheet, first, last)
