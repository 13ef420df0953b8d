/* trace.h — allocation events: what the VM hands over, where they go, and
 * the per-site summary that closes every traced run.
 *
 * The VM owns one Tracer per run (or none: tracing off costs the VM one
 * branch, `if (vm->tracer)`, per allocation).  It describes the module's
 * allocation sites once, as an array of TraceSite, and then reports each
 * allocation by site index.  trace/ never sees vm/ or compiler/ structures:
 * every name it prints comes from a TraceSite or from the call.
 *
 * Invariants:
 *  - Events are numbered 1, 2, 3... in the order they are reported
 *    (allocations and goroutine creations share the numbering).
 *  - Output is buffered; nothing reported before trace_flush() returns is
 *    lost, whatever happens to the process afterwards.  For text and JSON
 *    trace_flush() only calls write(2), so a signal handler may call it.
 *  - A failed write prints one line on stderr ("gosub: trace: write PATH:
 *    REASON") and stops all further output; the program carries on and the
 *    counts (trace_summary_new) stay correct.
 *  - Aggregation memory is bounded by the number of distinct (site, region)
 *    pairs — and, for pprof, distinct (site, region, call stack) triples —
 *    never by the number of events.
 *  - The TraceSite array (and the strings it points to) must outlive the
 *    Tracer and every TraceSummary made from it.
 *
 * Sinks (TraceOptions.format):
 *   text   one line per event (below), then the summary table.
 *   json   JSON Lines: one object per event, then {"summary":{...}}.
 *   pprof  profile.proto, uncompressed (`go tool pprof` reads it as is),
 *          written at trace_finish (and rewritten by trace_flush when the
 *          output is a regular file).
 *
 * Text event line (columns have fixed minimum widths; longer values push
 * the rest of the line right, so `grep`, `cut -c` on normal names and
 * `diff` all work):
 *   alloc  #1      heap      16 B  c2   main.Demo     programs/escape/pointer.go:10:10    new(Demo)     g1 main.createDemo  (escapes: returned from createDemo)
 *   alloc  #2      stack     24 B  -    [3]int        main.go:5:11                        []int{...}    g1 main.main
 *   go     #4      -       8192 B  -    goroutine     main.go:9:2                         go work(i)    g1 main.main  -> g2 main.work
 *   alloc  #5      heap  100000 B  c0   []uint8       main.go:7:14                        make([]byte, n)  g2 main.work  (escapes: non-constant size)
 * Fields: event kind, sequence number, region, size, size class (c0 = a
 * large heap object, "-" on the stack or for zero bytes), type, site
 * position, source text, goroutine and function, escape reason ("escape
 * analysis off" for a heap object whose site the compiler had put on the
 * stack).
 *
 * Text summary (after the events; alone with --trace-summary):
 *   --- allocations: heap 3 objects 100032 B, stack 1 objects 24 B; 3 GC cycles; 1 goroutines
 *   site                                        region  count   bytes  reason
 *   main.go:7:14 make([]byte, n)                heap        1  100000  escapes: non-constant size
 *   programs/escape/pointer.go:10:10 new(Demo)  heap        2      32  escapes: returned from createDemo
 *   main.go:5:11 []int{...}                     stack       1      24  -
 *
 * JSON Lines fields (one object per line, keys always in this order):
 *   seq        int     event number, from 1
 *   event      string  "alloc" | "go" (goroutine creation)
 *   kind       string  the site kind: "new", "composite", "makeslice",
 *                      "makemap", "makechan", "closure", "moved",
 *                      "conviface", "append", "concat", "convstr",
 *                      "methodval", "slicelit", "maplit"; "go" for go
 *                      (whose site is the go statement)
 *   region     string  "heap" | "stack" ("goroutine" for go events)
 *   size       int     bytes requested (go: bytes of the new stack)
 *   class      int|null Go's size class for a heap object (0 = large
 *                      object, > 32 KiB); null on the stack and for a
 *                      zero-size object
 *   type       string|null  allocated type, Go syntax ("main.Demo", "[]int")
 *   file, line, col    the site's position (null/0 when there is no site)
 *   site       int     index in the module's site table (-1: none)
 *   text       string|null  source text of the site ("new(Demo)")
 *   goroutine  int     id of the allocating (go: creating) goroutine
 *   func       string|null  Go qualified name of the allocating function
 *   reason     string|null  why the site escapes (null: it does not)
 *   new_goroutine, entry    go events only: the new goroutine's id and the
 *                      function it starts in
 * The final line is {"summary":{"heap":{"objects":N,"bytes":N},
 *   "stack":{...},"goroutines":N,"events":N,"gc_cycles":N,"elapsed_ns":N,
 *   "heap_rounded":N (TraceSummary.heap_rounded),
 *   "sites":[{"site","file","line","col","text","kind","type","region",
 *   "count","bytes","reason"}, ...]}}, sites in summary order.
 *
 * Summary order: heap bytes descending; ties by position (file, line, col),
 * then heap before stack, then site index. */
