"""The command line: the same operations as the window, for scripting.

``ecodesk`` alone opens the window; ``ecodesk COMMAND`` runs a command. Each group of
commands lives in ``ecodesk/commands/`` and registers itself on the parser. JSON output is one
UTF-8 document on stdout; errors go to stderr with a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from ecodesk import __version__

log = logging.getLogger(__name__)

# Each module has ``register(subparsers)``; order is the order of ``ecodesk --help``.
COMMAND_MODULES = (
    "ecodesk.commands.events",
    "ecodesk.commands.demo",
    "ecodesk.commands.importing",
    "ecodesk.commands.participants",
    "ecodesk.commands.badges",
    "ecodesk.commands.checkin",
    "ecodesk.commands.survey",
    "ecodesk.commands.report",
)

EXIT_ERROR = 2


class CliError(Exception):
    """A user-facing failure: printed to stderr, exit code 2."""


def to_jsonable(value: Any) -> Any:
    """Dataclasses, UUIDs, dates and enums as plain JSON values (ISO dates)."""
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def emit_json(value: Any) -> None:
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2) + "\n")


class Context:
    """What a command needs: the database it was pointed at, opened on first use."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._db: Any = None

    @property
    def db(self) -> Any:
        if self._db is None:
            from ecodesk.db import DatabaseError, open_database

            try:
                self._db = open_database(self.args.db)
            except DatabaseError as exc:
                raise CliError(str(exc)) from exc
        return self._db

    def event(self, code: str | None = None) -> Any:
        """The event named by ``--event`` (code or id), else the newest one."""
        from ecodesk.services.events import EventNotFound, get_event

        try:
            return get_event(self.db, code)
        except EventNotFound as exc:
            raise CliError(str(exc)) from exc

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


Handler = Callable[[Context], int | None]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ecodesk",
        description="EcoDesk: the registration desk of a seminar. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"EcoDesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: $ECODESK_DB, else the file in the user data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the window on the demo event (creating it)"
    )
    parser.add_argument("--lang", choices=("th", "en"), help="interface language of the window")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def main(argv: Sequence[str] | None = None) -> int:
    from ecodesk.logging_setup import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging()
    if args.command is None:
        from ecodesk.ui.app import run_app

        return run_app(args)
    ctx = Context(args)
    try:
        result = args.handler(ctx)
        return int(result or 0)
    except CliError as exc:
        print(f"ecodesk: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader stopped early ('| head'): what is left to print goes nowhere, quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:
        log.exception("command %s failed", args.command)
        print(f"ecodesk: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
