/* ffi.c — the libffi bridge for `//extern NAME` functions (contract in
 * ffi.h).
 *
 * Approach: binding does all the work once — find the symbol, map each Go
 * parameter type to a libffi type, ffi_prep_cif, decide whether the direct
 * path applies — so a call is either one C call through a cast function
 * pointer (x86-64, every argument in a register: "direct calls" below) or
 * a loop that points libffi at the argument slots and ffi_call; then one
 * switch re-extends the result into its slot.
 *
 * Invariants:
 *  - Every type ffi_check_type accepts is at most 8 bytes and lives in one
 *    slot, in the slot's low bytes (x86-64 and every target we build for is
 *    little-endian: checked below).  So an argument needs no copy: libffi
 *    reads `size` bytes from &args[i], which are exactly the C value
 *    (int8 -1 is 0xff in byte 0; a float32 is the float in bytes 0..3).
 *  - libffi widens integral results narrower than a register to ffi_arg, but
 *    the C ABI leaves the upper bits of a narrow return register undefined
 *    and libffi's widening is per-port; we re-extend from the Go type so the
 *    slot follows types.h whatever the port does.
 *
 * Example: `//extern neg8` `func neg8(x int8) int8`, called with 5: the slot
 * holds 5, libffi passes (int8_t)5, C returns (int8_t)-5 in %al, the result
 * slot becomes (uint64_t)(int64_t)(int8_t)0xfb = 0xfffffffffffffffb.
 *
 * Cost: direct, one indirect C call plus the slot shuffle (~9 ns in
 * tests/unit/test_ffi.c, GOSUB_FFI_BENCH=1); otherwise one ffi_call
 * (libffi's generic trampoline re-walks the argument types at every call,
 * ~45 ns).  In a Go loop under gosub a direct extern call costs about what
 * a C native of the standard library costs (programs/ffi/callcost.go). */
#include "vm/ffi.h"

#include <dlfcn.h>
#include <ffi.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/util.h"

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "vm/ffi.c passes argument slots in place: little-endian targets only"
#endif

struct FfiLibs {
    void **handles;
    char **names;
    int len, cap;
};

struct FfiFunc {
    ffi_cif cif;
    void (*fn)(void);
    char *symbol;
    int nargs;
    TypeKind result;             /* TY_INVALID: no result */
    ffi_type *arg_types[FFI_MAX_ARGS];
    bool direct;                 /* called without libffi (see "direct") */
    uint8_t nint, nsse;          /* direct: how many of each class */
    uint8_t arg_sse[FFI_MAX_ARGS]; /* direct: 1 when arg i is float32/64 */
};

static void plan_direct(FfiFunc *f);

/* ---- errors ---- */

static char *fmt_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *fmt_err(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

static void set_err(char **err, char *msg) {
    if (err) *err = msg;
    else free(msg);
}

/* ---- libraries ---- */

FfiLibs *ffi_libs_new(void) { return xcalloc(1, sizeof(FfiLibs)); }

bool ffi_libs_open(FfiLibs *libs, const char *name, char **err) {
    dlerror();
    void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        set_err(err, fmt_err("cannot load library \"%s\": %s", name,
                             why ? why : "unknown error"));
        return false;
    }
    if (libs->len == libs->cap) {
        libs->cap = libs->cap ? libs->cap * 2 : 4;
        libs->handles = xrealloc(libs->handles, sizeof(void *) * (size_t)libs->cap);
        libs->names = xrealloc(libs->names, sizeof(char *) * (size_t)libs->cap);
    }
    libs->handles[libs->len] = h;
    libs->names[libs->len++] = xstrdup(name);
    return true;
}

int ffi_libs_count(const FfiLibs *libs) { return libs ? libs->len : 0; }

void ffi_libs_free(FfiLibs *libs) {
    if (!libs) return;
    for (int i = 0; i < libs->len; i++) {
        dlclose(libs->handles[i]);
        free(libs->names[i]);
    }
    free(libs->handles);
    free(libs->names);
    free(libs);
}

