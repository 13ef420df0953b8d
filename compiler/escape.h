/* escape.h — folder-private (compiler/escape_*.c and the escape unit tests
 * only): the location graph of escape analysis, its solver, and the entry
 * point of the AST walk.
 *
 * The graph (escape_graph.c) knows nothing of the AST beyond carrying Node
 * and Symbol pointers for diagnostics, so tests can build graphs by hand:
 *
 *   EscGraph g; esc_graph_init(&g, &arena);
 *   EscFunc *f = esc_func_new(&g, NULL, NULL, "f");
 *   EscLoc *p = esc_loc_new(&g, f, LOC_VAR, NULL, NULL, false);
 *   EscLoc *q = esc_loc_new(&g, f, LOC_VAR, NULL, NULL, false);
 *   esc_flow(&g, esc_addr(esc_hole(p)), q);     // p = &q
 *   esc_flow(&g, esc_hole(&g.heap), p);          // sink = p
 *   esc_solve(&g);                               // q->escapes == true
 *   esc_graph_free(&g);
 */
#ifndef GOSUB_ESCAPE_H
#define GOSUB_ESCAPE_H

#include "internal.h"

/* ---- leak summaries (Go's `leaks`: heap, then results 0..6) ----
 * v[i] = 0: no flow; otherwise the minimum derefs of a flow + 1. */
#define ESC_NRESULTS 7
typedef struct EscLeaks {
    uint8_t v[1 + ESC_NRESULTS];
} EscLeaks;

int esc_leaks_heap(const EscLeaks *l);            /* -1: none */
int esc_leaks_result(const EscLeaks *l, int i);   /* -1: none */
void esc_leaks_add_heap(EscLeaks *l, int derefs);
void esc_leaks_add_result(EscLeaks *l, int i, int derefs);
bool esc_leaks_empty(const EscLeaks *l);
/* drops result flows not shorter than the heap flow */
void esc_leaks_optimize(EscLeaks *l);

/* ---- functions ---- */
enum { ESC_FN_UNKNOWN, ESC_FN_PLANNED, ESC_FN_STARTED, ESC_FN_TAGGED };

typedef struct EscFunc {
    FuncInfo *fi;           /* NULL: package initialisers / unit tests */
    struct EscFunc *outer;  /* enclosing function of a closure */
    const char *name;
    int state;              /* ESC_FN_* */
    bool closure_called;    /* a func literal called where it stands */
    bool report;            /* print -m diagnostics (package main) */
    bool native;            /* bodyless */
    /* leak summary per parameter, receiver first (after tagging) */
    EscLeaks *leaks;
    int nleaks;
    /* Tarjan */
    int scc_index, scc_low;
    bool on_stack, visited;
} EscFunc;

/* ---- locations and edges ---- */
typedef struct EscNote {
    struct EscNote *next;
    Node *where;
    const char *why;
} EscNote;

typedef struct EscLoc EscLoc;

typedef struct EscEdge {
    EscLoc *src;
    int derefs;             /* >= -1 */
    EscNote *notes;
} EscEdge;

typedef enum LocKind {
    LOC_TEMP,               /* no node: tee/later temporaries */
    LOC_EXPR,               /* an allocating expression (n) */
    LOC_VAR,                /* a local variable (sym) */
    LOC_PARAM,              /* a parameter or receiver (sym) */
    LOC_RESULT,             /* a result variable (sym) */
    LOC_HEAP,
    LOC_BLANK,
} LocKind;

