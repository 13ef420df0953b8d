/* rt_fixture.h — test-only: builds run-time Type descriptors by hand (the
 * checker's job in a real run) and a malloc-backed MapEnv, so the runtime
 * library (vm/map.c, vm/rt_fmt.c, ...) can be tested without a VM.
 * Types are leaked on purpose: a test process is short. */
#ifndef GOSUB_TESTS_RT_FIXTURE_H
#define GOSUB_TESTS_RT_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/types.h"
#include "compiler/util.h"
#include "vm/map.h"
#include "vm/native.h"

static inline Type *fx_new(TypeKind k, int64_t size, int32_t align,
                    const char *name) {
    Type *t = xcalloc(1, sizeof *t);
    t->kind = k;
    t->size = size;
    t->align = align;
    t->name = name;
    t->pkg = name ? "" : NULL;
    t->underlying = t;
    t->comparable = true;
    return t;
}

static inline Type *fx_basic(TypeKind k) {
    static Type *cache[TY_NKINDS];
    static const char *names[TY_NKINDS] = {
        [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8",
        [TY_INT16] = "int16", [TY_INT32] = "int32", [TY_INT64] = "int64",
        [TY_UINT] = "uint", [TY_UINT8] = "uint8", [TY_UINT16] = "uint16",
        [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
        [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32",
        [TY_FLOAT64] = "float64", [TY_STRING] = "string"};
    static const int sizes[TY_NKINDS] = {
        [TY_BOOL] = 1, [TY_INT] = 8, [TY_INT8] = 1, [TY_INT16] = 2,
        [TY_INT32] = 4, [TY_INT64] = 8, [TY_UINT] = 8, [TY_UINT8] = 1,
        [TY_UINT16] = 2, [TY_UINT32] = 4, [TY_UINT64] = 8, [TY_UINTPTR] = 8,
        [TY_FLOAT32] = 4, [TY_FLOAT64] = 8, [TY_STRING] = 16};
    if (!cache[k]) {
        cache[k] = fx_new(k, sizes[k], k == TY_STRING ? 8 : sizes[k], names[k]);
        if (k == TY_STRING) cache[k]->ptrdata = 8;
    }
    return cache[k];
}

/* a named type defined as `under` (methods none) */
static inline Type *fx_named(const char *name, Type *under) {
    Type *t = xcalloc(1, sizeof *t);
    *t = *under;
    t->name = name;
    t->pkg = "main";
    t->underlying = under;
    t->str = NULL;
    return t;
}

static inline Type *fx_slice(Type *e) {
    Type *t = fx_new(TY_SLICE, 24, 8, NULL);
    t->elem = e;
    t->comparable = false;
    t->ptrdata = 8;
    return t;
}
static inline Type *fx_ptr(Type *e) {
    Type *t = fx_new(TY_POINTER, 8, 8, NULL);
    t->elem = e;
    t->ptrdata = 8;
    return t;
}
static inline Type *fx_array(Type *e, int64_t n) {
    Type *t = fx_new(TY_ARRAY, e->size * n, e->align, NULL);
    t->elem = e;
    t->len = n;
    t->comparable = e->comparable;
    t->ptrdata = e->ptrdata ? t->size : 0;
    return t;
}
static inline Type *fx_map(Type *k, Type *v) {
    Type *t = fx_new(TY_MAP, 8, 8, NULL);
    t->key = k;
    t->elem = v;
    t->comparable = false;
    t->ptrdata = 8;
    return t;
}
static inline Type *fx_iface(void) {
    static Type *t;
    if (!t) {
        t = fx_new(TY_INTERFACE, 16, 8, NULL);
        t->ptrdata = 16;
    }
    return t;
}
/* fx_struct(name or NULL, n, "A", type, "b", type, ...): lower-case names
 * are unexported; a name starting with '*' marks an embedded field. */
static inline Type *fx_struct(const char *name, int n, ...) {
    Type *t = fx_new(TY_STRUCT, 0, 1, NULL);
    t->fields = xcalloc((size_t)(n ? n : 1), sizeof(Field));
    t->nfields = n;
    va_list ap;
    va_start(ap, n);
    int64_t off = 0;
    for (int i = 0; i < n; i++) {
        const char *fname = va_arg(ap, const char *);
        Type *ft = va_arg(ap, Type *);
        Field *f = &t->fields[i];
        if (fname[0] == '*') {
            f->embedded = true;
            fname++;
        }
        f->name = fname;
        f->type = ft;
        f->exported = fname[0] >= 'A' && fname[0] <= 'Z';
        if (ft->align > 1) off = (off + ft->align - 1) / ft->align * ft->align;
        f->offset = off;
        off += ft->size;
        if (ft->align > t->align) t->align = ft->align;
        if (!ft->comparable) t->comparable = false;
        if (ft->ptrdata) t->ptrdata = off;
    }
    va_end(ap);
    t->size = (off + t->align - 1) / t->align * t->align;
    if (name) {
        Type *named = fx_named(name, t);
        return named;
    }
    return t;
}

/* boxes a copy of the value for an interface */
static inline GoIface fx_box(Type *t, const void *v) {
    GoIface e = {t, NULL};
    if (type_is_direct_iface(t)) {
        memcpy(&e.data, v, (size_t)t->size);
    } else {
        e.data = xcalloc(1, (size_t)(t->size ? t->size : 1));
        memcpy(e.data, v, (size_t)t->size);
    }
    return e;
}
static inline GoIface fx_int(int64_t v) { return fx_box(fx_basic(TY_INT), &v); }
static inline GoIface fx_f64(double v) { return fx_box(fx_basic(TY_FLOAT64), &v); }
static inline GoIface fx_str(const char *s) {
    GoString g = {(const uint8_t *)s, (int64_t)strlen(s)};
    return fx_box(fx_basic(TY_STRING), &g);
}
static inline GoIface fx_bool(bool b) {
    uint8_t v = b;
    return fx_box(fx_basic(TY_BOOL), &v);
}
static inline GoString fx_gostr(const char *s) {
    GoString g = {(const uint8_t *)s, (int64_t)strlen(s)};
    return g;
}

/* ---- a malloc-backed MapEnv whose panics longjmp back to the test ---- */
static jmp_buf fx_panic_jmp;
static char fx_panic_msg[512];

static inline void *fx_alloc(void *ud, size_t size, bool has_pointers) {
    (void)ud;
    (void)has_pointers;
    return xcalloc(1, size ? size : 1);
}
static inline void fx_panic(void *ud, const char *msg) {
    (void)ud;
    snprintf(fx_panic_msg, sizeof fx_panic_msg, "%s", msg);
    longjmp(fx_panic_jmp, 1);
}
static const MapEnv fx_env = {fx_alloc, fx_panic, NULL};

/* Weak stand-ins for the VM's native services, so the runtime library
 * links before (and without) the VM; the VM's definitions win when linked. */
__attribute__((weak)) bool native_call_method0(NativeCtx *ctx, Type *t,
                                               void *data, const char *name,
                                               uint64_t *res) {
    (void)ctx, (void)t, (void)data, (void)name, (void)res;
    return false;
}
__attribute__((weak)) int64_t native_write(NativeCtx *ctx, int fd,
                                           const void *p, size_t n) {
    (void)ctx, (void)fd, (void)p;
    return (int64_t)n;
}
__attribute__((weak)) GoString native_string(NativeCtx *ctx, const void *p,
                                             size_t n) {
    (void)ctx;
    char *c = xmalloc(n + 1);
    memcpy(c, p, n);
    GoString s = {(const uint8_t *)c, (int64_t)n};
    return s;
}
__attribute__((weak, noreturn)) void native_panic_string(NativeCtx *ctx,
                                                         const char *msg) {
    (void)ctx;
    fx_panic(NULL, msg);
    abort();
}
__attribute__((weak, noreturn)) void native_panic_runtime(NativeCtx *ctx,
                                                          const char *msg) {
    (void)ctx;
    fx_panic(NULL, msg);
    abort();
}
__attribute__((weak)) void *native_alloc(NativeCtx *ctx, size_t size,
                                         const Type *elem, bool has_pointers) {
    (void)ctx, (void)elem, (void)has_pointers;
    return xcalloc(1, size ? size : 1);
}

#endif