/* dlsym in the process first, then each library in --ffi-lib order.  A
 * data object that happens to carry the name is still "found": dlsym cannot
 * tell, and neither can gccgo. */
static void (*lookup(FfiLibs *libs, const char *symbol))(void) {
    void *p = dlsym(RTLD_DEFAULT, symbol);
    for (int i = 0; !p && i < ffi_libs_count(libs); i++)
        p = dlsym(libs->handles[i], symbol);
    void (*fn)(void);
    memcpy(&fn, &p, sizeof fn);   /* object → function pointer, as POSIX allows */
    return fn;
}

/* ---- type checking ---- */

/* Why each rejected kind cannot cross, worded as Go's compiler words its
 * errors (lower case, no period) and saying what to write instead. */
static const char *const rejections[TY_NKINDS] = {
    [TY_STRING] = "cannot use string in //extern function: "
                  "pass &b[0] of a NUL-terminated []byte as *byte",
    [TY_SLICE] = "cannot use slice in //extern function: "
                 "pass &s[0] as a pointer and len(s) separately",
    [TY_ARRAY] = "cannot pass array by value to //extern function: "
                 "pass &a[0] as a pointer",
    [TY_STRUCT] = "cannot pass struct by value to //extern function: "
                  "pass a pointer to it",
    [TY_INTERFACE] = "cannot use interface in //extern function: "
                     "C has no interface values",
    [TY_MAP] = "cannot use map in //extern function: "
               "C cannot read a Go map",
    [TY_CHAN] = "cannot use channel in //extern function: "
                "C cannot use a Go channel",
    [TY_FUNC] = "cannot use func in //extern function: "
                "C cannot call back into Go",
};

static const char MSG_OTHER[] = "cannot use this type in //extern function";
static const char MSG_VARIADIC[] =
    "//extern function cannot be variadic: C variadic functions are not supported";
static const char MSG_RESULTS[] =
    "//extern function cannot have more than one result";
static const char MSG_TOO_MANY[] =
    "//extern function has too many parameters (limit 32)";
static const char MSG_NOT_FUNC[] = "//extern declaration is not a function";

/* The libffi type for an allowed kind, NULL for any other. */
static ffi_type *ffi_type_of(TypeKind k) {
    switch (k) {
    case TY_BOOL: return &ffi_type_uint8;      /* _Bool: one byte, 0 or 1 */
    case TY_INT8: return &ffi_type_sint8;
    case TY_INT16: return &ffi_type_sint16;
    case TY_INT32: return &ffi_type_sint32;
    case TY_INT: case TY_INT64: return &ffi_type_sint64;
    case TY_UINT8: return &ffi_type_uint8;
    case TY_UINT16: return &ffi_type_uint16;
    case TY_UINT32: return &ffi_type_uint32;
    case TY_UINT: case TY_UINT64: case TY_UINTPTR: return &ffi_type_uint64;
    case TY_FLOAT32: return &ffi_type_float;
    case TY_FLOAT64: return &ffi_type_double;
    case TY_POINTER: case TY_UNSAFEPTR: return &ffi_type_pointer;
    default: return NULL;
    }
}

bool ffi_check_type(const Type *t, const char **why) {
    if (t && ffi_type_of(t->kind)) return true;
    const char *msg = t && (unsigned)t->kind < TY_NKINDS
                          ? rejections[t->kind] : NULL;
    if (why) *why = msg ? msg : MSG_OTHER;
    return false;
}

static bool fail_sig(int *bad_param, int index, const char **why,
                     const char *msg) {
    if (bad_param) *bad_param = index;
    if (why && msg) *why = msg;
    return false;
}

