"""Thai text as a careful clerk reads it: cleaning, dictionary order, search folding, names, phones.

Qt-free on purpose (services never import Qt); the sort key is tested against ICU's Thai
collation through ``QCollator`` in the tests.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple, cast

# Tone marks (mai ek .. mai chattawa): a secondary difference in dictionary order.
TONE_MARKS = frozenset("\u0e48\u0e49\u0e4a\u0e4b")
# What hurried typing leaves out: tone marks, mai taikhu, thanthakhat (karan).
SEARCH_DROPPED = TONE_MARKS | frozenset("\u0e47\u0e4c")
# The same marks weigh in dictionary order only between words otherwise equal (secondary in
# ICU's Thai collation), in its order: thanthakhat (karan), mai taikhu, then the tone marks.
_SECONDARY_MARKS = "\u0e4c\u0e47\u0e48\u0e49\u0e4a\u0e4b"
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")

_SPACES_RE = re.compile(r"\s+")
_ZERO_WIDTH_RE = re.compile("[" + "".join(sorted(ZERO_WIDTH)) + "]")
# Nikhahit + sara aa typed in two keystrokes looks like sara am but does not match it.
_SARA_AM_RE = re.compile("\u0e4d\u0e32")
# Lists repeat organisations, positions and sectors on every row: cleaning is cached.
_CACHE_SIZE = 1 << 16
# Whitespace other than a plain space, and invisible characters: one character class.
_ODD_CHAR_RE = re.compile(r"[^\S ]|[" + "".join(sorted(ZERO_WIDTH)) + "]")


# typed: 1, 1.0 and True are equal keys but different cells.
@functools.lru_cache(maxsize=_CACHE_SIZE, typed=True)
def clean_text(value: object) -> str:
    """Trim, collapse runs of spaces, drop zero-width characters; keep everything else.

    A text that begins with ``= + - @`` stays the same text: it is data, never a formula.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = value if isinstance(value, str) else str(value)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # Most cells are clean already: one search decides, on every cell of a big import.
    if (
        text == text.strip()
        and "  " not in text
        and "\u0e4d\u0e32" not in text
        and _ODD_CHAR_RE.search(text) is None
    ):
        return text
    text = _ZERO_WIDTH_RE.sub("", text)
    text = _SARA_AM_RE.sub("\u0e33", text)
    return _SPACES_RE.sub(" ", text).strip()


# Cells of a column joined into one text, so that cleaning is a few passes of C, not a
# call per cell. The joiner is Thai khomut (๛), an end-of-chapter mark no list holds: printable,
# not a space, left alone by case folding and normalisation. A cell that holds it anyway sends
# the column down the cell-by-cell path.
_JOIN = "\u0e5b"
_EDGE_SPACE_RE = re.compile(r"\A | \Z| (?=\u0e5b)|(?<=\u0e5b) ")
_SPACE_RUN_RE = re.compile("  +")


def _joined(texts: Sequence[str]) -> str | None:
    """The texts as one, or None when that cannot be split back (none, or one holds _JOIN)."""
    joined = _JOIN.join(texts)
    return joined if texts and joined.count(_JOIN) == len(texts) - 1 else None


def clean_texts(values: Sequence[object]) -> list[str]:
    """``clean_text`` of every value, a whole column at once: one scan of the joined column
    finds nothing to do in the usual list, and when it finds something each fix is one pass."""
    if set(map(type, values)) == {str}:
        texts = cast(Sequence[str], values)
    else:
        texts = [v if type(v) is str else clean_text(v) for v in values]
    joined = _joined(texts)
    if joined is None:
        return [clean_text(t) for t in texts]
    if not unicodedata.is_normalized("NFC", joined):
        joined = unicodedata.normalize("NFC", joined)
    # Every odd space and invisible character is unprintable; the test is one pass of C.
    if not joined.isprintable():  # rare: tabs, line breaks, invisible characters
        joined = _SARA_AM_RE.sub("\u0e33", _ZERO_WIDTH_RE.sub("", joined))
        return _EDGE_SPACE_RE.sub("", _SPACES_RE.sub(" ", joined)).split(_JOIN)
    # Plain spaces only: substring searches, which are far faster than a regex over the text.
    if "\u0e4d\u0e32" in joined:
        joined = joined.replace("\u0e4d\u0e32", "\u0e33")
    if "  " in joined:
        joined = _SPACE_RUN_RE.sub(" ", joined)
    if " " + _JOIN in joined or _JOIN + " " in joined or joined[:1] == " " or joined[-1:] == " ":
        joined = joined.replace(" " + _JOIN, _JOIN).replace(_JOIN + " ", _JOIN).strip(" ")
    return joined.split(_JOIN)


