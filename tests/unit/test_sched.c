/* test_sched.c — the runtime end to end: Go programs compiled and run on a
 * VM with --gc-stress (a collection at every allocation), checking that an
 * object reachable from only one kind of root survives (a stack frame, a
 * global, a channel buffer, a closure, a map, a parked goroutine's stack,
 * a pending defer), that garbage cycles are freed, and the scheduler's
 * services: parking for package sync, deadlock reports with Go's goroutine
 * states, timers in wake order, select's uniform choice.  (Stacks are
 * scanned conservatively: a stale register may keep one last object.) */
#include <criterion/criterion.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/compiler.h"
#include "vm/vm.h"

typedef struct Run {
    int status;
    char out[4096];
    char err[4096];
} Run;

static void slurp(FILE *f, char *buf, size_t n) {
    rewind(f);
    size_t got = fread(buf, 1, n - 1, f);
    buf[got] = 0;
    fclose(f);
}

static jmp_buf exit_jb;

/* the VM's exit (a fatal error, os.Exit) lands here instead of exit(3) */
static void on_exit_hook(void *arg, int status) {
    (void)arg;
    longjmp(exit_jb, status + 1);
}

/* compiles src and runs it (under --gc-stress if asked); output captured */
static Run run_src(const char *src, bool stress) {
    static Run r;
    memset(&r, 0, sizeof r);
    CompileOptions o = cmp_default_options();
    Compiler *c = cmp_new(&o);
    Module *m = cmp_compile_source(c, "t.go", src, strlen(src), stderr);
    cr_assert(m, "compiles");
    FILE *out = tmpfile(), *err = tmpfile();
    VMOptions vo = vm_default_options();
    vo.out = out;
    vo.err = err;
    vo.gc_stress = stress;
    vo.exit_hook = on_exit_hook;
    static VM *vm;
    vm = vm_new(m, &vo);
    cr_assert(vm);
    int jumped = setjmp(exit_jb);
    if (jumped) r.status = jumped - 1;
    else r.status = vm_run(vm);
    vm_free(vm);
    slurp(out, r.out, sizeof r.out);
    slurp(err, r.err, sizeof r.err);
    cmp_free(c);
    return r;
}

/* A type with a checksum: check() is "ok" only if nothing was freed and
 * reused.  garbage() allocates and collects so freed memory is reused. */
#define PRELUDE                                                              \
    "package main\n"                                                         \
    "import (\"fmt\"; \"runtime\"; \"sync\"; \"time\")\n"                    \
    "var _ = time.Now\nvar _ sync.Mutex\nvar _ = fmt.Sprint\n"                                   \
    "type obj struct { id int; vals []int; next *obj }\n"                    \
    "func mk(id int) *obj {\n"                                               \
    "  o := &obj{id: id, vals: make([]int, 8), next: &obj{id: -id}}\n"       \
    "  for i := range o.vals { o.vals[i] = id + i }\n  return o\n}\n"         \
    "func (o *obj) check() string {\n"                                       \
    "  s := 0\n  for _, v := range o.vals { s += v }\n"                      \
    "  if s == 8*o.id+28 && o.next.id == -o.id { return \"ok\" }\n"          \
    "  return \"CORRUPT\"\n}\n"                                              \
    "func garbage() {\n"                                                     \
    "  for i := 0; i < 50; i++ { o := &obj{vals: make([]int, 8)}; o.next = o;" \
    " for j := range o.vals { o.vals[j] = -7 } }\n  runtime.GC()\n}\n"

static void expect_ok(const char *body) {
    char src[8192];
    snprintf(src, sizeof src, "%s%s", PRELUDE, body);
    Run r = run_src(src, true);
    cr_assert_eq(r.status, 0, "status %d, stderr: %s", r.status, r.err);
    cr_assert_str_eq(r.out, "ok\n", "stdout: %s", r.out);
}

Test(roots, stack_frame) {
    expect_ok("func main() { p := mk(3); garbage(); fmt.Println(p.check()) }\n");
}

Test(roots, global) {
    expect_ok("var g *obj\n"
              "func main() { g = mk(4); garbage(); fmt.Println(g.check()) }\n");
}

Test(roots, channel_buffer) {
    expect_ok("func main() { c := make(chan *obj, 2); c <- mk(5); garbage();"
              " fmt.Println((<-c).check()) }\n");
}

Test(roots, closure) {
    expect_ok("func main() {\n"
              "  f := func() func() *obj { p := mk(6); return func() *obj { return p } }()\n"
              "  garbage(); fmt.Println(f().check())\n}\n");
}

Test(roots, map_key_and_value) {
    expect_ok("func main() {\n"
              "  m := map[*obj]*obj{mk(7): mk(8)}\n  garbage()\n"
              "  for k, v := range m { if k.check() == \"ok\" { fmt.Println(v.check()) } }\n}\n");
}

