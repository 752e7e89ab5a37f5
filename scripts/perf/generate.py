#!/usr/bin/env python3
"""Benchmark inputs (deterministic): a realistic Thai table of ROWS × 6 columns as CSV and as
XLSX with shared strings (as Excel writes it), and a results table of 10,000 measures for
`ita export`. (The 1,000 plans for `ita validate` come from scripts/bench-validate-gen.py.)

Columns: ลำดับ (Thai digits), มาตรการ (long Thai text), เลขประจำตัว (13-digit ID, text),
วันที่ (a date: ISO text in the CSV, a date-formatted number in the XLSX), งบประมาณ (Arabic
digits, a number in the XLSX; Thai digits as text every 7th row), ผู้รับผิดชอบ (empty every 5th row).
No field holds a comma, quote or line break, so the C baseline can split on commas.

    generate.py OUTDIR [ROWS] [all|csv|xlsx|xlsx-inline|ita]
"""
import datetime as dt
import os
import random
import sys

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
WORDS = ["จัดทำ", "แผนปฏิบัติการ", "ป้องกันการทุจริต", "เผยแพร่", "ข้อมูลข่าวสาร", "ผ่านเว็บไซต์", "ส่งเสริม",
         "การมีส่วนร่วม", "ของประชาชน", "ประชุมชี้แจง", "พนักงานเจ้าหน้าที่", "องค์การบริหารส่วนตำบล", "คุณธรรม",
         "ความโปร่งใส", "ประจำปีงบประมาณ", "ผลประโยชน์ทับซ้อน", "ทรัพย์สินของราชการ", "ตรวจสอบ", "รายงานผล",
         "ไตรมาส", "คณะทำงาน", "ประกาศ", "เจตจำนง", "สุจริต"]
UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษาฯ", "กองสวัสดิการสังคม", "งานบริหารงานบุคคล"]
HEADER = ["ลำดับ", "มาตรการ/แนวทาง", "เลขประจำตัว", "วันที่", "งบประมาณ", "ผู้รับผิดชอบ"]


def rows(n):
    rnd = random.Random(2564)
    pool = [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(20, 34))) for _ in range(20_000)]
    start = dt.date(2020, 10, 1)
    for i in range(1, n + 1):
        ident = f"{rnd.randint(1, 8)}{rnd.randint(0, 10**12 - 1):012d}"
        date = start + dt.timedelta(days=rnd.randint(0, 364))
        amount = round(rnd.uniform(0, 500_000), 2)
        amount_cell = str(amount).translate(THAI_DIGITS) if i % 7 == 0 else amount
        unit = "" if i % 5 == 0 else rnd.choice(UNITS)
        yield [f"({i})".translate(THAI_DIGITS), pool[rnd.randrange(len(pool))], ident, date, amount_cell, unit]


def write_csv(path, n):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(HEADER) + "\r\n")
        for r in rows(n):
            f.write(",".join(v.isoformat() if isinstance(v, dt.date) else str(v) for v in r) + "\r\n")


def write_xlsx(path, n, inline=False):
    """Shared strings as Excel writes them; `inline` (constant_memory) writes them in the sheet,
    as streaming writers do."""
    import xlsxwriter
    wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False, "constant_memory": inline})
    ws = wb.add_worksheet("big")
    bold = wb.add_format({"bold": True})
    date = wb.add_format({"num_format": "d/m/yyyy"})
    ws.write_row(0, 0, HEADER, bold)
    for r, row in enumerate(rows(n), start=1):
        for c, v in enumerate(row):
            if v == "":
                continue
            if isinstance(v, dt.date):
                ws.write_datetime(r, c, dt.datetime(v.year, v.month, v.day), date)
            elif isinstance(v, float):
                ws.write_number(r, c, v)
            else:
                ws.write_string(r, c, v)
    wb.close()


RESULT_HEADER = "มาตรการ/แนวทาง,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,ผลการดำเนินการ,ข้อเสนอแนะ"
PLAN_HEADER = "มาตรการ/แนวทาง,ขั้นตอนและวิธีการ/ปฏิบัติ,ผู้รับผิดชอบ,ระยะเวลา ดำเนินการ,การกำกับ ติดตาม"
PERIODS = ["ต.ค.-ธ.ค.๖๓", "ม.ค.-มี.ค.๖๔", "เม.ย.-มิ.ย.๖๔", "ก.ค.-ก.ย.๖๔", "ตลอดปีงบประมาณ ๒๕๖๔"]


def measure_text(rnd, k):
    return " ".join(rnd.choice(WORDS) for _ in range(k))


def write_results(path, n):
    rnd = random.Random(43)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(RESULT_HEADER + "\r\n")
        for i in range(1, n + 1):
            num = f"({i})".translate(THAI_DIGITS)
            day = str(rnd.randint(1, 28)).translate(THAI_DIGITS)
            f.write(f"{num} {measure_text(rnd, 6)},{measure_text(rnd, 8)},{rnd.choice(UNITS)},{rnd.choice(PERIODS)},"
                    f"ดำเนินการแล้ว เมื่อวันที่ {day} มีนาคม ๒๕๖๔ {measure_text(rnd, 10)},{measure_text(rnd, 5)}\r\n")


if __name__ == "__main__":
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    os.makedirs(out, exist_ok=True)
    what = sys.argv[3] if len(sys.argv) > 3 else "all"
    if what in ("all", "csv"):
        write_csv(os.path.join(out, "big.csv"), n)
    if what in ("all", "xlsx"):
        write_xlsx(os.path.join(out, "big.xlsx"), n)
    if what == "xlsx-inline":
        write_xlsx(os.path.join(out, "big-inline.xlsx"), n, inline=True)
    if what in ("all", "ita"):
        write_results(os.path.join(out, "results-10000.csv"), 10_000)
