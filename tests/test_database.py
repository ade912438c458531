"""Opening databases: settings that keep data safe, migrations, and files we must refuse."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from ecodesk.db import (
    CorruptDatabase,
    NewerSchemaError,
    NotEcoDeskDatabase,
    open_database,
)
from ecodesk.db.database import default_database_path, head_revision, resolve_target

FIRST_REVISION = "0001"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_runs_with_wal_full_sync_and_foreign_keys(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_a_new_database_is_at_the_newest_schema(db) -> None:  # type: ignore[no-untyped-def]
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )


def test_a_first_revision_database_is_upgraded_in_place_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = open_database(path, revision=FIRST_REVISION)
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO events (id, code, name, start_date, end_date, venue, organiser,"
                " settings, created_at) VALUES ('0123456789abcdef0123456789abcdef', 'OLD1',"
                " 'งานเก่า', '2022-06-16', '2022-06-16', '', '', '{}', '2022-06-01 08:00:00')"
            )
        )
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
    old.close()

    upgraded = open_database(path)
    with upgraded.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            head_revision()
        )
        assert conn.execute(text("SELECT name FROM events WHERE code='OLD1'")).scalar() == "งานเก่า"
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list(checkins)")}
        assert "ix_checkins_sitting_time" in indexes
    upgraded.close()
    if head_revision() != FIRST_REVISION:
        backups = list(tmp_path.glob("old.sqlite3.before-upgrade-0001-*"))
        assert len(backups) == 1, "the old file is kept as a backup before upgrading"


def test_a_database_from_a_newer_release_is_refused_and_left_unchanged(db_path: Path) -> None:
    open_database(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _digest(db_path)
    with pytest.raises(NewerSchemaError) as err:
        open_database(db_path)
    assert str(db_path) in str(err.value)
    assert "newer release" in str(err.value)
    assert _digest(db_path) == before


def test_a_file_that_is_not_sqlite_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "participants.xlsx"
    path.write_bytes(b"PK\x03\x04 this is a spreadsheet")
    with pytest.raises(NotEcoDeskDatabase) as err:
        open_database(path)
    assert str(path) in str(err.value)
    assert path.read_bytes() == b"PK\x03\x04 this is a spreadsheet"


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.commit()
    con.close()
    with pytest.raises(NotEcoDeskDatabase) as err:
        open_database(path)
    assert "other.db" in str(err.value)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["notes"]
    con.close()


def test_a_damaged_database_is_refused_by_name(db_path: Path) -> None:
    open_database(db_path).close()
    data = bytearray(db_path.read_bytes())
    # Keep the header, smash the pages after it.
    data[100:] = b"\xff" * (len(data) - 100)
    db_path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabase) as err:
        open_database(db_path)
    assert str(db_path) in str(err.value)


def test_target_comes_from_option_then_environment_then_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_target(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("ECODESK_DB", str(tmp_path / "env.db"))
    assert resolve_target(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_target("postgresql+psycopg://desk@server/ecodesk").startswith("postgresql")
    monkeypatch.delenv("ECODESK_DB")
    assert resolve_target(None) == f"sqlite:///{default_database_path()}"
    assert default_database_path().is_relative_to(tmp_path / "xdg-data")


def test_the_migrations_build_exactly_the_schema_of_the_models(db) -> None:  # type: ignore[no-untyped-def]
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from ecodesk.db.models import Base

    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
