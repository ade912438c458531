"""Attendance: who came to which sitting, counted by sector and by sex.

A check-in counts while it is not undone; a participant counts as attended when at least one
of their check-ins in any sitting counts. Deleted participants count nowhere. Sex is read from
the title (นาย, นาง, นางสาว, …, and ranks ending in หญิง); other titles (ดร., ผศ.) do not tell.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence, Set
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ecodesk.db import Database
from ecodesk.db.models import CheckIn, Participant, Sitting
from ecodesk.services.events import EventInfo, SectorInfo, SittingInfo
from ecodesk.services.participants import ParticipantRow, list_participants

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


def walk_in_ids(db: Database, event_id: uuid.UUID) -> set[uuid.UUID]:
    """Participants added as walk-ins or checked in by the walk-in path (not undone)."""
    with db.session() as session:
        flagged = session.scalars(
            select(Participant.id).where(
                Participant.event_id == event_id, Participant.is_walk_in.is_(True)
            )
        )
        checked = session.scalars(
            select(CheckIn.participant_id)
            .join(Sitting, Sitting.id == CheckIn.sitting_id)
            .where(
                Sitting.event_id == event_id,
                CheckIn.undone_at.is_(None),
                CheckIn.method == WALK_IN_METHOD,
            )
        )
        return set(flagged) | set(checked)


def summarise(
    people: Sequence[ParticipantRow],
    walk_ins: Set[uuid.UUID],
    sittings: Sequence[SittingInfo],
    sectors: Sequence[SectorInfo],
) -> AttendanceSummary:
    """Counts over the event's participants (not deleted) and their check-ins."""
    per_sitting = dict.fromkeys((s.id for s in sittings), 0)
    by_sector: dict[str, list[int]] = {s.name: [0, 0] for s in sectors}
    by_sex: dict[str, list[int]] = {sex: [0, 0] for sex in SEXES}
    attended = walked_in = 0
    for p in people:
        came = bool(p.checkins)
        attended += came
        walked_in += p.id in walk_ins
        for sitting_id in p.checkins:
            if sitting_id in per_sitting:
                per_sitting[sitting_id] += 1
        for group in (
            by_sector.setdefault(p.sector or NO_SECTOR, [0, 0]),
            by_sex[sex_from_title(p.title)],
        ):
            group[0] += 1
            group[1] += came
    targets = {s.name: s.target for s in sectors}
    return AttendanceSummary(
        registered=len(people),
        attended=attended,
        walk_ins=walked_in,
        sittings=tuple(
            SittingCount(s.id, s.name, s.starts_at, per_sitting[s.id]) for s in sittings
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
    return summarise(
        list_participants(db, event.id), walk_in_ids(db, event.id), event.sittings, event.sectors
    )
