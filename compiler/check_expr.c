/* check_expr.c — expressions: identifiers, literals, composite literals,
 * unary and binary operators, comparisons, shifts, index and slice
 * expressions, type assertions; untyped constants converted by context;
 * the implicit conversions to interfaces (N_CONVIFACE).
 *
 * Invariants:
 *  - ck_rawexpr leaves in the Operand the mode/type/value of the node and
 *    records the same on the node (node->type, node->cval); an untyped
 *    operand keeps its untyped type until its context calls
 *    ck_convert_untyped / ck_default, which rewrites the types of the whole
 *    untyped subtree (ck_update_type) so that no node stays untyped.
 *  - Implicit interface conversions are made in place: the node becomes the
 *    N_CONVIFACE and its old contents move to a fresh child node, so
 *    parents need no fixing.
 *
 * Messages follow types2 with CompilerErrorMessages (Go 1.19's cmd/compile):
 * positions are the start of the offending operand. */
#include "check.h"

#include <stdlib.h>

#define INVALID_OP "invalid operation: "

static Compiler *C(Checker *k) { return k->c; }
static Type *basic(Checker *k, TypeKind t) { return types_basic(k->c, t); }

void ck_record(Operand *x) {
    if (!x->expr) return;
    x->expr->type = x->type;
    if (x->mode == M_CONST) x->expr->cval = x->val;
}

static void set_invalid(Operand *x) {
    x->mode = M_INVALID;
    x->type = NULL;
}

/* ---- final types of untyped expression trees ---- */

void ck_update_type(Checker *k, Node *n, Type *t) {
    if (!n) return;
    if (n->type && !type_is_untyped(n->type) && n->kind != N_PAREN) {
        /* already typed (e.g. comparison operands) */
        if (n->kind != N_BINARY) return;
    }
    switch (n->kind) {
    case N_PAREN: ck_update_type(k, n->x, t); break;
    case N_UNARY:
        if (n->op != T_AND && n->op != T_ARROW) ck_update_type(k, n->x, t);
        break;
    case N_BINARY:
        if (n->op == T_EQL || n->op == T_NEQ || n->op == T_LSS ||
            n->op == T_LEQ || n->op == T_GTR || n->op == T_GEQ) {
            break;   /* operands have their own types */
        }
        if (n->op == T_SHL || n->op == T_SHR) {
            ck_update_type(k, n->x, t);
            break;
        }
        if (n->type && !type_is_untyped(n->type)) return;
        ck_update_type(k, n->x, t);
        ck_update_type(k, n->y, t);
        break;
    default: break;
    }
    if (n->type && !type_is_untyped(n->type)) return;
    n->type = t;
    if (n->cval && !type_is_untyped(t) && t->kind != TY_INTERFACE) {
        ConstVal *r;
        if (const_representable(C(k), n->cval, types_under(t)->kind, &r))
            n->cval = r;
    }
}

/* The target an untyped operand takes in context T; sets *err codes:
 * 0 ok, 1 invalid conversion, 2 truncated, 3 overflows. */
static Type *implicit_type(Checker *k, Operand *x, Type *target, int *err,
                           ConstVal **val) {
    *err = 0;
    *val = NULL;
    if (x->mode == M_INVALID || !type_is_untyped(x->type) ||
        target->kind == TY_INVALID)
        return x->type;
    if (type_is_untyped(target)) {
        TypeKind xk = x->type->kind, tk = target->kind;
        if (type_is_numeric(x->type) && type_is_numeric(target))
            return xk < tk ? target : x->type;
        if (xk != tk) *err = 1;
        return x->type;
    }
    if (x->type->kind == TY_UNTYPED_NIL) {
        if (ck_has_nil(types_under(target))) return target;
        *err = 1;
        return NULL;
    }
    Type *u = types_under(target);
    if (u->kind == TY_INTERFACE) {
        if (u->nfields) { *err = 1; return NULL; }
        return types_default(C(k), x->type);
    }
    if (u->kind > TY_STRING) { *err = 1; return NULL; }
    if (x->mode == M_CONST) {
        ConstVal *r;
        if (!const_representable(C(k), x->val, u->kind, &r)) {
            bool xnum = type_is_numeric(x->type), tnum = type_is_numeric(u);
            if (xnum && tnum)
                *err = (!type_is_integer(x->type) && type_is_integer(u)) ? 2 : 3;
            else
                *err = 1;
            return NULL;
        }
        *val = r;
        return target;
    }
    switch (x->type->kind) {
    case TY_UNTYPED_BOOL: if (u->kind != TY_BOOL) *err = 1; break;
    case TY_UNTYPED_STRING: if (u->kind != TY_STRING) *err = 1; break;
    default: if (!type_is_numeric(u)) *err = 1; break;
    }
    return target;
}

static void invalid_conversion(Checker *k, int code, Operand *x, Type *t) {
    const char *xs = operand_str(k, x), *ts = tstr(k, t);
    Pos p = x->expr ? start_pos(x->expr) : (Pos){0, 0, 0};
    if (code == 2) ck_errorf(k, p, "%s truncated to %s", xs, ts);
    else if (code == 3) ck_errorf(k, p, "%s overflows %s", xs, ts);
    else ck_errorf(k, p, "cannot convert %s to %s", xs, ts);
}

static void apply_implicit(Checker *k, Operand *x, Type *nt, ConstVal *val) {
    if (val) {
        x->val = val;
        if (x->expr) x->expr->cval = val;
    }
    if (nt != x->type) {
        x->type = nt;
        if (!type_is_untyped(nt)) ck_update_type(k, x->expr, nt);
        else if (x->expr) x->expr->type = nt;
    }
}

void ck_convert_untyped(Checker *k, Operand *x, Type *target) {
    int code;
    ConstVal *val;
    Type *nt = implicit_type(k, x, target, &code, &val);
    if (code) {
        invalid_conversion(k, code, x, types_under(target));
        set_invalid(x);
        return;
    }
    apply_implicit(k, x, nt, val);
}

void ck_default(Checker *k, Operand *x) {
    if (x->mode == M_INVALID || !x->type || !type_is_untyped(x->type)) return;
    if (x->type->kind == TY_UNTYPED_NIL) return;
    bool rune = x->type->kind == TY_UNTYPED_RUNE;
    ck_convert_untyped(k, x, types_default(C(k), x->type));
    if (rune) x->spelled = ck_spelled_rune(k);   /* types2's default: rune */
}

