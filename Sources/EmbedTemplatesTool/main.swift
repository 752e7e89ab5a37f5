import Foundation

// The build tool of the EmbedTemplates plugin: writes the ITA template files given as arguments
// into one Swift source, each file's text kept byte for byte in a raw string literal.
//
//   EmbedTemplatesTool OUT.swift ita-2563.json ita-2564.json …
//
// A file that is not UTF-8 JSON stops the build with its name, rather than leaving a year out.

/// The text of a template file as a Swift raw string literal with the same characters: enough `#`
/// that no quote or backslash of the text ends it or starts an escape; line breaks and other
/// control characters escaped, so the literal is one line and no line ending is normalised.
func rawLiteral(_ text: String) -> String {
    var longestRun = 0, run = 0
    for character in text.unicodeScalars {
        run = character == "#" ? run + 1 : 0
        longestRun = max(longestRun, run)
    }
    let hashes = String(repeating: "#", count: longestRun + 1)
    var body = ""
    for scalar in text.unicodeScalars {
        if scalar == "\n" {
            body += "\\\(hashes)n"
        } else if scalar.value < 0x20 || scalar.value == 0x7F {
            body += "\\\(hashes)u{\(String(scalar.value, radix: 16))}"
        } else {
            body.unicodeScalars.append(scalar)
        }
    }
    return "\(hashes)\"\(body)\"\(hashes)"
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("EmbedTemplatesTool: \(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else { fail("usage: EmbedTemplatesTool OUT.swift TEMPLATE.json…") }

var entries: [String] = []
for path in arguments.dropFirst() {
    let name = URL(fileURLWithPath: path).lastPathComponent
    guard let data = FileManager.default.contents(atPath: path) else { fail("\(path): cannot be read") }
    guard let text = String(data: data, encoding: .utf8) else { fail("\(path): not UTF-8 text") }
    do {
        _ = try JSONSerialization.jsonObject(with: data)
    } catch {
        fail("\(path): not valid JSON (\(error.localizedDescription))")
    }
    entries.append("        \(rawLiteral(name)): \(rawLiteral(text)),")
}

let source = """
    // Generated at build time by the EmbedTemplates plugin (Plugins/EmbedTemplates) from
    // Sources/ITA/Resources/templates/*.json. Edit those files, not this one.

    extension Template {
        /// The text of every template file compiled into the program, by file name (`ita-2564.json`).
        static let embeddedFiles: [String: String] = [
    \(entries.isEmpty ? "        :" : entries.joined(separator: "\n"))
        ]
    }

    """
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
    fail("\(outputPath): cannot be written (\(error.localizedDescription))")
}
