"""The participant registry: adding people to an event with their badge identity."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ecodesk.db import Database
from ecodesk.db.models import Participant, RevokedToken, Sector
from ecodesk.services import audit
from ecodesk.services.clock import now
from ecodesk.services.tokens import new_short_code, new_token


@dataclass
class ParticipantInput:
    first_name: str
    last_name: str = ""
    title: str = ""
    organisation: str = ""
    position: str = ""
    sector: str = ""
    phone: str = ""
    email: str = ""
    consent: bool | None = None
    source: str = ""
    is_walk_in: bool = False


def taken_short_codes(session: Session, event_id: uuid.UUID) -> set[str]:
    """Short codes in use or revoked in this event: a new code must avoid both."""
    current = session.scalars(
        select(Participant.short_code).where(Participant.event_id == event_id)
    )
    revoked = session.scalars(
        select(RevokedToken.short_code)
        .join(Participant, Participant.id == RevokedToken.participant_id)
        .where(Participant.event_id == event_id)
    )
    return set(current) | set(revoked)


def sector_ids(session: Session, event_id: uuid.UUID, names: Iterable[str]) -> dict[str, uuid.UUID]:
    """Sector ids by name, adding the sectors the event does not have yet."""
    existing = {
        s.name: s for s in session.scalars(select(Sector).where(Sector.event_id == event_id))
    }
    position = len(existing)
    for name in dict.fromkeys(n for n in names if n):
        if name not in existing:
            sector = Sector(event_id=event_id, name=name, target=0, position=position)
            session.add(sector)
            existing[name] = sector
            position += 1
    session.flush()
    return {name: s.id for name, s in existing.items()}


def insert_participants(
    session: Session, event_id: uuid.UUID, people: list[ParticipantInput], *, desk: str = ""
) -> list[uuid.UUID]:
    """Insert people with fresh tokens and short codes in one bulk statement."""
    if not people:
        return []
    sectors = sector_ids(session, event_id, (p.sector for p in people))
    taken = taken_short_codes(session, event_id)
    stamp = now()
    rows = []
    for p in people:
        code = new_short_code(taken)
        taken.add(code)
        rows.append(
            {
                "id": uuid.uuid4(),
                "event_id": event_id,
                "title": p.title,
                "first_name": p.first_name,
                "last_name": p.last_name,
                "organisation": p.organisation,
                "position": p.position,
                "sector_id": sectors.get(p.sector) if p.sector else None,
                "phone": p.phone,
                "email": p.email,
                "consent": p.consent,
                "source": p.source,
                "is_walk_in": p.is_walk_in,
                "token": new_token(),
                "short_code": code,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    session.execute(insert(Participant), rows)
    audit.record(session, "add", "participants", event_id, desk=desk, count=len(rows))
    return [r["id"] for r in rows]


def add_participant(
    db: Database, event_id: uuid.UUID, person: ParticipantInput, *, desk: str = ""
) -> uuid.UUID:
    with db.session() as session:
        return insert_participants(session, event_id, [person], desk=desk)[0]
