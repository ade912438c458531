"""Events, sittings and sectors through the service, as the form and the CLI use it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from ecodesk.db.models import AuditEntry
from ecodesk.services import events
from ecodesk.services.thai_dates import fiscal_year, format_date, format_date_range, parse_be_date


def _input(**overrides: object) -> events.EventInput:
    data = events.EventInput(
        code="lp-2566",
        name="อบรมความปลอดภัยโรงงาน",
        start_date=date(2023, 3, 1),
        end_date=date(2023, 3, 2),
        venue="ห้องประชุม",
        organiser="สำนักงานอุตสาหกรรมจังหวัดลำปาง",
        sittings=[
            events.SittingInput("วันที่ 1", datetime(2023, 3, 1, 9), datetime(2023, 3, 1, 16), "day"),
            events.SittingInput("วันที่ 2", datetime(2023, 3, 2, 9), datetime(2023, 3, 2, 12)),
        ],
        sectors=[events.SectorInput("สถานประกอบการ", 30), events.SectorInput("หน่วยงานภาครัฐ", 10)],
    )
    for key, value in overrides.items():
        setattr(data, key, value)
    return data


def test_create_and_read_back_an_event(db) -> None:  # type: ignore[no-untyped-def]
    created = events.create_event(db, _input(), desk="desk-1")
    assert created.code == "LP2566"
    found = events.get_event(db, "lp2566")
    assert found.name == "อบรมความปลอดภัยโรงงาน"
    assert [s.name for s in found.sittings] == ["วันที่ 1", "วันที่ 2"]
    assert [(s.name, s.target) for s in found.sectors] == [
        ("สถานประกอบการ", 30),
        ("หน่วยงานภาครัฐ", 10),
    ]
    assert all(s.colour.startswith("#") for s in found.sectors)
    with db.session() as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert (entry.action, entry.entity, entry.desk) == ("create", "event", "desk-1")


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"name": "  "}, "name"),
        ({"code": "ก"}, "code"),
        ({"end_date": date(2023, 2, 1)}, "end_date"),
        ({"sectors": [events.SectorInput("ก"), events.SectorInput("ก")]}, "sectors"),
        (
            {
                "sittings": [
                    events.SittingInput("x", datetime(2023, 3, 1, 9), datetime(2023, 3, 1, 8))
                ]
            },
            "sittings",
        ),
    ],
)
def test_invalid_events_are_refused_naming_the_field(db, overrides, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(events.EventError) as err:
        events.create_event(db, _input(**overrides))
    assert str(err.value).startswith(field + ":")
    assert events.list_events(db) == []


def test_a_duplicate_code_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    events.create_event(db, _input())
    with pytest.raises(events.EventError, match="code"):
        events.create_event(db, _input(name="อีกงาน"))


def test_editing_keeps_sitting_ids_so_check_ins_stay_attached(db) -> None:  # type: ignore[no-untyped-def]
    created = events.create_event(db, _input())
    first = created.sittings[0]
    edited = _input(venue="หอประชุมใหญ่")
    edited.sittings[0].id = first.id
    edited.sittings[0].name = "วันแรก"
    updated = events.update_event(db, created.id, edited)
    assert updated.sittings[0].id == first.id
    assert updated.sittings[0].name == "วันแรก"
    assert updated.venue == "หอประชุมใหญ่"


def test_current_sitting_is_the_one_on_now(db) -> None:  # type: ignore[no-untyped-def]
    e = events.create_event(db, _input())
    assert e.current_sitting(datetime(2023, 3, 2, 10)).name == "วันที่ 2"
    assert e.current_sitting(datetime(2023, 3, 1, 7)).name == "วันที่ 1"
    assert e.sitting("วันที่ 2").name == "วันที่ 2"
    with pytest.raises(events.EventNotFound):
        e.sitting("บ่าย")


def test_buddhist_era_dates() -> None:
    assert format_date(date(2022, 6, 16)) == "16 มิถุนายน 2565"
    assert format_date(date(2022, 6, 16), short=True) == "16 มิ.ย. 2565"
    assert format_date(date(2022, 6, 16), lang="en") == "16 June 2022"
    assert format_date_range(date(2022, 6, 16), date(2022, 6, 17)) == "16–17 มิถุนายน 2565"
    assert parse_be_date("16/6/2565") == date(2022, 6, 16)
    assert parse_be_date("2022-06-16") == date(2022, 6, 16)
    assert fiscal_year(date(2022, 10, 1)) == 2566
    assert fiscal_year(date(2022, 9, 30)) == 2565
