/* escape.c — escape analysis, conservative stand-in: every allocation site
 * is numbered and put on the heap; every variable whose address is taken or
 * that a closure captures is "moved to heap" (captured by reference).
 *
 * Invariants it establishes (the contract the real analysis keeps):
 *  - every allocating construct has Node.site >= 0 indexing c->sites, with
 *    Node.region set (here always REGION_HEAP) and a reason;
 *  - Symbol.region says whether a variable lives in a heap cell; byref
 *    whether closures capture it by reference.
 * Sites: new(T), &T{...}, make(slice|map|chan), slice and map literals,
 * func literals, conversions of non-pointer-shaped values to interfaces,
 * append, string concatenation and conversions, method values.
 * Cost: one walk over the AST.  Imprecision: total — nothing stays on the
 * stack; the real analysis (Go's algorithm) replaces this file. */
#include "internal.h"
#include "vm/module.h"

typedef struct Walk {
    Compiler *c;
    FuncInfo *fn;
} Walk;

static void walk(Walk *w, Node *n);

static void walk_list(Walk *w, List *l) {
    for (int i = 0; i < l->len; i++) walk(w, l->items[i]);
}

static Node *unparen(Node *n) {
    while (n && n->kind == N_PAREN) n = n->x;
    return n;
}

static void mark(Walk *w, Node *n, int kind, Type *t) {
    if (n->site >= 0) return;
    const char *text = ast_string(w->c, n);
    site_new(w->c, n, kind, text, t, w->fn);
    w->c->sites.items[n->site].reason = "escapes to heap (conservative)";
}

static bool is_string_conv(Node *n) {
    if (n->aux != AUX_CALL_CONV || n->list.len != 1 || !n->type) return false;
    Type *to = n->type, *from = n->list.items[0]->type;
    if (!from || n->list.items[0]->cval) return false;
    if (to->kind == TY_STRING)
        return from->kind == TY_SLICE || type_is_integer(from);
    return to->kind == TY_SLICE && from->kind == TY_STRING;
}

static void walk_call(Walk *w, Node *n) {
    if (n->aux == AUX_CALL_BUILTIN) {
        Type *t = n->type;
        if (n->builtin == BI_NEW && t) mark(w, n, SITE_NEW, t->elem);
        else if (n->builtin == BI_MAKE && t)
            mark(w, n, t->kind == TY_SLICE ? SITE_MAKESLICE
                       : t->kind == TY_MAP ? SITE_MAKEMAP : SITE_MAKECHAN,
                 t->kind == TY_SLICE ? t->elem : t);
        else if (n->builtin == BI_APPEND && t) mark(w, n, SITE_APPEND, t->elem);
    } else if (is_string_conv(n)) {
        mark(w, n, SITE_CONVSTR, n->type->kind == TY_SLICE ? n->type->elem : NULL);
    }
    Node *f = unparen(n->x);
    if (f && f->kind == N_SELECTOR) walk(w, f->x);   /* called: no method value */
    else walk(w, n->x);
    walk_list(w, &n->list);
}

static void walk_sym_use(Walk *w, Node *n) {
    Symbol *s = n->sym;
    if (!s || s->kind != SYM_VAR || s->global) return;
    if (s->addrtaken || s->captured) {
        s->region = REGION_HEAP;
        s->byref = s->captured;
    }
}

static void walk(Walk *w, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: walk_sym_use(w, n); return;
    case N_FUNCLIT: {
        mark(w, n, SITE_CLOSURE, NULL);
        FuncInfo *outer = w->fn;
        w->fn = n->func;
        walk(w, n->y);
        w->fn = outer;
        return;
    }
    case N_UNARY:
        if (n->op == T_AND && unparen(n->x) && unparen(n->x)->kind == N_COMPOSITE)
            mark(w, n, SITE_COMPOSITE, n->type ? n->type->elem : NULL);
        break;
    case N_COMPOSITE:
        if (n->type && n->type->kind == TY_SLICE) mark(w, n, SITE_SLICELIT, n->type->elem);
        else if (n->type && n->type->kind == TY_MAP) mark(w, n, SITE_MAPLIT, n->type);
        walk_list(w, &n->list);
        return;
    case N_CONVIFACE:
        if (n->x && n->x->type && !type_is_interface(n->x->type) &&
            !type_is_pointer_shaped(n->x->type) && n->x->type->kind != TY_UNTYPED_NIL)
            mark(w, n, SITE_CONVIFACE, n->x->type);
        break;
    case N_BINARY:
        if (n->op == T_ADD && n->type && n->type->kind == TY_STRING && !n->cval)
            mark(w, n, SITE_CONCAT, NULL);
        break;
    case N_ASSIGN:
        if (n->op == T_ADD_ASSIGN && n->list.len == 1 && n->list.items[0]->type &&
            n->list.items[0]->type->kind == TY_STRING)
            mark(w, n, SITE_CONCAT, NULL);
        break;
    case N_SELECTOR:
        if (n->aux == AUX_SEL_METHOD || n->aux == AUX_SEL_IFACE_METHOD)
            mark(w, n, SITE_METHODVAL, NULL);
        walk(w, n->x);
        return;
    case N_CALL: walk_call(w, n); return;
    case N_CASE:
        if (n->sym && n->sym->captured) walk_sym_use(w, &(Node){.sym = n->sym});
        break;
    default: break;
    }
    walk(w, n->x);
    walk(w, n->y);
    walk(w, n->z);
    walk(w, n->w);
    walk_list(w, &n->list);
    walk_list(w, &n->list2);
}

static void mark_vars(FuncInfo *fi) {
    Symbol **lists[3] = {fi->params.items, fi->results.items, fi->locals.items};
    int lens[3] = {fi->params.len, fi->results.len, fi->locals.len};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < lens[k]; i++) {
            Symbol *s = lists[k][i];
            if (s && (s->addrtaken || s->captured)) {
                s->region = REGION_HEAP;
                s->byref = s->captured;
            }
        }
    if (fi->recv && (fi->recv->addrtaken || fi->recv->captured)) {
        fi->recv->region = REGION_HEAP;
        fi->recv->byref = fi->recv->captured;
    }
}

void escape_analyse(Compiler *c) {
    Walk w = {c, NULL};
    for (int i = 0; i < c->funcs.len; i++) {
        FuncInfo *fi = c->funcs.items[i];
        mark_vars(fi);
        if (fi->decl && fi->decl->kind == N_FUNCDECL) {
            w.fn = fi;
            walk(&w, fi->decl->y);
        }
    }
    w.fn = NULL;
    for (int f = 0; f < c->files.len; f++) {
        File *file = c->files.items[f];
        for (int i = 0; i < file->decls.len; i++) {
            Node *d = file->decls.items[i];
            if (d->kind == N_VARSPEC) walk_list(&w, &d->list2);
        }
    }
}
