"""Badge PDF speed and memory.

    uv run python benchmarks/badges.py [--count 1000]

Prints the time to write N badges of the A4 8-up layout to a PDF (QR generation and text
fitting included), the time of a bare loop that paints the same texts and pre-generated QR
squares with QPainter on the same layout, their ratio, and the peak RSS of a run of 1,000
and of 5,000 badges (each in a fresh process).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPdfWriter

from ecodesk.db import open_database
from ecodesk.printing.badge_painter import LEGEND_TITLE, BadgePainter
from ecodesk.printing.layouts import get_layout
from ecodesk.printing.output import PDF_RESOLUTION, ensure_gui, page_layout, write_badges_pdf
from ecodesk.printing.qr import dark_runs, qr_matrices, qr_matrix, run_keys_many
from ecodesk.printing.text_fit import make_font
from ecodesk.services.badges import BadgeSet, badge_set
from ecodesk.services.demo import create_demo, demo_people
from ecodesk.services.participants import insert_participants

LAYOUT = "a4-8"


def make_badges(folder: Path, count: int) -> BadgeSet:
    db = open_database(folder / "bench.sqlite3")
    event = create_demo(db, participants=0)
    with db.session() as session:
        insert_participants(session, event.id, demo_people(count, random.Random(1)))
    found = badge_set(db, event.id)
    db.close()
    return found


Timing = tuple[float, float]  # (wall seconds, CPU seconds of this process)


def bare_loop(path: Path, badges: BadgeSet) -> Timing:
    """Everything the badge pages print, each text drawn once at a fixed size (no fitting,
    no wrapping) and the QR squares made beforehand: the floor of the painting cost."""
    layout = get_layout(LAYOUT)
    e = layout.elements
    qr = e["qr"]
    squares = [
        [QRectF(col, row, length, 1) for row, col, length in dark_runs(qr_matrix(b.payload))]
        for b in badges.badges
    ]
    pages = -(-len(badges.badges) // layout.per_page)
    start, start_cpu = time.perf_counter(), time.process_time()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(layout.page_w, layout.page_h))
    px = writer.logicalDpiX() / 25.4
    texts = ("band", "event", "date", "name", "organisation", "code")
    fonts = {key: make_font(e[key].font_pt, e[key].bold, e[key].font) for key in texts}
    small = make_font(8)
    cuts = BadgePainter(badges, layout, writer)._cut_lines  # layout geometry, not badge work
    painter = QPainter(writer)
    for n, (b, runs) in enumerate(zip(badges.badges, squares, strict=True)):
        if n % layout.per_page == 0:
            if n:
                writer.newPage()
            painter.setPen(QColor("black"))
            painter.drawLines(cuts)
            painter.setFont(small)
            legend_y = (layout.page_h - layout.margin_y + 3) * px
            painter.drawText(QPointF(layout.margin_x * px, legend_y), LEGEND_TITLE)
            for i, (name, colour) in enumerate(badges.legend):
                left = (layout.margin_x + 25 + i * 25) * px
                painter.fillRect(QRectF(left, legend_y - 3 * px, 3 * px, 3 * px), QColor(colour))
                painter.drawText(QPointF(left + 4 * px, legend_y), name)
            page_no = f"หน้า {n // layout.per_page + 1} / {pages}"
            painter.drawText(QPointF((layout.page_w - 30) * px, legend_y), page_no)
        x, y = layout.slot(n)
        painter.drawRect(QRectF(x * px, y * px, layout.badge_w * px, layout.badge_h * px))
        band = e["band"]
        painter.fillRect(
            QRectF((x + band.x) * px, (y + band.y) * px, band.w * px, band.h * px), QColor(b.colour)
        )
        for key, text in (
            ("band", b.sector),
            ("event", badges.event_name),
            ("date", badges.event_dates),
            ("name", b.full_name),
            ("organisation", b.organisation),
            ("code", b.code_text),
        ):
            box = e[key]
            painter.setFont(fonts[key])
            painter.drawText(QPointF((x + box.x) * px, (y + box.y + box.h / 2) * px), text)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        painter.translate((x + qr.x) * px, (y + qr.y) * px)
        painter.scale(qr.w * px / 25, qr.w * px / 25)
        painter.drawRects(runs)
        painter.restore()
    painter.end()
    del writer
    return time.perf_counter() - start, time.process_time() - start_cpu


def full_run(path: Path, badges: BadgeSet) -> Timing:
    start, start_cpu = time.perf_counter(), time.process_time()
    write_badges_pdf(path, badges, get_layout(LAYOUT))
    return time.perf_counter() - start, time.process_time() - start_cpu


def best(runs: list[Timing]) -> Timing:
    """The fastest of several runs: on a shared machine the others are slowed by neighbours."""
    return min(runs)


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale


def child(count: int) -> None:
    ensure_gui()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        badges = make_badges(folder, count)
        seconds, _cpu = full_run(folder / "badges.pdf", badges)
        size = (folder / "badges.pdf").stat().st_size / 1e6
        print(f"{count} {seconds:.3f} {peak_rss_mb():.1f} {size:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    ensure_gui()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        badges = make_badges(folder, args.count)
        full_run(folder / "warm.pdf", badges.with_badges(badges.badges[:16]))  # fonts loaded
        bares, fulls = [], []
        for _ in range(args.repeat):
            bares.append(bare_loop(folder / "bare.pdf", badges))
            fulls.append(full_run(folder / "badges.pdf", badges))
        (bare, bare_cpu), (full, full_cpu) = best(bares), best(fulls)
        start = time.perf_counter()
        payloads = [b.payload for b in badges.badges]
        for page in range(0, len(payloads), 8):
            run_keys_many(qr_matrices(payloads[page : page + 8]))
        qr_only = time.perf_counter() - start
    print(f"layout {LAYOUT}, {args.count} badges, best of {args.repeat} alternating runs")
    print(f"  QR codes alone (matrix + runs): {qr_only:6.3f} s")
    print(f"  bare loop (texts + QR squares): {bare:6.3f} s wall, {bare_cpu:6.3f} s CPU")
    print(f"  EcoDesk badge PDF:              {full:6.3f} s wall, {full_cpu:6.3f} s CPU")
    print(
        f"  ratio to the bare loop:         {full / bare:.2f}x wall, {full_cpu / bare_cpu:.2f}x CPU"
    )
    for count in (1000, 5000):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(count)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        print(
            f"  {out[0]} badges in a fresh process: {float(out[1]):.3f} s, peak RSS {out[2]} MB, PDF {out[3]} MB"
        )


if __name__ == "__main__":
    main()
