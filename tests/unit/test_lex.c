/* test_lex.c — the lexer: every literal form, escapes, semicolon insertion,
 * positions, directives and the error messages of Go 1.19's scanner. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "compiler/internal.h"

static Compiler *new_compiler(void) {
    Compiler *c = xcalloc(1, sizeof *c);
    arena_init(&c->arena);
    File *f = arena_alloc(&c->arena, sizeof(File));
    f->path = "x.go";
    VEC_PUSH(c->files, f);
    return c;
}

static void free_compiler(Compiler *c) {
    arena_free(&c->arena);
    VEC_FREE(c->diags);
    VEC_FREE(c->files);
    free(c);
}

/* Tokens of src, space separated: names and literals as written, ';' with
 * its kind for inserted ones (";nl", ";EOF"), operators as written. */
static char *toks(const char *src) {
    Compiler *c = new_compiler();
    Lexer lx;
    lex_init(&lx, c, 0, src, strlen(src));
    Buf b = {0};
    for (lex_next(&lx); lx.tok != T_EOF; lex_next(&lx)) {
        if (b.len) buf_putc(&b, ' ');
        if (lx.tok == T_SEMICOLON)
            buf_puts(&b, !lx.nl_semi ? ";" : strcmp(lx.lit, "EOF") ? ";nl"
                                                                    : ";EOF");
        else if (lx.tok >= T_IDENT && lx.tok <= T_STRING)
            buf_puts(&b, lx.lit);
        else
            buf_puts(&b, tok_string(lx.tok));
    }
    char *s = xstrdup(b.data ? b.data : "");
    buf_free(&b);
    free_compiler(c);
    return s;
}

/* The token kinds (as numbers would be unreadable: first letter). */
static Tok first_tok(const char *src) {
    Compiler *c = new_compiler();
    Lexer lx;
    lex_init(&lx, c, 0, src, strlen(src));
    lex_next(&lx);
    Tok t = lx.tok;
    free_compiler(c);
    return t;
}

/* "line:col: msg" of the first lexer error, or "" */
static char *first_error(const char *src) {
    Compiler *c = new_compiler();
    Lexer lx;
    lex_init(&lx, c, 0, src, strlen(src));
    do lex_next(&lx);
    while (lx.tok != T_EOF);
    char *s = xstrdup("");
    if (c->diags.len) {
        Diag d = c->diags.items[0];
        free(s);
        Buf b = {0};
        buf_printf(&b, "%d:%d: %s", d.pos.line, d.pos.col, d.msg);
        s = xstrdup(b.data);
        buf_free(&b);
    }
    free_compiler(c);
    return s;
}

#define TOKS(src, want)                                                       \
    do {                                                                      \
        char *got_ = toks(src);                                               \
        cr_assert_str_eq(got_, want, "src: %s\n got: %s\nwant: %s", src, got_, want);                         \
        free(got_);                                                           \
    } while (0)

#define ERR(src, want)                                                        \
    do {                                                                      \
        char *got_ = first_error(src);                                        \
        cr_assert_str_eq(got_, want, "src: %s\n got: %s\nwant: %s", src, got_, want);                         \
        free(got_);                                                           \
    } while (0)

Test(lex, identifiers_keywords) {
    TOKS("a _b c9 ñandú 世界", "a _b c9 ñandú 世界 ;EOF");
    TOKS("break case chan const continue default defer else fallthrough",
         "break case chan const continue default defer else fallthrough ;EOF");
    TOKS("for func go goto if import interface map package range return",
         "for func go goto if import interface map package range return ;EOF");
    TOKS("select struct switch type var", "select struct switch type var");
    cr_assert_eq(first_tok("func"), T_FUNC);
    cr_assert_eq(first_tok("funcs"), T_IDENT);
}

Test(lex, operators) {
    TOKS("+ - * / % & | ^ << >> &^", "+ - * / % & | ^ << >> &^");
    TOKS("+= -= *= /= %= &= |= ^= <<= >>= &^=",
         "+= -= *= /= %= &= |= ^= <<= >>= &^=");
    TOKS("&& || <- ++ -- == < > = ! ~", "&& || <- ++ -- == < > = ! ~");
    TOKS("!= <= >= := ... ( [ { , .", "!= <= >= := ... ( [ { , .");
    TOKS(") ] } ; :", ") ] } ; :");
    TOKS("a..b", "a . . b ;EOF");
}

Test(lex, integers) {
    TOKS("0 42 0x1F 0X_ab 0o17 0O7 017 0b101 0B_1 1_000_000",
         "0 42 0x1F 0X_ab 0o17 0O7 017 0b101 0B_1 1_000_000 ;EOF");
    cr_assert_eq(first_tok("0x1F"), T_INT);
    cr_assert_eq(first_tok("1_000"), T_INT);
}

