"""``ecodesk import FILE``: bring a registration list into an event."""

from __future__ import annotations

from typing import Any

from ecodesk.cli import CliError, Context, add_json_flag, emit_json
from ecodesk.exchange.importing.headers import FIELDS
from ecodesk.exchange.importing.importer import ImportPlan, import_file
from ecodesk.exchange.importing.reading import ImportFileError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="import a registration list (xlsx, xls, ods, csv)",
        description=(
            "Import a registration list into an event. The header row and the meaning of each "
            "column are found by themselves; --map corrects a column. Rows that cannot be read "
            "are reported and skipped; the same person twice is imported once."
        ),
    )
    p.add_argument("file", help="the registration file")
    p.add_argument("--event", help="event code (default: the newest event)")
    p.add_argument(
        "--sheet",
        help=(
            "import this sheet alone (default: the sheet that holds the list, with the sheets"
            " that continue it under the same header)"
        ),
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help=f"COLUMN is a header, a letter or a number; FIELD is one of {', '.join(FIELDS)}, ignore",
    )
    p.add_argument(
        "--header-row",
        type=int,
        metavar="N",
        help=(
            "the row (1-based) that holds the column names, on --sheet or else the first sheet"
            " with data (default: found by itself)"
        ),
    )
    p.add_argument("--dry-run", action="store_true", help="report what would happen, write nothing")
    add_json_flag(p)
    p.set_defaults(handler=run_import)


def _overrides(pairs: list[str]) -> dict[str, str]:
    found = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column.strip():
            raise CliError(f"--map {pair!r}: expected COLUMN=FIELD")
        found[column.strip()] = field.strip()
    return found


def plan_summary(plan: ImportPlan) -> dict[str, Any]:
    return {
        "file": plan.file,
        "sheet": plan.sheet,
        "also_sheets": plan.also,
        "encoding": plan.encoding or None,
        "header_row": plan.header_row,
        "dry_run": plan.dry_run,
        "columns": [
            {
                "column": c.letter,
                "header": c.header,
                "field": c.field or None,
                "person": c.person or None,
                # The buyer's field, read where a ticket names no holder.
                "stand_in": c.stand_in or None,
            }
            for c in plan.columns
        ],
        "counts": plan.counts(),
        "imported": plan.imported,
        "would_import": len(plan.to_import),
        "new_sectors": plan.new_sectors,
        "other_lists": [
            {"sheet": name, "rows": rows, "message": _other_list(name, rows)}
            for name, rows in plan.other_lists.items()
        ],
        "issues": [
            {
                "sheet": r.sheet or plan.sheet,
                "row": r.row,
                "person": r.part or None,
                "status": r.status,
                "message": r.message,
                "where": plan.where(r.row, r.sheet, r.part),
            }
            for r in plan.rows
            if r.message
        ],
    }


def run_import(ctx: Context) -> int:
    a = ctx.args
    event = ctx.event(a.event)
    try:
        plan = import_file(
            ctx.db,
            event.id,
            a.file,
            sheet=a.sheet,
            overrides=_overrides(a.map),
            header_row=a.header_row,
            dry_run=a.dry_run,
            desk="cli",
        )
    except ImportFileError as exc:
        raise CliError(f"{exc}; nothing was imported") from exc
    if a.json:
        emit_json(plan_summary(plan))
        return 0
    counts = plan.counts()
    verb = "would import" if plan.dry_run else "imported"
    print(f"{plan.file} ({plan.sheet}), header on row {plan.header_row}")
    if plan.also:
        print(f"  with sheets {', '.join(plan.also)}, under the same header")
    for c in plan.columns:
        print(f"  {c.letter} {c.header!r} -> {c.field or '(ignored)'}")
    print(
        f"{verb} {len(plan.to_import)} into {event.code}; "
        + ", ".join(f"{k}: {v}" for k, v in counts.items() if v)
    )
    for line in plan.issues():
        print("  " + line)
    for name, rows in plan.other_lists.items():
        print(_other_list(name, rows))
    return 0


def _other_list(sheet: str, rows: int) -> str:
    return f"sheet {sheet} also holds a list of {rows} rows; import it with --sheet {sheet!r}"
