/* const.c — exact constant arithmetic, as Go's go/constant does it.
 *
 * Representation: integers are sign + magnitude bignums (32-bit limbs,
 * little-endian, no leading zero limbs); floats are exact rationals
 * num/den of bignums (den > 0, reduced), so `1.0/3.0` stays exact until it
 * is rounded, once, to float64 or float32 — with round-half-even from the
 * exact rational, which is what Go's compiler does.
 *
 * Invariants: a ConstVal is immutable once made; operations allocate their
 * results (and scratch) in the compilation's arena.  Go limits untyped
 * integer constants to 512 bits; the checker enforces that with
 * const_bitlen.
 *
 * Cost: schoolbook multiplication and bit-at-a-time division, O(n^2) in the
 * bit length; constants are small. */
#include "check.h"

#include <math.h>
#include <stdlib.h>

typedef struct Big {
    int sign;         /* -1, 0, 1 */
    int n;            /* limbs in use */
    uint32_t *d;
} Big;

struct ConstVal {
    ConstKind kind;
    bool b;
    Big num, den;     /* int: num; float: num/den */
    const char *s;
    int64_t slen;
};

/* The arena of the current operation: set by every entry point that takes
 * a Compiler, or to a local scratch arena by the accessors. */
static Arena *A;

/* ---- bignum magnitude helpers ---- */

static Big big_alloc(int n) {
    Big r = {0, 0, NULL};
    r.d = arena_alloc(A, sizeof(uint32_t) * (size_t)(n > 0 ? n : 1));
    return r;
}

static void big_norm(Big *r) {
    while (r->n > 0 && r->d[r->n - 1] == 0) r->n--;
    if (r->n == 0) r->sign = 0;
    else if (r->sign == 0) r->sign = 1;
}

static Big big_u64(uint64_t v) {
    Big r = big_alloc(2);
    r.d[0] = (uint32_t)v, r.d[1] = (uint32_t)(v >> 32);
    r.n = 2;
    r.sign = 1;
    big_norm(&r);
    return r;
}

