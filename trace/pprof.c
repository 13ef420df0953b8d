/* pprof.c — allocation samples as a profile.proto message, encoded by hand.
 *
 * The profile (github.com/google/pprof/proto/profile.proto) has two sample
 * types, alloc_objects/count and alloc_space/bytes (the default), one
 * sample per distinct (site, region, call stack) carrying the number of
 * objects and bytes allocated there, one location per distinct (function,
 * file, line) frame, one function per distinct (name, file), and a string
 * table whose entry 0 is "".  Samples carry labels region, kind and type,
 * so `go tool pprof -tagfocus=region=stack` works when stack allocations
 * are included.  The bytes are written uncompressed: pprof accepts a raw
 * profile as well as a gzipped one, and zlib is not a dependency.
 *
 * Encoding: varint for integers, length-delimited (wire type 2) for
 * strings, sub-messages and packed repeated integers.  A sub-message is
 * encoded into a scratch Buf first so that its length can be written
 * before it (message nesting is at most three deep).
 *
 * Invariants: ids are 1-based indexes into the VECs (0 means "none" in
 * profile.proto); every id a sample, location or function refers to
 * exists; interning makes each string, function and location unique. */
#include <string.h>

#include "trace/internal.h"

typedef struct PFunc { int name, file; } PFunc;       /* string ids */
typedef struct PLoc { int func, line; } PLoc;
typedef struct PSample {
    const TraceSite *site;
    int region;
    int loc, nloc;            /* location ids at Pprof.locids[loc...] */
    uint64_t count, bytes;
} PSample;

struct Pprof {
    KeyMap str_map, func_map, loc_map, sample_map;
    VEC(char *) strs;
    VEC(PFunc) funcs;
    VEC(PLoc) locs;
    VEC(PSample) samples;
    VEC(int) locids;
    VEC(int) key;             /* scratch: the sample key being built */
    int program;              /* string id of the mapping's file name */
};

static int intern(Pprof *p, const char *s) {
    if (!s) s = "";
    size_t n = strlen(s);
    uint64_t h = util_hash(s, n, 1);
    int id = keymap_get(&p->str_map, s, n, h);
    if (id >= 0) return id;
    VEC_PUSH(p->strs, xstrdup(s));
    keymap_put(&p->str_map, s, n, h, p->strs.len - 1);
    return p->strs.len - 1;
}

Pprof *pprof_new(const char *program) {
    Pprof *p = xcalloc(1, sizeof *p);
    intern(p, "");                        /* string 0 is always "" */
    p->program = intern(p, program ? program : "gosub");
    return p;
}

void pprof_free(Pprof *p) {
    for (int i = 0; i < p->strs.len; i++) free(p->strs.items[i]);
    VEC_FREE(p->strs);
    VEC_FREE(p->funcs);
    VEC_FREE(p->locs);
    VEC_FREE(p->samples);
    VEC_FREE(p->locids);
    VEC_FREE(p->key);
    keymap_free(&p->str_map);
    keymap_free(&p->func_map);
    keymap_free(&p->loc_map);
    keymap_free(&p->sample_map);
    free(p);
}

/* The index of the pair (a, b) in m; *fresh if it was just added. */
static int pair_id(KeyMap *m, int a, int b, bool *fresh) {
    int key[2] = {a, b};
    uint64_t h = util_hash(key, sizeof key, 2);
    int id = keymap_get(m, key, sizeof key, h);
    *fresh = id < 0;
    if (id < 0) keymap_put(m, key, sizeof key, h, id = m->len);
    return id;
}

static int func_id(Pprof *p, const char *name, const char *file) {
    bool fresh;
    PFunc f = {intern(p, name), intern(p, file)};
    int id = pair_id(&p->func_map, f.name, f.file, &fresh);
    if (fresh) VEC_PUSH(p->funcs, f);
    return id + 1;
}

static int loc_id(Pprof *p, const TraceFrame *fr) {
    bool fresh;
    PLoc l = {func_id(p, fr->func, fr->file), fr->line};
    int id = pair_id(&p->loc_map, l.func, l.line, &fresh);
    if (fresh) VEC_PUSH(p->locs, l);
    return id + 1;
}

static PSample *sample_for(Pprof *p, const TraceSite *s, int region) {
    size_t n = sizeof(int) * (size_t)p->key.len;
    uint64_t h = util_hash(p->key.items, n, 3);
    int i = keymap_get(&p->sample_map, p->key.items, n, h);
    if (i >= 0) return &p->samples.items[i];
    PSample smp = {s, region, p->locids.len, p->key.len - 2, 0, 0};
    for (int k = 2; k < p->key.len; k++) VEC_PUSH(p->locids, p->key.items[k]);
    VEC_PUSH(p->samples, smp);
    keymap_put(&p->sample_map, p->key.items, n, h, p->samples.len - 1);
    return &p->samples.items[p->samples.len - 1];
}

