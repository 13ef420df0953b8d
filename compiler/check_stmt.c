/* check_stmt.c — statements and function bodies: assignments and short
 * variable declarations (with comma-ok forms), if/for/range/switch/type
 * switch/select, labels and branches, go/defer, return; then the checks Go
 * makes after a body: missing return (terminating statements), unused
 * variables, unused labels.
 *
 * Invariants:
 *  - Every variable declared inside a function is appended to its
 *    FuncInfo.locals (parameters/results are in params/results).
 *  - An assignment `x = v` does not count as a use of x (as in types2).
 *  - N_BRANCH.target is the statement a break/continue leaves or
 *    continues, or the N_LABELED statement a goto jumps to; NF_USED on a
 *    for/switch/select means some break targets it (it can complete
 *    normally), which the terminating-statement analysis needs. */
#include "check.h"

#include <stdlib.h>

#define INVALID_OP "invalid operation: "

enum {
    CTX_BREAK = 1, CTX_CONTINUE = 2, CTX_FALLTHROUGH = 4, CTX_FINAL_CASE = 8,
    CTX_TYPESWITCH = 16,
};

typedef struct Ctx {
    int flags;
    Node *brk, *cont;     /* innermost breakable / continuable statement */
} Ctx;

/* A block of the function body as Go's syntax.checkBranches sees them: a
 * { } block, a case or select clause; `start` is its '{' or its keyword. */
typedef struct Block {
    struct Block *parent;
    Pos start;
} Block;

typedef struct LabelInfo {
    const char *name;
    Node *stmt;           /* N_LABELED */
    bool used;
    Block *block;         /* the block declaring it */
} LabelInfo;

typedef struct GotoInfo {
    Node *stmt;           /* N_BRANCH goto */
    Block *block;         /* the innermost block holding it */
} GotoInfo;

typedef struct FuncState {
    VEC(LabelInfo) labels;
    VEC(Node *) enclosing;   /* labeled statements enclosing the current one */
    VEC(GotoInfo) gotos;
} FuncState;

static Compiler *C(Checker *k) { return k->c; }
static Type *basic(Checker *k, TypeKind t) { return types_basic(k->c, t); }

static void stmt(Checker *k, Node *s, Ctx ctx, FuncState *fs);
static void stmt_list(Checker *k, List *l, Ctx ctx, FuncState *fs);

static void open_scope(Checker *k) { k->scope = scope_new(C(k), k->scope); }
static void close_scope(Checker *k) { k->scope = k->scope->parent; }

Symbol *ck_declare_var(Checker *k, Node *id, Type *t) {
    Symbol *s = sym_new(C(k), SYM_VAR, id->name, t);
    s->pos = id->pos;
    s->decl = id;
    s->func = k->func;
    s->pkg = k->pkg ? k->pkg->path : "main";
    id->sym = s;
    id->type = t;
    if (k->func) VEC_PUSH(k->func->locals, s);
    if (id->name != intern_cstr(C(k), "_")) ck_declare(k, k->scope, s, id);
    else s->used = true;
    return s;
}

/* ---- assignments ---- */

static bool is_blank(Checker *k, Node *n) {
    n = unparen(n);
    return n->kind == N_IDENT && n->name == intern_cstr(C(k), "_");
}

static Type *lhs_operand_type(Checker *k, Node *lhs, Operand *z);

/* Evaluates an assignment's left side without counting it as a use. */
static Type *lhs_var(Checker *k, Node *lhs) {
    Node *u = unparen(lhs);
    if (is_blank(k, lhs)) {
        lhs->type = NULL;
        return NULL;
    }
    Operand z;
    Symbol *v = NULL;
    bool was_used = false;
    if (u->kind == N_IDENT) {
        v = ck_lookup(k, u->name, u);
        if (v && v->kind == SYM_VAR) was_used = v->used;
        else v = NULL;
    }
    ck_expr(k, lhs, &z);
    if (v) {
        v->used = was_used;
        v->reassigned = true;
    }
    return lhs_operand_type(k, lhs, &z);
}

/* The type of the already checked operand z of lhs as an assignment
 * target, or k->invalid after an error. */
static Type *lhs_operand_type(Checker *k, Node *lhs, Operand *z) {
    Node *u = unparen(lhs);
    if (u->kind == N_IDENT && u->sym && u->sym->kind == SYM_VAR) u->sym->reassigned = true;
    if (z->mode == M_INVALID) return k->invalid;
    if (z->mode == M_VAR || z->mode == M_MAPINDEX) return z->type;
    if (u->kind == N_SELECTOR) {
        Node *b = unparen(u->x);
        if (b->kind == N_INDEX && b->x->type &&
            types_under(b->x->type)->kind == TY_MAP) {
            ck_errorf(k, start_pos(lhs), "cannot assign to struct field %s in map",
                      expr_str(k, lhs));
            return k->invalid;
        }
    }
    ck_errorf(k, start_pos(lhs), "cannot assign to %s", operand_str(k, z));
    return k->invalid;
}

static bool is_commaok_expr(Operand *x) {
    return x->mode == M_MAPINDEX || x->mode == M_COMMAOK;
}

static const char *measure(Checker *k, int n, const char *unit) {
    return arena_printf(&C(k)->arena, "%d %s%s", n, unit, n == 1 ? "" : "s");
}

static void assign_error(Checker *k, List *rhs, int nvars, int nvals) {
    Node *r0 = rhs->items[0];
    Node *u = unparen(r0);
    if (rhs->len == 1 && u->kind == N_CALL)
        ck_errorf(k, start_pos(r0), "assignment mismatch: %s but %s returns %s",
                  measure(k, nvars, "variable"), expr_str(k, u->x),
                  measure(k, nvals, "value"));
    else
        ck_errorf(k, start_pos(r0), "assignment mismatch: %s but %s",
                  measure(k, nvars, "variable"), measure(k, nvals, "value"));
}

/* Evaluates the right-hand sides; returns the number of values (a tuple
 * counts its elements).  *commaok: 2 targets, 1 comma-ok expression. */
