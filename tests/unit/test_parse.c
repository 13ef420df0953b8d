/* test_parse.c — the parser: constructs checked through ast_dump, and
 * syntax errors compared with the first line Go 1.19's `go build` prints
 * (the table below was produced by running go build on each program). */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compiler/internal.h"

static Compiler *new_compiler(void) {
    Compiler *c = xcalloc(1, sizeof *c);
    arena_init(&c->arena);
    return c;
}

static void free_compiler(Compiler *c) {
    arena_free(&c->arena);
    VEC_FREE(c->diags);
    VEC_FREE(c->files);
    free(c);
}

/* "line:col: msg" of the first error (sorted as diag_print sorts), or "" */
static char *first_error_of(Compiler *c) {
    if (!c->nerrors) return xstrdup("");
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    diag_print(c, m);
    fclose(m);
    char *nl = strchr(buf, '\n');
    if (nl) *nl = 0;
    char *s = xstrdup(strncmp(buf, "x.go:", 5) == 0 ? buf + 5 : buf);
    free(buf);
    return s;
}

static char *parse_error(const char *src) {
    Compiler *c = new_compiler();
    parse_file(c, "x.go", src, strlen(src));
    char *s = first_error_of(c);
    free_compiler(c);
    return s;
}

/* Dump of top-level declaration i of a file (imports first). */
static char *dump_decl(const char *src, int i) {
    Compiler *c = new_compiler();
    File *f = parse_file(c, "x.go", src, strlen(src));
    Buf b = {0};
    if (c->nerrors) {
        char *e = first_error_of(c);
        buf_printf(&b, "ERROR %s", e);
        free(e);
    } else if (i < f->imports.len) {
        ast_dump(c, f->imports.items[i], &b);
    } else if (i - f->imports.len < f->decls.len) {
        ast_dump(c, f->decls.items[i - f->imports.len], &b);
    }
    char *s = xstrdup(b.data ? b.data : "");
    buf_free(&b);
    free_compiler(c);
    return s;
}

/* Dump of statement i of `func main() { body }` (body on line 2). */
static char *dump_stmt(const char *body, int i) {
    Buf src = {0};
    buf_printf(&src, "package main\nfunc main() {\n%s\n}\n", body);
    Compiler *c = new_compiler();
    File *f = parse_file(c, "x.go", src.data, src.len);
    Buf b = {0};
    if (c->nerrors) {
        char *e = first_error_of(c);
        buf_printf(&b, "ERROR %s", e);
        free(e);
    } else {
        Node *fn = f->decls.items[0];
        if (i < fn->y->list.len) ast_dump(c, fn->y->list.items[i], &b);
    }
    char *s = xstrdup(b.data ? b.data : "");
    buf_free(&b);
    buf_free(&src);
    free_compiler(c);
    return s;
}

#define EQ(got_expr, want)                                                    \
    do {                                                                      \
        char *got_ = (got_expr);                                              \
        cr_assert_str_eq(got_, want, "\n got: %s\nwant: %s", got_, want);     \
        free(got_);                                                           \
    } while (0)

/* ---------------------------------------------------------------- decls */

Test(parse, package_and_imports) {
    const char *src = "package main\n\nimport \"fmt\"\nimport (\n\tf \"fmt\"\n"
                      "\t_ \"os\"\n\t. \"strings\"\n\t\"unicode/utf8\"\n)\n";
    EQ(dump_decl(src, 0), "(import@3:8 fmt)");
    EQ(dump_decl(src, 1), "(import@5:2 f fmt)");
    EQ(dump_decl(src, 2), "(import@6:2 _ os)");
    EQ(dump_decl(src, 3), "(import@7:2 . strings)");
    EQ(dump_decl(src, 4), "(import@8:2 unicode/utf8)");
}

Test(parse, const_iota_and_repetition) {
    const char *src = "package main\nconst (\n\tA = iota\n\tB\n\tC, D int = 5, 6\n"
                      "\tE, F\n)\nconst G = 1\n";
    EQ(dump_decl(src, 0), "(const@3:2 iota=0 [(ident A)] [(ident iota)])");
    EQ(dump_decl(src, 1),
       "(const@4:2 implicit iota=1 [(ident B)] [(ident iota)])");
    EQ(dump_decl(src, 2),
       "(const@5:2 iota=2 (ident int) [(ident C) (ident D)] [(lit 5) (lit 6)])");
    EQ(dump_decl(src, 3), "(const@6:2 implicit iota=3 (ident int) "
                          "[(ident E) (ident F)] [(lit 5) (lit 6)])");
    EQ(dump_decl(src, 4), "(const@8:7 iota=0 [(ident G)] [(lit 1)])");
}

