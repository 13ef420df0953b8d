/* heap.c — the allocator: size classes, arenas, the page heap, spans and
 * gc_alloc.  The collector that frees what this hands out is collect.c.
 *
 * Invariants:
 *  - Every object lives in a span: a run of 8 KiB pages.  A small object
 *    (1..32768 bytes) is a slot of a span carved into equal slots of one of
 *    Go's 67 size classes; spans are per spanclass = (class, noscan), as in
 *    Go, so a noscan span carries no type information at all.  A large
 *    object (> 32 KiB) has a span of its own, rounded up to whole pages.
 *  - The page map is exact: every page of an in-use span maps to the span,
 *    and the first and last pages of a free run map to the run, every other
 *    page maps to NULL.  So "which object contains p" is: arena index
 *    (p >> 26), page entry, then slot = offset * divmagic >> 32 (Go's
 *    multiply-for-divide) — O(1), and interior pointers find their object.
 *  - A slot is allocated iff its alloc bit is set and it is not in the
 *    span's allocation cache (the cache's bits are set in alloc_bits when it
 *    is loaded; the collector flushes caches before it marks, so during a
 *    collection alloc_bits is exact).
 *  - Memory handed out is zero: fresh and madvise'd pages are zero; a span
 *    whose slots were ever freed (needzero) zeroes a slot when it hands it
 *    out.  The collector never writes to object memory.
 *
 * Approach.  Address space comes from mmap in 64 MiB arenas, reserved with
 * MAP_NORESERVE and committed by the kernel on first touch; a bump frontier
 * hands fresh pages to the page heap, which keeps free runs in 127 exact
 * size buckets plus one list for runs of >= 128 pages (best fit), splits
 * them on allocation and coalesces neighbours (found through the page map)
 * on free.  Free runs that stay free for a whole GC cycle are returned to
 * the OS with madvise(MADV_DONTNEED) once more than 1 MiB sits idle
 * (gc_scavenge in collect.c).
 *   Small allocation, the fast path: size -> class by Go's lookup tables,
 * then the class's current span hands out the lowest set bit of its 64-bit
 * free-slot cache (ctz, clear lowest bit).  The slow path refills the cache
 * from the next bitmap word, takes a partially free span left by the last
 * sweep, or carves a new span from the page heap — and that is where the
 * collector is triggered, as Go triggers it when an mcache needs a span.
 *   Example: gc_alloc(h, 24, T, 0) with T = struct{p *int; n, m int}: class
 * 3 (24 bytes), spanclass 6 (scan); the span has 341 slots; slot 5 is at
 * base + 120; types[5] = T; a later gc_mark_ptr(h, base + 130) lands in
 * slot (130 * divmagic) >> 32 = 5.
 *
 * Known imprecision (versus Go): no tiny allocator (Go packs noscan
 * objects < 16 bytes into shared 16-byte blocks, so Go's counts are lower
 * for those); one Type * per slot in scan spans (8 bytes per object of
 * metadata, 100% for 8-byte objects) where Go keeps 2 bits per word; the
 * trigger compares allocated object bytes, checked when a span is needed,
 * so the heap can pass the goal by up to one span per spanclass; --max-heap
 * limits the pages in use by spans (HeapInuse), not object bytes.  Single
 * threaded: the VM runs every goroutine on one OS thread.
 *
 * Cost: fast path ~10 instructions plus zeroing a reused slot; slow path
 * O(bitmap words) per cache refill; page heap O(127 + large runs) per span;
 * span metadata ~200 bytes + 2 bits and (scan) 8 bytes per slot. */
#include "gc/internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

/* ---- size classes (Go 1.19 runtime/sizeclasses.go, as data) ---- */

const uint16_t gc_class_size[GC_NUM_CLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
    240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768,
    896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200,
    3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
    10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576,
    27264, 28672, 32768
};
const uint8_t gc_class_npages[GC_NUM_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4
};
static const uint8_t size_to_class8[1024 / 8 + 1] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20,
    20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25,
    25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28,
    28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30,
    30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32
};
static const uint8_t size_to_class128[(GC_MAX_SMALL - 1024) / 128 + 1] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42,
    43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47,
    47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51,
    51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54,
    54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57,
    57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60,
    60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63,
    63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
    66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67
};

