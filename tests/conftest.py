"""Every test runs offscreen, with its own database, settings file and log folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from ecodesk.db import Database, open_database

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLES = SHARED / "samples"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's database, settings or logs."""
    monkeypatch.delenv("ECODESK_DB", raising=False)
    monkeypatch.setenv("ECODESK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("ECODESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ecodesk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_event(db: Database):  # type: ignore[no-untyped-def]
    from ecodesk.services.demo import create_demo

    return create_demo(db)


@pytest.fixture
def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"the shared sample files are missing: {SAMPLES}")
    return SAMPLES


@pytest.fixture
def ctx(qapp, db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The shared window state on a fresh database, with dialogs that record instead of show."""
    from PySide6.QtCore import QSettings

    from ecodesk.ui.context import AppContext
    from ecodesk.ui.dialogs import RecordingDialogs
    from ecodesk.ui.fonts import register_fonts

    register_fonts()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(db, settings, RecordingDialogs())
