"""Live numbers of a sitting: checked in against registered, by sector, walk-ins, the rate.

Registered counts go over every participant of the event, so the desk keeps them until the
list changes; the rest costs only the sitting's check-ins and is read after every check-in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, case, func, literal, select

from ecodesk.db import Database
from ecodesk.db.models import CheckIn, Participant
from ecodesk.services.clock import now
from ecodesk.services.events import EventInfo, SittingInfo

RATE_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class SectorNumbers:
    name: str
    colour: str
    target: int
    registered: int
    checked_in: int


@dataclass(frozen=True)
class LiveNumbers:
    registered: int
    checked_in: int
    walk_ins: int
    last_10_minutes: int
    by_sector: tuple[SectorNumbers, ...]


def registered_by_sector(db: Database, event_id: uuid.UUID) -> dict[uuid.UUID | None, int]:
    """How many people are registered, by sector id (None: no sector).

    The one count over every participant; the desk keeps it until the list changes so that
    refreshing the numbers after each check-in costs only the sitting's check-ins.
    """
    query = (
        select(Participant.sector_id, func.count())
        .where(Participant.event_id == event_id, Participant.deleted_at.is_(None))
        .group_by(Participant.sector_id)
    )
    with db.engine.connect() as conn:
        return {sector_id: count for sector_id, count in conn.execute(query)}


def live_numbers(
    db: Database,
    event: EventInfo,
    sitting: SittingInfo,
    at: datetime | None = None,
    registered: dict[uuid.UUID | None, int] | None = None,
) -> LiveNumbers:
    """Checked in against registered for the sitting, by sector, walk-ins and the recent rate."""
    at = at or now()
    if registered is None:
        registered = registered_by_sector(db, event.id)
    active = and_(CheckIn.sitting_id == sitting.id, CheckIn.undone_at.is_(None))
    walk_in_ids = case((Participant.is_walk_in, CheckIn.participant_id))
    per_sector = (
        select(
            Participant.sector_id,
            func.count(CheckIn.participant_id.distinct()),
            func.count(walk_in_ids.distinct()),
        )
        .join_from(CheckIn, Participant, Participant.id == CheckIn.participant_id)
        .where(active, Participant.deleted_at.is_(None))
        .group_by(Participant.sector_id)
    )
    recent = select(func.count()).where(
        active,
        CheckIn.checked_in_at > literal(at - RATE_WINDOW, CheckIn.checked_in_at.type),
        CheckIn.checked_in_at <= literal(at, CheckIn.checked_in_at.type),
    )
    with db.engine.connect() as conn:
        came = {
            sector_id: (count, walk_ins) for sector_id, count, walk_ins in conn.execute(per_sector)
        }
        last_10 = conn.execute(recent).scalar_one()
    sectors = tuple(
        SectorNumbers(
            s.name, s.colour, s.target, registered.get(s.id, 0), came.get(s.id, (0, 0))[0]
        )
        for s in event.sectors
    )
    return LiveNumbers(
        registered=sum(registered.values()),
        checked_in=sum(count for count, _ in came.values()),
        walk_ins=sum(walk_ins for _, walk_ins in came.values()),
        last_10_minutes=last_10,
        by_sector=sectors,
    )
