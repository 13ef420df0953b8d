/* rt_lib.c — natives of the small packages: os, time, runtime,
 * runtime/debug, sync, errors, unicode and sort's reflection helpers.
 *
 * Services that only the VM can give (leaving the process, the heap, the
 * scheduler) come from native.h.  The scheduler services are declared weak
 * here: until the runtime issue implements them, Gosched and the sync
 * spin-waits fall back to doing nothing and Sleep to nanosleep, which is
 * right for a single goroutine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "gc/gc.h"
#include "vm/rt.h"
#include "vm/rt_unicode_tables.h"

#pragma weak native_yield
#pragma weak native_sleep
#pragma weak native_heap
#pragma weak native_num_goroutine
#pragma weak native_set_max_stack
#pragma weak native_park
#pragma weak native_fatal
#pragma weak native_wake

/* ---- os ---- */

/* func Exit(code int) */
void nat_os_Exit(NativeCtx *c, uint64_t *r, uint64_t *a) {
    native_exit(c, (int)slot_int(a, 0));
}

/* func runtime_args() []string */
void nat_os_runtime_args(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int argc = 0;
    char **argv = native_args(c, &argc);
    GoString *v = native_alloc(c, sizeof(GoString) * (size_t)(argc ? argc : 1),
                               native_type(c, NT_STRING), true);
    GoSlice s = {v, argc, argc};
    set_slice(r, 0, s);       /* res is a root while we allocate */
    for (int i = 0; i < argc; i++)
        v[i] = native_string(c, argv[i], strlen(argv[i]));
}

/* func write(fd int, b []byte) int; func writeString(fd int, s string) int */
void nat_os_write(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice b = slot_slice(a, 1);
    r[0] = (uint64_t)native_write(c, (int)slot_int(a, 0), b.ptr, (size_t)b.len);
}
void nat_os_writeString(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 1);
    r[0] = (uint64_t)native_write(c, (int)slot_int(a, 0), s.ptr, (size_t)s.len);
}

/* func getenv(key string) (string, bool) */
void nat_os_getenv(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString k = slot_str(a, 0);
    char *key = strndup((const char *)k.ptr, (size_t)k.len);
    const char *v = getenv(key);
    free(key);
    set_str(r, 0, v ? native_string(c, v, strlen(v)) : (GoString){NULL, 0});
    r[2] = v != NULL;
}

/* ---- time ---- */

/* func now() (wall int64, mono int64) */
void nat_time_now(NativeCtx *c, uint64_t *r, uint64_t *a) {
    struct timespec w, m;
    clock_gettime(CLOCK_REALTIME, &w);
    clock_gettime(CLOCK_MONOTONIC, &m);
    r[0] = (uint64_t)((int64_t)w.tv_sec * 1000000000 + w.tv_nsec);
    r[1] = (uint64_t)((int64_t)m.tv_sec * 1000000000 + m.tv_nsec);
}

/* func Sleep(d Duration) */
void nat_time_Sleep(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t ns = slot_int(a, 0);
    if (ns <= 0) return;
    if (native_sleep) {
        native_sleep(c, ns);
        return;
    }
    struct timespec ts = {ns / 1000000000, ns % 1000000000};
    while (nanosleep(&ts, &ts) != 0) {
    }
}

/* fraction v/10^prec into the tail of buf ending at *w, without trailing
 * zeros (and without the point when the fraction is 0); returns v/10^prec */
static uint64_t frac_digits(char *buf, int *w, uint64_t v, int prec) {
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(v % 10);
        print = print || digit != 0;
        if (print) buf[--*w] = (char)('0' + digit);
        v /= 10;
    }
    if (print) buf[--*w] = '.';
    return v;
}

static void int_digits(char *buf, int *w, uint64_t v) {
    if (v == 0) {
        buf[--*w] = '0';
        return;
    }
    while (v > 0) {
        buf[--*w] = (char)('0' + v % 10);
        v /= 10;
    }
}

