/* rt_fmt.c — the formatting core of package fmt: Go values in memory to
 * text, exactly as Go 1.19's fmt prints them.
 *
 * The structure follows fmt's own: a Printer holds the output buffer, the
 * flags of the verb being formatted (width, precision, + - # space 0, and
 * the %+v / %#v modes) and the operand being printed, so that a bad verb
 * can report it as %!d(string=hi).  print_arg handles one operand at top
 * level; print_value walks a value by its Type (types.h layout) with a
 * depth: at depth 0 a pointer to a struct, array, slice or map prints as
 * &{...}, deeper pointers as addresses.  Values reached through unexported
 * struct fields are "read-only" (reflect's CanInterface is false for them)
 * and never get their String/Error methods called.
 *
 * Methods: Error() and String() (GoString() under %#v) are called through
 * FmtHooks; a panic inside becomes %!v(PANIC=String method: msg), and a nil
 * pointer receiver prints <nil>.
 *
 * Allocations: Go's fmt walks composite values with package reflect,
 * which allocates where this walk needs nothing; since Mallocs and the
 * tracer count those objects, the printer allocates them too, at the same
 * places (FmtHooks.alloc; the objects are not used):
 *   - printValue at depth > 0 calls Value.Interface() on every value whose
 *     methods it may call; when the value is addressable (VF_ADDR) and not
 *     of a direct interface type, packEface copies it to a new object;
 *   - %+v and %#v read each struct field's name through Type.Field(i),
 *     which makes a new StructField.Index, []int{i};
 *   - fmtsort.Sort makes a *SortedMap and, for a non-empty map, its Key and
 *     Value slices of reflect.Value, and MapIter.Key/Value copy each key
 *     and value of an indirect type;
 *   - %s %q %x %X of a byte array that is not addressable copy it into a
 *     new []byte, and of one that is slice it with a reflect.SliceOf that
 *     boxes its cache key;
 *   - fmtBytes hands a []byte to printValue for verbs it does not print
 *     itself, boxing the slice into an interface once more.
 * And fmtInteger formats into a new buffer instead of its 68-byte intbuf
 * when 3 + width + precision exceeds it.
 * Zero-sized objects are not counted (mallocgc hands out zerobase).
 * Otherwise the formatting core allocates no Go memory: output goes to a
 * C Buf.  The natives at the end (fmt.Println, Sprintf, ...) wrap it: they
 * call methods through the VM and copy the text into a Go string or the
 * VM's output stream.
 *
 * Cost: linear in the output; printing a map sorts its keys (n log n). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"   /* gc_rounded_size: the size classes append rounds to */
#include "vm/map.h"
#include "vm/rt.h"

/* ---- the printer ---- */

typedef struct Flags {
    bool plus, minus, sharp, space, zero;
    bool plusV, sharpV;
    bool wid_present, prec_present;
    int wid, prec;
} Flags;

typedef struct Printer {
    Buf *buf;
    Flags f;
    const FmtHooks *hooks;
    /* the operand being printed, for bad-verb reports */
    const Type *cur_type;
    const void *cur_ptr;
    bool erroring, panicking;
    /* Errorf */
    bool wrap_errs;
    GoIface *wrapped;
    bool reordered, good_argnum;
} Printer;

/* An object Go's fmt allocates on the heap where gosub needs none (see
 * the top of the file); zero-sized ones are not counted. */
static void go_alloc(Printer *p, size_t size, const Type *elem,
                     bool has_pointers) {
    if (size && p->hooks && p->hooks->alloc)
        p->hooks->alloc(p->hooks->ud, size, elem, has_pointers);
}

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

/* How a value was reached, as reflect's flags say it: through an
 * unexported struct field (flagRO: its methods are never called), or
 * addressable (flagAddr: through a pointer, a slice element, or a field
 * or element of an addressable value). */
enum { VF_RO = 1, VF_ADDR = 2 };

static void print_value(Printer *p, const Type *t, const void *v, int verb,
                        int depth, unsigned vf);
static void print_arg(Printer *p, GoIface arg, int verb);

static void put_rune(Buf *b, int32_t r) {
    uint8_t tmp[4];
    buf_put(b, tmp, (size_t)rt_encode_rune(tmp, r));
}

static size_t rune_count(const char *s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n;) {
        int w;
        if ((uint8_t)s[i] < 0x80) w = 1;
        else rt_decode_rune((const uint8_t *)s + i, n - i, &w);
        i += (size_t)w;
        c++;
    }
    return c;
}

static void write_padding(Printer *p, int n) {
    char c = p->f.zero ? '0' : ' ';
    for (int i = 0; i < n; i++) buf_putc(p->buf, c);
}

static void pad(Printer *p, const char *s, size_t n) {
    if (!p->f.wid_present || p->f.wid == 0) {
        buf_put(p->buf, s, n);
        return;
    }
    int width = p->f.wid - (int)rune_count(s, n);
    if (!p->f.minus) {
        write_padding(p, width);
        buf_put(p->buf, s, n);
    } else {
        buf_put(p->buf, s, n);
        write_padding(p, width);
    }
}

static void pad_str(Printer *p, const char *s) { pad(p, s, strlen(s)); }

/* pad a Buf's contents, then free it */
static void pad_buf(Printer *p, Buf *t) {
    pad(p, t->data ? t->data : "", t->len);
    buf_free(t);
}

