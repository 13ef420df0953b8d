/* codegen_expr.c — expressions: constants, variables (registers, frame
 * memory, heap cells, closure captures, globals), lvalues, operators with
 * Go's wrap-around, comparisons, calls of every kind, builtins,
 * conversions, composite literals, closures, method values, interface
 * boxing and type assertions.
 *
 * Register layout vs memory layout: a scalar narrower than 8 bytes sits in
 * a register sign/zero-extended; in memory it is packed.  Little-endian
 * makes a register readable as memory (BOX, APPEND, natives), never the
 * reverse: memory is read back with the sized loads (load_mem).
 */
#include <stdlib.h>
#include <string.h>

#include "codegen.h"

static int want(FnGen *f, Type *t, int dst) {
    return dst >= 0 ? dst : alloc_regs(f, nslots(t));
}

static void set_line(FnGen *f, Node *n) {
    if (n && n->pos.line) f->line = n->pos.line;
}

/* ---- moving values ---- */

void move_value(FnGen *f, Type *t, int dst, int src) {
    if (dst == src) return;
    int n = nslots(t);
    if (n == 1) emit(f, OP_MOV, dst, src, 0, 0);
    else emit(f, OP_MOVN, dst, src, n, 0);
}

static bool reg_shaped_field(Type *t, int64_t off) {
    return off % 8 == 0 && t->size % 8 == 0 && t->size > 0;
}

void load_mem(FnGen *f, Type *t, int dst, int base, int64_t off) {
    Opcode op;
    switch (t->kind) {
    case TY_BOOL: case TY_UINT8: op = OP_LD8U; break;
    case TY_INT8: op = OP_LD8S; break;
    case TY_INT16: op = OP_LD16S; break;
    case TY_UINT16: op = OP_LD16U; break;
    case TY_INT32: op = OP_LD32S; break;
    case TY_UINT32: case TY_FLOAT32: op = OP_LD32U; break;
    case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
    case TY_FLOAT64: case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_UNSAFEPTR:
        op = OP_LD64;
        break;
    default:
        if (t->size == 0) {
            emit(f, OP_NILCHK, base, 0, 0, 0);
            emit(f, OP_ZERO, dst, 1, 0, 0);
            return;
        }
        emit(f, OP_LDN, dst, base, (int)off, (int)t->size);
        return;
    }
    emit(f, op, dst, base, (int)off, 0);
}

void store_mem(FnGen *f, Type *t, int base, int64_t off, int src) {
    Opcode op;
    switch (t->size) {
    case 1: op = OP_ST8; break;
    case 2: op = OP_ST16; break;
    case 4: op = t->kind <= TY_FLOAT64 ? OP_ST32 : OP_STN; break;
    case 8: op = t->kind <= TY_FLOAT64 || type_is_pointer_shaped(t) ? OP_ST64 : OP_STN; break;
    case 0: emit(f, OP_NILCHK, base, 0, 0, 0); return;
    default: op = OP_STN; break;
    }
    if (op == OP_STN) emit(f, OP_STN, base, src, (int)off, (int)t->size);
    else emit(f, op, base, (int)off, src, 0);
}

/* ---- lvalues ---- */

static LV lv_reg(int reg, Type *t) { return (LV){LV_REG, reg, 0, t, 0, NULL}; }
static LV lv_mem(int reg, int64_t off, Type *t) { return (LV){LV_MEM, reg, off, t, 0, NULL}; }

/* LDX/STX for an element type of a slice, or -1 when it has none */
int cg_slice_xop(Type *et, bool store) {
    switch (et->kind) {
    case TY_BOOL: case TY_UINT8: return store ? OP_STX8 : OP_LDX8U;
    case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
    case TY_FLOAT64: case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_UNSAFEPTR:
        return store ? OP_STX64 : OP_LDX64;
    default: return -1;
    }
}

void lv_load(FnGen *f, LV *lv, int dst) {
    switch (lv->kind) {
    case LV_ELEM: emit(f, (Opcode)cg_slice_xop(lv->t, false), dst, lv->reg, lv->key, 0); break;
    case LV_REG: move_value(f, lv->t, dst, lv->reg); break;
    case LV_MEM: load_mem(f, lv->t, dst, lv->reg, lv->off); break;
    case LV_MAP:
        emit(f, OP_MAPGET, dst, lv->reg, lv->key, type_index(f->g, lv->mt) << 1);
        break;
    case LV_BLANK: break;
    }
}

/* a value readable in registers: the lvalue's own slots when possible */
static int lv_value(FnGen *f, LV *lv, int dst) {
    if (lv->kind == LV_REG && dst < 0) return lv->reg;
    int r = want(f, lv->t, dst);
    lv_load(f, lv, r);
    return r;
}

static bool small_const(Node *k, int64_t *out);

/* lv = constant k when an immediate store exists (a slice element of an
 * integer type, or bool); false otherwise, nothing emitted */
bool lv_store_const(FnGen *f, LV *lv, Node *k) {
    if (lv->kind != LV_ELEM || !k->cval || !k->type) return false;
    int64_t v;
    if (k->type->kind == TY_BOOL || (k->type->kind == TY_UNTYPED_BOOL)) v = const_bool(k->cval);
    else if (!small_const(k, &v)) return false;
    int op = cg_slice_xop(lv->t, true);
    if (op == OP_STX8 && (lv->t->kind == TY_BOOL || lv->t->kind == TY_UINT8)) op = OP_STX8K;
    else if (op == OP_STX64 && type_is_integer(lv->t)) op = OP_STX64K;
    else return false;
    emit(f, (Opcode)op, lv->reg, lv->key, (int)v, 0);
    return true;
}

void lv_store(FnGen *f, LV *lv, int src) {
    switch (lv->kind) {
    case LV_ELEM: emit(f, (Opcode)cg_slice_xop(lv->t, true), lv->reg, lv->key, src, 0); break;
    case LV_REG: move_value(f, lv->t, lv->reg, src); break;
    case LV_MEM: store_mem(f, lv->t, lv->reg, lv->off, src); break;
    case LV_MAP: emit(f, OP_MAPSET, lv->reg, lv->key, src, type_index(f->g, lv->mt)); break;
    case LV_BLANK: break;
    }
}

/* R[r] := the address of lv.  Registers from `saved` up are temporaries
 * of lv's computation: the last instruction computing one is retargeted to
 * r instead of being followed by a MOV. */
static void lv_addr_to(FnGen *f, LV *lv, int saved, int r, Pos pos) {
    switch (lv->kind) {
    case LV_REG:
        emit(f, OP_ADDRL, r, lv->reg * 8, 0, 0);
        return;
    case LV_MEM: {
        Instr *last = f->code.len ? &f->code.items[f->code.len - 1] : NULL;
        if (lv->off)
            emit(f, OP_ADDK, r, lv->reg, (int)lv->off, 0);
        else if (lv->reg >= saved && last && last->a == lv->reg &&
                 (last->op == OP_LEA || last->op == OP_ADDRL || last->op == OP_ADDK))
            last->a = r;
        else
            emit(f, OP_MOV, r, lv->reg, 0, 0);
        return;
    }
    case LV_MAP: {
        /* m[k][i] for an array element type: read from a copy (Go
         * rejects taking the address of a map element itself) */
        int v = alloc_regs(f, nslots(lv->t));
        lv_load(f, lv, v);
        emit(f, OP_ADDRL, r, v * 8, 0, 0);
        return;
    }
    default:
        cg_error(f, pos, "internal error: cannot take this address");
    }
}

/* the address of an lvalue, in a register (lv's own when it has one) */
static int lv_addr(FnGen *f, LV *lv, Pos pos) {
    if (lv->kind == LV_MEM && !lv->off) return lv->reg;
    int r = alloc_regs(f, 1);
    lv_addr_to(f, lv, INT32_MAX, r, pos);  /* nothing to retarget */
    return r;
}

/* field of a struct lvalue */
static LV lv_field(FnGen *f, LV *base, Field *fl) {
    if (base->kind == LV_MAP) {
        /* m[k].f: a copy of the value */
        int r = alloc_regs(f, nslots(base->t));
        lv_load(f, base, r);
        LV b2 = lv_reg(r, base->t);
        return lv_field(f, &b2, fl);
    }
    if (base->kind == LV_MEM) return lv_mem(base->reg, base->off + fl->offset, fl->type);
    if (reg_shaped_field(fl->type, fl->offset))
        return lv_reg(base->reg + (int)(fl->offset / 8), fl->type);
    int r = alloc_regs(f, 1);
    emit(f, OP_ADDRL, r, base->reg * 8, 0, 0);
    return lv_mem(r, fl->offset, fl->type);
}

static bool memory_var(Symbol *s) {
    return s->addrtaken || s->byref || s->region == REGION_HEAP;
}

static int capture_index(FuncInfo *fi, Symbol *s) {
    for (int i = 0; i < fi->captures.len; i++)
        if (fi->captures.items[i] == s) return i;
    return -1;
}

LV var_lvalue(FnGen *f, Symbol *s) {
    if (s->global) {
        int r = alloc_regs(f, 1);
        emit(f, OP_ADDRG, r, s->slot, 0, 0);
        return lv_mem(r, 0, s->type);
    }
    if (s->func && s->func != f->fi) {
        int i = capture_index(f->fi, s);
        if (i < 0 || f->ctx < 0) {
            cg_error(f, s->pos, "internal error: variable not captured");
            return lv_reg(0, s->type);
        }
        int64_t off = capture_offset(f->fi, i);
        if (s->byref || s->region == REGION_HEAP) {
            int r = alloc_regs(f, 1);
            emit(f, OP_LD64, r, f->ctx, (int)off, 0);
            return lv_mem(r, 0, s->type);
        }
        return lv_mem(f->ctx, off, s->type);
    }
    if (s->region == REGION_HEAP) return lv_mem(s->slot, 0, s->type);
    if (memory_var(s) && s->has_addr_slot) return lv_mem(s->addr_slot, 0, s->type);
    if (memory_var(s)) {
        int r = alloc_regs(f, 1);
        emit(f, OP_ADDRL, r, s->slot * 8, 0, 0);
        return lv_mem(r, 0, s->type);
    }
    return lv_reg(s->slot, s->type);
}

/* where a closure capturing s by reference points */
static int var_address(FnGen *f, Symbol *s, Pos pos) {
    LV lv = var_lvalue(f, s);
    return lv_addr(f, &lv, pos);
}

void var_declare(FnGen *f, Symbol *s, Pos pos) {
    if (s->global) return;
    if (s->region == REGION_HEAP) {
        int site = fn_site(f, NULL, SITE_MOVED,
                           arena_printf(&f->g->c->arena, "moved to heap: %s", s->name),
                           s->type, -1);
        f->g->c->sites.items[site].pos = s->pos.line ? s->pos : pos;
        f->g->c->sites.items[site].reason = escape_var_reason(f->g->c, s);
        s->slot = alloc_regs(f, 1);
        f->floor = f->top;
        emit_new(f, s->slot, site, false);
        return;
    }
    s->slot = alloc_regs(f, nslots(s->type));
    cg_addr_slot(f, s);
    f->floor = f->top;
}

/* A variable in the frame whose address is taken gets a register holding
 * that address, set once where it is declared (which precedes every use):
 * each access is then one load or store instead of ADDRL and one. */
void cg_addr_slot(FnGen *f, Symbol *s) {
    s->has_addr_slot = false;
    if (!memory_var(s) || s->region == REGION_HEAP || s->global) return;
    s->addr_slot = alloc_regs(f, 1);
    s->has_addr_slot = true;
    emit(f, OP_ADDRL, s->addr_slot, s->slot * 8, 0, 0);
}

void var_init_zero(FnGen *f, Symbol *s) {
    if (s->global || s->region == REGION_HEAP) return;
    emit(f, OP_ZERO, s->slot, nslots(s->type), 0, 0);
}

/* ---- constants ---- */

static void load_int(FnGen *f, int dst, int64_t v) {
    if (v >= INT32_MIN && v <= INT32_MAX) emit(f, OP_LOADI, dst, (int)v, 0, 0);
    else emit(f, OP_LOADK, dst, const_index(f->g, (uint64_t)v), 0, 0);
}

static int gen_const(FnGen *f, Type *t, ConstVal *cv, int dst) {
    int r = want(f, t, dst);
    switch (const_kind(cv)) {
    case CV_BOOL: emit(f, OP_LOADI, r, const_bool(cv), 0, 0); break;
    case CV_STRING: {
        int64_t n;
        const char *s = const_string(cv, &n);
        emit(f, OP_LOADSTR, r, str_index(f->g, s, n), 0, 0);
        break;
    }
    default:
        if (t->kind == TY_FLOAT64) {
            double d = const_float64(cv);
            uint64_t bits;
            memcpy(&bits, &d, 8);
            emit(f, OP_LOADK, r, const_index(f->g, bits), 0, 0);
        } else if (t->kind == TY_FLOAT32) {
            float x = const_float32(cv);
            uint32_t bits;
            memcpy(&bits, &x, 4);
            emit(f, OP_LOADK, r, const_index(f->g, bits), 0, 0);
        } else if (type_is_unsigned(t)) {
            load_int(f, r, (int64_t)const_uint64(cv));
        } else {
            load_int(f, r, const_int64(cv));
        }
    }
    return r;
}

/* ---- operators ---- */

static void truncate_int(FnGen *f, Type *t, int r) {
    Opcode op;
    switch (t->kind) {
    case TY_INT8: op = OP_SEXT8; break;
    case TY_INT16: op = OP_SEXT16; break;
    case TY_INT32: op = OP_SEXT32; break;
    case TY_UINT8: op = OP_ZEXT8; break;
    case TY_UINT16: op = OP_ZEXT16; break;
    case TY_UINT32: op = OP_ZEXT32; break;
    default: return;
    }
    emit(f, op, r, r, 0, 0);
}

