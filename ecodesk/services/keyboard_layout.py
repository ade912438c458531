"""Reading back what a USB scanner typed through the Thai Kedmanee keyboard layout.

A scanner sends key presses, not characters: with the Thai layout active, the keys of
``ECD:EIT2565:…`` arrive as ``ฎฉฏซฎณธ/ถุถซ…``. Mapping each Thai character back to the US key
that makes it recovers what the scanner meant. The table is TIS 820-2538 (Kedmanee), the
layout Thai Windows, macOS and Linux install by default.
"""

from __future__ import annotations

# US keys in keyboard order, without and with Shift, and what Kedmanee types for each.
_US_PLAIN = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./"
_US_SHIFT = '~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?'
_TH_PLAIN = "_ๅ/-ภถุึคตจขชๆไำพะัีรนยบลฃฟหกดเ้่าสวงผปแอิืทมใฝ"
_TH_SHIFT = '%+๑๒๓๔ู฿๕๖๗๘๙๐"ฎฑธํ๊ณฯญฐ,ฅฤฆฏโฌ็๋ษศซ.()ฉฮฺ์?ฒฬฦ'

assert len(_US_PLAIN) == len(_TH_PLAIN) and len(_US_SHIFT) == len(_TH_SHIFT)

US_TO_THAI: dict[str, str] = dict(zip(_US_PLAIN + _US_SHIFT, _TH_PLAIN + _TH_SHIFT, strict=True))
THAI_TO_US: dict[str, str] = {thai: us for us, thai in US_TO_THAI.items()}

_THAI_BLOCK = range(0x0E00, 0x0E80)


def has_thai(text: str) -> bool:
    return any(ord(c) in _THAI_BLOCK for c in text)


def kedmanee_to_us(text: str) -> str:
    """What ``text`` would have been had the US layout been active when its keys were pressed.

    The Thai layout also types some ASCII signs (``/`` on the key 2, ``-`` on 3, ``"`` on W),
    so every character goes through the table; characters no key makes stay as they are.
    """
    return "".join(THAI_TO_US.get(c, c) for c in text)


def us_to_kedmanee(text: str) -> str:
    """What pressing the keys of ``text`` types with the Thai layout active."""
    return "".join(US_TO_THAI.get(c, c) for c in text)


def readings(text: str) -> list[str]:
    """The ways to read typed text, most likely first: as typed, then through the Thai layout.

    Text with no Thai character was typed with a Latin layout and has one reading.
    """
    if not has_thai(text):
        return [text]
    return [text, kedmanee_to_us(text)]
