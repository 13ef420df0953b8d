/* map.c — Go maps: open addressing over an insertion-ordered entry array.
 *
 * Layout.  A GoMap header points at two heap blocks:
 *   entries  an array of `cap` fixed-size entries, each
 *            [u64 meta][key][value] with key and value at their alignment;
 *            meta holds the key's hash in bits 0..62 and bit 63 set once
 *            the entry is deleted.  Entries are appended in insertion
 *            order; `used` counts appended entries, deleted ones included.
 *   index    an open-addressing table (linear probing) of `mask+1` int32
 *            slots: 0 empty, -1 deleted, i+1 the entry i.
 * Both live in one heap block (entries first), replaced whole when the
 * map grows.  As Go's bucket array, the first is allocated at the first
 * assignment and holds 8 entries (one bucket), unless make's hint asks
 * for more: then make allocates it (see make_eager).  A map that does not
 * escape (map_new_in) has its header and a first table of
 * MAP_STACK_ENTRIES entries in its frame (vm/module.h); growth moves it
 * to the heap like any other.
 * Invariants: used <= cap == (mask+1)/2, so index slots that are not empty
 * (live or deleted) never exceed 1/2 and probing terminates quickly (linear
 * probing degrades fast above 1/2, and deletions leave their slots
 * marked until the next rebuild); count = live entries.  When the
 * entry array is full the map is rebuilt into fresh blocks (compacted,
 * doubled when more than half live); the old entry array is never written
 * again, so an iterator walking it (see map_iter_next) sees a frozen
 * snapshot and asks the new table whether each key is still present.
 *
 * Hashing: a key type made of plain memory (integers, pointers, bools,
 * arrays and padding-free structs of those) is hashed and compared as bytes;
 * any other type goes field by field.  NaN hashes to a fresh random value so
 * NaN keys never collide on purpose and never compare equal.
 *
 * Cost: lookup O(1) expected; a rebuild is O(n) and happens after O(n)
 * insertions, so assignment is amortized O(1). */
#include "vm/map.h"
#include "vm/module.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/util.h"
#include "vm/native.h"
#include "vm/rt.h"

/* xxHash inlined here too (util_hash is the same function, out of line):
 * string keys hash without a call */
#define XXH_INLINE_ALL
#include <xxhash.h>

#define META_DELETED (1ULL << 63)

enum { MAP_BUCKET_ENTRIES = 8 };   /* Go's bucketCnt */
_Static_assert((int)MAP_STACK_ENTRIES == (int)MAP_BUCKET_ENTRIES, "a stack map holds one bucket");
#define HASH_MASK (~META_DELETED)

struct GoMap {
    const Type *type;
    const MapEnv *env;
    int64_t count;
    uint8_t *entries;
    int32_t *index;
    int64_t used, cap, mask;
    int32_t key_off, val_off;  /* (int32: the header stays 120 bytes) */
    int64_t stride;
    bool mem_key;           /* key hashed and compared as raw bytes */
    bool word_key;          /* ... and exactly 8 bytes: one load, one mix */
    bool str_key;           /* a string: hashed and compared here, inline */
    bool key_panics;        /* an interface inside the key: hashing may panic */
    bool ind_key, ind_val;  /* stored through a pointer (map_indirect) */
    int64_t hint;           /* make's size hint, used by the first table */
    uint64_t seed;
    uint64_t nan_seq;
    void *extra;            /* Go's mapextra, see map_new */
};

/* ---- key classification ---- */

static bool mem_comparable(const Type *t) {
    switch (t->kind) {
    case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32:
    case TY_INT64: case TY_UINT: case TY_UINT8: case TY_UINT16:
    case TY_UINT32: case TY_UINT64: case TY_UINTPTR: case TY_POINTER:
    case TY_CHAN: case TY_UNSAFEPTR:
        return true;
    case TY_ARRAY:
        return mem_comparable(t->elem);
    case TY_STRUCT: {
        int64_t sum = 0;
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if ((f->name && strcmp(f->name, "_") == 0) ||
                !mem_comparable(f->type))
                return false;
            sum += f->type->size;
        }
        return sum == t->size;
    }
    default:
        return false;
    }
}

