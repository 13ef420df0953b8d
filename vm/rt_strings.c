/* rt_strings.c — natives of packages strings and unicode/utf8 where speed
 * matters (searching, case mapping, joining); the rest of both packages is
 * Go source in stdlib/.  Results follow Go exactly, including when Go
 * returns its argument unchanged instead of a copy (ToUpper of an upper-case
 * string, Join of one element), so allocation counts match.
 * Invalid UTF-8: case mapping replaces each bad byte by U+FFFD, as
 * strings.Map does; counting and decoding treat it as a 1-byte U+FFFD. */
#include <stdio.h>
#include <string.h>

#include "vm/rt.h"

/* ---- searching ---- */

int64_t rt_index(GoString s, GoString sub) {
    if (sub.len == 0) return 0;
    if (sub.len > s.len) return -1;
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, sub.ptr, (size_t)sub.len);
    return p ? p - s.ptr : -1;
}

int64_t rt_last_index(GoString s, GoString sub) {
    if (sub.len == 0) return s.len;
    for (int64_t i = s.len - sub.len; i >= 0; i--)
        if (s.ptr[i] == sub.ptr[0] &&
            memcmp(s.ptr + i, sub.ptr, (size_t)sub.len) == 0)
            return i;
    return -1;
}

int64_t rt_rune_count(const uint8_t *p, int64_t n) {
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int w;
        rt_decode_rune(p + i, (size_t)(n - i), &w);
        i += w;
    }
    return c;
}

/* func Index(s, substr string) int */
void nat_strings_Index(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = (uint64_t)rt_index(slot_str(a, 0), slot_str(a, 2));
}
/* func LastIndex(s, substr string) int */
void nat_strings_LastIndex(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = (uint64_t)rt_last_index(slot_str(a, 0), slot_str(a, 2));
}
/* func IndexByte(s string, c byte) int */
void nat_strings_IndexByte(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    const uint8_t *p = s.len ? memchr(s.ptr, (int)(a[2] & 0xFF), (size_t)s.len)
                             : NULL;
    r[0] = (uint64_t)(p ? p - s.ptr : -1);
}
int64_t rt_count(GoString s, GoString sub) {
    if (sub.len == 0) return rt_rune_count(s.ptr, s.len) + 1;
    int64_t n = 0;
    while (true) {
        int64_t i = rt_index(s, sub);
        if (i < 0) return n;
        n++;
        s.ptr += i + sub.len;
        s.len -= i + sub.len;
    }
}

/* func Count(s, substr string) int */
void nat_strings_Count(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = (uint64_t)rt_count(slot_str(a, 0), slot_str(a, 2));
}

int rt_compare(GoString x, GoString y) {
    int64_t n = x.len < y.len ? x.len : y.len;
    int k = n ? memcmp(x.ptr, y.ptr, (size_t)n) : 0;
    if (k) return k < 0 ? -1 : 1;
    return x.len < y.len ? -1 : x.len > y.len;
}

/* func Compare(a, b string) int */
void nat_strings_Compare(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = (uint64_t)(int64_t)rt_compare(slot_str(a, 0), slot_str(a, 2));
}

/* ---- building ---- */

/* func Repeat(s string, count int) string */
void nat_strings_Repeat(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    int64_t count = slot_int(a, 2);
    if (count == 0 || s.len == 0) {
        if (count < 0) native_panic_string(c, "strings: negative Repeat count");
        set_str(r, 0, (GoString){NULL, 0});
        return;
    }
    if (count < 0) native_panic_string(c, "strings: negative Repeat count");
    if ((s.len * count) / count != s.len || s.len * count < 0)
        native_panic_string(c, "strings: Repeat count causes overflow");
    int64_t n = s.len * count;
    uint8_t *p = native_alloc(c, (size_t)n, NULL, false);
    for (int64_t i = 0; s.len && i < count; i++)
        memcpy(p + i * s.len, s.ptr, (size_t)s.len);
    set_str(r, 0, (GoString){p, n});
}

