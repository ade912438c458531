"""Surveys in the database: versions of a definition, and reading their responses back.

Editing a survey that already has answers stores a new version and retires the old one, so
old answers stay readable with the questions they answered. Taking answers (kiosk, paper,
bulk load) is in ``survey_answers``.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from ecodesk.db import Database
from ecodesk.db.models import Answer, Response, Sector, Survey
from ecodesk.services import audit
from ecodesk.services.clock import now
from ecodesk.services.survey_definition import (
    SurveyDefinition,
    from_dict,
    to_dict,
)
from ecodesk.services.survey_template import eco_industrial_town


class SurveyNotFound(LookupError):
    pass


@dataclass(frozen=True)
class SurveyInfo:
    id: uuid.UUID
    event_id: uuid.UUID
    family: uuid.UUID
    version: int
    title: str
    #: With the event's sectors filled in, as respondents see it.
    definition: SurveyDefinition
    link_respondents: bool
    is_active: bool
    response_count: int


@dataclass(frozen=True)
class StoredResponse:
    """One response of a survey family, as the statistics read it."""

    version: int
    #: The keys of the questions its version asked (a blank is one of these without a value).
    asked: frozenset[str]
    answers: dict[str, Any]


def _sector_names(session: Session, event_id: uuid.UUID) -> list[str]:
    return list(
        session.scalars(
            select(Sector.name).where(Sector.event_id == event_id).order_by(Sector.position)
        )
    )


def _count(session: Session, survey_id: uuid.UUID) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Response).where(Response.survey_id == survey_id)
        )
        or 0
    )


def load_version(session: Session, survey_id: uuid.UUID) -> tuple[Survey, SurveyDefinition]:
    """A stored version and its definition as respondents see it (the event's sectors)."""
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise SurveyNotFound(f"no survey with id {survey_id}")
    return survey, from_dict(survey.definition).with_sectors(
        _sector_names(session, survey.event_id)
    )


def _info(session: Session, survey: Survey) -> SurveyInfo:
    definition = from_dict(survey.definition).with_sectors(_sector_names(session, survey.event_id))
    return SurveyInfo(
        id=survey.id,
        event_id=survey.event_id,
        family=survey.family,
        version=survey.version,
        title=survey.title,
        definition=definition,
        link_respondents=survey.link_respondents,
        is_active=survey.is_active,
        response_count=_count(session, survey.id),
    )


def _active(session: Session, event_id: uuid.UUID) -> Survey | None:
    return session.scalars(
        select(Survey)
        .where(Survey.event_id == event_id, Survey.is_active.is_(True))
        .order_by(Survey.created_at.desc(), Survey.version.desc())
    ).first()


def active_survey(db: Database, event_id: uuid.UUID) -> SurveyInfo | None:
    """The survey respondents answer now at this event, if any."""
    with db.session() as session:
        survey = _active(session, event_id)
        return _info(session, survey) if survey else None


def get_survey(db: Database, survey_id: uuid.UUID) -> SurveyInfo:
    with db.session() as session:
        survey = session.get(Survey, survey_id)
        if survey is None:
            raise SurveyNotFound(f"no survey with id {survey_id}")
        return _info(session, survey)


def list_versions(db: Database, family: uuid.UUID) -> list[SurveyInfo]:
    with db.session() as session:
        rows = session.scalars(
            select(Survey).where(Survey.family == family).order_by(Survey.version)
        )
        return [_info(session, s) for s in rows]


def save_survey(
    db: Database,
    event_id: uuid.UUID,
    definition: SurveyDefinition,
    *,
    family: uuid.UUID | None = None,
    link_respondents: bool = False,
    desk: str = "",
) -> SurveyInfo:
    """Store a definition as the event's active survey.

    Without ``family`` it starts a new survey (retiring the event's other ones). With it, the
    latest version is changed in place while it has no answers, else a new version is added.
    """
    definition.validate()
    data = to_dict(definition)
    with db.session() as session:
        latest = None
        if family is not None:
            latest = session.scalars(
                select(Survey).where(Survey.family == family).order_by(Survey.version.desc())
            ).first()
            if latest is None:
                raise SurveyNotFound(f"no survey family {family}")
        for other in session.scalars(
            select(Survey).where(Survey.event_id == event_id, Survey.is_active.is_(True))
        ):
            if latest is None or other.id != latest.id:
                other.is_active = False
        if latest is not None and _count(session, latest.id) == 0:
            survey = latest
            action = "update"
        else:
            survey = Survey(
                event_id=event_id,
                family=family or uuid.uuid4(),
                version=latest.version + 1 if latest else 1,
                created_at=now(),
            )
            session.add(survey)
            if latest is not None:
                latest.is_active = False
            action = "create"
        survey.title = definition.title
        survey.definition = data
        survey.link_respondents = link_respondents
        survey.is_active = True
        session.flush()
        audit.record(
            session, action, "survey", survey.id, desk=desk, version=survey.version,
            family=str(survey.family),
        )  # fmt: skip
        return _info(session, survey)


def attach_template(db: Database, event_id: uuid.UUID, *, desk: str = "") -> SurveyInfo:
    """Give the event the built-in form unless it has a survey already."""
    existing = active_survey(db, event_id)
    return existing or save_survey(db, event_id, eco_industrial_town(), desk=desk)


def _decode(kinds: Mapping[str, str], rows: list[tuple[str, Any, Any]]) -> dict[str, Any]:
    """Answer rows back into the response form that ``check_response`` accepts."""
    answers: dict[str, Any] = {}
    for key, num, words in rows:
        base, _, side = key.partition(".")
        kind = kinds.get(base)
        if kind == "before_after":
            answers.setdefault(base, {})[side] = int(num)
        elif kind == "multiple":
            answers.setdefault(base, []).append(words)
        elif kind == "rating":
            answers[key] = int(num)
        elif kind == "number":
            answers[key] = num
        elif kind is not None:
            answers[key] = words
    return answers


def _id_text(value: Any) -> str:
    """A UUID as 32 hex digits, whether the driver gave text (SQLite) or a UUID."""
    return value.hex if isinstance(value, uuid.UUID) else str(value).replace("-", "")


def stored_responses(db: Database, family: uuid.UUID) -> list[StoredResponse]:
    """Every response of every version of a survey, with the keys its version asked."""
    # Ids are read as text: parsing tens of thousands of UUID objects takes seconds.
    with db.session() as session:
        versions: dict[str, tuple[int, dict[str, str], frozenset[str]]] = {}
        for survey in session.scalars(select(Survey).where(Survey.family == family)):
            definition = from_dict(survey.definition)
            kinds = {q.key: q.kind for q in definition.questions()}
            versions[survey.id.hex] = (survey.version, kinds, frozenset(kinds))
        survey_ids = [uuid.UUID(hex=v) for v in versions]
        # Responses are keyed by the id text as the driver gives it: both queries read the
        # same column the same way, so no answer row needs its id normalised.
        survey_of = {
            rid: _id_text(sid)
            for rid, sid in session.execute(
                select(
                    type_coerce(Response.id, String), type_coerce(Response.survey_id, String)
                ).where(Response.survey_id.in_(survey_ids))
            )
        }
        rows: dict[Any, list[tuple[str, Any, Any]]] = {rid: [] for rid in survey_of}
        for response_id, key, num, text in session.execute(
            select(
                type_coerce(Answer.response_id, String),
                Answer.question_key,
                Answer.value_num,
                Answer.value_text,
            )
            .join(Response, Response.id == Answer.response_id)
            .where(Response.survey_id.in_(survey_ids))
        ):
            rows[response_id].append((key, num, text))
        out = []
        for response_id, survey_id in survey_of.items():
            version, kinds, asked = versions[survey_id]
            out.append(StoredResponse(version, asked, _decode(kinds, rows[response_id])))
        return out


def count_responses(db: Database, family: uuid.UUID) -> int:
    """Responses to all versions of a survey: a cheap check for new answers."""
    with db.session() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Response)
                .join(Survey, Survey.id == Response.survey_id)
                .where(Survey.family == family)
            )
            or 0
        )
