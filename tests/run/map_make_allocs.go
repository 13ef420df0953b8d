// The allocations of Go 1.19's maps where they do not depend on the hash
// seed: make(map) with no hint or one of at most 8 allocates the header
// (when it escapes) and one bucket at the first assignment, which holds 8
// entries; a larger hint allocates the bucket array at make, and a hint
// above 52 (16 buckets or more) also the mapextra holding the
// preallocated overflow buckets.  A map that does not escape keeps its
// header and first bucket in the frame.
package main

import (
	"fmt"
	"runtime"
)

var sink map[int]int
var ssink map[string]int

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

//go:noinline
func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i
	}
}

//go:noinline
func local(hint, n int) int {
	m := make(map[int]int, hint)
	for i := 0; i < n; i++ {
		m[i] = i
	}
	return len(m)
}

func main() {
	hints := []int{0, 8, 9, 52, 53, 100}
	for _, h := range hints {
		before := mallocs()
		for i := 0; i < 100; i++ {
			sink = make(map[int]int, h)
		}
		fmt.Println("make, hint", h, mallocs()-before)
	}

	for _, n := range []int{1, 8} {
		before := mallocs()
		for i := 0; i < 100; i++ {
			m := make(map[int]int)
			fill(m, n)
			sink = m
		}
		fmt.Println("make and", n, "assignments:", mallocs()-before)
	}

	before := mallocs()
	for i := 0; i < 100; i++ {
		m := make(map[int]int, 20)
		fill(m, 8)
		sink = m
	}
	fmt.Println("hint 20 and 8 assignments:", mallocs()-before)

	before = mallocs()
	for i := 0; i < 100; i++ {
		ssink = map[string]int{"a": 1, "b": 2, "c": 3}
	}
	fmt.Println("literal of 3:", mallocs()-before)

	n := 0
	before = mallocs()
	for i := 0; i < 100; i++ {
		n += local(0, 8)
		n += local(8, 8)
	}
	fmt.Println("local, 8 entries:", mallocs()-before, n)

	before = mallocs()
	for i := 0; i < 100; i++ {
		n += local(20, 0)
	}
	fmt.Println("local, hint 20:", mallocs()-before, n)

	before = mallocs()
	for i := 0; i < 100; i++ {
		n += local(60, 0)
	}
	fmt.Println("local, hint 60:", mallocs()-before, n)

	m := make(map[int]int, 100)
	fill(m, 100)
	sum := 0
	for k, v := range m {
		sum += k + v
	}
	fmt.Println(len(m), sum, len(sink), ssink)
}
