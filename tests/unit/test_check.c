/* test_check.c — the type checker on source snippets: first error message
 * as Go 1.19 prints it, and the annotations codegen relies on (final types,
 * N_CONVIFACE wrapping, call/selector classification, closures). */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compiler/check.h"

typedef struct Checked {
    Compiler *c;
    char *first_error;   /* "LINE:COL: msg" or "" */
} Checked;

static Checked run(const char *src) {
    Checked r;
    r.c = xcalloc(1, sizeof(Compiler));
    arena_init(&r.c->arena);
    parse_file(r.c, "x.go", src, strlen(src));
    if (!r.c->nerrors) check_program(r.c);
    r.first_error = "";
    if (r.c->diags.len) {
        Diag *best = &r.c->diags.items[0];
        for (int i = 1; i < r.c->diags.len; i++) {
            Diag *d = &r.c->diags.items[i];
            if (d->pos.line < best->pos.line ||
                (d->pos.line == best->pos.line && d->pos.col < best->pos.col))
                best = d;
        }
        r.first_error = arena_printf(&r.c->arena, "%d:%d: %s", best->pos.line,
                                     best->pos.col, best->msg);
    }
    return r;
}

static void done(Checked *r) {
    check_free(r->c);
    VEC_FREE(r->c->files);
    VEC_FREE(r->c->packages);
    VEC_FREE(r->c->diags);
    VEC_FREE(r->c->globals);
    VEC_FREE(r->c->types);
    arena_free(&r->c->arena);
    free(r->c);
}

