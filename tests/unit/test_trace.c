/* test_trace.c — the allocation tracer: each sink's exact output for a small
 * synthetic event stream, JSON validity (parsed back by a tiny checker),
 * pprof bytes decoded by a minimal protobuf reader, summary order, bounded
 * memory in --trace-summary mode, flushing on demand, write failures, and
 * the on/off comparison.
 *
 * Every test writes to a temporary file passed as TraceOptions.fd (or to a
 * path) and reads it back.  The site table imitates what the VM builds from
 * programs/escape/pointer.go plus two made-up sites. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "trace/internal.h"
#include "trace/trace.h"
#include "vm/module.h"      /* SiteKind: trace_kind_name follows its order */

/* ---- fixtures ---- */

static const TraceSite sites[] = {
    {"programs/escape/pointer.go", 10, 10, "new(Demo)", "new", TRACE_HEAP,
     "escapes: returned from createDemo", "main.Demo", "main.createDemo"},
    {"main.go", 5, 11, "[]int{...}", "slicelit", TRACE_STACK, NULL, "[3]int",
     "main.main"},
    {"main.go", 7, 14, "make([]byte, n)", "makeslice", TRACE_HEAP,
     "escapes: non-constant size", "[]uint8", "main.main"},
    {"main.go", 9, 2, "go work(i)", "go", TRACE_HEAP, NULL, NULL,
     "main.main"},
};
enum { NSITES = 4 };

/* A temporary file: fd for the tracer, read back with slurp(). */
static int tmp_fd(void) {
    FILE *f = tmpfile();
    cr_assert(f);
    return dup(fileno(f));
}

static char *slurp(int fd, size_t *len) {
    off_t n = lseek(fd, 0, SEEK_END);
    char *p = calloc(1, (size_t)n + 1);
    cr_assert(pread(fd, p, (size_t)n, 0) == n);
    if (len) *len = (size_t)n;
    return p;
}

static Tracer *open_fd(TraceFormat f, int fd, bool summary) {
    TraceOptions o;
    trace_default_options(&o);
    o.format = f;
    o.fd = fd;
    o.no_summary = !summary;
    o.line_buffered = 0;
    char err[256] = "";
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    cr_assert(t, "%s", err);
    return t;
}

/* The synthetic stream: pointer.go's new(Demo) twice, a stack slice, a
 * 100 KiB byte slice (a large object: class 0), a goroutine. */
static void stream(Tracer *t) {
    trace_alloc(t, 0, TRACE_HEAP, 16, 1, "main.createDemo");
    trace_alloc(t, 1, TRACE_STACK, 24, 1, NULL);
    trace_alloc(t, 0, TRACE_HEAP, 16, 1, "main.createDemo");
    trace_goroutine(t, 3, 1, "main.main", 2, "main.work", 8192);
    trace_alloc(t, 2, TRACE_HEAP, 100000, 2, "main.work");
}

static const TraceTotals totals3 = {3, 1500000, 0};

/* ---- text sink ---- */

static const char text_events[] =
    "alloc  #1      heap      16 B  c2   main.Demo     programs/escape/pointer.go:10:10    new(Demo)     g1 main.createDemo  (escapes: returned from createDemo)\n"
    "alloc  #2      stack     24 B  -    [3]int        main.go:5:11                        []int{...}    g1 main.main\n"
    "alloc  #3      heap      16 B  c2   main.Demo     programs/escape/pointer.go:10:10    new(Demo)     g1 main.createDemo  (escapes: returned from createDemo)\n"
    "go     #4      -       8192 B  -    goroutine     main.go:9:2                         go work(i)    g1 main.main  -> g2 main.work\n"
    "alloc  #5      heap  100000 B  c0   []uint8       main.go:7:14                        make([]byte, n)  g2 main.work  (escapes: non-constant size)\n";

static const char text_summary[] =
    "--- allocations: heap 3 objects 100032 B, stack 1 objects 24 B; 3 GC cycles; 1 goroutines\n"
    "site                                        region  count   bytes  reason\n"
    "main.go:7:14 make([]byte, n)                heap        1  100000  escapes: non-constant size\n"
    "programs/escape/pointer.go:10:10 new(Demo)  heap        2      32  escapes: returned from createDemo\n"
    "main.go:5:11 []int{...}                     stack       1      24  -\n";

Test(trace, text_events_exact) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_TEXT, fd, false);
    stream(t);
    cr_assert(trace_finish(t, &totals3));
    trace_free(t);
    char *got = slurp(fd, NULL);
    cr_assert_str_eq(got, text_events);
    free(got);
    close(fd);
}

Test(trace, text_events_then_summary) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_TEXT, fd, true);
    stream(t);
    trace_finish(t, &totals3);
    trace_free(t);
    char *got = slurp(fd, NULL);
    char want[4096];
    snprintf(want, sizeof want, "%s%s", text_events, text_summary);
    cr_assert_str_eq(got, want);
    free(got);
    close(fd);
}

Test(trace, size_classes_in_text) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_TEXT, fd, false);
    int64_t sizes[] = {8, 24, 48, 32768, 32769};
    for (int i = 0; i < 5; i++) trace_alloc(t, 0, TRACE_HEAP, sizes[i], 1, NULL);
    trace_finish(t, NULL);
    trace_free(t);
    char *got = slurp(fd, NULL);
    const char *cls[] = {" c1 ", " c3 ", " c5 ", " c67 ", " c0 "};
    char *line = got;
    for (int i = 0; i < 5; i++) {
        char *nl = strchr(line, '\n');
        cr_assert(nl);
        *nl = 0;
        cr_assert(strstr(line, cls[i]), "line %d: %s", i, line);
        line = nl + 1;
    }
    free(got);
    close(fd);
}

/* ---- JSON: a tiny validating parser ---- */

typedef struct Json { const char *p; int depth; } Json;
static bool jvalue(Json *j);

static void jws(Json *j) {
    while (*j->p == ' ' || *j->p == '\t' || *j->p == '\r') j->p++;
}

static bool jstring(Json *j) {
    if (*j->p++ != '"') return false;
    for (;;) {
        unsigned char c = (unsigned char)*j->p++;
        if (c == '"') return true;
        if (c < 0x20) return false;
        if (c != '\\') continue;
        c = (unsigned char)*j->p++;
        if (c == 'u') {
            for (int i = 0; i < 4; i++)
                if (!strchr("0123456789abcdefABCDEF", *j->p++)) return false;
        } else if (!strchr("\"\\/bfnrt", c) || !c) return false;
    }
}

