/* universe.c — scopes (hash tables of symbols keyed by interned name) and
 * the universe scope: predeclared types, constants, nil and builtins.
 *
 * Invariants: byte and uint8 are the same Type, as are rune and int32 (they
 * are aliases in Go, and %T prints "uint8"/"int32"); `any` is the interned
 * empty interface; `error` is a named interface type with package "". */
#include "check.h"

Scope *scope_new(Compiler *c, Scope *parent) {
    Scope *s = arena_alloc(&c->arena, sizeof(Scope));
    s->parent = parent;
    if (parent) s->func = parent->func, s->pkg = parent->pkg;
    return s;
}

static size_t name_hash(const char *name, int cap) {
    return ((uintptr_t)name >> 4) * 0x9E3779B97F4A7C15ull >> 7 & (size_t)(cap - 1);
}

Symbol *scope_lookup_local(Scope *s, const char *name) {
    if (!s->cap) return NULL;
    size_t j = name_hash(name, s->cap);
    while (s->slots[j]) {
        if (s->slots[j]->name == name) return s->slots[j];
        j = (j + 1) & (size_t)(s->cap - 1);
    }
    return NULL;
}

Symbol *scope_lookup(Scope *s, const char *name, Scope **found) {
    for (; s; s = s->parent) {
        Symbol *sym = scope_lookup_local(s, name);
        if (sym) {
            if (found) *found = s;
            return sym;
        }
    }
    return NULL;
}

static void scope_grow(Compiler *c, Scope *s) {
    int ncap = s->cap ? s->cap * 2 : 16;
    Symbol **ns = arena_alloc(&c->arena, sizeof(Symbol *) * (size_t)ncap);
    for (int i = 0; i < s->cap; i++) {
        Symbol *sym = s->slots[i];
        if (!sym) continue;
        size_t j = name_hash(sym->name, ncap);
        while (ns[j]) j = (j + 1) & (size_t)(ncap - 1);
        ns[j] = sym;
    }
    s->slots = ns;
    s->cap = ncap;
}

/* Inserts (replacing a symbol of the same name: callers check redeclaration
 * first). */
void scope_insert(Compiler *c, Scope *s, Symbol *sym) {
    if ((s->count + 1) * 2 > s->cap) scope_grow(c, s);
    size_t j = name_hash(sym->name, s->cap);
    while (s->slots[j]) {
        if (s->slots[j]->name == sym->name) {
            s->slots[j] = sym;
            return;
        }
        j = (j + 1) & (size_t)(s->cap - 1);
    }
    s->slots[j] = sym;
    s->count++;
}

Symbol *sym_new(Compiler *c, SymKind kind, const char *name, Type *t) {
    Symbol *s = arena_alloc(&c->arena, sizeof(Symbol));
    s->kind = kind;
    s->name = name;
    s->type = t;
    s->slot = -1;
    return s;
}

static void add(Compiler *c, Symbol *s) {
    s->pkg = "";
    s->used = true;
    scope_insert(c, c->universe, s);
}

static Type *basic(Compiler *c, TypeKind k, const char *name) {
    Checker *ck = c->check;
    Type *t = arena_alloc(&c->arena, sizeof(Type));
    t->kind = k;
    t->underlying = t;
    ck->basic[k] = t;
    types_complete(c, t);
    if (name) {
        t->name = intern_cstr(c, name);
        t->str = t->name;
        t->pkg = "";
        t->id = c->types.len;
        VEC_PUSH(c->types, t);
        add(c, sym_new(c, SYM_TYPE, t->name, t));
    } else {
        t->id = -1;
    }
    return t;
}

static const struct { const char *name; TypeKind kind; } basics[] = {
    {"bool", TY_BOOL}, {"int", TY_INT}, {"int8", TY_INT8},
    {"int16", TY_INT16}, {"int32", TY_INT32}, {"int64", TY_INT64},
    {"uint", TY_UINT}, {"uint8", TY_UINT8}, {"uint16", TY_UINT16},
    {"uint32", TY_UINT32}, {"uint64", TY_UINT64}, {"uintptr", TY_UINTPTR},
    {"float32", TY_FLOAT32}, {"float64", TY_FLOAT64}, {"string", TY_STRING},
};

static const struct { const char *name; Builtin b; } builtins[] = {
    {"append", BI_APPEND}, {"cap", BI_CAP}, {"close", BI_CLOSE},
    {"complex", BI_COMPLEX}, {"copy", BI_COPY}, {"delete", BI_DELETE},
    {"imag", BI_IMAG}, {"len", BI_LEN}, {"make", BI_MAKE}, {"max", BI_MAX},
    {"min", BI_MIN}, {"new", BI_NEW}, {"panic", BI_PANIC},
    {"print", BI_PRINT}, {"println", BI_PRINTLN}, {"real", BI_REAL},
    {"recover", BI_RECOVER},
};

static void untyped(Compiler *c, TypeKind k) {
    Type *t = basic(c, k, NULL);
    t->str = type_string(c, t);
}

static void universe_types(Compiler *c) {
    Checker *ck = c->check;
    for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++)
        basic(c, basics[i].kind, basics[i].name);
    for (TypeKind k = TY_UNTYPED_BOOL; k <= TY_UNTYPED_NIL; k++) untyped(c, k);
    ck->invalid = arena_alloc(&c->arena, sizeof(Type));
    ck->invalid->kind = TY_INVALID;
    ck->invalid->underlying = ck->invalid;
    ck->invalid->str = "invalid type";
    ck->invalid->id = -1;
    add(c, sym_new(c, SYM_TYPE, intern_cstr(c, "byte"), ck->basic[TY_UINT8]));
    add(c, sym_new(c, SYM_TYPE, intern_cstr(c, "rune"), ck->basic[TY_INT32]));
    ck->empty_iface = types_interface(c, NULL, 0);
    add(c, sym_new(c, SYM_TYPE, intern_cstr(c, "any"), ck->empty_iface));
    /* error: interface { Error() string } */
    Type *str = ck->basic[TY_STRING];
    Type *sig = types_func(c, NULL, 0, &str, 1, false);
    Field m = {.name = intern_cstr(c, "Error"), .type = sig};
    Type *eu = types_interface(c, &m, 1);
    Type *err = types_named(c, "", "", intern_cstr(c, "error"));
    types_set_underlying(c, err, eu);
    ck->error_type = err;
    add(c, sym_new(c, SYM_TYPE, err->name, err));
}

void universe_init(Compiler *c) {
    c->universe = scope_new(c, NULL);
    c->universe->is_universe = true;
    universe_types(c);
    Checker *ck = c->check;
    Symbol *t = sym_new(c, SYM_CONST, intern_cstr(c, "true"),
                        ck->basic[TY_UNTYPED_BOOL]);
    t->cval = const_make_bool(c, true);
    add(c, t);
    Symbol *f = sym_new(c, SYM_CONST, intern_cstr(c, "false"),
                        ck->basic[TY_UNTYPED_BOOL]);
    f->cval = const_make_bool(c, false);
    add(c, f);
    Symbol *io = sym_new(c, SYM_CONST, intern_cstr(c, "iota"),
                         ck->basic[TY_UNTYPED_INT]);
    io->cval = const_make_int64(c, 0);
    add(c, io);
    add(c, sym_new(c, SYM_NIL, intern_cstr(c, "nil"),
                   ck->basic[TY_UNTYPED_NIL]));
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        Symbol *b = sym_new(c, SYM_BUILTIN, intern_cstr(c, builtins[i].name),
                            ck->invalid);
        b->builtin = builtins[i].b;
        add(c, b);
    }
}
