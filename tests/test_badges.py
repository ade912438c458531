"""Badges: data, printed marks, reissue, and the PDF as a scanner and a reader see it."""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
import pytest
import qrcode
import zxingcpp
from PySide6.QtGui import QFontMetricsF, QImage
from qrcode.util import MODE_ALPHA_NUM, QRData

from ecodesk.db import Database
from ecodesk.printing.layouts import get_layout, load_layouts
from ecodesk.printing.output import ensure_gui, write_badges_pdf
from ecodesk.printing.qr import (
    MASK_PATTERN,
    QrError,
    qr_matrices,
    qr_matrix,
    run_keys,
    run_keys_many,
)
from ecodesk.printing.text_fit import fit_text
from ecodesk.resources import resource_path
from ecodesk.services import badges
from ecodesk.services.checkin import CheckInDesk, Status
from ecodesk.services.events import EventInfo, update_settings
from ecodesk.services.participants import ParticipantInput, add_participant, full_name
from ecodesk.services.tokens import make_payload, new_token
from tests.pdf_render import Pdf, embedded_fonts, skeleton

LONGEST = ParticipantInput(
    title="ว่าที่ร้อยตรีหญิง",
    first_name="เกียรติศักดิ์ศรีสุวรรณ",
    last_name="ปัญญาวงศ์ศรีสวัสดิ์ณอยุธยา",
    organisation="สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำปาง กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",
    sector="หน่วยงานภาครัฐ",
)


@pytest.mark.parametrize("event_code", ["AB", "EIT2565", "ABCDEFGHIJKL"])
def test_qr_matrix_matches_a_reference_encoder_and_decodes(event_code: str) -> None:
    for _ in range(5):
        payload = make_payload(event_code, new_token())
        ours = qr_matrix(payload)
        ref = qrcode.QRCode(
            error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=MASK_PATTERN
        )
        ref.add_data(QRData(payload, mode=MODE_ALPHA_NUM))
        ref.make(fit=True)
        assert np.array_equal(ours, np.array(ref.modules, dtype=bool))
        image = np.pad(np.where(ours, 0, 255).astype(np.uint8), 4, constant_values=255)
        found = zxingcpp.read_barcodes(image.repeat(3, 0).repeat(3, 1))
        assert [r.text for r in found] == [payload]


def test_a_page_of_codes_equals_each_code_alone() -> None:
    payloads = [make_payload(code, new_token()) for code in ("AB", "EIT2565", "ABCDEFGHIJKL") * 3]
    together = qr_matrices(payloads)
    alone = [qr_matrix(p) for p in payloads]
    assert all(np.array_equal(a, b) for a, b in zip(together, alone, strict=True))
    assert {m.shape[0] for m in together} == {25, 29}
    assert run_keys_many(together) == [run_keys(m) for m in together]


def test_qr_refuses_text_it_cannot_carry() -> None:
    with pytest.raises(QrError, match="only A-Z"):
        qr_matrix("ecd:lower")


def test_badge_set_in_thai_dictionary_order_with_sector_colours(
    db: Database, demo_event: EventInfo
) -> None:
    found = badges.badge_set(db, demo_event.id)
    assert len(found.badges) == demo_event.participant_count
    firsts = [b.first_name for b in found.badges]
    # เกศินี sorts under ก, before ขวัญใจ; code-point order would put it after สมชาย.
    assert firsts.index("เกศินี") < firsts.index("ขวัญใจ") < firsts.index("สมชาย")
    colours = {s.name: s.colour for s in demo_event.sectors}
    assert all(b.colour == colours[b.sector] for b in found.badges)
    assert found.legend == tuple((s.name, s.colour) for s in demo_event.sectors)
    assert found.event_dates == "16 มิถุนายน 2565"


def test_printed_badges_are_remembered(db: Database, demo_event: EventInfo) -> None:
    everyone = badges.badge_set(db, demo_event.id).badges
    first = [b.participant_id for b in everyone[:10]]
    stamp = badges.mark_printed(db, first)
    left = badges.badge_set(db, demo_event.id, not_printed=True).badges
    assert len(left) == len(everyone) - 10
    assert not {b.participant_id for b in left} & set(first)
    again = badges.badge_set(db, demo_event.id, ids=first).badges
    assert [b.participant_id for b in again] == first
    assert {b.printed_at for b in again} == {stamp}


def test_latin_titles_are_spaced_thai_titles_joined() -> None:
    assert full_name("นาย", "สมชาย", "ใจดี") == "นายสมชาย ใจดี"
    assert full_name("Mr.", "John", "Smith") == "Mr. John Smith"
    assert full_name("", "ใจ", "") == "ใจ"


def test_unknown_participant_is_a_clear_error(db: Database, demo_event: EventInfo) -> None:
    with pytest.raises(badges.BadgeError, match="no participant"):
        badges.badge_set(db, demo_event.id, ids=[uuid.uuid4()])
    with pytest.raises(badges.BadgeError, match="'ZZZ-ZZZ'"):
        badges.resolve_participants(db, demo_event.id, ["ZZZ-ZZZ"])


def test_reissued_badge_is_refused_at_check_in(db: Database, demo_event: EventInfo) -> None:
    old = badges.badge_set(db, demo_event.id).badges[0]
    badges.mark_printed(db, [old.participant_id])
    new = badges.reissue_badge(db, old.participant_id)
    assert new.payload != old.payload and new.short_code != old.short_code
    assert new.printed_at is None
    assert badges.resolve_participants(db, demo_event.id, [new.code_text]) == [old.participant_id]

    desk = CheckInDesk(db, demo_event, demo_event.sittings[0], "desk 1", allow_other_day=True)
    assert desk.check_in_text(old.payload).status == Status.REVOKED
    assert desk.check_in_text(old.code_text).status == Status.REVOKED
    assert desk.check_in_text(new.payload).status == Status.OK


