/* escape_report.c — what escape analysis prints and what it assumes about
 * code it cannot see:
 *  - esc_node_string: an expression or statement as Go's ir formatter
 *    prints it in -m messages (which is not the source text: `([]byte)(s)`,
 *    `&T{...}`, `func literal`, `... argument`, constants spaced);
 *  - esc_native_summary: the parameter leak summaries of bodyless standard
 *    library functions (C natives), written to match what Go 1.19's
 *    analysis concludes for the real Go functions.
 * Types print as Go's compiler prints them in package main: local types
 * unqualified (`Point`), others qualified (`strings.Builder`). */
#include "escape.h"

#include <stdlib.h>

static void node_buf(Compiler *c, Node *n, Buf *b);

static void type_buf(Compiler *c, Type *t, Buf *b) {
    if (!t) {
        buf_puts(b, "?");
        return;
    }
    if (t->name) {
        const char *nm = t->name;
        if (strncmp(nm, "main.", 5) == 0) nm += 5;
        /* byte and rune are what programs write */
        if (!strcmp(nm, "uint8")) nm = "byte";
        else if (!strcmp(nm, "int32")) nm = "rune";
        buf_puts(b, nm);
        return;
    }
    switch (t->kind) {
    case TY_POINTER: buf_putc(b, '*'); type_buf(c, t->elem, b); return;
    case TY_SLICE: buf_puts(b, "[]"); type_buf(c, t->elem, b); return;
    case TY_ARRAY:
        buf_printf(b, "[%lld]", (long long)t->len);
        type_buf(c, t->elem, b);
        return;
    case TY_MAP:
        buf_puts(b, "map[");
        type_buf(c, t->key, b);
        buf_putc(b, ']');
        type_buf(c, t->elem, b);
        return;
    case TY_CHAN:
        buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND
                                                          ? "chan<- " : "chan ");
        type_buf(c, t->elem, b);
        return;
    case TY_FUNC:
        buf_puts(b, "func(");
        for (int i = 0; i < t->nparams; i++) {
            if (i) buf_puts(b, ", ");
            if (t->variadic && i == t->nparams - 1) {
                buf_puts(b, "...");
                type_buf(c, t->params[i]->elem, b);
            } else {
                type_buf(c, t->params[i], b);
            }
        }
        buf_putc(b, ')');
        if (t->nresults == 1) {
            buf_putc(b, ' ');
            type_buf(c, t->results[0], b);
        } else if (t->nresults > 1) {
            buf_puts(b, " (");
            for (int i = 0; i < t->nresults; i++) {
                if (i) buf_puts(b, ", ");
                type_buf(c, t->results[i], b);
            }
            buf_putc(b, ')');
        }
        return;
    case TY_INTERFACE:
        if (t->nfields == 0) {
            buf_puts(b, "interface {}");
            return;
        }
        buf_puts(b, "interface {");
        for (int i = 0; i < t->nfields; i++) {
            buf_puts(b, i ? "; " : " ");
            buf_puts(b, t->fields[i].name);
            Buf sig = {0};
            type_buf(c, t->fields[i].type, &sig);
            buf_puts(b, sig.data ? sig.data + 4 : "()");
            buf_free(&sig);
        }
        buf_puts(b, " }");
        return;
    case TY_STRUCT:
        if (t->nfields == 0) {
            buf_puts(b, "struct {}");
            return;
        }
        buf_puts(b, "struct {");
        for (int i = 0; i < t->nfields; i++) {
            buf_puts(b, i ? "; " : " ");
            if (!t->fields[i].embedded) {
                buf_puts(b, t->fields[i].name);
                buf_putc(b, ' ');
            }
            type_buf(c, t->fields[i].type, b);
        }
        buf_puts(b, " }");
        return;
    default:
        buf_puts(b, type_string(c, t));
        return;
    }
}

static void list_buf(Compiler *c, List *l, int from, Buf *b) {
    for (int i = from; i < l->len; i++) {
        if (i > from) buf_puts(b, ", ");
        node_buf(c, l->items[i], b);
    }
}

