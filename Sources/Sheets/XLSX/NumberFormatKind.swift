/// What a number format makes of a number: a plain number, or a date, date-time, time of day
/// or elapsed duration. Decided once per style (`cellXfs` entry), never per cell.
enum NumberFormatKind: UInt8, Sendable {
    case plain, date, dateTime, timeOfDay, duration

    /// The kind of a built-in format id (ECMA-376 Part 1 §18.8.30; the Thai ids 59–81 are the
    /// ones Excel assigns under a Thai locale, per MS-OI29500).
    static func builtIn(_ id: Int) -> NumberFormatKind {
        switch id {
        case 14...17: return .date                 // m/d/yyyy, d-mmm-yy, d-mmm, mmm-yy
        case 18...21: return .timeOfDay            // h:mm AM/PM … h:mm:ss
        case 22: return .dateTime                  // m/d/yyyy h:mm
        case 45, 47: return .timeOfDay             // mm:ss, mmss.0
        case 46: return .duration                  // [h]:mm:ss
        case 27...36, 50...58: return .date        // East Asian date formats
        case 71...74, 81: return .date             // ว/ด/ปปปป, ว-ดดด-ปป, ว-ดดด, ดดด-ปป, d/m/bb
        case 75, 76, 78, 80: return .timeOfDay     // ช:นน, ช:นน:ทท, นน:ทท, นน:ทท.0
        case 77: return .dateTime                  // ว/ด/ปปปป ช:นน
        case 79: return .duration                  // [ช]:นน:ทท
        default: return .plain
        }
    }

    /// Classifies a custom format code by scanning its tokens. Quoted literals `"…"`, escaped
    /// characters `\x`, padding `_x` and fills `*x` are skipped; bracketed sections are skipped
    /// (colours, conditions, `[$-41E]`, `[$-th-TH,107]`, `[DBNum1]`) except elapsed-time ones
    /// (`[h]`, `[mm]`, `[ss]`, and the Thai `[ช]`, `[น]`, `[ท]`), which make a duration.
    /// Date tokens: d y m(onth) e g b(b/bbbb Buddhist year) and Thai ว ด ป; time tokens: h m(inute)
    /// s AM/PM A/P and Thai ช น ท. `General`, `@`, `0.00E+00` and the like are plain.
    static func custom(_ code: String) -> NumberFormatKind {
        enum Token { case date, month, time, minuteOrMonth, second, hour }
        var tokens: [Token] = []
        var elapsed = false
        let scalars = Array(code.unicodeScalars)
        var i = 0
        func lower(_ k: Int) -> Character { Character(scalars[k]).lowercased().first ?? " " }
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\"":
                i += 1
                while i < scalars.count, scalars[i] != "\"" { i += 1 }
                i += 1
                continue
            case "\\", "_", "*":
                i += 2
                continue
            case "[":
                var j = i + 1
                var inner = ""
                while j < scalars.count, scalars[j] != "]" { inner.unicodeScalars.append(scalars[j]); j += 1 }
                let lowered = inner.lowercased()
                if !lowered.isEmpty, let first = lowered.first, "hms".contains(first) || "ชนท".contains(first),
                   lowered.allSatisfy({ $0 == first }) {
                    elapsed = true
                }
                i = j + 1
                continue
            default:
                break
            }
            // `General` (any case) is the default format, not the letters e, r, a, l.
            if lower(i) == "g", i + 7 <= scalars.count,
               String(String.UnicodeScalarView(scalars[i..<(i + 7)])).lowercased() == "general" {
                i += 7
                continue
            }
            // AM/PM and A/P mark a 12-hour clock.
            if lower(i) == "a" {
                let rest = String(String.UnicodeScalarView(scalars[i..<min(i + 5, scalars.count)])).lowercased()
                if rest.hasPrefix("am/pm") { tokens.append(.time); i += 5; continue }
                if rest.hasPrefix("a/p") { tokens.append(.time); i += 3; continue }
            }
            switch lower(i) {
            case "e":
                // 0.00E+00 is scientific notation; a bare e is the era year.
                if i + 1 < scalars.count, scalars[i + 1] == "+" || scalars[i + 1] == "-" { i += 2; continue }
                tokens.append(.date)
            case "d", "y", "g", "b", "ว", "ป": tokens.append(.date)
            case "ด": tokens.append(.month)
            case "h", "ช": tokens.append(.hour)
            case "s", "ท": tokens.append(.second)
            case "น": tokens.append(.time)
            case "m": tokens.append(.minuteOrMonth)
            default: break
            }
            // Runs of the same letter are one token (mmmm, yyyy, bbbb, ปปปป).
            let letter = lower(i)
            i += 1
            while i < scalars.count, lower(i) == letter, letter.isLetter { i += 1 }
        }
        if elapsed { return .duration }
        var hasDate = false, hasTime = false
        for (k, token) in tokens.enumerated() {
            switch token {
            case .date, .month: hasDate = true
            case .time, .second, .hour: hasTime = true
            case .minuteOrMonth:
                // m is minutes right after an hour or right before seconds; otherwise a month.
                let afterHour = k > 0 && tokens[k - 1] == .hour
                let beforeSecond = k + 1 < tokens.count && tokens[k + 1] == .second
                if afterHour || beforeSecond { hasTime = true } else { hasDate = true }
            }
        }
        switch (hasDate, hasTime) {
        case (true, true): return .dateTime
        case (true, false): return .date
        case (false, true): return .timeOfDay
        default: return .plain
        }
    }
}
