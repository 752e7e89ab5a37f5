/// Repairs the damage a Thai PDF's text layer does to its text, rule by rule, each safe on text
/// that was already right: private-use presentation forms mapped back (`ThaiRepair+PrivateUse`),
/// spaces a mark's own glyph put inside a word removed, marks put in Unicode's order, SARA AM
/// rebuilt from NIKHAHIT + SARA AA, and a mark or SARA AM a font dropped restored where a known
/// word makes it certain (`ThaiRepair+Words`).
public enum ThaiRepair {
    /// The text with every rule applied; text without Thai is returned as it is.
    public static func repair(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x0E00...0x0E7F).contains($0.value) || (0xF700...0xF71A).contains($0.value) }) else {
            return text
        }
        var scalars = Array(text.unicodeScalars)
        scalars = mappingPrivateUse(scalars)
        scalars = removingSpacesBeforeMarks(scalars)
        scalars = joiningSplitWords(scalars)
        scalars = orderingMarks(scalars)
        scalars = rebuildingSaraAm(scalars)
        return restoringDroppedMarks(String(String.UnicodeScalarView(scalars)))
    }

    static func isConsonant(_ s: Unicode.Scalar) -> Bool { (0x0E01...0x0E2E).contains(s.value) }
    /// Vowel signs written above the letter (and MAI HAN-AKAT, MAITAIKHU).
    static func isUpperVowel(_ s: Unicode.Scalar) -> Bool { [0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E47].contains(s.value) }
    static func isTone(_ s: Unicode.Scalar) -> Bool { (0x0E48...0x0E4B).contains(s.value) }
    /// Marks above or below a letter: they never start a word.
    static func isMark(_ s: Unicode.Scalar) -> Bool { [0x0E31, 0x0E34, 0x0E35, 0x0E36, 0x0E37, 0x0E38, 0x0E39, 0x0E3A].contains(s.value) || (0x0E47...0x0E4E).contains(s.value) }
    /// Vowels written after the letter that cannot start a word: ะ า ำ ๅ.
    static func isFollowingVowel(_ s: Unicode.Scalar) -> Bool { [0x0E30, 0x0E32, 0x0E33, 0x0E45].contains(s.value) }
}
