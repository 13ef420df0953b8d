/* report.c — `gosub report`: the two runs of a program (escape analysis on,
 * then off) as one HTML page a browser opens from disk.
 *
 * Invariants:
 *  - The page is self-contained: inline CSS, inline SVG charts, one small
 *    inline script (a filter on the listing); no URL is ever fetched.
 *  - Every number that `gosub compare --json` also prints is in an element
 *    with data-k="JSON.PATH" holding exactly that number (plain digits), so
 *    tools/check-report can match the rendered page against the JSON:
 *    "on.heap.objects", "off.gc_cycles", "sites.I.on.count" (I: the index
 *    in the JSON's "sites" array, i.e. compare order).
 *  - Everything from the program (source text, site text, reasons, type
 *    names) is HTML-escaped.
 *
 * Layout: totals table (with how each run ended: exit status and the
 * first line of its stderr); three charts (top heap sites in both runs; heap
 * objects and bytes on vs off; heap size at each GC cycle of each run,
 * before the cycle and live after it, against the event number); then the
 * source listing, each line followed by one note per site on it: the
 * compiler's decision and reason, and count/bytes in each run.  Sites in
 * other files (the standard library, the runtime's pseudo-sites) follow in
 * one table.  The script sets <body data-ready=1> once it has run, so a
 * test tells a page whose script ran from one whose script failed.
 * Cost: linear in the source, times the sites per line. */
#include <inttypes.h>
#include <string.h>

#include "trace/internal.h"

/* ---- HTML text ---- */

static void esc(Buf *b, const char *s) {
    for (; s && *s; s++) {
        switch (*s) {
        case '<': buf_puts(b, "&lt;"); break;
        case '>': buf_puts(b, "&gt;"); break;
        case '&': buf_puts(b, "&amp;"); break;
        case '"': buf_puts(b, "&quot;"); break;
        default: buf_putc(b, *s);
        }
    }
}

static void num(Buf *b, const char *key, uint64_t v) {
    buf_printf(b, "<td class=n data-k=\"%s\">%" PRIu64 "</td>", key, v);
}

static bool same_file(const TraceSite *s, const char *file) {
    return s && s->file && file && !strcmp(s->file, file);
}

static const char css[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}"
    "h1{font-size:1.3em}h2{font-size:1.1em;margin-top:1.5em}"
    "table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}"
    "td.n{text-align:right;font-variant-numeric:tabular-nums}"
    "pre{margin:0}.src{font:13px/1.35 ui-monospace,monospace;border:1px solid #ccc}"
    ".src td{border:0;padding:0 6px;vertical-align:top}.ln{color:#999;text-align:right}"
    ".note td{font:12px system-ui,sans-serif;padding:1px 6px 3px 40px}"
    ".heap{color:#b02a1a}.stack{color:#1a6b2a}.both{color:#8a5a00}.none{color:#888}"
    "svg text{font:11px system-ui,sans-serif}.charts{display:flex;flex-wrap:wrap;gap:2em}"
    "tr.plain.hide{display:none}";

static const char script[] =
    "document.getElementById('only').addEventListener('change',function(e){"
    "var rows=document.querySelectorAll('tr.plain');"
    "for(var i=0;i<rows.length;i++)rows[i].classList.toggle('hide',e.target.checked);});"
    "document.body.setAttribute('data-ready','1');";

/* ---- totals ---- */

static void totals_row(Buf *b, const char *run, const TraceSummary *s) {
    char k[64];
    buf_printf(b, "<tr><th>%s</th>", run);
    const char *field[] = {"heap.objects", "heap.bytes", "stack.objects",
                           "stack.bytes", "gc_cycles"};
    uint64_t v[] = {s->objects[TRACE_HEAP], s->bytes[TRACE_HEAP],
                    s->objects[TRACE_STACK], s->bytes[TRACE_STACK],
                    s->totals.gc_cycles};
    for (int i = 0; i < 5; i++) {
        snprintf(k, sizeof k, "%s.%s", run, field[i]);
        num(b, k, v[i]);
    }
    buf_printf(b, "<td class=n>%.3f</td>", (double)s->totals.elapsed_ns / 1e6);
    snprintf(k, sizeof k, "%s.exit_status", run);
    num(b, k, (uint64_t)s->totals.exit_status);
    buf_puts(b, "<td>");
    esc(b, s->stderr_line);
    buf_puts(b, "</td></tr>\n");
}