/* func Join(elems []string, sep string) string */
void nat_strings_Join(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice el = slot_slice(a, 0);
    GoString sep = slot_str(a, 3);
    const GoString *e = el.ptr;
    if (el.len == 0) {
        set_str(r, 0, (GoString){NULL, 0});
        return;
    }
    if (el.len == 1) {
        set_str(r, 0, e[0]);
        return;
    }
    int64_t n = sep.len * (el.len - 1);
    for (int64_t i = 0; i < el.len; i++) n += e[i].len;
    uint8_t *p = native_alloc(c, (size_t)n, NULL, false);
    int64_t k = 0;
    for (int64_t i = 0; i < el.len; i++) {
        /* an empty Go string may have a NULL ptr: memcpy must not see it */
        if (i && sep.len) {
            memcpy(p + k, sep.ptr, (size_t)sep.len);
            k += sep.len;
        }
        if (e[i].len) memcpy(p + k, e[i].ptr, (size_t)e[i].len);
        k += e[i].len;
    }
    set_str(r, 0, (GoString){p, n});
}

/* ---- case mapping ---- */

static int32_t map_one(int which, int32_t r) {
    return which == 0 ? rt_to_upper(r) : which == 1 ? rt_to_lower(r)
                                                    : rt_to_title(r);
}

/* Go's ToUpper/ToLower/ToTitle: an all-ASCII string is mapped byte by
 * byte; otherwise rune by rune as strings.Map does (an invalid byte
 * becomes U+FFFD, which counts as a change). */
bool rt_map_case(Buf *out, GoString s, int which) {
    bool ascii = true, change = false;
    for (int64_t i = 0; i < s.len; i++) {
        uint8_t b = s.ptr[i];
        if (b >= 0x80) {
            ascii = false;
            break;
        }
        if (map_one(which, b) != b) change = true;
    }
    if (ascii) {
        if (!change) return false;
        for (int64_t i = 0; i < s.len; i++)
            buf_putc(out, (char)map_one(which, s.ptr[i]));
        return true;
    }
    size_t start = out->len;
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t r = rt_decode_rune(s.ptr + i, (size_t)(s.len - i), &w);
        int32_t m = map_one(which, r);
        if (m != r || (r == 0xFFFD && w == 1)) change = true;
        uint8_t tmp[4];
        buf_put(out, tmp, (size_t)rt_encode_rune(tmp, m));
        i += w;
    }
    if (!change) {
        out->len = start;
        return false;
    }
    return true;
}

static void case_native(NativeCtx *c, uint64_t *r, uint64_t *a, int which) {
    GoString s = slot_str(a, 0);
    Buf b = {0};
    if (rt_map_case(&b, s, which)) s = rt_gostring(c, &b);
    buf_free(&b);
    set_str(r, 0, s);
}

void nat_strings_ToUpper(NativeCtx *c, uint64_t *r, uint64_t *a) {
    case_native(c, r, a, 0);
}
void nat_strings_ToLower(NativeCtx *c, uint64_t *r, uint64_t *a) {
    case_native(c, r, a, 1);
}
void nat_strings_ToTitle(NativeCtx *c, uint64_t *r, uint64_t *a) {
    case_native(c, r, a, 2);
}

/* strings.EqualFold: equal under simple Unicode case folding */
bool rt_equal_fold(GoString s, GoString t) {
    int64_t i = 0, j = 0;
    while (i < s.len && j < t.len) {
        int w1, w2;
        int32_t sr = rt_decode_rune(s.ptr + i, (size_t)(s.len - i), &w1);
        int32_t tr = rt_decode_rune(t.ptr + j, (size_t)(t.len - j), &w2);
        i += w1;
        j += w2;
        if (sr == tr) continue;
        if (tr < sr) {
            int32_t x = tr;
            tr = sr;
            sr = x;
        }
        if (tr < 0x80) {
            if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A') continue;
            return false;
        }
        int32_t f = rt_simple_fold(sr);
        while (f != sr && f < tr) f = rt_simple_fold(f);
        if (f != tr) return false;
    }
    return i == s.len && j == t.len;
}

