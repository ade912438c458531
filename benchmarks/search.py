"""Search as the user types over 100,000 participants, measured in the real table model.

Prints the time of each keystroke's filter (p50, p95, max) over queries typed one character
at a time, and checks that 1- and 2-character Thai queries find what a plain scan finds.

    uv run python benchmarks/search.py [COUNT]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QTableView

from ecodesk.db import open_database
from ecodesk.services.demo import create_demo, demo_people
from ecodesk.services.participants import insert_participants, list_participants
from ecodesk.services.thai_text import fold_for_search
from ecodesk.ui.participants.table_model import ParticipantTableModel

QUERIES = ("แกวมณี", "สมชาย ใจดี", "ศรีวิชัย", "บริษัท ลำปาง", "081", "ก", "เก", "ณั", "ใจ", "Mr")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        event = create_demo(db, participants=0)
        started = time.perf_counter()
        people = demo_people(count, random.Random(7))
        for i, p in enumerate(people):
            p.phone = f"08{i:08d}"
        with db.session() as session:
            insert_participants(session, event.id, people)
        print(f"inserted {count:,} participants in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        rows = list_participants(db, event.id)
        loaded = time.perf_counter() - started
        model = ParticipantTableModel()
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 700)
        view.show()
        started = time.perf_counter()
        model.set_rows(rows, event.sittings)
        print(
            f"loaded {len(rows):,} rows in {loaded:.2f} s; model built in "
            f"{time.perf_counter() - started:.2f} s"
        )

        typing: list[float] = []
        erasing: list[float] = []
        for query in QUERIES:
            model.set_filter("")
            for n in range(1, len(query) + 1):
                typing.append(_timed(model, query[:n]))
                app.processEvents()
            # Backspacing the query away again.
            for n in range(len(query) - 1, -1, -1):
                erasing.append(_timed(model, query[:n]))
                app.processEvents()
        for label, timings in (("typing", typing), ("backspacing", erasing),
                               ("all keystrokes", typing + erasing)):  # fmt: skip
            timings.sort()
            p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
            print(
                f"{label}: {len(timings)} keystrokes over {len(rows):,} participants: "
                f"p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
                f"max {timings[-1]:.1f} ms (target: p95 under 30 ms)"
            )

        for query in ("ก", "เก", "ณั", "ใจ", "สม"):
            model.set_filter(query)
            folded = fold_for_search(query)
            expected = sum(
                1
                for r in rows
                if folded in fold_for_search(r.title + r.first_name + r.last_name)
                or folded in fold_for_search(r.organisation)
            )
            print(
                f"query {query!r}: {model.rowCount():,} found, {expected:,} by a plain scan"
                " of names and organisations"
            )
        db.close()


def _timed(model: ParticipantTableModel, text: str) -> float:
    started = time.perf_counter()
    model.set_filter(text)
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    main()
