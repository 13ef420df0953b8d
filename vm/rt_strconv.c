/* rt_strconv.c — natives of package strconv (stdlib/strconv/strconv.go):
 * integer and float formatting and parsing, quoting and unquoting.
 *
 * Parsing natives return a status code instead of an error; the Go side
 * builds Go's *NumError from it, so error texts live in one place:
 *   0 ok, 1 invalid syntax, 2 value out of range, 3 invalid base,
 *   4 invalid bit size.
 * Float text comes from rt_float.c (exact, shortest round-trip); float
 * parsing checks Go's literal syntax here, then lets the C library (which
 * rounds correctly) convert. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm/rt.h"


static int lower(int c) { return c | 0x20; }

/* Go's underscoreOK: '_' only between digits (a base prefix counts). */
static bool underscore_ok(const uint8_t *s, size_t n) {
    char saw = '^';
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) {
        s++;
        n--;
    }
    bool hex = false;
    if (n >= 2 && s[0] == '0' &&
        (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        int c = s[i];
        if ((c >= '0' && c <= '9') ||
            (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            saw = '0';
            continue;
        }
        if (c == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

/* ParseUint's core: *out gets the value (max on range errors). */
int rt_parse_uint(const uint8_t *s, size_t n, int64_t base,
                  int64_t bitsize, uint64_t *out) {
    *out = 0;
    if (n == 0) return ST_SYNTAX;
    bool base0 = base == 0;
    const uint8_t *s0 = s;
    size_t n0 = n;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b') { base = 2; s += 2; n -= 2; }
            else if (n >= 3 && lower(s[1]) == 'o') { base = 8; s += 2; n -= 2; }
            else if (n >= 3 && lower(s[1]) == 'x') { base = 16; s += 2; n -= 2; }
            else { base = 8; s++; n--; }
        }
    } else if (base < 2 || base > 36) {
        return ST_BASE;
    }
    if (bitsize == 0) bitsize = 64;
    else if (bitsize < 0 || bitsize > 64) return ST_BITSIZE;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX
                                    : ((uint64_t)1 << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        int c = s[i], d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return ST_SYNTAX;
        }
        if (d >= base) return ST_SYNTAX;
        if (v >= cutoff) {
            *out = maxval;
            return ST_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + (uint64_t)d;
        if (v1 < v || v1 > maxval) {
            *out = maxval;
            return ST_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0)) return ST_SYNTAX;
    *out = v;
    return ST_OK;
}

/* func parseUint(s string, base int, bitSize int) (uint64, int) */
void nat_strconv_parseUint(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    uint64_t v;
    int st = rt_parse_uint(s.ptr, (size_t)s.len, slot_int(a, 2),
                           slot_int(a, 3), &v);
    r[0] = v;
    r[1] = (uint64_t)st;
}

int rt_parse_int(const uint8_t *p, size_t n, int64_t base, int64_t bitsize,
                 int64_t *out) {
    bool neg = false;
    size_t n0 = n;
    if (n > 0 && (p[0] == '+' || p[0] == '-')) {
        neg = p[0] == '-';
        p++;
        n--;
    }
    uint64_t u;
    int st = rt_parse_uint(p, n, base, bitsize, &u);
    if (n0 == 0) st = ST_SYNTAX;
    *out = 0;
    if (st != ST_OK && st != ST_RANGE) return st;
    if (bitsize == 0) bitsize = 64;
    uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
    int range = st == ST_RANGE ? ST_RANGE2 : ST_RANGE;
    if (!neg && u >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return range;
    }
    if (neg && u > cutoff) {
        *out = -(int64_t)(cutoff - 1) - 1;
        return range;
    }
    *out = neg ? (int64_t)-u : (int64_t)u;
    return st;
}

/* func parseInt(s string, base int, bitSize int) (int64, int) */
void nat_strconv_parseInt(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    int64_t v;
    int st = rt_parse_int(s.ptr, (size_t)s.len, slot_int(a, 2),
                          slot_int(a, 3), &v);
    r[0] = (uint64_t)v;
    r[1] = (uint64_t)st;
}

/* ---- floats ---- */

static int prefix_fold(const uint8_t *s, size_t n, const char *word) {
    size_t k = 0;
    while (k < n && word[k] && lower(s[k]) == word[k]) k++;
    return (int)k;
}

/* Go's float literal syntax (readFloat/special); true when all of s is a
 * valid number.  *special: 1 inf, -1 -inf, 2 nan. */
static bool float_syntax(const uint8_t *s, size_t n, int *special) {
    *special = 0;
    if (n == 0) return false;
    size_t i = 0;
    int sign = 1;
    if (s[0] == '+' || s[0] == '-') {
        sign = s[0] == '-' ? -1 : 1;
        i = 1;
    }
    if (i < n && lower(s[i]) == 'i') {
        int k = prefix_fold(s + i, n - i, "infinity");
        if (k > 3 && k < 8) k = 3;
        if ((k == 3 || k == 8) && i + (size_t)k == n) {
            *special = sign;
            return true;
        }
        return false;
    }
    if (i == 0 && lower(s[0]) == 'n') {
        if (n == 3 && prefix_fold(s, n, "nan") == 3) {
            *special = 2;
            return true;
        }
        return false;
    }
    bool hex = false;
    int expchar = 'e';
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = true;
        expchar = 'p';
        i += 2;
    }
    bool underscores = false, sawdot = false, sawdigits = false;
    for (; i < n; i++) {
        int c = s[i];
        if (c == '_') { underscores = true; continue; }
        if (c == '.') {
            if (sawdot) break;
            sawdot = true;
            continue;
        }
        if ((c >= '0' && c <= '9') ||
            (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            sawdigits = true;
            continue;
        }
        break;
    }
    if (!sawdigits) return false;
    if (i < n && lower(s[i]) == expchar) {
        i++;
        if (i >= n) return false;
        if (s[i] == '+' || s[i] == '-') i++;
        if (i >= n || s[i] < '0' || s[i] > '9') return false;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
            if (s[i] == '_') underscores = true;
    } else if (hex) {
        return false;
    }
    if (underscores && !underscore_ok(s, i)) return false;
    return i == n;
}

int rt_parse_float(const uint8_t *p, size_t n, int bits, double *out) {
    int special;
    *out = 0;
    if (!float_syntax(p, n, &special)) return ST_SYNTAX;
    if (special == 2) {
        /* Go's math.NaN(); ParseFloat(s, 32) rounds it to float32 first,
         * which drops the low payload bit */
        uint64_t nan_bits = bits == 32 ? 0x7FF8000000000000ULL : 0x7FF8000000000001ULL;
        memcpy(out, &nan_bits, 8);
        return ST_OK;
    }
    if (special) {
        *out = special * INFINITY;
        return ST_OK;
    }
    char *tmp = malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] != '_') tmp[k++] = (char)p[i];
    tmp[k] = 0;
    *out = bits == 32 ? strtof(tmp, NULL) : strtod(tmp, NULL);
    free(tmp);
    return isinf(*out) ? ST_RANGE : ST_OK;
}

