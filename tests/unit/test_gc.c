/* test_gc.c — the heap: Go's size classes, allocation, interior pointers,
 * precise and conservative scanning, the mark stack, sweeping and reuse,
 * pacing, large objects, --gc-stress, --max-heap, gctrace, the verifier.
 *
 * Each test builds a Heap whose roots are a small array of pointers
 * (marked with gc_mark_ptr) and optionally one memory range (marked
 * conservatively with gc_mark_range, as the VM marks goroutine stacks).
 * Setting GOSUB_GC_BENCH=1 makes the `measure` test print the allocation
 * fast-path cost and the mark/sweep throughput. */
#include <criterion/criterion.h>
#include <regex.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "gc/internal.h"

/* ---- fixtures ---- */

typedef struct Roots {
    void *ptrs[16];
    const void *lo, *hi;          /* a conservative range, like a stack */
} Roots;

static void mark_roots(Heap *h, void *owner) {
    Roots *r = owner;
    for (int i = 0; i < 16; i++) gc_mark_ptr(h, r->ptrs[i]);
    if (r->lo) gc_mark_range(h, r->lo, r->hi);
}

static Heap *new_heap(Roots *r, int gogc) {
    HeapOptions o;
    gc_default_options(&o);
    o.gogc = gogc;
    o.verify = true;
    memset(r, 0, sizeof *r);
    return gc_new(&o, mark_roots, r);
}

static bool alive(Heap *h, const void *p) {
    return gc_object_base(h, p, NULL) == p;
}

/* int: no pointers */
static Type t_int = {.kind = TY_INT, .size = 8, .align = 8};
/* *int */
static uint8_t mask_ptr[] = {0x1};
static Type t_ptr = {.kind = TY_POINTER, .size = 8, .align = 8,
                     .ptrdata = 8, .ptrmask = mask_ptr};
/* struct { next *Node; v uintptr } */
typedef struct Node {
    struct Node *next;
    uintptr_t v;
} Node;
static Type t_node = {.kind = TY_STRUCT, .size = 16, .align = 8,
                      .ptrdata = 8, .ptrmask = mask_ptr};
/* struct { next *Node; v uintptr; pad [4984]uintptr } */
static Type t_bignode = {.kind = TY_STRUCT, .size = 40000, .align = 8,
                         .ptrdata = 8, .ptrmask = mask_ptr};
/* struct { a int; p *T; b uintptr } : pointer in the middle word */
typedef struct Mid {
    uintptr_t a;
    void *p;
    uintptr_t b;
} Mid;
static uint8_t mask_mid[] = {0x2};
static Type t_mid = {.kind = TY_STRUCT, .size = 24, .align = 8,
                     .ptrdata = 16, .ptrmask = mask_mid};

static HeapStats stats(Heap *h) {
    HeapStats s;
    gc_stats(h, &s);
    return s;
}

/* ---- size classes ---- */

Test(gc, size_classes_match_go) {
    /* Go's class sizes (runtime/sizeclasses.go), spot checks */
    cr_assert_eq(gc_size_class(1), 1);
    cr_assert_eq(gc_size_class(8), 1);
    cr_assert_eq(gc_size_class(9), 2);
    cr_assert_eq(gc_size_class(24), 3);
    cr_assert_eq(gc_size_class(33), 5);
    cr_assert_eq(gc_size_class(1016), 32);
    cr_assert_eq(gc_size_class(1017), 32);
    cr_assert_eq(gc_size_class(1024), 32);
    cr_assert_eq(gc_size_class(1025), 33);
    cr_assert_eq(gc_size_class(32768), 67);
    cr_assert_eq(gc_size_class(32769), 0);
    cr_assert_eq(gc_rounded_size(1), 8);
    cr_assert_eq(gc_rounded_size(17), 24);
    cr_assert_eq(gc_rounded_size(25), 32);
    cr_assert_eq(gc_rounded_size(1025), 1152);
    cr_assert_eq(gc_rounded_size(27000), 27264);
    cr_assert_eq(gc_rounded_size(32769), 40960);
    cr_assert_eq(gc_rounded_size(0), 0);
    /* every size maps to the smallest class that holds it */
    for (size_t s = 1; s <= 32768; s++) {
        int c = gc_size_class(s);
        cr_assert(c >= 1 && c < 68);
        cr_assert(gc_class_size[c] >= s, "size %zu class %d", s, c);
        cr_assert(gc_class_size[c - 1] < s, "size %zu class %d", s, c);
        cr_assert_eq(gc_rounded_size(s), gc_class_size[c]);
    }
    /* class 41: 3072 bytes, 3 pages, 8 objects; class 67: 32 KiB, 4 pages */
    cr_assert_eq(gc_class_size[41], 3072);
    cr_assert_eq(gc_class_npages[41], 3);
    cr_assert_eq(gc_class_npages[67], 4);
}

