// ThaiText: Thai digits, months, Buddhist-era years, dates, periods, fiscal years, text cleanup
// for matching, and responsible-unit names. No dependencies, nothing about spreadsheets.
