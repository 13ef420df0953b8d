/* check_type.c — type expressions (`[]T`, `struct{...}`, `func(...)`...),
 * function signatures, and the type predicates of Go's spec the checker asks
 * everywhere: assignability, convertibility, comparability.  Also the
 * message helpers: the position Go reports for an expression (its leftmost
 * token), an expression printed as Go's syntax.String prints it, and an
 * operand described as types2 describes it ("x (variable of type int)").
 *
 * Invariants: a type expression evaluates to an interned Type (or the
 * invalid type after an error has been reported); named types referenced
 * while their declaration is being resolved are returned incomplete and
 * finished by types_finish_all. */
#include "check.h"

#include <stdlib.h>

void ck_errorf(Checker *k, Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Buf b = {0};
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    /* types2 drops follow-on errors mentioning invalid operands/types */
    const char *m = b.data ? b.data : "";
    const char *io = strstr(m, "invalid operand"), *it = strstr(m, "invalid type");
    if (k->c->nerrors > 0 && ((io && io != m) || (it && it != m))) {
        buf_free(&b);
        return;
    }
    diag_error(k->c, pos, "%s", m);
    buf_free(&b);
}

const char *tstr(Checker *k, Type *t) { return type_string(k->c, t); }

Pos start_pos(Node *n) {
    for (;;) {
        switch (n->kind) {
        /* as syntax.StartPos: a slice expression starts at its '[' and a
         * key:value at its ':' */
        case N_BINARY: case N_SELECTOR: case N_INDEX:
        case N_TYPEASSERT: case N_CALL:
            if (!n->x) return n->pos;
            n = n->x;
            break;
        case N_COMPOSITE:
            if (!n->x) return n->pos;
            n = n->x;
            break;
        case N_CONVIFACE:
            n = n->x;
            break;
        default:
            return n->pos;
        }
    }
}

/* ---- expression strings (syntax.String, short form) ---- */

static void wexpr(Checker *k, Buf *b, Node *n);

static void wlist(Checker *k, Buf *b, List *l) {
    for (int i = 0; i < l->len; i++) {
        if (i) buf_puts(b, ", ");
        wexpr(k, b, l->items[i]);
    }
}

static void wfields(Checker *k, Buf *b, List *l, const char *sep) {
    for (int i = 0; i < l->len; i++) {
        Node *f = l->items[i];
        if (i) buf_puts(b, sep);
        for (int j = 0; j < f->list.len; j++) {
            if (j) buf_puts(b, ", ");
            buf_puts(b, f->list.items[j]->name);
        }
        if (f->list.len) buf_putc(b, ' ');
        if (f->x) wexpr(k, b, f->x);
    }
}

static void wsig(Checker *k, Buf *b, Node *ft) {
    buf_putc(b, '(');
    wfields(k, b, &ft->list, ", ");
    buf_putc(b, ')');
    if (ft->list2.len == 1 && ft->list2.items[0]->list.len == 0) {
        buf_putc(b, ' ');
        wexpr(k, b, ft->list2.items[0]->x);
    } else if (ft->list2.len) {
        buf_puts(b, " (");
        wfields(k, b, &ft->list2, ", ");
        buf_putc(b, ')');
    }
}