static int rhs_values(Checker *k, List *rhs, int nlhs, Type **hints,
                      Operand *xs, bool *commaok, bool *tuple) {
    *commaok = *tuple = false;
    if (rhs->len == 1) {
        Operand *x = &xs[0];
        ck_rawexpr(k, rhs->items[0], x, hints ? hints[0] : NULL);
        if (x->mode == M_TYPE || x->mode == M_BUILTIN || x->mode == M_PKG) {
            Operand y = *x;
            ck_assignment(k, &y, NULL, "assignment");
            x->mode = M_INVALID;
            return 1;
        }
        if (x->mode != M_INVALID && x->type && x->type->kind == TY_TUPLE) {
            *tuple = true;
            return x->type->nfields;
        }
        if (nlhs == 2 && is_commaok_expr(x)) {
            *commaok = true;
            rhs->items[0]->flags |= NF_COMMA_OK;
            unparen(rhs->items[0])->flags |= NF_COMMA_OK;
            return 2;
        }
        if (x->mode == M_NOVALUE) {
            ck_errorf(k, start_pos(x->expr), "%s (no value) used as value",
                      expr_str(k, x->expr));
            x->mode = M_INVALID;
        }
        return 1;
    }
    for (int i = 0; i < rhs->len; i++) {
        ck_rawexpr(k, rhs->items[i], &xs[i],
                   hints && i < nlhs ? hints[i] : NULL);
        if (xs[i].mode == M_NOVALUE) {
            ck_errorf(k, start_pos(xs[i].expr), "%s (no value) used as value",
                      expr_str(k, xs[i].expr));
            xs[i].mode = M_INVALID;
        }
        ck_single_value(k, &xs[i]);
    }
    return rhs->len;
}

static bool any_invalid(Operand *xs, int n) {
    for (int i = 0; i < n; i++)
        if (xs[i].mode == M_INVALID) return true;
    return false;
}

/* Assigns value i of the right side to a target of type T (NULL: blank).
 * For tuples and comma-ok forms only assignability is checked (codegen
 * converts using the target types). */
static void assign_value(Checker *k, Operand *xs, int i, bool tuple,
                         bool commaok, Type *T, const char *ctx) {
    if (!tuple && !commaok) {
        ck_assignment(k, &xs[i], T, ctx);
        return;
    }
    k->target_spelled = NULL;
    Operand x = xs[0];
    if (tuple) {
        x.type = xs[0].type->fields[i].type;
        x.mode = M_VALUE;
    } else if (i == 1) {
        x.type = basic(k, TY_UNTYPED_BOOL);
        x.mode = M_VALUE;
        x.val = NULL;
    } else {
        /* the value part of a comma-ok form: conversions (incl. to
         * interfaces) apply to the node itself */
        ck_assignment(k, &xs[0], T, ctx);
        return;
    }
    if (!T) return;
    if (type_is_untyped(x.type)) {   /* the ok bool */
        if (T->kind == TY_BOOL || (T->kind == TY_INTERFACE && T->nfields == 0)) return;
        ck_errorf(k, start_pos(x.expr), "cannot use %s (untyped bool value) as %s value in %s",
                  expr_str(k, x.expr), tstr(k, T), ctx);
        return;
    }
    const char *reason;
    if (!ck_assignable(k, &x, T, &reason)) {
        if (reason)
            ck_errorf(k, start_pos(x.expr), "cannot use %s as type %s in %s:\n\t%s",
                      operand_str(k, &x), tstr(k, T), ctx, reason);
        else
            ck_errorf(k, start_pos(x.expr), "cannot use %s as type %s in %s",
                      operand_str(k, &x), tstr(k, T), ctx);
    }
}

static void assign_stmt(Checker *k, Node *s) {
    List *lhs = &s->list, *rhs = &s->list2;
    Type *lt[lhs->len + 1];
    for (int i = 0; i < lhs->len; i++) lt[i] = lhs_var(k, lhs->items[i]);
    Operand xs[rhs->len + 1];
    bool commaok, tuple;
    int n = rhs_values(k, rhs, lhs->len, lt, xs, &commaok, &tuple);
    if (n != lhs->len) {
        if (!any_invalid(xs, tuple || commaok ? 1 : rhs->len))
            assign_error(k, rhs, lhs->len, n);
        return;
    }
    if (any_invalid(xs, tuple || commaok ? 1 : rhs->len)) return;
    for (int i = 0; i < lhs->len; i++) {
        if (lt[i] && lt[i]->kind == TY_INVALID) continue;
        Node *l = unparen(lhs->items[i]);
        k->target_spelled = l->kind == N_IDENT && l->sym ? l->sym->spelled : NULL;
        bool blank = l->kind == N_IDENT && !strcmp(l->name, "_");   /* as types2 says */
        assign_value(k, xs, i, tuple, commaok, lt[i],
                     blank ? "assignment to _ identifier" : "assignment");
        /* a failed assignment counts as a use (no follow-on error) */
        Node *u = unparen(lhs->items[i]);
        if (!tuple && !commaok && xs[i].mode == M_INVALID && u->kind == N_IDENT && u->sym)
            u->sym->used = true;
    }
}

/* `a, b := ...` */
static void short_var_decl(Checker *k, Node *s) {
    List *lhs = &s->list, *rhs = &s->list2;
    int n = lhs->len;
    Symbol *vars[n + 1];
    bool is_new[n + 1];
    Type *lt[n + 1], *sp[n + 1];
    bool any_new = false, bad = false;
    for (int i = 0; i < n; i++) {
        Node *id = lhs->items[i];
        vars[i] = NULL, is_new[i] = false, lt[i] = NULL, sp[i] = NULL;
        if (id->kind != N_IDENT) {
            Operand d;
            ck_expr(k, id, &d);
            ck_errorf(k, start_pos(id), "non-name %s on left side of :=", expr_str(k, id));
            bad = true;
            continue;
        }
        for (int j = 0; j < i; j++)
            if (lhs->items[j]->kind == N_IDENT && lhs->items[j]->name == id->name &&
                id->name != intern_cstr(C(k), "_")) {
                ck_errorf(k, id->pos, "%s repeated on left side of :=", id->name);
                bad = true;
            }
        if (id->name == intern_cstr(C(k), "_")) {
            is_new[i] = true;
            continue;
        }
        Symbol *old = scope_lookup_local(k->scope, id->name);
        if (old) {
            id->sym = old;
            if (old->kind != SYM_VAR) {
                ck_errorf(k, id->pos, "cannot assign to %s", id->name);
                bad = true;
                continue;
            }
            old->reassigned = true;
            vars[i] = old;
            lt[i] = old->type;
            id->type = old->type;
            continue;
        }
        is_new[i] = true;
        any_new = true;
    }
    Operand xs[rhs->len + 1];
    bool commaok, tuple;
    int nv = rhs_values(k, rhs, n, lt, xs, &commaok, &tuple);
    bool ok = nv == n && !any_invalid(xs, tuple || commaok ? 1 : rhs->len);
    if (nv != n && !any_invalid(xs, tuple || commaok ? 1 : rhs->len))
        assign_error(k, rhs, n, nv);
    /* types of new variables */
    for (int i = 0; i < n; i++) {
        if (!is_new[i]) continue;
        Type *t = k->invalid;
        if (ok) {
            if (tuple) t = xs[0].type->fields[i].type;
            else if (commaok) t = i == 0 ? NULL : basic(k, TY_BOOL);
            else t = NULL;
            if (!t) {
                Operand *x = tuple || commaok ? &xs[0] : &xs[i];
                if (x->type && x->type->kind == TY_UNTYPED_NIL) {
                    ck_errorf(k, start_pos(x->expr), "use of untyped nil in assignment");
                    t = k->invalid;
                } else {
                    ck_assignment(k, x, NULL, "assignment");
                    t = x->type && x->mode != M_INVALID ? x->type : k->invalid;
                    sp[i] = x->spelled;
                }
            }
        }
        lt[i] = t;
    }
    if (ok)
        for (int i = 0; i < n; i++) {
            if (!lt[i] || (!is_new[i] && !vars[i])) continue;
            assign_value(k, xs, i, tuple, commaok, lt[i], "assignment");
        }
    /* declare after evaluating the right side (scope starts after) */
    for (int i = 0; i < n; i++) {
        if (!is_new[i]) continue;
        Node *id = lhs->items[i];
        Symbol *v = ck_declare_var(k, id, lt[i] ? lt[i] : k->invalid);
        v->spelled = sp[i];
        if (!ok) v->used = true;
    }
    if (!any_new && !bad) ck_errorf(k, s->pos, "no new variables on left side of :=");
}

