import CXLSXWriter
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The one C-call layer over libxlsxwriter 1.1.4.
//
// This is the ONLY file that calls `workbook_*`, `worksheet_*`, `format_*` and `chart_*`.
// Every call takes 0-based C coordinates from 1-based Swift ones here, passes NUL-terminated
// copies (`withCString`), and turns an `lxw_error` into a `SheetsError` through `LXWError`,
// which matches codes BY SYMBOL: the numeric values shift between libxlsxwriter versions
// (1.1.8 inserted `LXW_ERROR_PARAMETER_IS_EMPTY` in the middle of the enum).
//
// The callers (XLSXWriter.swift) have already guarded what 1.1.4 does not check itself
// (XLSXWriter+Guards.swift): NaN/Inf, empty strings, long lists, overlapping merges, limits.

typealias LXWWorkbook = UnsafeMutablePointer<lxw_workbook>
typealias LXWSheet = UnsafeMutablePointer<lxw_worksheet>
typealias LXWFormat = UnsafeMutablePointer<lxw_format>

/// An `lxw_error` as an open value (habit 4): known codes are named, an unknown one still
/// prints through `lxw_strerror`.
struct LXWError: Hashable, CustomStringConvertible {
    let raw: lxw_error

    /// What the caller should see: the toolkit's stable code for this C error.
    var sheetsCode: SheetsError.Code {
        switch raw {
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED, LXW_ERROR_32_STRING_LENGTH_EXCEEDED,
             LXW_ERROR_128_STRING_LENGTH_EXCEEDED, LXW_ERROR_255_STRING_LENGTH_EXCEEDED,
             LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE,
             LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED, LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED:
            return .limitExceeded
        case LXW_ERROR_PARAMETER_VALIDATION, LXW_ERROR_NULL_PARAMETER_IGNORED,
             LXW_ERROR_INVALID_SHEETNAME_CHARACTER, LXW_ERROR_SHEETNAME_START_END_APOSTROPHE,
             LXW_ERROR_SHEETNAME_ALREADY_USED, LXW_ERROR_FEATURE_NOT_SUPPORTED,
             LXW_ERROR_IMAGE_DIMENSIONS, LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND:
            return .invalidArgument
        case LXW_ERROR_MEMORY_MALLOC_FAILED, LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE,
             LXW_ERROR_READING_TMPFILE, LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR,
             LXW_ERROR_ZIP_BAD_ZIP_FILE, LXW_ERROR_ZIP_INTERNAL_ERROR, LXW_ERROR_ZIP_FILE_ADD,
             LXW_ERROR_ZIP_CLOSE:
            return .writeFailed
        default:
            // A code this build does not name (a newer libxlsxwriter): still a failure.
            return .writeFailed
        }
    }

    /// libxlsxwriter's own wording (`lxw_strerror`), which also covers unknown codes.
    var description: String {
        guard let text = lxw_strerror(raw) else { return "libxlsxwriter error \(raw.rawValue)" }
        return String(cString: text)
    }
}

enum LXW {
    /// Turns a return code into a typed error naming the operation and the place.
    static func check(
        _ rc: lxw_error, _ operation: String, sheet: String? = nil, at address: CellAddress? = nil
    ) throws(SheetsError) {
        guard rc != LXW_NO_ERROR else { return }
        let error = LXWError(raw: rc)
        throw SheetsError(error.sheetsCode, "\(operation): \(error)", part: sheet, address: address)
    }

    static func row(_ row: Int) -> lxw_row_t { lxw_row_t(row - 1) }
    static func col(_ column: Int) -> lxw_col_t { lxw_col_t(column - 1) }

    // MARK: - Workbook

    static func newWorkbook(path: String, constantMemory: Bool) -> LXWWorkbook? {
        var options = lxw_workbook_options(constant_memory: constantMemory ? 1 : 0, tmpdir: nil, use_zip64: 0)
        return path.withCString { workbook_new_opt($0, &options) }
    }

    /// `workbook_close` frees the workbook on every path, success or not. It writes the creation
    /// time through C's `gmtime`, whose one static buffer two closes on two threads overwrite
    /// (a test saw another workbook's "now" in its fixed date): closes take turns.
    static func close(_ workbook: LXWWorkbook) -> LXWError? {
        let rc = closing.withLock { _ in workbook_close(workbook) }
        return rc == LXW_NO_ERROR ? nil : LXWError(raw: rc)
    }