/* Turns node n (in place) into N_CONVIFACE(copy of n) of type iface. */
void ck_wrap_iface(Checker *k, Node *n, Type *iface) {
    Node *inner = arena_alloc(&C(k)->arena, sizeof(Node));
    *inner = *n;
    if (inner->kind == N_FUNCLIT && inner->func) {
        inner->func->decl = inner;
        FuncInfo *outer = inner->func->outer ? inner->func->outer->func : NULL;
        if (outer)
            for (int i = 0; i < outer->closures.len; i++)
                if (outer->closures.items[i] == n) outer->closures.items[i] = inner;
    }
    memset(n, 0, sizeof *n);
    n->kind = N_CONVIFACE;
    n->pos = inner->pos;
    n->x = inner;
    n->type = iface;
    n->site = -1;
}

void ck_single_value(Checker *k, Operand *x) {
    if (x->mode == M_VALUE && x->type && x->type->kind == TY_TUPLE) {
        ck_errorf(k, start_pos(x->expr),
                  "multiple-value %s (value of type %s) in single-value context",
                  expr_str(k, x->expr), tstr(k, x->type));
        set_invalid(x);
    }
}

/* Assignment of operand x to a value of type T (T NULL: blank identifier).
 * Converts untyped operands, reports Go's errors, and wraps conversions to
 * interfaces. */
void ck_assignment(Checker *k, Operand *x, Type *T, const char *context) {
    Type *Tsp = ck_spelled(k->target_spelled, T);
    k->target_spelled = NULL;
    /* T as the message spells it: made only for an error (a type string
     * costs its length, and assignments are everywhere) */
#define Tstr (Tsp ? tstr(k, Tsp) : T ? tstr(k, T) : "_")
    ck_single_value(k, x);
    switch (x->mode) {
    case M_INVALID: return;
    case M_CONST: case M_VAR: case M_MAPINDEX: case M_VALUE: case M_COMMAOK:
        break;
    case M_NOVALUE:
        ck_errorf(k, start_pos(x->expr), "%s (no value) used as value",
                  expr_str(k, x->expr));
        set_invalid(x);
        return;
    case M_TYPE:
        ck_errorf(k, start_pos(x->expr), "%s (type) is not an expression",
                  expr_str(k, x->expr));
        set_invalid(x);
        return;
    case M_BUILTIN:
        ck_errorf(k, start_pos(x->expr), "%s (built-in) must be called",
                  expr_str(k, x->expr));
        set_invalid(x);
        return;
    default:
        ck_errorf(k, start_pos(x->expr), "cannot assign %s to %s in %s",
                  operand_str(k, x), Tstr, context);
        set_invalid(x);
        return;
    }
    if (type_is_untyped(x->type)) {
        Type *target = T;
        if (x->type->kind == TY_UNTYPED_NIL) {
            if (!T) {
                ck_errorf(k, start_pos(x->expr), "use of untyped nil in %s",
                          context);
                set_invalid(x);
                return;
            }
        } else if (!T || types_under(T)->kind == TY_INTERFACE) {
            target = types_default(C(k), x->type);
        }
        int code;
        ConstVal *val;
        Type *nt = implicit_type(k, x, target, &code, &val);
        if (code) {
            const char *suffix = code == 2 ? " (truncated)"
                               : code == 3 ? " (overflows)" : "";
            ck_errorf(k, start_pos(x->expr), "cannot use %s as %s value in %s%s",
                      operand_str(k, x), target == T ? Tstr : tstr(k, target),
                      context, suffix);
            set_invalid(x);
            return;
        }
        bool rune = x->type->kind == TY_UNTYPED_RUNE && target != T;
        apply_implicit(k, x, nt, val);
        if (rune) x->spelled = ck_spelled_rune(k);
    }
    if (!T) return;
    const char *reason;
    if (!ck_assignable(k, x, T, &reason)) {
        if (reason)
            ck_errorf(k, start_pos(x->expr), "cannot use %s as type %s in %s:\n\t%s",
                      operand_str(k, x), Tstr, context, reason);
        else
            ck_errorf(k, start_pos(x->expr), "cannot use %s as type %s in %s",
                      operand_str(k, x), Tstr, context);
        set_invalid(x);
        return;
    }
    if (types_under(T)->kind == TY_INTERFACE && x->type &&
        types_under(x->type)->kind != TY_INTERFACE &&
        x->type->kind != TY_UNTYPED_NIL && x->expr) {
        ck_wrap_iface(k, x->expr, T);
    } else if (x->type && x->type->kind == TY_UNTYPED_NIL && x->expr) {
        ck_update_type(k, x->expr, T);
        x->type = T;
    }
}
#undef Tstr

/* ---- identifiers ---- */

/* Records that the current function uses local variable s of an enclosing
 * function: s is captured by every closure between them. */
static void note_capture(Checker *k, Symbol *s) {
    if (s->global || !s->func || !k->func || s->func == k->func) return;
    s->captured = true;
    for (FuncInfo *f = k->func; f && f != s->func;
         f = f->outer ? f->outer->func : NULL) {
        bool have = false;
        for (int i = 0; i < f->captures.len; i++)
            have |= f->captures.items[i] == s;
        if (!have) VEC_PUSH(f->captures, s);
    }
}

void ck_use_sym(Checker *k, Symbol *s, Node *at) {
    (void)at;
    if (s->kind == SYM_VAR) note_capture(k, s);
    if ((s->kind == SYM_VAR || s->kind == SYM_FUNC) && s->global &&
        k->decl_obj && s != k->decl_obj) {
        ObjInfo *oi = obj_info(k, k->decl_obj);
        if (oi) {
            bool have = false;
            for (int i = 0; i < oi->deps.len; i++) have |= oi->deps.items[i] == s;
            if (!have) VEC_PUSH(oi->deps, s);
        }
    }
}

