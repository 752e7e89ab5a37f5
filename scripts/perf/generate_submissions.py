#!/usr/bin/env python3
"""A reviewer's folder for the `ita batch` benchmark: N agencies, each a plan and a results report
as two files in mixed formats (XLSX by XlsxWriter, CSV, tab-separated text), 5 % of the files
broken or hostile (cut workbooks, binary data, empty files, an XLSX whose sheet inflates 1000×).

    python3 scripts/perf/generate_submissions.py DIR [N=2000]
"""
import io
import os
import random
import sys
import zipfile

import xlsxwriter

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000
random.seed(2564)
os.makedirs(out, exist_ok=True)

PROVINCES = [("ขอนแก่น", ["เมือง", "ชุมแพ", "น้ำพอง", "บ้านไผ่"]), ("นครราชสีมา", ["บัวใหญ่", "โนนสูง", "ปักธงชัย", "สีคิ้ว"]),
             ("อุดรธานี", ["เมือง", "กุมภวาปี", "หนองหาน"]), ("เชียงใหม่", ["สันทราย", "แม่ริม", "ฝาง"])]
UNITS = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการสังคม"]
TOPICS = ["เผยแพร่ข้อมูลข่าวสารผ่านเว็บไซต์", "ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง", "เปิดช่องทางร้องเรียนการทุจริต",
          "อบรมคุณธรรมจริยธรรมให้บุคลากร", "ประกาศนโยบายไม่รับของขวัญ", "ทบทวนคู่มือการปฏิบัติงาน", "เปิดเผยข้อมูลการใช้จ่ายงบประมาณ",
          "สำรวจความพึงพอใจผู้รับบริการ", "จัดทำแนวทางการใช้ทรัพย์สินของราชการ", "ประเมินผลการปฏิบัติงานอย่างเป็นธรรม",
          "ส่งเสริมการมีส่วนร่วมของประชาชน", "ตรวจสอบภายในประจำปี"]
QUARTERS = [("ต.ค. 63 - ธ.ค. 63", "15 พฤศจิกายน 2563"), ("ม.ค. 64 - มี.ค. 64", "10 กุมภาพันธ์ 2564"),
            ("เม.ย. 64 - มิ.ย. 64", "20 พฤษภาคม 2564"), ("ก.ค. 64 - ก.ย. 64", "5 สิงหาคม 2564")]
PLAN = ["ลำดับ", "มาตรการ/แนวทาง", "ขั้นตอนและวิธีการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การกำกับติดตาม"]
RESULTS = ["ลำดับ", "มาตรการ/แนวทาง", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "ผลการดำเนินการ", "สถานะ", "ข้อเสนอแนะ"]
ANALYSIS = "ผลการวิเคราะห์ ITA ปีที่ผ่านมา: ประเด็นข้อบกพร่องหรือจุดอ่อน คือ การเปิดเผยข้อมูล"


def documents(i):
    province, districts = PROVINCES[i % len(PROVINCES)]
    district = districts[i % len(districts)]
    agency = f"องค์การบริหารส่วนตำบลบ้าน{i:04d}"
    short = f"อบต.บ้าน{i:04d}" if i % 3 == 0 else agency
    measures = []
    for k in range(random.randint(6, 14)):
        period, date = QUARTERS[k % 4]
        measures.append((f"{TOPICS[k % len(TOPICS)]} ครั้งที่ {k // len(TOPICS) + 1}", "ดำเนินการตามแผนและรายงานผู้บริหาร",
                         random.choice(UNITS), period, date))
    plan_lines = [f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2564",
                  f"{agency} อำเภอ{district} จังหวัด{province}", ANALYSIS]
    plan_rows = [[k + 1, m[0], m[1], m[2], m[3], "รายงานทุกไตรมาส"] for k, m in enumerate(measures)]
    results_lines = [f"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2564",
                     f"{short} อำเภอ{district} จังหวัด{province}"]
    statuses = ["ดำเนินการแล้ว", "ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ดำเนินการ"]
    results_rows = [[k + 1, m[0], m[2], m[3], f"ดำเนินการแล้ว เมื่อวันที่ {m[4]}", random.choice(statuses), ""]
                    for k, m in enumerate(measures) if random.random() > 0.05]
    return (plan_lines, PLAN, plan_rows), (results_lines, RESULTS, results_rows)


def field(v):
    t = str(v)
    return '"' + t.replace('"', '""') + '"' if any(c in t for c in ',"\n') else t


def write(path, doc, fmt):
    lines, header, rows = doc
    if fmt == "xlsx":
        wb = xlsxwriter.Workbook(path)
        ws = wb.add_worksheet()
        r = 0
        for line in lines:
            ws.write_string(r, 0, line); r += 1
        r += 1
        for row in [header] + rows:
            for c, v in enumerate(row):
                ws.write(r, c, v)
            r += 1
        wb.close()
    else:
        sep = "," if fmt == "csv" else "\t"
        text = "\n".join([field(l) if sep == "," else l for l in lines] + [""] +
                         [sep.join(field(v) if sep == "," else str(v) for v in row) for row in [header] + rows]) + "\n"
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


def hostile(path, kind):
    if kind == 0:    # a workbook cut short
        buf = io.BytesIO(); write_xlsx_bytes(buf); data = buf.getvalue()[:400]
    elif kind == 1:  # binary data named .csv
        data = bytes(random.getrandbits(8) for _ in range(4096))
    elif kind == 2:  # empty
        data = b""
    else:            # an XLSX whose sheet inflates 1000 times (a small zip bomb)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
            z.writestr("xl/worksheets/sheet1.xml", b" " * (20 << 20))
        data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)


def write_xlsx_bytes(buf):
    wb = xlsxwriter.Workbook(buf, {"in_memory": True})
    wb.add_worksheet().write(0, 0, "มาตรการ")
    wb.close()


formats = ["csv", "xlsx", "txt"]
ext = {"csv": "csv", "xlsx": "xlsx", "txt": "txt"}
broken = 0
for i in range(n):
    plan, results = documents(i)
    folder = os.path.join(out, f"d{i % 40:02d}")
    os.makedirs(folder, exist_ok=True)
    for kind, doc in (("plan", plan), ("results", results)):
        fmt = formats[(i + (kind == "results")) % 3]
        path = os.path.join(folder, f"{i:04d}-{kind}.{ext[fmt]}")
        if random.random() < 0.05:
            hostile(path[: -len(ext[fmt])] + ["xlsx", "csv", "txt", "xlsx"][broken % 4], broken % 4)
            broken += 1
        else:
            write(path, doc, fmt)
print(f"{2 * n} files, {broken} broken or hostile, in {out}")
