/* check_decl.c — the checker's driver: loading imported standard-library
 * packages (embedded Go sources), package and file scopes, package-level
 * declarations resolved lazily in any order (as types2's objDecl does),
 * methods, function bodies, local declarations, initialization order of
 * package variables, unused imports.
 *
 * Invariants:
 *  - Scopes chain universe <- package <- file (imports) <- function blocks.
 *  - A package-level object is resolved at most once; its ObjInfo.state is
 *    DS_ACTIVE while its declaration is evaluated, which is how cycles are
 *    found (a type may refer to itself while active: it exists already).
 *  - Packages are checked in dependency order; main last.  c->globals
 *    receives every package variable, package by package, in Go's
 *    initialization order.
 *
 * Initialization order: Go initializes the earliest variable (in
 * declaration order) whose dependencies are initialized; dependencies are
 * the variables referenced by its initializer, directly or through the
 * bodies of the functions it references. */
#include "check.h"
#include "vm/ffi.h"

#include <stdlib.h>

typedef struct EmbeddedFile {
    const char *path;
    const char *src;
    size_t len;
} EmbeddedFile;
extern const EmbeddedFile gosub_stdlib_files[];

static Compiler *C(Checker *k) { return k->c; }

/* ObjInfo lives in a side table keyed by symbol (symbols of package-level
 * objects only). */
typedef struct ObjEntry {
    Symbol *sym;
    ObjInfo *info;
} ObjEntry;

typedef struct DeclState2 {
    ObjEntry *slots;
    int cap, count;
    VEC(Node *) methods;      /* method FuncDecls of the package being checked */
    VEC(FuncInfo *) bodies;   /* functions whose bodies are checked last */
    int init_count;
    /* package-level type declarations in progress, outermost first, with
     * k->type_indir when each began */
    VEC(Symbol *) type_path;
    VEC(int) type_path_indir;
    /* `type T U` whose U was still being declared, reached through an
     * indirection (type T1 struct{ next *T2 }; type T2 T1): T is
     * completed when U is */
    VEC(Symbol *) pending;
} DeclState2;

static DeclState2 *ds_of(Checker *k) {
    if (!k->decl_state)
        k->decl_state = arena_alloc(&C(k)->arena, sizeof(DeclState2));
    return k->decl_state;
}

