"""The writing half of a bulk import: a process of its own that inserts rows into an SQLite
file while the importing process reads and cleans the next ones.

Python's sqlite3 binds every row's parameters holding the interpreter lock and lets go of it
only around each step, so a writer *thread* would trade the lock back and forth for every one
of 100,000 rows; a process has its own interpreter. This module imports nothing but the
standard library so that the process starts in milliseconds, and it is run as a script.

Protocol: pickled tuples on stdin, replies on stdout.
  ("execute", sql, count, columns)  executemany of ``count`` rows given column by column
                          (see ``pack``), within the one transaction (begun by the first)
  ("commit",)             commit, then reply ("ok",)
Any error is replied as ("error", message) and ends the process; end of input without a
commit rolls everything back.
"""

from __future__ import annotations

import pickle
import sqlite3
import sys
from typing import IO, Any

# The engine's connection settings (database.py applies the same tuple).
SQLITE_PRAGMAS = ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=5000")
# How a frozen build (which has no interpreter to run this script with) starts it.
WRITER_FLAG = "--sqlite-writer"
# A bulk insert keeps its pages in memory until the commit (256 MiB at most, taken as needed),
# and the log is folded into the file after the reply, not inside the commit.
BULK_PRAGMAS = ("cache_size=-262144", "wal_autocheckpoint=0")


# A column of texts travels as one text: pickling it is a copy, not a call per cell.
_JOIN = "\x00"


def pack(values: Any, same: bool = False) -> tuple[str, Any]:
    """A column as it travels: one value for every row, texts joined, or as it is."""
    if same:
        return ("same", values)
    if values and set(map(type, values)) == {str}:
        joined = _JOIN.join(values)
        if joined.count(_JOIN) == len(values) - 1:
            return ("joined", joined)
    return ("list", values)


def _unpack(column: tuple[str, Any], count: int) -> Any:
    kind, data = column
    if kind == "same":
        return [data] * count
    if kind == "joined":
        return data.split(_JOIN)
    return data


def _reply(out: IO[bytes], message: tuple[Any, ...]) -> None:
    pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def serve(path: str, source: IO[bytes], out: IO[bytes]) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    began = False
    try:
        for pragma in SQLITE_PRAGMAS + BULK_PRAGMAS:
            con.execute("PRAGMA " + pragma)
        while True:
            try:
                message = pickle.load(source)
            except EOFError:
                break
            if message[0] == "execute":
                if not began:
                    con.execute("BEGIN IMMEDIATE")
                    began = True
                _, sql, count, columns = message
                rows = zip(*(_unpack(c, count) for c in columns), strict=True)
                con.executemany(sql, rows)
            elif message[0] == "commit":
                if began:
                    con.execute("COMMIT")
                    began = False
                _reply(out, ("ok",))
                con.execute("PRAGMA wal_checkpoint(PASSIVE)")
                break
    except Exception as exc:  # every failure is told to the importing process
        _reply(out, ("error", f"{exc}"))
    finally:
        if began:
            con.execute("ROLLBACK")
        con.close()


if __name__ == "__main__":
    serve(sys.argv[1], sys.stdin.buffer, sys.stdout.buffer)
