"""Walking the cells of an OpenDocument spreadsheet's sheet, where python-calamine does not
tell enough (typed formulas, merged cells)."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def cells(root: ElementTree.Element, sheet: str) -> Iterator[tuple[int, int, ElementTree.Element]]:
    """(row, column, cell) of every cell element of ``sheet`` in a parsed ``content.xml``,
    0-based as the sheet numbers them: a repeated row or cell counts as many as it stands for."""
    for table in root.iter(f"{TABLE}table"):
        if table.get(f"{TABLE}name") != sheet:
            continue
        row_number = 0
        for row in table.iter(f"{TABLE}table-row"):
            column = 0
            for cell in row:
                yield row_number, column, cell
                column += int(cell.get(f"{TABLE}number-columns-repeated", "1"))
            row_number += int(row.get(f"{TABLE}number-rows-repeated", "1"))