/* Every byte of every slot of one span per class resolves to its slot. */
Test(gc, object_base_every_class) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    for (int c = 1; c < 68; c++) {
        size_t size = gc_class_size[c];
        size_t n = (gc_class_npages[c] * GC_PAGE_SIZE) / size;
        char *first = gc_alloc(h, size, NULL, GC_NOSCAN);
        for (size_t i = 1; i < n; i++) gc_alloc(h, size, NULL, GC_NOSCAN);
        for (size_t i = 0; i < n; i++)
            for (size_t k = 0; k < size; k += (size > 512 ? 7 : 1)) {
                size_t sz = 0;
                void *b = gc_object_base(h, first + i * size + k, &sz);
                cr_assert_eq(b, first + i * size, "class %d slot %zu +%zu",
                             c, i, k);
                cr_assert_eq(sz, size);
            }
    }
    cr_assert_eq(gc_verify(h), 0);
    gc_free(h);
}

/* ---- allocation ---- */

Test(gc, zeroed_distinct_and_zero_size) {
    Roots r;
    Heap *h = new_heap(&r, 100);
    char *a = gc_alloc(h, 40, NULL, GC_NOSCAN);
    char *b = gc_alloc(h, 40, NULL, GC_NOSCAN);
    cr_assert(a && b && a != b);
    cr_assert_eq(b - a, 48);                  /* class 5, 48 bytes */
    for (int i = 0; i < 48; i++) cr_assert_eq(a[i], 0);
    void *z1 = gc_alloc(h, 0, NULL, GC_NOSCAN);
    void *z2 = gc_alloc(h, 0, &t_int, 0);
    cr_assert(z1 && z1 == z2);
    cr_assert_null(gc_object_base(h, z1, NULL));
    HeapStats s = stats(h);
    cr_assert_eq(s.mallocs, 2);
    cr_assert_eq(s.total_alloc, 96);
    cr_assert_eq(s.heap_alloc, 96);
    gc_free(h);
}

Test(gc, unreachable_freed_and_reused_zeroed) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    uint64_t *keep = gc_alloc(h, 16, NULL, GC_NOSCAN);
    r.ptrs[0] = keep;
    uint64_t *dead[100];
    for (int i = 0; i < 100; i++) {
        dead[i] = gc_alloc(h, 16, NULL, GC_NOSCAN);
        dead[i][0] = dead[i][1] = 0xdeadbeef;
    }
    gc_collect(h);
    HeapStats s = stats(h);
    cr_assert_eq(s.num_gc, 1);
    cr_assert_eq(s.frees, 100);
    cr_assert_eq(s.heap_alloc, 16);
    cr_assert_eq(s.heap_objects, 1);
    cr_assert(alive(h, keep));
    for (int i = 0; i < 100; i++) cr_assert_null(gc_object_base(h, dead[i], 0));
    /* the span survives (keep is in it): its free slots are handed out again,
     * zeroed */
    for (int i = 0; i < 100; i++) {
        uint64_t *p = gc_alloc(h, 16, NULL, GC_NOSCAN);
        bool reused = false;
        for (int j = 0; j < 100; j++) reused |= p == dead[j];
        cr_assert(reused, "allocation %d did not reuse a freed slot", i);
        cr_assert(p[0] == 0 && p[1] == 0);
    }
    cr_assert_eq(gc_verify(h), 0);
    gc_free(h);
}

Test(gc, empty_spans_return_to_page_heap) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    for (int i = 0; i < 100000; i++) gc_alloc(h, 64, &t_ptr, 0);
    HeapStats s = stats(h);
    cr_assert(s.heap_inuse >= 6400000);
    gc_collect(h);
    s = stats(h);
    cr_assert_eq(s.heap_inuse, 0);
    cr_assert_eq(s.heap_alloc, 0);
    cr_assert_eq(s.heap_idle, s.heap_sys);
    /* a second cycle releases the idle pages to the OS */
    gc_collect(h);
    s = stats(h);
    cr_assert_eq(s.heap_released, s.heap_idle);
    /* and they come back zeroed */
    uint64_t *p = gc_alloc(h, 4096, NULL, GC_NOSCAN);
    for (int i = 0; i < 512; i++) cr_assert_eq(p[i], 0);
    cr_assert_eq(gc_verify(h), 0);
    gc_free(h);
}

/* ---- marking ---- */

