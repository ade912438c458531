"""Importing into an event that has people already (an earlier import, walk-ins, desk edits
and deletions), and lists that name two people alike: who is the same person and who is not."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from ecodesk.db import Database
from ecodesk.exchange.importing.importer import (
    DELETED,
    DUPLICATE,
    EXISTING,
    NEW,
    POSSIBLE_DUPLICATE,
    import_file,
)
from ecodesk.services.events import EventInfo, EventInput, create_event
from ecodesk.services.participants import (
    ParticipantInput,
    ParticipantRow,
    add_participant,
    delete_participants,
    list_participants,
    update_participant,
)
from ecodesk.services.thai_text import title_person

HEADER = "ชื่อ-นามสกุล,หน่วยงาน,ตำแหน่ง,โทรศัพท์,อีเมล\n"
COMPANY = "บริษัท ลำปางเซรามิก จำกัด"


@pytest.fixture
def event(db: Database) -> EventInfo:
    return create_event(db, EventInput("AGAIN", "นำเข้าซ้ำ", date(2026, 12, 1), date(2026, 12, 1)))


def _list(tmp_path: Path, name: str, *rows: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_whom_a_title_names() -> None:
    assert [title_person(t) for t in ("นาย", "Mr.", "น.ส.", "นส.", "นาง", "Ms", "ด.ช.")] == [
        "man", "man", "woman", "woman", "woman", "woman", "boy",
    ]  # fmt: skip
    assert [title_person(t) for t in ("ดร.", "พ.ต.ท.", "")] == ["", "", ""]


def test_a_father_and_his_son_on_one_phone_are_two_people(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = _list(
        tmp_path, "ครอบครัว.csv",
        "นายบุญมา คำแสน,บ้านสบจาง หมู่ 3,ผู้ใหญ่บ้าน,0851112222,",
        "ด.ช.บุญมา คำแสน,โรงเรียนบ้านสบจาง,นักเรียน,085-111-2222,",
        "นายบุญมา คำแสน,บ้านสบจาง หมู่ 3,ผู้ใหญ่บ้าน,0851112222,",  # the father again
    )  # fmt: skip
    plan = import_file(db, event.id, path)
    assert [r.status for r in plan.rows] == [POSSIBLE_DUPLICATE, POSSIBLE_DUPLICATE, DUPLICATE]
    assert plan.rows[2].other_row == 2
    again = import_file(db, event.id, path)
    assert [r.status for r in again.rows] == [EXISTING] * 3
    assert len(list_participants(db, event.id)) == 2


def test_a_woman_who_shares_a_registered_man_s_name_and_organisation_is_someone_else(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    add_participant(db, event.id, ParticipantInput("ปิยะนุช", "ทาแก้ว", "นาย", COMPANY))
    path = _list(
        tmp_path, "แบบฟอร์ม.csv",
        f"นายปิยะนุช ทาแก้ว,{COMPANY},ช่างเทคนิค,0812000014,",  # the walk-in, with his phone
        f"นางปิยะนุช ทาแก้ว,{COMPANY},นักบัญชี,0812000015,",
    )  # fmt: skip
    plan = import_file(db, event.id, path)
    assert [r.status for r in plan.rows] == [EXISTING, POSSIBLE_DUPLICATE]


def test_two_e_mails_at_one_organisation_are_two_people(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    first = _list(tmp_path, "สัปดาห์ 1.csv", f"นายสมชาย ใจดี,{COMPANY},วิศวกร,0811111111,a@example.org")
    import_file(db, event.id, first)
    second = _list(
        tmp_path, "สัปดาห์ 2.csv",
        f"นายสมชาย ใจดี,{COMPANY},วิศวกร,0899999999,A@example.org",  # phone corrected
        f"นายสมชาย ใจดี,{COMPANY},พนักงานขาย,0822222222,b@example.org",  # another one
    )  # fmt: skip
    plan = import_file(db, event.id, second)
    assert [r.status for r in plan.rows] == [EXISTING, POSSIBLE_DUPLICATE]


def test_someone_named_as_a_person_deleted_at_the_desk_is_not_taken_for_them(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    add_participant(db, event.id, ParticipantInput("ปิยะนุช", "ทาแก้ว", "นาย", COMPANY))
    delete_participants(db, [p.id for p in list_participants(db, event.id)])
    path = _list(
        tmp_path, "แบบฟอร์ม.csv",
        f"นายปิยะนุช ทาแก้ว,{COMPANY},ช่างเทคนิค,0812000014,",
        f"นางปิยะนุช ทาแก้ว,{COMPANY},นักบัญชี,0812000015,",
    )  # fmt: skip
    plan = import_file(db, event.id, path)
    assert [r.status for r in plan.rows] == [DELETED, NEW]


def test_people_corrected_at_the_desk_are_known_as_the_list_names_them(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    path = _list(
        tmp_path, "แบบฟอร์ม.csv",
        f"นายศักดิ์ชัย วงศ์ไหญ่,{COMPANY},ผู้จัดการ,0812000001,",  # a slip in the surname
        "นายธีระ คำมา,บริษัท ก จำกัด,วิศวกร,0812000005,",
        "นายอนุชา มูลเมือง,ชุมชนบ้านหัวฝาย,ประธานชุมชน,0812000004,",
    )  # fmt: skip
    import_file(db, event.id, path)
    people = {p.first_name: p for p in list_participants(db, event.id)}
    _edit(db, people["ศักดิ์ชัย"], last_name="วงศ์ใหญ่")
    # Moved to another company, with a new phone; then deleted.
    _edit(db, people["ธีระ"], organisation="บริษัท ง จำกัด", phone="0870000000")
    delete_participants(db, [people["ธีระ"].id])
    # Someone sent in his place, edited twice.
    _edit(db, people["อนุชา"], first_name="อำนาจ", last_name="ใจงาม")
    _edit(db, people["อนุชา"], first_name="อำนาจ", last_name="ใจงาม", phone="0830000000")
    plan = import_file(db, event.id, path)
    assert [r.status for r in plan.rows] == [EXISTING, DELETED, EXISTING]
    assert len(list_participants(db, event.id)) == 2


def _edit(db: Database, p: ParticipantRow, **fix: str) -> None:
    person = ParticipantInput(
        p.first_name, p.last_name, p.title, p.organisation, p.position, p.sector, p.phone
    )
    update_participant(db, p.id, replace(person, **fix))


def test_a_registered_person_s_answer_sent_again_with_another_organisation_is_not_new(
    db: Database, event: EventInfo, tmp_path: Path
) -> None:
    add_participant(db, event.id, ParticipantInput("วรวุฒิ", "สุขเกษม", "นาย", "หจก.แม่เมาะวัสดุ"))
    path = _list(
        tmp_path, "แบบฟอร์ม.csv",
        "นายวรวุฒิ สุขเกษม,หจก.แม่เมาะวัสดุ,หุ้นส่วนผู้จัดการ,0812000008,",
        "นายวรวุฒิ สุขเกษม,ห้างหุ้นส่วนจำกัด แม่เมาะวัสดุ,หุ้นส่วนผู้จัดการ,0812000008,",
    )  # fmt: skip
    plan = import_file(db, event.id, path)
    assert [r.status for r in plan.rows] == [EXISTING, DUPLICATE]
    assert plan.rows[1].other_row == 2 and plan.imported == 0
