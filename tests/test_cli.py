"""The command line as a script would use it: real processes, real database files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ecodesk import __version__


def ecodesk(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "ecodesk"]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, encoding="utf-8")


def test_version_and_help() -> None:
    out = ecodesk("--version")
    assert out.returncode == 0
    assert __version__ in out.stdout
    helptext = ecodesk("--help").stdout
    for command in ("events", "event", "demo"):
        assert command in helptext


def test_demo_then_events_list_json(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    assert ecodesk("demo", db=db).returncode == 0
    out = ecodesk("events", "list", "--json", db=db)
    assert out.returncode == 0, out.stderr
    listed = json.loads(out.stdout)
    assert len(listed) == 1
    demo = listed[0]
    assert demo["code"] == "EIT2565"
    assert demo["start_date"] == "2022-06-16"
    assert demo["venue"] == "ห้องมุ่งงานเลิศ อาคารประชาสัมพันธ์แม่เมาะ"
    assert demo["participant_count"] == 120
    assert [s["kind"] for s in demo["sittings"]] == ["half_day", "study_visit"]
    assert {"id", "name", "end_date"} <= demo.keys()
    # Running it again keeps the one demo event.
    ecodesk("demo", db=db)
    assert len(json.loads(ecodesk("events", "list", "--json", db=db).stdout)) == 1


def test_event_create_with_the_fields_of_the_form(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    out = ecodesk(
        "event", "create", "--code", "ECO66", "--name", "สัมมนาเมืองอุตสาหกรรม",
        "--date", "16/6/2566", "--end-date", "2023-06-17", "--venue", "หอประชุม",
        "--organiser", "อุตสาหกรรมจังหวัด",
        "--sitting", "เช้า=08:30-12:00", "--sitting", "ดูงาน=13:00-16:30@17/6/2566:study_visit",
        "--sector", "สถานประกอบการ=40", "--sector", "ภาคประชาชน=20", "--json",
        db=db,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    created = json.loads(out.stdout)
    assert created["start_date"] == "2023-06-16"
    assert created["sittings"][1]["starts_at"] == "2023-06-17T13:00:00"
    assert created["sittings"][1]["kind"] == "study_visit"
    assert [(s["name"], s["target"]) for s in created["sectors"]] == [
        ("สถานประกอบการ", 40),
        ("ภาคประชาชน", 20),
    ]


def test_errors_go_to_stderr_with_a_non_zero_exit(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    args = ("event", "create", "--code", "A1", "--name", "x", "--date", "2023-01-01")
    assert ecodesk(*args, db=db).returncode == 0
    dup = ecodesk(*args, db=db)
    assert dup.returncode != 0
    assert dup.stdout == ""
    assert "A1" in dup.stderr

    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    refused = ecodesk("events", "list", "--json", db=bad)
    assert refused.returncode != 0
    assert str(bad) in refused.stderr
    assert bad.read_text() == "hello"


def test_ecodesk_db_variable_chooses_the_database(tmp_path: Path) -> None:
    import os

    db = tmp_path / "env.sqlite3"
    env = {**os.environ, "ECODESK_DB": str(db)}
    subprocess.run(
        [sys.executable, "-m", "ecodesk", "demo"], env=env, check=True, capture_output=True
    )
    assert db.exists()


@pytest.mark.parametrize("command", ["participants", "events", "event", "export"])
def test_a_command_without_its_subcommand_says_what_is_missing(
    command: str, tmp_path: Path
) -> None:
    out = ecodesk(command, db=tmp_path / "x.sqlite3")
    assert out.returncode == 2
    assert f"usage: ecodesk {command}" in out.stderr and "Error" not in out.stderr


def test_output_cut_short_by_its_reader_ends_quietly(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    ecodesk("demo", db=db)
    # As '| head' does once it has what it wants: the pipe is closed while the list prints.
    cmd = [sys.executable, "-m", "ecodesk", "--db", str(db), "participants", "list"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()
        errors = process.stderr.read().decode()
    assert "Traceback" not in errors and "BrokenPipe" not in errors
