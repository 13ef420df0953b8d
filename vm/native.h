/* native.h — the contract between the VM and the standard library written in
 * C ("natives"): Go values as C structs, the calling convention, and the few
 * services the VM offers a native (allocation, panics, output, calling a Go
 * method such as String() or Error()).
 *
 * Binding: a function declared without a body in an embedded standard
 * library source (stdlib/PKG/FILE.go) is a native.  Its C implementation is
 * found by its Go-qualified name in the table `vm_natives` (natives.c
 * collects each package's table): "strings.Index",
 * "strings.(*Builder).WriteString", "math.Sqrt".  Methods take the receiver
 * as their first argument.
 *
 * Calling convention: arguments arrive in `args` as consecutive 8-byte slots,
 * in order, each value laid out as in memory (types.h): an int takes one
 * slot, a string two (ptr, len), a slice three, an interface two
 * (type, data), a struct ceil(size/8) slots with Go's packing inside.  A
 * variadic parameter arrives as its slice.  Results are written to `res`, in
 * the same layout.  `res` and `args` never overlap.
 *
 * Invariants: a native must not keep a pointer to a fresh heap object across
 * another native_alloc unless it is reachable from args/res or registered
 * with native_root (the collector may run inside native_alloc).  Natives
 * never switch goroutines except through the blocking services below. */
#ifndef GOSUB_NATIVE_H
#define GOSUB_NATIVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compiler/types.h"

typedef struct GoString {
    const uint8_t *ptr;
    int64_t len;
} GoString;

typedef struct GoSlice {
    void *ptr;
    int64_t len, cap;
} GoSlice;

typedef struct GoIface {
    Type *type;      /* dynamic type; NULL for a nil interface */
    void *data;      /* the value if type is pointer-shaped, else a pointer
                        to a boxed copy */
} GoIface;

typedef struct NativeCtx NativeCtx;   /* defined by the VM */
typedef void (*NativeFn)(NativeCtx *ctx, uint64_t *res, uint64_t *args);

typedef struct NativeEntry {
    const char *name;    /* "strings.Index" */
    NativeFn fn;
    /* a leaf never panics, never calls Go code, never blocks: the VM
     * calls it without a landing pad for panics (no setjmp per call) */
    bool leaf;
} NativeEntry;

/* All natives, terminated by {NULL, NULL}. */
extern const NativeEntry vm_natives[];

/* ---- services the VM provides ---- */

/* Zeroed heap memory.  `elem` describes the element type for precise
 * scanning (the object is an array of elem when size > elem->size); NULL
 * with has_pointers=false means no pointers (string bytes, numbers); NULL
 * with has_pointers=true means scan every word conservatively. */
void *native_alloc(NativeCtx *ctx, size_t size, const Type *elem,
                   bool has_pointers);
/* A new Go string holding a copy of the bytes (empty: no allocation). */
GoString native_string(NativeCtx *ctx, const void *p, size_t n);
/* Go's string(b) of a byte buffer: as native_string, except that a
 * one-byte string allocates nothing (the runtime's static bytes), as Go's
 * slicebytetostring.  For natives whose Go original ends in string(buf). */
GoString native_bytes_string(NativeCtx *ctx, const void *p, size_t n);
/* Keeps an object alive while the native runs (until it returns). */
void native_root(NativeCtx *ctx, void *obj);

/* panic(err) with a runtime.Error whose Error() is `msg`, e.g.
 * "runtime error: index out of range [5] with length 3". */
_Noreturn void native_panic_runtime(NativeCtx *ctx, const char *msg);
/* panic(v) with v a Go string value (e.g. strings.Repeat's
 * "strings: negative Repeat count"). */
_Noreturn void native_panic_string(NativeCtx *ctx, const char *msg);
/* Go's nil-pointer panic ("invalid memory address or nil pointer
 * dereference" with its [signal SIGSEGV ...] line), for natives handed a
 * nil pointer they must dereference. */
_Noreturn void native_panic_nil(NativeCtx *ctx);
/* panic(v) with an arbitrary interface value. */
_Noreturn void native_panic_value(NativeCtx *ctx, GoIface v);

/* Output through the VM's buffered streams: fd 1 = os.Stdout, 2 = os.Stderr.
 * Returns bytes written. */
