/* vm.c — the VM around the dispatch loop: loading a module (binding natives,
 * globals, static closures, the main goroutine's stack), running it, the
 * services natives and the loop call (allocation, output, run-time errors,
 * method lookup, equality), nested calls from C into Go, and the way a
 * program dies (panic messages, stack overflow, os.Exit).
 *
 * Invariants:
 *  - program stdout is buffered in vm->out and flushed before anything is
 *    written to stderr and at exit, so interleaving matches Go's unbuffered
 *    writes as seen on separate streams;
 *  - every root the collector needs is reachable from vm_roots: globals,
 *    each goroutine's stack up to its top frame, defer records, panic
 *    values, natives' result buffers and explicit roots;
 *  - the longjmp out of a native is taken only here and in interp.c's
 *    call_native. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "trace/trace.h"
#include "vm/ffi.h"
#include "vm/rt.h"
#include "vm/vm_internal.h"

VMOptions vm_default_options(void) {
    VMOptions o = {0};
    o.stack_limit = 8388608;
    o.max_goroutines = 1000000;
    o.gogc = 100;
    o.out = stdout;
    o.err = stderr;
    return o;
}

/* ---- output ---- */

/* The running goroutine's call stack for the pprof sink, innermost first
 * (as the traceback walks it: wrappers skipped, a panic's deferred calls
 * continue in the frame that panicked). */
static int trace_stack(VM *vm, uint64_t *fp, TraceFrame *st) {
    const Instr *ip = vm->cur && vm->cur->fp == fp ? vm->cur->ip : NULL;
    int n = 0;
    while (fp && n < TRACE_MAX_STACK) {
        FrameHdr *h = frame_hdr(fp);
        const Function *fn = h->fn;
        if (!fn->is_wrapper)
            st[n++] = (TraceFrame){fn->name, fn->file,
                                   ip ? vm_frame_line(fn, ip) : fn->line};
        ip = h->ret_ip;
        fp = h->ret_fp;
        if (ip == &vm->panic_cont && fp) ip = frame_hdr(fp)->fn->code + h->caller_pc;
        if (ip == &vm->halt) break;
    }
    return n;
}

void vm_trace_alloc(VM *vm, uint64_t *fp, int site, int region, size_t size) {
    const Function *fn = fp ? frame_hdr(fp)->fn : NULL;
    int64_t gid = vm->cur ? vm->cur->id : 1;
    if (fp && vm->trace_stacks) {
        TraceFrame st[TRACE_MAX_STACK];
        int n = trace_stack(vm, fp, st);
        trace_alloc_stack(vm->tracer, site, region, (int64_t)size, gid, st, n);
        return;
    }
    trace_alloc(vm->tracer, site, region, (int64_t)size, gid, fn ? fn->name : NULL);
}

/* A heap block allocated outside an allocation opcode: attributed to the
 * site the opcode named (vm->alloc_site), else to a pseudo-site. */
static void trace_heap(VM *vm, size_t size) {
    int site = vm->alloc_site;
    if (!vm->alloc_hold) vm->alloc_site = vm->m->nsites + TSITE_RUNTIME;
    uint64_t *fp = vm->cur ? vm->cur->fp : NULL;
    vm_trace_alloc(vm, fp, site, 1, size);
}

static void pseudo_site(TraceSite *t, const char *kind, const char *text,
                        const char *reason) {
    t->file = "runtime";
    t->text = text;
    t->kind = kind;
    t->region = 1;
    t->reason = reason;
}

TraceSite *vm_trace_sites(const Module *m, int *n) {
    TraceSite *ts = xcalloc((size_t)m->nsites + TSITE_COUNT + 1, sizeof *ts);
    for (int i = 0; i < m->nsites; i++) {
        const Site *s = &m->sites[i];
        ts[i].file = s->file;
        ts[i].line = s->line;
        ts[i].col = s->col;
        ts[i].text = s->text;
        ts[i].kind = trace_kind_name(s->kind);
        ts[i].region = s->region;
        ts[i].reason = s->reason;
        ts[i].type_name = s->type ? vm_type_string(s->type) : NULL;
        if ((s->kind == SITE_MAKESLICE || s->kind == SITE_APPEND) && s->type) {
            const char *e = vm_type_string(s->type);
            char *tn = xmalloc(strlen(e) + 3);
            strcpy(tn, "[]");
            strcat(tn, e);
            ts[i].type_name = tn;
        }
        ts[i].func = s->func >= 0 && s->func < m->nfuncs ? m->funcs[s->func].name : NULL;
    }
    pseudo_site(&ts[m->nsites + TSITE_RUNTIME], "runtime",
                "(runtime library)", "allocated by a library function");
    pseudo_site(&ts[m->nsites + TSITE_MAPGROW], "mapgrow", "(map growth)",
                "map table grows on insertion");
    *n = m->nsites + TSITE_COUNT;
    return ts;
}

uint64_t vm_gc_cycles(VM *vm) {
    HeapStats st;
    gc_stats(vm->heap, &st);
    return st.num_gc;
}

void vm_flush(VM *vm) {
    if (vm->tracer) trace_flush(vm->tracer);
    if (vm->out.len) {
        fwrite(vm->out.data, 1, vm->out.len, vm->opts.out);
        buf_clear(&vm->out);
    }
    fflush(vm->opts.out);
}

