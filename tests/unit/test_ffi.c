/* test_ffi.c — the libffi bridge (vm/ffi.c): every supported type as an
 * argument and as a result, with the slot rules of types.h (sign/zero
 * extension, float32 in the low 4 bytes, bool 0/1); pointers that C writes
 * through; many arguments (some passed on the stack); symbol lookup in the
 * process and in --ffi-lib libraries; the error texts; the type rejection
 * reasons the checker prints.
 *
 * The test's own C functions are bound by address (ffi_bind_addr): the test
 * binary does not export its symbols.  Lookup by name is tested with libc,
 * libm and, when it has been built, build/libmylib.so (programs/ffi/mylib.c).
 *
 * GOSUB_FFI_BENCH=1 prints calls per second through ffi_invoke (direct
 * and libffi paths) against a direct C call and a native-style indirect
 * call (measured, never asserted).  direct_and_libffi_agree runs every
 * supported type through both paths of ffi_invoke. */
#include <criterion/criterion.h>

#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "vm/ffi.h"

/* ---- types, as the checker would build them ---- */

static Type basic[TY_NKINDS];   /* fixture: filled once, never changed */

static void init_basic(void) {
    static const struct { TypeKind k; int size; } sizes[] = {
        {TY_BOOL, 1}, {TY_INT, 8}, {TY_INT8, 1}, {TY_INT16, 2}, {TY_INT32, 4},
        {TY_INT64, 8}, {TY_UINT, 8}, {TY_UINT8, 1}, {TY_UINT16, 2},
        {TY_UINT32, 4}, {TY_UINT64, 8}, {TY_UINTPTR, 8}, {TY_FLOAT32, 4},
        {TY_FLOAT64, 8}, {TY_STRING, 16}, {TY_UNSAFEPTR, 8}, {TY_SLICE, 24},
        {TY_INTERFACE, 16}, {TY_MAP, 8}, {TY_CHAN, 8}, {TY_FUNC, 8},
        {TY_STRUCT, 16}, {TY_ARRAY, 32}, {TY_POINTER, 8},
    };
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        Type *t = &basic[sizes[i].k];
        t->kind = sizes[i].k;
        t->size = sizes[i].size;
        t->align = sizes[i].size > 8 ? 8 : sizes[i].size;
        t->underlying = t;
    }
    basic[TY_POINTER].elem = &basic[TY_INT64];
}

static Type *B(TypeKind k) {
    if (basic[TY_INT].kind != TY_INT) init_basic();
    return &basic[k];
}

/* A func type: Sig s; sig(&s, RESULT-or-TY_INVALID, n, KIND...). */
typedef struct Sig {
    Type fn;
    Type *params[FFI_MAX_ARGS + 2];
    Type *results[2];
} Sig;

static const Type *sig(Sig *s, TypeKind result, int n, ...) {
    memset(s, 0, sizeof *s);
    s->fn.kind = TY_FUNC;
    s->fn.size = 8;
    s->fn.underlying = &s->fn;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) s->params[i] = B(va_arg(ap, TypeKind));
    va_end(ap);
    s->fn.params = s->params;
    s->fn.nparams = n;
    if (result != TY_INVALID) {
        s->results[0] = B(result);
        s->fn.results = s->results;
        s->fn.nresults = 1;
    }
    return &s->fn;
}

static FfiFunc *bind_addr(void (*fn)(void), const Type *t) {
    char *err = NULL;
    FfiFunc *f = ffi_bind_addr(fn, "test", t, &err);
    cr_assert_not_null(f, "bind failed: %s", err ? err : "?");
    return f;
}
#define BIND(fn, t) bind_addr((void (*)(void))(fn), t)

/* Calls f with the given slots; returns the result slot. */
static uint64_t call(FfiFunc *f, int n, ...) {
    uint64_t args[FFI_MAX_ARGS] = {0}, res = 0xdeadbeefdeadbeefull;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) args[i] = va_arg(ap, uint64_t);
    va_end(ap);
    ffi_invoke(f, &res, args);
    return res;
}

static uint64_t fslot(float x) {          /* float32 slot: low 4 bytes */
    uint64_t s = 0;
    memcpy(&s, &x, sizeof x);
    return s;
}
static uint64_t dslot(double x) {
    uint64_t s;
    memcpy(&s, &x, sizeof x);
    return s;
}
static float slotf(uint64_t s) {
    float x;
    memcpy(&x, &s, sizeof x);
    return x;
}
static double slotd(uint64_t s) {
    double x;
    memcpy(&x, &s, sizeof x);
    return x;
}
#define I(x) ((uint64_t)(int64_t)(x))   /* a signed value's slot */

/* ---- C functions with every type ---- */

