/* sched.c — goroutines, their stacks, the scheduler, timers, parking for
 * package sync, and channels with select.
 *
 * Invariants:
 *  - one goroutine runs at a time (no threads); it leaves the dispatch loop
 *    only at a blocking operation, a yield (native_yield/native_sleep/
 *    native_park, runtime.Gosched) or a preemption point (every
 *    PREEMPT_BUDGET jumps, when another goroutine is runnable or a timer is
 *    pending), with its state (ip, fp) saved in the Goroutine;
 *  - the loop that vm_schedule started may, where the goroutine blocks,
 *    yields or is preempted, run the run queue's head itself (vm_switch)
 *    instead of returning:
 *    the same goroutine vm_schedule's next pass would take, made current
 *    the same way, so the order is the same; it returns whenever that pass
 *    has more to do (an empty queue, the periodic check of sleepers);
 *  - a blocking channel operation registers Waiters and re-executes when
 *    the goroutine is resumed: the waker has already done the transfer and
 *    set g->wait_done, so the restarted instruction only consumes the
 *    result;
 *  - stacks never move: a waker copies values straight into the blocked
 *    goroutine's registers (Waiter.data points into its frame);
 *  - a plain send or receive waits with the goroutine's own op_waiter,
 *    which is live exactly while it is queued (only its waker unlinks it);
 *    a select allocates one Waiter per case (reused through
 *    spare_waiters), whose stale ones are skipped by generation and
 *    unlinked by vm_chan_cancel when the select resumes;
 *  - stacks come from chunks of STACKS_PER_CHUNK slots, one mapping each
 *    (100,000 goroutines must not need 100,000 mappings), reserved with
 *    MAP_NORESERVE and reused through a free list;
 *  - every goroutine is in exactly one place: running, the run queue, the
 *    timer heap (G_SLEEPING), a parking bucket (G_BLOCKED, "semacquire") or
 *    a channel's wait queues (G_BLOCKED).
 * Approach: a FIFO run queue.  time.Sleep puts the goroutine in a binary
 * min-heap on its wake time; due sleepers are readied every 64 switches
 * and whenever the run queue is empty, and when nothing else can run the
 * process nanosleeps until the earliest one (no busy waiting).  Package
 * sync parks a goroutine on the address of a semaphore word (64 hashed
 * buckets); native_wake readies every goroutine parked on that address, in
 * parking order, and each re-checks its condition (sync.go).  select polls
 * its cases in a random permutation (Go's pollorder), so every ready case
 * is equally likely.  Deadlock = nothing runnable, nothing sleeping: the
 * report lists main first, then every other goroutine in creation order,
 * with its wait reason as Go prints it ([chan receive], [semacquire] ...).
 * Cost: O(1) per switch and channel operation, O(log n) per sleep, a wake
 * is O(goroutines in its bucket).  An unbuffered ping-pong round trip (two
 * hand-offs, two blocks, two switches) is about 370 x86 instructions,
 * bytecode included (callgrind, programs/bench/chanpingpong.go).
 * Channel buffers hold values in register-slot layout (stride = slots*8),
 * so every transfer is a slot copy.  The loop tries the inline fast paths
 * of vm_internal.h first (a plain peer waiting, or nobody: hand off or
 * block with no allocation and no call); everything else comes here.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "trace/trace.h"
#include "vm/rt.h"
#include "vm/vm_internal.h"

enum { STACKS_PER_CHUNK = 64 };

/* ---- stacks ---- */

static size_t page_round(size_t n) { return (n + 4095) & ~(size_t)4095; }

static char *stack_get(VM *vm) {
    if (vm->free_stacks.len) return vm->free_stacks.items[--vm->free_stacks.len];
    if (!vm->chunk_left) {
        size_t bytes = vm->stack_slot * STACKS_PER_CHUNK;
        void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED) util_oom();
        VEC_PUSH(vm->chunks, ((StackChunk){p, bytes}));
        vm->chunk_next = p;
        vm->chunk_left = STACKS_PER_CHUNK;
    }
    char *s = vm->chunk_next;
    vm->chunk_next += vm->stack_slot;
    vm->chunk_left--;
    return s;
}

static void stack_put(VM *vm, Goroutine *g) {
    if (g->slot_size == vm->stack_slot) VEC_PUSH(vm->free_stacks, g->stack_lo);
}

