import Foundation
import ITA

/// What `ita serve` was asked for; every bound has a safe default. `package`: the command line
/// (ITACommand) sets the options it has from its flags; the rest are the tests' to turn.
package struct ServerConfiguration: Sendable {
    /// 127.0.0.1 unless the operator names another address: an upload form is not published by accident.
    package var host = "127.0.0.1"
    /// The TCP port; 0 lets the system choose a free one (the start message says which).
    package var port = 8080
    /// The smallest `maxUploadBytes` the command line takes (100 KB): less refuses a Word or Excel
    /// file with the agency's emblem in it, or a ZIP of a few agencies' files.
    package static let smallestUpload = 100_000
    /// The largest request body accepted (all files of one upload together); beyond it, 413.
    package var maxUploadBytes = 20 * 1_000_000
    /// Checks that run at once (each takes one core).
    package var jobs = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Requests that may wait for a free job; one more is answered 503 at once.
    package var queue = 64
    /// Connections open at once; more wait in the listen backlog.
    var maxConnections = 128
    /// The longest a request may wait and work before it is answered 503.
    package var requestTimeout: Duration = .seconds(60)
    /// How long the page keeps a check's files in memory for its download buttons.
    var resultLifetime: Duration = .seconds(15 * 60)
    /// The most checks the page keeps for download at once (the oldest goes first) …
    var maxKeptResults = 32
    /// … and the most upload bytes they may have been read from together.
    var maxKeptBytes = 100 * 1_000_000

    /// LibreOffice's `soffice`, found on PATH as `ita export --pdf` finds it; nil: no PDF downloads
    /// (the page shows no PDF button and the API answers 501 pdf-unavailable).
    package var office: String? = PDFRendering.findOffice(given: nil, environment: ProcessInfo.processInfo.environment)

    /// The defaults above, for the command line to change.
    package init() {}

    /// "20MB", "512KB", "1.5MiB", "1000000" → bytes (decimal units, binary with "i"); nil when unreadable.
    package static func byteCount(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Double)] = [("KIB", 1024), ("MIB", 1024 * 1024), ("GIB", 1024 * 1024 * 1024),
                                         ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("K", 1e3), ("M", 1e6), ("G", 1e9), ("B", 1)]
        var number = Substring(trimmed), factor = 1.0
        if let unit = units.first(where: { trimmed.hasSuffix($0.0) }) {
            number = trimmed.dropLast(unit.0.count)
            factor = unit.1
        }
        guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value.isFinite, value >= 0,
              value * factor <= Double(Int32.max) else { return nil }
        return Int(value * factor)
    }
}