static int8_t   inc_i8(int8_t x)     { return (int8_t)(uint8_t)((uint8_t)x + 1u); }
static int16_t  inc_i16(int16_t x)   { return (int16_t)(uint16_t)((uint16_t)x + 1u); }
static int32_t  inc_i32(int32_t x)   { return (int32_t)((uint32_t)x + 1u); }
static int64_t  inc_i64(int64_t x)   { return (int64_t)((uint64_t)x + 1u); }
static uint8_t  inc_u8(uint8_t x)    { return (uint8_t)(x + 1u); }
static uint16_t inc_u16(uint16_t x)  { return (uint16_t)(x + 1u); }
static uint32_t inc_u32(uint32_t x)  { return x + 1u; }
static uint64_t inc_u64(uint64_t x)  { return x + 1u; }
static int64_t  widen_i8(int8_t x)   { return x; }
static int64_t  widen_i16(int16_t x) { return x; }
static int64_t  widen_i32(int32_t x) { return x; }
static uint64_t widen_u8(uint8_t x)  { return x; }
static uint64_t widen_u16(uint16_t x) { return x; }
static uint64_t widen_u32(uint32_t x) { return x; }
static float    half_f32(float x)    { return x * 0.5f; }
static double   f32_to_f64(float x)  { return (double)x; }
static float    f64_to_f32(double x) { return (float)x; }
static double   add_f64(double a, double b) { return a + b; }
static bool     not_bool(bool b)     { return !b; }
static int64_t  bool_to_int(bool b)  { return b ? 7 : -7; }
static bool     is_neg(int64_t x)    { return x < 0; }
static int64_t  answer(void)         { return 42; }

static void scale_all(int64_t *p, int64_t n, int64_t k) {
    for (int64_t i = 0; i < n; i++) p[i] *= k;
}
static int64_t *next_ptr(int64_t *p) { return p + 1; }
static void set_byte(uint8_t *p, uint8_t v) { *p = v; }
static uintptr_t ptr_to_uintptr(void *p) { return (uintptr_t)p; }

/* 8 integer parameters of every width (two go on the stack on x86-64) and
 * floats mixed in: checks classification and order. */
static double mixed(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e,
                    float f, uint32_t g, int64_t h, double i, bool j,
                    uint64_t k) {
    return a + b + c + d + e + (double)f + g + (double)h + i + (j ? 1000 : 0) +
           (double)k;
}

static double sum10(double a, double b, double c, double d, double e,
                    double f, double g, double h, double i, float j) {
    return a + b + c + d + e + f + g + h + i + (double)j;
}

/* ---- integers in both directions ---- */

Test(ffi, signed_results_are_sign_extended) {
    Sig s;
    FfiFunc *f8 = BIND(inc_i8, sig(&s, TY_INT8, 1, TY_INT8));
    cr_expect_eq(call(f8, 1, I(-2)), I(-1));
    cr_expect_eq(call(f8, 1, I(127)), I(-128));
    cr_expect_eq(call(f8, 1, I(4)), I(5));
    FfiFunc *f16 = BIND(inc_i16, sig(&s, TY_INT16, 1, TY_INT16));
    cr_expect_eq(call(f16, 1, I(-2)), I(-1));
    cr_expect_eq(call(f16, 1, I(32767)), I(-32768));
    FfiFunc *f32 = BIND(inc_i32, sig(&s, TY_INT32, 1, TY_INT32));
    cr_expect_eq(call(f32, 1, I(-2)), I(-1));
    cr_expect_eq(call(f32, 1, I(INT32_MAX)), I(INT32_MIN));
    FfiFunc *f64 = BIND(inc_i64, sig(&s, TY_INT64, 1, TY_INT64));
    cr_expect_eq(call(f64, 1, I(INT64_MAX)), I(INT64_MIN));
    FfiFunc *fint = BIND(inc_i64, sig(&s, TY_INT, 1, TY_INT));
    cr_expect_eq(call(fint, 1, I(-1)), 0);
    ffi_func_free(f8);
    ffi_func_free(f16);
    ffi_func_free(f32);
    ffi_func_free(f64);
    ffi_func_free(fint);
}

Test(ffi, unsigned_results_are_zero_extended) {
    Sig s;
    FfiFunc *f8 = BIND(inc_u8, sig(&s, TY_UINT8, 1, TY_UINT8));
    cr_expect_eq(call(f8, 1, 254), 255);
    cr_expect_eq(call(f8, 1, 255), 0);
    FfiFunc *f16 = BIND(inc_u16, sig(&s, TY_UINT16, 1, TY_UINT16));
    cr_expect_eq(call(f16, 1, 65534), 65535);
    FfiFunc *f32 = BIND(inc_u32, sig(&s, TY_UINT32, 1, TY_UINT32));
    cr_expect_eq(call(f32, 1, 0xfffffffeull), 0xffffffffull);
    FfiFunc *f64 = BIND(inc_u64, sig(&s, TY_UINT64, 1, TY_UINT64));
    cr_expect_eq(call(f64, 1, UINT64_MAX - 1), UINT64_MAX);
    FfiFunc *fu = BIND(inc_u64, sig(&s, TY_UINT, 1, TY_UINT));
    cr_expect_eq(call(fu, 1, UINT64_MAX), 0);
    FfiFunc *fp = BIND(inc_u64, sig(&s, TY_UINTPTR, 1, TY_UINTPTR));
    cr_expect_eq(call(fp, 1, 0x7fff0000ull), 0x7fff0001ull);
    ffi_func_free(f8);
    ffi_func_free(f16);
    ffi_func_free(f32);
    ffi_func_free(f64);
    ffi_func_free(fu);
    ffi_func_free(fp);
}

