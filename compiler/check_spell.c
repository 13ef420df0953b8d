/* check_spell.c — byte and rune as Go's messages print them.
 *
 * Go's types2 gives byte and rune *Basic objects of their own, identical to
 * uint8 and int32 by kind, so a type written `[]byte` prints "[]byte", a
 * string's element prints "byte" and the default type of 'x' prints "rune":
 *     invalid operation: s + r (mismatched types string and rune)
 *
 * gosub keeps one Type per type: identity is pointer equality for the
 * checker, escape analysis, codegen and the VM, and []byte must stay the very
 * Type* of []uint8.  So the spelling lives beside the type instead of in it.
 * A *spelled type* is a checker-only copy of a canonical type in which byte
 * or rune is spelled (a copy of uint8 named "byte", a slice whose elem is
 * that copy, ...).  It is never interned, never appended to c->types and
 * never stored in Node.type or Symbol.type: it travels in Operand.spelled
 * and Symbol.spelled and is read only when a message prints a type.
 *
 * Invariant: a spelled type S mirrors exactly one canonical type C
 * (S->id == SPELLED_ID, S->checker_info == C).  Printing trusts an operand's
 * spelling only while the operand's type is still C (ck_spelled), so code
 * that changes x->type without knowing about spellings (conversions,
 * defaults, ...) can never print a stale one: it just prints the canonical
 * name.  That is the known imprecision: a spelling is dropped, never wrong.
 *
 * Spellings start at type expressions (ck_spell_texpr: declared variables,
 * parameters, results, conversions), at the default type of an untyped rune,
 * and at string indexing / ranging; they follow element, key and result
 * types (ck_spell_part).  Struct fields reached through a named type print
 * their canonical names. */
#include "check.h"

#define SPELLED_ID (-2)

static Type *mk(Checker *k, Type *canon) {
    Type *t = arena_alloc(&k->c->arena, sizeof(Type));
    *t = *canon;
    t->str = NULL;
    t->id = SPELLED_ID;
    t->checker_info = canon;
    t->underlying = t;
    return t;
}

static Type *alias_of(Checker *k, TypeKind kind) {
    Type **slot = kind == TY_UINT8 ? &k->spelled_byte : &k->spelled_rune;
    if (!*slot) {
        *slot = mk(k, k->basic[kind]);
        (*slot)->name = intern_cstr(k->c, kind == TY_UINT8 ? "byte" : "rune");
        (*slot)->pkg = "";
    }
    return *slot;
}

Type *ck_spelled_byte(Checker *k) { return alias_of(k, TY_UINT8); }
Type *ck_spelled_rune(Checker *k) { return alias_of(k, TY_INT32); }

Type *ck_spelled(Type *spelled, Type *t) {
    if (spelled && t && spelled->id == SPELLED_ID && spelled->checker_info == t)
        return spelled;
    return NULL;
}

const char *ck_otype_str(Checker *k, Operand *x) {
    Type *sp = ck_spelled(x->spelled, x->type);
    return tstr(k, sp ? sp : x->type);
}

const char *ck_tstr_spelled(Checker *k, Type *t, Type *spelled) {
    Type *sp = ck_spelled(spelled, t);
    return tstr(k, sp ? sp : t);
}

/* Is identifier n the universe's byte or rune in the current scope? */
static TypeKind alias_ident(Checker *k, Node *n) {
    if (n->kind != N_IDENT) return TY_INVALID;
    const char *b = intern_cstr(k->c, "byte"), *r = intern_cstr(k->c, "rune");
    if (n->name != b && n->name != r) return TY_INVALID;
    Symbol *s = scope_lookup(k->scope, n->name, NULL);
    if (!s || s != scope_lookup_local(k->c->universe, n->name)) return TY_INVALID;
    return n->name == b ? TY_UINT8 : TY_INT32;
}

static Type *spell(Checker *k, Node *n, Type *canon);

/* Spells a parameter or result list into a fresh array; NULL if nothing in
 * it is spelled. */
static Type **spell_fields(Checker *k, List *l, Type **canon, int n) {
    Type **out = NULL;
    int idx = 0;
    for (int i = 0; i < l->len && idx < n; i++) {
        Node *f = l->items[i];
        int nn = f->list.len ? f->list.len : 1;
        for (int j = 0; j < nn && idx < n; j++, idx++) {
            Type *s = spell(k, f->x, canon[idx]);
            if (!s) continue;
            if (!out) {
                out = arena_alloc(&k->c->arena, sizeof(Type *) * (size_t)n);
                memcpy(out, canon, sizeof(Type *) * (size_t)n);
            }
            out[idx] = s;
        }
    }
    return out;
}

