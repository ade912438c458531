"""Registration lists written for a test, and the people an import made of them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from ecodesk.db import Database
from ecodesk.services.events import EventInfo
from ecodesk.services.participants import ParticipantRow, list_participants


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """An xlsx with one sheet per entry, its rows as given."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def by_first_name(db: Database, event: EventInfo) -> dict[str, ParticipantRow]:
    """The event's participants by first name."""
    return {r.first_name: r for r in list_participants(db, event.id)}


def convert(path: Path, suffix: str) -> Path:
    """The workbook saved again by LibreOffice as ``suffix`` (xls, ods) beside it; itself for
    xlsx. Without LibreOffice the test cannot run, and says so."""
    if suffix == path.suffix.lstrip("."):
        return path
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{path.parent / 'lo-profile'}", "--headless",
         "--convert-to", suffix, "--outdir", str(path.parent), str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return path.with_suffix("." + suffix)
