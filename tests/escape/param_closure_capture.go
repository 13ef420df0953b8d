// Closures capturing parameters: a captured pointer parameter leaks when the
// closure escapes.
package main

func deferredRead(p *int) func() int { // ERROR "leaking param: p$"
	return func() int { return *p } // ERROR "func literal escapes to heap$"
}

func immediateRead(p *int) int { // ERROR "p does not escape$"
	return func() int { return *p }() // ERROR "func literal does not escape$"
}

func captureSlice(s []int) func(int) int { // ERROR "leaking param: s$"
	return func(i int) int { return s[i] } // ERROR "func literal escapes to heap$"
}

func captureModify(n int) func() int { // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n *= 2
		return n
	}
}

func main() {
	x := 3 // ERROR "moved to heap: x$"
	f := deferredRead(&x)
	y := 4
	println(f(), immediateRead(&y), captureSlice([]int{5, 6})(1), captureModify(7)()) // ERROR "\[\]int{...} escapes to heap$"
}
