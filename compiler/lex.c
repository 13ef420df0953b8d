/* lex.c — the lexer: Go source bytes to tokens, following the Go
 * specification's lexical grammar and the wording of Go 1.19's compiler
 * (cmd/compile/internal/syntax/scanner.go) for every error.
 *
 * Model: the lexer holds one decoded current character (ch, chw) at p.
 * nextch() steps over it, counting lines; a token is the bytes between its
 * start and p after it has been consumed.  Errors are reported either at the
 * current character (`err_here`) or at an offset from the token start
 * (`err_at`), exactly where Go reports them.
 *
 * Invariants:
 *  - positions are 1-based line and byte column (a tab is one column);
 *  - a semicolon is inserted before a newline or EOF when the previous token
 *    was an identifier, a literal, one of break continue fallthrough return,
 *    ++ -- ) ] }; its lit is "newline" or "EOF" (a written one: "semicolon");
 *    a general comment spanning lines acts as a newline;
 *  - identifiers are interned; literal texts are arena copies as written;
 *  - after an error the token is still produced (lx->bad marks malformed
 *    literals), so the parser carries on.
 *
 * Directives: a line comment `//extern NAME` or `//go:noescape`,
 * `//go:noinline`, `//go:nosplit` accumulates into lx->extern_name /
 * lx->pragmas; the parser takes them when it starts a declaration.
 */
#include "internal.h"

#include <stdlib.h>

/* ---------------------------------------------------------------- tokens */

static const char *const tok_names[T_NTOKENS] = {
    [T_EOF] = "EOF", [T_ILLEGAL] = "ILLEGAL", [T_IDENT] = "name",
    [T_INT] = "literal", [T_FLOAT] = "literal", [T_IMAG] = "literal",
    [T_CHAR] = "literal", [T_STRING] = "literal",
    [T_ADD] = "+", [T_SUB] = "-", [T_MUL] = "*", [T_QUO] = "/",
    [T_REM] = "%", [T_AND] = "&", [T_OR] = "|", [T_XOR] = "^",
    [T_SHL] = "<<", [T_SHR] = ">>", [T_AND_NOT] = "&^",
    [T_ADD_ASSIGN] = "+=", [T_SUB_ASSIGN] = "-=", [T_MUL_ASSIGN] = "*=",
    [T_QUO_ASSIGN] = "/=", [T_REM_ASSIGN] = "%=", [T_AND_ASSIGN] = "&=",
    [T_OR_ASSIGN] = "|=", [T_XOR_ASSIGN] = "^=", [T_SHL_ASSIGN] = "<<=",
    [T_SHR_ASSIGN] = ">>=", [T_AND_NOT_ASSIGN] = "&^=",
    [T_LAND] = "&&", [T_LOR] = "||", [T_ARROW] = "<-", [T_INC] = "++",
    [T_DEC] = "--", [T_EQL] = "==", [T_LSS] = "<", [T_GTR] = ">",
    [T_ASSIGN] = "=", [T_NOT] = "!", [T_NEQ] = "!=", [T_LEQ] = "<=",
    [T_GEQ] = ">=", [T_DEFINE] = ":=", [T_ELLIPSIS] = "...",
    [T_LPAREN] = "(", [T_LBRACK] = "[", [T_LBRACE] = "{", [T_COMMA] = ",",
    [T_PERIOD] = ".", [T_RPAREN] = ")", [T_RBRACK] = "]", [T_RBRACE] = "}",
    [T_SEMICOLON] = ";", [T_COLON] = ":", [T_TILDE] = "~",
    [T_BREAK] = "break", [T_CASE] = "case", [T_CHAN] = "chan",
    [T_CONST] = "const", [T_CONTINUE] = "continue", [T_DEFAULT] = "default",
    [T_DEFER] = "defer", [T_ELSE] = "else", [T_FALLTHROUGH] = "fallthrough",
    [T_FOR] = "for", [T_FUNC] = "func", [T_GO] = "go", [T_GOTO] = "goto",
    [T_IF] = "if", [T_IMPORT] = "import", [T_INTERFACE] = "interface",
    [T_MAP] = "map", [T_PACKAGE] = "package", [T_RANGE] = "range",
    [T_RETURN] = "return", [T_SELECT] = "select", [T_STRUCT] = "struct",
    [T_SWITCH] = "switch", [T_TYPE] = "type", [T_VAR] = "var",
};