static const char *tk(Node *n) { return n->type ? (n->type->str ? n->type->str : "?") : "-"; }
static void td(Buf *b, Node *n);
static void tdl(Buf *b, List *l) { for (int i = 0; i < l->len; i++) { buf_putc(b, ' '); td(b, l->items[i]); } }
static void td(Buf *b, Node *n) {
    if (!n) { buf_puts(b, "_"); return; }
    switch (n->kind) {
    case N_IDENT: buf_printf(b, "%s:%s", n->name, tk(n)); if (n->sym && n->sym->captured) buf_puts(b, "^"); if (n->sym && n->sym->addrtaken) buf_puts(b, "&"); return;
    case N_BASICLIT:
        if (n->cval && const_kind(n->cval) == CV_FLOAT) buf_printf(b, "%s:%s=%g", n->lit, tk(n), const_float64(n->cval));
        else buf_printf(b, "%s:%s", n->lit, tk(n));
        return;
    case N_CONVIFACE: buf_puts(b, "(iface "); td(b, n->x); buf_printf(b, "):%s", tk(n)); return;
    case N_BINARY: buf_printf(b, "(%s ", tok_string(n->op)); td(b, n->x); buf_putc(b, ' '); td(b, n->y); buf_printf(b, "):%s", tk(n)); if (n->cval) buf_puts(b, "#"); return;
    case N_UNARY: buf_printf(b, "(%s", tok_string(n->op)); td(b, n->x); buf_printf(b, "):%s", tk(n)); return;
    case N_PAREN: buf_puts(b, "(paren "); td(b, n->x); buf_printf(b, "):%s", tk(n)); return;
    case N_CALL: {
        static const char *aux[] = {"none","func","method","iface","value","conv","builtin","native"};
        buf_printf(b, "(call.%s ", aux[n->aux < 8 ? n->aux : 0]); td(b, n->x); tdl(b, &n->list); buf_printf(b, "):%s", tk(n)); return;
    }
    case N_SELECTOR: {
        static const char *aux[] = {"","","","","","","","","field","method","imethod","mexpr","qual"};
        buf_printf(b, "(sel.%s ", n->aux < 13 ? aux[n->aux] : "?");
        if (n->aux != AUX_SEL_QUALIFIED) td(b, n->x);
        buf_printf(b, " %s", n->name);
        if (n->path) { buf_puts(b, " ["); for (int i = 0; i < n->path->len; i++) buf_printf(b, "%s%d%s", i ? "," : "", n->path->index[i], n->path->deref[i] ? "*" : ""); buf_puts(b, "]"); if (n->path->addr_recv) buf_puts(b, "&r"); if (n->path->deref_recv) buf_puts(b, "*r"); }
        buf_printf(b, "):%s", tk(n)); return;
    }
    case N_INDEX: buf_puts(b, "(index "); td(b, n->x); buf_putc(b, ' '); td(b, n->y); buf_printf(b, "):%s", tk(n)); if (n->flags & NF_COMMA_OK) buf_puts(b, ",ok"); return;
    case N_COMPOSITE: buf_puts(b, "(lit"); tdl(b, &n->list); buf_printf(b, "):%s", tk(n)); return;
    case N_KEYVALUE: td(b, n->x); buf_putc(b, ':'); td(b, n->y); return;
    case N_FUNCLIT: buf_printf(b, "(funclit %s", n->func ? n->func->qualname : "?");
        if (n->func) for (int i = 0; i < n->func->captures.len; i++) buf_printf(b, " cap:%s", n->func->captures.items[i]->name);
        buf_puts(b, " "); td(b, n->y); buf_printf(b, "):%s", tk(n)); return;
    case N_TYPEASSERT: buf_puts(b, "(assert "); td(b, n->x); buf_printf(b, "):%s", tk(n)); if (n->flags & NF_COMMA_OK) buf_puts(b, ",ok"); return;
    case N_STAR: buf_puts(b, "(* "); td(b, n->x); buf_printf(b, "):%s", tk(n)); return;
    case N_SLICEEXPR: buf_puts(b, "(slice "); td(b, n->x); buf_putc(b, ' '); td(b, n->y); buf_putc(b, ' '); td(b, n->z); buf_printf(b, "):%s", tk(n)); return;
    case N_BLOCK: buf_puts(b, "{"); tdl(b, &n->list); buf_puts(b, " }"); return;
    case N_EXPRSTMT: td(b, n->x); buf_puts(b, ";"); return;
    case N_ASSIGN: buf_printf(b, "(%s", tok_string(n->op)); tdl(b, &n->list); buf_puts(b, " |"); tdl(b, &n->list2); buf_puts(b, ")"); return;
    case N_RETURN: buf_puts(b, "(return"); tdl(b, &n->list); buf_puts(b, ")"); return;
    case N_DECLSTMT: for (int i = 0; i < n->list.len; i++) { Node *s = n->list.items[i]; buf_puts(b, "(var"); tdl(b, &s->list); buf_puts(b, " ="); tdl(b, &s->list2); buf_puts(b, ")"); } return;
    case N_IF: buf_puts(b, "(if "); td(b, n->y); buf_putc(b, ' '); td(b, n->z); if (n->w) { buf_putc(b, ' '); td(b, n->w); } buf_puts(b, ")"); return;
    case N_FOR: buf_puts(b, "(for "); td(b, n->x); buf_putc(b, ' '); td(b, n->y); buf_putc(b, ' '); td(b, n->z); buf_putc(b, ' '); td(b, n->w); buf_puts(b, ")"); return;
    case N_RANGE: buf_puts(b, "(range"); tdl(b, &n->list); buf_putc(b, ' '); td(b, n->x); buf_putc(b, ' '); td(b, n->w); buf_puts(b, ")"); return;
    case N_INCDEC: td(b, n->x); buf_puts(b, n->op == T_INC ? "++" : "--"); return;
    case N_SEND: buf_puts(b, "(send "); td(b, n->x); buf_putc(b, ' '); td(b, n->y); buf_puts(b, ")"); return;
    case N_SWITCH: buf_puts(b, "(switch "); td(b, n->y); for (int i = 0; i < n->list.len; i++) { buf_puts(b, " (case"); tdl(b, &n->list.items[i]->list); buf_puts(b, ":"); tdl(b, &n->list.items[i]->list2); buf_puts(b, ")"); } buf_puts(b, ")"); return;
    case N_TYPESWITCH: buf_puts(b, "(tswitch"); for (int i = 0; i < n->list.len; i++) { Node *cl = n->list.items[i]; buf_printf(b, " (case %s:%s:", cl->sym ? cl->sym->name : "-", cl->sym ? cl->sym->type->str : "-"); tdl(b, &cl->list2); buf_puts(b, ")"); } buf_puts(b, ")"); return;
    case N_GO: case N_DEFER: buf_puts(b, n->kind == N_GO ? "(go " : "(defer "); td(b, n->x); buf_puts(b, ")"); return;
    default: buf_printf(b, "<%d>", n->kind); return;
    }
}

