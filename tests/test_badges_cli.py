"""``ecodesk badges`` and ``ecodesk badge-reissue`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ecodesk.cli import main
from ecodesk.db import Database
from ecodesk.services import badges
from ecodesk.services.events import EventInfo
from tests.pdf_render import Pdf


def _run(capsys: pytest.CaptureFixture[str], db_path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_badges_only_and_not_printed(
    qapp: object,
    db: Database,
    db_path: Path,
    demo_event: EventInfo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    everyone = badges.badge_set(db, demo_event.id).badges
    two = [everyone[0].code_text, str(everyone[1].participant_id)]
    out = tmp_path / "two.pdf"
    code, stdout, _ = _run(
        capsys, db_path, "badges", "--out", str(out), "--layout", "a6", "--only", *two, "--json"
    )
    assert code == 0
    assert json.loads(stdout) == {"file": str(out), "layout": "a6", "badges": 2, "pages": 2}
    pdf = Pdf(out)
    assert pdf.qr_texts(0) + pdf.qr_texts(1) == [everyone[0].payload, everyone[1].payload]

    rest = tmp_path / "rest.pdf"
    code, stdout, _ = _run(capsys, db_path, "badges", "--out", str(rest), "--not-printed", "--json")
    assert code == 0 and json.loads(stdout)["badges"] == len(everyone) - 2
    code, _, stderr = _run(capsys, db_path, "badges", "--out", str(rest), "--not-printed")
    assert code == 2 and "no badges to print" in stderr


def test_badges_errors_name_the_problem(
    qapp: object,
    db_path: Path,
    demo_event: EventInfo,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = str(tmp_path / "x.pdf")
    assert _run(capsys, db_path, "badges", "--out", out, "--layout", "letter")[2].count("a4-8") == 1
    assert "'ZZZ-ZZZ'" in _run(capsys, db_path, "badges", "--out", out, "--only", "ZZZ-ZZZ")[2]
    assert (
        "no event with the code"
        in _run(capsys, db_path, "badges", "--out", out, "--event", "NOPE")[2]
    )
    assert "no such file" in _run(capsys, db_path, "badges", "--out", out, "--logo", "nope.svg")[2]
    code, _, stderr = _run(capsys, db_path, "badges", "--out", str(tmp_path / "missing" / "x.pdf"))
    assert code == 2 and "x.pdf" in stderr
    assert not list(tmp_path.rglob("*.pdf*"))


def test_list_layouts_and_reissue(
    qapp: object,
    db: Database,
    db_path: Path,
    demo_event: EventInfo,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, stdout, _ = _run(capsys, db_path, "badges", "--list-layouts", "--json")
    assert [item["name"] for item in json.loads(stdout)] == ["a4-8", "a4-10", "a6", "roll-62"]
    old = badges.badge_set(db, demo_event.id).badges[0]
    code, stdout, _ = _run(capsys, db_path, "badge-reissue", old.code_text, "--json")
    assert code == 0
    new_code = json.loads(stdout)["short_code"]
    assert new_code != old.short_code
    assert badges.resolve_participants(db, demo_event.id, [new_code]) == [old.participant_id]
    code, _, stderr = _run(capsys, db_path, "badge-reissue", old.code_text)
    assert code == 2 and "no participant" in stderr
