// memstats: runtime.ReadMemStats agrees with the tracer (tools/test-trace):
// Mallocs = heap objects traced, TotalAlloc = heap bytes rounded to size
// classes (the summary's heap_rounded).  Nothing allocates after the read:
// println is the builtin, which does not allocate.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type point struct{ x, y int }

var sink []*point

func main() {
	m := map[string]int{}
	for i := 0; i < 200; i++ {
		m[fmt.Sprint(i)] = i
		sink = append(sink, &point{i, i})
	}
	s := strings.Repeat("ab", 100)
	c := make(chan []byte, 4)
	c <- []byte(s)
	f := func() int { return len(m) }
	var any interface{} = point{1, 2}
	_ = any
	big := make([]byte, 100000)
	sink = append(sink, &point{len(big), f()})
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	println(ms.Mallocs, ms.TotalAlloc)
}