def thai_digits_to_arabic(text: str) -> str:
    return text.translate(THAI_DIGITS)


_LEADING_VOWEL_RE = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_NOT_MARK_RE = re.compile(f"[^{_SECONDARY_MARKS}]")
_SECONDARY_WEIGHTS = {ord(c): chr(2 + i) for i, c in enumerate(_SECONDARY_MARKS)}
_OTHER_SCRIPT_RE = re.compile("[^\x00-\x7f\u0e00-\u0e7f]")
# Thai collation puts Thai letters before the letters of other scripts: Latin letters move
# above the Thai block in the primary key.
_SORT_TABLE = {ord(c): chr(ord(c) + 0x10000) for c in "abcdefghijklmnopqrstuvwxyz"} | {
    ord(c): None for c in _SECONDARY_MARKS
}
_FOLD_TABLE = {ord(c): None for c in SEARCH_DROPPED | frozenset("- .")} | THAI_DIGITS


def _shift_other_letter(ch: str) -> str:
    return chr(ord(ch) + 0x10000) if ch.isalpha() else ch


@functools.lru_cache(maxsize=_CACHE_SIZE)
def thai_sort_key(text: str) -> tuple[str, str, str]:
    """A key giving Thai dictionary order, as ICU's Thai collation does.

    A leading vowel (เ แ โ ใ ไ) is written before its consonant but sorted after it, so the
    two swap places. Tone marks, karan and mai taikhu decide only between words that are
    otherwise equal (secondary), and case only after that. Thai letters come before Latin ones.
    """
    swapped = _LEADING_VOWEL_RE.sub(r"\2\1", clean_text(text).casefold())
    primary = swapped.translate(_SORT_TABLE)
    if _OTHER_SCRIPT_RE.search(primary):
        primary = "".join(
            _shift_other_letter(ch) if _OTHER_SCRIPT_RE.match(ch) else ch for ch in primary
        )
    # Every other character as one low mark, each secondary mark above it in ICU's order:
    # compared after the primary key, an unmarked syllable sorts before a marked one, mai ek
    # before mai tho.
    secondary = _NOT_MARK_RE.sub("\x01", swapped).translate(_SECONDARY_WEIGHTS)
    # Case last, lower case first as in ICU ('anna', 'Anna', 'ANNA').
    return primary, secondary, text.swapcase()


@functools.lru_cache(maxsize=_CACHE_SIZE)
def fold_for_search(text: str) -> str:
    """The form both a query and the searched text take so that hurried typing still matches.

    Case-folded, tone marks and accents dropped, spaces, hyphens and zero-width characters
    removed, Thai digits as Arabic: 'แกวมณี' and 'แก้ว มณี' fold alike.
    """
    return _folded(clean_text(text))


def fold_many(texts: Sequence[str], *, cleaned: bool = False) -> list[str]:
    """``fold_for_search`` of every text, the list at once; ``cleaned``: the texts have been
    through ``clean_text`` already."""
    joined = _joined(texts if cleaned else clean_texts(texts))
    if joined is None:
        return [fold_for_search(t) for t in texts]
    return _folded(joined).split(_JOIN)


_ACCENT_RE = re.compile("[\u0300-\u036f]")
_TWO_SARA_E = "\u0e40\u0e40"


def _folded(text: str) -> str:
    # With the tone mark gone, a nikhahit typed before it meets the sara aa typed after it
    # ('นํ้า'): together they are the sara am of 'น้ำ'.
    text = text.casefold().translate(_FOLD_TABLE).replace("\u0e4d\u0e32", "\u0e33")
    # Sara ae typed as two sara e ('เเก้ว') looks the same on screen but is not 'แก้ว'.
    if _TWO_SARA_E in text:
        text = text.replace(_TWO_SARA_E, "\u0e41")
    if _OTHER_SCRIPT_RE.search(text):
        text = _ACCENT_RE.sub("", unicodedata.normalize("NFD", text))
    return text


