/* interp.c — the dispatch loop: executes one goroutine's frames until the
 * bottom frame of this invocation returns (HALT), the program panics past
 * it (RUN_PANIC) or exits.
 *
 * Invariants:
 *  - `ip`, `fp` and `fn` are cached in locals; SAVE() writes ip/fp back to
 *    the goroutine before anything that can allocate, fail, call out or
 *    switch goroutines; LOAD() re-reads them.
 *  - the loop is written once: CASE(x)/DISPATCH() compile to computed goto
 *    on GCC/Clang and to a switch elsewhere.
 *  - with computed goto the code is directly threaded: every instruction
 *    holds its handler's address (Instr.handler, filled in by
 *    vm_thread_code when the VM loads the module), so DISPATCH() is
 *    `ins = ip++; goto *ins->handler` — one load and an indirect jump,
 *    no opcode table; a taken branch adds the instruction's precomputed
 *    byte offset (Instr.jump) to ins instead of indexing fn->code.  ASan
 *    builds check at each dispatch that the handler is labels[op], and at
 *    each taken branch that the offset still matches the 'j' operand.
 *  - arithmetic is done on uint64_t (no signed overflow UB), narrower
 *    integer types are truncated by codegen (SEXT/ZEXT): Go's wrap-around.
 *  - a panic never unwinds the C stack of this loop: it runs deferred calls
 *    as ordinary frames above the panicking one (return address PANICCONT);
 *    only natives longjmp (back to call_native, in vm.c's helper).
 * Panics that reach frames below `base_fp` (those of an outer invocation,
 * for natives calling back into Go) make this invocation return RUN_PANIC.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "vm/ffi.h"
#include "vm/map.h"
#include "vm/rt.h"
#include "vm/vm_internal.h"

#if defined(__GNUC__) || defined(__clang__)
#define USE_COMPUTED_GOTO 1
#else
#define USE_COMPUTED_GOTO 0
#endif

/* jumps between preemption checks when other goroutines are runnable */
enum { PREEMPT_BUDGET = 20000 };

#define A (ins->a)
#define B (ins->b)
#define C (ins->c)
#define D (ins->d)
#define R(i) (fp[(i)])
#define RS(i) ((int64_t)fp[(i)])
#define RF(i) (*(double *)&fp[(i)])
#define RF32(i) (*(float *)&fp[(i)])
#define PTR(i) ((char *)(uintptr_t)fp[(i)])

#define SAVE() (g->ip = ip, g->fp = fp)
#define LOAD() (ip = g->ip, fp = g->fp, fn = frame_hdr(fp)->fn)

#if USE_COMPUTED_GOTO
#define CASE(name) L_##name:
#if defined(__SANITIZE_ADDRESS__)
#define DISPATCH_CHECK() \
    ASSERT(ins->handler == labels[ins->op], "instruction not threaded (vm_thread_code)")
#define JUMP_CHECK(target) ASSERT(ip == fn->code + (target), "stale jump offset")
#else
#define DISPATCH_CHECK() ((void)0)
#define JUMP_CHECK(target) ((void)0)
#endif
#define DISPATCH() do { ins = ip++; DISPATCH_CHECK(); goto *(void *)ins->handler; } while (0)
#else
#define CASE(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

/* Raise a run-time error: allocate the error value, then panic. */
#define RTERR(kind, ...)                                                     \
    do {                                                                     \
        SAVE();                                                              \
        rt_value = rt_error_fmt(vm, kind, __VA_ARGS__);                      \
        goto start_panic;                                                    \
    } while (0)
#define NILCHK(p) do { if (!(p)) goto nil_deref; } while (0)

