"""What the import dialog says of a file's rows: where a row is, what will happen to it
and why, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ecodesk.exchange.importing import importer
from ecodesk.exchange.importing.importer import ImportPlan, RowOutcome


class ImportWords(QObject):
    """The field and status names, and the wording of rows and their reasons."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = self.field_labels()
        self.statuses = self.status_labels()

    def where(self, sheet: str, row: int, part: int = 0) -> str:
        """A row as the user finds it: 'Row 4', or 'Sheet ภาคเอกชน, row 4' on a sheet
        imported with the one shown; 'Row 4 (person 2)' of a row that registers several."""
        number = self.row_words(row, part)
        if sheet:
            return self.tr("Sheet %1, row %2").replace("%1", sheet).replace("%2", number)
        return self.tr("Row %1").replace("%1", number)

    def row_number(self, outcome: RowOutcome) -> str:
        return self.row_words(outcome.row, outcome.part)

    def row_words(self, row: int, part: int) -> str:
        """A row's number, with the person of the row when it registers several."""
        if not part:
            return str(row)
        return self.tr("%1 (person %2)").replace("%1", str(row)).replace("%2", str(part))

    def reason(self, outcome: RowOutcome, shown: str) -> str:
        """Why a row is not simply imported, in the interface language (``shown``: the
        sheet the dialog shows, whose rows are named without it)."""
        other = self.row_words(outcome.other_row or 0, outcome.other_part)
        if outcome.other_sheet != outcome.sheet:
            other = (
                self.tr("sheet %1, row %2")
                .replace("%1", outcome.other_sheet or shown)
                .replace("%2", other)
            )
        else:
            other = self.tr("row %1").replace("%1", other)
        if outcome.status == importer.DUPLICATE:
            return self.tr("the same person as %1").replace("%1", other)
        if outcome.status == importer.POSSIBLE_DUPLICATE:
            if outcome.other_row is None:
                return self.tr("a registered participant has the same name")
            return self.tr("the same name as %1").replace("%1", other)
        if outcome.status == importer.EXISTING:
            return self.tr("already registered in this event")
        if outcome.status == importer.DELETED:
            return self.tr(
                "deleted at the desk since an earlier import; add the person again to bring"
                " them back"
            )
        if outcome.status == importer.CANCELLED:
            return self.tr("the list says the registration was cancelled")
        if outcome.status == importer.NOTE:
            return self.tr("a note, not a participant")
        error = outcome.error
        if error is None:
            return ""
        if error.kind == "no_name":
            return self.tr("no name")
        field = self.labels.get(error.field, error.field)
        if error.kind == "date":
            return (
                self.tr("%1: a date (%2) where text was expected")
                .replace("%1", field)
                .replace("%2", error.value)
            )
        return (
            self.tr("%1: a number (%2) where a name was expected")
            .replace("%1", field)
            .replace("%2", error.value)
        )

    def summary_text(self, plan: ImportPlan) -> str:
        return ", ".join(f"{self.statuses[k]} {v:,}" for k, v in plan.counts().items() if v)

    def field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "full_name": self.tr("Full name (with title)"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "organisation": self.tr("Organisation"),
            "position": self.tr("Position"),
            "sector": self.tr("Sector"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "consent": self.tr("Consent (PDPA)"),
            "status": self.tr("Registration status"),
        }

    def status_labels(self) -> dict[str, str]:
        return {
            importer.NEW: self.tr("new"),
            importer.POSSIBLE_DUPLICATE: self.tr("possible duplicate"),
            importer.DUPLICATE: self.tr("same person twice (skipped)"),
            importer.EXISTING: self.tr("already registered (skipped)"),
            importer.DELETED: self.tr("deleted at the desk (skipped)"),
            importer.ERROR: self.tr("cannot be read (skipped)"),
            importer.NOTE: self.tr("note (skipped)"),
            importer.CANCELLED: self.tr("registration cancelled (skipped)"),
        }
