#!/usr/bin/env python3
"""Reads an XLSX file with openpyxl (an independent reader) and prints what the writer tests
check, as JSON: sheets (name, state, cells with value/type/font/number format, merged ranges,
page setup, print titles, header/footer, freeze panes, autofilter, data validations, comments,
hyperlinks, column widths), document properties, and the raw part list.

Usage: inspect_xlsx.py FILE            full inspection (openpyxl)
       inspect_xlsx.py --count FILE    row/cell counts and the last row per sheet (python-calamine, fast)
       inspect_xlsx.py --parts FILE    every part of the zip as {name: text} (for golden comparison)
"""
import json
import sys
import zipfile


def color(c):
    if c is None or c.rgb is None or not isinstance(c.rgb, str):
        return None
    return c.rgb[-6:]


def inspect(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    out = {"sheets": [], "parts": sorted(zipfile.ZipFile(path).namelist())}
    p = wb.properties
    out["properties"] = {
        "title": p.title, "subject": p.subject, "creator": p.creator, "keywords": p.keywords,
        "description": p.description, "created": p.created.isoformat() if p.created else None,
    }
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and not c.has_style:
                    continue
                v = c.value
                if hasattr(v, "isoformat"):
                    v = v.isoformat()
                elif v is not None and not isinstance(v, (str, int, float, bool)):
                    v = str(v)
                cells[c.coordinate] = {
                    "value": v, "type": c.data_type, "number_format": c.number_format,
                    "font": c.font.name, "size": c.font.sz, "bold": bool(c.font.b), "italic": bool(c.font.i),
                    "underline": c.font.u, "color": color(c.font.color),
                    "fill": color(c.fill.fgColor) if c.fill and c.fill.fill_type == "solid" else None,
                    "wrap": bool(c.alignment.wrap_text), "horizontal": c.alignment.horizontal,
                    "vertical": c.alignment.vertical, "border": c.border.left.style if c.border else None,
                }
        dv = []
        for v in ws.data_validations.dataValidation:
            dv.append({"sqref": str(v.sqref), "type": v.type, "formula1": v.formula1,
                       "promptTitle": v.promptTitle, "prompt": v.prompt})
        comments = {c.coordinate: {"text": c.comment.text, "author": c.comment.author}
                    for row in ws.iter_rows() for c in row if c.comment}
        links = {c.coordinate: {"location": c.hyperlink.location, "target": c.hyperlink.target}
                 for row in ws.iter_rows() for c in row if c.hyperlink}
        ps = ws.page_setup
        out["sheets"].append({
            "name": ws.title, "state": ws.sheet_state, "cells": cells,
            "merged": sorted(str(r) for r in ws.merged_cells.ranges),
            "orientation": ps.orientation, "paperSize": ps.paperSize,
            "fitToWidth": ps.fitToWidth, "fitToHeight": ps.fitToHeight,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr.fitToPage) if ws.sheet_properties.pageSetUpPr else False,
            "printTitleRows": ws.print_title_rows,
            "margins": {"left": ws.page_margins.left, "right": ws.page_margins.right,
                        "top": ws.page_margins.top, "bottom": ws.page_margins.bottom},
            "centerHorizontally": bool(ws.print_options.horizontalCentered),
            "header": ws.oddHeader.center.text or ws.oddHeader.left.text or ws.oddHeader.right.text,
            "footer": ws.oddFooter.center.text or ws.oddFooter.left.text or ws.oddFooter.right.text,
            "freezePanes": ws.freeze_panes, "autoFilter": ws.auto_filter.ref,
            "dataValidations": dv, "comments": comments, "hyperlinks": links,
            "columnWidths": {k: d.width for k, d in ws.column_dimensions.items() if d.customWidth},
            "rowHeights": {str(k): d.height for k, d in ws.row_dimensions.items() if d.height is not None},
            "charts": len(ws._charts),
        })
    out["active"] = wb.active.title if wb.active is not None else None
    return out


def count(path):
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(path)
    sheets = []
    for name in wb.sheet_names:
        rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
        sheets.append({"name": name, "rows": len(rows), "cells": sum(1 for r in rows for v in r if v != ""),
                       "first": [str(v) for v in rows[0]] if rows else [],
                       "last": [str(v) for v in rows[-1]] if rows else []})
    return {"sheets": sheets}


if __name__ == "__main__":
    if sys.argv[1] == "--parts":
        z = zipfile.ZipFile(sys.argv[2])
        print(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}, ensure_ascii=False))
    elif sys.argv[1] == "--count":
        print(json.dumps(count(sys.argv[2]), ensure_ascii=False))
    else:
        print(json.dumps(inspect(sys.argv[1]), ensure_ascii=False, default=str))
