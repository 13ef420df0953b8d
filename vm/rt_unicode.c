/* rt_unicode.c — text primitives shared by fmt, strconv, strings and
 * unicode: UTF-8 decoding and encoding with Go's rules (surrogates,
 * overlong forms and values past U+10FFFF decode as U+FFFD of width 1),
 * Unicode categories and case mapping from tables generated out of Go
 * 1.19's unicode package (vm/rt_unicode_tables.h, tools/gen_unicode.go),
 * and Go's quoting (strconv.Quote, QuoteRune, QuoteToASCII, ...).
 *
 * Invariant: every function here is pure; tables are sorted range lists
 * searched by bisection. */
#include <stdint.h>
#include <string.h>

#include "vm/rt.h"
#include "vm/rt_unicode_tables.h"

#define RUNE_ERROR 0xFFFD
#define MAX_RUNE 0x10FFFF

/* ---- UTF-8 ---- */

int32_t rt_decode_rune(const uint8_t *s, size_t n, int *width) {
    if (n == 0) {
        *width = 0;
        return RUNE_ERROR;
    }
    uint8_t c = s[0];
    if (c < 0x80) {
        *width = 1;
        return c;
    }
    int need;
    int32_t r, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; r = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; r = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; r = c & 0x07; min = 0x10000; }
    else goto bad;
    if ((size_t)need >= n) goto bad;
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) goto bad;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) goto bad;
    *width = need + 1;
    return r;
bad:
    *width = 1;
    return RUNE_ERROR;
}

