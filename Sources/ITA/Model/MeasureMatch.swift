/// A plan measure paired with its result by their text (not their numbers).
public struct MeasureMatch: Hashable, Sendable {
    /// Indexes into the plan and results tables' measures.
    public var plan: Int
    /// The index of the result in the results table's measures.
    public var result: Int
    /// How alike the two titles are, 0…1 (`TextSimilarity.similarity`).
    public var score: Double

    /// A pairing: indexes into the plan's and the results' measures, and how alike their titles are.
    public init(plan: Int, result: Int, score: Double) {
        self.plan = plan
        self.result = result
        self.score = score
    }
}