Test(gc, interior_pointers_keep_objects) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    char *obj = gc_alloc(h, 4 * sizeof(Mid), &t_mid, 0);  /* 96 bytes */
    char *big = gc_alloc(h, 100000, &t_int, 0);             /* large */
    r.ptrs[0] = obj + 50;          /* &a[2].b */
    r.ptrs[1] = big + 99999;       /* the last byte */
    for (int i = 0; i < 1000; i++) gc_alloc(h, 96, &t_mid, 0);
    gc_collect(h);
    cr_assert(alive(h, obj));
    cr_assert(alive(h, big));
    cr_assert_eq(stats(h).heap_objects, 2);
    size_t sz;
    cr_assert_eq(gc_object_base(h, big + 70000, &sz), big);
    cr_assert_eq(sz, 106496);      /* 13 pages */
    gc_free(h);
}

Test(gc, precise_scan_follows_only_pointer_words) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    Node *n = gc_alloc(h, sizeof(Node), &t_node, 0);
    r.ptrs[0] = n;
    void *target = gc_alloc(h, 32, NULL, GC_NOSCAN);
    void *fake = gc_alloc(h, 32, NULL, GC_NOSCAN);
    n->next = target;
    n->v = (uintptr_t)fake;        /* looks like a pointer, is an integer */
    gc_collect(h);
    cr_assert(alive(h, n));
    cr_assert(alive(h, target));
    cr_assert(!alive(h, fake), "a scalar word kept an object alive");
    gc_free(h);
}

Test(gc, conservative_objects_scan_every_word) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    uintptr_t *c = gc_alloc(h, 40, NULL, GC_CONSERVATIVE);
    r.ptrs[0] = c;
    void *a = gc_alloc(h, 32, NULL, GC_NOSCAN);
    void *b = gc_alloc(h, 32, NULL, GC_NOSCAN);
    void *d = gc_alloc(h, 32, NULL, GC_NOSCAN);
    c[1] = (uintptr_t)a;
    c[4] = (uintptr_t)b + 5;       /* last word, interior */
    (void)d;
    gc_collect(h);
    cr_assert(alive(h, a));
    cr_assert(alive(h, b));
    cr_assert(!alive(h, d));
    gc_free(h);
}

Test(gc, arrays_of_structs_scan_each_element) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    /* [5]Mid = 120 bytes, class 128: five elements, 8 bytes of tail */
    Mid *arr = gc_alloc(h, 5 * sizeof(Mid), &t_mid, 0);
    r.ptrs[0] = arr;
    void *objs[6];
    for (int i = 0; i < 6; i++) objs[i] = gc_alloc(h, 16, NULL, GC_NOSCAN);
    arr[0].p = objs[0];
    arr[3].p = objs[1];
    arr[4].p = objs[2];            /* last element */
    arr[3].a = (uintptr_t)objs[3]; /* scalars */
    arr[4].b = (uintptr_t)objs[4];
    arr[1].b = (uintptr_t)objs[5];
    gc_collect(h);
    cr_assert(alive(h, objs[0]) && alive(h, objs[1]) && alive(h, objs[2]));
    cr_assert(!alive(h, objs[3]) && !alive(h, objs[4]) && !alive(h, objs[5]));
    /* an array of pointers, large: every element is followed */
    void **ptrs = gc_alloc(h, 8 * 10000, &t_ptr, 0);
    r.ptrs[1] = ptrs;
    for (int i = 0; i < 10000; i++) ptrs[i] = gc_alloc(h, 8, &t_int, 0);
    gc_collect(h);
    for (int i = 0; i < 10000; i++) cr_assert(alive(h, ptrs[i]));
    cr_assert_eq(stats(h).heap_objects, 1 + 3 + 1 + 10000);
    gc_free(h);
}

Test(gc, stack_ranges_are_conservative) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    uintptr_t stack[8] = {0};
    char *a = gc_alloc(h, 200, &t_node, 0);
    char *b = gc_alloc(h, 200, &t_node, 0);
    stack[3] = (uintptr_t)(a + 100);
    stack[5] = 12345;
    r.lo = stack;
    r.hi = stack + 8;
    gc_collect(h);
    cr_assert(alive(h, a));
    cr_assert(!alive(h, b));
    HeapStats s = stats(h);
    cr_assert_eq(s.heap_marked, 208);
    gc_free(h);
}

Test(gc, million_node_list_without_recursion) {
    Roots r;
    Heap *h = new_heap(&r, 100);   /* collections happen while building */
    Node *head = NULL;
    for (int i = 0; i < 1000000; i++) {
        r.ptrs[0] = head;
        Node *n = gc_alloc(h, sizeof(Node), &t_node, 0);
        n->next = head;
        n->v = (uintptr_t)i;
        head = n;
    }
    r.ptrs[0] = head;
    gc_collect(h);
    cr_assert(h->mark_stack_peak <= 8, "mark stack grew to %zu",
              h->mark_stack_peak);
    HeapStats s = stats(h);
    cr_assert(s.num_gc >= 2);
    cr_assert_eq(s.heap_objects, 1000000);
    cr_assert_eq(s.heap_marked, 16000000);
    long i = 999999;
    for (Node *n = head; n; n = n->next, i--) cr_assert_eq(n->v, (uintptr_t)i);
    cr_assert_eq(i, -1);
    r.ptrs[0] = NULL;
    gc_collect(h);
    s = stats(h);
    cr_assert_eq(s.heap_objects, 0);
    cr_assert_eq(s.frees, 1000000);
    gc_free(h);
}

