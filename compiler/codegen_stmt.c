/* codegen_stmt.c — statements: declarations, assignments (Go's two-phase
 * order: operands of the left side and all right-hand values first, then
 * the stores left to right), control flow with break/continue/goto/
 * fallthrough patch lists, range loops over arrays, slices, strings and
 * maps, expression and type switches, defer and return.
 *
 * Temporaries of a statement are released when it ends; variables it
 * declares stay pinned (see codegen.h).  Hidden loop state (range index,
 * length, iterator) is pinned too, so a body can never reuse its slots.
 */
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "escape.h"   /* esc_node_string: site texts as -m spells them */

static void pin(FnGen *f) { f->floor = f->top; }

static Branch *push_branch(FnGen *f, Node *stmt) {
    Branch *b = xcalloc(1, sizeof *b);
    b->stmt = stmt;
    VEC_PUSH(f->branches, b);
    return b;
}

static void pop_branch(FnGen *f, Branch *b, int cont_target, int end) {
    for (int i = 0; i < b->breaks.len; i++) patch_jump(f, b->breaks.items[i], end);
    for (int i = 0; i < b->continues.len; i++)
        patch_jump(f, b->continues.items[i], cont_target);
    VEC_FREE(b->breaks);
    VEC_FREE(b->continues);
    f->branches.len--;
    free(b);
}

static void patch_all(FnGen *f, IntVec *v, int target) {
    for (int i = 0; i < v->len; i++) patch_jump(f, v->items[i], target);
    VEC_FREE(*v);
}

/* ---- declarations and assignments ---- */

static bool declares(Node *id) {
    return id->kind == N_IDENT && id->sym && id->sym->kind == SYM_VAR &&
           id->sym->decl == id && strcmp(id->name, "_");
}

/* stores the value at src (of type t) into lhs node, declaring it when new */
static void assign_to(FnGen *f, Node *lhs, Type *t, int src, bool define) {
    if (define && declares(lhs)) {
        src = cg_assign_conv(f, t, lhs->sym->type, src, NULL, lhs->pos);
        var_declare(f, lhs->sym, lhs->pos);
        LV lv = var_lvalue(f, lhs->sym);
        lv_store(f, &lv, src);
        return;
    }
    LV lv = gen_lvalue(f, lhs);
    lv_store(f, &lv, cg_assign_conv(f, t, lv.t, src, NULL, lhs->pos));
}

/* The registers an lvalue's store will use (pointer, map and key, slice
 * and index) copied to fresh ones, so that storing to a register variable
 * earlier in the same assignment cannot redirect it: in `p, *p = f()` or
 * `i, m[i] = 1, 2` Go uses the operands as evaluated before any store. */
static void freeze_lvalue(FnGen *f, LV *lv) {
    int n = lv->kind == LV_ELEM ? 2 : lv->kind == LV_MEM || lv->kind == LV_MAP ? 1 : 0;
    if (!n) return;
    int r = alloc_regs(f, n);
    emit(f, n == 1 ? OP_MOV : OP_MOVN, r, lv->reg, n, 0);
    lv->reg = r;
    int nk = lv->kind == LV_ELEM ? 1 : lv->kind == LV_MAP ? nslots(lv->mt->key) : 0;
    if (!nk) return;
    int k = alloc_regs(f, nk);
    emit(f, nk == 1 ? OP_MOV : OP_MOVN, k, lv->key, nk, 0);
    lv->key = k;
}

/* multi-value right side: a call, or a comma-ok form.  Operands of the
 * left side are evaluated first (`m[f()], *g() = h()` calls f, g, h). */
static void gen_assign_tuple(FnGen *f, List *lhs, Node *rhs, bool define) {
    Node *r = unparen(rhs), *conv = NULL;
    if (r->kind == N_CONVIFACE) conv = r, r = unparen(r->x);  /* v, ok into an interface */
    int base;
    Type *tt = r->type;
    int n_l = lhs->len;
    LV *lvs = xcalloc((size_t)n_l, sizeof(LV));
    bool reg_target = false;
    /* gc assigns the results to temporaries first, then the temporaries
     * to the left side (order.go, as2func and as2ok): the left side's
     * indexes and pointers are read, and checked, after the call (its
     * calls ran before, see hoist_stmt) */
    if (r->kind == N_CALL) {
        base = gen_call(f, r, -1);
    } else {
        base = gen_expr(f, r, -1);  /* value then ok */
    }
    int slots = 0;
    for (int i = 0; i < n_l; i++)
        slots += tt && tt->kind == TY_TUPLE ? nslots(tt->fields[i].type) : i == 0 ? nslots(tt) : 1;
    if (f->top < base + slots) alloc_regs(f, base + slots - f->top);
    for (int i = 0; i < n_l; i++) {
        Node *l = lhs->items[i];
        lvs[i].kind = LV_BLANK;
        if ((l->kind == N_IDENT && !strcmp(l->name, "_")) || (define && declares(l)))
            continue;
        lvs[i] = gen_store_lvalue(f, l);
        reg_target |= lvs[i].kind == LV_REG;
    }
    for (int i = 0; i < n_l && reg_target; i++) freeze_lvalue(f, &lvs[i]);
    int at = base;
    for (int i = 0; i < n_l; i++) {
        Type *et;
        if (tt && tt->kind == TY_TUPLE) et = tt->fields[i].type;
        else et = i == 0 ? tt : types_basic(f->g->c, TY_BOOL);
        Node *l = lhs->items[i];
        int v = at;
        if (i == 0 && conv) v = cg_assign_conv(f, et, conv->type, at, conv, conv->pos);
        Type *vt = v != at ? conv->type : et;
        /* ok values of comma-ok forms are untyped bool in Go: convert */
        if (define && declares(l)) assign_to(f, l, vt, v, define);
        else if (lvs[i].kind != LV_BLANK)
            lv_store(f, &lvs[i], cg_assign_conv(f, vt, lvs[i].t, v, NULL, l->pos));
        at += nslots(et);
    }
    free(lvs);
}

/* Can `x = r` compute r straight into x's register?  Only where codegen
 * reads every operand before it writes the destination, in one final
 * instruction (then truncation): arithmetic, comparisons, negation, the
 * one-slot load of an element or a field.  Not && and || (the left value
 * lands in the destination before the right is evaluated), nor
 * composites, calls or conversions. */
static bool computes_in_place(Node *r) {
    r = unparen(r);
    if (r->cval || !r->type || r->type->kind == TY_STRING) return false;
    if ((r->kind == N_INDEX || (r->kind == N_SELECTOR && r->aux == AUX_SEL_FIELD)) &&
        nslots(r->type) == 1 && !(r->flags & NF_COMMA_OK))
        return true;
    if (r->kind == N_BINARY) return r->op != T_LAND && r->op != T_LOR;
    if (r->kind == N_UNARY)
        return r->op == T_SUB || r->op == T_XOR || r->op == T_NOT;
    return false;
}

/* May evaluating e read the variable s?  Conservative: true for anything
 * but operators over constants and identifiers. */
static bool may_read(Node *e, Symbol *s) {
    e = unparen(e);
    if (e->cval) return false;
    switch (e->kind) {
    case N_IDENT: return e->sym == s;
    case N_UNARY: return e->op == T_AND || e->op == T_ARROW || may_read(e->x, s);
    case N_BINARY: return may_read(e->x, s) || may_read(e->y, s);
    default: return true;
    }
}

/* a, b = x, y where a, b are distinct one-slot register variables: each
 * value goes straight into its variable unless a later value still reads
 * that variable (then through a temporary, stored after all are
 * evaluated).  `zr, zi = tr, ti` is two moves, `i, j = i+1, j-1` two adds.
 * Returns false (nothing emitted) when the statement is not of this form. */