static void ident(Checker *k, Node *n, Operand *x, bool use) {
    Compiler *c = C(k);
    if (n->name == intern_cstr(c, "_")) {
        ck_errorf(k, n->pos, "cannot use _ as value or type");
        set_invalid(x);
        return;
    }
    Symbol *s = ck_lookup(k, n->name, n);
    if (!s) {
        ck_errorf(k, n->pos, "undefined: %s", n->name);
        set_invalid(x);
        return;
    }
    n->sym = s;
    if (s->kind == SYM_PKG) {
        /* as types2: an error at once, and the import stays unused */
        ck_errorf(k, n->pos, "use of package %s not in selector", s->name);
        set_invalid(x);
        return;
    }
    ck_resolve(k, s);
    if (use) s->used = true;
    x->type = s->type;
    x->spelled = s->spelled;
    if (s->type == k->invalid && s->kind != SYM_TYPE && s->kind != SYM_BUILTIN) {
        /* declared with an erroneous type: already reported */
        if (s->kind == SYM_VAR) note_capture(k, s);
        set_invalid(x);
        return;
    }
    switch (s->kind) {
    case SYM_CONST:
        if (s->name == intern_cstr(c, "iota") && s->pkg && !*s->pkg) {
            if (k->iota < 0) {
                ck_errorf(k, n->pos, "cannot use iota outside constant declaration");
                set_invalid(x);
                return;
            }
            x->val = const_make_int64(c, k->iota);
        } else {
            x->val = s->cval;
        }
        x->mode = M_CONST;
        if (!x->val || !s->type || s->type->kind == TY_INVALID) set_invalid(x);
        break;
    case SYM_TYPE: x->mode = M_TYPE; break;
    case SYM_VAR:
        x->mode = M_VAR;
        ck_use_sym(k, s, n);
        break;
    case SYM_FUNC:
        x->mode = M_VALUE;
        ck_use_sym(k, s, n);
        break;
    case SYM_PKG:
        x->mode = M_PKG;
        break;
    case SYM_BUILTIN:
        x->mode = M_BUILTIN;
        x->builtin = s->builtin;
        x->type = NULL;
        break;
    case SYM_NIL:
        x->mode = M_VALUE;
        break;
    default: set_invalid(x); break;
    }
    if (x->mode != M_INVALID && !x->type && x->mode != M_BUILTIN &&
        x->mode != M_PKG)
        set_invalid(x);
}

/* ---- literals ---- */

static void basic_lit(Checker *k, Node *n, Operand *x) {
    static const TypeKind kinds[] = {
        [T_INT] = TY_UNTYPED_INT, [T_FLOAT] = TY_UNTYPED_FLOAT,
        [T_CHAR] = TY_UNTYPED_RUNE, [T_STRING] = TY_UNTYPED_STRING,
    };
    if (n->op == T_IMAG) {
        ck_errorf(k, n->pos, "complex numbers are not supported");
        set_invalid(x);
        return;
    }
    x->val = const_from_literal(C(k), n->op, n->lit);
    if (!x->val) {
        ck_errorf(k, n->pos, "malformed constant: %s", n->lit);
        set_invalid(x);
        return;
    }
    if (n->op == T_INT && const_bitlen(x->val) > 512) {
        ck_errorf(k, n->pos, "integer constant overflow");
    }
    x->mode = M_CONST;
    x->type = basic(k, kinds[n->op]);
}

/* sp: t as spelled in the literal's type (messages only) */
static void elem_assign(Checker *k, Node *e, Type *t, Type *sp, const char *ctx) {
    Operand y;
    ck_expr_hint(k, e, &y, t);
    k->target_spelled = sp;
    ck_assignment(k, &y, t, ctx);
}

/* Elided `{...}` in a literal whose element type is *T: rewrites the node
 * into &T{...} (in place), as Go does. */
static bool elide_pointer(Checker *k, Node *n, Type *hint) {
    if (n->x || !hint || types_under(hint)->kind != TY_POINTER || hint->name)
        return false;
    Type *base = types_under(hint->elem);
    if (base->kind != TY_STRUCT && base->kind != TY_ARRAY &&
        base->kind != TY_SLICE && base->kind != TY_MAP)
        return false;
    Node *lit = arena_alloc(&C(k)->arena, sizeof(Node));
    *lit = *n;
    memset(n, 0, sizeof *n);
    n->kind = N_UNARY;
    n->op = T_AND;
    n->pos = lit->pos;
    n->x = lit;
    n->site = -1;
    return true;
}

static void struct_lit(Checker *k, Node *n, Type *t, Type *u, Type *usp) {
    if (n->list.len == 0) return;
    bool keyed = n->list.items[0]->kind == N_KEYVALUE;
    if (keyed) {
        bool *seen = arena_alloc(&C(k)->arena, (size_t)u->nfields + 1);
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.items[i];
            if (e->kind != N_KEYVALUE) {
                ck_errorf(k, start_pos(e),
                          "mixture of field:value and value elements in struct literal");
                continue;
            }
            Node *key = e->x;
            int fi = -1;
            if (key->kind == N_IDENT)
                for (int j = 0; j < u->nfields; j++)
                    if (strcmp(u->fields[j].name, key->name) == 0) fi = j;
            if (fi < 0) {
                if (key->kind != N_IDENT)
                    ck_errorf(k, start_pos(key),
                              "invalid field name %s in struct literal",
                              expr_str(k, key));
                else
                    ck_errorf(k, key->pos, "unknown field '%s' in struct literal of type %s",
                              key->name, tstr(k, t));
                Operand y;
                ck_expr(k, e->y, &y);
                continue;
            }
            if (seen[fi])
                ck_errorf(k, e->pos, "duplicate field name %s in struct literal",
                          key->name);
            seen[fi] = true;
            key->type = u->fields[fi].type;
            key->iota = fi;   /* field index for codegen */
            elem_assign(k, e->y, u->fields[fi].type, usp ? usp->fields[fi].type : NULL,
                        "struct literal");
        }
        return;
    }
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        if (e->kind == N_KEYVALUE) {
            ck_errorf(k, start_pos(e),
                      "mixture of field:value and value elements in struct literal");
            continue;
        }
        if (i >= u->nfields) {
            ck_errorf(k, start_pos(e), "too many values in %s{…}",
                      expr_str(k, n->x ? n->x : n));
            return;
        }
        elem_assign(k, e, u->fields[i].type, usp ? usp->fields[i].type : NULL,
                    "struct literal");
    }
    if (n->list.len < u->nfields)
        ck_errorf(k, n->end.line ? n->end : n->pos, "too few values in %s{…}",
                  n->x ? expr_str(k, n->x) : tstr(k, t));
}

