/* test_escape.c — the escape-analysis solver (compiler/escape_graph.c) on
 * small hand-built location graphs: address flows, deref counts, loop
 * depth, results, closures, leak summaries. */
#include <criterion/criterion.h>

#include "compiler/escape.h"

static Arena arena;
static EscGraph g;
static EscFunc *f;

static void setup(void) {
    arena_init(&arena);
    esc_graph_init(&g, &arena);
    f = esc_func_new(&g, NULL, NULL, "f");
}

static void teardown(void) {
    esc_graph_free(&g);
    arena_free(&arena);
}

TestSuite(escape_graph, .init = setup, .fini = teardown);

static EscLoc *var(LocKind k) { return esc_loc_new(&g, f, k, NULL, NULL, false); }
static EscHole H(EscLoc *l) { return esc_hole(l); }
static EscHole ADDR(EscLoc *l) { return esc_addr(&g, esc_hole(l), NULL, NULL); }
static EscHole DEREF(EscLoc *l) { return esc_deref(&g, esc_hole(l), NULL, NULL); }

Test(escape_graph, address_stored_in_heap_escapes) {
    EscLoc *p = var(LOC_VAR), *q = var(LOC_VAR);
    esc_flow(&g, ADDR(p), q);            /* p = &q */
    esc_flow(&g, H(&g.heap), p);         /* heap = p */
    esc_solve(&g);
    cr_assert(q->escapes);
    cr_assert(!p->escapes);
}

Test(escape_graph, value_copy_does_not_escape) {
    EscLoc *p = var(LOC_VAR), *q = var(LOC_VAR);
    esc_flow(&g, H(p), q);               /* p = q */
    esc_flow(&g, H(&g.heap), p);         /* heap = p */
    esc_solve(&g);
    cr_assert(!q->escapes);
}

Test(escape_graph, deref_cancels_addr) {
    EscLoc *p = var(LOC_VAR), *q = var(LOC_VAR), *r = var(LOC_VAR);
    esc_flow(&g, ADDR(p), q);            /* p = &q */
    esc_flow(&g, DEREF(r), p);           /* r = *p  (a copy of q) */
    esc_flow(&g, H(&g.heap), r);         /* heap = r */
    esc_solve(&g);
    cr_assert(!q->escapes);
}

Test(escape_graph, direct_flow_into_heap_escapes_immediately) {
    EscLoc *q = var(LOC_VAR);
    esc_flow(&g, ADDR(&g.heap), q);      /* heap = &q */
    cr_assert(q->escapes);
}

Test(escape_graph, returned_address_escapes) {
    EscLoc *r = var(LOC_RESULT), *n = var(LOC_EXPR);
    r->result_index = 1;
    esc_flow(&g, ADDR(r), n);            /* ~r0 = &new(T) */
    esc_solve(&g);
    cr_assert(n->escapes);
}

Test(escape_graph, loop_depth_mismatch_escapes) {
    EscLoc *outer = var(LOC_VAR), *inner = var(LOC_VAR);
    outer->loop_depth = 1;
    inner->loop_depth = 2;
    esc_flow(&g, ADDR(outer), inner);    /* for { outer = &inner } */
    esc_solve(&g);
    cr_assert(inner->escapes);
}

Test(escape_graph, same_loop_depth_stays) {
    EscLoc *a = var(LOC_VAR), *b = var(LOC_VAR);
    esc_flow(&g, ADDR(a), b);
    esc_solve(&g);
    cr_assert(!b->escapes);
}