/* typed dump of function `name`'s body */
static const char *body(Checked *r, const char *name) {
    File *f = r->c->files.items[0];
    for (int i = 0; i < f->decls.len; i++) {
        Node *d = f->decls.items[i];
        if (d->kind == N_FUNCDECL && strcmp(d->name, name) == 0) {
            Buf b = {0};
            td(&b, d->y);
            const char *s = arena_strdup(&r->c->arena, b.data);
            buf_free(&b);
            return s;
        }
    }
    return "?";
}

#define EXPECT_ERR(src, want)                                                 \
    do {                                                                      \
        Checked r_ = run("package main\n" src);                               \
        cr_expect_str_eq(r_.first_error, want);                               \
        done(&r_);                                                            \
    } while (0)

#define EXPECT_BODY(src, fn, want)                                            \
    do {                                                                      \
        Checked r_ = run("package main\n" src);                               \
        cr_expect_str_eq(r_.first_error, "");                                 \
        cr_expect_str_eq(body(&r_, fn), want);                                \
        done(&r_);                                                            \
    } while (0)

Test(check, untyped_constants_take_context_type) {
    EXPECT_BODY("func main() { var f float64 = 1 << 3; x := 2.0; _ = f; _ = x }", "main",
                "{ (var f:float64 = (<< 1:float64=1 3:uint):float64#) (:= x:float64 | 2.0:float64=2) (= _:- | f:float64) (= _:- | x:float64) }");
    EXPECT_BODY("func main() { var b byte = 'a' + 1; c := 'x'; println(b, c) }", "main",
                "{ (var b:uint8 = (+ 'a':uint8 1:uint8):uint8#) (:= c:int32 | 'x':int32) (call.builtin println:- b:uint8 c:int32):(); }");
}

/* concrete values are wrapped; interface-to-interface needs no conversion
 * (both are {type, data}) */
Test(check, interface_conversions_are_wrapped) {
    EXPECT_BODY("type I interface{ M() }\ntype T int\nfunc (T) M() {}\n"
                "func f(xs ...interface{}) {}\n"
                "func main() { var t T; var i I = t; f(1, t, i); _ = i == t }", "main",
                "{ (var t:main.T =) (var i:main.I = (iface t:main.T):main.I) "
                "(call.func f:func(...interface {}) (iface 1:int):interface {} (iface t:main.T):interface {} "
                "i:main.I):(); (= _:- | (== i:main.I (iface t:main.T):main.I):bool) }");
}

Test(check, methods_and_promotion) {
    EXPECT_BODY("type S struct{ a int }\nfunc (s *S) Inc() { s.a++ }\nfunc (s S) Get() int { return s.a }\n"
                "type W struct{ *S }\n"
                "func main() { s := S{}; s.Inc(); w := W{&s}; w.Inc(); _ = w.Get(); g := s.Get; _ = g }", "main",
                "{ (:= s:main.S& | (lit):main.S) (call.method (sel.method s:main.S& Inc []&r):func()):(); "
                "(:= w:main.W | (lit (&s:main.S&):*main.S):main.W) (call.method (sel.method w:main.W Inc [0]):func()):(); "
                "(= _:- | (call.method (sel.method w:main.W Get [0]*r):func() int):int) "
                "(:= g:func() int | (sel.method s:main.S& Get []):func() int) (= _:- | g:func() int) }");
}