Goroutine *vm_new_goroutine(VM *vm) {
    Goroutine *g = xcalloc(1, sizeof *g);
    if (!vm->stack_slot)
        vm->stack_slot = page_round(vm->opts.stack_limit + (size_t)HDR_SLOTS * 8 + 4096);
    g->stack_lo = stack_get(vm);
    g->slot_size = vm->stack_slot;
    g->limit = g->stack_lo + vm->opts.stack_limit;
    g->mapped = vm->stack_slot;
    g->id = ++vm->last_goid;
    g->status = G_RUNNABLE;
    g->op_waiter.g = g;
    g->op_waiter.case_index = -1;
    g->all_next = vm->all_g;
    if (vm->all_g) vm->all_g->all_prev = g;
    vm->all_g = g;
    vm->ngoroutines++;
    return g;
}

static void free_waiter_list(Waiter *w) {
    while (w) {
        Waiter *next = w->g_next;
        free(w);
        w = next;
    }
}

/* frees g and the blocks it owns (not its stack) */
static void free_g_memory(Goroutine *g) {
    while (g->defers) {
        Defer *d = g->defers;
        g->defers = d->next;
        free(d);
    }
    free_waiter_list(g->waiters);
    free_waiter_list(g->spare_waiters);
    free(g);
}

static void free_goroutine(VM *vm, Goroutine *g) {
    if (g->all_prev) g->all_prev->all_next = g->all_next;
    else vm->all_g = g->all_next;
    if (g->all_next) g->all_next->all_prev = g->all_prev;
    vm->ngoroutines--;
    stack_put(vm, g);
    free_g_memory(g);
}

void vm_free_stacks(VM *vm) {
    for (int i = 0; i < vm->chunks.len; i++)
        munmap(vm->chunks.items[i].base, vm->chunks.items[i].bytes);
    VEC_FREE(vm->chunks);
    VEC_FREE(vm->free_stacks);
    while (vm->all_g) {
        Goroutine *g = vm->all_g;
        vm->all_g = g->all_next;
        free_g_memory(g);
    }
}

/* ---- run queue ---- */

static Goroutine *runq_pop(VM *vm) {
    Goroutine *g = vm->runq_head;
    if (!g) return NULL;
    vm->runq_head = g->run_next;
    if (!vm->runq_head) vm->runq_tail = NULL;
    g->run_next = NULL;
    return g;
}

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ---- timers: sleeping goroutines in a binary min-heap on wake_at ---- */

static bool timer_before(const Goroutine *a, const Goroutine *b) {
    return a->wake_at < b->wake_at || (a->wake_at == b->wake_at && a->id < b->id);
}

static void timer_push(VM *vm, Goroutine *g) {
    VEC_PUSH(vm->timers, g);
    Goroutine **t = vm->timers.items;
    for (int i = vm->timers.len - 1; i > 0;) {
        int up = (i - 1) / 2;
        if (!timer_before(t[i], t[up])) break;
        Goroutine *x = t[i]; t[i] = t[up]; t[up] = x;
        i = up;
    }
}

static Goroutine *timer_pop(VM *vm) {
    Goroutine **t = vm->timers.items;
    Goroutine *top = t[0];
    t[0] = t[--vm->timers.len];
    for (int i = 0, n = vm->timers.len;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && timer_before(t[l], t[m])) m = l;
        if (r < n && timer_before(t[r], t[m])) m = r;
        if (m == i) break;
        Goroutine *x = t[i]; t[i] = t[m]; t[m] = x;
        i = m;
    }
    return top;
}

/* ---- parking (package sync): goroutines blocked on a word's address ---- */

static Goroutine **park_bucket(VM *vm, const void *addr) {
    uintptr_t a = (uintptr_t)addr;
    return &vm->parked[((a >> 3) ^ (a >> 9)) & 63];
}

/* the loop's yield point: puts g back in the queue, to sleep, or parks it */
void vm_park_yield(VM *vm, Goroutine *g) {
    if (g->park_addr) {
        g->status = G_BLOCKED;
        g->wait_reason = "semacquire";
        Goroutine **b = park_bucket(vm, g->park_addr);
        g->park_next = *b;
        *b = g;
        return;
    }
    if (g->sleep_ns > 0) {
        g->wake_at = now_ns() + g->sleep_ns;
        g->sleep_ns = 0;
        g->status = G_SLEEPING;
        g->wait_reason = "sleep";
        timer_push(vm, g);
        return;
    }
    vm_ready(vm, g);
}