/* func parseFloat(s string, bitSize int) (float64, int) */
void nat_strconv_parseFloat(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    double v;
    int st = rt_parse_float(s.ptr, (size_t)s.len, (int)slot_int(a, 2), &v);
    set_f64(r, 0, v);
    r[1] = (uint64_t)st;
}

/* ---- formatting ---- */

static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Go's small(i) (strconv/itoa.go): decimal 0..99 is a substring of one
 * static string, so Itoa and FormatInt of those allocate nothing (and
 * format_bits writes decimal digits two at a time from it). */
static const char smalls[] =
    "00010203040506070809"
    "10111213141516171819"
    "20212223242526272829"
    "30313233343536373839"
    "40414243444546474849"
    "50515253545556575859"
    "60616263646566676869"
    "70717273747576777879"
    "80818283848586878889"
    "90919293949596979899";

/* The digits of u in base (2..36), '-' first when neg, written at the
 * end of tmp[72]; returns where they start. */
static int format_bits(char tmp[72], uint64_t u, int base, bool neg) {
    int i = 72;
    if (base == 10) {  /* the common case: two digits per division */
        while (u >= 100) {
            unsigned d = (unsigned)(u % 100) * 2;
            u /= 100;
            tmp[--i] = smalls[d + 1];
            tmp[--i] = smalls[d];
        }
        if (u >= 10) {
            tmp[--i] = smalls[u * 2 + 1];
            tmp[--i] = smalls[u * 2];
        } else {
            tmp[--i] = (char)('0' + u);
        }
    } else {
        do {
            tmp[--i] = digits[u % (uint64_t)base];
            u /= (uint64_t)base;
        } while (u);
    }
    if (neg) tmp[--i] = '-';
    return i;
}

static void check_base(NativeCtx *c, int64_t base) {
    if (base < 2 || base > 36)
        native_panic_string(c, "strconv: illegal AppendInt/FormatInt base");
}

