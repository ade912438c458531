"""Checking people in to a sitting: the fast path behind the desk's scanner, camera and search.

A check-in is one committed transaction: the result says "ok" only after the commit, so a
check-in the screen confirmed survives a power cut (the database runs WAL with
``synchronous=FULL``). The hot path uses SQLAlchemy Core with statements built once (their
compiled form is cached): one indexed look-up and one ``INSERT … SELECT … WHERE NOT EXISTS``
that adds the row only when the person has no active check-in in the sitting, so two desks
scanning the same badge cannot both succeed.

Check-ins are append-only: an undo marks the row undone; the person can check in again.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    Table,
    and_,
    bindparam,
    exists,
    func,
    insert,
    select,
    update,
)

from ecodesk.db import Database
from ecodesk.db.models import CheckIn, Participant, RevokedToken, Sector
from ecodesk.services.checkin_numbers import LiveNumbers, live_numbers
from ecodesk.services.clock import now
from ecodesk.services.events import EventInfo, SittingInfo
from ecodesk.services.keyboard_layout import readings
from ecodesk.services.participants import full_name
from ecodesk.services.tokens import PAYLOAD_PREFIX, BadgeCode, parse_code

METHODS = ("scan", "webcam", "search", "walk-in")


class Status(StrEnum):
    OK = "ok"
    ALREADY = "already"
    UNKNOWN = "unknown"
    OTHER_EVENT = "other_event"
    REVOKED = "revoked"
    WRONG_DAY = "wrong_day"


class UndoStatus(StrEnum):
    UNDONE = "undone"
    ALREADY_UNDONE = "already_undone"
    NOT_FOUND = "not_found"


@dataclass(frozen=True)
class Person:
    id: uuid.UUID
    title: str
    first_name: str
    last_name: str
    organisation: str
    position: str
    sector: str
    is_walk_in: bool

    @property
    def full_name(self) -> str:
        return full_name(self.title, self.first_name, self.last_name)


@dataclass(frozen=True)
class CheckInResult:
    """What the desk shows. For ``ok`` the new check-in; for ``already`` the earlier one."""

    status: Status
    text: str
    person: Person | None = None
    checkin_id: uuid.UUID | None = None
    at: datetime | None = None
    desk: str = ""
    method: str = ""
    # The other event's code, or why a known code is refused.
    detail: str = ""


@dataclass(frozen=True)
class UndoResult:
    status: UndoStatus
    checkin_id: uuid.UUID
    person: Person | None = None
    at: datetime | None = None


@dataclass(frozen=True)
class RecentCheckIn:
    id: uuid.UUID
    person: Person
    at: datetime
    desk: str
    method: str
    undone_at: datetime | None


_p = cast(Table, Participant.__table__)
_s = cast(Table, Sector.__table__)
_c = cast(Table, CheckIn.__table__)
_r = cast(Table, RevokedToken.__table__)

_PERSON = (
    _p.c.id,
    _p.c.title,
    _p.c.first_name,
    _p.c.last_name,
    _p.c.organisation,
    _p.c.position,
    func.coalesce(_s.c.name, "").label("sector"),
    _p.c.is_walk_in,
)
_PEOPLE = _p.outerjoin(_s, _s.c.id == _p.c.sector_id)
_FIND = select(*_PERSON, _p.c.event_id, _p.c.deleted_at).select_from(_PEOPLE)
_BY_TOKEN = _FIND.where(_p.c.token == bindparam("token"))
_BY_SHORT_CODE = _FIND.where(
    _p.c.event_id == bindparam("event_id"), _p.c.short_code == bindparam("short_code")
)
_BY_ID = _FIND.where(_p.c.id == bindparam("participant_id"))
_REVOKED_TOKEN = select(*_PERSON, _p.c.event_id).select_from(
    _r.join(_PEOPLE, _p.c.id == _r.c.participant_id)
)
_REVOKED_BY_TOKEN = _REVOKED_TOKEN.where(_r.c.token == bindparam("token"))
_REVOKED_BY_SHORT_CODE = _REVOKED_TOKEN.where(
    _p.c.event_id == bindparam("event_id"), _r.c.short_code == bindparam("short_code")
)

_ACTIVE = and_(
    _c.c.participant_id == bindparam("participant_id"),
    _c.c.sitting_id == bindparam("sitting_id"),
    _c.c.undone_at.is_(None),
)
_INSERT = insert(_c).from_select(
    ["id", "participant_id", "sitting_id", "desk", "method", "checked_in_at"],
    select(
        bindparam("id", type_=_c.c.id.type),
        bindparam("participant_id", type_=_c.c.participant_id.type),
        bindparam("sitting_id", type_=_c.c.sitting_id.type),
        bindparam("desk", type_=_c.c.desk.type),
        bindparam("method", type_=_c.c.method.type),
        bindparam("at", type_=_c.c.checked_in_at.type),
    ).where(~exists().where(_ACTIVE)),
)
_EARLIER = (
    select(_c.c.id, _c.c.checked_in_at, _c.c.desk, _c.c.method)
    .where(_ACTIVE)
    .order_by(_c.c.checked_in_at)
    .limit(1)
)
_UNDO = (
    update(_c)
    .where(_c.c.id == bindparam("checkin_id"), _c.c.undone_at.is_(None))
    .values(undone_at=bindparam("undo_at"), undone_by=bindparam("by_desk"))
)
_CHECKIN_BY_ID = select(_c.c.participant_id, _c.c.undone_at).where(
    _c.c.id == bindparam("checkin_id")
)


def read_code(text: str) -> BadgeCode | None:
    """The badge code in what a scanner or a person typed, in whichever keyboard layout."""
    for reading in readings(text):
        code = parse_code(reading)
        if code is None:
            # A scan into a field that still held half-typed text: the payload is at the end.
            start = reading.upper().rfind(PAYLOAD_PREFIX + ":")
            code = parse_code(reading[start:]) if start > 0 else None
        if code is not None:
            return code
    return None


def _person(row: Any) -> Person:
    return Person(
        row.id,
        row.title,
        row.first_name,
        row.last_name,
        row.organisation,
        row.position,
        row.sector,
        bool(row.is_walk_in),
    )


class CheckInDesk:
    """Check-ins of one desk into one sitting of an event.

    ``allow_other_day`` accepts check-ins into a sitting that is not on today's date (typing
    in a paper sheet afterwards); without it such a check-in is refused as ``wrong_day``.
    """

    def __init__(
        self,
        db: Database,
        event: EventInfo,
        sitting: SittingInfo,
        desk: str,
        *,
        allow_other_day: bool = False,
    ) -> None:
        if sitting not in event.sittings:
            raise ValueError(f"the sitting {sitting.name!r} is not a sitting of {event.code}")
        self.db = db
        self.event = event
        self.sitting = sitting
        self.desk = desk
        self.allow_other_day = allow_other_day

    # --- checking in ---------------------------------------------------------------------

    def check_in_text(self, text: str, method: str = "scan") -> CheckInResult:
        """Check in whoever ``text`` names: a badge payload or a short code, in any layout."""
        code = read_code(text)
        if code is None:
            return CheckInResult(Status.UNKNOWN, text.strip())
        with self.db.engine.connect() as conn:
            if code.token is not None:
                if code.event_code != self.event.code:
                    row = conn.execute(_BY_TOKEN, {"token": code.token}).first()
                    return CheckInResult(
                        Status.OTHER_EVENT,
                        text.strip(),
                        _person(row) if row else None,
                        detail=code.event_code or "",
                    )
                row = conn.execute(_BY_TOKEN, {"token": code.token}).first()
                revoked: tuple[Any, dict[str, object]] = (
                    _REVOKED_BY_TOKEN,
                    {"token": code.token},
                )
            else:
                key: dict[str, object] = {
                    "event_id": self.event.id,
                    "short_code": code.short_code,
                }
                row = conn.execute(_BY_SHORT_CODE, key).first()
                revoked = (_REVOKED_BY_SHORT_CODE, key)
            if row is None:
                gone = conn.execute(*revoked).first()
                if gone is not None and gone.event_id == self.event.id:
                    return CheckInResult(Status.REVOKED, text.strip(), _person(gone))
                return CheckInResult(Status.UNKNOWN, text.strip())
            return self._check_in_row(conn, row, text.strip(), method)

    def check_in_participant(self, participant_id: uuid.UUID, method: str) -> CheckInResult:
        """Check in a person chosen by name (search) or just registered (walk-in)."""
        with self.db.engine.connect() as conn:
            row = conn.execute(_BY_ID, {"participant_id": participant_id}).first()
            if row is None:
                return CheckInResult(Status.UNKNOWN, str(participant_id))
            return self._check_in_row(conn, row, str(participant_id), method)

    def _check_in_row(self, conn: Any, row: Any, text: str, method: str) -> CheckInResult:
        if method not in METHODS:
            raise ValueError(f"unknown check-in method {method!r} (one of {', '.join(METHODS)})")
        person = _person(row)
        if row.event_id != self.event.id:
            return CheckInResult(Status.OTHER_EVENT, text, person, detail="")
        if row.deleted_at is not None:
            return CheckInResult(Status.UNKNOWN, text, person, detail="deleted")
        at = now()
        if not self.allow_other_day and self.sitting.starts_at.date() != at.date():
            return CheckInResult(
                Status.WRONG_DAY, text, person, detail=self.sitting.starts_at.date().isoformat()
            )
        params = {"participant_id": person.id, "sitting_id": self.sitting.id}
        new_id = uuid.uuid4()
        # The look-up above began the transaction; the commit ends it before "ok" is said.
        added = conn.execute(
            _INSERT, {**params, "id": new_id, "desk": self.desk, "method": method, "at": at}
        ).rowcount
        if not added:
            earlier = conn.execute(_EARLIER, params).one()
        conn.commit()
        if added:
            return CheckInResult(Status.OK, text, person, new_id, at, self.desk, method)
        return CheckInResult(
            Status.ALREADY,
            text,
            person,
            earlier.id,
            earlier.checked_in_at,
            earlier.desk,
            earlier.method,
        )

    # --- undo, recent, numbers -----------------------------------------------------------

    def undo(self, checkin_id: uuid.UUID) -> UndoResult:
        return undo_check_in(self.db, checkin_id, self.desk)

    def recent(self, limit: int = 20) -> list[RecentCheckIn]:
        """The latest check-ins of the sitting from every desk, newest first, undone included."""
        query = (
            select(*_PERSON, _c.c.id.label("checkin_id"), _c.c.checked_in_at, _c.c.desk)
            .add_columns(_c.c.method, _c.c.undone_at)
            .select_from(_c.join(_PEOPLE, _p.c.id == _c.c.participant_id))
            .where(_c.c.sitting_id == self.sitting.id)
            .order_by(_c.c.checked_in_at.desc())
            .limit(limit)
        )
        with self.db.engine.connect() as conn:
            return [
                RecentCheckIn(
                    r.checkin_id, _person(r), r.checked_in_at, r.desk, r.method, r.undone_at
                )
                for r in conn.execute(query)
            ]

    def numbers(
        self, at: datetime | None = None, registered: dict[uuid.UUID | None, int] | None = None
    ) -> LiveNumbers:
        return live_numbers(self.db, self.event, self.sitting, at, registered)


def undo_check_in(db: Database, checkin_id: uuid.UUID, desk: str) -> UndoResult:
    """Mark a check-in undone (never deleted); the person may then check in again."""
    at = now()
    with db.engine.begin() as conn:
        found = conn.execute(_CHECKIN_BY_ID, {"checkin_id": checkin_id}).first()
        if found is None:
            return UndoResult(UndoStatus.NOT_FOUND, checkin_id)
        row = conn.execute(_BY_ID, {"participant_id": found.participant_id}).first()
        person = _person(row) if row else None
        if found.undone_at is not None:
            return UndoResult(UndoStatus.ALREADY_UNDONE, checkin_id, person, found.undone_at)
        conn.execute(_UNDO, {"checkin_id": checkin_id, "undo_at": at, "by_desk": desk})
    return UndoResult(UndoStatus.UNDONE, checkin_id, person, at)


def people(db: Database, ids: Sequence[uuid.UUID]) -> list[Person]:
    """The people with these ids, in the order given (a search's matches, for the list)."""
    if not ids:
        return []
    query = select(*_PERSON).select_from(_PEOPLE).where(_p.c.id.in_(list(ids)))
    with db.engine.connect() as conn:
        found = {row.id: _person(row) for row in conn.execute(query)}
    return [found[i] for i in ids if i in found]


def sitting_for(event: EventInfo, name: str | None, at: datetime | None = None) -> SittingInfo:
    """The sitting named (see ``EventInfo.sitting``), else the one on now."""
    if name:
        return event.sitting(name)
    current = event.current_sitting(at)
    if current is None:
        raise LookupError(f"the event {event.code} has no sittings to check in to")
    return current