/* Moves due sleepers to the run queue, earliest first; if `block` and none
 * is due, sleeps the process until the earliest one is.  Returns false if
 * nobody sleeps. */
static bool wake_sleepers(VM *vm, bool block) {
    if (!vm->timers.len) return false;
    int64_t now = now_ns();
    if (block && vm->timers.items[0]->wake_at > now) {
        int64_t d = vm->timers.items[0]->wake_at - now;
        struct timespec ts = {d / 1000000000, d % 1000000000};
        while (nanosleep(&ts, &ts) != 0) {
            if (vm->opts.interrupt && *vm->opts.interrupt)
                vm_interrupted(vm, *vm->opts.interrupt);
        }
        now = now_ns();
    }
    while (vm->timers.len && vm->timers.items[0]->wake_at <= now)
        vm_ready(vm, timer_pop(vm));
    return true;
}

/* ---- deadlock: Go's report lists every goroutine, main first ---- */

static void print_goroutine(VM *vm, Buf *b, Goroutine *g) {
    buf_printf(b, "\ngoroutine %d [%s]:\n", g->id,
               g->wait_reason ? g->wait_reason : "runnable");
    vm_traceback(vm, b, g->fp, g->ip);
    vm_created_by(vm, b, g);
}

static int deadlock(VM *vm) {
    Buf b = {0};
    buf_puts(&b, "fatal error: all goroutines are asleep - deadlock!\n");
    print_goroutine(vm, &b, vm->main_g);
    /* iterative walk of the list in creation order (it can be long) */
    int n = 0;
    for (Goroutine *g = vm->all_g; g; g = g->all_next) n++;
    Goroutine **order = xmalloc(sizeof *order * (size_t)(n ? n : 1));
    int i = n;
    for (Goroutine *g = vm->all_g; g; g = g->all_next) order[--i] = g;
    for (i = 0; i < n; i++)
        if (order[i] != vm->main_g) print_goroutine(vm, &b, order[i]);
    free(order);
    vm_write(vm, 2, b.data, b.len);
    buf_free(&b);
    return 2;
}

/* Runs goroutines until main.main returns (status 0), a goroutine panics
 * (2) or everything is blocked (deadlock, 2). */
int vm_schedule(VM *vm) {
    for (;;) {
        Goroutine *g = runq_pop(vm);
        if (!g) {
            /* a signal cuts a sleep short: see vm_interrupted */
            if (vm->opts.interrupt && *vm->opts.interrupt)
                vm_interrupted(vm, *vm->opts.interrupt);
            if (wake_sleepers(vm, true)) continue;
            return deadlock(vm);
        }
        if (vm->timers.len && (++vm->sched_ticks & 63) == 0) wake_sleepers(vm, false);
        vm->cur = g;
        g->status = G_RUNNING;
        g->wait_reason = NULL;
        vm->sched_entry = true;
        int st = vm_interp(vm, g);
        g = vm->cur;   /* the loop may have switched goroutines (vm_switch) */
        if (st == RUN_OK) {
            if (g == vm->main_g) return 0;
            free_goroutine(vm, g);
        } else if (st == RUN_PANIC) {
            g->panic_fp = g->fp;
            g->panic_ip = g->ip;
            return vm_fatal_panic(vm, g);
        }
        /* RUN_YIELD: the goroutine queued or parked itself */
    }
}

/* Starts `go fn(args)` on a new goroutine; `site` is the go statement's
 * (kind SITE_GO), for the tracer's goroutine event. */
