/* keymap.c — an open-addressing hash map from byte strings to ints.
 *
 * The tracer's one lookup structure: per-site aggregation, and for pprof
 * the string table, functions, locations and samples.  The caller hashes
 * (with util_hash, xxHash XXH3) so a key hashed once can be looked up and
 * inserted without hashing twice.
 *
 * Invariants: cap is a power of two and len <= cap / 2, so linear probing
 * always reaches an empty slot; keys are copied into one Buf and never move
 * relative to its start (slots store offsets, not pointers). */
#include <string.h>

#include "trace/internal.h"

void keymap_init(KeyMap *m) {
    memset(m, 0, sizeof *m);
}

void keymap_free(KeyMap *m) {
    free(m->slots);
    buf_free(&m->keys);
    memset(m, 0, sizeof *m);
}

static bool same_key(KeyMap *m, KeySlot *s, const void *key, size_t n,
                     uint64_t hash) {
    return s->hash == hash && s->len == n &&
           memcmp(m->keys.data + s->off, key, n) == 0;
}

int keymap_get(KeyMap *m, const void *key, size_t n, uint64_t hash) {
    if (m->cap == 0) return -1;
    for (uint64_t i = hash & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        KeySlot *s = &m->slots[i];
        if (s->value < 0) return -1;
        if (same_key(m, s, key, n, hash)) return s->value;
    }
}

static void place(KeyMap *m, KeySlot slot) {
    uint64_t i = slot.hash & (m->cap - 1);
    while (m->slots[i].value >= 0) i = (i + 1) & (m->cap - 1);
    m->slots[i] = slot;
}

static void grow(KeyMap *m) {
    KeySlot *old = m->slots;
    int oldcap = m->cap;
    m->cap = m->cap ? m->cap * 2 : 64;
    m->slots = xmalloc(sizeof(KeySlot) * m->cap);
    for (int i = 0; i < m->cap; i++) m->slots[i].value = -1;
    for (int i = 0; i < oldcap; i++)
        if (old[i].value >= 0) place(m, old[i]);
    free(old);
}

/* Precondition: key is not in the map (callers get first). */
void keymap_put(KeyMap *m, const void *key, size_t n, uint64_t hash,
                int value) {
    if ((m->len + 1) * 2 > m->cap) grow(m);
    KeySlot s = {hash, (uint32_t)m->keys.len, (uint32_t)n, value};
    buf_put(&m->keys, key, n);
    place(m, s);
    m->len++;
}
