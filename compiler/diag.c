/* diag.c — diagnostics, string interning, AST node allocation and the AST
 * debug dump.
 *
 * Diagnostics follow Go 1.19's cmd/compile (base/print.go):
 *  - a syntax error ("syntax error: ...") on the same line as the previous
 *    syntax error is dropped; any other error identical to the previous
 *    non-syntax error on the same line is dropped;
 *  - at most 10 errors are printed, sorted by position (file, line,
 *    column; ties keep arrival order); when the 10th arrives the compiler
 *    gives up, printing "POS: too many errors" at the 10th error's position;
 *  - identical consecutive lines are printed once.
 *
 * Interning: an open-addressing table (linear probing, power-of-two size,
 * at most half full) of arena strings, each preceded by its length so
 * strings may contain NUL bytes.  Equal byte strings intern to the same
 * pointer, so names compare with ==.
 */
#include "internal.h"

#include <stdlib.h>

/* ---------------------------------------------------------------- errors */

static bool is_syntax(const char *msg) {
    return strncmp(msg, "syntax error", 12) == 0;
}

static bool same_line(Pos a, Pos b) {
    return a.file == b.file && a.line == b.line;
}

/* Go drops a syntax error on the line of the previous one, and a repeat of
 * the previous other error on its line. */
static bool is_duplicate(Compiler *c, Pos pos, const char *msg) {
    bool syn = is_syntax(msg);
    for (int i = c->diags.len - 1; i >= 0; i--) {
        Diag *d = &c->diags.items[i];
        if (is_syntax(d->msg) != syn) continue;
        return same_line(d->pos, pos) && (syn || strcmp(d->msg, msg) == 0);
    }
    return false;
}

void diag_error(Compiler *c, Pos pos, const char *fmt, ...) {
    Buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    const char *msg = b.data ? b.data : "";
    if (!is_duplicate(c, pos, msg)) {
        Diag d = {pos, arena_strdup(&c->arena, msg)};
        VEC_PUSH(c->diags, d);
        c->nerrors++;
    }
    buf_free(&b);
}

int diag_syntax_errors(Compiler *c) {
    int n = 0;
    for (int i = 0; i < c->diags.len; i++)
        if (is_syntax(c->diags.items[i].msg) ||
            strncmp(c->diags.items[i].msg, "expected ", 9) == 0)
            n++;
    return n;
}

static const char *file_path(Compiler *c, int file) {
    if (file >= 0 && file < c->files.len && c->files.items[file])
        return c->files.items[file]->path;
    return "?";
}

const char *pos_string(Compiler *c, Pos pos) {
    return arena_printf(&c->arena, "%s:%d:%d", file_path(c, pos.file),
                        pos.line, pos.col);
}

static int pos_cmp(Compiler *c, Pos a, Pos b) {
    if (a.file != b.file) {
        int r = strcmp(file_path(c, a.file), file_path(c, b.file));
        if (r) return r;
        return a.file < b.file ? -1 : 1;
    }
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

int diag_print(Compiler *c, FILE *out) {
    int n = c->diags.len < 10 ? c->diags.len : 10;
    Diag *d = xmalloc(sizeof(Diag) * (size_t)(n ? n : 1));
    /* insertion sort: stable, and n <= 10 */
    for (int i = 0; i < n; i++) {
        Diag x = c->diags.items[i];
        int j = i;
        while (j > 0 && pos_cmp(c, d[j - 1].pos, x.pos) > 0) {
            d[j] = d[j - 1];
            j--;
        }
        d[j] = x;
    }
    int printed = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && pos_cmp(c, d[i].pos, d[i - 1].pos) == 0 &&
            strcmp(d[i].msg, d[i - 1].msg) == 0)
            continue;
        if (d[i].pos.line == 0)   /* no position: the go command's own */
            fprintf(out, "%s\n", d[i].msg);
        else
            fprintf(out, "%s: %s\n", pos_string(c, d[i].pos), d[i].msg);
        printed++;
    }
    if (c->diags.len >= 10)
        fprintf(out, "%s: too many errors\n",
                pos_string(c, c->diags.items[9].pos));
    free(d);
    return printed;
}

/* ---------------------------------------------------------------- interning */

static size_t interned_len(const char *s) {
    size_t n;
    memcpy(&n, s - sizeof(size_t), sizeof n);
    return n;
}

