/* codegen.c — checked, escape-annotated AST -> bytecode Module: the module
 * tables (constants, strings, types, sites, caches, natives), functions
 * (frames, parameters, results, the defer epilogue), method wrappers and
 * run-time method sets, the entry function (package variable
 * initialisation in c->globals order, init()s, then main.main), and the
 * compiler's public API (cmp_*).
 *
 * Frame of a compiled function (slots of 8 bytes):
 *   [params (receiver first)] [results] [closure ctx] [locals+temps...]
 *   [stack objects (sites in REGION_STACK)]
 * Functions with defer return through one epilogue: RUNDEFERS; load the
 * result variables; RET — which is also where a recovered panic resumes
 * (Function.recover_pc), so deferred closures can set named results.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"
#include "vm/vm.h"

/* ---- module tables ---- */

int const_index(Gen *g, uint64_t v) {
    for (int i = 0; i < g->consts.len; i++)
        if (g->consts.items[i] == v) return i;
    VEC_PUSH(g->consts, v);
    return g->consts.len - 1;
}

int str_index(Gen *g, const char *p, int64_t n) {
    for (int i = 0; i < g->strs.len; i++)
        if (g->strs.items[i].len == n && !memcmp(g->strs.items[i].ptr, p, (size_t)n))
            return i;
    char *copy = arena_alloc(&g->c->arena, (size_t)n + 1);
    memcpy(copy, p, (size_t)n);
    VEC_PUSH(g->strs, ((StrConst){(const uint8_t *)copy, n}));
    return g->strs.len - 1;
}

int type_index(Gen *g, Type *t) {
    if (t->id >= 0 && t->id < g->c->types.len && g->c->types.items[t->id] == t)
        return t->id;
    for (int i = 0; i < g->c->types.len; i++)
        if (g->c->types.items[i] == t) return i;
    t->id = g->c->types.len;
    VEC_PUSH(g->c->types, t);
    return t->id;
}

int cache_index(Gen *g, const char *name) {
    VEC_PUSH(g->caches, ((IfaceCache){.name = name, .func = -1}));
    return g->caches.len - 1;
}

int site_new(Compiler *c, Node *n, int kind, const char *text, Type *t,
             FuncInfo *fn) {
    SiteInfo s = {0};
    if (n) s.pos = n->pos;
    s.kind = kind;
    s.text = text;
    s.region = REGION_HEAP;
    s.type = t;
    s.func = fn;
    s.frame_offset = -1;
    VEC_PUSH(c->sites, s);
    int idx = c->sites.len - 1;
    if (n) n->site = idx, n->region = REGION_HEAP;
    return idx;
}

int nslots(Type *t) {
    int64_t n = type_slots(t);
    return n ? (int)n : 1;
}

/* ---- emitting ---- */

/* Appends an instruction and returns its index.  Two consecutive MOVs
 * become one MOV2 (same order, one dispatch) unless the second may be a
 * jump target: every target is taken with here(), which sets the barrier.
 * Code that edits the last instruction it emitted never emits a MOV. */
int emit(FnGen *f, Opcode op, int a, int b, int c, int d) {
    if (op == OP_MOV && f->code.len > f->barrier) {
        Instr *last = &f->code.items[f->code.len - 1];
        if (last->op == OP_MOV && f->lines.items[f->lines.len - 1] == f->line) {
            last->op = OP_MOV2, last->c = a, last->d = b;
            return f->code.len - 1;
        }
    }
    VEC_PUSH(f->code, ((Instr){(uint16_t)op, 0, a, b, c, d, 0, NULL}));
    VEC_PUSH(f->lines, f->line);
    return f->code.len - 1;
}

int here(FnGen *f) {
    f->barrier = f->code.len;
    return f->code.len;
}

void patch_jump(FnGen *f, int at, int target) {
    Instr *in = &f->code.items[at];
    switch (in->op) {
    case OP_JMP: in->a = target; break;
    case OP_JT: case OP_JF: in->b = target; break;
    case OP_MAPNEXT: case OP_JBEQK: case OP_JBNEK: in->d = target; break;
    default: in->c = target; break;
    }
}

int alloc_regs(FnGen *f, int n) {
    int r = f->top;
    f->top += n;
    if (f->top > f->maxregs) f->maxregs = f->top;
    return r;
}

void release_regs(FnGen *f, int saved) {
    f->top = saved > f->floor ? saved : f->floor;
}

void cg_error(FnGen *f, Pos pos, const char *msg) {
    diag_error(f->g->c, pos, "%s", msg);
}

/* A site used by this function: escape's (n->site) or a new heap one.
 * Stack sites get frame space (fixed up when the function is done). */
int fn_site(FnGen *f, Node *n, int kind, const char *text, Type *t,
            int64_t size) {
    Compiler *c = f->g->c;
    int s = n && n->site >= 0 ? n->site : -1;
    if (s < 0) s = site_new(c, n, kind, text ? text : n ? ast_string(c, n) : "?", t, f->fi);
    SiteInfo *si = &c->sites.items[s];
    if (!si->type && t) si->type = t;
    if (!si->func) si->func = f->fi;
    if (!c->opts.escape) si->region = REGION_HEAP;
    if (size > 0) si->size = size;
    if (si->region == REGION_STACK && si->frame_offset < 0) {
        /* frame space once per site, 8-byte aligned; relative to the end
         * of the registers until finish_function */
        int64_t bytes = size > 0 ? size : si->type ? si->type->size : 0;
        /* Go's tmpBuf for a non-escaping result: 32 bytes (a []rune
         * conversion asks for its 32 runes) */
        if ((si->kind == SITE_CONCAT || si->kind == SITE_CONVSTR) && size <= 0) bytes = 32;
        si->frame_offset = f->obj_bytes;
        si->size = bytes;
        VEC_PUSH(f->obj_sites, s);
        f->obj_bytes += (bytes + 7) & ~7;
    }
    return s;
}

