/* check_call.c — selectors (fields with promotion, methods, method values
 * and expressions, qualified names), calls (functions, methods, interface
 * methods, func values, natives), conversions, builtins, function literals.
 *
 * Invariants (the ast.h contract for codegen):
 *  - N_SELECTOR: aux says what it is; `path` lists the embedded fields
 *    walked (for a field, its own index is the last step); for methods,
 *    addr_recv / deref_recv say how the receiver value is adapted.
 *  - N_CALL: aux and builtin; a call of a bodyless function or method of a
 *    standard library package is AUX_CALL_NATIVE (its Symbol has
 *    native = -1 for codegen to bind by qualified name).
 *  - arguments converted to interface parameters are wrapped in
 *    N_CONVIFACE; variadic extra arguments likewise to the element type. */
#include "check.h"

#include <stdlib.h>

#define INVALID_OP "invalid operation: "
#define INVALID_ARG "invalid argument: "

static Compiler *C(Checker *k) { return k->c; }
static Type *basic(Checker *k, TypeKind t) { return types_basic(k->c, t); }
static void set_invalid(Operand *x) { x->mode = M_INVALID; x->type = NULL; }

static Pos sel_pos(Node *n) {
    Pos p = n->pos;
    p.col += 1;
    return p;
}

static SelPath *make_path(Checker *k, Lookup *lk) {
    SelPath *p = arena_alloc(&C(k)->arena, sizeof(SelPath));
    p->len = lk->npath;
    p->index = arena_alloc(&C(k)->arena, sizeof(int) * (size_t)(lk->npath + 1));
    p->deref = arena_alloc(&C(k)->arena, sizeof(bool) * (size_t)(lk->npath + 1));
    memcpy(p->index, lk->path, sizeof(int) * (size_t)lk->npath);
    memcpy(p->deref, lk->deref, sizeof(bool) * (size_t)lk->npath);
    p->method = lk->method;
    p->recv_type = lk->recv_named;
    p->iface_index = lk->iface_index;
    return p;
}

static Symbol *method_sym(Method *m) {
    Node *d = m ? m->decl : NULL;
    return d && d->func ? d->func->sym : NULL;
}

/* pkg.Name */
static void qualified(Checker *k, Node *n, Symbol *ps, Operand *x) {
    Package *pkg = ps->package;
    ps->used = true;
    n->x->sym = ps;
    Symbol *s = pkg && pkg->scope ? scope_lookup_local(pkg->scope, n->name) : NULL;
    if (!s) {
        ck_errorf(k, sel_pos(n), "undefined: %s.%s", pkg ? pkg->name : "?", n->name);
        set_invalid(x);
        return;
    }
    const char *nm = n->name;
    if (!((nm[0] >= 'A' && nm[0] <= 'Z') || (unsigned char)nm[0] >= 0x80)) {
        ck_errorf(k, sel_pos(n), "%s not exported by package %s", nm, pkg->name);
        set_invalid(x);
        return;
    }
    ck_resolve(k, s);
    n->sym = s;
    n->aux = AUX_SEL_QUALIFIED;
    x->type = s->type;
    switch (s->kind) {
    case SYM_CONST: x->mode = M_CONST; x->val = s->cval; break;
    case SYM_TYPE: x->mode = M_TYPE; break;
    case SYM_VAR: x->mode = M_VAR; ck_use_sym(k, s, n); break;
    case SYM_FUNC: x->mode = M_VALUE; ck_use_sym(k, s, n); break;
    default: set_invalid(x); break;
    }
    if (!x->type) set_invalid(x);
}

static Type *method_expr_type(Checker *k, Type *recv, Type *sig) {
    Type *ps[sig->nparams + 1];
    ps[0] = recv;
    for (int i = 0; i < sig->nparams; i++) ps[i + 1] = sig->params[i];
    return types_func(C(k), ps, sig->nparams + 1, sig->results, sig->nresults,
                      sig->variadic);
}