# Titles, each as written; matching is case-insensitive for Latin and longest first.
THAI_TITLES = (
    "นาย", "นาง", "นางสาว", "น.ส.", "ด.ช.", "ด.ญ.", "เด็กชาย", "เด็กหญิง",
    "ดร.", "ศ.", "รศ.", "ผศ.", "ศ.ดร.", "รศ.ดร.", "ผศ.ดร.", "อ.", "อ.ดร.", "อาจารย์",
    "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์",
    "นพ.", "พญ.", "ทพ.", "ทพญ.", "ภก.", "ภญ.", "สพ.ญ.", "น.สพ.",
    "นายแพทย์", "แพทย์หญิง", "ทันตแพทย์", "ทันตแพทย์หญิง", "เภสัชกร", "เภสัชกรหญิง",
    "สัตวแพทย์", "สัตวแพทย์หญิง",
    "ว่าที่ร้อยตรี", "ว่าที่ร้อยตรีหญิง", "ว่าที่ ร.ต.", "ว่าที่ร.ต.", "ว่าที่ ร.ต.หญิง",
    "ว่าที่ร้อยโท", "ว่าที่ร้อยเอก",
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
    "จ.ส.อ.", "จ.ส.ท.", "จ.ส.ต.", "ส.อ.", "ส.ท.", "ส.ต.", "พลทหาร",
    "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.", "น.อ.", "น.ท.", "น.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
    "พ.จ.อ.", "พ.จ.ท.", "พ.จ.ต.", "จ.อ.", "จ.ท.", "จ.ต.",
    "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.", "พ.อ.อ.", "พ.อ.ท.", "พ.อ.ต.",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.",
    "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต.",
    "หม่อมเจ้า", "หม่อมราชวงศ์", "หม่อมหลวง", "ม.จ.", "ม.ร.ว.", "ม.ล.", "คุณหญิง", "ท่านผู้หญิง",
    "พระ", "พระครู", "พระมหา",
    "พระอธิการ", "พระปลัด", "พระใบฎีกา", "พระสมุห์", "พระครูใบฎีกา", "พระครูสมุห์", "สามเณร",
    "แม่ชี",
    "คุณ", "ผู้ใหญ่", "ผู้ใหญ่บ้าน", "ผู้ช่วยผู้ใหญ่บ้าน", "กำนัน",
)  # fmt: skip
# Ranks written out in full (army, navy, air force, police), recognised in names but too many
# for a list to choose from.
_GRADES = ("เอก", "โท", "ตรี")
_OFFICER_RANKS = tuple(
    rank + grade for rank in ("ร้อย", "เรือ", "เรืออากาศ", "ร้อยตำรวจ") for grade in _GRADES
)
RANK_TITLES = (
    "จอมพล", "พลทหาร", "ดาบตำรวจ", "จ่าสิบตำรวจ", "พลตำรวจ",
    *(rank + grade for rank in ("พล", "พัน", "จ่าสิบ", "สิบ", "พลเรือ", "นาวา", "พันจ่า", "จ่า",
                                "พลอากาศ", "นาวาอากาศ", "พันจ่าอากาศ", "จ่าอากาศ", "พลตำรวจ",
                                "พันตำรวจ", "สิบตำรวจ")
      for grade in _GRADES),
    *_OFFICER_RANKS,
)  # fmt: skip
LATIN_TITLES = (
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Assoc. Prof.", "Asst. Prof.",
    "Assoc.Prof.", "Asst.Prof.", "Mr", "Mrs", "Ms", "Dr", "Prof", "Khun",
    # His or Her Excellency, before a minister's or an ambassador's title ('H.E. Mr.').
    "H.E.",
)  # fmt: skip
# A printed form's 'นาง(สาว)' kept as the answer: recognised, never offered in a list.
_UNDECIDED_TITLES = ("นาง(สาว)",)
# Short forms lists use, recognised but not offered: a private ('พลฯ'), a village headman
# ('ผญบ.') and his assistant.
_SHORT_TITLES = ("พลฯ", "ผญบ.", "ผช.ผญบ.")
# The medical professions' titles as lists also write them, each kept as typed: a dot between
# the letters ('พ.ญ.', 'ภ.ก.') or one left out ('สพญ.', 'นสพ.').
_MEDICAL_VARIANTS = ("น.พ.", "พ.ญ.", "ท.พ.", "ทพ.ญ.", "ภ.ก.", "ภ.ญ.", "สพญ.", "นสพ.")
# A colonel or captain of the special grade: 'พ.อ.(พิเศษ)', 'นาวาเอก (พิเศษ)'.
_SPECIAL_GRADE = "(พิเศษ)"
_SPECIAL_RANKS = ("พ.อ.", "น.อ.", "พ.ต.อ.", "พันเอก", "นาวาเอก", "นาวาอากาศเอก", "พันตำรวจเอก")
# A special (honorary) professor: 'ศ.(พิเศษ)', 'ศาสตราจารย์พิเศษ', 'รศ. (พิเศษ)'.
_SPECIAL_ACADEMIC = ("ศ.", "รศ.", "ผศ.")
_SPECIAL_ACADEMIC_WORDS = ("ศาสตราจารย์พิเศษ", "รองศาสตราจารย์พิเศษ", "ผู้ช่วยศาสตราจารย์พิเศษ")
_SPECIAL = _SPECIAL_RANKS + _SPECIAL_ACADEMIC
# Women's ranks add หญิง, with or without a space: 'พ.ต.ท.หญิง', 'ร.ต.อ. หญิง'.
_FEMALE_SUFFIXES = ("หญิง", " หญิง")
# An acting officer: 'ว่าที่ร้อยตรี', 'ว่าที่ ร.ต.'.
_ACTING = ("ว่าที่", "ว่าที่ ")
# What may follow a title that is a word ('ผู้ช่วยศาสตราจารย์ ดร.', 'นายแพทย์ ดร.').
_DOCTOR = frozenset(("ดร.", "Dr.", "Dr"))