/* An argument is the low bytes of its slot: C sees exactly the Go value. */
Test(ffi, narrow_arguments_reach_c_with_their_sign) {
    Sig s;
    FfiFunc *a = BIND(widen_i8, sig(&s, TY_INT64, 1, TY_INT8));
    cr_expect_eq(call(a, 1, I(-3)), I(-3));
    cr_expect_eq(call(a, 1, I(-128)), I(-128));
    FfiFunc *b = BIND(widen_i16, sig(&s, TY_INT64, 1, TY_INT16));
    cr_expect_eq(call(b, 1, I(-300)), I(-300));
    FfiFunc *c = BIND(widen_i32, sig(&s, TY_INT64, 1, TY_INT32));
    cr_expect_eq(call(c, 1, I(INT32_MIN)), I(INT32_MIN));
    FfiFunc *d = BIND(widen_u8, sig(&s, TY_UINT64, 1, TY_UINT8));
    cr_expect_eq(call(d, 1, 200), 200);
    FfiFunc *e = BIND(widen_u16, sig(&s, TY_UINT64, 1, TY_UINT16));
    cr_expect_eq(call(e, 1, 65535), 65535);
    FfiFunc *g = BIND(widen_u32, sig(&s, TY_UINT64, 1, TY_UINT32));
    cr_expect_eq(call(g, 1, 0xffffffffull), 0xffffffffull);
    ffi_func_free(a);
    ffi_func_free(b);
    ffi_func_free(c);
    ffi_func_free(d);
    ffi_func_free(e);
    ffi_func_free(g);
}

/* ---- floats ---- */

Test(ffi, float32_is_a_float_in_the_low_bytes) {
    Sig s;
    FfiFunc *h = BIND(half_f32, sig(&s, TY_FLOAT32, 1, TY_FLOAT32));
    uint64_t r = call(h, 1, fslot(3.0f));
    cr_expect_eq(slotf(r), 1.5f);
    cr_expect_eq(r >> 32, 0, "upper half of a float32 slot is zero");
    cr_expect_eq(slotf(call(h, 1, fslot(-0.1f))), -0.05f);
    FfiFunc *up = BIND(f32_to_f64, sig(&s, TY_FLOAT64, 1, TY_FLOAT32));
    cr_expect_eq(slotd(call(up, 1, fslot(0.1f))), (double)0.1f);
    FfiFunc *down = BIND(f64_to_f32, sig(&s, TY_FLOAT32, 1, TY_FLOAT64));
    cr_expect_eq(slotf(call(down, 1, dslot(0.1))), 0.1f);
    ffi_func_free(h);
    ffi_func_free(up);
    ffi_func_free(down);
}

Test(ffi, float64_both_ways) {
    Sig s;
    FfiFunc *f = BIND(add_f64, sig(&s, TY_FLOAT64, 2, TY_FLOAT64, TY_FLOAT64));
    cr_expect_eq(slotd(call(f, 2, dslot(0.1), dslot(0.2))), 0.1 + 0.2);
    cr_expect(isinf(slotd(call(f, 2, dslot(INFINITY), dslot(1)))));
    ffi_func_free(f);
}

/* ---- bool ---- */

Test(ffi, bool_is_c_bool_and_results_are_0_or_1) {
    Sig s;
    FfiFunc *n = BIND(not_bool, sig(&s, TY_BOOL, 1, TY_BOOL));
    cr_expect_eq(call(n, 1, 1), 0);
    cr_expect_eq(call(n, 1, 0), 1);
    FfiFunc *w = BIND(bool_to_int, sig(&s, TY_INT64, 1, TY_BOOL));
    cr_expect_eq(call(w, 1, 1), 7);
    cr_expect_eq(call(w, 1, 0), I(-7));
    FfiFunc *p = BIND(is_neg, sig(&s, TY_BOOL, 1, TY_INT64));
    cr_expect_eq(call(p, 1, I(-5)), 1);
    cr_expect_eq(call(p, 1, I(5)), 0);
    ffi_func_free(n);
    ffi_func_free(w);
    ffi_func_free(p);
}

/* ---- pointers ---- */

Test(ffi, pointer_arguments_let_c_write_go_memory) {
    Sig s;
    int64_t xs[4] = {1, -2, 3, 4};
    FfiFunc *f = BIND(scale_all, sig(&s, TY_INVALID, 3, TY_POINTER, TY_INT64, TY_INT64));
    cr_expect_not(ffi_func_has_result(f));
    uint64_t args[3] = {(uint64_t)(uintptr_t)xs, 4, I(-10)};
    uint64_t res = 0x5555;
    ffi_invoke(f, &res, args);
    cr_expect_eq(res, 0x5555, "a void function leaves res alone");
    cr_expect_eq(xs[0], -10);
    cr_expect_eq(xs[1], 20);
    cr_expect_eq(xs[3], -40);
    ffi_invoke(f, NULL, args);   /* res may be NULL without a result */
    cr_expect_eq(xs[0], 100);

    uint8_t b[2] = {0, 0};
    FfiFunc *sb = BIND(set_byte, sig(&s, TY_INVALID, 2, TY_UNSAFEPTR, TY_UINT8));
    call(sb, 2, (uint64_t)(uintptr_t)&b[1], 0xab);
    cr_expect_eq(b[0], 0);
    cr_expect_eq(b[1], 0xab);
    ffi_func_free(f);
    ffi_func_free(sb);
}

