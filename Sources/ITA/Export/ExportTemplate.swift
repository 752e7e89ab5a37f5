extension Pipeline {
    /// The template a results workbook of `outcomes` is titled with: the one the first document
    /// read was checked with (its own ITA year's, unless a year or a template was named).
    public func exportTemplate(for outcomes: [Outcome]) -> Template {
        outcomes.lazy.compactMap(\.document).first.map(template(for:)) ?? template
    }
}
