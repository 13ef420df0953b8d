/* summary.c — the per-site summary that closes a traced run, and the
 * side-by-side comparison of two runs (escape analysis on and off).
 *
 * A summary is a snapshot of the tracer's aggregation rows, one per (site,
 * region), sorted by heap bytes descending; ties go by position (file,
 * line, col), then heap before stack, then site index, so the order is
 * total and the output is stable enough to diff.  Column widths grow with
 * the widest value (the site column up to 60 characters), which depends
 * only on the program and its counts, never on timing.
 *
 * The comparison matches sites by position and source text, not by index:
 * the two runs may come from two compilations of the same file. */
#include <inttypes.h>
#include <string.h>

#include "trace/internal.h"

/* ---- building ---- */

static const char *str0(const char *s) { return s ? s : ""; }

static int cmp_pos(const TraceSite *a, const TraceSite *b) {
    if (!a || !b) return (a == NULL) - (b == NULL);
    int c = strcmp(str0(a->file), str0(b->file));
    if (c) return c;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->col != b->col) return a->col < b->col ? -1 : 1;
    return strcmp(str0(a->text), str0(b->text));
}

static uint64_t heap_bytes(const TraceRow *r) {
    return r->region == TRACE_HEAP ? r->bytes : 0;
}

static int cmp_rows(const void *pa, const void *pb) {
    const TraceRow *a = pa, *b = pb;
    if (heap_bytes(a) != heap_bytes(b))
        return heap_bytes(a) > heap_bytes(b) ? -1 : 1;
    int c = cmp_pos(a->s, b->s);
    if (c) return c;
    if (a->region != b->region) return a->region == TRACE_HEAP ? -1 : 1;
    return (a->site > b->site) - (a->site < b->site);
}

TraceSummary *trace_summary_new(Tracer *t, const TraceTotals *totals) {
    TraceSummary *s = xcalloc(1, sizeof *s);
    memcpy(s->objects, t->objects, sizeof s->objects);
    memcpy(s->bytes, t->bytes, sizeof s->bytes);
    s->goroutines = t->goroutines;
    s->events = t->seq;
    s->heap_rounded = t->heap_rounded;
    s->ngc = t->gc.len;
    s->gc = xcalloc((size_t)s->ngc + 1, sizeof *s->gc);
    if (s->ngc) memcpy(s->gc, t->gc.items, (size_t)s->ngc * sizeof *s->gc);
    if (totals) s->totals = *totals;
    s->nrows = t->agg.len;
    s->rows = xcalloc((size_t)s->nrows + 1, sizeof *s->rows);
    for (int i = 0; i < s->nrows; i++) {
        AggRow *a = &t->agg.items[i];
        bool ok = a->site >= 0 && a->site < t->nsites;
        s->rows[i] = (TraceRow){a->site, ok ? &t->sites[a->site] : NULL,
                                a->region, a->count, a->bytes};
    }
    qsort(s->rows, (size_t)s->nrows, sizeof *s->rows, cmp_rows);
    return s;
}

void trace_summary_free(TraceSummary *s) {
    if (!s) return;
    free(s->rows);
    free(s->gc);
    free(s);
}

/* ---- text ---- */

void site_label(char *out, size_t n, const TraceSite *s) {
    if (!s) snprintf(out, n, "(no site)");
    else if (!s->line) snprintf(out, n, "%s %s", str0(s->file), str0(s->text));
    else snprintf(out, n, "%s:%d:%d %s", str0(s->file), s->line, s->col,
                  s->text ? s->text : "");
}

static int digits(uint64_t v) {
    int n = 1;
    while (v >= 10) v /= 10, n++;
    return n;
}

static int max_int(int a, int b) { return a > b ? a : b; }

static const char *row_reason(const TraceRow *r) {
    if (r->region != TRACE_HEAP || !r->s) return "-";
    if (r->s->reason) return r->s->reason;
    return r->s->region == TRACE_STACK ? "escape analysis off" : "-";
}

typedef struct Widths { int site, count, bytes; } Widths;

static Widths row_widths(const TraceSummary *s) {
    Widths w = {4, 5, 5};
    char label[600];
    for (int i = 0; i < s->nrows; i++) {
        site_label(label, sizeof label, s->rows[i].s);
        w.site = max_int(w.site, (int)strlen(label));
        w.count = max_int(w.count, digits(s->rows[i].count));
        w.bytes = max_int(w.bytes, digits(s->rows[i].bytes));
    }
    if (w.site > 60) w.site = 60;
    return w;
}

