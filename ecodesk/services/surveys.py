"""Surveys in the database: versions of a definition, responses, completions, bulk loading.

Editing a survey that already has answers stores a new version and retires the old one, so
old answers stay readable with the questions they answered. That a participant answered is
kept in ``survey_completions``, apart from the answers, with nothing linking the two unless
the organiser chose to link respondents (and the form says so).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, Uuid, bindparam, func, insert, select, text, type_coerce
from sqlalchemy.orm import Session

from ecodesk.db import Database
from ecodesk.db.models import Answer, Participant, Response, Sector, Survey, SurveyCompletion
from ecodesk.services import audit
from ecodesk.services.clock import now
from ecodesk.services.progress import NO_PROGRESS, Progress
from ecodesk.services.survey_definition import (
    ResponseError,
    SurveyDefinition,
    from_dict,
    to_dict,
)
from ecodesk.services.survey_template import eco_industrial_town
from ecodesk.services.tokens import parse_code

CHANNELS = ("kiosk", "paper", "import", "web")


class SurveyNotFound(LookupError):
    pass


class AlreadyAnswered(ValueError):
    """The participant has already answered this survey (one response per person)."""


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
class Respondent:
    """A participant found by a badge scan; no more than the kiosk needs to greet them."""

    id: uuid.UUID
    display_name: str


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


def _older_keys(session: Session, survey: Survey) -> frozenset[str]:
    keys: set[str] = set()
    for data in session.scalars(
        select(Survey.definition).where(
            Survey.family == survey.family, Survey.version < survey.version
        )
    ):
        keys.update(from_dict(data).keys())
    return frozenset(keys)


def _answer_rows(definition: SurveyDefinition, answers: Mapping[str, Any]) -> list[dict[str, Any]]:
    """One row per stored value: a pair makes two rows, a multiple choice one per option."""
    rows: list[dict[str, Any]] = []
    for q in definition.questions():
        value = answers.get(q.key)
        if value is None:
            continue
        if q.kind == "before_after":
            rows += [
                {"question_key": f"{q.key}.{side}", "value_num": float(v), "value_text": None}
                for side, v in value.items()
            ]
        elif q.kind == "multiple":
            rows += [{"question_key": q.key, "value_num": None, "value_text": v} for v in value]
        elif q.kind in ("rating", "number"):
            rows.append({"question_key": q.key, "value_num": float(value), "value_text": None})
        else:
            rows.append({"question_key": q.key, "value_num": None, "value_text": value})
    return rows


def _store(
    session: Session,
    survey: Survey,
    checked: list[dict[str, Any]],
    channel: str,
    participant_id: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    definition = from_dict(survey.definition)
    stamp = now()
    ids = [uuid.uuid4() for _ in checked]
    session.execute(
        insert(Response),
        [
            {
                "id": rid,
                "survey_id": survey.id,
                "channel": channel,
                "submitted_at": stamp,
                "participant_id": participant_id,
            }
            for rid in ids
        ],
    )
    rows = [
        {"id": uuid.uuid4(), "response_id": rid, **row}
        for rid, answers in zip(ids, checked, strict=True)
        for row in _answer_rows(definition, answers)
    ]
    if rows:
        session.execute(insert(Answer), rows)
    return ids


def _load(session: Session, survey_id: uuid.UUID) -> tuple[Survey, SurveyDefinition]:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise SurveyNotFound(f"no survey with id {survey_id}")
    return survey, from_dict(survey.definition).with_sectors(
        _sector_names(session, survey.event_id)
    )


def _record_completion(session: Session, family: uuid.UUID, participant_id: uuid.UUID) -> None:
    """That the participant answered, on a row that cannot be matched to the answer.

    Only the day is kept, and on SQLite the row is moved to a random rowid: otherwise the
    order of insertion, shared with the response written in the same moment, would link them.
    """
    completion = SurveyCompletion(
        survey_family=family, participant_id=participant_id, completed_on=now().date()
    )
    session.add(completion)
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        session.execute(
            text(
                "UPDATE survey_completions SET rowid = abs(random() % 9007199254740991) + 1 "
                "WHERE id = :id"
            ).bindparams(bindparam("id", type_=Uuid)),
            {"id": completion.id},
        )


def submit_response(
    db: Database,
    survey_id: uuid.UUID,
    answers: Mapping[str, Any],
    *,
    channel: str,
    participant_id: uuid.UUID | None = None,
    desk: str = "",
    enforce_required: bool = True,
) -> uuid.UUID:
    """Check and store one response; ``ResponseError`` or ``AlreadyAnswered`` store nothing.

    With ``participant_id`` (a badge scan) the completion is recorded apart from the answer;
    the answer carries the participant only when the survey links respondents.
    """
    with db.session() as session:
        survey, definition = _load(session, survey_id)
        checked = definition.check_response(
            answers, older_keys=_older_keys(session, survey), enforce_required=enforce_required
        )
        if participant_id is not None:
            if _has_answered(session, survey.family, participant_id):
                raise AlreadyAnswered("this participant has already answered the survey")
            _record_completion(session, survey.family, participant_id)
        linked = participant_id if survey.link_respondents else None
        (response_id,) = _store(session, survey, [checked], channel, linked)
        audit.record(session, "answer", "survey", survey.id, desk=desk, channel=channel)
        return response_id


def load_responses(
    db: Database,
    survey_id: uuid.UUID,
    responses: Iterable[Mapping[str, Any]],
    *,
    channel: str = "import",
    desk: str = "",
    progress: Progress = NO_PROGRESS,
    line_numbers: Sequence[int] | None = None,
) -> int:
    """Bulk-load responses, all or none: the first bad one is refused as 'response N: why'.

    With ``line_numbers`` (where each response was in its file) the message says 'line N'.
    """
    items = list(responses)
    with db.session() as session:
        survey, definition = _load(session, survey_id)
        older = _older_keys(session, survey)
        checked = []
        for number, answers in enumerate(items, 1):
            where = f"line {line_numbers[number - 1]}" if line_numbers else f"response {number}"
            if not isinstance(answers, Mapping):
                raise ResponseError(f"{where}: expected an object of question keys")
            try:
                checked.append(definition.check_response(answers, older_keys=older))
            except ResponseError as exc:
                raise ResponseError(f"{where}: {exc}") from exc
            if number % 200 == 0:
                progress.update(number, len(items), "")
        _store(session, survey, checked, channel)
        progress.update(len(items), len(items), "")
        audit.record(session, "import", "responses", survey.id, desk=desk, count=len(checked))
        return len(checked)


def _has_answered(session: Session, family: uuid.UUID, participant_id: uuid.UUID) -> bool:
    return (
        session.scalar(
            select(SurveyCompletion.id).where(
                SurveyCompletion.survey_family == family,
                SurveyCompletion.participant_id == participant_id,
            )
        )
        is not None
    )


def has_answered(db: Database, family: uuid.UUID, participant_id: uuid.UUID) -> bool:
    with db.session() as session:
        return _has_answered(session, family, participant_id)


def find_respondent(db: Database, event_id: uuid.UUID, scanned: str) -> Respondent | None:
    """The participant of this event named by a scanned badge or a typed short code."""
    code = parse_code(scanned)
    if code is None:
        return None
    query = select(Participant).where(
        Participant.event_id == event_id, Participant.deleted_at.is_(None)
    )
    if code.token:
        query = query.where(Participant.token == code.token)
    else:
        query = query.where(Participant.short_code == code.short_code)
    with db.session() as session:
        person = session.scalars(query).first()
        if person is None:
            return None
        name = " ".join(p for p in (person.title + person.first_name, person.last_name) if p)
        return Respondent(person.id, name)


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
        survey_of = {
            _id_text(rid): _id_text(sid)
            for rid, sid in session.execute(
                select(
                    type_coerce(Response.id, String), type_coerce(Response.survey_id, String)
                ).where(Response.survey_id.in_(survey_ids))
            )
        }
        rows: dict[str, list[tuple[str, Any, Any]]] = {rid: [] for rid in survey_of}
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
            rows[_id_text(response_id)].append((key, num, text))
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
