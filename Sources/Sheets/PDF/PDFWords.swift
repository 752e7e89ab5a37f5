/// A run of glyphs with no gap between them, and its box.
struct PDFWord: Hashable, Sendable {
    var text: String
    var box: PDFBox
}

/// Words on one baseline, left to right.
struct PDFLine: Hashable, Sendable {
    var words: [PDFWord]
    var box: PDFBox

    init(words: [PDFWord]) {
        self.words = words.sorted { $0.box.x0 < $1.box.x0 }
        box = PDFBox(x0: words.map(\.box.x0).min() ?? 0, y0: words.map(\.box.y0).min() ?? 0,
                     x1: words.map(\.box.x1).max() ?? 0, y1: words.map(\.box.y1).max() ?? 0)
    }

    /// The words joined by single spaces.
    var text: String { words.map(\.text).joined(separator: " ") }
}

/// Glyphs → words → lines, by position. The text layer's own spaces are not trusted: a Thai PDF's
/// layer puts spaces where a mark above or below a letter was drawn as its own glyph (`หน่ วยงาน`,
/// `ขัน ้ ตอน`). A word ends where the ink has a gap; a mark joins the letter it was drawn over.
enum PDFWordBuilder {
    /// A gap wider than this share of the glyph height separates words (a space is about a quarter).
    static let wordGap = 0.12

    static func words(_ glyphs: [PDFGlyph]) -> [PDFWord] {
        // Letters into words, in the layer's order; marks set aside.
        var words: [[(scalars: [Unicode.Scalar], box: PDFBox)]] = []
        var marks: [PDFGlyph] = []
        // How far right the ink of the current word reaches: a mark drawn with its own advance
        // (as Chromium writes them) fills the space up to the next letter.
        var reach = -Double.infinity
        for glyph in glyphs {
            let scalar = glyph.scalar
            if scalar.properties.isWhitespace || scalar.value < 0x20 { continue }
            if ThaiMarks.isCombining(scalar) {
                marks.append(glyph)
                if let last = words.last?.last, abs(last.box.midY - glyph.box.midY) < max(last.box.height, 1) * 0.5,
                   glyph.box.x0 >= last.box.x0 {
                    reach = max(reach, glyph.box.x1)
                }
                continue
            }
            if let last = words.last?.last {
                let height = max(min(last.box.height, glyph.box.height), 1)
                let sameLine = abs(last.box.midY - glyph.box.midY) < height * 0.5
                let gap = glyph.box.x0 - max(last.box.x1, reach)
                if !sameLine || gap > height * wordGap || gap < -height * 2 { words.append([]) }
            } else {
                words.append([])
            }
            words[words.count - 1].append(([scalar], glyph.box))
            reach = glyph.box.x1
        }
        // A mark's box has little or no width and sits near the right edge of the letter it was
        // drawn over (where the pen was after that letter, give or take the font's offset); the
        // layer often lists it elsewhere, after a space or even after the line. It goes to the
        // letter on its line whose right edge is nearest, among those that start before it.
        for mark in marks {
            let x = mark.box.midX, height = max(mark.box.height, 1)
            var best: (word: Int, letter: Int, distance: Double)?
            for (w, word) in words.enumerated() {
                guard let first = word.first, abs(first.box.midY - mark.box.midY) < height * 0.5,
                      first.box.x0 <= x + 0.5, word.last!.box.x1 >= x - height * 0.6 else { continue }
                for (l, letter) in word.enumerated() where letter.box.x0 <= x + 0.5 {
                    let distance = abs(letter.box.x1 - x)
                    if distance < height * 0.6, best == nil || distance < best!.distance { best = (w, l, distance) }
                }
            }
            guard let best else { continue }  // a mark over nothing carries no text
            words[best.word][best.letter].scalars.append(mark.scalar)
            ThaiMarks.sortMarks(&words[best.word][best.letter].scalars)
        }
        return words.filter { !$0.isEmpty }.map { letters in
            var text = String.UnicodeScalarView()
            for letter in letters { text.append(contentsOf: letter.scalars) }
            let box = PDFBox(x0: letters.map(\.box.x0).min()!, y0: letters.map(\.box.y0).min()!,
                             x1: letters.map(\.box.x1).max()!, y1: letters.map(\.box.y1).max()!)
            return PDFWord(text: String(text), box: box)
        }
    }

    /// Lines: words whose vertical extents overlap by half the smaller height, top to bottom.
    static func lines(_ words: [PDFWord]) -> [PDFLine] {
        var groups: [[PDFWord]] = []
        var boxes: [PDFBox] = []
        for word in words.sorted(by: { $0.box.midY < $1.box.midY }) {
            if let i = boxes.indices.last, overlap(boxes[i], word.box) {
                groups[i].append(word)
                boxes[i] = PDFBox(x0: min(boxes[i].x0, word.box.x0), y0: min(boxes[i].y0, word.box.y0),
                                  x1: max(boxes[i].x1, word.box.x1), y1: max(boxes[i].y1, word.box.y1))
            } else {
                groups.append([word])
                boxes.append(word.box)
            }
        }
        return groups.map(PDFLine.init(words:))
    }

    private static func overlap(_ a: PDFBox, _ b: PDFBox) -> Bool {
        let shared = min(a.y1, b.y1) - max(a.y0, b.y0)
        return shared >= min(a.height, b.height) * 0.5 && abs(a.midY - b.midY) < max(min(a.height, b.height), 1) * 0.6
    }
}

/// Thai combining marks (above and below the letter) and their order within a cluster.
enum ThaiMarks {
    /// The combining marks' code points, NIKHAHIT left out (poppler's search finds it inside SARA AM).
    static let searchable: [UInt32] = [0x0E31] + Array(0x0E34...0x0E3A) + Array(0x0E47...0x0E4C) + [0x0E4E]

    static func isCombining(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: true
        default: false
        }
    }

    /// Vowel signs (and nikhahit) before tone marks and thanthakhat, as Unicode orders a cluster.
    static func rank(_ s: Unicode.Scalar) -> Int {
        switch s.value {
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47, 0x0E4D: 1
        case 0x0E48...0x0E4C, 0x0E4E: 2
        default: 0
        }
    }

    /// Sorts the marks after the first scalar (the letter) by rank, keeping equal ranks in order.
    static func sortMarks(_ scalars: inout [Unicode.Scalar]) {
        guard scalars.count > 2 else { return }
        let marks = scalars[1...].enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        scalars = [scalars[0]] + marks
    }
}
