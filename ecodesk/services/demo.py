"""The demo event: the Eco Industrial Town knowledge-exchange seminar at EGAT Mae Moh.

Everyone in it is fictional; names are drawn from common Thai given names and surnames.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time

from sqlalchemy import select

from ecodesk.db import Database
from ecodesk.db.models import Event
from ecodesk.services import events, survey_answers, surveys
from ecodesk.services.participants import ParticipantInput, insert_participants
from ecodesk.services.survey_template import plausible_responses

DEMO_CODE = "EIT2565"
DEMO_DAY = date(2022, 6, 16)

# Sector, target, organisations of that sector and the positions people hold there.
SECTORS: tuple[tuple[str, int, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "สถานประกอบการ",
        40,
        (
            "บริษัท ลำปางเซรามิค จำกัด",
            "บริษัท ไทยเปเปอร์แม่เมาะ จำกัด",
            "ห้างหุ้นส่วนจำกัด แม่ทะคอนกรีต",
            "บริษัท เหมืองแร่ลานนา จำกัด (มหาชน)",
            "บริษัท ลำปางฟู้ดโปรดักส์ จำกัด",
            "โรงไฟฟ้าแม่เมาะ การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย",
        ),
        ("ผู้จัดการโรงงาน", "วิศวกรสิ่งแวดล้อม", "เจ้าหน้าที่ความปลอดภัย", "ผู้จัดการฝ่ายบุคคล"),
    ),
    (
        "หน่วยงานภาครัฐ",
        30,
        (
            "สำนักงานอุตสาหกรรมจังหวัดลำปาง",
            "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำปาง",
            "องค์การบริหารส่วนตำบลแม่เมาะ",
            "เทศบาลตำบลแม่เมาะ",
            "ที่ว่าการอำเภอแม่เมาะ",
            "สำนักงานสาธารณสุขจังหวัดลำปาง",
        ),
        ("นักวิชาการอุตสาหกรรมชำนาญการ", "นักวิชาการสิ่งแวดล้อม", "ปลัดอำเภอ", "นักวิเคราะห์นโยบายและแผน"),
    ),
    (
        "ภาคเอกชน",
        20,
        (
            "สภาอุตสาหกรรมจังหวัดลำปาง",
            "หอการค้าจังหวัดลำปาง",
            "สมาคมส่งเสริมการท่องเที่ยวลำปาง",
            "บริษัท กรีนเอนเนอร์ยี่ ลำปาง จำกัด",
        ),
        ("ประธานกรรมการ", "เลขาธิการ", "กรรมการ", "ผู้ประสานงานโครงการ"),
    ),
    (
        "ภาคประชาชน",
        20,
        (
            "ชุมชนบ้านหางฮุง",
            "ชุมชนบ้านสบป้าด",
            "กลุ่มวิสาหกิจชุมชนผ้าทอแม่เมาะ",
            "เครือข่ายอาสาสมัครพิทักษ์สิ่งแวดล้อมลำปาง",
        ),
        ("ผู้ใหญ่บ้าน", "กำนัน", "ประธานกลุ่ม", "อาสาสมัคร"),
    ),
    (
        "สถาบันการศึกษา",
        15,
        (
            "มหาวิทยาลัยราชภัฏลำปาง",
            "มหาวิทยาลัยธรรมศาสตร์ ศูนย์ลำปาง",
            "วิทยาลัยเทคนิคลำปาง",
            "โรงเรียนแม่เมาะวิทยา",
        ),
        ("อาจารย์", "ผู้ช่วยศาสตราจารย์", "ครูชำนาญการพิเศษ", "นักศึกษา"),
    ),
)

MALE = ("สมชาย", "ประเสริฐ", "วิชัย", "สุรเชษฐ์", "อนุชา", "ธนากร", "กิตติพงษ์", "ณัฐวุฒิ",
        "ไพโรจน์", "เกรียงไกร", "โชติ", "บุญเลิศ", "อำนาจ", "ศักดิ์ชัย", "เอกชัย", "ภานุวัฒน์")  # fmt: skip
FEMALE = ("สมหญิง", "กมลวรรณ", "ศิริพร", "นงลักษณ์", "เกศินี", "แก้วมณี", "ขวัญใจ", "อรุณี",
          "ปิยะนุช", "สุภาพร", "วันเพ็ญ", "จิราพร", "ใจดี", "ณัฐธิดา", "พรทิพย์", "อัญชลี")  # fmt: skip
SURNAMES = ("ใจดี", "ศรีสุข", "แก้วประเสริฐ", "บุญมา", "ทองคำ", "วงศ์ใหญ่", "เรืองศรี",
            "อินทร์แก้ว", "ปัญญาวงศ์", "สุขเจริญ", "กันทะวงศ์", "ไชยมงคล", "โพธิ์ทอง",
            "เขียวขจี", "ธรรมวงศ์", "ยานะ", "คำมูล", "ศรีวิชัย", "แสนคำ", "อุ่นเรือน")  # fmt: skip
MALE_TITLES = ("นาย",) * 8 + ("ดร.", "ผศ.ดร.", "ว่าที่ร้อยตรี", "จ.ส.อ.", "พ.ต.ท.")
FEMALE_TITLES = ("นาง",) * 4 + ("นางสาว",) * 5 + ("ดร.", "รศ.")


def demo_event_input() -> events.EventInput:
    def at(h: int, m: int) -> datetime:
        return datetime.combine(DEMO_DAY, time(h, m))

    return events.EventInput(
        code=DEMO_CODE,
        name="สัมมนาแลกเปลี่ยนเรียนรู้การพัฒนาเมืองอุตสาหกรรมเชิงนิเวศ (Eco Industrial Town)",
        start_date=DEMO_DAY,
        end_date=DEMO_DAY,
        venue="ห้องมุ่งงานเลิศ อาคารประชาสัมพันธ์แม่เมาะ",
        organiser="สำนักงานอุตสาหกรรมจังหวัดลำปาง",
        sittings=[
            events.SittingInput("ภาคเช้า: บรรยาย", at(8, 30), at(12, 0), "half_day"),
            events.SittingInput("ภาคบ่าย: ศึกษาดูงาน", at(13, 0), at(16, 30), "study_visit"),
        ],
        sectors=[events.SectorInput(name, target) for name, target, _, _ in SECTORS],
    )


def demo_people(count: int, rng: random.Random) -> list[ParticipantInput]:
    weights = [target for _, target, _, _ in SECTORS]
    people = []
    for _ in range(count):
        sector, _, orgs, positions = rng.choices(SECTORS, weights)[0]
        female = rng.random() < 0.45
        title = rng.choice(FEMALE_TITLES if female else MALE_TITLES)
        if title == "ว่าที่ร้อยตรี" and female:
            title = "ว่าที่ร้อยตรีหญิง"
        people.append(
            ParticipantInput(
                title=title,
                first_name=rng.choice(FEMALE if female else MALE),
                last_name=rng.choice(SURNAMES),
                organisation=rng.choice(orgs),
                position=rng.choice(positions),
                sector=sector,
                phone="0" + rng.choice("689") + "".join(rng.choices("0123456789", k=8)),
                email="",
                consent=True,
                source="demo",
            )
        )
    return people


def create_demo(
    db: Database, participants: int = 120, seed: int = 2565, responses: int = 0
) -> events.EventInfo:
    """Create the demo event with the built-in survey, or keep the one that exists.

    ``responses`` sample answers are added to its survey either way.
    """
    with db.session() as session:
        exists = session.scalar(select(Event.id).where(Event.code == DEMO_CODE)) is not None
    if exists:
        event = events.get_event(db, DEMO_CODE)
    else:
        created = events.create_event(db, demo_event_input(), desk="demo")
        with db.session() as session:
            insert_participants(
                session, created.id, demo_people(participants, random.Random(seed)), desk="demo"
            )
        event = events.get_event(db, created.id)
    survey = surveys.attach_template(db, event.id, desk="demo")
    if responses > 0:
        answers = plausible_responses(survey.definition, responses, random.Random(seed + 1))
        survey_answers.load_responses(db, survey.id, answers, channel="paper", desk="demo")
    return event