static Tok base_op(Tok op) {
    if (op >= T_ADD_ASSIGN && op <= T_AND_NOT_ASSIGN) return (Tok)(T_ADD + (op - T_ADD_ASSIGN));
    return op;
}

/* Does `a op b` on operands held in their canonical form (a narrow
 * integer sign- or zero-extended to 64 bits) give a result already in
 * that form?  Bitwise operations, right shifts and remainders cannot
 * leave the type's range, nor can an unsigned quotient (a signed one
 * can: MinInt32 / -1); then no SEXT/ZEXT is needed after them. */
static bool keeps_width(Tok op, Type *t) {
    switch (base_op(op)) {
    case T_AND: case T_OR: case T_XOR: case T_AND_NOT: case T_SHR: case T_REM:
        return true;
    case T_QUO: return type_is_unsigned(t);
    default: return false;
    }
}

/* dst := a op b for arithmetic ops on type t (not comparisons) */
static void gen_arith(FnGen *f, Tok op, Type *t, Type *count_t, int dst, int a,
                      int b, int site) {
    op = base_op(op);
    if (t->kind == TY_STRING) {
        emit(f, OP_CONCAT, dst, a, b, site);
        return;
    }
    if (t->kind == TY_FLOAT64 || t->kind == TY_FLOAT32) {
        bool f32 = t->kind == TY_FLOAT32;
        Opcode o = op == T_ADD ? (f32 ? OP_ADDF32 : OP_ADDF)
                   : op == T_SUB ? (f32 ? OP_SUBF32 : OP_SUBF)
                   : op == T_MUL ? (f32 ? OP_MULF32 : OP_MULF)
                                 : (f32 ? OP_DIVF32 : OP_DIVF);
        emit(f, o, dst, a, b, 0);
        return;
    }
    bool u = type_is_unsigned(t);
    switch (op) {
    case T_ADD: emit(f, OP_ADD, dst, a, b, 0); break;
    case T_SUB: emit(f, OP_SUB, dst, a, b, 0); break;
    case T_MUL: emit(f, OP_MUL, dst, a, b, 0); break;
    case T_QUO: emit(f, u ? OP_DIVU : OP_DIVS, dst, a, b, 0); break;
    case T_REM: emit(f, u ? OP_REMU : OP_REMS, dst, a, b, 0); break;
    case T_AND: emit(f, OP_AND, dst, a, b, 0); break;
    case T_OR: emit(f, OP_OR, dst, a, b, 0); break;
    case T_XOR: emit(f, OP_XOR, dst, a, b, 0); break;
    case T_AND_NOT: emit(f, OP_ANDNOT, dst, a, b, 0); break;
    case T_SHL:
        emit(f, OP_SHL, dst, a, b, count_t && !type_is_unsigned(count_t));
        break;
    case T_SHR:
        emit(f, u ? OP_SHRU : OP_SHRS, dst, a, b, count_t && !type_is_unsigned(count_t));
        break;
    default: break;
    }
    if (!keeps_width(op, t)) truncate_int(f, t, dst);
}

/* an integer constant as a 32-bit immediate, when it is one */
static bool small_const(Node *k, int64_t *out) {
    if (!k->cval || !k->type || !type_is_integer(k->type)) return false;
    if (type_is_unsigned(k->type)) {
        uint64_t u = const_uint64(k->cval);
        *out = (int64_t)u;
        return u <= INT32_MAX;
    }
    *out = const_int64(k->cval);
    return *out >= INT32_MIN && *out <= INT32_MAX;
}

/* the immediate form of `x op k` for an integer type: its opcode and
 * immediate, or false when op has none for this k */
static bool arith_k_form(Tok op, Type *t, Node *knode, Opcode *o, int64_t *kout) {
    int64_t k;
    if (!type_is_integer(t) || !small_const(knode, &k)) return false;
    bool u = type_is_unsigned(t);
    switch (base_op(op)) {
    case T_ADD: *o = OP_ADDK; break;
    case T_SUB: if (k == INT32_MIN) return false; *o = OP_ADDK, k = -k; break;
    case T_MUL: *o = OP_MULK; break;
    case T_AND: *o = OP_ANDK; break;
    case T_OR: *o = OP_ORK; break;
    case T_XOR: *o = OP_XORK; break;
    case T_AND_NOT: *o = OP_ANDK, k = ~k; break;
    case T_SHL: if (k < 0) return false; *o = OP_SHLK; break;
    case T_SHR: if (k < 0) return false; *o = u ? OP_SHRUK : OP_SHRSK; break;
    case T_QUO: if (k <= 0) return false; *o = u ? OP_DIVUK : OP_DIVSK; break;
    case T_REM: if (k <= 0) return false; *o = u ? OP_REMUK : OP_REMSK; break;
    default: return false;
    }
    *kout = k;
    return true;
}

/* dst := a op k (k the constant node) when an immediate form exists */
bool cg_arith_k(FnGen *f, Tok op, Type *t, int dst, int a, Node *knode) {
    Opcode o;
    int64_t k;
    if (type_is_integer(t) && base_op(op) == T_AND && knode->cval && knode->type &&
        type_is_integer(knode->type) && t->size == 8 &&
        (type_is_unsigned(knode->type) ? const_uint64(knode->cval)
                                       : (uint64_t)const_int64(knode->cval)) == 0xffffffffu) {
        emit(f, OP_ZEXT32, dst, a, 0, 0);  /* x & 0xffffffff: no immediate */
        return true;
    }
    if (!arith_k_form(op, t, knode, &o, &k)) return false;
    emit(f, o, dst, a, (int)k, 0);
    /* x / k with k > 0 cannot overflow either */
    if (!keeps_width(op, t) && o != OP_DIVSK) truncate_int(f, t, dst);
    return true;
}

static bool is_cmp(Tok op) {
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ ||
           op == T_GTR || op == T_GEQ;
}

static void gen_compare(FnGen *f, Tok op, Type *t, int dst, int a, int b) {
    if (op == T_GTR || op == T_GEQ) {
        int tmp = a;
        a = b, b = tmp;
        op = op == T_GTR ? T_LSS : T_LEQ;
    }
    bool neg = op == T_NEQ;
    switch (t->kind) {
    case TY_STRING:
        if (op == T_EQL || op == T_NEQ) {
            emit(f, OP_STREQ, dst, a, b, 0);
        } else {
            int z = alloc_regs(f, 1);
            emit(f, OP_STRCMP, dst, a, b, 0);
            emit(f, OP_LOADI, z, 0, 0, 0);
            emit(f, op == T_LSS ? OP_LTS : OP_LES, dst, dst, z, 0);
        }
        break;
    case TY_FLOAT64: case TY_FLOAT32: {
        bool f32 = t->kind == TY_FLOAT32;
        Opcode o = op == T_EQL ? (f32 ? OP_EQF32 : OP_EQF)
                   : op == T_NEQ ? (f32 ? OP_NEF32 : OP_NEF)
                   : op == T_LSS ? (f32 ? OP_LTF32 : OP_LTF)
                                 : (f32 ? OP_LEF32 : OP_LEF);
        emit(f, o, dst, a, b, 0);
        return;
    }
    case TY_INTERFACE:
        emit(f, OP_IFACEEQ, dst, a, b, 0);
        break;
    case TY_STRUCT: case TY_ARRAY: {
        int pa = alloc_regs(f, 2);
        emit(f, OP_ADDRL, pa, a * 8, 0, 0);
        emit(f, OP_ADDRL, pa + 1, b * 8, 0, 0);
        emit(f, OP_EQTYPE, dst, pa, pa + 1, type_index(f->g, t));
        break;
    }
    default: {
        bool u = type_is_unsigned(t) || !type_is_integer(t);
        Opcode o = op == T_EQL || op == T_NEQ ? OP_EQ
                   : op == T_LSS ? (u ? OP_LTU : OP_LTS) : (u ? OP_LEU : OP_LES);
        emit(f, o, dst, a, b, 0);
        break;
    }
    }
    if (neg) emit(f, OP_NOT, dst, dst, 0, 0);
}

void cg_arith(FnGen *f, Tok op, Type *t, Type *count_t, int dst, int a, int b) {
    gen_arith(f, op, t, count_t, dst, a, b, -1);
}

void cg_compare(FnGen *f, Tok op, Type *t, int dst, int a, int b) {
    gen_compare(f, op, t, dst, a, b);
}

static bool is_nil(Node *n) {
    n = unparen(n);
    return n && n->kind == N_IDENT && n->sym && n->sym->kind == SYM_NIL;
}

/* flattens a left-leaning chain of string + into operands */
typedef VEC(Node *) NodeVec;
static void concat_operands(Node *n, NodeVec *out) {
    Node *u = unparen(n);
    if (u->kind == N_BINARY && u->op == T_ADD && !u->cval && u->type &&
        u->type->kind == TY_STRING) {
        concat_operands(u->x, out);
        concat_operands(u->y, out);
        return;
    }
    VEC_PUSH(*out, n);
}

/* ---- fused forms ---- */

/* n when it is a float64 product x*y of two non-constant operands */
Node *cg_float_product(Node *n) {
    n = unparen(n);
    if (n->kind != N_BINARY || n->op != T_MUL || n->cval || !n->type ||
        n->type->kind != TY_FLOAT64 || n->x->cval || n->y->cval)
        return NULL;
    return n;
}

static bool is_word_int(Type *t) {
    switch (t->kind) {
    case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: return true;
    default: return false;
    }
}

/* the instruction for `x op *(p+off)` on type t, or 0 (OP_NOP) */
static Opcode mem_operand_form(Tok op, Type *t) {
    if (t->kind == TY_FLOAT64)
        return op == T_ADD ? OP_ADDFM : op == T_SUB ? OP_SUBFM : op == T_MUL ? OP_MULFM
               : op == T_QUO ? OP_DIVFM : OP_NOP;
    if (is_word_int(t))
        return op == T_ADD ? OP_ADDM : op == T_SUB ? OP_SUBM : op == T_MUL ? OP_MULM : OP_NOP;
    return OP_NOP;
}

/* the instruction for `*(p+off) op= v` on type t, or 0 (OP_NOP) */
Opcode cg_mem_update_form(Tok op, Type *t) {
    if (t->kind == TY_FLOAT64)
        return op == T_ADD ? OP_ADDFTO : op == T_SUB ? OP_SUBFTO : op == T_MUL ? OP_MULFTO : OP_NOP;
    if (is_word_int(t)) return op == T_ADD ? OP_ADDTO : op == T_SUB ? OP_SUBTO : OP_NOP;
    return OP_NOP;
}

/* y's value in a register; or, when y is an 8-byte field read from memory
 * (through a pointer, or of a variable that lives in memory), only its
 * address: -1 returned and *mem set, for an instruction that reads it
 * itself.  The read then happens at that instruction, after everything
 * evaluated before it: the same order as loading y last. */
static int gen_operand_or_mem(FnGen *f, Node *y, LV *mem) {
    Node *u = unparen(y);
    if (u->kind != N_SELECTOR || u->aux != AUX_SEL_FIELD || u->cval) return gen_expr(f, y, -1);
    LV lv = gen_lvalue(f, u);
    if (lv.kind == LV_MEM && lv.t->size == 8 && lv.off <= INT32_MAX) {
        *mem = lv;
        return -1;
    }
    return lv_value(f, &lv, -1);
}

/* True when evaluating n has no effect and its only possible failure is a
 * nil dereference, whose panic reads the same whichever is first: such an
 * operand may be computed before a read it lexically follows. */
bool cg_pure_operand(Node *n) {
    n = unparen(n);
    if (n->cval) return true;
    switch (n->kind) {
    case N_IDENT: return n->sym && n->sym->kind == SYM_VAR;
    case N_SELECTOR: return n->aux == AUX_SEL_FIELD && cg_pure_operand(n->x);
    case N_STAR: return cg_pure_operand(n->x);
    case N_UNARY:
        return (n->op == T_SUB || n->op == T_ADD || n->op == T_XOR || n->op == T_NOT) &&
               cg_pure_operand(n->x);
    case N_BINARY:
        if (!n->type || !n->x->type || !cg_pure_operand(n->x) || !cg_pure_operand(n->y))
            return false;
        if (n->op == T_LAND || n->op == T_LOR) return true;
        if (!type_is_numeric(n->x->type)) return false;   /* strings allocate */
        switch (n->op) {
        case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_OR: case T_XOR:
        case T_AND_NOT: case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR:
        case T_GEQ:
            return true;
        case T_QUO: return !type_is_integer(n->x->type);   /* x/0 panics */
        default: return false;                            /* shifts may panic */
        }
    case N_CALL:  /* a conversion between numeric types */
        return n->aux == AUX_CALL_CONV && n->list.len == 1 && n->type &&
               type_is_numeric(n->type) && n->list.items[0]->type &&
               type_is_numeric(n->list.items[0]->type) && cg_pure_operand(n->list.items[0]);
    default: return false;
    }
}

