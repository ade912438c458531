<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>BadgePreview</name>
    <message>
        <source>No badge to show</source>
        <translation>ไม่มีป้ายให้แสดง</translation>
    </message>
</context>
<context>
    <name>BadgeTableModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ–นามสกุล</translation>
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
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>พิมพ์ป้ายแล้ว</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ยังไม่พิมพ์</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <source>Everyone</source>
        <translation>ทุกคน</translation>
    </message>
    <message>
        <source>Badge not printed yet</source>
        <translation>ยังไม่ได้พิมพ์ป้าย</translation>
    </message>
    <message>
        <source>Badge printed</source>
        <translation>พิมพ์ป้ายแล้ว</translation>
    </message>
    <message>
        <source>Search name, organisation or code</source>
        <translation>ค้นหาชื่อ หน่วยงาน หรือรหัส</translation>
    </message>
    <message>
        <source>Selected participants</source>
        <translation>ผู้เข้าร่วมที่เลือก</translation>
    </message>
    <message>
        <source>Everyone not printed yet</source>
        <translation>ทุกคนที่ยังไม่ได้พิมพ์ป้าย</translation>
    </message>
    <message>
        <source>Save badges PDF…</source>
        <translation>บันทึกป้ายชื่อเป็น PDF…</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>พิมพ์ป้ายชื่อ…</translation>
    </message>
    <message>
        <source>Preview sheets…</source>
        <translation>ดูตัวอย่างก่อนพิมพ์…</translation>
    </message>
    <message>
        <source>Reissue lost badge…</source>
        <translation>ออกป้ายใหม่แทนป้ายที่หาย…</translation>
    </message>
    <message>
        <source>Event logo…</source>
        <translation>โลโก้กิจกรรม…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ไม่ใช้โลโก้</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>รูปแบบป้าย:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>แสดง:</translation>
    </message>
    <message>
        <source>Badges for:</source>
        <translation>พิมพ์ป้ายให้:</translation>
    </message>
    <message>
        <source>Band colours:</source>
        <translation>สีแถบตามภาคส่วน:</translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 badges not printed yet</source>
        <translation>แสดง %1 จาก %2 คน · ยังไม่ได้พิมพ์ป้าย %3 คน</translation>
    </message>
    <message>
        <source>No badges to print</source>
        <translation>ไม่มีป้ายที่จะพิมพ์</translation>
    </message>
    <message>
        <source>Select participants in the list, or choose another “Badges for”.</source>
        <translation>เลือกผู้เข้าร่วมในรายชื่อ หรือเปลี่ยนตัวเลือก “พิมพ์ป้ายให้”</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>บันทึกป้ายชื่อ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n badge(s)…</source>
        <translation>
            <numerusform>กำลังสร้างป้ายชื่อ %n ป้าย…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>บันทึก %1 แล้ว (%2 หน้า)</translation>
    </message>
    <message numerus="yes">
        <source>Printing %n badge(s)…</source>
        <translation>
            <numerusform>กำลังพิมพ์ป้ายชื่อ %n ป้าย…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>ส่งไปที่เครื่องพิมพ์ %1 แล้ว</translation>
    </message>
    <message>
        <source>Badges done</source>
        <translation>ป้ายชื่อเสร็จแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) recorded as printed.</source>
        <translation>
            <numerusform>บันทึกว่าพิมพ์ป้ายแล้ว %n ป้าย</numerusform>
        </translation>
    </message>
    <message>
        <source>Give %1 a new badge? The old badge (code %2) will no longer check in.</source>
        <translation>ออกป้ายใหม่ให้ %1 หรือไม่? ป้ายเดิม (รหัส %2) จะใช้ลงทะเบียนเข้างานไม่ได้อีก</translation>
    </message>
    <message>
        <source>Reissue badge</source>
        <translation>ออกป้ายใหม่</translation>
    </message>
    <message>
        <source>Badge reissued</source>
        <translation>ออกป้ายใหม่แล้ว</translation>
    </message>
    <message>
        <source>New code %1. Print the new badge now.</source>
        <translation>รหัสใหม่ %1 โปรดพิมพ์ป้ายใหม่ทันที</translation>
    </message>
    <message>
        <source>Event logo</source>
        <translation>โลโก้กิจกรรม</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg)</source>
        <translation>รูปภาพ (*.png *.svg *.jpg)</translation>
    </message>
    <message>
        <source>%1 is not a PNG, JPEG or SVG image that can be read.</source>
        <translation>%1 ไม่ใช่ไฟล์ภาพ PNG, JPEG หรือ SVG ที่อ่านได้</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>Not printed</source>
        <translation>พิมพ์ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Nothing was saved or recorded as printed.</source>
        <translation>ไม่มีการบันทึกไฟล์ และไม่มีป้ายใดถูกบันทึกว่าพิมพ์แล้ว</translation>
    </message>
</context>
<context>
    <name>SigninPanel</name>
    <message>
        <source>Sign-in sheet (ใบลงทะเบียน)</source>
        <translation>ใบลงทะเบียน (ลงลายมือชื่อ)</translation>
    </message>
    <message>
        <source>Group by sector</source>
        <translation>แยกกลุ่มตามภาคส่วน</translation>
    </message>
    <message>
        <source>Save sign-in sheet PDF…</source>
        <translation>บันทึกใบลงทะเบียนเป็น PDF…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>พิมพ์ใบลงทะเบียน…</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>ดูตัวอย่างก่อนพิมพ์…</translation>
    </message>
    <message>
        <source>Signature columns:</source>
        <translation>ช่องลายมือชื่อ:</translation>
    </message>
    <message>
        <source>All sittings of %1</source>
        <translation>ทุกช่วงของวันที่ %1</translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation>บันทึกใบลงทะเบียน</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the sign-in sheet…</source>
        <translation>กำลังสร้างใบลงทะเบียน…</translation>
    </message>
    <message>
        <source>Sign-in sheet saved</source>
        <translation>บันทึกใบลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>%1 (%2 people, %3 pages)</source>
        <translation>%1 (%2 คน, %3 หน้า)</translation>
    </message>
    <message>
        <source>Printing the sign-in sheet…</source>
        <translation>กำลังพิมพ์ใบลงทะเบียน…</translation>
    </message>
</context>
</TS>
