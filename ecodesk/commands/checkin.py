"""``ecodesk checkin TEXT`` and ``ecodesk checkin --undo ID``: the desk's check-in from a script.

TEXT is exactly what a scanner or a person would type (a badge payload, a short code, either
through the Thai keyboard layout); the answer is the one the check-in screen shows.
"""

from __future__ import annotations

import socket
import uuid
from typing import Any

from ecodesk.cli import CliError, Context, add_json_flag, emit_json
from ecodesk.services import checkin
from ecodesk.services.events import EventNotFound
from ecodesk.services.thai_dates import format_datetime

# Exit codes: the person is in (ok, already) or the undo was done; anything else.
EXIT_IN, EXIT_REFUSED = 0, 1

_MESSAGES = {
    checkin.Status.OK: "ลงทะเบียนเรียบร้อย",
    checkin.Status.ALREADY: "ลงทะเบียนไปแล้ว",
    checkin.Status.UNKNOWN: "ไม่พบรหัสนี้",
    checkin.Status.OTHER_EVENT: "ป้ายชื่อของกิจกรรมอื่น",
    checkin.Status.REVOKED: "ป้ายชื่อนี้ออกใหม่แล้ว: ป้ายเก่าใช้ไม่ได้",
    checkin.Status.WRONG_DAY: "ผิดวัน: ช่วงลงทะเบียนนี้ไม่ใช่วันนี้",
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "checkin",
        help="check a person in by badge code, or undo a check-in",
        description=(
            "Check in whoever TEXT names: a scanned badge payload or the short code under the "
            "QR, typed with any keyboard layout. Exit 0 when the person is in (ok, already), "
            "1 otherwise (unknown, other_event, revoked, wrong_day)."
        ),
    )
    p.add_argument("text", nargs="?", metavar="TEXT", help="what the scanner or a person typed")
    p.add_argument("--undo", metavar="ID", help="undo the check-in with this id instead")
    p.add_argument("--event", help="event code or id (default: the newest event)")
    p.add_argument("--sitting", metavar="NAME", help="sitting name (default: the one on now)")
    p.add_argument("--desk", default=socket.gethostname() or "cli", help="desk name to record")
    p.add_argument(
        "--method", choices=checkin.METHODS, default="scan", help="how the code was read"
    )
    p.add_argument(
        "--any-day", action="store_true", help="accept a sitting that is not on today's date"
    )
    add_json_flag(p)
    p.set_defaults(handler=run)


def _person(person: checkin.Person | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {
        "id": person.id,
        "full_name": person.full_name,
        "title": person.title,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "organisation": person.organisation,
        "position": person.position,
        "sector": person.sector,
        "is_walk_in": person.is_walk_in,
    }


def run(ctx: Context) -> int:
    a = ctx.args
    if a.undo:
        if a.text:
            raise CliError("give either TEXT to check in or --undo ID, not both")
        return _undo(ctx)
    if not a.text:
        raise CliError("give the TEXT a scanner or a person typed, or --undo ID")
    event = ctx.event(a.event)
    try:
        sitting = checkin.sitting_for(event, a.sitting)
    except (EventNotFound, LookupError) as exc:
        raise CliError(str(exc)) from exc
    desk = checkin.CheckInDesk(ctx.db, event, sitting, a.desk, allow_other_day=a.any_day)
    result = desk.check_in_text(a.text, a.method)
    if a.json:
        emit_json(
            {
                "status": result.status,
                "text": result.text,
                "participant": _person(result.person),
                "checkin_id": result.checkin_id,
                "at": result.at,
                "desk": result.desk,
                "method": result.method,
                "event": event.code,
                "sitting": sitting.name,
                "detail": result.detail,
            }
        )
    else:
        line = [_MESSAGES[result.status]]
        if result.person:
            line.append(result.person.full_name)
        if result.at:
            line.append(f"{format_datetime(result.at)} ({result.desk})")
        if result.detail:
            line.append(result.detail)
        print(" · ".join(line))
    return EXIT_IN if result.status in (checkin.Status.OK, checkin.Status.ALREADY) else EXIT_REFUSED


def _undo(ctx: Context) -> int:
    a = ctx.args
    try:
        checkin_id = uuid.UUID(a.undo)
    except ValueError as exc:
        raise CliError(f"--undo {a.undo!r}: not a check-in id") from exc
    result = checkin.undo_check_in(ctx.db, checkin_id, a.desk)
    if a.json:
        emit_json(
            {
                "status": result.status,
                "checkin_id": result.checkin_id,
                "participant": _person(result.person),
                "at": result.at,
            }
        )
    else:
        name = result.person.full_name if result.person else ""
        print(f"{result.status}: {checkin_id} {name}".rstrip())
    return EXIT_IN if result.status is checkin.UndoStatus.UNDONE else EXIT_REFUSED