    private static let closing = Mutex(())

    /// Frees a workbook that was never closed: nothing is written.
    static func freeUnclosed(_ workbook: LXWWorkbook) { lxw_workbook_free(workbook) }

    /// The name must already be sanitized (SheetName); libxlsxwriter rejects bad ones with NULL.
    static func addSheet(_ workbook: LXWWorkbook, name: String) -> LXWSheet? {
        name.withCString { workbook_add_worksheet(workbook, $0) }
    }

    static func addFormat(_ workbook: LXWWorkbook, _ style: CellStyle) -> LXWFormat? {
        guard let format = workbook_add_format(workbook) else { return nil }
        if let name = style.fontName { name.withCString { format_set_font_name(format, $0) } }
        if let size = style.fontSize { format_set_font_size(format, size) }
        if style.bold { format_set_bold(format) }
        if style.italic { format_set_italic(format) }
        if style.underline { format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue)) }
        if let color = style.fontColor { format_set_font_color(format, lxw_color_t(color)) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, lxw_color_t(fill))
        }
        if style.wrap { format_set_text_wrap(format) }
        switch style.horizontal {
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        case nil: break
        }
        switch style.vertical {
        case .top: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .bottom: format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_BOTTOM.rawValue))
        case nil: break
        }
        if style.border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let numberFormat = style.numberFormat { numberFormat.withCString { format_set_num_format(format, $0) } }
        return format
    }

    /// Changes the font of the workbook's default format (format 0, the "Normal" style), which sets
    /// the width of a column unit in every office program. 1.1.4 has no API for it: the default
    /// format is the first of `workbook->formats`, created by `workbook_new_opt`. The theme scheme
    /// is cleared, or Excel would show the theme's font (Calibri) instead of the name.
    static func setDefaultFont(_ workbook: LXWWorkbook, name: String, size: Double) -> Bool {
        guard let formats = workbook.pointee.formats, let first = formats.pointee.stqh_first else { return false }
        name.withCString { format_set_font_name(first, $0) }
        format_set_font_size(first, size)
        "".withCString { format_set_font_scheme(first, $0) }
        return true
    }

    static func setProperties(
        _ workbook: LXWWorkbook, title: String?, subject: String?, author: String?, company: String?,
        keywords: String?, comments: String?, created: Int?
    ) throws(SheetsError) {
        // libxlsxwriter copies every string (lxw_strdup) before returning.
        let rc = withOptionalCStrings([title, subject, author, company, keywords, comments]) { p in
            var props = lxw_doc_properties()
            props.title = p[0]; props.subject = p[1]; props.author = p[2]
            props.company = p[3]; props.keywords = p[4]; props.comments = p[5]
            if let created { props.created = time_t(created) }
            return workbook_set_properties(workbook, &props)
        }
        try check(rc, "setting document properties")
    }

    // MARK: - Cells

    static func writeString(_ ws: LXWSheet, _ a: CellAddress, _ text: String, _ f: LXWFormat?, sheet: String) throws(SheetsError) {
        precondition(!text.isEmpty, "empty strings are written as blanks")
        let rc = text.withCString { worksheet_write_string(ws, row(a.row), col(a.column), $0, f) }
        try check(rc, "writing text", sheet: sheet, at: a)
    }

    static func writeNumber(_ ws: LXWSheet, _ a: CellAddress, _ number: Double, _ f: LXWFormat?, sheet: String) throws(SheetsError) {
        precondition(number.isFinite, "NaN and Inf are rejected before the C call")
        try check(worksheet_write_number(ws, row(a.row), col(a.column), number, f), "writing a number", sheet: sheet, at: a)
    }

    /// The text libxlsxwriter 1.1.4 writes in a number cell's `<v>`: the distribution's build
    /// (without `USE_DTOA_LIBRARY`, so `lxw_sprintf_dbl` is the macro over `%.16G`, not exported)
    /// prints 16 significant digits (in the process's numeric locale, "C" unless a caller changes it).
    static func numberText(_ number: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            _ = withVaList([number]) { vsnprintf(buffer.baseAddress, buffer.count, "%.16G", $0) }
            return String(cString: buffer.baseAddress!)
        }
    }

    static func writeBool(_ ws: LXWSheet, _ a: CellAddress, _ value: Bool, _ f: LXWFormat?, sheet: String) throws(SheetsError) {
        try check(worksheet_write_boolean(ws, row(a.row), col(a.column), value ? 1 : 0, f), "writing a boolean", sheet: sheet, at: a)
    }

    static func writeBlank(_ ws: LXWSheet, _ a: CellAddress, _ f: LXWFormat?, sheet: String) throws(SheetsError) {
        try check(worksheet_write_blank(ws, row(a.row), col(a.column), f), "writing a blank", sheet: sheet, at: a)
    }

    /// Only for the fixed error literals (`#N/A` …), never for user text. 1.1.4 has no error cell:
    /// this writes `=#N/A` with its result as text, which `XLSXWriter.close()` rewrites (`ExactCell`).
    static func writeErrorFormula(_ ws: LXWSheet, _ a: CellAddress, literal: String, _ f: LXWFormat?, sheet: String) throws(SheetsError) {
        let rc = ("=" + literal).withCString { formula in
            literal.withCString { worksheet_write_formula_str(ws, row(a.row), col(a.column), formula, f, $0) }
        }
        try check(rc, "writing an error value", sheet: sheet, at: a)
    }

    static func writeInternalURL(
        _ ws: LXWSheet, _ a: CellAddress, url: String, text: String?, _ f: LXWFormat?, sheet: String
    ) throws(SheetsError) {
        let rc = url.withCString { u in
            withOptionalCStrings([text]) { worksheet_write_url_opt(ws, row(a.row), col(a.column), u, f, $0[0], nil) }
        }
        try check(rc, "writing a link", sheet: sheet, at: a)
    }

    static func writeComment(_ ws: LXWSheet, _ a: CellAddress, text: String, author: String?, sheet: String) throws(SheetsError) {
        precondition(!text.isEmpty, "empty comments overflow the heap in 1.1.4 (#446)")
        let rc = text.withCString { t in
            withOptionalCStrings([author]) { p in
                var options = lxw_comment_options()
                options.author = p[0]
                return worksheet_write_comment_opt(ws, row(a.row), col(a.column), t, &options)
            }
        }
        try check(rc, "writing a comment", sheet: sheet, at: a)
    }

    /// Registers a merged range; the first cell gets a formatted blank (the caller overwrites it
    /// with the real value). `""` is safe here: `worksheet_write_string` turns an empty string into
    /// `worksheet_write_blank` before touching it (checked in 1.1.4).
    static func mergeRange(_ ws: LXWSheet, _ r: CellRange, _ f: LXWFormat?, sheet: String) throws(SheetsError) {
        let rc = worksheet_merge_range(
            ws, row(r.start.row), col(r.start.column), row(r.end.row), col(r.end.column), "", f)
        try check(rc, "merging \(r.a1)", sheet: sheet, at: r.start)
    }

    // MARK: - Layout

    static func setColumns(_ ws: LXWSheet, _ columns: ClosedRange<Int>, width: Double, _ f: LXWFormat?, sheet: String) throws(SheetsError) {
        let rc = worksheet_set_column(ws, col(columns.lowerBound), col(columns.upperBound), width, f)
        try check(rc, "setting column width", sheet: sheet)
    }

    static func setRow(_ ws: LXWSheet, _ rowNumber: Int, height: Double, sheet: String) throws(SheetsError) {
        try check(worksheet_set_row(ws, row(rowNumber), height, nil), "setting row height", sheet: sheet,
                  at: CellAddress(row: rowNumber, column: 1))
    }

    static func freezePanes(_ ws: LXWSheet, _ a: CellAddress) {
        worksheet_freeze_panes(ws, row(a.row), col(a.column))
    }

    static func autofilter(_ ws: LXWSheet, _ r: CellRange, sheet: String) throws(SheetsError) {
        let rc = worksheet_autofilter(ws, row(r.start.row), col(r.start.column), row(r.end.row), col(r.end.column))
        try check(rc, "setting an autofilter on \(r.a1)", sheet: sheet)
    }

    static func hide(_ ws: LXWSheet) { worksheet_hide(ws) }

    /// Page breaks above the given 1-based rows (the caller checks them: ≤ 1,023, within the grid).
    static func setRowBreaks(_ ws: LXWSheet, _ rows: [Int], sheet: String) throws(SheetsError) {
        var breaks = rows.map { row($0) } + [0]
        let rc = breaks.withUnsafeMutableBufferPointer { worksheet_set_h_pagebreaks(ws, $0.baseAddress) }
        try check(rc, "setting page breaks", sheet: sheet)
    }
    static func activate(_ ws: LXWSheet) { worksheet_activate(ws) }

    // MARK: - Page setup

    static func applyPageSetup(_ ws: LXWSheet, _ setup: PageSetup, header: String?, footer: String?, sheet: String) throws(SheetsError) {
        if setup.landscape { worksheet_set_landscape(ws) } else { worksheet_set_portrait(ws) }
        if setup.paperA4 { worksheet_set_paper(ws, 9) }
        if let wide = setup.fitToPagesWide { worksheet_fit_to_pages(ws, UInt16(wide), 0) }
        if let m = setup.margins { worksheet_set_margins(ws, m.left, m.right, m.top, m.bottom) }
        if let rows = setup.repeatRows {
            try check(worksheet_repeat_rows(ws, row(rows.lowerBound), row(rows.upperBound)), "repeating rows", sheet: sheet)
        }
        if let header {
            try check(header.withCString { worksheet_set_header(ws, $0) }, "setting the page header", sheet: sheet)
        }
        if let footer {
            try check(footer.withCString { worksheet_set_footer(ws, $0) }, "setting the page footer", sheet: sheet)
        }
        if setup.centerHorizontally { worksheet_center_horizontally(ws) }
    }

    // MARK: - Data validation

    /// An inline list. The caller guarantees the joined, quoted list is ≤ 255 UTF-8 bytes: 1.1.4
    /// counts characters but copies bytes into a 258-byte buffer (abort with Thai text, #394).
    static func validateList(
        _ ws: LXWSheet, _ r: CellRange, items: [String], title: String?, message: String?, showError: Bool = true,
        sheet: String
    ) throws(SheetsError) {
        var list: [UnsafeMutablePointer<CChar>?] = items.map { strdup($0) }
        list.append(nil)
        defer { for p in list { free(p) } }
        let rc = list.withUnsafeMutableBufferPointer { buffer in
            dataValidation(ws, r, title: title, message: message, showError: showError) { dv in
                dv.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
                dv.value_list = buffer.baseAddress
            }
        }
        try check(rc, "adding a dropdown list on \(r.a1)", sheet: sheet, at: r.start)
    }

    static func validateListFormula(
        _ ws: LXWSheet, _ r: CellRange, formula: String, title: String?, message: String?, showError: Bool = true,
        sheet: String
    ) throws(SheetsError) {
        let rc = withOptionalCStrings([formula]) { p in
            dataValidation(ws, r, title: title, message: message, showError: showError) { dv in
                dv.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
                dv.value_formula = p[0]
            }
        }
        try check(rc, "adding a dropdown list on \(r.a1)", sheet: sheet, at: r.start)
    }

    /// An input message with no restriction (`LXW_VALIDATION_TYPE_ANY`): a hint shown when the
    /// cell is selected.
    static func inputHint(_ ws: LXWSheet, _ r: CellRange, title: String?, message: String, sheet: String) throws(SheetsError) {
        let rc = dataValidation(ws, r, title: title, message: message, showError: true) { dv in
            dv.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
        try check(rc, "adding an input hint on \(r.a1)", sheet: sheet, at: r.start)
    }

    /// `worksheet_data_validation_range` with the input title and message every kind shares;
    /// `configure` sets the kind and its list or formula (pointers valid only during the call).
    private static func dataValidation(
        _ ws: LXWSheet, _ r: CellRange, title: String?, message: String?, showError: Bool,
        configure: (inout lxw_data_validation) -> Void
    ) -> lxw_error {
        withOptionalCStrings([title, message]) { p in
            var dv = lxw_data_validation()
            dv.input_title = p[0]
            dv.input_message = p[1]
            if !showError { dv.show_error = UInt8(LXW_VALIDATION_OFF.rawValue) }
            configure(&dv)
            return worksheet_data_validation_range(
                ws, row(r.start.row), col(r.start.column), row(r.end.row), col(r.end.column), &dv)
        }
    }
}

