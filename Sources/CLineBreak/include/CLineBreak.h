#ifndef C_LINE_BREAK_H
#define C_LINE_BREAK_H
#include <stdint.h>

/// The places where a line may break in `text` (UTF-16, `length` units), as ICU's line break
/// iterator for Thai finds them (dictionary words, as LibreOffice breaks them): offsets after
/// the first, at most `capacity` of them written to `out`. Returns how many there are, or -1
/// when ICU cannot break the text.
int32_t ita_line_breaks(const uint16_t *text, int32_t length, int32_t *out, int32_t capacity);

#endif