const char *tok_string(Tok t) {
    if ((unsigned)t >= T_NTOKENS || !tok_names[t]) return "?";
    return tok_names[t];
}

static Tok keyword(const char *s, size_t n) {
    if (n < 2 || n > 11) return T_IDENT;
    /* first letter before anything else: this runs for every identifier
     * (a strlen per keyword here was 5% of compiling a large program) */
    for (int t = T_BREAK; t <= T_VAR; t++) {
        const char *k = tok_names[t];
        if (k[0] != s[0]) continue;
        /* stops at the keyword's NUL: `s` may hold a NUL byte (invalid
         * source), and k[n] must not be read past a shorter keyword */
        size_t i = 1;
        while (i < n && k[i] && k[i] == s[i]) i++;
        if (i == n && k[n] == 0) return (Tok)t;
    }
    return T_IDENT;
}

/* ---------------------------------------------------------------- Unicode */

/* Ranges (inclusive) of code points >= 0x80 that are NOT letters: the
 * Latin-1 symbols, general punctuation and symbol blocks, CJK punctuation,
 * private use and specials.  Everything else above 0x80 counts as a letter
 * — an approximation of unicode.IsLetter that is exact for ASCII and
 * Latin-1 and right for the letters of the common scripts. */
static const int32_t nonletter_ranges[][2] = {
    {0x80, 0xA9},     {0xAB, 0xB4},     {0xB6, 0xB9},   {0xBB, 0xBF},
    {0xD7, 0xD7},     {0xF7, 0xF7},     {0x2C2, 0x2C5}, {0x2D2, 0x2DF},
    {0x2E5, 0x2EB},   {0x2ED, 0x2ED},   {0x2EF, 0x36F}, {0x375, 0x375},
    {0x37E, 0x37E},   {0x384, 0x385},   {0x387, 0x387}, {0x3F6, 0x3F6},
    {0x482, 0x489},   {0x55A, 0x55F},   {0x589, 0x5CF}, {0x5F3, 0x61F},
    {0x64B, 0x66D},   {0x6D4, 0x6D4},   {0x6D6, 0x6E4}, {0x6E7, 0x6ED},
    {0x6F0, 0x6F9},   {0x900, 0x903},   {0x93A, 0x93C}, {0x93E, 0x94F},
    {0x951, 0x957},   {0x962, 0x970},   {0x2000, 0x2070}, {0x2074, 0x207E},
    {0x2080, 0x208F}, {0x20A0, 0x2101}, {0x2103, 0x2106}, {0x2108, 0x2109},
    {0x2114, 0x2114}, {0x2116, 0x2118}, {0x211E, 0x2123}, {0x2125, 0x2125},
    {0x2127, 0x2127}, {0x2129, 0x2129}, {0x212E, 0x212E}, {0x213A, 0x213B},
    {0x2140, 0x2144}, {0x214A, 0x214D}, {0x214F, 0x2182}, {0x2185, 0x2BFF},
    {0x2CE5, 0x2CEA}, {0x2CEF, 0x2CF1}, {0x2CF9, 0x2CFF}, {0x2E00, 0x3004},
    {0x3007, 0x3030}, {0x3036, 0x303A}, {0x303D, 0x3040}, {0x3099, 0x309C},
    {0x30A0, 0x30A0}, {0x30FB, 0x30FB}, {0x3190, 0x319F}, {0x31C0, 0x31EF},
    {0x3200, 0x33FF}, {0x4DC0, 0x4DFF}, {0xD800, 0xF8FF}, {0xFD3E, 0xFD4F},
    {0xFDFC, 0xFE6F}, {0xFEFF, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65},
    {0xFFE0, 0xFFFF}, {0x1D100, 0x1D3FF}, {0x1F000, 0x1FBFF},
    {0xE0000, 0x10FFFF},
};

/* Zeros of the Unicode decimal digit (Nd) blocks of ten, above ASCII. */
static const int32_t digit_zeros[] = {
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66,
    0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50,
    0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x11066, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6,
};

