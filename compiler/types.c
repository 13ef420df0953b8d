/* types.c — Go types: construction with interning, layout exactly as Go's
 * compiler lays values out on amd64, pointer bitmaps, the %T string, type
 * identity, field/method lookup with promotion, and interface satisfaction.
 *
 * Invariants:
 *  - Unnamed types are interned in a hash table keyed by their structure
 *    (components are themselves interned, so comparing component pointers
 *    is comparing types): identical types are the same pointer.
 *  - A named type is created empty (kind TY_INVALID) and completed by
 *    types_set_underlying, which copies the underlying's structure; this is
 *    what lets `type Node struct { next *Node }` be built: *Node only needs
 *    Node's identity, not its layout.
 *  - Layout follows cmd/compile/internal/types/size.go: fields aligned to
 *    their alignment, a non-empty struct ending in a zero-size field gets
 *    one byte of padding, the size rounded to the struct's alignment.
 *  - ptrmask has one bit per 8-byte word holding a pointer; ptrdata is the
 *    length in bytes of the prefix holding pointers.
 *
 * Everything lives in the compilation's arena. */
#include "check.h"

#include <stdlib.h>

/* ---- checker state (types live in it) ---- */

Checker *checker_of(Compiler *c) {
    if (c->check) return c->check;
    Checker *k = arena_alloc(&c->arena, sizeof(Checker));
    k->c = c;
    k->iota = -1;
    c->check = k;
    universe_init(c);
    return k;
}

Type *types_under(Type *t) { return t->underlying ? t->underlying : t; }
bool types_is_named(Type *t) { return t->name != NULL; }

static bool is_runtime_kind(TypeKind k) {
    return k != TY_TUPLE && k != TY_INVALID &&
           !(k >= TY_UNTYPED_BOOL && k <= TY_UNTYPED_NIL);
}

static void register_type(Compiler *c, Type *t) {
    t->id = -1;
    if (!is_runtime_kind(t->kind) && t->name == NULL) return;
    t->id = c->types.len;
    VEC_PUSH(c->types, t);
}

static Type *new_type(Compiler *c, TypeKind k) {
    Type *t = arena_alloc(&c->arena, sizeof(Type));
    t->kind = k;
    t->underlying = t;
    return t;
}

/* ---- layout ---- */

static int64_t round_up(int64_t o, int64_t a) { return (o + a - 1) / a * a; }

static void set_bit(uint8_t *m, int64_t word) {
    m[word / 8] |= (uint8_t)(1u << (word % 8));
}

/* Marks the pointer words of a value of type t placed at byte offset off. */
static void mark_ptrs(Type *t, uint8_t *m, int64_t off) {
    if (t->ptrdata == 0) return;
    switch (t->kind) {
    case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP:
    case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        set_bit(m, off / 8);
        break;
    case TY_INTERFACE:
        set_bit(m, off / 8), set_bit(m, off / 8 + 1);
        break;
    case TY_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            mark_ptrs(t->elem, m, off + i * t->elem->size);
        break;
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            mark_ptrs(t->fields[i].type, m, off + t->fields[i].offset);
        break;
    default: break;
    }
}

static int64_t last_ptr_end(Type *t) {
    switch (t->kind) {
    case TY_STRING: case TY_SLICE: case TY_POINTER: case TY_MAP:
    case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        return 8;
    case TY_INTERFACE: return 16;
    case TY_ARRAY:
        if (t->len == 0 || t->elem->ptrdata == 0) return 0;
        return (t->len - 1) * t->elem->size + t->elem->ptrdata;
    case TY_STRUCT: {
        int64_t end = 0;
        for (int i = 0; i < t->nfields; i++)
            if (t->fields[i].type->ptrdata)
                end = t->fields[i].offset + t->fields[i].type->ptrdata;
        return end;
    }
    default: return 0;
    }
}

static bool is_incomplete(Type *t) { return t->kind == TY_INVALID; }