Test(check, closures) {
    Checked r = run("package main\nfunc main() {\n x := 1\n f := func() int { g := func() int { return x }; return g() }\n _ = f\n func() {}()\n}\n");
    cr_expect_str_eq(r.first_error, "");
    int n = 0;
    for (int i = 0; i < r.c->funcs.len; i++) {
        FuncInfo *fi = r.c->funcs.items[i];
        if (strcmp(fi->qualname, "main.main.func1") == 0) {
            n++;
            cr_expect_eq(fi->captures.len, 1);
        }
        if (strcmp(fi->qualname, "main.main.func1.1") == 0) {
            n++;
            cr_expect_eq(fi->captures.len, 1);
            cr_expect_str_eq(fi->captures.items[0]->name, "x");
            cr_expect(fi->captures.items[0]->captured);
        }
        if (strcmp(fi->qualname, "main.main.func2") == 0) n++;
    }
    cr_expect_eq(n, 3);
    done(&r);
}

Test(check, init_order) {
    Checked r = run("package main\nvar a = b + c\nvar b = f()\nvar c = 1\nvar d = 2\nfunc f() int { return d }\nfunc main() {}\n");
    cr_expect_str_eq(r.first_error, "");
    const char *want[] = {"c", "d", "b", "a"};
    cr_assert_eq(r.c->globals.len, 4);
    for (int i = 0; i < 4; i++) cr_expect_str_eq(r.c->globals.items[i]->name, want[i]);
    done(&r);
}

Test(check, comma_ok_and_typeswitch) {
    EXPECT_BODY("func main() { m := map[string]int{}; v, ok := m[\"a\"]; var e interface{} = v\n"
                "switch t := e.(type) { case int: _ = t + 1; case string, bool: _ = t }; _ = ok }", "main",
                "{ (:= m:map[string]int | (lit):map[string]int) (:= v:int ok:bool | (index m:map[string]int \"a\":string):int,ok) "
                "(var e:interface {} = (iface v:int):interface {}) (tswitch (case t:int: (= _:- | (+ t:int 1:int):int)) "
                "(case t:interface {}: (= _:- | t:interface {}))) (= _:- | ok:bool) }");
}

Test(check, errors) {
    EXPECT_ERR("func main() { x := 1 }", "2:15: x declared but not used");
    EXPECT_ERR("import \"os\"\nfunc main() {}", "2:8: imported and not used: \"os\"");
    EXPECT_ERR("func main() { x := 1; x := 2; _ = x }", "2:25: no new variables on left side of :=");
    EXPECT_ERR("func f() int { for { break } }\nfunc main() {}", "2:30: missing return");
    EXPECT_ERR("func main() { var a int8 = 300; _ = a }",
               "2:28: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)");
    EXPECT_ERR("func main() { var b int = 1.5; _ = b }",
               "2:27: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)");
    EXPECT_ERR("func main() { x := 1; var s string = x; _ = s }",
               "2:38: cannot use x (variable of type int) as type string in variable declaration");
    EXPECT_ERR("func main() { _ = \"a\" + 1 }",
               "2:19: invalid operation: \"a\" + 1 (mismatched types untyped string and untyped int)");
    EXPECT_ERR("func main() { _ = 1 / 0 }", "2:23: invalid operation: division by zero");
    EXPECT_ERR("func main() { _ = int8(300) }", "2:24: cannot convert 300 (untyped int constant) to type int8");
    EXPECT_ERR("func main() { _ = 1 << 70 }",
               "2:19: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment to _ identifier (overflows)");
    EXPECT_ERR("func f() (int, string) { return 1 }\nfunc main() {}",
               "2:33: not enough return values\n\thave (number)\n\twant (int, string)");
    EXPECT_ERR("func main() { go 1 }", "2:18: expression in go must be function call");
    EXPECT_ERR("type T struct{ a T }\nfunc main() {}",
               "2:6: invalid recursive type T\n\tx.go:2:6: T refers to\n\tx.go:2:6: T");
    EXPECT_ERR("var x = y\nvar y = x\nfunc main() {}", "2:5: initialization loop for x");
    EXPECT_ERR("func main() { undefinedThing() }", "2:15: undefined: undefinedThing");
    EXPECT_ERR("type T struct{}\nfunc (t *T) M() {}\ntype I interface{ M() }\nfunc main() { var i I = T{}; _ = i }",
               "5:25: cannot use T{} (value of type T) as type I in variable declaration:\n\tT does not implement I (M method has pointer receiver)");
    EXPECT_ERR("func main() { for { break M } }", "2:27: break label not defined: M");
}