static GoString small_string(uint64_t u) {
    if (u < 10) return (GoString){(const uint8_t *)smalls + 2 * u + 1, 1};
    return (GoString){(const uint8_t *)smalls + 2 * u, 2};
}

/* u (negated when neg) in base as a Go string: one heap block of exactly
 * the text's length, as Go's formatBits' string(a[i:]), except that a
 * one-byte string allocates nothing there either (the runtime's
 * slicebytetostring hands out a static byte) */
static GoString format_int(NativeCtx *c, uint64_t u, int64_t base, bool neg) {
    check_base(c, base);
    if (!neg && u < 100 && base == 10) return small_string(u);
    if (!neg && u < (uint64_t)base) return (GoString){(const uint8_t *)digits + u, 1};
    char tmp[72];
    int i = format_bits(tmp, u, (int)base, neg);
    return native_string(c, tmp + i, sizeof tmp - (size_t)i);
}

/* func FormatInt(i int64, base int) string */
void nat_strconv_FormatInt(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t v = slot_int(a, 0);
    set_str(r, 0, format_int(c, v < 0 ? -(uint64_t)v : (uint64_t)v,
                             slot_int(a, 1), v < 0));
}

/* func Itoa(i int) string: FormatInt(int64(i), 10) without the extra
 * call (programs call it in their inner loops) */
void nat_strconv_Itoa(NativeCtx *c, uint64_t *r, uint64_t *a) {
    int64_t v = slot_int(a, 0);
    set_str(r, 0, format_int(c, v < 0 ? -(uint64_t)v : (uint64_t)v, 10, v < 0));
}

/* func formatBits(buf []byte, u uint64, base int, neg bool) int: the
 * digits written straight at the end of buf (72 bytes, in the caller's
 * frame), where they start returned: AppendInt/AppendUint append them allocating nothing
 * else, as Go's formatBits does with its stack array */
void nat_strconv_formatBits(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice b = slot_slice(a, 0);
    int64_t base = slot_int(a, 4);
    check_base(c, base);
    if (b.len != 72) native_panic_string(c, "strconv: formatBits needs a [72]byte buffer");
    r[0] = (uint64_t)format_bits(b.ptr, a[3], (int)base, a[5] != 0);
}

/* func FormatUint(i uint64, base int) string */
void nat_strconv_FormatUint(NativeCtx *c, uint64_t *r, uint64_t *a) {
    set_str(r, 0, format_int(c, a[0], slot_int(a, 1), false));
}

static void check_bitsize(NativeCtx *c, int64_t bitsize) {
    if (bitsize != 32 && bitsize != 64)
        native_panic_string(c, "strconv: illegal AppendFloat/FormatFloat bitSize");
}

/* The Append natives, func appendX(dst []byte, ...) (n, need int), write
 * their text into dst's spare capacity when every piece of it fits (n is
 * dst's new length, need 0).  Otherwise they write nothing and need is the
 * length Go's append asks for at the first piece past cap(dst): strconv.go
 * grows dst there and calls again, so dst grows as often, and to the same
 * capacities, as in Go.  The text is formatted into a C buffer first. */
static Pieces pieces_for(GoSlice dst, Buf *b) {
    return (Pieces){b, (size_t)(dst.cap - dst.len), 0};
}

static void append_pieces(uint64_t *r, GoSlice dst, Pieces *p) {
    r[0] = (uint64_t)dst.len;
    r[1] = p->need ? (uint64_t)dst.len + p->need : 0;
    if (!p->need && p->out->len) {
        memcpy((uint8_t *)dst.ptr + dst.len, p->out->data, p->out->len);
        r[0] += p->out->len;
    }
    buf_free(p->out);
}

/* func appendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) (n, need int) */
void nat_strconv_appendFloat(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice dst = slot_slice(a, 0);
    check_bitsize(c, slot_int(a, 6));
    Buf b = {0};
    Pieces p = pieces_for(dst, &b);
    rt_format_float_pieces(&p, slot_f64(a, 3), (char)a[4],
                           (int)slot_int(a, 5), (int)slot_int(a, 6));
    append_pieces(r, dst, &p);
}

/* func appendQuoted(dst []byte, s string, flags int) (n, need int);
 * flags: QUOTE_ASCII, QUOTE_GRAPHIC */
void nat_strconv_appendQuoted(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice dst = slot_slice(a, 0);
    GoString s = slot_str(a, 3);
    Buf b = {0};
    Pieces p = pieces_for(dst, &b);
    rt_quote_pieces(&p, s.ptr, (size_t)s.len, (int)slot_int(a, 5));
    append_pieces(r, dst, &p);
}

