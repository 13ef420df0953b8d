/* escape_build.c — escape analysis over gosub's typed AST: builds the
 * location graph of escape_graph.c function batch by function batch, and
 * turns the solution into allocation-site regions, variable regions,
 * closure capture modes and -m diagnostics.
 *
 * Invariants (the contract of the stub it replaces, compiler/escape.c):
 *  - every allocating construct gets Node.site (site_new), Node.region and
 *    a reason; variables get Symbol.region (REGION_HEAP = moved to heap)
 *    and, when captured, Symbol.byref;
 *  - decisions are Go 1.19's (cmd/compile/internal/escape), so that
 *    `gosub build -m` prints what `go build -gcflags='-m -l'` prints.
 *
 * Approach.  Functions are grouped into strongly connected components of
 * the static call graph (Tarjan; a closure belongs to the component of the
 * function that contains it) and analysed callees first.  A batch is one
 * component: locations for every variable of its functions, then one walk
 * over the bodies that turns each construct into flows between "holes"
 * (a destination plus a deref count): `x = e` evaluates e into x's hole,
 * `&e` shifts the hole by -1, `*e`, `p.f` through a pointer and `s[i]` of a
 * slice shift it by +1; an allocating expression gets a location of its own
 * whose address flows into the hole (a "spill").  Calls to functions
 * already analysed use their parameter leak summaries; calls within the
 * batch flow arguments into the callee's parameter locations directly;
 * calls through func values and interfaces flow arguments to the heap.
 * After the walk, captured variables are flowed into their closures (by
 * value if never reassigned, never address-taken and at most 128 bytes),
 * size rules force some locations to the heap, the solver runs, and the
 * parameters of the batch get their summaries.
 *
 * Example: `go worker(&x)` becomes, as in Go, a wrapper closure capturing a
 * temporary t = &x: heap = &closure; closure = t; t = &x — so x escapes
 * even though worker's parameter does not.
 *
 * Reports follow Go's -m output line for line: devirtualization messages
 * first (held back in a buffer until the analysis is done), batches in
 * declaration order, conversions at the position Go's noder gives them
 * (track_pos), package-level initialisers that Go lays out as static data
 * analysed silently (static_init).  Every site also gets a one-line reason
 * for the site table (site_reason: "escapes: returned from f", "stack: does
 * not escape", "heap: too large for stack (N bytes)"), derived from the
 * last hop of the path the solver found (EscLoc.why_*).
 *
 * Known imprecision: Go's (see escape_graph.c).  Positions of implicit
 * conversions replay Go's noder for the statement forms tests/escape covers
 * (assignments, var declarations, returns, sends, calls, append, panic,
 * keyed literals); -m=2 lacks Go's .autotmp_N temporaries and wrapper
 * methods (tests/escape/README.md).
 *
 * Cost: linear in the AST per batch, plus the solver. */
#include "escape.h"

#include <ctype.h>
#include <stdlib.h>

#include "vm/module.h"

#define MAX_STACK_VAR_SIZE (10 * 1024 * 1024)

typedef struct EscVar {
    EscLoc *loc;
    const char *reason;    /* "moved to heap: ..." for the site table */
    Node *rhs;             /* defining value (x := v, var x = v) */
    bool ir_reassigned;    /* Go's ir.Reassigned: assigned again or &x */
} EscVar;

typedef struct PendingClosure {
    EscHole k;
    Node *lit;
    FuncInfo *fi;
} PendingClosure;

/* Go's devirtualization pass runs over every function before escape
 * analysis, so its -m messages come first (in declaration order) */
typedef struct Devirt {
    Pos pos;
    const char *msg;
} Devirt;

typedef struct Esc {
    Compiler *c;
    EscGraph *g;
    EscFunc *fn;
    int loop_depth;
    VEC(PendingClosure) closures;
    VEC(Node *) labels;         /* labels seen so far in this function */
    VEC(Node *) looping;        /* labels targeted by a later goto */
    VEC(EscFunc *) batch;
    VEC(EscFunc *) stack;       /* Tarjan */
    int index;
    bool *main_file;
    int nfiles;
    VEC(Devirt) devirts;        /* "devirtualizing" messages */
    EscFunc *init_loud;         /* package init: the reporting pseudo-func */
    EscFunc *init_quiet;        /* ...and the silent one (static data) */
    EscLoc *wrap;               /* go/defer wrapper being built */
    bool wrap_heap;             /* ...for a go or a defer in a loop */
} Esc;

static void expr(Esc *e, EscHole k, Node *n);
static void stmt(Esc *e, Node *n);
static void call(Esc *e, EscHole *ks, int nks, Node *n);
static void arg_expr(Esc *e, EscHole k, Node *n);
static void set_conv_pos(Esc *e, Node *n, Pos p);
static void track_pos(Node *n, Pos *p);

/* ---- small helpers ---- */

static bool has_pointers(Type *t) {
    return t && t->kind != TY_TUPLE && t->ptrdata > 0;
}


static EscHole heap_hole(Esc *e) { return esc_hole(&e->g->heap); }
static EscHole discard_hole(Esc *e) { return esc_hole(&e->g->blank); }
static EscHole note(Esc *e, EscHole k, Node *w, const char *why) {
    return esc_note(e->g, k, w, why);
}

static EscFunc *func_of(Esc *e, FuncInfo *fi) {
    if (!fi) return NULL;
    if (!fi->escape) {
        EscFunc *f = arena_alloc(&e->c->arena, sizeof *f);
        f->fi = fi;
        f->name = fi->qualname;
        fi->escape = f;
        Node *d = fi->decl;
        f->native = d && d->kind == N_FUNCDECL && !d->y;
        int file = d ? d->pos.file : -1;
        f->report = file >= 0 && file < e->nfiles && e->main_file[file];
    }
    return fi->escape;
}

static EscVar *var_of(Esc *e, Symbol *s) {
    if (!s->escape) s->escape = arena_alloc(&e->c->arena, sizeof(EscVar));
    return s->escape;
}

static bool is_local(Symbol *s) {
    return s && s->kind == SYM_VAR && !s->global && s->func;
}

static bool is_blank(Symbol *s) {
    return !s || !s->name || (s->name[0] == '_' && !s->name[1]);
}

static EscLoc *new_loc(Esc *e, LocKind kind, Node *n, Symbol *s,
                       bool transient) {
    EscLoc *l = esc_loc_new(e->g, e->fn, kind, n, s, transient);
    l->loop_depth = e->loop_depth;
    return l;
}

/* the location of a local variable, created on first sight if missing */
static EscLoc *var_loc(Esc *e, Symbol *s) {
    EscVar *v = var_of(e, s);
    if (!v->loc) {
        v->loc = new_loc(e, s->param || s->recv ? LOC_PARAM
                            : s->result ? LOC_RESULT : LOC_VAR, NULL, s,
                         false);
        if (s->func) v->loc->fn = func_of(e, s->func);
    }
    return v->loc;
}

static EscHole tee(Esc *e, EscHole *ks, int n) {
    if (n == 0) return discard_hole(e);
    if (n == 1) return ks[0];
    EscLoc *l = new_loc(e, LOC_TEMP, NULL, NULL, true);
    for (int i = 0; i < n; i++) esc_flow(e->g, ks[i], l);
    return esc_hole(l);
}

static EscHole later(Esc *e, EscHole k) {
    EscLoc *l = new_loc(e, LOC_TEMP, NULL, NULL, false);
    esc_flow(e->g, k, l);
    return esc_hole(l);
}

static int64_t implicit_max(Esc *e) { return e->c->opts.stack_alloc_max; }

/* For -m=2 text only: n as Go's IR shows it, at pos — a copy of n, or
 * (text != NULL) a name standing for an implicit node Go's rewrites
 * create ("... argument", "func literal"). */
static Node *shown_node(Esc *e, Node *n, Pos pos, const char *text) {
    if (e->g->m_level < 2 || !n) return n;
    Node *f = arena_alloc(&e->c->arena, sizeof *f);
    *f = *n;
    f->pos = pos;
    if (text) {
        memset(f, 0, sizeof *f);
        f->kind = N_IDENT;
        f->name = text;
        f->pos = pos;
    }
    return f;
}

/* Registers the allocation site of n and gives it a location whose address
 * flows to k; returns the hole for the allocation's contents.  -m=2 shows
 * the location as `shown` (NULL: n). */
static EscHole spill_shown(Esc *e, EscHole k, Node *n, int kind, Type *t,
                           Node *shown) {
    if (n->site < 0)
        site_new(e->c, n, kind, esc_node_string(e->c, n), t,
                 e->fn ? e->fn->fi : NULL);
    EscLoc *l = new_loc(e, LOC_EXPR, n, NULL, true);
    if (n->escape) l->pos = *(Pos *)n->escape;
    n->escape = l;
    if (shown && shown != n) l->shown = shown;
    esc_flow(e->g, esc_addr(e->g, k, shown ? shown : n, "spill"), l);
    return esc_hole(l);
}

static EscHole spill_kind(Esc *e, EscHole k, Node *n, int kind, Type *t) {
    return spill_shown(e, k, n, kind, t, NULL);
}

static const char *always_heap_reason(int kind) {
    switch (kind) {
    case SITE_MAKECHAN: return "heap: channels always live on the heap";
    case SITE_APPEND: return "heap: append grows into a new heap array";
    case SITE_CONCAT: return "heap: string concatenation (+=) result";
    case SITE_CONVIFACE:
        return "heap: comma-ok assertion into an interface (not analysed)";
    default: return "heap: always on the heap";
    }
}

/* a site that always allocates on the heap and that -m never reports */
static void heap_site(Esc *e, Node *n, int kind, Type *t) {
    if (n->site < 0)
        site_new(e->c, n, kind, esc_node_string(e->c, n), t,
                 e->fn ? e->fn->fi : NULL);
    n->region = REGION_HEAP;
    e->c->sites.items[n->site].region = REGION_HEAP;
    e->c->sites.items[n->site].reason = always_heap_reason(kind);
}

static void discard(Esc *e, Node *n) { expr(e, discard_hole(e), n); }

static void discard_list(Esc *e, List *l) {
    for (int i = 0; i < l->len; i++) discard(e, l->items[i]);
}

/* ---- addressable expressions: the hole for storing into n ---- */

static EscHole addr_of(Esc *e, Node *n) {
    n = unparen(n);
    if (!n) return discard_hole(e);
    switch (n->kind) {
    case N_IDENT:
        if (n->sym && n->sym->result && is_local(n->sym))
            return esc_hole(var_loc(e, n->sym));
        if (is_blank(n->sym)) return discard_hole(e);
        if (is_local(n->sym)) return esc_hole(var_loc(e, n->sym));
        return heap_hole(e);
    case N_SELECTOR: {
        if (n->aux == AUX_SEL_QUALIFIED) return heap_hole(e);
        SelPath *p = n->path;
        bool through_ptr = false;
        for (int i = 0; p && i < p->len; i++) through_ptr |= p->deref[i];
        if (through_ptr) {
            discard(e, n);
            return heap_hole(e);
        }
        return addr_of(e, n->x);
    }
    case N_INDEX: {
        Type *xt = n->x->type;
        if (xt && xt->kind == TY_MAP) {
            discard(e, n->x);
            expr(e, note(e, heap_hole(e), n, "key of map put"), n->y);
            return heap_hole(e);
        }
        discard(e, n->y);
        if (xt && xt->kind == TY_ARRAY) return addr_of(e, n->x);
        discard(e, n->x);
        return heap_hole(e);
    }
    case N_STAR:
        discard(e, n);
        return heap_hole(e);
    default:
        discard(e, n);
        return heap_hole(e);
    }
}

/* marks the destinations of an assignment as reassigned unless it is the
 * variable's defining statement */
static void reassigned(Esc *e, EscHole *ks, Node **dsts, int n,
                       bool defining) {
    for (int i = 0; i < n; i++) {
        EscLoc *l = ks[i].dst;
        if (l == &e->g->blank || l == &e->g->heap) continue;
        Node *d = unparen(dsts[i]);
        if (defining && d && d->kind == N_IDENT && d->sym &&
            d->sym->decl == d)
            continue;
        l->reassigned = true;
    }
}

/* Go's isSelfAssign: val.x = val.y, val.x[i] = val.y[j] store nothing new */
static bool same_safe(Node *a, Node *b) {
    a = unparen(a);
    b = unparen(b);
    if (!a || !b || a->kind != b->kind) return false;
    switch (a->kind) {
    case N_IDENT: return a->sym == b->sym;
    case N_SELECTOR: return a->name == b->name && same_safe(a->x, b->x);
    case N_STAR: return same_safe(a->x, b->x);
    case N_INDEX:
        return same_safe(a->x, b->x) && same_safe(a->y, b->y) &&
               a->y->cval && b->y->cval;
    default: return false;
    }
}