void vm_go(VM *vm, const Function *fn, void *closure, const uint64_t *args,
           int nargs, int site) {
    if (vm->opts.max_goroutines > 0 && vm->ngoroutines >= vm->opts.max_goroutines)
        vm_goroutine_exhaustion(vm, vm->cur);
    Goroutine *g = vm_new_goroutine(vm);
    uint64_t *fp = (uint64_t *)g->stack_lo + HDR_SLOTS;
    FrameHdr *h = frame_hdr(fp);
    h->ret_ip = &vm->halt;
    h->ret_fp = NULL;
    h->fn = fn;
    h->closure = closure;
    h->res = fp;
    h->flags = 0;
    memcpy(fp, args, (size_t)nargs * 8);
    g->fp = fp;
    g->base_fp = fp;
    g->ip = fn->code;
    Goroutine *parent = vm->cur;
    if (parent && parent->fp) {
        g->go_fn = frame_hdr(parent->fp)->fn;
        g->go_line = vm_frame_line(g->go_fn, parent->ip);
    }
    vm_ready(vm, g);
    if (vm->tracer) {
        Goroutine *parent = vm->cur;
        const char *pf = parent && parent->fp ? frame_hdr(parent->fp)->fn->name : NULL;
        trace_goroutine(vm->tracer, site, parent ? parent->id : 1, pf, g->id, fn->name,
                        (int64_t)vm->opts.stack_limit);
    }
}

/* ---- channels ---- */

static int64_t elem_slots(const Chan *c) { return c->slots; }

static inline void clear_value(uint64_t *dst, int64_t n) {
    if (n == 1) *dst = 0;
    else memset(dst, 0, (size_t)n * 8);
}

/* As Go's makechan: values without pointers share one block with the
 * header (which holds no pointer into the heap but buf, into itself: the
 * block is noscan); values with pointers get a buffer of their own. */
Chan *vm_chan_make(VM *vm, const Site *s, int64_t cap) {
    Type *t = s->type;
    const Type *elem = t && t->kind == TY_CHAN ? t->elem : t;
    int64_t slots = elem->size ? (elem->size + 7) / 8 : 1;
    size_t buf_size = (size_t)(cap * slots * 8);
    bool own_buf = cap > 0 && elem->ptrdata > 0;
    Chan *c = vm_alloc(vm, sizeof(Chan) + (own_buf ? 0 : buf_size), NULL, own_buf);
    c->elem = (Type *)elem;
    c->slots = (int32_t)slots;
    c->cap = cap;
    if (!own_buf) {
        c->buf = cap > 0 ? (void *)(c + 1) : NULL;
    } else {
        VEC_PUSH(vm->temp_roots, c);
        c->buf = vm_alloc(vm, buf_size, NULL, true);
        vm->temp_roots.len--;
    }
    return c;
}

static uint64_t *buf_slot(Chan *c, int64_t i) {
    return (uint64_t *)c->buf + ((c->head + i) % c->cap) * elem_slots(c);
}

/* A plain operation's waiter is live while it is queued; a select's
 * others go stale when one of its cases fires. */
static inline bool waiter_live(const Waiter *w) {
    if (w->case_index < 0) return true;
    const Goroutine *g = w->g;
    return g->status == G_BLOCKED && !g->wait_done && w->gen == g->wait_gen;
}

static void unlink_waiter(Waiter *w) {
    WaitQ *q = w->q;
    if (!q) return;
    if (w->prev) w->prev->next = w->next;
    else q->head = w->next;
    if (w->next) w->next->prev = w->prev;
    else q->tail = w->prev;
    w->next = w->prev = NULL;
    w->q = NULL;
}

static inline Waiter *pop_live(WaitQ *q) {
    while (q->head) {
        Waiter *w = vm_waitq_shift(q);
        if (waiter_live(w)) return w;
    }
    return NULL;
}

/* A select's waiter for case case_index, on g->waiters for
 * vm_chan_cancel.  A plain operation waits with the goroutine's own
 * op_waiter instead (vm_chan_wait): only a waker's pop_live takes that out
 * of its queue, and nothing can resume the goroutine before, so it needs
 * no list and no cancel. */
static Waiter *new_waiter(Goroutine *g, uint64_t *data, int case_index) {
    Waiter *w = g->spare_waiters;
    if (w) g->spare_waiters = w->g_next;
    else w = xmalloc(sizeof *w);
    w->g_next = g->waiters;
    g->waiters = w;
    w->g = g;
    w->data = data;
    w->case_index = case_index;
    w->gen = g->wait_gen;
    return w;
}

/* after a blocked select completed: forget its waiters (a plain
 * operation has none: see new_waiter) */
void vm_chan_cancel(Goroutine *g) {
    while (g->waiters) {
        Waiter *w = g->waiters;
        g->waiters = w->g_next;
        unlink_waiter(w);
        w->g_next = g->spare_waiters;
        g->spare_waiters = w;
    }
}