/* func (d Duration) String() string: "1h2m3.5s", "1.5ms", "0s" */
void nat_time_Duration_String(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t d = slot_int(a, 0);
    char buf[40];
    int w = (int)sizeof buf;
    uint64_t u = (uint64_t)d;
    bool neg = d < 0;
    if (neg) u = -u;
    if (u < 1000000000ULL) {
        int prec;
        buf[--w] = 's';
        if (u == 0) {
            set_str(r, 0, (GoString){(const uint8_t *)"0s", 2});  /* a constant */
            return;
        } else if (u < 1000) {
            prec = 0;
            buf[--w] = 'n';
        } else if (u < 1000000) {
            prec = 3;
            w -= 2;
            memcpy(buf + w, "\xc2\xb5", 2);      /* µ */
        } else {
            prec = 6;
            buf[--w] = 'm';
        }
        u = frac_digits(buf, &w, u, prec);
        int_digits(buf, &w, u);
    } else {
        buf[--w] = 's';
        u = frac_digits(buf, &w, u, 9);
        int_digits(buf, &w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            int_digits(buf, &w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                int_digits(buf, &w, u);
            }
        }
    }
    if (neg) buf[--w] = '-';
    set_str(r, 0, native_string(c, buf + w, sizeof buf - (size_t)w));
}

/* ---- runtime, runtime/debug ---- */

void nat_runtime_GC(NativeCtx *c, uint64_t *r, uint64_t *a) {
    if (native_heap) gc_collect(native_heap(c));
}
void nat_runtime_Gosched(NativeCtx *c, uint64_t *r, uint64_t *a) {
    if (native_yield) native_yield(c);
}
void nat_runtime_NumGoroutine(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = native_num_goroutine ? (uint64_t)native_num_goroutine(c) : 1;
}
void nat_runtime_NumCPU(NativeCtx *c, uint64_t *r, uint64_t *a) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    r[0] = (uint64_t)(n > 0 ? n : 1);
}

/* func ReadMemStats(m *MemStats): the field order of stdlib/runtime's
 * MemStats (all uint64 up to NumGC) */
void nat_runtime_ReadMemStats(NativeCtx *c, uint64_t *r, uint64_t *a) {
    uint64_t *m = slot_ptr(a, 0);
    /* Go faults inside the runtime here: a fatal error, not a panic */
    if (!m && native_fatal)
        native_fatal(c, "unexpected signal during runtime execution");
    if (!m) native_panic_nil(c);
    HeapStats hs;
    memset(&hs, 0, sizeof hs);
    if (native_heap) gc_stats(native_heap(c), &hs);
    enum { ALLOC, TOTAL_ALLOC, SYS, LOOKUPS, MALLOCS, FREES, HEAP_ALLOC,
           HEAP_SYS, HEAP_IDLE, HEAP_INUSE, HEAP_RELEASED, HEAP_OBJECTS,
           STACK_INUSE, STACK_SYS, NEXT_GC, LAST_GC, PAUSE_TOTAL, NUM_GC };
    m[ALLOC] = hs.heap_alloc;
    m[TOTAL_ALLOC] = hs.total_alloc;
    m[SYS] = hs.heap_sys;
    m[LOOKUPS] = 0;
    m[MALLOCS] = hs.mallocs;
    m[FREES] = hs.frees;
    m[HEAP_ALLOC] = hs.heap_alloc;
    m[HEAP_SYS] = hs.heap_sys;
    m[HEAP_IDLE] = hs.heap_sys > hs.heap_alloc ? hs.heap_sys - hs.heap_alloc : 0;
    m[HEAP_INUSE] = hs.heap_alloc;
    m[HEAP_RELEASED] = 0;
    m[HEAP_OBJECTS] = hs.mallocs - hs.frees;
    m[NEXT_GC] = hs.next_gc;
    m[PAUSE_TOTAL] = hs.pause_total_ns;
    ((uint32_t *)&m[NUM_GC])[0] = (uint32_t)hs.num_gc;
}

/* func SetGCPercent(percent int) int: the heap's GOGC (from the
 * environment, or set before), -1 meaning off */
