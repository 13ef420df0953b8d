/* vm_internal.h — vm-private: the VM, goroutine, frame, defer and panic
 * structures shared by vm.c (loading, services, panics, output), interp.c
 * (the dispatch loop) and the natives' services, and the channel fast
 * paths the loop inlines (at the end).  Only files in vm/ include this.
 *
 * Stack layout of a goroutine (grows upward, never moves):
 *
 *   stack_lo                                                     limit
 *   | hdr | frame of main.main ... | hdr | frame of callee | ...  |
 *           ^fp                            ^fp
 *
 * A frame is the FrameHdr (HDR_SLOTS slots) followed by the function's
 * frame_slots slots: registers, then its stack-allocated objects.  `fp`
 * points at register 0; the header sits just below it.  Every push checks
 * `new_fp + frame_slots <= limit` first (stack overflow is Go's fatal
 * error, not a crash).
 *
 * Defers form one LIFO list per goroutine; each remembers the frame that
 * deferred it.  Panics form a list (newest first); a panic runs defers on
 * top of the panicking frame, as Go does, and a recovered panic resumes the
 * deferring frame at its function's recover_pc (the epilogue). */
#ifndef GOSUB_VM_INTERNAL_H
#define GOSUB_VM_INTERNAL_H

#include <setjmp.h>

#include "compiler/util.h"
#include "gc/gc.h"
#include "vm/map.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/vm.h"

typedef struct FrameHdr {
    const Instr *ret_ip;     /* caller's next instruction */
    uint64_t *ret_fp;        /* caller's frame */
    const Function *fn;      /* this frame's function */
    void *closure;           /* closure object (GETCTX), or NULL */
    uint64_t *res;           /* RET copies results here */
    uint32_t flags;          /* FR_* */
    uint32_t caller_pc;      /* deferred call run by a panic: where the
                                frame below was interrupted (tracebacks) */
} FrameHdr;

enum { HDR_SLOTS = sizeof(FrameHdr) / 8 };
enum FrameFlags {
    FR_PANIC_DEFER = 1,      /* a deferred call run by a panic */
    FR_DEFER = 2,            /* a deferred call (any) */
};

static inline FrameHdr *frame_hdr(uint64_t *fp) { return (FrameHdr *)fp - 1; }

/* How Go's compiler and runtime box a value of a type into an interface
 * without allocating (walk/convert.go dataWord, runtime/iface.go convT*):
 * a bool or one-byte integer always points into staticuint64s; a 2-, 4- or
 * 8-byte value without pointers does when it is below 256 (convT16/32/64);
 * a type whose sole component is a string or a slice points at zeroVal
 * when it is empty or nil (convTstring, convTslice).  vm.c classifies each
 * module type once. */
enum ConvT { CONVT_ALLOC, CONVT_BYTE, CONVT_16, CONVT_32, CONVT_64, CONVT_STRING, CONVT_SLICE };

typedef enum DeferKind { DK_CLOSURE, DK_FUNC, DK_NATIVE } DeferKind;

typedef struct Defer {
    struct Defer *next;
    uint64_t *fp;            /* the frame that deferred */
    DeferKind kind;
    void *closure;           /* DK_CLOSURE */
    int func;                /* DK_FUNC: function; DK_NATIVE: native index */
    int nres;                /* DK_NATIVE: result slots */
    int nargs;
    uint64_t args[];
} Defer;

typedef struct Panic {
    struct Panic *next;      /* older panic */
    GoIface value;
    bool recovered;
    bool sigsegv;            /* print the [signal SIGSEGV ...] line */
    uint64_t *defer_fp;      /* frame that deferred the running call */
    uint64_t *call_fp;       /* frame of the deferred call run for it */
} Panic;

typedef enum GStatus { G_RUNNABLE, G_RUNNING, G_BLOCKED, G_SLEEPING } GStatus;

typedef struct Chan Chan;
typedef struct Waiter Waiter;

/* channels (sched.c) */
typedef struct WaitQ {
    Waiter *head, *tail;
} WaitQ;

