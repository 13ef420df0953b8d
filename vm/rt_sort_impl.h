/* rt_sort_impl.h — private to vm/rt_sort.c, included once per element type
 * with SORT_T (the element type), SORT_LESS(x, y) and SORT_NAME(name)
 * defined.
 *
 * Go 1.19's pdqsort (sort/zsortinterface.go; stdlib/sort/pdqsort.go is the
 * same algorithm in Go) translated line for line: the same comparisons and
 * swaps in the same order, so a slice ends in exactly the order Go's
 * sort.Sort leaves it — also where equal elements are distinguishable
 * (-0 and +0, NaNs).  `d` is the slice data; indexes are Go's. */

#define LESS(i, j) SORT_LESS(d[i], d[j])
#define SWAP(i, j) do { SORT_T t_ = d[i]; d[i] = d[j]; d[j] = t_; } while (0)

static void SORT_NAME(insertion)(SORT_T *d, int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && LESS(j, j - 1); j--) SWAP(j, j - 1);
}

static void SORT_NAME(sift_down)(SORT_T *d, int64_t lo, int64_t hi,
                                 int64_t first) {
    int64_t root = lo;
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi) return;
        if (child + 1 < hi && LESS(first + child, first + child + 1)) child++;
        if (!LESS(first + root, first + child)) return;
        SWAP(first + root, first + child);
        root = child;
    }
}

static void SORT_NAME(heap)(SORT_T *d, int64_t a, int64_t b) {
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--) SORT_NAME(sift_down)(d, i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
        SWAP(first, first + i);
        SORT_NAME(sift_down)(d, lo, i, first);
    }
}

static int64_t SORT_NAME(partition)(SORT_T *d, int64_t a, int64_t b,
                                    int64_t pivot, bool *already) {
    SWAP(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && LESS(i, a)) i++;
    while (i <= j && !LESS(j, a)) j--;
    if (i > j) {
        SWAP(j, a);
        *already = true;
        return j;
    }
    SWAP(i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && LESS(i, a)) i++;
        while (i <= j && !LESS(j, a)) j--;
        if (i > j) break;
        SWAP(i, j);
        i++;
        j--;
    }
    SWAP(j, a);
    *already = false;
    return j;
}

static int64_t SORT_NAME(partition_equal)(SORT_T *d, int64_t a, int64_t b,
                                          int64_t pivot) {
    SWAP(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !LESS(a, i)) i++;
        while (i <= j && LESS(a, j)) j--;
        if (i > j) break;
        SWAP(i, j);
        i++;
        j--;
    }
    return i;
}

static bool SORT_NAME(partial_insertion)(SORT_T *d, int64_t a, int64_t b) {
    enum { MAX_STEPS = 5, SHORTEST_SHIFTING = 50 };
    int64_t i = a + 1;
    for (int j = 0; j < MAX_STEPS; j++) {
        while (i < b && !LESS(i, i - 1)) i++;
        if (i == b) return true;
        if (b - a < SHORTEST_SHIFTING) return false;
        SWAP(i, i - 1);
        if (i - a >= 2) {
            for (int64_t k = i - 1; k >= 1; k--) {
                if (!LESS(k, k - 1)) break;
                SWAP(k, k - 1);
            }
        }
        if (b - i >= 2) {
            for (int64_t k = i + 1; k < b; k++) {
                if (!LESS(k, k - 1)) break;
                SWAP(k, k - 1);
            }
        }
    }
    return false;
}

static void SORT_NAME(break_patterns)(SORT_T *d, int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length < 8) return;
    uint64_t random = (uint64_t)length;
    uint64_t modulus = next_power_of_two(length);
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        int64_t other = (int64_t)(random & (modulus - 1));
        if (other >= length) other -= length;
        SWAP(idx, a + other);
    }
}

/* order2 + median: b's index after ordering a, b, c */
static int64_t SORT_NAME(median)(SORT_T *d, int64_t a, int64_t b, int64_t c,
                                 int *swaps) {
    int64_t t;
    if (LESS(b, a)) (*swaps)++, t = a, a = b, b = t;
    if (LESS(c, b)) (*swaps)++, t = b, b = c, c = t;
    if (LESS(b, a)) (*swaps)++, t = a, a = b, b = t;
    return b;
}

static int64_t SORT_NAME(choose_pivot)(SORT_T *d, int64_t a, int64_t b,
                                       int *hint) {
    enum { SHORTEST_NINTHER = 50, MAX_SWAPS = 4 * 3 };
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= SHORTEST_NINTHER) {
            i = SORT_NAME(median)(d, i - 1, i, i + 1, &swaps);
            j = SORT_NAME(median)(d, j - 1, j, j + 1, &swaps);
            k = SORT_NAME(median)(d, k - 1, k, k + 1, &swaps);
        }
        j = SORT_NAME(median)(d, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? HINT_INCREASING : swaps == MAX_SWAPS ? HINT_DECREASING : HINT_UNKNOWN;
    return j;
}

static void SORT_NAME(reverse_range)(SORT_T *d, int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--) SWAP(i, j);
}

static void SORT_NAME(pdqsort)(SORT_T *d, int64_t a, int64_t b, int limit) {
    enum { MAX_INSERTION = 12 };
    bool was_balanced = true, was_partitioned = true;
    for (;;) {
        int64_t length = b - a;
        if (length <= MAX_INSERTION) {
            SORT_NAME(insertion)(d, a, b);
            return;
        }
        if (limit == 0) {
            SORT_NAME(heap)(d, a, b);
            return;
        }
        if (!was_balanced) {
            SORT_NAME(break_patterns)(d, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = SORT_NAME(choose_pivot)(d, a, b, &hint);
        if (hint == HINT_DECREASING) {
            SORT_NAME(reverse_range)(d, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = HINT_INCREASING;
        }
        if (was_balanced && was_partitioned && hint == HINT_INCREASING &&
            SORT_NAME(partial_insertion)(d, a, b))
            return;
        if (a > 0 && !LESS(a - 1, pivot)) {
            a = SORT_NAME(partition_equal)(d, a, b, pivot);
            continue;
        }
        bool already;
        int64_t mid = SORT_NAME(partition)(d, a, b, pivot, &already);
        was_partitioned = already;
        int64_t left = mid - a, right = b - mid, balance = length / 8;
        if (left < right) {
            was_balanced = left >= balance;
            SORT_NAME(pdqsort)(d, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right >= balance;
            SORT_NAME(pdqsort)(d, mid + 1, b, limit);
            b = mid;
        }
    }
}

#undef LESS
#undef SWAP
