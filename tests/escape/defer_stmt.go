// defer: a deferred call at the top level of a function is stack allocated,
// a deferred closure does not escape; a defer inside a loop is heap
// allocated, so its closure escapes.
package main

func cleanup(p *int) { *p = 0 } // ERROR "p does not escape$"

func deferTop() int {
	x := 3
	defer cleanup(&x)
	return x
}

func deferClosure() (r int) {
	defer func() { // ERROR "func literal does not escape$"
		r *= 2
	}()
	r = 4
	return
}

func deferLoop(n int) (r int) { // ERROR "moved to heap: r$"
	for i := 0; i < n; i++ { // ERROR "moved to heap: i$"
		defer func() { r += i }() // ERROR "func literal escapes to heap$"
	}
	return 0
}

func deferLoopCall(n int) int {
	t := 0 // ERROR "moved to heap: t$"
	for i := 0; i < n; i++ {
		defer cleanup(&t)
	}
	return t
}

func main() {
	println(deferTop(), deferClosure(), deferLoop(3), deferLoopCall(2))
}
