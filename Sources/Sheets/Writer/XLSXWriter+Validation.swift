// Data-validation companions of `XLSXWriter.addListValidation`: dropdowns that still accept
// other text, and input hints on free-text cells (fill-in templates).

extension XLSXWriter {
    /// A dropdown of `items` that offers the items but accepts any other text too (no error box):
    /// for cells where the list holds the common answers, not all of them (several responsible
    /// units in one cell, a period typed by hand). Long lists go to the hidden `_lists` sheet as
    /// in `addListValidation(_:items:in:inputTitle:inputMessage:)`.
    ///
    /// - Throws: as `addListValidation(_:items:in:inputTitle:inputMessage:)`.
    public mutating func addSuggestionList(
        _ range: CellRange, items: [String], in sheet: SheetHandle, inputTitle: String? = nil, inputMessage: String? = nil
    ) throws(SheetsError) {
        try state.addListValidation(range, items: items, in: sheet, inputTitle: inputTitle, inputMessage: inputMessage, showError: false)
    }

    /// An input message shown when a cell of `range` is selected; any value is accepted.
    ///
    /// - Throws: `invalid-argument` for an empty message; `limit-exceeded` for a title over 32 or
    ///   a message over 255 characters (Excel's limits). The corresponding C function is
    ///   `worksheet_data_validation_range` with `LXW_VALIDATION_TYPE_ANY`.
    public mutating func addInputHint(_ range: CellRange, title: String? = nil, message: String, in sheet: SheetHandle) throws(SheetsError) {
        let s = state.sheet(sheet)
        try WriterGuards.checkRange(range, sheet: s.name)
        let title = title.map(WriterGuards.cleanText).flatMap { $0.isEmpty ? nil : $0 }
        let message = WriterGuards.cleanText(message)
        guard !message.isEmpty else {
            throw SheetsError(.invalidArgument, "an input hint needs a message", part: s.name, address: range.start)
        }
        if let title, title.unicodeScalars.count > WriterGuards.maxValidationTitle {
            throw SheetsError(.limitExceeded, "the input title exceeds Excel's limit of \(WriterGuards.maxValidationTitle) characters",
                              part: s.name, address: range.start)
        }
        guard message.unicodeScalars.count <= WriterGuards.maxValidationMessage else {
            throw SheetsError(.limitExceeded, "the input message exceeds Excel's limit of \(WriterGuards.maxValidationMessage) characters",
                              part: s.name, address: range.start)
        }
        try LXW.inputHint(s.pointer, range, title: title, message: message, sheet: s.name)
    }
}