static void op_assign(Checker *k, Node *s) {
    if (s->list.len != 1 || s->list2.len != 1) {
        ck_errorf(k, s->pos, "assignment operation %s requires single-valued expressions",
                  tok_string(s->op));
        return;
    }
    Tok op = s->op - T_ADD_ASSIGN + T_ADD;
    /* the left side is checked once: checking a function literal in an
     * index (m[func() int {...}()] += 1) twice would make two closures */
    Operand x, y;
    ck_expr(k, s->list.items[0], &x);
    Operand z = x;
    ck_expr(k, s->list2.items[0], &y);
    ck_binary_operands(k, NULL, s->list.items[0], s->list2.items[0], op, &x, &y);
    if (x.mode == M_INVALID) return;
    Type *lt = lhs_operand_type(k, s->list.items[0], &z);
    if (!lt || lt->kind == TY_INVALID) return;
    /* the lhs was evaluated as an operand: it counts as a use (types2) */
    Node *u = unparen(s->list.items[0]);
    if (u->kind == N_IDENT && u->sym) u->sym->used = true;
    x.expr = s->list2.items[0];
    if (x.mode == M_CONST && type_is_untyped(x.type)) {
        ck_convert_untyped(k, &x, lt);
        return;
    }
    if (type_is_untyped(x.type)) ck_convert_untyped(k, &x, lt);
}

static void incdec(Checker *k, Node *s) {
    Operand x;
    ck_expr(k, s->x, &x);
    if (x.mode == M_INVALID) return;
    if (!type_is_numeric(types_under(x.type))) {
        const char *op = s->op == T_INC ? "++" : "--";
        ck_errorf(k, start_pos(s->x), INVALID_OP "%s%s (non-numeric type %s)",
                  expr_str(k, s->x), op, ck_otype_str(k, &x));
        return;
    }
    lhs_operand_type(k, s->x, &x);
    Node *u = unparen(s->x);
    if (u->kind == N_IDENT && u->sym) u->sym->used = true;
}

/* ---- simple statements ---- */

static bool is_statement_call(Node *n, Operand *x) {
    n = unparen(n);
    if (n->kind == N_UNARY && n->op == T_ARROW) return true;
    if (n->kind != N_CALL) return false;
    if (n->aux == AUX_CALL_CONV) return false;
    if (n->aux == AUX_CALL_BUILTIN) {
        switch (n->builtin) {
        case BI_APPEND: case BI_CAP: case BI_LEN: case BI_MAKE: case BI_NEW:
        case BI_MIN: case BI_MAX: case BI_COMPLEX: case BI_REAL: case BI_IMAG:
            return false;
        default: return true;
        }
    }
    (void)x;
    return true;
}

static void expr_stmt(Checker *k, Node *s) {
    Operand x;
    ck_rawexpr(k, s->x, &x, NULL);
    if (x.mode == M_INVALID) return;
    const char *msg = "is not used";
    if (x.mode == M_BUILTIN) msg = "must be called";
    else if (x.mode == M_TYPE) msg = "is not an expression";
    else if (is_statement_call(s->x, &x)) {
        /* a receive in statement position: its type is final */
        if (x.type && type_is_untyped(x.type)) ck_default(k, &x);
        return;
    }
    if (x.mode == M_CONST && type_is_untyped(x.type)) {
        /* the message uses the untyped operand */
    }
    ck_errorf(k, start_pos(s->x), "%s %s", operand_str(k, &x), msg);
}

static void send_stmt(Checker *k, Node *s) {
    Operand ch, v;
    ck_expr(k, s->x, &ch);
    ck_expr(k, s->y, &v);
    if (ch.mode == M_INVALID || v.mode == M_INVALID) return;
    Type *u = types_under(ch.type);
    if (u->kind != TY_CHAN) {
        ck_errorf(k, start_pos(s->x), INVALID_OP "cannot send to non-channel %s",
                  operand_str(k, &ch));
        return;
    }
    if (u->dir == CHAN_RECV) {
        ck_errorf(k, start_pos(s->x), INVALID_OP "cannot send to receive-only channel %s",
                  operand_str(k, &ch));
        return;
    }
    ck_assignment(k, &v, u->elem, "send");
}

static void go_defer(Checker *k, Node *s) {
    const char *kw = s->kind == N_GO ? "go" : "defer";
    Node *call = unparen(s->x);
    if (s->kind == N_DEFER && k->func) k->func->has_defer = true;
    if (call->kind != N_CALL) {
        /* as Go's parser: report, then check `x()` (a forgotten call) */
        ck_errorf(k, start_pos(s->x), "expression in %s must be function call", kw);
        Node *fake = arena_alloc(&C(k)->arena, sizeof(Node));
        fake->kind = N_CALL;
        fake->pos = start_pos(s->x);
        fake->x = call;
        fake->site = -1;
        Operand x;
        ck_rawexpr(k, fake, &x, NULL);
        return;
    }
    Operand x;
    ck_rawexpr(k, call, &x, NULL);
    if (x.mode == M_INVALID) return;
    if (call->aux == AUX_CALL_CONV) {
        ck_errorf(k, start_pos(call), "%s requires function call, not conversion %s",
                  kw, operand_str(k, &x));
        return;
    }
    if (!is_statement_call(call, &x)) {
        ck_errorf(k, start_pos(call), "%s discards result of %s", kw, operand_str(k, &x));
        return;
    }
}

