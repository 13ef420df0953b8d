/* rt_math.c — natives of package math (stdlib/math/math.go holds the
 * constants and the functions that are plain Go).
 *
 * Go computes most elementary functions in Go code (Cephes-derived
 * polynomials), not with the C library, and a program that prints
 * math.Sin(x) with %v shows every last bit.  The functions whose Go
 * algorithm is reproduced here (rt_gomath.c) give Go's bits; the rest call
 * libm where the result is exact either way (Sqrt, Floor, Mod, Remainder,
 * ...). */
#include <math.h>
#include <string.h>

#include "vm/rt.h"
#include "vm/rt_gomath.h"

#define UNARY(name, expr)                                                    \
    void nat_math_##name(NativeCtx *c, uint64_t *r, uint64_t *a) {           \
        double x = slot_f64(a, 0);                                           \
        set_f64(r, 0, (expr));                                               \
    }
#define BINARY(name, expr)                                                   \
    void nat_math_##name(NativeCtx *c, uint64_t *r, uint64_t *a) {           \
        double x = slot_f64(a, 0), y = slot_f64(a, 1);                       \
        set_f64(r, 0, (expr));                                               \
    }

UNARY(Sqrt, sqrt(x))
UNARY(Floor, floor(x))
UNARY(Ceil, ceil(x))
UNARY(Trunc, trunc(x))
UNARY(Round, round(x))
UNARY(RoundToEven, nearbyint(x))
UNARY(Exp, go_exp(x))
UNARY(Exp2, go_exp2(x))
UNARY(Expm1, go_expm1(x))
UNARY(Log, go_log(x))
UNARY(Log2, go_log2(x))
UNARY(Log10, go_log10(x))
UNARY(Log1p, go_log1p(x))
UNARY(Sin, go_sin(x))
UNARY(Cos, go_cos(x))
UNARY(Tan, go_tan(x))
UNARY(Asin, go_asin(x))
UNARY(Acos, go_acos(x))
UNARY(Atan, go_atan(x))
UNARY(Sinh, go_sinh(x))
UNARY(Cosh, go_cosh(x))
UNARY(Tanh, go_tanh(x))
UNARY(Asinh, go_asinh(x))
UNARY(Acosh, go_acosh(x))
UNARY(Atanh, go_atanh(x))
UNARY(Cbrt, go_cbrt(x))
UNARY(Gamma, go_gamma(x))
UNARY(Erf, go_erf(x))
UNARY(Erfc, go_erfc(x))
BINARY(Pow, go_pow(x, y))
BINARY(Atan2, go_atan2(x, y))
BINARY(Hypot, go_hypot(x, y))
BINARY(Mod, fmod(x, y))
BINARY(Remainder, remainder(x, y))

/* func fma(x, y, z float64) float64 */
void nat_math_fma(NativeCtx *c, uint64_t *r, uint64_t *a) {
    set_f64(r, 0, fma(slot_f64(a, 0), slot_f64(a, 1), slot_f64(a, 2)));
}

/* func Float64bits(f float64) uint64 and friends: the slot holds the bits */
void nat_math_Float64bits(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = a[0];
}
void nat_math_Float64frombits(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = a[0];
}
void nat_math_Float32bits(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = a[0] & 0xFFFFFFFFu;
}
void nat_math_Float32frombits(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = a[0] & 0xFFFFFFFFu;
}

/* func Frexp(f float64) (frac float64, exp int) */
void nat_math_Frexp(NativeCtx *c, uint64_t *r, uint64_t *a) {
    double x = slot_f64(a, 0);
    int e = 0;
    double f = (x == 0 || isinf(x) || isnan(x)) ? x : frexp(x, &e);
    set_f64(r, 0, f);
    r[1] = (uint64_t)(int64_t)e;
}
/* func Ldexp(frac float64, exp int) float64 */
void nat_math_Ldexp(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t e = slot_int(a, 1);
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    set_f64(r, 0, ldexp(slot_f64(a, 0), (int)e));
}
/* func Modf(f float64) (int float64, frac float64) */
void nat_math_Modf(NativeCtx *c, uint64_t *r, uint64_t *a) {
    double x = slot_f64(a, 0), ip;
    double fr = modf(x, &ip);
    if (isinf(x)) fr = NAN;      /* Go: Modf(±Inf) = ±Inf, NaN */
    set_f64(r, 0, ip);
    set_f64(r, 1, fr);
}
