"""Lists printed to PDF and converted back to a spreadsheet: a converter puts each page's table
where it finds it, often a column further right or left than the first page's, its header
repeated above it."""

from __future__ import annotations

from collections.abc import Sequence

from ecodesk.exchange.importing.headers import normalise_header
from ecodesk.exchange.importing.reading import Cell


def layout(header: Sequence[Cell]) -> tuple[str, ...]:
    """What a header says column by column, as two pages or sheets of one list share it,
    wherever on the sheet it starts."""
    labels = [normalise_header(c) for c in header]
    while labels and not labels[-1]:
        labels.pop()
    return tuple(labels[indent(labels) :])


def indent(header: Sequence[Cell]) -> int:
    """How many columns left of a header have no label."""
    return next((i for i, c in enumerate(header) if normalise_header(c)), len(header))


def shifted(row: list[Cell], by: int, width: int) -> list[Cell]:
    """``row`` moved ``by`` columns to the left (to the right when negative), ``width`` wide."""
    moved = row[by:] if by >= 0 else [""] * -by + row
    return (moved + [""] * width)[:width]


def realign_pages(rows: list[list[Cell]], header: int) -> None:
    """The rows under the header repeated a column or more over (a later page of a converted
    PDF) moved back under the first page's columns, up to the next header."""
    if not rows[header]:
        return
    labels = rows[header]
    at = indent(labels)
    if at == len(labels):
        return
    # The repeated header is found by its first label, as typed: one comparison per cell.
    first, want = labels[at], layout(labels)
    by = 0
    for i in range(header + 1, len(rows)):
        row = rows[i]
        if first in row and (j := row.index(first)) != at + by and layout(row) == want:
            by = j - at
        if by:
            rows[i] = shifted(row, by, len(row))