void emit_new(FnGen *f, int reg, int site, bool filled) {
    SiteInfo *si = &f->g->c->sites.items[site];
    int64_t size = si->type ? si->type->size : -1;
    if (si->region != REGION_STACK || size < 0 || size > si->size) {
        emit(f, OP_NEW, reg, site, 0, 0);
        return;
    }
    /* c (the frame offset) is set by cg_finish_function */
    int words = filled && si->type->ptrdata == 0 ? 0 : (int)((size + 7) / 8);
    emit(f, OP_NEWSTK, reg, site, 0, words);
}

/* ---- functions ---- */

int func_index_of(Gen *g, FuncInfo *fi) { return fi->func_index; }

int method_func(Gen *g, Method *m) {
    Node *d = m->decl;
    if (d && d->func) return d->func->func_index;
    return m->func_index;
}

int64_t capture_offset(FuncInfo *fi, int i) {
    int64_t off = 8;
    for (int k = 0; k < i; k++) {
        Symbol *s = fi->captures.items[k];
        off += s->byref || s->region == REGION_HEAP ? 8 : nslots(s->type) * 8;
    }
    return off;
}

int64_t closure_size(FuncInfo *fi) { return capture_offset(fi, fi->captures.len); }

int cg_new_function(Gen *g, const char *name, const char *file, int line) {
    Function fn = {0};
    fn.name = name;
    fn.file = file;
    fn.line = line;
    fn.recover_pc = -1;
    VEC_PUSH(g->funcs, fn);
    return g->funcs.len - 1;
}

void cg_finish_function(FnGen *f, int nparams, int nresults) {
    Function *fn = &f->g->funcs.items[f->index];
    fn->code = f->code.items;
    fn->lines = f->lines.items;
    fn->ncode = f->code.len;
    fn->nregs = f->maxregs ? f->maxregs : 1;
    int64_t base = (int64_t)fn->nregs * 8;
    Compiler *c = f->g->c;
    for (int i = 0; i < f->obj_sites.len; i++)
        c->sites.items[f->obj_sites.items[i]].frame_offset += base;
    fn->frame_slots = fn->nregs + (int)(f->obj_bytes / 8);
    for (int i = 0; i < f->code.len; i++) {
        Instr *in = &f->code.items[i];
        if (in->op == OP_NEWSTK) in->c = (int32_t)c->sites.items[in->b].frame_offset;
    }
    fn->nparams = nparams;
    fn->nresults = nresults;
    VEC_FREE(f->obj_sites);
    for (int i = 0; i < f->branches.len; i++) free(f->branches.items[i]);
    VEC_FREE(f->branches);
    for (int i = 0; i < f->labels.len; i++) VEC_FREE(f->labels.items[i].patches);
    VEC_FREE(f->labels);
    VEC_FREE(f->ret_patches);
    VEC_FREE(f->hoisted);
}

static const char *file_of(Compiler *c, Pos p) {
    if (p.file >= 0 && p.file < c->files.len) return c->files.items[p.file]->path;
    return "?";
}

static void fngen_init(FnGen *f, Gen *g, FuncInfo *fi, int index) {
    memset(f, 0, sizeof *f);
    f->g = g;
    f->fi = fi;
    f->index = index;
    f->ctx = -1;
    f->fallthrough_patch = -1;
}

/* Parameters arrive in slots 0..; variables that must live in memory are
 * given their home here (a heap cell for "moved to heap" ones). */
static void bind_param(FnGen *f, Symbol *s, int slot) {
    s->slot = slot;
    s->has_addr_slot = false;
    if (s->region == REGION_HEAP) {
        Type *t = s->type;
        int site = fn_site(f, NULL, SITE_MOVED,
                           arena_printf(&f->g->c->arena, "moved to heap: %s", s->name),
                           t, -1);
        f->g->c->sites.items[site].pos = s->pos;
        f->g->c->sites.items[site].reason = escape_var_reason(f->g->c, s);
        int cell = alloc_regs(f, 1);
        emit_new(f, cell, site, false);
        store_mem(f, t, cell, 0, slot);
        s->slot = cell;
        f->floor = f->top;
        return;
    }
    cg_addr_slot(f, s);
    f->floor = f->top;
}

static void gen_epilogue(FnGen *f) {
    FuncInfo *fi = f->fi;
    int epi = here(f);
    for (int i = 0; i < f->ret_patches.len; i++) patch_jump(f, f->ret_patches.items[i], epi);
    f->g->funcs.items[f->index].recover_pc = epi;
    emit(f, OP_RUNDEFERS, 0, 0, 0, 0);
    int nres = 0;
    for (int i = 0; i < fi->results.len; i++) nres += nslots(fi->results.items[i]->type);
    int base = alloc_regs(f, nres ? nres : 1), at = base;
    for (int i = 0; i < fi->results.len; i++) {
        Symbol *s = fi->results.items[i];
        LV lv = var_lvalue(f, s);
        lv_load(f, &lv, at);
        at += nslots(s->type);
    }
    emit(f, OP_RET, base, nres, 0, 0);
}

