"""Planning and running an import: every row's fate (new, duplicate, already registered,
possible duplicate, error, note) is decided before anything is written, so the preview,
``--dry-run`` and the real import agree; the write is one transaction.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select

from ecodesk.db import Database
from ecodesk.db.bulk import bulk_writer
from ecodesk.db.models import Participant
from ecodesk.exchange.importing.clerk import fill_other_answers, map_as_a_clerk
from ecodesk.exchange.importing.columns import Column
from ecodesk.exchange.importing.headers import IGNORE, NAME_PARTS, PERSON_NAMES
from ecodesk.exchange.importing.mapping import apply_overrides, guess_mapping
from ecodesk.exchange.importing.pages import indent, layout, realign_pages, shifted
from ecodesk.exchange.importing.people import person_columns
from ecodesk.exchange.importing.reading import (
    NO_NAMES,
    Cell,
    ImportFileError,
    Table,
    fill_merged_down,
    pad,
    read_table,
)
from ecodesk.exchange.importing.rows import (
    RowError,
    RowReader,
    contact_key,
    may_hold_examples,
    organisation_heading,
    row_texts,
    sub_heading,
)
from ecodesk.exchange.importing.sheets import (
    find_header,
    find_mapped_header,
    header_below,
    header_rows,
    read_list_sheet,
)
from ecodesk.services import audit
from ecodesk.services.collector import collector_paused
from ecodesk.services.participants import (
    ParticipantBatch,
    ParticipantInput,
    edits_before,
    known_sectors,
    name_key,
    name_keys,
    taken_short_codes,
)
from ecodesk.services.progress import NO_PROGRESS, Progress
from ecodesk.services.thai_text import NO_PHONE, clean_text, fold_for_search, title_person

NEW = "new"
POSSIBLE_DUPLICATE = "possible_duplicate"  # imported; shares a name with someone else
DUPLICATE = "duplicate"  # the same person earlier in the file: skipped
EXISTING = "existing"  # already registered in the event: skipped
ERROR = "error"  # cannot be read: skipped
NOTE = "note"  # a remark under the table: skipped
CANCELLED = "cancelled"  # the list says the registration was cancelled: skipped
DELETED = "deleted"  # deleted at the desk since an earlier import: skipped
IMPORTED = (NEW, POSSIBLE_DUPLICATE)
_T = TypeVar("_T")
# Rows decided between two hand-overs to the writer (and two progress reports).
BATCH_ROWS = 4000


@dataclass
class RowOutcome:
    row: int  # as the spreadsheet numbers it (1-based)
    status: str
    person: ParticipantInput | None = None
    message: str = ""
    # The other row of a duplicate or same-name pair; the error of an unreadable row.
    other_row: int | None = None
    error: RowError | None = None
    # The row's sheet when it is not the plan's own (a sheet imported with it), and the
    # other row's.
    sheet: str = ""
    other_sheet: str = ""
    # Of a row that registers several people, which one (1, 2, ...); and the other row's.
    part: int = 0
    other_part: int = 0


@dataclass
class ImportPlan:
    file: str
    sheet: str
    encoding: str
    header_row: int  # 1-based
    columns: list[Column]
    rows: list[RowOutcome] = field(default_factory=list)
    new_sectors: list[str] = field(default_factory=list)
    other_lists: dict[str, int] = field(default_factory=dict)  # sheet: rows; see Table
    also: list[str] = field(default_factory=list)  # sheets imported with this one
    imported: int = 0
    dry_run: bool = True

    def counts(self) -> dict[str, int]:
        counted = Counter(r.status for r in self.rows)
        return {
            s: counted.get(s, 0)
            for s in (NEW, POSSIBLE_DUPLICATE, DUPLICATE, EXISTING, DELETED, CANCELLED, ERROR, NOTE)
        }

    @property
    def to_import(self) -> list[ParticipantInput]:
        return [r.person for r in self.rows if r.status in IMPORTED and r.person]

    def where(self, row: int, sheet: str = "", part: int = 0) -> str:
        return f"{self.file}, sheet {sheet or self.sheet}, {row_words(row, part)}"

    def issues(self) -> list[str]:
        """Every row that is not simply imported, as 'file, sheet, row N: reason'."""
        return [
            f"{self.where(r.row, r.sheet, r.part)}: {r.message}"
            for r in self.rows
            if r.status != NEW
        ]


def row_words(row: int, part: int = 0) -> str:
    """'row 4', or 'row 4, person 2' of a row that registers several people."""
    return f"row {row}, person {part}" if part else f"row {row}"


def read_and_map(
    path: str | os.PathLike[str],
    sheet: str | None = None,
    overrides: dict[str, str] | None = None,
    header_row: int | None = None,
    *,
    as_a_clerk: bool = True,
) -> tuple[Table, int, list[Column]]:
    """The file's cells, its header row index and the guessed (or overridden) mapping.

    ``header_row`` (1-based) overrides the row found by itself. ``as_a_clerk``: the cells
    under the header read as the mapping says a clerk reads them (see ``read_as_a_clerk``);
    False leaves them as the file has them, for a mapping that may still change.
    """
    if sheet is None and header_row is None:
        table = read_list_sheet(path)
    else:
        table = read_table(path, sheet)
    pad(table.rows)
    if header_row is not None and not 1 <= header_row <= len(table.rows):
        raise ImportFileError(f"{table.file}: there is no row {header_row} to be the header")
    header = header_row - 1 if header_row is not None else find_header(table.rows)
    sheet_named = "" if table.encoding else table.sheet  # a CSV file (text) has no sheets
    if header is None:
        if not overrides:
            raise ImportFileError(
                f"{table.file}, sheet {table.sheet}: no header row naming the participants'"
                " names was found; say which row is the header (--header-row N) or which"
                " column holds what (--map COLUMN=field)",
                NO_NAMES,
                table.file,
                sheet_named,
            )
        header = find_mapped_header(table.rows, overrides)
    header_cells = table.rows[header] if table.rows else []
    if header_row is None and (two_rows := header_below(table.rows, header)) is not None:
        header, header_cells = header + 1, two_rows
    realign_pages(table.rows, header)
    columns = guess_mapping(header_cells)
    map_as_a_clerk(columns, table.rows[header + 1 :])
    if overrides:
        try:
            apply_overrides(columns, overrides)
        except ValueError as exc:
            raise ImportFileError(str(exc)) from exc
    if not any(c.field in PERSON_NAMES for c in columns):
        raise ImportFileError(
            f"{table.file}, sheet {table.sheet}: no column holds the names; map one to"
            " full_name or first_name",
            NO_NAMES,
            table.file,
            sheet_named,
        )
    if as_a_clerk:
        read_as_a_clerk(table, header, columns)
    return table, header, columns


def read_as_a_clerk(table: Table, header: int, columns: list[Column]) -> None:
    """The cells under the header as a clerk reads them: an 'other' answer in its choice, a
    cell merged down in every row it covers (but a name merged down is one person's)."""
    fill_other_answers(columns, table.rows[header + 1 :])
    shared = {c.index for c in columns if c.field and c.field not in NAME_PARTS}
    fill_merged_down(table, header, shared)


@dataclass
class People:
    """People of an event, by identity (name and contact) and by name; of each identity, whom
    the titles name (see ``title_person``): a father and his son share a name and a phone."""

    # Tuples, not sets: nearly always of one, and an event may hold 100,000 people.
    who: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    # Name with e-mail, name with organisation: a list edited since it was imported (a phone
    # corrected) still names the same person there, unless the titles or e-mails say another.
    places: dict[tuple[str, str], tuple[tuple[str, str], ...]] = field(default_factory=dict)

    def add(self, name: str, phone: str, email: str, organisation: str, title: str = "") -> None:
        self.names.add(name)
        person = title_person(title)
        who = (name, contact_key(phone, email, organisation))
        self.who[who] = _with(self.who.get(who, ()), person)
        for place in _places(name, email, organisation):
            self.places[place] = _with(self.places.get(place, ()), (person, email.casefold()))

    def holds(self, who: tuple[str, str], email: str, organisation: str, title: str = "") -> bool:
        if who[0] not in self.names:  # most rows of a first import
            return False
        person = title_person(title)
        if any(_same_person(person, p) for p in self.who.get(who, ())):
            return True
        email = email.casefold()
        return any(
            _same_person(person, p) and not (email and e and e != email)
            for place in _places(who[0], email, organisation)
            for p, e in self.places.get(place, ())
        )


def _with(found: tuple[_T, ...], item: _T) -> tuple[_T, ...]:
    return found if item in found else (*found, item)


def _same_person(one: str, other: str) -> bool:
    """Whether titles' persons (``title_person``) may be one: a title that does not say
    agrees with any."""
    return one == other or not one or not other


@dataclass
class Registered:
    """What the event has already: its participants; those deleted at the desk, whom an
    import does not bring back (a registration cancelled by telephone stays cancelled
    when the form's answers are imported again); its sectors; the short codes taken."""

    people: People
    sectors: dict[str, uuid.UUID]
    taken: set[str]
    deleted: People = field(default_factory=People)


def registered(db: Database, event_id: uuid.UUID) -> Registered:
    with db.session() as session:
        rows = session.execute(
            select(
                Participant.id,
                Participant.first_name,
                Participant.last_name,
                Participant.phone,
                Participant.email,
                Participant.organisation,
                Participant.deleted_at,
                Participant.title,
            ).where(Participant.event_id == event_id)
        ).all()
        sectors = known_sectors(session, event_id)
        taken = taken_short_codes(session, event_id)
        edits = edits_before(session, event_id)
    people, deleted = People(), People()
    for r in rows:
        into = people if r.deleted_at is None else deleted
        into.add(name_key(r.first_name, r.last_name), r.phone, r.email, r.organisation, r.title)
        if r.id in edits:
            # A list imported again still names a person the desk has corrected since (a name's
            # spelling, a phone, a substitute sent in their place) as they were before.
            was = r._asdict()
            for before in edits[r.id]:
                was.update((k, v) for k, v in before.items() if k in was and k != "id")
                into.add(
                    name_key(was["first_name"], was["last_name"]), was["phone"], was["email"],
                    was["organisation"], was["title"],
                )  # fmt: skip
    return Registered(people, sectors, taken, deleted)


def _places(name: str, email: str, organisation: str) -> list[tuple[str, str]]:
    found = [(name, "e:" + email.casefold())] if email else []
    return [*found, (name, "o:" + fold_for_search(organisation))] if organisation else found


def plan_rows(
    db: Database,
    event_id: uuid.UUID,
    table: Table,
    header: int,
    columns: list[Column],
    progress: Progress = NO_PROGRESS,
    *,
    known: Registered | None = None,
    accept: Callable[[list[ParticipantInput]], object] | None = None,
    also: Sequence[tuple[Table, int]] = (),
    several_sheets: bool = False,
) -> ImportPlan:
    """Decide every row's fate against the file itself and the event's participants.

    ``also``: sheets laid out as ``table`` (each with its header row), whose rows are
    decided after its own, with the same columns. ``several_sheets``: the list goes on in
    sheets not planned here (a preview of its first sheet). ``accept`` is given the people to
    import a batch of rows at a time, as soon as their fate is sure, so that writing them
    overlaps with deciding the next.
    """
    plan = ImportPlan(table.file, table.sheet, table.encoding, header + 1, columns)
    plan.other_lists = table.other_lists
    plan.also = [t.sheet for t, _ in also]
    if known is None:
        known = registered(db, event_id)
    decide = _Decider(plan, known)
    used = [c for c in columns if c.field != IGNORE]
    views = person_columns(used)
    readers = [RowReader(view, table.file) for _, view in views]
    buyer = _buyer_reader(columns, used, table.file) if len(views) == 1 else None
    # Of a row that registers several people, each one's number and own columns.
    owns = [(person, frozenset(c.index for c in view if c.person)) for person, view in views]
    wanted = [c.field != IGNORE for c in columns]
    sheets = [(table, header), *also]
    total = sum(len(t.rows) for t, _ in sheets)
    done = 0
    for sheet, first in sheets:
        # Of a list over several sheets, a sheet named after a sector ('ภาครัฐ') gives it to
        # the people on it who have none, as a sub-heading does to the people under it.
        heading = sub_heading([sheet.sheet]) if also or several_sheets else ""
        # Of a list grouped under headings that name the organisation, the people's own.
        group = ""
        name = "" if sheet is table else sheet.sheet
        for start in range(first + 1, len(sheet.rows), BATCH_ROWS):
            progress.update(done + start, total)
            rows = sheet.rows[start : start + BATCH_ROWS]
            typed = [reader.typed_columns(rows) for reader in readers]
            read: list[RowOutcome] = []
            batch = row_texts(rows, wanted)
            examples = may_hold_examples(batch)
            for number, cells, texts in zip(
                range(start + 1, len(sheet.rows) + 1), rows, batch, strict=False
            ):
                if not any(texts):
                    continue
                for k, part, seen in _people_of_row(texts, owns):
                    reader = readers[k]
                    if reader.is_note(seen, examples):
                        heading = sub_heading(seen) or heading
                        group = organisation_heading(seen) or group
                        plan.rows.append(
                            RowOutcome(
                                number, NOTE, message="a note, not a participant", sheet=name,
                                part=part,
                            )
                        )  # fmt: skip
                        continue
                    try:
                        person = reader.person(cells, seen, typed[k])
                    except RowError as exc:
                        stand_in = buyer.person(cells, seen, exc) if buyer is not None else None
                        if stand_in is None:
                            plan.rows.append(
                                RowOutcome(
                                    number, ERROR, message=str(exc), error=exc, sheet=name,
                                    part=part,
                                )
                            )  # fmt: skip
                            continue
                        person = stand_in
                    outcome = RowOutcome(number, NEW, person, sheet=name, part=part)
                    if said := reader.cancelled(seen):
                        outcome.status = CANCELLED
                        outcome.message = f"the registration says {said!r}: not imported"
                        plan.rows.append(outcome)
                        continue
                    if heading and not person.sector:
                        person.sector = heading
                    if group and not person.organisation:
                        person.organisation = group
                    plan.rows.append(outcome)
                    read.append(outcome)
            decide(read)
            if accept is not None:
                accept([r.person for r in read if r.status in IMPORTED and r.person])
        done += len(sheet.rows)
    progress.update(total, total)
    return plan


@dataclass
class _BuyerReader:
    """The buyer of a ticket whose holder is left blank, read from the buyer's columns (see
    ``Column.stand_in``) and the row's others; only rows that name no holder are read so."""

    reader: RowReader
    columns: list[int]

    def person(
        self, cells: Sequence[Cell], texts: Sequence[str], error: RowError
    ) -> ParticipantInput | None:
        if error.kind != "no_name":
            return None
        # The buyer's cells were not cleaned with the row's: they are not imported otherwise.
        seen = list(texts)
        for i in self.columns:
            seen[i] = clean_text(cells[i])
        try:
            return self.reader.person(cells, seen)
        except RowError:
            return None


def _buyer_reader(columns: list[Column], used: list[Column], source: str) -> _BuyerReader | None:
    """The reader of a ticket's buyer, when the columns name one beside the holder."""
    own = [Column(c.index, c.header, c.stand_in) for c in columns if c.stand_in]
    if not any(c.field in PERSON_NAMES for c in own):
        return None
    # The holder's own fields give way to the buyer's; the rest of the row is the ticket's.
    fields = {c.field for c in own} | {"title"}
    shared = [c for c in used if c.field not in fields and c.field not in NAME_PARTS]
    return _BuyerReader(RowReader(own + shared, source), [c.index for c in own])


# What a form's required question gets for no one: no answer, 'ไม่มี (ผู้ติดตาม)', '(ว่าง)'
# (see ``_people_of_row``).
_NONE = NO_PHONE | {"", "ว่าง", "(ว่าง)"}


def _no_one(text: str) -> bool:
    return text.casefold() in _NONE or text.startswith("ไม่มี")


def _people_of_row(
    texts: tuple[str, ...], owns: Sequence[tuple[int, frozenset[int]]]
) -> list[tuple[int, int, tuple[str, ...]]]:
    """The people a row registers: for each, the reader to use, which person it is (0 for a
    row of one person), and the row as that person's reader sees it, the other people's
    cells blank (see ``people.person_columns``). A row that fills none of its people's
    columns is read as the first's (a note, or a row with no name). A person whose cells
    say only 'none' ('-', 'ไม่มี': a form's required questions about an attendee who is not
    there) is not one of them."""
    if len(owns) < 2:
        return [(0, 0, texts)]
    present = [k for k, (_, own) in enumerate(owns) if not all(_no_one(texts[i]) for i in own)]
    everyone = frozenset().union(*(own for _, own in owns))
    return [
        (k, owns[k][0] if present else 0, tuple(
            "" if i in everyone and i not in owns[k][1] else t for i, t in enumerate(texts)
        ))
        for k in present or [0]
    ]  # fmt: skip


class _Decider:
    """Each person's fate, in row order: already registered, the same person as an earlier
    row (skipped), or new, flagged when someone else has the same name."""

    def __init__(self, plan: ImportPlan, known: Registered) -> None:
        self.plan = plan
        self.known = known
        self.sectors = set(known.sectors)
        # Of each identity, the rows that hold it: one, or a father's and his son's.
        self.seen: dict[tuple[str, str], list[RowOutcome]] = {}
        self.seen_names: dict[str, RowOutcome] = {}

    def __call__(self, outcomes: list[RowOutcome]) -> None:
        people = [o.person for o in outcomes if o.person]
        for outcome, person, name in zip(outcomes, people, name_keys(people), strict=True):
            self.decide(outcome, person, name)

    def decide(self, outcome: RowOutcome, person: ParticipantInput, name: str) -> None:
        who = (name, contact_key(person.phone, person.email, person.organisation))
        # A registered person's row names them for the rest of the file too: their answer
        # sent again with another organisation is not someone new.
        earlier = self.seen.setdefault(who, [])
        if self.known.people.holds(who, person.email, person.organisation, person.title):
            outcome.status, outcome.message = EXISTING, "already registered in this event"
            earlier.append(outcome)
            return
        if self.known.deleted.holds(who, person.email, person.organisation, person.title):
            outcome.status = DELETED
            outcome.message = "deleted at the desk since an earlier import: not imported again"
            earlier.append(outcome)
            return
        for other in earlier:
            mine, theirs = person.title, other.person.title if other.person else ""
            if _same_person(title_person(mine), title_person(theirs)):
                outcome.status = DUPLICATE
                outcome.message = f"the same person as {self.point(outcome, other)}: skipped"
                return
        earlier.append(outcome)
        if name in self.known.people.names:
            outcome.status = POSSIBLE_DUPLICATE
            outcome.message = "possible duplicate: a registered participant has the same name"
        elif (first := self.seen_names.get(name)) is not None:
            outcome.status = POSSIBLE_DUPLICATE
            outcome.message = f"possible duplicate: the same name as {self.point(outcome, first)}"
            if first.status == NEW:
                first.status = POSSIBLE_DUPLICATE
                first.message = f"possible duplicate: the same name as {self.point(first, outcome)}"
        else:
            self.seen_names[name] = outcome
        if person.sector and person.sector not in self.sectors:
            self.sectors.add(person.sector)
            self.plan.new_sectors.append(person.sector)

    def point(self, outcome: RowOutcome, other: RowOutcome) -> str:
        """Points ``outcome`` at ``other`` and names it: 'row 4', or 'sheet ภาครัฐ, row 4'
        on another sheet."""
        outcome.other_row, outcome.other_sheet = other.row, other.sheet
        outcome.other_part = other.part
        if other.sheet == outcome.sheet:
            return row_words(other.row, other.part)
        return f"sheet {other.sheet or self.plan.sheet}, {row_words(other.row, other.part)}"


def import_file(
    db: Database,
    event_id: uuid.UUID,
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    also: Sequence[str] | None = None,
    overrides: dict[str, str] | None = None,
    header_row: int | None = None,
    dry_run: bool = False,
    desk: str = "",
    progress: Progress = NO_PROGRESS,
) -> ImportPlan:
    """Import a registration file into an event (or, with ``dry_run``, only say what would be).

    Without ``sheet`` the sheet that holds the list is found, and the sheets that continue it
    (see ``Table.continued``) are imported with it; ``also`` names the sheets to import
    with it instead. An unreadable file raises ``ImportFileError`` and changes nothing;
    unreadable rows are reported and skipped; a cancel (``Cancelled``) leaves the database
    unchanged.
    """
    # No message text: the window shows its own (translated) label.
    progress.update(0, None)
    with ExitStack() as stack:
        stack.enter_context(collector_paused())
        # The writer starts, and the event's participants are read, while the file is parsed
        # (calamine parses without holding the interpreter lock).
        writer = None if dry_run else stack.enter_context(bulk_writer(db))
        with ThreadPoolExecutor(1) as pool:
            known = pool.submit(registered, db, event_id)
            table, header, columns = read_and_map(path, sheet, overrides, header_row)
            continued = (
                table.continued if also is None else [read_table(path, name) for name in also]
            )
            more = [_laid_out_as(other, table, columns) for other in continued]
            event_has = known.result()
        if writer is None:
            plan = plan_rows(
                db, event_id, table, header, columns, progress, known=event_has, also=more
            )
        else:
            batch = ParticipantBatch(writer, event_id, event_has.sectors, event_has.taken)
            plan = plan_rows(
                db, event_id, table, header, columns, progress,
                known=event_has, accept=batch.add, also=more,
            )  # fmt: skip
            audit.record(writer, "add", "participants", event_id, desk=desk, count=batch.count)
            plan.dry_run = False
            plan.imported = batch.count
        _let_go([table, *(t for t, _ in more)])
    return plan


def _let_go(tables: Sequence[Table]) -> None:
    """The tables' rows freed a batch at a time: freeing 100,000 rows in one go holds the
    interpreter lock, and the window with it, for 0.1-0.3 s."""
    for table in tables:
        while table.rows:
            del table.rows[-BATCH_ROWS:]


def _laid_out_as(other: Table, table: Table, columns: list[Column]) -> tuple[Table, int]:
    """Sheet ``other`` with the row its header ends on, when its header is ``table``'s."""
    found = header_rows(other.rows)
    headers = [c.header for c in columns]
    if found is None or layout(found[1]) != layout(headers):
        raise ImportFileError(
            f"{table.file}, sheet {other.sheet}: its columns are not those of sheet"
            f" {table.sheet}; import it on its own (--sheet {other.sheet!r})"
        )
    # Under the columns the list was found in: a PDF converter may have put this page's table a
    # column over; as wide as that sheet, for a remark beside the list ends nowhere.
    by, width = indent(found[1]) - indent(headers), len(columns)
    other.rows = [shifted(row, by, width) for row in other.rows]
    realign_pages(other.rows, found[0])
    read_as_a_clerk(other, found[0], columns)
    return other, found[0]
