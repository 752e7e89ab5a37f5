import Foundation

// Cell references (`B7`) and merged ranges (`A1:C2`), checked against Excel's limits.
extension XLSXSheetParser {
    /// `B7` → (7, 2), checked against Excel's limits.
    @inline(__always)
    func reference(_ bytes: UnsafeBufferPointer<UInt8>, in source: any XMLByteSource) throws(SheetsError) -> (Int, Int) {
        // The common case: 1–3 letters and 1–7 digits (nothing can overflow), checked at the end.
        let n = bytes.count
        if n >= 2, n <= 10, let p = bytes.baseAddress {
            var i = 0, column = 0
            while i < 3, i < n {
                let letter = (p[i] | 0x20) &- UInt8(ascii: "a")
                if letter > 25 { break }
                column = column &* 26 &+ Int(letter) &+ 1
                i += 1
            }
            if i > 0, i < n, column <= CellAddress.maxColumn, (p[i] | 0x20) &- UInt8(ascii: "a") > 25 {
                var row = 0, j = i
                while j < n {
                    let d = p[j] &- 0x30
                    if d > 9 { break }
                    row = row &* 10 &+ Int(d)
                    j += 1
                }
                if j == n, j > i, j - i <= 7, row >= 1, row <= CellAddress.maxRow { return (row, column) }
            }
        }
        return try referenceChecked(bytes, in: source)
    }

    /// `reference` for anything unusual: checks as it goes and says what is wrong.
    func referenceChecked(_ bytes: UnsafeBufferPointer<UInt8>, in source: any XMLByteSource) throws(SheetsError) -> (Int, Int) {
        var column = 0, row = 0, i = 0
        while i < bytes.count, case let b = bytes[i] | 0x20, b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") {
            column = column * 26 + Int(b - UInt8(ascii: "a")) + 1
            i += 1
            if column > CellAddress.maxColumn {
                throw source.error("cell reference \(String(decoding: bytes, as: UTF8.self)) is past column XFD, Excel's last", code: .limitExceeded)
                    .because(.outsideGrid)
            }
        }
        let letters = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            row = row * 10 + Int(bytes[i] - 0x30)
            i += 1
            if row > CellAddress.maxRow {
                throw source.error("cell reference \(String(decoding: bytes, as: UTF8.self)) is past row \(CellAddress.maxRow), Excel's last", code: .limitExceeded)
            }
        }
        guard letters > 0, i > letters, i == bytes.count, row >= 1 else {
            throw source.error("malformed cell reference \"\(String(decoding: bytes, as: UTF8.self))\"")
        }
        return (row, column)
    }

    func mergeRange(_ bytes: UnsafeBufferPointer<UInt8>, in source: any XMLByteSource) throws(SheetsError) -> CellRange {
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else {
            throw source.error("malformed merged range \"\(String(decoding: bytes, as: UTF8.self))\"")
        }
        var addresses: [CellAddress] = []
        for part in parts {
            let (row, column) = try reference(UnsafeBufferPointer(rebasing: part), in: source)
            addresses.append(CellAddress(row: row, column: column))
        }
        return CellRange(start: addresses[0], end: addresses[addresses.count - 1])
    }
}