static Big big_i64(int64_t v) {
    Big r = big_u64(v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
    if (v < 0) r.sign = -1;
    return r;
}

static int mag_cmp(const Big *a, const Big *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

static Big mag_add(const Big *a, const Big *b) {
    int n = (a->n > b->n ? a->n : b->n) + 1;
    Big r = big_alloc(n);
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t s = carry;
        if (i < a->n) s += a->d[i];
        if (i < b->n) s += b->d[i];
        r.d[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r.n = n;
    r.sign = 1;
    big_norm(&r);
    return r;
}

/* |a| - |b|, requires |a| >= |b| */
static Big mag_sub(const Big *a, const Big *b) {
    Big r = big_alloc(a->n);
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t s = (int64_t)a->d[i] - borrow - (i < b->n ? b->d[i] : 0);
        borrow = s < 0;
        r.d[i] = (uint32_t)(s + (borrow ? ((int64_t)1 << 32) : 0));
    }
    r.n = a->n;
    r.sign = 1;
    big_norm(&r);
    return r;
}

static Big big_neg(Big a) { a.sign = -a.sign; return a; }

static Big big_add(Big a, Big b) {
    if (a.sign == 0) return b;
    if (b.sign == 0) return a;
    if (a.sign == b.sign) {
        Big r = mag_add(&a, &b);
        r.sign = a.sign;
        return r;
    }
    int c = mag_cmp(&a, &b);
    if (c == 0) return big_u64(0);
    Big r = c > 0 ? mag_sub(&a, &b) : mag_sub(&b, &a);
    r.sign = c > 0 ? a.sign : b.sign;
    return r;
}

static Big big_sub(Big a, Big b) { return big_add(a, big_neg(b)); }

static Big big_mul(Big a, Big b) {
    if (a.sign == 0 || b.sign == 0) return big_u64(0);
    Big r = big_alloc(a.n + b.n);
    for (int i = 0; i < a.n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b.n; j++) {
            uint64_t t = (uint64_t)a.d[i] * b.d[j] + r.d[i + j] + carry;
            r.d[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r.d[i + b.n] = (uint32_t)carry;
    }
    r.n = a.n + b.n;
    r.sign = a.sign * b.sign;
    big_norm(&r);
    return r;
}

static int big_bitlen(const Big *a) {
    if (a->n == 0) return 0;
    uint32_t top = a->d[a->n - 1];
    int bits = 0;
    while (top) bits++, top >>= 1;
    return (a->n - 1) * 32 + bits;
}

static int big_bit(const Big *a, int i) {
    int w = i / 32;
    if (w >= a->n) return 0;
    return (a->d[w] >> (i % 32)) & 1;
}

/* magnitude shift left */
static Big mag_shl(const Big *a, int s) {
    if (a->sign == 0) return *a;
    int ws = s / 32, bs = s % 32;
    Big r = big_alloc(a->n + ws + 1);
    for (int i = 0; i < a->n; i++) {
        uint64_t v = (uint64_t)a->d[i] << bs;
        r.d[i + ws] |= (uint32_t)v;
        r.d[i + ws + 1] |= (uint32_t)(v >> 32);
    }
    r.n = a->n + ws + 1;
    r.sign = a->sign;
    big_norm(&r);
    return r;
}

static Big mag_shr(const Big *a, int s) {
    int ws = s / 32, bs = s % 32;
    if (ws >= a->n) return big_u64(0);
    Big r = big_alloc(a->n - ws);
    for (int i = 0; i < a->n - ws; i++) {
        uint64_t v = a->d[i + ws];
        if (i + ws + 1 < a->n) v |= (uint64_t)a->d[i + ws + 1] << 32;
        r.d[i] = (uint32_t)(v >> bs);
    }
    r.n = a->n - ws;
    r.sign = a->sign;
    big_norm(&r);
    return r;
}

/* truncated division of magnitudes: q = |a| / |b|, m = |a| % |b| */
static void mag_divmod(const Big *a, const Big *b, Big *q, Big *m) {
    ASSERT(b->sign != 0, "division by zero");
    if (mag_cmp(a, b) < 0) {
        *q = big_u64(0);
        *m = *a;
        m->sign = a->sign ? 1 : 0;
        return;
    }
    if (b->n == 1) {   /* fast path: single limb divisor */
        Big r = big_alloc(a->n);
        uint64_t rem = 0;
        for (int i = a->n - 1; i >= 0; i--) {
            uint64_t cur = rem << 32 | a->d[i];
            r.d[i] = (uint32_t)(cur / b->d[0]);
            rem = cur % b->d[0];
        }
        r.n = a->n, r.sign = 1;
        big_norm(&r);
        *q = r;
        *m = big_u64(rem);
        return;
    }
    int nb = big_bitlen(a);
    Big quo = big_alloc(a->n);
    quo.n = a->n;
    Big rem = big_u64(0);
    Big bb = *b;
    bb.sign = 1;
    for (int i = nb - 1; i >= 0; i--) {
        rem = mag_shl(&rem, 1);
        if (big_bit(a, i)) {
            if (rem.sign == 0) rem = big_u64(1);
            else rem.d[0] |= 1;
        }
        if (rem.sign && mag_cmp(&rem, &bb) >= 0) {
            rem = mag_sub(&rem, &bb);
            quo.d[i / 32] |= 1u << (i % 32);
        }
    }
    quo.sign = 1;
    big_norm(&quo);
    *q = quo;
    *m = rem;
}

/* Go's truncated quotient and remainder */
static void big_quorem(Big a, Big b, Big *q, Big *r) {
    mag_divmod(&a, &b, q, r);
    if (q->sign) q->sign = a.sign * b.sign;
    if (r->sign) r->sign = a.sign;
}

static Big big_gcd(Big a, Big b) {
    a.sign = a.sign ? 1 : 0;
    b.sign = b.sign ? 1 : 0;
    while (b.sign) {
        Big q, r;
        mag_divmod(&a, &b, &q, &r);
        a = b;
        b = r;
    }
    return a;
}

static bool big_is_one(const Big *a) {
    return a->sign == 1 && a->n == 1 && a->d[0] == 1;
}

static uint64_t big_low64(const Big *a) {
    uint64_t v = 0;
    if (a->n > 0) v = a->d[0];
    if (a->n > 1) v |= (uint64_t)a->d[1] << 32;
    return a->sign < 0 ? (uint64_t)0 - v : v;
}

/* two's complement words (limbs) of a, length n (sign-extended) */
static uint32_t *to_twos(const Big *a, int n) {
    uint32_t *w = arena_alloc(A, sizeof(uint32_t) * (size_t)n);
    for (int i = 0; i < n && i < a->n; i++) w[i] = a->d[i];
    if (a->sign < 0) {
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~w[i] + carry;
            w[i] = (uint32_t)v;
            carry = v >> 32;
        }
    }
    return w;
}

static Big from_twos(uint32_t *w, int n) {
    Big r = big_alloc(n);
    bool neg = n > 0 && (w[n - 1] >> 31);
    if (neg) {
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~w[i] + carry;
            r.d[i] = (uint32_t)v;
            carry = v >> 32;
        }
    } else {
        memcpy(r.d, w, sizeof(uint32_t) * (size_t)n);
    }
    r.n = n;
    r.sign = neg ? -1 : 1;
    big_norm(&r);
    return r;
}

static Big big_bitop(Tok op, Big a, Big b) {
    int n = (a.n > b.n ? a.n : b.n) + 1;
    uint32_t *x = to_twos(&a, n), *y = to_twos(&b, n);
    for (int i = 0; i < n; i++) {
        switch (op) {
        case T_AND: x[i] &= y[i]; break;
        case T_OR: x[i] |= y[i]; break;
        case T_XOR: x[i] ^= y[i]; break;
        default: x[i] &= ~y[i]; break;   /* T_AND_NOT */
        }
    }
    return from_twos(x, n);
}

/* ---- constructors ---- */

static ConstVal *cv_new(Compiler *c, ConstKind k) {
    A = &c->arena;
    ConstVal *v = arena_alloc(A, sizeof(ConstVal));
    v->kind = k;
    return v;
}

static ConstVal *cv_int(Compiler *c, Big n) {
    ConstVal *v = cv_new(c, CV_INT);
    v->num = n;
    return v;
}

/* normalised rational; den must be nonzero */
static ConstVal *cv_rat(Compiler *c, Big num, Big den) {
    ConstVal *v = cv_new(c, CV_FLOAT);
    if (den.sign < 0) num = big_neg(num), den = big_neg(den);
    if (num.sign == 0) {
        den = big_u64(1);
    } else if (!big_is_one(&den)) {
        Big g = big_gcd(num, den);
        if (!big_is_one(&g)) {
            Big q, r;
            int s = num.sign;
            mag_divmod(&num, &g, &q, &r);
            num = q, num.sign = s;
            mag_divmod(&den, &g, &q, &r);
            den = q;
        }
    }
    v->num = num;
    v->den = den;
    return v;
}

ConstVal *const_make_int64(Compiler *c, int64_t v) {
    A = &c->arena;
    return cv_int(c, big_i64(v));
}

ConstVal *const_make_uint64(Compiler *c, uint64_t v) {
    A = &c->arena;
    return cv_int(c, big_u64(v));
}

ConstVal *const_make_bool(Compiler *c, bool b) {
    ConstVal *v = cv_new(c, CV_BOOL);
    v->b = b;
    return v;
}

ConstVal *const_make_string(Compiler *c, const char *s, size_t len) {
    ConstVal *v = cv_new(c, CV_STRING);
    v->s = arena_strndup(&c->arena, s, len);
    v->slen = (int64_t)len;
    return v;
}

ConstVal *const_make_float64(Compiler *c, double d) {
    A = &c->arena;
    if (d == 0) return cv_rat(c, big_u64(0), big_u64(1));
    int e;
    double m = frexp(fabs(d), &e);            /* d = m * 2^e, 0.5<=m<1 */
    uint64_t mant = (uint64_t)ldexp(m, 53);   /* exact */
    e -= 53;
    /* drop mant's trailing zero bits: then, when e < 0, mant is odd and
     * mant / 2^-e is already in lowest terms, so cv_rat's gcd (repeated
     * big division, ~6,000 instructions a call) is not needed */
    while (e < 0 && !(mant & 1)) mant >>= 1, e++;
    Big num = big_u64(mant), den = big_u64(1);
    if (e > 0) num = mag_shl(&num, e);
    else if (e < 0) den = mag_shl(&den, -e);
    if (d < 0) num = big_neg(num);
    if (e < 0) {
        ConstVal *v = cv_new(c, CV_FLOAT);
        v->num = num;
        v->den = den;
        return v;
    }
    return cv_rat(c, num, den);
}

/* ---- accessors ---- */

ConstKind const_kind(const ConstVal *v) { return v->kind; }
bool const_bool(const ConstVal *v) { return v->b; }

const char *const_string(const ConstVal *v, int64_t *len) {
    if (len) *len = v->slen;
    return v->s;
}

int const_sign(ConstVal *v) { return v->num.sign; }
int const_bitlen(ConstVal *v) { return big_bitlen(&v->num); }

static bool is_int(ConstVal *v) {
    return v->kind == CV_INT || (v->kind == CV_FLOAT && big_is_one(&v->den));
}

bool const_is_int_valued(ConstVal *v) { return is_int(v); }

bool const_fits_int64(ConstVal *v) {
    int bl = big_bitlen(&v->num);
    if (bl < 64) return true;
    if (v->num.sign < 0 && bl == 64) {   /* -2^63 */
        for (int i = 0; i < v->num.n - 1; i++)
            if (v->num.d[i]) return false;
        return v->num.d[v->num.n - 1] == 0x80000000u;
    }
    return false;
}

bool const_fits_uint64(ConstVal *v) {
    return v->num.sign >= 0 && big_bitlen(&v->num) <= 64;
}

/* Rounds |num|/den to a binary float with `mbits` mantissa bits and
 * minimum normal exponent emin; returns the value (possibly inf). */
static double rat_round(Big num, Big den, int mbits, int emin, int emax) {
    if (num.sign == 0) return 0;
    int neg = num.sign < 0;
    num.sign = 1;
    int shift = big_bitlen(&den) - big_bitlen(&num) + mbits + 2;
    Big a = num, b = den;
    if (shift > 0) a = mag_shl(&num, shift);
    else if (shift < 0) b = mag_shl(&den, -shift);
    Big q, r;
    mag_divmod(&a, &b, &q, &r);
    bool sticky = r.sign != 0;
    uint64_t quo = big_low64(&q);        /* mbits+2 or mbits+3 bits */
    int ql = big_bitlen(&q);
    int e = ql - 1 - shift;              /* exponent of the leading bit */
    if (e > emax) return neg ? -INFINITY : INFINITY;
    int keep = mbits;
    if (e < emin) keep = mbits - (emin - e);
    int drop = ql - keep;
    double res;
    if (keep < 0) {
        res = 0;
    } else {
        uint64_t mant = drop >= 64 ? 0 : quo >> drop;
        uint64_t low = drop >= 64 ? quo : quo & (((uint64_t)1 << drop) - 1);
        uint64_t half = drop >= 65 ? 0 : (uint64_t)1 << (drop - 1);
        if (low > half || (low == half && (sticky || (mant & 1)))) mant++;
        res = ldexp((double)mant, drop - shift);
    }
    if (e >= emax && fabs(res) >= ldexp(1, emax + 1)) res = INFINITY;
    return neg ? -res : res;
}

static uint32_t one_limb[1] = {1};
static Big den_of(const ConstVal *v) {
    return v->kind == CV_FLOAT ? v->den : (Big){1, 1, one_limb};
}

/* The accessors take no Compiler: their scratch goes to a local arena. */
static double round_scratch(const ConstVal *v, int mbits, int emin, int emax) {
    Arena *save = A, local;
    arena_init(&local);
    A = &local;
    double d = rat_round(v->num, den_of(v), mbits, emin, emax);
    arena_free(&local);
    A = save;
    return d;
}

double const_float64(const ConstVal *v) {
    if (v->kind == CV_INT && big_bitlen(&v->num) <= 53)
        return (double)(int64_t)big_low64(&v->num);
    return round_scratch(v, 53, -1022, 1023);
}

float const_float32(const ConstVal *v) {
    return (float)round_scratch(v, 24, -126, 127);
}

int64_t const_int64(const ConstVal *v) {
    if (v->kind == CV_FLOAT) return (int64_t)const_float64(v);
    if (v->kind == CV_BOOL) return v->b;
    return (int64_t)big_low64(&v->num);
}

uint64_t const_uint64(const ConstVal *v) {
    if (v->kind == CV_FLOAT) return (uint64_t)const_float64(v);
    if (v->kind == CV_BOOL) return v->b;
    return big_low64(&v->num);
}

bool const_is_inf(ConstVal *v) {
    return isinf(const_float64(v));
}

/* ---- literals ---- */

static int digit_val(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return 99;
}

static Big big_pow(uint64_t base, int64_t e) {
    Big r = big_u64(1), b = big_u64(base);
    while (e > 0) {
        if (e & 1) r = big_mul(r, b);
        e >>= 1;
        if (e) b = big_mul(b, b);
    }
    return r;
}

static ConstVal *parse_int(Compiler *c, const char *s) {
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, s += 2;
    else if (s[0] == '0' && s[1]) base = 8, s += 1;
    Big r = big_u64(0), bb = big_u64((uint64_t)base);
    for (; *s; s++) {
        if (*s == '_') continue;
        int d = digit_val(*s);
        if (d >= base) return NULL;
        r = big_add(big_mul(r, bb), big_u64((uint64_t)d));
    }
    return cv_int(c, r);
}

/* decimal or hexadecimal floating-point literal, exactly */
static ConstVal *parse_float(Compiler *c, const char *s) {
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    int base = hex ? 16 : 10;
    if (hex) s += 2;
    Big mant = big_u64(0), bb = big_u64((uint64_t)base);
    int64_t frac_digits = 0;
    bool in_frac = false;
    for (; *s; s++) {
        if (*s == '_') continue;
        if (*s == '.') { in_frac = true; continue; }
        int d = digit_val(*s);
        if (d >= base) break;
        mant = big_add(big_mul(mant, bb), big_u64((uint64_t)d));
        if (in_frac) frac_digits++;
    }
    int64_t exp = 0;
    if (*s == 'e' || *s == 'E' || *s == 'p' || *s == 'P') {
        s++;
        int sg = 1;
        if (*s == '+') s++;
        else if (*s == '-') sg = -1, s++;
        for (; *s; s++)  /* saturates: anything this large is rejected */
            if (*s >= '0' && *s <= '9' && exp < 1000000000)
                exp = exp * 10 + (*s - '0');
        exp *= sg;
    }
    Big num = mant, den = big_u64(1);
    if (hex) {
        exp -= 4 * frac_digits;
        if (exp > 40000 || exp < -40000) return NULL;  /* see below */
        if (exp > 0) num = mag_shl(&num, (int)exp);
        else if (exp < 0) den = mag_shl(&den, (int)-exp);
    } else {
        exp -= frac_digits;
        /* Exact rationals cost quadratic time and memory in the exponent
         * (1e40000: 6 s, 4.5 GB): past 1e±10000 gosub reports "malformed
         * constant", where Go (big.Float, 512-bit mantissa) accepts up to
         * about 1e±646456992.  README "Limits". */
        if (exp > 10000 || exp < -10000) return NULL;
        if (exp > 0) num = big_mul(num, big_pow(10, exp));
        else if (exp < 0) den = big_pow(10, -exp);
    }
    return cv_rat(c, num, den);
}

static int utf8_encode(char *out, uint32_t r) {
    if (r < 0x80) { out[0] = (char)r; return 1; }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | r >> 6);
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | r >> 12);
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | r >> 18);
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