static GoIface rt_error_fmt(VM *vm, enum RtKind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static GoIface rt_error_fmt(VM *vm, enum RtKind kind, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return vm_rt_error(vm, kind, buf);
}

/* ---- small helpers kept out of the loop ---- */

/* register slots of a value: as codegen counts them (zero-size: 1) */
static inline int64_t slots_of(const Type *t) {
    int64_t n = (t->size + 7) / 8;
    return n ? n : 1;
}

/* can hashing a key of this type panic (an interface inside)? */
static bool key_may_panic_deep(const Type *t);
static inline bool key_may_panic(const Type *t) {
    return t->kind >= TY_ARRAY && key_may_panic_deep(t);  /* not for scalars */
}
static bool key_may_panic_deep(const Type *t) {
    if (t->kind == TY_INTERFACE) return true;
    if (t->kind == TY_ARRAY) return key_may_panic(t->elem);
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (key_may_panic(t->fields[i].type)) return true;
    return false;
}

/* map operations on interface keys may panic inside map.c: run them with
 * a landing pad (vm->map_jb); returns false if they panicked */
enum MapOp { MOP_GET, MOP_SET, MOP_DEL };
static bool guarded_map_op(VM *vm, enum MapOp op, GoMap *mp, const void *key,
                           void **out, GoIface *pv) {
    jmp_buf jb, *saved = vm->map_jb;
    vm->map_jb = &jb;
    if (setjmp(jb)) {
        vm->map_jb = saved;
        *pv = vm->map_panic;
        return false;
    }
    if (op == MOP_GET) *out = map_lookup(mp, key);
    else if (op == MOP_SET) *out = map_assign(mp, key);
    else map_delete(mp, key);
    vm->map_jb = saved;
    return true;
}

static int64_t f2i(double d) {
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return (int64_t)d;
    return INT64_MIN;  /* what CVTTSD2SQ gives for NaN and out of range */
}

static uint64_t f2u(double d) {
    if (d < 9223372036854775808.0) return (uint64_t)f2i(d);
    return (uint64_t)f2i(d - 9223372036854775808.0) | 0x8000000000000000ull;
}

static int32_t f2i32(double d) {
    if (d > -2147483649.0 && d < 2147483648.0) return (int32_t)d;
    return INT32_MIN;  /* CVTTSD2SL's "integer indefinite" */
}

static int64_t str_compare(const GoString *a, const GoString *b) {
    int64_t n = a->len < b->len ? a->len : b->len;
    int r = n ? memcmp(a->ptr, b->ptr, (size_t)n) : 0;
    if (r) return r < 0 ? -1 : 1;
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

/* Decodes one UTF-8 rune at s[i] as Go's for-range does. */
static int32_t decode_rune(const uint8_t *s, int64_t n, int64_t i, int *w) {
    uint8_t c = s[i];
    if (c < 0x80) return *w = 1, c;
    int need = c >= 0xF0 && c < 0xF5 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
    if (c >= 0xF5) need = -1;
    *w = 1;
    if (need < 0 || i + need >= n) return 0xFFFD;
    int32_t r = c & (0x3F >> need);
    for (int k = 1; k <= need; k++) {
        uint8_t cc = s[i + k];
        if ((cc & 0xC0) != 0x80) return 0xFFFD;
        if (k == 1) {  /* Go's accept ranges for the second byte */
            if (c == 0xE0 && cc < 0xA0) return 0xFFFD;
            if (c == 0xED && cc > 0x9F) return 0xFFFD;
            if (c == 0xF0 && cc < 0x90) return 0xFFFD;
            if (c == 0xF4 && cc > 0x8F) return 0xFFFD;
        }
        r = (r << 6) | (cc & 0x3F);
    }
    *w = need + 1;
    return r;
}

static int encode_rune(uint8_t *p, int32_t r) {
    uint32_t c = (uint32_t)r;
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c < 0x80) return p[0] = (uint8_t)c, 1;
    if (c < 0x800)
        return p[0] = 0xC0 | (c >> 6), p[1] = 0x80 | (c & 0x3F), 2;
    if (c < 0x10000)
        return p[0] = 0xE0 | (c >> 12), p[1] = 0x80 | ((c >> 6) & 0x3F),
               p[2] = 0x80 | (c & 0x3F), 3;
    return p[0] = 0xF0 | (c >> 18), p[1] = 0x80 | ((c >> 12) & 0x3F),
           p[2] = 0x80 | ((c >> 6) & 0x3F), p[3] = 0x80 | (c & 0x3F), 4;
}

/* Memory for an allocation site: the frame (stack region, when it fits
 * what codegen reserved) or the heap. */
/* Reports a stack allocation to the tracer (one predictable branch when
 * off).  Heap allocations are reported by vm_alloc itself (the same one
 * branch), for the site stored in vm->alloc_site just before: so blocks
 * allocated by natives and map internals are events too. */
static inline void traced(VM *vm, uint64_t *fp, const Site *s, int region,
                          size_t size) {
    if (vm->tracer) vm_trace_alloc(vm, fp, (int)(s - vm->m->sites), region, size);
}

/* The frame object of a stack site: its slot in the frame, zeroed (a
 * few words inline, no call), traced. */
static inline void *frame_object(VM *vm, uint64_t *fp, const Site *s, size_t size) {
    void *p = (char *)fp + s->frame_offset;
    if (size & 7) memset(p, 0, size);
    else for (size_t i = 0; i < size / 8; i++) ((uint64_t *)p)[i] = 0;
    traced(vm, fp, s, 0, size);
    return p;
}

static void *site_alloc(VM *vm, uint64_t *fp, const Site *s, size_t size,
                        const Type *elem, bool ptrs) {
    if (s->region == 0 && (int64_t)size <= s->size && s->frame_offset >= 0)
        return frame_object(vm, fp, s, size);
    vm->alloc_site = (int)(s - vm->m->sites);
    return vm_alloc(vm, size, elem, ptrs);
}

/* Where Go boxes a value without allocating (walk/convert.go dataWord;
 * the classes are vm_internal.h's ConvT): a bool or a one-byte integer
 * points into staticuint64s; a constant at read-only data made once per
 * site (Go's readonly static); otherwise a frame site keeps its frame
 * object, and on the heap a small 2/4/8-byte value points into
 * staticuint64s and an empty string or a nil slice at zeroVal.  NULL: the
 * value needs its own object.  Nothing here is written through again:
 * Go never modifies a value inside an interface. */
static inline void *box_static(VM *vm, const Site *s, int site, const Type *t,
                               int cls, const uint64_t *v) {
    if (cls == CONVT_BYTE) return &vm->staticuint64s[(uint8_t)v[0]];
    if (s->constant) {
        void *p = vm->site_static[site];
        if (!p) {
            p = xcalloc(1, t->size ? (size_t)t->size : 1);
            memcpy(p, v, (size_t)t->size);
            vm->site_static[site] = p;
        }
        return p;
    }
    if (s->region == 0) return NULL;
    switch (cls) {
    case CONVT_16: return (uint16_t)v[0] < 256 ? &vm->staticuint64s[(uint16_t)v[0]] : NULL;
    case CONVT_32: return (uint32_t)v[0] < 256 ? &vm->staticuint64s[(uint32_t)v[0]] : NULL;
    case CONVT_64: return v[0] < 256 ? &vm->staticuint64s[v[0]] : NULL;
    case CONVT_STRING: return v[1] == 0 ? vm->zeroval : NULL;
    case CONVT_SLICE: return v[0] == 0 ? vm->zeroval : NULL;
    default: return NULL;
    }
}

static GoString concat2(VM *vm, uint64_t *fp, const Site *s, GoString x,
                        GoString y) {
    if (!x.len) return y;
    if (!y.len) return x;
    size_t n = (size_t)(x.len + y.len);
    uint8_t *p = site_alloc(vm, fp, s, n, NULL, false);
    memcpy(p, x.ptr, (size_t)x.len);
    memcpy(p + x.len, y.ptr, (size_t)y.len);
    return (GoString){p, (int64_t)n};
}

static GoString concatn(VM *vm, uint64_t *fp, const Site *s,
                        const GoString *xs, int n) {
    size_t total = 0;
    int nonempty = 0, last = 0;
    for (int i = 0; i < n; i++)
        if (xs[i].len) total += (size_t)xs[i].len, nonempty++, last = i;
    if (nonempty <= 1) return nonempty ? xs[last] : (GoString){NULL, 0};
    uint8_t *p = site_alloc(vm, fp, s, total, NULL, false), *q = p;
    for (int i = 0; i < n; i++) {
        if (xs[i].len) memcpy(q, xs[i].ptr, (size_t)xs[i].len);
        q += xs[i].len;
    }
    return (GoString){p, (int64_t)total};
}

/* false: the new capacity overflows or exceeds Go's maxAlloc (1<<48 on
 * amd64): Go's "growslice: cap out of range" */
static bool append_grow(VM *vm, uint64_t *fp, const Site *site, GoSlice *s,
                        int64_t add, const Type *elem) {
    uint64_t need_u = (uint64_t)s->len + (uint64_t)add;
    if (need_u > (uint64_t)INT64_MAX) return false;
    int64_t need = (int64_t)need_u, esz = elem->size;
    if (need <= s->cap) return true;
    if (!esz) {  /* Go: no allocation, the capacity asked for */
        s->ptr = vm_alloc(vm, 0, elem, false);
        s->cap = need;
        return true;
    }
    int64_t nc = rt_grow_cap(s->cap, need);
    if (esz && nc > ((int64_t)1 << 48) / esz) return false;
    size_t bytes = gc_rounded_size((size_t)(nc * esz));
    if (esz) nc = (int64_t)bytes / esz;
    vm->alloc_site = (int)(site - vm->m->sites);
    void *p = vm_alloc(vm, (size_t)(nc * esz), elem, elem->ptrdata > 0);
    if (s->len) memcpy(p, s->ptr, (size_t)(s->len * esz));
    s->ptr = p;
    s->cap = nc;
    return true;
}

static const char *slice_error(int64_t lo, int64_t hi, int64_t max, int fl,
                               int64_t len, int64_t cap, char *buf, size_t n) {
    const char *what = (fl & (SL_STRING | SL_ARRAY)) ? "length" : "capacity";
    if (fl & SL_MAX) {
        if ((uint64_t)max > (uint64_t)cap)
            return max < 0 ? (snprintf(buf, n, "slice bounds out of range [::%lld]", (long long)max), buf)
                           : (snprintf(buf, n, "slice bounds out of range [::%lld] with %s %lld", (long long)max, what, (long long)cap), buf);
        if ((uint64_t)hi > (uint64_t)max)
            return hi < 0 ? (snprintf(buf, n, "slice bounds out of range [:%lld:]", (long long)hi), buf)
                          : (snprintf(buf, n, "slice bounds out of range [:%lld:%lld]", (long long)hi, (long long)max), buf);
        return lo < 0 ? (snprintf(buf, n, "slice bounds out of range [%lld::]", (long long)lo), buf)
                      : (snprintf(buf, n, "slice bounds out of range [%lld:%lld:]", (long long)lo, (long long)hi), buf);
    }
    int64_t lim = (fl & SL_STRING) ? len : cap;
    if ((fl & SL_HI) && (uint64_t)hi > (uint64_t)lim)
        return hi < 0 ? (snprintf(buf, n, "slice bounds out of range [:%lld]", (long long)hi), buf)
                      : (snprintf(buf, n, "slice bounds out of range [:%lld] with %s %lld", (long long)hi, what, (long long)lim), buf);
    return lo < 0 ? (snprintf(buf, n, "slice bounds out of range [%lld:]", (long long)lo), buf)
                  : (snprintf(buf, n, "slice bounds out of range [%lld:%lld]", (long long)lo, (long long)hi), buf);
}

/* Register slots and memory words are moved one 8-byte word at a time
 * (rt.h's load_u64/store_u64): a wider load of words just stored one by
 * one (or the reverse) defeats store forwarding, which costs more than
 * the extra instructions. */

/* memmove of n <= 16 bytes without a call or a loop: two possibly
 * overlapping chunks, both loaded before either is stored (so overlapping
 * src and dst are fine too). */
static inline void small_move(char *dst, const char *src, size_t n) {
    if (n >= 8) {
        uint64_t x = load_u64(src), y = load_u64(src + n - 8);
        store_u64(dst, x), store_u64(dst + n - 8, y);
    } else if (n >= 4) {
        uint32_t x, y;
        memcpy(&x, src, 4), memcpy(&y, src + n - 4, 4);
        memcpy(dst, &x, 4), memcpy(dst + n - 4, &y, 4);
    } else if (n >= 2) {
        uint16_t x, y;
        memcpy(&x, src, 2), memcpy(&y, src + n - 2, 2);
        memcpy(dst, &x, 2), memcpy(dst + n - 2, &y, 2);
    } else if (n == 1) {
        dst[0] = src[0];
    }
}

/* Copies n register slots upwards-safe (dst below src, or disjoint): the
 * arguments of a call and the results of a return, mostly one or two
 * slots, where a call to memcpy would cost more than the copy. */
static inline void copy_slots(uint64_t *dst, const uint64_t *src, int n) {
    if (n <= 0) return;
    dst[0] = src[0];
    if (n == 1) return;
    dst[1] = src[1];
    if (n == 2) return;
    dst[2] = src[2];
    for (int i = 3; i < n; i++) dst[i] = src[i];
}

/* Pushes a frame for `callee` above the frame (fp, fn). */
static inline uint64_t *push_frame(uint64_t *fp, const Function *fn,
                                   const Function *callee) {
    return fp + fn->frame_slots + HDR_SLOTS;
}

/* The implementation of ic's method for dynamic type t: the cache's ways
 * first, then a lookup by name that replaces the oldest way. */
static int iface_cache_miss(VM *vm, IfaceCache *ic, Type *t) {
    int f = vm_find_method(vm, t, ic->name);
    int w = ic->next;
    ic->next = (w + 1) % IC_WAYS;
    ic->way_type[w] = t, ic->way_func[w] = f;
    return f;
}

static inline int iface_method(VM *vm, IfaceCache *ic, Type *t) {
    _Static_assert(IC_WAYS == 4, "unrolled for four ways");
    if (ic->way_type[0] == t) return ic->way_func[0];
    if (ic->way_type[1] == t) return ic->way_func[1];
    if (ic->way_type[2] == t) return ic->way_func[2];
    if (ic->way_type[3] == t) return ic->way_func[3];
    return iface_cache_miss(vm, ic, t);
}

/* Calls a native: results land in res; a panic inside longjmps back here
 * and is reported as RUN_PANIC with the value in *pv. */
static __attribute__((noinline)) int call_native_guarded(
    VM *vm, NativeCtx *ctx, NativeFn f, uint64_t *args, uint64_t *res,
    GoIface *pv) {
    jmp_buf jb;
    ctx->jb = &jb;
    int st = setjmp(jb);
    if (st) {  /* RUN_PANIC or RUN_PANIC_INFLIGHT */
        vm->nctx = ctx->parent;
        *pv = ctx->panic_value;
        VEC_FREE(ctx->roots);
        return st;
    }
    f(ctx, res, args);
    vm->nctx = ctx->parent;
    if (ctx->roots.items) VEC_FREE(ctx->roots);
    return RUN_OK;
}

/* A leaf native (natives.c) needs no landing pad: only its context, which
 * the collector reads (its roots) and nested natives chain to. */
static inline int call_native(VM *vm, Goroutine *g, int ni, uint64_t *args,
                              uint64_t *res, int nres, GoIface *pv) {
    NativeCtx ctx = {.vm = vm, .g = g, .res = res, .nres = nres,
                     .parent = vm->nctx};
    const NativeBinding *nb = &vm->m->natives[ni];
    vm->nctx = &ctx;
    if (!nb->leaf)
        return call_native_guarded(vm, &ctx, (NativeFn)nb->fn, args, res, pv);
    ((NativeFn)nb->fn)(&ctx, res, args);
    vm->nctx = ctx.parent;
    if (ctx.roots.items) VEC_FREE(ctx.roots);
    return RUN_OK;
}

static Defer *new_defer(uint64_t *fp, DeferKind k, const uint64_t *args,
                        int nargs) {
    Defer *d = xmalloc(sizeof(Defer) + (size_t)nargs * 8);
    d->fp = fp;
    d->kind = k;
    d->closure = NULL;
    d->func = 0;
    d->nres = 0;
    d->nargs = nargs;
    memcpy(d->args, args, (size_t)nargs * 8);
    return d;
}

#if USE_COMPUTED_GOTO
/* Direct threading: stores labels[op] in every instruction vm_interp can
 * reach — the module's functions and the VM's two return-address
 * instructions (PANICCONT, HALT) — and, in those with a jump operand
 * ('j' in the format), the byte offset to its target. */
static void thread_instrs(Instr *code, int n, void *const *labels) {
    for (int i = 0; i < n; i++) {
        Instr *in = &code[i];
        ASSERT(in->op < OP_COUNT, "bad opcode");
        in->handler = labels[in->op];
        const char *fmt = vm_op_formats[in->op];
        const int32_t ops[4] = {in->a, in->b, in->c, in->d};
        for (int k = 0; k < 4; k++) {
            if (fmt[k] != 'j') continue;
            int64_t off = ((int64_t)ops[k] - i) * (int64_t)sizeof(Instr);
            ASSERT(off >= INT32_MIN && off <= INT32_MAX, "function too long to thread");
            in->jump = (int32_t)off;
        }
    }
}

static void thread_code(VM *vm, void *const *labels) {
    Module *m = vm->m;
    for (int i = 0; i < m->nfuncs; i++)
        thread_instrs(m->funcs[i].code, m->funcs[i].ncode, labels);
    thread_instrs(&vm->panic_cont, 1, labels);
    thread_instrs(&vm->halt, 1, labels);
}
#endif

void vm_thread_code(VM *vm) {
#if USE_COMPUTED_GOTO
    vm_interp(vm, NULL);
#else
    (void)vm;  /* the switch dispatches on op */
#endif
}

/* GCC's SLP vectorizer merges SAVE()'s two stores (ip, fp) into one
 * 16-byte store and then rebuilds that vector in every dispatch: three
 * instructions per bytecode instruction for nothing.  And the few-word
 * copy and clear loops must stay loops, not calls to memcpy/memset. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((optimize("no-tree-slp-vectorize", "no-tree-loop-distribute-patterns")))
#endif
int vm_interp(VM *vm, Goroutine *g) {
#if USE_COMPUTED_GOTO
    static void *const labels[OP_COUNT] = {
#define VM_OP_LABEL(name, fmt, doc) [OP_##name] = &&L_##name,
        VM_OPCODES(VM_OP_LABEL)
#undef VM_OP_LABEL
    };
    if (!g) {  /* vm_thread_code: only this function sees its labels */
        thread_code(vm, labels);
        return RUN_OK;
    }
