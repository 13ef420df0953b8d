// make with a size only known at run time always goes to the heap, even if
// the slice does not escape; a constant expression or named constant does not.
package main

const N = 100

func dyn(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func dynCap(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) escapes to heap$"
	return cap(s)
}

func named() int {
	s := make([]int, N) // ERROR "make\(\[\]int, N\) does not escape$"
	return len(s)
}

func constExpr() int {
	s := make([]int, N*2+1) // ERROR "make\(\[\]int, N \* 2 \+ 1\) does not escape$"
	return len(s)
}

func localVar() int {
	n := 10
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func main() {
	println(dyn(5), dynCap(6), named(), constExpr(), localVar())
}