static bool has_iface(const Type *t) {
    if (t->kind == TY_INTERFACE) return true;
    if (t->kind == TY_ARRAY) return has_iface(t->elem);
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (has_iface(t->fields[i].type)) return true;
    return false;
}

const void *map_iface_value(const Type *t, void *const *data) {
    return type_is_direct_iface(t) ? (const void *)data : *data;
}

static bool is_blank(const Field *f) {
    return f->name && f->name[0] == '_' && f->name[1] == 0;
}

/* ---- hashing ---- */

static uint64_t mix(uint64_t h, uint64_t v) {
    return util_hash(&v, sizeof v, h);
}

static void unhashable(GoMap *m, const Type *t) {
    Buf b = {0};
    buf_puts(&b, "runtime error: hash of unhashable type ");
    rt_type_string(&b, t);
    char msg[512];
    snprintf(msg, sizeof msg, "%s", b.data);
    buf_free(&b);
    m->env->panic(m->env->ud, msg);
    abort();
}

/* A string, alone or inside a key (xxHash inline: no call for the
 * string keys that key_hash hashes directly) */
static inline uint64_t hash_string(const GoString *s, uint64_t h) {
    return XXH3_64bits_withSeed(s->ptr, (size_t)s->len, h ^ 0x5157);
}

static uint64_t hash_value(GoMap *m, const Type *t, const void *p,
                           uint64_t h) {
    switch (t->kind) {
    case TY_FLOAT32: {
        float f = *(const float *)p;
        if (f != f) return mix(h, ++m->nan_seq * 0x9E3779B97F4A7C15ULL);
        if (f == 0) f = 0;                 /* -0 hashes like +0 */
        return util_hash(&f, sizeof f, h);
    }
    case TY_FLOAT64: {
        double f = *(const double *)p;
        if (f != f) return mix(h, ++m->nan_seq * 0x9E3779B97F4A7C15ULL);
        if (f == 0) f = 0;
        return util_hash(&f, sizeof f, h);
    }
    case TY_STRING: return hash_string(p, h);
    case TY_INTERFACE: {
        const GoIface *e = p;
        if (!e->type) return mix(h, 0x1f1f);
        if (!e->type->comparable) unhashable(m, e->type);
        h = mix(h, (uint64_t)(uintptr_t)e->type);
        return hash_value(m, e->type, map_iface_value(e->type, &e->data), h);
    }
    case TY_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            h = hash_value(m, t->elem, (const uint8_t *)p + i * t->elem->size,
                           h);
        return h;
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (!is_blank(f))
                h = hash_value(m, f->type, (const uint8_t *)p + f->offset, h);
        }
        return h;
    default:
        if (!t->comparable) unhashable(m, t);
        return util_hash(p, (size_t)t->size, h);
    }
}

/* An 8-byte key (int, pointer, ...) is hashed by a multiply-xorshift
 * finalizer (MurmurHash3's fmix64, a bijection with full avalanche): a few
 * instructions instead of a call to xxHash; the probe uses its low bits. */
static inline uint64_t mix_word(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

static inline uint64_t key_hash(GoMap *m, const void *key) {
    uint64_t h;
    if (m->word_key) {
        h = mix_word(load_u64(key) ^ m->seed);
    } else if (m->str_key) {
        h = hash_string(key, m->seed);
    } else {
        h = m->mem_key ? util_hash(key, (size_t)m->type->key->size, m->seed)
                       : hash_value(m, m->type->key, key, m->seed);
    }
    return h & HASH_MASK;
}

/* ---- equality ---- */

bool map_equal(const Type *t, const void *a, const void *b) {
    switch (t->kind) {
    case TY_FLOAT32: return *(const float *)a == *(const float *)b;
    case TY_FLOAT64: return *(const double *)a == *(const double *)b;
    case TY_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len &&
               (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, x->len) == 0);
    }
    case TY_INTERFACE: {
        const GoIface *x = a, *y = b;
        if (x->type != y->type) return false;
        if (!x->type) return true;
        return map_equal(x->type, map_iface_value(x->type, &x->data),
                         map_iface_value(y->type, &y->data));
    }
    case TY_ARRAY:
        for (int64_t i = 0; i < t->len; i++)
            if (!map_equal(t->elem, (const uint8_t *)a + i * t->elem->size,
                           (const uint8_t *)b + i * t->elem->size))
                return false;
        return true;
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (!is_blank(f) &&
                !map_equal(f->type, (const uint8_t *)a + f->offset,
                           (const uint8_t *)b + f->offset))
                return false;
        }
        return true;
    case TY_BOOL:
        return (*(const uint8_t *)a != 0) == (*(const uint8_t *)b != 0);
    default:
        return memcmp(a, b, (size_t)t->size) == 0;
    }
}