struct Waiter {
    Waiter *next, *prev;     /* in a channel queue */
    WaitQ *q;                /* the queue it is in, or NULL */
    Waiter *g_next;          /* the goroutine's waiters (select's) */
    struct Goroutine *g;
    uint64_t *data;          /* send: the value; recv: the destination */
    int case_index;          /* select case, -1 for a plain operation */
    uint64_t gen;
};

typedef struct Goroutine {
    char *stack_lo;          /* stack slot start */
    char *limit;             /* stack_lo + stack limit */
    size_t mapped;
    size_t slot_size;        /* bytes of its stack slot (pool key) */
    uint64_t *fp;            /* saved state when not running */
    const Instr *ip;
    uint64_t *base_fp;       /* bottom frame of the current vm_interp run */
    Defer *defers;
    Panic *panics;
    uint64_t *panic_fp;      /* where the last nested run stopped */
    const Instr *panic_ip;
    int id;
    GStatus status;
    const char *wait_reason; /* "chan receive", ... (deadlock report) */
    struct Goroutine *run_next;           /* run queue / sleepers link */
    struct Goroutine *all_next, *all_prev;
    Waiter *waiters;         /* of the select it is blocked in */
    Waiter *spare_waiters;   /* freed ones, reused by its next select */
    Waiter op_waiter;        /* of a plain send or receive: the waker
                                unlinks it, so nothing frees or cancels it */
    uint64_t wait_gen;       /* block episode: stale waiters differ */
    bool wait_done;          /* a waker completed the blocked operation */
    bool wait_ok;            /* recv: a value (not a close) arrived */
    bool wait_closed;        /* send: the channel was closed meanwhile */
    int wait_case;           /* select: the case that fired */
    bool yield_after;        /* native_yield/native_sleep were called */
    int64_t sleep_ns;
    int64_t wake_at;
    void *park_addr;         /* native_park: the sync word it waits on */
    struct Goroutine *park_next;          /* its bucket in vm->parked */
    const Function *go_fn;   /* the function whose `go` statement made it */
    int go_line;             /*   and the statement's line ("created by") */
} Goroutine;

enum RunStatus { RUN_OK, RUN_PANIC, RUN_EXIT,
                 RUN_PANIC_INFLIGHT, /* a nested call's panic, already on g */
                 RUN_YIELD /* the goroutine blocked or yielded */ };

struct Chan {
    Type *elem;
    int64_t cap, len, head;  /* ring buffer of cap values, slot layout */
    void *buf;
    bool closed;
    int32_t slots;           /* register slots per value (at least 1) */
    WaitQ recvq, sendq;
};
/* a channel's heap block is part of what the tracer reports */
_Static_assert(sizeof(Chan) == 80, "Chan grew: traced sizes change");

typedef struct SelCase {
    bool send;
    Chan *c;
    uint64_t *data;
} SelCase;

enum ChanStatus { CH_DONE, CH_BLOCK, CH_PANIC,
                  CH_SLOW /* a fast path declined: call sched.c */ };

typedef struct StackChunk {
    char *base;
    size_t bytes;
} StackChunk;

struct NativeCtx {
    VM *vm;
    Goroutine *g;
    jmp_buf *jb;             /* where a native's panic lands */
    VEC(void *) roots;
    uint64_t *res;           /* result buffer (a GC root while it runs) */
    int nres;
    GoIface panic_value;     /* set before longjmp */
    NativeCtx *parent;       /* enclosing native call */
};