static bool unicode_is_digit(int32_t r) {
    if (r < 0x80) return r >= '0' && r <= '9';
    for (size_t i = 0; i < sizeof digit_zeros / sizeof *digit_zeros; i++)
        if (r >= digit_zeros[i] && r < digit_zeros[i] + 10) return true;
    return false;
}

static bool unicode_is_letter(int32_t r) {
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    if (unicode_is_digit(r)) return false;
    for (size_t i = 0; i < sizeof nonletter_ranges / sizeof *nonletter_ranges;
         i++)
        if (r >= nonletter_ranges[i][0] && r <= nonletter_ranges[i][1])
            return false;
    return true;
}

/* Printable as strconv.IsPrint judges it, approximately: not a control
 * character, not a surrogate or unassigned special. */
static bool unicode_is_print(int32_t r) {
    if (r < 0x20 || r == 0x7F) return false;
    if (r >= 0x80 && r < 0xA0) return false;
    if (r == 0xAD || r == 0xFEFF || (r >= 0xD800 && r < 0xE000)) return false;
    if (r >= 0x2028 && r <= 0x202E) return false;
    if (r >= 0x200B && r <= 0x200F) return false;
    if (r >= 0xE000 && r <= 0xF8FF) return false;
    return r <= 0x10FFFF && (r & 0xFFFE) != 0xFFFE;
}

int lex_utf8_encode(char *out, int32_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | (r >> 6));
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | (r >> 12));
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (r >> 18));
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Decodes one UTF-8 sequence at s (n bytes available).  Returns the rune
 * and its width in *w; an invalid sequence gives -2 with width 1. */
static int32_t utf8_decode(const unsigned char *s, size_t n, int *w) {
    int len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : s[0] >= 0xC0 ? 2 : 0;
    static const int32_t mins[] = {0, 0, 0x80, 0x800, 0x10000};
    *w = 1;
    if (s[0] >= 0xF8 || len == 0 || (size_t)len > n) return -2;
    int32_t r = s[0] & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return -2;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < mins[len] || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        return -2;
    *w = len;
    return r;
}

/* Go's %q of a rune: 'a', '\n', '\x00', '\u00a0'. */
static const char *quote_rune(Compiler *c, int32_t r) {
    switch (r) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
    }
    if (r < 0) return "'\\x00'";
    if (unicode_is_print(r)) {
        char b[8] = {'\''};
        int n = lex_utf8_encode(b + 1, r);
        b[n + 1] = '\'';
        return arena_strndup(&c->arena, b, (size_t)n + 2);
    }
    if (r < 0x80) return arena_printf(&c->arena, "'\\x%02x'", r);
    if (r < 0x10000) return arena_printf(&c->arena, "'\\u%04x'", r);
    return arena_printf(&c->arena, "'\\U%08x'", r);
}

/* Go's %#U: U+0040 '@' (the quoted form only when printable). */
static const char *unicode_name(Compiler *c, int32_t r) {
    if (unicode_is_print(r)) {
        char b[8];
        int n = lex_utf8_encode(b, r);
        b[n] = 0;
        return arena_printf(&c->arena, "U+%04X '%s'", r, b);
    }
    return arena_printf(&c->arena, "U+%04X", r);
}

/* ---------------------------------------------------------------- source */

static Pos here(Lexer *lx) {
    return (Pos){lx->line, (int32_t)(lx->p - lx->line_start) + 1, lx->file};
}

#define err_here(lx, ...) diag_error((lx)->c, here(lx), __VA_ARGS__)
#define err_at(lx, off, ...)                                                  \
    diag_error((lx)->c,                                                       \
               (Pos){(lx)->pos.line, (lx)->pos.col + (int32_t)(off),          \
                     (lx)->file},                                             \
               __VA_ARGS__)

/* Decodes the character at p into ch/chw, reporting (and skipping) NUL,
 * invalid UTF-8 and a BOM other than at the start of the file. */
