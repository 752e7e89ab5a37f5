/// Where a document's fiscal year came from (`ITADocument.fiscalYearSource`); the raw values are
/// the names scripts see.
public enum FiscalYearSource: String, Sendable, Codable, CaseIterable {
    /// The user's `--fiscal-year`, which wins over what the document says.
    case option
    /// The title block or other prose ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๔"); `ITADocument.fiscalYearPlace` is the line.
    case title
    /// Nothing said it: the fiscal year most of the table's periods fall in.
    case periods
}
