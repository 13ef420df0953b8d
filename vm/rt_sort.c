/* rt_sort.c — sort's natives for the three slice types of the package:
 * IntSlice, Float64Slice and StringSlice sorted by Go 1.19's pdqsort in C.
 *
 * sort.Sort recognises these exact types (sort.Ints, sort.Float64s,
 * sort.Strings and sort.Sort(sort.IntSlice(x)) all come here) and calls
 * the native instead of running pdqsort through interface calls.  Nothing
 * observable changes: rt_sort_impl.h performs Go's comparisons and swaps
 * in Go's order, so even equal elements that can be told apart (-0 and +0,
 * NaNs) end where Go puts them; the boxing of IntSlice(x) in sort.Ints
 * still happens in Go source, so traces show Go's allocation.
 *
 * Cost: no interpreter dispatch per comparison; about n log n comparisons
 * inlined as C compares. */
#include <math.h>
#include <string.h>

#include "vm/rt.h"

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

static int bits_len(uint64_t x) {
    int n = 0;
    while (x) x >>= 1, n++;
    return n;
}

static uint64_t next_power_of_two(int64_t length) {
    return (uint64_t)1 << bits_len((uint64_t)length);
}

static int str_less(GoString x, GoString y) {
    int64_t n = x.len < y.len ? x.len : y.len;
    int r = n ? memcmp(x.ptr, y.ptr, (size_t)n) : 0;
    return r ? r < 0 : x.len < y.len;
}

#define SORT_T int64_t
#define SORT_LESS(x, y) ((x) < (y))
#define SORT_NAME(name) ints_##name
#include "vm/rt_sort_impl.h"
#undef SORT_T
#undef SORT_LESS
#undef SORT_NAME

/* Float64Slice.Less: x < y || (isNaN(x) && !isNaN(y)) */
#define SORT_T double
#define SORT_LESS(x, y) ((x) < (y) || (isnan(x) && !isnan(y)))
#define SORT_NAME(name) floats_##name
#include "vm/rt_sort_impl.h"
#undef SORT_T
#undef SORT_LESS
#undef SORT_NAME

#define SORT_T GoString
#define SORT_LESS(x, y) str_less(x, y)
#define SORT_NAME(name) strings_##name
#include "vm/rt_sort_impl.h"
#undef SORT_T
#undef SORT_LESS
#undef SORT_NAME

/* func sortInts(x []int) */
void nat_sort_sortInts(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice s = *(GoSlice *)a;
    if (s.len > 1) ints_pdqsort(s.ptr, 0, s.len, bits_len((uint64_t)s.len));
}

/* func sortFloat64s(x []float64) */
void nat_sort_sortFloat64s(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice s = *(GoSlice *)a;
    if (s.len > 1) floats_pdqsort(s.ptr, 0, s.len, bits_len((uint64_t)s.len));
}

/* func sortStrings(x []string) */
void nat_sort_sortStrings(NativeCtx *c, uint64_t *r, uint64_t *a) {
    GoSlice s = *(GoSlice *)a;
    if (s.len > 1) strings_pdqsort(s.ptr, 0, s.len, bits_len((uint64_t)s.len));
}
