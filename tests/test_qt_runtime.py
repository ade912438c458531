"""The Qt build we pin survives long sessions of void calls (PySide6 6.12.0 on 3.11 aborts)."""

from __future__ import annotations

import subprocess
import sys

import PySide6


def test_pyside6_version_is_pinned_below_6_12_on_python_3_11() -> None:
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), PySide6.__version__


def test_a_hundred_thousand_void_qt_calls_do_not_abort() -> None:
    code = (
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication(['t'])\n"
        "w = QWidget()\n"
        "for i in range(100_000):\n"
        "    w.setEnabled(i % 2 == 0)\n"
        "    w.setObjectName('x')\n"
        "print('survived')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "survived"
