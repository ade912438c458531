"""``ecodesk survey`` as a script uses it: import, answer, stats, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ecodesk.services.survey_definition import dumps, loads
from tests.test_cli import ecodesk
from tests.test_survey_stats import HAND, small_form


@pytest.mark.slow
def test_import_answer_stats_export(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    assert ecodesk("demo", "--participants", "5", db=db).returncode == 0
    form = tmp_path / "form.json"
    form.write_text(dumps(small_form()), encoding="utf-8")
    imported = ecodesk("survey", "import", str(form), "--json", db=db)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["questions"] == 6

    lines = tmp_path / "answers.jsonl"
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in HAND) + "\n\n")
    loaded = ecodesk("survey", "answer", "--json-lines", str(lines), "--json", db=db)
    assert loaded.returncode == 0, loaded.stderr
    assert json.loads(loaded.stdout)["loaded"] == 5

    # A rating of 7 on line 2 refuses the whole file.
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"q1": 4}\n{"q1": 7}\n')
    refused = ecodesk("survey", "answer", "--json-lines", str(bad), db=db)
    assert refused.returncode != 0
    assert "line 2: q1: a rating must be a whole number 1-5, not 7" in refused.stderr

    out = ecodesk("survey", "stats", "--json", "--kpi", "top2", db=db)
    assert out.returncode == 0, out.stderr
    stats = json.loads(out.stdout)
    assert stats["responses"] == 5  # nothing of the refused file
    first = stats["aspects"][0]["items"][0]
    assert (first["n"], round(first["mean"], 2), round(first["sd"], 2)) == (5, 4.2, 0.84)
    assert round(stats["kpi"], 2) == 71.43
    assert stats["response_rate"]["responses"] == 5

    exported = tmp_path / "out.json"
    assert ecodesk("survey", "export", "--out", str(exported), db=db).returncode == 0
    assert loads(exported.read_text(encoding="utf-8")) == small_form()


@pytest.mark.slow
def test_demo_with_responses_and_a_broken_file(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    assert ecodesk("demo", "--participants", "5", "--responses", "30", db=db).returncode == 0
    stats = json.loads(ecodesk("survey", "stats", "--json", db=db).stdout)
    assert stats["responses"] == 30
    assert len(stats["aspects"]) == 4
    assert stats["after_mean"] > stats["before_mean"]
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": "x", "parts": [')
    out = ecodesk("survey", "import", str(broken), db=db)
    assert out.returncode != 0
    assert str(broken) in out.stderr and "not valid JSON" in out.stderr