Test(parse, var_and_type_decls) {
    const char *src =
        "package main\nvar x, y int\nvar z = 1\nvar (\n\ta []string\n\tb = "
        "map[string]int{}\n)\ntype T struct {\n\tA, B int\n\tc string "
        "`json:\"c\"`\n\t*Embedded\n\tfmt.Stringer\n}\ntype A = B\ntype L "
        "[4]int\ntype S []T\n";
    EQ(dump_decl(src, 0), "(var@2:5 (ident int) [(ident x) (ident y)] [])");
    EQ(dump_decl(src, 1), "(var@3:5 [(ident z)] [(lit 1)])");
    EQ(dump_decl(src, 2),
       "(var@5:2 (array@5:4 _ (ident string)) [(ident a)] [])");
    EQ(dump_decl(src, 3),
       "(var@6:2 [(ident b)] [(composite@6:20 (map@6:6 (ident string) "
       "(ident int)) [])])");
    EQ(dump_decl(src, 4),
       "(type@8:6 T (struct@8:8 [(field@9:2 (ident int) [(ident A) (ident "
       "B)]) (field@10:2 `json:\"c\"` (ident string) [(ident c)]) "
       "(field@11:2 embedded (star@11:2 (ident Embedded)) []) (field@12:2 "
       "embedded (sel@12:5 (ident fmt) Stringer) [])]))");
    EQ(dump_decl(src, 5), "(type@14:6 alias A (ident B))");
    EQ(dump_decl(src, 6), "(type@15:6 L (array@15:8 (lit 4) (ident int)))");
    EQ(dump_decl(src, 7), "(type@16:6 S (array@16:8 _ (ident T)))");
}

Test(parse, types) {
    const char *src =
        "package main\nvar a [...]int\nvar b chan<- int\nvar c <-chan int\n"
        "var d chan (<-chan int)\nvar e func(int, string) (bool, error)\n"
        "var f interface {\n\tM(x int) int\n\tfmt.Stringer\n}\nvar g "
        "*map[K]V\nvar h struct{}\nvar i func(a, b int, c ...string)\n";
    EQ(dump_decl(src, 0),
       "(var@2:5 (array@2:7 (dots@2:8) (ident int)) [(ident a)] [])");
    EQ(dump_decl(src, 1), "(var@3:5 (chan@3:7 send (ident int)) [(ident b)] [])");
    EQ(dump_decl(src, 2), "(var@4:5 (chan@4:7 recv (ident int)) [(ident c)] [])");
    EQ(dump_decl(src, 3), "(var@5:5 (chan@5:7 (paren@5:12 (chan@5:13 recv "
                          "(ident int)))) [(ident d)] [])");
    EQ(dump_decl(src, 4),
       "(var@6:5 (functype@6:11 [(field@6:12 (ident int) []) (field@6:17 "
       "(ident string) [])] [(field@6:26 (ident bool) []) (field@6:32 "
       "(ident error) [])]) [(ident e)] [])");
    EQ(dump_decl(src, 5),
       "(var@7:5 (interface@7:7 [(field@8:2 (functype@8:3 [(field@8:4 "
       "(ident int) [(ident x)])] [(field@8:11 (ident int) [])]) [(ident "
       "M)]) (field@9:2 embedded (sel@9:5 (ident fmt) Stringer) [])]) "
       "[(ident f)] [])");
    EQ(dump_decl(src, 6), "(var@11:5 (star@11:7 (map@11:8 (ident K) (ident "
                          "V))) [(ident g)] [])");
    EQ(dump_decl(src, 7), "(var@12:5 (struct@12:7 []) [(ident h)] [])");
    EQ(dump_decl(src, 8),
       "(var@13:5 (functype@13:11 [(field@13:12 (ident int) [(ident a) "
       "(ident b)]) (field@13:22 (dots@13:24 (ident string)) [(ident c)])] "
       "[]) [(ident i)] [])");
}