static bool gen_assign_regs(FnGen *f, Node *n) {
    int n_l = n->list.len;
    if (n_l > 8 || n->list2.len != n_l) return false;
    LV lvs[8];
    for (int i = 0; i < n_l; i++) {
        Node *l = unparen(n->list.items[i]);
        Node *r = unparen(n->list2.items[i]);
        if (l->kind != N_IDENT || !l->sym || l->sym->kind != SYM_VAR || !strcmp(l->name, "_"))
            return false;
        if (r->kind != N_IDENT && !r->cval && !computes_in_place(r)) return false;
        for (int j = 0; j < i; j++)
            if (unparen(n->list.items[j])->sym == l->sym) return false;
        lvs[i] = var_lvalue(f, l->sym);
        if (lvs[i].kind != LV_REG || nslots(lvs[i].t) != 1) return false;
    }
    int tmp[8];
    for (int i = 0; i < n_l; i++) {
        Symbol *s = unparen(n->list.items[i])->sym;
        bool later_reads = false;
        for (int j = i + 1; j < n_l; j++) later_reads |= may_read(n->list2.items[j], s);
        tmp[i] = later_reads ? alloc_regs(f, 1) : lvs[i].reg;
        gen_expr_to(f, n->list2.items[i], tmp[i]);
    }
    for (int i = 0; i < n_l; i++)
        if (tmp[i] != lvs[i].reg) move_value(f, lvs[i].t, lvs[i].reg, tmp[i]);
    return true;
}

/* a register variable named by e (NULL if e is not one) */
static Symbol *reg_var(FnGen *f, Node *e) {
    e = unparen(e);
    if (e->kind != N_IDENT || !e->sym || e->sym->kind != SYM_VAR) return NULL;
    LV lv = var_lvalue(f, e->sym);
    return lv.kind == LV_REG ? e->sym : NULL;
}

/* s[i], s[j] = s[j], s[i] with s, i, j register variables: one SWAPX
 * (which also checks i before j, as Go does).  Returns false (nothing
 * emitted) otherwise. */
static bool gen_swap(FnGen *f, Node *n) {
    if (n->list.len != 2 || n->list2.len != 2) return false;
    Node *l0 = unparen(n->list.items[0]), *l1 = unparen(n->list.items[1]);
    Node *r0 = unparen(n->list2.items[0]), *r1 = unparen(n->list2.items[1]);
    Node *ix[4] = {l0, l1, r0, r1};
    for (int k = 0; k < 4; k++)
        if (ix[k]->kind != N_INDEX || !ix[k]->x->type || ix[k]->x->type->kind != TY_SLICE)
            return false;
    Symbol *s = reg_var(f, l0->x), *i = reg_var(f, l0->y), *j = reg_var(f, l1->y);
    if (!s || !i || !j || reg_var(f, l1->x) != s || reg_var(f, r0->x) != s ||
        reg_var(f, r1->x) != s || reg_var(f, r0->y) != j || reg_var(f, r1->y) != i ||
        !type_is_integer(l0->y->type) || !type_is_integer(l1->y->type) ||
        s->type->kind != TY_SLICE || s->type->elem->size > INT32_MAX)
        return false;
    int sr = gen_expr(f, l0->x, -1), ir = gen_expr(f, l0->y, -1), jr = gen_expr(f, l1->y, -1);
    emit(f, OP_SWAPX, sr, ir, jr, (int)s->type->elem->size);
    return true;
}

/* Can hashing a key of this type panic (an interface inside)? */
static bool key_may_panic(Type *t) {
    if (t->kind == TY_INTERFACE) return true;
    if (t->kind == TY_ARRAY) return key_may_panic(t->elem);
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (key_may_panic(t->fields[i].type)) return true;
    return false;
}

/* m[k] op= v and m[k]++ as one map operation: MAPREF finds or inserts
 * the entry and the value is updated in place.  Only where the operation
 * cannot panic (no integer division or shift) and hashing the key cannot
 * either, so inserting before computing is not observable.  Go evaluates
 * v before reading m[k] (calls first), which this order also does. */
static bool map_update_fusable(LV *lv, Tok op, Type *t) {
    if (lv->kind != LV_MAP || key_may_panic(lv->mt->key)) return false;
    switch (op) {
    case T_ADD: return type_is_numeric(t) || t->kind == TY_STRING;
    case T_SUB: case T_MUL: return type_is_numeric(t);
    case T_QUO: return t->kind == TY_FLOAT64 || t->kind == TY_FLOAT32;
    case T_AND: case T_OR: case T_XOR: case T_AND_NOT: return type_is_integer(t);
    default: return false;
    }
}

/* the value slot of m[k] (inserted if absent) as a memory lvalue */
static LV map_ref(FnGen *f, LV *lv) {
    int p = alloc_regs(f, 1);
    emit(f, OP_MAPREF, p, lv->reg, lv->key, type_index(f->g, lv->mt));
    return (LV){LV_MEM, p, 0, lv->t, 0, NULL};
}


/* Does [lo, lo+n) overlap [lo2, lo2+n2)? */
static bool regs_overlap(int lo, int n, int lo2, int n2) {
    return lo < lo2 + n2 && lo2 < lo + n;
}

/* x.f = append(x.f, v) and x.f = append(x.f, s...), the slice header in
 * memory (a Builder's buffer, a stack kept in a struct): codegen has just
 * emitted  LDN v, p, off, 24;  register-only moves of the arguments;
 * APPEND v, vals, 1 or APPENDSL v, src  and is about to store v back to
 * p+off.  Those become the moves and one APPENDM/APPENDSLM that updates
 * the header where it lies.  Loading x.f after the moves instead of
 * before is not observable: they only copy registers, none of them p or
 * the header's.  Returns false (nothing changed) for any other shape. */
static bool fuse_append_store(FnGen *f, LV *lv, int v) {
    int n = f->code.len;
    if (lv->kind != LV_MEM || lv->t->kind != TY_SLICE || n < 2 ||
        lv->off < 0 || lv->off > INT32_MAX)
        return false;
    Instr ap = f->code.items[n - 1];
    int srcn;
    if (ap.op == OP_APPENDSL) srcn = 2;
    else if (ap.op == OP_APPEND && ap.c == 1) srcn = (int)nslots(lv->t->elem);
    else return false;
    if (ap.a != v || regs_overlap(ap.b, srcn, v, 3)) return false;
    int i = n - 2;
    for (; i >= 0; i--) {
        Instr *in = &f->code.items[i];
        int dn, sn;  /* registers written at a, read at b */
        switch (in->op) {
        case OP_MOV: dn = 1, sn = 1; break;
        case OP_MOV2:  /* two MOVs: check the second here, the first below */
            if (regs_overlap(in->c, 1, lv->reg, 1) || regs_overlap(in->c, 1, v, 3) ||
                regs_overlap(in->d, 1, v, 3))
                return false;
            dn = 1, sn = 1;
            break;
        case OP_MOVN: dn = in->c, sn = in->c; break;
        case OP_LOADI: case OP_LOADK: dn = 1, sn = 0; break;
        case OP_LOADSTR: dn = 2, sn = 0; break;
        default: dn = -1, sn = 0; break;
        }
        if (dn < 0) break;
        if (regs_overlap(in->a, dn, lv->reg, 1) || regs_overlap(in->a, dn, v, 3) ||
            (sn && regs_overlap(in->b, sn, v, 3)))
            return false;
    }
    if (i < 0) return false;
    Instr ld = f->code.items[i];
    if (ld.op != OP_LDN || ld.a != v || ld.b != lv->reg || ld.c != (int)lv->off ||
        ld.d != 24)
        return false;
    for (int k = i + 1; k < n - 1; k++) {  /* the moves move up over the LDN */
        f->code.items[k - 1] = f->code.items[k];
        f->lines.items[k - 1] = f->lines.items[k];
    }
    f->code.items[n - 2] = (Instr){(uint16_t)(ap.op == OP_APPENDSL ? OP_APPENDSLM : OP_APPENDM),
                                   0, lv->reg, ap.b, (int)lv->off, ap.d, 0, NULL};
    f->lines.items[n - 2] = f->lines.items[n - 1];
    f->code.len = n - 1;
    f->lines.len = n - 1;
    return true;
}

