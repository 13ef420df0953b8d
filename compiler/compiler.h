/* compiler.h — the compiler's public interface: Go source in, a bytecode
 * module (vm/module.h) out, with escape decisions on every allocation site.
 *
 * Usage:
 *   CompileOptions o = cmp_default_options();
 *   Compiler *c = cmp_new(&o);
 *   struct Module *m = cmp_compile(c, "prog.go", stderr);  // NULL: errors
 *   ...run m (it stays valid until cmp_free)...
 *   cmp_free(c);
 */
#ifndef GOSUB_COMPILER_H
#define GOSUB_COMPILER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "types.h"

typedef struct CompileOptions {
    bool escape;              /* false: --escape=off, every site on the heap */
    int64_t stack_alloc_max;  /* largest implicit allocation kept on the
                                 stack (--stack-alloc-max, default 65535) */
    int m_level;              /* 0; 1 or 2 print escape decisions like
                                 go build -gcflags='-m -l' / '-m=2 -l' */
    FILE *m_out;              /* where -m output goes (stdout by default,
                                 as `gosub build -m` prints it) */
} CompileOptions;

typedef struct Compiler Compiler;
struct Module;

CompileOptions cmp_default_options(void);
Compiler *cmp_new(const CompileOptions *opts);
void cmp_free(Compiler *c);
/* Compiles the program in `path`.  On errors prints them (FILE:LINE:COL:
 * message, at most 10) to `err` and returns NULL. */
struct Module *cmp_compile(Compiler *c, const char *path, FILE *err);
/* As cmp_compile, on `len` bytes of source in memory (which need not be
 * NUL-terminated and may contain NULs); `path` names it in messages.
 * Used by the fuzz targets (tests/fuzz/). */
struct Module *cmp_compile_source(Compiler *c, const char *path,
                                  const char *src, size_t len, FILE *err);
/* Type-checks only (and runs escape analysis when opts.m_level > 0).
 * Returns false on errors, printed to `err`. */
bool cmp_check(Compiler *c, const char *path, FILE *err);

#endif