static void wexpr(Checker *k, Buf *b, Node *n) {
    if (!n) return;
    switch (n->kind) {
    case N_IDENT: buf_puts(b, n->name); break;
    case N_BASICLIT: buf_puts(b, n->lit); break;
    case N_COMPOSITE:
        if (n->x) wexpr(k, b, n->x);
        buf_puts(b, n->list.len ? "{…}" : "{}");
        break;
    case N_FUNCLIT:
        buf_puts(b, "func");
        wsig(k, b, n->x);
        buf_puts(b, " {…}");
        break;
    case N_PAREN: buf_putc(b, '('); wexpr(k, b, n->x); buf_putc(b, ')'); break;
    case N_SELECTOR:
        wexpr(k, b, n->x);
        buf_printf(b, ".%s", n->name);
        break;
    case N_INDEX:
        wexpr(k, b, n->x);
        buf_putc(b, '[');
        wexpr(k, b, n->y);
        buf_putc(b, ']');
        break;
    case N_SLICEEXPR:
        wexpr(k, b, n->x);
        buf_putc(b, '[');
        wexpr(k, b, n->y);
        buf_putc(b, ':');
        wexpr(k, b, n->z);
        if (n->flags & NF_SLICE3) {
            buf_putc(b, ':');
            wexpr(k, b, n->w);
        }
        buf_putc(b, ']');
        break;
    case N_TYPEASSERT:
        wexpr(k, b, n->x);
        buf_puts(b, ".(");
        if (n->y) wexpr(k, b, n->y);
        else buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case N_CALL:
        wexpr(k, b, n->x);
        buf_putc(b, '(');
        wlist(k, b, &n->list);
        if (n->flags & NF_DOTS) buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case N_STAR: buf_putc(b, '*'); wexpr(k, b, n->x); break;
    case N_UNARY:
        buf_puts(b, tok_string(n->op));
        wexpr(k, b, n->x);
        break;
    case N_BINARY:
        wexpr(k, b, n->x);
        buf_printf(b, " %s ", tok_string(n->op));
        wexpr(k, b, n->y);
        break;
    case N_KEYVALUE:
        wexpr(k, b, n->x);
        buf_puts(b, ": ");
        wexpr(k, b, n->y);
        break;
    case N_CONVIFACE: wexpr(k, b, n->x); break;
    case N_ARRAYTYPE:
        buf_putc(b, '[');
        if (n->x && n->x->kind == N_ELLIPSIS) buf_puts(b, "...");
        else if (n->x) wexpr(k, b, n->x);
        buf_putc(b, ']');
        wexpr(k, b, n->y);
        break;
    case N_MAPTYPE:
        buf_puts(b, "map[");
        wexpr(k, b, n->x);
        buf_putc(b, ']');
        wexpr(k, b, n->y);
        break;
    case N_CHANTYPE:
        if (n->flags & NF_RECV) buf_puts(b, "<-chan ");
        else if (n->flags & NF_SEND) buf_puts(b, "chan<- ");
        else buf_puts(b, "chan ");
        wexpr(k, b, n->x);
        break;
    case N_FUNCTYPE: buf_puts(b, "func"); wsig(k, b, n); break;
    case N_STRUCTTYPE:
        buf_puts(b, "struct{");
        wfields(k, b, &n->list, "; ");
        buf_putc(b, '}');
        break;
    case N_INTERFACETYPE:
        buf_puts(b, "interface{");
        for (int i = 0; i < n->list.len; i++) {
            Node *f = n->list.items[i];
            if (i) buf_puts(b, "; ");
            if (f->list.len) {
                buf_puts(b, f->list.items[0]->name);
                wsig(k, b, f->x);
            } else {
                wexpr(k, b, f->x);
            }
        }
        buf_putc(b, '}');
        break;
    case N_ELLIPSIS: buf_puts(b, "..."); wexpr(k, b, n->x); break;
    default: buf_puts(b, "?"); break;
    }
}

const char *expr_str(Checker *k, Node *n) {
    Buf b = {0};
    wexpr(k, &b, n);
    const char *s = arena_strdup(&k->c->arena, b.data ? b.data : "");
    buf_free(&b);
    return s;
}

/* Function values print their signature with parameter names, as types2
 * keeps them in the Signature. */
static const char *operand_type_str(Checker *k, Operand *x) {
    Node *e = x->expr;
    while (e && e->kind == N_PAREN) e = e->x;
    Node *ft = NULL;
    if (e && e->kind == N_FUNCLIT) ft = e->x;
    else if (e && (e->kind == N_IDENT || e->kind == N_SELECTOR) && e->sym &&
             e->sym->kind == SYM_FUNC && e->sym->decl &&
             e->sym->decl->kind == N_FUNCDECL)
        ft = e->sym->decl->x;
    if (ft && x->type && !x->type->name) {
        Buf b = {0};
        buf_puts(&b, "func");
        wsig(k, &b, ft);
        const char *s = arena_strdup(&k->c->arena, b.data);
        buf_free(&b);
        return s;
    }
    return ck_otype_str(k, x);
}

