"""Thai text rules: dictionary order (checked against ICU through QCollator), search folding,
name splitting, phone and text cleaning."""

from __future__ import annotations

import json
import random
from datetime import datetime
from pathlib import Path

import pytest

from ecodesk.services.thai_text import (
    clean_email,
    clean_phone,
    clean_text,
    clean_texts,
    fold_for_search,
    fold_many,
    split_thai_name,
    thai_sort_key,
)


def test_leading_vowels_do_not_decide_the_order() -> None:
    names = ["กมล", "ขวัญ", "สมชาย", "เกศินี", "แก้ว", "โชติ", "ไพโรจน์"]
    assert sorted(names, key=thai_sort_key) == [
        "กมล", "เกศินี", "แก้ว", "ขวัญ", "โชติ", "ไพโรจน์", "สมชาย",
    ]  # fmt: skip


def test_tone_marks_are_secondary() -> None:
    assert sorted(["เก้ง", "เกด", "เก่ง", "เกง"], key=thai_sort_key) == [
        "เกง", "เก่ง", "เก้ง", "เกด",
    ]  # fmt: skip


def _icu_sorted(words: list[str]) -> list[str]:
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
    return sorted(words, key=collator.sortKey)


def test_order_matches_icu_thai_collation(qapp, samples: Path) -> None:  # type: ignore[no-untyped-def]
    people = json.loads((samples / "truth.json").read_text(encoding="utf-8"))["people"]
    words = sorted(
        {p[f] for p in people for f in ("first", "last", "org", "position") if p[f]}
        | {"กก", "ก๊ก", "กา", "ก่า", "ก้า", "เกียรติ", "แกะ", "ข้าว", "ฃวด", "คน", "ค้น", "ฅน"}
        | {"น้ำ", "นาย", "นาง", "Anna", "anna b", "Zoe", "สมใจ", "สมหญิง", "ไก่", "ใจดี"}
    )
    random.Random(3).shuffle(words)
    assert sorted(words, key=thai_sort_key) == _icu_sorted(words)


def test_karan_and_mai_taikhu_do_not_decide_the_order(qapp) -> None:  # type: ignore[no-untyped-def]
    # Like tone marks they count only between words otherwise equal: วิทย์ before วิทยา,
    # เล็ก before เลข.
    words = [
        "วิทยา", "วิทย์", "วิทยุ", "จันทรา", "จันทร์", "จันทร์เพ็ญ", "พงษา", "พงษ์", "ศักดิชัย",
        "ศักดิ์", "ศักดิ", "กฤษณา", "กฤษณ์", "เลข", "เล็ก", "เก่ง", "เก็ง", "เกง", "เก์ง", "ก็", "กา",
    ]  # fmt: skip
    assert sorted(words, key=thai_sort_key) == _icu_sorted(words)


def test_lower_case_comes_first_between_names_otherwise_equal(qapp) -> None:  # type: ignore[no-untyped-def]
    words = ["ANNA", "Anna", "aNNa", "anna", "Anne", "anne"]
    assert sorted(words, key=thai_sort_key) == _icu_sorted(words)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("แกวมณี", "แก้ว มณี"),
        ("กันทะวงศ", "กันทะวงศ์"),
        ("ศิริพร", "ศิริ\u200bพร"),
        ("0919482199", "091-948-2199"),
        ("๐๙๑", "091"),
        ("anna", "ANNA"),
        ("jose", "José"),
        # Sara am typed as nikhahit and sara aa with the tone mark between them.
        ("น้ำทิพย์", "นํ้าทิพย์"),
        ("นํ้าทิพย์", "น้ำทิพย์"),
        # Sara ae typed as two sara e, either way round.
        ("แก้วมณี", "เเก้วมณี"),
        ("เเพรวา", "แพรวา"),
    ],
)
def test_search_folding_forgives_hurried_typing(query: str, text: str) -> None:
    assert fold_for_search(query) in fold_for_search(text)