Test(ffi, pointer_and_uintptr_results) {
    Sig s;
    int64_t xs[2] = {5, 6};
    FfiFunc *n = BIND(next_ptr, sig(&s, TY_POINTER, 1, TY_POINTER));
    cr_expect_eq(call(n, 1, (uint64_t)(uintptr_t)xs), (uint64_t)(uintptr_t)&xs[1]);
    cr_expect_eq(call(n, 1, (uint64_t)(uintptr_t)NULL), sizeof(int64_t));
    FfiFunc *u = BIND(ptr_to_uintptr, sig(&s, TY_UINTPTR, 1, TY_POINTER));
    cr_expect_eq(call(u, 1, (uint64_t)(uintptr_t)xs), (uint64_t)(uintptr_t)xs);
    ffi_func_free(n);
    ffi_func_free(u);
}

/* ---- shapes of signatures ---- */

Test(ffi, no_arguments) {
    Sig s;
    FfiFunc *f = BIND(answer, sig(&s, TY_INT, 0));
    cr_expect_eq(ffi_func_nargs(f), 0);
    cr_expect_eq(call(f, 0), 42);
    ffi_func_free(f);
}

Test(ffi, mixed_widths_and_stack_arguments) {
    Sig s;
    FfiFunc *f = BIND(mixed, sig(&s, TY_FLOAT64, 11, TY_INT8, TY_UINT8, TY_INT16,
                                 TY_UINT16, TY_INT32, TY_FLOAT32, TY_UINT32,
                                 TY_INT64, TY_FLOAT64, TY_BOOL, TY_UINT64));
    double want = mixed(-1, 200, -300, 60000, -70000, 0.5f, 4000000000u,
                        -5000000000, 0.25, true, 123);
    uint64_t got = call(f, 11, I(-1), 200, I(-300), 60000, I(-70000),
                        fslot(0.5f), 4000000000ull, I(-5000000000), dslot(0.25),
                        1, 123);
    cr_expect_eq(slotd(got), want);
    FfiFunc *g = BIND(sum10, sig(&s, TY_FLOAT64, 10, TY_FLOAT64, TY_FLOAT64,
                                 TY_FLOAT64, TY_FLOAT64, TY_FLOAT64, TY_FLOAT64,
                                 TY_FLOAT64, TY_FLOAT64, TY_FLOAT64, TY_FLOAT32));
    got = call(g, 10, dslot(1), dslot(2), dslot(3), dslot(4), dslot(5), dslot(6),
               dslot(7), dslot(8), dslot(9), fslot(10.5f));
    cr_expect_eq(slotd(got), 55.5);
    ffi_func_free(f);
    ffi_func_free(g);
}

/* ---- the direct path (x86-64) against libffi ---- */

/* 6 integer-class and 8 SSE-class arguments, interleaved: the most the
 * direct path takes. */
static double regs_full(int8_t a, double b, uint16_t c, float d, int32_t e,
                        double f, bool g, float h, uint64_t i, double j,
                        int64_t k, double l, double m, float n) {
    return a * 1.0 + b * 2 + c * 3 + (double)d * 4 + e * 5 + f * 6 +
           (g ? 7 : 0) + (double)h * 8 + (double)i * 9 + j * 10 +
           (double)k * 11 + l * 12 + m * 13 + (double)n * 14;
}
static float f32_of(int16_t a, float b, int8_t c) { return a + b * c; }
static uint8_t u8_of(double x, uint32_t y) { return (uint8_t)((uint32_t)x + y); }

typedef struct Case {
    void (*fn)(void);
    TypeKind result;
    int n;
    TypeKind params[14];
    uint64_t args[14];
} Case;

#define FN(f) ((void (*)(void))(f))