static void gen_assign(FnGen *f, Node *n) {
    bool define = n->op == T_DEFINE;
    if (n->op != T_ASSIGN && n->op != T_DEFINE) {
        /* x op= y */
        Node *l = n->list.items[0], *r = n->list2.items[0];
        LV lv = gen_store_lvalue(f, l);
        Type *t = l->type;
        Tok op = (Tok)(T_ADD + (n->op - T_ADD_ASSIGN));
        if (lv.kind == LV_REG && t->kind != TY_STRING) {
            /* a register variable: computed in place (nothing evaluated
             * on the right can change it: it is not captured by
             * reference and its address is not taken) */
            if (cg_arith_k(f, op, t, lv.reg, lv.reg, r)) return;
            Node *prod = t->kind == TY_FLOAT64 && (op == T_ADD || op == T_SUB)
                             ? cg_float_product(r) : NULL;
            if (prod) {  /* s += x*y: one instruction, two roundings */
                int a = gen_expr(f, prod->x, -1);
                int b = gen_expr(f, prod->y, -1);
                emit(f, op == T_ADD ? OP_MULADDF : OP_MULRSUBF, lv.reg, a, b, lv.reg);
                return;
            }
            int v = gen_expr(f, r, -1);
            cg_arith(f, op, t, r->type, lv.reg, lv.reg, v);
            return;
        }
        if (map_update_fusable(&lv, op, t)) {
            int v = gen_expr(f, r, -1);
            LV mem = map_ref(f, &lv);
            int cur = alloc_regs(f, nslots(t));
            lv_load(f, &mem, cur);
            if (t->kind == TY_STRING)
                emit(f, OP_CONCAT, cur, cur, v, fn_site(f, n, SITE_CONCAT, NULL, NULL, -1));
            else
                cg_arith(f, op, t, r->type, cur, cur, v);
            lv_store(f, &mem, cur);
            return;
        }
        Opcode upd = cg_mem_update_form(op, t);
        if (upd != OP_NOP && lv.kind == LV_MEM && lv.off <= INT32_MAX && cg_pure_operand(r)) {
            /* p.f op= v: read, operate and write in one instruction, after
             * v (which cannot change p.f, and whose only possible panic is
             * a nil dereference like the read's own) */
            int v = gen_expr(f, r, -1);
            emit(f, upd, lv.reg, (int)lv.off, v, 0);
            return;
        }
        /* the calls on the right were made first (hoist_stmt) */
        int cur = alloc_regs(f, nslots(t));
        lv_load(f, &lv, cur);
        int v = gen_expr(f, r, -1);
        if (t->kind == TY_STRING) {
            int site = fn_site(f, n, SITE_CONCAT, NULL, NULL, -1);
            emit(f, OP_CONCAT, cur, cur, v, site);
        } else {
            cg_arith(f, op, t, r->type, cur, cur, v);
        }
        lv_store(f, &lv, cur);
        return;
    }
    if (n->list2.len == 1 && n->list.len > 1) {
        gen_assign_tuple(f, &n->list, n->list2.items[0], define);
        return;
    }
    if (n->list.len == 1) {
        Node *l = n->list.items[0], *r = n->list2.items[0];
        if (l->kind == N_IDENT && !strcmp(l->name, "_")) {
            gen_expr(f, r, -1);
            return;
        }
        if (define && declares(l)) {
            Symbol *s = l->sym;
            var_declare(f, s, l->pos);
            LV lv = var_lvalue(f, s);
            if (lv.kind == LV_REG) {
                if (!cg_new_composite_to(f, r, lv.reg)) gen_expr_to(f, r, lv.reg);
            } else {
                lv_store(f, &lv, gen_expr(f, r, -1));
            }
            return;
        }
        LV lv = gen_store_lvalue(f, l);
        if (lv.kind == LV_REG && computes_in_place(r)) {
            gen_expr_to(f, r, lv.reg);  /* no temporary and MOV */
            return;
        }
        if (lv_store_const(f, &lv, unparen(r))) return;
        int v = gen_expr(f, r, -1);
        if (fuse_append_store(f, &lv, v)) return;
        lv_store(f, &lv, v);
        return;
    }
    if (!define && (gen_assign_regs(f, n) || gen_swap(f, n))) return;
    /* parallel assignment: lvalues, then values into fresh temporaries,
     * then the stores */
    int n_l = n->list.len;
    LV *lvs = xcalloc((size_t)n_l, sizeof(LV));
    int *vals = xcalloc((size_t)n_l, sizeof(int));
    for (int i = 0; i < n_l; i++) {
        Node *l = n->list.items[i];
        if (define && declares(l)) lvs[i].kind = LV_BLANK, lvs[i].key = -2;
        else lvs[i] = gen_store_lvalue(f, l);
    }
    /* a register variable stored first must not move a later s[i]: its
     * slice and index are read now (Go evaluates them before assigning) */
    bool reg_target = false;
    for (int i = 0; i < n_l; i++) reg_target |= lvs[i].kind == LV_REG;
    for (int i = 0; i < n_l && reg_target; i++) freeze_lvalue(f, &lvs[i]);
    for (int i = 0; i < n_l; i++) {
        Node *r = n->list2.items[i];
        vals[i] = alloc_regs(f, nslots(r->type));
        gen_expr_to(f, r, vals[i]);
    }
    for (int i = 0; i < n_l; i++) {
        Node *l = n->list.items[i];
        if (lvs[i].key == -2) {
            var_declare(f, l->sym, l->pos);
            LV lv = var_lvalue(f, l->sym);
            lv_store(f, &lv, vals[i]);
        } else {
            lv_store(f, &lvs[i], vals[i]);
        }
    }
    free(lvs);
    free(vals);
}

static void gen_incdec(FnGen *f, Node *n) {
    Node *l = n->x;
    Type *t = l->type;
    LV lv = gen_store_lvalue(f, l);
    if (type_is_integer(t) && lv.kind == LV_REG) {
        cg_addk(f, t, lv.reg, n->op == T_INC ? 1 : -1);
        return;
    }
    if (type_is_integer(t) && t->size == 8 && map_update_fusable(&lv, T_ADD, t)) {
        /* m[k]++ on a word: one instruction (no truncation to redo) */
        emit(f, OP_MAPADDK, lv.reg, lv.key, n->op == T_INC ? 1 : -1,
             type_index(f->g, lv.mt));
        return;
    }
    if (type_is_integer(t) && map_update_fusable(&lv, T_ADD, t)) lv = map_ref(f, &lv);
    int cur = alloc_regs(f, 1);
    lv_load(f, &lv, cur);
    if (type_is_integer(t)) {
        cg_addk(f, t, cur, n->op == T_INC ? 1 : -1);
        lv_store(f, &lv, cur);
        return;
    }
    int one = alloc_regs(f, 1);
    if (t->kind == TY_FLOAT64) {
        double d = 1.0;
        uint64_t bits;
        memcpy(&bits, &d, 8);
        emit(f, OP_LOADK, one, const_index(f->g, bits), 0, 0);
    } else if (t->kind == TY_FLOAT32) {
        float d = 1.0f;
        uint32_t bits;
        memcpy(&bits, &d, 4);
        emit(f, OP_LOADK, one, const_index(f->g, bits), 0, 0);
    } else {
        emit(f, OP_LOADI, one, 1, 0, 0);
    }
    cg_arith(f, n->op == T_INC ? T_ADD : T_SUB, t, t, cur, cur, one);
    lv_store(f, &lv, cur);
}