static int gen_binary(FnGen *f, Node *n, int dst) {
    Tok op = n->op;
    if (op == T_LAND || op == T_LOR) {
        int r = want(f, n->type, dst);
        gen_expr_to(f, n->x, r);
        int j = emit(f, op == T_LAND ? OP_JF : OP_JT, r, 0, 0, 0);
        int hoisted = cg_hoist_mark(f);  /* y: a statement of its own */
        cg_hoist(f, n->y, false);
        gen_expr_to(f, n->y, r);
        cg_hoist_drop(f, hoisted);
        patch_jump(f, j, here(f));
        return r;
    }
    if (is_cmp(op)) {
        Type *t = n->x->type;
        if (is_nil(n->y) && t->kind != TY_INTERFACE) {
            int a = gen_expr(f, n->x, -1);
            int z = alloc_regs(f, 1), r = want(f, n->type, dst);
            emit(f, OP_LOADI, z, 0, 0, 0);
            emit(f, OP_EQ, r, a, z, 0);
            if (op == T_NEQ) emit(f, OP_NOT, r, r, 0, 0);
            return r;
        }
        if (is_nil(n->x) && t->kind != TY_INTERFACE) t = n->y->type;
        int a = gen_expr(f, n->x, -1);
        int b = gen_expr(f, n->y, -1);
        int r = want(f, n->type, dst);
        gen_compare(f, op, t, r, a, b);
        return r;
    }
    if (n->type->kind == TY_STRING) {
        NodeVec ops = {0};
        concat_operands(n, &ops);
        int site = fn_site(f, n, SITE_CONCAT, NULL, NULL, -1);
        int r = want(f, n->type, dst);
        if (ops.len == 2) {
            int a = gen_expr(f, ops.items[0], -1);
            int b = gen_expr(f, ops.items[1], -1);
            emit(f, OP_CONCAT, r, a, b, site);
        } else {
            int base = alloc_regs(f, 2 * ops.len);
            for (int i = 0; i < ops.len; i++) gen_expr_to(f, ops.items[i], base + 2 * i);
            emit(f, OP_CONCATN, r, base, ops.len, site);
        }
        VEC_FREE(ops);
        return r;
    }
    if ((op == T_ADD || op == T_SUB) && type_is_integer(n->type) && n->y->cval) {
        /* x + k: the immediate form */
        int64_t k = const_int64(n->y->cval);
        if (op == T_SUB) k = -k;
        if (k >= INT32_MIN && k <= INT32_MAX) {
            int a = gen_expr(f, n->x, -1);
            int r = want(f, n->type, dst);
            emit(f, OP_ADDK, r, a, (int)k, 0);
            truncate_int(f, n->type, r);
            return r;
        }
    }
    if (n->type->kind == TY_FLOAT64 && (op == T_ADD || op == T_SUB || op == T_MUL ||
                                        op == T_QUO) &&
        (n->x->cval != NULL) != (n->y->cval != NULL)) {
        /* x op k, k op x: the constant operand from the constant table */
        bool kleft = n->x->cval != NULL;
        double d = const_float64(kleft ? n->x->cval : n->y->cval);
        uint64_t bits;
        memcpy(&bits, &d, 8);
        int a = gen_expr(f, kleft ? n->y : n->x, -1);
        int r = want(f, n->type, dst);
        Opcode o = op == T_ADD ? OP_ADDFK : op == T_MUL ? OP_MULFK
                   : op == T_SUB ? (kleft ? OP_KSUBF : OP_SUBFK)
                                 : (kleft ? OP_KDIVF : OP_DIVFK);
        emit(f, o, r, a, const_index(f->g, bits), 0);
        return r;
    }
    Opcode ko;
    int64_t k;
    if (!n->x->cval && arith_k_form(op, n->type, n->y, &ko, &k)) {
        int a = gen_expr(f, n->x, -1);
        int r = want(f, n->type, dst);
        cg_arith_k(f, op, n->type, r, a, n->y);
        return r;
    }
    if (!n->y->cval && (op == T_ADD || op == T_MUL || op == T_AND || op == T_OR || op == T_XOR) &&
        arith_k_form(op, n->type, n->x, &ko, &k)) {  /* k op x, commutative */
        int a = gen_expr(f, n->y, -1);
        int r = want(f, n->type, dst);
        cg_arith_k(f, op, n->type, r, a, n->x);
        return r;
    }
    if (n->type->kind == TY_FLOAT64 && (op == T_ADD || op == T_SUB)) {
        Node *px = cg_float_product(n->x), *py = cg_float_product(n->y);
        if (py || px) {  /* z ± x*y, x*y ± z: one instruction, two roundings */
            int c = py ? gen_expr(f, n->x, -1) : -1;
            Node *p = py ? py : px;
            int a = gen_expr(f, p->x, -1);
            int b = gen_expr(f, p->y, -1);
            if (!py) c = gen_expr(f, n->y, -1);
            int r = want(f, n->type, dst);
            Opcode o = op == T_ADD ? OP_MULADDF : py ? OP_MULRSUBF : OP_MULSUBF;
            emit(f, o, r, a, b, c);
            return r;
        }
    }
    Opcode mo = mem_operand_form(op, n->type);
    int a = gen_expr(f, n->x, -1);
    LV mem = {0};
    int b = mo ? gen_operand_or_mem(f, n->y, &mem) : gen_expr(f, n->y, -1);
    int r = want(f, n->type, dst);
    if (b < 0) emit(f, mo, r, a, mem.reg, (int)mem.off);
    else gen_arith(f, op, n->type, n->y->type, r, a, b, -1);
    return r;
}

/* cur := cur ± 1 for ++/-- on integers */
void cg_addk(FnGen *f, Type *t, int r, int k) {
    emit(f, OP_ADDK, r, r, k, 0);
    truncate_int(f, t, r);
}

static void fill_composite(FnGen *f, Node *n, LV *base);

/* True if storing a value of type t writes every byte of it (no padding
 * between or after fields, recursively). */
static bool no_padding(Type *t) {
    if (t->kind == TY_ARRAY) return no_padding(t->elem);
    if (t->kind != TY_STRUCT) return true;
    int64_t sum = 0;
    for (int i = 0; i < t->nfields; i++) {
        if (!no_padding(t->fields[i].type)) return false;
        sum += t->fields[i].type->size;
    }
    return sum == t->size;
}

static int struct_field_index(Type *t, const char *name);

/* True if filling literal n (of struct or array type t) writes every byte
 * of the object: all fields or elements given, nested literals too. */
static bool literal_covers(Node *n, Type *t) {
    if (t->kind == TY_STRUCT) {
        if (n->list.len != t->nfields) return false;
    } else if (t->kind == TY_ARRAY) {
        if (n->list.len != t->len) return false;
    } else {
        return false;
    }
    int64_t sum = 0;
    for (int i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        int fi = i;
        if (e->kind == N_KEYVALUE) {
            if (t->kind == TY_ARRAY) return false;  /* keys may leave gaps */
            fi = struct_field_index(t, e->x->name);
            if (fi < 0) return false;
            e = e->y;
        }
        e = unparen(e);
        Type *et = t->kind == TY_STRUCT ? t->fields[fi].type : t->elem;
        if (e->kind == N_COMPOSITE && (et->kind == TY_STRUCT || et->kind == TY_ARRAY)) {
            if (!literal_covers(e, et)) return false;
        } else if (!no_padding(et)) {
            return false;
        }
        sum += et->size;
    }
    return sum == t->size;
}

/* &T{...}: a new object at R[p], the literal stored straight into it */
static void gen_new_composite(FnGen *f, Node *n, Node *x, int p) {
    Type *et = n->type->elem;
    int site = fn_site(f, n, SITE_COMPOSITE, NULL, et, et->size);
    bool aggregate = et->kind == TY_STRUCT || et->kind == TY_ARRAY;
    emit_new(f, p, site, aggregate && literal_covers(x, et));
    if (aggregate) {
        LV lv = lv_mem(p, 0, et);
        fill_composite(f, x, &lv);
    } else {
        store_mem(f, et, p, 0, gen_expr(f, x, -1));
    }
}

bool cg_new_composite_to(FnGen *f, Node *n, int reg) {
    n = unparen(n);
    if (n->kind != N_UNARY || n->op != T_AND) return false;
    Node *x = unparen(n->x);
    if (x->kind != N_COMPOSITE) return false;
    gen_new_composite(f, n, x, reg);
    return true;
}

static int gen_unary(FnGen *f, Node *n, int dst) {
    Type *t = n->type;
    switch (n->op) {
    case T_ADD: return gen_expr(f, n->x, dst);
    case T_SUB: {
        int a = gen_expr(f, n->x, -1), r = want(f, t, dst);
        emit(f, t->kind == TY_FLOAT64 ? OP_NEGF : t->kind == TY_FLOAT32 ? OP_NEGF32 : OP_NEG,
             r, a, 0, 0);
        truncate_int(f, t, r);
        return r;
    }
    case T_XOR: {
        int a = gen_expr(f, n->x, -1), r = want(f, t, dst);
        emit(f, OP_COM, r, a, 0, 0);
        truncate_int(f, t, r);
        return r;
    }
    case T_NOT: {
        int a = gen_expr(f, n->x, -1), r = want(f, t, dst);
        emit(f, OP_NOT, r, a, 0, 0);
        return r;
    }
    case T_AND: {
        Node *x = unparen(n->x);
        int r = want(f, t, dst);
        if (x->kind == N_COMPOSITE) {
            /* built in a temporary: the literal may read R[dst] */
            int p = alloc_regs(f, 1);
            gen_new_composite(f, n, x, p);
            move_value(f, t, r, p);
            return r;
        }
        int saved = f->top;
        LV lv = gen_lvalue(f, x);
        lv_addr_to(f, &lv, saved, r, n->pos);
        return r;
    }
    case T_ARROW: {
        bool ok = n->flags & NF_COMMA_OK;
        Type *vt = t && t->kind == TY_TUPLE ? t->fields[0].type : t;
        int c = gen_expr(f, n->x, -1);
        int r = dst >= 0 ? dst : alloc_regs(f, nslots(vt) + (ok ? 1 : 0));
        emit(f, OP_RECV, r, c, ok, 0);
        return r;
    }
    default:
        cg_error(f, n->pos, "internal error: unexpected unary operator");
        return want(f, t, dst);
    }
}

/* ---- interfaces ---- */

int gen_conviface(FnGen *f, Type *from, int src, int dst, int site) {
    if (!from || from->kind == TY_UNTYPED_NIL) {
        emit(f, OP_ZERO, dst, 2, 0, 0);
    } else if (from->kind == TY_INTERFACE) {
        emit(f, OP_MOVN, dst, src, 2, 0);
    } else if (type_is_direct_iface(from)) {
        int tmp = src == dst ? alloc_regs(f, 1) : -1;
        if (tmp >= 0) emit(f, OP_MOV, tmp, src, 0, 0), src = tmp;
        emit(f, OP_LOADTYPE, dst, type_index(f->g, from), 0, 0);
        emit(f, OP_MOV, dst + 1, src, 0, 0);
    } else {
        emit(f, OP_BOX, dst, src, type_index(f->g, from), site);
    }
    return dst;
}

/* The value of type from at src, as a value of type to: boxed where Go
 * converts implicitly to an interface but the checker could not wrap a
 * node (the values of `a, b = f()`, of comma-ok forms and of select
 * receives).  conv: the N_CONVIFACE the checker left around a comma-ok
 * expression, whose site escape analysis decided; NULL: a fresh heap
 * site at pos. */
int cg_assign_conv(FnGen *f, Type *from, Type *to, int src, Node *conv, Pos pos) {
    if (!from || !to || !type_is_interface(to) || type_is_interface(from)) return src;
    int site = -1;
    if (!type_is_direct_iface(from)) {
        site = conv ? fn_site(f, conv, SITE_CONVIFACE, NULL, from, from->size)
                    : fn_site(f, NULL, SITE_CONVIFACE, "assignment", from, from->size);
        if (!conv) f->g->c->sites.items[site].pos = pos;
    }
    int r = alloc_regs(f, 2);
    return gen_conviface(f, from, src, r, site);
}

static int gen_conviface_node(FnGen *f, Node *n, int dst) {
    Type *from = n->x->type;
    int r = want(f, n->type, dst);
    if (is_nil(n->x) || !from || from->kind == TY_UNTYPED_NIL) {
        emit(f, OP_ZERO, r, 2, 0, 0);
        return r;
    }
    int site = -1;
    if (!type_is_interface(from) && !type_is_direct_iface(from)) {
        site = fn_site(f, n, SITE_CONVIFACE, NULL, from, from->size);
        f->g->c->sites.items[site].constant = unparen(n->x)->cval != NULL;
    }
    int v = gen_expr(f, n->x, -1);
    if (v == r) {
        int tmp = alloc_regs(f, nslots(from));
        move_value(f, from, tmp, v);
        v = tmp;
    }
    return gen_conviface(f, from, v, r, site);
}

static int gen_typeassert(FnGen *f, Node *n, int dst) {
    Type *t = n->type;
    bool ok = n->flags & NF_COMMA_OK;
    if (t && t->kind == TY_TUPLE) t = t->fields[0].type;
    int i = gen_expr(f, n->x, -1);
    int r = dst >= 0 ? dst : alloc_regs(f, nslots(t) + (ok ? 1 : 0));
    if (t->kind == TY_INTERFACE)
        emit(f, OP_ASSERTI, r, i, type_index(f->g, t), ok);
    else
        emit(f, OP_ASSERT, r, i, type_index(f->g, t),
             ok | 2 | (type_index(f->g, n->x->type) << 8));
    return r;
}

/* ---- selectors ---- */

/* walks the embedded-field path of a selector from the value of x */
static LV walk_path(FnGen *f, Node *x, SelPath *p, int steps) {
    LV cur;
    Node *ux = unparen(x);
    if (ux->kind == N_IDENT || ux->kind == N_SELECTOR || ux->kind == N_INDEX ||
        ux->kind == N_STAR) {
        cur = gen_lvalue(f, ux);
    } else {
        int v = gen_expr(f, ux, -1);
        cur = lv_reg(v, ux->type);
    }
    for (int i = 0; i < steps; i++) {
        if (cur.t->kind == TY_POINTER) {
            int r = lv_value(f, &cur, -1);
            cur = lv_mem(r, 0, cur.t->elem);
        }
        Field *fl = &cur.t->fields[p->index[i]];
        cur = lv_field(f, &cur, fl);
    }
    return cur;
}