static void method_expr(Checker *k, Node *n, Operand *x) {
    Type *T = x->type;
    Lookup lk;
    types_lookup(C(k), T, n->name, &lk);
    if (lk.kind != LK_METHOD && lk.kind != LK_IFACE_METHOD) {
        ck_errorf(k, sel_pos(n), "%s.%s undefined (type %s has no %smethod %s)",
                  expr_str(k, n->x), n->name, tstr(k, T),
                  lk.kind == LK_FIELD ? "" : "field or ", n->name);
        set_invalid(x);
        return;
    }
    bool is_ptr = !T->name && T->kind == TY_POINTER;
    if (lk.kind == LK_METHOD && lk.method->ptr_recv && !is_ptr && !lk.indirect) {
        ck_errorf(k, sel_pos(n), "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                  expr_str(k, n->x), n->name, tstr(k, T), n->name);
        set_invalid(x);
        return;
    }
    n->aux = AUX_SEL_METHOD_EXPR;
    n->path = make_path(k, &lk);
    Symbol *ms = method_sym(lk.method);
    if (ms) ck_use_sym(k, ms, n);
    x->mode = M_VALUE;
    x->type = method_expr_type(k, T, lk.type);
}

void ck_selector(Checker *k, Node *n, Operand *x) {
    Node *base = n->x;
    if (base->kind == N_IDENT) {
        Symbol *s = ck_lookup(k, base->name, base);
        if (s && s->kind == SYM_PKG) {
            qualified(k, n, s, x);
            return;
        }
    }
    ck_expr_or_type(k, base, x);
    if (x->mode == M_INVALID) return;
    if (x->mode == M_TYPE) {
        method_expr(k, n, x);
        return;
    }
    if (x->mode == M_BUILTIN || x->mode == M_PKG || x->mode == M_NOVALUE) {
        ck_errorf(k, start_pos(base), "%s is not an expression", expr_str(k, base));
        set_invalid(x);
        return;
    }
    ck_single_value(k, x);
    if (x->mode == M_INVALID) return;
    if (type_is_untyped(x->type)) ck_default(k, x);
    Type *T = x->type;
    Lookup lk;
    types_lookup(C(k), T, n->name, &lk);
    if (lk.kind == LK_AMBIGUOUS) {
        ck_errorf(k, sel_pos(n), "ambiguous selector %s.%s", expr_str(k, base), n->name);
        set_invalid(x);
        return;
    }
    if (lk.kind == LK_NONE || (lk.kind == LK_FIELD && strcmp(n->name, "_") == 0)) {
        const char *why;
        Type *u = types_under(T);
        if (u->kind == TY_POINTER && types_under(u->elem)->kind == TY_INTERFACE &&
            !T->name)
            why = arena_printf(&C(k)->arena, "type %s is pointer to interface, not interface",
                               tstr(k, T));
        else
            why = arena_printf(&C(k)->arena, "type %s has no field or method %s",
                               tstr(k, T), n->name);
        char alt[256];
        snprintf(alt, sizeof alt, "%s", n->name);
        if (alt[0] >= 'a' && alt[0] <= 'z') alt[0] = (char)(alt[0] - 32);
        else if (alt[0] >= 'A' && alt[0] <= 'Z') alt[0] = (char)(alt[0] + 32);
        Lookup lk2;
        types_lookup(C(k), T, alt, &lk2);
        if (lk2.kind != LK_NONE && lk2.kind != LK_AMBIGUOUS)
            why = arena_printf(&C(k)->arena, "%s, but does have %s", why, alt);
        ck_errorf(k, sel_pos(n), "%s.%s undefined (%s)", expr_str(k, base),
                  n->name, why);
        set_invalid(x);
        return;
    }
    n->path = make_path(k, &lk);
    if (lk.kind == LK_FIELD) {
        n->aux = AUX_SEL_FIELD;
        bool any_deref = false;
        for (int i = 0; i < lk.npath; i++) any_deref |= lk.deref[i];
        if (x->mode != M_VAR && !any_deref) x->mode = M_VALUE;
        else x->mode = M_VAR;
        x->spelled = ck_spell_field(k, T, x->spelled, lk.path, lk.npath);
        x->type = lk.type;
        return;
    }
    if (lk.kind == LK_IFACE_METHOD) {
        n->aux = AUX_SEL_IFACE_METHOD;
        x->mode = M_VALUE;
        x->type = lk.type;
        return;
    }
    /* concrete method */
    Method *m = lk.method;
    if (m->ptr_recv && !lk.recv_ptr) {
        if (x->mode != M_VAR && !lk.indirect) {
            ck_errorf(k, sel_pos(n), "cannot call pointer method %s on %s",
                      n->name, tstr(k, T));
            set_invalid(x);
            return;
        }
        n->path->addr_recv = true;
        if (lk.npath == 0 || !lk.indirect) ck_mark_addr(k, base);
    } else if (!m->ptr_recv && lk.recv_ptr) {
        n->path->deref_recv = true;
    }
    Symbol *ms = method_sym(m);
    if (ms) ck_use_sym(k, ms, n);
    n->aux = AUX_SEL_METHOD;
    x->mode = M_VALUE;
    x->type = lk.type;
    Node *md = m->decl;
    x->spelled = md && md->kind == N_FUNCDECL ? ck_spell_texpr(k, md->x, lk.type) : NULL;
}

/* ---- function literals ---- */

void ck_funclit(Checker *k, Node *n, Operand *x) {
    FuncInfo *fi = ck_new_func(k, n);
    FuncInfo *outer = k->func;
    fi->outer = outer ? outer->decl : NULL;
    if (outer) VEC_PUSH(outer->closures, n);
    /* Go numbers closures per outermost function: main.f.func1, nested
     * main.f.func1.1 */
    if (outer) {
        int idx = outer->closures.len;
        if (outer->outer)
            fi->qualname = arena_printf(&C(k)->arena, "%s.%d", outer->qualname, idx);
        else
            fi->qualname = arena_printf(&C(k)->arena, "%s.func%d", outer->qualname, idx);
    } else {
        /* package-level variable initializer: main.glob..func1 */
        fi->qualname = arena_printf(&C(k)->arena, "%s.glob..func%d",
                                    k->pkg ? k->pkg->path : "main",
                                    ++k->glob_closures);
    }
    Scope *s = scope_new(C(k), k->scope);
    s->func = fi;
    FuncInfo *save_func = k->func;
    Scope *save_scope = k->scope;
    k->func = fi;
    k->scope = s;
    ck_func_type(k, n->x, NULL, fi, s);
    k->scope = save_scope;
    k->func = save_func;
    /* the body is checked now (closures see the enclosing scope as it is) */
    k->func = fi;
    k->scope = s;
    Node *save_fn = k->func_node;
    k->func_node = n;
    ck_func_body(k, fi, n->y);
    k->func_node = save_fn;
    k->func = save_func;
    k->scope = save_scope;
    x->mode = M_VALUE;
    x->type = fi->sig;
    x->spelled = ck_spell_texpr(k, n->x, fi->sig);
}

/* ---- conversions ---- */

static bool is_const_type(Type *t) {
    Type *u = types_under(t);
    return u->kind >= TY_BOOL && u->kind <= TY_STRING;
}

void ck_conversion(Checker *k, Operand *x, Type *T, Node *call) {
    bool const_arg = x->mode == M_CONST;
    bool ok = false;
    Type *Tu = types_under(T);
    if (const_arg && is_const_type(T)) {
        ConstVal *r;
        if (const_representable(C(k), x->val, Tu->kind, &r)) {
            ok = true;
            x->val = r;
        } else if (type_is_integer(x->type) && Tu->kind == TY_STRING) {
            int64_t cp = 0xFFFD;
            if (const_fits_uint64(x->val) && const_uint64(x->val) <= 0x10FFFF)
                cp = (int64_t)const_uint64(x->val);
            if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
            char buf[4];
            int len;
            uint32_t r32 = (uint32_t)cp;
            if (r32 < 0x80) buf[0] = (char)r32, len = 1;
            else if (r32 < 0x800)
                buf[0] = (char)(0xC0 | r32 >> 6), buf[1] = (char)(0x80 | (r32 & 0x3F)), len = 2;
            else if (r32 < 0x10000)
                buf[0] = (char)(0xE0 | r32 >> 12), buf[1] = (char)(0x80 | ((r32 >> 6) & 0x3F)),
                buf[2] = (char)(0x80 | (r32 & 0x3F)), len = 3;
            else
                buf[0] = (char)(0xF0 | r32 >> 18), buf[1] = (char)(0x80 | ((r32 >> 12) & 0x3F)),
                buf[2] = (char)(0x80 | ((r32 >> 6) & 0x3F)), buf[3] = (char)(0x80 | (r32 & 0x3F)), len = 4;
            /* the operand keeps its integer type; the result is a string */
            if (type_is_untyped(x->type))
                ck_update_type(k, x->expr, types_default(C(k), x->type));
            x->val = const_make_string(C(k), buf, (size_t)len);
            x->type = T;
            return;
        }
    } else if (ck_convertible(k, x, T)) {
        ok = true;
        x->mode = M_VALUE;
    }
    if (!ok) {
        ck_errorf(k, start_pos(x->expr), "cannot convert %s to type %s",
                  operand_str(k, x), tstr(k, T));
        set_invalid(x);
        return;
    }
    if (type_is_untyped(x->type)) {
        Type *final = T;
        if (x->type->kind == TY_UNTYPED_NIL) final = T;
        else if (Tu->kind == TY_INTERFACE || (const_arg && !is_const_type(T)))
            final = types_default(C(k), x->type);
        ck_update_type(k, x->expr, final);
    }
    if (Tu->kind == TY_INTERFACE && x->expr && x->expr->type &&
        types_under(x->expr->type)->kind != TY_INTERFACE &&
        x->expr->type->kind != TY_UNTYPED_NIL)
        ck_wrap_iface(k, x->expr, T);
    x->type = T;
    (void)call;
}

/* ---- argument passing ---- */

static const char *types_summary(Checker *k, Type **ts, int n, bool variadic) {
    Buf b = {0};
    buf_putc(&b, '(');
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(&b, ", ");
        Type *t = ts[i];
        if (!t || t->kind == TY_INVALID) buf_puts(&b, "<T>");
        else if (type_is_untyped(t))
            buf_puts(&b, type_is_numeric(t) ? "number" : tstr(k, t) + 8);
        else if (variadic && i == n - 1)
            buf_printf(&b, "...%s", tstr(k, t->elem));
        else buf_puts(&b, tstr(k, t));
    }
    buf_putc(&b, ')');
    const char *s = arena_strdup(&C(k)->arena, b.data);
    buf_free(&b);
    return s;
}

