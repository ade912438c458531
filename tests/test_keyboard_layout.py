"""A scanner typing through the Thai Kedmanee layout is read back to the badge code."""

from __future__ import annotations

import pytest

from ecodesk.services.keyboard_layout import (
    US_TO_THAI,
    has_thai,
    kedmanee_to_us,
    readings,
    us_to_kedmanee,
)
from ecodesk.services.tokens import TOKEN_ALPHABET, make_payload, parse_code


def test_the_keys_the_issue_names() -> None:
    assert US_TO_THAI["A"] == "ฤ"
    assert US_TO_THAI["1"] == "ๅ"
    assert kedmanee_to_us("ฤๅ") == "A1"


def test_every_key_has_its_own_thai_character() -> None:
    assert len(set(US_TO_THAI.values())) == len(US_TO_THAI) == 94


@pytest.mark.parametrize("token", [TOKEN_ALPHABET[:26], TOKEN_ALPHABET[6:], "Z" * 26])
def test_a_badge_payload_typed_through_the_thai_layout_reads_back(token: str) -> None:
    payload = make_payload("EIT2565", token)
    typed = us_to_kedmanee(payload)
    assert has_thai(typed)
    assert typed.startswith("ฎฉฏซ")  # E C D : with Shift
    assert kedmanee_to_us(typed) == payload
    assert parse_code(readings(typed)[-1]) is not None


def test_a_short_code_typed_by_hand_in_thai_lower_case_with_a_dash() -> None:
    typed = us_to_kedmanee("ac3-fgh")
    assert typed == "ฟแ-ขดเ้"
    code = parse_code(readings(typed)[-1])
    assert code is not None and code.short_code == "AC3FGH"


def test_latin_text_has_one_reading_and_thai_names_stay_readable() -> None:
    assert readings("ECD:EIT2565:ABC") == ["ECD:EIT2565:ABC"]
    assert readings("สมชาย")[0] == "สมชาย"