#endif
    Module *m = vm->m;
    const Instr *ip, *ins;
    uint64_t *fp;
    const Function *fn;
    uint64_t *base_fp = g->base_fp ? g->base_fp : g->fp;
    GoIface rt_value;
    uint64_t ix = 0, ixlen = 0;   /* a failed index check, for index_error */
    int budget = PREEMPT_BUDGET;
    bool top = vm->sched_entry;   /* vm_schedule's run: may switch in place */
    vm->sched_entry = false;
    LOAD();
    if (vm->opts.max_steps || vm->opts.interrupt) vm_charge_steps(vm, g, 1);

#if USE_COMPUTED_GOTO
    DISPATCH();
#else
dispatch:
    ins = ip++;
    switch ((Opcode)ins->op) {
#endif

    CASE(NOP) DISPATCH();
    CASE(MOV) R(A) = R(B); DISPATCH();
    CASE(MOV2) R(A) = R(B); R(C) = R(D); DISPATCH();
    CASE(MOVN) {
        if (C == 2) {  /* strings, interfaces */
            uint64_t x = R(B), y = R(B + 1);
            R(A) = x, R(A + 1) = y;
        } else if (A < B) {
            for (int i = 0; i < C; i++) R(A + i) = R(B + i);
        } else {
            for (int i = C - 1; i >= 0; i--) R(A + i) = R(B + i);
        }
        DISPATCH();
    }
    CASE(LOADI) R(A) = (uint64_t)(int64_t)B; DISPATCH();
    CASE(LOADK) R(A) = m->consts[B]; DISPATCH();
    CASE(LOADSTR) {
        R(A) = (uint64_t)(uintptr_t)m->strs[B].ptr;
        R(A + 1) = (uint64_t)m->strs[B].len;
        DISPATCH();
    }
    CASE(ZERO) {  /* mostly 1-3 words (a nil error, a slice): no memset call */
        if (B <= 3) {
            uint64_t *z = &R(A);
            if (B > 0) z[0] = 0;
            if (B > 1) z[1] = 0;
            if (B > 2) z[2] = 0;
            DISPATCH();
        }
        memset(&R(A), 0, (size_t)B * 8);
        DISPATCH();
    }
    CASE(FUNCVAL) R(A) = (uint64_t)(uintptr_t)&vm->static_closures[B]; DISPATCH();
    CASE(LOADTYPE) R(A) = (uint64_t)(uintptr_t)m->types[B]; DISPATCH();
    CASE(ADDRL) R(A) = (uint64_t)(uintptr_t)((char *)fp + B); DISPATCH();
    CASE(ADDRG) R(A) = (uint64_t)(uintptr_t)(vm->globals + B); DISPATCH();
    CASE(GETCTX) R(A) = (uint64_t)(uintptr_t)frame_hdr(fp)->closure; DISPATCH();

    CASE(ADD) R(A) = R(B) + R(C); DISPATCH();
    CASE(SUB) R(A) = R(B) - R(C); DISPATCH();
    CASE(MUL) R(A) = R(B) * R(C); DISPATCH();
    CASE(ADDK) R(A) = R(B) + (uint64_t)(int64_t)C; DISPATCH();
    CASE(MULK) R(A) = R(B) * (uint64_t)(int64_t)C; DISPATCH();
    CASE(ANDK) R(A) = R(B) & (uint64_t)(int64_t)C; DISPATCH();
    CASE(ORK) R(A) = R(B) | (uint64_t)(int64_t)C; DISPATCH();
    CASE(XORK) R(A) = R(B) ^ (uint64_t)(int64_t)C; DISPATCH();
    CASE(SHLK) R(A) = C >= 64 ? 0 : R(B) << C; DISPATCH();
    CASE(SHRSK) R(A) = (uint64_t)(RS(B) >> (C >= 64 ? 63 : C)); DISPATCH();
    CASE(SHRUK) R(A) = C >= 64 ? 0 : R(B) >> C; DISPATCH();
    /* by a constant c > 0; a power of two (x/2 in index arithmetic) by
     * shifts instead of a slow divide, rounding toward zero as Go does */
    CASE(DIVSK) {
        int64_t x = RS(B);
        if (C & (C - 1)) {
            R(A) = (uint64_t)(x / C);
        } else {
            int k = __builtin_ctz((unsigned)C);
            uint64_t bias = k ? (uint64_t)(x >> 63) >> (64 - k) : 0;
            R(A) = (uint64_t)(((int64_t)((uint64_t)x + bias)) >> k);
        }
        DISPATCH();
    }
    CASE(REMSK) {
        int64_t x = RS(B);
        if (C & (C - 1)) {
            R(A) = (uint64_t)(x % C);
        } else {
            int k = __builtin_ctz((unsigned)C);
            uint64_t bias = k ? (uint64_t)(x >> 63) >> (64 - k) : 0;
            int64_t q = ((int64_t)((uint64_t)x + bias)) >> k;
            R(A) = (uint64_t)x - ((uint64_t)q << k);
        }
        DISPATCH();
    }
    CASE(DIVUK) R(A) = C & (C - 1) ? R(B) / (uint64_t)C : R(B) >> __builtin_ctz((unsigned)C); DISPATCH();
    CASE(REMUK) R(A) = C & (C - 1) ? R(B) % (uint64_t)C : R(B) & (uint64_t)(C - 1); DISPATCH();
    CASE(DIVS) {
        int64_t y = RS(C);
        if (y == 0) RTERR(RT_ERROR, "integer divide by zero");
        R(A) = y == -1 ? 0 - R(B) : (uint64_t)(RS(B) / y);
        DISPATCH();
    }
    CASE(DIVU) {
        if (R(C) == 0) RTERR(RT_ERROR, "integer divide by zero");
        R(A) = R(B) / R(C);
        DISPATCH();
    }
    CASE(REMS) {
        int64_t y = RS(C);
        if (y == 0) RTERR(RT_ERROR, "integer divide by zero");
        R(A) = y == -1 ? 0 : (uint64_t)(RS(B) % y);
        DISPATCH();
    }
    CASE(REMU) {
        if (R(C) == 0) RTERR(RT_ERROR, "integer divide by zero");
        R(A) = R(B) % R(C);
        DISPATCH();
    }
    CASE(AND) R(A) = R(B) & R(C); DISPATCH();
    CASE(OR) R(A) = R(B) | R(C); DISPATCH();
    CASE(XOR) R(A) = R(B) ^ R(C); DISPATCH();
    CASE(ANDNOT) R(A) = R(B) & ~R(C); DISPATCH();
    CASE(SHL) {
        uint64_t n = R(C);
        if (D && (int64_t)n < 0) RTERR(RT_ERROR, "negative shift amount");
        R(A) = n >= 64 ? 0 : R(B) << n;
        DISPATCH();
    }
    CASE(SHRS) {
        uint64_t n = R(C);
        if (D && (int64_t)n < 0) RTERR(RT_ERROR, "negative shift amount");
        R(A) = (uint64_t)(RS(B) >> (n >= 64 ? 63 : n));
        DISPATCH();
    }
    CASE(SHRU) {
        uint64_t n = R(C);
        if (D && (int64_t)n < 0) RTERR(RT_ERROR, "negative shift amount");
        R(A) = n >= 64 ? 0 : R(B) >> n;
        DISPATCH();
    }
    CASE(NEG) R(A) = 0 - R(B); DISPATCH();
    CASE(COM) R(A) = ~R(B); DISPATCH();
    CASE(NOT) R(A) = !R(B); DISPATCH();
    CASE(SEXT8) R(A) = (uint64_t)(int64_t)(int8_t)R(B); DISPATCH();
    CASE(SEXT16) R(A) = (uint64_t)(int64_t)(int16_t)R(B); DISPATCH();
    CASE(SEXT32) R(A) = (uint64_t)(int64_t)(int32_t)R(B); DISPATCH();
    CASE(ZEXT8) R(A) = (uint8_t)R(B); DISPATCH();
    CASE(ZEXT16) R(A) = (uint16_t)R(B); DISPATCH();
    CASE(ZEXT32) R(A) = (uint32_t)R(B); DISPATCH();

    CASE(EQ) R(A) = R(B) == R(C); DISPATCH();
    CASE(NE) R(A) = R(B) != R(C); DISPATCH();
    CASE(LTS) R(A) = RS(B) < RS(C); DISPATCH();
    CASE(LES) R(A) = RS(B) <= RS(C); DISPATCH();
    CASE(LTU) R(A) = R(B) < R(C); DISPATCH();
    CASE(LEU) R(A) = R(B) <= R(C); DISPATCH();

    CASE(ADDF) RF(A) = RF(B) + RF(C); DISPATCH();
    CASE(SUBF) RF(A) = RF(B) - RF(C); DISPATCH();
    CASE(MULF) RF(A) = RF(B) * RF(C); DISPATCH();
    CASE(DIVF) RF(A) = RF(B) / RF(C); DISPATCH();
    CASE(NEGF) RF(A) = -RF(B); DISPATCH();
    CASE(EQF) R(A) = RF(B) == RF(C); DISPATCH();
    CASE(NEF) R(A) = RF(B) != RF(C); DISPATCH();
    CASE(LTF) R(A) = RF(B) < RF(C); DISPATCH();
    CASE(LEF) R(A) = RF(B) <= RF(C); DISPATCH();
#define KF(i) (*(const double *)&m->consts[(i)])
    CASE(ADDFK) RF(A) = RF(B) + KF(C); DISPATCH();
    CASE(SUBFK) RF(A) = RF(B) - KF(C); DISPATCH();
    CASE(KSUBF) RF(A) = KF(C) - RF(B); DISPATCH();
    CASE(MULFK) RF(A) = RF(B) * KF(C); DISPATCH();
    CASE(DIVFK) RF(A) = RF(B) / KF(C); DISPATCH();
    CASE(KDIVF) RF(A) = KF(C) / RF(B); DISPATCH();
#undef KF
    CASE(SQRTF) RF(A) = sqrt(RF(B)); DISPATCH();
    /* two roundings, as Go's separate MULSD and ADDSD (the build has
     * -ffp-contract=off: the compiler must not fuse them either) */
    CASE(MULADDF) { double t = RF(B) * RF(C); RF(A) = t + RF(D); DISPATCH(); }
    CASE(MULSUBF) { double t = RF(B) * RF(C); RF(A) = t - RF(D); DISPATCH(); }
    CASE(MULRSUBF) { double t = RF(B) * RF(C); RF(A) = RF(D) - t; DISPATCH(); }
    /* an operand or the destination in memory (a field through a pointer):
     * T is uint64_t (wrap-around) or double */
#define MEMOP(name, T, op)                                                    \
    CASE(name) {                                                             \
        char *p = PTR(C);                                                    \
        NILCHK(p);                                                           \
        T x, v;                                                              \
        memcpy(&x, &R(B), 8);                                                \
        memcpy(&v, p + D, 8);                                                \
        x = x op v;                                                          \
        memcpy(&R(A), &x, 8);                                                \
        DISPATCH();                                                          \
    }
#define MEMTO(name, T, op)                                                    \
    CASE(name) {                                                             \
        char *p = PTR(A);                                                    \
        NILCHK(p);                                                           \
        T x, v;                                                              \
        memcpy(&x, p + B, 8);                                                \
        memcpy(&v, &R(C), 8);                                                \
        x = x op v;                                                          \
        memcpy(p + B, &x, 8);                                                \
        DISPATCH();                                                          \
    }
    MEMOP(ADDM, uint64_t, +)
    MEMOP(SUBM, uint64_t, -)
    MEMOP(MULM, uint64_t, *)
    MEMTO(ADDTO, uint64_t, +)
    MEMTO(SUBTO, uint64_t, -)
    MEMOP(ADDFM, double, +)
    MEMOP(SUBFM, double, -)
    MEMOP(MULFM, double, *)
    MEMOP(DIVFM, double, /)
    MEMTO(ADDFTO, double, +)
    MEMTO(SUBFTO, double, -)
    MEMTO(MULFTO, double, *)
#undef MEMOP
#undef MEMTO
    CASE(ADDF32) { float r = RF32(B) + RF32(C); R(A) = 0; RF32(A) = r; DISPATCH(); }
    CASE(SUBF32) { float r = RF32(B) - RF32(C); R(A) = 0; RF32(A) = r; DISPATCH(); }
    CASE(MULF32) { float r = RF32(B) * RF32(C); R(A) = 0; RF32(A) = r; DISPATCH(); }
    CASE(DIVF32) { float r = RF32(B) / RF32(C); R(A) = 0; RF32(A) = r; DISPATCH(); }
    CASE(NEGF32) { float r = -RF32(B); R(A) = 0; RF32(A) = r; DISPATCH(); }
    CASE(EQF32) R(A) = RF32(B) == RF32(C); DISPATCH();
    CASE(NEF32) R(A) = RF32(B) != RF32(C); DISPATCH();
    CASE(LTF32) R(A) = RF32(B) < RF32(C); DISPATCH();
    CASE(LEF32) R(A) = RF32(B) <= RF32(C); DISPATCH();

    CASE(I2F) RF(A) = (double)RS(B); DISPATCH();
    CASE(U2F) RF(A) = (double)R(B); DISPATCH();
    CASE(F2I) R(A) = (uint64_t)f2i(RF(B)); DISPATCH();
    CASE(F2U) R(A) = f2u(RF(B)); DISPATCH();
    CASE(F2I32) R(A) = (uint64_t)(int64_t)f2i32(RF(B)); DISPATCH();
    CASE(I2F32) { float r = (float)RS(B); R(A) = 0; RF32(A) = r; DISPATCH(); }
    CASE(U2F32) { float r = (float)R(B); R(A) = 0; RF32(A) = r; DISPATCH(); }
    CASE(F322F) RF(A) = (double)RF32(B); DISPATCH();
    CASE(F2F32) { float r = (float)RF(B); R(A) = 0; RF32(A) = r; DISPATCH(); }

    /* Every taken jump spends budget: loops close with a conditional jump
 * back (codegen tests the condition at the bottom), so any of them may be
 * the one that lets other goroutines run. */
#if USE_COMPUTED_GOTO
/* threaded code: the instruction holds its target as a byte offset */
#define JUMP(target)                                                         \
    do {                                                                     \
        ip = (const Instr *)((const char *)ins + ins->jump);                 \
        JUMP_CHECK(target);                                                  \
        if (--budget < 0) goto preempt;                                      \
    } while (0)
#else
#define JUMP(target)                                                         \
    do {                                                                     \
        ip = fn->code + (target);                                            \
        if (--budget < 0) goto preempt;                                      \
    } while (0)
#endif
    CASE(JMP) JUMP(A); DISPATCH();
    CASE(JT) if (R(A)) JUMP(B); DISPATCH();
    CASE(JF) if (!R(A)) JUMP(B); DISPATCH();
    CASE(JEQ) if (R(A) == R(B)) JUMP(C); DISPATCH();
    CASE(JNE) if (R(A) != R(B)) JUMP(C); DISPATCH();
    CASE(JLT) if (RS(A) < RS(B)) JUMP(C); DISPATCH();
    CASE(JLE) if (RS(A) <= RS(B)) JUMP(C); DISPATCH();
    CASE(JLTU) if (R(A) < R(B)) JUMP(C); DISPATCH();
    CASE(JLEU) if (R(A) <= R(B)) JUMP(C); DISPATCH();
    CASE(JLTK) if (RS(A) < (int64_t)B) JUMP(C); DISPATCH();
    CASE(JGEK) if (RS(A) >= (int64_t)B) JUMP(C); DISPATCH();
    CASE(JEQK) if (RS(A) == (int64_t)B) JUMP(C); DISPATCH();
    CASE(JNEK) if (RS(A) != (int64_t)B) JUMP(C); DISPATCH();
    CASE(JBEQK) {
        uint64_t i = R(B);
        if (i >= R(A + 1)) { ix = i, ixlen = R(A + 1); goto index_error; }
        if (((const uint8_t *)PTR(A))[i] == (uint8_t)C) JUMP(D);
        DISPATCH();
    }
    CASE(JBNEK) {
        uint64_t i = R(B);
        if (i >= R(A + 1)) { ix = i, ixlen = R(A + 1); goto index_error; }
        if (((const uint8_t *)PTR(A))[i] != (uint8_t)C) JUMP(D);
        DISPATCH();
    }
    CASE(ADDJLT) R(A) += R(B); if (RS(A) < RS(C)) JUMP(D); DISPATCH();
    CASE(ADDJLE) R(A) += R(B); if (RS(A) <= RS(C)) JUMP(D); DISPATCH();
    CASE(ADDKJLT) R(A) += (uint64_t)(int64_t)B; if (RS(A) < RS(C)) JUMP(D); DISPATCH();
    CASE(ADDKJLE) R(A) += (uint64_t)(int64_t)B; if (RS(A) <= RS(C)) JUMP(D); DISPATCH();
    CASE(ADDKJLTK) R(A) += (uint64_t)(int64_t)B; if (RS(A) < (int64_t)C) JUMP(D); DISPATCH();
    CASE(ADDKJGEK) R(A) += (uint64_t)(int64_t)B; if (RS(A) >= (int64_t)C) JUMP(D); DISPATCH();
    CASE(ADDKJGT) R(A) += (uint64_t)(int64_t)B; if (RS(A) > RS(C)) JUMP(D); DISPATCH();
    CASE(ADDKJGE) R(A) += (uint64_t)(int64_t)B; if (RS(A) >= RS(C)) JUMP(D); DISPATCH();
    CASE(JEQF) if (RF(A) == RF(B)) JUMP(C); DISPATCH();
    CASE(JNEF) if (RF(A) != RF(B)) JUMP(C); DISPATCH();
    CASE(JLTF) if (RF(A) < RF(B)) JUMP(C); DISPATCH();
    CASE(JLEF) if (RF(A) <= RF(B)) JUMP(C); DISPATCH();
    CASE(JNLTF) if (!(RF(A) < RF(B))) JUMP(C); DISPATCH();
    CASE(JNLEF) if (!(RF(A) <= RF(B))) JUMP(C); DISPATCH();
#define KF(i) (*(const double *)&m->consts[(i)])
    CASE(JEQFK) if (RF(A) == KF(B)) JUMP(C); DISPATCH();
    CASE(JNEFK) if (RF(A) != KF(B)) JUMP(C); DISPATCH();
    CASE(JLTFK) if (RF(A) < KF(B)) JUMP(C); DISPATCH();
    CASE(JLEFK) if (RF(A) <= KF(B)) JUMP(C); DISPATCH();
    CASE(JGTFK) if (RF(A) > KF(B)) JUMP(C); DISPATCH();
    CASE(JGEFK) if (RF(A) >= KF(B)) JUMP(C); DISPATCH();
    CASE(JNLTFK) if (!(RF(A) < KF(B))) JUMP(C); DISPATCH();
    CASE(JNLEFK) if (!(RF(A) <= KF(B))) JUMP(C); DISPATCH();
    CASE(JNGTFK) if (!(RF(A) > KF(B))) JUMP(C); DISPATCH();
    CASE(JNGEFK) if (!(RF(A) >= KF(B))) JUMP(C); DISPATCH();
#undef KF

#define LOADOP(name, ctype, ext)                                             \
    CASE(name) {                                                             \
        char *p = PTR(B);                                                    \
        NILCHK(p);                                                           \
        ctype v;                                                             \
        memcpy(&v, p + C, sizeof v);                                         \
        R(A) = (uint64_t)(ext)v;                                             \
        DISPATCH();                                                          \
    }
    LOADOP(LD8S, int8_t, int64_t)
    LOADOP(LD8U, uint8_t, uint64_t)
    LOADOP(LD16S, int16_t, int64_t)
    LOADOP(LD16U, uint16_t, uint64_t)
    LOADOP(LD32S, int32_t, int64_t)
    LOADOP(LD32U, uint32_t, uint64_t)
    LOADOP(LD64, uint64_t, uint64_t)
#undef LOADOP
    CASE(LDN) {
        char *p = PTR(B);
        NILCHK(p);
        /* strings, interfaces, slices: word by word, no call to memmove.
         * Words, not one wide copy: a 16-byte load from two 8-byte stores
         * (the STN of the previous call, say) cannot be store-forwarded and
         * stalls the pipeline. */
        if (D == 16) {
            uint64_t w0 = load_u64(p + C), w1 = load_u64(p + C + 8);
            R(A) = w0, R(A + 1) = w1;
            DISPATCH();
        }
        if (D == 24) {
            uint64_t w0 = load_u64(p + C), w1 = load_u64(p + C + 8),
                     w2 = load_u64(p + C + 16);
            R(A) = w0, R(A + 1) = w1, R(A + 2) = w2;
            DISPATCH();
        }
        if (D & 7) R(A + D / 8) = 0;
        memmove(&R(A), p + C, (size_t)D);
        DISPATCH();
    }
#define STOREOP(name, ctype)                                                 \
    CASE(name) {                                                             \
        char *p = PTR(A);                                                    \
        NILCHK(p);                                                           \
        ctype v = (ctype)R(C);                                               \
        memcpy(p + B, &v, sizeof v);                                         \
        DISPATCH();                                                          \
    }
    STOREOP(ST8, uint8_t)
    STOREOP(ST16, uint16_t)
    STOREOP(ST32, uint32_t)
    STOREOP(ST64, uint64_t)
#undef STOREOP
    CASE(STN) {
        char *p = PTR(A);
        NILCHK(p);
        if (D == 16) {  /* word by word, as LDN */
            uint64_t w0 = R(B), w1 = R(B + 1);
            store_u64(p + C, w0), store_u64(p + C + 8, w1);
            DISPATCH();
        }
        if (D == 24) {
            uint64_t w0 = R(B), w1 = R(B + 1), w2 = R(B + 2);
            store_u64(p + C, w0), store_u64(p + C + 8, w1),
                store_u64(p + C + 16, w2);
            DISPATCH();
        }
        memmove(p + C, &R(B), (size_t)D);
        DISPATCH();
    }
    CASE(MEMCOPY) {
        char *d = PTR(A), *s = PTR(B);
        NILCHK(d);
        NILCHK(s);
        memmove(d, s, (size_t)C);
        DISPATCH();
    }
    CASE(MEMZERO) {
        char *d = PTR(A);
        NILCHK(d);
        memset(d, 0, (size_t)B);
        DISPATCH();
    }
    CASE(NILCHK) NILCHK(R(A)); DISPATCH();

    CASE(BOUNDS) {
        if (R(A) >= R(B)) {
            if (RS(A) < 0) RTERR(RT_BOUNDS, "index out of range [%lld]", (long long)RS(A));
            RTERR(RT_BOUNDS, "index out of range [%lld] with length %lld",
                  (long long)RS(A), (long long)RS(B));
        }
        DISPATCH();
    }
    CASE(SLICE2AP) {
        if (RS(B + 1) < (int64_t)C)
            RTERR(RT_ERROR, "cannot convert slice with length %lld to pointer to array with length %d",
                  (long long)RS(B + 1), C);
        R(A) = R(B);
        DISPATCH();
    }
    CASE(BOUNDSK) {
        if (R(A) >= (uint64_t)(int64_t)B) {
            if (RS(A) < 0) RTERR(RT_BOUNDS, "index out of range [%lld]", (long long)RS(A));
            RTERR(RT_BOUNDS, "index out of range [%lld] with length %d",
                  (long long)RS(A), B);
        }
        DISPATCH();
    }
    CASE(LEA) R(A) = R(B) + R(C) * (uint64_t)(int64_t)D; DISPATCH();
    /* s[i] of a slice in registers (ptr, len): bounds check and access in
     * one dispatch; a failing check reports index i and length len */
    CASE(LDX64) {
        uint64_t i = R(C);
        if (i >= R(B + 1)) { ix = i, ixlen = R(B + 1); goto index_error; }
        R(A) = ((const uint64_t *)PTR(B))[i];
        DISPATCH();
    }
    CASE(LDX8U) {
        uint64_t i = R(C);
        if (i >= R(B + 1)) { ix = i, ixlen = R(B + 1); goto index_error; }
        R(A) = ((const uint8_t *)PTR(B))[i];
        DISPATCH();
    }
    CASE(STX64) {
        uint64_t i = R(B);
        if (i >= R(A + 1)) { ix = i, ixlen = R(A + 1); goto index_error; }
        ((uint64_t *)PTR(A))[i] = R(C);
        DISPATCH();
    }
    CASE(STX8) {
        uint64_t i = R(B);
        if (i >= R(A + 1)) { ix = i, ixlen = R(A + 1); goto index_error; }
        ((uint8_t *)PTR(A))[i] = (uint8_t)R(C);
        DISPATCH();
    }
    CASE(SWAPX) {
        /* s[i], s[j] = s[j], s[i]: Go checks i first, then j */
        uint64_t i = R(B), j = R(C), n = R(A + 1);
        if (i >= n) { ix = i, ixlen = n; goto index_error; }
        if (j >= n) { ix = j, ixlen = n; goto index_error; }
        if (D == 8) {
            uint64_t *e = (uint64_t *)PTR(A), t = e[i];
            e[i] = e[j], e[j] = t;
        } else {
            uint8_t *p = (uint8_t *)PTR(A) + i * (uint64_t)D, *q = (uint8_t *)PTR(A) + j * (uint64_t)D;
            for (int k = 0; k < D; k++) {
                uint8_t t = p[k];
                p[k] = q[k], q[k] = t;
            }
        }
        DISPATCH();
    }
    CASE(STX64K) {
        uint64_t i = R(B);
        if (i >= R(A + 1)) { ix = i, ixlen = R(A + 1); goto index_error; }
        ((uint64_t *)PTR(A))[i] = (uint64_t)(int64_t)C;
        DISPATCH();
    }
    CASE(STX8K) {
        uint64_t i = R(B);
        if (i >= R(A + 1)) { ix = i, ixlen = R(A + 1); goto index_error; }
        ((uint8_t *)PTR(A))[i] = (uint8_t)C;
        DISPATCH();
    }
    CASE(SLICE) {
        if (D == (1 << 8 | SL_STRING | SL_LO | SL_HI)) {  /* s[lo:hi] */
            uint64_t lo = R(C), hi = R(C + 1), len = R(B + 1);
            if (hi <= len && lo <= hi) {  /* else the general path's error */
                R(A) = hi > lo ? (uint64_t)(uintptr_t)(PTR(B) + lo) : R(B);
                R(A + 1) = hi - lo;
                DISPATCH();
            }
        }
        int fl = D & 0xFF;
        int64_t esz = D >> 8;
        char *ptr = PTR(B);
        int64_t len = RS(B + 1);
        int64_t cap = (fl & SL_STRING) ? len : RS(B + 2);
        int64_t lo = (fl & SL_LO) ? RS(C) : 0;
        int64_t hi = (fl & SL_HI) ? RS(C + 1) : len;
        int64_t max = (fl & SL_MAX) ? RS(C + 2) : cap;
        if ((uint64_t)max > (uint64_t)cap || (uint64_t)hi > (uint64_t)max ||
            (uint64_t)lo > (uint64_t)hi) {
            char buf[160];
            if (!(fl & SL_HI) && !(fl & SL_MAX)) hi = len;
            slice_error(lo, hi, max, fl, len, cap, buf, sizeof buf);
            RTERR(RT_BOUNDS, "%s", buf);
        }
        /* Go never forms a pointer past the end: an empty tail keeps base */
        R(A) = (uint64_t)(uintptr_t)(max - lo > 0 || (fl & SL_STRING)
                                         ? (hi - lo > 0 || !(fl & SL_STRING) ? ptr + lo * esz : ptr)
                                         : ptr);
        R(A + 1) = (uint64_t)(hi - lo);
        if (!(fl & SL_STRING)) R(A + 2) = (uint64_t)(max - lo);
        DISPATCH();
    }
    CASE(STRIDX) {
        uint64_t i = R(C);
        if (i >= R(B + 1)) {
            if ((int64_t)i < 0) RTERR(RT_BOUNDS, "index out of range [%lld]", (long long)i);
            RTERR(RT_BOUNDS, "index out of range [%lld] with length %lld",
                  (long long)i, (long long)R(B + 1));
        }
        R(A) = ((const uint8_t *)PTR(B))[i];
        DISPATCH();
    }
    CASE(STREQ) {
        GoString *x = (GoString *)&R(B), *y = (GoString *)&R(C);
        R(A) = x->len == y->len &&
               (x->ptr == y->ptr || !x->len || !memcmp(x->ptr, y->ptr, (size_t)x->len));
        DISPATCH();
    }
    CASE(STRCMP) {
        R(A) = (uint64_t)str_compare((GoString *)&R(B), (GoString *)&R(C));
        DISPATCH();
    }
    CASE(CONCAT) {
        SAVE();
        GoString r = concat2(vm, fp, &m->sites[D], *(GoString *)&R(B),
                             *(GoString *)&R(C));
        memcpy(&R(A), &r, sizeof r);
        DISPATCH();
    }
    CASE(CONCATN) {
        SAVE();
        GoString r = concatn(vm, fp, &m->sites[D], (GoString *)&R(B), C);
        memcpy(&R(A), &r, sizeof r);
        DISPATCH();
    }
    CASE(STR2BYTES) {
        SAVE();
        GoString s = *(GoString *)&R(B);
        /* As Go: not nil even when empty; a non-escaping conversion of a
         * non-constant string uses the site's 32-byte frame buffer, and
         * its capacity is 32; a heap one is rounded to its size class */
        const Site *st = &m->sites[C];
        bool in_frame = st->region == 0 && s.len <= st->size && st->frame_offset >= 0;
        uint8_t *p = s.len ? site_alloc(vm, fp, st, (size_t)s.len, NULL, false)
                     : in_frame ? (uint8_t *)fp + st->frame_offset
                                : (uint8_t *)&vm->zerobase;
        if (s.len) memcpy(p, s.ptr, (size_t)s.len);
        int64_t cap = s.len;
        if (in_frame && !D && st->size == 32) cap = 32;
        else if (s.len && !in_frame && !D)  /* a constant's is exact */
            cap = (int64_t)gc_rounded_size((size_t)s.len);
        R(A) = (uint64_t)(uintptr_t)p, R(A + 1) = (uint64_t)s.len, R(A + 2) = (uint64_t)cap;
        DISPATCH();
    }
    CASE(BYTES2STR) {
        SAVE();
        GoSlice s = *(GoSlice *)&R(B);
        /* as Go's slicebytetostring: one byte is a static byte, in
         * either region */
        const uint8_t *p = s.len == 1 ? vm_static_byte(vm, *(uint8_t *)s.ptr)
                         : s.len ? site_alloc(vm, fp, &m->sites[C], (size_t)s.len, NULL, false)
                                 : NULL;
        if (s.len > 1) memcpy((uint8_t *)p, s.ptr, (size_t)s.len);
        R(A) = (uint64_t)(uintptr_t)p, R(A + 1) = (uint64_t)s.len;
        DISPATCH();
    }
    CASE(STR2RUNES) {
        SAVE();
        GoString s = *(GoString *)&R(B);
        int64_t n = 0;
        for (int64_t i = 0; i < s.len; n++) {
            int w;
            decode_rune(s.ptr, s.len, i, &w);
            i += w;
        }
        /* As Go: a non-escaping conversion of a non-constant string of at
         * most 32 runes uses the site's zeroed [32]rune frame buffer (cap
         * 32, even when empty); a longer one goes to the heap */
        const Site *st = &m->sites[C];
        bool in_frame = st->region == 0 && st->frame_offset >= 0 && !D &&
                        st->size == 32 * 4 && n <= 32;
        int32_t *p;
        if (in_frame) {
            p = frame_object(vm, fp, st, 32 * 4);
        } else {
            p = n ? site_alloc(vm, fp, st, (size_t)n * 4, NULL, false)
                  : (void *)&vm->zerobase;
        }
        n = 0;
        for (int64_t i = 0; i < s.len;) {
            int w;
            p[n++] = decode_rune(s.ptr, s.len, i, &w);
            i += w;
        }
        int64_t cap = n;  /* on the heap: rounded to the size class, as Go */
        if (in_frame) cap = 32;
        else if (n && !((char *)p >= (char *)fp && (char *)p < (char *)fp + fn->frame_slots * 8))
            cap = (int64_t)gc_rounded_size((size_t)n * 4) / 4;
        R(A) = (uint64_t)(uintptr_t)p, R(A + 1) = (uint64_t)n, R(A + 2) = (uint64_t)cap;
        DISPATCH();
    }
    CASE(RUNES2STR) {
        SAVE();
        GoSlice s = *(GoSlice *)&R(B);
        const int32_t *rs = s.ptr;
        size_t n = 0;
        uint8_t tmp[4];
        for (int64_t i = 0; i < s.len; i++) n += (size_t)encode_rune(tmp, rs[i]);
        uint8_t *p = n ? site_alloc(vm, fp, &m->sites[C], n, NULL, false) : NULL;
        n = 0;
        for (int64_t i = 0; i < s.len; i++) n += (size_t)encode_rune(p + n, rs[i]);
        R(A) = (uint64_t)(uintptr_t)p, R(A + 1) = n;
        DISPATCH();
    }
    CASE(RUNE2STR) {
        SAVE();
        uint8_t tmp[4];
        int64_t r = RS(B);
        int n = encode_rune(tmp, r < INT32_MIN || r > INT32_MAX ? 0xFFFD : (int32_t)r);
        uint8_t *p = site_alloc(vm, fp, &m->sites[C], (size_t)n, NULL, false);
        memcpy(p, tmp, (size_t)n);
        R(A) = (uint64_t)(uintptr_t)p, R(A + 1) = (uint64_t)n;
        DISPATCH();
    }
    CASE(DECODERUNE) {
        int w;
        int32_t r = decode_rune((const uint8_t *)PTR(B), RS(B + 1), RS(C), &w);
        R(A) = (uint64_t)(int64_t)r;
        R(A + 1) = R(C) + (uint64_t)w;
        DISPATCH();
    }
    CASE(COPY) {
        GoSlice *d = (GoSlice *)&R(B);
        int64_t srclen = RS(C + 1);
        int64_t n = d->len < srclen ? d->len : srclen;
        if (n > 0) memmove(d->ptr, PTR(C), (size_t)(n * D));
        R(A) = (uint64_t)n;
        DISPATCH();
    }
    /* APPEND, APPENDSL: the slice header is updated in its registers, never
     * copied to a local struct (GCC keeps such a struct in memory and
     * reloads it with 16-byte loads that stall on the 8-byte stores) */
    CASE(APPEND) {
        const Type *et = m->sites[D].type;
        if (R(A + 1) + (uint64_t)C > R(A + 2)) {
            SAVE();
            if (!append_grow(vm, fp, &m->sites[D], (GoSlice *)&R(A), C, et))
                RTERR(RT_ERROR, "growslice: cap out of range");
        }
        int64_t len = RS(A + 1);
        char *dst = PTR(A) + len * et->size;
        if (et->size == 1) {  /* bytes: append(b, c) */
            for (int i = 0; i < C; i++) dst[i] = (char)R(B + i);
        } else if (et->size == 8) {
            for (int i = 0; i < C; i++) store_u64(dst + i * 8, R(B + i));
        } else {
            int64_t sl = (et->size + 7) / 8;
            for (int i = 0; i < C; i++)
                memcpy(dst + i * et->size, &R(B + i * sl), (size_t)et->size);
        }
        R(A + 1) = (uint64_t)(len + C);
        DISPATCH();
    }
    CASE(APPENDSL) {
        const Type *et = m->sites[D].type;
        const char *src = PTR(B);
        int64_t n = RS(B + 1);
        if (R(A + 1) + (uint64_t)n > R(A + 2)) {
            SAVE();
            if (!append_grow(vm, fp, &m->sites[D], (GoSlice *)&R(A), n, et))
                RTERR(RT_ERROR, "growslice: cap out of range");
        }
        int64_t len = RS(A + 1);
        size_t bytes = (size_t)(n * et->size);
        if (bytes) {  /* (nil slices: no arithmetic on their NULL) */
            char *dst = PTR(A) + len * et->size;
            if (bytes <= 16) small_move(dst, src, bytes);  /* a short string */
            else memmove(dst, src, bytes);
        }
        R(A + 1) = (uint64_t)(len + n);
        DISPATCH();
    }

    /* APPENDM, APPENDSLM: x.f = append(x.f, ...) with the header left in
     * memory (LDN, APPEND, STN in one) */
    CASE(APPENDM) {
        char *p = PTR(A);
        NILCHK(p);
        GoSlice *s = (GoSlice *)(p + C);
        const Type *et = m->sites[D].type;
        if ((uint64_t)s->len + 1 > (uint64_t)s->cap) {
            SAVE();
            if (!append_grow(vm, fp, &m->sites[D], s, 1, et))
                RTERR(RT_ERROR, "growslice: cap out of range");
        }
        char *dst = (char *)s->ptr + s->len * et->size;
        if (et->size == 1) dst[0] = (char)R(B);
        else if (et->size == 8) store_u64(dst, R(B));
        else memcpy(dst, &R(B), (size_t)et->size);
        s->len++;
        DISPATCH();
    }
    CASE(APPENDSLM) {
        char *p = PTR(A);
        NILCHK(p);
        GoSlice *s = (GoSlice *)(p + C);
        const Type *et = m->sites[D].type;
        const char *src = PTR(B);
        int64_t n = RS(B + 1);
        if ((uint64_t)s->len + (uint64_t)n > (uint64_t)s->cap) {
            SAVE();
            if (!append_grow(vm, fp, &m->sites[D], s, n, et))
                RTERR(RT_ERROR, "growslice: cap out of range");
        }
        size_t bytes = (size_t)(n * et->size);
        if (bytes) {
            char *dst = (char *)s->ptr + s->len * et->size;
            if (bytes <= 16) small_move(dst, src, bytes);
            else memmove(dst, src, bytes);
        }
        s->len += n;
        DISPATCH();
    }

    CASE(NEW) {
        /* codegen emits NEWSTK for frame objects: this is the heap path
         * (site_alloc still serves a stack site, for modules built by hand) */
        const Site *s = &m->sites[B];
        SAVE();
        void *p = vm->tracer ? NULL : gc_alloc_prepared(vm->heap, vm->site_class[B]);
        if (!p)
            p = site_alloc(vm, fp, s, (size_t)s->type->size, s->type,
                           s->type->ptrdata > 0);
        R(A) = (uint64_t)(uintptr_t)p;
        DISPATCH();
    }
    CASE(NEWSTK) {
        /* a frame object (escape analysis said so at compile time): its
         * address, d words zeroed (0 when a literal fills it next) */
        uint64_t *p = (uint64_t *)((char *)fp + C);
        for (int i = 0; i < D; i++) p[i] = 0;
        R(A) = (uint64_t)(uintptr_t)p;
        if (vm->tracer) {
            SAVE();
            traced(vm, fp, &m->sites[B], 0, (size_t)m->sites[B].type->size);
        }
        DISPATCH();
    }
    CASE(MAKESLICE) {
        const Site *s = &m->sites[C];
        int64_t len = RS(B), cap = RS(B + 1);
        if (len < 0 || (s->type->size && len > (int64_t)(1ll << 40) / s->type->size))
            RTERR(RT_ERROR, "makeslice: len out of range");
        if (cap < len || (s->type->size && cap > (int64_t)(1ll << 40) / s->type->size))
            RTERR(RT_ERROR, "makeslice: cap out of range");
        SAVE();
        void *p = site_alloc(vm, fp, s, (size_t)(cap * s->type->size), s->type,
                             s->type->ptrdata > 0);
        R(A) = (uint64_t)(uintptr_t)p, R(A + 1) = (uint64_t)len, R(A + 2) = (uint64_t)cap;
        DISPATCH();
    }
    CASE(CLOSURE) {
        const Site *s = &m->sites[C];
        SAVE();
        void **p;
        if (s->region == 0 && s->frame_offset >= 0) {
            p = frame_object(vm, fp, s, (size_t)s->size);
        } else {
            p = vm->tracer ? NULL : gc_alloc_prepared(vm->heap, vm->site_class[C]);
            if (!p) p = site_alloc(vm, fp, s, (size_t)s->size, NULL, true);
        }
        p[0] = &m->funcs[B];
        R(A) = (uint64_t)(uintptr_t)p;
        DISPATCH();
    }
    CASE(BOX) {
        Type *t = m->types[C];
        void *p = box_static(vm, &m->sites[D], D, t, vm->convt[C], &R(B));
        if (!p) {
            SAVE();
            p = vm->tracer || m->sites[D].type != t
                    ? NULL : gc_alloc_prepared(vm->heap, vm->site_class[D]);
            if (!p)
                p = t->size ? site_alloc(vm, fp, &m->sites[D], (size_t)t->size, t, t->ptrdata > 0)
                            : (void *)&vm->zerobase;
            memcpy(p, &R(B), (size_t)t->size);
        }
        R(A) = (uint64_t)(uintptr_t)t;
        R(A + 1) = (uint64_t)(uintptr_t)p;
        DISPATCH();
    }

    CASE(EQTYPE) {
        bool bad = false;
        R(A) = vm_equal(vm, PTR(B), PTR(C), m->types[D], &bad);
        if (bad) RTERR(RT_ERROR, "comparing uncomparable type %s", vm->bad_type);
        DISPATCH();
    }
    CASE(IFACEEQ) {
        Type *t1 = (Type *)PTR(B), *t2 = (Type *)PTR(C);
        if (t1 != t2) { R(A) = 0; DISPATCH(); }
        if (!t1) { R(A) = 1; DISPATCH(); }
        if (!t1->comparable) RTERR(RT_ERROR, "comparing uncomparable type %s", vm_type_string(t1));
        if (type_is_direct_iface(t1)) { R(A) = R(B + 1) == R(C + 1); DISPATCH(); }
        bool bad = false;
        R(A) = vm_equal(vm, PTR(B + 1), PTR(C + 1), t1, &bad);
        if (bad) RTERR(RT_ERROR, "comparing uncomparable type %s", vm->bad_type);
        DISPATCH();
    }

    CASE(ASSERT) {
        Type *want = m->types[C], *have = (Type *)PTR(B);
        int64_t slots = slots_of(want);
        if (have != want) {
            if (D & 1) {
                memset(&R(A), 0, (size_t)slots * 8);
                R(A + slots) = 0;
                DISPATCH();
            }
            const char *hs = have ? vm_type_string(have) : "nil", *ws = vm_type_string(want);
            RTERR(RT_ASSERT, "interface conversion: %s is %s, not %s%s",
                  (D & 2) ? vm_type_string(m->types[D >> 8]) : "interface {}", hs, ws,
                  strcmp(hs, ws) ? "" : " (types from different scopes)");
        }
        uint64_t data = R(B + 1);
        if (type_is_direct_iface(want)) R(A) = data;
        else {
            if (want->size & 7) R(A + slots - 1) = 0;
            memmove(&R(A), (void *)(uintptr_t)data, (size_t)want->size);
        }
        if (D & 1) R(A + slots) = 1;
        DISPATCH();
    }
    CASE(ASSERTI) {
        Type *want = m->types[C], *have = (Type *)PTR(B);
        if (!have || !vm_implements(vm, have, want)) {
            if (D & 1) {
                R(A) = R(A + 1) = R(A + 2) = 0;
                DISPATCH();
            }
            if (!have)
                RTERR(RT_ASSERT, "interface conversion: interface is nil, not %s",
                      vm_type_string(want));
            RTERR(RT_ASSERT, "interface conversion: %s is not %s: missing method %s",
                  vm_type_string(have), vm_type_string(want), vm->missing_method);
        }
        R(A) = R(B), R(A + 1) = R(B + 1);
        if (D & 1) R(A + 2) = 1;
        DISPATCH();
    }
    CASE(TYPEIS) R(A) = (Type *)PTR(B) == m->types[C]; DISPATCH();
    CASE(IMPLEMENTS) {
        Type *have = (Type *)PTR(B);
        R(A) = have && vm_implements(vm, have, m->types[C]);
        DISPATCH();
    }
    CASE(IMETHOD) {
        Type *t = (Type *)PTR(B);
        IfaceCache *ic = &m->caches[C];
        if (!t) goto nil_deref;
        R(A) = (uint64_t)(int64_t)iface_method(vm, ic, t);
        DISPATCH();
    }

    {
        const Function *callee;
        void *closure;
        uint64_t *nfp;
        FrameHdr *h;
    CASE(CALL)
        callee = &m->funcs[A];
        closure = NULL;
    do_call:
        if (--budget < 0) {  /* calls count for --max-steps too */
            budget = PREEMPT_BUDGET;
            if (vm->opts.max_steps || vm->opts.interrupt) {
                SAVE();
                vm_charge_steps(vm, g, PREEMPT_BUDGET);
            }
        }
        nfp = push_frame(fp, fn, callee);
        if ((char *)(nfp + callee->frame_slots) > g->limit) {
            SAVE();
            vm_stack_overflow(vm, g, callee);
        }
        h = frame_hdr(nfp);
        h->ret_ip = ip;
        h->ret_fp = fp;
        h->fn = callee;
        h->closure = closure;
        h->res = fp + B;
        h->flags = 0;
        /* a few slots: a loop beats a call to memcpy (no overlap: the
         * callee's frame lies above the caller's whole frame) */
        copy_slots(nfp, fp + B, C);
        fp = nfp;
        fn = callee;
        ip = callee->code;
        DISPATCH();
    CASE(CALLCL)
        closure = PTR(A);
        NILCHK(closure);
        callee = *(const Function **)closure;
        goto do_call;
    CASE(CALLIFACE) {
        Type *t = (Type *)PTR(A);
        IfaceCache *ic = &m->caches[D];
        if (!t) goto nil_deref;
        int mf = iface_method(vm, ic, t);
        R(B) = R(A + 1);
        closure = NULL;
        if (mf >= 0) {
            callee = &m->funcs[mf];
            goto do_call;
        }
        /* the intrinsic Error() of the VM's own runtime error values */
        memcpy(&R(B), (void *)(uintptr_t)R(B), 16);
        DISPATCH();
    }
    CASE(CALLFN) {
        int64_t fi = RS(A);
        closure = NULL;
        if (fi >= 0) {
            callee = &m->funcs[fi];
            goto do_call;
        }
        memcpy(&R(B), (void *)(uintptr_t)R(B), 16);
        DISPATCH();
    }
    }
    CASE(CALLNATIVE) {
        uint64_t res[64];
        SAVE();
        int st = call_native(vm, g, A, &R(B), res, D, &rt_value);
        if (st == RUN_PANIC) goto start_panic;
        if (st == RUN_PANIC_INFLIGHT) goto resume_panic;
        for (int i = 0; i < D; i++) R(B + i) = res[i];
        if (g->yield_after && !vm->nctx) {
            g->yield_after = false;
            SAVE();
            vm_park_yield(vm, g);
            goto next_goroutine;
        }
        DISPATCH();
    }
    CASE(CALLFFI) {
        uint64_t res = 0;
        ffi_invoke((FfiFunc *)m->externs[A].fn, &res, &R(B));
        if (D) R(B) = res;
        DISPATCH();
    }
    CASE(RET) {
        FrameHdr *h = frame_hdr(fp);
        copy_slots(h->res, &R(A), B);  /* res is below R(A) or is fp */
        ip = h->ret_ip;
        fp = h->ret_fp;
        if (fp) fn = frame_hdr(fp)->fn;
        DISPATCH();
    }

    CASE(DEFERCL) {
        Defer *d = new_defer(fp, DK_CLOSURE, &R(B), C);
        d->closure = PTR(A);
        d->next = g->defers;
        g->defers = d;
        DISPATCH();
    }
    CASE(DEFERFN) {
        Defer *d = new_defer(fp, DK_FUNC, &R(B), C);
        d->func = (int)RS(A);
        d->next = g->defers;
        g->defers = d;
        DISPATCH();
    }
    CASE(DEFERNAT) {
        Defer *d = new_defer(fp, DK_NATIVE, &R(B), C);
        d->func = A;
        d->nres = D;
        d->next = g->defers;
        g->defers = d;
        DISPATCH();
    }
    CASE(RUNDEFERS) {
        Defer *d = g->defers;
        if (!d || d->fp != fp) DISPATCH();
        g->defers = d->next;
        ip--;  /* come back here when the deferred call returns */
        if (d->kind == DK_NATIVE) {
            uint64_t res[64];
            SAVE();
            int st = call_native(vm, g, d->func, d->args, res, d->nres, &rt_value);
            free(d);
            if (st == RUN_PANIC) goto start_panic;
            if (st == RUN_PANIC_INFLIGHT) goto resume_panic;
            DISPATCH();
        }
        const Function *callee;
        void *closure = NULL;
        if (d->kind == DK_CLOSURE) {
            closure = d->closure;
            if (!closure) {
                free(d);
                ip++;
                goto nil_deref;
            }
            callee = *(const Function **)closure;
        } else {
            if (d->func < 0) { free(d); DISPATCH(); }
            callee = &m->funcs[d->func];
        }
        uint64_t *nfp = push_frame(fp, fn, callee);
        if ((char *)(nfp + callee->frame_slots) > g->limit) {
            SAVE();
            vm_stack_overflow(vm, g, callee);
        }
        FrameHdr *h = frame_hdr(nfp);
        h->ret_ip = ip, h->ret_fp = fp, h->fn = callee, h->closure = closure;
        h->res = nfp, h->flags = FR_DEFER;
        memcpy(nfp, d->args, (size_t)d->nargs * 8);
        free(d);
        fp = nfp, fn = callee, ip = callee->code;
        DISPATCH();
    }
    CASE(PANIC) {
        rt_value = *(GoIface *)&R(A);
        SAVE();
        goto start_panic;
    }
    CASE(PANICCONT) {
        Panic *p = g->panics;
        if (!p->recovered) goto panic_step;
        uint64_t *rfp = p->defer_fp;
        g->panics = p->next;
        free(p);
        while (g->panics && g->panics->call_fp > rfp) {
            Panic *q = g->panics;
            g->panics = q->next;
            free(q);
        }
        fp = rfp;
        fn = frame_hdr(fp)->fn;
        ip = fn->code + fn->recover_pc;
        DISPATCH();
    }
    CASE(RECOVER) {
        Panic *p = g->panics;
        if (p && !p->recovered && p->call_fp == fp) {
            p->recovered = true;
            memcpy(&R(A), &p->value, 16);
        } else {
            R(A) = R(A + 1) = 0;
        }
        DISPATCH();
    }
    CASE(RTERROR) {
        SAVE();
        rt_value = vm_rt_error(vm, B ? RT_PLAIN : RT_ERROR, (const char *)m->strs[A].ptr);
        goto start_panic;
    }
    CASE(PRINT) {
        Buf b = {0};
        if (B == PRINT_SPACE) buf_putc(&b, ' ');
        else if (B == PRINT_NEWLINE) buf_putc(&b, '\n');
        else rt_print_value(&b, m->types[B], &R(A));
        SAVE();
        vm_write(vm, 2, b.data, b.len);
        buf_free(&b);
        DISPATCH();
    }

    CASE(MAKEMAP) {
        const Site *s = &m->sites[C];
        if (s->region == 0 && s->frame_offset >= 0 && s->size >= map_stack_bytes(s->type)) {
            /* does not escape: in the frame, as Go keeps it on the stack */
            R(A) = (uint64_t)(uintptr_t)map_new_in(s->type, RS(B), &vm->map_env,
                                                   (char *)fp + s->frame_offset);
            if (vm->tracer) {
                SAVE();
                traced(vm, fp, s, 0, (size_t)map_stack_bytes(s->type));
            }
            DISPATCH();
        }
        int mark = vm->temp_roots.len;
        SAVE();
        vm->alloc_site = (int)C, vm->alloc_hold = true;
        R(A) = (uint64_t)(uintptr_t)vm_map_make(vm, &m->sites[C], RS(B));
        vm->alloc_site = m->nsites + TSITE_RUNTIME, vm->alloc_hold = false;
        vm->temp_roots.len = mark;
        DISPATCH();
    }
    CASE(MAPGET) {
        const Type *mt = m->types[D >> 1];
        int64_t vs = slots_of(mt->elem);
        void *v;
        if (key_may_panic(mt->key)) {
            SAVE();
            if (!guarded_map_op(vm, MOP_GET, (GoMap *)PTR(B), &R(C), &v, &rt_value))
                goto start_panic;
        } else {
            v = map_lookup((GoMap *)PTR(B), &R(C));
        }
        if (v && mt->elem->size == 8) {
            memcpy(&R(A), v, 8);
        } else if (v) {
            if (mt->elem->size & 7) R(A + vs - 1) = 0;
            memmove(&R(A), v, (size_t)mt->elem->size);
        } else if (vs == 1) {
            R(A) = 0;
        } else {
            memset(&R(A), 0, (size_t)vs * 8);
        }
        if (D & 1) R(A + vs) = v != NULL;
        DISPATCH();
    }
    CASE(MAPSET) {
        GoMap *mp = (GoMap *)PTR(A);
        if (!mp) RTERR(RT_PLAIN, "assignment to entry in nil map");
        SAVE();
        const Type *mt = m->types[D];
        int mark = vm->temp_roots.len;
        void *v;
        if (key_may_panic(mt->key)) {
            if (!guarded_map_op(vm, MOP_SET, mp, &R(B), &v, &rt_value)) {
                vm->temp_roots.len = mark;
                goto start_panic;
            }
        } else {
            v = map_assign(mp, &R(B));
        }
        if (mt->elem->size == 8) memcpy(v, &R(C), 8);
        else memcpy(v, &R(C), (size_t)mt->elem->size);
        vm->temp_roots.len = mark;
        DISPATCH();
    }
    CASE(MAPREF) {
        /* m[k] op= v, m[k]++: one lookup for the read and the write */
        GoMap *mp = (GoMap *)PTR(B);
        if (!mp) RTERR(RT_PLAIN, "assignment to entry in nil map");
        SAVE();
        int mark = vm->temp_roots.len;
        R(A) = (uint64_t)(uintptr_t)map_assign(mp, &R(C));
        vm->temp_roots.len = mark;
        DISPATCH();
    }
    CASE(MAPADDK) {
        /* m[k]++, m[k]--: MAPREF, LD64, ADDK, ST64 in one */
        GoMap *mp = (GoMap *)PTR(A);
        if (!mp) RTERR(RT_PLAIN, "assignment to entry in nil map");
        SAVE();
        int mark = vm->temp_roots.len;
        char *v = map_assign(mp, &R(B));
        vm->temp_roots.len = mark;
        store_u64(v, load_u64(v) + (uint64_t)(int64_t)C);
        DISPATCH();
    }
    CASE(MAPDEL) {
        GoMap *mp = (GoMap *)PTR(A);
        SAVE();
        if (!map_key_may_panic(mp)) {
            map_delete(mp, &R(B));
            DISPATCH();
        }
        if (!guarded_map_op(vm, MOP_DEL, mp, &R(B), NULL, &rt_value))
            goto start_panic;
        DISPATCH();
    }
    CASE(MAPLEN) R(A) = (uint64_t)map_len((GoMap *)PTR(B)); DISPATCH();
    CASE(MAPITER) {
        map_iter_init((MapIter *)&R(A), (GoMap *)PTR(B));
        R(A + 4) = (uint64_t)(uintptr_t)m->types[C];
        DISPATCH();
    }
    CASE(MAPNEXT) {
        void *k, *v;
        if (!map_iter_next((MapIter *)&R(A), &k, &v)) {
            ip = fn->code + D;
            DISPATCH();
        }
        const Type *mt = (const Type *)PTR(A + 4);
        if (B >= 0) {
            if (mt->key->size & 7) R(B + slots_of(mt->key) - 1) = 0;
            memmove(&R(B), k, (size_t)mt->key->size);
        }
        if (C >= 0) {
            if (mt->elem->size & 7) R(C + slots_of(mt->elem) - 1) = 0;
            memmove(&R(C), v, (size_t)mt->elem->size);
        }
        DISPATCH();
    }
    CASE(GOFN) {
        int64_t fi = RS(A);
        if (fi < 0) DISPATCH();
        SAVE();
        vm_go(vm, &m->funcs[fi], NULL, &R(B), C, D);
        DISPATCH();
    }
    CASE(GOCL) {
        void *cl = PTR(A);
        NILCHK(cl);
        SAVE();
        vm_go(vm, *(const Function **)cl, cl, &R(B), C, D);
        DISPATCH();
    }
    CASE(MAKECHAN) {
        int64_t cap = RS(B);
        if (cap < 0) RTERR(RT_ERROR, "makechan: size out of range");
        SAVE();
        vm->alloc_site = (int)C, vm->alloc_hold = true;
        R(A) = (uint64_t)(uintptr_t)vm_chan_make(vm, &m->sites[C], cap);
        vm->alloc_site = m->nsites + TSITE_RUNTIME, vm->alloc_hold = false;
        DISPATCH();
    }
    CASE(SEND) {
        if (g->wait_done) {  /* resumed: the receiver took the value */
            g->wait_done = false;
            if (g->wait_closed) RTERR(RT_PLAIN, "send on closed channel");
            DISPATCH();
        }
        Chan *c = (Chan *)PTR(A);
        int st = vm_chan_send_fast(vm, g, c, &R(B));
        if (st == CH_SLOW) st = vm_chan_send(vm, g, c, &R(B));
        if (st == CH_DONE) DISPATCH();
        if (st == CH_BLOCK) goto block;
        RTERR(RT_PLAIN, "send on closed channel");
    }
    CASE(RECV) {
        Chan *c = (Chan *)PTR(B);
        if (g->wait_done) {  /* resumed: the sender (or close) wrote R(A) */
            g->wait_done = false;
            if (C & 1) R(A + (c ? slots_of(c->elem) : 1)) = g->wait_ok;
            DISPATCH();
        }
        int st = vm_chan_recv_fast(vm, g, c, &R(A));
        if (st == CH_DONE) {
            if (C & 1) R(A + c->slots) = true;
            DISPATCH();
        }
        if (st == CH_BLOCK) goto block;
        bool ok = false;
        if (vm_chan_recv(vm, g, c, &R(A), &ok) == CH_BLOCK) goto block;
        if (C & 1) R(A + c->slots) = ok;
        DISPATCH();
    }
    CASE(CLOSE) {
        const char *err = vm_chan_close(vm, (Chan *)PTR(A));
        if (err) RTERR(RT_PLAIN, "%s", err);
        DISPATCH();
    }
    CASE(CHANLEN) R(A) = (uint64_t)vm_chan_len((Chan *)PTR(B), C); DISPATCH();
    CASE(SELECT) {
        int n = B, chosen = -1;
        bool ok = false;
        if (g->wait_done) {
            g->wait_done = false;
            vm_chan_cancel(g);
            chosen = g->wait_case;
            if (chosen >= 0 && R(A + 3 * chosen) == 0 && g->wait_closed)
                RTERR(RT_PLAIN, "send on closed channel");
            R(D) = (uint64_t)(int64_t)chosen;
            R(D + 1) = g->wait_ok;
            DISPATCH();
        }
        /* no VLA here: a computed goto out of its scope would not free it */
        SelCase small[16];
        SelCase *cases = n <= 16 ? small : xmalloc(sizeof(SelCase) * (size_t)n);
        for (int i = 0; i < n; i++) {
            cases[i].send = R(A + 3 * i) == 0;
            cases[i].c = (Chan *)PTR(A + 3 * i + 1);
            cases[i].data = &R(R(A + 3 * i + 2));
        }
        int st = vm_select(vm, g, cases, n, C, &chosen, &ok);
        if (cases != small) free(cases);
        if (st == CH_PANIC) RTERR(RT_PLAIN, "send on closed channel");
        if (st == CH_BLOCK) goto block;
        R(D) = (uint64_t)(int64_t)chosen;
        R(D + 1) = ok;
        DISPATCH();
    }
    CASE(HALT) {
        SAVE();
        return RUN_OK;
    }

#if !USE_COMPUTED_GOTO
    default:
        ASSERT(0, "bad opcode");
    }
