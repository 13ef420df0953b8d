/* codegen.h — codegen-private (codegen*.c only): the state shared by the
 * code generator's files.
 *
 * Invariants:
 *  - registers are allocated stack-like: `top` is the first free slot;
 *    variables are pinned (the `floor` rises past them, temporaries are
 *    released down to it but never below), so a variable keeps its slots
 *    for the whole function and pointers into the frame stay valid;
 *  - stack-allocated objects (sites with REGION_STACK) live after the
 *    registers; their byte offsets are relative until the function is
 *    finished, then fixed up by adding nregs*8;
 *  - an expression compiled by gen_expr(f, n, dst) leaves its value in
 *    slots dst.. (dst >= 0) or returns a register holding it (dst < 0),
 *    which may be a variable's own slot: read it, never write it.
 */
#ifndef GOSUB_CODEGEN_H
#define GOSUB_CODEGEN_H

#include "internal.h"
#include "vm/module.h"

typedef VEC(int) IntVec;

typedef struct Gen {
    Compiler *c;
    VEC(Function) funcs;
    VEC(uint64_t) consts;
    VEC(StrConst) strs;
    VEC(IfaceCache) caches;
    VEC(NativeBinding) natives;
    IntVec native_stub;      /* native index -> its stub function */
    VEC(ExternBinding) externs;
    int64_t globals_size;
    int *native_of;          /* function index -> native index or -1 */
    int nfunc_infos;
    VEC(Method *) wrapped;   /* value methods with a pointer wrapper */
    VEC(int) wrapper_index;
} Gen;

typedef struct Branch {
    Node *stmt;              /* the loop/switch/select it belongs to */
    IntVec breaks;           /* jumps to patch to the end */
    IntVec continues;        /* jumps to patch to the continue point */
} Branch;

typedef struct Label {
    const char *name;
    int pc;                  /* -1 until defined */
    IntVec patches;
} Label;

typedef struct Hoisted {
    Node *n;
    int reg;
} Hoisted;

typedef struct FnGen {
    Gen *g;
    FuncInfo *fi;
    int index;
    VEC(Instr) code;
    VEC(int32_t) lines;
    int top, floor, maxregs;
    int64_t obj_bytes;
    VEC(int) obj_sites;      /* sites whose frame offsets need the fixup */
    int ctx;                 /* register holding the closure object, -1 */
    int line;
    VEC(Branch *) branches;
    VEC(Label) labels;
    VEC(int) ret_patches;    /* returns jumping to the epilogue */
    bool has_defer;
    int fallthrough_patch;   /* pending fallthrough jump, -1 */
    int barrier;             /* code index that may be a jump target: emit
                              * merges nothing across it */
    VEC(Hoisted) hoisted;    /* operations evaluated ahead: see cg_hoist */
    bool call_parts_stmts;   /* go, defer: the next gen_call evaluates its
                              * function, receiver and arguments as
                              * statements of their own */
} FnGen;

/* lvalues */
/* LV_ELEM (s[i] of a slice in registers, accessed by LDX/STX) comes only
 * from gen_store_lvalue, for statements that load and store it. */
typedef enum LVKind { LV_BLANK, LV_REG, LV_MEM, LV_MAP, LV_ELEM } LVKind;
typedef struct LV {
    LVKind kind;
    int reg;                 /* REG: value slots; MEM: base pointer; MAP: map;
                                ELEM: the slice */
    int64_t off;             /* MEM: byte offset */
    Type *t;                 /* value type */
    int key;                 /* MAP: key slots; ELEM: the index */
    Type *mt;                /* MAP: map type */
} LV;

/* codegen.c */
int emit(FnGen *f, Opcode op, int a, int b, int c, int d);
int alloc_regs(FnGen *f, int n);
void release_regs(FnGen *f, int saved);
int nslots(Type *t);
int const_index(Gen *g, uint64_t v);
int str_index(Gen *g, const char *p, int64_t n);
int type_index(Gen *g, Type *t);
int cache_index(Gen *g, const char *name);
int fn_site(FnGen *f, Node *n, int kind, const char *text, Type *t, int64_t size);
/* R[reg] := a new zeroed object of `site` (NEW; NEWSTK for a frame object).
 * `filled`: the caller stores every byte of it next, so a frame object
 * without pointers is not zeroed first. */
void emit_new(FnGen *f, int reg, int site, bool filled);
/* If n is &T{...}, builds it with its address straight in R[reg] (which
 * the literal must not read: a variable being declared) and returns true. */
