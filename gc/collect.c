/* collect.c — the collector: stop-the-world, non-moving mark-sweep with an
 * explicit mark stack, Go's pacing (GOGC), the gctrace line, and the heap
 * verifier.  The allocator it serves is heap.c.
 *
 * Invariants:
 *  - A collection runs only inside gc_alloc or gc_collect (the safe points);
 *    nothing allocates while it runs (the roots callback must not).
 *  - Tri-colour marking: white = mark bit clear; grey = mark bit set and on
 *    the mark stack; black = mark bit set and scanned.  An object is pushed
 *    exactly once (when its bit is set), so the stack never holds more
 *    entries than there are scan objects, and a chain of a million objects
 *    needs one entry at a time: no C recursion anywhere.
 *  - Only allocated slots are marked: a stale or forged pointer into a free
 *    slot, tail waste, a free run or unused arena space marks nothing.
 *  - After the sweep every in-use span has its mark bits clear and its
 *    alloc bits equal to the slots found live; spans found empty are back
 *    in the page heap.
 *
 * Approach.
 *   1. Sweep termination: flush the allocation caches (their unused bits go
 *      back to alloc_bits, so alloc_bits is exact).
 *   2. Mark: the owner's GcRootsFn calls gc_mark_range (goroutine stacks,
 *      conservative: every aligned word that points into an allocated slot
 *      marks it) and gc_mark_ptr (globals, temporaries).  Then the mark
 *      stack is drained.  A scan object is scanned precisely: its slot is
 *      floor(slot size / elem->size) elements; in each, the words whose
 *      elem->ptrmask bit is set (below elem->ptrdata) are followed.  A
 *      GC_CONSERVATIVE object has every word followed; a noscan object is
 *      only marked (its span class says so).
 *   3. Sweep, eagerly, touching only metadata: per span, live =
 *      popcount(mark_bits), freed = popcount(alloc_bits) - live; the mark
 *      bits become the alloc bits; an empty span goes back to the page
 *      heap; a span with free slots goes on its class's partial list.
 *   4. Pacing, as Go 1.19's gcControllerState.commit: goal = marked +
 *      (marked + stack bytes scanned + global bytes scanned) * GOGC/100,
 *      at least 4 MiB * GOGC/100; GOGC < 0 turns collection off (except
 *      gc_collect).  Free runs idle since the previous cycle are released
 *      to the OS with madvise(MADV_DONTNEED) once more than 1 MiB of idle
 *      pages is still resident.
 *   Example: a list head in a global, 3 nodes of struct{next *Node; v int}
 *   (16 bytes, ptrmask 0b01).  gc_mark_ptr(head) marks node 1 and pushes
 *   it; popping it follows word 0 (next) -> node 2, and so on; word 1 (v) is
 *   never followed even if it holds a heap address.
 *
 * Known imprecision: stacks are conservative, so a dead integer that looks
 * like a pointer keeps its object alive (sound: nothing moves).  The whole
 * cycle is a pause; gctrace shows it in Go's three phases (sweep
 * termination, mark, mark termination), the last including the eager
 * sweep, with 1 P.  The mark stack is depth-first and objects are
 * scanned 128 KiB at a time, so it holds at most ~16K children per grey
 * object on the current path (24 bytes each).
 *
 * Cost: mark O(live bytes scanned + roots), sweep O(spans * bitmap words),
 * both without touching dead objects. */
#include "gc/internal.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* ---- mark ---- */

static void mark_addr(Heap *h, uintptr_t p) {
    Span *s = gc_span_of(h, p);
    if (!s || s->state == SPAN_FREE) return;
    long i = gc_slot_of(s, p);
    if (i < 0) return;
    size_t w = (size_t)i >> 6;
    uint64_t bit = (uint64_t)1 << (i & 63);
    if (!(s->alloc_bits[w] & bit) || (s->mark_bits[w] & bit)) return;
    s->mark_bits[w] |= bit;
    if (s->types) {
        MarkEntry e = {s->base + (size_t)i * s->elemsize, s->types[i],
                       s->elemsize};
        VEC_PUSH(h->mark_stack, e);
    }
}

