/* test_math.c — Go's elementary functions (vm/rt_gomath.c) against the
 * bits Go 1.19 computes on amd64 (math_cases.h): sin/cos/tan including
 * huge arguments, exp/log (Go's assembly algorithms), pow, atan2, ... */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "tests/unit/math_cases.h"
#include "tests/unit/rt_fixture.h"
#include "vm/rt_gomath.h"

typedef double (*Unary)(double);
static const struct { const char *name; Unary f; } unary[] = {
    {"sin", go_sin},     {"cos", go_cos},     {"tan", go_tan},
    {"exp", go_exp},     {"log", go_log},     {"log2", go_log2},
    {"log10", go_log10}, {"atan", go_atan},   {"sqrt", sqrt},
    {"asin", go_asin},   {"acos", go_acos},   {"sinh", go_sinh},
    {"cosh", go_cosh},   {"tanh", go_tanh},   {"cbrt", go_cbrt},
    {"exp2", go_exp2},   {"log1p", go_log1p}, {"expm1", go_expm1},
    {"asinh", go_asinh}, {"acosh", go_acosh}, {"atanh", go_atanh},
};

static double from_bits(uint64_t b) {
    double d;
    memcpy(&d, &b, 8);
    return d;
}

static double eval(const char *fn, double x, double y, bool *known) {
    *known = true;
    for (size_t i = 0; i < sizeof unary / sizeof unary[0]; i++)
        if (strcmp(fn, unary[i].name) == 0) return unary[i].f(x);
    if (strcmp(fn, "pow") == 0) return go_pow(x, y);
    if (strcmp(fn, "atan2") == 0) return go_atan2(x, y);
    if (strcmp(fn, "hypot") == 0) return go_hypot(x, y);
    if (strcmp(fn, "mod") == 0) return fmod(x, y);
    *known = false;
    return 0;
}

Test(math, bits_match_go) {
    int bad = 0;
    size_t n = sizeof math_cases / sizeof math_cases[0];
    for (size_t i = 0; i < n; i++) {
        bool known;
        double r = eval(math_cases[i].fn, from_bits(math_cases[i].x),
                        from_bits(math_cases[i].y), &known);
        cr_assert(known, "unknown function %s", math_cases[i].fn);
        uint64_t rb;
        memcpy(&rb, &r, 8);
        double want = from_bits(math_cases[i].want);
        if (rb != math_cases[i].want && !(isnan(r) && isnan(want)) &&
            bad++ < 10)
            cr_log_error("%s(%a, %a) = %a, want %a", math_cases[i].fn,
                         from_bits(math_cases[i].x),
                         from_bits(math_cases[i].y), r, want);
    }
    cr_assert_eq(bad, 0, "%d of %zu results differ from Go", bad, n);
}
