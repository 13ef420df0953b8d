/* util.h — the small mechanisms every folder shares: ASSERT, arenas, growable
 * byte buffers and vectors, file reading, xxHash-based string hashing.
 *
 * Invariants: an Arena hands out 16-byte aligned memory that lives until
 * arena_free(); nothing allocated from an arena is freed individually.
 * Buf and VEC own malloc'd memory and are freed with buf_free / VEC_FREE.
 * These are the only general-purpose helpers: before writing another, extend
 * this file. */
#ifndef GOSUB_UTIL_H
#define GOSUB_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ASSERT(cond, "why"): active unless NDEBUG; prints the reason and aborts. */
#ifndef NDEBUG
#define ASSERT(cond, why)                                                     \
    do {                                                                      \
        if (!(cond)) util_assert_fail(__FILE__, __LINE__, #cond, why);        \
    } while (0)
#else
#define ASSERT(cond, why) ((void)0)
#endif
_Noreturn void util_assert_fail(const char *file, int line, const char *cond,
                                const char *why);

/* Out of memory in the host process (not the Go heap): print and exit 2. */
_Noreturn void util_oom(void);
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* ---- Arena: bump allocation in chunks, freed all at once ---- */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *head;
    size_t used_total;
} Arena;

void arena_init(Arena *a);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n);            /* zeroed */
char *arena_strdup(Arena *a, const char *s);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ---- Buf: growable byte buffer (always NUL-terminated when len>0) ---- */
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

void buf_reserve(Buf *b, size_t extra);
void buf_put(Buf *b, const void *p, size_t n);
void buf_putc(Buf *b, char c);
void buf_puts(Buf *b, const char *s);
void buf_printf(Buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
void buf_free(Buf *b);
static inline void buf_clear(Buf *b) {
    b->len = 0;
    if (b->data) b->data[0] = 0;
}

/* ---- VEC: typed growable array.  VEC(int) v = {0}; VEC_PUSH(v, 3); ---- */
#define VEC(T)                                                                \
    struct {                                                                  \
        T *items;                                                             \
        int len, cap;                                                         \
    }
#define VEC_PUSH(v, x)                                                        \
    do {                                                                      \
        if ((v).len == (v).cap) {                                             \
            (v).cap = (v).cap ? (v).cap * 2 : 8;                              \
            (v).items = xrealloc((v).items, sizeof(*(v).items) * (v).cap);    \
        }                                                                     \
        (v).items[(v).len++] = (x);                                           \
    } while (0)
#define VEC_FREE(v)                                                           \
    do {                                                                      \
        free((v).items);                                                      \
        (v).items = NULL;                                                     \
        (v).len = (v).cap = 0;                                                \
    } while (0)

/* Read a whole file, but no more than max + 1 bytes (*len > max: it is
 * too large); returns NULL (errno set) on failure. *len gets the size.
 * The result is malloc'd and NUL-terminated. */
char *util_read_file(const char *path, size_t *len, size_t max);

/* xxHash (XXH3, 64-bit) of bytes: the one hash used for maps, interning,
 * site identity. */
uint64_t util_hash(const void *p, size_t n, uint64_t seed);

#endif