struct VM {
    Module *m;
    Arena arena;                 /* VM-made types and method sets */
    VMOptions opts;
    Heap *heap;
    GcClass *site_class;         /* per site: NEW's allocator fast path */
    char *globals;
    uint64_t *static_closures;  /* one {Function*} per function */
    Goroutine *main_g;
    Goroutine *cur;
    Buf out;                     /* buffered program stdout */
    NativeCtx *nctx;             /* innermost native call (roots) */
    Type *rt_error_type;         /* runtime.Error values (a string kind) */
    Type *rt_plain_type;         /* runtime.plainError */
    Type *rt_assert_type;        /* *runtime.TypeAssertionError */
    Type *rt_bounds_type;        /* runtime.boundsError */
    Type *string_type;
    Type *native_types[NT_COUNT];
    Instr panic_cont;            /* PANICCONT: return address of deferred
                                    calls run by a panic */
    Instr halt;                  /* HALT: return address of nested calls */
    uint64_t *nested_base;       /* innermost vm_call base frame */
    int exit_code;
    VEC(void *) temp_roots;
    uint64_t zerobase;           /* address of zero-sized objects */
    /* boxing without allocation, as Go's convT* (interp.c box_static) */
    uint64_t staticuint64s[256]; /* i at [i]: small values, bools, bytes */
    uint64_t zeroval[4];         /* an empty string, a nil slice */
    uint8_t *convt;              /* per module type: its ConvT class */
    void **site_static;          /* per site: a constant's read-only copy */
    const char *bad_type;        /* set by vm_equal: uncomparable type */
    const char *missing_method;  /* set by vm_implements */
    bool sigsegv_pending;        /* next panic is a nil dereference */
    MapEnv map_env;
    struct Tracer *tracer;       /* allocation tracing, NULL when off */
    struct TraceSite *trace_sites;
    int alloc_site;              /* tracer: the site the next vm_alloc is
                                    for (an index of vm_trace_sites' table;
                                    m->nsites + TSITE_RUNTIME when no
                                    opcode asked), reset after each traced
                                    vm_alloc unless alloc_hold */
    bool alloc_hold;             /* MAKEMAP/MAKECHAN: several blocks, one site */
    bool trace_stacks;           /* the sink wants call stacks (pprof) */
    /* scheduler (sched.c) */
    Goroutine *all_g;
    Goroutine *runq_head, *runq_tail;
    VEC(Goroutine *) timers;     /* time.Sleep: a min-heap on wake_at */
    Goroutine *parked[64];       /* native_park: lists hashed by address */
    int64_t ngoroutines;
    int last_goid;
    uint64_t sched_ticks;
    bool sched_entry;            /* vm_schedule is calling vm_interp: that
                                    run may switch goroutines in place */
    uint64_t steps;              /* charged to opts.max_steps */
    uint64_t rng;
    size_t stack_slot;
    VEC(StackChunk) chunks;
    VEC(char *) free_stacks;
    char *chunk_next;
    int chunk_left;
    jmp_buf *map_jb;             /* landing pad of a guarded map op */
    GoIface map_panic;           /* its panic value */
};

/* sched.c */
Goroutine *vm_new_goroutine(VM *vm);
void vm_free_stacks(VM *vm);
void vm_park_yield(VM *vm, Goroutine *g);
int vm_schedule(VM *vm);
/* `go fn(args)`; site: the go statement's site (SITE_GO, for the tracer) */
void vm_go(VM *vm, const Function *fn, void *closure, const uint64_t *args,
           int nargs, int site);
Chan *vm_chan_make(VM *vm, const Site *s, int64_t cap);
int vm_chan_send(VM *vm, Goroutine *g, Chan *c, uint64_t *val);
int vm_chan_recv(VM *vm, Goroutine *g, Chan *c, uint64_t *dst, bool *ok);
const char *vm_chan_close(VM *vm, Chan *c);   /* panic message or NULL */
int64_t vm_chan_len(const Chan *c, bool cap);
void vm_chan_cancel(Goroutine *g);
int vm_select(VM *vm, Goroutine *g, SelCase *cases, int n, bool has_default,
              int *chosen, bool *ok);
void vm_traceback(VM *vm, Buf *b, uint64_t *fp, const Instr *ip);
void vm_created_by(VM *vm, Buf *b, Goroutine *g);      /* vm.c */
int vm_frame_line(const Function *fn, const Instr *ip);
_Noreturn void vm_throw(VM *vm, Goroutine *g, const char *msg);

