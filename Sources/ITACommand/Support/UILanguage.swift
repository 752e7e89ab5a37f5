import ArgumentParser
import Foundation
import ITA

/// The language of everything `ita` itself says: `--help`, argument and output errors, the
/// progress bar, and the default of `--lang`.
///
/// swift-argument-parser reads help strings when it instantiates a command's type, so they can
/// be chosen at run time as long as the language is known before parsing. It is decided once,
/// from the raw arguments and the environment: `--lang en` / `--lang=en` anywhere before `--`,
/// else the locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`; `en_*` is English), else Thai,
/// the language of the clerks who use the tool.
///
/// Writing a new option or message: give both texts, Thai first —
///
///     @Option(help: .localized(th: "ไฟล์ที่จะเขียน (.xlsx)", en: "The workbook to write (.xlsx)."))
///     throw ValidationError(localized(th: "…บอกว่าต้องทำอย่างไร…", en: "…say what to do…"))
///
/// Thai text names things as a clerk sees them (ไฟล์, โฟลเดอร์, ช่อง, แถว), with no program or
/// encoding names left unexplained.
enum UILanguage {
    static let current: Language = detect(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    static func detect(arguments: [String], environment: [String: String]) -> Language {
        var index = 1
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
            index += 1
        }
        // POSIX order: the first of these that is set and not empty decides.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("en") ? .en : .th
        }
        return .th
    }
}

/// The Thai or the English text, in the language of this run (`UILanguage.current`).
func localized(th: String, en: String) -> String {
    UILanguage.current == .th ? th : en
}

extension ArgumentHelp {
    /// An option's or argument's help in the language of this run.
    static func localized(th: String, en: String, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(ITACommand.localized(th: th, en: en), valueName: valueName)
    }
}

/// `--lang th|en`, which every command accepts: the language of its messages and of its help.
struct LanguageOption: ParsableArguments {
    @Option(help: .localized(th: "ภาษาของข้อความ: th (ไทย) หรือ en (อังกฤษ)", en: "Language of the messages: th or en."))
    var lang: Language = UILanguage.current
}