static void gen_varspec(FnGen *f, Node *spec) {
    if (spec->list2.len == 0) {
        for (int i = 0; i < spec->list.len; i++) {
            Node *id = spec->list.items[i];
            if (!declares(id)) continue;
            var_declare(f, id->sym, id->pos);
            var_init_zero(f, id->sym);
        }
        return;
    }
    if (spec->list2.len == 1 && spec->list.len > 1) {
        cg_hoist(f, spec->list2.items[0], false);
        gen_assign_tuple(f, &spec->list, spec->list2.items[0], true);
        return;
    }
    int n = spec->list.len;
    int *vals = xcalloc((size_t)n, sizeof(int));
    for (int i = 0; i < n; i++) {  /* Go declares them one by one */
        cg_hoist(f, spec->list2.items[i], false);
        vals[i] = gen_expr(f, spec->list2.items[i], -1);
    }
    for (int i = 0; i < n; i++) {
        Node *id = spec->list.items[i];
        if (!declares(id)) continue;
        var_declare(f, id->sym, id->pos);
        LV lv = var_lvalue(f, id->sym);
        lv_store(f, &lv, vals[i]);
    }
    free(vals);
}

/* ---- return and defer ---- */

static void gen_return(FnGen *f, Node *n) {
    FuncInfo *fi = f->fi;
    int nres = 0;
    for (int i = 0; i < fi->results.len; i++) nres += nslots(fi->results.items[i]->type);
    if (n->list.len == 0) {
        if (f->has_defer) {
            VEC_PUSH(f->ret_patches, emit(f, OP_JMP, 0, 0, 0, 0));
            return;
        }
        int base = alloc_regs(f, nres ? nres : 1), at = base;
        for (int i = 0; i < fi->results.len; i++) {
            LV lv = var_lvalue(f, fi->results.items[i]);
            lv_load(f, &lv, at);
            at += nslots(fi->results.items[i]->type);
        }
        emit(f, OP_RET, base, nres, 0, 0);
        return;
    }
    int base;
    if (n->list.len == 1 && fi->results.len > 1) {
        base = gen_call(f, n->list.items[0], -1);
        Type *tt = n->list.items[0]->type;
        bool convert = false;
        for (int i = 0; i < fi->results.len && tt->kind == TY_TUPLE; i++)
            convert |= type_is_interface(fi->results.items[i]->type) &&
                       !type_is_interface(tt->fields[i].type);
        if (convert) {
            /* `return f()` into interface results: convert each value */
            int src = base, dst = alloc_regs(f, nres);
            for (int i = 0, at = dst; i < fi->results.len; i++) {
                Type *rt = fi->results.items[i]->type, *vt = tt->fields[i].type;
                int v = cg_assign_conv(f, vt, rt, src, NULL, n->pos);
                move_value(f, rt, at, v);
                src += nslots(vt), at += nslots(rt);
            }
            base = dst;
        }
    } else if (n->list.len == 1 && !f->has_defer) {
        /* one result: returned from wherever it is (a variable's own
         * register, a call's window), no copy into a fresh window */
        base = gen_expr(f, n->list.items[0], -1);
    } else {
        base = alloc_regs(f, nres ? nres : 1);
        int at = base;
        for (int i = 0; i < n->list.len; i++) {
            gen_expr_to(f, n->list.items[i], at);
            at += nslots(fi->results.items[i]->type);
        }
    }
    if (f->has_defer) {
        int at = base;
        for (int i = 0; i < fi->results.len; i++) {
            LV lv = var_lvalue(f, fi->results.items[i]);
            lv_store(f, &lv, at);
            at += nslots(fi->results.items[i]->type);
        }
        VEC_PUSH(f->ret_patches, emit(f, OP_JMP, 0, 0, 0, 0));
        return;
    }
    emit(f, OP_RET, base, nres, 0, 0);
}

/* defer print(...)/println/panic/delete: the arguments are evaluated now
 * and passed to a generated function that performs the builtin */
static void defer_builtin(FnGen *f, Node *n, Node *call) {
    Gen *g = f->g;
    Builtin b = call->builtin;
    if (call->aux != AUX_CALL_BUILTIN ||
        (b != BI_PRINT && b != BI_PRINTLN && b != BI_PANIC && b != BI_DELETE &&
         b != BI_RECOVER && b != BI_CLOSE && b != BI_COPY) ||
        (b == BI_COPY && call->list.len != 2)) {
        cg_error(f, n->pos, "defer of this builtin is not yet supported");
        return;
    }
    int total = 0;
    for (int i = 0; i < call->list.len; i++) total += nslots(call->list.items[i]->type);
    int base = alloc_regs(f, total ? total : 1), at = base;
    for (int i = 0; i < call->list.len; i++) {  /* each a statement of its own */
        int mark = cg_hoist_mark(f);
        cg_hoist(f, call->list.items[i], false);
        gen_expr_to(f, call->list.items[i], at);
        cg_hoist_drop(f, mark);
        at += nslots(call->list.items[i]->type);
    }
    int idx = cg_new_function(g, arena_printf(&g->c->arena, "%s.deferwrap", g->funcs.items[f->index].name),
                              g->funcs.items[f->index].file, n->pos.line);
    g->funcs.items[idx].is_wrapper = true;
    FnGen w;
    memset(&w, 0, sizeof w);
    w.g = g, w.fi = f->fi, w.index = idx, w.ctx = -1, w.fallthrough_patch = -1;
    w.line = n->pos.line;
    alloc_regs(&w, total ? total : 1);
    at = 0;
    for (int i = 0; i < call->list.len; i++) {
        Type *t = call->list.items[i]->type;
        if (b == BI_PRINT || b == BI_PRINTLN) {
            if (b == BI_PRINTLN && i) emit(&w, OP_PRINT, 0, PRINT_SPACE, 0, 0);
            emit(&w, OP_PRINT, at, type_index(g, t), 0, 0);
        }
        at += nslots(t);
    }
    if (b == BI_PRINTLN) emit(&w, OP_PRINT, 0, PRINT_NEWLINE, 0, 0);
    if (b == BI_PANIC) emit(&w, OP_PANIC, 0, 0, 0, 0);
    if (b == BI_DELETE) emit(&w, OP_MAPDEL, 0, 1, 0, 0);
    if (b == BI_CLOSE) emit(&w, OP_CLOSE, 0, 0, 0, 0);
    if (b == BI_COPY) {  /* dst slice at 0, src slice or string at 3 */
        int r = alloc_regs(&w, 1);
        emit(&w, OP_COPY, r, 0, 3, (int)call->list.items[0]->type->elem->size);
    }
    emit(&w, OP_RET, 0, 0, 0, 0);
    cg_finish_function(&w, total, 0);
    int fr = alloc_regs(f, 1);
    emit(f, OP_LOADI, fr, idx, 0, 0);
    emit(f, OP_DEFERFN, fr, base, total, 0);
}

/* go f(args): the call is compiled as usual, then its CALL turned into a
 * goroutine start.  The start names a site of kind SITE_GO (the `go`
 * keyword's position, text "go f(args)"), so the tracer's goroutine events
 * say which statement created them; it allocates nothing. */
