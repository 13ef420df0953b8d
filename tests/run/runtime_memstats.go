// runtime.ReadMemStats: the heap counters move as Go's do.  Only relations
// are printed (the numbers themselves differ between runtimes).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type node struct {
	next *node
	data [8]int
}

var keep *node

func alloc(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h}
	}
	return h
}

func main() {
	var a, b, c runtime.MemStats
	runtime.ReadMemStats(&a)
	keep = alloc(10000)
	runtime.ReadMemStats(&b)
	fmt.Println("mallocs grew by >= 10000:", b.Mallocs-a.Mallocs >= 10000)
	fmt.Println("total alloc grew by >= 720000:", b.TotalAlloc-a.TotalAlloc >= 720000)
	fmt.Println("heap alloc <= total alloc:", b.HeapAlloc <= b.TotalAlloc)
	fmt.Println("heap objects = mallocs - frees:", b.HeapObjects == b.Mallocs-b.Frees)
	fmt.Println("sys >= heap alloc:", b.Sys >= b.HeapAlloc)
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&c)
	fmt.Println("a cycle ran:", c.NumGC > b.NumGC)
	fmt.Println("frees grew by >= 10000:", c.Frees-b.Frees >= 10000)
	fmt.Println("heap shrank:", c.HeapAlloc < b.HeapAlloc)
	fmt.Println("alloc = heap alloc:", c.Alloc == c.HeapAlloc)
	// (GOGC=off stops paced cycles; --gc-stress still collects, so the
	// count is not checked here: see gc's unit tests)
	old := debug.SetGCPercent(-1)
	n := c.NumGC
	for i := 0; i < 50; i++ {
		alloc(1000)
	}
	fmt.Println("previous GOGC", old, "now", debug.SetGCPercent(old))
	runtime.GC()
	runtime.ReadMemStats(&c)
	fmt.Println("runtime.GC collects:", c.NumGC > n)
}
