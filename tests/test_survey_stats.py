"""Survey statistics against a hand-worked example and an independent computation."""

from __future__ import annotations

import random
import statistics

import pytest

from ecodesk.db import Database
from ecodesk.services import survey_answers, surveys
from ecodesk.services.events import EventInfo
from ecodesk.services.survey_definition import Part, Question, SurveyDefinition
from ecodesk.services.survey_stats import level_of, survey_statistics
from ecodesk.services.survey_template import eco_industrial_town


def small_form() -> SurveyDefinition:
    return SurveyDefinition(
        "แบบทดสอบ",
        parts=[
            Part("ตอนที่ 1", questions=[Question("s1", "single", "เพศ", options=["ชาย", "หญิง"])]),
            Part(
                "ตอนที่ 2",
                questions=[
                    Question("q1", "rating", "ข้อ 1", aspect="ด้าน ก"),
                    Question("q2", "rating", "ข้อ 2", aspect="ด้าน ก"),
                    Question("q3", "rating", "ข้อ 3", aspect="ด้าน ข"),
                    Question("k1", "before_after", "ความรู้", aspect="ด้านความรู้"),
                ],
            ),
            Part("ตอนที่ 3", questions=[Question("t1", "long_text", "ข้อเสนอแนะ")]),
        ],
    )


# Worked by hand in the comments of each assertion below.
HAND = [
    {"q1": 5, "q2": 4, "q3": 3, "k1": {"before": 2, "after": 4}, "s1": "ชาย", "t1": "ดีมาก"},
    {"q1": 4, "q2": 4, "q3": 5, "k1": {"before": 3, "after": 5}, "s1": "หญิง"},
    {"q1": 5, "q3": 4, "k1": {"before": 1, "after": 4}, "s1": "หญิง"},
    {"q1": 3, "q2": 5, "q3": 4, "k1": {"before": 2}},
    {"q1": 4, "q2": 3, "q3": 2, "t1": ""},
]


@pytest.fixture
def hand_survey(db: Database, demo_event: EventInfo) -> surveys.SurveyInfo:
    survey = surveys.save_survey(db, demo_event.id, small_form())
    survey_answers.load_responses(db, survey.id, HAND)
    return survey


def test_hand_worked_example_to_the_second_decimal(
    db: Database, demo_event: EventInfo, hand_survey: surveys.SurveyInfo
) -> None:
    stats = survey_statistics(db, demo_event.id)
    assert stats is not None
    assert stats.responses == 5
    a, b = stats.aspects
    q1, q2 = a.items
    # q1: 5 4 5 3 4 -> x̄ 21/5 = 4.20; Σd² = 2.80, S.D. = √(2.80/4) = 0.84
    assert (q1.n, q1.blanks, f"{q1.mean:.2f}", f"{q1.sd:.2f}") == (5, 0, "4.20", "0.84")
    assert q1.counts == (2, 2, 1, 0, 0)
    assert q1.percents == (40.0, 40.0, 20.0, 0.0, 0.0)
    assert (q1.level, q1.rank) == ("มาก", 1)
    # q2: 4 4 5 3 and one blank -> x̄ 4.00; S.D. = √(2/3) = 0.82
    assert (q2.n, q2.blanks, f"{q2.mean:.2f}", f"{q2.sd:.2f}", q2.rank) == (4, 1, "4.00", "0.82", 2)
    # Aspect ก per respondent: 4.5 4.0 5.0 4.0 3.5 -> x̄ 4.20, S.D. √(1.30/4) = 0.57
    assert (a.title, a.n, f"{a.mean:.2f}", f"{a.sd:.2f}", a.rank) == ("ด้าน ก", 5, "4.20", "0.57", 1)
    # q3: 3 5 4 4 2 -> x̄ 3.60, S.D. √(5.2/4) = 1.14; aspect ข is the same and ranks second
    assert (f"{b.mean:.2f}", f"{b.sd:.2f}", b.level, b.rank) == ("3.60", "1.14", "มาก", 2)
    # Overall per respondent: 4, 4.333, 4.5, 4, 3 -> x̄ 3.97, S.D. √(1.35556/4) = 0.58
    assert f"{stats.overall_mean:.2f}" == "3.97"
    assert f"{stats.overall_sd:.2f}" == "0.58"
    # KPI by mean: 3.9667 / 5 × 100 = 79.33 %, under the 80 % target
    assert f"{stats.kpi:.2f}" == "79.33"
    assert stats.kpi_met is False
    # Before 2 3 1 2 (one blank) -> 2.00, S.D. 0.82; after 4 5 4 (two blank) -> 4.33, 0.58
    (k1,) = stats.before_after
    assert (k1.before.n, k1.before.blanks, f"{k1.before.mean:.2f}", f"{k1.before.sd:.2f}") == (
        4, 1, "2.00", "0.82",
    )  # fmt: skip
    assert (k1.after.n, k1.after.blanks, f"{k1.after.mean:.2f}", f"{k1.after.sd:.2f}") == (
        3, 2, "4.33", "0.58",
    )  # fmt: skip
    assert f"{k1.gain:.2f}" == "2.33"
    assert (k1.before.level, k1.after.level) == ("น้อย", "มาก")
    (sex,) = stats.choices
    assert (sex.n, sex.blanks) == (3, 2)
    assert sex.options[1][:2] == ("หญิง", 2)
    assert f"{sex.options[1][2]:.2f}" == "66.67"
    (comments,) = stats.texts
    assert comments.answers == ("ดีมาก",)
    assert comments.blanks == 4