static const char *mode_names[] = {
    "invalid operand", "no value", "built-in", "type", "constant",
    "variable", "map index expression", "value", "comma, ok expression",
    "package",
};

const char *operand_str(Checker *k, Operand *x) {
    Compiler *c = k->c;
    if (x->type && x->type->kind == TY_UNTYPED_NIL) return "nil";
    Buf b = {0};
    const char *expr = x->expr ? expr_str(k, x->expr) : "";
    if (!x->expr && x->mode == M_CONST) expr = const_string_repr(c, x->val);
    if (*expr) buf_printf(&b, "%s (", expr);
    bool has_type = false;
    if (x->mode != M_INVALID && x->mode != M_NOVALUE && x->mode != M_BUILTIN &&
        x->mode != M_TYPE && x->type) {
        if (type_is_untyped(x->type)) buf_printf(&b, "%s ", tstr(k, x->type));
        else has_type = true;
    }
    buf_puts(&b, mode_names[x->mode]);
    if (x->mode == M_CONST && x->val) {
        const char *v = const_string_repr(c, x->val);
        if (strcmp(v, expr) != 0) buf_printf(&b, " %s", v);
    }
    if (has_type) buf_printf(&b, " of type %s", operand_type_str(k, x));
    if (*expr) buf_putc(&b, ')');
    const char *s = arena_strdup(&c->arena, b.data);
    buf_free(&b);
    return s;
}

/* ---- type expressions ---- */

static Type *invalid(Checker *k) { return k->invalid; }

static Type *named_ref(Checker *k, Node *n, Symbol *s) {
    if (s->kind != SYM_TYPE) {
        s->used = true;
        if (s->kind == SYM_VAR || s->kind == SYM_CONST || s->kind == SYM_FUNC) {
            Operand x;
            ck_expr(k, n, &x);
            if (x.mode != M_INVALID)
                ck_errorf(k, start_pos(n), "%s is not a type", operand_str(k, &x));
        } else {
            ck_errorf(k, start_pos(n), "%s is not a type", expr_str(k, n));
        }
        return invalid(k);
    }
    ck_resolve(k, s);
    s->used = true;
    return s->type ? s->type : invalid(k);
}

static Type *array_type(Checker *k, Node *n) {
    if (n->x->kind == N_ELLIPSIS) {
        ck_errorf(k, n->pos,
                  "invalid use of [...] array (outside a composite literal)");
        ck_typexpr(k, n->y);
        return invalid(k);
    }
    Node *e = n->x;
    if (e->kind == N_IDENT) {
        Symbol *s = ck_lookup(k, e->name, e);
        if (!s) {
            ck_errorf(k, e->pos, "undefined array length %s or missing type constraint",
                      e->name);
            return invalid(k);
        }
        if (s->kind != SYM_CONST) {
            ck_errorf(k, e->pos, "invalid array length %s", e->name);
            return invalid(k);
        }
    }
    Operand x;
    ck_expr(k, e, &x);
    if (x.mode == M_INVALID) return invalid(k);
    if (x.mode != M_CONST) {
        ck_errorf(k, start_pos(e), "array length %s must be constant",
                  operand_str(k, &x));
        return invalid(k);
    }
    ConstVal *iv = NULL;
    if (type_is_untyped(x.type) || type_is_integer(x.type)) {
        iv = const_to_int(k->c, x.val);
        if (iv && (const_sign(iv) < 0 || !const_fits_int64(iv))) iv = NULL;
    }
    if (!iv) {
        ck_errorf(k, start_pos(e), type_is_integer(x.type) ? "invalid array length %s"
                                                          : "array length %s must be integer",
                  operand_str(k, &x));
        return invalid(k);
    }
    Type *elem = ck_typexpr(k, n->y);
    if (type_is_untyped(x.type)) ck_convert_untyped(k, &x, types_basic(k->c, TY_INT));
    return types_array(k->c, elem, const_int64(iv));
}

static const char *embedded_name(Node *t) {
    if (t->kind == N_STAR) t = t->x;
    if (t->kind == N_SELECTOR) return t->name;
    return t->name;
}

