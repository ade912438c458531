"""``ecodesk checkin``: what a scanner or a person types, answered as the screen answers it."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from ecodesk.cli import main
from ecodesk.db import Database
from ecodesk.db.models import CheckIn, Participant
from ecodesk.services.events import EventInfo
from ecodesk.services.keyboard_layout import us_to_kedmanee
from ecodesk.services.tokens import make_payload


@pytest.fixture(autouse=True)
def _own_log_handlers() -> Iterator[None]:
    """``main`` adds a log file handler for this test's folder; later tests need their own."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str]:
    code = main(["--db", str(db_path), *args])
    return code, capsys.readouterr().out


def test_checkin_json_already_and_undo(
    db: Database, db_path: Path, demo_event: EventInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as session:
        person = session.scalars(select(Participant).limit(1)).one()
    scan = us_to_kedmanee(make_payload(demo_event.code, person.token))
    args = ("checkin", scan, "--sitting", "ภาคบ่าย", "--desk", "โต๊ะ 3", "--any-day", "--json")

    code, out = run(capsys, db_path, *args)
    first = json.loads(out)
    assert code == 0
    assert first["status"] == "ok"
    assert first["participant"]["first_name"] == person.first_name
    assert (first["sitting"], first["desk"], first["method"]) == (
        "ภาคบ่าย: ศึกษาดูงาน",
        "โต๊ะ 3",
        "scan",
    )

    code, out = run(capsys, db_path, *args)
    again = json.loads(out)
    assert (code, again["status"], again["at"]) == (0, "already", first["at"])

    code, out = run(capsys, db_path, "checkin", "--undo", first["checkin_id"], "--json")
    assert (code, json.loads(out)["status"]) == (0, "undone")
    with db.session() as session:
        [row] = session.scalars(select(CheckIn)).all()
        assert row.undone_at is not None

    code, out = run(capsys, db_path, *args)
    assert (code, json.loads(out)["status"]) == (0, "ok")


def test_checkin_refusals_exit_1(
    db: Database, db_path: Path, demo_event: EventInfo, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, db_path, "checkin", "ECD:NOPE:" + "A" * 26, "--any-day", "--json")
    assert (code, json.loads(out)["status"]) == (1, "other_event")
    code, out = run(capsys, db_path, "checkin", "ขอบคุณ", "--any-day", "--json")
    assert (code, json.loads(out)["status"]) == (1, "unknown")
    with db.session() as session:
        short = session.scalars(select(Participant.short_code).limit(1)).one()
    code, out = run(capsys, db_path, "checkin", short, "--sitting", "ภาคเช้า", "--json")
    assert (code, json.loads(out)["status"]) == (1, "wrong_day")
    code, out = run(capsys, db_path, "checkin", "--undo", "not-an-id")
    assert code == 2
    assert main(["--db", str(db_path), "checkin", "X", "--sitting", "evening"]) == 2
