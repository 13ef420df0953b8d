/* rt_print.c — the formats of the print and println builtins (Go's
 * runtime/print.go), which differ from fmt: floats as +1.500000e+000 (7
 * significant digits, 3-digit exponent), interfaces as (type,data) address
 * pairs, slices as [len/cap]address, other pointers as hex addresses.
 *
 * Invariant: writes to a C Buf only; no Go allocation, no method calls. */
#include <math.h>

#include "vm/rt.h"


static void print_float_builtin(Buf *out, double v) {
    if (v != v) {
        buf_puts(out, "NaN");
        return;
    }
    if (v + v == v && v != 0) {
        buf_puts(out, v < 0 ? "-Inf" : "+Inf");
        return;
    }
    /* +d.dddddde+ddd: 7 significant digits, 3-digit exponent */
    char tmp[32];
    int e = 0;
    double x = v;
    char sign = '+';
    if (x < 0 || (x == 0 && signbit(x))) {
        sign = '-';
        x = -x;
    }
    if (x != 0) {
        /* Go normalizes by repeated *10 or /10, then rounds by adding
         * half a unit in the 7th digit */
        for (; x >= 10; e++) x /= 10;
        for (; x < 1; e--) x *= 10;
        double h = 5;
        for (int i = 0; i < 7; i++) h /= 10;
        x += h;
        if (x >= 10) {
            e++;
            x /= 10;
        }
    }
    int pos = 0;
    tmp[pos++] = sign;
    for (int i = 0; i < 7; i++) {
        int s = (int)x;
        tmp[pos++] = (char)('0' + s);
        if (i == 0) tmp[pos++] = '.';
        x -= s;
        x *= 10;
    }
    tmp[pos++] = 'e';
    tmp[pos++] = e < 0 ? '-' : '+';
    if (e < 0) e = -e;
    tmp[pos++] = (char)('0' + e / 100);
    tmp[pos++] = (char)('0' + e / 10 % 10);
    tmp[pos++] = (char)('0' + e % 10);
    buf_put(out, tmp, (size_t)pos);
}

void rt_print_value(Buf *out, const Type *t, const void *v) {
    if (!t) {
        buf_puts(out, "nil");
        return;
    }
    switch (t->kind) {
    case TY_BOOL:
        buf_puts(out, *(const uint8_t *)v ? "true" : "false");
        return;
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        buf_printf(out, "%lld", (long long)rt_load_signed(t, v));
        return;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32:
    case TY_UINT64: case TY_UINTPTR:
        buf_printf(out, "%llu", (unsigned long long)rt_load_unsigned(t, v));
        return;
    case TY_FLOAT32:
        print_float_builtin(out, *(const float *)v);
        return;
    case TY_FLOAT64:
        print_float_builtin(out, *(const double *)v);
        return;
    case TY_STRING: {
        const GoString *s = v;
        buf_put(out, s->ptr, (size_t)s->len);
        return;
    }
    case TY_INTERFACE: {
        const GoIface *e = v;
        buf_printf(out, "(0x%llx,0x%llx)",
                   (unsigned long long)(uintptr_t)e->type,
                   (unsigned long long)(uintptr_t)e->data);
        return;
    }
    case TY_SLICE: {
        const GoSlice *s = v;
        buf_printf(out, "[%lld/%lld]0x%llx", (long long)s->len,
                   (long long)s->cap, (unsigned long long)(uintptr_t)s->ptr);
        return;
    }
    default:
        buf_printf(out, "0x%llx",
                   (unsigned long long)(uintptr_t) * (void *const *)v);
        return;
    }
}

