// Address-taken variables: moved to heap when the address outlives the frame.
package main

var gp *int

type T struct{ a, b int }

func retAddr() *int {
	x := 42 // ERROR "moved to heap: x$"
	return &x
}

func storeAddr() {
	y := 1 // ERROR "moved to heap: y$"
	gp = &y
}

func localAddr() int {
	z := 5
	p := &z
	*p += 1
	return z
}

func paramAddr(v int) *int { // ERROR "moved to heap: v$"
	return &v
}

func structAddr() *T {
	var t T // ERROR "moved to heap: t$"
	t.a = 1
	return &t
}

func fieldAddr() *int {
	var t T // ERROR "moved to heap: t$"
	return &t.b
}

func arrayElemAddr() *int {
	var a [4]int // ERROR "moved to heap: a$"
	return &a[2]
}

func main() {
	storeAddr()
	println(*retAddr(), localAddr(), *paramAddr(3), structAddr().a, *fieldAddr(), *arrayElemAddr(), *gp)
}
