// make(chan T, n) allocates as Go 1.19's makechan: one block when T holds
// no pointers (the buffer follows the header) or the channel has no
// buffer, two when T holds pointers (a buffer the collector scans).  A
// channel that does not escape is on the heap all the same.
package main

import (
	"fmt"
	"runtime"
)

type pair struct{ a, b int }
type node struct {
	next *node
	v    int
}

var ci chan int
var cp chan pair
var cs chan string
var cn chan *node
var ce chan struct{}

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

//go:noinline
func local(n int) int {
	c := make(chan int, n)
	c <- n
	return <-c
}

func main() {
	before := mallocs()
	for i := 0; i < 100; i++ {
		ci = make(chan int)
	}
	fmt.Println("unbuffered:", mallocs()-before)

	before = mallocs()
	for i := 0; i < 100; i++ {
		ci = make(chan int, 10)
		cp = make(chan pair, 3)
		ce = make(chan struct{}, 4)
	}
	fmt.Println("buffered, no pointers:", mallocs()-before)

	before = mallocs()
	for i := 0; i < 100; i++ {
		cs = make(chan string, 2)
		cn = make(chan *node, 1)
	}
	fmt.Println("buffered, pointers:", mallocs()-before)

	sum := 0
	before = mallocs()
	for i := 1; i <= 100; i++ {
		sum += local(i)
	}
	fmt.Println("local buffered:", mallocs()-before, sum)

	// the buffers work: values in, garbage made, values out
	cp = make(chan pair, 3)
	cn = make(chan *node, 3)
	cs = make(chan string, 3)
	for i := 0; i < 3; i++ {
		cp <- pair{i, i * i}
		cn <- &node{v: i}
		cs <- fmt.Sprint("s", i*11)
	}
	var junk []*node
	for i := 0; i < 1000; i++ {
		junk = append(junk, &node{v: i})
	}
	runtime.GC()
	for i := 0; i < 3; i++ {
		p, n, s := <-cp, <-cn, <-cs
		fmt.Println(p.a, p.b, n.v, s)
	}
	fmt.Println(len(junk), len(ce), cap(ce), cap(ci))
}