static bool ends_with_return(Node *body) {
    if (!body || body->kind != N_BLOCK || !body->list.len) return false;
    Node *last = body->list.items[body->list.len - 1];
    return last->kind == N_RETURN;
}

static void gen_func(Gen *g, FuncInfo *fi) {
    Node *d = fi->decl;
    Node *body = d->y;
    FnGen f;
    fngen_init(&f, g, fi, fi->func_index);
    f.line = d->pos.line;
    int slot = 0;
    if (fi->recv) slot += nslots(fi->recv->type);
    for (int i = 0; i < fi->params.len; i++) slot += nslots(fi->params.items[i]->type);
    int nparams = slot;
    alloc_regs(&f, nparams);
    f.floor = f.top;
    slot = 0;
    if (fi->recv) {
        bind_param(&f, fi->recv, slot);
        slot += nslots(fi->recv->type);
    }
    for (int i = 0; i < fi->params.len; i++) {
        bind_param(&f, fi->params.items[i], slot);
        slot += nslots(fi->params.items[i]->type);
    }
    if (fi->captures.len || d->kind == N_FUNCLIT) {
        f.ctx = alloc_regs(&f, 1);
        f.floor = f.top;
        emit(&f, OP_GETCTX, f.ctx, 0, 0, 0);
    }
    int nres = 0;
    for (int i = 0; i < fi->results.len; i++) {
        Symbol *s = fi->results.items[i];
        var_declare(&f, s, d->pos);
        /* unnamed results are only read by the defer epilogue */
        bool unnamed = !s->decl;
        if (fi->has_defer || !unnamed || s->region == REGION_HEAP) var_init_zero(&f, s);
        nres += nslots(s->type);
    }
    f.has_defer = fi->has_defer;
    gen_block(&f, body);
    if (!ends_with_return(body)) {
        f.line = d->end.line ? d->end.line : (body ? body->end.line : f.line);
        if (f.has_defer) VEC_PUSH(f.ret_patches, emit(&f, OP_JMP, 0, 0, 0, 0));
        else if (!fi->results.len) emit(&f, OP_RET, 0, 0, 0, 0);
        else {
            /* falling off the end of a function with results: Go rejects it
             * ("missing return") unless the end is unreachable */
            int s = str_index(g, "unreachable: missing return", 27);
            emit(&f, OP_RTERROR, s, 0, 0, 0);
        }
    }
    if (f.has_defer) gen_epilogue(&f);
    cg_finish_function(&f, nparams, nres);
}

/* A native: a stub function that calls it, so it can also be a func value,
 * a method in a method set or a deferred call. */
static void gen_native_stub(Gen *g, FuncInfo *fi) {
    FnGen f;
    fngen_init(&f, g, fi, fi->func_index);
    f.line = fi->decl->pos.line;
    int nargs = 0, nres = 0;
    if (fi->recv) nargs += (int)type_slots(fi->recv->type);
    for (int i = 0; i < fi->params.len; i++) nargs += (int)type_slots(fi->params.items[i]->type);
    for (int i = 0; i < fi->sig->nresults; i++) nres += (int)type_slots(fi->sig->results[i]);
    NativeBinding nb = {fi->qualname, nargs, nres, NULL, false};
    VEC_PUSH(g->natives, nb);
    VEC_PUSH(g->native_stub, fi->func_index);
    int ni = g->natives.len - 1;
    g->native_of[fi->func_index] = ni;
    int pslots = 0;
    if (fi->recv) pslots += nslots(fi->recv->type);
    for (int i = 0; i < fi->params.len; i++) pslots += nslots(fi->params.items[i]->type);
    int n = pslots > nres ? pslots : nres;
    alloc_regs(&f, n ? n : 1);
    emit(&f, OP_CALLNATIVE, ni, 0, nargs, nres);
    emit(&f, OP_RET, 0, nres, 0, 0);
    cg_finish_function(&f, pslots, nres);
}

/* An //extern function: a stub calling C through libffi (bound at load). */
static void gen_extern_stub(Gen *g, FuncInfo *fi) {
    FnGen f;
    fngen_init(&f, g, fi, fi->func_index);
    f.line = fi->decl->pos.line;
    Pos p = fi->decl->pos;
    ExternBinding x = {fi->extern_name, fi->sig, file_of(g->c, p), p.line, p.col, NULL};
    VEC_PUSH(g->externs, x);
    int nargs = 0;
    for (int i = 0; i < fi->params.len; i++) nargs += nslots(fi->params.items[i]->type);
    int nres = fi->sig->nresults ? 1 : 0;
    alloc_regs(&f, nargs > 1 ? nargs : 1);
    emit(&f, OP_CALLFFI, g->externs.len - 1, 0, nargs, nres);
    emit(&f, OP_RET, 0, nres, 0, 0);
    cg_finish_function(&f, nargs, nres);
}

/* Wrapper taking a pointer to the receiver for a value method: used when
 * the method is called through an interface holding a boxed T or a *T. */
