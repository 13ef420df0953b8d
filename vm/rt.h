/* rt.h — vm-internal (only files in vm/ and their unit tests include it):
 * the formatting core of the runtime library, shared by fmt, strconv, the
 * print/println builtins and panic messages.
 *
 * Everything here is plain C over Go values in memory (types.h layout); the
 * only contact with a running VM is FmtHooks, through which fmt calls a
 * value's Error()/String()/GoString() method.  Unit tests pass a fake. */
#ifndef GOSUB_VM_RT_H
#define GOSUB_VM_RT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compiler/types.h"
#include "compiler/util.h"
#include "vm/native.h"

/* ---- type names (rt_type.c) ---- */

/* Appends the type as %T prints it ("[]int", "map[string]main.T",
 * "struct { A int }", "func(int) string"). */
void rt_type_string(Buf *b, const Type *t);

/* ---- fmt (rt_fmt.c) ---- */

enum { FMT_NO_METHOD = 0, FMT_CALLED = 1, FMT_PANICKED = 2 };

typedef struct FmtHooks {
    void *ud;
    /* Calls the method `name` ("Error", "String" or "GoString") of a value
     * of dynamic type t whose interface data word is `data`, if t's method
     * set has it with signature func() string.  Returns FMT_NO_METHOD,
     * FMT_CALLED (result in *out) or FMT_PANICKED (the recovered panic value
     * in *panic_val).  NULL hooks: no method is ever called. */
    int (*call_method)(void *ud, const Type *t, void *data, const char *name,
                       GoString *out, GoIface *panic_val);
    /* Allocates, on the Go heap, an object fmt's reflection would allocate
     * there (native_alloc's arguments; the object is not used).  NULL:
     * nothing is allocated. */
    void (*alloc)(void *ud, size_t size, const Type *elem, bool has_pointers);
} FmtHooks;

/* fmt.Sprintf into out.  When `wrapped` is non-NULL the call is Errorf's:
 * %w is accepted once and *wrapped receives its operand (type NULL when
 * there is none). */
void fmt_sprintf(Buf *out, const char *format, size_t flen,
                 const GoIface *args, int64_t nargs, const FmtHooks *hooks,
                 GoIface *wrapped);
void fmt_sprint(Buf *out, const GoIface *args, int64_t nargs,
                const FmtHooks *hooks);
void fmt_sprintln(Buf *out, const GoIface *args, int64_t nargs,
                  const FmtHooks *hooks);
/* fmt's %v of one value of type t stored at p (as Println prints it). */
void rt_format_value(Buf *out, const Type *t, const void *p,
                     const FmtHooks *hooks);

/* The print/println builtins' formatting of one value (rt_print.c) (runtime/print.go:
 * floats as +1.500000e+000, pointers as 0xc000..., interfaces as
 * (0x...,0x...)). */
void rt_print_value(Buf *out, const Type *t, const void *p);

/* ---- text written in Go's append pieces (strconv's Append functions) ----
 * Go's strconv appends a number or a quoted string to a []byte in pieces,
 * one append call each, and the slice grows at the first piece that does
 * not fit.  The formatters below write the same pieces, so strconv's
 * natives can tell Go's code where dst must grow: `need` becomes the length
 * of out's text up to the end of the first piece that passes `room` (dst's
 * spare capacity), 0 while every piece fits.  fmt passes room SIZE_MAX. */
typedef struct Pieces {
    Buf *out;
    size_t room, need;
} Pieces;

static inline void piece(Pieces *p, const void *s, size_t n) {
    buf_put(p->out, s, n);
    if (!p->need && p->out->len > p->room) p->need = p->out->len;
}
static inline void piece_c(Pieces *p, char c) { piece(p, &c, 1); }

/* ---- floats, shared by fmt and strconv (rt_float.c) ---- */