/* Array/slice literal elements; returns the length (max index + 1). */
static int64_t indexed_elems(Checker *k, Node *n, Type *elem, Type *esp,
                             int64_t max) {
    int64_t idx = 0, len = 0;
    VEC(int64_t) seen = {0};
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        Node *val = e;
        if (e->kind == N_KEYVALUE) {
            int64_t v;
            if (ck_index_value(k, e->x, max, &v)) idx = v;
            val = e->y;
        } else if (max >= 0 && idx >= max) {
            ck_errorf(k, start_pos(e), "index %lld is out of bounds (>= %lld)",
                      (long long)idx, (long long)max);
        }
        for (int j = 0; j < seen.len; j++)
            if (seen.items[j] == idx) {
                ck_errorf(k, start_pos(e), "duplicate index %lld in array or slice literal",
                          (long long)idx);
                break;
            }
        VEC_PUSH(seen, idx);
        elem_assign(k, val, elem, esp, "array or slice literal");
        /* after the index MaxInt64 this wraps to negative, as in go/types:
         * the length stays what it was (Go 1.19 gives []T{MaxInt: x} length 0) */
        idx = (int64_t)((uint64_t)idx + 1);
        if (idx > len) len = idx;
    }
    VEC_FREE(seen);
    return len;
}

static void map_lit(Checker *k, Node *n, Type *u, Type *usp) {
    VEC(ConstVal *) keys = {0};
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        if (e->kind != N_KEYVALUE) {
            ck_errorf(k, start_pos(e), "missing key in map literal");
            Operand y;
            ck_expr(k, e, &y);
            continue;
        }
        Operand kx;
        ck_expr_hint(k, e->x, &kx, u->key);
        k->target_spelled = usp ? usp->key : NULL;
        ck_assignment(k, &kx, u->key, "map literal");
        if (kx.mode == M_CONST && types_under(u->key)->kind != TY_INTERFACE) {
            for (int j = 0; j < keys.len; j++)
                if (const_kind(keys.items[j]) == const_kind(kx.val) &&
                    const_compare(T_EQL, keys.items[j], kx.val)) {
                    ck_errorf(k, start_pos(e->x), "duplicate key %s in map literal",
                              expr_str(k, e->x));
                    break;
                }
            VEC_PUSH(keys, kx.val);
        }
        elem_assign(k, e->y, u->elem, usp ? usp->elem : NULL, "map literal");
    }
    VEC_FREE(keys);
}

static void composite(Checker *k, Node *n, Operand *x, Type *hint) {
    Type *t;
    if (n->x) {
        if (n->x->kind == N_ARRAYTYPE && n->x->x &&
            n->x->x->kind == N_ELLIPSIS) {
            Type *elem = ck_typexpr(k, n->x->y);
            int64_t len = indexed_elems(k, n, elem,
                                        ck_spell_texpr(k, n->x->y, elem), -1);
            t = types_array(C(k), elem, len);
            n->x->type = t;
            x->mode = M_VALUE;
            x->type = t;
            return;
        }
        t = ck_typexpr(k, n->x);
    } else if (hint) {
        t = hint;
        if (types_under(t)->kind == TY_POINTER && !t->name) t = t->elem;
    } else {
        ck_errorf(k, n->pos, "invalid composite literal type: missing type");
        set_invalid(x);
        return;
    }
    Type *u = types_under(t);
    /* the literal's type as spelled, and its underlying type's */
    Type *sp = n->x ? ck_spell_texpr(k, n->x, t) : NULL;
    Type *usp = t->name ? ck_spell_under(k, t) : ck_spelled(sp, t);
    switch (u->kind) {
    case TY_STRUCT: struct_lit(k, n, t, u, usp); break;
    case TY_ARRAY: indexed_elems(k, n, u->elem, usp ? usp->elem : NULL, u->len); break;
    case TY_SLICE: indexed_elems(k, n, u->elem, usp ? usp->elem : NULL, -1); break;
    case TY_MAP: map_lit(k, n, u, usp); break;
    case TY_INVALID: break;
    default:
        ck_errorf(k, start_pos(n), "invalid composite literal type %s", tstr(k, t));
        set_invalid(x);
        return;
    }
    x->mode = M_VALUE;
    x->type = t;
    x->spelled = sp;
}

/* ---- unary ---- */

/* Addressable operand: marks the variable at its root as address-taken. */
void ck_mark_addr(Checker *k, Node *n) {
    (void)k;
    while (n) {
        switch (n->kind) {
        case N_PAREN: n = n->x; continue;
        case N_IDENT:
            if (n->sym && n->sym->kind == SYM_VAR) n->sym->addrtaken = true;
            return;
        case N_SELECTOR:
            if (n->aux != AUX_SEL_FIELD || !n->path) return;
            for (int i = 0; i < n->path->len; i++)
                if (n->path->deref[i]) return;
            n = n->x;
            continue;
        case N_INDEX:
            if (!n->x->type || types_under(n->x->type)->kind != TY_ARRAY) return;
            n = n->x;
            continue;
        default: return;
        }
    }
}

static bool is_composite_lit(Node *n) {
    while (n->kind == N_PAREN) n = n->x;
    return n->kind == N_COMPOSITE;
}

static bool unary_pred(Tok op, Type *t) {
    Type *u = types_under(t);
    switch (op) {
    case T_ADD: case T_SUB: return type_is_numeric(u);
    case T_XOR: return type_is_integer(u);
    case T_NOT: return u->kind == TY_BOOL || u->kind == TY_UNTYPED_BOOL;
    default: return false;
    }
}

static int unsigned_bits(Type *t) {
    Type *u = types_under(t);
    if (!type_is_unsigned(u)) return 0;
    return (int)u->size * 8;
}

static bool check_overflow(Checker *k, Operand *x, Node *opnode) {
    if (!type_is_untyped(x->type)) {
        ConstVal *r;
        if (!const_representable(C(k), x->val, types_under(x->type)->kind, &r)) {
            invalid_conversion(k, type_is_integer(x->type) || !type_is_integer(x->type) ? 3 : 3,
                               x, x->type);
            set_invalid(x);
            return false;
        }
        x->val = r;
        return true;
    }
    if (const_kind(x->val) == CV_INT && const_bitlen(x->val) > 512) {
        const char *op = "";
        if (opnode && opnode->kind == N_BINARY) op = tok_string(opnode->op);
        if (opnode && opnode->kind == N_UNARY) op = tok_string(opnode->op);
        static const struct { Tok t; const char *n; } names[] = {
            {T_ADD, "addition"}, {T_SUB, "subtraction"}, {T_MUL, "multiplication"},
            {T_SHL, "shift"}, {T_XOR, "bitwise complement"},
        };
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
            if (opnode && opnode->op == names[i].t) op = names[i].n;
        ck_errorf(k, opnode ? opnode->pos : start_pos(x->expr),
                  "constant %s overflow", op);
        set_invalid(x);
        return false;
    }
    return true;
}

