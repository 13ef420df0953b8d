// string(b) of a one-byte slice allocates nothing in Go 1.19 (the
// runtime's slicebytetostring points into its static bytes), whether the
// conversion escapes or not; so does every result built that way: fmt's
// Sprintf/Sprint/Errorf text of one byte, time.Duration(0).String()
// ("0s" is a constant).  Longer strings allocate once.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink string
var esink error

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

//go:noinline
func local(b []byte) int {
	s := string(b)
	return len(s)
}

func main() {
	b := []byte("xyz")
	before := mallocs()
	for i := 0; i < 100; i++ {
		sink = string(b[:1])
		sink = string(b[1:2])
		sink = string(b[:0])
	}
	fmt.Println("string(b) of 1 and 0 bytes:", mallocs()-before)

	before = mallocs()
	for i := 0; i < 100; i++ {
		sink = string(b[:2])
	}
	fmt.Println("string(b) of 2 bytes:", mallocs()-before)

	n := 0
	before = mallocs()
	for i := 0; i < 100; i++ {
		n += local(b[i%3 : i%3+1])
	}
	fmt.Println("local string(b) of 1 byte:", mallocs()-before, n)

	before = mallocs()
	for i := 0; i < 100; i++ {
		sink = fmt.Sprintf("%d", i%10)
		sink = fmt.Sprint(i % 10)
		sink = fmt.Sprintf("%c", 'a'+i%26)
		sink = fmt.Sprint("")
	}
	fmt.Println("one-byte Sprintf/Sprint:", mallocs()-before)

	before = mallocs()
	for i := 0; i < 100; i++ {
		sink = fmt.Sprintf("%d", 10+i%10)
	}
	fmt.Println("two-byte Sprintf:", mallocs()-before)

	before = mallocs()
	for i := 0; i < 100; i++ {
		esink = fmt.Errorf("%d", i%10)
	}
	fmt.Println("one-byte Errorf:", mallocs()-before)

	var d time.Duration
	before = mallocs()
	for i := 0; i < 100; i++ {
		sink = d.String()
	}
	fmt.Println("Duration(0).String():", mallocs()-before)

	s1 := string(b[:1])
	s2 := string(b[2:])
	fmt.Println(s1, s2, s1+s2, sink, esink, fmt.Sprint(7), len(string(b[:0])))
}