/* receiver for a static method call/value: slots at dst */
static void gen_receiver(FnGen *f, Node *sel, int dst) {
    SelPath *p = sel->path;
    Method *m = p->method;
    int saved = f->top;
    LV cur = walk_path(f, sel->x, p, p->len);
    if (m->ptr_recv) {
        if (cur.t->kind == TY_POINTER) lv_load(f, &cur, dst);
        else lv_addr_to(f, &cur, saved, dst, sel->pos);
    } else {
        if (cur.t->kind == TY_POINTER && !(cur.t->name)) {
            int pr = lv_value(f, &cur, -1);
            load_mem(f, cur.t->elem, dst, pr, 0);
        } else {
            lv_load(f, &cur, dst);
        }
    }
}

/* the closure a method value x.M makes: a wrapper reading the receiver
 * (or interface) from the closure object */
static int bound_wrapper(FnGen *f, Node *sel, Type *recv, bool iface) {
    Gen *g = f->g;
    Type *sig = sel->type;
    int aslots = 0, nres = 0;
    for (int i = 0; i < sig->nparams; i++) aslots += nslots(sig->params[i]);
    for (int i = 0; i < sig->nresults; i++) nres += nslots(sig->results[i]);
    const char *name = iface ? arena_printf(&g->c->arena, "%s.%s-fm", recv->str ? recv->str : "iface", sel->name)
                             : arena_printf(&g->c->arena, "%s-fm", g->funcs.items[method_func(g, sel->path->method)].name);
    VEC_PUSH(g->funcs, ((Function){0}));
    int idx = g->funcs.len - 1;
    g->funcs.items[idx].name = name;
    g->funcs.items[idx].file = g->funcs.items[f->index].file;
    g->funcs.items[idx].recover_pc = -1;
    g->funcs.items[idx].is_wrapper = true;
    FnGen w;
    memset(&w, 0, sizeof w);
    w.g = g, w.fi = f->fi, w.index = idx, w.ctx = -1, w.fallthrough_patch = -1;
    alloc_regs(&w, aslots);
    int ctx = alloc_regs(&w, 1);
    emit(&w, OP_GETCTX, ctx, 0, 0, 0);
    int rs = iface ? 2 : nslots(recv);
    int base = alloc_regs(&w, (1 + rs + aslots > nres ? 1 + rs + aslots : nres));
    if (iface) {
        /* receiver word in base (CALLIFACE puts it), args after */
        int iv = alloc_regs(&w, 2);
        emit(&w, OP_LDN, iv, ctx, 8, 16);
        if (aslots) emit(&w, OP_MOVN, base + 1, 0, aslots, 0);
        emit(&w, OP_CALLIFACE, iv, base, 1 + aslots, cache_index(g, sel->name));
    } else {
        load_mem(&w, recv, base, ctx, 8);
        if (aslots) emit(&w, OP_MOVN, base + rs, 0, aslots, 0);
        emit(&w, OP_CALL, method_func(g, sel->path->method), base, rs + aslots, 0);
    }
    emit(&w, OP_RET, base, nres, 0, 0);
    Function *fn = &g->funcs.items[idx];
    fn->code = w.code.items, fn->lines = w.lines.items, fn->ncode = w.code.len;
    fn->nregs = w.maxregs, fn->frame_slots = w.maxregs, fn->nparams = aslots;
    fn->nresults = nres;
    return idx;
}

/* I.M for an interface type I: func(recv I, args...) calling through
 * the interface */
static int iface_method_expr(FnGen *f, Node *n) {
    Gen *g = f->g;
    Type *ft = n->type;
    int aslots = 0, nres = 0;
    for (int i = 1; i < ft->nparams; i++) aslots += nslots(ft->params[i]);
    for (int i = 0; i < ft->nresults; i++) nres += nslots(ft->results[i]);
    int idx = cg_new_function(g, arena_printf(&g->c->arena, "%s.%s", n->x->type->str ? n->x->type->str : "iface", n->name),
                              g->funcs.items[f->index].file, n->pos.line);
    g->funcs.items[idx].is_wrapper = true;
    FnGen w;
    memset(&w, 0, sizeof w);
    w.g = g, w.fi = f->fi, w.index = idx, w.ctx = -1, w.fallthrough_patch = -1;
    alloc_regs(&w, 2 + aslots);
    int base = alloc_regs(&w, 1 + aslots > nres ? 1 + aslots : (nres ? nres : 1));
    if (aslots) emit(&w, OP_MOVN, base + 1, 2, aslots, 0);
    emit(&w, OP_CALLIFACE, 0, base, 1 + aslots, cache_index(g, n->name));
    emit(&w, OP_RET, base, nres, 0, 0);
    cg_finish_function(&w, 2 + aslots, nres);
    return idx;
}

/* T.M or (*T).M for a method promoted through embedded fields: a
 * func(recv T or *T, args...) that follows the embedding path from its
 * receiver (through embedded pointers too) and calls M, statically or
 * through an embedded interface */
static int promoted_method_expr(FnGen *f, Node *n) {
    Gen *g = f->g;
    Type *ft = n->type, *rt = ft->params[0];
    SelPath *p = n->path;
    Method *m = p->method;
    int rs = nslots(rt), aslots = 0, nres = 0;
    for (int i = 1; i < ft->nparams; i++) aslots += nslots(ft->params[i]);
    for (int i = 0; i < ft->nresults; i++) nres += nslots(ft->results[i]);
    int idx = cg_new_function(g, arena_printf(&g->c->arena, "%s.%s", rt->str ? rt->str : "T", n->name),
                              g->funcs.items[f->index].file, n->pos.line);
    g->funcs.items[idx].is_wrapper = true;
    FnGen w;
    memset(&w, 0, sizeof w);
    w.g = g, w.fi = f->fi, w.index = idx, w.ctx = -1, w.fallthrough_patch = -1;
    w.line = n->pos.line;
    alloc_regs(&w, rs + aslots);
    LV cur = lv_reg(0, rt);
    for (int i = 0; i < p->len; i++) {
        if (cur.t->kind == TY_POINTER) {
            int r = lv_value(&w, &cur, -1);
            cur = lv_mem(r, 0, cur.t->elem);
        }
        cur = lv_field(&w, &cur, &cur.t->fields[p->index[i]]);
    }
    int base;
    if (!m) {
        int iv = lv_value(&w, &cur, -1);
        base = alloc_regs(&w, 1 + aslots > nres ? 1 + aslots : (nres ? nres : 1));
        if (aslots) emit(&w, OP_MOVN, base + 1, rs, aslots, 0);
        emit(&w, OP_CALLIFACE, iv, base, 1 + aslots, cache_index(g, n->name));
    } else {
        Type *vt = cur.t->kind == TY_POINTER && !cur.t->name ? cur.t->elem : cur.t;
        int recv_slots = m->ptr_recv ? 1 : nslots(vt);
        int need = recv_slots + aslots > nres ? recv_slots + aslots : nres;
        base = alloc_regs(&w, need ? need : 1);
        if (m->ptr_recv) {
            if (cur.t->kind == TY_POINTER) lv_load(&w, &cur, base);
            else emit(&w, OP_MOV, base, lv_addr(&w, &cur, n->pos), 0, 0);
        } else if (cur.t->kind == TY_POINTER && !cur.t->name) {
            load_mem(&w, vt, base, lv_value(&w, &cur, -1), 0);
        } else {
            lv_load(&w, &cur, base);
        }
        if (aslots) emit(&w, OP_MOVN, base + recv_slots, rs, aslots, 0);
        emit(&w, OP_CALL, method_func(g, m), base, recv_slots + aslots, 0);
    }
    emit(&w, OP_RET, base, nres, 0, 0);
    cg_finish_function(&w, rs + aslots, nres);
    return idx;
}

static int gen_method_value(FnGen *f, Node *n, int dst) {
    int r = want(f, n->type, dst);
    bool iface = n->aux == AUX_SEL_IFACE_METHOD;
    Type *recv;
    int rv;
    if (iface) {
        recv = n->x->type;
        if (n->path && n->path->len) {
            LV cur = walk_path(f, n->x, n->path, n->path->len);
            recv = cur.t;
            rv = lv_value(f, &cur, -1);
        } else {
            rv = gen_expr(f, n->x, -1);
        }
        emit(f, OP_NILCHK, rv, 0, 0, 0);
    } else {
        Method *m = n->path->method;
        LV cur = walk_path(f, n->x, n->path, n->path->len);
        recv = m->ptr_recv ? (cur.t->kind == TY_POINTER ? cur.t : NULL) : cur.t;
        if (!m->ptr_recv && cur.t->kind == TY_POINTER && !cur.t->name) recv = cur.t->elem;
        if (!recv) recv = types_pointer(f->g->c, cur.t);
        rv = alloc_regs(f, nslots(recv));
        gen_receiver(f, n, rv);
    }
    int wrapper = bound_wrapper(f, n, recv, iface);
    int64_t size = 8 + (iface ? 16 : nslots(recv) * 8);
    int site = fn_site(f, n, SITE_METHODVAL, NULL, NULL, size);
    int p = alloc_regs(f, 1);
    emit(f, OP_CLOSURE, p, wrapper, site, 0);
    if (iface) emit(f, OP_STN, p, rv, 8, 16);
    else store_mem(f, recv, p, 8, rv);
    emit(f, OP_MOV, r, p, 0, 0);
    return r;
}

static int gen_selector(FnGen *f, Node *n, int dst) {
    switch (n->aux) {
    case AUX_SEL_QUALIFIED: {
        Symbol *s = n->sym;
        if (s->kind == SYM_FUNC) {
            int r = want(f, n->type, dst);
            emit(f, OP_FUNCVAL, r, s->func->func_index, 0, 0);
            return r;
        }
        LV lv = var_lvalue(f, s);
        return lv_value(f, &lv, dst);
    }
    case AUX_SEL_METHOD:
    case AUX_SEL_IFACE_METHOD:
        return gen_method_value(f, n, dst);
    case AUX_SEL_METHOD_EXPR: {
        Method *m = n->path->method;
        int r = want(f, n->type, dst);
        if (n->path->len > 0) {
            emit(f, OP_FUNCVAL, r, promoted_method_expr(f, n), 0, 0);
            return r;
        }
        if (!m) {
            emit(f, OP_FUNCVAL, r, iface_method_expr(f, n), 0, 0);
            return r;
        }
        int fi = method_func(f->g, m);
        Type *rt = n->type->params[0];
        if (!m->ptr_recv && rt->kind == TY_POINTER)
            fi = value_method_wrapper(f->g, m, rt->elem);
        emit(f, OP_FUNCVAL, r, fi, 0, 0);
        return r;
    }
    default: {
        LV lv = gen_lvalue(f, n);
        return lv_value(f, &lv, dst);
    }
    }
}

/* ---- indexing ---- */

static LV index_lvalue(FnGen *f, Node *n) {
    Type *xt = n->x->type;
    if (xt->kind == TY_MAP) {
        int m = gen_expr(f, n->x, -1);
        int k = gen_expr(f, n->y, -1);
        LV lv = {LV_MAP, m, 0, xt->elem, k, xt};
        return lv;
    }
    if (xt->kind == TY_SLICE) {
        int s = gen_expr(f, n->x, -1);
        int i = gen_expr(f, n->y, -1);
        emit(f, OP_BOUNDS, i, s + 1, 0, 0);
        int p = alloc_regs(f, 1);
        emit(f, OP_LEA, p, s, i, (int)xt->elem->size);
        return lv_mem(p, 0, xt->elem);
    }
    if (xt->kind == TY_STRING) {
        int s = gen_expr(f, n->x, -1);
        int i = gen_expr(f, n->y, -1);
        int r = alloc_regs(f, 1);
        emit(f, OP_STRIDX, r, s, i, 0);
        return lv_reg(r, n->type);
    }
    /* arrays and pointers to arrays */
    LV base;
    Type *at = xt;
    if (xt->kind == TY_POINTER) {
        at = xt->elem;
        int p = gen_expr(f, n->x, -1);
        base = lv_mem(p, 0, at);
    } else {
        Node *ux = unparen(n->x);
        if (ux->kind == N_IDENT || ux->kind == N_SELECTOR || ux->kind == N_INDEX || ux->kind == N_STAR)
            base = gen_lvalue(f, ux);
        else
            base = lv_reg(gen_expr(f, ux, -1), at);
    }
    Type *et = at->elem;
    if (n->y->cval) {
        int64_t i = const_int64(n->y->cval);
        Field fl = {.type = et, .offset = i * et->size};
        if (xt->kind == TY_POINTER) emit(f, OP_NILCHK, base.reg, 0, 0, 0);
        return lv_field(f, &base, &fl);
    }
    int i = gen_expr(f, n->y, -1);
    emit(f, OP_BOUNDSK, i, (int)at->len, 0, 0);
    int a = lv_addr(f, &base, n->pos);
    int p = alloc_regs(f, 1);
    emit(f, OP_LEA, p, a, i, (int)et->size);
    return lv_mem(p, 0, et);
}

/* s[i] on a slice with a word or byte element: the slice and the index in
 * registers, for LDX/STX (the bounds check happens at the access) */
static bool slice_elem_lvalue(FnGen *f, Node *n, LV *lv) {
    Type *xt = n->x->type;
    if (xt->kind != TY_SLICE || cg_slice_xop(xt->elem, false) < 0) return false;
    int s = gen_expr(f, n->x, -1);
    int i = gen_expr(f, n->y, -1);
    *lv = (LV){LV_ELEM, s, 0, xt->elem, i, NULL};
    return true;
}

LV gen_store_lvalue(FnGen *f, Node *n) {
    Node *u = unparen(n);
    LV lv;
    if (u->kind == N_INDEX && slice_elem_lvalue(f, u, &lv)) return lv;
    return gen_lvalue(f, n);
}