static void totals_line(Buf *b, const TraceSummary *s) {
    buf_printf(b, "--- allocations: heap %" PRIu64 " objects %" PRIu64
               " B, stack %" PRIu64 " objects %" PRIu64 " B; %" PRIu64
               " GC cycles", s->objects[TRACE_HEAP], s->bytes[TRACE_HEAP],
               s->objects[TRACE_STACK], s->bytes[TRACE_STACK],
               s->totals.gc_cycles);
    if (s->goroutines) buf_printf(b, "; %" PRIu64 " goroutines", s->goroutines);
    buf_putc(b, '\n');
}

void summary_text(Buf *b, const TraceSummary *s) {
    totals_line(b, s);
    if (s->nrows == 0) return;
    Widths w = row_widths(s);
    char label[600];
    buf_printf(b, "%-*s  region  %*s  %*s  reason\n", w.site, "site",
               w.count, "count", w.bytes, "bytes");
    for (int i = 0; i < s->nrows; i++) {
        const TraceRow *r = &s->rows[i];
        site_label(label, sizeof label, r->s);
        buf_printf(b, "%-*s  %-6s  %*" PRIu64 "  %*" PRIu64 "  %s\n", w.site,
                   label, region_name(r->region), w.count, r->count,
                   w.bytes, r->bytes, row_reason(r));
    }
}

void trace_summary_print(FILE *out, const TraceSummary *s) {
    Buf b = {0};
    summary_text(&b, s);
    if (b.len) fwrite(b.data, 1, b.len, out);
    buf_free(&b);
}

/* ---- JSON ---- */

static void json_region(Buf *b, const char *name, uint64_t n, uint64_t by) {
    buf_printf(b, "\"%s\":{\"objects\":%" PRIu64 ",\"bytes\":%" PRIu64 "}",
               name, n, by);
}

static void json_row(Buf *b, const TraceRow *r) {
    const TraceSite *s = r->s;
    buf_printf(b, "{\"site\":%d,\"file\":", r->site);
    json_str(b, s ? s->file : NULL);
    buf_printf(b, ",\"line\":%d,\"col\":%d,\"text\":", s ? s->line : 0,
               s ? s->col : 0);
    json_str(b, s ? s->text : NULL);
    buf_puts(b, ",\"kind\":");
    json_str(b, s ? s->kind : NULL);
    buf_puts(b, ",\"type\":");
    json_str(b, s ? s->type_name : NULL);
    buf_printf(b, ",\"region\":\"%s\",\"count\":%" PRIu64 ",\"bytes\":%"
               PRIu64 ",\"reason\":", region_name(r->region), r->count,
               r->bytes);
    const char *why = row_reason(r);
    json_str(b, strcmp(why, "-") ? why : NULL);
    buf_putc(b, '}');
}

static void json_totals(Buf *b, const TraceSummary *s) {
    json_region(b, "heap", s->objects[TRACE_HEAP], s->bytes[TRACE_HEAP]);
    buf_putc(b, ',');
    json_region(b, "stack", s->objects[TRACE_STACK], s->bytes[TRACE_STACK]);
    buf_printf(b, ",\"goroutines\":%" PRIu64 ",\"events\":%" PRIu64
               ",\"gc_cycles\":%" PRIu64 ",\"elapsed_ns\":%" PRIu64
               ",\"heap_rounded\":%" PRIu64, s->goroutines, s->events,
               s->totals.gc_cycles, s->totals.elapsed_ns, s->heap_rounded);
}

void summary_json(Buf *b, const TraceSummary *s) {
    buf_puts(b, "{\"summary\":{");
    json_totals(b, s);
    buf_puts(b, ",\"sites\":[");
    for (int i = 0; i < s->nrows; i++) {
        if (i) buf_putc(b, ',');
        json_row(b, &s->rows[i]);
    }
    buf_puts(b, "]}}\n");
}

void trace_summary_json(FILE *out, const TraceSummary *s) {
    Buf b = {0};
    summary_json(&b, s);
    fwrite(b.data, 1, b.len, out);
    buf_free(&b);
}

/* ---- comparison ---- */

