"""Survey statistics in the format Thai reports use (THAI-CONVENTIONS.md).

Shared by the results page and the Excel report. ``survey_statistics(db, event_id)`` reads the
event's active survey and returns a ``SurveyStats``; ``compute()`` does the arithmetic on given
responses and touches no database.

Rules:

- Blank answers are left out of an item's n and counted in ``blanks``.
- S.D. is the sample deviation (n − 1), as SPSS reports it; None when n < 2.
- Levels (ระดับ) come from the band set A, B or C; a mean is rounded to two decimals (half up)
  before it is placed in a band and before ranks are given, as the printed tables show it.
- Ranks (ลำดับ) go by mean, highest first, within an aspect; equal means share a rank.
- An aspect's mean and S.D. are those of each respondent's mean over the aspect's 5-level items
  (as SPSS ``COMPUTE MEAN(...)`` then ``DESCRIPTIVES``); the overall row likewise over every
  5-level item. Before/after pairs are reported apart with their gain.
- KPI (ร้อยละความพึงพอใจ): ``mean`` = overall x̄ ÷ 5 × 100; ``top2`` = share of all 5-level
  answers at 4 or 5.

The event's settings choose the defaults: ``survey_bands`` ("A") and ``survey_kpi`` ("mean").
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, select

from ecodesk.db import Database
from ecodesk.db.models import CheckIn, Participant, Sector, Sitting, SurveyCompletion
from ecodesk.services.survey_definition import (
    AFTER,
    BEFORE,
    OPTIONS_FROM_SECTORS,
    SCALE_LABELS,
    Question,
    SurveyDefinition,
    is_blank,
)
from ecodesk.services.surveys import StoredResponse, active_survey, stored_responses

#: Lower bounds of มากที่สุด, มาก, ปานกลาง, น้อย (below the last: น้อยที่สุด).
BAND_SETS: dict[str, tuple[Decimal, Decimal, Decimal, Decimal]] = {
    "A": (Decimal("4.51"), Decimal("3.51"), Decimal("2.51"), Decimal("1.51")),
    "B": (Decimal("4.21"), Decimal("3.41"), Decimal("2.61"), Decimal("1.81")),
    "C": (Decimal("4.50"), Decimal("3.50"), Decimal("2.50"), Decimal("1.50")),
}
BAND_SOURCES = {
    "A": "บุญชม ศรีสะอาด",
    "B": "ช่วงกว้าง (5−1)/5 = 0.8 (Best 1977)",
    "C": "ช่วงกว้าง 0.5",
}
KPI_METHODS = {"mean": "x̄ ÷ 5 × 100", "top2": "ร้อยละของคำตอบระดับ 4–5"}
DEFAULT_BANDS = "A"
DEFAULT_KPI = "mean"
KPI_TARGET = 80.0
LEVELS = (5, 4, 3, 2, 1)


def round2(x: float) -> Decimal:
    """Two decimals, half up (4.505 -> 4.51), as a report prints the figure."""
    return Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def level_of(mean: float | None, band_set: str = DEFAULT_BANDS) -> str:
    """ระดับ of a mean by band set A, B or C; '' without a mean."""
    if mean is None:
        return ""
    shown = round2(mean)
    for bound, level in zip(BAND_SETS[band_set], LEVELS, strict=False):
        if shown >= bound:
            return SCALE_LABELS[level]
    return SCALE_LABELS[1]


def mean_sd(values: Sequence[float]) -> tuple[float | None, float | None]:
    """Mean and sample S.D. (n − 1); None where undefined."""
    n = len(values)
    if n == 0:
        return None, None
    mean = math.fsum(values) / n
    if n < 2:
        return mean, None
    return mean, math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (n - 1))


@dataclass(frozen=True)
class ItemStats:
    """One 5-level item (or one side of a before/after pair)."""

    key: str
    text: str
    aspect: str
    n: int
    blanks: int
    #: Answers at each level, 5 first: counts[0] is มากที่สุด.
    counts: tuple[int, int, int, int, int]
    #: Percent of n at each level, 5 first.
    percents: tuple[float, float, float, float, float]
    mean: float | None
    sd: float | None
    level: str
    #: Within its aspect, 1 = highest mean; 0 when it has no answers.
    rank: int


@dataclass(frozen=True)
class AspectStats:
    title: str
    items: tuple[ItemStats, ...]
    #: Respondents with at least one answer in the aspect.
    n: int
    mean: float | None
    sd: float | None
    level: str
    #: Among the aspects, 1 = highest mean.
    rank: int


@dataclass(frozen=True)
class BeforeAfterStats:
    key: str
    text: str
    aspect: str
    before: ItemStats
    after: ItemStats
    #: after mean − before mean; None unless both have answers.
    gain: float | None


@dataclass(frozen=True)
class ChoiceStats:
    """A single or multiple choice: count and percent of respondents per option."""

    key: str
    text: str
    n: int
    blanks: int
    options: tuple[tuple[str, int, float], ...]


@dataclass(frozen=True)
class NumberStats:
    key: str
    text: str
    n: int
    blanks: int
    mean: float | None
    sd: float | None
    minimum: float | None
    maximum: float | None


@dataclass(frozen=True)
class TextAnswers:
    key: str
    text: str
    answers: tuple[str, ...]
    blanks: int


@dataclass(frozen=True)
class SectorRate:
    sector: str
    #: Participants of the sector with a check-in that was not undone.
    attended: int
    #: Responses whose respondent chose this sector on the form.
    responses: int
    #: Participants of the sector recorded as having answered (badge scan at the kiosk).
    completions: int
    #: responses ÷ attended × 100; None when nobody attended.
    rate: float | None


@dataclass(frozen=True)
class ResponseRate:
    attended: int
    responses: int
    rate: float | None
    by_sector: tuple[SectorRate, ...]


@dataclass(frozen=True)
class SurveyStats:
    title: str
    version: int
    band_set: str
    kpi_method: str
    responses: int
    aspects: tuple[AspectStats, ...]
    #: 5-level items outside any aspect.
    loose_items: tuple[ItemStats, ...]
    overall_n: int
    overall_mean: float | None
    overall_sd: float | None
    overall_level: str
    kpi: float | None
    kpi_target: float
    before_after: tuple[BeforeAfterStats, ...]
    before_mean: float | None
    after_mean: float | None
    gain: float | None
    choices: tuple[ChoiceStats, ...]
    numbers: tuple[NumberStats, ...]
    texts: tuple[TextAnswers, ...]
    response_rate: ResponseRate | None = None

    @property
    def items(self) -> tuple[ItemStats, ...]:
        """Every 5-level item, in form order."""
        return tuple(i for a in self.aspects for i in a.items) + self.loose_items

    @property
    def kpi_met(self) -> bool | None:
        return None if self.kpi is None else self.kpi >= self.kpi_target


def _ranks(means: Sequence[float | None]) -> list[int]:
    """1 for the highest shown mean; equal shown means share a rank; 0 for no mean."""
    shown = [round2(m) if m is not None else None for m in means]
    return [0 if s is None else 1 + sum(1 for o in shown if o is not None and o > s) for s in shown]


def _item(
    q: Question,
    values: list[float],
    asked: int,
    band_set: str,
    suffix: str = "",
) -> ItemStats:
    n = len(values)
    counts = tuple(sum(1 for v in values if v == level) for level in LEVELS)
    mean, sd = mean_sd(values)
    return ItemStats(
        key=q.key + suffix,
        text=q.text,
        aspect=q.aspect,
        n=n,
        blanks=asked - n,
        counts=counts,  # type: ignore[arg-type]
        percents=tuple(c * 100 / n if n else 0.0 for c in counts),  # type: ignore[arg-type]
        mean=mean,
        sd=sd,
        level=level_of(mean, band_set),
        rank=0,
    )


def _with_ranks(items: list[ItemStats]) -> tuple[ItemStats, ...]:
    ranks = _ranks([i.mean for i in items])
    return tuple(replace(i, rank=r) for i, r in zip(items, ranks, strict=True))


def _person_means(
    responses: Sequence[StoredResponse], keys: Sequence[str], side: str = ""
) -> list[float]:
    """Each respondent's mean over the given items (skipping blanks and empty respondents)."""
    out = []
    for r in responses:
        values = []
        for key in keys:
            v = r.answers.get(key)
            if side and isinstance(v, dict):
                v = v.get(side)
            if isinstance(v, int | float):
                values.append(float(v))
        if values:
            out.append(math.fsum(values) / len(values))
    return out