Test(parse, funcs_and_methods) {
    const char *src =
        "package main\nfunc f() {}\nfunc (p *T) M(x int) (r int, err "
        "error) { return }\nfunc (T) N() int\n//go:noinline\nfunc g() {}\n"
        "//extern puts\nfunc puts(s *byte) int32\n";
    EQ(dump_decl(src, 0),
       "(func@2:6 f (functype@2:7 [] []) (block@2:10 []))");
    EQ(dump_decl(src, 1),
       "(func@3:13 M (functype@3:14 [(field@3:15 (ident int) [(ident x)])] "
       "[(field@3:23 (ident int) [(ident r)]) (field@3:30 (ident error) "
       "[(ident err)])]) (block@3:41 [(return@3:43 [])]) (field@3:7 "
       "(star@3:9 (ident T)) [(ident p)]))");
    EQ(dump_decl(src, 2), "(func@4:10 N (functype@4:11 [] [(field@4:14 "
                          "(ident int) [])]) _ (field@4:7 (ident T) []))");
    EQ(dump_decl(src, 3),
       "(func@6:6 g pragmas=2 (functype@6:7 [] []) (block@6:10 []))");
    EQ(dump_decl(src, 4),
       "(func@8:6 puts extern=puts (functype@8:10 [(field@8:11 (star@8:13 "
       "(ident byte)) [(ident s)])] [(field@8:20 (ident int32) [])]))");
}

/* ---------------------------------------------------------------- statements */

Test(parse, simple_statements) {
    EQ(dump_stmt("x := 1", 0), "(assign@3:3 := [(ident x)] [(lit 1)])");
    EQ(dump_stmt("a, b = b, a", 0),
       "(assign@3:6 = [(ident a) (ident b)] [(ident b) (ident a)])");
    EQ(dump_stmt("x += 2", 0), "(assign@3:3 += [(ident x)] [(lit 2)])");
    EQ(dump_stmt("x <<= 2", 0), "(assign@3:3 <<= [(ident x)] [(lit 2)])");
    EQ(dump_stmt("x++", 0), "(incdec@3:2 ++ (ident x))");
    EQ(dump_stmt("ch <- v", 0), "(send@3:4 (ident ch) (ident v))");
    EQ(dump_stmt("<-ch", 0), "(expr@3:1 (unary@3:1 <- (ident ch)))");
    EQ(dump_stmt("fmt.Println(\"hi\")", 0),
       "(expr@3:12 (call@3:12 (sel@3:4 (ident fmt) Println) [(lit \"hi\")]))");
    EQ(dump_stmt("f(xs...)", 0), "(expr@3:2 (call@3:2 ... (ident f) [(ident xs)]))");
    EQ(dump_stmt("go f(1)", 0), "(go@3:1 (call@3:5 (ident f) [(lit 1)]))");
    EQ(dump_stmt("defer func() {}()", 0),
       "(defer@3:1 (call@3:16 (funclit@3:7 (functype@3:11 [] []) (block@3:14 "
       "[])) []))");
    EQ(dump_stmt("var x, y = 1, 2", 0),
       "(decl@3:1 [(var@3:5 [(ident x) (ident y)] [(lit 1) (lit 2)])])");
    EQ(dump_stmt(";", 0), "(empty@3:1)");
}

Test(parse, branches_and_labels) {
    EQ(dump_stmt("L:\n\tfor {\n\t\tbreak L\n\t}", 0),
       "(labeled@3:1 L (for@4:2 _ _ _ (block@4:6 [(branch@5:3 break L)])))");
    EQ(dump_stmt("goto L", 0), "(branch@3:1 goto L)");
    EQ(dump_stmt("for { continue }", 0),
       "(for@3:1 _ _ _ (block@3:5 [(branch@3:7 continue)]))");
    EQ(dump_stmt("switch { case true: fallthrough; default: }", 0),
       "(switch@3:1 [(case@3:10 [(ident true)] [(branch@3:21 fallthrough)]) "
       "(case@3:34 [] [])])");
    EQ(dump_stmt("L:\n}\nfunc f() {", 0), "(labeled@3:1 L (empty@4:1))");
}

