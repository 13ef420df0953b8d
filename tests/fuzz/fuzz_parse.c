/* fuzz_parse.c — libFuzzer target: the lexer and the parser on arbitrary
 * bytes.  Anything may be reported as a syntax error; nothing may crash,
 * hang, leak or read out of bounds. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "compiler/internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    Compiler *c = cmp_new(NULL);
    /* the parser wants a NUL after the last byte, as the file reader gives */
    char *src = arena_alloc(&c->arena, size + 1);
    memcpy(src, data, size);
    src[size] = 0;
    parse_file(c, "fuzz.go", src, size);
    FILE *null = fopen("/dev/null", "w");
    diag_print(c, null);
    fclose(null);
    cmp_free(c);
    return 0;
}