static Type *struct_type(Checker *k, Node *n) {
    VEC(Field) fs = {0};
    VEC(Pos) poss = {0};   /* where each field's name is */
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        Type *t = ck_typexpr(k, f->x);
        const char *tag = NULL;
        if (f->lit) {
            ConstVal *cv = const_from_literal(k->c, T_STRING, f->lit);
            tag = cv ? const_string(cv, NULL) : NULL;
        }
        if (f->list.len == 0 || (f->flags & NF_EMBEDDED)) {
            Node *tn = f->x;
            Field fd = {.name = embedded_name(tn), .type = t, .embedded = true,
                        .tag = tag};
            Type *base = t->kind == TY_POINTER && !t->name ? t->elem : t;
            if (t->kind == TY_POINTER && !t->name &&
                (base->kind == TY_POINTER || base->kind == TY_INTERFACE) &&
                base->name)
                ck_errorf(k, start_pos(tn),
                          "embedded field type cannot be a pointer to an interface");
            VEC_PUSH(fs, fd);
            VEC_PUSH(poss, start_pos(tn));
            continue;
        }
        for (int j = 0; j < f->list.len; j++) {
            Field fd = {.name = f->list.items[j]->name, .type = t, .tag = tag};
            VEC_PUSH(fs, fd);
            VEC_PUSH(poss, f->list.items[j]->pos);
        }
    }
    for (int i = 0; i < fs.len; i++)
        for (int j = 0; j < i; j++)
            if (strcmp(fs.items[i].name, fs.items[j].name) == 0 &&
                strcmp(fs.items[i].name, "_") != 0) {
                ck_errorf(k, poss.items[i], "%s redeclared\n\t%s: other declaration of %s",
                          fs.items[i].name, pos_string(k->c, poss.items[j]),
                          fs.items[i].name);
                break;
            }
    Type *t = types_struct(k->c, fs.items, fs.len);
    VEC_FREE(fs);
    VEC_FREE(poss);
    return t;
}

/* Adds a method to an interface's list.  Two explicitly declared methods
 * of one name always clash; a method reached through an embedded interface
 * clashes only with a different signature.  (Field.embedded marks the
 * explicitly declared ones while the list is built.) */
typedef struct MethodList {
    VEC(Field) fs;
    VEC(Pos) pos;
} MethodList;

static void add_method(Checker *k, MethodList *ml, const char *name, Type *sig,
                       Pos pos, bool declared) {
    for (int i = 0; i < ml->fs.len; i++)
        if (strcmp(ml->fs.items[i].name, name) == 0) {
            if (declared && ml->fs.items[i].embedded)
                ck_errorf(k, pos, "duplicate method %s\n\t%s: other declaration of %s",
                          name, pos_string(k->c, ml->pos.items[i]), name);
            else if (ml->fs.items[i].type != sig)
                ck_errorf(k, pos, "duplicate method %s", name);
            return;
        }
    Field f = {.name = name, .type = sig, .embedded = declared};
    VEC_PUSH(ml->fs, f);
    VEC_PUSH(ml->pos, pos);
}

static Type *interface_type(Checker *k, Node *n) {
    MethodList ml = {0};
    for (int i = 0; i < n->list.len; i++) {
        Node *f = n->list.items[i];
        if (f->list.len) {
            Type *sig = ck_func_type(k, f->x, NULL, NULL, NULL);
            add_method(k, &ml, f->list.items[0]->name, sig, f->list.items[0]->pos,
                       true);
            continue;
        }
        Type *e = ck_typexpr(k, f->x);
        if (e->kind == TY_INVALID && e->name) {
            /* embedded interface still being declared: a cycle */
            ck_errorf(k, start_pos(f->x), "invalid recursive type %s",
                      tstr(k, e));
            continue;
        }
        if (e->kind != TY_INTERFACE) {
            if (e->kind != TY_INVALID)
                ck_errorf(k, start_pos(f->x),
                          "cannot use %s as interface", tstr(k, e));
            continue;
        }
        for (int j = 0; j < e->nfields; j++)
            add_method(k, &ml, e->fields[j].name, e->fields[j].type,
                       start_pos(f->x), false);
    }
    for (int i = 0; i < ml.fs.len; i++) ml.fs.items[i].embedded = false;
    Type *t = types_interface(k->c, ml.fs.items, ml.fs.len);
    VEC_FREE(ml.fs);
    VEC_FREE(ml.pos);
    return t;
}