static int gen_index(FnGen *f, Node *n, int dst) {
    Type *xt = n->x->type;
    LV elem;
    if (slice_elem_lvalue(f, n, &elem)) {
        int r = want(f, n->type, dst);
        lv_load(f, &elem, r);
        return r;
    }
    if (xt->kind == TY_MAP && (n->flags & NF_COMMA_OK)) {
        int m = gen_expr(f, n->x, -1);
        int k = gen_expr(f, n->y, -1);
        int r = dst >= 0 ? dst : alloc_regs(f, nslots(xt->elem) + 1);
        emit(f, OP_MAPGET, r, m, k, (type_index(f->g, xt) << 1) | 1);
        return r;
    }
    LV lv = index_lvalue(f, n);
    return lv_value(f, &lv, dst);
}

static int gen_sliceexpr(FnGen *f, Node *n, int dst) {
    Type *xt = n->x->type;
    int fl = 0;
    int64_t esz = 1;
    int src;
    if (xt->kind == TY_STRING) {
        fl = SL_STRING;
        src = gen_expr(f, n->x, -1);
    } else if (xt->kind == TY_SLICE) {
        esz = xt->elem->size;
        src = gen_expr(f, n->x, -1);
    } else {
        Type *at = xt->kind == TY_POINTER ? xt->elem : xt;
        esz = at->elem->size;
        src = alloc_regs(f, 3);
        if (xt->kind == TY_POINTER) {
            gen_expr_to(f, n->x, src);
            emit(f, OP_NILCHK, src, 0, 0, 0);
        } else {
            LV lv = gen_lvalue(f, n->x);
            int a = lv_addr(f, &lv, n->pos);
            emit(f, OP_MOV, src, a, 0, 0);
        }
        load_int(f, src + 1, at->len);
        load_int(f, src + 2, at->len);
        fl = SL_ARRAY;
    }
    int idx;
    if (n->y && n->z && !n->w) {
        /* s[lo:hi] with lo and hi already in adjacent registers (two
         * variables declared together, as a scanner's start and i): no
         * copies.  A register variable cannot change while the other
         * bound is evaluated (no address taken, not captured by reference). */
        int ry = gen_expr(f, n->y, -1);
        int rz = gen_expr(f, n->z, -1);
        fl |= SL_LO | SL_HI;
        if (rz == ry + 1) {
            idx = ry;
        } else {
            idx = alloc_regs(f, 2);
            move_value(f, n->y->type, idx, ry);
            move_value(f, n->z->type, idx + 1, rz);
        }
    } else {
        idx = alloc_regs(f, 3);
        if (n->y) fl |= SL_LO, gen_expr_to(f, n->y, idx);
        if (n->z) fl |= SL_HI, gen_expr_to(f, n->z, idx + 1);
        if (n->w) fl |= SL_MAX, gen_expr_to(f, n->w, idx + 2);
    }
    int r = want(f, n->type, dst);
    emit(f, OP_SLICE, r, src, idx, fl | (int)(esz << 8));
    return r;
}

/* ---- lvalues of expressions ---- */

LV gen_lvalue(FnGen *f, Node *n) {
    n = unparen(n);
    set_line(f, n);
    switch (n->kind) {
    case N_IDENT:
        if (!strcmp(n->name, "_")) return (LV){LV_BLANK, 0, 0, n->type, 0, NULL};
        if (n->sym && n->sym->kind == SYM_VAR) return var_lvalue(f, n->sym);
        break;
    case N_SELECTOR:
        if (n->aux == AUX_SEL_FIELD) {
            SelPath *p = n->path;
            LV cur = walk_path(f, n->x, p, p->len - 1);
            if (cur.t->kind == TY_POINTER) {
                int r = lv_value(f, &cur, -1);
                cur = lv_mem(r, 0, cur.t->elem);
            }
            return lv_field(f, &cur, &cur.t->fields[p->index[p->len - 1]]);
        }
        if (n->aux == AUX_SEL_QUALIFIED && n->sym && n->sym->kind == SYM_VAR)
            return var_lvalue(f, n->sym);
        break;
    case N_INDEX: return index_lvalue(f, n);
    case N_STAR: {
        int p = gen_expr(f, n->x, -1);
        return lv_mem(p, 0, n->type);
    }
    default: break;
    }
    int r = gen_expr(f, n, -1);
    return lv_reg(r, n->type);
}

/* ---- composite literals ---- */

static int struct_field_index(Type *t, const char *name) {
    for (int i = 0; i < t->nfields; i++)
        if (t->fields[i].name && !strcmp(t->fields[i].name, name)) return i;
    return -1;
}

/* stores element value n into lvalue lv (with implicit &T for elided
 * pointer element literals) */
static void store_elem(FnGen *f, LV *lv, Node *e) {
    int saved = f->top;
    Node *u = unparen(e);
    if (lv->kind == LV_MEM && u->kind == N_COMPOSITE && u->type &&
        (u->type->kind == TY_STRUCT || u->type->kind == TY_ARRAY)) {
        /* a nested literal into (zeroed) memory: in place, no copy */
        fill_composite(f, u, lv);
        release_regs(f, saved);
        return;
    }
    if (lv->kind == LV_REG) {  /* a fresh temporary: nothing reads it yet */
        gen_expr_to(f, e, lv->reg);
        release_regs(f, saved);
        return;
    }
    int v = gen_expr(f, e, -1);
    lv_store(f, lv, v);
    release_regs(f, saved);
}

static int64_t next_index(int64_t idx) { return (int64_t)((uint64_t)idx + 1); }

static void fill_composite(FnGen *f, Node *n, LV *base) {
    Type *t = n->type;
    if (t->kind == TY_STRUCT) {
        for (int i = 0; i < n->list.len; i++) {
            Node *e = n->list.items[i];
            int fi = i;
            if (e->kind == N_KEYVALUE) {
                fi = struct_field_index(t, e->x->name);
                e = e->y;
            }
            if (fi < 0) continue;
            int saved = f->top;
            LV lv = lv_field(f, base, &t->fields[fi]);
            store_elem(f, &lv, e);
            release_regs(f, saved);
        }
        return;
    }
    /* arrays */
    int64_t idx = 0;
    for (int i = 0; i < n->list.len; i++, idx = next_index(idx)) {
        Node *e = n->list.items[i];
        if (e->kind == N_KEYVALUE) {
            idx = e->x->cval ? const_int64(e->x->cval) : idx;
            e = e->y;
        }
        if (idx < 0 || idx >= t->len) {
            /* past a wrapped length (see literal_len): evaluated, not stored */
            int saved = f->top;
            gen_expr(f, e, -1);
            release_regs(f, saved);
            continue;
        }
        Field fl = {.type = t->elem, .offset = idx * t->elem->size};
        int saved = f->top;
        LV lv = lv_field(f, base, &fl);
        store_elem(f, &lv, e);
        release_regs(f, saved);
    }
}

/* A struct or array literal built straight into zeroed memory at base
 * (package variables: no copy through registers, however large). */
void cg_fill_composite(FnGen *f, Node *n, LV *base) { fill_composite(f, n, base); }

/* The length of a slice literal, as the checker computes it: the index
 * after MaxInt64 wraps to negative (go/types' arithmetic), so []T{MaxInt:
 * x} has length 0 in Go 1.19 and its element is not stored. */
static int64_t literal_len(Node *n) {
    int64_t idx = 0, max = 0;
    for (int i = 0; i < n->list.len; i++, idx = next_index(idx)) {
        Node *e = n->list.items[i];
        if (e->kind == N_KEYVALUE && e->x->cval) idx = const_int64(e->x->cval);
        if (next_index(idx) > max) max = next_index(idx);
    }
    return max;
}

static bool static_entry(Node *kv);

static int gen_composite(FnGen *f, Node *n, int dst) {
    Type *t = n->type;
    if (t->kind == TY_POINTER) {
        /* elided &T{...} inside another literal */
        int r = want(f, t, dst);
        Type *et = t->elem;
        int site = fn_site(f, n, SITE_COMPOSITE, NULL, et, et->size);
        int p = alloc_regs(f, 1);
        emit_new(f, p, site, false);
        Node tmp = *n;
        tmp.type = et;
        tmp.site = -1;
        LV lv = lv_mem(p, 0, et);
        fill_composite(f, &tmp, &lv);
        emit(f, OP_MOV, r, p, 0, 0);
        return r;
    }
    if (t->kind == TY_STRUCT || t->kind == TY_ARRAY) {
        int r = dst >= 0 ? dst : alloc_regs(f, nslots(t));
        if (dst >= 0) {
            /* build in temporaries: the target may be read by elements */
            int tmp = alloc_regs(f, nslots(t));
            emit(f, OP_ZERO, tmp, nslots(t), 0, 0);
            LV lv = lv_reg(tmp, t);
            fill_composite(f, n, &lv);
            move_value(f, t, r, tmp);
            return r;
        }
        emit(f, OP_ZERO, r, nslots(t), 0, 0);
        LV lv = lv_reg(r, t);
        fill_composite(f, n, &lv);
        return r;
    }
    if (t->kind == TY_SLICE) {
        int64_t len = literal_len(n);
        Type *at = types_array(f->g->c, t->elem, len);
        int site = fn_site(f, n, SITE_SLICELIT, NULL, at, at->size);
        f->g->c->sites.items[site].type = at;
        int r = want(f, t, dst);
        int p = alloc_regs(f, 3);
        emit_new(f, p, site, false);
        Node tmp = *n;
        tmp.type = at;
        LV lv = lv_mem(p, 0, at);
        fill_composite(f, &tmp, &lv);
        load_int(f, p + 1, len);
        load_int(f, p + 2, len);
        emit(f, OP_MOVN, r, p, 3, 0);
        return r;
    }
    if (t->kind == TY_MAP) {
        int site = fn_site(f, n, SITE_MAPLIT, NULL, t, map_stack_bytes(t));
        int r = want(f, t, dst);
        int m = alloc_regs(f, 2);
        load_int(f, m + 1, n->list.len);
        emit(f, OP_MAKEMAP, m, m + 1, site, 0);
        /* as gc: the constant entries first, then each other one as a
         * statement m[k] = v of its own (so their calls are not hoisted
         * out of the literal, see hoist_walk) */
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n->list.len; i++) {
                Node *e = n->list.items[i];
                if (e->kind != N_KEYVALUE || static_entry(e) != (pass == 0)) continue;
                int saved = f->top;
                int hoisted = cg_hoist_mark(f);
                Node *kv[2] = {e->x, e->y};
                bool self[2] = {true, true};
                if (pass) cg_hoist_list(f, kv, self, 2);
                int k = gen_expr(f, e->x, -1);
                int v = gen_expr(f, e->y, -1);
                emit(f, OP_MAPSET, m, k, v, type_index(f->g, t));
                cg_hoist_drop(f, hoisted);
                release_regs(f, saved);
            }
        }
        emit(f, OP_MOV, r, m, 0, 0);
        return r;
    }
    cg_error(f, n->pos, "unsupported composite literal");
    return want(f, t, dst);
}

/* ---- closures ---- */

static int gen_funclit(FnGen *f, Node *n, int dst) {
    FuncInfo *fi = n->func;
    int r = want(f, n->type, dst);
    if (!fi->captures.len) {
        emit(f, OP_FUNCVAL, r, fi->func_index, 0, 0);
        return r;
    }
    int site = fn_site(f, n, SITE_CLOSURE, "func literal", NULL, closure_size(fi));
    int p = alloc_regs(f, 1);
    emit(f, OP_CLOSURE, p, fi->func_index, site, 0);
    for (int i = 0; i < fi->captures.len; i++) {
        Symbol *s = fi->captures.items[i];
        int saved = f->top;
        int64_t off = capture_offset(fi, i);
        if (s->byref || s->region == REGION_HEAP) {
            int a = var_address(f, s, n->pos);
            emit(f, OP_ST64, p, (int)off, a, 0);
        } else {
            LV lv = var_lvalue(f, s);
            int v = lv_value(f, &lv, -1);
            store_mem(f, s->type, p, off, v);
        }
        release_regs(f, saved);
    }
    emit(f, OP_MOV, r, p, 0, 0);
    return r;
}

/* ---- calls ---- */

static int sig_param_slots(Type *sig) {
    int n = 0;
    for (int i = 0; i < sig->nparams; i++) n += nslots(sig->params[i]);
    return n;
}

static int sig_result_slots(Type *sig) {
    int n = 0;
    for (int i = 0; i < sig->nresults; i++) n += nslots(sig->results[i]);
    return n;
}

/* One argument: an expression, or an element of a multi-value call
 * already evaluated into registers. */
typedef struct Arg {
    Node *expr;
    Type *t;
    int reg;
} Arg;

/* go and defer evaluate the function value, the receiver and each
 * argument as a statement of its own: gc's escape analysis moves each into
 * a temporary before the order pass (escape/call.go, rewriteArgument).
 * part_begin starts such a statement when stmt; end it with
 * cg_hoist_drop. */
static int part_begin(FnGen *f, bool stmt, Node *e) {
    int mark = cg_hoist_mark(f);
    if (stmt && e) cg_hoist(f, e, false);
    return mark;
}

/* puts argument a into slots dst as a value of parameter type pt (as a
 * statement of its own when stmt) */
static void place_arg(FnGen *f, Node *call, Arg *a, Type *pt, int dst, bool stmt) {
    int saved = f->top;
    if (a->expr) {
        int mark = part_begin(f, stmt, a->expr);
        gen_expr_to(f, a->expr, dst);
        cg_hoist_drop(f, mark);
    } else if (pt->kind == TY_INTERFACE && a->t->kind != TY_INTERFACE) {
        int site = type_is_direct_iface(a->t) ? -1
                   : fn_site(f, NULL, SITE_CONVIFACE, "argument", a->t, a->t->size);
        if (site >= 0) f->g->c->sites.items[site].pos = call->pos;
        gen_conviface(f, a->t, a->reg, dst, site);
    } else {
        move_value(f, a->t, dst, a->reg);
    }
    release_regs(f, saved);
}