#ifndef GOSUB_TRACE_H
#define GOSUB_TRACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Same values as the compiler's Region (REGION_STACK 0, REGION_HEAP 1). */
enum { TRACE_STACK = 0, TRACE_HEAP = 1 };

typedef enum TraceFormat { TRACE_TEXT, TRACE_JSON, TRACE_PPROF } TraceFormat;

/* One allocation site, filled by the VM from its module's site table. */
typedef struct TraceSite {
    const char *file;        /* "programs/escape/pointer.go" */
    int line, col;           /* Go's position (a call: its '(') */
    const char *text;        /* "new(Demo)" */
    const char *kind;        /* "new", "makeslice", ... (see above) */
    int region;              /* the compiler's decision: TRACE_STACK/HEAP */
    const char *reason;      /* why it escapes; NULL if it does not */
    const char *type_name;   /* "main.Demo"; NULL if unknown */
    const char *func;        /* enclosing function, used when an event
                                gives none; may be NULL */
} TraceSite;

/* One frame of a goroutine's call stack (pprof). */
typedef struct TraceFrame {
    const char *func;        /* Go qualified name */
    const char *file;
    int line;                /* the line executing in that frame */
} TraceFrame;

typedef struct TraceOptions {
    TraceFormat format;
    const char *path;        /* NULL or "-": stderr */
    int fd;                  /* > 0: write here instead of opening path
                                (tests, the driver); never closed */
    bool summary_only;       /* --trace-summary: no events, only the
                                summary (text or json; pprof: text on
                                the output) */
    bool no_summary;         /* suppress the summary (tests, compare) */
    bool pprof_stack;        /* pprof: include stack allocations as well
                                (labelled region=stack); default heap only,
                                as Go's own heap profile */
    bool pprof_summary;      /* pprof: also print the text summary on
                                stderr */
    const char *program;     /* pprof: the profile's "File:" (the .go
                                file run); NULL: "gosub" */
    size_t flush_bytes;      /* buffer size before a write; 0 = 64 KiB */
    int line_buffered;       /* 1: write after every event; 0: when the
                                buffer is full; -1 (the default): 1 if
                                the output is a terminal */
} TraceOptions;

/* text, stderr, summary on, 64 KiB buffer, line buffering on a tty.
 * (A zeroed TraceOptions is the same, but never line buffered.) */
void trace_default_options(TraceOptions *o);

/* Filled by the VM at the end of a run, for the summary and compare. */
typedef struct TraceTotals {
    uint64_t gc_cycles;
    uint64_t elapsed_ns;     /* wall time of the run */
    int exit_status;         /* as a shell sees it: 128+N if killed by
                                signal N */
} TraceTotals;

/* One row of a summary: one site in one region. */
typedef struct TraceRow {
    int site;                /* index in the site table */
    const TraceSite *s;      /* that entry */
    int region;
    uint64_t count, bytes;
} TraceRow;

/* One garbage collection, for the report's heap-over-time chart: the
 * event number when it ran, the heap before it and the live bytes it
 * found.  The Tracer keeps the first TRACE_MAX_GC cycles. */
typedef struct TraceGcCycle {
    uint64_t seq, heap_before, heap_live;
} TraceGcCycle;
enum { TRACE_MAX_GC = 100000 };

typedef struct TraceSummary {
    uint64_t objects[2], bytes[2];   /* indexed by TRACE_STACK/TRACE_HEAP */
    uint64_t heap_rounded;           /* heap bytes rounded up to the size
                                        class (large: to pages), the way
                                        runtime.MemStats.TotalAlloc counts */
    uint64_t goroutines;             /* go events */
    uint64_t events;                 /* all events */
    TraceTotals totals;
    TraceRow *rows;                  /* sorted in summary order */
    int nrows;
    TraceGcCycle *gc;                /* the cycles seen, in order */
    int ngc;
    const char *stderr_line;         /* compare: the first line the run
                                        wrote on stderr (no newline), NULL
                                        if none; not owned, not encoded */
} TraceSummary;

typedef struct Tracer Tracer;

/* Opens the output.  On failure returns NULL and writes a message such as
 * "gosub: trace: open /x/y: No such file or directory" into err (the
 * driver prints it and exits 1 before running the program). */
Tracer *trace_new(const TraceOptions *o, const TraceSite *sites, int nsites,
                  char *err, size_t errlen);