static bool jnumber(Json *j) {
    const char *s = j->p;
    if (*j->p == '-') j->p++;
    while (*j->p >= '0' && *j->p <= '9') j->p++;
    if (*j->p == '.') {
        j->p++;
        while (*j->p >= '0' && *j->p <= '9') j->p++;
    }
    return j->p > s && s[s[0] == '-'] >= '0' && s[s[0] == '-'] <= '9';
}

static bool jlist(Json *j, char close, bool keyed) {
    j->p++;
    jws(j);
    if (*j->p == close) return j->p++, true;
    for (;;) {
        jws(j);
        if (keyed) {
            if (!jstring(j)) return false;
            jws(j);
            if (*j->p++ != ':') return false;
        }
        if (!jvalue(j)) return false;
        jws(j);
        if (*j->p == close) return j->p++, true;
        if (*j->p++ != ',') return false;
    }
}

static bool jvalue(Json *j) {
    jws(j);
    switch (*j->p) {
    case '{': return jlist(j, '}', true);
    case '[': return jlist(j, ']', false);
    case '"': return jstring(j);
    case 'n': return !strncmp(j->p, "null", 4) && (j->p += 4);
    case 't': return !strncmp(j->p, "true", 4) && (j->p += 4);
    case 'f': return !strncmp(j->p, "false", 5) && (j->p += 5);
    default: return jnumber(j);
    }
}

/* Every line is exactly one valid JSON object. */
static int check_json_lines(char *text) {
    int n = 0;
    for (char *line = text; *line;) {
        char *nl = strchr(line, '\n');
        cr_assert(nl, "unterminated line");
        *nl = 0;
        Json j = {line, 0};
        cr_assert(*line == '{' && jvalue(&j) && *j.p == 0, "bad JSON: %s",
                  line);
        *nl = '\n';
        line = nl + 1;
        n++;
    }
    return n;
}

static const char json_events[] =
    "{\"seq\":1,\"event\":\"alloc\",\"kind\":\"new\",\"region\":\"heap\",\"size\":16,\"class\":2,\"type\":\"main.Demo\",\"file\":\"programs/escape/pointer.go\",\"line\":10,\"col\":10,\"site\":0,\"text\":\"new(Demo)\",\"goroutine\":1,\"func\":\"main.createDemo\",\"reason\":\"escapes: returned from createDemo\"}\n"
    "{\"seq\":2,\"event\":\"alloc\",\"kind\":\"slicelit\",\"region\":\"stack\",\"size\":24,\"class\":null,\"type\":\"[3]int\",\"file\":\"main.go\",\"line\":5,\"col\":11,\"site\":1,\"text\":\"[]int{...}\",\"goroutine\":1,\"func\":\"main.main\",\"reason\":null}\n"
    "{\"seq\":3,\"event\":\"alloc\",\"kind\":\"new\",\"region\":\"heap\",\"size\":16,\"class\":2,\"type\":\"main.Demo\",\"file\":\"programs/escape/pointer.go\",\"line\":10,\"col\":10,\"site\":0,\"text\":\"new(Demo)\",\"goroutine\":1,\"func\":\"main.createDemo\",\"reason\":\"escapes: returned from createDemo\"}\n"
    "{\"seq\":4,\"event\":\"go\",\"kind\":\"go\",\"region\":\"goroutine\",\"size\":8192,\"class\":null,\"type\":null,\"file\":\"main.go\",\"line\":9,\"col\":2,\"site\":3,\"text\":\"go work(i)\",\"goroutine\":1,\"func\":\"main.main\",\"reason\":null,\"new_goroutine\":2,\"entry\":\"main.work\"}\n"
    "{\"seq\":5,\"event\":\"alloc\",\"kind\":\"makeslice\",\"region\":\"heap\",\"size\":100000,\"class\":0,\"type\":\"[]uint8\",\"file\":\"main.go\",\"line\":7,\"col\":14,\"site\":2,\"text\":\"make([]byte, n)\",\"goroutine\":2,\"func\":\"main.work\",\"reason\":\"escapes: non-constant size\"}\n";

static const char json_summary[] =
    "{\"summary\":{\"heap\":{\"objects\":3,\"bytes\":100032},\"stack\":{\"objects\":1,\"bytes\":24},\"goroutines\":1,\"events\":5,\"gc_cycles\":3,\"elapsed_ns\":1500000,\"heap_rounded\":106528,\"sites\":["
    "{\"site\":2,\"file\":\"main.go\",\"line\":7,\"col\":14,\"text\":\"make([]byte, n)\",\"kind\":\"makeslice\",\"type\":\"[]uint8\",\"region\":\"heap\",\"count\":1,\"bytes\":100000,\"reason\":\"escapes: non-constant size\"},"
    "{\"site\":0,\"file\":\"programs/escape/pointer.go\",\"line\":10,\"col\":10,\"text\":\"new(Demo)\",\"kind\":\"new\",\"type\":\"main.Demo\",\"region\":\"heap\",\"count\":2,\"bytes\":32,\"reason\":\"escapes: returned from createDemo\"},"
    "{\"site\":1,\"file\":\"main.go\",\"line\":5,\"col\":11,\"text\":\"[]int{...}\",\"kind\":\"slicelit\",\"type\":\"[3]int\",\"region\":\"stack\",\"count\":1,\"bytes\":24,\"reason\":null}]}}\n";

Test(trace, json_lines_exact_and_valid) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_JSON, fd, true);
    stream(t);
    trace_finish(t, &totals3);
    trace_free(t);
    char *got = slurp(fd, NULL);
    char want[8192];
    snprintf(want, sizeof want, "%s%s", json_events, json_summary);
    cr_assert_str_eq(got, want);
    cr_assert_eq(check_json_lines(got), 6);
    free(got);
    close(fd);
}

Test(trace, json_escaping) {
    static const TraceSite odd[] = {
        {"dir\\x\".go", 1, 2, "f(\"a\\tb\n\x01\x7f\")", "new", TRACE_HEAP,
         "caf\xc3\xa9 \xff\xfe bad \xe2\x82 \xf0\x9f\x98\x80", "main.T",
         "main.f"},
    };
    TraceOptions o;
    trace_default_options(&o);
    o.format = TRACE_JSON;
    o.fd = tmp_fd();
    o.no_summary = true;
    char err[256];
    Tracer *t = trace_new(&o, odd, 1, err, sizeof err);
    trace_alloc(t, 0, TRACE_HEAP, 8, 1, NULL);
    trace_finish(t, NULL);
    trace_free(t);
    char *got = slurp(o.fd, NULL);
    cr_assert_eq(check_json_lines(got), 1);
    cr_assert(strstr(got, "\"file\":\"dir\\\\x\\\".go\""), "%s", got);
    cr_assert(strstr(got, "\"text\":\"f(\\\"a\\\\tb\\n\\u0001\\u007f\\\")\""),
              "%s", got);
    cr_assert(strstr(got, "\"reason\":\"caf\xc3\xa9 \\ufffd\\ufffd bad "
                          "\\ufffd\\ufffd \xf0\x9f\x98\x80\""), "%s", got);
    free(got);
    close(o.fd);
}

