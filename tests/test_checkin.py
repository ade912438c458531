"""The check-in service: every result the desk can show, undo, the recent list, live numbers."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from ecodesk.db import Database
from ecodesk.db.models import CheckIn, Participant, RevokedToken
from ecodesk.services import events
from ecodesk.services.checkin import CheckInDesk, Status, UndoStatus, sitting_for
from ecodesk.services.checkin_numbers import live_numbers
from ecodesk.services.clock import now
from ecodesk.services.keyboard_layout import us_to_kedmanee
from ecodesk.services.participants import ParticipantInput, add_participant
from ecodesk.services.tokens import format_short_code, make_payload


def people(db: Database, event_id: uuid.UUID) -> list[Participant]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Participant)
                .where(Participant.event_id == event_id)
                .order_by(Participant.created_at, Participant.id)
            )
        )


def checkins(db: Database) -> list[CheckIn]:
    with db.session() as session:
        return list(session.scalars(select(CheckIn).order_by(CheckIn.checked_in_at)))


@pytest.fixture
def desk(db: Database, demo_event: events.EventInfo) -> CheckInDesk:
    return CheckInDesk(db, demo_event, demo_event.sittings[0], "โต๊ะ 1", allow_other_day=True)


def test_a_scan_is_committed_with_time_desk_and_method(db: Database, desk: CheckInDesk) -> None:
    person = people(db, desk.event.id)[0]
    before = now()
    result = desk.check_in_text(make_payload(desk.event.code, person.token))
    assert result.status is Status.OK
    assert result.person is not None and result.person.id == person.id
    assert result.person.first_name == person.first_name and result.person.sector
    [row] = checkins(db)
    assert (row.id, row.participant_id, row.sitting_id) == (
        result.checkin_id,
        person.id,
        desk.sitting.id,
    )
    assert (row.desk, row.method, row.undone_at) == ("โต๊ะ 1", "scan", None)
    assert before <= row.checked_in_at <= now()


def test_a_second_scan_says_when_and_where_the_first_was(db: Database, desk: CheckInDesk) -> None:
    person = people(db, desk.event.id)[0]
    first = desk.check_in_text(make_payload(desk.event.code, person.token))
    other_desk = CheckInDesk(db, desk.event, desk.sitting, "โต๊ะ 2", allow_other_day=True)
    again = other_desk.check_in_text(format_short_code(person.short_code).lower(), "search")
    assert again.status is Status.ALREADY
    assert (again.checkin_id, again.at, again.desk) == (first.checkin_id, first.at, "โต๊ะ 1")
    assert len(checkins(db)) == 1
    # The other sitting is a separate check-in.
    afternoon = CheckInDesk(db, desk.event, desk.event.sittings[1], "โต๊ะ 1", allow_other_day=True)
    assert afternoon.check_in_text(person.short_code).status is Status.OK


def test_thai_layout_scans_and_typed_short_codes(db: Database, desk: CheckInDesk) -> None:
    a, b, c = people(db, desk.event.id)[:3]
    thai_scan = us_to_kedmanee(make_payload(desk.event.code, a.token))
    assert desk.check_in_text(thai_scan).person.id == a.id  # type: ignore[union-attr]
    typed = format_short_code(b.short_code).lower()
    assert desk.check_in_text(f"  {typed} ").status is Status.OK
    assert desk.check_in_text(us_to_kedmanee(c.short_code.lower())).status is Status.OK
    assert {r.participant_id for r in checkins(db)} == {a.id, b.id, c.id}


def test_a_scan_after_half_typed_text_still_reads(db: Database, desk: CheckInDesk) -> None:
    person = people(db, desk.event.id)[3]
    payload = make_payload(desk.event.code, person.token)
    assert desk.check_in_text("สมช" + us_to_kedmanee(payload)).status is Status.OK
    assert desk.check_in_text("abc" + payload).status is Status.ALREADY


def test_unknown_other_event_revoked_and_wrong_day(db: Database, desk: CheckInDesk) -> None:
    event = desk.event
    person, reissued = people(db, event.id)[:2]
    assert desk.check_in_text("hello").status is Status.UNKNOWN
    assert desk.check_in_text(make_payload(event.code, "0" * 26)).status is Status.UNKNOWN
    assert desk.check_in_text("AAAAAA").status is Status.UNKNOWN

    foreign = desk.check_in_text(make_payload("OTHER1", person.token))
    assert (foreign.status, foreign.detail) == (Status.OTHER_EVENT, "OTHER1")

    other = events.create_event(
        db, events.EventInput("OTHER1", "อีกงาน", date(2022, 7, 1), date(2022, 7, 1))
    )
    stranger_id = add_participant(db, other.id, ParticipantInput("ผู้มาเยือน"))
    stranger = next(p for p in people(db, other.id) if p.id == stranger_id)
    # Their short code means nothing here; their badge is another event's.
    assert desk.check_in_text(stranger.short_code).status is Status.UNKNOWN
    result = desk.check_in_text(make_payload("OTHER1", stranger.token))
    assert result.status is Status.OTHER_EVENT and result.person.first_name == "ผู้มาเยือน"  # type: ignore[union-attr]

    with db.session() as session:
        session.add(
            RevokedToken(
                participant_id=reissued.id,
                token="R" * 26,
                short_code="RRRRRR",
                revoked_at=now(),
            )
        )
    old_badge = desk.check_in_text(make_payload(event.code, "R" * 26))
    assert old_badge.status is Status.REVOKED and old_badge.person.id == reissued.id  # type: ignore[union-attr]
    assert desk.check_in_text("rrr-rrr").status is Status.REVOKED

    strict = CheckInDesk(db, event, event.sittings[0], "โต๊ะ 1")
    wrong_day = strict.check_in_text(person.short_code)
    assert wrong_day.status is Status.WRONG_DAY and wrong_day.person.id == person.id  # type: ignore[union-attr]
    assert checkins(db) == []


def test_undo_keeps_the_row_and_allows_a_new_check_in(db: Database, desk: CheckInDesk) -> None:
    person = people(db, desk.event.id)[0]
    first = desk.check_in_text(person.short_code)
    assert first.checkin_id is not None
    undone = desk.undo(first.checkin_id)
    assert undone.status is UndoStatus.UNDONE and undone.person.id == person.id  # type: ignore[union-attr]
    assert desk.undo(first.checkin_id).status is UndoStatus.ALREADY_UNDONE
    assert desk.undo(uuid.uuid4()).status is UndoStatus.NOT_FOUND
    [row] = checkins(db)
    assert row.undone_at is not None and row.undone_by == "โต๊ะ 1"

    again = desk.check_in_text(person.short_code)
    assert again.status is Status.OK and again.checkin_id != first.checkin_id
    assert len(checkins(db)) == 2
    recent = desk.recent()
    assert [r.id for r in recent] == [again.checkin_id, first.checkin_id]
    assert recent[1].undone_at is not None and recent[0].undone_at is None


def test_search_and_walk_in_check_ins_by_id(db: Database, desk: CheckInDesk) -> None:
    person = people(db, desk.event.id)[5]
    assert desk.check_in_participant(person.id, "search").status is Status.OK
    walk_in = add_participant(
        db, desk.event.id, ParticipantInput("ใหม่", "มาเอง", sector="ภาคเอกชน", is_walk_in=True)
    )
    result = desk.check_in_participant(walk_in, "walk-in")
    assert result.status is Status.OK and result.person.is_walk_in  # type: ignore[union-attr]
    assert [r.method for r in checkins(db)] == ["search", "walk-in"]
    with pytest.raises(ValueError, match="method"):
        desk.check_in_participant(person.id, "telepathy")


def test_live_numbers_by_sector_walk_ins_and_rate(db: Database, desk: CheckInDesk) -> None:
    everyone = people(db, desk.event.id)
    for p in everyone[:10]:
        desk.check_in_participant(p.id, "scan")
    undone = desk.check_in_participant(everyone[10].id, "scan")
    desk.undo(undone.checkin_id)  # type: ignore[arg-type]
    walk_in = add_participant(
        db, desk.event.id, ParticipantInput("ใหม่", sector="ภาคเอกชน", is_walk_in=True)
    )
    desk.check_in_participant(walk_in, "walk-in")

    numbers = desk.numbers()
    assert (numbers.registered, numbers.checked_in, numbers.walk_ins) == (121, 11, 1)
    assert numbers.last_10_minutes == 11
    assert sum(s.checked_in for s in numbers.by_sector) == 11
    assert sum(s.registered for s in numbers.by_sector) == 121
    assert [s.name for s in numbers.by_sector] == [s.name for s in desk.event.sectors]
    assert numbers.by_sector[0].target == 40
    later = live_numbers(db, desk.event, desk.sitting, now() + timedelta(minutes=11))
    assert later.last_10_minutes == 0 and later.checked_in == 11
    other = live_numbers(db, desk.event, desk.event.sittings[1])
    assert other.checked_in == 0


def test_the_sitting_defaults_to_the_one_on_now(demo_event: events.EventInfo) -> None:
    morning, afternoon = demo_event.sittings
    at = datetime.combine(demo_event.start_date, datetime.min.time()).replace(hour=13, minute=30)
    assert sitting_for(demo_event, None, at) == afternoon
    assert sitting_for(demo_event, "ภาคเช้า") == morning
