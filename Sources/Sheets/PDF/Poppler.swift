import CPoppler

/// The read side of a PDF (poppler-glib 22.12 with cairo). This file is the only caller of
/// `poppler_*`, `g_*` and `cairo_*`: it turns their handles into `~Copyable` owners and their
/// results into plain values (glyphs with boxes, drawn lines, picture areas).

/// One character of a page's text layer and its box, in points from the page's top left.
struct PDFGlyph: Hashable, Sendable {
    var scalar: Unicode.Scalar
    var box: PDFBox
}

struct PDFBox: Hashable, Sendable {
    var x0: Double, y0: Double, x1: Double, y1: Double
    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var midX: Double { (x0 + x1) / 2 }
    var midY: Double { (y0 + y1) / 2 }
}

/// A straight line drawn on a page (a table's border), horizontal or vertical, in points.
struct PDFRule: Hashable, Sendable {
    /// y of a horizontal rule, x of a vertical one.
    var position: Double
    /// The extent along the rule: x0…x1 for a horizontal one, y0…y1 for a vertical one.
    var from: Double
    var to: Double
}

/// What one page gives the layout analysis.
struct PDFPageContent: Sendable {
    var width: Double
    var height: Double
    var glyphs: [PDFGlyph]
    var horizontalRules: [PDFRule]
    var verticalRules: [PDFRule]
    /// The share of the page covered by pictures (a scan is one picture over the whole page).
    var pictureCoverage: Double
}

/// An open PDF. Owns the `PopplerDocument` and the bytes it reads from.
struct PopplerDocument: ~Copyable {
    private let handle: OpaquePointer
    private let bytes: OpaquePointer
    let path: String

