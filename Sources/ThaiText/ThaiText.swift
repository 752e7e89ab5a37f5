// ThaiText: Thai digits, months, Buddhist-era years, dates, periods, fiscal years, text cleanup
// for matching, and responsible-unit names. No dependencies, nothing about spreadsheets.
//
// Dates and periods share one small lexer (DateLexer.swift) and grammar (DateGrammar.swift), so
// `ThaiDateParser` and `Period.parse` agree on every form. All text is cleaned first
// (`ThaiCleanup`), so line breaks, NBSP, zero-width characters and Thai digits never matter.
