"""Badge data for printing, who was printed when, and reissuing a lost badge."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ecodesk.db import Database
from ecodesk.db.models import Event, Participant, RevokedToken, Sector
from ecodesk.services import audit
from ecodesk.services.clock import now
from ecodesk.services.events import EventNotFound
from ecodesk.services.participants import full_name, taken_short_codes
from ecodesk.services.thai_dates import format_date_range
from ecodesk.services.thai_text import thai_sort_key
from ecodesk.services.tokens import format_short_code, make_payload, new_short_code, new_token

NO_SECTOR_COLOUR = "#9E9E9E"
# Event setting holding the path of the logo printed on badges (PNG or SVG).
LOGO_SETTING = "badge_logo"


class BadgeError(LookupError):
    """A participant who has no badge to print (unknown or deleted)."""


@dataclass(frozen=True)
class Badge:
    participant_id: uuid.UUID
    title: str
    first_name: str
    last_name: str
    organisation: str
    position: str
    sector: str
    colour: str
    payload: str
    short_code: str
    printed_at: datetime | None

    @property
    def full_name(self) -> str:
        return full_name(self.title, self.first_name, self.last_name)

    @property
    def code_text(self) -> str:
        """The short code as printed under the QR (ABC-DEF)."""
        return format_short_code(self.short_code)


@dataclass(frozen=True)
class BadgeSet:
    """What a run of badges prints: the event's heading, its sector legend and the people."""

    event_id: uuid.UUID
    event_name: str
    event_dates: str
    logo: str
    legend: tuple[tuple[str, str], ...]
    badges: tuple[Badge, ...]

    def with_badges(self, badges: Iterable[Badge]) -> BadgeSet:
        return replace(self, badges=tuple(badges))


def _badge(p: Participant, event_code: str, sector: Sector | None) -> Badge:
    return Badge(
        participant_id=p.id,
        title=p.title,
        first_name=p.first_name,
        last_name=p.last_name,
        organisation=p.organisation,
        position=p.position,
        sector=sector.name if sector else "",
        colour=sector.colour if sector else NO_SECTOR_COLOUR,
        payload=make_payload(event_code, p.token),
        short_code=p.short_code,
        printed_at=p.badge_printed_at,
    )


def name_order(badge: Badge) -> tuple[object, ...]:
    """Thai dictionary order of first name, then last name."""
    return (thai_sort_key(badge.first_name), thai_sort_key(badge.last_name))


def badge_set(
    db: Database,
    event_id: uuid.UUID,
    *,
    ids: Iterable[uuid.UUID] | None = None,
    not_printed: bool = False,
) -> BadgeSet:
    """Badges of the event's participants (all, the given ids, or those not printed yet).

    Given ids keep their order; otherwise people come in Thai dictionary order.
    """
    wanted = list(dict.fromkeys(ids)) if ids is not None else None
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise EventNotFound(f"no event with id {event_id}")
        sectors = {s.id: s for s in event.sectors}
        query = select(Participant).where(
            Participant.event_id == event_id, Participant.deleted_at.is_(None)
        )
        if wanted is not None:
            query = query.where(Participant.id.in_(wanted))
        if not_printed:
            query = query.where(Participant.badge_printed_at.is_(None))
        people = session.scalars(query).all()
        badges = [
            _badge(p, event.code, sectors.get(p.sector_id) if p.sector_id else None) for p in people
        ]
        if wanted is not None:
            found = {b.participant_id for b in badges}
            missing = [str(i) for i in wanted if i not in found]
            if missing and not not_printed:
                raise BadgeError(f"no participant {', '.join(missing)} in {event.code}")
            position = {pid: n for n, pid in enumerate(wanted)}
            badges.sort(key=lambda b: position[b.participant_id])
        else:
            badges.sort(key=name_order)
        return BadgeSet(
            event_id=event.id,
            event_name=event.name,
            event_dates=format_date_range(event.start_date, event.end_date),
            logo=str((event.settings or {}).get(LOGO_SETTING, "")),
            legend=tuple((s.name, s.colour) for s in event.sectors),
            badges=tuple(badges),
        )


def badge_for(db: Database, participant_id: uuid.UUID) -> BadgeSet:
    """The badge of one participant (a walk-in at the desk), with the event's heading."""
    with db.session() as session:
        event_id = session.scalar(
            select(Participant.event_id).where(Participant.id == participant_id)
        )
    if event_id is None:
        raise BadgeError(f"no participant with id {participant_id}")
    return badge_set(db, event_id, ids=[participant_id])


def mark_printed(
    db: Database, ids: Iterable[uuid.UUID], *, at: datetime | None = None, desk: str = ""
) -> datetime:
    """Remember that these badges were printed (now, unless ``at`` is given)."""
    stamp = at or now()
    id_list = list(ids)
    if not id_list:
        return stamp
    with db.session() as session:
        session.execute(
            update(Participant).where(Participant.id.in_(id_list)).values(badge_printed_at=stamp)
        )
        audit.record(session, "print", "badges", None, desk=desk, count=len(id_list))
    return stamp


def _reissue(session: Session, person: Participant, stamp: datetime) -> None:
    session.add(
        RevokedToken(
            participant_id=person.id,
            token=person.token,
            short_code=person.short_code,
            revoked_at=stamp,
        )
    )
    person.short_code = new_short_code(taken_short_codes(session, person.event_id))
    person.token = new_token()
    person.badge_printed_at = None
    person.updated_at = stamp


def reissue_badge(db: Database, participant_id: uuid.UUID, *, desk: str = "") -> Badge:
    """Give a participant a new token and short code; the old badge stops working.

    The old token and code are kept as revoked so that scanning the lost badge says so,
    and the new badge counts as not printed yet.
    """
    with db.session() as session:
        person = session.get(Participant, participant_id)
        if person is None or person.deleted_at is not None:
            raise BadgeError(f"no participant with id {participant_id}")
        event = session.get(Event, person.event_id)
        assert event is not None
        old_code = person.short_code
        _reissue(session, person, now())
        session.flush()
        audit.record(
            session, "reissue", "badge", person.id, desk=desk, old_code=old_code,
            new_code=person.short_code,
        )  # fmt: skip
        return _badge(person, event.code, person.sector)


def resolve_participants(db: Database, event_id: uuid.UUID, refs: Iterable[str]) -> list[uuid.UUID]:
    """Participant ids from ids or short codes (as typed: 'ACE-FGH' or 'acefgh')."""
    wanted = list(refs)
    with db.session() as session:
        rows = session.execute(
            select(Participant.id, Participant.short_code).where(
                Participant.event_id == event_id, Participant.deleted_at.is_(None)
            )
        ).all()
    by_id = {str(pid): pid for pid, _ in rows}
    by_code = {code: pid for pid, code in rows}
    found: list[uuid.UUID] = []
    for ref in wanted:
        key = ref.strip()
        pid = by_id.get(key.lower()) or by_code.get(key.replace("-", "").upper())
        if pid is None:
            raise BadgeError(f"no participant with the id or code {ref!r} in this event")
        found.append(pid)
    return found