void vm_write(VM *vm, int fd, const void *p, size_t n) {
    if (fd == 1) {
        buf_put(&vm->out, p, n);
        if (vm->out.len >= 1 << 16) vm_flush(vm);
        return;
    }
    vm_flush(vm);
    fwrite(p, 1, n, vm->opts.err);
    fflush(vm->opts.err);
}

_Noreturn void vm_exit(VM *vm, int code) {
    vm_flush(vm);
    if (vm->tracer) {
        TraceTotals tt = {.gc_cycles = vm_gc_cycles(vm), .exit_status = code};
        trace_finish(vm->tracer, &tt);
    }
    fflush(vm->opts.err);
    if (vm->opts.exit_hook) vm->opts.exit_hook(vm->opts.exit_arg, code);
    exit(code);
}

/* A `go` statement past opts.max_goroutines live goroutines: modelled on
 * Go's "program exceeds 10000-thread limit" (Go itself has no goroutine
 * cap; it runs out of memory instead, later and less clearly). */
_Noreturn void vm_goroutine_exhaustion(VM *vm, Goroutine *g) {
    Buf b = {0};
    buf_printf(&b, "runtime: program exceeds %lld-goroutine limit\n",
               (long long)vm->opts.max_goroutines);
    buf_puts(&b, "fatal error: goroutine exhaustion\n");
    if (g && g->fp) {
        buf_printf(&b, "\ngoroutine %d [running]:\n", g->id);
        vm_traceback(vm, &b, g->fp, g->ip);
    }
    vm_write(vm, 2, b.data, b.len);
    buf_free(&b);
    vm_exit(vm, 2);
}

/* The driver's signal handler set *opts.interrupt: die by that signal, as
 * a Go program does, but at a point where the trace is consistent — every
 * event written whole, then the summary (exit status 128+sig in it). */
_Noreturn void vm_interrupted(VM *vm, int sig) {
    vm_flush(vm);
    if (vm->tracer) {
        TraceTotals tt = {.gc_cycles = vm_gc_cycles(vm), .exit_status = 128 + sig};
        trace_finish(vm->tracer, &tt);
    }
    fflush(vm->opts.err);
    if (vm->opts.exit_hook) vm->opts.exit_hook(vm->opts.exit_arg, 128 + sig);
    signal(sig, SIG_DFL);
    raise(sig);
    exit(128 + sig);
}

/* Charges `n` steps to the instruction budget (--max-steps); past it the
 * program dies. */
void vm_charge_steps(VM *vm, Goroutine *g, uint64_t n) {
    if (vm->opts.interrupt && *vm->opts.interrupt)
        vm_interrupted(vm, *vm->opts.interrupt);
    vm->steps += n;
    if (!vm->opts.max_steps || vm->steps <= vm->opts.max_steps) return;
    Buf b = {0};
    buf_printf(&b, "fatal error: instruction budget exceeded (--max-steps=%llu)\n",
               (unsigned long long)vm->opts.max_steps);
    buf_printf(&b, "\ngoroutine %d [running]:\n", g->id);
    vm_traceback(vm, &b, g->fp, g->ip);
    vm_write(vm, 2, b.data, b.len);
    buf_free(&b);
    vm_exit(vm, 2);
}

/* ---- heap ---- */

static void mark_goroutine(Heap *h, Goroutine *g) {
    if (g->fp) {
        const Function *fn = frame_hdr(g->fp)->fn;
        gc_mark_range(h, g->stack_lo, (char *)(g->fp + fn->frame_slots));
    }
    for (Defer *d = g->defers; d; d = d->next) {
        gc_mark_ptr(h, d->closure);
        gc_mark_range(h, d->args, d->args + d->nargs);
    }
    for (Panic *p = g->panics; p; p = p->next) {
        gc_mark_ptr(h, p->value.type);
        gc_mark_ptr(h, p->value.data);
    }
}

static void vm_roots(Heap *h, void *owner) {
    VM *vm = owner;
    if (vm->m->globals_size)
        gc_mark_range(h, vm->globals, vm->globals + vm->m->globals_size);
    for (Goroutine *g = vm->all_g; g; g = g->all_next) mark_goroutine(h, g);
    for (NativeCtx *c = vm->nctx; c; c = c->parent) {
        if (c->res) gc_mark_range(h, c->res, c->res + c->nres);
        for (int i = 0; i < c->roots.len; i++) gc_mark_ptr(h, c->roots.items[i]);
    }
    for (int i = 0; i < vm->temp_roots.len; i++)
        gc_mark_ptr(h, vm->temp_roots.items[i]);
}

/* --max-heap reached: Go's mheap.grow failure (runtime/mheap.go), whose
 * first line names the block it could not get and the bytes in use. */
_Noreturn static void out_of_memory(VM *vm, size_t size) {
    HeapStats st;
    gc_stats(vm->heap, &st);
    char msg[128];
    snprintf(msg, sizeof msg,
             "runtime: out of memory: cannot allocate %zu-byte block (%llu in use)\n",
             gc_rounded_size(size), (unsigned long long)st.heap_sys);
    vm_write(vm, 2, msg, strlen(msg));
    if (vm->cur) vm_throw(vm, vm->cur, "out of memory");
    vm_write(vm, 2, "fatal error: out of memory\n", 27);
    vm_exit(vm, 2);
}