static void intern_grow(Compiler *c) {
    InternTable *t = &c->strings;
    size_t cap = t->cap ? t->cap * 2 : 1024;
    const char **slots = arena_alloc(&c->arena, cap * sizeof *slots);
    for (size_t i = 0; i < t->cap; i++) {
        const char *s = t->slots[i];
        if (!s) continue;
        size_t h = (size_t)util_hash(s, interned_len(s), 0) & (cap - 1);
        while (slots[h]) h = (h + 1) & (cap - 1);
        slots[h] = s;
    }
    t->slots = slots;
    t->cap = cap;
}

const char *intern(Compiler *c, const char *s, size_t n) {
    InternTable *t = &c->strings;
    if (2 * (t->count + 1) > t->cap) intern_grow(c);
    size_t h = (size_t)util_hash(s, n, 0) & (t->cap - 1);
    for (; t->slots[h]; h = (h + 1) & (t->cap - 1)) {
        const char *e = t->slots[h];
        if (interned_len(e) == n && memcmp(e, s, n) == 0) return e;
    }
    char *block = arena_alloc(&c->arena, sizeof(size_t) + n + 1);
    memcpy(block, &n, sizeof n);
    char *copy = block + sizeof(size_t);
    memcpy(copy, s, n);
    copy[n] = 0;
    t->slots[h] = copy;
    t->count++;
    return copy;
}

/* ---------------------------------------------------------------- nodes */

Node *ast_new(Compiler *c, NodeKind kind, Pos pos) {
    Node *n = arena_alloc(&c->arena, sizeof(Node));
    n->kind = kind;
    n->pos = pos;
    n->site = -1;
    return n;
}

/* ---------------------------------------------------------------- dump */

/* Names of the kinds in the dump; NULL for kinds printed specially. */
static const char *const kind_names[N_NKINDS] = {
    [N_BAD] = "bad", [N_COMPOSITE] = "composite", [N_FUNCLIT] = "funclit",
    [N_PAREN] = "paren", [N_SELECTOR] = "sel", [N_INDEX] = "index",
    [N_SLICEEXPR] = "slice", [N_TYPEASSERT] = "assert", [N_CALL] = "call",
    [N_STAR] = "star", [N_UNARY] = "unary", [N_BINARY] = "binary",
    [N_KEYVALUE] = "kv", [N_CONVIFACE] = "conviface",
    [N_ARRAYTYPE] = "array", [N_STRUCTTYPE] = "struct",
    [N_FUNCTYPE] = "functype", [N_INTERFACETYPE] = "interface",
    [N_MAPTYPE] = "map", [N_CHANTYPE] = "chan", [N_ELLIPSIS] = "dots",
    [N_FIELD] = "field", [N_BLOCK] = "block", [N_EXPRSTMT] = "expr",
    [N_SEND] = "send", [N_INCDEC] = "incdec", [N_ASSIGN] = "assign",
    [N_GO] = "go", [N_DEFER] = "defer", [N_RETURN] = "return",
    [N_BRANCH] = "branch", [N_IF] = "if", [N_SWITCH] = "switch",
    [N_TYPESWITCH] = "typeswitch", [N_CASE] = "case", [N_SELECT] = "select",
    [N_COMMCASE] = "comm", [N_FOR] = "for", [N_RANGE] = "range",
    [N_LABELED] = "labeled", [N_DECLSTMT] = "decl", [N_EMPTY] = "empty",
    [N_IMPORT] = "import", [N_VARSPEC] = "var", [N_CONSTSPEC] = "const",
    [N_TYPESPEC] = "type", [N_FUNCDECL] = "func",
};

static void dump(Compiler *c, Node *n, Buf *out);

static void dump_list(Compiler *c, List l, Buf *out) {
    buf_putc(out, '[');
    for (int i = 0; i < l.len; i++) {
        if (i) buf_putc(out, ' ');
        dump(c, l.items[i], out);
    }
    buf_putc(out, ']');
}

static void dump_child(Compiler *c, Node *x, Buf *out) {
    buf_putc(out, ' ');
    dump(c, x, out);
}

