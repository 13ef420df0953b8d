/* module.h — the bytecode module: what codegen produces and the VM runs.
 *
 * A Module is immutable once built, except for the inline caches of
 * interface calls (IfaceCache), which the VM fills in as it runs.  All its
 * memory belongs to the compilation that made it (arena), or, for a module
 * built by hand (unit tests), to whoever built it.
 *
 * Invariants:
 *  - functions[i].code[pc] for pc < ncode; every jump target < ncode; every
 *    register operand < nregs; frame_slots >= nregs (the rest holds the
 *    function's stack-allocated objects, at byte offsets given by sites).
 *  - nparams slots of arguments arrive in slots 0..nparams-1; results are
 *    returned by RET from any registers.
 *  - a site's frame_offset is meaningful only when region == REGION_STACK,
 *    and then it is a byte offset in the frame of the function `func`.
 */
#ifndef GOSUB_MODULE_H
#define GOSUB_MODULE_H

#include <stdbool.h>
#include <stdint.h>

#include "compiler/types.h"
#include "vm/opcodes.h"

/* A map made at a stack site lives in that frame, as Go keeps a map that
 * does not escape (its header and one bucket) on the stack: the frame
 * object holds the map's header (MAP_HEADER_BYTES) and, when the size hint
 * is at most MAP_STACK_ENTRIES, its first table; a map that outgrows it
 * moves its table to the heap.  The entry layout is map.c's. */
enum { MAP_HEADER_BYTES = 128, MAP_STACK_ENTRIES = 8 };

static inline int64_t map_align_up(int64_t x, int64_t a) {
    return a > 1 ? (x + a - 1) / a * a : x;
}
/* A key or value larger than this is stored in a block of its own, the
 * entry holding a pointer to it (Go's maxKeySize/maxElemSize: one
 * allocation more per key inserted) */
enum { MAP_MAX_INLINE = 128 };
static inline bool map_indirect(const Type *t) { return t->size > MAP_MAX_INLINE; }
/* bytes of one entry: [u64 meta][key][value], 8-byte aligned */
static inline int64_t map_entry_stride(const Type *key, const Type *val) {
    int64_t key_off = map_align_up(8, map_indirect(key) ? 8 : key->align);
    int64_t val_off = map_align_up(key_off + (map_indirect(key) ? 8 : key->size),
                                   map_indirect(val) ? 8 : val->align);
    return map_align_up(val_off + (map_indirect(val) ? 8 : val->size), 8);
}
/* a table of n entries: the entries, then an index of 2n int32 slots */
static inline int64_t map_table_bytes(const Type *maptype, int64_t n) {
    return n * map_entry_stride(maptype->key, maptype->elem) + 2 * n * 4;
}
static inline int64_t map_stack_bytes(const Type *maptype) {
    return MAP_HEADER_BYTES + map_table_bytes(maptype, MAP_STACK_ENTRIES);
}

typedef struct Function {
    const char *name;        /* Go qualname: "main.main", "main.(*T).M" */
    const char *file;        /* source file */
    int line;                /* line of the declaration */
    Instr *code;
    int32_t *lines;          /* source line per instruction */
    int ncode;
    int nregs;               /* register slots */
    int frame_slots;         /* registers + stack objects, in 8-byte slots */
    int nparams;             /* parameter slots (receiver first) */
    int nresults;            /* result slots */
    int recover_pc;          /* where execution resumes after a recovered
                                panic: the epilogue (RUNDEFERS; RET); -1 if
                                the function has no defer */
    bool is_wrapper;         /* generated (method wrapper): hidden in
                                tracebacks */
} Function;

typedef enum SiteKind {
    SITE_NEW,          /* new(T) */
    SITE_COMPOSITE,    /* &T{...} */
    SITE_MAKESLICE, SITE_MAKEMAP, SITE_MAKECHAN,
    SITE_CLOSURE,      /* func literal */
    SITE_MOVED,        /* variable moved to heap */
    SITE_CONVIFACE,    /* non-pointer value converted to interface */
    SITE_APPEND, SITE_CONCAT, SITE_CONVSTR,
    SITE_METHODVAL,    /* method value x.M */
    SITE_SLICELIT,     /* []T{...} backing array */
    SITE_MAPLIT,
    SITE_GO,           /* go statement: not an allocation; names the
                          statement in the tracer's goroutine events */
    SITE_KIND_COUNT
} SiteKind;

/* One allocation site: a place in the source that may allocate. */
typedef struct Site {
    const char *file;
    int line, col;
    SiteKind kind;
    const char *text;        /* source text: "new(Demo)", "&Demo{...}" */
    int region;              /* REGION_STACK / REGION_HEAP (ast.h Region) */
    const char *reason;      /* why it escapes (NULL if it does not) */
    Type *type;              /* the allocated object's type (for slices:
                                the element type) */
    int64_t size;            /* bytes, when known at compile time (-1 if not) */
    int func;                /* function whose frame holds it (stack) */
    int64_t frame_offset;    /* stack region: byte offset in that frame */
    bool constant;           /* SITE_CONVIFACE of a constant: boxed as
                                read-only data, never allocated */
} Site;

/* Interface method call cache: one per CALLIFACE/IMETHOD instruction.
 * Polymorphic: besides the last type seen, the last IC_WAYS types, so a
 * call site that cycles through a few types finds them without a method
 * lookup by name. */
enum { IC_WAYS = 4 };
typedef struct IfaceCache {
    const char *name;        /* method name */
    Type *type;              /* unused (the ways below are the cache) */
    int func;
    int next;                /* the way to replace next */
    Type *way_type[IC_WAYS];
    int way_func[IC_WAYS];
} IfaceCache;

/* Run-time method set of a concrete type, as an interface holding it sees
 * it: sorted by name; func takes the interface's data word as receiver. */
typedef struct MethodImpl {
    const char *name;
    Type *sig;
    int func;
} MethodImpl;
typedef struct MethodSet {
    MethodImpl *methods;
    int n;
} MethodSet;

typedef struct StrConst {
    const uint8_t *ptr;
    int64_t len;
} StrConst;

typedef struct NativeBinding {
    const char *name;        /* "strings.Index" */
    int nargs, nresults;     /* slots */
    void *fn;                /* NativeFn, resolved at load (vm_load) */
    bool leaf;               /* NativeEntry.leaf */
} NativeBinding;

/* A C function declared with gccgo's `//extern NAME` (vm/ffi.h): bound by
 * vm_bind_externs before the program runs. */
typedef struct ExternBinding {
    const char *symbol;      /* NAME */
    Type *sig;               /* TY_FUNC */
    const char *file;        /* the declaration, for error messages */
    int line, col;
    void *fn;                /* FfiFunc *, NULL until bound */
} ExternBinding;

typedef struct Module {
    Function *funcs;
    int nfuncs;
    uint64_t *consts;        /* 64-bit constants (float bits, big ints) */
    int nconsts;
    StrConst *strs;
    int nstrs;
    Type **types;
    int ntypes;
    Site *sites;
    int nsites;
    IfaceCache *caches;
    int ncaches;
    NativeBinding *natives;
    int nnatives;
    ExternBinding *externs;
    int nexterns;
    int64_t globals_size;    /* bytes */
    int entry;               /* the init-then-main function */
    const char *main_file;
} Module;

#endif