/* strconv.FormatFloat(v, fmt, prec, bitSize) appended to out. */
void rt_format_float(Buf *out, double v, char fmt, int prec, int bitsize);
void rt_format_float_pieces(Pieces *out, double v, char fmt, int prec,
                            int bitsize);

/* Go's append growth (runtime/slice.go growslice, 1.19 formula): the
 * capacity, in elements, before rounding up to a size class; with Go's
 * wrap-around where a huge capacity overflows int */
static inline int64_t rt_wrap_add(int64_t a, int64_t b) {
    return (int64_t)((uint64_t)a + (uint64_t)b);
}
static inline int64_t rt_grow_cap(int64_t old, int64_t need) {
    int64_t n = old, dbl = rt_wrap_add(old, old);
    if (need > dbl) return need;
    if (old < 256) return dbl;
    while (0 < n && n < need) n = rt_wrap_add(n, rt_wrap_add(n, 3 * 256) / 4);
    return n <= 0 ? need : n;
}

/* ---- parsing (rt_strconv.c): status codes shared with strconv.go ---- */
/* ST_RANGE2: rt_parse_int's out of range where the unsigned digits alone
 * already overflowed (Go's ParseInt then makes two errors, see strconv.go) */
enum { ST_OK, ST_SYNTAX, ST_RANGE, ST_BASE, ST_BITSIZE, ST_RANGE2 };
int rt_parse_uint(const uint8_t *s, size_t n, int64_t base, int64_t bitsize,
                  uint64_t *out);
int rt_parse_int(const uint8_t *s, size_t n, int64_t base, int64_t bitsize,
                 int64_t *out);
int rt_parse_float(const uint8_t *s, size_t n, int bitsize, double *out);
bool rt_unquote(Buf *out, const uint8_t *s, size_t n);

/* ---- strings (rt_strings.c) ---- */
int64_t rt_index(GoString s, GoString sub);
int64_t rt_last_index(GoString s, GoString sub);
int64_t rt_count(GoString s, GoString sub);
int rt_compare(GoString a, GoString b);
bool rt_equal_fold(GoString s, GoString t);
int64_t rt_rune_count(const uint8_t *p, int64_t n);
/* the last rune of p and its width, as utf8.DecodeLastRune */
int32_t rt_decode_last_rune(const uint8_t *p, int64_t n, int *width);
/* strings.ToUpper/ToLower/ToTitle (which: 0 upper, 1 lower, 2 title) into
 * out; false (out untouched) when s maps to itself */
bool rt_map_case(Buf *out, GoString s, int which);

/* ---- quoting: strconv.Quote family, fmt %q (rt_unicode.c) ---- */
enum { QUOTE_ASCII = 1, QUOTE_GRAPHIC = 2 };
void rt_quote(Buf *out, const uint8_t *s, size_t n, int flags);
void rt_quote_rune(Buf *out, int32_t r, int flags);
void rt_quote_pieces(Pieces *out, const uint8_t *s, size_t n, int flags);
void rt_quote_rune_pieces(Pieces *out, int32_t r, int flags);
bool rt_can_backquote(const uint8_t *s, size_t n);
/* utf8.DecodeRune: returns the rune (0xFFFD on error) and its width. */
int32_t rt_decode_rune(const uint8_t *s, size_t n, int *width);
/* utf8.EncodeRune into buf[4]; returns length (invalid -> U+FFFD). */
int rt_encode_rune(uint8_t *buf, int32_t r);
/* unicode categories and case mapping (rt_unicode.c) */
bool rt_is_print(int32_t r);
bool rt_is_graphic(int32_t r);
bool rt_is_letter(int32_t r);
bool rt_is_digit(int32_t r);
bool rt_is_number(int32_t r);
bool rt_is_upper(int32_t r);
bool rt_is_lower(int32_t r);
bool rt_is_title(int32_t r);
bool rt_is_mark(int32_t r);
bool rt_is_punct(int32_t r);
bool rt_is_symbol(int32_t r);
bool rt_is_control(int32_t r);
bool rt_is_space(int32_t r);
int32_t rt_to_upper(int32_t r);
int32_t rt_to_lower(int32_t r);
int32_t rt_to_title(int32_t r);
int32_t rt_simple_fold(int32_t r);