def _title_table() -> list[str]:
    ranks = {t for t in THAI_TITLES if t.endswith(".")} | set(RANK_TITLES)
    ranks |= {acting + r for acting in _ACTING for r in (*_OFFICER_RANKS, "ร.ต.", "ร.ท.", "ร.อ.")}
    titles = set(THAI_TITLES) | set(LATIN_TITLES) | set(_UNDECIDED_TITLES) | set(_SHORT_TITLES)
    titles |= set(_MEDICAL_VARIANTS)
    titles |= ranks | {r + suffix for r in ranks for suffix in _FEMALE_SUFFIXES}
    titles |= {r + _SPECIAL_GRADE for r in _SPECIAL} | set(_SPECIAL_ACADEMIC_WORDS)
    return sorted(titles, key=len, reverse=True)


TITLES = _title_table()
# Abbreviations typed without their last dot ('น.ส สุดา', 'ดร สมศักดิ์', 'ผศ.ดร สมพร') or with a
# dot left out ('นส.สมหญิง'), each stored as written properly. Without a dot a space must follow:
# 'ดรุณี' and 'นสรินทร์' are names. Two-letter words that are also given names (นพ) are not here.
_DOTLESS_ALIASES = {
    t[:-1]: t for t in TITLES if t.endswith(".") and "." in t[:-1] and "\u0e01" <= t[0] <= "\u0e4f"
} | {"ดร": "ดร.", "ผศ": "ผศ.", "รศ": "รศ.", "นส": "น.ส.", "ดช": "ด.ช.", "ดญ": "ด.ญ."}
# A dot typed after a title that is a word ('นาย.สมชาย', 'นางสาว. สุดา'), as after น.ส.
_DOTTED_ALIASES = {t + ".": t for t in ("นาย", "นาง", "นางสาว")}
_ALIASES = (
    _DOTLESS_ALIASES
    | _DOTTED_ALIASES
    | {"นส.": "น.ส.", "ดช.": "ด.ช.", "ดญ.": "ด.ญ.", "นาง (สาว)": "นาง(สาว)"}
    | {r + " " + _SPECIAL_GRADE: r + _SPECIAL_GRADE for r in _SPECIAL}
)


