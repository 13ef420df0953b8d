/* escape_graph.c — the location graph of escape analysis and its solver.
 *
 * Invariants the whole analysis guarantees (Go's, cmd/compile/internal/
 * escape): (1) no pointer to a stack object is ever stored in the heap;
 * (2) no pointer to a stack object outlives that object — not past the
 * return of the function that owns the frame, and not across loop
 * iterations that reuse its space for a logically distinct variable.
 *
 * Model.  Every variable and every allocating expression is a *location*.
 * Every assignment, explicit or implied (argument passing, return, a value
 * stored into a literal, a closure capture), is a directed edge src -> dst
 * weighted by `derefs`: the number of dereferences minus the number of
 * address-of operations applied to src on the way:
 *
 *     p = &q     edge q -> p, derefs -1
 *     p = q      edge q -> p, derefs  0
 *     p = *q     edge q -> p, derefs  1
 *     p = **&*q  edge q -> p, derefs  2
 *
 * Elements of compound values are not distinguished (x.f = y is x = y,
 * x = s[i] is x = *s).  Two special locations: the heap (everything stored
 * in it lives forever; it "escapes" from the start) and the blank location
 * (a sink that remembers nothing: values of pointer-free type, `_`).
 *
 * Solver.  From each root location we compute the minimum derefs of every
 * path from any location to the root (Bellman-Ford: edges can be negative,
 * but a path count is floored at 0 whenever it goes negative, because
 * "root = &l; l = x" means l's address reaches the root, not x's).  Then,
 * for every location l reached:
 *   - derefs < 0 (l's address reaches root) and root outlives l: l must be
 *     heap allocated (`escapes`), and l is re-queued as a root, since what
 *     flows into it now flows into the heap;
 *   - l is a parameter and root outlives it: record in l's leak summary the
 *     flow "to heap" or "to result i" with the derefs count;
 *   - l's address reaches a non-transient root: l is not transient.
 * When l is found to escape, the root and the last hop of its path (the
 * location that reached the root, and the outermost note of that edge) are
 * kept in l->why_*: the site table's reason ("returned from f") comes
 * from them.
 * `outlives(root, l)`: the heap and anything that escaped outlive
 * everything; a result outlives everything in its function (callers are
 * unknown) except locations of an enclosing function when the closure is
 * called directly; a location declared outside a loop outlives one declared
 * inside it; a location of a function outlives the locations of closures
 * inside it.
 *
 * Worked example:
 *
 *     func f(s string) *T {      // s: param    ~r0: result
 *         t := new(T)            // N: new(T)   t = &N   (-1)
 *         t.s = s                //             t = s    (0)  [*t = s is
 *                                //   modelled as a store into t's referent,
 *                                //   which is the heap: heap = s (0)]
 *         return t               //             ~r0 = t  (0)
 *     }
 *
 * Walking from ~r0: t at 0, N at -1; ~r0 outlives N, so N escapes ("new(T)
 * escapes to heap").  Walking from the heap: s at 0, a param: "leaking
 * param: s".
 *
 * Known imprecision (Go's, kept on purpose so decisions match): no flow or
 * path sensitivity, no field sensitivity, results always outlive callee
 * locations, loop depth is lexical (a backward goto makes a loop).
 *
 * Cost: each location is walked as a root at most three times (initially,
 * when it stops being transient, when it escapes); each walk is
 * Bellman-Ford over the edges: O(L * E) worst case, near linear in
 * practice. */
#include "escape.h"

#include <stdlib.h>

/* ---- leak summaries ---- */

static int leaks_get(const EscLeaks *l, int i) { return (int)l->v[i] - 1; }

static void leaks_set(EscLeaks *l, int i, int derefs) {
    int v = derefs + 1;
    ASSERT(v >= 0, "derefs below -1 in a leak summary");
    l->v[i] = (uint8_t)(v > 255 ? 255 : v);
}

static void leaks_add(EscLeaks *l, int i, int derefs) {
    int old = leaks_get(l, i);
    if (old < 0 || derefs < old) leaks_set(l, i, derefs);
}

