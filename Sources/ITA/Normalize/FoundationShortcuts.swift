import Foundation

// Foundation's text operations that run on every cell or prose line, with Foundation's answers and
// a fraction of the cost: Foundation works on an NSString copy of the text (and builds a new
// `String` from UTF-16 for its result), which made these calls a third of a batch's CPU time.

extension StringProtocol {
    /// `contains(other)` as Foundation answers it; both strings in NFC (cleanup keys, `ThaiCleanup.forMatching`).
    /// Foundation compares canonically equivalent characters; between NFC strings such a match is also
    /// a match of the UTF-8 bytes, so where the bytes do not occur (nearly always) the answer is no at
    /// once; where they do, Foundation decides (it also refuses a match that would split a character,
    /// "ก" in "กิ").
    func containsNFC(_ other: some StringProtocol) -> Bool {
        utf8Contains(other) && range(of: other) != nil
    }

    /// `range(of: other)` as Foundation answers it; both strings in NFC (see `containsNFC`).
    func rangeNFC(of other: some StringProtocol) -> Range<Index>? {
        utf8Contains(other) ? range(of: other) : nil
    }

    private func utf8Contains(_ other: some StringProtocol) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { hay in
            other.utf8.withContiguousStorageIfAvailable { needle in hay.containsBytes(needle) }
        }
        return (found ?? nil) ?? Array(utf8).withUnsafeBufferPointer { hay in
            Array(other.utf8).withUnsafeBufferPointer { hay.containsBytes($0) }
        }
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`. Text that begins and ends with a visible
    /// ASCII or a Thai character (nearly every cell) has nothing to trim; anything else goes to Foundation.
    func trimmingWhitespaceAndNewlines() -> String {
        endsAreVisible ? String(self) : trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `trimmingCharacters(in: .whitespaces)`, as `trimmingWhitespaceAndNewlines` does it.
    func trimmingWhitespace() -> String {
        endsAreVisible ? String(self) : trimmingCharacters(in: .whitespaces)
    }

    /// The first and last characters are visible ASCII (U+0021–U+007E) or Thai, which no blank set holds.
    private var endsAreVisible: Bool {
        func visible(_ c: Unicode.Scalar) -> Bool { (0x21...0x7E).contains(c.value) || (0x0E00..<0x0E80).contains(c.value) }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return false }
        return visible(first) && visible(last)
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func containsBytes(_ needle: [UInt8]) -> Bool {
        withUnsafeBufferPointer { hay in needle.withUnsafeBufferPointer { hay.containsBytes($0) } }
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `needle` occurs in these bytes (a plain scan; needles here are a few dozen bytes).
    func containsBytes(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= count else { return false }
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first, UnsafeBufferPointer(rebasing: self[i..<i + needle.count]).elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