/* ---- pprof: a minimal protobuf reader ---- */

typedef struct Pb { const uint8_t *p, *end; } Pb;

static uint64_t pb_uvarint(Pb *b) {
    uint64_t v = 0;
    for (int shift = 0; b->p < b->end; shift += 7) {
        uint8_t c = *b->p++;
        v |= (uint64_t)(c & 0x7F) << shift;
        if (!(c & 0x80)) return v;
    }
    cr_assert_fail("truncated varint");
    return 0;
}

/* Next field: number, and either its varint value or its bytes. */
static bool pb_next(Pb *b, int *field, uint64_t *v, Pb *sub) {
    if (b->p >= b->end) return false;
    uint64_t tag = pb_uvarint(b);
    *field = (int)(tag >> 3);
    switch (tag & 7) {
    case 0: *v = pb_uvarint(b); return true;
    case 2:
        *v = pb_uvarint(b);
        cr_assert(b->p + *v <= b->end, "field overruns its message");
        sub->p = b->p;
        sub->end = b->p + *v;
        b->p += *v;
        return true;
    default: cr_assert_fail("unexpected wire type %d", (int)(tag & 7));
    }
    return false;
}

typedef struct PSmp {
    int locs[64], nlocs;
    int64_t vals[2];
    int labels[4][2], nlabels;
} PSmp;

typedef struct Prof {
    char *strs[64];
    int nstrs;
    int64_t sample_type[2][2];
    int nsample_types;
    PSmp samples[16];
    int nsamples;
    struct { int id, func, line; } locs[64];
    int nlocs;
    struct { int id, name, sys, file; } funcs[16];
    int nfuncs;
    int64_t period_type[2], period, default_type;
    int nmappings;
} Prof;

static void read_ints(Pb sub, int *out, int *n, int max) {
    while (sub.p < sub.end) {
        cr_assert_lt(*n, max, "too many values for the test reader");
        out[(*n)++] = (int)pb_uvarint(&sub);
    }
}

static void read_pair(Pb sub, int64_t out[2]) {
    int f;
    uint64_t v;
    Pb s2;
    while (pb_next(&sub, &f, &v, &s2)) out[f - 1] = (int64_t)v;
}

static void read_sample(Prof *pr, Pb sub) {
    int f;
    uint64_t v;
    Pb s2;
    cr_assert_lt(pr->nsamples, 16);
    PSmp *s = &pr->samples[pr->nsamples++];
    while (pb_next(&sub, &f, &v, &s2)) {
        if (f == 1) read_ints(s2, s->locs, &s->nlocs, 64);
        if (f == 2) {
            int vals[2], n = 0;
            read_ints(s2, vals, &n, 2);
            cr_assert_eq(n, 2);
            s->vals[0] = vals[0];
            s->vals[1] = vals[1];
        }
        if (f == 3) {
            int64_t kv[4] = {0};
            read_pair(s2, kv);
            cr_assert_lt(s->nlabels, 4);
            s->labels[s->nlabels][0] = (int)kv[0];
            s->labels[s->nlabels++][1] = (int)kv[1];
        }
    }
}

static void read_location(Prof *pr, Pb sub) {
    int f;
    uint64_t v;
    Pb s2;
    cr_assert_lt(pr->nlocs, 64);
    int i = pr->nlocs++;
    while (pb_next(&sub, &f, &v, &s2)) {
        if (f == 1) pr->locs[i].id = (int)v;
        if (f == 4) {
            int64_t line[2] = {0};
            read_pair(s2, line);
            pr->locs[i].func = (int)line[0];
            pr->locs[i].line = (int)line[1];
        }
    }
}

static void read_function(Prof *pr, Pb sub) {
    int64_t fn[5] = {0};
    int f;
    uint64_t v;
    Pb s2;
    while (pb_next(&sub, &f, &v, &s2)) fn[f - 1] = (int64_t)v;
    cr_assert_lt(pr->nfuncs, 16);
    int i = pr->nfuncs++;
    pr->funcs[i].id = (int)fn[0], pr->funcs[i].name = (int)fn[1];
    pr->funcs[i].sys = (int)fn[2], pr->funcs[i].file = (int)fn[3];
}

static void read_profile(Prof *pr, const char *data, size_t len) {
    memset(pr, 0, sizeof *pr);
    Pb b = {(const uint8_t *)data, (const uint8_t *)data + len}, sub;
    int f;
    uint64_t v;
    while (pb_next(&b, &f, &v, &sub)) {
        switch (f) {
        case 1: read_pair(sub, pr->sample_type[pr->nsample_types++]); break;
        case 2: read_sample(pr, sub); break;
        case 3: pr->nmappings++; break;
        case 4: read_location(pr, sub); break;
        case 5: read_function(pr, sub); break;
        case 6: cr_assert_lt(pr->nstrs, 64);
                pr->strs[pr->nstrs++] =
                    strndup((const char *)sub.p, (size_t)(sub.end - sub.p));
                break;
        case 11: read_pair(sub, pr->period_type); break;
        case 12: pr->period = (int64_t)v; break;
        case 14: pr->default_type = (int64_t)v; break;
        default: cr_assert_fail("unexpected field %d", f);
        }
    }
}

static const char *pstr(Prof *pr, int64_t i) {
    cr_assert(i >= 0 && i < pr->nstrs, "string index %lld", (long long)i);
    return pr->strs[i];
}

static const char *label_of(Prof *pr, int s, const char *key) {
    for (int i = 0; i < pr->samples[s].nlabels; i++)
        if (!strcmp(pstr(pr, pr->samples[s].labels[i][0]), key))
            return pstr(pr, pr->samples[s].labels[i][1]);
    return NULL;
}

static int loc_index(Prof *pr, int id) {
    for (int i = 0; i < pr->nlocs; i++)
        if (pr->locs[i].id == id) return i;
    cr_assert_fail("no location %d", id);
    return -1;
}

static const char *loc_func(Prof *pr, int id) {
    int fid = pr->locs[loc_index(pr, id)].func;
    for (int i = 0; i < pr->nfuncs; i++)
        if (pr->funcs[i].id == fid) return pstr(pr, pr->funcs[i].name);
    cr_assert_fail("no function %d", fid);
    return NULL;
}