static void scan_words(Heap *h, uintptr_t lo, uintptr_t hi) {
    for (uintptr_t a = (lo + 7) & ~(uintptr_t)7; a + 8 <= hi; a += 8)
        mark_addr(h, *(const uintptr_t *)a);
}

/* Scans one grey object, or its first GC_SCAN_CHUNK bytes (whole
 * elements) after pushing the rest back: children found in the chunk are
 * scanned before the rest, so a huge pointer array never has more than a
 * chunk's worth of children on the stack at once (Go's oblets). */
static void scan_object(Heap *h, const MarkEntry *e) {
    const Type *t = e->type;
    size_t chunk = GC_SCAN_CHUNK - GC_SCAN_CHUNK % (size_t)t->size;
    if (chunk == 0) chunk = (size_t)t->size;
    if (e->size > chunk) {
        MarkEntry rest = {e->base + chunk, t, e->size - chunk};
        VEC_PUSH(h->mark_stack, rest);
    }
    size_t size = e->size > chunk ? chunk : e->size;
    if (t == &gc_conservative_type) {
        scan_words(h, e->base, e->base + size);
        return;
    }
    size_t n = size / (size_t)t->size;
    size_t pwords = (size_t)t->ptrdata / 8;
    const uint8_t *mask = t->ptrmask;
    for (size_t k = 0; k < n; k++) {
        const uintptr_t *elem = (const uintptr_t *)(e->base + k * t->size);
        for (size_t w = 0; w < pwords; w++)
            if ((mask[w >> 3] >> (w & 7)) & 1) mark_addr(h, elem[w]);
    }
}

static void drain(Heap *h) {
    while (h->mark_stack.len) {
        MarkEntry e = h->mark_stack.items[--h->mark_stack.len];
        scan_object(h, &e);
    }
}

void gc_mark_ptr(Heap *h, const void *p) {
    ASSERT(h->collecting, "gc_mark_ptr outside a collection");
    h->globals_scan += sizeof(void *);
    mark_addr(h, (uintptr_t)p);
}

void gc_mark_range(Heap *h, const void *lo, const void *hi) {
    ASSERT(h->collecting, "gc_mark_range outside a collection");
    if ((uintptr_t)hi <= (uintptr_t)lo) return;
    h->stack_scan += (uintptr_t)hi - (uintptr_t)lo;
    scan_words(h, (uintptr_t)lo, (uintptr_t)hi);
}

/* ---- sweep ---- */

/* Bits set in n words (SWAR: without -mpopcnt the builtin is a call). */
static unsigned popcount_bits(const uint64_t *b, uint32_t n) {
    uint64_t c = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t x = b[i];
        x = x - ((x >> 1) & 0x5555555555555555u);
        x = (x & 0x3333333333333333u) + ((x >> 2) & 0x3333333333333333u);
        x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fu;
        c += (x * 0x0101010101010101u) >> 56;
    }
    return (unsigned)c;
}

/* Returns the live bytes. */
static uint64_t sweep(Heap *h) {
    uint64_t marked = 0;
    memset(h->partial, 0, sizeof h->partial);
    for (int i = h->spans.len - 1; i >= 0; i--) {
        Span *s = h->spans.items[i];
        unsigned live = popcount_bits(s->mark_bits, s->nwords);
        unsigned freed = popcount_bits(s->alloc_bits, s->nwords) - live;
        h->frees += freed;
        h->freed_bytes += (uint64_t)freed * s->elemsize;
        marked += (uint64_t)live * s->elemsize;
        if (live == 0) {
            gc_span_release(h, s);      /* moves the last span to i */
            continue;
        }
        uint64_t *old = s->alloc_bits;
        s->alloc_bits = s->mark_bits;
        s->mark_bits = old;
        memset(old, 0, s->nwords * sizeof(uint64_t));
        if (freed) s->needzero = true;
        s->cache = 0;
        s->cache_word = UINT32_MAX;
        if (s->state == SPAN_SMALL && live < s->nelems) {
            s->next = h->partial[s->spanclass];
            h->partial[s->spanclass] = s;
        }
    }
    return marked;
}

