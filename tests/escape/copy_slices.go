// copy reads its source and writes its destination's elements: neither
// escapes.
package main

func dup(s []int) []int { // ERROR "s does not escape$"
	d := make([]int, len(s)) // ERROR "make\(\[\]int, len\(s\)\) escapes to heap$"
	copy(d, s)
	return d
}

func copyLocal(s []byte) int { // ERROR "s does not escape$"
	buf := make([]byte, 32) // ERROR "make\(\[\]byte, 32\) does not escape$"
	n := copy(buf, s)
	return n
}

func copyString(s string) int { // ERROR "s does not escape$"
	buf := make([]byte, 16) // ERROR "make\(\[\]byte, 16\) does not escape$"
	return copy(buf, s)
}

func main() {
	println(len(dup([]int{1, 2})), copyLocal([]byte("hello")), copyString("world")) // ERROR "\(\[\]byte\)\(.hello.\) does not escape$" "\[\]int{...} does not escape$"
}
