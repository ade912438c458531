"""The officials' workbook, read back with openpyxl and compared with figures worked by hand."""

from __future__ import annotations

import statistics
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from ecodesk.cli import main
from ecodesk.db import Database
from ecodesk.exchange.report import ReportError, ReportOptions, build_report
from ecodesk.exchange.report.evaluation import band_ranges
from ecodesk.services import events, survey_answers, surveys
from ecodesk.services.checkin import CheckInDesk
from ecodesk.services.participants import ParticipantInput, add_participant
from ecodesk.services.progress import Cancelled, Progress

DAY = date(2022, 6, 16)
BE_DATE = "[$-107041E]d mmmm yyyy"
BE_DATETIME = "[$-107041E]d mmm yyyy hh:mm"

# (title, first, last, sector, morning, afternoon, walk-in)
PEOPLE = (
    ("นาย", "สมชาย", "ใจดี", "โรงงาน", True, True, False),
    ("นางสาว", "ไพโรจน์", "ศรีสุข", "โรงงาน", True, False, False),
    ("ดร.", "แก้ว", "บุญมา", "ราชการ", True, True, False),
    ("นาง", "เกศินี", "ทองคำ", "ราชการ", False, True, False),
    ("นาย", "กมล", "เรืองศรี", "ราชการ", False, False, False),
    ("นาย", "ขวัญ", "ยานะ", "ชุมชน", True, False, True),
    ("ว่าที่ร้อยตรีหญิง", "โชติ", "คำมูล", "ชุมชน", False, False, False),
)
THAI_ORDER = ["กมล", "เกศินี", "แก้ว", "ขวัญ", "โชติ", "ไพโรจน์", "สมชาย"]
# Three responses to the built-in form; process1..4 and use1..4 rate, knowledge1 is a pair.
RESPONSES: list[dict[str, Any]] = [
    {"sex": "ชาย", "process1": 5, "process2": 4, "process3": 5, "process4": 4,
     "speaker1": 5, "speaker2": 5, "speaker3": 5, "speaker4": 5,
     "venue1": 4, "venue2": 4, "venue3": 4, "venue4": 4, "venue5": 4,
     "knowledge1": {"before": 2, "after": 4}, "knowledge2": {"before": 3, "after": 5},
     "knowledge3": {"before": 3, "after": 4}, "knowledge4": {"before": 2, "after": 4},
     "use1": 5, "use2": 4, "use3": 4, "use4": 5,
     "liked": "=HYPERLINK(\"http://x\",\"คลิก\")", "improve": "ห้องเย็นไป"},
    {"sex": "หญิง", "process1": 4, "process2": 4, "process3": 3, "process4": 4,
     "speaker1": 4, "speaker2": 5, "speaker3": 4, "speaker4": 4,
     "venue1": 3, "venue2": 3, "venue3": 4, "venue4": 5, "venue5": 5,
     "knowledge1": {"before": 1, "after": 3}, "knowledge2": {"before": 2, "after": 4},
     "knowledge3": {"before": 2, "after": 3}, "knowledge4": {"before": 3, "after": 5},
     "use1": 4, "use2": 4, "use3": 3, "use4": 4, "liked": "+ได้ความรู้", "improve": ""},
    {"sex": "หญิง", "process1": 4, "process2": 2, "process3": 4, "process4": 5,
     "speaker1": 5, "speaker2": 4, "speaker3": 4, "speaker4": 3,
     "venue1": 5, "venue2": 4, "venue3": 3, "venue4": 4, "venue5": 4,
     "knowledge1": {"before": 3, "after": 5}, "knowledge2": {"before": 3, "after": 4},
     "knowledge3": {"before": 1, "after": 4}, "knowledge4": {"before": 2, "after": 3},
     "use1": 5, "use2": 5, "use3": 4, "use4": 5, "next_topics": "@พลังงานชุมชน"},
]  # fmt: skip


def _at(hour: int, minute: int) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


def _at(hour: int, minute: int) -> datetime:
    return datetime.combine(DAY, time(hour, minute))


