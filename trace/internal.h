/* internal.h — private to trace/: the Tracer, its output, the key map, and
 * the entry points the files of trace/ give each other.
 *
 * Invariants:
 *  - Out.failed is sticky: after the first failed write nothing is written
 *    again (one message on stderr, then silence).
 *  - A KeyMap never holds two entries with equal keys; its table is at most
 *    half full, so a probe always ends at an empty slot.
 *  - Agg rows are appended in first-seen order and never move; the map
 *    stores their index. */
#ifndef GOSUB_TRACE_INTERNAL_H
#define GOSUB_TRACE_INTERNAL_H

#include <stdlib.h>

#include "compiler/util.h"
#include "trace/trace.h"

/* ---- Out: a buffered file descriptor ---- */
typedef struct Out {
    int fd;
    bool owned;              /* opened by us: close it */
    bool failed;             /* a write failed: stop writing */
    bool seekable;           /* a regular file (pprof can rewrite it) */
    bool line_buffered;
    const char *name;        /* for messages: the path or "stderr" */
    Buf buf;
    size_t threshold;
} Out;

bool out_open(Out *o, const TraceOptions *opt, char *err, size_t errlen);
void out_flush(Out *o);
void out_close(Out *o);
/* Replace the file's content with buf (pprof); false if it cannot. */
bool out_rewrite(Out *o, const char *p, size_t n);
static inline void out_maybe_flush(Out *o) {
    if (o->line_buffered || o->buf.len >= o->threshold) out_flush(o);
}

/* ---- KeyMap: byte-string keys -> int, hashed with xxHash ---- */
typedef struct KeySlot {
    uint64_t hash;
    uint32_t off, len;       /* key bytes in KeyMap.keys */
    int value;               /* -1: empty slot */
} KeySlot;

typedef struct KeyMap {
    KeySlot *slots;
    int cap, len;            /* cap is a power of two */
    Buf keys;
} KeyMap;

void keymap_init(KeyMap *m);
void keymap_free(KeyMap *m);
/* The value stored under key, or -1. */
int keymap_get(KeyMap *m, const void *key, size_t n, uint64_t hash);
void keymap_put(KeyMap *m, const void *key, size_t n, uint64_t hash,
                int value);

/* ---- Aggregation per (site, region) ---- */
typedef struct AggRow {
    int site, region;
    uint64_t count, bytes;
} AggRow;

typedef struct Pprof Pprof;

struct Tracer {
    TraceOptions opt;
    const TraceSite *sites;
    int nsites;
    Out out;
    uint64_t seq;
    uint64_t objects[2], bytes[2], goroutines;
    uint64_t heap_rounded;
    int64_t last_size;       /* gc_rounded_size(last_size) == last_rounded: */
    uint64_t last_rounded;   /*   most events repeat the previous size */
    VEC(TraceGcCycle) gc;
    KeyMap agg_map;
    VEC(AggRow) agg;
    int *row_cache;          /* (site + 1) * 2 + region -> agg row, -1:
                                not seen yet; a cache in front of agg_map
                                (2 ints per site: bounded by the sites) */
    Pprof *pprof;            /* pprof sink only */
    bool finished;
};

/* The site with index i, or NULL (no site, or out of range). */
static inline const TraceSite *trace_site(const Tracer *t, int i) {
    return i >= 0 && i < t->nsites ? &t->sites[i] : NULL;
}

/* sink.c: format one event into the output buffer. */
void sink_text_alloc(Tracer *t, int site, int region, int64_t size,
                     int64_t gid, const char *func);
void sink_json_alloc(Tracer *t, int site, int region, int64_t size,
                     int64_t gid, const char *func);
void sink_text_go(Tracer *t, int site, int64_t parent, const char *func,
                  int64_t child, const char *entry, int64_t stack_bytes);
void sink_json_go(Tracer *t, int site, int64_t parent, const char *func,
                  int64_t child, const char *entry, int64_t stack_bytes);
void json_str(Buf *b, const char *s);      /* "..." or null */
const char *region_name(int region);

/* summary.c */
void summary_text(Buf *b, const TraceSummary *s);
/* "file:line:col text" of a site, "(no site)" for NULL */
void site_label(char *out, size_t n, const TraceSite *s);

/* The comparison of two runs: one row per site label, in compare order
 * (the order of `gosub compare`'s table and of its JSON "sites"). */
typedef struct Side {
    int regions;              /* bit 1 << TRACE_STACK / TRACE_HEAP */
    uint64_t count, bytes, heap;
} Side;

typedef struct CmpRow {
    const TraceSite *s;       /* from whichever run saw the site first */
    Side on, off;
} CmpRow;

typedef VEC(CmpRow) CmpRows;
CmpRows compare_rows(const TraceSummary *on, const TraceSummary *off);
const char *side_region(const Side *s);   /* "stack" "heap" "both" "-" */
void summary_json(Buf *b, const TraceSummary *s);

/* pprof.c */
Pprof *pprof_new(const char *program);
void pprof_free(Pprof *p);
void pprof_add(Pprof *p, int site, const TraceSite *s, int region,
               int64_t size, const TraceFrame *stack, int nstack);
void pprof_encode(Pprof *p, Buf *out);

#endif
