/* gc.h — the heap: the only way gosub allocates Go objects.
 *
 * A Heap hands out zeroed objects, finds the object containing any address
 * (interior pointers keep objects alive) and collects garbage by mark-sweep
 * without moving anything.  It knows objects only by their type descriptors
 * (types.h: size, ptrdata, ptrmask).  Roots come from the owner (the VM)
 * through a callback: the owner calls gc_mark_range / gc_mark_ptr for its
 * stacks, globals and temporaries.
 *
 * Collection happens only inside gc_alloc (when the heap reaches its goal,
 * live x (1 + GOGC/100), or always under stress mode) or gc_collect: those
 * are the safe points; the owner must have every live pointer reachable from
 * its roots before calling them. */
#ifndef GOSUB_GC_H
#define GOSUB_GC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "compiler/types.h"

typedef struct Heap Heap;

/* Called at the start of each collection: the owner marks its roots. */
typedef void (*GcRootsFn)(Heap *h, void *owner);

enum GcFlags {
    GC_NOSCAN = 1 << 0,        /* the object holds no pointers */
    GC_CONSERVATIVE = 1 << 1,  /* scan every word (type unknown) */
};

typedef struct HeapStats {
    uint64_t total_alloc;      /* bytes allocated, cumulative (size-class
                                  rounded, as Go's TotalAlloc) */
    uint64_t mallocs, frees;   /* object counts, cumulative */
    uint64_t heap_alloc;       /* bytes in live + not yet swept objects */
    uint64_t heap_sys;         /* bytes obtained from the OS */
    uint64_t num_gc;           /* completed cycles */
    uint64_t next_gc;          /* heap goal */
    uint64_t pause_total_ns;
    /* additions (gc/ engineer): */
    uint64_t heap_inuse;       /* bytes in spans in use (HeapInuse) */
    uint64_t heap_idle;        /* bytes in free page runs (HeapIdle) */
    uint64_t heap_released;    /* of heap_idle, returned to the OS */
    uint64_t heap_objects;     /* mallocs - frees */
    uint64_t heap_marked;      /* live bytes found by the last cycle */
    uint64_t last_pause_ns;    /* the last cycle: whole pause, */
    uint64_t last_mark_ns;     /*   its mark phase (roots + drain), */
    uint64_t last_sweep_ns;    /*   its sweep phase */
} HeapStats;

typedef struct HeapOptions {
    int gogc;                  /* GOGC: 100 default, <0 = off */
    bool gctrace;              /* GODEBUG=gctrace=1 */
    bool stress;               /* --gc-stress: collect at every allocation */
    uint64_t max_heap;         /* --max-heap; 0 = unlimited */
    FILE *trace_out;           /* gctrace destination (stderr) */
    bool verify;               /* run gc_verify after every cycle; abort on
                                  a problem (tests, debug builds) */
    /* Called at the end of every cycle with the heap before it and the
     * live bytes it found (the tracer's heap-size history); may be NULL.
     * Must not allocate on this heap. */
    void (*on_cycle)(void *ud, uint64_t heap_before, uint64_t heap_live);
    void *cycle_ud;
} HeapOptions;

/* gogc 100, stderr; everything else off.  gc_new(NULL, ...) uses these.
 * Start from these: a zeroed HeapOptions means GOGC=0 (collect whenever
 * the heap grows past the live data), as in Go. */
void gc_default_options(HeapOptions *o);
/* Reads GOGC ("off" or a percentage) and GODEBUG=gctrace=N as Go does,
 * and GOSUB_GC_VERIFY=1 (ours: set `verify`). */
void gc_options_from_env(HeapOptions *o);

Heap *gc_new(const HeapOptions *opts, GcRootsFn roots, void *owner);
void gc_free(Heap *h);

/* A zeroed object of `size` bytes.  `elem` is the element type (the object
 * is an array of elem if size > elem->size), or NULL with GC_NOSCAN /
 * GC_CONSERVATIVE.  Returns NULL only when --max-heap would be exceeded
 * (the caller raises Go's out-of-memory fatal error).
 * Details: an elem without pointers (ptrdata 0) is noscan by itself; NULL
 * elem without flags is scanned conservatively; size 0 returns one shared
 * non-NULL address that is not a heap object (Go's zerobase).  The slot is
 * gc_rounded_size(size) bytes and is scanned as floor(slot / elem->size)
 * elements (the extra ones are zero). */
void *gc_alloc(Heap *h, size_t size, const Type *elem, unsigned flags);

/* The fast path of a site that always allocates the same thing: classify
 * it once with gc_prepare (the arguments as for gc_alloc), then
 * gc_alloc_prepared pops a free slot of that class, or returns NULL when a
 * slower step is due (a refill, a collection, --gc-stress, a large or empty
 * object): the caller then calls gc_alloc. */
typedef struct GcClass {
    int spanclass;           /* -1: never served by the fast path */
    const Type *scan;        /* how the slot is scanned (NULL: noscan) */
} GcClass;
GcClass gc_prepare(size_t size, const Type *elem, unsigned flags);
void *gc_alloc_prepared(Heap *h, GcClass c);

/* Go's size class for a small allocation (0 for a large one), and the bytes
 * actually reserved for `size`. */
int gc_size_class(size_t size);
size_t gc_rounded_size(size_t size);

void gc_collect(Heap *h);                 /* runtime.GC() */
void gc_set_percent(Heap *h, int gogc);   /* debug.SetGCPercent */
int gc_percent(Heap *h);                  /* the current GOGC (SetGCPercent
                                             returns the old one) */
void gc_stats(Heap *h, HeapStats *out);

/* Root marking, for the GcRootsFn (which must not allocate).  A pointer
 * anywhere inside an object keeps it alive; a pointer one past an object's
 * end belongs to the next slot, not to the object (Go never makes one:
 * s[len(s):] of a full slice keeps the base pointer when cap is 0).  Words
 * that are not heap addresses are ignored.  Bytes passed to gc_mark_range
 * count as stack bytes, 8 per gc_mark_ptr as global bytes: both feed the
 * pacer, as Go's stack and globals scan work do. */
void gc_mark_ptr(Heap *h, const void *p);            /* p may be interior or
                                                        not a heap address */
void gc_mark_range(Heap *h, const void *lo, const void *hi); /* conservative */

/* The object containing p, or NULL (used by the tracer and tests). */
void *gc_object_base(Heap *h, const void *p, size_t *size);

/* Heap verifier: checks spans, page map, bitmaps, free runs and counters;
 * prints each problem to stderr and returns how many it found (0 = ok). */
int gc_verify(Heap *h);

#endif