static void return_stmt(Checker *k, Node *s) {
    FuncInfo *fi = k->func;
    int nres = fi ? fi->results.len : 0;
    List *rl = &s->list;
    if (rl->len == 0 && nres > 0 && fi->results.items[0]->decl) {
        /* naked return with named results */
        for (int i = 0; i < nres; i++) {
            Symbol *r = fi->results.items[i];
            Symbol *alt = ck_lookup(k, r->name, s);
            if (alt && alt != r && r->name != intern_cstr(C(k), "_")) {
                ck_errorf(k, s->pos, "result parameter %s not in scope at return",
                          r->name);
                break;
            }
        }
        return;
    }
    Type *lt[nres + 1];
    for (int i = 0; i < nres; i++) lt[i] = fi->results.items[i]->type;
    Operand xs[rl->len + 1];
    bool commaok = false, tuple = false;
    int n = rl->len ? rhs_values(k, rl, nres == 2 ? 3 : nres, lt, xs, &commaok, &tuple) : 0;
    if (n != nres) {
        if (any_invalid(xs, tuple ? 1 : rl->len)) return;
        Pos at = s->pos;
        const char *q = "not enough";
        if (n > nres) {
            q = "too many";
            at = start_pos(tuple ? rl->items[0] : rl->items[nres]);
        } else if (n > 0) {
            at = start_pos(tuple ? rl->items[0] : rl->items[n - 1]);
        }
        Buf have = {0};
        buf_putc(&have, '(');
        for (int i = 0; i < n; i++) {
            Type *t = tuple ? xs[0].type->fields[i].type : xs[i].type;
            if (i) buf_puts(&have, ", ");
            if (!t) buf_puts(&have, "<T>");
            else if (type_is_untyped(t))
                buf_puts(&have, type_is_numeric(t) ? "number" : tstr(k, t) + 8);
            else buf_puts(&have, tstr(k, t));
        }
        buf_putc(&have, ')');
        Buf want = {0};
        buf_putc(&want, '(');
        for (int i = 0; i < nres; i++) {
            if (i) buf_puts(&want, ", ");
            buf_puts(&want, tstr(k, lt[i]));
        }
        buf_putc(&want, ')');
        ck_errorf(k, at, "%s return values\n\thave %s\n\twant %s", q, have.data,
                  want.data);
        buf_free(&have);
        buf_free(&want);
        return;
    }
    if (any_invalid(xs, tuple ? 1 : rl->len)) return;
    for (int i = 0; i < nres; i++) {
        FuncInfo *fi = k->func;
        k->target_spelled = fi && i < fi->results.len
                            ? fi->results.items[i]->spelled : NULL;
        assign_value(k, xs, i, tuple, false, lt[i], "return statement");
    }
}

/* ---- labels and branches ---- */

static LabelInfo *find_label(FuncState *fs, const char *name) {
    for (int i = 0; i < fs->labels.len; i++)
        if (fs->labels.items[i].name == name) return &fs->labels.items[i];
    return NULL;
}

static Pos label_pos(Node *s);

static Block *new_block(Checker *k, Block *parent, Pos start) {
    Block *b = arena_alloc(&C(k)->arena, sizeof(Block));
    b->parent = parent;
    b->start = start;
    return b;
}

/* Declares the labels of a function body and notes every goto with the
 * block it is in (for "jumps into block"). */
static void collect_labels(Checker *k, Node *s, FuncState *fs, Block *b) {
    if (!s) return;
    switch (s->kind) {
    case N_LABELED:
        if (s->name != intern_cstr(C(k), "_")) {
            if (find_label(fs, s->name)) {
                ck_errorf(k, s->pos, "label %s already defined at %s", s->name,
                          pos_string(C(k), find_label(fs, s->name)->stmt->pos));
            } else {
                LabelInfo li = {s->name, s, false, b};
                VEC_PUSH(fs->labels, li);
            }
        }
        collect_labels(k, s->x, fs, b);
        break;
    case N_BRANCH:
        if (s->op == T_GOTO && s->name) {
            GotoInfo g = {s, b};
            VEC_PUSH(fs->gotos, g);
        }
        break;
    case N_BLOCK: {
        Block *in = new_block(k, b, s->pos);
        for (int i = 0; i < s->list.len; i++)
            collect_labels(k, s->list.items[i], fs, in);
        break;
    }
    case N_IF:
        collect_labels(k, s->z, fs, b);
        collect_labels(k, s->w, fs, b);
        break;
    case N_FOR: case N_RANGE: collect_labels(k, s->w, fs, b); break;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.items[i];
            List *body = cl->kind == N_CASE ? &cl->list2 : &cl->list;
            Block *in = new_block(k, b, cl->pos);
            for (int j = 0; j < body->len; j++)
                collect_labels(k, body->items[j], fs, in);
        }
        break;
    default: break;
    }
}

/* "goto L jumps into block starting at POS": L's block does not enclose
 * the goto (syntax.checkBranches; POS is the start of L's own block). */
static void check_goto_blocks(Checker *k, FuncState *fs) {
    for (int i = 0; i < fs->gotos.len; i++) {
        GotoInfo *g = &fs->gotos.items[i];
        LabelInfo *li = find_label(fs, g->stmt->name);
        if (!li) continue;
        Block *b = g->block;
        while (b && b != li->block) b = b->parent;
        if (b) continue;
        li->used = true;
        ck_errorf(k, label_pos(g->stmt), "goto %s jumps into block starting at %s",
                  li->name, pos_string(C(k), li->block->start));
        g->stmt->flags |= NF_USED;   /* reported: no target */
    }
}

static Pos label_pos(Node *s) {
    Pos p = s->pos;
    p.col += (int32_t)strlen(tok_string(s->op)) + 1;
    return p;
}