/* Evaluates call arguments; a single multi-valued call is spread. */
static int eval_args(Checker *k, Node *call, Operand **out, bool *spread) {
    List *l = &call->list;
    *spread = false;
    if (l->len == 1) {
        Operand *x = arena_alloc(&C(k)->arena, sizeof(Operand));
        ck_multi(k, l->items[0], x);
        if (x->mode != M_INVALID && x->type && x->type->kind == TY_TUPLE) {
            int n = x->type->nfields;
            Operand *xs = arena_alloc(&C(k)->arena, sizeof(Operand) * (size_t)(n + 1));
            for (int i = 0; i < n; i++) {
                xs[i] = *x;
                xs[i].mode = M_VALUE;
                xs[i].type = x->type->fields[i].type;
            }
            *spread = true;
            *out = xs;
            return n;
        }
        *out = x;
        return 1;
    }
    Operand *xs = arena_alloc(&C(k)->arena, sizeof(Operand) * (size_t)(l->len + 1));
    for (int i = 0; i < l->len; i++) ck_multi(k, l->items[i], &xs[i]);
    for (int i = 0; i < l->len; i++) ck_single_value(k, &xs[i]);
    *out = xs;
    return l->len;
}

static void arguments(Checker *k, Node *call, Type *sig, Operand *args,
                      int nargs, bool spread) {
    bool dots = call->flags & NF_DOTS;
    int npars = sig->nparams;
    for (int i = 0; i < nargs; i++)
        if (args[i].mode == M_INVALID) return;
    if (dots) {
        if (!sig->variadic) {
            ck_errorf(k, start_pos(call), "cannot use ... in call to non-variadic %s",
                      expr_str(k, call->x));
            return;
        }
        if (spread) {
            ck_errorf(k, start_pos(call), "cannot use ... with %d-valued %s", nargs,
                      expr_str(k, call->list.items[0]));
            return;
        }
    }
    bool variadic_spread = sig->variadic && !dots;
    int min = variadic_spread ? npars - 1 : npars;
    if ((variadic_spread && nargs < min) || (!variadic_spread && nargs != npars)) {
        bool too_many = nargs > npars;
        Pos at = start_pos(call);
        if (too_many) at = start_pos(spread ? call->list.items[0] : call->list.items[npars]);
        else if (nargs > 0) at = start_pos(spread ? call->list.items[0] : call->list.items[nargs - 1]);
        Type *ats[nargs + 1];
        for (int i = 0; i < nargs; i++) ats[i] = args[i].type;
        ck_errorf(k, at, "%s arguments in call to %s\n\thave %s\n\twant %s",
                  too_many ? "too many" : "not enough", expr_str(k, call->x),
                  types_summary(k, ats, nargs, false),
                  types_summary(k, sig->params, npars, sig->variadic));
        return;
    }
    for (int i = 0; i < nargs; i++) {
        Type *pt;
        if (variadic_spread && i >= npars - 1) pt = sig->params[npars - 1]->elem;
        else pt = sig->params[i];
        if (spread) {
            /* f(g()): conversions happen on the tuple elements; codegen
             * converts using the parameter types */
            const char *r;
            if (!ck_assignable(k, &args[i], pt, &r)) {
                Operand tmp = args[i];
                tmp.expr = call->list.items[0];
                ck_errorf(k, start_pos(tmp.expr), "cannot use %s as type %s in argument to %s",
                          operand_str(k, &tmp), tstr(k, pt), expr_str(k, call->x));
            }
            continue;
        }
        Type *sp = k->callee_spelled;
        if (sp && sp->kind == TY_FUNC && sp->nparams == npars)
            k->target_spelled = variadic_spread && i >= npars - 1
                ? ck_spell_part(sp->params[npars - 1], sig->params[npars - 1], 'e')
                : sp->params[i];
        ck_assignment(k, &args[i], pt,
                      arena_printf(&C(k)->arena, "argument to %s", expr_str(k, call->x)));
        if (args[i].mode == M_INVALID) {
            /* message already reported */
        }
    }
}

