// Variables up to 128 bytes that are never reassigned are captured by value;
// bigger ones by reference (and then moved to the heap if the closure
// escapes).
package main

type B128 struct{ a [16]int64 }
type B136 struct{ a [17]int64 }

var sink func() int64

func cap128() {
	var v B128
	v.a[0] = 1
	sink = func() int64 { return v.a[0] } // ERROR "func literal escapes to heap$"
}

func cap136() {
	var v B136 // ERROR "moved to heap: v$"
	v.a[0] = 2
	sink = func() int64 { return v.a[0] } // ERROR "func literal escapes to heap$"
}

func capString() {
	s := "hello"
	sink = func() int64 { return int64(len(s)) } // ERROR "func literal escapes to heap$"
}

func capAfterAssign() {
	n := int64(1)
	n = 2
	sink = func() int64 { return n } // ERROR "func literal escapes to heap$"
}

func main() {
	cap128()
	cap136()
	capString()
	capAfterAssign()
	println(sink())
}
