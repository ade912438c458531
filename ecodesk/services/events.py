"""Events, their sittings and sectors: creating, editing, listing, finding."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ecodesk.db import Database
from ecodesk.db.models import Event, Participant, Sector, Sitting
from ecodesk.services import audit
from ecodesk.services.clock import now
from ecodesk.services.tokens import EVENT_CODE_RE

SITTING_KINDS = ("half_day", "day", "study_visit")
DEFAULT_SECTORS = ("สถานประกอบการ", "หน่วยงานภาครัฐ", "ภาคเอกชน", "ภาคประชาชน", "สถาบันการศึกษา")
DEFAULT_COLOURS = ("#1565C0", "#2E7D32", "#EF6C00", "#6A1B9A", "#C62828", "#00838F", "#5D4037")


class EventError(ValueError):
    """An event that cannot be saved as given; the message names the field."""


class EventNotFound(LookupError):
    pass


@dataclass
class SittingInput:
    name: str
    starts_at: datetime
    ends_at: datetime
    kind: str = "half_day"
    id: uuid.UUID | None = None


@dataclass
class SectorInput:
    name: str
    target: int = 0
    colour: str = ""
    id: uuid.UUID | None = None


@dataclass
class EventInput:
    code: str
    name: str
    start_date: date
    end_date: date
    venue: str = ""
    organiser: str = ""
    sittings: list[SittingInput] = field(default_factory=list)
    sectors: list[SectorInput] = field(default_factory=list)


@dataclass(frozen=True)
class SittingInfo:
    id: uuid.UUID
    name: str
    kind: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class SectorInfo:
    id: uuid.UUID
    name: str
    target: int
    colour: str


@dataclass(frozen=True)
class EventInfo:
    id: uuid.UUID
    code: str
    name: str
    start_date: date
    end_date: date
    venue: str
    organiser: str
    sittings: tuple[SittingInfo, ...]
    sectors: tuple[SectorInfo, ...]
    settings: dict[str, object]
    participant_count: int = 0

    def sitting(self, name_or_id: str) -> SittingInfo:
        """Find a sitting by id, exact name, or a unique case-insensitive name prefix."""
        for s in self.sittings:
            if str(s.id) == name_or_id or s.name == name_or_id:
                return s
        folded = name_or_id.casefold()
        matches = [s for s in self.sittings if s.name.casefold().startswith(folded)]
        if len(matches) == 1:
            return matches[0]
        names = ", ".join(s.name for s in self.sittings)
        raise EventNotFound(f"no sitting named {name_or_id!r} in {self.code} (sittings: {names})")

    def current_sitting(self, at: datetime | None = None) -> SittingInfo | None:
        """The sitting on now, else the next one today, else the last one that began."""
        if not self.sittings:
            return None
        at = at or now()
        for s in self.sittings:
            if s.starts_at <= at < s.ends_at:
                return s
        later_today = [
            s for s in self.sittings if s.starts_at.date() == at.date() and s.starts_at > at
        ]
        if later_today:
            return min(later_today, key=lambda s: s.starts_at)
        begun = [s for s in self.sittings if s.starts_at <= at]
        return max(begun, key=lambda s: s.starts_at) if begun else self.sittings[0]


def normalise_code(code: str) -> str:
    return re.sub(r"[\s\-_]", "", code).upper()


def _validate(data: EventInput) -> None:
    if not data.name.strip():
        raise EventError("name: the event needs a name")
    if not EVENT_CODE_RE.match(normalise_code(data.code)):
        raise EventError("code: 2 to 12 letters A–Z or digits (it is printed in every badge QR)")
    if data.end_date < data.start_date:
        raise EventError("end_date: the event ends before it starts")
    seen: set[str] = set()
    for s in data.sittings:
        if not s.name.strip():
            raise EventError("sittings: every sitting needs a name")
        if s.name.strip() in seen:
            raise EventError(f"sittings: two sittings are named {s.name!r}")
        seen.add(s.name.strip())
        if s.ends_at <= s.starts_at:
            raise EventError(f"sittings: {s.name!r} ends before it starts")
        if s.kind not in SITTING_KINDS:
            raise EventError(f"sittings: unknown kind {s.kind!r}")
    names = [s.name.strip() for s in data.sectors]
    if any(not n for n in names):
        raise EventError("sectors: every sector needs a name")
    if len(set(names)) != len(names):
        raise EventError("sectors: a sector is listed twice")
    if any(s.target < 0 for s in data.sectors):
        raise EventError("sectors: a target cannot be negative")


def _info(event: Event, participant_count: int = 0) -> EventInfo:
    return EventInfo(
        id=event.id,
        code=event.code,
        name=event.name,
        start_date=event.start_date,
        end_date=event.end_date,
        venue=event.venue,
        organiser=event.organiser,
        sittings=tuple(
            SittingInfo(s.id, s.name, s.kind, s.starts_at, s.ends_at) for s in event.sittings
        ),
        sectors=tuple(SectorInfo(s.id, s.name, s.target, s.colour) for s in event.sectors),
        settings=dict(event.settings or {}),
        participant_count=participant_count,
    )


def _apply(session: Session, event: Event, data: EventInput) -> None:
    event.code = normalise_code(data.code)
    event.name = data.name.strip()
    event.start_date = data.start_date
    event.end_date = data.end_date
    event.venue = data.venue.strip()
    event.organiser = data.organiser.strip()

    # Rows are matched by id, else by name, so that check-ins and participants stay attached.
    sittings_by_id = {s.id: s for s in event.sittings}
    sittings_by_name = {s.name: s for s in event.sittings}
    kept_sittings = []
    for pos, si in enumerate(data.sittings):
        sitting = sittings_by_id.get(si.id) if si.id else sittings_by_name.get(si.name.strip())
        if sitting is None:
            sitting = Sitting(event=event)
        sitting.name = si.name.strip()
        sitting.kind = si.kind
        sitting.starts_at = si.starts_at
        sitting.ends_at = si.ends_at
        sitting.position = pos
        kept_sittings.append(sitting)
    event.sittings = kept_sittings

    sectors_by_id = {s.id: s for s in event.sectors}
    sectors_by_name = {s.name: s for s in event.sectors}
    kept_sectors = []
    for pos, se in enumerate(data.sectors):
        sector = sectors_by_id.get(se.id) if se.id else sectors_by_name.get(se.name.strip())
        if sector is None:
            sector = Sector(event=event)
        sector.name = se.name.strip()
        sector.target = se.target
        sector.colour = se.colour or DEFAULT_COLOURS[pos % len(DEFAULT_COLOURS)]
        sector.position = pos
        kept_sectors.append(sector)
    event.sectors = kept_sectors


def create_event(db: Database, data: EventInput, *, desk: str = "") -> EventInfo:
    _validate(data)
    with db.session() as session:
        code = normalise_code(data.code)
        if session.scalar(select(Event.id).where(Event.code == code)) is not None:
            raise EventError(f"code: an event with the code {code} already exists")
        event = Event(settings={}, created_at=now())
        session.add(event)
        _apply(session, event, data)
        session.flush()
        audit.record(session, "create", "event", event.id, desk=desk, code=event.code)
        return _info(event)


def update_event(
    db: Database, event_id: uuid.UUID, data: EventInput, *, desk: str = ""
) -> EventInfo:
    _validate(data)
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise EventNotFound(f"no event with id {event_id}")
        code = normalise_code(data.code)
        clash = session.scalar(select(Event.id).where(Event.code == code, Event.id != event_id))
        if clash is not None:
            raise EventError(f"code: an event with the code {code} already exists")
        _apply(session, event, data)
        session.flush()
        audit.record(session, "update", "event", event.id, desk=desk, code=event.code)
        return _info(event, _count_participants(session, event.id))


def update_settings(db: Database, event_id: uuid.UUID, **values: object) -> None:
    with db.session() as session:
        event = session.get(Event, event_id)
        if event is None:
            raise EventNotFound(f"no event with id {event_id}")
        event.settings = {**(event.settings or {}), **values}


def _count_participants(session: Session, event_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Participant)
            .where(Participant.event_id == event_id, Participant.deleted_at.is_(None))
        )
        or 0
    )


def list_events(db: Database) -> list[EventInfo]:
    """All events, newest first, with their participant counts."""
    with db.session() as session:
        counts = dict(
            session.execute(
                select(Participant.event_id, func.count())
                .where(Participant.deleted_at.is_(None))
                .group_by(Participant.event_id)
            ).all()
        )
        events = session.scalars(select(Event).order_by(Event.start_date.desc(), Event.name))
        return [_info(e, counts.get(e.id, 0)) for e in events]


def get_event(db: Database, code_or_id: str | uuid.UUID | None = None) -> EventInfo:
    """An event by code or id; with none given, the only event, or the newest one."""
    with db.session() as session:
        event: Event | None
        if code_or_id is None:
            event = session.scalars(
                select(Event).order_by(Event.start_date.desc(), Event.created_at.desc())
            ).first()
            if event is None:
                raise EventNotFound("there is no event yet: create one (ecodesk event create)")
        elif isinstance(code_or_id, uuid.UUID):
            event = session.get(Event, code_or_id)
        else:
            event = session.scalars(
                select(Event).where(Event.code == normalise_code(code_or_id))
            ).first()
            if event is None:
                try:
                    event = session.get(Event, uuid.UUID(code_or_id))
                except ValueError:
                    event = None
        if event is None:
            raise EventNotFound(f"no event with the code or id {code_or_id}")
        return _info(event, _count_participants(session, event.id))