static uint32_t utf8_decode(const char **ps) {
    const unsigned char *p = (const unsigned char *)*ps;
    uint32_t r = *p;
    int n = 1;
    if (r >= 0xF0) r &= 0x07, n = 4;
    else if (r >= 0xE0) r &= 0x0F, n = 3;
    else if (r >= 0xC0) r &= 0x1F, n = 2;
    for (int i = 1; i < n && (p[i] & 0xC0) == 0x80; i++)
        r = r << 6 | (p[i] & 0x3F);
    *ps += n;
    return r;
}

/* One escape or character of a quoted literal.  *is_byte: \x or octal
 * escape (a raw byte in a string). */
static uint32_t unquote_char(const char **ps, bool *is_byte) {
    const char *s = *ps;
    *is_byte = false;
    if (*s != '\\') return utf8_decode(ps);
    s++;
    uint32_t v = 0;
    int n = 0, base = 0;
    switch (*s++) {
    case 'a': v = 7; break;
    case 'b': v = 8; break;
    case 'f': v = 12; break;
    case 'n': v = 10; break;
    case 'r': v = 13; break;
    case 't': v = 9; break;
    case 'v': v = 11; break;
    case '\\': v = '\\'; break;
    case '\'': v = '\''; break;
    case '"': v = '"'; break;
    case 'x': n = 2, base = 16, *is_byte = true; break;
    case 'u': n = 4, base = 16; break;
    case 'U': n = 8, base = 16; break;
    default: s--, n = 3, base = 8, *is_byte = true; break;
    }
    for (int i = 0; i < n; i++) v = v * (uint32_t)base + (uint32_t)digit_val(*s++);
    *ps = s;
    return v;
}