const Type gc_conservative_type = {.kind = TY_UNSAFEPTR, .size = 8,
                                   .align = 8, .str = "conservative"};

/* Class of a small size (1..32768); Go's lookup, including its unsigned
 * wrap-around for 1017..1023 (which lands on class 32, 1024 bytes). */
static inline unsigned small_class(size_t size) {
    if (size <= 1024 - 8) return size_to_class8[(size + 7) >> 3];
    return size_to_class128[(size - 1024 + 127) >> 7];
}

int gc_size_class(size_t size) {
    if (size == 0 || size > GC_MAX_SMALL) return 0;
    return (int)small_class(size);
}

size_t gc_rounded_size(size_t size) {
    if (size == 0) return 0;
    if (size <= GC_MAX_SMALL) return gc_class_size[small_class(size)];
    if (size + GC_PAGE_SIZE < size) return size;
    return (size + GC_PAGE_SIZE - 1) & ~(GC_PAGE_SIZE - 1);
}

uint64_t gc_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* ---- arenas and the page map ---- */

static HeapArena *arena_of(const Heap *h, uintptr_t p) {
    return h->arena_index[p >> GC_ARENA_SHIFT];
}

static void map_page(Heap *h, uintptr_t p, Span *s) {
    arena_of(h, p)->pages[(p >> GC_PAGE_SHIFT) & (GC_ARENA_PAGES - 1)] = s;
}

static void map_span(Heap *h, Span *s, Span *to) {
    for (size_t i = 0; i < s->npages; i++)
        map_page(h, s->base + (i << GC_PAGE_SHIFT), to);
}

static uintptr_t span_end(const Span *s) {
    return s->base + (s->npages << GC_PAGE_SHIFT);
}

/* Reserves a fresh region of at least `bytes`, 64 MiB aligned, and makes it
 * the frontier.  False if the OS refuses. */
static bool grow_region(Heap *h, size_t bytes) {
    size_t size = (bytes + GC_ARENA_SIZE - 1) & ~(GC_ARENA_SIZE - 1);
    if (size < bytes) return false;
    size_t want = size + GC_ARENA_SIZE;
    void *m = mmap(NULL, want, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) return false;
    uintptr_t raw = (uintptr_t)m;
    uintptr_t base = (raw + GC_ARENA_SIZE - 1) & ~(GC_ARENA_SIZE - 1);
    if (base > raw) munmap(m, base - raw);
    if (raw + want > base + size)
        munmap((void *)(base + size), raw + want - (base + size));
    if (((base + size - 1) >> GC_ADDR_BITS) != 0) {
        munmap((void *)base, size);
        return false;
    }
    Region r = {base, size};
    VEC_PUSH(h->regions, r);
    for (uintptr_t a = base; a < base + size; a += GC_ARENA_SIZE) {
        HeapArena *ar = xcalloc(1, sizeof(HeapArena));
        VEC_PUSH(h->arenas, ar);
        h->arena_index[a >> GC_ARENA_SHIFT] = ar;
    }
    if (h->hi == 0 || base < h->lo) h->lo = base;
    if (base + size > h->hi) h->hi = base + size;
    h->frontier = base;
    h->frontier_end = base + size;
    return true;
}

/* ---- the page heap: free runs, split and coalesced ---- */

static int bucket_of(size_t npages) {
    return npages < GC_FREE_BUCKETS ? (int)npages : 0;
}

static void run_insert(Heap *h, Span *r) {
    Span **head = &h->free_runs[bucket_of(r->npages)];
    r->prev = NULL;
    r->next = *head;
    if (*head) (*head)->prev = r;
    *head = r;
    map_page(h, r->base, r);
    map_page(h, span_end(r) - GC_PAGE_SIZE, r);
    h->idle_pages += r->npages;
    if (r->released) h->released_pages += r->npages;
}