void nat_debug_SetGCPercent(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t p = slot_int(a, 0);
    if (!native_heap) {
        r[0] = 100;
        return;
    }
    Heap *h = native_heap(c);
    r[0] = (uint64_t)(int64_t)gc_percent(h);
    gc_set_percent(h, (int)(p < 0 ? -1 : p));
}
/* func SetMaxStack(bytes int) int */
void nat_debug_SetMaxStack(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = native_set_max_stack
               ? (uint64_t)native_set_max_stack(c, slot_int(a, 0))
               : 8388608;
}

/* ---- sync ---- */

/* func yield() */
void nat_sync_yield(NativeCtx *c, uint64_t *r, uint64_t *a) {
    if (native_yield) native_yield(c);
}
/* Parks the calling goroutine on addr (after the native returns), or
 * without the VM service just lets others run. */
static void park(NativeCtx *c, void *addr) {
    if (native_park) native_park(c, addr);
    else if (native_yield) native_yield(c);
}
static void wake(NativeCtx *c, void *addr) {
    if (native_wake) native_wake(c, addr);
}

/* func lockOrPark(state *int32, sema *uint32) bool: take the lock, or
 * park on sema and report false (the caller retries when woken) */
void nat_sync_lockOrPark(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int32_t *state = slot_deref(c, a, 0);
    if (*state == 0) {
        *state = 1;
        r[0] = 1;
        return;
    }
    park(c, slot_ptr(a, 1));
    r[0] = 0;
}
/* func unlockAndWake(state *int32, sema *uint32) bool: false if it was
 * not locked */
void nat_sync_unlockAndWake(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int32_t *state = slot_deref(c, a, 0);
    r[0] = *state == 1;
    if (*state != 1) return;
    *state = 0;
    wake(c, slot_ptr(a, 1));
}
/* func zeroOrPark(n *int64, sema *uint32) bool: true if *n == 0, else
 * park on sema */
void nat_sync_zeroOrPark(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t *n = slot_deref(c, a, 0);
    r[0] = *n == 0;
    if (*n != 0) park(c, slot_ptr(a, 1));
}
/* func wake(sema *uint32) */
void nat_sync_wake(NativeCtx *c, uint64_t *r, uint64_t *a) {
    wake(c, slot_deref(c, a, 0));
}

/* func cas(p *int32, old, new int32) bool (atomic: natives never switch
 * goroutines) */
void nat_sync_cas(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int32_t *p = slot_deref(c, a, 0);
    bool ok = *p == (int32_t)a[1];
    if (ok) *p = (int32_t)a[2];
    r[0] = ok;
}
/* func add(p *int64, delta int64) int64 */
void nat_sync_add(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t *p = slot_deref(c, a, 0);
    *p += slot_int(a, 1);
    r[0] = (uint64_t)*p;
}

/* func fatal(msg string): Go's unrecoverable "fatal error: msg" */
void nat_sync_fatal(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    char msg[256];
    snprintf(msg, sizeof msg, "%.*s", (int)s.len, (const char *)s.ptr);
    if (native_fatal) native_fatal(c, msg);
    native_panic_string(c, msg);
}

/* ---- errors ---- */

/* func comparable(v any) bool */
void nat_errors_comparable(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoIface e = slot_iface(a, 0);
    r[0] = !e.type || e.type->comparable;
}

/* identical function signatures (element types are interned, the
 * signatures themselves may not be) */
static bool same_sig(const Type *a, const Type *b) {
    if (a == b) return true;
    if (a->nparams != b->nparams || a->nresults != b->nresults ||
        a->variadic != b->variadic)
        return false;
    for (int i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i]) return false;
    for (int i = 0; i < a->nresults; i++)
        if (a->results[i] != b->results[i]) return false;
    return true;
}

static bool implements(const Type *t, const Type *iface) {
    for (int i = 0; i < iface->nfields; i++) {
        const Method *m = rt_find_method(t, iface->fields[i].name);
        if (!m || !same_sig(m->sig, iface->fields[i].type)) return false;
    }
    return true;
}