/* Layout of an unnamed (or named-copy) type from its components. */
static void layout(Compiler *c, Type *t) {
    t->comparable = true;
    switch (t->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: t->size = t->align = 1; break;
    case TY_INT16: case TY_UINT16: t->size = t->align = 2; break;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: t->size = t->align = 4;
        break;
    case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR:
    case TY_FLOAT64: case TY_UNSAFEPTR: case TY_POINTER: case TY_CHAN:
        t->size = t->align = 8; break;
    case TY_MAP: case TY_FUNC:
        t->size = t->align = 8; t->comparable = false; break;
    case TY_STRING: case TY_INTERFACE: t->size = 16, t->align = 8; break;
    case TY_SLICE: t->size = 24, t->align = 8; t->comparable = false; break;
    case TY_ARRAY:
        if (is_incomplete(t->elem)) return;
        t->align = t->elem->align;
        t->size = t->elem->size * t->len;
        t->comparable = t->elem->comparable;
        break;
    case TY_STRUCT: {
        int64_t o = 0, lastzero = -1;
        int32_t maxalign = 1;
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i].type;
            if (is_incomplete(ft)) return;
            if (ft->align > maxalign) maxalign = ft->align;
            o = round_up(o, ft->align ? ft->align : 1);
            t->fields[i].offset = o;
            if (ft->size == 0) lastzero = o;
            o += ft->size;
            if (!ft->comparable) t->comparable = false;
        }
        if (o > 0 && o == lastzero) o++;
        t->size = round_up(o, maxalign);
        t->align = maxalign;
        break;
    }
    default: t->size = 0, t->align = 1; break;
    }
    t->ptrdata = last_ptr_end(t);
    if (t->ptrdata) {
        int64_t words = t->ptrdata / 8 + 1;
        t->ptrmask = arena_alloc(&c->arena, (size_t)(words + 7) / 8);
        mark_ptrs(t, t->ptrmask, 0);
    }
}

/* ---- %T strings ---- */

static void write_type(Buf *b, Type *t, bool qual_main, bool spaced);

static void write_tuple(Buf *b, Type **ts, int n, bool variadic, bool q,
                        bool sp) {
    buf_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(b, ", ");
        if (variadic && i == n - 1) {
            buf_puts(b, "...");
            write_type(b, ts[i]->elem, q, sp);
        } else {
            write_type(b, ts[i], q, sp);
        }
    }
    buf_putc(b, ')');
}

static void write_sig(Buf *b, Type *t, bool q, bool sp) {
    write_tuple(b, t->params, t->nparams, t->variadic, q, sp);
    if (t->nresults == 1) {
        buf_putc(b, ' ');
        write_type(b, t->results[0], q, sp);
    } else if (t->nresults > 1) {
        buf_putc(b, ' ');
        write_tuple(b, t->results, t->nresults, false, q, sp);
    }
}

static const char *untyped_names[] = {
    "untyped bool", "untyped int", "untyped rune", "untyped float",
    "untyped string", "untyped nil",
};

/* qual_main: print main.T (as %T does) rather than T (error messages).
 * spaced: "struct { A int }" (%T) rather than "struct{A int}" (types2). */
static void write_type(Buf *b, Type *t, bool qual_main, bool sp) {
    if (qual_main && sp && t->str) {   /* made already (make_str) */
        buf_puts(b, t->str);
        return;
    }
    if (t->name) {
        if (!qual_main && t->pkg && strcmp(t->pkg, "main") == 0) {
            const char *dot = strchr(t->name, '.');
            buf_puts(b, dot ? dot + 1 : t->name);
        } else {
            buf_puts(b, t->name);
        }
        return;
    }
    switch (t->kind) {
    case TY_POINTER: buf_putc(b, '*'); write_type(b, t->elem, qual_main, sp);
        break;
    case TY_SLICE: buf_puts(b, "[]"); write_type(b, t->elem, qual_main, sp);
        break;
    case TY_ARRAY:
        buf_printf(b, "[%lld]", (long long)t->len);
        write_type(b, t->elem, qual_main, sp);
        break;
    case TY_MAP:
        buf_puts(b, "map[");
        write_type(b, t->key, qual_main, sp);
        buf_putc(b, ']');
        write_type(b, t->elem, qual_main, sp);
        break;
    case TY_CHAN: {
        bool paren = false;
        if (t->dir == CHAN_RECV) buf_puts(b, "<-chan ");
        else if (t->dir == CHAN_SEND) buf_puts(b, "chan<- ");
        else {
            buf_puts(b, "chan ");
            paren = t->elem->kind == TY_CHAN && !t->elem->name &&
                    t->elem->dir == CHAN_RECV;
        }
        if (paren) buf_putc(b, '(');
        write_type(b, t->elem, qual_main, sp);
        if (paren) buf_putc(b, ')');
        break;
    }
    case TY_FUNC:
        buf_puts(b, "func");
        write_sig(b, t, qual_main, sp);
        break;
    case TY_TUPLE:
        buf_putc(b, '(');
        for (int i = 0; i < t->nfields; i++) {
            if (i) buf_puts(b, ", ");
            write_type(b, t->fields[i].type, qual_main, sp);
        }
        buf_putc(b, ')');
        break;
    case TY_STRUCT:
        buf_puts(b, sp ? "struct {" : "struct{");
        for (int i = 0; i < t->nfields; i++) {
            Field *f = &t->fields[i];
            buf_puts(b, i ? "; " : (sp ? " " : ""));
            if (!f->embedded) buf_printf(b, "%s ", f->name);
            write_type(b, f->type, qual_main, sp);
            if (f->tag) {
                buf_puts(b, " \"");
                for (const char *p = f->tag; *p; p++) {
                    if (*p == '"' || *p == '\\') buf_putc(b, '\\');
                    buf_putc(b, *p);
                }
                buf_putc(b, '"');
            }
        }
        buf_puts(b, t->nfields && sp ? " }" : "}");
        break;
    case TY_INTERFACE:
        if (t->nfields == 0) {
            buf_puts(b, sp ? "interface {}" : "interface{}");
            break;
        }
        buf_puts(b, sp ? "interface { " : "interface{");
        for (int i = 0; i < t->nfields; i++) {
            if (i) buf_puts(b, "; ");
            buf_puts(b, t->fields[i].name);
            write_sig(b, t->fields[i].type, qual_main, sp);
        }
        buf_puts(b, sp ? " }" : "}");
        break;
    default:
        if (t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL)
            buf_puts(b, untyped_names[t->kind - TY_UNTYPED_BOOL]);
        else
            buf_puts(b, "invalid type");
        break;
    }
}