extension LXW {
    /// A column (or bar) chart with sized fonts, axis titles, data labels, a fill colour and a
    /// size (`worksheet_insert_chart_opt` scales the default 480 × 288 pixels).
    static func insertColumnChart(
        _ workbook: LXWWorkbook, _ ws: LXWSheet, at a: CellAddress, offsetY: Int = 0, _ spec: ColumnChart, sheet: String
    ) throws(SheetsError) {
        let type = spec.horizontal ? LXW_CHART_BAR : LXW_CHART_COLUMN
        guard let chart = workbook_add_chart(workbook, UInt8(type.rawValue)),
              let series = chart_add_series(chart, nil, nil)
        else { throw SheetsError(.writeFailed, "could not create a chart", part: sheet, address: a) }
        // The x axis is the horizontal one whatever the type: a bar chart's categories are on y.
        let categoryAxis = spec.horizontal ? chart.pointee.y_axis : chart.pointee.x_axis
        let valueAxis = spec.horizontal ? chart.pointee.x_axis : chart.pointee.y_axis
        let c = spec.categories.range, v = spec.values.range
        spec.categories.sheet.withCString {
            chart_series_set_categories(series, $0, row(c.start.row), col(c.start.column), row(c.end.row), col(c.end.column))
        }
        spec.values.sheet.withCString {
            chart_series_set_values(series, $0, row(v.start.row), col(v.start.column), row(v.end.row), col(v.end.column))
        }
        if let name = spec.seriesName { name.withCString { chart_series_set_name(series, $0) } }
        else { chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_NONE.rawValue)) }
        if let color = spec.fill {
            var fill = lxw_chart_fill()
            fill.color = lxw_color_t(color & 0xFF_FFFF)
            chart_series_set_fill(series, &fill)
        }
        // libxlsxwriter copies names and fonts (lxw_strdup) before returning.
        withOptionalCStrings([spec.fontName, spec.title, spec.categoryAxisTitle, spec.valueAxisTitle]) { p in
            func font(_ size: Double?, bold: Bool = false) -> lxw_chart_font {
                var f = lxw_chart_font()
                f.name = p[0]
                if let size { f.size = size }
                if bold { f.bold = 1 }
                return f
            }
            if let title = p[1] {
                chart_title_set_name(chart, title)
                var f = font(spec.fontSize.map { $0 + 4 }, bold: true)
                chart_title_set_name_font(chart, &f)
            }
            var axis = font(spec.fontSize)
            // LibreOffice wraps an unrotated category label at about a quarter of the chart's
            // width and drops labels that then overlap: a label turned by 1° stays on one line; an
            // explicit 0° (libxlsxwriter's 360) keeps every label of a bar chart.
            var categoryFont = axis
            if spec.categoryLabelsOnOneLine { categoryFont.rotation = -1 } else if spec.horizontal { categoryFont.rotation = 360 }
            chart_axis_set_num_font(categoryAxis, &categoryFont)
            chart_axis_set_num_font(valueAxis, &axis)
            chart_legend_set_font(chart, &axis)
            if let name = p[2] {
                chart_axis_set_name(categoryAxis, name)
                chart_axis_set_name_font(categoryAxis, &axis)
            }
            if let name = p[3] {
                chart_axis_set_name(valueAxis, name)
                chart_axis_set_name_font(valueAxis, &axis)
            }
            if spec.dataLabels {
                chart_series_set_labels(series)
                chart_series_set_labels_font(series, &axis)
            }
        }
        if spec.wholeNumbers {
            chart_axis_set_min(valueAxis, 0)
            "0".withCString { chart_axis_set_num_format(valueAxis, $0) }
            if let step = spec.majorUnit { chart_axis_set_major_unit(valueAxis, step) }
        }
        if spec.horizontal {
            // The first category at the top, as in the table, the values still along the bottom; every
            // category labelled (a program may otherwise skip labels it finds crowded).
            chart_axis_set_reverse(categoryAxis)
            chart_axis_set_crossing_max(categoryAxis)
            chart_axis_set_interval_unit(categoryAxis, 1)
        }
        var options = lxw_chart_options()
        options.x_scale = Double(spec.widthPixels) / 480
        options.y_scale = Double(spec.heightPixels) / 288
        options.y_offset = Int32(offsetY)
        try check(worksheet_insert_chart_opt(ws, row(a.row), col(a.column), chart, &options), "inserting a chart", sheet: sheet, at: a)
    }
}

/// Lends NUL-terminated copies of optional strings to `body` (nil stays NULL).
func withOptionalCStrings<R>(_ strings: [String?], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    let copies = strings.map { $0.map { strdup($0) } ?? nil }
    defer { for p in copies { free(p) } }
    return body(copies)
}
