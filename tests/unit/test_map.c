/* test_map.c — Go maps (vm/map.c): equality semantics per key type,
 * growth, deletion, iteration under mutation, fmt's sorted order. */
#include <criterion/criterion.h>
#include <math.h>

#include "tests/unit/rt_fixture.h"
#include "vm/rt.h"

static GoMap *new_map(Type *k, Type *v) {
    return map_new(fx_map(k, v), 0, &fx_env);
}

Test(map, int_keys_insert_lookup_grow) {
    GoMap *m = new_map(fx_basic(TY_INT), fx_basic(TY_INT));
    for (int64_t i = 0; i < 100000; i++) *(int64_t *)map_assign(m, &i) = i * 3;
    cr_assert_eq(map_len(m), 100000);
    for (int64_t i = 0; i < 100000; i++) {
        int64_t *v = map_lookup(m, &i);
        cr_assert(v && *v == i * 3);
    }
    int64_t missing = -5;
    cr_assert_null(map_lookup(m, &missing));
}

Test(map, string_keys_by_content) {
    GoMap *m = new_map(fx_basic(TY_STRING), fx_basic(TY_INT));
    char a[] = "hello", b[] = "hello";
    GoString ka = {(uint8_t *)a, 5}, kb = {(uint8_t *)b, 5};
    *(int64_t *)map_assign(m, &ka) = 7;
    int64_t *v = map_lookup(m, &kb);
    cr_assert(v && *v == 7);
    GoString empty = {NULL, 0};
    *(int64_t *)map_assign(m, &empty) = 1;
    cr_assert_eq(map_len(m), 2);
}

Test(map, float_zero_and_nan) {
    GoMap *m = new_map(fx_basic(TY_FLOAT64), fx_basic(TY_INT));
    double pz = 0.0, nz = -0.0, nan = NAN;
    *(int64_t *)map_assign(m, &pz) = 1;
    *(int64_t *)map_assign(m, &nz) = 2;
    cr_assert_eq(map_len(m), 1);
    cr_assert_eq(*(int64_t *)map_lookup(m, &pz), 2);
    map_assign(m, &nan);
    map_assign(m, &nan);
    cr_assert_eq(map_len(m), 3);
    cr_assert_null(map_lookup(m, &nan));
    map_delete(m, &nan);                 /* deletes nothing */
    cr_assert_eq(map_len(m), 3);
    int count = 0;
    MapIter it;
    void *k, *v;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v)) count++;
    cr_assert_eq(count, 3);
}

Test(map, interface_keys) {
    GoMap *m = new_map(fx_iface(), fx_basic(TY_INT));
    GoIface a = fx_int(1), b = fx_str("1"), c = fx_int(1);
    *(int64_t *)map_assign(m, &a) = 10;
    *(int64_t *)map_assign(m, &b) = 20;
    cr_assert_eq(map_len(m), 2);
    cr_assert_eq(*(int64_t *)map_lookup(m, &c), 10);
    GoIface nil = {0};
    *(int64_t *)map_assign(m, &nil) = 30;
    cr_assert_eq(*(int64_t *)map_lookup(m, &nil), 30);
}

Test(map, unhashable_interface_key_panics) {
    GoMap *m = new_map(fx_iface(), fx_basic(TY_INT));
    GoSlice s = {0};
    GoIface k = fx_box(fx_slice(fx_basic(TY_INT)), &s);
    if (setjmp(fx_panic_jmp) == 0) {
        map_assign(m, &k);
        cr_assert_fail("no panic");
    }
    cr_assert_str_eq(fx_panic_msg,
                     "runtime error: hash of unhashable type []int");
}

Test(map, struct_keys_ignore_padding) {
    Type *st = fx_struct(NULL, 2, "A", fx_basic(TY_INT8), "B",
                         fx_basic(TY_INT64));
    GoMap *m = new_map(st, fx_basic(TY_INT));
    uint8_t k1[16], k2[16];
    memset(k1, 0xAA, 16);
    memset(k2, 0x55, 16);
    k1[0] = k2[0] = 3;
    int64_t b = 9;
    memcpy(k1 + 8, &b, 8);
    memcpy(k2 + 8, &b, 8);
    *(int64_t *)map_assign(m, k1) = 5;
    cr_assert_eq(*(int64_t *)map_lookup(m, k2), 5);
}

Test(map, delete_during_iteration) {
    GoMap *m = new_map(fx_basic(TY_INT), fx_basic(TY_INT));
    for (int64_t i = 0; i < 1000; i++) *(int64_t *)map_assign(m, &i) = i;
    MapIter it;
    void *k, *v;
    int seen = 0;
    map_iter_init(&it, m);
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        cr_assert(key % 2 == 0 || key < 10, "deleted key %lld produced",
                  (long long)key);
        seen++;
        /* delete every odd key ahead of us */
        for (int64_t j = 11; j < 1000; j += 2) map_delete(m, &j);
    }
    cr_assert_eq(map_len(m), 1000 - 495);
    cr_assert_eq(seen, 505);
}

Test(map, insert_during_iteration_grows_without_duplicates) {
    GoMap *m = new_map(fx_basic(TY_INT), fx_basic(TY_INT));
    for (int64_t i = 0; i < 6; i++) *(int64_t *)map_assign(m, &i) = i;
    MapIter it;
    void *k, *v;
    static int hits[200000];
    memset(hits, 0, sizeof hits);
    map_iter_init(&it, m);
    int64_t next = 1000;
    while (map_iter_next(&it, &k, &v)) {
        int64_t key = *(int64_t *)k;
        cr_assert(key >= 0 && key < 200000);
        cr_assert_eq(hits[key]++, 0, "key %lld twice", (long long)key);
        if (next < 100000)
            for (int j = 0; j < 3; j++, next++) map_assign(m, &next);
    }
    for (int64_t i = 0; i < 6; i++) cr_assert_eq(hits[i], 1);
}

Test(map, sorted_keys) {
    GoMap *m = new_map(fx_basic(TY_FLOAT64), fx_basic(TY_INT));
    double keys[] = {3, -1, NAN, 2.5, -INFINITY};
    for (int i = 0; i < 5; i++) map_assign(m, &keys[i]);
    void *k[5], *v[5];
    cr_assert_eq(map_sorted(m, k, v), 5);
    cr_assert(isnan(*(double *)k[0]));
    cr_assert_eq(*(double *)k[1], -INFINITY);
    cr_assert_eq(*(double *)k[2], -1);
    cr_assert_eq(*(double *)k[4], 3);
}

Test(map, nil_map) {
    int64_t k = 1;
    cr_assert_eq(map_len(NULL), 0);
    cr_assert_null(map_lookup(NULL, &k));
    map_delete(NULL, &k);
    MapIter it;
    void *kk, *vv;
    map_iter_init(&it, NULL);
    cr_assert_not(map_iter_next(&it, &kk, &vv));
}

Test(map, delete_then_reinsert_reuses) {
    GoMap *m = new_map(fx_basic(TY_INT), fx_basic(TY_INT));
    for (int round = 0; round < 50; round++)
        for (int64_t i = 0; i < 1000; i++) {
            *(int64_t *)map_assign(m, &i) = round;
            map_delete(m, &i);
        }
    cr_assert_eq(map_len(m), 0);
}
