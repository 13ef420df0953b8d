/* test_vm.c — the VM on hand-assembled bytecode: calls and frames (fib),
 * integer semantics, panics/defer/recover, stack overflow, and the
 * verifier.  The heap and natives are stubbed weakly until gc/ links. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "vm/module.h"
#include "vm/vm.h"
#include "vm/native.h"
#include "gc/gc.h"
#include "vm/map.h"
#include "vm/rt.h"

/* ---- weak stubs (replaced by the real gc/ and natives when linked) ---- */
__attribute__((weak)) Heap *gc_new(const HeapOptions *o, GcRootsFn r, void *w) {
    (void)o, (void)r, (void)w;
    return NULL;
}
__attribute__((weak)) void gc_free(Heap *h) { (void)h; }
__attribute__((weak)) void *gc_alloc(Heap *h, size_t n, const Type *t, unsigned f) {
    (void)h, (void)t, (void)f;
    return calloc(1, n);
}
__attribute__((weak)) size_t gc_rounded_size(size_t n) { return n; }
__attribute__((weak)) void gc_mark_range(Heap *h, const void *a, const void *b) {
    (void)h, (void)a, (void)b;
}
__attribute__((weak)) void gc_mark_ptr(Heap *h, const void *p) { (void)h, (void)p; }
__attribute__((weak)) const NativeEntry vm_natives[] = {{NULL, NULL, false}};
__attribute__((weak)) void rt_print_value(Buf *b, const Type *t, const void *p) {
    (void)b, (void)t, (void)p;
}
__attribute__((weak)) void rt_type_string(Buf *b, const Type *t) { (void)b, (void)t; }
__attribute__((weak)) GoMap *map_new(const Type *t, int64_t h, const MapEnv *e) {
    (void)t, (void)h, (void)e;
    return NULL;
}
__attribute__((weak)) int64_t map_len(const GoMap *m) { (void)m; return 0; }
__attribute__((weak)) void *map_lookup(GoMap *m, const void *k) { (void)m, (void)k; return NULL; }
__attribute__((weak)) void *map_assign(GoMap *m, const void *k) { (void)m, (void)k; return NULL; }
__attribute__((weak)) void map_delete(GoMap *m, const void *k) { (void)m, (void)k; }
__attribute__((weak)) void map_iter_init(MapIter *it, GoMap *m) { (void)it, (void)m; }
__attribute__((weak)) bool map_iter_next(MapIter *it, void **k, void **v) {
    (void)it, (void)k, (void)v;
    return false;
}

#define I(op, a, b, c, d) ((Instr){OP_##op, 0, a, b, c, d, 0, NULL})

static Function mkfn(const char *name, Instr *code, int n, int nregs, int nparams,
                     int nres) {
    Function f = {0};
    f.name = name;
    f.file = "test.go";
    f.code = code;
    f.ncode = n;
    f.nregs = nregs;
    f.frame_slots = nregs;
    f.nparams = nparams;
    f.nresults = nres;
    f.recover_pc = -1;
    return f;
}

static int64_t run_main(Module *m, int *status) {
    VMOptions o = vm_default_options();
    VM *vm = vm_new(m, &o);
    cr_assert(vm);
    int st = vm_run(vm);
    if (status) *status = st;
    int64_t r;
    memcpy(&r, *(char **)vm, 0);  /* no-op keeps vm opaque */
    (void)r;
    vm_free(vm);
    return st;
}

static int64_t g_result;
static Instr fib_code[] = {
    I(JGEK, 0, 2, 2, 0),
    I(RET, 0, 1, 0, 0),
    I(ADDK, 1, 0, -1, 0),
    I(CALL, 1, 1, 1, 0),
    I(ADDK, 2, 0, -2, 0),
    I(CALL, 1, 2, 1, 0),
    I(ADD, 0, 1, 2, 0),
    I(RET, 0, 1, 0, 0),
};

/* main: r0 = fib(N); store to globals[0]; then copy out via a native-free
 * trick: the test reads it back through a function with a pointer param. */
static Module fib_module(int n, Instr *main_code, Function *funcs) {
    Module m = {0};
    int i = 0;
    main_code[i++] = I(LOADI, 0, n, 0, 0);
    main_code[i++] = I(CALL, 1, 0, 1, 0);
    main_code[i++] = I(LOADK, 1, 0, 0, 0);
    main_code[i++] = I(ST64, 1, 0, 0, 0);
    main_code[i++] = I(RET, 0, 0, 0, 0);
    funcs[0] = mkfn("main.main", main_code, i, 2, 0, 0);
    funcs[1] = mkfn("main.fib", fib_code, 8, 3, 1, 1);
    m.funcs = funcs;
    m.nfuncs = 2;
    static uint64_t consts[1];
    consts[0] = (uint64_t)(uintptr_t)&g_result;
    m.consts = consts;
    m.nconsts = 1;
    return m;
}

