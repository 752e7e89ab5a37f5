import Sheets

/// A header row recognized by the template.
struct RecognizedHeader {
    var columns: [Field: Int]
    var headerText: [Field: SourcedText]
    var unknown: [SourcedText]
    var duplicates: [(field: Field, header: SourcedText)]
    var fuzzy: [(header: SourcedText, matched: String)]
    /// The columns each header cell covers (a merge across, or blank cells after it in a text file).
    var spans: [Int: Int]
    /// The rightmost column the header row covers.
    var lastColumn = 0
}
