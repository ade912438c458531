"""Background work and the window it belongs to."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.gui


def test_closing_a_window_while_its_work_runs_does_not_crash_the_program() -> None:
    # In a process of its own: Qt aborts the whole process when a running thread is destroyed.
    script = textwrap.dedent("""
        import time
        import shiboken6
        from PySide6.QtWidgets import QApplication, QWidget
        from ecodesk.ui.tasks import run_task

        app = QApplication([])
        window = QWidget()
        reached = []

        def work(progress):
            for i in range(500):
                time.sleep(0.01)
                reached.append(i)
                progress.update(i, 500)

        task = run_task(window, "", work, lambda _result: None, show_dialog=False)
        time.sleep(0.1)
        shiboken6.delete(window)
        # The work was told to stop, and stopped, before the window was gone.
        print("stopped after", len(reached))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) < 100