int value_method_wrapper(Gen *g, Method *m, Type *recv) {
    for (int i = 0; i < g->wrapped.len; i++)
        if (g->wrapped.items[i] == m) return g->wrapper_index.items[i];
    FuncInfo *target = ((Node *)m->decl)->func;
    int idx = cg_new_function(g, arena_printf(&g->c->arena, "%s-fm", target->qualname),
                           g->funcs.items[target->func_index].file, 0);
    g->funcs.items[idx].is_wrapper = true;
    FnGen f;
    fngen_init(&f, g, target, idx);
    int rs = nslots(recv);
    int aslots = 0, nres = 0;
    for (int i = 0; i < target->params.len; i++) aslots += nslots(target->params.items[i]->type);
    for (int i = 0; i < m->sig->nresults; i++) nres += nslots(m->sig->results[i]);
    alloc_regs(&f, 1 + aslots);
    int base = alloc_regs(&f, (rs + aslots > nres ? rs + aslots : nres));
    /* a nil *T: Go's panicwrap error, not a nil dereference */
    int nonnil = emit(&f, OP_JT, 0, 0, 0, 0);
    const char *tn = recv->name && strchr(recv->name, '.') ? strchr(recv->name, '.') + 1
                     : recv->name ? recv->name : "T";
    const char *msg = arena_printf(&g->c->arena, "value method %s called using nil *%s pointer",
                                   target->qualname, tn);
    emit(&f, OP_RTERROR, str_index(g, msg, (int64_t)strlen(msg)), 1, 0, 0);
    patch_jump(&f, nonnil, here(&f));
    load_mem(&f, recv, base, 0, 0);
    if (aslots) emit(&f, OP_MOVN, base + rs, 1, aslots, 0);
    emit(&f, OP_CALL, target->func_index, base, rs + aslots, 0);
    emit(&f, OP_RET, base, nres, 0, 0);
    cg_finish_function(&f, 1 + aslots, nres);
    VEC_PUSH(g->wrapped, m);
    VEC_PUSH(g->wrapper_index, idx);
    return idx;
}

/* ---- method sets ---- */

static int cmp_impl(const void *a, const void *b) {
    return strcmp(((const MethodImpl *)a)->name, ((const MethodImpl *)b)->name);
}

/* A method promoted through embedded fields: the path walked from the
 * outer struct to the embedded value that has it. */
typedef struct Promo {
    const char *name;
    Method *m;
    Type *owner;          /* named type declaring m */
    int depth;
    int path[8];
    int npath;
    bool ambiguous;
    Type *iface;          /* promoted from an embedded interface field */
    Type *sig;
} Promo;
typedef VEC(Promo) PromoVec;

static void add_promo(PromoVec *v, Promo *p) {
    for (int i = 0; i < v->len; i++) {
        Promo *q = &v->items[i];
        if (strcmp(q->name, p->name)) continue;
        if (q->depth < p->depth) return;
        if (q->depth == p->depth) {
            q->ambiguous = true;
            return;
        }
        *q = *p;
        return;
    }
    VEC_PUSH(*v, *p);
}

/* methods reachable from struct st; `ptr`: the outer value is addressable
 * (method set of *T) or a pointer was walked */
static void collect_promos(Type *st, int depth, int *path, int np, bool ptr,
                           PromoVec *out) {
    if (st->kind != TY_STRUCT || np >= 7 || depth > 6) return;
    for (int i = 0; i < st->nfields; i++) {
        Field *fl = &st->fields[i];
        if (!fl->embedded) continue;
        Type *ft = fl->type;
        bool isptr = ft->kind == TY_POINTER && !ft->name;
        Type *e = isptr ? ft->elem : ft;
        path[np] = i;
        if (e->kind == TY_INTERFACE && !isptr) {
            for (int k = 0; k < e->nfields; k++) {
                Promo p = {e->fields[k].name, NULL, e, depth, {0}, np + 1, false, e,
                           e->fields[k].type};
                memcpy(p.path, path, sizeof(int) * (size_t)(np + 1));
                add_promo(out, &p);
            }
            continue;
        }
        for (int k = 0; k < e->nmethods; k++) {
            Method *m = &e->methods[k];
            if (m->ptr_recv && !(ptr || isptr)) continue;
            if (!m->decl || !((Node *)m->decl)->func) continue;
            Promo p = {m->name, m, e, depth, {0}, np + 1, false, NULL, m->sig};
            memcpy(p.path, path, sizeof(int) * (size_t)(np + 1));
            add_promo(out, &p);
        }
        collect_promos(e, depth + 1, path, np + 1, ptr || isptr, out);
    }
}

/* wrapper: receives a pointer to the outer struct (the struct itself when
 * `direct`: an interface holds a one-pointer struct as its data word),
 * walks to the embedded value and calls the promoted method */
