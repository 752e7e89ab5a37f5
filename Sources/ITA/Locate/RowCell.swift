import Sheets

/// A non-empty cell of a row as the locator sees it. `text.carriedFrom` is set for a cell filled
/// from a vertical merge above; `span` is the number of columns a merge starting here covers.
struct RowCell {
    var column: Int
    var text: SourcedText
    var span: Int
}