/* Pointers into free slots, tail waste, not-yet-handed-out cache slots or
 * unused arena pages mark nothing and leave the heap consistent. */
Test(gc, stale_pointers_mark_nothing) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    char *keep = gc_alloc(h, 24, &t_mid, 0);       /* class 3: 341 slots */
    char *dead = gc_alloc(h, 24, &t_mid, 0);
    r.ptrs[0] = keep;
    gc_collect(h);
    cr_assert(!alive(h, dead));
    uintptr_t stack[4] = {
        (uintptr_t)dead + 3,                       /* a freed slot */
        (uintptr_t)keep + 341 * 24,                /* the 8-byte tail */
        (uintptr_t)keep + 100 * 24,                /* never allocated */
        (uintptr_t)keep + 8192 * 40,               /* past the frontier */
    };
    cr_assert_null(gc_object_base(h, (void *)stack[1], NULL));
    cr_assert_null(gc_object_base(h, (void *)stack[2], NULL));
    r.lo = stack;
    r.hi = stack + 4;
    gc_collect(h);
    HeapStats s = stats(h);
    cr_assert_eq(s.heap_objects, 1);
    cr_assert_eq(s.heap_marked, 24);
    /* a slot sitting in the allocation cache is not an object yet */
    char *x = gc_alloc(h, 48, NULL, GC_NOSCAN);
    cr_assert_null(gc_object_base(h, x + 48, NULL));
    stack[0] = (uintptr_t)(x + 48);
    gc_collect(h);
    cr_assert_eq(stats(h).heap_objects, 1);        /* x was not rooted */
    cr_assert_eq(gc_verify(h), 0);
    gc_free(h);
}

static void allocating_roots(Heap *h, void *owner) {
    (void)owner;
    gc_alloc(h, 16, NULL, GC_NOSCAN);
}

Test(gc, allocating_in_the_roots_callback_is_a_bug, .signal = SIGABRT) {
    Heap *h = gc_new(NULL, allocating_roots, NULL);
    gc_collect(h);
}

/* A million pointers in one array: scanned in 128 KiB chunks, so the mark
 * stack holds one chunk's children, not a million entries. */
Test(gc, wide_pointer_array_bounded_mark_stack) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    enum { N = 1000000 };
    Node **arr = gc_alloc(h, N * sizeof(Node *), &t_ptr, 0);
    r.ptrs[0] = arr;
    for (int i = 0; i < N; i++) {
        arr[i] = gc_alloc(h, sizeof(Node), &t_node, 0);
        arr[i]->v = (uintptr_t)i;
    }
    gc_collect(h);
    cr_assert_eq(stats(h).heap_objects, N + 1);
    cr_assert(h->mark_stack_peak <= 32768, "mark stack grew to %zu",
              h->mark_stack_peak);
    for (int i = 0; i < N; i += 997) cr_assert(alive(h, arr[i]));
    arr[N - 1] = NULL;
    gc_collect(h);
    cr_assert_eq(stats(h).heap_objects, N);
    gc_free(h);
}

/* ---- modes ---- */

Test(gc, stress_collects_at_every_allocation) {
    Roots r;
    HeapOptions o;
    gc_default_options(&o);
    o.stress = true;
    o.verify = true;
    memset(&r, 0, sizeof r);
    Heap *h = gc_new(&o, mark_roots, &r);
    Node *head = NULL;
    for (int i = 0; i < 3000; i++) {
        r.ptrs[0] = head;
        Node *n = i % 3 ? gc_alloc(h, sizeof(Node), &t_node, 0)
                        : gc_alloc(h, 40000, &t_bignode, 0);
        r.ptrs[1] = n;
        gc_alloc(h, 24, NULL, GC_NOSCAN);            /* garbage */
        n->next = head;
        n->v = (uintptr_t)i;
        head = n;
    }
    HeapStats s = stats(h);
    cr_assert_eq(s.num_gc, 6000);
    cr_assert_eq(s.frees, 2999, "%lu frees", (unsigned long)s.frees);
                                   /* the garbage, less the last one */
    long i = 2999;
    for (Node *n = head; n; n = n->next, i--) cr_assert_eq(n->v, (uintptr_t)i);
    gc_free(h);
}

