import Testing
@testable import Sheets

@Suite struct CSVParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var input: String
        var dialect: CSVDialect = .comma
        /// Rows as written: row index, then (column, text) pairs.
        var rows: [(Int, [(Int, String)])]
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "crlf", input: "a,b\r\nc,d\r\n", rows: [(1, [(1, "a"), (2, "b")]), (2, [(1, "c"), (2, "d")])]),
        Case(id: "lf no final newline", input: "a,b\nc,d", rows: [(1, [(1, "a"), (2, "b")]), (2, [(1, "c"), (2, "d")])]),
        Case(id: "cr", input: "a\rb\r", rows: [(1, [(1, "a")]), (2, [(1, "b")])]),
        Case(id: "empty fields omitted", input: ",x,,y,\n", rows: [(1, [(2, "x"), (4, "y")])]),
        Case(id: "blank lines keep numbering", input: "a\n\n\nb\n", rows: [(1, [(1, "a")]), (4, [(1, "b")])]),
        Case(id: "quoted newline and delimiter", input: "\"ก,\r\nข\",ค\n", rows: [(1, [(1, "ก,\r\nข"), (2, "ค")])]),
        Case(id: "doubled quotes", input: "\"a\"\"b\"\"\",\"\"\"\"\n", rows: [(1, [(1, "a\"b\""), (2, "\"")])]),
        Case(id: "quote inside unquoted", input: "5\" pipe,a\"b\"c\n", rows: [(1, [(1, "5\" pipe"), (2, "a\"b\"c")])]),
        Case(id: "text after closing quote", input: "\"ab\"cd,e\n", rows: [(1, [(1, "abcd"), (2, "e")])]),
        Case(id: "unterminated quote runs to the end", input: "a,\"bc\nd", rows: [(1, [(1, "a"), (2, "bc\nd")])]),
        Case(id: "spaces kept", input: " a , b \n", rows: [(1, [(1, " a "), (2, " b ")])]),
        Case(id: "semicolon", input: "ก;ข,ค\n", dialect: .semicolon, rows: [(1, [(1, "ก"), (2, "ข,ค")])]),
        Case(id: "tab", input: "ก\tข\n", dialect: .tab, rows: [(1, [(1, "ก"), (2, "ข")])]),
        Case(id: "pipe", input: "ก|\"ข|ค\"\n", dialect: .pipe, rows: [(1, [(1, "ก"), (2, "ข|ค")])]),
        Case(id: "nul kept", input: "a\u{0}b,\"c\u{0}\"\n", rows: [(1, [(1, "a\u{0}b"), (2, "c\u{0}")])]),
        Case(id: "leading zeros and ids stay text", input: "007,1103700012345,1.50\n",
             rows: [(1, [(1, "007"), (2, "1103700012345"), (3, "1.50")])]),
        Case(id: "long field crosses SIMD blocks", input: String(repeating: "กขค", count: 50) + ",\"" + String(repeating: "x\"\"", count: 20) + "\"\n",
             rows: [(1, [(1, String(repeating: "กขค", count: 50)), (2, String(repeating: "x\"", count: 20))])]),
    ]

    static func parse(_ input: String, dialect: CSVDialect, chunk: Int) throws -> (rows: [Row], parser: CSVParser) {
        var parser = CSVParser(dialect: dialect)
        var rows: [Row] = []
        let bytes = Array(input.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(start + chunk, bytes.count)
            try parser.parse(Array(bytes[start..<end])) { rows.append($0) }
            start = end
        }
        try parser.finish { rows.append($0) }
        return (rows, parser)
    }

    @Test(arguments: cases, [1, 2, 3, 1 << 20])
    func parses(_ c: Case, chunk: Int) throws {
        let expected = c.rows.map { index, cells in
            Row(index: index, cells: cells.map { Cell(CellAddress(row: index, column: $0.0), .string($0.1)) })
        }
        #expect(try Self.parse(c.input, dialect: c.dialect, chunk: chunk).rows == expected)
    }

    @Test func raggedNotesAndExpectedCount() throws {
        let (_, parser) = try Self.parse("a,b,c\n1,2\n\n1,2,3\n1,2,3,4\n", dialect: .comma, chunk: 4)
        #expect(parser.expectedFieldCount == 3)
        #expect(parser.notes.map(\.kind) == [.raggedRow, .raggedRow])
        #expect(parser.notes.map { $0.address?.row } == [2, 5])
        #expect(parser.recordCount == 5)
    }

    @Test func raggedNotesAreCapped() throws {
        let input = "a,b\n" + String(repeating: "x\n", count: CSVParser.maxRaggedNotes + 5)
        let (_, parser) = try Self.parse(input, dialect: .comma, chunk: 1 << 20)
        #expect(parser.notes.count == CSVParser.maxRaggedNotes + 1)
        #expect(parser.notes.last?.detail.hasPrefix("5 more") == true)
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", CSVDialect.comma),
        ("a;b;c\n1,5;2;3\n", .semicolon),
        ("ก\tข\tค\n\"x,y\"\t2\t3\n", .tab),
        ("a|b\n1|2\n", .pipe),
        ("\"a,b\";c\n\"d,e\";f\n", .semicolon),
        ("single column\nno delimiters\n", .comma),
        ("", .comma),
    ])
    func sniffsDelimiter(text: String, expected: CSVDialect) {
        let bytes = Array(text.utf8)
        let found = bytes.withUnsafeBufferPointer { CSVDialect.sniff($0) }
        #expect(found == expected)
    }
}