static void run_remove(Heap *h, Span *r) {
    if (r->prev) r->prev->next = r->next;
    else h->free_runs[bucket_of(r->npages)] = r->next;
    if (r->next) r->next->prev = r->prev;
    r->next = r->prev = NULL;
    map_page(h, r->base, NULL);
    map_page(h, span_end(r) - GC_PAGE_SIZE, NULL);
    h->idle_pages -= r->npages;
    if (r->released) h->released_pages -= r->npages;
}

/* Adds a free run [base, base + npages pages), idle since cycle `gen`,
 * merging with free neighbours.  The merged run is dirty if any part is,
 * counts as released only if every part is, and is as young as its
 * youngest part. */
static void run_free(Heap *h, uintptr_t base, size_t npages, bool needzero,
                     bool released, uint64_t gen) {
    Span *r = xcalloc(1, sizeof(Span));
    r->state = SPAN_FREE;
    r->base = base;
    r->npages = npages;
    r->needzero = needzero;
    r->released = released;
    r->free_gen = gen;
    Span *left = gc_span_of(h, base - 1);
    if (left && left->state == SPAN_FREE) {
        run_remove(h, left);
        r->base = left->base;
        r->npages += left->npages;
        r->needzero |= left->needzero;
        r->released &= left->released;
        if (left->free_gen > r->free_gen) r->free_gen = left->free_gen;
        free(left);
    }
    Span *right = gc_span_of(h, span_end(r));
    if (right && right->state == SPAN_FREE) {
        run_remove(h, right);
        r->npages += right->npages;
        r->needzero |= right->needzero;
        r->released &= right->released;
        if (right->free_gen > r->free_gen) r->free_gen = right->free_gen;
        free(right);
    }
    run_insert(h, r);
}

static Span *run_find(Heap *h, size_t npages) {
    for (size_t n = npages; n < GC_FREE_BUCKETS; n++)
        if (h->free_runs[n]) return h->free_runs[n];
    Span *best = NULL;
    for (Span *r = h->free_runs[0]; r; r = r->next)
        if (r->npages >= npages && (!best || r->npages < best->npages))
            best = r;
    return best;
}

/* A span of npages pages (state SPAN_FREE, not in any list or map), or
 * NULL if the OS has no more address space. */
static Span *pages_alloc(Heap *h, size_t npages) {
    Span *s = xcalloc(1, sizeof(Span));
    s->npages = npages;
    Span *r = run_find(h, npages);
    if (r) {
        run_remove(h, r);
        s->base = r->base;
        s->needzero = r->needzero;
        if (r->npages > npages)
            run_free(h, r->base + (npages << GC_PAGE_SHIFT),
                     r->npages - npages, r->needzero, r->released,
                     r->free_gen);
        free(r);
        return s;
    }
    size_t bytes = npages << GC_PAGE_SHIFT;
    if (h->frontier_end - h->frontier < bytes) {
        uintptr_t old = h->frontier, old_end = h->frontier_end;
        if (!grow_region(h, bytes)) {
            free(s);
            return NULL;
        }
        if (old_end > old) {     /* the old tail becomes an untouched run */
            h->sys_bytes += old_end - old;
            run_free(h, old, (old_end - old) >> GC_PAGE_SHIFT, false, true,
                     h->num_gc);
        }
    }
    s->base = h->frontier;
    h->frontier += bytes;
    h->sys_bytes += bytes;
    return s;
}

/* ---- spans ---- */

static uint64_t valid_bits(const Span *s, uint32_t w) {
    uint32_t left = s->nelems - w * 64;
    return left >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << left) - 1;
}