def test_badge_pdf_qrs_decode_to_their_participants(
    qapp, db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    chosen = badges.badge_set(db, demo_event.id)
    chosen = chosen.with_badges(chosen.badges[:11])
    out = tmp_path / "badges.pdf"
    assert write_badges_pdf(out, chosen, get_layout("a4-8")) == 2
    pdf = Pdf(out)
    assert pdf.pages == 2
    assert pdf.size_mm() == pytest.approx((210, 297), abs=0.5)
    decoded = pdf.qr_texts(0) + pdf.qr_texts(1)
    assert sorted(decoded) == sorted(b.payload for b in chosen.badges)
    page_text = pdf.skeleton(0)
    for b in chosen.badges[:8]:
        assert skeleton(b.code_text) in page_text
    assert skeleton("16 มิถุนายน 2565") in page_text
    assert skeleton("หน้า 1 / 2") in page_text
    fonts = embedded_fonts(out)
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("Sarabun" in name for name, _ in fonts)


@pytest.mark.parametrize("layout", list(load_layouts()))
def test_every_layout_prints_the_longest_name_whole_and_scannable_beside_a_logo(
    qapp,
    db: Database,
    demo_event: EventInfo,
    tmp_path: Path,
    layout: str,  # type: ignore[no-untyped-def]
) -> None:
    pid = add_participant(db, demo_event.id, LONGEST)
    logo = str(resource_path("icons", "ecodesk.svg"))
    update_settings(db, demo_event.id, **{badges.LOGO_SETTING: logo})
    chosen = badges.badge_set(db, demo_event.id, ids=[pid])
    out = tmp_path / f"{layout}.pdf"
    write_badges_pdf(out, chosen, get_layout(layout))
    pdf = Pdf(out)
    lay = get_layout(layout)
    assert pdf.size_mm() == pytest.approx((lay.page_w, lay.page_h), abs=0.5)
    assert pdf.qr_texts(0, dpi=200) == [chosen.badges[0].payload]
    assert skeleton(chosen.badges[0].code_text) in pdf.skeleton(0)


@pytest.mark.parametrize("layout", list(load_layouts()))
@pytest.mark.parametrize("key", ["name", "organisation"])
def test_longest_texts_fit_their_box_without_loss(qapp, layout: str, key: str) -> None:  # type: ignore[no-untyped-def]
    ensure_gui()
    box = get_layout(layout).elements[key]
    device = QImage(10, 10, QImage.Format.Format_RGB32)
    device.setDotsPerMeterX(round(600 / 0.0254))
    device.setDotsPerMeterY(round(600 / 0.0254))
    px = 600 / 25.4
    text = (
        f"{LONGEST.title}{LONGEST.first_name} {LONGEST.last_name}"
        if key == "name"
        else LONGEST.organisation
    )
    fitted = fit_text(text, box, device, box.w * px, box.h * px)
    fm = QFontMetricsF(fitted.font, device)
    assert "".join(fitted.lines).replace(" ", "") == text.replace(" ", "")
    assert all(fm.horizontalAdvance(line) <= box.w * px + 0.5 for line in fitted.lines)
    assert len(fitted.lines) * fitted.line_height <= box.h * px + 0.5
    assert fitted.font.family() == "Sarabun"
    if key == "name":
        # Readable across a room: no smaller than the layout's least size for names.
        assert fitted.font.pointSizeF() >= box.min_pt


def test_cancelled_pdf_leaves_no_file(
    qapp, db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from ecodesk.services.progress import Cancelled, Progress

    class CancelAfterFirstPage(Progress):
        def report(self, done: int, total: int | None, message: str) -> None:
            self.cancelled = True

    out = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        write_badges_pdf(
            out, badges.badge_set(db, demo_event.id), get_layout("a4-8"), CancelAfterFirstPage()
        )
    assert list(tmp_path.glob("cancelled.pdf*")) == []


@pytest.mark.parametrize("layout", ["a4-10", "roll-62"])
def test_printer_path_paints_the_same_badges(
    qapp: object, db: Database, demo_event: EventInfo, tmp_path: Path, layout: str
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from ecodesk.printing.output import prepare_printer, print_badges

    chosen = badges.badge_set(db, demo_event.id)
    chosen = chosen.with_badges(chosen.badges[:3])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    prepare_printer(printer, get_layout(layout))
    pages = print_badges(printer, chosen, get_layout(layout))
    del printer
    pdf = Pdf(tmp_path / "printed.pdf")
    lay = get_layout(layout)
    assert pdf.pages == pages
    assert pdf.size_mm() == pytest.approx((lay.page_w, lay.page_h), abs=0.5)
    decoded = [text for page in range(pdf.pages) for text in pdf.qr_texts(page, dpi=200)]
    assert sorted(decoded) == sorted(b.payload for b in chosen.badges)


@pytest.mark.slow
def test_every_badge_of_the_event_scans_to_its_participant(
    qapp: object, db: Database, demo_event: EventInfo, tmp_path: Path
) -> None:
    chosen = badges.badge_set(db, demo_event.id)
    out = tmp_path / "all.pdf"
    write_badges_pdf(out, chosen, get_layout("a4-10"))
    pdf = Pdf(out)
    # Rendered at 100 dpi, coarser than any office printer, as a cheap scanner might see it.
    decoded = [text for page in range(pdf.pages) for text in pdf.qr_texts(page, dpi=100)]
    owners = {b.payload: b.participant_id for b in chosen.badges}
    assert sorted(decoded) == sorted(owners)
    assert len({owners[text] for text in decoded}) == demo_event.participant_count
