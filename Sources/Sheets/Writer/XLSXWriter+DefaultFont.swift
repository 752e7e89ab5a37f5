extension XLSXWriter {
    /// Makes `name` at `size` points the workbook's default ("Normal" style) font.
    ///
    /// Column widths are counted in digits of the default font, so with the body font as the
    /// default a width means the same in every office program whatever fonts it has (Calibri,
    /// the usual default, is missing where LibreOffice falls back to a much wider font).
    ///
    /// - Throws: `invalid-argument` for an empty name or a size outside 1…409.
    public mutating func setDefaultFont(name: String, size: Double) throws(SheetsError) {
        let clean = WriterGuards.cleanText(name)
        guard !clean.isEmpty, clean.unicodeScalars.count <= 31, size.isFinite, (1...409).contains(size) else {
            throw SheetsError(.invalidArgument, "the default font needs a name of 1…31 characters and a size within 1…409 points")
        }
        guard LXW.setDefaultFont(state.liveWorkbook, name: clean, size: size) else {
            throw SheetsError(.writeFailed, "libxlsxwriter has no default format to change")
        }
    }
}
