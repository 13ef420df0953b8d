/* sink.c — one event as a line of text or as a JSON object.
 *
 * Text columns have fixed minimum widths (kind 5, seq 7, region 5, size 6,
 * class 4, type 12, position 34, text 12); a longer value pushes the rest
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

/* Go's size class of a heap object; -1 on the stack and for zero-size
 * objects (Go hands out one shared address for those: no class). */
static int size_class(int region, int64_t size) {
    return region == TRACE_HEAP && size > 0 ? gc_size_class((size_t)size) : -1;
}

/* ---- text ----
 * Formatted by hand (no printf): a traced run may write millions of lines,
 * and vsnprintf was most of the cost of each one. */

static void put_i64(Buf *b, int64_t v) {
    char tmp[24];
    int n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do tmp[sizeof tmp - ++n] = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0) tmp[sizeof tmp - ++n] = '-';
    buf_put(b, tmp + sizeof tmp - n, (size_t)n);
}

/* Spaces up to column `start + width` (nothing if already past it). */
static void pad_from(Buf *b, size_t start, int width) {
    static const char spaces[] = "                                        ";
    while (b->len < start + (size_t)width) {
        size_t n = start + (size_t)width - b->len;
        buf_put(b, spaces, n < sizeof spaces - 1 ? n : sizeof spaces - 1);
    }
}

static void put_left(Buf *b, const char *s, int width) {
    size_t start = b->len;
    buf_puts(b, s);
    pad_from(b, start, width);
}

static int width_of(int64_t v) {
    int n = v < 0 ? 2 : 1;
    for (uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v; u >= 10; u /= 10)
        n++;
    return n;
}

static void put_right(Buf *b, int64_t v, int width) {
    for (int i = width_of(v); i < width; i++) buf_putc(b, ' ');
    put_i64(b, v);
}

static void text_position(Buf *b, const TraceSite *s) {
    size_t start = b->len;
    if (s) {
        buf_puts(b, or_dash(s->file));
        buf_putc(b, ':');
        put_i64(b, s->line);
        buf_putc(b, ':');
        put_i64(b, s->col);
    } else {
        buf_putc(b, '-');
    }
    pad_from(b, start, 34);
    buf_puts(b, "  ");
    put_left(b, s ? or_dash(s->text) : "-", 12);
    buf_puts(b, "  ");
}

static void text_head(Buf *b, const char *ev, uint64_t seq, const char *reg,
                      int64_t size, int cls, const char *type) {
    put_left(b, ev, 7);
    size_t start = b->len;
    buf_putc(b, '#');
    put_i64(b, (int64_t)seq);
    pad_from(b, start, 7);
    buf_putc(b, ' ');
    put_left(b, reg, 6);
    put_right(b, size, 6);
    buf_puts(b, " B  ");
    start = b->len;
    if (cls >= 0) buf_putc(b, 'c'), put_i64(b, cls);
    else buf_putc(b, '-');
    pad_from(b, start, 5);
    put_left(b, type, 12);
    buf_puts(b, "  ");
}

static void text_goroutine(Buf *b, int64_t gid, const char *func) {
    buf_putc(b, 'g');
    put_i64(b, gid);
    buf_putc(b, ' ');
    buf_puts(b, or_dash(func));
}

void sink_text_alloc(Tracer *t, int site, int region, int64_t size,
                     int64_t gid, const char *func) {
    const TraceSite *s = trace_site(t, site);
    Buf *b = &t->out.buf;
    int cls = size_class(region, size);
    text_head(b, "alloc", t->seq, region_name(region), size, cls,
              s ? or_dash(s->type_name) : "-");
    text_position(b, s);
    text_goroutine(b, gid, event_func(s, func));
    const char *why = heap_reason(s, region);
    if (why) {
        buf_puts(b, "  (");   /* the reason names its kind: "escapes: ..." */
        buf_puts(b, why);
        buf_putc(b, ')');
    }
    buf_putc(b, '\n');
}

void sink_text_go(Tracer *t, int site, int64_t parent, const char *func,
                  int64_t child, const char *entry, int64_t stack_bytes) {
    const TraceSite *s = trace_site(t, site);
    Buf *b = &t->out.buf;
    text_head(b, "go", t->seq, "-", stack_bytes, -1, "goroutine");
    text_position(b, s);
    text_goroutine(b, parent, event_func(s, func));
    buf_puts(b, "  -> ");
    text_goroutine(b, child, entry);
    buf_putc(b, '\n');
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
        const unsigned char *run = p;
        while (*p >= 0x20 && *p < 0x7F && *p != '"' && *p != '\\') p++;
        if (p > run) buf_put(b, run, (size_t)(p - run));
        if (!*p) break;
        int n = utf8_len(p);
        if (n == 1) json_char(b, *p);
        else if (n == 0) buf_puts(b, "\\ufffd");
        else buf_put(b, p, (size_t)n);
        p += n ? n : 1;
    }
    buf_putc(b, '"');
}

/* ,"key":N */
static void json_int(Buf *b, const char *key, int64_t v) {
    buf_puts(b, key);
    put_i64(b, v);
}

static void json_key_str(Buf *b, const char *key, const char *v) {
    buf_puts(b, key);
    json_str(b, v);
}

static void json_site(Buf *b, const TraceSite *s, int site) {
    json_key_str(b, ",\"file\":", s ? s->file : NULL);
    json_int(b, ",\"line\":", s ? s->line : 0);
    json_int(b, ",\"col\":", s ? s->col : 0);
    json_int(b, ",\"site\":", s ? site : -1);
    json_key_str(b, ",\"text\":", s ? s->text : NULL);
}

void sink_json_alloc(Tracer *t, int site, int region, int64_t size,
                     int64_t gid, const char *func) {
    const TraceSite *s = trace_site(t, site);
    Buf *b = &t->out.buf;
    json_int(b, "{\"seq\":", (int64_t)t->seq);
    json_key_str(b, ",\"event\":\"alloc\",\"kind\":", s ? s->kind : NULL);
    buf_puts(b, region == TRACE_HEAP ? ",\"region\":\"heap\""
                                     : ",\"region\":\"stack\"");
    json_int(b, ",\"size\":", size);
    if (size_class(region, size) >= 0)
        json_int(b, ",\"class\":", size_class(region, size));
    else buf_puts(b, ",\"class\":null");
    json_key_str(b, ",\"type\":", s ? s->type_name : NULL);
    json_site(b, s, site);
    json_int(b, ",\"goroutine\":", gid);
    json_key_str(b, ",\"func\":", event_func(s, func));
    json_key_str(b, ",\"reason\":", heap_reason(s, region));
    buf_puts(b, "}\n");
}

void sink_json_go(Tracer *t, int site, int64_t parent, const char *func,
                  int64_t child, const char *entry, int64_t stack_bytes) {
    const TraceSite *s = trace_site(t, site);
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
