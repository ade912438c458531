"""ผลการประเมิน: the survey tables Thai reports use, computed by ``services.survey_stats``.

Respondent details, then per item the count and percent at each level, n, blanks, x̄, S.D.,
ระดับ and ลำดับ, with a row per aspect and an overall row; the aspect means with a chart;
knowledge before/after with the gain; the KPI with its method; the band table used.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from openpyxl.chart import BarChart, Reference

from ecodesk.exchange.report import styles as st
from ecodesk.exchange.report.cells import SheetWriter, row_height
from ecodesk.services import survey_stats as ss
from ecodesk.services.survey_definition import SCALE_LABELS

SHEET = "ผลการประเมิน"
WIDTHS = [8, 52, *([9] * 10), 8, 8, 9, 9, 12, 8]
COLUMNS = len(WIDTHS)
ITEM_STYLES = (
    st.TEXT, st.WRAP, *([st.INTEGER, st.DECIMAL] * 5),
    st.INTEGER, st.INTEGER, st.DECIMAL, st.DECIMAL, st.TEXT, st.INTEGER,
)  # fmt: skip
TOTAL_STYLES = (
    st.TOTAL_TEXT, st.TOTAL_TEXT, *([st.TOTAL_INTEGER, st.TOTAL_DECIMAL] * 5),
    st.TOTAL_INTEGER, st.TOTAL_INTEGER, st.TOTAL_DECIMAL, st.TOTAL_DECIMAL, st.TOTAL_TEXT,
    st.TOTAL_INTEGER,
)  # fmt: skip
CHART_HEIGHT_CM = 8.0
KPI_MET, KPI_NOT_MET = "บรรลุเป้าหมาย", "ไม่บรรลุเป้าหมาย"
NOTE = (
    "n = จำนวนผู้ตอบข้อนั้น (ไม่นับผู้ไม่ตอบ)  S.D. = ส่วนเบี่ยงเบนมาตรฐานแบบตัวอย่าง (n−1)  "
    "x̄ ของด้านและภาพรวมคำนวณจากค่าเฉลี่ยรายบุคคล"
)


def _or_none(rank: int) -> int | None:
    return rank or None


def _item_row(number: str, item: ss.ItemStats) -> list[object]:
    levels: list[object] = []
    for count, percent in zip(item.counts, item.percents, strict=True):
        levels += [count, percent if item.n else None]
    return [number, item.text, *levels, item.n, item.blanks, item.mean, item.sd, item.level,
            _or_none(item.rank)]  # fmt: skip


def _summary_row(label: str, n: int, mean: float | None, sd: float | None, level: str,
                 rank: int) -> list[object]:  # fmt: skip
    return ["", label, *([None] * 10), n, None, mean, sd, level, _or_none(rank)]


def _rating_header(sheet: SheetWriter) -> None:
    first = sheet.rows + 1
    top: list[object] = ["ข้อ", "รายการประเมิน"]
    for level in ss.LEVELS:
        top += [f"{SCALE_LABELS[level]} ({level})", None]
    top += ["n", "ไม่ตอบ", "x̄", "S.D.", "ระดับ", "ลำดับ"]
    sheet.append_styled(top, st.HEADER)
    sheet.append_styled([None, None, *(["จำนวน", "ร้อยละ"] * 5), *([None] * 6)], st.HEADER)
    for col in (1, 2, *range(13, COLUMNS + 1)):
        sheet.merge(first, col, first + 1, col)
    for col in range(3, 13, 2):
        sheet.merge(first, col, first, col + 1)


def _respondents(sheet: SheetWriter, stats: ss.SurveyStats) -> None:
    choices = [c for c in stats.choices if c.n or c.blanks]
    if not choices:
        return
    sheet.append_styled(["", "ข้อมูลทั่วไปของผู้ตอบแบบประเมิน"], [None, st.SUBTITLE])
    sheet.append_styled(["ข้อ", "รายการ", "จำนวน", "ร้อยละ"], st.HEADER)
    for number, choice in enumerate(choices, 1):
        sheet.append_styled(
            [str(number), choice.text, choice.n, 100.0 if choice.n else None],
            (st.TOTAL_TEXT, st.TOTAL_TEXT, st.TOTAL_INTEGER, st.TOTAL_DECIMAL),
        )
        for option, count, percent in choice.options:
            sheet.append_styled(["", f"    {option}", count, percent],
                                (st.TEXT, st.TEXT, st.INTEGER, st.DECIMAL))  # fmt: skip
        if choice.blanks:
            sheet.append_styled(["", "    ไม่ตอบ (ไม่นับใน n)", choice.blanks, None],
                                (st.TEXT, st.TEXT, st.INTEGER, st.DECIMAL))  # fmt: skip
    sheet.blank()


def _ratings(sheet: SheetWriter, stats: ss.SurveyStats) -> None:
    if not stats.items:
        return
    sheet.append_styled(["", "ผลการประเมินความพึงพอใจรายข้อ"], [None, st.SUBTITLE])
    _rating_header(sheet)
    number = 0
    for number, aspect in enumerate(stats.aspects, 1):
        sheet.append_styled([str(number), aspect.title, *([None] * (COLUMNS - 2))], TOTAL_STYLES)
        for i, item in enumerate(aspect.items, 1):
            sheet.append_styled(_item_row(f"{number}.{i}", item), ITEM_STYLES)
        sheet.append_styled(
            _summary_row(f"รวม{aspect.title}", aspect.n, aspect.mean, aspect.sd, aspect.level,
                         aspect.rank),
            TOTAL_STYLES,
        )  # fmt: skip
    for item in stats.loose_items:
        number += 1
        sheet.append_styled(_item_row(str(number), item), ITEM_STYLES)
    sheet.append_styled(
        _summary_row("ภาพรวม", stats.overall_n, stats.overall_mean, stats.overall_sd,
                     stats.overall_level, 0),
        TOTAL_STYLES,
    )  # fmt: skip
    sheet.append_styled(["", NOTE], [None, st.NOTE])
    sheet.blank()


def _aspect_table(sheet: SheetWriter, stats: ss.SurveyStats) -> None:
    if not stats.aspects:
        return
    sheet.append_styled(["", "สรุปผลการประเมินรายด้าน"], [None, st.SUBTITLE])
    sheet.append_styled(["ข้อ", "ด้าน", "n", "x̄", "S.D.", "ระดับ", "ลำดับ"], st.HEADER)
    first = sheet.rows + 1
    styles_ = (st.TEXT, st.TEXT, st.INTEGER, st.DECIMAL, st.DECIMAL, st.TEXT, st.INTEGER)
    for number, a in enumerate(stats.aspects, 1):
        sheet.append_styled([str(number), a.title, a.n, a.mean, a.sd, a.level, _or_none(a.rank)],
                            styles_)  # fmt: skip
    last = sheet.rows
    sheet.append_styled(
        ["", "ภาพรวม", stats.overall_n, stats.overall_mean, stats.overall_sd,
         stats.overall_level, None],
        (st.TOTAL_TEXT, st.TOTAL_TEXT, st.TOTAL_INTEGER, st.TOTAL_DECIMAL, st.TOTAL_DECIMAL,
         st.TOTAL_TEXT, st.TOTAL_INTEGER),
    )  # fmt: skip
    chart = BarChart()
    chart.type = "bar"
    chart.title = "ค่าเฉลี่ยความพึงพอใจรายด้าน"
    chart.legend = None
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.y_axis.majorUnit = 1
    chart.x_axis.scaling.orientation = "maxMin"  # first aspect on top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.height = CHART_HEIGHT_CM
    chart.width = 17
    chart.add_data(Reference(sheet.ws, min_col=4, min_row=first - 1, max_row=last),
                   titles_from_data=True)  # fmt: skip
    chart.set_categories(Reference(sheet.ws, min_col=2, min_row=first, max_row=last))
    anchor = first - 2
    sheet.ws.add_chart(chart, f"I{anchor}")
    # Keep the next table below the chart.
    row_cm = row_height(sheet.font.size) * 2.54 / 72
    below = anchor + math.ceil(CHART_HEIGHT_CM / row_cm) + 1
    sheet.blank(max(1, below - sheet.rows))


def _before_after(sheet: SheetWriter, stats: ss.SurveyStats) -> None:
    if not stats.before_after:
        return
    sheet.append_styled(["", "ความรู้ความเข้าใจก่อนและหลังการสัมมนา"], [None, st.SUBTITLE])
    first = sheet.rows + 1
    sheet.append_styled(["ข้อ", "หัวข้อ", "ก่อน", None, None, None, "หลัง", None, None, None,
                         "ผลต่าง"], st.HEADER)  # fmt: skip
    sheet.append_styled([None, None, *(["n", "x̄", "S.D.", "ระดับ"] * 2), None], st.HEADER)
    for col in (1, 2, 11):
        sheet.merge(first, col, first + 1, col)
    sheet.merge(first, 3, first, 6)
    sheet.merge(first, 7, first, 10)
    side = (st.INTEGER, st.DECIMAL, st.DECIMAL, st.TEXT)
    for number, pair in enumerate(stats.before_after, 1):
        b, a = pair.before, pair.after
        sheet.append_styled(
            [str(number), pair.text, b.n, b.mean, b.sd, b.level, a.n, a.mean, a.sd, a.level,
             pair.gain],
            (st.TEXT, st.WRAP, *side, *side, st.DECIMAL),
        )  # fmt: skip
    total = (st.TOTAL_TEXT, st.TOTAL_TEXT, st.TOTAL_INTEGER, st.TOTAL_DECIMAL, st.TOTAL_DECIMAL,
             st.TOTAL_TEXT)  # fmt: skip
    sheet.append_styled(
        ["", "เฉลี่ยรวม", None, stats.before_mean, None,
         ss.level_of(stats.before_mean, stats.band_set), None, stats.after_mean, None,
         ss.level_of(stats.after_mean, stats.band_set), stats.gain],
        (*total, *total[2:], st.TOTAL_DECIMAL),
    )  # fmt: skip
    sheet.append_styled(["", "ผลต่าง = x̄ หลัง − x̄ ก่อน"], [None, st.NOTE])
    sheet.blank()


def _kpi(sheet: SheetWriter, stats: ss.SurveyStats) -> None:
    sheet.append_styled(["", "ร้อยละความพึงพอใจ (KPI)"], [None, st.SUBTITLE])
    met = stats.kpi_met
    rows: Sequence[tuple[str, object, str]] = (
        ("ร้อยละความพึงพอใจ", stats.kpi, st.DECIMAL),
        ("วิธีคำนวณ", ss.KPI_METHODS[stats.kpi_method], st.TEXT),
        ("เป้าหมาย", f"ไม่ต่ำกว่าร้อยละ {stats.kpi_target:g}", st.TEXT),
        ("ผล", "" if met is None else KPI_MET if met else KPI_NOT_MET, st.TEXT),
    )
    for label, value, style in rows:
        sheet.append_styled(["", label, value], (None, st.TOTAL_TEXT, style))
    sheet.blank()


def band_ranges(band_set: str) -> list[tuple[str, str]]:
    """(ระดับ, 'low–high') for each level, highest first, as the band set defines them."""
    bounds = ss.BAND_SETS[band_set]
    cent = Decimal("0.01")
    highs = [Decimal("5.00"), *(b - cent for b in bounds)]
    lows = [*bounds, Decimal("1.00")]
    return [
        (SCALE_LABELS[level], f"{low:.2f}–{high:.2f}")
        for level, low, high in zip(ss.LEVELS, lows, highs, strict=True)
    ]


def _bands(sheet: SheetWriter, stats: ss.SurveyStats) -> None:
    source = ss.BAND_SOURCES[stats.band_set]
    sheet.append_styled(
        ["", f"เกณฑ์การแปลความหมายค่าเฉลี่ย (ชุด {stats.band_set}: {source})"], [None, st.SUBTITLE]
    )
    sheet.append_styled(["", "ระดับ", "ค่าเฉลี่ย"], [None, st.HEADER, st.HEADER])
    sheet.merge(sheet.rows, 3, sheet.rows, 4)
    for level, span in band_ranges(stats.band_set):
        sheet.append_styled(["", level, span, None], [None, st.TEXT, st.TEXT, st.TEXT])
        sheet.merge(sheet.rows, 3, sheet.rows, 4)


def write_evaluation(sheet: SheetWriter, stats: ss.SurveyStats | None, event_name: str) -> None:
    sheet.set_widths(WIDTHS)
    sheet.title("ผลการประเมินความพึงพอใจ", event_name)
    if stats is None:
        sheet.append(["ยังไม่มีแบบประเมินสำหรับกิจกรรมนี้"])
        return
    rate = stats.response_rate
    line = f"แบบประเมิน: {stats.title} (ฉบับที่ {stats.version})  ผู้ตอบ {stats.responses:,} คน"
    if rate and rate.rate is not None:
        line += f" จากผู้เข้าร่วม {rate.attended:,} คน (ร้อยละ {rate.rate:.2f})"
    sheet.append([line])
    sheet.blank()
    _respondents(sheet, stats)
    _ratings(sheet, stats)
    _aspect_table(sheet, stats)
    _before_after(sheet, stats)
    _kpi(sheet, stats)
    _bands(sheet, stats)