static void decode(Lexer *lx) {
    for (;;) {
        if (lx->p >= lx->end) {
            lx->ch = -1, lx->chw = 0;
            return;
        }
        unsigned char b = (unsigned char)*lx->p;
        if (b < 0x80) {
            lx->ch = b, lx->chw = 1;
            if (b != 0) return;
            err_here(lx, "invalid NUL character");
            lx->p++;
            continue;
        }
        int w;
        int32_t r = utf8_decode((const unsigned char *)lx->p,
                                (size_t)(lx->end - lx->p), &w);
        if (r == -2) {
            err_here(lx, "invalid UTF-8 encoding");
            lx->p++;
            continue;
        }
        if (r == 0xFEFF) {
            if (lx->p != lx->src)
                err_here(lx, "invalid BOM in the middle of the file");
            lx->p += w;
            continue;
        }
        lx->ch = r, lx->chw = w;
        return;
    }
}

static void nextch(Lexer *lx) {
    if (lx->ch == '\n') {
        lx->p++;
        lx->line++;
        lx->line_start = lx->p;
    } else {
        lx->p += lx->chw;
    }
    decode(lx);
}

void lex_init(Lexer *lx, Compiler *c, int file, const char *src, size_t len) {
    memset(lx, 0, sizeof *lx);
    lx->c = c;
    lx->file = file;
    lx->src = lx->p = lx->line_start = src;
    lx->end = src + len;
    lx->line = 1;
    lx->prev = T_SEMICOLON;
    decode(lx);
}

/* ---------------------------------------------------------------- helpers */

static bool is_letter(int32_t ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_';
}
static bool is_decimal(int32_t ch) { return ch >= '0' && ch <= '9'; }
static int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }
static bool is_hex(int32_t ch) {
    return is_decimal(ch) || (lower(ch) >= 'a' && lower(ch) <= 'f');
}

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* Sets the current token's literal text to the bytes consumed since start. */
static void set_lit(Lexer *lx, Tok t, const char *start, bool ok) {
    lx->tok = t;
    lx->lit_len = (size_t)(lx->p - start);
    lx->lit = arena_strndup(&lx->c->arena, start, lx->lit_len);
    lx->bad = !ok;
}

/* ---------------------------------------------------------------- identifiers */

/* Is ch (>= 0x80) an identifier character?  Reports digits at the start and
 * non-letters as Go does, and accepts them so the token continues. */
static bool ident_char(Lexer *lx, bool first) {
    int32_t ch = lx->ch;
    if (unicode_is_letter(ch) || ch == '_') return true;
    if (unicode_is_digit(ch)) {
        if (first)
            err_here(lx, "identifier cannot begin with digit %s",
                     unicode_name(lx->c, ch));
        return true;
    }
    if (ch >= 0x80) {
        err_here(lx, "invalid character %s in identifier",
                 unicode_name(lx->c, ch));
        return true;
    }
    return false;
}

static void ident(Lexer *lx, const char *start) {
    for (;;) {
        if (is_letter(lx->ch) || is_decimal(lx->ch)) nextch(lx);
        else if (lx->ch >= 0x80 && ident_char(lx, false)) nextch(lx);
        else break;
    }
    size_t n = (size_t)(lx->p - start);
    Tok kw = keyword(start, n);
    lx->tok = kw;
    if (kw == T_IDENT) {
        lx->lit = intern(lx->c, start, n);
        lx->lit_len = n;
    } else {
        lx->lit = tok_names[kw];
        lx->lit_len = n;
    }
}

/* ---------------------------------------------------------------- numbers */

/* digits = { digit | '_' }.  For base <= 10 any decimal digit is accepted
 * and the offset of the first one >= base is recorded in *invalid.
 * Returns bit 0: a digit was seen, bit 1: a '_' was seen. */
static int digits(Lexer *lx, int base, int *invalid) {
    int digsep = 0;
    if (base <= 10) {
        int32_t max = '0' + base;
        while (is_decimal(lx->ch) || lx->ch == '_') {
            int ds = 1;
            if (lx->ch == '_') ds = 2;
            else if (lx->ch >= max && invalid && *invalid < 0)
                *invalid = (int)(lx->p - lx->line_start) + 1 - lx->pos.col;
            digsep |= ds;
            nextch(lx);
        }
    } else {
        while (is_hex(lx->ch) || lx->ch == '_') {
            digsep |= lx->ch == '_' ? 2 : 1;
            nextch(lx);
        }
    }
    return digsep;
}