class SplitName(NamedTuple):
    title: str
    first: str
    last: str


def _after_title(title: str) -> str:
    # Without a space a title must end in a dot or be Thai followed by a new syllable (a
    # consonant or leading vowel, never a vowel sign of the same word); a name must follow.
    if title.endswith((".", ")")):
        return r"(?=\s*\S)"
    if title in _DOTLESS_ALIASES:
        return r"(?=\s+\S)"
    if title.endswith(" หญิง"):  # 'ร.ต.อ. หญิงใจ' is more likely a name than a rank
        return r"(?=\s+\S)"
    # Or a Latin name run on ('นายJohn Smith'); a lone letter is no name ('นายก อบต.').
    if "\u0e01" <= title[-1] <= "\u0e4f":
        return r"(?=\s+\S|[\u0e01-\u0e2e\u0e40-\u0e44A-Za-z]\S)"
    return r"(?=\s+\S)"


def _trie_pattern(titles: list[str], at: int = 0) -> str:
    """One regex for all ``titles`` (sharing their first ``at`` characters), factored by prefix
    so that matching costs the length of the title, not the number of titles. Longer titles
    are tried first; a title ends only where a name can start."""
    by_next: dict[str, list[str]] = {}
    for title in titles:
        if len(title) > at:
            by_next.setdefault(title[at], []).append(title)
    branches = [re.escape(ch) + _trie_pattern(group, at + 1) for ch, group in by_next.items()]
    branches += [_after_title(t) for t in titles if len(t) == at]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_TITLE_RE = re.compile(
    _trie_pattern(sorted({t.casefold() for t in (*TITLES, *_ALIASES)})), re.IGNORECASE
)
_CANONICAL_TITLES = {t.casefold(): t for t in TITLES} | _ALIASES


def _separator(before: str, part: str, spaced: bool) -> str:
    """What joins two titles: Thai abbreviations run together ('ผศ. ดร.' gives 'ผศ.ดร.'),
    Latin ones keep the space as typed ('Assoc. Prof. Dr.', 'Asst.Prof.Dr.'), a word title
    stands apart ('ผู้ช่วยศาสตราจารย์ ดร.')."""
    if not before:
        return ""
    if before.endswith(".") and part.endswith("."):
        thai = before[0] >= "\u0e00" and part[0] >= "\u0e00"
        return " " if spaced and not thai else ""
    return " "


# Abbreviated titles and the words they stand for: one title, however it is typed.
_TITLE_WORDS = {
    "น.ส.": "นางสาว", "ด.ช.": "เด็กชาย", "ด.ญ.": "เด็กหญิง", "นพ.": "นายแพทย์",
    "พญ.": "แพทย์หญิง", "ศ.": "ศาสตราจารย์", "รศ.": "รองศาสตราจารย์",
    "ผศ.": "ผู้ช่วยศาสตราจารย์", "อ.": "อาจารย์", "ว่าที่ ร.ต.": "ว่าที่ร้อยตรี",
    "ว่าที่ร.ต.": "ว่าที่ร้อยตรี",
}  # fmt: skip


def same_title(a: str, b: str) -> bool:
    """Whether two titles are one, written out or abbreviated, however typed ('นางสาว',
    'น.ส.', 'นส.')."""
    return _title_word(a) == _title_word(b)


def _title_word(title: str) -> str:
    title = _CANONICAL_TITLES.get(title.casefold(), title)
    return _TITLE_WORDS.get(title, title)


# Who the everyday titles say a person is: a man, a woman, a boy, a girl.
_TITLE_PERSONS = {
    "นาย": "man", "mr.": "man", "mr": "man",
    "นาง": "woman", "นางสาว": "woman", "mrs.": "woman", "mrs": "woman", "ms.": "woman",
    "ms": "woman", "miss": "woman", "เด็กชาย": "boy", "เด็กหญิง": "girl",
}  # fmt: skip


def title_person(title: str) -> str:
    """Whom a title names: 'man' (นาย, Mr.), 'woman' (นาง, นางสาว, น.ส., Ms.), 'boy' (ด.ช.),
    'girl' (ด.ญ.); '' for a title that does not say (ดร., a rank) or none. Two records whose
    titles name different persons are two people, whatever else they share."""
    return _TITLE_PERSONS.get(_title_word(title).casefold(), "") if title else ""