static bool may_affect_memory(Node *n) {
    n = unparen(n);
    if (!n || n->cval) return false;
    switch (n->kind) {
    case N_IDENT: case N_BASICLIT: return false;
    case N_BINARY:
        if (n->op == T_LAND || n->op == T_LOR || n->op == T_EQL ||
            n->op == T_NEQ || n->op == T_LSS || n->op == T_GTR ||
            n->op == T_LEQ || n->op == T_GEQ)
            return true;
        return may_affect_memory(n->x) || may_affect_memory(n->y);
    case N_INDEX:
        return may_affect_memory(n->x) || may_affect_memory(n->y);
    case N_UNARY:
        if (n->op == T_AND || n->op == T_ARROW) return true;
        return may_affect_memory(n->x);
    case N_SELECTOR:
        return n->aux != AUX_SEL_FIELD || may_affect_memory(n->x);
    case N_STAR: return may_affect_memory(n->x);
    case N_CALL:
        if (n->aux == AUX_CALL_CONV && n->list.len == 1)
            return may_affect_memory(n->list.items[0]);
        if (n->aux == AUX_CALL_BUILTIN &&
            (n->builtin == BI_LEN || n->builtin == BI_CAP))
            return may_affect_memory(n->list.items[0]);
        return true;
    default: return true;
    }
}

static bool sel_through_ptr(Node *n) {
    if (n->kind != N_SELECTOR || n->aux != AUX_SEL_FIELD || !n->path)
        return false;
    return n->path->deref[n->path->len - 1];
}

static bool is_self_assign(Node *dst, Node *src) {
    dst = unparen(dst);
    src = unparen(src);
    if (!dst || !src) return false;
    /* b.buf = b.buf[n:m] */
    if (src->kind == N_SLICEEXPR && (sel_through_ptr(dst) ||
                                     dst->kind == N_STAR)) {
        Node *dx = unparen(dst->x), *base = unparen(src->x);
        Type *bt = base ? base->type : NULL;
        bool arr = bt && bt->kind == TY_ARRAY;
        if (!arr && base && (sel_through_ptr(base) || base->kind == N_STAR)) {
            Node *bx = unparen(base->x);
            if (dx && bx && dx->kind == N_IDENT && bx->kind == N_IDENT &&
                dx->sym == bx->sym)
                return true;
        }
    }
    if (dst->kind != src->kind) return false;
    if (dst->kind == N_SELECTOR && dst->aux == AUX_SEL_FIELD &&
        src->aux == AUX_SEL_FIELD)
        return same_safe(dst->x, src->x) && sel_through_ptr(dst) ==
               sel_through_ptr(src);
    if (dst->kind == N_INDEX) {
        if (may_affect_memory(dst->y) || may_affect_memory(src->y))
            return false;
        Type *t = dst->x->type;
        if (t && t->kind == TY_MAP) return false;
        return same_safe(dst->x, src->x);
    }
    return false;
}

