/// Which documents a reviewer demands of every submission (`--expect`): by default none, as an
/// agency may check its plan long before it writes its results report.
public enum Expectation: String, Sendable, CaseIterable {
    case none, plan, results, both

    var wantsPlan: Bool { self == .plan || self == .both }
    var wantsResults: Bool { self == .results || self == .both }
}
