// escape_extern.go — escape analysis of //extern functions, in Go's
// errorcheck convention (checked by `make test-escape`).  A function
// without a body is summarised as Go summarises an assembly function: a
// pointer parameter leaks to the heap unless the declaration carries
// //go:noescape; a uintptr parameter is "assumed unsafe" (kept alive);
// scalars say nothing.  The annotations are Go 1.19's output for this file
// with the //extern functions replaced by assembly stubs.  It also runs
// (libc only), printing escape_extern.out.
package main

import "fmt"

//extern memset
func memset(p *byte, c int32, n uintptr) *byte // ERROR "assuming n is unsafe uintptr$" "leaking param: p$"

//extern memcmp
//go:noescape
func memcmp(a, b *byte, n uintptr) int32 // ERROR "a does not escape$" "assuming n is unsafe uintptr$" "b does not escape$"

//extern abs
func abs(int32) int32

//extern strlen
func strlen(*byte) uintptr

//extern labs
func labs(x int) int

type Point struct{ X, Y int64 }

//extern memcpy
func memcpy(dst, src *Point, n uintptr) *Point // ERROR "assuming n is unsafe uintptr$" "leaking param: dst$" "leaking param: src$"

//extern memmove
//go:noescape
func memmove(dst, src *Point, n uintptr) *Point // ERROR "assuming n is unsafe uintptr$" "dst does not escape$" "src does not escape$"

func main() {
	// a moves to the heap: memset may keep p
	var a [8]byte // ERROR "moved to heap: a$"
	memset(&a[0], 'x', 8)

	// b and c stay on the stack: memcmp is //go:noescape
	var b, c [4]byte
	fmt.Println(memcmp(&b[0], &c[0], 4), abs(-3), labs(-4)) // ERROR "... argument does not escape$" "abs\(-3\) escapes to heap$" "labs\(-4\) escapes to heap$" "memcmp\(&b\[0\], &c\[0\], 4\) escapes to heap$"

	// the bytes escape: strlen may keep its unnamed parameter
	s := []byte("hi\x00")                    // ERROR "\(\[\]byte\)\(.hi\\x00.\) escapes to heap$"
	fmt.Println(strlen(&s[0]), string(a[:])) // ERROR "... argument does not escape$" "string\(a\[:\]\) escapes to heap$" "strlen\(&s\[0\]\) escapes to heap$"

	p, q := Point{1, 2}, Point{} // ERROR "moved to heap: p$" "moved to heap: q$"
	memcpy(&q, &p, 16)
	r, t := Point{3, 4}, Point{}
	memmove(&t, &r, 16)
	fmt.Println(q, t) // ERROR "... argument does not escape$" "q escapes to heap$" "t escapes to heap$"
}