int esc_leaks_heap(const EscLeaks *l) { return leaks_get(l, 0); }
int esc_leaks_result(const EscLeaks *l, int i) { return leaks_get(l, 1 + i); }
void esc_leaks_add_heap(EscLeaks *l, int derefs) { leaks_add(l, 0, derefs); }
void esc_leaks_add_result(EscLeaks *l, int i, int derefs) {
    leaks_add(l, 1 + i, derefs);
}

bool esc_leaks_empty(const EscLeaks *l) {
    for (int i = 0; i <= ESC_NRESULTS; i++)
        if (l->v[i]) return false;
    return true;
}

void esc_leaks_optimize(EscLeaks *l) {
    int h = esc_leaks_heap(l);
    if (h < 0) return;
    for (int i = 0; i < ESC_NRESULTS; i++)
        if (esc_leaks_result(l, i) >= h) l->v[1 + i] = 0;
}

/* ---- construction ---- */

void esc_graph_init(EscGraph *g, Arena *a) {
    memset(g, 0, sizeof *g);
    g->arena = a;
    g->heap.kind = LOC_HEAP;
    g->heap.escapes = true;
    g->blank.kind = LOC_BLANK;
    g->out = stdout;
}

void esc_graph_free(EscGraph *g) {
    for (int i = 0; i < g->locs.len; i++) VEC_FREE(g->locs.items[i]->edges);
    VEC_FREE(g->heap.edges);
    VEC_FREE(g->blank.edges);
    VEC_FREE(g->locs);
}

EscFunc *esc_func_new(EscGraph *g, FuncInfo *fi, EscFunc *outer,
                      const char *name) {
    EscFunc *f = arena_alloc(g->arena, sizeof *f);
    f->fi = fi;
    f->outer = outer;
    f->name = name;
    return f;
}

EscLoc *esc_loc_new(EscGraph *g, EscFunc *fn, LocKind kind, Node *n,
                    Symbol *sym, bool transient) {
    EscLoc *l = arena_alloc(g->arena, sizeof *l);
    l->kind = kind;
    l->n = n;
    l->sym = sym;
    l->fn = fn;
    l->transient = transient;
    l->loop_depth = 1;
    if (sym) l->pos = sym->pos;
    else if (n) l->pos = n->pos;
    VEC_PUSH(g->locs, l);
    return l;
}

EscHole esc_shift(EscHole k, int delta) {
    k.derefs += delta;
    ASSERT(k.derefs >= -1, "derefs underflow");
    k.addrtaken = delta < 0;
    return k;
}

EscHole esc_note(EscGraph *g, EscHole k, Node *where, const char *why) {
    if ((g->m_level < 2 && !g->keep_notes) || !where) return k;
    EscNote *nt = arena_alloc(g->arena, sizeof *nt);
    nt->next = k.notes;
    nt->where = where;
    nt->why = why;
    k.notes = nt;
    return k;
}

EscHole esc_deref(EscGraph *g, EscHole k, Node *where, const char *why) {
    return esc_note(g, esc_shift(k, 1), where, why);
}

EscHole esc_addr(EscGraph *g, EscHole k, Node *where, const char *why) {
    return esc_note(g, esc_shift(k, -1), where, why);
}

/* ---- display (for -m=2) ---- */

Pos esc_loc_pos(EscLoc *l) { return l->pos; }

static const char *pos_str(EscGraph *g, Pos p) {
    return g->pos_string ? g->pos_string(g->ctx, p) : "?";
}

static const char *node_str(EscGraph *g, Node *n) {
    return g->node_string ? g->node_string(g->ctx, n) : "?";
}

/* the node that stands for l in -m=2 text */
static Node *loc_node(EscLoc *l) { return l->shown ? l->shown : l->n; }

/* "x" for a variable, the expression for an allocation */
static const char *loc_what(EscGraph *g, EscLoc *l) {
    if (l->sym) return l->sym->name;
    if (!loc_node(l) && l->name) return l->name;
    return node_str(g, loc_node(l));
}

