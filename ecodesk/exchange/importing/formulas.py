"""The formula text of spreadsheet cells, which python-calamine does not give.

A registration form's answer that begins with '=' is stored by some exports as a formula
('=HYPERLINK(...)'); the clerk's record is the text that was typed, never its result, so a
formula cell is read back as '=' followed by its formula. Files without formulas cost a
single substring scan.
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

Formulas = dict[tuple[int, int], str]

_XLSX_CELL_RE = re.compile(
    rb'<c r="([A-Z]+)(\d+)"[^>]*?>(?:(?!</c>).)*?<f(?:\s[^>]*)?>([^<]+)</f>', re.DOTALL
)
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def read_formulas(path: Path, sheet: str, index: int) -> Formulas:
    """(row, column) -> '=formula' for the sheet at ``index`` named ``sheet`` (0-based cells)."""
    suffix = path.suffix.lower()
    try:
        with zipfile.ZipFile(path) as archive:
            if suffix in (".xlsx", ".xlsm"):
                return _xlsx(archive, index)
            if suffix == ".ods":
                return _ods(archive, sheet)
    except (zipfile.BadZipFile, KeyError, IndexError, StopIteration, ElementTree.ParseError):
        return {}
    return {}


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _xlsx_sheet_path(archive: zipfile.ZipFile, index: int) -> str:
    sheets = ElementTree.fromstring(archive.read("xl/workbook.xml")).iter(f"{_MAIN}sheet")
    rel_id = [s.get(f"{_REL}id") for s in sheets][index]
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(r.get("Target", "") for r in rels if r.get("Id") == rel_id)
    return target.lstrip("/") if target.startswith("/") else "xl/" + target


def _xlsx(archive: zipfile.ZipFile, index: int) -> Formulas:
    data = archive.read(_xlsx_sheet_path(archive, index))
    if b"<f>" not in data and b"<f " not in data:
        return {}
    found: Formulas = {}
    for m in _XLSX_CELL_RE.finditer(data):
        text = html.unescape(m.group(3).decode("utf-8"))
        found[(int(m.group(2)) - 1, _column_number(m.group(1)))] = "=" + text
    return found


def _ods_formula(text: str) -> str:
    """'of:=HYPERLINK("a";"b")' as Excel writes it: '=HYPERLINK("a","b")'."""
    text = text.removeprefix("of:")
    parts = re.split(r'("[^"]*")', text)
    out = []
    for part in parts:
        if not part.startswith('"'):
            part = re.sub(r"\[\.?([^\]]+)\]", r"\1", part).replace(";", ",")
        out.append(part)
    return "".join(out)


def _ods(archive: zipfile.ZipFile, sheet: str) -> Formulas:
    data = archive.read("content.xml")
    if b"table:formula=" not in data:
        return {}
    found: Formulas = {}
    root = ElementTree.fromstring(data)
    for table in root.iter(f"{_T}table"):
        if table.get(f"{_T}name") != sheet:
            continue
        row_number = 0
        for row in table.iter(f"{_T}table-row"):
            column = 0
            for cell in row:
                formula = cell.get(f"{_T}formula")
                if formula:
                    found[(row_number, column)] = _ods_formula(formula)
                column += int(cell.get(f"{_T}number-columns-repeated", "1"))
            row_number += int(row.get(f"{_T}number-rows-repeated", "1"))
    return found
