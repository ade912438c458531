"""``ecodesk import`` and ``ecodesk participants list`` as a script would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from ecodesk.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "cli.sqlite3"
    code, _, err = run(
        capsys, db, "event", "create", "--code", "EIT", "--name", "สัมมนา", "--date", "16/6/2565",
        "--sitting", "เช้า=08:30-12:00",
    )  # fmt: skip
    assert code == 0, err
    return db


def test_import_dry_run_then_import_then_list(
    capsys: pytest.CaptureFixture[str], db_file: Path, samples: Path
) -> None:
    code, out, _ = run(
        capsys, db_file, "import", str(samples / "registration.xlsx"), "--dry-run", "--json"
    )
    assert code == 0
    dry = json.loads(out)
    assert dry["dry_run"] and dry["would_import"] == 40 and dry["imported"] == 0
    assert {c["header"]: c["field"] for c in dry["columns"]}["หน่วยงาน/สังกัด"] == "organisation"
    code, out, _ = run(capsys, db_file, "participants", "list", "--json")
    assert json.loads(out) == []

    code, out, _ = run(capsys, db_file, "import", str(samples / "registration.xlsx"), "--json")
    done = json.loads(out)
    assert done["imported"] == 40
    assert any(i["status"] == "duplicate" and "row 42" in i["where"] for i in done["issues"])

    code, out, _ = run(capsys, db_file, "participants", "list", "--search", "ปิยะนุช", "--json")
    found = json.loads(out)
    assert sorted(p["title"] for p in found) == ["นาง", "นาย"]
    assert all(len(p["token"]) == 26 and len(p["short_code"]) == 6 for p in found)
    assert found[0]["checkins"] == []


def test_map_option_and_refused_file(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("คนที่มา,ที่ทำงาน\nดร.สมศรี มีสุข,อบต.แม่เมาะ\n", encoding="utf-8")
    code, _, err = run(capsys, db_file, "import", str(odd))
    assert code == 2 and "odd.csv" in err and "nothing was imported" in err
    code, out, err = run(capsys, db_file, "import", str(odd), "--map", "A=full_name", "--json")
    assert code == 0, err
    code, out, _ = run(capsys, db_file, "participants", "list", "--json")
    (person,) = json.loads(out)
    assert (person["title"], person["first_name"], person["last_name"]) == ("ดร.", "สมศรี", "มีสุข")


def test_header_row_given_or_found_under_a_long_title_block(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    """A header whose names column has an unknown label, under 40 lines of notes: --map finds
    the row holding the mapped header, --header-row says which it is."""
    notes = "".join(f"หมายเหตุข้อ {n}: แต่งกายสุภาพ,\n" for n in range(40))
    listing = tmp_path / "list.csv"
    listing.write_text(notes + "คนที่มา,หน่วยงาน\nดร.สมศรี มีสุข,อบต.แม่เมาะ\n", encoding="utf-8")
    code, out, err = run(
        capsys, db_file, "import", str(listing), "--map", "คนที่มา=full_name", "--dry-run",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    found = json.loads(out)
    assert (found["header_row"], found["would_import"]) == (41, 1)
    code, out, err = run(
        capsys, db_file, "import", str(listing), "--header-row", "41", "--map", "A=full_name",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, db_file, "participants", "list", "--json")
    (person,) = json.loads(out)
    assert (person["first_name"], person["organisation"]) == ("สมศรี", "อบต.แม่เมาะ")


def test_sheets_of_one_list_are_imported_together_and_another_list_is_named(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    workbook = Workbook()
    public = workbook.active
    public.title = "ภาครัฐ"
    public.append(["ชื่อ-สกุล", "หน่วยงาน"])
    public.append(["นายธีระ คำมา", "อำเภอแม่เมาะ"])
    public.append(["นางวิไล มากมี", "สอจ.ลำปาง"])
    private = workbook.create_sheet("ภาคเอกชน")
    private.append(["ชื่อ-สกุล", "หน่วยงาน"])
    private.append(["นายวิชัย รุ่งเรือง", "บริษัท ลำปางเซรามิก จำกัด"])
    guests = workbook.create_sheet("แขกรับเชิญ")
    guests.append(["ชื่อ-สกุล", "หน่วยงาน", "หมายเหตุ"])
    guests.append(["นายสมพงษ์ ใจกว้าง", "อำเภอแม่เมาะ", "ประธานในพิธี"])
    path = tmp_path / "แยกภาค.xlsx"
    workbook.save(path)
    code, out, err = run(capsys, db_file, "import", str(path), "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert (summary["sheet"], summary["also_sheets"], summary["imported"]) == (
        "ภาครัฐ", ["ภาคเอกชน"], 3
    )  # fmt: skip
    # A list under other columns is named, not merged.
    (other,) = summary["other_lists"]
    assert (other["sheet"], other["rows"]) == ("แขกรับเชิญ", 1)
    assert "--sheet" in other["message"]
    code, out, err = run(capsys, db_file, "import", str(path), "--sheet", "แขกรับเชิญ", "--json")
    assert code == 0, err
    assert json.loads(out)["also_sheets"] == []
    code, out, _ = run(capsys, db_file, "participants", "list", "--json")
    people = {p["first_name"]: p["sector"] for p in json.loads(out)}
    # Each sheet's name is its people's sector.
    assert people == {"ธีระ": "ภาครัฐ", "วิไล": "ภาครัฐ", "วิชัย": "ภาคเอกชน", "สมพงษ์": ""}


def test_a_ticket_buyer_s_columns_say_what_they_give_where_no_holder_is_named(
    capsys: pytest.CaptureFixture[str], db_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "tickets.csv"
    path.write_text(
        "Buyer First Name,Buyer Last Name,Attendee First Name,Attendee Last Name\n"
        "ศิริพร,กันทะวงศ์,ธนากร,มั่นคง\nวิภาวดี,แสงทอง,,\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, db_file, "import", str(path), "--dry-run", "--json")
    assert code == 0
    columns = {c["header"]: (c["field"], c["stand_in"]) for c in json.loads(out)["columns"]}
    assert columns["Buyer First Name"] == (None, "first_name")
    assert columns["Attendee First Name"] == ("first_name", None)
