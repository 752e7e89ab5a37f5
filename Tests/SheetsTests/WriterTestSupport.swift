import Foundation
import Testing
@testable import Sheets

/// Helpers for the XLSX writer tests: unique temp paths, and reading results back with an
/// independent reader (openpyxl, or python-calamine for big files) through
/// `Tests/SheetsTests/Support/inspect_xlsx.py`.
enum WriterTestSupport {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let script = testsDirectory.appendingPathComponent("Support/inspect_xlsx.py").path
    static let fixtures = testsDirectory.deletingLastPathComponent().appendingPathComponent("Fixtures/writer")

    static func tempPath(_ name: String = #function) -> String {
        let safe = name.filter { $0.isLetter || $0.isNumber }
        return FileManager.default.temporaryDirectory
            .appendingPathComponent("writer-\(safe)-\(UUID().uuidString).xlsx").path
    }

    /// Runs a program, returning its standard output; throws with standard error on failure.
    static func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(message: "\(arguments.joined(separator: " ")) failed: " + String(decoding: errData, as: UTF8.self))
        }
        return data
    }

    struct Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }

    static func inspect(_ path: String) throws -> Inspection {
        try JSONDecoder().decode(Inspection.self, from: run(["python3", script, path]))
    }

    /// Every part of the zip container, by name.
    static func parts(_ path: String) throws -> [String: String] {
        try JSONDecoder().decode([String: String].self, from: run(["python3", script, "--parts", path]))
    }

    static func count(_ path: String) throws -> Counts {
        try JSONDecoder().decode(Counts.self, from: run(["python3", script, "--count", path]))
    }
}

/// A JSON scalar as openpyxl gave it.
enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case string(String), number(Double), bool(Bool), null

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else { self = .string(try c.decode(String.self)) }
    }

    var description: String {
        switch self {
        case .string(let s): s
        case .number(let n): String(n)
        case .bool(let b): String(b)
        case .null: "null"
        }
    }
}

struct Inspection: Decodable {
    struct CellInfo: Decodable {
        var value: JSONValue
        var type: String
        var number_format: String
        var font: String?
        var size: Double?
        var bold: Bool
        var italic: Bool
        var underline: String?
        var color: String?
        var fill: String?
        var wrap: Bool
        var horizontal: String?
        var vertical: String?
        var border: String?
    }
    struct Validation: Decodable { var sqref: String; var type: String?; var formula1: String?; var promptTitle: String?; var prompt: String? }
    struct Comment: Decodable { var text: String; var author: String? }
    struct Link: Decodable { var location: String?; var target: String? }
    struct Margins: Decodable { var left: Double; var right: Double; var top: Double; var bottom: Double }
    struct SheetInfo: Decodable {
        var name: String
        var state: String
        var cells: [String: CellInfo]
        var merged: [String]
        var orientation: String?
        var paperSize: Int?
        var fitToWidth: Int?
        var fitToHeight: Int?
        var fitToPage: Bool
        var printTitleRows: String?
        var margins: Margins
        var centerHorizontally: Bool
        var header: String?
        var footer: String?
        var freezePanes: String?
        var autoFilter: String?
        var dataValidations: [Validation]
        var comments: [String: Comment]
        var hyperlinks: [String: Link]
        var columnWidths: [String: Double]
        var rowHeights: [String: Double]
        var charts: Int
    }
    struct Properties: Decodable { var title: String?; var subject: String?; var creator: String?; var keywords: String?; var description: String?; var created: String? }

    var sheets: [SheetInfo]
    var parts: [String]
    var properties: Properties
    var active: String?

    func sheet(_ name: String) throws -> SheetInfo {
        try #require(sheets.first { $0.name == name }, "no sheet \(name) in \(sheets.map(\.name))")
    }
}

struct Counts: Decodable {
    struct SheetCount: Decodable { var name: String; var rows: Int; var cells: Int; var first: [String]; var last: [String] }
    var sheets: [SheetCount]
}