Type *ck_typexpr(Checker *k, Node *n) {
    Compiler *c = k->c;
    Type *t = invalid(k);
    switch (n->kind) {
    case N_IDENT: {
        if (n->name == intern_cstr(c, "_")) {
            ck_errorf(k, n->pos, "cannot use _ as value or type");
            break;
        }
        Symbol *s = ck_lookup(k, n->name, n);
        if (!s) {
            ck_errorf(k, n->pos, "undefined: %s", n->name);
            break;
        }
        n->sym = s;
        t = named_ref(k, n, s);
        break;
    }
    case N_SELECTOR: {
        Operand x;
        ck_expr_or_type(k, n, &x);
        if (x.mode == M_TYPE) t = x.type;
        else if (x.mode != M_INVALID)
            ck_errorf(k, start_pos(n), "%s is not a type", expr_str(k, n));
        break;
    }
    case N_PAREN: t = ck_typexpr(k, n->x); break;
    case N_STAR:
        k->type_indir++;
        t = types_pointer(c, ck_typexpr(k, n->x));
        k->type_indir--;
        break;
    case N_ARRAYTYPE:
        if (n->x) {
            t = array_type(k, n);
            break;
        }
        k->type_indir++;
        t = types_slice(c, ck_typexpr(k, n->y));
        k->type_indir--;
        break;
    case N_MAPTYPE: {
        k->type_indir++;
        Type *key = ck_typexpr(k, n->x), *val = ck_typexpr(k, n->y);
        k->type_indir--;
        if (key->kind != TY_INVALID && !ck_comparable(key) &&
            key->kind != TY_INTERFACE) {
            ck_errorf(k, start_pos(n->x), "invalid map key type %s",
                      tstr(k, key));
            break;
        }
        t = types_map(c, key, val);
        break;
    }
    case N_CHANTYPE: {
        ChanDir d = (n->flags & NF_SEND) ? CHAN_SEND
                  : (n->flags & NF_RECV) ? CHAN_RECV : CHAN_BOTH;
        k->type_indir++;
        t = types_chan(c, ck_typexpr(k, n->x), d);
        k->type_indir--;
        break;
    }
    case N_FUNCTYPE:
        k->type_indir++;
        t = ck_func_type(k, n, NULL, NULL, NULL);
        k->type_indir--;
        break;
    case N_STRUCTTYPE: t = struct_type(k, n); break;
    case N_INTERFACETYPE: t = interface_type(k, n); break;
    case N_ELLIPSIS:
        ck_errorf(k, n->pos, "invalid use of ...");
        break;
    default: {
        Operand x;
        ck_expr_or_type(k, n, &x);
        if (x.mode == M_TYPE) t = x.type;
        else if (x.mode != M_INVALID)
            ck_errorf(k, start_pos(n), "%s is not a type", expr_str(k, n));
        break;
    }
    }
    n->type = t;
    return t;
}

/* Declares a parameter/result variable (may be unnamed). */
static Symbol *param_var(Checker *k, Node *ident, Type *t, Scope *scope,
                         FuncInfo *fi) {
    const char *name = ident ? ident->name : intern_cstr(k->c, "_");
    Symbol *s = sym_new(k->c, SYM_VAR, name, t);
    s->pos = ident ? ident->pos : (Pos){0, 0, 0};
    s->decl = ident;
    s->func = fi;
    s->pkg = k->pkg ? k->pkg->path : "main";
    s->used = true;
    if (ident) ident->sym = s, ident->type = t;
    if (scope && ident && name != intern_cstr(k->c, "_"))
        ck_declare(k, scope, s, ident);
    return s;
}

/* Evaluates a signature; with fi/scope, declares the receiver, parameters
 * and results in scope and records them in fi. */