/* func targetKind(target any) int: 0 usable, 1 not a non-nil pointer,
 * 2 *target neither an interface nor an error implementation */
void nat_errors_targetKind(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoIface t = slot_iface(a, 0);
    if (!t.type || t.type->kind != TY_POINTER || !t.data) {
        r[0] = 1;
        return;
    }
    const Type *e = t.type->elem;
    if (e->kind == TY_INTERFACE) {
        r[0] = 0;
        return;
    }
    const Method *m = rt_find_method(e, "Error");
    r[0] = (m && m->sig->nparams == 0 && m->sig->nresults == 1 &&
            m->sig->results[0]->kind == TY_STRING) ? 0 : 2;
}

/* func assignTo(err error, target any) bool: *target = err's value when
 * err's dynamic type is assignable to *target's type */
void nat_errors_assignTo(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoIface err = slot_iface(a, 0), t = slot_iface(a, 2);
    const Type *e = t.type->elem;
    r[0] = 0;
    if (!err.type) return;
    if (e->kind == TY_INTERFACE) {
        if (!implements(err.type, e)) return;
        *(GoIface *)t.data = err;
    } else {
        if (err.type != e) return;
        if (type_is_direct_iface(e)) *(void **)t.data = err.data;
        else memcpy(t.data, err.data, (size_t)e->size);
    }
    r[0] = 1;
}

/* ---- unicode ---- */

#define UNICODE_PRED(name, fn)                                                \
    void nat_unicode_##name(NativeCtx *c, uint64_t *r, uint64_t *a) {         \
        r[0] = fn((int32_t)a[0]);                                             \
    }
UNICODE_PRED(IsLetter, rt_is_letter)
UNICODE_PRED(IsDigit, rt_is_digit)
UNICODE_PRED(IsNumber, rt_is_number)
UNICODE_PRED(IsUpper, rt_is_upper)
UNICODE_PRED(IsLower, rt_is_lower)
UNICODE_PRED(IsTitle, rt_is_title)
UNICODE_PRED(IsMark, rt_is_mark)
UNICODE_PRED(IsPunct, rt_is_punct)
UNICODE_PRED(IsSymbol, rt_is_symbol)
UNICODE_PRED(IsControl, rt_is_control)
UNICODE_PRED(IsSpace, rt_is_space)
UNICODE_PRED(IsPrint, rt_is_print)
UNICODE_PRED(IsGraphic, rt_is_graphic)

#define UNICODE_MAP(name, fn)                                                 \
    void nat_unicode_##name(NativeCtx *c, uint64_t *r, uint64_t *a) {         \
        r[0] = (uint64_t)(int64_t)fn((int32_t)a[0]);                          \
    }
UNICODE_MAP(ToUpper, rt_to_upper)
UNICODE_MAP(ToLower, rt_to_lower)
UNICODE_MAP(ToTitle, rt_to_title)
UNICODE_MAP(SimpleFold, rt_simple_fold)

/* func inTable(id int, r rune) bool: membership in the id-th generated
 * table (the order of tab_by_id in rt_unicode_tables.h) */
void nat_unicode_inTable(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t id = slot_int(a, 0);
    int32_t ru = (int32_t)a[1];
    r[0] = 0;
    if (id < 0 || id >= (int64_t)(sizeof tab_by_id / sizeof tab_by_id[0]) ||
        ru < 0)
        return;
    const uint32_t(*t)[3] = tab_by_id[id].r;
    size_t lo = 0, hi = tab_by_id[id].n;
    uint32_t u = (uint32_t)ru;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (u < t[m][0]) hi = m;
        else if (u > t[m][1]) lo = m + 1;
        else {
            r[0] = (u - t[m][0]) % t[m][2] == 0;
            return;
        }
    }
}

/* ---- sort: the reflection sort.Slice needs ---- */