/* ---- builtins ---- */

/* Does evaluating e call a function or receive from a channel (Go's test
 * for whether len(e) of an array is constant)?  Conversions, builtins
 * whose result is constant and the bodies of function literals do not
 * count; a non-constant builtin does, as in go/types.  Meaningful once e
 * is checked (constant subexpressions carry their cval). */
bool ast_has_call_or_recv(const Node *e) {
    if (!e || e->cval || e->kind == N_FUNCLIT) return false;
    if (e->kind == N_CALL && e->aux != AUX_CALL_CONV) return true;
    if (e->kind == N_UNARY && e->op == T_ARROW) return true;
    if (ast_has_call_or_recv(e->x) || ast_has_call_or_recv(e->y) ||
        ast_has_call_or_recv(e->z) || ast_has_call_or_recv(e->w))
        return true;
    for (int i = 0; i < e->list.len; i++)
        if (ast_has_call_or_recv(e->list.items[i])) return true;
    for (int i = 0; i < e->list2.len; i++)
        if (ast_has_call_or_recv(e->list2.items[i])) return true;
    return false;
}

static void novalue(Operand *x) { x->mode = M_NOVALUE; x->type = NULL; }

/* A call without results is typed as the empty tuple. */
static void record_novalue(Checker *k, Node *n) {
    n->type = types_tuple(C(k), NULL, 0);
}

