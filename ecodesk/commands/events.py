"""``ecodesk events list`` and ``ecodesk event create``."""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime, time
from typing import Any

from ecodesk.cli import CliError, Context, add_json_flag, emit_json
from ecodesk.services import events as events_service
from ecodesk.services.thai_dates import format_date_range, parse_be_date

SITTING_RE = re.compile(
    r"^(?P<name>[^=]+)=(?P<start>\d{1,2}:\d{2})-(?P<end>\d{1,2}:\d{2})"
    r"(?:@(?P<day>[\d/\-]+))?(?::(?P<kind>half_day|day|study_visit))?$"
)


def register(sub: Any) -> None:
    p_list = sub.add_parser("events", help="list events").add_subparsers(
        dest="events_cmd", required=True
    )
    lst = p_list.add_parser("list", help="list the events in the database")
    add_json_flag(lst)
    lst.set_defaults(handler=list_events)

    ev = sub.add_parser("event", help="create an event").add_subparsers(
        dest="event_cmd", required=True
    )
    create = ev.add_parser(
        "create",
        help="create an event",
        description="Create an event. Dates are ISO (2022-06-16) or B.E. (16/6/2565).",
    )
    create.add_argument("--code", required=True, help="2-12 letters/digits, printed in the QR")
    create.add_argument("--name", required=True)
    create.add_argument("--date", required=True, type=_date, help="first day")
    create.add_argument("--end-date", type=_date, help="last day (default: the first day)")
    create.add_argument("--venue", default="")
    create.add_argument("--organiser", default="")
    create.add_argument(
        "--sitting",
        action="append",
        default=[],
        metavar="NAME=HH:MM-HH:MM[@DATE][:KIND]",
        help="a sitting (repeatable); KIND is half_day, day or study_visit",
    )
    create.add_argument(
        "--sector",
        action="append",
        default=[],
        metavar="NAME[=TARGET]",
        help="a sector with its target count (repeatable; default: the five seminar sectors)",
    )
    add_json_flag(create)
    create.set_defaults(handler=create_event)


def _date(text: str) -> date:
    try:
        return parse_be_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"not a date: {text!r} (use 2022-06-16 or 16/6/2565)"
        ) from exc


def _sitting(text: str, default_day: date) -> events_service.SittingInput:
    m = SITTING_RE.match(text.strip())
    if not m:
        raise CliError(f"--sitting {text!r}: expected NAME=HH:MM-HH:MM[@DATE][:KIND]")
    day = _date(m["day"]) if m["day"] else default_day
    start = datetime.combine(day, time.fromisoformat(m["start"].zfill(5)))
    end = datetime.combine(day, time.fromisoformat(m["end"].zfill(5)))
    return events_service.SittingInput(m["name"].strip(), start, end, m["kind"] or "half_day")


def _sector(text: str) -> events_service.SectorInput:
    name, _, target = text.partition("=")
    try:
        return events_service.SectorInput(name.strip(), int(target) if target else 0)
    except ValueError as exc:
        raise CliError(f"--sector {text!r}: the target must be a whole number") from exc


def _summary(e: events_service.EventInfo) -> dict[str, Any]:
    return {
        "id": e.id,
        "code": e.code,
        "name": e.name,
        "start_date": e.start_date,
        "end_date": e.end_date,
        "venue": e.venue,
        "organiser": e.organiser,
        "participant_count": e.participant_count,
        "sittings": [
            {
                "id": s.id,
                "name": s.name,
                "kind": s.kind,
                "starts_at": s.starts_at,
                "ends_at": s.ends_at,
            }
            for s in e.sittings
        ],
        "sectors": [{"name": s.name, "target": s.target, "colour": s.colour} for s in e.sectors],
    }


def list_events(ctx: Context) -> int:
    found = events_service.list_events(ctx.db)
    if ctx.args.json:
        emit_json([_summary(e) for e in found])
    else:
        for e in found:
            when = format_date_range(e.start_date, e.end_date)
            print(f"{e.code}\t{e.name}\t{when}\t{e.participant_count} คน")
    return 0


def create_event(ctx: Context) -> int:
    a = ctx.args
    sectors = [_sector(s) for s in a.sector] or [
        events_service.SectorInput(n) for n in events_service.DEFAULT_SECTORS
    ]
    data = events_service.EventInput(
        code=a.code,
        name=a.name,
        start_date=a.date,
        end_date=a.end_date or a.date,
        venue=a.venue,
        organiser=a.organiser,
        sittings=[_sitting(s, a.date) for s in a.sitting],
        sectors=sectors,
    )
    try:
        created = events_service.create_event(ctx.db, data, desk="cli")
    except events_service.EventError as exc:
        raise CliError(str(exc)) from exc
    if a.json:
        emit_json(_summary(created))
    else:
        print(f"created {created.code}: {created.name}")
    return 0