Type *ck_func_type(Checker *k, Node *ft, Node *recv, FuncInfo *fi,
                   Scope *scope) {
    VEC(Type *) ps = {0};
    VEC(Type *) rs = {0};
    bool variadic = false;
    if (recv && fi) {
        Type *rt = ck_typexpr(k, recv->x);
        Node *id = recv->list.len ? recv->list.items[0] : NULL;
        fi->recv = param_var(k, id, rt, scope, fi);
        fi->recv->recv = true;
    }
    for (int i = 0; i < ft->list.len; i++) {
        Node *f = ft->list.items[i];
        Node *tn = f->x;
        bool dots = tn->kind == N_ELLIPSIS;
        Type *t;
        if (dots && (i != ft->list.len - 1 || f->list.len > 1)) {
            /* as types2: report, then ignore the ... */
            ck_errorf(k, tn->pos, "can only use ... with final parameter in list");
            t = ck_typexpr(k, tn->x);
            tn->type = t;
        } else if (dots) {
            t = types_slice(k->c, ck_typexpr(k, tn->x));
            tn->type = t;
            variadic = true;
        } else {
            t = ck_typexpr(k, tn);
        }
        int nn = f->list.len ? f->list.len : 1;
        for (int j = 0; j < nn; j++) {
            VEC_PUSH(ps, t);
            if (fi) {
                Symbol *s = param_var(k, f->list.len ? f->list.items[j] : NULL,
                                      t, scope, fi);
                s->spelled = ck_spell_texpr(k, tn, t);
                s->param = true;
                VEC_PUSH(fi->params, s);
            }
        }
    }
    for (int i = 0; i < ft->list2.len; i++) {
        Node *f = ft->list2.items[i];
        Type *t = ck_typexpr(k, f->x);
        int nn = f->list.len ? f->list.len : 1;
        for (int j = 0; j < nn; j++) {
            VEC_PUSH(rs, t);
            if (fi) {
                Symbol *s = param_var(k, f->list.len ? f->list.items[j] : NULL,
                                      t, scope, fi);
                s->spelled = ck_spell_texpr(k, f->x, t);
                s->result = true;
                VEC_PUSH(fi->results, s);
            }
        }
    }
    Type *sig = types_func(k->c, ps.items, ps.len, rs.items, rs.len, variadic);
    VEC_FREE(ps);
    VEC_FREE(rs);
    ft->type = sig;
    if (fi) fi->sig = sig;
    return sig;
}

/* ---- predicates ---- */

bool ck_comparable(Type *t) {
    if (t->kind == TY_INVALID) return true;
    return t->comparable;
}

bool ck_has_nil(Type *t) {
    switch (t->kind) {
    case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
    case TY_INTERFACE: case TY_UNSAFEPTR: case TY_UNTYPED_NIL:
        return true;
    default: return false;
    }
}

/* A method signature as types2's funcString prints it: with the parameter
 * names and the byte/rune spelling of its declaration when we have the
 * syntax (`Write(p []byte) int`), else from the type (`Write([]uint8) int`). */
static const char *method_sig_str(Checker *k, const char *name, Type *sig,
                                  Node *ftype) {
    if (ftype && ftype->kind == N_FUNCTYPE) {
        Buf b = {0};
        buf_puts(&b, name);
        wsig(k, &b, ftype);
        const char *s = arena_strdup(&k->c->arena, b.data);
        buf_free(&b);
        return s;
    }
    return arena_printf(&k->c->arena, "%s%s", name, tstr(k, sig) + 4);
}

/* The N_FUNCTYPE declaring method `name` in the interface type literal of
 * named type T (NULL if T was not declared that way). */
static Node *iface_method_syntax(Checker *k, Type *T, const char *name) {
    if (!T->name || !T->checker_info) return NULL;
    Symbol *s = T->checker_info;
    ObjInfo *oi = s->kind == SYM_TYPE ? obj_info(k, s) : NULL;
    Node *spec = oi ? oi->spec : NULL;
    if (!spec || spec->kind != N_TYPESPEC || !spec->x ||
        spec->x->kind != N_INTERFACETYPE)
        return NULL;
    for (int i = 0; i < spec->x->list.len; i++) {
        Node *f = spec->x->list.items[i];
        if (f->list.len && strcmp(f->list.items[0]->name, name) == 0) return f->x;
    }
    return NULL;
}

