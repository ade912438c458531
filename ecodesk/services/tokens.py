"""Badge identity: the QR token, the short human code, and reading either back.

The QR carries no personal data, only the event code and a random token. Both are upper-case
alphanumeric so the QR uses alphanumeric mode and stays at version 2 or 3.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

# 26 characters of Crockford-style base32 hold 130 bits.
TOKEN_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TOKEN_LENGTH = 26
# No look-alikes (0/O/D/Q, 1/I/L/J, 2/Z, 5/S, 8/B, U/V).
SHORT_CODE_ALPHABET = "ACEFGHKMNPRTWXY3479"
SHORT_CODE_LENGTH = 6
PAYLOAD_PREFIX = "ECD"
EVENT_CODE_RE = re.compile(r"^[A-Z0-9]{2,12}$")
_PAYLOAD_RE = re.compile(r"^ECD:([A-Z0-9]{2,12}):([0-9A-Z]{26})$")


# Random bytes mapped straight onto the alphabets in C (bytes.translate): far faster than
# drawing characters one by one, which matters when importing 100,000 people. 256 is a
# multiple of 32, so every token character is uniform; for the 19-letter short-code
# alphabet the bytes of the incomplete last round (247-255) are dropped.
_TOKEN_TABLE = bytes(ord(TOKEN_ALPHABET[i % len(TOKEN_ALPHABET)]) for i in range(256))
_SHORT_ROUNDS = 256 // len(SHORT_CODE_ALPHABET) * len(SHORT_CODE_ALPHABET)
_SHORT_TABLE = bytes(ord(SHORT_CODE_ALPHABET[i % len(SHORT_CODE_ALPHABET)]) for i in range(256))
_SHORT_DROPPED = bytes(range(_SHORT_ROUNDS, 256))


def new_token() -> str:
    return new_tokens(1)[0]


def new_tokens(count: int) -> list[str]:
    """``count`` fresh tokens from one read of the random source, in ascending order: a batch
    insert then walks the token index in order instead of jumping all over it."""
    drawn = secrets.token_bytes(TOKEN_LENGTH * count).translate(_TOKEN_TABLE).decode()
    return sorted(drawn[i : i + TOKEN_LENGTH] for i in range(0, len(drawn), TOKEN_LENGTH))


def new_short_code(taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A short code not in ``taken`` (the event's codes, current and revoked)."""
    return new_short_codes(1, taken)[0]


def new_short_codes(count: int, taken: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """``count`` different short codes, none of them in ``taken``."""
    codes: list[str] = []
    fresh: set[str] = set()
    while len(codes) < count:
        # 2 bytes a character leave enough after the dropped ones for almost every code.
        need = count - len(codes)
        drawn = secrets.token_bytes(2 * SHORT_CODE_LENGTH * need).translate(
            _SHORT_TABLE, _SHORT_DROPPED
        )
        for i in range(0, len(drawn) - SHORT_CODE_LENGTH + 1, SHORT_CODE_LENGTH):
            code = drawn[i : i + SHORT_CODE_LENGTH].decode()
            if code not in taken and code not in fresh:
                fresh.add(code)
                codes.append(code)
                if len(codes) == count:
                    break
    return codes


def format_short_code(code: str) -> str:
    """ABC-DEF, as printed under the QR."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def make_payload(event_code: str, token: str) -> str:
    return f"{PAYLOAD_PREFIX}:{event_code}:{token}"


@dataclass(frozen=True)
class BadgeCode:
    """What a scanned or typed text names: a QR payload, or a short code typed by hand."""

    event_code: str | None
    token: str | None
    short_code: str | None


def parse_code(text: str) -> BadgeCode | None:
    """Read a QR payload or a short code; None when the text is neither.

    Layout-independent reading (a scanner typing through a Thai keyboard layout) is done
    before this, by the caller that knows the keystrokes.
    """
    cleaned = text.strip().upper()
    match = _PAYLOAD_RE.match(cleaned)
    if match:
        return BadgeCode(event_code=match.group(1), token=match.group(2), short_code=None)
    compact = re.sub(r"[\s\-]", "", cleaned)
    if len(compact) == SHORT_CODE_LENGTH and all(c in SHORT_CODE_ALPHABET for c in compact):
        return BadgeCode(event_code=None, token=None, short_code=compact)
    return None
