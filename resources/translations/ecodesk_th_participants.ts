<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>นำเข้า %1</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>แถวหัวตาราง</translation>
    </message>
    <message>
        <source>Columns: what each one holds</source>
        <translation>คอลัมน์: แต่ละคอลัมน์เก็บข้อมูลอะไร</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Preview: the rows as they will be stored</source>
        <translation>ตัวอย่าง: ข้อมูลแต่ละแถวตามที่จะบันทึก</translation>
    </message>
    <message>
        <source>Also import sheets %1: they continue the list under the same columns.</source>
        <translation>นำเข้าแผ่นงาน %1 ด้วย: เป็นรายชื่อชุดเดียวกันที่ใช้คอลัมน์เดียวกัน</translation>
    </message>
    <message>
        <source>Text encoding: %1</source>
        <translation>การเข้ารหัสข้อความ: %1</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(ไม่นำเข้า)</translation>
    </message>
    <message>
        <source>Cannot read this sheet</source>
        <translation>อ่านแผ่นงานนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Choose the column that holds the names.</source>
        <translation>โปรดเลือกคอลัมน์ที่เป็นชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>In this file:</source>
        <translation>ในไฟล์นี้:</translation>
    </message>
    <message>
        <source>Sheet %1 also holds a list (%2 rows): choose it above to import it too.</source>
        <translation>แผ่นงาน %1 มีรายชื่ออีกชุด (%2 แถว): เลือกแผ่นงานนั้นด้านบนเพื่อนำเข้าด้วย</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>กำลังนำเข้า %1</translation>
    </message>
    <message>
        <source>Imported %1 participants.</source>
        <translation>นำเข้าผู้เข้าร่วม %1 คนแล้ว</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>นำเข้าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>นำเข้าไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ยังไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>คนที่ %1</translation>
    </message>
    <message>
        <source>Reading sheet %1</source>
        <translation>กำลังอ่านแผ่นงาน %1</translation>
    </message>
    <message>
        <source>In the first %1 of %2 rows:</source>
        <translation>ใน %1 แถวแรกจากทั้งหมด %2 แถว:</translation>
    </message>
    <message>
        <source>Everyone in this list is registered in this event already: nothing was changed.</source>
        <translation>ทุกคนในรายชื่อนี้ลงทะเบียนในงานนี้ไว้แล้ว จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <source>No one was added: nothing was changed.</source>
        <translation>ไม่ได้เพิ่มผู้ใด ข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>%1: the file is not there any more (moved, renamed, or on a drive that was removed).</source>
        <translation>%1: ไม่พบไฟล์นี้แล้ว (อาจถูกย้าย เปลี่ยนชื่อ หรืออยู่ในไดรฟ์ที่ถอดออกไปแล้ว)</translation>
    </message>
    <message>
        <source>%1: EcoDesk imports Excel (xlsx, xls), OpenDocument (ods) and CSV files; this is none of them.</source>
        <translation>%1: EcoDesk นำเข้าได้เฉพาะไฟล์ Excel (xlsx, xls), OpenDocument (ods) และ CSV แต่ไฟล์นี้ไม่ใช่ไฟล์เหล่านั้น</translation>
    </message>
    <message>
        <source>%1: the file holds no data.</source>
        <translation>%1: ไฟล์นี้ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened. If it is open in Excel or another program, close it there and import it again.</source>
        <translation>%1: เปิดไฟล์นี้ไม่ได้ หากไฟล์เปิดอยู่ใน Excel หรือโปรแกรมอื่น โปรดปิดไฟล์นั้นก่อน แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>%1: this is the small file Excel keeps while a workbook is open, not the list. Choose the workbook itself (its name without &apos;~$&apos;).</source>
        <translation>%1: นี่คือไฟล์เล็ก ๆ ที่ Excel สร้างไว้ขณะเปิดสมุดงาน ไม่ใช่รายชื่อ โปรดเลือกไฟล์สมุดงานตัวจริง (ชื่อที่ไม่มี &apos;~$&apos; นำหน้า)</translation>
    </message>
    <message>
        <source>%1: this is a PDF document, not a list that can be imported. Ask for the Excel or CSV file the list was printed from.</source>
        <translation>%1: นี่คือเอกสาร PDF ไม่ใช่รายชื่อที่นำเข้าได้ โปรดขอไฟล์ Excel หรือ CSV ที่ใช้พิมพ์รายชื่อนี้</translation>
    </message>
    <message>
        <source>%1: this is a web page saved under a spreadsheet&apos;s name. Open it in Excel, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>%1: นี่คือหน้าเว็บที่บันทึกไว้ในชื่อไฟล์ตาราง โปรดเปิดด้วย Excel แล้วบันทึกเป็นสมุดงาน Excel (.xlsx) จากนั้นนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <source>%1: the file is protected by a password. Open it in Excel, remove the password, save it and import it again.</source>
        <translation>%1: ไฟล์นี้ตั้งรหัสผ่านไว้ โปรดเปิดด้วย Excel เอารหัสผ่านออก บันทึก แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>%1: the file is damaged or incomplete, or is not a spreadsheet. Open it in Excel, save it again and import the saved file.</source>
        <translation>%1: ไฟล์เสียหรือไม่สมบูรณ์ หรือไม่ใช่ไฟล์ตาราง โปรดเปิดด้วย Excel บันทึกใหม่ แล้วนำเข้าไฟล์ที่บันทึกนั้น</translation>
    </message>
    <message>
        <source>%1: the text is neither UTF-8 nor Thai (TIS-620). Save it again from Excel as &apos;CSV UTF-8&apos; and import that file.</source>
        <translation>%1: ข้อความในไฟล์ไม่ใช่ UTF-8 หรือภาษาไทย (TIS-620) โปรดบันทึกใหม่จาก Excel เป็น &apos;CSV UTF-8&apos; แล้วนำเข้าไฟล์นั้น</translation>
    </message>
    <message>
        <source>%1: no column of participants&apos; names was found. Check that this is the registration list: its header row needs a column such as &apos;ชื่อ-สกุล&apos; or &apos;ชื่อ&apos;.</source>
        <translation>%1: ไม่พบคอลัมน์ชื่อผู้เข้าร่วม โปรดตรวจว่าเป็นไฟล์รายชื่อผู้ลงทะเบียน และแถวหัวตารางมีคอลัมน์ เช่น &apos;ชื่อ-สกุล&apos; หรือ &apos;ชื่อ&apos;</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1 แผ่นงาน %2</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Sheet %1, row %2</source>
        <translation>แผ่นงาน %1 แถว %2</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>แถว %1</translation>
    </message>
    <message>
        <source>%1 (person %2)</source>
        <translation>%1 (คนที่ %2)</translation>
    </message>
    <message>
        <source>sheet %1, row %2</source>
        <translation>แผ่นงาน %1 แถว %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>แถว %1</translation>
    </message>
    <message>
        <source>the same person as %1</source>
        <translation>คนเดียวกับ%1</translation>
    </message>
    <message>
        <source>a registered participant has the same name</source>
        <translation>มีผู้ลงทะเบียนไว้แล้วที่ชื่อเดียวกัน</translation>
    </message>
    <message>
        <source>the same name as %1</source>
        <translation>ชื่อเดียวกับ%1</translation>
    </message>
    <message>
        <source>already registered in this event</source>
        <translation>ลงทะเบียนในงานนี้ไว้แล้ว</translation>
    </message>
    <message>
        <source>deleted at the desk since an earlier import; add the person again to bring them back</source>
        <translation>ถูกลบที่โต๊ะลงทะเบียนหลังการนำเข้าครั้งก่อน หากต้องการให้กลับมา ให้เพิ่มผู้นี้ใหม่</translation>
    </message>
    <message>
        <source>the list says the registration was cancelled</source>
        <translation>ในรายชื่อระบุว่ายกเลิกการลงทะเบียนแล้ว</translation>
    </message>
    <message>
        <source>a note, not a participant</source>
        <translation>เป็นหมายเหตุ ไม่ใช่ผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>%1: a date (%2) where text was expected</source>
        <translation>%1: เป็นวันที่ (%2) แทนที่จะเป็นข้อความ</translation>
    </message>
    <message>
        <source>%1: a number (%2) where a name was expected</source>
        <translation>%1: เป็นตัวเลข (%2) แทนที่จะเป็นชื่อ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>Full name (with title)</source>
        <translation>ชื่อ-นามสกุล (มีคำนำหน้า)</translation>
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
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
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
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Consent (PDPA)</source>
        <translation>ความยินยอม (PDPA)</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>สถานะการลงทะเบียน</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>possible duplicate</source>
        <translation>อาจซ้ำ</translation>
    </message>
    <message>
        <source>same person twice (skipped)</source>
        <translation>คนเดิมซ้ำ (ข้าม)</translation>
    </message>
    <message>
        <source>already registered (skipped)</source>
        <translation>ลงทะเบียนไว้แล้ว (ข้าม)</translation>
    </message>
    <message>
        <source>deleted at the desk (skipped)</source>
        <translation>ถูกลบที่โต๊ะลงทะเบียน (ข้าม)</translation>
    </message>
    <message>
        <source>cannot be read (skipped)</source>
        <translation>อ่านไม่ได้ (ข้าม)</translation>
    </message>
    <message>
        <source>note (skipped)</source>
        <translation>หมายเหตุ (ข้าม)</translation>
    </message>
    <message>
        <source>registration cancelled (skipped)</source>
        <translation>ยกเลิกการลงทะเบียน (ข้าม)</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <extracomment>The participant&apos;s id, once saved (before the pages are told to reload).</extracomment>
        <translation>แก้ไขข้อมูลผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>เพิ่มผู้ลงทะเบียนหน้างาน</translation>
    </message>
    <message>
        <source>e.g. นาย, นางสาว, ดร.</source>
        <translation>เช่น นาย, นางสาว, ดร.</translation>
    </message>
    <message>
        <source>Agrees to the use of personal data for this event</source>
        <translation>ยินยอมให้ใช้ข้อมูลส่วนบุคคลเพื่อการจัดงานครั้งนี้</translation>
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
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
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
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>บันทึกไม่ได้</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
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
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Possible duplicate: someone else has the same name. Check and decide.</source>
        <translation>อาจซ้ำ: มีผู้อื่นชื่อเดียวกัน โปรดตรวจสอบและตัดสินใจ</translation>
    </message>
    <message>
        <source>duplicate?</source>
        <translation>อาจซ้ำ</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>ลงทะเบียนหน้างาน</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Search name, organisation, phone or code (Ctrl+F)</source>
        <translation>ค้นหาชื่อ หน่วยงาน โทรศัพท์ หรือรหัส (Ctrl+F)</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>นำเข้ารายชื่อ…</translation>
    </message>
    <message>
        <source>Add walk-in…</source>
        <translation>เพิ่มผู้ลงทะเบียนหน้างาน…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Cannot read the participants</source>
        <translation>อ่านรายชื่อผู้เข้าร่วมไม่ได้</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>ผู้เข้าร่วม %1 คน</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 จาก %2 คน</translation>
    </message>
    <message>
        <source>Delete %1 participant(s): %2?</source>
        <translation>ลบผู้เข้าร่วม %1 คน: %2 ใช่หรือไม่</translation>
    </message>
    <message>
        <source>Deleted %1 participant(s).</source>
        <translation>ลบผู้เข้าร่วม %1 คนแล้ว</translation>
    </message>
    <message>
        <source>Import a registration list</source>
        <translation>นำเข้ารายชื่อผู้ลงทะเบียน</translation>
    </message>
    <message>
        <source>Registration lists (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
        <translation>รายชื่อผู้ลงทะเบียน (*.xlsx *.xls *.ods *.csv);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>นำเข้าไฟล์นี้ไม่ได้</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>ยังไม่ได้นำเข้าข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>กำลังอ่าน %1</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Will be</source>
        <translation>ผล</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>ยินยอม</translation>
    </message>
    <message>
        <source>refuses</source>
        <translation>ไม่ยินยอม</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>Phone: %1 is not a phone number. Correct it, or leave it empty.</source>
        <translation>โทรศัพท์: %1 ไม่ใช่หมายเลขโทรศัพท์ โปรดแก้ไข หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <source>E-mail: %1 is not an e-mail address. Correct it, or leave it empty.</source>
        <translation>อีเมล: %1 ไม่ใช่ที่อยู่อีเมล โปรดแก้ไข หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <source>Type the participant&apos;s first name.</source>
        <translation>โปรดพิมพ์ชื่อของผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>This participant was deleted meanwhile.</source>
        <translation>ผู้เข้าร่วมคนนี้ถูกลบไปแล้วระหว่างนั้น</translation>
    </message>
</context>
</TS>