static void unary(Checker *k, Node *n, Operand *x, Type *hint) {
    if (n->op == T_AND) {
        Node *inner = n->x;
        while (inner->kind == N_PAREN) inner = inner->x;
        if (inner->kind == N_COMPOSITE) {
            Type *h = hint && types_under(hint)->kind == TY_POINTER ?
                      types_under(hint)->elem : NULL;
            ck_expr_hint(k, n->x, x, h);
        } else {
            ck_rawexpr(k, n->x, x, NULL);
        }
        if (x->mode == M_INVALID) return;
        if (x->mode != M_VAR && !is_composite_lit(n->x)) {
            ck_errorf(k, start_pos(n->x), INVALID_OP "cannot take address of %s",
                      operand_str(k, x));
            set_invalid(x);
            return;
        }
        ck_mark_addr(k, n->x);
        x->mode = M_VALUE;
        x->type = types_pointer(C(k), x->type);
        return;
    }
    if (n->op == T_ARROW) {
        ck_expr(k, n->x, x);
        if (x->mode == M_INVALID) return;
        ck_default(k, x);
        Type *u = types_under(x->type);
        if (u->kind != TY_CHAN) {
            ck_errorf(k, start_pos(n->x), INVALID_OP "cannot receive from non-channel %s",
                      operand_str(k, x));
            set_invalid(x);
            return;
        }
        if (u->dir == CHAN_SEND) {
            ck_errorf(k, start_pos(n->x), INVALID_OP "cannot receive from send-only channel %s",
                      operand_str(k, x));
            set_invalid(x);
            return;
        }
        x->mode = M_COMMAOK;
        x->spelled = ck_spell_part(x->spelled, x->type, 'e');
        x->type = u->elem;
        return;
    }
    ck_expr(k, n->x, x);
    if (x->mode == M_INVALID) return;
    if (!unary_pred(n->op, x->type)) {
        ck_errorf(k, start_pos(n->x), INVALID_OP "operator %s not defined on %s",
                  tok_string(n->op), operand_str(k, x));
        set_invalid(x);
        return;
    }
    if (x->mode == M_CONST) {
        x->val = const_unary(C(k), n->op, x->val, unsigned_bits(x->type));
        x->expr = n;
        check_overflow(k, x, n);
        return;
    }
    x->mode = M_VALUE;
}

/* ---- binary ---- */

static bool is_comparison(Tok op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ ||
           op == T_GTR || op == T_GEQ;
}

static bool all_boolean(Type *t) {
    Type *u = types_under(t);
    return u->kind == TY_BOOL || u->kind == TY_UNTYPED_BOOL;
}

static bool is_ordered(Type *t) {
    Type *u = types_under(t);
    return type_is_numeric(u) || type_is_string(u);
}

static const char *kind_string(Type *t) {
    switch (types_under(t)->kind) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    case TY_CHAN: return "chan";
    default: return t->str;
    }
}

/* why t is not comparable, as types2's comparable() reports it */
static const char *comparable_reason(Checker *k, Type *t) {
    Type *u = types_under(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (!ck_comparable(types_under(u->fields[i].type)))
                return arena_printf(&C(k)->arena, "struct containing %s cannot be compared",
                                    tstr(k, u->fields[i].type));
    }
    if (u->kind == TY_ARRAY) {
        const char *r = comparable_reason(k, u->elem);
        return r ? r : arena_printf(&C(k)->arena, "%s cannot be compared", tstr(k, t));
    }
    return NULL;
}

static const char *incomparable_cause(Checker *k, Type *t) {
    Type *u = types_under(t);
    switch (u->kind) {
    case TY_SLICE: case TY_FUNC: case TY_MAP:
        return arena_printf(&C(k)->arena, "%s can only be compared to nil",
                            kind_string(t));
    default: {
        const char *r = comparable_reason(k, t);
        return r ? r : arena_printf(&C(k)->arena, "operator == not defined on %s",
                                    tstr(k, t));
    }
    }
}

static bool is_nil(Operand *x) {
    return x->type && x->type->kind == TY_UNTYPED_NIL;
}

static void comparison(Checker *k, Node *n, Operand *x, Operand *y,
                       bool xnil, bool ynil) {
    Operand *err = x;
    const char *cause = NULL;
    const char *r;
    bool ok = ck_assignable(k, x, y->type, &r) || ck_assignable(k, y, x->type, &r);
    if (!ok) {
        err = y;
        cause = arena_printf(&C(k)->arena, "mismatched types %s and %s",
                             ck_otype_str(k, x), ck_otype_str(k, y));
        goto error;
    }
    if (n->op == T_EQL || n->op == T_NEQ) {
        if (xnil || ynil) {
            Type *t = xnil ? y->type : x->type;
            if (!ck_has_nil(types_under(t)) || (xnil && ynil)) {
                err = y;
                goto error;
            }
        } else if (!ck_comparable(types_under(x->type))) {
            err = x;
            cause = incomparable_cause(k, x->type);
            goto error;
        } else if (!ck_comparable(types_under(y->type))) {
            err = y;
            cause = incomparable_cause(k, y->type);
            goto error;
        }
    } else {
        if (!is_ordered(x->type)) { err = x; goto error; }
        if (!is_ordered(y->type)) { err = y; goto error; }
    }
    if (x->mode == M_CONST && y->mode == M_CONST) {
        x->val = const_make_bool(C(k), const_compare(n->op, x->val, y->val));
        /* operands stay constants; give them their default types */
        ck_update_type(k, x->expr, types_default(C(k), x->type));
        ck_update_type(k, y->expr, types_default(C(k), y->type));
    } else {
        x->mode = M_VALUE;
        /* nil compared with x: typed as x's type */
        if (xnil) ck_update_type(k, x->expr, y->type);
        else ck_update_type(k, x->expr, types_default(C(k), x->type));
        if (ynil) ck_update_type(k, y->expr, x->type);
        else ck_update_type(k, y->expr, types_default(C(k), y->type));
        /* comparison of an interface with a concrete operand */
        Type *xu = types_under(x->expr->type), *yu = types_under(y->expr->type);
        if (xu->kind == TY_INTERFACE && yu->kind != TY_INTERFACE && !ynil)
            ck_wrap_iface(k, y->expr, x->expr->type);
        else if (yu->kind == TY_INTERFACE && xu->kind != TY_INTERFACE && !xnil)
            ck_wrap_iface(k, x->expr, y->expr->type);
    }
    x->type = basic(k, TY_UNTYPED_BOOL);
    return;
error:
    if (!cause)
        cause = arena_printf(&C(k)->arena, "operator %s not defined on %s",
                             tok_string(n->op),
                             (err == x ? xnil : ynil) ? "nil"
                                                      : kind_string(err->type));
    ck_errorf(k, start_pos(err->expr), INVALID_OP "%s %s %s (%s)",
              expr_str(k, x->expr), tok_string(n->op), expr_str(k, y->expr), cause);
    set_invalid(x);
}

