// ITA: the domain. Locates plan and results tables in a workbook, normalizes them into measures,
// validates them against the ITA template of the year and writes the results workbook.
