"""The words of a list's header: which participant field a header names.

Thai lists phrase headers many ways: 'ชื่อ-นามสกุล (โปรดระบุคำนำหน้า)', 'หน่วยงาน/สังกัด',
'เบอร์โทรศัพท์ที่ติดต่อได้'. A header is normalised (case-folded, words in brackets, spaces
and punctuation removed) and matched exactly first, then by the words it contains. A header
may also number the person of a row it is about ('ชื่อ-สกุล คนที่ 2', 'ผู้ติดตาม 1').
"""

from __future__ import annotations

import functools
import re

from ecodesk.exchange.importing.reading import Cell
from ecodesk.services.thai_text import clean_text

# Field names, in the order the preview lists them.
FIELDS = (
    "title",
    "full_name",
    "first_name",
    "last_name",
    "organisation",
    "position",
    "sector",
    "phone",
    "email",
    "consent",
    "status",
)
IGNORE = ""
# The fields that name a person (one of them must be mapped), the name's parts, and with
# the title everything a name column may hold.
PERSON_NAMES = frozenset(("full_name", "first_name"))
NAME_PARTS = PERSON_NAMES | {"last_name"}
NAME_FIELDS = NAME_PARTS | {"title"}

_EXACT: dict[str, str] = {
    **dict.fromkeys(("ลำดับ", "ลำดับที่", "ที่", "no", "#", "ประทับเวลา", "timestamp"), IGNORE),
    # A rank ('ยศ': พ.ต.อ., ด.ต.) is the title of a police or military list.
    **dict.fromkeys(("คำนำหน้า", "คำนำหน้าชื่อ", "title", "prefix", "คำนำ", "ยศ"), "title"),
    **dict.fromkeys(
        (
            "ชื่อนามสกุล",
            "ชื่อสกุล",
            "ชื่อและนามสกุล",
            "name",
            "fullname",
            "ชื่อผู้เข้าร่วม",
            "ผู้เข้าร่วม",
            "รายชื่อผู้เข้าร่วม",
        ),
        "full_name",
    ),
    # The people named by what they come as, on a sign-in sheet or an agency's reply.
    **dict.fromkeys(
        (
            "ผู้เข้าร่วมประชุม",
            "ผู้เข้าร่วมอบรม",
            "ผู้เข้าร่วมสัมมนา",
            "ผู้เข้าร่วมโครงการ",
            "ผู้เข้าร่วมกิจกรรม",
            "ผู้เข้าประชุม",
            "ผู้เข้าอบรม",
            "ผู้เข้ารับการอบรม",
            "ผู้ลงทะเบียน",
            "ผู้แทน",
            "ผู้แทนหน่วยงาน",
            "participant",
            "attendee",
        ),
        "full_name",
    ),
    # 'ชื่อตัว' | 'ชื่อสกุล': the civil registry's given and family name.
    **dict.fromkeys(("ชื่อ", "ชื่อจริง", "ชื่อตัว", "firstname", "givenname"), "first_name"),
    **dict.fromkeys(("นามสกุล", "สกุล", "surname", "lastname", "familyname"), "last_name"),
    # 'ภาค' alone is a sector; inside a longer header ('ภาคเรียน') it is not.
    "ภาค": "sector",
    # An amount ('จำนวน (บาท)'), a label of an allowance sheet (see _CONTAINS).
    **dict.fromkeys(("จำนวน", "บาท"), IGNORE),
    # A monk's temple, a soldier's unit: where they come from. Inside a longer header
    # ('จังหวัด', 'หน่วยนับ') these words are not.
    **dict.fromkeys(("วัด", "หน่วย"), "organisation"),
    # A university's unit or faculty.
    **dict.fromkeys(("ส่วนงาน", "คณะ"), "organisation"),
    # A web system's or Zoom's state of each registration ('ยกเลิก', 'denied').
    **dict.fromkeys(("สถานะ", "status"), "status"),
    # Where a local office's people live or its unit stands: places, no participant's field,
    # and labels of a header over two rows ('ที่ตั้ง' over 'ตำบล | อำเภอ').
    **dict.fromkeys(("ตำบล", "อำเภอ", "จังหวัด", "หมู่ที่", "หมู่บ้าน", "ชื่อหมู่บ้าน"), IGNORE),
}
# Tried in order on headers that match nothing exactly: the first field whose words all occur.
_CONTAINS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Columns of a sign-in sheet or a form that name a name but hold something else.
    (IGNORE, ("ลายมือ",)),
    # A signature ('ลงชื่อผู้รับเงิน'), not the payee's name beside it.
    (IGNORE, ("ลงชื่อ",)),
    (IGNORE, ("signature",)),
    (IGNORE, ("ชื่อเล่น",)),
    (IGNORE, ("nickname",)),
    # The name of the project, activity, course or topic a form asks about, or of a LINE
    # account: never the person's, whose own header may name it less closely
    # ('ชื่อผู้เข้าร่วมอบรม').
    (IGNORE, ("ชื่อโครงการ",)),
    (IGNORE, ("ชื่อกิจกรรม",)),
    (IGNORE, ("ชื่อหลักสูตร",)),
    (IGNORE, ("ชื่อเรื่อง",)),
    (IGNORE, ("ชื่อหัวข้อ",)),
    (IGNORE, ("ชื่อไลน์",)),
    (IGNORE, ("ชื่อในไลน์",)),
    (IGNORE, ("ชื่อline",)),
    (IGNORE, ("linename",)),
    (IGNORE, ("ชื่อบัญชี",)),
    (IGNORE, ("หมายเหตุ",)),
    # A seat ('ตำแหน่งที่นั่ง') is no position.
    (IGNORE, ("ที่นั่ง",)),
    (IGNORE, ("seat",)),
    # A food or diet choice ('ประเภทอาหาร') names a kind of meal, not of participant.
    (IGNORE, ("อาหาร",)),
    (IGNORE, ("food",)),
    (IGNORE, ("diet",)),
    (IGNORE, ("meal",)),
    ("sector", ("ประเภทหน่วยงาน",)),
    ("sector", ("ประเภทองค์กร",)),
    ("sector", ("type", "organi")),
    ("sector", ("kindof", "organi")),
    ("sector", ("กลุ่มเป้าหมาย",)),
    ("sector", ("กลุ่มผู้เข้าร่วม",)),
    # A form's question 'ท่านสังกัดภาคส่วนใด' asks for the sector, not the organisation.
    ("sector", ("ภาคส่วน",)),
    # The consent a participant's record holds is to the use of personal data; a form's
    # consent to photographs is something else, unless the question asks both at once.
    ("consent", ("ยินยอม", "ข้อมูล")),
    ("consent", ("pdpa",)),
    ("consent", ("personal", "data")),
    ("consent", ("personal", "information")),
    (IGNORE, ("ยินยอม", "ภาพ")),
    (IGNORE, ("ยินยอม", "วิดีโอ")),
    (IGNORE, ("ยินยอม", "วีดีโอ")),
    (IGNORE, ("consent", "photo")),
    (IGNORE, ("consent", "image")),
    (IGNORE, ("consent", "video")),
    ("consent", ("ยินยอม",)),
    ("consent", ("consent",)),
    # A form's PDPA question may name the law or the policy alone ('การคุ้มครองข้อมูลส่วนบุคคล
    # (PDPA)', its bracket dropped; 'I agree to the privacy policy').
    ("consent", ("คุ้มครองข้อมูล",)),
    ("consent", ("ความเป็นส่วนตัว",)),
    ("consent", ("privacy",)),
    ("status", ("สถานะ", "ลงทะเบียน")),
    ("status", ("สถานะ", "อนุมัติ")),
    ("status", ("registration", "status")),
    ("status", ("approval",)),
    # A ticket's or an order's state on a ticketing platform ('Ticket Status': 'Refunded',
    # 'สถานะบัตร': 'ยกเลิก', 'Order Status'), never its check-in's.
    ("status", ("ticket", "status")),
    ("status", ("order", "status")),
    ("status", ("payment", "status")),
    ("status", ("สถานะ", "บัตร")),
    ("status", ("สถานะ", "คำสั่งซื้อ")),
    ("status", ("สถานะ", "ชำระ")),
    # A confirmation ('ยืนยันการเข้าร่วม': 'ยืนยัน', 'ไม่สามารถเข้าร่วมได้') is the state too.
    ("status", ("ยืนยัน", "เข้าร่วม")),
    ("status", ("สถานะการเข้าร่วม",)),
    # The reply to an invitation ('สถานะการตอบรับ': 'ตอบรับ', 'ปฏิเสธ'), not the day of it.
    ("status", ("การตอบรับ",)),
    ("status", ("ตอบรับ", "เข้าร่วม")),
    ("email", ("อีเมล",)),
    ("email", ("mail",)),
    # The official Thai word for e-mail.
    ("email", ("ไปรษณีย์อิเล็กทรอนิกส์",)),
    ("phone", ("โทรศัพท์",)),
    ("phone", ("โทร",)),
    ("phone", ("มือถือ",)),
    ("phone", ("phone",)),
    ("phone", ("tel",)),
    ("phone", ("mobile",)),
    ("phone", ("contactnumber",)),
    ("phone", ("contactno",)),
    ("phone", ("เบอร์",)),
    # 'Contact number', 'Contact No.', 'หมายเลขติดต่อ': a number to call.
    ("phone", ("หมายเลขติดต่อ",)),
    # The payee of an allowance sheet is the participant ('ชื่อ - สกุล ผู้รับเงิน').
    ("full_name", ("ชื่อ", "ผู้รับเงิน")),
    ("full_name", ("ชื่อ", "สกุล")),
    ("full_name", ("name", "surname")),
    # How a person attends ('ประเภทการเข้าร่วม (Onsite/Online)') is no kind of participant.
    (IGNORE, ("การเข้าร่วม",)),
    # Nor is the kind of ticket bought ('Ticket Type': 'Early Bird', 'ประเภทบัตร') or of a
    # form's response ('Response Type': 'completed', Typeform).
    (IGNORE, ("ticket", "type")),
    (IGNORE, ("ประเภทบัตร",)),
    (IGNORE, ("response", "type")),
    # Nor is where a participant sleeps or how they travel ('ประเภทห้องพัก', 'ประเภทการเดินทาง'),
    # or how an employee is hired ('ประเภทการจ้าง', 'Emp. Type').
    (IGNORE, ("ห้องพัก",)),
    (IGNORE, ("ที่พัก",)),
    (IGNORE, ("ประเภทห้อง",)),
    (IGNORE, ("เดินทาง",)),
    (IGNORE, ("พาหนะ",)),
    (IGNORE, ("room",)),
    (IGNORE, ("accommodation",)),
    (IGNORE, ("travel",)),
    (IGNORE, ("การจ้าง",)),
    (IGNORE, ("ประเภทพนักงาน",)),
    (IGNORE, ("employment",)),
    (IGNORE, ("emp", "type")),
    # 'ประเภทกิจการ' is the kind of business, not the business.
    ("sector", ("ประเภท",)),
    ("organisation", ("หน่วยงาน",)),
    ("organisation", ("สังกัด",)),
    ("organisation", ("องค์กร",)),
    ("organisation", ("สถานที่ทำงาน",)),
    ("organisation", ("บริษัท",)),
    ("organisation", ("สถานประกอบการ",)),
    ("organisation", ("สถานศึกษา",)),
    ("organisation", ("โรงงาน",)),
    ("organisation", ("organi",)),
    ("organisation", ("agency",)),
    ("organisation", ("company",)),
    ("organisation", ("affiliation",)),
    ("organisation", ("institution",)),
    ("organisation", ("department",)),
    ("organisation", ("สถาบัน",)),
    ("organisation", ("ส่วนราชการ",)),
    ("organisation", ("โรงเรียน",)),
    ("organisation", ("ร้าน",)),
    ("organisation", ("กิจการ",)),
    ("organisation", ("ชุมชน",)),
    ("organisation", ("มาจาก",)),
    # A local government's or a health office's list names the unit by its kind: 'ชื่อ อปท.',
    # 'หน่วยบริการ' or 'สถานบริการ' (a รพ.สต.), 'ชื่อโรงพยาบาล', never the person's first name.
    ("organisation", ("อปท",)),
    ("organisation", ("หน่วยบริการ",)),
    ("organisation", ("สถานบริการ",)),
    ("organisation", ("โรงพยาบาล",)),
    ("organisation", ("รพสต",)),
    # A university's list names the institution ('สถาบัน'). Not 'ที่ทำงาน' alone: the work
    # phone ('เบอร์โทรที่ทำงาน') that loses the phone to the mobile would take it.
    ("organisation", ("institut",)),
    # Before the position: 'คำนำหน้าชื่อ/ตำแหน่งทางวิชาการ' asks for the title (ผศ.ดร.).
    ("title", ("คำนำหน้า",)),
    # A form's own name for it ('p_prefix', 'name_prefix').
    ("title", ("prefix",)),
    ("position", ("ตำแหน่ง",)),
    ("position", ("position",)),
    ("position", ("jobtitle",)),
    # An international list's word for the position ('Designation': 'Vice Minister').
    ("position", ("designation",)),
    # A villager's occupation ('อาชีพ': เกษตรกร) where no column asks for the position.
    ("position", ("อาชีพ",)),
    ("position", ("occupation",)),
    ("sector", ("sector",)),
    ("sector", ("category",)),
    ("sector", ("type",)),
    ("last_name", ("นามสกุล",)),
    ("last_name", ("surname",)),
    ("last_name", ("lastname",)),
    ("last_name", ("familyname",)),
    ("first_name", ("ชื่อ",)),
    ("first_name", ("firstname",)),
    ("full_name", ("name",)),
    (IGNORE, ("ลำดับ",)),
    (IGNORE, ("timestamp",)),
    # Labels that name no field, last so that a header asking for a field still does
    # ('เบอร์โทรในเวลาราชการ'): the money of an allowance sheet ('จำนวนเงิน (บาท)', 'ค่าตอบแทน'),
    # when it was signed or the money received ('วัน/เดือน/ปี ที่รับเงิน', 'เวลามา'). Known
    # labels beside the name make a header of a sheet that names nothing else.
    (IGNORE, ("จำนวนเงิน",)),
    (IGNORE, ("ค่าตอบแทน",)),
    (IGNORE, ("เบี้ยเลี้ยง",)),
    (IGNORE, ("ค่าลงทะเบียน",)),
    (IGNORE, ("amount",)),
    (IGNORE, ("วันเดือนปี",)),
    (IGNORE, ("วันที่",)),
    (IGNORE, ("เวลา",)),
)
# Codes and numbers (a school's code, an ID card number) are not the names of things.
_CODE_RE = re.compile(r"^(?:รหัส|เลขที่|เลขบัตร|เลขประจำตัว)|\b(?:code|id)\b", re.IGNORECASE)
EXACT_MATCH = 2.0
_ENGLISH_RE = re.compile(r"อังกฤษ|english|\(\s*eng?\.?\s*\)", re.IGNORECASE)
_ENGLISH_QUALITY = 0.1
_ABBREVIATED_RE = re.compile(r"ชื่อย่อ|ตัวย่อ|อักษรย่อ|abbreviat|\babbr\b|short\s*name")
_ABBREVIATED_QUALITY = 0.5
# 'อีเมล / Line ID' and 'เบอร์โทรศัพท์ / ID Line' ask for an e-mail or a phone, not a code.
_CONTACT_RE = re.compile(r"อีเมล|mail|โทร|เบอร์|มือถือ|phone|mobile|tel")
_MOBILE_RE = re.compile(r"มือถือ|mobile|cell", re.IGNORECASE)
# More than a header's words can cover: the mobile wins however the office phone is named
# ('โทรศัพท์ (สำนักงาน)' covers all of its key once the bracket is dropped).
_MOBILE_PREFERENCE = 1.0
_CONTACT_FIELDS = frozenset(("phone", "email"))
# After a form's question number ('3. ที่อยู่หน่วยงาน').
_ADDRESS_RE = re.compile(r"[\d๐-๙]*ที่อยู่")
_OCCUPATION_QUALITY = 0.1
_OCCUPATION_RE = re.compile(r"อาชีพ|occupation")
_POSITION_RE = re.compile(r"ตำแหน่ง|position|jobtitle")
_FAX = "โทรสาร"
# 'ชื่อ' and someone, before the unit they are of (see _named_candidates); not 'ผู้ประกอบการ',
# which is the business as often as its owner.
_SOMEONE_OF_RE = re.compile(
    r"ชื่อ(?:ผู้(?!ประกอบการ)|ตัวแทน|เจ้าหน้าที่|บุคลากร|พนักงาน|ข้าราชการ|ครู|แพทย์|พยาบาล|นายก)"
)
_FAX_RE = re.compile(r"(?:เบอร์|หมายเลข)?โทรสาร|(?:tele)?fax(?:no|number)?")
_BRACKETS_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NOISE_RE = re.compile(r"[\s\-–—_.:/*,]+")