static void free_profile(Prof *pr) {
    for (int i = 0; i < pr->nstrs; i++) free(pr->strs[i]);
}

static const TraceFrame stack_a[] = {
    {"main.createDemo", "programs/escape/pointer.go", 10},
    {"main.main", "programs/escape/pointer.go", 19},
};
static const TraceFrame stack_b[] = {
    {"main.createDemo", "programs/escape/pointer.go", 10},
    {"main.helper", "programs/escape/pointer.go", 25},
    {"main.main", "programs/escape/pointer.go", 30},
};

static void pprof_stream(Tracer *t) {
    cr_assert(trace_wants_stack(t));
    trace_alloc_stack(t, 0, TRACE_HEAP, 16, 1, stack_a, 2);
    trace_alloc_stack(t, 0, TRACE_HEAP, 16, 1, stack_a, 2);
    trace_alloc_stack(t, 0, TRACE_HEAP, 16, 1, stack_b, 3);
    trace_alloc_stack(t, 1, TRACE_STACK, 24, 1, stack_a + 1, 1);
    trace_alloc(t, 2, TRACE_HEAP, 4096, 1, "main.main");   /* no stack */
}

Test(trace, pprof_decodes) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_PPROF, fd, true);
    pprof_stream(t);
    trace_finish(t, &totals3);
    trace_free(t);
    size_t len;
    char *data = slurp(fd, &len);
    Prof pr;
    read_profile(&pr, data, len);
    cr_assert_str_eq(pstr(&pr, 0), "");
    cr_assert_eq(pr.nsample_types, 2);
    cr_assert_str_eq(pstr(&pr, pr.sample_type[0][0]), "alloc_objects");
    cr_assert_str_eq(pstr(&pr, pr.sample_type[0][1]), "count");
    cr_assert_str_eq(pstr(&pr, pr.sample_type[1][0]), "alloc_space");
    cr_assert_str_eq(pstr(&pr, pr.sample_type[1][1]), "bytes");
    cr_assert_str_eq(pstr(&pr, pr.default_type), "alloc_space");
    cr_assert_str_eq(pstr(&pr, pr.period_type[0]), "space");
    cr_assert_eq(pr.period, 1);
    cr_assert_eq(pr.nmappings, 1);
    /* heap only by default: stack_a x2, stack_b, the stackless makeslice */
    cr_assert_eq(pr.nsamples, 3);
    cr_assert_eq(pr.samples[0].vals[0], 2);
    cr_assert_eq(pr.samples[0].vals[1], 32);
    cr_assert_eq(pr.samples[0].nlocs, 2);
    cr_assert_str_eq(loc_func(&pr, pr.samples[0].locs[0]), "main.createDemo");
    cr_assert_str_eq(loc_func(&pr, pr.samples[0].locs[1]), "main.main");
    cr_assert_str_eq(label_of(&pr, 0, "region"), "heap");
    cr_assert_str_eq(label_of(&pr, 0, "kind"), "new");
    cr_assert_str_eq(label_of(&pr, 0, "type"), "main.Demo");
    cr_assert_eq(pr.samples[1].vals[0], 1);
    cr_assert_eq(pr.samples[1].nlocs, 3);
    /* the same leaf frame is one location */
    cr_assert_eq(pr.samples[1].locs[0], pr.samples[0].locs[0]);
    cr_assert_str_eq(loc_func(&pr, pr.samples[1].locs[1]), "main.helper");
    cr_assert_eq(pr.locs[loc_index(&pr, pr.samples[1].locs[1])].line, 25);
    cr_assert_eq(pr.samples[2].vals[1], 4096);
    cr_assert_eq(pr.samples[2].nlocs, 1);
    cr_assert_str_eq(loc_func(&pr, pr.samples[2].locs[0]), "main.main");
    cr_assert_eq(pr.locs[loc_index(&pr, pr.samples[2].locs[0])].line, 7);
    /* main.main at pointer.go:19 and :30 share one function; main.main in
     * main.go (the stackless event's site file) is another */
    cr_assert_eq(pr.nfuncs, 4);
    cr_assert_eq(pr.nlocs, 5);
    for (int i = 0; i < pr.nfuncs; i++) {
        cr_assert_eq(pr.funcs[i].id, i + 1);
        cr_assert_eq(pr.funcs[i].sys, pr.funcs[i].name);
    }
    free_profile(&pr);
    free(data);
    close(fd);
}

Test(trace, pprof_with_stack_allocations) {
    int fd = tmp_fd();
    TraceOptions o;
    trace_default_options(&o);
    o.format = TRACE_PPROF;
    o.fd = fd;
    o.pprof_stack = true;
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    pprof_stream(t);
    trace_finish(t, NULL);
    trace_free(t);
    size_t len;
    char *data = slurp(fd, &len);
    Prof pr;
    read_profile(&pr, data, len);
    cr_assert_eq(pr.nsamples, 4);
    cr_assert_str_eq(label_of(&pr, 2, "region"), "stack");
    cr_assert_eq(pr.samples[2].vals[1], 24);
    free_profile(&pr);
    free(data);
    close(fd);
}

/* Deep stacks keep their innermost TRACE_MAX_STACK (32) frames. */
Test(trace, pprof_stack_depth_cap) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_PPROF, fd, false);
    TraceFrame deep[40];
    for (int i = 0; i < 40; i++)
        deep[i] = (TraceFrame){"main.rec", "main.go", 100 + i};
    trace_alloc_stack(t, 0, TRACE_HEAP, 16, 1, deep, 40);
    trace_finish(t, NULL);
    trace_free(t);
    size_t len;
    char *data = slurp(fd, &len);
    Prof pr;
    read_profile(&pr, data, len);
    cr_assert_eq(pr.nsamples, 1);
    cr_assert_eq(pr.samples[0].nlocs, TRACE_MAX_STACK);
    cr_assert_eq(pr.nlocs, 32);
    cr_assert_eq(pr.locs[loc_index(&pr, pr.samples[0].locs[0])].line, 100);
    free_profile(&pr);
    free(data);
    close(fd);
}

/* trace_flush rewrites the whole profile so far; nothing is appended. */
Test(trace, pprof_flush_rewrites) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_PPROF, fd, false);
    trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);
    trace_flush(t);
    trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);
    trace_flush(t);
    size_t len;
    char *data = slurp(fd, &len);
    Prof pr;
    read_profile(&pr, data, len);
    cr_assert_eq(pr.nsamples, 1);
    cr_assert_eq(pr.samples[0].vals[0], 2);
    free_profile(&pr);
    free(data);
    trace_finish(t, NULL);
    trace_free(t);
    close(fd);
}