static void branch(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    if (s->name) {
        LabelInfo *li = find_label(fs, s->name);
        const char *kw = tok_string(s->op);
        if (!li) {
            if (s->op == T_GOTO)
                ck_errorf(k, label_pos(s), "label %s not defined", s->name);
            else
                ck_errorf(k, label_pos(s), "%s label not defined: %s", kw, s->name);
            return;
        }
        li->used = true;
        if (s->op == T_GOTO) {
            s->target = li->stmt;
            return;
        }
        Node *target = NULL;
        for (int i = fs->enclosing.len - 1; i >= 0; i--)
            if (fs->enclosing.items[i]->name == s->name) target = fs->enclosing.items[i];
        /* a redeclared label names its first declaration only */
        Node *inner = target && target == li->stmt ? target->x : NULL;
        bool valid = inner && (inner->kind == N_FOR || inner->kind == N_RANGE ||
                               (s->op == T_BREAK && (inner->kind == N_SWITCH ||
                                inner->kind == N_TYPESWITCH || inner->kind == N_SELECT)));
        if (!valid) {
            ck_errorf(k, label_pos(s), "invalid %s label %s", kw, s->name);
            return;
        }
        s->target = inner;
        if (s->op == T_BREAK) inner->flags |= NF_USED;
        return;
    }
    switch (s->op) {
    case T_BREAK:
        if (!(ctx.flags & CTX_BREAK)) {
            ck_errorf(k, s->pos, "break is not in a loop, switch, or select");
            return;
        }
        s->target = ctx.brk;
        ctx.brk->flags |= NF_USED;
        break;
    case T_CONTINUE:
        if (!(ctx.flags & CTX_CONTINUE)) {
            ck_errorf(k, s->pos, "continue is not in a loop");
            return;
        }
        s->target = ctx.cont;
        break;
    case T_FALLTHROUGH:
        if (!(ctx.flags & CTX_FALLTHROUGH)) {
            const char *msg = (ctx.flags & CTX_TYPESWITCH) ? "cannot fallthrough in type switch"
                            : (ctx.flags & CTX_FINAL_CASE) ? "cannot fallthrough final case in switch"
                            : "fallthrough statement out of place";
            ck_errorf(k, s->pos, "%s", msg);
        }
        break;
    default: break;
    }
}

/* ---- compound statements ---- */

static void cond_expr(Checker *k, Node *e, const char *what) {
    Operand x;
    ck_expr(k, e, &x);
    if (x.mode == M_INVALID) return;
    Type *u = types_under(x.type);
    if (u->kind != TY_BOOL && u->kind != TY_UNTYPED_BOOL) {
        ck_errorf(k, start_pos(e), "non-boolean condition in %s statement", what);
        return;
    }
    ck_default(k, &x);
}

static void if_stmt(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    open_scope(k);
    if (s->x) stmt(k, s->x, ctx, fs);
    cond_expr(k, s->y, "if");
    stmt(k, s->z, ctx, fs);
    if (s->w) stmt(k, s->w, ctx, fs);
    close_scope(k);
}

static void for_stmt(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    open_scope(k);
    if (s->x) stmt(k, s->x, ctx, fs);
    if (s->y) cond_expr(k, s->y, "for");
    if (s->z) stmt(k, s->z, ctx, fs);
    Ctx inner = {ctx.flags | CTX_BREAK | CTX_CONTINUE, s, s};
    inner.flags &= ~(CTX_FALLTHROUGH | CTX_FINAL_CASE);
    stmt(k, s->w, inner, fs);
    close_scope(k);
}

static void range_stmt(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    Operand x;
    ck_expr(k, s->x, &x);
    Type *kt = NULL, *vt = NULL, *ksp = NULL, *vsp = NULL;
    int max_vars = 2;
    if (x.mode != M_INVALID) {
        if (x.type->kind == TY_UNTYPED_STRING) ck_default(k, &x);
        Type *u = types_under(x.type);
        if (u->kind == TY_POINTER && types_under(u->elem)->kind == TY_ARRAY)
            u = types_under(u->elem);
        switch (u->kind) {
        case TY_STRING:
            kt = basic(k, TY_INT), vt = basic(k, TY_INT32);
            vsp = ck_spelled_rune(k);
            break;
        case TY_ARRAY: case TY_SLICE:
            kt = basic(k, TY_INT), vt = u->elem;
            vsp = ck_spell_part(x.spelled, x.type, 'e');
            break;
        case TY_MAP:
            kt = u->key, vt = u->elem;
            ksp = ck_spell_part(x.spelled, x.type, 'k');
            vsp = ck_spell_part(x.spelled, x.type, 'e');
            break;
        case TY_CHAN:
            kt = u->elem, max_vars = 1;
            ksp = ck_spell_part(x.spelled, x.type, 'e');
            if (u->dir == CHAN_SEND) {
                ck_errorf(k, start_pos(s->x), "cannot range over %s (receive from send-only channel)",
                          operand_str(k, &x));
                kt = NULL;
            }
            break;
        default:
            ck_errorf(k, start_pos(s->x), "cannot range over %s", operand_str(k, &x));
            break;
        }
        ck_default(k, &x);
    }
    if (s->list.len > max_vars && kt) {
        if (max_vars == 2)
            ck_errorf(k, start_pos(s->list.items[2]),
                      "range clause permits at most two iteration variables");
        else
            ck_errorf(k, start_pos(s->list.items[max_vars]),
                      "range over %s permits only one iteration variable",
                      operand_str(k, &x));
    }
    open_scope(k);
    Type *ts[2] = {kt, vt}, *sps[2] = {ksp, vsp};
    if (s->op == T_DEFINE) {
        for (int i = 0; i < s->list.len && i < 2; i++) {
            Node *id = s->list.items[i];
            Type *t = ts[i] ? ts[i] : k->invalid;
            if (id->kind != N_IDENT) {
                ck_errorf(k, start_pos(id), "non-name %s on left side of :=",
                          expr_str(k, id));
                continue;
            }
            Symbol *v = ck_declare_var(k, id, t);
            v->spelled = sps[i];
            if (!ts[i]) v->used = true;
        }
    } else if (s->op == T_ASSIGN) {
        for (int i = 0; i < s->list.len && i < 2; i++) {
            Type *lt = lhs_var(k, s->list.items[i]);
            if (!lt || !ts[i] || lt->kind == TY_INVALID) continue;
            Operand v = {.mode = M_VALUE, .type = ts[i], .expr = s->list.items[i]};
            const char *reason;
            if (!ck_assignable(k, &v, lt, &reason))
                ck_errorf(k, start_pos(s->list.items[i]),
                          "cannot use %s (value of type %s) as type %s in range",
                          expr_str(k, s->list.items[i]), tstr(k, ts[i]), tstr(k, lt));
        }
    }
    Ctx inner = {ctx.flags | CTX_BREAK | CTX_CONTINUE, s, s};
    inner.flags &= ~(CTX_FALLTHROUGH | CTX_FINAL_CASE);
    stmt(k, s->w, inner, fs);
    close_scope(k);
}

