#!/usr/bin/env python3
"""Reads the first sheet of an XLSX file with two independent readers and prints every cell as
JSON {"A1": {"openpyxl": [type, value], "calamine": [type, value]}}: numbers as float.hex() (the
exact double), errors as ["error", "#N/A"] (openpyxl; python-calamine's binding gives an error
cell as ""), text as ["string", text].

openpyxl reads the stored values (formulas would come back as "=..." text, so a formula where a
value belongs shows); python-calamine reads the cached values and tells errors apart.

Usage: read_exact_values.py FILE
"""
import json
import sys


def openpyxl_cells(path):
    import openpyxl
    ws = openpyxl.load_workbook(path).worksheets[0]
    out = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            if c.data_type == "e":
                out[c.coordinate] = ["error", c.value]
            elif isinstance(c.value, bool):
                out[c.coordinate] = ["bool", c.value]
            elif isinstance(c.value, (int, float)):
                out[c.coordinate] = ["number", float(c.value).hex()]
            else:
                out[c.coordinate] = ["string", str(c.value)]
    return out


def calamine_cells(path, refs):
    import python_calamine as pc
    from openpyxl.utils import get_column_letter
    sheet = pc.CalamineWorkbook.from_path(path).get_sheet_by_index(0)
    out = {}
    # The Python binding gives an error cell as "" (its Rust side knows the error); text stays text.
    for r, row in enumerate(sheet.to_python(skip_empty_area=False)):
        for c, v in enumerate(row):
            ref = f"{get_column_letter(c + 1)}{r + 1}"
            if ref not in refs and (v == "" or v is None):
                continue
            if isinstance(v, bool):
                out[ref] = ["bool", v]
            elif isinstance(v, (int, float)):
                out[ref] = ["number", float(v).hex()]
            else:
                out[ref] = ["string", v]
    return out


def main():
    path = sys.argv[1]
    a = openpyxl_cells(path)
    b = calamine_cells(path, set(a))
    print(json.dumps({ref: {"openpyxl": a.get(ref), "calamine": b.get(ref)} for ref in sorted(set(a) | set(b))},
                     ensure_ascii=False))


if __name__ == "__main__":
    main()