static const char *make_str(Compiler *c, Type *t) {
    Buf b = {0};
    write_type(&b, t, true, true);
    const char *s = arena_strdup(&c->arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

const char *types_str(Type *t) { return t->str ? t->str : "?"; }

const char *type_string(Compiler *c, Type *t) {
    if (!t) return "invalid type";
    Buf b = {0};
    write_type(&b, t, false, false);
    const char *s = arena_strdup(&c->arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

/* ---- interning ---- */

typedef struct Key {
    TypeKind kind;
    Type *elem, *key;
    int64_t len;
    ChanDir dir;
    Field *fields;
    int nfields;
    Type **params, **results;
    int nparams, nresults;
    bool variadic;
} Key;

static uint64_t mix(uint64_t h, uint64_t v) {
    return util_hash(&v, sizeof v, h);
}

static uint64_t key_hash(const Key *k) {
    uint64_t h = mix(0x9e37, (uint64_t)k->kind);
    h = mix(h, (uint64_t)(uintptr_t)k->elem);
    h = mix(h, (uint64_t)(uintptr_t)k->key);
    h = mix(h, (uint64_t)k->len);
    h = mix(h, (uint64_t)k->dir);
    h = mix(h, (uint64_t)k->variadic);
    for (int i = 0; i < k->nfields; i++) {
        h = mix(h, (uint64_t)(uintptr_t)k->fields[i].type);
        if (k->fields[i].name)
            h = util_hash(k->fields[i].name, strlen(k->fields[i].name), h);
    }
    for (int i = 0; i < k->nparams; i++)
        h = mix(h, (uint64_t)(uintptr_t)k->params[i]);
    h = mix(h, 77);
    for (int i = 0; i < k->nresults; i++)
        h = mix(h, (uint64_t)(uintptr_t)k->results[i]);
    return h;
}

static bool str_eq(const char *a, const char *b) {
    if (a == b) return true;
    if (!a || !b) return false;
    return strcmp(a, b) == 0;
}

static bool key_matches(const Key *k, Type *t) {
    if (t->kind != k->kind || t->elem != k->elem || t->key != k->key ||
        t->len != k->len || t->dir != k->dir || t->variadic != k->variadic ||
        t->nfields != k->nfields || t->nparams != k->nparams ||
        t->nresults != k->nresults)
        return false;
    for (int i = 0; i < k->nfields; i++) {
        Field *a = &t->fields[i], *b = &k->fields[i];
        if (a->type != b->type || !str_eq(a->name, b->name) ||
            a->embedded != b->embedded || !str_eq(a->tag, b->tag))
            return false;
    }
    for (int i = 0; i < k->nparams; i++)
        if (t->params[i] != k->params[i]) return false;
    for (int i = 0; i < k->nresults; i++)
        if (t->results[i] != k->results[i]) return false;
    return true;
}

static void table_grow(Compiler *c, TypeTable *tt) {
    size_t ncap = tt->cap ? tt->cap * 2 : 256;
    Type **ns = arena_alloc(&c->arena, ncap * sizeof(Type *));
    for (size_t i = 0; i < tt->cap; i++) {
        Type *t = tt->slots[i];
        if (!t) continue;
        Key k = {t->kind, t->elem, t->key, t->len, t->dir, t->fields,
                 t->nfields, t->params, t->results, t->nparams, t->nresults,
                 t->variadic};
        size_t j = key_hash(&k) & (ncap - 1);
        while (ns[j]) j = (j + 1) & (ncap - 1);
        ns[j] = t;
    }
    tt->slots = ns;
    tt->cap = ncap;
}

static void *copy_arr(Compiler *c, const void *p, size_t n) {
    if (!n) return NULL;
    void *q = arena_alloc(&c->arena, n);
    memcpy(q, p, n);
    return q;
}

static void complete_unnamed(Compiler *c, Type *t);

/* Finds or creates the unnamed type described by k. */
static Type *intern_type(Compiler *c, Key *k) {
    Checker *ck = checker_of(c);
    TypeTable *tt = &ck->table;
    if ((tt->count + 1) * 2 > tt->cap) table_grow(c, tt);
    size_t j = key_hash(k) & (tt->cap - 1);
    while (tt->slots[j]) {
        if (key_matches(k, tt->slots[j])) return tt->slots[j];
        j = (j + 1) & (tt->cap - 1);
    }
    Type *t = new_type(c, k->kind);
    t->elem = k->elem, t->key = k->key, t->len = k->len, t->dir = k->dir;
    t->variadic = k->variadic;
    t->nfields = k->nfields;
    t->fields = copy_arr(c, k->fields, sizeof(Field) * (size_t)k->nfields);
    t->nparams = k->nparams;
    t->params = copy_arr(c, k->params, sizeof(Type *) * (size_t)k->nparams);
    t->nresults = k->nresults;
    t->results = copy_arr(c, k->results, sizeof(Type *) * (size_t)k->nresults);
    tt->slots[j] = t;
    tt->count++;
    complete_unnamed(c, t);
    register_type(c, t);
    return t;
}

static void complete_unnamed(Compiler *c, Type *t) {
    layout(c, t);
    t->str = make_str(c, t);
}

void types_complete(Compiler *c, Type *t) { layout(c, t); }

/* ---- constructors ---- */

Type *types_basic(Compiler *c, TypeKind k) { return checker_of(c)->basic[k]; }
Type *types_error(Compiler *c) { return checker_of(c)->error_type; }
Type *types_empty_iface(Compiler *c) { return checker_of(c)->empty_iface; }

Type *types_pointer(Compiler *c, Type *elem) {
    Key k = {.kind = TY_POINTER, .elem = elem};
    return intern_type(c, &k);
}

Type *types_slice(Compiler *c, Type *elem) {
    Key k = {.kind = TY_SLICE, .elem = elem};
    return intern_type(c, &k);
}

Type *types_array(Compiler *c, Type *elem, int64_t len) {
    Key k = {.kind = TY_ARRAY, .elem = elem, .len = len};
    return intern_type(c, &k);
}

Type *types_map(Compiler *c, Type *key, Type *val) {
    Key k = {.kind = TY_MAP, .elem = val, .key = key};
    return intern_type(c, &k);
}

Type *types_chan(Compiler *c, Type *elem, ChanDir dir) {
    Key k = {.kind = TY_CHAN, .elem = elem, .dir = dir};
    return intern_type(c, &k);
}

Type *types_func(Compiler *c, Type **params, int np, Type **results, int nr,
                 bool variadic) {
    Key k = {.kind = TY_FUNC, .params = params, .nparams = np,
             .results = results, .nresults = nr, .variadic = variadic};
    return intern_type(c, &k);
}

static bool is_exported_name(const char *s) {
    return s && ((*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0x80);
}

Type *types_struct(Compiler *c, Field *fields, int n) {
    Field *fs = copy_arr(c, fields, sizeof(Field) * (size_t)n);
    for (int i = 0; i < n; i++) {
        fs[i].offset = 0;
        fs[i].exported = is_exported_name(fs[i].name);
    }
    Key k = {.kind = TY_STRUCT, .fields = fs, .nfields = n};
    return intern_type(c, &k);
}

static int cmp_cstr(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int cmp_field_name(const void *a, const void *b) {
    return strcmp(((const Field *)a)->name, ((const Field *)b)->name);
}

Type *types_interface(Compiler *c, Field *methods, int n) {
    Field *fs = copy_arr(c, methods, sizeof(Field) * (size_t)n);
    if (n > 1) qsort(fs, (size_t)n, sizeof(Field), cmp_field_name);
    for (int i = 0; i < n; i++) fs[i].exported = is_exported_name(fs[i].name);
    Key k = {.kind = TY_INTERFACE, .fields = fs, .nfields = n};
    return intern_type(c, &k);
}

Type *types_tuple(Compiler *c, Type **elems, int n) {
    Field fs[n > 0 ? n : 1];
    memset(fs, 0, sizeof fs);
    for (int i = 0; i < n; i++) fs[i].type = elems[i];
    Key k = {.kind = TY_TUPLE, .fields = fs, .nfields = n};
    Type *t = intern_type(c, &k);
    return t;
}

Type *types_named(Compiler *c, const char *pkg, const char *pkgname,
                  const char *name) {
    Type *t = new_type(c, TY_INVALID);
    t->pkg = pkg;
    t->name = (pkg && *pkg) ? arena_printf(&c->arena, "%s.%s", pkgname, name)
                            : name;
    t->str = t->name;
    t->underlying = NULL;
    register_type(c, t);
    return t;
}

void types_set_underlying(Compiler *c, Type *named, Type *under) {
    Type *u = types_under(under);
    if (u == named || u->kind == TY_INVALID) {
        named->underlying = checker_of(c)->invalid;
        return;
    }
    Method *ms = named->methods;
    int nms = named->nmethods;
    const char *name = named->name, *pkg = named->pkg, *str = named->str;
    int id = named->id;
    void *info = named->checker_info;
    *named = *u;
    named->name = name, named->pkg = pkg, named->str = str, named->id = id;
    named->methods = ms, named->nmethods = nms;
    named->checker_info = info;
    named->underlying = u;
}

Type *types_default(Compiler *c, Type *t) {
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return types_basic(c, TY_BOOL);
    case TY_UNTYPED_INT: return types_basic(c, TY_INT);
    case TY_UNTYPED_RUNE: return types_basic(c, TY_INT32);
    case TY_UNTYPED_FLOAT: return types_basic(c, TY_FLOAT64);
    case TY_UNTYPED_STRING: return types_basic(c, TY_STRING);
    default: return t;
    }
}

bool types_identical(Type *a, Type *b) { return a == b; }

Method *types_find_method(Type *t, const char *name) {
    for (int i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, name) == 0) return &t->methods[i];
    return NULL;
}

Method *types_add_method(Compiler *c, Type *t, const char *name, Type *sig,
                         bool ptr_recv, void *decl) {
    Method *ms = arena_alloc(&c->arena, sizeof(Method) * (size_t)(t->nmethods + 1));
    int j = 0;
    while (j < t->nmethods && strcmp(t->methods[j].name, name) < 0) j++;
    if (t->nmethods) {
        memcpy(ms, t->methods, sizeof(Method) * (size_t)j);
        memcpy(ms + j + 1, t->methods + j,
               sizeof(Method) * (size_t)(t->nmethods - j));
    }
    ms[j] = (Method){name, sig, ptr_recv, -1, decl};
    t->methods = ms;
    t->nmethods++;
    return &ms[j];
}

/* ---- field and method lookup (Go's breadth-first search by depth) ---- */

typedef struct Cand {
    Type *t;              /* struct or named type at this depth (not pointer) */
    int path[16];
    bool deref[16];
    int npath;
    bool indirect;
    bool via_ptr;         /* this embedded value was reached via pointer */
    const char *pkg;      /* package of the nearest named type (NULL: any) */
} Cand;

static void found(Lookup *out, int *nfound, Cand *cd, int extra,
                  bool extra_deref) {
    (*nfound)++;
    if (*nfound > 1) return;
    memcpy(out->path, cd->path, sizeof(int) * (size_t)cd->npath);
    memcpy(out->deref, cd->deref, sizeof(bool) * (size_t)cd->npath);
    out->npath = cd->npath;
    if (extra >= 0 && out->npath < 16) {
        out->path[out->npath] = extra;
        out->deref[out->npath] = extra_deref;
        out->npath++;
    }
    out->indirect = cd->indirect;
}

void types_lookup(Compiler *c, Type *t, const char *name, Lookup *out) {
    memset(out, 0, sizeof *out);
    if (t->name && t->kind == TY_POINTER && t->elem) {
        /* x.f for x of a defined pointer type is (*x).f: fields only */
        types_lookup(c, types_pointer(c, t->elem), name, out);
        if (out->kind != LK_FIELD) memset(out, 0, sizeof *out);
        return;
    }
    bool start_ptr = false;
    if (!t->name && t->kind == TY_POINTER) {
        t = t->elem;
        start_ptr = true;
        if (t->kind == TY_INTERFACE) return;  /* no methods on *iface */
    }
    Cand cur[64], next[64];
    int ncur = 1, nnext;
    memset(&cur[0], 0, sizeof(Cand));
    cur[0].t = t;
    cur[0].indirect = start_ptr;
    cur[0].via_ptr = start_ptr;
    cur[0].pkg = t->name ? t->pkg : NULL;
    /* an unexported name is only visible inside its own package */
    Checker *ck = c->check;
    const char *here = ck && ck->pkg ? ck->pkg->path : NULL;
    bool unexported = !is_exported_name(name);
    Type *seen[64];
    int nseen = 0;
    for (int depth = 0; ncur > 0 && depth < 16; depth++) {
        int nfound = 0;
        nnext = 0;
        for (int ci = 0; ci < ncur; ci++) {
            Cand *cd = &cur[ci];
            Type *ty = cd->t;
            bool hidden = unexported && here && cd->pkg && *cd->pkg &&
                          strcmp(cd->pkg, here) != 0;
            if (ty->name) {
                bool dup = false;
                for (int s = 0; s < nseen; s++) dup |= seen[s] == ty;
                if (dup) continue;
                if (nseen < 64) seen[nseen++] = ty;
                Method *m = hidden ? NULL : types_find_method(ty, name);
                if (m) {
                    found(out, &nfound, cd, -1, false);
                    if (nfound == 1) {
                        out->kind = LK_METHOD;
                        out->method = m;
                        out->recv_named = ty;
                        out->type = m->sig;
                        out->recv_ptr = cd->via_ptr;
                    }
                    continue;
                }
            }
            if (ty->kind == TY_STRUCT) {
                for (int i = 0; i < ty->nfields; i++) {
                    Field *f = &ty->fields[i];
                    if (f->name && !hidden && strcmp(f->name, name) == 0) {
                        found(out, &nfound, cd, i, cd->via_ptr);
                        if (nfound == 1) {
                            out->kind = LK_FIELD;
                            out->field = f;
                            out->type = f->type;
                        }
                        continue;
                    }
                    if (f->embedded && nnext < 64 && cd->npath < 15) {
                        Cand *nc = &next[nnext++];
                        *nc = *cd;
                        nc->path[nc->npath] = i;
                        nc->deref[nc->npath] = cd->via_ptr;
                        nc->npath++;
                        Type *ft = f->type;
                        nc->via_ptr = false;
                        if (!ft->name && ft->kind == TY_POINTER) {
                            ft = ft->elem;
                            nc->indirect = true;
                            nc->via_ptr = true;
                        }
                        nc->t = ft;
                        if (ft->name) nc->pkg = ft->pkg;
                    }
                }
            } else if (ty->kind == TY_INTERFACE) {
                for (int i = 0; i < ty->nfields; i++) {
                    if (!hidden && strcmp(ty->fields[i].name, name) == 0) {
                        found(out, &nfound, cd, -1, false);
                        if (nfound == 1) {
                            out->kind = LK_IFACE_METHOD;
                            out->iface_index = i;
                            out->type = ty->fields[i].type;
                            out->recv_named = ty;
                        }
                    }
                }
            }
        }
        if (nfound > 1) {
            out->kind = LK_AMBIGUOUS;
            return;
        }
        if (nfound == 1) return;
        memcpy(cur, next, sizeof(Cand) * (size_t)nnext);
        ncur = nnext;
    }
    (void)c;
}

/* Does T implement interface iface?  NULL if yes, else the missing method's
 * name. */
const char *types_missing_method(Compiler *c, Type *T, Type *iface,
                                 bool *wrong_ptr, bool *wrong_type) {
    *wrong_ptr = *wrong_type = false;
    for (int i = 0; i < iface->nfields; i++) {
        Field *m = &iface->fields[i];
        if (T->kind == TY_INTERFACE) {
            bool ok = false;
            for (int j = 0; j < T->nfields; j++)
                if (strcmp(T->fields[j].name, m->name) == 0) {
                    ok = T->fields[j].type == m->type;
                    if (!ok) *wrong_type = true;
                }
            if (!ok) return m->name;
            continue;
        }
        Lookup lk;
        types_lookup(c, T, m->name, &lk);
        if (lk.kind != LK_METHOD && lk.kind != LK_IFACE_METHOD) return m->name;
        if (lk.type != m->type) {
            *wrong_type = true;
            return m->name;
        }
        if (lk.kind == LK_METHOD && lk.method->ptr_recv && !lk.indirect) {
            bool is_ptr = !T->name && T->kind == TY_POINTER;
            if (!is_ptr) {
                *wrong_ptr = true;
                return m->name;
            }
        }
    }
    return NULL;
}

/* ---- finishing layouts after package-level declarations ---- */

typedef struct Finisher {
    Compiler *c;
    uint8_t *state;       /* by type id: 0 todo, 1 in progress, 2 done */
    int n;
    VEC(Type *) path;     /* named types in progress, outermost first */
} Finisher;

static Symbol *type_sym(Type *t) {
    return t->name && t->checker_info && t->id >= 0 ? t->checker_info : NULL;
}

/* "invalid recursive type A" with the cycle as types2's cycleError lists
 * it: starting at the type declared first in the source,
 *     A refers to / B refers to / A   (one continuation line each) */
void types_cycle_error(Compiler *c, Symbol **cyc, int n) {
    if (n <= 0) return;
    int first = 0;
    for (int i = 1; i < n; i++) {
        Pos a = cyc[i]->pos, b = cyc[first]->pos;
        if (a.file < b.file ||
            (a.file == b.file && (a.line < b.line || (a.line == b.line && a.col < b.col))))
            first = i;
    }
    Buf b = {0};
    buf_printf(&b, "invalid recursive type %s", cyc[first]->name);
    for (int k = 0; k <= n; k++) {
        Symbol *s = cyc[(first + k) % n];
        buf_printf(&b, "\n\t%s: %s%s", pos_string(c, s->pos), s->name,
                   k < n ? " refers to" : "");
    }
    diag_error(c, cyc[first]->pos, "%s", b.data);
    buf_free(&b);
}

/* the value cycle that reached t again: the path from t's entry */
static void cycle_error(Finisher *f, Type *t) {
    int from = f->path.len;
    while (from > 0 && f->path.items[from - 1] != t) from--;
    if (from == 0) return;
    from--;
    VEC(Symbol *) cyc = {0};
    for (int i = from; i < f->path.len; i++)
        if (type_sym(f->path.items[i])) VEC_PUSH(cyc, type_sym(f->path.items[i]));
    types_cycle_error(f->c, cyc.items, cyc.len);
    VEC_FREE(cyc);
}

static void finish(Finisher *f, Type *t);

/* for `type T U` with U a defined type: U (the cycle report names it) */
static Type *declared_rhs(Finisher *f, Type *t) {
    Symbol *s = type_sym(t);
    ObjInfo *oi = s && s->global ? obj_info(checker_of(f->c), s) : NULL;
    if (!oi || !oi->spec || oi->spec->kind != N_TYPESPEC || !oi->spec->x) return NULL;
    Type *r = oi->spec->x->type;
    return r && r != t && type_sym(r) ? r : NULL;
}

/* t is being finished further up: a value cycle */
static bool in_progress(Finisher *f, Type *t) {
    return t->id >= 0 && t->id < f->n && f->state[t->id] == 1;
}

static void copy_layout(Type *named, Type *u) {
    named->size = u->size;
    named->align = u->align;
    named->comparable = u->comparable;
    named->ptrdata = u->ptrdata;
    named->ptrmask = u->ptrmask;
    named->fields = u->fields;
}

static void finish(Finisher *f, Type *t) {
    if (t->id < 0 || t->id >= f->n) {
        if (t->kind == TY_ARRAY || t->kind == TY_STRUCT) layout(f->c, t);
        return;
    }
    if (f->state[t->id] == 2) return;
    if (f->state[t->id] == 1) {
        /* a value type contains itself */
        if (type_sym(t)) cycle_error(f, t);
        return;
    }
    f->state[t->id] = 1;
    if (t->name) {
        Type *u = t->underlying;
        if (u && u != t && u->kind != TY_INVALID) {
            int len = f->path.len;
            VEC_PUSH(f->path, t);
            for (Type *r = declared_rhs(f, t); r && f->path.len - len < 64;
                 r = declared_rhs(f, r))
                VEC_PUSH(f->path, r);
            finish(f, u);
            f->path.len = len;
            copy_layout(t, u);
        }
    } else if (t->kind == TY_ARRAY) {
        finish(f, t->elem);
        if (!in_progress(f, t->elem)) layout(f->c, t);
    } else if (t->kind == TY_STRUCT) {
        bool cyclic = false;
        for (int i = 0; i < t->nfields; i++) {
            finish(f, t->fields[i].type);
            cyclic |= in_progress(f, t->fields[i].type);
        }
        /* a field that contains t (reported above) has no layout yet */
        if (!cyclic) layout(f->c, t);
    }
    f->state[t->id] = 2;
}

void types_finish_all(Compiler *c) {
    Finisher f = {c, NULL, c->types.len, {0}};
    f.state = xcalloc((size_t)f.n + 1, 1);
    for (int i = 0; i < f.n; i++) finish(&f, c->types.items[i]);
    free(f.state);
    VEC_FREE(f.path);
}

void types_complete_named(Compiler *c, Type *t) {
    Type *u = t->underlying;
    if (!u || u == t || u->kind == TY_INVALID) return;
    if (u->kind == TY_ARRAY || u->kind == TY_STRUCT) layout(c, u);
    copy_layout(t, u);
}

/* ---- method sets ---- */

static void add_name(Compiler *c, const char ***names, int *n, int *cap,
                     const char *name) {
    for (int i = 0; i < *n; i++)
        if (strcmp((*names)[i], name) == 0) return;
    if (*n == *cap) {
        int ncap = *cap ? *cap * 2 : 16;
        const char **nn = arena_alloc(&c->arena, sizeof(char *) * (size_t)ncap);
        if (*n) memcpy(nn, *names, sizeof(char *) * (size_t)*n);
        *names = nn;
        *cap = ncap;
    }
    (*names)[(*n)++] = name;
}

/* every method name reachable from t through embedding */
static void collect_names(Compiler *c, Type *t, int depth, const char ***names,
                          int *n, int *cap) {
    if (depth > 8) return;
    if (!t->name && t->kind == TY_POINTER) t = t->elem;
    if (t->name)
        for (int i = 0; i < t->nmethods; i++)
            add_name(c, names, n, cap, t->methods[i].name);
    if (t->kind == TY_INTERFACE)
        for (int i = 0; i < t->nfields; i++)
            add_name(c, names, n, cap, t->fields[i].name);
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (t->fields[i].embedded)
                collect_names(c, t->fields[i].type, depth + 1, names, n, cap);
}

int types_method_set(Compiler *c, Type *T, MethodSetEntry **out) {
    const char **names = NULL;
    int n = 0, cap = 0;
    collect_names(c, T, 0, &names, &n, &cap);
    qsort(names, (size_t)n, sizeof(char *), cmp_cstr);
    MethodSetEntry *es = arena_alloc(&c->arena, sizeof(MethodSetEntry) * (size_t)(n + 1));
    int m = 0;
    /* at run time every method is visible, exported or not */
    Checker *ck = checker_of(c);
    Package *save = ck->pkg;
    ck->pkg = NULL;
    bool is_ptr = !T->name && T->kind == TY_POINTER;
    for (int i = 0; i < n; i++) {
        Lookup lk;
        types_lookup(c, T, names[i], &lk);
        if (lk.kind != LK_METHOD && lk.kind != LK_IFACE_METHOD) continue;
        if (lk.kind == LK_METHOD && lk.method->ptr_recv && !lk.indirect && !is_ptr)
            continue;   /* not in the method set of a value */
        MethodSetEntry *e = &es[m++];
        e->name = names[i];
        e->sig = lk.type;
        e->method = lk.kind == LK_METHOD ? lk.method : NULL;
        e->recv_named = lk.recv_named;
        memcpy(e->path, lk.path, sizeof(int) * (size_t)lk.npath);
        memcpy(e->deref, lk.deref, sizeof(bool) * (size_t)lk.npath);
        e->path_len = lk.npath;
        e->iface = lk.kind == LK_IFACE_METHOD;
        e->iface_index = lk.iface_index;
        e->recv_is_ptr = lk.recv_ptr;
    }
    ck->pkg = save;
    *out = es;
    return m;
}