static void merge(CmpRows *rows, KeyMap *m, const TraceSummary *sum,
                  bool is_on) {
    for (int i = 0; i < sum->nrows; i++) {
        const TraceRow *r = &sum->rows[i];
        char key[600];
        site_label(key, sizeof key, r->s);
        size_t n = strlen(key);
        uint64_t h = util_hash(key, n, 4);
        int k = keymap_get(m, key, n, h);
        if (k < 0) {
            CmpRow c = {.s = r->s};
            VEC_PUSH(*rows, c);
            keymap_put(m, key, n, h, k = rows->len - 1);
        }
        Side *sd = is_on ? &rows->items[k].on : &rows->items[k].off;
        sd->regions |= 1 << r->region;
        sd->count += r->count;
        sd->bytes += r->bytes;
        sd->heap += heap_bytes(r);
    }
}

static int cmp_cmp(const void *pa, const void *pb) {
    const CmpRow *a = pa, *b = pb;
    if (a->off.heap != b->off.heap) return a->off.heap > b->off.heap ? -1 : 1;
    if (a->on.heap != b->on.heap) return a->on.heap > b->on.heap ? -1 : 1;
    return cmp_pos(a->s, b->s);
}

CmpRows compare_rows(const TraceSummary *on, const TraceSummary *off) {
    CmpRows rows = {0};
    KeyMap m;
    keymap_init(&m);
    merge(&rows, &m, on, true);
    merge(&rows, &m, off, false);
    keymap_free(&m);
    if (rows.len)
        qsort(rows.items, (size_t)rows.len, sizeof *rows.items, cmp_cmp);
    return rows;
}

const char *side_region(const Side *s) {
    switch (s->regions) {
    case 1 << TRACE_STACK: return "stack";
    case 1 << TRACE_HEAP: return "heap";
    case 0: return "-";
    default: return "both";
    }
}

static Widths cmp_widths(CmpRows *rows) {
    Widths w = {4, 5, 5};
    char label[600];
    for (int i = 0; i < rows->len; i++) {
        CmpRow *r = &rows->items[i];
        site_label(label, sizeof label, r->s);
        w.site = max_int(w.site, (int)strlen(label));
        w.count = max_int(w.count, max_int(digits(r->on.count),
                                           digits(r->off.count)));
        w.bytes = max_int(w.bytes, max_int(digits(r->on.bytes),
                                           digits(r->off.bytes)));
    }
    if (w.site > 60) w.site = 60;
    return w;
}

static void cmp_table(Buf *b, CmpRows *rows) {
    Widths w = cmp_widths(rows);
    char label[600];
    buf_printf(b, "%-*s  on: region  %*s  %*s  |  off: %*s  %*s\n", w.site,
               "site", w.count, "count", w.bytes, "bytes", w.count, "count",
               w.bytes, "bytes");
    for (int i = 0; i < rows->len; i++) {
        CmpRow *r = &rows->items[i];
        site_label(label, sizeof label, r->s);
        buf_printf(b, "%-*s  %10s  %*" PRIu64 "  %*" PRIu64 "  |       %*"
                   PRIu64 "  %*" PRIu64 "\n", w.site, label,
                   side_region(&r->on), w.count, r->on.count, w.bytes,
                   r->on.bytes, w.count, r->off.count, w.bytes, r->off.bytes);
    }
}

static double percent(int64_t part, uint64_t whole) {
    return whole ? 100.0 * (double)part / (double)whole : 0.0;
}

/* What escape analysis saved: off's heap minus on's (negative if the on
 * run allocated more, which would be a bug worth seeing). */
static void saved_line(Buf *b, const TraceSummary *on,
                       const TraceSummary *off) {
    uint64_t fo = off->objects[TRACE_HEAP], fb = off->bytes[TRACE_HEAP];
    int64_t so = (int64_t)(fo - on->objects[TRACE_HEAP]);
    int64_t sb = (int64_t)(fb - on->bytes[TRACE_HEAP]);
    buf_printf(b, "heap allocations saved by escape analysis: %" PRId64
               " of %" PRIu64 " objects (%.1f%%), %" PRId64 " of %" PRIu64
               " B (%.1f%%)\n", so, fo, percent(so, fo), sb, fb,
               percent(sb, fb));
}

/* How the runs ended: "exit status: 2 in both runs (stderr: panic: boom)",
 * or each run's status and first stderr line when they differ. */