const char *esc_loc_string(EscGraph *g, EscLoc *l) {
    if (l == &g->heap) return "{heap}";
    if (l->sym && l->kind == LOC_RESULT && l->sym->name &&
        l->sym->name[0] == '_' && !l->sym->name[1])
        return arena_printf(g->arena, "~r%d", l->result_index - 1);
    if (l->sym) return l->sym->name;
    if (l->name) return l->name;
    if (!loc_node(l)) return "{temp}";
    return arena_printf(g->arena, "{storage for %s}", node_str(g, loc_node(l)));
}

static bool reporting(EscLoc *l) { return l->fn && l->fn->report; }

static void explain_flow(EscGraph *g, const char *pos, EscLoc *dst,
                         EscLoc *src, int derefs, EscNote *notes) {
    char ops[64] = "&";
    if (derefs >= 0) {
        int k = derefs < 63 ? derefs : 63;
        memset(ops, '*', (size_t)k);
        ops[k] = 0;
    }
    fprintf(g->out, "%s:   flow: %s = %s%s:\n", pos, esc_loc_string(g, dst),
            ops, esc_loc_string(g, src));
    for (EscNote *nt = notes; nt; nt = nt->next)
        fprintf(g->out, "%s:     from %s (%s) at %s\n", pos,
                node_str(g, nt->where), nt->why,
                pos_str(g, nt->where->pos));
}

/* how src's value reached the walk root, one "flow:" line per edge */
static void explain_path(EscGraph *g, EscLoc *root, EscLoc *src) {
    const char *pos = pos_str(g, esc_loc_pos(src));
    VEC(EscLoc *) seen = {0};     /* cycle guard */
    for (;;) {
        bool again = false;
        for (int i = 0; i < seen.len; i++) again |= seen.items[i] == src;
        if (again) {
            fprintf(g->out, "%s:   warning: truncated explanation due to "
                    "assignment cycle; see golang.org/issue/35518\n", pos);
            break;
        }
        VEC_PUSH(seen, src);
        EscLoc *dst = src->dst;
        if (!dst) break;
        EscEdge *e = &dst->edges.items[src->dst_edge];
        explain_flow(g, pos, dst, src, e->derefs, e->notes);
        if (dst == root) break;
        src = dst;
    }
    VEC_FREE(seen);
}

/* ---- flow ---- */

static EscNote *outermost(EscNote *nt) {
    while (nt && nt->next) nt = nt->next;
    return nt;
}

/* remembers why l must be on the heap: the last hop of its path to root */
static void record_why(EscGraph *g, EscLoc *l, EscLoc *root) {
    if (l->why_root) return;
    l->why_root = root;
    EscLoc *src = l;
    for (int guard = 0; guard <= g->locs.len + 1 && src->dst; guard++) {
        EscLoc *dst = src->dst;
        if (dst == root) {
            l->why_via = src;
            l->why_note = outermost(dst->edges.items[src->dst_edge].notes);
            return;
        }
        src = dst;
    }
}

void esc_flow(EscGraph *g, EscHole k, EscLoc *src) {
    if (k.addrtaken) src->addrtaken = true;
    EscLoc *dst = k.dst;
    if (dst == &g->blank) return;
    if (dst == src && k.derefs >= 0) return;      /* x = x, x = *x */
    if (dst->escapes && k.derefs < 0) {           /* heap = &src */
        if (g->m_level >= 2 && reporting(src)) {
            const char *pos = pos_str(g, esc_loc_pos(src));
            fprintf(g->out, "%s: %s escapes to heap:\n", pos,
                    loc_what(g, src));
            explain_flow(g, pos, dst, src, k.derefs, k.notes);
        }
        src->escapes = true;
        if (!src->why_root) {
            src->why_root = dst;
            src->why_via = src;
            src->why_note = outermost(k.notes);
        }
        return;
    }
    EscEdge e = {src, k.derefs, k.notes};
    VEC_PUSH(dst->edges, e);
}

/* ---- solver ---- */