/* gc_alloc's flags for an object of `size` bytes of *elem (cleared when
 * the object needs no type to be scanned) */
/* Go's Type.SoleComponent: through structs of one field and arrays of one
 * element, the type inside (NULL when there is more than one) */
static const Type *sole_component(const Type *t) {
    if (t->kind == TY_STRUCT) return t->nfields == 1 ? sole_component(t->fields[0].type) : NULL;
    if (t->kind == TY_ARRAY) return t->len == 1 ? sole_component(t->elem) : NULL;
    return t;
}

/* enum ConvT for a type boxed into an interface (see vm_internal.h) */
static int convt_class(const Type *t) {
    if (!t) return CONVT_ALLOC;
    if (t->kind == TY_BOOL || (type_is_integer(t) && t->size == 1)) return CONVT_BYTE;
    if (t->size == 2 && t->align == 2) return CONVT_16;
    if (t->size == 4 && t->align == 4 && !t->ptrdata) return CONVT_32;
    if (t->size == 8 && t->align == 8 && !t->ptrdata) return CONVT_64;
    const Type *sc = sole_component(t);
    if (sc && sc->kind == TY_STRING) return CONVT_STRING;
    if (sc && sc->kind == TY_SLICE) return CONVT_SLICE;
    return CONVT_ALLOC;
}

static unsigned alloc_flags(size_t size, const Type **elem, bool has_pointers) {
    if (*elem && (int64_t)size < (*elem)->size) *elem = NULL, has_pointers = true;
    if (!*elem) return has_pointers ? GC_CONSERVATIVE : GC_NOSCAN;
    if (!(*elem)->ptrdata) {
        *elem = NULL;
        return GC_NOSCAN;
    }
    return 0;
}

static inline void *heap_alloc(VM *vm, size_t size, const Type *elem,
                               bool has_pointers) {
    if (!size) return &vm->zerobase;  /* Go's zerobase: no allocation */
    unsigned flags = alloc_flags(size, &elem, has_pointers);
    if (vm->tracer) trace_heap(vm, size);
    void *p = gc_alloc(vm->heap, size ? size : 1, elem, flags);
    if (!p) out_of_memory(vm, size);
    return p;
}

void *vm_alloc(VM *vm, size_t size, const Type *elem, bool has_pointers) {
    return heap_alloc(vm, size, elem, has_pointers);
}

/* (natives return many short strings: Itoa's digits, a word; no calls
 * besides the allocator's for those) */
GoString vm_string(VM *vm, const void *p, size_t n) {
    if (!n) return (GoString){NULL, 0};
    uint8_t *q = heap_alloc(vm, n, NULL, false);
    const uint8_t *s = p;
    if (n <= 8) {
        for (size_t i = 0; i < n; i++) q[i] = s[i];
    } else {
        memcpy(q, p, n);
    }
    return (GoString){q, (int64_t)n};
}

/* Go's string(b) (the runtime's slicebytetostring): empty is "", and one
 * byte points into staticuint64s without allocating; longer ones copy. */
GoString vm_bytes_string(VM *vm, const void *p, size_t n) {
    if (n == 1) return (GoString){vm_static_byte(vm, *(const uint8_t *)p), 1};
    return vm_string(vm, p, n);
}

/* Blocks a map allocates are rooted until the map operation ends (the
 * loop truncates temp_roots back), since the map may hold a fresh block
 * only in C locals while it allocates the next. */
static void *map_env_alloc(void *ud, size_t size, bool has_pointers) {
    VM *vm = ud;
    /* not inside make(map): the table grows (branch-free: vm_alloc's test
     * of vm->tracer stays the only branch when tracing is off) */
    vm->alloc_site = vm->alloc_hold ? vm->alloc_site : vm->m->nsites + TSITE_MAPGROW;
    void *p = vm_alloc(vm, size, NULL, has_pointers);
    VEC_PUSH(vm->temp_roots, p);
    return p;
}

static void map_env_panic(void *ud, const char *msg) {
    VM *vm = ud;
    NativeCtx *c = vm->nctx;
    if (vm->map_jb) {
        vm->map_panic = vm_rt_error(vm, RT_PLAIN, msg);
        longjmp(*vm->map_jb, 1);
    }
    if (c) native_panic_runtime(c, msg);
    vm_flush(vm);
    fprintf(vm->opts.err, "panic: %s\n", msg);
    vm_exit(vm, 2);
}

void *vm_map_make(VM *vm, const Site *s, int64_t hint) {
    if (hint < 0) hint = 0;
    return map_new(s->type, hint, &vm->map_env);
}

/* ---- types ---- */

const char *vm_type_string(Type *t) {
    if (!t) return "nil";
    if (t->str) return t->str;
    Buf b = {0};
    rt_type_string(&b, t);
    t->str = b.data ? b.data : xstrdup("");  /* cached for the module's life */
    return t->str;
}