static ConstVal *parse_string(Compiler *c, const char *lit) {
    size_t len = strlen(lit);
    if (lit[0] == '`') {
        /* raw string: carriage returns are discarded */
        char *out = arena_alloc(&c->arena, len);
        size_t n = 0;
        for (size_t i = 1; i + 1 < len; i++)
            if (lit[i] != '\r') out[n++] = lit[i];
        return const_make_string(c, out, n);
    }
    char *out = arena_alloc(&c->arena, len * 2 + 1);
    size_t n = 0;
    const char *s = lit + 1, *end = lit + len - 1;
    while (s < end) {
        bool is_byte;
        uint32_t r = unquote_char(&s, &is_byte);
        if (is_byte) out[n++] = (char)r;
        else n += (size_t)utf8_encode(out + n, r);
    }
    return const_make_string(c, out, n);
}

ConstVal *const_from_literal(Compiler *c, Tok kind, const char *lit) {
    A = &c->arena;
    switch (kind) {
    case T_INT: return parse_int(c, lit);
    case T_FLOAT: return parse_float(c, lit);
    case T_CHAR: {
        const char *s = lit + 1;
        bool is_byte;
        uint32_t r = unquote_char(&s, &is_byte);
        return const_make_int64(c, r);
    }
    case T_STRING: return parse_string(c, lit);
    default: return NULL;
    }
}