Test(ffi, direct_and_libffi_agree) {
    const Case cases[] = {
        {FN(inc_i8), TY_INT8, 1, {TY_INT8}, {I(-128)}},
        {FN(inc_i8), TY_INT8, 1, {TY_INT8}, {I(127)}},
        {FN(inc_i16), TY_INT16, 1, {TY_INT16}, {I(-1)}},
        {FN(inc_i32), TY_INT32, 1, {TY_INT32}, {I(2147483647)}},
        {FN(inc_i64), TY_INT64, 1, {TY_INT64}, {I(-2)}},
        {FN(inc_u8), TY_UINT8, 1, {TY_UINT8}, {255}},
        {FN(inc_u16), TY_UINT16, 1, {TY_UINT16}, {65535}},
        {FN(inc_u32), TY_UINT32, 1, {TY_UINT32}, {4294967295u}},
        {FN(inc_u64), TY_UINT64, 1, {TY_UINT64}, {~0ull}},
        {FN(widen_i8), TY_INT64, 1, {TY_INT8}, {I(-5)}},
        {FN(widen_i16), TY_INT64, 1, {TY_INT16}, {I(-300)}},
        {FN(widen_i32), TY_INT64, 1, {TY_INT32}, {I(-70000)}},
        {FN(widen_u8), TY_UINT64, 1, {TY_UINT8}, {200}},
        {FN(widen_u16), TY_UINT64, 1, {TY_UINT16}, {60000}},
        {FN(widen_u32), TY_UINT64, 1, {TY_UINT32}, {4000000000u}},
        {FN(half_f32), TY_FLOAT32, 1, {TY_FLOAT32}, {fslot(3.0f)}},
        {FN(f32_to_f64), TY_FLOAT64, 1, {TY_FLOAT32}, {fslot(0.1f)}},
        {FN(f64_to_f32), TY_FLOAT32, 1, {TY_FLOAT64}, {dslot(0.1)}},
        {FN(add_f64), TY_FLOAT64, 2, {TY_FLOAT64, TY_FLOAT64},
         {dslot(1.5), dslot(-0.25)}},
        {FN(not_bool), TY_BOOL, 1, {TY_BOOL}, {1}},
        {FN(bool_to_int), TY_INT64, 1, {TY_BOOL}, {0}},
        {FN(is_neg), TY_BOOL, 1, {TY_INT64}, {I(-9)}},
        {FN(answer), TY_INT64, 0, {0}, {0}},
        {FN(ptr_to_uintptr), TY_UINTPTR, 1, {TY_POINTER}, {0x1000}},
        {FN(f32_of), TY_FLOAT32, 3, {TY_INT16, TY_FLOAT32, TY_INT8},
         {I(-7), fslot(2.5f), I(-3)}},
        {FN(u8_of), TY_UINT8, 2, {TY_FLOAT64, TY_UINT32}, {dslot(250.9), 10}},
        {FN(regs_full), TY_FLOAT64, 14,
         {TY_INT8, TY_FLOAT64, TY_UINT16, TY_FLOAT32, TY_INT32, TY_FLOAT64,
          TY_BOOL, TY_FLOAT32, TY_UINT64, TY_FLOAT64, TY_INT64, TY_FLOAT64,
          TY_FLOAT64, TY_FLOAT32},
         {I(-1), dslot(2), 3, fslot(4), I(-5), dslot(6), 1, fslot(8), 9,
          dslot(10), I(-11), dslot(12), dslot(13), fslot(14)}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        const Case *k = &cases[c];
        Sig s;
        Type *fn = (Type *)sig(&s, k->result, 0);
        for (int i = 0; i < k->n; i++) s.params[i] = B(k->params[i]);
        fn->nparams = k->n;
        FfiFunc *d = bind_addr(k->fn, fn), *l = bind_addr(k->fn, fn);
        ffi_func_use_libffi(l);
        cr_expect(!ffi_func_is_direct(l));
#if defined(__x86_64__)
        cr_expect(ffi_func_is_direct(d), "case %zu should be direct", c);
#endif
        uint64_t args[14], rd = 0, rl = 1;
        memcpy(args, k->args, sizeof args);
        ffi_invoke(d, &rd, args);
        memcpy(args, k->args, sizeof args);
        ffi_invoke(l, &rl, args);
        cr_expect_eq(rd, rl, "case %zu: direct %#llx, libffi %#llx", c,
                     (unsigned long long)rd, (unsigned long long)rl);
        ffi_func_free(d);
        ffi_func_free(l);
    }
    /* one integer too many, or one float too many: libffi */
    Sig s;
    FfiFunc *f = BIND(mixed, sig(&s, TY_FLOAT64, 11, TY_INT8, TY_UINT8, TY_INT16,
                                 TY_UINT16, TY_INT32, TY_FLOAT32, TY_UINT32,
                                 TY_INT64, TY_FLOAT64, TY_BOOL, TY_UINT64));
    cr_expect(!ffi_func_is_direct(f));
    ffi_func_free(f);
    f = BIND(sum10, sig(&s, TY_FLOAT64, 10, TY_FLOAT64, TY_FLOAT64, TY_FLOAT64,
                        TY_FLOAT64, TY_FLOAT64, TY_FLOAT64, TY_FLOAT64,
                        TY_FLOAT64, TY_FLOAT64, TY_FLOAT32));
    cr_expect(!ffi_func_is_direct(f));
    ffi_func_free(f);
}

/* ---- lookup by name ---- */

Test(ffi, libc_by_name_in_the_process) {
    Sig s;
    char *err = NULL;
    FfiFunc *len = ffi_bind(NULL, "strlen", sig(&s, TY_UINTPTR, 1, TY_POINTER), &err);
    cr_assert_not_null(len, "%s", err);
    cr_expect_str_eq(ffi_func_symbol(len), "strlen");
    cr_expect_eq(call(len, 1, (uint64_t)(uintptr_t)"hello"), 5);

    char buf[8] = "abcdefg";
    FfiFunc *set = ffi_bind(NULL, "memset",
                            sig(&s, TY_POINTER, 3, TY_POINTER, TY_INT32, TY_UINTPTR), &err);
    cr_assert_not_null(set, "%s", err);
    cr_expect_eq(call(set, 3, (uint64_t)(uintptr_t)(buf + 1), (uint64_t)'x', 3),
                 (uint64_t)(uintptr_t)(buf + 1));
    cr_expect_str_eq(buf, "axxxefg");

    FfiFunc *up = ffi_bind(NULL, "toupper", sig(&s, TY_INT32, 1, TY_INT32), &err);
    cr_assert_not_null(up, "%s", err);
    cr_expect_eq(call(up, 1, (uint64_t)'q'), 'Q');
    FfiFunc *abs_ = ffi_bind(NULL, "abs", sig(&s, TY_INT32, 1, TY_INT32), &err);
    cr_assert_not_null(abs_, "%s", err);
    cr_expect_eq(call(abs_, 1, I(-42)), 42);
    FfiFunc *atoi_ = ffi_bind(NULL, "atoi", sig(&s, TY_INT32, 1, TY_POINTER), &err);
    cr_assert_not_null(atoi_, "%s", err);
    cr_expect_eq(call(atoi_, 1, (uint64_t)(uintptr_t)"-1234"), I(-1234));
    ffi_func_free(len);
    ffi_func_free(set);
    ffi_func_free(up);
    ffi_func_free(abs_);
    ffi_func_free(atoi_);
}

Test(ffi, libm_through_ffi_lib) {
    Sig s;
    char *err = NULL;
    FfiLibs *libs = ffi_libs_new();
    cr_assert(ffi_libs_open(libs, "libm.so.6", &err), "%s", err);
    cr_expect_eq(ffi_libs_count(libs), 1);
    FfiFunc *c = ffi_bind(libs, "cos", sig(&s, TY_FLOAT64, 1, TY_FLOAT64), &err);
    cr_assert_not_null(c, "%s", err);
    cr_expect_eq(slotd(call(c, 1, dslot(0))), 1.0);
    FfiFunc *p = ffi_bind(libs, "pow", sig(&s, TY_FLOAT64, 2, TY_FLOAT64, TY_FLOAT64), &err);
    cr_assert_not_null(p, "%s", err);
    cr_expect_eq(slotd(call(p, 2, dslot(2), dslot(10))), 1024.0);
    FfiFunc *q = ffi_bind(libs, "sqrtf", sig(&s, TY_FLOAT32, 1, TY_FLOAT32), &err);
    cr_assert_not_null(q, "%s", err);
    cr_expect_eq(slotf(call(q, 1, fslot(2.0f))), sqrtf(2.0f));
    FfiFunc *l = ffi_bind(libs, "ldexp", sig(&s, TY_FLOAT64, 2, TY_FLOAT64, TY_INT32), &err);
    cr_assert_not_null(l, "%s", err);
    cr_expect_eq(slotd(call(l, 2, dslot(0.75), I(-2))), 0.1875);
    ffi_func_free(c);
    ffi_func_free(p);
    ffi_func_free(q);
    ffi_func_free(l);
    ffi_libs_free(libs);
}

static const char *mylib_path(void) {
    const char *p = getenv("GOSUB_MYLIB");
    return p ? p : "build/libmylib.so";
}

/* Symbols found only in a --ffi-lib library (not in the process). */
Test(ffi, user_library_by_path) {
    const char *path = mylib_path();
    if (access(path, R_OK) != 0)
        cr_skip_test("%s not built (make build/libmylib.so)", path);
    Sig s;
    char *err = NULL;
    cr_expect_null(ffi_bind(NULL, "my_sum", sig(&s, TY_INT64, 2, TY_POINTER, TY_INT), &err));
    free(err);
    FfiLibs *libs = ffi_libs_new();
    cr_assert(ffi_libs_open(libs, path, &err), "%s", err);
    FfiFunc *sum = ffi_bind(libs, "my_sum", sig(&s, TY_INT64, 2, TY_POINTER, TY_INT), &err);
    cr_assert_not_null(sum, "%s", err);
    int64_t xs[5] = {3, 1, 4, 1, -5};
    cr_expect_eq(call(sum, 2, (uint64_t)(uintptr_t)xs, 5), 4);
    FfiFunc *neg = ffi_bind(libs, "my_neg8", sig(&s, TY_INT8, 1, TY_INT8), &err);
    cr_assert_not_null(neg, "%s", err);
    cr_expect_eq(call(neg, 1, 5), I(-5));
    cr_expect_eq(call(neg, 1, I(-128)), I(-128));
    FfiFunc *add = ffi_bind(libs, "my_add_u8", sig(&s, TY_UINT8, 2, TY_UINT8, TY_UINT8), &err);
    cr_assert_not_null(add, "%s", err);
    cr_expect_eq(call(add, 2, 200, 100), 44);
    FfiFunc *mx = ffi_bind(libs, "my_max_u64", sig(&s, TY_UINT64, 0), &err);
    cr_assert_not_null(mx, "%s", err);
    cr_expect_eq(call(mx, 0), UINT64_MAX);
    struct { int32_t x, y; double w; } pt = {2, -3, 0.5};
    FfiFunc *sc = ffi_bind(libs, "my_scale", sig(&s, TY_INVALID, 2, TY_POINTER, TY_INT32), &err);
    cr_assert_not_null(sc, "%s", err);
    call(sc, 2, (uint64_t)(uintptr_t)&pt, 4);
    cr_expect(pt.x == 8 && pt.y == -12 && pt.w == 2.0);
    ffi_func_free(sum);
    ffi_func_free(neg);
    ffi_func_free(add);
    ffi_func_free(mx);
    ffi_func_free(sc);
    ffi_libs_free(libs);
}

/* ---- errors ---- */

Test(ffi, missing_symbol) {
    Sig s;
    char *err = NULL;
    FfiLibs *libs = ffi_libs_new();
    cr_assert(ffi_libs_open(libs, "libm.so.6", &err), "%s", err);
    cr_expect_null(ffi_bind(libs, "gosub_no_such_function", sig(&s, TY_INT, 0), &err));
    cr_assert_not_null(err);
    cr_expect_str_eq(err, "extern symbol \"gosub_no_such_function\" not found");
    free(err);
    ffi_libs_free(libs);
}

Test(ffi, library_that_does_not_exist) {
    char *err = NULL;
    FfiLibs *libs = ffi_libs_new();
    cr_expect_not(ffi_libs_open(libs, "libgosub-nope.so.9", &err));
    cr_assert_not_null(err);
    cr_expect_str_eq(err, "cannot load library \"libgosub-nope.so.9\": "
                          "libgosub-nope.so.9: cannot open shared object file: "
                          "No such file or directory");
    cr_expect_eq(ffi_libs_count(libs), 0);
    free(err);
    ffi_libs_free(libs);
}

Test(ffi, library_that_is_not_a_library) {
    char path[] = "/tmp/gosub-ffi-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    cr_assert_eq(write(fd, "not an ELF file, just text\n", 27), 27);
    close(fd);
    char *err = NULL;
    FfiLibs *libs = ffi_libs_new();
    cr_expect_not(ffi_libs_open(libs, path, &err));
    cr_assert_not_null(err);
    char want[128];
    snprintf(want, sizeof want, "cannot load library \"%s\": %s: ", path, path);
    cr_expect_eq(strncmp(err, want, strlen(want)), 0, "got: %s", err);
    free(err);
    ffi_libs_free(libs);
    unlink(path);
}

Test(ffi, null_err_is_allowed) {
    Sig s;
    cr_expect_null(ffi_bind(NULL, "gosub_no_such_function", sig(&s, TY_INT, 0), NULL));
    FfiLibs *libs = ffi_libs_new();
    cr_expect_not(ffi_libs_open(libs, "libgosub-nope.so", NULL));
    ffi_libs_free(libs);
    ffi_libs_free(NULL);
}

/* ---- type rejections (what the checker prints) ---- */

static void expect_rejected(TypeKind k, const char *want) {
    const char *why = NULL;
    cr_expect_not(ffi_check_type(B(k), &why));
    cr_expect_str_eq(why, want);
}

Test(ffi, allowed_types) {
    static const TypeKind ok[] = {
        TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64, TY_UINT,
        TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR, TY_FLOAT32,
        TY_FLOAT64, TY_POINTER, TY_UNSAFEPTR,
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++)
        cr_expect(ffi_check_type(B(ok[i]), NULL), "kind %d", (int)ok[i]);
}

Test(ffi, rejected_types_say_why) {
    expect_rejected(TY_STRING, "cannot use string in //extern function: "
                               "pass &b[0] of a NUL-terminated []byte as *byte");
    expect_rejected(TY_SLICE, "cannot use slice in //extern function: "
                              "pass &s[0] as a pointer and len(s) separately");
    expect_rejected(TY_ARRAY, "cannot pass array by value to //extern function: "
                              "pass &a[0] as a pointer");
    expect_rejected(TY_STRUCT, "cannot pass struct by value to //extern function: "
                               "pass a pointer to it");
    expect_rejected(TY_INTERFACE, "cannot use interface in //extern function: "
                                  "C has no interface values");
    expect_rejected(TY_MAP, "cannot use map in //extern function: "
                            "C cannot read a Go map");
    expect_rejected(TY_CHAN, "cannot use channel in //extern function: "
                             "C cannot use a Go channel");
    expect_rejected(TY_FUNC, "cannot use func in //extern function: "
                             "C cannot call back into Go");
    expect_rejected(TY_UNTYPED_INT, "cannot use this type in //extern function");
}

Test(ffi, rejected_signatures) {
    Sig s;
    const char *why = NULL;
    int bad = 99;
    cr_expect(ffi_check_sig(sig(&s, TY_INVALID, 2, TY_INT, TY_POINTER), &bad, &why));
    cr_expect_eq(bad, -1);

    cr_expect_not(ffi_check_sig(sig(&s, TY_INT, 3, TY_INT, TY_INT, TY_STRING), &bad, &why));
    cr_expect_eq(bad, 2);
    cr_expect_str_eq(why, "cannot use string in //extern function: "
                          "pass &b[0] of a NUL-terminated []byte as *byte");

    cr_expect_not(ffi_check_sig(sig(&s, TY_SLICE, 1, TY_INT), &bad, &why));
    cr_expect_eq(bad, -1);
    cr_expect_str_eq(why, "cannot use slice in //extern function: "
                          "pass &s[0] as a pointer and len(s) separately");

    Type *sl = B(TY_SLICE);
    sig(&s, TY_INT, 2, TY_POINTER, TY_SLICE);
    s.fn.variadic = true;
    s.params[1] = sl;
    cr_expect_not(ffi_check_sig(&s.fn, &bad, &why));
    cr_expect_str_eq(why, "//extern function cannot be variadic: "
                          "C variadic functions are not supported");

    sig(&s, TY_INT, 0);
    s.results[1] = B(TY_BOOL);
    s.fn.nresults = 2;
    cr_expect_not(ffi_check_sig(&s.fn, &bad, &why));
    cr_expect_str_eq(why, "//extern function cannot have more than one result");

    sig(&s, TY_INT, 0);
    s.fn.nparams = FFI_MAX_ARGS + 1;
    for (int i = 0; i < FFI_MAX_ARGS + 1; i++) s.params[i] = B(TY_INT);
    cr_expect_not(ffi_check_sig(&s.fn, &bad, &why));
    cr_expect_str_eq(why, "//extern function has too many parameters (limit 32)");

    cr_expect_not(ffi_check_sig(B(TY_INT), &bad, &why));
    cr_expect_str_eq(why, "//extern declaration is not a function");
}

/* ffi_bind reports the type problem before looking the symbol up. */
Test(ffi, bind_rejects_bad_signature) {
    Sig s;
    char *err = NULL;
    cr_expect_null(ffi_bind(NULL, "strlen", sig(&s, TY_INT, 1, TY_STRING), &err));
    cr_assert_not_null(err);
    cr_expect_str_eq(err, "cannot use string in //extern function: "
                          "pass &b[0] of a NUL-terminated []byte as *byte");
    free(err);
}

/* ---- micro-measure (GOSUB_FFI_BENCH=1) ---- */

static int64_t add2(int64_t a, int64_t b) { return a + b; }
/* what a native looks like to the VM: slots in, slots out */
static void add2_native(void *ctx, uint64_t *res, uint64_t *args) {
    (void)ctx;
    res[0] = args[0] + args[1];
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

Test(ffi, bench, .timeout = 120) {
    if (!getenv("GOSUB_FFI_BENCH")) cr_skip_test("set GOSUB_FFI_BENCH=1");
    enum { N = 20000000 };
    int64_t (*volatile direct)(int64_t, int64_t) = add2;
    void (*volatile native)(void *, uint64_t *, uint64_t *) = add2_native;
    Sig s;
    FfiFunc *f = BIND(add2, sig(&s, TY_INT64, 2, TY_INT64, TY_INT64));
    uint64_t args[2] = {0, 1}, res = 0;
    int64_t acc = 0;

    double t0 = now();
    for (int64_t i = 0; i < N; i++) acc = direct(acc, 1);
    double t1 = now();
    for (int64_t i = 0; i < N; i++) {
        args[0] = res;
        native(NULL, &res, args);
    }
    double t2 = now();
    res = 0;
    for (int64_t i = 0; i < N; i++) {
        args[0] = res;
        ffi_invoke(f, &res, args);
    }
    double t3 = now();
    cr_expect_eq(res, (uint64_t)N);
    FfiFunc *lf = BIND(add2, sig(&s, TY_INT64, 2, TY_INT64, TY_INT64));
    ffi_func_use_libffi(lf);
    res = 0;
    for (int64_t i = 0; i < N; i++) {
        args[0] = res;
        ffi_invoke(lf, &res, args);
    }
    double t4 = now();
    cr_expect_eq(acc, N);
    cr_expect_eq(res, (uint64_t)N);
    printf("ffi bench, %d calls of int64 add(int64, int64):\n", N);
    printf("  direct C call (fn ptr)   %7.1f M calls/s  %5.2f ns/call\n",
           N / (t1 - t0) / 1e6, (t1 - t0) / N * 1e9);
    printf("  native-style slot call   %7.1f M calls/s  %5.2f ns/call\n",
           N / (t2 - t1) / 1e6, (t2 - t1) / N * 1e9);
    printf("  ffi_invoke %-13s %7.1f M calls/s  %5.2f ns/call\n",
           ffi_func_is_direct(f) ? "(direct)" : "(libffi)",
           N / (t3 - t2) / 1e6, (t3 - t2) / N * 1e9);
    printf("  ffi_invoke (libffi)      %7.1f M calls/s  %5.2f ns/call\n",
           N / (t4 - t3) / 1e6, (t4 - t3) / N * 1e9);
    ffi_func_free(f);
    ffi_func_free(lf);
}