Test(parse, if_for_switch) {
    EQ(dump_stmt("if x := f(); x > 0 {\n} else if y {\n} else {\n}", 0),
       "(if@3:1 (assign@3:6 := [(ident x)] [(call@3:10 (ident f) [])]) "
       "(binary@3:16 > (ident x) (lit 0)) (block@3:20 []) (if@4:8 _ (ident "
       "y) (block@4:13 []) (block@5:8 [])))");
    EQ(dump_stmt("for i := 0; i < n; i++ {}", 0),
       "(for@3:1 (assign@3:7 := [(ident i)] [(lit 0)]) (binary@3:15 < "
       "(ident i) (ident n)) (incdec@3:21 ++ (ident i)) (block@3:24 []))");
    EQ(dump_stmt("for x < 3 {}", 0),
       "(for@3:1 _ (binary@3:7 < (ident x) (lit 3)) _ (block@3:11 []))");
    EQ(dump_stmt("for k, v := range m {}", 0),
       "(range@3:1 := (ident m) _ _ (block@3:21 []) [(ident k) (ident v)])");
    EQ(dump_stmt("for range ch {}", 0),
       "(range@3:1 (ident ch) _ _ (block@3:14 []) [])");
    EQ(dump_stmt("for i = range s {}", 0),
       "(range@3:1 = (ident s) _ _ (block@3:17 []) [(ident i)])");
    EQ(dump_stmt("switch x := f(); x {\ncase 1, 2:\n\tg()\n}", 0),
       "(switch@3:1 (assign@3:10 := [(ident x)] [(call@3:14 (ident f) [])]) "
       "(ident x) [(case@4:1 [(lit 1) (lit 2)] [(expr@5:3 (call@5:3 (ident "
       "g) []))])])");
    EQ(dump_stmt("switch v := x.(type) {\ncase int, nil:\ndefault:\n}", 0),
       "(typeswitch@3:1 _ (assign@3:10 := [(ident v)] [(assert@3:14 (ident "
       "x))]) [(case@4:1 [(ident int) (ident nil)] []) (case@5:1 [] [])])");
    EQ(dump_stmt("switch x.(type) {}", 0),
       "(typeswitch@3:1 _ (expr@3:9 (assert@3:9 (ident x))) [])");
    EQ(dump_stmt("select {\ncase v, ok := <-c:\ncase c <- 1:\ncase <-d:\n"
                 "default:\n}", 0),
       "(select@3:1 [(comm@4:1 (assign@4:12 := [(ident v) (ident ok)] "
       "[(unary@4:15 <- (ident c))]) []) (comm@5:1 (send@5:8 (ident c) (lit "
       "1)) []) (comm@6:1 (expr@6:6 (unary@6:6 <- (ident d))) []) (comm@7:1 "
       "[])])");
}

/* ---------------------------------------------------------------- expressions */

Test(parse, precedence) {
    EQ(dump_stmt("_ = a + b*c - d", 0),
       "(assign@3:3 = [(ident _)] [(binary@3:13 - (binary@3:7 + (ident a) "
       "(binary@3:10 * (ident b) (ident c))) (ident d))])");
    EQ(dump_stmt("_ = a || b && c == d", 0),
       "(assign@3:3 = [(ident _)] [(binary@3:7 || (ident a) (binary@3:12 && "
       "(ident b) (binary@3:17 == (ident c) (ident d))))])");
    EQ(dump_stmt("_ = -x.y[1] &^ 3 << 2", 0),
       "(assign@3:3 = [(ident _)] [(binary@3:18 << (binary@3:13 &^ "
       "(unary@3:5 - (index@3:9 (sel@3:7 (ident x) y) (lit 1))) (lit 3)) "
       "(lit 2))])");
    EQ(dump_stmt("_ = *p + &x + ^y + !z", 0),
       "(assign@3:3 = [(ident _)] [(binary@3:18 + (binary@3:13 + "
       "(binary@3:8 + (star@3:5 (ident p)) (unary@3:10 & (ident x))) "
       "(unary@3:15 ^ (ident y))) (unary@3:20 ! (ident z)))])");
    EQ(dump_stmt("_ = (a + b) * c", 0),
       "(assign@3:3 = [(ident _)] [(binary@3:13 * (paren@3:5 (binary@3:8 + "
       "(ident a) (ident b))) (ident c))])");
}