/* ---- table ---- */

static uint8_t *entry_at(const GoMap *m, uint8_t *entries, int64_t i) {
    return entries + i * m->stride;
}
static uint64_t *meta_of(uint8_t *e) { return (uint64_t *)e; }
/* an entry's key and value, wherever they are stored */
static uint8_t *key_of(const GoMap *m, uint8_t *e) {
    return m->ind_key ? *(uint8_t **)(e + m->key_off) : e + m->key_off;
}
static uint8_t *val_of(const GoMap *m, uint8_t *e) {
    return m->ind_val ? *(uint8_t **)(e + m->val_off) : e + m->val_off;
}

#define align_up map_align_up
_Static_assert(sizeof(struct GoMap) <= MAP_HEADER_BYTES, "map header fits its frame slot");

/* One block holds the entries and, after them, the index: a single
 * allocation, so no fresh block is ever held only by a C local while
 * another allocation may collect.  The caller keeps the old block
 * reachable (from m) until the new one is in place. */
static void use_table(GoMap *m, uint8_t *block, int64_t slots) {
    int64_t cap = slots / 2;
    m->mask = slots - 1;
    m->cap = cap;
    m->used = 0;
    m->entries = block;
    m->index = (int32_t *)(block + cap * m->stride);
}

static void alloc_table(GoMap *m, int64_t slots) {
    int64_t cap = slots / 2;
    bool ptrs = m->type->key->ptrdata > 0 || m->type->elem->ptrdata > 0 ||
                m->type->key->kind == TY_INTERFACE || m->ind_key || m->ind_val;
    size_t size = (size_t)(cap * m->stride) + (size_t)slots * sizeof(int32_t);
    uint8_t *block = m->env->alloc(m->env->ud, size, ptrs);
    use_table(m, block, slots);
}

static int64_t slots_for(int64_t n) {
    int64_t s = 8;
    while (s / 2 < n) s *= 2;
    return s;
}

/* The first table holds what Go's first bucket array holds before it
 * grows: make's hint, and at least the 8 entries of one bucket. */
static int64_t first_slots(const GoMap *m) {
    return slots_for(m->hint > MAP_BUCKET_ENTRIES ? m->hint : MAP_BUCKET_ENTRIES);
}

/* What Go's makemap allocates besides the header, when the hint needs
 * more than one bucket (B > 0): the bucket array, now, and from 16
 * buckets on (a hint above 6.5 * 8) the mapextra that holds its
 * preallocated overflow buckets (three words). */
static void make_eager(GoMap *m) {
    if (m->hint <= MAP_BUCKET_ENTRIES) return;
    alloc_table(m, first_slots(m));
    if (m->hint > 52) m->extra = m->env->alloc(m->env->ud, 24, true);
}

/* Are the n bytes at a and b equal?  Short strings (most map keys) without
 * a call: two possibly overlapping chunks from each side, never a byte
 * outside [p, p+n). */
