/* check.h — checker-private (check*.c, types.c, const.c, universe.c only):
 * the checker's state, scopes, operands and the helpers shared between the
 * checker's files.
 *
 * Invariants:
 *  - c->check points at the one Checker of a compilation (created lazily by
 *    checker_of); everything it allocates lives in the compilation's arena,
 *    except FuncInfo vectors (freed by check_free).
 *  - Names in scopes are interned (intern()), so a name is compared by
 *    pointer.
 *  - An Operand describes the value of the expression just checked; its node
 *    carries the same type (untyped until the context converts it). */
#ifndef GOSUB_CHECK_H
#define GOSUB_CHECK_H

#include "internal.h"

/* ---- constants (const.c) ---- */
ConstVal *const_make_int64(Compiler *c, int64_t v);
ConstVal *const_make_uint64(Compiler *c, uint64_t v);
ConstVal *const_make_bool(Compiler *c, bool b);
ConstVal *const_make_string(Compiler *c, const char *s, size_t len);
ConstVal *const_make_float64(Compiler *c, double d);
/* From a literal as written (T_INT, T_FLOAT, T_CHAR, T_STRING); NULL if
 * malformed. */
ConstVal *const_from_literal(Compiler *c, Tok kind, const char *lit);
/* Binary operation on constants of the same kind; `intdiv` selects integer
 * division for T_QUO.  Returns NULL on division by zero. */
ConstVal *const_binary(Compiler *c, Tok op, ConstVal *a, ConstVal *b,
                       bool intdiv);
ConstVal *const_unary(Compiler *c, Tok op, ConstVal *a, int unsigned_bits);
ConstVal *const_shift(Compiler *c, Tok op, ConstVal *a, uint64_t n);
bool const_compare(Tok op, ConstVal *a, ConstVal *b);
ConstVal *const_to_float(Compiler *c, ConstVal *v);
/* int value of a float that is integral, else NULL */
ConstVal *const_to_int(Compiler *c, ConstVal *v);
bool const_is_int_valued(ConstVal *v);  /* CV_INT, or CV_FLOAT integral */
/* Does v fit in the basic type kind k?  *rounded receives the value as
 * stored (floats rounded to float32/float64). */
bool const_representable(Compiler *c, ConstVal *v, TypeKind k,
                         ConstVal **rounded);
/* Sign (-1,0,1) and bit length of an integer constant. */
int const_sign(ConstVal *v);
int const_bitlen(ConstVal *v);
bool const_fits_int64(ConstVal *v);
bool const_fits_uint64(ConstVal *v);
/* As Go's error messages print it: 300, 1.5, "abc", true, 1e+100. */
const char *const_string_repr(Compiler *c, ConstVal *v);
bool const_is_inf(ConstVal *v);  /* a float too large for any float type */

/* ---- scopes ---- */
struct Scope {
    Scope *parent;
    Symbol **slots;       /* open addressing by interned-name pointer */
    int cap, count;
    FuncInfo *func;       /* function whose body this scope is in */
    bool is_pkg, is_universe;
    Package *pkg;
};

Scope *scope_new(Compiler *c, Scope *parent);
Symbol *scope_lookup_local(Scope *s, const char *name);
Symbol *scope_lookup(Scope *s, const char *name, Scope **found);
void scope_insert(Compiler *c, Scope *s, Symbol *sym);
Symbol *sym_new(Compiler *c, SymKind kind, const char *name, Type *t);

/* ---- operands ---- */
typedef enum Mode {
    M_INVALID, M_NOVALUE, M_BUILTIN, M_TYPE, M_CONST, M_VAR, M_MAPINDEX,
    M_VALUE, M_COMMAOK, M_PKG,
} Mode;

typedef struct Operand {
    Mode mode;
    Node *expr;
    Type *type;
    ConstVal *val;
    Builtin builtin;
    Type *spelled;        /* type as written when it spells byte/rune, for
                             messages only (check_spell.c) */
} Operand;

