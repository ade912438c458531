"""Taking answers: one response (kiosk, paper, web) or many (a file), checked and stored.

A response that breaks the survey's rules is refused with the reason and nothing is stored.
That a participant answered is kept in ``survey_completions``, apart from the answers, with
nothing linking the two unless the organiser chose to link respondents (the form says so).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Uuid, bindparam, insert, select, text
from sqlalchemy.orm import Session

from ecodesk.db import Database
from ecodesk.db.models import Answer, Participant, Response, Survey, SurveyCompletion
from ecodesk.services import audit
from ecodesk.services.clock import now
from ecodesk.services.progress import NO_PROGRESS, Progress
from ecodesk.services.survey_definition import ResponseError, SurveyDefinition, from_dict
from ecodesk.services.surveys import load_version
from ecodesk.services.tokens import parse_code

CHANNELS = ("kiosk", "paper", "import", "web")


class AlreadyAnswered(ValueError):
    """The participant has already answered this survey (one response per person)."""


@dataclass(frozen=True)
class Respondent:
    """A participant found by a badge scan; no more than the kiosk needs to greet them."""

    id: uuid.UUID
    display_name: str


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
        survey, definition = load_version(session, survey_id)
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


def withdraw_response(db: Database, response_id: uuid.UUID, *, desk: str = "") -> None:
    """Remove a response typed by mistake (the clerk's undo); its answers go with it."""
    with db.session() as session:
        response = session.get(Response, response_id)
        if response is None:
            raise LookupError(f"no response with id {response_id}")
        survey_id = response.survey_id
        session.delete(response)
        audit.record(session, "withdraw", "response", survey_id, desk=desk)


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
        survey, definition = load_version(session, survey_id)
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
