/* vm.h — the virtual machine's public interface: load a Module, run it.
 *
 *   VMOptions o = vm_default_options();
 *   VM *vm = vm_new(module, &o);        // NULL + message on a load error
 *   int status = vm_run(vm);            // the program's exit status
 *   vm_free(vm);
 *
 * There is no global mutable state: any number of VMs may coexist.  vm_run
 * flushes the program's buffered stdout before anything is written to
 * stderr and at exit.  Exit status: 0, the os.Exit code, or 2 for a panic
 * or a fatal error (Go's). */
#ifndef GOSUB_VM_H
#define GOSUB_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "vm/module.h"

typedef struct VM VM;

typedef struct VMOptions {
    size_t stack_limit;      /* per-goroutine stack bytes (8388608) */
    int gogc;                /* GOGC (100) */
    bool gctrace;            /* GODEBUG=gctrace=1 */
    bool gc_stress;          /* --gc-stress */
    uint64_t max_heap;       /* --max-heap; 0 = unlimited */
    uint64_t max_steps;      /* --max-steps: instruction budget, counted in
                                jumps and calls (approximately: charged in
                                blocks at preemption checks, and one per
                                goroutine switch); past it the program dies
                                with "fatal error: instruction budget
                                exceeded", status 2.  0 = unlimited */
    int64_t max_goroutines;  /* --max-goroutines: live goroutines allowed
                                (1000000); one more is a fatal error,
                                "goroutine exhaustion", status 2 */
    volatile int *interrupt; /* set by the driver's SIGINT/SIGTERM handler
                                to the signal number: the VM polls it at
                                its preemption points (every few thousand
                                jumps or calls, each goroutine switch) and
                                then ends the run as the signal would, with
                                nothing lost: program output and trace
                                flushed, trace summary written, the default
                                disposition restored and the signal
                                re-raised.  NULL: not polled */
    void (*exit_hook)(void *arg, int status);
                             /* NULL: the program's exit (os.Exit, a fatal
                                error, a stack overflow) calls exit(3);
                                else this is called instead and must not
                                return (a fuzz harness longjmps out; the VM
                                may then only be freed) */
    void *exit_arg;
    int argc;                /* os.Args */
    char **argv;
    FILE *out;               /* program stdout (stdout) */
    FILE *err;               /* program stderr (stderr) */
    struct Tracer *tracer;   /* trace/trace.h: allocation events, or NULL;
                                the VM describes its sites to it with
                                vm_trace_sites and reports every allocation */
} VMOptions;

VMOptions vm_default_options(void);
/* The module's allocation sites as trace/ wants them (TraceSite array,
 * valid while the module lives; free with free()). */
struct TraceSite *vm_trace_sites(const Module *m, int *n);
/* GC cycles so far (for the trace summary). */
uint64_t vm_gc_cycles(VM *vm);
/* Binds natives by name; returns NULL and prints to stderr on failure. */
VM *vm_new(Module *m, const VMOptions *opts);
int vm_run(VM *vm);
void vm_free(VM *vm);

/* Binds the module's //extern functions: dlsym in the process, then in
 * each library of `libs` (--ffi-lib, in order).  On failure prints
 * `FILE:LINE:COL: error` (or the library error) to err and returns NULL;
 * else returns the opened libraries, freed by vm_unbind_externs. */
struct FfiLibs *vm_bind_externs(Module *m, const char *const *libs, int nlibs,
                                FILE *err);
void vm_unbind_externs(Module *m, struct FfiLibs *libs);

/* Disassembler (vm/disasm.c): one function, or the whole module. */
void vm_disasm_function(const Module *m, int fi, FILE *out);
void vm_disasm_module(const Module *m, FILE *out);
/* Checks every function against the opcode formats (jump targets,
 * register, constant, function, type, site indexes in range).  Returns the
 * number of problems, printed to `out`. */
int vm_verify_module(const Module *m, FILE *out);

#endif
