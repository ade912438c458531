"""Every visible string has its Thai translation, and the Thai .qm builds and loads."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ecodesk.ui import i18n


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or ""): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("area", sorted(i18n.AREAS))
def test_every_string_of_the_area_is_translated_to_thai(area: str, tmp_path: Path) -> None:
    sources = i18n.area_sources(area)
    ts = i18n.translations_dir() / f"ecodesk_th_{area}.ts"
    fresh = tmp_path / ts.name
    if ts.exists():
        shutil.copy(ts, fresh)
    elif not sources:
        return
    subprocess.run(
        [i18n._tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, sources),
         "-target-language", "th", "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    untranslated = [
        f"{context}: {source!r}"
        for (context, source), msg in _messages(fresh).items()
        if (msg.find("translation") is None) or msg.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert untranslated == [], f"run `python -m ecodesk.ui.i18n update {area}` and translate"


def test_the_thai_translation_compiles_and_translates(tmp_path: Path) -> None:
    qm = i18n.release("th", tmp_path / "th.qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "Participants") == "ผู้เข้าร่วม"
    # Qt ships no Thai for its standard buttons; ours covers them.
    assert translator.translate("QPlatformTheme", "Cancel") == "ยกเลิก"
