"""The registry's service: listing with check-ins, editing, deleting with undo, audit."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from ecodesk.db import Database
from ecodesk.db.models import AuditEntry, CheckIn
from ecodesk.services.events import EventInfo, EventInput, SittingInput, create_event
from ecodesk.services.participants import (
    ParticipantError,
    ParticipantInput,
    add_participant,
    clean_input,
    delete_participants,
    distinct_values,
    get_participant,
    list_participants,
    restore_participants,
    update_participant,
)


@pytest.fixture
def event(db: Database) -> EventInfo:
    day = date(2022, 6, 16)
    morning = SittingInput("เช้า", datetime(2022, 6, 16, 8), datetime(2022, 6, 16, 12))
    return create_event(db, EventInput("REG", "ทดสอบ", day, day, sittings=[morning]))


def test_list_is_in_thai_dictionary_order_with_checkins(db: Database, event: EventInfo) -> None:
    for name in ("สมชาย", "ไพโรจน์", "เกศินี", "กมล"):
        add_participant(db, event.id, ParticipantInput(name, sector="ภาคประชาชน"))
    kamon = list_participants(db, event.id)[0]
    sitting = event.sittings[0]
    at = datetime(2022, 6, 16, 8, 30)
    with db.session() as s:
        s.add(
            CheckIn(participant_id=kamon.id, sitting_id=sitting.id, method="scan", checked_in_at=at)
        )
    rows = list_participants(db, event.id)
    assert [r.first_name for r in rows] == ["กมล", "เกศินี", "ไพโรจน์", "สมชาย"]
    assert rows[0].checkins == {sitting.id: at}
    assert rows[0].sector == "ภาคประชาชน"
    assert len(rows[0].token) == 26 and len(rows[0].short_code) == 6


def test_edit_is_cleaned_and_audited(db: Database, event: EventInfo) -> None:
    pid = add_participant(db, event.id, ParticipantInput("สมชาย", "ใจดี", "นาย", phone="0812345678"))
    update_participant(
        db, pid, ParticipantInput(" สมชาย ", "ใจดี  มาก", "ดร.", phone="๐๘๑-๒๓๔-๕๖๗๙", sector="ใหม่")
    )
    row = get_participant(db, pid)
    assert (row.title, row.last_name, row.phone, row.sector) == (
        "ดร.",
        "ใจดี มาก",
        "0812345679",
        "ใหม่",
    )
    assert row.full_name == "ดร.สมชาย ใจดี มาก"
    with db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "edit")).one()
    assert entry.detail["before"]["title"] == "นาย"
    with pytest.raises(ParticipantError, match="first name"):
        update_participant(db, pid, ParticipantInput("  "))


def test_delete_and_undo(db: Database, event: EventInfo) -> None:
    pid = add_participant(db, event.id, ParticipantInput("สมชาย", organisation="อบต.แม่เมาะ"))
    delete_participants(db, [pid])
    assert list_participants(db, event.id) == []
    assert distinct_values(db, event.id, "organisation") == []
    restore_participants(db, [pid])
    assert [r.id for r in list_participants(db, event.id)] == [pid]
    assert distinct_values(db, event.id, "organisation") == ["อบต.แม่เมาะ"]
    with db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == pid)))
    assert actions.count("delete") == 1 and actions.count("restore") == 1


def test_a_person_added_at_the_desk_is_named_in_the_audit_log(
    db: Database, event: EventInfo
) -> None:
    pid = add_participant(
        db, event.id, ParticipantInput("ทองใบ", "ใจงาม", source="walk-in", is_walk_in=True)
    )
    with db.session() as s:
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == pid)))
    assert actions == ["add"]


@pytest.mark.parametrize(
    ("phone", "email", "field"),
    [("12345", "", "phone"), ("081-234-56789", "", "phone"), ("+66 81 234", "", "phone"),
     ("", "thongbai at gmail", "e-mail"), ("", "thongbai@gmail", "e-mail")],
)  # fmt: skip
def test_a_mistyped_phone_or_e_mail_is_refused_naming_the_field(
    phone: str, email: str, field: str
) -> None:
    with pytest.raises(ParticipantError, match=f"^{field}:"):
        clean_input(ParticipantInput("ทองใบ", phone=phone, email=email))


@pytest.mark.parametrize(
    ("phone", "email"),
    [("081 234 5678", "thongbai@example.co.th"), ("+44 20 7946 0958", ""),
     ("02-123-4567 ต่อ 12", ""), ("-", "-"), ("", " thongbai @example.org ")],
)  # fmt: skip
def test_phones_and_e_mails_a_clerk_may_type_are_accepted(phone: str, email: str) -> None:
    clean_input(ParticipantInput("ทองใบ", phone=phone, email=email))


def test_an_odd_phone_kept_from_an_import_does_not_block_an_edit(
    db: Database, event: EventInfo
) -> None:
    pid = add_participant(db, event.id, ParticipantInput("ทองใบ", phone="08123", email="ไม่ทราบ"))
    update_participant(db, pid, ParticipantInput("ทองใบ", "ใจงาม", phone="08123", email="ไม่ทราบ"))
    assert get_participant(db, pid).last_name == "ใจงาม"
    with pytest.raises(ParticipantError, match=r"^phone:"):
        update_participant(db, pid, ParticipantInput("ทองใบ", phone="08124"))
