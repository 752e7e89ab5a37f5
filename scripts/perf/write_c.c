/* The raw writer floor for `ita convert big.csv -o out.xlsx`: read the same CSV (the benchmark's
   has no quotes, commas or line breaks inside fields) and write every field as a string with
   libxlsxwriter 1.1.4 in constant_memory mode, row 1 in a bold format.
   gcc -O2 -o write_c write_c.c -lxlsxwriter */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: write_c IN.csv OUT.xlsx\n"); return 2; }
    FILE *in = fopen(argv[1], "r");
    if (!in) { perror(argv[1]); return 2; }
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
    lxw_workbook *wb = workbook_new_opt(argv[2], &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "big");
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    lxw_row_t row = 0;
    while ((len = getline(&line, &cap, in)) > 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
        lxw_col_t col = 0;
        char *field = line;
        for (;;) {
            char *comma = strchr(field, ',');
            if (comma) *comma = 0;
            if (*field) worksheet_write_string(ws, row, col, field, row == 0 ? bold : NULL);
            col++;
            if (!comma) break;
            field = comma + 1;
        }
        row++;
    }
    free(line);
    fclose(in);
    lxw_error e = workbook_close(wb);
    if (e) { fprintf(stderr, "workbook_close: %s\n", lxw_strerror(e)); return 1; }
    return 0;
}
