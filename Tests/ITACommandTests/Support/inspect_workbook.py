#!/usr/bin/env python3
"""Reads a workbook with openpyxl (an independent reader) and prints what the tests check, as JSON.

`--parts FILE` prints every part of the zip container instead ({name: text}), for golden comparison."""
import json
import sys
import zipfile

if sys.argv[1] == "--parts":
    with zipfile.ZipFile(sys.argv[2]) as z:
        print(json.dumps({n: z.read(n).decode("utf-8", "replace") for n in z.namelist()}, ensure_ascii=False))
    sys.exit(0)

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": []}
for ws in wb.worksheets:
    fonts = set()
    cells = {}
    for row in ws.iter_rows():
        for c in row:
            fill = c.fill.fgColor.rgb if c.fill and c.fill.fill_type == "solid" else None
            if c.value is not None or c.comment is not None or fill:
                fonts.add((c.font.name, float(c.font.sz or 0)))
                cells[c.coordinate] = {"value": None if c.value is None else str(c.value), "type": c.data_type,
                                       "bold": bool(c.font.b), "wrap": bool(c.alignment.wrap_text),
                                       "vertical": c.alignment.vertical, "border": c.border.left.style,
                                       "fill": fill if isinstance(fill, str) else None,
                                       "numberFormat": c.number_format,
                                       "link": c.hyperlink.location if c.hyperlink is not None else None,
                                       "comment": c.comment.text if c.comment is not None else None}
    out["sheets"].append({
        "name": ws.title,
        "state": ws.sheet_state,
        "orientation": ws.page_setup.orientation,
        "paperSize": ws.page_setup.paperSize,
        "fitToWidth": ws.page_setup.fitToWidth,
        "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        "printTitleRows": ws.print_title_rows,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "fonts": sorted([list(f) for f in fonts]),
        "footer": ws.oddFooter.center.text,
        "margins": {"left": ws.page_margins.left, "right": ws.page_margins.right,
                    "top": ws.page_margins.top, "bottom": ws.page_margins.bottom},
        "validations": [{"type": dv.type, "range": str(dv.sqref), "formula": dv.formula1, "showError": bool(dv.showErrorMessage),
                         "promptTitle": dv.promptTitle, "prompt": dv.prompt} for dv in ws.data_validations.dataValidation],
        "rowBreaks": [b.id for b in ws.row_breaks.brk],
        "cells": cells,
    })
out["title"] = wb.properties.title
out["defaultFont"] = wb._fonts[0].name if wb._fonts else None
print(json.dumps(out, ensure_ascii=False))