/* Types the VM makes itself live in vm->arena, freed by vm_free. */
static Type *new_basic(VM *vm, TypeKind k, const char *name, int64_t size) {
    Type *t = arena_alloc(&vm->arena, sizeof *t);
    t->kind = k;
    t->size = size;
    t->align = (int32_t)(size > 8 ? 8 : size ? size : 1);
    t->name = name;
    t->pkg = "";
    t->underlying = t;
    t->str = name;
    t->comparable = true;
    return t;
}

static Type *rt_error_type(VM *vm, const char *name) {
    Type *t = new_basic(vm, TY_STRING, name, 16);
    t->pkg = "runtime";
    t->ptrdata = 8;
    MethodSet *ms = arena_alloc(&vm->arena, sizeof *ms);
    ms->methods = arena_alloc(&vm->arena, 2 * sizeof(MethodImpl));
    ms->methods[0] = (MethodImpl){"Error", NULL, -2};
    ms->methods[1] = (MethodImpl){"RuntimeError", NULL, -3};
    ms->n = 2;
    t->mset = ms;
    return t;
}

GoIface vm_rt_error(VM *vm, enum RtKind kind, const char *msg) {
    Type *t = kind == RT_PLAIN    ? vm->rt_plain_type
              : kind == RT_ASSERT ? vm->rt_assert_type
              : kind == RT_BOUNDS ? vm->rt_bounds_type
                                  : vm->rt_error_type;
    Buf b = {0};
    if (kind == RT_ERROR || kind == RT_BOUNDS) buf_puts(&b, "runtime error: ");
    buf_puts(&b, msg);
    GoString *box = vm_alloc(vm, sizeof(GoString), NULL, true);
    VEC_PUSH(vm->temp_roots, box);
    *box = vm_string(vm, b.data, b.len);
    vm->temp_roots.len--;
    buf_free(&b);
    return (GoIface){t, box};
}

int vm_find_method(VM *vm, Type *t, const char *name) {
    MethodSet *ms = t->mset;
    if (!ms) return -1;
    int lo = 0, hi = ms->n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(ms->methods[mid].name, name);
        if (!c) return ms->methods[mid].func;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

static bool same_sig(Type *a, Type *b) {
    if (!a || !b || a == b) return true;
    return !strcmp(vm_type_string(a), vm_type_string(b));
}

bool vm_implements(VM *vm, Type *t, Type *iface) {
    MethodSet *ms = t->mset;
    int j = 0;
    for (int i = 0; i < iface->nfields; i++) {
        const char *name = iface->fields[i].name;
        while (ms && j < ms->n && strcmp(ms->methods[j].name, name) < 0) j++;
        if (!ms || j >= ms->n || strcmp(ms->methods[j].name, name) ||
            !same_sig(ms->methods[j].sig, iface->fields[i].type)) {
            vm->missing_method = name;
            return false;
        }
    }
    return true;
}

bool vm_equal(VM *vm, const void *a, const void *b, Type *t, bool *bad) {
    switch (t->kind) {
    case TY_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len &&
               (!x->len || !memcmp(x->ptr, y->ptr, (size_t)x->len));
    }
    case TY_FLOAT32: return *(const float *)a == *(const float *)b;
    case TY_FLOAT64: return *(const double *)a == *(const double *)b;
    case TY_INTERFACE: {
        const GoIface *x = a, *y = b;
        if (x->type != y->type) return false;
        if (!x->type) return true;
        if (!x->type->comparable) {
            vm->bad_type = vm_type_string(x->type);
            *bad = true;
            return false;
        }
        if (type_is_direct_iface(x->type)) return x->data == y->data;
        return vm_equal(vm, x->data, y->data, x->type, bad);
    }
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (f->name && !strcmp(f->name, "_")) continue;
            if (!vm_equal(vm, (const char *)a + f->offset,
                          (const char *)b + f->offset, f->type, bad))
                return false;
        }
        return true;
    case TY_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            if (!vm_equal(vm, (const char *)a + i * t->elem->size,
                          (const char *)b + i * t->elem->size, t->elem, bad))
                return false;
        return true;
    case TY_SLICE: case TY_MAP: case TY_FUNC:
        vm->bad_type = vm_type_string(t);
        *bad = true;
        return false;
    default:
        return !memcmp(a, b, (size_t)t->size);
    }
}

/* ---- nested calls (natives calling Go) ---- */

int vm_call(VM *vm, Goroutine *g, int fi, void *closure, const uint64_t *args,
            int nargs, uint64_t *res, int nres) {
    const Function *callee = &vm->m->funcs[fi];
    uint64_t *old_fp = g->fp;
    const Instr *old_ip = g->ip;
    uint64_t *nfp = old_fp ? old_fp + frame_hdr(old_fp)->fn->frame_slots + HDR_SLOTS
                           : (uint64_t *)g->stack_lo + HDR_SLOTS;
    if ((char *)(nfp + callee->frame_slots) > g->limit)
        vm_stack_overflow(vm, g, callee);
    FrameHdr *h = frame_hdr(nfp);
    h->ret_ip = &vm->halt;
    h->ret_fp = old_fp;
    h->fn = callee;
    h->closure = closure;
    h->res = res;
    h->flags = 0;
    /* where the caller stands, for tracebacks through this nested call */
    const Function *cf = old_fp ? frame_hdr(old_fp)->fn : NULL;
    h->caller_pc = cf && old_ip >= cf->code && old_ip <= cf->code + cf->ncode
                       ? (uint32_t)(old_ip - cf->code) : 0;
    memcpy(nfp, args, (size_t)nargs * 8);
    uint64_t *old_base = g->base_fp;
    g->fp = nfp;
    g->ip = callee->code;
    g->base_fp = nfp;
    int st = vm_interp(vm, g);
    (void)nres;
    g->panic_fp = g->fp;
    g->panic_ip = g->ip;
    g->fp = old_fp;
    g->ip = old_ip;
    g->base_fp = old_base;
    return st;
}