Test(parse, primary_expressions) {
    EQ(dump_stmt("_ = s[1:2]", 0),
       "(assign@3:3 = [(ident _)] [(slice@3:6 (ident s) (lit 1) (lit 2))])");
    EQ(dump_stmt("_ = s[:]", 0),
       "(assign@3:3 = [(ident _)] [(slice@3:6 (ident s))])");
    EQ(dump_stmt("_ = s[1:2:3]", 0),
       "(assign@3:3 = [(ident _)] [(slice@3:6 (ident s) (lit 1) (lit 2) (lit "
       "3))])");
    EQ(dump_stmt("_ = x.(T)", 0),
       "(assign@3:3 = [(ident _)] [(assert@3:6 (ident x) (ident T))])");
    EQ(dump_stmt("_ = []byte(s)", 0),
       "(assign@3:3 = [(ident _)] [(call@3:11 (array@3:5 _ (ident byte)) "
       "[(ident s)])])");
    EQ(dump_stmt("_ = (*T)(p)", 0),
       "(assign@3:3 = [(ident _)] [(call@3:9 (paren@3:5 (star@3:6 (ident "
       "T))) [(ident p)])])");
    EQ(dump_stmt("_ = func()(x)", 0), /* a func type with result x */
       "(assign@3:3 = [(ident _)] [(functype@3:9 [] [(field@3:12 (ident x) "
       "[])])])");
    EQ(dump_stmt("_ = (func())(x)", 0),
       "(assign@3:3 = [(ident _)] [(call@3:13 (paren@3:5 (functype@3:10 [] "
       "[])) [(ident x)])])");
    EQ(dump_stmt("_ = (*T).M", 0),
       "(assign@3:3 = [(ident _)] [(sel@3:9 (paren@3:5 (star@3:6 (ident T))) "
       "M)])");
    EQ(dump_stmt("_ = <-chan int(nil)", 0), /* a receive, as in Go */
       "(assign@3:3 = [(ident _)] [(unary@3:5 <- (call@3:15 (chan@3:7 "
       "(ident int)) [(ident nil)]))])");
    EQ(dump_stmt("_ = (<-chan int)(nil)", 0),
       "(assign@3:3 = [(ident _)] [(call@3:17 (paren@3:5 (chan@3:8 recv "
       "(ident int))) [(ident nil)])])");
    EQ(dump_stmt("var c <-chan <-chan int", 0),
       "(decl@3:1 [(var@3:5 (chan@3:7 recv (chan@3:14 recv (ident int))) "
       "[(ident c)] [])])");
    EQ(dump_stmt("_ = - - 1", 0),
       "(assign@3:3 = [(ident _)] [(unary@3:5 - (unary@3:7 - (lit 1)))])");
}

Test(parse, composite_literals) {
    EQ(dump_stmt("_ = []Point{{1, 2}, {X: 3}}", 0),
       "(assign@3:3 = [(ident _)] [(composite@3:12 (array@3:5 _ (ident "
       "Point)) [(composite@3:13 [(lit 1) (lit 2)]) (composite@3:21 "
       "[(kv@3:23 (ident X) (lit 3))])])])");
    EQ(dump_stmt("_ = &T{}", 0),
       "(assign@3:3 = [(ident _)] [(unary@3:5 & (composite@3:7 (ident T) "
       "[]))])");
    EQ(dump_stmt("_ = map[string][]int{\"a\": {1}}", 0),
       "(assign@3:3 = [(ident _)] [(composite@3:21 (map@3:5 (ident string) "
       "(array@3:16 _ (ident int))) [(kv@3:25 (lit \"a\") (composite@3:27 "
       "[(lit 1)]))])])");
    EQ(dump_stmt("_ = [...]int{5: 1}", 0),
       "(assign@3:3 = [(ident _)] [(composite@3:13 (array@3:5 (dots@3:6) "
       "(ident int)) [(kv@3:15 (lit 5) (lit 1))])])");
    EQ(dump_stmt("_ = pkg.T{A: 1,\n}", 0),
       "(assign@3:3 = [(ident _)] [(composite@3:10 (sel@3:8 (ident pkg) T) "
       "[(kv@3:12 (ident A) (lit 1))])])");
    EQ(dump_stmt("_ = struct{ x int }{1}", 0),
       "(assign@3:3 = [(ident _)] [(composite@3:20 (struct@3:5 [(field@3:13 "
       "(ident int) [(ident x)])]) [(lit 1)])])");
}

Test(parse, composite_literal_vs_block) {
    /* in a header, T{ is a block: the literal needs parentheses */
    EQ(dump_stmt("if x == (T{}) {}", 0),
       "(if@3:1 _ (binary@3:6 == (ident x) (paren@3:9 (composite@3:11 (ident "
       "T) []))) (block@3:15 []))");
    EQ(dump_stmt("for _, v := range []int{1} {}", 0),
       "(range@3:1 := (composite@3:24 (array@3:19 _ (ident int)) [(lit 1)]) "
       "_ _ (block@3:28 []) [(ident _) (ident v)])");
    EQ(dump_stmt("if f(T{}) {}", 0),
       "(if@3:1 _ (call@3:5 (ident f) [(composite@3:7 (ident T) [])]) "
       "(block@3:11 []))");
    EQ(dump_stmt("switch x {}", 0), "(switch@3:1 _ (ident x) [])");
}