/* ---- pacing, scavenging ---- */

void gc_commit_goal(Heap *h) {
    int gogc = h->opts.gogc;
    if (gogc < 0) {
        h->next_gc = UINT64_MAX;
        return;
    }
    uint64_t m = h->heap_marked, grow, goal;
    if (__builtin_mul_overflow(m + h->stack_scan + h->globals_scan,
                               (uint64_t)gogc, &grow) ||
        __builtin_add_overflow(m, grow / 100, &goal))
        goal = UINT64_MAX;
    uint64_t minimum = GC_HEAP_MINIMUM * (uint64_t)gogc / 100;
    h->next_gc = goal < minimum ? minimum : goal;
}

void gc_set_percent(Heap *h, int gogc) {
    h->opts.gogc = gogc < 0 ? -1 : gogc;
    gc_commit_goal(h);
}

int gc_percent(Heap *h) { return h->opts.gogc; }

/* Returns free runs idle for a whole cycle to the OS, once more than
 * GC_SCAVENGE_SLACK bytes sit idle and resident: a small heap that frees
 * and reuses a few spans per cycle (--gc-stress) does not pay a system
 * call and page faults each time. */
void gc_scavenge(Heap *h) {
    if ((h->idle_pages - h->released_pages) * GC_PAGE_SIZE <= GC_SCAVENGE_SLACK)
        return;
    for (int b = 0; b < GC_FREE_BUCKETS; b++)
        for (Span *r = h->free_runs[b]; r; r = r->next) {
            if (r->released || r->free_gen >= h->num_gc) continue;
            madvise((void *)r->base, r->npages << GC_PAGE_SHIFT,
                    MADV_DONTNEED);
            r->released = true;
            r->needzero = false;
            h->released_pages += r->npages;
        }
}

/* ---- gctrace, in Go 1.19's format (runtime/mgc.go gcMarkTermination) ---- */

/* A duration as Go prints it in gctrace: whole ms from 10 ms up, else two
 * significant digits with at most three decimals ("0.011", "0.23", "4.5"). */
static void put_ms(FILE *f, uint64_t ns) {
    if (ns >= 10000000) {
        fprintf(f, "%" PRIu64, ns / 1000000);
        return;
    }
    uint64_t x = ns / 1000, scale = 1000;
    int dec = 3;
    if (x == 0) {
        fputc('0', f);
        return;
    }
    for (; x >= 100; x /= 10) dec--, scale /= 10;
    fprintf(f, "%" PRIu64 ".%0*" PRIu64, x / scale, dec, x % scale);
}

static void print_trace(Heap *h, uint64_t t0, uint64_t t1, uint64_t t2,
                        uint64_t t3, uint64_t heap0, uint64_t goal,
                        bool forced) {
    FILE *f = h->opts.trace_out;
    uint64_t elapsed = t3 - h->start_ns;
    int util = elapsed ? (int)(h->pause_total_ns * 100 / elapsed) : 0;
    uint64_t ms = (t0 - h->start_ns) / 1000000;
    fprintf(f, "gc %" PRIu64 " @%" PRIu64 ".%03" PRIu64 "s %d%%: ", h->num_gc,
            ms / 1000, ms % 1000, util);
    put_ms(f, t1 - t0), fputc('+', f);
    put_ms(f, t2 - t1), fputc('+', f);
    put_ms(f, t3 - t2);
    fputs(" ms clock, ", f);
    put_ms(f, t1 - t0), fputs("+0/", f);      /* no assists: one thread */
    put_ms(f, t2 - t1), fputs("/0+", f);      /* no idle workers */
    put_ms(f, t3 - t2);
    fprintf(f,
            " ms cpu, %" PRIu64 "->%" PRIu64 "->%" PRIu64 " MB, %" PRIu64
            " MB goal, %" PRIu64 " MB stacks, %" PRIu64 " MB globals, 1 P%s\n",
            heap0 >> 20, heap0 >> 20, h->heap_marked >> 20, goal >> 20,
            h->stack_scan >> 20, h->globals_scan >> 20,
            forced ? " (forced)" : "");
    fflush(f);
}