static void quote_buf(const char *lit, Buf *b) {
    if (lit[0] != '`') {
        buf_puts(b, lit);
        return;
    }
    buf_putc(b, '"');
    for (const char *p = lit + 1; *p && *p != '`'; p++) {
        if (*p == '"' || *p == '\\') buf_putc(b, '\\');
        if (*p == '\n') buf_puts(b, "\\n");
        else if (*p == '\t') buf_puts(b, "\\t");
        else if (*p != '\r') buf_putc(b, *p);
    }
    buf_putc(b, '"');
}

Node *esc_recv_chain(Compiler *c, Node *sel, int upto) {
    Node *x = sel->x;
    SelPath *p = sel->path;
    Type *t = x ? x->type : NULL;
    for (int i = 0; p && t && i < p->len && i < upto; i++) {
        if (t->kind == TY_POINTER) t = t->elem;
        if (t->kind != TY_STRUCT || p->index[i] >= t->nfields) break;
        Field *f = &t->fields[p->index[i]];
        Node *d = arena_alloc(&c->arena, sizeof *d);
        d->kind = N_SELECTOR;
        d->aux = AUX_SEL_FIELD;
        d->x = x;
        d->name = f->name;
        d->pos = sel->pos;
        d->type = f->type;
        x = d;
        t = f->type;
    }
    return x;
}

static void postfix_operand(Compiler *c, Node *x, Buf *b);

static void call_buf(Compiler *c, Node *n, Buf *b) {
    Node *f = unparen(n->x);
    if (n->aux == AUX_CALL_BUILTIN) {
        buf_puts(b, f && f->name ? f->name : "builtin");
        buf_putc(b, '(');
        if ((n->builtin == BI_MAKE || n->builtin == BI_NEW) && n->list.len) {
            Type *t = n->builtin == BI_NEW && n->type ? n->type->elem : n->type;
            type_buf(c, t, b);
            if (n->list.len > 1) buf_puts(b, ", ");
            list_buf(c, &n->list, 1, b);
        } else {
            list_buf(c, &n->list, 0, b);
            if (n->flags & NF_DOTS) buf_puts(b, "...");
        }
        buf_putc(b, ')');
        return;
    }
    if (n->aux == AUX_CALL_CONV) {
        Type *t = n->type;
        if (t && t->name) type_buf(c, t, b);
        else {
            buf_putc(b, '(');
            type_buf(c, t, b);
            buf_putc(b, ')');
        }
        buf_putc(b, '(');
        list_buf(c, &n->list, 0, b);
        buf_putc(b, ')');
        return;
    }
    int first = 0;
    if (n->aux == AUX_CALL_METHOD && f && f->kind == N_SELECTOR && f->path &&
        f->path->method) {
        /* Go prints method calls rewritten as method expressions:
         * T.M(t), (*T).M(p) */
        Type *rt = f->path->recv_type;
        if (f->path->method->ptr_recv) buf_puts(b, "(*");
        type_buf(c, rt, b);
        if (f->path->method->ptr_recv) buf_putc(b, ')');
        buf_printf(b, ".%s(", f->name);
        Node *r = unparen(f->x);
        if (r && r->kind == N_CALL) buf_puts(b, ".autotmp_0");
        else node_buf(c, esc_recv_chain(c, f, 1 << 30), b);
        if (n->list.len) buf_puts(b, ", ");
    } else {
        postfix_operand(c, n->x, b);    /* (func literal)(x) */
        buf_putc(b, '(');
    }
    (void)first;
    Type *sig = f ? f->type : NULL;
    bool implicit = sig && sig->kind == TY_FUNC && sig->variadic &&
                    !(n->flags & NF_DOTS);
    if (f && f->kind == N_SELECTOR && f->aux == AUX_SEL_METHOD_EXPR)
        implicit = false;
    int fixed = implicit ? sig->nparams - 1 : n->list.len;
    if (fixed > n->list.len) fixed = n->list.len;
    /* Go rewrites the extra arguments into "... argument" when escape
     * analysis reaches the call (which then owns a location: Node.escape);
     * what is printed before that shows them as written */
    if (implicit && n->list.len > fixed && !n->escape) {
        implicit = false;
        fixed = n->list.len;
    }
    for (int i = 0; i < fixed; i++) {
        if (i) buf_puts(b, ", ");
        node_buf(c, n->list.items[i], b);
    }
    if (implicit) {
        if (fixed) buf_puts(b, ", ");
        buf_puts(b, n->list.len > fixed ? "... argument..." : "nil...");
    } else if (n->flags & NF_DOTS) {
        buf_puts(b, "...");
    }
    buf_putc(b, ')');
}