/* evaluates the arguments of call n for signature sig into slots at
 * base (packing variadic extras into a slice); each a statement of its
 * own when stmts (see part_begin) */
static void gen_args(FnGen *f, Node *n, Type *sig, int base, bool stmts) {
    int at = base;
    int np = sig->nparams;
    int na = n->list.len;
    Arg *args;
    if (na == 1 && n->list.items[0]->type && n->list.items[0]->type->kind == TY_TUPLE) {
        Type *tt = n->list.items[0]->type;
        int mark = part_begin(f, stmts, n->list.items[0]);
        int r = gen_call(f, n->list.items[0], -1);
        cg_hoist_drop(f, mark);
        /* keep the results below the arguments being built */
        if (f->top < r + 1) alloc_regs(f, r + 1 - f->top);
        na = tt->nfields;
        args = xcalloc((size_t)na + 1, sizeof(Arg));
        for (int i = 0; i < na; i++) {
            args[i] = (Arg){NULL, tt->fields[i].type, r};
            r += nslots(tt->fields[i].type);
        }
    } else {
        args = xcalloc((size_t)na + 1, sizeof(Arg));
        for (int i = 0; i < na; i++)
            args[i] = (Arg){n->list.items[i], n->list.items[i]->type, -1};
    }
    int fixed = sig->variadic && !(n->flags & NF_DOTS) ? np - 1 : np;
    for (int i = 0; i < fixed && i < na; i++) {
        place_arg(f, n, &args[i], sig->params[i], at, stmts);
        at += nslots(sig->params[i]);
    }
    if (fixed == np) {
        free(args);
        return;
    }
    int k = na - fixed;
    if (k <= 0) {
        emit(f, OP_ZERO, at, 3, 0, 0);
        free(args);
        return;
    }
    Type *et = sig->params[np - 1]->elem;
    Type *at_t = types_array(f->g->c, et, k);
    int site = fn_site(f, n, SITE_SLICELIT, "... argument", at_t, at_t->size);
    f->g->c->sites.items[site].type = at_t;
    int p = alloc_regs(f, 1);
    emit_new(f, p, site, false);
    for (int i = 0; i < k; i++) {
        int saved = f->top;
        int v = alloc_regs(f, nslots(et));
        place_arg(f, n, &args[fixed + i], et, v, stmts);
        store_mem(f, et, p, i * et->size, v);
        release_regs(f, saved);
    }
    emit(f, OP_MOV, at, p, 0, 0);
    load_int(f, at + 1, k);
    load_int(f, at + 2, k);
    free(args);
}

static FuncInfo *callee_info(Node *fx) {
    fx = unparen(fx);
    if (fx->kind == N_IDENT && fx->sym) return fx->sym->func;
    if (fx->kind == N_SELECTOR) {
        if (fx->aux == AUX_SEL_QUALIFIED && fx->sym) return fx->sym->func;
        if (fx->path && fx->path->method && fx->path->method->decl)
            return ((Node *)fx->path->method->decl)->func;
    }
    return NULL;
}

static int gen_builtin(FnGen *f, Node *n, int dst);
static int gen_conversion(FnGen *f, Node *n, int dst);

/* math.Sqrt(x), compiled to SQRTF */
static bool is_sqrt_call(FnGen *f, Node *n) {
    if (n->aux != AUX_CALL_NATIVE || n->list.len != 1 || (n->flags & NF_DOTS)) return false;
    FuncInfo *fi = callee_info(unparen(n->x));
    if (!fi || fi->extern_name) return false;
    int ni = f->g->native_of[fi->func_index];
    return !strcmp(f->g->natives.items[ni].name, "math.Sqrt") &&
           n->list.items[0]->type && n->list.items[0]->type->kind == TY_FLOAT64;
}

/* ---- Go's order inside a statement (see codegen.h) ---- */

/* gc's isStaticCompositeLiteral, after ordering: a constant, nil, or an
 * array or struct literal of them (a value boxed into an interface is not:
 * the order pass moves it to a read-only variable first) */
static bool static_literal(Node *n) {
    n = unparen(n);
    if (n->kind == N_CONVIFACE) return false;
    if (n->cval || is_nil(n)) return true;
    if (n->kind != N_COMPOSITE || !n->type ||
        (n->type->kind != TY_STRUCT && n->type->kind != TY_ARRAY))
        return false;
    for (int i = 0; i < n->list.len; i++) {
        Node *el = n->list.items[i];
        if (!static_literal(el->kind == N_KEYVALUE ? el->y : el)) return false;
    }
    return true;
}

static bool static_entry(Node *kv) { return static_literal(kv->x) && static_literal(kv->y); }

/* A map literal with an entry that is not constant: gc makes the map
 * where the literal stands and stores those entries one statement each */
static bool dynamic_maplit(Node *n) {
    if (n->kind != N_COMPOSITE || !n->type || n->type->kind != TY_MAP) return false;
    for (int i = 0; i < n->list.len; i++)
        if (n->list.items[i]->kind == N_KEYVALUE && !static_entry(n->list.items[i])) return true;
    return false;
}

/* gc's SoleComponent: the one non-struct, non-array part of t, or NULL */
static const Type *sole_component(const Type *t) {
    if (t->kind == TY_STRUCT) return t->nfields == 1 ? sole_component(t->fields[0].type) : NULL;
    if (t->kind == TY_ARRAY) return t->len == 1 ? sole_component(t->elem) : NULL;
    return t;
}

/* gc's dataWordFuncName: is a T boxed into an interface by passing its
 * address to the runtime (convT, convTnoptr)?  Not the 2-, 4- and 8-byte
 * values without pointers (convT16/32/64), strings and slices. */
static bool box_by_address(const Type *t) {
    if (t->size == 2 && t->align == 2) return false;
    if ((t->size == 4 || t->size == 8) && t->align == t->size && !t->ptrdata) return false;
    const Type *sc = sole_component(t);
    return !sc || (sc->kind != TY_STRING && sc->kind != TY_SLICE);
}

static bool addressable(Node *n) {
    n = unparen(n);
    switch (n->kind) {
    case N_IDENT: return n->sym && n->sym->kind == SYM_VAR;
    case N_STAR: return true;
    case N_INDEX:
        if (!n->x->type || n->x->type->kind == TY_SLICE) return n->x->type != NULL;
        return n->x->type->kind == TY_ARRAY && addressable(n->x);
    case N_SELECTOR:
        if (n->aux != AUX_SEL_FIELD) return false;
        if (n->x->type && n->x->type->kind == TY_POINTER) return true;
        for (int i = 0; n->path && i < n->path->len; i++)
            if (n->path->deref[i]) return true;
        return addressable(n->x);
    default: return false;
    }
}

/* Boxing a value whose address the runtime takes copies it first into a
 * temporary unless it is addressable other than as a local variable (gc's
 * addrTemp and isaddrokay): a struct or array literal, a comparison, a
 * local struct variable are read where they stand, a global or a field
 * reached through memory after the calls. */
static bool box_copies(Node *n) {
    Node *x = unparen(n->x);
    if (!x->type || x->type->kind == TY_INTERFACE || x->cval || is_nil(x) ||
        !box_by_address(x->type))
        return false;
    if (!addressable(x)) return true;
    return x->kind == N_IDENT && !x->sym->global;
}

/* Is n one of the operations gc's order pass evaluates ahead of the rest
 * of its statement (into a temporary)? */
static bool hoistable(FnGen *f, Node *n) {
    if (n->cval || !n->type || (n->flags & NF_COMMA_OK)) return false;
    switch (n->kind) {
    case N_BINARY: return n->op == T_LAND || n->op == T_LOR;
    case N_COMPOSITE: return dynamic_maplit(n);
    case N_CONVIFACE: return box_copies(n);
    case N_CALL:
        if (n->type->kind == TY_TUPLE) return false;
        if (n->aux == AUX_CALL_BUILTIN)
            return n->builtin == BI_APPEND || n->builtin == BI_MAKE ||
                   n->builtin == BI_NEW || n->builtin == BI_LEN ||
                   n->builtin == BI_CAP || n->builtin == BI_COPY;
        if (n->aux == AUX_CALL_CONV)  /* []byte(s), []rune(s) */
            return n->type->kind == TY_SLICE && n->list.len == 1 &&
                   n->list.items[0]->type && type_is_string(n->list.items[0]->type);
        return !is_sqrt_call(f, n);
    case N_UNARY: return n->op == T_ARROW;
    case N_SLICEEXPR: return true;
    case N_TYPEASSERT: return !type_is_direct_iface(n->type);
    default: return false;
    }
}

/* Does reading n itself (its operands aside) neither observe anything a
 * call could change nor have an effect or a panic of its own?  Then
 * evaluating it before or after a call is the same. */
static bool order_free(FnGen *f, Node *n) {
    switch (n->kind) {
    case N_IDENT: {
        Symbol *s = n->sym;
        return !s || s->kind != SYM_VAR ||
               (!s->global && !memory_var(s) && (!s->func || s->func == f->fi));
    }
    case N_FUNCLIT: case N_PAREN: return true;
    case N_UNARY: return n->op != T_AND && n->op != T_ARROW;
    case N_BINARY: {
        Type *t = n->x->type;
        if (!t || t->kind == TY_STRING || t->kind == TY_INTERFACE || t->kind == TY_STRUCT ||
            t->kind == TY_ARRAY)
            return false;
        return n->op != T_QUO && n->op != T_REM && n->op != T_SHL && n->op != T_SHR;
    }
    case N_CALL:  /* a numeric conversion */
        return n->aux == AUX_CALL_CONV && n->type && type_is_numeric(n->type);
    default: return false;
    }
}

/* One walk in evaluation order, as gen_expr will go.  Scanning (emit
 * false) notes in *dirty that an operand whose reading depends on order
 * was passed and returns whether a hoistable operation comes after one;
 * emitting evaluates the hoistable operations into temporaries. */
static bool hoist_walk(FnGen *f, Node *e, bool self, bool emit_now, bool *dirty) {
    Node *n = unparen(e);
    if (!n || n->cval) return false;
    bool need = false;
    switch (n->kind) {
    case N_FUNCLIT: return false;       /* its body runs when called */
    case N_BINARY:
        need |= hoist_walk(f, n->x, true, emit_now, dirty);
        if (n->op != T_LAND && n->op != T_LOR) need |= hoist_walk(f, n->y, true, emit_now, dirty);
        break;
    case N_CALL: {
        Node *fx = unparen(n->x);
        if (n->aux == AUX_CALL_VALUE) need |= hoist_walk(f, fx, true, emit_now, dirty);
        else if (n->aux != AUX_CALL_CONV && n->aux != AUX_CALL_BUILTIN && fx->kind == N_SELECTOR)
            need |= hoist_walk(f, fx->x, true, emit_now, dirty);  /* the receiver */
        for (int i = 0; i < n->list.len; i++)
            need |= hoist_walk(f, n->list.items[i], true, emit_now, dirty);
        break;
    }
    case N_UNARY: case N_STAR: case N_SELECTOR: case N_CONVIFACE: case N_TYPEASSERT:
        need |= hoist_walk(f, n->x, true, emit_now, dirty);
        break;
    case N_INDEX:
        need |= hoist_walk(f, n->x, true, emit_now, dirty);
        need |= hoist_walk(f, n->y, true, emit_now, dirty);
        break;
    case N_SLICEEXPR:
        need |= hoist_walk(f, n->x, true, emit_now, dirty);
        need |= hoist_walk(f, n->y, true, emit_now, dirty);
        need |= hoist_walk(f, n->z, true, emit_now, dirty);
        need |= hoist_walk(f, n->w, true, emit_now, dirty);
        break;
    case N_COMPOSITE:
        if (dynamic_maplit(n)) break;  /* its entries are statements */
        for (int i = 0; i < n->list.len; i++) {
            Node *el = n->list.items[i];
            if (el->kind == N_KEYVALUE) {
                need |= hoist_walk(f, el->x, true, emit_now, dirty);  /* a struct's: a name */
                need |= hoist_walk(f, el->y, true, emit_now, dirty);
            } else {
                need |= hoist_walk(f, el, true, emit_now, dirty);
            }
        }
        break;
    default:
        break;
    }
    if (self && hoistable(f, n)) {
        need |= *dirty;
        if (emit_now) {
            Hoisted h = {n, gen_expr(f, n, -1)};
            VEC_PUSH(f->hoisted, h);
        }
    } else if (!order_free(f, n)) {
        *dirty = true;
    }
    return need;
}

void cg_hoist_list(FnGen *f, Node **es, const bool *self, int n) {
    bool dirty = false, need = false;
    for (int i = 0; i < n; i++) need |= hoist_walk(f, es[i], self[i], false, &dirty);
    if (!need) return;  /* in place, left to right, is Go's order too */
    for (int i = 0; i < n; i++) hoist_walk(f, es[i], self[i], true, &dirty);
}

void cg_hoist_list_all(FnGen *f, Node **es, const bool *self, int n) {
    bool dirty = false;
    for (int i = 0; i < n; i++) hoist_walk(f, es[i], self[i], true, &dirty);
}

void cg_hoist(FnGen *f, Node *e, bool self) { cg_hoist_list(f, &e, &self, 1); }

/* The temporary cg_hoist left for n (moved to dst when one is asked), or
 * -1 */
static int hoisted_value(FnGen *f, Node *n, int dst) {
    for (int i = f->hoisted.len - 1; i >= 0; i--) {
        if (f->hoisted.items[i].n != n) continue;
        int r = f->hoisted.items[i].reg;
        if (dst < 0 || dst == r) return r;
        move_value(f, n->type, dst, r);
        return dst;
    }
    return -1;
}