static Node *find_default(Checker *k, List *clauses, bool comm) {
    Node *first = NULL;
    for (int i = 0; i < clauses->len; i++) {
        Node *cl = clauses->items[i];
        bool is_def = comm ? cl->x == NULL : cl->list.len == 0;
        if (!is_def) continue;
        if (first)
            ck_errorf(k, cl->pos, "multiple defaults (first at %s)",
                      pos_string(C(k), first->pos));
        else first = cl;
    }
    return first;
}

static void switch_stmt(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    open_scope(k);
    if (s->x) stmt(k, s->x, ctx, fs);
    Operand tag;
    memset(&tag, 0, sizeof tag);
    if (s->y) {
        ck_expr(k, s->y, &tag);
        ck_default(k, &tag);
        if (tag.mode != M_INVALID && !ck_comparable(types_under(tag.type)) &&
            !ck_has_nil(types_under(tag.type)) && tag.type->kind != TY_UNTYPED_NIL) {
            ck_errorf(k, start_pos(s->y), "cannot switch on %s (%s is not comparable)",
                      operand_str(k, &tag), tstr(k, tag.type));
            tag.mode = M_INVALID;
        }
    } else {
        tag.mode = M_CONST;
        tag.type = basic(k, TY_BOOL);
        tag.val = const_make_bool(C(k), true);
    }
    find_default(k, &s->list, false);
    VEC(Operand) seen = {0};
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        for (int j = 0; j < cl->list.len; j++) {
            Node *e = cl->list.items[j];
            Operand v;
            ck_expr(k, e, &v);
            if (v.mode == M_INVALID || tag.mode == M_INVALID) continue;
            if (!s->y) {
                /* a missing tag is `true`: the case is compared with it */
                ck_convert_untyped(k, &v, tag.type);
                if (v.mode == M_INVALID) continue;
                const char *r;
                Operand t2 = tag;
                if (!ck_assignable(k, &v, tag.type, &r) && !ck_assignable(k, &t2, v.type, &r))
                    ck_errorf(k, start_pos(e), "invalid case %s in switch on true (mismatched types %s and bool)",
                              expr_str(k, e), ck_otype_str(k, &v));
                continue;
            }
            Operand t2 = tag;
            Node fake = {.kind = N_BINARY, .op = T_EQL, .x = e, .y = s->y};
            /* comparison v == tag, reported as Go reports a case mismatch */
            bool vnil = v.type && v.type->kind == TY_UNTYPED_NIL;
            ck_convert_untyped(k, &v, tag.type);
            if (v.mode == M_INVALID) continue;
            if (!vnil && !ck_comparable(types_under(tag.type))) {
                /* switch on a func, map or slice: only nil cases */
                Type *u = types_under(tag.type);
                ck_errorf(k, start_pos(e), "invalid case %s in switch on %s (%s can only be compared to nil)",
                          expr_str(k, e), expr_str(k, s->y),
                          u->kind == TY_FUNC ? "func" : u->kind == TY_MAP ? "map" : "slice");
                continue;
            }
            const char *r;
            if (!ck_assignable(k, &v, tag.type, &r) && !ck_assignable(k, &t2, v.type, &r)) {
                ck_errorf(k, start_pos(e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                          expr_str(k, e), expr_str(k, s->y), ck_otype_str(k, &v), ck_otype_str(k, &tag));
                continue;
            }
            (void)fake;
            if (v.mode == M_CONST) {
                for (int q = 0; q < seen.len; q++)
                    if (seen.items[q].type == v.type &&
                        const_kind(seen.items[q].val) == const_kind(v.val) &&
                        const_compare(T_EQL, seen.items[q].val, v.val)) {
                        ck_errorf(k, start_pos(e), "duplicate case %s in expression switch\n\t%s: previous case",
                                  operand_str(k, &v),
                                  pos_string(C(k), start_pos(seen.items[q].expr)));
                        break;
                    }
                VEC_PUSH(seen, v);
            }
            if (types_under(tag.type)->kind == TY_INTERFACE &&
                types_under(v.type)->kind != TY_INTERFACE)
                ck_wrap_iface(k, e, tag.type);
        }
        open_scope(k);
        Ctx inner = {ctx.flags | CTX_BREAK, s, ctx.cont};
        inner.flags &= ~(CTX_FALLTHROUGH | CTX_FINAL_CASE | CTX_TYPESWITCH);
        bool last = i == s->list.len - 1;
        for (int j = 0; j < cl->list2.len; j++) {
            Ctx c2 = inner;
            if (j == cl->list2.len - 1) {
                if (last) c2.flags |= CTX_FINAL_CASE;
                else c2.flags |= CTX_FALLTHROUGH;
            }
            stmt(k, cl->list2.items[j], c2, fs);
        }
        close_scope(k);
    }
    VEC_FREE(seen);
    close_scope(k);
}