# A question's path through the groups of a form (KoboToolbox, ODK: 'group_info/first_name'):
# names of the form's own, one with an underscore at least, never words ('Name/Surname').
_FIELD_PATH_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:/[A-Za-z_][A-Za-z0-9_]*)+")


def normalise_header(text: object) -> str:
    said = clean_text(text)
    if "/" in said and "_" in said and _FIELD_PATH_RE.fullmatch(said):
        said = said.rpartition("/")[2]  # the question's own name
    header = _BRACKETS_RE.sub("", said.casefold())
    return _NOISE_RE.sub("", header)


def guess_field(header: object) -> str | None:
    """The field a header names, IGNORE for a known column to skip, None when unknown."""
    return match_field(header)[0]


def match_field(header: object) -> tuple[str | None, float]:
    """The field a header names and how well: 2 for an exact name, else the share of the
    header its words cover ('ประเภทหน่วยงาน' names a sector better than 'ประเภทสมาชิก')."""
    candidates = field_candidates(header)
    return candidates[0] if candidates else (None, 0.0)


# The same header is asked about many times (finding the header row, each person's columns, a
# buyer's), and its cells repeat down the rows searched for it.
@functools.lru_cache(maxsize=4096, typed=True)
def field_candidates(header: object) -> tuple[tuple[str, float], ...]:
    """Every field a header may name, the likeliest first (see ``match_field``); a column to skip
    has IGNORE alone. A name in English ('ชื่อ-นามสกุล (ภาษาอังกฤษ)', for a certificate)
    gives way to the same name in Thai, the desk's record, and is taken only without one."""
    found = _named_candidates(header)
    if not found and (mark := person_mark(header)) is not None and mark[1] == _ATTENDEE_NAME:
        found = _named_candidates(_ATTENDEE_NAME)
    if found and _ENGLISH_RE.search(spoken(header)):
        return tuple((f, q * _ENGLISH_QUALITY if f in NAME_FIELDS else q) for f, q in found)
    # A unit's short form ('สังกัด (ชื่อย่อ)': 'อฟม-ห.') gives way to its name in full beside it.
    if found and _ABBREVIATED_RE.search(spoken(header)):
        return tuple((f, q * _ABBREVIATED_QUALITY) for f, q in found)
    return tuple(found)