/* ---- dying ---- */

static bool call_string_method(VM *vm, Goroutine *g, Type *t, void *data,
                               const char *name, GoString *out) {
    int fi = vm_find_method(vm, t, name);
    if (fi == -2) return *out = *(GoString *)data, true;
    if (fi < 0) return false;
    const Function *f = &vm->m->funcs[fi];
    if (f->nresults != 2) return false;
    uint64_t arg = (uint64_t)(uintptr_t)data, res[2] = {0, 0};
    Panic *saved = g->panics;
    Defer *saved_d = g->defers;
    g->panics = NULL;
    g->defers = NULL;
    int st = vm_call(vm, g, fi, NULL, &arg, 1, res, 2);
    g->panics = saved;
    g->defers = saved_d;
    if (st != RUN_OK) return false;
    memcpy(out, res, sizeof *out);
    return true;
}

static void panic_value_string(VM *vm, Goroutine *g, Buf *b, GoIface v) {
    Type *t = v.type;
    GoString s;
    if (!t) return buf_puts(b, "nil");
    if (call_string_method(vm, g, t, v.data, "Error", &s) ||
        call_string_method(vm, g, t, v.data, "String", &s)) {
        buf_put(b, s.ptr, (size_t)s.len);
        return;
    }
    const void *p = type_is_direct_iface(t) ? (void *)&v.data : v.data;
    bool named = t->name && t->pkg && t->pkg[0];
    if (t->kind <= TY_STRING && t->kind != TY_INVALID) {
        if (named) buf_printf(b, "%s(", vm_type_string(t));
        if (t->kind == TY_STRING && named) {
            const GoString *gs = p;
            buf_putc(b, '"');
            buf_put(b, gs->ptr, (size_t)gs->len);
            buf_putc(b, '"');
        } else {
            rt_print_value(b, t, p);
        }
        if (named) buf_putc(b, ')');
        return;
    }
    buf_printf(b, "(%s) %p", vm_type_string(t), v.data);
}

static void print_panics(VM *vm, Goroutine *g, Buf *b, Panic *p) {
    if (!p) return;
    print_panics(vm, g, b, p->next);
    if (p->next) buf_putc(b, '\t');
    buf_puts(b, "panic: ");
    panic_value_string(vm, g, b, p->value);
    if (p->recovered) buf_puts(b, " [recovered]");
    buf_putc(b, '\n');
}

int vm_frame_line(const Function *fn, const Instr *ip) {
    if (ip <= fn->code || ip > fn->code + fn->ncode || !fn->lines) return fn->line;
    return fn->lines[ip - fn->code - 1];
}

/* Go 1.19's rule (runtime/traceback.go traceback1): at most
 * _TracebackMaxFrames = 100 frames from the top, then
 * "...additional frames elided..." (the bottom frames are not shown). */
enum { TRACEBACK_MAX_FRAMES = 100 };

static void print_frame(Buf *b, const Function *fn, int line) {
    buf_printf(b, "%s(%s)\n\t%s:%d +0x0\n", fn->name, fn->nparams ? "..." : "",
               fn->file ? fn->file : "?", line);
}

/* the frames from fp down, after `n` already printed */
static void traceback_from(VM *vm, Buf *b, uint64_t *fp, const Instr *ip, int n) {
    while (fp) {
        FrameHdr *h = frame_hdr(fp);
        const Function *fn = h->fn;
        if (!fn->is_wrapper) {
            if (n == TRACEBACK_MAX_FRAMES) {
                buf_puts(b, "...additional frames elided...\n");
                return;
            }
            print_frame(b, fn, vm_frame_line(fn, ip));
            n++;
        }
        ip = h->ret_ip;
        fp = h->ret_fp;
        if (ip == &vm->panic_cont && fp) {
            buf_puts(b, "panic({...})\n\truntime/panic.go:0 +0x0\n");
            ip = frame_hdr(fp)->fn->code + h->caller_pc;
        } else if (ip == &vm->halt && fp && h->caller_pc) {
            ip = frame_hdr(fp)->fn->code + h->caller_pc;   /* vm_call */
        }
    }
}

void vm_traceback(VM *vm, Buf *b, uint64_t *fp, const Instr *ip) {
    traceback_from(vm, b, fp, ip, 0);
}

int vm_fatal_panic(VM *vm, Goroutine *g) {
    Buf b = {0};
    uint64_t *fp = g->panic_fp;
    const Instr *ip = g->panic_ip;
    g->fp = fp, g->ip = ip;  /* nested Error() calls go above these frames */
    print_panics(vm, g, &b, g->panics);  /* may run Error() methods */
    g->panic_fp = fp, g->panic_ip = ip;
    Panic *last = g->panics;
    if (last && last->sigsegv)
        buf_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    buf_printf(&b, "\ngoroutine %d [running]:\n", g->id);
    vm_traceback(vm, &b, fp, ip);
    vm_created_by(vm, &b, g);
    vm_write(vm, 2, b.data, b.len);
    buf_free(&b);
    return 2;
}