static size_t ptr_hash(const void *p, int cap) {
    return (size_t)(((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15ull >> 11) & (size_t)(cap - 1);
}

static ObjInfo *info_lookup(DeclState2 *d, Symbol *s) {
    if (!d->cap) return NULL;
    size_t j = ptr_hash(s, d->cap);
    while (d->slots[j].sym) {
        if (d->slots[j].sym == s) return d->slots[j].info;
        j = (j + 1) & (size_t)(d->cap - 1);
    }
    return NULL;
}

static void info_insert(Checker *k, Symbol *s, ObjInfo *info) {
    DeclState2 *d = ds_of(k);
    if ((d->count + 1) * 2 > d->cap) {
        int ncap = d->cap ? d->cap * 2 : 64;
        ObjEntry *ns = arena_alloc(&C(k)->arena, sizeof(ObjEntry) * (size_t)ncap);
        for (int i = 0; i < d->cap; i++) {
            if (!d->slots[i].sym) continue;
            size_t j = ptr_hash(d->slots[i].sym, ncap);
            while (ns[j].sym) j = (j + 1) & (size_t)(ncap - 1);
            ns[j] = d->slots[i];
        }
        d->slots = ns;
        d->cap = ncap;
    }
    size_t j = ptr_hash(s, d->cap);
    while (d->slots[j].sym) j = (j + 1) & (size_t)(d->cap - 1);
    d->slots[j].sym = s;
    d->slots[j].info = info;
    d->count++;
}

static ObjInfo *get_info(Checker *k, Symbol *s) {
    if (!s) return NULL;
    return info_lookup(ds_of(k), s);
}

ObjInfo *obj_info(Checker *k, Symbol *s) { return get_info(k, s); }

/* ---- declaring ---- */

void ck_declare(Checker *k, Scope *s, Symbol *sym, Node *at) {
    Symbol *old = scope_lookup_local(s, sym->name);
    if (old && sym->name != intern_cstr(C(k), "_")) {
        Pos p = at ? at->pos : sym->pos;
        if (old->pos.line)
            ck_errorf(k, p, "%s redeclared in this block\n\t%s: other declaration of %s",
                      sym->name, pos_string(C(k), old->pos), sym->name);
        else
            ck_errorf(k, p, "%s redeclared in this block", sym->name);
        sym->used = true;   /* never in scope: no "declared but not used" */
        return;
    }
    scope_insert(C(k), s, sym);
}

Symbol *ck_lookup(Checker *k, const char *name, Node *at) {
    (void)at;
    return scope_lookup(k->scope, name, NULL);
}

FuncInfo *ck_new_func(Checker *k, Node *decl) {
    FuncInfo *fi = xcalloc(1, sizeof(FuncInfo));
    fi->decl = decl;
    fi->func_index = -1;
    decl->func = fi;
    VEC_PUSH(C(k)->funcs, fi);
    return fi;
}

void check_free(Compiler *c) {
    for (int i = 0; i < c->funcs.len; i++) {
        FuncInfo *fi = c->funcs.items[i];
        VEC_FREE(fi->params);
        VEC_FREE(fi->results);
        VEC_FREE(fi->locals);
        VEC_FREE(fi->captures);
        VEC_FREE(fi->closures);
        free(fi);
    }
    VEC_FREE(c->funcs);
    for (int i = 0; i < c->packages.len; i++) VEC_FREE(c->packages.items[i]->files);
    Checker *k = c->check;
    if (k) {
        DeclState2 *d = k->decl_state;
        if (d) {
            VEC_FREE(d->methods);
            VEC_FREE(d->bodies);
            VEC_FREE(d->type_path);
            VEC_FREE(d->type_path_indir);
            VEC_FREE(d->pending);
        }
        for (int i = 0; i < k->pkg_objs.len; i++) {
            ObjInfo *oi = get_info(k, k->pkg_objs.items[i]);
            if (oi) VEC_FREE(oi->deps);
        }
        VEC_FREE(k->pkg_objs);
        VEC_FREE(k->file_keys);
        VEC_FREE(k->file_scopes);
    }
}

/* ---- packages ---- */

static bool in_dir(const char *path, const char *dir) {
    size_t n = strlen(dir);
    if (strncmp(path, dir, n) != 0) return false;
    const char *rest = path + n;
    if (strchr(rest, '/')) return false;
    size_t rl = strlen(rest);
    if (rl < 4 || strcmp(rest + rl - 3, ".go") != 0) return false;
    if (rl >= 8 && strcmp(rest + rl - 8, "_test.go") == 0) return false;
    return true;
}

static Package *find_package(Compiler *c, const char *path) {
    for (int i = 0; i < c->packages.len; i++)
        if (strcmp(c->packages.items[i]->path, path) == 0) return c->packages.items[i];
    return NULL;
}

static void load_imports(Checker *k, Package *pkg);

static Package *load_package(Checker *k, const char *path) {
    Compiler *c = C(k);
    Package *p = find_package(c, path);
    if (p) return p;
    char dir[512];
    snprintf(dir, sizeof dir, "stdlib/%s/", path);
    p = arena_alloc(&c->arena, sizeof(Package));
    p->path = intern_cstr(c, path);
    const char *slash = strrchr(path, '/');
    p->name = intern_cstr(c, slash ? slash + 1 : path);
    for (const EmbeddedFile *e = gosub_stdlib_files; e && e->path; e++) {
        if (!in_dir(e->path, dir)) continue;
        File *f = parse_file(c, e->path, e->src, e->len);
        if (f->pkgname) p->name = f->pkgname;
        VEC_PUSH(p->files, f);
    }
    if (p->files.len == 0) return NULL;
    VEC_PUSH(c->packages, p);
    load_imports(k, p);
    return p;
}

static void load_imports(Checker *k, Package *pkg) {
    for (int i = 0; i < pkg->files.len; i++) {
        File *f = pkg->files.items[i];
        for (int j = 0; j < f->imports.len; j++) {
            Node *imp = f->imports.items[j];
            if (!imp->lit) continue;
            Package *p = load_package(k, imp->lit);
            if (!p) {
                ck_errorf(k, (Pos){imp->pos.line, imp->pos.col + (imp->name ? (int)strlen(imp->name) + 1 : 0), imp->pos.file},
                          "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)",
                          imp->lit, imp->lit);
            }
        }
    }
}

/* ---- package-level objects ---- */

static Symbol *pkg_sym(Checker *k, SymKind kind, Node *ident, Node *spec,
                       int index, File *f) {
    Symbol *s = sym_new(C(k), kind, ident->name, NULL);
    s->pos = ident->pos;
    s->decl = ident;
    s->pkg = k->pkg->path;
    s->global = true;
    ident->sym = s;
    ObjInfo *oi = arena_alloc(&C(k)->arena, sizeof(ObjInfo));
    oi->spec = spec;
    oi->index = index;
    oi->pkg = k->pkg;
    oi->file = f;
    oi->order = k->pkg_objs.len;
    info_insert(k, s, oi);
    VEC_PUSH(k->pkg_objs, s);
    if (ident->name != intern_cstr(C(k), "_")) {
        if (ident->name == intern_cstr(C(k), "init") && kind != SYM_FUNC) {
            ck_errorf(k, ident->pos, "cannot declare init - must be func");
        } else {
            ck_declare(k, k->pkg->scope, s, ident);
        }
    }
    return s;
}

static Scope *file_scope(Checker *k, File *f);

static void collect(Checker *k, Package *pkg) {
    Compiler *c = C(k);
    DeclState2 *d = ds_of(k);
    for (int fi = 0; fi < pkg->files.len; fi++) {
        File *f = pkg->files.items[fi];
        k->file = f;
        for (int i = 0; i < f->decls.len; i++) {
            Node *dn = f->decls.items[i];
            switch (dn->kind) {
            case N_CONSTSPEC: case N_VARSPEC:
                for (int j = 0; j < dn->list.len; j++) {
                    Symbol *s = pkg_sym(k, dn->kind == N_CONSTSPEC ? SYM_CONST : SYM_VAR,
                                        dn->list.items[j], dn, j, f);
                    if (dn->kind == N_VARSPEC) s->spec = dn;
                }
                break;
            case N_TYPESPEC: {
                Node id = {.kind = N_IDENT, .name = dn->name, .pos = dn->pos};
                Node *idp = arena_alloc(&c->arena, sizeof(Node));
                *idp = id;
                Symbol *s = pkg_sym(k, SYM_TYPE, idp, dn, 0, f);
                dn->sym = s;
                break;
            }
            case N_FUNCDECL:
                if (dn->z) {
                    VEC_PUSH(d->methods, dn);
                    break;
                }
                {
                    Node *idp = arena_alloc(&c->arena, sizeof(Node));
                    idp->kind = N_IDENT;
                    idp->name = dn->name;
                    idp->pos = dn->pos;
                    if (dn->name == intern_cstr(c, "init")) {
                        /* init functions are not declared */
                        Symbol *s = sym_new(c, SYM_FUNC, dn->name, NULL);
                        s->pos = dn->pos;
                        s->decl = dn;
                        s->pkg = pkg->path;
                        s->global = true;
                        ObjInfo *oi = arena_alloc(&c->arena, sizeof(ObjInfo));
                        oi->spec = dn;
                        oi->pkg = pkg;
                        oi->file = f;
                        oi->order = k->pkg_objs.len;
                        info_insert(k, s, oi);
                        VEC_PUSH(k->pkg_objs, s);
                        dn->sym = s;
                        break;
                    }
                    Symbol *s = pkg_sym(k, SYM_FUNC, idp, dn, 0, f);
                    s->decl = dn;
                    dn->sym = s;
                }
                break;
            default: break;
            }
        }
    }
    /* imports go in file scopes; a package name may not clash with a
     * package-level object */
    for (int fi = 0; fi < pkg->files.len; fi++) file_scope(k, pkg->files.items[fi]);
}

static Scope *file_scope(Checker *k, File *f) {
    for (int i = 0; i < k->file_keys.len; i++)
        if (k->file_keys.items[i] == f) return k->file_scopes.items[i];
    Scope *s = scope_new(C(k), k->pkg->scope);
    s->pkg = k->pkg;
    for (int j = 0; j < f->imports.len; j++) {
        Node *imp = f->imports.items[j];
        if (!imp->lit) continue;
        Package *p = find_package(C(k), imp->lit);
        if (!p) continue;
        const char *name = imp->name ? imp->name : p->name;
        if (name == intern_cstr(C(k), "_") || name == intern_cstr(C(k), ".")) continue;
        Symbol *ps = sym_new(C(k), SYM_PKG, name, NULL);
        ps->package = p;
        ps->pos = imp->pos;
        ps->decl = imp;
        ps->pkg = k->pkg->path;
        imp->sym = ps;
        ck_declare(k, s, ps, imp);
    }
    VEC_PUSH(k->file_keys, f);
    VEC_PUSH(k->file_scopes, s);
    return s;
}

static void save_ctx(Checker *k, Checker *save) { *save = *k; }

static void restore_ctx(Checker *k, Checker *save) {
    k->pkg = save->pkg;
    k->file = save->file;
    k->func = save->func;
    k->func_node = save->func_node;
    k->scope = save->scope;
    k->decl_obj = save->decl_obj;
    k->iota = save->iota;
}

static void const_decl(Checker *k, Symbol *s, Node *spec, int index);
static void var_decl(Checker *k, Node *spec, Symbol **syms, int n);
static void type_decl(Checker *k, Symbol *s, Node *spec);
static void func_decl(Checker *k, Symbol *s, Node *fn);
static bool is_main_package(Checker *k);
static void extern_func(Checker *k, Node *fn, FuncInfo *fi);

static void cycle_error(Checker *k, Symbol *s) {
    if (s->kind == SYM_TYPE) return;   /* types may refer to themselves */
    ck_errorf(k, s->pos, "initialization loop for %s", s->name);
}

void ck_resolve(Checker *k, Symbol *s) {
    if (!s->global || s->kind == SYM_PKG) return;
    ObjInfo *oi = get_info(k, s);
    if (!oi || oi->state == DS_DONE) return;
    if (oi->state == DS_ACTIVE) {
        if (s->kind != SYM_FUNC && !s->type) {
            cycle_error(k, s);
            s->type = k->invalid;
            if (s->kind == SYM_CONST) s->cval = const_make_int64(C(k), 0);
        }
        return;
    }
    oi->state = DS_ACTIVE;
    Checker save;
    save_ctx(k, &save);
    k->pkg = oi->pkg;
    k->file = oi->file;
    k->func = NULL;
    k->func_node = NULL;
    k->scope = file_scope(k, oi->file);
    k->iota = -1;
    k->decl_obj = s;
    switch (s->kind) {
    case SYM_CONST: const_decl(k, s, oi->spec, oi->index); break;
    case SYM_VAR: {
        Node *spec = oi->spec;
        int n = spec->list.len;
        /* all names of `var a, b = f()` are declared together */
        if (spec->list2.len == 1 && n > 1) {
            Symbol *syms[n];
            for (int i = 0; i < n; i++) {
                syms[i] = spec->list.items[i]->sym;
                ObjInfo *o2 = get_info(k, syms[i]);
                if (o2) o2->state = DS_ACTIVE;
            }
            var_decl(k, spec, syms, n);
            for (int i = 0; i < n; i++) {
                ObjInfo *o2 = get_info(k, syms[i]);
                if (o2 && o2 != oi) {
                    for (int j = 0; j < oi->deps.len; j++) VEC_PUSH(o2->deps, oi->deps.items[j]);
                    o2->state = DS_DONE;
                }
            }
        } else {
            Symbol *one[1] = {s};
            var_decl(k, spec, one, 1);
        }
        break;
    }
    case SYM_TYPE: type_decl(k, s, oi->spec); break;
    case SYM_FUNC: func_decl(k, s, oi->spec); break;
    default: break;
    }
    oi->state = DS_DONE;
    restore_ctx(k, &save);
}

/* ---- constants ---- */

static void const_value(Checker *k, Symbol *s, Node *tnode, Node *init,
                        Pos errpos) {
    Type *T = tnode ? ck_typexpr(k, tnode) : NULL;
    if (T && T->kind != TY_INVALID) {
        Type *u = types_under(T);
        if (!(u->kind >= TY_BOOL && u->kind <= TY_STRING)) {
            ck_errorf(k, start_pos(tnode), "invalid constant type %s", tstr(k, T));
            s->type = k->invalid;
            return;
        }
    }
    if (!init) {
        s->type = k->invalid;
        return;
    }
    Operand x;
    ck_expr(k, init, &x);
    (void)errpos;
    if (x.mode == M_INVALID) {
        s->type = k->invalid;
        return;
    }
    if (x.mode != M_CONST) {
        ck_errorf(k, start_pos(init), "%s is not constant", operand_str(k, &x));
        s->type = k->invalid;
        return;
    }
    if (T && T->kind != TY_INVALID) {
        ck_assignment(k, &x, T, "constant declaration");
        if (x.mode == M_INVALID) {
            s->type = k->invalid;
            return;
        }
    }
    s->type = x.type;
    s->cval = x.val;
    s->spelled = T ? ck_spell_texpr(k, tnode, T) : x.spelled;
    /* the initializer is never evaluated at run time; give its nodes final
     * (default) types all the same, as the contract promises */
    if (type_is_untyped(x.type)) ck_update_type(k, init, types_default(C(k), x.type));
}

static void const_decl(Checker *k, Symbol *s, Node *spec, int index) {
    k->iota = (int)spec->iota;
    Node *init = index < spec->list2.len ? spec->list2.items[index] : NULL;
    if (!init && index == spec->list2.len && spec->list2.len < spec->list.len) {
        if (spec->list2.len == 0 && !spec->x)
            ck_errorf(k, s->pos, "missing init expr for const declaration");
        else
            ck_errorf(k, s->pos, "missing init expr for const declaration");
    }
    if (index == spec->list.len - 1 && spec->list2.len > spec->list.len)
        ck_errorf(k, start_pos(spec->list2.items[spec->list.len]),
                  "extra init expr");
    const_value(k, s, spec->x, init, s->pos);
    k->iota = -1;
}

/* ---- variables ---- */

static const char *measure(Checker *k, int n, const char *unit) {
    return arena_printf(&C(k)->arena, "%d %s%s", n, unit, n == 1 ? "" : "s");
}

static void var_decl(Checker *k, Node *spec, Symbol **syms, int n) {
    Type *T = spec->x ? ck_typexpr(k, spec->x) : NULL;
    List *rhs = &spec->list2;
    if (T) {
        Type *sp = ck_spell_texpr(k, spec->x, T);
        for (int i = 0; i < n; i++) syms[i]->spelled = sp;
    }
    if (rhs->len == 0) {
        for (int i = 0; i < n; i++) syms[i]->type = T ? T : k->invalid;
        return;
    }
    int nnames = spec->list.len;
    if (rhs->len == nnames) {
        /* one value per name: only syms[0] is being declared here */
        for (int i = 0; i < n; i++) {
            int idx = 0;
            for (int j = 0; j < nnames; j++)
                if (spec->list.items[j]->sym == syms[i]) idx = j;
            Operand x;
            ck_expr_hint(k, rhs->items[idx], &x, T);
            if (x.mode == M_INVALID) {
                syms[i]->type = T ? T : k->invalid;
                syms[i]->used = true;
                continue;
            }
            if (!T) {
                if (x.type && x.type->kind == TY_UNTYPED_NIL) {
                    ck_errorf(k, start_pos(x.expr), "use of untyped nil in variable declaration");
                    syms[i]->type = k->invalid;
                    continue;
                }
                ck_assignment(k, &x, NULL, "variable declaration");
                syms[i]->type = x.type ? x.type : k->invalid;
                syms[i]->spelled = x.spelled;
            } else {
                syms[i]->type = T;
                k->target_spelled = syms[i]->spelled;
                ck_assignment(k, &x, T, "variable declaration");
                if (x.mode == M_INVALID) syms[i]->used = true;
            }
        }
        return;
    }
    if (rhs->len == 1) {
        Operand x;
        ck_multi(k, rhs->items[0], &x);
        int nv = 1;
        bool tuple = x.mode != M_INVALID && x.type && x.type->kind == TY_TUPLE;
        bool commaok = nnames == 2 && (x.mode == M_MAPINDEX || x.mode == M_COMMAOK);
        if (tuple) nv = x.type->nfields;
        if (commaok) {
            nv = 2;
            rhs->items[0]->flags |= NF_COMMA_OK;
        }
        if (x.mode == M_INVALID || nv != nnames) {
            if (x.mode != M_INVALID) {
                Node *u = rhs->items[0];
                while (u->kind == N_PAREN) u = u->x;
                if (u->kind == N_CALL)
                    ck_errorf(k, start_pos(rhs->items[0]), "assignment mismatch: %s but %s returns %s",
                              measure(k, nnames, "variable"), expr_str(k, u->x), measure(k, nv, "value"));
                else
                    ck_errorf(k, start_pos(rhs->items[0]), "assignment mismatch: %s but %s",
                              measure(k, nnames, "variable"), measure(k, nv, "value"));
            }
            for (int i = 0; i < n; i++) {
                syms[i]->type = T ? T : k->invalid;
                syms[i]->used = true;
            }
            return;
        }
        for (int i = 0; i < nnames; i++) {
            Symbol *s = spec->list.items[i]->sym;
            Type *vt;
            if (tuple) vt = x.type->fields[i].type;
            else if (i == 1) vt = types_basic(C(k), TY_BOOL);
            else {
                if (T) ck_assignment(k, &x, T, "variable declaration");
                else ck_default(k, &x);
                vt = x.type ? x.type : k->invalid;
                if (s && !T) s->spelled = x.spelled;
            }
            if (T) {
                Operand e = {.mode = M_VALUE, .type = vt, .expr = rhs->items[0]};
                const char *reason;
                if ((tuple || i == 1) && !ck_assignable(k, &e, T, &reason))
                    ck_errorf(k, start_pos(rhs->items[0]),
                              "cannot use %s value as type %s in variable declaration",
                              tstr(k, vt), tstr(k, T));
                vt = T;
            }
            if (s) {
                s->type = vt;
                spec->list.items[i]->type = vt;
            }
        }
        return;
    }
    /* count mismatch */
    ck_errorf(k, start_pos(rhs->items[0]), "assignment mismatch: %s but %s",
              measure(k, nnames, "variable"), measure(k, rhs->len, "value"));
    for (int i = 0; i < n; i++) {
        syms[i]->type = T ? T : k->invalid;
        syms[i]->used = true;
    }
    for (int i = 0; i < rhs->len; i++) {
        Operand x;
        ck_rawexpr(k, rhs->items[i], &x, NULL);
    }
}

/* ---- types and methods ---- */

static void add_methods(Checker *k, Symbol *tsym, Type *named);

/* the cycle path[from..] + s: reported once, its types marked */
static void type_cycle_error(Checker *k, int from, Symbol *s) {
    DeclState2 *d = ds_of(k);
    VEC(Symbol *) cyc = {0};
    for (int i = from; i < d->type_path.len; i++) VEC_PUSH(cyc, d->type_path.items[i]);
    if (!cyc.len || cyc.items[cyc.len - 1] != s) VEC_PUSH(cyc, s);
    types_cycle_error(C(k), cyc.items, cyc.len);
    for (int i = 0; i < cyc.len; i++)
        if (cyc.items[i]->type) cyc.items[i]->type->underlying = k->invalid;  /* reported */
    VEC_FREE(cyc);
}

static void set_invalid(Checker *k, Type *named) {
    named->underlying = k->invalid;
    named->kind = TY_INVALID;
}

/* named's declaration is complete: so are those waiting for it */
static void complete_pending(Checker *k, Type *named) {
    DeclState2 *d = ds_of(k);
    for (int i = 0; i < d->pending.len; i++) {
        Symbol *p = d->pending.items[i];
        Node *spec = obj_info(k, p)->spec;
        if (spec->x->type != named) continue;
        d->pending.items[i] = d->pending.items[--d->pending.len];
        if (named->kind == TY_INVALID) {
            set_invalid(k, p->type);
        } else {
            types_set_underlying(C(k), p->type, named);
            if (p->global) add_methods(k, p, p->type);
        }
        complete_pending(k, p->type);
        i = -1;   /* the list changed under us: scan it again */
    }
}

static void type_decl(Checker *k, Symbol *s, Node *spec) {
    if (spec->flags & NF_ALIAS) {
        s->type = ck_typexpr(k, spec->x);
        s->spelled = ck_spell_texpr(k, spec->x, s->type);
        spec->type = s->type;
        return;
    }
    DeclState2 *d = ds_of(k);
    Type *named = types_named(C(k), k->pkg->path, k->pkg->name, s->name);
    named->checker_info = s;
    s->type = named;
    spec->type = named;
    VEC_PUSH(d->type_path, s);
    VEC_PUSH(d->type_path_indir, k->type_indir);
    Type *rhs = ck_typexpr(k, spec->x);
    d->type_path.len--, d->type_path_indir.len--;
    s->spelled = ck_spell_texpr(k, spec->x, rhs);   /* ck_spell_under */
    if (named->underlying == k->invalid) {
        set_invalid(k, named);   /* in a cycle already reported */
        return;
    }
    if (rhs == named || (rhs->name && rhs->kind == TY_INVALID && rhs != k->invalid)) {
        Symbol *rs = rhs->checker_info;
        int at = -1;
        for (int i = 0; i < d->type_path.len; i++)
            if (d->type_path.items[i] == rs) at = i;
        if (rhs != named && rhs->underlying == k->invalid) {
            set_invalid(k, named);   /* refers to a reported cycle */
        } else if (rhs != named && (at < 0 || d->type_path_indir.items[at] < k->type_indir)) {
            VEC_PUSH(d->pending, s);   /* completed with rhs */
        } else {
            type_cycle_error(k, rhs == named ? d->type_path.len : at, s);
            set_invalid(k, named);
        }
        return;
    }
    types_set_underlying(C(k), named, rhs);
    if (s->global) add_methods(k, s, named);
    complete_pending(k, named);
}

static Node *recv_base(Node *t, bool *ptr) {
    *ptr = false;
    while (t->kind == N_PAREN) t = t->x;
    if (t->kind == N_STAR) {
        *ptr = true;
        t = t->x;
        while (t->kind == N_PAREN) t = t->x;
    }
    return t;
}

/* Where field `name` of named struct type T is declared (line 0 if T's
 * declaration is not a struct type literal). */
static Pos field_pos(Checker *k, Type *T, const char *name) {
    Symbol *s = T->checker_info;
    ObjInfo *oi = s && s->kind == SYM_TYPE ? obj_info(k, s) : NULL;
    Node *st = oi && oi->spec && oi->spec->kind == N_TYPESPEC ? oi->spec->x : NULL;
    if (st && st->kind == N_STRUCTTYPE)
        for (int i = 0; i < st->list.len; i++) {
            Node *f = st->list.items[i];
            for (int j = 0; j < f->list.len; j++)
                if (strcmp(f->list.items[j]->name, name) == 0) return f->list.items[j]->pos;
        }
    return (Pos){0, 0, 0};
}

static void method_decl(Checker *k, Node *fn, Type *named, bool ptr) {
    Compiler *c = C(k);
    FuncInfo *fi = ck_new_func(k, fn);
    Symbol *ms = sym_new(c, SYM_FUNC, fn->name, NULL);
    ms->pos = fn->pos;
    ms->decl = fn;
    ms->pkg = k->pkg->path;
    ms->global = true;
    ms->func = fi;
    fi->sym = ms;
    fn->sym = ms;
    /* an ObjInfo so that the body's references become dependencies in
     * the initialization order (`var x = T(0).M()` waits for what M reads) */
    for (int i = 0; i < k->pkg->files.len; i++) {
        File *file = k->pkg->files.items[i];
        for (int j = 0; j < file->decls.len; j++) {
            if (file->decls.items[j] != fn) continue;
            ObjInfo *oi = arena_alloc(&c->arena, sizeof(ObjInfo));
            oi->spec = fn;
            oi->pkg = k->pkg;
            oi->file = file;
            oi->order = k->pkg_objs.len;
            oi->state = DS_DONE;   /* declared here, never resolved by name */
            info_insert(k, ms, oi);
            VEC_PUSH(k->pkg_objs, ms);   /* (frees its deps) */
        }
    }
    const char *tn = strchr(named->name, '.') ? strchr(named->name, '.') + 1 : named->name;
    fi->qualname = ptr ? arena_printf(&c->arena, "%s.(*%s).%s", k->pkg->path, tn, fn->name)
                       : arena_printf(&c->arena, "%s.%s.%s", k->pkg->path, tn, fn->name);
    Scope *s = scope_new(c, k->scope);
    s->func = fi;
    Checker save;
    save_ctx(k, &save);
    k->func = fi;
    ck_func_type(k, fn->x, fn->z, fi, s);
    restore_ctx(k, &save);
    fi->params.len = fi->params.len;   /* receiver is fi->recv */
    Type *u = types_under(named);
    if (strcmp(fn->name, "_") != 0) {
        Method *old = types_find_method(named, fn->name);
        if (old) {
            Node *od = old->decl;
            if (od)
                ck_errorf(k, fn->pos, "%s.%s redeclared in this block\n\t%s: other declaration of %s",
                          tn, fn->name, pos_string(c, od->pos), fn->name);
            else
                ck_errorf(k, fn->pos, "%s.%s redeclared in this block", tn, fn->name);
        } else if (u->kind == TY_STRUCT && ({
                       bool clash = false;
                       for (int i = 0; i < u->nfields; i++)
                           clash |= strcmp(u->fields[i].name, fn->name) == 0;
                       clash; })) {
            Pos fp = field_pos(k, named, fn->name);
            if (fp.line)
                ck_errorf(k, fn->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
                          fn->name, pos_string(c, fp), fn->name);
            else
                ck_errorf(k, fn->pos, "field and method with the same name %s", fn->name);
        } else {
            types_add_method(c, named, fn->name, fi->sig, ptr, fn);
        }
    }
    if (!fn->y) {
        if (strcmp(k->pkg->path, "main") == 0)
            ck_errorf(k, fn->pos, "missing function body");
        else
            ms->native = -1;
    }
    DeclState2 *d = ds_of(k);
    VEC_PUSH(d->bodies, fi);
    fi->decl->scope = s;
}

/* A receiver error is reported at the receiver variable as types2 does:
 * its name, or its type when unnamed. */
static Pos recv_pos(Node *fn) {
    Node *r = fn->z;
    return r->list.len ? r->list.items[0]->pos : start_pos(r->x);
}

static void add_methods(Checker *k, Symbol *tsym, Type *named) {
    DeclState2 *d = ds_of(k);
    for (int i = 0; i < d->methods.len; i++) {
        Node *fn = d->methods.items[i];
        if (!fn || fn->func) continue;
        bool ptr;
        Node *base = recv_base(fn->z->x, &ptr);
        if (base->kind != N_IDENT || base->name != tsym->name) continue;
        ObjInfo *oi = get_info(k, tsym);
        if (oi && oi->pkg != k->pkg) continue;
        Type *u = types_under(named);
        if (u->kind == TY_POINTER || u->kind == TY_INTERFACE) {
            ck_errorf(k, recv_pos(fn), "invalid receiver type %s (pointer or interface type)",
                      tsym->name);
            fn->func = ck_new_func(k, fn);
            continue;
        }
        method_decl(k, fn, named, ptr);
    }
}

/* methods whose receiver type is not a type of this package */
static void orphan_methods(Checker *k) {
    DeclState2 *d = ds_of(k);
    for (int i = 0; i < d->methods.len; i++) {
        Node *fn = d->methods.items[i];
        if (fn->func) continue;
        bool ptr;
        Node *base = recv_base(fn->z->x, &ptr);
        k->scope = file_scope(k, k->file);
        if (base->kind != N_IDENT) {
            ck_errorf(k, recv_pos(fn), "invalid receiver type %s", expr_str(k, fn->z->x));
            continue;
        }
        Symbol *s = ck_lookup(k, base->name, base);
        if (!s) ck_errorf(k, base->pos, "undefined: %s", base->name);
        else if (s->kind != SYM_TYPE)
            ck_errorf(k, base->pos, "%s is not a type", base->name);
        else {
            Node *rn = fn->z->list.len ? fn->z->list.items[0] : base;
            ck_errorf(k, rn->pos, "cannot define new methods on non-local type %s",
                      base->name);
        }
        fn->func = ck_new_func(k, fn);
    }
}

/* ---- functions ---- */

static void func_decl(Checker *k, Symbol *s, Node *fn) {
    Compiler *c = C(k);
    FuncInfo *fi = ck_new_func(k, fn);
    fi->sym = s;
    s->func = fi;
    fn->sym = s;
    if (s->name == intern_cstr(c, "init")) {
        DeclState2 *d = ds_of(k);
        fi->qualname = arena_printf(&c->arena, "%s.init.%d", k->pkg->path, d->init_count++);
    } else {
        fi->qualname = arena_printf(&c->arena, "%s.%s", k->pkg->path, s->name);
    }
    Scope *sc = scope_new(c, k->scope);
    sc->func = fi;
    k->func = fi;
    s->type = ck_func_type(k, fn->x, NULL, fi, sc);
    s->spelled = ck_spell_texpr(k, fn->x, s->type);
    k->func = NULL;
    fn->scope = sc;
    bool special = s->name == intern_cstr(c, "init") ||
                   (s->name == intern_cstr(c, "main") && is_main_package(k));
    if (special) {
        if (fi->sig->nparams || fi->sig->nresults)
            ck_errorf(k, fn->pos, "func %s must have no arguments and no return values",
                      s->name);
    }
    if (!fn->y) {
        if (fn->extern_name && strcmp(k->pkg->path, "main") == 0)
            extern_func(k, fn, fi);
        else if (strcmp(k->pkg->path, "main") == 0)
            ck_errorf(k, fn->pos, "missing function body");
        else
            s->native = -1;
    }
    VEC_PUSH(ds_of(k)->bodies, fi);
}

/* Is the package being checked the program's `package main`?  (A file of
 * another package is checked as the program's package too, for `build`.) */
static bool is_main_package(Checker *k) {
    if (strcmp(k->pkg->path, "main") != 0) return false;
    File *f = k->pkg->files.len ? k->pkg->files.items[0] : NULL;
    return !f || !f->pkgname || strcmp(f->pkgname, "main") == 0;
}

/* Position of parameter number `index` of signature syntax ft: its name,
 * or its type when unnamed. */
static Pos param_pos(Node *ft, int index) {
    for (int i = 0; i < ft->list.len; i++) {
        Node *f = ft->list.items[i];
        int nn = f->list.len ? f->list.len : 1;
        if (index < nn) return f->list.len ? f->list.items[index]->pos : start_pos(f->x);
        index -= nn;
    }
    return ft->pos;
}

/* `//extern NAME` on a bodyless function: a C function called through
 * libffi.  Its signature must be one vm/ffi.h can marshal; the offending
 * parameter (or the result) is reported with ffi's reason. */
static void extern_func(Checker *k, Node *fn, FuncInfo *fi) {
    fi->extern_name = fn->extern_name;
    Type *sig = fi->sig;
    if (!sig || sig->kind != TY_FUNC) return;
    for (int i = 0; i < sig->nparams; i++)
        if (sig->params[i]->kind == TY_INVALID) return;
    for (int i = 0; i < sig->nresults; i++)
        if (sig->results[i]->kind == TY_INVALID) return;
    int bad = -1;
    const char *why = NULL, *rwhy;
    if (ffi_check_sig(sig, &bad, &why)) return;
    Node *ft = fn->x;
    Pos at = fn->pos;
    if (bad >= 0) {
        at = param_pos(ft, bad);
    } else if (sig->nresults == 1 && !sig->variadic && ft->list2.len == 1 &&
               !ffi_check_type(sig->results[0], &rwhy)) {
        Node *r = ft->list2.items[0];
        at = r->list.len ? r->list.items[0]->pos : start_pos(r->x);
    }
    ck_errorf(k, at, "%s", why ? why : "invalid //extern function signature");
}

static void check_bodies(Checker *k) {
    DeclState2 *d = ds_of(k);
    for (int i = 0; i < d->bodies.len; i++) {
        FuncInfo *fi = d->bodies.items[i];
        Node *fn = fi->decl;
        if (!fn->y) continue;
        ObjInfo *oi = fi->sym ? get_info(k, fi->sym) : NULL;
        Checker save;
        save_ctx(k, &save);
        k->func = fi;
        k->func_node = fn;
        k->scope = fn->scope;
        k->decl_obj = fi->sym && oi ? fi->sym : NULL;
        k->iota = -1;
        if (oi) k->file = oi->file;
        ck_func_body(k, fi, fn->y);
        restore_ctx(k, &save);
    }
    d->bodies.len = 0;
}

/* ---- local declarations ---- */

void ck_local_decl(Checker *k, Node *spec) {
    Compiler *c = C(k);
    switch (spec->kind) {
    case N_CONSTSPEC: {
        int n = spec->list.len;
        Symbol *syms[n + 1];
        for (int i = 0; i < n; i++) {
            Node *id = spec->list.items[i];
            Symbol *s = sym_new(c, SYM_CONST, id->name, NULL);
            s->pos = id->pos;
            s->decl = id;
            s->pkg = k->pkg->path;
            s->used = true;
            id->sym = s;
            int save_iota = k->iota;
            k->iota = (int)spec->iota;
            Node *init = i < spec->list2.len ? spec->list2.items[i] : NULL;
            if (!init) ck_errorf(k, id->pos, "missing init expr for const declaration");
            const_value(k, s, spec->x, init, id->pos);
            k->iota = save_iota;
            id->type = s->type;
            syms[i] = s;
        }
        if (spec->list2.len > n)
            ck_errorf(k, start_pos(spec->list2.items[n]), "extra init expr");
        for (int i = 0; i < n; i++)
            if (syms[i]->name != intern_cstr(c, "_"))
                ck_declare(k, k->scope, syms[i], spec->list.items[i]);
        break;
    }
    case N_VARSPEC: {
        int n = spec->list.len;
        Symbol *syms[n + 1];
        for (int i = 0; i < n; i++) {
            Node *id = spec->list.items[i];
            Symbol *s = sym_new(c, SYM_VAR, id->name, NULL);
            s->pos = id->pos;
            s->decl = id;
            s->pkg = k->pkg->path;
            s->func = k->func;
            id->sym = s;
            syms[i] = s;
        }
        if (spec->list2.len == n && n > 1) {
            /* evaluate each name's value (var a, b = 1, 2) */
            for (int i = 0; i < n; i++) var_decl(k, spec, &syms[i], 1);
        } else {
            var_decl(k, spec, syms, n);
        }
        for (int i = 0; i < n; i++) {
            Node *id = spec->list.items[i];
            id->type = syms[i]->type;
            if (k->func) VEC_PUSH(k->func->locals, syms[i]);
            if (syms[i]->name != intern_cstr(c, "_")) ck_declare(k, k->scope, syms[i], id);
            else syms[i]->used = true;
        }
        break;
    }
    case N_TYPESPEC: {
        Node *idp = arena_alloc(&c->arena, sizeof(Node));
        idp->kind = N_IDENT;
        idp->name = spec->name;
        idp->pos = spec->pos;
        Symbol *s = sym_new(c, SYM_TYPE, spec->name, NULL);
        s->pos = spec->pos;
        s->decl = idp;
        s->pkg = k->pkg->path;
        s->used = true;
        spec->sym = s;
        if (!(spec->flags & NF_ALIAS)) {
            /* the name is in scope in its own definition */
            Type *named = types_named(c, k->pkg->path, k->pkg->name, s->name);
            named->checker_info = s;
            s->type = named;
            if (s->name != intern_cstr(c, "_")) ck_declare(k, k->scope, s, idp);
            Type *rhs = ck_typexpr(k, spec->x);
            s->spelled = ck_spell_texpr(k, spec->x, rhs);
            if (rhs == named) {
                ck_errorf(k, s->pos, "invalid recursive type %s", s->name);
                rhs = k->invalid;
            }
            types_set_underlying(c, named, rhs);
            types_complete_named(c, named);
            spec->type = named;
        } else {
            s->type = ck_typexpr(k, spec->x);
            s->spelled = ck_spell_texpr(k, spec->x, s->type);
            spec->type = s->type;
            if (s->name != intern_cstr(c, "_")) ck_declare(k, k->scope, s, idp);
        }
        break;
    }
    default: break;
    }
}

/* ---- initialization order ---- */

static void var_deps(Checker *k, Symbol *s, Symbol **seen_funcs, int *nseen,
                     Symbol ***out, int *nout, int *cap) {
    ObjInfo *oi = get_info(k, s);
    if (!oi) return;
    for (int i = 0; i < oi->deps.len; i++) {
        Symbol *d = oi->deps.items[i];
        if (d->kind == SYM_VAR) {
            bool have = false;
            for (int j = 0; j < *nout; j++) have |= (*out)[j] == d;
            if (!have) {
                if (*nout == *cap) {
                    *cap = *cap ? *cap * 2 : 16;
                    *out = xrealloc(*out, sizeof(Symbol *) * (size_t)*cap);
                }
                (*out)[(*nout)++] = d;
            }
        } else if (d->kind == SYM_FUNC) {
            bool have = false;
            for (int j = 0; j < *nseen; j++) have |= seen_funcs[j] == d;
            if (have || *nseen >= 4096) continue;
            seen_funcs[(*nseen)++] = d;
            var_deps(k, d, seen_funcs, nseen, out, nout, cap);
        }
    }
}

static void init_order(Checker *k, Package *pkg) {
    VEC(Symbol *) vars = {0};
    for (int i = 0; i < k->pkg_objs.len; i++) {
        Symbol *s = k->pkg_objs.items[i];
        ObjInfo *oi = get_info(k, s);
        if (s->kind == SYM_VAR && oi && oi->pkg == pkg) VEC_PUSH(vars, s);
    }
    int n = vars.len;
    Symbol ***deps = xcalloc((size_t)n + 1, sizeof(Symbol **));
    int *ndeps = xcalloc((size_t)n + 1, sizeof(int));
    Symbol **seen = xmalloc(sizeof(Symbol *) * 4096);
    for (int i = 0; i < n; i++) {
        int nseen = 0, cap = 0;
        var_deps(k, vars.items[i], seen, &nseen, &deps[i], &ndeps[i], &cap);
    }
    bool *done = xcalloc((size_t)n + 1, 1);
    int ndone = 0;
    while (ndone < n) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            if (done[i]) continue;
            bool ready = true;
            for (int j = 0; j < ndeps[i] && ready; j++) {
                Symbol *d = deps[i][j];
                if (d == vars.items[i]) { ready = false; break; }
                for (int q = 0; q < n; q++)
                    if (vars.items[q] == d && !done[q]) ready = false;
            }
            if (ready) pick = i;
        }
        if (pick < 0) {
            for (int i = 0; i < n; i++)
                if (!done[i]) {
                    ck_errorf(k, vars.items[i]->pos, "initialization loop for %s",
                              vars.items[i]->name);
                    break;
                }
            for (int i = 0; i < n; i++)
                if (!done[i]) {
                    done[i] = true;
                    VEC_PUSH(C(k)->globals, vars.items[i]);
                    ndone++;
                }
            break;
        }
        /* a multi-name spec initialized from one tuple: all together */
        Node *spec = vars.items[pick]->spec;
        bool together = spec && spec->list2.len == 1 && spec->list.len > 1;
        for (int i = 0; i < n; i++) {
            if (done[i]) continue;
            if (i == pick || (together && vars.items[i]->spec == spec)) {
                done[i] = true;
                ndone++;
                VEC_PUSH(C(k)->globals, vars.items[i]);
            }
        }
    }
    for (int i = 0; i < n; i++) free(deps[i]);
    free(deps);
    free(ndeps);
    free(seen);
    free(done);
    VEC_FREE(vars);
}

