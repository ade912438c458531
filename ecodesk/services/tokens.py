"""Badge identity: the QR token, the short human code, and reading either back.

The QR carries no personal data, only the event code and a random token. Both are upper-case
alphanumeric so the QR uses alphanumeric mode and stays at version 2 or 3.
"""

from __future__ import annotations

import base64
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


# RFC 4648 base32 letters mapped onto TOKEN_ALPHABET: encoding random bytes in C is far
# faster than drawing 26 characters one by one, which matters when importing 100,000 people.
_FROM_BASE32 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", TOKEN_ALPHABET.encode())


def new_token() -> str:
    # 17 random bytes are 28 base32 characters; the first 26 carry 130 uniform bits.
    encoded = base64.b32encode(secrets.token_bytes(17))[:TOKEN_LENGTH]
    return encoded.translate(_FROM_BASE32).decode()


def new_short_code(taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A short code not in ``taken`` (the event's codes, current and revoked)."""
    base = len(SHORT_CODE_ALPHABET)
    while True:
        # One random draw split into digits, not one draw per character.
        n = secrets.randbelow(base**SHORT_CODE_LENGTH)
        chars = []
        for _ in range(SHORT_CODE_LENGTH):
            n, digit = divmod(n, base)
            chars.append(SHORT_CODE_ALPHABET[digit])
        code = "".join(chars)
        if code not in taken:
            return code


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