/* "created by main.main\n\tFILE:LINE +0x0" for a goroutine started by a
 * go statement (Go prints it below the frames of every goroutine but the
 * main one). */
void vm_created_by(VM *vm, Buf *b, Goroutine *g) {
    (void)vm;
    if (!g->go_fn) return;
    buf_printf(b, "created by %s\n\t%s:%d +0x0\n", g->go_fn->name,
               g->go_fn->file ? g->go_fn->file : "?", g->go_line);
}

/* Go's runtime.throw: "fatal error: msg", the goroutine's traceback, exit
 * 2; deferred calls do not run and recover cannot stop it. */
_Noreturn void vm_throw(VM *vm, Goroutine *g, const char *msg) {
    Buf b = {0};
    buf_printf(&b, "fatal error: %s\n\ngoroutine %d [running]:\n", msg, g->id);
    vm_traceback(vm, &b, g->fp, g->ip);
    vm_created_by(vm, &b, g);
    vm_write(vm, 2, b.data, b.len);
    buf_free(&b);
    vm_exit(vm, 2);
}

_Noreturn void vm_stack_overflow(VM *vm, Goroutine *g, const Function *callee) {
    Buf b = {0};
    buf_printf(&b, "runtime: goroutine stack exceeds %zu-byte limit\n",
               vm->opts.stack_limit);
    buf_printf(&b, "runtime: sp=%p stack=[%p, %p]\n", (void *)g->fp,
               (void *)g->stack_lo, (void *)g->limit);
    buf_puts(&b, "fatal error: stack overflow\n\nruntime stack:\n");
    buf_printf(&b, "\ngoroutine %d [running]:\n", g->id);
    /* as Go's morestack: the callee is the top frame, at its first line */
    print_frame(&b, callee, callee->line);
    traceback_from(vm, &b, g->fp, g->ip, 1);
    vm_created_by(vm, &b, g);
    vm_write(vm, 2, b.data, b.len);
    buf_free(&b);
    vm_exit(vm, 2);
}

/* ---- loading ---- */

static Type *find_type(Module *m, const char *str) {
    for (int i = 0; i < m->ntypes; i++) {
        Type *t = m->types[i];
        if (t && (t->name ? !strcmp(t->name, str) : !strcmp(vm_type_string(t), str)))
            return t;
    }
    return NULL;
}

static void init_native_types(VM *vm) {
    static const char *const names[NT_COUNT] = {
        "bool", "int", "int32", "int64", "uint8", "uint64", "float64",
        "string", "[]uint8", "[]string", "error", "[]int",
    };
    static const TypeKind kinds[] = {TY_BOOL, TY_INT, TY_INT32, TY_INT64,
                                     TY_UINT8, TY_UINT64, TY_FLOAT64, TY_STRING};
    static const int64_t sizes[] = {1, 8, 4, 8, 1, 8, 8, 16};
    for (int i = 0; i < NT_COUNT; i++) {
        Type *t = find_type(vm->m, names[i]);
        if (!t && i <= NT_STRING) t = new_basic(vm, kinds[i], names[i], sizes[i]);
        if (!t && (i == NT_BYTES || i == NT_STRINGS || i == NT_INTS)) {
            Type *e = vm->native_types[i == NT_BYTES ? NT_UINT8 : i == NT_INTS ? NT_INT : NT_STRING];
            t = new_basic(vm, TY_SLICE, NULL, 24);
            t->str = names[i];
            t->elem = e;
            t->comparable = false;
            t->ptrdata = 8;
        }
        if (!t && i == NT_ERROR) {
            t = new_basic(vm, TY_INTERFACE, "error", 16);
            t->ptrdata = 16;
        }
        vm->native_types[i] = t;
    }
    vm->string_type = vm->native_types[NT_STRING];
}

static bool bind_natives(VM *vm) {
    Module *m = vm->m;
    for (int i = 0; i < m->nnatives; i++) {
        NativeBinding *nb = &m->natives[i];
        nb->fn = NULL;
        for (const NativeEntry *e = vm_natives; e->name; e++)
            if (!strcmp(e->name, nb->name)) {
                nb->fn = (void *)e->fn;
                nb->leaf = e->leaf;
                break;
            }
        if (!nb->fn) {
            fprintf(stderr, "gosub: internal error: no native implementation of %s\n",
                    nb->name);
            return false;
        }
    }
    return true;
}

static void gc_cycle_traced(void *tracer, uint64_t before, uint64_t live) {
    trace_gc_cycle(tracer, before, live);
}