/* Go's OpPrec (ir/fmt.go); &T{...} and func literals have none (0), so
 * they are parenthesised wherever an operand is printed */
static int prec(Tok op) {
    switch (op) {
    case T_LOR: return 1;
    case T_LAND: return 2;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ:
        return 3;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return 4;
    default: return 5;
    }
}

static bool no_prec(Node *x) {
    return x && (x->kind == N_FUNCLIT ||
                 (x->kind == N_UNARY && x->op == T_AND &&
                  unparen(x->x) && unparen(x->x)->kind == N_COMPOSITE) ||
                 (x->kind == N_COMPOSITE && x->type &&
                  x->type->kind == TY_POINTER));
}

static void operand_buf(Compiler *c, Node *x, int p, Buf *b) {
    x = unparen(x);
    if (x && x->kind == N_CONVIFACE) x = x->x;
    bool paren = x && ((x->kind == N_BINARY && prec(x->op) < p) ||
                       no_prec(x));
    if (paren) buf_putc(b, '(');
    node_buf(c, x, b);
    if (paren) buf_putc(b, ')');
}

/* the operand of a postfix form (x.f, x[i], x[i:j], x.(T)) */
static void postfix_operand(Compiler *c, Node *x, Buf *b) {
    x = unparen(x);
    bool paren = x && (x->kind == N_STAR || x->kind == N_UNARY ||
                       x->kind == N_BINARY || no_prec(x));
    if (paren) buf_putc(b, '(');
    node_buf(c, x, b);
    if (paren) buf_putc(b, ')');
}

static void node_buf(Compiler *c, Node *n, Buf *b) {
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: buf_puts(b, n->name ? n->name : "_"); return;
    case N_BASICLIT:
        if (n->op == T_STRING) quote_buf(n->lit, b);
        else buf_puts(b, n->lit);
        return;
    case N_PAREN: node_buf(c, n->x, b); return;
    case N_CONVIFACE: node_buf(c, n->x, b); return;
    case N_SELECTOR:
        postfix_operand(c, n->x, b);
        buf_putc(b, '.');
        buf_puts(b, n->name);
        return;
    case N_INDEX:
        postfix_operand(c, n->x, b);
        buf_putc(b, '[');
        node_buf(c, n->y, b);
        buf_putc(b, ']');
        return;
    case N_SLICEEXPR:
        postfix_operand(c, n->x, b);
        buf_putc(b, '[');
        node_buf(c, n->y, b);
        buf_putc(b, ':');
        node_buf(c, n->z, b);
        if (n->flags & NF_SLICE3) {
            buf_putc(b, ':');
            node_buf(c, n->w, b);
        }
        buf_putc(b, ']');
        return;
    case N_TYPEASSERT:
        postfix_operand(c, n->x, b);
        buf_puts(b, ".(");
        if (n->y) {
            Type *t = n->type;
            if (t && t->kind == TY_TUPLE) t = t->fields[0].type;
            type_buf(c, t, b);
        } else {
            buf_puts(b, "type");
        }
        buf_putc(b, ')');
        return;
    case N_CALL: call_buf(c, n, b); return;
    case N_STAR:
    case N_UNARY: {
        /* Go parenthesises a unary operand of a unary operator: *(*p) */
        buf_puts(b, n->kind == N_STAR ? "*" : tok_string(n->op));
        Node *x = unparen(n->x);
        bool paren = x && (x->kind == N_STAR || x->kind == N_UNARY);
        if (paren) buf_putc(b, '(');
        node_buf(c, x, b);
        if (paren) buf_putc(b, ')');
        return;
    }
    case N_BINARY: {
        int p = prec(n->op);
        operand_buf(c, n->x, p, b);
        buf_printf(b, " %s ", tok_string(n->op));
        operand_buf(c, n->y, p + 1, b);
        return;
    }
    case N_KEYVALUE:
        node_buf(c, n->x, b);
        buf_puts(b, ":");
        node_buf(c, n->y, b);
        return;
    case N_COMPOSITE: {
        Type *t = n->type;
        if (t && t->kind == TY_POINTER) {
            buf_putc(b, '&');
            t = t->elem;
        }
        type_buf(c, t, b);
        buf_puts(b, n->list.len ? "{...}" : "{}");
        return;
    }
    case N_FUNCLIT: buf_puts(b, "func literal"); return;
    case N_ASSIGN:
        list_buf(c, &n->list, 0, b);
        buf_printf(b, " %s ", tok_string(n->op));
        list_buf(c, &n->list2, 0, b);
        return;
    case N_RETURN:
        buf_puts(b, "return");
        if (n->list.len) buf_putc(b, ' ');
        list_buf(c, &n->list, 0, b);
        return;
    case N_SEND:
        node_buf(c, n->x, b);
        buf_puts(b, " <- ");
        operand_buf(c, n->y, 3, b);     /* Go: OSEND's precedence + 1 */
        return;
    case N_GO: buf_puts(b, "go "); node_buf(c, n->x, b); return;
    case N_DEFER: buf_puts(b, "defer "); node_buf(c, n->x, b); return;
    case N_VARSPEC:         /* Go's noder makes it an assignment */
        list_buf(c, &n->list, 0, b);
        if (n->list2.len) buf_puts(b, " = ");
        list_buf(c, &n->list2, 0, b);
        return;
    case N_RANGE: buf_puts(b, "range "); node_buf(c, n->x, b); return;
    case N_INCDEC:
        node_buf(c, n->x, b);
        buf_puts(b, n->op == T_INC ? "++" : "--");
        return;
    case N_CASE: buf_puts(b, "case"); return;
    default:
        if (n->type) type_buf(c, n->type, b);
        else buf_puts(b, ast_string(c, n));
        return;
    }
}

