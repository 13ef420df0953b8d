/* internal.h — compiler-private: the Compiler struct and the entry points of
 * each phase (lex → parse → check → escape → codegen).  Only files in
 * compiler/ and the compiler's unit tests include this.
 *
 * A Compiler owns everything it makes in its arena; cmp_free releases it all.
 * Phases record errors with diag_error and carry on; the driver stops after
 * the phase that recorded errors. */
#ifndef GOSUB_COMPILER_INTERNAL_H
#define GOSUB_COMPILER_INTERNAL_H

#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "compiler.h"

typedef struct InternTable {
    const char **slots;
    size_t cap, count;
} InternTable;

struct Compiler {
    Arena arena;
    CompileOptions opts;
    VEC(File *) files;            /* every parsed file; Pos.file indexes it */
    VEC(Package *) packages;      /* main first, then imports as loaded */
    Package *main;
    VEC(Diag) diags;
    int nerrors;
    InternTable strings;
    Scope *universe;
    /* checker state shared with later phases */
    VEC(FuncInfo *) funcs;        /* every function and closure, in source
                                     order (decls before nested literals) */
    VEC(Symbol *) globals;        /* package-level variables, init order */
    VEC(Type *) types;            /* every type the program uses at run time */
    void *check;                  /* checker private state */
    void *escape;                 /* escape analysis private state */
};

/* ---- diagnostics (diag.c) ---- */
void diag_error(Compiler *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Prints recorded errors sorted by position, as Go does: at most 10, then
 * "FILE:LINE:COL: too many errors".  Returns the number printed. */
int diag_print(Compiler *c, FILE *out);
/* "file:line:col" for a position (arena string). */
const char *pos_string(Compiler *c, Pos pos);

/* ---- interning (diag.c) ---- */
const char *intern(Compiler *c, const char *s, size_t n);
static inline const char *intern_cstr(Compiler *c, const char *s) {
    return intern(c, s, strlen(s));
}

/* ---- lexer (lex.c) ---- */
typedef struct Lexer {
    Compiler *c;
    int file;
    const char *src, *end, *p;
    int line;
    const char *line_start;
    Tok tok;              /* current token */
    Pos pos;              /* its position */
    const char *lit;      /* its text (identifiers: interned; literals: as
                             written, arena copy) */
    size_t lit_len;
    Tok prev;             /* for automatic semicolon insertion */
    bool nl_semi;         /* the current T_SEMICOLON was inserted ("newline"
                             or EOF) */
    const char *pending_directive; /* last //extern or //go: comment line */
} Lexer;

void lex_init(Lexer *lx, Compiler *c, int file, const char *src, size_t len);
void lex_next(Lexer *lx);

/* ---- parser (parse.c) ---- */
/* Parses one file; registers it in c->files.  Errors go to diag_error. */
File *parse_file(Compiler *c, const char *path, const char *src, size_t len);
Node *ast_new(Compiler *c, NodeKind kind, Pos pos);
/* Debug dump of a subtree, S-expression style (for unit tests). */
void ast_dump(Compiler *c, Node *n, Buf *out);

/* ---- checker (check*.c, const.c, types.c) ---- */
/* Loads the imported standard-library packages (embedded sources), checks
 * every package, fills the annotations described in ast.h.  Returns false if
 * errors were recorded. */
bool check_program(Compiler *c);
/* Type string as Go's error messages print it ("[]int", "*main.T" is
 * printed "*T" in messages of package main). */
const char *type_string(Compiler *c, Type *t);

/* ---- escape analysis (escape*.c) ---- */
void escape_analyse(Compiler *c);

/* ---- codegen (codegen*.c) ---- */
struct Module *codegen_module(Compiler *c);

#endif