Test(roots, parked_goroutine_stack) {
    expect_ok("func main() {\n"
              "  rel := make(chan bool); res := make(chan string)\n"
              "  go func() { p := mk(9); <-rel; res <- p.check() }()\n"
              "  var mu sync.Mutex; mu.Lock()\n"
              "  go func() { p := mk(10); mu.Lock(); res <- p.check(); mu.Unlock() }()\n"
              "  runtime.Gosched(); garbage()\n"
              "  rel <- true; a := <-res; mu.Unlock(); b := <-res\n"
              "  if a == \"ok\" && b == \"ok\" { fmt.Println(\"ok\") }\n}\n");
}

Test(roots, pending_defer) {
    /* the loop reuses one register for mk's result: the first two objects
     * are held by their defer records only */
    expect_ok("var res string\n"
              "func f() {\n"
              "  for i := 0; i < 3; i++ { defer func(p *obj) { res += p.check() }(mk(11 + i)) }\n"
              "  garbage()\n}\n"
              "func main() { f(); if res == \"okokok\" { fmt.Println(\"ok\") } }\n");
}

Test(collector, garbage_cycles_are_freed) {
    const char *src = PRELUDE
        "var sink *obj\n"
        "func main() {\n"
        "  var a, b runtime.MemStats\n  runtime.GC(); runtime.ReadMemStats(&a)\n"
        "  for i := 0; i < 1000; i++ { x := &obj{}; y := &obj{next: x}; x.next = y; sink = x }\n"
        "  sink = nil; runtime.GC(); runtime.ReadMemStats(&b)\n"
        "  fmt.Println(b.Frees-a.Frees >= 1990, b.HeapObjects <= a.HeapObjects+10)\n}\n";
    Run r = run_src(src, false);
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_assert_str_eq(r.out, "true true\n");
}

Test(sched, waitgroup_deadlock_is_semacquire) {
    const char *src = PRELUDE
        "func main() { var wg sync.WaitGroup; wg.Add(1); go func() {}(); wg.Wait() }\n";
    Run r = run_src(src, false);
    cr_assert_eq(r.status, 2);
    cr_assert(!strncmp(r.err, "fatal error: all goroutines are asleep - deadlock!\n\n"
                              "goroutine 1 [semacquire]:\n", 76), "%s", r.err);
}

Test(sched, deadlock_lists_every_goroutine_state) {
    const char *src = PRELUDE
        "func main() {\n"
        "  c := make(chan int)\n"
        "  go func() { c <- 1; c <- 2 }()\n"
        "  go func() { select {} }()\n"
        "  go func() { var n chan int; <-n }()\n"
        "  <-c; <-make(chan int)\n}\n";
    Run r = run_src(src, false);
    cr_assert_eq(r.status, 2);
    const char *want[] = {"goroutine 1 [chan receive]:", "[chan send]:",
                          "[select (no cases)]:", "[chan receive (nil chan)]:",
                          "created by main.main"};
    const char *at = r.err;
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const char *p = strstr(at, want[i]);
        cr_assert(p, "missing %s in order in:\n%s", want[i], r.err);
        at = p;
    }
}

Test(sched, sleepers_wake_in_time_order) {
    const char *src = PRELUDE
        "func main() {\n"
        "  c := make(chan int, 5)\n"
        "  for _, d := range []int{30, 10, 50, 20, 40} {\n"
        "    go func(d int) { time.Sleep(time.Duration(d) * time.Millisecond); c <- d }(d)\n"
        "  }\n"
        "  for i := 0; i < 5; i++ { fmt.Print(<-c, \" \") }\n  fmt.Println()\n}\n";
    Run r = run_src(src, false);
    cr_assert_eq(r.status, 0, "%s", r.err);
    cr_assert_str_eq(r.out, "10 20 30 40 50 \n");
}

Test(sched, mutex_unlock_of_unlocked_is_fatal) {
    const char *src = PRELUDE "func main() { var mu sync.Mutex; mu.Unlock() }\n";
    Run r = run_src(src, false);
    cr_assert_eq(r.status, 2);
    cr_assert(!strncmp(r.err, "fatal error: sync: unlock of unlocked mutex\n\n"
                              "goroutine 1 [running]:\n", 68), "%s", r.err);
}

Test(sched, select_chooses_uniformly) {
    const char *src = PRELUDE
        "func main() {\n"
        "  a, b := make(chan int, 1), make(chan int, 1)\n  na := 0\n"
        "  for i := 0; i < 4000; i++ {\n"
        "    a <- 1; b <- 1\n"
        "    select { case <-a: na++; <-b\n case <-b: <-a }\n  }\n"
        "  fmt.Println(na > 1700 && na < 2300)\n}\n";
    Run r = run_src(src, false);
    cr_assert_str_eq(r.out, "true\n");
}