/* Writes the profile of the synthetic stream to $GOSUB_TRACE_PPROF_OUT, for
 * checking by hand with `go tool pprof -raw` (no assertion). */
Test(trace, pprof_export_for_go_tool) {
    const char *path = getenv("GOSUB_TRACE_PPROF_OUT");
    if (!path) return;
    TraceOptions o;
    trace_default_options(&o);
    o.format = TRACE_PPROF;
    o.path = path;
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    cr_assert(t, "%s", err);
    pprof_stream(t);
    cr_assert(trace_finish(t, NULL));
    trace_free(t);
}

/* The real reader: `go tool pprof` (Go 1.19), when it is installed. */
static char *run_cmd(const char *cmd) {
    FILE *f = popen(cmd, "r");
    cr_assert(f);
    Buf b = {0};
    char tmp[4096];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) buf_put(&b, tmp, n);
    pclose(f);
    if (!b.data) buf_puts(&b, "");
    return b.data;
}

Test(trace, pprof_read_by_go_tool, .timeout = 120) {
    if (system("go version >/dev/null 2>&1") != 0) {
        cr_log_warn("go not installed: pprof not checked by go tool pprof");
        return;
    }
    char path[] = "/tmp/gosub-pprof-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    TraceOptions o;
    trace_default_options(&o);
    o.format = TRACE_PPROF;
    o.path = path;
    o.program = "pointer.go";
    char err[256], cmd[512];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    pprof_stream(t);
    cr_assert(trace_finish(t, NULL));
    trace_free(t);
    snprintf(cmd, sizeof cmd, "cd /tmp && go tool pprof -raw %s 2>&1", path);
    char *raw = run_cmd(cmd);
    cr_assert(strstr(raw, "alloc_objects/count alloc_space/bytes[dflt]"), "%s",
              raw);
    cr_assert(strstr(raw, "          2         32: 1 2 \n"
                          "                kind:[new] region:[heap] "
                          "type:[main.Demo]\n"), "%s", raw);
    cr_assert(strstr(raw, "main.helper programs/escape/pointer.go:25"), "%s",
              raw);
    free(raw);
    snprintf(cmd, sizeof cmd, "cd /tmp && go tool pprof -top "
             "-sample_index=alloc_space %s 2>&1", path);
    char *top = run_cmd(cmd);
    cr_assert(strstr(top, "File: pointer.go\nType: alloc_space\n"), "%s", top);
    cr_assert(strstr(top, "     4096B 98.84% 98.84%      4144B   100%  "
                          "main.main\n"), "%s", top);
    cr_assert(strstr(top, "       48B  1.16%   100%        48B  1.16%  "
                          "main.createDemo\n"), "%s", top);
    free(top);
    close(fd);
    unlink(path);
}

/* ---- summary ---- */

Test(trace, summary_order) {
    static const TraceSite s[] = {
        {"b.go", 3, 1, "new(T)", "new", TRACE_HEAP, "r", "T", "f"},
        {"a.go", 9, 1, "new(T)", "new", TRACE_HEAP, "r", "T", "f"},
        {"a.go", 2, 5, "new(U)", "new", TRACE_HEAP, "r", "U", "f"},
        {"a.go", 2, 1, "x", "moved", TRACE_STACK, NULL, "int", "f"},
        {"a.go", 1, 1, "y", "moved", TRACE_STACK, NULL, "int", "f"},
    };
    TraceOptions o;
    trace_default_options(&o);
    o.fd = tmp_fd();
    o.summary_only = true;
    char err[256];
    Tracer *t = trace_new(&o, s, 5, err, sizeof err);
    trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);   /* b.go: 16 */
    trace_alloc(t, 1, TRACE_HEAP, 8, 1, NULL);    /* a.go:9: 8+8 = 16 */
    trace_alloc(t, 1, TRACE_HEAP, 8, 1, NULL);
    trace_alloc(t, 2, TRACE_HEAP, 64, 1, NULL);   /* a.go:2:5: 64 */
    trace_alloc(t, 3, TRACE_STACK, 800, 1, NULL); /* stack rows: no heap */
    trace_alloc(t, 4, TRACE_STACK, 8, 1, NULL);
    trace_alloc(t, 3, TRACE_HEAP, 8, 1, NULL);    /* escape off: heap too */
    TraceSummary *sum = trace_summary_new(t, NULL);
    int want[][2] = {{2, 1}, {1, 1}, {0, 1}, {3, 1}, {4, 0}, {3, 0}};
    cr_assert_eq(sum->nrows, 6);
    for (int i = 0; i < 6; i++) {
        cr_assert_eq(sum->rows[i].site, want[i][0], "row %d", i);
        cr_assert_eq(sum->rows[i].region, want[i][1], "row %d", i);
    }
    cr_assert_eq(sum->objects[TRACE_HEAP], 5);
    cr_assert_eq(sum->bytes[TRACE_HEAP], 104);
    cr_assert_eq(sum->objects[TRACE_STACK], 2);
    trace_summary_free(sum);
    trace_finish(t, NULL);
    trace_free(t);
    char *got = slurp(o.fd, NULL);
    cr_assert_str_eq(got,
        "--- allocations: heap 5 objects 104 B, stack 2 objects 808 B; 0 GC cycles\n"
        "site             region  count  bytes  reason\n"
        "a.go:2:5 new(U)  heap        1     64  r\n"
        "a.go:9:1 new(T)  heap        2     16  r\n"
        "b.go:3:1 new(T)  heap        1     16  r\n"
        "a.go:2:1 x       heap        1      8  escape analysis off\n"
        "a.go:1:1 y       stack       1      8  -\n"
        "a.go:2:1 x       stack       1    800  -\n");
    free(got);
    close(o.fd);
}

/* A million events over three sites: no event is written, and the
 * aggregation holds three rows whatever the count. */
Test(trace, summary_only_bounded_memory) {
    TraceOptions o;
    trace_default_options(&o);
    o.fd = tmp_fd();
    o.summary_only = true;
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    for (int i = 0; i < 1000000; i++)
        trace_alloc(t, i % 3, i % 3 == 1 ? TRACE_STACK : TRACE_HEAP, 16, 1,
                    NULL);
    cr_assert_eq(t->agg.len, 3);
    cr_assert_leq(t->agg_map.cap, 64);
    cr_assert_eq(t->out.buf.len, 0);
    cr_assert_eq(t->seq, 1000000);
    trace_finish(t, NULL);
    trace_free(t);
    size_t len;
    char *got = slurp(o.fd, &len);
    cr_assert(!strstr(got, "alloc  #"), "events written in summary mode");
    cr_assert(strstr(got, "--- allocations: heap 666667 objects 10666672 B, "
                          "stack 333333 objects 5333328 B"), "%s", got);
    cr_assert_lt(len, 1024);
    free(got);
    close(o.fd);
}