static void warn(Esc *e, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void warn(Esc *e, Pos pos, const char *fmt, ...) {
    FILE *out = e->c->opts.m_out ? e->c->opts.m_out : stdout;
    fprintf(out, "%s: ", pos_string(e->c, pos));
    va_list ap;
    va_start(ap, fmt);
    vfprintf(out, fmt, ap);
    va_end(ap);
    fputc('\n', out);
}

static const char *fn_display(EscFunc *f) {
    const char *q = f->name ? f->name : "init";
    const char *dot = strchr(q, '.');
    return dot && q[0] != '(' ? dot + 1 : q;
}

/* assignment dsts... = srcs... (n of each; a missing src is the zero
 * value) */
static void assign_list(Esc *e, Node **dsts, Node **srcs, int n,
                        const char *why, Node *where, bool defining) {
    EscHole ks[n > 0 ? n : 1];
    for (int i = 0; i < n; i++) ks[i] = addr_of(e, dsts[i]);
    for (int i = 0; i < n; i++) {
        EscHole k = ks[i];
        Node *src = srcs ? srcs[i] : NULL;
        if (src && dsts[i] && is_self_assign(dsts[i], src)) {
            if (e->c->opts.m_level && e->fn && e->fn->report)
                warn(e, where->pos, "%s ignoring self-assignment in %s",
                     fn_display(e->fn), esc_node_string(e->c, where));
            k = discard_hole(e);
        }
        expr(e, note(e, k, where, why), src);
    }
    reassigned(e, ks, dsts, n, defining);
}

/* ---- expressions ---- */

static bool static_init(Node *n, int depth);
static bool static_shape(Node *n);

static void composite_elems(Esc *e, EscHole k, Node *n, const char *why) {
    for (int i = 0; i < n->list.len; i++) {
        Node *el = n->list.items[i];
        if (el->kind == N_KEYVALUE) {
            Type *t = n->type;
            set_conv_pos(e, el->y, el->pos);    /* Go: at the ':' */
            if (t && t->kind != TY_STRUCT) discard(e, el->x);
            el = el->y;
        }
        /* in a package-level literal laid out statically, a computed
         * element is init code: reported */
        EscFunc *saved = e->fn;
        if (e->init_loud && saved != e->init_loud && !static_init(el, 0) &&
            !static_shape(el))
            e->fn = e->init_loud;
        expr(e, note(e, k, n, why), el);
        e->fn = saved;
    }
}

/* a composite literal value (not its address) */
static void composite(Esc *e, EscHole k, Node *n) {
    Type *t = n->type;
    if (!t) return;
    if (t->kind == TY_POINTER) {        /* elided &T{...} in a literal */
        EscHole h = spill_kind(e, k, n, SITE_COMPOSITE, t->elem);
        composite_elems(e, h, n, t->elem->kind == TY_STRUCT
                                     ? "struct literal element"
                                     : "array literal element");
        return;
    }
    switch (t->kind) {
    case TY_SLICE: {
        EscHole h = spill_kind(e, k, n, SITE_SLICELIT, t->elem);
        composite_elems(e, h, n, "slice-literal-element");
        return;
    }
    case TY_MAP:
        spill_kind(e, k, n, SITE_MAPLIT, t);
        for (int i = 0; i < n->list.len; i++) {
            Node *kv = n->list.items[i];
            if (kv->kind != N_KEYVALUE) continue;
            set_conv_pos(e, kv->x, kv->pos);
            set_conv_pos(e, kv->y, kv->pos);
            expr(e, note(e, heap_hole(e), n, "map literal key"), kv->x);
            expr(e, note(e, heap_hole(e), n, "map literal value"), kv->y);
        }
        return;
    case TY_STRUCT:
        composite_elems(e, k, n, "struct literal element");
        return;
    default:
        composite_elems(e, k, n, "array literal element");
        return;
    }
}

static void func_lit(Esc *e, EscHole k, Node *n);
static void method_value(Esc *e, EscHole k, Node *n);

/* the receiver expression of a method selector, adapted as the checker
 * says (embedded steps, &x, *x) */
static EscLoc *wrap_temp(Esc *e);
static void wrap_capture(Esc *e, EscLoc *w, EscLoc *tmp, Type *t);

static void receiver(Esc *e, EscHole k, Node *sel) {
    SelPath *p = sel->path;
    /* in a go/defer wrapper the adapted receiver (&x, x.embedded) is what
     * the wrapper's temporary holds */
    EscLoc *w = e->wrap, *tmp = NULL;
    EscHole outer = k;
    if (w) {
        e->wrap = NULL;
        tmp = wrap_temp(e);
        k = esc_hole(tmp);
    }
    /* Go's implicit &x / *x and x.Embedded, at the selector */
    bool show = e->g->m_level >= 2;
    Node *full = show ? esc_recv_chain(e->c, sel, 1 << 30) : sel;
    if (p && p->addr_recv)
        k = esc_addr(e->g, k, shown_node(e, full, sel->pos, NULL),
                     "address-of");
    if (p && p->deref_recv)
        k = esc_deref(e->g, k, shown_node(e, full, sel->pos, NULL),
                      "indirection");
    for (int i = p ? p->len - 1 : -1; i >= 0; i--)
        if (p->deref[i])
            k = esc_deref(e->g, k,
                          show ? esc_recv_chain(e->c, sel, i + 1) : sel,
                          "dot of pointer");
    if (!w) {
        arg_expr(e, k, sel->x);
        return;
    }
    expr(e, k, sel->x);
    esc_flow(e->g, outer, tmp);
    wrap_capture(e, w, tmp, NULL);
    e->wrap = w;
}

static bool is_string_conv(Node *n, int *kind) {
    if (n->aux != AUX_CALL_CONV || n->list.len != 1 || !n->type) return false;
    Type *to = n->type, *from = n->list.items[0]->type;
    if (!from) return false;
    if (n->list.items[0]->cval && to->kind == TY_STRING) return false;
    *kind = SITE_CONVSTR;
    if (to->kind == TY_STRING)
        return (from->kind == TY_SLICE) || type_is_integer(from);
    return to->kind == TY_SLICE && from->kind == TY_STRING;
}

static void expr(Esc *e, EscHole k, Node *n) {
    if (!n) return;
    if (k.derefs >= 0 && n->type && n->type->kind != TY_TUPLE &&
        !has_pointers(n->type))
        k.dst = &e->g->blank;
    if (n->cval && n->kind != N_CONVIFACE) return;
    switch (n->kind) {
    case N_IDENT:
        if (is_local(n->sym) && !is_blank(n->sym))
            esc_flow(e->g, k, var_loc(e, n->sym));
        return;
    case N_BASICLIT:
        return;
    case N_PAREN:
        expr(e, k, n->x);
        return;
    case N_UNARY: {
        Node *x = unparen(n->x);
        if (n->op == T_AND && x && x->kind == N_COMPOSITE) {
            Type *et = n->type ? n->type->elem : NULL;
            EscHole h = spill_kind(e, k, n, SITE_COMPOSITE, et);
            composite(e, h, x);
        } else if (n->op == T_AND) {
            expr(e, esc_addr(e->g, k, n, "address-of"), n->x);
        } else {
            discard(e, n->x);
        }
        return;
    }
    case N_STAR:
        expr(e, esc_deref(e->g, k, n, "indirection"), n->x);
        return;
    case N_SELECTOR:
        switch (n->aux) {
        case AUX_SEL_FIELD: {
            SelPath *p = n->path;
            for (int i = 0; p && i < p->len; i++)
                k = p->deref[i] ? esc_deref(e->g, k, n, "dot of pointer")
                                : note(e, k, n, "dot");
            expr(e, k, n->x);
            return;
        }
        case AUX_SEL_METHOD:
        case AUX_SEL_IFACE_METHOD:
            method_value(e, k, n);
            return;
        default:
            return;
        }
    case N_INDEX: {
        Type *xt = n->x->type;
        if (xt && xt->kind == TY_MAP) {
            discard(e, n->x);
            discard(e, n->y);
            return;
        }
        if (xt && xt->kind == TY_ARRAY)
            expr(e, note(e, k, n, "fixed-array-index-of"), n->x);
        else if (xt && xt->kind == TY_POINTER)     /* p[i] is (*p)[i] */
            expr(e, esc_deref(e->g, note(e, k, n, "fixed-array-index-of"),
                              n->x, "indirection"), n->x);
        else
            expr(e, esc_deref(e->g, k, n, "dot of pointer"), n->x);
        discard(e, n->y);
        return;
    }
    case N_SLICEEXPR: {
        Type *xt = n->x->type;
        EscHole h = note(e, k, n, "slice");
        if (xt && xt->kind == TY_ARRAY) {
            /* Go's implicit &a, at the position base.Pos had */
            Pos p = n->pos;
            track_pos(n, &p);
            h = esc_addr(e->g, h, shown_node(e, n->x, p, NULL), "address-of");
        }
        expr(e, h, n->x);
        discard(e, n->y);
        discard(e, n->z);
        discard(e, n->w);
        return;
    }
    case N_TYPEASSERT: {
        Type *t = n->type;
        if (n->flags & NF_COMMA_OK && t && t->kind == TY_TUPLE)
            t = t->fields[0].type;
        if (t && !type_is_interface(t) && !type_is_direct_iface(t)) k = esc_shift(k, 1);
        expr(e, note(e, k, n, "dot"), n->x);
        return;
    }
    case N_CALL:
        call(e, &k, 1, n);
        return;
    case N_BINARY:
        if (n->op == T_ADD && n->type && n->type->kind == TY_STRING) {
            spill_kind(e, k, n, SITE_CONCAT, NULL);
            /* a + b + c is one concatenation in Go */
            Node *x = unparen(n->x);
            while (x && x->kind == N_BINARY && x->op == T_ADD && !x->cval &&
                   !(x->flags & NF_PARENED)) {
                discard(e, x->y);
                x = unparen(x->x);
            }
            discard(e, x);
            discard(e, n->y);
            return;
        }
        discard(e, n->x);
        discard(e, n->y);
        return;
    case N_COMPOSITE:
        composite(e, k, n);
        return;
    case N_FUNCLIT:
        func_lit(e, k, n);
        return;
    case N_CONVIFACE: {
        Type *xt = n->x->type;
        if (xt && !type_is_interface(xt) && !type_is_direct_iface(xt) &&
            xt->kind != TY_UNTYPED_NIL) {
            /* Go never reports a conversion in package initialisation */
            EscFunc *saved = e->fn;
            if (e->init_loud) e->fn = e->init_quiet;
            k = spill_kind(e, k, n, SITE_CONVIFACE, xt);
            e->fn = saved;
        }
        expr(e, note(e, k, n, "interface-converted"), n->x);
        return;
    }
    case N_KEYVALUE:
        expr(e, k, n->y);
        return;
    default:
        return;     /* types */
    }
}

/* ---- closures and method values ---- */

static void walk_func_body(Esc *e, EscFunc *f);

static void func_lit(Esc *e, EscHole k, Node *n) {
    FuncInfo *fi = n->func;
    EscHole h = spill_kind(e, k, n, SITE_CLOSURE, NULL);
    PendingClosure pc = {h, n, fi};
    VEC_PUSH(e->closures, pc);
    if (!fi) return;
    for (int i = 0; i < fi->captures.len; i++) {
        EscLoc *l = var_loc(e, fi->captures.items[i]);
        if (!l->captured) {
            l->captured = true;
            /* reassignments before the first capture in straight-line
             * code do not count */
            if (l->loop_depth == e->loop_depth) l->reassigned = false;
        }
    }
    EscFunc *f = func_of(e, fi);
    if (!f->outer) f->outer = e->fn;
    walk_func_body(e, f);
}

static int64_t align8(int64_t x) { return (x + 7) & ~(int64_t)7; }

static EscFunc *method_func(Esc *e, Node *sel) {
    SelPath *p = sel->path;
    if (!p || !p->method || !p->method->decl) return NULL;
    Node *d = p->method->decl;
    return d->func ? func_of(e, d->func) : NULL;
}

static EscHole tag_hole(Esc *e, EscHole *ks, int nks, EscFunc *fn, int idx);

static void method_value(Esc *e, EscHole k, Node *n) {
    EscHole clo = spill_kind(e, k, n, SITE_METHODVAL, NULL);
    Type *sig = n->type;
    int nr = sig && sig->kind == TY_FUNC ? sig->nresults : 0;
    EscHole ks[nr > 0 ? nr : 1];
    for (int i = 0; i < nr; i++) ks[i] = heap_hole(e);
    EscFunc *fn = n->aux == AUX_SEL_METHOD ? method_func(e, n) : NULL;
    EscHole param = tag_hole(e, ks, nr, fn, 0);
    EscHole both[2] = {param, clo};
    receiver(e, tee(e, both, 2), n);
}

/* ---- calls ---- */

static Symbol *param_sym(EscFunc *fn, int idx) {
    FuncInfo *fi = fn->fi;
    if (!fi) return NULL;
    if (fi->recv) {
        if (idx == 0) return fi->recv;
        idx--;
    }
    return idx < fi->params.len ? fi->params.items[idx] : NULL;
}

static bool in_mutual_batch(EscFunc *fn) {
    return fn->state != ESC_FN_TAGGED && fn->state != ESC_FN_UNKNOWN;
}

static EscHole tag_hole(Esc *e, EscHole *ks, int nks, EscFunc *fn, int idx) {
    if (!fn) return heap_hole(e);
    if (in_mutual_batch(fn)) {
        Symbol *s = param_sym(fn, idx);
        if (!s || is_blank(s)) return discard_hole(e);
        return esc_hole(var_loc(e, s));
    }
    if (fn->state != ESC_FN_TAGGED || idx >= fn->nleaks) return heap_hole(e);
    EscLeaks *l = &fn->leaks[idx];
    EscHole hs[1 + ESC_NRESULTS];
    int n = 0;
    int x = esc_leaks_heap(l);
    if (x >= 0) hs[n++] = esc_shift(heap_hole(e), x);
    for (int i = 0; ks && i < nks && i < ESC_NRESULTS; i++) {
        x = esc_leaks_result(l, i);
        if (x >= 0) hs[n++] = esc_shift(ks[i], x);
    }
    return tee(e, hs, n);
}

/* Go's ir.StaticValue for a called func value: the declared function or
 * literal a never-reassigned local variable was initialised with. */
static Node *static_value(Node *n) {
    for (int guard = 0; guard < 32; guard++) {
        n = unparen(n);
        if (!n || n->kind != N_IDENT || !is_local(n->sym)) return n;
        EscVar *v = n->sym->escape;
        if (!v || !v->rhs || v->ir_reassigned || n->sym->param ||
            n->sym->result || n->sym->recv)
            return n;
        n = v->rhs;
    }
    return n;
}

static EscFunc *static_callee(Esc *e, Node *call, Node **recv_sel) {
    Node *f = unparen(call->x);
    *recv_sel = NULL;
    switch (call->aux) {
    case AUX_CALL_FUNC:
    case AUX_CALL_NATIVE: {
        Symbol *s = f->sym;
        if (f->kind == N_SELECTOR && f->aux == AUX_SEL_METHOD) {
            *recv_sel = f;
            return method_func(e, f);
        }
        return s && s->kind == SYM_FUNC ? func_of(e, s->func) : NULL;
    }
    case AUX_CALL_METHOD:
        *recv_sel = f;
        return method_func(e, f);
    case AUX_CALL_VALUE: {
        if (f && f->kind == N_FUNCLIT) {
            if (f->func) func_of(e, f->func)->closure_called = true;
            return f->func ? func_of(e, f->func) : NULL;
        }
        Node *v = static_value(f);
        if (!v) return NULL;
        if (v->kind == N_FUNCLIT && v->func) return func_of(e, v->func);
        if (v->kind == N_IDENT && v->sym && v->sym->kind == SYM_FUNC)
            return func_of(e, v->sym->func);
        if (v->kind == N_SELECTOR && v->aux == AUX_SEL_QUALIFIED && v->sym &&
            v->sym->kind == SYM_FUNC)
            return func_of(e, v->sym->func);
        if (v->kind == N_SELECTOR && v->aux == AUX_SEL_METHOD_EXPR)
            return method_func(e, v);
        return NULL;
    }
    default:
        return NULL;
    }
}

/* Go's devirtualization (before escape analysis): i.M() where i is a
 * never-reassigned local holding a concrete T becomes a static call of
 * T.M on i.(T). */
static EscFunc *devirtualize(Esc *e, Node *call, Node *sel, Type **typ) {
    Node *v = static_value(sel->x);
    v = unparen(v);
    if (!v || v->kind != N_CONVIFACE || !v->x->type) return NULL;
    Type *t = v->x->type;
    if (type_is_interface(t)) return NULL;
    Type *nt = t->kind == TY_POINTER && t->elem->name ? t->elem : t;
    if (!nt->name) return NULL;
    Method *m = types_find_method(nt, sel->name);
    if (!m || !m->decl || (m->ptr_recv && nt == t)) return NULL;
    if (!m->ptr_recv && nt != t) return NULL;   /* needs a wrapper */
    Node *d = m->decl;
    if (!d->func) return NULL;
    EscFunc *fn = func_of(e, d->func);
    if (e->c->opts.m_level && e->fn && e->fn->report) {
        Devirt d = {call->pos,
                    arena_printf(&e->c->arena, "devirtualizing %s to %s",
                                 esc_node_string(e->c, sel),
                                 esc_type_string(e->c, t))};
        VEC_PUSH(e->devirts, d);
    }
    *typ = t;
    return fn;
}

/* Go 1.19 also devirtualizes i.M() when T gets M from an embedded
 * interface ("partially devirtualizing"): the call becomes T's wrapper,
 * which calls M through the embedded interface — so what the receiver
 * holds leaks, but not the receiver itself.  Returns T or NULL. */
static Type *partial_devirtualize(Esc *e, Node *call, Node *sel) {
    Node *v = unparen(static_value(sel->x));
    if (!v || v->kind != N_CONVIFACE || !v->x->type) return NULL;
    Type *t = v->x->type;
    Type *st = t->kind == TY_POINTER ? t->elem : t;
    if (!st || type_is_interface(st) || st->kind != TY_STRUCT ||
        (t->name && types_find_method(t, sel->name)))
        return NULL;
    for (int i = 0; i < st->nfields; i++) {
        Field *fd = &st->fields[i];
        Type *ft = fd->type;
        if (!fd->embedded || !ft || !type_is_interface(ft)) continue;
        for (int j = 0; j < ft->nfields; j++)
            if (!strcmp(ft->fields[j].name, sel->name)) goto found;
    }
    return NULL;
found:
    if (e->c->opts.m_level && e->fn && e->fn->report) {
        Devirt d = {call->pos,
                    arena_printf(&e->c->arena,
                                 "partially devirtualizing %s to %s",
                                 esc_node_string(e->c, sel),
                                 esc_type_string(e->c, t))};
        VEC_PUSH(e->devirts, d);
    }
    return t;
}

static bool is_method_expr_call(Node *call) {
    Node *f = static_value(unparen(call->x));
    return f && f->kind == N_SELECTOR && f->aux == AUX_SEL_METHOD_EXPR;
}

/* arguments as Go sees them after its rewrites: `f(g())` spreads g's
 * results through temporaries; `f(a, b...)` is the variadic slice */
typedef struct ArgCtx {
    Node *call;
    EscLoc **tuple;        /* temporaries of a spread multi-value call */
    int ntuple;
} ArgCtx;

static void flow_arg(Esc *e, EscHole k, ArgCtx *a, int i) {
    k = note(e, k, a->call, "call parameter");
    if (a->tuple) {
        if (i < a->ntuple) esc_flow(e->g, k, a->tuple[i]);
        return;
    }
    arg_expr(e, k, a->call->list.items[i]);
}

/* ---- positions of implicit interface conversions ----
 * Go 1.19's noder inserts an implicit conversion with the position held in
 * base.Pos at that moment, not the converted value's.  base.Pos is set by
 * every non-constant expression the noder converts (pre-order; a call sets
 * it again to its '(' once its arguments are done), and by ir.SetPos on
 * each argument of a call or return before that argument is converted —
 * except a variable, whose position is not unique.  The helpers below
 * replay that and store the result in the conversion's Node.escape (a Pos,
 * read by spill_kind). */

static void set_conv_pos(Esc *e, Node *n, Pos p) {
    n = unparen(n);
    if (!n || n->kind != N_CONVIFACE || n->escape) return;
    Pos *pp = arena_alloc(&e->c->arena, sizeof *pp);
    *pp = p;
    n->escape = pp;
    n->pos = p;         /* the conversion node is Go's, at Go's position */
}

static bool is_type_node(Node *n) {
    n = unparen(n);
    if (!n) return true;
    if (n->kind >= N_ARRAYTYPE && n->kind <= N_ELLIPSIS) return true;
    return (n->kind == N_IDENT || n->kind == N_SELECTOR) && n->sym &&
           n->sym->kind == SYM_TYPE;
}

/* base.Pos after the noder has converted n */
static void track_pos(Node *n, Pos *p) {
    n = unparen(n);
    if (!n || (n->cval && n->kind != N_CONVIFACE) || is_type_node(n)) return;
    switch (n->kind) {
    case N_CONVIFACE: track_pos(n->x, p); return;
    case N_BASICLIT: return;
    case N_IDENT:
        if (n->name && !strcmp(n->name, "_")) return;
        *p = n->pos;
        return;
    case N_FUNCLIT: *p = n->pos; return;
    case N_CALL:
        *p = n->pos;
        if (n->aux != AUX_CALL_BUILTIN && n->aux != AUX_CALL_CONV)
            track_pos(n->x, p);
        for (int i = 0; i < n->list.len; i++) track_pos(n->list.items[i], p);
        if (n->aux != AUX_CALL_BUILTIN) *p = n->pos;
        return;
    case N_COMPOSITE:
        *p = n->pos;
        for (int i = 0; i < n->list.len; i++) {
            Node *el = n->list.items[i];
            if (el->kind == N_KEYVALUE) {
                if (n->type && n->type->kind != TY_STRUCT) track_pos(el->x, p);
                track_pos(el->y, p);
            } else {
                track_pos(el, p);
            }
        }
        return;
    case N_SELECTOR:
        *p = n->pos;
        if (n->aux != AUX_SEL_QUALIFIED) track_pos(n->x, p);
        return;
    case N_TYPEASSERT: *p = n->pos; track_pos(n->x, p); return;
    default:
        *p = n->pos;
        track_pos(n->x, p);
        track_pos(n->y, p);
        track_pos(n->z, p);
        track_pos(n->w, p);
        return;
    }
}

/* ir.HasUniquePos: false for variables (ONAME), true for constants */
static bool has_unique_pos(Node *n) {
    n = unparen(n);
    if (n && n->kind == N_CONVIFACE) n = unparen(n->x);
    if (!n || n->cval) return true;
    if (n->kind == N_IDENT) return false;
    return !(n->kind == N_SELECTOR && n->aux == AUX_SEL_QUALIFIED);
}

/* typecheckaste: each argument that has a unique position sets base.Pos;
 * a variable is converted at the position left by what precedes it */
static void conv_pos_args(Esc *e, Node **args, int n, Pos base) {
    for (int i = 0; i < n; i++) {
        Node *a = unparen(args[i]);
        if (has_unique_pos(a)) {
            Node *in = a->kind == N_CONVIFACE ? unparen(a->x) : a;
            base = in->pos;
        }
        set_conv_pos(e, a, base);
    }
}

/* every conversion among vals at the position left after evaluating
 * `first` then `then` (an assignment: right side, then left side) */
static void conv_pos_after(Esc *e, Node **vals, int nv, Node **then,
                           int nt, Pos base) {
    for (int i = 0; i < nv; i++) track_pos(vals[i], &base);
    for (int i = 0; i < nt; i++) track_pos(then[i], &base);
    for (int i = 0; i < nv; i++) set_conv_pos(e, vals[i], base);
}

static void fix_conv_positions(Esc *e, Node *call) {
    conv_pos_args(e, call->list.items, call->list.len, call->pos);
}

static void call_args(Esc *e, EscHole *ks, int nks, Node *n, EscFunc *fn,
                      Type *sig, int first_param_idx, int skip_args) {
    ArgCtx a = {n, NULL, 0};
    int nargs = n->list.len - skip_args;
    Node **args = n->list.items ? n->list.items + skip_args : NULL;
    if (nargs == 1 && args[0]->type && args[0]->type->kind == TY_TUPLE) {
        Type *tt = args[0]->type;
        a.ntuple = tt->nfields;
        a.tuple = arena_alloc(&e->c->arena, sizeof(EscLoc *) * (size_t)(a.ntuple + 1));
        EscHole th[tt->nfields > 0 ? tt->nfields : 1];
        for (int i = 0; i < tt->nfields; i++) {
            a.tuple[i] = new_loc(e, LOC_TEMP, NULL, NULL, false);
            th[i] = esc_hole(a.tuple[i]);
        }
        call(e, th, tt->nfields, args[0]);
    } else {
        fix_conv_positions(e, n);
    }
    int np = sig ? sig->nparams : 0;
    bool variadic = sig && sig->variadic && !(n->flags & NF_DOTS);
    int fixed = variadic ? np - 1 : np;
    for (int i = 0; i < fixed; i++) {
        EscHole k = tag_hole(e, ks, nks, fn, first_param_idx + i);
        if (a.tuple) flow_arg(e, k, &a, i);
        else if (i < nargs) flow_arg(e, k, &a, i + skip_args);
    }
    if (!variadic) return;
    int nextra = (a.tuple ? a.ntuple : nargs) - fixed;
    EscHole k = tag_hole(e, ks, nks, fn, first_param_idx + fixed);
    if (nextra <= 0) return;
    /* the implicit []T{extras...}: "... argument" at the call's '(' */
    Type *st = sig->params[np - 1];
    Node *ddd = shown_node(e, n, n->pos, "... argument");
    EscHole h = spill_shown(e, note(e, k, n, "call parameter"), n,
                            SITE_SLICELIT, st ? st->elem : NULL, ddd);
    e->c->sites.items[n->site].text = "... argument";
    if (e->wrap && e->wrap_heap) ((EscLoc *)n->escape)->site_heap = true;
    for (int i = fixed; i < fixed + nextra; i++) {
        EscHole ek = note(e, h, ddd, "slice-literal-element");
        if (a.tuple) esc_flow(e->g, ek, a.tuple[i]);
        else arg_expr(e, ek, args[i]);
    }
}

static void call_builtin(Esc *e, EscHole *ks, int nks, Node *n) {
    List *l = &n->list;
    if (n->builtin == BI_APPEND || n->builtin == BI_PANIC) {
        /* converted after all arguments, with no ir.SetPos */
        Pos base = n->pos;
        for (int i = 0; i < l->len; i++) track_pos(l->items[i], &base);
        for (int i = 0; i < l->len; i++) set_conv_pos(e, l->items[i], base);
    }
    EscHole k0 = nks > 0 ? ks[0] : discard_hole(e);
    switch (n->builtin) {
    case BI_APPEND: {
        if (l->len == 0) return;
        Node *s = l->items[0];
        Type *st = s->type;
        heap_site(e, n, SITE_APPEND, st && st->kind == TY_SLICE ? st->elem : NULL);
        EscHole ak = k0;
        if (st && st->kind == TY_SLICE && has_pointers(st->elem)) {
            EscHole two[2] = {k0, esc_deref(e->g, heap_hole(e), n,
                                            "appendee slice")};
            ak = tee(e, two, 2);
        }
        arg_expr(e, note(e, ak, n, "call parameter"), s);
        if (n->flags & NF_DOTS) {
            EscHole dk = discard_hole(e);
            Type *t = l->len > 1 ? l->items[1]->type : NULL;
            if (t && t->kind == TY_SLICE && has_pointers(t->elem))
                dk = esc_deref(e->g, heap_hole(e), n, "appended slice...");
            if (l->len > 1) arg_expr(e, note(e, dk, n, "call parameter"), l->items[1]);
        } else {
            for (int i = 1; i < l->len; i++)
                arg_expr(e, note(e, heap_hole(e), n, "call parameter"), l->items[i]);
        }
        return;
    }
    case BI_COPY: {
        if (l->len < 2) return;
        arg_expr(e, discard_hole(e), l->items[0]);
        EscHole ck = discard_hole(e);
        Type *t = l->items[1]->type;
        if (t && t->kind == TY_SLICE && has_pointers(t->elem))
            ck = esc_deref(e->g, heap_hole(e), n, "copied slice");
        arg_expr(e, note(e, ck, n, "call parameter"), l->items[1]);
        return;
    }
    case BI_PANIC:
        for (int i = 0; i < l->len; i++)
            arg_expr(e, note(e, heap_hole(e), n, "call parameter"), l->items[i]);
        return;
    case BI_NEW: {
        Type *t = n->type;
        spill_kind(e, k0, n, SITE_NEW, t ? t->elem : NULL);
        return;
    }
    case BI_MAKE: {
        Type *t = n->type;
        if (!t) return;
        if (t->kind == TY_SLICE) spill_kind(e, k0, n, SITE_MAKESLICE, t->elem);
        else if (t->kind == TY_MAP) spill_kind(e, k0, n, SITE_MAKEMAP, t);
        else heap_site(e, n, SITE_MAKECHAN, t);
        for (int i = 1; i < l->len; i++) discard(e, l->items[i]);
        return;
    }
    default:
        for (int i = 0; i < l->len; i++) arg_expr(e, discard_hole(e), l->items[i]);
        return;
    }
}

static void call(Esc *e, EscHole *ks, int nks, Node *n) {
    n = unparen(n);
    if (!n) return;
    if (n->kind != N_CALL) {        /* comma-ok forms etc. */
        expr(e, nks > 0 ? ks[0] : discard_hole(e), n);
        return;
    }
    if (n->aux == AUX_CALL_BUILTIN) {
        call_builtin(e, ks, nks, n);
        return;
    }
    if (n->aux == AUX_CALL_CONV) {
        int kind;
        EscHole k = nks > 0 ? ks[0] : discard_hole(e);
        if (is_string_conv(n, &kind)) {
            Type *t = n->type;
            spill_kind(e, k, n, kind, t->kind == TY_SLICE ? t->elem : NULL);
            discard_list(e, &n->list);
            return;
        }
        if (n->list.len == 1) expr(e, k, n->list.items[0]);
        return;
    }
    Node *recv_sel = NULL;
    EscFunc *fn = static_callee(e, n, &recv_sel);
    if (fn && !fn->fi) fn = NULL;
    if (ks && fn && in_mutual_batch(fn) && fn->fi) {
        for (int i = 0; i < nks && i < fn->fi->results.len; i++) {
            Symbol *r = fn->fi->results.items[i];
            if (r) esc_flow(e->g, ks[i], var_loc(e, r));
        }
    }
    Node *f = unparen(n->x);
    Type *sig = NULL;
    if (f && f->type && f->type->kind == TY_FUNC) sig = f->type;
    if (fn && fn->fi && fn->fi->sig) sig = fn->fi->sig;
    int idx = 0, skip = 0;
    Type *devirt = NULL;
    if (n->aux == AUX_CALL_IFACE && f && f->kind == N_SELECTOR &&
        (fn = devirtualize(e, n, f, &devirt)) != NULL) {
        EscHole k = tag_hole(e, ks, nks, fn, 0);
        if (!type_is_direct_iface(devirt)) k = esc_shift(k, 1);
        arg_expr(e, note(e, note(e, k, n, "call parameter"), f, "dot"), f->x);
        idx = 1;
        sig = fn->fi->sig;
    } else if (n->aux == AUX_CALL_IFACE && f && f->kind == N_SELECTOR &&
               (devirt = partial_devirtualize(e, n, f)) != NULL) {
        /* what the embedded interface holds leaks: *i for T and *T alike
         * (T's value sits behind i's data word; *T's I field behind p) */
        EscHole k = esc_shift(heap_hole(e), 1);
        arg_expr(e, note(e, note(e, k, n, "call parameter"), f, "dot"), f->x);
    } else if (n->aux == AUX_CALL_IFACE && f && f->kind == N_SELECTOR) {
        arg_expr(e, note(e, heap_hole(e), n, "call parameter"), f->x);
    } else if (recv_sel) {
        receiver(e, note(e, tag_hole(e, ks, nks, fn, 0), n, "call parameter"),
                 recv_sel);
        idx = 1;
    } else if (is_method_expr_call(n)) {
        arg_expr(e, discard_hole(e), n->x);
        if (n->list.len > 0)
            arg_expr(e, note(e, tag_hole(e, ks, nks, fn, 0), n,
                             "call parameter"), n->list.items[0]);
        idx = 1;
        skip = 1;
    } else {
        arg_expr(e, discard_hole(e), n->x);
    }
    call_args(e, ks, nks, n, fn, sig, idx, skip);
}

/* ---- go and defer ---- */

/* Go wraps `go f(x)` / `defer f(x)` in a closure that captures every
 * operand evaluated into a temporary: heap (or a later-dead temp for a
 * top-level defer) = &wrapper; wrapper = tmp (by value, <= 128 bytes);
 * tmp = x; and the call inside uses tmp as the argument. */
static bool wrap_skip(Node *n) {
    n = unparen(n);
    if (!n || n->cval) return true;
    if (n->type && n->type->kind == TY_UNTYPED_NIL) return true;
    if (n->kind == N_IDENT && n->sym &&
        (n->sym->kind == SYM_FUNC || n->sym->kind == SYM_NIL))
        return true;
    if (n->kind == N_SELECTOR && n->aux == AUX_SEL_QUALIFIED && n->sym &&
        n->sym->kind == SYM_FUNC)
        return true;
    return n->kind == N_SELECTOR && n->aux == AUX_SEL_METHOD_EXPR;
}

static void arg_expr(Esc *e, EscHole k, Node *n) {
    EscLoc *w = e->wrap;
    if (!w || wrap_skip(n)) {
        e->wrap = NULL;
        expr(e, k, n);
        e->wrap = w;
        return;
    }
    e->wrap = NULL;
    EscLoc *tmp = wrap_temp(e);
    expr(e, esc_hole(tmp), n);
    esc_flow(e->g, k, tmp);
    wrap_capture(e, w, tmp, n->type);
    e->wrap = w;
}

static EscLoc *wrap_temp(Esc *e) {
    EscLoc *tmp = new_loc(e, LOC_TEMP, NULL, NULL, false);
    tmp->name = ".autotmp";
    tmp->captured = true;
    return tmp;
}

/* the wrapper captures tmp: by value, or by reference over 128 bytes */
static void wrap_capture(Esc *e, EscLoc *w, EscLoc *tmp, Type *t) {
    EscHole wk = esc_hole(w);
    if (t && t->size > 128) wk = esc_addr(e->g, wk, NULL, "reference");
    esc_flow(e->g, note(e, wk, NULL, "captured by a closure"), tmp);
}

static void go_defer(Esc *e, Node *s) {
    EscHole k = heap_hole(e);
    if (s->kind == N_DEFER && e->loop_depth == 1)
        k = later(e, discard_hole(e));
    Node *c = unparen(s->x);
    if (!c || c->kind != N_CALL) {
        discard(e, c);
        return;
    }
    Node *f = unparen(c->x);
    Type *ft = f ? f->type : NULL;
    if ((c->aux == AUX_CALL_VALUE || c->aux == AUX_CALL_FUNC) && ft &&
        ft->kind == TY_FUNC && ft->nparams + ft->nresults == 0 &&
        c->list.len == 0) {
        expr(e, k, c->x);
        return;
    }
    EscLoc *wrap = new_loc(e, LOC_TEMP, NULL, NULL, true);
    wrap->name = "{storage for func literal}";
    wrap->pos = s->pos;
    Node *lit = shown_node(e, s, s->pos, "func literal");
    if (lit != s) {
        lit->kind = N_FUNCLIT;
        wrap->shown = lit;
        wrap->name = NULL;
    }
    esc_flow(e->g, esc_addr(e->g, k, lit, "spill"), wrap);
    EscLoc *saved = e->wrap;
    bool saved_heap = e->wrap_heap;
    e->wrap = wrap;
    e->wrap_heap = s->kind == N_GO || e->loop_depth > 1;
    call(e, NULL, 0, c);
    e->wrap = saved;
    e->wrap_heap = saved_heap;
}

/* ---- statements ---- */

static void block(Esc *e, Node *n) {
    int old = e->loop_depth;
    stmt(e, n);
    e->loop_depth = old;
}

static void stmt_list(Esc *e, List *l) {
    for (int i = 0; i < l->len; i++) stmt(e, l->items[i]);
}

static void dcl(Esc *e, Symbol *s) {
    if (!s || !is_local(s)) return;
    var_loc(e, s)->loop_depth = e->loop_depth;
}

static void record_defn(Esc *e, Node *lhs, Node *rhs) {
    lhs = unparen(lhs);
    if (lhs && lhs->kind == N_IDENT && lhs->sym && lhs->sym->decl == lhs &&
        is_local(lhs->sym))
        var_of(e, lhs->sym)->rhs = rhs;
}

static void assign_stmt(Esc *e, Node *n) {
    int nl = n->list.len, nr = n->list2.len;
    bool define = n->op == T_DEFINE;
    if (define)
        for (int i = 0; i < nl; i++) {
            Node *l = unparen(n->list.items[i]);
            if (l && l->kind == N_IDENT && l->sym && l->sym->decl == l)
                dcl(e, l->sym);
        }
    if (n->op != T_ASSIGN && n->op != T_DEFINE) {     /* x op= y */
        if (n->op == T_ADD_ASSIGN && nl == 1 && n->list.items[0]->type &&
            n->list.items[0]->type->kind == TY_STRING)
            heap_site(e, n, SITE_CONCAT, NULL);
        assign_list(e, n->list.items, n->list2.items, 1, "assign", n, false);
        return;
    }
    if (nl == nr) {
        if (!define)
            conv_pos_after(e, n->list2.items, nr, n->list.items, nl, n->pos);
        if (nl == 1 && define) record_defn(e, n->list.items[0], n->list2.items[0]);
        if (nl > 1 && define)
            for (int i = 0; i < nl; i++)
                record_defn(e, n->list.items[i], n->list2.items[i]);
        assign_list(e, n->list.items, n->list2.items, nl,
                    nl == 1 ? "assign" : "assign-pair", n, define);
        return;
    }
    /* v1, v2 = f() or comma-ok */
    Node *r = unparen(n->list2.items[0]);
    EscHole ks[nl > 0 ? nl : 1];
    for (int i = 0; i < nl; i++) ks[i] = addr_of(e, n->list.items[i]);
    if (r && r->kind == N_CALL && r->type && r->type->kind == TY_TUPLE) {
        call(e, ks, nl, r);
    } else {
        /* v, ok = x.(T) into an interface: Go converts after the
         * assertion, outside escape analysis's view (always heap) */
        if (r && r->kind == N_CONVIFACE) {
            heap_site(e, r, SITE_CONVIFACE, r->x->type);
            r = r->x;
        }
        Node *rx = unparen(r);
        const char *why = "assign-pair";
        if (rx && rx->kind == N_TYPEASSERT) why = "assign-pair-dot-type";
        else if (rx && rx->kind == N_INDEX) why = "assign-pair-mapr";
        else if (rx && rx->kind == N_UNARY && rx->op == T_ARROW)
            why = "assign-pair-receive";
        expr(e, note(e, ks[0], n, why), r);
    }
    reassigned(e, ks, n->list.items, nl, define);
}

/* var a, b = x, y: Go's noder makes one assignment per name (a = x;
 * b = y), each shown as such in -m=2 notes */
static void var_pairs(Esc *e, Node *spec) {
    int n = spec->list.len;
    if (n == 1) {
        assign_list(e, spec->list.items, spec->list2.items, 1, "assign",
                    spec, true);
        return;
    }
    for (int i = 0; i < n; i++) {
        Node *one = arena_alloc(&e->c->arena, sizeof *one);
        *one = *spec;
        one->list.items = spec->list.items + i;
        one->list.len = 1;
        one->list2.items = spec->list2.items + i;
        one->list2.len = 1;
        assign_list(e, one->list.items, one->list2.items, 1, "assign", one,
                    true);
    }
}

static void var_spec(Esc *e, Node *spec) {
    int nl = spec->list.len, nr = spec->list2.len;
    for (int i = 0; i < nl; i++) dcl(e, spec->list.items[i]->sym);
    if (nr == 0) return;
    if (nl == nr) {
        conv_pos_after(e, spec->list2.items, nr, NULL, 0, spec->pos);
        if (nl == 1) record_defn(e, spec->list.items[0], spec->list2.items[0]);
        var_pairs(e, spec);
        return;
    }
    EscHole ks[nl > 0 ? nl : 1];
    for (int i = 0; i < nl; i++) ks[i] = addr_of(e, spec->list.items[i]);
    call(e, ks, nl, spec->list2.items[0]);
}

static void return_stmt(Esc *e, Node *n) {
    FuncInfo *fi = e->fn->fi;
    if (!fi || n->list.len == 0) return;
    int nr = fi->results.len;
    Node *dst[nr > 0 ? nr : 1];
    Node fake[nr > 0 ? nr : 1];
    for (int i = 0; i < nr; i++) {
        memset(&fake[i], 0, sizeof fake[i]);
        fake[i].kind = N_IDENT;
        fake[i].sym = fi->results.items[i];
        fake[i].name = fake[i].sym ? fake[i].sym->name : "~r";
        fake[i].type = fake[i].sym ? fake[i].sym->type : NULL;
        dst[i] = &fake[i];
    }
    if (n->list.len == 1 && nr > 1) {
        EscHole ks[nr];
        for (int i = 0; i < nr; i++) ks[i] = addr_of(e, dst[i]);
        call(e, ks, nr, n->list.items[0]);
        return;
    }
    Pos base = n->pos;
    for (int i = 0; i < n->list.len; i++) track_pos(n->list.items[i], &base);
    conv_pos_args(e, n->list.items, n->list.len, base);
    assign_list(e, dst, n->list.items, nr < n->list.len ? nr : n->list.len,
                "return", n, false);
}

static bool label_looping(Esc *e, Node *lab) {
    for (int i = 0; i < e->looping.len; i++)
        if (e->looping.items[i] == lab) return true;
    return false;
}

static void type_switch(Esc *e, Node *n) {
    Node *g = n->y;
    Node *x = NULL;
    bool has_var = false;
    if (g && g->kind == N_ASSIGN) {
        x = g->list2.items[0];
        has_var = true;
    } else if (g) {
        x = g->x;
    }
    x = unparen(x);
    if (x && x->kind == N_TYPEASSERT) x = x->x;
    int nc = n->list.len;
    EscHole ks[nc > 0 ? nc : 1];
    int nk = 0;
    for (int i = 0; i < nc && has_var; i++) {
        Node *cs = n->list.items[i];
        Symbol *v = cs->sym;
        if (!v) continue;
        dcl(e, v);
        var_loc(e, v)->pos = cs->pos;   /* Go reports clause variables at
                                           their case */
        if (has_pointers(v->type)) {
            EscHole k = esc_hole(var_loc(e, v));
            if (!type_is_interface(v->type) && !type_is_direct_iface(v->type))
                k = esc_shift(k, 1);
            ks[nk++] = note(e, k, cs, "switch case");
        }
    }
    expr(e, tee(e, ks, nk), x);
    for (int i = 0; i < nc; i++) {
        Node *cs = n->list.items[i];
        discard_list(e, &cs->list);
        int old = e->loop_depth;
        stmt_list(e, &cs->list2);
        e->loop_depth = old;
    }
}

/* Go's range node sits at the `range` keyword, which gosub's N_RANGE does
 * not keep (its pos is the `for`): found in the source */
static Pos range_kw_pos(Esc *e, Node *n) {
    Pos p = n->pos;
    if (e->g->m_level < 2 || p.file < 0 || p.file >= e->c->files.len)
        return p;
    File *f = e->c->files.items[p.file];
    const char *s = f->src, *end = f->src + f->len;
    int line = 1;
    while (s < end && line < p.line) line += *s++ == '\n';
    const char *start = s;
    s += p.col - 1;
    for (; s + 5 <= end && *s != '{'; s++) {
        if (*s == '\n') { line++; start = s + 1; continue; }
        if (!strncmp(s, "range", 5) && (s == start || !isalnum((unsigned char)s[-1])) &&
            (s + 5 == end || !isalnum((unsigned char)s[5]))) {
            p.line = line;
            p.col = (int32_t)(s - start) + 1;
            return p;
        }
    }
    return n->pos;
}

static void range_stmt(Esc *e, Node *n) {
    EscLoc *tmp = new_loc(e, LOC_TEMP, NULL, NULL, false);
    expr(e, esc_hole(tmp), n->x);
    int nv = n->list.len;
    Node *kv[2] = {nv > 0 ? n->list.items[0] : NULL,
                   nv > 1 ? n->list.items[1] : NULL};
    /* Go 1.19: one variable for the whole loop, declared outside it */
    if (n->op == T_DEFINE)
        for (int i = 0; i < nv; i++) {
            Node *v = unparen(kv[i]);
            if (v && v->kind == N_IDENT) dcl(e, v->sym);
        }
    e->loop_depth++;
    EscHole ks[2] = {kv[0] ? addr_of(e, kv[0]) : discard_hole(e),
                     kv[1] ? addr_of(e, kv[1]) : discard_hole(e)};
    Type *xt = n->x->type;
    if (xt && xt->kind == TY_ARRAY)
        esc_flow(e->g, note(e, ks[1],
                            shown_node(e, n, range_kw_pos(e, n), "for loop"),
                            "range"), tmp);
    else
        esc_flow(e->g, esc_deref(e->g, ks[1],
                                 shown_node(e, n, range_kw_pos(e, n),
                                            "for loop"),
                                 "range-deref"), tmp);
    for (int i = 0; i < 2; i++)
        if (ks[i].dst != &e->g->blank && ks[i].dst != &e->g->heap)
            ks[i].dst->reassigned = true;
    block(e, n->w);
    e->loop_depth--;
}

static void stmt(Esc *e, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_BLOCK: {
        int old = e->loop_depth;
        stmt_list(e, &n->list);
        e->loop_depth = old;
        return;
    }
    case N_EXPRSTMT:
        call(e, NULL, 0, n->x);
        return;
    case N_SEND: {
        Pos base = n->pos;
        track_pos(n->x, &base);
        track_pos(n->y, &base);
        set_conv_pos(e, n->y, base);
        discard(e, n->x);
        expr(e, note(e, heap_hole(e), n, "send"), n->y);
        return;
    }
    case N_INCDEC: {
        EscHole k = addr_of(e, n->x);
        if (k.dst != &e->g->blank && k.dst != &e->g->heap)
            k.dst->reassigned = true;
        return;
    }
    case N_ASSIGN:
        assign_stmt(e, n);
        return;
    case N_GO:
    case N_DEFER:
        go_defer(e, n);
        return;
    case N_RETURN:
        return_stmt(e, n);
        return;
    case N_IF:
        stmt(e, n->x);
        discard(e, n->y);
        /* Go's dead-code pass drops a constant branch first */
        if (n->y && n->y->cval && const_kind(n->y->cval) == CV_BOOL) {
            block(e, const_bool(n->y->cval) ? n->z : n->w);
            return;
        }
        block(e, n->z);
        block(e, n->w);
        return;
    case N_SWITCH:
        stmt(e, n->x);
        discard(e, n->y);
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.items[i];
            discard_list(e, &cs->list);
            int old = e->loop_depth;
            stmt_list(e, &cs->list2);
            e->loop_depth = old;
        }
        return;
    case N_TYPESWITCH:
        stmt(e, n->x);
        type_switch(e, n);
        return;
    case N_SELECT:
        for (int i = 0; i < n->list.len; i++) {
            Node *cs = n->list.items[i];
            stmt(e, cs->x);
            int old = e->loop_depth;
            stmt_list(e, &cs->list);
            e->loop_depth = old;
        }
        return;
    case N_FOR:
        stmt(e, n->x);
        e->loop_depth++;
        discard(e, n->y);
        stmt(e, n->z);
        block(e, n->w);
        e->loop_depth--;
        return;
    case N_RANGE:
        range_stmt(e, n);
        return;
    case N_LABELED:
        if (label_looping(e, n)) e->loop_depth++;
        stmt(e, n->x);
        return;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++)
            if (n->list.items[i]->kind == N_VARSPEC)
                var_spec(e, n->list.items[i]);
        return;
    default:
        return;
    }
}