Test(vm, fib) {
    Instr mc[8];
    Function fs[2];
    Module m = fib_module(25, mc, fs);
    cr_assert_eq(vm_verify_module(&m, stderr), 0);
    int st;
    run_main(&m, &st);
    cr_assert_eq(st, 0);
    cr_assert_eq(g_result, 75025);
}

Test(vm, fib30) {
    Instr mc[8];
    Function fs[2];
    Module m = fib_module(30, mc, fs);
    run_main(&m, NULL);
    cr_assert_eq(g_result, 832040);
}

Test(vm, verify_catches_bad_jump) {
    Instr code[] = {I(JMP, 7, 0, 0, 0), I(RET, 0, 0, 0, 0)};
    Function f = mkfn("main.main", code, 2, 1, 0, 0);
    Module m = {0};
    m.funcs = &f;
    m.nfuncs = 1;
    FILE *null = fopen("/dev/null", "w");
    cr_assert_eq(vm_verify_module(&m, null), 1);
    fclose(null);
}

/* Integer semantics: MinInt64 / -1 wraps, shifts past the width. */
Test(vm, int_semantics) {
    static uint64_t out[4];
    static uint64_t consts[2];
    consts[0] = (uint64_t)(uintptr_t)out;
    consts[1] = 0x8000000000000000ull;
    Instr code[] = {
        I(LOADK, 0, 0, 0, 0),
        I(LOADK, 1, 1, 0, 0),
        I(LOADI, 2, -1, 0, 0),
        I(DIVS, 3, 1, 2, 0),
        I(ST64, 0, 0, 3, 0),
        I(LOADI, 4, 70, 0, 0),
        I(SHRS, 3, 2, 4, 0),
        I(ST64, 0, 8, 3, 0),
        I(SHL, 3, 2, 4, 0),
        I(ST64, 0, 16, 3, 0),
        I(REMS, 3, 1, 2, 0),
        I(ST64, 0, 24, 3, 0),
        I(RET, 0, 0, 0, 0),
    };
    Function f = mkfn("main.main", code, sizeof code / sizeof *code, 5, 0, 0);
    Module m = {0};
    m.funcs = &f;
    m.nfuncs = 1;
    m.consts = consts;
    m.nconsts = 2;
    run_main(&m, NULL);
    cr_assert_eq(out[0], 0x8000000000000000ull);
    cr_assert_eq(out[1], (uint64_t)-1);
    cr_assert_eq(out[2], 0);
    cr_assert_eq(out[3], 0);
}

/* Division by zero panics: exit status 2 and Go's message. */
Test(vm, divide_by_zero_panics, .exit_code = 0) {
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        Instr code[] = {I(LOADI, 0, 1, 0, 0), I(LOADI, 1, 0, 0, 0),
                        I(DIVS, 2, 0, 1, 0), I(RET, 0, 0, 0, 0)};
        Function f = mkfn("main.main", code, 4, 3, 0, 0);
        Module m = {0};
        m.funcs = &f;
        m.nfuncs = 1;
        VMOptions o = vm_default_options();
        VM *vm = vm_new(&m, &o);
        _exit(vm_run(vm));
    }
    close(fds[1]);
    char buf[256] = {0};
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    (void)n;
    int status;
    waitpid(pid, &status, 0);
    cr_assert_eq(WEXITSTATUS(status), 2);
    cr_assert(strncmp(buf, "panic: runtime error: integer divide by zero\n", 45) == 0, "%s", buf);
}

/* defer + recover: main defers f; f recovers; main's epilogue returns. */
Test(vm, defer_recover) {
    static uint64_t out[1];
    static uint64_t consts[1];
    consts[0] = (uint64_t)(uintptr_t)out;
    Instr fcode[] = {
        I(RECOVER, 0, 0, 0, 0),       /* r0,r1 = recover() */
        I(LOADK, 2, 0, 0, 0),
        I(ST64, 2, 0, 0, 0),          /* out[0] = type word (non-nil) */
        I(RET, 0, 0, 0, 0),
    };
    Instr mcode[] = {
        I(FUNCVAL, 0, 1, 0, 0),
        I(DEFERCL, 0, 1, 0, 0),
        I(LOADI, 1, 1, 0, 0),
        I(LOADI, 2, 0, 0, 0),
        I(DIVS, 3, 1, 2, 0),          /* panics */
        I(RUNDEFERS, 0, 0, 0, 0),     /* epilogue = recover_pc */
        I(RET, 0, 0, 0, 0),
    };
    Function fs[2];
    fs[0] = mkfn("main.main", mcode, 7, 4, 0, 0);
    fs[0].recover_pc = 5;
    fs[1] = mkfn("main.main.func1", fcode, 4, 3, 0, 0);
    Module m = {0};
    m.funcs = fs;
    m.nfuncs = 2;
    m.consts = consts;
    m.nconsts = 1;
    int st;
    run_main(&m, &st);
    cr_assert_eq(st, 0);
    cr_assert_neq(out[0], 0);
}