int64_t native_write(NativeCtx *ctx, int fd, const void *p, size_t n);

/* Looks up method `name` in the method set of dynamic type t (as an
 * interface holding t would see it).  If found, calls it with receiver
 * `data` (an interface data word) and no arguments, stores its single
 * result (e.g. a string for String()/Error()) in `res` and returns true.
 * Used by fmt for Stringer, error, GoStringer.  A panic inside propagates. */
bool native_call_method0(NativeCtx *ctx, Type *t, void *data,
                         const char *name, uint64_t *res);

/* Run-time types the natives need (predeclared types and a few composites,
 * interned in the running module). */
typedef enum NativeType {
    NT_BOOL, NT_INT, NT_INT32, NT_INT64, NT_UINT8, NT_UINT64, NT_FLOAT64,
    NT_STRING, NT_BYTES /* []byte */, NT_STRINGS /* []string */,
    NT_ERROR /* the error interface */, NT_INTS /* []int */,
    NT_COUNT
} NativeType;
Type *native_type(NativeCtx *ctx, NativeType which);

/* Added by the VM engineer: os.Exit(code) — flushes buffered output and
 * ends the process with `code` (never returns). */
_Noreturn void native_exit(NativeCtx *ctx, int code);
/* Added by the VM engineer: the program's arguments (os.Args), argv[0] is
 * the program path. */
char **native_args(NativeCtx *ctx, int *argc);

/* Added by the runtime-library engineer (rt_lib.c uses them; they are
 * referenced weakly there, so the program links before they exist and
 * falls back to single-goroutine behaviour):
 *   native_yield      after the native returns, the calling goroutine
 *                     yields to the scheduler (runtime.Gosched, and the
 *                     spin-waits of sync.Mutex/RWMutex/WaitGroup);
 *   native_sleep      after the native returns, the calling goroutine
 *                     sleeps `ns` nanoseconds (time.Sleep);
 *   native_heap       the heap (runtime.GC, ReadMemStats, SetGCPercent);
 *   native_num_goroutine  live goroutines (runtime.NumGoroutine);
 *   native_set_max_stack  sets the per-goroutine stack limit for new and
 *                     running goroutines, returns the previous limit
 *                     (debug.SetMaxStack). */
struct Heap;
/*   native_call_method0_catch  like native_call_method0, but a panic inside
 *                     the method is recovered (the method's deferred calls
 *                     run first): returns 1 when the method returned (result
 *                     in res), 0 when t has no such method, -1 when it
 *                     panicked, the panic value in *panic_val.  fmt prints
 *                     %!v(PANIC=String method: ...) with it; without it a
 *                     panicking String method ends the program. */
int native_call_method0_catch(NativeCtx *ctx, Type *t, void *data,
                              const char *name, uint64_t *res,
                              GoIface *panic_val);
void native_yield(NativeCtx *ctx);
void native_sleep(NativeCtx *ctx, int64_t ns);
/*   native_park / native_wake  waiting for package sync: after
 *                     native_park returns, the calling goroutine blocks
 *                     (counted as asleep by the deadlock detector, shown as
 *                     [semacquire] in tracebacks) until another goroutine
 *                     calls native_wake with the same addr; native_wake
 *                     readies every goroutine parked on addr (none: no-op,
 *                     nothing is remembered).  sync checks its condition
 *                     and parks in one native call, so no wakeup is lost.
 *                     (sched.c; parking inside a method the runtime called,
 *                     e.g. fmt's String(), is a fatal error, as blocking
 *                     on a channel there is.) */
void native_park(NativeCtx *ctx, void *addr);
/*   native_fatal      Go's unrecoverable runtime.throw: prints "fatal
 *                     error: msg", the goroutine traceback, exits 2 (sync's
 *                     "unlock of unlocked mutex"; vm.c). */
_Noreturn void native_fatal(NativeCtx *ctx, const char *msg);
void native_wake(NativeCtx *ctx, void *addr);
struct Heap *native_heap(NativeCtx *ctx);
int64_t native_num_goroutine(NativeCtx *ctx);
int64_t native_set_max_stack(NativeCtx *ctx, int64_t bytes);

/* The goroutine-blocking services (time.Sleep, sync.Mutex.Lock, ...) are
 * added by the runtime issue; natives that need them say so here. */

#endif
