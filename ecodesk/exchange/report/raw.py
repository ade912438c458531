"""ข้อมูลดิบ: one row per response, one column per question key, for officials who re-analyse.

A before/after pair takes two columns (``key.before``, ``key.after``); a multiple choice is
its options joined by '; '. Numbers stay numbers; every text stays text.
"""

from __future__ import annotations

from typing import Any

from ecodesk.exchange.report.cells import SheetWriter, safe
from ecodesk.exchange.report.data import SurveyData
from ecodesk.services.progress import Progress
from ecodesk.services.survey_definition import AFTER, BEFORE, SurveyDefinition

SHEET = "ข้อมูลดิบ"
PROGRESS_EVERY = 2000


def columns(definition: SurveyDefinition) -> list[tuple[str, str, str]]:
    """(header, question key, side) per column; side is '' except for before/after pairs."""
    out: list[tuple[str, str, str]] = []
    for q in definition.questions():
        if q.kind == "before_after":
            out += [(f"{q.key}.{BEFORE}", q.key, BEFORE), (f"{q.key}.{AFTER}", q.key, AFTER)]
        else:
            out.append((q.key, q.key, ""))
    return out


def answer_value(answer: Any, side: str) -> Any:
    """The value a raw-data cell shows for one answer (or one side of a pair)."""
    if side:
        return answer.get(side) if isinstance(answer, dict) else None
    if isinstance(answer, list):
        return "; ".join(str(a) for a in answer)
    return answer


def write_raw(
    sheet: SheetWriter, survey: SurveyData | None, progress: Progress, done: int, total: int
) -> int:
    if survey is None:
        sheet.append(["ยังไม่มีแบบประเมินสำหรับกิจกรรมนี้"])
        return done
    cols = columns(survey.definition)
    names = ["ลำดับ", "ฉบับที่", *(c[0] for c in cols)]
    sheet.set_widths([8, 8, *(max(8, len(n) * 1.1 + 2) for n in names[2:])])
    sheet.freeze("C2")
    header_row = sheet.header(names)
    ws = sheet.ws
    append = ws.append
    for number, response in enumerate(survey.responses, 1):
        answers = response.answers
        row: list[Any] = [number, response.version]
        for _, key, side in cols:
            row.append(safe(ws, answer_value(answers.get(key), side)))
        append(row)
        if number % PROGRESS_EVERY == 0:
            progress.update(done + number, total, "ข้อมูลดิบ")
    sheet.rows += len(survey.responses)
    sheet.autofilter(header_row, sheet.rows, len(names))
    sheet.repeat_rows(header_row, header_row)
    return done + len(survey.responses)
