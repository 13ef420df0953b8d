/* rt_type.c — run-time facts about types the runtime library needs: the
 * name of a type as %T prints it (reflect's Type.String) and method lookup
 * in a dynamic type's method set by name, following embedded fields.
 *
 * Invariant: pure functions of the Type descriptors (types.h); a type's
 * cached `str`, when the checker set it, is authoritative. */
#include <string.h>

#include "vm/rt.h"

/* ---- type strings ---- */

static void chan_string(Buf *b, const Type *t) {
    if (t->dir == CHAN_RECV) buf_puts(b, "<-chan ");
    else if (t->dir == CHAN_SEND) buf_puts(b, "chan<- ");
    else buf_puts(b, "chan ");
    bool paren = t->dir == CHAN_BOTH && t->elem->kind == TY_CHAN &&
                 !t->elem->name && t->elem->dir == CHAN_RECV;
    if (paren) buf_putc(b, '(');
    rt_type_string(b, t->elem);
    if (paren) buf_putc(b, ')');
}

static void func_sig(Buf *b, const Type *t) {
    buf_putc(b, '(');
    for (int i = 0; i < t->nparams; i++) {
        if (i) buf_puts(b, ", ");
        if (t->variadic && i == t->nparams - 1) {
            buf_puts(b, "...");
            rt_type_string(b, t->params[i]->elem);
        } else {
            rt_type_string(b, t->params[i]);
        }
    }
    buf_putc(b, ')');
    if (t->nresults == 1) {
        buf_putc(b, ' ');
        rt_type_string(b, t->results[0]);
    } else if (t->nresults > 1) {
        buf_puts(b, " (");
        for (int i = 0; i < t->nresults; i++) {
            if (i) buf_puts(b, ", ");
            rt_type_string(b, t->results[i]);
        }
        buf_putc(b, ')');
    }
}

void rt_type_string(Buf *b, const Type *t) {
    if (!t) {
        buf_puts(b, "<nil>");
        return;
    }
    if (t->str) {
        buf_puts(b, t->str);
        return;
    }
    if (t->name) {
        buf_puts(b, t->name);
        return;
    }
    switch (t->kind) {
    case TY_POINTER:
        buf_putc(b, '*');
        rt_type_string(b, t->elem);
        return;
    case TY_SLICE:
        buf_puts(b, "[]");
        rt_type_string(b, t->elem);
        return;
    case TY_ARRAY:
        buf_printf(b, "[%lld]", (long long)t->len);
        rt_type_string(b, t->elem);
        return;
    case TY_MAP:
        buf_puts(b, "map[");
        rt_type_string(b, t->key);
        buf_putc(b, ']');
        rt_type_string(b, t->elem);
        return;
    case TY_CHAN:
        chan_string(b, t);
        return;
    case TY_FUNC:
        buf_puts(b, "func");
        func_sig(b, t);
        return;
    case TY_STRUCT:
        if (t->nfields == 0) {
            buf_puts(b, "struct {}");
            return;
        }
        buf_puts(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (i) buf_puts(b, "; ");
            if (!f->embedded) {
                buf_puts(b, f->name);
                buf_putc(b, ' ');
            }
            rt_type_string(b, f->type);
            if (f->tag) {
                buf_putc(b, ' ');
                rt_quote(b, (const uint8_t *)f->tag, strlen(f->tag), 0);
            }
        }
        buf_puts(b, " }");
        return;
    case TY_INTERFACE:
        if (t->nfields == 0) {
            buf_puts(b, "interface {}");
            return;
        }
        buf_puts(b, "interface { ");
        for (int i = 0; i < t->nfields; i++) {
            if (i) buf_puts(b, "; ");
            buf_puts(b, t->fields[i].name);
            func_sig(b, t->fields[i].type);
        }
        buf_puts(b, " }");
        return;
    case TY_UNSAFEPTR:
        buf_puts(b, "unsafe.Pointer");
        return;
    default:
        buf_puts(b, "?");
    }
}

/* ---- method sets ---- */

/* The method called `name` declared on t or promoted from its embedded
 * fields; `addr` says whether pointer-receiver methods are in the set (a
 * method on *T reached from a T value is not). */
static const Method *find_method(const Type *t, const char *name, bool addr,
                                 int depth) {
    if (!t || depth > 8) return NULL;
    for (int i = 0; i < t->nmethods; i++) {
        const Method *m = &t->methods[i];
        if (strcmp(m->name, name) == 0)
            return (!m->ptr_recv || addr) ? m : NULL;
    }
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (!f->embedded) continue;
            const Type *ft = f->type;
            bool fa = addr;
            if (ft->kind == TY_POINTER) {
                ft = ft->elem;
                fa = true;
            }
            const Method *m = find_method(ft, name, fa, depth + 1);
            if (m) return m;
        }
    return NULL;
}

const Method *rt_find_method(const Type *t, const char *name) {
    if (t->kind == TY_POINTER && t->elem && !t->name)
        return find_method(t->elem, name, true, 0);
    if (t->kind == TY_INTERFACE) return NULL;
    return find_method(t, name, false, 0);
}