int gen_call(FnGen *f, Node *n, int dst) {
    n = unparen(n);
    set_line(f, n);
    if (f->hoisted.len) {
        int h = hoisted_value(f, n, dst);
        if (h >= 0) return h;
    }
    bool stmts = f->call_parts_stmts;  /* go, defer: see part_begin */
    f->call_parts_stmts = false;
    if (n->aux == AUX_CALL_BUILTIN) return gen_builtin(f, n, dst);
    if (n->aux == AUX_CALL_CONV) return gen_conversion(f, n, dst);
    Node *fx = unparen(n->x);
    if (is_sqrt_call(f, n)) {  /* an intrinsic, as in Go: no call */
        int x = gen_expr(f, n->list.items[0], -1);
        int r = want(f, n->type, dst);
        emit(f, OP_SQRTF, r, x, 0, 0);
        return r;
    }
    Type *sig = fx->type;
    if (sig && sig->kind != TY_FUNC && sig->underlying) sig = sig->underlying;
    int nres = sig_result_slots(sig);
    int pslots = sig_param_slots(sig);
    int recv_slots = 0;
    bool is_method = (n->aux == AUX_CALL_METHOD ||
                      (n->aux == AUX_CALL_NATIVE && fx->kind == N_SELECTOR && fx->aux == AUX_SEL_METHOD));
    Type *recv_t = NULL;
    if (is_method) {
        FuncInfo *fi = callee_info(fx);
        recv_t = fi && fi->recv ? fi->recv->type : NULL;
        recv_slots = recv_t ? nslots(recv_t) : 1;
    }
    if (n->aux == AUX_CALL_IFACE) recv_slots = 1;
    int total = recv_slots + pslots;
    int saved = f->top;
    int closure = -1, iface = -1;
    if (n->aux == AUX_CALL_VALUE) {
        int mark = part_begin(f, stmts, fx);
        closure = gen_expr(f, fx, -1);
        cg_hoist_drop(f, mark);
    }
    if (n->aux == AUX_CALL_IFACE) {
        int mark = part_begin(f, stmts, fx->x);
        if (fx->path && fx->path->len) {
            LV cur = walk_path(f, fx->x, fx->path, fx->path->len);
            iface = lv_value(f, &cur, -1);
        } else {
            iface = gen_expr(f, fx->x, -1);
        }
        cg_hoist_drop(f, mark);
    }
    int base = alloc_regs(f, total > nres ? total : (nres ? nres : 1));
    if (is_method) {
        int mark = part_begin(f, stmts, fx->x);
        gen_receiver(f, fx, base);
        cg_hoist_drop(f, mark);
    }
    gen_args(f, n, sig, base + recv_slots, stmts);
    set_line(f, n);
    switch (n->aux) {
    case AUX_CALL_FUNC:
    case AUX_CALL_METHOD: {
        FuncInfo *fi = callee_info(fx);
        emit(f, OP_CALL, fi->func_index, base, total, 0);
        break;
    }
    case AUX_CALL_NATIVE: {
        FuncInfo *fi = callee_info(fx);
        if (fi->extern_name) {
            emit(f, OP_CALL, fi->func_index, base, total, 0);
            break;
        }
        int ni = f->g->native_of[fi->func_index];
        emit(f, OP_CALLNATIVE, ni, base, f->g->natives.items[ni].nargs,
             f->g->natives.items[ni].nresults);
        break;
    }
    case AUX_CALL_IFACE:
        emit(f, OP_CALLIFACE, iface, base, total, cache_index(f->g, fx->name));
        break;
    case AUX_CALL_VALUE:
        emit(f, OP_CALLCL, closure, base, total, 0);
        break;
    default:
        cg_error(f, n->pos, "internal error: unknown call kind");
    }
    (void)saved;
    if (dst >= 0 && nres) {
        if (nres == 1) emit(f, OP_MOV, dst, base, 0, 0);
        else emit(f, OP_MOVN, dst, base, nres, 0);
        return dst;
    }
    return base;
}

/* ---- conversions ---- */

static int gen_conversion(FnGen *f, Node *n, int dst) {
    Type *to = n->type, *from = n->list.items[0]->type;
    Node *x = n->list.items[0];
    if (to->kind == TY_INTERFACE) {
        if (unparen(x)->kind == N_CONVIFACE || from->kind == TY_INTERFACE)
            return gen_expr(f, x, dst);
        int r = want(f, to, dst);
        int site = type_is_direct_iface(from) ? -1
                   : fn_site(f, n, SITE_CONVIFACE, NULL, from, from->size);
        if (site >= 0) f->g->c->sites.items[site].constant = unparen(x)->cval != NULL;
        int v = gen_expr(f, x, -1);
        return gen_conviface(f, from, v, r, site);
    }
    TypeKind tk = to->kind, fk = from->kind;
    if (tk == TY_STRING && fk == TY_SLICE) {
        int site = fn_site(f, n, SITE_CONVSTR, NULL, NULL, -1);
        int v = gen_expr(f, x, -1), r = want(f, to, dst);
        emit(f, from->elem->kind == TY_INT32 ? OP_RUNES2STR : OP_BYTES2STR, r, v, site, 0);
        return r;
    }
    if (tk == TY_SLICE && fk == TY_STRING) {
        bool runes = to->elem->kind == TY_INT32;
        int site = fn_site(f, n, SITE_CONVSTR, NULL, to->elem, runes ? 32 * 4 : -1);
        int v = gen_expr(f, x, -1), r = want(f, to, dst);
        emit(f, runes ? OP_STR2RUNES : OP_STR2BYTES, r, v, site, x->cval != NULL);
        return r;
    }
    if (tk == TY_STRING && type_is_integer(from)) {
        int site = fn_site(f, n, SITE_CONVSTR, NULL, NULL, -1);
        int v = gen_expr(f, x, -1), r = want(f, to, dst);
        if (type_is_unsigned(from) && from->size == 8) {
            /* huge unsigned values are invalid runes */
            int t = alloc_regs(f, 2);
            load_int(f, t, 0x7fffffff);
            emit(f, OP_LEU, t + 1, v, t, 0);
            int j = emit(f, OP_JT, t + 1, 0, 0, 0);
            load_int(f, v == r ? r : t, -1);
            if (v != r) v = t;
            patch_jump(f, j, here(f));
        }
        emit(f, OP_RUNE2STR, r, v, site, 0);
        return r;
    }
    if (tk == TY_POINTER && fk == TY_SLICE) {
        /* (*[N]T)(s): s's array, if it has N elements (Go 1.17) */
        int v = gen_expr(f, x, -1), r = want(f, to, dst);
        emit(f, OP_SLICE2AP, r, v, (int)to->elem->len, 0);
        return r;
    }
    bool fint = type_is_integer(from), tint = type_is_integer(to);
    bool ffl = type_is_float(from), tfl = type_is_float(to);
    if (fint && tint) {
        int r = want(f, to, dst);
        gen_expr_to(f, x, r);
        truncate_int(f, to, r);
        return r;
    }
    if (fint && tfl) {
        int v = gen_expr(f, x, -1), r = want(f, to, dst);
        bool u = type_is_unsigned(from);
        if (tk == TY_FLOAT32) emit(f, u ? OP_U2F32 : OP_I2F32, r, v, 0, 0);
        else emit(f, u ? OP_U2F : OP_I2F, r, v, 0, 0);
        return r;
    }
    if (ffl && tint) {
        int v = gen_expr(f, x, -1), r = want(f, to, dst);
        int src = v;
        if (fk == TY_FLOAT32) {
            emit(f, OP_F322F, r, v, 0, 0);
            src = r;
        }
        Opcode o = OP_F2I;
        if (tk == TY_UINT64 || tk == TY_UINT || tk == TY_UINTPTR) o = OP_F2U;
        else if (tk == TY_INT32 || tk == TY_INT16 || tk == TY_INT8 || tk == TY_UINT16 ||
                 tk == TY_UINT8)
            o = OP_F2I32;
        emit(f, o, r, src, 0, 0);
        truncate_int(f, to, r);
        return r;
    }
    if (ffl && tfl) {
        int v = gen_expr(f, x, -1), r = want(f, to, dst);
        if (fk == tk) move_value(f, to, r, v);
        else emit(f, tk == TY_FLOAT32 ? OP_F2F32 : OP_F322F, r, v, 0, 0);
        return r;
    }
    return gen_expr(f, x, dst);
}

/* ---- builtins ---- */

static int gen_print(FnGen *f, Node *n, bool ln) {
    if (n->list.len == 1 && n->list.items[0]->type &&
        n->list.items[0]->type->kind == TY_TUPLE) {
        Type *tt = n->list.items[0]->type;
        int r = gen_call(f, n->list.items[0], -1);
        for (int i = 0; i < tt->nfields; i++) {
            if (ln && i) emit(f, OP_PRINT, 0, PRINT_SPACE, 0, 0);
            emit(f, OP_PRINT, r, type_index(f->g, tt->fields[i].type), 0, 0);
            r += nslots(tt->fields[i].type);
        }
        if (ln) emit(f, OP_PRINT, 0, PRINT_NEWLINE, 0, 0);
        return f->top;
    }
    for (int i = 0; i < n->list.len; i++) {
        int saved = f->top;
        if (ln && i) emit(f, OP_PRINT, 0, PRINT_SPACE, 0, 0);
        Node *a = n->list.items[i];
        int v = gen_expr(f, a, -1);
        emit(f, OP_PRINT, v, type_index(f->g, a->type), 0, 0);
        release_regs(f, saved);
    }
    if (ln) emit(f, OP_PRINT, 0, PRINT_NEWLINE, 0, 0);
    return f->top;
}

static int gen_builtin(FnGen *f, Node *n, int dst) {
    Type *t = n->type;
    Node *a0 = n->list.len > 0 ? n->list.items[0] : NULL;
    Node *a1 = n->list.len > 1 ? n->list.items[1] : NULL;
    switch (n->builtin) {
    case BI_LEN:
    case BI_CAP: {
        Type *at = a0->type;
        if (dst < 0 && (at->kind == TY_STRING || at->kind == TY_SLICE))
            /* the header's own slot, as a variable's register is read */
            return gen_expr(f, a0, -1) + (n->builtin == BI_LEN ? 1 : 2);
        int r = want(f, t, dst);
        if (at->kind == TY_POINTER) at = at->elem;
        if (at->kind == TY_ARRAY) {
            /* not constant: a0 calls or receives, and must be evaluated */
            gen_expr(f, a0, -1);
            load_int(f, r, at->len);
        } else if (at->kind == TY_MAP) {
            int m = gen_expr(f, a0, -1);
            emit(f, OP_MAPLEN, r, m, 0, 0);
        } else if (at->kind == TY_CHAN) {
            int c = gen_expr(f, a0, -1);
            emit(f, OP_CHANLEN, r, c, n->builtin == BI_CAP, 0);
        } else {
            int v = gen_expr(f, a0, -1);
            emit(f, OP_MOV, r, v + (n->builtin == BI_LEN ? 1 : 2), 0, 0);
        }
        return r;
    }
    case BI_APPEND: {
        int site = fn_site(f, n, SITE_APPEND, NULL, t->elem, -1);
        f->g->c->sites.items[site].type = t->elem;
        int r = alloc_regs(f, 3);
        gen_expr_to(f, a0, r);
        if (n->flags & NF_DOTS) {
            int o = gen_expr(f, a1, -1);
            emit(f, OP_APPENDSL, r, o, 0, site);
        } else if (n->list.len == 2) {
            /* one value: read where it is (a variable's own registers) */
            int saved = f->top;
            int o = gen_expr(f, a1, -1);
            emit(f, OP_APPEND, r, o, 1, site);
            release_regs(f, saved);
        } else if (n->list.len > 1) {
            int es = nslots(t->elem);
            int vals = alloc_regs(f, es * (n->list.len - 1));
            for (int i = 1; i < n->list.len; i++) {
                int saved = f->top;
                gen_expr_to(f, n->list.items[i], vals + (i - 1) * es);
                release_regs(f, saved);
            }
            emit(f, OP_APPEND, r, vals, n->list.len - 1, site);
        }
        if (dst >= 0) {
            emit(f, OP_MOVN, dst, r, 3, 0);
            return dst;
        }
        return r;
    }
    case BI_COPY: {
        Type *dt = a0->type;
        int d, s;
        if (!a1) {  /* copy(f()) */
            dt = a0->type->fields[0].type;
            d = gen_call(f, a0, -1);
            s = d + nslots(dt);
        } else {
            d = gen_expr(f, a0, -1), s = gen_expr(f, a1, -1);
        }
        int r = want(f, t ? t : dt, dst);
        emit(f, OP_COPY, r, d, s, (int)dt->elem->size);
        return r;
    }
    case BI_DELETE: {
        int m, k;
        if (!a1) {  /* delete(f()); the checker may have wrapped the call
                     * to convert the key to an interface */
            Node *call = a0->kind == N_CONVIFACE ? a0->x : a0;
            Type *tt = call->type;
            m = gen_call(f, call, -1);
            k = cg_assign_conv(f, tt->fields[1].type, tt->fields[0].type->key, m + 1,
                               call != a0 ? a0 : NULL, n->pos);
        } else {
            m = gen_expr(f, a0, -1), k = gen_expr(f, a1, -1);
        }
        emit(f, OP_MAPDEL, m, k, 0, 0);
        return f->top;
    }
    case BI_MAKE: {
        if (t->kind == TY_SLICE) {
            int64_t size = -1;
            Node *lc = n->list.len > 2 ? n->list.items[2] : a1;
            if (lc && lc->cval) size = const_int64(lc->cval) * t->elem->size;
            int site = fn_site(f, n, SITE_MAKESLICE, NULL, t->elem, size);
            f->g->c->sites.items[site].type = t->elem;
            int lcr = alloc_regs(f, 2);
            gen_expr_to(f, a1, lcr);
            if (n->list.len > 2) gen_expr_to(f, n->list.items[2], lcr + 1);
            else emit(f, OP_MOV, lcr + 1, lcr, 0, 0);
            int r = want(f, t, dst);
            emit(f, OP_MAKESLICE, r, lcr, site, 0);
            return r;
        }
        if (t->kind == TY_MAP) {
            int site = fn_site(f, n, SITE_MAKEMAP, NULL, t, map_stack_bytes(t));
            f->g->c->sites.items[site].type = t;
            int h = alloc_regs(f, 1);
            if (a1) gen_expr_to(f, a1, h);
            else emit(f, OP_LOADI, h, 0, 0, 0);
            int r = want(f, t, dst);
            emit(f, OP_MAKEMAP, r, h, site, 0);
            return r;
        }
        int site = fn_site(f, n, SITE_MAKECHAN, NULL, t, -1);
        f->g->c->sites.items[site].type = t;
        int h = alloc_regs(f, 1);
        if (a1) gen_expr_to(f, a1, h);
        else emit(f, OP_LOADI, h, 0, 0, 0);
        int r = want(f, t, dst);
        emit(f, OP_MAKECHAN, r, h, site, 0);
        return r;
    }
    case BI_CLOSE: {
        int c = gen_expr(f, a0, -1);
        emit(f, OP_CLOSE, c, 0, 0, 0);
        return f->top;
    }
    case BI_NEW: {
        int site = fn_site(f, n, SITE_NEW, NULL, t->elem, t->elem->size);
        int r = want(f, t, dst);
        emit_new(f, r, site, false);
        return r;
    }
    case BI_PANIC: {
        int v = gen_expr(f, a0, -1);
        emit(f, OP_PANIC, v, 0, 0, 0);
        return f->top;
    }
    case BI_RECOVER: {
        int r = want(f, t, dst);
        emit(f, OP_RECOVER, r, 0, 0, 0);
        return r;
    }
    case BI_PRINT: return gen_print(f, n, false);
    case BI_PRINTLN: return gen_print(f, n, true);
    case BI_MIN:
    case BI_MAX: {
        int r = want(f, t, dst);
        gen_expr_to(f, a0, r);
        for (int i = 1; i < n->list.len; i++) {
            int saved = f->top;
            int v = gen_expr(f, n->list.items[i], -1);
            int c = alloc_regs(f, 1);
            if (n->builtin == BI_MIN) gen_compare(f, T_LSS, t, c, v, r);
            else gen_compare(f, T_GTR, t, c, v, r);
            int j = emit(f, OP_JF, c, 0, 0, 0);
            move_value(f, t, r, v);
            patch_jump(f, j, here(f));
            release_regs(f, saved);
        }
        return r;
    }
    default:
        cg_error(f, n->pos, "this builtin is not yet supported");
        return want(f, t ? t : types_basic(f->g->c, TY_INT), dst);
    }
}