#endif

preempt:
    /* a jump used up the budget: charge the steps, let others run */
    budget = PREEMPT_BUDGET;
    if (vm->opts.max_steps || vm->opts.interrupt) {
        SAVE();
        vm_charge_steps(vm, g, PREEMPT_BUDGET);
    }
    if ((vm->runq_head || vm->timers.len) && !vm->nctx) {
        SAVE();
        vm_park_yield(vm, g);
        goto next_goroutine;
    }
    DISPATCH();

block:
    /* the operation re-executes when a waker resumes the goroutine */
    ip--;
    SAVE();
    if (vm->nctx) {
        vm_flush(vm);
        fputs("fatal error: blocking operation inside a method called by the runtime\n", vm->opts.err);
        vm_exit(vm, 2);
    }
next_goroutine:
    /* g blocked, yielded or was preempted, its state saved */
    if (top) {
        /* run the next goroutine here instead of returning to
         * vm_schedule, which would pick the same one: the entry of a run
         * (a fresh budget, one step charged) without leaving the loop */
        Goroutine *next = vm_switch(vm);
        if (next) {
            g = next;
            base_fp = g->base_fp;   /* set by vm_go/vm_run */
            budget = PREEMPT_BUDGET;
            LOAD();
            if (vm->opts.max_steps || (vm->opts.interrupt && *vm->opts.interrupt))
                vm_charge_steps(vm, g, 1);
            DISPATCH();
        }
    }
    return RUN_YIELD;

