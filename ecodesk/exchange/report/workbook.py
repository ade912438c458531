"""Building the officials' workbook: read the data once, write the chosen sheets, then save.

The file appears only when it is complete (``atomic.replacing``): a cancelled or failed report
leaves any earlier file as it was.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook

from ecodesk.db import Database
from ecodesk.exchange.report import comments, evaluation, raw, roster, styles, summary
from ecodesk.exchange.report.atomic import replacing
from ecodesk.exchange.report.cells import SheetWriter, discard
from ecodesk.exchange.report.data import ReportData, load_report_data
from ecodesk.services.progress import NO_PROGRESS, Progress

#: Section keys in workbook order, with their sheet names.
SECTIONS: dict[str, str] = {
    "summary": summary.SHEET,
    "participants": roster.SHEET,
    "evaluation": evaluation.SHEET,
    "comments": comments.SHEET,
    "raw": raw.SHEET,
}
SURVEY_SECTIONS = frozenset({"evaluation", "comments", "raw"})
#: Sections printed on landscape pages (wide tables).
LANDSCAPE = frozenset({"participants", "evaluation", "raw"})


class ReportError(ValueError):
    """A report that cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class ReportOptions:
    sections: Sequence[str] = tuple(SECTIONS)
    #: Band set A, B or C and KPI method mean or top2; None: the event's setting.
    band_set: str | None = None
    kpi_method: str | None = None
    #: None: the font named in the event's settings (default TH SarabunPSK 16).
    font: styles.FontChoice | None = None


@dataclass(frozen=True)
class ReportResult:
    path: Path
    sheets: list[str] = field(default_factory=list)
    participants: int = 0
    responses: int = 0


def _check(options: ReportOptions) -> list[str]:
    unknown = [s for s in options.sections if s not in SECTIONS]
    if unknown:
        raise ReportError(f"unknown section {unknown[0]!r} (one of {', '.join(SECTIONS)})")
    if not options.sections:
        raise ReportError("choose at least one section")
    if options.band_set is not None and options.band_set not in ("A", "B", "C"):
        raise ReportError(f"band set {options.band_set!r}: choose A, B or C")
    if options.kpi_method is not None and options.kpi_method not in ("mean", "top2"):
        raise ReportError(f"KPI method {options.kpi_method!r}: choose mean or top2")
    return [s for s in SECTIONS if s in options.sections]


def _write_sheets(
    wb: Workbook,
    data: ReportData,
    sections: Sequence[str],
    font: styles.FontChoice,
    progress: Progress,
) -> None:
    total = len(data.roster) + (len(data.survey_data.responses) if data.survey_data else 0)
    done = 0
    name = data.event.name
    for section in sections:
        sheet = SheetWriter(wb, SECTIONS[section], font, landscape=section in LANDSCAPE)
        progress.update(done, total, SECTIONS[section])
        if section == "summary":
            summary.write_summary(sheet, data)
        elif section == "participants":
            done = roster.write_roster(sheet, data, progress, done, total)
        elif section == "evaluation":
            evaluation.write_evaluation(sheet, data.survey, name)
        elif section == "comments":
            comments.write_comments(sheet, data.survey, name)
        elif section == "raw":
            done = raw.write_raw(sheet, data.survey_data, progress, done, total)
    progress.update(total, total, "บันทึกไฟล์")


def write_workbook(
    data: ReportData,
    path: Path,
    sections: Sequence[str],
    font: styles.FontChoice,
    progress: Progress = NO_PROGRESS,
) -> list[str]:
    """Write the sheets of ``sections`` for ``data`` to ``path``; returns the sheet names."""
    wb = Workbook(write_only=True)
    styles.register_styles(wb, font)
    try:
        _write_sheets(wb, data, sections, font, progress)
        wb.save(path)
    except BaseException:
        discard(wb)
        raise
    return [SECTIONS[s] for s in sections]


def build_report(
    db: Database,
    event_id: uuid.UUID,
    path: str | os.PathLike[str],
    options: ReportOptions | None = None,
    progress: Progress = NO_PROGRESS,
) -> ReportResult:
    """Make the workbook at ``path`` (``.xlsx``); nothing is left behind when cancelled."""
    options = options or ReportOptions()
    sections = _check(options)
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ReportError(f"{target.name}: the report is an Excel workbook; name it .xlsx")
    if not target.parent.is_dir():
        raise ReportError(f"{target.parent}: no such folder")
    progress.update(0, None, "อ่านข้อมูล")
    data = load_report_data(
        db,
        event_id,
        band_set=options.band_set,
        kpi_method=options.kpi_method,
        with_survey=bool(SURVEY_SECTIONS & set(sections)),
    )
    font = options.font or styles.FontChoice.from_settings(data.event.settings)
    with replacing(target) as temp:
        sheets = write_workbook(data, temp, sections, font, progress)
    responses = len(data.survey_data.responses) if data.survey_data else 0
    return ReportResult(target, sheets, len(data.roster), responses)
