/* main.c — the `gosub` command (DESIGN.md "Command line"): parses the
 * subcommand and its flags, compiles, and runs, builds, disassembles.
 *
 * Exit status: the program's own (os.Exit), 2 for a panic or fatal error,
 * 1 for a compile error, 2 for a usage error (as the go command). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "compiler/compiler.h"
#include "trace/trace.h"
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
    "     --gc-stress            collect at every allocation\n"
    "     --ffi-lib=LIB          a shared library for //extern functions (repeatable)\n"
    "  build [-m|-m=2] [--stack-alloc-max=BYTES] FILE.go   type-check; print escape decisions\n"
    "  disasm FILE.go                   bytecode with allocation annotations\n"
    "  compare FILE.go                  heap counts, escape analysis on vs off\n"
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
    if (!strcmp(a, "--gc-stress")) return fl->vopts.gc_stress = true, 0;
    if (starts(a, "--ffi-lib=", &v)) {
        if (fl->nffi_libs >= 64) return bad_flag("too many --ffi-lib", v);
        fl->ffi_libs[fl->nffi_libs++] = v;
        return 0;
    }
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
    int status = run_module(fl, m, argc, argv, tr, &tot);
    if (tr) {
        trace_finish(tr, &tot);
        trace_free(tr);
        free(sites);
    }
    cmp_free(c);
    return status;
}

/* gosub compare: the program twice, escape analysis on then off, its own
 * output discarded; per-site heap/stack counts side by side */
static int cmd_compare(Flags *fl, int argc, char **argv) {
    const char *file = argv[0];
    TraceSummary *sum[2] = {NULL, NULL};
    FILE *saved_out = fl->vopts.out;
    FILE *null = fopen("/dev/null", "w");
    for (int mode = 0; mode < 2; mode++) {
        fl->copts.escape = mode == 0;
        Compiler *c = cmp_new(&fl->copts);
        struct Module *m = cmp_compile(c, file, stderr);
        if (!m) {
            cmp_free(c);
            return 1;
        }
        int n;
        TraceSite *sites = vm_trace_sites(m, &n);
        Tracer *tr = open_tracer(fl, sites, n, file, true);
        if (!tr) return 1;
        TraceTotals tot = {0};
        fl->vopts.out = null ? null : saved_out;
        run_module(fl, m, argc, argv, tr, &tot);
        sum[mode] = trace_summary_new(tr, &tot);
        trace_finish(tr, &tot);
        trace_free(tr);
        /* the summary points into the site table and the module: keep
         * both alive until printed (freed with the process) */
        (void)c;
    }
    if (null) fclose(null);
    fl->vopts.out = saved_out;
    if (fl->trace_format == TRACE_JSON) trace_compare_json(stdout, sum[0], sum[1]);
    else trace_compare_print(stdout, sum[0], sum[1]);
    trace_summary_free(sum[0]);
    trace_summary_free(sum[1]);
    return 0;
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
    env_options(&fl);
    int i = 2;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--")) {
            i++;
            break;
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
    if (!strcmp(cmd, "report")) {
        fprintf(stderr, "gosub %s: not yet supported\n", cmd);
        return 2;
    }
    fprintf(stderr, "gosub: unknown command %s\n%s", cmd, usage);
    return 2;
}
