"""The official sign-in sheet: order, columns per sitting, 25 rows a page, no phone numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from ecodesk.cli import main
from ecodesk.db import Database
from ecodesk.db.models import Participant
from ecodesk.printing.signin_painter import ROWS_PER_PAGE, columns, write_signin_pdf
from ecodesk.services.events import EventInfo, update_settings
from ecodesk.services.signin_sheet import CERTIFIERS_SETTING, signin_sheet
from ecodesk.services.thai_text import thai_sort_key
from tests.pdf_render import Pdf, skeleton


def test_rows_in_thai_dictionary_order_numbered(db: Database, demo_event: EventInfo) -> None:
    sheet = signin_sheet(db, demo_event.id)
    assert [r.number for r in sheet.rows] == list(range(1, demo_event.participant_count + 1))
    with db.session() as s:
        firsts = sorted(s.scalars(select(Participant.first_name)), key=thai_sort_key)
    assert firsts[0] in sheet.rows[0].name and firsts[-1] in sheet.rows[-1].name
    names = [r.name for r in sheet.rows]
    first_of = [next(i for i, n in enumerate(names) if w in n) for w in ("เกศินี", "ขวัญใจ", "สมชาย")]
    assert first_of == sorted(first_of)
    assert sheet.sittings == tuple(s.name for s in demo_event.sittings)
    assert sheet.date_text == "16 มิถุนายน 2565" and sheet.time_text == "08.30–16.30 น."


def test_grouped_by_sector_in_the_events_sector_order(db: Database, demo_event: EventInfo) -> None:
    sheet = signin_sheet(db, demo_event.id, by_sector=True)
    groups = [r.group for r in sheet.rows if r.group]
    assert [g.split(" (")[0] for g in groups] == [s.name for s in demo_event.sectors]
    assert sheet.people == demo_event.participant_count
    assert [r.number for r in sheet.rows if not r.group] == list(range(1, sheet.people + 1))


def test_one_sitting_gives_one_signature_column(db: Database, demo_event: EventInfo) -> None:
    afternoon = demo_event.sittings[1]
    sheet = signin_sheet(db, demo_event.id, sitting="ภาคบ่าย")
    assert sheet.sittings == (afternoon.name,)
    headings = [c.heading for c in columns(sheet.sittings)]
    assert headings[:4] == ["ลำดับ", "ชื่อ–นามสกุล", "ตำแหน่ง", "หน่วยงาน"]
    assert headings[-1] == "หมายเหตุ"
    assert [h for h in headings if h.startswith("ลายมือชื่อ")] == [f"ลายมือชื่อ\n({afternoon.name})"]
    # Many sittings still fit the page width with usable signature boxes.
    many = columns([f"S{i}" for i in range(4)])
    assert abs(sum(c.width for c in many) - 188) < 0.01
    assert min(c.width for c in many if c.key == "signature") >= 22


def test_pdf_pages_header_footer_and_no_phone_numbers(
    qapp,
    db: Database,
    demo_event: EventInfo,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    update_settings(
        db, demo_event.id,
        **{CERTIFIERS_SETTING: [{"role": "ผู้รับรอง", "name": "นายสมศักดิ์ ทดสอบ", "position": "อุตสาหกรรมจังหวัด"}]},
    )  # fmt: skip
    sheet = signin_sheet(db, demo_event.id)
    out = tmp_path / "signin.pdf"
    pages = write_signin_pdf(out, sheet)
    expected = -(-demo_event.participant_count // ROWS_PER_PAGE)
    pdf = Pdf(out)
    assert pages == pdf.pages == expected
    assert pdf.size_mm() == pytest.approx((210, 297), abs=0.5)
    text = pdf.skeleton(0)
    for part in ("ใบลงทะเบียนผู้เข้าร่วม", "ลำดับ", "หน่วยงาน", "หมายเหตุ", "16 มิถุนายน 2565",
                 demo_event.venue, "ทดสอบ", "อุตสาหกรรมจังหวัด", f"หน้า 1 / {expected}"):  # fmt: skip
        assert skeleton(part) in text, part
    last = pdf.text(pdf.pages - 1)
    assert str(demo_event.participant_count) in last
    with db.session() as s:
        phones = [p for p in s.scalars(select(Participant.phone)) if p]
    everything = "".join("".join(pdf.text(i).split()) for i in range(pdf.pages))
    assert phones and not [p for p in phones if p in everything]


def test_signin_sheet_cli(
    qapp: object,
    db_path: Path,
    demo_event: EventInfo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "cli.pdf"
    args = ["--db", str(db_path), "signin-sheet", "--out", str(out)]
    assert main([*args, "--sitting", "ภาคเช้า", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pages"] == 5 and out.exists()
    assert main([*args, "--sitting", "evening"]) == 2
    assert "no sitting named 'evening'" in capsys.readouterr().err