/* ---- a cycle ---- */

void gc_run(Heap *h, bool forced) {
    ASSERT(!h->collecting, "collection inside a collection");
    uint64_t t0 = gc_now_ns();
    uint64_t heap0 = gc_heap_alloc(h), goal = h->next_gc;
    gc_flush_caches(h);
    h->num_gc++;
    h->collecting = true;
    h->stack_scan = h->globals_scan = 0;
    uint64_t t1 = gc_now_ns();
    if (h->roots) h->roots(h, h->owner);
    drain(h);
    h->mark_stack_peak = (size_t)h->mark_stack.cap;
    if (h->mark_stack.cap > (1 << 16)) VEC_FREE(h->mark_stack); /* a peak */
    uint64_t t2 = gc_now_ns();
    h->heap_marked = sweep(h);
    gc_commit_goal(h);
    gc_scavenge(h);
    h->collecting = false;
    uint64_t t3 = gc_now_ns();
    h->last_pause_ns = t3 - t0;
    h->last_mark_ns = t2 - t1;
    h->last_sweep_ns = t3 - t2;
    h->pause_total_ns += t3 - t0;
    if (h->opts.gctrace) print_trace(h, t0, t1, t2, t3, heap0, goal, forced);
    if (h->opts.on_cycle) h->opts.on_cycle(h->opts.cycle_ud, heap0, h->heap_marked);
    if (h->opts.verify && gc_verify(h) != 0)
        util_assert_fail(__FILE__, __LINE__, "gc_verify(h) == 0",
                         "heap verification failed after a collection");
}

void gc_collect(Heap *h) {
    ASSERT(!h->collecting, "gc_collect inside a collection");
    gc_run(h, true);
}

/* ---- the verifier ---- */

#define PROBLEM(...)                                                          \
    do {                                                                      \
        fprintf(stderr, "gc_verify: " __VA_ARGS__);                           \
        fputc('\n', stderr);                                                  \
        problems++;                                                           \
    } while (0)

static int verify_span(Heap *h, Span *s, int i, uint64_t *objects,
                       uint64_t *bytes) {
    int problems = 0;
    if (s->index != i) PROBLEM("span %d records index %d", i, s->index);
    if (s->state != SPAN_SMALL && s->state != SPAN_LARGE)
        PROBLEM("span %d in use with state %d", i, s->state);
    for (size_t p = 0; p < s->npages; p++)
        if (gc_span_of(h, s->base + (p << GC_PAGE_SHIFT)) != s)
            PROBLEM("span %d: page %zu not mapped to it", i, p);
    if (s->state == SPAN_SMALL) {
        unsigned cls = s->spanclass >> 1;
        if (cls == 0 || cls >= GC_NUM_CLASSES ||
            s->elemsize != gc_class_size[cls] ||
            s->npages != gc_class_npages[cls])
            PROBLEM("span %d: size class %u does not match", i, cls);
        if ((s->types == NULL) != (s->spanclass & 1))
            PROBLEM("span %d: noscan bit disagrees with type table", i);
    }
    if (s->nelems != (s->npages << GC_PAGE_SHIFT) / s->elemsize)
        PROBLEM("span %d: %u slots for %zu pages", i, s->nelems, s->npages);
    for (uint32_t w = 0; w < s->nwords; w++) {
        uint64_t valid = (s->nelems - w * 64) >= 64
                             ? ~(uint64_t)0
                             : ((uint64_t)1 << (s->nelems - w * 64)) - 1;
        if (s->alloc_bits[w] & ~valid) PROBLEM("span %d: alloc bit past end", i);
        if (!h->collecting && s->mark_bits[w])
            PROBLEM("span %d: mark bits left set", i);
        uint64_t live = s->alloc_bits[w];
        if (w == s->cache_word) {
            if (s->cache & ~s->alloc_bits[w])
                PROBLEM("span %d: cached slot not reserved", i);
            live &= ~s->cache;
        }
        *objects += (uint64_t)__builtin_popcountll(live);
        *bytes += (uint64_t)__builtin_popcountll(live) * s->elemsize;
    }
    if (s->cache && s->cache_word >= s->nwords)
        PROBLEM("span %d: cache without a word", i);
    return problems;
}