static void type_switch(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    open_scope(k);
    if (s->x) stmt(k, s->x, ctx, fs);
    Node *g = s->y;
    Node *lhs = NULL, *ta;
    if (g->kind == N_ASSIGN) {
        lhs = g->list.items[0];
        ta = g->list2.items[0];
    } else {
        ta = g->x;
    }
    ta = unparen(ta);
    Operand x;
    ck_expr(k, ta->x, &x);
    Type *xt = NULL;
    if (x.mode != M_INVALID) {
        if (types_under(x.type)->kind != TY_INTERFACE) {
            ck_errorf(k, start_pos(ta->x), "%s is not an interface", operand_str(k, &x));
        } else {
            xt = x.type;
        }
    }
    ta->type = xt;
    if (lhs && lhs->name == intern_cstr(C(k), "_"))
        ck_errorf(k, lhs->pos, "no new variable on left side of :=");
    find_default(k, &s->list, false);
    VEC(Symbol *) vars = {0};
    VEC(Node *) seen = {0};   /* case types so far (nil: the nil case) */
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        Type *single = NULL;
        for (int j = 0; j < cl->list.len; j++) {
            Node *e = cl->list.items[j];
            Operand t;
            ck_expr_or_type(k, e, &t);
            if (t.mode == M_INVALID) continue;
            if (t.mode == M_TYPE || (t.type && t.type->kind == TY_UNTYPED_NIL)) {
                bool isnil = t.mode != M_TYPE;
                for (int q = 0; q < seen.len; q++) {
                    Node *o = seen.items[q];
                    bool onil = o->type == NULL || o->type->kind == TY_UNTYPED_NIL;
                    if (isnil ? onil : (!onil && o->type == t.type)) {
                        ck_errorf(k, start_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
                                  isnil ? "nil" : tstr(k, t.type),
                                  pos_string(C(k), start_pos(o)));
                        break;
                    }
                }
                Node *rec = arena_alloc(&C(k)->arena, sizeof(Node));
                *rec = *e;
                rec->type = isnil ? NULL : t.type;
                VEC_PUSH(seen, rec);
            }
            if (t.type && t.type->kind == TY_UNTYPED_NIL) {
                e->type = xt;
                single = NULL;
                if (cl->list.len == 1) single = xt;
                continue;
            }
            if (t.mode != M_TYPE) {
                ck_errorf(k, start_pos(e), "%s is not a type", expr_str(k, e));
                continue;
            }
            if (cl->list.len == 1) single = t.type;
            if (xt && types_under(t.type)->kind != TY_INTERFACE) {
                const char *r = ck_missing_reason(k, t.type, types_under(xt));
                if (r)
                    ck_errorf(k, start_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                              expr_str(k, e), operand_str(k, &x), tstr(k, t.type), r);
            }
        }
        open_scope(k);
        if (lhs && lhs->name != intern_cstr(C(k), "_")) {
            Type *vt = single ? single : (xt ? xt : k->invalid);
            Symbol *v = sym_new(C(k), SYM_VAR, lhs->name, vt);
            v->pos = lhs->pos;
            v->decl = lhs;
            v->func = k->func;
            v->pkg = k->pkg ? k->pkg->path : "main";
            scope_insert(C(k), k->scope, v);
            if (k->func) VEC_PUSH(k->func->locals, v);
            cl->sym = v;
            VEC_PUSH(vars, v);
        }
        Ctx inner = {ctx.flags | CTX_BREAK | CTX_TYPESWITCH, s, ctx.cont};
        inner.flags &= ~(CTX_FALLTHROUGH | CTX_FINAL_CASE);
        stmt_list(k, &cl->list2, inner, fs);
        close_scope(k);
    }
    if (lhs) {
        bool used = false;
        for (int i = 0; i < vars.len; i++) used |= vars.items[i]->used;
        for (int i = 0; i < vars.len; i++) vars.items[i]->used = true;
        if (!used && lhs->name != intern_cstr(C(k), "_"))
            ck_errorf(k, lhs->pos, "%s declared but not used", lhs->name);
        lhs->type = xt;
    }
    VEC_FREE(vars);
    VEC_FREE(seen);
    close_scope(k);
}

static bool is_recv(Node *n) {
    n = unparen(n);
    return n->kind == N_UNARY && n->op == T_ARROW;
}

static void select_stmt(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    find_default(k, &s->list, true);
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        open_scope(k);
        Node *comm = cl->x;
        if (comm) {
            bool valid = comm->kind == N_SEND ||
                         (comm->kind == N_EXPRSTMT && is_recv(comm->x)) ||
                         (comm->kind == N_ASSIGN && comm->list2.len == 1 &&
                          is_recv(comm->list2.items[0]));
            if (!valid)
                ck_errorf(k, comm->kind == N_EXPRSTMT ? comm->x->pos : comm->pos,
                          "select case must be send or receive (possibly with assignment)");
            else
                stmt(k, comm, ctx, fs);
        }
        Ctx inner = {ctx.flags | CTX_BREAK, s, ctx.cont};
        inner.flags &= ~(CTX_FALLTHROUGH | CTX_FINAL_CASE);
        stmt_list(k, &cl->list, inner, fs);
        close_scope(k);
    }
}

static void labeled(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    VEC_PUSH(fs->enclosing, s);
    stmt(k, s->x, ctx, fs);
    fs->enclosing.len--;
}

static void stmt(Checker *k, Node *s, Ctx ctx, FuncState *fs) {
    if (!s) return;
    switch (s->kind) {
    case N_EMPTY: case N_BAD: break;
    case N_EXPRSTMT: expr_stmt(k, s); break;
    case N_SEND: send_stmt(k, s); break;
    case N_INCDEC: incdec(k, s); break;
    case N_ASSIGN:
        if (s->op == T_DEFINE) short_var_decl(k, s);
        else if (s->op == T_ASSIGN) assign_stmt(k, s);
        else op_assign(k, s);
        break;
    case N_GO: case N_DEFER: go_defer(k, s); break;
    case N_RETURN: return_stmt(k, s); break;
    case N_BRANCH: branch(k, s, ctx, fs); break;
    case N_BLOCK:
        open_scope(k);
        s->scope = k->scope;
        stmt_list(k, &s->list, ctx, fs);
        close_scope(k);
        break;
    case N_IF: if_stmt(k, s, ctx, fs); break;
    case N_SWITCH: switch_stmt(k, s, ctx, fs); break;
    case N_TYPESWITCH: type_switch(k, s, ctx, fs); break;
    case N_SELECT: select_stmt(k, s, ctx, fs); break;
    case N_FOR: for_stmt(k, s, ctx, fs); break;
    case N_RANGE: range_stmt(k, s, ctx, fs); break;
    case N_LABELED: labeled(k, s, ctx, fs); break;
    case N_DECLSTMT:
        for (int i = 0; i < s->list.len; i++) ck_local_decl(k, s->list.items[i]);
        break;
    default:
        ck_errorf(k, s->pos, "invalid statement");
        break;
    }
}

/* gotos inside s (not inside closures) naming label */
static void find_gotos(Node *s, const char *label, void *vout) {
    VEC(Node *) *out = vout;
    if (!s) return;
    switch (s->kind) {
    case N_BRANCH:
        if (s->op == T_GOTO && s->name == label) VEC_PUSH(*out, s);
        return;
    case N_FUNCLIT: case N_EXPRSTMT: case N_ASSIGN: case N_RETURN:
    case N_DECLSTMT: case N_SEND: case N_INCDEC: case N_GO: case N_DEFER:
        return;
    case N_BLOCK:
        for (int i = 0; i < s->list.len; i++) find_gotos(s->list.items[i], label, out);
        return;
    case N_IF: find_gotos(s->z, label, out); find_gotos(s->w, label, out); return;
    case N_FOR: case N_RANGE: find_gotos(s->w, label, out); return;
    case N_LABELED: find_gotos(s->x, label, out); return;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        for (int i = 0; i < s->list.len; i++) {
            Node *cl = s->list.items[i];
            List *body = cl->kind == N_CASE ? &cl->list2 : &cl->list;
            for (int j = 0; j < body->len; j++) find_gotos(body->items[j], label, out);
        }
        return;
    default: return;
    }
}