@pytest.mark.parametrize(
    ("raw", "title", "first", "last"),
    [
        ("นางศิริพร กันทะวงศ์", "นาง", "ศิริพร", "กันทะวงศ์"),
        ("นางสาววิไลวรรณ สุขเกษม", "นางสาว", "วิไลวรรณ", "สุขเกษม"),
        ("นาย ทองสุข   ทาแก้ว", "นาย", "ทองสุข", "ทาแก้ว"),
        ("ผศ.ดร.สมชาย ใจดี", "ผศ.ดร.", "สมชาย", "ใจดี"),
        ("ผศ. ดร. สมชาย ใจดี", "ผศ.ดร.", "สมชาย", "ใจดี"),
        ("จ.ส.อ. ศิริพร แสนคำ", "จ.ส.อ.", "ศิริพร", "แสนคำ"),
        ("ว่าที่ร้อยตรีเอกชัย ปินตา", "ว่าที่ร้อยตรี", "เอกชัย", "ปินตา"),
        ("พ.ต.ท.หญิง ดวงใจ บุญมา", "พ.ต.ท.หญิง", "ดวงใจ", "บุญมา"),
        ("Ms.Anna Smith", "Ms.", "Anna", "Smith"),
        ("Mr John Smith", "Mr", "John", "Smith"),
        ("นายสุริยา ณ ลำปาง", "นาย", "สุริยา", "ณ ลำปาง"),
        # A title typed with slips that look right on screen (two sara e for sara ae, a tone
        # mark before the vowel above it, a tone mark twice): the title; the name as typed.
        ("เเพทย์หญิงสุดา มีสุข", "แพทย์หญิง", "สุดา", "มีสุข"),
        ("ว่าท\u0e48\u0e35ร้อยตรีสมชาย ใจดี", "ว่าที่ร้อยตรี", "สมชาย", "ใจดี"),
        ("ผู้ช่\u0e48วยศาสตราจารย์ ดร.ธีรวัฒน์ แสงทอง", "ผู้ช่วยศาสตราจารย์ ดร.", "ธีรวัฒน์", "แสงทอง"),
        ("นางสาวเเพรวา ทองดี", "นางสาว", "เเพรวา", "ทองดี"),
        ("นายเเพทย์สมชาย ใจดี", "นายแพทย์", "สมชาย", "ใจดี"),
        ("นายเเดง ใจดี", "นาย", "เเดง", "ใจดี"),
        ("เเพรวา ทองดี", "", "เเพรวา", "ทองดี"),
        # A medical title written with a dot between its letters or one left out, as typed.
        ("พ.ญ.สุดา มีสุข", "พ.ญ.", "สุดา", "มีสุข"),
        ("ภ.ก. ธนพล ยาดี", "ภ.ก.", "ธนพล", "ยาดี"),
        ("ทพ.ญ.วรรณา ยิ้มสวย", "ทพ.ญ.", "วรรณา", "ยิ้มสวย"),
        ("สพญ.นภา ใจงาม", "สพญ.", "นภา", "ใจงาม"),
        ("นสพ.ธีระ ใจดี", "นสพ.", "ธีระ", "ใจดี"),
        # A special (honorary) professor, bracketed or written out.
        ("ศ.(พิเศษ) ดร.วิชัย ศรีสวัสดิ์", "ศ.(พิเศษ) ดร.", "วิชัย", "ศรีสวัสดิ์"),
        ("ศ. (พิเศษ)ธงชัย พรหมมา", "ศ.(พิเศษ)", "ธงชัย", "พรหมมา"),
        ("ศาสตราจารย์พิเศษ ดร.อำนาจ ชัยดี", "ศาสตราจารย์พิเศษ ดร.", "อำนาจ", "ชัยดี"),
        ("รศ.(พิเศษ) นพ.สมชาย ใจดี", "รศ.(พิเศษ) นพ.", "สมชาย", "ใจดี"),
        ("นาถยา ใจดี", "", "นาถยา", "ใจดี"),
        ("Mrinal Sen", "", "Mrinal", "Sen"),
        ("นายแพทย์ประเสริฐ สุขใจ", "นายแพทย์", "ประเสริฐ", "สุขใจ"),
        ("แพทย์หญิงสุนีย์ วงศ์ทอง", "แพทย์หญิง", "สุนีย์", "วงศ์ทอง"),
        ("ทันตแพทย์ ศักดิ์ชัย ดี", "ทันตแพทย์", "ศักดิ์ชัย", "ดี"),
        ("ทันตแพทย์หญิงวิภา ดี", "ทันตแพทย์หญิง", "วิภา", "ดี"),
        ("เภสัชกรสมชาย ดี", "เภสัชกร", "สมชาย", "ดี"),
        ("จ่าสิบเอก สมชาย ใจดี", "จ่าสิบเอก", "สมชาย", "ใจดี"),
        ("สิบตรีวีระ ดี", "สิบตรี", "วีระ", "ดี"),
        ("พันตำรวจโท ประวิทย์ ศรีสุข", "พันตำรวจโท", "ประวิทย์", "ศรีสุข"),
        ("พันตำรวจเอกหญิง ดวงใจ บุญมา", "พันตำรวจเอกหญิง", "ดวงใจ", "บุญมา"),
        ("ร้อยตำรวจเอก หญิง สุภา มีสุข", "ร้อยตำรวจเอก หญิง", "สุภา", "มีสุข"),
        ("พันเอก ดร.ชัยยศ ดี", "พันเอก ดร.", "ชัยยศ", "ดี"),
        ("นาวาเอกสุรชัย ดี", "นาวาเอก", "สุรชัย", "ดี"),
        ("ดาบตำรวจสมบัติ ดี", "ดาบตำรวจ", "สมบัติ", "ดี"),
        ("จ.อ.อนันต์ ทองดี", "จ.อ.", "อนันต์", "ทองดี"),
        ("พ.จ.ต. อนันต์ ทองดี", "พ.จ.ต.", "อนันต์", "ทองดี"),
        ("ร.ต.อ. หญิง สุภาพร มีสุข", "ร.ต.อ. หญิง", "สุภาพร", "มีสุข"),
        ("ว่าที่ ร.ต. หญิง กมลา ศรีวงศ์", "ว่าที่ ร.ต. หญิง", "กมลา", "ศรีวงศ์"),
        ("ว่าที่ ร.ต.หญิง กมลา ศรีวงศ์", "ว่าที่ ร.ต.หญิง", "กมลา", "ศรีวงศ์"),
        ("ผู้ช่วยศาสตราจารย์ ดร.สมพงษ์ วงศ์ใหญ่", "ผู้ช่วยศาสตราจารย์ ดร.", "สมพงษ์", "วงศ์ใหญ่"),
        ("รองศาสตราจารย์ดร.สมพงษ์ วงศ์ใหญ่", "รองศาสตราจารย์ ดร.", "สมพงษ์", "วงศ์ใหญ่"),
        ("Asst.Prof.Dr.Somsak Kaewmanee", "Asst.Prof.Dr.", "Somsak", "Kaewmanee"),
        ("Assoc. Prof. Dr. Somsak Kaewmanee", "Assoc. Prof. Dr.", "Somsak", "Kaewmanee"),
        ("MR. John Smith", "Mr.", "John", "Smith"),
        ("นางสาวิตรี พรหมมา", "นาง", "สาวิตรี", "พรหมมา"),
        ("นางนวล ทองดี", "นาง", "นวล", "ทองดี"),
        ("พระมหาสมชาย ฐิตธมฺโม", "พระมหา", "สมชาย", "ฐิตธมฺโม"),
        ("พระอธิการสมพงษ์ ปญฺญาวโร", "พระอธิการ", "สมพงษ์", "ปญฺญาวโร"),
        ("แม่ชีศันสนีย์ เสถียรสุต", "แม่ชี", "ศันสนีย์", "เสถียรสุต"),
        ("พระครูสุนทรธรรมโกศล", "พระครู", "สุนทรธรรมโกศล", ""),
        # A พระครู's assistant's rank before his name.
        ("พระครูสมุห์สมศักดิ์ ปญฺญาวโร", "พระครูสมุห์", "สมศักดิ์", "ปญฺญาวโร"),
        ("พระครูใบฎีกาสมพงษ์ ฐิตธมฺโม", "พระครูใบฎีกา", "สมพงษ์", "ฐิตธมฺโม"),
        # Royal and conferred titles: คุณหญิง is not คุณ before a name.
        ("ม.ร.ว.ปรียาวดี ศรีสวัสดิ์", "ม.ร.ว.", "ปรียาวดี", "ศรีสวัสดิ์"),
        ("ม.จ.ภีศเดช รัชนี", "ม.จ.", "ภีศเดช", "รัชนี"),
        ("คุณหญิงสุดารัตน์ วงศ์วาณิช", "คุณหญิง", "สุดารัตน์", "วงศ์วาณิช"),
        ("ท่านผู้หญิงมณีรัตน์ บุนนาค", "ท่านผู้หญิง", "มณีรัตน์", "บุนนาค"),
        ("คุณสมศรี ใจดี", "คุณ", "สมศรี", "ใจดี"),
        # Short forms: a private, a village headman; a colonel of the special grade.
        ("พลฯ อนุชา มีสุข", "พลฯ", "อนุชา", "มีสุข"),
        ("ผญบ.สมพร ดวงใจ", "ผญบ.", "สมพร", "ดวงใจ"),
        ("ผู้ใหญ่บ้านบุญมี ศรีวงศ์", "ผู้ใหญ่บ้าน", "บุญมี", "ศรีวงศ์"),
        ("ผู้ช่วยผู้ใหญ่บ้าน สมใจ แก้วมา", "ผู้ช่วยผู้ใหญ่บ้าน", "สมใจ", "แก้วมา"),
        ("พ.อ.(พิเศษ) ประวิทย์ สุขสม", "พ.อ.(พิเศษ)", "ประวิทย์", "สุขสม"),
        ("น.อ. (พิเศษ) ประวิทย์ สุขสม", "น.อ.(พิเศษ)", "ประวิทย์", "สุขสม"),
        ("นาวาเอก (พิเศษ) สมชาย ใจดี", "นาวาเอก(พิเศษ)", "สมชาย", "ใจดี"),
        ("Khun Somchai Jaidee", "Khun", "Somchai", "Jaidee"),
        ("นาง(สาว)ลำดวน แสนดี", "นาง(สาว)", "ลำดวน", "แสนดี"),
        ("นาง (สาว) ลำดวน แสนดี", "นาง(สาว)", "ลำดวน", "แสนดี"),
        ("นายพลเอก ใจดี", "นาย", "พลเอก", "ใจดี"),
        ("นาย ดร.สมชาย ใจดี", "นาย ดร.", "สมชาย", "ใจดี"),
        ("ร.ต.อ. หญิงใจ ดี", "ร.ต.อ.", "หญิงใจ", "ดี"),
        ("Drake Bell", "", "Drake", "Bell"),
        ("Smith, John", "", "John", "Smith"),
        ("Dr. TANAKA, Hiroshi", "Dr.", "Hiroshi", "TANAKA"),
        # The family name first in capitals, as ASEAN lists write it; else as typed.
        ("NGUYEN Van An", "", "Van An", "NGUYEN"),
        ("Ms. PHAM Thi Lan", "Ms.", "Thi Lan", "PHAM"),
        ("Dr. SOK Chea", "Dr.", "Chea", "SOK"),
        ("Somchai JAIDEE", "", "Somchai", "JAIDEE"),
        ("SOMCHAI JAIDEE", "", "SOMCHAI", "JAIDEE"),
        ("J. Smith", "", "J.", "Smith"),
        ("U Aung Kyaw Moe", "", "U", "Aung Kyaw Moe"),
        ("TRẦN Thị Hương", "", "Thị Hương", "TRẦN"),
        ("DE GUZMAN Maria Luisa", "", "Maria Luisa", "DE GUZMAN"),
        ("KIM Jong-un", "", "Jong-un", "KIM"),
        ("JOHN SMITH (Johnny)", "", "JOHN", "SMITH (Johnny)"),
        ("JOHN SMITH, PhD", "", "JOHN", "SMITH, PhD"),
        ("JOHN SMITH Jr.", "", "JOHN", "SMITH Jr."),
        ("ALI bin Ahmad", "", "ALI", "bin Ahmad"),
        ("H.E. Mr. NGUYỄN Văn Thành", "H.E. Mr.", "Văn Thành", "NGUYỄN"),
        ("นายสมชาย, ใจดี", "นาย", "สมชาย", "ใจดี"),
        # Abbreviations typed without their last dot, stored as written properly.
        ("น.ส สุดา ทองดี", "น.ส.", "สุดา", "ทองดี"),
        ("ดร สมศักดิ์ มีชัย", "ดร.", "สมศักดิ์", "มีชัย"),
        ("ผศ.ดร สมพร ดีมาก", "ผศ.ดร.", "สมพร", "ดีมาก"),
        ("รศ ดร สมชาย ใจดี", "รศ.ดร.", "สมชาย", "ใจดี"),
        ("พ.ต.ท สมชาย ใจดี", "พ.ต.ท.", "สมชาย", "ใจดี"),
        ("นส.สมหญิง ใจงาม", "น.ส.", "สมหญิง", "ใจงาม"),
        ("นส สมหญิง ใจงาม", "น.ส.", "สมหญิง", "ใจงาม"),
        ("ดช.ภูมิใจ รักษ์ดี", "ด.ช.", "ภูมิใจ", "รักษ์ดี"),
        ("ดญ พิมพ์ลดา ใจงาม", "ด.ญ.", "พิมพ์ลดา", "ใจงาม"),
        ("นายJohn Smith", "นาย", "John", "Smith"),
        # A dot typed after a title that is a word.
        ("นาย.ณัฐพล เรือนคำ", "นาย", "ณัฐพล", "เรือนคำ"),
        ("นางสาว. ทองสุข บุญมา", "นางสาว", "ทองสุข", "บุญมา"),
        ("นาง.ปิยะนุช ทาแก้ว", "นาง", "ปิยะนุช", "ทาแก้ว"),
        # Without the dot, only when a space follows: these are names.
        ("ดรุณี ศรีสุข", "", "ดรุณี", "ศรีสุข"),
        ("นสรินทร์ ดีมาก", "", "นสรินทร์", "ดีมาก"),
        ("นพ ประเสริฐ", "", "นพ", "ประเสริฐ"),
        # A title run on must be followed by a name, not a lone letter ('นายก' is a mayor).
        ("นายก อบต.ประสิทธิ์ คำมา", "", "นายก", "อบต.ประสิทธิ์ คำมา"),
        ("นายกมล ใจดี", "นาย", "กมล", "ใจดี"),
    ],
)
def test_split_thai_name(raw: str, title: str, first: str, last: str) -> None:
    name = split_thai_name(raw)
    assert (name.title, name.first, name.last) == (title, first, last)


