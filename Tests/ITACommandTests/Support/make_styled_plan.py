"""Writes a plan workbook as an agency's clerk would make it in Excel: two sheets, borders,
header fill, a status dropdown, column widths, a merge, print settings; one blank responsible
cell and one period outside the fiscal year (so the annotated copy has problems to mark)."""
import sys
from openpyxl import Workbook
from openpyxl.styles import Border, Font, PatternFill, Side, Alignment
from openpyxl.worksheet.datavalidation import DataValidation

wb = Workbook()
ws = wb.active
ws.title = "แผน"
thin = Side(style="thin")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.append(["แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2567"])
ws.merge_cells("A1:F1")
ws.append(["ลำดับ", "มาตรการ", "ขั้นตอนและวิธีการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การกำกับติดตาม"])
rows = [
    [1, "เผยแพร่ข้อมูลสาธารณะ", "ประกาศบนเว็บไซต์", "", "ม.ค. - มี.ค. 2567", "รายงานผลทุกเดือน"],
    [2, "ประชุมชี้แจงเรื่องผลประโยชน์ทับซ้อน", "จัดประชุม", "สำนักปลัด", "ต.ค. - ธ.ค. 2560", "รายงานผลทุกเดือน"],
    [3, "ตรวจสอบการใช้ทรัพย์สินของราชการ", "ตรวจทุกไตรมาส", "กองคลัง", "ม.ค. 2567", "รายงานผลทุกเดือน"],
]
for row in rows:
    ws.append(row)
for row in ws.iter_rows(min_row=2, max_row=5, max_col=6):
    for cell in row:
        cell.border = border
        cell.font = Font(name="TH SarabunPSK", size=16)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
for cell in ws[2]:
    cell.fill = PatternFill("solid", fgColor="FFC6E0B4")
    cell.font = Font(name="TH SarabunPSK", size=16, bold=True)
for column, width in zip("ABCDEF", [6, 30, 24, 16, 18, 20]):
    ws.column_dimensions[column].width = width
dv = DataValidation(type="list", formula1='"สำนักปลัด,กองคลัง,กองช่าง"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("D3:D20")
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
other = wb.create_sheet("หมายเหตุ")
other["A1"] = "ผู้จัดทำ: งานนิติการ"
other["A1"].fill = PatternFill("solid", fgColor="FFFFFF00")
other["A1"].border = border
wb.save(sys.argv[1])
