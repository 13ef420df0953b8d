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
    /* allocation sites (added by the codegen engineer): Node.site indexes
     * this table; escape*.c fills it, codegen copies it into Module.sites */
    VEC(struct SiteInfo) sites;
    size_t stack_budget;          /* C stack the parser may use (0: its
                                     default, for the 8 MB main thread);
                                     set when the public entry points run
                                     on their own big stack (codegen.c) */
};

/* ---- allocation sites (added by the codegen engineer) ----
 * One per place in the source that may allocate.  `kind` is a SiteKind of
 * vm/module.h (SITE_NEW, SITE_COMPOSITE, ...).  escape_analyse creates them
 * with site_new and sets region/reason; codegen may add sites of its own
 * (e.g. a parameter moved to heap) with site_new too. */
typedef struct SiteInfo {
    Pos pos;
    int kind;
    const char *text;     /* "new(Demo)", "&Demo{...}", "moved to heap: x" */
    Region region;
    const char *reason;   /* why it is on the heap (NULL on the stack) */
    Type *type;           /* object type (slices: the element type) */
    FuncInfo *func;       /* function allocating it (NULL: package init) */
    int64_t size;         /* codegen: object bytes when fixed (0: type's) */
    int64_t frame_offset; /* codegen: stack region, byte offset in the
                             frame of func (-1: none reserved) */
    bool constant;        /* codegen: a conversion to an interface of a
                             constant (Go points at read-only data) */
} SiteInfo;
/* Appends a site (region REGION_HEAP) and returns its index; if n is not
 * NULL sets n->site and n->region.  (codegen.c) */
int site_new(Compiler *c, Node *n, int kind, const char *text, Type *t,
             FuncInfo *fn);

/* ---- diagnostics (diag.c) ---- */
void diag_error(Compiler *c, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Prints recorded errors sorted by position, as Go does: at most 10, then
 * "FILE:LINE:COL: too many errors".  Returns the number printed. */
int diag_print(Compiler *c, FILE *out);
/* Errors that stop compilation after parsing, as in Go: those starting
 * with "syntax error" (and the go command's "expected ..." for the package
 * clause and imports).  Other parser and lexer errors ("newline in
 * string", "method has no receiver", ...) let type checking run, and
 * everything is printed together, sorted.  Added by the parser engineer. */
int diag_syntax_errors(Compiler *c);
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
    /* added by the lexer engineer: */
    int32_t ch;           /* current character (rune), -1 at end of input */
    int chw;              /* its width in bytes (0 at end) */
    bool bad;             /* the current literal token is malformed (an
                             error was reported) */
    uint32_t pragmas;     /* PRAGMA_* bits of //go: directives seen since
                             the parser last took them */
    const char *extern_name; /* NAME of a pending `//extern NAME` */
} Lexer;

/* Decodes the value of a string or rune literal as the lexer accepted it
 * (lit as written, with quotes; raw strings drop '\r').  Returns an arena
 * string (NUL-terminated; may contain NUL bytes) and its length in *len.
 * For a rune literal, *rune gets its value (rune may be NULL otherwise).
 * Added by the lexer engineer. */
const char *lex_unquote(Compiler *c, const char *lit, size_t *len,
                        int32_t *rune);
/* Appends the UTF-8 encoding of r (invalid → U+FFFD); returns bytes written
 * to out (at most 4).  Added by the lexer engineer. */
int lex_utf8_encode(char *out, int32_t r);

void lex_init(Lexer *lx, Compiler *c, int file, const char *src, size_t len);
void lex_next(Lexer *lx);

/* ---- parser (parse.c) ---- */
/* Parses one file; registers it in c->files.  Errors go to diag_error. */
File *parse_file(Compiler *c, const char *path, const char *src, size_t len);
Node *ast_new(Compiler *c, NodeKind kind, Pos pos);
/* Debug dump of a subtree, S-expression style (for unit tests). */
void ast_dump(Compiler *c, Node *n, Buf *out);
/* An expression or type as Go's messages print it (syntax.String, short
 * form): "a + b", "(x)", "[]int{…}", "func() {…}", "map[string]int".
 * Arena string.  Added by the parser engineer (diag.c). */
const char *ast_string(Compiler *c, Node *n);

/* ---- checker (check*.c, const.c, types.c) ---- */
/* Loads the imported standard-library packages (embedded sources), checks
 * every package, fills the annotations described in ast.h.  Returns false if
 * errors were recorded. */
