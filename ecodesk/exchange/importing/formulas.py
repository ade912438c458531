"""The formula text of the spreadsheet cells where it, not its result, is what was typed.

A registration form's answer that begins with '=' is stored by some exports as a formula
('=HYPERLINK(...)', '=1+1'); the clerk's record is the text that was typed, never its result.
Such a formula refers to no cell. A formula that reads cells or other sheets
('=ข้อมูลดิบ!A2&" "&ข้อมูลดิบ!B2', '=VLOOKUP(D2,...)') is how the list was built: its computed
value, which python-calamine reads, is the record, unless the file never stored one.
Files without formulas cost a single substring scan.
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from ecodesk.exchange.importing import ods

Formulas = dict[tuple[int, int], str]

_XLSX_CELL_RE = re.compile(
    rb'<c r="([A-Z]+)(\d+)"([^>]*?)>(?:(?!</c>).)*?<f(?:\s[^>]*)?>([^<]+)</f>\s*(?:<v>([^<]*)</v>)?',
    re.DOTALL,
)
_STRING_RE = re.compile(r'"(?:[^"]|"")*"')
_FUNCTION_RE = re.compile(r"[A-Za-z_][\w.]*\s*\(")
_BOOLEAN_RE = re.compile(r"\b(?:TRUE|FALSE)\b", re.IGNORECASE)
# A letter not inside a number: a cell ('A2', '$B$3'), a defined name or a sheet name.
_NAME_RE = re.compile(r"(?<![\d.])[^\W\d]")
# Functions whose result depends on where the cell is or when it is computed.
_POSITIONAL = re.compile(r"\b(?:ROW|COLUMN|TODAY|NOW|RAND|RANDBETWEEN|INDIRECT|OFFSET)\s*\(", re.I)
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def refers_to_cells(formula: str) -> bool:
    """Whether a formula reads other cells, sheets or names (or its own place, or the clock)."""
    if _POSITIONAL.search(formula):
        return True
    code = _STRING_RE.sub("", formula.removeprefix("of:").removeprefix("="))
    # '!' and '[' mark another sheet (Excel, ODF); ':' a range.
    if any(mark in code for mark in "![:"):
        return True
    code = _BOOLEAN_RE.sub("", _FUNCTION_RE.sub("", code))
    return _NAME_RE.search(code) is not None


def read_formulas(path: Path, sheet: str, index: int) -> Formulas:
    """(row, column) -> '=formula' for the typed formulas of the sheet at ``index`` named
    ``sheet`` (0-based cells): those that refer to no cell, or whose value was never stored."""
    try:
        with zipfile.ZipFile(path) as archive:
            # By content, not name: a workbook may be renamed.
            parts = set(archive.namelist())
            if "xl/workbook.xml" in parts:
                return _xlsx(archive, index)
            if "content.xml" in parts:
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
        text = html.unescape(m.group(4).decode("utf-8"))
        value = m.group(5)
        # An empty value counts only as a computed empty text (t="str"): a writer that does
        # not compute (openpyxl) leaves '<v />' on every formula.
        if value is not None and (value or b't="str"' in m.group(3)) and refers_to_cells(text):
            continue
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
    for row, column, cell in ods.cells(ElementTree.fromstring(data), sheet):
        formula = cell.get(f"{ods.TABLE}formula")
        computed = cell.get(f"{ods.OFFICE}value-type") is not None
        if formula and not (computed and refers_to_cells(formula)):
            found[(row, column)] = _ods_formula(formula)
    return found
