"""Survey definitions: JSON round trip, versions, and responses that break the rules."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import func, select, text

from ecodesk.db import Database
from ecodesk.db.models import Answer, Participant, Response, SurveyCompletion
from ecodesk.services import survey_answers, surveys
from ecodesk.services.events import EventInfo
from ecodesk.services.survey_definition import (
    DefinitionError,
    Question,
    ResponseError,
    dumps,
    loads,
)
from ecodesk.services.survey_template import eco_industrial_town


def full_answer(survey: surveys.SurveyInfo) -> dict[str, object]:
    answers: dict[str, object] = {}
    for q in survey.definition.questions():
        if q.kind == "rating":
            answers[q.key] = 4
        elif q.kind == "before_after":
            answers[q.key] = {"before": 2, "after": 4}
    return answers


def count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_template_has_the_parts_and_aspects_of_the_convention() -> None:
    form = eco_industrial_town()
    assert [p.title.split()[0:2] for p in form.parts] == [
        ["ตอนที่", "1"],
        ["ตอนที่", "2"],
        ["ตอนที่", "3"],
    ]
    assert [a for a, _ in form.aspects()] == [
        "ด้านกระบวนการ/ขั้นตอน", "ด้านวิทยากร", "ด้านสถานที่และสิ่งอำนวยความสะดวก",
        "ด้านความรู้ความเข้าใจ", "ด้านการนำไปใช้ประโยชน์",
    ]  # fmt: skip
    assert [len(qs) for _, qs in form.aspects()] == [4, 4, 5, 4, 4]
    assert {q.kind for _, qs in form.aspects()[3:4] for q in qs} == {"before_after"}
    # One kiosk page for the respondent part, one per aspect, one for suggestions.
    assert len(form.pages()) == 7
    assert "ข้อมูลนี้ใช้เพื่อปรับปรุง" in form.instructions


def test_json_round_trip_keeps_every_field() -> None:
    form = eco_industrial_town()
    form.parts[2].questions.append(
        Question("staff", "number", "จำนวนพนักงาน", minimum=0, maximum=10000)
    )
    form.parts[2].questions.append(
        Question("how", "multiple", "ทราบข่าวจาก", options=["เว็บ", "จดหมาย"])
    )
    again = loads(dumps(form))
    assert again == form
    assert json.loads(dumps(form))["format"] == "ecodesk-survey"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["parts"][1]["questions"][1].update(key="process1"), "used twice"),
        (lambda d: d["parts"][0]["questions"][0].update(kind="slider"), "unknown kind 'slider'"),
        (lambda d: d["parts"][0]["questions"][0].update(options=[]), "needs options"),
        (lambda d: d["parts"][0]["questions"][0].update(key="1st"), "must start with a letter"),
        (lambda d: d.update(title=""), "title"),
        (lambda d: d["parts"][1].pop("title"), "part 2: title is missing"),
    ],
)
def test_bad_definitions_are_refused_with_the_place(change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(dumps(eco_industrial_town()))
    change(data)
    with pytest.raises(DefinitionError, match=message):
        loads(json.dumps(data))
    with pytest.raises(DefinitionError, match="line 1"):
        loads("{not json")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"process1": 7}, "process1: a rating must be a whole number 1-5, not 7"),
        ({"process1": 3.5}, "process1: a rating must be a whole number 1-5"),
        ({"process1": None}, r"process1: an answer is required"),
        ({"knowledge1": {"before": 2}}, "knowledge1: both before and after are required"),
        ({"favourite": "x"}, "favourite: no question with this key"),
        ({"sex": "ชาย/หญิง"}, "sex: 'ชาย/หญิง' is not one of the options"),
        ({"sector": "ภาคอวกาศ"}, "sector: .ภาคอวกาศ. is not one of the options"),
    ],
)
def test_bad_responses_are_refused_and_nothing_is_stored(
    db: Database, demo_event: EventInfo, change: dict[str, object], message: str
) -> None:
    survey = surveys.attach_template(db, demo_event.id)
    answers = {**full_answer(survey), **change}
    with pytest.raises(ResponseError, match=message):
        survey_answers.submit_response(db, survey.id, answers, channel="kiosk")
    with pytest.raises(ResponseError, match=f"response 2: {message}"):
        survey_answers.load_responses(db, survey.id, [full_answer(survey), answers])
    assert count(db, Response) == 0
    assert count(db, Answer) == 0


def test_sector_options_are_the_events_sectors(db: Database, demo_event: EventInfo) -> None:
    survey = surveys.attach_template(db, demo_event.id)
    assert survey.definition.question("sector").options == [s.name for s in demo_event.sectors]
    survey_answers.submit_response(
        db, survey.id, {**full_answer(survey), "sector": "ภาคประชาชน"}, channel="kiosk"
    )


def test_editing_a_survey_with_answers_makes_a_new_version(
    db: Database, demo_event: EventInfo
) -> None:
    v1 = surveys.attach_template(db, demo_event.id)
    # No answers yet: the edit changes version 1 in place.
    form = eco_industrial_town()
    form.parts[2].questions.pop()  # drop 'other'
    same = surveys.save_survey(db, demo_event.id, form, family=v1.family)
    assert (same.id, same.version) == (v1.id, 1)
    survey_answers.submit_response(db, v1.id, {**full_answer(v1), "liked": "ดี"}, channel="kiosk")
    form.parts[2].questions.pop()  # drop 'next_topics'
    v2 = surveys.save_survey(db, demo_event.id, form, family=v1.family)
    assert v2.version == 2 and v2.id != v1.id
    assert surveys.active_survey(db, demo_event.id) == v2
    versions = surveys.list_versions(db, v1.family)
    assert [(s.version, s.is_active, s.response_count) for s in versions] == [
        (1, False, 1),
        (2, True, 0),
    ]
    # The old answer stays readable with its version's questions.
    (old,) = surveys.stored_responses(db, v1.family)
    assert old.version == 1 and old.answers["liked"] == "ดี" and "next_topics" in old.asked
    with pytest.raises(
        ResponseError, match="next_topics: this question belongs to an older version"
    ):
        survey_answers.submit_response(
            db, v2.id, {**full_answer(v2), "next_topics": "BCG"}, channel="kiosk"
        )


def test_completion_is_kept_apart_from_the_anonymous_answer(
    db: Database, demo_event: EventInfo
) -> None:
    survey = surveys.attach_template(db, demo_event.id)
    with db.session() as s:
        person = s.scalars(select(Participant).limit(1)).one()
        token, short = person.token, person.short_code
    found = survey_answers.find_respondent(db, demo_event.id, f"ECD:{demo_event.code}:{token}")
    assert found is not None
    assert survey_answers.find_respondent(db, demo_event.id, short.lower()) == found
    assert survey_answers.find_respondent(db, demo_event.id, "hello") is None
    survey_answers.submit_response(
        db, survey.id, full_answer(survey), channel="kiosk", participant_id=found.id
    )
    with pytest.raises(survey_answers.AlreadyAnswered):
        survey_answers.submit_response(
            db, survey.id, full_answer(survey), channel="kiosk", participant_id=found.id
        )
    assert count(db, Response) == 1
    assert count(db, SurveyCompletion) == 1
    with db.session() as s:
        assert s.scalars(select(Response.participant_id)).one() is None


def test_linked_survey_stores_the_respondent(db: Database, demo_event: EventInfo) -> None:
    survey = surveys.save_survey(db, demo_event.id, eco_industrial_town(), link_respondents=True)
    with db.session() as s:
        person_id = s.scalars(select(Participant.id).limit(1)).one()
    survey_answers.submit_response(
        db, survey.id, full_answer(survey), channel="kiosk", participant_id=person_id
    )
    with db.session() as s:
        assert s.scalars(select(Response.participant_id)).one() == person_id


def test_completions_cannot_be_matched_to_answers_by_their_order(
    db: Database, demo_event: EventInfo
) -> None:
    survey = surveys.attach_template(db, demo_event.id)
    with db.session() as s:
        people = s.scalars(select(Participant.id).limit(12)).all()
    for person in people:
        survey_answers.submit_response(
            db, survey.id, full_answer(survey), channel="kiosk", participant_id=person
        )
    with db.session() as s:
        stored = s.execute(text("SELECT participant_id FROM survey_completions ORDER BY rowid"))
        order = [uuid.UUID(hex=r[0]) for r in stored]
    assert sorted(order) == sorted(people)
    assert order != list(people)  # 1 chance in 12! of the insertion order