/* tracing (vm.c): one allocation of `size` bytes at site in region */
void vm_trace_alloc(VM *vm, uint64_t *fp, int site, int region, size_t size);
/* Pseudo-sites vm_trace_sites appends after the module's own: heap blocks
 * no allocation opcode asked for (natives of the runtime library; a map's
 * table growing on insertion).  Index: m->nsites + TSITE_... */
enum { TSITE_RUNTIME, TSITE_MAPGROW, TSITE_COUNT };

/* maps (vm.c, over vm/map.h) */
void *vm_map_make(VM *vm, const Site *s, int64_t hint);

/* interp.c */
int vm_interp(VM *vm, Goroutine *g);
/* Fills in the handler (and, for branches, the jump offset) of every
 * instruction of vm->m, vm->panic_cont and vm->halt (direct threading);
 * vm_new calls it once the module is set. */
void vm_thread_code(VM *vm);

/* vm.c: services used by the loop */
void *vm_alloc(VM *vm, size_t size, const Type *elem, bool has_pointers);
GoString vm_string(VM *vm, const void *p, size_t n);
GoString vm_bytes_string(VM *vm, const void *p, size_t n);
/* The runtime's static copy of byte b (staticuint64s, little-endian): a
 * one-byte string or a boxed byte points there instead of allocating. */
static inline const uint8_t *vm_static_byte(const VM *vm, uint8_t b) {
    return (const uint8_t *)&vm->staticuint64s[b];
}
void vm_flush(VM *vm);
void vm_write(VM *vm, int fd, const void *p, size_t n);
/* Starts a panic with a run-time error message; rt_kind picks the type. */
enum RtKind { RT_ERROR, RT_PLAIN, RT_ASSERT, RT_BOUNDS };
GoIface vm_rt_error(VM *vm, enum RtKind kind, const char *msg);
/* Calls function fi with args, on goroutine g above its current frame;
 * results into res.  Returns RUN_OK or RUN_PANIC (the panic stays on g). */
int vm_call(VM *vm, Goroutine *g, int fi, void *closure, const uint64_t *args,
            int nargs, uint64_t *res, int nres);
/* Prints the panic chain + traceback and returns exit status 2. */
int vm_fatal_panic(VM *vm, Goroutine *g);
_Noreturn void vm_stack_overflow(VM *vm, Goroutine *g, const Function *callee);
_Noreturn void vm_exit(VM *vm, int code);
/* A preemption point: polls opts.interrupt, charges opts.max_steps. */
void vm_charge_steps(VM *vm, Goroutine *g, uint64_t n);
_Noreturn void vm_interrupted(VM *vm, int sig);
_Noreturn void vm_goroutine_exhaustion(VM *vm, Goroutine *g);
/* method lookup by name in a dynamic type's method set; -1 if missing;
 * -2 for the intrinsic Error() of the VM's runtime error types. */
int vm_find_method(VM *vm, Type *t, const char *name);
bool vm_implements(VM *vm, Type *t, Type *iface);
bool vm_equal(VM *vm, const void *a, const void *b, Type *t, bool *uncomparable);
const char *vm_type_string(Type *t);

/* ---- the hand-off fast paths, inline in the loop (sched.c does the rest)
 *
 * The common channel operation between goroutines is a plain send or
 * receive that meets a peer blocked in a plain operation (the peer's
 * op_waiter heads the queue: the value goes straight into its registers
 * and it becomes runnable) or meets nobody and blocks itself.  These do
 * exactly what vm_chan_send/vm_chan_recv do in those cases and return
 * CH_SLOW for every other one (nil or closed channel, values in a buffer,
 * a select's waiter, which may be stale), which they leave untouched.
 * Invariants they rely on: a closed channel has no waiting receiver; an
 * empty channel with a waiting sender is unbuffered. */

/* g joins the end of the run queue */
static inline void vm_ready(VM *vm, Goroutine *g) {
    g->status = G_RUNNABLE;
    g->run_next = NULL;
    if (vm->runq_tail) vm->runq_tail->run_next = g;
    else vm->runq_head = g;
    vm->runq_tail = g;
}