int rt_encode_rune(uint8_t *b, int32_t r) {
    uint32_t u = (uint32_t)r;
    if (u < 0x80) {
        b[0] = (uint8_t)u;
        return 1;
    }
    if (u < 0x800) {
        b[0] = (uint8_t)(0xC0 | (u >> 6));
        b[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u > MAX_RUNE || (u >= 0xD800 && u <= 0xDFFF)) u = RUNE_ERROR;
    if (u < 0x10000) {
        b[0] = (uint8_t)(0xE0 | (u >> 12));
        b[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
        b[2] = (uint8_t)(0x80 | (u & 0x3F));
        return 3;
    }
    b[0] = (uint8_t)(0xF0 | (u >> 18));
    b[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
    b[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
    b[3] = (uint8_t)(0x80 | (u & 0x3F));
    return 4;
}

/* ---- categories ---- */

static bool in_table(const uint32_t (*t)[3], size_t n, int32_t r) {
    if (r < 0) return false;
    uint32_t u = (uint32_t)r;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (u < t[m][0]) hi = m;
        else if (u > t[m][1]) lo = m + 1;
        else return t[m][2] == 1 || (u - t[m][0]) % t[m][2] == 0;
    }
    return false;
}

#define IN(tab, r) in_table(tab, sizeof tab / sizeof tab[0], r)

bool rt_is_letter(int32_t r) {
    if ((uint32_t)r < 0x80)
        return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
    return IN(tab_L, r);
}
bool rt_is_digit(int32_t r) {
    if ((uint32_t)r < 0x80) return r >= '0' && r <= '9';
    return IN(tab_Nd, r);
}
bool rt_is_number(int32_t r) { return IN(tab_N, r); }
bool rt_is_upper(int32_t r) {
    if ((uint32_t)r < 0x80) return r >= 'A' && r <= 'Z';
    return IN(tab_Lu, r);
}
bool rt_is_lower(int32_t r) {
    if ((uint32_t)r < 0x80) return r >= 'a' && r <= 'z';
    return IN(tab_Ll, r);
}
bool rt_is_title(int32_t r) { return IN(tab_Lt, r); }
bool rt_is_mark(int32_t r) { return IN(tab_M, r); }
bool rt_is_punct(int32_t r) { return IN(tab_P, r); }
bool rt_is_symbol(int32_t r) { return IN(tab_S, r); }
bool rt_is_control(int32_t r) {
    return (uint32_t)r <= 0xFF && IN(tab_Cc, r);
}
bool rt_is_space(int32_t r) {
    if ((uint32_t)r <= 0xFF)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 ||
               r == 0xA0;
    return IN(tab_White_Space, r);
}
bool rt_is_print(int32_t r) {
    if (r == ' ') return true;
    if ((uint32_t)r < 0x80) return r > ' ' && r < 0x7F;
    return IN(tab_L, r) || IN(tab_M, r) || IN(tab_N, r) || IN(tab_P, r) ||
           IN(tab_S, r);
}
bool rt_is_graphic(int32_t r) {
    return rt_is_print(r) || IN(tab_Zs, r);
}

/* ---- case ---- */

enum { CASE_UPPER = 0, CASE_LOWER = 1, CASE_TITLE = 2 };

int32_t rt_to_case(int which, int32_t r) {
    if (r < 0 || r > MAX_RUNE) return r;
    size_t lo = 0, hi = sizeof tab_case / sizeof tab_case[0];
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        const int32_t *c = tab_case[m];
        if (r < c[0]) hi = m;
        else if (r > c[1]) lo = m + 1;
        else {
            int32_t delta = c[2 + which];
            if (delta > MAX_RUNE)   /* alternating Upper/Lower pairs */
                return c[0] + (((r - c[0]) & ~1) | (which & 1));
            return r + delta;
        }
    }
    return r;
}
int32_t rt_to_upper(int32_t r) {
    if ((uint32_t)r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
    return rt_to_case(CASE_UPPER, r);
}
int32_t rt_to_lower(int32_t r) {
    if ((uint32_t)r < 0x80) return r >= 'A' && r <= 'Z' ? r + 32 : r;
    return rt_to_case(CASE_LOWER, r);
}
int32_t rt_to_title(int32_t r) { return rt_to_case(CASE_TITLE, r); }

/* unicode.SimpleFold: the next rune in r's case-folding orbit */
int32_t rt_simple_fold(int32_t r) {
    if (r < 0 || r > MAX_RUNE) return r;
    size_t lo = 0, hi = sizeof tab_orbit / sizeof tab_orbit[0];
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (r < tab_orbit[m][0]) hi = m;
        else if (r > tab_orbit[m][0]) lo = m + 1;
        else return tab_orbit[m][1];
    }
    int32_t l = rt_to_lower(r);
    return l != r ? l : rt_to_upper(r);
}

/* ---- quoting ---- */

static const char lowerhex[] = "0123456789abcdef";

/* The pieces are those of Go's appendEscapedRune: a rune's UTF-8 bytes
 * at once, an escape's backslash and letter at once, each hex digit alone */
static void escaped_rune(Pieces *out, int32_t r, char quote, int flags) {
    if (r == quote || r == '\\') {
        piece_c(out, '\\');
        piece_c(out, (char)r);
        return;
    }
    if (flags & QUOTE_ASCII) {
        if (r < 0x80 && rt_is_print(r)) {
            piece_c(out, (char)r);
            return;
        }
    } else if (rt_is_print(r) || ((flags & QUOTE_GRAPHIC) && rt_is_graphic(r))) {
        uint8_t tmp[4];
        piece(out, tmp, (size_t)rt_encode_rune(tmp, r));
        return;
    }
    switch (r) {
    case '\a': piece(out, "\\a", 2); return;
    case '\b': piece(out, "\\b", 2); return;
    case '\f': piece(out, "\\f", 2); return;
    case '\n': piece(out, "\\n", 2); return;
    case '\r': piece(out, "\\r", 2); return;
    case '\t': piece(out, "\\t", 2); return;
    case '\v': piece(out, "\\v", 2); return;
    }
    if (r < ' ' || r == 0x7F) {
        piece(out, "\\x", 2);
        piece_c(out, lowerhex[(r >> 4) & 15]);
        piece_c(out, lowerhex[r & 15]);
        return;
    }
    if (r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) r = RUNE_ERROR;
    int top = r < 0x10000 ? 12 : 28;
    piece(out, r < 0x10000 ? "\\u" : "\\U", 2);
    for (int s = top; s >= 0; s -= 4) piece_c(out, lowerhex[(r >> s) & 15]);
}

void rt_quote_pieces(Pieces *out, const uint8_t *s, size_t n, int flags) {
    piece_c(out, '"');
    size_t i = 0;
    while (i < n) {
        int w;
        int32_t r = s[i];
        if (r < 0x80) w = 1;
        else r = rt_decode_rune(s + i, n - i, &w);
        if (w == 1 && r == RUNE_ERROR) {
            piece(out, "\\x", 2);
            piece_c(out, lowerhex[s[i] >> 4]);
            piece_c(out, lowerhex[s[i] & 15]);
            i++;
            continue;
        }
        escaped_rune(out, r, '"', flags);
        i += (size_t)w;
    }
    piece_c(out, '"');
}

void rt_quote_rune_pieces(Pieces *out, int32_t r, int flags) {
    if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) r = RUNE_ERROR;
    piece_c(out, '\'');
    escaped_rune(out, r, '\'', flags);
    piece_c(out, '\'');
}

void rt_quote(Buf *out, const uint8_t *s, size_t n, int flags) {
    rt_quote_pieces(&(Pieces){out, SIZE_MAX, 0}, s, n, flags);
}

void rt_quote_rune(Buf *out, int32_t r, int flags) {
    rt_quote_rune_pieces(&(Pieces){out, SIZE_MAX, 0}, r, flags);
}

bool rt_can_backquote(const uint8_t *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        int w;
        int32_t r = rt_decode_rune(s + i, n - i, &w);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xFEFF) return false;
            continue;
        }
        if (r == RUNE_ERROR) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}