/* ---- the dispatcher ---- */

int gen_expr(FnGen *f, Node *n, int dst) {
    set_line(f, n);
    if (n->cval && n->type && n->type->kind != TY_INTERFACE && n->kind != N_CONVIFACE)
        return gen_const(f, n->type, n->cval, dst);
    if (f->hoisted.len) {
        int h = hoisted_value(f, n, dst);
        if (h >= 0) return h;
    }
    switch (n->kind) {
    case N_PAREN: return gen_expr(f, n->x, dst);
    case N_IDENT: {
        Symbol *s = n->sym;
        if (!s || s->kind == SYM_NIL) {
            int r = want(f, n->type, dst);
            emit(f, OP_ZERO, r, nslots(n->type), 0, 0);
            return r;
        }
        if (s->kind == SYM_FUNC) {
            int r = want(f, n->type, dst);
            emit(f, OP_FUNCVAL, r, s->func->func_index, 0, 0);
            return r;
        }
        LV lv = var_lvalue(f, s);
        return lv_value(f, &lv, dst);
    }
    case N_FUNCLIT: return gen_funclit(f, n, dst);
    case N_COMPOSITE: return gen_composite(f, n, dst);
    case N_SELECTOR: return gen_selector(f, n, dst);
    case N_INDEX: return gen_index(f, n, dst);
    case N_SLICEEXPR: return gen_sliceexpr(f, n, dst);
    case N_TYPEASSERT: return gen_typeassert(f, n, dst);
    case N_CALL: {
        int r = gen_call(f, n, dst);
        return r;
    }
    case N_STAR: {
        int p = gen_expr(f, n->x, -1);
        int r = want(f, n->type, dst);
        load_mem(f, n->type, r, p, 0);
        return r;
    }
    case N_UNARY: return gen_unary(f, n, dst);
    case N_BINARY: return gen_binary(f, n, dst);
    case N_CONVIFACE: return gen_conviface_node(f, n, dst);
    default:
        cg_error(f, n->pos, "internal error: unexpected expression");
        return want(f, n->type ? n->type : types_basic(f->g->c, TY_INT), dst);
    }
}

void gen_expr_to(FnGen *f, Node *n, int dst) {
    int r = gen_expr(f, n, dst);
    if (r != dst) move_value(f, n->type, dst, r);
}

/* jumps to a patch list when the condition is jump_if */
/* x[i] reads one unsigned byte of a string or of a slice of bytes or bools
 * (ptr and len in registers): JBEQK/JBNEK test it in place */
static bool byte_elem(Node *x) {
    Type *t = x->x->type;
    return t && (t->kind == TY_STRING ||
                 (t->kind == TY_SLICE && (t->elem->kind == TY_UINT8 || t->elem->kind == TY_BOOL)));
}

static void cond_jump_leaf(FnGen *f, Node *n, bool jump_if, IntVec *patches);

void gen_cond_jump(FnGen *f, Node *n, bool jump_if, IntVec *patches) {
    n = unparen(n);
    set_line(f, n);
    if (n->kind == N_UNARY && n->op == T_NOT) {
        gen_cond_jump(f, n->x, !jump_if, patches);
        return;
    }
    if (n->kind == N_BINARY && (n->op == T_LAND || n->op == T_LOR) && !n->cval) {
        cond_jump_leaf(f, n, jump_if, patches);
        return;
    }
    /* a condition is evaluated as a statement of its own (cg_hoist) */
    int hoisted = cg_hoist_mark(f);
    cg_hoist(f, n, false);
    cond_jump_leaf(f, n, jump_if, patches);
    cg_hoist_drop(f, hoisted);
}

static void cond_jump_leaf(FnGen *f, Node *n, bool jump_if, IntVec *patches) {
    if (n->kind == N_BINARY && (n->op == T_LAND || n->op == T_LOR) && !n->cval) {
        bool and = n->op == T_LAND;
        if (and != jump_if) {
            /* a && b jumps-if-false when either is false; a || b jumps-if-true when either is true */
            gen_cond_jump(f, n->x, jump_if, patches);
            gen_cond_jump(f, n->y, jump_if, patches);
        } else {
            IntVec skip = {0};
            gen_cond_jump(f, n->x, !jump_if, &skip);
            gen_cond_jump(f, n->y, jump_if, patches);
            for (int i = 0; i < skip.len; i++) patch_jump(f, skip.items[i], here(f));
            VEC_FREE(skip);
        }
        return;
    }
    if (n->kind == N_INDEX && !n->cval && byte_elem(n) && n->type->kind == TY_BOOL) {
        /* if s[i] on a []bool: s[i] != 0, load and branch in one */
        int saved = f->top;
        int s = gen_expr(f, n->x, -1);
        int i = gen_expr(f, n->y, -1);
        VEC_PUSH(*patches, emit(f, jump_if ? OP_JBNEK : OP_JBEQK, s, i, 0, 0));
        release_regs(f, saved);
        return;
    }
    if (n->kind == N_BINARY && is_cmp(n->op) && !n->cval && n->x->type &&
        (type_is_integer(n->x->type) || n->x->type->kind == TY_BOOL ||
         (n->x->type->kind == TY_POINTER && (n->op == T_EQL || n->op == T_NEQ))) &&
        !is_nil(n->x) && !is_nil(n->y)) {
        int saved = f->top;
        bool u = type_is_unsigned(n->x->type);
        Tok op = n->op;
        if (!jump_if) {
            op = op == T_EQL ? T_NEQ : op == T_NEQ ? T_EQL : op == T_LSS ? T_GEQ
                 : op == T_LEQ ? T_GTR : op == T_GTR ? T_LEQ : T_LSS;
        }
        int64_t ek;
        Node *ux = unparen(n->x);
        if ((op == T_EQL || op == T_NEQ) && ux->kind == N_INDEX && !ux->cval &&
            byte_elem(ux) && small_const(n->y, &ek) && ek >= 0 && ek <= 255) {
            /* s[i] == 'c': one instruction (the loops that scan text) */
            int s = gen_expr(f, ux->x, -1);
            int i = gen_expr(f, ux->y, -1);
            VEC_PUSH(*patches, emit(f, op == T_EQL ? OP_JBEQK : OP_JBNEK,
                                    s, i, (int)ek, 0));
            release_regs(f, saved);
            return;
        }
        int a = gen_expr(f, n->x, -1);
        if ((op == T_EQL || op == T_NEQ) && small_const(n->y, &ek)) {
            VEC_PUSH(*patches, emit(f, op == T_EQL ? OP_JEQK : OP_JNEK, a, (int)ek, 0, 0));
            release_regs(f, saved);
            return;
        }
        if (!u && n->y->cval && type_is_integer(n->y->type) && (op == T_LSS || op == T_GEQ ||
                                                                op == T_LEQ || op == T_GTR)) {
            int64_t k = const_int64(n->y->cval);
            if (op == T_LEQ || op == T_GTR) k++;
            if (k >= INT32_MIN && k <= INT32_MAX) {
                Opcode o = op == T_LSS || op == T_LEQ ? OP_JLTK : OP_JGEK;
                VEC_PUSH(*patches, emit(f, o, a, (int)k, 0, 0));
                release_regs(f, saved);
                return;
            }
        }
        int b = gen_expr(f, n->y, -1);
        int j;
        switch (op) {
        case T_EQL: j = emit(f, OP_JEQ, a, b, 0, 0); break;
        case T_NEQ: j = emit(f, OP_JNE, a, b, 0, 0); break;
        case T_LSS: j = emit(f, u ? OP_JLTU : OP_JLT, a, b, 0, 0); break;
        case T_LEQ: j = emit(f, u ? OP_JLEU : OP_JLE, a, b, 0, 0); break;
        case T_GTR: j = emit(f, u ? OP_JLTU : OP_JLT, b, a, 0, 0); break;
        default: j = emit(f, u ? OP_JLEU : OP_JLE, b, a, 0, 0); break;
        }
        VEC_PUSH(*patches, j);
        release_regs(f, saved);
        return;
    }
    if (n->kind == N_BINARY && is_cmp(n->op) && !n->cval && n->x->type &&
        n->x->type->kind == TY_FLOAT64) {
        /* float64: fused too; "not less" is not "greater or equal" when a
         * NaN is involved, hence the JNLTF/JNLEF forms */
        int saved = f->top;
        if ((n->x->cval != NULL) != (n->y->cval != NULL)) {
            /* against a constant: R op K, the constant from the table */
            bool kleft = n->x->cval != NULL;
            Tok op = n->op;
            if (kleft)  /* K op R  ==  R op' K */
                op = op == T_LSS ? T_GTR : op == T_GTR ? T_LSS
                     : op == T_LEQ ? T_GEQ : op == T_GEQ ? T_LEQ : op;
            double d = const_float64(kleft ? n->x->cval : n->y->cval);
            uint64_t bits;
            memcpy(&bits, &d, 8);
            int a = gen_expr(f, kleft ? n->y : n->x, -1);
            Opcode o;
            switch (op) {
            case T_EQL: o = jump_if ? OP_JEQFK : OP_JNEFK; break;
            case T_NEQ: o = jump_if ? OP_JNEFK : OP_JEQFK; break;
            case T_LSS: o = jump_if ? OP_JLTFK : OP_JNLTFK; break;
            case T_LEQ: o = jump_if ? OP_JLEFK : OP_JNLEFK; break;
            case T_GTR: o = jump_if ? OP_JGTFK : OP_JNGTFK; break;
            default: o = jump_if ? OP_JGEFK : OP_JNGEFK; break;
            }
            VEC_PUSH(*patches, emit(f, o, a, const_index(f->g, bits), 0, 0));
            release_regs(f, saved);
            return;
        }
        int a = gen_expr(f, n->x, -1);
        int b = gen_expr(f, n->y, -1);
        Tok op = n->op;
        if (op == T_GTR || op == T_GEQ) {
            int t = a;
            a = b, b = t;
            op = op == T_GTR ? T_LSS : T_LEQ;
        }
        Opcode o;
        switch (op) {
        case T_EQL: o = jump_if ? OP_JEQF : OP_JNEF; break;
        case T_NEQ: o = jump_if ? OP_JNEF : OP_JEQF; break;
        case T_LSS: o = jump_if ? OP_JLTF : OP_JNLTF; break;
        default: o = jump_if ? OP_JLEF : OP_JNLEF; break;
        }
        VEC_PUSH(*patches, emit(f, o, a, b, 0, 0));
        release_regs(f, saved);
        return;
    }
    int saved = f->top;
    int r = gen_expr(f, n, -1);
    VEC_PUSH(*patches, emit(f, jump_if ? OP_JT : OP_JF, r, 0, 0, 0));
    release_regs(f, saved);
}
