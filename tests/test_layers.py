"""The core stays Qt-free, so the CLI and the phone-survey server can reuse it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ecodesk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", ["services", "db"])
def test_core_layers_do_not_import_qt(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


@pytest.mark.parametrize("layer", ["services", "db", "exchange"])
def test_lower_layers_do_not_import_the_ui(layer: str) -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for name in _imports(path)
        if name.startswith(("ecodesk.ui", "ecodesk.printing", "ecodesk.cli", "ecodesk.commands"))
    ]
    assert offenders == []


def test_db_imports_nothing_else_of_ours() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in sorted((PACKAGE / "db").rglob("*.py"))
        for name in _imports(path)
        if name.startswith("ecodesk.") and not name.startswith("ecodesk.db")
    ]
    assert offenders == []


def test_importing_every_service_loads_no_qt() -> None:
    modules = sorted(
        f"ecodesk.{p.parent.name}.{p.stem}"
        for layer in ("services", "db")
        for p in (PACKAGE / layer).glob("*.py")
        if p.stem != "__init__"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
