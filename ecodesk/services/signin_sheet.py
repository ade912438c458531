"""The official sign-in sheet (ใบลงทะเบียน): who is listed, in which order, for which sittings.

Phone numbers and e-mail never reach the sheet; signatures are never pre-filled (each
person signs for themselves: the sheet is the evidence for expense claims).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from ecodesk.db import Database
from ecodesk.db.models import Participant
from ecodesk.services.events import EventInfo, SittingInfo, get_event
from ecodesk.services.participants import full_name
from ecodesk.services.thai_dates import format_date
from ecodesk.services.thai_text import thai_sort_key

# Certifying officials printed at the foot: event setting, a list of {"name", "position"}.
CERTIFIERS_SETTING = "signin_certifiers"
DEFAULT_CERTIFIER_ROLES = ("ผู้ตรวจสอบ", "ผู้รับรอง")


@dataclass(frozen=True)
class SigninRow:
    """A person's row, or (``group`` set) the heading of a sector group."""

    number: int = 0
    name: str = ""
    position: str = ""
    organisation: str = ""
    group: str = ""


@dataclass(frozen=True)
class Certifier:
    role: str
    name: str = ""
    position: str = ""


@dataclass(frozen=True)
class SigninSheet:
    title: str
    event_name: str
    date_text: str
    time_text: str
    venue: str
    organiser: str
    sittings: tuple[str, ...]
    rows: tuple[SigninRow, ...]
    certifiers: tuple[Certifier, ...]

    @property
    def people(self) -> int:
        return sum(1 for r in self.rows if not r.group)


def _sittings_of_day(event: EventInfo, day: date) -> list[SittingInfo]:
    return [s for s in event.sittings if s.starts_at.date() == day]


def _certifiers(event: EventInfo) -> tuple[Certifier, ...]:
    configured = event.settings.get(CERTIFIERS_SETTING)
    if isinstance(configured, list) and configured:
        return tuple(
            Certifier(
                role=str(c.get("role", "ผู้รับรอง")),
                name=str(c.get("name", "")),
                position=str(c.get("position", "")),
            )
            for c in configured
            if isinstance(c, dict)
        )
    return tuple(Certifier(role) for role in DEFAULT_CERTIFIER_ROLES)


def signin_sheet(
    db: Database,
    event_id: uuid.UUID,
    *,
    day: date | None = None,
    sitting: str | None = None,
    by_sector: bool = False,
) -> SigninSheet:
    """The sheet of one day (default: the sitting's day, else the event's first day).

    With ``sitting`` the sheet has that sitting's signature column only; otherwise one
    column per sitting of the day. Rows are in Thai dictionary order of the name, or grouped
    by sector in the event's sector order.
    """
    event = get_event(db, event_id)
    chosen = event.sitting(sitting) if sitting else None
    if chosen is not None:
        day = chosen.starts_at.date()
    day = day or event.start_date
    sittings = [chosen] if chosen else _sittings_of_day(event, day)

    with db.session() as session:
        people = session.execute(
            select(
                Participant.title,
                Participant.first_name,
                Participant.last_name,
                Participant.position,
                Participant.organisation,
                Participant.sector_id,
            ).where(Participant.event_id == event.id, Participant.deleted_at.is_(None))
        ).all()
    people = sorted(people, key=lambda p: (thai_sort_key(p.first_name), thai_sort_key(p.last_name)))
    sector_names = {s.id: s.name for s in event.sectors}
    groups: list[tuple[str, list[Any]]] = []
    if by_sector:
        order = [s.id for s in event.sectors] + [None]
        for sector_id in order:
            members = [p for p in people if p.sector_id == sector_id]
            if members:
                label = sector_names[sector_id] if sector_id else "ไม่ระบุภาคส่วน"
                groups.append((label, members))
    else:
        groups.append(("", people))

    rows: list[SigninRow] = []
    number = 0
    for label, members in groups:
        if label:
            rows.append(SigninRow(group=f"{label} ({len(members)} คน)"))
        for p in members:
            number += 1
            rows.append(
                SigninRow(
                    number=number,
                    name=full_name(p.title, p.first_name, p.last_name),
                    position=p.position,
                    organisation=p.organisation,
                )
            )
    if sittings:
        start = min(s.starts_at for s in sittings)
        end = max(s.ends_at for s in sittings)
        time_text = f"{start:%H.%M}–{end:%H.%M} น."
    else:
        time_text = ""
    return SigninSheet(
        title="ใบลงทะเบียนผู้เข้าร่วม" + (f" ({chosen.name})" if chosen else ""),
        event_name=event.name,
        date_text=format_date(day),
        time_text=time_text,
        venue=event.venue,
        organiser=event.organiser,
        sittings=tuple(s.name for s in sittings),
        rows=tuple(rows),
        certifiers=_certifiers(event),
    )
