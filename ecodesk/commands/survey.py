"""``ecodesk survey``: import and export a form, bulk-load responses, print the statistics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ecodesk.cli import CliError, Context, add_json_flag, emit_json
from ecodesk.services import survey_answers, surveys
from ecodesk.services.survey_definition import DefinitionError, ResponseError, dumps, loads
from ecodesk.services.survey_stats import BAND_SETS, KPI_METHODS, SurveyStats, survey_statistics
from ecodesk.services.survey_template import eco_industrial_town


def register(sub: Any) -> None:
    group = sub.add_parser("survey", help="the satisfaction survey of an event")
    cmds = group.add_subparsers(dest="survey_cmd", required=True)

    imp = cmds.add_parser("import", help="make a survey JSON file the event's survey")
    imp.add_argument("file", type=Path, metavar="FILE.json")
    imp.add_argument(
        "--link-respondents",
        action="store_true",
        help="store who gave each answer (respondents are told); default anonymous",
    )
    _event_flag(imp)
    add_json_flag(imp)
    imp.set_defaults(handler=import_survey)

    exp = cmds.add_parser("export", help="write the event's survey as a JSON file")
    exp.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    exp.add_argument(
        "--template", action="store_true", help="write the built-in form instead of the event's"
    )
    _event_flag(exp)
    exp.set_defaults(handler=export_survey)

    ans = cmds.add_parser(
        "answer",
        help="load responses, one JSON object of question keys per line",
        description="Load responses from a JSON-lines file: all are stored, or none.",
    )
    ans.add_argument("--json-lines", type=Path, required=True, metavar="FILE")
    ans.add_argument("--channel", choices=survey_answers.CHANNELS, default="import")
    _event_flag(ans)
    add_json_flag(ans)
    ans.set_defaults(handler=answer)

    st = cmds.add_parser("stats", help="the survey statistics")
    st.add_argument("--bands", choices=sorted(BAND_SETS), help="interpretation bands")
    st.add_argument("--kpi", choices=sorted(KPI_METHODS), help="satisfaction KPI method")
    _event_flag(st)
    add_json_flag(st)
    st.set_defaults(handler=stats)


def _event_flag(parser: Any) -> None:
    parser.add_argument("--event", metavar="CODE", help="event code or id (default: the newest)")


def _survey(ctx: Context) -> tuple[Any, surveys.SurveyInfo]:
    event = ctx.event(ctx.args.event)
    survey = surveys.active_survey(ctx.db, event.id)
    if survey is None:
        raise CliError(f"{event.code} has no survey yet: ecodesk survey import FILE.json")
    return event, survey


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise CliError(f"{path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: not UTF-8 text") from exc


def import_survey(ctx: Context) -> int:
    event = ctx.event(ctx.args.event)
    try:
        definition = loads(_read(ctx.args.file))
    except DefinitionError as exc:
        raise CliError(f"{ctx.args.file}: {exc}") from exc
    survey = surveys.save_survey(
        ctx.db, event.id, definition, link_respondents=ctx.args.link_respondents, desk="cli"
    )
    questions = len(survey.definition.keys())
    if ctx.args.json:
        emit_json({"id": survey.id, "family": survey.family, "version": survey.version,
                   "title": survey.title, "questions": questions})  # fmt: skip
    else:
        print(f"{event.code}: {survey.title} ({questions} questions)")
    return 0


def export_survey(ctx: Context) -> int:
    definition = eco_industrial_town() if ctx.args.template else _survey(ctx)[1].definition
    try:
        ctx.args.out.write_text(dumps(definition), encoding="utf-8")
    except OSError as exc:
        raise CliError(f"{ctx.args.out}: {exc.strerror or exc}") from exc
    return 0


def answer(ctx: Context) -> int:
    event, survey = _survey(ctx)
    path: Path = ctx.args.json_lines
    rows, lines = [], []
    for number, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise CliError(f"{path}: line {number}: not JSON ({exc.msg})") from exc
        lines.append(number)
    try:
        count = survey_answers.load_responses(
            ctx.db, survey.id, rows, channel=ctx.args.channel, desk="cli", line_numbers=lines
        )
    except ResponseError as exc:
        raise CliError(f"{path}: {exc}; nothing was stored") from exc
    if ctx.args.json:
        emit_json({"loaded": count, "survey": survey.id, "version": survey.version})
    else:
        print(f"{event.code}: {count} responses loaded")
    return 0


def stats(ctx: Context) -> int:
    event = ctx.event(ctx.args.event)
    result = survey_statistics(
        ctx.db, event.id, band_set=ctx.args.bands, kpi_method=ctx.args.kpi, settings=event.settings
    )
    if result is None:
        raise CliError(f"{event.code} has no survey yet: ecodesk survey import FILE.json")
    if ctx.args.json:
        emit_json(result)
    else:
        _print_stats(result)
    return 0


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.2f}"


def _print_stats(s: SurveyStats) -> None:
    print(f"{s.title} (ฉบับที่ {s.version}): {s.responses} ชุด, เกณฑ์ {s.band_set}")
    for a in s.aspects:
        print(f"\n{a.title}\tx̄ {_num(a.mean)}\tS.D. {_num(a.sd)}\t{a.level}\tลำดับ {a.rank}")
        for i in a.items:
            print(f"  {i.text}\tn {i.n}\tx̄ {_num(i.mean)}\tS.D. {_num(i.sd)}\t{i.level}"
                  f"\tลำดับ {i.rank}\tไม่ตอบ {i.blanks}")  # fmt: skip
    print(f"\nภาพรวม\tx̄ {_num(s.overall_mean)}\tS.D. {_num(s.overall_sd)}\t{s.overall_level}")
    print(f"ร้อยละความพึงพอใจ ({KPI_METHODS[s.kpi_method]})\t{_num(s.kpi)}")
    for p in s.before_after:
        print(f"{p.text}\tก่อน {_num(p.before.mean)}\tหลัง {_num(p.after.mean)}"
              f"\tเพิ่มขึ้น {_num(p.gain)}")  # fmt: skip
    if s.response_rate and s.response_rate.attended:
        r = s.response_rate
        print(f"อัตราการตอบ\t{r.responses} / {r.attended} คน\t{_num(r.rate)} %")
