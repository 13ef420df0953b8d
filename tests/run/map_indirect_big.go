// Keys and values larger than 128 bytes live in blocks of their own, as in
// Go's maps: one allocation more per key (and per value) inserted, none for
// an update.  Lookups, updates, deletion, iteration, fmt's sorted printing
// and growth all see them.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type Big [20]int   // 160 bytes
type Small [16]int // 128 bytes: inline

type BigKey struct {
	name string
	pad  [17]int
}

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	debug.SetGCPercent(-1)
	mb := make(map[int]Big, 100)
	ms := make(map[int]Small, 100)
	mk := make(map[BigKey]int, 100)
	before := mallocs()
	for i := 0; i < 50; i++ {
		mb[i] = Big{i, i * 2}
	}
	a := mallocs() - before
	before = mallocs()
	for i := 0; i < 50; i++ {
		ms[i] = Small{i}
	}
	b := mallocs() - before
	before = mallocs()
	for i := 0; i < 50; i++ {
		mk[BigKey{name: "k", pad: [17]int{i}}] = i
	}
	c := mallocs() - before
	before = mallocs()
	for i := 0; i < 50; i++ {
		v := mb[i]
		v[19] = i
		mb[i] = v
	}
	d := mallocs() - before
	fmt.Println("inserts big values:", a, "small values:", b, "big keys:", c, "updates:", d)
	sum := 0
	for k, v := range mb {
		sum += k + v[0] + v[1] + v[19]
	}
	fmt.Println(sum, len(mb), mb[7][1], mb[7][19], mk[BigKey{name: "k", pad: [17]int{9}}])
	for i := 0; i < 50; i += 2 {
		delete(mb, i)
		delete(mk, BigKey{name: "k", pad: [17]int{i}})
	}
	v, ok := mb[4]
	fmt.Println(len(mb), len(mk), v[0], ok, mb[5][1])
	small := map[Big]Big{{1}: {2}, {0, 1}: {3}}
	fmt.Println(small)
	runtime.GC()
	debug.SetGCPercent(100)
	grow := map[int]Big{}
	for i := 0; i < 5000; i++ {
		grow[i] = Big{i}
		if i%3 == 0 {
			delete(grow, i/2)
		}
	}
	t := 0
	for k, v := range grow {
		t += k - v[0]
	}
	fmt.Println(len(grow), t, grow[4999][0])
}