static void builtin_len_cap(Checker *k, Node *call, Builtin b, Operand *x) {
    Operand *a = x;
    if (a->mode == M_INVALID) return;
    Type *u = types_under(a->type);
    if (u->kind == TY_POINTER && types_under(u->elem)->kind == TY_ARRAY)
        u = types_under(u->elem);
    ConstVal *val = NULL;
    bool ok = true;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (b == BI_CAP) ok = false;
        else if (a->mode == M_CONST) {
            int64_t len;
            const_string(a->val, &len);
            val = const_make_int64(C(k), len);
        }
        break;
    case TY_ARRAY:
        if (!ast_has_call_or_recv(call->list.items[0]))
            val = const_make_int64(C(k), u->len);
        break;
    case TY_SLICE: case TY_CHAN: break;
    case TY_MAP: if (b == BI_CAP) ok = false; break;
    default: ok = false; break;
    }
    if (!ok) {
        ck_errorf(k, start_pos(a->expr), INVALID_ARG "%s for %s", operand_str(k, a),
                  b == BI_LEN ? "len" : "cap");
        set_invalid(x);
        return;
    }
    ck_default(k, a);
    if (val) {
        x->mode = M_CONST;
        x->val = val;
    } else {
        x->mode = M_VALUE;
    }
    x->type = basic(k, TY_INT);
}

static void builtin_append(Checker *k, Node *call, Operand *args, int nargs,
                           Operand *x) {
    Operand *s = &args[0];
    Type *S = s->type;
    if (S->kind == TY_UNTYPED_NIL) {
        ck_errorf(k, start_pos(s->expr), "first argument to append must be a typed slice; found untyped nil");
        set_invalid(x);
        return;
    }
    Type *u = types_under(S);
    if (u->kind != TY_SLICE) {
        ck_errorf(k, start_pos(s->expr), "first argument to append must be a slice; have %s",
                  operand_str(k, s));
        set_invalid(x);
        return;
    }
    if ((call->flags & NF_DOTS) && nargs == 2 &&
        types_under(u->elem)->kind == TY_UINT8 &&
        type_is_string(types_under(args[1].type))) {
        if (type_is_untyped(args[1].type)) ck_default(k, &args[1]);
        x->mode = M_VALUE;
        x->type = S;
        return;
    }
    Type *ps[2] = {S, S};
    Type *sig = types_func(C(k), ps, 2, &S, 1, true);
    /* reuse argument checking with a synthesized signature */
    Operand *rest = args + 1;
    if (call->flags & NF_DOTS) {
        if (nargs != 2) {
            ck_errorf(k, start_pos(call), "can only use ... with final argument in list");
            set_invalid(x);
            return;
        }
        k->target_spelled = ck_spelled(s->spelled, S);
        ck_assignment(k, &rest[0], S, "argument to append");
    } else {
        Type *esp = ck_spell_part(s->spelled, S, 'e');
        for (int i = 0; i < nargs - 1; i++) {
            k->target_spelled = esp;
            ck_assignment(k, &rest[i], u->elem, "argument to append");
        }
    }
    (void)sig;
    x->mode = M_VALUE;
    x->type = S;
}