/* ---- arithmetic ---- */

ConstVal *const_to_float(Compiler *c, ConstVal *v) {
    A = &c->arena;
    if (v->kind == CV_FLOAT) return v;
    ConstVal *r = cv_new(c, CV_FLOAT);
    r->num = v->num;
    r->den = big_u64(1);
    return r;
}

ConstVal *const_to_int(Compiler *c, ConstVal *v) {
    A = &c->arena;
    if (v->kind == CV_INT) return v;
    if (v->kind != CV_FLOAT || !big_is_one(&v->den)) return NULL;
    return cv_int(c, v->num);
}

static int cmp_vals(ConstVal *a, ConstVal *b) {
    if (a->kind == CV_STRING) {
        int64_t n = a->slen < b->slen ? a->slen : b->slen;
        int r = memcmp(a->s, b->s, (size_t)n);
        if (r) return r < 0 ? -1 : 1;
        return a->slen < b->slen ? -1 : a->slen > b->slen;
    }
    if (a->kind == CV_BOOL) return a->b == b->b ? 0 : 1;
    Big d = big_sub(big_mul(a->num, den_of(b)), big_mul(b->num, den_of(a)));
    return d.sign;
}

bool const_compare(Tok op, ConstVal *a, ConstVal *b) {
    Arena *save = A, local;
    arena_init(&local);
    A = &local;
    int r = cmp_vals(a, b);
    arena_free(&local);
    A = save;
    switch (op) {
    case T_EQL: return r == 0;
    case T_NEQ: return r != 0;
    case T_LSS: return r < 0;
    case T_LEQ: return r <= 0;
    case T_GTR: return r > 0;
    default: return r >= 0;
    }
}

