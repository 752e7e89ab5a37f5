#include "CLineBreak.h"
#include <unicode/ubrk.h>

int32_t ita_line_breaks(const uint16_t *text, int32_t length, int32_t *out, int32_t capacity) {
    // One iterator per thread, given each text in turn: opening one (loading the Thai dictionary
    // rules) costs far more than breaking a cell's text.
    static _Thread_local UBreakIterator *it = NULL;
    UErrorCode status = U_ZERO_ERROR;
    if (it == NULL) {
        it = ubrk_open(UBRK_LINE, "th", NULL, 0, &status);
        if (U_FAILURE(status) || it == NULL) { it = NULL; return -1; }
    }
    ubrk_setText(it, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t at = ubrk_next(it); at != UBRK_DONE; at = ubrk_next(it)) {
        if (count < capacity) out[count] = at;
        count++;
    }
    return count;
}