/* ---- per function ---- */

/* labels with a backward goto (a goto after the label, in walk order) */
static void find_loops(Esc *e, Node *n) {
    if (!n) return;
    if (n->kind == N_FUNCLIT) return;
    if (n->kind == N_LABELED) VEC_PUSH(e->labels, n);
    if (n->kind == N_BRANCH && n->op == T_GOTO && n->target) {
        for (int i = 0; i < e->labels.len; i++)
            if (e->labels.items[i] == n->target) VEC_PUSH(e->looping, n->target);
    }
    find_loops(e, n->x);
    find_loops(e, n->y);
    find_loops(e, n->z);
    find_loops(e, n->w);
    for (int i = 0; i < n->list.len; i++) find_loops(e, n->list.items[i]);
    for (int i = 0; i < n->list2.len; i++) find_loops(e, n->list2.items[i]);
}

static void walk_func_body(Esc *e, EscFunc *f) {
    EscFunc *saved_fn = f == e->fn ? NULL : e->fn;
    int saved_depth = e->loop_depth;
    VEC(Node *) saved_labels = {0}, saved_looping = {0};
    memcpy(&saved_labels, &e->labels, sizeof saved_labels);
    memcpy(&saved_looping, &e->looping, sizeof saved_looping);
    memset(&e->labels, 0, sizeof e->labels);
    memset(&e->looping, 0, sizeof e->looping);
    e->fn = f;
    e->loop_depth = 1;
    f->state = ESC_FN_STARTED;
    Node *body = f->fi && f->fi->decl ? f->fi->decl->y : NULL;
    find_loops(e, body);
    stmt(e, body);
    VEC_FREE(e->labels);
    VEC_FREE(e->looping);
    memcpy(&e->labels, &saved_labels, sizeof saved_labels);
    memcpy(&e->looping, &saved_looping, sizeof saved_looping);
    if (saved_fn) e->fn = saved_fn;
    e->loop_depth = saved_depth;
}