static void span_init(Heap *h, Span *s, SpanState state, size_t elemsize,
                      bool noscan) {
    s->state = (uint8_t)state;
    s->elemsize = elemsize;
    s->nelems = (uint32_t)((s->npages << GC_PAGE_SHIFT) / elemsize);
    s->nwords = (s->nelems + 63) / 64;
    s->divmagic = (uint32_t)(UINT32_MAX / elemsize + 1);
    s->alloc_bits = xcalloc(2 * (size_t)s->nwords, sizeof(uint64_t));
    s->mark_bits = s->alloc_bits + s->nwords;
    if (!noscan)
        s->types = state == SPAN_LARGE
                       ? &s->large_type
                       : xmalloc(s->nelems * sizeof(const Type *));
    s->cache_word = UINT32_MAX;
    s->index = h->spans.len;
    VEC_PUSH(h->spans, s);
    map_span(h, s, s);
    h->inuse_pages += s->npages;
}

/* Sweep found s empty (or the heap is going away): back to the page heap. */
void gc_span_release(Heap *h, Span *s) {
    Span *last = h->spans.items[--h->spans.len];
    h->spans.items[s->index] = last;
    last->index = s->index;
    map_span(h, s, NULL);
    h->inuse_pages -= s->npages;
    run_free(h, s->base, s->npages, true, false, h->num_gc);
    free(s->alloc_bits < s->mark_bits ? s->alloc_bits : s->mark_bits);
    if (s->types != &s->large_type) free(s->types);
    free(s);
}

/* Loads the next bitmap word with free slots into the cache. */
static bool span_refill(Span *s) {
    for (uint32_t w = s->cache_word + 1; w < s->nwords; w++) {
        uint64_t freebits = ~s->alloc_bits[w] & valid_bits(s, w);
        if (freebits) {
            s->alloc_bits[w] |= freebits;
            s->cache = freebits;
            s->cache_word = w;
            return true;
        }
    }
    s->cache_word = s->nwords;
    return false;
}

void gc_flush_caches(Heap *h) {
    for (int i = 0; i < GC_NUM_SPANCLASSES; i++) {
        Span *s = h->cur[i];
        if (s && s->cache) s->alloc_bits[s->cache_word] &= ~s->cache;
        if (s) s->cache = 0;
        h->cur[i] = NULL;
    }
}

/* ---- gc_alloc ---- */

/* What the collector scans an object with: NULL for noscan. */
static inline const Type *scan_type(const Type *elem, unsigned flags) {
    if (flags & GC_CONSERVATIVE) return &gc_conservative_type;
    if (flags & GC_NOSCAN) return NULL;
    if (!elem) return &gc_conservative_type;    /* unknown: be safe */
    return elem->ptrdata && elem->size ? elem : NULL;
}

/* Zeroes a reused slot; the common tiny sizes without a call. */
static inline void zero_slot(void *p, size_t n) {
    uint64_t *q = p;
    switch (n) {
    case 32: q[3] = 0; /* fall through */
    case 24: q[2] = 0; /* fall through */
    case 16: q[1] = 0; /* fall through */
    case 8: q[0] = 0; break;
    default: memset(p, 0, n);
    }
}

static inline void *take_slot(Heap *h, Span *s, const Type *t) {
    uint64_t c = s->cache;
    size_t idx = (size_t)s->cache_word * 64 + (size_t)__builtin_ctzll(c);
    s->cache = c & (c - 1);
    void *p = (void *)(s->base + idx * s->elemsize);
    if (t) s->types[idx] = t;
    if (s->needzero) zero_slot(p, s->elemsize);
    h->total_alloc += s->elemsize;
    h->mallocs++;
    return p;
}

uint64_t gc_heap_alloc(const Heap *h) {
    return h->total_alloc - h->freed_bytes;
}

/* May this allocation collect first?  Once per gc_alloc call at most. */
static bool want_gc(Heap *h, bool collected) {
    return !collected && h->opts.gogc >= 0 && gc_heap_alloc(h) >= h->next_gc;
}

/* Does --max-heap allow npages more in use? */
static bool fits(Heap *h, size_t npages) {
    return h->opts.max_heap == 0 ||
           ((uint64_t)h->inuse_pages + npages) * GC_PAGE_SIZE <=
               h->opts.max_heap;
}