/* fmt.fmtInteger */
static void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed,
                        int verb, const char *digits) {
    Flags *f = &p->f;
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;
    /* Go formats into its 68-byte intbuf, or into a new buffer when a
     * width or precision could overflow it */
    if ((f->wid_present || f->prec_present) && 3 + f->wid + f->prec > 68)
        go_alloc(p, (size_t)(3 + f->wid + f->prec), NULL, false);
    int prec = 0;
    if (f->prec_present) {
        prec = f->prec;
        if (prec == 0 && u == 0) {
            bool old = f->zero;
            f->zero = false;
            write_padding(p, f->wid);
            f->zero = old;
            return;
        }
    } else if (f->zero && f->wid_present) {
        prec = f->wid;
        if (negative || f->plus || f->space) prec--;
    }
    size_t cap = 80 + (size_t)(prec > 0 ? prec : 0);
    char *buf = malloc(cap);
    size_t i = cap;
    switch (base) {
    case 10:
        for (; u >= 10; u /= 10) buf[--i] = (char)('0' + u % 10);
        break;
    case 16:
        for (; u >= 16; u >>= 4) buf[--i] = digits[u & 15];
        break;
    case 8:
        for (; u >= 8; u >>= 3) buf[--i] = (char)('0' + (u & 7));
        break;
    case 2:
        for (; u >= 2; u >>= 1) buf[--i] = (char)('0' + (u & 1));
        break;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int)(cap - i)) buf[--i] = '0';
    if (f->sharp) {
        switch (base) {
        case 2: buf[--i] = 'b'; buf[--i] = '0'; break;
        case 8: if (buf[i] != '0') buf[--i] = '0'; break;
        case 16: buf[--i] = digits[16]; buf[--i] = '0'; break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative) buf[--i] = '-';
    else if (f->plus) buf[--i] = '+';
    else if (f->space) buf[--i] = ' ';
    bool old = f->zero;
    f->zero = false;
    pad(p, buf + i, cap - i);
    f->zero = old;
    free(buf);
}

static void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', ldigits);
    p->f.sharp = sharp;
}

static void fmt_c(Printer *p, uint64_t c) {
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    uint8_t tmp[4];
    pad(p, (const char *)tmp, (size_t)rt_encode_rune(tmp, r));
}

static void fmt_qc(Printer *p, uint64_t c) {
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    Buf t = {0};
    rt_quote_rune(&t, r, p->f.plus ? QUOTE_ASCII : 0);
    pad_buf(p, &t);
}

static void fmt_unicode(Printer *p, uint64_t u) {
    Buf t = {0};
    int prec = 4;
    if (p->f.prec_present && p->f.prec > 4) prec = p->f.prec;
    char hex[20];
    int n = 0;
    uint64_t x = u;
    do {
        hex[n++] = udigits[x & 15];
        x >>= 4;
    } while (x);
    buf_puts(&t, "U+");
    for (int i = n; i < prec; i++) buf_putc(&t, '0');
    while (n > 0) buf_putc(&t, hex[--n]);
    if (p->f.sharp && u <= 0x10FFFF && rt_is_print((int32_t)u)) {
        buf_puts(&t, " '");
        put_rune(&t, (int32_t)u);
        buf_putc(&t, '\'');
    }
    bool old = p->f.zero;
    p->f.zero = false;
    pad_buf(p, &t);
    p->f.zero = old;
}

/* truncate to precision (in runes) */
static size_t truncated(Printer *p, const char *s, size_t n) {
    if (!p->f.prec_present) return n;
    int k = 0;
    for (size_t i = 0; i < n;) {
        if (k == p->f.prec) return i;
        int w;
        if ((uint8_t)s[i] < 0x80) w = 1;
        else rt_decode_rune((const uint8_t *)s + i, n - i, &w);
        i += (size_t)w;
        k++;
    }
    return n;
}

static void fmt_s(Printer *p, const char *s, size_t n) {
    pad(p, s, truncated(p, s, n));
}

static void fmt_sbx(Printer *p, const uint8_t *s, size_t n,
                    const char *digits) {
    Flags *f = &p->f;
    int length = (int)n;
    if (f->prec_present && f->prec < length) length = f->prec;
    int width = 2 * length;
    if (width > 0) {
        if (f->space) {
            if (f->sharp) width *= 2;
            width += length - 1;
        } else if (f->sharp) {
            width += 2;
        }
    } else {
        if (f->wid_present) write_padding(p, f->wid);
        return;
    }
    if (f->wid_present && f->wid > width && !f->minus)
        write_padding(p, f->wid - width);
    Buf *b = p->buf;
    if (f->sharp) {
        buf_putc(b, '0');
        buf_putc(b, digits[16]);
    }
    for (int i = 0; i < length; i++) {
        if (f->space && i > 0) {
            buf_putc(b, ' ');
            if (f->sharp) {
                buf_putc(b, '0');
                buf_putc(b, digits[16]);
            }
        }
        buf_putc(b, digits[s[i] >> 4]);
        buf_putc(b, digits[s[i] & 15]);
    }
    if (f->wid_present && f->wid > width && f->minus)
        write_padding(p, f->wid - width);
}

/* Go's fmtQ quotes into its 68-byte intbuf with strconv.AppendQuote,
 * which first makes room for s and two quotes when s is longer, then
 * grows by append where the quoted text overflows: those allocations
 * (go_alloc), piece by piece as AppendQuote appends.  The pass that fits
 * leaves the quoted text in *t. */
static void quote_allocs(Printer *p, Buf *t, const char *s, size_t n, int flags) {
    size_t room = 68;
    if (n > room) {
        room = n + 2;
        go_alloc(p, room, NULL, false);
    }
    for (;;) {
        Pieces pc = {t, room, 0};
        rt_quote_pieces(&pc, (const uint8_t *)s, n, flags);
        if (!pc.need) return;
        buf_clear(t);
        room = gc_rounded_size((size_t)rt_grow_cap((int64_t)room, (int64_t)pc.need));
        go_alloc(p, room, NULL, false);
    }
}