@pytest.fixture
def seminar(db: Database) -> events.EventInfo:
    event = events.create_event(
        db,
        events.EventInput(
            code="RPT65",
            name="สัมมนาทดสอบรายงาน",
            start_date=DAY,
            end_date=DAY,
            venue="ห้องประชุมใหญ่",
            organiser="สำนักงานอุตสาหกรรมจังหวัดลำปาง",
            sittings=[
                events.SittingInput("เช้า", _at(8, 30), _at(12, 0)),
                events.SittingInput("บ่าย", _at(13, 0), _at(16, 0)),
            ],
            sectors=[
                events.SectorInput("โรงงาน", 4),
                events.SectorInput("ราชการ", 2),
                events.SectorInput("ชุมชน", 5),
            ],
        ),
    )
    morning = CheckInDesk(db, event, event.sittings[0], "d1", allow_other_day=True)
    afternoon = CheckInDesk(db, event, event.sittings[1], "d1", allow_other_day=True)
    for title, first, last, sector, am, pm, walk in PEOPLE:
        pid = add_participant(
            db,
            event.id,
            ParticipantInput(first, last, title, organisation=f"หน่วยงาน{first}",
                             position="เจ้าหน้าที่", sector=sector, phone="0812345678",
                             is_walk_in=walk),
        )  # fmt: skip
        if am:
            assert morning.check_in_participant(pid, "scan").status == "ok"
        if pm:
            assert afternoon.check_in_participant(pid, "search").status == "ok"
        if first == "กมล":  # came, then the check-in was undone: does not count
            result = afternoon.check_in_participant(pid, "scan")
            assert result.checkin_id is not None
            afternoon.undo(result.checkin_id)
    survey = surveys.attach_template(db, event.id)
    survey_answers.load_responses(db, survey.id, RESPONSES)
    return events.get_event(db, event.id)


