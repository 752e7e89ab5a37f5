/// Which documents a reviewer demands of every submission (`--expect`): by default none, as an
/// agency may check its plan long before it writes its results report.
public enum Expectation: String, Sendable, CaseIterable {
    /// Nothing demanded: each file is checked for what it holds.
    case none
    /// Every submission must have a plan (`plan-missing`).
    case plan
    /// Every submission must have a results report (`results-missing`).
    case results
    /// Every submission must have both.
    case both

    var wantsPlan: Bool { self == .plan || self == .both }
    var wantsResults: Bool { self == .results || self == .both }
}