static bool nargs_ok(Checker *k, Node *call, int nargs, int want, bool variadic,
                     Operand *x) {
    const char *msg = NULL;
    if (nargs < want) msg = "not enough";
    else if (!variadic && nargs > want) msg = "too many";
    if (!msg) return true;
    ck_errorf(k, start_pos(call), INVALID_OP "%s arguments for %s (expected %d, found %d)", msg,
              expr_str(k, call), want, nargs);
    set_invalid(x);
    return false;
}

static void builtin_make(Checker *k, Node *call, Operand *x) {
    int nargs = call->list.len;
    if (nargs == 0) {
        nargs_ok(k, call, 0, 1, true, x);
        return;
    }
    Type *T = ck_typexpr(k, call->list.items[0]);
    if (T->kind == TY_INVALID) { set_invalid(x); return; }
    int min = 1;
    switch (types_under(T)->kind) {
    case TY_SLICE: min = 2; break;
    case TY_MAP: case TY_CHAN: break;
    default:
        ck_errorf(k, start_pos(call->list.items[0]),
                  INVALID_ARG "cannot make %s; type must be slice, map, or channel",
                  expr_str(k, call->list.items[0]));
        set_invalid(x);
        return;
    }
    if (nargs < min || nargs > min + 1) {
        ck_errorf(k, start_pos(call), INVALID_OP "%s expects %d or %d arguments; found %d",
                  expr_str(k, call), min, min + 1, nargs);
        set_invalid(x);
        return;
    }
    int64_t sizes[2] = {-1, -1};
    for (int i = 1; i < nargs; i++) {
        Node *a = call->list.items[i];
        Operand y;
        ck_expr(k, a, &y);
        if (y.mode == M_INVALID) continue;
        if (y.mode == M_CONST) {
            if (!const_is_int_valued(y.val) && type_is_untyped(y.type)) {
                ck_errorf(k, start_pos(a), "%s truncated to int", operand_str(k, &y));
                continue;
            }
        }
        if (type_is_untyped(y.type)) ck_convert_untyped(k, &y, basic(k, TY_INT));
        if (y.mode == M_INVALID) continue;
        if (y.mode == M_CONST && const_kind(y.val) != CV_STRING &&
            const_kind(y.val) != CV_BOOL && const_sign(y.val) < 0) {
            ck_errorf(k, start_pos(a), INVALID_ARG "index %s must not be negative",
                      operand_str(k, &y));
            continue;
        }
        if (!type_is_integer(types_under(y.type))) {
            ck_errorf(k, start_pos(a), "cannot convert %s to type int",
                      operand_str(k, &y));
            continue;
        }
        if (y.mode == M_CONST && const_fits_int64(y.val))
            sizes[i - 1] = const_int64(y.val);
    }
    if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        ck_errorf(k, start_pos(call->list.items[1]), INVALID_ARG "length and capacity swapped");
    }
    x->mode = M_VALUE;
    x->type = T;
    x->spelled = ck_spell_texpr(k, call->list.items[0], T);
}

static void builtin_minmax(Checker *k, Node *call, Builtin b, Operand *args,
                           int nargs, Operand *x) {
    (void)b;
    Operand *r = &args[0];
    for (int i = 1; i < nargs; i++) {
        Operand *y = &args[i];
        ck_convert_untyped(k, r, y->type);
        ck_convert_untyped(k, y, r->type);
        if (r->mode == M_INVALID || y->mode == M_INVALID) { set_invalid(x); return; }
        if (r->type != y->type) {
            ck_errorf(k, start_pos(r->expr), INVALID_OP "%s (mismatched types %s and %s)",
                      expr_str(k, call), ck_otype_str(k, r), ck_otype_str(k, y));
            set_invalid(x);
            return;
        }
        if (r->mode == M_CONST && y->mode == M_CONST) {
            bool less = const_compare(T_LSS, y->val, r->val);
            if ((b == BI_MIN) == less) r->val = y->val;
        } else {
            r->mode = M_VALUE;
        }
    }
    Type *u = types_under(r->type);
    if (!type_is_numeric(u) && !type_is_string(u)) {
        ck_errorf(k, start_pos(r->expr), INVALID_ARG "%s cannot be ordered",
                  operand_str(k, r));
        set_invalid(x);
        return;
    }
    if (r->mode != M_CONST)
        for (int i = 0; i < nargs; i++) ck_default(k, &args[i]);
    x->mode = r->mode == M_CONST ? M_CONST : M_VALUE;
    x->val = r->val;
    x->type = r->mode == M_CONST ? r->type : types_default(C(k), r->type);
}

