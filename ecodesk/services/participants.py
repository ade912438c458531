"""The participant registry: adding, listing, editing and deleting the people of an event."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from operator import attrgetter
from typing import cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from ecodesk.db import Database
from ecodesk.db.bulk import Driver, RowWriter, Same, SessionWriter
from ecodesk.db.models import (
    AuditEntry,
    CheckIn,
    Participant,
    RevokedToken,
    Sector,
    new_id_hexes,
)
from ecodesk.services import audit
from ecodesk.services.clock import now
from ecodesk.services.thai_text import (
    clean_email,
    clean_phone,
    clean_text,
    fold_for_search,
    fold_many,
    is_email_address,
    is_mistyped_phone,
    thai_sort_key,
)
from ecodesk.services.tokens import new_short_codes, new_tokens

PARTICIPANTS = cast(Table, Participant.__table__)
SECTORS = cast(Table, Sector.__table__)


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
    batch = ParticipantBatch(SessionWriter(session), event_id, known_sectors(session, event_id))
    batch.add_sectors(names)
    return batch.sectors


def known_sectors(session: Session, event_id: uuid.UUID) -> dict[str, uuid.UUID]:
    return {
        name: sid
        for name, sid in session.execute(
            select(Sector.name, Sector.id).where(Sector.event_id == event_id)
        )
    }


_SECTOR_COLOUR = SECTORS.c.colour.default.arg  # type: ignore[union-attr]


class ParticipantBatch:
    """People added in one transaction, a batch at a time: each with a fresh id, token and
    short code, new sectors written before the people that name them."""

    def __init__(
        self,
        writer: RowWriter,
        event_id: uuid.UUID,
        sectors: dict[str, uuid.UUID],
        taken: set[str] | None = None,
    ) -> None:
        self.writer = writer
        self.event_id = event_id
        self.sectors = sectors
        self.taken = taken if taken is not None else set()
        self.count = 0
        self.stamp = now()

    def add_sectors(self, names: Iterable[str]) -> None:
        new = [n for n in dict.fromkeys(names) if n and n not in self.sectors]
        if not new:
            return
        ids = [uuid.uuid4() for _ in new]
        first = len(self.sectors)
        self.writer.insert(
            SECTORS,
            {
                "id": ids,
                "event_id": Same(self.event_id),
                "name": new,
                "target": Same(0),
                "colour": Same(_SECTOR_COLOUR),
                "position": list(range(first, first + len(new))),
            },
        )
        self.sectors.update(zip(new, ids, strict=True))

    def add(self, people: list[ParticipantInput]) -> list[str]:
        """Write ``people``; returns their ids as stored (32 hex digits)."""
        if not people:
            return []
        self.add_sectors(p.sector for p in people)
        n = len(people)
        ids = new_id_hexes(n)
        codes = new_short_codes(n, self.taken)
        self.taken.update(codes)
        stored = {name: sector_id.hex for name, sector_id in self.sectors.items()}
        columns = zip(*map(_stored_fields, people), strict=True)
        fields = dict(zip(_STORED_FIELDS, columns, strict=True))
        sectors = fields.pop("sector")
        self.writer.insert(
            PARTICIPANTS,
            {
                **fields,
                "id": Driver(ids),
                "event_id": Same(self.event_id),
                "sector_id": Driver([stored.get(name) for name in sectors]),
                "token": new_tokens(n),
                "short_code": codes,
                "created_at": Same(self.stamp),
                "updated_at": Same(self.stamp),
            },
        )
        self.count += n
        return ids


# Stored as given; read off each person in one pass of C.
_STORED_FIELDS = ("title", "first_name", "last_name", "organisation", "position", "sector",
                  "phone", "email", "consent", "source", "is_walk_in")  # fmt: skip
_stored_fields = attrgetter(*_STORED_FIELDS)


def _insert(session: Session, event_id: uuid.UUID, people: list[ParticipantInput]) -> list[str]:
    batch = ParticipantBatch(
        SessionWriter(session),
        event_id,
        known_sectors(session, event_id),
        taken_short_codes(session, event_id),
    )
    return batch.add(people)


def insert_participants(
    session: Session, event_id: uuid.UUID, people: list[ParticipantInput], *, desk: str = ""
) -> list[uuid.UUID]:
    """Insert people with fresh tokens and short codes in one bulk statement."""
    if not people:
        return []
    ids = _insert(session, event_id, people)
    audit.record(session, "add", "participants", event_id, desk=desk, count=len(ids))
    return [uuid.UUID(i) for i in ids]


def add_participant(
    db: Database, event_id: uuid.UUID, person: ParticipantInput, *, desk: str = ""
) -> uuid.UUID:
    """One person (a walk-in, typically), named in the audit log as edits and deletes are."""
    with db.session() as session:
        pid = uuid.UUID(_insert(session, event_id, [person])[0])
        audit.record(session, "add", "participant", pid, desk=desk, source=person.source)
        return pid


class ParticipantError(ValueError):
    """A participant that cannot be saved as given; the message names the field, and
    ``field`` is its name in ``ParticipantInput`` ('' for none)."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ParticipantRow:
    """One participant as the table, the CLI and the badge pages read it."""

    id: uuid.UUID
    title: str
    first_name: str
    last_name: str
    organisation: str
    position: str
    sector: str
    phone: str
    email: str
    consent: bool | None
    source: str
    is_walk_in: bool
    token: str
    short_code: str
    badge_printed_at: datetime | None
    created_at: datetime
    updated_at: datetime
    # First check-in that was not undone, by sitting id.
    checkins: dict[uuid.UUID, datetime] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return full_name(self.title, self.first_name, self.last_name)


