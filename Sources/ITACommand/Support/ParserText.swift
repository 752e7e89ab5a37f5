import Foundation

/// Thai for the fixed English that swift-argument-parser prints around our own strings: the
/// headings and notes of `--help`, and its argument errors. Our strings (abstracts, option help,
/// `ValidationError`s) are already in the run's language (`localized(th:en:)`); the library's
/// wording is a small, stable vocabulary, translated here line by line. Anything not recognized
/// is kept as it is, after a Thai lead-in, rather than lost.
enum ParserText {
    /// `--help` output in Thai: headings, the library's own option help, defaults and value lists.
    static func thaiHelp(_ text: String) -> String {
        var out = text
        let replacements: [(String, String)] = [
            ("OVERVIEW: ", ""),
            ("USAGE: ", "วิธีใช้: "),
            ("ARGUMENTS:\n", "ข้อมูลที่ต้องให้:\n"),
            ("OPTIONS:\n", "ตัวเลือก:\n"),
            ("SUBCOMMANDS:\n", "คำสั่ง:\n"),
            ("Show help information.", "แสดงคำอธิบายนี้"),
            ("Show the version.", "แสดงรุ่นของโปรแกรม"),
            ("<subcommand>", "<คำสั่ง>"),
            ("[<options>]", "[<ตัวเลือก>]"),
            ("(default)", "(ใช้เมื่อไม่ระบุ)"),
        ]
        for (english, thai) in replacements { out = out.replacingOccurrences(of: english, with: thai) }
        out = replace(#"See '(.+) <คำสั่ง>' for detailed help\."#, in: out) { "ดูคำอธิบายของแต่ละคำสั่ง: '\($0[1]) <คำสั่ง>'" }
        // The library wraps long lines, so a note may break after any space.
        out = replace(#"\(values:\s+([^;)]+);\s+default:\s+([^)]+)\)"#, in: out) { "(ค่าที่ใช้ได้: \($0[1]); ถ้าไม่ระบุ: \($0[2]))" }
        out = replace(#"\(values:\s+([^)]+)\)"#, in: out) { "(ค่าที่ใช้ได้: \($0[1]))" }
        out = replace(#"\(default:\s+([^)]+)\)"#, in: out) { "(ถ้าไม่ระบุ: \($0[1]))" }
        return out
    }

    /// An argument error (`Error: …`, `Usage: …`, `See '…' for more information.`) in Thai,
    /// each line saying what is wrong and what to do.
    static func thaiError(_ text: String) -> String {
        // At the top level, a word that is not an option is a command name mistyped.
        let atTop = text.contains(" <subcommand>")
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let line = String(line)
            if line.hasPrefix("Error: ") {
                let problem = String(line.dropFirst(7))
                if atTop, let m = match(#"^Unexpected argument '(.+)'$"#, problem) {
                    return "ita: ไม่มีคำสั่ง '\(m[1])' ดูรายการคำสั่งด้วย ita --help"
                }
                return "ita: " + thaiProblem(problem)
            }
            if line.hasPrefix("Usage: ") { return "วิธีใช้: " + line.dropFirst(7).replacingOccurrences(of: "<subcommand>", with: "<คำสั่ง>") }
            if line.hasPrefix("Help: ") { return "คำอธิบาย: " + line.dropFirst(6) }
            if let m = match(#"^\s*See '(.+)' for more information\.$"#, line) {
                return "  ดูคำอธิบายทั้งหมดด้วยคำสั่ง '\(m[1])'"
            }
            return line
        }.joined(separator: "\n")
    }

    /// The library's error messages (swift-argument-parser 1.x wording), first match wins, each
    /// with its Thai: what is wrong and what to do.
    static let problems: [(pattern: String, thai: @Sendable ([String]) -> String)] = [
        (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, { "ไม่มีตัวเลือก '\($0[1])' ในคำสั่งนี้ — หรือหมายถึง '\($0[2])'?" }),
        (#"^Unknown option '(.+)'$"#, { "ไม่มีตัวเลือก '\($0[1])' ในคำสั่งนี้ ตรวจการสะกด หรือดูตัวเลือกที่ใช้ได้ใน --help" }),
        (#"^Missing value for '(\S+)(?: <.+>)?'$"#, { "ตัวเลือก '\($0[1])' ต้องมีค่าตามหลัง เช่น \($0[1]) <ค่า>" }),
        (#"^Missing expected argument '<([^>]+)>.*'$"#, { "ยังไม่ได้ระบุ\(argumentName($0[1])) ใส่ชื่อไฟล์ต่อท้ายคำสั่ง" }),
        (#"^Missing expected argument '(?:--output|-o)(?: <.+>)?'$"#, { _ in "ยังไม่ได้ระบุไฟล์ที่จะบันทึก ใส่ -o ตามด้วยชื่อไฟล์ เช่น -o ผล.xlsx" }),
        (#"^Missing expected argument '(-\S+)(?: <.+>)?'$"#, { "ต้องระบุตัวเลือก '\($0[1])' พร้อมค่าของตัวเลือกนั้น" }),
        (#"^Missing one of: (.+)$"#, { "ต้องระบุอย่างใดอย่างหนึ่งใน: \($0[1])" }),
        (#"^The value '(.*)' is invalid for '(\S+)[^']*'\. Please provide one of (.+)\.$"#, {
            let choices = $0[3].replacingOccurrences(of: " or ", with: " หรือ ").replacingOccurrences(of: " and ", with: " หรือ ")
            return "ใช้ค่า '\($0[1])' กับ '\($0[2])' ไม่ได้ ค่าที่ใช้ได้คือ \(choices)"
        }),
        (#"^The value '(.*)' is invalid for '(\S+)[^']*'(?:\. Please provide one of the following:\n?)?(.*)$"#, {
            "ใช้ค่า '\($0[1])' กับ '\($0[2])' ไม่ได้ ดูค่าที่ใช้ได้ใน --help\($0[3])"
        }),
        (#"^The option '(.+)' does not take any value, but '(.*)' was specified\.$"#, {
            "ตัวเลือก '\($0[1])' ไม่ต้องมีค่าตามหลัง (ได้รับ '\($0[2])') ให้ลบค่านั้นออก"
        }),
        (#"^Unexpected argument '(.+)'$"#, {
            "ไม่เข้าใจ '\($0[1])': คำสั่งนี้ไม่รับข้อมูลนี้ ตรวจการสะกด หรือใส่เครื่องหมายคำพูดครอบชื่อไฟล์ที่มีช่องว่าง"
        }),
        (#"^(\d+) unexpected arguments: (.+)$"#, { "ไม่เข้าใจ \($0[1]) คำ: \($0[2]) ตรวจการสะกด หรือใส่เครื่องหมายคำพูดครอบชื่อไฟล์ที่มีช่องว่าง" }),
        (#"^Value to be set with .+ had already been set with .+$"#, { _ in "ระบุตัวเลือกเดียวกันซ้ำสองครั้ง ให้เหลือครั้งเดียว" }),
        (#"^Missing required subcommand\.$"#, { _ in "ต้องระบุคำสั่ง เช่น ita validate ไฟล์.xlsx (ดูรายการคำสั่งด้วย ita --help)" }),
    ]

    /// One error message of the library, or one of ours (already Thai), in Thai.
    static func thaiProblem(_ message: String) -> String {
        for (pattern, thai) in problems {
            if let m = match(pattern, message) { return thai(m) }
        }
        if message.unicodeScalars.contains(where: { (0x0E00...0x0E7F).contains($0.value) }) { return message }
        return "ตัวเลือกไม่ถูกต้อง (\(message)) ดูวิธีใช้ด้วย --help"
    }

    /// The plain name of a positional argument (`<files>` in the library's message).
    static func argumentName(_ valueName: String) -> String {
        switch valueName {
        case "files": "ไฟล์ที่จะอ่าน"
        case "input": "ไฟล์ที่จะแปลง"
        default: "'\(valueName)'"
        }
    }

    private static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
              let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (0..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } ?? "" }
    }

    private static func replace(_ pattern: String, in text: String, with make: ([String]) -> String) -> String {
        var out = text
        while let m = match(pattern, out), let whole = out.range(of: m[0]) {
            out.replaceSubrange(whole, with: make(m))
        }
        return out
    }
}
