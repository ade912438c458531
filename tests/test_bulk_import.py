"""A big import writes through a writer process: all of it or nothing, whatever happens to
either process, and the database is free for the other desks afterwards."""

from __future__ import annotations

import csv
import gc
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import uuid
import weakref
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from ecodesk.db import Database
from ecodesk.db.bulk import BulkWriteError, ProcessWriter, Same, SessionWriter, driver_columns
from ecodesk.db.models import AuditEntry, Base, Event, Participant, new_id_hexes
from ecodesk.db.writer_process import WRITER_FLAG, pack
from ecodesk.exchange.importing.importer import BATCH_ROWS, import_file
from ecodesk.services.collector import collector_paused
from ecodesk.services.events import EventInfo, EventInput, create_event
from ecodesk.services.participants import (
    PARTICIPANTS,
    ParticipantBatch,
    ParticipantInput,
    add_participant,
)
from ecodesk.services.progress import Cancelled, Progress

ROWS = 3 * BATCH_ROWS + 123


@pytest.fixture
def event(db: Database) -> EventInfo:
    return create_event(db, EventInput("BIG", "สัมมนาใหญ่", date(2026, 6, 1), date(2026, 6, 1)))


@pytest.fixture
def big_csv(tmp_path: Path) -> Path:
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["ชื่อ-นามสกุล", "หน่วยงาน", "โทรศัพท์", "ประเภท"])
        for i in range(ROWS):
            out.writerow([f"นายสมชาย{i} ใจดี{i}", "อบต.แม่เมาะ", f"08{i:08d}", f"กลุ่ม{i % 5}"])
    return path


def _count(db: Database) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def test_big_import_is_written_whole_and_audited(
    db: Database, event: EventInfo, big_csv: Path
) -> None:
    plan = import_file(db, event.id, big_csv, desk="desk 1")
    assert plan.imported == ROWS == _count(db)
    with db.session() as session:
        tokens = session.scalars(select(Participant.token)).all()
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "add")).one()
    assert len(set(tokens)) == ROWS
    assert entry.desk == "desk 1" and entry.detail["count"] == ROWS
    # Other desks can write at once: the import holds no lock after it returns.
    add_participant(db, event.id, ParticipantInput("ผู้มาทีหลัง"))
    assert _count(db) == ROWS + 1


def test_what_bulk_work_keeps_is_not_walked_by_the_collector_at_once() -> None:
    """The collector is paused during an import; what the import keeps must then join the
    oldest generation without a pass over it (a pass over 100,000 rows' objects holds the
    interpreter lock, and the window, for a third of a second)."""
    gc.collect()
    with collector_paused():
        kept = [ParticipantInput(f"สมชาย{i}") for i in range(20_000)]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(kept) in oldest and id(kept[-1]) in oldest
    assert len(gc.get_objects(generation=0)) < 1000
    # A garbage cycle made during such work is still collected by the next full pass.
    with collector_paused():
        ref = weakref.ref(_Cycle())
    assert ref() is not None
    gc.collect()
    assert ref() is None


class _Cycle:
    def __init__(self) -> None:
        self.me = self


class _CancelAfter(Progress):
    def __init__(self, reports: int) -> None:
        self.left = reports

    def report(self, done: int, total: int | None, message: str) -> None:
        self.left -= 1
        self.cancelled = self.left < 0


def test_cancel_after_batches_were_written_keeps_nothing(
    db: Database, event: EventInfo, big_csv: Path
) -> None:
    with pytest.raises(Cancelled):
        # The third report comes after two batches went to the writer.
        import_file(db, event.id, big_csv, progress=_CancelAfter(3))
    assert _count(db) == 0
    add_participant(db, event.id, ParticipantInput("ผู้มาทีหลัง"))
    assert _count(db) == 1