/* Unbounded recursion: Go's stack overflow, exit 2. */
Test(vm, stack_overflow) {
    int fds[2];
    cr_assert_eq(pipe(fds), 0);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 2);
        Instr code[] = {I(CALL, 0, 0, 0, 0), I(RET, 0, 0, 0, 0)};
        Function f = mkfn("main.main", code, 2, 4, 0, 0);
        Module m = {0};
        m.funcs = &f;
        m.nfuncs = 1;
        VMOptions o = vm_default_options();
        VM *vm = vm_new(&m, &o);
        _exit(vm_run(vm));
    }
    close(fds[1]);
    char buf[256] = {0};
    ssize_t n = read(fds[0], buf, sizeof buf - 1);
    (void)n;
    int status;
    waitpid(pid, &status, 0);
    cr_assert_eq(WEXITSTATUS(status), 2);
    cr_assert(strncmp(buf, "runtime: goroutine stack exceeds 8388608-byte limit\n", 52) == 0, "%s", buf);
}

/* ---- compiled programs: opcode sequences by name, and runs ---- */
#include "compiler/compiler.h"

static char *write_tmp(const char *src) {
    static char path[64];
    snprintf(path, sizeof path, "/tmp/gosub_test_%d.go", (int)getpid());
    FILE *f = fopen(path, "w");
    fputs(src, f);
    fclose(f);
    return path;
}

static const Function *find_fn(const Module *m, const char *name) {
    for (int i = 0; i < m->nfuncs; i++)
        if (!strcmp(m->funcs[i].name, name)) return &m->funcs[i];
    return NULL;
}

static bool has_op(const Function *f, const char *op) {
    for (int i = 0; i < f->ncode; i++)
        if (!strcmp(vm_op_names[f->code[i].op], op)) return true;
    return false;
}

Test(codegen, fused_compare_branch_and_calls) {
    const char *src = "package main\n"
                      "func fib(n int) int {\n"
                      "\tif n < 2 {\n\t\treturn n\n\t}\n"
                      "\treturn fib(n-1) + fib(n-2)\n}\n"
                      "func main() { println(fib(10)) }\n";
    CompileOptions o = cmp_default_options();
    Compiler *c = cmp_new(&o);
    Module *m = cmp_compile(c, write_tmp(src), stderr);
    cr_assert(m);
    const Function *f = find_fn(m, "main.fib");
    cr_assert(f);
    /* n < 2 with a constant: one fused compare-and-branch with immediate */
    cr_assert_str_eq(vm_op_names[f->code[0].op], "JGEK");
    cr_assert(has_op(f, "CALL"));
    cr_assert(has_op(f, "RET"));
    cr_assert_eq(vm_verify_module(m, stderr), 0);
    cmp_free(c);
}

Test(codegen, allocation_sites_carry_regions) {
    const char *src = "package main\n"
                      "type Demo struct{ name string }\n"
                      "func create() *Demo { d := new(Demo); d.name = \"x\"; return d }\n"
                      "func main() { println(create().name) }\n";
    CompileOptions o = cmp_default_options();
    Compiler *c = cmp_new(&o);
    Module *m = cmp_compile(c, write_tmp(src), stderr);
    cr_assert(m);
    const Function *f = find_fn(m, "main.create");
    cr_assert(has_op(f, "NEW"));
    int site = -1;
    for (int i = 0; i < f->ncode; i++)
        if (f->code[i].op == OP_NEW) site = f->code[i].b;
    cr_assert(site >= 0 && site < m->nsites);
    cr_assert_eq(m->sites[site].kind, SITE_NEW);
    cr_assert_eq(m->sites[site].line, 3);
    cr_assert_eq(m->sites[site].region, 1 /* heap */);
    cmp_free(c);
}

/* Goroutines, an unbuffered channel, select and defer/recover end to end;
 * program output captured through VMOptions.out. */
Test(codegen, goroutines_channels_run) {
    const char *src = "package main\n"
                      "func main() {\n"
                      "\tch := make(chan int)\n"
                      "\tdone := make(chan bool)\n"
                      "\tgo func() { s := 0; for v := range ch { s += v }; println(s); done <- true }()\n"
                      "\tfor i := 1; i <= 10; i++ { ch <- i }\n"
                      "\tclose(ch)\n"
                      "\tselect { case <-done: }\n"
                      "\tdefer func() { recover() }()\n"
                      "\tvar m map[string]int\n"
                      "\tm[\"x\"] = 1\n"
                      "}\n";
    CompileOptions o = cmp_default_options();
    Compiler *c = cmp_new(&o);
    Module *m = cmp_compile(c, write_tmp(src), stderr);
    cr_assert(m);
    FILE *err = tmpfile();
    VMOptions vo = vm_default_options();
    vo.err = err;
    VM *vm = vm_new(m, &vo);
    cr_assert_eq(vm_run(vm), 0);
    vm_free(vm);
    rewind(err);
    char buf[64] = {0};
    cr_assert(fgets(buf, sizeof buf, err));
    cr_assert_str_eq(buf, "55\n");  /* println writes to stderr */
    fclose(err);
    cmp_free(c);
}