/* per-package-object declaration state, for lazy resolution */
typedef enum DeclState { DS_NONE, DS_ACTIVE, DS_DONE } DeclState;

typedef struct ObjInfo {
    DeclState state;
    Node *spec;           /* N_VARSPEC / N_CONSTSPEC / N_TYPESPEC / FUNCDECL */
    int index;            /* position of the name in the spec */
    Package *pkg;
    File *file;
    VEC(Symbol *) deps;   /* package-level vars/funcs referenced */
    int order;            /* source order */
    bool in_init_order;
} ObjInfo;

typedef struct TypeTable {
    Type **slots;
    size_t cap, count;
} TypeTable;

typedef struct Checker {
    Compiler *c;
    /* types */
    Type *basic[TY_NKINDS];
    Type *error_type, *empty_iface, *invalid;
    TypeTable table;
    /* current context */
    Package *pkg;
    File *file;
    FuncInfo *func;       /* function being checked (innermost) */
    Node *func_node;
    Scope *scope;
    Symbol *decl_obj;     /* package-level object being resolved (deps) */
    int iota;             /* -1 outside const decls */
    ConstVal *iota_val;
    int glob_closures;    /* closures in package-level initializers */
    /* all package objects in source order, for init order & unused */
    VEC(Symbol *) pkg_objs;
    /* package-level var specs with several names: one entry per spec */
    VEC(FuncInfo *) all_funcs;
    /* labels and statement context */
    Node *break_target, *continue_target;
    void *decl_state;     /* check_decl.c private */
    VEC(File *) file_keys; /* file scopes: file_keys[i] -> file_scopes[i] */
    VEC(Scope *) file_scopes;
    Type *spelled_byte, *spelled_rune;  /* check_spell.c */
    /* spelled target type for the next ck_assignment (which clears it), and
     * the spelled signature of the call being checked (check_spell.c) */
    Type *target_spelled, *callee_spelled;
    /* pointer, slice, map, chan and func types entered by ck_typexpr: a
     * type declaration reached through one may refer back to a type still
     * being declared (check_decl.c) */
    int type_indir;
} Checker;

Checker *checker_of(Compiler *c);
ObjInfo *obj_info(Checker *k, Symbol *s);

/* universe.c */
void universe_init(Compiler *c);

/* typestring for %T (types.c) */
const char *types_str(Type *t);
/* Finishes layouts of types built while a component was incomplete and
 * reports invalid recursive types (after package-level declarations). */
void types_finish_all(Compiler *c);
/* Reports "invalid recursive type" for the cycle cyc[0] -> ... -> cyc[n-1]
 * -> cyc[0], listed from the type declared first, as types2 does. */
void types_cycle_error(Compiler *c, Symbol **cyc, int n);
/* Completes the layout of one named type (local declarations). */
void types_complete_named(Compiler *c, Type *t);

/* lookup of fields and methods (types.c) */
typedef struct Lookup {
    enum { LK_NONE, LK_FIELD, LK_METHOD, LK_IFACE_METHOD, LK_AMBIGUOUS } kind;
    Field *field;
    Method *method;       /* concrete method */
    Type *recv_named;     /* named type the method is declared on */
    Type *type;           /* field type or method signature */
    int iface_index;
    int path[16];
    bool deref[16];
    int npath;
    bool indirect;        /* a pointer was walked through on the way */
    bool recv_ptr;        /* method: the receiver value found is *T */
} Lookup;
void types_lookup(Compiler *c, Type *t, const char *name, Lookup *out);
/* interface satisfaction: returns NULL if T implements iface, else the name
 * of the missing method; *wrong_ptr set if it exists with pointer receiver */
const char *types_missing_method(Compiler *c, Type *T, Type *iface,
                                 bool *wrong_ptr, bool *wrong_type);
bool types_is_named(Type *t);
Type *types_under(Type *t);

#endif

