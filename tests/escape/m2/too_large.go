// -m=2: the reason chain for allocations too large for the stack.
package main

func big() int {
	s := make([]byte, 70000) // ERROR "flow: {heap} = &{storage for make\(\[\]byte, 70000\)}:$" "from make\(\[\]byte, 70000\) \(too large for stack\) at too_large.go:5:11$" "make\(\[\]byte, 70000\) escapes to heap$" "make\(\[\]byte, 70000\) escapes to heap:$"
	return len(s)
}

func fits() int {
	s := make([]byte, 1000) // ERROR "make\(\[\]byte, 1000\) does not escape$"
	return len(s)
}

func dyn(n int) int {
	s := make([]int, n) // ERROR "flow: {heap} = &{storage for make\(\[\]int, n\)}:$" "from make\(\[\]int, n\) \(non-constant size\) at too_large.go:15:11$" "make\(\[\]int, n\) escapes to heap$" "make\(\[\]int, n\) escapes to heap:$"
	return len(s)
}

func main() {
	println(big(), fits(), dyn(3))
}
