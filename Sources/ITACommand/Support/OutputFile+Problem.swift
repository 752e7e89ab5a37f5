import Sheets

extension OutputFile {
    /// What stops writing here, said before any long work (`OutputProblem.beforeWriting`); nil
    /// when writing can be tried.
    var problemBeforeWriting: String? { OutputProblem.beforeWriting(path) }
}