/* ---- unused imports ---- */

static void unused_imports(Checker *k, Package *pkg) {
    for (int i = 0; i < pkg->files.len; i++) {
        File *f = pkg->files.items[i];
        for (int j = 0; j < f->imports.len; j++) {
            Node *imp = f->imports.items[j];
            if (!imp->sym || imp->sym->used) continue;
            Pos p = imp->pos;
            if (imp->name && imp->name != intern_cstr(C(k), "_")) {
                Package *ip = imp->sym->package;
                if (ip && strcmp(ip->name, imp->name) != 0) {
                    ck_errorf(k, p, "imported and not used: \"%s\" as %s", imp->lit,
                              imp->name);
                    continue;
                }
            }
            ck_errorf(k, p, "imported and not used: \"%s\"", imp->lit);
        }
    }
}

/* ---- driver ---- */

static void check_package(Checker *k, Package *pkg) {
    Compiler *c = C(k);
    if (pkg->checked) return;
    pkg->checked = true;
    /* dependencies first */
    for (int i = 0; i < pkg->files.len; i++) {
        File *f = pkg->files.items[i];
        for (int j = 0; j < f->imports.len; j++) {
            Package *p = f->imports.items[j]->lit ? find_package(c, f->imports.items[j]->lit) : NULL;
            if (p && p != pkg) check_package(k, p);
        }
    }
    Checker save;
    save_ctx(k, &save);
    DeclState2 *d = ds_of(k);
    d->methods.len = 0;
    k->pkg = pkg;
    k->glob_closures = 0;
    pkg->scope = scope_new(c, c->universe);
    pkg->scope->is_pkg = true;
    pkg->scope->pkg = pkg;
    int first_obj = k->pkg_objs.len;
    collect(k, pkg);
    for (int i = first_obj; i < k->pkg_objs.len; i++) ck_resolve(k, k->pkg_objs.items[i]);
    if (pkg->files.len) k->file = pkg->files.items[0];
    orphan_methods(k);
    while (d->pending.len) {   /* waiting for a type that never completed */
        Symbol *p = d->pending.items[--d->pending.len];
        set_invalid(k, p->type);
    }
    types_finish_all(c);
    check_bodies(k);
    init_order(k, pkg);
    unused_imports(k, pkg);
    /* a missing func main is no type error: it is reported when a module
     * is generated for `run` (codegen_module), as Go's linker reports it */
    restore_ctx(k, &save);
}

bool check_program(Compiler *c) {
    Checker *k = checker_of(c);
    int errors0 = c->nerrors;
    if (!c->main) {
        Package *m = arena_alloc(&c->arena, sizeof(Package));
        m->path = intern_cstr(c, "main");
        m->name = m->path;
        for (int i = 0; i < c->files.len; i++) VEC_PUSH(m->files, c->files.items[i]);
        c->main = m;
    }
    if (!find_package(c, c->main->path)) {
        VEC_PUSH(c->packages, c->main);
        /* main first */
        for (int i = c->packages.len - 1; i > 0; i--)
            c->packages.items[i] = c->packages.items[i - 1];
        c->packages.items[0] = c->main;
    }
    k->pkg = c->main;
    load_imports(k, c->main);
    check_package(k, c->main);
    types_finish_all(c);
    return c->nerrors == errors0;
}