def full_name(title: str, first: str, last: str) -> str:
    """'นายสมชาย ใจดี' (a Thai title is written against the name), 'Mr. John Smith'."""
    name = f"{first} {last}".strip()
    if not title:
        return name
    thai = "\u0e01" <= title[-1] <= "\u0e4f" or (title.endswith(".") and not title.isascii())
    return f"{title}{name}" if thai else f"{title} {name}"


def _checkins(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, dict[uuid.UUID, datetime]]:
    rows = session.execute(
        select(CheckIn.participant_id, CheckIn.sitting_id, func.min(CheckIn.checked_in_at))
        .join(Participant, Participant.id == CheckIn.participant_id)
        .where(Participant.event_id == event_id, CheckIn.undone_at.is_(None))
        .group_by(CheckIn.participant_id, CheckIn.sitting_id)
    )
    found: dict[uuid.UUID, dict[uuid.UUID, datetime]] = {}
    for participant_id, sitting_id, at in rows:
        found.setdefault(participant_id, {})[sitting_id] = at
    return found


_ROW_COLUMNS = (
    Participant.id,
    Participant.title,
    Participant.first_name,
    Participant.last_name,
    Participant.organisation,
    Participant.position,
    func.coalesce(Sector.name, "").label("sector"),
    Participant.phone,
    Participant.email,
    Participant.consent,
    Participant.source,
    Participant.is_walk_in,
    Participant.token,
    Participant.short_code,
    Participant.badge_printed_at,
    Participant.created_at,
    Participant.updated_at,
)


def list_participants(
    db: Database, event_id: uuid.UUID, *, ids: Iterable[uuid.UUID] | None = None
) -> list[ParticipantRow]:
    """The event's participants (not deleted), in Thai dictionary order of their names."""
    with db.session() as session:
        query = (
            select(*_ROW_COLUMNS)
            .outerjoin(Sector, Sector.id == Participant.sector_id)
            .where(Participant.event_id == event_id, Participant.deleted_at.is_(None))
        )
        if ids is not None:
            query = query.where(Participant.id.in_(list(ids)))
        checkins = _checkins(session, event_id)
        rows = [
            ParticipantRow(*r, checkins=checkins.get(r.id, {}))  # type: ignore[call-arg]
            for r in session.execute(query)
        ]
    rows.sort(key=lambda r: (thai_sort_key(r.first_name), thai_sort_key(r.last_name)))
    return rows


def get_participant(db: Database, participant_id: uuid.UUID) -> ParticipantRow:
    with db.session() as session:
        event_id = session.scalar(
            select(Participant.event_id).where(Participant.id == participant_id)
        )
    found = list_participants(db, event_id, ids=[participant_id]) if event_id else []
    if not found:
        raise ParticipantError(f"no participant with id {participant_id}")
    return found[0]


