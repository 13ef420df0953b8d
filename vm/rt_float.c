/* rt_float.c — float to decimal text, exactly as Go's strconv.FormatFloat.
 *
 * Approach: the binary value mant x 2^exp is converted to an exact decimal
 * (a digit string with a decimal point position) by repeated shifts by at
 * most 60 bits; no precision is lost (a double's exact expansion has at
 * most 767 significant digits, we keep 800 and note truncation beyond).
 *   - Fixed precision ('e' with prec, 'f', 'g'): round the exact decimal
 *     half to even at the wanted digit.
 *   - Shortest (prec < 0): the exact decimals of the midpoints to the two
 *     neighbouring floats bound the interval of decimals that read back as
 *     the same float (bounds included when the mantissa is even, as
 *     round-half-even parsing accepts them).  Keeping i = 0, 1, 2... leading
 *     digits, the first i at which the truncation or the truncation plus one
 *     unit lies inside the interval gives the shortest digit string; when
 *     both do, the nearer one (ties to even).  This is the same answer as
 *     Go's Ryu-based shortest path: the shortest, then the closest.
 * Example: 0.1 is 0.1000000000000000055511151231257827..., the interval is
 * about +-1.4e-17 wide, and i = 1 already gives "1" with point 0 -> "0.1".
 *
 * Cost: O(digits x shifts) per conversion, a few microseconds for ordinary
 * magnitudes, more for subnormals and values near the exponent limits. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "vm/rt.h"

#define DEC_MAX 800

typedef struct Decimal {
    uint8_t d[DEC_MAX];   /* digits 0..9, most significant first */
    int nd;               /* number of digits */
    int dp;               /* decimal point: value = 0.d[0..nd) x 10^dp */
    bool trunc;           /* nonzero digits dropped past DEC_MAX */
} Decimal;

static void dec_trim(Decimal *a) {
    while (a->nd > 0 && a->d[a->nd - 1] == 0) a->nd--;
    if (a->nd == 0) a->dp = 0;
}

static void dec_assign(Decimal *a, uint64_t v) {
    uint8_t tmp[24];
    int n = 0;
    while (v > 0) {
        tmp[n++] = (uint8_t)(v % 10);
        v /= 10;
    }
    a->nd = n;
    a->dp = n;
    a->trunc = false;
    for (int i = 0; i < n; i++) a->d[i] = tmp[n - 1 - i];
    dec_trim(a);
}

/* a *= 2^k, k <= 60 */
static void dec_lshift(Decimal *a, int k) {
    uint8_t tmp[DEC_MAX + 40];
    int w = (int)sizeof tmp;
    uint64_t carry = 0;
    for (int r = a->nd - 1; r >= 0; r--) {
        uint64_t n = ((uint64_t)a->d[r] << k) + carry;
        tmp[--w] = (uint8_t)(n % 10);
        carry = n / 10;
    }
    while (carry > 0) {
        tmp[--w] = (uint8_t)(carry % 10);
        carry /= 10;
    }
    int len = (int)sizeof tmp - w;
    int extra = len - a->nd;
    if (len > DEC_MAX) {
        for (int i = DEC_MAX; i < len; i++)
            if (tmp[w + i]) a->trunc = true;
        len = DEC_MAX;
    }
    memcpy(a->d, tmp + w, (size_t)len);
    a->nd = len;
    a->dp += extra;
    dec_trim(a);
}

/* a /= 2^k, k <= 60: long division from the most significant digit */
static void dec_rshift(Decimal *a, int k) {
    int r = 0, w = 0;
    uint64_t n = 0, mask = ((uint64_t)1 << k) - 1;
    for (; (n >> k) == 0; r++) {
        if (r >= a->nd) {
            if (n == 0) {
                a->nd = 0;
                return;
            }
            while ((n >> k) == 0) {
                n *= 10;
                r++;
            }
            break;
        }
        n = n * 10 + a->d[r];
    }
    a->dp -= r - 1;
    for (; r < a->nd; r++) {
        uint64_t c = a->d[r];
        a->d[w++] = (uint8_t)(n >> k);
        n = (n & mask) * 10 + c;
    }
    while (n > 0) {
        uint8_t dig = (uint8_t)(n >> k);
        n &= mask;
        if (w < DEC_MAX) a->d[w++] = dig;
        else if (dig) a->trunc = true;
        n *= 10;
    }
    a->nd = w;
    dec_trim(a);
}

static void dec_shift(Decimal *a, int k) {
    if (a->nd == 0) return;
    while (k > 60) { dec_lshift(a, 60); k -= 60; }
    if (k > 0) dec_lshift(a, k);
    while (k < -60) { dec_rshift(a, 60); k += 60; }
    if (k < 0) dec_rshift(a, -k);
}

/* Should rounding a to nd digits go up?  (half to even on exact ties) */
static bool dec_round_up(const Decimal *a, int nd) {
    if (nd < 0 || nd >= a->nd) return false;
    if (a->d[nd] == 5 && nd + 1 == a->nd) {
        if (a->trunc) return true;
        return nd > 0 && a->d[nd - 1] % 2 == 1;
    }
    return a->d[nd] >= 5;
}

