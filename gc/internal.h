/* internal.h — private to gc/: the heap's data structures, shared by the
 * allocator (heap.c) and the collector (collect.c).  Nothing outside gc/
 * includes this file but its unit test (white-box checks); the public API
 * is gc.h.
 *
 * Vocabulary (Go's, see heap.c for the whole picture):
 *   page       8 KiB, the unit the page heap hands out
 *   span       a run of pages: free, carved into equal slots of one size
 *              class (small), or holding one large object
 *   spanclass  class << 1 | noscan: small spans are per (class, noscan)
 *   arena      64 MiB of reserved address space with a page map entry
 *              (Span *) per page */
#ifndef GOSUB_GC_INTERNAL_H
#define GOSUB_GC_INTERNAL_H

#include "compiler/util.h"
#include "gc/gc.h"

#define GC_PAGE_SHIFT 13
#define GC_PAGE_SIZE ((size_t)1 << GC_PAGE_SHIFT)
#define GC_MAX_SMALL 32768
#define GC_NUM_CLASSES 68
#define GC_NUM_SPANCLASSES (GC_NUM_CLASSES * 2)
#define GC_ARENA_SHIFT 26                            /* 64 MiB arenas */
#define GC_ARENA_SIZE ((size_t)1 << GC_ARENA_SHIFT)
#define GC_ARENA_PAGES (GC_ARENA_SIZE >> GC_PAGE_SHIFT)
#define GC_ADDR_BITS 47                              /* amd64 user space */
#define GC_ARENA_INDEX_LEN ((size_t)1 << (GC_ADDR_BITS - GC_ARENA_SHIFT))
#define GC_FREE_BUCKETS 128       /* free runs of 1..127 pages by size */
#define GC_HEAP_MINIMUM ((uint64_t)4 << 20)         /* goal floor, GOGC=100 */
#define GC_SCAVENGE_SLACK ((uint64_t)1 << 20)       /* idle bytes kept */
#define GC_SCAN_CHUNK ((size_t)128 << 10)           /* bytes scanned per pop */

/* Size class tables: Go 1.19's (runtime/sizeclasses.go), as data. */
extern const uint16_t gc_class_size[GC_NUM_CLASSES];
extern const uint8_t gc_class_npages[GC_NUM_CLASSES];

/* The type recorded for a GC_CONSERVATIVE object: every word is scanned. */
extern const Type gc_conservative_type;

typedef enum SpanState { SPAN_FREE, SPAN_SMALL, SPAN_LARGE } SpanState;

typedef struct Span Span;
struct Span {
    uintptr_t base;          /* first byte (page aligned) */
    size_t npages;
    uint8_t state;           /* SpanState */
    uint8_t spanclass;       /* small: class << 1 | noscan; large: noscan */
    bool needzero;           /* some slot/page may hold old data */
    bool released;           /* free run: pages returned with madvise */

    /* in use (small and large) */
    size_t elemsize;         /* slot size; large: npages * page */
    uint32_t nelems, nwords; /* slots; 64-bit words per bitmap */
    uint32_t divmagic;       /* off * divmagic >> 32 == off / elemsize */
    uint32_t cache_word;     /* bitmap word the cache was taken from */
    uint64_t cache;          /* free slots of cache_word not handed out */
    uint64_t *alloc_bits;    /* slot allocated (cache bits count as set) */
    uint64_t *mark_bits;     /* slot reached during the current mark */
    const Type **types;      /* scan spans: element type per slot */
    const Type *large_type;  /* large scan span: types == &large_type */
    int index;               /* position in Heap.spans */

    /* links: free run bucket (doubly linked) or partial list (next) */
    Span *next, *prev;
    uint64_t free_gen;       /* free run: the cycle that freed it */
};

typedef struct HeapArena {
    Span *pages[GC_ARENA_PAGES]; /* span owning each page, or NULL.  In-use
                                    spans fill every page; free runs only
                                    their first and last. */
} HeapArena;

typedef struct Region {      /* one mmap reservation (>= 1 arena) */
    uintptr_t base;
    size_t size;
} Region;

typedef struct MarkEntry {   /* a grey object waiting to be scanned */
    uintptr_t base;
    const Type *type;        /* element type or &gc_conservative_type */
    size_t size;             /* slot size */
} MarkEntry;

struct Heap {
    /* allocation fast path: keep together */
    Span *cur[GC_NUM_SPANCLASSES];   /* span each class allocates from */
    uint64_t total_alloc, mallocs;   /* cumulative, bytes / objects */
    bool stress;
    bool collecting;                 /* inside a collection (roots callback) */
    uint64_t zerobase;               /* the address of every 0-byte object */

    HeapOptions opts;
    GcRootsFn roots;
    void *owner;

    /* address space */
    HeapArena **arena_index;         /* by address >> GC_ARENA_SHIFT */
    uintptr_t lo, hi;                /* covers every arena (quick reject) */
    VEC(Region) regions;
    VEC(HeapArena *) arenas;
    uintptr_t frontier, frontier_end;/* never used pages of the last region */

    /* page heap */
    Span *free_runs[GC_FREE_BUCKETS];/* [n]: runs of n pages; [0]: >= 128 */
    uint64_t sys_bytes;              /* pages ever handed to the page heap */
    uint64_t inuse_pages, idle_pages, released_pages;

    /* spans in use, and small spans with free slots per spanclass */
    VEC(Span *) spans;
    Span *partial[GC_NUM_SPANCLASSES];

    /* collector */
    VEC(MarkEntry) mark_stack;
    size_t mark_stack_peak;          /* entries allocated, last cycle */
    uint64_t freed_bytes, frees;     /* cumulative */
    uint64_t num_gc, next_gc, heap_marked;
    uint64_t stack_scan, globals_scan;   /* root bytes seen this cycle */
    uint64_t start_ns, pause_total_ns, last_pause_ns;
    uint64_t last_mark_ns, last_sweep_ns;
};

/* ---- shared between heap.c and collect.c ---- */

/* The span owning address p, or NULL: two loads after a range check. */
static inline Span *gc_span_of(const Heap *h, uintptr_t p) {
    if (p - h->lo >= h->hi - h->lo) return NULL;
    HeapArena *a = h->arena_index[p >> GC_ARENA_SHIFT];
    if (!a) return NULL;
    return a->pages[(p >> GC_PAGE_SHIFT) & (GC_ARENA_PAGES - 1)];
}

/* Slot index of address p in in-use span s, or -1 (tail waste). */
static inline long gc_slot_of(const Span *s, uintptr_t p) {
    if (s->state == SPAN_LARGE) return 0;
    uint64_t idx = ((uint64_t)(p - s->base) * s->divmagic) >> 32;
    return idx < s->nelems ? (long)idx : -1;
}

static inline bool gc_bit(const uint64_t *bits, size_t i) {
    return (bits[i >> 6] >> (i & 63)) & 1;
}

uint64_t gc_now_ns(void);
uint64_t gc_heap_alloc(const Heap *h);          /* live + unswept bytes */
void gc_flush_caches(Heap *h);                  /* before marking */
void gc_span_release(Heap *h, Span *s);         /* sweep found it empty */
void gc_scavenge(Heap *h);                      /* madvise old free runs */
void gc_commit_goal(Heap *h);                   /* next_gc from pacing */
void gc_run(Heap *h, bool forced);              /* one whole collection */

#endif
