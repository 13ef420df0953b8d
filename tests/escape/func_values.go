// Calls through function values: the callee is unknown, so arguments leak.
package main

type Op func(*int) int

func applyOp(op Op, p *int) int { // ERROR "leaking param: p$" "op does not escape$"
	return op(p)
}

func readIt(p *int) int { return *p } // ERROR "p does not escape$"

func indirect() int {
	x := 5
	f := readIt
	return f(&x)
}

func viaParam(f func(*int) int) int { // ERROR "f does not escape$"
	y := 6 // ERROR "moved to heap: y$"
	return f(&y)
}

func table() int {
	ops := []func(int) int{ // ERROR "\[\]func\(int\) int{...} does not escape$"
		func(v int) int { return v + 1 }, // ERROR "func literal does not escape$"
		func(v int) int { return v * 2 }, // ERROR "func literal does not escape$"
	}
	t := 0
	for _, op := range ops {
		t += op(3)
	}
	return t
}

func main() {
	z := 1 // ERROR "moved to heap: z$"
	println(applyOp(readIt, &z), indirect(), viaParam(readIt), table())
}