static void fmt_q(Printer *p, const char *s, size_t n) {
    n = truncated(p, s, n);
    Buf t = {0};
    if (p->f.sharp && rt_can_backquote((const uint8_t *)s, n)) {
        buf_putc(&t, '`');
        buf_put(&t, s, n);
        buf_putc(&t, '`');
        /* "`" + s + "`": past a 32-byte stack buffer, Go allocates it */
        if (t.len > 32) go_alloc(p, t.len, NULL, false);
    } else {
        quote_allocs(p, &t, s, n, p->f.plus ? QUOTE_ASCII : 0);
    }
    pad_buf(p, &t);
}

static void fmt_float(Printer *p, double v, int size, int verb, int prec) {
    Flags *f = &p->f;
    if (f->prec_present) prec = f->prec;
    Buf num = {0};
    buf_putc(&num, '+');
    rt_format_float(&num, v, (char)verb, prec, size);
    char *s = num.data;
    size_t n = num.len;
    if (s[1] == '-' || s[1] == '+') {
        s++;
        n--;
    }
    if (f->space && s[0] == '+' && !f->plus) s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {
        bool old = f->zero;
        f->zero = false;
        if (s[1] == 'N' && !f->space && !f->plus) {
            s++;
            n--;
        }
        pad(p, s, n);
        f->zero = old;
        buf_free(&num);
        return;
    }
    Buf sharp = {0};
    if (f->sharp && verb != 'b') {
        int digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
            digits = prec == -1 ? 6 : prec;
        char tail[16];
        size_t ntail = 0;
        bool has_point = false, nonzero = false;
        for (size_t i = 1; i < n; i++) {
            char c = s[i];
            if (c == '.') {
                has_point = true;
            } else if (c == 'p' || c == 'P' ||
                       ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                ntail = n - i < sizeof tail ? n - i : sizeof tail;
                memcpy(tail, s + i, ntail);
                n = i;
                break;
            } else {
                if (c != '0') nonzero = true;
                if (nonzero) digits--;
            }
        }
        buf_put(&sharp, s, n);
        if (!has_point) {
            if (n == 2 && s[1] == '0') digits--;
            buf_putc(&sharp, '.');
        }
        for (; digits > 0; digits--) buf_putc(&sharp, '0');
        buf_put(&sharp, tail, ntail);
        s = sharp.data;
        n = sharp.len;
    }
    if (f->plus || s[0] != '+') {
        if (f->zero && f->wid_present && f->wid > (int)n) {
            buf_putc(p->buf, s[0]);
            write_padding(p, f->wid - (int)n);
            buf_put(p->buf, s + 1, n - 1);
        } else {
            pad(p, s, n);
        }
    } else {
        pad(p, s + 1, n - 1);
    }
    buf_free(&num);
    buf_free(&sharp);
}

/* ---- errors in the format ---- */

static void bad_verb(Printer *p, int verb) {
    p->erroring = true;
    buf_puts(p->buf, "%!");
    put_rune(p->buf, verb);
    buf_putc(p->buf, '(');
    if (p->cur_type) {
        rt_type_string(p->buf, p->cur_type);
        buf_putc(p->buf, '=');
        print_value(p, p->cur_type, p->cur_ptr, 'v', 0, 0);
    } else {
        buf_puts(p->buf, "<nil>");
    }
    buf_putc(p->buf, ')');
    p->erroring = false;
}

/* ---- scalars ---- */


static void print_bool(Printer *p, bool b, int verb) {
    if (verb == 't' || verb == 'v') pad_str(p, b ? "true" : "false");
    else bad_verb(p, verb);
}

static void print_integer(Printer *p, uint64_t v, bool is_signed, int verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharpV && !is_signed) fmt_0x64(p, v, true);
        else fmt_integer(p, v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, ldigits); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, ldigits); break;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, ldigits); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, ldigits); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb);
    }
}

static void print_float(Printer *p, double v, int size, int verb) {
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X':
        fmt_float(p, v, size, verb, -1);
        break;
    case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb);
    }
}

static void print_string(Printer *p, const char *s, size_t n, int verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharpV) fmt_q(p, s, n);
        else fmt_s(p, s, n);
        break;
    case 's': fmt_s(p, s, n); break;
    case 'x': fmt_sbx(p, (const uint8_t *)s, n, ldigits); break;
    case 'X': fmt_sbx(p, (const uint8_t *)s, n, udigits); break;
    case 'q': fmt_q(p, s, n); break;
    default: bad_verb(p, verb);
    }
}

