#!/usr/bin/env python3
"""Writes N realistic plan CSV files of M measures each (Thai text, Thai and Arabic digits mixed) into DIR.

    scripts/bench-validate-gen.py DIR [N=1000] [M=30]
"""
import os
import random
import sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
m = int(sys.argv[3]) if len(sys.argv) > 3 else 30
os.makedirs(out, exist_ok=True)
rng = random.Random(2564)
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
verbs = ["เผยแพร่", "ส่งเสริม", "ป้องกัน", "จัดทำ", "ประกาศ", "ทบทวน", "พัฒนา", "เปิดเผย", "ประเมิน", "ปรับปรุง"]
things = ["ข้อมูลสาธารณะ", "ผลประโยชน์ทับซ้อน", "คู่มือการปฏิบัติงาน", "นโยบายไม่รับของขวัญ", "ช่องทางร้องเรียนการทุจริต",
          "การจัดซื้อจัดจ้าง", "ความเสี่ยงการทุจริต", "คุณธรรมจริยธรรมของพนักงาน", "การใช้ทรัพย์สินของราชการ", "การมีส่วนร่วมของประชาชน"]
steps = ["ประชุมชี้แจงพนักงานเจ้าหน้าที่", "(1) จัดทำประกาศ (2) เผยแพร่ทางเว็บไซต์", "จัดอบรมให้ความรู้แก่บุคลากร",
         "ตรวจสอบและปรับปรุงข้อมูลให้เป็นปัจจุบัน", "รณรงค์ผ่านสื่อสังคมออนไลน์"]
units = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการฯ", "-สำนักปลัด -กองคลัง", "กองสาธารณสุขฯ", "ทุกกอง"]
periods = ["ม.ค.-มี.ค.{y}", "ต.ค.-ธ.ค. {p}", "เม.ย.-มิ.ย. {y}", "ไตรมาส 2", "ตลอดปีงบประมาณ", "1 ต.ค. 25{p} - 30 ก.ย. 25{y}", "ก.ค. - ก.ย. {y}"]
for i in range(n):
    fy = rng.choice([2564, 2565, 2566, 2567])
    y, p = str(fy)[2:], str(fy - 1)[2:]
    thai = i % 2 == 0
    lines = [f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {fy}",
             f"องค์การบริหารส่วนตำบลตัวอย่าง{i} อำเภอเมือง จังหวัดขอนแก่น",
             "\"ผลการวิเคราะห์ ITA ปีที่ผ่านมา: ประเด็นข้อบกพร่องหรือจุดอ่อน และประเด็นที่ต้องพัฒนาให้ดีขึ้น\"", "",
             "มาตรการ/แนวทาง,ขั้นตอนและวิธีการ,ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,การกำกับติดตาม"]
    for k in range(1, m + 1):
        title = f"({k}) {rng.choice(verbs)}{rng.choice(things)} ประจำปี {fy}"
        period = rng.choice(periods).format(y=y, p=p)
        row = [title, rng.choice(steps), rng.choice(units), period, "รายงานผลในการประชุมประจำเดือน" if k % 6 == 1 else ""]
        text = ",".join(f'"{c}"' if "," in c else c for c in row)
        lines.append(text.translate(THAI) if thai else text)
    with open(os.path.join(out, f"plan-{i:04d}.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
