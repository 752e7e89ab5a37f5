import Testing
@testable import Sheets

/// The block validator agrees with `String(decoding:)` on what is valid UTF-8.
@Suite struct UTF8CheckTests {
    static func stdlibValid(_ bytes: [UInt8]) -> Bool {
        Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes
    }

    @Test func agreesWithTheStandardLibrary() {
        var rng = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x22, 0x2C, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                                    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0xB8, 0xB9]
        let pieces: [[UInt8]] = [Array("ก".utf8), Array("😀".utf8), Array("é".utf8), Array("ab".utf8), Array("\u{FFFD}".utf8)]
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            let count = Int.random(in: 0..<48, using: &rng)
            while bytes.count < count {
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: bytes.append(interesting.randomElement(using: &rng)!)
                case 1: bytes += pieces.randomElement(using: &rng)!
                default: bytes.append(UInt8.random(in: 0...255, using: &rng))
                }
            }
            let ours = bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) }
            #expect(ours == Self.stdlibValid(bytes), "\(bytes)")
            if ours != Self.stdlibValid(bytes) { return }
        }
    }

    @Test func validTextOfEveryLengthPasses() {
        let text = Array("ก😀é,a\"ข\n".utf8)
        for n in 0..<80 {
            let bytes = Array((0..<n).map { text[$0 % text.count] })
            #expect(bytes.withUnsafeBufferPointer { UTF8Check.isValid($0) } == Self.stdlibValid(bytes), "\(n)")
        }
    }

    /// Every field `checkedPrefix` vouches for is valid, wherever the chunk was cut.
    @Test func checkedPrefixOnlyVouchesForValidFields() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [[UInt8]] = [[0x2C], [0x0A], [0x22], Array("ก".utf8), Array("😀".utf8), [0x61], [0xE0], [0xB8], [0x80], [0xFF]]
        for _ in 0..<5_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0..<40, using: &rng) { bytes += alphabet.randomElement(using: &rng)! }
            let cut = Int.random(in: 0...min(3, bytes.count), using: &rng)
            let chunk = Array(bytes.dropFirst(cut))
            let (from, to) = chunk.withUnsafeBufferPointer { UTF8Check.checkedPrefix($0) }
            // Fields: runs between ASCII specials, the first starting at 0.
            var s = 0
            for (e, b) in chunk.enumerated() where b == 0x2C || b == 0x0A || b == 0x22 {
                if s >= from && e < to {
                    #expect(Self.stdlibValid(Array(chunk[s..<e])), "\(chunk) field \(s)..<\(e) trusted from \(from) to \(to)")
                }
                s = e + 1
            }
        }
    }
}
