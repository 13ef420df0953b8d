// make with constant sizes stays on the stack when small enough and when the
// slice does not escape.  Sizes around the 64 KiB limit (Go 1.19: an implicit
// allocation of at most 65536 bytes may stay on the stack).
package main

func small() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	s[3] = 4
	return s[3]
}

func justUnder() int {
	s := make([]byte, 65535) // ERROR "make\(\[\]byte, 65535\) does not escape$"
	return len(s)
}

func exactly() int {
	s := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape$"
	return len(s)
}

func over() int {
	s := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return len(s)
}

func intsExact() int {
	s := make([]int64, 8192) // ERROR "make\(\[\]int64, 8192\) does not escape$"
	return len(s)
}

func intsOver() int {
	s := make([]int64, 8193) // ERROR "make\(\[\]int64, 8193\) escapes to heap$"
	return len(s)
}

func withCap() int {
	s := make([]int, 0, 16) // ERROR "make\(\[\]int, 0, 16\) does not escape$"
	s = append(s, 1)
	return len(s)
}

func capOver() int {
	s := make([]int, 0, 9000) // ERROR "make\(\[\]int, 0, 9000\) escapes to heap$"
	return cap(s)
}

func main() {
	println(small(), justUnder(), exactly(), over(), intsExact(), intsOver(), withCap(), capOver())
}
