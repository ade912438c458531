<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>KioskWindow</name>
    <message>
        <source>Your name is recorded with your answers.</source>
        <translation>ระบบจะบันทึกชื่อของท่านไว้คู่กับคำตอบ</translation>
    </message>
    <message>
        <source>Your answers are anonymous.</source>
        <translation>คำตอบของท่านไม่ระบุตัวตน</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Please scan your badge to begin</source>
        <translation>กรุณาสแกนป้ายชื่อเพื่อเริ่มทำแบบประเมิน</translation>
    </message>
    <message>
        <source>or type the code under the QR</source>
        <translation>หรือพิมพ์รหัสใต้ QR</translation>
    </message>
    <message>
        <source>Thank you for your answers!</source>
        <translation>ขอบคุณที่ตอบแบบประเมิน</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>ผู้ตอบคนถัดไป</translation>
    </message>
    <message>
        <source>Staff PIN to leave kiosk mode</source>
        <translation>รหัส PIN เจ้าหน้าที่เพื่อออกจากโหมดตู้</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>กลับไปที่แบบประเมิน</translation>
    </message>
    <message>
        <source>This badge is not of this event. Please ask the staff.</source>
        <translation>ไม่พบป้ายนี้ในกิจกรรมนี้ กรุณาติดต่อเจ้าหน้าที่</translation>
    </message>
    <message>
        <source>You have already answered. Thank you!</source>
        <translation>ท่านตอบแบบประเมินแล้ว ขอบคุณค่ะ</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>รหัส PIN ไม่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>PaperEntry</name>
    <message>
        <source>option numbers, e.g. 13</source>
        <translation>หมายเลขตัวเลือก เช่น 13</translation>
    </message>
    <message>
        <source>Digits answer and move on · 0 or Space leaves blank · Backspace steps back · Tab to the text fields · Enter saves and starts the next form</source>
        <translation>พิมพ์ตัวเลขเพื่อตอบและไปช่องถัดไป · 0 หรือเว้นวรรค = ไม่ตอบ · Backspace ย้อนกลับ · Tab ไปช่องข้อความ · Enter บันทึกและเริ่มฉบับถัดไป</translation>
    </message>
    <message>
        <source>Take back the last form (Ctrl+Z)</source>
        <translation>ดึงฉบับล่าสุดกลับมาแก้ (Ctrl+Z)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>ก</translation>
    </message>
    <message>
        <source>A</source>
        <translation>ห</translation>
    </message>
    <message>
        <source>Nothing typed yet: the form was not saved.</source>
        <translation>ยังไม่ได้กรอกข้อมูล จึงไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>Form %1 saved.</source>
        <translation>บันทึกฉบับที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>The last form was taken back: correct it and press Enter.</source>
        <translation>ดึงฉบับล่าสุดกลับมาแล้ว แก้ไขแล้วกด Enter เพื่อบันทึก</translation>
    </message>
    <message>
        <source>Forms entered here: %1 · responses to this survey: %2</source>
        <translation>บันทึกที่เครื่องนี้ %1 ฉบับ · แบบประเมินนี้มีผู้ตอบทั้งหมด %2 ชุด</translation>
    </message>
</context>
<context>
    <name>PartForm</name>
    <message>
        <source>Part title</source>
        <translation>ชื่อตอน</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>5-level rating</source>
        <translation>มาตรประมาณค่า 5 ระดับ</translation>
    </message>
    <message>
        <source>Before/after rating pair</source>
        <translation>คู่คะแนนก่อน/หลัง</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>เลือกได้ข้อเดียว</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>เลือกได้หลายข้อ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Short text</source>
        <translation>ข้อความสั้น</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>ข้อความยาว</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>ต้องตอบ</translation>
    </message>
    <message>
        <source>one option per line</source>
        <translation>ตัวเลือกละหนึ่งบรรทัด</translation>
    </message>
    <message>
        <source>Options are the event&apos;s sectors</source>
        <translation>ตัวเลือกคือภาคส่วนของกิจกรรม</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่กำหนด</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>ค่าต่ำสุด</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>ค่าสูงสุด</translation>
    </message>
    <message>
        <source>Key (in files and reports)</source>
        <translation>รหัสข้อ (ใช้ในไฟล์และรายงาน)</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Bands %1</source>
        <translation>เกณฑ์ %1</translation>
    </message>
    <message>
        <source>KPI: mean ÷ 5 × 100</source>
        <translation>ตัวชี้วัด: x̄ ÷ 5 × 100</translation>
    </message>
    <message>
        <source>KPI: share of answers at 4–5</source>
        <translation>ตัวชี้วัด: ร้อยละของคำตอบระดับ 4–5</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>ไม่ตอบ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>หัวข้อ</translation>
    </message>
    <message>
        <source>n before</source>
        <translation>n ก่อน</translation>
    </message>
    <message>
        <source>x̄ before</source>
        <translation>x̄ ก่อน</translation>
    </message>
    <message>
        <source>n after</source>
        <translation>n หลัง</translation>
    </message>
    <message>
        <source>x̄ after</source>
        <translation>x̄ หลัง</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>เพิ่มขึ้น</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>ข้อคำถาม</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>ภาคส่วน</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>เข้าร่วม</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>ผู้ตอบ</translation>
    </message>
    <message>
        <source>Answered (badge)</source>
        <translation>ตอบแล้ว (สแกนป้าย)</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>ร้อยละ</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>ความพึงพอใจ</translation>
    </message>
    <message>
        <source>Knowledge before/after</source>
        <translation>ความรู้ก่อน/หลัง</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>ข้อมูลผู้ตอบ</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>อัตราการตอบ</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>ข้อเสนอแนะ</translation>
    </message>
    <message>
        <source>The statistics could not be computed: %1</source>
        <translation>คำนวณสถิติไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>This event has no survey yet.</source>
        <translation>กิจกรรมนี้ยังไม่มีแบบประเมิน</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(ไม่ตอบ)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>Satisfaction %1% (target %2%, %3)</source>
        <translation>ความพึงพอใจร้อยละ %1 (เป้าหมายร้อยละ %2, %3)</translation>
    </message>
    <message>
        <source>no check-ins yet, so no response rate</source>
        <translation>ยังไม่มีการลงทะเบียนเข้างาน จึงยังคำนวณอัตราการตอบไม่ได้</translation>
    </message>
    <message>
        <source>%1 of %2 attending answered (%3%)</source>
        <translation>ผู้เข้าร่วม %2 คน ตอบแล้ว %1 คน (ร้อยละ %3)</translation>
    </message>
    <message>
        <source>%1 responses</source>
        <translation>%1 ชุด</translation>
    </message>
    <message>
        <source>Means by aspect</source>
        <translation>ค่าเฉลี่ยรายด้าน</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>Knowledge before and after</source>
        <translation>ความรู้ก่อนและหลัง</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