/* func appendQuotedRune(dst []byte, r rune, flags int) (n, need int) */
void nat_strconv_appendQuotedRune(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice dst = slot_slice(a, 0);
    Buf b = {0};
    Pieces p = pieces_for(dst, &b);
    rt_quote_rune_pieces(&p, (int32_t)a[3], (int)slot_int(a, 4));
    append_pieces(r, dst, &p);
}

void nat_strconv_CanBackquote(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    r[0] = rt_can_backquote(s.ptr, (size_t)s.len);
}
void nat_strconv_IsPrint(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = rt_is_print((int32_t)a[0]);
}
void nat_strconv_IsGraphic(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = rt_is_graphic((int32_t)a[0]);
}

/* ---- unquoting ---- */

static int unhex(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (lower(c) >= 'a' && lower(c) <= 'f') return lower(c) - 'a' + 10;
    return -1;
}

/* Go's UnquoteChar: decodes one character of a quoted literal at s[*i].
 * Returns false on a syntax error. */
static bool unquote_char(const uint8_t *s, size_t n, size_t *i, int quote,
                         int32_t *val, bool *multibyte) {
    *multibyte = false;
    if (*i >= n) return false;
    int c = s[*i];
    if (c == quote && (quote == '\'' || quote == '"')) return false;
    if (c >= 0x80) {
        int w;
        *val = rt_decode_rune(s + *i, n - *i, &w);
        *i += (size_t)w;
        *multibyte = true;
        return true;
    }
    if (c != '\\') {
        *val = c;
        (*i)++;
        return true;
    }
    if (*i + 1 >= n) return false;
    c = s[*i + 1];
    *i += 2;
    switch (c) {
    case 'a': *val = '\a'; return true;
    case 'b': *val = '\b'; return true;
    case 'f': *val = '\f'; return true;
    case 'n': *val = '\n'; return true;
    case 'r': *val = '\r'; return true;
    case 't': *val = '\t'; return true;
    case 'v': *val = '\v'; return true;
    case '\\': *val = '\\'; return true;
    case '\'': case '"':
        if (c != quote) return false;
        *val = c;
        return true;
    case 'x': case 'u': case 'U': {
        size_t k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - *i < k) return false;
        int32_t v = 0;
        for (size_t j = 0; j < k; j++) {
            int x = unhex(s[*i + j]);
            if (x < 0) return false;
            v = v << 4 | x;
        }
        *i += k;
        if (c != 'x') {
            if (v < 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
                return false;
            *multibyte = true;
        }
        *val = v;
        return true;
    }
    default:
        if (c >= '0' && c <= '7') {
            int32_t v = c - '0';
            if (n - *i < 2) return false;
            for (int j = 0; j < 2; j++) {
                int x = s[*i + (size_t)j] - '0';
                if (x < 0 || x > 7) return false;
                v = (v << 3) | x;
            }
            *i += 2;
            if (v > 255) return false;
            *val = v;
            return true;
        }
        return false;
    }
}

/* strconv.Unquote into out; false on a syntax error */
bool rt_unquote(Buf *out, const uint8_t *s, size_t n) {
    if (n < 2) return false;
    int quote = s[0];
    if (quote == '`') {
        if (s[n - 1] != '`') return false;
        for (size_t i = 1; i < n - 1; i++) {
            if (s[i] == '`') return false;
            if (s[i] != '\r') buf_putc(out, (char)s[i]);
        }
        return true;
    }
    if (quote != '"' && quote != '\'') return false;
    if (s[n - 1] != quote) return false;
    size_t i = 1;
    while (i < n && s[i] != quote) {
        if (s[i] == '\n') return false;
        int32_t r;
        bool mb;
        if (!unquote_char(s, n, &i, quote, &r, &mb)) return false;
        if (r < 0x80 || !mb) {
            buf_putc(out, (char)r);
        } else {
            uint8_t tmp[4];
            buf_put(out, tmp, (size_t)rt_encode_rune(tmp, r));
        }
        if (quote == '\'') break;
    }
    if (i != n - 1) return false;
    return true;
}

/* func unquote(s string) (string, bool) */
void nat_strconv_unquote(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    Buf b = {0};
    bool ok = rt_unquote(&b, s.ptr, (size_t)s.len);
    if (!ok) b.len = 0;
    set_str(r, 0, rt_gostring(c, &b));
    r[2] = ok;
    buf_free(&b);
}
