// x.f = append(x.f, ...) with the slice in memory (gosub updates the
// header in place): through pointers, in local and nested structs, in
// slice elements, with byte, int, string and struct elements, appending
// a field to itself, growth counted by Mallocs as Go counts it, and a nil
// pointer's panic.
package main

import (
	"fmt"
	"runtime"
)

type pair struct {
	a, b int
	s string
}

type bag struct {
	n     int
	bytes []byte
	ints  []int
	strs  []string
	pairs []pair
	inner struct{ xs []int }
}

var sink *bag

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func fill(b *bag, k int) {
	for i := 0; i < k; i++ {
		b.bytes = append(b.bytes, byte('a'+i%26))
		b.bytes = append(b.bytes, "xy"...)
		b.ints = append(b.ints, i*i)
		b.strs = append(b.strs, fmt.Sprint(i))
		b.pairs = append(b.pairs, pair{i, -i, "p"})
		b.inner.xs = append(b.inner.xs, i)
	}
}

func main() {
	b := &bag{}
	sink = b
	before := mallocs()
	for i := 0; i < 1000; i++ {
		b.ints = append(b.ints, i)
	}
	grows := mallocs() - before
	fmt.Println("int grows:", grows, len(b.ints), cap(b.ints))
	before = mallocs()
	for i := 0; i < 1000; i++ {
		b.bytes = append(b.bytes, "abc"...)
	}
	grows = mallocs() - before
	fmt.Println("byte grows:", grows, len(b.bytes), cap(b.bytes))

	var local bag
	fill(&local, 30)
	fmt.Println(string(local.bytes[:12]), len(local.bytes), local.ints[29], local.strs[7:10], local.pairs[3], local.inner.xs[5:8])

	bs := make([]bag, 3)
	for i := range bs {
		for j := 0; j <= i; j++ {
			bs[i].ints = append(bs[i].ints, j)
		}
	}
	fmt.Println(bs[0].ints, bs[1].ints, bs[2].ints)

	s := &bag{bytes: []byte("hello")}
	s.bytes = append(s.bytes, s.bytes...)
	s.bytes = append(s.bytes, s.bytes[0])
	s.bytes = append(s.bytes[:2], s.bytes[3:]...)
	fmt.Println(string(s.bytes))

	defer func() { fmt.Println("recovered:", recover()) }()
	var nb *bag
	nb.ints = append(nb.ints, 1)
}