bool check_program(Compiler *c);
/* Type string as Go's error messages print it ("[]int", "*main.T" is
 * printed "*T" in messages of package main). */
const char *type_string(Compiler *c, Type *t);
/* Frees the checker's host memory (FuncInfo vectors, ...); cmp_free calls
 * it.  (Added by the checker.) */
void check_free(Compiler *c);
/* Does evaluating the checked expression e call a function (a builtin
 * whose result is not constant included) or receive from a channel?
 * Go's test for a constant len/cap of an array; codegen orders
 * evaluation by it.  (check_call.c) */
bool ast_has_call_or_recv(const Node *e);

/* ---- types (types.c; added by the checker) ----
 * Constructors intern unnamed types: identical arguments give the same Type*.
 * Every constructed type is complete (layout, ptrmask, str) unless one of its
 * components is a named type still being declared, in which case the layout
 * is finished by types_set_underlying.  Each type gets an `id` and is
 * appended to c->types when created. */
Type *types_basic(Compiler *c, TypeKind k);   /* int, string, untyped int.. */
Type *types_error(Compiler *c);               /* the `error` interface */
Type *types_empty_iface(Compiler *c);         /* interface{} */
Type *types_pointer(Compiler *c, Type *elem);
Type *types_slice(Compiler *c, Type *elem);
Type *types_array(Compiler *c, Type *elem, int64_t len);
Type *types_map(Compiler *c, Type *key, Type *val);
Type *types_chan(Compiler *c, Type *elem, ChanDir dir);
/* params/results are copied; variadic: the last param is a slice []T */
Type *types_func(Compiler *c, Type **params, int np, Type **results, int nr,
                 bool variadic);
Type *types_struct(Compiler *c, Field *fields, int n);        /* copied */
/* methods: name + TY_FUNC type; copied and sorted by name */
Type *types_interface(Compiler *c, Field *methods, int n);
Type *types_tuple(Compiler *c, Type **elems, int n);
/* A named type with no underlying yet (kind TY_INVALID). `pkg` is the
 * package path, `pkgname` its name (%T prints "rand.Rand"). */
Type *types_named(Compiler *c, const char *pkg, const char *pkgname,
                  const char *name);
/* Completes a named type: copies the underlying's structure and layout. */
void types_set_underlying(Compiler *c, Type *named, Type *under);
/* Recomputes layout/ptrmask/comparable of t after its components completed
 * (used for types built while a named component was incomplete). */
void types_complete(Compiler *c, Type *t);
bool types_identical(Type *a, Type *b);
/* Default type of an untyped kind (untyped int -> int, rune -> int32 ...). */
Type *types_default(Compiler *c, Type *t);
/* Declared method of named type t (not promoted), or NULL. */
Method *types_find_method(Type *t, const char *name);
/* The method set of T as an interface holding a T sees it: declared and
 * promoted methods (through embedded fields, value or pointer), sorted by
 * name.  For each: the embedded-field path from T to the receiver, and how
 * the receiver is adapted — a wrapper function is needed when path_len > 0
 * or when `iface` (the method comes from an embedded interface).  Arena
 * memory; returns the count.  (Added by the checker.) */
typedef struct MethodSetEntry {
    const char *name;
    Type *sig;            /* without receiver */
    Method *method;       /* concrete method (NULL when iface) */
    Type *recv_named;     /* named type declaring it (or the interface) */
    int path[16];         /* embedded field indexes walked */
    bool deref[16];       /* deref[i]: step i reached through a pointer */
    int path_len;
    bool iface;           /* method of an embedded interface field */
    int iface_index;
    bool recv_is_ptr;     /* the embedded value found is a *recv_named */
} MethodSetEntry;
int types_method_set(Compiler *c, Type *T, MethodSetEntry **out);
/* Adds a declared method to named type t (kept sorted by name). */
Method *types_add_method(Compiler *c, Type *t, const char *name, Type *sig,
                         bool ptr_recv, void *decl);

/* ---- escape analysis (escape*.c) ---- */
void escape_analyse(Compiler *c);
/* The site-table reason of a variable moved to the heap ("moved to heap:
 * captured by a closure that escapes"), for codegen's SITE_MOVED sites. */
const char *escape_var_reason(Compiler *c, Symbol *s);

/* ---- codegen (codegen*.c) ---- */
struct Module *codegen_module(Compiler *c);

#endif