static GoSlice slice_of(NativeCtx *c, GoIface x, const char *method) {
    if (!x.type || x.type->kind != TY_SLICE) {
        Buf b = {0};
        buf_printf(&b, "reflect: call of %s on ", method);
        if (x.type) {
            static const char *const kinds[] = {
                [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8",
                [TY_INT16] = "int16", [TY_INT32] = "int32",
                [TY_INT64] = "int64", [TY_UINT] = "uint",
                [TY_UINT8] = "uint8", [TY_UINT16] = "uint16",
                [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
                [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32",
                [TY_FLOAT64] = "float64", [TY_STRING] = "string",
                [TY_ARRAY] = "array", [TY_STRUCT] = "struct",
                [TY_POINTER] = "ptr", [TY_FUNC] = "func",
                [TY_INTERFACE] = "interface", [TY_MAP] = "map",
                [TY_CHAN] = "chan"};
            buf_printf(&b, "%s Value", x.type->kind < TY_TUPLE && kinds[x.type->kind]
                                          ? kinds[x.type->kind] : "?");
        } else {
            buf_puts(&b, "zero Value");
        }
        char msg[128];
        snprintf(msg, sizeof msg, "%s", b.data);
        buf_free(&b);
        native_panic_string(c, msg);
    }
    return *(GoSlice *)x.data;
}

/* func sliceLen(x any) int */
void nat_sort_sliceLen(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = (uint64_t)slice_of(c, slot_iface(a, 0), "Len").len;
}

/* func sliceSwap(x any, i, j int) */
void nat_sort_sliceSwap(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoIface x = slot_iface(a, 0);
    GoSlice s = slice_of(c, x, "Swapper");
    int64_t i = slot_int(a, 2), j = slot_int(a, 3);
    if ((uint64_t)i >= (uint64_t)s.len || (uint64_t)j >= (uint64_t)s.len)
        native_panic_string(c, "reflect: slice index out of range");
    size_t n = (size_t)x.type->elem->size;
    uint8_t *p = s.ptr, tmp[256];
    uint8_t *pi = p + (size_t)i * n, *pj = p + (size_t)j * n;
    for (size_t k = 0; k < n; k += sizeof tmp) {
        size_t m = n - k < sizeof tmp ? n - k : sizeof tmp;
        memcpy(tmp, pi + k, m);
        memcpy(pi + k, pj + k, m);
        memcpy(pj + k, tmp, m);
    }
}

/* ---- sync/atomic: one native per operation (natives run without
 * switching goroutines, so each is atomic) ---- */

#define ATOMIC_OPS(Name, T)                                                   \
    void nat_atomic_Add##Name(NativeCtx *c, uint64_t *r, uint64_t *a) {       \
        T *p = slot_deref(c, a, 0);                                                \
        *p = (T)(*p + (T)a[1]);                                               \
        r[0] = (uint64_t)(int64_t)*p;                                         \
    }                                                                         \
    void nat_atomic_Load##Name(NativeCtx *c, uint64_t *r, uint64_t *a) {      \
        r[0] = (uint64_t)(int64_t) * (T *)slot_deref(c, a, 0);                     \
    }                                                                         \
    void nat_atomic_Store##Name(NativeCtx *c, uint64_t *r, uint64_t *a) {     \
        *(T *)slot_deref(c, a, 0) = (T)a[1];                                       \
    }                                                                         \
    void nat_atomic_Swap##Name(NativeCtx *c, uint64_t *r, uint64_t *a) {      \
        T *p = slot_deref(c, a, 0);                                                \
        r[0] = (uint64_t)(int64_t)*p;                                         \
        *p = (T)a[1];                                                         \
    }                                                                         \
    void nat_atomic_CompareAndSwap##Name(NativeCtx *c, uint64_t *r,           \
                                         uint64_t *a) {                       \
        T *p = slot_deref(c, a, 0);                                                \
        bool ok = *p == (T)a[1];                                              \
        if (ok) *p = (T)a[2];                                                 \
        r[0] = ok;                                                            \
    }

ATOMIC_OPS(Int32, int32_t)
ATOMIC_OPS(Int64, int64_t)
ATOMIC_OPS(Uint32, uint32_t)
ATOMIC_OPS(Uint64, uint64_t)