def _named_candidates(header: object) -> list[tuple[str, float]]:
    key = normalise_header(header)
    if not key:
        return []
    if (said := clean_text(header)).endswith(")") and (box := _NAME_BOX_RE.search(said)):
        return [(_NAME_BOXES[normalise_header(box[1])], EXACT_MATCH)]
    if key in _EXACT:
        return [(_EXACT[key], EXACT_MATCH)]
    if (field := _bilingual_field(header)) is not None:
        return [(field, EXACT_MATCH)]
    if _CODE_RE.search(clean_text(header)) and not _CONTACT_RE.search(key):
        return [(IGNORE, 0.0)]
    # A fax number is no phone to call ('โทรสาร' beside 'เบอร์โทร' must not take the phone);
    # a header for both ('โทรศัพท์/โทรสาร', 'Tel./Fax') names the phone.
    if _FAX in key or "fax" in key:
        key = _FAX_RE.sub("", key)
        if not key:
            return [(IGNORE, 0.0)]
    found: dict[str, float] = {}
    for field, words in _CONTAINS:
        if (
            field not in found
            and all(w in key for w in words)
            and (len(words) == 1 or _apart(key, words))
        ):
            if field == IGNORE:
                return [(IGNORE, 0.0)] if not found else list(found.items())
            found[field] = sum(map(len, words)) / len(key)
    # Of phone columns ('เบอร์โทรศัพท์ (สำนักงาน)', 'โทรศัพท์มือถือ') the mobile reaches the
    # person at the desk.
    if "phone" in found and _MOBILE_RE.search(spoken(header)):
        found["phone"] += _MOBILE_PREFERENCE
    # An address asked for, the agency's too ('ที่อยู่หน่วยงาน'), is not the organisation (a
    # question for both, 'หน่วยงาน/ที่อยู่', is); it may be a form's 'ที่อยู่อีเมล'.
    if _ADDRESS_RE.match(key):
        found = {f: q for f, q in found.items() if f in _CONTACT_FIELDS}
        if not found:
            return [(IGNORE, 0.0)]
    # The name of someone of a unit ('ชื่อผู้แทนหน่วยบริการ', 'ชื่อเจ้าหน้าที่โรงพยาบาล',
    # 'ชื่อครูโรงเรียน') is that person's, not the unit's.
    if "organisation" in found and "first_name" in found and _SOMEONE_OF_RE.match(key):
        del found["organisation"]
    # An occupation gives way to any column that asks for the position itself.
    if "position" in found and _OCCUPATION_RE.search(key) and not _POSITION_RE.search(key):
        found["position"] *= _OCCUPATION_QUALITY
    return list(found.items())