static ConstVal *float_binary(Compiler *c, Tok op, ConstVal *a, ConstVal *b) {
    Big an = a->num, ad = den_of(a), bn = b->num, bd = den_of(b);
    switch (op) {
    case T_ADD: return cv_rat(c, big_add(big_mul(an, bd), big_mul(bn, ad)),
                              big_mul(ad, bd));
    case T_SUB: return cv_rat(c, big_sub(big_mul(an, bd), big_mul(bn, ad)),
                              big_mul(ad, bd));
    case T_MUL: return cv_rat(c, big_mul(an, bn), big_mul(ad, bd));
    case T_QUO:
        if (bn.sign == 0) return NULL;
        return cv_rat(c, big_mul(an, bd), big_mul(ad, bn));
    default: return NULL;
    }
}

ConstVal *const_binary(Compiler *c, Tok op, ConstVal *a, ConstVal *b,
                       bool intdiv) {
    A = &c->arena;
    if (a->kind == CV_STRING) {
        char *s = arena_alloc(A, (size_t)(a->slen + b->slen) + 1);
        memcpy(s, a->s, (size_t)a->slen);
        memcpy(s + a->slen, b->s, (size_t)b->slen);
        return const_make_string(c, s, (size_t)(a->slen + b->slen));
    }
    if (a->kind == CV_BOOL) {
        bool r = op == T_LAND ? (a->b && b->b) : (a->b || b->b);
        return const_make_bool(c, r);
    }
    if (a->kind == CV_FLOAT || b->kind == CV_FLOAT ||
        (op == T_QUO && !intdiv))
        return float_binary(c, op, a, b);
    Big q, r;
    switch (op) {
    case T_ADD: return cv_int(c, big_add(a->num, b->num));
    case T_SUB: return cv_int(c, big_sub(a->num, b->num));
    case T_MUL: return cv_int(c, big_mul(a->num, b->num));
    case T_QUO:
        if (b->num.sign == 0) return NULL;
        big_quorem(a->num, b->num, &q, &r);
        return cv_int(c, q);
    case T_REM:
        if (b->num.sign == 0) return NULL;
        big_quorem(a->num, b->num, &q, &r);
        return cv_int(c, r);
    case T_AND: case T_OR: case T_XOR: case T_AND_NOT:
        return cv_int(c, big_bitop(op, a->num, b->num));
    default: return NULL;
    }
}