static int promo_wrapper(Gen *g, Type *outer, Promo *p, bool direct) {
    const char *file = "?";
    FuncInfo *target = p->m ? ((Node *)p->m->decl)->func : NULL;
    if (target) file = g->funcs.items[target->func_index].file;
    int idx = cg_new_function(g, arena_printf(&g->c->arena, "%s.%s", outer->str ? outer->str : "?", p->name),
                              file, 0);
    g->funcs.items[idx].is_wrapper = true;
    FnGen f;
    fngen_init(&f, g, target, idx);
    Type *sig = p->sig;
    int aslots = 0, nres = 0;
    for (int i = 0; i < sig->nparams; i++) aslots += nslots(sig->params[i]);
    for (int i = 0; i < sig->nresults; i++) nres += nslots(sig->results[i]);
    alloc_regs(&f, 1 + aslots);
    int ptr = alloc_regs(&f, 1);
    if (direct) emit(&f, OP_ADDRL, ptr, 0, 0, 0);  /* &r0: the value's slot */
    else emit(&f, OP_MOV, ptr, 0, 0, 0);
    Type *cur = outer;
    for (int i = 0; i < p->npath; i++) {
        Field *fl = &cur->fields[p->path[i]];
        bool isptr = fl->type->kind == TY_POINTER && !fl->type->name;
        if (isptr) {
            emit(&f, OP_LD64, ptr, ptr, (int)fl->offset, 0);
            cur = fl->type->elem;
        } else {
            if (fl->offset) emit(&f, OP_ADDK, ptr, ptr, (int)fl->offset, 0);
            cur = fl->type;
        }
    }
    if (p->iface) {
        int iv = alloc_regs(&f, 2);
        emit(&f, OP_LDN, iv, ptr, 0, 16);
        int base = alloc_regs(&f, 1 + aslots > nres ? 1 + aslots : (nres ? nres : 1));
        if (aslots) emit(&f, OP_MOVN, base + 1, 1, aslots, 0);
        emit(&f, OP_CALLIFACE, iv, base, 1 + aslots, cache_index(g, p->name));
        emit(&f, OP_RET, base, nres, 0, 0);
        cg_finish_function(&f, 1 + aslots, nres);
        return idx;
    }
    int rs = p->m->ptr_recv ? 1 : nslots(p->owner);
    int base = alloc_regs(&f, rs + aslots > nres ? rs + aslots : (nres ? nres : 1));
    if (p->m->ptr_recv) emit(&f, OP_MOV, base, ptr, 0, 0);
    else load_mem(&f, p->owner, base, ptr, 0);
    if (aslots) emit(&f, OP_MOVN, base + rs, 1, aslots, 0);
    emit(&f, OP_CALL, target->func_index, base, rs + aslots, 0);
    emit(&f, OP_RET, base, nres, 0, 0);
    cg_finish_function(&f, 1 + aslots, nres);
    return idx;
}

static void build_mset(Gen *g, Type *t) {
    Type *named = t->kind == TY_POINTER && !t->name ? t->elem : t;
    bool ptr = named != t;
    if (!named || t->mset || named->kind == TY_INTERFACE) return;
    PromoVec promos = {0};
    if (named->kind == TY_STRUCT) {
        int path[8];
        collect_promos(named, 1, path, 0, ptr, &promos);
    }
    if (!named->nmethods && !promos.len) return;
    MethodImpl *ms = arena_alloc(&g->c->arena, sizeof(MethodImpl) * (size_t)(named->nmethods + promos.len + 1));
    int n = 0;
    for (int i = 0; i < named->nmethods; i++) {
        Method *m = &named->methods[i];
        if (!m->decl || !((Node *)m->decl)->func) continue;
        int fi = method_func(g, m);
        if (m->ptr_recv) {
            if (!ptr) continue;
        } else if (ptr || !type_is_direct_iface(named)) {
            fi = value_method_wrapper(g, m, named);
        }
        ms[n++] = (MethodImpl){m->name, m->sig, fi};
    }
    for (int i = 0; i < promos.len; i++) {
        Promo *p = &promos.items[i];
        if (p->ambiguous) continue;
        bool shadowed = false;
        for (int k = 0; k < named->nmethods; k++) shadowed |= !strcmp(named->methods[k].name, p->name);
        if (shadowed) continue;
        ms[n++] = (MethodImpl){p->name, p->sig,
                               promo_wrapper(g, named, p, !ptr && type_is_direct_iface(named))};
    }
    VEC_FREE(promos);
    if (!n) return;
    qsort(ms, (size_t)n, sizeof *ms, cmp_impl);
    MethodSet *set = arena_alloc(&g->c->arena, sizeof *set);
    set->methods = ms;
    set->n = n;
    t->mset = set;
}

/* ---- the entry function: globals in init order, init()s, main.main ---- */

typedef struct GlobalInit {
    Symbol *sym;
    Node *spec;
    int index;
} GlobalInit;

static Node *find_spec(Compiler *c, Symbol *s, int *index) {
    for (int f = 0; f < c->files.len; f++) {
        File *file = c->files.items[f];
        for (int i = 0; i < file->decls.len; i++) {
            Node *d = file->decls.items[i];
            if (d->kind != N_VARSPEC) continue;
            for (int k = 0; k < d->list.len; k++)
                if (d->list.items[k]->sym == s) return *index = k, d;
        }
    }
    return NULL;
}