static void shift(Checker *k, Node *n, Operand *x, Operand *y) {
    ConstVal *xval = NULL;
    if (x->mode == M_CONST) xval = const_to_int(C(k), x->val);
    if (!(type_is_integer(types_under(x->type)) ||
          (type_is_untyped(x->type) && xval))) {
        ck_errorf(k, start_pos(x->expr), INVALID_OP "shifted operand %s must be integer",
                  operand_str(k, x));
        set_invalid(x);
        return;
    }
    if (y->mode == M_CONST) {
        ConstVal *yv = const_to_int(C(k), y->val);
        if (yv && const_sign(yv) < 0) {
            ck_errorf(k, start_pos(y->expr), INVALID_OP "negative shift count %s",
                      operand_str(k, y));
            set_invalid(x);
            return;
        }
        if (type_is_untyped(y->type)) {
            ConstVal *r;
            if (!const_representable(C(k), y->val, TY_UINT, &r)) {
                int code = yv ? 3 : 2;
                if (!type_is_numeric(y->type)) code = 1;
                invalid_conversion(k, code, y, basic(k, TY_UINT));
                set_invalid(x);
                return;
            }
            ck_update_type(k, y->expr, basic(k, TY_UINT));
        }
    } else {
        if (type_is_integer(types_under(y->type))) {
            /* ok */
        } else if (type_is_untyped(y->type)) {
            ck_convert_untyped(k, y, basic(k, TY_UINT));
            if (y->mode == M_INVALID) { set_invalid(x); return; }
        } else {
            ck_errorf(k, start_pos(y->expr), INVALID_OP "shift count %s must be integer",
                      operand_str(k, y));
            set_invalid(x);
            return;
        }
    }
    if (x->mode == M_CONST) {
        if (y->mode == M_CONST) {
            ConstVal *yv = const_to_int(C(k), y->val);
            if (!yv || !const_fits_uint64(yv) || const_uint64(yv) > 1023 - 1 + 52) {
                ck_errorf(k, start_pos(y->expr), INVALID_OP "invalid shift count %s",
                          operand_str(k, y));
                set_invalid(x);
                return;
            }
            if (!type_is_integer(x->type)) x->type = basic(k, TY_UNTYPED_INT);
            x->val = const_shift(C(k), n->op, xval, const_uint64(yv));
            x->expr = n;
            check_overflow(k, x, n);
            return;
        }
        if (type_is_untyped(x->type)) {
            /* non-constant shift of an untyped constant: the constant takes
             * the type the context gives (int by default) */
            if (!type_is_integer(x->type)) {
                ConstVal *iv = const_to_int(C(k), x->val);
                x->val = iv;
                x->type = basic(k, TY_UNTYPED_INT);
                ck_record(x);
            }
            x->mode = M_VALUE;
            return;
        }
    }
    if (!type_is_integer(types_under(x->type))) {
        ck_errorf(k, start_pos(x->expr), INVALID_OP "shifted operand %s must be integer",
                  operand_str(k, x));
        set_invalid(x);
        return;
    }
    x->mode = M_VALUE;
}

static bool binary_pred(Tok op, Type *t) {
    Type *u = types_under(t);
    switch (op) {
    case T_ADD: return type_is_numeric(u) || type_is_string(u);
    case T_SUB: case T_MUL: case T_QUO: return type_is_numeric(u);
    case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT:
        return type_is_integer(u);
    case T_LAND: case T_LOR: return all_boolean(u);
    default: return false;
    }
}

static bool can_mix(Operand *x, Operand *y) {
    if (types_under(x->type)->kind == TY_INTERFACE ||
        types_under(y->type)->kind == TY_INTERFACE)
        return true;
    if (all_boolean(x->type) != all_boolean(y->type)) return false;
    if (type_is_string(types_under(x->type)) !=
        type_is_string(types_under(y->type)))
        return false;
    if (is_nil(x) && !ck_has_nil(types_under(y->type))) return false;
    if (is_nil(y) && !ck_has_nil(types_under(x->type))) return false;
    return true;
}

/* x op y, also used for op-assignment (n == NULL: lhs/rhs given) */
void ck_binary(Checker *k, Node *n, Node *lhs, Node *rhs, Tok op,
               Operand *x) {
    Operand y;
    ck_expr(k, lhs, x);
    ck_expr(k, rhs, &y);
    ck_binary_operands(k, n, lhs, rhs, op, x, &y);
}