/* unsigned_bits > 0: ^x for an unsigned type of that size (mask) */
ConstVal *const_unary(Compiler *c, Tok op, ConstVal *a, int unsigned_bits) {
    A = &c->arena;
    switch (op) {
    case T_ADD: return a;
    case T_SUB:
        if (a->kind == CV_FLOAT) return cv_rat(c, big_neg(a->num), a->den);
        return cv_int(c, big_neg(a->num));
    case T_NOT: return const_make_bool(c, !a->b);
    case T_XOR: {
        if (unsigned_bits > 0) {
            Big mask = big_sub(mag_shl(&(Big){1, 1, (uint32_t[]){1}},
                                       unsigned_bits), big_u64(1));
            return cv_int(c, big_bitop(T_XOR, a->num, mask));
        }
        return cv_int(c, big_sub(big_neg(a->num), big_u64(1)));
    }
    default: return a;
    }
}

ConstVal *const_shift(Compiler *c, Tok op, ConstVal *a, uint64_t n) {
    A = &c->arena;
    Big x = a->kind == CV_FLOAT ? a->num : a->num;
    if (op == T_SHL) return cv_int(c, mag_shl(&x, (int)n));
    if (x.sign >= 0) return cv_int(c, mag_shr(&x, (int)n));
    /* floor semantics for negative values: -((|x|-1) >> n) - 1 */
    Big m = big_sub(big_neg(x), big_u64(1));
    Big s = mag_shr(&m, (int)n);
    return cv_int(c, big_sub(big_neg(s), big_u64(1)));
}

/* ---- representability ---- */

