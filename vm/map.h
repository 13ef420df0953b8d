/* map.h — Go maps: the run-time object behind a value of map type.
 *
 * A GoMap is a hash table keyed by xxHash (util_hash) of the key, with Go's
 * equality for every comparable key type: strings by content, floats with
 * +0 == -0 and NaN != NaN (every NaN key is a distinct entry that no lookup
 * finds), interfaces by dynamic type then value (an uncomparable dynamic type
 * panics "runtime error: hash of unhashable type []int"), structs and arrays
 * field by field (blank fields and padding ignored).
 *
 * Memory: every block of a map (the GoMap header, its entry array, its index)
 * comes from the caller's MapEnv.alloc, so a VM routes them to the GC heap.
 * Blocks that can hold pointers are requested with has_pointers=true and
 * must be scanned conservatively (every word); the index block holds none.
 * Every pointer a map holds lives inside those blocks, so a map is kept
 * alive, with its keys and values, by a pointer to its GoMap alone.
 * The MapEnv itself (and the map Type) must outlive the map: the GoMap keeps
 * a pointer to it.  One MapEnv per VM is the intended use.
 *
 * Pointers returned by lookup/assign and by iteration point into the entry
 * array; they stay valid until the next map_assign or map_delete on the same
 * map (growth moves entries).  Copy the value out before either.
 *
 * Nil maps: the functions below take a non-NULL map except map_len,
 * map_lookup, map_delete and map_iter_init, which accept NULL as Go's nil
 * map (len 0, lookup finds nothing, delete does nothing).  Assigning to a
 * nil map is the VM's panic ("assignment to entry in nil map"). */
#ifndef GOSUB_MAP_H
#define GOSUB_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "compiler/types.h"

typedef struct MapEnv {
    /* zeroed memory of `size` bytes; has_pointers=false: never scanned */
    void *(*alloc)(void *ud, size_t size, bool has_pointers);
    /* Go panic with a runtime error whose Error() is msg (e.g. "runtime
     * error: hash of unhashable type []int"); must not return */
    void (*panic)(void *ud, const char *msg);
    void *ud;
} MapEnv;

typedef struct GoMap GoMap;

/* make(map[K]V, hint): `type` is the map type (type->key, type->elem). */
GoMap *map_new(const Type *type, int64_t hint, const MapEnv *env);
/* A map whose header (and, for hint <= MAP_STACK_ENTRIES, first table)
 * live in `block`, map_stack_bytes(type) bytes of a frame (module.h). */
GoMap *map_new_in(const Type *type, int64_t hint, const MapEnv *env, void *block);
int64_t map_len(const GoMap *m);
/* v, ok := m[k]: the value slot, or NULL when absent (the caller reads the
 * zero value then). `key` points at a key laid out as in memory. */
void *map_lookup(GoMap *m, const void *key);
/* m[k] = ...: the value slot for k, inserted zeroed when absent. */
void *map_assign(GoMap *m, const void *key);
/* delete(m, k) */
void map_delete(GoMap *m, const void *key);
/* Can hashing this map's keys panic (an interface inside the key type)? */
bool map_key_may_panic(const GoMap *m);

/* for k, v := range m.  The iterator tolerates map_assign and map_delete
 * during the loop as Go specifies: an entry deleted before it is reached is
 * not produced, an entry inserted during the loop may or may not be, no entry
 * is produced twice unless deleted and re-inserted.  The iterator holds heap
 * pointers: keep it where the collector sees it (a frame's registers or a
 * conservatively scanned block).  Order: insertion order, which Go programs
 * must not rely on (Go randomizes it). */
typedef struct MapIter {
    GoMap *m;
    void *entries;      /* the entry array being walked */
    int64_t i;          /* next entry index */
    int64_t n;          /* entries used in `entries` as last seen */
} MapIter;
void map_iter_init(MapIter *it, GoMap *m);
/* Next entry: *key and *val point at its key and value; false when done. */
bool map_iter_next(MapIter *it, void **key, void **val);

/* The entries sorted by key as fmt prints maps (internal/fmtsort): numbers
 * numerically (NaN first), strings lexically, false before true, pointers
 * and channels by address, structs and arrays element-wise, interfaces by
 * dynamic type (nil first) then value.  Fills keys[i], vals[i] (arrays of
 * map_len(m) pointers, caller-allocated) and returns the count. */
int64_t map_sorted(GoMap *m, void **keys, void **vals);

/* Go's == on two values of comparable type t, assuming every interface
 * inside holds a comparable dynamic type (map keys have been hashed first,
 * which panics otherwise). */
bool map_equal(const Type *t, const void *a, const void *b);
/* fmtsort's ordering of two values of type t: <0, 0, >0. */
int map_compare(const Type *t, const void *a, const void *b);
/* The address of the value held by interface data word `*data` of dynamic
 * type t (the word itself when t is pointer-shaped, else the box). */
const void *map_iface_value(const Type *t, void *const *data);

#endif
