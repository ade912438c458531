"""``ecodesk report`` (the officials' workbook) and ``ecodesk export participants``."""

from __future__ import annotations

from typing import Any

from ecodesk.cli import CliError, Context, add_json_flag, emit_json
from ecodesk.exchange.export import ExportError, export_participants
from ecodesk.exchange.report import (
    FONT_CHOICES,
    SECTIONS,
    FontChoice,
    ReportError,
    ReportOptions,
    build_report,
)
from ecodesk.exchange.report.styles import DEFAULT_FONT_SIZE


def register(sub: Any) -> None:
    rep = sub.add_parser(
        "report",
        help="save the Excel workbook officials receive",
        description="Save the report workbook: "
        + ", ".join(f"{k} ({v})" for k, v in SECTIONS.items()),
    )
    rep.add_argument("--out", required=True, metavar="FILE.xlsx")
    rep.add_argument("--event", metavar="CODE", help="event code or id (default: the newest)")
    rep.add_argument("--bands", choices=("A", "B", "C"), help="band set for ระดับ")
    rep.add_argument("--kpi", choices=("mean", "top2"), help="satisfaction KPI method")
    rep.add_argument(
        "--sections",
        nargs="+",
        choices=tuple(SECTIONS),
        default=list(SECTIONS),
        metavar="SECTION",
        help=f"sheets to include (default: all of {' '.join(SECTIONS)})",
    )
    rep.add_argument("--font", help=f"font named in the workbook (e.g. {', '.join(FONT_CHOICES)})")
    rep.add_argument("--font-size", type=int, default=None, metavar="PT")
    add_json_flag(rep)
    rep.set_defaults(handler=report)

    exp = sub.add_parser("export", help="export data for another system").add_subparsers(
        dest="export_cmd", required=True
    )
    part = exp.add_parser(
        "participants",
        help="the participant list as .xlsx or .csv (UTF-8 with BOM)",
        description="Export the participants with the columns the importer reads back.",
    )
    part.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.csv")
    part.add_argument("--event", metavar="CODE", help="event code or id (default: the newest)")
    add_json_flag(part)
    part.set_defaults(handler=export)


def report(ctx: Context) -> int:
    a = ctx.args
    event = ctx.event(a.event)
    font = None
    if a.font or a.font_size:
        base = FontChoice.from_settings(event.settings)
        font = FontChoice(a.font or base.name, a.font_size or base.size or DEFAULT_FONT_SIZE)
    options = ReportOptions(sections=a.sections, band_set=a.bands, kpi_method=a.kpi, font=font)
    try:
        result = build_report(ctx.db, event.id, a.out, options)
    except ReportError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{a.out}: {exc.strerror or exc}") from exc
    if a.json:
        emit_json(
            {
                "path": str(result.path),
                "sheets": result.sheets,
                "participants": result.participants,
                "responses": result.responses,
            }
        )
    else:
        print(f"saved {result.path} ({', '.join(result.sheets)})")
    return 0


def export(ctx: Context) -> int:
    a = ctx.args
    event = ctx.event(a.event)
    try:
        count = export_participants(ctx.db, event.id, a.out)
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{a.out}: {exc.strerror or exc}") from exc
    if a.json:
        emit_json({"path": a.out, "participants": count})
    else:
        print(f"exported {count} participants to {a.out}")
    return 0
