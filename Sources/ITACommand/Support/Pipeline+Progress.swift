import ITA

extension Pipeline {
    /// Every stage over each file in turn, with a progress bar on a terminal (`ProgressBar`).
    func run(paths: [String]) -> [Outcome] {
        let progress = ProgressBar(files: paths.count)
        defer { progress.finish() }
        return paths.map { path in
            let outcome = run(path: path)
            progress.advance(errors: outcome.findings.count { $0.severity == .error })
            return outcome
        }
    }
}
