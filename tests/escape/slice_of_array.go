// Slicing a local array: the array must move to the heap if the slice
// escapes.
package main

func sliceLocal() int {
	var a [8]int
	s := a[:]
	s[2] = 5
	return a[2]
}

func sliceReturned() []int {
	var a [8]int // ERROR "moved to heap: a$"
	a[1] = 1
	return a[2:5]
}

func sliceParamArray(p *[4]int) []int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p[:]
}

func sliceParamSlice(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func main() {
	var arr [4]int
	println(sliceLocal(), len(sliceReturned()), len(sliceParamArray(&arr)), len(sliceParamSlice([]int{1, 2}))) // ERROR "\[\]int{...} does not escape$"
}