static void init_func(Esc *e, EscFunc *f) {
    FuncInfo *fi = f->fi;
    f->state = ESC_FN_PLANNED;
    if (!fi) return;
    EscFunc *saved = e->fn;
    e->fn = f;
    e->loop_depth = 1;
    if (fi->recv) var_of(e, fi->recv)->loc = NULL, var_loc(e, fi->recv);
    for (int i = 0; i < fi->params.len; i++)
        if (fi->params.items[i]) {
            var_of(e, fi->params.items[i])->loc = NULL;
            var_loc(e, fi->params.items[i])->kind = LOC_PARAM;
        }
    for (int i = 0; i < fi->results.len; i++)
        if (fi->results.items[i]) {
            var_of(e, fi->results.items[i])->loc = NULL;
            EscLoc *l = var_loc(e, fi->results.items[i]);
            l->kind = LOC_RESULT;
            l->result_index = i + 1;
        }
    for (int i = 0; i < fi->locals.len; i++)
        if (fi->locals.items[i]) {
            var_of(e, fi->locals.items[i])->loc = NULL;
            var_loc(e, fi->locals.items[i]);
        }
    e->fn = saved;
}

/* the first use of s inside n (for -m=2 notes) */
static Node *find_use(Node *n, Symbol *s) {
    if (!n) return NULL;
    if (n->kind == N_IDENT && n->sym == s) return n;
    Node *kids[4] = {n->x, n->y, n->z, n->w};
    for (int i = 0; i < 4; i++) {
        Node *r = find_use(kids[i], s);
        if (r) return r;
    }
    for (int i = 0; i < n->list.len; i++) {
        Node *r = find_use(n->list.items[i], s);
        if (r) return r;
    }
    for (int i = 0; i < n->list2.len; i++) {
        Node *r = find_use(n->list2.items[i], s);
        if (r) return r;
    }
    return NULL;
}