/* ---- native argument slots (native.h calling convention) ---- */

#include <string.h>

/* An unaligned 8-byte word of memory (one load or store, no call). */
static inline uint64_t load_u64(const void *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}
static inline void store_u64(void *p, uint64_t w) { memcpy(p, &w, 8); }

static inline int64_t slot_int(const uint64_t *a, int i) {
    return (int64_t)a[i];
}
static inline double slot_f64(const uint64_t *a, int i) {
    double d;
    memcpy(&d, &a[i], 8);
    return d;
}
static inline float slot_f32(const uint64_t *a, int i) {
    float f;
    memcpy(&f, &a[i], 4);
    return f;
}
static inline GoString slot_str(const uint64_t *a, int i) {
    GoString s = {(const uint8_t *)(uintptr_t)a[i], (int64_t)a[i + 1]};
    return s;
}
static inline GoSlice slot_slice(const uint64_t *a, int i) {
    GoSlice s = {(void *)(uintptr_t)a[i], (int64_t)a[i + 1],
                 (int64_t)a[i + 2]};
    return s;
}
static inline GoIface slot_iface(const uint64_t *a, int i) {
    GoIface e = {(Type *)(uintptr_t)a[i], (void *)(uintptr_t)a[i + 1]};
    return e;
}
static inline void *slot_ptr(const uint64_t *a, int i) {
    return (void *)(uintptr_t)a[i];
}
/* A pointer argument the native dereferences: nil panics as Go does. */
static inline void *slot_deref(NativeCtx *c, const uint64_t *a, int i) {
    void *p = slot_ptr(a, i);
    if (!p) native_panic_nil(c);
    return p;
}
static inline void set_f64(uint64_t *r, int i, double d) {
    r[i] = 0;
    memcpy(&r[i], &d, 8);
}
static inline void set_f32(uint64_t *r, int i, float f) {
    r[i] = 0;
    memcpy(&r[i], &f, 4);
}
static inline void set_str(uint64_t *r, int i, GoString s) {
    r[i] = (uint64_t)(uintptr_t)s.ptr;
    r[i + 1] = (uint64_t)s.len;
}
static inline void set_slice(uint64_t *r, int i, GoSlice s) {
    r[i] = (uint64_t)(uintptr_t)s.ptr;
    r[i + 1] = (uint64_t)s.len;
    r[i + 2] = (uint64_t)s.cap;
}
static inline void set_iface(uint64_t *r, int i, GoIface e) {
    r[i] = (uint64_t)(uintptr_t)e.type;
    r[i + 1] = (uint64_t)(uintptr_t)e.data;
}
/* a Go string from a C buffer (copied into the Go heap) */
static inline GoString rt_gostring(NativeCtx *ctx, const Buf *b) {
    return native_string(ctx, b->data, b->len);
}

/* the method named `name` in dynamic type t's method set (promoted
 * through embedded fields), or NULL (rt_type.c) */
const Method *rt_find_method(const Type *t, const char *name);

/* An integer of type t (any size) loaded from memory, sign- or
 * zero-extended to 64 bits. */
static inline int64_t rt_load_signed(const Type *t, const void *v) {
    switch (t->size) {
    case 1: return *(const int8_t *)v;
    case 2: return *(const int16_t *)v;
    case 4: return *(const int32_t *)v;
    default: return *(const int64_t *)v;
    }
}
static inline uint64_t rt_load_unsigned(const Type *t, const void *v) {
    switch (t->size) {
    case 1: return *(const uint8_t *)v;
    case 2: return *(const uint16_t *)v;
    case 4: return *(const uint32_t *)v;
    default: return *(const uint64_t *)v;
    }
}

#endif