static inline bool bytes_equal(const uint8_t *a, const uint8_t *b, size_t n) {
    if (n > 16) return memcmp(a, b, n) == 0;
    if (n >= 8) return load_u64(a) == load_u64(b) &&
                       load_u64(a + n - 8) == load_u64(b + n - 8);
    if (n >= 4) {
        uint32_t a0, a1, b0, b1;
        memcpy(&a0, a, 4), memcpy(&a1, a + n - 4, 4);
        memcpy(&b0, b, 4), memcpy(&b1, b + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 2) {
        uint16_t a0, a1, b0, b1;
        memcpy(&a0, a, 2), memcpy(&a1, a + n - 2, 2);
        memcpy(&b0, b, 2), memcpy(&b1, b + n - 2, 2);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    return n == 0 || a[0] == b[0];
}

/* Is the key stored at k equal to key?  The common key shapes first,
 * without a call: a word, a string. */
static inline bool key_equal(const GoMap *m, const uint8_t *k, const void *key) {
    if (m->word_key) return load_u64(k) == load_u64(key);
    if (m->str_key) {
        const GoString *x = (const GoString *)k, *y = key;
        return x->len == y->len &&
               (x->ptr == y->ptr || bytes_equal(x->ptr, y->ptr, (size_t)x->len));
    }
    if (m->mem_key) return memcmp(k, key, (size_t)m->type->key->size) == 0;
    return map_equal(m->type->key, k, key);
}

/* Probe for key: returns entry index or -1; *slot gets the index slot of
 * the key, or the first free (empty or deleted) slot when absent. */
static int64_t find(GoMap *m, const void *key, uint64_t h, int64_t *slot) {
    int64_t free_slot = -1;
    for (int64_t s = (int64_t)(h & (uint64_t)m->mask);; s = (s + 1) & m->mask) {
        int32_t v = m->index[s];
        if (v == 0) {
            if (slot) *slot = free_slot >= 0 ? free_slot : s;
            return -1;
        }
        if (v < 0) {
            if (free_slot < 0) free_slot = s;
            continue;
        }
        uint8_t *e = entry_at(m, m->entries, v - 1);
        if (*meta_of(e) == h && key_equal(m, key_of(m, e), key)) {
            if (slot) *slot = s;
            return v - 1;
        }
    }
}

static void insert_index(GoMap *m, uint64_t h, int64_t ei) {
    int64_t s = (int64_t)(h & (uint64_t)m->mask);
    while (m->index[s] > 0) s = (s + 1) & m->mask;
    m->index[s] = (int32_t)(ei + 1);
}

/* Rebuild into fresh blocks sized for the live entries (the old entry
 * array is left untouched for iterators). */
static void rebuild(GoMap *m) {
    uint8_t *old = m->entries;
    int64_t old_used = m->used;
    int64_t want = m->count * 2 > m->cap ? m->count * 2 : m->count + 1;
    alloc_table(m, slots_for(want));
    for (int64_t i = 0; i < old_used; i++) {
        uint8_t *e = entry_at(m, old, i);
        if (*meta_of(e) & META_DELETED) continue;
        memcpy(entry_at(m, m->entries, m->used), e, (size_t)m->stride);
        insert_index(m, *meta_of(e), m->used);
        m->used++;
    }
}

static void init_header(GoMap *m, const Type *type, int64_t hint, const MapEnv *env) {
    m->type = type;
    m->env = env;
    const Type *k = type->key, *v = type->elem;
    m->ind_key = map_indirect(k);
    m->ind_val = map_indirect(v);
    m->key_off = (int32_t)align_up(8, m->ind_key ? 8 : k->align);
    m->val_off = (int32_t)align_up(m->key_off + (m->ind_key ? 8 : k->size),
                                   m->ind_val ? 8 : v->align);
    m->stride = map_entry_stride(k, v);
    m->mem_key = mem_comparable(k);
    m->word_key = m->mem_key && k->size == 8;
    m->str_key = k->kind == TY_STRING;
    m->key_panics = has_iface(k);
    m->seed = 0x243F6A8885A308D3ULL;
    m->hint = hint > 0 ? hint : 0;
}

GoMap *map_new(const Type *type, int64_t hint, const MapEnv *env) {
    GoMap *m = env->alloc(env->ud, sizeof(GoMap), true);
    init_header(m, type, hint, env);
    /* (env->alloc roots each block until the map operation ends) */
    make_eager(m);
    return m;
}

GoMap *map_new_in(const Type *type, int64_t hint, const MapEnv *env, void *block) {
    GoMap *m = block;
    memset(m, 0, (size_t)map_stack_bytes(type));
    init_header(m, type, hint, env);
    if (m->hint <= MAP_STACK_ENTRIES)
        use_table(m, (uint8_t *)block + MAP_HEADER_BYTES, 2 * MAP_STACK_ENTRIES);
    else
        make_eager(m);
    return m;
}

int64_t map_len(const GoMap *m) { return m ? m->count : 0; }

bool map_key_may_panic(const GoMap *m) { return m && m->key_panics; }

/* Until the first assignment a map has no table: count == 0, used == 0,
 * entries == NULL, and every reader below stops before touching them. */

void *map_lookup(GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        /* Go still hashes an interface key to panic on unhashable types */
        if (m && m->type->key->kind == TY_INTERFACE) key_hash(m, key);
        return NULL;
    }
    int64_t i = find(m, key, key_hash(m, key), NULL);
    return i < 0 ? NULL : val_of(m, entry_at(m, m->entries, i));
}

void *map_assign(GoMap *m, const void *key) {
    uint64_t h = key_hash(m, key);
    if (!m->entries) alloc_table(m, first_slots(m));
    int64_t slot;
    int64_t i = find(m, key, h, &slot);
    if (i >= 0) return val_of(m, entry_at(m, m->entries, i));
    if (m->used == m->cap) {
        rebuild(m);
        find(m, key, h, &slot);
    }
    i = m->used++;
    uint8_t *e = entry_at(m, m->entries, i);
    *meta_of(e) = h;
    const Type *kt = m->type->key, *vt = m->type->elem;
    /* blocks of their own, key first, as Go's mapassign (the collector
     * sees them through the entry, or the allocator's roots) */
    if (m->ind_key)
        *(void **)(e + m->key_off) = m->env->alloc(m->env->ud, (size_t)kt->size, kt->ptrdata > 0);
    if (m->ind_val)
        *(void **)(e + m->val_off) = m->env->alloc(m->env->ud, (size_t)vt->size, vt->ptrdata > 0);
    if (m->word_key) memcpy(e + m->key_off, key, 8);
    else memcpy(key_of(m, e), key, (size_t)kt->size);
    m->index[slot] = (int32_t)(i + 1);
    m->count++;
    return val_of(m, e);
}

void map_delete(GoMap *m, const void *key) {
    if (!m) return;
    uint64_t h = key_hash(m, key);
    if (m->count == 0) return;
    int64_t slot;
    int64_t i = find(m, key, h, &slot);
    if (i < 0) return;
    uint8_t *e = entry_at(m, m->entries, i);
    *meta_of(e) |= META_DELETED;
    /* clear key and value so the collector lets them go */
    memset(e + m->key_off, 0, (size_t)(m->stride - m->key_off));
    m->index[slot] = -1;
    m->count--;
}

/* ---- iteration ---- */

void map_iter_init(MapIter *it, GoMap *m) {
    it->m = m;
    it->entries = m ? m->entries : NULL;
    it->i = 0;
    it->n = m ? m->used : 0;
}

bool map_iter_next(MapIter *it, void **key, void **val) {
    GoMap *m = it->m;
    if (!m) return false;
    bool stale = it->entries != (void *)m->entries;
    if (!stale) it->n = m->used;
    while (it->i < it->n) {
        uint8_t *e = entry_at(m, it->entries, it->i++);
        if (*meta_of(e) & META_DELETED) continue;
        void *k = key_of(m, e);
        if (!stale) {
            *key = k;
            *val = val_of(m, e);
            return true;
        }
        /* frozen snapshot: produce the key only if still in the map */
        if (!map_equal(m->type->key, k, k)) {    /* NaN: never findable */
            *key = k;
            *val = val_of(m, e);
            return true;
        }
        int64_t j = find(m, k, key_hash(m, k), NULL);
        if (j < 0) continue;
        uint8_t *ne = entry_at(m, m->entries, j);
        *key = key_of(m, ne);
        *val = val_of(m, ne);
        return true;
    }
    return false;
}

/* ---- fmtsort ordering ---- */

static int cmp_num(double a, double b) {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == b) return 0;
    if (a != a && b != b) return 0;   /* NaN first */
    return a != a ? -1 : 1;
}

