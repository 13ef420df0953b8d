/* test_types.c — Go types: interning, layout as Go lays values out on
 * amd64 (sizes and offsets verified against unsafe.Sizeof/Offsetof with Go
 * 1.19), pointer bitmaps, %T strings and method lookup. */
#include <criterion/criterion.h>

#include "compiler/check.h"

static Compiler *new_compiler(void) {
    Compiler *c = xcalloc(1, sizeof *c);
    arena_init(&c->arena);
    checker_of(c);
    return c;
}

static void free_compiler(Compiler *c) {
    VEC_FREE(c->types);
    arena_free(&c->arena);
    free(c);
}

static Type *T(Compiler *c, TypeKind k) { return types_basic(c, k); }

static Field fld(Compiler *c, const char *name, Type *t) {
    return (Field){.name = intern_cstr(c, name), .type = t};
}

Test(types, basic_sizes) {
    Compiler *c = new_compiler();
    cr_expect_eq(T(c, TY_INT)->size, 8);
    cr_expect_eq(T(c, TY_UINT8)->size, 1);
    cr_expect_eq(T(c, TY_STRING)->size, 16);
    cr_expect_eq(T(c, TY_FLOAT32)->align, 4);
    cr_expect_eq(types_slice(c, T(c, TY_INT))->size, 24);
    cr_expect_eq(types_empty_iface(c)->size, 16);
    cr_expect_eq(types_map(c, T(c, TY_STRING), T(c, TY_INT))->size, 8);
    free_compiler(c);
}

Test(types, interning) {
    Compiler *c = new_compiler();
    Type *a = types_slice(c, T(c, TY_INT));
    cr_expect_eq(a, types_slice(c, T(c, TY_INT)));
    cr_expect_neq(a, types_slice(c, T(c, TY_INT64)));
    Type *ps[1] = {T(c, TY_INT)}, *rs[1] = {T(c, TY_STRING)};
    cr_expect_eq(types_func(c, ps, 1, rs, 1, false), types_func(c, ps, 1, rs, 1, false));
    cr_expect_neq(types_func(c, ps, 1, rs, 1, false), types_func(c, ps, 1, NULL, 0, false));
    cr_expect_eq(types_pointer(c, a), types_pointer(c, a));
    free_compiler(c);
}

/* struct A { a int8; b int64; c int8 }        -> 24
 * struct B { a int64; b struct{} }           -> 16 (trailing zero-size pad)
 * struct C { a int32; b [0]int64 }           -> 16
 * struct D { a bool; s string; i any; f float32; u uint16 } -> 48, f@40, u@44
 * [3]struct{ x, y byte }                     -> 6 */
Test(types, struct_layout_matches_go) {
    Compiler *c = new_compiler();
    Field fa[3] = {fld(c, "a", T(c, TY_INT8)), fld(c, "b", T(c, TY_INT64)), fld(c, "c", T(c, TY_INT8))};
    Type *A = types_struct(c, fa, 3);
    cr_expect_eq(A->size, 24);
    cr_expect_eq(A->fields[1].offset, 8);
    cr_expect_eq(A->fields[2].offset, 16);
    Field fb[2] = {fld(c, "a", T(c, TY_INT64)), fld(c, "b", types_struct(c, NULL, 0))};
    cr_expect_eq(types_struct(c, fb, 2)->size, 16);
    Field fc[2] = {fld(c, "a", T(c, TY_INT32)), fld(c, "b", types_array(c, T(c, TY_INT64), 0))};
    cr_expect_eq(types_struct(c, fc, 2)->size, 16);
    Field fd[5] = {fld(c, "a", T(c, TY_BOOL)), fld(c, "s", T(c, TY_STRING)),
                   fld(c, "i", types_empty_iface(c)), fld(c, "f", T(c, TY_FLOAT32)),
                   fld(c, "u", T(c, TY_UINT16))};
    Type *D = types_struct(c, fd, 5);
    cr_expect_eq(D->size, 48);
    cr_expect_eq(D->fields[3].offset, 40);
    cr_expect_eq(D->fields[4].offset, 44);
    Field fe[2] = {fld(c, "x", T(c, TY_UINT8)), fld(c, "y", T(c, TY_UINT8))};
    cr_expect_eq(types_array(c, types_struct(c, fe, 2), 3)->size, 6);
    cr_expect_eq(types_struct(c, NULL, 0)->size, 0);
    free_compiler(c);
}

Test(types, ptrmask) {
    Compiler *c = new_compiler();
    /* struct { n int; s string; p *int; i any } : words 1, 3, 4, 5 */
    Field f[4] = {fld(c, "n", T(c, TY_INT)), fld(c, "s", T(c, TY_STRING)),
                  fld(c, "p", types_pointer(c, T(c, TY_INT))), fld(c, "i", types_empty_iface(c))};
    Type *s = types_struct(c, f, 4);
    cr_expect_eq(s->size, 48);
    cr_expect_eq(s->ptrdata, 48);
    cr_expect_eq(s->ptrmask[0], 0x3a);
    Field g[2] = {fld(c, "p", types_pointer(c, T(c, TY_INT))), fld(c, "n", T(c, TY_INT))};
    cr_expect_eq(types_struct(c, g, 2)->ptrdata, 8);
    cr_expect_eq(types_array(c, T(c, TY_INT), 10)->ptrdata, 0);
    cr_expect_null(types_array(c, T(c, TY_INT), 10)->ptrmask);
    free_compiler(c);
}