static void gen_entry(Gen *g, FuncInfo *main_fi) {
    Compiler *c = g->c;
    int idx = cg_new_function(g, "runtime.main", file_of(c, (Pos){0, 0, 0}), 0);
    g->funcs.items[idx].is_wrapper = true;
    FnGen f;
    fngen_init(&f, g, main_fi, idx);
    VEC(Node *) done = {0};
    for (int i = 0; i < c->globals.len; i++) {
        Symbol *s = c->globals.items[i];
        int k;
        Node *spec = find_spec(c, s, &k);
        if (!spec || !spec->list2.len) continue;
        bool seen = false;
        for (int j = 0; j < done.len; j++) seen |= done.items[j] == spec;
        if (seen) continue;
        f.line = spec->pos.line;
        int saved = f.top;
        if (spec->list2.len == spec->list.len) {
            Node *id = spec->list.items[k];
            if (!strcmp(id->name, "_")) {
                gen_expr(&f, spec->list2.items[k], -1);
            } else {
                LV lv = gen_lvalue(&f, id);
                Node *init = spec->list2.items[k];
                while (init->kind == N_PAREN) init = init->x;
                if (init->kind == N_COMPOSITE && lv.kind == LV_MEM &&
                    (init->type->kind == TY_STRUCT || init->type->kind == TY_ARRAY)) {
                    /* globals start zeroed: fill in place (a 100 MB
                     * array literal must not pass through registers) */
                    cg_fill_composite(&f, init, &lv);
                } else {
                    int r = gen_expr(&f, spec->list2.items[k], -1);
                    lv_store(&f, &lv, r);
                }
            }
        } else {
            VEC_PUSH(done, spec);
            /* a call, or a comma-ok form (value then ok) */
            Node *call = spec->list2.items[0], *conv = NULL;
            while (call->kind == N_PAREN) call = call->x;
            if (call->kind == N_CONVIFACE) conv = call, call = call->x;
            while (call->kind == N_PAREN) call = call->x;
            int r = call->kind == N_CALL ? gen_call(&f, call, -1) : gen_expr(&f, call, -1);
            Type *tt = call->type;
            int at = r;
            for (int j = 0; j < spec->list.len; j++) {
                Type *et = tt->kind == TY_TUPLE ? tt->fields[j].type
                           : j == 0           ? tt
                                              : types_basic(c, TY_BOOL);
                Node *id = spec->list.items[j];
                if (strcmp(id->name, "_")) {
                    LV lv = gen_lvalue(&f, id);
                    int v = cg_assign_conv(&f, et, lv.t, at, j == 0 ? conv : NULL, id->pos);
                    lv_store(&f, &lv, v);
                }
                at += nslots(et);
            }
        }
        release_regs(&f, saved);
    }
    VEC_FREE(done);
    /* init() functions: imported packages first */
    for (int p = c->packages.len - 1; p >= 0; p--) {
        Package *pkg = c->packages.items[p];
        const char *prefix = arena_printf(&c->arena, "%s.init.", pkg->path);
        for (int i = 0; i < c->funcs.len; i++) {
            FuncInfo *fi = c->funcs.items[i];
            if (fi->decl->kind != N_FUNCDECL || fi->decl->z || !fi->decl->y ||
                !fi->qualname || strncmp(fi->qualname, prefix, strlen(prefix)))
                continue;
            int base = alloc_regs(&f, 1);
            emit(&f, OP_CALL, fi->func_index, base, 0, 0);
            release_regs(&f, base);
        }
    }
    int base = alloc_regs(&f, 1);
    emit(&f, OP_CALL, main_fi->func_index, base, 0, 0);
    emit(&f, OP_RET, 0, 0, 0, 0);
    cg_finish_function(&f, 0, 0);
}

/* ---- the module ---- */

static FuncInfo *find_main(Compiler *c) {
    for (int i = 0; i < c->funcs.len; i++) {
        FuncInfo *fi = c->funcs.items[i];
        if (fi->decl->kind == N_FUNCDECL && !fi->decl->z && fi->sym &&
            fi->sym->pkg && !strcmp(fi->sym->pkg, "main") &&
            !strcmp(fi->decl->name, "main"))
            return fi;
    }
    return NULL;
}

static void assign_globals(Gen *g) {
    Compiler *c = g->c;
    int64_t off = 0;
    for (int i = 0; i < c->globals.len; i++) {
        Symbol *s = c->globals.items[i];
        int64_t a = s->type->align > 0 ? s->type->align : 1;
        off = (off + a - 1) / a * a;
        s->slot = (int)off;
        off += s->type->size;
    }
    g->globals_size = (off + 7) & ~7;
}

struct Module *codegen_module(Compiler *c) {
    Gen *g = arena_alloc(&c->arena, sizeof *g);
    g->c = c;
    /* as `go run` says it (the go command's check of the package clause,
     * or the linker's missing main): no position */
    const char *pkg = c->files.len ? c->files.items[0]->pkgname : NULL;
    FuncInfo *main_fi = find_main(c);
    if (pkg && strcmp(pkg, "main") != 0) {
        diag_error(c, (Pos){0, 0, 0},
                   "package command-line-arguments is not a main package");
        return NULL;
    }
    if (!main_fi) {
        diag_error(c, (Pos){0, 0, 0}, "runtime.main_main\u00b7f: function "
                   "main is undeclared in the main package");
        return NULL;
    }
    for (int i = 0; i < c->funcs.len; i++) {
        FuncInfo *fi = c->funcs.items[i];
        Pos p = fi->decl->pos;
        fi->func_index = cg_new_function(g, fi->qualname ? fi->qualname : "?", file_of(c, p), p.line);
    }
    g->nfunc_infos = c->funcs.len;
    g->native_of = arena_alloc(&c->arena, sizeof(int) * (size_t)(c->funcs.len + 1));
    for (int i = 0; i < c->funcs.len; i++) g->native_of[i] = -1;
    assign_globals(g);
    for (int i = 0; i < c->funcs.len; i++) {
        FuncInfo *fi = c->funcs.items[i];
        if (!fi->decl->y) {
            if (fi->extern_name) gen_extern_stub(g, fi);
            else gen_native_stub(g, fi);
        }
    }
    for (int i = 0; i < c->funcs.len; i++) {
        FuncInfo *fi = c->funcs.items[i];
        if (fi->decl->y) gen_func(g, fi);
    }
    gen_entry(g, main_fi);
    int ntypes = c->types.len;
    for (int i = 0; i < ntypes; i++) build_mset(g, c->types.items[i]);
    if (c->nerrors) return NULL;

