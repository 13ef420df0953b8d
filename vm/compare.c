/* compare.c — the two runs of `gosub compare` and `gosub report`: escape
 * analysis on, then off, each in a child process.
 *
 * Why a child: the VM ends a program that calls os.Exit, panics, hits a
 * fatal error or overflows its stack by exiting the process (vm_exit).  Run
 * in-process, such a program took gosub with it before the second run or
 * before the comparison was printed.  In a child it only ends the child,
 * and the parent compares what both children did.
 *
 * Approach: the parent compiles each mode itself (compile errors print as
 * for `gosub run`, and the parent keeps the site table the summary is
 * about), then forks.  The child runs the module with a silent tracer and
 * stdout/stderr on two pipes; at its end, whichever way it comes
 * (vm_run returning, or VMOptions.exit_hook from vm_exit), it encodes the
 * tracer's summary (trace_summary_encode) into a third pipe and _exits
 * with the program's status.  The parent drains the three pipes with
 * poll(2) — a child blocked on a full stdout pipe while the parent waits
 * on another would deadlock — then reaps the child and decodes the
 * summary against its own copy of the site table (rows travel as indexes;
 * the child is a fork, so its table is the parent's).
 *
 * Invariants:
 *  - The parent's stdio buffers are flushed before each fork, and a child
 *    leaves by _exit, so nothing buffered in the parent is written twice.
 *  - A run that sent no whole summary (killed by a signal: a bug in gosub,
 *    or the OOM killer) is reported, never compared.
 * Known limits: both children inherit stdin, so a program that reads it
 * sees it only in the first run; the escape-off child is forked after the
 * escape-on child ended (the two never run at once). */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "compiler/util.h"
#include "vm/driver.h"

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void write_all(int fd, const char *p, size_t n) {
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        p += w;
        n -= (size_t)w;
    }
}

/* ---- the child ---- */

typedef struct Child {
    VM *vm;                  /* NULL until vm_new returned */
    Tracer *tr;
    int sum_fd;
    uint64_t t0;
} Child;

static _Noreturn void child_end(Child *c, int status) {
    fflush(stdout);
    fflush(stderr);
    TraceTotals tot = {c->vm ? vm_gc_cycles(c->vm) : 0, now_ns() - c->t0,
                       status};
    TraceSummary *s = trace_summary_new(c->tr, &tot);
    size_t n;
    char *p = trace_summary_encode(s, &n);
    write_all(c->sum_fd, p, n);
    _exit(status);
}

static void child_exit_hook(void *arg, int status) { child_end(arg, status); }

static _Noreturn void child_run(const CompareSetup *s, Module *m,
                                TraceSite *sites, int nsites, int sum_fd) {
    TraceOptions to;
    trace_default_options(&to);
    to.summary_only = to.no_summary = true;   /* counts only, no output */
    to.program = s->argv[0];
    char err[256] = "";
    Child c = {NULL, trace_new(&to, sites, nsites, err, sizeof err), sum_fd, 0};
    if (!c.tr) {
        fprintf(stderr, "%s\n", err);
        _exit(1);
    }
    VMOptions vo = s->vopts;
    vo.argc = s->argc;
    vo.argv = s->argv;
    vo.out = stdout;
    vo.err = stderr;
    vo.tracer = c.tr;
    vo.exit_hook = child_exit_hook;
    vo.exit_arg = &c;
    c.t0 = now_ns();
    struct FfiLibs *libs = vm_bind_externs(m, s->ffi_libs, s->nffi_libs, stderr);
    if (!libs) child_end(&c, 1);
    c.vm = vm_new(m, &vo);
    if (!c.vm) child_end(&c, 2);
    child_end(&c, vm_run(c.vm));
}

/* ---- the parent ---- */

