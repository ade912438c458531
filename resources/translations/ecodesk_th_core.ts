<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th">
<context>
    <name>Crash</name>
    <message>
        <source>EcoDesk ran into a problem</source>
        <translation>EcoDesk พบปัญหา</translation>
    </message>
    <message>
        <source>Something unexpected happened: %1

What was saved before is safe. Try the last step again; if it happens again, send the log file to your support contact:
%2</source>
        <translation>เกิดเหตุที่ไม่คาดคิด: %1

ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบ ลองทำขั้นตอนล่าสุดอีกครั้ง หากยังเกิดซ้ำ โปรดส่งไฟล์บันทึกการทำงานนี้ให้ผู้ดูแลระบบ:
%2</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>เปิดฐานข้อมูลไม่ได้</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>แก้ไขกิจกรรม</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>สร้างกิจกรรมใหม่</translation>
    </message>
    <message>
        <source>2–12 letters or digits, printed in every badge QR</source>
        <translation>ตัวอักษรภาษาอังกฤษหรือตัวเลข 2–12 ตัว พิมพ์อยู่ใน QR ของป้ายชื่อทุกใบ</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>ชื่อกิจกรรม</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัสกิจกรรม</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>วันแรก</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>วันสุดท้าย</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>หน่วยงานผู้จัด</translation>
    </message>
    <message>
        <source>Sittings (the units people check in to)</source>
        <translation>ช่วงลงทะเบียน (ช่วงเวลาที่ผู้เข้าร่วมลงชื่อเข้า)</translation>
    </message>
    <message>
        <source>Add sitting</source>
        <translation>เพิ่มช่วงลงทะเบียน</translation>
    </message>
    <message>
        <source>Sectors and target counts</source>
        <translation>ภาคส่วนและจำนวนเป้าหมาย</translation>
    </message>
    <message>
        <source>Add sector</source>
        <translation>เพิ่มภาคส่วน</translation>
    </message>
    <message>
        <source>Sittings</source>
        <translation>ช่วงลงทะเบียน</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>ภาคส่วน</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Import registration lists, add walk-ins, edit and find participants.</source>
        <translation>นำเข้ารายชื่อผู้ลงทะเบียน เพิ่มผู้ลงทะเบียนหน้างาน แก้ไขและค้นหาผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>ป้ายชื่อ</translation>
    </message>
    <message>
        <source>Print QR name badges and the official sign-in sheet.</source>
        <translation>พิมพ์ป้ายชื่อพร้อม QR และใบลงชื่อเข้าร่วมอย่างเป็นทางการ</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>ลงทะเบียนเข้างาน</translation>
    </message>
    <message>
        <source>Check people in by scanner, webcam or name, per sitting.</source>
        <translation>ลงทะเบียนเข้างานด้วยเครื่องสแกน กล้องเว็บแคม หรือค้นหาชื่อ แยกตามช่วง</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <source>Build the satisfaction survey, run the kiosk, type in paper forms.</source>
        <translation>สร้างแบบประเมินความพึงพอใจ เปิดจุดตอบแบบประเมิน และบันทึกแบบประเมินกระดาษ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Save the Excel workbook that officials receive.</source>
        <translation>บันทึกไฟล์ Excel สรุปผลสำหรับส่งหน่วยงาน</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>สร้างกิจกรรมใหม่…</translation>
    </message>
    <message>
        <source>Edit event…</source>
        <translation>แก้ไขกิจกรรม…</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>กิจกรรม:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ฐานข้อมูล: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>แ&amp;ฟ้ม</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;ออกจากโปรแกรม</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;กิจกรรม</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;ตั้งค่า</translation>
    </message>
    <message>
        <source>Desk name…</source>
        <translation>ชื่อจุดลงทะเบียน…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>เปิดโฟลเดอร์บันทึกการทำงาน</translation>
    </message>
    <message>
        <source>About EcoDesk</source>
        <translation>เกี่ยวกับ EcoDesk</translation>
    </message>
    <message>
        <source>No event yet: create one with “New event…”.</source>
        <translation>ยังไม่มีกิจกรรม: สร้างได้ที่ “สร้างกิจกรรมใหม่…”</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>ผู้เข้าร่วม %n คน</numerusform></translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>ชื่อจุดลงทะเบียน</translation>
    </message>
    <message>
        <source>Name of this desk (recorded with each check-in):</source>
        <translation>ชื่อของจุดลงทะเบียนนี้ (บันทึกไว้กับการลงทะเบียนทุกครั้ง):</translation>
    </message>
    <message>
        <source>EcoDesk %1: the registration desk of a seminar, offline.</source>
        <translation>EcoDesk %1: โปรแกรมจุดลงทะเบียนงานสัมมนา ทำงานได้โดยไม่ต้องใช้อินเทอร์เน็ต</translation>
    </message>
</context>
<context>
    <name>SectorRow</name>
    <message>
        <source>target </source>
        <translation>เป้าหมาย </translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
</context>
<context>
    <name>SittingRow</name>
    <message>
        <source>e.g. Morning lecture</source>
        <translation>เช่น ภาคเช้า: บรรยาย</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>ครึ่งวัน</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>เต็มวัน</translation>
    </message>
    <message>
        <source>Study visit</source>
        <translation>ศึกษาดูงาน</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
</context>
</TS>