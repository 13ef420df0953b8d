// append: the backing array of a slice that is appended to and returned
// escapes; appended pointers leak.
package main

var ptrs []*int

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func buildLocal(n int) int {
	s := make([]int, 0, 8) // ERROR "make\(\[\]int, 0, 8\) does not escape$"
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendPtr(p *int) { // ERROR "leaking param: p$"
	ptrs = append(ptrs, p)
}

func appendTo(dst []int, v int) []int { // ERROR "leaking param: dst to result ~r0 level=0$"
	return append(dst, v)
}

func appendSlices(a, b []int) []int { // ERROR "b does not escape$" "leaking param: a to result ~r0 level=0$"
	return append(a, b...)
}

func appendLocalPtrs() int {
	x, y := 1, 2  // ERROR "moved to heap: x$" "moved to heap: y$"
	s := []*int{} // ERROR "\[\]\*int{} does not escape$"
	s = append(s, &x, &y)
	return *s[0] + *s[1]
}

func main() {
	v := 3 // ERROR "moved to heap: v$"
	appendPtr(&v)
	println(len(build(4)), buildLocal(5), len(appendTo(nil, 1)), len(appendSlices([]int{1}, []int{2})), appendLocalPtrs()) // ERROR "\[\]int{...} does not escape$"
}