void pprof_add(Pprof *p, int site, const TraceSite *s, int region,
               int64_t size, const TraceFrame *stack, int nstack) {
    p->key.len = 0;
    VEC_PUSH(p->key, region);
    VEC_PUSH(p->key, site);
    for (int i = 0; i < nstack; i++) VEC_PUSH(p->key, loc_id(p, &stack[i]));
    PSample *smp = sample_for(p, s, region);
    smp->count++;
    smp->bytes += (uint64_t)size;
}

/* ---- protobuf encoding ---- */

static void pb_varint(Buf *b, uint64_t v) {
    char tmp[10];
    int n = 0;
    do {
        tmp[n++] = (char)((v & 0x7F) | (v > 0x7F ? 0x80 : 0));
        v >>= 7;
    } while (v);
    buf_put(b, tmp, (size_t)n);
}

static void pb_int(Buf *b, int field, uint64_t v) {
    pb_varint(b, (uint64_t)field << 3);
    pb_varint(b, v);
}

static void pb_bytes(Buf *b, int field, const void *p, size_t n) {
    pb_varint(b, (uint64_t)field << 3 | 2);
    pb_varint(b, n);
    buf_put(b, p, n);
}

/* Appends the message in m as field `field` of b, and empties m. */
static void pb_msg(Buf *b, int field, Buf *m) {
    pb_bytes(b, field, m->data, m->len);
    buf_clear(m);
}

static void value_type(Buf *b, Buf *m, int field, int type, int unit) {
    pb_int(m, 1, (uint64_t)type);
    pb_int(m, 2, (uint64_t)unit);
    pb_msg(b, field, m);
}

static void label(Buf *smp, Buf *m, int key, int str) {
    pb_int(m, 1, (uint64_t)key);
    pb_int(m, 2, (uint64_t)str);
    pb_msg(smp, 3, m);
}

static void encode_sample(Pprof *p, Buf *b, PSample *s, Buf *m, Buf *m2) {
    for (int i = 0; i < s->nloc; i++)
        pb_varint(m2, (uint64_t)p->locids.items[s->loc + i]);
    pb_msg(m, 1, m2);                              /* packed location_id */
    pb_varint(m2, s->count);
    pb_varint(m2, s->bytes);
    pb_msg(m, 2, m2);                              /* packed value */
    label(m, m2, intern(p, "region"), intern(p, region_name(s->region)));
    if (s->site && s->site->kind)
        label(m, m2, intern(p, "kind"), intern(p, s->site->kind));
    if (s->site && s->site->type_name)
        label(m, m2, intern(p, "type"), intern(p, s->site->type_name));
    pb_msg(b, 2, m);
}

/* One mapping that says "already symbolized": pprof then never looks for
 * a binary (and does not complain that it has none). */
static void encode_mapping(Pprof *p, Buf *b, Buf *m) {
    pb_int(m, 1, 1);                               /* id */
    pb_int(m, 5, (uint64_t)p->program);            /* filename */
    for (int f = 7; f <= 9; f++) pb_int(m, f, 1);  /* has_functions,
                                                      filenames, lines */
    pb_msg(b, 3, m);
}

static void encode_location(Buf *b, int id, PLoc *l, Buf *m, Buf *m2) {
    pb_int(m, 1, (uint64_t)id);
    pb_int(m, 2, 1);                               /* mapping_id */
    pb_int(m2, 1, (uint64_t)l->func);
    pb_int(m2, 2, (uint64_t)l->line);
    pb_msg(m, 4, m2);                              /* Line */
    pb_msg(b, 4, m);
}

static void encode_function(Buf *b, int id, PFunc *f, Buf *m) {
    pb_int(m, 1, (uint64_t)id);
    pb_int(m, 2, (uint64_t)f->name);
    pb_int(m, 3, (uint64_t)f->name);               /* system_name */
    pb_int(m, 4, (uint64_t)f->file);
    pb_msg(b, 5, m);
}

/* Field order follows profile.proto's numbering; the string table comes
 * last among the repeated fields so that labels can still intern. */
void pprof_encode(Pprof *p, Buf *b) {
    Buf m = {0}, m2 = {0};
    int objects = intern(p, "alloc_objects"), count = intern(p, "count");
    int space = intern(p, "alloc_space"), bytes = intern(p, "bytes");
    value_type(b, &m, 1, objects, count);
    value_type(b, &m, 1, space, bytes);
    for (int i = 0; i < p->samples.len; i++)
        encode_sample(p, b, &p->samples.items[i], &m, &m2);
    encode_mapping(p, b, &m);
    for (int i = 0; i < p->locs.len; i++)
        encode_location(b, i + 1, &p->locs.items[i], &m, &m2);
    for (int i = 0; i < p->funcs.len; i++)
        encode_function(b, i + 1, &p->funcs.items[i], &m);
    intern(p, "space");
    for (int i = 0; i < p->strs.len; i++)
        pb_bytes(b, 6, p->strs.items[i], strlen(p->strs.items[i]));
    value_type(b, &m, 11, intern(p, "space"), bytes);   /* period_type */
    pb_int(b, 12, 1);                                    /* period */
    pb_int(b, 14, (uint64_t)space);                      /* default type */
    buf_free(&m);
    buf_free(&m2);
}