Test(escape_graph, param_leak_summaries) {
    EscLoc *p = var(LOC_PARAM), *q = var(LOC_PARAM), *s = var(LOC_PARAM);
    EscLoc *r = var(LOC_RESULT);
    r->result_index = 1;
    esc_flow(&g, H(&g.heap), p);                 /* sink = p      */
    esc_flow(&g, H(r), q);                       /* return q      */
    esc_flow(&g, DEREF(&g.heap), s);             /* sink = *s     */
    esc_solve(&g);
    cr_assert_eq(esc_leaks_heap(&p->param_esc), 0);
    cr_assert_eq(esc_leaks_result(&q->param_esc, 0), 0);
    cr_assert_eq(esc_leaks_heap(&q->param_esc), -1);
    cr_assert_eq(esc_leaks_heap(&s->param_esc), 1);  /* leaking content */
}

Test(escape_graph, closure_outlives_nothing_but_parent_outlives_closure) {
    EscFunc *clo = esc_func_new(&g, NULL, f, "f.func1");
    EscLoc *l = var(LOC_VAR);
    EscLoc *x = esc_loc_new(&g, clo, LOC_VAR, NULL, NULL, false);
    cr_assert(esc_contains_closure(f, clo));
    cr_assert(esc_outlives(&g, l, x));
    cr_assert(!esc_outlives(&g, x, l));
}

Test(escape_graph, escaping_intermediate_requeues) {
    /* heap = &a; a = &b  =>  a escapes, then b escapes through it */
    EscLoc *a = var(LOC_VAR), *b = var(LOC_VAR), *p = var(LOC_VAR);
    esc_flow(&g, H(&g.heap), p);          /* heap = p */
    esc_flow(&g, ADDR(p), a);             /* p = &a   */
    esc_flow(&g, ADDR(a), b);             /* a = &b   */
    esc_solve(&g);
    cr_assert(a->escapes);
    cr_assert(b->escapes);
}

Test(escape_graph, leaks_optimize_drops_longer_results) {
    EscLeaks l = {0};
    esc_leaks_add_heap(&l, 1);
    esc_leaks_add_result(&l, 0, 1);
    esc_leaks_add_result(&l, 1, 0);
    esc_leaks_optimize(&l);
    cr_assert_eq(esc_leaks_result(&l, 0), -1);
    cr_assert_eq(esc_leaks_result(&l, 1), 0);
    cr_assert(!esc_leaks_empty(&l));
}

Test(escape_graph, transient_cleared_when_address_kept) {
    EscLoc *v = var(LOC_VAR);
    EscLoc *lit = esc_loc_new(&g, f, LOC_EXPR, NULL, NULL, true);
    esc_flow(&g, ADDR(v), lit);           /* v = &[]int{...} storage */
    esc_solve(&g);
    cr_assert(!lit->transient);
    cr_assert(!lit->escapes);
}

Test(escape_graph, address_then_copy_is_floored_at_zero) {
    /* heap = p; p = &q; q = &r  =>  q escapes (its address is stored), and
     * r escapes only because q, now on the heap, holds r's address: the
     * path heap <- p <- q counts -1 and is floored at 0 before q's own
     * edge, so r is not reached at -2 from the heap's walk */
    EscLoc *p = var(LOC_VAR), *q = var(LOC_VAR), *r = var(LOC_VAR);
    esc_flow(&g, H(&g.heap), p);
    esc_flow(&g, ADDR(p), q);
    esc_flow(&g, ADDR(q), r);
    esc_solve(&g);
    cr_assert(q->escapes);
    cr_assert(r->escapes);
    cr_assert(!p->escapes);
}

Test(escape_graph, content_of_copied_pointer_stays) {
    /* heap = *p; p = &q  =>  heap gets q's value, not its address */
    EscLoc *p = var(LOC_VAR), *q = var(LOC_VAR);
    esc_flow(&g, DEREF(&g.heap), p);
    esc_flow(&g, ADDR(p), q);
    esc_solve(&g);
    cr_assert(!q->escapes);
}