def compute(
    definition: SurveyDefinition,
    responses: Sequence[StoredResponse],
    *,
    band_set: str = DEFAULT_BANDS,
    kpi_method: str = DEFAULT_KPI,
    version: int = 1,
) -> SurveyStats:
    """The statistics of ``responses`` against the questions of ``definition``."""
    if band_set not in BAND_SETS:
        raise ValueError(f"band set {band_set!r}: choose A, B or C")
    if kpi_method not in KPI_METHODS:
        raise ValueError(f"KPI method {kpi_method!r}: choose mean or top2")

    # How many responses asked each question (their version had it): n + blanks.
    asked: dict[str, int] = {}
    for r in responses:
        for key in r.asked:
            asked[key] = asked.get(key, 0) + 1

    def numbers(key: str, side: str = "") -> tuple[list[float], int]:
        values = []
        for r in responses:
            v = r.answers.get(key)
            if side:
                v = v.get(side) if isinstance(v, dict) else None
            if isinstance(v, int | float):
                values.append(float(v))
        return values, asked.get(key, 0)

    ratings = [q for q in definition.questions() if q.kind == "rating"]
    aspects: list[AspectStats] = []
    for title, questions in definition.aspects():
        rated = [q for q in questions if q.kind == "rating"]
        if not rated:
            continue
        items = _with_ranks([_item(q, *numbers(q.key), band_set) for q in rated])
        people = _person_means(responses, [q.key for q in rated])
        mean, sd = mean_sd(people)
        aspects.append(
            AspectStats(title, items, len(people), mean, sd, level_of(mean, band_set), 0)
        )
    aspect_ranks = _ranks([a.mean for a in aspects])
    aspects = [replace(a, rank=r) for a, r in zip(aspects, aspect_ranks, strict=True)]
    loose = _with_ranks([_item(q, *numbers(q.key), band_set) for q in ratings if not q.aspect])

    people = _person_means(responses, [q.key for q in ratings])
    overall_mean, overall_sd = mean_sd(people)
    all_values = [v for q in ratings for v in numbers(q.key)[0]]
    if kpi_method == "mean":
        kpi = None if overall_mean is None else overall_mean / 5 * 100
    else:
        kpi = sum(1 for v in all_values if v >= 4) * 100 / len(all_values) if all_values else None

    pairs = [q for q in definition.questions() if q.kind == "before_after"]
    before_after = []
    for q in pairs:
        before = _item(q, *numbers(q.key, BEFORE), band_set, f".{BEFORE}")
        after = _item(q, *numbers(q.key, AFTER), band_set, f".{AFTER}")
        gain = (
            after.mean - before.mean if after.mean is not None and before.mean is not None else None
        )
        before_after.append(BeforeAfterStats(q.key, q.text, q.aspect, before, after, gain))
    before_mean = mean_sd(_person_means(responses, [q.key for q in pairs], BEFORE))[0]
    after_mean = mean_sd(_person_means(responses, [q.key for q in pairs], AFTER))[0]

    choices, number_stats, texts = [], [], []
    for q in definition.questions():
        asked_n = asked.get(q.key, 0)
        given = [r.answers[q.key] for r in responses if not is_blank(r.answers.get(q.key))]
        if q.kind in ("single", "multiple"):
            picked = [v if isinstance(v, list) else [v] for v in given]
            extra = [o for p in picked for o in p if o not in q.options]
            options = list(q.options) + list(dict.fromkeys(extra))
            n = len(picked)
            choices.append(
                ChoiceStats(
                    q.key, q.text, n, asked_n - n,
                    tuple(
                        (o, c, c * 100 / n if n else 0.0)
                        for o in options
                        for c in [sum(1 for p in picked if o in p)]
                    ),
                )
            )  # fmt: skip
        elif q.kind == "number":
            values = [float(v) for v in given]
            mean, sd = mean_sd(values)
            number_stats.append(
                NumberStats(q.key, q.text, len(values), asked_n - len(values), mean, sd,
                            min(values, default=None), max(values, default=None))
            )  # fmt: skip
        elif q.kind in ("text", "long_text"):
            texts.append(
                TextAnswers(q.key, q.text, tuple(str(v) for v in given), asked_n - len(given))
            )

    return SurveyStats(
        title=definition.title,
        version=version,
        band_set=band_set,
        kpi_method=kpi_method,
        responses=len(responses),
        aspects=tuple(aspects),
        loose_items=loose,
        overall_n=len(people),
        overall_mean=overall_mean,
        overall_sd=overall_sd,
        overall_level=level_of(overall_mean, band_set),
        kpi=kpi,
        kpi_target=KPI_TARGET,
        before_after=tuple(before_after),
        before_mean=before_mean,
        after_mean=after_mean,
        gain=None if before_mean is None or after_mean is None else after_mean - before_mean,
        choices=tuple(choices),
        numbers=tuple(number_stats),
        texts=tuple(texts),
    )