def _rows(ws: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


def _find(ws: Worksheet, first: Any, column: int = 1) -> tuple[Any, ...]:
    """The row whose cell in ``column`` (1-based) holds ``first``."""
    for row in ws.iter_rows(values_only=True):
        if len(row) >= column and row[column - 1] == first:
            return tuple(row)
    raise AssertionError(f"no row starting with {first!r} in {ws.title}")


@pytest.fixture
def workbook(db: Database, seminar: events.EventInfo, tmp_path: Path) -> Any:
    out = tmp_path / "report.xlsx"
    result = build_report(db, seminar.id, out)
    assert result.participants == len(PEOPLE) and result.responses == len(RESPONSES)
    return load_workbook(out)


def test_sheets_have_thai_names_in_order(workbook: Any) -> None:
    assert workbook.sheetnames == [
        "สรุปผล",
        "รายชื่อผู้เข้าร่วม",
        "ผลการประเมิน",
        "ข้อเสนอแนะ",
        "ข้อมูลดิบ",
    ]


def test_summary_counts_match_the_check_ins(workbook: Any) -> None:
    ws = workbook["สรุปผล"]
    date_cell = next(c for row in ws.iter_rows() for c in row if c.value == datetime(2022, 6, 16))
    assert date_cell.number_format == BE_DATE
    registered = len(PEOPLE)
    attended = sum(1 for p in PEOPLE if p[4] or p[5])
    assert _find(ws, "ผู้ลงทะเบียนทั้งหมด")[1] == registered
    came = _find(ws, "ผู้เข้าร่วม (อย่างน้อยหนึ่งช่วง)")
    assert came[1] == attended
    assert came[2] == pytest.approx(attended * 100 / registered)
    morning = next(r for r in _rows(ws) if str(r[0]).startswith("ผู้เข้าร่วม เช้า"))
    assert morning[1] == sum(1 for p in PEOPLE if p[4])
    afternoon = next(r for r in _rows(ws) if str(r[0]).startswith("ผู้เข้าร่วม บ่าย"))
    assert afternoon[1] == sum(1 for p in PEOPLE if p[5])  # the undone one is not counted
    assert _find(ws, "ผู้ลงทะเบียนหน้างาน (walk-in)")[1] == 1
    # By sector: target, registered, attended, % of target, % of registered.
    for name, target in (("โรงงาน", 4), ("ราชการ", 2), ("ชุมชน", 5)):
        members = [p for p in PEOPLE if p[3] == name]
        came_n = sum(1 for p in members if p[4] or p[5])
        row = _find(ws, name)
        assert row[:4] == (name, target, len(members), came_n)
        assert row[4] == pytest.approx(came_n * 100 / target)
        assert row[5] == pytest.approx(came_n * 100 / len(members))
    assert _find(ws, "รวม")[:4] == ("รวม", 11, registered, attended)
    # By sex from titles: นาย ×3 ชาย; นางสาว, นาง, ว่าที่ร้อยตรีหญิง หญิง; ดร. unknown.
    assert _find(ws, "ชาย")[1:3] == (3, 2)
    assert _find(ws, "หญิง")[1:3] == (3, 2)
    assert _find(ws, "ไม่ระบุ")[1:3] == (1, 1)
    # By sex as respondents answered the survey: 1 ชาย, 2 หญิง.
    rows = _rows(ws)
    at = rows.index(_find(ws, "เพศ (จากแบบประเมิน)"))
    assert [r[:2] for r in rows[at + 1 : at + 3]] == [("ชาย", 1), ("หญิง", 2)]
    assert len(ws._charts) == 1


def test_participant_list_in_thai_order_with_times(workbook: Any, seminar: Any) -> None:
    ws = workbook["รายชื่อผู้เข้าร่วม"]
    assert ws.freeze_panes == "C4"
    header = _rows(ws)[2]
    assert header == ("ลำดับ", "ชื่อ–นามสกุล", "ตำแหน่ง", "หน่วยงาน", "ภาคส่วน",
                      "เวลาลงทะเบียน เช้า", "เวลาลงทะเบียน บ่าย", "ลงทะเบียนหน้างาน")  # fmt: skip
    assert ws.auto_filter.ref == f"A3:H{3 + len(PEOPLE)}"
    assert ws["A3"].font.b
    body = _rows(ws)[3:]
    assert [r[0] for r in body] == list(range(1, len(PEOPLE) + 1))
    firsts = [next(p for p in PEOPLE if r[1].endswith(f"{p[1]} {p[2]}"))[1] for r in body]
    assert firsts == THAI_ORDER
    by_first = {p[1]: p for p in PEOPLE}
    for index, row in enumerate(body, 4):
        person = by_first[firsts[index - 4]]
        assert row[1] == f"{person[0]}{person[1]} {person[2]}"
        assert isinstance(row[5], datetime) is person[4]
        assert isinstance(row[6], datetime) is person[5]
        assert row[7] == ("✓" if person[6] else None)
        if person[4]:
            assert ws.cell(index, 6).number_format == BE_DATETIME


def _independent_item(values: list[int]) -> tuple[int, float, float]:
    return len(values), statistics.mean(values), statistics.stdev(values)


def test_evaluation_matches_hand_computation(workbook: Any) -> None:
    ws = workbook["ผลการประเมิน"]
    row = _find(ws, "1.1")
    # process1: 5, 4, 4 -> counts 1 at 5, 2 at 4.
    assert row[1] == "การประชาสัมพันธ์และแจ้งกำหนดการล่วงหน้าเหมาะสม"
    assert row[2:12] == (1, pytest.approx(100 / 3), 2, pytest.approx(200 / 3), 0, 0, 0, 0, 0, 0)
    n, mean, sd = _independent_item([5, 4, 4])
    assert row[12:16] == (n, 0, pytest.approx(mean), pytest.approx(sd))
    assert row[16] == "มาก"  # 4.33 in band A
    process = [[5, 4, 5, 4], [4, 4, 3, 4], [4, 2, 4, 5]]
    person_means = [statistics.mean(r) for r in process]
    aspect = _find(ws, "รวมด้านกระบวนการ/ขั้นตอน", 2)
    assert aspect[12] == 3
    assert aspect[14] == pytest.approx(statistics.mean(person_means))
    assert aspect[15] == pytest.approx(statistics.stdev(person_means))
    # Ranks within the aspect: process1 4.33, process2 3.33, process3 4.00, process4 4.33.
    ranks = [_find(ws, f"1.{i}")[17] for i in range(1, 5)]
    assert ranks == [1, 4, 3, 1]
    cell = next(c for r in ws.iter_rows() for c in r if c.value == row[14] and c.column == 15)
    assert cell.number_format == "0.00"
    # Before/after of knowledge1: before 2, 1, 3; after 4, 3, 5; gain 2.
    pair = _find(ws, "แนวคิดเมืองอุตสาหกรรมเชิงนิเวศ", 2)
    assert pair[2:4] == (3, pytest.approx(2.0))
    assert pair[6:8] == (3, pytest.approx(4.0))
    assert pair[10] == pytest.approx(2.0)
    # KPI by the default method, named.
    ratings = [v for r in RESPONSES for k, v in r.items() if isinstance(v, int)]
    overall = statistics.mean(
        statistics.mean(v for k, v in r.items() if isinstance(v, int)) for r in RESPONSES
    )
    assert _find(ws, "ร้อยละความพึงพอใจ", 2)[2] == pytest.approx(overall / 5 * 100)
    assert _find(ws, "วิธีคำนวณ", 2)[2] == "x̄ ÷ 5 × 100"
    assert len(ratings) == 3 * 17
    # The band table used is printed.
    assert _find(ws, "มากที่สุด", 2)[2] == "4.51–5.00"
    assert _find(ws, "น้อยที่สุด", 2)[2] == "1.00–1.50"


def test_band_ranges_follow_each_set() -> None:
    assert band_ranges("B") == [
        ("มากที่สุด", "4.21–5.00"), ("มาก", "3.41–4.20"), ("ปานกลาง", "2.61–3.40"),
        ("น้อย", "1.81–2.60"), ("น้อยที่สุด", "1.00–1.80"),
    ]  # fmt: skip
    assert band_ranges("C")[1] == ("มาก", "3.50–4.49")


def test_comments_grouped_without_blanks_and_raw_data(workbook: Any) -> None:
    comments = _rows(workbook["ข้อเสนอแนะ"])
    texts = [r[1] for r in comments if r[0] is not None and isinstance(r[0], int)]
    assert texts == ['=HYPERLINK("http://x","คลิก")', "+ได้ความรู้", "ห้องเย็นไป", "@พลังงานชุมชน"]
    assert (None, "สิ่งที่ประทับใจ (2 ข้อความ)") in [r[:2] for r in comments]
    raw = workbook["ข้อมูลดิบ"]
    rows = _rows(raw)
    header = rows[0]
    assert header[:4] == ("ลำดับ", "ฉบับที่", "sex", "age")
    assert "knowledge1.before" in header and "knowledge1.after" in header
    assert raw.freeze_panes == "C2"
    body = rows[1:]
    assert len(body) == len(RESPONSES)
    col = header.index("process1")
    assert sorted(r[col] for r in body) == [4, 4, 5]
    before = header.index("knowledge1.before")
    assert sorted(r[before] for r in body) == [1, 2, 3]


def test_formula_like_text_is_written_as_text(db: Database, seminar: Any, tmp_path: Path) -> None:
    for name in ("=1+2", "+66812345678", "-ลบ", "@SUM(A1)", "#N/A"):
        add_participant(db, seminar.id, ParticipantInput(name, "=cmd|' /C calc'!A0",
                                                         organisation="=A1*2"))  # fmt: skip
    # A control character pasted from another program must not break the workbook.
    add_participant(db, seminar.id, ParticipantInput("วัน\x0bดี", "สุข"))
    out = tmp_path / "r.xlsx"
    build_report(db, seminar.id, out)
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        sheets = [archive.read(n).decode() for n in names if n.startswith("xl/worksheets/sheet")]
    assert not any("vbaProject" in n or "externalLink" in n for n in names)
    assert all("<f>" not in s and "<f " not in s for s in sheets)
    ws = load_workbook(out)["รายชื่อผู้เข้าร่วม"]
    values = {c.value for r in ws.iter_rows(min_row=4) for c in r if isinstance(c.value, str)}
    assert "=1+2 =cmd|' /C calc'!A0" in values
    assert "=A1*2" in values and "#N/A =cmd|' /C calc'!A0" in values
    assert "วันดี สุข" in values
    assert all(c.data_type == "s" for r in ws.iter_rows(min_row=4) for c in r
               if isinstance(c.value, str))  # fmt: skip


def test_look_and_print_setup(workbook: Any) -> None:
    ws = workbook["รายชื่อผู้เข้าร่วม"]
    assert ws["B4"].font.name == "TH SarabunPSK" and ws["B4"].font.sz == 16
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$3"
    assert "&P" in ws.oddFooter.center.text
    assert ws.column_dimensions["D"].width >= 10
    assert workbook["สรุปผล"].page_setup.orientation == "portrait"


def test_charts_are_native(db: Database, seminar: Any, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    build_report(db, seminar.id, out)
    with zipfile.ZipFile(out) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        xml = [archive.read(n).decode() for n in charts]
    assert len(charts) == 2
    assert all("<barChart>" in x for x in xml)
    assert any("'สรุปผล'!$D$" in x for x in xml)  # attended by sector
    assert any("'ผลการประเมิน'!$D$" in x for x in xml)  # aspect means


def test_options_choose_sections_bands_kpi_and_font(
    db: Database, seminar: Any, tmp_path: Path
) -> None:
    from ecodesk.exchange.report import FontChoice

    out = tmp_path / "r.xlsx"
    options = ReportOptions(sections=("evaluation", "summary"), band_set="C", kpi_method="top2",
                            font=FontChoice("Sarabun", 14))  # fmt: skip
    result = build_report(db, seminar.id, out, options)
    assert result.sheets == ["สรุปผล", "ผลการประเมิน"]
    wb = load_workbook(out)
    ws = wb["ผลการประเมิน"]
    ratings = [v for r in RESPONSES for v in r.values() if isinstance(v, int)]
    top2 = sum(1 for v in ratings if v >= 4) * 100 / len(ratings)
    assert _find(ws, "ร้อยละความพึงพอใจ", 2)[2] == pytest.approx(top2)
    assert _find(ws, "วิธีคำนวณ", 2)[2] == "ร้อยละของคำตอบระดับ 4–5"
    assert _find(ws, "มาก", 2)[2] == "3.50–4.49"
    assert wb["สรุปผล"]["A4"].font.name == "Sarabun"


def test_bad_options_are_refused(db: Database, seminar: Any, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="xlsx"):
        build_report(db, seminar.id, tmp_path / "r.pdf")
    with pytest.raises(ReportError, match="section"):
        build_report(db, seminar.id, tmp_path / "r.xlsx", ReportOptions(sections=("x",)))
    with pytest.raises(ReportError, match="folder"):
        build_report(db, seminar.id, tmp_path / "none" / "r.xlsx")


class _CancelAfter(Progress):
    def __init__(self, calls: int) -> None:
        self.calls = calls

    def report(self, done: int, total: int | None, message: str) -> None:
        self.calls -= 1
        self.cancelled = self.calls <= 0


def test_cancel_keeps_the_earlier_file(db: Database, seminar: Any, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    out.write_bytes(b"earlier")
    with pytest.raises(Cancelled):
        build_report(db, seminar.id, out, progress=_CancelAfter(3))
    assert out.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"] or all(
        not p.name.startswith(".ecodesk-") for p in tmp_path.iterdir()
    )


def test_cli_report(db: Database, seminar: Any, db_path: Path, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "cli.xlsx"
    code = main(["--db", str(db_path), "report", "--out", str(out), "--event", "RPT65",
                 "--bands", "B", "--kpi", "top2", "--json"])  # fmt: skip
    assert code == 0
    assert '"participants": 7' in capsys.readouterr().out
    ws = load_workbook(out)["ผลการประเมิน"]
    assert _find(ws, "วิธีคำนวณ", 2)[2] == "ร้อยละของคำตอบระดับ 4–5"
    assert _find(ws, "มาก", 2)[2] == "3.41–4.20"
    assert main(["--db", str(db_path), "report", "--out", str(tmp_path / "x.txt")]) == 2
    assert "xlsx" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("title", "sex"),
    [("นาย", "ชาย"), ("Mr.", "ชาย"), ("นางสาว", "หญิง"), ("น.ส.", "หญิง"), ("Ms.", "หญิง"),
     ("ว่าที่ร้อยตรีหญิง", "หญิง"), ("พ.ต.ท.หญิง", "หญิง"), ("ดร.", "ไม่ระบุ"), ("", "ไม่ระบุ")],
)  # fmt: skip
def test_sex_is_read_from_the_title_only_when_it_tells(title: str, sex: str) -> None:
    from ecodesk.services.attendance import sex_from_title

    assert sex_from_title(title) == sex


def test_event_without_survey_or_sittings(db: Database, tmp_path: Path) -> None:
    event = events.create_event(db, events.EventInput("BARE", "งานเปล่า", DAY, DAY))
    add_participant(db, event.id, ParticipantInput("สมศรี", "มีสุข", "นาง"))
    out = tmp_path / "bare.xlsx"
    build_report(db, event.id, out)
    wb = load_workbook(out)
    assert _rows(wb["รายชื่อผู้เข้าร่วม"])[3][:2] == (1, "นางสมศรี มีสุข")
    assert _find(wb["สรุปผล"], "ผู้ลงทะเบียนทั้งหมด")[1] == 1
    assert _rows(wb["ผลการประเมิน"])[2][:1] == ("ยังไม่มีแบบประเมินสำหรับกิจกรรมนี้",)
    assert _rows(wb["ข้อมูลดิบ"])[0][0] == "ยังไม่มีแบบประเมินสำหรับกิจกรรมนี้"
