import ITA

/// Text put into HTML: every `&`, `<`, `>`, `"` and `'` escaped, so a cell's text or a file name
/// can never become markup.
func html(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text.unicodeScalars {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
    return out
}

/// The words of the page in the clerk's language.
struct Words {
    var language: Language

    func callAsFunction(_ th: String, _ en: String) -> String { language == .th ? th : en }
    func callAsFunction(_ text: LocalizedText) -> String { text.text(language) }
}

/// The frame every page shares: header with the language switch, main content, footer.
/// No inline script or style (the Content-Security-Policy forbids them); the stylesheet and
/// the script are served by the binary itself.
enum Layout {
    static func page(title: String, language: Language, switchPath: String, body: String) -> String {
        let t = Words(language: language)
        let other: Language = language == .th ? .en : .th
        let separator = switchPath.contains("?") ? "&" : "?"
        return """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(html(title))</title>
        <link rel="stylesheet" href="/static/app.css">
        <link rel="icon" href="/static/icon.svg" type="image/svg+xml">
        <script src="/static/app.js" defer></script>
        </head>
        <body>
        <header class="top">
        <a class="brand" href="/?lang=\(language.rawValue)">\(t("ตรวจแผนและรายงานผล ITA", "ITA plan and results check"))</a>
        <a class="lang" href="\(html(switchPath + separator + "lang=" + other.rawValue))" hreflang="\(other.rawValue)">\(language == .th ? "English" : "ภาษาไทย")</a>
        </header>
        <main>
        \(body)
        </main>
        <footer>
        <p>\(t("ไฟล์ที่ส่งมาอยู่ในหน่วยความจำเท่านั้น ไม่บันทึกลงดิสก์ และถูกลบเมื่อครบเวลาหรือเมื่อกด “ลบข้อมูลทันที”",
               "Uploaded files stay in memory only, are never written to disk, and are deleted after a while or when you press “Delete now”."))</p>
        <p>ITA Toolkit · <a href="/healthz">healthz</a></p>
        </footer>
        </body>
        </html>
        """
    }
}
