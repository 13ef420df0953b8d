/* sink.c — one event as a line of text or as a JSON object.
 *
 * Text columns have fixed minimum widths (kind 5, seq 7, region 5, size 6,
 * class 4, type 12, position 28, text 12); a longer value pushes the rest
 * right instead of being cut, so nothing is ever lost and lines of ordinary
 * programs stay aligned.  The layout is documented in trace.h; tests hold
 * the exact expected lines.
 *
 * JSON strings are escaped per RFC 8259: quote, backslash and control
 * characters; bytes that are not valid UTF-8 become U+FFFD, so every line
 * parses whatever the program's string literals hold. */
#include <inttypes.h>
#include <string.h>

#include "gc/gc.h"
#include "trace/internal.h"

const char *region_name(int region) {
    return region == TRACE_HEAP ? "heap" : "stack";
}

static const TraceSite *site_at(Tracer *t, int site) {
    return site >= 0 && site < t->nsites ? &t->sites[site] : NULL;
}

static const char *or_dash(const char *s) {
    return s && *s ? s : "-";
}

static const char *event_func(const TraceSite *s, const char *func) {
    if (func) return func;
    return s ? s->func : NULL;
}

/* The reason shown for a heap object. */
static const char *heap_reason(const TraceSite *s, int region) {
    if (!s || region != TRACE_HEAP) return NULL;
    if (s->reason) return s->reason;
    return s->region == TRACE_STACK ? "escape analysis off" : NULL;
}

/* ---- text ---- */

static void text_position(Buf *b, const TraceSite *s) {
    char pos[512];
    if (s) snprintf(pos, sizeof pos, "%s:%d:%d", or_dash(s->file), s->line,
                    s->col);
    else snprintf(pos, sizeof pos, "-");
    buf_printf(b, "%-28s  %-12s  ", pos, s ? or_dash(s->text) : "-");
}

static void text_head(Buf *b, const char *ev, uint64_t seq, const char *reg,
                      int64_t size, const char *cls, const char *type) {
    char num[32];
    snprintf(num, sizeof num, "#%" PRIu64, seq);
    buf_printf(b, "%-5s  %-7s %-5s %6" PRId64 " B  %-4s %-12s  ", ev, num,
               reg, size, cls, type);
}

void sink_text_alloc(Tracer *t, int site, int region, int64_t size,
                     int64_t gid, const char *func) {
    const TraceSite *s = site_at(t, site);
    Buf *b = &t->out.buf;
    char cls[16] = "-";
    if (region == TRACE_HEAP)
        snprintf(cls, sizeof cls, "c%d", gc_size_class((size_t)size));
    text_head(b, "alloc", t->seq, region_name(region), size, cls,
              s ? or_dash(s->type_name) : "-");
    text_position(b, s);
    buf_printf(b, "g%" PRId64 " %s", gid, or_dash(event_func(s, func)));
    const char *why = heap_reason(s, region);
    if (why) buf_printf(b, "  (escapes: %s)", why);
    buf_putc(b, '\n');
}

void sink_text_go(Tracer *t, int site, int64_t parent, const char *func,
                  int64_t child, const char *entry, int64_t stack_bytes) {
    const TraceSite *s = site_at(t, site);
    Buf *b = &t->out.buf;
    text_head(b, "go", t->seq, "-", stack_bytes, "-", "goroutine");
    text_position(b, s);
    buf_printf(b, "g%" PRId64 " %s  -> g%" PRId64 " %s\n", parent,
               or_dash(event_func(s, func)), child, or_dash(entry));
}

/* ---- JSON ---- */

/* Length of the valid UTF-8 sequence at p (1..4), or 0 if invalid. */
static int utf8_len(const unsigned char *p) {
    unsigned c = p[0];
    if (c < 0x80) return 1;
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || c > 0xF4) return 0;
    for (int i = 1; i < n; i++)
        if ((p[i] & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;            /* overlong */
    if (c == 0xED && p[1] >= 0xA0) return 0;           /* surrogate */
    if (c == 0xF0 && p[1] < 0x90) return 0;            /* overlong */
    if (c == 0xF4 && p[1] >= 0x90) return 0;           /* > U+10FFFF */
    return n;
}

static void json_char(Buf *b, unsigned char c) {
    switch (c) {
    case '"': buf_puts(b, "\\\""); break;
    case '\\': buf_puts(b, "\\\\"); break;
    case '\n': buf_puts(b, "\\n"); break;
    case '\r': buf_puts(b, "\\r"); break;
    case '\t': buf_puts(b, "\\t"); break;
    default:
        if (c < 0x20 || c == 0x7F) buf_printf(b, "\\u%04x", c);
        else buf_putc(b, (char)c);
    }
}

void json_str(Buf *b, const char *s) {
    if (!s) {
        buf_puts(b, "null");
        return;
    }
    buf_putc(b, '"');
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int n = utf8_len(p);
        if (n == 1) json_char(b, *p);
        else if (n == 0) buf_puts(b, "\\ufffd");
        else buf_put(b, p, (size_t)n);
        p += n ? n : 1;
    }
    buf_putc(b, '"');
}

static void json_site(Buf *b, const TraceSite *s, int site) {
    buf_puts(b, ",\"file\":");
    json_str(b, s ? s->file : NULL);
    buf_printf(b, ",\"line\":%d,\"col\":%d,\"site\":%d,\"text\":",
               s ? s->line : 0, s ? s->col : 0, s ? site : -1);
    json_str(b, s ? s->text : NULL);
}

void sink_json_alloc(Tracer *t, int site, int region, int64_t size,
                     int64_t gid, const char *func) {
    const TraceSite *s = site_at(t, site);
    Buf *b = &t->out.buf;
    buf_printf(b, "{\"seq\":%" PRIu64 ",\"event\":\"alloc\",\"kind\":",
               t->seq);
    json_str(b, s ? s->kind : NULL);
    buf_printf(b, ",\"region\":\"%s\",\"size\":%" PRId64 ",\"class\":",
               region_name(region), size);
    if (region == TRACE_HEAP) buf_printf(b, "%d", gc_size_class((size_t)size));
    else buf_puts(b, "null");
    buf_puts(b, ",\"type\":");
    json_str(b, s ? s->type_name : NULL);
    json_site(b, s, site);
    buf_printf(b, ",\"goroutine\":%" PRId64 ",\"func\":", gid);
    json_str(b, event_func(s, func));
    buf_puts(b, ",\"reason\":");
    json_str(b, heap_reason(s, region));
    buf_puts(b, "}\n");
}

void sink_json_go(Tracer *t, int site, int64_t parent, const char *func,
                  int64_t child, const char *entry, int64_t stack_bytes) {
    const TraceSite *s = site_at(t, site);
    Buf *b = &t->out.buf;
    buf_printf(b, "{\"seq\":%" PRIu64 ",\"event\":\"go\",\"kind\":\"go\","
               "\"region\":\"goroutine\",\"size\":%" PRId64 ",\"class\":null,"
               "\"type\":null", t->seq, stack_bytes);
    json_site(b, s, site);
    buf_printf(b, ",\"goroutine\":%" PRId64 ",\"func\":", parent);
    json_str(b, event_func(s, func));
    buf_printf(b, ",\"reason\":null,\"new_goroutine\":%" PRId64 ",\"entry\":",
               child);
    json_str(b, entry);
    buf_puts(b, "}\n");
}
