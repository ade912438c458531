"""The Reports page: choose sheets and options with the mouse, save in the background."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from ecodesk.services.events import get_event
from ecodesk.ui.reports.page import ReportsPage


def _page(qtbot: Any, ctx: Any, demo_event: Any) -> ReportsPage:
    ctx.set_event(demo_event.id)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_save_chosen_sheets_with_chosen_bands(
    qtbot: Any, ctx: Any, demo_event: Any, tmp_path: Path
) -> None:
    page = _page(qtbot, ctx, demo_event)
    qtbot.mouseClick(page.section_boxes["raw"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.section_boxes["comments"], Qt.MouseButton.LeftButton)
    page.bands.setCurrentIndex(page.bands.findData("C"))
    page.kpi.setCurrentIndex(page.kpi.findData("top2"))
    out = tmp_path / "report.xlsx"
    page.save_to(out)
    assert not page.save_button.isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert load_workbook(out).sheetnames == ["สรุปผล", "รายชื่อผู้เข้าร่วม", "ผลการประเมิน"]
    assert ctx.dialogs.shown[-1][0] == "info"
    assert str(out) in page.status.text()
    settings = get_event(ctx.db, demo_event.id).settings
    assert settings["survey_bands"] == "C" and settings["survey_kpi"] == "top2"
    assert settings["report_font"] == "TH SarabunPSK" and settings["report_font_size"] == 16
    assert page.save_button.isEnabled()


def test_no_sheet_chosen_cannot_save(qtbot: Any, ctx: Any, demo_event: Any) -> None:
    page = _page(qtbot, ctx, demo_event)
    for check in page.section_boxes.values():
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert not page.save_button.isEnabled()
    assert page.export_button.isEnabled()


def test_export_and_a_bad_folder(qtbot: Any, ctx: Any, demo_event: Any, tmp_path: Path) -> None:
    page = _page(qtbot, ctx, demo_event)
    out = tmp_path / "people.csv"
    page.export_to(out)
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "120" in page.status.text()
    page.save_to(tmp_path / "missing" / "report.xlsx")
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    kind, _title, text = ctx.dialogs.shown[-1]
    assert kind == "warning" and "no such folder" in text


def test_cancel_writes_nothing(qtbot: Any, ctx: Any, demo_event: Any, tmp_path: Path) -> None:
    page = _page(qtbot, ctx, demo_event)
    out = tmp_path / "report.xlsx"
    page.save_to(out)
    assert page.task is not None
    page.task.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: page.task is None, timeout=20000)
    assert not out.exists()
    assert page.status.text() == "Cancelled: no file was written."
    assert list(tmp_path.glob(".ecodesk-*")) == []