/* func EqualFold(s, t string) bool */
void nat_strings_EqualFold(NativeCtx *c, uint64_t *r, uint64_t *a) {
    r[0] = rt_equal_fold(slot_str(a, 0), slot_str(a, 2));
}

/* func bytesToString(b []byte) string: the bytes without a copy (Builder) */
void nat_strings_bytesToString(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice b = slot_slice(a, 0);
    set_str(r, 0, (GoString){b.ptr, b.len});
}

/* ---- unicode/utf8 ---- */

/* func RuneCountInString(s string) int */
void nat_utf8_RuneCountInString(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    r[0] = (uint64_t)rt_rune_count(s.ptr, s.len);
}
/* func RuneCount(p []byte) int */
void nat_utf8_RuneCount(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice s = slot_slice(a, 0);
    r[0] = (uint64_t)rt_rune_count(s.ptr, s.len);
}
/* func DecodeRuneInString(s string) (rune, int); DecodeRune([]byte) */
void nat_utf8_DecodeRuneInString(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    int w;
    int32_t ru = rt_decode_rune(s.ptr, (size_t)s.len, &w);
    r[0] = (uint64_t)(int64_t)ru;
    r[1] = (uint64_t)w;
}
void nat_utf8_DecodeRune(NativeCtx *c, uint64_t *r, uint64_t *a) {
    nat_utf8_DecodeRuneInString(c, r, a);   /* same first two slots */
}

int32_t rt_decode_last_rune(const uint8_t *p, int64_t n, int *width) {
    if (n == 0) {
        *width = 0;
        return 0xFFFD;
    }
    if (p[n - 1] < 0x80) {
        *width = 1;
        return p[n - 1];
    }
    int64_t lim = n - 4 > 0 ? n - 4 : 0, start = n - 1;
    for (start--; start >= lim; start--)
        if ((p[start] & 0xC0) != 0x80) break;
    if (start < 0) start = 0;
    int w;
    int32_t ru = rt_decode_rune(p + start, (size_t)(n - start), &w);
    if (start + w != n) {
        *width = 1;
        return 0xFFFD;
    }
    *width = w;
    return ru;
}

static void decode_last(const uint8_t *p, int64_t n, uint64_t *r) {
    int w;
    r[0] = (uint64_t)(int64_t)rt_decode_last_rune(p, n, &w);
    r[1] = (uint64_t)w;
}
void nat_utf8_DecodeLastRuneInString(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    decode_last(s.ptr, s.len, r);
}
void nat_utf8_DecodeLastRune(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice s = slot_slice(a, 0);
    decode_last(s.ptr, s.len, r);
}

static bool valid(const uint8_t *p, int64_t n) {
    for (int64_t i = 0; i < n;) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        int w;
        int32_t ru = rt_decode_rune(p + i, (size_t)(n - i), &w);
        if (ru == 0xFFFD && w == 1) return false;
        i += w;
    }
    return true;
}
void nat_utf8_ValidString(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoString s = slot_str(a, 0);
    r[0] = valid(s.ptr, s.len);
}
void nat_utf8_Valid(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice s = slot_slice(a, 0);
    r[0] = valid(s.ptr, s.len);
}
/* func EncodeRune(p []byte, r rune) int */
void nat_utf8_EncodeRune(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice p = slot_slice(a, 0);
    uint8_t tmp[4];
    int n = rt_encode_rune(tmp, (int32_t)a[3]);
    if (p.len < n) {
        char msg[96];
        snprintf(msg, sizeof msg,
                 "runtime error: index out of range [%d] with length %lld",
                 n - 1, (long long)p.len);
        native_panic_runtime(c, msg);
    }
    memcpy(p.ptr, tmp, (size_t)n);
    r[0] = (uint64_t)n;
}