static int cmp_u(uint64_t a, uint64_t b) { return a < b ? -1 : a > b; }
static int cmp_i(int64_t a, int64_t b) { return a < b ? -1 : a > b; }

static int64_t load_int(const Type *t, const void *p) {
    switch (t->size) {
    case 1: return *(const int8_t *)p;
    case 2: return *(const int16_t *)p;
    case 4: return *(const int32_t *)p;
    default: return *(const int64_t *)p;
    }
}
static uint64_t load_uint(const Type *t, const void *p) {
    switch (t->size) {
    case 1: return *(const uint8_t *)p;
    case 2: return *(const uint16_t *)p;
    case 4: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

static int compare_types(const Type *a, const Type *b);

int map_compare(const Type *t, const void *a, const void *b) {
    switch (t->kind) {
    case TY_BOOL: {
        bool x = *(const uint8_t *)a, y = *(const uint8_t *)b;
        return x == y ? 0 : x ? 1 : -1;
    }
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
        return cmp_i(load_int(t, a), load_int(t, b));
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32:
    case TY_UINT64: case TY_UINTPTR: case TY_POINTER: case TY_CHAN:
    case TY_UNSAFEPTR:
        return cmp_u(load_uint(t, a), load_uint(t, b));
    case TY_FLOAT32:
        return cmp_num(*(const float *)a, *(const float *)b);
    case TY_FLOAT64:
        return cmp_num(*(const double *)a, *(const double *)b);
    case TY_STRING: {
        const GoString *x = a, *y = b;
        int64_t n = x->len < y->len ? x->len : y->len;
        int c = n ? memcmp(x->ptr, y->ptr, (size_t)n) : 0;
        return c ? (c < 0 ? -1 : 1) : cmp_i(x->len, y->len);
    }
    case TY_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int c = map_compare(t->elem, (const uint8_t *)a + i * t->elem->size,
                                (const uint8_t *)b + i * t->elem->size);
            if (c) return c;
        }
        return 0;
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            int c = map_compare(f->type, (const uint8_t *)a + f->offset,
                                (const uint8_t *)b + f->offset);
            if (c) return c;
        }
        return 0;
    case TY_INTERFACE: {
        const GoIface *x = a, *y = b;
        if (!x->type || !y->type)
            return x->type ? 1 : y->type ? -1 : 0;
        if (x->type != y->type) return compare_types(x->type, y->type);
        return map_compare(x->type, map_iface_value(x->type, &x->data),
                           map_iface_value(y->type, &y->data));
    }
    default:
        return 0;
    }
}

