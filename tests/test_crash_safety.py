"""A desk killed mid-stream (battery dead, SIGKILL) loses no check-in it reported done."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from ecodesk.db import Database
from ecodesk.services.events import EventInfo

# Checks everyone in to every sitting, printing each id once its transaction is committed, then
# undoes the sitting's check-ins so that the next round checks everyone in again.
CHILD = """
import sys
from sqlalchemy import select
from ecodesk.db import open_database
from ecodesk.db.models import Participant
from ecodesk.services.checkin import CheckInDesk, Status
from ecodesk.services.events import get_event

db = open_database(sys.argv[1])
event = get_event(db)
with db.session() as session:
    codes = list(session.scalars(select(Participant.short_code).limit(40)))
print("ready", flush=True)
while True:
    for sitting in event.sittings:
        desk = CheckInDesk(db, event, sitting, "crash", allow_other_day=True)
        for code in codes:
            result = desk.check_in_text(code)
            assert result.status is Status.OK, result
            print(result.checkin_id, flush=True)
        for row in desk.recent(len(codes)):
            desk.undo(row.id)
"""


# 40 people, two sittings: the second kill lands in the round after the undos.
@pytest.mark.parametrize("kill_after", [7, 100])
def test_every_reported_check_in_survives_sigkill(
    db: Database, db_path: Path, demo_event: EventInfo, kill_after: int
) -> None:
    db.close()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    reported = [child.stdout.readline().strip() for _ in range(kill_after)]
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read()
    child.wait()
    assert child.returncode == -signal.SIGKILL
    # Lines printed before the kill and still in the pipe count as reported too.
    reported += [line for line in rest.split("\n")[:-1] if line]
    assert len(reported) >= kill_after

    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = {uuid.UUID(hex=r[0]) for r in con.execute("SELECT id FROM checkins")}
    finally:
        con.close()
    missing = [line for line in reported if uuid.UUID(line) not in stored]
    assert missing == []