/* Offset of the first '_' that does not separate two digits, or -1. */
static int invalid_sep(const char *x, size_t n) {
    int32_t x1 = ' ';
    int32_t d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') d = '0', i = 2;
    }
    for (; i < n; i++) {
        int32_t prev = d;
        d = x[i];
        if (d == '_') {
            if (prev != '0') return (int)i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (prev == '_') return (int)i - 1;
            d = '.';
        }
    }
    return d == '_' ? (int)n - 1 : -1;
}

/* int_lit, float_lit, imaginary_lit; seen_point: the '.' of ".5" is
 * already consumed. */
static void number(Lexer *lx, const char *start, bool seen_point) {
    bool ok = true;
    Tok kind = T_INT;
    int base = 10, digsep = 0, invalid = -1;
    int32_t prefix = 0;

    if (!seen_point) {
        if (lx->ch == '0') {
            nextch(lx);
            switch (lower(lx->ch)) {
            case 'x': nextch(lx); base = 16, prefix = 'x'; break;
            case 'o': nextch(lx); base = 8, prefix = 'o'; break;
            case 'b': nextch(lx); base = 2, prefix = 'b'; break;
            default: base = 8, prefix = '0', digsep = 1;
            }
        }
        digsep |= digits(lx, base, &invalid);
        if (lx->ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                err_here(lx, "invalid radix point in %s literal",
                         base_name(base));
                ok = false;
            }
            nextch(lx);
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = T_FLOAT;
        digsep |= digits(lx, base, &invalid);
    }
    if (!(digsep & 1) && ok) {
        err_here(lx, "%s literal has no digits", base_name(base));
        ok = false;
    }
    int32_t e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (ok && e == 'e' && prefix != 0 && prefix != '0') {
            err_here(lx, "%s exponent requires decimal mantissa",
                     quote_rune(lx->c, lx->ch));
            ok = false;
        } else if (ok && e == 'p' && prefix != 'x') {
            err_here(lx, "%s exponent requires hexadecimal mantissa",
                     quote_rune(lx->c, lx->ch));
            ok = false;
        }
        nextch(lx);
        kind = T_FLOAT;
        if (lx->ch == '+' || lx->ch == '-') nextch(lx);
        digsep = digits(lx, 10, NULL) | (digsep & 2);
        if (!(digsep & 1) && ok) {
            err_here(lx, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == T_FLOAT && ok) {
        err_here(lx, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (lx->ch == 'i') {
        kind = T_IMAG;
        nextch(lx);
    }
    set_lit(lx, kind, start, ok);
    if (kind == T_INT && invalid >= 0 && ok) {
        err_at(lx, invalid, "invalid digit %s in %s literal",
               quote_rune(lx->c, (unsigned char)lx->lit[invalid]),
               base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        int i = invalid_sep(lx->lit, lx->lit_len);
        if (i >= 0) {
            err_at(lx, i, "'_' must separate successive digits");
            ok = false;
        }
    }
    lx->bad = !ok;
}

/* ---------------------------------------------------------------- strings */

/* One escape sequence after the '\' (already consumed).  Returns false
 * after reporting an error. */
static bool escape(Lexer *lx, int32_t quote) {
    int n;
    uint32_t base, max;
    switch (lx->ch) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
    case '\\':
        nextch(lx);
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6':
    case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': nextch(lx); n = 2, base = 16, max = 255; break;
    case 'u': nextch(lx); n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': nextch(lx); n = 8, base = 16, max = 0x10FFFF; break;
    default:
        if (lx->ch == quote) {
            nextch(lx);
            return true;
        }
        if (lx->ch < 0) return true; /* the caller reports EOF */
        err_here(lx, "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (lx->ch < 0) return true;
        uint32_t d = base;
        if (is_decimal(lx->ch)) d = (uint32_t)(lx->ch - '0');
        else if (lower(lx->ch) >= 'a' && lower(lx->ch) <= 'f')
            d = (uint32_t)(lower(lx->ch) - 'a' + 10);
        if (d >= base) {
            err_here(lx, "invalid character %s in %s escape",
                     quote_rune(lx->c, lx->ch), base_name((int)base));
            return false;
        }
        x = x * base + d;
        nextch(lx);
    }
    if (x > max && base == 8) {
        err_here(lx, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        err_here(lx, "escape is invalid Unicode code point %s",
                 unicode_name(lx->c, (int32_t)x));
        return false;
    }
    return true;
}

static void rune_lit(Lexer *lx, const char *start) {
    bool ok = true;
    nextch(lx);
    for (int n = 0;; n++) {
        if (lx->ch == '\'') {
            if (ok && n == 0) {
                err_here(lx, "empty rune literal or unescaped '");
                ok = false;
            } else if (ok && n != 1) {
                err_at(lx, 0, "more than one character in rune literal");
                ok = false;
            }
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!escape(lx, '\'')) ok = false;
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) err_here(lx, "newline in rune literal");
            ok = false;
            break;
        }
        if (lx->ch < 0) {
            if (ok) err_at(lx, 0, "rune literal not terminated");
            ok = false;
            break;
        }
        nextch(lx);
    }
    set_lit(lx, T_CHAR, start, ok);
}

static void std_string(Lexer *lx, const char *start) {
    bool ok = true;
    nextch(lx);
    for (;;) {
        if (lx->ch == '"') {
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!escape(lx, '"')) ok = false;
            continue;
        }
        if (lx->ch == '\n') {
            err_here(lx, "newline in string");
            ok = false;
            break;
        }
        if (lx->ch < 0) {
            err_at(lx, 0, "string not terminated");
            ok = false;
            break;
        }
        nextch(lx);
    }
    set_lit(lx, T_STRING, start, ok);
}

static void raw_string(Lexer *lx, const char *start) {
    bool ok = true;
    nextch(lx);
    for (;;) {
        if (lx->ch == '`') {
            nextch(lx);
            break;
        }
        if (lx->ch < 0) {
            err_at(lx, 0, "string not terminated");
            ok = false;
            break;
        }
        nextch(lx);
    }
    set_lit(lx, T_STRING, start, ok);
}

/* ---------------------------------------------------------------- comments */

/* Records a directive comment: text is the line after "//". */
static void directive(Lexer *lx, const char *text, size_t n) {
    const char *s = text;
    lx->pending_directive = arena_strndup(&lx->c->arena, text, n);
    if (n > 7 && memcmp(s, "extern ", 7) == 0) {
        size_t i = 7;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '\r') j++;
        if (j > i)
            lx->extern_name = arena_strndup(&lx->c->arena, s + i, j - i);
        return;
    }
    struct { const char *name; uint32_t bit; } pragmas[] = {
        {"go:noescape", PRAGMA_NOESCAPE},
        {"go:noinline", PRAGMA_NOINLINE},
        {"go:nosplit", PRAGMA_NOSPLIT},
    };
    for (size_t i = 0; i < sizeof pragmas / sizeof *pragmas; i++) {
        size_t k = strlen(pragmas[i].name);
        if (n >= k && memcmp(s, pragmas[i].name, k) == 0 &&
            (n == k || s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
            lx->pragmas |= pragmas[i].bit;
    }
}

/* Is the text before `start` on its line only white space? */
static bool blank_before(Lexer *lx, const char *start) {
    for (const char *q = lx->line_start; q < start; q++)
        if (*q != ' ' && *q != '\t') return false;
    return true;
}

/* The rest of a line comment; "//" is consumed.  The newline stays. */
static void line_comment(Lexer *lx, bool at_line_start) {
    const char *text = lx->p;
    while (lx->ch >= 0 && lx->ch != '\n') nextch(lx);
    size_t n = (size_t)(lx->p - text);
    if (at_line_start && n > 0 && (text[0] == 'e' || text[0] == 'g'))
        directive(lx, text, n);
}

/* The rest of a general comment; the opening is consumed.  Returns false if
 * it is not terminated (reported at the comment's start). */
static bool full_comment(Lexer *lx) {
    while (lx->ch >= 0) {
        while (lx->ch == '*') {
            nextch(lx);
            if (lx->ch == '/') {
                nextch(lx);
                return true;
            }
        }
        if (lx->ch >= 0) nextch(lx);
    }
    err_at(lx, 0, "comment not terminated");
    return false;
}

/* ---------------------------------------------------------------- operators */

/* op or op= */
static void op_assign(Lexer *lx, Tok op, Tok assign) {
    if (lx->ch == '=') {
        nextch(lx);
        lx->tok = assign;
    } else {
        lx->tok = op;
    }
}

static bool needs_semi(Tok t) {
    switch (t) {
    case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR:
    case T_STRING: case T_BREAK: case T_CONTINUE: case T_FALLTHROUGH:
    case T_RETURN: case T_INC: case T_DEC: case T_RPAREN: case T_RBRACK:
    case T_RBRACE:
        return true;
    default:
        return false;
    }
}

/* Scans an operator or punctuation starting with the (consumed) c. Returns
 * false for an invalid character. */
static bool operator(Lexer *lx, int32_t c) {
    switch (c) {
    case '(': lx->tok = T_LPAREN; return true;
    case '[': lx->tok = T_LBRACK; return true;
    case '{': lx->tok = T_LBRACE; return true;
    case ',': lx->tok = T_COMMA; return true;
    case ')': lx->tok = T_RPAREN; return true;
    case ']': lx->tok = T_RBRACK; return true;
    case '}': lx->tok = T_RBRACE; return true;
    case '~': lx->tok = T_TILDE; return true;
    case ';':
        lx->tok = T_SEMICOLON;
        lx->lit = "semicolon";
        return true;
    case ':':
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_DEFINE;
        } else {
            lx->tok = T_COLON;
        }
        return true;
    case '+':
        if (lx->ch == '+') {
            nextch(lx);
            lx->tok = T_INC;
        } else {
            op_assign(lx, T_ADD, T_ADD_ASSIGN);
        }
        return true;
    case '-':
        if (lx->ch == '-') {
            nextch(lx);
            lx->tok = T_DEC;
        } else {
            op_assign(lx, T_SUB, T_SUB_ASSIGN);
        }
        return true;
    case '*': op_assign(lx, T_MUL, T_MUL_ASSIGN); return true;
    case '/': op_assign(lx, T_QUO, T_QUO_ASSIGN); return true;
    case '%': op_assign(lx, T_REM, T_REM_ASSIGN); return true;
    case '^': op_assign(lx, T_XOR, T_XOR_ASSIGN); return true;
    case '&':
        if (lx->ch == '&') {
            nextch(lx);
            lx->tok = T_LAND;
        } else if (lx->ch == '^') {
            nextch(lx);
            op_assign(lx, T_AND_NOT, T_AND_NOT_ASSIGN);
        } else {
            op_assign(lx, T_AND, T_AND_ASSIGN);
        }
        return true;
    case '|':
        if (lx->ch == '|') {
            nextch(lx);
            lx->tok = T_LOR;
        } else {
            op_assign(lx, T_OR, T_OR_ASSIGN);
        }
        return true;
    case '<':
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_LEQ;
        } else if (lx->ch == '<') {
            nextch(lx);
            op_assign(lx, T_SHL, T_SHL_ASSIGN);
        } else if (lx->ch == '-') {
            nextch(lx);
            lx->tok = T_ARROW;
        } else {
            lx->tok = T_LSS;
        }
        return true;
    case '>':
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_GEQ;
        } else if (lx->ch == '>') {
            nextch(lx);
            op_assign(lx, T_SHR, T_SHR_ASSIGN);
        } else {
            lx->tok = T_GTR;
        }
        return true;
    case '=':
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_EQL;
        } else {
            lx->tok = T_ASSIGN;
        }
        return true;
    case '!':
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_NEQ;
        } else {
            lx->tok = T_NOT;
        }
        return true;
    }
    return false;
}