static void gen_go(FnGen *f, Node *n) {
    Node *call = unparen(n->x);
    if (call->aux == AUX_CALL_BUILTIN || call->aux == AUX_CALL_CONV) {
        cg_error(f, n->pos, "go of a builtin call is not yet supported");
        return;
    }
    f->call_parts_stmts = true;
    gen_call(f, call, -1);
    f->line = n->pos.line;   /* Go's "created by" names the go statement's line */
    Compiler *cc = f->g->c;
    const char *text = arena_printf(&cc->arena, "go %s", esc_node_string(cc, call));
    int site = site_new(cc, NULL, SITE_GO, text, NULL, f->fi);
    cc->sites.items[site].pos = n->pos;
    Instr *in = &f->code.items[f->code.len - 1];
    int a = in->a, b = in->b, c = in->c, d = in->d;
    switch (in->op) {
    case OP_CALL: {
        f->code.len--, f->lines.len--;
        int fr = alloc_regs(f, 1);
        emit(f, OP_LOADI, fr, a, 0, 0);
        emit(f, OP_GOFN, fr, b, c, site);
        break;
    }
    case OP_CALLCL:
        f->code.len--, f->lines.len--;
        emit(f, OP_GOCL, a, b, c, site);
        break;
    case OP_CALLNATIVE: {
        f->code.len--, f->lines.len--;
        int fr = alloc_regs(f, 1);
        emit(f, OP_LOADI, fr, f->g->native_stub.items[a], 0, 0);
        emit(f, OP_GOFN, fr, b, c, site);
        break;
    }
    case OP_CALLIFACE: {
        f->code.len--, f->lines.len--;
        int fr = alloc_regs(f, 1);
        emit(f, OP_IMETHOD, fr, a, d, 0);
        emit(f, OP_MOV, b, a + 1, 0, 0);
        emit(f, OP_GOFN, fr, b, c, site);
        break;
    }
    default:
        cg_error(f, n->pos, "internal error: go of this call");
    }
}

static void gen_send(FnGen *f, Node *n) {
    int c = gen_expr(f, n->x, -1);
    int v = gen_expr(f, n->y, -1);
    emit(f, OP_SEND, c, v, 0, 0);
}

/* select: every channel and send value evaluated in source order, a case
 * table of 3 slots per case, SELECT, then a jump to the chosen body */
static void gen_select(FnGen *f, Node *n) {
    int nc = n->list.len;
    int ncomm = 0;
    bool has_default = false;
    for (int i = 0; i < nc; i++) {
        if (n->list.items[i]->x) ncomm++;
        else has_default = true;
    }
    int *case_of = xcalloc((size_t)nc + 1, sizeof(int));
    int *dst_of = xcalloc((size_t)nc + 1, sizeof(int));
    int tbl = alloc_regs(f, 3 * (ncomm ? ncomm : 1));
    int res = alloc_regs(f, 2);
    int k = 0;
    for (int i = 0; i < nc; i++) {
        Node *cc = n->list.items[i];
        case_of[i] = -1;
        if (!cc->x) continue;
        Node *comm = cc->x;
        case_of[i] = k;
        if (comm->kind == N_SEND) {
            int c = gen_expr(f, comm->x, -1);
            int v = alloc_regs(f, nslots(comm->y->type));
            gen_expr_to(f, comm->y, v);
            emit(f, OP_LOADI, tbl + 3 * k, 0, 0, 0);
            emit(f, OP_MOV, tbl + 3 * k + 1, c, 0, 0);
            emit(f, OP_LOADI, tbl + 3 * k + 2, v, 0, 0);
        } else {
            Node *rx = comm->kind == N_EXPRSTMT ? comm->x : comm->list2.items[0];
            rx = unparen(rx);
            if (rx->kind == N_CONVIFACE) rx = unparen(rx->x);  /* into an interface */
            Type *ct = rx->x->type;
            int c = gen_expr(f, rx->x, -1);
            int d = alloc_regs(f, nslots(ct->elem) + 1);
            dst_of[i] = d;
            emit(f, OP_LOADI, tbl + 3 * k, 1, 0, 0);
            emit(f, OP_MOV, tbl + 3 * k + 1, c, 0, 0);
            emit(f, OP_LOADI, tbl + 3 * k + 2, d, 0, 0);
        }
        k++;
    }
    pin(f);
    emit(f, OP_SELECT, tbl, ncomm, has_default, res);
    Branch *b = push_branch(f, n);
    IntVec *tests = xcalloc((size_t)nc + 1, sizeof(IntVec));
    int kreg = alloc_regs(f, 1);
    pin(f);
    int deflt = -1;
    for (int i = 0; i < nc; i++) {
        if (case_of[i] < 0) {
            deflt = i;
            continue;
        }
        emit(f, OP_LOADI, kreg, case_of[i], 0, 0);
        VEC_PUSH(tests[i], emit(f, OP_JEQ, res, kreg, 0, 0));
    }
    int jdef = emit(f, OP_JMP, 0, 0, 0, 0);
    IntVec ends = {0};
    int def_start = -1;
    for (int i = 0; i < nc; i++) {
        Node *cc = n->list.items[i];
        int start = here(f);
        if (i == deflt) def_start = start;
        patch_all(f, &tests[i], start);
        Node *comm = cc->x;
        if (comm && comm->kind == N_ASSIGN) {
            Node *rx = unparen(comm->list2.items[0]);
            if (rx->kind == N_CONVIFACE) rx = unparen(rx->x);  /* into an interface */
            Type *et = rx->x->type->elem;
            int d = dst_of[i];
            assign_to(f, comm->list.items[0], et, d, comm->op == T_DEFINE);
            if (comm->list.len > 1) {
                Node *okn = comm->list.items[1];
                if (!(okn->kind == N_IDENT && !strcmp(okn->name, "_")))
                    assign_to(f, okn, types_basic(f->g->c, TY_BOOL), res + 1, comm->op == T_DEFINE);
            }
        }
        gen_stmts(f, &cc->list);
        VEC_PUSH(ends, emit(f, OP_JMP, 0, 0, 0, 0));
    }
    int end = here(f);
    patch_jump(f, jdef, def_start >= 0 ? def_start : end);
    patch_all(f, &ends, end);
    pop_branch(f, b, end, end);
    free(tests);
    free(case_of);
    free(dst_of);
}

static void gen_defer(FnGen *f, Node *n) {
    Node *call = unparen(n->x);
    if (call->aux == AUX_CALL_BUILTIN || call->aux == AUX_CALL_CONV) {
        defer_builtin(f, n, call);
        return;
    }
    /* evaluate the function value and the arguments now, as a call would;
     * the last instruction emitted is the call: turn it into a defer */
    f->call_parts_stmts = true;
    gen_call(f, call, -1);
    Instr *in = &f->code.items[f->code.len - 1];
    switch (in->op) {
    case OP_CALL: {
        int fr = alloc_regs(f, 1);
        int fi = in->a, b = in->b, c = in->c;
        f->code.len--, f->lines.len--;
        emit(f, OP_LOADI, fr, fi, 0, 0);
        emit(f, OP_DEFERFN, fr, b, c, 0);
        break;
    }
    case OP_CALLCL: {
        int a = in->a, b = in->b, c = in->c;
        f->code.len--, f->lines.len--;
        emit(f, OP_DEFERCL, a, b, c, 0);
        break;
    }
    case OP_CALLNATIVE: {
        int a = in->a, b = in->b, c = in->c, d = in->d;
        f->code.len--, f->lines.len--;
        emit(f, OP_DEFERNAT, a, b, c, d);
        break;
    }
    case OP_CALLIFACE: {
        int a = in->a, b = in->b, c = in->c, d = in->d;
        f->code.len--, f->lines.len--;
        int fr = alloc_regs(f, 1);
        emit(f, OP_IMETHOD, fr, a, d, 0);
        emit(f, OP_MOV, b, a + 1, 0, 0);
        emit(f, OP_DEFERFN, fr, b, c, 0);
        break;
    }
    default:
        cg_error(f, n->pos, "internal error: defer of this call");
    }
}

/* ---- control flow ---- */

static Branch *find_branch(FnGen *f, Node *target, bool want_loop) {
    for (int i = f->branches.len - 1; i >= 0; i--) {
        Branch *b = f->branches.items[i];
        if (target) {
            if (b->stmt == target) return b;
            continue;
        }
        if (!want_loop || b->stmt->kind == N_FOR || b->stmt->kind == N_RANGE) return b;
    }
    return NULL;
}

static Label *find_label(FnGen *f, const char *name) {
    for (int i = 0; i < f->labels.len; i++)
        if (!strcmp(f->labels.items[i].name, name)) return &f->labels.items[i];
    Label l = {name, -1, {0}};
    VEC_PUSH(f->labels, l);
    return &f->labels.items[f->labels.len - 1];
}