@pytest.mark.parametrize(
    ("raw", "phone"),
    [
        ("091-948-2199", "0919482199"),
        (975749118.0, "0975749118"),
        ("๐๘๗๒๑๐๑๔๑๕", "0872101415"),
        ("+66 91 948 2199", "0919482199"),
        (53123456, "053123456"),
        ("02-123-4567 ต่อ 12", "02-123-4567 ต่อ 12"),
        ("+66 (0) 81 234 0011", "0812340011"),
        ("+66 081 234 0011", "0812340011"),
        ("+66(0)2-123-4567", "021234567"),
        ("66812345600", "0812345600"),
        ('="0812345711"', "0812345711"),
        ('="081-234-5711"', "0812345711"),
        ('="ไม่มี"', '="ไม่มี"'),
        ("=0812345711", "=0812345711"),
        ("+49 170 1234567", "+49 170 1234567"),
        ("081-234-5699, 089-999-0000", "081-234-5699, 089-999-0000"),
        ("โทร. 081-234-5680", "0812345680"),
        ("Tel: 081-234-5683", "0812345683"),
        ("081-234-5679 (มือถือ)", "0812345679"),
        ("081 234 5685 มือถือ", "0812345685"),
        ("สำนักงาน 054-123-456", "054123456"),
        ("Office: 02 123 4567", "021234567"),
        ("สำนักงาน 054-265046 ต่อ 21", "สำนักงาน 054-265046 ต่อ 21"),
        ("โทร. 054-265-001 ต่อ 12", "โทร. 054-265-001 ต่อ 12"),
        ("โทร. 1234", "โทร. 1234"),
        ("081-234-5679 (ตอนเย็น 18.00)", "081-234-5679 (ตอนเย็น 18.00)"),
        ("0812345678", "0812345678"),
        ("081–234–5678", "0812345678"),
        ("081—234—5678", "0812345678"),
        ("(+66) 81 234 5678", "0812345678"),
        ("(+49) 170 1234567", "(+49) 170 1234567"),
        ("'0812345678", "0812345678"),
        ("'081-234-5678", "0812345678"),
        ("'ไม่มี", "'ไม่มี"),
        # Dashes a word processor put in, a number written out by a program as a decimal.
        ("091–590–8301", "0915908301"),
        ("091\u20105908301", "0915908301"),
        ("872101415.0", "0872101415"),
        ("", ""),
        (None, ""),
        *((placeholder, "") for placeholder in ("-", "–", "—", "ไม่มี", " ไม่ระบุ ", "N/A", "0", 0)),
        ("ไม่มีเบอร์", ""),
    ],
)
def test_clean_phone(raw: object, phone: str) -> None:
    assert clean_phone(raw) == phone


