import Foundation
import ThaiText

/// The ITA template of one year: item codes, the columns with the wordings agencies use, which
/// columns each document kind requires or recommends, and the fiscal-year rules. Data, not code:
/// one JSON file per ITA year (`Resources/templates/ita-YYYY.json`, compiled into the program), and users can pass their
/// own with `--template`.
public struct Template: Sendable, Codable {
    public struct Column: Sendable, Codable {
        public var field: Field
        /// The canonical Thai header first, then the other wordings met in real documents.
        public var headers: [String]
        /// Missing column → `missing-column` error.
        public var requiredIn: [TableKind]
        /// Missing column → `missing-column` warning (a plan without ระยะเวลาดำเนินการ).
        public var recommendedIn: [TableKind]
        /// A value written once for a group of rows (a vertical merge flattened to text) is carried down.
        public var carryDown: Bool

        public init(field: Field, headers: [String], requiredIn: [TableKind] = [], recommendedIn: [TableKind] = [], carryDown: Bool = false) {
            self.field = field
            self.headers = headers
            self.requiredIn = requiredIn
            self.recommendedIn = recommendedIn
            self.carryDown = carryDown
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            field = try c.decode(Field.self, forKey: .field)
            headers = try c.decode([String].self, forKey: .headers)
            requiredIn = try c.decodeIfPresent([TableKind].self, forKey: .requiredIn) ?? []
            recommendedIn = try c.decodeIfPresent([TableKind].self, forKey: .recommendedIn) ?? []
            carryDown = try c.decodeIfPresent(Bool.self, forKey: .carryDown) ?? false
        }
    }

    /// Which fiscal year the documents of an ITA year cover, and which years are believable at all.
    public struct FiscalYearRules: Sendable, Codable {
        public var description: String?
        /// Document fiscal year = ITA year + offset (2569's O26 reports on FY 2568: −1).
        public var planOffset: Int
        public var resultsOffset: Int
        /// Fiscal years outside this range are reported as implausible (ita-domain §4: 2560–2575).
        public var plausible: [Int]

        public init(planOffset: Int = 0, resultsOffset: Int = 0, plausible: [Int] = [2560, 2575]) {
            self.planOffset = planOffset
            self.resultsOffset = resultsOffset
            self.plausible = plausible
        }

        public var plausibleRange: ClosedRange<Int> {
            let low = plausible.first ?? 2560, high = plausible.last ?? 2575
            return min(low, high)...max(low, high)
        }
    }

    public var itaYear: Int
    /// Where the template's facts come from and how sure they are.
    public var note: String?
    public var planItem: String
    public var resultsItem: String
    public var planTitle: String
    public var resultsTitle: String
    public var fiscalYear: FiscalYearRules
    /// Whether a plan must carry the analysis of last year's ITA result (`missing-analysis`).
    public var requireAnalysis: Bool
    public var columns: [Column]

    public init(itaYear: Int, note: String? = nil, planItem: String, resultsItem: String, planTitle: String, resultsTitle: String,
                fiscalYear: FiscalYearRules = FiscalYearRules(), requireAnalysis: Bool = true, columns: [Column]) {
        self.itaYear = itaYear
        self.note = note
        self.planItem = planItem
        self.resultsItem = resultsItem
        self.planTitle = planTitle
        self.resultsTitle = resultsTitle
        self.fiscalYear = fiscalYear
        self.requireAnalysis = requireAnalysis
        self.columns = columns
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        itaYear = try c.decode(Int.self, forKey: .itaYear)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        planItem = try c.decode(String.self, forKey: .planItem)
        resultsItem = try c.decode(String.self, forKey: .resultsItem)
        planTitle = try c.decodeIfPresent(String.self, forKey: .planTitle) ?? ""
        resultsTitle = try c.decodeIfPresent(String.self, forKey: .resultsTitle) ?? ""
        fiscalYear = try c.decodeIfPresent(FiscalYearRules.self, forKey: .fiscalYear) ?? FiscalYearRules()
        requireAnalysis = try c.decodeIfPresent(Bool.self, forKey: .requireAnalysis) ?? true
        columns = try c.decode([Column].self, forKey: .columns)
    }