/* Which parts each kind prints: op, name, lit, children, lists. */
static void dump_parts(Compiler *c, Node *n, Buf *out) {
    if (n->op && n->kind != N_CHANTYPE)
        buf_printf(out, " %s", tok_string(n->op));
    if (n->kind == N_CHANTYPE && (n->flags & (NF_SEND | NF_RECV)))
        buf_puts(out, n->flags & NF_SEND ? " send" : " recv");
    if (n->flags & NF_DOTS) buf_puts(out, " ...");
    if (n->flags & NF_EMBEDDED) buf_puts(out, " embedded");
    if (n->flags & NF_ALIAS) buf_puts(out, " alias");
    if (n->flags & NF_IMPLICIT) buf_puts(out, " implicit");
    if (n->name && n->kind != N_SELECTOR) buf_printf(out, " %s", n->name);
    if (n->lit) buf_printf(out, " %s", n->lit);
    if (n->kind == N_CONSTSPEC) buf_printf(out, " iota=%lld", (long long)n->iota);
    if (n->extern_name) buf_printf(out, " extern=%s", n->extern_name);
    if (n->pragmas) buf_printf(out, " pragmas=%u", n->pragmas);
    bool lists = n->list.len || n->list2.len || n->kind == N_CALL ||
                 n->kind == N_COMPOSITE || n->kind == N_BLOCK ||
                 n->kind == N_FUNCTYPE || n->kind == N_ASSIGN ||
                 n->kind == N_CASE || n->kind == N_VARSPEC ||
                 n->kind == N_CONSTSPEC || n->kind == N_RETURN ||
                 n->kind == N_SWITCH || n->kind == N_TYPESWITCH ||
                 n->kind == N_SELECT || n->kind == N_STRUCTTYPE ||
                 n->kind == N_INTERFACETYPE || n->kind == N_COMMCASE ||
                 n->kind == N_RANGE || n->kind == N_FIELD;
    Node *kids[4] = {n->x, n->y, n->z, n->w};
    int last = 3;
    while (last >= 0 && !kids[last]) last--;
    for (int i = 0; i <= last; i++) {
        if (kids[i]) dump_child(c, kids[i], out);
        else buf_puts(out, " _");
    }
    if (n->kind == N_SELECTOR) buf_printf(out, " %s", n->name);
    if (lists) {
        buf_putc(out, ' ');
        dump_list(c, n->list, out);
        if (n->list2.len || n->kind == N_FUNCTYPE || n->kind == N_ASSIGN ||
            n->kind == N_CASE || n->kind == N_VARSPEC ||
            n->kind == N_CONSTSPEC) {
            buf_putc(out, ' ');
            dump_list(c, n->list2, out);
        }
    }
}

static void dump(Compiler *c, Node *n, Buf *out) {
    if (!n) {
        buf_putc(out, '_');
        return;
    }
    if (n->kind == N_IDENT) {
        buf_printf(out, "(ident %s)", n->name);
        return;
    }
    if (n->kind == N_BASICLIT) {
        buf_printf(out, "(lit %s)", n->lit);
        return;
    }
    const char *k = (unsigned)n->kind < N_NKINDS && kind_names[n->kind]
                        ? kind_names[n->kind]
                        : "?";
    buf_printf(out, "(%s@%d:%d", k, n->pos.line, n->pos.col);
    dump_parts(c, n, out);
    buf_putc(out, ')');
}

void ast_dump(Compiler *c, Node *n, Buf *out) { dump(c, n, out); }

/* ---------------------------------------------------------------- ast_string */

static void str_expr(Compiler *c, Node *n, Buf *b);

static void str_list(Compiler *c, List l, Buf *b) {
    for (int i = 0; i < l.len; i++) {
        if (i) buf_puts(b, ", ");
        str_expr(c, l.items[i], b);
    }
}

/* a, b int  |  int  |  ...T */
static void str_field(Compiler *c, Node *f, Buf *b) {
    for (int i = 0; i < f->list.len; i++)
        buf_printf(b, "%s%s", i ? ", " : "", f->list.items[i]->name);
    if (f->list.len) buf_putc(b, ' ');
    str_expr(c, f->x, b);
}

static void str_fields(Compiler *c, List l, const char *sep, Buf *b) {
    for (int i = 0; i < l.len; i++) {
        if (i) buf_puts(b, sep);
        str_field(c, l.items[i], b);
    }
}

/* (params) results, after "func" or a method name */
static void str_signature(Compiler *c, Node *ft, Buf *b) {
    buf_putc(b, '(');
    str_fields(c, ft->list, ", ", b);
    buf_putc(b, ')');
    List r = ft->list2;
    if (r.len == 1 && r.items[0]->list.len == 0) {
        buf_putc(b, ' ');
        str_expr(c, r.items[0]->x, b);
    } else if (r.len > 0) {
        buf_puts(b, " (");
        str_fields(c, r, ", ", b);
        buf_putc(b, ')');
    }
}