def clean_input(person: ParticipantInput, kept: Collection[str] = ()) -> ParticipantInput:
    """The form's values as they will be stored; refuses a person without a name, and a
    phone or e-mail that is clearly mistyped unless it is one of ``kept``: what is stored
    already (an import keeps what it cannot read as written; an edit of another field must
    not stop at it)."""
    cleaned = replace(
        person,
        title=clean_text(person.title),
        first_name=clean_text(person.first_name),
        last_name=clean_text(person.last_name),
        organisation=clean_text(person.organisation),
        position=clean_text(person.position),
        sector=clean_text(person.sector),
        phone=clean_phone(person.phone),
        email=clean_email(clean_text(person.email)),
    )
    if not cleaned.first_name:
        raise ParticipantError("first name: a participant needs a name", "first_name")
    if cleaned.phone not in kept and is_mistyped_phone(cleaned.phone):
        raise ParticipantError(f"phone: {cleaned.phone} is no phone number", "phone")
    if cleaned.email and cleaned.email not in kept and not is_email_address(cleaned.email):
        raise ParticipantError(f"e-mail: {cleaned.email} is no e-mail address", "email")
    return cleaned


def update_participant(
    db: Database, participant_id: uuid.UUID, person: ParticipantInput, *, desk: str = ""
) -> None:
    """Save an edit; the audit log keeps what each changed field was before."""
    with db.session() as session:
        p = session.get(Participant, participant_id)
        if p is None or p.deleted_at is not None:
            raise ParticipantError("this participant was deleted meanwhile")
        person = clean_input(person, kept=(p.phone, p.email))
        sector = sector_ids(session, p.event_id, [person.sector]).get(person.sector)
        values = {
            "title": person.title,
            "first_name": person.first_name,
            "last_name": person.last_name,
            "organisation": person.organisation,
            "position": person.position,
            "sector_id": sector if person.sector else None,
            "phone": person.phone,
            "email": person.email,
            "consent": person.consent,
        }
        changed = {k: str(getattr(p, k)) for k, v in values.items() if getattr(p, k) != v}
        if not changed:
            return
        for key, value in values.items():
            setattr(p, key, value)
        p.updated_at = now()
        audit.record(session, "edit", "participant", p.id, desk=desk, before=changed)


def edits_before(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, list[dict[str, str]]]:
    """Of each participant edited at the desk, what each edit changed, as it was before it
    (see ``update_participant``), the latest edit first."""
    edited = session.execute(
        select(AuditEntry.entity_id, AuditEntry.detail)
        .where(
            AuditEntry.action == "edit",
            AuditEntry.entity == "participant",
            AuditEntry.entity_id.in_(
                select(Participant.id).where(Participant.event_id == event_id)
            ),
        )
        .order_by(AuditEntry.at.desc())
    )
    found: dict[uuid.UUID, list[dict[str, str]]] = {}
    for pid, detail in edited:
        found.setdefault(pid, []).append(detail.get("before", {}))
    return found


def _set_deleted(db: Database, ids: list[uuid.UUID], deleted: bool, *, desk: str) -> None:
    stamp = now() if deleted else None
    with db.session() as session:
        session.execute(
            update(Participant)
            .where(Participant.id.in_(ids))
            .values(deleted_at=stamp, updated_at=now())
        )
        action = "delete" if deleted else "restore"
        for pid in ids:
            audit.record(session, action, "participant", pid, desk=desk)


def delete_participants(db: Database, ids: list[uuid.UUID], *, desk: str = "") -> None:
    """Soft delete: the rows stay (with their check-ins) so that Undo can bring them back."""
    _set_deleted(db, ids, True, desk=desk)


def restore_participants(db: Database, ids: list[uuid.UUID], *, desk: str = "") -> None:
    _set_deleted(db, ids, False, desk=desk)


def distinct_values(db: Database, event_id: uuid.UUID, column: str) -> list[str]:
    """What the event already has in a column (organisation, position, title), for completion."""
    attr = getattr(Participant, column)
    with db.session() as session:
        values = session.scalars(
            select(attr)
            .where(Participant.event_id == event_id, Participant.deleted_at.is_(None), attr != "")
            .distinct()
        )
        return sorted(values, key=thai_sort_key)


def name_key(first: str, last: str) -> str:
    """Names compared as a person reads them: spaces, tone marks and case do not count."""
    return fold_for_search(first + last)


def name_keys(people: Sequence[ParticipantInput]) -> list[str]:
    """``name_key`` of many people at once."""
    return fold_many([p.first_name + p.last_name for p in people], cleaned=True)


def possible_duplicates(rows: Iterable[ParticipantRow]) -> set[uuid.UUID]:
    """People who share a name with someone else in the list, for a person to decide about."""
    by_name: dict[str, list[uuid.UUID]] = {}
    for r in rows:
        by_name.setdefault(name_key(r.first_name, r.last_name), []).append(r.id)
    return {pid for ids in by_name.values() if len(ids) > 1 for pid in ids}