    Module *m = arena_alloc(&c->arena, sizeof *m);
    m->nfuncs = g->funcs.len;
    m->funcs = arena_alloc(&c->arena, sizeof(Function) * (size_t)(m->nfuncs + 1));
    memcpy(m->funcs, g->funcs.items, sizeof(Function) * (size_t)m->nfuncs);
    for (int i = 0; i < m->nfuncs; i++) {
        Function *fn = &m->funcs[i];
        /* 32-byte aligned (arena blocks are 16-byte aligned): with
         * 32-byte instructions none straddles a 64-byte cache line */
        char *raw = arena_alloc(&c->arena, sizeof(Instr) * (size_t)(fn->ncode + 1) + 16);
        Instr *code = (Instr *)(((uintptr_t)raw + 31) & ~(uintptr_t)31);
        int32_t *lines = arena_alloc(&c->arena, sizeof(int32_t) * (size_t)(fn->ncode + 1));
        if (fn->ncode) {
            memcpy(code, fn->code, sizeof(Instr) * (size_t)fn->ncode);
            memcpy(lines, fn->lines, sizeof(int32_t) * (size_t)fn->ncode);
        }
        free(fn->code);
        free(fn->lines);
        fn->code = code;
        fn->lines = lines;
    }
    m->nconsts = g->consts.len;
    m->consts = arena_alloc(&c->arena, sizeof(uint64_t) * (size_t)(m->nconsts + 1));
    if (m->nconsts) memcpy(m->consts, g->consts.items, sizeof(uint64_t) * (size_t)m->nconsts);
    m->nstrs = g->strs.len;
    m->strs = arena_alloc(&c->arena, sizeof(StrConst) * (size_t)(m->nstrs + 1));
    if (m->nstrs) memcpy(m->strs, g->strs.items, sizeof(StrConst) * (size_t)m->nstrs);
    m->ntypes = c->types.len;
    m->types = c->types.items;
    m->ncaches = g->caches.len;
    m->caches = arena_alloc(&c->arena, sizeof(IfaceCache) * (size_t)(m->ncaches + 1));
    if (m->ncaches) memcpy(m->caches, g->caches.items, sizeof(IfaceCache) * (size_t)m->ncaches);
    m->nnatives = g->natives.len;
    m->natives = arena_alloc(&c->arena, sizeof(NativeBinding) * (size_t)(m->nnatives + 1));
    if (m->nnatives) memcpy(m->natives, g->natives.items, sizeof(NativeBinding) * (size_t)m->nnatives);
    m->nexterns = g->externs.len;
    m->externs = arena_alloc(&c->arena, sizeof(ExternBinding) * (size_t)(m->nexterns + 1));
    if (m->nexterns) memcpy(m->externs, g->externs.items, sizeof(ExternBinding) * (size_t)m->nexterns);
    VEC_FREE(g->externs);
    m->nsites = c->sites.len;
    m->sites = arena_alloc(&c->arena, sizeof(Site) * (size_t)(m->nsites + 1));
    for (int i = 0; i < m->nsites; i++) {
        SiteInfo *si = &c->sites.items[i];
        Site *s = &m->sites[i];
        s->file = file_of(c, si->pos);
        s->line = si->pos.line;
        s->col = si->pos.col;
        s->kind = (SiteKind)si->kind;
        s->text = si->text;
        s->region = si->region;
        s->reason = si->reason;
        s->type = si->type;
        s->size = si->size > 0 ? si->size : si->type ? si->type->size : 0;
        s->func = si->func ? si->func->func_index : -1;
        s->frame_offset = si->region == REGION_STACK ? si->frame_offset : -1;
        s->constant = si->constant;
    }
    m->globals_size = g->globals_size;
    m->entry = m->nfuncs - 1;
    for (int i = 0; i < m->nfuncs; i++)
        if (!strcmp(m->funcs[i].name, "runtime.main")) m->entry = i;
    m->main_file = c->files.len ? c->files.items[0]->path : "?";
    VEC_FREE(g->funcs);
    VEC_FREE(g->consts);
    VEC_FREE(g->strs);
    VEC_FREE(g->caches);
    VEC_FREE(g->natives);
    VEC_FREE(g->native_stub);
    VEC_FREE(g->wrapped);
    VEC_FREE(g->wrapper_index);
#ifndef NDEBUG
    if (vm_verify_module(m, stderr)) {
        diag_error(c, (Pos){0, 0, 0}, "internal error: bytecode verification failed");
        return NULL;
    }
#endif
    return m;
}

