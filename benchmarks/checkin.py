"""Scan to committed check-in on a 100,000-participant event, against bare sqlite3.

    uv run python benchmarks/checkin.py [--people 100000] [--scans 2000]

Both paths run in the same process on the same database file with the same settings (WAL,
synchronous=FULL), alternating scan by scan so that disk noise hits both alike. The bare path
does the same work by hand: look the token up (with the sector), insert the check-in, commit.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from ecodesk.db import open_database
from ecodesk.services import events
from ecodesk.services.checkin import CheckInDesk, Status
from ecodesk.services.clock import now
from ecodesk.services.participants import ParticipantInput, insert_participants
from ecodesk.services.tokens import make_payload, parse_code

BARE_LOOKUP = """
SELECT p.id, p.event_id, p.title, p.first_name, p.last_name, p.organisation, p.position,
       coalesce(s.name, ''), p.is_walk_in, p.deleted_at
FROM participants p LEFT JOIN sectors s ON s.id = p.sector_id WHERE p.token = ?
"""
BARE_INSERT = """
INSERT INTO checkins (id, participant_id, sitting_id, desk, method, checked_in_at)
VALUES (?, ?, ?, ?, ?, ?)
"""


def build(path: Path, people: int) -> events.EventInfo:
    db = open_database(path)
    start = now().replace(hour=0, minute=0, second=0, microsecond=0)
    event = events.create_event(
        db,
        events.EventInput(
            code="BENCH",
            name="Benchmark",
            start_date=start.date(),
            end_date=start.date(),
            sittings=[events.SittingInput("day", start, start + timedelta(hours=23))],
            sectors=[events.SectorInput(n, 100) for n in events.DEFAULT_SECTORS],
        ),
    )
    rng = random.Random(5)
    batch = 20_000
    for first in range(0, people, batch):
        rows = [
            ParticipantInput(
                first_name=f"ชื่อ{i}",
                last_name=f"สกุล{i}",
                organisation=f"หน่วยงาน {i % 700}",
                sector=rng.choice(events.DEFAULT_SECTORS),
            )
            for i in range(first, min(first + batch, people))
        ]
        with db.session() as session:
            insert_participants(session, event.id, rows)
    db.close()
    return event


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--scans", type=int, default=2000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        t0 = time.perf_counter()
        build(path, args.people)
        print(f"built {args.people} participants in {time.perf_counter() - t0:.1f} s")

        db = open_database(path)
        event = events.get_event(db, "BENCH")
        sitting = event.sittings[0]
        desk = CheckInDesk(db, event, sitting, "bench")
        bare = sqlite3.connect(path, isolation_level="DEFERRED")
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            bare.execute(f"PRAGMA {pragma}")

        tokens = [t for (t,) in bare.execute("SELECT token FROM participants")]
        random.Random(7).shuffle(tokens)
        service_tokens = tokens[: args.scans]
        bare_tokens = tokens[args.scans : 2 * args.scans]
        service_ms: list[float] = []
        bare_ms: list[float] = []
        for service_token, bare_token in zip(service_tokens, bare_tokens, strict=True):
            payload = make_payload(event.code, service_token)
            t = time.perf_counter()
            result = desk.check_in_text(payload)
            service_ms.append((time.perf_counter() - t) * 1000)
            assert result.status is Status.OK, result

            payload = make_payload(event.code, bare_token)
            t = time.perf_counter()
            code = parse_code(payload)
            assert code is not None
            row = bare.execute(BARE_LOOKUP, (code.token,)).fetchone()
            bare.execute(
                BARE_INSERT,
                (uuid.uuid4().hex, row[0], sitting.id.hex, "bench", "scan", str(datetime.now())),
            )
            bare.commit()
            bare_ms.append((time.perf_counter() - t) * 1000)
        bare.close()
        db.close()

    for name, values in (("bare sqlite3", bare_ms), ("CheckInDesk", service_ms)):
        print(
            f"{name:>13}: p50 {statistics.median(values):.3f} ms  "
            f"p99 {percentile(values, 0.99):.3f} ms  max {max(values):.3f} ms  (n={len(values)})"
        )
    ratio = percentile(service_ms, 0.99) / percentile(bare_ms, 0.99)
    print(f"p99 ratio service / bare: {ratio:.2f}x (target < 3x; p99 target < 5 ms)")


if __name__ == "__main__":
    main()
