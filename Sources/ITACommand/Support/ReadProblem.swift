import ITA
import Sheets

/// A file that could not be read, said as the `unreadable-file` family of findings says it:
/// what is wrong with the file and what to do, in the run's language.
func readProblem(_ error: SheetsError) -> String {
    let finding = Finding(readError: error)
    let place = error.path.map { "\($0): " } ?? ""
    return "ita: " + place + finding.message.text(UILanguage.current) + " — " + finding.fix.text(UILanguage.current)
}
