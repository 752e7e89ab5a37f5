import Foundation

/// Foundation's `contains(_:)` and `range(of:)` on text in NFC (cleanup keys, `ThaiCleanup.forMatching`),
/// with the same answers and a fraction of the cost. Foundation compares canonically equivalent
/// characters through an NSString copy of both strings: called for every wording on every prose
/// line of every document, that was a quarter of a batch's CPU time. Between NFC strings a
/// canonical match is also a match of the UTF-8 bytes, so where the bytes do not occur (nearly
/// always) the answer is no at once; where they do, Foundation decides (it also refuses a match
/// that would split a character, "ก" in "กิ").
extension StringProtocol {
    /// `contains(other)` as Foundation answers it; both strings in NFC.
    func containsNFC(_ other: some StringProtocol) -> Bool {
        utf8Contains(other) && range(of: other) != nil
    }

    /// `range(of: other)` as Foundation answers it; both strings in NFC.
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