const char *esc_node_string(Compiler *c, Node *n) {
    Buf b = {0};
    node_buf(c, n, &b);
    const char *s = arena_strdup(&c->arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

const char *esc_type_string(Compiler *c, Type *t) {
    Buf b = {0};
    type_buf(c, t, &b);
    const char *s = arena_strdup(&c->arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

/* ---- natives ----
 * One entry per bodyless function: its qualified name and a summary per
 * parameter (receiver first), separated by ',':
 *   "-"     does not escape        "h"    leaks to the heap
 *   "c"     leaks its content (heap, level 1)
 *   "rN"    leaks to result N (level 0); "rN.L" at level L
 * joined with '+' ("h+r0").  Parameters without pointers need "-". */
typedef struct NativeSummary {
    const char *name;
    const char *leaks;
} NativeSummary;

static const NativeSummary natives[] = {
    {"fmt.Print", "c"}, {"fmt.Println", "c"}, {"fmt.Printf", "-,c"},
    {"fmt.Sprint", "c"}, {"fmt.Sprintln", "c"}, {"fmt.Sprintf", "-,c"},
    {"fmt.Fprint", "h,c"}, {"fmt.Fprintln", "h,c"}, {"fmt.Fprintf", "h,-,c"},
    {"fmt.Errorf", "-,c"}, {"fmt.fprint", "-,c"}, {"fmt.fprintln", "-,c"},
    {"fmt.fprintf", "-,-,c"}, {"fmt.errorf", "-,c"},
    {"fmt.Append", "r0,c"}, {"fmt.Appendf", "r0,-,c"},
    {"fmt.Appendln", "r0,c"},
    {"strings.ToUpper", "r0"}, {"strings.ToLower", "r0"},
    {"strings.TrimSpace", "r0"}, {"strings.Trim", "r0,-"},
    {"strings.TrimLeft", "r0,-"}, {"strings.TrimRight", "r0,-"},
    {"strings.TrimPrefix", "r0,-"}, {"strings.TrimSuffix", "r0,-"},
    {"strings.Title", "r0"}, {"strings.ReplaceAll", "r0,-,-"},
    {"strings.Replace", "r0,-,-,-"}, {"strings.Join", "r0.1,-"},
    {"strings.Split", "h,-"}, {"strings.SplitN", "h,-,-"},
    {"strings.Fields", "h"}, {"strings.Repeat", "-,-"},
    {"strings.Index", "-,-"}, {"strings.IndexByte", "-,-"},
    {"strings.IndexRune", "-,-"}, {"strings.LastIndex", "-,-"},
    {"strings.Contains", "-,-"}, {"strings.ContainsRune", "-,-"},
    {"strings.ContainsAny", "-,-"}, {"strings.HasPrefix", "-,-"},
    {"strings.HasSuffix", "-,-"}, {"strings.EqualFold", "-,-"},
    {"strings.Count", "-,-"}, {"strings.Compare", "-,-"},
    {"strings.Map", "-,-"},
    {"strconv.Atoi", "h"}, {"strconv.ParseInt", "h,-,-"},
    {"strconv.ParseUint", "h,-,-"}, {"strconv.ParseFloat", "h,-"},
    {"strconv.ParseBool", "h"}, {"strconv.Quote", "-"},
    {"strconv.AppendInt", "r0,-,-"}, {"strconv.AppendQuote", "r0,-"},
    {"sort.Ints", "h"}, {"sort.Strings", "h"}, {"sort.Float64s", "h"},
    {"sort.Sort", "h"}, {"sort.Stable", "h"}, {"sort.Slice", "h,-"},
    {"sort.SliceStable", "h,-"}, {"sort.Search", "-,-"},
    {"sort.SearchInts", "-,-"}, {"sort.IntsAreSorted", "-"},
    {"errors.New", "h"}, {"errors.Is", "h,h"}, {"errors.As", "h,h"},
    {"errors.Unwrap", "h"},
    {"unicode/utf8.RuneCountInString", "-"}, {"utf8.RuneCountInString", "-"},
    {"unicode/utf8.RuneCount", "-"}, {"utf8.RuneCount", "-"},
    {"unicode/utf8.DecodeRuneInString", "-"}, {"utf8.DecodeRuneInString", "-"},
    {"unicode/utf8.DecodeRune", "-"}, {"utf8.DecodeRune", "-"},
    {"unicode/utf8.DecodeLastRuneInString", "-"},
    {"utf8.DecodeLastRuneInString", "-"},
    {"unicode/utf8.EncodeRune", "-,-"}, {"utf8.EncodeRune", "-,-"},
    {"unicode/utf8.AppendRune", "r0,-"}, {"utf8.AppendRune", "r0,-"},
    {"unicode/utf8.Valid", "-"}, {"utf8.Valid", "-"},
    {"unicode/utf8.ValidString", "-"}, {"utf8.ValidString", "-"},
    {"os.(*File).Write", "-,-"}, {"os.(*File).WriteString", "-,-"},
    {"runtime.ReadMemStats", "-"},
    {"time.Since", "-"}, {"time.Time.Sub", "-,-"},
    {"sort.Sort", "h"}, {"sync.(*Mutex).Lock", "h"}, {"sync.(*Mutex).Unlock", "h"},
    {"sync.(*RWMutex).Lock", "h"}, {"sync.(*RWMutex).Unlock", "h"},
    {"sync.(*RWMutex).RLock", "h"}, {"sync.(*RWMutex).RUnlock", "h"},
    {"sync.(*WaitGroup).Add", "h,-"}, {"sync.(*WaitGroup).Done", "h"},
    {"sync.(*WaitGroup).Wait", "h"}, {"sync.(*Once).Do", "h,-"},
};

static void parse_leak(const char *s, const char *end, EscLeaks *l) {
    while (s < end) {
        if (*s == 'h') esc_leaks_add_heap(l, 0), s++;
        else if (*s == 'c') esc_leaks_add_heap(l, 1), s++;
        else if (*s == 'r') {
            int r = s[1] - '0', lvl = 0;
            s += 2;
            if (s < end && *s == '.') lvl = s[1] - '0', s += 2;
            esc_leaks_add_result(l, r, lvl);
        } else s++;
    }
}

bool esc_native_summary(const char *qualname, Type *sig, bool has_recv,
                        EscLeaks *leaks, int n) {
    (void)sig;
    (void)has_recv;
    if (!qualname) return false;
    for (size_t i = 0; i < sizeof natives / sizeof natives[0]; i++) {
        if (strcmp(natives[i].name, qualname) != 0) continue;
        const char *p = natives[i].leaks;
        for (int k = 0; k < n && *p; k++) {
            const char *end = strchr(p, ',');
            if (!end) end = p + strlen(p);
            parse_leak(p, end, &leaks[k]);
            p = *end ? end + 1 : end;
        }
        return true;
    }
    return false;
}