/* Go orders interface keys of different dynamic types by the address of
 * their type descriptors, which its linker lays out by size, then by name.
 * We estimate the descriptor's size the same way (runtime/type.go layout)
 * and break ties by the type's name, which reproduces Go's order for the
 * common cases (all basic types: alphabetical). */
static int64_t descriptor_size(const Type *t) {
    int64_t n = 48;
    if (t->name) {
        int k = 0;
        for (int i = 0; i < t->nmethods; i++)
            if (!t->methods[i].ptr_recv) k++;
        n += 16 + 16 * k;
    }
    switch (t->kind) {
    case TY_POINTER: case TY_SLICE: return n + 8;
    case TY_ARRAY: return n + 24;
    case TY_CHAN: return n + 16;
    case TY_FUNC: return n + 8 + 8 * (t->nparams + t->nresults);
    case TY_INTERFACE: return n + 32 + 8 * t->nfields;
    case TY_MAP: return n + 40;
    case TY_STRUCT: return n + 32 + 24 * t->nfields;
    default: return n;
    }
}

static int compare_types(const Type *a, const Type *b) {
    int64_t sa = descriptor_size(a), sb = descriptor_size(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    Buf x = {0}, y = {0};
    rt_type_string(&x, a);
    rt_type_string(&y, b);
    buf_putc(&x, 0);
    buf_putc(&y, 0);
    int c = strcmp(x.data, y.data);
    buf_free(&x);
    buf_free(&y);
    if (c) return c < 0 ? -1 : 1;
    return cmp_u((uintptr_t)a, (uintptr_t)b);
}

/* orders entries by key */
static int sort_cmp(const void *x, const void *y, void *ctx) {
    const GoMap *m = ctx;
    return map_compare(m->type->key, key_of(m, *(uint8_t *const *)x),
                       key_of(m, *(uint8_t *const *)y));
}

int64_t map_sorted(GoMap *m, void **keys, void **vals) {
    int64_t n = 0;
    if (!m) return 0;
    for (int64_t i = 0; i < m->used; i++) {
        uint8_t *e = entry_at(m, m->entries, i);
        if (*meta_of(e) & META_DELETED) continue;
        keys[n++] = e;
    }
    qsort_r(keys, (size_t)n, sizeof(void *), sort_cmp, m);
    for (int64_t i = 0; i < n; i++) {
        vals[i] = val_of(m, keys[i]);
        keys[i] = key_of(m, keys[i]);
    }
    return n;
}