static void *alloc_large(Heap *h, size_t size, const Type *t,
                         bool collected) {
    size_t npages = (size + GC_PAGE_SIZE - 1) >> GC_PAGE_SHIFT;
    if (npages == 0 || npages > (SIZE_MAX >> GC_PAGE_SHIFT) / 2) return NULL;
    if (want_gc(h, collected) || (!fits(h, npages) && !collected)) {
        gc_run(h, false);
        collected = true;
    }
    if (!fits(h, npages)) return NULL;
    Span *s = pages_alloc(h, npages);
    if (!s) return NULL;
    span_init(h, s, SPAN_LARGE, npages << GC_PAGE_SHIFT, t == NULL);
    s->spanclass = t == NULL;
    s->large_type = t;
    s->alloc_bits[0] = 1;
    s->cache_word = s->nwords;
    if (s->needzero) memset((void *)s->base, 0, s->elemsize);
    h->total_alloc += s->elemsize;
    h->mallocs++;
    return (void *)s->base;
}

__attribute__((noinline)) static void *alloc_slow(Heap *h, size_t size,
                                                  const Type *elem,
                                                  unsigned flags) {
    ASSERT(!h->collecting, "gc_alloc inside a collection (roots callback)");
    if (size == 0) return &h->zerobase;
    bool collected = false;
    if (h->stress) {
        gc_run(h, false);
        collected = true;
    }
    const Type *t = scan_type(elem, flags);
    ASSERT(!t || t == &gc_conservative_type || (int64_t)size >= t->size,
           "object smaller than its element type");
    if (size > GC_MAX_SMALL) return alloc_large(h, size, t, collected);
    unsigned cls = small_class(size);
    int spc = (int)(cls << 1 | (t == NULL));
    for (;;) {
        Span *s = h->cur[spc];
        if (s && (s->cache || span_refill(s))) return take_slot(h, s, t);
        if (h->partial[spc] && want_gc(h, collected)) {
            gc_run(h, false);              /* Go checks at every refill */
            collected = true;
            continue;
        }
        if ((s = h->partial[spc]) != NULL) {
            h->partial[spc] = s->next;
            s->next = NULL;
            h->cur[spc] = s;
            continue;
        }
        size_t npages = gc_class_npages[cls];
        if (want_gc(h, collected) || (!fits(h, npages) && !collected)) {
            gc_run(h, false);
            collected = true;
            continue;
        }
        if (!fits(h, npages)) return NULL;
        if (!(s = pages_alloc(h, npages))) return NULL;
        span_init(h, s, SPAN_SMALL, gc_class_size[cls], t == NULL);
        s->spanclass = (uint8_t)spc;
        h->cur[spc] = s;
    }
}

void *gc_alloc(Heap *h, size_t size, const Type *elem, unsigned flags) {
    if (size - 1 < GC_MAX_SMALL && !h->stress) {
        const Type *t = scan_type(elem, flags);
        Span *s = h->cur[small_class(size) << 1 | (t == NULL)];
        if (s && s->cache) return take_slot(h, s, t);
    }
    return alloc_slow(h, size, elem, flags);
}

GcClass gc_prepare(size_t size, const Type *elem, unsigned flags) {
    GcClass c = {-1, NULL};
    if (size - 1 >= GC_MAX_SMALL) return c;
    c.scan = scan_type(elem, flags);
    c.spanclass = (int)(small_class(size) << 1 | (c.scan == NULL));
    return c;
}

void *gc_alloc_prepared(Heap *h, GcClass c) {
    if (c.spanclass < 0 || h->stress) return NULL;
    Span *s = h->cur[c.spanclass];
    return s && s->cache ? take_slot(h, s, c.scan) : NULL;
}

/* ---- lookups ---- */

void *gc_object_base(Heap *h, const void *p, size_t *size) {
    Span *s = gc_span_of(h, (uintptr_t)p);
    if (!s || s->state == SPAN_FREE) return NULL;
    long i = gc_slot_of(s, (uintptr_t)p);
    if (i < 0 || !gc_bit(s->alloc_bits, (size_t)i)) return NULL;
    if ((uint32_t)(i >> 6) == s->cache_word && ((s->cache >> (i & 63)) & 1))
        return NULL;                     /* free, waiting in the cache */
    if (size) *size = s->elemsize;
    return (void *)(s->base + (size_t)i * s->elemsize);
}