static void print_pointer(Printer *p, const Type *t, const void *v, int verb) {
    uint64_t u;
    switch (t->kind) {
    case TY_CHAN: case TY_FUNC: case TY_MAP: case TY_POINTER:
    case TY_UNSAFEPTR: case TY_SLICE:
        u = (uint64_t)(uintptr_t) * (void *const *)v;
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharpV) {
            buf_putc(p->buf, '(');
            rt_type_string(p->buf, t);
            buf_puts(p->buf, ")(");
            if (u == 0) buf_puts(p->buf, "nil");
            else fmt_0x64(p, u, true);
            buf_putc(p->buf, ')');
        } else if (u == 0) {
            pad_str(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        print_integer(p, u, false, verb);
        break;
    default: bad_verb(p, verb);
    }
}

/* ---- methods ---- */

static void *data_word(const Type *t, const void *v) {
    return type_is_direct_iface(t) ? *(void *const *)v : (void *)v;
}

static int call_method(Printer *p, const Type *t, const void *v,
                       const char *name, GoString *out, GoIface *pv) {
    if (!p->hooks || !p->hooks->call_method) return FMT_NO_METHOD;
    return p->hooks->call_method(p->hooks->ud, t, data_word(t, v), name, out,
                                 pv);
}

static bool catch_panic(Printer *p, const Type *t, const void *v, int verb,
                        const char *method, GoIface pv) {
    if (t->kind == TY_POINTER && *(void *const *)v == NULL) {
        fmt_s(p, "<nil>", 5);
        return true;
    }
    Flags old = p->f;
    memset(&p->f, 0, sizeof p->f);
    buf_puts(p->buf, "%!");
    put_rune(p->buf, verb);
    buf_puts(p->buf, "(PANIC=");
    buf_puts(p->buf, method);
    buf_puts(p->buf, " method: ");
    p->panicking = true;
    print_arg(p, pv, 'v');
    p->panicking = false;
    buf_putc(p->buf, ')');
    p->f = old;
    return true;
}

/* fmt's handleMethods: true when the value was printed by a method. */
static bool handle_methods(Printer *p, const Type *t, const void *v,
                           int verb) {
    if (p->erroring || !t) return false;
    GoString s;
    GoIface pv = {0};
    if (verb == 'w') {
        if (!p->wrap_errs || (p->wrapped && p->wrapped->type) ||
            call_method(p, t, v, "Error", NULL, NULL) == FMT_NO_METHOD) {
            p->wrap_errs = false;
            if (p->wrapped) p->wrapped->type = NULL;
            bad_verb(p, verb);
            return true;
        }
        p->wrapped->type = (Type *)t;
        p->wrapped->data = data_word(t, v);
        verb = 'v';
    }
    if (p->f.sharpV) {
        int r = call_method(p, t, v, "GoString", &s, &pv);
        if (r == FMT_CALLED) fmt_s(p, (const char *)s.ptr, (size_t)s.len);
        else if (r == FMT_PANICKED) catch_panic(p, t, v, verb, "GoString", pv);
        return r != FMT_NO_METHOD;
    }
    if (!strchr("vsxXq", verb)) return false;
    static const char *const names[] = {"Error", "String"};
    for (int i = 0; i < 2; i++) {
        int r = call_method(p, t, v, names[i], &s, &pv);
        if (r == FMT_NO_METHOD) continue;
        if (r == FMT_CALLED)
            print_string(p, (const char *)s.ptr, (size_t)s.len, verb);
        else
            catch_panic(p, t, v, verb, names[i], pv);
        return true;
    }
    return false;
}

/* ---- what reflect allocates (see the top of the file) ---- */

/* unsafe_New(t) and a copy, for a value of an indirect type */
static void reflect_copy(Printer *p, const Type *t) {
    if (!type_is_direct_iface(t))
        go_alloc(p, (size_t)t->size, t, t->ptrdata > 0);
}

/* ---- composite values ---- */

static void print_bytes(Printer *p, const uint8_t *b, int64_t n, bool isnil,
                        int verb, const Type *t) {
    switch (verb) {
    case 's': fmt_s(p, (const char *)b, (size_t)n); return;
    case 'x': fmt_sbx(p, b, (size_t)n, ldigits); return;
    case 'X': fmt_sbx(p, b, (size_t)n, udigits); return;
    case 'q': fmt_q(p, (const char *)b, (size_t)n); return;
    }
    (void)isnil;
    (void)t;
}

static void print_list(Printer *p, const Type *t, const uint8_t *base,
                       int64_t n, bool isnil, int verb, int depth, unsigned vf) {
    /* a slice's elements are addressable; an array's are when it is */
    if (t->kind == TY_SLICE) vf |= VF_ADDR;
    if (p->f.sharpV) {
        rt_type_string(p->buf, t);
        if (t->kind == TY_SLICE && isnil) {
            buf_puts(p->buf, "(nil)");
            return;
        }
        buf_putc(p->buf, '{');
        for (int64_t i = 0; i < n; i++) {
            if (i) buf_puts(p->buf, ", ");
            print_value(p, t->elem, base + i * t->elem->size, verb, depth + 1,
                        vf);
        }
        buf_putc(p->buf, '}');
        return;
    }
    buf_putc(p->buf, '[');
    for (int64_t i = 0; i < n; i++) {
        if (i) buf_putc(p->buf, ' ');
        print_value(p, t->elem, base + i * t->elem->size, verb, depth + 1, vf);
    }
    buf_putc(p->buf, ']');
}

static void print_map(Printer *p, const Type *t, GoMap *m, int verb,
                      int depth, unsigned vf) {
    if (p->f.sharpV) {
        rt_type_string(p->buf, t);
        if (!m) {
            buf_puts(p->buf, "(nil)");
            return;
        }
        buf_putc(p->buf, '{');
    } else {
        buf_puts(p->buf, "map[");
    }
    int64_t n = map_len(m);
    /* fmtsort.Sort: the *SortedMap, then its two []reflect.Value */
    go_alloc(p, 48, NULL, true);
    go_alloc(p, (size_t)n * 24, NULL, true);
    go_alloc(p, (size_t)n * 24, NULL, true);
    for (int64_t i = 0; i < n; i++) {      /* MapIter.Key, MapIter.Value */
        reflect_copy(p, t->key);
        reflect_copy(p, t->elem);
    }
    vf &= ~(unsigned)VF_ADDR;             /* those copies are not addressable */
    void **keys = malloc(sizeof(void *) * (size_t)(n ? n : 1) * 2);
    void **vals = keys + n;
    n = map_sorted(m, keys, vals);
    for (int64_t i = 0; i < n; i++) {
        if (i) {
            if (p->f.sharpV) buf_puts(p->buf, ", ");
            else buf_putc(p->buf, ' ');
        }
        print_value(p, t->key, keys[i], verb, depth + 1, vf);
        buf_putc(p->buf, ':');
        print_value(p, t->elem, vals[i], verb, depth + 1, vf);
    }
    free(keys);
    buf_putc(p->buf, p->f.sharpV ? '}' : ']');
}

static void print_struct(Printer *p, const Type *t, const uint8_t *v,
                         int verb, int depth, unsigned vf) {
    if (p->f.sharpV) rt_type_string(p->buf, t);
    buf_putc(p->buf, '{');
    for (int i = 0; i < t->nfields; i++) {
        const Field *f = &t->fields[i];
        if (i) {
            if (p->f.sharpV) buf_puts(p->buf, ", ");
            else buf_putc(p->buf, ' ');
        }
        if (p->f.plusV || p->f.sharpV) {
            go_alloc(p, 8, NULL, false);   /* Type.Field(i).Index */
            if (f->name) {
                buf_puts(p->buf, f->name);
                buf_putc(p->buf, ':');
            }
        }
        const Type *ft = f->type;
        const void *fv = v + f->offset;
        unsigned fvf = vf | (f->exported ? 0 : VF_RO);
        if (ft->kind == TY_INTERFACE && ((const GoIface *)fv)->type) {
            const GoIface *e = fv;       /* Elem: not addressable */
            ft = e->type;
            fv = map_iface_value(e->type, &e->data);
            fvf &= ~(unsigned)VF_ADDR;
        }
        print_value(p, ft, fv, verb, depth + 1, fvf);
    }
    buf_putc(p->buf, '}');
}

static void print_value(Printer *p, const Type *t, const void *v, int verb,
                        int depth, unsigned vf) {
    p->cur_type = t;
    p->cur_ptr = v;
    if (depth > 0 && t && !(vf & VF_RO)) {
        /* Value.Interface(): an interface's content needs no copy */
        if ((vf & VF_ADDR) && t->kind != TY_INTERFACE) reflect_copy(p, t);
        if (handle_methods(p, t, v, verb)) return;
    }
    p->cur_type = t;
    p->cur_ptr = v;
    if (!t) {
        if (depth == 0) buf_puts(p->buf, "<invalid reflect.Value>");
        else if (verb == 'v') buf_puts(p->buf, "<nil>");
        else bad_verb(p, verb);
        return;
    }
    switch (t->kind) {
    case TY_BOOL:
        print_bool(p, *(const uint8_t *)v != 0, verb);
        return;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        print_integer(p, (uint64_t)rt_load_signed(t, v), true, verb);
        return;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32:
    case TY_UINT64: case TY_UINTPTR:
        print_integer(p, rt_load_unsigned(t, v), false, verb);
        return;
    case TY_FLOAT32:
        print_float(p, *(const float *)v, 32, verb);
        return;
    case TY_FLOAT64:
        print_float(p, *(const double *)v, 64, verb);
        return;
    case TY_STRING: {
        const GoString *s = v;
        print_string(p, (const char *)s->ptr, (size_t)s->len, verb);
        return;
    }
    case TY_MAP:
        print_map(p, t, *(GoMap *const *)v, verb, depth, vf);
        return;
    case TY_STRUCT:
        print_struct(p, t, v, verb, depth, vf);
        return;
    case TY_INTERFACE: {
        const GoIface *e = v;
        if (!e->type) {
            if (p->f.sharpV) {
                rt_type_string(p->buf, t);
                buf_puts(p->buf, "(nil)");
            } else {
                buf_puts(p->buf, "<nil>");
            }
            return;
        }
        print_value(p, e->type, map_iface_value(e->type, &e->data), verb,
                    depth + 1, vf & ~(unsigned)VF_ADDR);
        return;
    }
    case TY_ARRAY: case TY_SLICE: {
        const uint8_t *base;
        int64_t n;
        bool isnil = false;
        if (t->kind == TY_SLICE) {
            const GoSlice *s = v;
            base = s->ptr;
            n = s->len;
            isnil = s->ptr == NULL;
        } else {
            base = v;
            n = t->len;
        }
        if (strchr("sqxX", verb) && verb && t->elem->kind == TY_UINT8) {
            /* an array is copied to a new []byte, or, addressable, sliced:
             * reflect.SliceOf boxes its 32-byte cache key */
            if (t->kind == TY_ARRAY && !(vf & VF_ADDR))
                go_alloc(p, (size_t)n, NULL, false);
            else if (t->kind == TY_ARRAY)
                go_alloc(p, 32, NULL, true);
            print_bytes(p, base, n, isnil, verb, t);
            return;
        }
        print_list(p, t, base, n, isnil, verb, depth, vf);
        return;
    }
    case TY_POINTER: {
        void *q = *(void *const *)v;
        if (depth == 0 && q) {
            TypeKind k = t->elem->kind;
            if (k == TY_ARRAY || k == TY_SLICE || k == TY_STRUCT ||
                k == TY_MAP) {
                buf_putc(p->buf, '&');
                print_value(p, t->elem, q, verb, depth + 1, vf | VF_ADDR);
                return;
            }
        }
        print_pointer(p, t, v, verb);
        return;
    }
    case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        print_pointer(p, t, v, verb);
        return;
    default:
        buf_puts(p->buf, "?");
    }
}

static void print_arg(Printer *p, GoIface arg, int verb) {
    p->cur_type = arg.type;
    p->cur_ptr = NULL;
    if (!arg.type) {
        if (verb == 'T' || verb == 'v') pad_str(p, "<nil>");
        else bad_verb(p, verb);
        return;
    }
    const void *v = map_iface_value(arg.type, &arg.data);
    p->cur_ptr = v;
    if (verb == 'T') {
        Buf t = {0};
        rt_type_string(&t, arg.type);
        fmt_s(p, t.data, t.len);
        buf_free(&t);
        return;
    }
    if (verb == 'p') {
        print_pointer(p, arg.type, v, 'p');
        return;
    }
    const Type *t = arg.type;
    bool predeclared = t->name && t->pkg && !*t->pkg && t->kind != TY_INTERFACE;
    bool bytes = t->kind == TY_SLICE && !t->name && t->elem->kind == TY_UINT8 &&
                 t->elem->pkg && !*t->elem->pkg;
    /* fmt's fast path: predeclared types and []byte have no methods */
    if (!predeclared && !bytes && handle_methods(p, t, v, verb)) return;
    if (bytes && (verb == 'v' || verb == 'd')) {
        /* fmt's []byte fast path (fmtBytes): no reflection; %#v names the
         * type "[]byte" */
        const GoSlice *s = v;
        const uint8_t *b = s->ptr;
        if (p->f.sharpV) {
            buf_puts(p->buf, "[]byte");
            if (!s->ptr) {
                buf_puts(p->buf, "(nil)");
                return;
            }
        }
        buf_putc(p->buf, p->f.sharpV ? '{' : '[');
        for (int64_t i = 0; i < s->len; i++) {
            if (i) buf_puts(p->buf, p->f.sharpV ? ", " : " ");
            if (p->f.sharpV) fmt_0x64(p, b[i], true);
            else fmt_integer(p, b[i], 10, false, verb, ldigits);
        }
        buf_putc(p->buf, p->f.sharpV ? '}' : ']');
        return;
    }
    /* other verbs: fmtBytes' printValue(reflect.ValueOf(v)) boxes the
     * slice again (convTslice: a nil one points at zeroVal) */
    if (bytes && !strchr("sxXq", verb) && ((const GoSlice *)v)->ptr)
        go_alloc(p, sizeof(GoSlice), NULL, true);
    print_value(p, t, v, verb, 0, 0);
}

/* ---- Printf ---- */

static bool too_large(int x) { return x > 1000000 || x < -1000000; }

static int parse_num(const char *s, size_t start, size_t end, bool *isnum,
                     size_t *newi) {
    int num = 0;
    *isnum = false;
    if (start >= end) {
        *newi = end;
        return 0;
    }
    size_t i = start;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (too_large(num)) {
            *isnum = false;
            *newi = end;
            return 0;
        }
        num = num * 10 + (s[i] - '0');
        *isnum = true;
    }
    *newi = i;
    return num;
}