static void totals(Buf *b, const TraceSummary *on, const TraceSummary *off) {
    buf_puts(b, "<h2>Totals</h2><table><tr><th>escape analysis</th>"
             "<th>heap objects</th><th>heap bytes</th><th>stack objects</th>"
             "<th>stack bytes</th><th>GC cycles</th><th>time (ms)</th>"
             "<th>exit status</th><th>stderr</th></tr>\n");
    totals_row(b, "on", on);
    totals_row(b, "off", off);
    buf_puts(b, "</table><p>Heap allocations saved by escape analysis: <span "
             "data-k=\"heap_objects_saved\">");
    buf_printf(b, "%" PRId64 "</span> objects, <span data-k=\"heap_bytes_saved\">"
               "%" PRId64 "</span> bytes.</p>\n",
               (int64_t)(off->objects[TRACE_HEAP] - on->objects[TRACE_HEAP]),
               (int64_t)(off->bytes[TRACE_HEAP] - on->bytes[TRACE_HEAP]));
}

/* ---- charts ---- */

static double scale(uint64_t v, uint64_t max, double w) {
    return max ? (double)v * w / (double)max : 0;
}

static void bar(Buf *b, double x, double y, double w, double h,
                const char *color, const char *title, uint64_t v) {
    buf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
               "fill=\"%s\"><title>", x, y, w, h, color);
    esc(b, title);
    buf_printf(b, ": %" PRIu64 "</title></rect>", v);
}

/* Top heap sites: the first ten rows of compare order, bars for the heap
 * bytes of each run. */
static void chart_top(Buf *b, const CmpRows *rows) {
    int n = rows->len < 10 ? rows->len : 10;
    uint64_t max = 1;
    for (int i = 0; i < n; i++) {
        if (rows->items[i].on.heap > max) max = rows->items[i].on.heap;
        if (rows->items[i].off.heap > max) max = rows->items[i].off.heap;
    }
    buf_printf(b, "<figure><figcaption>Top heap sites (bytes; red: on, "
               "grey: off)</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
               "width=\"560\" height=\"%d\">", 24 * n + 10);
    char label[600];
    for (int i = 0; i < n; i++) {
        const CmpRow *r = &rows->items[i];
        double y = 5 + 24 * i;
        site_label(label, sizeof label, r->s);
        buf_printf(b, "<text x=\"0\" y=\"%.1f\">", y + 14);
        esc(b, strlen(label) > 38 ? label + strlen(label) - 38 : label);
        buf_puts(b, "</text>");
        bar(b, 250, y, scale(r->on.heap, max, 300), 10, "#b02a1a", label, r->on.heap);
        bar(b, 250, y + 11, scale(r->off.heap, max, 300), 10, "#999", label, r->off.heap);
    }
    buf_puts(b, "</svg></figure>\n");
}

static void chart_onoff(Buf *b, const TraceSummary *on, const TraceSummary *off) {
    buf_puts(b, "<figure><figcaption>Heap, escape analysis on vs off"
             "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
             "width=\"380\" height=\"110\">");
    const char *what[] = {"objects", "bytes"};
    uint64_t v[2][2] = {{on->objects[TRACE_HEAP], off->objects[TRACE_HEAP]},
                        {on->bytes[TRACE_HEAP], off->bytes[TRACE_HEAP]}};
    for (int i = 0; i < 2; i++) {
        uint64_t max = v[i][0] > v[i][1] ? v[i][0] : v[i][1];
        double y = 5 + 52 * i;
        buf_printf(b, "<text x=\"0\" y=\"%.1f\">%s</text>", y + 16, what[i]);
        bar(b, 60, y, scale(v[i][0], max, 200), 20, "#b02a1a", "on", v[i][0]);
        bar(b, 60, y + 22, scale(v[i][1], max, 200), 20, "#999", "off", v[i][1]);
        buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\">%" PRIu64 "</text>",
                   65 + scale(v[i][0], max, 200), y + 15, v[i][0]);
        buf_printf(b, "<text x=\"%.1f\" y=\"%.1f\">%" PRIu64 "</text>",
                   65 + scale(v[i][1], max, 200), y + 37, v[i][1]);
    }
    buf_puts(b, "</svg></figure>\n");
}