const char *ck_missing_reason(Checker *k, Type *T, Type *named_iface) {
    Type *iface = types_under(named_iface);
    bool wrong_ptr, wrong_type;
    const char *m = types_missing_method(k->c, T, iface, &wrong_ptr, &wrong_type);
    if (!m) return NULL;
    if (wrong_ptr)
        return arena_printf(&k->c->arena, "(%s method has pointer receiver)", m);
    if (wrong_type) {
        Lookup lk;
        types_lookup(k->c, T, m, &lk);
        Type *want = NULL;
        for (int i = 0; i < iface->nfields; i++)
            if (strcmp(iface->fields[i].name, m) == 0) want = iface->fields[i].type;
        Node *have_syn = lk.kind == LK_METHOD && lk.method && lk.method->decl
                         ? ((Node *)lk.method->decl)->x : NULL;
        if (lk.type && want)
            return arena_printf(&k->c->arena,
                                "(wrong type for %s method)\n\t\thave %s\n\t\twant %s",
                                m, method_sig_str(k, m, lk.type, have_syn),
                                method_sig_str(k, m, want,
                                               iface_method_syntax(k, named_iface, m)));
        return arena_printf(&k->c->arena, "(wrong type for %s method)", m);
    }
    return arena_printf(&k->c->arena, "(missing %s method)", m);
}

bool ck_assignable(Checker *k, Operand *x, Type *T, const char **reason) {
    Type *V = x->type;
    *reason = NULL;
    if (V == T || V->kind == TY_INVALID || T->kind == TY_INVALID) return true;
    Type *Vu = types_under(V), *Tu = types_under(T);
    if (type_is_untyped(V)) {
        if (V->kind == TY_UNTYPED_NIL) return ck_has_nil(Tu);
        switch (Tu->kind) {
        case TY_INTERFACE: return Tu->nfields == 0;
        case TY_BOOL: return V->kind == TY_UNTYPED_BOOL;
        case TY_STRING: return V->kind == TY_UNTYPED_STRING;
        default:
            if (type_is_numeric(Tu)) return type_is_numeric(V);
            return false;
        }
    }
    /* identical underlying types and at least one is not named */
    if (Vu == Tu && (!V->name || !T->name) && Vu->kind != TY_INVALID)
        return true;
    if (Tu->kind == TY_INTERFACE) {
        const char *r = ck_missing_reason(k, V, T);
        if (!r) return true;
        *reason = arena_printf(&k->c->arena, "%s does not implement %s %s",
                               tstr(k, V), tstr(k, T), r);
        return false;
    }
    if (Vu->kind == TY_INTERFACE && Tu->kind != TY_INTERFACE) {
        if (!ck_missing_reason(k, T, Vu))
            *reason = "need type assertion";
        return false;
    }
    /* bidirectional channel to directional channel of identical elem */
    if (Vu->kind == TY_CHAN && Vu->dir == CHAN_BOTH && Tu->kind == TY_CHAN &&
        Vu->elem == Tu->elem && (!V->name || !T->name))
        return true;
    return false;
}

static bool is_bytes_or_runes(Type *t) {
    Type *u = types_under(t);
    if (u->kind != TY_SLICE) return false;
    TypeKind ek = types_under(u->elem)->kind;
    return ek == TY_UINT8 || ek == TY_INT32;
}

bool ck_convertible(Checker *k, Operand *x, Type *T) {
    const char *reason;
    if (ck_assignable(k, x, T, &reason)) return true;
    Type *V = x->type, *Vu = types_under(V), *Tu = types_under(T);
    if (Vu == Tu) return true;
    if (Vu->kind == TY_POINTER && Tu->kind == TY_POINTER && !V->name &&
        !T->name && types_under(Vu->elem) == types_under(Tu->elem))
        return true;
    if (type_is_numeric(Vu) && type_is_numeric(Tu)) return true;
    if (type_is_string(Tu) && (type_is_integer(Vu) || is_bytes_or_runes(Vu)))
        return true;
    if (type_is_string(Vu) && is_bytes_or_runes(Tu)) return true;
    /* slice to array pointer (Go 1.17) */
    if (Vu->kind == TY_SLICE && Tu->kind == TY_POINTER &&
        types_under(Tu->elem)->kind == TY_ARRAY &&
        types_under(Tu->elem)->elem == Vu->elem)
        return true;
    return false;
}
