/* fuzz_compile.c — libFuzzer target: the whole compiler (parse, type
 * check, escape analysis, codegen and, in this debug build, the bytecode
 * verifier) on arbitrary bytes.  Errors are fine; crashes, hangs, leaks
 * and "internal error" are not. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *msgs = NULL;
    size_t msglen = 0;
    FILE *err = open_memstream(&msgs, &msglen);
    CompileOptions o = cmp_default_options();
    o.m_level = size && data[0] & 1 ? 2 : 0;  /* -m=2 printing, half the time */
    FILE *null = fopen("/dev/null", "w");
    o.m_out = null;
    Compiler *c = cmp_new(&o);
    cmp_compile_source(c, "fuzz.go", (const char *)data, size, err);
    cmp_free(c);
    fclose(null);
    fclose(err);
    /* the compiler's own consistency checks report "internal error" */
    if (msgs && strstr(msgs, "internal error") &&
        !memmem(data, size, "internal", 8)) {  /* not an echo of the input */
        fputs(msgs, stderr);
        abort();
    }
    free(msgs);
    return 0;
}