Test(trace, summary_only_json) {
    TraceOptions o;
    trace_default_options(&o);
    o.format = TRACE_JSON;
    o.fd = tmp_fd();
    o.summary_only = true;
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    stream(t);
    trace_finish(t, &totals3);
    trace_free(t);
    char *got = slurp(o.fd, NULL);
    cr_assert_str_eq(got, json_summary);
    free(got);
    close(o.fd);
}

/* ---- buffering ---- */

Test(trace, flush_on_demand) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_TEXT, fd, true);
    stream(t);
    size_t len;
    free(slurp(fd, &len));
    cr_assert_eq(len, 0, "written before the buffer filled");
    trace_flush(t);
    char *got = slurp(fd, &len);
    cr_assert_str_eq(got, text_events);
    free(got);
    trace_alloc(t, 1, TRACE_STACK, 24, 1, NULL);
    trace_flush(t);
    got = slurp(fd, &len);
    cr_assert(strstr(got, "alloc  #6 "));
    free(got);
    trace_free(t);     /* no trace_finish: trace_free still flushes */
    close(fd);
}

Test(trace, flush_at_threshold) {
    TraceOptions o;
    trace_default_options(&o);
    o.fd = tmp_fd();
    o.flush_bytes = 1000;
    o.line_buffered = 0;
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    for (int i = 0; i < 100; i++) trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);
    size_t len;
    free(slurp(o.fd, &len));
    cr_assert_gt(len, 0);
    cr_assert_lt(t->out.buf.len, 1000);
    trace_free(t);
    close(o.fd);
}

Test(trace, line_buffered) {
    TraceOptions o;
    trace_default_options(&o);
    o.fd = tmp_fd();
    o.line_buffered = 1;
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);
    size_t len;
    free(slurp(o.fd, &len));
    cr_assert_gt(len, 0);
    trace_free(t);
    close(o.fd);
}

/* ---- failures ---- */

/* Runs fn with stderr redirected to a temporary file; returns what it got. */
static char *capture_stderr(void (*fn)(void)) {
    fflush(stderr);
    int saved = dup(2), fd = tmp_fd();
    dup2(fd, 2);
    fn();
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    char *got = slurp(fd, NULL);
    close(fd);
    return got;
}

static bool dev_full_ok;

static void write_to_dev_full(void) {
    TraceOptions o;
    trace_default_options(&o);
    o.path = "/dev/full";
    o.flush_bytes = 256;
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    cr_assert(t, "%s", err);
    for (int i = 0; i < 1000; i++) trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);
    trace_flush(t);
    cr_assert(!trace_ok(t));
    dev_full_ok = trace_finish(t, NULL);
    /* the counts survive the failure */
    TraceSummary *s = trace_summary_new(t, NULL);
    cr_assert_eq(s->objects[TRACE_HEAP], 1000);
    trace_summary_free(s);
    trace_free(t);
}

Test(trace, write_failure_dev_full) {
    char *got = capture_stderr(write_to_dev_full);
    cr_assert_str_eq(got, "gosub: trace: write /dev/full: No space left on "
                          "device\n");
    cr_assert(!dev_full_ok);
    free(got);
}

Test(trace, open_failure) {
    TraceOptions o;
    trace_default_options(&o);
    o.path = "/nonexistent-dir/trace.txt";
    char err[256] = "";
    cr_assert_null(trace_new(&o, sites, NSITES, err, sizeof err));
    cr_assert_str_eq(err, "gosub: trace: open /nonexistent-dir/trace.txt: "
                          "No such file or directory");
}

Test(trace, writes_to_a_path) {
    char path[] = "/tmp/gosub-trace-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    TraceOptions o;
    trace_default_options(&o);
    o.path = path;
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    cr_assert(t, "%s", err);
    stream(t);
    cr_assert(trace_finish(t, &totals3));
    trace_free(t);
    char *got = slurp(fd, NULL);
    char want[4096];
    snprintf(want, sizeof want, "%s%s", text_events, text_summary);
    cr_assert_str_eq(got, want);
    free(got);
    close(fd);
    unlink(path);
}

/* ---- compare ---- */

static TraceSummary *run_mode(bool escape_on, uint64_t gc, uint64_t ns) {
    /* escape off: the VM gives every site the heap region */
    static TraceSite off[NSITES];
    memcpy(off, sites, sizeof off);
    for (int i = 0; i < NSITES; i++) off[i].region = TRACE_HEAP;
    TraceOptions o;
    trace_default_options(&o);
    o.fd = tmp_fd();
    o.summary_only = true;
    o.no_summary = true;
    char err[256];
    Tracer *t = trace_new(&o, escape_on ? sites : off, NSITES, err,
                          sizeof err);
    for (int i = 0; i < 3; i++) {
        trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);
        trace_alloc(t, 1, escape_on ? TRACE_STACK : TRACE_HEAP, 24, 1, NULL);
    }
    trace_alloc(t, 2, TRACE_HEAP, 100000, 1, NULL);
    TraceTotals tt = {gc, ns, 0};
    trace_finish(t, &tt);
    TraceSummary *s = trace_summary_new(t, &tt);
    trace_free(t);
    close(o.fd);
    return s;
}

static TraceSummary *cmp_on, *cmp_off;

static void print_compare(void) {
    trace_compare_print(stderr, cmp_on, cmp_off);
}

static void print_compare_json(void) {
    trace_compare_json(stderr, cmp_on, cmp_off);
}

Test(trace, compare_text) {
    cmp_on = run_mode(true, 1, 1500000);
    cmp_off = run_mode(false, 2, 3000000);
    char *got = capture_stderr(print_compare);
    cr_assert_str_eq(got,
        "site                                        on: region  count   bytes  |  off: count   bytes\n"
        "main.go:7:14 make([]byte, n)                      heap      1  100000  |           1  100000\n"
        "main.go:5:11 []int{...}                          stack      3      72  |           3      72\n"
        "programs/escape/pointer.go:10:10 new(Demo)        heap      3      48  |           3      48\n"
        "total heap   on: 4 objects 100048 B  |  off: 7 objects 100120 B\n"
        "total stack  on: 3 objects 72 B  |  off: 0 objects 0 B\n"
        "heap allocations saved by escape analysis: 3 of 7 objects (42.9%), 72 of 100120 B (0.1%)\n"
        "GC cycles: on 1, off 2\n"
        "time: on 1.500 ms, off 3.000 ms\n"
        "exit status: 0 in both runs\n");
    free(got);
    got = capture_stderr(print_compare_json);
    cr_assert_eq(check_json_lines(got), 1);
    cr_assert(strstr(got, "\"heap_objects_saved\":3,\"heap_bytes_saved\":72,"
                          "\"saved_ratio\":0.4286}"), "%s", got);
    cr_assert(strstr(got, "{\"file\":\"main.go\",\"line\":5,\"col\":11,"
                          "\"text\":\"[]int{...}\",\"on\":{\"region\":\"stack\","
                          "\"count\":3,\"bytes\":72},\"off\":{\"region\":"
                          "\"heap\",\"count\":3,\"bytes\":72}}"), "%s", got);
    free(got);
    trace_summary_free(cmp_on);
    trace_summary_free(cmp_off);
}