static void dec_round_down(Decimal *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    a->nd = nd;
    dec_trim(a);
}

static void dec_round_upward(Decimal *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    for (int i = nd - 1; i >= 0; i--) {
        if (a->d[i] < 9) {
            a->d[i]++;
            a->nd = i + 1;
            return;
        }
    }
    a->d[0] = 1;            /* all nines: 999 -> 1000 */
    a->nd = 1;
    a->dp++;
}

static void dec_round(Decimal *a, int nd) {
    if (nd < 0 || nd >= a->nd) return;
    if (dec_round_up(a, nd)) dec_round_upward(a, nd);
    else dec_round_down(a, nd);
}

/* compare a and b (both >= 0) */
static int dec_cmp(const Decimal *a, const Decimal *b) {
    if (a->nd == 0 || b->nd == 0) return (a->nd > 0) - (b->nd > 0);
    if (a->dp != b->dp) return a->dp < b->dp ? -1 : 1;
    int n = a->nd > b->nd ? a->nd : b->nd;
    for (int i = 0; i < n; i++) {
        int x = i < a->nd ? a->d[i] : 0, y = i < b->nd ? b->d[i] : 0;
        if (x != y) return x < y ? -1 : 1;
    }
    return 0;
}

typedef struct FloatInfo {
    int mantbits, expbits, bias;
} FloatInfo;

static const FloatInfo f64info = {52, 11, -1023};
static const FloatInfo f32info = {23, 8, -127};

/* Shortest decimal that reads back as mant x 2^(exp-mantbits). */
static void shortest(Decimal *d, uint64_t mant, int exp, const FloatInfo *fi) {
    static _Thread_local Decimal lo, hi, t;
    if (mant == 0) {
        d->nd = 0;
        d->dp = 0;
        return;
    }
    int minexp = fi->bias + 1;
    /* exact integers that already print in full need no search: Go's
     * fast path gives the same digits */
    dec_assign(&hi, mant * 2 + 1);
    dec_shift(&hi, exp - fi->mantbits - 1);
    uint64_t mantlo;
    int explo;
    if (mant > ((uint64_t)1 << fi->mantbits) || exp == minexp) {
        mantlo = mant - 1;
        explo = exp;
    } else {
        mantlo = mant * 2 - 1;
        explo = exp - 1;
    }
    dec_assign(&lo, mantlo * 2 + 1);
    dec_shift(&lo, explo - fi->mantbits - 1);
    bool inclusive = mant % 2 == 0;

    /* keep i digits of d: candidates trunc(d,i) and trunc(d,i)+unit */
    for (int i = 0; i <= d->nd; i++) {
        if (i == d->nd) return;                /* d itself: exact */
        t = *d;
        t.trunc = false;
        dec_round_down(&t, i);
        if (i == 0) t.nd = 0;
        int c = dec_cmp(&t, &lo);
        bool okdown = c > 0 || (c == 0 && inclusive);
        t = *d;
        t.trunc = false;
        if (i == 0) {
            t.d[0] = 1;
            t.nd = 1;
            t.dp = d->dp + 1;
        } else {
            dec_round_upward(&t, i);
        }
        c = dec_cmp(&t, &hi);
        bool okup = c < 0 || (c == 0 && inclusive);
        if (okdown && okup) {    /* i > 0: 0 is never above lo */
            dec_round(d, i);
            return;
        }
        if (okdown) {
            dec_round_down(d, i);
            return;
        }
        if (okup) {
            *d = t;
            return;
        }
    }
}

/* The writers below append Go's pieces (see Pieces in rt.h): a run of
 * digits taken from d at once, padding zeros one by one, an exponent's
 * digits at once after its sign alone. */

/* d's digits [i, m) as one piece */
static void digit_run(Pieces *out, const Decimal *d, int i, int m) {
    char tmp[DEC_MAX];
    for (int k = i; k < m; k++) tmp[k - i] = (char)('0' + d->d[k]);
    if (i < m) piece(out, tmp, (size_t)(m - i));
}

/* exp >= 0 in decimal, at least two digits, as one piece */
static void exp_digits(Pieces *out, int exp) {
    char t[8];
    int k = (int)sizeof t;
    do {
        t[--k] = (char)('0' + exp % 10);
        exp /= 10;
    } while (exp);
    if (k == (int)sizeof t - 1) t[--k] = '0';
    piece(out, t + k, sizeof t - (size_t)k);
}

/* 'p' or fmt, then the exponent's sign and digits */
static void put_exp(Pieces *out, char letter, int exp) {
    piece_c(out, letter);
    piece_c(out, exp < 0 ? '-' : '+');
    exp_digits(out, exp < 0 ? -exp : exp);
}

static void put_digits_e(Pieces *out, const Decimal *d, int prec, char fmt) {
    piece_c(out, (char)('0' + (d->nd ? d->d[0] : 0)));
    if (prec > 0) {
        piece_c(out, '.');
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        digit_run(out, d, 1, m);
        for (int i = m > 1 ? m : 1; i <= prec; i++) piece_c(out, '0');
    }
    put_exp(out, fmt, d->nd == 0 ? 0 : d->dp - 1);
}