/* The loop's direct switch, for a goroutine that just blocked, yielded or
 * was preempted in a run vm_schedule started: the run queue's head, made current exactly as
 * vm_schedule's next pass would make it, or NULL when that pass has more
 * to do (nothing runnable; sleepers due for their periodic check). */
static inline Goroutine *vm_switch(VM *vm) {
    Goroutine *g = vm->runq_head;
    if (!g) return NULL;
    if (vm->timers.len && ((vm->sched_ticks + 1) & 63) == 0) return NULL;
    if (vm->timers.len) vm->sched_ticks++;
    vm->runq_head = g->run_next;
    if (!vm->runq_head) vm->runq_tail = NULL;
    g->run_next = NULL;
    vm->cur = g;
    g->status = G_RUNNING;
    g->wait_reason = NULL;
    return g;
}

/* one value of n slots; most are one slot */
static inline void vm_chan_copy(uint64_t *dst, const uint64_t *src, int64_t n) {
    if (n == 1) *dst = *src;
    else memcpy(dst, src, (size_t)n * 8);
}

/* unlinks q's first waiter (q is not empty) */
static inline Waiter *vm_waitq_shift(WaitQ *q) {
    Waiter *w = q->head;
    q->head = w->next;
    if (w->next) w->next->prev = NULL;
    else q->tail = NULL;
    w->next = NULL;
    w->q = NULL;
    return w;
}

static inline void vm_waitq_push(WaitQ *q, Waiter *w) {
    w->next = NULL;
    w->prev = q->tail;
    if (q->tail) q->tail->next = w;
    else q->head = w;
    q->tail = w;
    w->q = q;
}

/* the operation w waits in is done (its value moved): w's goroutine
 * resumes it and finds the outcome */
static inline void vm_chan_wake(VM *vm, Waiter *w, bool ok, bool closed) {
    Goroutine *g = w->g;
    g->wait_done = true;
    g->wait_ok = ok;
    g->wait_closed = closed;
    g->wait_case = w->case_index;
    vm_ready(vm, g);
}

/* g blocks in a plain operation, waiting in q (a channel's sendq or
 * recvq); data: the value to send or the receive's destination.  The
 * op_waiter's g, case_index (-1) and g_next (NULL) never change
 * (vm_new_goroutine), and a plain waiter needs no generation. */
static inline void vm_chan_wait(Goroutine *g, WaitQ *q, uint64_t *data,
                                const char *reason) {
    g->wait_gen++;
    g->status = G_BLOCKED;
    g->wait_reason = reason;
    g->wait_done = false;
    g->op_waiter.data = data;
    vm_waitq_push(q, &g->op_waiter);
}

static inline int vm_chan_send_fast(VM *vm, Goroutine *g, Chan *c, uint64_t *val) {
    if (!c || c->closed) return CH_SLOW;
    Waiter *w = c->recvq.head;
    if (w) {
        if (w->case_index >= 0) return CH_SLOW;
        vm_waitq_shift(&c->recvq);
        vm_chan_copy(w->data, val, c->slots);
        vm_chan_wake(vm, w, true, false);
        return CH_DONE;
    }
    if (c->len < c->cap) return CH_SLOW;
    vm_chan_wait(g, &c->sendq, val, "chan send");
    return CH_BLOCK;
}

/* CH_DONE: a value arrived (ok is true) */
static inline int vm_chan_recv_fast(VM *vm, Goroutine *g, Chan *c, uint64_t *dst) {
    if (!c || c->len) return CH_SLOW;
    Waiter *w = c->sendq.head;
    if (w) {
        if (w->case_index >= 0) return CH_SLOW;
        vm_waitq_shift(&c->sendq);
        vm_chan_copy(dst, w->data, c->slots);
        vm_chan_wake(vm, w, true, false);
        return CH_DONE;
    }
    if (c->closed) return CH_SLOW;
    vm_chan_wait(g, &c->recvq, dst, "chan receive");
    return CH_BLOCK;
}

#endif
