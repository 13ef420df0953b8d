/* test_const.c — exact constant arithmetic (go/constant semantics):
 * bignum integers, exact rationals rounded once to float64/float32,
 * representability, literals. */
#include <criterion/criterion.h>
#include <math.h>

#include "compiler/check.h"

static Compiler *new_compiler(void) {
    Compiler *c = xcalloc(1, sizeof *c);
    arena_init(&c->arena);
    return c;
}

static void free_compiler(Compiler *c) {
    arena_free(&c->arena);
    free(c);
}

static ConstVal *lit(Compiler *c, Tok k, const char *s) {
    return const_from_literal(c, k, s);
}

Test(const, big_shifts) {
    Compiler *c = new_compiler();
    ConstVal *one = const_make_int64(c, 1);
    ConstVal *x = const_shift(c, T_SHL, one, 100);
    cr_expect_eq(const_bitlen(x), 101);
    cr_expect_str_eq(const_string_repr(c, x), "1267650600228229401496703205376");
    ConstVal *y = const_shift(c, T_SHR, x, 98);
    cr_expect_eq(const_int64(y), 4);
    ConstVal *m = const_shift(c, T_SHR, const_make_int64(c, -5), 1);
    cr_expect_eq(const_int64(m), -3);   /* floor, as Go */
    free_compiler(c);
}

Test(const, integer_ops) {
    Compiler *c = new_compiler();
    ConstVal *a = const_make_int64(c, -7), *b = const_make_int64(c, 2);
    cr_expect_eq(const_int64(const_binary(c, T_QUO, a, b, true)), -3);
    cr_expect_eq(const_int64(const_binary(c, T_REM, a, b, true)), -1);
    cr_expect_eq(const_int64(const_binary(c, T_AND, a, b, true)), 0);
    cr_expect_eq(const_int64(const_binary(c, T_OR, a, b, true)), -5);
    cr_expect_eq(const_int64(const_unary(c, T_XOR, b, 0)), -3);
    cr_expect_eq(const_uint64(const_unary(c, T_XOR, b, 8)), 253);
    cr_expect_null(const_binary(c, T_QUO, a, const_make_int64(c, 0), true));
    ConstVal *big = lit(c, T_INT, "0xFFFF_FFFF_FFFF_FFFF_FF");
    cr_expect_str_eq(const_string_repr(c, big), "4722366482869645213695");
    cr_expect_eq(const_int64(lit(c, T_INT, "0o17")), 15);
    cr_expect_eq(const_int64(lit(c, T_INT, "017")), 15);
    cr_expect_eq(const_int64(lit(c, T_INT, "0b101")), 5);
    free_compiler(c);
}

Test(const, exact_floats) {
    Compiler *c = new_compiler();
    ConstVal *third = const_binary(c, T_QUO, lit(c, T_FLOAT, "1.0"), lit(c, T_FLOAT, "3.0"), false);
    cr_expect_eq(const_float64(third), 1.0 / 3.0);
    cr_expect_eq(const_float32(third), 1.0f / 3.0f);
    cr_expect_eq(const_float64(lit(c, T_FLOAT, "0.1")), 0.1);
    cr_expect_eq(const_float64(lit(c, T_FLOAT, "1e-320")), 1e-320);  /* subnormal */
    cr_expect_eq(const_float64(lit(c, T_FLOAT, "0x1p-2")), 0.25);
    cr_expect_eq(const_float64(lit(c, T_FLOAT, "1.7976931348623157e308")), 1.7976931348623157e308);
    cr_expect(isinf(const_float64(lit(c, T_FLOAT, "1e309"))));
    /* (0.1 + 0.2) is exact: 0.3 exactly, unlike float64 arithmetic */
    ConstVal *s = const_binary(c, T_ADD, lit(c, T_FLOAT, "0.1"), lit(c, T_FLOAT, "0.2"), false);
    cr_expect_eq(const_float64(s), 0.3);
    cr_expect_str_eq(const_string_repr(c, third), "0.333333");
    cr_expect_str_eq(const_string_repr(c, lit(c, T_FLOAT, "1e100")), "1e+100");
    free_compiler(c);
}

Test(const, representable) {
    Compiler *c = new_compiler();
    ConstVal *r;
    cr_expect_not(const_representable(c, const_make_int64(c, 300), TY_INT8, &r));
    cr_expect(const_representable(c, const_make_int64(c, -128), TY_INT8, &r));
    cr_expect_not(const_representable(c, const_make_int64(c, -1), TY_UINT, &r));
    cr_expect(const_representable(c, lit(c, T_FLOAT, "2.0"), TY_INT, &r));
    cr_expect_eq(const_kind(r), CV_INT);
    cr_expect_not(const_representable(c, lit(c, T_FLOAT, "1.5"), TY_INT, &r));
    cr_expect_not(const_representable(c, lit(c, T_FLOAT, "1e40"), TY_FLOAT32, &r));
    cr_expect(const_representable(c, lit(c, T_FLOAT, "0.1"), TY_FLOAT32, &r));
    cr_expect_eq(const_float64(r), (double)0.1f);
    ConstVal *max = const_shift(c, T_SHL, const_make_int64(c, 1), 64);
    cr_expect_not(const_representable(c, max, TY_UINT64, &r));
    ConstVal *m1 = const_binary(c, T_SUB, max, const_make_int64(c, 1), true);
    cr_expect(const_representable(c, m1, TY_UINT64, &r));
    cr_expect_eq(const_uint64(r), UINT64_MAX);
    free_compiler(c);
}

Test(const, strings_and_runes) {
    Compiler *c = new_compiler();
    int64_t n;
    const char *s = const_string(lit(c, T_STRING, "\"a\\tb\\x41\\u00e9\""), &n);
    cr_expect_eq(n, 6);
    cr_expect(memcmp(s, "a\tbA\xc3\xa9", 6) == 0);
    s = const_string(lit(c, T_STRING, "`raw\\n`"), &n);
    cr_expect_eq(n, 5);
    cr_expect_eq(const_int64(lit(c, T_CHAR, "'\\n'")), 10);
    cr_expect_eq(const_int64(lit(c, T_CHAR, "'é'")), 0xe9);
    ConstVal *cat = const_binary(c, T_ADD, lit(c, T_STRING, "\"ab\""), lit(c, T_STRING, "\"c\""), false);
    cr_expect_str_eq(const_string(cat, &n), "abc");
    cr_expect(const_compare(T_LSS, lit(c, T_STRING, "\"ab\""), lit(c, T_STRING, "\"b\"")));
    free_compiler(c);
}