static void block(Goroutine *g, const char *reason) {
    g->status = G_BLOCKED;
    g->wait_reason = reason;
    g->wait_done = false;
}

/* one attempt at a send; CH_BLOCK registers nothing */
static inline int try_send(VM *vm, Chan *c, const uint64_t *val) {
    if (c->closed) return CH_PANIC;
    int64_t n = elem_slots(c);
    Waiter *w = pop_live(&c->recvq);
    if (w) {
        vm_chan_copy(w->data, val, n);
        vm_chan_wake(vm, w, true, false);
        return CH_DONE;
    }
    if (c->len < c->cap) {
        vm_chan_copy(buf_slot(c, c->len), val, n);
        c->len++;
        return CH_DONE;
    }
    return CH_BLOCK;
}

#if defined(__GNUC__) || defined(__clang__)
__attribute__((always_inline))   /* into select's poll loop too */
#endif
static inline int try_recv(VM *vm, Chan *c, uint64_t *dst, bool *ok) {
    int64_t n = elem_slots(c);
    if (c->len > 0) {
        vm_chan_copy(dst, buf_slot(c, 0), n);
        clear_value(buf_slot(c, 0), n);
        c->head = (c->head + 1) % c->cap;
        c->len--;
        Waiter *w = pop_live(&c->sendq);
        if (w) {
            vm_chan_copy(buf_slot(c, c->len), w->data, n);
            c->len++;
            vm_chan_wake(vm, w, true, false);
        }
        *ok = true;
        return CH_DONE;
    }
    Waiter *w = pop_live(&c->sendq);
    if (w) {
        vm_chan_copy(dst, w->data, n);
        vm_chan_wake(vm, w, true, false);
        *ok = true;
        return CH_DONE;
    }
    if (c->closed) {
        clear_value(dst, n);
        *ok = false;
        return CH_DONE;
    }
    return CH_BLOCK;
}

int vm_chan_send(VM *vm, Goroutine *g, Chan *c, uint64_t *val) {
    if (!c) {
        block(g, "chan send (nil chan)");
        return CH_BLOCK;
    }
    int st = try_send(vm, c, val);
    if (st != CH_BLOCK) return st;
    vm_chan_wait(g, &c->sendq, val, "chan send");
    return CH_BLOCK;
}

int vm_chan_recv(VM *vm, Goroutine *g, Chan *c, uint64_t *dst, bool *ok) {
    if (!c) {
        block(g, "chan receive (nil chan)");
        return CH_BLOCK;
    }
    int st = try_recv(vm, c, dst, ok);
    if (st != CH_BLOCK) return st;
    vm_chan_wait(g, &c->recvq, dst, "chan receive");
    return CH_BLOCK;
}

const char *vm_chan_close(VM *vm, Chan *c) {
    if (!c) return "close of nil channel";
    if (c->closed) return "close of closed channel";
    c->closed = true;
    Waiter *w;
    while ((w = pop_live(&c->recvq))) {
        memset(w->data, 0, (size_t)elem_slots(c) * 8);
        vm_chan_wake(vm, w, false, false);
    }
    while ((w = pop_live(&c->sendq))) vm_chan_wake(vm, w, false, true);
    return NULL;
}

int64_t vm_chan_len(const Chan *c, bool cap) {
    if (!c) return 0;
    return cap ? c->cap : c->len;
}

static uint64_t rand_next(VM *vm) {
    vm->rng = vm->rng * 6364136223846793005ull + 1442695040888963407ull;
    return vm->rng >> 33;
}

/* tries the cases in `order`; CH_BLOCK when none is ready */
static int poll_cases(VM *vm, SelCase *cases, const int *order, int n,
                      int *chosen, bool *ok) {
    for (int k = 0; k < n; k++) {
        int i = order[k];
        SelCase *sc = &cases[i];
        if (!sc->c) continue;
        int st = sc->send ? try_send(vm, sc->c, sc->data) : try_recv(vm, sc->c, sc->data, ok);
        if (st == CH_PANIC) {
            *chosen = i;
            return CH_PANIC;
        }
        if (st == CH_DONE) {
            *chosen = i;
            if (sc->send) *ok = true;
            return CH_DONE;
        }
    }
    return CH_BLOCK;
}

