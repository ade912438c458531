"""The many ways Thai offices and forms word the same column and the same answer."""

from __future__ import annotations

import pytest

from ecodesk.exchange.importing.mapping import guess_mapping


def _fields(headers: list[str]) -> list[str]:
    return [c.field for c in guess_mapping(headers)]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["No.", "คำนำหน้า / Title", "ชื่อ / Name", "นามสกุล / Surname", "หน่วยงาน / Organization"],
            ["", "title", "first_name", "last_name", "organisation"],
        ),
        (
            ["ที่", "คำนำหน้าชื่อ\nTitle", "ชื่อ\nFirst name", "นามสกุล\nSurname", "อีเมล\nE-mail"],
            ["", "title", "first_name", "last_name", "email"],
        ),
        (["Surname / นามสกุล", "ชื่อ / First name"], ["last_name", "first_name"]),
        # Halves that name different fields are one column for both.
        (["ชื่อ/สกุล", "หน่วยงาน"], ["full_name", "organisation"]),
        (["ชื่อ-สกุล / Name-Surname", "หน่วยงาน"], ["full_name", "organisation"]),
    ],
)
def test_a_bilingual_header_names_what_both_its_halves_name(
    headers: list[str], expected: list[str]
) -> None:
    assert _fields(headers) == expected


@pytest.mark.parametrize(
    "other",
    ["ชื่อโครงการ", "ชื่อโครงการที่ท่านเข้าร่วม", "ชื่อกิจกรรม", "ชื่อหลักสูตร", "ชื่อ LINE", "ชื่อไลน์",
     "ชื่อบัญชี LINE"],
)  # fmt: skip
def test_the_name_of_a_project_or_a_line_account_is_not_the_persons(other: str) -> None:
    # The person's own header names the name less closely than 'ชื่อโครงการ' does.
    assert _fields([other, "ชื่อผู้เข้าร่วมอบรม", "หน่วยงาน"]) == ["", "first_name", "organisation"]
    assert _fields(["ชื่อ-สกุล ผู้ลงทะเบียน", other]) == ["full_name", ""]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        # An address, the agency's too, is not the organisation, with or without one beside it.
        (["ชื่อ-สกุล", "ที่อยู่หน่วยงาน", "ตำแหน่ง"], ["full_name", "", "position"]),
        (["ชื่อ-สกุล", "ที่อยู่หน่วยงาน", "ชื่อหน่วยงาน"], ["full_name", "", "organisation"]),
        (["Name", "Office address", "Email address"], ["full_name", "", "email"]),
        (["ชื่อ-สกุล", "ที่อยู่อีเมล"], ["full_name", "email"]),
        # How a person attends is not the sector.
        (["ชื่อ-สกุล", "ประเภทการเข้าร่วม (Onsite/Online)"], ["full_name", ""]),
        (["ชื่อ-สกุล", "ประเภทผู้เข้าร่วม"], ["full_name", "sector"]),
        # A confirmation of attendance says whether the registration stands.
        (["ชื่อ-สกุล", "ยืนยันการเข้าร่วม"], ["full_name", "status"]),
        (["ชื่อ-สกุล", "สถานะการเข้าร่วม"], ["full_name", "status"]),
        # A seat is no position.
        (["ชื่อ-สกุล", "ตำแหน่งที่นั่ง"], ["full_name", ""]),
        (["ชื่อ-สกุล", "ตำแหน่งที่นั่ง", "ตำแหน่ง"], ["full_name", "", "position"]),
    ],
)
def test_columns_that_only_look_like_a_field(headers: list[str], expected: list[str]) -> None:
    assert _fields(headers) == expected
