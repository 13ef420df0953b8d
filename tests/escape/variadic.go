// Variadic parameters: the implicit slice is an allocation at the call site;
// it does not escape unless the callee leaks it.
package main

var keep []int

func sum(xs ...int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func save(xs ...int) { // ERROR "leaking param: xs$"
	keep = xs
}

func first(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1$"
	return ps[0]
}

func forward(xs ...int) int { // ERROR "xs does not escape$"
	return sum(xs...)
}

func anyCount(vs ...interface{}) int { // ERROR "vs does not escape$"
	return len(vs)
}

func main() {
	a, b := 1, 2
	save(3, 4)                                                                                    // ERROR "... argument escapes to heap$"
	s := []int{5, 6}                                                                              // ERROR "\[\]int{...} does not escape$"
	println(sum(1, 2, 3), *first(&a, &b), forward(s...), sum(), anyCount(a, "b", 3.0), len(keep)) // ERROR "... argument does not escape$" ".b. does not escape$" "3.0 does not escape$" "a does not escape$"
}