/* ---- shared checker helpers (check_*.c) ---- */
#ifndef GOSUB_CHECK_HELPERS
#define GOSUB_CHECK_HELPERS
void ck_errorf(Checker *k, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
Pos start_pos(Node *n);
const char *expr_str(Checker *k, Node *n);
const char *operand_str(Checker *k, Operand *x);
const char *tstr(Checker *k, Type *t);

/* check_type.c */
Type *ck_typexpr(Checker *k, Node *n);
Type *ck_func_type(Checker *k, Node *ftype, Node *recv, FuncInfo *fi,
                   Scope *scope);
bool ck_assignable(Checker *k, Operand *x, Type *T, const char **reason);
bool ck_convertible(Checker *k, Operand *x, Type *T);
bool ck_comparable(Type *t);
bool ck_has_nil(Type *t);
const char *ck_missing_reason(Checker *k, Type *T, Type *iface);

/* check_expr.c */
void ck_rawexpr(Checker *k, Node *n, Operand *x, Type *hint);
void ck_expr(Checker *k, Node *n, Operand *x);        /* single value */
void ck_multi(Checker *k, Node *n, Operand *x);       /* may be a tuple */
void ck_expr_or_type(Checker *k, Node *n, Operand *x);
void ck_expr_hint(Checker *k, Node *n, Operand *x, Type *hint);
void ck_convert_untyped(Checker *k, Operand *x, Type *target);
void ck_default(Checker *k, Operand *x);
void ck_update_type(Checker *k, Node *n, Type *t);
void ck_assignment(Checker *k, Operand *x, Type *T, const char *context);
void ck_wrap_iface(Checker *k, Node *n, Type *iface);
void ck_record(Operand *x);
void ck_binary(Checker *k, Node *n, Node *lhs, Node *rhs, Tok op,
               Operand *x);
/* ck_binary on operands already checked: x (of lhs) becomes the result */
void ck_binary_operands(Checker *k, Node *n, Node *lhs, Node *rhs, Tok op,
                        Operand *x, Operand *y);
void ck_single_value(Checker *k, Operand *x);
bool ck_index_value(Checker *k, Node *n, int64_t max, int64_t *out);
void ck_mark_addr(Checker *k, Node *n);
void ck_use_sym(Checker *k, Symbol *s, Node *at);

/* check_spell.c: byte and rune as messages print them */
Type *ck_spelled_byte(Checker *k);
Type *ck_spelled_rune(Checker *k);
Type *ck_spelled(Type *spelled, Type *t);       /* spelled if it mirrors t */
Type *ck_spell_texpr(Checker *k, Node *texpr, Type *canon);
Type *ck_spell_part(Type *spelled, Type *t, int part);
Type *ck_spell_under(Checker *k, Type *named);
Type *ck_spell_field(Checker *k, Type *T, Type *sp, const int *path, int n);
Type *ck_spell_pointer(Checker *k, Type *ptr, Type *elem_spelled);
const char *ck_otype_str(Checker *k, Operand *x);
const char *ck_tstr_spelled(Checker *k, Type *t, Type *spelled);

/* check_call.c */
void ck_call(Checker *k, Node *n, Operand *x);
void ck_selector(Checker *k, Node *n, Operand *x);
void ck_conversion(Checker *k, Operand *x, Type *T, Node *call);
void ck_funclit(Checker *k, Node *n, Operand *x);

/* check_stmt.c */
void ck_func_body(Checker *k, FuncInfo *fi, Node *body);
void ck_stmt_list(Checker *k, List *l);
Symbol *ck_declare_var(Checker *k, Node *ident, Type *t);

/* check_decl.c */
void ck_resolve(Checker *k, Symbol *s);
Symbol *ck_lookup(Checker *k, const char *name, Node *at);
void ck_local_decl(Checker *k, Node *spec);
void ck_declare(Checker *k, Scope *s, Symbol *sym, Node *at);
FuncInfo *ck_new_func(Checker *k, Node *decl);
#endif
