<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>CameraPanel</name>
    <message>
        <source>Hold the badge&apos;s QR code up to the camera.</source>
        <translation>ยกคิวอาร์โค้ดบนป้ายชื่อให้กล้องเห็น</translation>
    </message>
    <message>
        <source>No camera found: connect a webcam, or use the scanner or search.</source>
        <translation>ไม่พบกล้อง: ต่อเว็บแคม หรือใช้เครื่องสแกนหรือการค้นหาชื่อแทน</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>กล้องหยุดทำงาน: %1</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Accept check-ins on another day</source>
        <translation>รับลงทะเบียนต่างวัน</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>ผู้มาใหม่หน้างาน…</translation>
    </message>
    <message>
        <source>Sitting:</source>
        <translation>ช่วงลงทะเบียน:</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name, organisation, phone or badge code</source>
        <translation>สแกนป้ายชื่อ หรือพิมพ์ชื่อ หน่วยงาน เบอร์โทร หรือรหัสบนป้าย</translation>
    </message>
    <message>
        <source>Last check-ins</source>
        <translation>ลงทะเบียนล่าสุด</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>เว็บแคม</translation>
    </message>
    <message>
        <source>Webcam: no camera found</source>
        <translation>เว็บแคม: ไม่พบกล้อง</translation>
    </message>
    <message>
        <source>This sitting is on %1, not today: check-ins are refused as wrong day.</source>
        <translation>ช่วงลงทะเบียนนี้อยู่วันที่ %1 ไม่ใช่วันนี้: การลงทะเบียนจะถูกปฏิเสธว่าผิดวัน</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>เลือกหรือสร้างกิจกรรมก่อน</translation>
    </message>
    <message>
        <source>This event has no sittings yet.</source>
        <translation>กิจกรรมนี้ยังไม่มีช่วงลงทะเบียน</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>โต๊ะ: %1</translation>
    </message>
    <message>
        <source>The list of names is still loading: try again in a moment.</source>
        <translation>กำลังโหลดรายชื่อ: ลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>No one found</source>
        <translation>ไม่พบผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>ไม่มีรายชื่อที่ตรงกับ “%1”</translation>
    </message>
    <message>
        <source>Undo the check-in of %1 at %2?</source>
        <translation>ยกเลิกการลงทะเบียนของ %1 เวลา %2 น. หรือไม่</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>ยกเลิกการลงทะเบียน</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>ยกเลิกการลงทะเบียนแล้ว</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>Live numbers</source>
        <translation>ตัวเลขสด</translation>
    </message>
    <message>
        <source>%1 of %2 checked in</source>
        <translation>ลงทะเบียนแล้ว %1 จาก %2 คน</translation>
    </message>
    <message>
        <source>Walk-ins: %1</source>
        <translation>ผู้มาใหม่หน้างาน: %1 คน</translation>
    </message>
    <message>
        <source>Last 10 minutes: %1</source>
        <translation>10 นาทีล่าสุด: %1 คน</translation>
    </message>
    <message>
        <source>%1 / target %2</source>
        <translation>%1 / เป้าหมาย %2</translation>
    </message>
    <message>
        <source>%1 / %2 registered</source>
        <translation>%1 / ลงชื่อไว้ %2</translation>
    </message>
</context>
<context>
    <name>RecentModel</name>
    <message>
        <source>Scanner</source>
        <translation>เครื่องสแกน</translation>
    </message>
    <message>
        <source>Webcam</source>
        <translation>เว็บแคม</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหาชื่อ</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>ผู้มาใหม่หน้างาน</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>How</source>
        <translation>วิธี</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>โต๊ะ</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Undo this check-in (the record is kept, marked undone)</source>
        <translation>ยกเลิกการลงทะเบียนนี้ (ยังเก็บบันทึกไว้ โดยทำเครื่องหมายว่ายกเลิก)</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Ready: scan a badge or type a name</source>
        <translation>พร้อม: สแกนป้ายชื่อหรือพิมพ์ชื่อ</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>อ่านได้: %1</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>ลงทะเบียนเรียบร้อย</translation>
    </message>
    <message>
        <source>Already checked in at %1 by desk %2</source>
        <translation>ลงทะเบียนไปแล้วเมื่อ %1 น. ที่โต๊ะ %2</translation>
    </message>
    <message>
        <source>Badge of another event</source>
        <translation>ป้ายชื่อของกิจกรรมอื่น</translation>
    </message>
    <message>
        <source>Reissued badge: this old badge is no longer valid</source>
        <translation>ป้ายชื่อนี้ออกใหม่แล้ว: ป้ายเก่าใช้ไม่ได้</translation>
    </message>
    <message>
        <source>Wrong day: this sitting is on %1</source>
        <translation>ผิดวัน: ช่วงลงทะเบียนนี้อยู่วันที่ %1</translation>
    </message>
    <message>
        <source>Removed from the list of participants</source>
        <translation>ถูกลบออกจากรายชื่อผู้เข้าร่วมแล้ว</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>ไม่พบรหัสนี้</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search not available</source>
        <translation>ค้นหาชื่อไม่ได้</translation>
    </message>
    <message>
        <source>The list of participants could not be read: %1</source>
        <translation>อ่านรายชื่อผู้เข้าร่วมไม่ได้: %1</translation>
    </message>
    <message>
        <source>%1 found, the first %2 shown: type more to narrow</source>
        <translation>พบ %1 คน แสดง %2 คนแรก: พิมพ์เพิ่มเพื่อให้แคบลง</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>พบ %n คน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>ผู้มาใหม่หน้างาน</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>ไม่พิมพ์</translation>
    </message>
    <message>
        <source>PDF file in %1</source>
        <translation>ไฟล์ PDF ใน %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>นามสกุล</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Print badge on</source>
        <translation>พิมพ์ป้ายชื่อที่</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>รูปแบบป้ายชื่อ</translation>
    </message>
    <message>
        <source>Register, check in and print</source>
        <translation>ลงชื่อ ลงทะเบียนเข้างาน และพิมพ์ป้าย</translation>
    </message>
    <message>
        <source>Badge not printed</source>
        <translation>ไม่ได้พิมพ์ป้ายชื่อ</translation>
    </message>
    <message>
        <source>The person is registered and checked in, but the badge could not be printed (%1). Print it from the Badges page.</source>
        <translation>บันทึกรายชื่อและลงทะเบียนเข้างานแล้ว แต่พิมพ์ป้ายชื่อไม่ได้ (%1) กรุณาพิมพ์จากหน้าป้ายชื่อ</translation>
    </message>
</context>
</TS>
