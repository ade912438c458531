"""Typed SQLAlchemy models: the whole schema of an EcoDesk database.

Every row has a UUID key so that desks and merged databases never collide.
Check-ins are append-only: an undo sets ``undone_at`` and never deletes.
"""

from __future__ import annotations

import secrets
import time
import uuid
from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so that Alembic batch migrations on SQLite can find them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def new_id_hexes(count: int) -> list[str]:
    """``count`` fresh ids in ascending order, laid out as UUID version 7 (RFC 9562: the
    millisecond clock, then 74 random bits), as the 32 hex digits a UUID is stored as: a batch
    insert appends to the key's index instead of scattering over it, and making a UUID object
    of each would cost more than storing it. Only for rows that keep their creation time
    anyway: the order of a response's id must not tell when it was given.
    """
    stamp = (time.time_ns() // 1_000_000) << 80 | 0x7 << 76 | 0b10 << 62
    drawn = secrets.token_bytes(10 * count)
    randoms = sorted(
        int.from_bytes(drawn[i : i + 10], "big") >> 6 for i in range(0, len(drawn), 10)
    )
    # 74 bits: the top 12 go above the version-7 variant bits, the low 62 below them.
    return [f"{stamp | (r >> 62) << 64 | (r & _LOW_62):032x}" for r in randoms]


_LOW_62 = (1 << 62) - 1


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: DateTime(timezone=False),
        dict[str, Any]: JSON,
    }


class Event(Base):
    __tablename__ = "events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    # Short code printed in every QR payload: upper-case letters and digits only.
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str] = mapped_column(String(300), default="")
    organiser: Mapped[str] = mapped_column(String(300), default="")
    # Per-event options (survey bands, KPI method, report font, ...).
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime]

    sittings: Mapped[list[Sitting]] = relationship(
        back_populates="event", order_by="Sitting.position", cascade="all, delete-orphan"
    )
    sectors: Mapped[list[Sector]] = relationship(
        back_populates="event", order_by="Sector.position", cascade="all, delete-orphan"
    )


class Sitting(Base):
    """A unit people check in to: a half-day, a day or a study visit."""

    __tablename__ = "sittings"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="half_day")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="sittings")


class Sector(Base):
    __tablename__ = "sectors"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    target: Mapped[int] = mapped_column(Integer, default=0)
    # Badge band colour, '#RRGGBB'.
    colour: Mapped[str] = mapped_column(String(9), default="#607D8B")
    position: Mapped[int] = mapped_column(Integer, default=0)

    event: Mapped[Event] = relationship(back_populates="sectors")


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (
        UniqueConstraint("event_id", "short_code"),
        Index("ix_participants_event_deleted", "event_id", "deleted_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(100), default="")
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    sector_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sectors.id", ondelete="SET NULL")
    )
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    consent: Mapped[bool | None] = mapped_column(Boolean)
    # Where the row came from: an import file name, 'walk-in', 'form', 'demo'.
    source: Mapped[str] = mapped_column(String(300), default="")
    is_walk_in: Mapped[bool] = mapped_column(Boolean, default=False)
    # Badge identity: QR token (>= 128 bits) and the short code typed by hand.
    token: Mapped[str] = mapped_column(String(40), unique=True)
    short_code: Mapped[str] = mapped_column(String(10))
    badge_printed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    # Soft delete so that a deletion can be undone.
    deleted_at: Mapped[datetime | None]

    sector: Mapped[Sector | None] = relationship()


class RevokedToken(Base):
    """Badge tokens replaced by a reissue: scanning one must say 'reissued badge'."""

    __tablename__ = "revoked_tokens"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE")
    )
    token: Mapped[str] = mapped_column(String(40), unique=True)
    short_code: Mapped[str] = mapped_column(String(10), index=True)
    revoked_at: Mapped[datetime]


class CheckIn(Base):
    """Append-only: an undo sets ``undone_at``; rows are never deleted."""

    __tablename__ = "checkins"
    __table_args__ = (
        Index("ix_checkins_participant_sitting", "participant_id", "sitting_id"),
        # The desk's recent list and the rate per 10 minutes read a sitting's rows by time.
        Index("ix_checkins_sitting_time", "sitting_id", "checked_in_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE")
    )
    sitting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sittings.id", ondelete="CASCADE"))
    desk: Mapped[str] = mapped_column(String(100), default="")
    # scan, webcam, search, walk-in, import
    method: Mapped[str] = mapped_column(String(20))
    checked_in_at: Mapped[datetime]
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(100))


class Survey(Base):
    """One version of a survey definition; editing a survey with answers adds a version."""

    __tablename__ = "surveys"
    __table_args__ = (UniqueConstraint("event_id", "family", "version"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    # All versions of one survey share a family id.
    family: Mapped[uuid.UUID] = mapped_column(default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(300))
    definition: Mapped[dict[str, Any]]
    # Organiser's explicit choice to link answers to participants (shown to respondents).
    link_respondents: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class Response(Base):
    __tablename__ = "responses"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    survey_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("surveys.id", ondelete="CASCADE"), index=True
    )
    # kiosk, paper, import, web
    channel: Mapped[str] = mapped_column(String(20))
    submitted_at: Mapped[datetime]
    # Set only when the survey links respondents; otherwise anonymous.
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )

    answers: Mapped[list[Answer]] = relationship(cascade="all, delete-orphan")


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (Index("ix_answers_response", "response_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    response_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"))
    question_key: Mapped[str] = mapped_column(String(100))
    value_num: Mapped[float | None] = mapped_column(Float)
    value_text: Mapped[str | None] = mapped_column(Text)


class SurveyCompletion(Base):
    """That a participant answered a survey, kept apart from the (anonymous) answers.

    Only the day is kept so that the time cannot be matched to a response.
    """

    __tablename__ = "survey_completions"
    __table_args__ = (UniqueConstraint("survey_family", "participant_id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    survey_family: Mapped[uuid.UUID]
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE")
    )
    completed_on: Mapped[date] = mapped_column(Date)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[datetime] = mapped_column(index=True)
    desk: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[uuid.UUID | None]
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
