#!/usr/bin/env python3
"""Reads a workbook with openpyxl (an independent reader) and prints what the tests check, as JSON."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    fonts = set()
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                fonts.add((c.font.name, float(c.font.sz or 0)))
                cells[c.coordinate] = {"value": str(c.value), "bold": bool(c.font.b), "wrap": bool(c.alignment.wrap_text),
                                       "vertical": c.alignment.vertical, "border": c.border.left.style}
    out["sheets"].append({
        "name": ws.title,
        "state": ws.sheet_state,
        "orientation": ws.page_setup.orientation,
        "paperSize": ws.page_setup.paperSize,
        "fitToWidth": ws.page_setup.fitToWidth,
        "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        "printTitleRows": ws.print_title_rows,
        "freeze": ws.freeze_panes,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "fonts": sorted([list(f) for f in fonts]),
        "footer": ws.oddFooter.center.text,
        "margins": {"left": ws.page_margins.left, "top": ws.page_margins.top},
        "cells": cells,
    })
out["title"] = wb.properties.title
print(json.dumps(out, ensure_ascii=False))