Test(gc, pacing_goal_after_a_cycle) {
    Roots r;
    Heap *h = new_heap(&r, 100);
    cr_assert_eq(stats(h).next_gc, 4 << 20);          /* Go's minimum */
    /* 8 MiB of live data held by a conservative table */
    void **table = gc_alloc(h, 1024 * 8, NULL, GC_CONSERVATIVE);
    r.ptrs[0] = table;
    for (int i = 0; i < 1024; i++) {
        table[i] = gc_alloc(h, 8192, NULL, GC_NOSCAN);
    }
    cr_assert(stats(h).num_gc >= 1);   /* crossed 4 MiB on the way */
    gc_collect(h);
    HeapStats s = stats(h);
    uint64_t live = 1024 * 8192 + 8192;
    cr_assert_eq(s.heap_marked, live);
    /* goal = marked + (marked + stacks + globals) * GOGC/100, 16 roots */
    cr_assert_eq(s.next_gc, live + live + 16 * 8);
    /* garbage: the next cycle starts once the heap reaches the goal */
    uint64_t n0 = s.num_gc, before = 0;
    for (;;) {
        before = stats(h).heap_alloc;
        gc_alloc(h, 1000, NULL, GC_NOSCAN);
        if (stats(h).num_gc != n0) break;
        cr_assert(before < s.next_gc + 8192, "goal passed without a GC");
    }
    cr_assert(before >= s.next_gc, "collected at %lu before the goal %lu",
              (unsigned long)before, (unsigned long)s.next_gc);
    /* GOGC=50 halves the growth and the minimum; off stops collection */
    gc_set_percent(h, 50);
    cr_assert_eq(gc_percent(h), 50);
    cr_assert_eq(stats(h).next_gc, live + (live + 16 * 8) / 2);
    gc_set_percent(h, -1);
    cr_assert_eq(stats(h).next_gc, UINT64_MAX);
    n0 = stats(h).num_gc;
    for (int i = 0; i < 64 * 1024; i++) gc_alloc(h, 1024, NULL, GC_NOSCAN);
    cr_assert_eq(stats(h).num_gc, n0);
    gc_free(h);
}

Test(gc, minimum_heap_scales_with_gogc) {
    Roots r;
    Heap *h = new_heap(&r, 50);
    cr_assert_eq(stats(h).next_gc, 2 << 20);
    gc_collect(h);
    cr_assert_eq(stats(h).next_gc, 2 << 20);
    gc_free(h);
}

Test(gc, large_objects) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    void **big = gc_alloc(h, 50000 * 8, &t_ptr, 0);
    r.ptrs[0] = (char *)big + 200000;  /* interior */
    for (int i = 0; i < 50000; i += 1000) big[i] = gc_alloc(h, 8, &t_int, 0);
    void *dead = gc_alloc(h, 40000, NULL, GC_NOSCAN);
    /* bigger than an arena: its own multi-arena region */
    char *huge = gc_alloc(h, (size_t)100 << 20, NULL, GC_NOSCAN);
    cr_assert_not_null(huge);
    huge[0] = 1;
    huge[(100 << 20) - 1] = 2;
    r.ptrs[1] = huge + (70 << 20);
    gc_collect(h);
    cr_assert(alive(h, big) && alive(h, huge));
    cr_assert(!alive(h, dead));
    for (int i = 0; i < 50000; i += 1000) cr_assert(alive(h, big[i]));
    HeapStats s = stats(h);
    cr_assert_eq(s.heap_objects, 2 + 50);
    r.ptrs[0] = r.ptrs[1] = NULL;
    gc_collect(h);
    s = stats(h);
    cr_assert_eq(s.heap_objects, 0);
    cr_assert_eq(s.heap_inuse, 0);
    /* the freed pages are reused, zeroed */
    char *again = gc_alloc(h, 40000, NULL, GC_NOSCAN);
    for (int i = 0; i < 40000; i++) cr_assert_eq(again[i], 0);
    gc_free(h);
}

Test(gc, max_heap_returns_null) {
    Roots r;
    HeapOptions o;
    gc_default_options(&o);
    o.max_heap = 8 << 20;
    o.verify = true;
    memset(&r, 0, sizeof r);
    Heap *h = gc_new(&o, mark_roots, &r);
    /* garbage never hits the limit */
    for (int i = 0; i < 100000; i++)
        cr_assert_not_null(gc_alloc(h, 1000, NULL, GC_NOSCAN));
    /* live data does */
    Node *head = NULL;
    int n = 0;
    for (;; n++) {
        r.ptrs[0] = head;
        Node *x = gc_alloc(h, 1000, &t_node, 0);
        if (!x) break;
        x->next = head;
        head = x;
    }
    HeapStats s = stats(h);
    cr_assert(n > 7000 && n < 8400, "%d objects fit", n);
    cr_assert(s.heap_inuse <= (8 << 20));
    cr_assert_null(gc_alloc(h, 1 << 20, NULL, GC_NOSCAN));
    /* drop it: room again */
    r.ptrs[0] = NULL;
    cr_assert_not_null(gc_alloc(h, 1 << 20, NULL, GC_NOSCAN));
    gc_free(h);
}