bool esc_contains_closure(EscFunc *f, EscFunc *c) {
    if (!f || !c || f == c) return false;
    for (EscFunc *o = c->outer; o; o = o->outer)
        if (o == f) return true;
    return false;
}

bool esc_outlives(EscGraph *g, EscLoc *l, EscLoc *other) {
    (void)g;
    if (l->escapes) return true;
    if (l->kind == LOC_RESULT) {
        /* a directly called closure may return what its caller owns */
        if (esc_contains_closure(other->fn, l->fn) && l->fn->closure_called)
            return false;
        return true;
    }
    if (l->fn == other->fn && l->loop_depth < other->loop_depth) return true;
    return esc_contains_closure(l->fn, other->fn);
}

/* a parameter's value reaches sink with `derefs` */
static void leak_to(EscLoc *l, EscLoc *sink, int derefs) {
    if (!sink->escapes && sink->kind == LOC_RESULT && sink->fn == l->fn &&
        sink->result_index - 1 < ESC_NRESULTS) {
        esc_leaks_add_result(&l->param_esc, sink->result_index - 1, derefs);
        return;
    }
    esc_leaks_add_heap(&l->param_esc, derefs);
}

typedef VEC(EscLoc *) LocStack;

static void enqueue(LocStack *q, EscLoc *l) {
    if (l->queued) return;
    l->queued = true;
    VEC_PUSH(*q, l);
}

static void visit_reached(EscGraph *g, EscLoc *root, EscLoc *l, int derefs,
                          bool address_of, LocStack *roots, bool *stop) {
    if (!esc_outlives(g, root, l)) return;
    if (l->kind == LOC_PARAM) {
        if (g->m_level >= 2 && !l->escapes && reporting(l)) {
            fprintf(g->out, "%s: parameter %s leaks to %s with derefs=%d:\n",
                    pos_str(g, esc_loc_pos(l)), esc_loc_string(g, l),
                    esc_loc_string(g, root), derefs);
            explain_path(g, root, l);
        }
        leak_to(l, root, derefs);
    }
    if (address_of && !l->escapes) {
        if (g->m_level >= 2 && reporting(l)) {
            fprintf(g->out, "%s: %s escapes to heap:\n",
                    pos_str(g, esc_loc_pos(l)), loc_what(g, l));
            explain_path(g, root, l);
        }
        l->escapes = true;
        record_why(g, l, root);
        enqueue(roots, l);
        *stop = true;
    }
}

static void walk_one(EscGraph *g, EscLoc *root, uint32_t gen,
                     LocStack *roots) {
    root->walkgen = gen;
    root->derefs = 0;
    root->dst = NULL;
    LocStack todo = {0};
    VEC_PUSH(todo, root);
    while (todo.len > 0) {
        EscLoc *l = todo.items[--todo.len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of) {
            derefs = 0;
            if (!root->transient && l->transient) {
                l->transient = false;
                enqueue(roots, l);
            }
        }
        bool stop = false;
        visit_reached(g, root, l, derefs, address_of, roots, &stop);
        if (stop) continue;
        for (int i = 0; i < l->edges.len; i++) {
            EscEdge *e = &l->edges.items[i];
            if (e->src->escapes) continue;
            int d = derefs + e->derefs;
            if (e->src->walkgen != gen || e->src->derefs > d) {
                e->src->walkgen = gen;
                e->src->derefs = d;
                e->src->dst = l;
                e->src->dst_edge = i;
                VEC_PUSH(todo, e->src);
            }
        }
    }
    VEC_FREE(todo);
}

void esc_solve(EscGraph *g) {
    LocStack roots = {0};
    for (int i = 0; i < g->locs.len; i++) enqueue(&roots, g->locs.items[i]);
    enqueue(&roots, &g->heap);
    uint32_t gen = 0;
    while (roots.len > 0) {
        EscLoc *root = roots.items[--roots.len];
        root->queued = false;
        walk_one(g, root, ++gen, &roots);
    }
    VEC_FREE(roots);
}