/* ---------------------------------------------------------------- next */

static void finish(Lexer *lx) { lx->prev = lx->tok; }

static void semi(Lexer *lx, const char *why) {
    lx->tok = T_SEMICOLON;
    lx->lit = why;
    lx->nl_semi = true;
    finish(lx);
}

void lex_next(Lexer *lx) {
    bool nlsemi = needs_semi(lx->prev);
    lx->nl_semi = false;
    lx->lit = NULL;
    lx->bad = false;
redo:
    while (lx->ch == ' ' || lx->ch == '\t' || lx->ch == '\r' ||
           (lx->ch == '\n' && !nlsemi))
        nextch(lx);
    lx->pos = here(lx);
    const char *start = lx->p;
    int32_t c = lx->ch;

    if (is_letter(c) || (c >= 0x80 && ident_char(lx, true))) {
        nextch(lx);
        ident(lx, start);
        return finish(lx);
    }
    if (c < 0) {
        if (nlsemi) return semi(lx, "EOF");
        lx->tok = T_EOF;
        return finish(lx);
    }
    if (c == '\n') {
        nextch(lx);
        return semi(lx, "newline");
    }
    if (is_decimal(c)) {
        number(lx, start, false);
        return finish(lx);
    }
    switch (c) {
    case '"': std_string(lx, start); return finish(lx);
    case '`': raw_string(lx, start); return finish(lx);
    case '\'': rune_lit(lx, start); return finish(lx);
    case '.':
        nextch(lx);
        if (is_decimal(lx->ch)) {
            number(lx, start, true);
            return finish(lx);
        }
        if (lx->ch == '.' && lx->p + 1 < lx->end && lx->p[1] == '.') {
            nextch(lx);
            nextch(lx);
            lx->tok = T_ELLIPSIS;
        } else {
            lx->tok = T_PERIOD;
        }
        return finish(lx);
    case '/':
        nextch(lx);
        if (lx->ch == '/') {
            nextch(lx);
            line_comment(lx, blank_before(lx, start));
            goto redo;
        }
        if (lx->ch == '*') {
            int line = lx->line;
            nextch(lx);
            full_comment(lx);
            if (lx->line > line && nlsemi) {
                /* A comment spanning lines acts like a newline. */
                lx->pos = (Pos){line, lx->pos.col, lx->file};
                return semi(lx, "newline");
            }
            goto redo;
        }
        op_assign(lx, T_QUO, T_QUO_ASSIGN);
        return finish(lx);
    }
    nextch(lx);
    if (!operator(lx, c)) {
        diag_error(lx->c, lx->pos, "invalid character %s",
                   unicode_name(lx->c, c));
        goto redo;
    }
    finish(lx);
}

