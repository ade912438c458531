"""Why a registration file or sheet could not be imported, said in the interface language.

The importer's messages are the command line's: English, and their advice is its options
(``--header-row``, ``--map``). The window says the same reasons its own way, naming the
file (and the sheet); the technical detail stays in the log.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ecodesk.exchange.importing import reading
from ecodesk.exchange.importing.reading import ImportFileError


def _reason(reason: str) -> str:
    """The reason in words, with %1 for the file (and sheet); '' for one not known here."""
    translate = QCoreApplication.translate
    texts = {
        reading.MISSING: translate(
            "ImportErrors",
            "%1: the file is not there any more (moved, renamed, or on a drive that was removed).",
        ),
        reading.UNSUPPORTED: translate(
            "ImportErrors",
            "%1: EcoDesk imports Excel (xlsx, xls), OpenDocument (ods) and CSV files; this is"
            " none of them.",
        ),
        reading.EMPTY: translate("ImportErrors", "%1: the file holds no data."),
        reading.IN_USE: translate(
            "ImportErrors",
            "%1: the file cannot be opened. If it is open in Excel or another program, close"
            " it there and import it again.",
        ),
        reading.LOCK_FILE: translate(
            "ImportErrors",
            "%1: this is the small file Excel keeps while a workbook is open, not the list."
            " Choose the workbook itself (its name without '~$').",
        ),
        reading.PDF: translate(
            "ImportErrors",
            "%1: this is a PDF document, not a list that can be imported. Ask for the Excel"
            " or CSV file the list was printed from.",
        ),
        reading.WEB_PAGE: translate(
            "ImportErrors",
            "%1: this is a web page saved under a spreadsheet's name. Open it in Excel, save"
            " it as an Excel workbook (.xlsx) and import that file.",
        ),
        reading.PASSWORD: translate(
            "ImportErrors",
            "%1: the file is protected by a password. Open it in Excel, remove the password,"
            " save it and import it again.",
        ),
        reading.DAMAGED: translate(
            "ImportErrors",
            "%1: the file is damaged or incomplete, or is not a spreadsheet. Open it in"
            " Excel, save it again and import the saved file.",
        ),
        reading.ENCODING: translate(
            "ImportErrors",
            "%1: the text is neither UTF-8 nor Thai (TIS-620). Save it again from Excel as"
            " 'CSV UTF-8' and import that file.",
        ),
        reading.NO_NAMES: translate(
            "ImportErrors",
            "%1: no column of participants' names was found. Check that this is the"
            " registration list: its header row needs a column such as 'ชื่อ-สกุล' or"
            " 'ชื่อ'.",
        ),
    }
    return texts.get(reason, "")


def why_unread(exc: BaseException) -> str:
    """Why a file or sheet could not be read, naming it; what failed, for anything else."""
    if not isinstance(exc, ImportFileError):
        return repr(exc)
    text = _reason(exc.reason)
    if not text:
        return str(exc)
    where = exc.file
    if exc.sheet:
        where = (
            QCoreApplication.translate("ImportErrors", "%1, sheet %2")
            .replace("%1", exc.file)
            .replace("%2", exc.sheet)
        )
    return text.replace("%1", where)
