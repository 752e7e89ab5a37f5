import CLineBreak

/// Wrapping text into lines the way an office program does it, measured with the font's own
/// advance widths (`FontMetrics`), so that row heights and continuation rows are computed, not
/// guessed.
///
/// A line may end where ICU's line breaking allows (between Thai dictionary words, after spaces:
/// the breaking LibreOffice uses), and inside a word too long for a line only between syllable
/// clusters. A syllable cluster is a consonant with its marks above and below and the vowels that
/// follow it (ะ า ำ ๅ ๆ), led by a preceding vowel (เ แ โ ใ ไ) when there is one: so a mark never
/// starts a line and a leading vowel never ends one.
enum TextLayout {
    /// A Thai scalar that never starts a line: marks above and below, and following vowels.
    static func continues(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0E30...0x0E3A, 0x0E45...0x0E4E: true
        case 0x0300...0x036F, 0x200C, 0x200D: true
        default: false
        }
    }

    /// A Thai scalar that never ends a line: the leading vowels.
    static func leads(_ scalar: Unicode.Scalar) -> Bool { (0x0E40...0x0E44).contains(scalar.value) }

    /// Whether a word too long for a line may be cut between `before` and `after`.
    static func mayCut(between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        !continues(after) && !leads(before)
    }

    /// The scalar offsets in `scalars` after which a line may end (ICU's line breaks), `scalars.count` last.
    static func breakOpportunities(_ scalars: [Unicode.Scalar]) -> [Int] {
        var utf16: [UInt16] = []
        utf16.reserveCapacity(scalars.count)
        var scalarAt: [Int32] = []  // UTF-16 offset → scalar offset (-1 inside a surrogate pair)
        scalarAt.reserveCapacity(scalars.count + 1)
        for (i, scalar) in scalars.enumerated() {
            if scalar.value < 0x10000 {
                utf16.append(UInt16(scalar.value))
                scalarAt.append(Int32(i))
            } else {
                let v = scalar.value - 0x10000
                utf16.append(UInt16(0xD800 + (v >> 10)))
                utf16.append(UInt16(0xDC00 + (v & 0x3FF)))
                scalarAt.append(Int32(i))
                scalarAt.append(-1)
            }
        }
        scalarAt.append(Int32(scalars.count))
        guard !utf16.isEmpty, utf16.count < Int(Int32.max) else { return [scalars.count] }
        var out = [Int32](repeating: 0, count: utf16.count + 1)
        let found = ita_line_breaks(utf16, Int32(utf16.count), &out, Int32(out.count))
        guard found >= 0 else { return Array(1...scalars.count) }
        return out.prefix(Int(found)).compactMap { at in
            let i = Int(at)
            guard i > 0, i < scalarAt.count, scalarAt[i] > 0 else { return nil }
            return Int(scalarAt[i])
        }
    }

    /// The lines `text` wraps to in `width` points at `size` points, as ranges of its scalars (a
    /// line break ends a line and belongs to none; spaces at a soft break stay at the line's end).
    ///
    /// `slack` points of each line are left unused: programs differ a little in where they break.
    static func lines(_ text: String, width: Double, size: Double, bold: Bool = false, slack: Double = 0) -> [Range<String.Index>] {
        let limit = Int(max(size, width - slack) * 1000 / size)  // thousandths of an em
        var result: [Range<String.Index>] = []
        let view = text.unicodeScalars
        var paragraphStart = view.startIndex
        while true {
            var end = paragraphStart
            while end < view.endIndex, view[end] != "\n", view[end] != "\r" { end = view.index(after: end) }
            let indices = Array(view[paragraphStart..<end].indices) + [end]
            let scalars = Array(view[paragraphStart..<end])
            for line in wrap(scalars, limit: limit, bold: bold) {
                result.append(indices[line.lowerBound]..<indices[line.upperBound])
            }
            guard end < view.endIndex else { break }
            var next = view.index(after: end)
            if view[end] == "\r", next < view.endIndex, view[next] == "\n" { next = view.index(after: next) }
            paragraphStart = next
        }
        return result
    }

    /// One paragraph's lines as ranges of scalar offsets.
    static func wrap(_ scalars: [Unicode.Scalar], limit: Int, bold: Bool) -> [Range<Int>] {
        wrap(Paragraph(scalars, bold: bold), limit: limit)
    }

    /// A paragraph measured once (advances and break opportunities), to wrap at many widths.
    struct Paragraph {
        var scalars: [Unicode.Scalar]
        var advances: [Int]
        var allowed: [Bool]

        init(_ scalars: [Unicode.Scalar], bold: Bool) {
            self.scalars = scalars
            advances = scalars.map { FontMetrics.advance($0, bold: bold) }
            allowed = [Bool](repeating: false, count: scalars.count + 1)
            if !scalars.isEmpty { for at in breakOpportunities(scalars) { allowed[at] = true } }
        }
    }

    /// A text measured once: its paragraphs.
    struct Measured {
        var paragraphs: [Paragraph]

        init(_ text: String, bold: Bool = false) {
            paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { Paragraph(Array($0.unicodeScalars), bold: bold) }
        }

        /// The lines at `width` points of type `size`, `slack` points of each left unused.
        func lineCount(width: Double, size: Double, slack: Double) -> Int {
            let limit = Int(max(size, width - slack) * 1000 / size)
            return paragraphs.reduce(0) { $0 + TextLayout.wrap($1, limit: limit).count }
        }
    }

    static func wrap(_ paragraph: Paragraph, limit: Int) -> [Range<Int>] {
        let scalars = paragraph.scalars
        guard !scalars.isEmpty else { return [0..<0] }
        let allowed = paragraph.allowed
        var result: [Range<Int>] = []
        var start = 0, used = 0
        var lastBreak = -1, usedAtBreak = 0
        for i in scalars.indices {
            let scalar = scalars[i]
            if i > start, allowed[i] { lastBreak = i; usedAtBreak = used }
            let advance = paragraph.advances[i]
            // Spaces may hang past the line's end, as in office programs.
            if scalar != " ", used + advance > limit, i > start {
                if lastBreak > start {
                    result.append(start..<lastBreak)
                    start = lastBreak
                    used -= usedAtBreak
                } else if mayCut(between: scalars[i - 1], and: scalar) {
                    // A word longer than the line: cut between syllable clusters.
                    result.append(start..<i)
                    start = i
                    used = 0
                }
                lastBreak = -1
            }
            used += advance
        }
        result.append(start..<scalars.count)
        return result
    }

    /// How many lines `text` wraps to.
    static func lineCount(_ text: String, width: Double, size: Double, bold: Bool = false, slack: Double = 0) -> Int {
        text.isEmpty ? 1 : lines(text, width: width, size: size, bold: bold, slack: slack).count
    }

    /// `text` cut at the ends of lines into pieces of `first` lines, then `perPiece` lines each:
    /// no piece splits a syllable cluster, and the pieces joined (with the spaces and line breaks
    /// cut at) give the text again.
    static func pieces(_ text: String, width: Double, size: Double, bold: Bool = false, slack: Double = 0, first: Int? = nil,
                       perPiece: Int) -> [String] {
        let all = lines(text, width: width, size: size, bold: bold, slack: slack)
        let first = max(1, first ?? perPiece), perPiece = max(1, perPiece)
        guard all.count > first else { return [text] }
        var pieces: [String] = []
        var k = 0
        while k < all.count {
            let take = pieces.isEmpty ? first : perPiece
            let chunk = all[k..<min(all.count, k + take)]
            pieces.append(String(String.UnicodeScalarView(text.unicodeScalars[chunk.first!.lowerBound..<chunk.last!.upperBound])).trimmingTrailingSpaces)
            k += take
        }
        return pieces
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