    public func column(_ field: Field) -> Column? { columns.first { $0.field == field } }
    public func required(in kind: TableKind) -> [Field] { columns.filter { $0.requiredIn.contains(kind) }.map(\.field) }
    public func recommended(in kind: TableKind) -> [Field] {
        columns.filter { $0.recommendedIn.contains(kind) && !$0.requiredIn.contains(kind) }.map(\.field)
    }

    /// The fiscal year a document of this kind covers for this template's ITA year.
    public func documentFiscalYear(_ kind: TableKind) -> Int {
        itaYear + (kind == .plan ? fiscalYear.planOffset : fiscalYear.resultsOffset)
    }
}

/// Why a template file cannot be used: the file and the problem, for the command line (exit 2).
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "template \(path): \(problem)" }
}

extension Template {
    /// The ITA years whose templates are compiled into the program.
    public static let knownYears = 2563...2569

    /// The template of an ITA year (2563–2569), compiled into the program; the nearest known year
    /// for a year outside them, 2564 (the seed's) when none is given.
    public static func forYear(_ year: Int?) -> Template {
        let wanted = min(max(year ?? 2564, knownYears.lowerBound), knownYears.upperBound)
        guard var template = bundled[wanted] else {
            // Only a broken build gets here: TemplateTests decodes every compiled-in year.
            preconditionFailure("ita-\(wanted).json is not among the compiled-in templates")
        }
        if let year, year != wanted { template.itaYear = year }
        return template
    }

    /// The JSON text of a compiled-in template, the same bytes as its file in the package
    /// (`Sources/ITA/Resources/templates/ita-YYYY.json`): a starting point for a template of
    /// one's own, passed back with `--template`. `nil` for a year outside ``knownYears``.
    public static func builtInJSON(year: Int) -> String? {
        embeddedFiles["ita-\(year).json"]
    }

    /// Every compiled-in template, decoded once.
    static let bundled: [Int: Template] = {
        var out: [Int: Template] = [:]
        for year in knownYears {
            guard let json = builtInJSON(year: year),
                  let template = try? decode(Data(json.utf8), name: "ita-\(year).json") else { continue }
            out[year] = template
        }
        return out
    }()

    /// Reads a user's template (`--template FILE`), checking it makes sense.
    public static func load(path: String) throws(TemplateError) -> Template {
        try load(url: URL(fileURLWithPath: path), shownAs: path)
    }

    static func load(url: URL, shownAs name: String? = nil) throws(TemplateError) -> Template {
        let name = name ?? url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw TemplateError(path: name, problem: exists ? "cannot be read (permissions?)" : "no such file")
        }
        return try decode(data, name: name)
    }

    /// Decodes and checks a template's JSON; `name` names it in errors.
    public static func decode(_ data: Data, name: String) throws(TemplateError) -> Template {
        let template: Template
        do {
            template = try JSONDecoder().decode(Template.self, from: data)
        } catch let error as DecodingError {
            throw TemplateError(path: name, problem: describe(error))
        } catch {
            throw TemplateError(path: name, problem: "not valid JSON")
        }
        if let problem = template.problem { throw TemplateError(path: name, problem: problem) }
        return template
    }

    /// What makes a decoded template unusable, if anything.
    var problem: String? {
        if columns.isEmpty { return "\"columns\" is empty" }
        var seen = Set<Field>()
        for (i, column) in columns.enumerated() {
            if !seen.insert(column.field).inserted { return "columns[\(i)]: field \"\(column.field.rawValue)\" appears twice" }
            if column.headers.isEmpty || column.headers.contains(where: { ThaiCleanup.key($0).isEmpty }) {
                return "columns[\(i)] (\(column.field.rawValue)): every column needs at least one non-blank header wording"
            }
        }
        guard let measure = column(.measure) else { return "there is no column with field \"measure\"; every table is found by it" }
        if measure.requiredIn.isEmpty { return "the \"measure\" column must be required in plan and results" }
        if planItem.isEmpty || resultsItem.isEmpty { return "\"planItem\" and \"resultsItem\" must name the ITA items (e.g. O42, O43)" }
        if !(2500...2700).contains(itaYear) { return "\"itaYear\" \(itaYear) is not a Buddhist-era year such as 2564" }
        if fiscalYear.plausible.count != 2 { return "\"fiscalYear.plausible\" must be [first, last], e.g. [2560, 2575]" }
        return nil
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : (text.isEmpty ? "(top level)" : text)
        }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(type), found null"
        @unknown default:
            return "not a template"
        }
    }
}