    /// Opens a document held in memory. A document that needs a password to open is refused as
    /// encrypted; one with only an owner password (printing/copying restrictions) opens.
    init(bytes data: [UInt8], path: String) throws(SheetsError) {
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }!
        var error: UnsafeMutablePointer<GError>?
        guard let handle = poppler_document_new_from_bytes(bytes, nil, &error) else {
            g_bytes_unref(bytes)
            let code = error?.pointee.code ?? 0
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "unknown error"
            if let error { g_error_free(error) }
            if code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                throw SheetsError(.encryptedWorkbook, "this PDF needs a password to open; send it without the password or the original Word/Excel file",
                                  path: path, reason: .pdfPassword)
            }
            throw SheetsError(.malformed, "not a readable PDF (\(message))", path: path)
        }
        self.handle = handle
        self.bytes = bytes
        self.path = path
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(handle))
        g_bytes_unref(bytes)
    }

    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    /// The glyphs, the drawn rules and the picture coverage of page `index` (0-based).
    /// `renderScale` is pixels per point for finding rules; 0 skips the rendering.
    func page(_ index: Int, renderScale: Double) throws(SheetsError) -> PDFPageContent {
        guard let page = poppler_document_get_page(handle, Int32(index)) else {
            throw SheetsError(.malformed, "page \(index + 1) cannot be read", path: path, part: "page \(index + 1)")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard width.isFinite, height.isFinite, width > 0, height > 0, width < 20_000, height < 20_000 else {
            throw SheetsError(.malformed, "page \(index + 1) has no usable size", path: path, part: "page \(index + 1)")
        }
        let glyphs = Self.withMarksLeftOut(Self.glyphs(page), page: page, height: height)
        let coverage = Self.pictureCoverage(page, area: width * height)
        var horizontal: [PDFRule] = [], vertical: [PDFRule] = []
        if renderScale > 0 {
            (horizontal, vertical) = Self.rules(page, width: width, height: height, scale: renderScale)
        }
        return PDFPageContent(width: width, height: height, glyphs: glyphs, horizontalRules: horizontal,
                              verticalRules: vertical, pictureCoverage: coverage)
    }

    /// `poppler_page_get_text` gives the characters and `poppler_page_get_text_layout` one box per
    /// character of that text, in the same order.
    private static func glyphs(_ page: OpaquePointer) -> [PDFGlyph] {
        guard let text = poppler_page_get_text(page) else { return [] }
        defer { g_free(text) }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        guard poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles else { return [] }
        defer { g_free(rectangles) }
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(Int(count))
        var index = 0
        for scalar in String(cString: text).unicodeScalars {
            guard index < Int(count) else { break }
            let r = rectangles[index]
            index += 1
            guard r.x1.isFinite, r.y1.isFinite, r.x2.isFinite, r.y2.isFinite else { continue }
            glyphs.append(PDFGlyph(scalar: scalar, box: PDFBox(x0: min(r.x1, r.x2), y0: min(r.y1, r.y2),
                                                               x1: max(r.x1, r.x2), y1: max(r.y1, r.y2))))
        }
        return glyphs
    }

    /// `poppler_page_get_text_layout` leaves out a Thai mark that the text layer holds as a word
    /// of its own (a zero-width box, as LibreOffice writes `ขั้น` at a line's end); searching the
    /// page for each mark finds them all. Those not already listed are added, at their place.
    private static func withMarksLeftOut(_ glyphs: [PDFGlyph], page: OpaquePointer, height: Double) -> [PDFGlyph] {
        var all = glyphs
        var listed = Set<String>()
        func key(_ scalar: Unicode.Scalar, _ x: Double, _ y: Double) -> String { "\(scalar.value):\(Int((x * 2).rounded())):\(Int((y * 2).rounded()))" }
        for glyph in glyphs where ThaiMarks.isCombining(glyph.scalar) { listed.insert(key(glyph.scalar, glyph.box.x0, glyph.box.y0)) }
        for value in ThaiMarks.searchable {
            guard let scalar = Unicode.Scalar(value) else { continue }
            guard let list = poppler_page_find_text_with_options(page, String(scalar), POPPLER_FIND_CASE_SENSITIVE) else { continue }
            var node: UnsafeMutablePointer<GList>? = list
            while let current = node {
                if let data = current.pointee.data {
                    let r = data.assumingMemoryBound(to: PopplerRectangle.self).pointee
                    let box = PDFBox(x0: min(r.x1, r.x2), y0: height - max(r.y1, r.y2), x1: max(r.x1, r.x2), y1: height - min(r.y1, r.y2))
                    if box.x0.isFinite, box.y0.isFinite, listed.insert(key(scalar, box.x0, box.y0)).inserted {
                        all.append(PDFGlyph(scalar: scalar, box: box))
                    }
                    poppler_rectangle_free(data.assumingMemoryBound(to: PopplerRectangle.self))
                }
                node = current.pointee.next
            }
            g_list_free(list)
        }
        return all
    }

    private static func pictureCoverage(_ page: OpaquePointer, area: Double) -> Double {
        guard let list = poppler_page_get_image_mapping(page) else { return 0 }
        defer { poppler_page_free_image_mapping(list) }
        var covered = 0.0
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let area = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                covered += abs((area.x2 - area.x1) * (area.y2 - area.y1))
            }
            node = current.pointee.next
        }
        return min(covered / area, 1)
    }

    /// Renders the page in grey and keeps the long thin dark runs: the borders of tables.
    private static func rules(_ page: OpaquePointer, width: Double, height: Double, scale: Double) -> ([PDFRule], [PDFRule]) {
        let w = Int32((width * scale).rounded(.up)), h = Int32((height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h) else { return ([], []) }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return ([], []) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        poppler_page_render(page, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return ([], []) }
        let stride = Int(cairo_image_surface_get_stride(surface))
        // RGB24 keeps each pixel in a native-endian UInt32 (0x00RRGGBB): ink is every channel below
        // 200 (a hairline border is drawn grey).
        let words = UnsafeRawPointer(data).bindMemory(to: UInt32.self, capacity: stride / 4 * Int(h))
        var bits = [Bool](repeating: false, count: Int(w) * Int(h))
        bits.withUnsafeMutableBufferPointer { out in
            for y in 0..<Int(h) {
                let row = words + y * (stride / 4)
                for x in 0..<Int(w) {
                    let pixel = row[x]
                    out[y * Int(w) + x] = (pixel >> 16) & 0xFF < 200 && (pixel >> 8) & 0xFF < 200 && pixel & 0xFF < 200
                }
            }
        }
        let ink = InkMap(width: Int(w), height: Int(h), ink: bits)
        return ink.rules(scale: scale)
    }
}