/* ---- the heap's life ---- */

void gc_default_options(HeapOptions *o) {
    memset(o, 0, sizeof *o);
    o->gogc = 100;
    o->trace_out = stderr;
}

/* GOGC as Go reads it: "off" disables, a number sets the percentage,
 * anything else (or unset) leaves o->gogc.  GODEBUG: gctrace=N among a
 * comma-separated list.  GOSUB_GC_VERIFY=1 (ours) verifies every cycle. */
void gc_options_from_env(HeapOptions *o) {
    const char *gogc = getenv("GOGC");
    if (gogc && strcmp(gogc, "off") == 0) o->gogc = -1;
    else if (gogc && *gogc) {
        char *end;
        errno = 0;
        long v = strtol(gogc, &end, 10);
        if (!*end && !errno) o->gogc = v < 0 ? -1 : v > INT32_MAX ? INT32_MAX
                                                                   : (int)v;
    }
    const char *verify = getenv("GOSUB_GC_VERIFY");
    if (verify && *verify && strcmp(verify, "0") != 0) o->verify = true;
    const char *dbg = getenv("GODEBUG");
    for (const char *p = dbg; p && *p;) {
        if (strncmp(p, "gctrace=", 8) == 0) o->gctrace = atoi(p + 8) > 0;
        p = strchr(p, ',');
        if (p) p++;
    }
}

Heap *gc_new(const HeapOptions *opts, GcRootsFn roots, void *owner) {
    Heap *h = xcalloc(1, sizeof(Heap));
    if (opts) h->opts = *opts;
    else gc_default_options(&h->opts);
    if (!h->opts.trace_out) h->opts.trace_out = stderr;
    h->stress = h->opts.stress;
    h->roots = roots;
    h->owner = owner;
    void *ix = mmap(NULL, GC_ARENA_INDEX_LEN * sizeof(HeapArena *),
                    PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (ix == MAP_FAILED) util_oom();
    h->arena_index = ix;
    h->start_ns = gc_now_ns();
    gc_commit_goal(h);
    return h;
}

void gc_free(Heap *h) {
    if (!h) return;
    while (h->spans.len) gc_span_release(h, h->spans.items[0]);
    for (int b = 0; b < GC_FREE_BUCKETS; b++)
        for (Span *r = h->free_runs[b], *next; r; r = next) {
            next = r->next;
            free(r);
        }
    for (int i = 0; i < h->arenas.len; i++) free(h->arenas.items[i]);
    for (int i = 0; i < h->regions.len; i++)
        munmap((void *)h->regions.items[i].base, h->regions.items[i].size);
    munmap(h->arena_index, GC_ARENA_INDEX_LEN * sizeof(HeapArena *));
    VEC_FREE(h->regions);
    VEC_FREE(h->arenas);
    VEC_FREE(h->spans);
    VEC_FREE(h->mark_stack);
    free(h);
}

void gc_stats(Heap *h, HeapStats *out) {
    memset(out, 0, sizeof *out);
    out->total_alloc = h->total_alloc;
    out->mallocs = h->mallocs;
    out->frees = h->frees;
    out->heap_alloc = gc_heap_alloc(h);
    out->heap_sys = h->sys_bytes;
    out->num_gc = h->num_gc;
    out->next_gc = h->next_gc;
    out->pause_total_ns = h->pause_total_ns;
    out->heap_inuse = h->inuse_pages * GC_PAGE_SIZE;
    out->heap_idle = h->idle_pages * GC_PAGE_SIZE;
    out->heap_released = h->released_pages * GC_PAGE_SIZE;
    out->heap_objects = h->mallocs - h->frees;
    out->heap_marked = h->heap_marked;
    out->last_pause_ns = h->last_pause_ns;
    out->last_mark_ns = h->last_mark_ns;
    out->last_sweep_ns = h->last_sweep_ns;
}