static void str_type(Compiler *c, Node *n, Buf *b) {
    switch (n->kind) {
    case N_ARRAYTYPE:
        buf_putc(b, '[');
        if (n->x && n->x->kind == N_ELLIPSIS && !n->x->x) buf_puts(b, "...");
        else if (n->x) str_expr(c, n->x, b);
        buf_putc(b, ']');
        str_expr(c, n->y, b);
        break;
    case N_STRUCTTYPE:
        buf_puts(b, "struct{");
        for (int i = 0; i < n->list.len; i++) {
            if (i) buf_puts(b, "; ");
            str_field(c, n->list.items[i], b);
            if (n->list.items[i]->lit)
                buf_printf(b, " %s", n->list.items[i]->lit);
        }
        buf_putc(b, '}');
        break;
    case N_FUNCTYPE:
        buf_puts(b, "func");
        str_signature(c, n, b);
        break;
    case N_INTERFACETYPE:
        buf_puts(b, "interface{");
        for (int i = 0; i < n->list.len; i++) {
            Node *f = n->list.items[i];
            if (i) buf_puts(b, "; ");
            if (f->list.len && f->x && f->x->kind == N_FUNCTYPE) {
                buf_puts(b, f->list.items[0]->name);
                str_signature(c, f->x, b);
            } else {
                str_expr(c, f->x, b);
            }
        }
        buf_putc(b, '}');
        break;
    case N_MAPTYPE:
        buf_puts(b, "map[");
        str_expr(c, n->x, b);
        buf_putc(b, ']');
        str_expr(c, n->y, b);
        break;
    case N_CHANTYPE:
        buf_puts(b, n->flags & NF_RECV ? "<-chan" : "chan");
        if (n->flags & NF_SEND) buf_puts(b, "<-");
        buf_putc(b, ' ');
        if (!(n->flags & (NF_SEND | NF_RECV)) && n->x &&
            n->x->kind == N_CHANTYPE && (n->x->flags & NF_RECV)) {
            buf_putc(b, '(');
            str_expr(c, n->x, b);
            buf_putc(b, ')');
        } else {
            str_expr(c, n->x, b);
        }
        break;
    case N_ELLIPSIS:
        buf_puts(b, "...");
        if (n->x) str_expr(c, n->x, b);
        break;
    default:
        buf_puts(b, "<bad expr>");
    }
}

static void str_expr(Compiler *c, Node *n, Buf *b) {
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: buf_puts(b, n->name); break;
    case N_BASICLIT: buf_puts(b, n->lit); break;
    case N_FUNCLIT:
        str_expr(c, n->x, b);
        buf_puts(b, n->y && n->y->list.len ? " {…}" : " {}");
        break;
    case N_COMPOSITE:
        if (n->x) str_expr(c, n->x, b);
        buf_puts(b, n->list.len ? "{…}" : "{}");
        break;
    case N_PAREN:
        buf_putc(b, '(');
        str_expr(c, n->x, b);
        buf_putc(b, ')');
        break;
    case N_SELECTOR:
        str_expr(c, n->x, b);
        buf_printf(b, ".%s", n->name);
        break;
    case N_INDEX:
        str_expr(c, n->x, b);
        buf_putc(b, '[');
        str_expr(c, n->y, b);
        buf_putc(b, ']');
        break;
    case N_SLICEEXPR:
        str_expr(c, n->x, b);
        buf_putc(b, '[');
        str_expr(c, n->y, b);
        buf_putc(b, ':');
        str_expr(c, n->z, b);
        if (n->w) {
            buf_putc(b, ':');
            str_expr(c, n->w, b);
        }
        buf_putc(b, ']');
        break;
    case N_TYPEASSERT:
        str_expr(c, n->x, b);
        buf_puts(b, ".(");
        if (n->y) str_expr(c, n->y, b);
        else buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case N_CALL:
        str_expr(c, n->x, b);
        buf_putc(b, '(');
        str_list(c, n->list, b);
        if (n->flags & NF_DOTS) buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case N_STAR:
        buf_putc(b, '*');
        str_expr(c, n->x, b);
        break;
    case N_UNARY:
        buf_puts(b, tok_string(n->op));
        str_expr(c, n->x, b);
        break;
    case N_BINARY:
        str_expr(c, n->x, b);
        buf_printf(b, " %s ", tok_string(n->op));
        str_expr(c, n->y, b);
        break;
    case N_KEYVALUE:
        str_expr(c, n->x, b);
        buf_puts(b, ": ");
        str_expr(c, n->y, b);
        break;
    case N_CONVIFACE:
        str_expr(c, n->x, b);
        break;
    default:
        str_type(c, n, b);
    }
}

const char *ast_string(Compiler *c, Node *n) {
    Buf b = {0};
    str_expr(c, n, &b);
    const char *s = arena_strdup(&c->arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}