/* ---- public API ---- */

CompileOptions cmp_default_options(void) {
    CompileOptions o = {0};
    o.escape = true;
    o.stack_alloc_max = 65535;
    o.m_out = stdout;
    return o;
}

Compiler *cmp_new(const CompileOptions *opts) {
    Compiler *c = xcalloc(1, sizeof *c);
    arena_init(&c->arena);
    c->opts = opts ? *opts : cmp_default_options();
    if (!c->opts.m_out) c->opts.m_out = stdout;
    return c;
}

void cmp_free(Compiler *c) {
    if (!c) return;
    check_free(c);
    VEC_FREE(c->files);
    VEC_FREE(c->packages);
    VEC_FREE(c->diags);
    VEC_FREE(c->funcs);
    VEC_FREE(c->globals);
    VEC_FREE(c->types);
    VEC_FREE(c->sites);
    arena_free(&c->arena);
    free(c);
}

/* The largest source file compiled: positions are 32-bit line and column
 * numbers, and the tree of a file costs a few times its size. */
enum { MAX_SOURCE = 64 << 20 };

/* Front end on a source buffer (copied into the arena, NUL-terminated). */
static bool front_end_source(Compiler *c, const char *path, const char *src,
                             size_t len, FILE *err) {
    if (len > MAX_SOURCE) {
        fprintf(err, "%s: source file too large (%zu bytes; the limit is %d)\n",
                path, len, MAX_SOURCE);
        c->nerrors++;
        return false;
    }
    char *copy = arena_alloc(&c->arena, len + 1);
    memcpy(copy, src, len);
    copy[len] = 0;
    parse_file(c, path, copy, len);
    /* only syntax errors stop before type checking (internal.h): the
     * parser's other errors are printed with the checker's, sorted */
    if (diag_syntax_errors(c)) {
        diag_print(c, err);
        return false;
    }
    if (!check_program(c) || c->nerrors) {
        diag_print(c, err);
        return false;
    }
    escape_analyse(c);
    return true;
}

static bool front_end(Compiler *c, const char *path, FILE *err) {
    size_t len;
    char *src = util_read_file(path, &len, MAX_SOURCE);
    if (!src) {
        fprintf(err, "open %s: no such file or directory\n", path);
        c->nerrors++;
        return false;
    }
    bool ok = front_end_source(c, path, src, len, err);
    free(src);
    return ok;
}

static struct Module *back_end(Compiler *c, FILE *err) {
    struct Module *m = codegen_module(c);
    if (!m || c->nerrors) {
        diag_print(c, err);
        return NULL;
    }
    return m;
}

/* ---- the compiler's own stack ----
 * Every phase walks the syntax tree recursively.  The parser bounds nesting
 * at 10,000 levels (parse.c, MAX_NEST); the checker, escape analysis and
 * codegen then need up to tens of MB of C stack for the deepest allowed
 * tree (measured: ~32 MB for 10,000 nested `if`s in the -O2 build,
 * several times more under ASan), more than the main thread's 8 MB.  So
 * the public entry points run the compilation on a thread of their own,
 * with COMPILER_STACK bytes reserved (the kernel commits only the pages
 * touched), and let the parser use a quarter of it: MAX_NEST is then the
 * only limit a program can reach, in every build.  If the thread cannot be
 * created, the compilation runs on the caller's stack with the parser's
 * default budget (nesting errors come sooner). */
enum { COMPILER_STACK = 1 << 30 };

typedef struct Job {
    Compiler *c;
    const char *path, *src;
    size_t len;
    FILE *err;
    bool from_source, check_only;
    struct Module *m;
    bool ok;
} Job;

static void *run_job(void *arg) {
    Job *j = arg;
    j->ok = j->from_source ? front_end_source(j->c, j->path, j->src, j->len, j->err)
                           : front_end(j->c, j->path, j->err);
    if (j->ok && !j->check_only) j->m = back_end(j->c, j->err);
    return NULL;
}

static void run_on_big_stack(Job *j) {
    pthread_attr_t attr;
    pthread_t t;
    bool started = false;
    if (!pthread_attr_init(&attr)) {
        if (!pthread_attr_setstacksize(&attr, COMPILER_STACK)) {
            j->c->stack_budget = COMPILER_STACK / 4;
            started = !pthread_create(&t, &attr, run_job, j);
        }
        pthread_attr_destroy(&attr);
    }
    if (started) {
        pthread_join(t, NULL);
    } else {
        j->c->stack_budget = 0;
        run_job(j);
    }
    j->c->stack_budget = 0;
}

struct Module *cmp_compile(Compiler *c, const char *path, FILE *err) {
    Job j = {.c = c, .path = path, .err = err};
    run_on_big_stack(&j);
    return j.m;
}

struct Module *cmp_compile_source(Compiler *c, const char *path,
                                  const char *src, size_t len, FILE *err) {
    Job j = {.c = c, .path = path, .src = src, .len = len, .err = err,
             .from_source = true};
    run_on_big_stack(&j);
    return j.m;
}

bool cmp_check(Compiler *c, const char *path, FILE *err) {
    Job j = {.c = c, .path = path, .err = err, .check_only = true};
    run_on_big_stack(&j);
    return j.ok;
}