struct EscLoc {
    LocKind kind;
    Node *n;                /* LOC_EXPR */
    Node *shown;            /* how -m=2 shows it, when not n (a variadic
                               call's "... argument", a go/defer wrapper's
                               "func literal") */
    Symbol *sym;            /* LOC_VAR / PARAM / RESULT */
    const char *name;       /* optional display name (tests, temps) */
    Pos pos;                /* where -m reports it */
    EscFunc *fn;
    VEC(EscEdge) edges;     /* incoming */
    int loop_depth;
    int result_index;       /* 1-based for results */
    /* walk state */
    int derefs;
    uint32_t walkgen;
    EscLoc *dst;
    int dst_edge;
    bool queued;
    /* results */
    bool escapes;           /* must be heap allocated */
    bool transient;         /* address does not outlive the statement */
    EscLeaks param_esc;     /* parameters: where they leak */
    /* facts gathered while building */
    bool captured, reassigned, addrtaken;
    const char *reason;     /* set when forced to heap by a size rule */
    int64_t big_size;       /* ...the size that broke it (0: unknown) */
    /* why it escapes, for the site table and the tracer: the walk root
     * whose lifetime it must match, the location that reached the root,
     * and the outermost note of that last hop */
    EscLoc *why_root, *why_via;
    EscNote *why_note;
    bool site_heap;         /* the site must be on the heap for gosub's
                               codegen even though Go keeps it on the stack
                               (a go/defer "..." slice built at the go or
                               loop-defer statement) */
};

/* A context an expression's value flows into: "dst = *^derefs (expr)". */
typedef struct EscHole {
    EscLoc *dst;
    int derefs;
    EscNote *notes;
    bool addrtaken;
} EscHole;

typedef struct EscGraph {
    Arena *arena;
    VEC(EscLoc *) locs;     /* creation order */
    EscLoc heap, blank;
    int m_level;            /* 2: print flow explanations */
    bool keep_notes;        /* record notes below -m=2 (explanations) */
    FILE *out;
    /* display of nodes and positions for -m=2 (NULL in unit tests) */
    const char *(*node_string)(void *ctx, Node *n);
    const char *(*pos_string)(void *ctx, Pos p);
    void *ctx;
} EscGraph;

void esc_graph_init(EscGraph *g, Arena *a);
void esc_graph_free(EscGraph *g);
EscFunc *esc_func_new(EscGraph *g, FuncInfo *fi, EscFunc *outer,
                      const char *name);
EscLoc *esc_loc_new(EscGraph *g, EscFunc *fn, LocKind kind, Node *n,
                    Symbol *sym, bool transient);

static inline EscHole esc_hole(EscLoc *l) {
    return (EscHole){l, 0, NULL, false};
}
EscHole esc_shift(EscHole k, int delta);
EscHole esc_note(EscGraph *g, EscHole k, Node *where, const char *why);
EscHole esc_deref(EscGraph *g, EscHole k, Node *where, const char *why);
EscHole esc_addr(EscGraph *g, EscHole k, Node *where, const char *why);
/* records "k.dst = (k.derefs) src" */
void esc_flow(EscGraph *g, EscHole k, EscLoc *src);
/* walks from every location to a fixed point: sets escapes, transient,
 * param_esc */
void esc_solve(EscGraph *g);
/* does l outlive other (values stored in l survive other's lifetime)? */
bool esc_outlives(EscGraph *g, EscLoc *l, EscLoc *other);
bool esc_contains_closure(EscFunc *f, EscFunc *c);
/* "{heap}", "{temp}", "x", "{storage for new(T)}" */
const char *esc_loc_string(EscGraph *g, EscLoc *l);
Pos esc_loc_pos(EscLoc *l);

/* ---- the AST side (escape_build.c) ---- */
void escape_analyse(Compiler *c);

/* ---- reports (escape_report.c) ---- */
/* An expression as Go's ir formatter prints it in -m messages. */
const char *esc_node_string(Compiler *c, Node *n);
const char *esc_type_string(Compiler *c, Type *t);
/* The receiver of method selector sel after the first `upto` steps through
 * embedded fields (x.Base.Inner), as display-only nodes. */
Node *esc_recv_chain(Compiler *c, Node *sel, int upto);
/* Hand-written summaries of bodyless standard-library functions: fills
 * leaks[0..n) (receiver first) and returns true if qualname is known. */
bool esc_native_summary(const char *qualname, Type *sig, bool has_recv,
                        EscLeaks *leaks, int n);

#endif
