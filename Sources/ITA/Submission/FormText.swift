import ThaiText

/// Text a form carries before anyone fills it in: dotted lines to write on, example rows and
/// instructions. It is never data: a table holding only such text is an unfilled form.
enum FormText {
    /// Words that open an example row or an instruction written into the table.
    static let openers = ["ตัวอย่าง", "(ตัวอย่าง", "[ตัวอย่าง", "เช่น", "ให้กรอก", "โปรดกรอก", "โปรดระบุ", "example"]

    /// Whether a cell's text is the form's own (blank, dots, an example or an instruction).
    static func isFormText(_ text: String?) -> Bool {
        guard let text else { return true }
        let cleaned = ThaiCleanup.forMatching(text)
        if cleaned.allSatisfy({ $0.isWhitespace || ".…-_–—()".contains($0) }) { return true }
        let lowered = cleaned.lowercased()
        return openers.contains { lowered.hasPrefix($0) }
    }

    /// A document whose tables hold no measure of the agency's own: the form as handed out.
    static func isUnfilled(_ document: ITADocument) -> Bool {
        !document.tables.isEmpty && document.tables.allSatisfy { table in
            table.measures.allSatisfy { m in
                isFormText(m.title) && isFormText(m.cells[.steps]?.text) && isFormText(m.outcome)
            }
        }
    }
}