static void put_digits_f(Pieces *out, const Decimal *d, int prec) {
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        digit_run(out, d, 0, m);
        for (; m < d->dp; m++) piece_c(out, '0');
    } else {
        piece_c(out, '0');
    }
    if (prec > 0) {
        piece_c(out, '.');
        for (int i = 1; i <= prec; i++) {
            int j = d->dp + i - 1;
            piece_c(out, (char)('0' + (j >= 0 && j < d->nd ? d->d[j] : 0)));
        }
    }
}

static void put_b(Pieces *out, bool neg, uint64_t mant, int exp,
                  const FloatInfo *fi) {
    char t[24];
    if (neg) piece_c(out, '-');
    piece(out, t, (size_t)snprintf(t, sizeof t, "%llu", (unsigned long long)mant));
    piece_c(out, 'p');
    exp -= fi->mantbits;
    if (exp >= 0) piece_c(out, '+');
    piece(out, t, (size_t)snprintf(t, sizeof t, "%d", exp));
}

/* %x / %X: -0x1.23abcp+20 (Go's fmtX) */
static void put_x(Pieces *out, int prec, char fmt, bool neg, uint64_t mant,
                  int exp, const FloatInfo *fi) {
    if (mant == 0) exp = 0;
    mant <<= 60 - fi->mantbits;
    while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        int shift = (int)(prec * 4);
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > ((uint64_t)1 << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg) piece_c(out, '-');
    piece(out, (char[]){'0', fmt, (char)('0' + ((mant >> 60) & 1))}, 3);
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        piece_c(out, '.');
        while (mant != 0) {
            piece_c(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        piece_c(out, '.');
        for (int i = 0; i < prec; i++) {
            piece_c(out, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    put_exp(out, fmt == 'X' ? 'P' : 'p', exp);
}

void rt_format_float(Buf *out, double v, char fmt, int prec, int bitsize) {
    rt_format_float_pieces(&(Pieces){out, SIZE_MAX, 0}, v, fmt, prec, bitsize);
}

void rt_format_float_pieces(Pieces *out, double v, char fmt, int prec,
                            int bitsize) {
    static _Thread_local Decimal d;
    const FloatInfo *fi = bitsize == 32 ? &f32info : &f64info;
    uint64_t bits;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t b32;
        memcpy(&b32, &f, 4);
        bits = b32;
    } else {
        memcpy(&bits, &v, 8);
    }
    bool neg = (bits >> (fi->expbits + fi->mantbits)) != 0;
    int exp = (int)(bits >> fi->mantbits) & ((1 << fi->expbits) - 1);
    uint64_t mant = bits & (((uint64_t)1 << fi->mantbits) - 1);
    if (exp == (1 << fi->expbits) - 1) {
        const char *s = mant ? "NaN" : neg ? "-Inf" : "+Inf";
        piece(out, s, strlen(s));
        return;
    }
    if (exp == 0) exp++;
    else mant |= (uint64_t)1 << fi->mantbits;
    exp += fi->bias;
    if (fmt == 'b') {
        put_b(out, neg, mant, exp, fi);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        put_x(out, prec, fmt, neg, mant, exp, fi);
        return;
    }
    dec_assign(&d, mant);
    dec_shift(&d, exp - fi->mantbits);
    bool is_shortest = prec < 0;
    if (is_shortest) {
        shortest(&d, mant, exp, fi);
        switch (fmt) {
        case 'e': case 'E': prec = d.nd > 1 ? d.nd - 1 : 0; break;
        case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
        case 'g': case 'G': prec = d.nd; break;
        }
    } else if (fmt == 'f') {
        dec_round(&d, d.dp + prec);
    } else {
        int digits = prec;
        switch (fmt) {
        case 'e': case 'E': digits++; break;
        case 'g': case 'G':
            if (prec == 0) prec = 1;
            digits = prec;
            break;
        default: digits = 1;
        }
        dec_round(&d, digits);
    }
    if (neg && fmt && strchr("eEfgG", fmt)) piece_c(out, '-');
    switch (fmt) {
    case 'e': case 'E':
        put_digits_e(out, &d, prec, fmt);
        return;
    case 'f':
        put_digits_f(out, &d, prec);
        return;
    case 'g': case 'G': {
        int eprec = prec;
        if (eprec > d.nd && d.nd >= d.dp) eprec = d.nd;
        if (is_shortest) eprec = 6;
        int e = d.dp - 1;
        if (e < -4 || e >= eprec) {
            if (prec > d.nd) prec = d.nd;
            put_digits_e(out, &d, prec - 1, (char)(fmt + 'e' - 'g'));
            return;
        }
        if (prec > d.dp) prec = d.nd;
        put_digits_f(out, &d, prec - d.dp > 0 ? prec - d.dp : 0);
        return;
    }
    }
    /* unknown format: Go writes %fmt */
    piece(out, (char[]){'%', fmt}, 2);
}