# A form's name question split into its boxes, the box named in brackets after the question
# (Jotform: 'ชื่อ-นามสกุล (First Name)', 'Full Name (Last Name)', 'ชื่อ-นามสกุล (Prefix)', in
# Thai 'ชื่อ-นามสกุล (ชื่อจริง)', '(นามสกุล)'; not '(คำนำหน้า)', which may ask for the whole name
# with its title).
_NAME_BOX_RE = re.compile(
    r"\(\s*(first\s*name|last\s*name|prefix|ชื่อจริง|ชื่อ|นามสกุล)\s*\)$", re.IGNORECASE
)
_NAME_BOXES = {
    "firstname": "first_name",
    "lastname": "last_name",
    "prefix": "title",
    "ชื่อจริง": "first_name",
    "ชื่อ": "first_name",
    "นามสกุล": "last_name",
}


def _apart(key: str, words: tuple[str, ...]) -> bool:
    """Whether the words occur in the key each in a place of its own: 'surname' holds 'name'
    only as part of it, so 'Your surname' names no whole name; the longer found first, so
    'Surname, Name' does."""
    for word in sorted(words, key=len, reverse=True):
        at = key.find(word)
        if at < 0:
            return False
        key = key[:at] + "\0" + key[at + len(word) :]
    return True