static Node *branch_target(Node *t) {
    if (t && t->kind == N_LABELED) return t->x;
    return t;
}

static void gen_branch(FnGen *f, Node *n) {
    switch (n->op) {
    case T_BREAK: case T_CONTINUE: {
        bool cont = n->op == T_CONTINUE;
        Branch *b = find_branch(f, branch_target(n->target), cont);
        if (!b && n->target) b = find_branch(f, NULL, cont);
        if (!b) {
            cg_error(f, n->pos, "internal error: branch without target");
            return;
        }
        int j = emit(f, OP_JMP, 0, 0, 0, 0);
        if (cont) VEC_PUSH(b->continues, j);
        else VEC_PUSH(b->breaks, j);
        return;
    }
    case T_GOTO: {
        Label *l = find_label(f, n->name);
        int j = emit(f, OP_JMP, l->pc >= 0 ? l->pc : 0, 0, 0, 0);
        if (l->pc < 0) VEC_PUSH(l->patches, j);
        return;
    }
    case T_FALLTHROUGH:
        f->fallthrough_patch = emit(f, OP_JMP, 0, 0, 0, 0);
        return;
    default: return;
    }
}

/* the loop or switch an `if c { break }` / `if c { continue }` leaves, so
 * that the condition jumps there directly; NULL for other ifs */
static Branch *if_branch_only(FnGen *f, Node *n, bool *cont) {
    if (n->w || !n->z || n->z->kind != N_BLOCK || n->z->list.len != 1) return NULL;
    Node *s = n->z->list.items[0];
    if (s->kind != N_BRANCH || (s->op != T_BREAK && s->op != T_CONTINUE)) return NULL;
    *cont = s->op == T_CONTINUE;
    Branch *b = find_branch(f, branch_target(s->target), *cont);
    if (!b && s->target) b = find_branch(f, NULL, *cont);
    return b;
}

static void gen_if(FnGen *f, Node *n) {
    if (n->x) gen_stmt(f, n->x);
    bool cont;
    Branch *b = if_branch_only(f, n, &cont);
    if (b) {
        gen_cond_jump(f, n->y, true, cont ? &b->continues : &b->breaks);
        return;
    }
    IntVec els = {0};
    gen_cond_jump(f, n->y, false, &els);
    gen_block(f, n->z);
    if (n->w) {
        int j = emit(f, OP_JMP, 0, 0, 0, 0);
        patch_all(f, &els, here(f));
        gen_stmt(f, n->w);
        patch_jump(f, j, here(f));
    } else {
        patch_all(f, &els, here(f));
    }
}

/* for init; cond; post { body } is laid out with the test at the bottom,
 * one jump per iteration instead of two:
 *       init; JMP test
 *   top:  body
 *   cont: post
 *   test: if cond goto top
 *   end:                                                                */
/* A loop bottom ending `x += step; if x < limit goto top` (the post
 * statement runs from cont to the test, a single branch at `test`) ends
 * with one fused instruction instead; the plain test stays after it,
 * reached only by the entry jump, and the fall-through exit jumps over
 * it.  The test may also read `limit < x` (ADDKJGT) or `limit <= x`. */
static void fuse_loop_bottom(FnGen *f, int cont, int entry, int test) {
    int at = test - 1;   /* the post statement's last instruction */
    if (entry < 0 || at < cont || here(f) != test + 1) return;
    Instr add = f->code.items[at], br = f->code.items[at + 1];
    if ((add.op != OP_ADD && add.op != OP_ADDK) || add.a != add.b) return;
    bool k = add.op == OP_ADDK;
    Opcode op;
    int limit = br.b;
    if (br.a == add.a) {
        switch (br.op) {
        case OP_JLT: op = k ? OP_ADDKJLT : OP_ADDJLT; break;
        case OP_JLE: op = k ? OP_ADDKJLE : OP_ADDJLE; break;
        case OP_JLTK: if (!k) return; op = OP_ADDKJLTK; break;
        case OP_JGEK: if (!k) return; op = OP_ADDKJGEK; break;
        default: return;
        }
    } else if (k && br.b == add.a && (br.op == OP_JLT || br.op == OP_JLE)) {
        op = br.op == OP_JLT ? OP_ADDKJGT : OP_ADDKJGE;
        limit = br.a;
    } else {
        return;
    }
    emit(f, OP_JMP, 0, 0, 0, 0);  /* a slot, with the test's line */
    f->code.items[at] = (Instr){(uint16_t)op, 0, add.a, add.c, limit, br.c, 0, NULL};
    f->code.items[at + 1] = (Instr){OP_JMP, 0, at + 3, 0, 0, 0, 0, NULL};
    f->code.items[at + 2] = br;
    patch_jump(f, entry, at + 2);
}

static void gen_for(FnGen *f, Node *n) {
    if (n->x) gen_stmt(f, n->x);
    pin(f);
    Branch *b = push_branch(f, n);
    int entry = n->y ? emit(f, OP_JMP, 0, 0, 0, 0) : -1;
    int top = here(f);
    gen_block(f, n->w);
    int cont = here(f);
    if (n->z) gen_stmt(f, n->z);
    if (n->y) {
        IntVec again = {0};
        int test = here(f);
        patch_jump(f, entry, test);
        gen_cond_jump(f, n->y, true, &again);
        patch_all(f, &again, top);
        fuse_loop_bottom(f, cont, entry, test);
    } else {
        emit(f, OP_JMP, top, 0, 0, 0);
    }
    int end = here(f);
    pop_branch(f, b, cont, end);
}

/* key/value targets of a range statement */
static void range_assign(FnGen *f, Node *n, int i, Type *t, int src) {
    if (i >= n->list.len) return;
    Node *l = n->list.items[i];
    if (!l || (l->kind == N_IDENT && !strcmp(l->name, "_"))) return;
    if (n->op == T_DEFINE && declares(l)) {
        LV lv = var_lvalue(f, l->sym);
        lv_store(f, &lv, src);
        return;
    }
    int saved = f->top;
    LV lv = gen_lvalue(f, l);
    lv_store(f, &lv, cg_assign_conv(f, t, lv.t, src, NULL, l->pos));
    release_regs(f, saved);
}

/* key and value of a range loop: `for i, x[i] = range s` assigns as
 * `i, x[i] = k, v` does, the index of x[i] evaluated before i changes */
static void range_assign2(FnGen *f, Node *n, Type *kt, int k, Type *vt, int v) {
    Node *l0 = n->list.len > 0 ? n->list.items[0] : NULL;
    Node *l1 = n->list.len > 1 ? n->list.items[1] : NULL;
    if (n->op == T_DEFINE || !l0 || !l1 || (l0->kind == N_IDENT && !strcmp(l0->name, "_")) ||
        (l1->kind == N_IDENT && !strcmp(l1->name, "_"))) {
        range_assign(f, n, 0, kt, k);
        range_assign(f, n, 1, vt, v);
        return;
    }
    int saved = f->top;
    LV lv0 = gen_store_lvalue(f, l0), lv1 = gen_store_lvalue(f, l1);
    if (lv0.kind == LV_REG) freeze_lvalue(f, &lv1);
    lv_store(f, &lv0, cg_assign_conv(f, kt, lv0.t, k, NULL, l0->pos));
    lv_store(f, &lv1, cg_assign_conv(f, vt, lv1.t, v, NULL, l1->pos));
    release_regs(f, saved);
}

static void range_declare(FnGen *f, Node *n) {
    if (n->op != T_DEFINE) return;
    for (int i = 0; i < n->list.len; i++) {
        Node *l = n->list.items[i];
        if (l && declares(l)) {
            var_declare(f, l->sym, l->pos);
            var_init_zero(f, l->sym);
        }
    }
}

static bool has_value_var(Node *n) {
    if (n->list.len < 2) return false;
    Node *l = n->list.items[1];
    return !(l->kind == N_IDENT && !strcmp(l->name, "_"));
}