def split_title(text: str, *, cleaned: bool = False) -> tuple[str, str]:
    """Split the title(s) off a name: ('ผศ.ดร.', 'สมชาย ใจดี'); ('', text) without one.

    ``cleaned``: the text has been through ``clean_text`` already.
    """
    rest = text if cleaned else clean_text(text)
    title = ""
    spaced = False
    # A title with slips is looked for at the start only: a second title is rarely mistyped.
    while (found := _title_at_start(rest, slips=not title)) is not None:
        typed, end = found
        part = _CANONICAL_TITLES.get(typed.casefold(), typed)
        # Only a rank or degree combines with what went before (ผศ.ดร., ร.ต.อ. ดร., 'พ.อ.(พิเศษ)
        # นพ.'), and a word title takes only ดร. after it.
        if title and not title.endswith((".", _SPECIAL_GRADE)) and part not in _DOCTOR:
            break
        title += _separator(title, part, spaced) + part
        after = rest[end:]
        rest = after.lstrip()
        spaced = len(rest) < len(after)
    return title, rest


# Slips of Thai typing that look right on screen: sara ae typed as two sara e ('เเพทย์'), a tone
# mark typed before the vowel above it ('ว่าท่ี'), a tone mark typed twice.
_SLIP_RE = re.compile(
    "(?P<ae>\u0e40\u0e40)|(?P<tone>[\u0e48-\u0e4b])(?P<above>[\u0e31\u0e34-\u0e37])"
    "|(?P<twice>[\u0e48-\u0e4b])(?P=twice)"
)
# How far into a name a title with slips can reach.
_TITLE_REACH = max(map(len, TITLES)) + 4


def _as_meant(slip: re.Match[str]) -> str:
    if slip["ae"]:
        return "\u0e41"
    return slip["above"] + slip["tone"] if slip["tone"] else slip["twice"]


def _title_at_start(text: str, *, slips: bool = True) -> tuple[str, int] | None:
    """The title a name starts with, as it should have been typed, and where it ends in
    ``text``; None without one. With ``slips``, a title typed with slips ('เเพทย์หญิง') is one
    too."""
    match = _TITLE_RE.match(text)
    found = None if match is None else (match.group(), match.end())
    # A title that goes on with a slip is the longer title ('นายเเพทย์' is นายแพทย์, not นาย).
    if not slips or (found is not None and not text.startswith(_TWO_SARA_E, found[1])):
        return found
    if _SLIP_RE.search(text, 0, _TITLE_REACH) is None:
        return found
    # The text without its slips, and where each of its characters ends in the text as typed.
    meant: list[str] = []
    ends: list[int] = []
    at = 0
    for slip in _SLIP_RE.finditer(text):
        meant += text[at : slip.start()]
        ends += range(at + 1, slip.start() + 1)
        fixed = _as_meant(slip)
        meant += fixed
        ends += [slip.end()] * len(fixed)
        at = slip.end()
    meant += text[at:]
    ends += range(at + 1, len(text) + 1)
    if (meant_match := _TITLE_RE.match("".join(meant))) is None:
        return found
    return meant_match.group(), ends[meant_match.end() - 1]


# What parts the two languages of a title chosen from a form's list: 'นาย (Mr.)', 'Miss/นางสาว'.
_TITLE_HALVES_RE = re.compile(r"\s*[/()]\s*")


@functools.lru_cache(maxsize=1024)
def thai_title(title: str) -> str:
    """The Thai title of a bilingual answer ('นาย (Mr.)', 'นางสาว/Miss', 'Mr./นาย' give
    'นาย', 'นางสาว', 'นาย'), as the desk records it; any other title as it is ('นาง(สาว)')."""
    if "/" not in title and "(" not in title:
        return title
    halves = [_CANONICAL_TITLES.get(h.casefold()) for h in _TITLE_HALVES_RE.split(title) if h]
    thai = [h for h in halves if h and not h.isascii()]
    if len(halves) != 2 or None in halves or len(thai) != 1:
        return title
    return thai[0]