Test(escape_graph, assignment_cycle_terminates) {
    /* a = &b; b = a; c = b: a cycle through a negative edge; nothing
     * reaches the heap, the walk must stop */
    EscLoc *a = var(LOC_VAR), *b = var(LOC_VAR), *c = var(LOC_VAR);
    esc_flow(&g, ADDR(a), b);
    esc_flow(&g, H(b), a);
    esc_flow(&g, H(c), b);
    esc_solve(&g);
    cr_assert(!a->escapes);
    cr_assert(!b->escapes);
    cr_assert(!c->escapes);
}

Test(escape_graph, self_assignment_adds_no_edge) {
    EscLoc *x = var(LOC_VAR);
    esc_flow(&g, H(x), x);               /* x = x  */
    esc_flow(&g, DEREF(x), x);           /* x = *x */
    cr_assert_eq(x->edges.len, 0);
    esc_flow(&g, ADDR(x), x);            /* x = &x: kept */
    cr_assert_eq(x->edges.len, 1);
}

Test(escape_graph, blank_remembers_nothing) {
    EscLoc *x = var(LOC_VAR);
    esc_flow(&g, ADDR(&g.blank), x);     /* _ = &x */
    esc_solve(&g);
    cr_assert(!x->escapes);
    cr_assert_eq(g.blank.edges.len, 0);
}

Test(escape_graph, leak_levels_through_derefs) {
    /* return **p  =>  p leaks to result 0 at level 2; sink = p.f (derefs
     * 0: fields are not distinguished) => leaks to heap at level 0 */
    EscLoc *p = var(LOC_PARAM), *q = var(LOC_PARAM), *r = var(LOC_RESULT);
    r->result_index = 1;
    esc_flow(&g, esc_deref(&g, DEREF(r), NULL, NULL), p);
    esc_flow(&g, H(&g.heap), q);
    esc_solve(&g);
    cr_assert_eq(esc_leaks_result(&p->param_esc, 0), 2);
    cr_assert_eq(esc_leaks_heap(&p->param_esc), -1);
    cr_assert_eq(esc_leaks_heap(&q->param_esc), 0);
}

Test(escape_graph, result_of_called_closure_does_not_outlive_parent) {
    /* func() *T { return &x }() where x belongs to the caller: a closure
     * called where it stands returns into its parent's frame */
    EscFunc *clo = esc_func_new(&g, NULL, f, "f.func1");
    clo->closure_called = true;
    EscLoc *x = var(LOC_VAR);
    EscLoc *r = esc_loc_new(&g, clo, LOC_RESULT, NULL, NULL, false);
    r->result_index = 1;
    esc_flow(&g, ADDR(r), x);
    esc_solve(&g);
    cr_assert(!x->escapes);
    clo->closure_called = false;         /* a closure value: it does */
    cr_assert(esc_outlives(&g, r, x));
}

Test(escape_graph, explanation_records_the_last_hop) {
    /* heap = p; p = &q  =>  q escapes; the explanation names the heap as
     * the root and p as the location that reached it */
    EscLoc *p = var(LOC_VAR), *q = var(LOC_VAR);
    esc_flow(&g, H(&g.heap), p);
    esc_flow(&g, ADDR(p), q);
    esc_solve(&g);
    cr_assert(q->escapes);
    cr_assert_eq(q->why_root, &g.heap);
    cr_assert_eq(q->why_via, p);
}

Test(escape_graph, explanation_names_the_result) {
    EscLoc *r = var(LOC_RESULT), *n = esc_loc_new(&g, f, LOC_EXPR, NULL, NULL, true);
    r->result_index = 1;
    esc_flow(&g, ADDR(r), n);            /* return &T{} */
    esc_solve(&g);
    cr_assert(n->escapes);
    cr_assert_eq(n->why_root, r);
}

Test(escape_graph, explanation_of_immediate_heap_flow) {
    EscLoc *n = esc_loc_new(&g, f, LOC_EXPR, NULL, NULL, true);
    esc_flow(&g, ADDR(&g.heap), n);      /* sink = &T{}: known at once */
    cr_assert(n->escapes);
    cr_assert_eq(n->why_root, &g.heap);
}