/* ---- exit paths: what the VM does on panic, os.Exit, fatal errors ----
 * A child process traces into a big buffer, calls trace_flush, then dies
 * without returning; every event must be in the file. */

static int count_lines(const char *s) {
    int n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

static Tracer *child_tracer(int fd) {
    TraceOptions o;
    trace_default_options(&o);
    o.fd = fd;
    o.flush_bytes = 1 << 30;          /* never flushes by itself */
    o.line_buffered = 0;
    char err[256];
    return trace_new(&o, sites, NSITES, err, sizeof err);
}

static int run_child(int fd, int how) {
    pid_t pid = fork();
    cr_assert(pid >= 0);
    if (pid == 0) {
        Tracer *t = child_tracer(fd);
        for (int i = 0; i < 1000; i++) trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);
        if (how == 3) {                      /* normal exit: the summary */
            trace_finish(t, NULL);
            _exit(0);
        }
        trace_flush(t);
        if (how == 0) _exit(3);              /* os.Exit(3) */
        if (how == 1) abort();               /* a crash after the flush */
        raise(SIGKILL);                      /* killed after the flush */
    }
    int st;
    waitpid(pid, &st, 0);
    return st;
}

Test(trace, nothing_lost_on_exit_paths) {
    for (int how = 0; how < 4; how++) {
        int fd = tmp_fd();
        run_child(fd, how);
        char *got = slurp(fd, NULL);
        int lines = count_lines(got);
        cr_assert_eq(lines, how == 3 ? 1000 + 3 : 1000, "case %d: %d lines",
                     how, lines);
        cr_assert(strstr(got, "alloc  #1000 "), "case %d", how);
        free(got);
        close(fd);
    }
}

/* A signal handler may flush (text and JSON only use write(2)). */
static Tracer *sig_tracer;
static void on_term(int sig) {
    (void)sig;
    trace_flush(sig_tracer);
    _exit(143);
}

Test(trace, flush_from_signal_handler) {
    int fd = tmp_fd();
    pid_t pid = fork();
    if (pid == 0) {
        sig_tracer = child_tracer(fd);
        signal(SIGTERM, on_term);
        for (int i = 0; i < 500; i++)
            trace_alloc(sig_tracer, 1, TRACE_STACK, 24, 1, NULL);
        raise(SIGTERM);
        _exit(0);
    }
    int st;
    waitpid(pid, &st, 0);
    cr_assert(WIFEXITED(st) && WEXITSTATUS(st) == 143);
    char *got = slurp(fd, NULL);
    cr_assert_eq(count_lines(got), 500);
    free(got);
    close(fd);
}

/* ---- odd inputs ---- */

Test(trace, event_without_site) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_TEXT, fd, true);
    trace_alloc(t, -1, TRACE_HEAP, 0, 7, NULL);
    trace_alloc(t, 99, TRACE_HEAP, 32, 7, "main.f");   /* out of range */
    trace_goroutine(t, -1, 1, NULL, 2, NULL, 0);
    trace_finish(t, NULL);
    trace_free(t);
    char *got = slurp(fd, NULL);
    cr_assert_str_eq(got,
        "alloc  #1      heap       0 B  -    -             -                                   -             g7 -\n"
        "alloc  #2      heap      32 B  c4   -             -                                   -             g7 main.f\n"
        "go     #3      -          0 B  -    goroutine     -                                   -             g1 -  -> g2 -\n"
        "--- allocations: heap 2 objects 32 B, stack 0 objects 0 B; 0 GC cycles; 1 goroutines\n"
        "site       region  count  bytes  reason\n"
        "(no site)  heap        2     32  -\n");
    free(got);
    close(fd);
    fd = tmp_fd();
    t = open_fd(TRACE_JSON, fd, true);
    trace_alloc(t, -1, TRACE_HEAP, 0, 7, NULL);
    trace_goroutine(t, -1, 1, NULL, 2, NULL, 0);
    trace_finish(t, NULL);
    trace_free(t);
    got = slurp(fd, NULL);
    cr_assert_eq(check_json_lines(got), 3);
    cr_assert(strstr(got, "\"class\":null,\"type\":null,\"file\":null,"
                          "\"line\":0,\"col\":0,\"site\":-1,\"text\":null"));
    free(got);
    close(fd);
}

Test(trace, finish_twice_and_events_after_finish) {
    int fd = tmp_fd();
    Tracer *t = open_fd(TRACE_TEXT, fd, false);
    trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);
    cr_assert(trace_finish(t, NULL));
    trace_alloc(t, 0, TRACE_HEAP, 16, 1, NULL);    /* counted, not written */
    trace_flush(t);
    cr_assert(trace_finish(t, NULL));
    TraceSummary *s = trace_summary_new(t, NULL);
    cr_assert_eq(s->objects[TRACE_HEAP], 2);
    trace_summary_free(s);
    trace_free(t);
    char *got = slurp(fd, NULL);
    cr_assert_eq(count_lines(got), 1);
    free(got);
    close(fd);
}

/* pprof with --trace-summary: no profile, the text summary instead. */
Test(trace, pprof_summary_only_writes_text) {
    TraceOptions o;
    trace_default_options(&o);
    o.format = TRACE_PPROF;
    o.summary_only = true;
    o.fd = tmp_fd();
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    cr_assert(!trace_wants_stack(t));
    stream(t);
    trace_finish(t, &totals3);
    trace_free(t);
    char *got = slurp(o.fd, NULL);
    cr_assert_str_eq(got, text_summary);
    free(got);
    close(o.fd);
}

static void pprof_and_summary(void) {
    TraceOptions o;
    trace_default_options(&o);
    o.format = TRACE_PPROF;
    o.pprof_summary = true;
    o.fd = tmp_fd();
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    stream(t);
    trace_finish(t, &totals3);
    trace_free(t);
    size_t len;
    char *data = slurp(o.fd, &len);
    Prof pr;
    read_profile(&pr, data, len);
    cr_assert_eq(pr.nsamples, 2);
    free_profile(&pr);
    free(data);
    close(o.fd);
}