/* ---------------------------------------------------------------- unquote */

static int hexval(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    return (ch | 0x20) - 'a' + 10;
}

/* Decodes one escape at s (after the '\'); appends to b; returns the
 * number of bytes consumed.  *r gets the value (for rune literals). */
static int unescape(const char *s, Buf *b, int32_t *r) {
    static const char simple[] = "a\ab\bf\fn\nr\rt\tv\v\\\\''\"\"";
    for (const char *q = simple; *q; q += 2)
        if (*s == q[0]) {
            buf_putc(b, q[1]);
            *r = (unsigned char)q[1];
            return 1;
        }
    int n = 0, base = 16, used = 1;
    bool byte = true;
    switch (*s) {
    case 'x': n = 2; break;
    case 'u': n = 4, byte = false; break;
    case 'U': n = 8, byte = false; break;
    default: n = 3, base = 8, used = 0;
    }
    uint32_t x = 0;
    for (int i = 0; i < n && s[used + i]; i++)
        x = x * (uint32_t)base + (uint32_t)hexval(s[used + i]);
    *r = (int32_t)x;
    if (byte) {
        buf_putc(b, (char)(x & 0xFF));
    } else {
        char u[4];
        buf_put(b, u, (size_t)lex_utf8_encode(u, (int32_t)x));
    }
    return used + n;
}

const char *lex_unquote(Compiler *c, const char *lit, size_t *len,
                        int32_t *rune) {
    Buf b = {0};
    size_t n = strlen(lit);
    int32_t r = 0;
    if (n >= 1 && lit[0] == '`') {
        for (size_t i = 1; i + 1 < n; i++)
            if (lit[i] != '\r') buf_putc(&b, lit[i]);
    } else if (n >= 2) {
        for (size_t i = 1; i + 1 < n;) {
            if (lit[i] == '\\') {
                i += 1 + (size_t)unescape(lit + i + 1, &b, &r);
                continue;
            }
            int w = 1;
            unsigned char ch = (unsigned char)lit[i];
            r = ch < 0x80 ? ch
                          : utf8_decode((const unsigned char *)lit + i,
                                        n - 1 - i, &w);
            if (r == -2) r = 0xFFFD;
            buf_put(&b, lit + i, (size_t)w);
            i += (size_t)w;
        }
    }
    if (rune) *rune = r;
    *len = b.len;
    const char *out = arena_strndup(&c->arena, b.data ? b.data : "", b.len);
    buf_free(&b);
    return out;
}