/* select: cases at tbl (kind, chan, value/dst pointer) */
int vm_select(VM *vm, Goroutine *g, SelCase *cases, int n, bool has_default,
              int *chosen, bool *ok) {
    /* poll in a uniformly random order (Go's pollorder: a Fisher-Yates
     * shuffle), so each ready case is equally likely to be chosen */
    int small[16];
    int *order = n <= 16 ? small : xmalloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++) {
        /* 31 random bits: a 32-bit division gives the same j, faster */
        int j = (int)((uint32_t)rand_next(vm) % (uint32_t)(i + 1));
        order[i] = order[j];
        order[j] = i;
    }
    int st = poll_cases(vm, cases, order, n, chosen, ok);
    if (order != small) free(order);
    if (st != CH_BLOCK) return st;
    if (has_default) {
        *chosen = -1;
        return CH_DONE;
    }
    g->wait_gen++;
    block(g, n ? "select" : "select (no cases)");
    for (int i = 0; i < n; i++) {
        SelCase *sc = &cases[i];
        if (!sc->c) continue;
        Waiter *w = new_waiter(g, sc->data, i);
        vm_waitq_push(sc->send ? &sc->c->sendq : &sc->c->recvq, w);
    }
    return CH_BLOCK;
}

/* ---- native services (native.h) ---- */

void native_yield(NativeCtx *ctx) {
    if (!ctx->parent) ctx->g->yield_after = true;   /* nested: no switch */
}

/* Inside a method the runtime called, the goroutine cannot leave the C
 * call: it sleeps in place (nothing else could run meanwhile anyway). */
void native_sleep(NativeCtx *ctx, int64_t ns) {
    if (ctx->parent) {
        struct timespec ts = {ns / 1000000000, ns % 1000000000};
        while (ns > 0 && nanosleep(&ts, &ts) != 0) {
            if (ctx->vm->opts.interrupt && *ctx->vm->opts.interrupt)
                vm_interrupted(ctx->vm, *ctx->vm->opts.interrupt);
        }
        return;
    }
    ctx->g->yield_after = true;
    ctx->g->sleep_ns = ns > 0 ? ns : 0;
}

struct Heap *native_heap(NativeCtx *ctx) { return ctx->vm->heap; }

int64_t native_num_goroutine(NativeCtx *ctx) { return ctx->vm->ngoroutines; }

int64_t native_set_max_stack(NativeCtx *ctx, int64_t bytes) {
    VM *vm = ctx->vm;
    int64_t old = (int64_t)vm->opts.stack_limit;
    if (bytes <= 0) return old;
    vm->opts.stack_limit = (size_t)bytes;
    for (Goroutine *g = vm->all_g; g; g = g->all_next) {
        size_t room = g->slot_size - (size_t)HDR_SLOTS * 8 - 4096;
        g->limit = g->stack_lo + ((size_t)bytes < room ? (size_t)bytes : room);
    }
    /* new goroutines get slots of the new size */
    vm->stack_slot = page_round((size_t)bytes + (size_t)HDR_SLOTS * 8 + 4096);
    vm->chunk_left = 0;
    return old;
}

/* native_park: after the native returns, g blocks on addr (vm_park_yield)
 * until native_wake(addr).  Inside a method the runtime called (fmt's
 * String()) the goroutine cannot leave the C call, and nothing else can
 * run to release it: that is the same fatal error as a channel operation
 * blocking there (interp.c). */
void native_park(NativeCtx *ctx, void *addr) {
    if (ctx->parent)
        vm_throw(ctx->vm, ctx->g, "blocking operation inside a method called by the runtime");
    ctx->g->yield_after = true;
    ctx->g->park_addr = addr;
}

void native_wake(NativeCtx *ctx, void *addr) {
    VM *vm = ctx->vm;
    Goroutine **pp = park_bucket(vm, addr), *woken = NULL;
    while (*pp) {
        Goroutine *g = *pp;
        if (g->park_addr != addr) {
            pp = &g->park_next;
            continue;
        }
        *pp = g->park_next;
        g->park_addr = NULL;
        g->park_next = woken;   /* collect, then ready in parking order */
        woken = g;
    }
    while (woken) {
        Goroutine *g = woken;
        woken = g->park_next;
        g->park_next = NULL;
        vm_ready(vm, g);
    }
}
