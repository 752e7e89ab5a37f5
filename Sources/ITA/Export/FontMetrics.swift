/// Advance widths of TH SarabunPSK, the font of every workbook the toolkit writes, in thousandths
/// of an em. Measured with fontTools on Laksaman (fonts-thai-tlwg), its metric-compatible twin and
/// the font LibreOffice substitutes for it; marks above and below (ั ิ ่ …) advance nothing.
/// Covers ASCII and the Thai block; anything else counts as a Thai consonant (560).
enum FontMetrics {
    static let fallback = 560

    /// The advance of one scalar, thousandths of an em.
    static func advance(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let v = Int(scalar.value)
        switch v {
        case 0x20..<0x7F: return Int((bold ? boldASCII : regularASCII)[v - 0x20])
        case 0x0E00..<0x0E60: return Int((bold ? boldThai : regularThai)[v - 0x0E00])
        case 0x00A0: return bold ? 339 : 324
        case 0x0300...0x036F, 0x200B...0x200D: return 0
        case 0x2013: return bold ? 503 : 541
        case 0x2014: return bold ? 1042 : 1083
        default: return fallback
        }
    }

    /// The advance of a text, thousandths of an em.
    static func width<S: StringProtocol>(_ text: S, bold: Bool = false) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += advance(scalar, bold: bold) }
        return total
    }

    /// The advance of a text in points at `size`.
    static func points<S: StringProtocol>(_ text: S, size: Double, bold: Bool = false) -> Double {
        Double(width(text, bold: bold)) * size / 1000
    }

    static let regularASCII: [UInt16] = [
        324, 221, 312, 606, 543, 879, 636, 180, 285, 285, 428, 618, 243, 324, 243, 406,
        544, 544, 544, 544, 544, 544, 544, 544, 544, 544, 243, 243, 618, 618, 618, 425,
        806, 601, 568, 610, 648, 527, 527, 639, 663, 221, 397, 565, 530, 824, 663, 731,
        568, 732, 570, 529, 570, 700, 586, 884, 628, 550, 637, 294, 394, 294, 619, 529,
        306, 517, 603, 497, 603, 562, 309, 467, 586, 215, 233, 475, 300, 904, 586, 598,
        603, 603, 326, 424, 357, 586, 512, 762, 478, 506, 482, 312, 230, 312, 625,
    ]
    static let regularThai: [UInt16] = [
        0, 580, 568, 574, 591, 591, 613, 442, 552, 567, 568, 574, 780, 780, 639, 639,
        515, 693, 800, 816, 588, 588, 568, 646, 503, 631, 643, 643, 573, 573, 672, 672,
        639, 601, 564, 484, 568, 573, 639, 503, 591, 658, 573, 642, 682, 582, 559, 588,
        536, 0, 475, 475, 0, 0, 0, 0, 0, 0, 0, 560, 560, 560, 560, 618,
        305, 567, 356, 364, 367, 308, 600, 0, 0, 0, 0, 0, 0, 0, 0, 676,
        675, 675, 675, 675, 675, 675, 675, 675, 675, 675, 785, 1048, 560, 560, 560, 560,
    ]
    static let boldASCII: [UInt16] = [
        339, 252, 437, 694, 552, 1034, 731, 254, 367, 367, 515, 627, 258, 339, 258, 415,
        568, 568, 568, 568, 568, 568, 568, 568, 568, 568, 258, 258, 627, 627, 627, 434,
        860, 678, 595, 649, 690, 538, 538, 682, 709, 245, 424, 618, 540, 863, 709, 779,
        586, 779, 594, 549, 633, 725, 634, 920, 640, 595, 678, 351, 403, 351, 628, 565,
        315, 552, 654, 521, 654, 588, 382, 499, 636, 245, 257, 511, 320, 956, 636, 619,
        648, 648, 370, 445, 388, 628, 538, 722, 524, 543, 538, 383, 266, 383, 634,
    ]
    static let boldThai: [UInt16] = [
        0, 588, 624, 648, 606, 606, 681, 478, 586, 609, 624, 648, 849, 849, 639, 639,
        559, 740, 828, 866, 609, 609, 588, 658, 538, 651, 669, 669, 622, 622, 725, 725,
        639, 627, 580, 494, 588, 600, 639, 570, 606, 693, 600, 658, 703, 592, 579, 571,
        511, 0, 505, 505, 0, 0, 0, 0, 0, 0, 0, 560, 560, 560, 560, 585,
        312, 594, 379, 404, 379, 314, 657, 0, 0, 0, 0, 0, 0, 0, 0, 676,
        685, 685, 685, 685, 685, 685, 685, 685, 685, 685, 789, 1048, 560, 560, 560, 560,
    ]
}
