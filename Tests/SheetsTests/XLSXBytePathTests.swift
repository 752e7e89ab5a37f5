import Foundation
import Testing
@testable import Sheets

/// The byte path (`XLSXReader.stream(sheetAt:into:)`, which `ita convert` uses for XLSX to
/// CSV/TSV/JSON) against the `Row` path (`forEachRow` and `write(row)`, which it used before):
/// byte for byte the same output for every XLSX fixture, every sheet, CSV, TSV and JSON; a file
/// that cannot be read fails the same way on both.
@Suite struct XLSXBytePathTests {
    static var files: [String] {
        var out: [String] = []
        for folder in ["xlsx", "corpus"] {
            let dir = XLSXFixtures.root.appendingPathComponent(folder)
            guard let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in e where url.pathExtension == "xlsx" { out.append(url.path) }
        }
        return out.sorted()
    }

    enum Outcome: Equatable {
        case bytes([UInt8])
        case failed(SheetsError.Code, String)
    }

    static func outcome(_ body: (BufferedOutput) throws -> Void) -> Outcome {
        let out = BufferedOutput()
        do {
            try body(out)
            return .bytes(out.bytes)
        } catch let error as SheetsError {
            return .failed(error.code, error.description)
        } catch {
            return .failed(.invalidArgument, "\(error)")
        }
    }

    static func csv(_ path: String, sheet: Int, delimiter: UInt8, bytePath: Bool) -> Outcome {
        outcome { out in
            let reader = try XLSXReader(path: path)
            var writer = try CSVWriter(output: out, options: CSVWriter.Options(delimiter: delimiter))
            if bytePath {
                try reader.stream(sheetAt: sheet, into: &writer)
            } else {
                try reader.forEachRow(sheetAt: sheet) { row in try writer.write(row) }
            }
            try writer.finish()
        }
    }

    static func json(_ path: String, bytePath: Bool) -> Outcome {
        outcome { out in
            let reader = try XLSXReader(path: path)
            var writer = try JSONWriter(output: out)
            for (index, info) in reader.sheetInfos.enumerated() {
                try writer.beginSheet(name: info.name)
                let merged = bytePath
                    ? try reader.stream(sheetAt: index, into: &writer)
                    : try reader.forEachRow(sheetAt: index) { row in try writer.write(row) }
                try writer.endSheet(merged: merged, state: info.state)
            }
            try writer.finish()
        }
    }

    @Test func fixturesAreFound() {
        #expect(Self.files.count >= 20)
    }

    @Test(arguments: files)
    func sameBytesAsTheRowPath(_ path: String) throws {
        let sheets = (try? XLSXReader(path: path).sheetInfos.count) ?? 1
        for sheet in 0..<sheets {
            for delimiter in [UInt8(ascii: ","), UInt8(ascii: "\t")] {
                let rows = Self.csv(path, sheet: sheet, delimiter: delimiter, bytePath: false)
                #expect(Self.csv(path, sheet: sheet, delimiter: delimiter, bytePath: true) == rows, "\(path) sheet \(sheet + 1)")
            }
        }
        let rows = Self.json(path, bytePath: false)
        if case .bytes(let b) = rows { #expect(b.count > 20) }
        #expect(Self.json(path, bytePath: true) == rows, "\(path) JSON")
    }
}
