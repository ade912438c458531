"""Instant search over an event's participants: short Thai queries, hurried typing, codes."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from ecodesk.db import Database
from ecodesk.services.events import EventInfo, EventInput, create_event
from ecodesk.services.participants import ParticipantInput, add_participant, get_participant
from ecodesk.services.search import ParticipantIndex


@pytest.fixture
def event(db: Database) -> EventInfo:
    return create_event(db, EventInput("SEARCH", "ทดสอบ", date(2022, 6, 16), date(2022, 6, 16)))


@pytest.fixture
def people(db: Database, event: EventInfo) -> dict[str, uuid.UUID]:
    given = {
        "kaew": ParticipantInput("แก้วมณี", "ศรีวิชัย", "นาง", "เทศบาลตำบลแม่เมาะ", phone="0812345678"),
        "somchai": ParticipantInput("สมชาย", "ใจดี", "นาย", "บริษัท ลำปางเซรามิก จำกัด"),
        "anna": ParticipantInput("Anna", "Smith", "Ms.", "Eco-Town Advisory Office"),
    }
    return {k: add_participant(db, event.id, p) for k, p in given.items()}


def test_one_and_two_thai_letters_find_what_they_should(
    db: Database, event: EventInfo, people: dict[str, uuid.UUID]
) -> None:
    index = ParticipantIndex.load(db, event.id)
    one = index.search("ณ")
    assert people["kaew"] in one
    assert people["somchai"] not in one
    two = index.search("สม")
    assert people["somchai"] in two
    assert people["kaew"] not in two


def test_hurried_typing_and_other_fields(
    db: Database, event: EventInfo, people: dict[str, uuid.UUID]
) -> None:
    index = ParticipantIndex.load(db, event.id)
    assert index.search("แกวมณี") == [people["kaew"]]
    assert index.search("สมชาย ใจดี") == [people["somchai"]]
    assert index.search("081-234") == [people["kaew"]]
    assert index.search("ANNA") == [people["anna"]]
    assert index.search("advisory") == [people["anna"]]
    code = get_participant(db, people["somchai"]).short_code
    assert index.search(f"{code[:3]}-{code[3:]}".lower()) == [people["somchai"]]


def test_typing_on_then_deleting_gives_the_same_answers(
    db: Database, event: EventInfo, people: dict[str, uuid.UUID]
) -> None:
    index = ParticipantIndex.load(db, event.id)
    full = set(index.search("แ"))
    assert index.search("แก้วมณีX") == []
    assert set(index.search("แ")) == full
    assert len(index.search("")) == len(index)


def test_refresh_sees_new_people(db: Database, event: EventInfo) -> None:
    index = ParticipantIndex.load(db, event.id)
    assert index.search("ซูซูกิ") == []
    pid = add_participant(db, event.id, ParticipantInput("ซูซูกิ", "เคนจิ"))
    index.refresh()
    assert index.search("ซูซูก", limit=5) == [pid]
