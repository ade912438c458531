"""The formula text of the spreadsheet cells where it, not its result, is what was typed.

A registration form's answer that begins with '=' is stored by some exports as a formula
('=HYPERLINK(...)', '=1+1'); the clerk's record is the text that was typed, never its result.
Such a formula refers to no cell. A formula that reads cells or other sheets
('=ข้อมูลดิบ!A2&" "&ข้อมูลดิบ!B2', '=VLOOKUP(D2,...)') is how the list was built: its computed
value, which python-calamine reads, is the record, unless the file never stored one.
An xlsx or ods without formulas costs a single substring scan.
"""

from __future__ import annotations

import html
import re
import struct
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
    with path.open("rb") as file:
        head = file.read(len(OLE_SIGNATURE))
    if head == OLE_SIGNATURE:
        try:
            return _xls(path, sheet)
        except (ValueError, IndexError, struct.error, UnicodeDecodeError):
            return {}
    try:
        with zipfile.ZipFile(path) as archive:
            # By content, not name: a workbook may be renamed.
            parts = set(archive.namelist())
            if "xl/workbook.xml" in parts:
                return _xlsx(archive, index)
            if "content.xml" in parts:
                return _ods(archive, sheet)
    except (
        zipfile.BadZipFile,
        KeyError,
        IndexError,
        ValueError,
        StopIteration,
        ElementTree.ParseError,
    ):
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
    name = _xlsx_sheet_path(archive, index)
    if not _holds_formulas(archive, name):
        return {}
    data = archive.read(name)
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


def _holds_formulas(archive: zipfile.ZipFile, name: str) -> bool:
    """Whether the sheet's XML holds a formula, read a megabyte at a time: the XML of a list
    of 100,000 rows is 70 MB, and one search of it holds the interpreter lock (and with it
    the window) for a tenth of a second."""
    tail = b""
    with archive.open(name) as part:
        while chunk := part.read(1 << 20):
            window = tail + chunk
            if b"<f>" in window or b"<f " in window:
                return True
            tail = chunk[-3:]
    return False


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


# Excel 97-2003 (.xls): a BIFF8 workbook stream inside an OLE2 compound file. A formula is
# kept as tokens, so only those built of constants, operators and a few functions are turned
# back into text; any other token reads a cell, a name or another sheet (or is unknown), and
# the value Excel stored for it stands.
# How an OLE2 file begins: an .xls, or an xlsx protected by a password.
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END_OF_CHAIN = 0xFFFFFFFE
# Function numbers of BIFF8 (ptgFunc takes a fixed count of arguments, ptgFuncVar says it).
_XLS_FUNCTIONS = {
    1: "IF", 4: "SUM", 27: "ROUND", 30: "REPT", 31: "MID", 32: "LEN", 33: "VALUE", 48: "TEXT",
    111: "CHAR", 112: "LOWER", 113: "UPPER", 114: "PROPER", 115: "LEFT", 116: "RIGHT",
    118: "TRIM", 336: "CONCATENATE", 359: "HYPERLINK",
}  # fmt: skip
_XLS_FIXED_ARGS = {27: 2, 30: 2, 31: 3, 32: 1, 33: 1, 48: 2, 111: 1, 112: 1, 113: 1, 114: 1, 118: 1}
_XLS_BINARY = {0x03: "+", 0x04: "-", 0x05: "*", 0x06: "/", 0x07: "^", 0x08: "&", 0x09: "<",
               0x0A: "<=", 0x0B: "=", 0x0C: ">=", 0x0D: ">", 0x0E: "<>"}  # fmt: skip


def _chain(data: bytes, start: int, table: list[int], size: int, base: int = 0) -> bytes:
    """The sectors of ``size`` bytes from ``base`` in ``data`` that ``table`` chains from
    ``start`` (a damaged file's loop ends where it comes round)."""
    parts, seen = [], set()
    while start < _END_OF_CHAIN and start not in seen and start < len(table):
        seen.add(start)
        parts.append(data[base + start * size : base + (start + 1) * size])
        start = table[start]
    return b"".join(parts)


def _ole_stream(data: bytes, wanted: tuple[str, ...]) -> bytes:
    """The first stream named one of ``wanted`` in an OLE2 compound file."""
    sector = 1 << struct.unpack_from("<H", data, 30)[0]
    mini_sector = 1 << struct.unpack_from("<H", data, 32)[0]
    first_dir, cutoff, first_mini_fat = struct.unpack_from("<I4xII", data, 48)
    difat_next, difat_count = struct.unpack_from("<II", data, 68)
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s < _END_OF_CHAIN]
    while difat_count and difat_next < _END_OF_CHAIN:
        more = struct.unpack_from(f"<{sector // 4}I", data, 512 + difat_next * sector)
        fat_sectors += [s for s in more[:-1] if s < _END_OF_CHAIN]
        difat_next, difat_count = more[-1], difat_count - 1
    fat: list[int] = []
    for s in fat_sectors:
        fat.extend(struct.unpack_from(f"<{sector // 4}I", data, 512 + s * sector))
    directory = _chain(data, first_dir, fat, sector, 512)
    entries = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
    for entry in entries:
        length = struct.unpack_from("<H", entry, 64)[0]
        name = entry[: max(length - 2, 0)].decode("utf-16-le")
        if entry[66] != 2 or name not in wanted:  # 2: a stream
            continue
        start, size = struct.unpack_from("<II", entry, 116)
        if size >= cutoff:
            return _chain(data, start, fat, sector, 512)[:size]
        # A small stream lies in the mini stream, which the root entry holds.
        mini_stream = _chain(data, struct.unpack_from("<I", entries[0], 116)[0], fat, sector, 512)
        mini_fat_bytes = _chain(data, first_mini_fat, fat, sector, 512)
        mini_fat = list(struct.unpack(f"<{len(mini_fat_bytes) // 4}I", mini_fat_bytes))
        return _chain(mini_stream, start, mini_fat, mini_sector)[:size]
    raise ValueError("no workbook stream")


