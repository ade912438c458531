"""The workbook as another spreadsheet program shows it: LibreOffice converts it to PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from ecodesk.db import Database
from ecodesk.exchange.report import build_report

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("soffice") is None or shutil.which("pdftotext") is None,
        reason="LibreOffice (soffice) and poppler (pdftotext) are not installed",
    ),
]


def test_libreoffice_shows_thai_dates_and_every_sheet(
    db: Database, demo_event: Any, tmp_path: Path
) -> None:
    out = tmp_path / "report.xlsx"
    build_report(db, demo_event.id, out)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "report.pdf"
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "16 มิถุนายน 2565" in text  # a real date shown in B.E.
    for title in ("สรุปผลการจัดกิจกรรม", "รายชื่อผู้เข้าร่วม", "ผลการประเมินความพึงพอใจ",
                  "ข้อเสนอแนะจากผู้ตอบแบบประเมิน", "ลำดับ"):  # fmt: skip
        assert title in text
    assert "หน้า 1 /" in text  # the footer's page numbers