static bool int_fits(ConstVal *v, TypeKind k) {
    int bl = big_bitlen(&v->num);
    bool neg = v->num.sign < 0;
    int bits;
    switch (k) {
    case TY_INT8: case TY_UINT8: bits = 8; break;
    case TY_INT16: case TY_UINT16: bits = 16; break;
    case TY_INT32: case TY_UINT32: bits = 32; break;
    default: bits = 64; break;
    }
    if (k >= TY_UINT && k <= TY_UINTPTR) return !neg && bl <= bits;
    if (!neg) return bl <= bits - 1;
    /* negative: -2^(bits-1) fits */
    Big m = v->num;
    m.sign = 1;
    Arena *save = A;
    Big lim = mag_shl(&(Big){1, 1, (uint32_t[]){1}}, bits - 1);
    A = save;
    return mag_cmp(&m, &lim) <= 0;
}

bool const_representable(Compiler *c, ConstVal *v, TypeKind k,
                         ConstVal **rounded) {
    A = &c->arena;
    *rounded = v;
    switch (k) {
    case TY_BOOL: case TY_UNTYPED_BOOL: return v->kind == CV_BOOL;
    case TY_STRING: case TY_UNTYPED_STRING: return v->kind == CV_STRING;
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
        if (v->kind != CV_INT && !is_int(v)) return false;
        *rounded = const_to_int(c, v);
        return true;
    case TY_UNTYPED_FLOAT:
        if (v->kind != CV_INT && v->kind != CV_FLOAT) return false;
        *rounded = const_to_float(c, v);
        return true;
    case TY_FLOAT32: case TY_FLOAT64: {
        if (v->kind != CV_INT && v->kind != CV_FLOAT) return false;
        double d = k == TY_FLOAT32 ? (double)const_float32(v)
                                   : const_float64(v);
        if (isinf(d)) return false;
        *rounded = const_make_float64(c, d);
        return true;
    }
    default:
        if (k < TY_INT || k > TY_UINTPTR) return false;
        if (v->kind == CV_FLOAT) {
            if (!is_int(v)) return false;
            v = const_to_int(c, v);
            *rounded = v;
        }
        if (v->kind != CV_INT) return false;
        return int_fits(v, k);
    }
}

/* ---- printing ---- */

static const char *big_decimal(Compiler *c, Big a) {
    if (a.sign == 0) return "0";
    char *buf = arena_alloc(&c->arena, (size_t)a.n * 10 + 3);
    int n = 0;
    Big ten = big_u64(1000000000);
    Big m = a;
    m.sign = 1;
    char tmp[16];
    while (m.sign) {
        Big q, r;
        mag_divmod(&m, &ten, &q, &r);
        uint32_t chunk = (uint32_t)big_low64(&r);
        int len = q.sign ? snprintf(tmp, sizeof tmp, "%09u", chunk)
                         : snprintf(tmp, sizeof tmp, "%u", chunk);
        for (int i = len - 1; i >= 0; i--) buf[n++] = tmp[i];
        m = q;
    }
    if (a.sign < 0) buf[n++] = '-';
    for (int i = 0; i < n / 2; i++) {
        char t = buf[i];
        buf[i] = buf[n - 1 - i];
        buf[n - 1 - i] = t;
    }
    buf[n] = 0;
    return buf;
}

const char *const_string_repr(Compiler *c, ConstVal *v) {
    A = &c->arena;
    switch (v->kind) {
    case CV_BOOL: return v->b ? "true" : "false";
    case CV_INT: return big_decimal(c, v->num);
    case CV_FLOAT: {
        double d = const_float64(v);
        if (isinf(d)) return "1e+309";
        return arena_printf(&c->arena, "%.6g", d);
    }
    case CV_STRING: {
        Buf b = {0};
        buf_putc(&b, '"');
        for (int64_t i = 0; i < v->slen; i++) {
            unsigned char ch = (unsigned char)v->s[i];
            if (ch == '"' || ch == '\\') buf_printf(&b, "\\%c", ch);
            else if (ch == '\n') buf_puts(&b, "\\n");
            else if (ch == '\t') buf_puts(&b, "\\t");
            else if (ch < 0x20 || ch == 0x7f) buf_printf(&b, "\\x%02x", ch);
            else buf_putc(&b, (char)ch);
        }
        buf_putc(&b, '"');
        const char *s = arena_strdup(&c->arena, b.data);
        buf_free(&b);
        return s;
    }
    }
    return "?";
}