def response_rate(
    db: Database,
    event_id: uuid.UUID,
    family: uuid.UUID,
    definition: SurveyDefinition,
    responses: Sequence[StoredResponse],
) -> ResponseRate:
    """Responses against attendance (participants with a check-in that was not undone)."""
    with db.session() as session:
        attended_rows = session.execute(
            select(Sector.name, func.count(func.distinct(CheckIn.participant_id)))
            .select_from(CheckIn)
            .join(Sitting, Sitting.id == CheckIn.sitting_id)
            .join(Participant, Participant.id == CheckIn.participant_id)
            .outerjoin(Sector, Sector.id == Participant.sector_id)
            .where(
                Sitting.event_id == event_id,
                CheckIn.undone_at.is_(None),
                Participant.deleted_at.is_(None),
            )
            .group_by(Sector.name)
        )
        attended = {name or "": count for name, count in attended_rows}
        completions: dict[str, int] = {
            name: count
            for name, count in session.execute(
                select(Sector.name, func.count())
                .select_from(SurveyCompletion)
                .join(Participant, Participant.id == SurveyCompletion.participant_id)
                .outerjoin(Sector, Sector.id == Participant.sector_id)
                .where(SurveyCompletion.survey_family == family)
                .group_by(Sector.name)
            )
        }
        sectors = list(
            session.scalars(
                select(Sector.name).where(Sector.event_id == event_id).order_by(Sector.position)
            )
        )
    sector_keys = [q.key for q in definition.questions() if q.options_from == OPTIONS_FROM_SECTORS]
    by_answer: dict[str, int] = {}
    for r in responses:
        for key in sector_keys[:1]:
            chosen = r.answers.get(key)
            if isinstance(chosen, str):
                by_answer[chosen] = by_answer.get(chosen, 0) + 1
    total_attended = sum(attended.values())

    def rate(part: int, whole: int) -> float | None:
        return part * 100 / whole if whole else None

    return ResponseRate(
        attended=total_attended,
        responses=len(responses),
        rate=rate(len(responses), total_attended),
        by_sector=tuple(
            SectorRate(
                s,
                attended.get(s, 0),
                by_answer.get(s, 0),
                completions.get(s, 0),
                rate(by_answer.get(s, 0), attended.get(s, 0)),
            )
            for s in sectors
        ),
    )


def survey_statistics(
    db: Database,
    event_id: uuid.UUID,
    *,
    band_set: str | None = None,
    kpi_method: str | None = None,
    settings: dict[str, Any] | None = None,
) -> SurveyStats | None:
    """Statistics of the event's active survey over all its versions; None without a survey.

    ``band_set``/``kpi_method`` override the event's settings (pass ``settings`` =
    ``EventInfo.settings``; without it the defaults A and mean apply).
    """
    survey = active_survey(db, event_id)
    if survey is None:
        return None
    settings = settings or {}
    responses = stored_responses(db, survey.family)
    stats = compute(
        survey.definition,
        responses,
        band_set=band_set or str(settings.get("survey_bands", DEFAULT_BANDS)),
        kpi_method=kpi_method or str(settings.get("survey_kpi", DEFAULT_KPI)),
        version=survey.version,
    )
    rate = response_rate(db, event_id, survey.family, survey.definition, responses)
    return replace(stats, response_rate=rate)
