/* main.c — the `gosub` command (DESIGN.md "Command line"): parses the
 * subcommand and its flags, compiles, and runs, builds, disassembles.
 *
 * Exit status: the program's own (os.Exit), 2 for a panic or fatal error,
 * 1 for a compile error, 2 for a usage error (as the go command). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "compiler/compiler.h"
#include "trace/trace.h"
#include "vm/driver.h"
#include "vm/vm.h"

static const char usage[] =
    "usage: gosub <command> [flags] FILE.go [args...]\n"
    "\n"
    "commands:\n"
    "  run [flags] FILE.go [args...]    compile and run\n"
    "     --trace-alloc[=PATH]   log every allocation (stderr by default)\n"
    "     --trace-format=text|json|pprof\n"
    "     --trace-summary        only the per-site summary\n"
    "     --escape=on|off        off: every allocation goes to the heap\n"
    "     --stack-alloc-max=BYTES largest implicit allocation kept on the stack (65535)\n"
    "     --stack-limit=SIZE     per-goroutine stack limit, default 8MB\n"
    "     --max-heap=SIZE        stop a runaway heap with Go's out-of-memory error\n"
    "     --max-steps=N          stop after about N jumps and calls (fatal error)\n"
    "     --max-goroutines=N     live goroutines allowed (1000000; fatal error)\n"
    "     --gc-stress            collect at every allocation\n"
    "     --ffi-lib=LIB          a shared library for //extern functions (repeatable)\n"
    "  build [-m|-m=2] [--stack-alloc-max=BYTES] FILE.go   type-check; print escape decisions\n"
    "  disasm FILE.go                   bytecode with allocation annotations\n"
    "  compare [--json] FILE.go [args]  heap counts, escape analysis on vs off\n"
    "  report FILE.go -o report.html    annotated source and charts\n"
    "\n"
    "environment: GOGC, GODEBUG=gctrace=1\n";

typedef struct Flags {
    CompileOptions copts;
    VMOptions vopts;
    const char *trace_path;
    bool trace;
    bool trace_summary;
    TraceFormat trace_format;
    const char *ffi_libs[64];
    int nffi_libs;
    bool json;               /* compare --json */
    const char *report_out;  /* report -o PATH */
} Flags;

/* "8MB", "512KB", "1GB", "65536", "8MiB" -> bytes; -1 on error */
static long long parse_size(const char *s) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || v < 0) return -1;
    long long mul = 1;
    if (!*end || !strcasecmp(end, "b")) mul = 1;
    else if (!strcasecmp(end, "k") || !strcasecmp(end, "kb") || !strcasecmp(end, "kib")) mul = 1024;
    else if (!strcasecmp(end, "m") || !strcasecmp(end, "mb") || !strcasecmp(end, "mib")) mul = 1024 * 1024;
    else if (!strcasecmp(end, "g") || !strcasecmp(end, "gb") || !strcasecmp(end, "gib")) mul = 1024LL * 1024 * 1024;
    else return -1;
    return (long long)(v * (double)mul);
}

static bool starts(const char *s, const char *prefix, const char **rest) {
    size_t n = strlen(prefix);
    if (strncmp(s, prefix, n)) return false;
    *rest = s + n;
    return true;
}

static int bad_flag(const char *msg, const char *arg) {
    fprintf(stderr, "gosub: %s: %s\n", msg, arg);
    return 2;
}

/* one flag; returns 0 if consumed, 1 if not a flag we know, 2 on error */
static int parse_flag(Flags *fl, const char *a) {
    const char *v;
    if (!strcmp(a, "--trace-alloc")) return fl->trace = true, 0;
    if (starts(a, "--trace-alloc=", &v)) return fl->trace = true, fl->trace_path = v, 0;
    if (starts(a, "--trace-format=", &v)) {
        if (!strcmp(v, "text")) fl->trace_format = TRACE_TEXT;
        else if (!strcmp(v, "json")) fl->trace_format = TRACE_JSON;
        else if (!strcmp(v, "pprof")) fl->trace_format = TRACE_PPROF;
        else return bad_flag("invalid --trace-format", v);
        return 0;
    }
    if (!strcmp(a, "--trace-summary")) return fl->trace = fl->trace_summary = true, 0;
    if (starts(a, "--escape=", &v)) {
        if (!strcmp(v, "on")) fl->copts.escape = true;
        else if (!strcmp(v, "off")) fl->copts.escape = false;
        else return bad_flag("invalid --escape (want on or off)", v);
        return 0;
    }
    if (starts(a, "--stack-alloc-max=", &v)) {
        long long n = parse_size(v);
        if (n < 0) return bad_flag("invalid --stack-alloc-max", v);
        fl->copts.stack_alloc_max = n;
        return 0;
    }
    if (starts(a, "--stack-limit=", &v)) {
        long long n = parse_size(v);
        if (n <= 0) return bad_flag("invalid --stack-limit", v);
        fl->vopts.stack_limit = (size_t)n;
        return 0;
    }
    if (starts(a, "--max-heap=", &v)) {
        long long n = parse_size(v);
        if (n < 0) return bad_flag("invalid --max-heap", v);
        fl->vopts.max_heap = (uint64_t)n;
        return 0;
    }
    if (starts(a, "--max-goroutines=", &v)) {
        long long n = parse_size(v);
        if (n <= 0) return bad_flag("invalid --max-goroutines", v);
        fl->vopts.max_goroutines = n;
        return 0;
    }
    if (starts(a, "--max-steps=", &v)) {
        long long n = parse_size(v);
        if (n < 0) return bad_flag("invalid --max-steps", v);
        fl->vopts.max_steps = (uint64_t)n;
        return 0;
    }
    if (!strcmp(a, "--gc-stress")) return fl->vopts.gc_stress = true, 0;
    if (starts(a, "--ffi-lib=", &v)) {
        if (fl->nffi_libs >= 64) return bad_flag("too many --ffi-lib", v);
        fl->ffi_libs[fl->nffi_libs++] = v;
        return 0;
    }
    if (!strcmp(a, "--json")) return fl->json = true, 0;
    if (starts(a, "-o=", &v)) return fl->report_out = v, 0;
    if (!strcmp(a, "-m")) return fl->copts.m_level = 1, 0;
    if (starts(a, "-m=", &v)) return fl->copts.m_level = atoi(v), 0;
    return 1;
}