# Where a bilingual header puts its second language: 'นามสกุล / Surname', 'ชื่อ\nFirst name'.
_HALVES_RE = re.compile(r"\s*[/\n]\s*")


def _bilingual_field(header: object) -> str | None:
    """The field both halves of a bilingual header name exactly ('นามสกุล / Surname' is the
    last name, though 'surname' holds 'name'); None when they differ ('ชื่อ/สกุล' is the
    whole name) or either is not an exact name."""
    if not isinstance(header, str) or ("/" not in header and "\n" not in header):
        return None
    fields = {_EXACT.get(normalise_header(half)) for half in _HALVES_RE.split(header.strip())}
    return fields.pop() if len(fields) == 1 and None not in fields else None


# The number of one of the people a row registers: after 'คนที่', 'ท่านที่', 'รายที่' or
# 'ลำดับที่' ('ชื่อ-สกุล ผู้เข้าร่วมคนที่ 2', 'ตำแหน่ง (คนที่ 2)', 'ผู้เข้าร่วมลำดับที่ 2'),
# after a word for an attendee ('ผู้เข้าร่วม 3', 'Participant 2 email'), or ending a header,
# bracketed or not ('ชื่อ-สกุล 2', 'ผู้เข้าร่วม (2)').
_ATTENDEE_WORDS = r"ผู้เข้าร่วม(?:ประชุม|อบรม|สัมมนา|โครงการ|งาน)?|ผู้ติดตาม|participant|attendee|guest"
ATTENDEE_RE = re.compile(_ATTENDEE_WORDS)
# What a header that names only an attendee ('ผู้เข้าร่วม 2') asks for.
_ATTENDEE_NAME = "ชื่อ-สกุล"
# A number of one or two digits, not part of a longer one (a year: 'ผู้เข้าร่วมโครงการ 2568').
_PERSON_NUMBER = r"[0-9๐-๙]{1,2}(?![0-9๐-๙])"
_PERSON_NO_RE = re.compile(
    rf"(?P<who>{_ATTENDEE_WORDS})?\s*(?:คนที่|ท่านที่|รายที่|ลำดับที่)\s*(?P<n>{_PERSON_NUMBER})"
    rf"|(?P<who2>{_ATTENDEE_WORDS})\s*(?:no\.?|#)?\s*(?P<n2>{_PERSON_NUMBER})"
    rf"|[(\[]?\s*(?<![0-9๐-๙])(?P<n3>{_PERSON_NUMBER})\s*[)\]]?$"
)


