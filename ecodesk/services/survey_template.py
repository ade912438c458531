"""The built-in form: the Eco Industrial Town seminar satisfaction survey (THAI-CONVENTIONS.md)."""

from __future__ import annotations

import random
from typing import Any

from ecodesk.services.survey_definition import (
    OPTIONS_FROM_SECTORS,
    Part,
    Question,
    SurveyDefinition,
)

TITLE = "แบบประเมินความพึงพอใจการสัมมนาแลกเปลี่ยนเรียนรู้การพัฒนาเมืองอุตสาหกรรมเชิงนิเวศ"
INSTRUCTIONS = (
    "โปรดทำเครื่องหมาย ✓ ในช่องที่ตรงกับความคิดเห็นของท่าน "
    "ข้อมูลนี้ใช้เพื่อปรับปรุงการจัดกิจกรรมและรายงานผลในภาพรวมเท่านั้น"
)

# (aspect, key prefix, kind, items)
RATED_ASPECTS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        "ด้านกระบวนการ/ขั้นตอน",
        "process",
        "rating",
        (
            "การประชาสัมพันธ์และแจ้งกำหนดการล่วงหน้าเหมาะสม",
            "การลงทะเบียนสะดวก รวดเร็ว",
            "ระยะเวลาการสัมมนาเหมาะสม",
            "เปิดโอกาสแลกเปลี่ยนความคิดเห็นเพียงพอ",
        ),
    ),
    (
        "ด้านวิทยากร",
        "speaker",
        "rating",
        (
            "ความรู้ความสามารถในการถ่ายทอด",
            "อธิบายชัดเจน ตรงประเด็น เข้าใจง่าย",
            "ตอบข้อซักถามได้ตรงประเด็น",
            "ใช้เวลาเหมาะสม",
        ),
    ),
    (
        "ด้านสถานที่และสิ่งอำนวยความสะดวก",
        "venue",
        "rating",
        (
            "สถานที่เหมาะสม เดินทางสะดวก",
            "โสตทัศนูปกรณ์พร้อมใช้งาน",
            "เอกสารประกอบเหมาะสม",
            "อาหารและเครื่องดื่มเหมาะสม",
            "การบริการของเจ้าหน้าที่",
        ),
    ),
    (
        "ด้านความรู้ความเข้าใจ",
        "knowledge",
        "before_after",
        (
            "แนวคิดเมืองอุตสาหกรรมเชิงนิเวศ",
            "มิติการพัฒนา (กายภาพ เศรษฐกิจ สิ่งแวดล้อม สังคม การบริหารจัดการ)",
            "บทบาทภาครัฐ อุตสาหกรรม และชุมชน",
            "แนวปฏิบัติที่ดีจากพื้นที่อื่น",
        ),
    ),
    (
        "ด้านการนำไปใช้ประโยชน์",
        "use",
        "rating",
        (
            "นำความรู้ไปประยุกต์ใช้ในงาน/องค์กรได้",
            "เผยแพร่/ถ่ายทอดต่อได้",
            "เกิดเครือข่ายความร่วมมือระหว่างภาคส่วน",
            "ความพึงพอใจในภาพรวม",
        ),
    ),
)

SUGGESTIONS = (
    ("liked", "สิ่งที่ประทับใจ"),
    ("improve", "สิ่งที่ควรปรับปรุง"),
    ("next_topics", "หัวข้อที่ต้องการครั้งต่อไป"),
    ("other", "อื่น ๆ"),
)


def eco_industrial_town() -> SurveyDefinition:
    """A fresh copy of the template, ready to be edited or stored."""
    respondent = Part(
        title="ตอนที่ 1 ข้อมูลทั่วไปของผู้ตอบแบบประเมิน",
        questions=[
            Question("sex", "single", "เพศ", options=["ชาย", "หญิง", "ไม่ประสงค์ระบุ"]),
            Question(
                "age",
                "single",
                "อายุ",
                options=["ต่ำกว่า 25 ปี", "25–35 ปี", "36–45 ปี", "46–55 ปี", "56 ปีขึ้นไป"],
            ),
            Question(
                "education",
                "single",
                "การศึกษา",
                options=["ต่ำกว่าปริญญาตรี", "ปริญญาตรี", "สูงกว่าปริญญาตรี"],
            ),
            Question("sector", "single", "ภาคส่วน", options_from=OPTIONS_FROM_SECTORS),
        ],
    )
    ratings = Part(
        title="ตอนที่ 2 ความพึงพอใจต่อการจัดสัมมนา",
        description="5 = มากที่สุด, 4 = มาก, 3 = ปานกลาง, 2 = น้อย, 1 = น้อยที่สุด",
        questions=[
            Question(f"{prefix}{n}", kind, text, required=True, aspect=aspect)
            for aspect, prefix, kind, items in RATED_ASPECTS
            for n, text in enumerate(items, 1)
        ],
    )
    suggestions = Part(
        title="ตอนที่ 3 ข้อเสนอแนะ",
        questions=[Question(key, "long_text", text) for key, text in SUGGESTIONS],
    )
    return SurveyDefinition(TITLE, INSTRUCTIONS, [respondent, ratings, suggestions])


COMMENTS = {
    "liked": ("วิทยากรให้ความรู้ดีมาก", "ได้เห็นตัวอย่างจริงจากพื้นที่", "การศึกษาดูงานเป็นประโยชน์"),
    "improve": ("ห้องประชุมเย็นเกินไป", "ควรเพิ่มเวลาช่วงถาม-ตอบ", "เอกสารควรส่งล่วงหน้า"),
    "next_topics": ("การจัดการของเสียอุตสาหกรรม", "พลังงานหมุนเวียนในชุมชน", "BCG Model"),
    "other": ("ขอบคุณผู้จัดงาน",),
}


def plausible_responses(
    definition: SurveyDefinition, count: int, rng: random.Random
) -> list[dict[str, Any]]:
    """Sample answers to a form: mostly satisfied, knowledge higher after, a few blanks."""
    out: list[dict[str, Any]] = []
    for _ in range(count):
        mood = rng.choice((0, 1, 1, 1, 2))  # how generous this respondent is
        answers: dict[str, Any] = {}
        for q in definition.questions():
            if q.kind == "rating":
                answers[q.key] = min(5, max(1, rng.choice((3, 4, 4, 5, 5)) + mood - 1))
            elif q.kind == "before_after":
                before = rng.choice((1, 2, 2, 3, 3))
                answers[q.key] = {"before": before, "after": min(5, before + rng.randint(1, 2))}
            elif q.kind == "single" and q.options:
                answers[q.key] = rng.choice(q.options)
            elif q.kind == "multiple" and q.options:
                answers[q.key] = rng.sample(q.options, rng.randint(1, min(2, len(q.options))))
            elif q.kind in ("text", "long_text") and rng.random() < 0.3:
                answers[q.key] = rng.choice(COMMENTS.get(q.key, ("-",)))
            if not q.required and rng.random() < 0.03:
                answers.pop(q.key, None)
        out.append(answers)
    return out