Test(trace, pprof_summary_on_stderr) {
    char *got = capture_stderr(pprof_and_summary);
    cr_assert_str_eq(got, text_summary);
    free(got);
}

static void pprof_to_dev_full(void) {
    TraceOptions o;
    trace_default_options(&o);
    o.format = TRACE_PPROF;
    o.path = "/dev/full";
    char err[256];
    Tracer *t = trace_new(&o, sites, NSITES, err, sizeof err);
    stream(t);
    cr_assert(!trace_finish(t, NULL));
    trace_free(t);
}

Test(trace, pprof_write_failure) {
    char *got = capture_stderr(pprof_to_dev_full);
    cr_assert_str_eq(got, "gosub: trace: write /dev/full: No space left on "
                          "device\n");
    free(got);
}

/* A site that ran in only one of the two runs still gets a row. */
static void compare_uneven(void) {
    TraceOptions o;
    trace_default_options(&o);
    o.fd = tmp_fd();
    o.no_summary = true;
    char err[256];
    Tracer *a = trace_new(&o, sites, NSITES, err, sizeof err);
    Tracer *b = trace_new(&o, sites, NSITES, err, sizeof err);
    trace_alloc(a, 1, TRACE_STACK, 24, 1, NULL);
    trace_alloc(a, 1, TRACE_HEAP, 24, 1, NULL);
    trace_alloc(b, 0, TRACE_HEAP, 16, 1, NULL);
    TraceSummary *on = trace_summary_new(a, NULL);
    TraceSummary *off = trace_summary_new(b, NULL);
    trace_compare_print(stderr, on, off);
    trace_summary_free(on);
    trace_summary_free(off);
    trace_free(a);
    trace_free(b);
    close(o.fd);
}

/* A summary survives trace_summary_encode/decode whole (the child of
 * `gosub compare` sends it to its parent that way); a truncated message
 * is refused. */
Test(trace, summary_wire) {
    TraceSummary *s = run_mode(true, 4, 2500000);
    s->totals.exit_status = 3;
    size_t n;
    char *p = trace_summary_encode(s, &n);
    TraceSummary *d = trace_summary_decode(p, n, sites, NSITES);
    cr_assert(d);
    cr_assert_eq(d->objects[TRACE_HEAP], s->objects[TRACE_HEAP]);
    cr_assert_eq(d->bytes[TRACE_STACK], s->bytes[TRACE_STACK]);
    cr_assert_eq(d->heap_rounded, s->heap_rounded);
    cr_assert_eq(d->events, s->events);
    cr_assert_eq(d->totals.gc_cycles, 4);
    cr_assert_eq(d->totals.elapsed_ns, 2500000);
    cr_assert_eq(d->totals.exit_status, 3);
    cr_assert_eq(d->nrows, s->nrows);
    for (int i = 0; i < s->nrows; i++) {
        cr_assert_eq(d->rows[i].site, s->rows[i].site);
        cr_assert_eq(d->rows[i].s, &sites[s->rows[i].site]);
        cr_assert_eq(d->rows[i].region, s->rows[i].region);
        cr_assert_eq(d->rows[i].count, s->rows[i].count);
        cr_assert_eq(d->rows[i].bytes, s->rows[i].bytes);
    }
    cr_assert_null(trace_summary_decode(p, n - 1, sites, NSITES));
    cr_assert_null(trace_summary_decode(p, 5, sites, NSITES));
    trace_summary_free(d);
    trace_summary_free(s);
    free(p);
}

static void print_compare_exits(void) {
    cmp_on->totals.exit_status = 2;
    cmp_on->stderr_line = "panic: boom";
    cmp_off->totals.exit_status = 0;
    trace_compare_print(stderr, cmp_on, cmp_off);
    cmp_off->totals.exit_status = 2;
    cmp_off->stderr_line = "panic: boom";
    trace_compare_print(stderr, cmp_on, cmp_off);
    trace_compare_json(stderr, cmp_on, cmp_off);
}

Test(trace, compare_exit_status) {
    cmp_on = run_mode(true, 0, 0);
    cmp_off = run_mode(false, 0, 0);
    char *got = capture_stderr(print_compare_exits);
    cr_assert(strstr(got, "\nexit status: on 2 (stderr: panic: boom), off 0\n"),
              "%s", got);
    cr_assert(strstr(got, "\nexit status: 2 in both runs (stderr: panic: boom)\n"),
              "%s", got);
    cr_assert(strstr(got, "\"exit_status\":2,\"stderr\":\"panic: boom\"}"),
              "%s", got);
    free(got);
    trace_summary_free(cmp_on);
    trace_summary_free(cmp_off);
}

Test(trace, compare_uneven_sites) {
    char *got = capture_stderr(compare_uneven);
    cr_assert_str_eq(got,
        "site                                        on: region  count  bytes  |  off: count  bytes\n"
        "programs/escape/pointer.go:10:10 new(Demo)           -      0      0  |           1     16\n"
        "main.go:5:11 []int{...}                           both      2     48  |           0      0\n"
        "total heap   on: 1 objects 24 B  |  off: 1 objects 16 B\n"
        "total stack  on: 1 objects 24 B  |  off: 0 objects 0 B\n"
        "heap allocations saved by escape analysis: 0 of 1 objects (0.0%), -8 of 16 B (-50.0%)\n"
        "GC cycles: on 0, off 0\n"
        "time: on 0.000 ms, off 0.000 ms\n"
        "exit status: 0 in both runs\n");
    free(got);
}

Test(trace, kind_names) {
    cr_assert_str_eq(trace_kind_name(SITE_NEW), "new");
    cr_assert_str_eq(trace_kind_name(SITE_MAKECHAN), "makechan");
    cr_assert_str_eq(trace_kind_name(SITE_CONVIFACE), "conviface");
    cr_assert_str_eq(trace_kind_name(SITE_METHODVAL), "methodval");
    cr_assert_str_eq(trace_kind_name(SITE_MAPLIT), "maplit");
    cr_assert_str_eq(trace_kind_name(SITE_GO), "go");
    cr_assert_str_eq(trace_kind_name(SITE_KIND_COUNT - 1), "go",
                     "a SiteKind was added: name it in trace.c");
    cr_assert_str_eq(trace_kind_name(SITE_KIND_COUNT), "?");
    cr_assert_str_eq(trace_kind_name(-1), "?");
}

Test(trace, null_tracer_flush_is_harmless) {
    trace_flush(NULL);
    trace_free(NULL);
}
