"""``ecodesk badges`` (badge PDF), ``ecodesk badge-reissue`` and ``ecodesk signin-sheet``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ecodesk.cli import CliError, Context, add_json_flag, emit_json
from ecodesk.services import badges as badges_service
from ecodesk.services.events import EventNotFound
from ecodesk.services.thai_dates import parse_be_date


def register(sub: Any) -> None:
    p = sub.add_parser(
        "badges",
        help="print name badges with a QR code to a PDF",
        description="Write the badges of an event to a PDF (the bundled Sarabun font embedded) "
        "and remember them as printed.",
    )
    p.add_argument("--out", metavar="FILE.pdf", help="the PDF to write")
    p.add_argument("--event", metavar="CODE", help="event code or id (default: the newest)")
    p.add_argument("--layout", metavar="NAME", help="badge layout (see --list-layouts)")
    p.add_argument(
        "--only",
        nargs="+",
        default=None,
        metavar="ID",
        help="only these participants (ids or short codes)",
    )
    p.add_argument("--not-printed", action="store_true", help="only badges not printed yet")
    p.add_argument("--no-mark", action="store_true", help="do not record the badges as printed")
    p.add_argument(
        "--logo", metavar="FILE", help="logo (PNG or SVG) for this run instead of the event's"
    )
    p.add_argument("--list-layouts", action="store_true", help="list the layouts and exit")
    add_json_flag(p)
    p.set_defaults(handler=print_badges)

    r = sub.add_parser(
        "badge-reissue",
        help="give a participant a new badge (the old QR and code stop working)",
    )
    r.add_argument("participant", metavar="ID_OR_CODE")
    r.add_argument("--event", metavar="CODE")
    add_json_flag(r)
    r.set_defaults(handler=reissue)

    s = sub.add_parser(
        "signin-sheet",
        help="the official sign-in sheet (ใบลงทะเบียน) as a PDF",
        description="One signature column per sitting of the day, about 25 rows a page, "
        "names in Thai dictionary order.",
    )
    s.add_argument("--out", metavar="FILE.pdf", required=True)
    s.add_argument("--event", metavar="CODE")
    s.add_argument("--sitting", metavar="NAME", help="only this sitting's signature column")
    s.add_argument(
        "--day", metavar="DATE", help="the day (ISO or B.E. 16/6/2565; default: the first)"
    )
    s.add_argument("--by-sector", action="store_true", help="group the rows by sector")
    add_json_flag(s)
    s.set_defaults(handler=signin)


def print_badges(ctx: Context) -> int:
    from ecodesk.printing.layouts import LayoutError, get_layout, load_layouts
    from ecodesk.printing.output import write_badges_pdf

    a = ctx.args
    if a.list_layouts:
        found = [
            {"name": lay.name, "title": lay.title, "per_page": lay.per_page}
            for lay in load_layouts().values()
        ]
        if a.json:
            emit_json(found)
        else:
            for item in found:
                print(f"{item['name']}\t{item['title']}")
        return 0
    if not a.out:
        raise CliError("--out FILE.pdf is required")
    event = ctx.event(a.event)
    try:
        layout = get_layout(a.layout)
        ids = badges_service.resolve_participants(ctx.db, event.id, a.only) if a.only else None
        chosen = badges_service.badge_set(ctx.db, event.id, ids=ids, not_printed=a.not_printed)
    except (LayoutError, badges_service.BadgeError) as exc:
        raise CliError(str(exc)) from exc
    if not chosen.badges:
        raise CliError("no badges to print (all printed already?)")
    if a.logo:
        if not Path(a.logo).is_file():
            raise CliError(f"--logo {a.logo}: no such file")
        chosen = replace(chosen, logo=str(Path(a.logo).resolve()))
    try:
        pages = write_badges_pdf(a.out, chosen, layout)
    except OSError as exc:
        raise CliError(f"{a.out}: {exc}") from exc
    if not a.no_mark:
        badges_service.mark_printed(ctx.db, (b.participant_id for b in chosen.badges), desk="cli")
    result = {"file": a.out, "layout": layout.name, "badges": len(chosen.badges), "pages": pages}
    if a.json:
        emit_json(result)
    else:
        print(f"{a.out}: {len(chosen.badges)} ป้าย, {pages} หน้า ({layout.name})")
    return 0


def reissue(ctx: Context) -> int:
    event = ctx.event(ctx.args.event)
    try:
        (pid,) = badges_service.resolve_participants(ctx.db, event.id, [ctx.args.participant])
        badge = badges_service.reissue_badge(ctx.db, pid, desk="cli")
    except badges_service.BadgeError as exc:
        raise CliError(str(exc)) from exc
    if ctx.args.json:
        emit_json({"participant_id": badge.participant_id, "short_code": badge.short_code})
    else:
        print(f"{badge.full_name}: ป้ายใหม่ {badge.code_text} (ป้ายเดิมใช้ไม่ได้แล้ว)")
    return 0


def signin(ctx: Context) -> int:
    from ecodesk.printing.signin_painter import write_signin_pdf
    from ecodesk.services.signin_sheet import signin_sheet

    a = ctx.args
    event = ctx.event(a.event)
    try:
        day = parse_be_date(a.day) if a.day else None
    except ValueError as exc:
        raise CliError(f"--day {a.day!r}: use 2022-06-16 or 16/6/2565") from exc
    try:
        sheet = signin_sheet(ctx.db, event.id, day=day, sitting=a.sitting, by_sector=a.by_sector)
    except EventNotFound as exc:
        raise CliError(str(exc)) from exc
    try:
        pages = write_signin_pdf(a.out, sheet)
    except OSError as exc:
        raise CliError(f"{a.out}: {exc}") from exc
    if a.json:
        emit_json(
            {"file": a.out, "people": sheet.people, "pages": pages, "sittings": sheet.sittings}
        )
    else:
        print(f"{a.out}: {sheet.people} คน, {pages} หน้า")
    return 0
