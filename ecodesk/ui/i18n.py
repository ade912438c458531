"""Interface languages: Thai by default, English switchable.

Source strings are English (``self.tr()``); Thai lives in Qt Linguist ``.ts`` files under
``resources/translations``, one per area so each part of the program keeps its own file.
They are compiled to one ``.qm`` per language by ``python -m ecodesk.ui.i18n release`` (run
at start-up when the ``.qm`` is missing or older than a ``.ts``).

``python -m ecodesk.ui.i18n update [AREA ...]`` refreshes the ``.ts`` files from the sources.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from ecodesk.resources import resource_path

log = logging.getLogger(__name__)

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
PACKAGE_DIR = Path(__file__).resolve().parent.parent
# Area -> the source folders (relative to ecodesk/) whose tr() strings it holds.
AREAS: dict[str, tuple[str, ...]] = {
    "core": ("ui", "ui/pages"),
    "participants": ("ui/participants",),
    "badges": ("ui/badges",),
    "checkin": ("ui/checkin",),
    "surveys": ("ui/surveys",),
    "reports": ("ui/reports",),
}


def translations_dir() -> Path:
    return resource_path("translations")


def ts_files(lang: str) -> list[Path]:
    return sorted(translations_dir().glob(f"ecodesk_{lang}_*.ts"))


def qm_file(lang: str) -> Path:
    return translations_dir() / f"ecodesk_{lang}.qm"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def area_sources(area: str) -> list[Path]:
    files: list[Path] = []
    for folder in AREAS[area]:
        files.extend(sorted((PACKAGE_DIR / folder).glob("*.py")))
    return files


def update(lang: str = "th", areas: list[str] | None = None) -> None:
    """Refresh each area's .ts from its sources, keeping the translations already made."""
    for area in areas or list(AREAS):
        sources = area_sources(area)
        if not sources:
            continue
        ts = translations_dir() / f"ecodesk_{lang}_{area}.ts"
        subprocess.run(
            [_tool("lupdate"), "-no-obsolete", "-locations", "none", *map(str, sources),
             "-target-language", lang, "-ts", str(ts)],
            check=True,
        )  # fmt: skip


def release(lang: str = "th", out: Path | None = None) -> Path:
    """Compile the language's .ts files into one .qm."""
    target = out or qm_file(lang)
    subprocess.run(
        [_tool("lrelease"), "-silent", *map(str, ts_files(lang)), "-qm", str(target)], check=True
    )
    return target


def _needs_release(lang: str) -> bool:
    qm = qm_file(lang)
    if not qm.exists():
        return True
    newest = max((ts.stat().st_mtime for ts in ts_files(lang)), default=0.0)
    return newest > qm.stat().st_mtime


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load EcoDesk's and Qt's own translations for ``lang``; English needs none of ours."""
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    if ts_files(lang) and _needs_release(lang):
        try:
            release(lang)
        except (OSError, subprocess.CalledProcessError):
            log.exception("could not compile the %s translations", lang)
    ours = QTranslator(app)
    if ours.load(str(qm_file(lang))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no %s translation found at %s", lang, qm_file(lang))
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "release"
    if action == "update":
        update(areas=sys.argv[2:] or None)
    release()
