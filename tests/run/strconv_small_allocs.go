// strconv.Itoa, FormatInt and FormatUint of 0..99 in base 10 return a
// slice of one static string (Go's small(i)), and a one-digit result in
// any base is a static byte (the runtime's one-byte string): no
// allocation; every other value allocates exactly one string.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var sink string

func mallocs() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.Mallocs
}

func main() {
	before := mallocs()
	for i := 0; i < 100; i++ {
		sink = strconv.Itoa(i)
		sink = strconv.FormatInt(int64(i), 10)
		sink = strconv.FormatUint(uint64(i), 10)
	}
	n := mallocs() - before
	fmt.Println("0..99:", n)

	before = mallocs()
	for i := 100; i < 200; i++ {
		sink = strconv.Itoa(i)
	}
	n = mallocs() - before
	fmt.Println("100..199:", n)

	before = mallocs()
	for i := -100; i < 0; i++ {
		sink = strconv.Itoa(i)
	}
	n = mallocs() - before
	fmt.Println("-100..-1:", n)

	before = mallocs()
	for i := 0; i < 100; i++ {
		sink = strconv.FormatInt(int64(i), 16)
		sink = strconv.FormatUint(uint64(i), 2)
	}
	n = mallocs() - before
	fmt.Println("0..99 bases 16 and 2:", n)

	fmt.Println(strconv.Itoa(0), strconv.Itoa(7), strconv.Itoa(42), strconv.Itoa(99),
		strconv.Itoa(100), strconv.Itoa(-5), strconv.FormatUint(10, 10),
		strconv.FormatInt(15, 16), strconv.FormatInt(35, 36), strconv.FormatInt(1, 2))
}
