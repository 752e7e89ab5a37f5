import Foundation
import Sheets

/// A cell's text as written, with its place. `carriedFrom` is set when the value was written once
/// above (a vertical merge or a group cell) and carried down to this row.
public struct SourcedText: Hashable, Sendable {
    /// The text as written.
    public var text: String
    /// Where it is written.
    public var source: SourceRef
    /// The cell it was written in, when it was carried down from above.
    public var carriedFrom: SourceRef?
    /// The value as the cell holds it when it is not text (a date, a number), so that it is read as
    /// that value, not from `text`; nil for text, and for a text joined from several cells. A prose
    /// line (a row's cells joined) keeps its last cell's value.
    public var value: CellValue?

    /// Text `text` at `source`, carried down from `carriedFrom` when given.
    public init(text: String, source: SourceRef, carriedFrom: SourceRef? = nil, value: CellValue? = nil) {
        self.text = text
        self.source = source
        self.carriedFrom = carriedFrom
        self.value = value
    }

    /// Nothing written, or a mark that says "nothing": a dash ("-", "–", "—") or "ไม่มี".
    public var isBlank: Bool { Self.saysNothing(text) }

    /// True for text that says nothing: blank, only dashes, or ไม่มี.
    public static func saysNothing(_ text: String) -> Bool {
        let t = text.trimmingWhitespaceAndNewlines()
        return t.allSatisfy { $0 == "-" || $0 == "–" || $0 == "—" } || t == "ไม่มี" || t == "ไม่มี -" || t == "(ไม่มี)"
    }
}