Test(types, percent_T_strings) {
    Compiler *c = new_compiler();
    cr_expect_str_eq(types_slice(c, T(c, TY_INT))->str, "[]int");
    cr_expect_str_eq(types_map(c, T(c, TY_STRING), T(c, TY_INT))->str, "map[string]int");
    cr_expect_str_eq(types_chan(c, T(c, TY_INT), CHAN_SEND)->str, "chan<- int");
    Type *rc = types_chan(c, T(c, TY_INT), CHAN_RECV);
    cr_expect_str_eq(types_chan(c, rc, CHAN_BOTH)->str, "chan (<-chan int)");
    Type *ps[2] = {T(c, TY_INT), types_slice(c, T(c, TY_STRING))};
    Type *rs[2] = {T(c, TY_INT), types_error(c)};
    cr_expect_str_eq(types_func(c, ps, 2, rs, 2, true)->str, "func(int, ...string) (int, error)");
    Field f[2] = {fld(c, "A", T(c, TY_INT)), fld(c, "B", T(c, TY_STRING))};
    cr_expect_str_eq(types_struct(c, f, 2)->str, "struct { A int; B string }");
    cr_expect_str_eq(types_struct(c, NULL, 0)->str, "struct {}");
    cr_expect_str_eq(types_empty_iface(c)->str, "interface {}");
    Type *named = types_named(c, "main", "main", intern_cstr(c, "Demo"));
    cr_expect_str_eq(types_pointer(c, named)->str, "*main.Demo");
    cr_expect_str_eq(type_string(c, types_pointer(c, named)), "*Demo");
    cr_expect_str_eq(type_string(c, types_struct(c, f, 2)), "struct{A int; B string}");
    free_compiler(c);
}

Test(types, recursive_named) {
    Compiler *c = new_compiler();
    Type *node = types_named(c, "main", "main", intern_cstr(c, "Node"));
    Field f[2] = {fld(c, "v", T(c, TY_INT)), fld(c, "next", types_pointer(c, node))};
    types_set_underlying(c, node, types_struct(c, f, 2));
    cr_expect_eq(node->kind, TY_STRUCT);
    cr_expect_eq(node->size, 16);
    cr_expect_eq(node->fields[1].type->elem, node);
    cr_expect(node->comparable);
    free_compiler(c);
}

Test(types, method_lookup_promotion) {
    Compiler *c = new_compiler();
    Type *inner = types_named(c, "main", "main", intern_cstr(c, "Inner"));
    Field fi[1] = {fld(c, "x", T(c, TY_INT))};
    types_set_underlying(c, inner, types_struct(c, fi, 1));
    Type *sig = types_func(c, NULL, 0, NULL, 0, false);
    types_add_method(c, inner, intern_cstr(c, "P"), sig, true, NULL);
    types_add_method(c, inner, intern_cstr(c, "V"), sig, false, NULL);
    Type *outer = types_named(c, "main", "main", intern_cstr(c, "Outer"));
    Field fo[2] = {fld(c, "y", T(c, TY_INT)), {.name = intern_cstr(c, "Inner"), .type = inner, .embedded = true}};
    types_set_underlying(c, outer, types_struct(c, fo, 2));
    Lookup lk;
    types_lookup(c, outer, intern_cstr(c, "x"), &lk);
    cr_expect_eq(lk.kind, LK_FIELD);
    cr_expect_eq(lk.npath, 2);
    cr_expect_eq(lk.path[0], 1);
    cr_expect_eq(lk.path[1], 0);
    types_lookup(c, outer, intern_cstr(c, "P"), &lk);
    cr_expect_eq(lk.kind, LK_METHOD);
    cr_expect_eq(lk.recv_named, inner);
    /* interface satisfaction: Outer lacks P (pointer receiver), *Outer has it */
    Field m[2] = {{.name = intern_cstr(c, "P"), .type = sig}, {.name = intern_cstr(c, "V"), .type = sig}};
    Type *iface = types_interface(c, m, 2);
    bool wp, wt;
    cr_expect_str_eq(types_missing_method(c, outer, iface, &wp, &wt), "P");
    cr_expect(wp);
    cr_expect_null(types_missing_method(c, types_pointer(c, outer), iface, &wp, &wt));
    MethodSetEntry *ms;
    cr_expect_eq(types_method_set(c, outer, &ms), 1);           /* V only */
    cr_expect_str_eq(ms[0].name, "V");
    cr_expect_eq(ms[0].path_len, 1);
    cr_expect_eq(types_method_set(c, types_pointer(c, outer), &ms), 2);
    cr_expect_str_eq(ms[0].name, "P");
    free_compiler(c);
}
