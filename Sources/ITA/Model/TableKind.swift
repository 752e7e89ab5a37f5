/// The two ITA documents: the measures plan (O42; 2569 O25) and its results report (O43; 2569 O26).
public enum TableKind: String, Sendable, Codable, CaseIterable {
    /// The measures plan (O42; from 2569 O25).
    case plan
    /// The results report (O43; from 2569 O26).
    case results
}
