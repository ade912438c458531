"""One row of a registration list: consent answers, remarks and totals around the table, the
title typed again in the first-name column."""

from __future__ import annotations

import pytest

from ecodesk.exchange.importing.rows import parse_consent

REFUSALS = [
    "ไม่ยินยอม",
    "ข้าพเจ้าไม่ยินยอม",
    "ข้าพเจ้าไม่ยินยอมให้ใช้ข้อมูลส่วนบุคคล",
    "ไม่ ยินยอม",
    "ไม่ได้ยินยอม",
    "ไม่ให้ความยินยอม",
    "ข้าพเจ้าไม่ได้ให้ความยินยอม",
    "ไม่ยอมรับ",
    "ไม่อนุญาต",
    "ไม่อนุญาตให้เผยแพร่ภาพและข้อมูล",
    "ไม่ตกลง",
    "ไม่ประสงค์ให้เก็บข้อมูล",
    "ไม่ต้องการ",
    "ไม่เห็นด้วย",
    "ไม่ใช่",
    "ไม่",
    "ปฏิเสธ",
    "No",
    "no",
    "N",
    "No, I do not agree",
    "I do not agree",
    "I don't agree",
    "I don\u2019t agree",
    "I disagree",
    "Disagree",
    "Not agree",
    "I do not consent",
    "I decline",
    "false",
    "0",
    False,
]
CONSENTS = [
    "ยินยอม",
    "ข้าพเจ้ายินยอม",
    "ข้าพเจ้ายินยอมให้ใช้ข้อมูลส่วนบุคคล",
    "ยินยอมให้เก็บข้อมูล",
    "ยินยอม (ข้อมูลจะไม่ถูกเปิดเผยต่อบุคคลภายนอก)",
    "ยอมรับ",
    "อนุญาต",
    "ตกลง",
    "ใช่",
    "Yes",
    "yes",
    "Y",
    "Yes, I agree",
    "YES I AGREE",
    "I agree",
    "Agree",
    "I consent",
    "I accept",
    "true",
    "1",
    1,
    "✓",
    True,
]


@pytest.mark.parametrize("answer", REFUSALS)
def test_a_refusal_is_never_stored_as_consent(answer: object) -> None:
    assert parse_consent(answer) is False


@pytest.mark.parametrize("answer", CONSENTS)
def test_consent_in_thai_and_english(answer: object) -> None:
    assert parse_consent(answer) is True


@pytest.mark.parametrize("answer", ["", None, "อื่น ๆ", "maybe", "None"])
def test_an_answer_that_says_neither_is_unknown(answer: object) -> None:
    assert parse_consent(answer) is None