/* byte and rune print as written (check_spell.c) but stay the very Type* of
 * uint8 and int32 everywhere else. */
Test(check, byte_and_rune_spelling) {
    EXPECT_ERR("func main() { s := \"a\"; r := 'b'; _ = s + r }",
               "2:39: invalid operation: s + r (mismatched types string and rune)");
    EXPECT_ERR("func main() { s := \"a\"; s[0] = 'x' }",
               "2:25: cannot assign to s[0] (value of type byte)");
    EXPECT_ERR("func f(b []byte) rune { return 0 }\nfunc main() { var s string = f(nil); _ = s }",
               "3:30: cannot use f(nil) (value of type rune) as type string in variable declaration");
    EXPECT_ERR("func g(b byte) {}\nfunc main() { g(\"x\") }",
               "3:17: cannot use \"x\" (untyped string constant) as byte value in argument to g");
    EXPECT_ERR("func main() { var m map[string][]byte; var s string = m[\"k\"]; _ = s }",
               "2:55: cannot use m[\"k\"] (map index expression of type []byte) as type string in variable declaration");
    /* a conversion drops the spelling: the canonical name prints */
    EXPECT_ERR("func main() { var b byte = 1; var s string = uint8(b); _ = s }",
               "2:46: cannot use uint8(b) (value of type uint8) as type string in variable declaration");
    Checked r = run("package main\nvar a []byte\nvar b []uint8\nvar c byte\nfunc main() { a = b; c = b[0] }");
    cr_expect_str_eq(r.first_error, "");
    Scope *ps = r.c->main->scope;
    Symbol *sa = scope_lookup_local(ps, intern_cstr(r.c, "a"));
    Symbol *sb = scope_lookup_local(ps, intern_cstr(r.c, "b"));
    Symbol *sc = scope_lookup_local(ps, intern_cstr(r.c, "c"));
    cr_expect(sa->type == sb->type, "[]byte and []uint8 are one Type*");
    cr_expect(sc->type == types_basic(r.c, TY_UINT8), "byte is uint8's Type*");
    cr_expect_str_eq(sa->type->str, "[]uint8");
    done(&r);
}

Test(check, goto_into_block) {
    EXPECT_ERR("func main() {\n\tgoto L\n\t{\n\tL:\n\t\tprintln()\n\t}\n}",
               "3:7: goto L jumps into block starting at x.go:4:2");
    EXPECT_ERR("func main() {\n\tswitch {\n\tcase true:\n\t\tgoto L\n\t}\n\tswitch {\n\tcase true:\n\tL:\n\t}\n}",
               "5:8: goto L jumps into block starting at x.go:8:2");
    /* backward and outward jumps are fine */
    EXPECT_ERR("func main() {\nL:\n\t{\n\t\tgoto L\n\t}\n}", "");
}

Test(check, extern_functions) {
    Checked r = run("package main\n//extern abs\nfunc cabs(x int32) int32\nfunc main() { println(cabs(-3)) }");
    cr_expect_str_eq(r.first_error, "");
    Symbol *s = scope_lookup_local(r.c->main->scope, intern_cstr(r.c, "cabs"));
    cr_assert(s && s->func);
    cr_expect_str_eq(s->func->extern_name, "abs");
    done(&r);
    EXPECT_ERR("//extern strlen\nfunc strlen(s string) int\nfunc main() {}",
               "3:13: cannot use string in //extern function: pass &b[0] of a NUL-terminated []byte as *byte");
    EXPECT_ERR("func nobody()\nfunc main() {}", "2:6: missing function body");
}

Test(check, package_not_main) {
    /* a file of another package type-checks: no missing main, and a func
     * main there is an ordinary function */
    Checked r = run("package lib\nfunc main(x int) int { return x }\nfunc F() int { return 1 }");
    cr_expect_str_eq(r.first_error, "");
    done(&r);
    r = run("package main\nfunc f() {}");
    cr_expect_str_eq(r.first_error, "");   /* missing main: `run` reports it */
    done(&r);
}
