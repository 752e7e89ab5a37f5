import ThaiText

/// Text a form carries before anyone fills it in: dotted lines to write on, example rows and
/// instructions. It is never data: a table holding only such text is an unfilled form.
enum FormText {
    /// Words that open an example row or an instruction written into the table.
    static let openers = ["ตัวอย่าง", "(ตัวอย่าง", "[ตัวอย่าง", "เช่น", "ให้กรอก", "โปรดกรอก", "โปรดระบุ", "example"]

    /// The scalars form text can start with: the openers' first letters and the dotted lines' marks.
    static let firstScalars = Set(openers.compactMap(\.unicodeScalars.first) + "Ee.…-_–—()\u{200B}\u{FEFF}".unicodeScalars)

    /// Whether a cell's text is the form's own (blank, dots, an example or an instruction).
    static func isFormText(_ text: String?) -> Bool {
        guard let text else { return true }
        // Most cells start with a letter no form text starts with: decided without cleaning the text.
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }) else { return true }
        guard firstScalars.contains(first) else { return false }
        let cleaned = ThaiCleanup.forMatching(text)
        if cleaned.allSatisfy({ $0.isWhitespace || ".…-_–—()".contains($0) }) { return true }
        let lowered = cleaned.lowercased()
        return openers.contains { lowered.hasPrefix($0) }
    }

    /// A row the form put there (an example, a dotted line): no measure, no steps, no result of its own.
    static func isFormRow(_ m: Measure) -> Bool {
        isFormText(m.title) && isFormText(m.cells[.steps]?.text) && isFormText(m.outcome)
    }

    /// A document whose tables hold no measure of the agency's own: the form as handed out.
    static func isUnfilled(_ document: ITADocument) -> Bool {
        !document.tables.isEmpty && document.tables.allSatisfy(\.measures.isEmpty)
    }

    /// The document without the form's own rows, so that no check reads them as measures.
    static func withoutFormRows(_ document: ITADocument) -> ITADocument {
        guard document.tables.contains(where: { $0.measures.contains(where: isFormRow) }) else { return document }
        var cleaned = document
        for t in cleaned.tables.indices { cleaned.tables[t].measures.removeAll(where: isFormRow) }
        if let plan = cleaned.plan, let results = cleaned.results {
            cleaned.matches = Normalizer.match(plan: plan.measures, results: results.measures)
        }
        return cleaned
    }
}
