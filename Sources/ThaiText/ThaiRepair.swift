/// Repairs the damage a Thai PDF's text layer does to its text (see the rules in ThaiRepair+*.swift).
public enum ThaiRepair {
    public static func repair(_ text: String) -> String { text }
}