def _xls_records(stream: bytes) -> list[tuple[int, bytes]]:
    """The records of the workbook's own part, up to its end (the sheets follow it)."""
    records = []
    at = 0
    while at + 4 <= len(stream):
        kind, size = struct.unpack_from("<HH", stream, at)
        records.append((kind, stream[at + 4 : at + 4 + size]))
        at += 4 + size
        if kind == 0x000A:  # EOF
            break
    return records


def _xls(path: Path, sheet: str) -> Formulas:
    stream = _ole_stream(path.read_bytes(), ("Workbook", "Book"))
    start = None
    for kind, body in _xls_records(stream):
        if kind == 0x0085:  # BOUNDSHEET: where a sheet starts, and its name
            length, flags = body[6], body[7]
            raw = body[8:]
            name = (
                raw[: length * 2].decode("utf-16-le")
                if flags & 1
                else raw[:length].decode("latin-1")
            )
            if name == sheet:
                start = struct.unpack_from("<I", body)[0]
    if start is None:
        return {}
    found: Formulas = {}
    # Only the records' headers are read on the way: a sheet holds one record per cell.
    at, end, header = start, len(stream), struct.Struct("<HH").unpack_from
    while at + 4 <= end:
        kind, size = header(stream, at)
        if kind == 0x0006:  # FORMULA: row, column, ..., the tokens' length and the tokens
            row, column = header(stream, at + 4)
            length = struct.unpack_from("<H", stream, at + 24)[0]
            text = _xls_formula(stream[at + 26 : at + 26 + length])
            if text is not None:
                found[(row, column)] = text
        elif kind == 0x000A:  # the sheet's end
            break
        at += 4 + size
    return found


def _xls_formula(tokens: bytes) -> str | None:
    """The text of a formula of constants only ('=HYPERLINK("a","b")', '=1+1'); None when it
    holds anything else."""
    stack: list[str] = []
    at = 0
    while at < len(tokens):
        ptg = tokens[at]
        at += 1
        if ptg == 0x17:  # a string
            length, flags = tokens[at], tokens[at + 1]
            at += 2
            width = 2 if flags & 1 else 1
            raw = tokens[at : at + length * width]
            at += length * width
            text = raw.decode("utf-16-le" if width == 2 else "latin-1")
            stack.append('"' + text.replace('"', '""') + '"')
        elif ptg == 0x1E:  # an integer
            stack.append(str(struct.unpack_from("<H", tokens, at)[0]))
            at += 2
        elif ptg == 0x1F:  # a number
            number = struct.unpack_from("<d", tokens, at)[0]
            stack.append(str(int(number)) if number.is_integer() else repr(number))
            at += 8
        elif ptg == 0x1D:  # TRUE or FALSE
            stack.append("TRUE" if tokens[at] else "FALSE")
            at += 1
        elif ptg in _XLS_BINARY:
            right, left = stack.pop(), stack.pop()
            stack.append(left + _XLS_BINARY[ptg] + right)
        elif ptg in (0x12, 0x13):  # unary + and -
            stack.append(("+" if ptg == 0x12 else "-") + stack.pop())
        elif ptg == 0x14:
            stack.append(stack.pop() + "%")
        elif ptg == 0x15:
            stack.append("(" + stack.pop() + ")")
        elif ptg == 0x16:  # an argument left out
            stack.append("")
        elif ptg == 0x19:  # an attribute: spacing and jumps, or SUM of one argument
            options, skip = tokens[at], struct.unpack_from("<H", tokens, at + 1)[0]
            at += 3
            if options & 0x04:  # CHOOSE's jump table
                at += (skip + 1) * 2
            if options & 0x10:
                stack.append("SUM(" + stack.pop() + ")")
        elif ptg in (0x21, 0x41, 0x61, 0x22, 0x42, 0x62):  # a function
            if ptg & 0x0F == 0x02:
                count = tokens[at]
                number = struct.unpack_from("<H", tokens, at + 1)[0] & 0x7FFF
                at += 3
            else:
                number = struct.unpack_from("<H", tokens, at)[0]
                count = _XLS_FIXED_ARGS.get(number, -1)
                at += 2
            name = _XLS_FUNCTIONS.get(number)
            if name is None or count < 0 or count > len(stack):
                return None
            args = stack[len(stack) - count :] if count else []
            del stack[len(stack) - count :]
            stack.append(f"{name}({','.join(args)})")
        else:  # a cell, a range, a name, another sheet: its value is the record
            return None
    return "=" + stack[0] if len(stack) == 1 else None