/* One run's GC history as a polyline of (event number, heap before). */
static void gc_line(Buf *b, const TraceSummary *s, uint64_t maxx,
                    uint64_t maxy, const char *color) {
    buf_printf(b, "<polyline fill=\"none\" stroke=\"%s\" points=\"", color);
    for (int i = 0; i < s->ngc; i++) {
        double x = 40 + scale(s->gc[i].seq, maxx, 500);
        buf_printf(b, "%.1f,%.1f %.1f,%.1f ", x,
                   170 - scale(s->gc[i].heap_before, maxy, 160), x,
                   170 - scale(s->gc[i].heap_live, maxy, 160));
    }
    buf_puts(b, "\"/>");
}

static void chart_gc(Buf *b, const TraceSummary *on, const TraceSummary *off) {
    uint64_t maxx = on->events > off->events ? on->events : off->events;
    uint64_t maxy = 1;
    for (int r = 0; r < 2; r++) {
        const TraceSummary *s = r ? off : on;
        for (int i = 0; i < s->ngc; i++)
            if (s->gc[i].heap_before > maxy) maxy = s->gc[i].heap_before;
    }
    buf_puts(b, "<figure><figcaption>Heap size at each GC cycle (before, "
             "then live after) by event number; red: on, grey: off"
             "</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" "
             "width=\"600\" height=\"190\">"
             "<line x1=\"40\" y1=\"170\" x2=\"540\" y2=\"170\" stroke=\"#444\"/>"
             "<line x1=\"40\" y1=\"10\" x2=\"40\" y2=\"170\" stroke=\"#444\"/>");
    buf_printf(b, "<text x=\"0\" y=\"14\">%" PRIu64 "K</text>"
               "<text x=\"540\" y=\"185\" text-anchor=\"end\">%" PRIu64 " events</text>",
               maxy >> 10, maxx);
    if (!on->ngc && !off->ngc)
        buf_puts(b, "<text x=\"200\" y=\"90\">no GC cycle in either run</text>");
    gc_line(b, off, maxx, maxy, "#999");
    gc_line(b, on, maxx, maxy, "#b02a1a");
    buf_puts(b, "</svg></figure>\n");
}

/* ---- the listing ---- */

static const char *region_class(const char *r) {
    return !strcmp(r, "-") ? "none" : r;
}

/* One site's note: decision and reason from the compiler, then each run. */
static void note(Buf *b, const TraceSite *s, const CmpRow *r, int index) {
    char k[64];
    const char *dec = s->region == TRACE_HEAP ? "heap" : "stack";
    buf_printf(b, "<tr class=note><td></td><td><span class=%s>%s</span> ",
               dec, dec);
    buf_puts(b, "<code>");
    esc(b, s->text);
    buf_printf(b, "</code> col %d (%s", s->col, s->kind ? s->kind : "?");
    if (s->reason) buf_puts(b, "; "), esc(b, s->reason);
    buf_puts(b, ")");
    if (!r) {
        buf_puts(b, " — <span class=none>not executed</span></td></tr>\n");
        return;
    }
    for (int run = 0; run < 2; run++) {
        const Side *sd = run ? &r->off : &r->on;
        const char *reg = side_region(sd);
        buf_printf(b, " — %s: <span class=%s>%s</span> ", run ? "off" : "on",
                   region_class(reg), reg);
        snprintf(k, sizeof k, "sites.%d.%s.count", index, run ? "off" : "on");
        buf_printf(b, "<span data-k=\"%s\">%" PRIu64 "</span>×, ", k, sd->count);
        snprintf(k, sizeof k, "sites.%d.%s.bytes", index, run ? "off" : "on");
        buf_printf(b, "<span data-k=\"%s\">%" PRIu64 "</span> B", k, sd->bytes);
    }
    buf_puts(b, "</td></tr>\n");
}

/* The compare row of a site, matched by label as compare does. */
static int row_of(const CmpRows *rows, const TraceSite *s) {
    char a[600], c[600];
    site_label(a, sizeof a, s);
    for (int i = 0; i < rows->len; i++) {
        site_label(c, sizeof c, rows->items[i].s);
        if (!strcmp(a, c)) return i;
    }
    return -1;
}

/* An allocation site of this line (go statements have sites too, for the
 * goroutine events, but allocate nothing). */
static bool listed(const TraceSite *s, const char *file, int line) {
    return s->line == line && same_file(s, file) &&
           !(s->kind && !strcmp(s->kind, "go"));
}