Test(lex, floats_and_imaginary) {
    TOKS("1.5 .5 1. 1e10 1E-3 0x1p-2 0x1.8p3 0X.8P0 1_0.2_5e+1_0",
         "1.5 .5 1. 1e10 1E-3 0x1p-2 0x1.8p3 0X.8P0 1_0.2_5e+1_0 ;EOF");
    cr_assert_eq(first_tok("1.5"), T_FLOAT);
    cr_assert_eq(first_tok(".5e3"), T_FLOAT);
    cr_assert_eq(first_tok("1e3"), T_FLOAT);
    cr_assert_eq(first_tok("0x1p4"), T_FLOAT);
    cr_assert_eq(first_tok("3i"), T_IMAG);
    cr_assert_eq(first_tok("1.5e2i"), T_IMAG);
    cr_assert_eq(first_tok("0x10i"), T_IMAG);
}

Test(lex, number_errors) {
    ERR("x := 08", "1:7: invalid digit '8' in octal literal");
    ERR("0b102", "1:5: invalid digit '2' in binary literal");
    ERR("0o78", "1:4: invalid digit '8' in octal literal");
    ERR("0x", "1:3: hexadecimal literal has no digits");
    ERR("0b", "1:3: binary literal has no digits");
    ERR("1__0", "1:3: '_' must separate successive digits");
    ERR("1_", "1:2: '_' must separate successive digits");
    ERR("0_x1", "1:2: '_' must separate successive digits");
    ERR("0x_1_", "1:5: '_' must separate successive digits");
    ERR("1e", "1:3: exponent has no digits");
    ERR("0x1.5", "1:6: hexadecimal mantissa requires a 'p' exponent");
    ERR("0b1.0", "1:4: invalid radix point in binary literal");
    ERR("0x1e3p1", "");
    ERR("0b1e3", "1:4: 'e' exponent requires decimal mantissa");
    ERR("1p3", "1:2: 'p' exponent requires hexadecimal mantissa");
    ERR("089.5", "");  /* a decimal float may have leading zeros */
    ERR("089i", "");   /* so may an imaginary literal */
}

Test(lex, runes) {
    TOKS("'a' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600' 'é'",
         "'a' '\\n' '\\'' '\\x41' '\\101' '\\u00e9' '\\U0001F600' 'é' ;EOF");
    cr_assert_eq(first_tok("'a'"), T_CHAR);
    TOKS("'\\a' '\\b' '\\f' '\\r' '\\t' '\\v' '\\\\'",
         "'\\a' '\\b' '\\f' '\\r' '\\t' '\\v' '\\\\' ;EOF");
}

Test(lex, rune_errors) {
    ERR("'ab'", "1:1: more than one character in rune literal");
    ERR("''", "1:2: empty rune literal or unescaped '");
    ERR("'a", "1:1: rune literal not terminated");
    ERR("'a\n'", "1:3: newline in rune literal");
    ERR("'\\q'", "1:3: unknown escape");
    ERR("'\\\"'", "1:3: unknown escape");
    ERR("'\\xZZ'", "1:4: invalid character 'Z' in hexadecimal escape");
    ERR("'\\400'", "1:6: octal escape value 256 > 255");
    ERR("'\\18'", "1:4: invalid character '8' in octal escape");
    ERR("'\\uD800'", "1:8: escape is invalid Unicode code point U+D800");
    ERR("'\\U00110000'",
        "1:12: escape is invalid Unicode code point U+110000");
    ERR("'\\x4'", "1:5: invalid character '\\'' in hexadecimal escape");
}

Test(lex, strings) {
    TOKS("\"\" \"abc\" \"a\\tb\\\"c\" `raw\\n` `multi\nline`",
         "\"\" \"abc\" \"a\\tb\\\"c\" `raw\\n` `multi\nline` ;EOF");
    cr_assert_eq(first_tok("`x`"), T_STRING);
    ERR("\"abc", "1:1: string not terminated");
    ERR("\"abc\n\"", "1:5: newline in string");
    ERR("`abc", "1:1: string not terminated");
    ERR("\"\\'\"", "1:3: unknown escape");
    ERR("x := \"\\z\"", "1:8: unknown escape");
}