static void builtin(Checker *k, Node *call, Builtin b, Operand *x) {
    call->aux = AUX_CALL_BUILTIN;
    call->builtin = b;
    if ((call->flags & NF_DOTS) && b != BI_APPEND) {
        ck_errorf(k, start_pos(call), INVALID_OP "invalid use of ... with built-in %s",
                  expr_str(k, call->x));
        for (int i = 0; i < call->list.len; i++) {   /* check.use */
            Operand y;
            ck_rawexpr(k, call->list.items[i], &y, NULL);
        }
        set_invalid(x);
        return;
    }
    if (b == BI_MAKE) { builtin_make(k, call, x); return; }
    if (b == BI_NEW) {
        if (!nargs_ok(k, call, call->list.len, 1, false, x)) return;
        Type *T = ck_typexpr(k, call->list.items[0]);
        x->mode = M_VALUE;
        x->type = types_pointer(C(k), T);
        x->spelled = ck_spell_pointer(k, x->type,
                                      ck_spell_texpr(k, call->list.items[0], T));
        return;
    }
    if (b == BI_COMPLEX || b == BI_REAL || b == BI_IMAG) {
        ck_errorf(k, start_pos(call), "complex numbers are not supported");
        set_invalid(x);
        return;
    }
    Operand *args = NULL;
    bool spread = false;
    int nargs = call->list.len ? eval_args(k, call, &args, &spread) : 0;
    for (int i = 0; i < nargs; i++)
        if (args[i].mode == M_INVALID) { set_invalid(x); return; }
    switch (b) {
    case BI_LEN: case BI_CAP:
        if (!nargs_ok(k, call, nargs, 1, false, x)) return;
        *x = args[0];
        builtin_len_cap(k, call, b, x);
        break;
    case BI_APPEND:
        if (!nargs_ok(k, call, nargs, 1, true, x)) return;
        builtin_append(k, call, args, nargs, x);
        break;
    case BI_CLOSE: {
        if (!nargs_ok(k, call, nargs, 1, false, x)) return;
        Type *u = types_under(args[0].type);
        if (u->kind != TY_CHAN) {
            ck_errorf(k, start_pos(args[0].expr), INVALID_OP "cannot close non-channel %s",
                      operand_str(k, &args[0]));
            set_invalid(x);
            return;
        }
        if (u->dir == CHAN_RECV) {
            ck_errorf(k, start_pos(args[0].expr), INVALID_OP "cannot close receive-only channel %s",
                      operand_str(k, &args[0]));
            set_invalid(x);
            return;
        }
        novalue(x);
        break;
    }
    case BI_COPY: {
        if (!nargs_ok(k, call, nargs, 2, false, x)) return;
        Type *d = types_under(args[0].type), *s = types_under(args[1].type);
        if (type_is_untyped(args[1].type)) ck_default(k, &args[1]);
        s = types_under(args[1].type);
        bool ok = d->kind == TY_SLICE &&
                  ((s->kind == TY_SLICE && s->elem == d->elem) ||
                   (s->kind == TY_STRING && types_under(d->elem)->kind == TY_UINT8));
        if (!ok) {
            if (d->kind != TY_SLICE || (s->kind != TY_SLICE && s->kind != TY_STRING))
                ck_errorf(k, start_pos(args[0].expr), INVALID_ARG "copy expects slice arguments; found %s and %s",
                          operand_str(k, &args[0]), operand_str(k, &args[1]));
            else
                ck_errorf(k, start_pos(args[0].expr), INVALID_ARG "arguments to copy %s and %s have different element types %s and %s",
                          operand_str(k, &args[0]), operand_str(k, &args[1]),
                          tstr(k, d->elem), tstr(k, s->kind == TY_STRING ? basic(k, TY_UINT8) : s->elem));
            set_invalid(x);
            return;
        }
        x->mode = M_VALUE;
        x->type = basic(k, TY_INT);
        break;
    }
    case BI_DELETE: {
        if (!nargs_ok(k, call, nargs, 2, false, x)) return;
        Type *u = types_under(args[0].type);
        if (u->kind != TY_MAP) {
            ck_errorf(k, start_pos(args[0].expr), INVALID_ARG "%s is not a map",
                      operand_str(k, &args[0]));
            set_invalid(x);
            return;
        }
        ck_assignment(k, &args[1], u->key, "argument to delete");
        novalue(x);
        break;
    }
    case BI_PANIC:
        if (!nargs_ok(k, call, nargs, 1, false, x)) return;
        ck_assignment(k, &args[0], types_empty_iface(C(k)), "argument to panic");
        novalue(x);
        break;
    case BI_PRINT: case BI_PRINTLN:
        for (int i = 0; i < nargs; i++) {
            ck_assignment(k, &args[i], NULL, "argument to built-in print");
        }
        novalue(x);
        break;
    case BI_RECOVER:
        if (!nargs_ok(k, call, nargs, 0, false, x)) return;
        if (k->func) k->func->has_recover_call = true;
        x->mode = M_VALUE;
        x->type = types_empty_iface(C(k));
        break;
    case BI_MIN: case BI_MAX:
        if (!nargs_ok(k, call, nargs, 1, true, x)) return;
        builtin_minmax(k, call, b, args, nargs, x);
        break;
    default:
        set_invalid(x);
        break;
    }
}

