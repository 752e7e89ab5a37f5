import Foundation
import Sheets

/// The library writes workbooks to paths; the server gives it a folder of its own for each
/// output — created 0700 under the temporary directory, named at random, never after a client's
/// file — reads the bytes back and removes the folder before answering.
enum PrivateScratch {
    static func produce(_ write: (_ path: String) throws(SheetsError) -> Void) throws(SheetsError) -> [UInt8] {
        var template = Array((NSTemporaryDirectory() + "/ita-serve-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw SheetsError(.unreadableFile, "cannot create a private temporary folder", path: NSTemporaryDirectory())
        }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/output.xlsx"
        try write(path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SheetsError(.unreadableFile, "the output could not be read back", path: path)
        }
        return Array(data)
    }
}
