"""Buddhist Era dates as Thai offices write them (พ.ศ. = ค.ศ. + 543)."""

from __future__ import annotations

from datetime import date, datetime

BE_OFFSET = 543

MONTHS_TH = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
MONTHS_TH_SHORT = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Excel number formats that show a real date in B.E.: locale 041E (Thai) with calendar 07
# (Thai Buddhist). Excel also reads "[$-th-TH,107]", which LibreOffice shows as a bare number.
EXCEL_BE_DATE = "[$-107041E]d mmmm yyyy"
EXCEL_BE_DATETIME = "[$-107041E]d mmm yyyy hh:mm"


def be_year(value: date) -> int:
    return value.year + BE_OFFSET


def format_date(value: date, *, short: bool = False, lang: str = "th") -> str:
    """16 มิถุนายน 2565 (or 16 มิ.ย. 2565; 16 June 2022 in English)."""
    if lang == "en":
        return f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    months = MONTHS_TH_SHORT if short else MONTHS_TH
    return f"{value.day} {months[value.month - 1]} {be_year(value)}"


def format_date_range(start: date, end: date, *, lang: str = "th") -> str:
    """One day, or '16–17 มิถุนายน 2565', or a full range across months."""
    if start == end:
        return format_date(start, lang=lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end, lang=lang)}"
    return f"{format_date(start, lang=lang)} – {format_date(end, lang=lang)}"


def format_datetime(value: datetime, *, short: bool = True, lang: str = "th") -> str:
    """16 มิ.ย. 2565 08:30 น."""
    suffix = "" if lang == "en" else " น."
    return f"{format_date(value.date(), short=short, lang=lang)} {value:%H:%M}{suffix}"


def fiscal_year(value: date) -> int:
    """Thai fiscal year (B.E.): 1 Oct – 30 Sep, named after the year it ends in."""
    return be_year(value) + (1 if value.month >= 10 else 0)


def parse_be_date(text: str) -> date:
    """Read '16/6/2565' or '2565-06-16' (B.E. years above 2400 are converted)."""
    cleaned = text.strip().replace("-", "/")
    parts = [int(p) for p in cleaned.split("/")]
    if len(parts) != 3:
        raise ValueError(f"not a date: {text!r}")
    if parts[0] > 31:
        year, month, day = parts
    else:
        day, month, year = parts
    if year > 2400:
        year -= BE_OFFSET
    return date(year, month, day)