static int verify_runs(Heap *h, uint64_t *idle, uint64_t *released) {
    int problems = 0;
    for (int b = 0; b < GC_FREE_BUCKETS; b++)
        for (Span *r = h->free_runs[b]; r; r = r->next) {
            if (r->state != SPAN_FREE) PROBLEM("free run not free");
            if ((b == 0 && r->npages < GC_FREE_BUCKETS) ||
                (b != 0 && r->npages != (size_t)b))
                PROBLEM("free run of %zu pages in bucket %d", r->npages, b);
            uintptr_t last = r->base + ((r->npages - 1) << GC_PAGE_SHIFT);
            if (gc_span_of(h, r->base) != r || gc_span_of(h, last) != r)
                PROBLEM("free run %#lx not mapped at its ends",
                        (unsigned long)r->base);
            for (size_t p = 1; p + 1 < r->npages; p++)
                if (gc_span_of(h, r->base + (p << GC_PAGE_SHIFT)))
                    PROBLEM("free run %#lx: interior page %zu mapped",
                            (unsigned long)r->base, p);
            Span *left = gc_span_of(h, r->base - 1);
            Span *right = gc_span_of(h, last + GC_PAGE_SIZE);
            if ((left && left->state == SPAN_FREE) ||
                (right && right->state == SPAN_FREE))
                PROBLEM("free run %#lx has a free neighbour",
                        (unsigned long)r->base);
            *idle += r->npages;
            if (r->released) *released += r->npages;
        }
    return problems;
}

int gc_verify(Heap *h) {
    int problems = 0;
    uint64_t objects = 0, bytes = 0, inuse = 0, idle = 0, released = 0;
    for (int i = 0; i < h->spans.len; i++) {
        problems += verify_span(h, h->spans.items[i], i, &objects, &bytes);
        inuse += h->spans.items[i]->npages;
    }
    for (int spc = 0; spc < GC_NUM_SPANCLASSES; spc++) {
        Span *c = h->cur[spc];
        if (c && (c->state != SPAN_SMALL || c->spanclass != spc))
            PROBLEM("current span of spanclass %d is wrong", spc);
        for (Span *s = h->partial[spc]; s; s = s->next) {
            if (s->state != SPAN_SMALL || s->spanclass != spc)
                PROBLEM("partial list %d holds a foreign span", spc);
            if (s == c) PROBLEM("span %d both current and partial", spc);
        }
    }
    problems += verify_runs(h, &idle, &released);
    if (inuse != h->inuse_pages)
        PROBLEM("%" PRIu64 " pages in spans, counter says %" PRIu64, inuse,
                h->inuse_pages);
    if (idle != h->idle_pages || released != h->released_pages)
        PROBLEM("free run counters disagree");
    if ((inuse + idle) * GC_PAGE_SIZE != h->sys_bytes)
        PROBLEM("pages in use + idle != heap_sys");
    if (objects != h->mallocs - h->frees)
        PROBLEM("%" PRIu64 " objects allocated, counters say %" PRIu64,
                objects, h->mallocs - h->frees);
    if (bytes != gc_heap_alloc(h))
        PROBLEM("%" PRIu64 " bytes allocated, counters say %" PRIu64, bytes,
                gc_heap_alloc(h));
    return problems;
}