/* captured variables flow into their closures, by value or reference */
static void flow_closures(Esc *e) {
    for (int i = 0; i < e->closures.len; i++) {
        PendingClosure *pc = &e->closures.items[i];
        FuncInfo *fi = pc->fi;
        if (!fi) continue;
        for (int j = 0; j < fi->captures.len; j++) {
            Symbol *s = fi->captures.items[j];
            EscLoc *l = var_loc(e, s);
            bool byval = !l->addrtaken && !l->reassigned && s->type &&
                         s->type->size <= 128;
            s->byref = !byval;
            EscFunc *owner = s->func ? func_of(e, s->func) : NULL;
            if (e->c->opts.m_level > 1 && owner && owner->report)
                warn(e, s->pos, "%s capturing by %s: %s (addr=%s assign=%s "
                     "width=%lld)", fn_display(owner), byval ? "value" : "ref",
                     s->name, l->addrtaken ? "true" : "false",
                     l->reassigned ? "true" : "false",
                     (long long)(s->type ? s->type->size : 0));
            EscHole k = pc->k;
            Node *use = e->g->m_level >= 2 ? find_use(pc->lit->y, s) : NULL;
            if (!byval) k = esc_addr(e->g, k, use, "reference");
            esc_flow(e->g, note(e, k, use, "captured by a closure"), l);
        }
    }
    VEC_FREE(e->closures);
}

/* Go's HeapAllocReason, with the implicit-allocation limit configurable */
static const char *heap_reason(Esc *e, EscLoc *l) {
    if (l->sym) {
        if (l->kind == LOC_PARAM || l->kind == LOC_RESULT) return NULL;
        if (l->sym->type && l->sym->type->size > MAX_STACK_VAR_SIZE) {
            l->big_size = l->sym->type->size;
            return "too large for stack";
        }
        return NULL;
    }
    Node *n = l->n;
    if (!n) return NULL;
    int64_t max = implicit_max(e);
    int kind = n->site >= 0 ? e->c->sites.items[n->site].kind : -1;
    Type *t = n->type;
    if (t && t->size > MAX_STACK_VAR_SIZE) {
        l->big_size = t->size;
        return "too large for stack";
    }
    if ((kind == SITE_NEW || kind == SITE_COMPOSITE) && t &&
        t->kind == TY_POINTER && t->elem->size > max) {
        l->big_size = t->elem->size;
        return "too large for stack";
    }
    if (kind == SITE_CLOSURE && n->func) {
        int64_t sz = 8;
        for (int i = 0; i < n->func->captures.len; i++) {
            Symbol *s = n->func->captures.items[i];
            sz += s->byref ? 8 : align8(s->type ? s->type->size : 8);
        }
        if (sz > max) {
            l->big_size = sz;
            return "too large for stack";
        }
    }
    if (kind == SITE_METHODVAL && n->x && n->x->type) {
        Type *rt = n->x->type;
        if (n->path && n->path->addr_recv) rt = NULL;
        if (8 + align8(rt ? rt->size : 8) > max) {
            l->big_size = 8 + align8(rt ? rt->size : 8);
            return "too large for stack";
        }
    }
    if (kind == SITE_MAKESLICE && n->kind == N_CALL) {
        Node *r = n->list.len > 2 ? n->list.items[2]
                  : n->list.len > 1 ? n->list.items[1] : NULL;
        if (!r || !r->cval) return "non-constant size";
        int64_t v = const_int64(r->cval);
        if (v < 0 || v > 0x7fffffff) return "non-constant size";
        int64_t es = t && t->elem ? t->elem->size : 0;
        if (es != 0 && v > max / es) {
            l->big_size = v * es;
            return "too large for stack";
        }
    }
    return NULL;
}

static void heap_rules(Esc *e) {
    EscGraph *g = e->g;
    int n = g->locs.len;
    for (int i = 0; i < n; i++) {
        EscLoc *l = g->locs.items[i];
        const char *why = heap_reason(e, l);
        if (!why) continue;
        l->reason = why;
        EscFunc *saved = e->fn;
        e->fn = l->fn;
        Node *at = l->n;
        if (!at && l->sym) {        /* a variable: shown by its name */
            Node name = {.kind = N_IDENT, .name = l->sym->name, .pos = l->pos};
            at = shown_node(e, &name, l->pos, l->sym->name);
            if (at == &name) at = NULL;
        }
        esc_flow(g, esc_addr(g, heap_hole(e), at, why), l);
        e->fn = saved;
    }
}

static const char *result_name(FuncInfo *fi, int i, Arena *a) {
    Symbol *r = i < fi->results.len ? fi->results.items[i] : NULL;
    if (r && r->name && !(r->name[0] == '_' && !r->name[1])) return r->name;
    return arena_printf(a, "~r%d", i);
}

static void tag_params(Esc *e, EscFunc *f) {
    FuncInfo *fi = f->fi;
    f->state = ESC_FN_TAGGED;
    if (!fi) return;
    int n = (fi->recv ? 1 : 0) + fi->params.len;
    f->nleaks = n;
    f->leaks = arena_alloc(&e->c->arena, sizeof(EscLeaks) * (size_t)(n + 1));
    bool diag = e->c->opts.m_level && f->report;
    /* standard-library functions written in Go may take shortcuts the
     * real ones do not: a hand-written summary wins */
    bool overridden = false;
    if (!f->report) {
        EscLeaks tmp[n + 1];
        memset(tmp, 0, sizeof tmp);
        if (esc_native_summary(fi->qualname, fi->sig, fi->recv != NULL, tmp, n)) {
            memcpy(f->leaks, tmp, sizeof(EscLeaks) * (size_t)n);
            overridden = true;
        }
    }
    for (int i = 0; i < n; i++) {
        Symbol *s = param_sym(f, i);
        if (!s || !has_pointers(s->type) || is_blank(s)) continue;
        EscVar *v = s->escape;
        EscLoc *l = v ? v->loc : NULL;
        if (!l) continue;
        EscLeaks lk = l->param_esc;
        esc_leaks_optimize(&lk);
        if (overridden) continue;
        f->leaks[i] = lk;
        if (!diag || l->escapes) continue;
        if (esc_leaks_empty(&lk)) warn(e, s->pos, "%s does not escape", s->name);
        int h = esc_leaks_heap(&lk);
        if (h == 0) warn(e, s->pos, "leaking param: %s", s->name);
        else if (h > 0) warn(e, s->pos, "leaking param content: %s", s->name);
        for (int r = 0; r < ESC_NRESULTS; r++) {
            int x = esc_leaks_result(&lk, r);
            if (x >= 0)
                warn(e, s->pos, "leaking param: %s to result %s level=%d",
                     s->name, result_name(fi, r, &e->c->arena), x);
        }
    }
}

