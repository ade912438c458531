"""``ecodesk demo``: create the demo event."""

from __future__ import annotations

from typing import Any

from ecodesk.cli import Context, add_json_flag, emit_json
from ecodesk.services.demo import create_demo


def register(sub: Any) -> None:
    p = sub.add_parser(
        "demo",
        help="create the demo event (Eco Industrial Town seminar, 16 มิถุนายน 2565)",
        description="Create the demo event with fictional participants; an existing one is kept.",
    )
    p.add_argument("--participants", type=int, default=120, metavar="N")
    p.add_argument("--seed", type=int, default=2565, metavar="S")
    p.add_argument(
        "--responses", type=int, default=0, metavar="N", help="add N sample survey responses"
    )
    add_json_flag(p)
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    event = create_demo(
        ctx.db,
        participants=ctx.args.participants,
        seed=ctx.args.seed,
        responses=ctx.args.responses,
    )
    if ctx.args.json:
        emit_json(
            {"code": event.code, "id": event.id, "participant_count": event.participant_count}
        )
    else:
        print(f"{event.code}: {event.name} ({event.participant_count} คน)")
    return 0
