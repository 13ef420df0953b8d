// Func literals that escape: returned, stored globally, stored in a heap
// structure.  Captured variables that are assigned after capture are
// captured by reference (moved to heap); others by value.
package main

var handler func() int

type Registry struct {
	fns []func() int
}

func counter() func() int {
	c := 0              // ERROR "moved to heap: c$"
	return func() int { // ERROR "func literal escapes to heap$"
		c++
		return c
	}
}

func adder(base int) func(int) int {
	return func(v int) int { return base + v } // ERROR "func literal escapes to heap$"
}

func install(v int) {
	handler = func() int { return v } // ERROR "func literal escapes to heap$"
}

func (r *Registry) add(x int) { // ERROR "leaking param content: r$"
	r.fns = append(r.fns, func() int { return x * x }) // ERROR "func literal escapes to heap$"
}

func bigCapture() func() int {
	var arr [200]int // ERROR "moved to heap: arr$"
	arr[5] = 9
	return func() int { return arr[5] } // ERROR "func literal escapes to heap$"
}

func main() {
	c := counter()
	c()
	a := adder(10)
	install(4)
	r := &Registry{} // ERROR "&Registry{} does not escape$"
	r.add(3)
	println(c(), a(5), handler(), r.fns[0](), bigCapture()())
}