bool ffi_check_sig(const Type *sig, int *bad_param, const char **why) {
    const char *msg = NULL;
    if (!sig || sig->kind != TY_FUNC)
        return fail_sig(bad_param, -1, why, MSG_NOT_FUNC);
    if (sig->variadic) return fail_sig(bad_param, -1, why, MSG_VARIADIC);
    if (sig->nparams > FFI_MAX_ARGS)
        return fail_sig(bad_param, -1, why, MSG_TOO_MANY);
    for (int i = 0; i < sig->nparams; i++)
        if (!ffi_check_type(sig->params[i], &msg))
            return fail_sig(bad_param, i, why, msg);
    if (sig->nresults > 1) return fail_sig(bad_param, -1, why, MSG_RESULTS);
    if (sig->nresults == 1 && !ffi_check_type(sig->results[0], &msg))
        return fail_sig(bad_param, -1, why, msg);
    if (bad_param) *bad_param = -1;
    return true;
}

/* ---- binding ---- */

FfiFunc *ffi_bind_addr(void (*fn)(void), const char *symbol, const Type *sig,
                       char **err) {
    const char *why = NULL;
    if (!ffi_check_sig(sig, NULL, &why)) {
        set_err(err, xstrdup(why));
        return NULL;
    }
    FfiFunc *f = xcalloc(1, sizeof *f);
    f->fn = fn;
    f->symbol = xstrdup(symbol ? symbol : "?");
    f->nargs = sig->nparams;
    for (int i = 0; i < f->nargs; i++)
        f->arg_types[i] = ffi_type_of(sig->params[i]->kind);
    f->result = sig->nresults ? sig->results[0]->kind : TY_INVALID;
    ffi_type *rt = sig->nresults ? ffi_type_of(f->result) : &ffi_type_void;
    ffi_status st = ffi_prep_cif(&f->cif, FFI_DEFAULT_ABI, (unsigned)f->nargs,
                                 rt, f->arg_types);
    if (st != FFI_OK) {
        set_err(err, fmt_err("extern symbol \"%s\": libffi cannot prepare "
                             "the call (status %d)", f->symbol, (int)st));
        ffi_func_free(f);
        return NULL;
    }
    plan_direct(f);
    return f;
}

FfiFunc *ffi_bind(FfiLibs *libs, const char *symbol, const Type *sig,
                  char **err) {
    const char *why = NULL;
    if (!ffi_check_sig(sig, NULL, &why)) {   /* type errors come first */
        set_err(err, xstrdup(why));
        return NULL;
    }
    void (*fn)(void) = lookup(libs, symbol);
    if (!fn) {
        set_err(err, fmt_err("extern symbol \"%s\" not found", symbol));
        return NULL;
    }
    return ffi_bind_addr(fn, symbol, sig, err);
}

void ffi_func_free(FfiFunc *f) {
    if (!f) return;
    free(f->symbol);
    free(f);
}

const char *ffi_func_symbol(const FfiFunc *f) { return f->symbol; }
int ffi_func_nargs(const FfiFunc *f) { return f->nargs; }
bool ffi_func_has_result(const FfiFunc *f) { return f->result != TY_INVALID; }

/* ---- calling ---- */

/* The raw result libffi stored (at least ffi_arg wide for integers, the
 * float in the low 4 bytes for float32) → a slot as types.h lays it out. */
static uint64_t result_slot(TypeKind k, uint64_t raw) {
    switch (k) {
    case TY_BOOL: return (uint8_t)raw != 0;
    case TY_INT8: return (uint64_t)(int64_t)(int8_t)raw;
    case TY_INT16: return (uint64_t)(int64_t)(int16_t)raw;
    case TY_INT32: return (uint64_t)(int64_t)(int32_t)raw;
    case TY_UINT8: return (uint8_t)raw;
    case TY_UINT16: return (uint16_t)raw;
    case TY_UINT32: case TY_FLOAT32: return (uint32_t)raw;
    default: return raw;                   /* 64-bit integers, double, ptr */
    }
}