Test(parse, func_literals) {
    EQ(dump_stmt("f := func(a int) (int, error) { return a, nil }", 0),
       "(assign@3:3 := [(ident f)] [(funclit@3:6 (functype@3:10 [(field@3:11 "
       "(ident int) [(ident a)])] [(field@3:19 (ident int) []) (field@3:24 "
       "(ident error) [])]) (block@3:31 [(return@3:33 [(ident a) (ident "
       "nil)])]))])");
}

/* ---------------------------------------------------------------- errors */

static const struct {
    const char *src, *want;
} error_cases[] = {
    {"package main\n\nfunc main() {\n\tx := 1 +\n}\n",
     "5:1: syntax error: unexpected }, expecting expression"},
    {"package main\n\nfunc main() {\n\tif x = 5 {}\n}\n",
     "4:7: syntax error: cannot use assignment (x) = (5) as value"},
    {"package main\n\nfunc main() {\n\tif x := 5 {}\n}\n",
     "4:7: syntax error: cannot use x := 5 as value"},
    {"package main\n\nfunc main() {\n\tfor i := 0; i < 3; j := 1 {}\n}\n",
     "4:23: syntax error: cannot declare in post statement of for loop"},
    {"package main\n\nfunc main() {\n\tif x++ {}\n}\n",
     "4:6: syntax error: cannot use x++ as value"},
    {"package main\n\nfunc main() {\n\tif a, b = 1, 2 {}\n}\n",
     "4:10: syntax error: cannot use assignment (a, b) = (1, 2) as value"},
    {"package main\n\nfunc main() {\n\tswitch x = f() {}\n}\n",
     "4:11: syntax error: cannot use assignment (x) = (f()) as value"},
    {"package main\n\nfunc main() {\n\tif x := 1; {}\n}\n",
     "4:11: syntax error: missing condition in if statement"},
    {"package main\n\nfunc main() {\n\tif true {} else for {}\n}\n",
     "4:18: syntax error: else must be followed by if or statement block"},
    {"package main\n\nfunc main() {\n\tf(a b)\n}\n",
     "4:6: syntax error: unexpected b in argument list; possibly missing comma or )"},
    {"package main\n\nfunc main() {\n\tvar x = []int{1 2}\n}\n",
     "4:18: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"},
    {"package main\n\nfunc main() {\n\tx := T{a: 1\n}\n}\n",
     "4:13: syntax error: unexpected newline in composite literal; possibly missing comma or }"},
    {"package main\n\nfunc main() {\n\tx := 1 2\n}\n",
     "4:9: syntax error: unexpected literal 2 at end of statement"},
    {"package main\n\nfunc main() {\n\tif {}\n}\n",
     "4:5: syntax error: missing condition in if statement"},
    {"package main\n\nfunc main() {\n\tfor var i = 0; i < 3; i++ {}\n}\n",
     "4:10: syntax error: var declaration not allowed in for initializer"},
    {"package main\n\nfunc main() {\n\tgo (f())\n}\n",
     "4:5: expression in go must not be parenthesized"},
    {"package main\n\nfunc main() {\n\tdefer f\n}\n",
     "4:8: expression in defer must be function call"},
    {"package main\n\nfunc main() {\n\tx := a[]\n}\n",
     "4:9: syntax error: unexpected ], expecting operand"},
    {"package main\n\nfunc main() {\n\tswitch { case 1: default: }; switch x { foo }\n}\n",
     "4:42: syntax error: unexpected foo, expecting case or default or }"},
    {"package main\n\nfunc main() {\n\tselect { x }\n}\n",
     "4:11: syntax error: unexpected x, expecting case or default or }"},
    {"package main\n\nfunc main() {\n\ta, b += 1, 2\n}\n",
     "4:7: syntax error: unexpected +=, expecting := or = or comma"},
    {"package main\n\nfunc main() {\n\tx := func() { return\n}\n",
     "6:1: syntax error: unexpected EOF, expecting }"},
    {"package main\n\nfunc main() {\n\tvar x int = 1, 2 3\n}\n",
     "4:19: syntax error: unexpected literal 3 at end of statement"},
    {"package main\n\nfunc main() {\n\ttype T [3]int; var x T = T{1, 2, 3; }\n}\n",
     "4:36: syntax error: unexpected semicolon in composite literal; possibly missing comma or }"},
    {"package main\n\nfunc main() {\n\tif x == T{} {}\n}\n",
     "4:14: syntax error: unexpected { at end of statement"},
    {"package main\n\nfunc main() {\n\t_ = x.(type\n}\n",
     "5:1: syntax error: unexpected }, expecting )"},
    {"package main\n\nfunc main() {\n\t_ = x.\n}\n",
     "5:1: syntax error: unexpected }, expecting name or ("},
    {"package main\n\nfunc main() {\n\treturn 1 2\n}\n",
     "4:11: syntax error: unexpected literal 2 at end of statement"},
    {"package main\n\nfunc main() {\n\tgoto\n}\n",
     "5:1: syntax error: unexpected }, expecting name"},
    {"package main\n\nfunc main() {\n\tx := map[string]int{\"a\": 1, \"b\" 2}\n}\n",
     "4:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"},
    {"package main\n\nfunc main() {\n\tf(1,\n}\n",
     "5:1: syntax error: unexpected }, expecting expression"},
    {"package main\n\nfunc main() {\n\tfor range x y {}\n}\n",
     "4:14: syntax error: unexpected y, expecting { after for clause"},
    {"package main\n\nfunc main() {\n\tfor i := range 10; i < 3 {}\n}\n",
     "4:19: syntax error: unexpected semicolon, expecting { after for clause"},
    {"package main\n\nfunc main() {\n\telse {}\n}\n",
     "4:2: syntax error: unexpected else, expecting }"},
    {"package main\n\nfunc main() {\n\tcase 1:\n}\n",
     "4:2: syntax error: unexpected case, expecting }"},
    {"package main\n\nfunc main() {\n\t_ = struct{ a int b int }{}\n}\n",
     "4:20: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }"},
    {"package main\n\nfunc main() {\n\tvar f func(a int, string)\n}\n",
     "4:20: syntax error: mixed named and unnamed parameters"},
    {"package main\n\nfunc main() {\n\tif x { } else { } else { }\n}\n",
     "4:20: syntax error: unexpected else at end of statement"},
    {"package main\n\nfunc main() {\n\t{ { }\n}\n",
     "6:1: syntax error: unexpected EOF, expecting }"},
    {"package main\nfunc main() {}\nx := 1\n",
     "3:1: syntax error: non-declaration statement outside function body"},
    {"package main\nimport \"fmt\"\nfunc main() {}\nimport \"os\"\n",
     "4:1: syntax error: non-declaration statement outside function body"},
    {"package main\nfunc main()\n{\n}\n",
     "3:1: syntax error: unexpected semicolon or newline before {"},
    {"func main() {}\n",
     "1:1: expected 'package', found 'func'"},
    {"package main\nimport fmt\n",
     "2:11: expected 'STRING', found newline"},
    {"package main\nimport 42\n",
     "2:8: expected 'STRING', found 42"},
    {"package main\nvar x int = 1 +\n\n",
     "4:1: syntax error: unexpected EOF, expecting expression"},
    {"package main\ntype T struct { a, b int; c }\n func (T) m(), n() {}\n",
     "3:14: syntax error: unexpected comma after top level declaration"},
    {"package main\nfunc () m() {}\n",
     "2:9: method has no receiver"},
    {"package main\nfunc f() (a int, string) {}\n",
     "2:18: syntax error: mixed named and unnamed parameters"},
    {"package main\ntype T\n",
     "2:7: syntax error: unexpected newline in type declaration"},
    {"package main\ntype T interface { M() int; N(x int) (int, error); fmt.Stringer; 1 }\n",
     "2:66: syntax error: unexpected literal 1, expecting ~ term or type"},
    {"package main\nfunc main() {\n\\tx := 1\n\n",
     "3:1: invalid character U+005C '\\'"},
    {"package main\nvar x = 'ab'\n",
     "2:9: more than one character in rune literal"},
    {"package main\nvar x = \"abc\n",
     "2:13: newline in string"},
    {"package main\nfunc main() { x := []int{1,2,3}[1:] ; _ = x; }}\n",
     "2:47: syntax error: unexpected } after top level declaration"},
    {"package main; func f(...int, a int) {}\n",
     "1:22: syntax error: mixed named and unnamed parameters"},
    {"package main; func f(a ...) {}\n",
     "1:27: syntax error: ... is missing type"},
    {"package main; type T struct { *(T) }\n",
     "1:32: syntax error: cannot parenthesize embedded type"},
    {"package main; type T struct { (T) }\n",
     "1:31: syntax error: cannot parenthesize embedded type"},
};

