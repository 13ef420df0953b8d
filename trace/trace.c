/* trace.c — the Tracer: lifecycle, the hot path, per-site aggregation.
 *
 * Every event goes through two steps: count it (always), then hand it to
 * the sink (unless --trace-summary).  Counting is a hash-map lookup keyed
 * by xxHash of the (site, region) pair, with a direct-mapped cache in
 * front (one int per site and region): only the first event of each
 * (site, region) hashes.  (A one-entry cache was not enough: binarytrees
 * alternates between two sites.)  Memory: one AggRow per distinct (site,
 * region) and two ints per site, whatever the number of events.
 *
 * Cost with tracing on, --trace-summary: an indexed load, a few adds and a
 * size-class lookup; the first time a (site, region) is seen, one XXH3 of
 * 8 bytes and a probe.  Text and JSON add one
 * formatted line to the buffer; the buffer is written every flush_bytes. */
#include <string.h>

#include "gc/gc.h"
#include "trace/internal.h"

static const char *const kind_names[] = {
    "new", "composite", "makeslice", "makemap", "makechan", "closure",
    "moved", "conviface", "append", "concat", "convstr", "methodval",
    "slicelit", "maplit", "go",
};

const char *trace_kind_name(int k) {
    int n = (int)(sizeof kind_names / sizeof kind_names[0]);
    return k >= 0 && k < n ? kind_names[k] : "?";
}

void trace_default_options(TraceOptions *o) {
    memset(o, 0, sizeof *o);
    o->format = TRACE_TEXT;
    o->line_buffered = -1;
}

Tracer *trace_new(const TraceOptions *o, const TraceSite *sites, int nsites,
                  char *err, size_t errlen) {
    Tracer *t = xcalloc(1, sizeof *t);
    t->opt = *o;
    t->sites = sites;
    t->nsites = nsites;
    t->row_cache = xmalloc(((size_t)nsites + 1) * 2 * sizeof *t->row_cache);
    memset(t->row_cache, 0xff, ((size_t)nsites + 1) * 2 * sizeof *t->row_cache);
    if (!out_open(&t->out, o, err, errlen)) {
        free(t);
        return NULL;
    }
    keymap_init(&t->agg_map);
    if (o->format == TRACE_PPROF) t->pprof = pprof_new(o->program);
    return t;
}

/* ---- aggregation ---- */

static int agg_find(Tracer *t, int site, int region) {
    int64_t key = (int64_t)site * 2 + region;
    uint64_t h = util_hash(&key, sizeof key, 0);
    int i = keymap_get(&t->agg_map, &key, sizeof key, h);
    if (i >= 0) return i;
    AggRow r = {site, region, 0, 0};
    VEC_PUSH(t->agg, r);
    keymap_put(&t->agg_map, &key, sizeof key, h, t->agg.len - 1);
    return t->agg.len - 1;
}

static void count(Tracer *t, int site, int region, int64_t size) {
    int *slot = &t->row_cache[(site + 1) * 2 + region];
    int i = *slot;
    if (i < 0) i = *slot = agg_find(t, site, region);
    t->agg.items[i].count++;
    t->agg.items[i].bytes += (uint64_t)size;
    t->objects[region]++;
    t->bytes[region] += (uint64_t)size;
    if (region != TRACE_HEAP) return;
    if (size != t->last_size)
        t->last_size = size, t->last_rounded = gc_rounded_size((size_t)size);
    t->heap_rounded += t->last_rounded;
}

void trace_gc_cycle(Tracer *t, uint64_t heap_before, uint64_t heap_live) {
    if (t->gc.len >= TRACE_MAX_GC) return;
    TraceGcCycle c = {t->seq, heap_before, heap_live};
    VEC_PUSH(t->gc, c);
}

/* ---- the hot path ---- */

static void to_pprof(Tracer *t, int site, int region, int64_t size,
                     const char *func, const TraceFrame *stack, int n) {
    if (region != TRACE_HEAP && !t->opt.pprof_stack) return;
    const TraceSite *s = trace_site(t, site);
    TraceFrame one;
    if (n <= 0) {    /* no stack given: the allocating frame only */
        one.func = func ? func : s && s->func ? s->func : "?";
        one.file = s ? s->file : "?";
        one.line = s ? s->line : 0;
        stack = &one;
        n = 1;
    }
    if (n > TRACE_MAX_STACK) n = TRACE_MAX_STACK;
    pprof_add(t->pprof, site, s, region, size, stack, n);
}

