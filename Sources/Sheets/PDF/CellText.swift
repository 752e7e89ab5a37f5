import Foundation

/// Joins the lines a cell or paragraph was wrapped onto. Thai writes no space between words, so
/// a wrap between two Thai letters is joined without one; anything else gets a space.
enum CellText {
    static func join(lines: [String]) -> String {
        var out = ""
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if let last = out.unicodeScalars.last, let first = trimmed.unicodeScalars.first {
                if !(isThai(last) && isThai(first)) { out += " " }
            }
            out += trimmed
        }
        return out
    }

    static func isThai(_ s: Unicode.Scalar) -> Bool { (0x0E01...0x0E4F).contains(s.value) }
}
