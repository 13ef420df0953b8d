/* wire.c — a TraceSummary as bytes, to pass it from one process to another
 * (`gosub compare` and `gosub report` run each mode in a forked child,
 * which sends its summary back to the parent through a pipe).
 *
 * Invariants:
 *  - Both ends are the same binary (a fork), so the encoding is the host's
 *    own: fixed-width fields in native byte order, no versioning.
 *  - Rows travel as site indexes, never as pointers: the reader gives each
 *    row the entry of its own site table (the same compilation as the
 *    writer's, or an identical one), so nothing points into the writer.
 *  - The reader checks every length against the bytes it has: a truncated
 *    message (a child killed mid-write) is rejected, never read past.
 *
 * Layout (every field a uint64 unless said):
 *   magic "GOSUBSUM", objects[2], bytes[2], heap_rounded, goroutines,
 *   events, gc_cycles, elapsed_ns, exit_status (int64), nrows, ngc;
 *   nrows × {site int32, region int32, count, bytes};
 *   ngc × {seq, heap_before, heap_live}.
 * Cost: 24 bytes per (site, region) row and 24 per GC cycle kept. */
#include <string.h>

#include "trace/internal.h"

static const char magic[8] = "GOSUBSUM";

static void put64(Buf *b, uint64_t v) { buf_put(b, &v, sizeof v); }
static void put32(Buf *b, int32_t v) { buf_put(b, &v, sizeof v); }

static void encode(Buf *b, const TraceSummary *s) {
    buf_put(b, magic, sizeof magic);
    uint64_t head[] = {s->objects[0], s->objects[1], s->bytes[0], s->bytes[1],
                       s->heap_rounded, s->goroutines, s->events,
                       s->totals.gc_cycles, s->totals.elapsed_ns,
                       (uint64_t)(int64_t)s->totals.exit_status,
                       (uint64_t)s->nrows, (uint64_t)s->ngc};
    for (size_t i = 0; i < sizeof head / sizeof head[0]; i++) put64(b, head[i]);
    for (int i = 0; i < s->nrows; i++) {
        put32(b, s->rows[i].site);
        put32(b, s->rows[i].region);
        put64(b, s->rows[i].count);
        put64(b, s->rows[i].bytes);
    }
    for (int i = 0; i < s->ngc; i++) {
        put64(b, s->gc[i].seq);
        put64(b, s->gc[i].heap_before);
        put64(b, s->gc[i].heap_live);
    }
}

void *trace_summary_encode(const TraceSummary *s, size_t *len) {
    Buf b = {0};
    encode(&b, s);
    *len = b.len;
    return b.data;      /* malloc'd (util.h): the caller frees it */
}

/* A cursor over the message; `bad` once anything was missing. */
typedef struct Reader {
    const char *p, *end;
    bool bad;
} Reader;

static void take(Reader *r, void *dst, size_t n) {
    if (r->bad || (size_t)(r->end - r->p) < n) {
        r->bad = true;
        memset(dst, 0, n);
        return;
    }
    memcpy(dst, r->p, n);
    r->p += n;
}

static uint64_t get64(Reader *r) {
    uint64_t v;
    take(r, &v, sizeof v);
    return v;
}

static int32_t get32(Reader *r) {
    int32_t v;
    take(r, &v, sizeof v);
    return v;
}

TraceSummary *trace_summary_decode(const void *data, size_t len,
                                   const TraceSite *sites, int nsites) {
    Reader r = {data, (const char *)data + len, false};
    char m[sizeof magic];
    take(&r, m, sizeof m);
    if (r.bad || memcmp(m, magic, sizeof magic)) return NULL;
    TraceSummary *s = xcalloc(1, sizeof *s);
    s->objects[0] = get64(&r);
    s->objects[1] = get64(&r);
    s->bytes[0] = get64(&r);
    s->bytes[1] = get64(&r);
    s->heap_rounded = get64(&r);
    s->goroutines = get64(&r);
    s->events = get64(&r);
    s->totals.gc_cycles = get64(&r);
    s->totals.elapsed_ns = get64(&r);
    s->totals.exit_status = (int)(int64_t)get64(&r);
    uint64_t nrows = get64(&r), ngc = get64(&r);
    size_t left = (size_t)(r.end - r.p);
    if (r.bad || nrows > left / 24 || ngc > left / 24 ||
        nrows * 24 + ngc * 24 > left) {
        free(s);
        return NULL;
    }
    s->nrows = (int)nrows;
    s->rows = xcalloc((size_t)s->nrows + 1, sizeof *s->rows);
    for (int i = 0; i < s->nrows; i++) {
        TraceRow *row = &s->rows[i];
        row->site = get32(&r);
        row->region = get32(&r) == TRACE_HEAP ? TRACE_HEAP : TRACE_STACK;
        row->count = get64(&r);
        row->bytes = get64(&r);
        row->s = row->site >= 0 && row->site < nsites ? &sites[row->site] : NULL;
    }
    s->ngc = (int)ngc;
    s->gc = xcalloc((size_t)s->ngc + 1, sizeof *s->gc);
    for (int i = 0; i < s->ngc; i++) {
        s->gc[i].seq = get64(&r);
        s->gc[i].heap_before = get64(&r);
        s->gc[i].heap_live = get64(&r);
    }
    if (r.bad) {
        trace_summary_free(s);
        return NULL;
    }
    return s;
}
