"""Import of a 100,000-row registration workbook against reading it with python-calamine alone.

The workbook (a Google Forms export shape) is written once to the temp folder and reused.
Prints the calamine-only read time, the dry run (read + header + mapping + cleaning +
duplicates) and the full import into a fresh database (until it is committed), and their
ratios to calamine: the median of ROUNDS alternating rounds (3 by default). Then, of one more
import run off the main thread as the window runs it, the longest the main thread waited to
run (the window cannot repaint meanwhile).

    uv run python benchmarks/import_xlsx.py [COUNT] [ROUNDS]
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import python_calamine
from openpyxl import Workbook

from ecodesk.db import open_database
from ecodesk.db.writer_process import BULK_PRAGMAS, SQLITE_PRAGMAS
from ecodesk.exchange.importing.importer import import_file
from ecodesk.services.demo import SECTORS, create_demo, demo_people

HEADER = (
    "ประทับเวลา", "ชื่อ-นามสกุล (โปรดระบุคำนำหน้า)", "หน่วยงาน/สังกัด", "ตำแหน่ง",
    "เบอร์โทรศัพท์ที่ติดต่อได้", "อีเมล", "ประเภทผู้เข้าร่วม", "ท่านยินยอมให้เก็บและใช้ข้อมูลส่วนบุคคล",
)  # fmt: skip


def make_workbook(path: Path, count: int) -> None:
    rng = random.Random(11)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("การตอบแบบฟอร์ม 1")
    sheet.append(HEADER)
    start = datetime(2022, 6, 1, 9)
    for i, p in enumerate(demo_people(count, rng)):
        phone: object = f"08{i:08d}"
        if i % 5 == 0:
            phone = int(phone)  # Excel dropped the leading 0
        elif i % 7 == 0:
            phone = f"08{i:08d}"[:3] + "-" + f"{i:08d}"[1:4] + "-" + f"{i:08d}"[4:]
        sheet.append((
            start + timedelta(minutes=i), f"{p.title}{p.first_name}  {p.last_name}",
            p.organisation, p.position, phone, f"user{i}@example.org",
            rng.choice(SECTORS)[0], "ยินยอม",
        ))  # fmt: skip
    workbook.save(path)


def calamine_read(path: Path) -> float:
    started = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    workbook.get_sheet_by_index(0).to_python()
    return time.perf_counter() - started


def timed_import(
    path: Path, *, dry_run: bool, store_alone: bool = True
) -> tuple[float, int, float]:
    """One import into a fresh database (the same kind of file the desk uses), and after a real
    one (unless not ``store_alone``), the time bare sqlite3 takes to store the same rows again
    with nothing else to do."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "bench.sqlite3")
        event = create_demo(db, participants=0)
        started = time.perf_counter()
        plan = import_file(db, event.id, path, dry_run=dry_run)
        took = time.perf_counter() - started
        db.close()
        alone = store_alone and not dry_run
        storing = store_again(Path(tmp) / "bench.sqlite3") if alone else 0.0
    return took, len(plan.to_import) if dry_run else plan.imported, storing


def store_again(path: Path) -> float:
    """The imported rows taken out, then put back by one executemany and a commit, with the
    import writer's connection settings: what storing them costs, whatever prepares them."""
    con = sqlite3.connect(path, isolation_level=None)
    rows = con.execute("SELECT * FROM participants").fetchall()
    con.execute("DELETE FROM participants")
    con.execute("VACUUM")
    for pragma in SQLITE_PRAGMAS + BULK_PRAGMAS:
        con.execute("PRAGMA " + pragma)
    started = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(f"INSERT INTO participants VALUES ({', '.join('?' * len(rows[0]))})", rows)
    con.execute("COMMIT")
    took = time.perf_counter() - started
    con.close()
    return took


def longest_wait(path: Path) -> tuple[float, float]:
    """An import on a worker thread while the main thread wakes every millisecond, as the
    window's event loop would: the import's time, and the main thread's longest wait."""
    took: list[float] = []
    worker = threading.Thread(
        target=lambda: took.append(timed_import(path, dry_run=False, store_alone=False)[0])
    )
    last = time.perf_counter()
    longest = 0.0
    worker.start()
    while worker.is_alive():
        time.sleep(0.001)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return took[0], longest


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    path = Path(tempfile.gettempdir()) / f"ecodesk-bench-{count}.xlsx"
    if not path.exists():
        started = time.perf_counter()
        make_workbook(path, count)
        print(f"wrote {path} in {time.perf_counter() - started:.1f} s")

    # Rounds alternate so that both sides meet the same machine; medians are compared.
    reads, dries, fulls, stores = [], [], [], []
    for n in range(rounds):
        reads.append(calamine_read(path))
        dry, planned, _ = timed_import(path, dry_run=True)
        dries.append(dry)
        full, imported, storing = timed_import(path, dry_run=False)
        fulls.append(full)
        stores.append(storing)
        print(
            f"round {n + 1}: calamine {reads[-1]:.2f} s, dry run {dry:.2f} s ({planned:,} rows),"
            f" import {full:.2f} s ({imported:,} participants), storing alone {storing:.2f} s"
        )
    read, dry, full, store = (statistics.median(x) for x in (reads, dries, fulls, stores))
    print(f"python-calamine alone (median): {read:.2f} s")
    print(f"dry run (read, map, clean, duplicates): {dry:.2f} s = {dry / read:.2f}x calamine")
    print(
        f"import into SQLite (committed): {full:.2f} s = {full / read:.2f}x calamine"
        " (target: within 2x)"
    )
    print(
        f"storing the same rows alone (bare sqlite3, rows ready): {store:.2f} s; calamine's read"
        f" plus storing alone = {(read + store) / read:.2f}x calamine"
    )
    took, longest = longest_wait(path)
    print(
        f"import on a worker thread: {took:.2f} s; the main thread's longest wait meanwhile:"
        f" {longest * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