static void gen_range(FnGen *f, Node *n) {
    Type *xt = n->x->type;
    Branch *b = push_branch(f, n);
    int top, cont, end;
    IntVec exits = {0};
    if (xt->kind == TY_MAP) {
        int m = gen_expr(f, n->x, -1);
        int it = alloc_regs(f, MAPITER_SLOTS);
        int k = alloc_regs(f, nslots(xt->key));
        int v = alloc_regs(f, nslots(xt->elem));
        emit(f, OP_MAPITER, it, m, type_index(f->g, xt), 0);
        pin(f);
        range_declare(f, n);
        top = here(f);
        VEC_PUSH(exits, emit(f, OP_MAPNEXT, it, k, has_value_var(n) ? v : -1, 0));
        range_assign2(f, n, xt->key, k, xt->elem, v);
        gen_block(f, n->w);
        cont = here(f);
        emit(f, OP_JMP, top, 0, 0, 0);
    } else if (xt->kind == TY_STRING) {
        int s = alloc_regs(f, 2);
        gen_expr_to(f, n->x, s);
        int i = alloc_regs(f, 1), next = alloc_regs(f, 1), r = alloc_regs(f, 2);
        emit(f, OP_LOADI, next, 0, 0, 0);
        pin(f);
        range_declare(f, n);
        top = here(f);
        emit(f, OP_MOV, i, next, 0, 0);
        VEC_PUSH(exits, emit(f, OP_JLE, s + 1, i, 0, 0));
        emit(f, OP_DECODERUNE, r, s, i, 0);
        emit(f, OP_MOV, next, r + 1, 0, 0);
        range_assign2(f, n, types_basic(f->g->c, TY_INT), i, types_basic(f->g->c, TY_INT32), r);
        gen_block(f, n->w);
        cont = here(f);
        emit(f, OP_JMP, top, 0, 0, 0);
    } else if (xt->kind == TY_CHAN) {
        int c = alloc_regs(f, 1);
        gen_expr_to(f, n->x, c);
        int v = alloc_regs(f, nslots(xt->elem) + 1);
        pin(f);
        range_declare(f, n);
        top = here(f);
        emit(f, OP_RECV, v, c, 1, 0);
        VEC_PUSH(exits, emit(f, OP_JF, v + nslots(xt->elem), 0, 0, 0));
        range_assign(f, n, 0, xt->elem, v);
        gen_block(f, n->w);
        cont = here(f);
        emit(f, OP_JMP, top, 0, 0, 0);
    } else {
        /* slices, arrays, pointers to arrays */
        int ptr = alloc_regs(f, 3);   /* ptr, len, (cap) */
        Type *et;
        bool value = has_value_var(n);
        if (xt->kind == TY_SLICE) {
            et = xt->elem;
            gen_expr_to(f, n->x, ptr);
        } else {
            Type *at = xt->kind == TY_POINTER ? xt->elem : xt;
            et = at->elem;
            if (xt->kind == TY_POINTER) {
                gen_expr_to(f, n->x, ptr);
            } else if (value) {
                /* range over an array ranges over a copy */
                int copy = alloc_regs(f, nslots(at));
                gen_expr_to(f, n->x, copy);
                emit(f, OP_ADDRL, ptr, copy * 8, 0, 0);
            } else {
                /* `for i := range x`: x is evaluated only when len(x)
                 * is not constant, i.e. x has calls or receives */
                if (ast_has_call_or_recv(n->x)) gen_expr(f, n->x, -1);
                emit(f, OP_LOADI, ptr, 0, 0, 0);
            }
            emit(f, OP_LOADK, ptr + 1, const_index(f->g, (uint64_t)at->len), 0, 0);
        }
        int i = alloc_regs(f, 1), v = alloc_regs(f, nslots(et)), p = alloc_regs(f, 1);
        emit(f, OP_LOADI, i, 0, 0, 0);
        pin(f);
        range_declare(f, n);
        /* `for k := range` with k a register variable that nothing else
         * assigns: k itself is the counter (no copy per iteration; k is
         * invisible after the loop) */
        bool key_is_counter = false;
        if (n->op == T_DEFINE && n->list.len >= 1 && n->list.items[0] &&
            declares(n->list.items[0]) && !n->list.items[0]->sym->reassigned) {
            LV klv = var_lvalue(f, n->list.items[0]->sym);
            if (klv.kind == LV_REG) {
                i = klv.reg;
                emit(f, OP_LOADI, i, 0, 0, 0);
                key_is_counter = true;
            }
        }
        /* the test at the bottom, as in gen_for */
        int entry = emit(f, OP_JMP, 0, 0, 0, 0);
        top = here(f);
        if (value) {
            int xop = xt->kind == TY_SLICE ? cg_slice_xop(et, false) : -1;
            if (xop >= 0) {  /* a slice (a nil one has length 0; a nil
                              * *[N]T must panic at the load, below) of
                              * word or byte elements: one indexed load */
                emit(f, (Opcode)xop, v, ptr, i, 0);
            } else {
                emit(f, OP_LEA, p, ptr, i, (int)et->size);
                load_mem(f, et, v, p, 0);
            }
            if (key_is_counter) range_assign(f, n, 1, et, v);
            else range_assign2(f, n, types_basic(f->g->c, TY_INT), i, et, v);
        } else if (!key_is_counter) {
            range_assign(f, n, 0, types_basic(f->g->c, TY_INT), i);
        }
        gen_block(f, n->w);
        cont = here(f);
        emit(f, OP_ADDK, i, i, 1, 0);
        int test = emit(f, OP_JLT, i, ptr + 1, top, 0);
        patch_jump(f, entry, test);
        fuse_loop_bottom(f, cont, entry, test);
    }
    end = here(f);
    patch_all(f, &exits, end);
    pop_branch(f, b, cont, end);
}

static void gen_switch(FnGen *f, Node *n) {
    if (n->x) gen_stmt(f, n->x);
    int tag = -1;
    Type *tt = NULL;
    if (n->y) {
        tt = n->y->type;
        int hoisted = cg_hoist_mark(f);
        cg_hoist(f, n->y, false);
        tag = alloc_regs(f, nslots(tt));
        gen_expr_to(f, n->y, tag);
        cg_hoist_drop(f, hoisted);
    }
    pin(f);
    Branch *b = push_branch(f, n);
    int nc = n->list.len;
    IntVec *tests = xcalloc((size_t)nc + 1, sizeof(IntVec));
    int deflt = -1;
    for (int i = 0; i < nc; i++) {
        Node *cl = n->list.items[i];
        if (!cl->list.len) deflt = i;
        for (int k = 0; k < cl->list.len; k++) {
            Node *e = cl->list.items[k];
            int saved = f->top;
            f->line = e->pos.line;
            if (tag < 0) {
                gen_cond_jump(f, e, true, &tests[i]);
            } else {
                int hoisted = cg_hoist_mark(f);
                cg_hoist(f, e, false);
                int v = gen_expr(f, e, -1);
                cg_hoist_drop(f, hoisted);
                int r = alloc_regs(f, 1);
                Type *ct = tt;
                if (e->type && e->type->kind == TY_INTERFACE && tt->kind != TY_INTERFACE) ct = e->type;
                cg_compare(f, T_EQL, ct, r, tag, v);
                VEC_PUSH(tests[i], emit(f, OP_JT, r, 0, 0, 0));
            }
            release_regs(f, saved);
        }
    }
    int jdef = emit(f, OP_JMP, 0, 0, 0, 0);
    IntVec ends = {0};
    int *starts = xcalloc((size_t)nc + 1, sizeof(int));
    int pending_ft = -1;
    for (int i = 0; i < nc; i++) {
        Node *cl = n->list.items[i];
        starts[i] = here(f);
        if (pending_ft >= 0) patch_jump(f, pending_ft, starts[i]), pending_ft = -1;
        patch_all(f, &tests[i], starts[i]);
        f->fallthrough_patch = -1;
        gen_stmts(f, &cl->list2);
        if (f->fallthrough_patch >= 0) {
            pending_ft = f->fallthrough_patch;
            f->fallthrough_patch = -1;
        } else {
            VEC_PUSH(ends, emit(f, OP_JMP, 0, 0, 0, 0));
        }
    }
    int end = here(f);
    if (pending_ft >= 0) patch_jump(f, pending_ft, end);
    patch_jump(f, jdef, deflt >= 0 ? starts[deflt] : end);
    patch_all(f, &ends, end);
    pop_branch(f, b, end, end);
    free(tests);
    free(starts);
}