static void env_options(Flags *fl) {
    const char *gogc = getenv("GOGC");
    if (gogc) fl->vopts.gogc = !strcasecmp(gogc, "off") ? -1 : atoi(gogc);
    const char *dbg = getenv("GODEBUG");
    if (dbg && strstr(dbg, "gctrace=1")) fl->vopts.gctrace = true;
}

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Runs a compiled module; with `tr` set, the events go to it and the
 * totals are filled in. */
static int run_module(Flags *fl, struct Module *m, int argc, char **argv,
                      Tracer *tr, TraceTotals *tot) {
    fl->vopts.argc = argc;
    fl->vopts.argv = argv;
    fl->vopts.tracer = tr;
    struct FfiLibs *libs = vm_bind_externs(m, fl->ffi_libs, fl->nffi_libs, stderr);
    if (!libs) return 1;
    VM *vm = vm_new(m, &fl->vopts);
    if (!vm) {
        vm_unbind_externs(m, libs);
        return 2;
    }
    uint64_t t0 = now_ns();
    int status = vm_run(vm);
    if (tot) {
        tot->gc_cycles = vm_gc_cycles(vm);
        tot->elapsed_ns = now_ns() - t0;
        tot->exit_status = status;
    }
    vm_free(vm);
    vm_unbind_externs(m, libs);
    return status;
}

/* ---- SIGINT, SIGTERM: the trace stays whole ----
 * The handler only records the signal; the VM polls it at its next
 * preemption point (within a few thousand jumps or calls, or when a sleep
 * is cut short), writes out the program's output, the trace's last events
 * and its summary, and dies by the same signal (vm_interrupted), so a shell
 * sees 130 or 143 as with Go.  A second signal before that (the program is
 * stuck in a foreign call) flushes what the tracer has buffered —
 * trace_flush only calls write(2) for text and JSON — and dies at once. */
static volatile int pending_signal;
static Tracer *signal_tracer;

static void on_signal(int sig) {
    if (!pending_signal) {
        pending_signal = sig;
        return;
    }
    trace_flush(signal_tracer);
    signal(sig, SIG_DFL);
    raise(sig);
}

static void catch_signals(Flags *fl, Tracer *tr) {
    signal_tracer = tr;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    fl->vopts.interrupt = &pending_signal;
}

static Tracer *open_tracer(Flags *fl, TraceSite *sites, int n, const char *file,
                           bool quiet) {
    TraceOptions to;
    trace_default_options(&to);
    to.format = fl->trace_format;
    to.path = fl->trace_path;
    to.summary_only = fl->trace_summary;
    to.program = file;
    if (quiet) to.summary_only = true, to.no_summary = true;
    char err[256] = "";
    Tracer *tr = trace_new(&to, sites, n, err, sizeof err);
    if (!tr) fprintf(stderr, "%s\n", err);
    return tr;
}

static int cmd_run(Flags *fl, int argc, char **argv) {
    const char *file = argv[0];
    Compiler *c = cmp_new(&fl->copts);
    struct Module *m = cmp_compile(c, file, stderr);
    if (!m) {
        cmp_free(c);
        return 1;
    }
    Tracer *tr = NULL;
    TraceSite *sites = NULL;
    if (fl->trace) {
        int n;
        sites = vm_trace_sites(m, &n);
        tr = open_tracer(fl, sites, n, file, false);
        if (!tr) {
            free(sites);
            cmp_free(c);
            return 1;
        }
    }
    TraceTotals tot = {0};
    catch_signals(fl, tr);
    int status = run_module(fl, m, argc, argv, tr, &tot);
    if (tr) {
        trace_finish(tr, &tot);
        trace_free(tr);
        free(sites);
    }
    cmp_free(c);
    return status;
}