def person_mark(header: object) -> tuple[int, str] | None:
    """The number of the person a header is about and the header without it ('ผู้เข้าร่วม
    3' is that person's name); None for a header with no such number."""
    said = spoken(header)
    found = _PERSON_NO_RE.search(said)
    if found is None:
        return None
    rest = (said[: found.start()] + " " + said[found.end() :]).strip()
    if not normalise_header(rest) and (found["who"] or found["who2"]):
        rest = _ATTENDEE_NAME
    return int(found["n"] or found["n2"] or found["n3"]), rest


def names_a_person(header: Cell) -> bool:
    """Whether a header says only which person of a row it is about ('คนที่ 1', 'ผู้เข้าร่วม
    คนที่ 2', 'ผู้ติดตาม 1'), not a bare number."""
    said = spoken(header)
    found = _PERSON_NO_RE.search(said)
    rest = said[: found.start()] + said[found.end() :] if found else said
    return found is not None and not found["n3"] and not normalise_header(rest)


def unmarked(header: Cell) -> Cell:
    """A header without the number of the person it is about (see ``person_mark``)."""
    mark = person_mark(header)
    return header if mark is None else mark[1]


def spoken(header: object) -> str:
    """A header as a search for words reads it: brackets kept ('โทรศัพท์ (กรณีฉุกเฉิน)')."""
    return clean_text(header).casefold()
