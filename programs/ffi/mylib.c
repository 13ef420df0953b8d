/* mylib.c — a user's own C library for programs/ffi/mylib.go, built by the
 * Makefile into build/libmylib.so and loaded with
 *   gosub run --ffi-lib=build/libmylib.so programs/ffi/mylib.go
 * One function per kind of crossing: arrays through a pointer, a struct
 * written through a pointer, a pointer returned into Go memory, and results
 * of every width so sign and zero extension show in the output.
 * tests/unit/test_ffi.c calls these too when build/libmylib.so exists. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Go: type Point struct { X, Y int32; W float64 } — same layout (0, 4, 8). */
typedef struct Point {
    int32_t x, y;
    double w;
} Point;

int64_t my_sum(const int64_t *p, int64_t n) {
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++) s += p[i];
    return s;
}

double my_mean(const double *p, int64_t n) {
    double s = 0;
    for (int64_t i = 0; i < n; i++) s += p[i];
    return n ? s / (double)n : 0;
}

void my_scale(Point *p, int32_t k) {
    p->x *= k;
    p->y *= k;
    p->w *= k;
}

/* The element with the largest value (the first of equals), as a pointer
 * into the caller's array. */
int64_t *my_max_elem(int64_t *p, int64_t n) {
    int64_t *best = n ? p : NULL;
    for (int64_t i = 1; i < n; i++)
        if (p[i] > *best) best = &p[i];
    return best;
}

void my_reverse(int32_t *p, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        int32_t t = p[i];
        p[i] = p[j];
        p[j] = t;
    }
}

/* 0 - x in 8 bits: my_neg8(-128) == -128, as in Go. */
int8_t my_neg8(int8_t x) { return (int8_t)(uint8_t)(0u - (uint8_t)x); }
uint8_t my_add_u8(uint8_t a, uint8_t b) { return (uint8_t)(a + b); }
int16_t my_sub16(int16_t a, int16_t b) { return (int16_t)(uint16_t)((uint16_t)a - (uint16_t)b); }
uint32_t my_not32(uint32_t x) { return ~x; }
float my_halff(float x) { return x * 0.5f; }
bool my_is_even(int64_t x) { return x % 2 == 0; }
uint64_t my_max_u64(void) { return UINT64_MAX; }
uintptr_t my_align_up(uintptr_t x, uintptr_t a) { return (x + a - 1) / a * a; }

/* The cheapest call there is, for programs/ffi/callcost.go. */
int64_t my_add(int64_t a, int64_t b) { return a + b; }