/* ---- gctrace, environment ---- */

Test(gc, gctrace_line_has_go_format) {
    Roots r;
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    HeapOptions o;
    gc_default_options(&o);
    o.gctrace = true;
    o.trace_out = out;
    memset(&r, 0, sizeof r);
    Heap *h = gc_new(&o, mark_roots, &r);
    void **table = gc_alloc(h, 600 * 8, NULL, GC_CONSERVATIVE);
    r.ptrs[0] = table;
    for (int i = 0; i < 600; i++) table[i] = gc_alloc(h, 8192, NULL, GC_NOSCAN);
    for (int i = 0; i < 10000; i++) gc_alloc(h, 512, NULL, GC_NOSCAN);
    gc_collect(h);
    fclose(out);
    regex_t re;
    const char *pat =
        "^gc 1 @[0-9]+\\.[0-9]{3}s [0-9]+%: [0-9.]+\\+[0-9.]+\\+[0-9.]+ ms "
        "clock, [0-9.]+\\+0/[0-9.]+/0\\+[0-9.]+ ms cpu, 4->4->4 MB, 4 MB "
        "goal, 0 MB stacks, 0 MB globals, 1 P\n"
        "gc 2 @[0-9]+\\.[0-9]{3}s [0-9]+%: .* ms cpu, [0-9]+->[0-9]+->4 MB, "
        "9 MB goal, 0 MB stacks, 0 MB globals, 1 P \\(forced\\)\n$";
    cr_assert_eq(regcomp(&re, pat, REG_EXTENDED), 0);
    cr_assert_eq(regexec(&re, buf, 0, NULL, 0), 0, "gctrace was:\n%s", buf);
    regfree(&re);
    free(buf);
    gc_free(h);
}

Test(gc, options_from_environment) {
    HeapOptions o;
    gc_default_options(&o);
    setenv("GOGC", "off", 1);
    setenv("GODEBUG", "madvdontneed=1,gctrace=1", 1);
    gc_options_from_env(&o);
    cr_assert_eq(o.gogc, -1);
    cr_assert(o.gctrace);
    setenv("GOGC", "50", 1);
    unsetenv("GODEBUG");
    gc_default_options(&o);
    gc_options_from_env(&o);
    cr_assert_eq(o.gogc, 50);
    cr_assert(!o.gctrace);
}

Test(gc, verifier_catches_corruption) {
    Roots r;
    Heap *h = new_heap(&r, -1);
    r.ptrs[0] = gc_alloc(h, 16, &t_node, 0);
    gc_collect(h);
    cr_assert_eq(gc_verify(h), 0);
    Span *s = gc_span_of(h, (uintptr_t)r.ptrs[0]);
    s->mark_bits[0] |= 4;          /* a mark bit left behind */
    h->mallocs++;                  /* a counter off by one */
    cr_assert_eq(gc_verify(h), 2);
    s->mark_bits[0] = 0;
    h->mallocs--;
    gc_free(h);
}

/* ---- a random object graph checked against a model ---- */

/* element: struct { a, b *Elem; tag uintptr } */
typedef struct Elem {
    struct Elem *a, *b;
    uintptr_t tag;
} Elem;
static uint8_t mask_elem[] = {0x3};
static Type t_elem = {.kind = TY_STRUCT, .size = 24, .align = 8,
                      .ptrdata = 16, .ptrmask = mask_elem};

typedef struct ModelObj {
    Elem *base;
    size_t k;                      /* elements */
    uintptr_t id;
    bool noscan, reached;
} ModelObj;

typedef struct Model {
    ModelObj *objs;
    size_t n, cap;
    uint64_t rng;
} Model;

static uint64_t rnd(Model *m) {     /* xorshift64 */
    m->rng ^= m->rng << 13;
    m->rng ^= m->rng >> 7;
    m->rng ^= m->rng << 17;
    return m->rng;
}

static int by_base(const void *x, const void *y) {
    uintptr_t a = (uintptr_t)((const ModelObj *)x)->base;
    uintptr_t b = (uintptr_t)((const ModelObj *)y)->base;
    return a < b ? -1 : a > b;
}

static ModelObj *model_find(Model *m, const void *p) {
    size_t lo = 0, hi = m->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        ModelObj *o = &m->objs[mid];
        if ((uintptr_t)p < (uintptr_t)o->base) hi = mid;
        else if ((uintptr_t)p >= (uintptr_t)(o->base + o->k)) lo = mid + 1;
        else return o;
    }
    return NULL;
}

