#!/usr/bin/env python3
"""Writes a realistic large Thai workbook for the reader benchmarks (not committed).

    python3 scripts/perf/make-big-xlsx.py [OUT.xlsx] [ROWS] [--inline]
                                        (default /tmp/big-thai.xlsx, 200000 rows)

One sheet of ROWS x 6 columns as Excel lays it out (shared strings, styles, a header row),
written with XlsxWriter in its normal mode (so strings go to sharedStrings.xml), or with
--inline in constant_memory mode (strings written inline in the sheet, as streaming writers do):
  A  measure text: Thai phrases joined (a pool of repeats plus many unique ones)
  B  unit name (about 20 agencies)
  C  amount: Arabic numbers with #,##0.00, or Thai-digit text (about a fifth)
  D  13-digit citizen/tax ID written as text
  E  date with a d/m/yyyy format
  F  count (integer), status text, or empty
Needs: pip install xlsxwriter. Deterministic (fixed seed).
"""
import datetime as dt
import random
import sys

import xlsxwriter

args = [a for a in sys.argv[1:] if not a.startswith("--")]
inline = "--inline" in sys.argv
out = args[0] if args else "/tmp/big-thai.xlsx"
rows = int(args[1]) if len(args) > 1 else 200_000
rng = random.Random(2568)

PHRASES = [
    "การเปิดเผยข้อมูลสาธารณะ", "ตัวชี้วัดที่", "การจัดซื้อจัดจ้าง", "แผนการใช้จ่ายงบประมาณ", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
    "รายงานผลการดำเนินงาน", "รอบ ๖ เดือน", "การป้องกันการทุจริต", "มาตรการส่งเสริมคุณธรรม", "การบริหารทรัพยากรบุคคล",
    "ช่องทางการรับเรื่องร้องเรียน", "ข้อมูลผู้บริหาร", "โครงสร้างหน่วยงาน", "อำนาจหน้าที่", "กฎหมายที่เกี่ยวข้อง",
    "การมีส่วนร่วมของประชาชน", "ผลการวิเคราะห์ความเสี่ยง", "ประกาศเจตจำนงสุจริต", "การประเมินความพึงพอใจ", "ของผู้รับบริการ",
    "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "คู่มือการปฏิบัติงาน", "มาตรฐานการให้บริการ", "E-Service", "(ITA)",
]
UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม",
         "กองสวัสดิการสังคม", "หน่วยตรวจสอบภายใน", "กองยุทธศาสตร์และงบประมาณ", "กองการเจ้าหน้าที่", "งานนิติการ",
         "สำนักงานเลขานุการ", "กลุ่มงานบริหารทั่วไป", "ฝ่ายพัสดุ", "ฝ่ายแผนงาน", "ศูนย์ข้อมูลข่าวสาร",
         "กองป้องกันและบรรเทาสาธารณภัย", "กองส่งเสริมการเกษตร", "กองทะเบียนราษฎร", "กองพัฒนาชุมชน", "งานประชาสัมพันธ์"]
STATUS = ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ", "ยกเลิก"]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

pool = [" ".join(rng.sample(PHRASES, rng.randint(3, 6))) for _ in range(3000)]

wb = xlsxwriter.Workbook(out, {"constant_memory": inline})
ws = wb.add_worksheet("ข้อมูล")
head = wb.add_format({"bold": True})
money = wb.add_format({"num_format": "#,##0.00"})
date = wb.add_format({"num_format": "d/m/yyyy"})
text = wb.add_format({"num_format": "@"})
ws.write_row(0, 0, ["มาตรการ/ข้อมูล", "หน่วยงาน", "จำนวนเงิน (บาท)", "เลขประจำตัว", "วันที่", "จำนวน/สถานะ"], head)
base = dt.date(2024, 10, 1)
for r in range(1, rows + 1):
    if rng.random() < 0.6:
        measure = rng.choice(pool)
    else:
        measure = " ".join(rng.sample(PHRASES, rng.randint(2, 5))) + f" ข้อ {r}"
    ws.write_string(r, 0, measure)
    ws.write_string(r, 1, rng.choice(UNITS))
    if rng.random() < 0.2:
        ws.write_string(r, 2, f"{rng.randint(1, 9_999_999):,}".translate(THAI))
    else:
        ws.write_number(r, 2, round(rng.uniform(0, 5_000_000), 2), money)
    ws.write_string(r, 3, "".join(str(rng.randint(0, 9)) for _ in range(13)), text)
    if rng.random() < 0.95:
        ws.write_datetime(r, 4, dt.datetime.combine(base + dt.timedelta(days=rng.randint(0, 365)), dt.time()), date)
    x = rng.random()
    if x < 0.6:
        ws.write_number(r, 5, rng.randint(0, 5000))
    elif x < 0.85:
        ws.write_string(r, 5, rng.choice(STATUS))
    # else: empty
wb.close()
print(out)
