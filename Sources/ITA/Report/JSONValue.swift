/// A JSON value whose objects keep their key order, so reports read in the order docs/report.schema.json lists.
public indirect enum JSONValue: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    /// A string, written as UTF-8 with only the escapes JSON requires.
    case string(String)
    /// A whole number.
    case int(Int)
    /// A number (a whole one is written without a fraction; one JSON cannot hold, as `null`).
    case double(Double)
    /// `true` or `false`.
    case bool(Bool)
    /// `null`.
    case null
    /// An array, in order.
    case array([JSONValue])
    /// An object whose keys are written in the order given.
    case object([(String, JSONValue)])

    /// A JSON string from a string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// A JSON integer from an integer literal.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A JSON `true` or `false` from a Boolean literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    static func optional(_ n: Int?) -> JSONValue { n.map(JSONValue.int) ?? .null }

    /// Compact JSON, or indented with two spaces; UTF-8 text is written as is, not as \u escapes.
    public func serialized(pretty: Bool = false) -> String {
        var out = ""
        write(to: &out, indent: pretty ? 0 : nil)
        return out
    }

    private func write(to out: inout String, indent: Int?) {
        func newline(_ level: Int) {
            guard let _ = indent else { return }
            out += "\n" + String(repeating: "  ", count: level)
        }
        switch self {
        case .string(let s): Self.writeString(s, to: &out)
        case .int(let n): out += String(n)
        case .double(let d): out += d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)) : "null"
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline((indent ?? 0) + 1)
                item.write(to: &out, indent: indent.map { $0 + 1 })
            }
            newline(indent ?? 0)
            out += "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in members.enumerated() {
                if i > 0 { out += "," }
                newline((indent ?? 0) + 1)
                Self.writeString(key, to: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: indent.map { $0 + 1 })
            }
            newline(indent ?? 0)
            out += "}"
        }
    }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
