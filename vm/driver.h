/* driver.h — private to the gosub command (vm/main.c, vm/compare.c): the
 * two runs behind `gosub compare` and `gosub report`. */
#ifndef GOSUB_VM_DRIVER_H
#define GOSUB_VM_DRIVER_H

#include <stdbool.h>
#include <stddef.h>

#include "compiler/compiler.h"
#include "trace/trace.h"
#include "vm/vm.h"

/* What the two runs need: the driver's options (copts.escape is set per
 * run), the --ffi-lib libraries and the program's arguments (argv[0] is
 * the .go file). */
typedef struct CompareSetup {
    CompileOptions copts;
    VMOptions vopts;
    const char *const *ffi_libs;
    int nffi_libs;
    int argc;
    char **argv;
} CompareSetup;

/* One run, as the parent saw it. */
typedef struct CompareRun {
    Compiler *compiler;      /* owns the module the sites describe */
    TraceSite *sites;        /* its site table (the summary points in) */
    int nsites;
    TraceSummary *sum;       /* NULL: the run died before sending it */
    int status;              /* exit status; 128+N if killed by signal N */
    int signal;              /* N, or 0 if the child exited */
    char *out, *err;         /* captured stdout and stderr (NUL-ended) */
    size_t out_len, err_len;
    char *err_line;          /* first line of stderr that is not a
                                gctrace line, or NULL */
} CompareRun;

typedef struct CompareRuns {
    CompareRun run[2];       /* [0] escape analysis on, [1] off */
} CompareRuns;

/* Compiles the program twice (escape analysis on, then off) and runs each
 * compilation in a forked child, its stdout and stderr captured through
 * pipes and its trace summary sent back through a third, so a program
 * that ends in os.Exit, a panic, a fatal error or a stack overflow ends
 * only its child.  Writes the escape-on run's stderr to ours.  Returns
 * 0 when both runs printed the same, exited the same and began their
 * stderr with the same line; 1 when they did not (each difference
 * explained on stderr) or the program does not compile; 2 when a run
 * ended without a summary (killed by a signal: a gosub bug), also
 * explained on stderr.  On 0 and 1 (once compiled) both summaries are
 * set, their totals carrying the exit status and first stderr line. */
int compare_run_both(const CompareSetup *s, CompareRuns *r);

void compare_runs_free(CompareRuns *r);

#endif