index_error:
    if ((int64_t)ix < 0) RTERR(RT_BOUNDS, "index out of range [%lld]", (long long)ix);
    RTERR(RT_BOUNDS, "index out of range [%lld] with length %lld", (long long)ix,
          (long long)ixlen);

nil_deref:
    SAVE();
    rt_value = vm_rt_error(vm, RT_ERROR,
                           "invalid memory address or nil pointer dereference");
    vm->sigsegv_pending = true;
    goto start_panic;

start_panic: {
    Panic *p = xcalloc(1, sizeof *p);
    p->value = rt_value;
    p->sigsegv = vm->sigsegv_pending;
    vm->sigsegv_pending = false;
    p->next = g->panics;
    g->panics = p;
    LOAD();
}
resume_panic:
    LOAD();
panic_step: {
    Panic *p = g->panics;
    Defer *d = g->defers;
    if (!d || d->fp < base_fp) {
        SAVE();
        return RUN_PANIC;
    }
    g->defers = d->next;
    p->defer_fp = d->fp;
    if (d->kind == DK_NATIVE) {
        uint64_t res[64];
        SAVE();
        p->call_fp = fp + fn->frame_slots + HDR_SLOTS;
        int st = call_native(vm, g, d->func, d->args, res, d->nres, &rt_value);
        free(d);
        if (st == RUN_PANIC) goto start_panic;
        goto resume_panic;
    }
    const Function *callee;
    void *closure = NULL;
    if (d->kind == DK_CLOSURE) {
        closure = d->closure;
        if (!closure) {
            free(d);
            goto nil_deref;
        }
        callee = *(const Function **)closure;
    } else {
        if (d->func < 0) { free(d); goto panic_step; }
        callee = &m->funcs[d->func];
    }
    uint64_t *nfp = push_frame(fp, fn, callee);
    if ((char *)(nfp + callee->frame_slots) > g->limit) {
        SAVE();
        vm_stack_overflow(vm, g, callee);
    }
    FrameHdr *h = frame_hdr(nfp);
    /* where this frame was interrupted, for tracebacks; after PANICCONT ip
     * is not in fn: keep the pc the previous deferred call recorded in
     * this same header slot */
    if (ip >= fn->code && ip <= fn->code + fn->ncode) h->caller_pc = (uint32_t)(ip - fn->code);
    h->ret_ip = &vm->panic_cont, h->ret_fp = fp, h->fn = callee;
    h->closure = closure, h->res = nfp, h->flags = FR_DEFER | FR_PANIC_DEFER;
    memcpy(nfp, d->args, (size_t)d->nargs * 8);
    free(d);
    p->call_fp = nfp;
    fp = nfp, fn = callee, ip = callee->code;
    DISPATCH();
}
}