VM *vm_new(Module *m, const VMOptions *opts) {
    VM *vm = xcalloc(1, sizeof *vm);
    vm->m = m;
    vm->opts = *opts;
    if (!vm->opts.stack_limit) vm->opts.stack_limit = 8388608;
    if (!vm->opts.out) vm->opts.out = stdout;
    if (!vm->opts.err) vm->opts.err = stderr;
    if (!bind_natives(vm)) {
        free(vm);
        return NULL;
    }
    HeapOptions ho = {.gogc = opts->gogc, .gctrace = opts->gctrace,
                      .stress = opts->gc_stress, .max_heap = opts->max_heap,
                      .trace_out = vm->opts.err};
    if (opts->tracer) ho.on_cycle = gc_cycle_traced, ho.cycle_ud = opts->tracer;
    vm->heap = gc_new(&ho, vm_roots, vm);
    for (int i = 0; i < 256; i++) vm->staticuint64s[i] = (uint64_t)i;
    vm->convt = xcalloc((size_t)m->ntypes + 1, 1);
    for (int i = 0; i < m->ntypes; i++) vm->convt[i] = (uint8_t)convt_class(m->types[i]);
    vm->site_static = xcalloc((size_t)m->nsites + 1, sizeof(void *));
    /* the allocator's fast path per heap site (interp.c): NEW and BOX
     * allocate s->type, CLOSURE s->size bytes scanned conservatively */
    vm->site_class = xcalloc((size_t)m->nsites + 1, sizeof(GcClass));
    for (int i = 0; i < m->nsites; i++) {
        const Site *s = &m->sites[i];
        const Type *t = s->type;
        vm->site_class[i].spanclass = -1;
        if (s->region == 0 /* stack */) continue;
        if (s->kind == SITE_CLOSURE || s->kind == SITE_METHODVAL) {
            if (s->size <= 0) continue;
            t = NULL;
            unsigned fl = alloc_flags((size_t)s->size, &t, true);
            vm->site_class[i] = gc_prepare((size_t)s->size, t, fl);
            continue;
        }
        if (!t || t->size <= 0) continue;
        unsigned fl = alloc_flags((size_t)t->size, &t, t->ptrdata > 0);
        vm->site_class[i] = gc_prepare((size_t)s->type->size, t, fl);
    }
    vm->tracer = opts->tracer;
    vm->alloc_site = m->nsites + TSITE_RUNTIME;
    vm->trace_stacks = vm->tracer && trace_wants_stack(vm->tracer);
    vm->globals = xcalloc(1, (size_t)m->globals_size + 8);
    vm->static_closures = xcalloc((size_t)m->nfuncs + 1, sizeof(uint64_t));
    for (int i = 0; i < m->nfuncs; i++)
        vm->static_closures[i] = (uint64_t)(uintptr_t)&m->funcs[i];
    vm->rt_error_type = rt_error_type(vm, "runtime.Error");
    vm->rt_plain_type = rt_error_type(vm, "runtime.plainError");
    vm->rt_assert_type = rt_error_type(vm, "*runtime.TypeAssertionError");
    vm->rt_bounds_type = rt_error_type(vm, "runtime.boundsError");
    vm->panic_cont.op = OP_PANICCONT;
    vm->halt.op = OP_HALT;
    vm_thread_code(vm);
    vm->map_env = (MapEnv){map_env_alloc, map_env_panic, vm};
    init_native_types(vm);
    vm->rng = 0x9E3779B97F4A7C15ull;
    vm->main_g = vm_new_goroutine(vm);
    vm->cur = vm->main_g;
    return vm;
}

int vm_run(VM *vm) {
    Goroutine *g = vm->main_g;
    const Function *entry = &vm->m->funcs[vm->m->entry];
    uint64_t *fp = (uint64_t *)g->stack_lo + HDR_SLOTS;
    if ((char *)(fp + entry->frame_slots) > g->limit) vm_stack_overflow(vm, g, entry);
    FrameHdr *h = frame_hdr(fp);
    h->ret_ip = &vm->halt;
    h->ret_fp = NULL;
    h->fn = entry;
    h->closure = NULL;
    h->res = fp;
    h->flags = 0;
    g->fp = g->base_fp = fp;
    g->ip = entry->code;
    vm_ready(vm, g);
    int code = vm_schedule(vm);
    vm_flush(vm);
    return code;
}

void vm_free(VM *vm) {
    if (!vm) return;
    if (vm->heap) gc_free(vm->heap);
    vm_free_stacks(vm);
    free(vm->globals);
    free(vm->static_closures);
    free(vm->site_class);
    free(vm->convt);
    for (int i = 0; i < vm->m->nsites; i++) free(vm->site_static[i]);
    free(vm->site_static);
    buf_free(&vm->out);
    VEC_FREE(vm->temp_roots);
    arena_free(&vm->arena);
    free(vm);
}

/* ---- foreign functions ---- */

FfiLibs *vm_bind_externs(Module *m, const char *const *libs, int nlibs,
                         FILE *err) {
    FfiLibs *fl = ffi_libs_new();
    for (int i = 0; i < nlibs; i++) {
        char *e = NULL;
        if (!ffi_libs_open(fl, libs[i], &e)) {
            fprintf(err, "gosub: %s\n", e ? e : "cannot load library");
            free(e);
            ffi_libs_free(fl);
            return NULL;
        }
    }
    for (int i = 0; i < m->nexterns; i++) {
        ExternBinding *x = &m->externs[i];
        char *e = NULL;
        x->fn = ffi_bind(fl, x->symbol, x->sig, &e);
        if (!x->fn) {
            fprintf(err, "%s:%d:%d: %s\n", x->file, x->line, x->col, e ? e : "cannot bind");
            free(e);
            vm_unbind_externs(m, fl);
            return NULL;
        }
    }
    return fl;
}

