"""Writing many rows in one transaction, as fast as the driver allows.

``bulk_writer(db)`` hands out a ``RowWriter``: for an SQLite file it is a writer process
(writer_process.py) that inserts one batch while the caller prepares the next; for any other
database, the caller's own session. Either way the rows commit together when the block ends
and nothing is written if it raises.
"""

from __future__ import annotations

import functools
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import IO, Any, Protocol

from sqlalchemy import Dialect, Table, insert
from sqlalchemy.orm import Session

from ecodesk.db import writer_process
from ecodesk.db.database import Database, DatabaseError


class BulkWriteError(DatabaseError):
    """The batch could not be written; nothing of it was."""


@dataclass(frozen=True)
class Same:
    """A column that holds one value on every row of a batch."""

    value: Any


@dataclass(frozen=True)
class Driver:
    """A column already in the form the driver stores (a UUID as its 32 hex digits): made
    that way where it is drawn in bulk, it skips its type's conversion."""

    values: Sequence[Any]


Columns = Mapping[str, "Sequence[Any] | Same | Driver"]


class RowWriter(Protocol):
    def insert(self, table: Table, columns: Columns) -> None:
        """Insert rows given column by column (every list column the same length)."""


@functools.lru_cache(maxsize=64)
def _statement(
    dialect: Dialect, table: Table, keys: tuple[str, ...]
) -> tuple[str, list[tuple[str, Any]]]:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    processors = [
        (name, table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        for name in compiled.positiontup or []
    ]
    return str(compiled), processors


def driver_columns(
    dialect: Dialect, table: Table, columns: Columns
) -> tuple[str, int, list[Sequence[Any] | Same]]:
    """The INSERT statement, the number of rows, and its columns in the statement's order as
    the DB-API driver takes them.

    Each column goes through its type's own bind processor here, in one pass: SQLAlchemy's
    per-row parameter handling costs several times what SQLite spends storing the rows, and
    a ``Same`` column (the event, the time stamps) is converted once. A ``Driver`` column is
    taken as it is.
    """
    sql, processors = _statement(dialect, table, tuple(columns))
    count = _row_count(columns)
    converted: list[Sequence[Any] | Same] = []
    for name, convert in processors:
        values = columns[name] if name in columns else _default(table, name)
        if isinstance(values, Same):
            value = values.value
            converted.append(Same(value if value is None or convert is None else convert(value)))
        elif isinstance(values, Driver):
            converted.append(values.values)
        elif convert is None:
            converted.append(values)
        else:
            converted.append([v if v is None else convert(v) for v in values])
    return sql, count, converted


def driver_rows(
    dialect: Dialect, table: Table, columns: Columns
) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT statement and its rows as the DB-API driver takes them (positional)."""
    sql, count, converted = driver_columns(dialect, table, columns)
    return sql, zip_rows(count, converted)


def zip_rows(count: int, columns: Sequence[Sequence[Any] | Same]) -> list[tuple[Any, ...]]:
    full = [[c.value] * count if isinstance(c, Same) else c for c in columns]
    return list(zip(*full, strict=True))


def _default(table: Table, name: str) -> Same:
    """A column left out takes its plain default (one that is computed must be given)."""
    default = table.c[name].default
    if default is None or not default.is_scalar:
        raise ValueError(f"{table.name}.{name} must be given")
    return Same(default.arg)  # type: ignore[attr-defined]


def _row_count(columns: Columns) -> int:
    return next(
        len(v.values if isinstance(v, Driver) else v)
        for v in columns.values()
        if not isinstance(v, Same)
    )


class SessionWriter:
    """Rows written through an open session, inside its transaction."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def insert(self, table: Table, columns: Columns) -> None:
        connection = self.session.connection()
        dialect = connection.dialect
        if dialect.paramstyle == "qmark":
            sql, rows = driver_rows(dialect, table, columns)
            if rows:
                connection.exec_driver_sql(sql, rows)
            return
        names = list(columns)
        # Statements with named parameters take Python values: a Driver column goes back.
        values = [
            _python_values(table, n, c) if isinstance(c, Driver) else c for n, c in columns.items()
        ]
        rows_as_dicts = [
            dict(zip(names, row, strict=True)) for row in zip_rows(_row_count(columns), values)
        ]
        if rows_as_dicts:
            self.session.execute(insert(table), rows_as_dicts)


def _python_values(table: Table, name: str, column: Driver) -> list[Any]:
    python_type = table.c[name].type.python_type
    return [None if v is None else python_type(v) for v in column.values]


class ProcessWriter:
    """Rows handed to a writer process that inserts them into an SQLite file.

    Sending a batch waits only while the process is still inserting the one before, so
    reading and cleaning overlap with writing.
    """

    def __init__(self, db: Database) -> None:
        assert db.path is not None
        self.dialect = db.engine.dialect
        self.describe = db.describe()
        # No console window flashing up behind the program on Windows.
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self.process = subprocess.Popen(
            _writer_command(os.fspath(db.path)),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            creationflags=flags,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self._to: IO[bytes] = self.process.stdin
        self._from: IO[bytes] = self.process.stdout

    def insert(self, table: Table, columns: Columns) -> None:
        sql, count, converted = driver_columns(self.dialect, table, columns)
        if count:
            pack = writer_process.pack
            packed = [
                pack(c.value, same=True) if isinstance(c, Same) else pack(c) for c in converted
            ]
            self._send(("execute", sql, count, packed))

    def commit(self) -> None:
        self._send(("commit",))
        self._expect_ok()
        self._to.close()
        self._from.close()
        # The process folds the log into the file before it ends; nobody needs to wait.
        threading.Thread(target=self.process.wait, daemon=True).start()

    def abort(self) -> None:
        """Roll back: the process sees its input end without a commit."""
        with suppress(OSError):
            self._to.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def _send(self, message: tuple[Any, ...]) -> None:
        try:
            pickle.dump(message, self._to, protocol=pickle.HIGHEST_PROTOCOL)
            self._to.flush()
        except OSError:
            # The process stopped: it said why before it did.
            self._expect_ok()
            raise BulkWriteError(f"{self.describe}: the writer stopped") from None

    def _expect_ok(self) -> None:
        try:
            reply = pickle.load(self._from)
        except (EOFError, pickle.UnpicklingError):
            reply = ("error", "the writer stopped without saying why")
        if reply[0] != "ok":
            raise BulkWriteError(f"{self.describe}: nothing was saved ({reply[1]})")


def _writer_command(path: str) -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, writer_process.WRITER_FLAG, path]
    # -I: the script needs nothing but the standard library, whatever the environment says.
    return [sys.executable, "-I", os.fspath(writer_process.__file__), path]


@contextmanager
def bulk_writer(db: Database) -> Iterator[RowWriter]:
    """A writer whose rows commit together when the block ends (none if it raises).

    For a database that is not an SQLite file the rows go through a session.
    """
    if db.path is None:
        with db.session() as own:
            yield SessionWriter(own)
        return
    writer = ProcessWriter(db)
    try:
        yield writer
    except BaseException:
        writer.abort()
        raise
    writer.commit()