/* ---- direct calls (x86-64 System V) ----
 * The SysV ABI gives integer-class arguments rdi, rsi, rdx, rcx, r8, r9 and
 * SSE-class ones xmm0..xmm7, each class in its own order whatever the
 * interleaving, and returns in rax or xmm0.  So a C function with at most 6
 * integer-class and 8 SSE-class parameters can be called through
 *     R (*)(u64 i0..i5, double d0..d7)
 * with its integer slots in order and its float slots in order: the callee
 * reads only the registers its own prototype names (the rest carry 0).  The
 * slots already hold what it expects: integers extended to 64 bits (more
 * than the ABI asks; clang-compiled callees rely on narrow ones being
 * extended to 32), a float32 in the low 4 bytes of its xmm register.  The
 * result goes through result_slot as libffi's does.  Anything else (stack
 * arguments, other targets) goes through libffi.  Saves libffi's per-call
 * classification and copying: in tests/unit/test_ffi.c (GOSUB_FFI_BENCH=1)
 * an int64 add(int64, int64) costs ~10 ns against ~45 ns.  Building with
 * -DGOSUB_FFI_NO_DIRECT sends every call through libffi. */
#if defined(__x86_64__) && !defined(_WIN32) && !defined(GOSUB_FFI_NO_DIRECT)
#define FFI_DIRECT 1
typedef uint64_t (*IntFn)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t,
                          uint64_t, double, double, double, double, double,
                          double, double, double);
typedef double (*SseFn)(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t,
                        uint64_t, double, double, double, double, double,
                        double, double, double);

static void plan_direct(FfiFunc *f) {
    int ni = 0, ns = 0;
    for (int i = 0; i < f->nargs; i++) {
        bool sse = f->arg_types[i] == &ffi_type_float ||
                   f->arg_types[i] == &ffi_type_double;
        f->arg_sse[i] = sse;
        if (sse) ns++;
        else ni++;
    }
    f->direct = ni <= 6 && ns <= 8;
    f->nint = (uint8_t)ni;
    f->nsse = (uint8_t)ns;
}

#if defined(__clang__)
__attribute__((no_sanitize("function")))  /* the cast is the point */
#endif
static uint64_t call_direct(FfiFunc *f, const uint64_t *args) {
    uint64_t in[6] = {0};
    double d[8] = {0};
    int ni = 0, ns = 0;
    for (int i = 0; i < f->nargs; i++) {
        if (f->arg_sse[i]) memcpy(&d[ns++], &args[i], 8);
        else in[ni++] = args[i];
    }
    if (f->result == TY_FLOAT32 || f->result == TY_FLOAT64) {
        double r = ((SseFn)(void *)f->fn)(in[0], in[1], in[2], in[3], in[4],
                                          in[5], d[0], d[1], d[2], d[3], d[4],
                                          d[5], d[6], d[7]);
        uint64_t u;
        memcpy(&u, &r, 8);
        return u;
    }
    return ((IntFn)(void *)f->fn)(in[0], in[1], in[2], in[3], in[4], in[5],
                                  d[0], d[1], d[2], d[3], d[4], d[5], d[6],
                                  d[7]);
}
#else
#define FFI_DIRECT 0
static void plan_direct(FfiFunc *f) { f->direct = false; }
static uint64_t call_direct(FfiFunc *f, const uint64_t *args) { return 0; }
#endif

void ffi_func_use_libffi(FfiFunc *f) { f->direct = false; }
bool ffi_func_is_direct(const FfiFunc *f) { return f->direct; }

void ffi_invoke(FfiFunc *f, uint64_t *res, uint64_t *args) {
    if (f->direct) {
        uint64_t raw = call_direct(f, args);
        if (f->result != TY_INVALID) *res = result_slot(f->result, raw);
        return;
    }
    void *avalues[FFI_MAX_ARGS];
    for (int i = 0; i < f->nargs; i++) avalues[i] = &args[i];
    /* ffi_arg-sized and 8-byte aligned, as libffi requires for rvalue */
    union { uint64_t u; ffi_arg a; double d; } raw = {0};
    ffi_call(&f->cif, f->fn, &raw, avalues);
    if (f->result != TY_INVALID) *res = result_slot(f->result, raw.u);
}
