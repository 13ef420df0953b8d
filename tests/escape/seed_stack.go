// Seed claim 2: make with a constant size just under / exactly 64 KiB, and
// with a size only known at run time.  Go 1.19 keeps 8192 ints (64 KiB) on
// the stack: run with --stack-alloc-max=65536.
package main

import (
	"fmt"
	"math/rand"
)

func fill8191() int {
	s := make([]int, 8191) // ERROR "make\(\[\]int, 8191\) does not escape$"
	for i := range s {
		s[i] = rand.Int()
	}
	return len(s)
}

func fill8192() int {
	s := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	for i := range s {
		s[i] = rand.Int()
	}
	return len(s)
}

func fillN(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	for i := range s {
		s[i] = rand.Int()
	}
	return len(s)
}

func main() {
	fmt.Println(fill8191(), fill8192(), fillN(100)) // ERROR "... argument does not escape$" "fill8191\(\) escapes to heap$" "fill8192\(\) escapes to heap$" "fillN\(100\) escapes to heap$"
}