def test_a_failed_write_names_the_database_and_saves_nothing(
    db: Database, event: EventInfo
) -> None:
    same = uuid.UUID(new_id_hexes(1)[0])
    writer = ProcessWriter(db)
    row = {"event_id": [event.id], "first_name": ["ก"], "token": ["T"], "short_code": ["C"]}
    stamp = {"created_at": [datetime(2026, 6, 1)], "updated_at": [datetime(2026, 6, 1)]}
    writer.insert(PARTICIPANTS, {"id": [uuid.uuid4()], **row, **stamp})
    # The same id twice breaks the primary key: the whole batch goes.
    writer.insert(PARTICIPANTS, {"id": [same], **row, **stamp})
    with pytest.raises(BulkWriteError, match=str(db.path)):
        writer.insert(PARTICIPANTS, {"id": [same], **row, **stamp})
        writer.commit()
    assert _count(db) == 0


CHILD = """
import sys
from ecodesk.db import open_database
from ecodesk.exchange.importing.importer import import_file
from ecodesk.services.collector import collector_paused
from ecodesk.services.events import get_event
from ecodesk.services.progress import Progress

class Tell(Progress):
    def report(self, done, total, message):
        print(done, flush=True)

db = open_database(sys.argv[1])
import_file(db, get_event(db, "BIG").id, sys.argv[2], progress=Tell())
print("done", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_import_killed_midway_leaves_nothing_and_frees_the_database(
    db: Database, event: EventInfo, big_csv: Path, db_path: Path
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(big_csv)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    # Killed once two batches have gone to the writer, before the commit.
    while int(child.stdout.readline() or "-1") < 2 * BATCH_ROWS:
        assert child.poll() is None, "the import ended before it could be killed"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    add_participant(db, event.id, ParticipantInput("ผู้มาทีหลัง"))
    assert _count(db) == 1
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def test_batch_ids_ascend_and_are_version_7() -> None:
    ids = [uuid.UUID(h) for h in new_id_hexes(5000)]
    assert ids == sorted(ids) and len(set(ids)) == 5000
    assert {i.version for i in ids} == {7}


def test_the_program_itself_serves_as_writer_when_frozen(
    db: Database, event: EventInfo, db_path: Path
) -> None:
    # A frozen build has no interpreter to run the writer script with: it runs itself with
    # the writer flag, which is this entry point.
    sql, count, columns = driver_columns(
        db.engine.dialect,
        PARTICIPANTS,
        {
            "id": [uuid.UUID(h) for h in new_id_hexes(2)],
            "event_id": Same(event.id),
            "first_name": ["สมชาย", "สมหญิง"],
            "token": ["A" * 26, "B" * 26],
            "short_code": ["ACEFGH", "ACEFGK"],
            "created_at": Same(datetime(2026, 6, 1)),
            "updated_at": Same(datetime(2026, 6, 1)),
        },
    )
    packed = [pack(c.value, True) if isinstance(c, Same) else pack(c) for c in columns]
    messages = pickle.dumps(("execute", sql, count, packed)) + pickle.dumps(("commit",))
    done = subprocess.run(
        [sys.executable, "-m", "ecodesk", WRITER_FLAG, str(db_path)],
        input=messages,
        capture_output=True,
        check=True,
    )
    assert pickle.loads(done.stdout) == ("ok",)
    assert _count(db) == 2


def test_a_session_with_named_parameters_stores_the_same_people() -> None:
    # PostgreSQL's drivers take named parameters: the batch goes as Python values there.
    engine = create_engine("sqlite://", paramstyle="named")
    Base.metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        event = Event(
            code="NAMED", name="ก", start_date=date(2026, 6, 1), end_date=date(2026, 6, 1),
            created_at=datetime(2026, 6, 1),
        )  # fmt: skip
        session.add(event)
        session.flush()
        batch = ParticipantBatch(SessionWriter(session), event.id, {})
        ids = batch.add([ParticipantInput("สมชาย", sector="ภาครัฐ"), ParticipantInput("สมหญิง")])
    with Session(engine) as session:
        stored = session.scalars(select(Participant).order_by(Participant.id)).all()
        assert [p.id.hex for p in stored] == ids
        assert [p.first_name for p in stored] == ["สมชาย", "สมหญิง"]
        assert stored[0].sector is not None and stored[0].sector.name == "ภาครัฐ"
        assert stored[1].sector_id is None
