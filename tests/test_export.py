"""Participants export: xlsx and CSV that Thai Excel opens, read back by the importer unchanged."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from ecodesk.cli import main
from ecodesk.db import Database
from ecodesk.exchange.export import HEADER, ExportError, export_participants
from ecodesk.exchange.importing.importer import import_file
from ecodesk.services import events
from ecodesk.services.participants import (
    ParticipantInput,
    ParticipantRow,
    add_participant,
    list_participants,
)

TRICKY = (
    ParticipantInput("=1+2", "@ผู้ทดสอบ", "นาย", organisation="+ห้างหุ้นส่วน", position="-",
                     sector="ภาคเอกชน", phone="0812345678", email="a@b.th", consent=False),
    ParticipantInput("John", "Smith", "Mr.", organisation="ACME, Ltd.", position="ผู้จัดการ; ฝ่ายขาย",
                     sector="สถานประกอบการ", phone="021234567", consent=None),
)  # fmt: skip


def _fields(p: ParticipantRow) -> tuple[Any, ...]:
    return (p.title, p.first_name, p.last_name, p.organisation, p.position, p.sector, p.phone,
            p.email, p.consent)  # fmt: skip


def _round_trip(db: Database, demo_event: Any, path: Path) -> None:
    for person in TRICKY:
        add_participant(db, demo_event.id, person)
    count = export_participants(db, demo_event.id, path)
    original = list_participants(db, demo_event.id)
    assert count == len(original) == 122
    other = events.create_event(
        db, events.EventInput("BACK", "นำเข้าคืน", date(2022, 7, 1), date(2022, 7, 1))
    )
    plan = import_file(db, other.id, path)
    assert plan.counts()["error"] == 0
    back = list_participants(db, other.id)
    assert sorted(map(_fields, back)) == sorted(map(_fields, original))


def test_csv_round_trip_loses_nothing(db: Database, demo_event: Any, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    _round_trip(db, demo_event, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Thai Excel opens it as UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == HEADER
    assert rows[1][0] == "1"


def test_xlsx_round_trip_loses_nothing(db: Database, demo_event: Any, tmp_path: Path) -> None:
    path = tmp_path / "people.xlsx"
    _round_trip(db, demo_event, path)
    ws = load_workbook(path).active
    assert tuple(c.value for c in ws[1]) == HEADER
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:J")
    assert ws["A1"].font.b
    phones = [r[7] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert "0812345678" in phones and all(isinstance(p, str) for p in phones)
    names = {r[2] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert "=1+2" in names
    assert all(c.data_type == "s" for r in ws.iter_rows(min_row=2) for c in r[1:]
               if c.value is not None)  # fmt: skip


def test_csv_round_trip_keeps_quotes(db: Database, demo_event: Any, tmp_path: Path) -> None:
    add_participant(db, demo_event.id, ParticipantInput("ศรี", "สุข", position='"ผู้จัดการ"'))
    path = tmp_path / "people.csv"
    export_participants(db, demo_event.id, path)
    other = events.create_event(
        db, events.EventInput("BACK", "นำเข้าคืน", date(2022, 7, 1), date(2022, 7, 1))
    )
    import_file(db, other.id, path)
    assert '"ผู้จัดการ"' in {p.position for p in list_participants(db, other.id)}


def test_export_refuses_other_formats(db: Database, demo_event: Any, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"xlsx or \.csv"):
        export_participants(db, demo_event.id, tmp_path / "people.pdf")


def test_cli_export(db: Database, demo_event: Any, db_path: Path, tmp_path: Path,
                    capsys: Any) -> None:  # fmt: skip
    out = tmp_path / "p.csv"
    assert main(["--db", str(db_path), "export", "participants", "--out", str(out), "--json"]) == 0
    assert '"participants": 120' in capsys.readouterr().out
    assert out.read_text(encoding="utf-8-sig").count("\n") == 121