Test(parse, errors_match_go) {
    for (size_t i = 0; i < sizeof error_cases / sizeof *error_cases; i++) {
        char *got = parse_error(error_cases[i].src);
        cr_expect_str_eq(got, error_cases[i].want, "\nsrc: %s\n got: %s\nwant: %s",
                         error_cases[i].src, got, error_cases[i].want);
        free(got);
    }
}

Test(parse, generics_rejected) {
    EQ(parse_error("package main\nfunc f[T any](x T) {}\n"),
       "2:7: generics are not supported: type parameters and instantiation "
       "are not part of gosub's Go subset");
    EQ(parse_error("package main\ntype L[T any] []T\n"),
       "2:7: generics are not supported: type parameters and instantiation "
       "are not part of gosub's Go subset");
}

Test(parse, nesting_too_deep) {
    enum { N = 100000 };
    Buf b = {0};
    buf_puts(&b, "package main\nvar x = ");
    for (int i = 0; i < N; i++) buf_putc(&b, '(');
    buf_putc(&b, '1');
    for (int i = 0; i < N; i++) buf_putc(&b, ')');
    buf_putc(&b, '\n');
    char *e = parse_error(b.data);
    cr_assert(strstr(e, "syntax error: nesting too deep") != NULL, "%s", e);
    free(e);
    buf_clear(&b);
    buf_puts(&b, "package main\nfunc f() {\n");
    for (int i = 0; i < N; i++) buf_puts(&b, "{");
    for (int i = 0; i < N; i++) buf_puts(&b, "}");
    buf_puts(&b, "\n}\n");
    e = parse_error(b.data);
    cr_assert(strstr(e, "syntax error: nesting too deep") != NULL, "%s", e);
    free(e);
    buf_free(&b);
}