/* [n]: returns true when an index was found (even if bad) */
static bool arg_number(Printer *p, int64_t *argnum, const char *fmt,
                       size_t *i, size_t end, int64_t nargs) {
    if (*i >= end || fmt[*i] != '[') return false;
    p->reordered = true;
    size_t n = end - *i;
    const char *s = fmt + *i;
    int index = 0;
    size_t wid = 1;
    bool ok = false;
    if (n >= 3) {
        for (size_t j = 1; j < n; j++) {
            if (s[j] == ']') {
                bool isnum;
                size_t newi;
                int w = parse_num(s, 1, j, &isnum, &newi);
                if (!isnum || newi != j) {
                    wid = j + 1;
                    ok = false;
                } else {
                    index = w - 1;
                    wid = j + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    if (ok && index >= 0 && index < nargs) {
        *argnum = index;
        *i += wid;
        return true;
    }
    p->good_argnum = false;
    *i += wid;
    return ok;
}

static bool int_from_arg(const GoIface *args, int64_t nargs, int64_t *argnum,
                         int *out) {
    bool isint = false;
    int num = 0;
    if (*argnum < nargs) {
        GoIface a = args[*argnum];
        if (a.type) {
            const void *v = map_iface_value(a.type, &a.data);
            if (a.type->kind >= TY_INT && a.type->kind <= TY_INT64) {
                int64_t x = rt_load_signed(a.type, v);
                if (x == (int64_t)(int)x) { num = (int)x; isint = true; }
            } else if (a.type->kind >= TY_UINT && a.type->kind <= TY_UINTPTR) {
                uint64_t x = rt_load_unsigned(a.type, v);
                if ((int64_t)x >= 0 && x == (uint64_t)(int)x) {
                    num = (int)x;
                    isint = true;
                }
            }
        }
        (*argnum)++;
        if (too_large(num)) {
            num = 0;
            isint = false;
        }
    }
    *out = num;
    return isint;
}

static void set_v_modes(Printer *p) {
    p->f.sharpV = p->f.sharp;
    p->f.sharp = false;
    p->f.plusV = p->f.plus;
    p->f.plus = false;
}

static void do_printf(Printer *p, const char *fmt, size_t end,
                      const GoIface *a, int64_t nargs) {
    int64_t argnum = 0;
    bool after_index = false;
    p->reordered = false;
    size_t i = 0;
    while (i < end) {
        p->good_argnum = true;
        size_t lasti = i;
        while (i < end && fmt[i] != '%') i++;
        if (i > lasti) buf_put(p->buf, fmt + lasti, i - lasti);
        if (i >= end) break;
        i++;
        memset(&p->f, 0, sizeof p->f);
        bool simple_done = false;
        for (; i < end; i++) {
            char c = fmt[i];
            if (c == '#') p->f.sharp = true;
            else if (c == '0') p->f.zero = !p->f.minus;
            else if (c == '+') p->f.plus = true;
            else if (c == '-') { p->f.minus = true; p->f.zero = false; }
            else if (c == ' ') p->f.space = true;
            else {
                if (c >= 'a' && c <= 'z' && argnum < nargs) {
                    if (c == 'v') set_v_modes(p);
                    print_arg(p, a[argnum], c);
                    argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done) continue;

        after_index = arg_number(p, &argnum, fmt, &i, end, nargs);

        if (i < end && fmt[i] == '*') {
            i++;
            p->f.wid_present = int_from_arg(a, nargs, &argnum, &p->f.wid);
            if (!p->f.wid_present) buf_puts(p->buf, "%!(BADWIDTH)");
            if (p->f.wid < 0) {
                p->f.wid = -p->f.wid;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            p->f.wid = parse_num(fmt, i, end, &p->f.wid_present, &i);
            if (after_index && p->f.wid_present) p->good_argnum = false;
        }

        if (i + 1 < end && fmt[i] == '.') {
            i++;
            if (after_index) p->good_argnum = false;
            after_index = arg_number(p, &argnum, fmt, &i, end, nargs);
            if (i < end && fmt[i] == '*') {
                i++;
                p->f.prec_present =
                    int_from_arg(a, nargs, &argnum, &p->f.prec);
                if (p->f.prec < 0) {
                    p->f.prec = 0;
                    p->f.prec_present = false;
                }
                if (!p->f.prec_present) buf_puts(p->buf, "%!(BADPREC)");
                after_index = false;
            } else {
                p->f.prec = parse_num(fmt, i, end, &p->f.prec_present, &i);
                if (!p->f.prec_present) {
                    p->f.prec = 0;
                    p->f.prec_present = true;
                }
            }
        }

        if (!after_index)
            after_index = arg_number(p, &argnum, fmt, &i, end, nargs);

        if (i >= end) {
            buf_puts(p->buf, "%!(NOVERB)");
            break;
        }

        int w = 1;
        int32_t verb = (uint8_t)fmt[i];
        if (verb >= 0x80)
            verb = rt_decode_rune((const uint8_t *)fmt + i, end - i, &w);
        i += (size_t)w;

        if (verb == '%') {
            buf_putc(p->buf, '%');
        } else if (!p->good_argnum) {
            buf_puts(p->buf, "%!");
            put_rune(p->buf, verb);
            buf_puts(p->buf, "(BADINDEX)");
        } else if (argnum >= nargs) {
            buf_puts(p->buf, "%!");
            put_rune(p->buf, verb);
            buf_puts(p->buf, "(MISSING)");
        } else {
            if (verb == 'v') set_v_modes(p);
            print_arg(p, a[argnum], verb);
            argnum++;
        }
    }
    if (!p->reordered && argnum < nargs) {
        memset(&p->f, 0, sizeof p->f);
        buf_puts(p->buf, "%!(EXTRA ");
        for (int64_t k = argnum; k < nargs; k++) {
            if (k > argnum) buf_puts(p->buf, ", ");
            if (!a[k].type) {
                buf_puts(p->buf, "<nil>");
            } else {
                rt_type_string(p->buf, a[k].type);
                buf_putc(p->buf, '=');
                print_arg(p, a[k], 'v');
            }
        }
        buf_putc(p->buf, ')');
    }
}

static void printer_init(Printer *p, Buf *out, const FmtHooks *hooks) {
    memset(p, 0, sizeof *p);
    p->buf = out;
    p->hooks = hooks;
}

void fmt_sprintf(Buf *out, const char *format, size_t flen,
                 const GoIface *args, int64_t nargs, const FmtHooks *hooks,
                 GoIface *wrapped) {
    Printer p;
    printer_init(&p, out, hooks);
    if (wrapped) {
        p.wrap_errs = true;
        p.wrapped = wrapped;
        wrapped->type = NULL;
        wrapped->data = NULL;
    }
    do_printf(&p, format, flen, args, nargs);
}

void fmt_sprint(Buf *out, const GoIface *args, int64_t nargs,
                const FmtHooks *hooks) {
    Printer p;
    printer_init(&p, out, hooks);
    bool prev_string = false;
    for (int64_t i = 0; i < nargs; i++) {
        bool is_string = args[i].type && args[i].type->kind == TY_STRING;
        if (i > 0 && !is_string && !prev_string) buf_putc(out, ' ');
        memset(&p.f, 0, sizeof p.f);
        print_arg(&p, args[i], 'v');
        prev_string = is_string;
    }
}

void fmt_sprintln(Buf *out, const GoIface *args, int64_t nargs,
                  const FmtHooks *hooks) {
    Printer p;
    printer_init(&p, out, hooks);
    for (int64_t i = 0; i < nargs; i++) {
        if (i > 0) buf_putc(out, ' ');
        memset(&p.f, 0, sizeof p.f);
        print_arg(&p, args[i], 'v');
    }
    buf_putc(out, '\n');
}

void rt_format_value(Buf *out, const Type *t, const void *v,
                     const FmtHooks *hooks) {
    Printer p;
    printer_init(&p, out, hooks);
    GoIface e = {(Type *)t, NULL};
    if (!t) {
        print_arg(&p, e, 'v');
        return;
    }
    if (handle_methods(&p, t, v, 'v')) return;
    print_value(&p, t, v, 'v', 0, 0);
}

/* ---- natives of package fmt (stdlib/fmt/fmt.go) ---- */

/* provided by the VM when it can recover panics inside method calls */
#pragma weak native_call_method0_catch

static int native_hook(void *ud, const Type *t, void *data, const char *name,
                       GoString *out, GoIface *panic_val) {
    NativeCtx *ctx = ud;
    const Method *m = rt_find_method(t, name);
    if (!m || m->sig->nparams != 0 || m->sig->nresults != 1 ||
        m->sig->results[0]->kind != TY_STRING)
        return FMT_NO_METHOD;
    if (!out) return FMT_CALLED;                 /* existence check */
    if (t->kind == TY_POINTER && data == NULL && !m->ptr_recv) {
        /* value method through a nil pointer: Go's wrapper panics and fmt
         * prints <nil>; say so without running anything */
        panic_val->type = NULL;
        panic_val->data = NULL;
        return FMT_PANICKED;
    }
    uint64_t res[2] = {0, 0};
    if (native_call_method0_catch) {
        int st = native_call_method0_catch(ctx, (Type *)t, data, name, res,
                                           panic_val);
        if (st == 0) return FMT_NO_METHOD;
        if (st < 0) return FMT_PANICKED;
    } else if (!native_call_method0(ctx, (Type *)t, data, name, res)) {
        return FMT_NO_METHOD;
    }
    out->ptr = (const uint8_t *)(uintptr_t)res[0];
    out->len = (int64_t)res[1];
    return FMT_CALLED;
}

static void native_alloc_hook(void *ud, size_t size, const Type *elem,
                              bool has_pointers) {
    native_alloc(ud, size, elem, has_pointers);
}

static GoString arg_string(const uint64_t *args) {
    GoString s = {(const uint8_t *)(uintptr_t)args[0], (int64_t)args[1]};
    return s;
}
static GoSlice arg_slice(const uint64_t *args) {
    GoSlice s = {(void *)(uintptr_t)args[0], (int64_t)args[1],
                 (int64_t)args[2]};
    return s;
}

enum { KIND_PRINT, KIND_PRINTLN, KIND_PRINTF };

/* formats per kind; args: [format string,] a []any */
static void format_call(NativeCtx *ctx, Buf *out, int kind,
                        const uint64_t *args) {
    FmtHooks hooks = {ctx, native_hook, native_alloc_hook};
    if (kind == KIND_PRINTF) {
        GoString f = arg_string(args);
        GoSlice a = arg_slice(args + 2);
        fmt_sprintf(out, (const char *)f.ptr, (size_t)f.len, a.ptr, a.len,
                    &hooks, NULL);
    } else {
        GoSlice a = arg_slice(args);
        if (kind == KIND_PRINT) fmt_sprint(out, a.ptr, a.len, &hooks);
        else fmt_sprintln(out, a.ptr, a.len, &hooks);
    }
}

static void write_result(NativeCtx *ctx, int fd, int kind, uint64_t *res,
                         const uint64_t *args) {
    Buf out = {0};
    format_call(ctx, &out, kind, args);
    int64_t n = native_write(ctx, fd, out.data, out.len);
    buf_free(&out);
    res[0] = (uint64_t)n;
    res[1] = res[2] = 0;              /* err = nil */
}

static void string_result(NativeCtx *ctx, int kind, uint64_t *res,
                          const uint64_t *args) {
    Buf out = {0};
    format_call(ctx, &out, kind, args);
    GoString s = native_bytes_string(ctx, out.data, out.len);
    buf_free(&out);
    res[0] = (uint64_t)(uintptr_t)s.ptr;
    res[1] = (uint64_t)s.len;
}

/* func Print(a ...any) (n int, err error), and friends to os.Stdout */
void nat_fmt_Print(NativeCtx *c, uint64_t *r, uint64_t *a) {
    write_result(c, 1, KIND_PRINT, r, a);
}
void nat_fmt_Println(NativeCtx *c, uint64_t *r, uint64_t *a) {
    write_result(c, 1, KIND_PRINTLN, r, a);
}
void nat_fmt_Printf(NativeCtx *c, uint64_t *r, uint64_t *a) {
    write_result(c, 1, KIND_PRINTF, r, a);
}
/* func fprint(fd int, a []any) (n int, err error), fd first */
void nat_fmt_fprint(NativeCtx *c, uint64_t *r, uint64_t *a) {
    write_result(c, (int)a[0], KIND_PRINT, r, a + 1);
}
void nat_fmt_fprintln(NativeCtx *c, uint64_t *r, uint64_t *a) {
    write_result(c, (int)a[0], KIND_PRINTLN, r, a + 1);
}
void nat_fmt_fprintf(NativeCtx *c, uint64_t *r, uint64_t *a) {
    write_result(c, (int)a[0], KIND_PRINTF, r, a + 1);
}
void nat_fmt_Sprint(NativeCtx *c, uint64_t *r, uint64_t *a) {
    string_result(c, KIND_PRINT, r, a);
}
void nat_fmt_Sprintln(NativeCtx *c, uint64_t *r, uint64_t *a) {
    string_result(c, KIND_PRINTLN, r, a);
}
void nat_fmt_Sprintf(NativeCtx *c, uint64_t *r, uint64_t *a) {
    string_result(c, KIND_PRINTF, r, a);
}

/* func errorf(format string, a []any) (string, error): the message and
 * the %w operand (nil if none) */
void nat_fmt_errorf(NativeCtx *c, uint64_t *r, uint64_t *a) {
    FmtHooks hooks = {c, native_hook, native_alloc_hook};
    GoString f = arg_string(a);
    GoSlice s = arg_slice(a + 2);
    GoIface wrapped;
    Buf out = {0};
    fmt_sprintf(&out, (const char *)f.ptr, (size_t)f.len, s.ptr, s.len,
                &hooks, &wrapped);
    GoString str = native_bytes_string(c, out.data, out.len);
    buf_free(&out);
    r[0] = (uint64_t)(uintptr_t)str.ptr;
    r[1] = (uint64_t)str.len;
    r[2] = (uint64_t)(uintptr_t)wrapped.type;
    r[3] = (uint64_t)(uintptr_t)wrapped.data;
}