</context>
<context>
    <name>SurveyEditor</name>
    <message>
        <source>Satisfaction survey</source>
        <translation>แบบประเมินความพึงพอใจ</translation>
    </message>
    <message>
        <source>Link answers to participants (respondents are told; default anonymous)</source>
        <translation>บันทึกชื่อผู้ตอบคู่กับคำตอบ (แจ้งให้ผู้ตอบทราบ; ค่าปกติคือไม่ระบุตัวตน)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อแบบประเมิน</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>คำชี้แจง</translation>
    </message>
    <message>
        <source>Parts and questions</source>
        <translation>ตอนและข้อคำถาม</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>ด้าน</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>เพิ่มตอน</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>เพิ่มข้อคำถาม</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ดูตัวอย่าง</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>นำเข้า JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>ส่งออก JSON…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>ตอนที่ %1</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>ข้อคำถามใหม่</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>ลบตอน</translation>
    </message>
    <message>
        <source>Remove “%1” and its %2 questions?</source>
        <translation>ลบ “%1” และข้อคำถาม %2 ข้อ?</translation>
    </message>
    <message>
        <source>Preview: answers are not stored</source>
        <translation>ตัวอย่าง: ไม่บันทึกคำตอบ</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>นำเข้าแบบประเมิน</translation>
    </message>
    <message>
        <source>Survey (*.json)</source>
        <translation>แบบประเมิน (*.json)</translation>
    </message>
    <message>
        <source>Export survey</source>
        <translation>ส่งออกแบบประเมิน</translation>
    </message>
    <message>
        <source>Survey not saved</source>
        <translation>ไม่ได้บันทึกแบบประเมิน</translation>
    </message>
    <message>
        <source>Survey saved</source>
        <translation>บันทึกแบบประเมินแล้ว</translation>
    </message>
    <message>
        <source>The survey already had answers, so it was saved as version %1. Earlier answers keep the questions they answered.</source>
        <translation>แบบประเมินนี้มีผู้ตอบแล้ว จึงบันทึกเป็นฉบับที่ %1 คำตอบเดิมยังอยู่กับข้อคำถามที่ตอบไว้</translation>
    </message>
</context>
<context>
    <name>SurveyForm</name>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>ส่งแบบประเมิน</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 / %2</translation>
    </message>
    <message>
        <source>Please answer every question marked *: %1</source>
        <translation>กรุณาตอบทุกข้อที่มีเครื่องหมาย *: %1</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Use the built-in form</source>
        <translation>ใช้แบบประเมินสำเร็จรูป</translation>
    </message>
    <message>
        <source>staff PIN</source>
        <translation>PIN เจ้าหน้าที่</translation>
    </message>
    <message>
        <source>Badge scan starts the form (one response each)</source>
        <translation>สแกนป้ายชื่อก่อนตอบ (ตอบได้คนละครั้ง)</translation>
    </message>
    <message>
        <source>Start kiosk</source>
        <translation>เปิดโหมดตู้ตอบแบบประเมิน</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>รหัส PIN:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>ผลการประเมิน</translation>
    </message>
    <message>
        <source>Paper entry</source>
        <translation>บันทึกจากกระดาษ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>แบบประเมิน</translation>
    </message>
    <message>
        <source>No survey yet: use the built-in form or build one under “Form”.</source>
        <translation>ยังไม่มีแบบประเมิน: ใช้แบบสำเร็จรูป หรือสร้างเองที่แท็บ “แบบประเมิน”</translation>
    </message>
    <message>
        <source>Choose or create an event first.</source>
        <translation>โปรดเลือกหรือสร้างกิจกรรมก่อน</translation>
    </message>
    <message>
        <source>answers linked to names</source>
        <translation>บันทึกชื่อผู้ตอบ</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ไม่ระบุตัวตน</translation>
    </message>
    <message>
        <source>version %1 · %2 · %3 responses</source>
        <translation>ฉบับที่ %1 · %2 · ผู้ตอบ %3 ชุด</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>โหมดตู้ตอบแบบประเมิน</translation>
    </message>
    <message>
        <source>Set a staff PIN of at least 4 digits first: it is needed to leave the kiosk.</source>
        <translation>โปรดตั้งรหัส PIN เจ้าหน้าที่อย่างน้อย 4 หลักก่อน ต้องใช้รหัสนี้เพื่อออกจากโหมดตู้</translation>
    </message>
</context>
</TS>