static void tag_native(Esc *e, EscFunc *f) {
    FuncInfo *fi = f->fi;
    f->state = ESC_FN_TAGGED;
    int n = (fi->recv ? 1 : 0) + fi->params.len;
    if (fi->sig && !fi->recv && fi->params.len < fi->sig->nparams)
        n = fi->sig->nparams;
    f->nleaks = n;
    f->leaks = arena_alloc(&e->c->arena, sizeof(EscLeaks) * (size_t)(n + 1));
    if (esc_native_summary(fi->qualname, fi->sig, fi->recv != NULL, f->leaks, n))
        return;
    bool noescape = fi->decl && (fi->decl->pragmas & PRAGMA_NOESCAPE);
    for (int i = 0; i < n; i++) {
        Symbol *s = param_sym(f, i);
        Type *t = s ? s->type : fi->sig && i < fi->sig->nparams
                                    ? fi->sig->params[i] : NULL;
        if (!has_pointers(t) || noescape) continue;
        esc_leaks_add_heap(&f->leaks[i], 0);
    }
}

/* Where a parameter is declared: its name, or its type when unnamed. */
static Pos param_pos(FuncInfo *fi, Symbol *s, int idx) {
    if (s->decl) return s->pos;
    Node *ft = fi->decl ? fi->decl->x : NULL;
    if (fi->recv && idx-- == 0)
        return fi->decl->z && fi->decl->z->x ? fi->decl->z->x->pos : s->pos;
    for (int i = 0; ft && i < ft->list.len; i++) {
        Node *fld = ft->list.items[i];
        int nn = fld->list.len ? fld->list.len : 1;
        if (idx < nn) return fld->x ? fld->x->pos : s->pos;
        idx -= nn;
    }
    return s->pos;
}

/* What Go's paramTag prints for a function without a body (a //extern
 * function of the program): a uintptr argument is kept alive ("assuming p
 * is unsafe uintptr"); a pointer leaks to the heap unless the declaration
 * has //go:noescape.  Go prints it when it analyses the function: when
 * its first caller reaches it, or at its place among the declarations. */
static void report_native(Esc *e, EscFunc *f) {
    f->visited = true;
    FuncInfo *fi = f->fi;
    if (!e->c->opts.m_level || !f->report || !fi || !fi->decl) return;
    bool noescape = fi->decl->pragmas & PRAGMA_NOESCAPE;
    for (int i = 0; i < f->nleaks; i++) {
        Symbol *s = param_sym(f, i);
        if (!s || !s->type) continue;
        bool named = s->decl != NULL;
        const char *name = named ? s->name
                                 : arena_printf(&e->c->arena, "arg#%d", i + 1);
        Pos pos = param_pos(fi, s, i);
        if (s->type->kind == TY_UINTPTR)
            warn(e, pos, "assuming %s is unsafe uintptr", name);
        else if (has_pointers(s->type) && named)
            warn(e, pos, noescape ? "%s does not escape" : "leaking param: %s",
                 name);
    }
}

/* ---- reasons for the site table (disasm, tracer) ----
 * One line derived from the analysis: the region, then why — the last hop
 * of the path that forced the allocation to the heap. */

static const char *lhs_text(Esc *e, Node *stmt) {
    Node *l = stmt && stmt->list.len ? stmt->list.items[0] : NULL;
    if (stmt && stmt->kind == N_VARSPEC && l) return l->name;
    return l ? esc_node_string(e->c, l) : "memory";
}

static const char *callee_text(Esc *e, Node *call) {
    Node *f = unparen(call->x);
    if (!f) return "a call";
    if (call->aux == AUX_CALL_IFACE)
        return arena_printf(&e->c->arena, "interface method %s",
                            esc_node_string(e->c, f));
    if (f->kind == N_FUNCLIT) return "a func literal";
    if (call->aux == AUX_CALL_VALUE) {
        Node *v = unparen(static_value(f));
        if (!v || v->kind != N_FUNCLIT)
            return arena_printf(&e->c->arena, "func value %s",
                                esc_node_string(e->c, f));
    }
    return esc_node_string(e->c, f);
}

static const char *why_heap(Esc *e, EscNote *nt) {
    Arena *a = &e->c->arena;
    if (!nt) return "flows to the heap";
    Node *w = nt->where;
    const char *why = nt->why;
    if (!strcmp(why, "call parameter") && w->kind == N_CALL) {
        if (w->aux == AUX_CALL_BUILTIN && w->builtin == BI_PANIC)
            return "passed to panic";
        if (w->aux == AUX_CALL_BUILTIN && w->builtin == BI_APPEND)
            return "appended to a slice";
        return arena_printf(a, "passed to %s", callee_text(e, w));
    }
    if (w->kind == N_GO) return "used by a go statement";
    if (w->kind == N_DEFER) return "used by a defer in a loop";
    if (!strncmp(why, "assign", 6))
        return arena_printf(a, "stored in %s", lhs_text(e, w));
    if (!strcmp(why, "send")) return "sent on a channel";
    if (!strcmp(why, "map literal key") || !strcmp(why, "map literal value"))
        return "stored in a map";
    if (!strcmp(why, "appendee slice") || !strcmp(why, "appended slice..."))
        return "appended to a slice";
    if (!strcmp(why, "return")) return "returned";
    if (!strcmp(why, "key of map put")) return "used as a map key";
    if (!strcmp(why, "value of map put")) return "stored in a map";
    if (!strcmp(why, "spill") && w->kind == N_FUNCLIT)
        return "run by a go statement or a defer in a loop";
    return arena_printf(a, "%s at line %d", why, w->pos.line);
}

static const char *explain(Esc *e, EscLoc *l) {
    Arena *a = &e->c->arena;
    EscLoc *root = l->why_root;
    if (l->reason && !strcmp(l->reason, "too large for stack"))
        return l->big_size
                   ? arena_printf(a, "too large for stack (%lld bytes)",
                                  (long long)l->big_size)
                   : "too large for stack";
    if (l->reason) return l->reason;
    if (!root) return "flows to the heap";
    if (root == &e->g->heap) return why_heap(e, l->why_note);
    if (root->kind == LOC_RESULT)
        return arena_printf(a, "returned from %s", fn_display(root->fn));
    if (root->n && root->n->kind == N_FUNCLIT)
        return "captured by a closure that escapes";
    if ((root->name && strstr(root->name, "func literal")) ||
        (root->shown && root->shown->kind == N_FUNCLIT))
        return "captured by a go/defer wrapper that escapes";
    const char *what = root->sym ? root->sym->name
                       : root->n ? esc_node_string(e->c, root->n)
                                 : "a temporary";
    if (root->sym && root->escapes)
        return arena_printf(a, "stored in %s, which is moved to heap", what);
    if (root->escapes)
        return arena_printf(a, "stored in %s, which escapes", what);
    if (root->sym && root->loop_depth < l->loop_depth)
        return arena_printf(a, "stored in %s, declared outside the loop",
                            what);
    return arena_printf(a, "stored in %s, which outlives it", what);
}

static const char *site_reason(Esc *e, EscLoc *l) {
    if (l->reason && !strcmp(l->reason, "non-constant size"))
        return "heap: non-constant size";
    if (l->reason)
        return arena_printf(&e->c->arena, "heap: %s", explain(e, l));
    return arena_printf(&e->c->arena, "escapes: %s", explain(e, l));
}

const char *escape_var_reason(Compiler *c, Symbol *s) {
    if (!c->opts.escape) return "heap: escape analysis off";
    EscVar *v = s ? s->escape : NULL;
    if (v && v->reason) return v->reason;
    return "moved to heap";
}

static void finish(Esc *e) {
    for (int i = 0; i < e->batch.len; i++) tag_params(e, e->batch.items[i]);
    EscGraph *g = e->g;
    bool m = e->c->opts.m_level > 0;
    for (int i = 0; i < g->locs.len; i++) {
        EscLoc *l = g->locs.items[i];
        bool report = m && l->fn && l->fn->report;
        if (l->sym) {
            if (l->escapes) {
                l->sym->region = REGION_HEAP;
                if (report) warn(e, l->pos, "moved to heap: %s", l->sym->name);
                if (l->sym->escape)
                    ((EscVar *)l->sym->escape)->reason = arena_printf(
                        &e->c->arena, "moved to heap: %s", explain(e, l));
            } else {
                l->sym->region = REGION_STACK;
            }
            continue;
        }
        Node *n = l->n;
        if (!n || l->kind != LOC_EXPR) continue;
        SiteInfo *si = n->site >= 0 ? &e->c->sites.items[n->site] : NULL;
        /* printed now, after the rewrites of variadic calls inside it */
        const char *text = esc_node_string(e->c, n);
        if (si && !strcmp(si->text, "... argument")) text = si->text;
        else if (si) si->text = text;
        if (l->escapes) {
            n->region = REGION_HEAP;
            n->reason = site_reason(e, l);
            if (report) warn(e, l->pos, "%s escapes to heap", text);
        } else {
            n->region = REGION_STACK;
            n->reason = "stack: does not escape";
            if (report) warn(e, l->pos, "%s does not escape", text);
        }
        if (l->site_heap && n->region == REGION_STACK) {
            n->region = REGION_HEAP;
            n->reason = "heap: built at a go statement or a defer in a loop";
        }
        if (si) {
            si->region = n->region;
            si->reason = n->reason;
            si->pos = l->pos;
        }
    }
}

static const char *pos_cb(void *ctx, Pos p) {
    return pos_string((Compiler *)ctx, p);
}

static const char *node_cb(void *ctx, Node *n) {
    return n ? esc_node_string((Compiler *)ctx, n) : "?";
}

static void run_batch(Esc *e) {
    EscGraph g;
    esc_graph_init(&g, &e->c->arena);
    g.m_level = e->c->opts.m_level;
    g.keep_notes = true;
    g.out = e->c->opts.m_out ? e->c->opts.m_out : stdout;
    g.pos_string = pos_cb;
    g.node_string = node_cb;
    g.ctx = e->c;
    e->g = &g;
    for (int i = 0; i < e->batch.len; i++) init_func(e, e->batch.items[i]);
    for (int i = 0; i < e->batch.len; i++) {
        EscFunc *f = e->batch.items[i];
        if (f->fi && f->fi->decl && f->fi->decl->kind == N_FUNCLIT) continue;
        e->fn = f;
        walk_func_body(e, f);
    }
    flow_closures(e);
    heap_rules(e);
    esc_solve(&g);
    finish(e);
    esc_graph_free(&g);
    e->g = NULL;
    e->batch.len = 0;
}

/* ---- strongly connected components (Tarjan), callees first ---- */

static void scc_visit(Esc *e, EscFunc *f);

static void scc_edge(Esc *e, EscFunc *f, EscFunc *to) {
    if (to && to->native && !to->visited) report_native(e, to);
    if (!to || to->native) return;
    if (!to->visited) {
        scc_visit(e, to);
        if (to->scc_low < f->scc_low) f->scc_low = to->scc_low;
    } else if (to->on_stack && to->scc_index < f->scc_low) {
        f->scc_low = to->scc_index;
    }
}