/* Marks what the roots reach, checking every reached element's tag. */
static void model_reach(Model *m, Roots *r) {
    if (m->n) qsort(m->objs, m->n, sizeof *m->objs, by_base);
    for (size_t i = 0; i < m->n; i++) m->objs[i].reached = false;
    ModelObj **stack = malloc(sizeof(ModelObj *) * (m->n + 16));
    size_t sp = 0;
    for (int i = 0; i < 16; i++) {
        ModelObj *o = r->ptrs[i] ? model_find(m, r->ptrs[i]) : NULL;
        if (o && !o->reached) o->reached = true, stack[sp++] = o;
    }
    while (sp) {
        ModelObj *o = stack[--sp];
        for (size_t j = 0; j < o->k; j++) {
            cr_assert_eq(o->base[j].tag, o->id << 16 | j, "object corrupted");
            if (o->noscan) continue;
            Elem *ps[2] = {o->base[j].a, o->base[j].b};
            for (int q = 0; q < 2; q++) {
                ModelObj *t = ps[q] ? model_find(m, ps[q]) : NULL;
                cr_assert(!ps[q] || t, "dangling edge");
                if (t && !t->reached) t->reached = true, stack[sp++] = t;
            }
        }
    }
    free(stack);
}

static Elem *random_elem(Model *m) {
    if (m->n == 0) return NULL;
    ModelObj *o = &m->objs[rnd(m) % m->n];
    return &o->base[rnd(m) % o->k];
}

static void random_graph(Heap *h, Roots *r, uint64_t seed, int ops) {
    Model m = {.rng = seed};
    uintptr_t next_id = 1;
    for (int op = 0; op < ops; op++) {
        uint64_t x = rnd(&m) % 100;
        if (x < 60) {                              /* allocate and link */
            uint64_t dice = rnd(&m) % 400;
            size_t k = dice == 0  ? 1 + rnd(&m) % 150000   /* to 3.6 MB */
                       : dice < 8 ? 1 + rnd(&m) % 3000
                                  : 1 + rnd(&m) % 40;
            bool noscan = rnd(&m) % 5 == 0;
            bool cons = !noscan && rnd(&m) % 7 == 0;
            uint64_t cycles = stats(h).num_gc;
            Elem *e = gc_alloc(h, k * sizeof(Elem), noscan ? NULL : &t_elem,
                               noscan ? GC_NOSCAN : cons ? GC_CONSERVATIVE : 0);
            cr_assert_not_null(e);
            /* the allocation may have collected: forget the unreachable */
            if (stats(h).num_gc != cycles) {
                model_reach(&m, r);
                size_t w = 0;
                for (size_t i = 0; i < m.n; i++)
                    if (m.objs[i].reached) m.objs[w++] = m.objs[i];
                m.n = w;
            }
            for (size_t j = 0; j < k; j++) {
                cr_assert(e[j].a == NULL && e[j].b == NULL && e[j].tag == 0,
                          "not zeroed");
                e[j].tag = next_id << 16 | j;
            }
            if (m.n == m.cap) {
                m.cap = m.cap ? m.cap * 2 : 256;
                m.objs = realloc(m.objs, m.cap * sizeof *m.objs);
            }
            m.objs[m.n++] = (ModelObj){e, k, next_id++, noscan, false};
            qsort(m.objs, m.n, sizeof *m.objs, by_base);
            Elem *from = random_elem(&m);
            ModelObj *fo = from ? model_find(&m, from) : NULL;
            Elem *to = &e[rnd(&m) % k];           /* interior */
            if (fo && !fo->noscan && rnd(&m) % 4) {
                if (rnd(&m) & 1) from->a = to;
                else from->b = to;
            } else {
                r->ptrs[rnd(&m) % 16] = to;
            }
        } else if (x < 80) {                       /* drop an edge or root */
            Elem *from = random_elem(&m);
            if (from && rnd(&m) & 1) from->a = NULL;
            else r->ptrs[rnd(&m) % 16] = NULL;
        } else if (x < 95) {                       /* add an edge */
            Elem *from = random_elem(&m), *to = random_elem(&m);
            ModelObj *fo = from ? model_find(&m, from) : NULL;
            if (fo && !fo->noscan) from->b = to;
        } else {                                   /* collect and check */
            gc_collect(h);
            model_reach(&m, r);
            size_t w = 0;
            for (size_t i = 0; i < m.n; i++) {
                ModelObj *o = &m.objs[i];
                size_t sz;
                if (o->reached) {
                    cr_assert_eq(gc_object_base(h, o->base + o->k - 1, &sz),
                                 o->base);
                    m.objs[w++] = *o;
                } else {
                    cr_assert_null(gc_object_base(h, o->base, &sz),
                                   "unreachable object survived");
                }
            }
            m.n = w;
            uint64_t bytes = 0;
            for (size_t i = 0; i < m.n; i++)
                bytes += gc_rounded_size(m.objs[i].k * sizeof(Elem));
            cr_assert_eq(stats(h).heap_alloc, bytes);
            cr_assert_eq(stats(h).heap_objects, m.n);
        }
    }
    free(m.objs);
}

