extension ZipArchive {
    /// Parses one part with the tokenizer, then reads the rest of it (which must be well-formed
    /// too) to its end. Big parts are inflated one chunk ahead on a second thread.
    mutating func parseXML<R>(_ part: String, _ body: (inout XMLTokenizer) throws(SheetsError) -> R) throws(SheetsError) -> R {
        try withEntry(part) { (stream) throws(SheetsError) -> R in
            func run(_ source: some XMLByteSource) throws(SheetsError) -> R {
                var tok = XMLTokenizer(source: source)
                let result = try body(&tok)
                while try tok.next() != .eof {}
                return result
            }
            guard stream.entry.size >= ReadAheadSource.threshold else { return try run(stream) }
            let ahead = ReadAheadSource(stream)
            defer { ahead.stop() }
            return try run(ahead)
        }
    }

    /// The main part of an OOXML package (`xl/workbook.xml`, `word/document.xml`), from the
    /// package relationships' `officeDocument` target; nil without one.
    mutating func officeDocumentPart() throws(SheetsError) -> String? {
        guard contains("_rels/.rels") else { return nil }
        let rels = try parseXML("_rels/.rels") { (tok) throws(SheetsError) in try XLSXParts.relationships(&tok) }
        return rels.first { $0.kind == "officeDocument" && !$0.external }.map { XLSXParts.resolve($0.target, from: "") }
    }

    /// The note for an archive that opened only without libzip's consistency check.
    var repairNote: ReadNote? {
        guard openedInconsistent else { return nil }
        return ReadNote(.repairedArchive,
                        detail: "the zip directory does not match the entries (a damaged or unusually written file); it was read without the consistency check")
    }
}
