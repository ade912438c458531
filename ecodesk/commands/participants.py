"""``ecodesk participants list``: an event's participants with badge codes and check-ins."""

from __future__ import annotations

from typing import Any

from ecodesk.cli import Context, add_json_flag, emit_json
from ecodesk.services.participants import ParticipantRow, list_participants
from ecodesk.services.search import ParticipantIndex
from ecodesk.services.tokens import format_short_code


def register(sub: Any) -> None:
    group = sub.add_parser("participants", help="list participants").add_subparsers(
        dest="participants_cmd", required=True
    )
    lst = group.add_parser(
        "list",
        help="list an event's participants in Thai dictionary order",
        description="Participants of an event; --search finds any part of a name, "
        "organisation, phone or short code, forgiving tone marks and spaces.",
    )
    lst.add_argument("--event", help="event code (default: the newest event)")
    lst.add_argument("--search", help="only those the text finds")
    add_json_flag(lst)
    lst.set_defaults(handler=list_command)


def _as_json(row: ParticipantRow, sittings: dict[Any, str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "full_name": row.full_name,
        "organisation": row.organisation,
        "position": row.position,
        "sector": row.sector,
        "phone": row.phone,
        "email": row.email,
        "consent": row.consent,
        "source": row.source,
        "is_walk_in": row.is_walk_in,
        "token": row.token,
        "short_code": row.short_code,
        "badge_printed_at": row.badge_printed_at,
        "checkins": [
            {"sitting": sittings.get(sid, str(sid)), "sitting_id": sid, "at": at}
            for sid, at in sorted(row.checkins.items(), key=lambda kv: kv[1])
        ],
    }


def list_command(ctx: Context) -> int:
    event = ctx.event(ctx.args.event)
    rows = list_participants(ctx.db, event.id)
    if ctx.args.search:
        index = ParticipantIndex.from_rows(rows)
        found = set(index.positions(ctx.args.search))
        rows = [r for i, r in enumerate(rows) if i in found]
    sittings = {s.id: s.name for s in event.sittings}
    if ctx.args.json:
        emit_json([_as_json(r, sittings) for r in rows])
        return 0
    for r in rows:
        came = ", ".join(sittings.get(s, "?") for s in r.checkins)
        print(
            f"{format_short_code(r.short_code)}\t{r.full_name}\t{r.organisation}\t{r.sector}"
            f"\t{r.phone}\t{came}"
        )
    return 0
