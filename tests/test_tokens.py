"""Badge identity: random tokens, short human codes, the QR payload and reading it back."""

from __future__ import annotations

import math

import pytest

from ecodesk.printing.qr import version_for
from ecodesk.services.tokens import (
    SHORT_CODE_ALPHABET,
    TOKEN_ALPHABET,
    format_short_code,
    make_payload,
    new_short_code,
    new_short_codes,
    new_token,
    new_tokens,
    parse_code,
)

LOOK_ALIKES = set("01OIL25SZ8BUVDQJ")


def test_token_carries_at_least_128_random_bits() -> None:
    token = new_token()
    assert len(token) * math.log2(len(set(TOKEN_ALPHABET))) >= 128
    assert set(token) <= set(TOKEN_ALPHABET)
    assert len({new_token() for _ in range(1000)}) == 1000


def test_short_codes_have_no_look_alike_letters_and_avoid_taken_ones() -> None:
    assert not set(SHORT_CODE_ALPHABET) & LOOK_ALIKES
    taken: set[str] = set()
    for _ in range(2000):
        code = new_short_code(taken)
        assert 6 <= len(code) <= 8 and code not in taken
        taken.add(code)


def test_a_batch_of_codes_is_all_different_and_avoids_taken_ones() -> None:
    taken = set(new_short_codes(5000))
    codes = new_short_codes(20000, taken)
    assert len(set(codes)) == 20000 and not taken & set(codes)
    assert set("".join(codes)) == set(SHORT_CODE_ALPHABET)
    tokens = new_tokens(20000)
    assert len(set(tokens)) == 20000 and tokens == sorted(tokens)
    assert set("".join(tokens)) == set(TOKEN_ALPHABET)


@pytest.mark.parametrize("event_code", ["AB", "EIT2565", "ABCDEFGHIJKL"])
def test_payload_is_uppercase_alphanumeric_and_fits_qr_version_2_or_3(event_code: str) -> None:
    token = new_token()
    payload = make_payload(event_code, token)
    assert payload == payload.upper()
    assert version_for(payload) in (2, 3)
    parsed = parse_code(payload)
    assert parsed is not None
    assert (parsed.event_code, parsed.token, parsed.short_code) == (event_code, token, None)


def test_payload_holds_no_personal_data() -> None:
    payload = make_payload("EIT2565", new_token())
    # Only the prefix, the event code and the token: nothing else could carry a name or phone.
    assert payload.split(":")[0:2] == ["ECD", "EIT2565"] and len(payload.split(":")) == 3


def test_short_code_is_read_as_typed() -> None:
    code = new_short_code()
    for typed in (code, code.lower(), format_short_code(code), f"  {format_short_code(code)} "):
        parsed = parse_code(typed)
        assert parsed is not None and parsed.short_code == code and parsed.token is None


@pytest.mark.parametrize("text", ["", "hello", "ECD:EIT2565:SHORT", "ECD::" + "A" * 26, "OOOOOO"])
def test_other_text_is_not_a_badge(text: str) -> None:
    assert parse_code(text) is None