def split_thai_name(text: str, *, cleaned: bool = False) -> SplitName:
    """Title, first and last name from one column; the last name keeps its inner spaces
    ('สุริยา ณ ลำปาง' has the last name 'ณ ลำปาง'), a Latin name written 'Smith, John' or
    'NGUYEN Van An' is turned round."""
    title, rest = split_title(text, cleaned=cleaned)
    first, _, last = rest.partition(" ")
    last = last.strip()
    if first.endswith(",") and last:
        first = first[:-1]
        # 'Smith, John': an English list puts the family name first; a Thai name never does.
        if first.isascii():
            first, last = last, first
    elif last and _in_capitals(first) and not last.isupper():
        # The family name first in capitals, perhaps of several words ('DE GUZMAN Maria'),
        # before a given name; not a name in capitals before a suffix, a nickname or a
        # patronymic ('JOHN SMITH Jr.', 'SOMCHAI JAIDEE (Ton)', 'ALI bin Ahmad').
        words = rest.split(" ")
        family = next(i for i, word in enumerate(words) if not _in_capitals(word))
        if _is_given_name(words[family]):
            first, last = " ".join(words[family:]), " ".join(words[:family])
    return SplitName(title, first, last)


def _in_capitals(word: str) -> bool:
    """Whether a word of a name is a family name in capitals, as ASEAN and international lists
    write it first ('NGUYEN Van An', 'NGUYỄN Văn An', 'SOK Chea'), not an initial ('J.');
    Thai has no capitals. A name all in capitals ('SOMCHAI JAIDEE') or with the family name
    last ('Somchai JAIDEE') is not turned round."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _is_given_name(word: str) -> bool:
    """Whether a word after a family name in capitals starts a given name ('Van', 'Văn',
    'Jong-un')."""
    return word[:1].isupper() and word.replace("-", "").isalpha()


# Digits and separators: the dashes a word processor makes of hyphens ('081–234–5678'), a
# country code in brackets ('(+66) 81 234 5678').
_PHONE_ONLY_RE = re.compile(r"\(?\+?[\d\s\-.()\u2010-\u2015\u2212]+")
# What a form or a clerk types for 'no phone': no number, so an empty phone.
NO_PHONE = frozenset(("-", "--", "---", "–", "—", ".", "0", "ไม่มี", "ไม่ระบุ", "ไม่มีเบอร์",
                      "ไม่มีเบอร์โทร", "ไม่มีโทรศัพท์", "n/a", "na", "none", "nil", "null", "x"))  # fmt: skip
_NOT_DIGIT_RE = re.compile(r"\D")


_NO_EMAIL = NO_PHONE | {"anonymous"}
# What comes around an address copied from a link, a label or a mail program.
_MAILTO_RE = re.compile(r"^(?:mailto|e-?mail|อีเมล)\s*:\s*", re.IGNORECASE)
_ANGLE_ADDRESS_RE = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")


def clean_email(text: str) -> str:
    """An e-mail address as a clerk keeps it from a cleaned cell: without the 'mailto:' of a
    pasted link, an 'E-mail:' label, the name a mail program puts before '<address>', or the
    spaces typed inside one address ('kanya .s@ example.org'); '' for a placeholder ('-',
    'ไม่มี', the 'anonymous' of a form filled in without signing in). Two addresses, or
    anything else, stay as written."""
    if "@" in text and " " not in text and ":" not in text and "<" not in text:
        return text  # the usual address: nothing to take away
    if text.casefold() in _NO_EMAIL:
        return ""
    text = _MAILTO_RE.sub("", text)
    if text.count("@") == 1 and (address := _ANGLE_ADDRESS_RE.search(text)):
        text = address.group(1)  # 'Somchai Jaidee <somchai@example.org>'
    if " " in text and text.count("@") == 1 and "," not in text and ";" not in text:
        text = text.replace(" ", "")
    return text


# One address with a dotted domain, as a clerk should type it.
_EMAIL_RE = re.compile(r"[^@\s,;<>()]+@(?:[^@\s,;<>().]+\.)+[^@\s,;<>().]+")


def is_email_address(text: str) -> bool:
    """Whether a cleaned e-mail (``clean_email``) reads as one address: 'somchai@example.org',
    not 'somchai at gmail' or 'somchai@gmail'."""
    return _EMAIL_RE.fullmatch(text) is not None


def is_mistyped_phone(phone: str) -> bool:
    """Whether a cleaned phone (``clean_phone``) is digits and separators alone yet no Thai
    number ('08123', '081-234-56789', '+66 81 234'): a slip of the keys. A foreign number, an
    extension or a remark ('02-123-4567 ต่อ 12') is not one."""
    if not phone or _PHONE_ONLY_RE.fullmatch(phone) is None:
        return False
    foreign = phone.startswith("+") and not phone.startswith("+66")
    return not foreign and _thai_number(phone) is None


def _is_mobile_number(text: str) -> bool:
    return len(text) == 10 and text[0] == "0" and text.isascii() and text.isdigit()


def clean_phone(value: object) -> str:
    """A Thai phone number as its digits, with the leading 0 Excel drops restored.

    '091-948-2199', '๐๙๑๙๔๘๒๑๙๙', 919482199 (a number cell), '+66 91 948 2199' and
    '+66 (0) 91 948 2199' all give '0919482199'; so does '="0919482199"', the way web systems
    keep the 0 in a CSV for Excel, and a number with a label or remark around it ('โทร.
    091-948-2199', '091-948-2199 (มือถือ)'). A placeholder for none ('-', 'ไม่มี', 'n/a')
    gives ''. Anything that is not recognisably one Thai number stays as written (cleaned),
    so nothing is silently changed.
    """
    # Most phones are ten digits already: nothing to clean.
    if isinstance(value, str) and _is_mobile_number(value):
        return value
    text = thai_digits_to_arabic(clean_text(value))
    if text.casefold() in NO_PHONE:
        return ""
    # A number cell that a program wrote out as a decimal ('872101415.0'): the number.
    if text.endswith(".0") and text[:-2].isdecimal():
        text = text[:-2]
    if text.startswith('="') and text.endswith('"'):
        inner = text[2:-1].strip()
        text = inner if inner and _PHONE_ONLY_RE.fullmatch(inner) else text
    # Excel's mark for 'keep as text' typed where it shows ("'0812345678" in a CSV).
    elif text.startswith("'") and _PHONE_ONLY_RE.fullmatch(text[1:]):
        text = text[1:]
    if _is_mobile_number(text):
        return text
    number = _thai_number(text)
    if number is None and (bare := _PHONE_WORDS_RE.sub("", text)) != text:
        number = _thai_number(bare)
    return text if number is None else number


# A label before the number ('โทร.', 'Tel:', 'สำนักงาน') or a remark after it ('(มือถือ)', 'สำนักงาน'):
# never an extension ('ต่อ 12'), which is part of the number.
_PHONE_WORDS_RE = re.compile(
    r"^(?:(?:โทรศัพท์|โทร|มือถือ|เบอร์โทร|เบอร์|สำนักงาน|ที่ทำงาน|tel|phone|mobile|mob|office)"
    r"\s*[.:]*\s*)+"
    r"|\s*[(\[][^\d()\[\]]*[)\]]$|\s+(?:มือถือ|บ้าน|ที่ทำงาน|สำนักงาน|office|mobile|home|work)$",
    re.IGNORECASE,
)


def _thai_number(text: str) -> str | None:
    """The digits of one Thai phone number written with separators only; None for anything
    else (words, an extension, a foreign number)."""
    # Only separators may go, never words or an extension ('ต่อ 12').
    if not text or not _PHONE_ONLY_RE.fullmatch(text):
        return None
    digits = _NOT_DIGIT_RE.sub("", text)
    if text.startswith("+66") or (digits.startswith("66") and len(digits) in (11, 12)):
        # The 0 of the national number is often typed after the country code anyway.
        national = digits[2:]
        digits = national if national.startswith("0") else "0" + national
    elif text.startswith("+"):
        return None
    if len(digits) == 9 and digits[0] in "689":
        return "0" + digits
    if len(digits) == 8 and digits[0] in "234567":
        return "0" + digits
    if digits.startswith("0") and len(digits) in (9, 10):
        return digits
    return None