void ck_binary_operands(Checker *k, Node *n, Node *lhs, Node *rhs, Tok op,
                        Operand *x, Operand *yp) {
    Operand y = *yp;
    if (x->mode == M_INVALID) return;
    if (y.mode == M_INVALID) { set_invalid(x); return; }
    if (op == T_SHL || op == T_SHR) {
        Node fake = {.kind = N_BINARY, .op = op, .pos = n ? n->pos : lhs->pos};
        shift(k, n ? n : &fake, x, &y);
        return;
    }
    bool xnil = is_nil(x), ynil = is_nil(&y);
    if (can_mix(x, &y)) {
        ck_convert_untyped(k, x, y.type);
        if (x->mode == M_INVALID) return;
        ck_convert_untyped(k, &y, x->type);
        if (y.mode == M_INVALID) { set_invalid(x); return; }
    }
    if (is_comparison(op)) {
        Node fake = {.kind = N_BINARY, .op = op, .x = lhs, .y = rhs};
        comparison(k, n ? n : &fake, x, &y, xnil, ynil);
        return;
    }
    if (x->type != y.type) {
        if (x->type->kind != TY_INVALID && y.type->kind != TY_INVALID) {
            if (n)
                ck_errorf(k, start_pos(lhs), INVALID_OP "%s (mismatched types %s and %s)",
                          expr_str(k, n), ck_otype_str(k, x), ck_otype_str(k, &y));
            else
                ck_errorf(k, start_pos(lhs), INVALID_OP "%s %s= %s (mismatched types %s and %s)",
                          expr_str(k, lhs), tok_string(op), expr_str(k, rhs),
                          ck_otype_str(k, x), ck_otype_str(k, &y));
        }
        set_invalid(x);
        return;
    }
    if (!binary_pred(op, x->type)) {
        ck_errorf(k, start_pos(lhs), INVALID_OP "operator %s not defined on %s",
                  tok_string(op), operand_str(k, x));
        set_invalid(x);
        return;
    }
    if ((op == T_QUO || op == T_REM) &&
        (x->mode == M_CONST || type_is_integer(types_under(x->type))) &&
        y.mode == M_CONST && const_sign(y.val) == 0 &&
        const_kind(y.val) != CV_BOOL) {
        ck_errorf(k, start_pos(rhs), INVALID_OP "division by zero");
        set_invalid(x);
        return;
    }
    if (x->mode == M_CONST && y.mode == M_CONST) {
        bool intdiv = type_is_integer(types_under(x->type));
        ConstVal *v = const_binary(C(k), op, x->val, y.val, intdiv);
        if (!v) {
            ck_errorf(k, start_pos(rhs), INVALID_OP "division by zero");
            set_invalid(x);
            return;
        }
        x->val = v;
        if (n) x->expr = n;
        check_overflow(k, x, n);
        return;
    }
    x->mode = M_VALUE;
}

/* ---- index, slice, assertion ---- */

bool ck_index_value(Checker *k, Node *n, int64_t max, int64_t *out) {
    Operand x;
    ck_expr(k, n, &x);
    *out = -1;
    if (x.mode == M_INVALID) return false;
    ck_convert_untyped(k, &x, basic(k, TY_INT));
    if (x.mode == M_INVALID) return false;
    if (!type_is_integer(types_under(x.type))) {
        ck_errorf(k, start_pos(n), "invalid argument: index %s must be integer",
                  operand_str(k, &x));
        return false;
    }
    if (x.mode == M_CONST) {
        if (const_sign(x.val) < 0) {
            ck_errorf(k, start_pos(n), "invalid argument: index %s must not be negative",
                      operand_str(k, &x));
            return false;
        }
        if (max >= 0 && (!const_fits_int64(x.val) || const_int64(x.val) >= max)) {
            ck_errorf(k, start_pos(n), "invalid argument: index %s out of bounds [0:%lld]",
                      const_string_repr(C(k), x.val), (long long)max);
            return false;
        }
        *out = const_int64(x.val);
        return true;
    }
    return false;
}

static void index_expr(Checker *k, Node *n, Operand *x) {
    ck_expr_or_type(k, n->x, x);
    if (x->mode == M_INVALID) return;
    if (x->mode == M_TYPE) {
        ck_errorf(k, start_pos(n), "%s is not a generic type", tstr(k, x->type));
        set_invalid(x);
        return;
    }
    ck_single_value(k, x);
    if (x->mode == M_INVALID || !x->type) return;  /* already reported */
    Type *u = types_under(x->type);
    int64_t len = -1, v;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (x->mode == M_CONST) len = const_string(x->val, NULL) ? 0 : 0,
            const_string(x->val, &len);
        if (type_is_untyped(x->type)) ck_default(k, x);
        ck_index_value(k, n->y, x->mode == M_CONST ? len : -1, &v);
        x->mode = M_VALUE;
        x->type = basic(k, TY_UINT8);
        x->spelled = ck_spelled_byte(k);
        return;
    case TY_ARRAY:
        ck_index_value(k, n->y, u->len, &v);
        if (x->mode != M_VAR) x->mode = M_VALUE;
        x->spelled = ck_spell_part(x->spelled, x->type, 'e');
        x->type = u->elem;
        return;
    case TY_POINTER:
        if (types_under(u->elem)->kind == TY_ARRAY) {
            ck_index_value(k, n->y, types_under(u->elem)->len, &v);
            x->mode = M_VAR;
            x->spelled = ck_spell_part(x->spelled, x->type, 'e');
            x->type = types_under(u->elem)->elem;
            return;
        }
        break;
    case TY_SLICE:
        ck_index_value(k, n->y, -1, &v);
        x->mode = M_VAR;
        x->spelled = ck_spell_part(x->spelled, x->type, 'e');
        x->type = u->elem;
        return;
    case TY_MAP: {
        Operand key;
        ck_expr_hint(k, n->y, &key, u->key);
        ck_assignment(k, &key, u->key, "map index");
        x->mode = M_MAPINDEX;
        x->spelled = ck_spell_part(x->spelled, x->type, 'e');
        x->type = u->elem;
        return;
    }
    default: break;
    }
    ck_errorf(k, start_pos(n->x), INVALID_OP "cannot index %s", operand_str(k, x));
    Operand dummy;
    ck_expr(k, n->y, &dummy);
    set_invalid(x);
}

static void slice_expr(Checker *k, Node *n, Operand *x) {
    ck_expr(k, n->x, x);
    if (x->mode == M_INVALID) return;
    Type *u = types_under(x->type);
    int64_t len = -1;
    bool three = n->flags & NF_SLICE3;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        if (three) {
            ck_errorf(k, start_pos(n->w), INVALID_OP "3-index slice of string");
            set_invalid(x);
            return;
        }
        if (x->mode == M_CONST) const_string(x->val, &len);
        if (type_is_untyped(x->type)) {
            ck_default(k, x);
            x->type = basic(k, TY_STRING);
        }
        x->mode = M_VALUE;
        break;
    case TY_ARRAY:
        len = u->len;
        if (x->mode != M_VAR) {
            ck_errorf(k, start_pos(n->x), INVALID_OP "%s (slice of unaddressable value)",
                      operand_str(k, x));
            set_invalid(x);
            return;
        }
        ck_mark_addr(k, n->x);
        x->mode = M_VALUE;
        x->type = types_slice(C(k), u->elem);
        break;
    case TY_POINTER:
        if (types_under(u->elem)->kind == TY_ARRAY) {
            len = types_under(u->elem)->len;
            x->mode = M_VALUE;
            x->type = types_slice(C(k), types_under(u->elem)->elem);
            break;
        }
        /* fallthrough */
    default:
        if (u->kind == TY_SLICE) {
            x->mode = M_VALUE;
            break;
        }
        ck_errorf(k, start_pos(n->x), "cannot slice %s", operand_str(k, x));
        set_invalid(x);
        return;
    }
    Node *idx[3] = {n->y, n->z, n->w};
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++)
        if (idx[i]) ck_index_value(k, idx[i], len >= 0 ? len + 1 : -1, &vals[i]);
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                ck_errorf(k, start_pos(idx[j]), "invalid slice indices: %lld < %lld",
                          (long long)vals[j], (long long)vals[i]);
                return;
            }
}

