<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="th">
<context>
    <name>ReportsPage</name>
    <message>
        <source>Attendance by sitting, sector and sex, with a chart</source>
        <translation>การเข้าร่วมรายช่วง ภาคส่วน และเพศ พร้อมแผนภูมิ</translation>
    </message>
    <message>
        <source>One row per participant with check-in times</source>
        <translation>รายชื่อผู้เข้าร่วมพร้อมเวลาลงทะเบียนแต่ละช่วง</translation>
    </message>
    <message>
        <source>Survey tables: items, aspects, before/after, KPI</source>
        <translation>ตารางผลการประเมินรายข้อ รายด้าน ก่อน/หลัง และ KPI</translation>
    </message>
    <message>
        <source>Open answers grouped by question</source>
        <translation>คำตอบปลายเปิดจัดกลุ่มตามคำถาม</translation>
    </message>
    <message>
        <source>One row per survey response, for re-analysis</source>
        <translation>หนึ่งแถวต่อแบบประเมินหนึ่งชุด สำหรับวิเคราะห์ซ้ำ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>One Excel workbook for the officials, in Thai, ready to print and to copy from.</source>
        <translation>ไฟล์ Excel ฉบับเดียวสำหรับส่งหน่วยงาน เป็นภาษาไทย พร้อมพิมพ์และคัดลอกตารางไปใช้</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <source>Set %1 (%2)</source>
        <translation>ชุด %1 (%2)</translation>
    </message>
    <message>
        <source>Mean ÷ 5 × 100</source>
        <translation>ค่าเฉลี่ย ÷ 5 × 100</translation>
    </message>
    <message>
        <source>Share of answers at 4 or 5</source>
        <translation>ร้อยละของคำตอบระดับ 4–5</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>Interpretation bands:</source>
        <translation>เกณฑ์แปลความหมาย:</translation>
    </message>
    <message>
        <source>Satisfaction KPI:</source>
        <translation>ตัวชี้วัดความพึงพอใจ (KPI):</translation>
    </message>
    <message>
        <source>Font in the workbook:</source>
        <translation>แบบอักษรในไฟล์:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>บันทึกรายงาน…</translation>
    </message>
    <message>
        <source>Export participants…</source>
        <translation>ส่งออกรายชื่อผู้เข้าร่วม…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>บันทึกรายงาน</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>ไฟล์ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>กำลังบันทึกรายงาน…</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>ส่งออกรายชื่อผู้เข้าร่วม</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV UTF-8 (*.csv)</source>
        <translation>ไฟล์ Excel (*.xlsx);;CSV UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting participants…</source>
        <translation>กำลังส่งออกรายชื่อผู้เข้าร่วม…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 participants, %3 responses).</source>
        <translation>บันทึก %1 แล้ว (ผู้เข้าร่วม %2 คน แบบประเมิน %3 ชุด)</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>บันทึกรายงานแล้ว</translation>
    </message>
    <message>
        <source>Exported %1 participants to %2.</source>
        <translation>ส่งออกรายชื่อผู้เข้าร่วม %1 คน ไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <source>Participants exported</source>
        <translation>ส่งออกรายชื่อแล้ว</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>ยกเลิกแล้ว: ไม่มีการบันทึกไฟล์</translation>
    </message>
    <message>
        <source>%1 cannot be written: is it open in Excel? Close it and save again.</source>
        <translation>บันทึก %1 ไม่ได้: ไฟล์อาจเปิดอยู่ใน Excel โปรดปิดไฟล์แล้วบันทึกอีกครั้ง</translation>
    </message>
    <message>
        <source>Report failed</source>
        <translation>สร้างรายงานไม่สำเร็จ</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>ไม่สามารถบันทึกไฟล์ได้</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>ไม่ได้บันทึกรายงาน</translation>
    </message>
</context>
</TS>