/* Reads the child's three pipes to their ends. */
static void drain(int fds[3], Buf bufs[3]) {
    struct pollfd p[3];
    int open = 3;
    for (int i = 0; i < 3; i++) p[i] = (struct pollfd){fds[i], POLLIN, 0};
    char chunk[65536];
    while (open) {
        if (poll(p, 3, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (int i = 0; i < 3; i++) {
            if (p[i].fd < 0 || !p[i].revents) continue;
            ssize_t n = read(p[i].fd, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR) continue;
            if (n > 0) {
                buf_put(&bufs[i], chunk, (size_t)n);
                continue;
            }
            close(p[i].fd);
            p[i].fd = -1;     /* poll ignores negative descriptors */
            open--;
        }
    }
}

/* "gc 1 @0.004s 2%: ..." (GODEBUG=gctrace=1): the two runs' differ. */
static bool gctrace_line(const char *s) {
    return !strncmp(s, "gc ", 3) && s[3] >= '0' && s[3] <= '9';
}

static char *first_line(const char *s) {
    while (s && *s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        if (!gctrace_line(s)) {
            char *line = xmalloc(n + 1);
            memcpy(line, s, n);
            line[n] = 0;
            return line;
        }
        s = nl ? nl + 1 : s + n;
    }
    return NULL;
}

static char *take_buf(Buf *b, size_t *len) {
    *len = b->len;
    if (!b->data) return strdup("");
    return b->data;
}

/* Forks one run of module m; fills r (all but compiler and sites). */
static void run_child(const CompareSetup *s, Module *m, CompareRun *r) {
    int pipes[3][2];
    for (int i = 0; i < 3; i++)
        if (pipe(pipes[i])) {
            perror("gosub: pipe");
            exit(2);
        }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        perror("gosub: fork");
        exit(2);
    }
    if (pid == 0) {
        dup2(pipes[0][1], 1);
        dup2(pipes[1][1], 2);
        for (int i = 0; i < 3; i++) close(pipes[i][0]);
        close(pipes[0][1]);
        close(pipes[1][1]);
        child_run(s, m, r->sites, r->nsites, pipes[2][1]);
    }
    int fds[3];
    for (int i = 0; i < 3; i++) close(pipes[i][1]), fds[i] = pipes[i][0];
    Buf bufs[3] = {{0}, {0}, {0}};
    drain(fds, bufs);
    int ws = 0;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {}
    r->signal = WIFSIGNALED(ws) ? WTERMSIG(ws) : 0;
    r->status = r->signal ? 128 + r->signal : WEXITSTATUS(ws);
    r->out = take_buf(&bufs[0], &r->out_len);
    r->err = take_buf(&bufs[1], &r->err_len);
    r->err_line = first_line(r->err);
    r->sum = trace_summary_decode(bufs[2].data, bufs[2].len, r->sites, r->nsites);
    buf_free(&bufs[2]);
    if (r->sum) {
        r->sum->totals.exit_status = r->status;
        r->sum->stderr_line = r->err_line;
    }
}

static const char *mode_name(int mode) { return mode == 0 ? "on" : "off"; }

/* Explains on stderr how the two runs differ; returns 1 if they do. */
static int differences(const char *file, const CompareRun *on,
                       const CompareRun *off) {
    int bad = 0;
    if (on->out_len != off->out_len || memcmp(on->out, off->out, on->out_len))
        fprintf(stderr, "gosub: %s: the output differs with escape analysis "
                "off (%zu bytes on, %zu off)\n", file, on->out_len,
                off->out_len), bad = 1;
    if (on->status != off->status)
        fprintf(stderr, "gosub: %s: exit status %d with escape analysis on, "
                "%d off\n", file, on->status, off->status), bad = 1;
    const char *lo = on->err_line ? on->err_line : "";
    const char *lf = off->err_line ? off->err_line : "";
    if (strcmp(lo, lf))
        fprintf(stderr, "gosub: %s: stderr begins \"%s\" with escape analysis "
                "on, \"%s\" off\n", file, lo, lf), bad = 1;
    return bad;
}

int compare_run_both(const CompareSetup *s, CompareRuns *r) {
    const char *file = s->argv[0];
    memset(r, 0, sizeof *r);
    for (int mode = 0; mode < 2; mode++) {
        CompareRun *run = &r->run[mode];
        CompileOptions co = s->copts;
        co.escape = mode == 0;
        run->compiler = cmp_new(&co);
        Module *m = cmp_compile(run->compiler, file, stderr);
        if (!m) return 1;
        run->sites = vm_trace_sites(m, &run->nsites);
        run_child(s, m, run);
        if (mode == 0) write_all(2, r->run[0].err, r->run[0].err_len);
    }
    int dead = 0;
    for (int mode = 0; mode < 2; mode++) {
        CompareRun *run = &r->run[mode];
        if (run->sum) continue;
        if (run->signal)
            fprintf(stderr, "gosub: %s: the run with escape analysis %s was "
                    "killed by signal %d (%s) before its summary\n", file,
                    mode_name(mode), run->signal, strsignal(run->signal));
        else
            fprintf(stderr, "gosub: %s: the run with escape analysis %s "
                    "exited (status %d) without a summary\n", file,
                    mode_name(mode), run->status);
        dead = 2;
    }
    if (dead) return dead;
    return differences(file, &r->run[0], &r->run[1]);
}

void compare_runs_free(CompareRuns *r) {
    for (int mode = 0; mode < 2; mode++) {
        CompareRun *run = &r->run[mode];
        trace_summary_free(run->sum);
        free(run->sites);
        if (run->compiler) cmp_free(run->compiler);
        free(run->out);
        free(run->err);
        free(run->err_line);
    }
    memset(r, 0, sizeof *r);
}