static void scc_scan(Esc *e, EscFunc *f, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_FUNCLIT:
        if (n->func) {
            EscFunc *cf = func_of(e, n->func);
            if (!cf->outer) cf->outer = f;
            scc_edge(e, f, cf);
        }
        return;
    case N_IDENT:
        if (n->sym && n->sym->kind == SYM_FUNC)
            scc_edge(e, f, func_of(e, n->sym->func));
        else if (n->sym && is_local(n->sym) && n->sym->escape == NULL)
            (void)0;
        return;
    case N_SELECTOR:
        if (n->aux == AUX_SEL_QUALIFIED && n->sym && n->sym->kind == SYM_FUNC)
            scc_edge(e, f, func_of(e, n->sym->func));
        if (n->aux == AUX_SEL_METHOD || n->aux == AUX_SEL_METHOD_EXPR)
            scc_edge(e, f, method_func(e, n));
        break;
    case N_ASSIGN:
        /* Go's ir.Reassigned, used to resolve calls of func variables */
        for (int i = 0; i < n->list.len && n->op == T_ASSIGN; i++) {
            Node *l = unparen(n->list.items[i]);
            if (l && l->kind == N_IDENT && is_local(l->sym))
                var_of(e, l->sym)->ir_reassigned = true;
        }
        if (n->op == T_DEFINE)
            for (int i = 0; i < n->list.len; i++) {
                Node *l = unparen(n->list.items[i]);
                if (l && l->kind == N_IDENT && is_local(l->sym) &&
                    l->sym->decl != l)
                    var_of(e, l->sym)->ir_reassigned = true;
            }
        break;
    case N_UNARY:
        if (n->op == T_AND) {
            Node *x = unparen(n->x);
            while (x && (x->kind == N_SELECTOR || x->kind == N_INDEX) &&
                   x->x && x->x->type &&
                   (x->kind == N_SELECTOR ? x->aux == AUX_SEL_FIELD &&
                                                !sel_through_ptr(x)
                                          : x->x->type->kind == TY_ARRAY))
                x = unparen(x->x);
            if (x && x->kind == N_IDENT && is_local(x->sym))
                var_of(e, x->sym)->ir_reassigned = true;
        }
        break;
    default:
        break;
    }
    scc_scan(e, f, n->x);
    scc_scan(e, f, n->y);
    scc_scan(e, f, n->z);
    scc_scan(e, f, n->w);
    for (int i = 0; i < n->list.len; i++) scc_scan(e, f, n->list.items[i]);
    for (int i = 0; i < n->list2.len; i++) scc_scan(e, f, n->list2.items[i]);
}

static bool is_closure(EscFunc *f) {
    return f->fi && f->fi->decl && f->fi->decl->kind == N_FUNCLIT;
}

static void scc_visit(Esc *e, EscFunc *f) {
    f->visited = true;
    f->scc_index = f->scc_low = ++e->index;
    f->on_stack = true;
    VEC_PUSH(e->stack, f);
    if (f->fi && f->fi->decl) scc_scan(e, f, f->fi->decl->y);
    if (is_closure(f)) return;      /* stays with its enclosing function */
    if (f->scc_low != f->scc_index) return;
    int i = e->stack.len - 1;
    while (e->stack.items[i] != f) i--;
    for (int j = i; j < e->stack.len; j++) {
        e->stack.items[j]->on_stack = false;
        e->stack.items[j]->scc_low = 0x7fffffff;
        VEC_PUSH(e->batch, e->stack.items[j]);
    }
    e->stack.len = i;
    run_batch(e);
}

/* Go's staticinit: a package-level initialiser it can lay out as static
 * data never reaches the init function, so escape analysis never sees it
 * and -m says nothing (`var p = &T{}`, `var i interface{} = g`); map
 * literals and calls are dynamic (`var m = map[K]V{}` is reported). */
static bool static_init(Node *n, int depth) {
    n = unparen(n);
    if (!n || depth > 16) return false;
    if (n->cval) return true;
    switch (n->kind) {
    case N_CONVIFACE: return static_init(n->x, depth + 1);
    case N_FUNCLIT: return true;
    case N_IDENT: {
        Symbol *s = n->sym;
        if (!s) return false;
        if (s->kind == SYM_FUNC) return true;
        if (s->kind != SYM_VAR || !s->global) return false;
        Node *sp = s->spec;
        if (!sp || sp->list2.len == 0) return true;
        if (sp->list2.len != sp->list.len) return false;
        for (int i = 0; i < sp->list.len; i++)
            if (sp->list.items[i]->sym == s)
                return static_init(sp->list2.items[i], depth + 1);
        return false;
    }
    case N_UNARY: {
        if (n->op != T_AND) return false;
        Node *x = unparen(n->x);
        if (x && x->kind == N_IDENT && x->sym && x->sym->global) return true;
        return x && x->kind == N_COMPOSITE && static_init(x, depth + 1);
    }
    case N_COMPOSITE:
        if (!n->type || n->type->kind == TY_MAP ||
            (n->type->kind == TY_POINTER && n->type->elem->kind == TY_MAP))
            return false;
        for (int i = 0; i < n->list.len; i++) {
            Node *el = n->list.items[i];
            if (el->kind == N_KEYVALUE) el = el->y;
            if (!static_init(el, depth + 1)) return false;
        }
        return true;
    default:
        return false;
    }
}

/* a literal staticinit lays out as static data even when some elements
 * are computed: those become assignments in the init function, and only
 * they are analysed (reported) */
static bool static_shape(Node *n) {
    n = unparen(n);
    if (n && n->kind == N_UNARY && n->op == T_AND) n = unparen(n->x);
    if (!n || n->kind != N_COMPOSITE || !n->type) return false;
    Type *t = n->type->kind == TY_POINTER ? n->type->elem : n->type;
    return t->kind != TY_MAP;
}

static bool static_spec(Node *d) {
    if (d->list.len != d->list2.len) return false;
    for (int i = 0; i < d->list2.len; i++)
        if (!static_init(d->list2.items[i], 0) &&
            !static_shape(d->list2.items[i]))
            return false;
    return true;
}

/* package-level initialisers: one pseudo-function per file, last */
static void analyse_inits(Esc *e) {
    for (int fi = 0; fi < e->c->files.len; fi++) {
        File *file = e->c->files.items[fi];
        EscFunc *f = arena_alloc(&e->c->arena, sizeof *f);
        f->name = "init";
        f->report = fi < e->nfiles && e->main_file[fi];
        bool any = false;
        for (int i = 0; i < file->decls.len; i++)
            any |= file->decls.items[i]->kind == N_VARSPEC &&
                   file->decls.items[i]->list2.len > 0;
        if (!any) continue;
        f->visited = true;
        f->on_stack = true;
        e->index++;
        f->scc_index = f->scc_low = e->index;
        VEC_PUSH(e->stack, f);
        for (int i = 0; i < file->decls.len; i++)
            if (file->decls.items[i]->kind == N_VARSPEC)
                scc_scan(e, f, file->decls.items[i]);
        int base = e->stack.len - 1;
        while (e->stack.items[base] != f) base--;
        for (int j = base; j < e->stack.len; j++) {
            e->stack.items[j]->on_stack = false;
            VEC_PUSH(e->batch, e->stack.items[j]);
        }
        e->stack.len = base;
        /* run the batch with the initialisers as f's body */
        EscGraph g;
        esc_graph_init(&g, &e->c->arena);
        g.m_level = e->c->opts.m_level;
        g.keep_notes = true;
        g.out = e->c->opts.m_out ? e->c->opts.m_out : stdout;
        g.pos_string = pos_cb;
        g.node_string = node_cb;
        g.ctx = e->c;
        e->g = &g;
        for (int i = 0; i < e->batch.len; i++) init_func(e, e->batch.items[i]);
        /* static data: analysed (for the sites' regions) but not
         * reported */
        EscFunc *quiet = arena_alloc(&e->c->arena, sizeof *quiet);
        *quiet = *f;
        quiet->report = false;
        e->loop_depth = 1;
        f->state = ESC_FN_STARTED;
        e->init_loud = f;
        e->init_quiet = quiet;
        for (int i = 0; i < file->decls.len; i++) {
            Node *d = file->decls.items[i];
            if (d->kind != N_VARSPEC || d->list2.len == 0) continue;
            e->fn = static_spec(d) ? quiet : f;
            int nl = d->list.len, nr = d->list2.len;
            if (nl == nr) {
                var_pairs(e, d);
            } else {
                EscHole ks[nl > 0 ? nl : 1];
                for (int j = 0; j < nl; j++) ks[j] = addr_of(e, d->list.items[j]);
                call(e, ks, nl, d->list2.items[0]);
            }
        }
        e->fn = f;
        e->init_loud = NULL;
        flow_closures(e);
        heap_rules(e);
        esc_solve(&g);
        finish(e);
        esc_graph_free(&g);
        e->g = NULL;
        e->batch.len = 0;
    }
}

/* with --escape=off every site goes to the heap (codegen does that for
 * sites) and so does every variable whose address is taken */
static void escape_off(Compiler *c) {
    for (int i = 0; i < c->funcs.len; i++) {
        FuncInfo *fi = c->funcs.items[i];
        Symbol **lists[3] = {fi->params.items, fi->results.items,
                             fi->locals.items};
        int lens[3] = {fi->params.len, fi->results.len, fi->locals.len};
        for (int k = 0; k < 3; k++)
            for (int j = 0; j < lens[k]; j++) {
                Symbol *s = lists[k][j];
                if (s && (s->addrtaken || (s->captured && s->byref)))
                    s->region = REGION_HEAP;
            }
        if (fi->recv && (fi->recv->addrtaken || fi->recv->byref))
            fi->recv->region = REGION_HEAP;
    }
    for (int i = 0; i < c->sites.len; i++) {
        c->sites.items[i].region = REGION_HEAP;
        c->sites.items[i].reason = "heap: escape analysis off";
    }
}

/* by file, then position */
static int cmp_decl_pos(const FuncInfo *x, const FuncInfo *y) {
    Pos px = x->decl ? x->decl->pos : (Pos){0, 0, -1};
    Pos py = y->decl ? y->decl->pos : (Pos){0, 0, -1};
    if (px.file != py.file) return px.file < py.file ? -1 : 1;
    if (px.line != py.line) return px.line < py.line ? -1 : 1;
    if (px.col != py.col) return px.col < py.col ? -1 : 1;
    return 0;
}

static int cmp_pos(Pos a, Pos b) {
    if (a.file != b.file) return a.file < b.file ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    return a.col < b.col ? -1 : a.col > b.col;
}

/* prints the devirtualization messages (in position order), then the
 * escape messages held back in buf */
static void flush_m_output(Esc *e, FILE *out, char *buf, size_t len) {
    Devirt *d = e->devirts.items;
    for (int i = 1; i < e->devirts.len; i++)
        for (int j = i; j > 0 && cmp_pos(d[j - 1].pos, d[j].pos) > 0; j--) {
            Devirt t = d[j];
            d[j] = d[j - 1];
            d[j - 1] = t;
        }
    for (int i = 0; i < e->devirts.len; i++)
        fprintf(out, "%s: %s\n", pos_string(e->c, d[i].pos), d[i].msg);
    if (len) fwrite(buf, 1, len, out);
    fflush(out);
}

void escape_analyse(Compiler *c) {
    Esc e = {0};
    e.c = c;
    /* hold the escape messages back until devirtualization's are out */
    FILE *orig_out = c->opts.m_out;
    FILE *m_out = orig_out ? orig_out : stdout;
    char *held = NULL;
    size_t held_len = 0;
    FILE *hold = c->opts.m_level ? open_memstream(&held, &held_len) : NULL;
    if (hold) c->opts.m_out = hold;
    e.nfiles = c->files.len;
    e.main_file = xcalloc((size_t)e.nfiles + 1, sizeof(bool));
    for (int i = 0; c->main && i < c->main->files.len; i++)
        for (int j = 0; j < c->files.len; j++)
            if (c->files.items[j] == c->main->files.items[i]) e.main_file[j] = true;
    EscGraph scratch;
    esc_graph_init(&scratch, &c->arena);
    e.g = &scratch;
    for (int i = 0; i < c->funcs.len; i++) {
        EscFunc *f = func_of(&e, c->funcs.items[i]);
        if (f->native) tag_native(&e, f);
    }
    e.g = NULL;
    /* Go visits the declarations in source order (methods where they
     * stand), callees first */
    int nf = c->funcs.len;
    FuncInfo **order = xcalloc((size_t)nf + 1, sizeof *order);
    if (nf) memcpy(order, c->funcs.items, sizeof *order * (size_t)nf);
    for (int i = 1; i < nf; i++)            /* stable insertion sort */
        for (int j = i; j > 0 && cmp_decl_pos(order[j - 1], order[j]) > 0; j--) {
            FuncInfo *t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    for (int i = 0; i < nf; i++) {
        EscFunc *f = func_of(&e, order[i]);
        if (!f->visited && f->native) report_native(&e, f);
        if (!f->visited && !f->native && !is_closure(f)) {
            e.g = &scratch;
            scc_visit(&e, f);
        }
    }
    /* closures never reached from a declared function (package level) are
     * analysed with the initialisers */
    e.g = &scratch;
    analyse_inits(&e);
    esc_graph_free(&scratch);
    free(order);
    if (hold) {
        fclose(hold);
        c->opts.m_out = orig_out;
        flush_m_output(&e, m_out, held, held_len);
        free(held);
    }
    VEC_FREE(e.devirts);
    if (!c->opts.escape) escape_off(c);
    VEC_FREE(e.stack);
    VEC_FREE(e.batch);
    VEC_FREE(e.closures);
    free(e.main_file);
}
