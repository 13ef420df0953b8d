// Capture by value vs by reference: a variable is captured by reference if it
// is reassigned after capture, its address is taken, or it is larger than
// 128 bytes; otherwise by value.
package main

var sink func() int

func byValue() {
	x := 1
	sink = func() int { return x } // ERROR "func literal escapes to heap$"
}

func byRefAssigned() {
	x := 1                         // ERROR "moved to heap: x$"
	sink = func() int { return x } // ERROR "func literal escapes to heap$"
	x = 2
}

func byRefInClosure() {
	x := 1                              // ERROR "moved to heap: x$"
	sink = func() int { x++; return x } // ERROR "func literal escapes to heap$"
}

func byRefAddr() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	sink = func() int { return *p + x } // ERROR "func literal escapes to heap$"
}

type Big struct{ a [20]int }

func byRefBig() {
	var b Big // ERROR "moved to heap: b$"
	b.a[0] = 1
	sink = func() int { return b.a[0] } // ERROR "func literal escapes to heap$"
}

type Small struct{ a [16]int }

func byValueSmall() {
	var s Small
	s.a[1] = 2
	sink = func() int { return s.a[1] } // ERROR "func literal escapes to heap$"
}

func main() {
	byValue()
	byRefAssigned()
	byRefInClosure()
	byRefAddr()
	byRefBig()
	byValueSmall()
	println(sink())
}
