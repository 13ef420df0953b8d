// Package sort: sorting slices and user-defined collections (gosub's
// standard library, Go 1.19 API).  The algorithms are Go 1.19's, step for
// step (pattern-defeating quicksort for Sort and Slice, insertion-sorted
// blocks merged by SymMerge for Stable), because the order in which equal
// elements end up is observable.
package sort

// An implementation of Interface can be sorted by the routines in this
// package.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// bitsLen is the minimum number of bits needed to represent x.
func bitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// Sort sorts data in ascending order as determined by the Less method.
// The sort is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	// the package's own slice types: the same pdqsort, in C (vm/rt_sort.c)
	switch x := data.(type) {
	case IntSlice:
		sortInts(x)
		return
	case Float64Slice:
		sortFloat64s(x)
		return
	case StringSlice:
		sortStrings(x)
		return
	}
	limit := bitsLen(uint(n))
	pdqsort(data, 0, n, limit)
}

// sortInts, sortFloat64s and sortStrings run pdqsort exactly as Sort
// does, as natives.
//
//go:noescape
func sortInts(x []int)

//go:noescape
func sortFloat64s(x []float64)

//go:noescape
func sortStrings(x []string)

// Stable sorts data in ascending order, keeping the original order of
// equal elements.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of
	// another Interface implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// lessSwap adapts a less function and a swapper to Interface, so Slice
// runs the very algorithm Sort runs.
type lessSwap struct {
	x    any
	n    int
	less func(i, j int) bool
}

func (d *lessSwap) Len() int           { return d.n }
func (d *lessSwap) Less(i, j int) bool { return d.less(i, j) }
func (d *lessSwap) Swap(i, j int)      { sliceSwap(d.x, i, j) }

// sliceLen is len(x) for any slice x (panics like reflect otherwise).
//
//go:noescape
func sliceLen(x any) int

// sliceSwap swaps elements i and j of the slice x.
//
//go:noescape
func sliceSwap(x any, i, j int)

// Slice sorts the slice x given the provided less function; it panics if
// x is not a slice.  The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	limit := bitsLen(uint(n))
	pdqsort(&lessSwap{x, n, less}, 0, n, limit)
}

// SliceStable sorts the slice x using the provided less function,
// keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) {
	n := sliceLen(x)
	stable(&lessSwap{x, n, less}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// IntSlice attaches the methods of Interface to []int, sorting in
// increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (x IntSlice) Search(v int) int { return SearchInts(x, v) }

// Float64Slice implements Interface for a []float64, sorting in
// increasing order, with not-a-number (NaN) values ordered before other
// values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j]))
}
func (x Float64Slice) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver.
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool {
	return f != f
}

// StringSlice attaches the methods of Interface to []string, sorting in
// increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver.
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) { Sort(IntSlice(x)) }

// Float64s sorts a slice of float64s in increasing order (NaNs first).
func Float64s(x []float64) { Sort(Float64Slice(x)) }

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) { Sort(StringSlice(x)) }

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool { return IsSorted(IntSlice(x)) }

// Float64sAreSorted reports whether the slice x is sorted in increasing
// order, with NaN values before any other values.
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

// StringsAreSorted reports whether the slice x is sorted in increasing
// order.
func StringsAreSorted(x []string) bool { return IsSorted(StringSlice(x)) }

// Search uses binary search to find and return the smallest index i in
// [0, n) at which f(i) is true, assuming f(i) == true implies
// f(i+1) == true; n if there is no such index.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Find uses binary search to find and return the smallest index i in
// [0, n) at which cmp(i) <= 0, and whether cmp(i) == 0 there.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if cmp(h) > 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(i) == 0
}

// SearchInts searches for x in a sorted slice of ints and returns the
// index where it is or would be inserted.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}
