"""The Excel workbook officials receive: summary, participant list, survey tables, comments, raw data."""

from ecodesk.exchange.report.styles import FONT_CHOICES, FontChoice
from ecodesk.exchange.report.workbook import (
    SECTIONS,
    ReportError,
    ReportOptions,
    ReportResult,
    build_report,
)

__all__ = [
    "FONT_CHOICES",
    "SECTIONS",
    "FontChoice",
    "ReportError",
    "ReportOptions",
    "ReportResult",
    "build_report",
]