static void type_assert(Checker *k, Node *n, Operand *x) {
    ck_expr(k, n->x, x);
    if (x->mode == M_INVALID) return;
    if (!n->y) {
        ck_errorf(k, n->pos, "invalid syntax tree: use of .(type) outside type switch");
        set_invalid(x);
        return;
    }
    Type *iface = x->type;
    if (types_under(iface)->kind != TY_INTERFACE) {
        ck_errorf(k, start_pos(n->x), INVALID_OP "%s is not an interface",
                  operand_str(k, x));
        set_invalid(x);
        return;
    }
    Type *T = ck_typexpr(k, n->y);
    if (T->kind == TY_INVALID) { set_invalid(x); return; }
    if (types_under(T)->kind != TY_INTERFACE) {
        const char *r = ck_missing_reason(k, T, types_under(iface));
        if (r) {
            ck_errorf(k, start_pos(n->x), "impossible type assertion: %s\n\t%s does not implement %s %s",
                      expr_str(k, n), tstr(k, T), tstr(k, iface), r);
            set_invalid(x);
            return;
        }
    }
    x->mode = M_COMMAOK;
    x->spelled = ck_spell_texpr(k, n->y, T);
    x->type = T;
}

static void star(Checker *k, Node *n, Operand *x) {
    ck_expr_or_type(k, n->x, x);
    if (x->mode == M_INVALID) return;
    if (x->mode == M_TYPE) {
        x->type = types_pointer(C(k), x->type);
        return;
    }
    ck_single_value(k, x);
    if (x->mode == M_INVALID || !x->type) return;  /* already reported */
    if (is_nil(x)) {
        ck_errorf(k, start_pos(n->x), INVALID_OP "cannot indirect nil");
        set_invalid(x);
        return;
    }
    Type *u = types_under(x->type);
    if (u->kind != TY_POINTER) {
        ck_errorf(k, start_pos(n->x), INVALID_OP "cannot indirect %s", operand_str(k, x));
        set_invalid(x);
        return;
    }
    x->mode = M_VAR;
    x->spelled = ck_spell_part(x->spelled, x->type, 'p');
    x->type = u->elem;
}

/* ---- dispatch ---- */

void ck_rawexpr(Checker *k, Node *n, Operand *x, Type *hint) {
    memset(x, 0, sizeof *x);
    x->expr = n;
    switch (n->kind) {
    case N_IDENT: ident(k, n, x, true); break;
    case N_BASICLIT: basic_lit(k, n, x); break;
    case N_FUNCLIT: ck_funclit(k, n, x); break;
    case N_COMPOSITE:
        if (elide_pointer(k, n, hint)) {
            unary(k, n, x, hint);
            break;
        }
        composite(k, n, x, hint);
        break;
    case N_PAREN:
        ck_rawexpr(k, n->x, x, hint);
        x->expr = n;
        break;
    case N_SELECTOR: ck_selector(k, n, x); break;
    case N_INDEX: index_expr(k, n, x); break;
    case N_SLICEEXPR: slice_expr(k, n, x); break;
    case N_TYPEASSERT: type_assert(k, n, x); break;
    case N_CALL: ck_call(k, n, x); break;
    case N_STAR: star(k, n, x); break;
    case N_UNARY: unary(k, n, x, hint); break;
    case N_BINARY: ck_binary(k, n, n->x, n->y, n->op, x); break;
    case N_KEYVALUE:
        ck_errorf(k, start_pos(n), "unexpected key:value expression");
        set_invalid(x);
        break;
    case N_CONVIFACE:
        x->mode = M_VALUE;
        x->type = n->type;
        break;
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
    case N_MAPTYPE: case N_CHANTYPE:
        x->mode = M_TYPE;
        x->type = ck_typexpr(k, n);
        break;
    default:
        set_invalid(x);
        break;
    }
    x->expr = n;
    if (x->mode == M_INVALID) {
        if (!n->type) n->type = NULL;
        return;
    }
    ck_record(x);
    if (x->mode == M_NOVALUE) n->type = types_tuple(C(k), NULL, 0);
}

static void check_not_type(Checker *k, Operand *x) {
    if (x->mode == M_TYPE) {
        ck_errorf(k, start_pos(x->expr), "%s (type) is not an expression",
                  expr_str(k, x->expr));
        set_invalid(x);
    } else if (x->mode == M_BUILTIN) {
        ck_errorf(k, start_pos(x->expr), "%s (built-in) must be called",
                  expr_str(k, x->expr));
        set_invalid(x);
    } else if (x->mode == M_PKG) {
        ck_errorf(k, start_pos(x->expr), "use of package %s without selector",
                  expr_str(k, x->expr));
        set_invalid(x);
    } else if (x->mode == M_NOVALUE) {
        ck_errorf(k, start_pos(x->expr), "%s (no value) used as value",
                  expr_str(k, x->expr));
        set_invalid(x);
    }
}

void ck_expr_hint(Checker *k, Node *n, Operand *x, Type *hint) {
    ck_rawexpr(k, n, x, hint);
    check_not_type(k, x);
    ck_single_value(k, x);
}

void ck_expr(Checker *k, Node *n, Operand *x) { ck_expr_hint(k, n, x, NULL); }

void ck_multi(Checker *k, Node *n, Operand *x) {
    ck_rawexpr(k, n, x, NULL);
    check_not_type(k, x);
}

void ck_expr_or_type(Checker *k, Node *n, Operand *x) {
    ck_rawexpr(k, n, x, NULL);
    if (x->mode == M_NOVALUE) {
        ck_errorf(k, start_pos(n), "%s (no value) used as value", expr_str(k, n));
        set_invalid(x);
    }
}
