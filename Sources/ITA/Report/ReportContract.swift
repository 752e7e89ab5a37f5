/// The versions a report states at its top: the tool's (`ita --version` prints the same) and
/// the report's JSON layout, whose schema is `docs/report.schema.json`. Raise `schemaVersion`'s
/// major number when a field is removed or changes meaning; its minor one when fields are added.
public enum ReportContract {
    /// The toolkit's version, as `ita --version` prints it and every report states it.
    public static let toolVersion = "0.9.0"
    /// The version of the report's JSON layout (`schemaVersion`).
    public static let schemaVersion = "1.0"
}
