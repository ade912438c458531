"""Attendance: who came to which sitting, counted by sector and by sex.

A check-in counts while it is not undone; a participant counts as attended when at least one
of their check-ins in any sitting counts. Deleted participants count nowhere. Sex is read from
the title (นาย, นาง, นางสาว, …, and ranks ending in หญิง); other titles (ดร., ผศ.) do not tell.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, case, func, select, type_coerce

from ecodesk.db import Database
from ecodesk.db.models import CheckIn, Participant, Sector
from ecodesk.services.events import EventInfo
from ecodesk.services.participants import full_name
from ecodesk.services.thai_text import thai_sort_key

MALE, FEMALE, UNKNOWN_SEX = "ชาย", "หญิง", "ไม่ระบุ"
SEXES = (MALE, FEMALE, UNKNOWN_SEX)
WALK_IN_METHOD = "walk-in"
NO_SECTOR = "ไม่ระบุภาคส่วน"

_MALE_TITLES = frozenset({"นาย", "ด.ช.", "เด็กชาย", "mr", "mr."})
_FEMALE_TITLES = frozenset(
    {"นาง", "นางสาว", "น.ส.", "ด.ญ.", "เด็กหญิง", "mrs", "mrs.", "ms", "ms.", "miss"}
)
# Titles that name a woman whatever comes before: พญ. (แพทย์หญิง), ทพญ., and ranks with หญิง.
_FEMALE_ENDINGS = ("หญิง", "พญ.", "ทพญ.")


def sex_from_title(title: str) -> str:
    """ชาย, หญิง or ไม่ระบุ as far as the title tells."""
    words = title.strip().casefold().split()
    if not words:
        return UNKNOWN_SEX
    first = words[0]
    if first in _MALE_TITLES:
        return MALE
    if first in _FEMALE_TITLES or any(w.endswith(_FEMALE_ENDINGS) for w in words):
        return FEMALE
    return UNKNOWN_SEX


@dataclass(frozen=True)
class SittingCount:
    sitting_id: uuid.UUID
    name: str
    starts_at: datetime
    attended: int


@dataclass(frozen=True)
class GroupCount:
    """A sector or a sex: its target (sectors only), registered and attended counts."""

    name: str
    target: int
    registered: int
    attended: int

    @property
    def percent_of_target(self) -> float | None:
        return self.attended * 100 / self.target if self.target else None

    @property
    def percent_attended(self) -> float | None:
        return self.attended * 100 / self.registered if self.registered else None


@dataclass(frozen=True)
class AttendanceSummary:
    registered: int
    attended: int
    walk_ins: int
    sittings: tuple[SittingCount, ...]
    sectors: tuple[GroupCount, ...]
    sexes: tuple[GroupCount, ...]

    @property
    def rate(self) -> float | None:
        """Attended ÷ registered × 100."""
        return self.attended * 100 / self.registered if self.registered else None

    @property
    def target(self) -> int:
        return sum(s.target for s in self.sectors)


@dataclass(frozen=True, slots=True)
class RosterEntry:
    """One participant as the report lists them; lean, as an event may have 100,000."""

    title: str
    first_name: str
    last_name: str
    organisation: str
    position: str
    sector: str
    is_walk_in: bool
    #: First check-in that was not undone, per sitting in the event's order (None: absent).
    checkins: tuple[datetime | None, ...]

    @property
    def full_name(self) -> str:
        return full_name(self.title, self.first_name, self.last_name)

    @property
    def attended(self) -> bool:
        return any(t is not None for t in self.checkins)


def _hex(column: Any) -> Any:
    """A UUID column read as its stored text: building 100,000s of UUID objects costs seconds."""
    return type_coerce(column, String)


def roster(db: Database, event: EventInfo) -> list[RosterEntry]:
    """The event's participants (not deleted) in Thai dictionary order, with check-in times.

    A participant is a walk-in when added as one or checked in by the walk-in path.
    """
    column = {s.id.hex: i for i, s in enumerate(event.sittings)}
    absent: tuple[datetime | None, ...] = (None,) * len(column)
    with db.session() as session:
        times: dict[str, list[datetime | None]] = {}
        walked_in: set[str] = set()
        for pid, sid, first, walk in session.execute(
            select(
                _hex(CheckIn.participant_id),
                _hex(CheckIn.sitting_id),
                func.min(CheckIn.checked_in_at),
                func.max(case((CheckIn.method == WALK_IN_METHOD, 1), else_=0)),
            )
            .where(CheckIn.sitting_id.in_([s.id for s in event.sittings]))
            .where(CheckIn.undone_at.is_(None))
            .group_by(CheckIn.participant_id, CheckIn.sitting_id)
        ):
            times.setdefault(pid, list(absent))[column[sid]] = first
            if walk:
                walked_in.add(pid)
        rows = session.execute(
            select(
                _hex(Participant.id),
                Participant.title,
                Participant.first_name,
                Participant.last_name,
                Participant.organisation,
                Participant.position,
                func.coalesce(Sector.name, ""),
                Participant.is_walk_in,
            )
            .outerjoin(Sector, Sector.id == Participant.sector_id)
            .where(Participant.event_id == event.id, Participant.deleted_at.is_(None))
        )
        entries = [
            RosterEntry(
                title, first, last, org, position, sector, bool(walk) or pid in walked_in,
                tuple(times[pid]) if pid in times else absent,
            )
            for pid, title, first, last, org, position, sector, walk in rows
        ]  # fmt: skip
    # One flat key (first name's key, then last name's): flat tuples compare faster than nested.
    entries.sort(key=lambda e: (*thai_sort_key(e.first_name), *thai_sort_key(e.last_name)))
    return entries


def summarise(entries: Sequence[RosterEntry], event: EventInfo) -> AttendanceSummary:
    """Counts over a roster of the event."""
    per_sitting = [0] * len(event.sittings)
    by_sector: dict[str, list[int]] = {s.name: [0, 0] for s in event.sectors}
    by_sex: dict[str, list[int]] = {sex: [0, 0] for sex in SEXES}
    attended = walk_ins = 0
    for e in entries:
        came = e.attended
        attended += came
        walk_ins += e.is_walk_in
        for i, at in enumerate(e.checkins):
            per_sitting[i] += at is not None
        for group in (
            by_sector.setdefault(e.sector or NO_SECTOR, [0, 0]),
            by_sex[sex_from_title(e.title)],
        ):
            group[0] += 1
            group[1] += came
    targets = {s.name: s.target for s in event.sectors}
    return AttendanceSummary(
        registered=len(entries),
        attended=attended,
        walk_ins=walk_ins,
        sittings=tuple(
            SittingCount(s.id, s.name, s.starts_at, count)
            for s, count in zip(event.sittings, per_sitting, strict=True)
        ),
        sectors=tuple(
            GroupCount(name, targets.get(name, 0), reg, came)
            for name, (reg, came) in by_sector.items()
            # The event's sectors always show; others only when someone is in them.
            if name in targets or reg
        ),
        sexes=tuple(GroupCount(sex, 0, reg, came) for sex, (reg, came) in by_sex.items() if reg),
    )


def attendance_summary(db: Database, event: EventInfo) -> AttendanceSummary:
    """The event's attendance figures."""
    return summarise(roster(db, event), event)