/* ---- calls ---- */

static bool is_native_func(Symbol *s) {
    return s && s->kind == SYM_FUNC && s->func && s->func->decl &&
           s->func->decl->kind == N_FUNCDECL && !s->func->decl->y;
}

void ck_call(Checker *k, Node *n, Operand *x) {
    ck_expr_or_type(k, n->x, x);
    if (x->mode == M_INVALID) {
        for (int i = 0; i < n->list.len; i++) {
            Operand y;
            ck_rawexpr(k, n->list.items[i], &y, NULL);
        }
        set_invalid(x);
        return;
    }
    if (x->mode == M_TYPE) {
        Type *T = x->type;
        n->aux = AUX_CALL_CONV;
        if (n->list.len == 0) {
            ck_errorf(k, n->end.line ? n->end : n->pos, "missing argument in conversion to %s",
                      tstr(k, T));
            set_invalid(x);
            return;
        }
        if (n->list.len > 1) {
            ck_errorf(k, start_pos(n->list.items[n->list.len - 1]),
                      "too many arguments in conversion to %s", tstr(k, T));
            set_invalid(x);
            return;
        }
        if (n->flags & NF_DOTS) {
            ck_errorf(k, start_pos(n->list.items[0]), "invalid use of ... in type conversion to %s",
                      tstr(k, T));
            set_invalid(x);
            return;
        }
        Operand a;
        ck_expr_hint(k, n->list.items[0], &a, T);
        if (a.mode == M_INVALID) { set_invalid(x); return; }
        ck_conversion(k, &a, T, n);
        *x = a;
        x->expr = n;
        x->spelled = ck_spell_texpr(k, n->x, T);
        return;
    }
    if (x->mode == M_BUILTIN) {
        builtin(k, n, x->builtin, x);
        x->expr = n;
        if (x->mode == M_NOVALUE) record_novalue(k, n);
        return;
    }
    Type *sig = x->type ? types_under(x->type) : NULL;
    if (!sig || sig->kind != TY_FUNC) {
        ck_errorf(k, start_pos(n->x), INVALID_OP "cannot call non-function %s",
                  operand_str(k, x));
        for (int i = 0; i < n->list.len; i++) {
            Operand y;
            ck_rawexpr(k, n->list.items[i], &y, NULL);
        }
        set_invalid(x);
        return;
    }
    /* classify */
    Node *f = unparen(n->x);
    n->aux = AUX_CALL_VALUE;
    if (f->kind == N_IDENT && f->sym && f->sym->kind == SYM_FUNC) {
        n->aux = is_native_func(f->sym) ? AUX_CALL_NATIVE : AUX_CALL_FUNC;
    } else if (f->kind == N_SELECTOR) {
        if (f->aux == AUX_SEL_QUALIFIED && f->sym && f->sym->kind == SYM_FUNC)
            n->aux = is_native_func(f->sym) ? AUX_CALL_NATIVE : AUX_CALL_FUNC;
        else if (f->aux == AUX_SEL_METHOD) {
            Symbol *ms = method_sym(f->path->method);
            n->aux = is_native_func(ms) ? AUX_CALL_NATIVE : AUX_CALL_METHOD;
        } else if (f->aux == AUX_SEL_IFACE_METHOD)
            n->aux = AUX_CALL_IFACE;
    }
    Type *result_spelled = ck_spell_part(x->spelled, x->type, 'r');
    Operand *args = NULL;
    bool spread = false;
    int nargs = n->list.len ? eval_args(k, n, &args, &spread) : 0;
    k->callee_spelled = ck_spelled(x->spelled, x->type);
    arguments(k, n, sig, args, nargs, spread);
    k->callee_spelled = NULL;
    x->expr = n;
    if (sig->nresults == 0) {
        novalue(x);
        record_novalue(k, n);
    } else if (sig->nresults == 1) {
        x->mode = M_VALUE;
        x->type = sig->results[0];
        x->spelled = result_spelled;
    } else {
        x->mode = M_VALUE;
        x->type = types_tuple(C(k), sig->results, sig->nresults);
    }
}
