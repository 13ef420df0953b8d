/* types.c — the C side of tests/ffi/types.go, built by the Makefile into
 * build/libtypes.so.  For every type an //extern function may use, one
 * function that (1) writes the argument as C received it, in decimal, into
 * the caller's buffer — so a wrong sign or zero extension on the way in
 * shows — and (2) returns a value computed in C, with C's wrap-around,
 * so a wrong extension on the way out shows.  Then pointers (nil, into the
 * goroutine stack, into the heap, returned back), a call with more
 * arguments than registers, 32 parameters, and no arguments at all. */
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define OUT 64

int8_t t_int8(int8_t x, char *out) {
    snprintf(out, OUT, "%" PRId8, x);
    return (int8_t)(uint8_t)((uint8_t)x * 2u + 1u);
}
int16_t t_int16(int16_t x, char *out) {
    snprintf(out, OUT, "%" PRId16, x);
    return (int16_t)(uint16_t)((uint16_t)x * 2u + 1u);
}
int32_t t_int32(int32_t x, char *out) {
    snprintf(out, OUT, "%" PRId32, x);
    return (int32_t)((uint32_t)x * 2u + 1u);
}
int64_t t_int64(int64_t x, char *out) {
    snprintf(out, OUT, "%" PRId64, x);
    return (int64_t)((uint64_t)x * 2u + 1u);
}
int64_t t_int(int64_t x, char *out) { return t_int64(x, out); }
uint8_t t_uint8(uint8_t x, char *out) {
    snprintf(out, OUT, "%" PRIu8, x);
    return (uint8_t)(x * 2u + 1u);
}
uint16_t t_uint16(uint16_t x, char *out) {
    snprintf(out, OUT, "%" PRIu16, x);
    return (uint16_t)(x * 2u + 1u);
}
uint32_t t_uint32(uint32_t x, char *out) {
    snprintf(out, OUT, "%" PRIu32, x);
    return x * 2u + 1u;
}
uint64_t t_uint64(uint64_t x, char *out) {
    snprintf(out, OUT, "%" PRIu64, x);
    return x * 2u + 1u;
}
uint64_t t_uint(uint64_t x, char *out) { return t_uint64(x, out); }
uintptr_t t_uintptr(uintptr_t x, char *out) {
    snprintf(out, OUT, "%" PRIuPTR, x);
    return x * 2u + 1u;
}
float t_float32(float x, char *out) {
    snprintf(out, OUT, "%.9g", (double)x);
    return x * 2.0f + 1.0f;
}
double t_float64(double x, char *out) {
    snprintf(out, OUT, "%.17g", x);
    return x * 2.0 + 1.0;
}
bool t_bool(bool x, char *out) {
    snprintf(out, OUT, "%s", x ? "true" : "false");
    return !x;
}

/* Results only: the extremes of each width, chosen by k. */
int8_t r_int8(int32_t k) { return k ? INT8_MIN : INT8_MAX; }
int16_t r_int16(int32_t k) { return k ? INT16_MIN : INT16_MAX; }
int32_t r_int32(int32_t k) { return k ? INT32_MIN : INT32_MAX; }
int64_t r_int64(int32_t k) { return k ? INT64_MIN : INT64_MAX; }
uint8_t r_uint8(int32_t k) { return k ? 0 : UINT8_MAX; }
uint16_t r_uint16(int32_t k) { return k ? 0 : UINT16_MAX; }
uint32_t r_uint32(int32_t k) { return k ? 0 : UINT32_MAX; }
uint64_t r_uint64(int32_t k) { return k ? 0 : UINT64_MAX; }
bool r_bool(int32_t k) { return k != 0; }

/* Pointers: what C received, and the same pointer handed back. */
int64_t *t_ptr(int64_t *p, char *out) {
    if (p) snprintf(out, OUT, "%" PRId64, *p);
    else snprintf(out, OUT, "nil");
    return p;
}
/* Writes through a pointer to pointer: *pp = v. */
void t_store_ptr(int64_t **pp, int64_t *v) { *pp = v; }
/* Fills n int32s: p[i] = i*i. */
void t_fill(int32_t *p, int64_t n) {
    for (int64_t i = 0; i < n; i++) p[i] = (int32_t)(i * i);
}

/* More arguments than the 6 integer and 8 SSE registers of the SysV ABI:
 * the rest go on the C stack. */
double t_many(int8_t a, uint16_t b, int32_t c, int64_t d, float e, double f,
              uint8_t g, int64_t h, float i, double j, bool k, uintptr_t l,
              int16_t m, uint32_t n, double o, double p, double q, double r,
              double s, int64_t t) {
    return a + b + c + (double)d + e + f + g + (double)h + i + j + k +
           (double)l + m + n + o + p + q + r + s + (double)t;
}

/* 32 parameters, the limit: sum of i * a_i. */
int64_t t_32(int64_t a0, int64_t a1, int64_t a2, int64_t a3, int64_t a4,
             int64_t a5, int64_t a6, int64_t a7, double a8, double a9,
             int64_t a10, int64_t a11, int64_t a12, int64_t a13, int64_t a14,
             int64_t a15, int64_t a16, int64_t a17, int64_t a18, int64_t a19,
             int64_t a20, int64_t a21, int64_t a22, int64_t a23, int64_t a24,
             int64_t a25, int64_t a26, int64_t a27, int64_t a28, int64_t a29,
             int64_t a30, int32_t a31) {
    return 0 * a0 + 1 * a1 + 2 * a2 + 3 * a3 + 4 * a4 + 5 * a5 + 6 * a6 +
           7 * a7 + (int64_t)(8 * a8) + (int64_t)(9 * a9) + 10 * a10 +
           11 * a11 + 12 * a12 + 13 * a13 + 14 * a14 + 15 * a15 + 16 * a16 +
           17 * a17 + 18 * a18 + 19 * a19 + 20 * a20 + 21 * a21 + 22 * a22 +
           23 * a23 + 24 * a24 + 25 * a25 + 26 * a26 + 27 * a27 + 28 * a28 +
           29 * a29 + 30 * a30 + 31 * (int64_t)a31;
}

/* No arguments, no result: a counter. */
static int64_t counter;
void t_tick(void) { counter++; }
int64_t t_count(void) { return counter; }