static void event(Tracer *t, int site, int region, int64_t size,
                  int64_t gid, const char *func, const TraceFrame *stack,
                  int nstack) {
    if ((unsigned)site >= (unsigned)t->nsites) site = -1;   /* no site */
    t->seq++;
    count(t, site, region, size);
    if (t->opt.summary_only || t->finished) return;
    switch (t->opt.format) {
    case TRACE_TEXT: sink_text_alloc(t, site, region, size, gid, func); break;
    case TRACE_JSON: sink_json_alloc(t, site, region, size, gid, func); break;
    case TRACE_PPROF:
        to_pprof(t, site, region, size, func, stack, nstack);
        return;
    }
    out_maybe_flush(&t->out);
}

void trace_alloc(Tracer *t, int site, int region, int64_t size,
                 int64_t goroutine, const char *func) {
    region = region == TRACE_HEAP;
    event(t, site, region, size, goroutine, func, NULL, 0);
}

bool trace_wants_stack(const Tracer *t) {
    return t->pprof != NULL && !t->opt.summary_only;
}

void trace_alloc_stack(Tracer *t, int site, int region, int64_t size,
                       int64_t goroutine, const TraceFrame *stack,
                       int nstack) {
    region = region == TRACE_HEAP;
    const char *func = nstack > 0 ? stack[0].func : NULL;
    event(t, site, region, size, goroutine, func, stack, nstack);
}

void trace_goroutine(Tracer *t, int site, int64_t parent, const char *func,
                     int64_t child, const char *entry, int64_t stack_bytes) {
    t->seq++;
    t->goroutines++;
    if (t->opt.summary_only || t->finished) return;
    if (t->opt.format == TRACE_TEXT)
        sink_text_go(t, site, parent, func, child, entry, stack_bytes);
    else if (t->opt.format == TRACE_JSON)
        sink_json_go(t, site, parent, func, child, entry, stack_bytes);
    out_maybe_flush(&t->out);
}

/* ---- flushing and the end ---- */

static void pprof_write(Tracer *t, bool final) {
    Buf b = {0};
    pprof_encode(t->pprof, &b);
    if (!out_rewrite(&t->out, b.data, b.len) && final) {
        buf_put(&t->out.buf, b.data, b.len);   /* a pipe: write it once */
        out_flush(&t->out);
    }
    buf_free(&b);
}

void trace_flush(Tracer *t) {
    if (!t || t->finished) return;
    out_flush(&t->out);
    if (t->pprof && !t->opt.summary_only) pprof_write(t, false);
}

bool trace_ok(const Tracer *t) {
    return !t->out.failed;
}

static void summary_to_stderr(const TraceSummary *s) {
    Buf b = {0};
    summary_text(&b, s);
    fwrite(b.data, 1, b.len, stderr);
    fflush(stderr);
    buf_free(&b);
}

static void write_summary(Tracer *t, const TraceTotals *totals) {
    TraceSummary *s = trace_summary_new(t, totals);
    if (t->opt.format == TRACE_JSON) summary_json(&t->out.buf, s);
    else if (t->opt.format == TRACE_TEXT || t->opt.summary_only)
        summary_text(&t->out.buf, s);
    else if (t->opt.pprof_summary) summary_to_stderr(s);
    trace_summary_free(s);
}

bool trace_finish(Tracer *t, const TraceTotals *totals) {
    if (t->finished) return trace_ok(t);
    out_flush(&t->out);
    if (t->pprof && !t->opt.summary_only) pprof_write(t, true);
    if (!t->opt.no_summary) write_summary(t, totals);
    t->finished = true;
    out_close(&t->out);
    return trace_ok(t);
}

void trace_free(Tracer *t) {
    if (!t) return;
    out_close(&t->out);
    keymap_free(&t->agg_map);
    VEC_FREE(t->agg);
    VEC_FREE(t->gc);
    free(t->row_cache);
    if (t->pprof) pprof_free(t->pprof);
    free(t);
}