/* The two runs of compare and report (vm/compare.c): escape analysis on,
 * then off, each in a child process, so a program ending in os.Exit, a
 * panic or a fatal error ends only its run.  0: the runs agree; 1: they
 * differ or the program does not compile; 2: a run died (on stderr). */
static int run_both(Flags *fl, int argc, char **argv, CompareRuns *r) {
    CompareSetup s = {fl->copts, fl->vopts, fl->ffi_libs, fl->nffi_libs,
                      argc, argv};
    return compare_run_both(&s, r);
}

static char *slurp(FILE *f, size_t *n) {
    fflush(f);
    long len = ftell(f);
    char *p = malloc(len > 0 ? (size_t)len + 1 : 1);
    if (!p) abort();
    rewind(f);
    *n = len > 0 ? fread(p, 1, (size_t)len, f) : 0;
    p[*n] = 0;
    return p;
}

/* gosub compare: per-site heap/stack counts of both runs side by side */
static int cmd_compare(Flags *fl, int argc, char **argv) {
    CompareRuns r;
    int bad = run_both(fl, argc, argv, &r);
    TraceSummary *on = r.run[0].sum, *off = r.run[1].sum;
    if (on && off && (fl->trace_format == TRACE_JSON || fl->json))
        trace_compare_json(stdout, on, off);
    else if (on && off) {
        trace_compare_print(stdout, on, off);
        printf("output: %s\n", bad ? "DIFFERS (see stderr)" : "identical");
    }
    compare_runs_free(&r);
    return bad;
}

/* gosub report FILE.go -o report.html */
static int cmd_report(Flags *fl, int argc, char **argv) {
    int k = 1;    /* -o PATH may follow FILE.go: take it out of the args */
    for (int j = 1; j < argc; j++) {
        if (!strcmp(argv[j], "-o") && j + 1 < argc) fl->report_out = argv[++j];
        else argv[k++] = argv[j];
    }
    argc = k;
    size_t n;
    FILE *src = fopen(argv[0], "rb");
    if (!src) {
        fprintf(stderr, "gosub report: cannot read %s\n", argv[0]);
        return 1;
    }
    fseek(src, 0, SEEK_END);
    char *text = slurp(src, &n);
    fclose(src);
    CompareRuns r;
    int bad = run_both(fl, argc, argv, &r);
    if (!r.run[0].sum || !r.run[1].sum) {
        compare_runs_free(&r);
        free(text);
        return bad;
    }
    const char *path = fl->report_out ? fl->report_out : "report.html";
    FILE *out = !strcmp(path, "-") ? stdout : fopen(path, "w");
    if (!out) {
        fprintf(stderr, "gosub report: cannot write %s\n", path);
        return 1;
    }
    trace_report_html(out, argv[0], text, r.run[0].sites, r.run[0].nsites,
                      r.run[0].sum, r.run[1].sum);
    if (out != stdout && fclose(out)) bad = 1;
    free(text);
    compare_runs_free(&r);
    return bad;
}

static int cmd_build(Flags *fl, const char *file) {
    Compiler *c = cmp_new(&fl->copts);
    bool ok = cmp_check(c, file, stderr);
    cmp_free(c);
    return ok ? 0 : 1;
}

static int cmd_disasm(Flags *fl, const char *file) {
    Compiler *c = cmp_new(&fl->copts);
    struct Module *m = cmp_compile(c, file, stderr);
    if (!m) {
        cmp_free(c);
        return 1;
    }
    vm_disasm_module(m, stdout);
    cmp_free(c);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
        !strcmp(argv[1], "help")) {
        fputs(usage, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *cmd = argv[1];
    Flags fl;
    fl.copts = cmp_default_options();
    fl.vopts = vm_default_options();
    fl.trace = false;
    fl.trace_summary = false;
    fl.trace_format = TRACE_TEXT;
    fl.trace_path = NULL;
    fl.nffi_libs = 0;
    fl.json = false;
    fl.report_out = NULL;
    env_options(&fl);
    int i = 2;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--")) {
            i++;
            break;
        }
        if (!strcmp(argv[i], "-o") && i + 1 < argc) {   /* report -o PATH */
            fl.report_out = argv[++i];
            continue;
        }
        int r = parse_flag(&fl, argv[i]);
        if (r == 2) return 2;
        if (r == 1) {
            /* `report FILE -o OUT` and unknown flags */
            fprintf(stderr, "gosub %s: unknown flag %s\n%s", cmd, argv[i], usage);
            return 2;
        }
    }
    if (i >= argc) {
        fprintf(stderr, "gosub %s: no Go file given\n", cmd);
        return 2;
    }
    if (!strcmp(cmd, "run")) return cmd_run(&fl, argc - i, argv + i);
    if (!strcmp(cmd, "build")) return cmd_build(&fl, argv[i]);
    if (!strcmp(cmd, "disasm")) return cmd_disasm(&fl, argv[i]);
    if (!strcmp(cmd, "compare")) return cmd_compare(&fl, argc - i, argv + i);
    if (!strcmp(cmd, "report")) return cmd_report(&fl, argc - i, argv + i);
    fprintf(stderr, "gosub: unknown command %s\n%s", cmd, usage);
    return 2;
}