static Node *var_decl_at(Node *s, Pos *pos) {
    if (s->kind == N_ASSIGN && s->op == T_DEFINE) {
        *pos = s->pos;
        return s;
    }
    if (s->kind == N_DECLSTMT)
        for (int i = 0; i < s->list.len; i++)
            if (s->list.items[i]->kind == N_VARSPEC) {
                *pos = s->list.items[i]->list.items[0]->pos;
                return s->list.items[i];
            }
    return NULL;
}

/* "goto L jumps over declaration of x": a forward goto to a label of this
 * statement list with a variable declaration in between. */
static void check_goto_over_var(Checker *k, List *l) {
    for (int j = 0; j < l->len; j++) {
        Node *lab = l->items[j];
        if (lab->kind != N_LABELED) continue;
        for (int i = 0; i < j; i++) {
            VEC(Node *) gotos = {0};
            find_gotos(l->items[i], lab->name, &gotos);
            for (int g = 0; g < gotos.len; g++) {
                for (int v = i + 1; v < j; v++) {
                    Pos vp;
                    Node *d = var_decl_at(l->items[v], &vp);
                    if (!d) continue;
                    Node *s = gotos.items[g];
                    const char *names = expr_str(k, d->list.items[0]);
                    if (d->kind == N_ASSIGN && d->list.len > 1) {
                        Buf b = {0};
                        for (int q = 0; q < d->list.len; q++)
                            buf_printf(&b, "%s%s", q ? ", " : "", expr_str(k, d->list.items[q]));
                        names = arena_strdup(&C(k)->arena, b.data);
                        buf_free(&b);
                    }
                    Pos lp = s->pos;
                    lp.col += 5;
                    ck_errorf(k, lp, "goto %s jumps over declaration of %s at %s",
                              s->name, names, pos_string(C(k), vp));
                    break;
                }
            }
            VEC_FREE(gotos);
        }
    }
}

static void stmt_list(Checker *k, List *l, Ctx ctx, FuncState *fs) {
    check_goto_over_var(k, l);
    for (int i = 0; i < l->len; i++) {
        Ctx c2 = ctx;
        /* fallthrough is only allowed as the last statement of a case */
        if (i != l->len - 1) c2.flags &= ~(CTX_FALLTHROUGH | CTX_FINAL_CASE);
        stmt(k, l->items[i], c2, fs);
    }
}

void ck_stmt_list(Checker *k, List *l) {
    FuncState fs = {0};
    Ctx ctx = {0, NULL, NULL};
    stmt_list(k, l, ctx, &fs);
    VEC_FREE(fs.labels);
    VEC_FREE(fs.enclosing);
    VEC_FREE(fs.gotos);
}

/* ---- terminating statements (spec) ---- */

static bool is_terminating(Node *s);

static bool list_terminating(List *l) {
    /* trailing empty statements are ignored */
    int i = l->len - 1;
    while (i >= 0 && l->items[i]->kind == N_EMPTY) i--;
    return i >= 0 && is_terminating(l->items[i]);
}

static bool clauses_terminating(Node *s, bool comm) {
    bool has_default = false;
    for (int i = 0; i < s->list.len; i++) {
        Node *cl = s->list.items[i];
        List *body = comm ? &cl->list : &cl->list2;
        if (comm ? cl->x == NULL : cl->list.len == 0) has_default = true;
        int j = body->len - 1;
        while (j >= 0 && body->items[j]->kind == N_EMPTY) j--;
        bool ft = j >= 0 && body->items[j]->kind == N_BRANCH &&
                  body->items[j]->op == T_FALLTHROUGH;
        if (!ft && !list_terminating(body)) return false;
    }
    return comm || has_default;
}

static bool is_terminating(Node *s) {
    switch (s->kind) {
    case N_RETURN: return true;
    case N_BRANCH: return s->op == T_GOTO || s->op == T_FALLTHROUGH;
    case N_EXPRSTMT: {
        Node *c = unparen(s->x);
        return c->kind == N_CALL && c->aux == AUX_CALL_BUILTIN &&
               c->builtin == BI_PANIC;
    }
    case N_BLOCK: return list_terminating(&s->list);
    case N_IF: return s->w && is_terminating(s->z) && is_terminating(s->w);
    case N_FOR: return !s->y && !(s->flags & NF_USED);
    case N_LABELED: return is_terminating(s->x);
    case N_SWITCH: case N_TYPESWITCH:
        return !(s->flags & NF_USED) && clauses_terminating(s, false);
    case N_SELECT:
        return !(s->flags & NF_USED) && clauses_terminating(s, true);
    default: return false;
    }
}

static int cmp_sym_pos(const void *a, const void *b) {
    const Symbol *x = *(Symbol *const *)a, *y = *(Symbol *const *)b;
    if (x->pos.line != y->pos.line) return x->pos.line - y->pos.line;
    return x->pos.col - y->pos.col;
}

/* Checks a function body in the current scope (params declared). */
void ck_func_body(Checker *k, FuncInfo *fi, Node *body) {
    if (!body) return;
    FuncState fs = {0};
    Block *top = new_block(k, NULL, body->pos);
    for (int i = 0; i < body->list.len; i++)
        collect_labels(k, body->list.items[i], &fs, top);
    check_goto_blocks(k, &fs);
    Ctx ctx = {0, NULL, NULL};
    body->scope = k->scope;
    stmt_list(k, &body->list, ctx, &fs);
    if (fi->sig && fi->sig->nresults > 0 && !list_terminating(&body->list))
        ck_errorf(k, body->end.line ? body->end : body->pos, "missing return");
    for (int i = 0; i < fs.labels.len; i++)
        if (!fs.labels.items[i].used)
            ck_errorf(k, fs.labels.items[i].stmt->pos, "label %s defined and not used",
                      fs.labels.items[i].name);
    /* unused variables, in source order */
    int n = fi->locals.len;
    Symbol **vs = xmalloc(sizeof(Symbol *) * (size_t)(n + 1));
    int m = 0;
    for (int i = 0; i < n; i++) {
        Symbol *v = fi->locals.items[i];
        if (!v->used && v->name != intern_cstr(C(k), "_") && v->decl &&
            !(v->decl->kind == N_IDENT && v->decl->sym != v))
            vs[m++] = v;
    }
    qsort(vs, (size_t)m, sizeof(Symbol *), cmp_sym_pos);
    for (int i = 0; i < m; i++) ck_errorf(k, vs[i]->pos, "%s declared but not used", vs[i]->name);
    free(vs);
    VEC_FREE(fs.labels);
    VEC_FREE(fs.enclosing);
    VEC_FREE(fs.gotos);
}