@pytest.mark.parametrize(
    ("raw", "email"),
    [
        ("somchai.j@gmail.com", "somchai.j@gmail.com"),
        ("mailto:somchai.j@gmail.com", "somchai.j@gmail.com"),
        ("MailTo:Wichai@reo1.go.th", "Wichai@reo1.go.th"),
        ("kanya .s@ lpceramic.co.th", "kanya.s@lpceramic.co.th"),
        ("-", ""),
        ("ไม่มี", ""),
        ("piya@lpru.ac.th, piya.n@gmail.com", "piya@lpru.ac.th, piya.n@gmail.com"),
        ("ทางไลน์ somchai", "ทางไลน์ somchai"),
        ("E-mail: somchai.j@gmail.com", "somchai.j@gmail.com"),
        ("Somchai Jaidee <somchai.j@gmail.com>", "somchai.j@gmail.com"),
    ],
)
def test_clean_email(raw: str, email: str) -> None:
    assert clean_email(raw) == email


def test_clean_text_keeps_formula_like_text_as_text() -> None:
    assert clean_text("  =SUM(A1)  ") == "=SUM(A1)"
    assert clean_text("+ชุมชน   บ้านดง") == "+ชุมชน บ้านดง"
    assert clean_text("โพ\u200bธิ์ทอง") == "โพธิ์ทอง"
    assert clean_text("น\u0e4d\u0e32") == "น\u0e33"


# Characters that cleaning and folding treat specially, and ordinary ones around them.
_MIXED = [*"กขคงนายสมชัยเแโใไ่้๊๋็์ำ AzÉß1๑-.", "  ", "\t", "\n", "\u200b", "\ufeff", "\xa0",
          "\u00ad", "e\u0301", "\u2003", "\x1f", "\u3000", "\u0e4d\u0e32", "\u0e4d\u200b\u0e32",
          "\u0e5b", "\x00"]  # fmt: skip


def _cell(rng: random.Random) -> object:
    kind = rng.random()
    if kind < 0.05:
        return None
    if kind < 0.1:
        return rng.randint(0, 10**10)
    if kind < 0.13:
        return rng.choice([rng.random() * 100, 12.0, True, datetime(2024, 1, 2, 9)])
    return "".join(rng.choice(_MIXED) for _ in range(rng.randint(0, 12)))


def test_a_column_cleaned_at_once_is_cleaned_as_each_cell() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        column = [_cell(rng) for _ in range(rng.randint(0, 30))]
        assert clean_texts(column) == [clean_text(c) for c in column], column
        texts = [c for c in column if isinstance(c, str)]
        assert fold_many(texts) == [fold_for_search(t) for t in texts], texts