void vm_unbind_externs(Module *m, FfiLibs *libs) {
    for (int i = 0; i < m->nexterns; i++) {
        if (m->externs[i].fn) ffi_func_free(m->externs[i].fn);
        m->externs[i].fn = NULL;
    }
    ffi_libs_free(libs);
}

/* ---- native services (native.h) ---- */

void *native_alloc(NativeCtx *ctx, size_t size, const Type *elem,
                   bool has_pointers) {
    return vm_alloc(ctx->vm, size, elem, has_pointers);
}

GoString native_string(NativeCtx *ctx, const void *p, size_t n) {
    return vm_string(ctx->vm, p, n);
}

GoString native_bytes_string(NativeCtx *ctx, const void *p, size_t n) {
    return vm_bytes_string(ctx->vm, p, n);
}

void native_root(NativeCtx *ctx, void *obj) { VEC_PUSH(ctx->roots, obj); }

_Noreturn void native_panic_value(NativeCtx *ctx, GoIface v) {
    ASSERT(ctx->jb, "a native marked leaf in natives.c panics");
    ctx->panic_value = v;
    longjmp(*ctx->jb, RUN_PANIC);
}

_Noreturn void native_panic_runtime(NativeCtx *ctx, const char *msg) {
    /* msg is the whole Error() text */
    native_panic_value(ctx, vm_rt_error(ctx->vm, RT_PLAIN, msg));
}

_Noreturn void native_panic_nil(NativeCtx *ctx) {
    GoIface v = vm_rt_error(ctx->vm, RT_ERROR,
                            "invalid memory address or nil pointer dereference");
    ctx->vm->sigsegv_pending = true;
    native_panic_value(ctx, v);
}

_Noreturn void native_panic_string(NativeCtx *ctx, const char *msg) {
    GoString *box = vm_alloc(ctx->vm, sizeof(GoString), NULL, true);
    native_root(ctx, box);
    *box = vm_string(ctx->vm, msg, strlen(msg));
    native_panic_value(ctx, (GoIface){ctx->vm->string_type, box});
}

int64_t native_write(NativeCtx *ctx, int fd, const void *p, size_t n) {
    vm_write(ctx->vm, fd, p, n);
    return (int64_t)n;
}

bool native_call_method0(NativeCtx *ctx, Type *t, void *data,
                         const char *name, uint64_t *res) {
    VM *vm = ctx->vm;
    int fi = vm_find_method(vm, t, name);
    if (fi == -2) {
        memcpy(res, data, 16);
        return true;
    }
    if (fi < 0) return false;
    uint64_t arg = (uint64_t)(uintptr_t)data;
    const Function *f = &vm->m->funcs[fi];
    int st = vm_call(vm, ctx->g, fi, NULL, &arg, 1, res, f->nresults);
    if (st != RUN_OK) longjmp(*ctx->jb, RUN_PANIC_INFLIGHT);
    return true;
}

/* Like native_call_method0, but a panic inside the method is caught
 * (fmt's %!v(PANIC=String method: ...)): the method runs with the
 * goroutine's own panics and defers set aside, so its defers run and its
 * panic stops at the nested call's base; the panic value (rooted for the
 * rest of the native) is handed back and its records freed. */
int native_call_method0_catch(NativeCtx *ctx, Type *t, void *data,
                              const char *name, uint64_t *res,
                              GoIface *panic_val) {
    VM *vm = ctx->vm;
    Goroutine *g = ctx->g;
    int fi = vm_find_method(vm, t, name);
    if (fi == -2) {
        memcpy(res, data, 16);
        return 1;
    }
    if (fi < 0) return 0;
    uint64_t arg = (uint64_t)(uintptr_t)data;
    const Function *f = &vm->m->funcs[fi];
    Panic *saved = g->panics;
    Defer *saved_d = g->defers;
    g->panics = NULL;
    g->defers = NULL;
    int st = vm_call(vm, g, fi, NULL, &arg, 1, res, f->nresults);
    if (st == RUN_OK) {
        g->panics = saved;
        g->defers = saved_d;
        return 1;
    }
    *panic_val = g->panics ? g->panics->value : (GoIface){NULL, NULL};
    native_root(ctx, panic_val->type);
    native_root(ctx, panic_val->data);
    while (g->panics) {
        Panic *p = g->panics;
        g->panics = p->next;
        free(p);
    }
    while (g->defers) {   /* defers left by frames the panic abandoned */
        Defer *d = g->defers;
        g->defers = d->next;
        free(d);
    }
    g->panics = saved;
    g->defers = saved_d;
    return -1;
}

Type *native_type(NativeCtx *ctx, NativeType which) {
    return ctx->vm->native_types[which];
}

_Noreturn void native_exit(NativeCtx *ctx, int code) { vm_exit(ctx->vm, code); }

_Noreturn void native_fatal(NativeCtx *ctx, const char *msg) {
    vm_throw(ctx->vm, ctx->g, msg);
}

char **native_args(NativeCtx *ctx, int *argc) {
    *argc = ctx->vm->opts.argc;
    return ctx->vm->opts.argv;
}
