/* types.h — Go types, as the checker builds them and as the VM, the heap and
 * the tracer read them at run time (one descriptor serves both: a module's
 * types are created by the checker and never change after codegen).
 *
 * Invariants:
 *  - Sizes and alignments are Go's on amd64 (int 8, string 16, slice 24,
 *    interface 16, map/chan/func/pointer 8, structs padded as Go pads).
 *  - `kind` is the kind of the *underlying* type; a named type (`main.Demo`,
 *    `int`, `error`) has `name` set and `underlying` pointing at the unnamed
 *    type it is defined as.  Every structural field (elem, fields, ...) of a
 *    named type is a copy of its underlying's, so run-time code never has to
 *    chase `underlying`.  For unnamed types, underlying == the type itself.
 *  - Identical unnamed types are the same pointer (types are interned by the
 *    checker: types_slice(int) always returns the same Type*), so type
 *    identity at run time is pointer equality.
 *  - Untyped constant kinds exist only inside the checker; no run-time value
 *    ever has an untyped type.
 *
 * Value layout in memory (and in VM register slots, which are 8 bytes):
 *   bool/intN/uintN/floatN   packed to their size in memory; in a register
 *                            slot: integers sign/zero-extended to 64 bits,
 *                            bool as 0/1, float32 as a C `float` in the low
 *                            4 bytes, float64 as the 8-byte double.
 *   string      { const uint8_t *ptr; int64_t len; }
 *   slice       { void *ptr; int64_t len; int64_t cap; }
 *   interface   { Type *type; void *data; }   (both empty and non-empty
 *               interfaces; data is the value itself when the dynamic type is
 *               pointer-shaped (pointer, map, chan, func), otherwise a pointer
 *               to a boxed copy)
 *   map, chan   a pointer to the run-time object (NULL is nil)
 *   func        a pointer to a closure object whose first word identifies the
 *               function (NULL is nil)
 *   pointer     the address
 *   struct/array packed as Go packs them
 */
#ifndef GOSUB_TYPES_H
#define GOSUB_TYPES_H

#include <stdbool.h>
#include <stdint.h>

typedef enum TypeKind {
    TY_INVALID,
    /* predeclared basic kinds, in Go's reflect order */
    TY_BOOL,
    TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64,
    TY_STRING,
    TY_UNSAFEPTR,
    /* composite kinds */
    TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE,
    TY_MAP, TY_CHAN,
    /* checker-only kinds */
    TY_TUPLE,          /* results of a multi-value call: fields = elements */
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    TY_NKINDS
} TypeKind;

typedef enum ChanDir { CHAN_BOTH = 0, CHAN_SEND = 1, CHAN_RECV = 2 } ChanDir;

typedef struct Type Type;

/* A struct field, a function parameter/result, a tuple element, or an
 * interface method (name + func type). */
typedef struct Field {
    const char *name;     /* NULL for an unnamed parameter; for an embedded
                             field, the type's name without package */
    Type *type;
    int64_t offset;       /* struct fields: byte offset (Go's layout) */
    bool embedded;
    bool exported;
    const char *tag;      /* struct tag or NULL */
} Field;

/* A method of a named type T (declared on T or *T). Sorted by name. */
typedef struct Method {
    const char *name;
    Type *sig;            /* TY_FUNC without the receiver */
    bool ptr_recv;        /* declared on *T */
    int func_index;       /* module function implementing it (-1 until
                             codegen assigns it) */
    void *decl;           /* compiler-only: the FuncDecl node */
} Method;

struct Type {
    TypeKind kind;
    int32_t align;
    int64_t size;
    const char *name;     /* named types: qualified as Go prints it with %T:
                             "main.Demo", "int", "error", "time.Duration";
                             NULL for type literals */
    const char *pkg;      /* package path of a named type, "" for predeclared */
    Type *underlying;     /* == self for unnamed types */

    Type *elem;           /* array, slice, pointer, chan, map value */
    Type *key;            /* map key */
    int64_t len;          /* array length */
    ChanDir dir;          /* chan */

    Field *fields;        /* struct fields, tuple elements, interface methods
                             (name + TY_FUNC), sorted by name for interfaces */
    int nfields;

    Type **params;        /* func */
    int nparams;
    Type **results;
    int nresults;
    bool variadic;        /* last param is ...T, typed []T */

    Method *methods;      /* named types: declared methods, sorted by name */
    int nmethods;

    /* run-time facts, computed once the type is complete */
    bool comparable;      /* == allowed (and usable as a map key) */
    int64_t ptrdata;      /* bytes of prefix that can contain pointers */
    uint8_t *ptrmask;     /* bit i set: word i (8-byte) holds a pointer */
    int id;               /* dense index in the module's type table */
    const char *str;      /* cached string as %T prints it */

    void *checker_info;   /* compiler-only */
    /* added by codegen/VM: the run-time method set an interface holding a
     * value of this type sees (vm/module.h MethodSet), NULL if none */
    struct MethodSet *mset;
};

/* ---- queries used everywhere (types.c) ---- */
static inline bool type_is_integer(const Type *t) {
    return (t->kind >= TY_INT && t->kind <= TY_UINTPTR) ||
           t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE;
}
static inline bool type_is_unsigned(const Type *t) {
    return t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}
static inline bool type_is_float(const Type *t) {
    return t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 ||
           t->kind == TY_UNTYPED_FLOAT;
}
static inline bool type_is_numeric(const Type *t) {
    return type_is_integer(t) || type_is_float(t);
}
static inline bool type_is_string(const Type *t) {
    return t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING;
}
static inline bool type_is_untyped(const Type *t) {
    return t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}
static inline bool type_is_interface(const Type *t) {
    return t->kind == TY_INTERFACE;
}
/* pointer-shaped: stored directly in an interface's data word */
static inline bool type_is_pointer_shaped(const Type *t) {
    return t->kind == TY_POINTER || t->kind == TY_MAP || t->kind == TY_CHAN ||
           t->kind == TY_FUNC || t->kind == TY_UNSAFEPTR;
}
/* Go's direct interface types (types.IsDirectIface): pointer-shaped, or a
 * struct of one field or an array of one element that is; an interface
 * holds anything else through a pointer to a copy */
static inline bool type_is_direct_iface(const Type *t) {
    if (type_is_pointer_shaped(t)) return true;
    if (t->kind == TY_ARRAY) return t->len == 1 && type_is_direct_iface(t->elem);
    if (t->kind == TY_STRUCT)
        return t->nfields == 1 && type_is_direct_iface(t->fields[0].type);
    return false;
}
/* number of 8-byte register slots a value of t occupies */
static inline int64_t type_slots(const Type *t) {
    return (t->size + 7) / 8;
}

#endif