Test(lex, unquote) {
    Compiler *c = new_compiler();
    size_t n;
    int32_t r;
    cr_assert_str_eq(lex_unquote(c, "\"a\\tb\"", &n, NULL), "a\tb");
    cr_assert_eq(n, 3);
    const char *s = lex_unquote(c, "\"\\x00\\377\\u00e9\"", &n, NULL);
    cr_assert_eq(n, 4);
    cr_assert_eq(s[0], 0);
    cr_assert_eq((unsigned char)s[1], 0xFF);
    cr_assert_eq((unsigned char)s[2], 0xC3);
    cr_assert_str_eq(lex_unquote(c, "`a\r\nb`", &n, NULL), "a\nb");
    lex_unquote(c, "'\\U0001F600'", &n, &r);
    cr_assert_eq(r, 0x1F600);
    lex_unquote(c, "'é'", &n, &r);
    cr_assert_eq(r, 0xE9);
    lex_unquote(c, "'\\''", &n, &r);
    cr_assert_eq(r, '\'');
    lex_unquote(c, "'\\101'", &n, &r);
    cr_assert_eq(r, 'A');
    free_compiler(c);
}

Test(lex, semicolon_insertion) {
    TOKS("a\nb", "a ;nl b ;EOF");
    TOKS("x++\ny--\n", "x ++ ;nl y -- ;nl");
    TOKS("f()\n[]int{}\n", "f ( ) ;nl [ ] int { } ;nl");
    TOKS("return\nbreak\ncontinue\nfallthrough\n",
         "return ;nl break ;nl continue ;nl fallthrough ;nl");
    TOKS("1\n2.5\n'a'\n\"s\"\n`r`\n3i\n",
         "1 ;nl 2.5 ;nl 'a' ;nl \"s\" ;nl `r` ;nl 3i ;nl");
    TOKS("a +\nb", "a + b ;EOF");
    TOKS("func f() {\n}\n", "func f ( ) { } ;nl");
    TOKS("a // comment\nb", "a ;nl b ;EOF");
    TOKS("a /* one line */ b", "a b ;EOF");
    TOKS("a /* two\nlines */ b", "a ;nl b ;EOF");
    TOKS("+ /* two\nlines */ b", "+ b ;EOF");
    TOKS("a;b", "a ; b ;EOF");
    TOKS("", "");
}

Test(lex, positions) {
    Compiler *c = new_compiler();
    Lexer lx;
    const char *src = "package main\n\tx := \"é\" + y\n";
    lex_init(&lx, c, 0, src, strlen(src));
    int want[][2] = {{1, 1}, {1, 9}, {1, 13}, {2, 2}, {2, 4}, {2, 7},
                     {2, 12}, {2, 14}, {2, 15}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        lex_next(&lx);
        cr_assert_eq(lx.pos.line, want[i][0], "token %zu", i);
        cr_assert_eq(lx.pos.col, want[i][1], "token %zu col %d", i,
                     lx.pos.col);
    }
    free_compiler(c);
}

Test(lex, invalid_characters) {
    ERR("a @ b", "1:3: invalid character U+0040 '@'");
    ERR("a # b", "1:3: invalid character U+0023 '#'");
    ERR("x\xff", "1:2: invalid UTF-8 encoding");
    ERR("\xef\xbb\xbfpackage p", "");
    ERR("a \xef\xbb\xbf", "1:3: invalid BOM in the middle of the file");
    ERR("/* abc", "1:1: comment not terminated");
    ERR("x·y", "1:2: invalid character U+00B7 '·' in identifier");
    ERR("x€", "1:2: invalid character U+20AC '€' in identifier");
    ERR("€", "1:1: invalid character U+20AC '€' in identifier");
    ERR("٣x", "1:1: identifier cannot begin with digit U+0663 '٣'");
}

Test(lex, nul_character) {
    Compiler *c = new_compiler();
    Lexer lx;
    const char src[] = "x := 1\0 + 2";
    lex_init(&lx, c, 0, src, sizeof src - 1);
    do lex_next(&lx);
    while (lx.tok != T_EOF);
    cr_assert_eq(c->diags.len, 1);
    cr_assert_str_eq(c->diags.items[0].msg, "invalid NUL character");
    cr_assert_eq(c->diags.items[0].pos.col, 7);
    free_compiler(c);
}

Test(lex, directives) {
    Compiler *c = new_compiler();
    Lexer lx;
    const char *src = "//extern puts\n//go:noinline\n//go:noescape\nfunc f()";
    lex_init(&lx, c, 0, src, strlen(src));
    lex_next(&lx);
    cr_assert_eq(lx.tok, T_FUNC);
    cr_assert_str_eq(lx.extern_name, "puts");
    cr_assert_eq(lx.pragmas, PRAGMA_NOINLINE | PRAGMA_NOESCAPE);
    free_compiler(c);
}

Test(lex, tok_string) {
    cr_assert_str_eq(tok_string(T_AND_NOT_ASSIGN), "&^=");
    cr_assert_str_eq(tok_string(T_FALLTHROUGH), "fallthrough");
    cr_assert_str_eq(tok_string(T_IDENT), "name");
    cr_assert_str_eq(tok_string(T_EOF), "EOF");
}
