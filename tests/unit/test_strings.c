/* test_strings.c — the natives of strings, unicode/utf8 and unicode's
 * tables (vm/rt_strings.c, vm/rt_unicode.c) against Go 1.19's results
 * (strings_cases.h): searching, counting, comparison, case folding, case
 * mapping of invalid UTF-8, rune classes and decoding, through the plain
 * C cores the natives wrap (vm/rt.h). */
#include <criterion/criterion.h>
#include <stdint.h>

#include "tests/unit/rt_fixture.h"
#include "tests/unit/strings_cases.h"
#include "vm/rt.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static GoString gs(const char *s) {
    GoString g = {(const uint8_t *)s, (int64_t)strlen(s)};
    return g;
}

static bool buf_is(const Buf *b, const char *want) {
    return b->len == strlen(want) && memcmp(b->data, want, b->len) == 0;
}

Test(strings, search_compare_fold) {
    for (size_t i = 0; i < N(pair_cases); i++) {
        GoString s = gs(pair_cases[i].s), t = gs(pair_cases[i].t);
        cr_expect_eq(rt_index(s, t), pair_cases[i].index, "Index(%s, %s)",
                     pair_cases[i].s, pair_cases[i].t);
        cr_expect_eq(rt_last_index(s, t), pair_cases[i].last,
                     "LastIndex(%s, %s)", pair_cases[i].s, pair_cases[i].t);
        cr_expect_eq(rt_count(s, t), pair_cases[i].count, "Count(%s, %s)",
                     pair_cases[i].s, pair_cases[i].t);
        cr_expect_eq(rt_compare(s, t), pair_cases[i].cmp, "Compare(%s, %s)",
                     pair_cases[i].s, pair_cases[i].t);
        cr_expect_eq(rt_equal_fold(s, t), pair_cases[i].fold,
                     "EqualFold(%s, %s)", pair_cases[i].s, pair_cases[i].t);
    }
}

Test(strings, case_mapping_and_counting) {
    Buf b = {0};
    for (size_t i = 0; i < N(word_cases); i++) {
        GoString s = gs(word_cases[i].s);
        const char *want[] = {word_cases[i].upper, word_cases[i].lower,
                              word_cases[i].title};
        for (int k = 0; k < 3; k++) {
            buf_clear(&b);
            bool changed = rt_map_case(&b, s, k);
            if (changed)
                cr_expect(buf_is(&b, want[k]), "case %d of %s: %.*s", k,
                          word_cases[i].s, (int)b.len, b.data);
            else
                cr_expect_str_eq(want[k], word_cases[i].s,
                                 "case %d of %s unchanged", k, word_cases[i].s);
        }
        cr_expect_eq(rt_rune_count(s.ptr, s.len), word_cases[i].runes,
                     "RuneCount(%s)", word_cases[i].s);
    }
    buf_free(&b);
}

Test(unicode, rune_classes_and_case) {
    for (size_t i = 0; i < N(rune_cases); i++) {
        int32_t c = rune_cases[i].r;
        cr_expect_eq(rt_is_letter(c), rune_cases[i].letter, "IsLetter(%d)", c);
        cr_expect_eq(rt_is_digit(c), rune_cases[i].digit, "IsDigit(%d)", c);
        cr_expect_eq(rt_is_number(c), rune_cases[i].number, "IsNumber(%d)", c);
        cr_expect_eq(rt_is_upper(c), rune_cases[i].upper, "IsUpper(%d)", c);
        cr_expect_eq(rt_is_lower(c), rune_cases[i].lower, "IsLower(%d)", c);
        cr_expect_eq(rt_is_space(c), rune_cases[i].space, "IsSpace(%d)", c);
        cr_expect_eq(rt_is_punct(c), rune_cases[i].punct, "IsPunct(%d)", c);
        cr_expect_eq(rt_is_symbol(c), rune_cases[i].symbol, "IsSymbol(%d)", c);
        cr_expect_eq(rt_is_print(c), rune_cases[i].print, "IsPrint(%d)", c);
        cr_expect_eq(rt_is_graphic(c), rune_cases[i].graphic, "IsGraphic(%d)", c);
        cr_expect_eq(rt_is_control(c), rune_cases[i].control, "IsControl(%d)", c);
        cr_expect_eq(rt_to_upper(c), rune_cases[i].toupper, "ToUpper(%d)", c);
        cr_expect_eq(rt_to_lower(c), rune_cases[i].tolower, "ToLower(%d)", c);
        cr_expect_eq(rt_to_title(c), rune_cases[i].totitle, "ToTitle(%d)", c);
        cr_expect_eq(rt_simple_fold(c), rune_cases[i].fold, "SimpleFold(%d)", c);
    }
}

Test(utf8, decode_first_and_last) {
    for (size_t i = 0; i < N(decode_cases); i++) {
        const char *in = decode_cases[i].s;
        int w;
        int32_t r = rt_decode_rune((const uint8_t *)in, strlen(in), &w);
        cr_expect_eq(r, decode_cases[i].r, "Decode(%zu)", i);
        cr_expect_eq(w, decode_cases[i].w, "Decode(%zu) width", i);
        r = rt_decode_last_rune((const uint8_t *)in, (int64_t)strlen(in), &w);
        cr_expect_eq(r, decode_cases[i].lr, "DecodeLast(%zu)", i);
        cr_expect_eq(w, decode_cases[i].lw, "DecodeLast(%zu) width", i);
    }
}
