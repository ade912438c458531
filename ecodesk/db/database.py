"""Opening an EcoDesk database: location, engine settings, schema checks and migrations.

SQLite is the default (one file, WAL journal, ``synchronous=FULL``, foreign keys on) so that
a check-in confirmed on screen survives a power cut. A database URL selects PostgreSQL for
several desks sharing one server; the same models and migrations serve both.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ecodesk.db.writer_process import SQLITE_PRAGMAS

log = logging.getLogger(__name__)

APP_NAME = "EcoDesk"
ENV_VAR = "ECODESK_DB"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_HEADER = b"SQLite format 3\x00"


class DatabaseError(Exception):
    """A database that EcoDesk cannot open; the message names it and says why."""


class NotEcoDeskDatabase(DatabaseError):
    pass


class CorruptDatabase(DatabaseError):
    pass


class NewerSchemaError(DatabaseError):
    pass


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "ecodesk.sqlite3"


def resolve_target(target: str | os.PathLike[str] | None) -> str:
    """Return a database URL from ``--db``, then ``ECODESK_DB``, then the default file."""
    raw = os.fspath(target) if target else os.environ.get(ENV_VAR) or ""
    if not raw:
        raw = os.fspath(default_database_path())
    if "://" in raw:
        return raw
    return "sqlite:///" + os.fspath(Path(raw).expanduser().resolve())


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute("PRAGMA " + pragma)
    cursor.close()


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", os.fspath(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


class Database:
    """An open, migrated database: the engine and a factory of ORM sessions.

    Services take a ``Database`` and open one session per unit of work.
    """

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        database = make_url(self.url).database
        return Path(database) if self.is_sqlite and database else None

    def describe(self) -> str:
        """The file path, or the URL without its password."""
        return os.fspath(self.path) if self.path else make_url(self.url).render_as_string()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        with self._sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite, is damaged, or holds some other program's tables."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise NotEcoDeskDatabase(f"{path} is not an EcoDesk database (not an SQLite file).")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            quick = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(f"{path} is damaged and cannot be opened ({exc}).") from exc
    if quick is None or quick[0] != "ok":
        raise CorruptDatabase(f"{path} is damaged: the integrity check reports {quick}.")
    if tables and not {"alembic_version", "events"} <= tables:
        raise NotEcoDeskDatabase(
            f"{path} is an SQLite database of another program, not an EcoDesk database."
        )


def _backup_before_upgrade(path: Path | None, current: str) -> None:
    if path is None or not path.exists():
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.before-upgrade-{current}-{stamp}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(backup)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    log.info("Backed up %s to %s before upgrading its schema", path, backup)


def migrate(engine: Engine, path: Path | None = None, revision: str = "head") -> None:
    """Bring the schema to ``revision``; refuse a database made by a newer release."""
    cfg = _alembic_config()
    script = ScriptDirectory.from_config(cfg)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    where = os.fspath(path) if path else make_url(str(engine.url)).render_as_string()
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise NewerSchemaError(
                f"{where} was made by a newer release of EcoDesk (schema {current}); "
                "update EcoDesk to open it. The file was not changed."
            ) from exc
    if current is not None and revision == "head" and current == script.get_current_head():
        return
    if current is not None:
        _backup_before_upgrade(path, current)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    log.info("Database %s migrated from %s to %s", where, current, revision)


def create_db_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_database(
    target: str | os.PathLike[str] | None = None, *, revision: str = "head"
) -> Database:
    """Open (creating if needed) and migrate the database chosen by ``target``."""
    url = resolve_target(target)
    parsed = make_url(url)
    path: Path | None = None
    if parsed.get_backend_name() == "sqlite" and parsed.database:
        path = Path(parsed.database)
        _check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_db_engine(url)
    try:
        migrate(engine, path, revision)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        name = os.fspath(path) if path else parsed.render_as_string()
        raise DatabaseError(f"{name} could not be opened: {exc}") from exc
    log.info("Opened database %s", path or parsed.render_as_string())
    return Database(url, engine)
