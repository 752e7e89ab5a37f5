import Foundation
import Sheets

/// The library reads archives and writes workbooks through paths; the server gives it a folder
/// of its own for each piece of work — created 0700 under the temporary directory, named at
/// random, its files named by the server, never after a client's file — and removes it before
/// answering.
enum PrivateScratch {
    static func withFolder<T>(_ body: (_ folder: String) throws(SheetsError) -> T) throws(SheetsError) -> T {
        var template = Array((NSTemporaryDirectory() + "/ita-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw SheetsError(.writeFailed, "cannot create a private temporary folder", path: NSTemporaryDirectory())
        }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try body(folder)
    }

    /// The bytes of the one file `write` puts at the path it is given.
    static func produce(_ write: (_ path: String) throws(SheetsError) -> Void) throws(SheetsError) -> [UInt8] {
        try withFolder { folder throws(SheetsError) in
            let path = folder + "/output.xlsx"
            try write(path)
            return try readBack(path)
        }
    }

    static func readBack(_ path: String) throws(SheetsError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SheetsError(.writeFailed, "the output could not be read back", path: path)
        }
        return Array(data)
    }
}
