/// One file of a submission: what was read from it, what it holds, and why it was put in this
/// submission (reported in `validate`, `batch` and the review workbook).
public struct SubmissionFile: Sendable {
    /// The file's document and its findings, cross-file findings included.
    public var outcome: Pipeline.Outcome
    public var holds: Holds
    /// Why the file went to this submission, in words a reviewer reads.
    public var placement: LocalizedText

    /// What a file holds, for pairing.
    public enum Holds: String, Sendable {
        case plan, results
        case planAndResults = "plan+results"
        /// The form as handed out, with nothing filled in (`blank-form`).
        case blankForm = "blank-form"
        /// Unreadable, or no table found.
        case nothing

        /// The documents the file provides to its submission.
        var kinds: [TableKind] {
            switch self {
            case .plan: [.plan]
            case .results: [.results]
            case .planAndResults: [.plan, .results]
            case .blankForm, .nothing: []
            }
        }

        public var label: LocalizedText {
            switch self {
            case .plan: TableKind.plan.label
            case .results: TableKind.results.label
            case .planAndResults: LocalizedText(th: "แผนและรายงานผล", en: "plan and results")
            case .blankForm: LocalizedText(th: "แบบฟอร์มเปล่า", en: "blank form")
            case .nothing: LocalizedText(th: "ไม่พบตาราง", en: "no table")
            }
        }
    }

    /// A file of a submission: its outcome, what it holds, and why it was put there.
    public init(outcome: Pipeline.Outcome, holds: Holds, placement: LocalizedText) {
        self.outcome = outcome
        self.holds = holds
        self.placement = placement
    }

    public var path: String { outcome.path }
    public var document: ITADocument? { outcome.document }
}