bool cg_new_composite_to(FnGen *f, Node *n, int reg);
void cg_error(FnGen *f, Pos pos, const char *msg);
void patch_jump(FnGen *f, int at, int target);
int here(FnGen *f);
int func_index_of(Gen *g, FuncInfo *fi);
int cg_new_function(Gen *g, const char *name, const char *file, int line);
void cg_finish_function(FnGen *f, int nparams, int nresults);
int method_func(Gen *g, Method *m);
int value_method_wrapper(Gen *g, Method *m, Type *recv);
int64_t capture_offset(FuncInfo *fi, int i);
int64_t closure_size(FuncInfo *fi);

/* codegen_expr.c */
int gen_expr(FnGen *f, Node *n, int dst);
void gen_expr_to(FnGen *f, Node *n, int dst);
int gen_call(FnGen *f, Node *n, int dst);   /* results at the return value */
/* Go's order of evaluation inside one statement (gc's order pass): its
 * calls, receives, append/make/new/len/cap/copy, []byte and []rune
 * conversions, slice expressions and type assertions run first, left to
 * right and innermost first; everything else (variables, indexing, map
 * reads, boxing into interfaces, concatenation) is read afterwards, so
 * `x + f()` sees what f did to x.  cg_hoist evaluates those operations in
 * e now into temporaries (e itself too when self), and gen_expr/gen_call
 * hand the temporaries out when they reach the nodes; the right operand of
 * && and || is a statement of its own (evaluated only when needed).  A
 * statement takes cg_hoist_mark first and ends with cg_hoist_drop. */
void cg_hoist(FnGen *f, Node *e, bool self);
/* the same for the n operands of one statement, in order (self[i] for es[i]);
 * nothing is hoisted when in-place order is already Go's */
void cg_hoist_list(FnGen *f, Node **es, const bool *self, int n);
/* the same, hoisting even where in-place order would be Go's: for code
 * that evaluates the operands out of order (gen_assign_tuple) */
void cg_hoist_list_all(FnGen *f, Node **es, const bool *self, int n);
static inline int cg_hoist_mark(FnGen *f) { return f->hoisted.len; }
static inline void cg_hoist_drop(FnGen *f, int mark) { f->hoisted.len = mark; }
LV gen_lvalue(FnGen *f, Node *n);
LV gen_store_lvalue(FnGen *f, Node *n);
void lv_load(FnGen *f, LV *lv, int dst);
void lv_store(FnGen *f, LV *lv, int src);
/* lv = constant k with an immediate store (a slice element of integer or
 * bool type); false (nothing emitted) when there is none */
bool lv_store_const(FnGen *f, LV *lv, Node *k);
void load_mem(FnGen *f, Type *t, int dst, int base, int64_t off);
/* LDX/STX for an element type of a slice, or -1 when it has none */
int cg_slice_xop(Type *et, bool store);
void store_mem(FnGen *f, Type *t, int base, int64_t off, int src);
void move_value(FnGen *f, Type *t, int dst, int src);
void gen_cond_jump(FnGen *f, Node *n, bool jump_if, IntVec *patches);
LV var_lvalue(FnGen *f, Symbol *s);
void var_declare(FnGen *f, Symbol *s, Pos pos);
void cg_addr_slot(FnGen *f, Symbol *s);
void var_init_zero(FnGen *f, Symbol *s);
int gen_conviface(FnGen *f, Type *from, int src, int dst, int site);
int cg_assign_conv(FnGen *f, Type *from, Type *to, int src, Node *conv, Pos pos);
void cg_fill_composite(FnGen *f, Node *n, LV *base);
void cg_arith(FnGen *f, Tok op, Type *t, Type *count_t, int dst, int a, int b);
void cg_compare(FnGen *f, Tok op, Type *t, int dst, int a, int b);
void cg_addk(FnGen *f, Type *t, int r, int k);
bool cg_arith_k(FnGen *f, Tok op, Type *t, int dst, int a, Node *knode);
/* `*(p+off) op= v` in one instruction (a float64 or word-sized integer
 * field): its opcode, or OP_NOP when there is none */
Opcode cg_mem_update_form(Tok op, Type *t);
/* n when it is a float64 product x*y of two non-constant operands */
Node *cg_float_product(Node *n);
/* n has no effect and can fail only by a nil dereference */
bool cg_pure_operand(Node *n);

/* codegen_stmt.c */
void gen_block(FnGen *f, Node *block);
void gen_stmt(FnGen *f, Node *n);
void gen_stmts(FnGen *f, List *l);

#endif