/* The hot path.  site indexes the TraceSite array (-1: no site); region is
 * where the object went in this run; func is the running function's Go name
 * (NULL: the site's).  The size class is derived here. */
void trace_alloc(Tracer *t, int site, int region, int64_t size,
                 int64_t goroutine, const char *func);

/* Does the sink use call stacks (pprof)?  Ask once; if true, report
 * allocations with trace_alloc_stack instead. */
bool trace_wants_stack(const Tracer *t);

/* As trace_alloc, with the goroutine's call stack, innermost frame first
 * (stack[0] is the allocating function; its name is used as func).  Only
 * the innermost TRACE_MAX_STACK frames are used, as Go's memory profiler
 * keeps 32: the VM need not collect more. */
enum { TRACE_MAX_STACK = 32 };
void trace_alloc_stack(Tracer *t, int site, int region, int64_t size,
                       int64_t goroutine, const TraceFrame *stack,
                       int nstack);

/* A `go` statement: goroutine `parent` running `func` started goroutine
 * `child` in function `entry`, with a stack of stack_bytes.  site is the
 * statement's entry in the site table (kind "go": the position of the
 * `go` keyword, text such as "go worker(i)"), or -1.  Go events are
 * counted (TraceSummary.goroutines), not aggregated into rows. */
void trace_goroutine(Tracer *t, int site, int64_t parent, const char *func,
                     int64_t child, const char *entry, int64_t stack_bytes);

/* The collector finished a cycle (gc/gc.h HeapOptions.on_cycle). */
void trace_gc_cycle(Tracer *t, uint64_t heap_before, uint64_t heap_live);

/* Writes everything buffered (pprof: rewrites the profile so far, when the
 * output is a regular file we opened).  Call before any exit and before
 * printing a panic or fatal error.  Text and JSON: only write(2), safe in
 * a signal handler; pprof encodes the profile (allocates): call it from a
 * handler only if the process is about to die anyway.  NULL is allowed. */
void trace_flush(Tracer *t);

/* Writes the summary (unless disabled), flushes and closes the output.
 * Events reported after it are counted but not written; a second call
 * does nothing.  Returns false if any write failed. */
bool trace_finish(Tracer *t, const TraceTotals *totals);

/* Did every write succeed so far? */
bool trace_ok(const Tracer *t);

/* Closes the output if still open (without a summary) and frees. */
void trace_free(Tracer *t);

/* A snapshot of the counts, sorted; owned by the caller. */
TraceSummary *trace_summary_new(Tracer *t, const TraceTotals *totals);
void trace_summary_free(TraceSummary *s);

/* The summary as bytes, to hand it to another process running the same
 * binary (trace/wire.c): encode returns malloc'd bytes and their length;
 * decode rebuilds the summary with its rows pointing into `sites` (the
 * reader's site table for the same module: rows travel as indexes), or
 * returns NULL if the bytes are not a whole summary.  Everything travels
 * but stderr_line. */
void *trace_summary_encode(const TraceSummary *s, size_t *len);
TraceSummary *trace_summary_decode(const void *data, size_t len,
                                   const TraceSite *sites, int nsites);

/* The summary as the text sink prints it (json: as the json sink does). */
void trace_summary_print(FILE *out, const TraceSummary *s);
void trace_summary_json(FILE *out, const TraceSummary *s);

/* `gosub compare`: per site (matched by position and text, so the two runs
 * may come from two compilations), heap/stack in each run, then totals,
 * the share of heap allocations that escape analysis saved, GC cycles and
 * run time of each mode. */
void trace_compare_print(FILE *out, const TraceSummary *on,
                         const TraceSummary *off);
void trace_compare_json(FILE *out, const TraceSummary *on,
                        const TraceSummary *off);

/* `gosub report`: one self-contained HTML page (inline CSS and SVG, one
 * small script, no network): totals of both runs, charts (top heap sites, heap
 * on vs off, heap size over the GC cycles of each run) and the source of
 * `file` (its text in `source`) with each line's sites annotated: decision,
 * reason, count and bytes in both runs (`sites`: the escape-on run's site
 * table, so sites never executed are shown too).  Every number that `gosub compare
 * --json` also prints carries a data-k attribute naming its JSON path
 * ("on.heap.objects", "sites.3.off.count") so a test can match them. */
void trace_report_html(FILE *out, const char *file, const char *source,
                       const TraceSite *sites, int nsites,
                       const TraceSummary *on, const TraceSummary *off);

/* The site kind name for the compiler's SiteKind order (vm/module.h):
 * "new", "composite", "makeslice", ...; "?" out of range. */
const char *trace_kind_name(int site_kind);

#endif