static void gen_typeswitch(FnGen *f, Node *n) {
    if (n->x) gen_stmt(f, n->x);
    Node *g = n->y;
    Node *ta = g->kind == N_ASSIGN ? g->list2.items[0] : g->x;
    ta = unparen(ta);
    Node *xe = ta->x;
    int iv = alloc_regs(f, 2);
    gen_expr_to(f, xe, iv);
    pin(f);
    Branch *b = push_branch(f, n);
    int nc = n->list.len;
    IntVec *tests = xcalloc((size_t)nc + 1, sizeof(IntVec));
    int deflt = -1;
    for (int i = 0; i < nc; i++) {
        Node *cl = n->list.items[i];
        if (!cl->list.len) deflt = i;
        for (int k = 0; k < cl->list.len; k++) {
            Node *e = cl->list.items[k];
            int saved = f->top;
            int r = alloc_regs(f, 1);
            Node *ue = unparen(e);
            if (ue->kind == N_IDENT && ue->sym && ue->sym->kind == SYM_NIL) {
                VEC_PUSH(tests[i], emit(f, OP_JF, iv, 0, 0, 0));
            } else {
                Type *t = e->type;
                emit(f, t->kind == TY_INTERFACE ? OP_IMPLEMENTS : OP_TYPEIS, r, iv,
                     type_index(f->g, t), 0);
                VEC_PUSH(tests[i], emit(f, OP_JT, r, 0, 0, 0));
            }
            release_regs(f, saved);
        }
    }
    int jdef = emit(f, OP_JMP, 0, 0, 0, 0);
    IntVec ends = {0};
    int *starts = xcalloc((size_t)nc + 1, sizeof(int));
    for (int i = 0; i < nc; i++) {
        Node *cl = n->list.items[i];
        starts[i] = here(f);
        patch_all(f, &tests[i], starts[i]);
        if (cl->sym) {
            Symbol *s = cl->sym;
            var_declare(f, s, cl->pos);
            int saved = f->top;
            int tmp = alloc_regs(f, nslots(s->type));
            if (s->type->kind == TY_INTERFACE) {
                /* default, several types, or an interface type: the
                 * interface value itself */
                emit(f, OP_MOVN, tmp, iv, 2, 0);
            } else {
                emit(f, OP_ASSERT, tmp, iv, type_index(f->g, s->type), 0);
            }
            LV lv = var_lvalue(f, s);
            lv_store(f, &lv, tmp);
            release_regs(f, saved);
        }
        gen_stmts(f, &cl->list2);
        VEC_PUSH(ends, emit(f, OP_JMP, 0, 0, 0, 0));
    }
    int end = here(f);
    patch_jump(f, jdef, deflt >= 0 ? starts[deflt] : end);
    patch_all(f, &ends, end);
    pop_branch(f, b, end, end);
    free(tests);
    free(starts);
}

static void gen_labeled(FnGen *f, Node *n) {
    Label *l = find_label(f, n->name);
    l->pc = here(f);
    for (int i = 0; i < l->patches.len; i++) patch_jump(f, l->patches.items[i], l->pc);
    l->patches.len = 0;
    if (n->x) gen_stmt(f, n->x);
}

/* ---- statements ---- */

/* Go evaluates a simple statement's calls (and the rest of cg_hoist's
 * operations) before its other operands.  A single value assigned to a
 * name, or a statement's only value, needs no temporary of its own:
 * nothing of the statement is evaluated after it.  Not go and defer: Go
 * evaluates their arguments one after the other (so does a var
 * declaration its values, see gen_varspec). */
static void hoist_stmt(FnGen *f, Node *n) {
    VEC(Node *) es = {0};
    VEC(bool) self = {0};
#define ROOT(e, s) do { VEC_PUSH(es, (e)); VEC_PUSH(self, (s)); } while (0)
    switch (n->kind) {
    case N_EXPRSTMT: ROOT(n->x, false); break;
    case N_ASSIGN: {
        Node *l0 = unparen(n->list.items[0]);
        bool single = n->list2.len == 1 &&
                      (n->list.len > 1 ||
                       ((n->op == T_ASSIGN || n->op == T_DEFINE) && l0->kind == N_IDENT));
        for (int i = 0; i < n->list.len; i++) ROOT(n->list.items[i], false);
        for (int i = 0; i < n->list2.len; i++) ROOT(n->list2.items[i], !single);
        break;
    }
    case N_INCDEC: ROOT(n->x, false); break;
    case N_RETURN:
        for (int i = 0; i < n->list.len; i++) ROOT(n->list.items[i], n->list.len > 1);
        break;
    case N_SEND: ROOT(n->x, true); ROOT(n->y, true); break;
    default: break;  /* go, defer: their arguments in order, as Go's */
    }
#undef ROOT
    /* v1, v2 = f() (or a comma-ok form) evaluates the left side after f */
    bool tuple = n->kind == N_ASSIGN && n->list.len > 1 && n->list2.len == 1;
    if (es.len && tuple) cg_hoist_list_all(f, es.items, self.items, es.len);
    else if (es.len) cg_hoist_list(f, es.items, self.items, es.len);
    VEC_FREE(es);
    VEC_FREE(self);
}

void gen_stmt(FnGen *f, Node *n) {
    if (!n) return;
    if (n->pos.line) f->line = n->pos.line;
    int saved = f->top;
    int hoisted = cg_hoist_mark(f);
    hoist_stmt(f, n);
    switch (n->kind) {
    case N_BLOCK: gen_block(f, n); break;
    case N_EXPRSTMT: {
        Node *x = unparen(n->x);
        if (x->kind == N_CALL) gen_call(f, x, -1);
        else gen_expr(f, x, -1);
        break;
    }
    case N_ASSIGN: gen_assign(f, n); break;
    case N_INCDEC: gen_incdec(f, n); break;
    case N_DECLSTMT:
        for (int i = 0; i < n->list.len; i++)
            if (n->list.items[i]->kind == N_VARSPEC) gen_varspec(f, n->list.items[i]);
        break;
    case N_RETURN: gen_return(f, n); break;
    case N_DEFER: gen_defer(f, n); break;
    case N_IF: gen_if(f, n); break;
    case N_FOR: gen_for(f, n); break;
    case N_RANGE: gen_range(f, n); break;
    case N_SWITCH: gen_switch(f, n); break;
    case N_TYPESWITCH: gen_typeswitch(f, n); break;
    case N_BRANCH: gen_branch(f, n); break;
    case N_LABELED: gen_labeled(f, n); break;
    case N_EMPTY: break;
    case N_GO: gen_go(f, n); break;
    case N_SELECT: gen_select(f, n); break;
    case N_SEND: gen_send(f, n); break;
    default: cg_error(f, n->pos, "internal error: unexpected statement"); break;
    }
    cg_hoist_drop(f, hoisted);
    release_regs(f, saved);
}

void gen_stmts(FnGen *f, List *l) {
    for (int i = 0; i < l->len; i++) gen_stmt(f, l->items[i]);
}

void gen_block(FnGen *f, Node *block) {
    if (!block) return;
    if (block->kind != N_BLOCK) {
        gen_stmt(f, block);
        return;
    }
    gen_stmts(f, &block->list);
}