def test_top2_kpi_and_band_sets(
    db: Database, demo_event: EventInfo, hand_survey: surveys.SurveyInfo
) -> None:
    stats = survey_statistics(db, demo_event.id, kpi_method="top2", band_set="B")
    assert stats is not None
    # 14 answers to the 5-level items, 10 of them at 4 or 5.
    assert f"{stats.kpi:.2f}" == "71.43"
    assert stats.band_set == "B"
    # The event's settings choose the defaults.
    settings = {"survey_bands": "C", "survey_kpi": "top2"}
    chosen = survey_statistics(db, demo_event.id, settings=settings)
    assert chosen is not None
    assert (chosen.band_set, chosen.kpi_method) == ("C", "top2")


@pytest.mark.parametrize(
    ("mean", "band_set", "level"),
    [
        (4.505, "A", "มากที่สุด"),  # shown as 4.51
        (4.50, "A", "มาก"),
        (4.50, "C", "มากที่สุด"),
        (4.49, "C", "มาก"),
        (4.21, "B", "มากที่สุด"),
        (4.20, "B", "มาก"),
        (2.60, "B", "น้อย"),
        (2.61, "B", "ปานกลาง"),
        (1.50, "A", "น้อยที่สุด"),
        (1.51, "A", "น้อย"),
        (1.49, "C", "น้อยที่สุด"),
    ],
)
def test_bands(mean: float, band_set: str, level: str) -> None:
    assert level_of(mean, band_set) == level


def test_equal_means_share_a_rank(db: Database, demo_event: EventInfo) -> None:
    survey = surveys.save_survey(db, demo_event.id, small_form())
    survey_answers.load_responses(db, survey.id, [{"q1": 4, "q2": 4}, {"q1": 5, "q2": 5}])
    stats = survey_statistics(db, demo_event.id)
    assert stats is not None
    assert [i.rank for i in stats.aspects[0].items] == [1, 1]
    assert stats.aspects[1].items[0].rank == 0  # no answers, no rank


def test_template_statistics_match_an_independent_computation(
    db: Database, demo_event: EventInfo
) -> None:
    survey = surveys.save_survey(db, demo_event.id, eco_industrial_town())
    rng = random.Random(7)
    rated = [q for q in survey.definition.questions() if q.kind == "rating"]
    rows = []
    for _ in range(60):
        row: dict[str, object] = {q.key: rng.choice([3, 4, 4, 5, 5, 2]) for q in rated}
        for q in survey.definition.questions():
            if q.kind == "before_after":
                row[q.key] = {"before": rng.randint(1, 3), "after": rng.randint(3, 5)}
        rows.append(row)
    survey_answers.load_responses(db, survey.id, rows)
    stats = survey_statistics(db, demo_event.id)
    assert stats is not None
    for item in stats.items:
        values = [r[item.key] for r in rows]
        assert item.mean == pytest.approx(statistics.mean(values))  # type: ignore[arg-type]
        assert item.sd == pytest.approx(statistics.stdev(values))  # type: ignore[arg-type]
    overall = [statistics.mean(r[q.key] for q in rated) for r in rows]  # type: ignore[misc]
    assert stats.overall_mean == pytest.approx(statistics.mean(overall))
    assert stats.overall_sd == pytest.approx(statistics.stdev(overall))
    share = sum(1 for r in rows for q in rated if r[q.key] >= 4) / (60 * len(rated))  # type: ignore[operator]
    top2 = survey_statistics(db, demo_event.id, kpi_method="top2")
    assert top2 is not None and top2.kpi == pytest.approx(share * 100)
    assert len(stats.aspects) == 4  # knowledge is reported as before/after pairs
    assert len(stats.before_after) == 4