static void line_notes(Buf *b, const char *file, int line,
                       const TraceSite *sites, int nsites, const CmpRows *rows,
                       bool *shown) {
    for (int i = 0; i < nsites; i++) {
        const TraceSite *s = &sites[i];
        if (!listed(s, file, line)) continue;
        int k = row_of(rows, s);
        if (k >= 0 && shown[k]) continue;   /* one note per label */
        if (k >= 0) shown[k] = true;
        note(b, s, k >= 0 ? &rows->items[k] : NULL, k);
    }
}

static bool line_has_site(const char *file, int line, const TraceSite *sites,
                          int nsites) {
    for (int i = 0; i < nsites; i++)
        if (listed(&sites[i], file, line)) return true;
    return false;
}

static void listing(Buf *b, const char *file, const char *src,
                    const TraceSite *sites, int nsites, const CmpRows *rows,
                    bool *shown) {
    buf_puts(b, "<h2>Source</h2><label><input type=checkbox id=only> only "
             "lines with allocation sites</label><table class=src>\n");
    int line = 1;
    for (const char *p = src; p && *p; line++) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        bool has = line_has_site(file, line, sites, nsites);
        buf_printf(b, "<tr class=%s id=L%d><td class=ln>%d</td><td><pre>",
                   has ? "code" : "plain", line, line);
        char *text = xmalloc(n + 1);
        memcpy(text, p, n);
        text[n] = 0;
        esc(b, text);
        free(text);
        buf_puts(b, "</pre></td></tr>\n");
        if (has) line_notes(b, file, line, sites, nsites, rows, shown);
        p = e ? e + 1 : p + n;
    }
    buf_puts(b, "</table>\n");
}

/* Sites that are not in the listing: other files, the runtime. */
static void others(Buf *b, const CmpRows *rows, const bool *shown) {
    buf_puts(b, "<h2>Other sites</h2><table><tr><th>site</th><th>on</th>"
             "<th>count</th><th>bytes</th><th>off</th><th>count</th>"
             "<th>bytes</th><th>reason</th></tr>\n");
    char label[600], k[64];
    for (int i = 0; i < rows->len; i++) {
        if (shown[i]) continue;
        const CmpRow *r = &rows->items[i];
        site_label(label, sizeof label, r->s);
        buf_puts(b, "<tr><td>");
        esc(b, label);
        buf_puts(b, "</td>");
        for (int run = 0; run < 2; run++) {
            const Side *sd = run ? &r->off : &r->on;
            const char *rn = run ? "off" : "on";
            buf_printf(b, "<td class=%s>%s</td>", region_class(side_region(sd)),
                       side_region(sd));
            snprintf(k, sizeof k, "sites.%d.%s.count", i, rn);
            num(b, k, sd->count);
            snprintf(k, sizeof k, "sites.%d.%s.bytes", i, rn);
            num(b, k, sd->bytes);
        }
        buf_puts(b, "<td>");
        esc(b, r->s && r->s->reason ? r->s->reason : "-");
        buf_puts(b, "</td></tr>\n");
    }
    buf_puts(b, "</table>\n");
}

void trace_report_html(FILE *out, const char *file, const char *source,
                       const TraceSite *sites, int nsites,
                       const TraceSummary *on, const TraceSummary *off) {
    CmpRows rows = compare_rows(on, off);
    bool *shown = xcalloc((size_t)rows.len + 1, 1);
    Buf b = {0};
    buf_puts(&b, "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
             "<title>gosub report: ");
    esc(&b, file);
    buf_printf(&b, "</title><style>%s</style></head><body>\n<h1>Allocations "
               "of <code>", css);
    esc(&b, file);
    buf_puts(&b, "</code>, escape analysis on and off</h1>\n");
    totals(&b, on, off);
    buf_puts(&b, "<h2>Charts</h2><div class=charts>\n");
    chart_top(&b, &rows);
    chart_onoff(&b, on, off);
    chart_gc(&b, on, off);
    buf_puts(&b, "</div>\n");
    listing(&b, file, source, sites, nsites, &rows, shown);
    others(&b, &rows, shown);
    buf_printf(&b, "<script>%s</script>\n</body></html>\n", script);
    fwrite(b.data, 1, b.len, out);
    buf_free(&b);
    free(shown);
    VEC_FREE(rows);
}