static Type *spell(Checker *k, Node *n, Type *canon) {
    if (!n || !canon || canon->kind == TY_INVALID) return NULL;
    while (n->kind == N_PAREN) n = n->x;
    TypeKind ak = alias_ident(k, n);
    if (ak != TY_INVALID)
        return canon == k->basic[ak] ? alias_of(k, ak) : NULL;
    if (n->kind == N_IDENT) {   /* an alias: type B = []byte */
        Symbol *s = scope_lookup(k->scope, n->name, NULL);
        return s && s->kind == SYM_TYPE ? ck_spelled(s->spelled, canon) : NULL;
    }
    if (canon->name || canon->id == SPELLED_ID) return NULL;
    Type *t = NULL, *e;
    switch (n->kind) {
    case N_STAR:
        if (canon->kind == TY_POINTER && (e = spell(k, n->x, canon->elem)))
            (t = mk(k, canon))->elem = e;
        break;
    case N_ARRAYTYPE:
        if ((canon->kind == TY_SLICE || canon->kind == TY_ARRAY) &&
            (e = spell(k, n->y, canon->elem)))
            (t = mk(k, canon))->elem = e;
        break;
    case N_ELLIPSIS:   /* variadic parameter ...T, typed []T */
        if (canon->kind == TY_SLICE && (e = spell(k, n->x, canon->elem)))
            (t = mk(k, canon))->elem = e;
        break;
    case N_CHANTYPE:
        if (canon->kind == TY_CHAN && (e = spell(k, n->x, canon->elem)))
            (t = mk(k, canon))->elem = e;
        break;
    case N_MAPTYPE: {
        if (canon->kind != TY_MAP) break;
        Type *key = spell(k, n->x, canon->key), *val = spell(k, n->y, canon->elem);
        if (!key && !val) break;
        t = mk(k, canon);
        if (key) t->key = key;
        if (val) t->elem = val;
        break;
    }
    case N_FUNCTYPE: {
        if (canon->kind != TY_FUNC) break;
        Type **ps = spell_fields(k, &n->list, canon->params, canon->nparams);
        Type **rs = spell_fields(k, &n->list2, canon->results, canon->nresults);
        if (!ps && !rs) break;
        t = mk(k, canon);
        if (ps) t->params = ps;
        if (rs) t->results = rs;
        break;
    }
    case N_STRUCTTYPE: {
        if (canon->kind != TY_STRUCT) break;
        Field *fs = NULL;
        int idx = 0;
        for (int i = 0; i < n->list.len && idx < canon->nfields; i++) {
            Node *f = n->list.items[i];
            int nn = f->list.len ? f->list.len : 1;
            for (int j = 0; j < nn && idx < canon->nfields; j++, idx++) {
                Type *s = spell(k, f->x, canon->fields[idx].type);
                if (!s) continue;
                if (!fs) {
                    size_t sz = sizeof(Field) * (size_t)canon->nfields;
                    fs = arena_alloc(&k->c->arena, sz);
                    memcpy(fs, canon->fields, sz);
                }
                fs[idx].type = s;
            }
        }
        if (fs) (t = mk(k, canon))->fields = fs;
        break;
    }
    default: break;
    }
    return t;
}

Type *ck_spell_texpr(Checker *k, Node *texpr, Type *canon) {
    return spell(k, texpr, canon);
}

/* The spelled form of a part of x's type that the checker just made x's
 * type: part = 'e' element (array, slice, pointer to array, chan, map
 * value), 'k' map key, 'p' pointer target, 'r' the single result of a
 * call. */
Type *ck_spell_part(Type *spelled, Type *t, int part) {
    Type *sp = ck_spelled(spelled, t);
    if (!sp) return NULL;
    if (part == 'k') return sp->kind == TY_MAP ? sp->key : NULL;
    if (part == 'r')
        return sp->kind == TY_FUNC && sp->nresults == 1 ? sp->results[0] : NULL;
    if (part == 'p') return sp->kind == TY_POINTER ? sp->elem : NULL;
    if (sp->kind == TY_POINTER) {
        sp = sp->elem;
        if (sp->id != SPELLED_ID || sp->kind != TY_ARRAY) return NULL;
    }
    switch (sp->kind) {
    case TY_ARRAY: case TY_SLICE: case TY_CHAN: case TY_MAP: return sp->elem;
    default: return NULL;
    }
}

/* The spelled underlying type of named type t: its declaration's (type_decl
 * records it in the type's Symbol), if that spells byte or rune. */
Type *ck_spell_under(Checker *k, Type *t) {
    if (!t->name || !t->checker_info || t->id == SPELLED_ID) return NULL;
    Symbol *s = t->checker_info;
    if (s->kind != SYM_TYPE) return NULL;
    return ck_spelled(s->spelled, types_under(t));
}

/* The spelled type of the field reached from a value of type T (spelled
 * `sp`) through the embedded-field `path` of a selector. */
Type *ck_spell_field(Checker *k, Type *T, Type *sp, const int *path, int n) {
    Type *t = T, *s = ck_spelled(sp, T);
    for (int i = 0; i < n; i++) {
        if (t->kind == TY_POINTER && !t->name) {
            s = s ? ck_spelled(s->elem, t->elem) : NULL;
            t = t->elem;
        }
        Type *u = types_under(t);
        if (u->kind != TY_STRUCT || path[i] < 0 || path[i] >= u->nfields)
            return NULL;
        Type *su = t->name ? ck_spell_under(k, t) : ck_spelled(s, t);
        s = su ? su->fields[path[i]].type : NULL;
        t = u->fields[path[i]].type;
    }
    return s;
}

/* *T spelled, given T's spelling (new(byte) is a *byte). */
Type *ck_spell_pointer(Checker *k, Type *ptr, Type *elem_spelled) {
    if (!ck_spelled(elem_spelled, ptr->elem)) return NULL;
    Type *t = mk(k, ptr);
    t->elem = elem_spelled;
    return t;
}
