import Foundation

// Numbers in cell values and attributes, read from their bytes exactly.
extension XLSXSheetParser {
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = bytes.count
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[lo..<hi])
    }

    /// A non-negative decimal integer of at most 18 digits, nothing else; nil otherwise.
    @inline(__always) static func digits(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var v = 0
        for b in bytes {
            let d = b &- 0x30
            guard d <= 9 else { return nil }
            v = v &* 10 &+ Int(d)
        }
        return v
    }

    /// Exact powers of ten as doubles (10^22 is the last that a Double holds exactly).
    private static let exactPowersOfTen: [Double] = (0...22).map { (k: Int) -> Double in
        var v = 1.0
        for _ in 0..<k { v *= 10 }
        return v
    }

    static func double(_ bytes: ArraySlice<UInt8>) -> Double? {
        bytes.withUnsafeBufferPointer { double($0) }
    }

    /// Parses a decimal number exactly (correctly rounded, so it round-trips). Fast path:
    /// at most 15 significant digits with at most 22 after the point (no exponent): the digits
    /// as an integer are exact in a Double and so is 10^k, and one IEEE division is correctly
    /// rounded (Clinger's fast path). Anything else goes through `strtod` after checking that
    /// only digits, sign, point and exponent occur (no `inf`, `nan` or hexadecimal).
    static func double(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        decimal(bytes).flatMap { $0.isFinite ? $0 : nil }
    }

    /// A decimal's value as `double` reads it, but ±infinity for a well-formed decimal past
    /// the Double range (`1e999`, or DBL_MAX printed with too few digits).
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa = 0, digitCount = 0, fractionDigits = 0, sawPoint = false
        var simple = i < bytes.count
        while i < bytes.count {
            let b = bytes[i]
            let d = b &- 0x30
            if d <= 9 {
                mantissa = mantissa &* 10 &+ Int(d)
                digitCount += 1
                if sawPoint { fractionDigits += 1 }
            } else if b == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                simple = false
                break
            }
            i += 1
        }
        if simple, digitCount > 0, digitCount <= 15, fractionDigits <= 22 {
            let v = fractionDigits == 0 ? Double(mantissa) : Double(mantissa) / exactPowersOfTen[fractionDigits]
            return negative ? -v : v
        }
        var sawDigit = false
        for b in bytes {
            switch b {
            case 0x30...0x39: sawDigit = true
            case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): break
            default: return nil
            }
        }
        guard sawDigit, bytes.count < 400 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: bytes.count + 1) { buffer -> Double? in
            var i = 0
            for b in bytes { buffer[i] = CChar(bitPattern: b); i += 1 }
            buffer[i] = 0
            var endPointer: UnsafeMutablePointer<CChar>? = nil
            let value = strtod(buffer.baseAddress!, &endPointer)
            guard endPointer == buffer.baseAddress! + bytes.count, !value.isNaN else { return nil }
            return value
        }
    }
}