static void exit_line(Buf *b, const TraceSummary *on, const TraceSummary *off) {
    const char *eo = on->stderr_line, *ef = off->stderr_line;
    int so = on->totals.exit_status, sf = off->totals.exit_status;
    if (so == sf && !strcmp(str0(eo), str0(ef))) {
        buf_printf(b, "exit status: %d in both runs", so);
        if (eo) buf_printf(b, " (stderr: %s)", eo);
        buf_putc(b, '\n');
        return;
    }
    buf_printf(b, "exit status: on %d", so);
    if (eo) buf_printf(b, " (stderr: %s)", eo);
    buf_printf(b, ", off %d", sf);
    if (ef) buf_printf(b, " (stderr: %s)", ef);
    buf_putc(b, '\n');
}

static void cmp_totals(Buf *b, const TraceSummary *on,
                       const TraceSummary *off) {
    for (int reg = TRACE_HEAP; reg >= TRACE_STACK; reg--)
        buf_printf(b, "total %-5s  on: %" PRIu64 " objects %" PRIu64
                   " B  |  off: %" PRIu64 " objects %" PRIu64 " B\n",
                   region_name(reg), on->objects[reg], on->bytes[reg],
                   off->objects[reg], off->bytes[reg]);
    saved_line(b, on, off);
    buf_printf(b, "GC cycles: on %" PRIu64 ", off %" PRIu64 "\n",
               on->totals.gc_cycles, off->totals.gc_cycles);
    buf_printf(b, "time: on %.3f ms, off %.3f ms\n",
               (double)on->totals.elapsed_ns / 1e6,
               (double)off->totals.elapsed_ns / 1e6);
    exit_line(b, on, off);
}

void trace_compare_print(FILE *out, const TraceSummary *on,
                         const TraceSummary *off) {
    CmpRows rows = compare_rows(on, off);
    Buf b = {0};
    cmp_table(&b, &rows);
    cmp_totals(&b, on, off);
    fwrite(b.data, 1, b.len, out);
    buf_free(&b);
    VEC_FREE(rows);
}

static void json_side(Buf *b, const char *name, const Side *s) {
    buf_printf(b, ",\"%s\":{\"region\":\"%s\",\"count\":%" PRIu64
               ",\"bytes\":%" PRIu64 "}", name, side_region(s), s->count,
               s->bytes);
}

static void json_cmp_row(Buf *b, const CmpRow *r) {
    buf_puts(b, "{\"file\":");
    json_str(b, r->s ? r->s->file : NULL);
    buf_printf(b, ",\"line\":%d,\"col\":%d,\"text\":", r->s ? r->s->line : 0,
               r->s ? r->s->col : 0);
    json_str(b, r->s ? r->s->text : NULL);
    json_side(b, "on", &r->on);
    json_side(b, "off", &r->off);
    buf_putc(b, '}');
}

static void json_exit(Buf *b, const TraceSummary *s) {
    buf_printf(b, ",\"exit_status\":%d,\"stderr\":", s->totals.exit_status);
    json_str(b, s->stderr_line);
}

void trace_compare_json(FILE *out, const TraceSummary *on,
                        const TraceSummary *off) {
    CmpRows rows = compare_rows(on, off);
    Buf b = {0};
    buf_puts(&b, "{\"sites\":[");
    for (int i = 0; i < rows.len; i++) {
        if (i) buf_putc(&b, ',');
        json_cmp_row(&b, &rows.items[i]);
    }
    buf_puts(&b, "],\"on\":{");
    json_totals(&b, on);
    json_exit(&b, on);
    buf_puts(&b, "},\"off\":{");
    json_totals(&b, off);
    json_exit(&b, off);
    uint64_t oh = on->objects[TRACE_HEAP], fh = off->objects[TRACE_HEAP];
    buf_printf(&b, "},\"heap_objects_saved\":%" PRId64
               ",\"heap_bytes_saved\":%" PRId64 ",\"saved_ratio\":%.4f}\n",
               (int64_t)(fh - oh),
               (int64_t)(off->bytes[TRACE_HEAP] - on->bytes[TRACE_HEAP]),
               fh ? ((double)fh - (double)oh) / (double)fh : 0.0);
    fwrite(b.data, 1, b.len, out);
    buf_free(&b);
    VEC_FREE(rows);
}