Test(gc, random_graphs_match_a_model) {
    for (uint64_t seed = 1; seed <= 4; seed++) {
        Roots r;
        Heap *h = new_heap(&r, 100);
        random_graph(h, &r, seed * 0x9E3779B97F4A7C15u, 20000);
        cr_assert_eq(gc_verify(h), 0);
        gc_free(h);
    }
}

Test(gc, random_graph_under_stress) {
    Roots r;
    HeapOptions o;
    gc_default_options(&o);
    o.stress = true;
    o.verify = true;
    memset(&r, 0, sizeof r);
    Heap *h = gc_new(&o, mark_roots, &r);
    random_graph(h, &r, 77, 3000);
    gc_free(h);
}

/* ---- measurements (printed with GOSUB_GC_BENCH=1, never asserted) ---- */

typedef struct Pair {              /* struct { next *Pair; leaf *[2]int; a, b int } */
    struct Pair *next;
    void *leaf;
    uintptr_t a, b;
} Pair;
static uint8_t mask_pair[] = {0x3};
static Type t_pair = {.kind = TY_STRUCT, .size = 32, .align = 8,
                      .ptrdata = 16, .ptrmask = mask_pair};

/* ns per gc_alloc(16) over `rounds` rounds of n allocations, each round's
 * objects dropped by a collection that is not timed. */
static void measure_alloc(Heap *h, const char *what, const Type *t,
                          unsigned flags) {
    enum { N = 1000000, ROUNDS = 10 };
    uint64_t first = 0, rest = 0;
    for (int round = 0; round < ROUNDS; round++) {
        uint64_t t0 = gc_now_ns();
        for (int i = 0; i < N; i++) {
            void *p = gc_alloc(h, 16, t, flags);
            __asm__ volatile("" : : "r"(p) : "memory");
        }
        uint64_t dt = gc_now_ns() - t0;
        if (round == 0) first = dt;
        else rest += dt;
        gc_collect(h);
    }
    fprintf(stderr, "alloc 16 B %s: %.2f ns/op first round (fresh pages), "
            "%.2f ns/op reusing swept memory\n", what, (double)first / N,
            (double)rest / N / (ROUNDS - 1));
}

Test(gc, measure) {
    if (!getenv("GOSUB_GC_BENCH")) return;
    Roots r;
    Heap *h = new_heap(&r, -1);
    h->opts.verify = false;
    measure_alloc(h, "noscan", NULL, GC_NOSCAN);
    gc_free(h);
    h = new_heap(&r, -1);
    h->opts.verify = false;
    measure_alloc(h, "scan (*T)", &t_node, 0);
    gc_free(h);

    /* live: a list of 2M 32-byte nodes, each with a 16-byte noscan leaf,
     * plus as much garbage */
    h = new_heap(&r, -1);
    h->opts.verify = false;
    Pair *head = NULL;
    for (int i = 0; i < 2000000; i++) {
        Pair *n = gc_alloc(h, sizeof(Pair), &t_pair, 0);
        n->next = head;
        n->leaf = gc_alloc(h, 16, NULL, GC_NOSCAN);
        gc_alloc(h, 32, &t_pair, 0);
        gc_alloc(h, 16, NULL, GC_NOSCAN);
        head = n;
    }
    r.ptrs[0] = head;
    gc_collect(h);
    HeapStats s = stats(h);
    fprintf(stderr, "mark: %.0f MB live in %.0fk objects: %.1f ms, %.0f MB/s\n",
            s.heap_marked / 1e6, s.heap_objects / 1e3, s.last_mark_ns / 1e6,
            s.heap_marked / 1e6 / (s.last_mark_ns / 1e9));
    fprintf(stderr, "sweep: %.0f MB of spans (half garbage): %.2f ms, "
            "%.0f MB/s\n", (s.heap_inuse + s.heap_idle) / 1e6,
            s.last_sweep_ns / 1e6,
            (s.heap_inuse + s.heap_idle) / 1e6 / (s.last_sweep_ns / 1e9));
    r.ptrs[0] = NULL;
    gc_collect(h);
    s = stats(h);
    fprintf(stderr, "sweep: %.0f MB all garbage: %.2f ms\n",
            s.heap_sys / 1e6, s.last_sweep_ns / 1e6);
    gc_free(h);
}