Test(parse, diag_print_limits) {
    Compiler *c = new_compiler();
    const char *src = "package main\nvar a = 'ab'\nvar b = 'ab'\nvar c = 'ab'\n"
                      "var d = 'ab'\nvar e = 'ab'\nvar f = 'ab'\nvar g = 'ab'\n"
                      "var h = 'ab'\nvar i = 'ab'\nvar j = 'ab'\nvar k = 'ab'\n";
    parse_file(c, "x.go", src, strlen(src));
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    int n = diag_print(c, m);
    fclose(m);
    cr_assert_eq(n, 10);
    cr_assert(strstr(buf, "x.go:11:9: more than one character in rune literal\n"
                          "x.go:11:9: too many errors\n") != NULL, "%s", buf);
    free(buf);
    free_compiler(c);
}

Test(parse, syntax_error_once_per_line) {
    Compiler *c = new_compiler();
    const char *src = "package main\nfunc main() {\n\tx := 1 2 3 4\n}\n";
    parse_file(c, "x.go", src, strlen(src));
    cr_assert_eq(c->diags.len, 1);
    cr_assert_eq(diag_syntax_errors(c), 1);
    free_compiler(c);
}

Test(parse, ast_string) {
    Compiler *c = new_compiler();
    const char *src = "package main\nvar x = (a + b) * -c[1:2].f(y...)\n"
                      "var y = []int{1}\nvar z = func() { g() }\n"
                      "var w map[string]<-chan *T\n";
    File *f = parse_file(c, "x.go", src, strlen(src));
    cr_assert_str_eq(ast_string(c, f->decls.items[0]->list2.items[0]),
                     "(a + b) * -c[1:2].f(y...)");
    cr_assert_str_eq(ast_string(c, f->decls.items[1]->list2.items[0]),
                     "[]int{…}");
    cr_assert_str_eq(ast_string(c, f->decls.items[2]->list2.items[0]),
                     "func() {…}");
    cr_assert_str_eq(ast_string(c, f->decls.items[3]->x),
                     "map[string]<-chan *T");
    free_compiler(c);
}

Test(parse, intern) {
    Compiler *c = new_compiler();
    const char *a = intern(c, "hello", 5);
    for (int i = 0; i < 5000; i++) {
        char name[32];
        snprintf(name, sizeof name, "n%d", i);
        intern_cstr(c, name);
    }
    cr_assert_eq(intern(c, "hello!", 5), a);
    cr_assert_eq(intern_cstr(c, "n4999"), intern_cstr(c, "n4999"));
    cr_assert_neq(intern_cstr(c, "n1"), intern_cstr(c, "n2"));
    cr_assert_eq(intern(c, "a\0b", 3), intern(c, "a\0b", 3));
    cr_assert_neq(intern(c, "a\0b", 3), intern(c, "a\0c", 3));
    free_compiler(c);
}
